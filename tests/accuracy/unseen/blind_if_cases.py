"""Blind set IF: tool and plant hire depots.

Rental management back ends, depot counter apps, telematics on excavators and access platforms
(Trackunit, Samsara, Geotab), payments and deposits, accounting links, key cabinets and CCTV at the
yard, delivery scheduling, CI, containers and infrastructure, runbooks and exports, and their
decoys. Generated fakes only (seeds 3370000-3379999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 3370000, 3379999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER = string.ascii_uppercase + string.digits
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Digger", "Scaffold", "Breaker", "Dumper", "Roller", "Telehandler", "Mixer", "Wacker", "Trencher",
         "Grinder", "Hoist", "Bowser", "Plate", "Auger", "Cherry", "Skip", "Piling", "Tower", "Chipper", "Jack"]
LOWER = ["yard", "spanner", "pallet", "forklift", "gravel", "hammer", "bracket", "winch", "lorry", "trailer",
         "depot", "ladder", "chisel", "tarmac", "bucket", "sprocket"]


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


def ups(n: int) -> str:
    return fakes.drawn(_seed(), n, UPPER)


def alnum(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe(kind: str = "sk_live_", n: int = 99) -> str:
    return kind + alnum(n)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    return "https://hooks.slack.com/services/T" + ups(8) + "/B" + ups(10) + "/" + alnum(24)


def sendgrid_key() -> str:
    return "SG." + fakes.drawn_mixed(_seed(), 22, ALNUM + "-_") + "." + fakes.drawn_mixed(_seed(), 43, ALNUM + "-_")


def twilio_sid() -> str:
    return "AC" + hexs(32)


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def square_token() -> str:
    return "EAAA" + fakes.drawn_mixed(_seed(), 60, ALNUM + "-_")


def gocardless_token() -> str:
    return "live_" + fakes.drawn_mixed(_seed(), 40, ALNUM + "-_")


def samsara_token() -> str:
    return "samsara_api_" + alnum(30)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    return fakes.drawn(_seed(), 86, ALNUM + "+/") + "=="


def google_key() -> str:
    return "AIza" + fakes.drawn_mixed(_seed(), 35, ALNUM + "-_")


def mapbox(kind: str = "sk") -> str:
    return f"{kind}.eyJ1IjoiaGlyZWRlcG90IiwiYSI6Im" + alnum(22) + "." + fakes.drawn_mixed(_seed(), 22, ALNUM + "-_")


def hubspot_token() -> str:
    return "pat-eu1-" + uuid_s()


def datadog_key() -> str:
    return hexs(32)


def jwt_like(payload: str) -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return head + "." + body + "." + fakes.drawn_mixed(_seed(), 43, ALNUM + "-_")


def sha256ish() -> str:
    return hexs(64)


def bcrypt_hash() -> str:
    return "$2b$12$" + fakes.drawn(_seed(), 53, ALNUM + "./")


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def openssh_key() -> str:
    r = _rng()
    body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACB" + "".join(
        r.choice(ALNUM + "+/") for _ in range(250))
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def cert_body() -> str:
    r = _rng()
    return "\n".join("MII" + "".join(r.choice(ALNUM + "+/") for _ in range(61)) if i == 0 else
                     "".join(r.choice(ALNUM + "+/") for _ in range(64)) for i in range(5))


def indent(block: str, pad: str) -> str:
    return "\n".join(pad + line for line in block.splitlines())


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
    CASES.append(LabelledCase(f"blind-if/{category}", file_name, text, secret, source))


# --- rental back end: Python, env, settings ---------------------------------------------------

add("env/stripe-secret-key", "hirecounter/.env", "https://docs.stripe.com/keys", """
# Counter app - Leeds depot till
APP_ENV=production
DEPOT_CODE=LDS01
DATABASE_URL=postgres://counter@db.internal:5432/hire
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
DEPOSIT_HOLD_DAYS=7
DAMAGE_WAIVER_PERCENT=12.5
""", stripe(), pk=stripe("pk_live_"))

add("python/stripe-webhook-secret", "hirecounter/payments/webhooks.py", "https://docs.stripe.com/webhooks#verify-events", """
import stripe
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt

from hire.models import Deposit

ENDPOINT_SECRET = "@@secret@@"


@csrf_exempt
def stripe_events(request):
    sig = request.META.get("HTTP_STRIPE_SIGNATURE", "")
    try:
        event = stripe.Webhook.construct_event(request.body, sig, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        return HttpResponse(status=400)
    if event["type"] == "payment_intent.amount_capturable_updated":
        Deposit.objects.filter(intent_id=event["data"]["object"]["id"]).update(status="held")
    elif event["type"] == "charge.refunded":
        Deposit.objects.filter(charge_id=event["data"]["object"]["id"]).update(status="released")
    return HttpResponse(status=200)
""", "whsec_" + alnum(32))

add("python/decoy-env-reference", "hirecounter/hirecounter/settings/production.py", "https://docs.djangoproject.com/en/5.0/topics/settings/", """
import os

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["counter.plant-hire.example", "tills.internal"]
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "hire",
        "USER": os.environ.get("DB_USER", "counter"),
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": os.environ.get("DB_HOST", "db.internal"),
    }
}
STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
STRIPE_WEBHOOK_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]
EMAIL_HOST_PASSWORD = os.getenv("SMTP_PASSWORD", "")
""")

add("python/django-secret-key", "depotportal/depotportal/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = '@@secret@@'

DEBUG = False
ALLOWED_HOSTS = ['portal.toolhire.example']

INSTALLED_APPS = [
    'django.contrib.admin',
    'django.contrib.auth',
    'django.contrib.contenttypes',
    'django.contrib.sessions',
    'django.contrib.staticfiles',
    'catalogue',
    'bookings',
    'depots',
]
TIME_ZONE = 'Europe/London'
""", fakes.django_secret_key(_seed()))

PG_PW = words_pw()
add("python/postgres-password", "fleet_sync/db.py", "https://www.psycopg.org/docs/module.html#psycopg2.connect", """
\"\"\"Connection to the rental database for the nightly fleet sync.\"\"\"
import psycopg2


def connect():
    return psycopg2.connect(
        host="rentdb01.depots.local",
        port=5432,
        dbname="rental",
        user="fleet_sync",
        password="@@secret@@",
        connect_timeout=10,
    )


def off_hire_today(conn):
    with conn.cursor() as cur:
        cur.execute("SELECT contract_no, asset_no FROM contract_lines WHERE off_hire_date = CURRENT_DATE")
        return cur.fetchall()
""", PG_PW)

add("python/samsara-api-token", "telematics/samsara_hours.py", "https://developers.samsara.com/docs/authentication", """
import requests

SAMSARA_TOKEN = "@@secret@@"
BASE = "https://api.samsara.com"


def engine_hours(vehicle_ids):
    resp = requests.get(
        f"{BASE}/fleet/vehicles/stats",
        headers={"Authorization": f"Bearer {SAMSARA_TOKEN}"},
        params={"types": "obdEngineSeconds", "vehicleIds": ",".join(vehicle_ids)},
        timeout=30,
    )
    resp.raise_for_status()
    return {v["id"]: v["obdEngineSeconds"]["value"] / 3600 for v in resp.json()["data"]}
""", samsara_token())

add("python/geotab-password", "telematics/geotab_client.py", "https://geotab.github.io/sdk/software/guides/concepts/#authentication", """
import mygeotab

api = mygeotab.API(
    username="telematics@planthire.example",
    password="@@secret@@",
    database="planthire_uk",
    server="my.geotab.com",
)
api.authenticate()

for device in api.get("Device", resultsLimit=500):
    print(device["serialNumber"], device["name"])
""", words_pw())

add("python/decoy-placeholder", "telematics/config_example.py", "https://geotab.github.io/sdk/software/guides/concepts/", """
# Copy to config.py and fill in. config.py is in .gitignore.
GEOTAB_USER = "you@yourcompany.com"
GEOTAB_PASSWORD = "<your-geotab-password>"
GEOTAB_DATABASE = "your_database"

SAMSARA_TOKEN = "samsara_api_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
TRACKUNIT_TOKEN = "changeme"

POLL_MINUTES = 15
DEPOTS = ["LDS01", "MAN02", "BHM03"]
""")

add("env/twilio-auth-token", "delivery-sms/.env.production", "https://www.twilio.com/docs/iam/api-keys", """
# Driver ETA texts to site managers
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+441134960123
ETA_WINDOW_MINUTES=30
OPENING_HOURS=07:00-17:30
""", hexs(32), sid=twilio_sid())

add("env/decoy-empty-values", "delivery-sms/.env.example", "https://www.twilio.com/docs/usage/secure-credentials", """
# Copy to .env and fill from the password manager (Depot IT vault, "Delivery SMS")
TWILIO_ACCOUNT_SID=
TWILIO_AUTH_TOKEN=
TWILIO_FROM=+440000000000
ETA_WINDOW_MINUTES=30
OPENING_HOURS=07:00-17:30
""")

add("python/sendgrid-api-key", "hirecounter/notifications/email.py", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/v3-python-code-example", """
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("@@secret@@")


def send_offhire_confirmation(to_addr, contract_no, collection_date):
    message = Mail(
        from_email="offhire@toolhire.example",
        to_emails=to_addr,
        subject=f"Off-hire confirmed: contract {contract_no}",
        html_content=f"<p>We will collect your equipment on {collection_date}.</p>",
    )
    return sg.send(message).status_code
""", sendgrid_key())

SMTP_PW = rand_pw(16)
add("python/smtp-password", "reports/utilisation_mailer.py", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login", """
import smtplib
from email.message import EmailMessage


def send_report(path, recipients):
    msg = EmailMessage()
    msg["Subject"] = "Weekly utilisation by depot"
    msg["From"] = "reports@planthire.example"
    msg["To"] = ", ".join(recipients)
    with open(path, "rb") as fh:
        msg.add_attachment(fh.read(), maintype="application", subtype="vnd.ms-excel", filename="utilisation.xlsx")
    with smtplib.SMTP("smtp.office365.com", 587) as s:
        s.starttls()
        s.login("reports@planthire.example", "@@secret@@")
        s.send_message(msg)
""", SMTP_PW)

add("python/decoy-hash", "reports/asset_checksums.py", "https://docs.python.org/3/library/hashlib.html", """
\"\"\"Integrity of the LOLER inspection PDFs we attach to hire contracts.\"\"\"
import hashlib

KNOWN = {
    "loler_mewp_template_v4.pdf": "@@h1@@",
    "puwer_checklist_v2.pdf": "@@h2@@",
    "hire_terms_2024.pdf": "@@h3@@",
}


def verify(path, name):
    digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
    return digest == KNOWN[name]
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

REDIS_PW = fakes.redis_password(_seed())
add("python/redis-password", "availability/cache.py", "https://redis-py.readthedocs.io/en/stable/connections.html", """
import redis

# availability grid per depot, rebuilt every 5 minutes by the sync worker
cache = redis.Redis.from_url("redis://:@@secret@@@cache01.depots.local:6379/2", decode_responses=True)


def free_units(depot, product_code):
    return int(cache.hget(f"avail:{depot}", product_code) or 0)
""", REDIS_PW)

add("python/aws-secret-key", "exports/s3_upload.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
import boto3

session = boto3.Session(
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
    region_name="eu-west-2",
)
s3 = session.client("s3")


def push_invoice_batch(path, batch_no):
    s3.upload_file(path, "planthire-invoice-exports", f"batches/{batch_no}.csv")
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/decoy-aws-example", "exports/tests/test_s3_upload.py", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """
import boto3
import pytest
from moto import mock_aws


@pytest.fixture
def s3(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    with mock_aws():
        client = boto3.client("s3", region_name="eu-west-2")
        client.create_bucket(Bucket="planthire-invoice-exports",
                             CreateBucketConfiguration={"LocationConstraint": "eu-west-2"})
        yield client


def test_bucket_exists(s3):
    assert s3.list_buckets()["Buckets"][0]["Name"] == "planthire-invoice-exports"
""")

add("python/xero-client-secret", "accounts/xero_sync.py", "https://developer.xero.com/documentation/guides/oauth2/custom-connections/", """
from xero_python.api_client import ApiClient
from xero_python.api_client.configuration import Configuration
from xero_python.api_client.oauth2 import OAuth2Token

XERO_CLIENT_ID = "@@cid@@"
XERO_CLIENT_SECRET = "@@secret@@"

api_client = ApiClient(
    Configuration(oauth2_token=OAuth2Token(client_id=XERO_CLIENT_ID, client_secret=XERO_CLIENT_SECRET)),
    pool_threads=1,
)


def post_hire_invoices(invoices):
    from xero_python.accounting import AccountingApi
    return AccountingApi(api_client).create_invoices("", invoices=invoices)
""", fakes.drawn_mixed(_seed(), 48, ALNUM + "-_"), cid=ups(32))

add("python/gocardless-access-token", "accounts/direct_debit.py", "https://developer.gocardless.com/api-reference/#making-requests-authentication", """
import gocardless_pro

client = gocardless_pro.Client(
    access_token="@@secret@@",
    environment="live",
)


def collect_monthly_hire(mandate_id, amount_pence, contract_no):
    return client.payments.create(params={
        "amount": amount_pence,
        "currency": "GBP",
        "links": {"mandate": mandate_id},
        "metadata": {"contract": contract_no},
    })
""", gocardless_token())

# --- containers, orchestration, infrastructure ---------------------------------------------------

MYSQL_PW = words_pw()
add("compose/mysql-password", "depot-stack/docker-compose.yml", "https://hub.docker.com/_/mysql", """
services:
  rentalman-db:
    image: mysql:8.0
    restart: unless-stopped
    environment:
      MYSQL_DATABASE: rental
      MYSQL_USER: counter
      MYSQL_PASSWORD: "@@secret@@"
      MYSQL_ROOT_PASSWORD: "@@secret@@"
    volumes:
      - dbdata:/var/lib/mysql
  counter:
    image: registry.planthire.example/counter:4.12.0
    depends_on: [rentalman-db]
    ports:
      - "8080:8080"
volumes:
  dbdata:
""", MYSQL_PW)

add("compose/decoy-env-reference", "depot-stack/docker-compose.override.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """
services:
  rentalman-db:
    environment:
      MYSQL_PASSWORD: ${MYSQL_PASSWORD:?set MYSQL_PASSWORD in .env}
      MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD:?set it}
  counter:
    environment:
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
      SAMSARA_TOKEN: ${SAMSARA_TOKEN}
      DB_URL: mysql://counter:${MYSQL_PASSWORD}@rentalman-db:3306/rental
""")

add("compose/redis-password", "yard-kiosk/compose.yaml", "https://redis.io/docs/latest/operate/oss_and_stack/management/config/", """
services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--appendonly", "yes", "--requirepass", "@@secret@@"]
    ports:
      - "127.0.0.1:6379:6379"
  kiosk:
    build: .
    environment:
      - REDIS_HOST=redis
      - KIOSK_DEPOT=BHM03
""", fakes.redis_password(_seed()))

K8S_PW = rand_pw(22)
add("k8s-secret/postgres-password", "deploy/k8s/rental-api/secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: rental-api-db
  namespace: hire
type: Opaque
data:
  DB_HOST: @@host@@
  DB_USER: @@user@@
  DB_PASSWORD: @@b@@
""", K8S_PW, host=b64("rentdb01.depots.local"), user=b64("rental_api"), b=b64(K8S_PW))

TU_TOKEN = alnum(40)
add("k8s-secret/trackunit-api-token", "deploy/k8s/telematics/trackunit-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types", """
apiVersion: v1
kind: Secret
metadata:
  name: trackunit-credentials
  namespace: telematics
  labels:
    app: machine-hours-sync
type: Opaque
stringData:
  TRACKUNIT_API_URL: https://api.trackunit.com/public/api
  TRACKUNIT_TOKEN: @@secret@@
  POLL_INTERVAL: "900"
""", TU_TOKEN)

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/telematics/samsara-sealedsecret.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: samsara-credentials
  namespace: telematics
spec:
  encryptedData:
    SAMSARA_TOKEN: AgB@@e1@@
    GEOTAB_PASSWORD: AgA@@e2@@
  template:
    metadata:
      name: samsara-credentials
      namespace: telematics
""", e1=fakes.drawn(_seed(), 340, ALNUM + "+/") + "==", e2=fakes.drawn(_seed(), 340, ALNUM + "+/") + "=")

add("k8s/decoy-secret-ref", "deploy/k8s/rental-api/deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: rental-api
  namespace: hire
spec:
  replicas: 3
  selector:
    matchLabels: {app: rental-api}
  template:
    metadata:
      labels: {app: rental-api}
    spec:
      containers:
        - name: api
          image: registry.planthire.example/rental-api:2.31.4@sha256:@@digest@@
          envFrom:
            - secretRef: {name: rental-api-db}
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: stripe, key: secret-key}
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: rental-api-db, key: DB_PASSWORD}
""", digest=sha256ish())

add("terraform/azure-storage-key", "infra/terraform/backups.tf", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """
resource "azurerm_resource_group" "depot_backups" {
  name     = "rg-depot-backups"
  location = "uksouth"
}

locals {
  # legacy account the InspHire nightly dump still writes to
  legacy_conn = "DefaultEndpointsProtocol=https;AccountName=planthirebackups;AccountKey=@@secret@@;EndpointSuffix=core.windows.net"
}

resource "azurerm_app_service" "dump_runner" {
  name                = "insphire-dump-runner"
  location            = azurerm_resource_group.depot_backups.location
  resource_group_name = azurerm_resource_group.depot_backups.name
  app_service_plan_id = var.plan_id
  app_settings = {
    BACKUP_STORAGE = local.legacy_conn
  }
}
""", azure_storage_key())

add("terraform/decoy-variable-reference", "infra/terraform/rds.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "rental_db_password" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "rental" {
  identifier              = "rental-prod"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 200
  username                = "rental_admin"
  password                = var.rental_db_password
  backup_retention_period = 14
  skip_final_snapshot     = false
}

data "aws_secretsmanager_secret_version" "samsara" {
  secret_id = "prod/telematics/samsara-token"
}
""")

DO_PW = rand_pw(24)
add("terraform/rds-master-password", "infra/terraform/envs/staging/main.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """
provider "aws" {
  region = "eu-west-2"
}

module "rental_db" {
  source            = "../../modules/rds"
  identifier        = "rental-staging"
  instance_class    = "db.t4g.small"
  master_username   = "rental_admin"
  master_password   = "@@secret@@"
  allowed_cidrs     = ["10.40.0.0/16"]
}
""", DO_PW)

add("ansible/ldap-bind-password", "ansible/group_vars/depot_servers.yml", "https://docs.ansible.com/ansible/latest/collections/community/general/ldap_entry_module.html", """
---
ntp_servers:
  - 0.uk.pool.ntp.org
  - 1.uk.pool.ntp.org
sssd_domain: depots.planthire.local
sssd_ldap_uri: ldaps://dc01.depots.planthire.local
sssd_ldap_search_base: dc=depots,dc=planthire,dc=local
sssd_ldap_bind_dn: cn=svc-linux-bind,ou=Service Accounts,dc=depots,dc=planthire,dc=local
sssd_ldap_bind_password: "@@secret@@"
allowed_groups:
  - depot-it
  - workshop-leads
""", words_pw())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/yard_cctv/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(42))

NVR_PW = words_pw()
add("ansible/cctv-admin-password", "ansible/roles/nvr/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/uri_module.html", """
---
- name: Set NVR recording schedule for yard cameras
  ansible.builtin.uri:
    url: "http://{{ nvr_host }}/ISAPI/ContentMgmt/record/tracks/101"
    method: PUT
    user: admin
    password: "@@secret@@"
    force_basic_auth: true
    body: "{{ lookup('template', 'track.xml.j2') }}"
    headers:
      Content-Type: application/xml
    status_code: 200

- name: Enable motion alarm on compound gate camera
  ansible.builtin.uri:
    url: "http://{{ nvr_host }}/ISAPI/System/Video/inputs/channels/1/motionDetection"
    method: PUT
    user: admin
    password: "@@secret@@"
    force_basic_auth: true
    body: "{{ lookup('file', 'motion.xml') }}"
""", NVR_PW)

add("github-actions/decoy-secrets-context", ".github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
name: deploy counter app
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
          aws-region: eu-west-2
      - run: ./scripts/deploy.sh
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          DB_PASSWORD: ${{ secrets.DB_PASSWORD }}
""")

add("github-actions/slack-webhook", ".github/workflows/nightly-stockcheck.yml", "https://api.slack.com/messaging/webhooks", """
name: nightly stock check
on:
  schedule:
    - cron: "30 5 * * 1-6"
jobs:
  stockcheck:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt
      - run: python -m stockcheck --depots all --out report.txt
      - name: Post to #depot-managers
        if: always()
        run: |
          curl -s -X POST -H 'Content-type: application/json' \\
            --data "{\\"text\\": \\"$(head -c 3000 report.txt)\\"}" \\
            @@secret@@
""", slack_webhook())

add("github-actions/pypi-token", ".github/workflows/publish-sdk.yml", "https://pypi.org/help/#apitoken", """
name: publish hire-sdk
on:
  release:
    types: [published]
jobs:
  publish:
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

add("dockerfile/decoy-build-arg", "services/quote-engine/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
FROM python:3.12-slim AS base
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf pip install --no-cache-dir -r requirements.txt
COPY quote_engine/ quote_engine/
ENV PYTHONUNBUFFERED=1 \\
    QUOTE_CURRENCY=GBP \\
    STRIPE_SECRET_KEY_FILE=/run/secrets/stripe_key
USER 10001
EXPOSE 8000
CMD ["gunicorn", "quote_engine.wsgi:app", "-b", "0.0.0.0:8000"]
""")

NPM_TOK = "npm_" + alnum(36)
add("dockerfile/npm-token", "apps/booking-web/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """
FROM node:20-alpine AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc && \\
    npm ci && rm -f .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /src/dist /usr/share/nginx/html
EXPOSE 80
""", NPM_TOK)

# --- other languages --------------------------------------------------------------------------

add("go/trackunit-api-token", "cmd/hours-sync/main.go", "https://developers.trackunit.com/docs/authentication", """
package main

import (
	"fmt"
	"log"
	"net/http"
	"time"
)

const trackunitToken = "@@secret@@"

func fetchMachines(client *http.Client) (*http.Response, error) {
	req, err := http.NewRequest("GET", "https://iris.trackunit.com/api/public/v1/machines?limit=500", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+trackunitToken)
	return client.Do(req)
}

func main() {
	client := &http.Client{Timeout: 30 * time.Second}
	resp, err := fetchMachines(client)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	fmt.Println("trackunit status", resp.Status)
}
""", alnum(40))

GO_PW = words_pw()
add("go/mssql-password", "internal/insphire/conn.go", "https://github.com/microsoft/go-mssqldb#connection-parameters-and-dsn", """
package insphire

import (
	"database/sql"

	_ "github.com/microsoft/go-mssqldb"
)

// Open connects to the InspHire SQL Server at head office (read-only replica).
func Open() (*sql.DB, error) {
	dsn := "sqlserver://insphire_ro:@@secret@@@sql02.headoffice.local:1433?database=InspHire&encrypt=true"
	return sql.Open("sqlserver", dsn)
}
""", GO_PW.replace("#", "x").replace("%", "x").replace("@", "x"))

add("go/decoy-test-fixture", "internal/insphire/conn_test.go", "https://pkg.go.dev/testing", """
package insphire

import "testing"

func TestParseContractNo(t *testing.T) {
	cases := map[string]string{
		"LDS01-2024-000123": "LDS01",
		"MAN02-2023-998877": "MAN02",
	}
	for in, want := range cases {
		if got := depotOf(in); got != want {
			t.Errorf("depotOf(%q) = %q, want %q", in, got, want)
		}
	}
	dsn := "sqlserver://test:test@localhost:1433?database=InspHireTest"
	if _, err := parseDSN(dsn); err != nil {
		t.Fatal(err)
	}
}
""")

add("java/ftp-password", "src/main/java/uk/planthire/edi/SupplierCatalogueFetcher.java", "https://commons.apache.org/proper/commons-net/apidocs/org/apache/commons/net/ftp/FTPClient.html", """
package uk.planthire.edi;

import java.io.FileOutputStream;
import java.io.IOException;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;

public class SupplierCatalogueFetcher {
    private static final String HOST = "ftp.toolsupplier-wholesale.example";
    private static final String USER = "planthire_cat";
    private static final String PASS = "@@secret@@";

    public void fetch(String remote, String local) throws IOException {
        FTPClient ftp = new FTPClient();
        ftp.connect(HOST, 21);
        ftp.login(USER, PASS);
        ftp.enterLocalPassiveMode();
        ftp.setFileType(FTP.BINARY_FILE_TYPE);
        try (FileOutputStream out = new FileOutputStream(local)) {
            ftp.retrieveFile(remote, out);
        }
        ftp.logout();
        ftp.disconnect();
    }
}
""", rand_pw(14))

add("properties/datasource-password", "src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.data.spring.datasource.password", """
server.port=8443
spring.application.name=depot-transfer-service
spring.datasource.url=jdbc:postgresql://rentdb01.depots.local:5432/rental
spring.datasource.username=transfers
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
transfer.lorry.capacity-kg=18000
transfer.notify.email=transport@planthire.example
""", words_pw())

add("properties/decoy-placeholder", "src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders", """
server.port=8080
spring.application.name=depot-transfer-service
spring.datasource.url=${DB_URL:jdbc:postgresql://localhost:5432/rental}
spring.datasource.username=${DB_USER:transfers}
spring.datasource.password=${DB_PASSWORD}
transfer.samsara.token=${SAMSARA_TOKEN:}
transfer.lorry.capacity-kg=18000
""")

add("kotlin/square-access-token", "app/src/main/java/uk/toolhire/counter/pay/SquareConfig.kt", "https://developer.squareup.com/docs/build-basics/access-tokens", """
package uk.toolhire.counter.pay

import com.squareup.square.Environment
import com.squareup.square.SquareClient

object SquareConfig {
    private const val ACCESS_TOKEN = "@@secret@@"
    const val LOCATION_ID = "L@@loc@@"

    val client: SquareClient by lazy {
        SquareClient.Builder()
            .environment(Environment.PRODUCTION)
            .accessToken(ACCESS_TOKEN)
            .build()
    }
}
""", square_token(), loc=ups(12))

add("kotlin/decoy-build-config", "app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "uk.toolhire.driver"
    compileSdk = 34
    defaultConfig {
        applicationId = "uk.toolhire.driver"
        minSdk = 26
        versionCode = 412
        versionName = "4.12"
        buildConfigField("String", "MAPS_API_KEY", "\\"${project.findProperty("MAPS_API_KEY") ?: ""}\\"")
        buildConfigField("String", "API_BASE", "\\"https://api.toolhire.example/v2/\\"")
    }
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("KEYSTORE_PATH") ?: "release.jks")
            storePassword = System.getenv("KEYSTORE_PASSWORD")
            keyAlias = "driver"
            keyPassword = System.getenv("KEY_PASSWORD")
        }
    }
}
""")

add("json/mssql-password", "DepotSync/appsettings.Production.json", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax", """
{
  "Logging": {
    "LogLevel": { "Default": "Information" }
  },
  "ConnectionStrings": {
    "Rental": "Server=sql02.headoffice.local;Database=InspHire;User Id=depot_sync;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Sync": {
    "Depots": [ "LDS01", "MAN02", "BHM03", "GLA04" ],
    "IntervalMinutes": 10
  }
}
""", rand_pw(18))

add("csharp/mailgun-api-key", "DepotSync/Services/MailgunNotifier.cs", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication", """
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace DepotSync.Services
{
    public class MailgunNotifier
    {
        private const string Domain = "mg.planthire.example";
        private const string ApiKey = "@@secret@@";
        private readonly HttpClient _http = new HttpClient();

        public MailgunNotifier()
        {
            var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes("api:" + ApiKey));
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
        }

        public Task<HttpResponseMessage> SendOverdueReminder(string to, string contractNo)
        {
            var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["from"] = "Plant Hire <hire@planthire.example>",
                ["to"] = to,
                ["subject"] = $"Overdue return: {contractNo}",
                ["text"] = "Our records show equipment on this contract is past its off-hire date."
            });
            return _http.PostAsync($"https://api.eu.mailgun.net/v3/{Domain}/messages", form);
        }
    }
}
""", mailgun_key())

add("csharp/decoy-user-secrets-id", "DepotSync/DepotSync.csproj", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
<Project Sdk="Microsoft.NET.Sdk.Worker">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <UserSecretsId>@@u@@</UserSecretsId>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.Data.SqlClient" Version="5.2.0" />
    <PackageReference Include="Microsoft.Extensions.Hosting" Version="8.0.0" />
  </ItemGroup>
</Project>
""", u=uuid_s())

add("php/paypal-client-secret", "wp-content/plugins/hire-checkout/includes/class-paypal.php", "https://developer.paypal.com/api/rest/authentication/", """
<?php
/**
 * PayPal checkout for online tool hire bookings.
 */
class Hire_Checkout_PayPal {
    const CLIENT_ID     = '@@cid@@';
    const CLIENT_SECRET = '@@secret@@';
    const API_BASE      = 'https://api-m.paypal.com';

    public function access_token() {
        $response = wp_remote_post( self::API_BASE . '/v1/oauth2/token', array(
            'headers' => array(
                'Authorization' => 'Basic ' . base64_encode( self::CLIENT_ID . ':' . self::CLIENT_SECRET ),
            ),
            'body'    => array( 'grant_type' => 'client_credentials' ),
        ) );
        $body = json_decode( wp_remote_retrieve_body( $response ), true );
        return $body['access_token'];
    }
}
""", fakes.drawn_mixed(_seed(), 80, ALNUM + "-_"), cid="A" + fakes.drawn_mixed(_seed(), 79, ALNUM + "-_"))

WP_PW = rand_pw(24, "!#%^*()-_")
add("php/mysql-password", "wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
define( 'DB_NAME', 'toolhire_wp' );
define( 'DB_USER', 'toolhire_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         '@@k1@@' );
define( 'SECURE_AUTH_KEY',  '@@k2@@' );

$table_prefix = 'th_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", WP_PW, k1=fakes.drawn(_seed(), 64, ALNUM + "!@#%^&*()-_[]{}<>~+=,.;:/?|"),
    k2=fakes.drawn(_seed(), 64, ALNUM + "!@#%^&*()-_[]{}<>~+=,.;:/?|"))

add("php/decoy-getenv", "wp-content/plugins/hire-checkout/config.php", "https://www.php.net/manual/en/function.getenv.php", """
<?php
return array(
    'stripe_publishable' => 'pk_live_@@pk@@',
    'stripe_secret'      => getenv( 'HIRE_STRIPE_SECRET' ),
    'webhook_secret'     => getenv( 'HIRE_STRIPE_WHSEC' ),
    'deposit_rate'       => 0.2,
    'min_hire_days'      => 1,
    'depots'             => array( 'LDS01', 'MAN02', 'BHM03' ),
);
""", pk=alnum(99))

add("ruby/shopify-admin-token", "lib/tasks/shopify_sync.rake", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """
require "shopify_api"

namespace :shopify do
  desc "Push consumables stock (blades, discs, PPE) to the online shop"
  task sync_consumables: :environment do
    session = ShopifyAPI::Auth::Session.new(
      shop: "planthire-consumables.myshopify.com",
      access_token: "@@secret@@"
    )
    client = ShopifyAPI::Clients::Rest::Admin.new(session: session)
    Consumable.where(online: true).find_each do |item|
      client.post(path: "inventory_levels/set", body: {
        location_id: item.depot.shopify_location_id,
        inventory_item_id: item.shopify_inventory_item_id,
        available: item.stock_on_hand
      })
    end
  end
end
""", shopify_token())

add("ruby/decoy-credentials-fetch", "config/initializers/stripe.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
Rails.configuration.stripe = {
  publishable_key: ENV.fetch("STRIPE_PUBLISHABLE_KEY"),
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key),
  webhook_secret: Rails.application.credentials.dig(:stripe, :webhook_secret)
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.max_network_retries = 2
""")

add("yaml/rails-database-password", "config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: hiredesk_development

test:
  <<: *default
  database: hiredesk_test

production:
  <<: *default
  database: hiredesk
  host: rentdb01.depots.local
  username: hiredesk
  password: @@secret@@
""", rand_pw(20))

add("rust/telegram-bot-token", "yard-alerts/src/main.rs", "https://core.telegram.org/bots/api#authorizing-your-bot", """
use reqwest::blocking::Client;
use std::time::Duration;

const BOT_TOKEN: &str = "@@secret@@";
const CHAT_ID: i64 = -1001934456210;

fn send(client: &Client, text: &str) -> reqwest::Result<()> {
    let url = format!("https://api.telegram.org/bot{}/sendMessage", BOT_TOKEN);
    client
        .post(url)
        .json(&serde_json::json!({"chat_id": CHAT_ID, "text": text}))
        .send()?
        .error_for_status()?;
    Ok(())
}

fn main() {
    let client = Client::builder().timeout(Duration::from_secs(10)).build().unwrap();
    send(&client, "Compound gate BHM03 opened out of hours").unwrap();
}
""", fakes.telegram_token(_seed()))

add("rust/decoy-env-var", "yard-alerts/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

pub struct Config {
    pub bot_token: String,
    pub chat_id: i64,
    pub gate_sensor_url: String,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            bot_token: env::var("TELEGRAM_BOT_TOKEN").expect("TELEGRAM_BOT_TOKEN not set"),
            chat_id: env::var("TELEGRAM_CHAT_ID").unwrap_or_default().parse().unwrap_or(0),
            gate_sensor_url: env::var("GATE_SENSOR_URL").unwrap_or_else(|_| "http://10.40.3.20/status".into()),
        }
    }
}
""")

add("swift/google-maps-server-key", "DriverApp/Services/RouteService.swift", "https://developers.google.com/maps/documentation/routes/get-api-key", """
import Foundation

enum RouteService {
    // server key with Routes API enabled, no app restriction
    private static let apiKey = "@@secret@@"

    static func eta(from origin: String, to site: String) async throws -> Data {
        var req = URLRequest(url: URL(string: "https://routes.googleapis.com/directions/v2:computeRoutes")!)
        req.httpMethod = "POST"
        req.setValue(apiKey, forHTTPHeaderField: "X-Goog-Api-Key")
        req.setValue("routes.duration,routes.distanceMeters", forHTTPHeaderField: "X-Goog-FieldMask")
        req.httpBody = try JSONSerialization.data(withJSONObject: [
            "origin": ["address": origin],
            "destination": ["address": site],
            "travelMode": "DRIVE",
        ])
        let (data, _) = try await URLSession.shared.data(for: req)
        return data
    }
}
""", google_key())

add("plist/decoy-public-ids", "DriverApp/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleIdentifier</key>
	<string>uk.toolhire.driver</string>
	<key>CFBundleShortVersionString</key>
	<string>4.12</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>Your location is used to show the delivery route to site.</string>
	<key>MGLMapboxAccessToken</key>
	<string>@@pk@@</string>
	<key>TeamIdentifier</key>
	<string>@@team@@</string>
</dict>
</plist>
""", pk=mapbox("pk"), team=ups(10))

add("typescript/mapbox-secret-token", "apps/booking-web/scripts/upload-depot-tiles.ts", "https://docs.mapbox.com/api/maps/uploads/", """
import { readFileSync } from "node:fs";

const MAPBOX_SECRET = "@@secret@@";
const USERNAME = "hiredepot";

async function credentials() {
  const res = await fetch(`https://api.mapbox.com/uploads/v1/${USERNAME}/credentials?access_token=${MAPBOX_SECRET}`, {
    method: "POST",
  });
  return res.json();
}

async function main() {
  const geojson = readFileSync("data/depot-catchments.geojson", "utf8");
  const creds = await credentials();
  console.log("staging bucket", creds.bucket, geojson.length);
}

main();
""", mapbox("sk"))

add("typescript/decoy-publishable-key", "apps/booking-web/src/lib/stripe.ts", "https://docs.stripe.com/keys#obtain-api-keys", """
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: safe in the browser by design.
export const stripePromise = loadStripe("@@pk@@");

export const DEPOSIT_RATE = 0.2;
export function depositFor(weeklyRatePence: number): number {
  return Math.max(5000, Math.round(weeklyRatePence * DEPOSIT_RATE));
}
""", pk=stripe("pk_live_"))

# --- scripts: shell, PowerShell ---------------------------------------------------------------

add("shell/mysql-password", "scripts/backup_rental_db.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """
#!/usr/bin/env bash
# Nightly dump of the depot rental DB, copied to the NAS in the workshop office.
set -euo pipefail
STAMP=$(date +%F)
OUT=/srv/backups/rental-$STAMP.sql.gz

mysqldump -h 127.0.0.1 -u backup -p'@@secret@@' --single-transaction --routines rental | gzip > "$OUT"
find /srv/backups -name 'rental-*.sql.gz' -mtime +14 -delete
rsync -a /srv/backups/ nas01.depot.local::rental-backups/
echo "backup done: $OUT"
""", words_pw().replace("'", ""))

add("shell/decoy-prompt-password", "scripts/restore_rental_db.sh", "https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html", """
#!/usr/bin/env bash
set -euo pipefail
DUMP=${1:?usage: restore_rental_db.sh DUMP.sql.gz}
read -r -s -p "MySQL root password: " MYSQL_PWD
export MYSQL_PWD
echo
gunzip -c "$DUMP" | mysql -h 127.0.0.1 -u root rental_restore
unset MYSQL_PWD
echo "restored $DUMP into rental_restore"
""")

add("shell/github-token", "scripts/clone_depot_repos.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
#!/bin/sh
# one-off: pull every depot kiosk repo onto the new build box
GH_TOKEN=@@secret@@
ORG=planthire-depots
for repo in kiosk-firmware yard-alerts label-printer counter-app; do
  git clone "https://x-access-token:${GH_TOKEN}@github.com/${ORG}/${repo}.git" "/opt/src/${repo}"
done
""", fakes.github_token(_seed()))

add("shell/samsara-api-token", "scripts/check_fleet_gateways.sh", "https://developers.samsara.com/reference/listvehicles", """
#!/usr/bin/env bash
# Which low-loaders have a gateway that has not reported in 24h?
curl -sS --fail \\
  -H "Authorization: Bearer @@secret@@" \\
  "https://api.samsara.com/fleet/vehicles?tagIds=2841,2842" \\
  | jq -r '.data[] | select(.gateway.lastConnected < (now - 86400 | todate)) | .name'
""", samsara_token())

add("shell/decoy-op-read", "scripts/env_from_1password.sh", "https://developer.1password.com/docs/cli/reference/commands/read/", """
#!/usr/bin/env bash
# Load deploy credentials from 1Password for a local run; nothing is written to disk.
export STRIPE_SECRET_KEY="$(op read 'op://Depot IT/Stripe live/secret key')"
export SAMSARA_TOKEN="$(op read 'op://Depot IT/Samsara API/credential')"
export DB_PASSWORD="$(op read 'op://Depot IT/rentdb01 app user/password')"
export TRACKUNIT_TOKEN="$(op read 'op://Depot IT/Trackunit/token')"
exec "$@"
""")

add("shell/ssh-private-key", "provisioning/kiosk/bootstrap_kiosk.sh", "https://man.openbsd.org/ssh-keygen", """
#!/bin/bash
# Run once on a new yard kiosk (Raspberry Pi) so it can pull updates from the depot server.
set -e
install -d -m 700 /home/kiosk/.ssh
cat > /home/kiosk/.ssh/id_ed25519 <<'KEY'
@@secret@@
KEY
chmod 600 /home/kiosk/.ssh/id_ed25519
chown -R kiosk:kiosk /home/kiosk/.ssh
ssh-keyscan depotsrv01.depot.local >> /home/kiosk/.ssh/known_hosts
systemctl enable --now kiosk-updater.timer
""", openssh_key())

add("shell/rsync-password", "scripts/sync_cctv_exports.sh", "https://download.samba.org/pub/rsync/rsync.1", """
#!/bin/sh
# copy incident clips from the yard NVR export share to head office
# cron: 15 2 * * * /opt/scripts/sync_cctv_exports.sh >> /var/log/cctv-sync.log 2>&1
set -e
export RSYNC_PASSWORD='@@secret@@'
rsync -av --remove-source-files /mnt/nvr-exports/ cctvsync@ho-archive.planthire.local::incidents/BHM03/
""", rand_pw(16))

add("powershell/ad-service-password", "scripts/New-DepotUser.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", """
param(
    [Parameter(Mandatory)] [string] $Name,
    [Parameter(Mandatory)] [ValidateSet('LDS01','MAN02','BHM03','GLA04')] [string] $Depot
)
$svcPass = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('PLANTHIRE\\svc-provision', $svcPass)

New-ADUser -Name $Name -Path "OU=$Depot,OU=Depots,DC=planthire,DC=local" `
    -Enabled $true -ChangePasswordAtLogon $true `
    -AccountPassword (Read-Host -AsSecureString 'Initial password') `
    -Credential $cred
Add-ADGroupMember -Identity "Counter-$Depot" -Members $Name -Credential $cred
""", words_pw())

add("powershell/decoy-secretmanagement", "scripts/Export-InvoiceBatch.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
Import-Module Microsoft.PowerShell.SecretManagement
$sqlCred = Get-Secret -Name 'InspHire-Export' -Vault DepotVault
$conn = "Server=sql02.headoffice.local;Database=InspHire;User Id=$($sqlCred.UserName);Password=$($sqlCred.GetNetworkCredential().Password)"
$rows = Invoke-Sqlcmd -ConnectionString $conn -Query "EXEC dbo.usp_InvoiceBatch @Date = '$(Get-Date -Format yyyy-MM-dd)'"
$rows | Export-Csv -Path "\\\\ho-fs01\\finance\\batches\\invoices-$(Get-Date -Format yyyyMMdd).csv" -NoTypeInformation
Write-Host "Exported $($rows.Count) invoice lines"
""")

AZ_SECRET = azure_secret()
add("powershell/azure-client-secret", "scripts/Connect-Graph.ps1", "https://learn.microsoft.com/en-us/powershell/microsoftgraph/authentication-commands", """
$tenantId = '@@t@@'
$clientId = '@@c@@'
$secret   = ConvertTo-SecureString -String '@@secret@@' -AsPlainText -Force
$cred     = New-Object System.Management.Automation.PSCredential($clientId, $secret)

Connect-MgGraph -TenantId $tenantId -ClientSecretCredential $cred -NoWelcome
# depot shared mailboxes for off-hire requests
Get-MgUser -Filter "startswith(mail,'offhire.')" | Select-Object DisplayName, Mail
""", AZ_SECRET, t=uuid_s(), c=uuid_s())

add("powershell/decoy-cert-thumbprint", "scripts/Connect-GraphCert.ps1", "https://learn.microsoft.com/en-us/powershell/microsoftgraph/authentication-commands#app-only-access", """
$tenantId   = '@@t@@'
$clientId   = '@@c@@'
$thumbprint = '@@th@@'

Connect-MgGraph -TenantId $tenantId -ClientId $clientId -CertificateThumbprint $thumbprint -NoWelcome
Get-MgGroup -Filter "startswith(displayName,'Depot-')" | Select-Object DisplayName, Id
""", t=uuid_s(), c=uuid_s(), th=hexs(40).upper())

# --- configs: json, toml, ini, xml --------------------------------------------------------------

_PK = fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
add("json/gcp-service-account-key", "driver-app-backend/serviceAccountKey.json", "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments", """
{
  "type": "service_account",
  "project_id": "toolhire-driver",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "firebase-adminsdk-x2k9p@toolhire-driver.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-x2k9p%40toolhire-driver.iam.gserviceaccount.com"
}
""", _PK.replace("\n", "\\n") + "\\n", kid=hexs(40), cid=str(_rng().randint(10**20, 10**21)))

add("json/decoy-firebase-web-config", "apps/booking-web/src/firebase.json", "https://firebase.google.com/docs/projects/api-keys", """
{
  "apiKey": "@@k@@",
  "authDomain": "toolhire-driver.firebaseapp.com",
  "projectId": "toolhire-driver",
  "storageBucket": "toolhire-driver.appspot.com",
  "messagingSenderId": "@@m@@",
  "appId": "1:@@m@@:web:@@a@@"
}
""", k=google_key(), m=str(_rng().randint(10**11, 10**12)), a=hexs(22))

add("json/hubspot-private-app-token", "integrations/hubspot/config.json", "https://developers.hubspot.com/docs/api/private-apps", """
{
  "portalId": 25884710,
  "accessToken": "@@secret@@",
  "pipelines": {
    "accountApplications": "default",
    "longTermHire": "88231450"
  },
  "syncDepots": ["LDS01", "MAN02", "BHM03", "GLA04"],
  "createDealsAboveGBP": 5000
}
""", hubspot_token())

add("json/decoy-package-lock-integrity", "apps/booking-web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json#packages", """
{
  "name": "booking-web",
  "version": "3.8.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "4.1.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.1.0.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/mapbox-gl": {
      "version": "3.5.2",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.5.2.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==", i2=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("json/slack-bot-token", "integrations/slack/depot-bot.json", "https://api.slack.com/authentication/token-types#bot", """
{
  "app": "Depot Bot",
  "workspace": "planthire",
  "bot_token": "@@secret@@",
  "channels": {
    "breakdowns": "C05R1K2L9QH",
    "deliveries": "C05R1K7T3MZ",
    "damage-reports": "C06A2B8N0PX"
  },
  "post_as": "depot-bot"
}
""", slack_bot())

add("json/decoy-vscode-launch", ".vscode/launch.json", "https://code.visualstudio.com/docs/editor/debugging#_launch-configurations", """
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "counter: runserver",
      "type": "debugpy",
      "request": "launch",
      "program": "${workspaceFolder}/manage.py",
      "args": ["runserver", "0.0.0.0:8000"],
      "envFile": "${workspaceFolder}/.env",
      "env": {"DJANGO_SETTINGS_MODULE": "hirecounter.settings.local", "DB_PASSWORD": "${env:DB_PASSWORD}"}
    }
  ]
}
""")

add("toml/pypi-token", "hire-sdk/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi
    depot-internal

[pypi]
username = __token__
password = @@secret@@

[depot-internal]
repository = https://pypi.planthire.example/simple/
username = ci
""", fakes.pypi_token(_seed()))

add("toml/decoy-poetry-source", "hire-sdk/pyproject.toml", "https://python-poetry.org/docs/repositories/#configuring-credentials", """
[tool.poetry]
name = "hire-sdk"
version = "1.9.2"
description = "Client for the depot rental API: availability, quotes, on/off-hire."
authors = ["Depot IT <it@planthire.example>"]

[tool.poetry.dependencies]
python = "^3.10"
httpx = "^0.27"

[[tool.poetry.source]]
name = "depot-internal"
url = "https://pypi.planthire.example/simple/"
priority = "supplemental"
# credentials: poetry config http-basic.depot-internal ci $DEPOT_PYPI_PASSWORD
""")

add("toml/streamlit-postgres-password", "utilisation-dashboard/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """
[connections.rental]
dialect = "postgresql"
host = "rentdb-replica.depots.local"
port = "5432"
database = "rental"
username = "dashboard_ro"
password = "@@secret@@"

[maps]
default_depot = "MAN02"
""", rand_pw(20))

add("toml/decoy-cargo-checksum", "yard-alerts/Cargo.lock", "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html", """
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "reqwest"
version = "0.12.5"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c1@@"

[[package]]
name = "serde_json"
version = "1.0.120"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c2@@"
""", c1=sha256ish(), c2=sha256ish())

add("ini/ldap-bind-password", "keycabinet/traka_sync.ini", "https://ldap3.readthedocs.io/en/latest/bind.html", """
; Sync depot staff from AD into the Traka key cabinet user list
[ldap]
server = ldaps://dc01.depots.planthire.local:636
bind_dn = CN=svc-traka,OU=Service Accounts,DC=depots,DC=planthire,DC=local
bind_password = @@secret@@
base = OU=Depots,DC=depots,DC=planthire,DC=local
filter = (&(objectClass=user)(memberOf=CN=KeyCabinet-Users,OU=Groups,DC=depots,DC=planthire,DC=local))

[traka]
host = 10.40.3.15
port = 10700
depot = BHM03
""", words_pw())

add("ini/odbc-password", "etc/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """
[InspHire]
Driver = ODBC Driver 18 for SQL Server
Server = sql02.headoffice.local,1433
Database = InspHire
UID = report_reader
PWD = @@secret@@
Encrypt = yes
TrustServerCertificate = yes
""", rand_pw(16))

add("ini/decoy-alembic", "rental_api/alembic.ini", "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file", """
[alembic]
script_location = migrations
# overridden by env.py from RENTAL_DB_URL
sqlalchemy.url = postgresql://user:password@localhost/rental

[loggers]
keys = root,sqlalchemy,alembic

[logger_root]
level = WARN
handlers = console
""")

add("pgbouncer-userlist/postgres-password", "deploy/pgbouncer/userlist.txt", "https://www.pgbouncer.org/config.html#authentication-file-format", """
"rental_api" "@@secret@@"
"fleet_sync" "md5@@h@@"
"dashboard_ro" "SCRAM-SHA-256$4096:@@s1@@$@@s2@@:@@s3@@"
"pgbouncer_admin" "md5@@h2@@"
"counter" "md5@@h3@@"
""", rand_pw(22), h=hexs(32), h2=hexs(32), h3=hexs(32), s1=fakes.drawn(_seed(), 24, ALNUM + "+/"),
    s2=fakes.drawn(_seed(), 44, ALNUM + "+/"), s3=fakes.drawn(_seed(), 44, ALNUM + "+/"))

add("xml/jdbc-password", "tomcat/conf/context.xml", "https://tomcat.apache.org/tomcat-9.0-doc/jndi-datasource-examples-howto.html", """
<?xml version="1.0" encoding="UTF-8"?>
<Context>
    <WatchedResource>WEB-INF/web.xml</WatchedResource>
    <Resource name="jdbc/RentalDB" auth="Container" type="javax.sql.DataSource"
              maxTotal="40" maxIdle="10" maxWaitMillis="10000"
              username="depot_portal" password="@@secret@@"
              driverClassName="org.postgresql.Driver"
              url="jdbc:postgresql://rentdb01.depots.local:5432/rental"/>
</Context>
""", words_pw().replace("&", "x"))

add("xml/maven-repo-password", "ci/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>planthire-releases</id>
      <username>ci-publisher</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>planthire-releases</id>
      <url>https://nexus.planthire.example/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(20))

add("xml/decoy-maven-encrypted", "ci/settings-security-example.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>planthire-releases</id>
      <username>ci-publisher</username>
      <password>{@@enc@@}</password>
    </server>
    <server>
      <id>planthire-snapshots</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""", enc=fakes.drawn(_seed(), 44, ALNUM + "+/") + "=")

add("xml/fuel-card-password", "integrations/fuelcard/FuelCardClient.config", "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/appsettings/add-element-for-appsettings", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="FuelCard.Endpoint" value="https://ws.fuelcards-supplier.example/TransactionService.svc" />
    <add key="FuelCard.AccountNumber" value="7001882431" />
    <add key="FuelCard.Username" value="planthire_transport" />
    <add key="FuelCard.Password" value="@@secret@@" />
    <add key="FuelCard.PollHours" value="6" />
  </appSettings>
</configuration>
""", words_pw().replace("&", "x"))

# --- data: sql, csv, logs ----------------------------------------------------------------------

add("sql/db-user-password", "db/migrations/0042_create_report_users.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- 0042: read-only users for the utilisation dashboard and the finance export
BEGIN;
CREATE ROLE dashboard_ro LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE rental TO dashboard_ro;
GRANT USAGE ON SCHEMA hire TO dashboard_ro;
GRANT SELECT ON hire.contracts, hire.contract_lines, hire.assets, hire.depots TO dashboard_ro;

CREATE ROLE finance_export LOGIN;
GRANT SELECT ON hire.invoices TO finance_export;
COMMIT;
""", rand_pw(20))

add("sql/decoy-bcrypt-seed", "db/seeds/020_staff_users.sql", "https://www.postgresql.org/docs/current/pgcrypto.html#PGCRYPTO-PASSWORD-HASHING-FUNCS", """
-- Demo counter staff for the training depot (TRN99). Passwords are bcrypt hashes.
INSERT INTO hire.staff (username, depot, role, password_hash) VALUES
  ('trainee.one',   'TRN99', 'counter',  '@@h1@@'),
  ('trainee.two',   'TRN99', 'counter',  '@@h2@@'),
  ('trainer.lead',  'TRN99', 'manager',  '@@h3@@'),
  ('yard.demo',     'TRN99', 'yard',     '@@h4@@');
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash())

add("sql/linked-server-password", "db/mssql/create_linked_telematics.sql", "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sp-addlinkedsrvlogin-transact-sql", """
USE master;
GO
EXEC sp_addlinkedserver
    @server = N'TELEMATICS',
    @srvproduct = N'',
    @provider = N'MSOLEDBSQL',
    @datasrc = N'tel-sql01.planthire.local';
GO
EXEC sp_addlinkedsrvlogin
    @rmtsrvname = N'TELEMATICS',
    @useself = N'False',
    @locallogin = NULL,
    @rmtuser = N'insphire_link',
    @rmtpassword = N'@@secret@@';
GO
""", words_pw().replace("'", ""))

add("sql/decoy-asset-register", "db/seeds/010_assets.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """
INSERT INTO hire.assets (asset_no, product_code, make, model, serial_no, telematics_id, depot) VALUES
  ('EX-01822', 'MINIDIG15', 'Kubota', 'KX015-4', 'KBCAZ15A2P1H30871', '@@t1@@', 'LDS01'),
  ('DU-00341', 'DUMPER3T',  'Thwaites', 'MACH2091', 'SLBDNHHL0E1234821', '@@t2@@', 'MAN02'),
  ('TH-00917', 'TELE14M',   'JCB', '540-140', 'JCB5TGGCJP3092215', '@@t3@@', 'BHM03'),
  ('AP-02210', 'SCISSOR26', 'Genie', 'GS-2646', 'GS4622A-188920', '@@t4@@', 'GLA04');
""", t1=uuid_s(), t2=uuid_s(), t3=uuid_s(), t4=uuid_s())

add("csv/device-passwords", "docs/handover/yard_network_devices.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
device,location,ip,username,password,notes
gate-controller,BHM03 compound gate,10.40.3.20,admin,@@secret@@,Paxton Net2 ACU
nvr,BHM03 workshop office,10.40.3.30,admin,see vault,Hikvision DS-7616
key-cabinet,BHM03 counter,10.40.3.15,,,Traka S-Touch, AD synced
label-printer,BHM03 counter,10.40.3.41,,,Zebra ZD421
wifi-ap-yard,BHM03 yard mast,10.40.3.5,ubnt,see vault,UniFi U6 Mesh
""", words_pw().replace(",", ""))

add("csv/decoy-telematics-units", "exports/trackunit_units_2024-05.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
asset_no,unit_serial,imei,sim_iccid,last_seen_utc,engine_hours
EX-01822,@@s1@@,35@@i1@@,8944@@c1@@,2024-05-31T16:42:10Z,1822.4
DU-00341,@@s2@@,35@@i2@@,8944@@c2@@,2024-05-31T15:10:55Z,641.0
TH-00917,@@s3@@,35@@i3@@,8944@@c3@@,2024-05-30T07:01:02Z,3310.7
AP-02210,@@s4@@,35@@i4@@,8944@@c4@@,2024-05-31T17:20:44Z,410.2
""", **{f"s{i}": str(_rng().randint(10**7, 10**8)) for i in range(1, 5)},
    **{f"i{i}": str(_rng().randint(10**12, 10**13)) for i in range(1, 5)},
    **{f"c{i}": str(_rng().randint(10**14, 10**15)) for i in range(1, 5)})

add("csv/decoy-payment-refs", "exports/deposits_refunded_2024-05.csv", "https://docs.stripe.com/api/refunds/object", """
contract_no,customer,deposit_gbp,payment_intent,refund_id,refunded_at
LDS01-2024-004211,Hartley Groundworks,250.00,pi_@@p1@@,re_@@r1@@,2024-05-02
MAN02-2024-002198,J Patel,100.00,pi_@@p2@@,re_@@r2@@,2024-05-07
BHM03-2024-003374,Midland Roofing Ltd,400.00,pi_@@p3@@,re_@@r3@@,2024-05-15
GLA04-2024-001032,A McLeod,75.00,pi_@@p4@@,re_@@r4@@,2024-05-29
""", **{f"p{i}": alnum(24) for i in range(1, 5)}, **{f"r{i}": alnum(24) for i in range(1, 5)})

add("log/basic-auth-header", "logs/telematics-sync-2024-06-03.log", "https://datatracker.ietf.org/doc/html/rfc7617", """
2024-06-03 05:00:01,112 INFO  sync started depots=LDS01,MAN02,BHM03,GLA04
2024-06-03 05:00:01,480 DEBUG GET https://api.vendor-telematics.example/v3/assets?page=1
2024-06-03 05:00:01,481 DEBUG request headers: {'User-Agent': 'python-requests/2.31.0', 'Accept': 'application/json', 'Authorization': 'Basic @@secret@@'}
2024-06-03 05:00:02,903 DEBUG 200 OK (1.42s) 500 items
2024-06-03 05:00:04,117 INFO  upserted 1,822 asset positions
2024-06-03 05:00:04,118 WARNING 14 assets outside depot geofence > 48h
2024-06-03 05:00:04,120 INFO  sync finished in 3.0s
""", b64("planthire-sync:" + rand_pw(18)))

add("log/decoy-redacted", "logs/counter-app-2024-06-03.log", "https://docs.python.org/3/library/logging.html", """
2024-06-03 07:30:12 INFO  [counter] user=trainee.one depot=LDS01 login ok
2024-06-03 07:31:40 INFO  [payments] creating PaymentIntent amount=25000 capture_method=manual key=sk_live_****************************kP2x
2024-06-03 07:31:41 INFO  [payments] pi_@@p@@ requires_capture
2024-06-03 07:45:03 WARN  [db] slow query 1.8s: SELECT * FROM contract_lines WHERE depot = %s
2024-06-03 07:52:19 INFO  [smtp] sent off-hire confirmation to h***@hartley-groundworks.example password=[REDACTED]
""", p=alnum(24))

add("log/postgres-url-password", "logs/worker-crash-2024-05-28.txt", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS", """
Traceback (most recent call last):
  File "/app/fleet_sync/worker.py", line 88, in run
    engine = create_engine(settings.RENTAL_DB_URL, pool_pre_ping=True)
  File "/app/.venv/lib/python3.11/site-packages/sqlalchemy/engine/create.py", line 612, in create_engine
    u = _url.make_url(url)
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "rentdb01.depots.local" (10.40.0.12), port 5432 failed: FATAL:  password authentication failed for user "fleet_sync"
[SQL: (no statement)]
settings.RENTAL_DB_URL = 'postgresql+psycopg2://fleet_sync:@@secret@@@rentdb01.depots.local:5432/rental'
(Background on this error at: https://sqlalche.me/e/20/e3q8)
""", rand_pw(20))

# --- docs, runbooks, notebooks ---------------------------------------------------------------

add("markdown/nvr-admin-password", "docs/runbooks/yard-cctv.md", "https://www.hikvision.com/en/support/", """
# Yard CCTV (all depots)

Each depot has a Hikvision NVR in the workshop office, recording 30 days.

## Pulling footage for a damage or theft claim
1. Browse to the NVR (see the network sheet for its IP).
2. Log in as `admin` / `@@secret@@` (same on every depot NVR since the 2023 refit).
3. Playback -> choose the camera -> export to USB as MP4.
4. Attach the clip to the claim in the rental system under the contract.

## Who to call
- Installer: Secure Site Systems, 0113 496 0555, contract SS-2231.
""", words_pw())

add("markdown/decoy-placeholder-docs", "docs/integrations/samsara.md", "https://developers.samsara.com/docs/authentication", """
# Samsara integration

We pull engine hours and GPS for low-loaders and vans every 15 minutes.

## Setup
1. In Samsara, Settings -> API Tokens -> Add token (read: Vehicles, Vehicle Stats).
2. Store it in 1Password as `Samsara API` in the Depot IT vault.
3. Set it for the worker:

```bash
export SAMSARA_TOKEN="samsara_api_<your token>"
python -m telematics.samsara_hours
```

Tokens look like `samsara_api_` followed by 30 characters. Never paste one in a ticket.
""")

add("markdown/gocardless-access-token", "docs/handover/finance-integrations.md", "https://developer.gocardless.com/getting-started/api/making-your-first-request", """
# Finance integrations - handover (Dave, leaving 14 June)

| System | What | Where | Credential |
|---|---|---|---|
| Xero | invoices posted nightly | accounts/xero_sync.py | custom connection, in 1Password |
| GoCardless | monthly direct debits, long hires | accounts/direct_debit.py | `@@secret@@` |
| Stripe | counter deposits | hirecounter/payments | env var on the server |

The GoCardless token above is the live one; rotate it after I have gone.
Account credit limits are reviewed by Sarah in credit control on the first Monday.
""", gocardless_token())

add("markdown/decoy-api-docs", "hire-sdk/README.md", "https://www.markdownguide.org/basic-syntax/", """
# hire-sdk

Python client for the depot rental API.

```python
from hire_sdk import Client

client = Client(api_key="YOUR_API_KEY", base_url="https://api.planthire.example/v2")
print(client.availability("MINIDIG15", depot="LDS01", start="2024-06-10", days=5))
```

Get an API key from the customer portal under *Account -> Integrations*. Keys start with
`ph_live_`; test keys start with `ph_test_`. Set `HIRE_API_KEY` in your environment instead of
putting the key in code.
""")

add("notebook/postgres-password", "analysis/utilisation_by_category.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Utilisation by category, last 12 months"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine('postgresql://analyst:@@secret@@@rentdb-replica.depots.local/rental')\\n",
    "df = pd.read_sql('SELECT category, depot, days_on_hire, days_available FROM hire.utilisation_monthly', engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df.groupby('category').sum().eval('days_on_hire / days_available').sort_values()"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(16))

add("notebook/decoy-getpass", "analysis/damage_claims.ipynb", "https://docs.python.org/3/library/getpass.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "pw = getpass.getpass('rental DB password: ')\\n",
    "engine = create_engine(f'postgresql://analyst:{pw}@rentdb-replica.depots.local/rental')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["claims = pd.read_sql('SELECT * FROM hire.damage_claims WHERE created_at > now() - interval 1 year', engine)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

# --- rental software, hire marketplaces, booking --------------------------------------------------

add("python/booqable-api-key", "webshop/booqable_stock.py", "https://developers.booqable.com/#authentication", """
import requests

BOOQABLE_COMPANY = "smalltoolhire"
BOOQABLE_API_KEY = "@@secret@@"


def products():
    r = requests.get(
        f"https://{BOOQABLE_COMPANY}.booqable.com/api/1/product_groups",
        params={"api_key": BOOQABLE_API_KEY, "per": 100},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["product_groups"]


if __name__ == "__main__":
    for group in products():
        print(group["name"], group["stock_count"])
""", hexs(64))

add("typescript/rentman-api-token", "integrations/rentman/client.ts", "https://api.rentman.net/#section/Authentication", """
import axios from "axios";

export const rentman = axios.create({
  baseURL: "https://api.rentman.net",
  headers: {
    Authorization: "Bearer @@secret@@",
    Accept: "application/json",
  },
  timeout: 15000,
});

export async function equipmentAvailability(id: number, from: string, to: string) {
  const { data } = await rentman.get(`/equipment/${id}/availability`, { params: { start: from, end: to } });
  return data.data;
}
""", jwt_like('{"medewerker":1042,"account":"planthire","client_type":"openapi","client.name":"planthire","exp":2051222400,"iat":1717400000}'))

add("env/ezrentout-token", "asset-tracker/.env", "https://ezo.io/ezrentout/developers/", """
# asset tracker: EZRentOut -> depot dashboards
EZRENTOUT_SUBDOMAIN=planthire
EZRENTOUT_TOKEN=@@secret@@
SYNC_LOCATIONS=Leeds,Manchester,Birmingham,Glasgow
LOG_LEVEL=info
""", alnum(64))

add("env/decoy-commented-example", "asset-tracker/.env.sample", "https://ezo.io/ezrentout/developers/", """
# EZRentOut: Settings > Add Ons > API Integration > generate token
EZRENTOUT_SUBDOMAIN=yourcompany
EZRENTOUT_TOKEN=your-ezrentout-token-here
SYNC_LOCATIONS=Leeds,Manchester
LOG_LEVEL=debug
""")

add("yaml/point-of-rental-api-key", "integrations/por/config.yaml", "https://docs.pointofrentalcloud.com/", """
point_of_rental:
  base_url: https://api.pointofrentalcloud.com/v1
  api_key: @@secret@@
  store_ids: [101, 102, 103, 104]
  sync:
    customers: true
    contracts: true
    items: true
  page_size: 200
schedule: "*/10 6-19 * * 1-6"
""", hexs(32))

add("yaml/decoy-helm-values-empty", "deploy/helm/rental-api/values.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """
replicaCount: 2
image:
  repository: registry.planthire.example/rental-api
  tag: "2.31.4"
secrets:
  # set with --set-file or from the external secret store; never commit values here
  dbPassword: ""
  stripeSecretKey: ""
  samsaraToken: ""
externalSecret:
  enabled: true
  store: aws-secrets-manager
  key: prod/rental-api
resources:
  limits: {cpu: 500m, memory: 512Mi}
""")

add("yaml/jcb-livelink-client-secret", "telematics/oem/livelink.yaml", "https://www.jcb.com/en-gb/campaigns/livelink", """
# JCB LiveLink (ISO 15143-3 AEMP 2.0 feed) for the JCB fleet
provider: jcb-livelink
token_url: https://api.livelink.jcb.com/oauth/token
fleet_url: https://api.livelink.jcb.com/aemp/v2/Fleet/{page}
client_id: planthire-uk-aemp
client_secret: @@secret@@
poll_minutes: 60
map_assets_by: serial_number
""", alnum(40))

add("json/cat-visionlink-credentials", "telematics/oem/visionlink.json", "https://digital.cat.com/apis", """
{
  "provider": "cat-visionlink",
  "standard": "ISO 15143-3",
  "tokenEndpoint": "https://fedlogin.cat.com/as/token.oauth2",
  "clientId": "planthire_aemp_prod",
  "clientSecret": "@@secret@@",
  "scope": "manage:all",
  "fleetEndpoint": "https://services.cat.com/telematics/iso15143/fleet/1",
  "pollMinutes": 60
}
""", fakes.drawn_mixed(_seed(), 64, ALNUM))

add("python/decoy-iso15143-parser", "telematics/oem/aemp.py", "https://www.iso.org/standard/67556.html", """
\"\"\"Parse an ISO 15143-3 (AEMP 2.0) fleet snapshot into asset readings.\"\"\"
from dataclasses import dataclass

EQUIPMENT_ID_PATTERN = r"^[A-Z0-9]{17}$"  # PIN / serial number
TOKEN_HEADER = "Authorization"


@dataclass
class Reading:
    serial: str
    hours: float
    lat: float
    lon: float


def parse(snapshot: dict) -> list:
    out = []
    for eq in snapshot.get("Equipment", []):
        header = eq["EquipmentHeader"]
        out.append(Reading(header["SerialNumber"], eq["CumulativeOperatingHours"]["Hour"],
                           eq["Location"]["Latitude"], eq["Location"]["Longitude"]))
    return out
""")

add("python/orbcomm-password", "telematics/orbcomm_poll.py", "https://www.orbcomm.com/en/partners/connectivity/api", """
import requests

ORBCOMM_USER = "planthire_api"
ORBCOMM_PASS = "@@secret@@"


def positions(since_iso):
    resp = requests.post(
        "https://api.orbcomm-telematics.example/v2/positions/query",
        auth=(ORBCOMM_USER, ORBCOMM_PASS),
        json={"since": since_iso, "assetGroup": "TRAILERS"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["positions"]
""", rand_pw(14, "!#"))

add("php/adyen-api-key", "app/Services/AdyenDeposits.php", "https://docs.adyen.com/development-resources/api-credentials/", """
<?php

namespace App\\Services;

use Adyen\\Client;
use Adyen\\Environment;
use Adyen\\Service\\Checkout\\PaymentsApi;

class AdyenDeposits
{
    private PaymentsApi $payments;

    public function __construct()
    {
        $client = new Client();
        $client->setXApiKey('@@secret@@');
        $client->setEnvironment(Environment::LIVE, 'a1b2c3d4e5f6a7b8-PlantHireUK');
        $this->payments = new PaymentsApi($client);
    }

    public function authoriseDeposit(string $contractNo, int $amountMinor, array $card): array
    {
        return $this->payments->payments([
            'merchantAccount' => 'PlantHireUK_Depots',
            'reference' => $contractNo,
            'amount' => ['currency' => 'GBP', 'value' => $amountMinor],
            'paymentMethod' => $card,
            'additionalData' => ['authorisationType' => 'PreAuth'],
        ]);
    }
}
""", "AQE" + alnum(60) + "=-" + fakes.drawn(_seed(), 43, ALNUM + "+/") + "=-" + alnum(10))

add("ruby/sumup-api-key", "app/services/sumup_checkout.rb", "https://developer.sumup.com/api/checkouts", """
require "net/http"
require "json"

class SumupCheckout
  API_KEY = "@@secret@@".freeze
  MERCHANT_CODE = "MH4H92C7".freeze

  def self.create(contract_no, amount_gbp)
    uri = URI("https://api.sumup.com/v0.1/checkouts")
    req = Net::HTTP::Post.new(uri, "Authorization" => "Bearer #{API_KEY}", "Content-Type" => "application/json")
    req.body = { checkout_reference: contract_no, amount: amount_gbp, currency: "GBP", merchant_code: MERCHANT_CODE }.to_json
    Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| JSON.parse(http.request(req).body) }
  end
end
""", "sup_sk_" + alnum(32))

add("java/opayo-integration-password", "src/main/java/uk/planthire/pay/OpayoConfig.java", "https://developer-eu.elavon.com/docs/opayo/integrations", """
package uk.planthire.pay;

public final class OpayoConfig {
    public static final String VENDOR_NAME = "planthireuk";
    public static final String INTEGRATION_KEY = "@@ik@@";
    public static final String INTEGRATION_PASSWORD = "@@secret@@";
    public static final String ENDPOINT = "https://live.opayo.eu.elavon.com/api/v1";

    private OpayoConfig() {
    }

    public static String basicAuth() {
        return java.util.Base64.getEncoder().encodeToString((INTEGRATION_KEY + ":" + INTEGRATION_PASSWORD).getBytes());
    }
}
""", alnum(40), ik=alnum(40))

add("python/decoy-stripe-test-mode-doc", "hirecounter/payments/tests/test_deposits.py", "https://docs.stripe.com/testing#cards", """
import pytest

from hirecounter.payments.deposits import hold_deposit

TEST_CARD = "4242424242424242"  # Stripe's documented test Visa
DECLINED_CARD = "4000000000000002"


@pytest.mark.parametrize("card,expected", [(TEST_CARD, "requires_capture"), (DECLINED_CARD, "declined")])
def test_hold_deposit(stripe_mock, card, expected):
    result = hold_deposit(contract_no="TRN99-2024-000001", amount_pence=25000, card_number=card,
                          exp="12/34", cvc="123")
    assert result.status == expected
""")

add("csharp/worldpay-xml-password", "Payments/WorldpayGateway.cs", "https://developerengine.fisglobal.com/apis/wpg/xml", """
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace PlantHire.Payments
{
    public sealed class WorldpayGateway
    {
        private const string MerchantCode = "PLANTHIREECOM";
        private const string XmlPassword = "@@secret@@";
        private static readonly HttpClient Http = new HttpClient();

        static WorldpayGateway()
        {
            var creds = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{MerchantCode}:{XmlPassword}"));
            Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", creds);
        }

        public static Task<HttpResponseMessage> Submit(string orderXml) =>
            Http.PostAsync("https://secure.worldpay.com/jsp/merchant/xml/paymentService.jsp",
                new StringContent(orderXml, Encoding.UTF8, "text/xml"));
    }
}
""", words_pw())

add("env/quickbooks-client-secret", "accounts-bridge/.env", "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0", """
QBO_ENVIRONMENT=production
QBO_CLIENT_ID=AB@@cid@@
QBO_CLIENT_SECRET=@@secret@@
QBO_REALM_ID=9130356612345678
QBO_REDIRECT_URI=https://accounts-bridge.planthire.example/callback
INVOICE_PREFIX=PH-
""", alnum(40), cid=alnum(48))

add("env/decoy-dotenv-vault", "accounts-bridge/.env.vault", "https://www.dotenv.org/docs/security/env-vault", """
#/-------------------.env.vault---------------------/
#/         cloud-agnostic vaulting standard         /
#/   [how it works](https://dotenv.org/env-vault)   /
#/--------------------------------------------------/

# production
DOTENV_VAULT_PRODUCTION="@@v@@"
""", v=fakes.drawn(_seed(), 220, ALNUM + "+/") + "==")

DS_KEY = pem("RSA")
add("yaml/docusign-rsa-key", "contracts-esign/config/docusign.yml", "https://developers.docusign.com/platform/auth/jwt/jwt-get-token/", """
docusign:
  base_path: https://eu.docusign.net/restapi
  oauth_host: account.docusign.com
  integration_key: @@ik@@
  user_id: @@uid@@
  account_id: @@aid@@
  templates:
    long_term_hire: @@tpl@@
  private_key: |
@@secret_block@@
""", DS_KEY, ik=uuid_s(), uid=uuid_s(), aid=uuid_s(), tpl=uuid_s(), secret_block=indent(DS_KEY, "    "))

# --- yard devices and depot IT -------------------------------------------------------------------

add("ini/wifi-psk", "provisioning/kiosk/wpa_supplicant.conf", "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf", """
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=GB

network={
    ssid="PH-Yard-Devices"
    psk="@@secret@@"
    key_mgmt=WPA-PSK
    priority=10
}
""", passphrase())

add("ini/wireguard-private-key", "provisioning/depot-router/wg0.conf", "https://www.wireguard.com/quickstart/", """
[Interface]
# BHM03 depot router -> head office
Address = 10.99.0.13/32
PrivateKey = @@secret@@
ListenPort = 51820

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.planthire.example:51820
AllowedIPs = 10.0.0.0/8
PersistentKeepalive = 25
""", fakes.drawn(_seed(), 43, ALNUM + "+/")[:42] + "A=", pub=fakes.drawn(_seed(), 42, ALNUM + "+/") + "E=")

add("ini/decoy-wireguard-public", "provisioning/head-office/wg0-peers.conf", "https://www.wireguard.com/quickstart/", """
# Depot peers on the head office concentrator (public keys only; private keys stay on each router)
[Peer]
# LDS01
PublicKey = @@p1@@
AllowedIPs = 10.99.0.11/32

[Peer]
# MAN02
PublicKey = @@p2@@
AllowedIPs = 10.99.0.12/32

[Peer]
# BHM03
PublicKey = @@p3@@
AllowedIPs = 10.99.0.13/32
""", p1=fakes.drawn(_seed(), 42, ALNUM + "+/") + "Q=", p2=fakes.drawn(_seed(), 42, ALNUM + "+/") + "k=",
    p3=fakes.drawn(_seed(), 42, ALNUM + "+/") + "w=")

add("python/mqtt-broker-password", "gateway/gate_sensor_bridge.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html#paho.mqtt.client.Client.username_pw_set", """
import json

import paho.mqtt.client as mqtt

BROKER = "mqtt.depots.planthire.local"


def on_message(client, userdata, msg):
    event = json.loads(msg.payload)
    if event.get("state") == "open" and event.get("after_hours"):
        client.publish("alerts/gate", json.dumps({"depot": event["depot"], "gate": event["gate"]}))


client = mqtt.Client(client_id="gate-bridge-bhm03")
client.username_pw_set("gate-bridge", "@@secret@@")
client.tls_set()
client.on_message = on_message
client.connect(BROKER, 8883)
client.subscribe("depots/+/gates/+/state")
client.loop_forever()
""", rand_pw(20))

add("yaml/decoy-mosquitto-acl", "gateway/mosquitto/acl.yaml", "https://mosquitto.org/man/mosquitto-conf-5.html", """
# Who may read and write which topics (passwords live in the broker's hashed password file)
users:
  gate-bridge:
    read: ["depots/+/gates/+/state"]
    write: ["alerts/gate"]
  weighbridge:
    write: ["depots/+/weighbridge/tickets"]
  dashboard:
    read: ["alerts/#", "depots/+/weighbridge/tickets"]
password_file: /mosquitto/config/passwd
password_hash: sha512-pbkdf2
""")

add("xml/paxton-net2-password", "gateway/net2/Net2Bridge.exe.config", "https://www.paxton-access.com/resource/net2-api/", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Net2Server" value="10.40.3.20" />
    <add key="Net2Port" value="8025" />
    <add key="Net2OperatorId" value="1" />
    <add key="Net2OperatorName" value="System engineer" />
    <add key="Net2OperatorPassword" value="@@secret@@" />
    <add key="OutOfHoursStart" value="18:00" />
    <add key="OutOfHoursEnd" value="06:30" />
  </appSettings>
</configuration>
""", words_pw().replace("&", "x"))

add("shell/zebra-printer-password", "scripts/push_label_format.sh", "https://docs.zebra.com/us/en/printers/software/zpl-pg/c-zpl-zpl-commands.html", """
#!/usr/bin/env bash
# Push the asset label format (QR + asset no + next LOLER date) to every depot printer.
set -euo pipefail
for host in 10.40.1.41 10.40.2.41 10.40.3.41 10.40.4.41; do
  curl -s -u admin:@@secret@@ -F "file=@labels/asset_label.zpl" "http://$host/upload/printer" \\
    && echo "pushed to $host"
done
""", rand_pw(12))

add("shell/decoy-default-credentials-doc", "scripts/factory_reset_printer.sh", "https://docs.zebra.com/us/en/printers/software/zpl-pg/c-zpl-zpl-commands.html", """
#!/usr/bin/env bash
# After a factory reset a Zebra ZD421 comes back with its documented default web password (1234).
# This script sets the depot one from the vault; it never prints it.
set -euo pipefail
HOST=${1:?printer ip}
NEW_PW="$(op read 'op://Depot IT/Zebra printers/password')"
curl -s -u "admin:1234" -d "password=${NEW_PW}" "http://$HOST/settings/security" >/dev/null
echo "password set on $HOST"
""")

add("yaml/unifi-controller-password", "ansible/host_vars/unifi01.yml", "https://docs.ansible.com/ansible/latest/reference_appendices/general_precedence.html", """
---
unifi_controller_url: https://unifi01.depots.planthire.local:8443
unifi_site: bhm03
unifi_admin_user: depot-it
unifi_admin_password: @@secret@@
wlans:
  - name: PH-Yard-Devices
    vlan: 40
  - name: PH-Customer
    vlan: 60
    guest: true
""", rand_pw(18))

add("python/snmp-community", "monitoring/check_depot_ups.py", "https://pysnmp.readthedocs.io/en/latest/docs/api-reference.html#community-based", """
from pysnmp.hlapi import (CommunityData, ContextData, ObjectIdentity, ObjectType, SnmpEngine,
                          UdpTransportTarget, getCmd)

UPS = {"LDS01": "10.40.1.9", "MAN02": "10.40.2.9", "BHM03": "10.40.3.9"}
COMMUNITY = "@@secret@@"
BATTERY_PCT = "1.3.6.1.2.1.33.1.2.4.0"

for depot, host in UPS.items():
    err, status, _, binds = next(getCmd(SnmpEngine(), CommunityData(COMMUNITY, mpModel=1),
                                         UdpTransportTarget((host, 161)), ContextData(),
                                         ObjectType(ObjectIdentity(BATTERY_PCT))))
    print(depot, binds[0][1] if not err else err)
""", "ph" + rand_pw(14))

add("python/decoy-public-snmp", "monitoring/check_switch_uptime.py", "https://pysnmp.readthedocs.io/en/latest/", """
\"\"\"Lab check against the simulator only (public community, no real devices).\"\"\"
from pysnmp.hlapi import CommunityData, ContextData, ObjectIdentity, ObjectType, SnmpEngine, UdpTransportTarget, getCmd

SIMULATOR = ("demo.pysnmp.com", 161)
errInd, errStat, errIdx, binds = next(getCmd(SnmpEngine(), CommunityData("public", mpModel=0),
                                             UdpTransportTarget(SIMULATOR), ContextData(),
                                             ObjectType(ObjectIdentity("SNMPv2-MIB", "sysUpTime", 0))))
for name, value in binds:
    print(name.prettyPrint(), "=", value.prettyPrint())
""")

add("powershell/weighbridge-sql-password", "scripts/Import-WeighTickets.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """
# Pull tickets from the aggregate yard weighbridge PC into the rental DB
$tickets = Import-Csv -Path '\\\\weigh-pc01\\export\\tickets.csv'
foreach ($t in $tickets) {
    Invoke-Sqlcmd -ServerInstance 'sql02.headoffice.local' -Database 'InspHire' `
        -Username 'weighbridge' -Password '@@secret@@' `
        -Query "INSERT INTO dbo.WeighTickets (TicketNo, Reg, GrossKg, TareKg, Depot) VALUES ('$($t.Ticket)', '$($t.Reg)', $($t.Gross), $($t.Tare), 'BHM03')"
}
Write-Output "$($tickets.Count) tickets imported"
""", rand_pw(16))

# --- chat, notifications, support -----------------------------------------------------------------

add("python/teams-webhook", "monitoring/breakdown_alert.py", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", """
import requests

TEAMS_WEBHOOK = "@@secret@@"


def breakdown(asset_no, site, reported_by):
    card = {
        "@type": "MessageCard",
        "summary": f"Breakdown {asset_no}",
        "title": f"Breakdown on hire: {asset_no}",
        "text": f"Site: {site}<br>Reported by: {reported_by}",
    }
    requests.post(TEAMS_WEBHOOK, json=card, timeout=10).raise_for_status()
""", "https://planthire.webhook.office.com/webhookb2/" + uuid_s() + "@" + uuid_s() + "/IncomingWebhook/" + hexs(32) + "/" + uuid_s() + "/V2" + alnum(43))

add("javascript/discord-webhook", "tools/hire-bot/index.js", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """
const fetch = require("node-fetch");

const WEBHOOK = "https://discord.com/api/webhooks/@@wid@@/@@secret@@";

async function postReturn(assetNo, depot, condition) {
  await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: `Returned ${assetNo} to ${depot}: ${condition}` }),
  });
}

module.exports = { postReturn };
""", fakes.drawn_mixed(_seed(), 68, ALNUM + "-_"), wid=str(_rng().randint(10**17, 10**18)))

add("env/vonage-api-secret", "delivery-sms/.env.vonage", "https://developer.vonage.com/en/getting-started/concepts/authentication", """
# fallback SMS route when Twilio is down
VONAGE_API_KEY=@@k@@
VONAGE_API_SECRET=@@secret@@
VONAGE_BRAND_NAME=PlantHire
SMS_REMINDER_HOURS_BEFORE_OFFHIRE=24
""", alnum(16), k=hexs(8))

add("python/zendesk-api-token", "support/zendesk_damage_tickets.py", "https://developer.zendesk.com/api-reference/introduction/security-and-auth/#api-token", """
from zenpy import Zenpy
from zenpy.lib.api_objects import Ticket

creds = {
    "email": "depot-it@planthire.example",
    "token": "@@secret@@",
    "subdomain": "planthire",
}
zenpy_client = Zenpy(**creds)


def open_damage_ticket(contract_no, asset_no, notes):
    return zenpy_client.tickets.create(Ticket(
        subject=f"Damage on return {asset_no} ({contract_no})",
        description=notes,
        tags=["damage", "returns"],
    ))
""", alnum(40))

add("typescript/intercom-access-token", "apps/booking-web/server/intercom.ts", "https://developers.intercom.com/docs/build-an-integration/learn-more/authentication", """
import { Client } from "intercom-client";

const intercom = new Client({ tokenAuth: { token: "@@secret@@" } });

export async function tagTradeAccount(email: string, depot: string) {
  const contact = await intercom.contacts.search({
    data: { query: { field: "email", operator: "=", value: email } },
  });
  if (contact.data.length) {
    await intercom.tags.tagContact({ contactId: contact.data[0].id, tagId: `depot-${depot}` });
  }
}
""", "dG9rOj" + fakes.drawn(_seed(), 54, ALNUM) + "=")

add("javascript/decoy-intercom-app-id", "apps/booking-web/public/widget.js", "https://developers.intercom.com/installing-intercom/web/installation", """
window.intercomSettings = {
  api_base: "https://api-iam.eu.intercom.io",
  app_id: "@@a@@",
};
(function () {
  var w = window, ic = w.Intercom;
  if (typeof ic === "function") { ic("update", w.intercomSettings); return; }
  var s = document.createElement("script");
  s.async = true;
  s.src = "https://widget.intercom.io/widget/" + w.intercomSettings.app_id;
  document.head.appendChild(s);
})();
""", a=fakes.drawn(_seed(), 8, string.ascii_lowercase + string.digits))

add("javascript/decoy-recaptcha-site-key", "apps/booking-web/public/quote-form.js", "https://developers.google.com/recaptcha/docs/v3", """
const RECAPTCHA_SITE_KEY = "6L@@k@@";

document.getElementById("quote-form").addEventListener("submit", (e) => {
  e.preventDefault();
  grecaptcha.ready(() => {
    grecaptcha.execute(RECAPTCHA_SITE_KEY, { action: "quote" }).then((token) => {
      document.getElementById("recaptcha-token").value = token;
      e.target.submit();
    });
  });
});
""", k=fakes.drawn(_seed(), 38, ALNUM + "-_"))

add("php/recaptcha-secret-key", "wp-content/plugins/hire-quote/verify.php", "https://developers.google.com/recaptcha/docs/verify", """
<?php
function hire_quote_verify_captcha( $token ) {
    $response = wp_remote_post( 'https://www.google.com/recaptcha/api/siteverify', array(
        'body' => array(
            'secret'   => '@@secret@@',
            'response' => $token,
            'remoteip' => $_SERVER['REMOTE_ADDR'],
        ),
    ) );
    $result = json_decode( wp_remote_retrieve_body( $response ), true );
    return ! empty( $result['success'] ) && $result['score'] >= 0.5;
}
""", "6L" + fakes.drawn(_seed(), 38, ALNUM + "-_"))

# --- cloud, CI and developer tokens ---------------------------------------------------------------

add("yaml/datadog-api-key", "deploy/datadog/datadog.yaml", "https://docs.datadoghq.com/account_management/api-app-keys/", """
api_key: @@secret@@
site: datadoghq.eu
hostname: depotsrv01-bhm03
tags:
  - env:prod
  - depot:bhm03
  - role:depot-server
logs_enabled: true
process_config:
  process_collection:
    enabled: true
""", datadog_key())

add("env/sentry-auth-token", "apps/booking-web/.env.sentry-build-plugin", "https://docs.sentry.io/cli/configuration/#to-authenticate-manually", """
# used by @sentry/vite-plugin to upload source maps on release builds
SENTRY_ORG=planthire
SENTRY_PROJECT=booking-web
SENTRY_URL=https://sentry.io/
SENTRY_AUTH_TOKEN=@@secret@@
""", "sntrys_" + b64('{"iat":1717400000.1,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"planthire"}').rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("javascript/decoy-sentry-dsn", "apps/booking-web/src/sentry.client.js", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
import * as Sentry from "@sentry/browser";

// The DSN only lets a browser send events; Sentry documents it as safe to expose.
Sentry.init({
  dsn: "https://@@k@@@o@@org@@.ingest.de.sentry.io/@@proj@@",
  release: import.meta.env.VITE_RELEASE,
  tracesSampleRate: 0.1,
  environment: "production",
});
""", k=hexs(32), org=str(_rng().randint(10**5, 10**6)), proj=str(_rng().randint(10**6, 10**7)))

add("shell/cloudflare-api-token", "scripts/purge_catalogue_cache.sh", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", """
#!/usr/bin/env bash
# Purge the product catalogue pages after a price change.
set -euo pipefail
ZONE_ID=@@zone@@
CF_API_TOKEN=@@secret@@
curl -sS -X POST "https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/purge_cache" \\
  -H "Authorization: Bearer ${CF_API_TOKEN}" \\
  -H "Content-Type: application/json" \\
  --data '{"prefixes":["www.toolhire.example/hire/","www.toolhire.example/prices/"]}'
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"), zone=hexs(32))

add("ansible/gitlab-runner-token", "ansible/roles/gitlab_runner/vars/main.yml", "https://docs.gitlab.com/runner/configuration/advanced-configuration.html", """
# rendered to /etc/gitlab-runner/config.toml by the runner role
concurrent: 4
runners:
  - name: depot-build-01
    url: https://gitlab.planthire.example/
    token: @@secret@@
    executor: docker
    docker:
      image: python:3.12-slim
      privileged: false
      volumes: ["/cache"]
""", "glrt-" + fakes.drawn_mixed(_seed(), 20, ALNUM + "_-"))

add("shell/dockerhub-pat", "ci/scripts/push_images.sh", "https://docs.docker.com/security/for-developers/access-tokens/", """
#!/usr/bin/env bash
set -euo pipefail
echo "@@secret@@" | docker login -u planthireci --password-stdin
for svc in counter rental-api quote-engine yard-kiosk; do
  docker tag "$svc:latest" "planthire/$svc:${CI_COMMIT_SHORT_SHA}"
  docker push "planthire/$svc:${CI_COMMIT_SHORT_SHA}"
done
docker logout
""", "dckr_pat_" + fakes.drawn_mixed(_seed(), 27, ALNUM + "_-"))

add("yaml/azure-devops-pat", "azure-pipelines/templates/nuget-restore.yml", "https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate", """
steps:
  - task: NuGetAuthenticate@1
  - script: |
      dotnet nuget add source "https://pkgs.dev.azure.com/planthire/_packaging/depot-libs/nuget/v3/index.json" \\
        --name depot-libs --username build --password @@secret@@ --store-password-in-clear-text
      dotnet restore DepotSync.sln
    displayName: restore with depot-libs feed
""", fakes.drawn(_seed(), 52, string.ascii_lowercase + "234567"))

add("github-actions/decoy-oidc-role", ".github/workflows/terraform.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
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
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::412893305561:role/gha-terraform-plan
          aws-region: eu-west-2
      - uses: hashicorp/setup-terraform@v3
      - run: terraform -chdir=infra/terraform init -input=false
      - run: terraform -chdir=infra/terraform plan -input=false -var "rental_db_password=${{ secrets.RENTAL_DB_PASSWORD }}"
""")

add("github-actions/aws-access-key", ".github/workflows/sync-price-list.yml", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """
name: sync price list
on:
  workflow_dispatch:
  schedule:
    - cron: "0 4 * * 1"
jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@secret@@
      AWS_DEFAULT_REGION: eu-west-2
    steps:
      - uses: actions/checkout@v4
      - run: aws s3 cp prices/price_list.csv s3://planthire-web-assets/prices/price_list.csv
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/aws-session-token", "docs/onboarding/aws-credentials.example.ini", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
# ~/.aws/credentials as it was on the old build box (copied here for the new one)
[default]
region = eu-west-2

[planthire-prod]
aws_access_key_id = ASIA@@kid@@
aws_secret_access_key = @@sk@@
aws_session_token = @@secret@@
""", fakes.aws_session_token(_seed()), kid=ups(16), sk=fakes.aws_secret_key(_seed()))

add("ini/decoy-aws-config-profiles", "docs/onboarding/aws-config.ini", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html", """
[profile planthire-prod]
sso_session = planthire
sso_account_id = 412893305561
sso_role_name = DepotEngineer
region = eu-west-2

[sso-session planthire]
sso_start_url = https://planthire.awsapps.com/start
sso_region = eu-west-2
sso_registration_scopes = sso:account:access
""")

add("python/openai-api-key", "quote-assistant/describe_kit.py", "https://platform.openai.com/docs/api-reference/authentication", """
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

PROMPT = (
    "Write a two-sentence hire description for a UK tool hire website. "
    "Mention weight, fuel and the licence or ticket needed to operate it."
)


def describe(make, model, category):
    reply = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": PROMPT},
                  {"role": "user", "content": f"{make} {model} ({category})"}],
    )
    return reply.choices[0].message.content
""", fakes.openai_key(_seed()))

add("python/anthropic-api-key", "quote-assistant/classify_damage.py", "https://docs.anthropic.com/en/api/getting-started#authentication", """
import anthropic

client = anthropic.Anthropic(
    api_key="@@secret@@",
)


def classify(notes: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=50,
        messages=[{"role": "user", "content": f"Classify this return note as wear, damage or missing parts: {notes}"}],
    )
    return msg.content[0].text.strip()
""", "sk-ant-api03-" + fakes.drawn_mixed(_seed(), 93, ALNUM + "-_") + "AA")

add("python/decoy-key-validation-regex", "quote-assistant/keys.py", "https://docs.python.org/3/library/re.html", """
\"\"\"Refuse to start when a key in the environment has the wrong shape (catches pasted quotes).\"\"\"
import os
import re

SHAPES = {
    "OPENAI_API_KEY": re.compile(r"^sk-(proj-)?[A-Za-z0-9_-]{20,}$"),
    "ANTHROPIC_API_KEY": re.compile(r"^sk-ant-api03-[A-Za-z0-9_-]{90,}AA$"),
    "STRIPE_SECRET_KEY": re.compile(r"^(sk|rk)_(live|test)_[A-Za-z0-9]{24,}$"),
}


def check_env():
    bad = [name for name, shape in SHAPES.items() if name in os.environ and not shape.match(os.environ[name])]
    if bad:
        raise SystemExit(f"malformed keys: {', '.join(bad)}")
""")

add("terraform/digitalocean-token", "infra/terraform/marketing-site/provider.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", """
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.39"
    }
  }
}

provider "digitalocean" {
  token = "dop_v1_@@secret@@"
}

resource "digitalocean_droplet" "wp" {
  name   = "toolhire-wp-01"
  region = "lon1"
  size   = "s-2vcpu-4gb"
  image  = "wordpress-22-04"
}
""", hexs(64))

add("terraform/decoy-public-ssh-key", "infra/terraform/marketing-site/ssh.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs/resources/ssh_key", """
resource "digitalocean_ssh_key" "depot_it" {
  name       = "depot-it-2024"
  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k@@ depot-it@planthire"
}

resource "digitalocean_ssh_key" "agency" {
  name       = "web-agency"
  public_key = file("${path.module}/keys/agency.pub")
}
""", k=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("terraform/cloudflare-tunnel-secret", "infra/terraform/depot-tunnels/main.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs/resources/tunnel", """
resource "cloudflare_tunnel" "bhm03_nvr" {
  account_id = var.cloudflare_account_id
  name       = "bhm03-nvr"
  secret     = "@@secret@@"
}

resource "cloudflare_record" "bhm03_nvr" {
  zone_id = var.zone_id
  name    = "nvr-bhm03"
  value   = "${cloudflare_tunnel.bhm03_nvr.id}.cfargotunnel.com"
  type    = "CNAME"
  proxied = true
}
""", b64(fakes.drawn(_seed(), 32, ALNUM)))

_RMQ = rand_pw(24)
add("k8s-secret/rabbitmq-password", "deploy/k8s/workers/rabbitmq-secret.yaml", "https://www.rabbitmq.com/docs/uri-spec", """
apiVersion: v1
kind: Secret
metadata:
  name: jobs-broker
  namespace: hire
type: Opaque
data:
  BROKER_URL: @@u@@
""", _RMQ, u=b64(f"amqps://hire_jobs:{_RMQ}@rabbitmq.hire.svc:5671/hire"))

add("k8s/decoy-external-secret", "deploy/k8s/workers/externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: telematics-tokens
  namespace: telematics
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: telematics-tokens
  data:
    - secretKey: SAMSARA_TOKEN
      remoteRef: {key: prod/telematics, property: samsara_token}
    - secretKey: TRACKUNIT_TOKEN
      remoteRef: {key: prod/telematics, property: trackunit_token}
""")

add("python/mongodb-srv-password", "webshop/reviews_store.py", "https://www.mongodb.com/docs/manual/reference/connection-string/", """
from pymongo import MongoClient

client = MongoClient(
    "mongodb+srv://reviews_app:@@secret@@@cluster0.x7kq2.mongodb.net/reviews?retryWrites=true&w=majority"
)
reviews = client.reviews.product_reviews


def top_rated(product_code, limit=5):
    return list(reviews.find({"product_code": product_code}).sort("stars", -1).limit(limit))
""", rand_pw(16))

add("python/fernet-key", "hirecounter/core/crypto.py", "https://cryptography.io/en/latest/fernet/", """
\"\"\"Encrypts driving licence numbers held against self-drive van hires.\"\"\"
from cryptography.fernet import Fernet

_FERNET = Fernet(b"@@secret@@")


def encrypt_licence(number: str) -> bytes:
    return _FERNET.encrypt(number.encode())


def decrypt_licence(token: bytes) -> str:
    return _FERNET.decrypt(token).decode()
""", base64.urlsafe_b64encode(random.Random(_seed()).randbytes(32)).decode())

add("python/decoy-fernet-generate", "hirecounter/core/management/commands/new_licence_key.py", "https://cryptography.io/en/latest/fernet/#cryptography.fernet.Fernet.generate_key", """
from cryptography.fernet import Fernet
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Print a new key for LICENCE_FERNET_KEY (store it in the vault, then rotate)."

    def handle(self, *args, **options):
        self.stdout.write(Fernet.generate_key().decode())
""")

add("python/jwt-signing-secret", "rental_api/auth/tokens.py", "https://pyjwt.readthedocs.io/en/stable/usage.html#encoding-decoding-tokens-with-hs256", """
from datetime import datetime, timedelta, timezone

import jwt

JWT_SECRET = "@@secret@@"
JWT_ALG = "HS256"


def issue(customer_account: str, scopes: list) -> str:
    now = datetime.now(timezone.utc)
    claims = {"sub": customer_account, "scp": scopes, "iat": now, "exp": now + timedelta(hours=8)}
    return jwt.encode(claims, JWT_SECRET, algorithm=JWT_ALG)


def verify(token: str) -> dict:
    return jwt.decode(token, JWT_SECRET, algorithms=[JWT_ALG])
""", hexs(64))

add("python/decoy-jwt-in-test", "rental_api/tests/test_tokens.py", "https://datatracker.ietf.org/doc/html/rfc7519", """
from rental_api.auth import tokens


def test_round_trip(monkeypatch):
    monkeypatch.setattr(tokens, "JWT_SECRET", "test-secret-not-used-anywhere")
    token = tokens.issue("ACC-10021", ["availability:read"])
    assert tokens.verify(token)["sub"] == "ACC-10021"


def test_expired_token_is_refused(monkeypatch):
    monkeypatch.setattr(tokens, "JWT_SECRET", "test-secret-not-used-anywhere")
    expired = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJBQ0MtMTAwMjEiLCJleHAiOjE2MDAwMDAwMDB9.invalid-signature"
    try:
        tokens.verify(expired)
    except Exception as exc:
        assert "Signature" in type(exc).__name__ or "Expired" in type(exc).__name__
""")

# --- more depot code and config ---------------------------------------------------------------

add("go/decoy-hmac-verify", "internal/webhooks/verify.go", "https://pkg.go.dev/crypto/hmac", """
package webhooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"os"
)

// Verify checks the X-Telematics-Signature header against the shared secret from the environment.
func Verify(body []byte, signature string) bool {
	secret := os.Getenv("TELEMATICS_WEBHOOK_SECRET")
	if secret == "" {
		return false
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	expected := hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(expected), []byte(signature))
}
""")

add("go/decoy-test-vector", "internal/webhooks/verify_test.go", "https://pkg.go.dev/testing", """
package webhooks

import (
	"os"
	"testing"
)

func TestVerify(t *testing.T) {
	os.Setenv("TELEMATICS_WEBHOOK_SECRET", "unit-test-secret")
	body := []byte(`{"asset":"EX-01822","event":"geofence_exit"}`)
	// HMAC-SHA256 of body under "unit-test-secret", computed once with openssl dgst
	sig := "@@sig@@"
	if Verify(body, sig+"00") {
		t.Fatal("tampered signature accepted")
	}
}
""", sig=sha256ish())

add("go/aws-secret-key", "cmd/tile-cache/config.go", "https://aws.github.io/aws-sdk-go-v2/docs/configuring-sdk/#specify-credentials-programmatically", """
package main

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

var depotMapCreds = credentials.NewStaticCredentialsProvider(
	"@@kid@@",
	"@@secret@@",
	"",
)

var cfg = aws.Config{
	Region:      "eu-west-2",
	Credentials: depotMapCreds,
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("yaml/decoy-spring-placeholders", "src/main/resources/application-tls.yml", "https://docs.spring.io/spring-boot/reference/features/ssl.html", """
server:
  port: 8443
  ssl:
    enabled: true
    key-store: file:/etc/depot-transfer/keystore.p12
    key-store-type: PKCS12
    key-store-password: ${KEYSTORE_PASSWORD}
    key-alias: depot-transfer
spring:
  datasource:
    password: ${vault.rental.db-password}
  cloud:
    vault:
      uri: https://vault.planthire.local:8200
      authentication: KUBERNETES
""")

add("java/sftp-password", "src/main/java/uk/planthire/edi/ManufacturerRecallFeed.java", "https://www.ncftp.com/", """
package uk.planthire.edi;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;

public class ManufacturerRecallFeed {
    public void download(String target) throws Exception {
        JSch jsch = new JSch();
        Session session = jsch.getSession("planthire", "sftp.oem-dealer-network.example", 22);
        session.setPassword("@@secret@@");
        session.setConfig("StrictHostKeyChecking", "yes");
        session.connect(15000);
        ChannelSftp sftp = (ChannelSftp) session.openChannel("sftp");
        sftp.connect();
        sftp.get("/outbound/recalls/latest.csv", target);
        sftp.disconnect();
        session.disconnect();
    }
}
""", words_pw())

add("kotlin/decoy-asset-ids", "app/src/test/java/uk/toolhire/driver/AssetLabelTest.kt", "https://kotlinlang.org/docs/jvm-test-using-junit.html", """
package uk.toolhire.driver

import org.junit.Assert.assertEquals
import org.junit.Test

class AssetLabelTest {
    private val qr = "PH:EX-01822:KBCAZ15A2P1H30871:@@u@@"

    @Test
    fun parsesAssetNumber() {
        assertEquals("EX-01822", AssetLabel.parse(qr).assetNo)
    }

    @Test
    fun parsesSerial() {
        assertEquals("KBCAZ15A2P1H30871", AssetLabel.parse(qr).serial)
    }
}
""", u=uuid_s())

_FCM = "AAAA" + fakes.drawn(_seed(), 7, ALNUM + "-_") + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_")
add("kotlin/firebase-server-key", "backend/src/main/kotlin/uk/toolhire/push/DriverPush.kt", "https://firebase.google.com/docs/cloud-messaging/auth-server", """
package uk.toolhire.push

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

object DriverPush {
    private const val SERVER_KEY = "@@secret@@"
    private val http = OkHttpClient()

    fun notify(deviceToken: String, text: String) {
        val body = \"\"\"{"to":"$deviceToken","notification":{"title":"New delivery","body":"$text"}}\"\"\"
        val req = Request.Builder()
            .url("https://fcm.googleapis.com/fcm/send")
            .header("Authorization", "key=$SERVER_KEY")
            .post(body.toRequestBody("application/json".toMediaType()))
            .build()
        http.newCall(req).execute().close()
    }
}
""", _FCM)

add("swift/decoy-keychain", "DriverApp/Services/Credentials.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Foundation
import Security

enum Credentials {
    static let service = "uk.toolhire.driver.api"

    static func apiToken() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecReturnData as String: true,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("swift/basic-auth-password", "DriverApp/Services/DeliveryAPI.swift", "https://datatracker.ietf.org/doc/html/rfc7617", """
import Foundation

struct DeliveryAPI {
    static let base = URL(string: "https://api.toolhire.example/v2/deliveries")!
    // shared driver account, all vans
    static let authHeader = "Basic @@secret@@"

    static func today(depot: String) async throws -> Data {
        var req = URLRequest(url: base.appendingPathComponent("today/\\(depot)"))
        req.setValue(authHeader, forHTTPHeaderField: "Authorization")
        let (data, _) = try await URLSession.shared.data(for: req)
        return data
    }
}
""", b64("drivers:" + words_pw()))

add("csharp/decoy-dpapi-blob", "DepotSync/appsettings.json", "https://learn.microsoft.com/en-us/dotnet/standard/security/how-to-use-data-protection", """
{
  "ConnectionStrings": {
    "Rental": "Server=sql02.headoffice.local;Database=InspHire;Integrated Security=True;TrustServerCertificate=True"
  },
  "Telematics": {
    "Provider": "Trackunit",
    "TokenProtected": "AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA@@blob@@",
    "TokenScope": "LocalMachine"
  },
  "Sync": { "IntervalMinutes": 10 }
}
""", blob=fakes.drawn(_seed(), 180, ALNUM + "+/") + "==")

add("csharp/twilio-auth-token", "DepotSync/Services/SmsNotifier.cs", "https://www.twilio.com/docs/libraries/csharp-dotnet", """
using Twilio;
using Twilio.Rest.Api.V2010.Account;

namespace DepotSync.Services
{
    public static class SmsNotifier
    {
        public static void Init()
        {
            TwilioClient.Init("@@sid@@", "@@secret@@");
        }

        public static void CollectionDue(string mobile, string contractNo, string date)
        {
            MessageResource.Create(
                to: new Twilio.Types.PhoneNumber(mobile),
                from: new Twilio.Types.PhoneNumber("+441134960123"),
                body: $"PlantHire: collection for contract {contractNo} is booked for {date}. Reply STOP to opt out.");
        }
    }
}
""", hexs(32), sid=twilio_sid())

add("yaml/decoy-twilio-sid-only", "delivery-sms/config/numbers.yaml", "https://www.twilio.com/docs/glossary/what-is-a-sid", """
# Twilio phone numbers per depot (SIDs identify the number resource; no credentials here)
depots:
  LDS01:
    number: "+441134960123"
    sid: PN@@p1@@
  MAN02:
    number: "+441614960456"
    sid: PN@@p2@@
  BHM03:
    number: "+441214960789"
    sid: PN@@p3@@
messaging_service_sid: MG@@m@@
""", p1=hexs(32), p2=hexs(32), p3=hexs(32), m=hexs(32))

add("yaml/smtp-password", "config/mailer.yml", "https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration", """
production:
  delivery_method: smtp
  smtp_settings:
    address: smtp.sendgrid.net
    port: 587
    domain: toolhire.example
    user_name: apikey
    password: @@secret@@
    authentication: plain
    enable_starttls_auto: true
  default_from: "Tool Hire <bookings@toolhire.example>"
""", sendgrid_key())

add("dockerfile/scraper-api-key", "services/price-scraper/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM python:3.12-alpine
WORKDIR /srv
RUN pip install --no-cache-dir httpx selectolax
COPY scraper.py .
ENV COMPETITOR_DEPOTS="LS1,M1,B1,G1" \\
    SCRAPER_API_KEY=@@secret@@ \\
    RESULTS_BUCKET=planthire-pricing
CMD ["python", "scraper.py"]
""", hexs(32))

add("dockerfile/decoy-healthcheck", "services/yard-kiosk/Dockerfile", "https://docs.docker.com/reference/dockerfile/", """
FROM node:20-alpine@sha256:@@d@@
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
ENV NODE_ENV=production KIOSK_DEPOT=BHM03
HEALTHCHECK --interval=30s CMD wget -qO- http://localhost:3000/health || exit 1
USER node
CMD ["node", "server.js"]
""", d=sha256ish())

add("compose/decoy-docker-secrets", "depot-stack/compose.secrets.yaml", "https://docs.docker.com/compose/how-tos/use-secrets/", """
services:
  rental-api:
    image: registry.planthire.example/rental-api:2.31.4
    environment:
      DB_PASSWORD_FILE: /run/secrets/db_password
      STRIPE_SECRET_KEY_FILE: /run/secrets/stripe_secret_key
    secrets:
      - db_password
      - stripe_secret_key
secrets:
  db_password:
    file: ./secrets/db_password.txt
  stripe_secret_key:
    external: true
""")

add("compose/minio-root-password", "depot-stack/photos/compose.yaml", "https://min.io/docs/minio/container/operations/install-deploy-manage/deploy-minio-single-node-single-drive.html", """
services:
  minio:
    image: minio/minio:RELEASE.2024-05-28T17-19-04Z
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: depotphotos
      MINIO_ROOT_PASSWORD: @@secret@@
    volumes:
      - /srv/return-photos:/data
    ports:
      - "9000:9000"
      - "9001:9001"
""", rand_pw(24))

add("ansible/decoy-vault-lookup", "ansible/roles/counter_app/defaults/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", """
---
counter_app_version: "4.12.0"
counter_app_port: 8080
counter_db_host: rentdb01.depots.local
counter_db_user: counter
counter_db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/counter:db_password') }}"
counter_stripe_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/counter:stripe_secret_key') }}"
counter_depots:
  - LDS01
  - MAN02
  - BHM03
""")

add("ansible/mysql-root-password", "ansible/playbooks/wordpress.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", """
---
- hosts: webshop
  become: true
  vars:
    mysql_root_password: "@@secret@@"
  tasks:
    - name: Create the WordPress database user
      community.mysql.mysql_user:
        login_user: root
        login_password: "{{ mysql_root_password }}"
        name: toolhire_wp
        host: localhost
        priv: "toolhire_wp.*:ALL"
        password: "{{ vault_wp_db_password }}"
""", words_pw())

add("markdown/wifi-psk", "docs/depots/BHM03.md", "https://www.markdownguide.org/extended-syntax/#tables", """
# BHM03 Birmingham depot

- Address: Unit 4, Tyseley Industrial Estate
- Manager: Gary Hughes, 07700 900412
- Opening: Mon-Fri 07:00-17:00, Sat 08:00-12:00

## Network
| Network | Use | Key |
|---|---|---|
| PH-Yard-Devices | kiosk, printers, gate | `@@secret@@` |
| PH-Customer | waiting area | printed on the counter sign |

## Alarm
Keyholders: Gary, Steve (workshop). Monitoring centre code word is held by the manager.
""", passphrase())

add("markdown/decoy-architecture", "docs/architecture/telematics.md", "https://mermaid.js.org/syntax/flowchart.html", """
# Telematics pipeline

```mermaid
flowchart LR
  TU[Trackunit] -->|REST, token from Secrets Manager| W[hours-sync worker]
  SA[Samsara] -->|REST, token from Secrets Manager| W
  OEM[JCB / CAT AEMP feeds] -->|OAuth client credentials| W
  W --> DB[(rental DB)]
```

Credentials: all tokens live in AWS Secrets Manager under `prod/telematics`. The worker's IAM
role may read only that path. Rotation: every 90 days, owner Depot IT.
Example unit id: `@@u@@` (Trackunit unit ids are UUIDs, not secrets).
""", u=uuid_s())

add("markdown/aws-secret-key", "docs/incidents/2024-03-price-list-outage.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", """
# 2024-03-11: price list not updating on the website

## What happened
The weekly sync job failed from 4 March: the IAM user's key had been deactivated in the tidy-up.

## Fix
Created a new key for `svc-price-sync` and put it on the build box:

    aws configure set aws_access_key_id @@kid@@ --profile price-sync
    aws configure set aws_secret_access_key @@secret@@ --profile price-sync

## Follow-up
- [ ] move the job to OIDC so it needs no key
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("log/decoy-masked-auth", "logs/api-gateway-2024-06-02.log", "https://docs.nginx.com/nginx/admin-guide/monitoring/logging/", """
10.40.3.22 - - [02/Jun/2024:07:12:44 +0100] "GET /v2/availability?product=MINIDIG15&depot=BHM03 HTTP/1.1" 200 812 "-" "HireSDK/1.9.2" auth="Bearer ***"
10.40.1.18 - - [02/Jun/2024:07:13:02 +0100] "POST /v2/quotes HTTP/1.1" 201 344 "-" "HireSDK/1.9.2" auth="Bearer ***"
10.40.2.30 - - [02/Jun/2024:07:13:40 +0100] "POST /v2/offhire HTTP/1.1" 202 97 "-" "CounterApp/4.12" auth="Basic ***"
81.2.69.160 - - [02/Jun/2024:07:15:09 +0100] "GET /v2/catalogue?page=3 HTTP/1.1" 200 10422 "-" "Mozilla/5.0" auth="-"
10.40.3.22 - - [02/Jun/2024:07:16:51 +0100] "GET /v2/availability?product=SCISSOR26&depot=BHM03 HTTP/1.1" 200 790 "-" "HireSDK/1.9.2" auth="Bearer ***"
""")

add("log/stripe-restricted-key", "logs/quote-engine-debug.log", "https://docs.stripe.com/keys", """
DEBUG 2024-06-01 09:14:02 quote_engine.settings loaded settings from env
DEBUG 2024-06-01 09:14:02 quote_engine.settings STRIPE_API_BASE=https://api.stripe.com
DEBUG 2024-06-01 09:14:02 quote_engine.settings STRIPE_SECRET_KEY=@@secret@@
DEBUG 2024-06-01 09:14:02 quote_engine.settings QUOTE_VALID_DAYS=14
INFO  2024-06-01 09:14:03 gunicorn.error Listening at: http://0.0.0.0:8000
INFO  2024-06-01 09:14:03 gunicorn.error Using worker: sync
""", stripe("rk_live_"))

add("csv/decoy-hire-rates", "exports/price_list_2024.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
product_code,description,day_gbp,week_gbp,deposit_gbp,sku_hash
MINIDIG15,1.5t mini excavator,145.00,320.00,250.00,@@h1@@
DUMPER3T,3t forward tip dumper,95.00,210.00,200.00,@@h2@@
TELE14M,14m telehandler,265.00,595.00,500.00,@@h3@@
SCISSOR26,26ft electric scissor lift,120.00,260.00,250.00,@@h4@@
BREAKER,hydraulic breaker 110V,32.00,64.00,50.00,@@h5@@
""", h1=hexs(40), h2=hexs(40), h3=hexs(40), h4=hexs(40), h5=hexs(40))

add("csv/portal-password", "exports/trade_portal_accounts_migration.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
account_no,company,portal_user,temp_password,credit_limit_gbp
ACC-10021,Hartley Groundworks,ops@hartley-groundworks.example,@@secret@@,15000
ACC-10388,Midland Roofing Ltd,accounts@midlandroofing.example,(reset link sent),8000
ACC-11502,Northern Scaffold Co,hire@northernscaffold.example,(reset link sent),20000
ACC-12040,Clyde Civils,plant@clydecivils.example,(reset link sent),25000
""", rand_pw(12))

add("sql/decoy-api-key-hashes", "db/migrations/0051_api_keys.sql", "https://www.postgresql.org/docs/current/ddl.html", """
-- customer API keys: we store only a SHA-256 of the key and its first 8 characters for display
CREATE TABLE hire.api_keys (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_no  text NOT NULL REFERENCES hire.accounts(account_no),
    key_prefix  char(8) NOT NULL,
    key_sha256  char(64) NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz
);
INSERT INTO hire.api_keys (account_no, key_prefix, key_sha256) VALUES
  ('ACC-10021', 'ph_live_', '@@h@@');
""", h=sha256ish())

add("sql/mysql-password", "db/webshop/init/01-users.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """
CREATE DATABASE IF NOT EXISTS toolhire_wp CHARACTER SET utf8mb4;
CREATE USER 'toolhire_wp'@'%' IDENTIFIED BY '@@secret@@';
GRANT ALL PRIVILEGES ON toolhire_wp.* TO 'toolhire_wp'@'%';
CREATE USER 'backup'@'localhost' IDENTIFIED WITH auth_socket;
GRANT SELECT, LOCK TABLES, SHOW VIEW ON *.* TO 'backup'@'localhost';
FLUSH PRIVILEGES;
""", words_pw().replace("'", ""))

add("properties/decoy-jasypt", "src/main/resources/application-uat.properties", "http://www.jasypt.org/encrypting-configuration.html", """
spring.datasource.url=jdbc:postgresql://rentdb-uat.depots.local:5432/rental
spring.datasource.username=transfers
spring.datasource.password=ENC(@@e1@@)
transfer.samsara.token=ENC(@@e2@@)
jasypt.encryptor.password=${JASYPT_ENCRYPTOR_PASSWORD}
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
""", e1=fakes.drawn(_seed(), 64, ALNUM + "+/"), e2=fakes.drawn(_seed(), 88, ALNUM + "+/"))

add("properties/mail-password", "config/notifications.properties", "https://jakarta.ee/specifications/mail/2.0/apidocs/jakarta.mail/jakarta/mail/package-summary.html", """
mail.smtp.host=smtp.office365.com
mail.smtp.port=587
mail.smtp.starttls.enable=true
mail.smtp.auth=true
mail.user=transport@planthire.example
mail.password=@@secret@@
notify.delivery.cc=depot-managers@planthire.example
""", words_pw())

# --- last group: mixed ------------------------------------------------------------------------

_SPLIT = alnum(40)
add("python/trackunit-api-token", "telematics/trackunit_client.py", "https://developers.trackunit.com/docs/authentication", """
import requests

# token split so the old log scrubber did not mangle it
TRACKUNIT_TOKEN = ("@@a@@"
                   "@@b@@")


def machine_hours(serials):
    r = requests.post(
        "https://iris.trackunit.com/api/public/v1/machines/hours",
        headers={"Authorization": "Bearer " + TRACKUNIT_TOKEN},
        json={"serialNumbers": serials},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()
""", _SPLIT, a=_SPLIT[:20], b=_SPLIT[20:])

add("python/decoy-geofence-ids", "telematics/geofences.py", "https://developers.samsara.com/reference/listaddresses", """
\"\"\"Samsara address (geofence) ids for each depot yard; used to decide 'returned to depot'.\"\"\"
DEPOT_GEOFENCES = {
    "LDS01": {"samsara_address_id": "@@a1@@", "radius_m": 120},
    "MAN02": {"samsara_address_id": "@@a2@@", "radius_m": 150},
    "BHM03": {"samsara_address_id": "@@a3@@", "radius_m": 100},
    "GLA04": {"samsara_address_id": "@@a4@@", "radius_m": 180},
}
W3W = {"LDS01": "///crowds.silent.harvest", "BHM03": "///lamps.torn.grand"}
""", a1=str(_rng().randint(10**13, 10**14)), a2=str(_rng().randint(10**13, 10**14)),
    a3=str(_rng().randint(10**13, 10**14)), a4=str(_rng().randint(10**13, 10**14)))

add("typescript/what3words-api-key", "apps/booking-web/server/w3w.ts", "https://developer.what3words.com/public-api/docs#authentication", """
import what3words, { ApiClient } from "@what3words/api";

const w3w = what3words("@@secret@@", { host: "https://api.what3words.com", apiVersion: ApiClient.ApiVersion.Version3 });

export async function siteFromWords(words: string) {
  const res = await w3w.convertToCoordinates({ words, format: "json" });
  return { lat: res.coordinates.lat, lng: res.coordinates.lng, nearest: res.nearestPlace };
}
""", ups(8))

add("typescript/decoy-env-config", "apps/booking-web/server/config.ts", "https://nodejs.org/api/process.html#processenv", """
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`missing env ${name}`);
  return value;
}

export const config = {
  stripeSecretKey: required("STRIPE_SECRET_KEY"),
  what3wordsKey: required("W3W_API_KEY"),
  intercomToken: required("INTERCOM_TOKEN"),
  rentmanToken: process.env.RENTMAN_TOKEN ?? "",
  depots: (process.env.DEPOTS ?? "LDS01,MAN02,BHM03,GLA04").split(","),
};
""")

add("json/decoy-composer-lock", "wp-content/plugins/hire-checkout/composer.lock", "https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control", """
{
    "_readme": ["This file locks the dependencies of your project to a known state"],
    "content-hash": "@@ch@@",
    "packages": [
        {
            "name": "adyen/php-api-library",
            "version": "17.4.0",
            "dist": {
                "type": "zip",
                "url": "https://api.github.com/repos/Adyen/adyen-php-api-library/zipball/@@sha@@",
                "reference": "@@sha@@",
                "shasum": ""
            }
        }
    ]
}
""", ch=hexs(32), sha=hexs(40))

add("json/decoy-oauth-public-client", "apps/driver-app/auth.config.json", "https://datatracker.ietf.org/doc/html/rfc8252", """
{
  "issuer": "https://login.planthire.example/realms/drivers",
  "clientId": "driver-app",
  "redirectUrl": "uk.toolhire.driver:/oauth2redirect",
  "scopes": ["openid", "profile", "offline_access", "deliveries:read"],
  "usePKCE": true,
  "additionalParameters": {"prompt": "login"}
}
""")

add("json/keycloak-client-secret", "infra/keycloak/realm-staff.json", "https://www.keycloak.org/docs/latest/server_admin/#_client-credentials", """
{
  "realm": "staff",
  "enabled": true,
  "clients": [
    {
      "clientId": "counter-app",
      "protocol": "openid-connect",
      "publicClient": false,
      "clientAuthenticatorType": "client-secret",
      "secret": "@@secret@@",
      "redirectUris": ["https://counter.plant-hire.example/*"],
      "serviceAccountsEnabled": true
    }
  ]
}
""", alnum(32))

add("yaml/decoy-openapi-security", "rental_api/openapi.yaml", "https://swagger.io/docs/specification/authentication/api-keys/", """
openapi: 3.0.3
info:
  title: Depot rental API
  version: "2.31"
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-Hire-Api-Key
  schemas:
    Availability:
      type: object
      properties:
        product_code: {type: string, example: MINIDIG15}
        depot: {type: string, example: LDS01}
        free_units: {type: integer, example: 3}
security:
  - ApiKeyAuth: []
paths:
  /availability:
    get:
      parameters:
        - {name: X-Hire-Api-Key, in: header, required: true, schema: {type: string}, example: ph_live_xxxxxxxxxxxxxxxxxxxxxxxx}
      responses:
        "200": {description: OK}
""")

add("yaml/elastic-password", "deploy/logging/filebeat.yml", "https://www.elastic.co/guide/en/beats/filebeat/current/elasticsearch-output.html", """
filebeat.inputs:
  - type: filestream
    id: counter-app
    paths: ["/var/log/counter/*.log"]
output.elasticsearch:
  hosts: ["https://elastic.planthire.local:9200"]
  username: "filebeat_writer"
  password: "@@secret@@"
  ssl.certificate_authorities: ["/etc/filebeat/ca.crt"]
setup.ilm.enabled: true
""", rand_pw(20))

add("yaml/decoy-ca-certificate", "deploy/logging/ca-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: planthire-internal-ca
  namespace: logging
data:
  ca.crt: |
    -----BEGIN CERTIFICATE-----
@@c@@
    -----END CERTIFICATE-----
""", c=indent(cert_body(), "    "))

add("known-hosts/decoy-public-host-keys", "provisioning/kiosk/known_hosts", "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT", """
# depot servers the kiosks pull updates from
depotsrv01.depot.local ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@
depotsrv02.depot.local ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@
ho-archive.planthire.local ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@
gitlab.planthire.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k4@@
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    k3=fakes.drawn(_seed(), 43, ALNUM + "+/"), k4=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("shell/sshpass-password", "scripts/pull_weighbridge_tickets.sh", "https://linux.die.net/man/1/sshpass", """
#!/usr/bin/env bash
# The weighbridge PC only takes password logins (vendor locked). Runs every 30 min from cron.
set -euo pipefail
DEST=/srv/weighbridge/incoming
sshpass -p '@@secret@@' scp -o StrictHostKeyChecking=no weigh@10.40.3.60:/export/tickets_*.csv "$DEST/"
ls -1 "$DEST" | wc -l
""", words_pw().replace("'", ""))

add("powershell/decoy-get-credential", "scripts/Reset-KioskPassword.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """
param([Parameter(Mandatory)] [string] $Depot)
$admin = Get-Credential -Message "Depot IT admin for $Depot"
$newPw = Read-Host -AsSecureString "New kiosk password"
Set-LocalUser -Name 'kiosk' -Password $newPw
Invoke-Command -ComputerName "kiosk-$Depot" -Credential $admin -ScriptBlock { Restart-Service KioskShell }
Write-Host "kiosk password reset on $Depot"
""")

add("env/decoy-public-config", "apps/booking-web/.env.production", "https://vitejs.dev/guide/env-and-mode", """
# Values here are shipped to the browser: public by design
VITE_API_BASE=https://api.toolhire.example/v2
VITE_STRIPE_PUBLISHABLE_KEY=@@pk@@
VITE_MAPBOX_TOKEN=@@mb@@
VITE_RECAPTCHA_SITE_KEY=6L@@rc@@
VITE_INTERCOM_APP_ID=@@ic@@
""", pk=stripe("pk_live_"), mb=mapbox("pk"), rc=fakes.drawn(_seed(), 38, ALNUM + "-_"),
    ic=fakes.drawn(_seed(), 8, string.ascii_lowercase + string.digits))

add("env/algolia-admin-key", "catalogue-indexer/.env", "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key", """
# reindex the hire catalogue after price changes
ALGOLIA_APP_ID=@@app@@
ALGOLIA_ADMIN_KEY=@@secret@@
ALGOLIA_INDEX=hire_catalogue_prod
BATCH_SIZE=500
""", hexs(32), app=ups(10))

add("javascript/decoy-algolia-search-key", "apps/booking-web/src/search.js", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", """
import algoliasearch from "algoliasearch/lite";

// Search-only key: read access to the public catalogue index, meant for the browser.
const client = algoliasearch("@@app@@", "@@k@@");
export const catalogue = client.initIndex("hire_catalogue_prod");

export function searchKit(query, depot) {
  return catalogue.search(query, { filters: `depots:${depot}`, hitsPerPage: 20 });
}
""", app=ups(10), k=hexs(32))

add("ruby/decoy-rspec-factories", "spec/factories/hire_contracts.rb", "https://github.com/thoughtbot/factory_bot/blob/main/GETTING_STARTED.md", """
FactoryBot.define do
  factory :hire_contract do
    sequence(:contract_no) { |n| format("TRN99-2024-%06d", n) }
    depot { "TRN99" }
    customer { association :customer, password: "password123" }
    deposit_pence { 25_000 }
    stripe_payment_intent { "pi_#{SecureRandom.alphanumeric(24)}" }
    on_hire_at { 2.days.ago }
  end
end
""")

add("ruby/redis-url-password", "config/initializers/sidekiq.rb", "https://github.com/sidekiq/sidekiq/wiki/Using-Redis", """
Sidekiq.configure_server do |config|
  config.redis = { url: "rediss://default:@@secret@@@redis-prod.planthire.internal:6380/0" }
end

Sidekiq.configure_client do |config|
  config.redis = { url: "rediss://default:@@secret@@@redis-prod.planthire.internal:6380/0" }
end
""", fakes.redis_password(_seed()))

add("rust/decoy-build-hash", "yard-alerts/build.rs", "https://doc.rust-lang.org/cargo/reference/build-scripts.html", """
use std::process::Command;

fn main() {
    let sha = Command::new("git").args(["rev-parse", "HEAD"]).output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|_| "@@sha@@".to_string());
    println!("cargo:rustc-env=GIT_SHA={}", sha);
    println!("cargo:rerun-if-changed=.git/HEAD");
}
""", sha=hexs(40))

add("php/decoy-wp-salts-placeholder", "wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", """
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );

$table_prefix = 'wp_';
""")

add("notebook/samsara-api-token", "analysis/idle_time_by_depot.ipynb", "https://developers.samsara.com/docs/authentication", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests, pandas as pd\\n",
    "TOKEN = '@@secret@@'\\n",
    "r = requests.get('https://api.samsara.com/fleet/vehicles/stats/history',\\n",
    "                 headers={'Authorization': f'Bearer {TOKEN}'},\\n",
    "                 params={'types': 'engineStates', 'startTime': '2024-05-01T00:00:00Z', 'endTime': '2024-05-31T23:59:59Z'})\\n",
    "df = pd.json_normalize(r.json()['data'])"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", samsara_token())

add("xml/decoy-nuget-config", "DepotSync/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="depot-libs" value="https://pkgs.dev.azure.com/planthire/_packaging/depot-libs/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <depot-libs>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="%DEPOT_LIBS_PAT%" />
    </depot-libs>
  </packageSourceCredentials>
</configuration>
""")

add("terraform/decoy-random-password", "infra/terraform/modules/rds/main.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """
resource "random_password" "master" {
  length           = 32
  special          = true
  override_special = "!#%*-_"
}

resource "aws_secretsmanager_secret" "master" {
  name = "${var.identifier}/master-password"
}

resource "aws_secretsmanager_secret_version" "master" {
  secret_id     = aws_secretsmanager_secret.master.id
  secret_string = random_password.master.result
}
""")
