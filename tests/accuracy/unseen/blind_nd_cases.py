"""Blind set ND: a Cree-language northern Manitoba bush-plane charter (floatplanes out of Thompson,
Lynn Lake and Norway House) and a wild-rice (manomin) harvesting co-operative on the lakes.

Booking sites, dispatch and flight-following apps, fuel logs, weather pulls, payment and payroll
jobs, the co-op's grading and sales ledgers, their configs, notes and runbooks (comments partly in
Cree), and their decoys. Generated fakes only (seeds 7840000-7849999).
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
_SEED = [7840000]


def _seed() -> int:
    _SEED[0] += 11
    assert 7840000 <= _SEED[0] < 7850000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Sakahikan", "Pimihakan", "Nipiy", "Wapan", "Mistik", "Kisik", "Askiy", "Mahihkan", "Wapos", "Sisip",
         "Amisk", "Mikisiw", "Piyesis", "Kinosew", "Atim", "Nikik"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def pw(n: int = 20) -> str:
    return fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def slack_hook() -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + fakes.drawn(_seed(), 8, up) + "/B"
            + fakes.drawn(_seed(), 10, up) + "/" + fakes.drawn_mixed(_seed(), 24))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + fakes.drawn_mixed(_seed(), 24)


def discord_hook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + fakes.drawn(_seed(), 68, ALNUM + "_-")


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def ghp() -> str:
    return fakes.github_token(_seed())


def glpat() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_tok() -> str:
    return fakes.fake("npm_", 36, _seed())


def akid() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def mailgun() -> str:
    return "key-" + hexs(32)


def openai() -> str:
    return fakes.openai_key(_seed())


def square_tok() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def telegram() -> str:
    return fakes.telegram_token(_seed())


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def jwt_like() -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(('{"sub":"dispatch-' + str(_seed()) + '","role":"service"}').encode()).decode().rstrip("=")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "_-")


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields.setdefault("secret", secret)
    for name, value in fields.items():
        text = text.replace("@@" + name + "@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


ENV = "https://hexdocs.pm/dotenvy/dotenv-file-format.html"
K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
COMPOSE = "https://docs.docker.com/compose/compose-file/"
PYDOC = "https://docs.python.org/3/library/configparser.html"
GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
TF = "https://developer.hashicorp.com/terraform/language"
MD = "https://commonmark.org/help/"
ANS = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_intro.html"
SPRING = "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html"
PG = "https://www.postgresql.org/docs/current/libpq-connect.html"
STRIPE = "https://stripe.com/docs/keys"
SLACK = "https://api.slack.com/messaging/webhooks"
AWS = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"

# ---------------------------------------------------------------- secrets: .env files

add("blind-nd/dotenv/database-password", ".env.charter", ENV, """# Kisik Air charters - Thompson base
# tanisi! copy to .env.local on the dispatch laptop, do not email this file
APP_ENV=production
DB_HOST=pg-dispatch.kisikair.internal
DB_USER=dispatch_app
DB_PASSWORD=@@secret@@
DB_NAME=charters
""", words_pw())

add("blind-nd/dotenv/stripe-secret", "booking/.env.production", STRIPE, """NODE_ENV=production
PUBLIC_URL=https://book.kisikair.ca
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
# pimihakan seats: 4 on the Beaver, 9 on the Otter
SEAT_HOLD_MINUTES=20
""", stripe(), pk=stripe("pk_live_"))

add("blind-nd/dotenv/sendgrid", "coop-site/.env", ENV, """# Manomin co-op website (Pukatawagan / Granville Lake harvesters)
SITE_NAME="Wild Rice Co-op"
MAIL_FROM=orders@manomin-coop.ca
SENDGRID_API_KEY=@@secret@@
ORDER_NOTIFY=board@manomin-coop.ca
""", sendgrid())

add("blind-nd/dotenv/twilio-token", "dispatch/.env.sms", ENV, """# SMS to pilots when the float dock weather changes
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+12045550143
PILOT_GROUP=thompson-line
""", hexs(32), sid=twilio_sid())

add("blind-nd/dotenv/aws-secret", "ops/.env.backup", AWS, """# nightly backup of the fuel ledger to S3 (ca-central-1)
AWS_REGION=ca-central-1
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@secret@@
BACKUP_BUCKET=kisikair-fuel-ledger
""", aws_secret(), kid=akid())

add("blind-nd/dotenv/openai", "translate/.env", ENV, """# Cree <-> English draft translation helper for the passenger notices
# nehiyawewin syllabics first, roman orthography second
OPENAI_API_KEY=@@secret@@
MODEL=gpt-4o-mini
MAX_TOKENS=800
""", openai())

add("blind-nd/dotenv/redis-url", "tracker/.env", ENV, """# flight-following tracker
PORT=8088
REDIS_URL=redis://:@@secret@@@cache.kisikair.internal:6379/2
POSITION_TTL=900
LOG_LEVEL=info
""", fakes.redis_password(_seed()))

add("blind-nd/dotenv/mailgun", "coop-newsletter/.env", ENV, """MAILGUN_DOMAIN=mg.manomin-coop.ca
MAILGUN_API_KEY=@@secret@@
# ekosi - harvest newsletter goes out every Friday in September
LIST=harvesters@mg.manomin-coop.ca
SEND_HOUR=17
""", mailgun())

# ---------------------------------------------------------------- decoys: .env files

add("blind-nd/dotenv/decoy-placeholder", ".env.example", ENV, """# Kisik Air dispatch - example settings. Copy to .env and fill in.
DB_HOST=localhost
DB_USER=dispatch_app
DB_PASSWORD=<ask-the-ops-lead>
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=
""")

add("blind-nd/dotenv/decoy-env-reference", "coop-site/.env.docker", ENV, """# values come from the host; nothing is stored here
SENDGRID_API_KEY=${SENDGRID_API_KEY}
DB_PASSWORD=${COOP_DB_PASSWORD:?set COOP_DB_PASSWORD}
MAIL_FROM=orders@manomin-coop.ca
SITE_NAME="Wild Rice Co-op"
""")

add("blind-nd/dotenv/decoy-publishable", "booking/.env.public", STRIPE, """# only public values - safe for the static build
VITE_STRIPE_PUBLISHABLE_KEY=@@pk@@
VITE_MAPBOX_STYLE=mapbox://styles/kisikair/cl0floatbase
VITE_BASE_URL=https://book.kisikair.ca
VITE_SEATS_BEAVER=4
""", pk=stripe("pk_live_"))

add("blind-nd/dotenv/decoy-masked", "ops/env-dump-redacted.txt", ENV, """# output of `printenv | redact` on dispatch-02, kept for the incident note
AWS_ACCESS_KEY_ID=AKIA****************
AWS_SECRET_ACCESS_KEY=****************************************
DB_PASSWORD=[REDACTED]
TWILIO_AUTH_TOKEN=********
""")

# ---------------------------------------------------------------- secrets: python

add("blind-nd/python/database-dsn", "dispatch/db.py", PG, """\"\"\"Connection to the dispatch database (charters, manifests, float-dock slots).\"\"\"
import psycopg2

# kiyam - move this to the vault once Norway House has network again
DSN = "postgresql://dispatch_app:@@secret@@@pg-dispatch.kisikair.internal:5432/charters"


def connect():
    return psycopg2.connect(DSN)
""", words_pw())

add("blind-nd/python/slack-webhook", "dispatch/notify.py", SLACK, """import json
import urllib.request

# posts to #float-dock when a charter is delayed by weather (kimiwan - rain)
WEBHOOK = "@@secret@@"


def post(text: str) -> None:
    body = json.dumps({"text": text}).encode()
    urllib.request.urlopen(urllib.request.Request(WEBHOOK, body, {"Content-Type": "application/json"}))
""", slack_hook())

add("blind-nd/python/stripe-call", "coop/sales/charge.py", STRIPE, """import stripe

# manomin sales - 1 lb and 5 lb bags, shipped from The Pas
stripe.api_key = "@@secret@@"


def charge(order):
    return stripe.PaymentIntent.create(amount=order.cents, currency="cad", description=order.sku)
""", stripe())

add("blind-nd/python/split-password", "coop/grading/export.py", PYDOC, """import pymssql

# grading scale export for the buyer in Winnipeg
conn = pymssql.connect(
    server="sql.manomin-coop.ca",
    user="grader",
    password=("@@a@@"
              "@@b@@"),
    database="harvest",
)
""", (_p := words_pw() + pw(6)), a=_p[:9], b=_p[9:])

add("blind-nd/python/github-token", "tools/release_notes.py", "https://docs.github.com/en/rest/authentication", """import requests

# release notes for the pilot app - pulls merged PRs
GH_TOKEN = "@@secret@@"
HEADERS = {"Authorization": f"token {GH_TOKEN}", "Accept": "application/vnd.github+json"}

resp = requests.get("https://api.github.com/repos/kisikair/pilot-app/pulls?state=closed", headers=HEADERS)
print(len(resp.json()))
""", ghp())

add("blind-nd/python/telegram", "coop/bots/price_bot.py", "https://core.telegram.org/bots/api", """from telegram.ext import Application, CommandHandler

# tanisi - the bot answers /price with today's green-rice price per pound
TOKEN = "@@secret@@"

app = Application.builder().token(TOKEN).build()
app.add_handler(CommandHandler("price", lambda u, c: u.message.reply_text("Green rice: $3.10/lb")))
app.run_polling()
""", telegram())

add("blind-nd/python/basic-auth-header", "weather/pull_metar.py", "https://datatracker.ietf.org/doc/html/rfc7617", """import requests

# METAR/TAF for CYTH, CYYL, CYNE - the weather vendor wants basic auth
AUTH = "Basic @@secret@@"

r = requests.get("https://wx.northernflightdata.ca/api/metar?ids=CYTH,CYYL,CYNE", headers={"Authorization": AUTH})
print(r.text)
""", b64("kisikair:" + words_pw()))

add("blind-nd/python/django-secret", "coop/portal/settings.py", "https://docs.djangoproject.com/en/stable/ref/settings/#secret-key", """from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "@@secret@@"
DEBUG = False
ALLOWED_HOSTS = ["portal.manomin-coop.ca"]
LANGUAGE_CODE = "en-ca"  # cr (nehiyawewin) strings in locale/cr/
""", fakes.django_secret_key(_seed()))

add("blind-nd/python/sendgrid-call", "coop/mail/receipts.py", "https://docs.sendgrid.com/for-developers/sending-email/v3-python-code-example", """from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("@@secret@@")


def receipt(to, kg):
    sg.send(Mail("orders@manomin-coop.ca", to, "Kinanaskomitin - your rice receipt", f"{kg} kg finished rice"))
""", sendgrid())

# ---------------------------------------------------------------- decoys: python

add("blind-nd/python/decoy-env-reference", "dispatch/settings.py", PYDOC, """import os

# every secret is read from the environment (systemd EnvironmentFile on the dispatch box)
DB_PASSWORD = os.environ["DB_PASSWORD"]
STRIPE_SECRET_KEY = os.getenv("STRIPE_SECRET_KEY", "")
SLACK_WEBHOOK = os.environ.get("SLACK_WEBHOOK_URL")
TWILIO_AUTH_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN", "changeme")
""")

add("blind-nd/python/decoy-test-fixture", "tests/test_booking.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """import pytest

# fake values for the unit tests only - stripe-mock accepts any sk_test_ key
FAKE_STRIPE_KEY = "sk_test_FAKEfakeFAKEfakeFAKE0000"
FAKE_PASSWORD = "not-a-real-password"


@pytest.fixture
def client(monkeypatch):
    monkeypatch.setenv("STRIPE_SECRET_KEY", FAKE_STRIPE_KEY)
    monkeypatch.setenv("DB_PASSWORD", FAKE_PASSWORD)
""")

add("blind-nd/python/decoy-hash", "coop/members/verify.py", "https://docs.python.org/3/library/hashlib.html", """import hashlib

# sha-256 of the harvester PIN list, checked before import (not the PINs)
EXPECTED_SHA256 = "@@h@@"


def ok(data: bytes) -> bool:
    return hashlib.sha256(data).hexdigest() == EXPECTED_SHA256
""", h=hexs(64))

add("blind-nd/python/decoy-secret-manager", "dispatch/secrets.py", "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_cache-python.html", """import boto3

_sm = boto3.client("secretsmanager", region_name="ca-central-1")
SECRET_ID = "arn:aws:secretsmanager:ca-central-1:418273650912:secret:kisikair/dispatch/db-Xr2k9q"


def db_password() -> str:
    return _sm.get_secret_value(SecretId=SECRET_ID)["SecretString"]
""")

add("blind-nd/python/decoy-uuid-ids", "coop/lakes.py", PYDOC, """# harvest lakes and the co-op's id for each (ids, not keys)
LAKES = {
    "Granville Lake": "@@a@@",
    "Southern Indian Lake": "@@b@@",
    "Nelson House (Nisichawayasihk)": "@@c@@",
}
""", a=uuid_s(), b=uuid_s(), c=uuid_s())

# ---------------------------------------------------------------- secrets: kubernetes, helm, compose

add("blind-nd/k8s-secret/database-password", "deploy/k8s/dispatch-db-secret.yaml", K8S, """apiVersion: v1
kind: Secret
metadata:
  name: dispatch-db
  namespace: kisikair
type: Opaque
data:
  username: @@u@@
  password: @@enc@@
""", (_p := pw(22)), u=b64("dispatch_app"), enc=b64(_p))

add("blind-nd/k8s-secret/stripe-stringdata", "deploy/k8s/booking-secret.yaml", K8S, """apiVersion: v1
kind: Secret
metadata:
  name: booking-payments
  labels:
    app: booking
stringData:
  STRIPE_SECRET_KEY: "@@secret@@"
""", stripe())

add("blind-nd/k8s-secret/dockerconfig", "deploy/k8s/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: coop
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", (_p := glpat()), enc=b64('{"auths":{"registry.gitlab.com":{"username":"manomin-deploy","password":"' + _p + '"}}}'))

add("blind-nd/k8s/env-literal", "deploy/k8s/tracker-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: tracker
spec:
  replicas: 1
  selector:
    matchLabels: {app: tracker}
  template:
    metadata:
      labels: {app: tracker}
    spec:
      containers:
        - name: tracker
          image: registry.kisikair.ca/tracker:2.4.1
          env:
            - name: REDIS_PASSWORD
              value: "@@secret@@"
            - name: POSITION_TTL
              value: "900"
""", fakes.redis_password(_seed()))

add("blind-nd/helm/values-password", "charts/coop-portal/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """# manomin co-op portal - prod values
image:
  repository: registry.gitlab.com/manomin-coop/portal
  tag: "1.9.0"
postgresql:
  auth:
    username: portal
    password: "@@secret@@"
    database: harvest
ingress:
  host: portal.manomin-coop.ca
""", words_pw())

add("blind-nd/compose/env-password", "docker-compose.yml", COMPOSE, """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: charters
      POSTGRES_PASSWORD: "@@secret@@"
    volumes:
      - pgdata:/var/lib/postgresql/data
  dispatch:
    build: ./dispatch
    depends_on: [db]
volumes:
  pgdata: {}
""", pw(18))

add("blind-nd/compose/command-arg", "coop/docker-compose.cache.yml", COMPOSE, """services:
  cache:
    image: redis:7-alpine
    # nipiy levels cache for the harvest map
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
    ports:
      - "6379:6379"
""", fakes.redis_password(_seed()))

add("blind-nd/gha/inline-token", ".github/workflows/publish-app.yml", GHA, """name: publish pilot app
on:
  push:
    tags: ["v*"]
jobs:
  npm:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: {node-version: 20, registry-url: "https://registry.npmjs.org"}
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: @@secret@@
""", npm_tok())

add("blind-nd/gitlab-ci/variable", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/", """stages: [test, deploy]
variables:
  DEPLOY_HOST: portal.manomin-coop.ca
  SENTRY_AUTH_TOKEN: "@@secret@@"
test:
  stage: test
  script: [pytest -q]
deploy:
  stage: deploy
  script: [./deploy.sh]
""", "sntrys_" + fakes.drawn_mixed(_seed(), 60))

add("blind-nd/ansible/vars-password", "ansible/group_vars/floatbase.yml", ANS, """# floatbase hosts: Thompson (CYTH), Lynn Lake (CYYL), Norway House (CYNE)
ntp_server: time.nrc.ca
dispatch_user: dispatch
dispatch_db_password: "@@secret@@"
fuel_log_dir: /srv/fuel
backup_hour: 3
""", words_pw())

add("blind-nd/spring/yaml-password", "flightlog/src/main/resources/application-prod.yml", SPRING, """spring:
  datasource:
    url: jdbc:postgresql://pg-dispatch.kisikair.internal:5432/flightlog
    username: flightlog
    password: @@secret@@
  jpa:
    open-in-view: false
server:
  port: 8091
""", pw(16))

add("blind-nd/yaml/slack-webhook", "alerting/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """route:
  receiver: float-dock
  group_wait: 30s
receivers:
  - name: float-dock
    slack_configs:
      - api_url: @@secret@@
        channel: "#float-dock"
        title: "{{ .CommonLabels.alertname }}"
""", slack_hook())

add("blind-nd/yaml/discord-webhook", "coop/harvest-bot/config.yaml", "https://discord.com/developers/docs/resources/webhook", """# harvest bot - posts lake-by-lake tallies to the co-op discord
lakes: [granville, southern-indian, kississing]
post_at: "18:30"
discord:
  webhook: "@@secret@@"
  username: manomin-tally
""", discord_hook())

# ---------------------------------------------------------------- decoys: kubernetes, helm, compose, CI

add("blind-nd/k8s/decoy-secret-ref", "deploy/k8s/dispatch-deployment.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: dispatch
spec:
  template:
    spec:
      containers:
        - name: dispatch
          image: registry.kisikair.ca/dispatch:3.1.0
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: dispatch-db, key: password}
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: booking-payments, key: STRIPE_SECRET_KEY}
""")

add("blind-nd/k8s-secret/decoy-empty", "deploy/k8s/secret-template.yaml", K8S, """# template - the pipeline fills data from Vault (vault-k8s injector); keep empty here
apiVersion: v1
kind: Secret
metadata:
  name: coop-portal
type: Opaque
data:
  DB_PASSWORD: ""
  SENDGRID_API_KEY: ""
""")

add("blind-nd/k8s/decoy-sealed", "deploy/k8s/sealed-booking.yaml", "https://github.com/bitnami-labs/sealed-secrets", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: booking-payments
  namespace: kisikair
spec:
  encryptedData:
    STRIPE_SECRET_KEY: @@c@@
""", c="AgB" + fakes.drawn(_seed(), 340, ALNUM + "+/") + "==")

add("blind-nd/helm/decoy-template-ref", "charts/coop-portal/values.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """# defaults; prod passwords come from --set or the external secret
postgresql:
  auth:
    username: portal
    password: ""          # set with --set postgresql.auth.password=... in the pipeline
    existingSecret: coop-portal-db
sendgrid:
  apiKeyFrom: {secretName: coop-mail, key: api-key}
""")

add("blind-nd/compose/decoy-env-file", "compose.prod.yml", COMPOSE, """services:
  db:
    image: postgres:16
    env_file: ./secrets/db.env   # not in git
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
""")

add("blind-nd/gha/decoy-secrets-context", ".github/workflows/deploy.yml", GHA, """name: deploy booking
on: {push: {branches: [main]}}
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
          aws-region: ca-central-1
      - run: ./scripts/deploy.sh
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
""")

add("blind-nd/ansible/decoy-vault-encrypted", "ansible/group_vars/coop/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", """$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(64))

add("blind-nd/ansible/decoy-vault-lookup", "ansible/roles/dispatch/tasks/main.yml", ANS, """- name: write dispatch env file
  ansible.builtin.template:
    src: dispatch.env.j2
    dest: /etc/kisikair/dispatch.env
    mode: "0600"
  vars:
    db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/dispatch:db_password') }}"
""")

add("blind-nd/yaml/decoy-redacted-log-config", "alerting/alertmanager.example.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """route:
  receiver: float-dock
receivers:
  - name: float-dock
    slack_configs:
      # real URL lives in /etc/alertmanager/slack_url (api_url_file)
      - api_url_file: /etc/alertmanager/slack_url
        channel: "#float-dock"
""")

# ---------------------------------------------------------------- secrets: JS / TS

NODE = "https://nodejs.org/api/"

add("blind-nd/javascript/stripe-require", "booking/server/payments.js", STRIPE, """// seat deposits for charters out of Thompson
const stripe = require('stripe')('@@secret@@');

async function deposit(booking) {
  return stripe.paymentIntents.create({ amount: booking.depositCents, currency: 'cad' });
}
module.exports = { deposit };
""", stripe())

add("blind-nd/javascript/mongo-uri", "coop/api/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", """const { MongoClient } = require('mongodb');

// harvester tallies per lake per day (kisikaw)
const uri = 'mongodb+srv://tally:@@secret@@@coop-cluster.x7k2p.mongodb.net/harvest?retryWrites=true';
const client = new MongoClient(uri);
module.exports = client;
""", pw(16))

add("blind-nd/typescript/google-maps", "booking/src/map/config.ts", "https://developers.google.com/maps/documentation/javascript/get-api-key", """// server-side geocoding of remote lake camps - NOT the browser key
export const GEOCODE_SERVER_KEY = '@@secret@@';
export const DEFAULT_CENTER = { lat: 55.7433, lng: -97.8553 }; // Thompson
export const ZOOM = 7;
export const LAKES_LAYER = 'lakes-nmb';
""", google_key())

add("blind-nd/typescript/jwt-signing", "dispatch-api/src/auth.ts", "https://github.com/auth0/node-jsonwebtoken", """import jwt from 'jsonwebtoken';

// tokens for the pilot tablets (offline for days at the outposts)
const SIGNING_SECRET = '@@secret@@';

export function issue(pilotId: string): string {
  return jwt.sign({ sub: pilotId }, SIGNING_SECRET, { expiresIn: '7d' });
}
""", pw(40))

add("blind-nd/javascript/axios-header", "coop/scripts/sync-buyers.js", NODE, """const axios = require('axios');

// sync buyer orders from the wholesaler portal - ekosi
axios.get('https://api.northernfoods-wholesale.ca/v2/orders', {
  headers: { 'X-Api-Key': '@@secret@@' },
}).then(r => console.log(r.data.length, 'orders'));
""", fakes.drawn_mixed(_seed(), 32))

add("blind-nd/npmrc/github-token", "booking/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """registry=https://registry.npmjs.org/
@kisikair:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", ghp())

add("blind-nd/typescript/decoy-publishable", "booking/src/stripe.ts", STRIPE, """import { loadStripe } from '@stripe/stripe-js';

// publishable key: meant for the browser
export const stripePromise = loadStripe('@@pk@@');
export const CURRENCY = 'cad';
""", pk=stripe("pk_live_"))

add("blind-nd/javascript/decoy-process-env", "coop/api/config.js", NODE, """// nothing secret in here - all from process.env (see README, section "Secrets")
module.exports = {
  mongoUri: process.env.MONGO_URI,
  sendgridKey: process.env.SENDGRID_API_KEY || '',
  sessionSecret: process.env.SESSION_SECRET ?? 'dev-only-change-me',
  port: Number(process.env.PORT || 3000),
};
""")

add("blind-nd/javascript/decoy-jest-fake", "booking/server/__tests__/payments.test.js", "https://jestjs.io/docs/mock-functions", """jest.mock('stripe', () => () => ({ paymentIntents: { create: jest.fn() } }));

// dummy key, the module is mocked above
process.env.STRIPE_SECRET_KEY = 'sk_test_dummy';
const { deposit } = require('../payments');

test('deposit', async () => { await deposit({ depositCents: 25000 }); });
""")

# ---------------------------------------------------------------- secrets: Go, Java, Kotlin, C#

add("blind-nd/go/dsn-const", "tracker/internal/store/store.go", "https://pkg.go.dev/database/sql", """package store

import "database/sql"

// positions from the Spidertracks feed, one row per ping
const dsn = "host=pg-dispatch.kisikair.internal user=tracker password=@@secret@@ dbname=positions sslmode=require"

func Open() (*sql.DB, error) { return sql.Open("postgres", dsn) }
""", pw(20))

add("blind-nd/go/aws-static", "tracker/cmd/archive/main.go", "https://aws.github.io/aws-sdk-go-v2/docs/configuring-sdk/", """package main

import "github.com/aws/aws-sdk-go-v2/credentials"

// archive old track logs to S3 - TODO: use the instance role
var creds = credentials.NewStaticCredentialsProvider(
	"@@kid@@",
	"@@secret@@",
	"")
""", aws_secret(), kid=akid())

add("blind-nd/java/properties-password", "flightlog/src/main/resources/application.properties", SPRING, """server.port=8091
spring.datasource.url=jdbc:postgresql://pg-dispatch.kisikair.internal:5432/flightlog
spring.datasource.username=flightlog
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
""", words_pw())

add("blind-nd/java/mail-auth", "flightlog/src/main/java/ca/kisikair/mail/Mailer.java", "https://jakarta.ee/specifications/mail/", """package ca.kisikair.mail;

import jakarta.mail.*;

public class Mailer {
    // manifests emailed to Transport Canada inspector on request
    static final String SMTP_USER = "manifests@kisikair.ca";
    static final String SMTP_PASS = "@@secret@@";

    Session session() {
        return Session.getInstance(System.getProperties(), new Authenticator() {
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(SMTP_USER, SMTP_PASS);
            }
        });
    }
}
""", words_pw())

add("blind-nd/kotlin/api-key", "pilot-app/app/src/main/java/ca/kisikair/pilot/Weather.kt", "https://kotlinlang.org/docs/properties.html", """package ca.kisikair.pilot

// pilot tablet weather tile - wapan (dawn) briefing
object Weather {
    const val BASE = "https://api.openweathermap.org/data/3.0/onecall"
    const val KEY = "@@secret@@"
    fun url(lat: Double, lon: Double) = "$BASE?lat=$lat&lon=$lon&appid=$KEY"
}
""", hexs(32))

add("blind-nd/csharp/connection-string", "CoopLedger/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """{
  "ConnectionStrings": {
    "Harvest": "Server=sql.manomin-coop.ca;Database=harvest;User Id=ledger;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "AllowedHosts": "*"
}
""", words_pw())

add("blind-nd/csharp/code-key", "CoopLedger/Services/SquarePos.cs", "https://developer.squareup.com/docs/build-basics/access-tokens", """using Square;

namespace CoopLedger.Services;

// rice sold at the Opaskwayak market table
public static class SquarePos
{
    public static SquareClient Client() => new SquareClient.Builder()
        .Environment(Square.Environment.Production)
        .AccessToken("@@secret@@")
        .Build();
}
""", square_tok())

add("blind-nd/go/decoy-env", "tracker/internal/config/config.go", "https://pkg.go.dev/os#Getenv", """package config

import "os"

// Config holds settings read at start; secrets never live in code.
type Config struct{ DSN, RedisPassword string }

func Load() Config {
	return Config{DSN: os.Getenv("TRACKER_DSN"), RedisPassword: os.Getenv("REDIS_PASSWORD")}
}
""")

add("blind-nd/java/decoy-placeholder-properties", "flightlog/src/main/resources/application-local.properties", SPRING, """# local profile - run postgres from docker compose
spring.datasource.url=jdbc:postgresql://localhost:5432/flightlog
spring.datasource.username=flightlog
spring.datasource.password=${FLIGHTLOG_DB_PASSWORD}
spring.mail.password=${SMTP_PASSWORD:}
""")

add("blind-nd/csharp/decoy-user-secrets", "CoopLedger/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """{
  "ConnectionStrings": {
    "Harvest": "Server=localhost;Database=harvest;Trusted_Connection=True;"
  },
  "Square": { "AccessToken": "" },
  "UserSecretsId": "@@id@@"
}
""", id=uuid_s())

add("blind-nd/kotlin/decoy-buildconfig", "pilot-app/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips", """android {
    defaultConfig {
        applicationId = "ca.kisikair.pilot"
        // the key is injected from local.properties / CI, never committed
        buildConfigField("String", "WEATHER_KEY", "\\"${project.findProperty("weatherKey") ?: ""}\\"")
    }
}
""")

# ---------------------------------------------------------------- secrets: PHP, Ruby, Rust, Swift

add("blind-nd/php/wp-config", "coop-wp/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """<?php
// Manomin co-op shop (WooCommerce)
define( 'DB_NAME', 'coopshop' );
define( 'DB_USER', 'coopshop' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
$table_prefix = 'wp_';
""", words_pw())

add("blind-nd/php/laravel-env", "coop-orders/.env", "https://laravel.com/docs/configuration", """APP_NAME="Manomin Orders"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
DB_CONNECTION=mysql
DB_PASSWORD=${DB_PASSWORD}
""", base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("blind-nd/ruby/database-yml", "charter-admin/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """production:
  adapter: postgresql
  host: pg-dispatch.kisikair.internal
  database: charter_admin
  username: admin_app
  password: <%= ENV.fetch("ADMIN_DB_PASSWORD", "@@secret@@") %>
  pool: 5
""", pw(18))

add("blind-nd/ruby/slack-client", "charter-admin/app/jobs/daily_summary_job.rb", "https://github.com/slack-ruby/slack-ruby-client", """class DailySummaryJob < ApplicationJob
  # end-of-day flight summary to #dispatch - tanisi kisikaw
  def perform
    client = Slack::Web::Client.new(token: "@@secret@@")
    client.chat_postMessage(channel: "#dispatch", text: Flight.summary_for(Date.today))
  end
end
""", slack_bot())

add("blind-nd/rust/const-token", "fuel-gauge/src/upload.rs", "https://docs.rs/reqwest/latest/reqwest/", """use reqwest::blocking::Client;

// fuel dip readings from the caches at the fly-in lakes
const INGEST_TOKEN: &str = "@@secret@@";

pub fn push(body: String) -> reqwest::Result<()> {
    Client::new().post("https://fuel.kisikair.ca/ingest").bearer_auth(INGEST_TOKEN).body(body).send()?;
    Ok(())
}
""", jwt_like())

add("blind-nd/swift/api-key", "PilotBrief/Sources/Config.swift", "https://developer.apple.com/documentation/foundation/urlrequest", """import Foundation

// Pilot briefing app (iPad) - weather + NOTAMs
enum Config {
    static let notamEndpoint = URL(string: "https://api.navdata-north.ca/notam")!
    static let notamKey = "@@secret@@"
}
""", fakes.drawn_mixed(_seed(), 40))

add("blind-nd/php/decoy-getenv", "coop-wp/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", """<?php
define( 'DB_NAME', 'coopshop' );
define( 'DB_USER', getenv('WP_DB_USER') );
define( 'DB_PASSWORD', getenv('WP_DB_PASSWORD') );
define( 'AUTH_KEY', 'put your unique phrase here' );
define( 'SECURE_AUTH_KEY', 'put your unique phrase here' );
""")

add("blind-nd/yaml/decoy-credentials-reference", "charter-admin/config/storage.yml", "https://guides.rubyonrails.org/active_storage_overview.html", """# manifests and float-plane photos; keys come from encrypted credentials (credentials.yml.enc)
amazon:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
  region: ca-central-1
  bucket: kisikair-manifests
# credentials.yml.enc head, for the key-rotation ticket: @@c@@--@@iv@@--@@tag@@
""", c=fakes.drawn(_seed(), 200, ALNUM + "+/") + "==", iv=fakes.drawn(_seed(), 16, ALNUM + "+/") + "==", tag=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==")

# ---------------------------------------------------------------- secrets: shell, PowerShell, Docker

BASH = "https://www.gnu.org/software/bash/manual/bash.html"
PS = "https://learn.microsoft.com/en-us/powershell/scripting/overview"
DOCKER = "https://docs.docker.com/reference/dockerfile/"

add("blind-nd/shell/export", "ops/backup-fuel.sh", BASH, """#!/usr/bin/env bash
set -euo pipefail
# fuel ledger backup - runs 03:00 on dispatch-01 (Thompson)
export PGPASSWORD='@@secret@@'
pg_dump -h pg-dispatch.kisikair.internal -U fuel fuel_ledger | gzip > /srv/backup/fuel-$(date +%F).sql.gz
echo "ekosi - backup done"
""", words_pw())

add("blind-nd/shell/curl-bearer", "ops/push-notam.sh", BASH, """#!/bin/sh
# push a local NOTAM for the Norway House float dock
curl -sS -X POST https://api.navdata-north.ca/notam \\
  -H "Authorization: Bearer @@secret@@" \\
  -H 'Content-Type: application/json' \\
  -d @notam.json
""", fakes.drawn_mixed(_seed(), 48))

add("blind-nd/shell/heredoc-pgpass", "ops/setup-pgpass.sh", BASH, """#!/usr/bin/env bash
# one-time setup on the new dispatch laptop (Lynn Lake)
cat > ~/.pgpass <<EOF
pg-dispatch.kisikair.internal:5432:charters:dispatch_app:@@secret@@
EOF
chmod 600 ~/.pgpass
""", pw(20))

add("blind-nd/shell/mysql-cli", "coop/scripts/nightly-tally.sh", BASH, """#!/bin/bash
# tally of green rice by lake - kinanaskomitin to all harvesters
mysql -h db.manomin-coop.ca -u tally -p'@@secret@@' harvest <<'SQL'
SELECT lake, SUM(green_lb) FROM deliveries WHERE season = 2026 GROUP BY lake;
SQL
""", words_pw())

add("blind-nd/shell-history/aws-configure", "ops/notes/dispatch01_bash_history.txt", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """cd /srv/dispatch
git pull
sudo systemctl restart dispatch
aws configure set aws_secret_access_key @@secret@@ --profile fuel-backup
aws s3 ls s3://kisikair-fuel-ledger --profile fuel-backup
exit
""", aws_secret())

add("blind-nd/powershell/credential", "coop/windows/Sync-Ledger.ps1", PS, """# Sync-Ledger.ps1 - copies the grading sheets to the co-op office server (The Pas)
$user = 'COOP\\ledger'
$pass = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
New-PSDrive -Name L -PSProvider FileSystem -Root \\\\coop-fs01\\ledger -Credential $cred
Copy-Item .\\grading\\*.xlsx L:\\2026\\
""", words_pw())

add("blind-nd/powershell/rest-header", "dispatch/windows/Send-Manifest.ps1", PS, """param([string]$Manifest)
# sends the passenger manifest to the community band office portal
$headers = @{ 'Ocp-Apim-Subscription-Key' = '@@secret@@' }
Invoke-RestMethod -Uri 'https://portal.bandoffice-north.ca/api/manifests' -Method Post `
  -Headers $headers -InFile $Manifest -ContentType 'application/json'
""", hexs(32))

add("blind-nd/dockerfile/env-token", "tracker/Dockerfile", DOCKER, """FROM golang:1.22 AS build
WORKDIR /src
COPY . .
ENV GOPRIVATE=gitlab.com/kisikair
RUN git config --global url."https://oauth2:@@secret@@@gitlab.com/".insteadOf "https://gitlab.com/"
RUN go build -o /tracker ./cmd/tracker
FROM gcr.io/distroless/base
COPY --from=build /tracker /tracker
ENTRYPOINT ["/tracker"]
""", glpat())

add("blind-nd/shell/decoy-env-reference", "ops/restore-fuel.sh", BASH, """#!/usr/bin/env bash
set -euo pipefail
# needs PGPASSWORD in the environment (from `pass show kisikair/fuel`)
: "${PGPASSWORD:?export PGPASSWORD first}"
gunzip -c "$1" | psql -h pg-dispatch.kisikair.internal -U fuel fuel_ledger
""")

add("blind-nd/shell/decoy-pass-lookup", "ops/rotate-stripe.sh", BASH, """#!/bin/sh
# rotate the stripe key: new one goes to pass, then to the k8s secret
NEW_KEY="$(pass show kisikair/stripe/live)"
kubectl -n kisikair create secret generic booking-payments \\
  --from-literal=STRIPE_SECRET_KEY="$NEW_KEY" --dry-run=client -o yaml | kubectl apply -f -
unset NEW_KEY
""")

add("blind-nd/powershell/decoy-read-host", "coop/windows/Connect-Ledger.ps1", PS, """# asks for the password each time - nothing stored
$cred = Get-Credential -UserName 'COOP\\ledger' -Message 'Ledger share password (ask Marie)'
New-PSDrive -Name L -PSProvider FileSystem -Root \\\\coop-fs01\\ledger -Credential $cred
Write-Host 'tanisi - ledger drive mapped as L:'
Get-ChildItem L:\\2026\\
""")

add("blind-nd/dockerfile/decoy-build-secret", "coop/portal/Dockerfile", "https://docs.docker.com/build/building/secrets/", """# syntax=docker/dockerfile:1
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@pypi.manomin-coop.ca/simple" pip install -r requirements.txt
COPY . .
CMD ["gunicorn", "portal.wsgi"]
""")

add("blind-nd/shell-history/decoy-history", "ops/notes/dispatch02_history.txt", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """sudo journalctl -u tracker -n 200
export AWS_PROFILE=fuel-backup
aws sts get-caller-identity
read -s PGPASSWORD && export PGPASSWORD
psql -h pg-dispatch.kisikair.internal -U fuel fuel_ledger -c '\\dt'
history -c
""")

# ---------------------------------------------------------------- secrets: Terraform, INI, TOML, XML

add("blind-nd/terraform/provider-keys", "infra/providers.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs", """terraform {
  required_providers { aws = { source = "hashicorp/aws", version = "~> 5.0" } }
}

provider "aws" {
  region     = "ca-central-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}
""", aws_secret(), kid=akid())

add("blind-nd/terraform/tfvars-password", "infra/prod.tfvars", TF, """# prod - Thompson region resources
env               = "prod"
db_instance_class = "db.t4g.small"
db_username       = "charters"
db_password       = "@@secret@@"
backup_retention  = 14
""", words_pw())

add("blind-nd/terraform/decoy-variable", "infra/variables.tf", TF, """variable "db_password" {
  type        = string
  sensitive   = true
  description = "Charters DB password. Set TF_VAR_db_password; never commit it."
}

variable "db_username" {
  type    = string
  default = "charters"
}
""")

add("blind-nd/terraform/decoy-random-password", "infra/db.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """resource "random_password" "coop_db" {
  length  = 28
  special = true
}

resource "aws_db_instance" "coop" {
  identifier = "manomin-coop"
  username   = "coop"
  password   = random_password.coop_db.result
  engine     = "postgres"
}
""")

add("blind-nd/ini/db-password", "coop/grading/grading.ini", PYDOC, """; grading station config - one per lake camp
[station]
lake = Granville Lake
scale_port = COM3

[database]
host = db.manomin-coop.ca
user = grader
password = @@secret@@
""", words_pw())

add("blind-nd/ini/aws-credentials", "ops/aws/credentials", AWS, """[default]
region = ca-central-1

[fuel-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
""", aws_secret(), kid=akid())

add("blind-nd/ini/pypirc", "fuel-gauge-py/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("blind-nd/toml/cargo-token", "fuel-gauge/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """# cargo registry login for the private crates (kisikair-fuel)
[registries.kisikair]
token = "@@secret@@"

[registry]
default = "kisikair"
""", "Bearer " + fakes.drawn_mixed(_seed(), 32))

add("blind-nd/toml/app-config", "coop/harvest-map/config.toml", "https://toml.io/en/v1.0.0", """# harvest map (sakahikan = lake)
title = "Manomin harvest map"

[mapbox]
style = "mapbox://styles/manomin/lakes"
secret_token = "@@secret@@"

[server]
port = 8040
""", "sk." + fakes.drawn_mixed(_seed(), 60) + "." + fakes.drawn_mixed(_seed(), 22))

add("blind-nd/xml/maven-settings", "flightlog/.mvn/settings.xml", "https://maven.apache.org/settings.html", """<settings>
  <servers>
    <server>
      <id>kisikair-nexus</id>
      <username>deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", pw(24))

add("blind-nd/xml/web-config", "CoopLedger.Legacy/Web.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/data-access/introduction/", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Harvest" connectionString="Data Source=coop-sql01;Initial Catalog=harvest;User ID=ledger;Password=@@secret@@" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Season" value="2026" />
  </appSettings>
</configuration>
""", words_pw())

add("blind-nd/ini/decoy-example", "coop/grading/grading.example.ini", PYDOC, """; copy to grading.ini at each lake camp
[station]
lake = <lake name>
scale_port = COM3

[database]
host = db.manomin-coop.ca
user = grader
password = CHANGE_ME
""")

add("blind-nd/xml/decoy-maven-encrypted", "flightlog/.mvn/settings-security-note.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """<settings>
  <servers>
    <server>
      <id>kisikair-nexus</id>
      <username>deploy</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("blind-nd/toml/decoy-netlify", "coop-site/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """[build]
command = "npm run build"
publish = "dist"

[build.environment]
NODE_VERSION = "20"
# SENDGRID_API_KEY is set in the Netlify UI (Site settings > Environment)
""")

# ---------------------------------------------------------------- secrets: docs, notes, runbooks

RST = "https://docutils.sourceforge.io/docs/user/rst/quickref.html"
HTML = "https://html.spec.whatwg.org/multipage/"

add("blind-nd/markdown/runbook-password", "docs/runbooks/dispatch-db-failover.md", MD, """# Dispatch DB failover (Thompson -> Winnipeg replica)

Tânisi! If dispatch-01 is down during freeze-up, fail over as below.

1. Promote the replica: `sudo -u postgres pg_ctl promote -D /var/lib/postgresql/16/main`
2. Point the app at the replica: user `dispatch_app`, password `@@secret@@`
3. Tell the pilots on the HF radio schedule (07:30 and 16:00).

Ekosi.
""", words_pw())

add("blind-nd/markdown/readme-table", "coop/README.md", MD, """# Manomin co-op tools

Scripts the co-op office uses in harvest season (kâ-mawisoyan - when we harvest).

| Service | User | Secret |
|---|---|---|
| Square POS | market-table | `@@secret@@` |
| Mailing list | orders@manomin-coop.ca | in 1Password |

Ask the board before sharing.
""", square_tok())

add("blind-nd/markdown/onboarding-sentence", "docs/wiki/new-dispatcher.md", MD, """## Welcome, new dispatcher

- Log in to the flight-following screen at https://track.kisikair.ca with your own account.
- The shared SMS gateway account is `dispatch`, and its password is @@secret@@ until we rotate it in spring.
- The float dock phone list is pinned in #float-dock.
- Nîpin (summer) schedule starts at break-up.
""", words_pw())

add("blind-nd/rst/config-docs", "docs/source/deployment.rst", RST, """Deployment
==========

The harvest map runs on one VM at the co-op office.

.. code-block:: ini

   [mapbox]
   secret_token = @@secret@@

Restart with ``systemctl restart harvest-map``.
""", "sk." + fakes.drawn_mixed(_seed(), 60) + "." + fakes.drawn_mixed(_seed(), 22))

add("blind-nd/html/admin-page", "coop-site/admin/help.html", HTML, """<!doctype html>
<html lang="en">
<head><title>Co-op admin help</title></head>
<body>
<h1>Tânisi, admin</h1>
<p>Newsletter sending key (Mailgun): <code>@@secret@@</code></p>
<p>Ask Joe at the office if the list bounces.</p>
</body>
</html>
""", mailgun())

add("blind-nd/text/handover-note", "notes/handover-2026-09.txt", "https://en.wikipedia.org/wiki/Plain_text", """Handover - Sept 2026 (Lynn Lake base)
--------------------------------------
- Otter C-FKSA back from inspection, float pump replaced.
- New fuel cache at Kississing Lake: 12 drums.
- Weather vendor account: kisikair / @@secret@@
- Wild rice co-op wants 3 trips a week to Granville until freeze-up.
""", words_pw())

add("blind-nd/markdown/incident-slack", "docs/incidents/2026-08-14-webhook.md", MD, """# 2026-08-14 - alert flood

The weather alert job looped and posted 3,000 messages.
Root cause: retries without backoff. The hook it used was:

    @@secret@@

Action: rotate the hook (not done yet), add backoff.
""", slack_hook())

add("blind-nd/text/sms-notes", "notes/sms-gateway.txt", "https://www.twilio.com/docs/usage/api", """SMS gateway notes (for the co-op and the charter both)
account sid: @@sid@@
auth token:  @@secret@@
from number: +1 204 555 0143
harvest alerts go out in Cree first, then English
""", hexs(32), sid=twilio_sid())

add("blind-nd/markdown/decoy-docs-example", "docs/api/authentication.md", MD, """# Booking API - authentication

Send your key in the `Authorization` header:

```
curl https://api.kisikair.ca/v1/charters -H "Authorization: Bearer YOUR_API_KEY"
```

Keys look like `ksk_live_...`; get yours from the partner page. Never paste it in tickets.
""")

add("blind-nd/markdown/decoy-redacted-incident", "docs/incidents/2026-06-02-leak.md", MD, """# 2026-06-02 - key in a screenshot

A screenshot in the co-op chat showed the Square token (`EAAAE...` redacted here as `EAAAE[REDACTED]`).
It was revoked at 14:10 and replaced; the new token lives in 1Password > Co-op > Square.

Timeline: 13:52 posted, 14:02 noticed by Marie, 14:10 revoked.
Ekosi - no charges were made.
""")

add("blind-nd/rst/decoy-placeholder", "docs/source/configuration.rst", RST, """Configuration
=============

Set these before starting the grading station:

``DB_PASSWORD``
    The grader account password (``<from the office>``).

``SQUARE_TOKEN``
    Leave empty at lake camps; only the office sells.
""")

add("blind-nd/html/decoy-public-key", "coop-site/checkout.html", HTML, """<!doctype html>
<html>
<head><script src="https://js.stripe.com/v3/"></script></head>
<body>
<form id="rice-order"><button>Order 5 lb bag</button></form>
<script>const stripe = Stripe('@@pk@@');</script>
</body>
</html>
""", pk=stripe("pk_live_"))

add("blind-nd/text/decoy-handover", "notes/handover-2026-10.txt", "https://en.wikipedia.org/wiki/Plain_text", """Handover - Oct 2026 (Thompson base)
- Weather vendor password was rotated on the 3rd; new one is in the safe binder, page 4.
- Beaver C-GKSB on skis by Nov 20 if the ice holds.
- Co-op paid invoice 2026-117 (rice freight, 1,240 kg).
- piko ekosi for now.
""")

add("blind-nd/markdown/decoy-checksums", "docs/releases/pilot-app-2.4.md", MD, """# Pilot app 2.4.0

New: Cree (Th-dialect) labels on the checklist screen.

| File | SHA-256 |
|---|---|
| pilot-2.4.0.apk | `@@a@@` |
| pilot-2.4.0.ipa | `@@b@@` |
""", a=hexs(64), b=hexs(64))

# ---------------------------------------------------------------- secrets: logs, CSV, SQL, notebooks

add("blind-nd/log/connection-error", "logs/dispatch-2026-09-03.log", "https://www.postgresql.org/docs/current/runtime-config-logging.html", """2026-09-03T06:58:01Z INFO  dispatch starting, base=CYTH
2026-09-03T06:58:02Z INFO  loading charters for 2026-09-03
2026-09-03T06:58:04Z ERROR db connect failed dsn=postgresql://dispatch_app:@@secret@@@pg-dispatch.kisikair.internal:5432/charters err="timeout"
2026-09-03T06:58:09Z INFO  retry 1/5
2026-09-03T06:58:14Z INFO  connected
""", pw(18))

add("blind-nd/log/debug-request", "logs/booking-debug.log", "https://expressjs.com/en/guide/debugging.html", """[debug] POST /v1/payment_intents
[debug] headers: {"Authorization":"Bearer @@secret@@","Stripe-Version":"2024-06-20"}
[debug] body: amount=25000&currency=cad
[debug] response 200 in 412ms
[info] booking KS-4471 deposit ok
""", stripe())

add("blind-nd/csv/accounts-export", "coop/exports/service-accounts.csv", "https://www.rfc-editor.org/rfc/rfc4180", """service,account,password,owner,notes
grading-db,grader,@@secret@@,office,lake camps
newsletter,orders@manomin-coop.ca,(1Password),board,
square,market-table,(1Password),office,Opaskwayak market
harvest-map,admin,(see vault),joe,
""", words_pw())

add("blind-nd/sql/create-user", "coop/db/migrations/0007_reporting_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """-- read-only user for the buyer's monthly report
CREATE ROLE buyer_report LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE harvest TO buyer_report;
GRANT USAGE ON SCHEMA public TO buyer_report;
GRANT SELECT ON deliveries, grades TO buyer_report;
""", pw(20))

add("blind-nd/sql/linked-server", "CoopLedger/sql/linked_server.sql", "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sp-addlinkedsrvlogin-transact-sql", """-- link the old Access-era ledger box
EXEC sp_addlinkedserver @server = N'COOPOLD', @srvproduct = N'SQL Server';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'COOPOLD', @useself = 'FALSE',
     @rmtuser = N'ledger_ro', @rmtpassword = N'@@secret@@';
GO
""", words_pw())

add("blind-nd/notebook/api-key-cell", "analysis/harvest_yield.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Manomin yield by lake, 2020-2026"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import requests\\n", "WX_KEY = \\"@@secret@@\\"\\n", "r = requests.get(f'https://api.openweathermap.org/data/3.0/onecall/timemachine?appid={WX_KEY}&lat=56.26&lon=-100.5')"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", hexs(32))

add("blind-nd/log/decoy-masked", "logs/booking-2026-09-04.log", "https://expressjs.com/en/guide/debugging.html", """[info] booking KS-4480 created (4 seats, Thompson -> Granville Lake)
[debug] headers: {"Authorization":"Bearer sk_live_****************","Stripe-Version":"2024-06-20"}
[info] deposit ok pi=@@pi@@
[info] manifest sent to band office
[info] ekosi
""", pi="pi_" + fakes.drawn_mixed(_seed(), 24))

add("blind-nd/csv/decoy-ids", "coop/exports/members.csv", "https://www.rfc-editor.org/rfc/rfc4180", """member_id,name,community,lake,api_user_id
@@a@@,M. Bighetty,Pukatawagan,Granville,u_1041
@@b@@,J. Colomb,Pukatawagan,Granville,u_1042
@@c@@,R. Dumas,Nelson House,Footprint,u_1043
@@d@@,S. Linklater,Nelson House,Footprint,u_1044
""", a=uuid_s(), b=uuid_s(), c=uuid_s(), d=uuid_s())

add("blind-nd/sql/decoy-hashed", "coop/db/seed/0001_admin.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """-- seed the admin login; the value stored is a bcrypt hash, not the password
INSERT INTO users (email, password_hash, role) VALUES
  ('office@manomin-coop.ca', '$2b$12$@@h@@', 'admin');
-- reset with: UPDATE users SET password_hash = crypt('new', gen_salt('bf')) WHERE ...
COMMIT;
""", h=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-nd/notebook/decoy-getpass", "analysis/fuel_burn.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Fuel burn per route (Beaver vs Otter)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass, psycopg2\\n", "pw = getpass.getpass('fuel db password: ')\\n", "conn = psycopg2.connect(host='pg-dispatch.kisikair.internal', user='fuel', password=pw)"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

# ---------------------------------------------------------------- secrets: client configs and keys

add("blind-nd/netrc/password", "ops/dotfiles/netrc", "https://everything.curl.dev/usingcurl/netrc", """# dispatch-01 ~/.netrc (curl and ftp to the weather vendor)
machine wx.northernflightdata.ca
  login kisikair
  password @@secret@@
machine ftp.navdata-north.ca login anonymous password guest@kisikair.ca
""", words_pw())

add("blind-nd/pgpass/line", "ops/dotfiles/pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """# hostname:port:database:username:password
pg-dispatch.kisikair.internal:5432:charters:dispatch_app:*
pg-dispatch.kisikair.internal:5432:fuel_ledger:fuel:@@secret@@
localhost:5432:*:postgres:*
# the * lines prompt (no password stored)
""", pw(18))

add("blind-nd/ssh/private-key", "ops/keys/floatbase_deploy", "https://man.openbsd.org/ssh-keygen", """@@secret@@
""", pem("OPENSSH"))

add("blind-nd/git/credentials", "ops/notes/git-credential-setup.txt", "https://git-scm.com/docs/git-credential-store", """co-op deploy box - git setup (Sept 2026)
$ git config --global credential.helper store
$ cat ~/.git-credentials
https://manomin-deploy:@@secret@@@gitlab.com
$ git pull   # works, tanisi
""", glpat())

add("blind-nd/docker/config-auth", "ops/dotfiles/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/", """{
  "auths": {
    "registry.kisikair.ca": {
      "auth": "@@secret@@"
    }
  },
  "credsStore": ""
}
""", b64("ci-push:" + pw(22)))

add("blind-nd/kubeconfig/token", "ops/kube/coop-cluster.kubeconfig", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """apiVersion: v1
kind: Config
clusters:
  - name: coop
    cluster: {server: "https://k8s.manomin-coop.ca:6443"}
users:
  - name: deployer
    user:
      token: @@secret@@
contexts:
  - name: coop
    context: {cluster: coop, user: deployer}
current-context: coop
""", "eyJhbGciOiJSUzI1NiIsImtpZCI6I" + fakes.drawn(_seed(), 300, ALNUM + "_-.") )

add("blind-nd/rclone/config", "ops/dotfiles/rclone.conf", "https://rclone.org/b2/", """# photos of the rice beds from the drone flights -> Backblaze
[b2-photos]
type = b2
account = @@acct@@
key = @@secret@@
hard_delete = false
""", "K005" + fakes.drawn_mixed(_seed(), 27), acct="005" + hexs(21))

add("blind-nd/s3cfg/secret", "ops/dotfiles/s3cfg", "https://s3tools.org/kb/item14.htm", """[default]
access_key = @@kid@@
secret_key = @@secret@@
host_base = s3.ca-central-1.amazonaws.com
host_bucket = %(bucket)s.s3.ca-central-1.amazonaws.com
use_https = True
""", aws_secret(), kid=akid())

add("blind-nd/pip/conf-index", "ops/dotfiles/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """[global]
# private index for the co-op's grading package
index-url = https://grading:@@secret@@@pypi.manomin-coop.ca/simple
timeout = 60
retries = 5
""", pw(20))

add("blind-nd/composer/auth-json", "coop-orders/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md", """{
    "github-oauth": {
        "github.com": "@@secret@@"
    },
    "http-basic": {}
}
""", ghp())

add("blind-nd/nuget/config", "CoopLedger/nuget.config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="coop" value="https://nuget.manomin-coop.ca/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <coop>
      <add key="Username" value="ledger-ci" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </coop>
  </packageSourceCredentials>
</configuration>
""", words_pw())

add("blind-nd/gradle/properties", "pilot-app/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html", """org.gradle.jvmargs=-Xmx2g
android.useAndroidX=true
# signing (release builds only)
RELEASE_STORE_FILE=../keys/pilot-release.jks
RELEASE_STORE_PASSWORD=@@secret@@
RELEASE_KEY_ALIAS=pilot
""", pw(16))

add("blind-nd/mysql/my-cnf", "ops/dotfiles/my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """[client]
host = db.manomin-coop.ca
user = tally
password = "@@secret@@"

[mysql]
database = harvest
""", words_pw())

add("blind-nd/wifi/wpa-psk", "ops/floatbase/wpa_supplicant.conf", "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf", """ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
country=CA
# dock sensor Pi at Norway House float base
network={
    ssid="KisikAir-Dock"
    psk="@@secret@@"
}
""", words_pw())

add("blind-nd/msmtp/config", "ops/dotfiles/msmtprc", "https://marlam.de/msmtp/msmtp.html", """defaults
auth on
tls on
account manifests
host smtp.office365.com
port 587
from manifests@kisikair.ca
user manifests@kisikair.ca
password @@secret@@
account default : manifests
""", words_pw())

add("blind-nd/smb/credentials", "ops/floatbase/smb-ledger.cred", "https://www.samba.org/samba/docs/current/man-html/mount.cifs.8.html", """# mount -t cifs //coop-fs01/ledger /mnt/ledger -o credentials=/etc/smb-ledger.cred
username=ledger
password=@@secret@@
domain=COOP
# co-op office, The Pas
""", words_pw())

add("blind-nd/json/gcp-service-account", "analysis/gcp-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """{
  "type": "service_account",
  "project_id": "manomin-yield",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "yield@manomin-yield.iam.gserviceaccount.com",
  "client_id": "104998311207736520441"
}
""", (_k := pem("")).replace("\n", "\\n").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE"), kid=hexs(40))

add("blind-nd/yaml/pem-block", "deploy/tracker-tls.yaml", "https://yaml.org/spec/1.2.2/#literal-style", """# TLS for the flight-following endpoint (track.kisikair.ca)
tls:
  cert_file: /etc/tracker/tls.crt
  key: |
    @@k1@@
""", (_p := pem("EC")), k1=_p.replace("\n", "\n    "))

add("blind-nd/openvpn/auth", "ops/floatbase/lynnlake.ovpn", "https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/", """client
dev tun
proto udp
remote vpn.kisikair.ca 1194
auth-user-pass
<auth-user-pass>
lynnlake-base
@@secret@@
</auth-user-pass>
""", pw(20))

# ---------------------------------------------------------------- decoys: client configs and keys

add("blind-nd/ssh/decoy-public-key", "ops/keys/floatbase_deploy.pub", "https://man.openbsd.org/ssh-keygen", """# public half of the float-base deploy key (safe to share)
# added to authorized_keys on dispatch-01, dispatch-02, tracker-01
# rotated 2026-05 after break-up
# owner: ops@kisikair.ca
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k@@ deploy@floatbase
""", k=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("blind-nd/pgpass/decoy-wildcards", "ops/dotfiles/pgpass.example", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """# example only - fill the last field on your own machine
# hostname:port:database:username:password
pg-dispatch.kisikair.internal:5432:charters:dispatch_app:<password>
pg-dispatch.kisikair.internal:5432:fuel_ledger:fuel:<password>
localhost:5432:*:postgres:postgres
""")

add("blind-nd/docker/decoy-creds-store", "ops/dotfiles/docker-config.example.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """{
  "auths": {
    "registry.kisikair.ca": {}
  },
  "credsStore": "secretservice",
  "credHelpers": { "registry.gitlab.com": "pass" }
}
""")

add("blind-nd/kubeconfig/decoy-exec", "ops/kube/kisikair-eks.kubeconfig", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", """apiVersion: v1
kind: Config
clusters:
  - name: kisikair
    cluster:
      server: https://4F2C1A9E7B.gr7.ca-central-1.eks.amazonaws.com
users:
  - name: ops
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: ["eks", "get-token", "--cluster-name", "kisikair"]
current-context: kisikair
""")

add("blind-nd/pem/decoy-certificate", "deploy/certs/track.kisikair.ca.crt", "https://www.rfc-editor.org/rfc/rfc7468", """-----BEGIN CERTIFICATE-----
@@l1@@
@@l2@@
@@l3@@
@@l4@@
-----END CERTIFICATE-----
""", l1="MIID" + fakes.drawn(_seed(), 60, ALNUM + "+/"), l2=fakes.drawn(_seed(), 64, ALNUM + "+/"), l3=fakes.drawn(_seed(), 64, ALNUM + "+/"), l4=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("blind-nd/wifi/decoy-open-network", "ops/floatbase/hostapd.conf", "https://w1.fi/cgit/hostap/plain/hostapd/hostapd.conf", """interface=wlan0
ssid=KisikAir-Guest
# open guest network in the waiting room at Thompson - no password
auth_algs=1
wpa=0
channel=6
""")

add("blind-nd/netrc/decoy-example", "docs/wiki/netrc-howto.md", MD, """## Using ~/.netrc for the weather vendor

Put this in `~/.netrc` (chmod 600):

```
machine wx.northernflightdata.ca
  login YOUR_LOGIN
  password YOUR_PASSWORD
```
""")

add("blind-nd/gradle/decoy-env-signing", "pilot-app/signing.gradle", "https://developer.android.com/studio/publish/app-signing", """android {
    signingConfigs {
        release {
            storeFile file(System.getenv("PILOT_KEYSTORE") ?: "none.jks")
            storePassword System.getenv("PILOT_STORE_PASSWORD")
            keyAlias "pilot"
            keyPassword System.getenv("PILOT_KEY_PASSWORD")
        }
    }
}
""")

add("blind-nd/json/decoy-firebase-public", "pilot-app/app/google-services.json", "https://firebase.google.com/docs/projects/api-keys", """{
  "project_info": {"project_number": "861204479913", "project_id": "kisikair-pilot"},
  "client": [{
    "client_info": {"mobilesdk_app_id": "1:861204479913:android:4c1e7d9a2b0f3e11"},
    "api_key": [{"current_key": "@@k@@"}]
  }]
}
""", k=google_key())

# ---------------------------------------------------------------- secrets: CI, services, more languages

add("blind-nd/jenkins/groovy-literal", "flightlog/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """pipeline {
  agent any
  environment {
    NEXUS_USER = 'deploy'
    NEXUS_PASS = '@@secret@@'
  }
  stages {
    stage('build') { steps { sh './mvnw -B package' } }
    stage('publish') { steps { sh './mvnw -B deploy -Dnexus.user=$NEXUS_USER -Dnexus.pass=$NEXUS_PASS' } }
  }
}
""", pw(22))

add("blind-nd/circleci/env", ".circleci/config.yml", "https://circleci.com/docs/configuration-reference/", """version: 2.1
jobs:
  test:
    docker:
      - image: cimg/python:3.12
        environment:
          DATABASE_URL: postgresql://ci:@@secret@@@db.ci.manomin-coop.ca:5432/harvest_ci
    steps: [checkout, run: pytest -q]
workflows:
  main: {jobs: [test]}
""", pw(16))

add("blind-nd/bitbucket/pipeline", "bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", """image: node:20
pipelines:
  branches:
    main:
      - step:
          name: deploy coop site
          script:
            - npm ci && npm run build
            - npx netlify deploy --prod --auth @@secret@@ --site manomin-coop
""", "nfp_" + fakes.drawn_mixed(_seed(), 36))

add("blind-nd/azure-pipelines/inline", "CoopLedger/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/", """trigger: [main]
pool: {vmImage: windows-latest}
variables:
  buildConfiguration: Release
  AZURE_CLIENT_SECRET: '@@secret@@'
steps:
  - script: dotnet publish -c $(buildConfiguration)
  - script: az login --service-principal -u 4d2f0c1a-7e3b-4a55-9a1c-2b7d9e0f6a31 -p $(AZURE_CLIENT_SECRET) --tenant manominco.onmicrosoft.com
""", fakes.drawn(_seed(), 3, ALNUM) + "8Q~" + fakes.drawn(_seed(), 34, ALNUM + "_.-~"))

add("blind-nd/systemd/environment", "ops/systemd/tracker.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment", """[Unit]
Description=Kisik Air flight-following tracker
After=network-online.target

[Service]
Environment=REDIS_URL=redis://:@@secret@@@127.0.0.1:6379/0
ExecStart=/usr/local/bin/tracker
Restart=always

[Install]
WantedBy=multi-user.target
""", fakes.redis_password(_seed()))

add("blind-nd/crontab/inline", "ops/crontab.dispatch01", "https://man7.org/linux/man-pages/man5/crontab.5.html", """# m h dom mon dow command
MAILTO=ops@kisikair.ca
0 3 * * * /srv/ops/backup-fuel.sh
*/10 * * * * curl -fsS "https://wx.northernflightdata.ca/api/pull?key=@@secret@@&ids=CYTH,CYYL,CYNE" -o /srv/wx/latest.json
30 6 * * * /srv/ops/morning-brief.sh
""", hexs(40))

add("blind-nd/makefile/variable", "coop/harvest-map/Makefile", "https://www.gnu.org/software/make/manual/make.html", """# harvest map build
MAPBOX_UPLOAD_TOKEN := @@secret@@
TILESET := manomin.lakes-2026

upload:
\tmapbox upload $(TILESET) data/lakes.geojson --token $(MAPBOX_UPLOAD_TOKEN)

.PHONY: upload
""", "sk." + fakes.drawn_mixed(_seed(), 60) + "." + fakes.drawn_mixed(_seed(), 22))

add("blind-nd/nginx/proxy-header", "ops/nginx/wx-proxy.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html", """server {
    listen 8080;
    location /wx/ {
        proxy_pass https://wx.northernflightdata.ca/api/;
        proxy_set_header Authorization "Basic @@secret@@";
    }
}
""", b64("kisikair:" + pw(16)))

add("blind-nd/python/json-in-string", "coop/buyers/push.py", "https://docs.python.org/3/library/json.html", """import json
import os

# the wholesaler's SDK wants its config as one JSON string in an env var
os.environ["NFW_CONFIG"] = '{"endpoint": "https://api.northernfoods-wholesale.ca", "client_id": "manomin-coop", "client_secret": "@@secret@@"}'
cfg = json.loads(os.environ["NFW_CONFIG"])
print(cfg["endpoint"])
""", pw(32))

add("blind-nd/php/array-config", "coop-orders/config/services.php", "https://laravel.com/docs/configuration", """<?php

return [
    'mailgun' => [
        'domain' => 'mg.manomin-coop.ca',
        'secret' => '@@secret@@',
        'endpoint' => 'api.mailgun.net',
    ],
];
""", mailgun())

add("blind-nd/dart/const", "pilot_flutter/lib/env.dart", "https://dart.dev/language/variables", """// Flutter pilot app - fuel upload endpoint
// nehiyawewin labels live in lib/l10n/app_cr.arb
class Env {
  static const fuelEndpoint = 'https://fuel.kisikair.ca/ingest';
  static const fuelToken = '@@secret@@';
}
""", jwt_like())

add("blind-nd/elixir/config", "coop_tally/config/prod.exs", "https://hexdocs.pm/elixir/Config.html", """import Config

config :coop_tally, CoopTally.Repo,
  username: "tally",
  password: "@@secret@@",
  hostname: "db.manomin-coop.ca",
  database: "harvest"
""", words_pw())

add("blind-nd/scala/conf", "fuel-analytics/src/main/resources/application.conf", "https://github.com/lightbend/config/blob/main/HOCON.md", """fuel {
  db {
    url = "jdbc:postgresql://pg-dispatch.kisikair.internal/fuel_ledger"
    user = "fuel"
    password = "@@secret@@"
  }
}
""", pw(18))

add("blind-nd/lua/nvim-token", "ops/dotfiles/copilot-nvim.lua", "https://www.lua.org/manual/5.4/", """-- dispatch laptop nvim config
vim.g.mapleader = ' '
local gitlab = require('gitlab')
gitlab.setup({
  url = 'https://gitlab.com',
  token = '@@secret@@',
})
""", glpat())

add("blind-nd/perl/dbi", "coop/legacy/export_grades.pl", "https://metacpan.org/pod/DBI", """#!/usr/bin/perl
use strict;
use DBI;
# old grades export, still used by the buyer in Winnipeg
my $dbh = DBI->connect("DBI:mysql:database=harvest;host=db.manomin-coop.ca", "grader", "@@secret@@")
    or die $DBI::errstr;
print "ekosi\\n";
""", words_pw())

add("blind-nd/swift/plist-token", "PilotBrief/Resources/Secrets.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>SentryAuthToken</key>
    <string>@@secret@@</string>
</dict>
</plist>
""", "sntrys_" + fakes.drawn_mixed(_seed(), 60))

add("blind-nd/json/appsettings-webhook", "dispatch-api/config/production.json", "https://github.com/node-config/node-config/wiki/Configuration-Files", """{
  "port": 8090,
  "base": "CYTH",
  "alerts": {
    "discordWebhook": "@@secret@@",
    "quietHours": ["22:00", "05:30"]
  }
}
""", discord_hook())

add("blind-nd/ansible/inventory-password", "ansible/inventory/floatbases.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """[floatbase]
dispatch01.kisikair.internal
dispatch02.kisikair.internal
lynnlake-pi ansible_host=10.20.3.14 ansible_user=pi ansible_password=@@secret@@

[floatbase:vars]
ansible_python_interpreter=/usr/bin/python3
""", words_pw())

add("blind-nd/python/smtp-login", "coop/mail/weekly_report.py", "https://docs.python.org/3/library/smtplib.html", """import smtplib
from email.message import EmailMessage

msg = EmailMessage()
msg["Subject"] = "Manomin weekly tally"
msg["From"] = msg["To"] = "office@manomin-coop.ca"
with smtplib.SMTP("smtp.office365.com", 587) as s:
    s.starttls()
    s.login("office@manomin-coop.ca", "@@secret@@")
    s.send_message(msg)
""", words_pw())

add("blind-nd/go/slack-bot", "tracker/internal/notify/slack.go", "https://pkg.go.dev/github.com/slack-go/slack", """package notify

import "github.com/slack-go/slack"

// overdue aircraft alerts (flight-following) - highest priority
var api = slack.New("@@secret@@")

func Overdue(reg string) { api.PostMessage("C04FLOATDK", slack.MsgOptionText(reg+" overdue", false)) }
""", slack_bot())

add("blind-nd/java/split-key", "flightlog/src/main/java/ca/kisikair/wx/WxClient.java", "https://docs.oracle.com/javase/specs/jls/se17/html/jls-15.html#jls-15.18.1", """package ca.kisikair.wx;

public final class WxClient {
    // split so it fits the 100-column limit
    private static final String KEY = "@@a@@" +
        "@@b@@";
    public String url(String ids) { return "https://wx.northernflightdata.ca/api/metar?ids=" + ids + "&key=" + KEY; }
}
""", (_p := hexs(40)), a=_p[:20], b=_p[20:])

add("blind-nd/k8s-secret/sendgrid-b64", "deploy/k8s/coop-mail-secret.yaml", K8S, """apiVersion: v1
kind: Secret
metadata:
  name: coop-mail
  namespace: coop
type: Opaque
data:
  api-key: @@enc@@
""", (_p := sendgrid()), enc=b64(_p))

add("blind-nd/powershell/here-string", "dispatch/windows/New-WxConfig.ps1", PS, """# writes the weather pull config on a new base PC
$config = @"
[vendor]
user = kisikair
password = @@secret@@
"@
Set-Content -Path C:\\KisikAir\\wx.ini -Value $config
""", words_pw())

add("blind-nd/typescript/firebase-admin", "dispatch-api/src/push.ts", "https://firebase.google.com/docs/admin/setup", """import admin from 'firebase-admin';

// push notifications to pilot tablets
admin.initializeApp({
  credential: admin.credential.cert({
    projectId: 'kisikair-pilot',
    clientEmail: 'push@kisikair-pilot.iam.gserviceaccount.com',
    privateKey: `@@secret@@`,
  }),
});
""", pem(""))

add("blind-nd/rust/url-password", "fuel-gauge/src/db.rs", "https://docs.rs/postgres/latest/postgres/config/struct.Config.html", """use postgres::{Client, NoTls};

pub fn connect() -> Result<Client, postgres::Error> {
    // caches at Kississing, Granville, Southern Indian
    Client::connect("postgresql://fuel:@@secret@@@pg-dispatch.kisikair.internal/fuel_ledger", NoTls)
}
""", pw(18))

add("blind-nd/yaml/sops-like-plain", "deploy/secrets/coop-portal.dec.yaml", "https://github.com/getsops/sops", """# decrypted copy for debugging - DELETE after use (sops -d coop-portal.enc.yaml)
portal:
  db_password: @@secret@@
  session_secret_note: regenerated on deploy
  admin_email: office@manomin-coop.ca
""", pw(24))

add("blind-nd/markdown/chat-paste", "notes/chat-export-2026-07.md", MD, """**Joe (office):** tânisi, the map upload is failing again
**Marie:** which token are you using?
**Joe:** this one `@@secret@@`
**Marie:** that one has upload scope, ok. I'll check the tileset
**Joe:** kinanâskomitin
""", "sk." + fakes.drawn_mixed(_seed(), 60) + "." + fakes.drawn_mixed(_seed(), 22))

add("blind-nd/yaml/docker-registry-url", "deploy/argocd/repo-coop.yaml", "https://argo-cd.readthedocs.io/en/stable/operator-manual/declarative-setup/#repositories", """apiVersion: v1
kind: Secret
metadata:
  name: repo-coop
  labels: {argocd.argoproj.io/secret-type: repository}
stringData:
  url: https://gitlab.com/manomin-coop/deploy.git
  password: @@secret@@
  username: argocd
""", glpat())

add("blind-nd/csv/fuel-vendor", "ops/vendors/fuel-portals.csv", "https://www.rfc-editor.org/rfc/rfc4180", """vendor,portal,login,password,renewal
Northern Fuels,https://portal.northernfuels.ca,kisikair,@@secret@@,2027-03
Lynn Lake Coop Fuel,phone only,,,
Norway House Gas Bar,invoice by email,,,
Thompson Avgas,https://orders.thompsonavgas.ca,dispatch,(1Password),2026-12
""", words_pw())

add("blind-nd/python/here-doc-curl", "ops/sentry_release.py", "https://docs.sentry.io/api/auth/", """import subprocess

# tag a release of the dispatch app in Sentry
subprocess.run([
    "curl", "-sS", "https://sentry.io/api/0/organizations/kisikair/releases/",
    "-H", "Authorization: Bearer @@secret@@",
    "-H", "Content-Type: application/json", "-d", '{"version": "dispatch@3.1.0", "projects": ["dispatch"]}',
], check=True)
""", "sntryu_" + hexs(64))

add("blind-nd/ruby/sidekiq-redis", "charter-admin/config/initializers/sidekiq.rb", "https://github.com/sidekiq/sidekiq/wiki/Using-Redis", """# background jobs: manifest PDFs, SMS reminders the night before a charter
Sidekiq.configure_server do |config|
  config.redis = { url: "redis://:@@secret@@@cache.kisikair.internal:6379/4" }
end

Sidekiq.configure_client do |config|
  config.redis = { url: "redis://:@@secret@@@cache.kisikair.internal:6379/4" }
end
""", fakes.redis_password(_seed()))

add("blind-nd/dotenv/stripe-webhook-secret", "booking/.env.staging", STRIPE, """NODE_ENV=staging
PUBLIC_URL=https://staging.book.kisikair.ca
STRIPE_WEBHOOK_SECRET=@@secret@@
# manomin freight bookings use the same checkout
LOG_LEVEL=debug
""", fakes.fake("whsec_", 32, _seed()))

# ---------------------------------------------------------------- decoys: more

add("blind-nd/markdown/decoy-aws-doc-example", "docs/wiki/aws-cli-setup.md", MD, """## AWS CLI on a dispatch laptop

Run `aws configure --profile fuel-backup`. It asks for values like AWS's documented examples:

    AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
    AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

Use your own keys from the ops lead - never these, and never commit yours.
""")

add("blind-nd/yaml/decoy-sops-encrypted", "deploy/secrets/coop-portal.enc.yaml", "https://github.com/getsops/sops", """portal:
    db_password: ENC[AES256_GCM,data:@@d@@,iv:@@iv@@,tag:@@t@@,type:str]
sops:
    age:
        - recipient: age1@@r@@
    lastmodified: "2026-09-01T17:02:11Z"
    version: 3.8.1
""", d=fakes.drawn(_seed(), 32, ALNUM + "+/") + "=", iv=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", r=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("blind-nd/json/decoy-jwks", "dispatch-api/public/.well-known/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517", """{
  "keys": [
    {
      "kty": "RSA", "use": "sig", "alg": "RS256", "kid": "@@kid@@",
      "e": "AQAB",
      "n": "@@n@@"
    }
  ]
}
""", kid=hexs(16), n=fakes.drawn(_seed(), 342, ALNUM + "_-"))

add("blind-nd/python/decoy-git-sha", "tools/version.py", "https://git-scm.com/docs/git-rev-parse", """# stamped by CI - the commit the pilot app was built from
VERSION = "2.4.0"
COMMIT = "@@c@@"
BUILD_ID = "@@b@@"
BUILT_AT = "2026-09-02T04:11:09Z"
""", c=hexs(40), b=uuid_s())

add("blind-nd/dotenv/decoy-test-env", ".env.test", ENV, """# test env - every value here is fake, used by the CI database container only
DB_HOST=localhost
DB_USER=test
DB_PASSWORD=test
STRIPE_SECRET_KEY=sk_test_00000000000000000000
TWILIO_AUTH_TOKEN=00000000000000000000000000000000
""")

add("blind-nd/yaml/decoy-vault-agent", "deploy/vault/agent-dispatch.hcl.yaml", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", """# vault agent template for the dispatch env file (rendered on the box, never in git)
template:
  destination: /etc/kisikair/dispatch.env
  contents: |
    DB_PASSWORD={{ with secret "kv/data/dispatch" }}{{ .Data.data.db_password }}{{ end }}
    STRIPE_SECRET_KEY={{ with secret "kv/data/booking" }}{{ .Data.data.stripe }}{{ end }}
""")

add("blind-nd/markdown/decoy-rotation-log", "docs/security/rotation-log.md", MD, """# Key rotation log

| Date | What | Who | Fingerprint / last 4 |
|---|---|---|---|
| 2026-03-02 | Stripe live key | ops | ...`a9Qk` |
| 2026-05-19 | deploy SSH key | ops | `SHA256:@@f@@` |
| 2026-09-01 | Mailgun key | office | ...`7e21` |
""", f=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("blind-nd/log/decoy-auth-ok", "logs/tracker-2026-09-05.log", "https://www.freedesktop.org/software/systemd/man/latest/journalctl.html", """Sep 05 06:00:01 tracker-01 tracker[911]: starting, redis=127.0.0.1:6379 auth=yes (password from REDIS_PASSWORD)
Sep 05 06:00:01 tracker-01 tracker[911]: ping C-FKSA 56.2641,-100.5107 alt=1500
Sep 05 06:00:31 tracker-01 tracker[911]: ping C-GKSB 55.8012,-97.8640 alt=0 (on the water)
Sep 05 06:01:01 tracker-01 tracker[911]: session=@@s@@ ok
Sep 05 06:01:31 tracker-01 tracker[911]: ekosi - all aircraft reporting
""", s=hexs(32))

add("blind-nd/python/decoy-placeholder-call", "coop/bots/example_bot.py", "https://core.telegram.org/bots/api", """\"\"\"Example for new volunteers: copy, then put the real token in TELEGRAM_TOKEN.\"\"\"
import os
from telegram.ext import Application

TOKEN = os.environ.get("TELEGRAM_TOKEN", "123456:REPLACE_WITH_YOUR_BOT_TOKEN")
app = Application.builder().token(TOKEN).build()
app.run_polling()
""")

add("blind-nd/javascript/decoy-recaptcha-site-key", "coop-site/src/contact.js", "https://developers.google.com/recaptcha/docs/display", """// contact form - reCAPTCHA site key is public (the secret key is server-side only)
const RECAPTCHA_SITE_KEY = '6Lc@@k@@';

export function renderCaptcha(el) {
  grecaptcha.render(el, { sitekey: RECAPTCHA_SITE_KEY });
}
""", k=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("blind-nd/csharp/decoy-keyvault", "CoopLedger/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration", """using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);
// secrets come from Key Vault with the app's managed identity
builder.Configuration.AddAzureKeyVault(new Uri("https://manomin-ledger-kv.vault.azure.net/"), new DefaultAzureCredential());
var app = builder.Build();
app.MapGet("/", () => "Tanisi - ledger up");
app.Run();
""")

add("blind-nd/go/decoy-test-constant", "tracker/internal/store/store_test.go", "https://pkg.go.dev/testing", """package store

import "testing"

// testDSN points at the throwaway container from docker-compose.test.yml
const testDSN = "host=localhost user=test password=test dbname=positions_test sslmode=disable"

func TestOpen(t *testing.T) { if _, err := sqlOpen(testDSN); err != nil { t.Fatal(err) } }
""")

add("blind-nd/markdown/decoy-cree-glossary", "docs/wiki/cree-radio-words.md", MD, """# Radio words (nêhiyawêwin) for dispatchers

| Cree | English | Use |
|---|---|---|
| pimihâkan | airplane | "pimihâkan is on the water" |
| sâkahikan | lake | lake names on the board |
| kimiwan | it is raining | weather holds |
| ekosi | that's all | end of call - not a password! |
""")

add("blind-nd/ini/decoy-keyring", "ops/dotfiles/pypirc.example", "https://packaging.python.org/en/latest/specifications/pypirc/", """[distutils]
index-servers = pypi

[pypi]
username = __token__
# password: stored with `keyring set https://upload.pypi.org/legacy/ __token__`
""")

add("blind-nd/yaml/decoy-external-secret", "deploy/k8s/externalsecret-booking.yaml", "https://external-secrets.io/latest/api/externalsecret/", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: booking-payments
spec:
  secretStoreRef: {name: aws-sm, kind: ClusterSecretStore}
  target: {name: booking-payments}
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef: {key: kisikair/booking/stripe, property: live}
""")

add("blind-nd/toml/decoy-cargo-config", "fuel-gauge/.cargo/config.toml", "https://doc.rust-lang.org/cargo/reference/registry-authentication.html", """[registries.kisikair]
index = "sparse+https://crates.kisikair.ca/index/"
credential-provider = ["cargo:token"]

[registry]
global-credential-providers = ["cargo:libsecret"]
""")

add("blind-nd/sql/decoy-grant-no-password", "coop/db/migrations/0008_app_roles.sql", "https://www.postgresql.org/docs/current/sql-grant.html", """-- roles without passwords: they log in with client certificates (pg_hba cert)
CREATE ROLE grader LOGIN;
CREATE ROLE buyer_report LOGIN;
GRANT SELECT, INSERT ON deliveries TO grader;
GRANT SELECT ON deliveries, grades TO buyer_report;
""")

add("blind-nd/html/decoy-form", "coop-site/member-login.html", HTML, """<!doctype html>
<html lang="en">
<body>
<form method="post" action="/login">
  <label>Member number <input name="member" placeholder="e.g. 1041"></label>
  <label>Password <input type="password" name="password" placeholder="••••••••" autocomplete="current-password"></label>
  <button>Tanisi - sign in</button>
</form>
</body>
</html>
""")

add("blind-nd/json/decoy-package-lock", "booking/package-lock.fragment.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """{
  "node_modules/stripe": {
    "version": "14.25.0",
    "resolved": "https://registry.npmjs.org/stripe/-/stripe-14.25.0.tgz",
    "integrity": "sha512-@@i@@==",
    "license": "MIT"
  }
}
""", i=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("blind-nd/shell/decoy-keygen", "ops/new-deploy-key.sh", BASH, """#!/usr/bin/env bash
# make a new deploy key for a float base; the private half stays on the box
set -e
ssh-keygen -t ed25519 -N '' -C "deploy@$(hostname)" -f ~/.ssh/floatbase_deploy
cat ~/.ssh/floatbase_deploy.pub
echo "paste the .pub line into the ops repo, then: ekosi"
""")

add("blind-nd/yaml/decoy-oidc-client-id", "deploy/oauth2-proxy.yaml", "https://oauth2-proxy.github.io/oauth2-proxy/configuration/overview", """# oauth2-proxy in front of the dispatch board
provider: azure
client_id: "@@cid@@"
client_secret_file: /etc/oauth2-proxy/client-secret
cookie_secret_file: /etc/oauth2-proxy/cookie-secret
email_domains: ["kisikair.ca"]
upstreams: ["http://127.0.0.1:8090"]
""", cid=uuid_s())

add("blind-nd/text/decoy-voicemail-pin-policy", "notes/phone-system.txt", "https://en.wikipedia.org/wiki/Plain_text", """Float dock phone system
- voicemail PIN: each dispatcher sets their own on first login (default is forced to change)
- SIP trunk credentials: held by the phone vendor, not us
- after-hours line forwards to the duty pilot
- Cree greeting recorded by Elder M. - kinanaskomitin
""")

add("blind-nd/python/decoy-hmac-verify", "booking/webhooks/verify.py", "https://stripe.com/docs/webhooks#verify-manually", """import hashlib
import hmac
import os


def verify(payload: bytes, sig_header: str) -> bool:
    secret = os.environ["STRIPE_WEBHOOK_SECRET"].encode()
    ts, v1 = (part.split("=", 1)[1] for part in sig_header.split(","))
    expected = hmac.new(secret, f"{ts}.".encode() + payload, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, v1)
""")

add("blind-nd/kotlin/decoy-local-properties", "pilot-app/local.properties.example", "https://developer.android.com/studio/build#properties-files", """# copy to local.properties (git-ignored) and fill in
sdk.dir=/Users/you/Library/Android/sdk
weatherKey=
RELEASE_STORE_PASSWORD=
# ask ops for the release keystore - never commit it
""")

add("blind-nd/docker/decoy-compose-secrets-ref", "coop/docker-compose.override.example.yml", COMPOSE, """# local override example
services:
  portal:
    environment:
      DJANGO_SECRET_KEY: ${DJANGO_SECRET_KEY:-insecure-dev-key-do-not-use}
      DB_PASSWORD: ${DB_PASSWORD}
    ports: ["8000:8000"]
""")

add("blind-nd/rst/decoy-api-example", "docs/source/buyer-api.rst", RST, """Buyer API
=========

Example request (the token shown is the documentation placeholder):

.. code-block:: shell

   curl -H "Authorization: Token <your-token-here>" https://api.manomin-coop.ca/v1/lots

Lots are graded A (long, dark) to C (broken).
""")

add("blind-nd/terraform/decoy-data-source", "infra/secrets.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version", """data "aws_secretsmanager_secret_version" "stripe" {
  secret_id = "kisikair/booking/stripe"
}

locals {
  stripe_key = jsondecode(data.aws_secretsmanager_secret_version.stripe.secret_string)["live"]
}
""")

add("blind-nd/powershell/decoy-securestring-export", "coop/windows/ledger-cred.xml", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/export-clixml", """<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">
  <Obj RefId="0">
    <TN RefId="0"><T>System.Management.Automation.PSCredential</T></TN>
    <Props>
      <S N="UserName">COOP\\ledger</S>
      <SS N="Password">01000000d08c9ddf0115d1118c7a00c04fc297eb01000000@@h@@</SS>
    </Props>
  </Obj>
</Objs>
""", h=hexs(280))

add("blind-nd/markdown/decoy-masked-table", "docs/wiki/service-accounts.md", MD, """# Service accounts (where the secrets live)

| Service | Account | Secret |
|---|---|---|
| Weather vendor | kisikair | 1Password > Ops > WX |
| SMS gateway | dispatch | `AC...` sid / token `••••••••` |
| Fuel portal | kisikair | vault `kv/ops/fuel` |
""")

add("blind-nd/yaml/decoy-github-oidc", ".github/workflows/terraform.yml", "https://docs.github.com/en/actions/deployment/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """name: terraform
on: {pull_request: {paths: ["infra/**"]}}
permissions: {id-token: write, contents: read}
jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418273650912:role/gha-terraform
          aws-region: ca-central-1
      - run: terraform -chdir=infra plan
""")

add("blind-nd/php/decoy-env-helper", "coop-orders/config/database.php", "https://laravel.com/docs/database#configuration", """<?php

return [
    'mysql' => [
        'host' => env('DB_HOST', '127.0.0.1'),
        'username' => env('DB_USERNAME', 'forge'),
        'password' => env('DB_PASSWORD', ''),
    ],
];
""")

add("blind-nd/log/decoy-failed-login", "logs/portal-auth.log", "https://docs.djangoproject.com/en/stable/topics/logging/", """2026-09-06 09:12:44 WARNING login failed member=1041 reason=bad-password ip=10.8.0.14
2026-09-06 09:12:58 INFO login ok member=1041 ip=10.8.0.14
2026-09-06 09:40:03 INFO password reset link sent member=1077 token_id=@@t@@ (token not logged)
2026-09-06 10:02:11 INFO login ok member=1077 ip=10.8.0.22
2026-09-06 10:02:12 INFO tanisi banner shown (cr locale)
""", t=uuid_s())

add("blind-nd/swift/decoy-keychain", "PilotBrief/Sources/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """import Security

// NOTAM key is entered once by the pilot and kept in the keychain
enum TokenStore {
    static let service = "ca.kisikair.pilotbrief.notam"
    static func load() -> String? { KeychainHelper.read(service: service, account: "notam") }
    static func save(_ token: String) { KeychainHelper.write(token, service: service, account: "notam") }
}
""")

add("blind-nd/csv/decoy-grades", "coop/exports/grades-2026.csv", "https://www.rfc-editor.org/rfc/rfc4180", """lot,lake,grade,green_lb,finished_lb,lot_hash
G-0412,Granville,A,1240,498,@@a@@
G-0413,Granville,B,980,371,@@b@@
S-0107,Southern Indian,A,1510,612,@@c@@
F-0033,Footprint,C,400,139,@@d@@
""", a=hexs(40), b=hexs(40), c=hexs(40), d=hexs(40))

add("blind-nd/yaml/decoy-helm-set-file", "charts/booking/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """# prod values for booking; secrets are not here (see existingSecret)
replicaCount: 2
stripe:
  existingSecret: booking-payments
  publishableKey: "@@pk@@"
ingress:
  host: book.kisikair.ca
""", pk=stripe("pk_live_"))
