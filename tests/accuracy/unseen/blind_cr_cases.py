"""Blind set CR: nonprofit community health clinics and dental practices.

The teams: IT staff, volunteers and small vendors of federally qualified health centers, free
clinics and community dental practices. Their tools: practice management and EHR systems (Open
Dental, Dentrix, Eaglesoft, OpenEMR, Tebra/Kareo, athenahealth, eClinicalWorks, DrChrono),
e-prescribing (DrFirst Rcopia, DoseSpot, Surescripts), insurance clearinghouses (Office Ally,
Claim.MD, Availity, Optum/Change Healthcare, Stedi, DentalXChange), imaging and PACS (Orthanc,
dcm4chee, OHIF, DICOM routers), patient portals and reminders (Twilio, SendGrid, Mailgun,
RingCentral, Zoom, SRFax), grant and UDS reporting (REDCap, SQL Server, R, notebooks, Streamlit,
Salesforce Nonprofit Cloud, Bloomerang, Mailchimp), donation sites (Stripe, PayPal, Square,
Authorize.Net, WordPress) and the clinic network (WireGuard, Wi-Fi, Duo, LDAP, backups).
Formats: .env, YAML, JSON, XML, INI, TOML, HCL, .properties, SQL, shell, PowerShell, batch,
crontab, systemd, nginx/apache, Dockerfiles, compose, Kubernetes, Helm, CI configs, notebooks,
Markdown runbooks, and source in Python, JavaScript/TypeScript, C#, Java, PHP, Go, Ruby, R and
VBA; and their decoys (placeholders, environment and vault references, ciphertext, hashes,
public keys and certificates, public ids, documented examples).
Generated fakes only (seeds 890000-899999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
B64 = ALNUM + "+/"
_SEED = [890000]


def _seed() -> int:
    _SEED[0] += 7
    assert 890000 <= _SEED[0] < 900000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return draw(n, HEX)


def uhex(n: int) -> str:
    return draw(n, UHEX)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


WORDS = ["Molar", "Canine", "Bicuspid", "Enamel", "Floss", "Smile", "Harbor", "Riverside", "Sunrise", "Valley",
         "Cedar", "Maple", "Mesa", "Prairie", "Lakeview", "Juniper", "Sequoia", "Bayou", "Clinic", "Sparrow"]
LOWER = ["toothbrush", "mango", "lantern", "cactus", "harbor", "violet", "pretzel", "canyon", "otter", "saguaro",
         "molasses", "tulip", "quilt", "biscuit", "falcon", "ember"]
SYMS = "!#@*?"


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice(SYMS) + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    """What clinic staff choose: a place or a tooth, a year, a symbol."""
    r = _rng()
    a, b = r.sample(WORDS, 2)
    year = str(r.randint(2015, 2025))
    sym = r.choice(SYMS)
    forms = [f"{a}{year}{sym}", f"{a}{b}{year[2:]}{sym}", f"{a.lower()}{sym}{b}{r.randint(1, 99)}",
             f"{a}{sym}{b.lower()}{year}", f"{sym}{a}{b}{r.randint(100, 999)}"]
    return r.choice(forms)


def url_pw() -> str:
    """A password that stays valid in a URL's userinfo."""
    r = _rng()
    return r.choice([mixed(20), mixed(24), "-".join(r.sample(LOWER, 3)) + str(r.randint(10, 99))])


def rand_pw(n: int = 20, extra: str = "") -> str:
    return mixed(n) if not extra else draw(n, ALNUM + extra)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def twilio_sid() -> str:
    return "AC" + hexs(32)


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return "https://hooks.slack.com/services/T" + draw(10, up) + "/B" + draw(10, up) + "/" + draw(24)


def teams_webhook() -> str:
    return (f"https://valleycommunityhealth.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}"
            f"/IncomingWebhook/{hexs(32)}/{uuid_s()}")


def azure_secret() -> str:
    return draw(3) + "8Q~" + draw(34, ALNUM + "_.-~")


def stripe_live(kind: str = "sk_live_51") -> str:
    return kind + draw(97)


def okta_token() -> str:
    return "00" + draw(40, ALNUM + "-_")


def vault_token() -> str:
    return "hvs.CAESI" + draw(82, ALNUM + "-_")


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def google_api_key() -> str:
    return "AIzaSy" + draw(33, ALNUM + "-_")


def jwt_token(payload: dict, alg: str = "RS256", sig_bytes: int = 256) -> str:
    r = _rng()
    head = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}." + b64url(bytes(r.getrandbits(8) for _ in range(sig_bytes)))


_PEM_HEADS = {"RSA": "MIIEowIBAAKCAQEA", "": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ",
              "EC": "MHcCAQEEI", "OPENSSH": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
              "CERT": "MIIDqzCCApOgAwIBAgIU"}


def pem(kind: str = "RSA", lines: int = 12) -> str:
    """A private key block (kind RSA, EC, OPENSSH or "" for PKCS#8) or, with kind CERT, a certificate."""
    r = _rng()
    width = 70 if kind == "OPENSSH" else 64
    head = _PEM_HEADS[kind]
    body = head + "".join(r.choice(B64) for _ in range(width * lines - len(head) - r.randint(6, 30)))
    chunks = [body[i:i + width] for i in range(0, len(body), width)]
    label = "CERTIFICATE" if kind == "CERT" else (f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY")
    return f"-----BEGIN {label}-----\n" + "\n".join(chunks) + f"\n-----END {label}-----"


def ind(text: str, n: int) -> str:
    return "\n".join((" " * n + line) if line else line for line in text.split("\n"))


def t(text: str, **values: str) -> str:
    for key, value in values.items():
        text = text.replace("@@" + key + "@@", value)
    assert "@@" not in text, text
    return text.lstrip("\n")


CASES: List[LabelledCase] = []


def S(category: str, file_name: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-cr/{category}", file_name, text, secret, source))


def D(category: str, file_name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-cr/{category}", file_name, text, None, source))


def notebook(cells: List[tuple]) -> str:
    """A Jupyter notebook as Jupyter writes it: (kind, source lines) per cell."""
    out = []
    for kind, src in cells:
        lines = src.split("\n")
        cell = {"cell_type": kind, "metadata": {}, "source": [line + "\n" for line in lines[:-1]] + [lines[-1]]}
        if kind == "code":
            cell["execution_count"] = None
            cell["outputs"] = []
        out.append(cell)
    doc = {"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                      "language_info": {"name": "python", "version": "3.11.6"}},
           "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------------------------------------
# Secrets
# ---------------------------------------------------------------------------------------------

# --- dotenv files -----------------------------------------------------------------------------
_v = mixed(16)
S("env/open-dental-api", "services/reminders/.env", t("""
# Open Dental API - appointment reminder sync (Eastside Dental)
# The developer key lives in 1Password ("OD developer portal"); the customer key below is the one
# the office generated in Setup > Advanced Setup > API for this practice.
OPENDENTAL_API_BASE=https://api.opendental.com/api/v1
OPENDENTAL_CUSTOMER_KEY=@@v@@
OPENDENTAL_OFFICE=eastside-dental
REMINDER_WINDOW_HOURS=48
REMINDER_CHANNELS=sms,email
TZ=America/Chicago
LOG_LEVEL=info
""", v=_v), _v, "Open Dental API docs: Authorization: ODFHIR {DeveloperKey}/{CustomerKey}")

_v = hexs(32)
S("env/twilio", "services/reminders/.env.production", t("""
NODE_ENV=production
PORT=8080
# Twilio - patient SMS reminders (Messaging Service for the three clinic sites)
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@v@@
TWILIO_MESSAGING_SERVICE_SID=MG@@mg@@
TWILIO_STATUS_CALLBACK=https://reminders.valleychc.org/twilio/status
QUIET_HOURS_START=21
QUIET_HOURS_END=8
SPANISH_TEMPLATE_DEFAULT=true
""", sid=twilio_sid(), v=_v, mg=hexs(32)), _v, "Twilio docs: Account SID and Auth Token environment variables")

_v = rand_pw(32)
S("env/dosespot", "portal/.env", t("""
APP_URL=https://portal.sunrisefreeclinic.org
DB_HOST=127.0.0.1
DB_DATABASE=portal
DB_USERNAME=portal
DB_PASSWORD=
# DoseSpot e-prescribing (single sign-on into the prescribing UI)
DOSESPOT_BASE_URL=https://my.dosespot.com/webapi/v2
DOSESPOT_CLINIC_ID=@@cid@@
DOSESPOT_CLINIC_KEY=@@v@@
DOSESPOT_USER_ID=@@uid@@
MAIL_MAILER=smtp
""", cid=str(_rng().randint(100000, 199999)), v=_v, uid=str(_rng().randint(200000, 299999))), _v,
  "DoseSpot API guide: ClinicId, ClinicKey and UserId for SSO and token requests")

_v = stripe_live()
S("env/stripe", "donate-site/.env.local", t("""
# Donation page (Next.js) - Stripe live mode
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_51@@pk@@
STRIPE_SECRET_KEY=@@v@@
STRIPE_PRICE_MONTHLY_25=price_1@@pr@@
NEXT_PUBLIC_SITE_URL=https://give.harborcommunityclinic.org
""", pk=draw(97), v=_v, pr=draw(23)), _v, "Stripe docs: API keys (publishable and secret)")

_v = url_pw()
S("env/postgres-url", "portal-api/.env", t("""
# portal-api runtime settings
DATABASE_URL=postgresql://portal_app:@@v@@@db-prod.clinic.internal:5432/portal?sslmode=require
DATABASE_POOL_SIZE=10
SESSION_TTL_MINUTES=30
FHIR_BASE_URL=https://fhir.clinic.internal/r4
ALLOWED_ORIGINS=https://portal.valleychc.org
""", v=_v), _v, "PostgreSQL docs: connection URIs (libpq)")

_v = mailgun_key()
S("env/mailgun", "billing/statements/.env.staging", t("""
# Patient statement e-delivery (staging uses the sandbox domain)
MAILGUN_DOMAIN=sandbox@@dom@@.mailgun.org
MAILGUN_API_KEY=@@v@@
MAILGUN_FROM="Valley CHC Billing <billing@valleychc.org>"
STATEMENT_PDF_BUCKET=vchc-statements-staging
""", dom=hexs(32), v=_v), _v, "Mailgun docs: API keys and sending domains")

_v = azure_secret()
S("env/azure-ad", "tools/grant-mailer/.env", t("""
# Microsoft Graph - sends HRSA grant reminders from grants@ shared mailbox
AZURE_TENANT_ID=@@ten@@
AZURE_CLIENT_ID=@@cli@@
AZURE_CLIENT_SECRET="@@v@@"
GRAPH_SENDER=grants@riversidehealthcenter.org
""", ten=uuid_s(), cli=uuid_s(), v=_v), _v, "Microsoft identity platform docs: client credentials with a client secret")

_v = human_pw()
S("env/srfax", "referrals/.env", t("""
# SRFax - outbound referral faxes to specialists
SRFAX_URL=https://www.srfax.com/SRF_SecWebSvc.php
SRFAX_ACCESS_ID=@@aid@@
SRFAX_ACCESS_PWD='@@v@@'
SRFAX_CALLER_ID=5125550143
SRFAX_SENDER_EMAIL=referrals@sunrisefreeclinic.org
""", aid=str(_rng().randint(100000, 999999)), v=_v), _v, "SRFax API: access_id and access_pwd parameters")

_v = uhex(32)
S("renviron/redcap", "uds-reporting/.Renviron", t("""
# R environment for the UDS / grant reporting project
REDCAP_API_URL=https://redcap.valleychc.org/api/
REDCAP_API_TOKEN=@@v@@
UDS_YEAR=2024
R_LIBS_USER=~/R/uds-library
""", v=_v), _v, "REDCap API docs: 32-character project API token")

# --- compose ----------------------------------------------------------------------------------
_v = human_pw()
S("docker-compose/mysql", "infra/opendental/docker-compose.yml", t("""
version: "3.8"
services:
  opendental-db:
    image: mysql:8.0
    container_name: opendental-db
    restart: unless-stopped
    command: --lower_case_table_names=1 --sql_mode=""
    environment:
      MYSQL_ROOT_PASSWORD: "@@v@@"
      MYSQL_DATABASE: opendental
    volumes:
      - od-data:/var/lib/mysql
      - ./backups:/backups
    ports:
      - "3306:3306"
volumes:
  od-data:
""", v=_v), _v, "MySQL Docker image docs: MYSQL_ROOT_PASSWORD; Open Dental on MySQL")

_v = words_pw()
S("docker-compose/orthanc", "pacs/docker-compose.yml", t("""
services:
  orthanc:
    image: orthancteam/orthanc:24.6.2
    restart: unless-stopped
    ports:
      - "8042:8042"
      - "4242:4242"
    volumes:
      - orthanc-db:/var/lib/orthanc/db
    environment:
      ORTHANC__NAME: "VCHC-PANO"
      ORTHANC__DICOM_AET: "VCHCPACS"
      ORTHANC__AUTHENTICATION_ENABLED: "true"
      ORTHANC__REGISTERED_USERS: |
        {"radiology": "@@v@@"}
      ORTHANC__DICOM_MODALITIES: |
        {"pano": ["PANO01", "10.20.1.41", 104]}
      DICOM_WEB_PLUGIN_ENABLED: "true"
volumes:
  orthanc-db:
""", v=_v), _v, "Orthanc Book: configuration through environment variables (orthancteam/orthanc)")

_v = url_pw()
S("docker-compose/postgres", "pacs/dcm4chee/docker-compose.yml", t("""
version: "3"
services:
  ldap:
    image: dcm4che/slapd-dcm4chee:2.6.6-32.0
    env_file: ldap.env
    volumes:
      - /var/local/dcm4chee-arc/ldap:/var/lib/openldap/openldap-data
  db:
    image: dcm4che/postgres-dcm4chee:16.2-32
    environment:
      POSTGRES_DB: pacsdb
      POSTGRES_USER: pacs
      POSTGRES_PASSWORD: @@v@@
    volumes:
      - /var/local/dcm4chee-arc/db:/var/lib/postgresql/data
  arc:
    image: dcm4che/dcm4chee-arc-psql:5.32.0
    ports:
      - "8080:8080"
      - "11112:11112"
    environment:
      POSTGRES_DB: pacsdb
      POSTGRES_USER: pacs
      POSTGRES_PASSWORD: @@v@@
      WILDFLY_CHOWN: /storage
    depends_on: [ldap, db]
""", v=_v), _v, "dcm4che docker wiki: running dcm4chee-arc-light with docker compose")

_v = rand_pw(24)
S("docker-compose/metabase", "analytics/docker-compose.yml", t("""
services:
  metabase:
    image: metabase/metabase:v0.50.9
    ports: ["3000:3000"]
    environment:
      MB_DB_TYPE: postgres
      MB_DB_DBNAME: metabase
      MB_DB_PORT: 5432
      MB_DB_USER: metabase
      MB_DB_PASS: @@v@@
      MB_DB_HOST: mb-db
      MB_SITE_NAME: "UDS Dashboards"
  mb-db:
    image: postgres:15
    environment:
      POSTGRES_USER: metabase
      POSTGRES_DB: metabase
      POSTGRES_PASSWORD_FILE: /run/secrets/mb_db_password
""", v=_v), _v, "Metabase docs: running Metabase on Docker with a Postgres application database")

# --- Kubernetes and Helm ----------------------------------------------------------------------
_v = human_pw()
S("k8s-secret/sftp", "k8s/clearinghouse/officeally-sftp-secret.yaml", t("""
apiVersion: v1
kind: Secret
metadata:
  name: officeally-sftp
  namespace: claims
  labels:
    app: claims-uploader
type: Opaque
data:
  host: @@host@@
  username: @@user@@
  password: @@pw@@
""", host=b64("ftp10.officeally.com"), user=b64("vchc_claims"), pw=b64(_v)), _v,
  "Kubernetes docs: Secret data values are base64-encoded")

_v = hexs(64)
S("k8s-secret/jwt", "k8s/portal/portal-secrets.yaml", t("""
apiVersion: v1
kind: Secret
metadata:
  name: portal-api
  namespace: portal
type: Opaque
stringData:
  JWT_ISSUER: https://portal.valleychc.org
  JWT_SIGNING_SECRET: "@@v@@"
  JWT_TTL_SECONDS: "1800"
""", v=_v), _v, "Kubernetes docs: Secret stringData")

_v = human_pw()
S("k8s-configmap/smtp", "k8s/reminders/configmap.yaml", t("""
apiVersion: v1
kind: ConfigMap
metadata:
  name: reminders-config
  namespace: reminders
data:
  SMTP_HOST: smtp.office365.com
  SMTP_PORT: "587"
  SMTP_USER: noreply@harborcommunityclinic.org
  SMTP_PASSWORD: "@@v@@"
  REMINDER_CRON: "0 14 * * *"
  DEFAULT_LOCALE: es-US
""", v=_v), _v, "Kubernetes docs: ConfigMap data (a password where a Secret belongs)")

_v = fakes.redis_password(_seed())
S("helm/redis", "deploy/helm/portal/values-prod.yaml", t("""
replicaCount: 2
image:
  repository: ghcr.io/valleychc/portal
  tag: "2.14.1"
ingress:
  enabled: true
  hosts:
    - host: portal.valleychc.org
      paths: ["/"]
redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "@@v@@"
postgresql:
  enabled: false
externalDatabase:
  host: pg-prod.clinic.internal
  existingSecret: portal-db
""", v=_v), _v, "Bitnami Redis chart: auth.password")

_v = pem("RSA", 14)
S("helm/tls-key", "deploy/helm/erx-gateway/values-prod.yaml", t("""
# e-prescribing gateway: mutual TLS client certificate presented to Surescripts
surescripts:
  endpoint: https://smr-staging.surescripts.net/erx/valleychc/v6_1
  portalId: VCHC01
  clientCert: |
@@cert@@
  clientKey: |
@@key@@
resources:
  limits:
    memory: 512Mi
""", cert=ind(pem("CERT", 6), 4), key=ind(_v, 4)), _v, "Helm docs: values files; Surescripts mutual TLS client certificates")

_v = rand_pw(22)
S("helm/postgresql", "deploy/helm/openemr/values.yaml", t("""
openemr:
  image: openemr/openemr:7.0.2
  siteName: default
  timezone: America/Denver
postgresql:
  enabled: false
mariadb:
  enabled: true
  auth:
    database: openemr
    username: openemr
    password: @@v@@
    rootPassword: ""
    existingSecret: ""
  primary:
    persistence:
      size: 50Gi
""", v=_v), _v, "Bitnami MariaDB chart: auth.password")

# --- Terraform / HCL / Packer -----------------------------------------------------------------
_v = words_pw()
S("terraform/azure-sql", "infra/azure/sql.tf", t("""
resource "azurerm_mssql_server" "uds" {
  name                         = "vchc-uds-sql"
  resource_group_name          = azurerm_resource_group.reporting.name
  location                     = azurerm_resource_group.reporting.location
  version                      = "12.0"
  administrator_login          = "udsadmin"
  administrator_login_password = "@@v@@"
  minimum_tls_version          = "1.2"

  tags = {
    program = "hrsa-330"
  }
}

resource "azurerm_mssql_database" "uds" {
  name      = "uds_reporting"
  server_id = azurerm_mssql_server.uds.id
  sku_name  = "S1"
}
""", v=_v), _v, "Terraform azurerm provider: azurerm_mssql_server administrator_login_password")

_v = human_pw()
S("tfvars/db-password", "infra/envs/prod.tfvars", t("""
environment      = "prod"
region           = "us-east-2"
vpc_cidr         = "10.42.0.0/16"
db_instance_type = "db.t3.medium"
db_username      = "portal_admin"
db_password      = "@@v@@"
backup_retention = 14
alert_email      = "it@harborcommunityclinic.org"
""", v=_v), _v, "Terraform docs: variable definitions (.tfvars) files")

_v = fakes.aws_secret_key(_seed())
S("terraform/aws-provider", "infra/imaging-archive/main.tf", t("""
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" {
  region     = "us-west-2"
  access_key = "@@kid@@"
  secret_key = "@@v@@"
}

resource "aws_s3_bucket" "xray_archive" {
  bucket = "sequoia-dental-xray-archive"
}

resource "aws_s3_bucket_lifecycle_configuration" "xray_archive" {
  bucket = aws_s3_bucket.xray_archive.id
  rule {
    id     = "glacier-after-90"
    status = "Enabled"
    transition {
      days          = 90
      storage_class = "GLACIER"
    }
  }
}
""", kid=fakes.aws_key_id(_seed()), v=_v), _v, "Terraform AWS provider docs: static credentials")

_v = human_pw()
S("hcl/packer-winrm", "images/frontdesk-win11.pkr.hcl", t("""
source "vsphere-iso" "frontdesk" {
  vcenter_server      = "vcenter.clinic.local"
  username            = "packer@vsphere.local"
  password            = var.vsphere_password
  datacenter          = "MainClinic"
  vm_name             = "tmpl-frontdesk-win11"
  guest_os_type       = "windows9_64Guest"
  communicator        = "winrm"
  winrm_username      = "Administrator"
  winrm_password      = "@@v@@"
  winrm_timeout       = "4h"
  iso_paths           = ["[datastore1] iso/Win11_23H2_English_x64.iso"]
}

build {
  sources = ["source.vsphere-iso.frontdesk"]
  provisioner "powershell" {
    scripts = ["scripts/install-dentrix-client.ps1", "scripts/install-eaglesoft-bridge.ps1"]
  }
}
""", v=_v), _v, "Packer vsphere-iso builder docs: winrm_password")

_v = human_pw()
S("ansible/mysql-root", "ansible/group_vars/opendental_servers.yml", t("""
---
opendental_version: "24.1.38"
mysql_port: 3306
mysql_root_password: "@@v@@"
mysql_innodb_buffer_pool_size: 6G
opendental_backup_dir: 'D:\\ODBackups'
opendental_backup_keep_days: 30
replication_enabled: false
""", v=_v), _v, "geerlingguy.mysql role: mysql_root_password")

# --- Python -----------------------------------------------------------------------------------
_v = str(_rng().randint(10000, 99999)) + "_" + draw(26)
S("python/claim-md", "clearinghouse/claimmd_client.py", t('''
"""Upload 837 batches to Claim.MD and poll for ERA files."""
import logging

import requests

log = logging.getLogger(__name__)

CLAIMMD_URL = "https://svc.claim.md/services/"
ACCOUNT_KEY = "@@v@@"


def upload_batch(path: str) -> str:
    with open(path, "rb") as fh:
        resp = requests.post(
            CLAIMMD_URL + "upload/",
            data={"AccountKey": ACCOUNT_KEY},
            files={"File": (path.rsplit("/", 1)[-1], fh)},
            timeout=60,
        )
    resp.raise_for_status()
    log.info("claim.md accepted %s", path)
    return resp.text


def list_eras(since_id: int = 0) -> str:
    resp = requests.post(CLAIMMD_URL + "eralist/", data={"AccountKey": ACCOUNT_KEY, "ERAID": since_id}, timeout=60)
    resp.raise_for_status()
    return resp.text
''', v=_v), _v, "Claim.MD API documentation: AccountKey parameter")

_v = human_pw()
S("python/paramiko-sftp", "clearinghouse/officeally_upload.py", t('''
import os
import sys

import paramiko

HOST = "ftp10.officeally.com"
USER = "sunrise_fc"
PASSWORD = "@@v@@"
OUTBOX = "/home/claims/outbox"


def main() -> int:
    transport = paramiko.Transport((HOST, 22))
    transport.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        for name in sorted(os.listdir(OUTBOX)):
            if name.endswith(".837"):
                sftp.put(os.path.join(OUTBOX, name), f"/inbound/{name}")
                print("uploaded", name)
    finally:
        sftp.close()
        transport.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
''', v=_v), _v, "Office Ally SFTP claim submission guide; paramiko docs")

_v = rand_pw(32)
S("python/availity-oauth", "eligibility/availity.py", t('''
import time

import requests

TOKEN_URL = "https://api.availity.com/availity/v1/token"
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@v@@"

_cache = {"token": None, "exp": 0}


def token() -> str:
    if _cache["token"] and _cache["exp"] > time.time() + 30:
        return _cache["token"]
    resp = requests.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials", "scope": "hipaa"},
        auth=(CLIENT_ID, CLIENT_SECRET),
        timeout=30,
    )
    resp.raise_for_status()
    body = resp.json()
    _cache.update(token=body["access_token"], exp=time.time() + body["expires_in"])
    return body["access_token"]


def coverage(member_id: str, payer_id: str, npi: str) -> dict:
    resp = requests.get(
        "https://api.availity.com/availity/v1/coverages",
        params={"payerId": payer_id, "memberId": member_id, "providerNpi": npi, "serviceType": "35"},
        headers={"Authorization": f"Bearer {token()}"},
        timeout=30,
    )
    return resp.json()
''', cid=uuid_s(), v=_v), _v, "Availity API guide: OAuth 2.0 client credentials")

_v = rand_pw(16) + rand_pw(16)
S("python/optum-split", "eligibility/optum_medical_network.py", t('''
"""Optum (Change Healthcare) Medical Network eligibility API client."""
import requests

BASE = "https://apigw.changehealthcare.com"
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = ("@@a@@"
                 "@@b@@")


def get_token():
    r = requests.post(f"{BASE}/apip/auth/v2/token",
                      json={"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
                            "grant_type": "client_credentials"},
                      timeout=20)
    r.raise_for_status()
    return r.json()["access_token"]


def eligibility(payload):
    r = requests.post(f"{BASE}/medicalnetwork/eligibility/v3",
                      json=payload, headers={"Authorization": "Bearer " + get_token()}, timeout=30)
    return r.json()
''', cid=draw(32), a=_v[:16], b=_v[16:]), _v, "Change Healthcare Medical Network APIs: OAuth token endpoint")

_v = draw(40, ALNUM + "_")
S("python/stedi", "eligibility/stedi_check.py", t('''
import json
import sys

import httpx

STEDI_API_KEY = "@@v@@"
URL = "https://healthcare.us.stedi.com/2024-04-01/change/medicalnetwork/eligibility/v3"


def check(member_id: str, dob: str, last: str, first: str, payer: str) -> dict:
    body = {
        "controlNumber": "123456789",
        "tradingPartnerServiceId": payer,
        "provider": {"organizationName": "Valley Community Health", "npi": "1999999984"},
        "subscriber": {"memberId": member_id, "dateOfBirth": dob, "lastName": last, "firstName": first},
        "encounter": {"serviceTypeCodes": ["30"]},
    }
    r = httpx.post(URL, json=body, headers={"Authorization": f"Key {STEDI_API_KEY}"}, timeout=30)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    print(json.dumps(check(*sys.argv[1:6]), indent=2))
''', v=_v), _v, "Stedi docs: Authorization: Key {api_key} for the eligibility API")

_v = draw(25)
S("python/salesforce", "donors/sync_gifts.py", t('''
"""Nightly: push online gifts from the donation site into Salesforce NPSP."""
import os

from simple_salesforce import Salesforce

sf = Salesforce(
    username="integration@harborcommunityclinic.org",
    password=os.environ["SF_PASSWORD"],
    security_token="@@v@@",
    domain="login",
)


def upsert_gift(gift: dict) -> None:
    sf.Opportunity.upsert(
        f"Stripe_Charge_Id__c/{gift['charge_id']}",
        {
            "Name": f"Online gift {gift['charge_id']}",
            "Amount": gift["amount"] / 100,
            "CloseDate": gift["date"],
            "StageName": "Closed Won",
            "npsp__Primary_Contact__c": gift["contact_id"],
        },
    )
''', v=_v), _v, "simple-salesforce docs: username, password and security_token")

_v = fakes.django_secret_key(_seed())
S("python/django-secret-key", "portal/portal/settings/production.py", t('''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["portal.sunrisefreeclinic.org"]

SECRET_KEY = "@@v@@"

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_AGE = 60 * 30
SECURE_HSTS_SECONDS = 31536000

DATABASES["default"]["HOST"] = "db.sunrise.internal"
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
''', v=_v), _v, "Django docs: SECRET_KEY setting")

_v = draw(128, ALNUM)
S("python/drchrono", "integrations/drchrono/config.py", t('''
DRCHRONO_API = "https://app.drchrono.com/api"
DRCHRONO_TOKEN_URL = "https://drchrono.com/o/token/"
REDIRECT_URI = "https://intake.riversidehealthcenter.org/oauth/callback"

CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@v@@"

SCOPES = [
    "patients:read",
    "patients:write",
    "calendar:read",
    "clinical:read",
]
''', cid=draw(40), v=_v), _v, "DrChrono API docs: OAuth client_id and client_secret")

_v = slack_webhook()
S("python/slack-webhook", "ops/no_show_alert.py", t('''
"""Post yesterday's no-show rate per site to #front-desk-leads."""
import datetime as dt

import pyodbc
import requests

WEBHOOK = "@@v@@"

SQL = """
SELECT l.Description, SUM(CASE WHEN a.AptStatus = 5 THEN 1 ELSE 0 END) * 1.0 / COUNT(*)
FROM appointment a JOIN clinic l ON l.ClinicNum = a.ClinicNum
WHERE CAST(a.AptDateTime AS date) = ?
GROUP BY l.Description
"""


def main():
    day = dt.date.today() - dt.timedelta(days=1)
    with pyodbc.connect("DSN=opendental_ro") as cn:
        rows = cn.execute(SQL, day).fetchall()
    lines = [f"*{site}*: {rate:.0%}" for site, rate in rows]
    requests.post(WEBHOOK, json={"text": f"No-shows {day}:\\n" + "\\n".join(lines)}, timeout=10)


if __name__ == "__main__":
    main()
''', v=_v), _v, "Slack docs: incoming webhooks")

_v = fakes.aws_secret_key(_seed())
S("python/boto3", "imaging/archive_to_s3.py", t('''
import pathlib

import boto3

s3 = boto3.client(
    "s3",
    region_name="us-west-2",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@v@@",
)

BUCKET = "sequoia-dental-xray-archive"
SOURCE = pathlib.Path(r"\\\\DXSERVER\\Dexis\\Images")


def archive(days_old: int = 90) -> None:
    for path in SOURCE.rglob("*.dcm"):
        key = "dexis/" + path.relative_to(SOURCE).as_posix()
        s3.upload_file(str(path), BUCKET, key, ExtraArgs={"StorageClass": "GLACIER_IR"})
''', kid=fakes.aws_key_id(_seed()), v=_v), _v, "boto3 docs: passing credentials as client parameters")

_v = human_pw()
S("python/pyodbc", "uds-reporting/extract_table6a.py", t('''
import pandas as pd
import pyodbc

CONN = (
    "DRIVER={ODBC Driver 18 for SQL Server};"
    "SERVER=ehr-sql01.clinic.local;DATABASE=EHR_Reporting;"
    "UID=uds_reader;PWD=@@v@@;"
    "Encrypt=yes;TrustServerCertificate=yes;"
)

QUERY = open("sql/table6a_visits.sql").read()

with pyodbc.connect(CONN) as cn:
    df = pd.read_sql(QUERY, cn, params=[2024])

df.to_excel("out/UDS_2024_Table6A.xlsx", index=False)
print(df.groupby("diagnosis_line").patients.sum())
''', v=_v), _v, "Microsoft ODBC Driver for SQL Server: connection string keywords")

_v = human_pw()
S("python/rcopia", "erx/rcopia_sync.py", t('''
"""DrFirst Rcopia engine: pull pending prescriptions and allergies for the chart."""
import requests

RCOPIA_URL = "https://engine201.drfirst.com/servlet/rcopia.servlet.EngineServlet"
VENDOR_USERNAME = "vendorvchc"
VENDOR_PASSWORD = "@@v@@"
PRACTICE_USERNAME = "vchc1"


def call(xml_body: str) -> str:
    params = {"xml": xml_body}
    resp = requests.post(RCOPIA_URL, data=params, timeout=60)
    resp.raise_for_status()
    return resp.text


def update_prescriptions_request(last_update: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<RCExtRequest version="2.37">
  <Caller><VendorName>{VENDOR_USERNAME}</VendorName><VendorPassword>{VENDOR_PASSWORD}</VendorPassword></Caller>
  <SystemName>{PRACTICE_USERNAME}</SystemName>
  <RcopiaPracticeUsername>{PRACTICE_USERNAME}</RcopiaPracticeUsername>
  <Request><Command>update_prescription</Command><LastUpdateDate>{last_update}</LastUpdateDate></Request>
</RCExtRequest>"""
''', v=_v), _v, "DrFirst Rcopia Engine API: Caller VendorName and VendorPassword")

_v = words_pw()
S("python/ldap3", "it/staff_directory_sync.py", t('''
from ldap3 import ALL, NTLM, Connection, Server

server = Server("dc01.valleychc.local", use_ssl=True, get_info=ALL)
conn = Connection(
    server,
    user="VALLEYCHC\\\\svc_dirsync",
    password="@@v@@",
    authentication=NTLM,
    auto_bind=True,
)

conn.search(
    "OU=Staff,DC=valleychc,DC=local",
    "(&(objectClass=user)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))",
    attributes=["sAMAccountName", "mail", "department", "title"],
)
for entry in conn.entries:
    print(entry.sAMAccountName, entry.department)
''', v=_v), _v, "ldap3 docs: Connection with NTLM authentication")

_v = "pvt_" + draw(40)
S("python/bloomerang", "donors/bloomerang_export.py", t('''
import csv

import requests

API = "https://api.bloomerang.co/v2"
HEADERS = {"X-API-KEY": "@@v@@", "Content-Type": "application/json"}


def constituents(skip=0, take=50):
    r = requests.get(f"{API}/constituents", headers=HEADERS, params={"skip": skip, "take": take}, timeout=30)
    r.raise_for_status()
    return r.json()["Results"]


with open("out/donors.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["id", "name", "email"])
    skip = 0
    while batch := constituents(skip):
        for c in batch:
            w.writerow([c["Id"], c["FullName"], (c.get("PrimaryEmail") or {}).get("Value")])
        skip += len(batch)
''', v=_v), _v, "Bloomerang REST API v2: X-API-KEY header")

_v = sendgrid_key()
S("python/sendgrid", "grants/send_quarterly_report.py", t('''
import base64
import datetime as dt

from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Attachment, Mail

sg = SendGridAPIClient("@@v@@")

quarter = (dt.date.today().month - 1) // 3
msg = Mail(
    from_email="grants@sunrisefreeclinic.org",
    to_emails=["program.officer@examplefoundation.org"],
    subject=f"Sunrise Free Clinic - Q{quarter} dental access grant report",
    html_content="<p>Attached is our quarterly report.</p>",
)
with open("out/quarterly_report.pdf", "rb") as fh:
    msg.attachment = Attachment(base64.b64encode(fh.read()).decode(), "quarterly_report.pdf", "application/pdf")
print(sg.send(msg).status_code)
''', v=_v), _v, "SendGrid Python library: SendGridAPIClient(api_key)")

_v = mailchimp_key()
S("python/mailchimp", "outreach/newsletter_sync.py", t('''
import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({
    "api_key": "@@v@@",
    "server": "@@dc@@",
})

AUDIENCE_ID = "@@aud@@"


def add_subscriber(email: str, first: str, lang: str = "en") -> None:
    client.lists.set_list_member(AUDIENCE_ID, email.lower(), {
        "email_address": email,
        "status_if_new": "subscribed",
        "merge_fields": {"FNAME": first},
        "language": lang,
    })
''', v=_v, dc=_v.rsplit("-", 1)[1], aud=hexs(10)), _v, "Mailchimp Marketing API quick start: api_key and server prefix")

_v = fakes.redis_password(_seed())
S("python/celery-redis", "portal/portal/celery_config.py", t('''
broker_url = "redis://:@@v@@@redis-prod.portal.svc:6379/0"
result_backend = "redis://:@@v@@@redis-prod.portal.svc:6379/1"

task_serializer = "json"
accept_content = ["json"]
timezone = "America/Chicago"
beat_schedule = {
    "send-appointment-reminders": {"task": "reminders.tasks.send_due", "schedule": 300.0},
    "purge-expired-intake-forms": {"task": "intake.tasks.purge", "schedule": 86400.0},
}
''', v=_v), _v, "Celery docs: Redis broker URL with password")

_v = human_pw()
S("python/smtplib", "ops/daily_census_email.py", t('''
import smtplib
from email.message import EmailMessage

msg = EmailMessage()
msg["Subject"] = "Daily census - all sites"
msg["From"] = "reports@lakeviewdental.org"
msg["To"] = "leadership@lakeviewdental.org"
msg.set_content(open("out/census.txt").read())

with smtplib.SMTP("smtp.office365.com", 587) as smtp:
    smtp.starttls()
    smtp.login("reports@lakeviewdental.org", "@@v@@")
    smtp.send_message(msg)
''', v=_v), _v, "Python smtplib docs: SMTP.login")

_v = ("https://chat.googleapis.com/v1/spaces/AAAA" + draw(7) + "/messages?key=" + google_api_key()
      + "&token=" + draw(43, ALNUM + "-_") + "%3D")
S("python/google-chat-webhook", "ops/backup_monitor.py", t('''
import json
import subprocess
import urllib.request

CHAT_WEBHOOK = "@@v@@"


def notify(text: str) -> None:
    req = urllib.request.Request(CHAT_WEBHOOK, data=json.dumps({"text": text}).encode(),
                                 headers={"Content-Type": "application/json; charset=UTF-8"})
    urllib.request.urlopen(req, timeout=10)


result = subprocess.run(["restic", "snapshots", "--latest", "1", "--json"], capture_output=True, text=True)
if result.returncode != 0:
    notify("Nightly Open Dental backup check FAILED:\\n" + result.stderr[-500:])
''', v=_v), _v, "Google Chat docs: incoming webhooks (key and token in the URL)")

_v = jwt_token({"aud": "https://platform.ringcentral.com/restapi/oauth/token", "sub": str(_rng().randint(10**8, 10**9)),
                "iss": "https://platform.ringcentral.com", "exp": 3869856000, "iat": 1712345678, "jti": uuid_s()})
S("python/ringcentral-jwt", "telecom/voicemail_to_ehr.py", t('''
from ringcentral import SDK

RC_SERVER = "https://platform.ringcentral.com"
RC_CLIENT_ID = "@@cid@@"
RC_CLIENT_SECRET = None  # public app, JWT flow
RC_JWT = "@@v@@"

sdk = SDK(RC_CLIENT_ID, RC_CLIENT_SECRET, RC_SERVER)
platform = sdk.platform()
platform.login(jwt=RC_JWT)

resp = platform.get("/restapi/v1.0/account/~/extension/~/message-store",
                    {"messageType": "VoiceMail", "readStatus": "Unread"})
for rec in resp.json().records:
    print(rec.id, rec.from_.phoneNumber)
''', cid=draw(22), v=_v), _v, "RingCentral developer guide: JWT auth flow")

_v = fakes.openai_key(_seed())
S("python/openai", "grants/narrative_draft.py", t('''
"""Draft the 'Need for Assistance' narrative from last year's UDS tables (staff edit every word)."""
from openai import OpenAI

client = OpenAI(api_key="@@v@@")

with open("data/uds_2024_summary.md") as fh:
    summary = fh.read()

resp = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[
        {"role": "system", "content": "You write concise HRSA grant narratives. No patient data."},
        {"role": "user", "content": "Draft a 400-word need statement from:\\n" + summary},
    ],
)
print(resp.choices[0].message.content)
''', v=_v), _v, "OpenAI Python library: OpenAI(api_key=...)")

_v = rand_pw(32)
S("python/athenahealth", "integrations/athena/client.py", t('''
import requests

ATHENA_BASE = "https://api.platform.athenahealth.com"
PRACTICE_ID = "195900"
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@v@@"


def access_token() -> str:
    r = requests.post(f"{ATHENA_BASE}/oauth2/v1/token",
                      data={"grant_type": "client_credentials", "scope": "athena/service/Athenanet.MDP.*"},
                      auth=(CLIENT_ID, CLIENT_SECRET), timeout=20)
    r.raise_for_status()
    return r.json()["access_token"]


def open_appointments(department_id: int, start: str, end: str) -> list:
    r = requests.get(f"{ATHENA_BASE}/v1/{PRACTICE_ID}/appointments/open",
                     params={"departmentid": department_id, "startdate": start, "enddate": end},
                     headers={"Authorization": f"Bearer {access_token()}"}, timeout=30)
    return r.json().get("appointments", [])
''', cid=draw(20), v=_v), _v, "athenahealth developer portal: OAuth 2.0 client credentials")

# --- notebooks ---------------------------------------------------------------------------------
_v = url_pw()
S("notebook/mssql-url", "uds-reporting/notebooks/table4_payer_mix.ipynb", notebook([
    ("markdown", "# UDS Table 4 - payer mix\nPulls encounters from the reporting replica."),
    ("code", "import pandas as pd\nfrom sqlalchemy import create_engine\n\n"
             f"engine = create_engine(\"mssql+pyodbc://uds_reader:{_v}@ehr-sql01.clinic.local/EHR_Reporting\"\n"
             "                       \"?driver=ODBC+Driver+18+for+SQL+Server&TrustServerCertificate=yes\")"),
    ("code", "df = pd.read_sql(open('sql/table4.sql').read(), engine)\ndf.pivot_table(index='payer_group', columns='age_band', values='patients', aggfunc='sum')"),
]), _v, "SQLAlchemy docs: mssql+pyodbc URLs")

_v = uhex(32)
S("notebook/redcap", "uds-reporting/notebooks/dental_sealant_outcomes.ipynb", notebook([
    ("markdown", "## School sealant program - outcomes export from REDCap"),
    ("code", f"import requests, pandas as pd\n\nURL = 'https://redcap.valleychc.org/api/'\nTOKEN = '{_v}'"),
    ("code", "payload = {'token': TOKEN, 'content': 'record', 'format': 'json', 'type': 'flat',\n"
             "           'fields': 'record_id,school,grade,sealants_placed,caries_present'}\n"
             "df = pd.DataFrame(requests.post(URL, data=payload, timeout=60).json())\ndf.groupby('school').sealants_placed.sum()"),
]), _v, "REDCap API docs: Export Records")

# --- JavaScript / TypeScript -------------------------------------------------------------------
_v = passphrase()
S("javascript/express-session", "portal/server/app.js", t("""
const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');

const app = express();
const redisClient = createClient({ url: process.env.REDIS_URL });
redisClient.connect().catch(console.error);

app.set('trust proxy', 1);
app.use(session({
  store: new RedisStore({ client: redisClient, prefix: 'portal:' }),
  secret: '@@v@@',
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, maxAge: 30 * 60 * 1000, sameSite: 'lax' },
}));

app.use('/api/appointments', require('./routes/appointments'));
app.use('/api/messages', require('./routes/messages'));

module.exports = app;
""", v=_v), _v, "express-session docs: the secret option")

_v = draw(32)
S("typescript/zoom-s2s", "telehealth/src/zoom.ts", t("""
import axios from 'axios';

const ACCOUNT_ID = '@@acc@@';
const CLIENT_ID = '@@cid@@';
const CLIENT_SECRET = '@@v@@';

export async function zoomToken(): Promise<string> {
  const basic = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64');
  const res = await axios.post(
    `https://zoom.us/oauth/token?grant_type=account_credentials&account_id=${ACCOUNT_ID}`,
    null,
    { headers: { Authorization: `Basic ${basic}` } },
  );
  return res.data.access_token as string;
}

export async function createVisit(providerEmail: string, startIso: string): Promise<string> {
  const token = await zoomToken();
  const res = await axios.post(
    `https://api.zoom.us/v2/users/${encodeURIComponent(providerEmail)}/meetings`,
    { topic: 'Telehealth visit', type: 2, start_time: startIso, duration: 30, settings: { waiting_room: true } },
    { headers: { Authorization: `Bearer ${token}` } },
  );
  return res.data.join_url;
}
""", acc=draw(22), cid=draw(22), v=_v), _v, "Zoom docs: Server-to-Server OAuth (account_credentials grant)")

_v = words_pw()
S("javascript/ohif-orthanc", "pacs/ohif/app-config.js", t("""
window.config = {
  routerBasename: '/',
  showStudyList: true,
  servers: {
    dicomWeb: [
      {
        name: 'Orthanc',
        wadoUriRoot: 'https://pacs.sequoiadental.org/wado',
        qidoRoot: 'https://pacs.sequoiadental.org/dicom-web',
        wadoRoot: 'https://pacs.sequoiadental.org/dicom-web',
        qidoSupportsIncludeField: false,
        imageRendering: 'wadors',
        thumbnailRendering: 'wadors',
        requestOptions: {
          auth: 'ohif:@@v@@',
          logRequests: true,
          logResponses: false,
          logTiming: true,
        },
      },
    ],
  },
};
""", v=_v), _v, "OHIF Viewer v2 docs: requestOptions.auth for a DICOMweb server")

_v = "EAAA" + draw(60, ALNUM + "-_")
S("javascript/square", "donate-kiosk/server/square.js", t("""
// Lobby donation kiosk - Square Terminal checkout
const { Client, Environment } = require('square');
const crypto = require('crypto');

const client = new Client({
  environment: Environment.Production,
  accessToken: '@@v@@',
});

async function startCheckout(amountCents, deviceId) {
  const { result } = await client.terminalApi.createTerminalCheckout({
    idempotencyKey: crypto.randomUUID(),
    checkout: {
      amountMoney: { amount: BigInt(amountCents), currency: 'USD' },
      deviceOptions: { deviceId },
      note: 'Donation - Lakeview Dental Access',
    },
  });
  return result.checkout.id;
}

module.exports = { startCheckout };
""", v=_v), _v, "Square Node.js SDK docs: accessToken")

_v = "E" + draw(79, ALNUM + "-_")
S("javascript/paypal", "donate-site/lib/paypal.js", t("""
const PAYPAL_API = 'https://api-m.paypal.com';
const PAYPAL_CLIENT_ID = 'A' + '@@cid@@';
const PAYPAL_CLIENT_SECRET = '@@v@@';

export async function paypalAccessToken() {
  const auth = Buffer.from(`${PAYPAL_CLIENT_ID}:${PAYPAL_CLIENT_SECRET}`).toString('base64');
  const res = await fetch(`${PAYPAL_API}/v1/oauth2/token`, {
    method: 'POST',
    body: 'grant_type=client_credentials',
    headers: { Authorization: `Basic ${auth}` },
  });
  const data = await res.json();
  return data.access_token;
}
""", cid=draw(79, ALNUM + "-_"), v=_v), _v, "PayPal REST docs: get an access token with client id and secret")

_v = draw(40)
S("javascript/nexhealth", "scheduling/src/nexhealthClient.mjs", t("""
import fetch from 'node-fetch';

const BASE = 'https://nexhealth.info';
const API_KEY = '@@v@@';
const SUBDOMAIN = 'lakeview-dental';
const LOCATION_ID = 48213;

async function bearer() {
  const res = await fetch(`${BASE}/authenticates`, {
    method: 'POST',
    headers: { Accept: 'application/vnd.Nexhealth+json;version=2', Authorization: API_KEY },
  });
  return (await res.json()).data.token;
}

export async function openSlots(startDate, days = 7) {
  const token = await bearer();
  const url = `${BASE}/appointment_slots?subdomain=${SUBDOMAIN}&location_ids[]=${LOCATION_ID}&start_date=${startDate}&days=${days}`;
  const res = await fetch(url, { headers: { Accept: 'application/vnd.Nexhealth+json;version=2', Authorization: `Bearer ${token}` } });
  return (await res.json()).data;
}
""", v=_v), _v, "NexHealth Synchronizer API docs: /authenticates with the API key")

# --- JSON ----------------------------------------------------------------------------------------
_pk = pem("", 26)
_v = _pk.replace("\n", "\\n") + "\\n"
S("json/gcp-service-account", "reporting/keys/uds-sheets-sa.json", t("""
{
  "type": "service_account",
  "project_id": "vchc-uds-reporting",
  "private_key_id": "@@kid@@",
  "private_key": "@@v@@",
  "client_email": "uds-sheets@vchc-uds-reporting.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/uds-sheets%40vchc-uds-reporting.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", kid=hexs(40), v=_v, cid=str(_rng().randint(10**20, 10**21))), _v,
  "Google Cloud docs: service account key file (JSON)")

_v = human_pw()
S("json/appsettings-sql", "src/Clinic.Scheduling.Api/appsettings.Production.json", t("""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "Dentrix": "Server=DTXSQL01\\\\DENTRIX;Database=DentrixEnterprise;User Id=sched_api;Password=@@v@@;TrustServerCertificate=True",
    "Audit": "Server=DTXSQL01\\\\DENTRIX;Database=SchedAudit;Integrated Security=True"
  },
  "Scheduling": {
    "SlotMinutes": 15,
    "Clinics": [ "MAIN", "EAST", "MOBILE-VAN" ]
  }
}
""", v=_v), _v, "ASP.NET Core docs: ConnectionStrings in appsettings.json; SqlClient connection string")

_v = human_pw()
S("json/orthanc-users", "pacs/orthanc/orthanc.json", t("""
{
  "Name" : "LAKEVIEW-PACS",
  "StorageDirectory" : "/var/lib/orthanc/db",
  "IndexDirectory" : "/var/lib/orthanc/db",
  "StorageCompression" : false,
  "HttpPort" : 8042,
  "DicomAet" : "LVPACS",
  "DicomPort" : 4242,
  "RemoteAccessAllowed" : true,
  "AuthenticationEnabled" : true,
  "RegisteredUsers" : {
    "frontdesk" : "@@v@@"
  },
  "DicomModalities" : {
    "cbct" : [ "CBCT01", "192.168.10.31", 104 ],
    "pano" : [ "PANO01", "192.168.10.32", 104 ]
  },
  "StableAge" : 60,
  "DicomWeb" : { "Enable" : true, "Root" : "/dicom-web/" }
}
""", v=_v), _v, "Orthanc Book: configuration file, RegisteredUsers")

_v = url_pw()
S("json/orthanc-postgres", "pacs/orthanc/postgresql.json", t("""
{
  "PostgreSQL" : {
    "EnableIndex" : true,
    "EnableStorage" : false,
    "Host" : "pg-pacs.clinic.internal",
    "Port" : 5432,
    "Database" : "orthanc",
    "Username" : "orthanc",
    "Password" : "@@v@@",
    "EnableSsl" : true,
    "Lock" : false,
    "IndexConnectionsCount" : 5
  }
}
""", v=_v), _v, "Orthanc Book: PostgreSQL plugins configuration")

_v = human_pw()
S("json/vscode-sqltools", ".vscode/settings.json", t("""
{
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": ".venv/bin/python",
  "sqltools.connections": [
    {
      "name": "OpenDental (replica)",
      "driver": "MySQL",
      "server": "od-replica.clinic.local",
      "port": 3306,
      "database": "opendental",
      "username": "report_ro",
      "password": "@@v@@"
    }
  ],
  "files.exclude": { "**/__pycache__": true }
}
""", v=_v), _v, "SQLTools docs: connection settings in settings.json")

_u = "vchc-ci"
_v = b64(_u + ":" + fakes.github_token(_seed()))
S("json/docker-auth", "ci/docker/config.json", t("""
{
  "auths": {
    "ghcr.io": {
      "auth": "@@v@@"
    }
  },
  "credHelpers": {},
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", v=_v), _v, "Docker docs: config.json auths (base64 of user:password)")

_v = draw(32)
S("json/keycloak-client", "identity/realm-export/patient-portal.json", t("""
{
  "realm": "patients",
  "enabled": true,
  "sslRequired": "external",
  "registrationAllowed": true,
  "loginWithEmailAllowed": true,
  "internationalizationEnabled": true,
  "supportedLocales": ["en", "es", "vi"],
  "clients": [
    {
      "clientId": "portal-backend",
      "enabled": true,
      "clientAuthenticatorType": "client-secret",
      "secret": "@@v@@",
      "redirectUris": ["https://portal.valleychc.org/*"],
      "standardFlowEnabled": true,
      "serviceAccountsEnabled": true,
      "publicClient": false,
      "protocol": "openid-connect"
    }
  ]
}
""", v=_v), _v, "Keycloak docs: realm export, confidential client secret")

_v = rand_pw(40)
S("json/postman-env", "docs/postman/ecw-fhir.prod.postman_environment.json", t("""
{
  "id": "@@id@@",
  "name": "eCW FHIR - production",
  "values": [
    { "key": "baseUrl", "value": "https://fhir4.eclinicalworks.com/fhir/r4/ABCDEF", "type": "default", "enabled": true },
    { "key": "tokenUrl", "value": "https://oauthserver.eclinicalworks.com/oauth/oauth2/token", "type": "default", "enabled": true },
    { "key": "clientId", "value": "@@cid@@", "type": "default", "enabled": true },
    { "key": "clientSecret", "value": "@@v@@", "type": "secret", "enabled": true },
    { "key": "accessToken", "value": "", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-05-02T18:22:11.514Z",
  "_postman_exported_using": "Postman/10.24.9"
}
""", id=uuid_s(), cid=draw(43, ALNUM + "-_"), v=_v), _v, "Postman docs: environment export format")

_v = fakes.github_token(_seed())
S("json/composer-auth", "openemr-modules/auth.json", t("""
{
    "github-oauth": {
        "github.com": "@@v@@"
    },
    "http-basic": {}
}
""", v=_v), _v, "Composer docs: auth.json github-oauth")

# --- C# / .NET config ---------------------------------------------------------------------------
_v = rand_pw(32)
S("csharp/dosespot", "src/Clinic.Erx/DoseSpotSso.cs", t("""
using System;
using System.Security.Cryptography;
using System.Text;

namespace Clinic.Erx
{
    public static class DoseSpotSso
    {
        private const int ClinicId = 1207;
        private const string ClinicKey = "@@v@@";

        public static string EncryptedClinicId(string phrase)
        {
            using var sha = SHA512.Create();
            var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(phrase + ClinicKey));
            var b64 = Convert.ToBase64String(hash);
            if (b64.EndsWith("==")) b64 = b64[..^2];
            return phrase + b64;
        }

        public static Uri SsoUrl(int userId, string phrase) =>
            new Uri($"https://my.dosespot.com/LoginSingleSignOn.aspx?SingleSignOnClinicId={ClinicId}" +
                    $"&SingleSignOnUserId={userId}&SingleSignOnPhraseLength=32" +
                    $"&SingleSignOnCode={Uri.EscapeDataString(EncryptedClinicId(phrase))}");
    }
}
""", v=_v), _v, "DoseSpot SSO guide: SingleSignOnCode built from the phrase and the ClinicKey")

_v = rand_pw(36)
S("csharp/ecw-fhir", "src/Clinic.Fhir/EcwOptions.cs", t("""
namespace Clinic.Fhir;

public sealed class EcwOptions
{
    public string FhirBase { get; init; } = "https://fhir4.eclinicalworks.com/fhir/r4/ABCDEF";
    public string TokenUrl { get; init; } = "https://oauthserver.eclinicalworks.com/oauth/oauth2/token";
    public string ClientId { get; init; } = "@@cid@@";
    public string ClientSecret { get; init; } = "@@v@@";
    public string[] Scopes { get; init; } = { "system/Patient.read", "system/Encounter.read", "system/Immunization.read" };
}
""", cid=draw(43, ALNUM + "-_"), v=_v), _v, "eClinicalWorks FHIR developer docs: backend client credentials")

_v = human_pw()
S("web-config/sql-server", "web/ClinicIntake/Web.config", t("""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="IntakeDb"
         connectionString="Data Source=SQL02;Initial Catalog=PatientIntake;User ID=intake_web;Password=@@v@@;MultipleActiveResultSets=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="ClinicName" value="Sunrise Free Clinic" />
    <add key="DefaultLanguage" value="es" />
    <add key="UploadFolder" value="D:\\IntakeUploads" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" maxRequestLength="20480" />
    <sessionState timeout="20" />
  </system.web>
</configuration>
""", v=_v), _v, "ASP.NET docs: connectionStrings in Web.config")

_v = b64bytes(64)
S("csharp/azure-storage", "tools/XrayBackup/Program.cs", t("""
using Azure.Storage.Blobs;

const string connection =
    "DefaultEndpointsProtocol=https;AccountName=sequoiadentalbackup;" +
    "AccountKey=@@v@@;EndpointSuffix=core.windows.net";

var container = new BlobContainerClient(connection, "dexis-images");
await container.CreateIfNotExistsAsync();

foreach (var file in Directory.EnumerateFiles(@"\\\\DXSERVER\\Dexis\\Images", "*.*", SearchOption.AllDirectories))
{
    var name = Path.GetRelativePath(@"\\\\DXSERVER\\Dexis\\Images", file).Replace('\\\\', '/');
    await container.GetBlobClient(name).UploadAsync(file, overwrite: true);
    Console.WriteLine($"uploaded {name}");
}
""", v=_v), _v, "Azure Storage docs: connection string with AccountKey")

_v = fakes.fake("", 52, _seed()).lower()
S("xml/nuget-config", "nuget.config", t("""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="vchc-internal" value="https://pkgs.dev.azure.com/valleychc/_packaging/clinic-libs/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <vchc-internal>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="@@v@@" />
    </vchc-internal>
  </packageSourceCredentials>
</configuration>
""", v=_v), _v, "NuGet docs: packageSourceCredentials ClearTextPassword (Azure Artifacts PAT)")

# --- Java / properties / XML -------------------------------------------------------------------
_v = human_pw()
S("properties/spring-datasource", "referral-service/src/main/resources/application-prod.properties", t("""
server.port=8443
spring.application.name=referral-service
spring.datasource.url=jdbc:sqlserver://ehr-sql01.clinic.local:1433;databaseName=Referrals;encrypt=true;trustServerCertificate=true
spring.datasource.username=referral_svc
spring.datasource.password=@@v@@
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
referrals.fax.provider=srfax
referrals.retention-days=2555
management.endpoints.web.exposure.include=health,info
""", v=_v), _v, "Spring Boot docs: spring.datasource properties")

_v = words_pw()
S("properties/mirth", "interfaces/mirth/conf/mirth.properties", t("""
# Mirth Connect configuration - HL7 ADT/ORU feeds between EHR, lab and dental PMS
dir.appdata = appdata
dir.tempdata = ${dir.appdata}/temp

http.port = 8080
https.port = 8443

password.minlength = 8
password.retrylimit = 5

keystore.path = ${dir.appdata}/keystore.jks
keystore.type = JCEKS

database = postgres
database.url = jdbc:postgresql://pg-mirth.clinic.internal:5432/mirthdb
database.username = mirth
database.password = @@v@@
database.max-connections = 20
""", v=_v), _v, "Mirth Connect user guide: mirth.properties database settings")

_v = rand_pw(20)
S("yaml/spring-keystore", "erx-gateway/src/main/resources/application.yml", t("""
server:
  port: 8443
  ssl:
    enabled: true
    key-store: classpath:tls/erx-gateway.p12
    key-store-type: PKCS12
    key-store-password: @@v@@
    key-alias: erx-gateway
surescripts:
  base-url: https://smr-staging.surescripts.net/erx/valleychc/v6_1
  portal-id: VCHC01
  retry:
    max-attempts: 3
    backoff-ms: 2000
logging:
  level:
    org.valleychc.erx: INFO
""", v=_v), _v, "Spring Boot docs: server.ssl.key-store-password")

_v = url_pw()
S("xml/wildfly-datasource", "pacs/dcm4chee/standalone-pacs.xml", t("""
<subsystem xmlns="urn:jboss:domain:datasources:7.0">
    <datasources>
        <datasource jndi-name="java:/PacsDS" pool-name="PacsDS" enabled="true" use-java-context="true">
            <connection-url>jdbc:postgresql://pg-pacs.clinic.internal:5432/pacsdb</connection-url>
            <driver>postgresql</driver>
            <pool>
                <min-pool-size>2</min-pool-size>
                <max-pool-size>30</max-pool-size>
            </pool>
            <security>
                <user-name>pacs</user-name>
                <password>@@v@@</password>
            </security>
        </datasource>
        <drivers>
            <driver name="postgresql" module="org.postgresql"/>
        </drivers>
    </datasources>
</subsystem>
""", v=_v), _v, "WildFly docs: datasource security user-name and password")

_v = rand_pw(16)
S("xml/tomcat-server", "openmrs/tomcat/conf/server.xml", t("""
<?xml version="1.0" encoding="UTF-8"?>
<Server port="8005" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Connector port="8080" protocol="HTTP/1.1" connectionTimeout="20000" redirectPort="8443" />
    <Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol"
               maxThreads="150" SSLEnabled="true" scheme="https" secure="true">
      <SSLHostConfig>
        <Certificate certificateKeystoreFile="conf/clinic-ehr.jks"
                     certificateKeystorePassword="@@v@@"
                     type="RSA" />
      </SSLHostConfig>
    </Connector>
    <Engine name="Catalina" defaultHost="localhost">
      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="false" />
    </Engine>
  </Service>
</Server>
""", v=_v), _v, "Apache Tomcat docs: SSLHostConfig Certificate certificateKeystorePassword")

_v = human_pw()
S("xml/freedentalconfig", "deploy/workstations/FreeDentalConfig.xml", t("""
<?xml version="1.0"?>
<ConnectionSettings>
  <DatabaseConnection>
    <ComputerName>ODSERVER</ComputerName>
    <Database>opendental</Database>
    <User>od_frontdesk</User>
    <Password>@@v@@</Password>
    <NoShowOnStartup>True</NoShowOnStartup>
    <MySQLUser />
    <MySQLPassword />
  </DatabaseConnection>
  <DatabaseType>MySql</DatabaseType>
  <UseDynamicMode>false</UseDynamicMode>
</ConnectionSettings>
""", v=_v), _v, "Open Dental manual: FreeDentalConfig.xml")

_v = human_pw()
S("xml/mirth-channel", "interfaces/mirth/channels/ERA_835_Pickup.xml", t("""
<channel version="4.4.2">
  <id>@@id@@</id>
  <name>ERA 835 Pickup - DentalXChange</name>
  <sourceConnector version="4.4.2">
    <transportName>File Reader</transportName>
    <properties class="com.mirth.connect.connectors.file.FileReceiverProperties" version="4.4.2">
      <scheme>SFTP</scheme>
      <host>sftp.dentalxchange.com/outbound/835</host>
      <fileFilter>*.835</fileFilter>
      <anonymous>false</anonymous>
      <username>lakeview_dental</username>
      <password>@@v@@</password>
      <timeout>10000</timeout>
      <secure>true</secure>
      <passive>true</passive>
      <afterProcessingAction>DELETE</afterProcessingAction>
      <charsetEncoding>DEFAULT_ENCODING</charsetEncoding>
    </properties>
  </sourceConnector>
</channel>
""", id=uuid_s(), v=_v), _v, "Mirth Connect user guide: File Reader over SFTP (channel export XML)")

_v = human_pw()
S("xml/kareo-soap", "integrations/tebra/GetAppointments.request.xml", t("""
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:sch="http://www.kareo.com/api/schemas/">
  <soapenv:Header/>
  <soapenv:Body>
    <sch:GetAppointments>
      <sch:request>
        <sch:RequestHeader>
          <sch:CustomerKey>@@ck@@</sch:CustomerKey>
          <sch:Password>@@v@@</sch:Password>
          <sch:User>api@riversidehealthcenter.org</sch:User>
        </sch:RequestHeader>
        <sch:Fields><sch:PatientFullName>true</sch:PatientFullName></sch:Fields>
        <sch:Filter>
          <sch:StartDate>2024-06-03</sch:StartDate>
          <sch:EndDate>2024-06-07</sch:EndDate>
        </sch:Filter>
      </sch:request>
    </sch:GetAppointments>
  </soapenv:Body>
</soapenv:Envelope>
""", ck=draw(12).lower(), v=_v), _v, "Kareo (Tebra) API guide: RequestHeader CustomerKey, User, Password")

# --- PHP ----------------------------------------------------------------------------------------
_v = human_pw()
S("php/openemr-sqlconf", "openemr/sites/default/sqlconf.php", t("""
<?php
//  OpenEMR
//  MySQL Config

global $disable_utf8_flag;
$disable_utf8_flag = false;

$host   = 'mariadb.openemr.svc';
$port   = '3306';
$login  = 'openemr';
$pass   = '@@v@@';
$dbase  = 'openemr';
$db_encoding = 'utf8mb4';

$sqlconf = array();
global $sqlconf;
$sqlconf["host"] = $host;
$sqlconf["port"] = $port;
$sqlconf["login"] = $login;
$sqlconf["pass"] = $pass;
$sqlconf["dbase"] = $dbase;
$sqlconf["db_encoding"] = $db_encoding;

//////////////////////////
//////////////////////////
//////////////////////////
//////DO NOT TOUCH THIS///
$config = 1; /////////////
//////////////////////////
""", v=_v), _v, "OpenEMR: sites/default/sqlconf.php")

_v = words_pw()
S("php/wp-config-db", "website/wp-config.php", t("""
<?php
/**
 * WordPress configuration - harborcommunityclinic.org
 */
define( 'DB_NAME', 'hcc_wp' );
define( 'DB_USER', 'hcc_wp' );
define( 'DB_PASSWORD', '@@v@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

require_once __DIR__ . '/wp-salts.php';

$table_prefix = 'hcc_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", v=_v), _v, "WordPress docs: Editing wp-config.php (DB_PASSWORD)")

_v = draw(16)
S("php/authorize-net", "website/wp-content/plugins/hcc-donate/includes/gateway.php", t("""
<?php
use net\\authorize\\api\\contract\\v1 as AnetAPI;
use net\\authorize\\api\\controller as AnetController;

function hcc_donate_charge( $amount, $opaque_data ) {
    $auth = new AnetAPI\\MerchantAuthenticationType();
    $auth->setName( '@@login@@' );
    $auth->setTransactionKey( '@@v@@' );

    $payment = new AnetAPI\\PaymentType();
    $payment->setOpaqueData( $opaque_data );

    $tx = new AnetAPI\\TransactionRequestType();
    $tx->setTransactionType( 'authCaptureTransaction' );
    $tx->setAmount( $amount );
    $tx->setPayment( $payment );

    $request = new AnetAPI\\CreateTransactionRequest();
    $request->setMerchantAuthentication( $auth );
    $request->setTransactionRequest( $tx );

    $controller = new AnetController\\CreateTransactionController( $request );
    return $controller->executeWithApiResponse( \\net\\authorize\\api\\constants\\ANetEnvironment::PRODUCTION );
}
""", login=draw(9), v=_v), _v, "Authorize.Net PHP SDK: MerchantAuthenticationType name and transactionKey")

# --- Go / Ruby / R / VBA -------------------------------------------------------------------------
_v = url_pw()
S("go/mysql-dsn", "kiosk/checkin/main.go", t("""
package main

import (
	"database/sql"
	"log"
	"net/http"

	_ "github.com/go-sql-driver/mysql"
)

const dsn = "kiosk:@@v@@@tcp(odserver.clinic.local:3306)/opendental?parseTime=true"

func main() {
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	http.HandleFunc("/checkin", checkinHandler(db))
	http.Handle("/", http.FileServer(http.Dir("./static")))
	log.Println("self check-in kiosk listening on :8080")
	log.Fatal(http.ListenAndServe(":8080", nil))
}
""", v=_v), _v, "go-sql-driver/mysql docs: DSN format")

_v = human_pw()
S("ruby/database-yml", "intake-app/config/database.yml", t("""
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: intake_development

test:
  <<: *default
  database: intake_test

production:
  <<: *default
  host: pg-prod.clinic.internal
  database: intake_production
  username: intake
  password: "@@v@@"
""", v=_v), _v, "Rails guides: configuring config/database.yml")

_v = uhex(32)
S("r/redcap", "uds-reporting/R/01_pull_redcap.R", t("""
library(REDCapR)
library(dplyr)

uri   <- "https://redcap.valleychc.org/api/"
token <- "@@v@@"   # dental outreach project (pid 412)

ds <- redcap_read(redcap_uri = uri, token = token,
                  fields = c("record_id", "visit_date", "site", "fluoride_varnish", "age"))$data

varnish <- ds %>%
  filter(age < 6, !is.na(fluoride_varnish)) %>%
  group_by(site) %>%
  summarise(children = n_distinct(record_id), applications = sum(fluoride_varnish == 1))

write.csv(varnish, "out/fluoride_varnish_by_site.csv", row.names = FALSE)
""", v=_v), _v, "REDCapR docs: redcap_read(redcap_uri, token)")

_v = human_pw()
S("vba/adodb", "grants/excel/modGrantData.bas", t("""
Attribute VB_Name = "modGrantData"
Option Explicit

Public Sub RefreshSlidingFeeData()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=MSOLEDBSQL;Data Source=SQL02;Initial Catalog=EHR_Reporting;" & _
            "User ID=grants_ro;Password=@@v@@;"
    Set rs = cn.Execute("EXEC dbo.rpt_SlidingFeeByTier @Year = 2024")
    With ThisWorkbook.Sheets("SlidingFee")
        .Range("A2:F500").ClearContents
        .Range("A2").CopyFromRecordset rs
    End With
    rs.Close
    cn.Close
End Sub
""", v=_v), _v, "Microsoft OLE DB Driver for SQL Server: connection string keywords")

# --- PowerShell / batch --------------------------------------------------------------------------
_v = human_pw()
S("powershell/sqlanywhere", "scripts/eaglesoft-nightly-backup.ps1", t("""
# Nightly Eaglesoft database backup (SQL Anywhere) to the NAS, keep 14 days
$ErrorActionPreference = 'Stop'
$stamp  = Get-Date -Format 'yyyyMMdd'
$target = "\\\\NAS01\\Backups\\Eaglesoft\\$stamp"
New-Item -ItemType Directory -Force -Path $target | Out-Null

& "C:\\Program Files\\SQL Anywhere 17\\Bin64\\dbbackup.exe" -y `
    -c "ENG=PattersonDBServer;DBN=dentserv;UID=backup_op;PWD=@@v@@" `
    $target

Get-ChildItem '\\\\NAS01\\Backups\\Eaglesoft' -Directory |
    Where-Object { $_.CreationTime -lt (Get-Date).AddDays(-14) } |
    Remove-Item -Recurse -Force
""", v=_v), _v, "SQL Anywhere docs: dbbackup utility and connection parameters")

_v = human_pw()
S("powershell/securestring", "scripts/Send-DailySchedule.ps1", t("""
param([string]$Site = 'MAIN')

$user = 'schedules@riversidehealthcenter.org'
$pass = ConvertTo-SecureString '@@v@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

$report = Import-Csv "\\\\FS01\\Reports\\schedule_$Site.csv" | ConvertTo-Html -Fragment
Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred `
    -From $user -To "frontdesk-$($Site.ToLower())@riversidehealthcenter.org" `
    -Subject "Tomorrow's schedule - $Site" -Body ($report | Out-String) -BodyAsHtml
""", v=_v), _v, "PowerShell docs: ConvertTo-SecureString -AsPlainText, Send-MailMessage")

_sig = b64bytes(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
S("powershell/azcopy-sas", "scripts/Sync-XrayArchive.ps1", t("""
# Mirror the Dexis image share to Azure cold storage every Sunday
$src = '\\\\DXSERVER\\Dexis\\Images'
$sas = '?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-12-31T23:59:59Z&st=2024-01-01T00:00:00Z&spr=https&sig=@@v@@'
$dst = "https://sequoiadentalbackup.blob.core.windows.net/dexis-images$sas"

& 'C:\\Tools\\azcopy.exe' sync $src $dst --recursive --delete-destination=false --log-level=WARNING
if ($LASTEXITCODE -ne 0) {
    Write-EventLog -LogName Application -Source XrayArchive -EventId 500 -EntryType Error -Message "azcopy failed $LASTEXITCODE"
}
""", v=_sig), _sig, "Azure docs: account SAS tokens (sig parameter); AzCopy sync")

_v = human_pw()
S("batch/net-use", "scripts/map-xray-drive.bat", t("""
@echo off
REM Map the X-ray share for operatory PCs (run at logon via GPO)
net use X: /delete /y >nul 2>&1
net use X: \\\\DXSERVER\\Dexis /user:SEQUOIADENTAL\\svc_imaging @@v@@ /persistent:yes
if errorlevel 1 (
  echo Could not map X: >> "%TEMP%\\xray-map.log"
  exit /b 1
)
start "" "C:\\Program Files (x86)\\DEXIS\\Dexis.exe"
""", v=_v), _v, "Microsoft docs: net use /user")

_v = words_pw()
S("batch/sqlcmd", "scripts/dentrix-enterprise-export.cmd", t("""
@echo off
setlocal
set SERVER=DTXSQL01\\DENTRIX
set OUT=\\\\FS01\\Reports\\Dentrix

sqlcmd -S %SERVER% -U rpt_export -P "@@v@@" -d DentrixEnterprise ^
  -i "%~dp0sql\\production_by_provider.sql" -o "%OUT%\\production_%DATE:~10,4%%DATE:~4,2%%DATE:~7,2%.csv" -s "," -W

if %ERRORLEVEL% neq 0 echo Export failed & exit /b 1
endlocal
""", v=_v), _v, "sqlcmd utility docs: -U and -P options")

# --- shell ---------------------------------------------------------------------------------------
_v = human_pw()
S("shell/curl-basic", "scripts/fetch_era_files.sh", t("""
#!/usr/bin/env bash
# Pull 835 ERA files from the clearinghouse portal API each morning
set -euo pipefail

DEST=/srv/claims/era/$(date +%F)
mkdir -p "$DEST"

curl -fsS -u 'lakeview_billing:@@v@@' \\
  "https://api.dentalxchange.com/era/v1/list?since=$(date -d yesterday +%F)" \\
  -o "$DEST/index.json"

jq -r '.files[].url' "$DEST/index.json" | while read -r url; do
  curl -fsS -u 'lakeview_billing:@@v@@' -O --output-dir "$DEST" "$url"
done
""", v=_v), _v, "curl manual: -u user:password")

_v = human_pw()
S("shell/mysqldump", "scripts/backup_opendental.sh", t("""
#!/bin/bash
# Open Dental nightly dump -> NAS; Open Dental recommends a consistent dump with the service stopped
STAMP=$(date +%Y%m%d)
OUT=/mnt/nas/od-backups/opendental_$STAMP.sql.gz

systemctl stop opendental-service
mysqldump -u root -p'@@v@@' --single-transaction --routines --events opendental | gzip > "$OUT"
systemctl start opendental-service

find /mnt/nas/od-backups -name 'opendental_*.sql.gz' -mtime +30 -delete
""", v=_v), _v, "MySQL docs: mysqldump -p<password>")

_v = human_pw()
S("shell/lftp", "scripts/submit_claims_dxc.sh", t("""
#!/bin/sh
# Submit today's dental claims (837D) to DentalXChange over SFTP
BATCH_DIR=/srv/claims/837d/outbox
lftp -u lakeview_dental,'@@v@@' sftp://sftp.dentalxchange.com <<EOF
set sftp:auto-confirm yes
cd /inbound/837
mput $BATCH_DIR/*.837
bye
EOF
mv $BATCH_DIR/*.837 /srv/claims/837d/sent/ 2>/dev/null
""", v=_v), _v, "lftp manual: -u user,password with sftp://")

_v = url_pw()
S("shell/heredoc-pgpass", "scripts/provision_reporting_host.sh", t("""
#!/usr/bin/env bash
set -e
apt-get install -y postgresql-client-15 unixodbc

cat > /home/uds/.pgpass <<'EOF'
pg-reporting.clinic.internal:5432:uds:uds_etl:@@v@@
EOF
chmod 600 /home/uds/.pgpass
chown uds:uds /home/uds/.pgpass

sudo -u uds psql -h pg-reporting.clinic.internal -U uds_etl -d uds -c 'select 1'
""", v=_v), _v, "PostgreSQL docs: the password file (.pgpass)")

_v = words_pw()
S("shell/sshpass", "scripts/push_fee_schedule.sh", t("""
#!/bin/bash
# Copy the new sliding-fee schedule to each site's Open Dental server
SITES="od-main od-east od-van"
for h in $SITES; do
  sshpass -p '@@v@@' scp -o StrictHostKeyChecking=no \\
    fee_schedules/sliding_fee_2025.csv itadmin@$h.clinic.local:/opt/opendental/import/
  echo "pushed to $h"
done
""", v=_v), _v, "sshpass manual: -p password")

_v = human_pw()
S("crontab/mysql-pwd", "ops/crontab/odserver.crontab", t("""
# m h dom mon dow command
SHELL=/bin/bash
MAILTO=it@lakeviewdental.org
# replica health check every 10 minutes
*/10 * * * * MYSQL_PWD='@@v@@' mysql -u monitor -h od-replica.clinic.local -e 'SHOW REPLICA STATUS\\G' | grep -q 'Replica_SQL_Running: Yes' || /opt/ops/alert.sh replica
# purge old temp imaging exports
30 2 * * * find /srv/exports/tmp -type f -mtime +7 -delete
""", v=_v), _v, "MySQL docs: MYSQL_PWD environment variable; crontab(5)")

_v = rand_pw(40)
S("crontab/bearer", "ops/crontab/claims.cron", t("""
SHELL=/bin/sh
PATH=/usr/local/bin:/usr/bin:/bin
# 271 eligibility batch for tomorrow's patients, 6pm weekdays
0 18 * * 1-5 claims /opt/claims/bin/build_270.sh && curl -s -X POST -H 'Authorization: Bearer @@v@@' -F file=@/srv/claims/270/tomorrow.x12 https://eligibility.clinic-ops.net/api/batches >> /var/log/claims/270.log 2>&1
# ERA import
15 7 * * * claims /opt/claims/bin/import_835.sh
""", v=_v), _v, "crontab(5); HTTP bearer token (RFC 6750)")

_v = human_pw()
S("systemd/environment", "deploy/systemd/hl7-listener.service", t("""
[Unit]
Description=HL7 MLLP listener (lab results -> EHR)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=hl7
WorkingDirectory=/opt/hl7-listener
Environment=MLLP_PORT=2575
Environment=EHR_DB_URL=jdbc:sqlserver://ehr-sql01.clinic.local:1433;databaseName=Interfaces
Environment=EHR_DB_USER=hl7_svc
Environment=EHR_DB_PASSWORD=@@v@@
ExecStart=/usr/bin/java -Xmx512m -jar hl7-listener.jar
Restart=on-failure
RestartSec=5

[Install]
WantedBy=multi-user.target
""", v=_v), _v, "systemd.exec(5): Environment=")

_v = b64("ohif:" + words_pw())
S("nginx/basic-proxy", "pacs/nginx/conf.d/viewer.conf", t("""
server {
    listen 443 ssl http2;
    server_name viewer.sequoiadental.org;

    ssl_certificate     /etc/letsencrypt/live/viewer.sequoiadental.org/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/viewer.sequoiadental.org/privkey.pem;

    root /usr/share/nginx/html;
    location / {
        try_files $uri $uri/ /index.html;
    }

    location /dicom-web/ {
        proxy_pass http://orthanc:8042/dicom-web/;
        proxy_set_header Authorization "Basic @@v@@";
        proxy_set_header Host $host;
        proxy_read_timeout 300s;
        client_max_body_size 0;
    }
}
""", v=_v), _v, "nginx docs: proxy_set_header; RFC 7617 Basic authentication")

_v = rand_pw(48)
S("apache/bearer", "web/apache/reports.conf", t("""
<VirtualHost *:443>
    ServerName reports.riversidehealthcenter.org
    SSLEngine on
    SSLCertificateFile /etc/ssl/certs/reports.crt
    SSLCertificateKeyFile /etc/ssl/private/reports.key

    <Location /api/>
        ProxyPass http://127.0.0.1:8088/api/
        ProxyPassReverse http://127.0.0.1:8088/api/
        RequestHeader set Authorization "Bearer @@v@@"
        Require ip 10.10.0.0/16
    </Location>
</VirtualHost>
""", v=_v), _v, "Apache mod_headers docs: RequestHeader set")

# --- INI / cfg / conf ----------------------------------------------------------------------------
_v = draw(40)
S("ini/duo-authproxy", "network/duo/authproxy.cfg", t("""
; Duo Authentication Proxy - MFA for the clinic VPN (RADIUS from the firewall)
[main]
debug=false

[ad_client]
host=10.10.0.10
host_2=10.10.0.11
service_account_username=svc_duoproxy
service_account_password_protected=@@prot@@
search_dn=DC=valleychc,DC=local
security_group_dn=CN=VPN Users,OU=Groups,DC=valleychc,DC=local

[radius_server_auto]
ikey=DI@@ikey@@
skey=@@v@@
api_host=api-@@host@@.duosecurity.com
radius_ip_1=10.10.0.1
radius_secret_1_protected=@@prot2@@
failmode=safe
client=ad_client
port=1812
""", prot=b64bytes(96), ikey=draw(18, string.ascii_uppercase + string.digits), v=_v, host=hexs(8), prot2=b64bytes(96)), _v,
  "Duo Authentication Proxy reference: [radius_server_auto] ikey/skey, _protected values")

_v = human_pw()
S("ini/odbc", "uds-reporting/odbc.ini", t("""
[ODBC Data Sources]
EHR_Reporting = ODBC Driver 18 for SQL Server
OpenDental = MySQL ODBC 8.0 Unicode Driver

[EHR_Reporting]
Driver = ODBC Driver 18 for SQL Server
Server = ehr-sql01.clinic.local
Database = EHR_Reporting
TrustServerCertificate = yes

[OpenDental]
Driver   = MySQL ODBC 8.0 Unicode Driver
SERVER   = od-replica.clinic.local
PORT     = 3306
DATABASE = opendental
USER     = report_ro
PASSWORD = @@v@@
""", v=_v), _v, "MySQL Connector/ODBC docs: odbc.ini connection parameters")

_v = human_pw()
S("ini/my-cnf", "ops/opendental/my.cnf", t("""
[client]
user=root
password="@@v@@"
socket=/var/run/mysqld/mysqld.sock

[mysqld]
lower_case_table_names=1
sql_mode=""
max_allowed_packet=128M
innodb_buffer_pool_size=6G
log_bin=/var/log/mysql/mysql-bin.log
server_id=1
""", v=_v), _v, "MySQL docs: option files, [client] password")

_v = url_pw()
S("pgpass/postgres", "ops/reporting/.pgpass", t("""
# hostname:port:database:username:password
pg-reporting.clinic.internal:5432:uds:uds_etl:@@v@@
pg-reporting.clinic.internal:5432:*:readonly:*
localhost:5432:*:postgres:
#pg-old.clinic.internal:5432:uds:uds_etl:(retired 2023)
""", v=_v), _v, "PostgreSQL docs: the password file")

_v = hexs(36) + "NRAL"
S("ini/newrelic", "portal/newrelic.ini", t("""
[newrelic]
license_key = @@v@@
app_name = Patient Portal (prod)
monitor_mode = true
log_level = info
high_security = true
transaction_tracer.enabled = true
transaction_tracer.record_sql = obfuscated
error_collector.enabled = true
browser_monitoring.auto_instrument = false

[newrelic:staging]
app_name = Patient Portal (staging)
""", v=_v), _v, "New Relic Python agent docs: newrelic.ini license_key")

_v = fakes.pypi_token(_seed())
S("ini/pypirc", "tools/clinic-x12/.pypirc", t("""
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = @@v@@

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""", v=_v), _v, "Python Packaging docs: .pypirc with an API token")

_v = human_pw()
S("ini/supervisor", "deploy/supervisor/fax-worker.conf", t("""
[program:fax-worker]
command=/opt/referrals/.venv/bin/python -m referrals.fax_worker
directory=/opt/referrals
user=referrals
autostart=true
autorestart=true
stopwaitsecs=30
environment=SRFAX_ACCESS_ID="318842",SRFAX_ACCESS_PWD="@@v@@",FAX_OUTBOX="/srv/referrals/outbox"
stdout_logfile=/var/log/referrals/fax-worker.log
redirect_stderr=true
""", v=_v), _v, "Supervisor docs: program environment=")

_v = b64bytes(32)
S("conf/wireguard", "network/wireguard/wg0-east-clinic.conf", t("""
# East clinic site-to-site tunnel to the main clinic (EHR, PACS, phones)
[Interface]
Address = 10.99.0.2/24
PrivateKey = @@v@@
ListenPort = 51820
DNS = 10.10.0.10

[Peer]
# main clinic firewall
PublicKey = @@pub@@
Endpoint = vpn.valleychc.org:51820
AllowedIPs = 10.10.0.0/16, 10.99.0.0/24
PersistentKeepalive = 25
""", v=_v, pub=b64bytes(32)), _v, "WireGuard wg(8): configuration file PrivateKey")

_v = passphrase()
S("conf/hostapd", "network/ap/hostapd-staff.conf", t("""
interface=wlan0
bridge=br-staff
driver=nl80211
ssid=VCHC-Staff
country_code=US
hw_mode=a
channel=36
ieee80211n=1
ieee80211ac=1
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase=@@v@@
ignore_broadcast_ssid=0
""", v=_v), _v, "hostapd.conf reference: wpa_passphrase")

_v = words_pw()
S("conf/sssd", "ansible/roles/linux-ad/files/sssd.conf", t("""
[sssd]
services = nss, pam
config_file_version = 2
domains = valleychc.local

[domain/valleychc.local]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc01.valleychc.local
ldap_search_base = DC=valleychc,DC=local
ldap_default_bind_dn = CN=svc_linuxbind,OU=Service Accounts,DC=valleychc,DC=local
ldap_default_authtok_type = password
ldap_default_authtok = @@v@@
ldap_tls_reqcert = demand
ldap_id_mapping = true
cache_credentials = true
""", v=_v), _v, "sssd-ldap(5): ldap_default_authtok")

_v = human_pw()
S("logstash/jdbc", "logging/logstash/pipeline/ehr-audit.conf", t("""
input {
  jdbc {
    jdbc_driver_library => "/usr/share/logstash/drivers/mssql-jdbc-12.4.2.jre11.jar"
    jdbc_driver_class => "com.microsoft.sqlserver.jdbc.SQLServerDriver"
    jdbc_connection_string => "jdbc:sqlserver://ehr-sql01.clinic.local:1433;databaseName=EHR_Audit;encrypt=true;trustServerCertificate=true"
    jdbc_user => "audit_reader"
    jdbc_password => "@@v@@"
    schedule => "*/5 * * * *"
    statement => "SELECT * FROM access_log WHERE id > :sql_last_value ORDER BY id"
    use_column_value => true
    tracking_column => "id"
  }
}
output {
  elasticsearch {
    hosts => ["https://es.clinic.internal:9200"]
    index => "ehr-audit-%{+YYYY.MM}"
  }
}
""", v=_v), _v, "Logstash jdbc input plugin docs: jdbc_password")

# --- TOML ----------------------------------------------------------------------------------------
_v = human_pw()
S("toml/streamlit-secrets", "uds-dashboard/.streamlit/secrets.toml", t("""
# Streamlit dashboard for the board: UDS measures by site
[connections.uds]
dialect = "mssql"
driver = "pyodbc"
host = "ehr-sql01.clinic.local"
port = 1433
database = "EHR_Reporting"
username = "dashboard_ro"
password = "@@v@@"

[connections.uds.query]
driver = "ODBC Driver 18 for SQL Server"
TrustServerCertificate = "yes"
""", v=_v), _v, "Streamlit docs: secrets.toml and st.connection")

_v = human_pw()
S("toml/smtp", "reminders/config/production.toml", t("""
[app]
name = "recall-reminders"
timezone = "America/Los_Angeles"
languages = ["en", "es", "zh"]

[recall]
hygiene_interval_months = 6
send_days_before = [21, 7, 1]

[smtp]
host = "smtp.gmail.com"
port = 587
starttls = true
username = "recalls@sequoiadental.org"
password = "@@v@@"
from = "Sequoia Community Dental <recalls@sequoiadental.org>"
""", v=_v), _v, "TOML spec; Google Workspace SMTP relay with an app password")

# --- tool YAML -----------------------------------------------------------------------------------
_v = hexs(32)
S("yaml/datadog", "ops/datadog/datadog.yaml", t("""
api_key: @@v@@
site: us3.datadoghq.com
hostname: odserver-main
tags:
  - env:prod
  - site:main-clinic
  - role:practice-management
logs_enabled: true
process_config:
  process_collection:
    enabled: true
""", v=_v), _v, "Datadog Agent docs: datadog.yaml api_key")

_v = human_pw()
S("yaml/grafana-datasource", "ops/grafana/provisioning/datasources/opendental.yaml", t("""
apiVersion: 1
datasources:
  - name: OpenDental (replica)
    type: mysql
    url: od-replica.clinic.local:3306
    user: grafana_ro
    jsonData:
      database: opendental
      maxOpenConns: 5
      timezone: America/Chicago
    secureJsonData:
      password: "@@v@@"
    editable: false
""", v=_v), _v, "Grafana docs: provisioning data sources, secureJsonData")

_v = rand_pw(24)
S("yaml/prometheus-basic-auth", "ops/prometheus/prometheus.yml", t("""
global:
  scrape_interval: 30s

scrape_configs:
  - job_name: node
    static_configs:
      - targets: ["odserver:9100", "pacs01:9100", "fs01:9182"]
  - job_name: orthanc
    metrics_path: /tools/metrics-prometheus
    basic_auth:
      username: metrics
      password: @@v@@
    static_configs:
      - targets: ["pacs01:8042"]
""", v=_v), _v, "Prometheus docs: scrape_config basic_auth")

_v = human_pw()
S("yaml/dbt-profiles", "uds-dbt/profiles.yml", t("""
uds:
  target: prod
  outputs:
    prod:
      type: sqlserver
      driver: "ODBC Driver 18 for SQL Server"
      server: ehr-sql01.clinic.local
      port: 1433
      database: EHR_Reporting
      schema: uds
      user: dbt_uds
      password: "@@v@@"
      trust_cert: true
      threads: 4
""", v=_v), _v, "dbt-sqlserver docs: profiles.yml")

_v = rand_pw(20)
S("yaml/kibana", "logging/kibana/kibana.yml", t("""
server.host: "0.0.0.0"
server.publicBaseUrl: "https://logs.clinic.internal"
elasticsearch.hosts: ["https://es.clinic.internal:9200"]
elasticsearch.username: "kibana_system"
elasticsearch.password: "@@v@@"
elasticsearch.ssl.certificateAuthorities: ["/etc/kibana/certs/ca.crt"]
xpack.security.session.idleTimeout: "30m"
i18n.locale: "en"
""", v=_v), _v, "Kibana docs: elasticsearch.username and elasticsearch.password")

_v = human_pw()
S("yaml/netplan-wifi", "network/netplan/60-kiosk-wifi.yaml", t("""
# check-in kiosks in the lobby join the guest-isolated kiosk SSID
network:
  version: 2
  renderer: networkd
  wifis:
    wlan0:
      dhcp4: true
      access-points:
        "VCHC-Kiosk":
          password: "@@v@@"
""", v=_v), _v, "Netplan reference: wifis access-points password")

# --- CI ------------------------------------------------------------------------------------------
_v = "sntryu_" + hexs(64)
S("github-actions/sentry", ".github/workflows/release.yml", t("""
name: release
on:
  push:
    tags: ["v*"]
jobs:
  build:
    runs-on: ubuntu-latest
    env:
      SENTRY_ORG: valley-chc
      SENTRY_PROJECT: patient-portal
      SENTRY_AUTH_TOKEN: @@v@@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build
      - run: npx @sentry/cli releases new "$GITHUB_REF_NAME"
      - run: npx @sentry/cli sourcemaps upload --release "$GITHUB_REF_NAME" dist/
""", v=_v), _v, "Sentry CLI docs: SENTRY_AUTH_TOKEN")

_v = fakes.fake("glpat-", 20, _seed())
S("gitlab-ci/glpat", ".gitlab-ci.yml", t("""
stages: [test, publish]

test:
  stage: test
  image: python:3.11
  script:
    - pip install -e .[test]
    - pytest -q

publish:
  stage: publish
  image: python:3.11
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - pip install build twine
    - python -m build
    - TWINE_PASSWORD=@@v@@ TWINE_USERNAME=x12-publisher python -m twine upload --repository-url ${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/pypi dist/*
""", v=_v), _v, "GitLab docs: publish to the PyPI package registry with a personal access token")

_v = human_pw()
S("azure-pipelines/sqlcmd", "azure-pipelines.yml", t("""
trigger:
  branches:
    include: [main]

pool:
  name: clinic-onprem

steps:
  - script: |
      sqlcmd -S ehr-sql01.clinic.local -d EHR_Reporting -U deploy_uds -P "@@v@@" -i sql/migrations/V42__uds_2024_tables.sql
    displayName: Apply reporting migrations
  - task: PublishBuildArtifacts@1
    inputs:
      PathtoPublish: sql
      ArtifactName: migrations
""", v=_v), _v, "Azure Pipelines YAML schema; sqlcmd -P")

_v = fakes.fake("npm_", 36, _seed())
S("bitbucket-pipelines/npm", "bitbucket-pipelines.yml", t("""
image: node:20

pipelines:
  branches:
    main:
      - step:
          name: Build and publish intake-forms widget
          caches: [node]
          script:
            - echo "//registry.npmjs.org/:_authToken=@@v@@" > .npmrc
            - npm ci
            - npm test
            - npm publish --access public
""", v=_v), _v, "Bitbucket Pipelines docs; npm docs: _authToken in .npmrc")

_v = human_pw()
S("jenkinsfile/sshpass", "Jenkinsfile", t("""
pipeline {
    agent { label 'linux' }
    stages {
        stage('Build') {
            steps {
                sh 'mvn -B -DskipTests package'
            }
        }
        stage('Deploy referral-service') {
            when { branch 'main' }
            steps {
                sh '''
                  sshpass -p '@@v@@' scp target/referral-service.jar deploy@app02.clinic.local:/opt/referral-service/
                  sshpass -p '@@v@@' ssh deploy@app02.clinic.local 'sudo systemctl restart referral-service'
                '''
            }
        }
    }
}
""", v=_v), _v, "Jenkins pipeline syntax; sshpass -p")

# --- Dockerfiles ---------------------------------------------------------------------------------
_v = fakes.fake("glpat-", 20, _seed())
S("dockerfile/pip-index", "claims-worker/Dockerfile", t("""
FROM python:3.11-slim

WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends unixodbc && rm -rf /var/lib/apt/lists/*

COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt \\
    && pip install --no-cache-dir --extra-index-url https://__token__:@@v@@@gitlab.com/api/v4/projects/48211907/packages/pypi/simple clinic-x12==1.8.2

COPY . .
USER 1000
CMD ["python", "-m", "claims_worker"]
""", v=_v), _v, "GitLab docs: install from the PyPI package registry with a token in the index URL")

_v = human_pw()
S("dockerfile/mssql-sa", "reporting/dev-db/Dockerfile", t("""
FROM mcr.microsoft.com/mssql/server:2022-latest

ENV ACCEPT_EULA=Y
ENV MSSQL_SA_PASSWORD="@@v@@"
ENV MSSQL_PID=Developer

USER root
COPY restore.sh /opt/restore.sh
COPY backups/EHR_Reporting_deidentified.bak /var/opt/mssql/backup/
RUN chmod +x /opt/restore.sh
USER mssql
CMD ["/opt/restore.sh"]
""", v=_v), _v, "SQL Server on Linux container docs: MSSQL_SA_PASSWORD")

# --- SQL -----------------------------------------------------------------------------------------
_v = words_pw()
S("sql/mssql-login", "sql/security/001_reporting_logins.sql", t("""
USE [master];
GO
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'uds_reader')
    CREATE LOGIN [uds_reader] WITH PASSWORD = N'@@v@@', CHECK_POLICY = ON, DEFAULT_DATABASE = [EHR_Reporting];
GO
USE [EHR_Reporting];
GO
CREATE USER [uds_reader] FOR LOGIN [uds_reader];
ALTER ROLE [db_datareader] ADD MEMBER [uds_reader];
GRANT EXECUTE ON SCHEMA::uds TO [uds_reader];
GO
""", v=_v), _v, "SQL Server docs: CREATE LOGIN WITH PASSWORD")

_v = human_pw()
S("sql/mysql-user", "sql/opendental/grants.sql", t("""
-- Read-only account for the reporting replica (Open Dental query user)
CREATE USER IF NOT EXISTS 'report_ro'@'10.10.%' IDENTIFIED BY '@@v@@';
GRANT SELECT ON opendental.* TO 'report_ro'@'10.10.%';
REVOKE SELECT ON opendental.userod FROM 'report_ro'@'10.10.%';
FLUSH PRIVILEGES;
""", v=_v), _v, "MySQL docs: CREATE USER ... IDENTIFIED BY")

_v = url_pw()
S("sql/postgres-role", "db/migrations/0007_portal_roles.sql", t("""
BEGIN;
CREATE ROLE portal_app LOGIN;
ALTER ROLE portal_app WITH PASSWORD '@@v@@';
GRANT CONNECT ON DATABASE portal TO portal_app;
GRANT USAGE ON SCHEMA public TO portal_app;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO portal_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE ON TABLES TO portal_app;
COMMIT;
""", v=_v), _v, "PostgreSQL docs: ALTER ROLE ... PASSWORD")

# --- credential files ----------------------------------------------------------------------------
_v = words_pw()
S("netrc/clearinghouse", "ops/claims/.netrc", t("""
machine ftp10.officeally.com
  login vchc_claims
  password @@v@@

machine sftp.claim.md
  login vchc

default login anonymous password it@valleychc.org
""", v=_v), _v, "GNU inetutils docs: the .netrc file")

_v = fakes.github_fine_grained_token(_seed())
S("git-credentials/github", "ops/bootstrap/git-credentials", t("""
https://vchc-deploy:@@v@@@github.com
# used by the kiosk image builder to clone valleychc/checkin-kiosk
# rotate yearly (next: 2025-07)
#
#
""", v=_v), _v, "git-credential-store docs: ~/.git-credentials format")

_v = fakes.fake("npm_", 36, _seed())
S("npmrc/npm-token", "intake-forms/.npmrc", t("""
@valleychc:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@v@@
save-exact=true
engine-strict=true
fund=false
""", v=_v), _v, "npm docs: .npmrc auth token")

# --- private keys --------------------------------------------------------------------------------
_v = pem("OPENSSH", 7)
S("pem/openssh-key", "deploy/keys/officeally_sftp_ed25519", _v + "\n", _v, "OpenSSH ssh-keygen: private key file format")

_v = pem("EC", 3)
S("pem/ec-key", "integrations/epic/keys/backend-services-private.pem", _v + "\n", _v,
  "Epic on FHIR docs: backend services, JWT signed with the app's private key")

_v = pem("RSA", 25)
S("pem/rsa-key", "pacs/tls/pacs.sequoiadental.org.key", _v + "\n", _v, "OpenSSL docs: RSA private key (PEM)")

# --- docs kept in the repository -----------------------------------------------------------------
_v = human_pw()
S("markdown/runbook", "docs/runbooks/pacs-restore.md", t("""
# PACS restore runbook (Orthanc)

1. Stop the container: `docker compose -f pacs/docker-compose.yml stop orthanc`
2. Restore the volume from the NAS snapshot (see backups.md).
3. Start Orthanc and check the Explorer at https://pacs.sequoiadental.org/ui/app/

Admin login for the Explorer (break-glass, change after use):

```
user: pacsadmin
pass: @@v@@
```

4. Re-send any studies the pano/CBCT machines queued while PACS was down:
   on the modality, *Archive > Resend pending*.
""", v=_v), _v, "Team runbook in Markdown (Orthanc Explorer 2)")

_v = human_pw()
S("markdown/onboarding", "docs/it/new-hire-checklist.md", t("""
# New hire IT checklist - front desk

- [ ] AD account created (template: `_FrontDeskTemplate`)
- [ ] Dentrix user added with the "Front Office" security role
- [ ] Clearinghouse portal access (shared eligibility login for now):
      - URL: https://www.officeally.com/slogin
      - User: `vchc_frontdesk`
      - Password: `@@v@@`
- [ ] Phones: extension assigned in RingCentral
- [ ] HIPAA training assigned in the LMS
""", v=_v), _v, "Team onboarding checklist in Markdown")

_v = human_pw()
S("text/handoff-notes", "docs/vendor-handoff/2024-03-dexis-install.txt", t("""
DEXIS install - handoff from vendor tech (March 2024)
===================================================

Server: DXSERVER (10.20.1.15)
Image share: \\\\DXSERVER\\Dexis
Sensor driver: Titanium 2.3.1
Service account for the imaging service: SEQUOIADENTAL\\svc_imaging
Service account password: @@v@@
Bridge to Eaglesoft configured on all operatory PCs.
Support contract #: DX-449201 (renews 03/2025)
""", v=_v), _v, "Vendor handoff notes kept in the repository")


# ---------------------------------------------------------------------------------------------
# Decoys
# ---------------------------------------------------------------------------------------------
BCRYPT = "./" + ALNUM


def bcrypt_hash() -> str:
    return "$2b$12$" + draw(53, BCRYPT)


def pbkdf2_hash() -> str:
    return f"pbkdf2_sha256$720000${draw(22)}${b64bytes(32)}"


def ansible_vault_body(lines: int = 8) -> str:
    return "\n".join(hexs(80) for _ in range(lines))


def sops_enc(plain_len: int) -> str:
    return f"ENC[AES256_GCM,data:{b64bytes(plain_len)},iv:{b64bytes(32)},tag:{b64bytes(16)},type:str]"


# --- dotenv ---------------------------------------------------------------------------------------
D("env/decoy-placeholder", "services/reminders/.env.example", t("""
# Copy to .env and fill in. Never commit the real file.
OPENDENTAL_API_BASE=https://api.opendental.com/api/v1
OPENDENTAL_CUSTOMER_KEY=<customer-key-from-OD-setup>
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token_here
TWILIO_MESSAGING_SERVICE_SID=MGxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
REMINDER_WINDOW_HOURS=48
TZ=America/Chicago
"""), "Twilio docs: sample .env with placeholders")

D("env/decoy-changeme", "portal/.env.template", t("""
APP_URL=http://localhost:8000
DB_HOST=127.0.0.1
DB_DATABASE=portal
DB_USERNAME=portal
DB_PASSWORD=changeme
DOSESPOT_BASE_URL=https://my.staging.dosespot.com/webapi/v2
DOSESPOT_CLINIC_ID=
DOSESPOT_CLINIC_KEY=
DOSESPOT_USER_ID=
MAIL_MAILER=log
"""), "Laravel-style .env template with empty and placeholder values")

D("env/decoy-interpolation", "portal-api/.env.compose", t("""
# Read by docker compose; the values come from the host environment (set by the deploy job)
DATABASE_URL=postgresql://portal_app:${PORTAL_DB_PASSWORD}@db:5432/portal?sslmode=disable
REDIS_URL=redis://:${REDIS_PASSWORD}@redis:6379/0
JWT_SIGNING_SECRET=${JWT_SIGNING_SECRET:?set JWT_SIGNING_SECRET}
FHIR_BASE_URL=https://fhir.clinic.internal/r4
"""), "Docker Compose docs: interpolation in .env files")

D("renviron/decoy-placeholder", "uds-reporting/.Renviron.example", t("""
# Copy to ~/.Renviron (or the project root) and restart R.
# Get your token from REDCap: project > API > Generate token.
REDCAP_API_URL=https://redcap.valleychc.org/api/
REDCAP_API_TOKEN=PASTE_YOUR_32_CHARACTER_TOKEN_HERE
UDS_YEAR=2024
"""), "REDCapR docs: keep the token out of scripts")

D("env/decoy-public-keys", "donate-site/.env.production", t("""
# Public values only: everything here ships to the browser.
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_51@@pk@@
NEXT_PUBLIC_SITE_URL=https://give.harborcommunityclinic.org
NEXT_PUBLIC_GA_MEASUREMENT_ID=G-@@ga@@
NEXT_PUBLIC_PAYPAL_CLIENT_ID=A@@pp@@
NEXT_PUBLIC_DONATION_PRESETS=25,50,100,250
""", pk=draw(97), ga=draw(10, string.ascii_uppercase + string.digits), pp=draw(79, ALNUM + "-_")),
  "Stripe docs: publishable keys are safe to expose; PayPal JS SDK client-id")

# --- compose ----------------------------------------------------------------------------------------
D("docker-compose/decoy-env-reference", "infra/opendental/docker-compose.prod.yml", t("""
services:
  opendental-db:
    image: mysql:8.0
    restart: unless-stopped
    command: --lower_case_table_names=1
    environment:
      MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD:?set in the host .env}
      MYSQL_DATABASE: opendental
      MYSQL_USER: ${OD_DB_USER:-opendental}
      MYSQL_PASSWORD: ${OD_DB_PASSWORD}
    volumes:
      - od-data:/var/lib/mysql
volumes:
  od-data:
"""), "Docker Compose docs: variable interpolation with required values")

D("docker-compose/decoy-secrets-file", "analytics/docker-compose.prod.yml", t("""
services:
  mb-db:
    image: postgres:15
    environment:
      POSTGRES_USER: metabase
      POSTGRES_DB: metabase
      POSTGRES_PASSWORD_FILE: /run/secrets/mb_db_password
    secrets: [mb_db_password]
  metabase:
    image: metabase/metabase:v0.50.9
    environment:
      MB_DB_TYPE: postgres
      MB_DB_HOST: mb-db
      MB_DB_USER: metabase
      MB_DB_PASS_FILE: /run/secrets/mb_db_password
    secrets: [mb_db_password]
secrets:
  mb_db_password:
    file: ./secrets/mb_db_password.txt
"""), "Docker docs: secrets in compose; postgres image _FILE variables")

D("docker-compose/decoy-orthanc-env", "pacs/docker-compose.override.yml", t("""
services:
  orthanc:
    env_file: ./orthanc.env   # not in git: ORTHANC__REGISTERED_USERS
    environment:
      ORTHANC__NAME: "VCHC-PANO-DEV"
      ORTHANC__AUTHENTICATION_ENABLED: "true"
      ORTHANC__REGISTERED_USERS: ${ORTHANC_REGISTERED_USERS}
      VERBOSE_ENABLED: "true"
      VERBOSE_STARTUP: "true"
"""), "Orthanc Book: orthancteam/orthanc environment variables")

# --- Kubernetes / Helm -------------------------------------------------------------------------------
D("k8s/decoy-secretkeyref", "k8s/portal/deployment.yaml", t("""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: portal-api
  namespace: portal
spec:
  replicas: 2
  selector:
    matchLabels: { app: portal-api }
  template:
    metadata:
      labels: { app: portal-api }
    spec:
      containers:
        - name: api
          image: ghcr.io/valleychc/portal-api:2.14.1
          env:
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: portal-db
                  key: password
            - name: JWT_SIGNING_SECRET
              valueFrom:
                secretKeyRef:
                  name: portal-api
                  key: JWT_SIGNING_SECRET
            - name: FHIR_BASE_URL
              value: https://fhir.clinic.internal/r4
"""), "Kubernetes docs: env valueFrom secretKeyRef")

D("k8s/decoy-external-secret", "k8s/claims/externalsecret.yaml", t("""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: officeally-sftp
  namespace: claims
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: officeally-sftp
  data:
    - secretKey: password
      remoteRef:
        key: prod/claims/officeally-sftp
        property: password
    - secretKey: username
      remoteRef:
        key: prod/claims/officeally-sftp
        property: username
"""), "External Secrets Operator docs: ExternalSecret")

D("k8s/decoy-sealed-secret", "k8s/reminders/sealed-twilio.yaml", t("""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: twilio
  namespace: reminders
spec:
  encryptedData:
    TWILIO_AUTH_TOKEN: AgB@@a@@
    TWILIO_ACCOUNT_SID: AgC@@b@@
  template:
    metadata:
      name: twilio
      namespace: reminders
    type: Opaque
""", a=draw(680, B64) + "==", b=draw(680, B64) + "="), "Bitnami Sealed Secrets docs: encryptedData ciphertext")

D("k8s-secret/decoy-empty", "k8s/clearinghouse/secret.template.yaml", t("""
# Template only - CI fills it with `kubectl create secret generic --from-literal` from Vault.
apiVersion: v1
kind: Secret
metadata:
  name: officeally-sftp
  namespace: claims
type: Opaque
stringData:
  host: ftp10.officeally.com
  username: REPLACE_ME
  password: REPLACE_ME
"""), "Kubernetes docs: Secret stringData (template with placeholders)")

D("helm/decoy-existing-secret", "deploy/helm/portal/values-staging.yaml", t("""
replicaCount: 1
image:
  repository: ghcr.io/valleychc/portal
  tag: "2.15.0-rc.2"
redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: portal-redis
    existingSecretPasswordKey: redis-password
    password: ""
externalDatabase:
  host: pg-staging.clinic.internal
  user: portal_app
  existingSecret: portal-db
  existingSecretPasswordKey: password
"""), "Bitnami charts: auth.existingSecret")

D("helm/decoy-template", "deploy/helm/portal/templates/secret.yaml", t("""
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "portal.fullname" . }}-app
  labels:
    {{- include "portal.labels" . | nindent 4 }}
type: Opaque
data:
  JWT_SIGNING_SECRET: {{ .Values.jwt.signingSecret | b64enc | quote }}
  SMTP_PASSWORD: {{ required "smtp.password is required" .Values.smtp.password | b64enc | quote }}
  {{- if .Values.twilio.enabled }}
  TWILIO_AUTH_TOKEN: {{ .Values.twilio.authToken | b64enc | quote }}
  {{- end }}
"""), "Helm docs: chart templates and the values object")

D("k8s/decoy-csi-provider", "k8s/portal/secretproviderclass.yaml", t("""
apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: portal-kv
  namespace: portal
spec:
  provider: azure
  parameters:
    usePodIdentity: "false"
    clientID: "@@cid@@"
    keyvaultName: "vchc-portal-kv"
    tenantId: "@@tid@@"
    objects: |
      array:
        - |
          objectName: portal-db-password
          objectType: secret
        - |
          objectName: dosespot-clinic-key
          objectType: secret
""", cid=uuid_s(), tid=uuid_s()), "Azure Key Vault provider for Secrets Store CSI driver docs")

# --- SOPS / Ansible / Vault -------------------------------------------------------------------------
D("sops/decoy-ciphertext", "deploy/secrets/prod.enc.yaml", t("""
opendental:
    customer_key: @@a@@
twilio:
    auth_token: @@b@@
sops:
    kms: []
    age:
        - recipient: age1@@age@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@ag1@@
            @@ag2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-05-14T16:02:11Z"
    mac: @@mac@@
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", a=sops_enc(16), b=sops_enc(32), age=draw(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), ag1=draw(64, B64),
    ag2=draw(40, B64), mac=sops_enc(32)), "SOPS docs: encrypted YAML with age recipients")

D("ansible/decoy-vault-encrypted", "ansible/group_vars/opendental_servers/vault.yml", t("""
$ANSIBLE_VAULT;1.1;AES256
@@body@@
""", body=ansible_vault_body(10)), "Ansible docs: encrypted variable files (ansible-vault)")

D("ansible/decoy-vault-reference", "ansible/group_vars/opendental_servers/vars.yml", t("""
---
opendental_version: "24.1.38"
mysql_port: 3306
mysql_root_password: "{{ vault_mysql_root_password }}"
mysql_users:
  - name: report_ro
    host: "10.10.%"
    password: "{{ vault_report_ro_password }}"
    priv: "opendental.*:SELECT"
opendental_backup_keep_days: 30
"""), "Ansible docs: keep vaulted variables referenced from plain vars")

D("ansible/decoy-inline-vault", "ansible/host_vars/pacs01.yml", t("""
---
orthanc_aet: VCHCPACS
orthanc_http_port: 8042
orthanc_admin_user: pacsadmin
orthanc_admin_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
          @@l1@@
          @@l2@@
          @@l3@@
          @@l4@@
orthanc_modalities:
  - { name: pano, aet: PANO01, host: 10.20.1.41, port: 104 }
""", l1=hexs(64), l2=hexs(64), l3=hexs(64), l4=hexs(32)), "Ansible docs: encrypt_string inline vault values")

D("hcl/decoy-vault-template", "deploy/vault-agent/opendental.hcl", t("""
vault {
  address = "https://vault.clinic.internal:8200"
}

auto_auth {
  method "approle" {
    config = {
      role_id_file_path   = "/etc/vault-agent/role_id"
      secret_id_file_path = "/etc/vault-agent/secret_id"
    }
  }
}

template {
  destination = "/opt/reminders/.env"
  contents    = <<EOT
OPENDENTAL_CUSTOMER_KEY={{ with secret "kv/data/opendental" }}{{ .Data.data.customer_key }}{{ end }}
TWILIO_AUTH_TOKEN={{ with secret "kv/data/twilio" }}{{ .Data.data.auth_token }}{{ end }}
EOT
}
"""), "Vault Agent docs: templates with the secret function")

# --- Terraform --------------------------------------------------------------------------------------
D("terraform/decoy-random-password", "infra/azure/sql-admin.tf", t("""
resource "random_password" "sql_admin" {
  length           = 24
  special          = true
  override_special = "!#*-_"
}

resource "azurerm_key_vault_secret" "sql_admin" {
  name         = "uds-sql-admin-password"
  value        = random_password.sql_admin.result
  key_vault_id = azurerm_key_vault.reporting.id
}

resource "azurerm_mssql_server" "uds" {
  name                         = "vchc-uds-sql"
  resource_group_name          = azurerm_resource_group.reporting.name
  location                     = azurerm_resource_group.reporting.location
  version                      = "12.0"
  administrator_login          = "udsadmin"
  administrator_login_password = random_password.sql_admin.result
}
"""), "Terraform random provider docs: random_password")

D("terraform/decoy-variable", "infra/envs/variables.tf", t("""
variable "db_username" {
  type    = string
  default = "portal_admin"
}

variable "db_password" {
  type        = string
  sensitive   = true
  description = "Set with TF_VAR_db_password from the deploy job; never in a tfvars file."
}

variable "alert_email" {
  type    = string
  default = "it@harborcommunityclinic.org"
}
"""), "Terraform docs: sensitive input variables")

D("tfvars/decoy-example", "infra/envs/example.tfvars", t("""
# Example values - copy to <env>.tfvars and edit; real passwords come from TF_VAR_db_password
environment      = "dev"
region           = "us-east-2"
vpc_cidr         = "10.42.0.0/16"
db_instance_type = "db.t3.micro"
db_username      = "portal_admin"
db_password      = "<set-via-TF_VAR_db_password>"
"""), "Terraform docs: .tfvars files")

D("terraform/decoy-secrets-manager", "infra/imaging-archive/secrets.tf", t("""
data "aws_secretsmanager_secret_version" "dexis_sync" {
  secret_id = "prod/imaging/dexis-sync"
}

locals {
  dexis_sync = jsondecode(data.aws_secretsmanager_secret_version.dexis_sync.secret_string)
}

resource "aws_iam_user" "dexis_sync" {
  name = "dexis-sync"
  tags = { owner = "it", system = "imaging" }
}
"""), "Terraform AWS provider: aws_secretsmanager_secret_version data source")

# --- Python ---------------------------------------------------------------------------------------
D("python/decoy-environ", "clearinghouse/settings.py", t('''
"""Runtime settings for the claims worker; every credential comes from the environment."""
import os

CLAIMMD_URL = os.environ.get("CLAIMMD_URL", "https://svc.claim.md/services/")
CLAIMMD_ACCOUNT_KEY = os.environ["CLAIMMD_ACCOUNT_KEY"]

OFFICEALLY_HOST = "ftp10.officeally.com"
OFFICEALLY_USER = os.environ["OFFICEALLY_USER"]
OFFICEALLY_PASSWORD = os.environ["OFFICEALLY_PASSWORD"]

OUTBOX = os.environ.get("CLAIMS_OUTBOX", "/home/claims/outbox")
'''), "Twelve-factor app: config in the environment")

D("python/decoy-keyring", "uds-reporting/uds/connect.py", t('''
import getpass

import keyring
import pyodbc

SERVICE = "uds-reporting"


def connect(user: str = "uds_reader") -> pyodbc.Connection:
    password = keyring.get_password(SERVICE, user)
    if password is None:
        password = getpass.getpass(f"SQL password for {user}: ")
        keyring.set_password(SERVICE, user, password)
    return pyodbc.connect(
        "DRIVER={ODBC Driver 18 for SQL Server};SERVER=ehr-sql01.clinic.local;"
        f"DATABASE=EHR_Reporting;UID={user};PWD={password};TrustServerCertificate=yes"
    )
'''), "keyring docs: get_password / set_password")

D("python/decoy-secrets-manager", "imaging/creds.py", t('''
import json
from functools import lru_cache

import boto3


@lru_cache(maxsize=None)
def secret(name: str) -> dict:
    client = boto3.client("secretsmanager", region_name="us-west-2")
    return json.loads(client.get_secret_value(SecretId=name)["SecretString"])


def dexis_share_password() -> str:
    return secret("prod/imaging/dexis-share")["password"]
'''), "boto3 docs: Secrets Manager get_secret_value")

D("python/decoy-django-env", "portal/portal/settings/base.py", t('''
from pathlib import Path

import environ

env = environ.Env()
BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env.bool("DJANGO_DEBUG", default=False)

DATABASES = {"default": env.db("DATABASE_URL")}
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
'''), "django-environ docs: env() and env.db()")

D("python/decoy-test-fixture", "clearinghouse/tests/test_claimmd_client.py", t('''
import responses

from clearinghouse import claimmd_client

FAKE_ACCOUNT_KEY = "test-account-key-not-a-real-key"


@responses.activate
def test_upload_sends_account_key(tmp_path, monkeypatch):
    monkeypatch.setattr(claimmd_client, "ACCOUNT_KEY", FAKE_ACCOUNT_KEY)
    batch = tmp_path / "batch_0001.837"
    batch.write_text("ISA*00*          *00*          *ZZ*SUBMITTER*ZZ*CLAIMMD*...~")
    responses.post("https://svc.claim.md/services/upload/", body="<result/>")

    claimmd_client.upload_batch(str(batch))

    assert "AccountKey=test-account-key-not-a-real-key" in responses.calls[0].request.body.decode()
'''), "pytest + responses: a fixture that declares its key fake")

D("python/decoy-twilio-docs-vector", "services/reminders/tests/test_signature.py", t('''
"""Twilio request validation, checked against the example in Twilio's security docs."""
from twilio.request_validator import RequestValidator

# The values below are the worked example from Twilio's "Webhooks security" page.
DOCS_AUTH_TOKEN = "12345"
URL = "https://mycompany.com/myapp.php?foo=1&bar=2"
PARAMS = {"CallSid": "CA1234567890ABCDE", "Caller": "+12349013030", "Digits": "1234",
          "From": "+12349013030", "To": "+18005551212"}
EXPECTED = "0/KCTR6DLpKmkAf8muzZqo1nDgQ="


def test_docs_example_validates():
    assert RequestValidator(DOCS_AUTH_TOKEN).validate(URL, PARAMS, EXPECTED)
'''), "Twilio docs: webhooks security, worked example")

D("python/decoy-dicom-config", "imaging/router/settings.py", t('''
"""DICOM router: forwards pano/CBCT studies from the modalities to Orthanc. No credentials:
DICOM associations here are authorised by AE title and IP on the clinic VLAN."""
LOCAL_AE = "VCHCROUTER"
LISTEN_PORT = 11112

DESTINATIONS = {
    "pacs": {"ae": "VCHCPACS", "host": "10.20.1.20", "port": 4242},
    "ai-caries": {"ae": "PEARLAI", "host": "10.20.1.25", "port": 104},
}

ALLOWED_CALLING_AES = {"PANO01", "CBCT01", "INTRAORAL1"}
IMPLEMENTATION_CLASS_UID = "1.2.826.0.1.3680043.9.7433.1.1"
STUDY_ROOT_FIND = "1.2.840.10008.5.1.4.1.2.2.1"
TRANSFER_SYNTAXES = ["1.2.840.10008.1.2.1", "1.2.840.10008.1.2.4.90"]
'''), "pynetdicom docs: AE titles and UIDs (public identifiers)")

D("python/decoy-twilio-ids", "services/reminders/reminders/config.py", t('''
import os

# Identifiers, not credentials: the SIDs name the account and the Messaging Service.
TWILIO_ACCOUNT_SID = "@@sid@@"
TWILIO_MESSAGING_SERVICE_SID = "MG@@mg@@"
TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]

TEMPLATES = {
    "en": "Hi {first}, this is {clinic}. Reminder: appointment {when}. Reply C to confirm.",
    "es": "Hola {first}, le recordamos su cita en {clinic} el {when}. Responda C para confirmar.",
}
''', sid=twilio_sid(), mg=hexs(32)), "Twilio docs: Account SID is an identifier; the Auth Token is the secret")

D("python/decoy-checksums", "it/installers/verify.py", t('''
"""Verify vendor installers before pushing them to workstations."""
import hashlib
import sys

SHA256 = {
    "OpenDentalSetup_24.1.38.exe": "@@h1@@",
    "EaglesoftClient_23.20.msi": "@@h2@@",
    "DexisIntegrator_2.3.1.msi": "@@h3@@",
    "RcopiaBridge_4.7.zip": "@@h4@@",
}


def sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


for name, digest in SHA256.items():
    ok = sha256(f"installers/{name}") == digest
    print(("OK  " if ok else "BAD ") + name)
    if not ok:
        sys.exit(1)
''', h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64)), "hashlib docs: SHA-256 digests of files")

D("python/decoy-public-ids", "claims/claims/constants.py", t('''
"""Billing identifiers printed on every claim (public by design: NPPES, IRS, payer lists)."""
BILLING_NPI = "1992837465"
TAX_ID = "84-1234567"
TAXONOMY_DENTAL = "1223G0001X"
TAXONOMY_FQHC = "261QF0400X"

PAYER_IDS = {
    "Delta Dental of Colorado": "CDCA1",
    "Medicaid (Health First Colorado)": "COMCD",
    "DentaQuest": "CX014",
    "Cigna Dental": "62308",
}
CLEARINGHOUSE_SUBMITTER_ID = "330897513"
ISA_RECEIVER_ID = "OFFALLY"
'''), "NPPES NPI registry; X12 837 payer ids")

D("python/decoy-pem-path", "integrations/epic/backend_auth.py", t('''
import time
import uuid

import jwt
import requests

CLIENT_ID = "@@cid@@"
TOKEN_URL = "https://fhir.epic.com/interconnect-fhir-oauth/oauth2/token"
KEY_PATH = "/run/secrets/epic_backend_private.pem"
KID = "vchc-2024-05"


def access_token() -> str:
    with open(KEY_PATH) as fh:
        key = fh.read()
    now = int(time.time())
    assertion = jwt.encode({"iss": CLIENT_ID, "sub": CLIENT_ID, "aud": TOKEN_URL, "jti": str(uuid.uuid4()),
                            "exp": now + 300, "nbf": now, "iat": now}, key, algorithm="RS384", headers={"kid": KID})
    r = requests.post(TOKEN_URL, data={"grant_type": "client_credentials",
                                       "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                                       "client_assertion": assertion}, timeout=20)
    return r.json()["access_token"]
''', cid=uuid_s()), "Epic on FHIR docs: backend services (client id is public, key read from a file)")

# --- notebooks ---------------------------------------------------------------------------------------
D("notebook/decoy-getpass", "uds-reporting/notebooks/table5_staffing.ipynb", notebook([
    ("markdown", "# UDS Table 5 - staffing FTEs\nEnter your SQL password when prompted; nothing is stored."),
    ("code", "import getpass\nimport pandas as pd\nfrom sqlalchemy import create_engine, URL\n\n"
             "pw = getpass.getpass('SQL password: ')\n"
             "url = URL.create('mssql+pyodbc', username='uds_reader', password=pw, host='ehr-sql01.clinic.local',\n"
             "                 database='EHR_Reporting', query={'driver': 'ODBC Driver 18 for SQL Server'})"),
    ("code", "df = pd.read_sql(open('sql/table5.sql').read(), create_engine(url))\ndf.head()"),
]), "Python getpass docs; SQLAlchemy URL.create")

D("notebook/decoy-env", "uds-reporting/notebooks/sealant_followup.ipynb", notebook([
    ("code", "import os, requests, pandas as pd\n\nURL = 'https://redcap.valleychc.org/api/'\n"
             "TOKEN = os.environ['REDCAP_API_TOKEN']  # set in ~/.Renviron / shell, never here"),
    ("code", "payload = {'token': TOKEN, 'content': 'report', 'report_id': '1187', 'format': 'json'}\n"
             "df = pd.DataFrame(requests.post(URL, data=payload, timeout=60).json())\nlen(df)"),
]), "REDCap API docs: Export Reports")

# --- JavaScript / TypeScript / web ------------------------------------------------------------------
D("javascript/decoy-firebase-config", "portal-mobile/src/firebase.js", t("""
// Firebase web config: these identify the project and are safe to ship in the app
// (access is controlled by Security Rules and App Check).
import { initializeApp } from 'firebase/app';
import { getMessaging } from 'firebase/messaging';

const firebaseConfig = {
  apiKey: '@@key@@',
  authDomain: 'vchc-portal.firebaseapp.com',
  projectId: 'vchc-portal',
  storageBucket: 'vchc-portal.appspot.com',
  messagingSenderId: '@@sender@@',
  appId: '1:@@sender@@:web:@@app@@',
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", key=google_api_key(), sender=str(_rng().randint(10**11, 10**12)), app=hexs(22)),
  "Firebase docs: API keys for Firebase are not secret")

D("javascript/decoy-stripe-publishable", "donate-site/components/DonateForm.jsx", t("""
import { loadStripe } from '@stripe/stripe-js';
import { Elements } from '@stripe/react-stripe-js';
import CheckoutForm from './CheckoutForm';

// Publishable key: meant for the browser.
const stripePromise = loadStripe('pk_live_51@@pk@@');

export default function DonateForm({ clientSecret }) {
  return (
    <Elements stripe={stripePromise} options={{ clientSecret, locale: 'auto' }}>
      <CheckoutForm />
    </Elements>
  );
}
""", pk=draw(97)), "Stripe docs: publishable keys in client-side code")

D("javascript/decoy-process-env", "portal/server/config.js", t("""
function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`missing required env var ${name}`);
  return value;
}

module.exports = {
  sessionSecret: required('SESSION_SECRET'),
  redisUrl: required('REDIS_URL'),
  twilio: {
    accountSid: required('TWILIO_ACCOUNT_SID'),
    authToken: required('TWILIO_AUTH_TOKEN'),
  },
  portalUrl: process.env.PORTAL_URL || 'http://localhost:3000',
};
"""), "Node.js docs: process.env")

D("typescript/decoy-sentry-dsn", "portal-web/src/sentry.ts", t("""
import * as Sentry from '@sentry/react';

// The DSN is a public client key (Sentry documents it as safe to expose in browser code).
Sentry.init({
  dsn: 'https://@@pub@@@o@@org@@.ingest.us.sentry.io/@@proj@@',
  environment: import.meta.env.MODE,
  tracesSampleRate: 0.1,
  sendDefaultPii: false,
  beforeSend(event) {
    delete event.user;
    return event;
  },
});
""", pub=hexs(32), org=str(_rng().randint(10**5, 10**6)), proj=str(_rng().randint(10**6, 10**7))),
  "Sentry docs: DSN explainer (safe to keep public)")

D("html/decoy-sri", "portal-web/public/index.html", t("""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Valley Community Health - Patient Portal</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="sha384-@@h1@@" crossorigin="anonymous">
  <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"
          integrity="sha384-@@h2@@" crossorigin="anonymous"></script>
</head>
<body>
  <div id="root"></div>
</body>
</html>
""", h1=draw(64, B64), h2=draw(64, B64)), "MDN: Subresource Integrity")

D("json/decoy-i18n", "portal-web/src/locales/es.json", t("""
{
  "login.title": "Portal del paciente",
  "login.username": "Usuario o correo",
  "login.password": "Contraseña",
  "login.forgotPassword": "¿Olvidó su contraseña?",
  "login.submit": "Iniciar sesión",
  "reset.newPassword": "Nueva contraseña",
  "reset.confirmPassword": "Confirme la contraseña",
  "reset.passwordRules": "Mínimo 12 caracteres, con una mayúscula y un número.",
  "token.expired": "Su enlace ha vencido. Solicite uno nuevo.",
  "apiKey.missing": "Falta la clave de acceso. Contacte a la clínica."
}
"""), "i18next docs: JSON translation resources")

D("json/decoy-package-lock", "intake-forms/package-lock.json", t("""
{
  "name": "@valleychc/intake-forms",
  "version": "1.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "@valleychc/intake-forms",
      "version": "1.4.0",
      "dependencies": { "signature_pad": "^4.2.0" }
    },
    "node_modules/signature_pad": {
      "version": "4.2.0",
      "resolved": "https://registry.npmjs.org/signature_pad/-/signature_pad-4.2.0.tgz",
      "integrity": "sha512-@@h1@@=="
    }
  }
}
""", h1=draw(86, B64)), "npm docs: package-lock.json integrity field")

# --- JSON configs -------------------------------------------------------------------------------------
D("json/decoy-keyvault-reference", "src/Clinic.Scheduling.Api/appsettings.Staging.json", t("""
{
  "ConnectionStrings": {
    "Dentrix": "@Microsoft.KeyVault(SecretUri=https://vchc-sched-kv.vault.azure.net/secrets/dentrix-sql/)"
  },
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "@@tid@@",
    "ClientId": "@@cid@@",
    "ClientCredentials": [
      { "SourceType": "KeyVault", "KeyVaultUrl": "https://vchc-sched-kv.vault.azure.net", "KeyVaultCertificateName": "sched-api" }
    ]
  }
}
""", tid=uuid_s(), cid=uuid_s()), "Azure App Service docs: Key Vault references; Microsoft.Identity.Web client credentials")

D("json/decoy-orthanc-env-substitution", "pacs/orthanc/orthanc.prod.json", t("""
{
  "Name" : "LAKEVIEW-PACS",
  "DicomAet" : "LVPACS",
  "AuthenticationEnabled" : true,
  // Orthanc replaces ${VAR} with the environment variable at startup
  "RegisteredUsers" : {
    "frontdesk" : "${ORTHANC_FRONTDESK_PASSWORD}",
    "radiology" : "${ORTHANC_RADIOLOGY_PASSWORD}"
  },
  "PostgreSQL" : {
    "EnableIndex" : true,
    "Host" : "pg-pacs.clinic.internal",
    "Username" : "orthanc",
    "Password" : "${ORTHANC_PG_PASSWORD}"
  }
}
"""), "Orthanc Book: environment variables inside configuration files")

D("json/decoy-jwks", "integrations/epic/keys/jwks.json", t("""
{
  "keys": [
    {
      "kty": "RSA",
      "kid": "vchc-2024-05",
      "use": "sig",
      "alg": "RS384",
      "e": "AQAB",
      "n": "@@n@@"
    }
  ]
}
""", n=b64url(bytes(_rng().getrandbits(8) for _ in range(256)))), "RFC 7517 JSON Web Key Set (public keys only)")

D("json/decoy-postman-template", "docs/postman/ecw-fhir.template.postman_environment.json", t("""
{
  "id": "@@id@@",
  "name": "eCW FHIR - TEMPLATE (fill locally, do not export values)",
  "values": [
    { "key": "baseUrl", "value": "https://fhir4.eclinicalworks.com/fhir/r4/{{practiceCode}}", "type": "default", "enabled": true },
    { "key": "clientId", "value": "", "type": "default", "enabled": true },
    { "key": "clientSecret", "value": "", "type": "secret", "enabled": true },
    { "key": "accessToken", "value": "{{fetched-by-pre-request-script}}", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
""", id=uuid_s()), "Postman docs: environments and variables")

D("json/decoy-password-hashes", "portal/fixtures/staff_users.json", t("""
[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "frontdesk.demo",
      "password": "@@h1@@",
      "is_staff": true,
      "email": "frontdesk.demo@example.org"
    }
  },
  {
    "model": "auth.user",
    "pk": 2,
    "fields": {
      "username": "provider.demo",
      "password": "@@h2@@",
      "is_staff": true,
      "email": "provider.demo@example.org"
    }
  }
]
""", h1=pbkdf2_hash(), h2=pbkdf2_hash()), "Django docs: password storage format in fixtures")

D("json/decoy-sqltools-prompt", "uds-reporting/.vscode/settings.json", t("""
{
  "sqltools.connections": [
    {
      "name": "EHR_Reporting",
      "driver": "MSSQL",
      "server": "ehr-sql01.clinic.local",
      "port": 1433,
      "database": "EHR_Reporting",
      "username": "uds_reader",
      "askForPassword": true,
      "mssqlOptions": { "appName": "SQLTools", "encrypt": true, "trustServerCertificate": true }
    }
  ]
}
"""), "SQLTools docs: askForPassword")

D("json/decoy-docker-credstore", "ops/docker/config.json", t("""
{
  "auths": {
    "ghcr.io": {},
    "vchcregistry.azurecr.io": {}
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
"""), "Docker docs: credential stores (credsStore)")

# --- .NET ---------------------------------------------------------------------------------------------
D("xml/decoy-user-secrets-id", "src/Clinic.Erx/Clinic.Erx.csproj", t("""
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <UserSecretsId>@@id@@</UserSecretsId>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Azure.Extensions.AspNetCore.Configuration.Secrets" Version="1.3.1" />
    <PackageReference Include="Microsoft.Identity.Web" Version="2.17.0" />
  </ItemGroup>
</Project>
""", id=uuid_s()), "ASP.NET Core docs: Secret Manager (UserSecretsId)")

D("csharp/decoy-configuration", "src/Clinic.Erx/Program.cs", t("""
using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);

builder.Configuration.AddAzureKeyVault(
    new Uri("https://vchc-erx-kv.vault.azure.net/"),
    new DefaultAzureCredential());

builder.Services.Configure<DoseSpotOptions>(builder.Configuration.GetSection("DoseSpot"));
// DoseSpot:ClinicKey comes from Key Vault secret "DoseSpot--ClinicKey"
var clinicKey = builder.Configuration["DoseSpot:ClinicKey"]
    ?? throw new InvalidOperationException("DoseSpot:ClinicKey missing");

var app = builder.Build();
app.MapGet("/health", () => "ok");
app.Run();
"""), "Azure Key Vault configuration provider docs")

D("web-config/decoy-encrypted-section", "web/ClinicIntake/Web.Release.config", t("""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">
    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">
      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc" />
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <EncryptedKey xmlns="http://www.w3.org/2001/04/xmlenc#">
          <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p" />
          <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><KeyName>Rsa Key</KeyName></KeyInfo>
          <CipherData><CipherValue>@@k@@</CipherValue></CipherData>
        </EncryptedKey>
      </KeyInfo>
      <CipherData><CipherValue>@@c@@</CipherValue></CipherData>
    </EncryptedData>
  </connectionStrings>
</configuration>
""", k=b64bytes(256), c=b64bytes(240)), "Microsoft docs: aspnet_regiis protected configuration (ciphertext)")

D("xml/decoy-nuget-env", "tools/nuget.config", t("""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="vchc-internal" value="https://pkgs.dev.azure.com/valleychc/_packaging/clinic-libs/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <vchc-internal>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="%AZURE_ARTIFACTS_PAT%" />
    </vchc-internal>
  </packageSourceCredentials>
</configuration>
"""), "NuGet docs: environment variables in nuget.config")

# --- Java / properties ---------------------------------------------------------------------------
D("properties/decoy-spring-placeholder", "referral-service/src/main/resources/application.properties", t("""
server.port=8080
spring.application.name=referral-service
spring.datasource.url=${REFERRALS_DB_URL:jdbc:sqlserver://localhost:1433;databaseName=Referrals}
spring.datasource.username=${REFERRALS_DB_USER:referral_svc}
spring.datasource.password=${REFERRALS_DB_PASSWORD}
referrals.srfax.access-id=${SRFAX_ACCESS_ID}
referrals.srfax.access-pwd=${SRFAX_ACCESS_PWD}
referrals.retention-days=2555
"""), "Spring Boot docs: property placeholders")

D("properties/decoy-jasypt", "referral-service/src/main/resources/application-staging.properties", t("""
spring.datasource.url=jdbc:sqlserver://sql-staging.clinic.local:1433;databaseName=Referrals
spring.datasource.username=referral_svc
spring.datasource.password=ENC(@@c1@@)
referrals.srfax.access-pwd=ENC(@@c2@@)
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
jasypt.encryptor.password=${JASYPT_ENCRYPTOR_PASSWORD}
""", c1=b64bytes(48), c2=b64bytes(32)), "jasypt-spring-boot docs: ENC() encrypted properties")

D("yaml/decoy-spring-vault", "erx-gateway/src/main/resources/bootstrap.yml", t("""
spring:
  application:
    name: erx-gateway
  cloud:
    vault:
      uri: https://vault.clinic.internal:8200
      authentication: KUBERNETES
      kubernetes:
        role: erx-gateway
        service-account-token-file: /var/run/secrets/kubernetes.io/serviceaccount/token
      kv:
        enabled: true
        backend: kv
        default-context: erx-gateway
server:
  ssl:
    key-store-password: ${keystore.password}
"""), "Spring Cloud Vault docs: Kubernetes authentication")

# --- PHP -----------------------------------------------------------------------------------------------
D("php/decoy-wp-config-sample", "website/wp-config-sample.php", t("""
<?php
// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

/**#@+
 * Authentication unique keys and salts.
 * Change these to different unique phrases! You can generate these using
 * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 */
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
define( 'AUTH_SALT',        'put your unique phrase here' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );
define( 'LOGGED_IN_SALT',   'put your unique phrase here' );
define( 'NONCE_SALT',       'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
"""), "WordPress core: wp-config-sample.php")

D("php/decoy-openemr-getenv", "openemr/sites/clinic2/sqlconf.php", t("""
<?php
// Values injected by the container entrypoint; see docker/openemr/.env.example
$host   = getenv('MYSQL_HOST') ?: 'mariadb';
$port   = getenv('MYSQL_PORT') ?: '3306';
$login  = getenv('MYSQL_USER');
$pass   = getenv('MYSQL_PASS');
$dbase  = getenv('MYSQL_DATABASE') ?: 'openemr_clinic2';
$db_encoding = 'utf8mb4';

$sqlconf = array();
global $sqlconf;
$sqlconf["host"] = $host;
$sqlconf["port"] = $port;
$sqlconf["login"] = $login;
$sqlconf["pass"] = $pass;
$sqlconf["dbase"] = $dbase;
$config = 1;
"""), "OpenEMR docker docs: MYSQL_* environment variables")

# --- Go / Ruby / R ---------------------------------------------------------------------------------------
D("go/decoy-getenv", "kiosk/checkin/config.go", t("""
package main

import (
	"fmt"
	"os"
)

func dsn() (string, error) {
	user, pass := os.Getenv("KIOSK_DB_USER"), os.Getenv("KIOSK_DB_PASSWORD")
	if user == "" || pass == "" {
		return "", fmt.Errorf("KIOSK_DB_USER and KIOSK_DB_PASSWORD must be set")
	}
	return fmt.Sprintf("%s:%s@tcp(odserver.clinic.local:3306)/opendental?parseTime=true", user, pass), nil
}
"""), "Go os.Getenv docs")

D("ruby/decoy-database-yml-env", "intake-app/config/database.production.yml", t("""
production:
  adapter: postgresql
  encoding: unicode
  host: <%= ENV.fetch("INTAKE_DB_HOST", "pg-prod.clinic.internal") %>
  database: intake_production
  username: intake
  password: <%= ENV["INTAKE_DATABASE_PASSWORD"] %>
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>
"""), "Rails guides: ERB in database.yml")

D("ruby/decoy-credentials-enc", "intake-app/config/credentials/production.yml.enc", t("""
@@a@@--@@b@@--@@c@@==
#
#
#
#
""", a=draw(400, B64), b=draw(16, B64), c=draw(22, B64)), "Rails guides: encrypted credentials (credentials.yml.enc)")

D("r/decoy-keyring", "uds-reporting/R/00_setup.R", t("""
library(keyring)
library(REDCapR)

# One-time per machine: keyring::key_set("redcap_dental_outreach")
uri   <- "https://redcap.valleychc.org/api/"
token <- keyring::key_get("redcap_dental_outreach")

stopifnot(nchar(token) == 32)
meta <- redcap_metadata_read(redcap_uri = uri, token = token)$data
message(nrow(meta), " fields in the dental outreach project")
"""), "keyring R package docs: key_get")

# --- PowerShell / batch ---------------------------------------------------------------------------------
D("powershell/decoy-secretmanagement", "scripts/Send-DailySchedule.v2.ps1", t("""
#Requires -Modules Microsoft.PowerShell.SecretManagement
param([string]$Site = 'MAIN')

$cred = Get-Secret -Name 'schedules-smtp' -Vault ClinicVault   # PSCredential
$report = Import-Csv "\\\\FS01\\Reports\\schedule_$Site.csv" | ConvertTo-Html -Fragment

Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred `
    -From $cred.UserName -To "frontdesk-$($Site.ToLower())@riversidehealthcenter.org" `
    -Subject "Tomorrow's schedule - $Site" -Body ($report | Out-String) -BodyAsHtml
"""), "PowerShell SecretManagement docs: Get-Secret")

D("powershell/decoy-dpapi-clixml", "scripts/creds/svc_imaging.cred.xml", t("""
<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">
  <Obj RefId="0">
    <TN RefId="0">
      <T>System.Management.Automation.PSCredential</T>
      <T>System.Object</T>
    </TN>
    <ToString>System.Management.Automation.PSCredential</ToString>
    <Props>
      <S N="UserName">SEQUOIADENTAL\\svc_imaging</S>
      <SS N="Password">01000000d08c9ddf0115d1118c7a00c04fc297eb01000000@@h@@</SS>
    </Props>
  </Obj>
</Objs>
""", h=hexs(420)), "PowerShell docs: Export-Clixml of a PSCredential (DPAPI-encrypted SecureString)")

D("batch/decoy-prompt", "scripts/map-xray-drive-manual.bat", t("""
@echo off
REM Manual variant for laptops: asks for the password instead of storing it
set /p XUSER=Imaging user (DOMAIN\\user):
net use X: \\\\DXSERVER\\Dexis /user:%XUSER% * /persistent:no
if errorlevel 1 echo Mapping failed & pause & exit /b 1
echo X: mapped.
"""), "Microsoft docs: net use with * to prompt for the password")

# --- shell / cron / systemd / web servers ---------------------------------------------------------------
D("shell/decoy-pass-store", "scripts/fetch_era_files.v2.sh", t("""
#!/usr/bin/env bash
set -euo pipefail
# Credentials come from the pass store on the claims host: pass insert dxc/lakeview_billing
DXC_USER=lakeview_billing
DXC_PASS="$(pass show dxc/lakeview_billing | head -n1)"

curl -fsS --user "$DXC_USER:$DXC_PASS" \\
  "https://api.dentalxchange.com/era/v1/list?since=$(date -d yesterday +%F)" -o /srv/claims/era/index.json
"""), "pass(1): the standard unix password manager")

D("shell/decoy-sha256sums", "it/installers/SHA256SUMS", t("""
@@h1@@  OpenDentalSetup_24.1.38.exe
@@h2@@  EaglesoftClient_23.20.msi
@@h3@@  DexisIntegrator_2.3.1.msi
@@h4@@  mssql-jdbc-12.4.2.jre11.jar
@@h5@@  duoauthproxy-6.3.0.exe
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64)), "GNU coreutils: sha256sum output format")

D("crontab/decoy-env-file", "ops/crontab/claims.v2.cron", t("""
SHELL=/bin/bash
PATH=/usr/local/bin:/usr/bin:/bin
# credentials live in /etc/claims/env (root:claims 0640), sourced by the wrapper
0 18 * * 1-5 claims . /etc/claims/env && /opt/claims/bin/build_270.sh && /opt/claims/bin/post_270.sh >> /var/log/claims/270.log 2>&1
15 7 * * * claims . /etc/claims/env && /opt/claims/bin/import_835.sh
"""), "crontab(5)")

D("systemd/decoy-credentials", "deploy/systemd/hl7-listener.v2.service", t("""
[Unit]
Description=HL7 MLLP listener (lab results -> EHR)
After=network-online.target

[Service]
User=hl7
WorkingDirectory=/opt/hl7-listener
EnvironmentFile=/etc/hl7-listener/env
LoadCredential=ehr-db-password:/etc/credstore/hl7-ehr-db-password
Environment=EHR_DB_PASSWORD_FILE=%d/ehr-db-password
ExecStart=/usr/bin/java -Xmx512m -jar hl7-listener.jar
Restart=on-failure

[Install]
WantedBy=multi-user.target
"""), "systemd.exec(5): LoadCredential= and EnvironmentFile=")

D("nginx/decoy-auth-file", "pacs/nginx/conf.d/orthanc-admin.conf", t("""
server {
    listen 443 ssl;
    server_name pacs.sequoiadental.org;

    ssl_certificate     /etc/letsencrypt/live/pacs.sequoiadental.org/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/pacs.sequoiadental.org/privkey.pem;

    location / {
        auth_basic           "PACS admin";
        auth_basic_user_file /etc/nginx/htpasswd/pacs-admin;
        proxy_pass           http://orthanc:8042;
        proxy_set_header     Authorization "";
    }
}
"""), "nginx docs: ngx_http_auth_basic_module")

D("htpasswd/decoy-hashes", "pacs/nginx/htpasswd/pacs-admin.example", t("""
# generated with: htpasswd -B -C 12 pacs-admin <user>
pacsadmin:@@h1@@
drsmith:@@h2@@
itsupport:@@h3@@
#
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash()), "Apache htpasswd docs: bcrypt hashes")

# --- INI / conf ----------------------------------------------------------------------------------------
D("ini/decoy-duo-protected", "network/duo/authproxy.staging.cfg", t("""
[ad_client]
host=10.10.0.10
service_account_username=svc_duoproxy
service_account_password_protected=@@p1@@
search_dn=DC=valleychc,DC=local

[radius_server_auto]
ikey=DI@@ikey@@
skey_protected=@@p2@@
api_host=api-@@host@@.duosecurity.com
radius_ip_1=10.10.0.1
radius_secret_1_protected=@@p3@@
client=ad_client
""", p1=b64bytes(180), ikey=draw(18, string.ascii_uppercase + string.digits), p2=b64bytes(180), host=hexs(8),
    p3=b64bytes(180)), "Duo Authentication Proxy docs: encrypting secrets with authproxy_passwd (DPAPI)")

D("ini/decoy-mylogin", "ops/opendental/my.replica.cnf", t("""
[client]
user=report_ro
# password: stored with `mysql_config_editor set --login-path=replica --password`
# (~/.mylogin.cnf, obfuscated), never in this file
host=od-replica.clinic.local

[mysqldump]
single-transaction
quick
max_allowed_packet=512M
"""), "MySQL docs: mysql_config_editor and login paths")

D("ini/decoy-pypirc-template", "tools/clinic-x12/pypirc.example", t("""
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = pypi-<your-project-scoped-token>
"""), "Python Packaging docs: .pypirc (placeholder token)")

D("conf/decoy-wireguard-keyfile", "network/wireguard/wg0-main.conf", t("""
# Main clinic hub. The private key is generated on the box: wg genkey > /etc/wireguard/private.key
[Interface]
Address = 10.99.0.1/24
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/private.key

[Peer]
# east clinic
PublicKey = @@p1@@
AllowedIPs = 10.99.0.2/32, 10.30.0.0/16

[Peer]
# mobile dental van (LTE)
PublicKey = @@p2@@
AllowedIPs = 10.99.0.3/32
""", p1=b64bytes(32), p2=b64bytes(32)), "WireGuard docs: wg set private-key from a file; peers' public keys")

D("conf/decoy-cisco-hashes", "network/switches/main-core-sw01.cfg", t("""
hostname MAIN-CORE-SW01
!
enable secret 9 $9$@@s1@@$@@h1@@
!
username netadmin privilege 15 secret 9 $9$@@s2@@$@@h2@@
!
vlan 10
 name STAFF
vlan 20
 name IMAGING
vlan 30
 name GUEST
!
ip ssh version 2
line vty 0 15
 login local
 transport input ssh
!
end
""", s1=draw(14, BCRYPT), h1=draw(43, BCRYPT), s2=draw(14, BCRYPT), h2=draw(43, BCRYPT)),
  "Cisco IOS docs: type 9 (scrypt) secrets")

D("conf/decoy-fortigate-enc", "network/firewall/fgt-east-vpn.conf", t("""
config vpn ipsec phase1-interface
    edit "to-main"
        set interface "wan1"
        set ike-version 2
        set peertype any
        set net-device disable
        set proposal aes256-sha256
        set dhgrp 14
        set remote-gw 203.0.113.10
        set psksecret ENC @@c@@
    next
end
""", c=b64bytes(120)), "FortiOS CLI reference: psksecret (stored encrypted in exported configs)")

# --- TOML / CI / Dockerfiles ---------------------------------------------------------------------------
D("toml/decoy-streamlit-example", "uds-dashboard/.streamlit/secrets.toml.example", t("""
# Copy to secrets.toml (git-ignored) on the dashboard host.
[connections.uds]
dialect = "mssql"
driver = "pyodbc"
host = "ehr-sql01.clinic.local"
port = 1433
database = "EHR_Reporting"
username = "dashboard_ro"
password = "<ask IT for the dashboard_ro password>"
"""), "Streamlit docs: secrets.toml")

D("github-actions/decoy-secrets-context", ".github/workflows/deploy-portal.yml", t("""
name: deploy-portal
on:
  push:
    branches: [main]
permissions:
  contents: read
  id-token: write
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: azure/login@v2
        with:
          client-id: ${{ vars.AZURE_CLIENT_ID }}
          tenant-id: ${{ vars.AZURE_TENANT_ID }}
          subscription-id: ${{ vars.AZURE_SUBSCRIPTION_ID }}
      - run: npx @sentry/cli releases new "$GITHUB_SHA"
        env:
          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}
      - run: ./deploy.sh
        env:
          DB_PASSWORD: ${{ secrets.PORTAL_DB_PASSWORD }}
"""), "GitHub Actions docs: the secrets context and OIDC login")

D("gitlab-ci/decoy-job-token", "tools/clinic-x12/.gitlab-ci.yml", t("""
publish:
  stage: deploy
  image: python:3.11
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - pip install build twine
    - python -m build
    - TWINE_PASSWORD=${CI_JOB_TOKEN} TWINE_USERNAME=gitlab-ci-token python -m twine upload --repository-url ${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/pypi dist/*
"""), "GitLab docs: publish with CI_JOB_TOKEN")

D("dockerfile/decoy-build-secret", "claims-worker/Dockerfile.secure", t("""
# syntax=docker/dockerfile:1.7
FROM python:3.11-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=gitlab_token \\
    pip install --no-cache-dir -r requirements.txt \\
    && pip install --no-cache-dir \\
       --extra-index-url "https://__token__:$(cat /run/secrets/gitlab_token)@gitlab.com/api/v4/projects/48211907/packages/pypi/simple" \\
       clinic-x12==1.8.2
COPY . .
USER 1000
CMD ["python", "-m", "claims_worker"]
"""), "Docker docs: build secrets (RUN --mount=type=secret)")

D("docker-compose/decoy-digests", "pacs/docker-compose.pinned.yml", t("""
services:
  orthanc:
    image: orthancteam/orthanc@sha256:@@d1@@
    env_file: ./orthanc.env
  ohif:
    image: ohif/app@sha256:@@d2@@
    ports: ["3000:80"]
  nginx:
    image: nginx@sha256:@@d3@@
    volumes:
      - ./nginx/conf.d:/etc/nginx/conf.d:ro
""", d1=hexs(64), d2=hexs(64), d3=hexs(64)), "Docker docs: pull an image by digest")

D("yaml/decoy-openapi", "portal-api/openapi.yaml", t("""
openapi: 3.0.3
info:
  title: Patient Portal API
  version: 2.14.0
servers:
  - url: https://portal.valleychc.org/api
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
security:
  - bearerAuth: []
paths:
  /appointments:
    get:
      summary: Upcoming appointments for the signed-in patient
      parameters:
        - in: header
          name: Authorization
          required: true
          schema: { type: string }
          example: "Bearer <access-token>"
      responses:
        "200": { description: OK }
"""), "OpenAPI 3.0 specification: bearer security scheme")

# --- SQL -----------------------------------------------------------------------------------------------
D("sql/decoy-native-hash", "sql/opendental/replica_users.sql", t("""
-- Recreate replica users from the primary's hashes (SHOW CREATE USER output); no plaintext here
CREATE USER IF NOT EXISTS 'report_ro'@'10.10.%'
  IDENTIFIED WITH 'mysql_native_password' AS '*@@h1@@';
CREATE USER IF NOT EXISTS 'monitor'@'localhost'
  IDENTIFIED WITH 'mysql_native_password' AS '*@@h2@@';
GRANT SELECT ON opendental.* TO 'report_ro'@'10.10.%';
GRANT PROCESS, REPLICATION CLIENT ON *.* TO 'monitor'@'localhost';
""", h1=uhex(40), h2=uhex(40)), "MySQL docs: CREATE USER ... IDENTIFIED WITH ... AS 'hash'")

D("sql/decoy-seed-ids", "db/seed/payers.sql", t("""
INSERT INTO payer (payer_id, name, claim_format, era_enrolled, portal_url) VALUES
  ('CDCA1', 'Delta Dental of Colorado', '837D', true,  'https://www.deltadentalco.com'),
  ('COMCD', 'Health First Colorado', '837D', true,  'https://hcpf.colorado.gov'),
  ('CX014', 'DentaQuest', '837D', false, 'https://www.dentaquest.com'),
  ('62308', 'Cigna Dental', '837D', true,  'https://cignaforhcp.cigna.com'),
  ('87726', 'UnitedHealthcare', '837P', true,  'https://www.uhcprovider.com');
-- clearinghouse trading partner ids (public, printed on the 837 ISA/GS segments)
INSERT INTO trading_partner (name, isa_id, gs_id) VALUES ('Office Ally', 'OFFALLY', 'OA'), ('DentalXChange', 'EHG', 'EHG');
"""), "X12 payer ids and trading partner ids")

# --- keys and certificates ----------------------------------------------------------------------------
D("pem/decoy-certificate", "certs/surescripts-ca-chain.pem", pem("CERT", 18) + "\n" + pem("CERT", 16) + "\n",
  "RFC 7468: PEM certificates (public)")

D("pem/decoy-public-key", "integrations/epic/keys/backend-services-public.pem", t("""
-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@a@@
@@b@@
@@c@@
@@d@@
@@e@@
@@f@@
-----END PUBLIC KEY-----
""", a=draw(20, B64), b=draw(64, B64), c=draw(64, B64), d=draw(64, B64), e=draw(64, B64), f=draw(20, B64) + "IDAQAB"),
  "Epic on FHIR docs: upload the public key (X.509 SubjectPublicKeyInfo)")

D("ssh/decoy-known-hosts", "ops/claims/known_hosts", t("""
ftp10.officeally.com ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@@r1@@
sftp.dentalxchange.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@@e1@@
sftp.claim.md ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@d1@@
od-main.clinic.local ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@d2@@
od-east.clinic.local ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@d3@@
""", r1=draw(338, B64), e1=draw(118, B64) + "=", d1=draw(43, B64), d2=draw(43, B64), d3=draw(43, B64)),
  "OpenSSH sshd(8): known_hosts file format")

D("ssh/decoy-authorized-keys", "ansible/roles/base/files/authorized_keys", t("""
# IT staff and the backup host (public keys only)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@d1@@ mgarcia@it-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@d2@@ tnguyen@it-laptop
from="10.10.0.50",command="/usr/local/bin/rrsync -ro /srv/backups" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@d3@@ backup@nas01
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@r1@@ vendor-dexis-support
""", d1=draw(43, B64), d2=draw(43, B64), d3=draw(43, B64), r1=draw(530, B64)), "OpenSSH sshd(8): authorized_keys format")

# --- docs and interchange samples -----------------------------------------------------------------------
D("markdown/decoy-readme", "services/reminders/README.md", t("""
# reminders

Sends appointment reminders (SMS via Twilio, email via SendGrid) from Open Dental.

## Setup

```bash
cp .env.example .env
# then fill in:
export OPENDENTAL_CUSTOMER_KEY=<from Open Dental: Setup > Advanced Setup > API>
export TWILIO_AUTH_TOKEN=<Twilio console > Account > API keys & tokens>
export SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
npm ci && npm start
```

Ask IT for access to the `reminders-prod` vault entry; never paste keys into issues or Slack.
"""), "Project README with placeholder credentials")

D("markdown/decoy-aws-docs-example", "docs/imaging/s3-archive.md", t("""
# X-ray archive to S3

The archive job uses an IAM user limited to `s3:PutObject` on the archive bucket. Configure the
profile on the imaging server with `aws configure --profile xray-archive`. The file then looks like
this (the values below are AWS's documentation examples, not ours):

```ini
[xray-archive]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = us-west-2
```

The real keys are in the "Imaging / S3 archive" 1Password item.
"""), "AWS CLI docs: configuration and credential file settings (example keys)")

D("x12/decoy-837-test", "claims/tests/fixtures/837D_test_claim.x12", t("""
ISA*00*          *00*          *ZZ*330897513      *ZZ*OFFALLY        *240603*1012*^*00501*000000905*1*T*:~
GS*HC*330897513*OFFALLY*20240603*1012*905*X*005010X224A2~
ST*837*0001*005010X224A2~
BHT*0019*00*0001*20240603*1012*CH~
NM1*41*2*LAKEVIEW DENTAL ACCESS*****46*330897513~
PER*IC*BILLING*TE*5125550143~
NM1*40*2*OFFICE ALLY*****46*OFFALLY~
HL*1**20*1~
NM1*85*2*LAKEVIEW DENTAL ACCESS*****XX*1992837465~
N3*100 TEST ST~
N4*AUSTIN*TX*78701~
REF*EI*841234567~
SE*12*0001~
GE*1*905~
IEA*1*000000905~
"""), "ASC X12 005010X224A2 (837D) test interchange: empty ISA authorization/security fields")

D("hl7/decoy-sample-message", "interfaces/mirth/tests/samples/ORU_R01_lab.hl7", t("""
MSH|^~\\&|LABCORP|LC|VCHC_EHR|VCHC|20240603101522||ORU^R01|MSG00001|T|2.5.1
PID|1||TEST000123^^^VCHC^MR||TESTPATIENT^SAMPLE||19800101|F
ORC|RE|ORD448812|LC9912||CM
OBR|1|ORD448812|LC9912|4548-4^Hemoglobin A1c^LN|||20240601090000
OBX|1|NM|4548-4^Hemoglobin A1c^LN||6.1|%|4.8-5.6|H|||F
"""), "HL7 v2.5.1 ORU^R01 sample with a test patient (processing id T)")
