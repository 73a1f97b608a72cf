"""Blind set KY: a Greenlandic-speaking team running shrimp trawlers and sled-dog kennels.

Trawler catch reporting, AIS and satellite links, factory-freezer telemetry, fish-buyer portals,
kennel booking sites for dog-sled tours, vet and microchip registries, and the CI, configs, notes
and runbooks of the team (comments partly in Greenlandic, Kalaallisut), with their decoys.
Generated fakes only (seeds 6060000-6069999).
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
SEED_LO, SEED_HI = 6060000, 6069999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Qimmiq", "Raaja", "Sermeq", "Nanoq", "Tuttu", "Umiaq", "Qajaq", "Siku", "Aputi", "Sila",
         "Puisi", "Qilak", "Arfeq", "Natsiq", "Ukaleq", "Aqisseq", "Kapisillit", "Nerleq", "Qaqqaq", "Imaq"]
LOWER = ["qimussit", "raajat", "sermersuaq", "aalisartoq", "umiarsuaq", "nuna", "ilulissat", "qajaq",
         "aputi", "siku", "tuttu", "nanoq", "sila", "kangerluk", "qeqertaq", "imaq"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#%@*-") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        v = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


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


def stripe(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


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


def teams_webhook() -> str:
    return (f"https://kalaallitraajat.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm() -> str:
    return fakes.fake("npm_", 36, _seed())


def github() -> str:
    return fakes.github_token(_seed())


def aws_pair() -> tuple:
    s = _seed()
    return fakes.aws_key_id(s), fakes.aws_secret_key(s + 1)


def pem(kind: str = "RSA") -> str:
    key = fakes.fake_pem(_seed(), kind)
    return key.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")


def telegram() -> str:
    return fakes.telegram_token(_seed())


def openai() -> str:
    return fakes.openai_key(_seed())


def twilio_sk() -> str:
    return "SK" + hexs(32)


def mailgun() -> str:
    return "key-" + hexs(32)


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "-_") for _ in range(35))


def azure_storage_key() -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()


def hf() -> str:
    return fakes.fake("hf_", 34, _seed())


def shopify() -> str:
    return "shpat_" + hexs(32)


def digitalocean() -> str:
    return "dop_v1_" + hexs(64)


def vault() -> str:
    return fakes.fake("hvs.", 24, _seed())


def anthropic() -> str:
    return fakes.fake("sk-ant-api03-", 93, _seed()) + "AA"


def grafana() -> str:
    return "glsa_" + rand_pw(32) + "_" + hexs(8)


def mapbox() -> str:
    r = _rng()
    return "sk.eyJ1IjoicmFhamF0IiwiYSI6I" + "".join(r.choice(ALNUM) for _ in range(30)) + "." + "".join(r.choice(ALNUM + "-_") for _ in range(22))


def doppler() -> str:
    return fakes.fake("dp.st.prd.", 43, _seed())


def sha256() -> str:
    return hexs(64)


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    assert category.startswith("blind-ky/")
    if secret is not None:
        fields.setdefault("s", secret)
        fields.setdefault("b64s", b64(secret))
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


S_ENV = "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/#env-file"
S_K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
S_COMPOSE = "https://docs.docker.com/reference/compose-file/services/"
S_GHA = "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions"
S_GLCI = "https://docs.gitlab.com/ee/ci/yaml/"
S_TF = "https://developer.hashicorp.com/terraform/language/providers/configuration"
S_ANS = "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html"
S_HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
S_PY = "https://docs.python.org/3/library/os.html#os.environ"
S_MD = "https://spec.commonmark.org/0.31.2/"
S_RST = "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html"
S_PG = "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING"
S_DOCKERFILE = "https://docs.docker.com/reference/dockerfile/"
S_SPRING = "https://docs.spring.io/spring-boot/reference/features/external-config.html"
S_NB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
S_PS = "https://learn.microsoft.com/en-us/powershell/scripting/overview"
S_BASH = "https://www.gnu.org/software/bash/manual/bash.html"
S_SLACK = "https://api.slack.com/messaging/webhooks"
S_STRIPE = "https://docs.stripe.com/keys"
S_AWS = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
S_NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
S_PYPIRC = "https://packaging.python.org/en/latest/specifications/pypirc/"
S_NETRC = "https://everything.curl.dev/usingcurl/netrc.html"
S_SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
S_CSV = "https://www.rfc-editor.org/rfc/rfc4180"
S_LOG = "https://docs.python.org/3/library/logging.html"
S_INI = "https://docs.python.org/3/library/configparser.html"
S_TOML = "https://toml.io/en/v1.0.0"
S_JSON = "https://www.rfc-editor.org/rfc/rfc8259"
S_XML = "https://www.w3.org/TR/xml/"
S_HTML = "https://html.spec.whatwg.org/"
S_GO = "https://pkg.go.dev/os#Getenv"
S_JAVA = "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html"
S_CS = "https://learn.microsoft.com/en-us/dotnet/core/extensions/configuration"
S_PHP = "https://www.php.net/manual/en/pdo.connections.php"
S_RUBY = "https://guides.rubyonrails.org/configuring.html"
S_RUST = "https://doc.rust-lang.org/std/env/fn.var.html"
S_SWIFT = "https://developer.apple.com/documentation/foundation/urlsession"
S_KT = "https://kotlinlang.org/docs/home.html"
S_JS = "https://nodejs.org/api/process.html#processenv"
S_SSH = "https://man.openbsd.org/ssh_config"
S_NGINX = "https://nginx.org/en/docs/http/ngx_http_proxy_module.html"
S_RCLONE = "https://rclone.org/docs/"
S_DOCKERCFG = "https://docs.docker.com/reference/cli/docker/login/#credential-stores"
S_KUBECONFIG = "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/"

# ---------------------------------------------------------------- secrets: env and configs

add("blind-ky/env/postgres", ".env", S_ENV, """\
# Raajat catch database - Nuuk
# Isertortoq! Ilanngussinnaanngilat git-imut (do not commit... but here it is)
APP_ENV=production
DB_HOST=pg01.raajat.internal
DB_PORT=5432
DB_NAME=fangst
DB_USER=fangst_app
DB_PASSWORD=@@s@@
""", words_pw())

add("blind-ky/env/stripe", "kennel-booking/.env.production", S_STRIPE, """\
# Qimussit angalanerit - sled tour bookings, Ilulissat
NEXT_PUBLIC_SITE_URL=https://qimmit-ilulissat.gl
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_@@pk@@
STRIPE_SECRET_KEY=@@s@@
BOOKING_CURRENCY=DKK
""", stripe(), pk=fakes.drawn(_seed(), 24))

add("blind-ky/env/sendgrid", "trawler-reports/.env", S_ENV, """\
# Nalunaarusiat ulluinnarsiutit (daily catch reports) - mail
MAIL_FROM=rapport@raajat-trawl.gl
MAIL_TO=kontor@raajat-trawl.gl
SENDGRID_API_KEY="@@s@@"
REPORT_HOUR=06
""", sendgrid())

add("blind-ky/env/openai", "vet-notes-summariser/.env.local", S_ENV, """\
# Nakorsaq qimminut - summaries of vet notes for the kennel log
OPENAI_MODEL=gpt-4o-mini
OPENAI_API_KEY=@@s@@
SUMMARY_LANG=kl
MAX_NOTES=40
""", openai())

add("blind-ky/env/mapbox", "ice-map/.env", S_ENV, """\
# Sikumik nalunaarsuineq - sea ice map for the trawler skippers
VITE_MAPBOX_STYLE=mapbox://styles/raajat/cl0sikumap
# token kisimi serverimi atorneqassaaq (server side only, tiles upload)
MAPBOX_UPLOAD_TOKEN=@@s@@
ICE_CHART_SOURCE=dmi
""", mapbox())

add("blind-ky/yaml/rabbitmq-url", "config/telemetry.yaml", "https://www.rabbitmq.com/docs/uri-spec", """\
# Umiarsuup qerititsivia - freezer telemetry from the factory trawler
telemetry:
  vessel: "Polar Raaja"
  imo: 9876543
  broker: amqp://telemetry:@@s@@@mq.raajat.internal:5672/freezer
  interval_seconds: 30
  sensors: [hold_temp, brine_temp, plate_freezer_1, plate_freezer_2]
""", rand_pw(22))

add("blind-ky/yaml/mongodb-uri", "kennel-api/config/production.yml", "https://www.mongodb.com/docs/manual/reference/connection-string/", """\
# Qimmit nalunaarsorneqarnerat - dog register API
server:
  port: 8080
mongo:
  uri: "mongodb+srv://kennel_rw:@@s@@@qimmit.x8k2p.mongodb.net/kennel?retryWrites=true&w=majority"
  pool: 10
logging:
  level: info
""", rand_pw(18))

add("blind-ky/toml/telegram", "bots/sila/config.toml", S_TOML, """\
# Sila-bot: weather + ice warnings to the skippers' Telegram group
[bot]
name = "sila_nalunaarut_bot"
token = "@@s@@"
chat_id = -1001876543210

[sources]
dmi = "https://dmigw.govcloud.dk/v2/metObs"
""", telegram())

add("blind-ky/ini/mysql", "fishbuyer-sync/db.ini", S_INI, """\
; Raajanik pisiortut - buyer portal sync
[client]
host = buyers-db.raajat.internal
user = sync_job
password = @@s@@
database = auction

[job]
interval = 900
""", words_pw())

add("blind-ky/json/slack-webhook", "alerts/hold-temperature.json", S_SLACK, """\
{
  "name": "qerititsivik-kissaqqavoq",
  "description": "Hold temperature above -18 C - Polar Raaja",
  "threshold_c": -18.0,
  "notify": {
    "slack": "@@s@@",
    "channel": "#umiarsuaq-alarmit"
  }
}
""", slack_webhook())

add("blind-ky/k8s/secret-data", "deploy/k8s/catch-db-secret.yaml", S_K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: catch-db
  namespace: raajat
  labels:
    app: fangst-api
type: Opaque
data:
  username: @@u@@
  password: @@b64s@@
""", words_pw(), u=b64("fangst_app"))

add("blind-ky/k8s/secret-stringdata", "deploy/k8s/kennel-stripe.yaml", S_K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: kennel-payments
  namespace: qimmit
type: Opaque
stringData:
  STRIPE_SECRET_KEY: @@s@@
  STRIPE_ACCOUNT_COUNTRY: DK
""", stripe())

add("blind-ky/compose/postgres", "docker-compose.yml", S_COMPOSE, """\
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: fangst
      POSTGRES_USER: fangst
      POSTGRES_PASSWORD: @@s@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    build: ./api
    depends_on: [db]
volumes:
  pgdata: {}
""", words_pw())

add("blind-ky/compose/redis", "ops/compose.kennel.yaml", S_COMPOSE, """\
# Qimmeqarfik - kennel booking stack (Ilulissat)
services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@s@@", "--appendonly", "yes"]
  web:
    image: ghcr.io/raajat/kennel-web:2.4.1
    environment:
      REDIS_URL: redis://redis:6379/0
""", fakes.redis_password(_seed()))

add("blind-ky/helm/values-password", "charts/fangst-api/values-prod.yaml", S_HELM, """\
# Nuuk cluster - production
replicaCount: 2
image:
  repository: ghcr.io/raajat/fangst-api
  tag: "3.12.0"
postgresql:
  auth:
    username: fangst
    password: "@@s@@"
    database: fangst
ingress:
  host: fangst.raajat.gl
""", rand_pw(24))

add("blind-ky/terraform/aws-provider", "infra/providers.tf", S_TF, """\
# Nalunaarsuutit S3-mi (catch logbooks archive)
provider "aws" {
  region     = "eu-north-1"
  access_key = "@@k@@"
  secret_key = "@@s@@"
}

resource "aws_s3_bucket" "logbooks" {
  bucket = "raajat-logbooks-archive"
}
""", fakes.aws_secret_key(_seed()), k=fakes.aws_key_id(_seed()))

add("blind-ky/terraform/digitalocean", "infra/kennel/main.tf", S_TF, """\
terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean" }
  }
}
# Qimmeqarfiup nittartagaa - kennel website droplet
provider "digitalocean" {
  token = "@@s@@"
}
resource "digitalocean_droplet" "kennel" {
  name   = "qimmit-web"
  region = "fra1"
  size   = "s-1vcpu-1gb"
  image  = "ubuntu-24-04-x64"
}
""", digitalocean())

add("blind-ky/ansible/become-password", "ansible/inventory/trawlers.ini", S_ANS, """\
# Umiarsuit - onboard servers (VSAT link, slow!)
[trawlers]
polar-raaja ansible_host=10.40.1.10
nanoq-trawl ansible_host=10.40.2.10

[trawlers:vars]
ansible_user=maskinmester
ansible_become_password=@@s@@
ansible_ssh_common_args='-o ConnectTimeout=60'
""", words_pw())

add("blind-ky/ansible/vars-api-key", "ansible/group_vars/kennel.yml", S_ANS, """\
---
# Qimmeqarfik - kennel hosts
kennel_domain: qimmit-ilulissat.gl
backup_bucket: qimmit-backup
# Grafana cloud - logs
grafana_sa_token: "@@s@@"
ntp_servers:
  - 0.gl.pool.ntp.org
""", grafana())

add("blind-ky/gha/inline-token", ".github/workflows/publish.yml", S_GHA, """\
name: publish
on:
  push:
    tags: ["v*"]
jobs:
  npm:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      # TODO: nuussiguk secrets-imut (move to secrets)
      - run: echo "//registry.npmjs.org/:_authToken=@@s@@" > ~/.npmrc
      - run: npm publish --access public
""", npm())

add("blind-ky/gitlab-ci/docker-login", ".gitlab-ci.yml", S_GLCI, """\
stages: [build]

build-image:
  stage: build
  image: docker:27
  services: [docker:27-dind]
  script:
    - docker login -u raajat-ci -p @@s@@ registry.gitlab.com
    - docker build -t registry.gitlab.com/raajat/fangst-api:$CI_COMMIT_SHORT_SHA .
    - docker push registry.gitlab.com/raajat/fangst-api:$CI_COMMIT_SHORT_SHA
""", gitlab())

add("blind-ky/dockerfile/arg-token", "kennel-web/Dockerfile", S_DOCKERFILE, """\
FROM node:20-alpine AS build
WORKDIR /app
# Qimmit nittartagaa - private package registry
ARG NPM_TOKEN=@@s@@
RUN echo "//npm.pkg.github.com/:_authToken=${NPM_TOKEN}" > .npmrc
COPY package*.json ./
RUN npm ci && rm .npmrc
COPY . .
RUN npm run build
""", github())

add("blind-ky/npmrc/auth-token", "kennel-web/.npmrc", S_NPMRC, """\
@raajat:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=@@s@@
always-auth=true
fund=false
audit=false
""", github())

add("blind-ky/pypirc/pypi-token", "tools/.pypirc", S_PYPIRC, """\
# Pakkit - the catch-log parser we publish (raajat-logbook)
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@s@@
""", fakes.pypi_token(_seed()))

add("blind-ky/netrc/password", "ops/dotfiles/netrc", S_NETRC, """\
# VSAT modem admin + the buyer's FTP (Aalisartut Sulisitsisut)
machine ftp.buyers-auction.dk
login raajat
password @@s@@

machine vsat-gw.polar-raaja.local
login admin
password @@p2@@
""", rand_pw(16), p2="$VSAT_ADMIN_PW")

add("blind-ky/aws/credentials", "ops/aws/credentials", S_AWS, """\
[default]
region = eu-north-1

# Inuk: Aqqaluk - logbook uploader (umiarsuaq)
[logbook-uploader]
aws_access_key_id = @@k@@
aws_secret_access_key = @@s@@
""", fakes.aws_secret_key(_seed()), k=fakes.aws_key_id(_seed()))

add("blind-ky/pem/rsa-key", "ops/keys/vsat-tunnel.pem", "https://www.rfc-editor.org/rfc/rfc7468", """\
@@s@@
""", pem("RSA"))

# ---------------------------------------------------------------- secrets: code

add("blind-ky/python/psycopg-kwarg", "fangst/db.py", "https://www.psycopg.org/psycopg3/docs/api/connections.html", """\
\"\"\"Raajat pisarineqartut - catch records of the shrimp trawlers.\"\"\"
import psycopg

# Attaveqaat (connection) - Nuuk database
def connect():
    return psycopg.connect(
        host="pg01.raajat.internal",
        dbname="fangst",
        user="fangst_app",
        password="@@s@@",
    )
""", words_pw())

_hook = slack_webhook()
add("blind-ky/python/split-literal", "kennel/notify.py", S_PY, """\
import requests

# Qimmit nerisassaat - feeding reminders to the kennel Slack
HOOK = ("@@a@@"
        "@@b@@")

def remind(text: str) -> None:
    requests.post(HOOK, json={"text": f"Nerisiguk qimmit! {text}"}, timeout=10)
""", _hook, a=_hook[:60], b=_hook[60:])

add("blind-ky/python/boto3-session", "logbook/upload.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """\
import boto3

# Aalisarnermi allattuiffik (logbook) -> S3, runs on the trawler's PC
session = boto3.Session(
    aws_access_key_id="@@k@@",
    aws_secret_access_key="@@s@@",
    region_name="eu-north-1",
)
s3 = session.client("s3")
s3.upload_file("logbook.csv", "raajat-logbooks-archive", "polar-raaja/logbook.csv")
""", fakes.aws_secret_key(_seed()), k=fakes.aws_key_id(_seed()))

add("blind-ky/python/django-secret", "kennelsite/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """\
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["qimmit-ilulissat.gl", "www.qimmit-ilulissat.gl"]
# Isertortoq - allanngortinnginnassavat! (do not change, sessions break)
SECRET_KEY = "@@s@@"
LANGUAGE_CODE = "kl"
TIME_ZONE = "America/Nuuk"
""", fakes.django_secret_key(_seed()))

add("blind-ky/python/anthropic", "tools/translate_kl.py", "https://docs.anthropic.com/en/api/getting-started", """\
\"\"\"Nutserineq: translate skipper notes Danish -> Kalaallisut.\"\"\"
import anthropic

client = anthropic.Anthropic(api_key="@@s@@")

def nutserit(text: str) -> str:
    msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=800,
                                 messages=[{"role": "user", "content": "Kalaallisuunngortiguk:\\n" + text}])
    return msg.content[0].text
""", anthropic())

add("blind-ky/python/hf-token", "notebooks/ice_model.py", "https://huggingface.co/docs/huggingface_hub/quick-start#authentication", """\
from huggingface_hub import login, snapshot_download

# Siku - sea ice classifier for the bridge camera
login(token="@@s@@")
path = snapshot_download("raajat/siku-segmentation", revision="v0.3")
print("Aallaavik:", path)
""", hf())

add("blind-ky/python/smtp-login", "reports/send_daily.py", "https://docs.python.org/3/library/smtplib.html", """\
import smtplib
from email.message import EmailMessage

msg = EmailMessage()
msg["Subject"] = "Ulluinnarsiutit nalunaarusiaq - Polar Raaja"
msg["From"] = "rapport@raajat-trawl.gl"
msg["To"] = "kontor@raajat-trawl.gl"
msg.set_content(open("daily.txt", encoding="utf-8").read())
with smtplib.SMTP("smtp.tele.gl", 587) as s:
    s.starttls()
    s.login("rapport@raajat-trawl.gl", "@@s@@")
    s.send_message(msg)
""", words_pw())

add("blind-ky/js/stripe-init", "kennel-web/server/payments.js", S_STRIPE, """\
// Akiliut - payments for sled tours (qimussimik angalaneq)
const Stripe = require('stripe');
const stripe = Stripe('@@s@@', { apiVersion: '2024-06-20' });

async function createTourCheckout(tour, seats) {
  return stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [{ price: tour.priceId, quantity: seats }],
    success_url: 'https://qimmit-ilulissat.gl/qujanaq',
    cancel_url: 'https://qimmit-ilulissat.gl/',
  });
}
module.exports = { createTourCheckout };
""", stripe())

add("blind-ky/ts/discord-webhook", "kennel-bot/src/race.ts", "https://discord.com/developers/docs/resources/webhook", """\
// Qimussertarneq - sled race results to our Discord
const WEBHOOK = '@@s@@';

export async function postResult(team: string, minutes: number): Promise<void> {
  await fetch(WEBHOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ content: `${team}: ${minutes} min - pilluarit!` }),
  });
}
""", discord_webhook())

add("blind-ky/ts/mailgun", "kennel-web/src/lib/mail.ts", "https://documentation.mailgun.com/docs/mailgun/api-reference/", """\
import formData from 'form-data';
import Mailgun from 'mailgun.js';

// Allakkat - booking confirmation mails
const mg = new Mailgun(formData).client({
  username: 'api',
  key: '@@s@@',
  url: 'https://api.eu.mailgun.net',
});
export const sendConfirmation = (to: string, html: string) =>
  mg.messages.create('mg.qimmit-ilulissat.gl', { from: 'Qimmit <booking@qimmit-ilulissat.gl>', to, subject: 'Qujanaq!', html });
""", mailgun())

add("blind-ky/go/dsn-const", "cmd/auction-sync/main.go", S_GO, """\
package main

import (
	"database/sql"
	"log"

	_ "github.com/go-sql-driver/mysql"
)

// Raajanik tuniniaaneq - shrimp auction sync
const dsn = "sync_job:@@s@@@tcp(buyers-db.raajat.internal:3306)/auction?parseTime=true"

func main() {
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
}
""", rand_pw(20))

add("blind-ky/go/bearer-header", "internal/ais/client.go", "https://pkg.go.dev/net/http#Header.Set", """\
package ais

import "net/http"

// AIS - umiarsuit inissisimaffii (vessel positions) from the satellite AIS provider
const apiToken = "@@s@@"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+apiToken)
	return req, nil
}
""", rand_pw(40))

add("blind-ky/java/jdbc-props", "freezer-service/src/main/resources/application.properties", S_SPRING, """\
# Qerititsivik - plate freezer service
spring.application.name=freezer-service
spring.datasource.url=jdbc:postgresql://pg01.raajat.internal:5432/freezer
spring.datasource.username=freezer
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
management.endpoints.web.exposure.include=health
""", words_pw())

add("blind-ky/java/drivermanager", "freezer-service/src/main/java/gl/raajat/freezer/Legacy.java", S_JAVA, """\
package gl.raajat.freezer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Pisoqaat (old) Access export - atorneqanngilaq 2025 kingorna. */
public final class Legacy {
    static Connection open() throws SQLException {
        return DriverManager.getConnection(
            "jdbc:sqlserver://factory-sql.polar-raaja.local;databaseName=Production",
            "sa", "@@s@@");
    }
}
""", words_pw())

add("blind-ky/kotlin/api-key", "app/src/main/java/gl/raajat/skipper/Config.kt", S_KT, """\
package gl.raajat.skipper

// Aalisartup app-ia - skipper tablet app
object Config {
    const val BASE_URL = "https://api.raajat.gl/v2/"
    const val WEATHER_URL = "https://api.openweathermap.org/data/2.5/"
    const val WEATHER_KEY = "@@s@@"
    const val REFRESH_MINUTES = 30
}
""", hexs(32))

add("blind-ky/csharp/appsettings", "Fangst.Api/appsettings.Production.json", S_CS, """\
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Fangst": "Server=sql01.raajat.internal;Database=Fangst;User Id=fangst_api;Password=@@s@@;TrustServerCertificate=True"
  },
  "Kalaallisut": { "DefaultCulture": "kl-GL" },
  "AllowedHosts": "*"
}
""", words_pw())

add("blind-ky/csharp/azure-storage", "Fangst.Api/Services/PhotoStore.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """\
using Azure.Storage.Blobs;

namespace Fangst.Api.Services;

// Assit - photos of each haul (raajat assiliarineri)
public class PhotoStore
{
    private const string Conn =
        "DefaultEndpointsProtocol=https;AccountName=raajatphotos;AccountKey=@@s@@;EndpointSuffix=core.windows.net";

    public BlobContainerClient Container() => new BlobServiceClient(Conn).GetBlobContainerClient("haul-photos");
}
""", azure_storage_key())

add("blind-ky/php/pdo", "kennel-wp/wp-content/mu-plugins/bookings-db.php", S_PHP, """\
<?php
// Qimussimik angalanerit - booking table lives in its own DB
function qimmit_bookings_pdo(): PDO {
    static $pdo = null;
    if ($pdo === null) {
        $pdo = new PDO('mysql:host=localhost;dbname=bookings;charset=utf8mb4', 'bookings', '@@s@@');
        $pdo->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);
    }
    return $pdo;
}
""", words_pw())

add("blind-ky/php/wp-config", "kennel-wp/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
/** Qimmit Ilulissat - WordPress */
define( 'DB_NAME', 'qimmit_wp' );
define( 'DB_USER', 'qimmit_wp' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
""", rand_pw(16, "!#%"))

add("blind-ky/ruby/database-yml", "kennel-rails/config/database.yml", S_RUBY, """\
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  database: kennel_production
  username: kennel
  password: @@s@@
  host: db.qimmit.internal
""", words_pw())

add("blind-ky/ruby/twilio", "kennel-rails/app/services/sms_reminder.rb", "https://www.twilio.com/docs/iam/api-keys", """\
# Oqarasuaatikkut nalunaarut - SMS reminder the day before the tour
class SmsReminder
  API_KEY_SID = "@@sid@@"
  API_KEY_SECRET = "@@s@@"
  ACCOUNT_SID = "AC@@ac@@"

  def client
    Twilio::REST::Client.new(API_KEY_SID, API_KEY_SECRET, ACCOUNT_SID)
  end
end
""", rand_pw(32), sid=twilio_sk(), ac=hexs(32))

add("blind-ky/rust/const-token", "sensor-gw/src/config.rs", S_RUST, """\
//! Sensorit - hold temperature gateway on board (Raspberry Pi)
pub const INFLUX_URL: &str = "https://influx.raajat.gl";
pub const INFLUX_ORG: &str = "raajat";
pub const INFLUX_BUCKET: &str = "freezer";
// Influx token - kisimi allassinnaavoq (write only)
pub const INFLUX_TOKEN: &str = "@@s@@";
""", rand_pw(86, "_-") + "==")

add("blind-ky/swift/api-key", "SkipperApp/Sources/Secrets.swift", S_SWIFT, """\
import Foundation

// Isertortut - do not ship in TestFlight builds (sooq maani?)
enum Secrets {
    static let catchApiBase = URL(string: "https://api.raajat.gl/v2")!
    static let catchApiKey = "@@s@@"
    static let sentryEnvironment = "production"
}
""", "rk_" + rand_pw(40))

add("blind-ky/shell/curl-basic", "scripts/push_catch.sh", S_BASH, """\
#!/usr/bin/env bash
# Pisat nassiukkit - send today's catch to the Fisheries licence portal
set -euo pipefail
DAY=$(date +%F)
curl -sf -u "polar-raaja:@@s@@" \\
  -F "file=@catch-${DAY}.xml" \\
  https://portal.fisheries.example.gl/api/v1/landings
echo "Nassiunneqarpoq ${DAY}"
""", words_pw())

add("blind-ky/shell/mysql-cli", "scripts/backup_auction.sh", S_BASH, """\
#!/bin/sh
# Toqqorsivik - nightly dump of the auction DB
set -e
OUT=/srv/backup/auction-$(date +%Y%m%d).sql.gz
mysqldump -h buyers-db.raajat.internal -u backup -p'@@s@@' --single-transaction auction | gzip > "$OUT"
find /srv/backup -name 'auction-*.sql.gz' -mtime +14 -delete
""", rand_pw(18, "#%"))

add("blind-ky/shell/heredoc-pgpass", "scripts/setup_pgpass.sh", S_BASH, """\
#!/usr/bin/env bash
# Sulisartoq nutaaq - new laptop setup for the office in Nuuk
cat > ~/.pgpass <<'EOF'
pg01.raajat.internal:5432:fangst:analyst:@@s@@
EOF
chmod 600 ~/.pgpass
echo "Piareerpoq"
""", words_pw())

add("blind-ky/powershell/secure-string", "scripts/Sync-Vessels.ps1", S_PS, """\
# Umiarsuit tamaasa - sync vessel list to SharePoint
$User = "svc-sync@raajat.gl"
$Pass = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$Cred = New-Object System.Management.Automation.PSCredential($User, $Pass)
Connect-PnPOnline -Url "https://raajat.sharepoint.com/sites/umiarsuit" -Credentials $Cred
Get-Content .\\vessels.csv | ConvertFrom-Csv | ForEach-Object { Add-PnPListItem -List "Umiarsuit" -Values @{Title=$_.Name} }
""", words_pw())

add("blind-ky/powershell/env-assign", "scripts/Set-DevEnv.ps1", S_PS, """\
# Ineriartortitsineq - dev env on the office PC
$env:FANGST_API = "https://api.raajat.gl/v2"
$env:GITHUB_TOKEN = "@@s@@"
$env:NODE_ENV = "development"
Write-Host "Piareerpoq - dev env set"
""", github())

# ---------------------------------------------------------------- secrets: notes, docs, logs, data

add("blind-ky/markdown/runbook-password", "docs/runbooks/vsat-router.md", S_MD, """\
# VSAT router - Polar Raaja

Atuaruk siullermik! (read first) The router sits in the bridge, rack 2.

| Qanoq | Nalinga |
|-------|---------|
| Admin URL | https://192.168.100.1 |
| User | admin |
| Isissutissaq (password) | `@@s@@` |

Allanngortinnginnassavat umiarsuaq tikeqqinnagu. Don't change it while at sea.
""", words_pw())

add("blind-ky/markdown/readme-token", "kennel-bot/README.md", S_MD, """\
# Qimmit-bot

Slack bot for the kennel: feeding, vet visits, who runs which team tomorrow.

## Aallarnisaaneq (start)

```sh
export SLACK_BOT_TOKEN=@@s@@
npm start
```

Qujanaq - Aqqaluk
""", slack_bot())

add("blind-ky/rst/install-guide", "docs/install.rst", S_RST, """\
Ikkussineq (installation)
=========================

The logbook uploader reads its key from ``uploader.ini``. On the trawler PCs we
use the shared account:

.. code-block:: ini

   [upload]
   endpoint = https://api.raajat.gl/v2/logbook
   api_key = @@s@@

Apersuinissamut: Nivi, kontor Nuuk.
""", rand_pw(32))

add("blind-ky/txt/note-sentence", "notes/nalunaarutit-2025-03.txt", "https://www.rfc-editor.org/rfc/rfc5322", """\
Nalunaarutit - marts 2025
-------------------------
- Nanoq-trawl: new satellite phone SIM, PIN is on the card in the safe.
- Qimmeqarfik: Malik starts Monday as musher for the tourist season.
- The buyer portal password was reset today, the new one is @@s@@ (Hans knows).
- Sila: ice edge 40 nm west of Sisimiut, mianersorit.
""", words_pw())

add("blind-ky/html/wiki-page", "wiki/umiarsuit-it.html", S_HTML, """\
<!DOCTYPE html>
<html lang="kl">
<head><meta charset="utf-8"><title>Umiarsuit IT</title></head>
<body>
<h1>Umiarsuit IT - onboard systems</h1>
<p>Wi-Fi for the crew: <b>PolarRaaja-Crew</b>, kode <code>@@s@@</code></p>
<p>Aperisinnaavutit: it@raajat.gl</p>
</body>
</html>
""", passphrase())

add("blind-ky/log/debug-leak", "logs/fangst-api-2025-04-02.log", S_LOG, """\
2025-04-02T05:58:01Z INFO  fangst-api starting (version 3.12.0)
2025-04-02T05:58:01Z DEBUG config loaded: db_host=pg01.raajat.internal db_user=fangst_app db_password=@@s@@
2025-04-02T05:58:02Z INFO  connected to fangst
2025-04-02T06:00:00Z INFO  catch report Polar Raaja: 18.4 t raajat
2025-04-02T06:00:03Z WARN  slow VSAT link, retry 1/3
""", words_pw())

add("blind-ky/csv/accounts", "data/vessel-accounts.csv", S_CSV, """\
vessel,system,user,password,note
Polar Raaja,bridge-pc,skipper,*****,"paarsiuk - ask Malik"
Polar Raaja,vsat,admin,see vault,
Nanoq Trawl,ecdis,maskinmester,@@s@@,"nutaaq 2025-02"
Nanoq Trawl,vsat,admin,see vault,
Kennel Ilulissat,router,admin,see vault,
""", rand_pw(14))

add("blind-ky/sql/create-role", "db/migrations/0042_reporting_role.sql", S_SQL, """\
-- Nalunaarusiorneq - read-only role for the Power BI reports
CREATE ROLE reporting LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE fangst TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
""", words_pw())

add("blind-ky/notebook/inline-key", "notebooks/catch_per_haul.ipynb", S_NB, """\
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Raajat ataatsimut haul-imut (catch per haul)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import requests\\n", "API = 'https://api.raajat.gl/v2'\\n", "KEY = '@@s@@'\\n",
              "r = requests.get(API + '/hauls', headers={'X-Api-Key': KEY})"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(36))

add("blind-ky/shell-history/export", "ops/history/aqqaluk.bash_history", S_BASH, """\
cd /srv/fangst-api
git pull
docker compose ps
export PGPASSWORD='@@s@@'
psql -h pg01.raajat.internal -U fangst_app fangst -c 'select count(*) from hauls'
unset PGPASSWORD
exit
""", words_pw())

add("blind-ky/shell-history/curl-token", "ops/history/nivi.zsh_history", S_BASH, """\
: 1711962000:0;cd ~/kennel-web
: 1711962011:0;npm run dev
: 1711962300:0;curl -H "Authorization: token @@s@@" https://api.github.com/repos/raajat/kennel-web/actions/runs
: 1711962400:0;git status
: 1711962420:0;git push
""", github())

_k = pem("OPENSSH")
add("blind-ky/ansible/private-key-indented", "ansible/group_vars/trawlers/deploy_key.yml", S_ANS, """\
---
# Umiarsuarnut deploy key
deploy_key_path: /home/maskinmester/.ssh/id_rsa
deploy_private_key: |
  @@ind@@
""", _k, ind=_k.replace("\n", "\n  "))

add("blind-ky/docker-config/auths", "ops/ci/docker-config.json", S_DOCKERCFG, """\
{
  "auths": {
    "registry.raajat.gl": {
      "auth": "@@s@@"
    }
  },
  "credsStore": ""
}
""", b64("ci-push:" + rand_pw(20)))

add("blind-ky/kubeconfig/token", "ops/kube/nuuk-prod.kubeconfig", S_KUBECONFIG, """\
apiVersion: v1
kind: Config
clusters:
- name: nuuk-prod
  cluster:
    server: https://k8s.nuuk.raajat.gl:6443
users:
- name: deployer
  user:
    token: @@s@@
contexts:
- name: nuuk-prod
  context: {cluster: nuuk-prod, user: deployer}
current-context: nuuk-prod
""", "eyJhbGciOiJSUzI1NiIsImtpZCI6Im5" + rand_pw(60) + "." + rand_pw(180, "-_") + "." + rand_pw(86, "-_"))

add("blind-ky/rclone/sftp-password", "ops/rclone.conf", S_RCLONE, """\
# Assit - haul photos off the trawler when in harbour
[raajat-sftp]
type = sftp
host = files.raajat.gl
user = polar-raaja
key_file = ~/.ssh/id_ed25519
[raajat-ftp-old]
type = ftp
host = ftp.raajat.gl
user = polar-raaja
# pisoqaat FTP - password in clear, rclone obscure atorneqanngilaq
pass = @@s@@
""", words_pw())

add("blind-ky/nginx/basic-auth-header", "ops/nginx/ais-proxy.conf", S_NGINX, """\
# AIS feed proxy - umiarsuit inissisimaffii
server {
    listen 8443 ssl;
    server_name ais.raajat.gl;
    location /feed/ {
        proxy_pass https://ais-provider.example.com/v1/;
        proxy_set_header Authorization "Basic @@s@@";
    }
}
""", b64("raajat:" + words_pw()))

add("blind-ky/xml/settings-maven", "freezer-service/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """\
<settings>
  <servers>
    <server>
      <!-- Raajat Nexus - pakkit (packages) -->
      <id>raajat-nexus</id>
      <username>deploy</username>
      <password>@@s@@</password>
    </server>
  </servers>
</settings>
""", rand_pw(20))

add("blind-ky/yaml/spring-json-in-string", "freezer-service/config/application-prod.yml", S_SPRING, """\
spring:
  application:
    name: freezer-service
freezer:
  # Qerititsivik alarm - PagerDuty integration, JSON as the library wants it
  pagerduty-config: '{"routing_key": "@@s@@", "severity": "critical", "source": "polar-raaja"}'
  threshold-c: -18
""", hexs(32))

add("blind-ky/toml/cargo-registry", "sensor-gw/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """\
# Sensorit crates - our private registry
[registries.raajat]
token = "@@s@@"

[registry]
default = "raajat"
""", "cio" + rand_pw(32))

add("blind-ky/env/vault-token", "ops/.envrc", "https://direnv.net/man/direnv-stdlib.1.html", """\
# direnv - Nuuk ops laptop
export VAULT_ADDR=https://vault.raajat.gl:8200
export VAULT_TOKEN=@@s@@
export KUBECONFIG=$PWD/kube/nuuk-prod.kubeconfig
layout python3
""", vault())

add("blind-ky/env/doppler", "kennel-web/.env.ci", S_ENV, """\
# CI - Doppler service token (qimmit-web / prd)
DOPPLER_TOKEN=@@s@@
DOPPLER_PROJECT=qimmit-web
DOPPLER_CONFIG=prd
NODE_VERSION=20
""", doppler())

add("blind-ky/yaml/google-key", "skipper-app/config/maps.yaml", "https://developers.google.com/maps/documentation/javascript/get-api-key", """\
# Nunap assingi - server-side geocoding for harbour lookups (not restricted!)
geocoding:
  provider: google
  api_key: @@s@@
  region: gl
  language: da
""", google_key())

add("blind-ky/gha/env-block", ".github/workflows/deploy-kennel.yml", S_GHA, """\
name: deploy-kennel
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      SHOPIFY_STORE: qimmit-shop.myshopify.com
      SHOPIFY_ADMIN_TOKEN: @@s@@
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run deploy
""", shopify())

add("blind-ky/yaml/teams-webhook", "alerts/teams.yaml", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", """\
# Kontorimut nalunaarutit (office alerts) - Teams channel "Umiarsuit"
receivers:
  - name: umiarsuit-teams
    msteams_configs:
      - webhook_url: "@@s@@"
        send_resolved: true
""", teams_webhook())

# ---------------------------------------------------------------- decoys

add("blind-ky/env/decoy-placeholder", ".env.example", S_ENV, """\
# Assilisiguk .env-imut (copy to .env) and fill in - isertortut git-imi inissaqanngillat
APP_ENV=development
DB_HOST=localhost
DB_PORT=5432
DB_NAME=fangst
DB_USER=fangst_app
DB_PASSWORD=<isissutissaq-maani>
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
SENDGRID_API_KEY=
""")

add("blind-ky/env/decoy-empty", "kennel-web/.env.development", S_ENV, """\
# Ineriartortitsineq - local dev, Stripe test mode via stripe-cli
NEXT_PUBLIC_SITE_URL=http://localhost:3000
STRIPE_SECRET_KEY=
STRIPE_WEBHOOK_SECRET=
REDIS_URL=redis://localhost:6379/0
""")

add("blind-ky/env/decoy-publishable", "kennel-web/.env.public", S_STRIPE, """\
# Tamanut ammasoq (public) - bundled into the browser build
NEXT_PUBLIC_SITE_URL=https://qimmit-ilulissat.gl
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_@@pk@@
NEXT_PUBLIC_PLAUSIBLE_DOMAIN=qimmit-ilulissat.gl
NEXT_PUBLIC_DEFAULT_LANG=kl
""", pk=fakes.drawn(_seed(), 24))

add("blind-ky/env/decoy-interpolation", "trawler-reports/.env.template", S_ENV, """\
# Umiarsuup PC-ani - the installer fills these from the vault at deploy
MAIL_FROM=rapport@raajat-trawl.gl
SENDGRID_API_KEY=${SENDGRID_API_KEY}
DB_PASSWORD=${FANGST_DB_PASSWORD:?set it from vault}
REPORT_HOUR=06
""")

add("blind-ky/k8s/decoy-secret-key-ref", "deploy/k8s/fangst-api-deployment.yaml", S_K8S, """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: fangst-api
  namespace: raajat
spec:
  replicas: 2
  selector:
    matchLabels: {app: fangst-api}
  template:
    metadata:
      labels: {app: fangst-api}
    spec:
      containers:
        - name: api
          image: ghcr.io/raajat/fangst-api:3.12.0
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: catch-db
                  key: password
""")

add("blind-ky/k8s/decoy-sealed-secret", "deploy/k8s/kennel-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """\
# Isertortoq paasiuminaatsoq (sealed) - only the cluster can open it
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: kennel-payments
  namespace: qimmit
spec:
  encryptedData:
    STRIPE_SECRET_KEY: AgB@@c1@@
    STRIPE_WEBHOOK_SECRET: AgC@@c2@@
""", c1=fakes.drawn(_seed(), 300, ALNUM + "+/"), c2=fakes.drawn(_seed(), 300, ALNUM + "+/"))

add("blind-ky/k8s/decoy-configmap", "deploy/k8s/freezer-config.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: freezer-config
  namespace: raajat
data:
  THRESHOLD_C: "-18"
  VESSEL_IMO: "9876543"
  PASSWORD_MIN_LENGTH: "14"
  TOKEN_TTL_SECONDS: "3600"
  SECRET_NAME: "freezer-db"
""")

add("blind-ky/k8s/decoy-external-secret", "deploy/k8s/catch-db-external.yaml", "https://external-secrets.io/latest/api/externalsecret/", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: catch-db
  namespace: raajat
spec:
  refreshInterval: 1h
  secretStoreRef: {name: vault-nuuk, kind: ClusterSecretStore}
  target: {name: catch-db}
  data:
    - secretKey: password
      remoteRef: {key: raajat/fangst/db, property: password}
""")

add("blind-ky/compose/decoy-env-file", "ops/compose.reports.yaml", S_COMPOSE, """\
services:
  reports:
    image: ghcr.io/raajat/reports:1.8.2
    env_file: [./secrets/reports.env]
    environment:
      SENDGRID_API_KEY: ${SENDGRID_API_KEY}
      DB_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
secrets:
  db_password:
    file: ./secrets/db_password.txt
""")

add("blind-ky/helm/decoy-existing-secret", "charts/fangst-api/values.yaml", S_HELM, """\
# Nalinginnaasut (defaults) - prod values come from values-prod + the existing Secret
replicaCount: 1
image:
  repository: ghcr.io/raajat/fangst-api
  tag: ""
postgresql:
  auth:
    username: fangst
    password: ""
    existingSecret: catch-db
    secretKeys:
      userPasswordKey: password
""")

add("blind-ky/terraform/decoy-variables", "infra/variables.tf", S_TF, """\
# Allanngorartut - values come from TF_VAR_* in CI
variable "db_password" {
  description = "Fangst DB password (isissutissaq) - from Vault"
  type        = string
  sensitive   = true
}

variable "do_token" {
  type      = string
  sensitive = true
}
""")

add("blind-ky/terraform/decoy-data-source", "infra/secrets.tf", S_TF, """\
data "aws_secretsmanager_secret_version" "fangst_db" {
  secret_id = "raajat/fangst/db"
}

locals {
  db = jsondecode(data.aws_secretsmanager_secret_version.fangst_db.secret_string)
}

resource "aws_db_instance" "fangst" {
  identifier = "fangst"
  password   = local.db.password
  username   = "fangst"
}
""")

add("blind-ky/ansible/decoy-vault-encrypted", "ansible/group_vars/trawlers/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """\
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("blind-ky/ansible/decoy-lookup", "ansible/group_vars/kennel_vars.yml", S_ANS, """\
---
# Qimmeqarfik - secrets come from Vault (hashi_vault lookup)
kennel_domain: qimmit-ilulissat.gl
grafana_sa_token: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/kennel:grafana_token') }}"
db_password: "{{ vault_kennel_db_password }}"
backup_bucket: qimmit-backup
""")

add("blind-ky/gha/decoy-secrets-context", ".github/workflows/release.yml", S_GHA, """\
name: release
on:
  push:
    tags: ["v*"]
jobs:
  pypi:
    runs-on: ubuntu-latest
    permissions: {id-token: write, contents: read}
    steps:
      - uses: actions/checkout@v4
      - run: pipx run build
      - uses: pypa/gh-action-pypi-publish@release/v1
      - name: Nalunaarut Slack-imut
        run: curl -X POST -d '{"text":"Saqqummersitaq!"}' "${{ secrets.SLACK_WEBHOOK_URL }}"
""")

add("blind-ky/gitlab-ci/decoy-masked-vars", ".gitlab-ci.deploy.yml", S_GLCI, """\
deploy-prod:
  stage: deploy
  image: alpine/helm:3.15.2
  script:
    - helm upgrade --install fangst-api charts/fangst-api
        --set postgresql.auth.password="$FANGST_DB_PASSWORD"
        --set image.tag="$CI_COMMIT_SHORT_SHA"
  environment: production
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
""")

add("blind-ky/dockerfile/decoy-build-secret", "fangst-api/Dockerfile", S_DOCKERFILE, """\
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
# Isertortoq build-imi kisimi (BuildKit secret mount, never in a layer)
RUN --mount=type=secret,id=pip_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@pypi.raajat.gl/simple" \\
    pip install -r requirements.txt
COPY . .
CMD ["python", "-m", "fangst"]
""")

add("blind-ky/npmrc/decoy-env-ref", "kennel-bot/.npmrc", S_NPMRC, """\
@raajat:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
engine-strict=true
save-exact=true
fund=false
""")

add("blind-ky/pypirc/decoy-keyring", "tools/pypirc.example", S_PYPIRC, """\
# Assilisiguk ~/.pypirc-imut. The token lives in the keyring (keyring set https://upload.pypi.org/legacy/ __token__)
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
""")

add("blind-ky/aws/decoy-sso-profile", "ops/aws/config", S_AWS, """\
[profile raajat-prod]
sso_session = raajat
sso_account_id = 123456789012
sso_role_name = LogbookUploader
region = eu-north-1

[sso-session raajat]
sso_start_url = https://raajat.awsapps.com/start
sso_region = eu-north-1
""")

add("blind-ky/aws/decoy-doc-example", "docs/aws-setup.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """\
# AWS - ikkussineq (setup)

Never paste real keys here. The AWS docs' example pair shows the shape:

```ini
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Uagut (we) use `aws sso login --profile raajat-prod` instead.
""")

add("blind-ky/python/decoy-environ", "fangst/settings.py", S_PY, """\
\"\"\"Aaqqissuussineq (settings) - everything secret from the environment.\"\"\"
import os

DB_HOST = os.environ.get("DB_HOST", "localhost")
DB_USER = os.environ.get("DB_USER", "fangst_app")
DB_PASSWORD = os.environ["DB_PASSWORD"]
SENDGRID_API_KEY = os.getenv("SENDGRID_API_KEY", "")
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
""")

add("blind-ky/python/decoy-test-fixture", "tests/test_logbook_upload.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """\
import pytest

# Misiliineq - fake credentials only, moto mocks S3
FAKE_KEY_ID = "testing"
FAKE_SECRET = "testing"


@pytest.fixture
def aws_env(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", FAKE_KEY_ID)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", FAKE_SECRET)
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-north-1")
""")

add("blind-ky/python/decoy-hash-compare", "kennel/auth.py", "https://docs.python.org/3/library/hashlib.html#hashlib.pbkdf2_hmac", """\
import hashlib
import hmac

# Qimmeqarfiup admin-ia - stored as PBKDF2 hash, never the password itself
ADMIN_SALT = bytes.fromhex("@@salt@@")
ADMIN_HASH = bytes.fromhex("@@h@@")


def check(password: str) -> bool:
    got = hashlib.pbkdf2_hmac("sha256", password.encode(), ADMIN_SALT, 600_000)
    return hmac.compare_digest(got, ADMIN_HASH)
""", salt=hexs(32), h=sha256())

add("blind-ky/python/decoy-secret-manager", "logbook/creds.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/reference/services/secretsmanager.html", """\
import json

import boto3

# Isertortut Secrets Manager-imit aaneqartarput
def db_password() -> str:
    client = boto3.client("secretsmanager", region_name="eu-north-1")
    value = client.get_secret_value(SecretId="raajat/fangst/db")["SecretString"]
    return json.loads(value)["password"]
""")

add("blind-ky/js/decoy-process-env", "kennel-web/server/config.js", S_JS, """\
// Aaqqissuussineq - read from the environment, nothing inline
module.exports = {
  stripeSecretKey: process.env.STRIPE_SECRET_KEY,
  stripeWebhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
  redisUrl: process.env.REDIS_URL || 'redis://localhost:6379/0',
  sessionSecret: process.env.SESSION_SECRET,
};
""")

add("blind-ky/ts/decoy-stripe-test-fixture", "kennel-web/test/payments.test.ts", "https://docs.stripe.com/testing", """\
import { describe, it, expect } from 'vitest';
import { formatPrice } from '../src/lib/price';

// Misiliut: Stripe's documented test card, never charged
const TEST_CARD = '4242 4242 4242 4242';
const FAKE_KEY = 'sk_test_FAKE_NOT_A_REAL_KEY';

describe('formatPrice', () => {
  it('formats DKK', () => expect(formatPrice(149500, 'DKK')).toBe('1.495,00 kr.'));
  it('keeps fixtures fake', () => expect(FAKE_KEY.includes('FAKE')).toBe(true) && TEST_CARD);
});
""")

add("blind-ky/go/decoy-getenv", "cmd/ais-poller/main.go", S_GO, """\
package main

import (
	"log"
	"os"
)

// AIS poller - token from the environment (systemd EnvironmentFile)
func main() {
	token := os.Getenv("AIS_API_TOKEN")
	if token == "" {
		log.Fatal("AIS_API_TOKEN amigaatoq (missing)")
	}
	run(token)
}
""")

add("blind-ky/java/decoy-spring-placeholder", "freezer-service/src/main/resources/application-prod.properties", S_SPRING, """\
# Qerititsivik - prod, secrets injected by the platform
spring.datasource.url=jdbc:postgresql://pg01.raajat.internal:5432/freezer
spring.datasource.username=freezer
spring.datasource.password=${FREEZER_DB_PASSWORD}
freezer.pagerduty.routing-key=${PAGERDUTY_ROUTING_KEY:}
""")

add("blind-ky/csharp/decoy-user-secrets", "Fangst.Api/appsettings.json", S_CS, """\
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Fangst": "Server=localhost;Database=Fangst;User Id=fangst_api;Password=<dotnet user-secrets>;TrustServerCertificate=True"
  },
  "Storage": { "AccountName": "raajatphotos", "UseManagedIdentity": true },
  "AllowedHosts": "*"
}
""")

add("blind-ky/csharp/decoy-azurite", "Fangst.Api/appsettings.Development.json", "https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azurite#connection-strings", """\
{
  "Storage": {
    "_comment": "Azurite emulator - Microsoft's published development account, local only",
    "Connection": "UseDevelopmentStorage=true"
  },
  "Kalaallisut": { "DefaultCulture": "kl-GL" }
}
""")

add("blind-ky/php/decoy-getenv", "kennel-wp/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
/** Qimmit Ilulissat - sample, real values from the server environment */
define( 'DB_NAME', getenv('WP_DB_NAME') ?: 'qimmit_wp' );
define( 'DB_USER', getenv('WP_DB_USER') ?: 'qimmit_wp' );
define( 'DB_PASSWORD', getenv('WP_DB_PASSWORD') ?: '' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY', 'put your unique phrase here' );
define( 'SECURE_AUTH_KEY', 'put your unique phrase here' );
""")

add("blind-ky/ruby/decoy-credentials-enc", "kennel-rails/config/credentials.yml.enc", "https://guides.rubyonrails.org/security.html#custom-credentials", """\
@@c1@@
@@c2@@
@@c3@@
@@c4@@
@@c5@@--@@iv@@--@@tag@@==
""", c1=fakes.drawn(_seed(), 76, ALNUM + "+/"), c2=fakes.drawn(_seed(), 76, ALNUM + "+/"),
    c3=fakes.drawn(_seed(), 76, ALNUM + "+/"), c4=fakes.drawn(_seed(), 76, ALNUM + "+/"),
    c5=fakes.drawn(_seed(), 40, ALNUM + "+/"), iv=fakes.drawn(_seed(), 16, ALNUM + "+/"), tag=fakes.drawn(_seed(), 22, ALNUM + "+/"))

add("blind-ky/ruby/decoy-credentials-call", "kennel-rails/app/services/sms_client.rb", S_RUBY, """\
# Oqarasuaatikkut nalunaarut - keys from encrypted credentials
class SmsClient
  def client
    creds = Rails.application.credentials.twilio
    Twilio::REST::Client.new(creds[:api_key_sid], creds[:api_key_secret], creds[:account_sid])
  end
end
""")

add("blind-ky/rust/decoy-env-var", "sensor-gw/src/main.rs", S_RUST, """\
use std::env;

// Sensorit - token read at start, never compiled in
fn main() {
    let token = env::var("INFLUX_TOKEN").expect("INFLUX_TOKEN amigaatoq");
    let url = env::var("INFLUX_URL").unwrap_or_else(|_| "https://influx.raajat.gl".into());
    sensor_gw::run(&url, &token);
}
""")

add("blind-ky/swift/decoy-keychain", "SkipperApp/Sources/KeychainStore.swift", S_SWIFT, """\
import Security

// Isertortut Keychain-imi - the key is entered once on the bridge tablet
enum KeychainStore {
    static let service = "gl.raajat.skipper"
    static func apiKey() -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service, kSecReturnData as String: true]
        var out: AnyObject?
        guard SecItemCopyMatching(query as CFDictionary, &out) == errSecSuccess, let d = out as? Data else { return nil }
        return String(data: d, encoding: .utf8)
    }
}
""")

add("blind-ky/shell/decoy-read-prompt", "scripts/rotate_vsat_pw.sh", S_BASH, """\
#!/usr/bin/env bash
# VSAT admin password nutaaq - asks, never stores
set -euo pipefail
read -rsp "Isissutissaq nutaaq: " NEWPW; echo
curl -sf -u "admin:${VSAT_OLD_PW:?}" -d "password=${NEWPW}" https://192.168.100.1/api/user/admin
vault kv put kv/trawlers/polar-raaja/vsat password="$NEWPW"
""")

add("blind-ky/shell/decoy-checksum", "scripts/install_ecdis_update.sh", S_BASH, """\
#!/bin/sh
# ECDIS chart update - misissoruk checksum (verify)
set -e
FILE=charts-2025Q2.zip
EXPECTED_SHA256=@@h@@
echo "${EXPECTED_SHA256}  ${FILE}" | sha256sum -c -
unzip -o "$FILE" -d /opt/ecdis/charts
""", h=sha256())

add("blind-ky/powershell/decoy-get-secret", "scripts/Sync-Vessels-v2.ps1", S_PS, """\
# Umiarsuit tamaasa - v2 with SecretManagement
$Cred = Get-Secret -Name "svc-sync" -Vault RaajatVault
Connect-PnPOnline -Url "https://raajat.sharepoint.com/sites/umiarsuit" -Credentials $Cred
Get-Content .\\vessels.csv | ConvertFrom-Csv | ForEach-Object {
    Add-PnPListItem -List "Umiarsuit" -Values @{Title=$_.Name; IMO=$_.IMO}
}
""")

add("blind-ky/markdown/decoy-redacted-runbook", "docs/runbooks/buyer-portal.md", S_MD, """\
# Raajanik pisiortut portal

Login: `raajat`, password: `********` (Bitwarden: "Buyer portal - auction").

1. Log in, Export -> Landings -> CSV.
2. Upload to `fangst` with `scripts/import_landings.py`.

Apersuinissamut: Hans (kontor Nuuk).
""")

add("blind-ky/markdown/decoy-api-docs", "docs/api/authentication.md", S_MD, """\
# Fangst API - uppernarsaaneq (authentication)

Send your key in the `X-Api-Key` header:

```http
GET /v2/hauls HTTP/1.1
Host: api.raajat.gl
X-Api-Key: <your-api-key>
```

Keys are issued per vessel in the admin page; they start with `rk_`.
""")

add("blind-ky/markdown/decoy-ssh-public", "docs/access/deploy-keys.md", "https://man.openbsd.org/ssh-keygen", """\
# Deploy keys (tamanut ammasut - public halves only)

Add these to `~maskinmester/.ssh/authorized_keys` on each trawler:

```
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ ci@raajat
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ aqqaluk@nuuk
```
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("blind-ky/rst/decoy-config-reference", "docs/configuration.rst", S_RST, """\
Aaqqissuussineq (configuration)
===============================

=================  =====================================  ==========
Variable           Meaning                                Default
=================  =====================================  ==========
``DB_PASSWORD``    password of the ``fangst_app`` role    (none)
``API_KEY``        vessel key, see the admin page         (none)
``REPORT_HOUR``    hour of the daily report               ``06``
=================  =====================================  ==========
""")

add("blind-ky/txt/decoy-note-where", "notes/nalunaarutit-2025-04.txt", "https://www.rfc-editor.org/rfc/rfc5322", """\
Nalunaarutit - april 2025
-------------------------
- New buyer portal password is in Bitwarden, "Buyer portal - auction". Don't mail it.
- Qimmit: 4 puppies born to Aaju, chips ordered (nr. 208 250 000 123 456 ...).
- VSAT on Nanoq-trawl: password reset by vendor, Hans updated the vault entry.
- Sila: storm warning Thursday.
""")

add("blind-ky/html/decoy-form", "kennel-web/public/login.html", S_HTML, """\
<!DOCTYPE html>
<html lang="kl">
<head><meta charset="utf-8"><title>Iserfik</title></head>
<body>
<form method="post" action="/login">
  <label>Atuisoq <input name="username" autocomplete="username"></label>
  <label>Isissutissaq <input type="password" name="password" placeholder="********"></label>
  <input type="hidden" name="csrf_token" value="{{ csrf_token }}">
  <button>Iserit</button>
</form>
</body>
</html>
""")

add("blind-ky/html/decoy-maps-public", "kennel-web/public/map.html", "https://docs.mapbox.com/help/getting-started/access-tokens/", """\
<!DOCTYPE html>
<html lang="kl">
<head><meta charset="utf-8"><script src="https://api.mapbox.com/mapbox-gl-js/v3.4.0/mapbox-gl.js"></script></head>
<body><div id="map" style="height:400px"></div>
<script>
  // Tamanut ammasoq: public token (pk.), URL-restricted to qimmit-ilulissat.gl
  mapboxgl.accessToken = 'pk.eyJ1IjoicmFhamF0IiwiYSI6I@@t@@';
  new mapboxgl.Map({ container: 'map', center: [-51.1, 69.2], zoom: 9 });
</script>
</body></html>
""", t=fakes.drawn(_seed(), 30) + "." + fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("blind-ky/log/decoy-masked", "logs/fangst-api-2025-04-03.log", S_LOG, """\
2025-04-03T05:58:01Z INFO  fangst-api starting (version 3.12.1)
2025-04-03T05:58:01Z DEBUG config loaded: db_host=pg01.raajat.internal db_user=fangst_app db_password=[REDACTED]
2025-04-03T05:58:02Z INFO  connected to fangst
2025-04-03T05:58:02Z DEBUG stripe key sk_live_****************X9aQ loaded
2025-04-03T06:00:00Z INFO  catch report Polar Raaja: 21.1 t raajat
""")

add("blind-ky/log/decoy-request-ids", "logs/ais-poller.log", S_LOG, """\
2025-04-03 06:00:00 poll ok request_id=@@u1@@ vessels=2
2025-04-03 06:05:00 poll ok request_id=@@u2@@ vessels=2
2025-04-03 06:10:00 poll fail request_id=@@u3@@ status=503 retry=1
2025-04-03 06:10:30 poll ok request_id=@@u4@@ vessels=2
2025-04-03 06:15:00 etag="@@h@@"
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), h=hexs(40))

add("blind-ky/csv/decoy-dog-register", "data/qimmit.csv", S_CSV, """\
name,born,chip,sire,dam,team
Aaju,2019-04-02,208250000123451,Nanoq,Siku,A
Tuttu,2020-05-11,208250000123452,Qilak,Aaju,A
Puisi,2021-03-30,208250000123453,Nanoq,Aputi,B
Sermeq,2021-03-30,208250000123454,Nanoq,Aputi,B
Natsiq,2022-06-15,208250000123455,Tuttu,Siku,C
""")

add("blind-ky/csv/decoy-hashes", "data/users-export.csv", S_CSV, """\
user,role,password_hash,last_login
aqqaluk,admin,$2b$12$@@h1@@,2025-04-01
nivi,office,$2b$12$@@h2@@,2025-04-02
hans,office,$2b$12$@@h3@@,2025-03-28
malik,musher,$2b$12$@@h4@@,2025-03-30
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"),
    h3=fakes.drawn(_seed(), 53, ALNUM + "./"), h4=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-ky/sql/decoy-password-hash", "db/seed/0001_admin.sql", S_SQL, """\
-- Aallarniut (seed) - admin user; the hash is of a one-time password printed at install
INSERT INTO users (username, role, password_hash)
VALUES ('admin', 'admin', '$argon2id$v=19$m=65536,t=3,p=4$@@salt@@$@@h@@');
UPDATE users SET must_change_password = true WHERE username = 'admin';
-- Allanngortiguk siullermik iserninni (change at first login)
""", salt=fakes.drawn(_seed(), 22, ALNUM + "+/"), h=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("blind-ky/sql/decoy-role-no-pw", "db/migrations/0043_reporting_iam.sql", S_SQL, """\
-- Nalunaarusiorneq - reporting role logs in with IAM auth, no password
CREATE ROLE reporting_iam LOGIN;
GRANT rds_iam TO reporting_iam;
GRANT CONNECT ON DATABASE fangst TO reporting_iam;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting_iam;
""")

add("blind-ky/notebook/decoy-getpass", "notebooks/freezer_temps.ipynb", S_NB, """\
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Qerititsivimmi kissassuseq (hold temperatures)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["from getpass import getpass\\n", "import os\\n", "TOKEN = os.environ.get('INFLUX_TOKEN') or getpass('Influx token: ')\\n"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-ky/shell-history/decoy-no-secrets", "ops/history/hans.bash_history", S_BASH, """\
cd ~/fangst
git pull --rebase
export DB_PASSWORD=$(vault kv get -field=password kv/raajat/fangst/db)
python -m fangst.report --day yesterday
sha256sum dist/raajat_logbook-1.4.0.tar.gz
exit
""")

add("blind-ky/docker-config/decoy-creds-helper", "ops/ci/docker-config.helper.json", S_DOCKERCFG, """\
{
  "credHelpers": {
    "123456789012.dkr.ecr.eu-north-1.amazonaws.com": "ecr-login",
    "ghcr.io": "desktop"
  },
  "auths": {}
}
""")

add("blind-ky/kubeconfig/decoy-exec", "ops/kube/nuuk-prod-sso.kubeconfig", S_KUBECONFIG, """\
apiVersion: v1
kind: Config
clusters:
- name: nuuk-prod
  cluster:
    server: https://k8s.nuuk.raajat.gl:6443
    certificate-authority-data: @@ca@@
users:
- name: sso
  user:
    exec: {apiVersion: client.authentication.k8s.io/v1beta1, command: kubelogin, args: [get-token]}
current-context: nuuk-prod
""", ca=b64("-----BEGIN CERTIFICATE-----\nMIIC" + fakes.drawn(_seed(), 60, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n"))

add("blind-ky/pem/decoy-certificate", "ops/certs/ais-provider-ca.pem", "https://www.rfc-editor.org/rfc/rfc7468#section-5", """\
-----BEGIN CERTIFICATE-----
MIID@@a@@
@@b@@
@@c@@
@@d@@
-----END CERTIFICATE-----
""", a=fakes.drawn(_seed(), 60, ALNUM + "+/"), b=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    c=fakes.drawn(_seed(), 64, ALNUM + "+/"), d=fakes.drawn(_seed(), 20, ALNUM + "+/") + "==")

add("blind-ky/pem/decoy-public-key", "ops/keys/jwt-verify.pub", "https://www.rfc-editor.org/rfc/rfc7468#section-13", """\
-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@a@@
@@b@@
@@c@@
-----END PUBLIC KEY-----
""", a=fakes.drawn(_seed(), 20, ALNUM + "+/"), b=fakes.drawn(_seed(), 64, ALNUM + "+/"), c=fakes.drawn(_seed(), 40, ALNUM + "+/") + "IDAQAB")

add("blind-ky/json/decoy-jwks", "kennel-web/public/.well-known/jwks.json", "https://www.rfc-editor.org/rfc/rfc7517", """\
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "qimmit-2025-01",
      "alg": "RS256",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("blind-ky/json/decoy-package-lock", "kennel-bot/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """\
{
  "name": "qimmit-bot",
  "version": "1.3.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@slack/bolt": {
      "version": "3.21.1",
      "resolved": "https://registry.npmjs.org/@slack/bolt/-/bolt-3.21.1.tgz",
      "integrity": "sha512-@@i@@=="
    }
  }
}
""", i=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("blind-ky/json/decoy-vessel-ids", "data/vessels.json", S_JSON, """\
[
  {"name": "Polar Raaja", "imo": 9876543, "mmsi": 331012345, "callsign": "OXPR", "id": "@@u1@@"},
  {"name": "Nanoq Trawl", "imo": 9765432, "mmsi": 331023456, "callsign": "OXNT", "id": "@@u2@@"},
  {"name": "Sermeq", "imo": 9654321, "mmsi": 331034567, "callsign": "OXSQ", "id": "@@u3@@"}
]
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

add("blind-ky/yaml/decoy-sops", "deploy/secrets/kennel.enc.yaml", "https://github.com/getsops/sops#usage", """\
stripe_secret_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
db_password: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@age@@
    lastmodified: "2025-03-30T10:12:44Z"
    mac: ENC[AES256_GCM,data:@@m@@,type:str]
    version: 3.9.0
""", d1=fakes.drawn(_seed(), 44, ALNUM + "+/"), iv1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", d2=fakes.drawn(_seed(), 24, ALNUM + "+/"),
    iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    age=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), m=fakes.drawn(_seed(), 88, ALNUM + "+/"))

add("blind-ky/yaml/decoy-openapi", "docs/api/openapi.yaml", "https://spec.openapis.org/oas/v3.1.0", """\
openapi: 3.1.0
info: {title: Fangst API, version: "2.0"}
components:
  securitySchemes:
    apiKey:
      type: apiKey
      in: header
      name: X-Api-Key
      description: Vessel key (umiarsuup kodia), e.g. rk_XXXXXXXXXXXXXXXXXXXX
security:
  - apiKey: []
paths: {}
""")

add("blind-ky/toml/decoy-env-ref", "bots/sila/config.example.toml", S_TOML, """\
# Sila-bot: assilisiguk config.toml-imut
[bot]
name = "sila_nalunaarut_bot"
token = "${TELEGRAM_BOT_TOKEN}"
chat_id = -1001876543210

[sources]
dmi = "https://dmigw.govcloud.dk/v2/metObs"
""")

add("blind-ky/ini/decoy-password-file", "fishbuyer-sync/db.example.ini", S_INI, """\
; Raajanik pisiortut - example, password file is created by ansible
[client]
host = buyers-db.raajat.internal
user = sync_job
password_file = /etc/raajat/sync_job.pw

[job]
interval = 900
""")

add("blind-ky/xml/decoy-maven-env", "freezer-service/.mvn/settings.ci.xml", "https://maven.apache.org/settings.html#servers", """\
<settings>
  <servers>
    <server>
      <!-- CI-mi: isertortoq environment-imit -->
      <id>raajat-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("blind-ky/nginx/decoy-htpasswd-ref", "ops/nginx/kennel-admin.conf", S_NGINX, """\
# Qimmeqarfik admin - basic auth from htpasswd file (hashes only)
server {
    listen 443 ssl;
    server_name admin.qimmit-ilulissat.gl;
    auth_basic "Qimmeqarfik";
    auth_basic_user_file /etc/nginx/htpasswd.kennel;
    location / { proxy_pass http://127.0.0.1:3000; }
}
""")

add("blind-ky/htpasswd/decoy-apr1", "ops/nginx/htpasswd.kennel", "https://httpd.apache.org/docs/2.4/misc/password_encryptions.html", """\
aqqaluk:$apr1$@@s1@@$@@h1@@
nivi:$apr1$@@s2@@$@@h2@@
malik:$apr1$@@s3@@$@@h3@@
hans:$apr1$@@s4@@$@@h4@@
aaju:$apr1$@@s5@@$@@h5@@
""", s1=fakes.drawn(_seed(), 8), h1=fakes.drawn(_seed(), 22, ALNUM + "./"), s2=fakes.drawn(_seed(), 8),
    h2=fakes.drawn(_seed(), 22, ALNUM + "./"), s3=fakes.drawn(_seed(), 8), h3=fakes.drawn(_seed(), 22, ALNUM + "./"),
    s4=fakes.drawn(_seed(), 8), h4=fakes.drawn(_seed(), 22, ALNUM + "./"), s5=fakes.drawn(_seed(), 8),
    h5=fakes.drawn(_seed(), 22, ALNUM + "./"))

add("blind-ky/gitlab-ci/decoy-digest", ".gitlab-ci.scan.yml", S_GLCI, """\
scan:
  stage: test
  # Pinned by digest (ataatsimoortoq) - not a secret
  image: registry.gitlab.com/raajat/tools/scanner@sha256:@@d@@
  script:
    - scanner --fail-on high .
  variables:
    SCAN_TOKEN: $SCAN_TOKEN
""", d=sha256())

add("blind-ky/go/decoy-test-constant", "internal/ais/client_test.go", "https://pkg.go.dev/testing", """\
package ais

import "testing"

// Misiliut - dummy token, the test server ignores it
const testToken = "test-token-not-real"

func TestNewRequest(t *testing.T) {
	req, _ := newRequest("http://127.0.0.1/feed")
	if req.Header.Get("Authorization") == "" {
		t.Fatal("Authorization amigaatoq")
	}
	_ = testToken
}
""")

add("blind-ky/kotlin/decoy-buildconfig", "app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """\
android {
    namespace = "gl.raajat.skipper"
    defaultConfig {
        applicationId = "gl.raajat.skipper"
        // Isertortoq local.properties-imit (not in git)
        buildConfigField("String", "WEATHER_KEY", "\\"${project.findProperty("weatherKey") ?: ""}\\"")
        buildConfigField("String", "BASE_URL", "\\"https://api.raajat.gl/v2/\\"")
    }
}
""")

# ---------------------------------------------------------------- more secrets

add("blind-ky/env/twilio-auth", "kennel-rails/.env.production", S_ENV, """\
# Oqarasuaatikkut nalunaarutit (SMS) - Twilio
TWILIO_ACCOUNT_SID=AC@@ac@@
TWILIO_AUTH_TOKEN=@@s@@
TWILIO_FROM=+29932xxxx
RAILS_LOG_LEVEL=info
""", hexs(32), ac=hexs(32))

add("blind-ky/env/datadog", "ops/agent/datadog.env", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", """\
# Umiarsuit - Datadog agent on the onboard servers (VSAT, log sampling high)
DD_SITE=datadoghq.eu
DD_API_KEY=@@s@@
DD_HOSTNAME=polar-raaja-srv1
DD_LOGS_ENABLED=true
""", hexs(32))

add("blind-ky/env/jwt-secret", "fangst-api/.env.staging", S_ENV, """\
# Misiliiffik (staging) - Nuuk
NODE_ENV=staging
JWT_SECRET=@@s@@
JWT_TTL=3600
CORS_ORIGIN=https://staging.raajat.gl
""", hexs(64))

add("blind-ky/env/hf-export", "ops/gpu-box.env", S_ENV, """\
# Siku model training box in the Nuuk office
export CUDA_VISIBLE_DEVICES=0
export HF_HOME=/data/hf
export HUGGING_FACE_HUB_TOKEN=@@s@@
export WANDB_MODE=offline
""", hf())

add("blind-ky/env/database-url", "kennel-rails/.env", S_ENV, """\
# Qimmeqarfik - Rails
RAILS_ENV=production
DATABASE_URL=postgres://kennel:@@s@@@db.qimmit.internal:5432/kennel_production
RAILS_SERVE_STATIC_FILES=1
WEB_CONCURRENCY=2
""", rand_pw(24))

_k2 = pem("RSA")
add("blind-ky/yaml/github-app-key", "kennel-bot/config/github-app.yml", "https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/managing-private-keys-for-github-apps", """\
# Qimmit-bot GitHub App - opens issues for vet visits
app_id: 912345
installation_id: 55123456
private_key: |
  @@ind@@
""", _k2, ind=_k2.replace("\n", "\n  "))

add("blind-ky/yaml/smtp-mailer", "config/mailer.yaml", "https://symfony.com/doc/current/mailer.html#transport-setup", """\
# Allakkat - Symfony mailer for the buyer portal
framework:
  mailer:
    dsn: 'smtp://rapport%40raajat-trawl.gl:@@s@@@smtp.tele.gl:587'
    envelope:
      sender: 'rapport@raajat-trawl.gl'
""", rand_pw(16))

add("blind-ky/yaml/prometheus-basic", "ops/prometheus/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config", """\
global:
  scrape_interval: 60s   # VSAT - sukkatsinnagu (don't go faster)
scrape_configs:
  - job_name: polar-raaja
    scheme: https
    basic_auth:
      username: prom
      password: @@s@@
    static_configs:
      - targets: ['polar-raaja.vpn.raajat.gl:9100']
""", words_pw())

add("blind-ky/yaml/alertmanager-slack", "ops/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """\
route:
  receiver: umiarsuit
receivers:
  - name: umiarsuit
    slack_configs:
      - api_url: @@s@@
        channel: '#umiarsuaq-alarmit'
        title: 'Alarm: {{ .CommonLabels.alertname }}'
""", slack_webhook())

add("blind-ky/yaml/circleci-env", ".circleci/config.yml", "https://circleci.com/docs/configuration-reference/", """\
version: 2.1
jobs:
  test:
    docker:
      - image: cimg/python:3.12
        auth:
          username: raajatci
          password: @@s@@
    steps:
      - checkout
      - run: pip install -e .[test] && pytest
workflows:
  main: {jobs: [test]}
""", "dckr_pat_" + rand_pw(27, "-_"))

add("blind-ky/yaml/bitbucket-pipeline", "bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", """\
image: python:3.12
pipelines:
  default:
    - step:
        name: Misiliineq (test)
        script:
          - pip install -r requirements.txt
          - pytest
          - curl -s -X POST -H "Authorization: Bearer @@s@@" https://api.raajat.gl/v2/deploy-hook
""", rand_pw(48))

add("blind-ky/yaml/azure-pipelines", "azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/", """\
trigger: [main]
pool: {vmImage: windows-latest}
variables:
  buildConfiguration: Release
  # TODO piaaruk (remove) - use a variable group
  sqlPassword: '@@s@@'
steps:
  - script: dotnet test Fangst.sln -c $(buildConfiguration)
  - script: sqlcmd -S sql01.raajat.internal -U fangst_api -P "$(sqlPassword)" -i migrate.sql
""", words_pw())

_gh = github()
add("blind-ky/k8s/docker-registry-secret", "deploy/k8s/ghcr-pull.yaml", S_K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: raajat
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@dj@@
""", _gh, dj=b64('{"auths":{"ghcr.io":{"username":"raajat-ci","password":"' + _gh + '"}}}'))

add("blind-ky/k8s/tls-key-secret", "deploy/k8s/kennel-tls.yaml", S_K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: qimmit-tls
  namespace: qimmit
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@b64s@@
""", pem("EC"), crt=b64("-----BEGIN CERTIFICATE-----\nMIIB" + fakes.drawn(_seed(), 60, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n"))

add("blind-ky/k8s/configmap-leak", "deploy/k8s/sila-bot-config.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: sila-bot
  namespace: raajat
data:
  CHAT_ID: "-1001876543210"
  # TODO: Secret-imut nuutsiguk
  TELEGRAM_TOKEN: "@@s@@"
""", telegram())

add("blind-ky/helm/set-flag", "docs/runbooks/helm-upgrade.md", S_MD, """\
# Helm upgrade - fangst-api

Ullumi (today) the existingSecret was broken, so we ran it by hand:

```sh
helm upgrade --install fangst-api charts/fangst-api -n raajat \\
  --set postgresql.auth.password='@@s@@' \\
  --set image.tag=3.12.1
```

Iluarsiiguk aqagu! (fix tomorrow)
""", words_pw())

add("blind-ky/terraform/tfvars", "infra/prod.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """\
# Nuuk prod
region      = "eu-north-1"
db_username = "fangst"
db_password = "@@s@@"
instance    = "db.t4g.medium"
""", rand_pw(22, "!#"))

add("blind-ky/terraform/cloudflare", "infra/dns/main.tf", S_TF, """\
# Qimmit-ilulissat.gl DNS
provider "cloudflare" {
  api_token = "@@s@@"
}

resource "cloudflare_record" "www" {
  zone_id = var.zone_id
  name    = "www"
  content = "203.0.113.40"
  type    = "A"
}
""", rand_pw(40, "_-"))

add("blind-ky/terraform/state-output", "infra/terraform.tfstate.backup", "https://developer.hashicorp.com/terraform/language/state", """\
{
  "version": 4,
  "terraform_version": "1.8.5",
  "outputs": {
    "db_endpoint": {"value": "fangst.abc123.eu-north-1.rds.amazonaws.com", "type": "string"},
    "db_password": {"value": "@@s@@", "type": "string", "sensitive": true}
  },
  "resources": []
}
""", rand_pw(24))

add("blind-ky/ansible/task-uri", "ansible/roles/vsat/tasks/main.yml", S_ANS, """\
---
# VSAT modem - allanngortitsineq (config change)
- name: Set beam profile
  ansible.builtin.uri:
    url: "https://{{ vsat_ip }}/api/beam"
    method: POST
    user: admin
    password: "@@s@@"
    force_basic_auth: true
    body_format: json
    body: {profile: "arctic-north"}
    validate_certs: false
""", words_pw())

add("blind-ky/python/requests-auth-tuple", "fishbuyer/portal.py", "https://requests.readthedocs.io/en/latest/user/authentication/", """\
import requests

PORTAL = "https://buyers-auction.dk/api"

# Raajanik tuniniaaneq - post tomorrow's lots
def post_lots(lots):
    r = requests.post(f"{PORTAL}/lots", json=lots,
                      auth=("raajat", "@@s@@"), timeout=30)
    r.raise_for_status()
    return r.json()
""", words_pw())

add("blind-ky/python/redis-url", "kennel/cache.py", "https://redis.readthedocs.io/en/stable/connections.html", """\
import redis

# Qimussimik angalanerit - seat holds live 10 minutes
r = redis.Redis.from_url("rediss://default:@@s@@@qimmit-cache.redis.internal:6380/0")

def hold_seat(tour_id: str, seat: int) -> bool:
    return bool(r.set(f"hold:{tour_id}:{seat}", 1, nx=True, ex=600))
""", fakes.redis_password(_seed()))

add("blind-ky/python/sqlalchemy-url", "analysis/engine.py", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", """\
from sqlalchemy import create_engine

# Misissuineq - catch per area, Disko Bugt vs Vestisen
engine = create_engine(
    "postgresql+psycopg://analyst:@@s@@@pg01.raajat.internal:5432/fangst",
    pool_pre_ping=True,
)
""", rand_pw(20))

add("blind-ky/python/telegram-dict", "bots/sila/bot.py", "https://core.telegram.org/bots/api", """\
import requests

CFG = {
    "token": "@@s@@",
    "chat": -1001876543210,
}

def nalunaarut(text: str) -> None:
    url = f"https://api.telegram.org/bot{CFG['token']}/sendMessage"
    requests.post(url, data={"chat_id": CFG["chat"], "text": "Sila: " + text}, timeout=20)
""", telegram())

add("blind-ky/python/gitlab-client", "tools/open_issue.py", "https://python-gitlab.readthedocs.io/en/stable/api-usage.html", """\
import gitlab

# Ajornartorsiut (issue) from the bridge - skipper reports a fault
gl = gitlab.Gitlab("https://gitlab.com", private_token="@@s@@")
project = gl.projects.get("raajat/umiarsuit-it")

def report(title: str, body: str) -> None:
    project.issues.create({"title": title, "description": body, "labels": ["umiarsuaq"]})
""", gitlab())

add("blind-ky/python/json-in-string", "reports/dashboard_push.py", S_PY, """\
import json
import os

import requests

# Grafana dashboard push - CONFIG was pasted from the old cron job
CONFIG = json.loads('{"url": "https://raajat.grafana.net", "token": "@@s@@", "folder": "Umiarsuit"}')

def push(dashboard: dict) -> None:
    requests.post(CONFIG["url"] + "/api/dashboards/db", json={"dashboard": dashboard},
                  headers={"Authorization": "Bearer " + CONFIG["token"]}, timeout=30)
""", grafana())

add("blind-ky/js/mongo-connect", "kennel-api/src/db.js", "https://www.mongodb.com/docs/drivers/node/current/fundamentals/connection/connect/", """\
const { MongoClient } = require('mongodb');

// Qimmit nalunaarsorneqarnerat - dog register
const client = new MongoClient(
  'mongodb://kennel_rw:@@s@@@mongo1.qimmit.internal:27017,mongo2.qimmit.internal:27017/kennel?replicaSet=rs0'
);

module.exports = async () => (await client.connect()).db('kennel');
""", rand_pw(18))

add("blind-ky/js/sendgrid-setkey", "kennel-web/server/mail.js", "https://github.com/sendgrid/sendgrid-nodejs/tree/main/packages/mail", """\
const sgMail = require('@sendgrid/mail');

// Allakkat - tour reminders (aqagu angalanissaq!)
sgMail.setApiKey('@@s@@');

module.exports.remind = (to, tour) => sgMail.send({
  to, from: 'booking@qimmit-ilulissat.gl',
  subject: `Aqagu: ${tour.name}`, text: 'Atisat kiassut atikkit! Warm clothes please.',
});
""", sendgrid())

add("blind-ky/ts/openai-config", "vet-notes/src/summarise.ts", "https://platform.openai.com/docs/api-reference/authentication", """\
import OpenAI from 'openai';

// Nakorsap allagai - vet notes summary per dog
const openai = new OpenAI({
  apiKey: '@@s@@',
});

export async function summarise(notes: string): Promise<string> {
  const r = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: notes }] });
  return r.choices[0].message.content ?? '';
}
""", openai())

_k3 = pem("")
add("blind-ky/ts/firebase-admin", "kennel-app/functions/src/admin.ts", "https://firebase.google.com/docs/admin/setup", """\
import * as admin from 'firebase-admin';

// Qimmit app - push notifications for mushers
admin.initializeApp({
  credential: admin.credential.cert({
    projectId: 'qimmit-app',
    clientEmail: 'firebase-adminsdk@qimmit-app.iam.gserviceaccount.com',
    privateKey: '@@s@@',
  }),
});
""", _k3.replace("\n", "\\n"))

add("blind-ky/go/struct-literal", "internal/weather/client.go", S_GO, """\
package weather

// Sila - DMI open data + commercial marine forecast
var defaultClient = &Client{
	BaseURL: "https://api.stormglass.io/v2",
	APIKey:  "@@s@@",
	Timeout: 30,
}
""", hexs(32) + "-" + hexs(32))

add("blind-ky/java/mail-props", "freezer-service/src/main/resources/mail.properties", S_SPRING, """\
# Qerititsivik alarm mails
spring.mail.host=smtp.tele.gl
spring.mail.port=587
spring.mail.username=alarm@raajat-trawl.gl
spring.mail.password=@@s@@
spring.mail.properties.mail.smtp.starttls.enable=true
""", words_pw())

add("blind-ky/kotlin/okhttp-header", "app/src/main/java/gl/raajat/skipper/net/Api.kt", "https://square.github.io/okhttp/", """\
package gl.raajat.skipper.net

import okhttp3.OkHttpClient

// Aalisartup app-ia - every request carries the vessel key
val client: OkHttpClient = OkHttpClient.Builder()
    .addInterceptor { chain ->
        chain.proceed(chain.request().newBuilder().header("X-Api-Key", "@@s@@").build())
    }
    .build()
""", "rk_" + rand_pw(40))

add("blind-ky/csharp/smtp-credential", "Fangst.Reports/Mailer.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential", """\
using System.Net;
using System.Net.Mail;

// Nalunaarusiat - monthly quota report to the Fisheries office
public static class Mailer
{
    public static SmtpClient Create() => new("smtp.office365.com", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("rapport@raajat.gl", "@@s@@"),
    };
}
""", words_pw())

add("blind-ky/php/laravel-env", "buyer-portal/.env", "https://laravel.com/docs/11.x/configuration#environment-configuration", """\
APP_NAME="Raajanik Pisiortut"
APP_ENV=production
APP_KEY=base64:@@s@@
APP_URL=https://buyers.raajat.gl
DB_CONNECTION=mysql
DB_PASSWORD=${BUYER_DB_PASSWORD}
""", base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("blind-ky/ruby/stripe-initializer", "kennel-rails/config/initializers/stripe.rb", S_STRIPE, """\
# Akiliut - Stripe for tour deposits
Rails.configuration.stripe = {
  publishable_key: ENV.fetch("STRIPE_PUBLISHABLE_KEY", nil),
  secret_key: ENV.fetch("STRIPE_SECRET_KEY", "@@s@@"),
}
Stripe.api_key = Rails.configuration.stripe[:secret_key]
""", stripe("rk_live_"))

add("blind-ky/rust/reqwest-basic", "sensor-gw/src/upload.rs", "https://docs.rs/reqwest/latest/reqwest/struct.RequestBuilder.html#method.basic_auth", """\
use reqwest::blocking::Client;

// Sensorit -> kontor (office) when in harbour
pub fn upload(body: String) -> reqwest::Result<()> {
    Client::new()
        .post("https://files.raajat.gl/upload/freezer")
        .basic_auth("polar-raaja", Some("@@s@@"))
        .body(body)
        .send()?;
    Ok(())
}
""", words_pw())

add("blind-ky/shell/here-doc-env", "scripts/provision_kennel.sh", S_BASH, """\
#!/usr/bin/env bash
# Qimmeqarfik server nutaaq - new VPS
set -euo pipefail
cat > /etc/qimmit/web.env <<'ENV'
NODE_ENV=production
STRIPE_SECRET_KEY=@@s@@
REDIS_URL=redis://127.0.0.1:6379/0
ENV
chmod 600 /etc/qimmit/web.env
systemctl restart qimmit-web
""", stripe())

add("blind-ky/shell/git-clone-url", "scripts/update_onboard.sh", S_BASH, """\
#!/bin/sh
# Umiarsuarmi nutarterineq (onboard update) - runs from cron in harbour
cd /opt || exit 1
if [ ! -d umiarsuit-it ]; then
  git clone https://oauth2:@@s@@@gitlab.com/raajat/umiarsuit-it.git
fi
cd umiarsuit-it && git pull --ff-only
""", gitlab())

add("blind-ky/shell/docker-run-env", "scripts/run_sila_bot.sh", S_BASH, """\
#!/usr/bin/env bash
# Sila-bot - Nuuk docker host
docker rm -f sila-bot 2>/dev/null || true
docker run -d --name sila-bot --restart unless-stopped \\
  -e TELEGRAM_TOKEN=@@s@@ \\
  -e CHAT_ID=-1001876543210 \\
  ghcr.io/raajat/sila-bot:1.2.0
""", telegram())

add("blind-ky/powershell/invoke-rest", "scripts/Get-Landings.ps1", S_PS, """\
# Tulaassinerit (landings) from the buyer portal
$Headers = @{ "Authorization" = "Bearer @@s@@" }
$Day = (Get-Date).AddDays(-1).ToString("yyyy-MM-dd")
$Data = Invoke-RestMethod -Uri "https://buyers-auction.dk/api/landings?day=$Day" -Headers $Headers
$Data | Export-Csv -Path ".\\landings-$Day.csv" -NoTypeInformation -Encoding UTF8
Write-Host "Piareerpoq: $($Data.Count)"
""", rand_pw(44))

add("blind-ky/markdown/onboarding-table", "wiki/Sulisut-nutaat.md", S_MD, """\
# Sulisut nutaat - new staff (kontor Nuuk)

Tikilluarit! Welcome. Accounts you get on day one:

| System | Atuisoq | Isissutissaq |
|---|---|---|
| Office Wi-Fi | - | see the sticker on the router |
| Shared scanner mailbox | scan@raajat.gl | @@s@@ |
| Bitwarden | your mail | you choose |

Qujanaq - Nivi
""", words_pw())

add("blind-ky/markdown/issue-paste", "docs/incidents/2025-02-ais-outage.md", S_MD, """\
# AIS feed outage 2025-02-11

Ajornartorsiut: the poller got 401 from 06:00. The vendor had rotated our key.

New key (pasted here by Aqqaluk so the night shift can fix it):

    AIS_API_TOKEN=@@s@@

Iluarsineqarpoq 09:40. TODO: move to vault.
""", rand_pw(40))

add("blind-ky/rst/sphinx-conf", "docs/conf.py", "https://www.sphinx-doc.org/en/master/usage/configuration.html", """\
# Sphinx - Fangst docs (kalaallisut + english)
project = "Fangst"
language = "en"
extensions = ["sphinx.ext.autodoc", "sphinxcontrib.confluencebuilder"]
confluence_server_url = "https://raajat.atlassian.net/wiki/"
confluence_space_key = "UMIAR"
confluence_server_user = "docs-bot@raajat.gl"
confluence_api_token = "@@s@@"
""", "ATATT3xFfGF0" + rand_pw(180, "-_") + "=" + hexs(8).upper())

add("blind-ky/txt/handover-note", "notes/skipper-handover-polar-raaja.txt", "https://www.rfc-editor.org/rfc/rfc5322", """\
Skipper handover - Polar Raaja, tur 14
Ingerlaqqinnissaq (continue):
 * Trawl door port side repaired in Sisimiut.
 * Freezer 2 alarm false at -17, sensor swapped.
 * Iridium backup phone: user polarraaja, password @@s@@
 * Catch to date: 312 t. Quota left: 140 t.
Qujanaq, Jens
""", words_pw())

add("blind-ky/html/admin-page-comment", "kennel-web/public/admin/index.html", S_HTML, """\
<!DOCTYPE html>
<html lang="kl">
<head><meta charset="utf-8"><title>Qimmeqarfik - admin</title></head>
<body>
<!-- misiliineq: login admin / @@s@@ - peeruk! (remove before launch) -->
<div id="app"></div>
<script src="/admin/app.js"></script>
</body>
</html>
""", words_pw())

add("blind-ky/log/connection-string", "logs/freezer-service.log", S_LOG, """\
2025-03-14 04:11:09.123 INFO  freezer-service started
2025-03-14 04:11:10.004 ERROR HikariPool-1 - Exception during pool initialization
2025-03-14 04:11:10.005 ERROR url=jdbc:postgresql://pg01.raajat.internal:5432/freezer?user=freezer&password=@@s@@
2025-03-14 04:11:10.006 WARN  retrying in 30s (VSAT link down?)
2025-03-14 04:11:40.101 INFO  HikariPool-1 - Start completed.
""", words_pw())

add("blind-ky/csv/api-keys-export", "data/partner-keys.csv", S_CSV, """\
partner,contact,service,key,created
Aalisartut Kattuffiat,info@example.gl,landings,revoked,2023-01-10
DMI,ops@example.dk,ice-charts,public,2023-05-01
Buyers Auction DK,it@example.dk,lots,@@s@@,2025-03-02
Greenland Vet,vet@example.gl,chips,revoked,2024-11-20
""", rand_pw(32))

add("blind-ky/sql/alter-user", "db/ops/reset_sync_user.sql", S_SQL, """\
-- Raajanik pisiortut: sync_job password reset after the leak review
ALTER USER 'sync_job'@'%' IDENTIFIED BY '@@s@@';
FLUSH PRIVILEGES;
-- nalunaarsorneqarpoq: 2025-03-02, Hans
SELECT user, host FROM mysql.user WHERE user = 'sync_job';
""", rand_pw(20, "#%"))

add("blind-ky/notebook/env-cell", "notebooks/quota_forecast.ipynb", S_NB, """\
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Pisassat (quota) forecast 2025"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["%env OPENAI_API_KEY=@@s@@\\n", "import pandas as pd\\n", "df = pd.read_csv('landings.csv')"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", openai())

add("blind-ky/shell-history/mysql-p", "ops/history/root-buyersdb.bash_history", S_BASH, """\
systemctl status mysql
df -h
mysql -u root -p@@s@@ -e 'show processlist'
tail -n 100 /var/log/mysql/error.log
exit
""", rand_pw(16))

add("blind-ky/ssh-config/proxy-password", "ops/ssh/config.d/trawlers.conf", S_SSH, """\
# Umiarsuit - via the Nuuk jump host
Host polar-raaja
    HostName 10.40.1.10
    User maskinmester
    ProxyCommand sshpass -p '@@s@@' ssh -W %h:%p jump@jump.raajat.gl
    ServerAliveInterval 60
""", words_pw())

add("blind-ky/xml/nuget-config", "NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="raajat" value="https://nuget.pkg.github.com/raajat/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <raajat>
      <add key="Username" value="raajat-ci" />
      <add key="ClearTextPassword" value="@@s@@" />
    </raajat>
  </packageSourceCredentials>
</configuration>
""", github())

add("blind-ky/ini/odbc", "factory/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """\
; Fabrikki (factory) - production line scales, Polar Raaja
[Production]
Driver = ODBC Driver 18 for SQL Server
Server = factory-sql.polar-raaja.local
Database = Production
UID = scales
PWD = @@s@@
TrustServerCertificate = yes
""", words_pw())

_k4 = pem("")
add("blind-ky/json/service-account", "ops/gcp/qimmit-bq.json", "https://cloud.google.com/iam/docs/keys-create-delete", """\
{
  "type": "service_account",
  "project_id": "qimmit-analytics",
  "private_key_id": "@@kid@@",
  "private_key": "@@esc@@",
  "client_email": "bq-loader@qimmit-analytics.iam.gserviceaccount.com",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _k4.replace("\n", "\\n"), kid=hexs(40), esc=_k4.replace("\n", "\\n") + "\\n")

add("blind-ky/json/vscode-settings", ".vscode/settings.json", "https://code.visualstudio.com/docs/getstarted/settings", """\
{
  "editor.formatOnSave": true,
  "sqltools.connections": [
    {"name": "fangst-prod", "driver": "PostgreSQL", "server": "pg01.raajat.internal",
     "port": 5432, "database": "fangst", "username": "analyst", "password": "@@s@@"}
  ],
  "cSpell.language": "en,da"
}
""", words_pw())

# ---------------------------------------------------------------- more decoys

add("blind-ky/env/decoy-vault-refs", "ops/.envrc.example", "https://direnv.net/man/direnv-stdlib.1.html", """\
# direnv - assilisiguk .envrc-imut; token comes from `vault login -method=oidc`
export VAULT_ADDR=https://vault.raajat.gl:8200
export VAULT_TOKEN="$(cat ~/.vault-token 2>/dev/null)"
export KUBECONFIG=$PWD/kube/nuuk-prod-sso.kubeconfig
layout python3
""")

add("blind-ky/env/decoy-op-refs", "kennel-web/.env.1password", "https://developer.1password.com/docs/cli/secret-references/", """\
# 1Password secret references - `op run --env-file .env.1password -- npm start`
STRIPE_SECRET_KEY=op://Qimmeqarfik/Stripe live/secret key
STRIPE_WEBHOOK_SECRET=op://Qimmeqarfik/Stripe live/webhook secret
SENDGRID_API_KEY=op://Qimmeqarfik/SendGrid/credential
DATABASE_URL=op://Qimmeqarfik/Kennel DB/url
""")

add("blind-ky/yaml/decoy-sentry-dsn-public", "kennel-web/config/sentry.yaml", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """\
# Sentry - the DSN is public by design (browser bundle); no auth token here
sentry:
  dsn: https://@@pub@@@o4507123456.ingest.de.sentry.io/4507654321
  environment: production
  traces_sample_rate: 0.1
  release: qimmit-web@2.4.1
""", pub=hexs(32))

add("blind-ky/yaml/decoy-gha-oidc", ".github/workflows/upload-logbooks.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """\
name: upload-logbooks
on:
  schedule: [{cron: "0 5 * * *"}]
permissions: {id-token: write, contents: read}
jobs:
  upload:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/raajat-logbook-upload
          aws-region: eu-north-1
      - run: aws s3 sync ./logbooks s3://raajat-logbooks-archive/
""")

add("blind-ky/yaml/decoy-password-policy", "config/security-policy.yaml", "https://pages.nist.gov/800-63-4/sp800-63b.html", """\
# Isissutissat malittarisassaat (password rules) - kontor + umiarsuit
password_policy:
  min_length: 14
  require_mfa: true
  max_age_days: 0
  banned: ["Raajat2025", "Qimmit123", "password", "changeme"]
  lockout_after: 10
""")

add("blind-ky/yaml/decoy-helm-required", "charts/kennel-web/templates/secret.yaml", "https://helm.sh/docs/howto/charts_tips_and_tricks/#know-your-template-functions", """\
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "kennel-web.fullname" . }}
type: Opaque
stringData:
  STRIPE_SECRET_KEY: {{ required "stripe.secretKey amigaatoq" .Values.stripe.secretKey | quote }}
  REDIS_PASSWORD: {{ .Values.redis.password | default "" | quote }}
""")

add("blind-ky/k8s/decoy-secret-empty", "deploy/k8s/sila-bot-secret.template.yaml", S_K8S, """\
# Immersuguk (fill in) with: kubectl create secret generic sila-bot --from-literal=TELEGRAM_TOKEN=...
apiVersion: v1
kind: Secret
metadata:
  name: sila-bot
  namespace: raajat
type: Opaque
data:
  TELEGRAM_TOKEN: ""
""")

add("blind-ky/k8s/decoy-base64-non-secret", "deploy/k8s/freezer-settings-secret.yaml", S_K8S, """\
# Not really secret values - the chart insists on a Secret
apiVersion: v1
kind: Secret
metadata:
  name: freezer-settings
type: Opaque
data:
  VESSEL_NAME: @@v@@
  THRESHOLD_C: @@t@@
  DB_HOST: @@h@@
""", v=b64("Polar Raaja"), t=b64("-18"), h=b64("pg01.raajat.internal"))

add("blind-ky/python/decoy-example-in-docstring", "fangst/client.py", S_PY, """\
\"\"\"Fangst API client.

    >>> c = Client(api_key="<your-vessel-key>")
    >>> c.hauls(vessel="Polar Raaja")   # doctest: +SKIP
\"\"\"
import os


class Client:
    def __init__(self, api_key: str | None = None) -> None:
        self.api_key = api_key or os.environ["FANGST_API_KEY"]
""")

add("blind-ky/python/decoy-uuid-constants", "kennel/constants.py", S_PY, """\
# Qimmeqarfik - ids of tours and teams (not secrets; shown in booking URLs)
TOUR_IDS = {
    "ullaaq-2t": "@@u1@@",
    "unnuaq-aurora": "@@u2@@",
    "ulloq-tamaat": "@@u3@@",
}
TEAM_A = "@@u4@@"
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("blind-ky/js/decoy-google-analytics", "kennel-web/public/analytics.js", "https://developers.google.com/analytics/devguides/collection/ga4", """\
// Tamanut ammasoq: measurement id, public by design
window.dataLayer = window.dataLayer || [];
function gtag() { dataLayer.push(arguments); }
gtag('js', new Date());
gtag('config', 'G-QX7K2M9R4L', { anonymize_ip: true });
""")

add("blind-ky/ts/decoy-stripe-publishable", "kennel-web/src/lib/stripe-client.ts", S_STRIPE, """\
import { loadStripe } from '@stripe/stripe-js';

// Publishable key - browser side, tamanut ammasoq (public)
export const stripePromise = loadStripe('pk_live_@@pk@@', {
  locale: 'da',
});
""", pk=fakes.drawn(_seed(), 99))

add("blind-ky/go/decoy-hmac-verify", "internal/webhook/verify.go", "https://pkg.go.dev/crypto/hmac", """\
package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"os"
)

// Buyer portal webhooks - secret from env, only the signature comes in
func Valid(body []byte, sig string) bool {
	mac := hmac.New(sha256.New, []byte(os.Getenv("BUYER_WEBHOOK_SECRET")))
	mac.Write(body)
	return hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(sig))
}
""")

add("blind-ky/shell/decoy-gpg-encrypted", "scripts/restore_secrets.sh", S_BASH, """\
#!/usr/bin/env bash
# Isertortut uteqqissinneri (restore) - needs your YubiKey
set -euo pipefail
gpg --decrypt secrets/onboard.env.gpg > /etc/raajat/onboard.env
chmod 600 /etc/raajat/onboard.env
echo "Piareerpoq - $(wc -l < /etc/raajat/onboard.env) lines"
""")

add("blind-ky/markdown/decoy-rotation-log", "docs/security/rotation-log.md", S_MD, """\
# Isertortut taarserneqarnerat (rotation log)

| Ulloq | Isertortoq | Kia | Sumi |
|---|---|---|---|
| 2025-02-11 | AIS_API_TOKEN | Aqqaluk | vault `kv/ais/token` |
| 2025-03-02 | buyer portal sync_job | Hans | vault `kv/buyers/sync_job` |
| 2025-03-30 | Stripe live key | Nivi | 1Password "Stripe live" (ends `...X9aQ`) |
""")

add("blind-ky/markdown/decoy-readme-setup", "fangst-api/README.md", S_MD, """\
# fangst-api

Raajat pisarineqartut - catch records API.

```sh
cp .env.example .env       # immersuguk (fill in) DB_PASSWORD
export DB_PASSWORD="$(vault kv get -field=password kv/raajat/fangst/db)"
docker compose up -d db && make run
```

Misiliinermi (tests) the DB password is `postgres` in the throwaway container.
""")

add("blind-ky/txt/decoy-radio-log", "notes/radio-log-2025-03-14.txt", "https://www.rfc-editor.org/rfc/rfc5322", """\
Radio log - Polar Raaja - 2025-03-14
0600 OXPR -> Aasiaat Radio: position 68 41N 054 12W, all well
0615 Weather: NE 15 kn, siku 3/10
0930 MMSI 331012345 DSC test ok
1200 Catch so far: 6.2 t raajat
1800 Next contact 0600 UTC
""")

add("blind-ky/csv/decoy-masked-accounts", "data/vessel-accounts-2025.csv", S_CSV, """\
vessel,system,user,password,note
Polar Raaja,bridge-pc,skipper,(vault),kv/trawlers/polar-raaja/bridge
Polar Raaja,vsat,admin,(vault),kv/trawlers/polar-raaja/vsat
Nanoq Trawl,ecdis,maskinmester,(vault),kv/trawlers/nanoq/ecdis
Kennel Ilulissat,router,admin,(vault),kv/kennel/router
""")

add("blind-ky/log/decoy-auth-failures", "logs/auth.log", S_LOG, """\
Mar 14 03:12:01 polar-raaja-srv1 sshd[2231]: Failed password for invalid user admin from 203.0.113.9 port 51234 ssh2
Mar 14 03:12:04 polar-raaja-srv1 sshd[2231]: Failed password for invalid user test from 203.0.113.9 port 51240 ssh2
Mar 14 03:15:22 polar-raaja-srv1 sshd[2260]: Accepted publickey for maskinmester from 10.40.0.2 port 40022 ssh2: ED25519 SHA256:@@fp@@
Mar 14 03:15:22 polar-raaja-srv1 sshd[2260]: pam_unix(sshd:session): session opened for user maskinmester
Mar 14 03:40:10 polar-raaja-srv1 sshd[2260]: pam_unix(sshd:session): session closed for user maskinmester
""", fp=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("blind-ky/sql/decoy-sample-data", "db/seed/0002_tours.sql", S_SQL, """\
-- Qimussimik angalanerit - sample tours (misiliut)
INSERT INTO tours (id, name, minutes, price_dkk) VALUES
  ('@@u1@@', 'Ullaaq 2 tiimit', 120, 1495),
  ('@@u2@@', 'Unnuaq aurora', 180, 2195);
INSERT INTO api_clients (name, key_prefix, key_sha256) VALUES ('buyers', 'rk_9fQ', '@@h@@');
""", u1=uuid_s(), u2=uuid_s(), h=sha256())

add("blind-ky/xml/decoy-web-config-transform", "Fangst.Api/Web.Release.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations", """\
<?xml version="1.0"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="Fangst" connectionString="Server=sql01;Database=Fangst;Authentication=Active Directory Managed Identity"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
</configuration>
""")
