"""Blind set NH: a Hausa-speaking team in northern Nigeria.

Two businesses share the team: a Kano leather tannery (Gidan Majema: hides, tanning batches,
export orders, Paystack and Flutterwave payments) and a Kaduna intercity bus line (Motar Kaduna:
tickets, seat booking, SMS to passengers, driver app). Comments, notes and runbooks are partly in
Hausa. Generated fakes only (seeds 7880000-7889999).
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
_SEED = [7880000]
SEED_LO, SEED_HI = 7880000, 7889999

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


WORDS = ["Fata", "Majema", "Tasha", "Kurmi", "Dala", "Goron", "Rimi", "Zaria", "Kawo", "Sabon", "Tudun",
         "Bakin", "Kogi", "Rafi", "Gwani", "Dorayi", "Kofar", "Mata", "Nasara", "Hikima"]
LOWER = ["rakumi", "doki", "gari", "ruwa", "kasuwa", "fitila", "tumaki", "akuya", "kaba", "tabarma",
         "gyada", "dabino", "kwando", "baure", "tsamiya", "kuka"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def paystack(kind: str = "sk_live_") -> str:
    return kind + hexs(40)


def flutterwave() -> str:
    return "FLWSECK-" + hexs(32) + "-X"


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


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
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def telegram() -> str:
    return fakes.telegram_token(_seed())


def github() -> str:
    return fakes.github_token(_seed())


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def google_api() -> str:
    return fakes.fake("AIza", 35, _seed())


def openai() -> str:
    return fakes.openai_key(_seed())


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def twilio_sid() -> str:
    return "AC" + hexs(32)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def sha256ish() -> str:
    return hexs(64)


def indent(text: str, spaces: int) -> str:
    pad = " " * spaces
    return "\n".join(pad + line for line in text.splitlines())


S_ENV = "https://github.com/motdotla/dotenv#rules"
S_YAML = "https://yaml.org/spec/1.2.2/"
S_K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
S_COMPOSE = "https://docs.docker.com/compose/compose-file/"
S_DOCKER = "https://docs.docker.com/reference/dockerfile/"
S_PY = "https://docs.python.org/3/reference/lexical_analysis.html"
S_DJANGO = "https://docs.djangoproject.com/en/stable/ref/settings/"
S_JS = "https://nodejs.org/api/process.html#processenv"
S_TS = "https://www.typescriptlang.org/docs/handbook/2/basic-types.html"
S_GO = "https://pkg.go.dev/database/sql"
S_JAVA = "https://docs.spring.io/spring-boot/reference/features/external-config.html"
S_KT = "https://kotlinlang.org/docs/properties.html"
S_CS = "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/"
S_PHP = "https://www.php.net/manual/en/pdo.construct.php"
S_LARAVEL = "https://laravel.com/docs/configuration"
S_RUBY = "https://guides.rubyonrails.org/configuring.html"
S_RUST = "https://docs.rs/config/latest/config/"
S_SWIFT = "https://developer.apple.com/documentation/foundation/urlsession"
S_SH = "https://www.gnu.org/software/bash/manual/bash.html"
S_PS = "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_variables"
S_TF = "https://developer.hashicorp.com/terraform/language/values/variables"
S_ANSIBLE = "https://docs.ansible.com/ansible/latest/vault_guide/index.html"
S_GHA = "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions"
S_GITLAB = "https://docs.gitlab.com/ee/ci/variables/"
S_HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
S_INI = "https://docs.python.org/3/library/configparser.html"
S_TOML = "https://toml.io/en/v1.0.0"
S_JSON = "https://www.json.org/json-en.html"
S_XML = "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/"
S_MD = "https://spec.commonmark.org/"
S_RST = "https://docutils.sourceforge.io/rst.html"
S_HTML = "https://html.spec.whatwg.org/"
S_SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
S_LOG = "https://docs.python.org/3/library/logging.html"
S_CSV = "https://www.rfc-editor.org/rfc/rfc4180"
S_IPYNB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
S_HIST = "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html"
S_PGPASS = "https://www.postgresql.org/docs/current/libpq-pgpass.html"
S_NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
S_NETRC = "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html"
S_PAYSTACK = "https://paystack.com/docs/api/authentication/"
S_FLW = "https://developer.flutterwave.com/docs/integration-guides/authentication"
S_SSH = "https://man.openbsd.org/ssh_config"
S_PROPS = "https://docs.oracle.com/javase/8/docs/api/java/util/Properties.html#load-java.io.Reader-"

# ---------------------------------------------------------------- .env files

s = paystack()
add("blind-nh/env/paystack", "majema-api/.env", S_ENV, """\
# Gidan Majema - saitin API na biyan kudi
APP_NAME=majema-orders
APP_ENV=production
PAYSTACK_PUBLIC_KEY=pk_live_@@pk@@
PAYSTACK_SECRET_KEY=@@key@@
ORDER_CURRENCY=NGN
""", s, key=s, pk=hexs(40))

s = words_pw()
add("blind-nh/env/database", "motar-kaduna/booking/.env.production", S_ENV, """\
# Motar Kaduna - tikiti
DB_HOST=10.20.4.11
DB_PORT=5432
DB_NAME=tikiti
DB_USER=tikiti_app
DB_PASSWORD='@@pw@@'
ROUTES=KAD-ZAR,KAD-ABJ,KAD-KAN
""", s, pw=s)

s = flutterwave()
add("blind-nh/env/flutterwave", "fata-export/.env.live", S_ENV, """\
FLW_PUBLIC_KEY=FLWPUBK-@@pub@@-X
FLW_SECRET_KEY=@@key@@
FLW_ENCRYPTION_KEY_REF=vault:fata/flw-enc
# lura: kudin fitar da fata zuwa Turai
EXPORT_BASE_CURRENCY=USD
""", s, key=s, pub=hexs(32))

s = telegram()
add("blind-nh/env/telegram-bot", "motar-kaduna/notify/.env", S_ENV, """\
# bot din da ke aika sanarwa ga direbobi
TELEGRAM_BOT_TOKEN=@@tok@@
TELEGRAM_CHAT_ID=-1001874420933
NOTIFY_LANG=ha
QUIET_HOURS=22-05
""", s, tok=s)

s = redis_pw()
add("blind-nh/env/redis-url", "motar-kaduna/seats/.env.staging", S_ENV, """\
# kujeru (seat locks) suna cikin redis
SEAT_LOCK_TTL=300
REDIS_URL=redis://:@@pw@@@redis-seats.kaduna.internal:6379/2
BOOKING_WINDOW_DAYS=14
LOG_LEVEL=info
""", s, pw=s)

add("blind-nh/env/decoy-placeholder", "majema-api/.env.example", S_ENV, """\
# Kwafi wannan zuwa .env sannan ka cike darajoji na gaskiya
# (kada ka saka ainihin maballi a nan)
PAYSTACK_PUBLIC_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
PAYSTACK_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
DB_PASSWORD=<kalmar-sirri-a-nan>
SESSION_SECRET=changeme
""")

add("blind-nh/env/decoy-env-reference", "motar-kaduna/booking/.env.ci", S_ENV, """\
# CI ne ke cike wadannan daga GitHub secrets
DB_HOST=localhost
DB_PASSWORD=${CI_DB_PASSWORD}
PAYSTACK_SECRET_KEY=${PAYSTACK_TEST_SECRET}
TERMII_API_KEY=${TERMII_API_KEY:?ba a saka ba}
""")

add("blind-nh/env/decoy-empty", "fata-export/.env.local.sample", S_ENV, """\
# Gidan Majema - misali na gida
FLW_PUBLIC_KEY=
FLW_SECRET_KEY=
FLW_ENCRYPTION_KEY=
SMTP_PASSWORD=
EXPORT_BASE_CURRENCY=USD
""")

s = sendgrid_key()
add("blind-nh/env/sendgrid", "fata-export/invoices/.env", S_ENV, """\
# takardun kudi (invoices) ga masu saye a Italiya da Spain
MAIL_FROM=invoices@gidanmajema.ng
MAIL_FROM_NAME="Gidan Majema Kano"
SENDGRID_API_KEY=@@key@@
INVOICE_BCC=lissafi@gidanmajema.ng
""", s, key=s)

s = rand_pw(32)
add("blind-nh/env/app-secret", "motar-kaduna/driver-app/.env.prod", S_ENV, """\
NODE_ENV=production
PORT=8080
# sirrin da ake sa hannu da shi a JWT na direbobi
JWT_SECRET=@@sec@@
JWT_TTL=12h
""", s, sec=s)

# ---------------------------------------------------------------- Python

s = words_pw()
add("blind-nh/python/database", "majema/db.py", S_PY, """\
\"\"\"Hanyar shiga rumbun bayanai na batches din fata.\"\"\"
import psycopg2


def connect():
    # TODO: a matsar da wannan zuwa vault
    return psycopg2.connect(
        host="db.majema.lan",
        dbname="fata",
        user="majema",
        password="@@pw@@",
    )
""", s, pw=s)

s = paystack()
add("blind-nh/python/paystack", "majema/payments/paystack_client.py", S_PAYSTACK, """\
import requests

PAYSTACK_BASE = "https://api.paystack.co"
HEADERS = {"Authorization": "Bearer @@key@@"}


def tabbatar_biya(reference: str) -> dict:
    \"\"\"Tabbatar da biyan da mai saye ya yi (verify transaction).\"\"\"
    r = requests.get(f"{PAYSTACK_BASE}/transaction/verify/{reference}", headers=HEADERS, timeout=20)
    r.raise_for_status()
    return r.json()["data"]
""", s, key=s)

s = django_key()
add("blind-nh/python/django-secret", "tikiti_site/settings/prod.py", S_DJANGO, """\
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["tikiti.motarkaduna.ng"]
SECRET_KEY = "@@key@@"
LANGUAGE_CODE = "ha"
TIME_ZONE = "Africa/Lagos"
""", s, key=s)

s = telegram()
add("blind-nh/python/telegram-bot", "motar-kaduna/bots/sanarwa.py", S_PY, """\
import telebot

# bot: @MotarKadunaBot  -- yana sanar da fasinjoji idan mota ta tashi
bot = telebot.TeleBot("@@tok@@", parse_mode="HTML")


@bot.message_handler(commands=["jadawali"])
def jadawali(msg):
    bot.reply_to(msg, "Kaduna - Zaria: 06:30, 09:00, 13:00")


bot.infinity_polling()
""", s, tok=s)

s_id, s = aws_id(), aws_secret()
add("blind-nh/python/aws", "majema/scripts/upload_hoto.py", S_PY, """\
\"\"\"Loda hotunan fata (hides) zuwa S3 don abokan ciniki su gani.\"\"\"
import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-west-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@sec@@",
)
s3.upload_file("batch_0412.jpg", "majema-hides", "2026/batch_0412.jpg")
""", s, kid=s_id, sec=s)

s = words_pw()
add("blind-nh/python/smtp", "majema/reports/aika_rahoto.py", S_PY, """\
import smtplib
from email.message import EmailMessage

msg = EmailMessage()
msg["Subject"] = "Rahoton majema na mako"
msg["From"] = "rahoto@gidanmajema.ng"
msg["To"] = "manaja@gidanmajema.ng"
msg.set_content(open("rahoto.txt").read())
with smtplib.SMTP_SSL("mail.gidanmajema.ng", 465) as smtp:
    smtp.login("rahoto@gidanmajema.ng", "@@pw@@")
    smtp.send_message(msg)
""", s, pw=s)

add("blind-nh/python/decoy-env-reference", "majema/config.py", S_PY, """\
import os

# Duk sirri daga muhalli (environment) ake karba, ba a rubuta su a nan ba.
PAYSTACK_SECRET_KEY = os.environ["PAYSTACK_SECRET_KEY"]
DB_PASSWORD = os.getenv("MAJEMA_DB_PASSWORD", "")
FLW_SECRET_KEY = os.environ.get("FLW_SECRET_KEY")
""")

add("blind-nh/python/decoy-test-fixture", "motar-kaduna/tests/test_biya.py", S_PY, """\
# Gwaji kawai: wadannan maballai na karya ne (fake), ba sa aiki a Paystack.
FAKE_SECRET = "sk_test_0000000000000000000000000000000000000000"
FAKE_REF = "tikiti-test-0001"


def test_biya_ya_ki(client):
    res = client.post("/biya", json={"ref": FAKE_REF}, headers={"X-Key": FAKE_SECRET})
    assert res.status_code == 401
""")

add("blind-nh/python/decoy-hash", "motar-kaduna/auth/users_seed.py", S_PY, """\
# Masu amfani na farko (admin). Hash ne na bcrypt, ba kalmar sirri ba.
USERS = [
    {"username": "admin", "password_hash": "$2b$12$@@h1@@"},
    {"username": "ofis_kawo", "password_hash": "$2b$12$@@h2@@"},
]
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-nh/python/decoy-secret-manager", "majema/secrets.py", S_PY, """\
from google.cloud import secretmanager

_client = secretmanager.SecretManagerServiceClient()


def sirri(name: str) -> str:
    \"\"\"Karbo sirri daga Secret Manager (misali: paystack-secret-key).\"\"\"
    path = f"projects/gidan-majema/secrets/{name}/versions/latest"
    return _client.access_secret_version(name=path).payload.data.decode()
""")

s = slack_webhook()
add("blind-nh/python/slack-webhook", "majema/alerts/tank_alarm.py", S_PY, """\
import json
import urllib.request

# idan pH na tankin tanning ya wuce iyaka, a sanar a Slack #majema-ops
WEBHOOK = "@@url@@"


def gargadi(tank: str, ph: float) -> None:
    body = json.dumps({"text": f"Gargadi: tank {tank} pH={ph}"}).encode()
    urllib.request.urlopen(urllib.request.Request(WEBHOOK, body, {"Content-Type": "application/json"}))
""", s, url=s)

s = openai()
add("blind-nh/python/openai", "motar-kaduna/support/fassara.py", S_PY, """\
from openai import OpenAI

# fassara korafe-korafen fasinjoji daga Hausa zuwa Turanci
client = OpenAI(api_key="@@key@@")


def fassara(rubutu: str) -> str:
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": rubutu}])
    return r.choices[0].message.content
""", s, key=s)

s = passphrase()
add("blind-nh/python/split-password", "majema/legacy/ledger_sync.py", S_PY, """\
import pymysql

# tsohon tsarin lissafi (ledger) - kalmar sirri an raba ta saboda layi ya yi tsawo
LEDGER_PASS = ("@@a@@"
               "@@b@@")

conn = pymysql.connect(host="192.168.8.20", user="ledger", password=LEDGER_PASS, database="lissafi")
""", s, a=s[:9], b=s[9:])

# ---------------------------------------------------------------- Kubernetes, Helm, compose

s = words_pw()
add("blind-nh/k8s-secret/database", "deploy/k8s/tikiti-db-secret.yaml", S_K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: tikiti-db
  namespace: motar-kaduna
type: Opaque
data:
  username: @@u@@
  password: @@p@@
""", s, u=b64("tikiti_app"), p=b64(s))

s = paystack()
add("blind-nh/k8s-secret/paystack", "deploy/k8s/majema-payments-secret.yaml", S_K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: majema-payments
  namespace: majema
  annotations:
    note: "maballin Paystack na gaske - kada a tura zuwa repo na jama'a"
type: Opaque
stringData:
  PAYSTACK_SECRET_KEY: "@@key@@"
""", s, key=s)

s = redis_pw()
add("blind-nh/k8s-secret/redis-url", "deploy/k8s/seats-redis-secret.yaml", S_K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: seats-redis
  namespace: motar-kaduna
data:
  REDIS_URL: @@v@@
""", s, v=b64(f"redis://default:{s}@seats-redis-master:6379/0"))

add("blind-nh/k8s-secret/decoy-placeholder", "deploy/k8s/majema-payments-secret.template.yaml", S_K8S, """\
# Samfuri (template): CI na maye gurbin __...__ kafin a yi apply
apiVersion: v1
kind: Secret
metadata:
  name: majema-payments
type: Opaque
stringData:
  PAYSTACK_SECRET_KEY: "__PAYSTACK_SECRET_KEY__"
  FLW_SECRET_KEY: "__FLW_SECRET_KEY__"
""")

add("blind-nh/k8s/decoy-secret-ref", "deploy/k8s/tikiti-deployment.yaml", S_K8S, """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: tikiti-api
  namespace: motar-kaduna
spec:
  replicas: 2
  selector:
    matchLabels: {app: tikiti-api}
  template:
    metadata:
      labels: {app: tikiti-api}
    spec:
      containers:
        - name: api
          image: ghcr.io/motarkaduna/tikiti-api:2.4.1
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: tikiti-db, key: password}
            - name: PAYSTACK_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: tikiti-payments, key: secret}
""")

add("blind-nh/k8s/decoy-sealed-secret", "deploy/k8s/majema-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets", """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: majema-db
  namespace: majema
spec:
  encryptedData:
    password: AgB@@c1@@
    username: AgA@@c2@@
""", c1=fakes.drawn(_seed(), 300, ALNUM + "+/"), c2=fakes.drawn(_seed(), 120, ALNUM + "+/"))

s = rand_pw(20)
add("blind-nh/k8s/env-literal", "deploy/k8s/ledger-cronjob.yaml", S_K8S, """\
apiVersion: batch/v1
kind: CronJob
metadata:
  name: ledger-sync
  namespace: majema
spec:
  schedule: "30 1 * * *"   # kowane dare karfe 1:30
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: sync
              image: registry.gidanmajema.ng/ledger-sync:1.3
              env:
                - name: LEDGER_DB_URL
                  value: "mysql://ledger:@@pw@@@192.168.8.20:3306/lissafi"
""", s, pw=s)

s = flutterwave()
add("blind-nh/helm/flutterwave", "charts/fata-export/values-prod.yaml", S_HELM, """\
replicaCount: 2
image:
  repository: registry.gidanmajema.ng/fata-export
  tag: "3.1.0"
ingress:
  host: export.gidanmajema.ng
flutterwave:
  publicKey: FLWPUBK-@@pub@@-X
  secretKey: @@key@@
  # biya daga masu saye na waje (USD/EUR)
  currencies: [USD, EUR, NGN]
""", s, key=s, pub=hexs(32))

add("blind-nh/helm/decoy-placeholder", "charts/fata-export/values.yaml", S_HELM, """\
replicaCount: 1
image:
  repository: registry.gidanmajema.ng/fata-export
  tag: latest
flutterwave:
  publicKey: ""
  # a saka a values-<env>.yaml ko ta --set; kar a rubuta a nan
  secretKey: ""
  existingSecret: fata-export-flw
""")

s = words_pw()
add("blind-nh/helm/postgres", "charts/tikiti/values-staging.yaml", S_HELM, """\
postgresql:
  enabled: true
  auth:
    username: tikiti
    database: tikiti
    password: "@@pw@@"
    postgresPassword: ""
    existingSecret: ""
api:
  env:
    TIKITI_ENV: staging
""", s, pw=s)

s = rand_pw(24)
add("blind-nh/compose/database", "motar-kaduna/docker-compose.yml", S_COMPOSE, """\
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: tikiti
      POSTGRES_USER: tikiti
      POSTGRES_PASSWORD: @@pw@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    build: ./booking
    depends_on: [db]
    ports: ["8080:8080"]
volumes:
  pgdata: {}
""", s, pw=s)

add("blind-nh/compose/decoy-env-reference", "majema/docker-compose.yml", S_COMPOSE, """\
services:
  majema-api:
    build: .
    env_file: .env
    environment:
      PAYSTACK_SECRET_KEY: ${PAYSTACK_SECRET_KEY}
      DB_PASSWORD: ${MAJEMA_DB_PASSWORD:?a saka MAJEMA_DB_PASSWORD}
  mysql:
    image: mysql:8.4
    environment:
      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root
    secrets: [mysql_root]
secrets:
  mysql_root:
    file: ./secrets/mysql_root.txt
""")

s = redis_pw()
add("blind-nh/compose/redis-command", "motar-kaduna/seats/compose.dev.yaml", S_COMPOSE, """\
services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@pw@@", "--appendonly", "yes"]
    ports: ["6379:6379"]
  seats:
    build: .
    depends_on: [redis]
""", s, pw=s)

# ---------------------------------------------------------------- CI

s = gitlab()
add("blind-nh/gitlab-ci/gitlab-token", "majema/.gitlab-ci.yml", S_GITLAB, """\
stages: [test, release]

variables:
  PIP_INDEX_URL: https://gitlab.gidanmajema.ng/api/v4/projects/12/packages/pypi/simple
  # token na sakin kunshi (release) - za a canza shi nan gaba
  RELEASE_TOKEN: "@@tok@@"

release:
  stage: release
  script:
    - python -m build
    - twine upload --repository-url "$CI_API_V4_URL/projects/12/packages/pypi" -u gitlab-ci-token -p "$CI_JOB_TOKEN" dist/*
""", s, tok=s)

add("blind-nh/github-actions/decoy-secret-ref", "motar-kaduna/.github/workflows/deploy.yml", S_GHA, """\
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Tura zuwa server na Kaduna
        env:
          SSH_KEY: ${{ secrets.KADUNA_DEPLOY_KEY }}
          PAYSTACK_SECRET_KEY: ${{ secrets.PAYSTACK_SECRET_KEY }}
        run: ./scripts/deploy.sh
""")

s = npm_token()
add("blind-nh/github-actions/npm-token", "motar-kaduna/.github/workflows/publish-sdk.yml", S_GHA, """\
name: publish-sdk
on:
  release:
    types: [published]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: {node-version: 20, registry-url: "https://registry.npmjs.org"}
      - run: npm ci && npm publish --access public
        env:
          NODE_AUTH_TOKEN: @@tok@@
""", s, tok=s)

s = slack_webhook()
add("blind-nh/github-actions/slack-webhook", "majema/.github/workflows/nightly.yml", S_GHA, """\
name: nightly
on:
  schedule: [{cron: "0 2 * * *"}]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: make test
      - name: Sanar a Slack idan ya fadi
        if: failure()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Gwajin dare ya fadi (majema)"}' \\
            @@url@@
""", s, url=s)

add("blind-nh/gitlab-ci/decoy-masked-variable", "motar-kaduna/.gitlab-ci.yml", S_GITLAB, """\
stages: [build, deploy]

build:
  stage: build
  script: docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .

deploy:
  stage: deploy
  # DEPLOY_TOKEN masked + protected ne a Settings > CI/CD > Variables
  script:
    - echo "$DEPLOY_TOKEN" | docker login -u deploy --password-stdin $CI_REGISTRY
    - helm upgrade --install tikiti charts/tikiti --set image.tag=$CI_COMMIT_SHORT_SHA
""")

# ---------------------------------------------------------------- Terraform, Ansible

s = words_pw()
add("blind-nh/terraform/database", "infra/majema/rds.tf", S_TF, """\
resource "aws_db_instance" "majema" {
  identifier        = "majema-prod"
  engine            = "postgres"
  engine_version    = "16.3"
  instance_class    = "db.t4g.small"
  allocated_storage = 50
  username          = "majema"
  password          = "@@pw@@"
  skip_final_snapshot = false
}
""", s, pw=s)

add("blind-nh/terraform/decoy-variable", "infra/tikiti/variables.tf", S_TF, """\
variable "db_password" {
  description = "Kalmar sirri ta rumbun tikiti (daga TF_VAR_db_password)"
  type        = string
  sensitive   = true
}

variable "paystack_secret_key" {
  type      = string
  sensitive = true
  default   = ""
}
""")

s = aws_secret()
add("blind-nh/terraform/aws", "infra/tikiti/provider.tf", S_TF, """\
# TODO(Musa): a cire wannan, a yi amfani da profile
provider "aws" {
  region     = "eu-west-1"
  access_key = "@@kid@@"
  secret_key = "@@sec@@"
}
""", s, kid=aws_id(), sec=s)

add("blind-nh/terraform/decoy-tfvars-example", "infra/majema/terraform.tfvars.example", S_TF, """\
# Kwafi zuwa terraform.tfvars (an saka shi a .gitignore)
db_password         = "REPLACE_ME"
paystack_secret_key = "sk_live_REPLACE_ME"
flw_secret_key      = "FLWSECK-REPLACE_ME-X"
alert_email         = "ops@gidanmajema.ng"
""")

s = words_pw()
add("blind-nh/ansible/database", "ansible/group_vars/tikiti_db.yml", S_ANSIBLE, """\
---
postgresql_version: 16
postgresql_databases:
  - name: tikiti
postgresql_users:
  - name: tikiti_app
    password: "@@pw@@"
    db: tikiti
# lura: an bude port 5432 ga 10.20.0.0/16 kawai
postgresql_hba_allow: 10.20.0.0/16
""", s, pw=s)

add("blind-nh/ansible/decoy-vault", "ansible/group_vars/majema/vault.yml", S_ANSIBLE, """\
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("blind-nh/ansible/decoy-vault-reference", "ansible/group_vars/majema/vars.yml", S_ANSIBLE, """\
---
majema_db_user: majema
majema_db_password: "{{ vault_majema_db_password }}"
paystack_secret_key: "{{ vault_paystack_secret_key }}"
# sirri na gaske suna cikin vault.yml (an boye su da ansible-vault)
majema_upload_dir: /srv/majema/hotuna
""")

s = rand_pw(16)
add("blind-nh/ansible/inventory-password", "ansible/inventory/kaduna.ini", S_ANSIBLE, """\
[tasha_kawo]
kawo-pos-01 ansible_host=10.20.7.21
kawo-pos-02 ansible_host=10.20.7.22

[tasha_kawo:vars]
ansible_user=admin
ansible_password=@@pw@@
ansible_connection=ssh
""", s, pw=s)

# ---------------------------------------------------------------- JavaScript / TypeScript

s = paystack()
add("blind-nh/javascript/paystack", "motar-kaduna/booking/src/biya.js", S_PAYSTACK, """\
const axios = require("axios");

// Fara biyan tikiti (initialize transaction) - kudi a kobo
const paystack = axios.create({
  baseURL: "https://api.paystack.co",
  headers: { Authorization: "Bearer @@key@@" },
});

async function faraBiya(email, naira, ref) {
  const { data } = await paystack.post("/transaction/initialize", { email, amount: naira * 100, reference: ref });
  return data.data.authorization_url;
}

module.exports = { faraBiya };
""", s, key=s)

s = rand_pw(28, "-_")
add("blind-nh/javascript/mongodb", "motar-kaduna/driver-app/server/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", """\
const mongoose = require("mongoose");

// rumbun direbobi da tafiye-tafiye (trips)
const uri = "mongodb+srv://driverapp:@@pw@@@cluster0.kdn4x.mongodb.net/tafiya?retryWrites=true&w=majority";

mongoose.connect(uri).then(() => console.log("an hada da Mongo"));
module.exports = mongoose;
""", s, pw=s)

add("blind-nh/javascript/decoy-publishable-key", "motar-kaduna/booking/public/checkout.js", "https://paystack.com/docs/payments/accept-payments/", """\
// Maballin jama'a (public key) ne kawai - ana iya nuna shi a browser
const PAYSTACK_PUBLIC_KEY = "pk_live_@@pk@@";

function biyaTikiti(email, amount, ref) {
  const handler = PaystackPop.setup({ key: PAYSTACK_PUBLIC_KEY, email, amount, ref,
    callback: (r) => (window.location = "/tabbatar?ref=" + r.reference) });
  handler.openIframe();
}
""", pk=hexs(40))

s = discord_webhook()
add("blind-nh/typescript/discord-webhook", "majema/dashboard/src/lib/notify.ts", S_TS, """\
// Sanarwa zuwa Discord idan an kammala batch na fata
const HOOK: string = "@@url@@";

export async function batchYaKare(batchId: string, hides: number): Promise<void> {
  await fetch(HOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: `Batch ${batchId} ya kare: fata ${hides}` }),
  });
}
""", s, url=s)

add("blind-nh/typescript/decoy-env-reference", "majema/dashboard/src/config.ts", S_TS, """\
// Ana karanta dukkan sirri daga process.env; duba .env.example
export const config = {
  apiUrl: process.env.NEXT_PUBLIC_API_URL ?? "http://localhost:8000",
  paystackSecret: process.env.PAYSTACK_SECRET_KEY!,
  dbPassword: process.env.MAJEMA_DB_PASSWORD ?? "",
  sessionSecret: process.env.SESSION_SECRET ?? "",
};
""")

s = google_api()
add("blind-nh/typescript/google-maps", "motar-kaduna/tracker/src/map.ts", "https://developers.google.com/maps/documentation/javascript/get-api-key", """\
import { Loader } from "@googlemaps/js-api-loader";

// taswirar motoci a hanya (Kaduna - Abuja)
const loader = new Loader({ apiKey: "@@key@@", version: "weekly" });

export async function nunaTaswira(el: HTMLElement) {
  const { Map } = await loader.importLibrary("maps");
  return new Map(el, { center: { lat: 10.5222, lng: 7.4383 }, zoom: 9 });
}
""", s, key=s)

s = rand_pw(40)
add("blind-nh/javascript/termii-sms", "motar-kaduna/notify/sms.js", "https://developers.termii.com/messaging-api", """\
// Aika SMS ga fasinja: "Motarku za ta tashi nan da minti 30"
const TERMII_KEY = '@@key@@';

async function aikaSms(to, sms) {
  const res = await fetch('https://api.ng.termii.com/api/sms/send', {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ api_key: TERMII_KEY, to, from: 'MotarKD', sms, type: 'plain', channel: 'generic' }),
  });
  return res.json();
}
module.exports = { aikaSms };
""", s, key=s)

add("blind-nh/javascript/decoy-test-fixture", "motar-kaduna/booking/test/biya.test.js", S_JS, """\
// Gwaji: nock yana kwaikwayon Paystack; maballin karya ne
const nock = require('nock');
const FAKE_KEY = 'sk_test_fake_key_for_unit_tests_only';

test('faraBiya yana dawo da url', async () => {
  nock('https://api.paystack.co').post('/transaction/initialize').reply(200, { data: { authorization_url: 'https://checkout.paystack.com/abc' } });
  process.env.PAYSTACK_SECRET_KEY = FAKE_KEY;
});
""")

# ---------------------------------------------------------------- Go

s = words_pw()
add("blind-nh/go/database", "motar-kaduna/tasha/internal/store/store.go", S_GO, """\
package store

import (
\t"database/sql"

\t_ "github.com/lib/pq"
)

// Bude rumbun tasha (motor park) na Kawo
func Open() (*sql.DB, error) {
\tdsn := "host=10.20.4.11 port=5432 user=tasha password=@@pw@@ dbname=tasha sslmode=require"
\treturn sql.Open("postgres", dsn)
}
""", s, pw=s)

s = flutterwave()
add("blind-nh/go/flutterwave", "fata-export/pkg/flw/client.go", S_FLW, """\
package flw

import "net/http"

const baseURL = "https://api.flutterwave.com/v3"

// secretKey: maballin sirri na Flutterwave (live)
var secretKey = "@@key@@"

func newRequest(method, path string) (*http.Request, error) {
\treq, err := http.NewRequest(method, baseURL+path, nil)
\tif err != nil {
\t\treturn nil, err
\t}
\treq.Header.Set("Authorization", "Bearer "+secretKey)
\treturn req, nil
}
""", s, key=s)

add("blind-nh/go/decoy-env-reference", "motar-kaduna/tasha/cmd/tasha/main.go", S_GO, """\
package main

import (
\t"log"
\t"os"
)

func main() {
\tpw := os.Getenv("TASHA_DB_PASSWORD")
\tif pw == "" {
\t\tlog.Fatal("ba a saka TASHA_DB_PASSWORD ba")
\t}
\trun(pw)
}
""")

s = telegram()
add("blind-nh/go/telegram-bot", "motar-kaduna/tasha/internal/bot/bot.go", S_GO, """\
package bot

import tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

// New: bot na ofishin tasha (ana amsa tambayoyin lokacin tashi)
func New() (*tgbotapi.BotAPI, error) {
\treturn tgbotapi.NewBotAPI("@@tok@@")
}
""", s, tok=s)

# ---------------------------------------------------------------- Java / Kotlin

s = words_pw()
add("blind-nh/properties/database", "fata-erp/src/main/resources/application-prod.properties", S_JAVA, """\
# Gidan Majema ERP - saitin prod
spring.datasource.url=jdbc:postgresql://db.majema.lan:5432/erp
spring.datasource.username=erp
spring.datasource.password=@@pw@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8443
""", s, pw=s)

add("blind-nh/properties/decoy-env-reference", "fata-erp/src/main/resources/application.properties", S_JAVA, """\
spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/erp
spring.datasource.username=${DB_USER:erp}
spring.datasource.password=${DB_PASSWORD}
paystack.secret-key=${PAYSTACK_SECRET_KEY}
# kar a saka kalmar sirri a nan - ana karanta ta daga muhalli
""")

s = words_pw()
add("blind-nh/java/smtp", "fata-erp/src/main/java/ng/majema/mail/MailConfig.java", "https://jakarta.ee/specifications/mail/", """\
package ng.majema.mail;

import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSenderImpl;

public class MailConfig {
    @Bean
    public JavaMailSenderImpl mailSender() {
        JavaMailSenderImpl s = new JavaMailSenderImpl();
        s.setHost("smtp.zoho.com");
        s.setPort(587);
        s.setUsername("oda@gidanmajema.ng");
        s.setPassword("@@pw@@"); // TODO a cire
        return s;
    }
}
""", s, pw=s)

s = paystack()
add("blind-nh/kotlin/paystack", "motar-kaduna/android/app/src/main/java/ng/motarkaduna/pay/PayApi.kt", S_KT, """\
package ng.motarkaduna.pay

import okhttp3.OkHttpClient
import okhttp3.Request

// Kuskure ne a saka maballin sirri a manhajar waya; za a gyara (ticket #214)
private const val PAYSTACK_SECRET = "@@key@@"

fun verifyRequest(ref: String): Request = Request.Builder()
    .url("https://api.paystack.co/transaction/verify/$ref")
    .header("Authorization", "Bearer $PAYSTACK_SECRET")
    .build()
""", s, key=s)

add("blind-nh/kotlin/decoy-build-config", "motar-kaduna/android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips", """\
android {
    namespace = "ng.motarkaduna"
    defaultConfig {
        applicationId = "ng.motarkaduna"
        versionCode = 41
        // public key kawai; sirri yana kan server
        buildConfigField("String", "PAYSTACK_PUBLIC_KEY", "\\"${project.findProperty("paystackPublicKey") ?: ""}\\"")
        buildConfigField("String", "MAPS_KEY", "\\"${System.getenv("MAPS_KEY") ?: ""}\\"")
    }
}
""")

s = rand_pw(18)
add("blind-nh/kotlin/signing-password", "motar-kaduna/android/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """\
# sa hannun manhaja (release signing)
storeFile=../keys/motarkaduna-release.jks
storePassword=@@pw@@
keyAlias=motarkaduna
keyPassword=@@pw@@
""", s, pw=s)

# ---------------------------------------------------------------- C# / PHP / Ruby / Rust / Swift

s = words_pw()
add("blind-nh/appsettings/sqlserver", "Majema.Lissafi/appsettings.Production.json", S_CS, """\
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Lissafi": "Server=tcp:majema-sql.database.windows.net,1433;Database=lissafi;User ID=lissafi_app;Password=@@pw@@;Encrypt=True;"
  },
  "Kamfani": "Gidan Majema Kano"
}
""", s, pw=s)

add("blind-nh/appsettings/decoy-keyvault", "Majema.Lissafi/appsettings.json", S_CS, """\
{
  "ConnectionStrings": {
    "Lissafi": "Server=(localdb)\\\\MSSQLLocalDB;Database=lissafi;Trusted_Connection=True;"
  },
  "KeyVault": { "Uri": "https://majema-kv.vault.azure.net/" },
  "Paystack": { "SecretKey": "@Microsoft.KeyVault(SecretUri=https://majema-kv.vault.azure.net/secrets/paystack-secret/)" }
}
""")

s = azure_secret()
add("blind-nh/csharp/azure-client-secret", "Majema.Lissafi/Services/GraphMail.cs", "https://learn.microsoft.com/en-us/dotnet/api/azure.identity.clientsecretcredential", """\
using Azure.Identity;
using Microsoft.Graph;

namespace Majema.Lissafi.Services;

// Aika rasiti ta Microsoft 365
public static class GraphMail
{
    private const string TenantId = "@@tenant@@";
    private const string ClientId = "@@client@@";
    private const string ClientSecret = "@@sec@@";

    public static GraphServiceClient Client() =>
        new(new ClientSecretCredential(TenantId, ClientId, ClientSecret));
}
""", s, sec=s, tenant=uuid_s(), client=uuid_s())

s = words_pw()
add("blind-nh/php/database", "majema-shop/config/database.php", S_PHP, """\
<?php
// Shagon yanar gizo na Gidan Majema (jakunkuna, takalma)
return [
    'driver'   => 'mysql',
    'host'     => '127.0.0.1',
    'database' => 'shago',
    'username' => 'shago',
    'password' => '@@pw@@',
    'charset'  => 'utf8mb4',
];
""", s, pw=s)

add("blind-nh/php/decoy-env-reference", "majema-shop/config/services.php", S_LARAVEL, """\
<?php

return [
    'paystack' => [
        'public' => env('PAYSTACK_PUBLIC_KEY'),
        'secret' => env('PAYSTACK_SECRET_KEY'),   // a .env kawai
    ],
    'flutterwave' => ['secret' => env('FLW_SECRET_KEY', '')],
];
""")

s = flutterwave()
add("blind-nh/php/flutterwave", "majema-shop/app/Biya/Flutterwave.php", S_FLW, """\
<?php
namespace App\\Biya;

class Flutterwave
{
    // TODO: matsar zuwa .env (Aminu ya ce a gyara kafin Sallah)
    private string $secret = "@@key@@";

    public function tabbatar(string $txId): array
    {
        $ch = curl_init("https://api.flutterwave.com/v3/transactions/{$txId}/verify");
        curl_setopt($ch, CURLOPT_HTTPHEADER, ["Authorization: Bearer {$this->secret}"]);
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        return json_decode(curl_exec($ch), true);
    }
}
""", s, key=s)

s = words_pw()
add("blind-nh/ruby/database", "tikiti-rails/config/database.yml", S_RUBY, """\
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  database: tikiti_production
  username: tikiti
  password: @@pw@@
  host: 10.20.4.11
""", s, pw=s)

add("blind-nh/ruby/decoy-credentials-enc", "tikiti-rails/config/credentials.yml.enc", "https://guides.rubyonrails.org/security.html#custom-credentials", """\
@@c1@@
@@c2@@
@@c3@@
@@c4@@
@@c5@@--@@iv@@--@@tag@@==
""", c1=fakes.drawn(_seed(), 76, ALNUM + "+/"), c2=fakes.drawn(_seed(), 76, ALNUM + "+/"),
    c3=fakes.drawn(_seed(), 76, ALNUM + "+/"), c4=fakes.drawn(_seed(), 76, ALNUM + "+/"),
    c5=fakes.drawn(_seed(), 40, ALNUM + "+/"), iv=fakes.drawn(_seed(), 16, ALNUM + "+/"),
    tag=fakes.drawn(_seed(), 22, ALNUM + "+/"))

s = sendgrid_key()
add("blind-nh/ruby/sendgrid", "tikiti-rails/config/initializers/mailer.rb", "https://docs.sendgrid.com/for-developers/sending-email/rubyonrails", """\
# Aika tikiti ta imel bayan biya
ActionMailer::Base.smtp_settings = {
  user_name: "apikey",
  password: "@@key@@",
  domain: "motarkaduna.ng",
  address: "smtp.sendgrid.net",
  port: 587,
  authentication: :plain,
  enable_starttls_auto: true
}
""", s, key=s)

s = rand_pw(22)
add("blind-nh/rust/database", "fata-sensor/src/db.rs", S_RUST, """\
use sqlx::postgres::PgPoolOptions;

// Na'urorin auna zafi da pH a tankunan majema suna rubuta nan
pub async fn pool() -> sqlx::Result<sqlx::PgPool> {
    PgPoolOptions::new()
        .max_connections(5)
        .connect("postgres://sensor:@@pw@@@10.30.1.5/tankuna")
        .await
}
""", s, pw=s)

add("blind-nh/rust/decoy-env-reference", "fata-sensor/src/config.rs", S_RUST, """\
use std::env;

pub struct Saiti {
    pub db_url: String,
    pub mqtt_password: String,
}

pub fn karanta() -> Saiti {
    Saiti {
        db_url: env::var("TANK_DB_URL").expect("a saka TANK_DB_URL"),
        mqtt_password: env::var("MQTT_PASSWORD").unwrap_or_default(),
    }
}
""")

s = rand_pw(32)
add("blind-nh/swift/api-key", "MotarKaduna-iOS/MotarKaduna/Network/Api.swift", S_SWIFT, """\
import Foundation

// Maballin API na server din tikiti (na ciki); za a maye gurbinsa da OAuth
enum Api {
    static let base = URL(string: "https://api.motarkaduna.ng/v2")!
    static let apiKey = "@@key@@"

    static func request(_ path: String) -> URLRequest {
        var r = URLRequest(url: base.appendingPathComponent(path))
        r.setValue(apiKey, forHTTPHeaderField: "X-Api-Key")
        return r
    }
}
""", s, key=s)

add("blind-nh/swift/decoy-info-plist", "MotarKaduna-iOS/MotarKaduna/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleDisplayName</key><string>Motar Kaduna</string>
    <key>PaystackPublicKey</key><string>$(PAYSTACK_PUBLIC_KEY)</string>
    <key>GMSApiKey</key><string>$(MAPS_API_KEY)</string>
</dict>
</plist>
""")

# ---------------------------------------------------------------- shell, PowerShell, histories

s = words_pw()
add("blind-nh/shell/mysql-cli", "majema/scripts/ajiya_dare.sh", S_SH, """\
#!/usr/bin/env bash
# Ajiyar (backup) rumbun lissafi kowane dare
set -euo pipefail
RANA=$(date +%F)
mysqldump -h 192.168.8.20 -u ajiya -p'@@pw@@' lissafi | gzip > /srv/ajiya/lissafi-$RANA.sql.gz
find /srv/ajiya -name 'lissafi-*.sql.gz' -mtime +30 -delete
""", s, pw=s)

s = paystack()
add("blind-nh/shell/curl-bearer", "motar-kaduna/scripts/mayar_kudi.sh", S_PAYSTACK, """\
#!/bin/sh
# Mayar da kudin fasinja (refund) idan an soke tafiya
# amfani: ./mayar_kudi.sh <reference>
REF="$1"
curl -s https://api.paystack.co/refund \\
  -H "Authorization: Bearer @@key@@" \\
  -H "Content-Type: application/json" \\
  -d "{\\"transaction\\": \\"$REF\\"}"
""", s, key=s)

add("blind-nh/shell/decoy-env-reference", "motar-kaduna/scripts/deploy.sh", S_SH, """\
#!/usr/bin/env bash
set -euo pipefail
: "${KADUNA_HOST:?a saka KADUNA_HOST}"
: "${DEPLOY_TOKEN:?a saka DEPLOY_TOKEN}"
echo "$DEPLOY_TOKEN" | docker login ghcr.io -u motarkaduna --password-stdin
ssh deploy@"$KADUNA_HOST" "cd /srv/tikiti && docker compose pull && docker compose up -d"
""")

s = rand_pw(20)
add("blind-nh/shell/heredoc-config", "majema/scripts/saita_pgbouncer.sh", S_SH, """\
#!/bin/bash
# saita pgbouncer a sabon server na majema
cat > /etc/pgbouncer/userlist.txt <<EOF
"majema" "@@pw@@"
EOF
chmod 600 /etc/pgbouncer/userlist.txt
systemctl restart pgbouncer
""", s, pw=s)

s = github()
add("blind-nh/shell-history/github-token", "ops-notes/bash_history_kawo01.txt", S_HIST, """\
cd /srv/tikiti
git pull
git remote set-url origin https://motarkaduna-ci:@@tok@@@github.com/motarkaduna/tikiti.git
git pull
docker compose up -d --build
docker compose logs -f api
""", s, tok=s)

s = passphrase()
add("blind-nh/shell-history/psql-password", "ops-notes/history_majema_db.txt", S_HIST, """\
  501  sudo -u postgres psql
  502  psql "postgresql://majema:@@pw@@@localhost/fata" -c "select count(*) from batches"
  503  vim /etc/postgresql/16/main/pg_hba.conf
  504  sudo systemctl reload postgresql
  505  exit
""", s, pw=s)

add("blind-nh/shell-history/decoy-prompted", "ops-notes/history_tasha_db.txt", S_HIST, """\
  311  psql -h 10.20.4.11 -U tasha -W tasha
  312  export PGPASSWORD=$(vault kv get -field=password secret/tasha/db)
  313  pg_dump -h 10.20.4.11 -U tasha tasha > tasha.sql
  314  unset PGPASSWORD
  315  ls -lh tasha.sql
""")

s = words_pw()
add("blind-nh/powershell/sqlserver", "Majema.Lissafi/scripts/Ajiya-Lissafi.ps1", S_PS, """\
# Ajiyar rumbun lissafi zuwa Azure Blob
$server = "majema-sql.database.windows.net"
$user   = "lissafi_admin"
$pass   = ConvertTo-SecureString '@@pw@@' -AsPlainText -Force
$cred   = New-Object System.Management.Automation.PSCredential($user, $pass)
Backup-SqlDatabase -ServerInstance $server -Database "lissafi" -Credential $cred -BackupFile "lissafi.bak"
""", s, pw=s)

add("blind-nh/powershell/decoy-secret-store", "Majema.Lissafi/scripts/Sabunta-Farashi.ps1", S_PS, """\
# Sabunta farashin fata daga takardar Excel
Import-Module Microsoft.PowerShell.SecretManagement
$apiKey = Get-Secret -Name 'MajemaApiKey' -AsPlainText
$rows = Import-Csv .\\farashi.csv
foreach ($r in $rows) {
    Invoke-RestMethod -Uri "https://api.gidanmajema.ng/farashi/$($r.Sku)" -Method Put -Headers @{ 'X-Api-Key' = $apiKey } -Body ($r | ConvertTo-Json)
}
""")

s = rand_pw(24)
add("blind-nh/powershell/basic-auth", "motar-kaduna/ops/Duba-Tasha.ps1", S_PS, """\
# Duba lafiyar na'urorin POS a tasha
$pair = "posadmin:@@pw@@"
$b64 = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
$headers = @{ Authorization = "Basic $b64" }
Invoke-RestMethod -Uri "http://10.20.7.21/api/status" -Headers $headers
Invoke-RestMethod -Uri "http://10.20.7.22/api/status" -Headers $headers
""", s, pw=s)

# ---------------------------------------------------------------- Dockerfiles

s = npm_token()
add("blind-nh/dockerfile/npm-token", "motar-kaduna/driver-app/Dockerfile", S_DOCKER, """\
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
# kunshin @motarkaduna/shared na sirri ne a npm
RUN echo "//registry.npmjs.org/:_authToken=@@tok@@" > .npmrc && npm ci && rm .npmrc
COPY . .
CMD ["node", "server/index.js"]
""", s, tok=s)

add("blind-nh/dockerfile/decoy-build-secret", "majema/Dockerfile", S_DOCKER, """\
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@gitlab.gidanmajema.ng/api/v4/projects/12/packages/pypi/simple" \\
    pip install -r requirements.txt
COPY . .
CMD ["gunicorn", "majema.wsgi", "-b", "0.0.0.0:8000"]
""")

s = rand_pw(24)
add("blind-nh/dockerfile/env-password", "fata-sensor/Dockerfile", S_DOCKER, """\
FROM rust:1.79 AS build
WORKDIR /src
COPY . .
RUN cargo build --release

FROM debian:bookworm-slim
COPY --from=build /src/target/release/fata-sensor /usr/local/bin/
ENV MQTT_USER=tankuna
ENV MQTT_PASSWORD=@@pw@@
CMD ["fata-sensor"]
""", s, pw=s)

# ---------------------------------------------------------------- INI, TOML, JSON, XML, client configs

s = words_pw()
add("blind-nh/pgpass/database", "ops-notes/pgpass_majema.txt", S_PGPASS, """\
# hostname:port:database:username:password
db.majema.lan:5432:fata:majema:@@pw@@
db.majema.lan:5432:erp:erp:*
localhost:5432:*:postgres:*
# lura: layi na biyu da na uku suna karanta daga ~/.pgpass na mai amfani
""", s, pw=s)

s = npm_token()
add("blind-nh/npmrc/npm-token", "motar-kaduna/shared/.npmrc", S_NPMRC, """\
@motarkaduna:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@tok@@
save-exact=true
engine-strict=true
fund=false
""", s, tok=s)

add("blind-nh/npmrc/decoy-env-reference", "majema/dashboard/.npmrc", S_NPMRC, """\
@gidanmajema:registry=https://gitlab.gidanmajema.ng/api/v4/packages/npm/
//gitlab.gidanmajema.ng/api/v4/packages/npm/:_authToken=${GITLAB_NPM_TOKEN}
save-exact=true
audit-level=high
# token yana cikin CI variables
""")

s = rand_pw(20)
add("blind-nh/netrc/password", "ops-notes/netrc_ftp_buyer.txt", S_NETRC, """\
# FTP na mai saye a Italiya (Conceria) - nan ake aika takardun kaya
machine ftp.conceria-buyer.it
  login gidanmajema
  password @@pw@@
machine api.gidanmajema.ng
  login ci
""", s, pw=s)

s = words_pw()
add("blind-nh/ini/database", "majema/legacy/lissafi.ini", S_INI, """\
[lissafi]
; tsohon shirin lissafi (Delphi) yana karanta wannan
server = 192.168.8.20
database = lissafi
user = lissafi
password = @@pw@@

[rahoto]
fitarwa = C:\\Rahotanni
""", s, pw=s)

add("blind-nh/ini/decoy-placeholder", "majema/legacy/lissafi.ini.sample", S_INI, """\
[lissafi]
; Cike wannan a kwamfutar ofis; kada a tura kalmar sirri zuwa git
server = 192.168.8.20
database = lissafi
user = lissafi
password = ********
""")

s = rand_pw(24)
add("blind-nh/ini/mqtt", "fata-sensor/mosquitto_bridge.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", """\
# gada (bridge) daga tankunan majema zuwa cloud
connection majema-cloud
address mqtt.gidanmajema.ng:8883
topic tank/# out 1
remote_username tankuna-bridge
remote_password @@pw@@
bridge_cafile /etc/mosquitto/ca.crt
""", s, pw=s)

s = rand_pw(26)
add("blind-nh/toml/database", "fata-sensor/config/prod.toml", S_TOML, """\
[sensor]
tankuna = ["T1", "T2", "T3", "T4"]
interval_secs = 30

[database]
url = "postgres://sensor@10.30.1.5/tankuna"
password = "@@pw@@"

[alarm]
ph_min = 2.8
ph_max = 4.2
""", s, pw=s)

add("blind-nh/toml/decoy-env-reference", "fata-sensor/config/default.toml", S_TOML, """\
[sensor]
tankuna = ["T1"]
interval_secs = 60

[database]
url = "postgres://sensor@localhost/tankuna"
# ana karanta password daga TANK_DB_PASSWORD
password_env = "TANK_DB_PASSWORD"
""")

s = fakes.pypi_token(_seed())
add("blind-nh/toml/pypi-token", "majema/tools/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """\
[distutils]
index-servers = pypi

[pypi]
username = __token__
password = @@tok@@
""", s, tok=s)

s = rand_pw(30)
add("blind-nh/json/api-key", "motar-kaduna/pos/config.json", S_JSON, """\
{
  "tasha": "Kawo",
  "terminal_id": "KAWO-POS-02",
  "server": "https://api.motarkaduna.ng/v2",
  "api_key": "@@key@@",
  "printer": { "port": "/dev/ttyUSB0", "width": 58 }
}
""", s, key=s)

add("blind-nh/json/decoy-ids", "motar-kaduna/android/app/google-services.json", "https://firebase.google.com/docs/projects/api-keys", """\
{
  "project_info": { "project_number": "418822905517", "project_id": "motar-kaduna-app" },
  "client": [{
    "client_info": { "mobilesdk_app_id": "1:418822905517:android:@@appid@@", "android_client_info": { "package_name": "ng.motarkaduna" } },
    "oauth_client": []
  }],
  "configuration_version": "1"
}
""", appid=hexs(16))

s = pem().replace("\n", "\\n")
add("blind-nh/json/service-account", "majema/keys/majema-sheets-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """\
{
  "type": "service_account",
  "project_id": "gidan-majema",
  "private_key_id": "@@kid@@",
  "private_key": "@@key@@\\n",
  "client_email": "rahoto-sheets@gidan-majema.iam.gserviceaccount.com",
  "client_id": "104882910377211845520",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", s, kid=hexs(40), key=s)

s = words_pw()
add("blind-nh/xml/sqlserver", "Majema.Lissafi.Legacy/Web.config", S_XML, """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <!-- rumbun lissafi na ofishin Kano -->
    <add name="Lissafi" providerName="System.Data.SqlClient"
         connectionString="Data Source=KANO-SRV01;Initial Catalog=Lissafi;User Id=sa;Password=@@pw@@;" />
  </connectionStrings>
  <appSettings>
    <add key="Harshe" value="ha-NG" />
  </appSettings>
</configuration>
""", s, pw=s)

add("blind-nh/xml/decoy-maven-env", "fata-erp/settings.xml", "https://maven.apache.org/settings.html#servers", """\
<settings>
  <servers>
    <server>
      <id>majema-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

s = rand_pw(16)
add("blind-nh/xml/maven-password", "fata-erp/.mvn/settings-ci.xml", "https://maven.apache.org/settings.html#servers", """\
<settings>
  <!-- CI na ofis; za a canza kalmar sirri bayan Nexus 3 -->
  <servers>
    <server>
      <id>majema-nexus</id>
      <username>ci-deployer</username>
      <password>@@pw@@</password>
    </server>
  </servers>
</settings>
""", s, pw=s)

s = pem("OPENSSH")
add("blind-nh/ssh/private-key", "ops-notes/kawo_deploy_key.txt", S_SSH, """\
Maballin SSH na deploy (server na Kawo). Ajiye a ~/.ssh/kawo_deploy, chmod 600.
@@key@@
""", s, key=s)

add("blind-nh/ssh/decoy-public-key", "ops-notes/authorized_keys_kawo.txt", S_SSH, """\
# maballan jama'a (public keys) na wadanda ke da damar shiga server na Kawo
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ musa@ofis-kano
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ aisha@ofis-kaduna
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@@k3@@ deploy@ci
# idan wani ya bar aiki a cire layinsa
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    k3=fakes.drawn(_seed(), 340, ALNUM + "+/"))

add("blind-nh/ssh/decoy-config", "ops-notes/ssh_config_tasha.txt", S_SSH, """\
Host kawo
    HostName 10.20.7.10
    User deploy
    IdentityFile ~/.ssh/kawo_deploy
Host majema-db
    HostName db.majema.lan
    User musa
    ProxyJump kawo
""")

# ---------------------------------------------------------------- documentation, notes, runbooks

s = words_pw()
add("blind-nh/markdown/database", "docs/runbook/majema-db.md", S_MD, """\
# Runbook: rumbun bayanai na Majema

## Shiga (login)
- Server: `db.majema.lan` (port 5432)
- Mai amfani: `majema`
- Kalmar sirri: `@@pw@@`

## Idan rumbun ya tsaya
1. `sudo systemctl status postgresql`
2. Duba `/var/log/postgresql/` don kuskure
3. Kira Musa (0803 000 0000) idan bai tashi ba
""", s, pw=s)

add("blind-nh/markdown/decoy-placeholder", "docs/setup/farawa.md", S_MD, """\
# Farawa (getting started)

1. Kwafi `.env.example` zuwa `.env`.
2. Saka `PAYSTACK_SECRET_KEY=sk_test_...` (maballin gwaji daga dashboard din Paystack).
3. Saka `DB_PASSWORD=<kalmar sirri da Musa ya ba ka>`.
4. Gudanar da `make run`.

> Gargadi: kar ka taba tura `.env` zuwa git.
""")

s = paystack()
add("blind-nh/markdown/paystack-table", "docs/wiki/Maballan-Biya.md", S_MD, """\
# Maballan biya (payment keys)

| Muhalli | Public key | Secret key |
|---|---|---|
| gwaji (test) | `pk_test_...` | a cikin 1Password |
| live | `pk_live_@@pk@@` | `@@key@@` |

Lura: Aisha ce kadai ke da damar canza maballan live.
""", s, key=s, pk=hexs(40))

add("blind-nh/markdown/decoy-redacted", "docs/incidents/2026-03-maballi-ya-fita.md", S_MD, """\
# Abin da ya faru: maballin Paystack ya fita (Maris 2026)

- An tura `sk_live_2f1c************************************` zuwa reshe na jama'a.
- Mun soke (revoke) shi cikin minti 20 kuma mun kirkiri sabo.
- Sabon maballin yana cikin vault kawai: `secret/majema/paystack`.

## Darasi
A yi amfani da pre-commit hook na duba sirri.
""")

s = telegram()
add("blind-nh/markdown/telegram-readme", "motar-kaduna/bots/README.md", S_MD, """\
# Bots na Motar Kaduna

`sanarwa.py` yana aika sako ga fasinjoji idan mota ta tashi.

Don gwaji a gida:

```bash
export TELEGRAM_BOT_TOKEN=@@tok@@
python sanarwa.py
```
""", s, tok=s)

add("blind-nh/markdown/decoy-docs-example", "motar-kaduna/docs/api/authentication.md", S_MD, """\
# Tabbatar da shaida (authentication)

Kowace bukata (request) tana bukatar header `X-Api-Key`.

```http
GET /v2/tafiye-tafiye HTTP/1.1
Host: api.motarkaduna.ng
X-Api-Key: YOUR_API_KEY
```

Ana samun maballi daga shafin "Masu hadin gwiwa" (partners) bayan an yi rajista.
""")

s = words_pw()
add("blind-nh/rst/smtp", "majema/docs/aika-imel.rst", S_RST, """\
Aika imel na rahoto
===================

Shirin ``aika_rahoto.py`` yana amfani da asusun ``rahoto@gidanmajema.ng``.

.. code-block:: ini

   [smtp]
   host = mail.gidanmajema.ng
   user = rahoto@gidanmajema.ng
   password = @@pw@@

Idan kalmar sirri ta canza, a sabunta wannan shafi.
""", s, pw=s)

add("blind-nh/rst/decoy-env-reference", "fata-sensor/docs/saiti.rst", S_RST, """\
Saiti (configuration)
=====================

Ana karanta saiti daga ``config/default.toml`` da kuma muhalli:

``TANK_DB_PASSWORD``
    Kalmar sirri ta rumbun tankuna. Dole ne a saka ta.

``MQTT_PASSWORD``
    Kalmar sirri ta MQTT broker (tana cikin vault, ``secret/sensor/mqtt``).
""")

s = flutterwave()
add("blind-nh/html/flutterwave", "fata-export/docs/internal/biya.html", S_HTML, """\
<!DOCTYPE html>
<html lang="ha">
<head><meta charset="utf-8"><title>Biya - bayani na ciki</title></head>
<body>
  <h1>Flutterwave (live)</h1>
  <p>Shafin nan na ma'aikata ne kawai.</p>
  <dl>
    <dt>Secret key</dt><dd><code>@@key@@</code></dd>
    <dt>Webhook</dt><dd>https://export.gidanmajema.ng/flw/webhook</dd>
  </dl>
</body>
</html>
""", s, key=s)

add("blind-nh/html/decoy-publishable-key", "majema-shop/public/checkout.html", S_HTML, """\
<!DOCTYPE html>
<html lang="ha">
<head><meta charset="utf-8"><title>Biya - Gidan Majema</title>
<script src="https://js.paystack.co/v1/inline.js"></script></head>
<body>
  <button id="biya">Biya yanzu</button>
  <script>
    document.getElementById("biya").onclick = () => PaystackPop.setup({
      key: "pk_live_@@pk@@", email: "mai.saye@example.com", amount: 2500000 }).openIframe();
  </script>
</body>
</html>
""", pk=hexs(40))

s = words_pw()
add("blind-nh/notes/wifi-router", "ops-notes/tasha-kawo-network.txt", "https://en.wikipedia.org/wiki/Wi-Fi_Protected_Access", """\
Tasha Kawo - hanyar sadarwa (network)
------------------------------------
Router: MikroTik hAP ac2, 10.20.7.1
Admin login: admin / @@pw@@
WiFi na fasinjoji: "MotarKaduna-Free" (babu kalmar sirri)
WiFi na ofis: boye (hidden)
Lura: a canza kalmar admin kowane wata uku.
""", s, pw=s)

add("blind-nh/notes/decoy-rotation-log", "ops-notes/canjin-maballi.txt", "https://owasp.org/www-project-cheat-sheets/cheatsheets/Secrets_Management_Cheat_Sheet.html", """\
Jerin canjin maballai (rotation log)
2026-01-14  paystack live   an canza   (sabo a vault: secret/majema/paystack, v7)
2026-02-02  flw live        an canza   (v4)
2026-03-11  tikiti db       an canza   (Musa)
2026-04-20  termii          an soke tsohon, sabo a 1Password "Termii API"
Kada a rubuta maballan kansu a wannan takarda.
""")

s = rand_pw(32)
add("blind-nh/notes/termii-handover", "ops-notes/mika-aiki-aisha.txt", "https://developers.termii.com/", """\
Mika aiki (handover) - Aisha zuwa Bashir
1. SMS ga fasinjoji yana tafiya ta Termii.
   API key: @@key@@
   Sender ID: MotarKD (an amince)
2. Daftarin jadawalin motoci yana Google Sheets "Jadawali 2026".
3. Kowace Juma'a a duba ragowar kudin SMS (balance).
""", s, key=s)

add("blind-nh/notes/decoy-checksums", "releases/motarkaduna-android-4.1.0.sha256", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", """\
@@h1@@  motarkaduna-4.1.0-release.apk
@@h2@@  motarkaduna-4.1.0-release.aab
@@h3@@  mapping.txt
@@h4@@  native-debug-symbols.zip
@@h5@@  CHANGELOG-ha.md
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish(), h5=sha256ish())

s = words_pw()
add("blind-nh/wiki/vpn", "docs/wiki/VPN-Ofis.md", S_MD, """\
# VPN tsakanin Kano da Kaduna

Muna amfani da WireGuard tsakanin ofishin Kano (majema) da tasha Kawo.

- Endpoint: vpn.gidanmajema.ng:51820
- Shafin gudanarwa (wg-easy): https://vpn.gidanmajema.ng:51821
- Kalmar sirri ta shafin: **@@pw@@**

Idan sabon ma'aikaci ya zo, Bashir ne ke kirkirar masa peer.
""", s, pw=s)

add("blind-nh/wiki/decoy-public-key", "docs/wiki/WireGuard-Peers.md", S_MD, """\
# Peers na WireGuard

| Suna | IP | Public key |
|---|---|---|
| ofis-kano | 10.99.0.2 | `@@k1@@=` |
| tasha-kawo | 10.99.0.3 | `@@k2@@=` |

Private key na kowane peer yana kan na'urar kawai.
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"))

# ---------------------------------------------------------------- SQL, logs, CSV, notebooks

s = words_pw()
add("blind-nh/sql/create-role", "motar-kaduna/db/migrations/0007_rahoto_role.sql", S_SQL, """\
-- Mai amfani na karatu kawai don rahoton tallace-tallacen tikiti
CREATE ROLE rahoto WITH LOGIN PASSWORD '@@pw@@';
GRANT CONNECT ON DATABASE tikiti TO rahoto;
GRANT USAGE ON SCHEMA public TO rahoto;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO rahoto;
""", s, pw=s)

add("blind-nh/sql/decoy-hash", "majema-shop/db/seed_users.sql", S_SQL, """\
-- Masu gudanarwa na shago (hash na bcrypt ne kawai)
INSERT INTO users (email, password_hash, role) VALUES
  ('aisha@gidanmajema.ng', '$2y$10$@@h1@@', 'admin'),
  ('bashir@gidanmajema.ng', '$2y$10$@@h2@@', 'editor');
-- a canza kalmar sirri a farkon shiga
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"))

s = rand_pw(20)
add("blind-nh/sql/mysql-user", "majema/legacy/sabunta_mai_amfani.sql", "https://dev.mysql.com/doc/refman/8.4/en/create-user.html", """\
-- sabon mai amfani na ajiya (backup) a rumbun lissafi
CREATE USER 'ajiya'@'192.168.8.%' IDENTIFIED BY '@@pw@@';
GRANT SELECT, LOCK TABLES, SHOW VIEW, EVENT, TRIGGER ON lissafi.* TO 'ajiya'@'192.168.8.%';
FLUSH PRIVILEGES;
-- an gwada a 2026-02-10
""", s, pw=s)

s = rand_pw(18)
add("blind-nh/log/connection-string", "motar-kaduna/logs/tikiti-api-2026-05-02.log", S_LOG, """\
2026-05-02 06:00:01 INFO  tikiti.api  farawa (version 2.4.1)
2026-05-02 06:00:01 DEBUG tikiti.db   connecting to postgresql://tikiti_app:@@pw@@@10.20.4.11:5432/tikiti
2026-05-02 06:00:02 INFO  tikiti.db   an hada (pool=10)
2026-05-02 06:02:17 INFO  tikiti.biya tikiti KAD-ZAR-0630 an biya (ref=TK-88213)
2026-05-02 06:05:40 WARN  tikiti.seats kujera 14 ta riga ta tafi
""", s, pw=s)

add("blind-nh/log/decoy-masked", "majema/logs/payments-2026-05-02.log", S_LOG, """\
2026-05-02 09:14:03 INFO  majema.payments using key sk_live_****************************a91c
2026-05-02 09:14:04 INFO  majema.payments verify ref=MJ-5521 status=success amount=NGN 450000
2026-05-02 09:20:11 INFO  majema.payments verify ref=MJ-5522 status=failed reason="insufficient funds"
2026-05-02 09:21:00 DEBUG majema.payments Authorization: Bearer [REDACTED]
2026-05-02 09:30:45 INFO  majema.payments webhook ok event=charge.success
""")

s = sendgrid_key()
add("blind-nh/log/api-key-debug", "motar-kaduna/logs/mailer-debug.log", S_LOG, """\
[2026-04-18T07:31:00Z] mailer: aika tikiti zuwa fasinja #51882
[2026-04-18T07:31:00Z] mailer: DEBUG config={"provider":"sendgrid","api_key":"@@key@@","from":"tikiti@motarkaduna.ng"}
[2026-04-18T07:31:01Z] mailer: 202 Accepted
[2026-04-18T07:32:12Z] mailer: aika tikiti zuwa fasinja #51883
[2026-04-18T07:32:13Z] mailer: 202 Accepted
""", s, key=s)

s = words_pw()
add("blind-nh/csv/passwords", "ops-notes/asusun-tasha.csv", S_CSV, """\
tasha,na'ura,mai_amfani,kalmar_sirri,lura
Kawo,POS-01,kawo01,*,tana karanta daga vault
Kawo,POS-02,kawo02,*,tana karanta daga vault
Zaria,Router,admin,@@pw@@,sabuwar router (Afrilu)
Abuja,POS-01,abj01,*,tana karanta daga vault
""", s, pw=s)

add("blind-nh/csv/decoy-ids", "motar-kaduna/data/biyan-kudi-afrilu.csv", S_CSV, """\
reference,transaction_id,customer_code,amount_kobo,status
TK-88101,@@t1@@,CUS_@@c1@@,550000,success
TK-88102,@@t2@@,CUS_@@c2@@,550000,success
TK-88103,@@t3@@,CUS_@@c3@@,1200000,failed
TK-88104,@@t4@@,CUS_@@c4@@,550000,success
""", t1=str(_rng().randint(10**9, 10**10)), t2=str(_rng().randint(10**9, 10**10)),
    t3=str(_rng().randint(10**9, 10**10)), t4=str(_rng().randint(10**9, 10**10)),
    c1=fakes.drawn(_seed(), 15, string.ascii_lowercase + string.digits),
    c2=fakes.drawn(_seed(), 15, string.ascii_lowercase + string.digits),
    c3=fakes.drawn(_seed(), 15, string.ascii_lowercase + string.digits),
    c4=fakes.drawn(_seed(), 15, string.ascii_lowercase + string.digits))

s = passphrase()
add("blind-nh/ipynb/database", "majema/notebooks/binciken_batches.ipynb", S_IPYNB, """\
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Binciken ingancin fata (2025-2026)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\\n", "from sqlalchemy import create_engine\\n",
              "eng = create_engine(\\"postgresql://majema:@@pw@@@db.majema.lan/fata\\")\\n",
              "df = pd.read_sql(\\"select * from batches\\", eng)"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", s, pw=s)

add("blind-nh/ipynb/decoy-getpass", "motar-kaduna/notebooks/tallace_tallace.ipynb", S_IPYNB, """\
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Tallace-tallacen tikiti kowace hanya"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass, psycopg2\\n", "pw = getpass.getpass('Kalmar sirri: ')\\n",
              "conn = psycopg2.connect(host='10.20.4.11', dbname='tikiti', user='rahoto', password=pw)"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

# ---------------------------------------------------------------- more carriers

s = aws_secret()
add("blind-nh/aws-credentials/aws", "ops-notes/aws_credentials_majema.txt", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """\
# ~/.aws/credentials na kwamfutar ofis (Kano)
[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@sec@@
region = eu-west-1
""", s, kid=aws_id(), sec=s)

add("blind-nh/aws-credentials/decoy-sso", "ops-notes/aws_config_majema.txt", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", """\
# ~/.aws/config - muna amfani da SSO yanzu, babu maballan dindindin
[profile majema]
sso_session = majema
sso_account_id = 418822905517
sso_role_name = MajemaDeveloper
region = eu-west-1

[sso-session majema]
sso_start_url = https://gidanmajema.awsapps.com/start
sso_region = eu-west-1
""")

s = rand_pw(24)
add("blind-nh/docker-config/registry-auth", "ops-notes/docker_config_kawo.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.gidanmajema.ng": {
      "auth": "@@auth@@"
    }
  },
  "HttpHeaders": { "User-Agent": "Docker-Client/26.1 (linux)" }
}
""", b64("deploy:" + s), auth=b64("deploy:" + s))

add("blind-nh/docker-config/decoy-cred-helper", "ops-notes/docker_config_ofis.json", "https://docs.docker.com/reference/cli/docker/login/#credential-helpers", """\
{
  "auths": {
    "registry.gidanmajema.ng": {},
    "ghcr.io": {}
  },
  "credsStore": "pass",
  "credHelpers": { "123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login" }
}
""")

s = rand_pw(24)
add("blind-nh/k8s-secret/dockerconfigjson", "deploy/k8s/regcred.yaml", S_K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: majema
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@v@@
""", s, v=b64('{"auths":{"registry.gidanmajema.ng":{"username":"k8s-pull","password":"' + s + '"}}}'))

s = "eyJhbGciOiJSUzI1NiIsImtpZCI6Ij" + fakes.drawn(_seed(), 120, ALNUM + "_-") + "." + fakes.drawn(_seed(), 300, ALNUM + "_-") + "." + fakes.drawn(_seed(), 342, ALNUM + "_-")
add("blind-nh/kubeconfig/bearer-token", "ops-notes/kubeconfig-majema-ci.yaml", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """\
apiVersion: v1
kind: Config
clusters:
  - name: majema
    cluster:
      server: https://k8s.gidanmajema.ng:6443
      certificate-authority-data: @@ca@@
users:
  - name: ci-deployer
    user:
      token: @@tok@@
contexts:
  - name: majema-ci
    context: {cluster: majema, user: ci-deployer, namespace: majema}
current-context: majema-ci
""", s, tok=s, ca=b64("-----BEGIN CERTIFICATE-----\nMIIB" + fakes.drawn(_seed(), 60, ALNUM) + "\n-----END CERTIFICATE-----"))

add("blind-nh/kubeconfig/decoy-exec-plugin", "ops-notes/kubeconfig-tikiti.yaml", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", """\
apiVersion: v1
kind: Config
clusters:
  - name: tikiti
    cluster: {server: "https://k8s.motarkaduna.ng:6443"}
users:
  - name: aisha
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: kubelogin
        args: ["get-token", "--oidc-issuer-url=https://auth.motarkaduna.ng"]
contexts:
  - name: tikiti
    context: {cluster: tikiti, user: aisha}
current-context: tikiti
""")

s = github()
add("blind-nh/git-config/credentials", "ops-notes/git-credentials-kawo.txt", "https://git-scm.com/docs/git-credential-store", """\
# /root/.git-credentials a server na Kawo (credential.helper=store)
https://motarkaduna-ci:@@tok@@@github.com
# lura: token na CI ne (motarkaduna-ci), yana karewa a Disamba
# gitlab yana amfani da deploy token daban (a cikin vault)
# kar a kwafi wannan fayil zuwa kwamfutarka
""", s, tok=s)

s = rand_pw(32)
add("blind-nh/yaml/termii", "motar-kaduna/notify/config.yaml", S_YAML, """\
# saitin aika sanarwa
sms:
  provider: termii
  sender_id: MotarKD
  api_key: @@key@@
  base_url: https://api.ng.termii.com
telegram:
  enabled: true
  chat_id: -1001874420933
harshe: ha
""", s, key=s)

add("blind-nh/yaml/decoy-placeholder", "motar-kaduna/notify/config.example.yaml", S_YAML, """\
sms:
  provider: termii
  sender_id: MotarKD
  api_key: "<TERMII_API_KEY>"
telegram:
  enabled: false
  bot_token: "123456789:REPLACE_WITH_BOT_TOKEN"
harshe: ha
""")

s = pem("EC")
add("blind-nh/yaml/pem-block", "fata-export/config/apple-pay.yaml", S_YAML, """\
# takardar shaida ta Apple Pay (merchant) don masu saye a waje
merchant_id: merchant.ng.gidanmajema.export
domain: export.gidanmajema.ng
private_key: |
@@key@@
""", s, key=indent(s, 2))

add("blind-nh/yaml/decoy-public-cert", "fata-export/config/webhook-verify.yaml", S_YAML, """\
# takardar shaida ta jama'a (public certificate) don tabbatar da sa hannu na webhook
issuer: Flutterwave
certificate: |
  -----BEGIN CERTIFICATE-----
  MIIC@@c1@@
  @@c2@@
  -----END CERTIFICATE-----
verify_signature: true
""", c1=fakes.drawn(_seed(), 60, ALNUM + "+/"), c2=fakes.drawn(_seed(), 64, ALNUM + "+/"))

s = words_pw()
add("blind-nh/yaml/spring-datasource", "fata-erp/src/main/resources/application-staging.yml", S_JAVA, """\
spring:
  datasource:
    url: jdbc:postgresql://db-staging.majema.lan:5432/erp
    username: erp
    password: '@@pw@@'
  mail:
    host: smtp.zoho.com
    username: oda@gidanmajema.ng
    password: ${MAIL_PASSWORD}
""", s, pw=s)

s = twilio_sid()
tok = hexs(32)
add("blind-nh/python/twilio", "motar-kaduna/notify/whatsapp.py", "https://www.twilio.com/docs/usage/secure-credentials", """\
from twilio.rest import Client

# sanarwa ta WhatsApp ga fasinjoji na Abuja
ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@tok@@"
client = Client(ACCOUNT_SID, AUTH_TOKEN)


def aika(lamba: str, sako: str) -> None:
    client.messages.create(from_="whatsapp:+14155238886", to=f"whatsapp:{lamba}", body=sako)
""", tok, sid=s, tok=tok)

s = stripe_key()
add("blind-nh/python/stripe", "fata-export/payments/stripe_eu.py", "https://docs.stripe.com/keys", """\
import stripe

# masu saye a Turai suna biya ta Stripe (EUR)
stripe.api_key = "@@key@@"


def kirkiri_invoice(customer_id: str, cents: int) -> str:
    stripe.InvoiceItem.create(customer=customer_id, amount=cents, currency="eur", description="Fata (goat, crust)")
    return stripe.Invoice.create(customer=customer_id, auto_advance=True).id
""", s, key=s)

add("blind-nh/python/decoy-stripe-publishable", "fata-export/payments/public_config.py", "https://docs.stripe.com/keys#obtain-api-keys", """\
# Wadannan maballan jama'a ne (publishable): ana nuna su a shafin biya.
STRIPE_PUBLISHABLE_KEY = "pk_live_@@pk@@"
FLW_PUBLIC_KEY = "FLWPUBK-@@flw@@-X"
PAYSTACK_PUBLIC_KEY = "pk_live_@@ps@@"
CURRENCIES = ("EUR", "USD", "NGN")
""", pk=fakes.drawn(_seed(), 99), flw=hexs(32), ps=hexs(40))

s = words_pw()
add("blind-nh/python/json-in-string", "majema/jobs/sync_sheets.py", S_PY, """\
import json

# saitin aikin (job) yana zuwa a matsayin JSON daga tsohon tsari
RAW = '{"db": {"host": "db.majema.lan", "user": "sheets", "password": "@@pw@@"}, "sheet": "Batches 2026"}'
CFG = json.loads(RAW)


def run():
    print("ana daidaita", CFG["sheet"])
""", s, pw=s)

s = rand_pw(22)
add("blind-nh/python/url-in-call", "motar-kaduna/jobs/celery_app.py", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", """\
from celery import Celery

# aikace-aikacen bango: aika tikiti PDF, tunatarwa ta SMS
app = Celery("tikiti", broker="amqp://tikiti:@@pw@@@rabbit.kaduna.internal:5672/tikiti")
app.conf.timezone = "Africa/Lagos"


@app.task
def tunatarwa(tikiti_id: int) -> None:
    ...
""", s, pw=s)

add("blind-nh/python/decoy-keyring", "majema/tools/shiga.py", S_PY, """\
import keyring

# kalmar sirri tana cikin keyring na kwamfuta, ba a code ba
SERVICE = "majema-lissafi"


def kalmar_sirri(user: str) -> str:
    pw = keyring.get_password(SERVICE, user)
    if pw is None:
        raise SystemExit("a saka da: keyring set majema-lissafi " + user)
    return pw
""")

s = slack_webhook()
add("blind-nh/yaml/alertmanager-slack", "deploy/monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """\
route:
  receiver: majema-ops
  group_wait: 30s
receivers:
  - name: majema-ops
    slack_configs:
      - api_url: @@url@@
        channel: "#majema-ops"
        title: "Gargadi: {{ .CommonLabels.alertname }}"
""", s, url=s)

add("blind-nh/yaml/decoy-alertmanager-file", "deploy/monitoring/alertmanager-tikiti.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """\
route:
  receiver: tikiti-ops
receivers:
  - name: tikiti-ops
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack-webhook
        channel: "#tikiti-ops"
        send_resolved: true
""")

s = words_pw()
add("blind-nh/yaml/grafana-datasource", "deploy/monitoring/grafana/datasources.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", """\
apiVersion: 1
datasources:
  - name: Tankuna
    type: postgres
    url: 10.30.1.5:5432
    user: grafana
    jsonData: {database: tankuna, sslmode: disable}
    secureJsonData:
      password: "@@pw@@"
""", s, pw=s)

add("blind-nh/yaml/decoy-grafana-env", "deploy/monitoring/grafana/datasources-tikiti.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables", """\
apiVersion: 1
datasources:
  - name: Tikiti
    type: postgres
    url: 10.20.4.11:5432
    user: rahoto
    jsonData: {database: tikiti, sslmode: require}
    secureJsonData:
      password: $TIKITI_RAHOTO_PASSWORD
""")

# ---------------------------------------------------------------- tannery and bus line, assorted

s = rand_pw(40)
add("blind-nh/php/wordpress", "majema-blog/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
// Shafin labarai na Gidan Majema (blog)
define( 'DB_NAME', 'majema_blog' );
define( 'DB_USER', 'blog' );
define( 'DB_PASSWORD', '@@pw@@' );
define( 'DB_HOST', 'localhost' );
define( 'WPLANG', 'ha' );
$table_prefix = 'mj_';
""", s, pw=s)

add("blind-nh/php/decoy-wp-salts-placeholder", "majema-blog/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", """\
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
""")

s = "base64:" + b64(fakes.drawn(_seed(), 32))
add("blind-nh/env/laravel-app-key", "majema-shop/.env.production", S_LARAVEL, """\
APP_NAME="Shagon Majema"
APP_ENV=production
APP_KEY=@@key@@
APP_DEBUG=false
APP_URL=https://shago.gidanmajema.ng
DB_CONNECTION=mysql
DB_PASSWORD=${SHAGO_DB_PASSWORD}
""", s, key=s)

add("blind-nh/env/decoy-laravel-example", "majema-shop/.env.example", S_LARAVEL, """\
APP_NAME="Shagon Majema"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
DB_PASSWORD=secret
PAYSTACK_SECRET_KEY=sk_test_your_key_here
MAIL_PASSWORD=null
""")

s = words_pw()
add("blind-nh/env/mail", "tikiti-rails/.env.production", S_ENV, """\
RAILS_ENV=production
RAILS_LOG_TO_STDOUT=1
SMTP_ADDRESS=smtp.zoho.com
SMTP_USERNAME=tikiti@motarkaduna.ng
SMTP_PASSWORD='@@pw@@'
DATABASE_URL=postgres://tikiti@10.20.4.11/tikiti_production
""", s, pw=s)

s = github()
add("blind-nh/env/github-token", "majema/tools/.env.release", S_ENV, """\
# sakin (release) manhajar tankuna zuwa GitHub Releases
GITHUB_REPOSITORY=gidanmajema/fata-sensor
GITHUB_TOKEN=@@tok@@
RELEASE_CHANNEL=stable
RELEASE_NOTES_LANG=ha,en
""", s, tok=s)

add("blind-nh/env/decoy-masked", "ops-notes/env-dump-tikiti.txt", S_ENV, """\
# fitar da muhalli (env) don taimako - an boye sirri kafin a tura
DB_HOST=10.20.4.11
DB_PASSWORD=********
PAYSTACK_SECRET_KEY=sk_live_...REDACTED...
JWT_SECRET=<redacted>
TZ=Africa/Lagos
""")

s = rand_pw(32)
add("blind-nh/go/jwt-secret", "motar-kaduna/tasha/internal/auth/jwt.go", S_GO, """\
package auth

import "github.com/golang-jwt/jwt/v5"

// sirrin sa hannu na tikitin QR (direba yana duba shi a kofar mota)
var signingKey = []byte("@@key@@")

func Sign(claims jwt.MapClaims) (string, error) {
\treturn jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey)
}
""", s, key=s)

add("blind-nh/go/decoy-test-fixture", "motar-kaduna/tasha/internal/auth/jwt_test.go", S_GO, """\
package auth

import "testing"

// testKey: na gwaji ne kawai, ba a amfani da shi a kowane muhalli
const testKey = "test-only-not-a-real-signing-key"

func TestSign(t *testing.T) {
\tsigningKey = []byte(testKey)
\tif _, err := Sign(map[string]any{"tikiti": 1}); err != nil {
\t\tt.Fatal(err)
\t}
}
""")

s = rand_pw(20)
add("blind-nh/java/jdbc-url", "fata-erp/src/main/java/ng/majema/legacy/LedgerImport.java", "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html", """\
package ng.majema.legacy;

import java.sql.Connection;
import java.sql.DriverManager;

// Shigo da bayanai daga tsohon lissafi (MySQL) zuwa ERP
public class LedgerImport {
    static final String URL = "jdbc:mysql://192.168.8.20:3306/lissafi?user=ledger&password=@@pw@@";

    public static Connection open() throws Exception {
        return DriverManager.getConnection(URL);
    }
}
""", s, pw=s)

add("blind-nh/java/decoy-vault-reference", "fata-erp/src/main/resources/bootstrap.yml", "https://docs.spring.io/spring-cloud-vault/reference/", """\
spring:
  application:
    name: fata-erp
  cloud:
    vault:
      uri: https://vault.gidanmajema.ng
      authentication: KUBERNETES
      kubernetes:
        role: fata-erp
      kv:
        backend: secret
        default-context: majema/erp
""")

s = rand_pw(20)
add("blind-nh/csharp/connection-inline", "Majema.Lissafi/Data/LissafiContext.cs", "https://learn.microsoft.com/en-us/ef/core/miscellaneous/connection-strings", """\
using Microsoft.EntityFrameworkCore;

namespace Majema.Lissafi.Data;

public class LissafiContext : DbContext
{
    // TODO: a karanta daga appsettings (Bashir)
    protected override void OnConfiguring(DbContextOptionsBuilder o) =>
        o.UseSqlServer("Server=KANO-SRV01;Database=Lissafi;User Id=lissafi_app;Password=@@pw@@;TrustServerCertificate=True");
}
""", s, pw=s)

add("blind-nh/csharp/decoy-user-secrets", "Majema.Lissafi/Program.cs", S_CS, """\
var builder = WebApplication.CreateBuilder(args);

// A gida: dotnet user-secrets set "Paystack:SecretKey" "<maballi>"
// A prod: Azure Key Vault
builder.Configuration.AddAzureKeyVault(new Uri("https://majema-kv.vault.azure.net/"), new DefaultAzureCredential());
var paystackKey = builder.Configuration["Paystack:SecretKey"];

var app = builder.Build();
app.MapGet("/", () => "Gidan Majema - Lissafi");
app.Run();
""")

s = rand_pw(64)
add("blind-nh/ruby/secret-key-base", "tikiti-rails/config/secrets.yml", "https://guides.rubyonrails.org/v5.0/security.html#custom-secrets", """\
development:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

production:
  secret_key_base: @@key@@
  paystack_public: pk_live_@@pk@@
""", s, key=s, pk=hexs(40))

add("blind-nh/ruby/decoy-env-fetch", "tikiti-rails/config/initializers/paystack.rb", "https://guides.rubyonrails.org/configuring.html", """\
# Paystack - ana karbar maballi daga credentials ko ENV
Rails.application.config.x.paystack = {
  secret: Rails.application.credentials.dig(:paystack, :secret) || ENV.fetch("PAYSTACK_SECRET_KEY"),
  public: ENV.fetch("PAYSTACK_PUBLIC_KEY", ""),
  callback_url: "https://tikiti.motarkaduna.ng/biya/tabbatar"
}
""")

s = words_pw()
add("blind-nh/shell/sshpass", "motar-kaduna/scripts/kwafi_rahoto.sh", S_SH, """\
#!/bin/bash
# Kwafi rahoton yau daga na'urar POS zuwa ofis
for ip in 10.20.7.21 10.20.7.22; do
  sshpass -p '@@pw@@' scp "posadmin@$ip:/var/pos/rahoto-$(date +%F).csv" "/srv/rahotanni/$ip/"
done
echo "an gama"
""", s, pw=s)

s = flutterwave()
add("blind-nh/shell/export-line", "fata-export/scripts/gwada_webhook.sh", S_FLW, """\
#!/usr/bin/env bash
# gwada webhook na Flutterwave a staging
export FLW_SECRET_KEY="@@key@@"
export FLW_SECRET_HASH="majema-hook"
python -m fata_export.webhook_replay --event charge.completed --tx 4412981
""", s, key=s)

add("blind-nh/shell/decoy-generate", "majema/scripts/sabon_sirri.sh", S_SH, """\
#!/bin/sh
# Kirkiri sabon sirri (misali JWT_SECRET) sannan a saka shi a vault kai tsaye
NEW=$(openssl rand -base64 48)
vault kv put secret/majema/jwt value="$NEW"
unset NEW
echo "an sabunta secret/majema/jwt"
""")

s = words_pw()
add("blind-nh/powershell/net-use", "motar-kaduna/ops/Hada-Rumbu.ps1", S_PS, """\
# Hada rumbun takardu (share) na ofishin Kaduna
net use Z: \\\\KDN-FS01\\Takardu /user:MOTARKADUNA\\ofis '@@pw@@' /persistent:yes
Copy-Item "Z:\\Jadawali\\2026-*.xlsx" "C:\\Jadawali\\" -Force
net use Z: /delete
Write-Host "An kwafi jadawali"
""", s, pw=s)

add("blind-nh/powershell/decoy-read-host", "motar-kaduna/ops/Sabon-Direba.ps1", S_PS, """\
# Kirkiri asusun sabon direba a AD
param([string]$Suna)
$pw = Read-Host -AsSecureString "Kalmar sirri ta farko"
New-ADUser -Name $Suna -SamAccountName $Suna -AccountPassword $pw -Enabled $true -ChangePasswordAtLogon $true
Add-ADGroupMember -Identity "Direbobi" -Members $Suna
""")

s = google_api()
add("blind-nh/kotlin/maps-key", "motar-kaduna/android/app/src/main/java/ng/motarkaduna/track/Directions.kt", S_KT, """\
package ng.motarkaduna.track

// Directions API (server key) - an sanya takunkumi ta IP, amma dai kar a bar shi a nan
private const val DIRECTIONS_KEY = "@@key@@"

fun directionsUrl(from: String, to: String) =
    "https://maps.googleapis.com/maps/api/directions/json?origin=$from&destination=$to&key=$DIRECTIONS_KEY"
""", s, key=s)

add("blind-nh/kotlin/decoy-test-fixture", "motar-kaduna/android/app/src/test/java/ng/motarkaduna/pay/PayApiTest.kt", S_KT, """\
package ng.motarkaduna.pay

import org.junit.Test
import kotlin.test.assertEquals

class PayApiTest {
    private val fakeKey = "sk_test_FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE" // ba na gaske ba

    @Test fun ref() = assertEquals("TK-1", verifyRequest("TK-1").url.pathSegments.last())
}
""")

s = rand_pw(24)
add("blind-nh/swift/basic-auth-header", "MotarKaduna-iOS/MotarKaduna/Network/PosClient.swift", S_SWIFT, """\
import Foundation

// Na'urar POS ta tasha tana bukatar Basic auth
struct PosClient {
    let host = URL(string: "http://10.20.7.21")!
    private let auth = "posadmin:@@pw@@".data(using: .utf8)!.base64EncodedString()

    func status() -> URLRequest {
        var r = URLRequest(url: host.appendingPathComponent("api/status"))
        r.setValue("Basic \\(auth)", forHTTPHeaderField: "Authorization")
        return r
    }
}
""", s, pw=s)

add("blind-nh/swift/decoy-keychain", "MotarKaduna-iOS/MotarKaduna/Auth/TokenStore.swift", S_SWIFT, """\
import Security
import Foundation

// Ajiye token na mai amfani a Keychain (ba a UserDefaults ba)
enum TokenStore {
    static func save(_ token: String) {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrAccount as String: "motarkaduna.session",
                                kSecValueData as String: Data(token.utf8)]
        SecItemDelete(q as CFDictionary); SecItemAdd(q as CFDictionary, nil)
    }
}
""")

s = rand_pw(28)
add("blind-nh/rust/mqtt", "fata-sensor/src/mqtt.rs", "https://docs.rs/rumqttc/latest/rumqttc/", """\
use rumqttc::{AsyncClient, MqttOptions};
use std::time::Duration;

// hada da broker na majema; kowane tanki yana aika zafi da pH
pub fn client() -> (AsyncClient, rumqttc::EventLoop) {
    let mut o = MqttOptions::new("tank-gateway", "mqtt.gidanmajema.ng", 8883);
    o.set_credentials("tankuna", "@@pw@@");
    o.set_keep_alive(Duration::from_secs(30));
    AsyncClient::new(o, 10)
}
""", s, pw=s)

# ---------------------------------------------------------------- services, units, build files

s = rand_pw(22)
add("blind-nh/systemd/environment", "deploy/systemd/tikiti-worker.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", """\
[Unit]
Description=Tikiti worker (aika SMS da PDF)
After=network.target

[Service]
User=tikiti
Environment="DATABASE_URL=postgresql://tikiti_app:@@pw@@@10.20.4.11/tikiti"
ExecStart=/srv/tikiti/venv/bin/celery -A jobs.celery_app worker -l info
Restart=always

[Install]
WantedBy=multi-user.target
""", s, pw=s)

add("blind-nh/systemd/decoy-credential-file", "deploy/systemd/majema-api.service", "https://systemd.io/CREDENTIALS/", """\
[Unit]
Description=Majema API
After=network.target

[Service]
User=majema
LoadCredentialEncrypted=paystack:/etc/credstore.encrypted/paystack
Environment=PAYSTACK_SECRET_FILE=%d/paystack
ExecStart=/srv/majema/venv/bin/gunicorn majema.wsgi -b 127.0.0.1:8000

[Install]
WantedBy=multi-user.target
""")

s = rand_pw(22)
add("blind-nh/cron/crontab-password", "deploy/cron/majema.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", """\
# m h dom mon dow  command
# ajiyar rumbun fata kowane dare
15 1 * * * PGPASSWORD='@@pw@@' pg_dump -h db.majema.lan -U ajiya fata | gzip > /srv/ajiya/fata-$(date +\\%F).gz
# share tsofaffin ajiya
0 3 * * 0 find /srv/ajiya -mtime +45 -delete
""", s, pw=s)

s = rand_pw(32)
add("blind-nh/makefile/api-key", "motar-kaduna/Makefile", "https://www.gnu.org/software/make/manual/make.html", """\
# Umarni na yau da kullum
SMS_KEY ?= @@key@@

run:
\tpython -m booking

sms-test:
\tcurl -s -X POST https://api.ng.termii.com/api/sms/send -d api_key=$(SMS_KEY) -d to=2348000000000 -d from=MotarKD -d sms="gwaji"

.PHONY: run sms-test
""", s, key=s)

add("blind-nh/makefile/decoy-env-reference", "majema/Makefile", "https://www.gnu.org/software/make/manual/make.html", """\
# PAYSTACK_SECRET_KEY yana zuwa daga muhalli (direnv / CI)
ifndef PAYSTACK_SECRET_KEY
$(warning ba a saka PAYSTACK_SECRET_KEY ba; gwaje-gwajen biya za su tsallake)
endif

test:
\tpytest -q

.PHONY: test
""")

s = rand_pw(20)
add("blind-nh/jenkins/credentials-inline", "fata-erp/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """\
pipeline {
    agent any
    stages {
        stage('Gina') { steps { sh './mvnw -B package' } }
        stage('Tura') {
            steps {
                // TODO: a yi amfani da withCredentials
                sh "sshpass -p '@@pw@@' scp target/fata-erp.jar deploy@erp.majema.lan:/srv/erp/"
            }
        }
    }
}
""", s, pw=s)

add("blind-nh/jenkins/decoy-with-credentials", "fata-sensor/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", """\
pipeline {
    agent any
    stages {
        stage('Gina') { steps { sh 'cargo build --release' } }
        stage('Saki') {
            steps {
                withCredentials([string(credentialsId: 'github-release-token', variable: 'GH_TOKEN')]) {
                    sh 'gh release create v$BUILD_NUMBER target/release/fata-sensor'
                }
            }
        }
    }
}
""")

s = rand_pw(86, "+/")
add("blind-nh/env/azure-storage", "Majema.Lissafi/.env.azure", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """\
# ajiyar rasit (receipts) a Azure Blob
# lura: Bashir ne ya kirkiri asusun ajiya (storage account) a Afrilu
AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=majemarasit;AccountKey=@@key@@==;EndpointSuffix=core.windows.net"
RASIT_CONTAINER=rasit
RASIT_RETENTION_DAYS=2555
""", s, key=s)

s = "key-" + hexs(32)
add("blind-nh/python/mailgun", "fata-export/invoices/mailgun_send.py", "https://documentation.mailgun.com/docs/mailgun/api-reference/", """\
import requests

# tsohon hanyar aika takardun kudi (kafin SendGrid) - har yanzu ana amfani a staging
MG_DOMAIN = "mg.gidanmajema.ng"


def aika(to: str, subject: str, html: str):
    return requests.post(f"https://api.mailgun.net/v3/{MG_DOMAIN}/messages",
                         auth=("api", "@@key@@"),
                         data={"from": "invoices@gidanmajema.ng", "to": to, "subject": subject, "html": html})
""", s, key=s)

s = rand_pw(24)
add("blind-nh/rclone/password", "ops-notes/rclone_majema.conf", "https://rclone.org/ftp/", """\
[ftp-mai-saye]
type = ftp
host = ftp.conceria-buyer.it
user = gidanmajema
pass = @@pw@@

[s3-ajiya]
type = s3
provider = AWS
env_auth = true
""", s, pw=s)

add("blind-nh/rclone/decoy-obscured-env", "ops-notes/rclone_tikiti.conf", "https://rclone.org/docs/#config-file", """\
# kalmar sirri tana cikin RCLONE_CONFIG_FTPTASHA_PASS (an saka ta a systemd)
[ftptasha]
type = ftp
host = ftp.motarkaduna.ng
user = rahoto

[gdrive-rahoto]
type = drive
scope = drive.file
""")

add("blind-nh/htpasswd/decoy-hash", "deploy/nginx/rahoto.htpasswd", "https://httpd.apache.org/docs/current/programs/htpasswd.html", """\
aisha:$apr1$@@s1@@$@@h1@@
bashir:$apr1$@@s2@@$@@h2@@
musa:$2y$05$@@h3@@
rahoto:{SHA}@@h4@@=
ofis:$apr1$@@s5@@$@@h5@@
""", s1=fakes.drawn(_seed(), 8, ALNUM), h1=fakes.drawn(_seed(), 22, ALNUM + "./"),
    s2=fakes.drawn(_seed(), 8, ALNUM), h2=fakes.drawn(_seed(), 22, ALNUM + "./"),
    h3=fakes.drawn(_seed(), 53, ALNUM + "./"), h4=fakes.drawn(_seed(), 27, ALNUM + "+/"),
    s5=fakes.drawn(_seed(), 8, ALNUM), h5=fakes.drawn(_seed(), 22, ALNUM + "./"))

s = words_pw()
add("blind-nh/nginx/proxy-auth-header", "deploy/nginx/tasha-pos.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", """\
server {
    listen 443 ssl;
    server_name pos.motarkaduna.ng;
    location /api/ {
        proxy_pass http://10.20.7.21/api/;
        # na'urar POS tana bukatar Basic auth
        proxy_set_header Authorization "Basic @@auth@@";
    }
}
""", b64("posadmin:" + s), auth=b64("posadmin:" + s))

add("blind-nh/nginx/decoy-auth-basic-file", "deploy/nginx/rahoto.conf", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html", """\
server {
    listen 443 ssl;
    server_name rahoto.gidanmajema.ng;
    auth_basic "Rahotanni na ciki";
    auth_basic_user_file /etc/nginx/rahoto.htpasswd;
    location / { proxy_pass http://127.0.0.1:3000; }
}
""")

s = paystack()
add("blind-nh/helm/set-on-command-line", "ops-notes/deploy-tikiti-v2.4.md", S_HELM, """\
# Tura tikiti v2.4 (Mayu 2026)

Umarnin da Aisha ta yi amfani da shi:

```
helm upgrade --install tikiti charts/tikiti -n motar-kaduna \\
  --set image.tag=2.4.1 \\
  --set paystack.secretKey=@@key@@
```

Bayan haka: `kubectl -n motar-kaduna rollout status deploy/tikiti-api`.
""", s, key=s)

s = words_pw()
add("blind-nh/ansible/playbook-vars", "ansible/playbooks/saita_wifi_tasha.yml", S_ANSIBLE, """\
---
- name: Saita WiFi na ofis a tasha
  hosts: tasha_routers
  gather_facts: false
  vars:
    ofis_ssid: MotarKaduna-Ofis
    ofis_psk: "@@pw@@"
  tasks:
    - name: Saka SSID
      community.routeros.command:
        commands:
          - /interface wireless security-profiles set ofis wpa2-pre-shared-key={{ ofis_psk }}
""", s, pw=s)

s = words_pw()
add("blind-nh/terraform/tfvars", "infra/tikiti/prod.tfvars", S_TF, """\
region              = "eu-west-1"
environment         = "prod"
db_instance_class   = "db.t4g.medium"
db_password         = "@@pw@@"
alert_email         = "ops@motarkaduna.ng"
""", s, pw=s)

add("blind-nh/terraform/decoy-random-password", "infra/majema/secrets.tf", S_TF, """\
# Terraform ne ke kirkirar kalmar sirri kuma ta ajiye ta a Secrets Manager
resource "random_password" "majema_db" {
  length  = 32
  special = true
}

resource "aws_secretsmanager_secret_version" "majema_db" {
  secret_id     = aws_secretsmanager_secret.majema_db.id
  secret_string = random_password.majema_db.result
}
""")

# ---------------------------------------------------------------- more decoys

add("blind-nh/markdown/decoy-aws-docs-example", "docs/wiki/AWS-CLI.md", S_MD, """\
# Saita AWS CLI

Misali daga takardun AWS (ba maballi na gaske ba):

```
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Mu kuma muna amfani da `aws sso login --profile majema`, ba maballan dindindin ba.
""")

add("blind-nh/json/decoy-openapi", "motar-kaduna/docs/api/openapi.json", "https://spec.openapis.org/oas/v3.1.0#security-scheme-object", """\
{
  "openapi": "3.1.0",
  "info": { "title": "Motar Kaduna API", "version": "2.4.1", "description": "Tikiti da jadawali" },
  "components": {
    "securitySchemes": {
      "ApiKey": { "type": "apiKey", "in": "header", "name": "X-Api-Key" },
      "Bearer": { "type": "http", "scheme": "bearer", "bearerFormat": "JWT" }
    }
  },
  "security": [{ "ApiKey": [] }]
}
""")

add("blind-nh/html/decoy-password-form", "tikiti-rails/app/views/sessions/new.html.erb", S_HTML, """\
<h1>Shiga (ofis)</h1>
<%= form_with url: login_path do |f| %>
  <%= f.label :email, "Imel" %>
  <%= f.email_field :email %>
  <%= f.label :password, "Kalmar sirri" %>
  <%= f.password_field :password, autocomplete: "current-password", placeholder: "••••••••" %>
  <%= f.submit "Shiga" %>
<% end %>
""")

add("blind-nh/yaml/decoy-i18n", "tikiti-rails/config/locales/ha.yml", "https://guides.rubyonrails.org/i18n.html", """\
ha:
  sessions:
    password: "Kalmar sirri"
    password_wrong: "Kalmar sirri ba daidai ba ce"
    api_key: "Maballin API"
    token_expired: "Token ya kare, a sake shiga"
  tikiti:
    seat: "Kujera"
""")

add("blind-nh/markdown/decoy-changelog-shas", "fata-sensor/CHANGELOG.md", S_MD, """\
# Canje-canje

## 1.4.0 (2026-04-02)
- Gargadi idan pH ya wuce 4.2 (@@c1@@)
- An gyara karanta zafi na tank T3 (@@c2@@)

## 1.3.2 (2026-02-18)
- MQTT ta TLS kawai (@@c3@@)
""", c1=hexs(40), c2=hexs(40), c3=hexs(40))

add("blind-nh/python/decoy-webhook-verify", "fata-export/webhooks/flw.py", S_FLW, """\
import hmac
import os

# Flutterwave yana aika "verif-hash"; muna kwatanta shi da abin da ke cikin muhalli
EXPECTED = os.environ["FLW_SECRET_HASH"]


def ingantacce(headers: dict) -> bool:
    return hmac.compare_digest(headers.get("verif-hash", ""), EXPECTED)
""")

add("blind-nh/csv/decoy-tickets", "motar-kaduna/data/tikiti-2026-05-02.csv", S_CSV, """\
tikiti_id,hanya,kujera,qr_hash,an_duba
@@u1@@,KAD-ZAR,14,@@q1@@,1
@@u2@@,KAD-ABJ,3,@@q2@@,1
@@u3@@,KAD-KAN,22,@@q3@@,0
@@u4@@,KAD-ZAR,7,@@q4@@,1
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), q1=sha256ish(), q2=sha256ish(),
    q3=sha256ish(), q4=sha256ish())

add("blind-nh/log/decoy-ids", "majema/logs/export-2026-04-30.log", S_LOG, """\
2026-04-30 10:02:11 INFO  export  order=EXP-1182 buyer=conceria-it tx_ref=MJ-EXP-1182 flw_tx=4412981
2026-04-30 10:02:12 INFO  export  request_id=@@r1@@ status=successful
2026-04-30 10:05:40 INFO  export  shipment awb=176-@@awb@@ carrier=ethiopian-cargo
2026-04-30 10:05:41 INFO  export  request_id=@@r2@@ invoice=INV-2026-0418 sent
2026-04-30 10:06:00 INFO  export  an gama
""", r1=uuid_s(), r2=uuid_s(), awb=str(_rng().randint(10**7, 10**8)))

add("blind-nh/k8s/decoy-external-secret", "deploy/k8s/tikiti-external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: tikiti-payments
  namespace: motar-kaduna
spec:
  refreshInterval: 1h
  secretStoreRef: {name: vault-backend, kind: ClusterSecretStore}
  target: {name: tikiti-payments}
  data:
    - secretKey: secret
      remoteRef: {key: motar-kaduna/paystack, property: secret_key}
""")

add("blind-nh/github-actions/decoy-oidc", "infra/.github/workflows/terraform.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """\
name: terraform
on: [pull_request]
permissions:
  id-token: write
  contents: read
jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418822905517:role/majema-terraform
          aws-region: eu-west-1
      - run: terraform init && terraform plan
""")

add("blind-nh/notes/decoy-password-policy", "docs/tsaro/manufofin-kalmar-sirri.txt", "https://pages.nist.gov/800-63-3/sp800-63b.html", """\
Manufofin kalmar sirri (Gidan Majema da Motar Kaduna)
- Akalla haruffa 14; a yi amfani da jimla (passphrase), misali "<kalmomi-hudu-da-lamba>".
- Kada a yi amfani da "Kano2026!" ko "Majema123" ko sunan kamfani.
- Ana ajiye dukkan kalmomin sirri a 1Password (vault: "Ofis").
- Idan kalmar sirri ta fita, a sanar da Bashir nan take.
""")

add("blind-nh/toml/decoy-cargo", "fata-sensor/Cargo.toml", "https://doc.rust-lang.org/cargo/reference/manifest.html", """\
[package]
name = "fata-sensor"
version = "1.4.0"
edition = "2021"
description = "Auna zafi da pH a tankunan majema"

[dependencies]
rumqttc = "0.24"
sqlx = { version = "0.7", features = ["postgres", "runtime-tokio"] }
""")

add("blind-nh/ipynb/decoy-redacted-output", "fata-export/notebooks/farashin_kasuwa.ipynb", S_IPYNB, """\
{
 "cells": [
  {"cell_type": "code", "execution_count": 2, "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["FLW key: FLWSECK-****************************-X\\n"]}],
   "source": ["import os\\n", "key = os.environ['FLW_SECRET_KEY']\\n", "print('FLW key:', key[:8] + '*' * 28 + key[-2:])"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

# ---------------------------------------------------------------- last secrets

s = fakes.github_fine_grained_token(_seed())
add("blind-nh/yaml/renovate-token", "majema/.github/renovate-runner.yml", S_GHA, """\
name: renovate
on:
  schedule: [{cron: "0 4 * * 1"}]   # kowace Litinin
jobs:
  renovate:
    runs-on: ubuntu-latest
    steps:
      - uses: renovatebot/github-action@v40
        with:
          token: @@tok@@
          configurationFile: renovate.json
""", s, tok=s)

s = words_pw()
add("blind-nh/javascript/knex-split", "majema-shop/admin/knexfile.js", "https://knexjs.org/guide/#configuration-options", """\
// rumbun shago (MySQL) - saitin admin
module.exports = {
  client: "mysql2",
  connection: {
    host: "127.0.0.1",
    user: "shago_admin",
    password: "@@a@@" +
      "@@b@@",
    database: "shago",
  },
};
""", s, a=s[:6], b=s[6:])

s = telegram()
add("blind-nh/python/telegram-url", "majema/alerts/tank_telegram.py", "https://core.telegram.org/bots/api#making-requests", """\
import requests

# aika gargadin tanki ga kungiyar Telegram ta ma'aikatan majema
URL = "https://api.telegram.org/bot@@tok@@/sendMessage"


def gargadi(sako: str) -> None:
    requests.post(URL, data={"chat_id": "-1001552093318", "text": sako}, timeout=10)
""", s, tok=s)

s = rand_pw(20)
add("blind-nh/sql/dblink", "majema/db/views/rahoton_tallace.sql", "https://www.postgresql.org/docs/current/dblink.html", """\
-- Rahoton hadin gwiwa: tallace-tallacen fata da jigilar kaya (daga rumbun ERP)
CREATE OR REPLACE VIEW rahoton_tallace AS
SELECT *
FROM dblink('host=db.majema.lan dbname=erp user=rahoto password=@@pw@@',
            'SELECT order_id, buyer, kg, total_usd FROM orders WHERE status = ''shipped''')
  AS t(order_id int, buyer text, kg numeric, total_usd numeric);
""", s, pw=s)

s = pem("RSA")
add("blind-nh/k8s-secret/tls-key", "deploy/k8s/majema-tls.yaml", S_K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: shago-tls
  namespace: majema
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@key@@
""", s, crt=b64("-----BEGIN CERTIFICATE-----\nMIID" + fakes.drawn(_seed(), 60, ALNUM) + "\n-----END CERTIFICATE-----\n"), key=b64(s + "\n"))
