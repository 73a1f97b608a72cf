"""Blind set MS: a Lao Mekong slow-boat tour operator (Huay Xai - Pakbeng - Luang Prabang) and a
Bolaven Plateau coffee exporter (Paksong, Pakse).

Booking sites, payment gateways, SMS and chat notifications, fleet trackers, the exporter's ERP,
warehouse and shipping integrations, their configs, notes and runbooks (comments partly in Lao),
and their decoys. Generated fakes only (seeds 7520000-7529999).
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
UP = string.ascii_uppercase + string.digits
_SEED = [7520000]


def _seed() -> int:
    _SEED[0] += 7
    assert 7520000 <= _SEED[0] <= 7529999
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Mekong", "Pakbeng", "Bolaven", "Paksong", "Champa", "Naga", "Tamarind", "Lotus", "Arabica", "Sticky",
         "Khong", "Vientiane", "Tad", "Fane", "Houay", "Monsoon", "Buffalo", "Teak", "Lantern", "Ferry"]
LOWER = ["river", "paddle", "bean", "roast", "jungle", "sampan", "mist", "harvest", "cherry", "anchor",
         "orchid", "rapids", "karst", "market", "temple", "sunset"]


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


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24 if not kind.startswith("rk") else 99, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UP) for _ in range(8)) + "/B"
            + "".join(r.choice(UP) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def github_token() -> str:
    return fakes.github_token(_seed())


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def telegram() -> str:
    return fakes.telegram_token(_seed())


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def openai() -> str:
    return fakes.openai_key(_seed())


def anthropic() -> str:
    return fakes.fake("sk-ant-api03-", 93, _seed()) + "AA"


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def twilio_sid() -> str:
    return "AC" + hexs(32)


def mailgun_key() -> str:
    return "key-" + hexs(32)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def jwt_secret() -> str:
    return rand_pw(48)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def sha256ish() -> str:
    return hexs(64)


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def redis_pw() -> str:
    return fakes.redis_password(_seed())


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One whole file: `@@name@@` markers are filled from fields (`@@s@@` is the secret itself)."""
    if secret is not None:
        fields.setdefault("s", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


PYDOC = "https://docs.python.org/3/library/os.html#os.environ"
DOTENV = "https://github.com/motdotla/dotenv#usage"
COMPOSE = "https://docs.docker.com/compose/compose-file/05-services/#environment"
K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
TF = "https://developer.hashicorp.com/terraform/language/values/variables"
ANSIBLE = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_vars_facts.html"
GHA = "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions"
GITLAB = "https://docs.gitlab.com/ee/ci/variables/"
DOCKER = "https://docs.docker.com/reference/dockerfile/#env"
NODE = "https://nodejs.org/api/process.html#processenv"
GO = "https://pkg.go.dev/database/sql#Open"
SPRING = "https://docs.spring.io/spring-boot/appendix/application-properties/index.html"
DOTNET = "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/"
PHP = "https://www.php.net/manual/en/pdo.construct.php"
RUBY = "https://guides.rubyonrails.org/configuring.html#configuring-a-database"
RUST = "https://docs.rs/sqlx/latest/sqlx/"
SWIFT = "https://developer.apple.com/documentation/foundation/urlrequest"
KOTLIN = "https://developer.android.com/build/gradle-tips"
PWSH = "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring"
BASH = "https://www.gnu.org/software/bash/manual/bash.html#Here-Documents"
PG = "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING"
MYSQL = "https://dev.mysql.com/doc/refman/8.0/en/option-files.html"
SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
MD = "https://www.markdownguide.org/basic-syntax/"
RST = "https://docutils.sourceforge.io/docs/user/rst/quickref.html"
HTML = "https://developer.mozilla.org/en-US/docs/Web/HTML"
NB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
INI = "https://docs.python.org/3/library/configparser.html"
TOML = "https://toml.io/en/v1.0.0"
JSONS = "https://www.json.org/json-en.html"
XML = "https://www.w3.org/TR/xml/"
CSV = "https://www.rfc-editor.org/rfc/rfc4180"
LOG = "https://docs.python.org/3/library/logging.html"
STRIPE = "https://docs.stripe.com/keys"
SLACK = "https://api.slack.com/messaging/webhooks"
TELEGRAM = "https://core.telegram.org/bots/api#authorizing-your-bot"
TWILIO = "https://www.twilio.com/docs/iam/api-keys"
AWS = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
SSH = "https://man.openbsd.org/ssh-keygen"
NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
PIP = "https://pip.pypa.io/en/stable/topics/configuration/"
GIT = "https://git-scm.com/docs/gitcredentials"
HIST = "https://www.gnu.org/software/bash/manual/bash.html#Bash-History-Facilities"
CURL = "https://curl.se/docs/manpage.html#-u"
SENDGRID = "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys"
MAILGUN = "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/"
GMAPS = "https://developers.google.com/maps/documentation/javascript/get-api-key"
SHOPIFY = "https://shopify.dev/docs/apps/auth/access-token-types"


# ---- Python -----------------------------------------------------------------------------------
add("blind-ms/python/postgres-password", "slowboat/booking/db.py", PG, """# ຖານຂໍ້ມູນການຈອງເຮືອ (boat bookings), Huay Xai office
import psycopg2

def connect():
    return psycopg2.connect(
        host="10.20.0.14",
        dbname="slowboat",
        user="booking_app",
        password="@@s@@",
    )
""", words_pw())

add("blind-ms/python/stripe-key", "slowboat/payments/stripe_client.py", STRIPE, """import stripe

# TODO: ຍ້າຍໄປ env ກ່ອນ go-live (move to env before go-live)
stripe.api_key = "@@s@@"

def charge_deposit(booking_id: str, amount_usd: int) -> str:
    intent = stripe.PaymentIntent.create(amount=amount_usd * 100, currency="usd",
                                         metadata={"booking": booking_id, "route": "HXI-PKB-LPQ"})
    return intent.client_secret
""", stripe_key())

add("blind-ms/python/decoy-env-reference", "slowboat/payments/settings.py", PYDOC, """import os

# ກະແຈທັງໝົດມາຈາກ environment (all keys come from the environment)
STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
STRIPE_PUBLISHABLE_KEY = os.environ.get("STRIPE_PUBLISHABLE_KEY", "")
BCEL_ONEPAY_MCID = os.environ.get("BCEL_MCID", "mch5c2f1a3b")
BCEL_ONEPAY_SHOP = "ONEPAY-SLOWBOAT-LPQ"
DB_PASSWORD = os.getenv("SLOWBOAT_DB_PASSWORD")
""")

add("blind-ms/python/telegram-token", "slowboat/notify/telegram_bot.py", TELEGRAM, """import requests

BOT_TOKEN = "@@s@@"
CREW_CHAT = -1001786543210  # ກຸ່ມລູກເຮືອ Pakbeng crew group

def tell_crew(text: str) -> None:
    url = f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage"
    requests.post(url, json={"chat_id": CREW_CHAT, "text": text}, timeout=10)
""", telegram())

add("blind-ms/python/decoy-test-fixture", "slowboat/tests/test_telegram.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """import pytest

# fake token for unit tests only - not a real bot
FAKE_BOT_TOKEN = "123456789:TEST-TOKEN-NOT-REAL"

@pytest.fixture
def bot(monkeypatch):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", FAKE_BOT_TOKEN)
    from slowboat.notify import telegram_bot
    return telegram_bot
""")

add("blind-ms/python/aws-secret-key", "bolaven/export/s3_upload.py", AWS, """import boto3

# ອັບໂຫລດໃບຢັ້ງຢືນແຫຼ່ງກຳເນີດ (certificates of origin) to the buyer bucket
session = boto3.session.Session(
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@s@@",
    region_name="ap-southeast-1",
)
s3 = session.client("s3")

def upload(path: str, lot: str) -> None:
    s3.upload_file(path, "bolaven-export-docs", f"lots/{lot}/{path.rsplit('/', 1)[-1]}")
""", aws_secret(), kid=aws_id())

add("blind-ms/python/decoy-aws-profile", "bolaven/export/s3_profile.py", AWS, """import boto3

# ໃຊ້ profile ຈາກ ~/.aws/credentials, ບໍ່ມີກະແຈໃນໂຄດ (no keys in code)
session = boto3.session.Session(profile_name="bolaven-export", region_name="ap-southeast-1")
s3 = session.client("s3")
BUCKET = "bolaven-export-docs"
KMS_KEY_ARN = "arn:aws:kms:ap-southeast-1:481726350912:key/@@u@@"
""", u=uuid_s())

add("blind-ms/python/django-secret-key", "bolaven/erp/erp/settings_prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """from .settings_base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["erp.bolavencoffee.la", "10.8.0.5"]
SECRET_KEY = '@@s@@'
LANGUAGE_CODE = "lo"
TIME_ZONE = "Asia/Vientiane"
""", django_key())

add("blind-ms/python/decoy-django-placeholder", "bolaven/erp/erp/settings_local.example.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """# ສຳເນົາໄຟລ໌ນີ້ເປັນ settings_local.py ແລ້ວປ່ຽນຄ່າ (copy and change values)
from .settings_base import *  # noqa

DEBUG = True
SECRET_KEY = "change-me-to-a-50-character-random-string"
DATABASES["default"]["PASSWORD"] = "<your local postgres password>"
""")

add("blind-ms/python/sendgrid-key", "bolaven/erp/mailer.py", SENDGRID, """from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SG = SendGridAPIClient("@@s@@")

def send_contract(buyer_email: str, pdf_url: str) -> None:
    msg = Mail(from_email="export@bolavencoffee.la", to_emails=buyer_email,
               subject="Contract - Bolaven Arabica Grade 1",
               html_content=f"<p>Sabaidee, please find the contract: {pdf_url}</p>")
    SG.send(msg)
""", sendgrid_key())

add("blind-ms/python/mysql-url", "bolaven/warehouse/sync_lots.py", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", """from sqlalchemy import create_engine, text

# ສາງ Paksong (Paksong warehouse) -> head office
ENGINE = create_engine("mysql+pymysql://lotsync:@@s@@@10.30.1.7:3306/warehouse")

def lots_since(day):
    with ENGINE.connect() as c:
        return c.execute(text("SELECT lot_no, bags, grade FROM lots WHERE received >= :d"), {"d": day}).all()
""", rand_pw(16))

add("blind-ms/python/decoy-hash", "bolaven/warehouse/verify.py", "https://docs.python.org/3/library/hashlib.html", """import hashlib

# SHA-256 of the signed phytosanitary certificate PDF, lot PKS-2024-118
EXPECTED = "@@h@@"

def ok(path: str) -> bool:
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest() == EXPECTED
""", h=sha256ish())

add("blind-ms/python/openai-key", "slowboat/chat/faq_bot.py", "https://platform.openai.com/docs/api-reference/authentication", """from openai import OpenAI

# ບອດຕອບຄຳຖາມນັກທ່ອງທ່ຽວ (tourist FAQ bot): luggage, Pakbeng overnight, life jackets
client = OpenAI(api_key="@@s@@")

def answer(q: str) -> str:
    r = client.chat.completions.create(model="gpt-4o-mini",
                                       messages=[{"role": "user", "content": q}])
    return r.choices[0].message.content
""", openai())

add("blind-ms/python/decoy-masked-log", "slowboat/chat/debug_config.py", LOG, """import logging

log = logging.getLogger("faq_bot")

def show(cfg: dict) -> None:
    # ປິດບັງກະແຈກ່ອນບັນທຶກ (mask keys before logging)
    masked = {k: (v[:6] + "****" if "key" in k else v) for k, v in cfg.items()}
    log.info("config: %s", masked)
    # e.g. {'openai_api_key': 'sk-pro****', 'model': 'gpt-4o-mini'}
""")

# ---- .env -------------------------------------------------------------------------------------
add("blind-ms/dotenv/bcel-onepay-secret", "slowboat/web/.env.production", DOTENV, """# ເວັບຈອງປີ້ (ticket site) - production
NODE_ENV=production
APP_URL=https://book.mekongslowboat.la
BCEL_ONEPAY_MCID=mch5c2f1a3b
BCEL_ONEPAY_SECRET=@@s@@
DEFAULT_CURRENCY=LAK
""", rand_pw(32))

add("blind-ms/dotenv/decoy-empty", "slowboat/web/.env.example", DOTENV, """# ສຳເນົາເປັນ .env ແລ້ວຕື່ມຄ່າ (copy to .env and fill in)
NODE_ENV=development
APP_URL=http://localhost:3000
BCEL_ONEPAY_MCID=
BCEL_ONEPAY_SECRET=
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
DATABASE_URL=postgres://slowboat:password@localhost:5432/slowboat_dev
""")

add("blind-ms/dotenv/twilio-auth-token", "slowboat/sms/.env", TWILIO, """TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@s@@
TWILIO_FROM=+8562055512345
# ສົ່ງ SMS ແຈ້ງເວລາອອກເຮືອ 8:30 ທ່າ Huay Xai
DEPARTURE_REMINDER_HOURS=12
""", hexs(32), sid=twilio_sid())

add("blind-ms/dotenv/redis-url", "bolaven/erp/.env", DOTENV, """DJANGO_SETTINGS_MODULE=erp.settings_prod
REDIS_URL=redis://:@@s@@@cache.internal:6379/2
CELERY_BROKER_URL=${REDIS_URL}
EXPORT_DOCS_BUCKET=bolaven-export-docs
TZ=Asia/Vientiane
""", redis_pw())

add("blind-ms/dotenv/decoy-vault-reference", "bolaven/erp/.env.vault-template", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", """# ຄ່າລັບມາຈາກ Vault agent (secrets rendered by Vault agent)
DJANGO_SETTINGS_MODULE=erp.settings_prod
DATABASE_PASSWORD={{ with secret "kv/data/bolaven/erp" }}{{ .Data.data.db_password }}{{ end }}
REDIS_URL={{ with secret "kv/data/bolaven/redis" }}{{ .Data.data.url }}{{ end }}
TZ=Asia/Vientiane
""")

add("blind-ms/dotenv/mailgun-key", "bolaven/newsletter/.env.local", MAILGUN, """# ຈົດໝາຍຂ່າວລະດູເກັບກ່ຽວ (harvest newsletter)
MAILGUN_DOMAIN=mg.bolavencoffee.la
MAILGUN_API_KEY=@@s@@
NEWSLETTER_FROM="Bolaven Coffee <hello@bolavencoffee.la>"
HARVEST_SEASON=2024-11
""", mailgun_key())

add("blind-ms/dotenv/decoy-publishable-key", "slowboat/web/.env.public", STRIPE, """# ຄ່າສາທາລະນະ ສົ່ງໄປ browser ໄດ້ (public values, safe for the browser)
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
NEXT_PUBLIC_MAPS_ID=@@mid@@
NEXT_PUBLIC_SITE_NAME="Mekong Slow Boat"
NEXT_PUBLIC_DEFAULT_LOCALE=lo
""", pk=stripe_key("pk_live_"), mid=hexs(16))

# ---- Kubernetes, Helm, compose ----------------------------------------------------------------
_pw = words_pw()
add("blind-ms/k8s-secret/postgres-password", "deploy/k8s/booking-db-secret.yaml", K8S, """apiVersion: v1
kind: Secret
metadata:
  name: booking-db
  namespace: slowboat
  labels:
    app: booking
type: Opaque
data:
  POSTGRES_USER: @@u@@
  POSTGRES_PASSWORD: @@p@@
""", _pw, u=b64("booking_app"), p=b64(_pw))

add("blind-ms/k8s-secret/decoy-sealed", "deploy/k8s/booking-db-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: booking-db
  namespace: slowboat
spec:
  encryptedData:
    POSTGRES_PASSWORD: AgB@@c1@@
    POSTGRES_USER: AgA@@c2@@
  template:
    metadata:
      name: booking-db
""", c1=rand_pw(340, "+/"), c2=rand_pw(300, "+/"))

add("blind-ms/k8s-secret/stripe-string-data", "deploy/k8s/payments-secret.yaml", K8S, """apiVersion: v1
kind: Secret
metadata:
  name: payments
  namespace: slowboat
type: Opaque
stringData:
  # ກະແຈ Stripe ສຳລັບມັດຈຳ (deposits)
  STRIPE_SECRET_KEY: "@@s@@"
  CURRENCY: usd
""", stripe_key())

add("blind-ms/k8s/decoy-secret-key-ref", "deploy/k8s/booking-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: booking
  namespace: slowboat
spec:
  replicas: 2
  selector:
    matchLabels: {app: booking}
  template:
    metadata:
      labels: {app: booking}
    spec:
      containers:
        - name: web
          image: ghcr.io/mekongslowboat/booking:2.7.1
          env:
            - name: POSTGRES_PASSWORD
              valueFrom:
                secretKeyRef: {name: booking-db, key: POSTGRES_PASSWORD}
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: payments, key: STRIPE_SECRET_KEY}
""")

add("blind-ms/k8s/mysql-env-literal", "deploy/k8s/warehouse-statefulset.yaml", "https://kubernetes.io/docs/tasks/run-application/run-single-instance-stateful-application/", """apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: warehouse-mysql
  namespace: bolaven
spec:
  serviceName: warehouse-mysql
  replicas: 1
  selector:
    matchLabels: {app: warehouse-mysql}
  template:
    metadata:
      labels: {app: warehouse-mysql}
    spec:
      containers:
        - name: mysql
          image: mysql:8.0
          env:
            - name: MYSQL_DATABASE
              value: warehouse
            - name: MYSQL_ROOT_PASSWORD
              value: "@@s@@"   # ຊົ່ວຄາວ (temporary) - Somphone
""", words_pw())

_tok = github_token()
add("blind-ms/k8s-secret/dockerconfigjson", "deploy/k8s/ghcr-pull-secret.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: slowboat
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@d@@
""", _tok, d=b64('{"auths":{"ghcr.io":{"username":"mekong-ci","password":"' + _tok + '"}}}'))

add("blind-ms/helm/redis-password", "deploy/helm/erp/values-prod.yaml", HELM, """# Bolaven ERP - production values
image:
  repository: registry.bolavencoffee.la/erp
  tag: "3.4.0"
ingress:
  host: erp.bolavencoffee.la
redis:
  enabled: true
  auth:
    enabled: true
    password: "@@s@@"
postgresql:
  auth:
    existingSecret: erp-postgres
""", redis_pw())

add("blind-ms/helm/decoy-existing-secret", "deploy/helm/erp/values.yaml", HELM, """# ຄ່າເລີ່ມຕົ້ນ (defaults) - override in values-<env>.yaml
image:
  repository: registry.bolavencoffee.la/erp
  tag: latest
redis:
  enabled: true
  auth:
    enabled: true
    password: ""
    existingSecret: erp-redis
    existingSecretPasswordKey: redis-password
postgresql:
  auth:
    existingSecret: erp-postgres
""")

add("blind-ms/compose/postgres-password", "slowboat/docker-compose.yml", COMPOSE, """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: slowboat
      POSTGRES_USER: booking_app
      POSTGRES_PASSWORD: @@s@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  web:
    build: ./web
    depends_on: [db]
    ports: ["3000:3000"]
volumes:
  pgdata: {}
""", passphrase())

add("blind-ms/compose/decoy-variable", "bolaven/docker-compose.yml", COMPOSE, """services:
  erp:
    image: registry.bolavencoffee.la/erp:3.4.0
    env_file: .env
    environment:
      DATABASE_PASSWORD: ${DATABASE_PASSWORD:?set DATABASE_PASSWORD}
      REDIS_URL: ${REDIS_URL}
  mysql:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root
    secrets: [mysql_root]
secrets:
  mysql_root:
    file: ./secrets/mysql_root.txt
""")

add("blind-ms/compose/rabbitmq-password", "bolaven/tracking/compose.yaml", COMPOSE, """# ຕິດຕາມລົດບັນທຸກກາເຟ (coffee truck tracking) Paksong -> Pakse -> Laem Chabang
services:
  broker:
    image: rabbitmq:3-management
    environment:
      - RABBITMQ_DEFAULT_USER=tracker
      - RABBITMQ_DEFAULT_PASS=@@s@@
  ingest:
    image: registry.bolavencoffee.la/gps-ingest:1.2
    environment:
      - AMQP_URL=amqp://tracker@broker:5672/
""", rand_pw(18))

# ---- Terraform, Ansible -----------------------------------------------------------------------
add("blind-ms/terraform/db-password", "infra/terraform/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """resource "aws_db_instance" "booking" {
  identifier          = "slowboat-booking"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.small"
  allocated_storage   = 20
  username            = "slowboat_admin"
  password            = "@@s@@"
  skip_final_snapshot = false
  tags = { team = "slowboat", site = "huay-xai" }
}
""", words_pw())

add("blind-ms/terraform/decoy-random-password", "infra/terraform/rds_erp.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """resource "random_password" "erp_db" {
  length  = 32
  special = true
}

resource "aws_db_instance" "erp" {
  identifier     = "bolaven-erp"
  engine         = "mysql"
  instance_class = "db.t4g.small"
  username       = "erp_admin"
  password       = random_password.erp_db.result
}
""")

add("blind-ms/terraform/tfvars-cloudflare", "infra/terraform/prod.auto.tfvars", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs#api_token", """region           = "ap-southeast-1"
domain           = "mekongslowboat.la"
cloudflare_token = "@@s@@"
booking_replicas = 2
# ຢ່າ commit ໄຟລ໌ນີ້ (do not commit this file)
""", rand_pw(40, "_-"))

add("blind-ms/terraform/decoy-sensitive-variable", "infra/terraform/variables.tf", TF, """variable "cloudflare_token" {
  description = "Cloudflare API token (ເກັບໄວ້ໃນ TF_VAR_cloudflare_token)"
  type        = string
  sensitive   = true
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = null
}
""")

add("blind-ms/ansible/vault-plaintext", "infra/ansible/group_vars/warehouse.yml", ANSIBLE, """---
# ເຄື່ອງແມ່ຂ່າຍສາງ Paksong (Paksong warehouse servers)
mysql_root_user: root
mysql_root_password: "@@s@@"
backup_dir: /srv/backup/warehouse
ntp_server: 0.asia.pool.ntp.org
""", words_pw())

add("blind-ms/ansible/decoy-vault-encrypted", "infra/ansible/group_vars/booking_vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("blind-ms/ansible/decoy-vault-lookup", "infra/ansible/roles/booking/tasks/main.yml", ANSIBLE, """---
- name: ຕິດຕັ້ງ config ຂອງເວັບຈອງ (install booking config)
  ansible.builtin.template:
    src: booking.env.j2
    dest: /etc/slowboat/booking.env
    mode: "0600"
  vars:
    db_password: "{{ vault_booking_db_password }}"
    stripe_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/slowboat/stripe:key') }}"
""")

add("blind-ms/ansible/smtp-password", "infra/ansible/roles/postfix/defaults/main.yml", ANSIBLE, """---
postfix_relayhost: "[smtp.sendgrid.net]:587"
postfix_sasl_user: apikey
postfix_sasl_password: "@@s@@"
postfix_myhostname: mail.bolavencoffee.la
""", sendgrid_key())

# ---- JavaScript / TypeScript ------------------------------------------------------------------
add("blind-ms/javascript/slack-webhook", "slowboat/web/lib/alerts.js", SLACK, """// ແຈ້ງເຕືອນເມື່ອເຮືອເຕັມ (alert when a boat is full)
const fetch = require("node-fetch");

const SLACK_URL = "@@s@@";

async function boatFull(date, boat) {
  await fetch(SLACK_URL, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text: `Boat ${boat} on ${date} is full (HXI -> PKB)` }),
  });
}
module.exports = { boatFull };
""", slack_webhook())

add("blind-ms/typescript/google-maps-server-key", "slowboat/web/server/geocode.ts", GMAPS, """import axios from "axios";

// server-side geocoding for pier addresses (ທ່າເຮືອ)
const MAPS_KEY = "@@s@@";

export async function geocode(address: string) {
  const { data } = await axios.get("https://maps.googleapis.com/maps/api/geocode/json", {
    params: { address, key: MAPS_KEY, region: "la" },
  });
  return data.results[0]?.geometry.location;
}
""", google_key())

add("blind-ms/typescript/decoy-env-config", "slowboat/web/server/config.ts", NODE, """// ຄ່າທັງໝົດມາຈາກ process.env
export const config = {
  stripeSecret: process.env.STRIPE_SECRET_KEY ?? "",
  onepaySecret: process.env.BCEL_ONEPAY_SECRET ?? "",
  databaseUrl: process.env.DATABASE_URL!,
  mapsKey: process.env.GOOGLE_MAPS_SERVER_KEY,
  sessionSecret: process.env.SESSION_SECRET || "dev-only-not-secret",
};
""")

add("blind-ms/javascript/mongodb-uri", "bolaven/shop/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", """const { MongoClient } = require("mongodb");

// ຮ້ານອອນໄລນ໌ກາເຟ (online coffee shop) orders
const uri = "mongodb+srv://shopapp:@@s@@@cluster0.b7lao.mongodb.net/shop?retryWrites=true&w=majority";
const client = new MongoClient(uri);

module.exports = async function orders() {
  await client.connect();
  return client.db("shop").collection("orders");
};
""", rand_pw(20))

add("blind-ms/javascript/decoy-firebase-config", "bolaven/shop/public/firebase-init.js", "https://firebase.google.com/docs/projects/api-keys", """// Firebase web config - ເປັນຄ່າສາທາລະນະ (public by design; access is via security rules)
const firebaseConfig = {
  apiKey: "AIzaSy@@k@@",
  authDomain: "bolaven-shop.firebaseapp.com",
  projectId: "bolaven-shop",
  storageBucket: "bolaven-shop.appspot.com",
  messagingSenderId: "604217839125",
  appId: "1:604217839125:web:@@a@@",
};
firebase.initializeApp(firebaseConfig);
""", k=rand_pw(33, "_-"), a=hexs(22))

add("blind-ms/typescript/jwt-secret", "slowboat/api/src/auth/jwt.ts", "https://github.com/auth0/node-jsonwebtoken#usage", """import jwt from "jsonwebtoken";

const JWT_SECRET = "@@s@@";

export function issueCrewToken(crewId: string, boat: string) {
  // ລູກເຮືອ (crew) tokens for the manifest app, 12h
  return jwt.sign({ sub: crewId, boat }, JWT_SECRET, { expiresIn: "12h" });
}
""", jwt_secret())

add("blind-ms/javascript/shopify-token", "bolaven/shop/scripts/sync-inventory.mjs", SHOPIFY, """// ຊິງສິນຄ້າຄົງຄັງ (inventory sync) ERP -> Shopify
const SHOP = "bolaven-coffee.myshopify.com";
const TOKEN = "@@s@@";

const res = await fetch(`https://${SHOP}/admin/api/2024-07/inventory_levels/set.json`, {
  method: "POST",
  headers: { "X-Shopify-Access-Token": TOKEN, "Content-Type": "application/json" },
  body: JSON.stringify({ location_id: 81234567, inventory_item_id: 4401, available: 120 }),
});
console.log(res.status);
""", shopify_token())

add("blind-ms/json/decoy-package-json", "slowboat/web/package.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-json", """{
  "name": "slowboat-web",
  "version": "2.7.1",
  "private": true,
  "scripts": {
    "dev": "next dev",
    "build": "next build",
    "secrets:pull": "op inject -i .env.tpl -o .env"
  },
  "dependencies": {
    "next": "14.2.5",
    "stripe": "16.2.0"
  }
}
""")

# ---- Go -----------------------------------------------------------------------------------------
add("blind-ms/go/postgres-dsn", "fleet/cmd/tracker/main.go", GO, """package main

import (
	"database/sql"
	"log"

	_ "github.com/lib/pq"
)

// ຕິດຕາມເຮືອ (boat GPS tracker), Mekong route
const dsn = "postgres://fleet:@@s@@@10.20.0.14:5432/fleet?sslmode=require"

func main() {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	log.Println("tracker started")
}
""", rand_pw(22))

add("blind-ms/go/decoy-getenv", "fleet/internal/config/config.go", "https://pkg.go.dev/os#Getenv", """package config

import "os"

// Config ອ່ານຈາກ environment
type Config struct {
	DSN        string
	MQTTPass   string
	TelegramID string
}

func Load() Config {
	return Config{DSN: os.Getenv("FLEET_DSN"), MQTTPass: os.Getenv("MQTT_PASSWORD"), TelegramID: os.Getenv("TG_CHAT")}
}
""")

add("blind-ms/go/mqtt-password", "fleet/internal/gps/mqtt.go", "https://pkg.go.dev/github.com/eclipse/paho.mqtt.golang#ClientOptions.SetPassword", """package gps

import mqtt "github.com/eclipse/paho.mqtt.golang"

func NewClient() mqtt.Client {
	opts := mqtt.NewClientOptions().AddBroker("tls://mqtt.mekongslowboat.la:8883")
	opts.SetClientID("boat-gateway-pakbeng")
	opts.SetUsername("gateway")
	opts.SetPassword("@@s@@")
	return mqtt.NewClient(opts)
}
""", words_pw())

# ---- Java / Kotlin ----------------------------------------------------------------------------
add("blind-ms/properties/datasource-password", "bolaven/erp-java/src/main/resources/application-prod.properties", SPRING, """# ລະບົບສົ່ງອອກ (export system)
spring.datasource.url=jdbc:mysql://10.30.1.7:3306/export?useSSL=true
spring.datasource.username=export_app
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8081
""", words_pw())

add("blind-ms/properties/decoy-placeholder", "bolaven/erp-java/src/main/resources/application.properties", SPRING, """spring.datasource.url=jdbc:mysql://localhost:3306/export
spring.datasource.username=${DB_USER:export_app}
spring.datasource.password=${DB_PASSWORD}
spring.mail.password=${SMTP_PASSWORD:}
management.endpoints.web.exposure.include=health,info
""")

add("blind-ms/java/sftp-password", "bolaven/erp-java/src/main/java/la/bolaven/export/BuyerSftp.java", "https://epaul.github.io/jsch-documentation/javadoc/com/jcraft/jsch/Session.html", """package la.bolaven.export;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;

/** ສົ່ງເອກະສານຫາຜູ້ຊື້ (send shipping docs to the buyer in Yokohama). */
public class BuyerSftp {
    public Session open() throws Exception {
        Session s = new JSch().getSession("bolaven", "sftp.buyer-coffee.jp", 22);
        s.setPassword("@@s@@");
        s.setConfig("StrictHostKeyChecking", "yes");
        s.connect(15000);
        return s;
    }
}
""", words_pw())

add("blind-ms/kotlin/decoy-buildconfig", "slowboat/android/app/build.gradle.kts", KOTLIN, """android {
    namespace = "la.mekongslowboat.app"
    defaultConfig {
        applicationId = "la.mekongslowboat.app"
        versionCode = 41
        // ກະແຈມາຈາກ local.properties (not committed)
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_KEY") ?: ""}\\"")
    }
    signingConfigs {
        create("release") {
            storePassword = System.getenv("KEYSTORE_PASSWORD")
            keyPassword = System.getenv("KEY_PASSWORD")
        }
    }
}
""")

add("blind-ms/kotlin/signing-password", "slowboat/android/app/signing.gradle.kts", KOTLIN, """android {
    signingConfigs {
        create("release") {
            storeFile = file("../keys/slowboat-release.jks")
            storePassword = "@@s@@"
            keyAlias = "slowboat"
            keyPassword = "@@s@@"
        }
    }
}
""", words_pw())

# ---- C#, PHP, Ruby, Rust, Swift -------------------------------------------------------------
add("blind-ms/json/appsettings-connection", "bolaven/Invoicing/appsettings.Production.json", DOTNET, """{
  "ConnectionStrings": {
    "Invoicing": "Server=10.30.1.9;Database=Invoicing;User Id=inv_app;Password=@@s@@;TrustServerCertificate=True"
  },
  "Invoice": {
    "Currency": "USD",
    "Exporter": "Bolaven Plateau Coffee Export Co., Ltd."
  }
}
""", words_pw())

add("blind-ms/csharp/decoy-user-secrets", "bolaven/Invoicing/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """var builder = WebApplication.CreateBuilder(args);
// ລະຫັດຜ່ານຢູ່ໃນ user-secrets / Key Vault, ບໍ່ແມ່ນໃນໄຟລ໌ນີ້
builder.Configuration.AddUserSecrets<Program>();
builder.Configuration.AddAzureKeyVault(new Uri("https://bolaven-kv.vault.azure.net/"), new DefaultAzureCredential());
var cs = builder.Configuration.GetConnectionString("Invoicing");
builder.Services.AddDbContext<InvoiceDb>(o => o.UseSqlServer(cs));
var app = builder.Build();
app.Run();
""")

add("blind-ms/csharp/azure-client-secret", "bolaven/Invoicing/GraphMailer.cs", "https://learn.microsoft.com/en-us/entra/identity-platform/howto-create-service-principal-portal", """using Azure.Identity;
using Microsoft.Graph;

public static class GraphMailer
{
    // ສົ່ງໃບແຈ້ງໜີ້ (invoices) via Microsoft Graph
    private const string TenantId = "@@t@@";
    private const string ClientId = "@@c@@";
    private const string ClientSecret = "@@s@@";

    public static GraphServiceClient Create() =>
        new GraphServiceClient(new ClientSecretCredential(TenantId, ClientId, ClientSecret));
}
""", azure_secret(), t=uuid_s(), c=uuid_s())

add("blind-ms/php/pdo-password", "slowboat/legacy/inc/db.php", PHP, """<?php
// ລະບົບຈອງເກົ່າ (old booking system) - still used by the Luang Prabang desk
$dsn = 'mysql:host=127.0.0.1;dbname=slowboat_old;charset=utf8mb4';
$pdo = new PDO($dsn, 'slowboat', '@@s@@', [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
]);
""", words_pw())

add("blind-ms/php/decoy-getenv", "slowboat/legacy/inc/config.php", PHP, """<?php
// ຄ່າຕັ້ງ (settings)
define('ONEPAY_MCID', getenv('BCEL_MCID') ?: 'mch5c2f1a3b');
define('ONEPAY_SECRET', getenv('BCEL_ONEPAY_SECRET'));
define('SMTP_PASS', getenv('SMTP_PASS') ?: '');
define('SITE_TITLE', 'ເຮືອຊ້າແມ່ນ້ຳຂອງ - Mekong Slow Boat');
""")

add("blind-ms/ruby/database-yml", "bolaven/traceability/config/database.yml", RUBY, """default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  database: traceability
  username: trace
  password: @@s@@
  host: 10.30.1.12
""", rand_pw(20))

add("blind-ms/ruby/decoy-credentials-reference", "bolaven/traceability/config/initializers/mailgun.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """# ກະແຈ Mailgun ຢູ່ໃນ credentials.yml.enc
Rails.application.configure do
  config.action_mailer.mailgun_settings = {
    api_key: Rails.application.credentials.dig(:mailgun, :api_key),
    domain: "mg.bolavencoffee.la",
  }
end
""")

add("blind-ms/rust/decoy-env-var", "fleet/ingest/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """use std::env;

/// ຄ່າຕັ້ງຂອງ ingest (GPS ingest settings)
pub struct Settings { pub database_url: String, pub mqtt_password: String }

pub fn load() -> Settings {
    Settings {
        database_url: env::var("DATABASE_URL").expect("DATABASE_URL"),
        mqtt_password: env::var("MQTT_PASSWORD").unwrap_or_default(),
    }
}
""")

add("blind-ms/rust/database-url", "fleet/ingest/src/db.rs", RUST, """use sqlx::postgres::PgPoolOptions;

// TODO(khamla): ຍ້າຍໄປ env
const DATABASE_URL: &str = "postgres://ingest:@@s@@@10.20.0.14/fleet";

pub async fn pool() -> sqlx::PgPool {
    PgPoolOptions::new().max_connections(4).connect(DATABASE_URL).await.expect("db")
}
""", rand_pw(24))

add("blind-ms/swift/api-token", "slowboat/ios/SlowBoat/Services/ManifestAPI.swift", SWIFT, """import Foundation

// ບັນຊີຜູ້ໂດຍສານ (passenger manifest) upload
enum ManifestAPI {
    static let base = URL(string: "https://api.mekongslowboat.la/v2")!
    static let token = "@@s@@"

    static func request(_ path: String) -> URLRequest {
        var r = URLRequest(url: base.appendingPathComponent(path))
        r.setValue("Bearer \\(token)", forHTTPHeaderField: "Authorization")
        return r
    }
}
""", "msb_live_" + rand_pw(40))

add("blind-ms/swift/decoy-plist-reference", "slowboat/ios/SlowBoat/Services/Keys.swift", SWIFT, """import Foundation

// ກະແຈອ່ານຈາກ Info.plist ທີ່ CI ສ້າງ (keys read from the Info.plist CI generates)
enum Keys {
    static var mapsKey: String {
        Bundle.main.object(forInfoDictionaryKey: "MAPS_API_KEY") as? String ?? ""
    }
    static let sentryDSNPublic = "https://@@k@@@o450812.ingest.sentry.io/5512345"
}
""", k=hexs(32))

# ---- shell, PowerShell --------------------------------------------------------------------------
add("blind-ms/shell/pgpassword-export", "ops/scripts/backup_booking.sh", PG, """#!/usr/bin/env bash
# ສຳຮອງຂໍ້ມູນການຈອງທຸກຄືນ (nightly booking backup)
set -euo pipefail
export PGPASSWORD='@@s@@'
stamp=$(date +%Y%m%d)
pg_dump -h 10.20.0.14 -U slowboat_admin slowboat | gzip > /srv/backup/booking-$stamp.sql.gz
rclone copy /srv/backup/booking-$stamp.sql.gz b2:slowboat-backup/
""", words_pw())

add("blind-ms/shell/decoy-read-secret", "ops/scripts/restore_booking.sh", BASH, """#!/usr/bin/env bash
# ກູ້ຂໍ້ມູນຄືນ (restore) - password asked at the prompt, never stored
set -euo pipefail
read -rsp "Postgres password for slowboat_admin: " PGPASSWORD; echo
export PGPASSWORD
gunzip -c "$1" | psql -h 10.20.0.14 -U slowboat_admin slowboat
unset PGPASSWORD
""")

add("blind-ms/shell/curl-basic-auth", "ops/scripts/push_manifest.sh", CURL, """#!/bin/sh
# ສົ່ງບັນຊີຜູ້ໂດຍສານໄປດ່ານ Huay Xai (send manifest to the Huay Xai checkpoint portal)
DAY=${1:-$(date +%F)}
curl -fsS -u manifest_hxi:@@s@@ \\
  -F "file=@/srv/manifests/$DAY.csv" \\
  https://portal.bokeo-tourism.la/api/manifests
""", rand_pw(16))

add("blind-ms/shell/heredoc-pgpass", "ops/scripts/setup_replica.sh", BASH, """#!/usr/bin/env bash
set -e
# ຕັ້ງເຄື່ອງ replica ຢູ່ Luang Prabang
cat > ~/.pgpass <<EOF
10.20.0.14:5432:*:replicator:@@s@@
EOF
chmod 600 ~/.pgpass
pg_basebackup -h 10.20.0.14 -U replicator -D /var/lib/postgresql/16/main -R -P
""", passphrase())

add("blind-ms/shell/decoy-op-inject", "ops/scripts/env_from_1password.sh", "https://developer.1password.com/docs/cli/secrets-scripts/", """#!/usr/bin/env bash
# ດຶງຄ່າລັບຈາກ 1Password (pull secrets from 1Password)
export STRIPE_SECRET_KEY="$(op read 'op://Slowboat/Stripe/secret key')"
export BCEL_ONEPAY_SECRET="$(op read 'op://Slowboat/OnePay/credential')"
export DATABASE_URL="$(op read 'op://Slowboat/Booking DB/url')"
exec "$@"
""")

add("blind-ms/powershell/securestring-plain", "bolaven/ops/Sync-Invoices.ps1", PWSH, """# ຊິງໃບແຈ້ງໜີ້ໄປ SQL Server (sync invoices)
$user = "BOLAVEN\\svc_invoice"
$pass = ConvertTo-SecureString '@@s@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
Invoke-Sqlcmd -ServerInstance "10.30.1.9" -Database Invoicing -Credential $cred `
  -Query "EXEC dbo.SyncInvoices @season = '2024/25'"
""", words_pw())

add("blind-ms/powershell/decoy-get-credential", "bolaven/ops/Backup-Erp.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.secretmanagement/get-secret", """# ສຳຮອງ ERP (ERP backup) - credential from the SecretStore vault
$cred = Get-Secret -Name "erp-sql" -Vault BolavenStore
$stamp = Get-Date -Format yyyyMMdd
Backup-SqlDatabase -ServerInstance "10.30.1.9" -Database ERP -Credential $cred `
  -BackupFile "D:\\Backup\\ERP-$stamp.bak"
""")

add("blind-ms/powershell/storage-key", "bolaven/ops/Upload-Photos.ps1", "https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage", """# ຮູບຖ່າຍຕົວຢ່າງກາເຟ (cupping sample photos) -> Azure blob
$ctx = New-AzStorageContext -StorageAccountName "bolavenphotos" `
  -StorageAccountKey "@@s@@"
Get-ChildItem "C:\\Cupping\\2024" -Filter *.jpg | ForEach-Object {
  Set-AzStorageBlobContent -File $_.FullName -Container "cupping" -Context $ctx -Force
}
""", rand_pw(86, "+/") + "==")

# ---- CI, Dockerfile -------------------------------------------------------------------------------
add("blind-ms/github-actions/decoy-secrets-context", ".github/workflows/deploy.yml", GHA, """name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: ປ່ອຍເວີຊັນ (release)
        env:
          KUBECONFIG_DATA: ${{ secrets.KUBECONFIG_DATA }}
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
        run: ./ops/deploy.sh
""")

add("blind-ms/github-actions/npm-token-inline", ".github/workflows/publish-ui.yml", GHA, """name: publish-ui
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
      - run: npm publish --access public
        env:
          NODE_AUTH_TOKEN: @@s@@
""", npm_token())

add("blind-ms/gitlab-ci/deploy-token", "bolaven/.gitlab-ci.yml", GITLAB, """stages: [build, deploy]

variables:
  REGISTRY: registry.bolavencoffee.la
  # ໂທເຄັນຊົ່ວຄາວ (temporary token) - Viengsavanh
  GITLAB_TOKEN: "@@s@@"

build:
  stage: build
  script:
    - docker build -t $REGISTRY/erp:$CI_COMMIT_SHORT_SHA .
    - docker push $REGISTRY/erp:$CI_COMMIT_SHORT_SHA
""", gitlab_token())

add("blind-ms/gitlab-ci/decoy-masked-variable", "fleet/.gitlab-ci.yml", GITLAB, """stages: [test]

test:
  stage: test
  image: golang:1.22
  variables:
    FLEET_DSN: "postgres://fleet:${FLEET_DB_PASSWORD}@db:5432/fleet?sslmode=disable"
  services:
    - name: postgres:16
      alias: db
  script:
    - go test ./...
""")

add("blind-ms/dockerfile/env-api-key", "slowboat/chat/Dockerfile", DOCKER, """FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
# ຊົ່ວຄາວເພື່ອທົດສອບ (temporary, for testing)
ENV OPENAI_API_KEY=@@s@@
CMD ["python", "-m", "slowboat.chat.faq_bot"]
""", openai())

add("blind-ms/dockerfile/decoy-build-secret", "bolaven/erp/Dockerfile", "https://docs.docker.com/build/building/secrets/", """# syntax=docker/dockerfile:1
FROM python:3.12-slim
WORKDIR /srv/erp
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pypi.bolavencoffee.la/simple" \\
    pip install -r requirements.txt
COPY . .
CMD ["gunicorn", "erp.wsgi", "-b", "0.0.0.0:8000"]
""")

add("blind-ms/dockerfile/arg-password", "bolaven/warehouse/Dockerfile", DOCKER, """FROM mysql:8.0
# ສາງ Paksong (warehouse) test image
ARG MYSQL_ROOT_PASSWORD=@@s@@
ENV MYSQL_ROOT_PASSWORD=${MYSQL_ROOT_PASSWORD}
COPY schema.sql /docker-entrypoint-initdb.d/
EXPOSE 3306
""", words_pw())

# ---- client configs ---------------------------------------------------------------------------------
add("blind-ms/npmrc/auth-token", "slowboat/web/.npmrc", NPMRC, """@mekongslowboat:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
engine-strict=true
fund=false
""", npm_token())

add("blind-ms/npmrc/decoy-env-token", "bolaven/shop/.npmrc", NPMRC, """@bolaven:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}
always-auth=true
save-exact=true
fund=false
""")

add("blind-ms/pypirc/pypi-token", "bolaven/tools/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@s@@
""", fakes.pypi_token(_seed()))

add("blind-ms/aws-credentials/access-key", "ops/aws/credentials", AWS, """[default]
region = ap-southeast-1

[slowboat-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
""", aws_secret(), kid=aws_id())

add("blind-ms/aws-credentials/decoy-sso-profile", "ops/aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", """[profile slowboat-admin]
sso_session = mekong
sso_account_id = 481726350912
sso_role_name = AdministratorAccess
region = ap-southeast-1

[sso-session mekong]
sso_start_url = https://mekongslowboat.awsapps.com/start
sso_region = ap-southeast-1
""")

add("blind-ms/netrc/password", "ops/home/.netrc", "https://everything.curl.dev/usingcurl/netrc.html", """machine portal.bokeo-tourism.la
  login manifest_hxi
  password @@s@@
machine ftp.bolavencoffee.la
  login anonymous
  password guest@
""", rand_pw(14))

add("blind-ms/shell-history/git-remote-token", "ops/home/khamla/.bash_history", HIST, """cd ~/src/slowboat-web
git status
git remote -v
git remote set-url origin https://khamla-ops:@@s@@@github.com/mekongslowboat/slowboat-web.git
git pull --rebase
npm ci
npm run build
sudo systemctl restart slowboat-web
journalctl -u slowboat-web -n 50
""", github_token())

add("blind-ms/ssh-key/private-key", "ops/keys/deploy_booking", SSH, """@@s@@
""", pem("OPENSSH"))

add("blind-ms/ssh-key/decoy-public-key", "ops/keys/deploy_booking.pub", SSH, """ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k@@ deploy@booking-hxi
# ກະແຈສາທາລະນະ (public key) - add to ~/.ssh/authorized_keys on the booking host
# fingerprint: SHA256:@@f@@
# added 2024-10-03 by Khamla
# rotate with ops/keys/ROTATE.md
""", k=rand_pw(43, "+/"), f=rand_pw(43, "+/"))

add("blind-ms/pip-conf/index-password", "bolaven/erp/pip.conf", PIP, """[global]
index-url = https://erp-ci:@@s@@@pypi.bolavencoffee.la/simple
trusted-host = pypi.bolavencoffee.la
timeout = 60
disable-pip-version-check = true
""", rand_pw(24))

add("blind-ms/mysql-cnf/client-password", "bolaven/warehouse/.my.cnf", MYSQL, """[client]
user=lotsync
password="@@s@@"
host=10.30.1.7

[mysqldump]
single-transaction
""", words_pw())

# ---- documentation, notes, runbooks ---------------------------------------------------------------
add("blind-ms/markdown/runbook-db-password", "docs/runbooks/booking-db-failover.md", MD, """# ແຜນສຳຮອງເມື່ອຖານຂໍ້ມູນລົ້ມ (booking DB failover)

1. SSH to the Luang Prabang replica: `ssh ops@10.20.1.4`
2. Promote: `sudo -u postgres pg_ctl promote -D /var/lib/postgresql/16/main`
3. Point the web app at the replica and log in as admin to check bookings:

```
psql "host=10.20.1.4 user=slowboat_admin password=@@s@@ dbname=slowboat"
```

4. ແຈ້ງທີມໃນ Telegram ວ່າເຮືອມື້ອື່ນຍັງຂາຍປີ້ໄດ້ (tell the team tomorrow's boats are still on sale).
""", words_pw())

add("blind-ms/markdown/decoy-readme-placeholders", "slowboat/web/README.md", MD, """# Mekong Slow Boat - booking site

ເວັບໄຊທ໌ຈອງປີ້ເຮືອຊ້າ Huay Xai -> Pakbeng -> Luang Prabang.

## Setup

```bash
cp .env.example .env
# then fill in:
#   STRIPE_SECRET_KEY=sk_test_...        (from the Stripe dashboard, test mode)
#   BCEL_ONEPAY_SECRET=<ask Noy>
#   DATABASE_URL=postgres://slowboat:<password>@localhost:5432/slowboat_dev
npm ci && npm run dev
```

Never commit `.env`; production values live in 1Password (vault "Slowboat").
""")

add("blind-ms/markdown/onboarding-table", "docs/wiki/new-staff-accounts.md", MD, """# ບັນຊີສຳລັບພະນັກງານໃໝ່ (accounts for new staff) - Pakse office

| System | URL | User | Password |
|---|---|---|---|
| ERP | https://erp.bolavencoffee.la | (your name) | set on first login |
| Shared mailbox | https://mail.bolavencoffee.la | export@bolavencoffee.la | @@s@@ |
| Warehouse tablet | - | paksong | PIN from Bounmy |

ກະລຸນາປ່ຽນລະຫັດຜ່ານຫຼັງຈາກເຂົ້າສູ່ລະບົບຄັ້ງທຳອິດ.
""", words_pw())

add("blind-ms/markdown/decoy-api-docs-example", "docs/api/manifest-api.md", MD, """# Manifest API v2

Authenticate with a bearer token issued in the admin panel (ໜ້າຜູ້ບໍລິຫານ):

```http
POST /v2/manifests HTTP/1.1
Host: api.mekongslowboat.la
Authorization: Bearer <YOUR_TOKEN>
Content-Type: text/csv
```

Tokens start with `msb_live_` (production) or `msb_test_` (sandbox) followed by 40 characters,
for example `msb_test_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`.
""")

add("blind-ms/markdown/slack-webhook-note", "docs/notes/alerts-setup.md", MD, """## ແຈ້ງເຕືອນ Slack (Slack alerts)

ສ້າງ webhook ແລ້ວ (created the webhook), channel #boats-full:

@@s@@

Use it in `lib/alerts.js`. Later we will move it to the env.
- Noy, 2024-09-14
""", slack_webhook())

add("blind-ms/rst/decoy-config-reference", "docs/erp/configuration.rst", RST, """Configuration
=============

ERP ອ່ານຄ່າຕັ້ງຈາກ environment variables:

``DATABASE_PASSWORD``
    Password of the ``erp`` role. Stored in Vault at ``kv/bolaven/erp``.

``REDIS_URL``
    For example ``redis://:PASSWORD@cache.internal:6379/2``.

``SENDGRID_API_KEY``
    Starts with ``SG.``; create one per environment.
""")

add("blind-ms/rst/smtp-password", "docs/erp/mail.rst", RST, """Outgoing mail
=============

ເຊີບເວີສົ່ງອີເມວ (SMTP relay) for contracts and invoices:

.. code-block:: ini

   [smtp]
   host = smtp.bolavencoffee.la
   port = 587
   user = export@bolavencoffee.la
   password = @@s@@
""", words_pw())

add("blind-ms/html/decoy-publishable-checkout", "slowboat/web/public/checkout.html", STRIPE, """<!doctype html>
<html lang="lo">
<head><meta charset="utf-8"><title>ຈ່າຍມັດຈຳ - Deposit</title>
<script src="https://js.stripe.com/v3/"></script></head>
<body>
<div id="card"></div>
<script>
  const stripe = Stripe("@@pk@@");
  const card = stripe.elements().create("card");
  card.mount("#card");
</script>
</body>
</html>
""", pk=stripe_key("pk_live_"))

add("blind-ms/html/admin-basic-auth", "slowboat/legacy/admin/report.html", HTML, """<!doctype html>
<html lang="lo">
<head><meta charset="utf-8"><title>ລາຍງານປະຈຳວັນ (daily report)</title></head>
<body>
<h1>Passengers per boat</h1>
<iframe src="https://report:@@s@@@stats.mekongslowboat.la/daily?route=HXI-LPQ" width="100%" height="600"></iframe>
</body>
</html>
""", rand_pw(15))

add("blind-ms/text/notes-onepay", "docs/notes/onepay-go-live.txt", "https://www.bcel.com.la/bcel/onepay.html", """OnePay go-live notes (ບັນທຶກ)
-------------------------------
- merchant id: mch5c2f1a3b
- shop code: ONEPAY-SLOWBOAT-LPQ
- secret (from BCEL email 12/10): @@s@@
- callback: https://book.mekongslowboat.la/api/onepay/callback
- test with 1,000 LAK first
""", rand_pw(32))

add("blind-ms/text/decoy-rotation-note", "docs/notes/key-rotation-2024.txt", "https://docs.stripe.com/keys#rolling-keys", """ປ່ຽນກະແຈ (key rotation) 2024-11-02
- Stripe secret key rolled; old key ending ...4fQz expired after 12h
- new key stored in 1Password: op://Slowboat/Stripe/secret key
- OnePay secret: requested new one from BCEL, not received yet
- Telegram bot token revoked via @BotFather, new one in Vault kv/slowboat/telegram
""")

add("blind-ms/text/wifi-and-router", "docs/notes/pakbeng-guesthouse-router.txt", "https://openwrt.org/docs/guide-user/base-system/uci", """Pakbeng rest stop - router (ເຮືອນພັກ Pakbeng)
model: TP-Link ER605
admin: http://192.168.0.1
user: admin
password: @@s@@
guest wifi: MekongGuest / open portal
""", words_pw())

# ---- logs, CSV, SQL ---------------------------------------------------------------------------
add("blind-ms/log/decoy-redacted", "logs/booking-2024-11-18.log", LOG, """2024-11-18 06:02:11 INFO  booking  starting booking-web 2.7.1
2024-11-18 06:02:11 INFO  config   STRIPE_SECRET_KEY=sk_live_****************(redacted)
2024-11-18 06:02:11 INFO  config   DATABASE_URL=postgres://booking_app:***@10.20.0.14:5432/slowboat
2024-11-18 06:15:40 INFO  booking  new booking BK-88213 HXI->PKB 2 pax
2024-11-18 06:15:42 INFO  payment  intent pi_3Q@@i@@ created
2024-11-18 06:16:03 WARN  notify   telegram send slow (2.4s)
""", i=rand_pw(21))

_sasl = b64("\0export@bolavencoffee.la\0" + words_pw())
add("blind-ms/log/smtp-auth-debug", "logs/erp-mailer-debug.log", "https://www.rfc-editor.org/rfc/rfc4954#section-4", """2024-12-01 09:14:02 DEBUG smtplib send: 'ehlo erp.bolavencoffee.la\\r\\n'
2024-12-01 09:14:02 DEBUG smtplib reply: b'250-smtp.bolavencoffee.la\\r\\n'
2024-12-01 09:14:02 DEBUG smtplib send: 'AUTH PLAIN @@a@@\\r\\n'
2024-12-01 09:14:03 DEBUG smtplib reply: b'235 2.7.0 Authentication successful\\r\\n'
2024-12-01 09:14:03 INFO  mailer contract BL-2024-031 sent to buyer
""", _sasl, a=_sasl)

add("blind-ms/csv/decoy-lot-hashes", "bolaven/exports/lots-2024.csv", CSV, """lot_no,farm_group,village,bags_60kg,grade,cert_sha256
PKS-2024-101,Phou Oy coop,Ban Nong Luang,120,G1,@@h1@@
PKS-2024-102,Lao Jarern,Ban Houay Kong,85,G1,@@h2@@
PKS-2024-103,Thateng group,Ban Lak 35,64,G2,@@h3@@
PKS-2024-104,Phou Oy coop,Ban Nong Luang,40,Peaberry,@@h4@@
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish())

add("blind-ms/csv/agent-accounts", "slowboat/data/agent_logins.csv", CSV, """agency,city,login,password,commission_pct
Sabaidee Travel,Chiang Khong,sabaidee_ck,@@s@@,10
Green Discovery,Luang Prabang,gd_lpq,(reset requested),8
Mekong Smile,Huay Xai,smile_hxi,(uses SSO),10
Tiger Trail,Luang Prabang,tiger_lpq,(disabled),0
""", words_pw())

add("blind-ms/csv/decoy-masked-cards", "slowboat/data/refunds-2024-10.csv", CSV, """booking,passenger,card,amount_usd,refund_id,status
BK-87110,J. Moreau,**** **** **** 4242,45,re_@@r1@@,succeeded
BK-87192,K. Tanaka,**** **** **** 1881,90,re_@@r2@@,succeeded
BK-87240,S. Phommachanh,(OnePay) 020 5x xxx 123,350000 LAK,op-2024-1012,pending
BK-87301,L. Becker,**** **** **** 0005,45,re_@@r3@@,failed
""", r1=rand_pw(24), r2=rand_pw(24), r3=rand_pw(24))

add("blind-ms/sql/create-role-password", "bolaven/erp/db/migrations/0007_reporting_role.sql", SQL, """-- ບົດບາດສຳລັບລາຍງານ (reporting role) for Metabase
CREATE ROLE reporting LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE erp TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON lots, contracts, shipments TO reporting;
""", words_pw())

add("blind-ms/sql/decoy-bcrypt-seed", "slowboat/db/seed_users.sql", "https://en.wikipedia.org/wiki/Bcrypt", """-- ຜູ້ໃຊ້ເລີ່ມຕົ້ນ (seed users); passwords are bcrypt hashes, people reset on first login
INSERT INTO staff (email, role, password_hash) VALUES
  ('noy@mekongslowboat.la', 'admin', '$2b$12$@@h1@@'),
  ('khamla@mekongslowboat.la', 'ops', '$2b$12$@@h2@@'),
  ('desk.lpq@mekongslowboat.la', 'desk', '$2b$12$@@h3@@');
""", h1=rand_pw(53, "./"), h2=rand_pw(53, "./"), h3=rand_pw(53, "./"))

add("blind-ms/sql/mysql-create-user", "bolaven/warehouse/sql/users.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """-- ຜູ້ໃຊ້ສຳລັບເຄື່ອງຊັ່ງ (scale terminal user) at Paksong warehouse
CREATE USER IF NOT EXISTS 'scale_terminal'@'10.30.2.%' IDENTIFIED BY '@@s@@';
GRANT INSERT, SELECT ON warehouse.weighings TO 'scale_terminal'@'10.30.2.%';
FLUSH PRIVILEGES;
-- reviewed by Bounmy 2024-10-20
""", rand_pw(18))

# ---- notebooks --------------------------------------------------------------------------------------
add("blind-ms/notebook/gsheets-key", "bolaven/analysis/harvest_yield.ipynb", NB, """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# ຜົນຜະລິດລະດູ 2024 (harvest yield by village)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\\n", "import requests\\n",
              "API_KEY = \\"@@s@@\\"\\n",
              "SHEET = \\"1dQ7bolavenHarvest2024\\"\\n"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["url = f\\"https://sheets.googleapis.com/v4/spreadsheets/{SHEET}/values/A1:F400?key={API_KEY}\\"\\n",
              "df = pd.DataFrame(requests.get(url).json()['values'])"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", google_key())

add("blind-ms/notebook/decoy-getpass", "slowboat/analysis/occupancy.ipynb", NB, """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# ອັດຕາການນັ່ງເຕັມ (boat occupancy) 2023-2024"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass, psycopg2\\n",
              "pw = getpass.getpass('slowboat_ro password: ')\\n",
              "conn = psycopg2.connect(host='10.20.0.14', dbname='slowboat', user='slowboat_ro', password=pw)"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\\n", "df = pd.read_sql('select * from occupancy_daily', conn)"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-ms/notebook/anthropic-key-output", "slowboat/analysis/review_summaries.ipynb", NB, """{
 "cells": [
  {"cell_type": "code", "execution_count": 3, "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream",
                "text": ["using key @@s@@\\n", "summarised 412 TripAdvisor reviews\\n"]}],
   "source": ["import anthropic, os\\n",
              "client = anthropic.Anthropic()\\n",
              "print('using key', client.api_key)\\n"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", anthropic())

# ---- XML, TOML, INI, JSON, YAML configs ---------------------------------------------------------
add("blind-ms/xml/maven-settings-password", "bolaven/erp-java/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """<settings>
  <servers>
    <!-- ຄັງ artifact ພາຍໃນ (internal repository) -->
    <server>
      <id>bolaven-nexus</id>
      <username>deployer</username>
      <password>@@s@@</password>
    </server>
  </servers>
</settings>
""", words_pw())

add("blind-ms/xml/decoy-encrypted-maven", "bolaven/erp-java/.mvn/settings-security-example.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """<settings>
  <servers>
    <server>
      <id>bolaven-nexus</id>
      <username>deployer</username>
      <!-- encrypted with mvn --encrypt-password; master key stays in ~/.m2/settings-security.xml -->
      <password>{@@c@@=}</password>
    </server>
  </servers>
</settings>
""", c=rand_pw(43, "+/"))

add("blind-ms/xml/web-config-connection", "bolaven/Invoicing.Legacy/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Invoicing"
         connectionString="Data Source=10.30.1.9;Initial Catalog=Invoicing;User ID=inv_legacy;Password=@@s@@"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Exporter" value="Bolaven Plateau Coffee Export" />
  </appSettings>
</configuration>
""", words_pw())

add("blind-ms/xml/decoy-android-strings", "slowboat/android/app/src/main/res/values/strings.xml", "https://developer.android.com/guide/topics/resources/string-resource", """<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">ເຮືອຊ້າ Mekong</string>
    <string name="password_hint">ລະຫັດຜ່ານ (Password)</string>
    <string name="error_wrong_password">Wrong password, try again</string>
    <string name="api_key_label">API key</string>
    <string name="pier_hxi">Huay Xai pier</string>
</resources>
""")

add("blind-ms/toml/cargo-registry-token", "fleet/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """# ໂທເຄັນ crates.io ຂອງ Khamla
[registry]
token = "@@s@@"

[registries.internal]
token = "${INTERNAL_CARGO_TOKEN}"
""", "cio" + rand_pw(32))

add("blind-ms/toml/decoy-pyproject", "bolaven/tools/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """[project]
name = "bolaven-tools"
version = "0.9.2"
description = "ເຄື່ອງມືສົ່ງອອກກາເຟ (coffee export helpers)"
requires-python = ">=3.11"
dependencies = ["requests>=2.31", "keyring>=24"]

[tool.bolaven]
token_source = "keyring:bolaven-tools/pypi"
""")

add("blind-ms/toml/streamlit-secrets", "bolaven/dashboard/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """# ໜ້າປັດລາຄາກາເຟ (coffee price dashboard)
[connections.erp]
dialect = "mysql"
host = "10.30.1.7"
port = 3306
database = "export"
username = "dash_ro"
password = "@@s@@"
""", rand_pw(20))

add("blind-ms/ini/decoy-alembic", "slowboat/db/alembic.ini", "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file", """[alembic]
script_location = migrations
# URL ມາຈາກ env.py ທີ່ອ່ານ DATABASE_URL (URL comes from env.py)
sqlalchemy.url = driver://user:pass@localhost/dbname

[loggers]
keys = root,sqlalchemy,alembic
""")

add("blind-ms/ini/odbc-password", "bolaven/ops/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """[InvoicingDSN]
Driver = ODBC Driver 18 for SQL Server
Server = 10.30.1.9
Database = Invoicing
UID = odbc_report
PWD = @@s@@
TrustServerCertificate = yes
""", words_pw())

_sa_key = pem("").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n") + "\\n"
add("blind-ms/json/service-account-key", "bolaven/analysis/gcp-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """{
  "type": "service_account",
  "project_id": "bolaven-analytics",
  "private_key_id": "@@kid@@",
  "private_key": "@@k@@",
  "client_email": "harvest-etl@bolaven-analytics.iam.gserviceaccount.com",
  "client_id": "10845523719936012345",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _sa_key, kid=hexs(40), k=_sa_key)

add("blind-ms/json/decoy-ask-password", "slowboat/web/.vscode/settings.json", "https://code.visualstudio.com/docs/getstarted/settings", """{
  "editor.formatOnSave": true,
  "files.exclude": {"**/.env": false},
  "dotenv.enableAutocloaking": true,
  "cSpell.words": ["Pakbeng", "Huay", "Xai", "OnePay", "BCEL", "sabaidee"],
  "sqltools.connections": [
    {"name": "local", "driver": "PostgreSQL", "server": "localhost", "database": "slowboat_dev",
     "username": "slowboat", "askForPassword": true}
  ]
}
""")

add("blind-ms/json/sqltools-saved-password", "bolaven/.vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/connections/", """{
  "sqltools.connections": [
    {
      "name": "warehouse (Paksong)",
      "driver": "MySQL",
      "server": "10.30.1.7",
      "port": 3306,
      "database": "warehouse",
      "username": "bounmy",
      "password": "@@s@@"
    }
  ]
}
""", words_pw())

add("blind-ms/json/decoy-composer-auth-example", "slowboat/legacy/auth.json.dist", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md", """{
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "YOUR-PACKAGIST-TOKEN-HERE"
        }
    },
    "github-oauth": {"github.com": "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}
}
""")

add("blind-ms/json/composer-auth-github", "slowboat/legacy/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#github-oauth", """{
    "github-oauth": {
        "github.com": "@@s@@"
    },
    "http-basic": {}
}
""", github_token())

add("blind-ms/yaml/decoy-openapi-security", "docs/api/openapi.yaml", "https://swagger.io/docs/specification/authentication/bearer-authentication/", """openapi: 3.0.3
info:
  title: Mekong Slow Boat Manifest API
  version: "2.0"
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      description: "ໂທເຄັນຈາກໜ້າຜູ້ບໍລິຫານ (token from the admin panel), e.g. msb_test_..."
security:
  - bearerAuth: []
paths: {}
""")

add("blind-ms/yaml/spring-mail-password", "bolaven/erp-java/src/main/resources/application-prod.yml", SPRING, """spring:
  mail:
    host: smtp.bolavencoffee.la
    port: 587
    username: contracts@bolavencoffee.la
    password: @@s@@
    properties:
      mail.smtp.starttls.enable: true
bolaven:
  export:
    default-incoterm: FOB Laem Chabang
""", words_pw())

add("blind-ms/yaml/decoy-sops-encrypted", "deploy/secrets/payments.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """stripe_secret_key: ENC[AES256_GCM,data:@@d@@,iv:@@iv@@,tag:@@t@@,type:str]
onepay_secret: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
  age:
    - recipient: age1@@r@@
  lastmodified: "2024-11-02T03:14:07Z"
  version: 3.8.1
""", d=rand_pw(44, "+/"), iv=rand_pw(43, "+/") + "=", t=rand_pw(22, "+/") + "==", d2=rand_pw(43, "+/") + "=",
    iv2=rand_pw(43, "+/") + "=", t2=rand_pw(22, "+/") + "==", r="".join(_rng().choice("qpzry9x8gf2tvdw0s3jn54khce6mua7l") for _ in range(58)))

add("blind-ms/yaml/discord-webhook-alertmanager", "ops/monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#discord_config", """route:
  receiver: crew-discord
  group_wait: 30s
receivers:
  - name: crew-discord
    discord_configs:
      # ຊ່ອງແຈ້ງເຕືອນຂອງລູກເຮືອ (crew alerts channel)
      - webhook_url: "@@s@@"
        title: "Boat tracker alert"
""", discord_webhook())

add("blind-ms/yaml/decoy-alertmanager-file", "ops/monitoring/alertmanager-bolaven.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """route:
  receiver: export-slack
receivers:
  - name: export-slack
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_webhook
        channel: "#export-ops"
        title: "ສາງ Paksong: {{ .CommonLabels.alertname }}"
""")

add("blind-ms/yaml/grafana-datasource", "ops/monitoring/grafana/provisioning/datasources/erp.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", """apiVersion: 1
datasources:
  - name: ERP MySQL
    type: mysql
    url: 10.30.1.7:3306
    user: grafana_ro
    jsonData:
      database: export
    secureJsonData:
      password: "@@s@@"
""", rand_pw(18))

add("blind-ms/yaml/decoy-grafana-env", "ops/monitoring/grafana/provisioning/datasources/fleet.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables", """apiVersion: 1
datasources:
  - name: Fleet Postgres
    type: postgres
    url: 10.20.0.14:5432
    user: grafana_ro
    jsonData:
      database: fleet
      sslmode: require
    secureJsonData:
      password: $FLEET_GRAFANA_PASSWORD
""")

add("blind-ms/yaml/circleci-env-token", ".circleci/config.yml", "https://circleci.com/docs/set-environment-variable/", """version: 2.1
jobs:
  test:
    docker:
      - image: cimg/node:20.11
    environment:
      SENTRY_AUTH_TOKEN: @@s@@
    steps:
      - checkout
      - run: npm ci && npm test
""", "sntryu_" + hexs(64))

add("blind-ms/bitbucket-pipelines/decoy-variables", "bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/", """image: python:3.12
pipelines:
  default:
    - step:
        name: ທົດສອບ (tests)
        script:
          - pip install -r requirements.txt
          - export DATABASE_URL="postgres://erp:$ERP_DB_PASSWORD@localhost/erp_test"
          - pytest -q
        services: [postgres]
""")

# ---- server and tool configs ------------------------------------------------------------------------
add("blind-ms/wireguard/private-key", "ops/vpn/wg-pakbeng.conf", "https://www.wireguard.com/quickstart/", """# ອຸໂມງ VPN ຈາກຈຸດພັກ Pakbeng ຫາ Huay Xai (Pakbeng rest stop -> Huay Xai office)
[Interface]
Address = 10.99.0.3/24
PrivateKey = @@s@@
ListenPort = 51820

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.mekongslowboat.la:51820
AllowedIPs = 10.20.0.0/16
""", rand_pw(43, "+/") + "=", pub=rand_pw(43, "+/") + "=")

add("blind-ms/wireguard/decoy-public-only", "ops/vpn/peers.md", MD, """# VPN peers (ກະແຈສາທາລະນະເທົ່ານັ້ນ - public keys only)

| Site | Address | PublicKey |
|---|---|---|
| Huay Xai office | 10.99.0.1 | @@p1@@ |
| Luang Prabang desk | 10.99.0.2 | @@p2@@ |
| Pakbeng rest stop | 10.99.0.3 | @@p3@@ |

Private keys never leave the device (`wg genkey` on the box itself).
""", p1=rand_pw(43, "+/") + "=", p2=rand_pw(43, "+/") + "=", p3=rand_pw(43, "+/") + "=")

add("blind-ms/rclone/b2-key", "ops/backup/rclone.conf", "https://rclone.org/b2/", """[b2]
type = b2
account = 0052@@acct@@0000000003
key = @@s@@
hard_delete = false

[local-archive]
type = local
""", "K005" + rand_pw(27), acct=hexs(8))

add("blind-ms/htpasswd/decoy-apr1-hashes", "ops/nginx/.htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """noy:$apr1$@@s1@@$@@h1@@
khamla:$apr1$@@s2@@$@@h2@@
desk_lpq:$apr1$@@s3@@$@@h3@@
bounmy:$apr1$@@s4@@$@@h4@@
somphone:$apr1$@@s5@@$@@h5@@
""", s1=rand_pw(8), h1=rand_pw(22, "./"), s2=rand_pw(8), h2=rand_pw(22, "./"), s3=rand_pw(8),
    h3=rand_pw(22, "./"), s4=rand_pw(8), h4=rand_pw(22, "./"), s5=rand_pw(8), h5=rand_pw(22, "./"))

add("blind-ms/nginx/proxy-basic-auth-header", "ops/nginx/sites-available/stats.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", """server {
    listen 443 ssl;
    server_name stats.mekongslowboat.la;
    # ສົ່ງຕໍ່ຫາ Metabase ດ້ວຍບັນຊີບໍລິການ (service account)
    location / {
        proxy_pass http://10.20.0.30:3000;
        proxy_set_header Authorization "Basic @@s@@";
    }
}
""", b64("metabase_proxy:" + words_pw()))

add("blind-ms/systemd/environment-password", "ops/systemd/gps-ingest.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", """[Unit]
Description=GPS ingest for slow boats (ຮັບຂໍ້ມູນ GPS ເຮືອ)
After=network-online.target

[Service]
User=fleet
Environment="MQTT_USER=ingest"
Environment="MQTT_PASSWORD=@@s@@"
ExecStart=/opt/fleet/bin/ingest --broker tls://mqtt.mekongslowboat.la:8883
Restart=always

[Install]
WantedBy=multi-user.target
""", words_pw())

add("blind-ms/systemd/decoy-load-credential", "ops/systemd/booking-web.service", "https://systemd.io/CREDENTIALS/", """[Unit]
Description=Booking web (ເວັບຈອງປີ້)
After=network-online.target

[Service]
User=slowboat
LoadCredentialEncrypted=stripe_key:/etc/credstore.encrypted/stripe_key
EnvironmentFile=-/etc/slowboat/booking.env
ExecStart=/usr/bin/node /opt/slowboat/web/server.js
Restart=on-failure
""")

add("blind-ms/crontab/mysqldump-password", "ops/cron/warehouse.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", """# ສຳຮອງສາງທຸກມື້ 23:30 (daily warehouse backup)
MAILTO=ops@bolavencoffee.la
30 23 * * * mysqldump -h 10.30.1.7 -u backup -p'@@s@@' warehouse | gzip > /srv/backup/wh-$(date +\\%F).sql.gz
0 3 * * 0 find /srv/backup -name 'wh-*.sql.gz' -mtime +30 -delete
15 6 * * * /opt/bolaven/bin/price-fetch --market ice-arabica
""", words_pw())

add("blind-ms/makefile/decoy-env-passthrough", "bolaven/erp/Makefile", "https://www.gnu.org/software/make/manual/make.html#Environment", """# ຄຳສັ່ງຊ່ວຍ (helper targets)
DB_URL ?= mysql://erp:$(ERP_DB_PASSWORD)@localhost:3306/erp

migrate:
	DATABASE_URL=$(DB_URL) python manage.py migrate

shell:
	DATABASE_URL=$(DB_URL) python manage.py shell_plus

.PHONY: migrate shell
""")

add("blind-ms/makefile/registry-login", "fleet/Makefile", "https://docs.docker.com/reference/cli/docker/login/", """IMAGE := registry.mekongslowboat.la/fleet/ingest
TAG   := $(shell git rev-parse --short HEAD)

push:
	docker login registry.mekongslowboat.la -u ci -p @@s@@
	docker build -t $(IMAGE):$(TAG) .
	docker push $(IMAGE):$(TAG)

.PHONY: push
""", rand_pw(22))

add("blind-ms/jenkinsfile/decoy-credentials-binding", "bolaven/erp-java/Jenkinsfile", "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/", """pipeline {
  agent any
  stages {
    stage('ສ້າງ ແລະ ປ່ອຍ (build and deploy)') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'nexus-deployer', usernameVariable: 'NX_USER', passwordVariable: 'NX_PASS')]) {
          sh './mvnw -s .mvn/settings.xml deploy -Dnexus.user=$NX_USER -Dnexus.pass=$NX_PASS'
        }
      }
    }
  }
}
""")

add("blind-ms/groovy/jenkins-inline-password", "bolaven/erp-java/ci/release.groovy", "https://www.jenkins.io/doc/book/pipeline/syntax/", """// ປ່ອຍເວີຊັນ ERP (ERP release job) - old script, to be replaced
node {
  stage('deploy') {
    sh '''
      sshpass -p '@@s@@' scp target/erp.war deploy@10.30.1.5:/opt/tomcat/webapps/
      sshpass -p '@@s@@' ssh deploy@10.30.1.5 'sudo systemctl restart tomcat'
    '''
  }
}
""", words_pw())

add("blind-ms/kubeconfig/client-token", "ops/kube/slowboat-prod.kubeconfig", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """apiVersion: v1
kind: Config
clusters:
  - name: slowboat-prod
    cluster:
      server: https://k8s.mekongslowboat.la:6443
      certificate-authority-data: @@ca@@
users:
  - name: deployer
    user:
      token: @@s@@
contexts:
  - name: prod
    context: {cluster: slowboat-prod, user: deployer, namespace: slowboat}
current-context: prod
""", "eyJhbGciOiJSUzI1NiIsImtpZCI6I" + rand_pw(40) + "." + rand_pw(180, "_-") + "." + rand_pw(86, "_-"), ca=b64("-----BEGIN CERTIFICATE-----\n" + rand_pw(64, "+/") + "\n-----END CERTIFICATE-----\n"))

add("blind-ms/kubeconfig/decoy-exec-plugin", "ops/kube/bolaven-eks.kubeconfig", "https://docs.aws.amazon.com/eks/latest/userguide/create-kubeconfig.html", """apiVersion: v1
kind: Config
clusters:
  - name: bolaven-eks
    cluster:
      server: https://@@h@@.gr7.ap-southeast-1.eks.amazonaws.com
users:
  - name: bolaven-admin
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: ["eks", "get-token", "--cluster-name", "bolaven-eks", "--profile", "bolaven"]
contexts:
  - name: bolaven
    context: {cluster: bolaven-eks, user: bolaven-admin}
current-context: bolaven
""", h=hexs(32).upper())

add("blind-ms/docker-config/auth-base64", "ops/home/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """{
  "auths": {
    "registry.bolavencoffee.la": {
      "auth": "@@s@@"
    }
  },
  "currentContext": "default"
}
""", b64("ci-builder:" + rand_pw(20)))

add("blind-ms/docker-config/decoy-creds-store", "ops/home/.docker/config.desktop.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """{
  "auths": {
    "ghcr.io": {},
    "registry.mekongslowboat.la": {}
  },
  "credsStore": "desktop",
  "currentContext": "desktop-linux"
}
""")

add("blind-ms/pgbouncer/userlist-plain", "ops/pgbouncer/userlist.txt", "https://www.pgbouncer.org/config.html#authentication-file-format", """;; pgbouncer users (ຜູ້ໃຊ້) - auth_type = plain, temporary until SCRAM migration
"booking_app" "@@s@@"
;; the others come from auth_query
"pgbouncer_admin" ""
"stats" ""
""", words_pw())

add("blind-ms/pgbouncer/decoy-auth-query", "ops/pgbouncer/pgbouncer.ini", "https://www.pgbouncer.org/config.html#auth_query", """[databases]
slowboat = host=10.20.0.14 port=5432 dbname=slowboat
fleet = host=10.20.0.14 port=5432 dbname=fleet

[pgbouncer]
listen_addr = 0.0.0.0
listen_port = 6432
auth_type = scram-sha-256
auth_user = pgbouncer_lookup
auth_query = SELECT usename, passwd FROM pgbouncer.get_auth($1)
; ລະຫັດຂອງ auth_user ຢູ່ໃນ userlist.txt ທີ່ Ansible ສ້າງ (rendered by Ansible from Vault)
auth_file = /etc/pgbouncer/userlist.txt
pool_mode = transaction
""")

add("blind-ms/msmtp/password", "ops/home/.msmtprc", "https://marlam.de/msmtp/msmtp.html#Configuration-files", """defaults
auth on
tls on
account bolaven
host smtp.bolavencoffee.la
port 587
from reports@bolavencoffee.la
user reports@bolavencoffee.la
password @@s@@
account default : bolaven
""", words_pw())

add("blind-ms/msmtp/decoy-passwordeval", "ops/home/.msmtprc.slowboat", "https://marlam.de/msmtp/msmtp.html#Authentication", """defaults
auth on
tls on
account slowboat
host smtp.gmail.com
port 587
from bookings@mekongslowboat.la
user bookings@mekongslowboat.la
passwordeval "pass show mail/bookings-app-password"
account default : slowboat
""")

# ---- more code ---------------------------------------------------------------------------------------
_line = rand_pw(171, "+/") + "="
add("blind-ms/python/split-token", "slowboat/notify/line_push.py", "https://developers.line.biz/en/reference/messaging-api/#send-push-message", """import requests

# LINE ສຳລັບລູກຄ້າໄທ (LINE for Thai customers crossing at Chiang Khong)
CHANNEL_TOKEN = ("@@a@@"
                 "@@b@@")

def push(user_id: str, text: str) -> None:
    requests.post("https://api.line.me/v2/bot/message/push",
                  headers={"Authorization": f"Bearer {CHANNEL_TOKEN}"},
                  json={"to": user_id, "messages": [{"type": "text", "text": text}]}, timeout=10)
""", _line, a=_line[:86], b=_line[86:])

add("blind-ms/python/json-in-string", "bolaven/erp/integrations/dhl.py", "https://developer.dhl.com/api-reference/shipment-tracking", """import json
import requests

# ຕິດຕາມຕົວຢ່າງກາເຟທີ່ສົ່ງ (track green-bean samples sent by courier)
CONFIG = json.loads('{"base": "https://api-eu.dhl.com/track/shipments", "api_key": "@@s@@"}')

def track(awb: str) -> dict:
    r = requests.get(CONFIG["base"], params={"trackingNumber": awb},
                     headers={"DHL-API-Key": CONFIG["api_key"]}, timeout=15)
    return r.json()
""", rand_pw(32))

add("blind-ms/python/decoy-keyring", "bolaven/tools/bolaven_tools/auth.py", "https://pypi.org/project/keyring/", """import keyring

SERVICE = "bolaven-tools"

def token() -> str:
    # ເກັບໂທເຄັນໃນ keyring ຂອງລະບົບ (stored in the OS keyring)
    value = keyring.get_password(SERVICE, "erp-api")
    if not value:
        raise SystemExit("run: keyring set bolaven-tools erp-api")
    return value
""")

add("blind-ms/python/decoy-fake-fixture-values", "bolaven/erp/tests/conftest.py", "https://docs.pytest.org/en/stable/reference/fixtures.html", """import pytest

# ຄ່າປອມສຳລັບທົດສອບ (fake values for tests; no real service behind them)
@pytest.fixture(autouse=True)
def fake_settings(settings):
    settings.SENDGRID_API_KEY = "SG.fake-key-for-tests"
    settings.DHL_API_KEY = "test"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
""")

add("blind-ms/php/wp-config", "bolaven/website/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """<?php
// ເວັບໄຊທ໌ Bolaven Coffee (WordPress)
define( 'DB_NAME', 'bolaven_wp' );
define( 'DB_USER', 'wp_bolaven' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'bc_';
define( 'WP_DEBUG', false );
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("blind-ms/php/decoy-wp-config-sample", "bolaven/website/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", """<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
$table_prefix = 'wp_';
""")

add("blind-ms/ruby/twilio-client", "bolaven/traceability/app/services/farmer_sms.rb", TWILIO, """# ແຈ້ງລາຄາຮັບຊື້ໃຫ້ຊາວສວນ (SMS buying prices to farmers)
require "twilio-ruby"

class FarmerSms
  CLIENT = Twilio::REST::Client.new("@@sid@@", "@@s@@")

  def self.price(phone, kip_per_kg)
    CLIENT.messages.create(from: "+85620555000", to: phone,
                           body: "ລາຄາກາເຟສົດມື້ນີ້: #{kip_per_kg} ກີບ/ກິໂລ")
  end
end
""", hexs(32), sid=twilio_sid())

add("blind-ms/go/json-config-literal", "fleet/cmd/weather/main.go", "https://openweathermap.org/appid", """package main

import (
	"encoding/json"
	"fmt"
)

// ສະພາບອາກາດຕາມເສັ້ນທາງ (weather along the route) for the captains
var raw = []byte(`{"provider":"openweathermap","appid":"@@s@@","points":["Huay Xai","Pakbeng","Luang Prabang"]}`)

func main() {
	var cfg map[string]any
	_ = json.Unmarshal(raw, &cfg)
	fmt.Println(cfg["points"])
}
""", hexs(32))

add("blind-ms/go/decoy-test-key", "fleet/internal/gps/mqtt_test.go", "https://pkg.go.dev/testing", """package gps

import "testing"

// ລະຫັດຜ່ານປອມສຳລັບ broker ທົດສອບໃນເຄື່ອງ (fake password for the local test broker)
const testPassword = "test-password"

func TestNewClient(t *testing.T) {
	t.Setenv("MQTT_PASSWORD", testPassword)
	if NewClient() == nil {
		t.Fatal("nil client")
	}
}
""")

add("blind-ms/dart/flutter-api-key", "slowboat/flutter_app/lib/config.dart", "https://dart.dev/language/variables", """// ແອັບລູກຄ້າ (customer app) - ເວີຊັນ Flutter
class AppConfig {
  static const apiBase = 'https://api.mekongslowboat.la/v2';
  static const onepayMcid = 'mch5c2f1a3b';
  static const bookingApiSecret = '@@s@@';
  static const defaultLocale = 'lo';
}
""", "msb_live_" + rand_pw(40))

add("blind-ms/dart/decoy-dart-define", "slowboat/flutter_app/lib/env.dart", "https://dart.dev/guides/environment-declarations", """// ຄ່າມາຈາກ --dart-define ຕອນ build (values from --dart-define at build time)
class Env {
  static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://api.mekongslowboat.la/v2');
  static const mapsKey = String.fromEnvironment('MAPS_KEY');
  static const sentryDsn = String.fromEnvironment('SENTRY_DSN');
}
""")

add("blind-ms/lua/redis-auth", "ops/nginx/lua/rate_limit.lua", "https://github.com/openresty/lua-resty-redis#auth", """-- ຈຳກັດການຈອງຕໍ່ IP (per-IP booking rate limit)
local redis = require "resty.redis"
local red = redis:new()
red:set_timeout(200)
local ok, err = red:connect("10.20.0.21", 6379)
if not ok then return end
local res, err = red:auth("@@s@@")
local n = red:incr("rl:" .. ngx.var.remote_addr)
if n > 30 then return ngx.exit(429) end
""", redis_pw())

add("blind-ms/perl/ftp-password", "bolaven/legacy/bin/send_prices.pl", "https://metacpan.org/pod/Net::FTP", """#!/usr/bin/perl
# ສົ່ງລາຄາປະຈຳອາທິດໃຫ້ສະຫະກອນ (weekly prices to the cooperative)
use strict;
use Net::FTP;
my $ftp = Net::FTP->new("ftp.phouoy-coop.la") or die "connect: $@";
$ftp->login("bolaven", "@@s@@") or die "login failed";
$ftp->put("/srv/prices/week.csv");
$ftp->quit;
""", words_pw())

add("blind-ms/r/decoy-keyring", "bolaven/analysis/price_model.R", "https://keyring.r-lib.org/", """# ແບບຈຳລອງລາຄາ (price model) - ICE arabica vs farm-gate
library(DBI)
con <- dbConnect(RMariaDB::MariaDB(), host = "10.30.1.7", dbname = "export",
                 user = "analyst", password = keyring::key_get("bolaven-erp", "analyst"))
prices <- dbGetQuery(con, "SELECT week, ice_usd_lb, farmgate_kip FROM prices")
summary(lm(farmgate_kip ~ ice_usd_lb, data = prices))
""")

add("blind-ms/r/renviron-token", "bolaven/analysis/.Renviron", "https://rstats.wtf/r-startup.html#renviron", """# ໂທເຄັນ GitHub ສຳລັບ install packages ສ່ວນຕົວ
GITHUB_PAT=@@s@@
R_LIBS_USER=~/R/library
TZ=Asia/Vientiane
LANG=en_US.UTF-8
""", github_token())

add("blind-ms/scala/decoy-typesafe-config", "bolaven/pricing/src/main/resources/application.conf", "https://github.com/lightbend/config#uses-of-substitutions", """pricing {
  # ລາຄາຈາກຕະຫຼາດ (market feed)
  feed.url = "https://api.marketfeed.example/ice/kc"
  feed.api-key = ${?MARKET_FEED_KEY}
  db.url = "jdbc:mysql://10.30.1.7:3306/export"
  db.password = ${PRICING_DB_PASSWORD}
}
""")

add("blind-ms/elixir/runtime-secret-key-base", "slowboat/live_board/config/prod.secret.exs", "https://hexdocs.pm/phoenix/deployment.html", """import Config

# ກະດານເວລາອອກເຮືອ (live departure board) at the piers
config :live_board, LiveBoardWeb.Endpoint,
  secret_key_base: "@@s@@"

config :live_board, LiveBoard.Repo,
  url: System.get_env("DATABASE_URL"),
  pool_size: 5
""", rand_pw(64, "+/"))

add("blind-ms/c/decoy-template-placeholder", "fleet/firmware/include/secrets_template.h", "https://en.cppreference.com/w/c/preprocessor/replace", """/* ສຳເນົາເປັນ secrets.h ແລ້ວຕື່ມ (copy to secrets.h and fill in; secrets.h is gitignored) */
#pragma once
#define WIFI_SSID      "YOUR_SSID"
#define WIFI_PASSWORD  "YOUR_WIFI_PASSWORD"
#define MQTT_USER      "gateway"
#define MQTT_PASSWORD  ""
#define MQTT_HOST      "mqtt.mekongslowboat.la"
""")

add("blind-ms/c/firmware-mqtt-password", "fleet/firmware/include/secrets.h", "https://docs.arduino.cc/arduino-cloud/guides/arduino-secrets/", """/* ເຄື່ອງຕິດຕາມເຮືອ (boat tracker) firmware secrets - boat NAGA-2 */
#pragma once
#define WIFI_SSID      "NAGA2-onboard"
#define WIFI_PASSWORD  ""   /* open onboard network */
#define MQTT_USER      "gateway"
#define MQTT_PASSWORD  "@@s@@"
#define MQTT_HOST      "mqtt.mekongslowboat.la"
""", words_pw())

# ---- payment gateways and SaaS keys -----------------------------------------------------------------
add("blind-ms/python/omise-secret-key", "slowboat/payments/omise_th.py", "https://docs.opn.ooo/keys", """import omise

# ລູກຄ້າໄທຈ່າຍຜ່ານ Omise/Opn (Thai customers pay via Opn) - Chiang Khong agents
omise.api_secret = "@@s@@"
omise.api_public = "@@pk@@"

def charge(token: str, thb: int, booking: str):
    return omise.Charge.create(amount=thb * 100, currency="thb", card=token,
                               description=f"slow boat {booking}")
""", "skey_" + "".join(_rng().choice(string.ascii_lowercase + string.digits) for _ in range(24)),
    pk="pkey_" + "".join(_rng().choice(string.ascii_lowercase + string.digits) for _ in range(24)))

add("blind-ms/javascript/decoy-omise-public", "slowboat/web/public/js/opn-card.js", "https://docs.opn.ooo/omise-js", """// ຟອມບັດ (card form) - only the PUBLIC key belongs in the browser
OmiseCard.configure({
  publicKey: "@@pk@@",
  currency: "THB",
  frameLabel: "Mekong Slow Boat",
  submitLabel: "ຈ່າຍ / Pay",
});
""", pk="pkey_" + "".join(_rng().choice(string.ascii_lowercase + string.digits) for _ in range(24)))

add("blind-ms/yaml/paypal-client-secret", "slowboat/payments/paypal.yaml", "https://developer.paypal.com/api/rest/authentication/", """# PayPal ສຳລັບລູກຄ້າເອີຣົບ (European travellers)
paypal:
  mode: live
  client_id: A@@cid@@
  client_secret: @@s@@
  return_url: https://book.mekongslowboat.la/paypal/return
""", "E" + rand_pw(79, "_-"), cid=rand_pw(79, "_-"))

add("blind-ms/markdown/decoy-paypal-env-reference", "docs/payments/paypal-sandbox.md", "https://developer.paypal.com/tools/sandbox/", """# PayPal sandbox (ທົດສອບ)

Use the sandbox app **Slowboat-Sandbox**. Its credentials are in 1Password under
`op://Slowboat/PayPal sandbox`. Test buyer: `sb-buyer@personal.example.com`.

```yaml
paypal:
  mode: sandbox
  client_id: ${PAYPAL_CLIENT_ID}
  client_secret: ${PAYPAL_CLIENT_SECRET}
```
""")

add("blind-ms/dotenv/mapbox-secret-token", "fleet/map/.env", "https://docs.mapbox.com/accounts/guides/tokens/", """# ແຜນທີ່ເສັ້ນທາງແມ່ນ້ຳ (river route map tiles upload)
MAPBOX_USERNAME=mekongslowboat
MAPBOX_UPLOAD_TOKEN=@@s@@
MAPBOX_STYLE=mapbox://styles/mekongslowboat/river-v3
TILESET=mekongslowboat.route-2024
""", "sk.eyJ1IjoibWVrb25nc2xvd2JvYXQiLCJhIjoi" + rand_pw(24) + "In0." + rand_pw(22, "_-"))

add("blind-ms/javascript/decoy-mapbox-public", "fleet/map/web/map.js", "https://docs.mapbox.com/help/getting-started/access-tokens/", """// ແຜນທີ່ສາທາລະນະ (public map) - pk. tokens are URL-restricted and public by design
mapboxgl.accessToken = "pk.eyJ1IjoibWVrb25nc2xvd2JvYXQiLCJhIjoi@@a@@In0.@@b@@";
const map = new mapboxgl.Map({
  container: "map",
  style: "mapbox://styles/mekongslowboat/river-v3",
  center: [101.4, 20.0],
  zoom: 7,
});
""", a=rand_pw(24), b=rand_pw(22, "_-"))

add("blind-ms/yaml/datadog-api-key", "ops/datadog/datadog.yaml", "https://docs.datadoghq.com/account_management/api-app-keys/", """## ຕົວແທນ Datadog ເທິງເຄື່ອງ ERP (agent on the ERP host)
api_key: @@s@@
site: datadoghq.com
hostname: erp-pakse-01
tags:
  - env:prod
  - team:bolaven
logs_enabled: true
""", hexs(32))

add("blind-ms/yaml/decoy-datadog-helm", "ops/datadog/values.yaml", "https://github.com/DataDog/helm-charts/tree/main/charts/datadog", """datadog:
  # ໃຊ້ Secret ທີ່ມີຢູ່ແລ້ວ (use an existing Secret)
  apiKeyExistingSecret: datadog-keys
  appKeyExistingSecret: datadog-keys
  site: datadoghq.com
  clusterName: slowboat-prod
  logs:
    enabled: true
""")

add("blind-ms/ini/newrelic-license", "bolaven/erp/newrelic.ini", "https://docs.newrelic.com/docs/apm/agents/python-agent/configuration/python-agent-configuration/", """[newrelic]
license_key = @@s@@
app_name = Bolaven ERP (prod)
monitor_mode = true
log_level = info
distributed_tracing.enabled = true
""", hexs(36) + "NRAL")

add("blind-ms/javascript/algolia-admin-key", "bolaven/shop/scripts/reindex.js", "https://www.algolia.com/doc/guides/security/api-keys/", """// ສ້າງດັດຊະນີສິນຄ້າໃໝ່ (rebuild the product index) - run from the ops box only
const algoliasearch = require("algoliasearch");
const client = algoliasearch("B7LAO2K9QX", "@@s@@");
const index = client.initIndex("products_lo");
const products = require("../data/products.json");
index.replaceAllObjects(products, { autoGenerateObjectIDIfNotExist: true })
  .then(() => console.log("ok"));
""", hexs(32))

add("blind-ms/javascript/decoy-algolia-search-key", "bolaven/shop/src/search.js", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", """// ຄົ້ນຫາສິນຄ້າ (product search) - search-only key, safe in the browser
import algoliasearch from "algoliasearch/lite";

export const searchClient = algoliasearch("B7LAO2K9QX", "@@k@@");
export const INDEX = "products_lo";
export const HITS_PER_PAGE = 12;
""", k=hexs(32))

add("blind-ms/dotenv/cloudinary-url", "bolaven/shop/.env.production", "https://cloudinary.com/documentation/node_integration#setting_the_cloudinary_url_environment_variable", """# ຮູບສິນຄ້າ (product photos)
CLOUDINARY_URL=cloudinary://@@n@@:@@s@@@bolaven-coffee
NEXT_PUBLIC_SHOP_NAME="Bolaven Coffee"
SHOP_CURRENCY=USD
NEXT_PUBLIC_DEFAULT_LOCALE=lo
""", rand_pw(27, "_-"), n=str(_rng().randint(10**14, 10**15)))

add("blind-ms/yaml/telegram-bot-compose", "slowboat/notify/docker-compose.override.yml", TELEGRAM, """services:
  notifier:
    environment:
      # ບອດແຈ້ງເຕືອນລູກຄ້າ (customer notification bot) @MekongSlowBoatBot
      TELEGRAM_BOT_TOKEN: "@@s@@"
      TELEGRAM_PARSE_MODE: HTML
      REMIND_BEFORE_HOURS: "12"
""", telegram())

add("blind-ms/markdown/decoy-telegram-doc-example", "docs/notify/telegram.md", TELEGRAM, """# Telegram bot (ບອດ)

1. Ask @BotFather for a token (`/newbot`). It looks like `123456789:AAExampleExampleExampleExample123`.
2. Put it in Vault: `vault kv put kv/slowboat/telegram token=<TOKEN>`.
3. The notifier reads `TELEGRAM_BOT_TOKEN` from the environment.

Never paste the token in the group chat.
""")

add("blind-ms/yaml/slack-bot-token-config", "bolaven/bots/harvest-bot/config.yaml", "https://api.slack.com/authentication/token-types#bot", """# ບອດລາຍງານການເກັບກ່ຽວ (harvest report bot)
slack:
  bot_token: @@s@@
  channel: "#harvest-2024"
report:
  cron: "0 18 * * *"
  villages: [Ban Nong Luang, Ban Houay Kong, Ban Lak 35]
""", slack_bot())

add("blind-ms/yaml/decoy-slack-manifest", "bolaven/bots/harvest-bot/manifest.yaml", "https://api.slack.com/reference/manifests", """display_information:
  name: Harvest Bot
  description: ລາຍງານການເກັບກ່ຽວກາເຟປະຈຳວັນ
features:
  bot_user:
    display_name: harvest-bot
oauth_config:
  scopes:
    bot: [chat:write, files:write]
settings:
  socket_mode_enabled: false
""")

# ---- histories, chats, requests, wikis --------------------------------------------------------------
add("blind-ms/shell-history/mysql-inline-password", "ops/home/bounmy/.zsh_history", HIST, """: 1731901201:0;cd /srv/warehouse
: 1731901215:0;ls -la backup
: 1731901240:0;mysql -h 10.30.1.7 -u root -p@@s@@ warehouse -e 'select count(*) from lots'
: 1731901302:0;sudo systemctl status mysql
: 1731901330:0;df -h /srv
: 1731901345:0;exit
""", words_pw())

add("blind-ms/shell-history/decoy-prompted", "ops/home/noy/.bash_history", HIST, """ssh ops@10.20.0.14
psql -h 10.20.0.14 -U slowboat_admin -W slowboat
vault login -method=userpass username=noy
vault kv get -field=secret kv/slowboat/onepay
export STRIPE_SECRET_KEY=$(vault kv get -field=key kv/slowboat/stripe)
npm run dev
history | grep vault
""")

add("blind-ms/powershell-history/az-login-secret", "bolaven/ops/ConsoleHost_history.txt", "https://learn.microsoft.com/en-us/powershell/module/psreadline/about/about_psreadline#command-history", """cd C:\\Bolaven\\Invoicing
dotnet build -c Release
az login --service-principal -u @@app@@ -p "@@s@@" --tenant @@t@@
az webapp deploy --resource-group bolaven-rg --name bolaven-invoicing --src-path .\\publish.zip
Get-AzWebApp -ResourceGroupName bolaven-rg
exit
""", azure_secret(), app=uuid_s(), t=uuid_s())

add("blind-ms/http/rest-client-token", "slowboat/api/requests/manifest.http", "https://github.com/Huachao/vscode-restclient#request-variables", """### ສົ່ງບັນຊີຜູ້ໂດຍສານ (post manifest) - REST Client
@base = https://api.mekongslowboat.la/v2
@token = @@s@@

POST {{base}}/manifests
Authorization: Bearer {{token}}
Content-Type: text/csv

passenger,nationality,passport_last4,boat
J. Moreau,FR,4821,NAGA-2
""", "msb_live_" + rand_pw(40))

add("blind-ms/http/decoy-env-variable", "slowboat/api/requests/bookings.http", "https://www.jetbrains.com/help/idea/http-client-variables.html", """### ລາຍການຈອງມື້ນີ້ (today's bookings)
GET {{base}}/bookings?date={{$isoTimestamp}}
Authorization: Bearer {{token}}
Accept: application/json

### (base and token come from http-client.private.env.json, which is gitignored)
""")

add("blind-ms/postman/collection-api-key", "bolaven/api/Bolaven-ERP.postman_collection.json", "https://learning.postman.com/docs/sending-requests/authorization/authorization-types/#api-key", """{
  "info": {"name": "Bolaven ERP", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
  "auth": {
    "type": "apikey",
    "apikey": [
      {"key": "key", "value": "X-ERP-Key", "type": "string"},
      {"key": "value", "value": "@@s@@", "type": "string"}
    ]
  },
  "item": [
    {"name": "ລາຍການລອດ (lots)", "request": {"method": "GET", "url": "https://erp.bolavencoffee.la/api/lots"}}
  ]
}
""", "erp_" + rand_pw(36))

add("blind-ms/postman/decoy-environment-empty", "bolaven/api/Bolaven-ERP.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """{
  "name": "Bolaven ERP - prod",
  "values": [
    {"key": "base", "value": "https://erp.bolavencoffee.la/api", "enabled": true},
    {"key": "erp_key", "value": "", "type": "secret", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
""")

add("blind-ms/email/eml-password", "docs/mail/new-agent-account.eml", "https://www.rfc-editor.org/rfc/rfc5322", """From: Noy <noy@mekongslowboat.la>
To: bookings@sabaidee-travel.la
Subject: ບັນຊີຕົວແທນ (your agent account)
Date: Tue, 15 Oct 2024 09:12:44 +0700
Content-Type: text/plain; charset=utf-8

Sabaidee!
Your agent login for https://agents.mekongslowboat.la
  user: sabaidee_ck
  password: @@s@@
Please change it after the first login. Khop jai lai lai.
""", words_pw())

add("blind-ms/chat/telegram-export-key", "docs/chat/ops-group-export.txt", "https://telegram.org/blog/export-and-more", """[14.11.24 07:41] Khamla: the Huay Xai pier tablet lost the app again
[14.11.24 07:43] Noy: ຂ້ອຍສົ່ງກະແຈໃໝ່ໃຫ້ (I'll send the new key)
[14.11.24 07:44] Noy: AWS key for the backup bucket: @@kid@@ / @@s@@
[14.11.24 07:46] Khamla: ok thanks, works
[14.11.24 07:50] Noy: delete the message after please
""", aws_secret(), kid=aws_id())

add("blind-ms/html/confluence-runbook", "docs/wiki/export-season-runbook.html", HTML, """<html><body>
<h1>ລະດູສົ່ງອອກ 2024/25 (export season runbook)</h1>
<h2>Customs portal (LNSW)</h2>
<p>Login as <code>bolaven_export</code>, password <code>@@s@@</code>.
The portal locks after 3 wrong tries; call Viengsavanh.</p>
<h2>Phytosanitary</h2>
<p>Certificates are requested at the Pakse agriculture office, two days before loading.</p>
</body></html>
""", words_pw())

add("blind-ms/html/decoy-wiki-vault-pointers", "docs/wiki/where-secrets-live.html", HTML, """<html><body>
<h1>ຄ່າລັບຢູ່ໃສ (where secrets live)</h1>
<table>
<tr><th>Secret</th><th>Location</th></tr>
<tr><td>Customs portal login</td><td>1Password / Bolaven Export / LNSW</td></tr>
<tr><td>ERP database</td><td>Vault kv/bolaven/erp (db_password)</td></tr>
<tr><td>Stripe (slow boat)</td><td>Vault kv/slowboat/stripe</td></tr>
</table>
</body></html>
""")

add("blind-ms/mediawiki/decoy-redacted", "docs/wiki/Booking_server.wiki", "https://www.mediawiki.org/wiki/Help:Formatting", """== ເຊີບເວີຈອງປີ້ (Booking server) ==
* Host: booking-hxi (10.20.0.10)
* Admin user: <code>slowboat_admin</code>
* Password: ''(redacted - see 1Password)''
* Stripe key: <code>sk_live_••••••••••••••••F3a9</code>
=== Restart ===
<code>sudo systemctl restart booking-web</code>
""")

add("blind-ms/mediawiki/ssh-passphrase", "docs/wiki/Tracker_gateway.wiki", "https://www.mediawiki.org/wiki/Help:Formatting", """== ປະຕູ GPS ເທິງເຮືອ (onboard GPS gateway) ==
* Each boat has a Raspberry Pi gateway, user <code>pi</code>
* Deploy key: <code>~/.ssh/fleet_deploy</code>, passphrase <code>@@s@@</code>
* Update: <code>ansible-playbook -i boats.ini gateway.yml</code>
=== ບັນຫາທົ່ວໄປ (common problems) ===
* No signal between Pakbeng and Pak Tha: data is buffered and sent later.
""", passphrase())

# ---- mobile, keys, certificates ------------------------------------------------------------------------
_p8 = pem("").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n")
add("blind-ms/fastlane/app-store-connect-key", "slowboat/ios/fastlane/api_key.json", "https://docs.fastlane.tools/app-store-connect-api/", """{
  "key_id": "@@kid@@",
  "issuer_id": "@@iss@@",
  "key": "@@k@@",
  "in_house": false
}
""", _p8, kid=rand_pw(10).upper(), iss=uuid_s(), k=_p8)

add("blind-ms/fastlane/decoy-appfile", "slowboat/ios/fastlane/Appfile", "https://docs.fastlane.tools/advanced/Appfile/", """# ແອັບ iOS ຂອງ Mekong Slow Boat
app_identifier("la.mekongslowboat.app")
apple_id("ios@mekongslowboat.la")
itc_team_id("128734561")
team_id("7QX2LAO9PK")
# API key JSON comes from CI: ENV["APP_STORE_CONNECT_API_KEY_PATH"]
""")

add("blind-ms/json/decoy-google-services", "slowboat/android/app/google-services.json", "https://firebase.google.com/docs/projects/api-keys", """{
  "project_info": {"project_number": "604217839125", "project_id": "mekong-slowboat"},
  "client": [{
    "client_info": {"mobilesdk_app_id": "1:604217839125:android:@@a@@",
                    "android_client_info": {"package_name": "la.mekongslowboat.app"}},
    "api_key": [{"current_key": "AIzaSy@@k@@"}]
  }],
  "configuration_version": "1"
}
""", a=hexs(16), k=rand_pw(33, "_-"))

add("blind-ms/pem/decoy-certificate", "ops/tls/booking-chain.pem", "https://www.rfc-editor.org/rfc/rfc7468#section-5", """# ໃບຢັ້ງຢືນສາທາລະນະ (public certificate chain) for book.mekongslowboat.la
-----BEGIN CERTIFICATE-----
@@l1@@
@@l2@@
@@l3@@
@@l4@@
-----END CERTIFICATE-----
""", l1=rand_pw(64, "+/"), l2=rand_pw(64, "+/"), l3=rand_pw(64, "+/"), l4=rand_pw(40, "+/") + "==")

add("blind-ms/pem/tls-private-key", "ops/tls/booking.key", "https://www.rfc-editor.org/rfc/rfc7468#section-10", """@@s@@
""", pem("EC"))

_tls = pem("RSA")
add("blind-ms/helm/tls-key-inline", "deploy/helm/booking/values-tls.yaml", HELM, """# ໃບຢັ້ງຢືນ TLS ສຳລັບ ingress (TLS for the booking ingress)
ingress:
  enabled: true
  host: book.mekongslowboat.la
  tls:
    key: |
      @@k@@
    certSecretName: booking-tls-cert
""", _tls, k=_tls.replace("\n", "\n      "))

add("blind-ms/gpg/decoy-public-key", "docs/security/export-docs-signing.asc", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", """-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: Bolaven export documents signing key (ກະແຈສາທາລະນະ)

mQINBG@@l1@@
@@l2@@
@@l3@@
=@@c@@
-----END PGP PUBLIC KEY BLOCK-----
""", l1=rand_pw(58, "+/"), l2=rand_pw(64, "+/"), l3=rand_pw(64, "+/"), c=rand_pw(4, "+/"))

add("blind-ms/properties/gradle-keystore-password", "slowboat/android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", """org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# ລະຫັດ keystore (keystore password) - Noy's laptop only!
RELEASE_STORE_PASSWORD=@@s@@
RELEASE_KEY_ALIAS=slowboat
""", words_pw())

add("blind-ms/properties/decoy-local-sdk", "slowboat/android/local.properties.example", "https://developer.android.com/studio/build#properties-files", """# ສຳເນົາເປັນ local.properties (copy to local.properties)
sdk.dir=/Users/<you>/Library/Android/sdk
MAPS_KEY=
RELEASE_STORE_PASSWORD=<ask Noy>
RELEASE_KEY_ALIAS=slowboat
""")

# ---- last configs ---------------------------------------------------------------------------------------
add("blind-ms/ansible/inventory-ssh-pass", "infra/ansible/inventory/boats.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", """# ປະຕູ GPS ເທິງເຮືອແຕ່ລະລຳ (gateway per boat)
[gateways]
naga-1 ansible_host=10.99.1.11
naga-2 ansible_host=10.99.1.12
champa-1 ansible_host=10.99.1.21

[gateways:vars]
ansible_user=pi
ansible_ssh_pass=@@s@@
""", words_pw())

add("blind-ms/terraform/provider-token", "infra/terraform/bolaven/providers.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", """terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.40" }
  }
}

# ເຊີບເວີເວັບໄຊທ໌ (website droplet) Singapore
provider "digitalocean" {
  token = "@@s@@"
}
""", "dop_v1_" + hexs(64))

add("blind-ms/yaml/azure-pipelines-sql", "bolaven/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/process/variables", """trigger: [main]
pool: {vmImage: windows-latest}
variables:
  buildConfiguration: Release
  sqlPassword: '@@s@@'   # TODO ຍ້າຍໄປ variable group
steps:
  - script: dotnet build --configuration $(buildConfiguration)
  - script: sqlcmd -S 10.30.1.9 -U deploy -P $(sqlPassword) -i migrations.sql
""", words_pw())

add("blind-ms/yaml/decoy-azure-variable-group", "slowboat/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/library/variable-groups", """trigger: [main]
pool: {vmImage: ubuntu-latest}
variables:
  - group: slowboat-prod-secrets   # ກຸ່ມຕົວແປ (variable group linked to Key Vault)
steps:
  - script: npm ci && npm run build
  - script: ./ops/deploy.sh
    env:
      STRIPE_SECRET_KEY: $(stripe-secret-key)
""")

# ---- a few more carriers ------------------------------------------------------------------------------
_tg = telegram()
add("blind-ms/k8s-secret/telegram-base64", "deploy/k8s/notifier-secret.yaml", K8S, """apiVersion: v1
kind: Secret
metadata:
  name: notifier
  namespace: slowboat
  annotations:
    owner: noy   # ບອດແຈ້ງເຕືອນ (notification bot)
type: Opaque
data:
  TELEGRAM_BOT_TOKEN: @@b@@
  TELEGRAM_PARSE_MODE: @@m@@
""", _tg, b=b64(_tg), m=b64("HTML"))

add("blind-ms/shell/kubectl-heredoc-secret", "ops/scripts/create_erp_secret.sh", "https://kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-kubectl/", """#!/usr/bin/env bash
# ສ້າງ Secret ຂອງ ERP ໃນ cluster (create the ERP secret) - run once
set -euo pipefail
kubectl apply -f - <<'YAML'
apiVersion: v1
kind: Secret
metadata: {name: erp-postgres, namespace: bolaven}
stringData:
  password: "@@s@@"
YAML
""", words_pw())

add("blind-ms/yaml/json-in-configmap", "deploy/k8s/pricing-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """apiVersion: v1
kind: ConfigMap
metadata:
  name: pricing
  namespace: bolaven
data:
  # ລາຄາຕະຫຼາດ (market feed settings)
  feed.json: |
    {"url": "https://api.barchart.example/ice/kc", "apiKey": "@@s@@", "pollMinutes": 15}
  currency: USD
""", hexs(32))

add("blind-ms/csharp/connection-builder", "bolaven/Invoicing/Data/LegacyDb.cs", "https://learn.microsoft.com/en-us/dotnet/api/microsoft.data.sqlclient.sqlconnectionstringbuilder", """using Microsoft.Data.SqlClient;

// ຖານຂໍ້ມູນເກົ່າ (legacy invoicing DB), read-only import
public static class LegacyDb
{
    public static SqlConnection Open()
    {
        var b = new SqlConnectionStringBuilder
        {
            DataSource = "10.30.1.9",
            InitialCatalog = "InvoicingOld",
            UserID = "import_ro",
            Password = "@@s@@",
            TrustServerCertificate = true,
        };
        var c = new SqlConnection(b.ConnectionString);
        c.Open();
        return c;
    }
}
""", words_pw())

_fx = "fxk_" + rand_pw(36)
add("blind-ms/java/split-api-key", "bolaven/erp-java/src/main/java/la/bolaven/export/FxRates.java", "https://docs.oracle.com/javase/tutorial/java/data/strings.html", """package la.bolaven.export;

/** ອັດຕາແລກປ່ຽນ USD/LAK (exchange rates) for contract pricing. */
public final class FxRates {
    private static final String KEY = "@@a@@" +
            "@@b@@";

    static String url(String day) {
        return "https://api.fxfeed.example/v1/historical?date=" + day + "&base=USD&symbols=LAK,THB&key=" + KEY;
    }
}
""", _fx, a=_fx[:20], b=_fx[20:])

# ---- published examples, ids, and a last few carriers --------------------------------------------------
add("blind-ms/markdown/decoy-aws-doc-example", "docs/runbooks/aws-cli-setup.md", AWS, """# ຕັ້ງ AWS CLI (AWS CLI setup) for the backup bucket

Run `aws configure --profile slowboat-backup` and paste **your own** keys from IAM.
The prompts look like this (AWS's documentation example values):

```
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: ap-southeast-1
```

Our real keys are issued per person; never share them in the Telegram group.
""")

add("blind-ms/python/decoy-jwt-doc-example", "slowboat/api/tests/test_jwt_decode.py", "https://jwt.io/introduction", """import jwt

# ໂທເຄັນຕົວຢ່າງຈາກ jwt.io (the jwt.io sample token; its key is the published "your-256-bit-secret")
SAMPLE = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwi"
          "aWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")

def test_decode_without_verification():
    claims = jwt.decode(SAMPLE, options={"verify_signature": False})
    assert claims["name"] == "John Doe"
""")

add("blind-ms/yaml/decoy-ids-and-commits", "deploy/releases.yaml", "https://git-scm.com/docs/git-rev-parse", """# ປະຫວັດການປ່ອຍ (release history)
- version: 2.7.1
  commit: @@c1@@
  image_digest: sha256:@@d1@@
  released_by: noy
- version: 2.7.0
  commit: @@c2@@
  image_digest: sha256:@@d2@@
  released_by: khamla
""", c1=hexs(40), d1=sha256ish(), c2=hexs(40), d2=sha256ish())

add("blind-ms/json/decoy-kms-ciphertext", "bolaven/erp/config/encrypted-settings.json", "https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html", """{
  "_comment": "ຄ່າທີ່ເຂົ້າລະຫັດດ້ວຍ KMS; ຖອດລະຫັດຕອນເລີ່ມ (KMS-encrypted, decrypted at startup)",
  "kms_key": "alias/bolaven-erp",
  "db_password_ciphertext": "AQICAHh@@c1@@",
  "sendgrid_key_ciphertext": "AQICAHh@@c2@@"
}
""", c1=rand_pw(180, "+/") + "=", c2=rand_pw(200, "+/") + "==")

add("blind-ms/csv/decoy-booking-ids", "slowboat/data/bookings-export-2024-11-18.csv", CSV, """booking_id,payment_intent,onepay_ref,passenger_uuid,boat,seats
BK-88213,pi_@@p1@@,,@@u1@@,NAGA-2,2
BK-88214,,OP2411180731@@o1@@,@@u2@@,NAGA-2,1
BK-88215,pi_@@p2@@,,@@u3@@,CHAMPA-1,4
BK-88216,,OP2411180802@@o2@@,@@u4@@,CHAMPA-1,2
""", p1=rand_pw(24), p2=rand_pw(24), o1=hexs(8), o2=hexs(8), u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("blind-ms/yaml/folded-connection-string", "bolaven/etl/jobs/harvest_to_dw.yaml", "https://yaml.org/spec/1.2.2/#813-folded-style", """# ໂອນຂໍ້ມູນເກັບກ່ຽວໄປ data warehouse (harvest -> DW), nightly
job: harvest_to_dw
schedule: "0 1 * * *"
source:
  dsn: >-
    Driver={ODBC Driver 18 for SQL Server};Server=10.30.1.9;Database=Harvest;
    Uid=etl_harvest;Pwd=@@s@@;Encrypt=yes
target:
  table: dw.harvest_daily
""", words_pw())

add("blind-ms/dotenv/json-env-value", "bolaven/etl/.env", DOTENV, """# ບັນຊີບໍລິການ Google Sheets (sheets service config, JSON in one variable)
SHEETS_CONFIG={"spreadsheet":"1dQ7bolavenHarvest2024","client_email":"etl@bolaven-analytics.iam.gserviceaccount.com","refresh_token":"@@s@@"}
ETL_TZ=Asia/Vientiane
ETL_BATCH=500
LOG_LEVEL=info
""", "1//0g" + rand_pw(98, "_-"))

add("blind-ms/markdown/url-query-key", "docs/notes/weather-widget.md", MD, """## ວິດເຈັດສະພາບອາກາດ (weather widget) for the pier screens

Working request (tested from the Huay Xai office):

https://api.openweathermap.org/data/2.5/forecast?q=Pakbeng,LA&units=metric&appid=@@s@@

Refresh every 30 minutes; the free plan allows 60 calls per minute.
""", hexs(32))
