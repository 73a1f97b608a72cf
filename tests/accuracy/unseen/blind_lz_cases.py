"""Blind set LZ: a Balochistan date-palm exporter (Panjgur and Kech packhouses) and the Gwadar
fish-harbour auction (landing tallies, bidder app, cold-store telemetry).

Notes and comments are partly in Balochi (Latin script), as the harbour and packhouse teams
write them. Generated fakes only (seeds 6890000-6899999).
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
_SEED = [6890000]
SEED_END = 6899999

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 11
    assert 6890000 <= _SEED[0] <= SEED_END
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    text = text.lstrip("\n")
    if secret is not None:
        fields.setdefault("secret", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


WORDS = ["Hurmag", "Kech", "Panjgur", "Darya", "Bojig", "Surmai", "Gwadar", "Pasni", "Jiwani", "Mand",
         "Muzawati", "Jangi", "Sawa", "Kalmat", "Ormara", "Turbat", "Zamuran", "Dasht"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64s(n: int) -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(n))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def aws_pair() -> tuple:
    s = _seed()
    return fakes.aws_key_id(s), fakes.aws_secret_key(s + 1)


def gh() -> str:
    return fakes.github_token(_seed())


def glpat() -> str:
    return fakes.fake("glpat-", 20, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_hook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_hook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def stripe(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def telegram() -> str:
    return fakes.telegram_token(_seed())


def openai() -> str:
    return fakes.openai_key(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind).replace("BEGIN  ", "BEGIN ").replace("END  ", "END ")


def twilio_sid() -> str:
    return "AC" + hexs(32)


def mailgun() -> str:
    return "key-" + hexs(32)


def azure_account_key() -> str:
    return b64s(86) + "=="


def hf_token() -> str:
    return fakes.fake("hf_", 34, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def shopify() -> str:
    return "shpat_" + hexs(32)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def jwt_like() -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(('{"sub":"bidder-app","iss":"gwadar-auction","exp":' + str(_rng().randint(1800000000, 1900000000)) + '}').encode()).decode().rstrip("=")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "_-")


def sha256() -> str:
    return hexs(64)


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def redis_pw() -> str:
    return fakes.redis_password(_seed())


DOCS = {
    "py": "https://docs.python.org/3/library/os.html#os.environ",
    "env": "https://hexdocs.pm/dotenvy/dotenv-file-format.html",
    "yaml": "https://yaml.org/spec/1.2.2/",
    "k8s": "https://kubernetes.io/docs/concepts/configuration/secret/",
    "compose": "https://docs.docker.com/compose/compose-file/",
    "tf": "https://developer.hashicorp.com/terraform/language",
    "gha": "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions",
    "gitlab": "https://docs.gitlab.com/ee/ci/yaml/",
    "md": "https://commonmark.org/",
    "js": "https://nodejs.org/api/process.html#processenv",
    "go": "https://pkg.go.dev/os#Getenv",
    "java": "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html",
    "kt": "https://kotlinlang.org/docs/home.html",
    "cs": "https://learn.microsoft.com/en-us/dotnet/core/extensions/configuration",
    "php": "https://www.php.net/manual/en/function.getenv.php",
    "rb": "https://guides.rubyonrails.org/configuring.html",
    "rs": "https://doc.rust-lang.org/std/env/fn.var.html",
    "swift": "https://developer.apple.com/documentation/foundation/processinfo",
    "sh": "https://www.gnu.org/software/bash/manual/bash.html",
    "ps": "https://learn.microsoft.com/en-us/powershell/scripting/overview",
    "ini": "https://docs.python.org/3/library/configparser.html",
    "toml": "https://toml.io/en/v1.0.0",
    "json": "https://www.json.org/json-en.html",
    "xml": "https://www.w3.org/TR/xml/",
    "sql": "https://www.postgresql.org/docs/current/sql-createrole.html",
    "ansible": "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_intro.html",
    "helm": "https://helm.sh/docs/chart_template_guide/values_files/",
    "docker": "https://docs.docker.com/reference/dockerfile/",
    "ipynb": "https://nbformat.readthedocs.io/en/latest/format_description.html",
    "log": "https://docs.python.org/3/library/logging.html",
    "csv": "https://www.rfc-editor.org/rfc/rfc4180",
    "rst": "https://docutils.sourceforge.io/rst.html",
    "html": "https://html.spec.whatwg.org/",
    "hist": "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html",
    "ssh": "https://man.openbsd.org/ssh_config",
    "pgpass": "https://www.postgresql.org/docs/current/libpq-pgpass.html",
    "npmrc": "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc",
    "netrc": "https://everything.curl.dev/usingcurl/netrc",
}

# ---------------------------------------------------------------- harbour auction backend (Python)
_kid, _sk = aws_pair()
add("blind-lz/python/aws-secret-key", "auction/landing_photos.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
# landing photos -> S3 (har bojig e tasweer)
import boto3

s3 = boto3.client(
    "s3",
    region_name="me-central-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)


def upload(path, lot_no):
    # lot_no: e.g. GWD-2026-11-0412
    s3.upload_file(path, "gwadar-landing-photos", f"lots/{lot_no}.jpg")
""", secret=_sk, kid=_kid)

add("blind-lz/python/decoy-env-reference", "auction/settings_prod.py", DOCS["py"], """
import os

# hayal bekan: prod e kilit vault a ant, edha mah nebeshtag
DATABASE_URL = os.environ["AUCTION_DATABASE_URL"]
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY")
SMS_API_KEY = os.getenv("JAZZ_SMS_API_KEY", "")
DEBUG = False
ALLOWED_HOSTS = ["auction.gwadarharbour.pk", "bid.gwadarharbour.pk"]
""")

add("blind-lz/python/django-secret-key", "auction/auction/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# TODO(naseer): move to env before Pasni branch goes live
SECRET_KEY = "@@secret@@"

DEBUG = True
ALLOWED_HOSTS = ["*"]
TIME_ZONE = "Asia/Karachi"
LANGUAGE_CODE = "en-us"
INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth", "lots", "bidders"]
""", secret=django_key())

add("blind-lz/python/postgres-password", "auction/scripts/tally_export.py", "https://www.psycopg.org/docs/module.html#psycopg2.connect", """
\"\"\"Roch e landing tally (kg pa har mahi) CSV a kasshit.\"\"\"
import csv
import psycopg2

conn = psycopg2.connect(host="10.20.1.15", dbname="auction", user="tally_ro",
                        password="@@secret@@")
cur = conn.cursor()
cur.execute("select species, sum(weight_kg) from landings where landed_on = current_date group by 1")
with open("tally.csv", "w", newline="") as fh:
    csv.writer(fh).writerows(cur.fetchall())
""", secret=words_pw())

add("blind-lz/python/decoy-test-fixture", "auction/tests/test_bids.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """
import pytest

from lots.models import Bid

# fake values only - test database a pasand kanag
FAKE_BIDDER_TOKEN = "test-token-not-real"
FAKE_PASSWORD = "password123-fixture"


@pytest.fixture
def bidder(django_user_model):
    return django_user_model.objects.create_user("sawa_trader", password=FAKE_PASSWORD)


def test_bid_above_reserve(bidder):
    bid = Bid(lot_id=412, bidder=bidder, amount_pkr=185000)
    assert bid.amount_pkr > 150000
""")

add("blind-lz/python/telegram-bot-token", "auction/bots/price_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", """
# Surmai, sawa, kir e nirkh har sohb bot a rawan bant
import requests

BOT = "@@secret@@"
CHAT = -1001873340215


def post_prices(lines):
    text = "Maroci nirkh (PKR/kg):\\n" + "\\n".join(lines)
    requests.post(f"https://api.telegram.org/bot{BOT}/sendMessage", json={"chat_id": CHAT, "text": text})
""", secret=telegram())

add("blind-lz/python/decoy-checksum", "auction/scripts/verify_firmware.py", "https://docs.python.org/3/library/hashlib.html", """
import hashlib
import sys

# cold-store scale firmware (Mettler IND570) - vendor e dadag sha256
EXPECTED_SHA256 = "@@h@@"

data = open(sys.argv[1], "rb").read()
digest = hashlib.sha256(data).hexdigest()
print("OK" if digest == EXPECTED_SHA256 else "MISMATCH", digest)
""", h=sha256())

add("blind-lz/python/sendgrid-key", "export/invoices/mailer.py", "https://docs.sendgrid.com/for-developers/sending-email/v3-python-code-example", """
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("@@secret@@")


def send_invoice(buyer_email, pdf_path, invoice_no):
    msg = Mail(from_email="exports@panjgurdates.pk", to_emails=buyer_email,
               subject=f"Proforma {invoice_no} - Muzawati 10kg cartons",
               html_content="<p>Please find the proforma attached.</p>")
    return sg.send(msg)
""", secret=sendgrid())

add("blind-lz/python/decoy-placeholder", "export/invoices/config_example.py", DOCS["py"], """
# copy to config_local.py and fill in (pa nokeen karmand)
SENDGRID_API_KEY = "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
FBR_POS_TOKEN = "<fbr-integration-token>"
DB_PASSWORD = ""
EXPORT_CURRENCY = "USD"
""")

# ---------------------------------------------------------------- .env files
add("blind-lz/env/mysql-password", "packhouse-erp/.env", DOCS["env"], """
APP_NAME="Panjgur Dates ERP"
APP_ENV=production
APP_DEBUG=false
APP_URL=https://erp.panjgurdates.pk

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=packhouse
DB_USERNAME=erp
DB_PASSWORD=@@secret@@

MAIL_MAILER=log
""", secret=rand_pw(18))

add("blind-lz/env/decoy-placeholder", "packhouse-erp/.env.example", DOCS["env"], """
APP_NAME="Panjgur Dates ERP"
APP_ENV=local
APP_KEY=
DB_HOST=127.0.0.1
DB_DATABASE=packhouse
DB_USERNAME=erp
DB_PASSWORD=your-db-password-here
STRIPE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
""")

add("blind-lz/env/stripe-secret-key", "webshop/.env.production", "https://docs.stripe.com/keys", """
# webshop (retail hurmag boxes, Karachi + Dubai delivery)
NEXT_PUBLIC_SITE_URL=https://shop.panjgurdates.pk
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
SHIPPING_ORIGIN=PJG
""", secret=stripe(), pk=stripe("pk_live_"))

add("blind-lz/env/decoy-publishable-key", "webshop/.env.local.sample", "https://docs.stripe.com/keys#obtain-api-keys", """
# publishable key browser a rawt, edha nebeshag sharr ent
NEXT_PUBLIC_SITE_URL=http://localhost:3000
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}
SHIPPING_ORIGIN=PJG
""", pk=stripe("pk_live_"))

add("blind-lz/env/twilio-auth-token", "auction/.env", "https://www.twilio.com/docs/iam/api-keys", """
# SMS to mahigir when their lot is sold
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+923001234567
AUCTION_OPEN_HOUR=05
""", secret=hexs(32), sid=twilio_sid())

add("blind-lz/env/decoy-masked", "auction/.env.dump-redacted.txt", DOCS["env"], """
# printenv from auction-api-7d9f (redacted before pasting to ticket #221)
TWILIO_ACCOUNT_SID=AC****************************1f
TWILIO_AUTH_TOKEN=********************************
DATABASE_URL=postgres://auction:********@db.internal:5432/auction
REDIS_URL=redis://:[REDACTED]@cache.internal:6379/0
""")

add("blind-lz/env/openai-key", "export/catalog-ai/.env", "https://platform.openai.com/docs/quickstart", """
# product descriptions (English/Arabic) for Begum Jangi + Muzawati listings
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
MAX_TOKENS=600
OUTPUT_LANGS=en,ar
""", secret=openai())

# ---------------------------------------------------------------- Kubernetes
_pw = words_pw()
add("blind-lz/k8s/postgres-password-base64", "deploy/k8s/auction-db-secret.yaml", DOCS["k8s"], """
apiVersion: v1
kind: Secret
metadata:
  name: auction-db
  namespace: harbour
type: Opaque
data:
  POSTGRES_USER: @@u@@
  POSTGRES_PASSWORD: @@b@@
  POSTGRES_DB: @@d@@
""", secret=_pw, b=b64(_pw), u=b64("auction"), d=b64("auction"))

add("blind-lz/k8s/decoy-external-secret", "deploy/k8s/auction-db-externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
# ExternalSecret: kilit AWS Secrets Manager a ant, cluster a sync bant
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: auction-db
  namespace: harbour
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-sm
    kind: ClusterSecretStore
  target:
    name: auction-db
  data:
    - secretKey: POSTGRES_PASSWORD
      remoteRef:
        key: prod/harbour/auction-db
        property: password
""")

add("blind-lz/k8s/redis-password-stringdata", "deploy/k8s/bid-cache-secret.yaml", DOCS["k8s"], """
apiVersion: v1
kind: Secret
metadata:
  name: bid-cache
  namespace: harbour
  labels:
    app: bid-cache
type: Opaque
stringData:
  redis-password: "@@secret@@"
""", secret=redis_pw())

add("blind-lz/k8s/decoy-sealed-secret", "deploy/k8s/sms-sealedsecret.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: sms-gateway
  namespace: harbour
spec:
  encryptedData:
    TWILIO_AUTH_TOKEN: AgB@@c@@
  template:
    metadata:
      name: sms-gateway
""", c=b64s(340))

_tok = slack_hook()
add("blind-lz/k8s/slack-webhook-env", "deploy/k8s/coldstore-alert-deploy.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: coldstore-alert
  namespace: harbour
spec:
  replicas: 1
  selector:
    matchLabels: {app: coldstore-alert}
  template:
    metadata:
      labels: {app: coldstore-alert}
    spec:
      containers:
        - name: alert
          image: registry.gwadarharbour.pk/coldstore-alert:1.4.2
          env:
            - name: TEMP_LIMIT_C
              value: "-18"
            # jahlag garmi bebit (-18 e sar) Slack a habar
            - name: SLACK_WEBHOOK_URL
              value: "@@secret@@"
""", secret=_tok)

add("blind-lz/k8s/decoy-secret-ref", "deploy/k8s/auction-api-deploy.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: auction-api
  namespace: harbour
spec:
  replicas: 2
  selector:
    matchLabels: {app: auction-api}
  template:
    metadata:
      labels: {app: auction-api}
    spec:
      containers:
        - name: api
          image: registry.gwadarharbour.pk/auction-api:2.11.0
          env:
            - name: POSTGRES_PASSWORD
              valueFrom:
                secretKeyRef: {name: auction-db, key: POSTGRES_PASSWORD}
            - name: REDIS_PASSWORD
              valueFrom:
                secretKeyRef: {name: bid-cache, key: redis-password}
""")

# ---------------------------------------------------------------- compose / Docker
add("blind-lz/compose/postgres-password", "auction/docker-compose.yml", DOCS["compose"], """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: auction
      POSTGRES_PASSWORD: @@secret@@
      POSTGRES_DB: auction
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    build: .
    depends_on: [db]
    ports: ["8000:8000"]
volumes:
  pgdata: {}
""", secret=words_pw().replace("$", "#"))

add("blind-lz/compose/decoy-env-interpolation", "packhouse-erp/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """
services:
  erp:
    image: ghcr.io/panjgurdates/erp:3.2
    environment:
      DB_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD}
      APP_KEY: ${APP_KEY}
      MAIL_PASSWORD: ${MAIL_PASSWORD:-}
  mysql:
    image: mysql:8.4
    environment:
      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root
    secrets: [mysql_root]
secrets:
  mysql_root:
    file: ./secrets/mysql_root.txt
""")

add("blind-lz/compose/rabbitmq-password", "coldstore/docker-compose.yml", DOCS["compose"], """
# cold store sensors -> rabbit -> influx (Gwadar jahlag 3 o 4)
services:
  rabbit:
    image: rabbitmq:3.13-management
    environment:
      - RABBITMQ_DEFAULT_USER=sensors
      - RABBITMQ_DEFAULT_PASS=@@secret@@
    ports:
      - "5672:5672"
      - "15672:15672"
  ingest:
    image: registry.gwadarharbour.pk/coldstore-ingest:0.9
    environment:
      - AMQP_URL=amqp://sensors@rabbit:5672/
""", secret=rand_pw(22))

add("blind-lz/docker/npm-token-arg", "webshop/Dockerfile", DOCS["docker"], """
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
# private @panjgurdates/ui package
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc && npm ci && rm .npmrc
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /app/.next ./.next
CMD ["npm", "start"]
""", secret=npm_token())

add("blind-lz/docker/decoy-build-secret", "auction/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
# pip index token build secret a ant, image a namanit
RUN --mount=type=secret,id=pip_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@pypi.gwadarharbour.pk/simple" \\
    pip install -r requirements.txt
COPY . .
CMD ["gunicorn", "auction.wsgi", "-b", "0.0.0.0:8000"]
""")

# ---------------------------------------------------------------- Terraform
_kid, _sk = aws_pair()
add("blind-lz/terraform/aws-secret-key", "infra/terraform/providers.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
}

# temporary - Hammal bhai e laptop a profile kar na kant
provider "aws" {
  region     = "me-central-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}
""", secret=_sk, kid=_kid)

add("blind-lz/terraform/decoy-variable", "infra/terraform/rds.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "auction" {
  identifier          = "auction-prod"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.medium"
  allocated_storage   = 50
  username            = "auction"
  password            = var.db_password
  skip_final_snapshot = false
}
""")

add("blind-lz/terraform/decoy-random-password", "infra/terraform/redis.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """
resource "random_password" "bid_cache" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret_version" "bid_cache" {
  secret_id     = aws_secretsmanager_secret.bid_cache.id
  secret_string = random_password.bid_cache.result
}
""")

add("blind-lz/tfvars/digitalocean-token", "infra/terraform/export-site/terraform.tfvars", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", """
# export website droplet (Dubai buyers ke chhaap)
do_token      = "@@secret@@"
droplet_size  = "s-2vcpu-4gb"
region        = "blr1"
domain        = "panjgurdates.pk"
""", secret=do_token())

# ---------------------------------------------------------------- CI
add("blind-lz/gha/slack-bot-token", ".github/workflows/nightly-tally.yml", DOCS["gha"], """
name: nightly-tally
on:
  schedule:
    - cron: "30 1 * * *"
jobs:
  tally:
    runs-on: ubuntu-latest
    env:
      SLACK_BOT_TOKEN: @@secret@@
      SLACK_CHANNEL: "#auction-tally"
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r scripts/requirements.txt
      - run: python scripts/post_tally.py
""", secret=slack_bot())

add("blind-lz/gha/decoy-secrets-context", ".github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """
name: deploy
on:
  push:
    branches: [main]
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
          role-to-assume: arn:aws:iam::381492650117:role/gh-deploy-harbour
          aws-region: me-central-1
      - run: ./deploy/push.sh
        env:
          REGISTRY_PASSWORD: ${{ secrets.REGISTRY_PASSWORD }}
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
""")

add("blind-lz/gitlab-ci/docker-hub-token", "packhouse-erp/.gitlab-ci.yml", DOCS["gitlab"], """
stages: [build, push]

variables:
  IMAGE: panjgurdates/erp

build:
  stage: build
  image: docker:26
  services: [docker:26-dind]
  script:
    - docker login -u panjgurdates -p @@secret@@
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA
""", secret=fakes.fake("dckr_pat_", 27, _seed()))

add("blind-lz/gitlab-ci/decoy-masked-variable", "auction/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", """
stages: [test, deploy]

test:
  stage: test
  image: python:3.12
  variables:
    DATABASE_URL: postgres://postgres:postgres@postgres:5432/test_auction
  services: [postgres:16]
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy:
  stage: deploy
  script:
    - echo "$KUBE_CONFIG_B64" | base64 -d > kubeconfig
    - helm upgrade --install auction ./chart -f values-prod.yaml
  only: [main]
""")

# ---------------------------------------------------------------- JavaScript / TypeScript
add("blind-lz/js/mongodb-uri", "bidder-app/server/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", """
// bidder app - boli o lot e ma'lumat
const mongoose = require("mongoose");

const uri = "mongodb+srv://bidapp:@@secret@@@harbour-cluster.x3k9q.mongodb.net/auction?retryWrites=true&w=majority";

mongoose.connect(uri).then(() => console.log("mongo wasl but"));

module.exports = mongoose;
""", secret=rand_pw(16))

add("blind-lz/ts/google-maps-key", "bidder-app/src/config.ts", "https://developers.google.com/maps/documentation/javascript/get-api-key", """
// Geocoding server-side: boats' landing jetty -> coordinates
export const config = {
  apiBase: "https://bid.gwadarharbour.pk/api",
  geocodingKey: "@@secret@@",
  defaultJetty: "West Bay Jetty 2",
};
""", secret=google_key())

add("blind-lz/ts/decoy-firebase-public", "bidder-app/src/firebase.ts", "https://firebase.google.com/docs/projects/api-keys", """
import { initializeApp } from "firebase/app";

// web config - apiKey here is read from the build env (not secret by itself, but we keep it out of git)
const firebaseConfig = {
  apiKey: import.meta.env.VITE_FIREBASE_API_KEY,
  authDomain: "gwadar-bidder.firebaseapp.com",
  projectId: "gwadar-bidder",
  messagingSenderId: "774120935518",
  appId: "1:774120935518:web:3f0c2a9b1e7d44c1",
};

export const app = initializeApp(firebaseConfig);
""")

add("blind-lz/js/jwt-signing-secret", "bidder-app/server/auth.js", "https://github.com/auth0/node-jsonwebtoken#usage", """
const jwt = require("jsonwebtoken");

// bidder login token - 12 ganta
const JWT_SECRET = process.env.JWT_SECRET || "@@secret@@";

function sign(bidder) {
  return jwt.sign({ sub: bidder.id, cnic: bidder.cnicMasked }, JWT_SECRET, { expiresIn: "12h" });
}

module.exports = { sign };
""", secret=rand_pw(40))

add("blind-lz/js/decoy-jwt-sample", "bidder-app/server/__tests__/auth.test.js", "https://jwt.io/introduction", """
const { sign } = require("../auth");

// verifies shape only; the secret used in tests is "test" (see jest.setup.js)
test("token has three parts", () => {
  process.env.JWT_SECRET = "test";
  const t = sign({ id: 7, cnicMasked: "42201-*******-3" });
  expect(t.split(".")).toHaveLength(3);
});
""")

add("blind-lz/js/discord-webhook", "bidder-app/scripts/notify-discord.mjs", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """
// lot sold -> discord (mahigir e group)
const HOOK = "@@secret@@";

export async function notifySold(lot) {
  await fetch(HOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: `Lot ${lot.no} bikit: ${lot.species} ${lot.kg}kg @ Rs ${lot.price}` }),
  });
}
""", secret=discord_hook())

# ---------------------------------------------------------------- Go (cold store telemetry)
add("blind-lz/go/influx-token", "coldstore/ingest/main.go", "https://pkg.go.dev/github.com/influxdata/influxdb-client-go/v2", """
package main

import (
	influxdb2 "github.com/influxdata/influxdb-client-go/v2"
)

// jahlag e garmi (temperature) har 30 sanya
const influxURL = "http://influx.harbour.lan:8086"
const influxToken = "@@secret@@"

func newClient() influxdb2.Client {
	return influxdb2.NewClient(influxURL, influxToken)
}
""", secret=rand_pw(86, "-_") + "==")

add("blind-lz/go/decoy-getenv", "coldstore/ingest/config.go", DOCS["go"], """
package main

import "os"

type Config struct {
	InfluxToken string
	AMQPURL     string
}

// kilit env a ant - Makefile a mah nebis
func load() Config {
	return Config{
		InfluxToken: os.Getenv("INFLUX_TOKEN"),
		AMQPURL:     os.Getenv("AMQP_URL"),
	}
}
""")

add("blind-lz/go/mqtt-password", "coldstore/sensors/mqtt.go", "https://pkg.go.dev/github.com/eclipse/paho.mqtt.golang#ClientOptions", """
package sensors

import mqtt "github.com/eclipse/paho.mqtt.golang"

func Connect() mqtt.Client {
	opts := mqtt.NewClientOptions().
		AddBroker("tcp://10.20.4.2:1883").
		SetClientID("jahlag-3-ingest").
		SetUsername("coldstore").
		SetPassword("@@secret@@")
	return mqtt.NewClient(opts)
}
""", secret=words_pw())

add("blind-lz/go/decoy-test-key", "coldstore/sensors/hmac_test.go", "https://pkg.go.dev/crypto/hmac", """
package sensors

import "testing"

// test-only key: "not-a-real-key" - device firmware a dega key ant
var testKey = []byte("not-a-real-key")

func TestSign(t *testing.T) {
	sig := Sign(testKey, []byte(`{"room":3,"temp":-19.5}`))
	if len(sig) != 64 {
		t.Fatalf("bad sig len %d", len(sig))
	}
}
""")

# ---------------------------------------------------------------- Java / Kotlin
add("blind-lz/properties/datasource-password", "export-erp/src/main/resources/application-prod.properties", DOCS["java"], """
spring.application.name=dates-export
server.port=8080
spring.datasource.url=jdbc:postgresql://10.30.0.8:5432/export
spring.datasource.username=export_app
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
# Panjgur packhouse -> Karachi port container booking
export.container.default=40HC-REEFER
""", secret=words_pw())

add("blind-lz/properties/decoy-placeholder", "export-erp/src/main/resources/application.properties", DOCS["java"], """
spring.application.name=dates-export
spring.datasource.url=${DB_URL:jdbc:postgresql://localhost:5432/export}
spring.datasource.username=${DB_USER:export_app}
spring.datasource.password=${DB_PASSWORD}
spring.mail.password=${SMTP_PASSWORD:}
management.endpoints.web.exposure.include=health,info
""")

add("blind-lz/yaml/spring-smtp-password", "export-erp/src/main/resources/application-dubai.yml", DOCS["java"], """
spring:
  mail:
    host: smtp.office365.com
    port: 587
    username: dubai-desk@panjgurdates.pk
    password: "@@secret@@"
    properties:
      mail.smtp.starttls.enable: true
export:
  buyer-region: UAE
""", secret=words_pw())

add("blind-lz/java/aws-ses-secret", "export-erp/src/main/java/pk/panjgurdates/mail/SesConfig.java", "https://docs.aws.amazon.com/sdk-for-java/latest/developer-guide/credentials-explicit.html", """
package pk.panjgurdates.mail;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ses.SesClient;

public class SesConfig {
    // phytosanitary certificate emails to buyers
    public static SesClient client() {
        AwsBasicCredentials creds = AwsBasicCredentials.create(
                "@@kid@@",
                "@@secret@@");
        return SesClient.builder()
                .region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(creds))
                .build();
    }
}
""", secret=(_p := aws_pair())[1], kid=_p[0])

add("blind-lz/java/decoy-vault-lookup", "export-erp/src/main/java/pk/panjgurdates/config/VaultSecrets.java", "https://docs.spring.io/spring-vault/reference/", """
package pk.panjgurdates.config;

import org.springframework.vault.core.VaultTemplate;
import org.springframework.vault.support.VaultResponse;

public class VaultSecrets {
    private final VaultTemplate vault;

    public VaultSecrets(VaultTemplate vault) { this.vault = vault; }

    // secret/data/export/fbr -> FBR e token
    public String fbrToken() {
        VaultResponse r = vault.read("secret/data/export/fbr");
        return (String) ((java.util.Map<?, ?>) r.getData().get("data")).get("token");
    }
}
""")

add("blind-lz/kotlin/api-key-const", "bidder-android/app/src/main/java/pk/gwadar/bidder/net/Api.kt", "https://square.github.io/retrofit/", """
package pk.gwadar.bidder.net

import okhttp3.Interceptor

// auction API key - TODO: BuildConfig a bar (Shahdad)
private const val AUCTION_API_KEY = "@@secret@@"

val authInterceptor = Interceptor { chain ->
    val req = chain.request().newBuilder()
        .header("X-Api-Key", AUCTION_API_KEY)
        .build()
    chain.proceed(req)
}
""", secret="gwa_live_" + rand_pw(32))

add("blind-lz/kotlin/decoy-buildconfig", "bidder-android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
android {
    namespace = "pk.gwadar.bidder"
    defaultConfig {
        applicationId = "pk.gwadar.bidder"
        minSdk = 24
        versionCode = 42
        versionName = "2.3.0"
        // gradle.properties a (git a nest) - local.properties a wanit
        buildConfigField("String", "AUCTION_API_KEY", "\\"${project.findProperty("auctionApiKey") ?: ""}\\"")
    }
}
""")

add("blind-lz/gradle/signing-password", "bidder-android/gradle.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# release signing
BIDDER_STORE_FILE=../keys/bidder-release.jks
BIDDER_KEY_ALIAS=bidder
BIDDER_STORE_PASSWORD=@@secret@@
BIDDER_KEY_PASSWORD=@@secret@@
""", secret=words_pw())

# ---------------------------------------------------------------- C# / .NET
add("blind-lz/json/sqlserver-connection", "HarbourScale/appsettings.Production.json", DOCS["cs"], """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Weighbridge": "Server=10.20.1.30;Database=Weighbridge;User Id=scale_svc;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Scale": { "Port": "COM3", "BaudRate": 9600 }
}
""", secret=words_pw().replace(";", "!"))

add("blind-lz/json/decoy-user-secrets", "HarbourScale/appsettings.json", DOCS["cs"], """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Weighbridge": "Server=(localdb)\\\\MSSQLLocalDB;Database=Weighbridge;Trusted_Connection=True"
  },
  "Scale": { "Port": "COM3", "BaudRate": 9600 },
  "Sms": { "ApiKey": "" }
}
""")

add("blind-lz/csharp/azure-storage-key", "HarbourScale/Services/TicketArchive.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """
using Azure.Storage.Blobs;

namespace HarbourScale.Services;

// kanta e parchi (weigh tickets) PDF archive
public class TicketArchive
{
    private const string Conn =
        "DefaultEndpointsProtocol=https;AccountName=gwadarscaletickets;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

    public BlobContainerClient Container() => new BlobContainerClient(Conn, "tickets");
}
""", secret=azure_account_key())

add("blind-lz/csharp/decoy-keyvault", "HarbourScale/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration", """
using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);

// kilit Key Vault a ant (managed identity)
builder.Configuration.AddAzureKeyVault(
    new Uri("https://kv-harbour-scale.vault.azure.net/"),
    new DefaultAzureCredential());

var app = builder.Build();
app.MapGet("/health", () => "ok");
app.Run();
""")

# ---------------------------------------------------------------- PHP / Ruby
add("blind-lz/php/smtp-password", "packhouse-erp/config/mail_local.php", "https://laravel.com/docs/11.x/mail#configuration", """
<?php
// packing list emails (Kech office) - local override
return [
    'default' => 'smtp',
    'mailers' => [
        'smtp' => [
            'transport' => 'smtp',
            'host' => 'mail.panjgurdates.pk',
            'port' => 587,
            'username' => 'packing@panjgurdates.pk',
            'password' => '@@secret@@',
        ],
    ],
];
""", secret=words_pw())

add("blind-lz/php/decoy-env-helper", "packhouse-erp/config/services.php", "https://laravel.com/docs/11.x/configuration#retrieving-environment-configuration", """
<?php

return [
    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
    ],
    'courier' => [
        // TCS courier API (Turbat -> Karachi)
        'token' => env('TCS_API_TOKEN', ''),
    ],
];
""")

add("blind-lz/ruby/shopify-token", "wholesale-sync/lib/shopify_sync.rb", "https://shopify.dev/docs/apps/auth/access-token-types/admin-api", """
require "shopify_api"

# Shopify store (Dubai wholesale) inventory sync har ganta
ShopifyAPI::Context.setup(
  api_key: "wholesale-sync",
  api_secret_key: "",
  host: "https://panjgurdates-wholesale.myshopify.com",
  is_embedded: false,
  api_version: "2024-07"
)
SESSION = ShopifyAPI::Auth::Session.new(shop: "panjgurdates-wholesale.myshopify.com",
                                        access_token: "@@secret@@")
""", secret=shopify())

add("blind-lz/ruby/decoy-credentials-enc", "wholesale-sync/config/credentials.yml.enc", "https://guides.rubyonrails.org/security.html#custom-credentials", """
@@c1@@
@@c2@@
@@c3@@
@@c4@@
@@c5@@--@@iv@@--@@tag@@
""", c1=b64s(76), c2=b64s(76), c3=b64s(76), c4=b64s(76), c5=b64s(40), iv=b64s(22) + "==", tag=b64s(22) + "==")

add("blind-lz/yaml/rails-database-password", "wholesale-sync/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

development:
  <<: *default
  database: wholesale_dev

production:
  <<: *default
  host: 10.30.0.8
  database: wholesale
  username: wholesale
  password: @@secret@@
""", secret=rand_pw(20))

# ---------------------------------------------------------------- Rust / Swift
add("blind-lz/rust/postgres-url", "harbour-gate/src/db.rs", "https://docs.rs/sqlx/latest/sqlx/postgres/struct.PgPoolOptions.html", """
use sqlx::postgres::PgPoolOptions;

// darwaza (gate) pass - boat entry log
pub async fn pool() -> sqlx::Result<sqlx::PgPool> {
    PgPoolOptions::new()
        .max_connections(5)
        .connect("postgres://gate:@@secret@@@10.20.1.15:5432/harbour_gate")
        .await
}
""", secret=rand_pw(18))

add("blind-lz/rust/decoy-env-var", "harbour-gate/src/config.rs", DOCS["rs"], """
use std::env;

pub struct Config {
    pub database_url: String,
    pub gate_hmac_key: String,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            database_url: env::var("DATABASE_URL").expect("DATABASE_URL"),
            gate_hmac_key: env::var("GATE_HMAC_KEY").expect("GATE_HMAC_KEY"),
        }
    }
}
""")

add("blind-lz/swift/stripe-restricted-key", "BidderiOS/Bidder/Payments/Deposit.swift", "https://docs.stripe.com/keys#limit-access", """
import Foundation

// bidder deposit (boli e amanat) - restricted key, server a bar (TODO)
enum Deposit {
    static let stripeKey = "@@secret@@"
    static let currency = "pkr"

    static func request(amount: Int) -> URLRequest {
        var r = URLRequest(url: URL(string: "https://api.stripe.com/v1/payment_intents")!)
        r.httpMethod = "POST"
        r.setValue("Bearer \\(stripeKey)", forHTTPHeaderField: "Authorization")
        r.httpBody = "amount=\\(amount)&currency=\\(currency)".data(using: .utf8)
        return r
    }
}
""", secret=stripe("rk_live_"))

add("blind-lz/swift/decoy-info-plist", "BidderiOS/Bidder/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>CFBundleDisplayName</key>
  <string>Gwadar Bidder</string>
  <key>StripePublishableKey</key>
  <string>$(STRIPE_PUBLISHABLE_KEY)</string>
  <key>AuctionAPIBase</key>
  <string>https://bid.gwadarharbour.pk/api</string>
</dict>
</plist>
""")

# ---------------------------------------------------------------- shell / PowerShell / histories
add("blind-lz/shell/mysql-cli-password", "packhouse-erp/scripts/backup.sh", DOCS["sh"], """
#!/usr/bin/env bash
# shap e backup (nightly) - Panjgur packhouse ERP
set -euo pipefail
STAMP=$(date +%F)
mysqldump -h 127.0.0.1 -u backup -p'@@secret@@' packhouse | gzip > /backup/packhouse-$STAMP.sql.gz
find /backup -name 'packhouse-*.sql.gz' -mtime +14 -delete
""", secret=words_pw().replace("'", "!"))

add("blind-lz/shell/decoy-read-prompt", "packhouse-erp/scripts/restore.sh", DOCS["sh"], """
#!/usr/bin/env bash
set -euo pipefail
# password sawal kant, file a nebeshit
read -rsp "MySQL root password: " MYSQL_PWD
export MYSQL_PWD
gunzip -c "$1" | mysql -h 127.0.0.1 -u root packhouse
unset MYSQL_PWD
""")

add("blind-lz/shell/curl-basic-auth", "auction/scripts/push_prices_fbr.sh", "https://curl.se/docs/manpage.html#-u", """
#!/bin/sh
# Fisheries dept price portal - roch e nirkh upload
DAY=$(date +%Y-%m-%d)
curl -sS -u gwadar_auction:@@secret@@ \\
  -F "date=$DAY" -F "file=@/var/lib/auction/prices-$DAY.csv" \\
  https://portal.fisheries.example.gov.pk/api/v1/prices
echo "uploaded $DAY"
""", secret=rand_pw(16))

add("blind-lz/shell/heredoc-pgpass", "auction/scripts/setup_replica.sh", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """
#!/usr/bin/env bash
# replica (Pasni office) setup - yak bar
set -e
cat > ~/.pgpass <<EOF
10.20.1.15:5432:*:replicator:@@secret@@
EOF
chmod 600 ~/.pgpass
pg_basebackup -h 10.20.1.15 -U replicator -D /var/lib/postgresql/16/main -R -P
""", secret=words_pw().replace(":", "!"))

add("blind-lz/history/gh-token", "ops/notes/naseer_bash_history.txt", DOCS["hist"], """
cd ~/src/auction
git status
git pull
export GITHUB_TOKEN=@@secret@@
gh release create v2.11.0 --notes "boli timer fix"
kubectl -n harbour get pods
kubectl -n harbour logs deploy/auction-api --tail=50
exit
""", secret=gh())

add("blind-lz/history/decoy-vault-cli", "ops/notes/hammal_zsh_history.txt", DOCS["hist"], """
: 1733460011:0;vault login -method=oidc
: 1733460040:0;vault kv get -field=password secret/harbour/auction-db
: 1733460102:0;export PGPASSWORD=$(vault kv get -field=password secret/harbour/auction-db)
: 1733460110:0;psql -h 10.20.1.15 -U auction auction
: 1733460301:0;unset PGPASSWORD
""")

add("blind-lz/powershell/sql-password", "HarbourScale/deploy/Install-Scale.ps1", DOCS["ps"], """
# kanta (weighbridge) service install - Jetty 2 PC
$ErrorActionPreference = "Stop"
$SqlUser = "scale_svc"
$SqlPass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$Cred = New-Object System.Management.Automation.PSCredential($SqlUser, $SqlPass)
New-Service -Name "HarbourScale" -BinaryPathName "C:\\HarbourScale\\HarbourScale.exe" -Credential $Cred
Start-Service HarbourScale
""", secret=words_pw().replace("$", "!"))

add("blind-lz/powershell/decoy-get-credential", "HarbourScale/deploy/Update-Scale.ps1", DOCS["ps"], """
param([string]$Version = "1.8.3")
$ErrorActionPreference = "Stop"
# karmand password wati dast a dant
$Cred = Get-Credential -UserName "HARBOUR\\scale_svc" -Message "Scale service account"
Stop-Service HarbourScale
Expand-Archive ".\\HarbourScale-$Version.zip" -DestinationPath "C:\\HarbourScale" -Force
Set-Service HarbourScale -Credential $Cred
Start-Service HarbourScale
""")

add("blind-lz/powershell/sendgrid-header", "export-office/Send-Packinglist.ps1", "https://docs.sendgrid.com/api-reference/mail-send/mail-send", """
param([string]$To, [string]$Pdf)
$headers = @{ Authorization = "Bearer @@secret@@" }
$body = @{
  personalizations = @(@{ to = @(@{ email = $To }) })
  from = @{ email = "packing@panjgurdates.pk" }
  subject = "Packing list - Aab-e-Dandan 5kg"
  content = @(@{ type = "text/plain"; value = "Attached." })
} | ConvertTo-Json -Depth 5
Invoke-RestMethod -Uri https://api.sendgrid.com/v3/mail/send -Method Post -Headers $headers -Body $body -ContentType "application/json"
""", secret=sendgrid())

# ---------------------------------------------------------------- Ansible / Helm
add("blind-lz/ansible/vars-password", "ops/ansible/group_vars/coldstore.yml", DOCS["ansible"], """
---
coldstore_rooms: [1, 2, 3, 4]
influx_org: gwadar-harbour
influx_bucket: coldstore
grafana_admin_user: admin
grafana_admin_password: "@@secret@@"
alert_temp_c: -18
""", secret=words_pw())

add("blind-lz/ansible/decoy-vault-encrypted", "ops/ansible/group_vars/auction/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("blind-lz/ansible/decoy-vault-var", "ops/ansible/group_vars/auction/main.yml", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible", """
---
auction_db_host: 10.20.1.15
auction_db_user: auction
# asl e password vault.yml a ant
auction_db_password: "{{ vault_auction_db_password }}"
sms_api_key: "{{ vault_sms_api_key }}"
""")

add("blind-lz/ansible/mikrotik-password", "ops/ansible/inventory/harbour.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """
[routers]
jetty-gw ansible_host=10.20.0.1 ansible_network_os=routeros ansible_user=admin ansible_password=@@secret@@

[coldstore]
cs1 ansible_host=10.20.4.11
cs2 ansible_host=10.20.4.12

[coldstore:vars]
ansible_user=ops
""", secret=rand_pw(14))

add("blind-lz/helm/redis-auth-password", "deploy/helm/values-prod.yaml", DOCS["helm"], """
# bitnami/redis for bid cache
architecture: standalone
auth:
  enabled: true
  password: @@secret@@
master:
  persistence:
    size: 2Gi
  resources:
    limits: {memory: 512Mi}
""", secret=redis_pw())

add("blind-lz/helm/decoy-existing-secret", "deploy/helm/values-staging.yaml", DOCS["helm"], """
architecture: standalone
auth:
  enabled: true
  existingSecret: bid-cache
  existingSecretPasswordKey: redis-password
master:
  persistence:
    size: 1Gi
""")

# ---------------------------------------------------------------- INI / TOML / client configs
add("blind-lz/ini/odbc-password", "export-office/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """
[ExportDW]
Driver=PostgreSQL Unicode
Servername=10.30.0.8
Port=5432
Database=export_dw
Username=bi_reader
Password=@@secret@@
""", secret=words_pw())

add("blind-lz/ini/decoy-template", "export-office/odbc.ini.template", "https://www.unixodbc.org/odbcinst.html", """
[ExportDW]
Driver=PostgreSQL Unicode
Servername=10.30.0.8
Port=5432
Database=export_dw
Username=bi_reader
Password=<ask Gulzar for the bi_reader password>
""")

add("blind-lz/pypirc/pypi-token", "tools/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", secret=fakes.pypi_token(_seed()))

add("blind-lz/npmrc/github-packages-token", "bidder-app/.npmrc", DOCS["npmrc"], """
@gwadar-harbour:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=@@secret@@
always-auth=true
fund=false
audit=false
""", secret=gh())

add("blind-lz/npmrc/decoy-env-token", "webshop/.npmrc", DOCS["npmrc"], """
@panjgurdates:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
engine-strict=true
save-exact=true
fund=false
""")

add("blind-lz/netrc/password", "ops/dotfiles/netrc", DOCS["netrc"], """
machine git.gwadarharbour.pk
  login ci-bot
  password @@secret@@

machine nexus.gwadarharbour.pk
  login deploy
""", secret=glpat())

add("blind-lz/toml/cargo-registry-token", "harbour-gate/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """
# internal crate registry (harbour-gate, scale-proto)
[registries.harbour]
token = "@@secret@@"

[registry]
default = "crates-io"
""", secret="cio" + rand_pw(32))

add("blind-lz/toml/decoy-streamlit-secrets-example", "export/dashboard/.streamlit/secrets.toml.example", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """
# copy to secrets.toml (git a mah kan)
[connections.export_dw]
dialect = "postgresql"
host = "10.30.0.8"
port = 5432
database = "export_dw"
username = "bi_reader"
password = "xxxxxxxx"
""")

add("blind-lz/toml/streamlit-secrets", "export/dashboard/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """
[connections.export_dw]
dialect = "postgresql"
host = "10.30.0.8"
port = 5432
database = "export_dw"
username = "bi_reader"
password = "@@secret@@"
""", secret=words_pw())

add("blind-lz/ssh/decoy-public-key", "ops/ssh/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """
# ops team - jetty servers
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ naseer@laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ hammal@ops-desk
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@ shahdad@mac
# ci deploy
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k4@@ gitlab-runner@gwd
""", k1=b64s(43), k2=b64s(43), k3=b64s(43), k4=b64s(43))

add("blind-lz/pem/openssh-private-key", "ops/ssh/deploy_jetty", "https://man.openbsd.org/ssh-keygen.1", """
@@secret@@
""", secret=pem("OPENSSH"))

add("blind-lz/ssh/decoy-config", "ops/ssh/config", DOCS["ssh"], """
Host jetty-*
  User ops
  IdentityFile ~/.ssh/deploy_jetty
  IdentitiesOnly yes

Host jetty-1
  HostName 10.20.0.11
Host jetty-2
  HostName 10.20.0.12
""")

# ---------------------------------------------------------------- notes, runbooks, wikis (Balochi/English)
add("blind-lz/markdown/runbook-password-sentence", "ops/runbooks/jahlag-alarm.md", DOCS["md"], """
# Jahlag (cold store) alarm - runbook

Wahdé ke room 3 e garmi -15 e sar bebit:

1. Grafana a chark: https://grafana.harbour.lan/d/coldstore
2. Compressor e panel a bechar, breaker OK ent?
3. Agan Grafana login mangit: user `admin`, password `@@secret@@`
4. Hammal (0300-xxxxxxx) a phone kan, mahi e lot dega room a bar.

> Hayal: mahi -18 e sar 2 ganta a geshter mah ell.
""", secret=words_pw())

add("blind-lz/markdown/decoy-runbook-vault", "ops/runbooks/db-failover.md", DOCS["md"], """
# Auction DB failover

Password edha nebeshtag nabit. Vault a gir:

```bash
vault kv get -field=password secret/harbour/auction-db
```

1. Pasni replica a promote kan: `pg_ctl promote -D /var/lib/postgresql/16/main`
2. `auction-db` DNS record a 10.20.2.15 a badal kan.
3. auction-api pods restart: `kubectl -n harbour rollout restart deploy/auction-api`
""")

add("blind-lz/markdown/table-api-key", "export/docs/integrations.md", DOCS["md"], """
# Export integrations

| Service | Account | Key | Owner |
|---|---|---|---|
| Courier (TCS) | PJG-EXP-0193 | see Vault | Gulzar |
| Mailgun (invoices) | mg.panjgurdates.pk | `@@secret@@` | Gulzar |
| Shopify wholesale | panjgurdates-wholesale | see Vault | Mahnaz |

Nokeen key Vault a kanén - Mailgun e key hanga bar mah dant.
""", secret=mailgun())

add("blind-lz/markdown/decoy-table-masked", "auction/docs/accounts.md", DOCS["md"], """
# Auction accounts

| Service | Login | Secret |
|---|---|---|
| Twilio | harbour-sms | `AC7f...` / token in Vault (`secret/harbour/twilio`) |
| Telegram price bot | @GwadarNirkhBot | `58431...:AA***` (rotated 2026-10) |
| Grafana | admin | ******** |

Har secret e jaga: Vault. Tasweer e screenshot a kilit mah pésh kan.
""")

add("blind-lz/markdown/readme-connection-string", "export/dashboard/README.md", DOCS["md"], """
# Export dashboard

Streamlit dashboard: containers shipped per month, Muzawati vs Begum Jangi vs Kaharba.

## Run locally

```bash
pip install -r requirements.txt
export DW_URL="postgresql://bi_reader:@@secret@@@10.30.0.8:5432/export_dw"
streamlit run app.py
```

Office e VPN a connect bebit.
""", secret=rand_pw(16))

add("blind-lz/markdown/decoy-readme-example", "auction/README.md", DOCS["md"], """
# Gwadar fish auction API

Boli (bidding) API for West Bay landing jetty.

## Setup

```bash
cp .env.example .env   # fill TWILIO_AUTH_TOKEN, DATABASE_URL
docker compose up -d db
python manage.py migrate
```

Example `DATABASE_URL`: `postgres://auction:<password>@localhost:5432/auction`
""")

add("blind-lz/text/wifi-notes-password", "ops/notes/jetty2-setup.txt", "https://wiki.mikrotik.com/wiki/Manual:Interface/Wireless", """
Jetty 2 network - 2026-11-03
----------------------------
MikroTik hAP ax2 (kanta e kamra)
admin login: admin / @@secret@@
SSID: Harbour-Scale (WPA2, same pass as last year)
uplink: PTCL fiber, static 203.x.x.x
scale PC: 10.20.1.30, printer 10.20.1.31
Naseer: roch e sohb reboot mah kan, weighbridge ticket gar bant
""", secret=rand_pw(12))

add("blind-lz/text/decoy-handover-notes", "ops/notes/handover-2026-12.txt", "https://www.rfc-editor.org/rfc/rfc1855", """
Handover - Naseer -> Shahdad (December)

- auction-api 2.11.0 deployed, boli timer fixed
- Twilio token rotated 2026-11-28 (new one in Vault only)
- Telegram bot token: same path secret/harbour/telegram
- Grafana admin pass changed, Hammal knows, nebeshtag nabit
- TODO: cold room 4 sensor battery

Wash bat, mehrbani!
""")

add("blind-lz/wiki/telegram-in-wiki", "wiki/Nirkh-Bot.md", "https://docs.github.com/en/communities/documenting-your-project-with-wikis/about-wikis", """
# Nirkh bot (Telegram)

Har roch 06:30 a mahi e nirkh group a rawan bant.

* Bot: @GwadarNirkhBot
* Token: @@secret@@
* Group id: -1001873340215
* Cron: `30 6 * * *` on auction-worker

Bot a nokeen group a add kanag: BotFather > /setjoingroups.
""", secret=telegram())

add("blind-lz/wiki/decoy-aws-docs-example", "wiki/S3-Uploads.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """
# S3 uploads (landing photos)

Profile configure kanag:

```
aws configure --profile harbour
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

(AWS docs e example - wati key IAM a gir.) Bucket: `gwadar-landing-photos`.
""")

add("blind-lz/rst/decoy-sphinx-config", "export/docs/source/deployment.rst", DOCS["rst"], """
Deployment
==========

The export ERP reads its secrets from environment variables:

``DB_PASSWORD``
    Password of ``export_app``. Stored in Vault at ``secret/export/db``.

``FBR_POS_TOKEN``
    Sales tax invoice integration. Example: ``FBR_POS_TOKEN=<token>``.

Never commit ``.env`` (hayal bekan).
""")

add("blind-lz/rst/smtp-example-real", "export/docs/source/mail.rst", DOCS["rst"], """
Mail relay
==========

Invoices are relayed through the office mail server.

.. code-block:: ini

   [smtp]
   host = mail.panjgurdates.pk
   port = 587
   user = invoices@panjgurdates.pk
   password = @@secret@@

Ask Gulzar before changing the relay.
""", secret=words_pw())

add("blind-lz/html/bidder-help-api-key", "bidder-app/public/admin-help.html", DOCS["html"], """
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Auction admin help</title></head>
<body>
  <h1>Auctioneer tablet setup</h1>
  <p>Open the app, go to Settings &gt; Server, and enter:</p>
  <pre>Server: https://bid.gwadarharbour.pk
API key: @@secret@@</pre>
  <p>Mehrbani - agan sawal hast, Shahdad a phone kan.</p>
</body>
</html>
""", secret="gwa_live_" + rand_pw(32))

add("blind-lz/html/decoy-maps-embed", "webshop/public/contact.html", "https://developers.google.com/maps/documentation/embed/get-started", """
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Contact - Panjgur Dates</title></head>
<body>
  <h1>Visit our packhouse</h1>
  <p>Chitkan, Panjgur, Balochistan</p>
  <iframe width="600" height="400" loading="lazy"
    src="https://www.google.com/maps/embed/v1/place?key={{ MAPS_EMBED_KEY }}&q=Panjgur"></iframe>
</body>
</html>
""")

# ---------------------------------------------------------------- SQL / notebooks / logs / CSV
add("blind-lz/sql/create-role-password", "auction/db/migrations/0007_reporting_role.sql", DOCS["sql"], """
-- reporting role for Fisheries dept dashboard
CREATE ROLE fisheries_report LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE auction TO fisheries_report;
GRANT USAGE ON SCHEMA public TO fisheries_report;
GRANT SELECT ON landings, lots, species TO fisheries_report;
""", secret=words_pw().replace("'", "!"))

add("blind-lz/sql/decoy-psql-variable", "auction/db/migrations/0008_app_role.sql", "https://www.postgresql.org/docs/current/app-psql.html#APP-PSQL-INTERPOLATION", """
-- run: psql -v app_password="$APP_DB_PASSWORD" -f 0008_app_role.sql
CREATE ROLE auction_app LOGIN PASSWORD :'app_password';
GRANT CONNECT ON DATABASE auction TO auction_app;
GRANT SELECT, INSERT, UPDATE ON lots, bids, bidders TO auction_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO auction_app;
""")

add("blind-lz/sql/decoy-bcrypt-seed", "auction/db/seed/001_admin_users.sql", "https://en.wikipedia.org/wiki/Bcrypt", """
-- auctioneer accounts (bcrypt hashes; passwords set on first login)
INSERT INTO staff (username, full_name, password_hash) VALUES
  ('naseer', 'Naseer Baloch', '$2b$12$@@h1@@'),
  ('shahdad', 'Shahdad Dashti', '$2b$12$@@h2@@'),
  ('hammal', 'Hammal Kalmati', '$2b$12$@@h3@@');
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-lz/ipynb/snowflake-password", "export/analysis/yield_by_grove.ipynb", DOCS["ipynb"], """
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Yield by grove (Panjgur 2026)\\n", "Har bagh e hurmag kg/dar"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\\n", "import sqlalchemy as sa\\n",
              "eng = sa.create_engine('postgresql://analyst:@@secret@@@10.30.0.8/export_dw')\\n",
              "df = pd.read_sql('select grove, variety, kg, trees from harvest_2026', eng)"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["df.assign(kg_per_tree=df.kg / df.trees).groupby('variety').mean(numeric_only=True)"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=rand_pw(18))

add("blind-lz/ipynb/decoy-getpass", "auction/analysis/species_prices.ipynb", DOCS["ipynb"], """
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Surmai / sawa prices, 2025-2026"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass, pandas as pd, sqlalchemy as sa\\n",
              "pw = getpass.getpass('tally_ro password: ')\\n",
              "eng = sa.create_engine(f'postgresql://tally_ro:{pw}@10.20.1.15/auction')"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-lz/log/url-password-in-log", "auction/logs/worker-2026-12-05.log", DOCS["log"], """
2026-12-05 05:00:01,112 INFO  worker starting, queue=lots
2026-12-05 05:00:01,230 INFO  broker=amqp://auction:@@secret@@@10.20.1.20:5672/harbour
2026-12-05 05:02:17,004 INFO  lot GWD-2026-12-0031 opened (surmai 420kg)
2026-12-05 05:09:44,871 INFO  lot GWD-2026-12-0031 sold 198500 PKR bidder=B-118
2026-12-05 05:10:02,003 WARNING sms delivery delayed (Zong)
""", secret=rand_pw(20))

add("blind-lz/log/decoy-redacted-log", "auction/logs/api-2026-12-05.log", DOCS["log"], """
2026-12-05 05:00:00,551 INFO  settings loaded: DATABASE_URL=postgres://auction:***@10.20.1.15:5432/auction
2026-12-05 05:00:00,552 INFO  TWILIO_AUTH_TOKEN set (32 chars, sha256 prefix 9f2c41)
2026-12-05 05:03:12,100 INFO  POST /api/bids 201 lot=GWD-2026-12-0031 bidder=B-118
2026-12-05 05:03:12,480 INFO  POST /api/bids 201 lot=GWD-2026-12-0031 bidder=B-204
2026-12-05 05:09:44,900 INFO  lot closed request_id=@@rid@@
""", rid=uuid_s())

add("blind-lz/csv/decoy-bidders", "auction/exports/bidders-2026-12.csv", DOCS["csv"], """
bidder_id,name,cnic_masked,deposit_pkr,api_client_id
B-118,Karim Fisheries,42201-*******-3,500000,@@u1@@
B-204,Pasni Seafood Traders,42301-*******-7,250000,@@u2@@
B-233,Jiwani Cold Chain,42401-*******-1,250000,@@u3@@
B-251,Ormara Export House,42501-*******-9,300000,@@u4@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("blind-lz/csv/api-credentials-sheet", "export/ops/buyer-portal-accounts.csv", DOCS["csv"], """
buyer,country,portal_user,portal_password,notes
Al Noor Foodstuff,UAE,alnoor,see-vault,
Qamar Trading,Oman,qamar,see-vault,
Dhaka Dates Ltd,Bangladesh,dhakadates,@@secret@@,temp pass - rotate after Jan shipment
Istanbul Kuru Gida,Turkey,kurugida,see-vault,
""", secret=words_pw().replace(",", "!"))

# ---------------------------------------------------------------- more carriers
_pk = pem("EC")
add("blind-lz/yaml/ec-key-block", "deploy/k8s/gate-signing-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
# gate pass QR signing key (darwaza e pass) - should be a Secret, fix later
apiVersion: v1
kind: ConfigMap
metadata:
  name: gate-signing
  namespace: harbour
data:
  signing.pem: |
@@block@@
""", secret=_pk, block="\n".join("    " + line for line in _pk.splitlines()))

_sa_key = pem("")
_sa_json = ('{"type": "service_account", "project_id": "panjgur-dates-export", "private_key_id": "' + hexs(40)
            + '", "private_key": "' + _sa_key.replace("\n", "\\n") + '\\n", "client_email": "sheets-sync@panjgur-dates-export.iam.gserviceaccount.com"}')
add("blind-lz/python/gcp-service-account-json-string", "export/sync/sheets_sync.py", "https://cloud.google.com/iam/docs/keys-create-delete", """
# Google Sheet (har bagh e harvest) -> DW
import json
from google.oauth2 import service_account

SA_INFO = json.loads('@@json@@')

creds = service_account.Credentials.from_service_account_info(
    SA_INFO, scopes=["https://www.googleapis.com/auth/spreadsheets.readonly"])
SHEET_ID = "1pQx7Hn0Kc_harvest2026_PJG"
""", secret=_sa_key.splitlines()[1], json=_sa_json.replace("\\n", "\\\\n"))

_hf = hf_token()
add("blind-lz/python/split-hf-token", "export/catalog-ai/grade_photos.py", "https://huggingface.co/docs/huggingface_hub/quick-start#authentication", """
# hurmag e grade (A/B/C) photo classifier
from huggingface_hub import login
from transformers import pipeline

login(token=("@@a@@"
             "@@b@@"))
clf = pipeline("image-classification", model="panjgurdates/date-grade-vit")
print(clf("samples/muzawati_batch7.jpg")[:3])
""", secret=_hf, a=_hf[:18], b=_hf[18:])

add("blind-lz/python/decoy-hf-env", "export/catalog-ai/train.py", "https://huggingface.co/docs/huggingface_hub/package_reference/environment_variables#hftoken", """
import os

from huggingface_hub import HfApi

# HF_TOKEN env a (CI secret); hanga token mah nebis
api = HfApi(token=os.environ.get("HF_TOKEN"))
api.upload_folder(folder_path="out/date-grade-vit", repo_id="panjgurdates/date-grade-vit")
print("uploaded")
""")

add("blind-lz/python/slack-webhook-call", "auction/scripts/alert_unsold.py", "https://api.slack.com/messaging/webhooks", """
import requests

# na-bikitagen lot (unsold) roch e akher a
def alert(lots):
    text = "Unsold lots: " + ", ".join(l["no"] for l in lots)
    requests.post(
        "@@secret@@",
        json={"text": text},
        timeout=10,
    )
""", secret=slack_hook())

add("blind-lz/python/decoy-slack-example", "auction/scripts/alert_docs_example.py", "https://api.slack.com/messaging/webhooks#posting_with_webhooks", """
\"\"\"Usage:

    SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX \\
        python alert_unsold.py

(Slack docs e example URL; asl e URL Vault a ant.)
\"\"\"
import os

URL = os.environ["SLACK_WEBHOOK_URL"]
""")

add("blind-lz/python/azure-client-secret", "export/sync/sharepoint_upload.py", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app", """
from azure.identity import ClientSecretCredential

# phytosanitary certs -> SharePoint (Dubai desk)
TENANT = "@@t@@"
CLIENT = "@@c@@"
cred = ClientSecretCredential(TENANT, CLIENT, "@@secret@@")
token = cred.get_token("https://graph.microsoft.com/.default")
print("token ok", token.expires_on)
""", secret=rand_pw(3) + "8Q~" + rand_pw(34, "_.-~"), t=uuid_s(), c=uuid_s())

add("blind-lz/python/datadog-api-key", "coldstore/scripts/dd_metrics.py", "https://docs.datadoghq.com/account_management/api-app-keys/", """
from datadog import initialize, api

options = {
    "api_key": "@@secret@@",
    "api_host": "https://api.datadoghq.eu",
}
initialize(**options)

def push(room, temp):
    api.Metric.send(metric="coldstore.temp_c", points=temp, tags=[f"room:{room}", "site:gwadar"])
""", secret=hexs(32))

add("blind-lz/python/decoy-uuid-ids", "coldstore/scripts/devices.py", "https://docs.python.org/3/library/uuid.html", """
# sensor device ids (har jahlag e kamra) - ids, not keys
DEVICES = {
    1: "@@a@@",
    2: "@@b@@",
    3: "@@c@@",
    4: "@@d@@",
}
""", a=uuid_s(), b=uuid_s(), c=uuid_s(), d=uuid_s())

add("blind-lz/js/mailchimp-key", "webshop/lib/newsletter.js", "https://mailchimp.com/developer/marketing/guides/quick-start/", """
const mailchimp = require("@mailchimp/mailchimp_marketing");

// Ramazan offer newsletter (hurmag boxes)
mailchimp.setConfig({
  apiKey: "@@secret@@",
  server: "us21",
});

module.exports = async (email) =>
  mailchimp.lists.addListMember("5f2a9c1e07", { email_address: email, status: "subscribed" });
""", secret=hexs(32) + "-us21")

add("blind-lz/js/decoy-recaptcha-site-key", "webshop/components/Captcha.jsx", "https://developers.google.com/recaptcha/docs/display", """
import ReCAPTCHA from "react-google-recaptcha";

// site key is public (browser a rawt); secret key server env a ant
const SITE_KEY = process.env.NEXT_PUBLIC_RECAPTCHA_SITE_KEY;

export default function Captcha({ onChange }) {
  return <ReCAPTCHA sitekey={SITE_KEY} onChange={onChange} />;
}
""")

add("blind-lz/ts/paypal-client-secret", "webshop/lib/paypal.ts", "https://developer.paypal.com/api/rest/authentication/", """
// PayPal (diaspora buyers, UK/Gulf)
const CLIENT_ID = "@@cid@@";
const CLIENT_SECRET = "@@secret@@";

export async function accessToken(): Promise<string> {
  const auth = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64");
  const r = await fetch("https://api-m.paypal.com/v1/oauth2/token", {
    method: "POST",
    headers: { Authorization: `Basic ${auth}` },
    body: "grant_type=client_credentials",
  });
  return (await r.json()).access_token;
}
""", secret=rand_pw(80, "-_"), cid="A" + rand_pw(79, "-_"))

add("blind-lz/ts/decoy-types-only", "webshop/lib/env.d.ts", "https://www.typescriptlang.org/docs/handbook/declaration-files/introduction.html", """
declare namespace NodeJS {
  interface ProcessEnv {
    STRIPE_SECRET_KEY: string;
    PAYPAL_CLIENT_SECRET: string;
    MAILCHIMP_API_KEY: string;
    NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: string;
  }
}
""")

add("blind-lz/js/basic-auth-header", "bidder-app/scripts/sync-fisheries.js", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Authentication#basic_authentication_scheme", """
// daily landings -> fisheries dept (they only take Basic auth)
const https = require("https");

const req = https.request("https://portal.fisheries.example.gov.pk/api/v1/landings", {
  method: "POST",
  headers: {
    Authorization: "Basic @@secret@@",
    "Content-Type": "application/json",
  },
});
req.end(JSON.stringify(require("./landings.json")));
""", secret=b64("gwadar_auction:" + words_pw()))

add("blind-lz/go/vault-token", "harbour-tools/cmd/rotate/main.go", "https://developer.hashicorp.com/vault/docs/concepts/tokens", """
package main

import (
	vault "github.com/hashicorp/vault/api"
	"log"
)

func main() {
	c, err := vault.NewClient(&vault.Config{Address: "https://vault.harbour.lan:8200"})
	if err != nil {
		log.Fatal(err)
	}
	c.SetToken("@@secret@@") // ops root-ish token, hayal bekan
	log.Println("vault ok")
}
""", secret="hvs." + rand_pw(24))

add("blind-lz/go/decoy-approle", "harbour-tools/cmd/read/main.go", "https://developer.hashicorp.com/vault/docs/auth/approle", """
package main

import (
	"log"
	"os"
)

// role_id is not secret; secret_id comes from the wrapped token file
func main() {
	roleID := "@@rid@@"
	secretIDFile := os.Getenv("VAULT_SECRET_ID_FILE")
	log.Printf("login approle role=%s from %s", roleID, secretIDFile)
}
""", rid=uuid_s())

add("blind-lz/yaml/cloudflare-api-token", "ops/cloudflare/dns-sync.yml", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", """
# dns records for gwadarharbour.pk (bid, grafana, vpn)
cloudflare:
  zone: gwadarharbour.pk
  api_token: @@secret@@
records:
  - {name: bid, type: A, content: 203.0.113.40, proxied: true}
  - {name: vpn, type: A, content: 203.0.113.41, proxied: false}
""", secret=rand_pw(40, "_-"))

add("blind-lz/yaml/decoy-sops-encrypted", "ops/cloudflare/secrets.enc.yml", "https://github.com/getsops/sops#encrypting-using-age", """
cloudflare:
    api_token: ENC[AES256_GCM,data:@@d@@,iv:@@iv@@,tag:@@tg@@,type:str]
sops:
    age:
        - recipient: age1@@r@@
    lastmodified: "2026-11-30T09:12:44Z"
    mac: ENC[AES256_GCM,data:@@m@@,iv:@@iv2@@,tag:@@tg2@@,type:str]
    version: 3.9.0
""", d=b64s(56), iv=b64s(43) + "=", tg=b64s(22) + "==", r=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
    m=b64s(88), iv2=b64s(43) + "=", tg2=b64s(22) + "==")

add("blind-lz/xml/maven-settings-password", "export-erp/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings>
  <servers>
    <server>
      <id>harbour-nexus</id>
      <username>deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", secret=words_pw())

add("blind-lz/xml/decoy-maven-encrypted", "export-erp/.mvn/settings-ci.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """
<settings>
  <servers>
    <server>
      <id>harbour-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("blind-lz/xml/web-config-connection", "HarbourScale.Legacy/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- kohna kanta system (2019) - Jetty 1 -->
  <connectionStrings>
    <add name="ScaleDb" providerName="System.Data.SqlClient"
         connectionString="Data Source=10.20.1.29;Initial Catalog=Scale;User ID=sa;Password=@@secret@@" />
  </connectionStrings>
  <appSettings>
    <add key="TicketPrinter" value="\\\\10.20.1.31\\Zebra" />
  </appSettings>
</configuration>
""", secret=words_pw().replace(";", "#"))

add("blind-lz/xml/decoy-web-config-transform", "HarbourScale.Legacy/Web.Release.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations", """
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="ScaleDb" connectionString="Data Source=10.20.1.29;Initial Catalog=Scale;User ID=scale_app;Password=__SCALE_DB_PASSWORD__"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
</configuration>
""")

# ---------------------------------------------------------------- client configs and ops files
_kid, _sk = aws_pair()
add("blind-lz/aws-credentials/secret-key", "ops/dotfiles/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
[default]
region = me-central-1

[harbour-photos]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
""", secret=_sk, kid=_kid)

add("blind-lz/aws-credentials/decoy-sso-profile", "ops/dotfiles/aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", """
[profile harbour-admin]
sso_session = gwadar
sso_account_id = 381492650117
sso_role_name = AdministratorAccess
region = me-central-1

[sso-session gwadar]
sso_start_url = https://gwadarharbour.awsapps.com/start
sso_region = eu-west-1
""")

_auth = b64("gwadarci:" + rand_pw(24))
add("blind-lz/json/docker-config-auth", "ops/dotfiles/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """
{
  "auths": {
    "registry.gwadarharbour.pk": {
      "auth": "@@secret@@"
    }
  },
  "currentContext": "default"
}
""", secret=_auth)

add("blind-lz/json/decoy-docker-credstore", "ops/dotfiles/docker/config.ci.json", "https://docs.docker.com/reference/cli/docker/login/#credential-helpers", """
{
  "auths": {
    "registry.gwadarharbour.pk": {}
  },
  "credHelpers": {
    "381492650117.dkr.ecr.me-central-1.amazonaws.com": "ecr-login"
  },
  "credsStore": "pass"
}
""")

add("blind-lz/kubeconfig/bearer-token", "ops/kube/harbour-ci.kubeconfig", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """
apiVersion: v1
kind: Config
clusters:
  - name: harbour
    cluster:
      server: https://10.20.0.50:6443
      insecure-skip-tls-verify: true
contexts:
  - name: ci@harbour
    context: {cluster: harbour, user: ci, namespace: harbour}
current-context: ci@harbour
users:
  - name: ci
    user:
      token: @@secret@@
""", secret=jwt_like())

add("blind-lz/kubeconfig/decoy-exec-plugin", "ops/kube/harbour-eks.kubeconfig", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", """
apiVersion: v1
kind: Config
clusters:
  - name: harbour-eks
    cluster:
      server: https://4F1A2B3C9D.gr7.me-central-1.eks.amazonaws.com
      certificate-authority-data: @@ca@@
contexts:
  - name: harbour-eks
    context: {cluster: harbour-eks, user: aws}
current-context: harbour-eks
users:
  - name: aws
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: ["eks", "get-token", "--cluster-name", "harbour"]
""", ca=b64("-----BEGIN CERTIFICATE-----\nMIIC" + b64s(60) + "\n-----END CERTIFICATE-----\n"))

add("blind-lz/git-config/token-in-remote", "harbour-tools/.git-config-backup", "https://git-scm.com/docs/git-config", """
[core]
	repositoryformatversion = 0
	bare = false
[remote "origin"]
	url = https://oauth2:@@secret@@@git.gwadarharbour.pk/ops/harbour-tools.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin
	merge = refs/heads/main
""", secret=glpat())

add("blind-lz/ini/my-cnf-password", "ops/dotfiles/my.cnf", "https://dev.mysql.com/doc/refman/8.4/en/option-files.html", """
[client]
host=127.0.0.1
user=erp
password="@@secret@@"

[mysqldump]
single-transaction
quick
""", secret=words_pw())

add("blind-lz/conf/redis-requirepass", "coldstore/redis/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/", """
bind 10.20.4.5
port 6379
protected-mode yes
# bid cache + sensor last-value (jahlag)
requirepass @@secret@@
maxmemory 256mb
maxmemory-policy allkeys-lru
""", secret=redis_pw())

add("blind-lz/conf/decoy-htpasswd", "ops/nginx/grafana.htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """
# grafana basic-auth (nginx) - hashes only
naseer:$apr1$@@s1@@$@@h1@@
shahdad:$apr1$@@s2@@$@@h2@@
hammal:$apr1$@@s3@@$@@h3@@
gulzar:$apr1$@@s4@@$@@h4@@
""", s1=fakes.drawn(_seed(), 8), h1=fakes.drawn(_seed(), 22, ALNUM + "./"), s2=fakes.drawn(_seed(), 8), h2=fakes.drawn(_seed(), 22, ALNUM + "./"),
    s3=fakes.drawn(_seed(), 8), h3=fakes.drawn(_seed(), 22, ALNUM + "./"), s4=fakes.drawn(_seed(), 8), h4=fakes.drawn(_seed(), 22, ALNUM + "./"))

add("blind-lz/systemd/env-password", "ops/systemd/auction-worker.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment", """
[Unit]
Description=Auction worker (lot close, SMS)
After=network-online.target

[Service]
User=auction
WorkingDirectory=/srv/auction
Environment="CELERY_BROKER_URL=redis://:@@secret@@@10.20.4.5:6379/1"
ExecStart=/srv/auction/venv/bin/celery -A auction worker -l info
Restart=always

[Install]
WantedBy=multi-user.target
""", secret=redis_pw())

add("blind-lz/systemd/decoy-environment-file", "ops/systemd/auction-api.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=", """
[Unit]
Description=Auction API
After=network-online.target

[Service]
User=auction
EnvironmentFile=/etc/auction/api.env
LoadCredential=db-password:/etc/auction/credentials/db-password
ExecStart=/srv/auction/venv/bin/gunicorn auction.wsgi -b 127.0.0.1:8000
Restart=always

[Install]
WantedBy=multi-user.target
""")

add("blind-lz/crontab/password-arg", "ops/cron/auction.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", """
# m h dom mon dow command
# roch e tally 23:50
50 23 * * * /srv/auction/venv/bin/python /srv/auction/scripts/tally_export.py
# Pasni office sync (rsync over ssh)
15 2 * * * sshpass -p '@@secret@@' rsync -az /var/lib/auction/exports/ sync@10.20.2.5:/data/gwadar/
0 4 * * 0 /usr/local/bin/backup-auction.sh
""", secret=words_pw().replace("'", "!"))

add("blind-lz/php/wp-config-password", "webshop-blog/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
// blog: hurmag e recipes (Balochi + English)
define( 'DB_NAME', 'blog' );
define( 'DB_USER', 'blog' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
require_once ABSPATH . 'wp-settings.php';
""", secret=rand_pw(16, "!#%^"))

add("blind-lz/php/decoy-wp-salts-placeholder", "webshop-blog/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", """
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
""")

add("blind-lz/ci/jenkinsfile-password", "export-erp/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """
pipeline {
  agent any
  environment {
    NEXUS_USER = 'deploy'
    NEXUS_PASS = '@@secret@@'
  }
  stages {
    stage('Build') { steps { sh './mvnw -B package' } }
    stage('Publish') {
      steps { sh './mvnw -B deploy -Dnexus.user=$NEXUS_USER -Dnexus.pass=$NEXUS_PASS' }
    }
  }
}
""", secret=words_pw().replace("'", "!").replace("$", "#"))

add("blind-lz/ci/decoy-jenkins-credentials", "packhouse-erp/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", """
pipeline {
  agent any
  stages {
    stage('Deploy') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'erp-ssh', usernameVariable: 'U', passwordVariable: 'P')]) {
          sh 'ansible-playbook -i inventory deploy.yml -e ansible_password=$P'
        }
      }
    }
  }
}
""")

add("blind-lz/ci/bitbucket-pipelines-key", "webshop-blog/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", """
image: node:20
pipelines:
  branches:
    main:
      - step:
          name: Deploy theme
          script:
            - npm ci && npm run build
            - curl -X POST -H "Authorization: Bearer @@secret@@" https://api.digitalocean.com/v2/apps/blog/deployments
""", secret=do_token())

add("blind-lz/ci/decoy-azure-pipelines", "HarbourScale/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/process/variables", """
trigger: [main]
pool: { vmImage: windows-latest }
variables:
  - group: harbour-scale-secrets   # ScaleSqlPassword lives here
steps:
  - task: DotNetCoreCLI@2
    inputs: { command: publish, projects: HarbourScale/HarbourScale.csproj }
  - powershell: ./deploy/Install-Scale.ps1 -SqlPassword "$(ScaleSqlPassword)"
""")

add("blind-lz/makefile/sentry-token", "bidder-app/Makefile", "https://docs.sentry.io/cli/configuration/", """
SENTRY_ORG=gwadar-harbour
SENTRY_PROJECT=bidder-app
SENTRY_AUTH_TOKEN=@@secret@@

release:
	npm run build
	npx sentry-cli releases new $(VERSION)
	npx sentry-cli sourcemaps upload --release $(VERSION) dist/
""", secret="sntrys_" + rand_pw(60))

add("blind-lz/makefile/decoy-include-env", "auction/Makefile", "https://www.gnu.org/software/make/manual/html_node/Include.html", """
-include .env
export

migrate:
	python manage.py migrate

run:
	python manage.py runserver 0.0.0.0:8000

psql:
	PGPASSWORD=$(POSTGRES_PASSWORD) psql -h localhost -U auction auction
""")

# ---------------------------------------------------------------- payments, messaging, mobile
add("blind-lz/python/whatsapp-cloud-token", "auction/notify/whatsapp.py", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", """
# mahigir a WhatsApp: "shumay lot bikit" (your lot is sold)
import requests

PHONE_ID = "109384755210943"
TOKEN = "@@secret@@"


def sold(to, lot_no, price):
    body = {"messaging_product": "whatsapp", "to": to, "type": "text",
            "text": {"body": f"Shumay lot {lot_no} bikit: Rs {price}. Mehrbani!"}}
    return requests.post(f"https://graph.facebook.com/v20.0/{PHONE_ID}/messages",
                         headers={"Authorization": f"Bearer {TOKEN}"}, json=body, timeout=10)
""", secret="EAAG" + rand_pw(180))

add("blind-lz/php/jazzcash-integrity-salt", "packhouse-erp/app/Payments/JazzCash.php", "https://sandbox.jazzcash.com.pk/Sandbox/Home/GettingStarted", """
<?php
namespace App\\Payments;

// grower advances (Panjgur zamindar) via JazzCash
class JazzCash
{
    private string $merchantId = 'MC48213';
    private string $integritySalt = '@@secret@@';

    public function hash(array $fields): string
    {
        ksort($fields);
        return hash_hmac('sha256', $this->integritySalt . '&' . implode('&', $fields), $this->integritySalt);
    }
}
""", secret=rand_pw(10).lower())

add("blind-lz/php/decoy-sandbox-docs", "packhouse-erp/app/Payments/README.md", "https://sandbox.jazzcash.com.pk/Sandbox/Home/GettingStarted", """
# Payments

JazzCash and Easypaisa credentials come from `.env`:

- `JAZZCASH_MERCHANT_ID`, `JAZZCASH_PASSWORD`, `JAZZCASH_INTEGRITY_SALT`
- `EASYPAISA_STORE_ID`, `EASYPAISA_HASH_KEY`

Sandbox values are in the JazzCash portal (Sandbox > Credentials), not here.
Zamindar e advance payment: har payment e ref `PJG-ADV-<season>-<n>`.
""")

add("blind-lz/dart/firebase-server-key", "bidder_flutter/lib/services/push.dart", "https://firebase.google.com/docs/cloud-messaging/auth-server", """
import 'dart:convert';
import 'package:http/http.dart' as http;

// boli e notification (legacy FCM) - auctioneer tablet a
const fcmServerKey = '@@secret@@';

Future<void> pushOutbid(String deviceToken, String lotNo) async {
  await http.post(Uri.parse('https://fcm.googleapis.com/fcm/send'),
      headers: {'Authorization': 'key=$fcmServerKey', 'Content-Type': 'application/json'},
      body: jsonEncode({'to': deviceToken, 'notification': {'title': 'Outbid', 'body': 'Lot $lotNo'}}));
}
""", secret="AAAA" + rand_pw(7, "-_") + ":APA91b" + rand_pw(134, "-_"))

add("blind-lz/dart/decoy-google-services", "bidder_flutter/lib/firebase_options.dart", "https://firebase.google.com/docs/flutter/setup", """
// File generated by FlutterFire CLI - values come from --dart-define at build time.
import 'package:firebase_core/firebase_core.dart';

class DefaultFirebaseOptions {
  static const FirebaseOptions android = FirebaseOptions(
    apiKey: String.fromEnvironment('FIREBASE_ANDROID_API_KEY'),
    appId: '1:774120935518:android:9c2e1b07aa31d4c1',
    messagingSenderId: '774120935518',
    projectId: 'gwadar-bidder',
  );
}
""")

add("blind-lz/js/mapbox-secret-token", "bidder-app/scripts/upload-jetty-tiles.js", "https://docs.mapbox.com/api/maps/uploads/", """
// jetty + harbour basin tiles (Mapbox uploads API needs a secret token)
const MAPBOX_TOKEN = "@@secret@@";
const user = "gwadarharbour";

fetch(`https://api.mapbox.com/uploads/v1/${user}/credentials?access_token=${MAPBOX_TOKEN}`, { method: "POST" })
  .then((r) => r.json())
  .then((c) => console.log("bucket", c.bucket));
""", secret="sk.eyJ1IjoiZ3dhZGFyaGFyYm91ciIsImEiOiJ" + rand_pw(20) + "In0." + rand_pw(22, "-_"))

add("blind-lz/js/decoy-mapbox-public", "bidder-app/src/map.js", "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token", """
import mapboxgl from "mapbox-gl";

// public (pk.) token - URL-restricted to bid.gwadarharbour.pk
mapboxgl.accessToken = import.meta.env.VITE_MAPBOX_PUBLIC_TOKEN;

export const map = new mapboxgl.Map({
  container: "map",
  style: "mapbox://styles/mapbox/streets-v12",
  center: [62.3254, 25.1216],
  zoom: 14,
});
""")

add("blind-lz/python/twilio-api-key-secret", "auction/notify/voice.py", "https://www.twilio.com/docs/iam/api-keys", """
from twilio.rest import Client

# kohna mahigir SMS nawant - voice call a "lot bikit" gushit
API_KEY_SID = "SK@@sk@@"
API_KEY_SECRET = "@@secret@@"
ACCOUNT_SID = "@@ac@@"

client = Client(API_KEY_SID, API_KEY_SECRET, ACCOUNT_SID)
""", secret=rand_pw(32), sk=hexs(32), ac=twilio_sid())

add("blind-lz/yaml/grafana-service-account-token", "coldstore/grafana/provisioning/alerting-bot.yaml", "https://grafana.com/docs/grafana/latest/administration/service-accounts/", """
# jahlag alert bot - reads dashboards, posts snapshots
grafana:
  url: https://grafana.harbour.lan
  token: @@secret@@
dashboards:
  - coldstore-rooms
  - compressor-power
interval: 5m
""", secret="glsa_" + rand_pw(32) + "_" + hexs(8))

add("blind-lz/yaml/decoy-grafana-datasource-env", "coldstore/grafana/provisioning/datasources/influx.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", """
apiVersion: 1
datasources:
  - name: coldstore
    type: influxdb
    url: http://influx.harbour.lan:8086
    jsonData:
      version: Flux
      organization: gwadar-harbour
      defaultBucket: coldstore
    secureJsonData:
      token: $INFLUX_READ_TOKEN
""")

add("blind-lz/python/minio-secret-key", "coldstore/scripts/archive_readings.py", "https://min.io/docs/minio/linux/developers/python/API.html", """
from minio import Minio

# kohna readings (30 roch a pesar) -> MinIO (Pasni office NAS)
client = Minio("10.20.2.8:9000",
               access_key="coldstore-archiver",
               secret_key="@@secret@@",
               secure=False)
client.fput_object("coldstore-archive", "2026/11/readings.parquet", "/tmp/readings.parquet")
""", secret=rand_pw(40))

add("blind-lz/python/elastic-api-key", "auction/search/index_lots.py", "https://www.elastic.co/guide/en/elasticsearch/client/python-api/current/connecting.html", """
from elasticsearch import Elasticsearch

es = Elasticsearch(
    "https://harbour-search.es.me-central-1.aws.elastic.cloud:443",
    api_key="@@secret@@",
)

def index(lot):
    es.index(index="lots-2026", id=lot["no"], document=lot)
""", secret=b64(rand_pw(20) + ":" + rand_pw(22)))

add("blind-lz/python/decoy-elastic-cloud-id", "auction/search/client.py", "https://www.elastic.co/guide/en/elasticsearch/client/python-api/current/connecting.html#connect-ec", """
import os

from elasticsearch import Elasticsearch

# cloud_id is an address (base64 of host names), not a key
CLOUD_ID = "harbour-search:@@cid@@"
es = Elasticsearch(cloud_id=CLOUD_ID, api_key=os.environ["ES_API_KEY"])
""", cid=b64("me-central-1.aws.elastic.cloud:443$" + hexs(32) + "$" + hexs(32)))

add("blind-lz/python/anthropic-key", "export/catalog-ai/translate_labels.py", "https://docs.anthropic.com/en/api/getting-started", """
# carton labels: English -> Arabic (Gulf buyers) + Balochi (local shops)
import anthropic

client = anthropic.Anthropic(api_key="@@secret@@")

def translate(text, lang):
    msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=200,
                                 messages=[{"role": "user", "content": f"Translate to {lang}: {text}"}])
    return msg.content[0].text
""", secret="sk-ant-api03-" + rand_pw(93, "-_") + "AA")

add("blind-lz/env/github-fine-grained", "harbour-tools/.env", DOCS["env"], """
# release-notes bot (auction + bidder-app repos)
GITHUB_TOKEN=@@secret@@
GITHUB_ORG=gwadar-harbour
REPOS=auction,bidder-app,harbour-gate
DRY_RUN=false
""", secret=fakes.github_fine_grained_token(_seed()))

add("blind-lz/env/decoy-empty-values", "harbour-tools/.env.example", DOCS["env"], """
# copy to .env
GITHUB_TOKEN=
GITHUB_ORG=gwadar-harbour
REPOS=auction,bidder-app,harbour-gate
DRY_RUN=true
""")

add("blind-lz/r/db-password", "export/analysis/price_model.R", "https://rpostgres.r-dbi.org/", """
# Muzawati export price vs Dubai auction price (2019-2026)
library(DBI)
con <- dbConnect(RPostgres::Postgres(), host = "10.30.0.8", dbname = "export_dw",
                 user = "analyst", password = "@@secret@@")
prices <- dbGetQuery(con, "select month, variety, usd_per_kg from export_prices")
fit <- lm(usd_per_kg ~ month + variety, data = prices)
summary(fit)
""", secret=words_pw())

add("blind-lz/r/decoy-keyring", "export/analysis/harvest_trend.R", "https://keyring.r-lib.org/", """
library(DBI)
# password keyring a ant (keyring::key_set("export_dw", "analyst"))
con <- dbConnect(RPostgres::Postgres(), host = "10.30.0.8", dbname = "export_dw",
                 user = "analyst", password = keyring::key_get("export_dw", "analyst"))
h <- dbGetQuery(con, "select season, sum(kg) kg from harvest group by 1")
plot(h$season, h$kg, type = "b", main = "Panjgur harvest (kg)")
""")

add("blind-lz/elixir/secret-key-base", "harbour_live/config/prod.exs", "https://hexdocs.pm/phoenix/deployment.html#handling-of-your-application-secrets", """
import Config

# live auction board (TV at jetty hall)
config :harbour_live, HarbourLiveWeb.Endpoint,
  url: [host: "board.gwadarharbour.pk", port: 443],
  secret_key_base: "@@secret@@"

config :logger, level: :info
""", secret=rand_pw(64, "+/"))

add("blind-lz/elixir/decoy-runtime-env", "harbour_live/config/runtime.exs", "https://hexdocs.pm/phoenix/deployment.html#handling-of-your-application-secrets", """
import Config

if config_env() == :prod do
  secret_key_base =
    System.get_env("SECRET_KEY_BASE") ||
      raise "SECRET_KEY_BASE missing - mix phx.gen.secret"

  config :harbour_live, HarbourLiveWeb.Endpoint, secret_key_base: secret_key_base
end
""")

add("blind-lz/scala/kafka-sasl-password", "landing-stream/src/main/resources/application.conf", "https://docs.confluent.io/platform/current/kafka/authentication_sasl/authentication_sasl_plain.html", """
landing-stream {
  bootstrap = "pkc-9x1q2.me-central-1.aws.confluent.cloud:9092"
  topic = "landings"
  sasl {
    mechanism = "PLAIN"
    jaas = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\\"HJ4KQ2ZP7LMX5T3N\\" password=\\"@@secret@@\\";"
  }
}
""", secret=rand_pw(64, "+/"))

add("blind-lz/lua/decoy-nginx-hmac", "ops/nginx/lua/gate_check.lua", "https://github.com/openresty/lua-nginx-module#ngxvar", """
-- darwaza (gate) QR check at the harbour entrance
local key = os.getenv("GATE_HMAC_KEY")
if not key or key == "" then
  ngx.log(ngx.ERR, "GATE_HMAC_KEY not set")
  return ngx.exit(500)
end
local sig = ngx.var.arg_sig or ""
if ngx.hmac_sha1(key, ngx.var.arg_boat) ~= ngx.decode_base64(sig) then
  return ngx.exit(403)
end
""")

# ---------------------------------------------------------------- packhouse floor, office notes, chat exports
add("blind-lz/text/whatsapp-export-password", "ops/notes/whatsapp-packhouse-group.txt", "https://faq.whatsapp.com/1180414079177245", """
12/11/2026, 08:14 - Gulzar: Chitkan packhouse e scale PC restart but
12/11/2026, 08:15 - Mahnaz: ERP a login nabit, password chi ent?
12/11/2026, 08:17 - Gulzar: user packfloor, pass @@secret@@
12/11/2026, 08:17 - Gulzar: hayal bekan, kase a mah de
12/11/2026, 08:20 - Mahnaz: mehrbani, OK but
12/11/2026, 09:02 - Gulzar: Aab-e-Dandan 5kg cartons 340 pack butant
""", secret=words_pw())

add("blind-lz/text/decoy-whatsapp-export", "ops/notes/whatsapp-harbour-group.txt", "https://faq.whatsapp.com/1180414079177245", """
05/12/2026, 04:50 - Naseer: boli 05:00 a bandat, West Bay jetty 2
05/12/2026, 04:52 - Hammal: jahlag 3 -19.2, OK ent
05/12/2026, 05:31 - Shahdad: bidder app a OTP nayayt? Zong SMS delay
05/12/2026, 05:33 - Naseer: Twilio token Vault a badal kort, app restart kan
05/12/2026, 05:40 - Shahdad: OK, nun kar kant. Mehrbani
""")

add("blind-lz/markdown/onboarding-aws-keys", "ops/docs/onboarding-shahdad.md", DOCS["md"], """
# Onboarding - Shahdad (wash atkay!)

Laptop setup:

1. VPN: WireGuard profile from Naseer
2. AWS CLI, temporary user `shahdad-tmp` until SSO is done:
   - Access key: `@@kid@@`
   - Secret: `@@secret@@`
3. kubectl context `harbour` (see ops/kube)

Yak hapta a pad AWS SSO a badal kan o e key delete kan.
""", secret=(_p := aws_pair())[1], kid=_p[0])

add("blind-lz/markdown/decoy-onboarding-sso", "ops/docs/onboarding-template.md", DOCS["md"], """
# Onboarding checklist (wash atkay!)

- [ ] WireGuard profile (ask ops)
- [ ] `aws configure sso` with start URL https://gwadarharbour.awsapps.com/start
- [ ] `vault login -method=oidc`
- [ ] Grafana account (SSO, no shared password)
- [ ] Read `runbooks/jahlag-alarm.md`

Kilit o password hech wahd chat a mah dé.
""")

add("blind-lz/markdown/incident-leaked-token", "ops/incidents/2026-10-17-bot-token.md", DOCS["md"], """
# Incident 2026-10-17: price bot posting spam

Timeline:
- 06:40 nirkh group a spam message atkant
- 06:55 found the token was committed in `bots/price_bot.py` (public fork)
- 07:10 new token created in BotFather; old one revoked

New token for the worker (move to Vault, Naseer):

    NIRKH_BOT_TOKEN=@@secret@@

Lesson: har token Vault a, repo a mah.
""", secret=telegram())

add("blind-lz/markdown/decoy-incident-revoked", "ops/incidents/2026-08-02-s3-key.md", DOCS["md"], """
# Incident 2026-08-02: S3 key in Slack

A key id `AKIA****************K7QZ` was pasted in #ops. Revoked within 20 minutes
(CloudTrail showed no use). Replacement issued to the photo uploader through
Secrets Manager (`prod/harbour/photos`).

Sabaq: screenshot o paste a pesar cheddar chark.
SHA-256 of the old secret (for the CloudTrail search): `@@h@@`
""", h=sha256())

add("blind-lz/yaml/netplan-wifi-password", "ops/netplan/50-packhouse-wifi.yaml", "https://netplan.readthedocs.io/en/stable/netplan-yaml/#properties-for-device-type-wifis", """
# Chitkan packhouse label printer PC (Wi-Fi only)
network:
  version: 2
  wifis:
    wlan0:
      dhcp4: true
      access-points:
        "PanjgurDates-Pack":
          password: "@@secret@@"
""", secret=words_pw())

add("blind-lz/yaml/decoy-openapi-security", "auction/docs/openapi.yaml", "https://spec.openapis.org/oas/v3.1.0#security-scheme-object", """
openapi: 3.1.0
info:
  title: Gwadar Auction API
  version: 2.11.0
components:
  securitySchemes:
    apiKey:
      type: apiKey
      in: header
      name: X-Api-Key
  schemas:
    Bid:
      type: object
      properties:
        lot_no: {type: string, example: GWD-2026-12-0031}
        amount_pkr: {type: integer, example: 198500}
security:
  - apiKey: []
""")

add("blind-lz/json/postman-env-token", "auction/postman/prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """
{
  "id": "@@id@@",
  "name": "Auction PROD",
  "values": [
    {"key": "baseUrl", "value": "https://bid.gwadarharbour.pk/api", "enabled": true},
    {"key": "apiKey", "value": "@@secret@@", "type": "secret", "enabled": true},
    {"key": "lotNo", "value": "GWD-2026-12-0031", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
""", secret="gwa_live_" + rand_pw(32), id=uuid_s())

add("blind-lz/json/decoy-postman-env-empty", "auction/postman/local.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """
{
  "id": "@@id@@",
  "name": "Auction LOCAL",
  "values": [
    {"key": "baseUrl", "value": "http://localhost:8000/api", "enabled": true},
    {"key": "apiKey", "value": "", "type": "secret", "enabled": true},
    {"key": "lotNo", "value": "TEST-0001", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
""", id=uuid_s())

add("blind-lz/json/vscode-sqltools-password", "export/.vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/connections/", """
{
  "editor.formatOnSave": true,
  "sqltools.connections": [
    {
      "name": "export_dw",
      "driver": "PostgreSQL",
      "server": "10.30.0.8",
      "port": 5432,
      "database": "export_dw",
      "username": "analyst",
      "password": "@@secret@@"
    }
  ]
}
""", secret=rand_pw(16))

add("blind-lz/json/decoy-vscode-ask-password", "auction/.vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/connections/", """
{
  "python.defaultInterpreterPath": ".venv/bin/python",
  "sqltools.connections": [
    {
      "name": "auction (local)",
      "driver": "PostgreSQL",
      "server": "localhost",
      "port": 5432,
      "database": "auction",
      "username": "auction",
      "askForPassword": true
    }
  ]
}
""")

add("blind-lz/python/smtp-login", "export/invoices/relay_fallback.py", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login", """
import smtplib
from email.message import EmailMessage

# SendGrid down bebit: office relay a kar kan
def send(msg: EmailMessage):
    with smtplib.SMTP("mail.panjgurdates.pk", 587) as s:
        s.starttls()
        s.login("invoices@panjgurdates.pk", "@@secret@@")
        s.send_message(msg)
""", secret=words_pw())

add("blind-lz/log/smtp-auth-plain", "export/logs/smtp-debug-2026-11-20.log", "https://www.rfc-editor.org/rfc/rfc4616", """
send: 'ehlo packhouse-pc\\r\\n'
reply: b'250-mail.panjgurdates.pk\\r\\n'
reply: b'250 AUTH PLAIN LOGIN\\r\\n'
send: 'AUTH PLAIN @@secret@@\\r\\n'
reply: b'235 2.7.0 Authentication successful\\r\\n'
send: 'mail FROM:<invoices@panjgurdates.pk>\\r\\n'
""", secret=b64("\0invoices@panjgurdates.pk\0" + words_pw()))

add("blind-lz/log/decoy-ci-masked", "export-erp/logs/ci-build-1187.log", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions#redacting-secrets", """
2026-12-04T10:01:12Z ##[group]Run ./mvnw -B deploy
2026-12-04T10:01:12Z env:
2026-12-04T10:01:12Z   NEXUS_USER: deploy
2026-12-04T10:01:12Z   NEXUS_PASSWORD: ***
2026-12-04T10:01:44Z [INFO] Uploading to harbour-nexus: dates-export-3.2.1.jar
2026-12-04T10:01:46Z [INFO] BUILD SUCCESS
""")

add("blind-lz/csv/decoy-checksums", "export/releases/SHA256SUMS.csv", DOCS["csv"], """
file,sha256,size_bytes
dates-export-3.2.0.jar,@@a@@,48211904
dates-export-3.2.1.jar,@@b@@,48233511
packhouse-erp-2026.11.tar.gz,@@c@@,9021344
bidder-2.3.0.apk,@@d@@,31877120
""", a=sha256(), b=sha256(), c=sha256(), d=sha256())

add("blind-lz/go/grpc-metadata-token", "harbour-gate/cmd/scale-bridge/main.go", "https://pkg.go.dev/google.golang.org/grpc/metadata", """
package main

import (
	"context"

	"google.golang.org/grpc/metadata"
)

// kanta -> gate service (boat weight at exit)
func withAuth(ctx context.Context) context.Context {
	return metadata.AppendToOutgoingContext(ctx, "authorization", "Bearer @@secret@@")
}
""", secret=jwt_like())

add("blind-lz/kotlin/decoy-keystore-lookup", "bidder-android/app/src/main/java/pk/gwadar/bidder/secure/Keys.kt", "https://developer.android.com/privacy-and-security/keystore", """
package pk.gwadar.bidder.secure

import java.security.KeyStore

// device key Android Keystore a ant; app a hech kilit nebeshtag nabit
object Keys {
    private const val ALIAS = "bidder-session"
    fun sessionKey() = KeyStore.getInstance("AndroidKeyStore").apply { load(null) }.getKey(ALIAS, null)
}
""")

add("blind-lz/csharp/twilio-token-const", "HarbourScale/Services/SmsNotifier.cs", "https://www.twilio.com/docs/libraries/csharp-dotnet", """
using Twilio;
using Twilio.Rest.Api.V2010.Account;

namespace HarbourScale.Services;

public static class SmsNotifier
{
    // kanta e parchi SMS (weight ticket) to boat nakhuda
    public static void Init() => TwilioClient.Init("@@sid@@", "@@secret@@");

    public static void Send(string to, string text) =>
        MessageResource.Create(to: new Twilio.Types.PhoneNumber(to), from: new Twilio.Types.PhoneNumber("+923001234567"), body: text);
}
""", secret=hexs(32), sid=twilio_sid())

add("blind-lz/ruby/decoy-rails-credentials-fetch", "wholesale-sync/config/initializers/shopify.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
# token credentials.yml.enc a ant (master.key CI secret a)
Rails.application.config.shopify = {
  shop: "panjgurdates-wholesale.myshopify.com",
  access_token: Rails.application.credentials.dig(:shopify, :access_token),
  api_version: "2024-07"
}
""")

add("blind-lz/ruby/sidekiq-redis-url", "wholesale-sync/config/initializers/sidekiq.rb", "https://github.com/sidekiq/sidekiq/wiki/Using-Redis", """
# inventory sync jobs (Dubai warehouse)
Sidekiq.configure_server do |config|
  config.redis = { url: "redis://:@@secret@@@10.30.0.12:6379/3" }
end

Sidekiq.configure_client do |config|
  config.redis = { url: "redis://:@@secret@@@10.30.0.12:6379/3" }
end
""", secret=redis_pw())

add("blind-lz/swift/decoy-keychain", "BidderiOS/Bidder/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Security

// bidder session token Keychain a ant
enum TokenStore {
    static func save(_ token: String) {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrAccount as String: "bidder-session",
                                kSecValueData as String: Data(token.utf8)]
        SecItemDelete(q as CFDictionary)
        SecItemAdd(q as CFDictionary, nil)
    }
}
""")

add("blind-lz/swift/pusher-secret", "BidderiOS/Scripts/trigger_lot.swift", "https://pusher.com/docs/channels/library_auth_reference/rest-api/", """
#!/usr/bin/env swift
import Foundation

// test script: live boli board a event rawan kan
let appId = "1839204"
let key = "@@key@@"
let secret = "@@secret@@"
let body = #"{"name":"lot-opened","channels":["jetty-2"],"data":"{\\"lot\\":\\"GWD-2026-12-0031\\"}"}"#
print("signing with", appId, key, secret.count, body.count)
""", secret=hexs(20), key=hexs(20))

# ---------------------------------------------------------------- last carriers
_dcj = '{"auths":{"registry.gwadarharbour.pk":{"username":"k8s-pull","password":"@@P@@"}}}'
_pull_pw = rand_pw(24)
add("blind-lz/k8s/dockerconfigjson", "deploy/k8s/registry-pull-secret.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """
apiVersion: v1
kind: Secret
metadata:
  name: harbour-registry
  namespace: harbour
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@b@@
""", secret=_pull_pw, b=b64(_dcj.replace("@@P@@", _pull_pw)))

_rsa = pem("RSA")
add("blind-lz/ansible/inline-private-key", "ops/ansible/host_vars/pasni-sync.yml", DOCS["ansible"], """
---
# Pasni office sync box - deploy key for rsync pull
sync_user: sync
sync_deploy_key: |
@@block@@
sync_paths:
  - /data/gwadar
""", secret=_rsa, block="\n".join("  " + line for line in _rsa.splitlines()))

add("blind-lz/pem/rsa-key-file", "export/keys/fbr_pos_client.key", "https://www.rfc-editor.org/rfc/rfc7468", """
@@secret@@
""", secret=pem("RSA"))

add("blind-lz/pem/decoy-certificate", "export/keys/fbr_pos_client.crt", "https://www.rfc-editor.org/rfc/rfc7468#section-5", """
-----BEGIN CERTIFICATE-----
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
-----END CERTIFICATE-----
""", l1="MIID" + b64s(60), l2=b64s(64), l3=b64s(64), l4=b64s(64), l5=b64s(40) + "==")

_p8 = pem("")
add("blind-lz/env/escaped-private-key", "export/sync/.env", DOCS["env"], """
# Google Sheets sync (harvest sheet)
GOOGLE_CLIENT_EMAIL=sheets-sync@panjgur-dates-export.iam.gserviceaccount.com
GOOGLE_PRIVATE_KEY="@@k@@"
SHEET_ID=1pQx7Hn0Kc_harvest2026_PJG
SYNC_EVERY_MIN=30
""", secret=_p8.splitlines()[2], k=_p8.replace("\n", "\\n"))

add("blind-lz/java/jdbc-url-password", "landing-stream/src/main/java/pk/gwadar/stream/Sink.java", "https://jdbc.postgresql.org/documentation/use/#connection-parameters", """
package pk.gwadar.stream;

import java.sql.Connection;
import java.sql.DriverManager;

public final class Sink {
    // landings topic -> auction DB (har bojig e landing)
    private static final String URL =
        "jdbc:postgresql://10.20.1.15:5432/auction?user=stream&password=@@secret@@&sslmode=disable";

    public static Connection open() throws Exception {
        return DriverManager.getConnection(URL);
    }
}
""", secret=rand_pw(18))

add("blind-lz/kotlin/slack-webhook", "landing-stream/src/main/kotlin/pk/gwadar/stream/Alerts.kt", "https://api.slack.com/messaging/webhooks", """
package pk.gwadar.stream

import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest

// stream lag > 5 min bebit, Slack a habar
private const val WEBHOOK = "@@secret@@"

fun alertLag(minutes: Int) {
    val req = HttpRequest.newBuilder(URI.create(WEBHOOK))
        .POST(HttpRequest.BodyPublishers.ofString("{\\"text\\":\\"landing-stream lag $minutes min\\"}"))
        .build()
    HttpClient.newHttpClient().send(req, java.net.http.HttpResponse.BodyHandlers.discarding())
}
""", secret=slack_hook())

add("blind-lz/csharp/discord-webhook", "HarbourScale/Services/DiscordLog.cs", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """
using System.Net.Http.Json;

namespace HarbourScale.Services;

public class DiscordLog
{
    private static readonly HttpClient Http = new();
    private const string Hook = "@@secret@@";

    // kanta e error (scale offline) Discord a
    public static Task Error(string msg) => Http.PostAsJsonAsync(Hook, new { content = $"[kanta] {msg}" });
}
""", secret=discord_hook())

add("blind-lz/history/mysql-p-password", "ops/notes/gulzar_bash_history.txt", DOCS["hist"], """
ssh erp@10.30.0.5
sudo systemctl status php8.2-fpm
mysql -u erp -p@@secret@@ packhouse -e "select count(*) from cartons where packed_on = curdate()"
tail -n 100 /var/www/erp/storage/logs/laravel.log
df -h
exit
""", secret=rand_pw(14))

add("blind-lz/shell/docker-run-env", "coldstore/scripts/run_influx.sh", "https://docs.docker.com/reference/cli/docker/container/run/#env", """
#!/usr/bin/env bash
# InfluxDB (jahlag readings) - Jetty 3 server
docker run -d --name influx --restart unless-stopped \\
  -p 8086:8086 -v /srv/influx:/var/lib/influxdb2 \\
  -e DOCKER_INFLUXDB_INIT_MODE=setup \\
  -e DOCKER_INFLUXDB_INIT_USERNAME=admin \\
  -e DOCKER_INFLUXDB_INIT_PASSWORD=@@secret@@ \\
  -e DOCKER_INFLUXDB_INIT_ORG=gwadar-harbour \\
  -e DOCKER_INFLUXDB_INIT_BUCKET=coldstore \\
  influxdb:2.7
""", secret=words_pw().replace("$", "!"))

add("blind-lz/sql/sqlserver-create-login", "HarbourScale/db/create_login.sql", "https://learn.microsoft.com/en-us/sql/t-sql/statements/create-login-transact-sql", """
-- kanta service login (Jetty 2)
USE [master];
GO
CREATE LOGIN [scale_svc] WITH PASSWORD = N'@@secret@@', CHECK_POLICY = ON;
GO
USE [Weighbridge];
CREATE USER [scale_svc] FOR LOGIN [scale_svc];
ALTER ROLE db_datawriter ADD MEMBER [scale_svc];
GO
""", secret=words_pw().replace("'", "!"))

add("blind-lz/xml/log4net-smtp-password", "HarbourScale.Legacy/log4net.config", "https://logging.apache.org/log4net/release/config-examples.html#smtpappender", """
<log4net>
  <appender name="Mail" type="log4net.Appender.SmtpAppender">
    <to value="ops@gwadarharbour.pk" />
    <from value="scale@gwadarharbour.pk" />
    <subject value="Kanta error" />
    <smtpHost value="smtp.office365.com" />
    <port value="587" />
    <authentication value="Basic" />
    <username value="scale@gwadarharbour.pk" />
    <password value="@@secret@@" />
    <EnableSsl value="true" />
  </appender>
</log4net>
""", secret=words_pw())

add("blind-lz/ipynb/openai-key-cell", "export/catalog-ai/descriptions.ipynb", DOCS["ipynb"], """
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Listing text for Begum Jangi (Kech)"]},
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
   "source": ["from openai import OpenAI\\n",
              "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
              "r = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': 'Describe Begum Jangi dates from Kech in 60 words'}])\\n",
              "print(r.choices[0].message.content)"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=openai())

add("blind-lz/html/url-credentials-link", "ops/dashboards/index.html", DOCS["html"], """
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Harbour ops links</title></head>
<body>
  <h2>Ops links (jetty office PC)</h2>
  <ul>
    <li><a href="https://grafana.harbour.lan/d/coldstore">Jahlag (cold store)</a></li>
    <li><a href="http://admin:@@secret@@@10.20.4.2:18083/">MQTT broker dashboard</a></li>
    <li><a href="https://bid.gwadarharbour.pk/admin/">Auction admin</a></li>
  </ul>
</body>
</html>
""", secret=rand_pw(14))

add("blind-lz/rst/stripe-test-vs-live", "webshop/docs/payments.rst", DOCS["rst"], """
Payments
========

Card payments for retail boxes go through Stripe. The webhook endpoint is
``/api/stripe/webhook``; its signing secret is:

.. code-block:: text

   STRIPE_WEBHOOK_SECRET=@@secret@@

Test mode keys live in ``.env.local`` only.
""", secret="whsec_" + rand_pw(32))

add("blind-lz/powershell/openai-env", "export-office/Make-Labels.ps1", DOCS["ps"], """
# carton label text (Arabic) - Dubai shipment
$env:OPENAI_API_KEY = "@@secret@@"
$items = Import-Csv .\\shipment-2026-12.csv
foreach ($i in $items) {
  python .\\label_text.py --variety $i.variety --kg $i.kg --lang ar | Out-File -Append labels.txt
}
""", secret=openai())

add("blind-lz/ini/mailgun-ini", "export/invoices/mailgun.ini", DOCS["ini"], """
[mailgun]
domain = mg.panjgurdates.pk
api_key = @@secret@@
region = eu

[defaults]
from = Panjgur Dates Exports <exports@panjgurdates.pk>
""", secret=mailgun())

add("blind-lz/helm/aws-in-values", "deploy/helm/photos-uploader/values.yaml", DOCS["helm"], """
image:
  repository: registry.gwadarharbour.pk/photos-uploader
  tag: 1.2.0
env:
  AWS_REGION: me-central-1
  AWS_ACCESS_KEY_ID: @@kid@@
  AWS_SECRET_ACCESS_KEY: @@secret@@
  BUCKET: gwadar-landing-photos
""", secret=(_p := aws_pair())[1], kid=_p[0])

add("blind-lz/go/decoy-example-const", "harbour-gate/internal/qr/example_test.go", "https://go.dev/blog/examples", """
package qr_test

import "fmt"

// Example uses the documented sample key; production keys come from GATE_HMAC_KEY.
func ExampleSign() {
	key := []byte("example-key-do-not-use")
	fmt.Println(len(key))
	// Output: 22
}
""")

assert _SEED[0] <= SEED_END
