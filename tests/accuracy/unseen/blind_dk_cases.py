"""Blind set DK: independent insurance agencies and brokers.

Agency operations, IT, integration and marketing teams at independent agencies and brokerages, and
the small vendors that build for them: agency management systems (Applied Epic SDK and API, Vertafore
AMS360 web services, QQCatalyst and AgencyZoom, HawkSoft partner API, EZLynx, NowCerts), comparative
raters and carrier quoting APIs (Bold Penguin, Coterie, Hiscox, NEXT), carrier downloads over IVANS
and SFTP (ACORD XML, AL3), e-signature (DocuSign, Dropbox Sign, Adobe Acrobat Sign), policy document
storage (Azure Blob, Amazon S3, Backblaze B2, SharePoint through Microsoft Graph), CRM and marketing
automation (Salesforce, HubSpot, Mailchimp, ActiveCampaign, SendGrid, CallRail, Zapier), payments
(Stripe, Authorize.Net) and telephony (Twilio, RingCentral, Dialpad, Asterisk, Yealink phones).
Files: dotenv, YAML, JSON appsettings and Postman environments, ACORD XML and SOAP envelopes,
App.config and Web.config, INI and conf files, FileZilla site manager, rclone and s3cmd configs,
netrc, pgpass and npmrc, Python, C#, Java, JavaScript, TypeScript, PHP, Go, R, VBA, AutoHotkey,
PowerShell, batch, shell and crontab, GitHub Actions, GitLab CI, Azure Pipelines, Jenkins,
Bitbucket and CircleCI, Dockerfiles and Compose, Kubernetes and Helm, Terraform, CloudFormation,
SQL, Jupyter notebooks, runbooks and READMEs, CSV exports, registry files, router and phone
provisioning configs. Generated fakes only (seeds 1080000-1089999).
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
_SEED = [1080000]


def _seed() -> int:
    _SEED[0] += 13
    assert _SEED[0] < 1090000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase(category, file_name, text, secret, source))


WORDS = ["Liberty", "Keystone", "Harbor", "Granite", "Pioneer", "Summit", "Heritage", "Meridian", "Beacon",
         "Cardinal", "Oakridge", "Bluebird", "Lakeside", "Ironwood", "Magnolia", "Sterling", "Chestnut",
         "Juniper", "Falcon", "Wildcat", "Prairie", "Buckeye", "Redwood", "Anchor"]
NAMES = ["Brenda", "Dale", "Tammy", "Marcus", "Kristen", "Rick", "Debbie", "Hector", "Lorraine", "Travis",
         "Wendy", "Curtis", "Sheila", "Doug", "Monica", "Randy"]
SEASONS = ["Spring", "Summer", "Autumn", "Winter", "Renewal", "Welcome", "Monday", "Friday"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "tractor", "biscuit"]


def human_pw(symbols: str = "!#$%*@") -> str:
    """A password a person picked: words, a name, a year, a symbol."""
    r = _rng()
    sym = r.choice(symbols) if symbols else ""
    pattern = r.randint(0, 3)
    if pattern == 0:
        return r.choice(WORDS) + sym + str(r.randint(2016, 2025))
    if pattern == 1:
        return r.choice(NAMES) + str(r.randint(10, 99)) + r.choice(WORDS) + sym
    if pattern == 2:
        return r.choice(WORDS) + r.choice(WORDS).lower() + str(r.randint(10, 99)) + sym
    return r.choice(SEASONS) + str(r.randint(2019, 2025)) + sym + sym


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    alphabet = ALNUM + extra
    while True:
        value = "".join(r.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def chars(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int, upper: bool = False) -> str:
    r = _rng()
    value = "".join(r.choice(HEX) for _ in range(n))
    return value.upper() if upper else value


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def pem(kind: str = "RSA", lines: int = 12, indent: str = "") -> str:
    """A private key block; `kind` "" is PKCS #8 ("BEGIN PRIVATE KEY")."""
    r = _rng()
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    head = {"RSA": "MIIEowIBAAKCAQEA", "": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", "EC": "MHcCAQEEI"}[kind]
    body = head + "".join(r.choice(ALNUM + "+/") for _ in range(64 * lines - len(head) - 20)) + "".join(r.choice(ALNUM) for _ in range(18)) + "=="
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    sep = "\n" + indent
    return f"-----BEGIN {label}-----{sep}" + sep.join(rows) + f"{sep}-----END {label}-----"


def openssh_key(indent: str = "") -> str:
    r = _rng()
    head = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
    body = head + "".join(r.choice(ALNUM + "+/") for _ in range(70 * 5 - len(head) - 2)) + "=="
    rows = [body[i:i + 70] for i in range(0, len(body), 70)]
    sep = "\n" + indent
    return f"-----BEGIN OPENSSH PRIVATE KEY-----{sep}" + sep.join(rows) + f"{sep}-----END OPENSSH PRIVATE KEY-----"


def public_b64(n: int) -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(n))


def cert_pem(kind: str = "CERTIFICATE", lines: int = 10) -> str:
    r = _rng()
    head = {"CERTIFICATE": "MIIDdzCCAl+gAwIBAgIU", "PUBLIC KEY": "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"}[kind]
    body = head + "".join(r.choice(ALNUM + "+/") for _ in range(64 * lines - len(head) - 4)) + "IDAQAB"[:4]
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(rows) + f"\n-----END {kind}-----"


def aws_pair() -> tuple:
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


def azure_storage_key() -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()


def azure_client_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def teams_webhook(tenant: str) -> str:
    return (f"https://{tenant}.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def zapier_hook() -> str:
    r = _rng()
    return f"https://hooks.zapier.com/hooks/catch/{r.randint(1000000, 19999999)}/{''.join(r.choice(string.ascii_lowercase + string.digits) for _ in range(6))}/"


def stripe_key(prefix: str = "sk_live_") -> str:
    return fakes.fake(prefix + "51", 97, _seed())


def hubspot_pat() -> str:
    return "pat-na1-" + uuid_s()


def mailchimp_key() -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(32)) + f"-us{r.randint(2, 21)}"


def google_api_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "-_") for _ in range(35))


def b2_key() -> str:
    r = _rng()
    return "K005" + "".join(r.choice(ALNUM) for _ in range(27))


def sf_refresh() -> str:
    r = _rng()
    return "5Aep861" + "".join(r.choice(ALNUM + "._") for _ in range(80))


def o365_app_password() -> str:
    r = _rng()
    return "".join(r.choice(string.ascii_lowercase) for _ in range(16))


def jwt(payload: dict, sig_len: int = 342) -> str:
    r = _rng()
    header = b64url(json.dumps({"alg": "RS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return header + "." + body + "." + "".join(r.choice(ALNUM + "-_") for _ in range(sig_len))


def vin() -> str:
    r = _rng()
    wmi = r.choice(["1HGCV", "4T1BF", "1FTFW", "5YJ3E", "2T3P1", "1G1ZD", "3FA6P", "JTDKN", "1C4RJ", "5NPE3"])
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return wmi + "".join(r.choice(chars) for _ in range(12 - 3)) + str(r.randint(100, 999))


def notebook(cells: List[tuple]) -> str:
    """A small .ipynb as Jupyter writes it (indent 1); cells are (kind, source lines[, outputs])."""
    out = []
    for i, cell in enumerate(cells):
        kind, source = cell[0], cell[1]
        lines = [line + "\n" for line in source[:-1]] + source[-1:]
        entry = {"cell_type": kind, "metadata": {}, "source": lines}
        if kind == "code":
            entry["execution_count"] = i + 1
            entry["outputs"] = cell[2] if len(cell) > 2 else []
        out.append(entry)
    doc = {"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.6"}},
           "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(doc, indent=1) + "\n"


def stream(text_lines: List[str]) -> list:
    return [{"name": "stdout", "output_type": "stream", "text": [line + "\n" for line in text_lines]}]

# ---------------------------------------------------------------- dotenv files

_pw = human_pw("!%*")
add("blind-dk/dotenv/ezlynx-password", "services/quote-intake/.env", f"""# quote-intake service: web leads -> EZLynx applicant + HawkSoft client
APP_ENV=production
LOG_LEVEL=info
PORT=8080

# EZLynx applicant web service (agency login used by the integration user)
EZLYNX_BASE_URL=https://applicantws.ezlynx.com/ApplicantService.svc
EZLYNX_AGENCY_ID=31877
EZLYNX_USERNAME=integrations@harborviewins.com
EZLYNX_PASSWORD={_pw}
EZLYNX_TEMPLATE_ID=4

HAWKSOFT_AGENCY_ID=10442
LEAD_NOTIFY_EMAIL=sales@harborviewins.com
""", _pw, "EZLynx applicant web service integration guide (agency user credentials)")

_k = rand_pw(40)
add("blind-dk/dotenv/bold-penguin-key", "services/rater-bridge/.env.production", f"""NODE_ENV=production
# Bold Penguin Terminal API - commercial small business quoting
BOLD_PENGUIN_API_URL=https://api.boldpenguin.com/partner/v1
BOLD_PENGUIN_API_KEY={_k}
BOLD_PENGUIN_AGENCY_ID=agy_7741
QUOTE_TIMEOUT_MS=45000
REDIS_URL=redis://cache.internal:6379/2
SENTRY_ENVIRONMENT=production
""", _k, "Bold Penguin partner API docs (x-api-key header)")

_k = hubspot_pat()
add("blind-dk/dotenv/hubspot-private-app", "web/.env.local", f"""# Next.js agency site (harborviewins.com)
NEXT_PUBLIC_SITE_URL=https://www.harborviewins.com
NEXT_PUBLIC_HUBSPOT_PORTAL_ID=21874533
NEXT_PUBLIC_GA_ID=G-7QK2XV4R1M

# server-side only: creates contacts + deals from the quote form
HUBSPOT_PRIVATE_APP_TOKEN={_k}
HUBSPOT_PIPELINE_ID=default
HUBSPOT_DEALSTAGE_NEW=appointmentscheduled
""", _k, "HubSpot private apps docs (pat-na1- access token)")

_k = mailchimp_key()
add("blind-dk/dotenv/mailchimp", "marketing/renewal-campaigns/.env", f"""# renewal reminder + cross-sell campaigns
MAILCHIMP_API_KEY={_k}
MAILCHIMP_SERVER_PREFIX={_k.split('-')[1]}
MAILCHIMP_AUDIENCE_ID=8c2e41f0d7
RENEWAL_WINDOW_DAYS=45
FROM_NAME="Harborview Insurance"
REPLY_TO=service@harborviewins.com
""", _k, "Mailchimp Marketing API quick start (API key with -usNN data center suffix)")

_k = hexs(64)
add("blind-dk/dotenv/dropbox-sign", "esign/.env.staging", f"""# e-signature for applications and no-loss letters
ESIGN_PROVIDER=dropbox_sign
DROPBOX_SIGN_API_KEY={_k}
DROPBOX_SIGN_CLIENT_ID=b1e4c7a0d2f3968e5a7c1b0d4e2f6a83
DROPBOX_SIGN_TEST_MODE=1
CALLBACK_URL=https://esign-staging.harborviewins.com/hooks/dropbox-sign
""", _k, "Dropbox Sign API reference (API key as basic-auth user)")

_k = hexs(32)
add("blind-dk/dotenv/twilio-auth-token", "telephony/sms-reminders/.env", f"""# payment due / renewal SMS reminders
TWILIO_ACCOUNT_SID=AC{hexs(32)}
TWILIO_AUTH_TOKEN={_k}
TWILIO_MESSAGING_SERVICE_SID=MG{hexs(32)}
QUIET_HOURS_START=20
QUIET_HOURS_END=8
TZ=America/Chicago
""", _k, "Twilio console: Account SID and Auth Token")

_k = passphrase()
add("blind-dk/dotenv/restic-password", "ops/backup/restic.env", f"""# nightly backup of \\\\FS01\\AgencyDocs (policy scans, signed apps) to B2
export RESTIC_REPOSITORY=b2:harborview-agency-backup:fs01
export B2_ACCOUNT_ID=005a81c3e9f24d70000000007
export B2_ACCOUNT_KEY_FILE=/etc/restic/b2.key
export RESTIC_PASSWORD={_k}
export RESTIC_CACHE_DIR=/var/cache/restic
""", _k, "restic docs: environment variables (RESTIC_PASSWORD)")

# ---------------------------------------------------------------- YAML application config

_pw = human_pw("!#%")
add("blind-dk/yaml/ams360-password", "config/settings.yaml", f"""# AMS360 -> data warehouse sync
ams360:
  wsapi_url: https://wsapi.ams360.com/v3/WSAPIService.svc
  agency_no: "8841207"
  login_id: SYNCSVC
  password: "{_pw}"
  employee_code: "!!Z"
  page_size: 200

warehouse:
  driver: mssql
  host: sql01.harborview.local
  database: AgencyDW
  trusted_connection: true

schedule:
  customers: "0 2 * * *"
  policies: "30 2 * * *"
""", _pw, "Vertafore AMS360 WSAPI Authenticate (AgencyNo, LoginId, Password)")

_pw = rand_pw(24)
add("blind-dk/spring-yaml/datasource", "commission-service/src/main/resources/application-prod.yml", f"""spring:
  datasource:
    url: jdbc:sqlserver://sql-reporting.harborview.local:1433;databaseName=Commissions;encrypt=true;trustServerCertificate=true
    username: commission_app
    password: {_pw}
    hikari:
      maximum-pool-size: 8
  jpa:
    open-in-view: false

commission:
  statement-import-dir: /data/carrier-statements
  carriers:
    - code: PROG
      format: csv
    - code: SAFECO
      format: xlsx
""", _pw, "Spring Boot reference: spring.datasource.* properties")

_pw = human_pw("!#%*")
add("blind-dk/ansible/sql-sa", "ansible/group_vars/agency_servers.yml", f"""---
domain: harborview.local
timezone: Central Standard Time

epic_sql_instance: SQL01\\EPIC
epic_sql_sa_user: sa
epic_sql_sa_password: "{_pw}"

file_server: FS01
scan_share: '\\\\FS01\\Scans'
backup_share: '\\\\NAS01\\Backups'

windows_updates_category_names:
  - SecurityUpdates
  - CriticalUpdates
""", _pw, "Ansible group_vars (plain variables file)")

_pw = human_pw("!$%*")
add("blind-dk/yaml/carrier-portal", "automation/config/carriers.yml", f"""# carrier portals the download robot logs into for policy documents
carriers:
  - name: Progressive ForAgentsOnly
    url: https://www.foragentsonly.com
    producer_code: "48221"
    username: hvia_docs
    password: "{_pw}"
    pull: [declarations, id_cards]
  - name: Travelers
    url: https://www.travelers.com/agent
    username: hvia_docs
    password_env: TRAVELERS_PORTAL_PASSWORD
    pull: [declarations]
  - name: Safeco Now
    url: https://now.safeco.com
    sso: true
""", _pw, "Agency carrier-portal robot config (Playwright download jobs)")

_k = rand_pw(48)
add("blind-dk/serverless/canopy-secret", "lambdas/canopy-import/serverless.yml", f"""service: canopy-import
frameworkVersion: "3"

provider:
  name: aws
  runtime: python3.11
  region: us-east-2
  environment:
    CANOPY_CLIENT_ID: 3f0c4b2e-canopy-harborview
    CANOPY_CLIENT_SECRET: {_k}
    EPIC_API_BASE: https://api.appliedepic.com/v1
    LOG_LEVEL: INFO

functions:
  pullWebhook:
    handler: handler.pull_webhook
    events:
      - httpApi:
          path: /canopy/pull
          method: post
""", _k, "Canopy Connect API docs (client id and secret); Serverless Framework provider.environment")

# ---------------------------------------------------------------- Compose

_pw = rand_pw(22)
add("blind-dk/compose/postgres", "docker-compose.yml", f"""services:
  api:
    build: .
    ports:
      - "8000:8000"
    environment:
      DATABASE_URL: postgresql://leads:{_pw}@db:5432/leads
    depends_on:
      - db

  db:
    image: postgres:16
    environment:
      POSTGRES_USER: leads
      POSTGRES_PASSWORD: {_pw}
      POSTGRES_DB: leads
    volumes:
      - pgdata:/var/lib/postgresql/data

volumes:
  pgdata:
""", _pw, "Docker postgres image docs (POSTGRES_PASSWORD)")

_pw = fakes.redis_password(_seed())
add("blind-dk/compose/redis", "deploy/docker-compose.prod.yml", f"""services:
  quote-worker:
    image: registry.harborviewins.com/quote-worker:2.8.1
    restart: always
    environment:
      REDIS_HOST: redis
      REDIS_PORT: "6379"
    depends_on: [redis]

  redis:
    image: redis:7-alpine
    restart: always
    command: ["redis-server", "--appendonly", "yes", "--requirepass", "{_pw}"]
    volumes:
      - redisdata:/data

volumes:
  redisdata:
""", _pw, "Redis docs: requirepass; Compose command (exec form)")

_pw = human_pw("!#%")
add("blind-dk/compose/mssql-sa", "docker-compose.override.yml", f"""# local copy of the Epic reporting DB for report development
services:
  epic-reporting:
    image: mcr.microsoft.com/mssql/server:2022-latest
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD: "{_pw}"
      MSSQL_PID: Developer
    ports:
      - "14333:1433"
    volumes:
      - ./backups:/var/opt/mssql/backup
""", _pw, "Microsoft SQL Server container docs (MSSQL_SA_PASSWORD)")

# ---------------------------------------------------------------- Kubernetes and Helm

_k = azure_client_secret()
add("blind-dk/k8s-secret/epic-client-secret", "k8s/epic-sync/secret.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: epic-sync-credentials
  namespace: integrations
  labels:
    app: epic-sync
type: Opaque
data:
  EPIC_CLIENT_ID: {b64("a7d1c0e2-epic-sync")}
  EPIC_CLIENT_SECRET: {b64(_k)}
  EPIC_DATABASE: {b64("HARBORVIEW_PROD")}
""", _k, "Kubernetes Secret (data, base64)")

_pw = rand_pw(20)
add("blind-dk/k8s-secret/database-url", "k8s/overlays/prod/quote-api-secrets.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: quote-api
  namespace: quoting
type: Opaque
stringData:
  DATABASE_URL: postgres://quote_api:{_pw}@pg-prod.quoting.svc:5432/quotes?sslmode=require
  QUOTE_CACHE_TTL: "900"
  CARRIERS_ENABLED: "coterie,hiscox,next"
""", _pw, "Kubernetes Secret (stringData)")

_pw = human_pw("!#*")
add("blind-dk/k8s-secret/ivans-mailbox", "deploy/k8s/ivans-download-secret.yaml", f"""---
# IVANS download mailbox used by the AL3 import cron job
apiVersion: v1
kind: Secret
metadata:
  name: ivans-download
  namespace: carrier-downloads
type: Opaque
data:
  IVANS_ACCOUNT: {b64("ZZ4R7712")}
  IVANS_USER_ID: {b64("HVIA01")}
  IVANS_PASSWORD: {b64(_pw)}
""", _pw, "Kubernetes Secret (data, base64); IVANS download mailbox credentials")

_k = sendgrid_key()
add("blind-dk/helm/sendgrid", "charts/agency-portal/values-prod.yaml", f"""replicaCount: 2

image:
  repository: registry.harborviewins.com/agency-portal
  tag: "4.12.0"

ingress:
  enabled: true
  hosts:
    - host: portal.harborviewins.com
      paths: ["/"]

env:
  EMAIL_PROVIDER: sendgrid
  SENDGRID_API_KEY: "{_k}"
  EMAIL_FROM: "noreply@harborviewins.com"
  CERTIFICATE_REQUEST_INBOX: "certs@harborviewins.com"

resources:
  requests:
    cpu: 100m
    memory: 256Mi
""", _k, "Helm values file; SendGrid API keys (SG. prefix)")

_pw = human_pw("!$#")
_tok = rand_pw(25)
add("blind-dk/helm/salesforce-password", "helm/crm-sync/values.yaml", f"""# Salesforce Financial Services Cloud <-> Applied Epic sync
schedule: "*/15 * * * *"

salesforce:
  loginUrl: https://login.salesforce.com
  username: integration@harborviewins.com.fsc
  password: "{_pw}"
  securityToken: "{_tok}"
  apiVersion: "60.0"

epic:
  existingSecret: epic-sync-credentials
  database: HARBORVIEW_PROD
""", _pw, "Helm values; Salesforce username-password login (password plus security token)")
# ---------------------------------------------------------------- JSON

_k = rand_pw(64, "+/")
add("blind-dk/appsettings/epic-sdk-key", "src/Harborview.EpicSync/appsettings.Production.json", json.dumps({
    "Logging": {"LogLevel": {"Default": "Information", "Microsoft.Hosting.Lifetime": "Information"}},
    "EpicSdk": {
        "Endpoint": "https://epicsdk.harborview.local/EpicSDK/EpicSDKCore_2017_02.svc",
        "DatabaseName": "HARBORVIEW_PROD",
        "AuthenticationKey": _k,
        "UserCode": "SDKSVC",
        "TimeoutSeconds": 120},
    "Sync": {"ActivityCodes": ["RNWL", "CANC", "ENDT"], "BatchSize": 250},
}, indent=2) + "\n", _k, "Applied Epic SDK developer guide (MessageHeader AuthenticationKey and DatabaseName)")

_k = azure_storage_key()
add("blind-dk/local-settings/azure-storage", "src/CarrierDownload.Functions/local.settings.json", json.dumps({
    "IsEncrypted": False,
    "Values": {
        "AzureWebJobsStorage": f"DefaultEndpointsProtocol=https;AccountName=hvdownloads;AccountKey={_k};EndpointSuffix=core.windows.net",
        "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
        "Al3InboxContainer": "al3-inbox",
        "AcordXmlContainer": "acord-xml",
        "DownloadSchedule": "0 */30 6-20 * * 1-5"},
}, indent=2) + "\n", _k, "Azure Functions local.settings.json; Azure Storage connection string (AccountKey)")

_key = pem("", 12)
add("blind-dk/gcp-json/service-account", "config/gcp/doc-ocr-sa.json", json.dumps({
    "type": "service_account",
    "project_id": "harborview-doc-ocr",
    "private_key_id": hexs(40),
    "private_key": _key + "\n",
    "client_email": "doc-ocr@harborview-doc-ocr.iam.gserviceaccount.com",
    "client_id": "10" + str(_rng().randint(10**18, 10**19 - 1)),
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/doc-ocr%40harborview-doc-ocr.iam.gserviceaccount.com",
    "universe_domain": "googleapis.com",
}, indent=2) + "\n", _key.replace("\n", "\\n"), "Google Cloud service account key file (JSON)")

_k = rand_pw(32)
add("blind-dk/postman/ezlynx-key", "postman/EZLynx-Prod.postman_environment.json", json.dumps({
    "id": uuid_s(),
    "name": "EZLynx Prod",
    "values": [
        {"key": "baseUrl", "value": "https://api.ezlynx.com/v2", "type": "default", "enabled": True},
        {"key": "agencyId", "value": "31877", "type": "default", "enabled": True},
        {"key": "apiKey", "value": _k, "type": "secret", "enabled": True},
        {"key": "applicantId", "value": "", "type": "default", "enabled": True},
    ],
    "_postman_variable_scope": "environment",
    "_postman_exported_at": "2024-04-18T15:02:11.482Z",
    "_postman_exported_using": "Postman/10.24.16",
}, indent=2) + "\n", _k, "Postman environment export format")

_pw = human_pw("!#%*")
add("blind-dk/launchsettings/ams360-password", "src/Harborview.Ams360Bridge/Properties/launchSettings.json", json.dumps({
    "profiles": {
        "Harborview.Ams360Bridge": {
            "commandName": "Project",
            "dotnetRunMessages": True,
            "environmentVariables": {
                "DOTNET_ENVIRONMENT": "Development",
                "Ams360__AgencyNo": "8841207",
                "Ams360__LoginId": "BRIDGE",
                "Ams360__Password": _pw}}},
}, indent=2) + "\n", _pw, ".NET launchSettings.json environmentVariables")

_pw = rand_pw(18)
add("blind-dk/vscode-json/sqltools", ".vscode/settings.json", json.dumps({
    "editor.formatOnSave": True,
    "sqltools.connections": [
        {"name": "AMS360 reporting (read only)", "driver": "MSSQL", "server": "ams360-rpt.harborview.local",
         "port": 1433, "database": "AMS360Reporting", "username": "report_reader", "password": _pw,
         "askForPassword": False, "mssqlOptions": {"encrypt": True, "trustServerCertificate": True}},
    ],
    "files.exclude": {"**/bin": True, "**/obj": True},
}, indent=2) + "\n", _pw, "SQLTools VS Code extension connection settings")

_hook = zapier_hook()
add("blind-dk/json/zapier-webhook", "config/lead-routing.json", json.dumps({
    "sources": {
        "website_quote_form": {"route": "zapier", "url": _hook},
        "facebook_lead_ads": {"route": "agencyzoom"},
        "everquote": {"route": "agencyzoom"}},
    "assignment": {"personal_lines": ["tammy", "rick"], "commercial": ["marcus"]},
    "business_hours": {"start": "08:00", "end": "17:00", "tz": "America/Chicago"},
}, indent=2) + "\n", _hook, "Zapier Webhooks by Zapier (catch hook URL)")

# ---------------------------------------------------------------- ACORD XML and SOAP

_pw = human_pw("!#%*")
_rq = uuid_s()
add("blind-dk/acord-xml/signon-password", "samples/acord/PersAutoPolicyQuoteInqRq.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<ACORD>
  <SignonRq>
    <SignonPswd>
      <CustId>
        <SPName>com.harborviewins</SPName>
        <CustLoginId>HVIA_RATER</CustLoginId>
      </CustId>
      <CustPswd>
        <EncryptionTypeCd>NONE</EncryptionTypeCd>
        <Pswd>{_pw}</Pswd>
      </CustPswd>
    </SignonPswd>
    <ClientDt>2024-05-02T10:15:00</ClientDt>
    <CustLangPref>en-US</CustLangPref>
    <ClientApp>
      <Org>Harborview Insurance Agency</Org>
      <Name>RateBridge</Name>
      <Version>3.2</Version>
    </ClientApp>
  </SignonRq>
  <InsuranceSvcRq>
    <RqUID>{_rq}</RqUID>
    <PersAutoPolicyQuoteInqRq>
      <RqUID>{uuid_s()}</RqUID>
      <TransactionRequestDt>2024-05-02</TransactionRequestDt>
      <CurCd>USD</CurCd>
      <Producer>
        <ProducerInfo>
          <ContractNumber>48221</ContractNumber>
          <ProducerSubCode>HV01</ProducerSubCode>
        </ProducerInfo>
      </Producer>
      <PersPolicy>
        <LOBCd>AUTOP</LOBCd>
        <ContractTerm>
          <EffectiveDt>2024-06-01</EffectiveDt>
          <ExpirationDt>2024-12-01</ExpirationDt>
        </ContractTerm>
      </PersPolicy>
      <PersAutoLineBusiness>
        <LOBCd>AUTOP</LOBCd>
        <PersVeh id="V1">
          <Manufacturer>TOYOTA</Manufacturer>
          <Model>CAMRY</Model>
          <ModelYear>2019</ModelYear>
          <VehIdentificationNumber>{vin()}</VehIdentificationNumber>
        </PersVeh>
      </PersAutoLineBusiness>
    </PersAutoPolicyQuoteInqRq>
  </InsuranceSvcRq>
</ACORD>
""", _pw, "ACORD P&C XML standard: SignonRq/SignonPswd/CustPswd/Pswd")

_k = rand_pw(44, "+/")
add("blind-dk/app-config/epic-sdk-key", "src/EpicAttachmentExporter/App.config", f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <appSettings>
    <add key="EpicSdkUrl" value="https://epicsdk.harborview.local/EpicSDK/EpicSDKCore_2017_02.svc" />
    <add key="EpicDatabaseName" value="HARBORVIEW_PROD" />
    <add key="EpicAuthenticationKey" value="{_k}" />
    <add key="ExportRoot" value="\\\\FS01\\EpicExports" />
    <add key="AttachmentFolders" value="Policy;Claims;Certificates" />
  </appSettings>
  <system.serviceModel>
    <bindings>
      <basicHttpBinding>
        <binding name="EpicSDK" maxReceivedMessageSize="2147483647">
          <security mode="Transport" />
        </binding>
      </basicHttpBinding>
    </bindings>
  </system.serviceModel>
</configuration>
""", _k, ".NET Framework App.config appSettings; Applied Epic SDK authentication key")

_pw = human_pw("!#%*")
add("blind-dk/web-config/connection-string", "CertPortal/Web.config", f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="CertDb"
         connectionString="Data Source=SQL01;Initial Catalog=CertificateRequests;User ID=certportal;Password={_pw};MultipleActiveResultSets=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="ClientValidationEnabled" value="true" />
    <add key="CertificateHolderMaxCount" value="25" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" maxRequestLength="20480" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
""", _pw, "ASP.NET Web.config connectionStrings (SqlClient connection string)")

_pw = human_pw("!#%*")
add("blind-dk/filezilla-xml/carrier-sftp", "it/filezilla/sitemanager.xml", f"""<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.5" platform="windows">
    <Servers>
        <Folder expanded="1">Carrier downloads
            <Server>
                <Host>sftp.ivans.com</Host>
                <Port>22</Port>
                <Protocol>1</Protocol>
                <Type>0</Type>
                <User>hvia01</User>
                <Pass encoding="base64">{b64(_pw)}</Pass>
                <Logontype>1</Logontype>
                <PasvMode>MODE_DEFAULT</PasvMode>
                <Name>IVANS download</Name>
                <RemoteDir>1 0 8 outbound</RemoteDir>
                <SyncBrowsing>0</SyncBrowsing>
            </Server>
        </Folder>
    </Servers>
</FileZilla3>
""", _pw, "FileZilla sitemanager.xml (Pass encoding=base64)")

_pw = human_pw("!#%*")
add("blind-dk/soap-xml/wsse-password-text", "soap/ams360-GetCustomer-request.xml", f"""<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:ws="http://www.WSAPI.AMS360.com/v3.0">
  <soapenv:Header>
    <wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
      <wsse:UsernameToken>
        <wsse:Username>8841207\\SYNCSVC</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">{_pw}</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <ws:GetCustomer>
      <ws:Request>
        <ws:CustomerNumber>100482</ws:CustomerNumber>
      </ws:Request>
    </ws:GetCustomer>
  </soapenv:Body>
</soapenv:Envelope>
""", _pw, "OASIS WS-Security UsernameToken Profile (PasswordText)")

_pw = human_pw("!#%*")
add("blind-dk/unattend-xml/admin-password", "it/imaging/csr-workstation/unattend.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
      <UserAccounts>
        <AdministratorPassword>
          <Value>{_pw}</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <OOBE>
        <HideEULAPage>true</HideEULAPage>
        <ProtectYourPC>3</ProtectYourPC>
      </OOBE>
      <TimeZone>Central Standard Time</TimeZone>
      <RegisteredOrganization>Harborview Insurance Agency</RegisteredOrganization>
    </component>
  </settings>
</unattend>
""", _pw, "Windows unattend.xml AdministratorPassword (PlainText true)")

_pw = rand_pw(20)
add("blind-dk/maven-settings/nexus", ".m2/settings.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>harborview-releases</id>
      <username>ci-deployer</username>
      <password>{_pw}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>harborview-releases</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.harborviewins.com/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", _pw, "Maven settings.xml servers/server/password")

# ---------------------------------------------------------------- INI, conf, cfg

_pw = human_pw("!#%*")
add("blind-dk/ini/rater-credentials", "ratebridge/RateBridge.ini", f"""; RateBridge - pushes EZLynx quotes into the AMS as prospects
[General]
AgencyName=Harborview Insurance Agency
LogFolder=C:\\RateBridge\\Logs
PollMinutes=5

[EZLynx]
Url=https://applicantws.ezlynx.com/ApplicantService.svc
Username=ratebridge@harborviewins.com
Password={_pw}
TemplateID=4

[AMS]
Type=HawkSoft
ImportFolder=\\\\FS01\\HawkSoft\\Import
""", _pw, "Windows INI file; comparative rater bridge settings")

_pw = human_pw("!#%*")
add("blind-dk/odbc-ini/ams360", "deploy/odbc.ini", f"""[AMS360Reporting]
Driver      = ODBC Driver 18 for SQL Server
Server      = tcp:ams360-rpt.harborview.local,1433
Database    = AMS360Reporting
UID         = report_reader
PWD         = {_pw}
Encrypt     = yes
TrustServerCertificate = yes

[Warehouse]
Driver      = PostgreSQL Unicode
Servername  = dw.harborview.local
Database    = agency_dw
""", _pw, "unixODBC odbc.ini DSN (UID/PWD)")

_pw = rand_pw(16)
add("blind-dk/pjsip-conf/trunk-password", "telephony/asterisk/pjsip.conf", f"""[transport-udp]
type=transport
protocol=udp
bind=0.0.0.0:5060

; SIP trunk - main agency numbers (615) 555-01xx
[trunk-auth]
type=auth
auth_type=userpass
username=hvia_trunk01
password={_pw}

[trunk]
type=endpoint
context=from-trunk
disallow=all
allow=ulaw
outbound_auth=trunk-auth
aors=trunk

[trunk]
type=aor
contact=sip:sip.voipcarrier.net:5060
""", _pw, "Asterisk PJSIP configuration (type=auth, auth_type=userpass)")

_pw = rand_pw(12)
add("blind-dk/yealink-cfg/sip-account", "provisioning/yealink/805ec0a1b2c3.cfg", f"""#!version:1.0.0.1
## Front desk - Brenda (ext 101)
account.1.enable = 1
account.1.label = Front Desk 101
account.1.display_name = Harborview Front Desk
account.1.auth_name = 101
account.1.user_name = 101
account.1.password = {_pw}
account.1.sip_server.1.address = pbx.harborview.local
account.1.sip_server.1.port = 5060
features.dnd.enable = 0
phone_setting.backlight_time = 60
local_time.time_zone = -6
local_time.time_zone_name = United States-Central Time
""", _pw, "Yealink auto-provisioning MAC.cfg (account.X.password)")

_k = b2_key()
add("blind-dk/rclone-conf/b2-key", "ops/backup/rclone.conf", f"""[b2-agency]
type = b2
account = 005a81c3e9f24d70000000009
key = {_k}
hard_delete = false

[b2-crypt]
type = crypt
remote = b2-agency:harborview-docs
filename_encryption = standard
""", _k, "rclone B2 backend docs (account, key)")

_id, _sk = aws_pair()
add("blind-dk/s3cfg/secret-key", "ops/backup/.s3cfg", f"""[default]
access_key = {_id}
secret_key = {_sk}
bucket_location = us-east-2
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
use_https = True
signature_v2 = False
# policy-docs-archive: signed apps, dec pages, loss runs (7 year retention)
""", _sk, "s3cmd configuration file (access_key, secret_key)")

_pw = human_pw("!#*")
add("blind-dk/supervisor-conf/worker-env", "deploy/supervisor/al3-import.conf", f"""[program:al3-import]
command=/opt/al3import/venv/bin/python -m al3import.worker
directory=/opt/al3import
user=al3import
autostart=true
autorestart=true
environment=AMS_DB_HOST="sql01.harborview.local",AMS_DB_USER="al3import",AMS_DB_PASSWORD="{_pw}",INBOX="/srv/ivans/inbox"
stdout_logfile=/var/log/al3import/worker.log
stderr_logfile=/var/log/al3import/worker.err
""", _pw, "Supervisor program section (environment=KEY=\"val\")")

_pw = human_pw("!#%*")
add("blind-dk/ios-cfg/local-user", "network/main-office-rtr.cfg", f"""!
hostname HV-MAIN-RTR
!
aaa new-model
aaa authentication login default local
!
username hvadmin privilege 15 password 0 {_pw}
!
interface GigabitEthernet0/0
 description WAN - fiber
 ip address dhcp
 ip nat outside
!
interface GigabitEthernet0/1
 description LAN - agency office
 ip address 10.20.0.1 255.255.255.0
 ip nat inside
!
line vty 0 4
 transport input ssh
!
end
""", _pw, "Cisco IOS configuration: username ... password 0 (cleartext)")

_pw = human_pw("!#%*")
add("blind-dk/netrc/ivans-ftp", "ops/carrier-downloads/.netrc", f"""machine ftp.ivans.com
  login hvia01
  password {_pw}

machine sftp.travelers.com
  login hv_download
""", _pw, "GNU inetutils ftp .netrc (machine/login/password)")

_pw = rand_pw(22)
add("blind-dk/pgpass/warehouse", "ops/dw/.pgpass", f"""# hostname:port:database:username:password
dw.harborview.local:5432:agency_dw:etl_loader:{_pw}
dw.harborview.local:5432:agency_dw:metabase:*
localhost:5432:*:postgres:postgres
dw-replica.harborview.local:5432:agency_dw:metabase:*
""", _pw, "PostgreSQL docs: the password file (.pgpass)")

_k = fakes.fake("npm_", 36, _seed())
add("blind-dk/npmrc/npm-token", "web/.npmrc", f"""@harborview:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken={_k}
save-exact=true
engine-strict=true
fund=false
""", _k, "npm docs: .npmrc _authToken")

_k = rand_pw(32)
add("blind-dk/pip-conf/index-token", "ops/pip.conf", f"""[global]
index-url = https://ci-reader:{_k}@pypi.harborviewins.com/simple/
extra-index-url = https://pypi.org/simple/
timeout = 60

[install]
trusted-host = pypi.harborviewins.com
""", _k, "pip configuration file (index-url with credentials)")

_pw = human_pw("!#*")
add("blind-dk/systemd/unit-env", "deploy/systemd/carrier-download.service", f"""[Unit]
Description=Carrier download poller (IVANS + direct carrier SFTP)
After=network-online.target

[Service]
Type=simple
User=downloads
WorkingDirectory=/opt/carrier-download
Environment=IVANS_USER=HVIA01
Environment=IVANS_PASSWORD={_pw}
Environment=INBOX=/srv/downloads/inbox
ExecStart=/opt/carrier-download/bin/poller --interval 900
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", _pw, "systemd.exec Environment= directive")

_pw = rand_pw(18)
add("blind-dk/nginx-conf/basic-auth-header", "nginx/conf.d/quote-proxy.conf", f"""# proxies the website quote widget to the HawkSoft partner API
server {{
    listen 443 ssl;
    server_name quotes.harborviewins.com;

    ssl_certificate     /etc/letsencrypt/live/quotes.harborviewins.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/quotes.harborviewins.com/privkey.pem;

    location /api/hawksoft/ {{
        proxy_pass https://integration.hawksoft.app/;
        proxy_set_header Authorization "Basic {b64('harborview-web:' + _pw)}";
        proxy_set_header Host integration.hawksoft.app;
        proxy_ssl_server_name on;
    }}
}}
""", _pw, "nginx proxy_set_header; RFC 7617 Basic authentication")
# ---------------------------------------------------------------- Python

_k = azure_client_secret()
add("blind-dk/python/epic-api-client-secret", "scripts/epic_policy_export.py", f'''"""Export in-force policies from Applied Epic (REST API) for the carrier appetite review."""
import csv
import datetime as dt

import requests

TOKEN_URL = "https://login.microsoftonline.com/harborviewins.onmicrosoft.com/oauth2/v2.0/token"
API = "https://api.appliedepic.com/policy/v1"
CLIENT_ID = "9c3f1a52-77e0-4b1d-8e61-2f0b6c4d9a18"
CLIENT_SECRET = "{_k}"


def token() -> str:
    resp = requests.post(TOKEN_URL, data={{
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "scope": "api://applied-epic/.default",
    }}, timeout=30)
    resp.raise_for_status()
    return resp.json()["access_token"]


def main() -> None:
    headers = {{"Authorization": f"Bearer {{token()}}"}}
    rows = requests.get(f"{{API}}/policies", params={{"status": "InForce", "lob": "CPKG"}}, headers=headers, timeout=60).json()
    with open(f"inforce_{{dt.date.today():%Y%m%d}}.csv", "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["policyNumber", "carrier", "premium", "expirationDate"])
        writer.writeheader()
        for row in rows["items"]:
            writer.writerow({{k: row.get(k) for k in writer.fieldnames}})


if __name__ == "__main__":
    main()
''', _k, "Microsoft identity platform client credentials flow (client_secret)")

_pw = human_pw("!#%*")
add("blind-dk/python/pyodbc-password", "etl/ams360_to_warehouse.py", f'''import pandas as pd
import pyodbc
from sqlalchemy import create_engine

SRC = pyodbc.connect(
    "DRIVER={{ODBC Driver 18 for SQL Server}};SERVER=ams360-rpt.harborview.local;"
    "DATABASE=AMS360Reporting;UID=report_reader;PWD={_pw};TrustServerCertificate=yes"
)
DW = create_engine("postgresql+psycopg2://etl_loader@dw.harborview.local/agency_dw")

QUERIES = {{
    "policies": "SELECT PolId, CustId, PolNo, PolEffDate, PolExpDate, WritingCompanyCode, LineOfBusiness FROM dbo.BasPolicy",
    "customers": "SELECT CustId, FirmName, LastName, FirstName, State FROM dbo.BasCustomer",
}}

for table, sql in QUERIES.items():
    frame = pd.read_sql(sql, SRC)
    frame.to_sql(f"ams_{{table}}", DW, schema="staging", if_exists="replace", index=False)
    print(table, len(frame))
''', _pw, "Microsoft ODBC Driver for SQL Server connection string keywords (UID, PWD)")

_k = rand_pw(40)
add("blind-dk/python/hawksoft-basic-auth", "integrations/hawksoft/client.py", f'''"""Thin client for the HawkSoft Partner API (clients, policies, attachments)."""
from __future__ import annotations

import requests

BASE_URL = "https://integration.hawksoft.app"
PARTNER_ID = "harborview-web"


class HawkSoftClient:
    def __init__(self, agency_id: int, api_version: str = "3.0") -> None:
        self.agency_id = agency_id
        self.session = requests.Session()
        self.session.auth = (PARTNER_ID, "{_k}")
        self.session.params = {{"version": api_version}}

    def changed_clients(self, since: str) -> list:
        url = f"{{BASE_URL}}/vendor/agency/{{self.agency_id}}/clients"
        resp = self.session.get(url, params={{"asOf": since}}, timeout=30)
        resp.raise_for_status()
        return resp.json()

    def client(self, client_number: int) -> dict:
        resp = self.session.get(f"{{BASE_URL}}/vendor/agency/{{self.agency_id}}/client/{{client_number}}", timeout=30)
        resp.raise_for_status()
        return resp.json()
''', _k, "HawkSoft Partner API (HTTP Basic with partner credentials); requests Session.auth")

_k = hexs(72)
add("blind-dk/python/activecampaign-key", "marketing/sync_activecampaign.py", f'''import os
import requests

AC_URL = "https://harborviewins.api-us1.com/api/3"
AC_HEADERS = {{"Api-Token": "{_k}", "Accept": "application/json"}}
RENEWAL_LIST_ID = 7


def upsert_contact(email: str, first: str, last: str, renewal_date: str) -> int:
    body = {{"contact": {{"email": email, "firstName": first, "lastName": last,
                         "fieldValues": [{{"field": "4", "value": renewal_date}}]}}}}
    r = requests.post(f"{{AC_URL}}/contact/sync", json=body, headers=AC_HEADERS, timeout=20)
    r.raise_for_status()
    return int(r.json()["contact"]["id"])


def subscribe(contact_id: int) -> None:
    body = {{"contactList": {{"list": RENEWAL_LIST_ID, "contact": contact_id, "status": 1}}}}
    requests.post(f"{{AC_URL}}/contactLists", json=body, headers=AC_HEADERS, timeout=20).raise_for_status()


if __name__ == "__main__":
    cid = upsert_contact(os.environ["TEST_EMAIL"], "Test", "Renewal", "2024-07-01")
    subscribe(cid)
''', _k, "ActiveCampaign API v3 docs (Api-Token header)")

_k = hexs(32)
add("blind-dk/python/callrail-key", "telephony/callrail_leads.py", f'''"""Pull yesterday's CallRail calls tagged 'quote' into AgencyZoom as leads."""
import datetime as dt

import requests

ACCOUNT_ID = "ACC{hexs(32)}"
HEADERS = {{"Authorization": 'Token token="{_k}"'}}


def calls(day: dt.date) -> list:
    url = f"https://api.callrail.com/v3/a/{{ACCOUNT_ID}}/calls.json"
    params = {{"start_date": day.isoformat(), "end_date": day.isoformat(), "tags": "quote",
              "fields": "customer_name,customer_phone_number,source,duration"}}
    resp = requests.get(url, headers=HEADERS, params=params, timeout=30)
    resp.raise_for_status()
    return resp.json()["calls"]


if __name__ == "__main__":
    for call in calls(dt.date.today() - dt.timedelta(days=1)):
        print(call["customer_name"], call["customer_phone_number"], call["source"])
''', _k, "CallRail API v3 docs (Authorization: Token token=\"...\")")

_key = pem("RSA", 14)
add("blind-dk/python/docusign-rsa-key", "esign/docusign_jwt.py", f'''"""DocuSign JWT grant for the application-packet sender."""
from docusign_esign import ApiClient

INTEGRATION_KEY = "{uuid_s()}"
IMPERSONATED_USER_ID = "{uuid_s()}"
AUTH_SERVER = "account.docusign.com"

PRIVATE_KEY = """{_key}
"""


def api_client() -> ApiClient:
    client = ApiClient()
    client.set_oauth_host_name(AUTH_SERVER)
    token = client.request_jwt_user_token(
        client_id=INTEGRATION_KEY,
        user_id=IMPERSONATED_USER_ID,
        oauth_host_name=AUTH_SERVER,
        private_key_bytes=PRIVATE_KEY.encode(),
        expires_in=3600,
        scopes=["signature", "impersonation"],
    )
    client.set_default_header("Authorization", "Bearer " + token.access_token)
    return client
''', _key, "DocuSign eSignature JWT grant (RSA private key for the integration key)")

_id, _sk = aws_pair()
add("blind-dk/python/boto3-secret", "storage/upload_policy_docs.py", f'''import pathlib
import sys

import boto3

s3 = boto3.client(
    "s3",
    region_name="us-east-2",
    aws_access_key_id="{_id}",
    aws_secret_access_key="{_sk}",
)
BUCKET = "harborview-policy-docs"


def upload(folder: str) -> None:
    for path in pathlib.Path(folder).rglob("*.pdf"):
        key = f"decpages/{{path.parent.name}}/{{path.name}}"
        s3.upload_file(str(path), BUCKET, key, ExtraArgs={{"ServerSideEncryption": "AES256"}})
        print("uploaded", key)


if __name__ == "__main__":
    upload(sys.argv[1])
''', _sk, "boto3 client credentials parameters")

_pw = human_pw("!#%*")
add("blind-dk/python/salesforce-password", "crm/salesforce_sync.py", f'''from simple_salesforce import Salesforce

from crm.epic import changed_accounts

sf = Salesforce(
    username="integration@harborviewins.com.fsc",
    password="{_pw}",
    security_token="{rand_pw(25)}",
    domain="login",
)


def push() -> None:
    for account in changed_accounts(hours=2):
        sf.Account.upsert(f"Epic_Lookup_Code__c/{{account.lookup_code}}", {{
            "Name": account.name,
            "Phone": account.phone,
            "Account_Rep__c": account.csr,
        }})


if __name__ == "__main__":
    push()
''', _pw, "simple-salesforce docs (username, password, security_token)")

_k = fakes.django_secret_key(_seed())
add("blind-dk/django/secret-key", "portal/harborview_portal/settings.py", f'''from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "{_k}"

DEBUG = False
ALLOWED_HOSTS = ["portal.harborviewins.com"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "certificates",
    "policies",
]

DATABASES = {{
    "default": {{"ENGINE": "django.db.backends.postgresql", "NAME": "portal", "HOST": "db", "USER": "portal"}}
}}
TIME_ZONE = "America/Chicago"
''', _k, "Django settings SECRET_KEY")

_k = rand_pw(48)
add("blind-dk/python/split-api-key", "quoting/carriers/coterie.py", f'''"""Coterie small-commercial quoting (BOP / GL / PL)."""
import requests

COTERIE_URL = "https://api.coterieinsurance.com/v1.4/commercial"
# producer key for Harborview (agency 4471)
COTERIE_KEY = ("{_k[:24]}"
               "{_k[24:]}")


def quote(application: dict) -> dict:
    resp = requests.post(
        f"{{COTERIE_URL}}/quotes",
        json=application,
        headers={{"Authorization": f"token {{COTERIE_KEY}}", "Content-Type": "application/json"}},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()
''', _k, "Coterie partner API quoting (agency API key); Python adjacent string literals")

_k = rand_pw(32)
add("blind-dk/python/twilio-api-secret", "scripts/send_renewal_sms.py", f'''import csv
import sys

from twilio.rest import Client

ACCOUNT_SID = "AC{hexs(32)}"
API_KEY_SID = "SK{hexs(32)}"
API_KEY_SECRET = "{_k}"
MESSAGING_SERVICE = "MG{hexs(32)}"

client = Client(API_KEY_SID, API_KEY_SECRET, ACCOUNT_SID)

TEMPLATE = ("Hi {{first}}, your {{carrier}} policy renews on {{date}}. "
            "Reply CALL and your Harborview agent will reach out. Reply STOP to opt out.")

with open(sys.argv[1], newline="") as fh:
    for row in csv.DictReader(fh):
        client.messages.create(messaging_service_sid=MESSAGING_SERVICE, to=row["mobile"],
                               body=TEMPLATE.format(**row))
''', _k, "Twilio API keys (SK sid + secret) with the Python helper library")

# ---------------------------------------------------------------- notebooks

_pw = rand_pw(20)
add("blind-dk/notebook/sqlalchemy-url", "notebooks/loss_ratio_by_carrier.ipynb", notebook([
    ("markdown", ["# Loss ratio by carrier, 2021-2023", "", "Source: AMS360 reporting copy + carrier loss runs."]),
    ("code", ["import pandas as pd", "from sqlalchemy import create_engine", "",
              f'engine = create_engine("mssql+pyodbc://report_reader:{_pw}@ams360-rpt.harborview.local/AMS360Reporting?driver=ODBC+Driver+18+for+SQL+Server&TrustServerCertificate=yes")']),
    ("code", ["df = pd.read_sql('SELECT WritingCompanyCode, SUM(WrittenPremium) AS wp, SUM(IncurredLoss) AS il FROM rpt.CarrierLoss GROUP BY WritingCompanyCode', engine)",
              "df['lr'] = df.il / df.wp", "df.sort_values('lr', ascending=False).head()"],
     stream(["  WritingCompanyCode        wp        il    lr", "0              SAFE  412093.0  301220.0  0.73"])),
]), _pw, "SQLAlchemy engine URL (mssql+pyodbc); Jupyter nbformat 4")

_k = hubspot_pat()
add("blind-dk/notebook/hubspot-token", "analysis/retention_cohorts.ipynb", notebook([
    ("markdown", ["## Retention by lead source", "Pulls closed-won deals from HubSpot and joins to policy renewals."]),
    ("code", ["from hubspot import HubSpot", "", f'api = HubSpot(access_token="{_k}")',
              "deals = api.crm.deals.get_all(properties=['dealname', 'closedate', 'hs_analytics_source'])",
              "len(deals)"],
     [{"data": {"text/plain": ["1873"]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}]),
    ("code", ["import pandas as pd", "frame = pd.DataFrame([d.properties for d in deals])",
              "frame.groupby('hs_analytics_source').size()"]),
]), _k, "HubSpot Python client (private app access token); Jupyter nbformat 4")

_id, _sk = aws_pair()
add("blind-dk/notebook/aws-secret", "notebooks/commission_statement_ocr.ipynb", notebook([
    ("markdown", ["# Commission statements: Textract trial", "Carrier PDFs from the commissions mailbox."]),
    ("code", ["import boto3", "",
              "textract = boto3.client('textract', region_name='us-east-2',",
              f"                        aws_access_key_id='{_id}',",
              f"                        aws_secret_access_key='{_sk}')"]),
    ("code", ["with open('statements/2024-03-travelers.pdf', 'rb') as fh:",
              "    result = textract.analyze_document(Document={'Bytes': fh.read()}, FeatureTypes=['TABLES'])",
              "len(result['Blocks'])"]),
]), _sk, "boto3 client credentials; Jupyter nbformat 4")

# ---------------------------------------------------------------- C#

_k = rand_pw(44, "+/")
add("blind-dk/csharp/epic-sdk-key", "src/Harborview.Epic/EpicSdkClient.cs", f'''using System.ServiceModel;
using Harborview.Epic.EpicSDK;

namespace Harborview.Epic
{{
    public sealed class EpicSdkClient
    {{
        private const string DatabaseName = "HARBORVIEW_PROD";
        private const string AuthenticationKey = "{_k}";

        private readonly EpicSDKCore_2017_02Client _client;

        public EpicSdkClient(string endpoint)
        {{
            _client = new EpicSDKCore_2017_02Client(new BasicHttpsBinding {{ MaxReceivedMessageSize = int.MaxValue }},
                new EndpointAddress(endpoint));
        }}

        private MessageHeader Header() => new MessageHeader
        {{
            AuthenticationKey = AuthenticationKey,
            DatabaseName = DatabaseName,
        }};

        public Client[] FindClient(string lookupCode)
        {{
            var filter = new ClientFilter {{ LookupCode = lookupCode }};
            return _client.Get_Client(Header(), filter, 0).Clients.ToArray();
        }}
    }}
}}
''', _k, "Applied Epic SDK MessageHeader (AuthenticationKey, DatabaseName)")

_pw = human_pw("!#%*")
add("blind-dk/csharp/ams360-authenticate", "src/Vertafore/Ams360Session.cs", f'''using System;
using System.Threading.Tasks;
using Harborview.Vertafore.WSAPI;

namespace Harborview.Vertafore
{{
    public static class Ams360Session
    {{
        public static async Task<string> OpenAsync(WSAPIServiceClient client)
        {{
            var response = await client.AuthenticateAsync(new AgencyNoLoginPassword
            {{
                AgencyNo = "8841207",
                LoginId = "SYNCSVC",
                Password = "{_pw}",
            }});

            if (string.IsNullOrEmpty(response.Token))
                throw new InvalidOperationException("AMS360 authentication failed: " + response.ErrorMessage);

            return response.Token;
        }}
    }}
}}
''', _pw, "Vertafore AMS360 WSAPI Authenticate (AgencyNo, LoginId, Password)")

_k = azure_storage_key()
add("blind-dk/csharp/blob-connection-string", "src/DocStorage/BlobUploader.cs", f'''using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Harborview.DocStorage;

public class BlobUploader
{{
    // policy documents: dec pages, signed applications, loss runs
    private const string ConnectionString =
        "DefaultEndpointsProtocol=https;AccountName=hvpolicydocs;" +
        "AccountKey={_k};EndpointSuffix=core.windows.net";

    private readonly BlobContainerClient _container = new(ConnectionString, "policy-documents");

    public async Task<string> UploadAsync(string clientLookup, string fileName, Stream content)
    {{
        var blob = _container.GetBlobClient($"{{clientLookup}}/{{DateTime.UtcNow:yyyy}}/{{fileName}}");
        await blob.UploadAsync(content, new BlobUploadOptions
        {{
            HttpHeaders = new BlobHttpHeaders {{ ContentType = "application/pdf" }},
            AccessTier = AccessTier.Cool,
        }});
        return blob.Uri.ToString();
    }}
}}
''', _k, "Azure Storage connection string (AccountKey); C# string concatenation")

_jwt = jwt({"aud": "https://platform.ringcentral.com/restapi/oauth/token", "sub": "63847201004",
            "iss": "https://platform.ringcentral.com", "exp": 3881462400, "iat": 1712345678,
            "jti": "hv" + hexs(20)})
add("blind-dk/csharp/ringcentral-jwt", "src/Telephony/RingCentralConfig.cs", f'''namespace Harborview.Telephony;

public static class RingCentralConfig
{{
    public const string ServerUrl = "https://platform.ringcentral.com";
    public const string ClientId = "{rand_pw(22)}";
    public static readonly string? ClientSecret = Environment.GetEnvironmentVariable("RC_CLIENT_SECRET");

    // JWT credential for the call-log export app (user: ext 100, agency owner)
    public const string JwtCredential =
        "{_jwt}";

    public static readonly string[] CallLogViews = {{ "Simple", "Detailed" }};
}}
''', _jwt, "RingCentral JWT auth flow (JWT credential)")

_k = rand_pw(40)
add("blind-dk/csharp/hiscox-client-secret", "src/Quoting/HiscoxApiClient.cs", f'''using System.Net.Http.Json;

namespace Harborview.Quoting;

public class HiscoxApiClient(HttpClient http)
{{
    private const string TokenUrl = "https://sdbx.hiscox.com/toolbox/auth/accesstoken";

    public async Task<string> GetTokenAsync(CancellationToken ct)
    {{
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {{
            ["grant_type"] = "client_credentials",
            ["client_id"] = "harborview-quoting",
            ["client_secret"] = "{_k}",
        }});
        var resp = await http.PostAsync(TokenUrl, form, ct);
        resp.EnsureSuccessStatusCode();
        var body = await resp.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken: ct);
        return body!.AccessToken;
    }}

    private sealed record TokenResponse(string AccessToken, int ExpiresIn);
}}
''', _k, "OAuth 2.0 client credentials (RFC 6749 4.4); carrier quoting API")

_pw = human_pw("!#%*")
add("blind-dk/csharp/test-staging-password", "tests/Harborview.Integration.Tests/EzlynxSmokeTests.cs", f'''using Xunit;

namespace Harborview.Integration.Tests;

[Trait("Category", "Smoke")]
public class EzlynxSmokeTests
{{
    // runs against the real EZLynx tenant after every deploy
    private static readonly EzlynxClient Client = new(
        baseUrl: "https://applicantws.ezlynx.com/ApplicantService.svc",
        username: "smoketest@harborviewins.com",
        password: "{_pw}");

    [Fact]
    public async Task CanReadTemplateList()
    {{
        var templates = await Client.GetTemplatesAsync();
        Assert.NotEmpty(templates);
    }}
}}
''', _pw, "EZLynx applicant web service (agency user credentials)")

# ---------------------------------------------------------------- Java

_pw = rand_pw(20)
add("blind-dk/properties/datasource", "acord-gateway/src/main/resources/application.properties", f"""server.port=8443
spring.application.name=acord-gateway

spring.datasource.url=jdbc:postgresql://pg01.harborview.local:5432/acord
spring.datasource.username=acord_gw
spring.datasource.password={_pw}
spring.jpa.hibernate.ddl-auto=validate

acord.inbound.dir=/srv/acord/inbound
acord.schema.version=1.39.0
management.endpoints.web.exposure.include=health,info
""", _pw, "Spring Boot application.properties spring.datasource.password")

_pw = human_pw("!#%*")
add("blind-dk/java/ivans-mailbox", "acord-gateway/src/main/java/com/harborview/acord/IvansMailboxClient.java", f'''package com.harborview.acord;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;

public final class IvansMailboxClient {{
    private static final String HOST = "sftp.ivans.com";
    private static final String USER = "hvia01";
    private static final String PASSWORD = "{_pw}";

    public ChannelSftp open() throws Exception {{
        JSch jsch = new JSch();
        jsch.setKnownHosts("/etc/acord-gateway/known_hosts");
        Session session = jsch.getSession(USER, HOST, 22);
        session.setPassword(PASSWORD);
        session.connect(30_000);
        ChannelSftp channel = (ChannelSftp) session.openChannel("sftp");
        channel.connect();
        channel.cd("/outbound/al3");
        return channel;
    }}
}}
''', _pw, "JSch Session.setPassword (SFTP password authentication)")

_k = sendgrid_key()
add("blind-dk/java/sendgrid-key", "acord-gateway/src/main/java/com/harborview/acord/notify/DownloadAlerts.java", f'''package com.harborview.acord.notify;

import com.sendgrid.Method;
import com.sendgrid.Request;
import com.sendgrid.SendGrid;
import com.sendgrid.helpers.mail.Mail;
import com.sendgrid.helpers.mail.objects.Content;
import com.sendgrid.helpers.mail.objects.Email;

public class DownloadAlerts {{
    private final SendGrid sendGrid = new SendGrid("{_k}");

    public void failedDownload(String carrier, String reason) throws Exception {{
        Mail mail = new Mail(new Email("downloads@harborviewins.com"), "Carrier download failed: " + carrier,
                new Email("agencyops@harborviewins.com"), new Content("text/plain", reason));
        Request request = new Request();
        request.setMethod(Method.POST);
        request.setEndpoint("mail/send");
        request.setBody(mail.build());
        sendGrid.api(request);
    }}
}}
''', _k, "SendGrid Java library (new SendGrid(apiKey))")

_pw = rand_pw(24)
add("blind-dk/gradle-properties/artifactory", "gradle.properties", f"""org.gradle.jvmargs=-Xmx2g -Dfile.encoding=UTF-8
org.gradle.parallel=true

artifactoryUrl=https://harborview.jfrog.io/artifactory
artifactoryUser=gradle-ci
artifactoryPassword={_pw}

acordSchemaVersion=1.39.0
""", _pw, "Gradle gradle.properties (project properties for repository credentials)")

# ---------------------------------------------------------------- JavaScript / TypeScript

_k = rand_pw(36)
add("blind-dk/javascript/quote-engine-key", "src/config/quoteEngine.js", f"""// comparative rater settings for the website quote flow
module.exports = {{
  provider: 'semsee',
  baseUrl: 'https://api.semsee.com/v2',
  apiKey: '{_k}',
  agencyCode: 'HVIA',
  lines: ['BOP', 'GL', 'WC'],
  timeoutMs: 40000,
  retry: {{ attempts: 2, backoffMs: 1500 }},
}};
""", _k, "Commercial comparative rater partner API (agency API key)")

_hook = slack_webhook()
add("blind-dk/javascript/slack-webhook", "functions/newLeadAlert.js", f"""const fetch = require('node-fetch');

const SLACK_WEBHOOK = '{_hook}';

exports.handler = async (event) => {{
  const lead = JSON.parse(event.body);
  const text = `:rotating_light: New ${{lead.line}} lead: ${{lead.name}} (${{lead.zip}}) from ${{lead.source}}`;
  await fetch(SLACK_WEBHOOK, {{
    method: 'POST',
    headers: {{ 'Content-Type': 'application/json' }},
    body: JSON.stringify({{ text }}),
  }});
  return {{ statusCode: 202 }};
}};
""", _hook, "Slack incoming webhooks")

_k = uuid_s()
add("blind-dk/typescript/docusign-secret", "src/lib/docusign.ts", f"""import docusign from 'docusign-esign';

const config = {{
  basePath: 'https://na3.docusign.net/restapi',
  oAuthBasePath: 'account.docusign.com',
  integrationKey: '{uuid_s()}',
  secretKey: '{_k}',
  accountId: '{uuid_s()}',
  redirectUri: 'https://portal.harborviewins.com/docusign/callback',
}};

export async function exchangeCode(code: string) {{
  const client = new docusign.ApiClient();
  client.setOAuthBasePath(config.oAuthBasePath);
  return client.generateAccessToken(config.integrationKey, config.secretKey, code);
}}

export default config;
""", _k, "DocuSign authorization code grant (integration key and secret key)")

_pw = human_pw("!#%*")
add("blind-dk/typescript/agencyzoom-login", "scripts/seed-agencyzoom.ts", f"""import axios from 'axios';

const AZ = 'https://api.agencyzoom.com/v1/api';

async function login(): Promise<string> {{
  const {{ data }} = await axios.post(`${{AZ}}/auth/login`, {{
    username: 'ops@harborviewins.com',
    password: '{_pw}',
  }});
  return data.jwt;
}}

async function main() {{
  const jwt = await login();
  const pipelines = await axios.get(`${{AZ}}/pipelines`, {{ headers: {{ Authorization: `Bearer ${{jwt}}` }} }});
  console.table(pipelines.data.map((p: any) => ({{ id: p.id, name: p.name }})));
}}

main().catch((err) => {{
  console.error(err.response?.data ?? err);
  process.exit(1);
}});
""", _pw, "AgencyZoom API (username/password login returning a JWT)")

_k = stripe_key("sk_live_")
add("blind-dk/javascript/stripe-secret", "server/payments.js", f"""// down payments and installment fees collected on the client portal
const Stripe = require('stripe');
const stripe = Stripe('{_k}', {{ apiVersion: '2023-10-16' }});

async function createPaymentIntent(policyNumber, amountCents, email) {{
  return stripe.paymentIntents.create({{
    amount: amountCents,
    currency: 'usd',
    receipt_email: email,
    metadata: {{ policyNumber }},
    automatic_payment_methods: {{ enabled: true }},
  }});
}}

module.exports = {{ createPaymentIntent }};
""", _k, "Stripe API keys (secret key sk_live_)")

_k = rand_pw(16)
add("blind-dk/typescript/authorize-net", "src/services/authorizeNet.ts", f"""import {{ APIContracts, APIControllers, Constants }} from 'authorizenet';

const merchantAuth = new APIContracts.MerchantAuthenticationType();
merchantAuth.setName('{rand_pw(10)}');
merchantAuth.setTransactionKey('{_k}');

export function chargeCard(amount: number, cardNumber: string, expiry: string, invoice: string) {{
  const card = new APIContracts.CreditCardType();
  card.setCardNumber(cardNumber);
  card.setExpirationDate(expiry);
  const tx = new APIContracts.TransactionRequestType();
  tx.setTransactionType(APIContracts.TransactionTypeEnum.AUTHCAPTURETRANSACTION);
  tx.setAmount(amount);
  tx.setPayment(Object.assign(new APIContracts.PaymentType(), {{ creditCard: card }}));
  tx.setOrder(Object.assign(new APIContracts.OrderType(), {{ invoiceNumber: invoice }}));
  const req = new APIContracts.CreateTransactionRequest();
  req.setMerchantAuthentication(merchantAuth);
  req.setTransactionRequest(tx);
  const ctrl = new APIControllers.CreateTransactionController(req.getJSON());
  ctrl.setEnvironment(Constants.endpoint.production);
  return new Promise((resolve) => ctrl.execute(() => resolve(ctrl.getResponse())));
}}
""", _k, "Authorize.Net API (API Login ID and Transaction Key)")

_k = rand_pw(40)
add("blind-dk/toml/wrangler-vars", "workers/quote-form/wrangler.toml", f"""name = "quote-form"
main = "src/index.ts"
compatibility_date = "2024-04-01"

[vars]
ALLOWED_ORIGIN = "https://www.harborviewins.com"
NOWCERTS_API = "https://api.nowcerts.com/api"
NOWCERTS_API_KEY = "{_k}"
TURNSTILE_SITE_KEY = "0x4AAAAAAAB7x{hexs(10)}"

[[kv_namespaces]]
binding = "LEADS"
id = "{hexs(32)}"
""", _k, "Cloudflare Wrangler configuration [vars]; NowCerts API key")

# ---------------------------------------------------------------- PHP, Ruby, Go, R

_pw = rand_pw(24, "!#%^*")
add("blind-dk/php/wp-config", "wp-config.php", f"""<?php
/** Harborview Insurance - agency website */
define( 'DB_NAME', 'hv_wordpress' );
define( 'DB_USER', 'hv_wp' );
define( 'DB_PASSWORD', '{_pw}' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'hvw_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {{
	define( 'ABSPATH', __DIR__ . '/' );
}}
require_once ABSPATH . 'wp-settings.php';
""", _pw, "WordPress wp-config.php DB_PASSWORD")

_k = rand_pw(32)
add("blind-dk/php/ezlynx-plugin", "wp-content/plugins/hv-quote-form/includes/class-hv-ezlynx.php", f"""<?php
defined( 'ABSPATH' ) || exit;

class HV_Ezlynx {{
	const ENDPOINT = 'https://api.ezlynx.com/v2/applicants';
	const API_KEY  = '{_k}';

	public static function create_applicant( array $lead ) {{
		$response = wp_remote_post( self::ENDPOINT, array(
			'headers' => array(
				'x-api-key'    => self::API_KEY,
				'Content-Type' => 'application/json',
			),
			'body'    => wp_json_encode( $lead ),
			'timeout' => 30,
		) );
		if ( is_wp_error( $response ) ) {{
			error_log( 'EZLynx: ' . $response->get_error_message() );
			return false;
		}}
		return json_decode( wp_remote_retrieve_body( $response ), true );
	}}
}}
""", _k, "WordPress HTTP API wp_remote_post; EZLynx API key header")

_pw = rand_pw(20)
add("blind-dk/rails-yaml/database", "config/database.yml", f"""default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") {{ 5 }} %>

development:
  <<: *default
  database: certificates_development

test:
  <<: *default
  database: certificates_test

production:
  <<: *default
  database: certificates_production
  host: pg01.harborview.local
  username: certificates
  password: {_pw}
""", _pw, "Rails config/database.yml")

_pw = human_pw("!#%*")
add("blind-dk/go/sftp-password", "cmd/al3ingest/main.go", f"""package main

import (
	"log"
	"time"

	"github.com/pkg/sftp"
	"golang.org/x/crypto/ssh"
)

const (
	carrierHost = "sftp.westbendmutual.com:22"
	carrierUser = "hvia_al3"
	carrierPass = "{_pw}"
)

func main() {{
	cfg := &ssh.ClientConfig{{
		User:            carrierUser,
		Auth:            []ssh.AuthMethod{{ssh.Password(carrierPass)}},
		HostKeyCallback: ssh.FixedHostKey(mustHostKey()),
		Timeout:         30 * time.Second,
	}}
	conn, err := ssh.Dial("tcp", carrierHost, cfg)
	if err != nil {{
		log.Fatal(err)
	}}
	defer conn.Close()
	client, err := sftp.NewClient(conn)
	if err != nil {{
		log.Fatal(err)
	}}
	defer client.Close()
	files, _ := client.ReadDir("/outbound")
	log.Printf("%d AL3 files waiting", len(files))
}}
""", _pw, "golang.org/x/crypto/ssh Password auth method")

_k = rand_pw(40)
add("blind-dk/go/api-key-header", "internal/quote/nextins/client.go", f"""package nextins

import (
	"bytes"
	"encoding/json"
	"net/http"
	"time"
)

const baseURL = "https://api.nextinsurance.com/partners/v1"

var httpClient = &http.Client{{Timeout: 45 * time.Second}}

func Quote(app Application) (*QuoteResponse, error) {{
	body, _ := json.Marshal(app)
	req, _ := http.NewRequest(http.MethodPost, baseURL+"/quotes", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("x-api-key", "{_k}")
	resp, err := httpClient.Do(req)
	if err != nil {{
		return nil, err
	}}
	defer resp.Body.Close()
	var out QuoteResponse
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}}
""", _k, "Carrier partner quoting API (x-api-key header); Go net/http")

_pw = human_pw("!#%*")
add("blind-dk/r/dbi-password", "R/claims_dashboard.R", f"""library(DBI)
library(odbc)
library(dplyr)

con <- dbConnect(odbc::odbc(),
                 Driver = "ODBC Driver 18 for SQL Server",
                 Server = "ams360-rpt.harborview.local",
                 Database = "AMS360Reporting",
                 UID = "report_reader",
                 PWD = "{_pw}",
                 TrustServerCertificate = "yes")

claims <- tbl(con, "vw_OpenClaims") %>%
  filter(ReportedDate >= "2024-01-01") %>%
  collect()

summary(claims$IncurredAmount)
dbDisconnect(con)
""", _pw, "R odbc package dbConnect (UID, PWD)")
# ---------------------------------------------------------------- PowerShell and batch

_pw = human_pw("!#%*")
add("blind-dk/powershell/securestring-plaintext", "scripts/Map-AgencyDrives.ps1", f"""# Maps the shared drives for the CSR pool machines (run at logon via GPO)
$user = 'HARBORVIEW\\svc_scan'
$secure = ConvertTo-SecureString '{_pw}' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($user, $secure)

$drives = @{{
    'S' = '\\\\FS01\\Scans'
    'P' = '\\\\FS01\\PolicyDocs'
    'H' = '\\\\FS01\\HawkSoft'
}}

foreach ($letter in $drives.Keys) {{
    if (-not (Get-PSDrive -Name $letter -ErrorAction SilentlyContinue)) {{
        New-PSDrive -Name $letter -PSProvider FileSystem -Root $drives[$letter] -Credential $cred -Persist | Out-Null
    }}
}}
""", _pw, "PowerShell ConvertTo-SecureString -AsPlainText")

_k = azure_client_secret()
add("blind-dk/powershell/graph-client-secret", "scripts/Export-EpicAttachmentsToSharePoint.ps1", f"""param(
    [Parameter(Mandatory)] [string] $ExportFolder,
    [string] $SiteId = 'harborviewins.sharepoint.com,2b1f7c0e-1d4a-4c7b-9b0e-6a3c2d1e0f98,8e6d4c2b-0a19-4f37-b5d3-1c2e3f4a5b6c'
)

$tenant = 'harborviewins.onmicrosoft.com'
$clientId = '5d2e9f41-0c7b-4a36-9e18-73b4f0a2c6d5'
$clientSecret = '{_k}'

$body = @{{
    grant_type    = 'client_credentials'
    client_id     = $clientId
    client_secret = $clientSecret
    scope         = 'https://graph.microsoft.com/.default'
}}
$token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenant/oauth2/v2.0/token" -Body $body).access_token

Get-ChildItem $ExportFolder -Filter *.pdf -Recurse | ForEach-Object {{
    $client = $_.Directory.Name
    $uri = "https://graph.microsoft.com/v1.0/sites/$SiteId/drive/root:/Clients/$client/$($_.Name):/content"
    Invoke-RestMethod -Method Put -Uri $uri -Headers @{{ Authorization = "Bearer $token" }} -InFile $_.FullName -ContentType 'application/pdf'
}}
""", _k, "Microsoft Graph app-only token (client_secret); Entra ID client secret format")

_pw = human_pw("!#%*")
add("blind-dk/powershell/winscp-session", "scripts/Sync-IvansDownload.ps1", f"""Add-Type -Path 'C:\\Program Files (x86)\\WinSCP\\WinSCPnet.dll'

$options = New-Object WinSCP.SessionOptions -Property @{{
    Protocol              = [WinSCP.Protocol]::Sftp
    HostName              = 'sftp.ivans.com'
    UserName              = 'hvia01'
    Password              = '{_pw}'
    SshHostKeyFingerprint = 'ssh-ed25519 255 {public_b64(43)}'
}}

$session = New-Object WinSCP.Session
try {{
    $session.Open($options)
    $result = $session.GetFiles('/outbound/*.al3', 'D:\\IVANS\\Inbox\\', $true)
    $result.Check()
    foreach ($t in $result.Transfers) {{ Write-Host "Downloaded $($t.FileName)" }}
}}
finally {{
    $session.Dispose()
}}
""", _pw, "WinSCP .NET assembly SessionOptions (Password)")

_pw = o365_app_password()
add("blind-dk/powershell/smtp-app-password", "scripts/Send-RenewalReport.ps1", f"""$report = Join-Path $env:TEMP ("renewals-{{0:yyyyMMdd}}.xlsx" -f (Get-Date))
& "$PSScriptRoot\\Build-RenewalReport.ps1" -Days 60 -OutFile $report

$smtpUser = 'reports@harborviewins.com'
$smtpPass = ConvertTo-SecureString '{_pw}' -AsPlainText -Force
$cred = [pscredential]::new($smtpUser, $smtpPass)

Send-MailMessage -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl `
    -Credential $cred -From $smtpUser -To 'producers@harborviewins.com' `
    -Subject 'Renewals next 60 days' -Body 'Attached: renewals report' -Attachments $report
""", _pw, "Microsoft 365 app passwords (16 letters); Send-MailMessage -Credential")

_pw = human_pw("!#%*")
add("blind-dk/powershell/invoke-sqlcmd", "scripts/New-ReportingLogin.ps1", f"""Import-Module SqlServer

$params = @{{
    ServerInstance = 'SQL01\\EPIC'
    Database       = 'master'
    Username       = 'sa'
    Password       = '{_pw}'
    TrustServerCertificate = $true
}}

Invoke-Sqlcmd @params -Query @"
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = 'powerbi_reader')
    CREATE LOGIN powerbi_reader WITH PASSWORD = '`$(ReaderPassword)', CHECK_POLICY = ON;
"@ -Variable "ReaderPassword=$env:POWERBI_READER_PASSWORD"
""", _pw, "SqlServer module Invoke-Sqlcmd (-Username, -Password)")

_pw = human_pw("!#")
add("blind-dk/batch/net-use", "scripts/map_drives.bat", f"""@echo off
REM Harborview - map shared drives for the front desk scanner PC
net use S: /delete /y >nul 2>&1
net use P: /delete /y >nul 2>&1

net use S: \\\\FS01\\Scans /user:HARBORVIEW\\scanuser {_pw} /persistent:yes
net use P: \\\\FS01\\PolicyDocs /user:HARBORVIEW\\scanuser {_pw} /persistent:yes

echo Drives mapped.
timeout /t 3 >nul
""", _pw, "Windows net use /user: (password on the command line)")

_pw = human_pw("!#*")
add("blind-dk/batch/psftp", "scripts/nightly_download.cmd", f"""@echo off
setlocal
set INBOX=D:\\Downloads\\Inbox
set LOG=D:\\Downloads\\Logs\\%date:~-4%%date:~4,2%%date:~7,2%.log

REM Auto-Owners AL3 download (direct SFTP, not IVANS)
"C:\\Program Files\\PuTTY\\psftp.exe" hvagency@sftp.auto-owners.com -pw {_pw} -b download.txt -batch >> "%LOG%" 2>&1

if errorlevel 1 (
  echo Download failed >> "%LOG%"
  exit /b 1
)
move /y "%INBOX%\\*.al3" "\\\\FS01\\HawkSoft\\Download\\" >> "%LOG%"
endlocal
""", _pw, "PuTTY psftp -pw option")

# ---------------------------------------------------------------- shell, crontab

_pw = human_pw("!#%*")
add("blind-dk/shell/sqlcmd-password", "scripts/backup_epic_db.sh", f"""#!/usr/bin/env bash
# copy-only backup of the Epic database to the NAS, kept 14 days
set -euo pipefail

STAMP=$(date +%Y%m%d_%H%M)
TARGET="/mnt/nas/epic/EPIC_${{STAMP}}.bak"

/opt/mssql-tools18/bin/sqlcmd -S sql01.harborview.local -U sa -P '{_pw}' -C \\
  -Q "BACKUP DATABASE [HARBORVIEW_PROD] TO DISK = N'${{TARGET}}' WITH COPY_ONLY, COMPRESSION, CHECKSUM"

find /mnt/nas/epic -name 'EPIC_*.bak' -mtime +14 -delete
echo "backup ok: ${{TARGET}}"
""", _pw, "sqlcmd utility -U -P options")

_pw = rand_pw(16)
add("blind-dk/shell/lftp-url", "scripts/pull_ivans.sh", f"""#!/bin/sh
# pulls ACORD XML and AL3 download files from the IVANS mailbox every 30 min (cron)
INBOX=/srv/ivans/inbox
mkdir -p "$INBOX"

lftp -e "set sftp:auto-confirm yes; mirror --Remove-source-files /outbound $INBOX; bye" \\
  "sftp://hvia01:{_pw}@sftp.ivans.com"

ls -1 "$INBOX" | wc -l | xargs echo "files in inbox:"
""", _pw, "lftp URL syntax (sftp://user:password@host)")

_k = rand_pw(40)
add("blind-dk/shell/curl-api-key", "scripts/test_quote_api.sh", f"""#!/usr/bin/env bash
set -euo pipefail
# smoke test the Bold Penguin terminal after deploys
curl -sS -X POST https://api.boldpenguin.com/partner/v1/applications \\
  -H "Content-Type: application/json" \\
  -H "x-api-key: {_k}" \\
  -d @fixtures/bop_application.json | jq '.quotes[] | {{carrier, premium}}'
""", _k, "curl -H header; Bold Penguin partner API key")

_id, _sk = aws_pair()
add("blind-dk/shell/heredoc-aws-credentials", "ops/bootstrap_scan_server.sh", f"""#!/bin/bash
# bootstraps the scan-to-S3 box in the back office
set -e
apt-get update && apt-get install -y awscli inotify-tools

mkdir -p /root/.aws
cat > /root/.aws/credentials <<'CREDS'
[default]
aws_access_key_id = {_id}
aws_secret_access_key = {_sk}
region = us-east-2
CREDS
chmod 600 /root/.aws/credentials

systemctl enable --now scan-watch.service
""", _sk, "AWS CLI shared credentials file, written from a here-doc")

_rt = sf_refresh()
add("blind-dk/shell/sfdx-auth-url", "ops/sfdx_login.sh", f"""#!/usr/bin/env bash
# CI login to the Salesforce FSC org (agency CRM) for metadata deploys
set -euo pipefail
echo "force://PlatformCLI::{_rt}@harborviewins.my.salesforce.com" > /tmp/sfdx_auth.txt
sf org login sfdx-url --sfdx-url-file /tmp/sfdx_auth.txt --alias hv-prod --set-default
rm -f /tmp/sfdx_auth.txt
sf project deploy start --source-dir force-app --target-org hv-prod --test-level RunLocalTests
""", _rt, "Salesforce CLI sfdx auth URL (force://<clientId>::<refreshToken>@<instance>)")

_pw = human_pw("!#")
add("blind-dk/crontab/mysqldump-password", "deploy/crontab", f"""SHELL=/bin/bash
MAILTO=it@harborviewins.com
# m h dom mon dow command
*/30 6-20 * * 1-5 /opt/carrier-download/pull_ivans.sh >> /var/log/ivans.log 2>&1
15 1 * * * mysqldump -u wp_backup -p'{_pw}' hv_wordpress | gzip > /backup/wp/hv_wordpress_$(date +\\%F).sql.gz
0 3 * * 0 find /backup/wp -mtime +30 -delete
""", _pw, "crontab(5); mysqldump -p password option")

# ---------------------------------------------------------------- CI

_id, _sk = aws_pair()
add("blind-dk/github-actions/aws-secret", ".github/workflows/deploy-docs-site.yml", f"""name: Deploy client forms site

on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: {_id}
      AWS_SECRET_ACCESS_KEY: {_sk}
      AWS_DEFAULT_REGION: us-east-2
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build
      - run: aws s3 sync ./dist s3://forms.harborviewins.com --delete
""", _sk, "GitHub Actions workflow env")

_k = fakes.fake("glpat-", 20, _seed())
add("blind-dk/gitlab-ci/token", ".gitlab-ci.yml", f"""stages: [test, package]

variables:
  PIP_INDEX_URL: https://pypi.harborviewins.com/simple/
  RELEASE_TOKEN: "{_k}"

test:
  stage: test
  image: python:3.11
  script:
    - pip install -e .[test]
    - pytest -q

package:
  stage: package
  image: python:3.11
  script:
    - pip install build twine
    - python -m build
    - TWINE_USERNAME=__token__ TWINE_PASSWORD=$RELEASE_TOKEN twine upload --repository-url https://gitlab.harborviewins.com/api/v4/projects/42/packages/pypi dist/*
  only: [tags]
""", _k, "GitLab personal access token (glpat-); .gitlab-ci.yml variables")

_pw = human_pw("!#%*")
add("blind-dk/azure-pipelines/sql-password", "azure-pipelines.yml", f"""trigger:
  branches:
    include: [main]

pool:
  vmImage: windows-latest

variables:
  buildConfiguration: Release
  sqlServer: hv-sql.database.windows.net
  sqlUser: deploy_admin
  sqlPassword: '{_pw}'

steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: publish
      projects: src/Harborview.EpicSync/*.csproj
      arguments: --configuration $(buildConfiguration) --output $(Build.ArtifactStagingDirectory)
  - task: SqlAzureDacpacDeployment@1
    inputs:
      azureSubscription: hv-prod
      ServerName: $(sqlServer)
      DatabaseName: EpicSync
      SqlUsername: $(sqlUser)
      SqlPassword: $(sqlPassword)
      DacpacFile: $(Build.ArtifactStagingDirectory)/EpicSync.dacpac
""", _pw, "Azure Pipelines YAML variables")

_pw = human_pw("!#%*")
add("blind-dk/jenkinsfile/sshpass", "Jenkinsfile", f"""pipeline {{
    agent any
    stages {{
        stage('Build') {{
            steps {{
                sh './gradlew clean build -x test'
            }}
        }}
        stage('Deploy') {{
            when {{ branch 'main' }}
            steps {{
                sh "sshpass -p '{_pw}' scp build/libs/acord-gateway.jar deploy@app01.harborview.local:/opt/acord-gateway/"
                sh "sshpass -p '{_pw}' ssh deploy@app01.harborview.local 'sudo systemctl restart acord-gateway'"
            }}
        }}
    }}
}}
""", _pw, "Jenkins declarative pipeline; sshpass -p")

_k = rand_pw(32)
add("blind-dk/bitbucket-pipelines/curl-token", "bitbucket-pipelines.yml", f"""image: node:20

pipelines:
  branches:
    main:
      - step:
          name: Build and deploy landing pages
          caches: [node]
          script:
            - npm ci
            - npm run build
            - curl -X POST -H "Authorization: Bearer {_k}" -F "file=@dist/site.zip" https://api.agencysites.io/v1/sites/harborview/deploys
""", _k, "Bitbucket Pipelines YAML; bearer token in curl")

_k = rand_pw(40)
add("blind-dk/circleci/env-key", ".circleci/config.yml", f"""version: 2.1

jobs:
  integration:
    docker:
      - image: cimg/python:3.11
        environment:
          EZLYNX_BASE_URL: https://api.ezlynx.com/v2
          EZLYNX_API_KEY: {_k}
    steps:
      - checkout
      - run: pip install -r requirements.txt
      - run: pytest tests/integration -q

workflows:
  nightly:
    jobs: [integration]
""", _k, "CircleCI config.yml docker environment")

# ---------------------------------------------------------------- Docker

_pw = human_pw("!#%*")
add("blind-dk/dockerfile/env-password", "docker/ratebridge/Dockerfile", f"""FROM mcr.microsoft.com/dotnet/runtime:8.0
WORKDIR /app
COPY publish/ .

ENV EZLYNX_URL=https://applicantws.ezlynx.com/ApplicantService.svc \\
    EZLYNX_USER=ratebridge@harborviewins.com \\
    EZLYNX_PASSWORD="{_pw}" \\
    POLL_MINUTES=5

USER app
ENTRYPOINT ["dotnet", "RateBridge.dll"]
""", _pw, "Dockerfile ENV instruction")

_k = fakes.github_token(_seed())
add("blind-dk/dockerfile/git-clone-token", "docker/acord-tools/Dockerfile", f"""FROM python:3.11-slim

RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*

# private ACORD schema helpers
RUN git clone --depth 1 https://x-access-token:{_k}@github.com/harborview-ins/acord-schemas.git /opt/acord-schemas \\
 && pip install --no-cache-dir /opt/acord-schemas

WORKDIR /work
ENTRYPOINT ["acord-validate"]
""", _k, "GitHub personal access token (ghp_) in an HTTPS clone URL")

# ---------------------------------------------------------------- Terraform

_pw = rand_pw(24, "!#%*")
add("blind-dk/terraform/sql-admin-password", "infra/main.tf", f"""provider "azurerm" {{
  features {{}}
}}

resource "azurerm_resource_group" "epic_sync" {{
  name     = "rg-epic-sync-prod"
  location = "centralus"
}}

resource "azurerm_mssql_server" "epic_sync" {{
  name                         = "hv-epic-sync-sql"
  resource_group_name          = azurerm_resource_group.epic_sync.name
  location                     = azurerm_resource_group.epic_sync.location
  version                      = "12.0"
  administrator_login          = "epicsyncadmin"
  administrator_login_password = "{_pw}"
  minimum_tls_version          = "1.2"
}}

resource "azurerm_mssql_database" "epic_sync" {{
  name      = "EpicSync"
  server_id = azurerm_mssql_server.epic_sync.id
  sku_name  = "S1"
}}
""", _pw, "Terraform azurerm_mssql_server administrator_login_password")

_k = hexs(32)
add("blind-dk/tfvars/twilio-token", "infra/telephony/prod.tfvars", f"""environment          = "prod"
twilio_account_sid   = "AC{hexs(32)}"
twilio_auth_token    = "{_k}"
ivr_main_number      = "+16155550142"
after_hours_forward  = "+16155550199"
voicemail_transcribe = true
""", _k, "Terraform .tfvars; Twilio Auth Token (32 hex)")

_id, _sk = aws_pair()
add("blind-dk/terraform/aws-provider", "infra/storage/providers.tf", f"""terraform {{
  required_providers {{
    aws = {{
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }}
  }}
}}

provider "aws" {{
  region     = "us-east-2"
  access_key = "{_id}"
  secret_key = "{_sk}"
}}

resource "aws_s3_bucket" "policy_docs" {{
  bucket = "harborview-policy-docs"
}}
""", _sk, "Terraform AWS provider static credentials (access_key, secret_key)")

# ---------------------------------------------------------------- SQL

_pw = human_pw("!#%*")
add("blind-dk/sql/create-login", "db/migrations/V12__create_reporting_login.sql", f"""-- Power BI gateway login for the producer scorecards
USE [master];
GO
CREATE LOGIN [powerbi_gateway] WITH PASSWORD = N'{_pw}', CHECK_POLICY = ON, DEFAULT_DATABASE = [AgencyDW];
GO
USE [AgencyDW];
GO
CREATE USER [powerbi_gateway] FOR LOGIN [powerbi_gateway];
ALTER ROLE [db_datareader] ADD MEMBER [powerbi_gateway];
GO
""", _pw, "T-SQL CREATE LOGIN ... WITH PASSWORD")

_pw = human_pw("!#%*")
add("blind-dk/sql/linked-server-login", "db/linked_servers.sql", f"""-- AMS360 reporting copy as a linked server on the warehouse box
EXEC master.dbo.sp_addlinkedserver
    @server = N'AMS360RPT',
    @srvproduct = N'',
    @provider = N'MSOLEDBSQL',
    @datasrc = N'ams360-rpt.harborview.local';

EXEC master.dbo.sp_addlinkedsrvlogin
    @rmtsrvname = N'AMS360RPT',
    @useself = N'False',
    @locallogin = NULL,
    @rmtuser = N'report_reader',
    @rmtpassword = N'{_pw}';
GO
""", _pw, "T-SQL sp_addlinkedsrvlogin @rmtpassword")

_k = rand_pw(40)
add("blind-dk/sql/seed-api-credential", "db/seed/030_integration_credentials.sql", f"""-- integration credentials used by the quote workers (TODO move to key vault)
INSERT INTO integration_credential (provider, agency_code, api_url, api_key, active)
VALUES
  ('bold_penguin', 'HVIA', 'https://api.boldpenguin.com/partner/v1', '{_k}', true),
  ('coterie',      'HVIA', 'https://api.coterieinsurance.com/v1.4', NULL, false);

INSERT INTO carrier (code, name, naic)
VALUES ('HISCOX', 'Hiscox Insurance Company', '10200'),
       ('NEXT', 'Next Insurance US Company', '16459');
""", _k, "SQL INSERT seed data; partner API key")

# ---------------------------------------------------------------- runbooks, docs, csv

_pw = human_pw("!#%*")
add("blind-dk/markdown/carrier-logins-table", "docs/runbooks/carrier-portal-logins.md", f"""# Carrier portal logins (shared agency accounts)

Used by the CSR team for billing lookups and the download robot. Personal logins are in each
CSR's own password manager; these are the **shared** ones.

| Carrier | Portal | Username | Password | Notes |
|---|---|---|---|---|
| Progressive | foragentsonly.com | hvia_docs | {_pw} | robot + CSR |
| Travelers | travelers.com/agent | see 1Password | - | MFA to Dale's phone |
| Safeco | now.safeco.com | SSO | - | via Agency Zoom |
| Hanover | hanoverlink | hvia_csr | in 1Password | |

Rotate Progressive every 90 days (last: 2024-03-04, next: 2024-06-02).
""", _pw, "Agency runbook table of shared carrier portal logins")

_pw = human_pw("!#%*")
add("blind-dk/markdown/onboarding-mailbox", "docs/onboarding/new-csr-setup.md", f"""# New CSR setup checklist

1. Create the AD user (HARBORVIEW\\first.last) and add to `CSR-Personal-Lines`.
2. Applied Epic: copy security from an existing CSR, set structure to *Nashville / PL*.
3. Add the shared mailboxes in Outlook:
   - `service@harborviewins.com`
   - `certs@harborviewins.com`
   - `downloads@harborviewins.com` (shared login, user `downloads@harborviewins.com`,
     password `{_pw}` - needed for the IVANS download rules)
4. EZLynx: invite from Admin > Users, role *Producer Assistant*.
5. Phones: assign a Yealink from the closet, provision from pbx.harborview.local.
""", _pw, "Agency onboarding runbook (shared mailbox password)")

_pw = human_pw("!#%*")
add("blind-dk/markdown/ivans-setup", "docs/ivans-download-setup.md", f"""# IVANS download setup (HawkSoft)

HawkSoft pulls the carrier downloads from our IVANS mailbox once an hour.

## Mailbox
- IVANS account: `ZZ4R7712`
- User ID: `HVIA01`
- Password: `{_pw}`  (IVANS forces a change every 180 days - update HawkSoft *and* this page)

## Carriers enabled
- Auto-Owners (AL3, policy + claims)
- Westfield (AL3)
- Progressive (ACORD XML via IVANS Exchange)

## If downloads stop
1. Check Download > Download Log in HawkSoft for `ERR 401`.
2. Log in at the IVANS portal with the mailbox above and check for a password expiry notice.
""", _pw, "IVANS download mailbox setup notes")

_k = rand_pw(48)
add("blind-dk/markdown/readme-curl", "telephony/dialpad-sync/README.md", f"""# dialpad-sync

Copies Dialpad call records into Applied Epic activities (one activity per call > 60 s).

## Run locally

```bash
pip install -e .
export DIALPAD_API_KEY=...
python -m dialpad_sync --since 2024-05-01
```

## Check the API by hand

```bash
curl -s "https://dialpad.com/api/v2/call?started_after=1714521600000" \\
  -H "Authorization: Bearer {_k}" | jq '.items | length'
```

Company id is 5812447013765120, office "Nashville".
""", _k, "Dialpad API v2 (Bearer API key); README with a pasted curl")

_pw = rand_pw(20)
add("blind-dk/markdown/incident-basic-header", "docs/incidents/2024-03-14-ezlynx-timeouts.md", f"""# 2024-03-14 EZLynx quote timeouts

**Impact:** website auto quotes failed 10:40-11:25 CT (37 leads fell back to manual).

## Timeline
- 10:40 alerts on `quote-intake` 5xx
- 10:52 reproduced from the app server:

```
POST /ApplicantService.svc HTTP/1.1
Host: applicantws.ezlynx.com
Authorization: Basic {b64('ratebridge@harborviewins.com:' + _pw)}
Content-Type: text/xml; charset=utf-8
SOAPAction: "http://tempuri.org/IApplicantService/CreateApplicant"
```

- 11:25 EZLynx confirmed a degraded node; traffic recovered.

## Follow-ups
- Add a circuit breaker to quote-intake.
""", _pw, "RFC 7617 Basic authentication header pasted into an incident report")

_pw = human_pw("!#%*")
add("blind-dk/csv/carrier-credentials", "data/carrier_credentials.csv", f"""carrier,portal_url,username,password,producer_code,updated
Progressive,https://www.foragentsonly.com,hvia_docs,SEE_1PASSWORD,48221,2024-03-04
Auto-Owners,https://www.auto-owners.com/agent,hvagency,{_pw},0881-03,2024-02-19
Westfield,https://agents.westfieldinsurance.com,hvia_west,SEE_1PASSWORD,71204,2024-01-30
Hiscox,https://www.hiscox.com/broker,harborview,SSO,HX4471,2023-11-12
""", _pw, "CSV export of a carrier logins spreadsheet")

# ---------------------------------------------------------------- desktop automation, registry, keys

_pw = human_pw("!#%*")
add("blind-dk/autohotkey/send-password", "desktop/CarrierLogins.ahk", f"""#Requires AutoHotkey v2.0
; Ctrl+Alt+A = Auto-Owners agent login (front desk)
^!a:: {{
    Run "https://www.auto-owners.com/agent"
    WinWaitActive "Auto-Owners",, 15
    Sleep 1500
    Send "hvagency{{Tab}}"
    SendText "{_pw}"
    Send "{{Enter}}"
}}

; Ctrl+Alt+E = open Epic
^!e:: Run "C:\\Program Files (x86)\\Applied Systems\\Applied Epic\\Epic.exe"
""", _pw, "AutoHotkey v2 Send (hotkey typing a carrier portal password)")

_pw = human_pw("!#%*")
add("blind-dk/vba/odbc-connection", "excel/QuoteTracker/modQuoteImport.bas", f"""Attribute VB_Name = "modQuoteImport"
Option Explicit

Private Const CONN As String = "Driver={{ODBC Driver 18 for SQL Server}};Server=ams360-rpt.harborview.local;" & _
    "Database=AMS360Reporting;Uid=report_reader;Pwd={_pw};TrustServerCertificate=yes;"

Public Sub RefreshOpenQuotes()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open CONN
    Set rs = cn.Execute("SELECT CustName, LineOfBusiness, QuotedPremium, Producer FROM rpt.OpenQuotes")
    Sheets("Open Quotes").Range("A2").CopyFromRecordset rs
    rs.Close
    cn.Close
End Sub
""", _pw, "VBA ADODB connection string (Uid, Pwd)")

_pw = human_pw("!#%*")
add("blind-dk/reg/autologon", "it/kiosk/lobby-kiosk-autologon.reg", f"""Windows Registry Editor Version 5.00

; lobby kiosk - signs in automatically and opens the client check-in page
[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]
"AutoAdminLogon"="1"
"DefaultDomainName"="HARBORVIEW"
"DefaultUserName"="kiosk"
"DefaultPassword"="{_pw}"
"ForceAutoLogon"="1"
""", _pw, "Windows Winlogon AutoAdminLogon DefaultPassword registry value")

_key = openssh_key()
add("blind-dk/openssh-key/ivans-sftp", "deploy/keys/ivans_sftp_ed25519", _key + "\n", _key,
    "OpenSSH private key file format (openssh-key-v1)")

_key = pem("RSA", 25)
add("blind-dk/pem/docusign-rsa", "esign/keys/docusign_private.pem", _key + "\n", _key,
    "DocuSign RSA keypair for JWT grant (PKCS #1 PEM)")

_id, _sk = aws_pair()
add("blind-dk/aws-credentials/profile", "ops/aws/credentials", f"""[default]
region = us-east-2

[hv-docs]
aws_access_key_id = {_id}
aws_secret_access_key = {_sk}

[hv-backup]
role_arn = arn:aws:iam::418273650912:role/backup-writer
source_profile = hv-docs
""", _sk, "AWS CLI shared credentials file")

_pw = rand_pw(20)
add("blind-dk/streamlit-toml/db-password", "dashboards/producer-scorecard/.streamlit/secrets.toml", f"""# producer scorecard dashboard (Streamlit)
[connections.agency_dw]
dialect = "postgresql"
host = "dw.harborview.local"
port = 5432
database = "agency_dw"
username = "scorecard"
password = "{_pw}"

[app]
fiscal_year_start = 1
""", _pw, "Streamlit secrets.toml (st.connection settings)")

_pw = human_pw("!#%*")
add("blind-dk/http-file/ams360-login", "http/ams360.http", f"""@wsapi = https://wsapi.ams360.com/v3/WSAPIService.svc
@agencyNo = 8841207
@password = {_pw}

### Authenticate
POST {{{{wsapi}}}}
Content-Type: text/xml; charset=utf-8
SOAPAction: "http://www.WSAPI.AMS360.com/v3.0/WSAPIService/Authenticate"

<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Body>
    <Authenticate xmlns="http://www.WSAPI.AMS360.com/v3.0">
      <AgencyNo>{{{{agencyNo}}}}</AgencyNo>
      <LoginId>SYNCSVC</LoginId>
      <Password>{{{{password}}}}</Password>
    </Authenticate>
  </soap:Body>
</soap:Envelope>
""", _pw, "VS Code REST Client .http file variables; AMS360 WSAPI Authenticate")

_k = fakes.pypi_token(_seed())
add("blind-dk/pypirc/pypi-token", ".pypirc", f"""[distutils]
index-servers =
    pypi
    harborview

[pypi]
username = __token__
password = {_k}

[harborview]
repository = https://pypi.harborviewins.com/
username = release-bot
""", _k, "PyPI API tokens in .pypirc (username __token__)")
# ---------------------------------------------------------------- a few more vendor shapes

_hook = teams_webhook("harborviewins")
add("blind-dk/powershell/teams-webhook", "scripts/Notify-DownloadFailures.ps1", f"""# posts a Teams card when the overnight carrier downloads report errors
$webhook = '{_hook}'
$log = Get-Content 'D:\\Downloads\\Logs\\latest.log' -Tail 200
$errors = $log | Select-String -Pattern 'ERR|failed'

if ($errors.Count -gt 0) {{
    $card = @{{
        '@type'    = 'MessageCard'
        '@context' = 'https://schema.org/extensions'
        summary    = 'Carrier download errors'
        title      = "Carrier downloads: $($errors.Count) errors"
        text       = ($errors | Select-Object -First 10 | ForEach-Object {{ $_.Line }}) -join '<br>'
    }}
    Invoke-RestMethod -Method Post -Uri $webhook -ContentType 'application/json' -Body ($card | ConvertTo-Json)
}}
""", _hook, "Microsoft Teams incoming webhook URL")

_k = google_api_key()
add("blind-dk/python/google-geocoding-key", "quoting/address_verify.py", f'''"""Standardise risk addresses before they go to the raters (protection class lookups need lat/lng)."""
import requests

GEOCODE_URL = "https://maps.googleapis.com/maps/api/geocode/json"
GOOGLE_API_KEY = "{_k}"


def verify(street: str, city: str, state: str, zip_code: str) -> dict:
    resp = requests.get(GEOCODE_URL, params={{
        "address": f"{{street}}, {{city}}, {{state}} {{zip_code}}",
        "components": "country:US",
        "key": GOOGLE_API_KEY,
    }}, timeout=10)
    result = resp.json()["results"][0]
    loc = result["geometry"]["location"]
    return {{"formatted": result["formatted_address"], "lat": loc["lat"], "lng": loc["lng"]}}
''', _k, "Google Maps Platform Geocoding API (server-side API key)")

_k = slack_bot()
add("blind-dk/yaml/slack-bot-token", "bots/renewal-bot/config.yml", f"""# posts the daily renewal list to #personal-lines
slack:
  bot_token: {_k}
  channel: "#personal-lines"
  mention_group: "@pl-team"

source:
  ams: epic
  days_out: 45
  exclude_lobs: [UMBRL, BOAT]

schedule: "0 7 * * 1-5"
""", _k, "Slack bot user OAuth token (xoxb-)")
# ================================================================ decoys

add("blind-dk/dotenv/decoy-placeholder", "services/quote-intake/.env.example", """# copy to .env and fill in; real values live in 1Password > Integrations > quote-intake
APP_ENV=development
LOG_LEVEL=debug
PORT=8080

EZLYNX_BASE_URL=https://applicantws.ezlynx.com/ApplicantService.svc
EZLYNX_AGENCY_ID=
EZLYNX_USERNAME=<integration user email>
EZLYNX_PASSWORD=<your-ezlynx-password>
EZLYNX_TEMPLATE_ID=4

HAWKSOFT_AGENCY_ID=
LEAD_NOTIFY_EMAIL=you@example.com
""", None, "dotenv example file with placeholders")

add("blind-dk/dotenv/decoy-env-reference", "telephony/sms-reminders/.env.template", """# rendered by deploy.sh from the vault; do not commit values
TWILIO_ACCOUNT_SID=${TWILIO_ACCOUNT_SID}
TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}
TWILIO_MESSAGING_SERVICE_SID=${TWILIO_MESSAGING_SERVICE_SID}
ADMIN_PASSWORD=changeme
QUIET_HOURS_START=20
QUIET_HOURS_END=8
TZ=America/Chicago
""", None, "dotenv template with ${VAR} references and changeme")

add("blind-dk/yaml/decoy-empty-password", "config/settings.sample.yaml", """# AMS360 -> data warehouse sync (sample). The password is read from AMS360_PASSWORD.
ams360:
  wsapi_url: https://wsapi.ams360.com/v3/WSAPIService.svc
  agency_no: "0000000"
  login_id: SYNCSVC
  password: ""          # leave empty: set AMS360_PASSWORD in the service environment
  employee_code: "!!Z"
  page_size: 200

warehouse:
  driver: mssql
  host: localhost
  database: AgencyDW
  trusted_connection: true
""", None, "sample YAML config with an empty password")

add("blind-dk/appsettings/decoy-keyvault-reference", "src/Harborview.EpicSync/appsettings.json", json.dumps({
    "Logging": {"LogLevel": {"Default": "Information"}},
    "EpicSdk": {
        "Endpoint": "https://epicsdk.harborview.local/EpicSDK/EpicSDKCore_2017_02.svc",
        "DatabaseName": "HARBORVIEW_PROD",
        "AuthenticationKey": "@Microsoft.KeyVault(SecretUri=https://kv-hv-integrations.vault.azure.net/secrets/EpicSdkAuthKey/)",
        "UserCode": "SDKSVC"},
    "ConnectionStrings": {
        "Sync": "@Microsoft.KeyVault(VaultName=kv-hv-integrations;SecretName=EpicSyncSqlConnection)"},
}, indent=2) + "\n", None, "Azure App Service Key Vault references")

add("blind-dk/appsettings/decoy-integrated-security", "src/Harborview.EpicSync/appsettings.Development.json", json.dumps({
    "Logging": {"LogLevel": {"Default": "Debug"}},
    "ConnectionStrings": {
        "Sync": "Server=(localdb)\\MSSQLLocalDB;Database=EpicSync;Integrated Security=true;TrustServerCertificate=true"},
    "EpicSdk": {"Endpoint": "http://localhost:5088/fake-epic", "DatabaseName": "SANDBOX", "AuthenticationKey": ""},
}, indent=2) + "\n", None, "SqlClient Integrated Security connection string (no password)")

add("blind-dk/github-actions/decoy-secrets-context", ".github/workflows/ci.yml", """name: CI

on:
  pull_request:
  push:
    branches: [main]

jobs:
  test:
    runs-on: ubuntu-latest
    env:
      EZLYNX_API_KEY: ${{ secrets.EZLYNX_SANDBOX_API_KEY }}
      HAWKSOFT_PARTNER_SECRET: ${{ secrets.HAWKSOFT_PARTNER_SECRET }}
      DATABASE_URL: postgresql://postgres:postgres@localhost:5432/test
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
        ports: ["5432:5432"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install -e .[test]
      - run: pytest -q
""", None, "GitHub Actions secrets context; throwaway CI service container password")

add("blind-dk/helm/decoy-template", "charts/agency-portal/templates/deployment.yaml", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "agency-portal.fullname" . }}
spec:
  replicas: {{ .Values.replicaCount }}
  selector:
    matchLabels:
      app: {{ include "agency-portal.name" . }}
  template:
    metadata:
      labels:
        app: {{ include "agency-portal.name" . }}
    spec:
      containers:
        - name: portal
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          env:
            - name: SENDGRID_API_KEY
              valueFrom:
                secretKeyRef:
                  name: {{ .Values.sendgrid.existingSecret }}
                  key: api-key
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{ .Values.database.existingSecret | default "portal-db" }}
                  key: password
""", None, "Helm chart template with secretKeyRef")

add("blind-dk/k8s/decoy-external-secret", "k8s/epic-sync/external-secret.yaml", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: epic-sync-credentials
  namespace: integrations
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: azure-kv-integrations
  target:
    name: epic-sync-credentials
  data:
    - secretKey: EPIC_CLIENT_SECRET
      remoteRef:
        key: epic-api-client-secret
    - secretKey: EPIC_CLIENT_ID
      remoteRef:
        key: epic-api-client-id
""", None, "External Secrets Operator ExternalSecret")

_enc = [public_b64(400) + "=" * 0 for _ in range(3)]
add("blind-dk/k8s/decoy-sealed-secret", "k8s/sealed/ivans-download-sealed.yaml", f"""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: ivans-download
  namespace: carrier-downloads
spec:
  encryptedData:
    IVANS_ACCOUNT: Ag{_enc[0]}
    IVANS_USER_ID: Ag{_enc[1]}
    IVANS_PASSWORD: Ag{_enc[2]}
  template:
    metadata:
      name: ivans-download
      namespace: carrier-downloads
    type: Opaque
""", None, "Bitnami Sealed Secrets (encryptedData, sealed with the controller's public key)")

def _sops(n: int) -> str:
    return f"ENC[AES256_GCM,data:{public_b64(n)}=,iv:{public_b64(43)}=,tag:{public_b64(22)}==,type:str]"

add("blind-dk/sops/decoy-encrypted", "secrets/prod.enc.yaml", f"""ezlynx:
    username: {_sops(40)}
    password: {_sops(20)}
hawksoft:
    partner_secret: {_sops(52)}
sops:
    kms: []
    age:
        - recipient: age1{chars(58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            {public_b64(64)}
            {public_b64(64)}
            {public_b64(40)}
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-04-22T14:03:11Z"
    mac: {_sops(60)}
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", None, "SOPS encrypted YAML (ENC[AES256_GCM,...] values)")

_vault = [hexs(80) for _ in range(8)]
_vault_lines = "\n".join("          " + v for v in _vault)
add("blind-dk/ansible/decoy-vault-encrypted", "ansible/group_vars/all/vault.yml", f"""---
vault_epic_sql_sa_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
{_vault_lines}
vault_ivans_password: "{{{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/ivans:password') }}}}"
""", None, "Ansible Vault encrypted variable; hashi_vault lookup")

add("blind-dk/acord-xml/decoy-masked", "samples/acord/HomePolicyQuoteInqRq-redacted.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- captured from the rater log; credentials redacted before committing -->
<ACORD>
  <SignonRq>
    <SignonPswd>
      <CustId>
        <SPName>com.harborviewins</SPName>
        <CustLoginId>HVIA_RATER</CustLoginId>
      </CustId>
      <CustPswd>
        <EncryptionTypeCd>NONE</EncryptionTypeCd>
        <Pswd>********</Pswd>
      </CustPswd>
    </SignonPswd>
    <ClientDt>2024-05-03T09:41:12</ClientDt>
    <CustLangPref>en-US</CustLangPref>
  </SignonRq>
  <InsuranceSvcRq>
    <RqUID>{uuid_s()}</RqUID>
    <HomePolicyQuoteInqRq>
      <RqUID>{uuid_s()}</RqUID>
      <TransactionRequestDt>2024-05-03</TransactionRequestDt>
      <CurCd>USD</CurCd>
      <HomeLineBusiness>
        <LOBCd>HOME</LOBCd>
        <Dwell LocationRef="L1">
          <PolicyTypeCd>03</PolicyTypeCd>
          <Construction>
            <ConstructionCd>F</ConstructionCd>
            <YearBuilt>1998</YearBuilt>
          </Construction>
          <BldgProtection>
            <FireProtectionClassCd>4</FireProtectionClassCd>
          </BldgProtection>
        </Dwell>
      </HomeLineBusiness>
    </HomePolicyQuoteInqRq>
  </InsuranceSvcRq>
</ACORD>
""", None, "ACORD P&C XML with a masked Pswd")

add("blind-dk/acord-xml/decoy-policy-response", "samples/acord/PersAutoPolicyAddRs.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<ACORD>
  <SignonRs>
    <Status><StatusCd>0</StatusCd><StatusDesc>Success</StatusDesc></Status>
    <ServerDt>2024-05-02T10:15:04</ServerDt>
    <Language>en-US</Language>
  </SignonRs>
  <InsuranceSvcRs>
    <RqUID>{uuid_s()}</RqUID>
    <PersAutoPolicyAddRs>
      <RqUID>{uuid_s()}</RqUID>
      <MsgStatus><MsgStatusCd>Success</MsgStatusCd></MsgStatus>
      <PersPolicy>
        <PolicyNumber>PA{_rng().randint(10**9, 10**10 - 1)}</PolicyNumber>
        <LOBCd>AUTOP</LOBCd>
        <NAICCd>24260</NAICCd>
        <ContractTerm>
          <EffectiveDt>2024-06-01</EffectiveDt>
          <ExpirationDt>2024-12-01</ExpirationDt>
        </ContractTerm>
        <CurrentTermAmt><Amt>912.00</Amt></CurrentTermAmt>
      </PersPolicy>
      <PersAutoLineBusiness>
        <PersVeh id="V1">
          <VehIdentificationNumber>{vin()}</VehIdentificationNumber>
          <FullTermAmt><Amt>512.00</Amt></FullTermAmt>
        </PersVeh>
        <PersVeh id="V2">
          <VehIdentificationNumber>{vin()}</VehIdentificationNumber>
          <FullTermAmt><Amt>400.00</Amt></FullTermAmt>
        </PersVeh>
      </PersAutoLineBusiness>
    </PersAutoPolicyAddRs>
  </InsuranceSvcRs>
</ACORD>
""", None, "ACORD P&C XML response (RqUID, PolicyNumber, NAICCd, VINs)")

add("blind-dk/soap-xml/decoy-password-digest", "soap/ams360-GetPolicy-digest.xml", f"""<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:ws="http://www.WSAPI.AMS360.com/v3.0">
  <soapenv:Header>
    <wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
                   xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">
      <wsse:UsernameToken wsu:Id="UsernameToken-{hexs(32, True)}">
        <wsse:Username>8841207\\SYNCSVC</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">{b64(hexs(20))[:27]}=</wsse:Password>
        <wsse:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">{public_b64(22)}==</wsse:Nonce>
        <wsu:Created>2024-05-02T15:12:09.418Z</wsu:Created>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <ws:GetPolicy>
      <ws:Request><ws:PolicyId>{uuid_s()}</ws:PolicyId></ws:Request>
    </ws:GetPolicy>
  </soapenv:Body>
</soapenv:Envelope>
""", None, "OASIS WS-Security UsernameToken PasswordDigest with Nonce (replay-limited digest, no password)")

add("blind-dk/markdown/decoy-docs-placeholder", "docs/api/ezlynx.md", """# EZLynx API notes

All calls need the agency API key in the `x-api-key` header.

```bash
curl -s https://api.ezlynx.com/v2/applicants/123456 \\
  -H "x-api-key: YOUR_API_KEY" \\
  -H "Accept: application/json"
```

In code, read it from the environment:

```python
api_key = os.environ["EZLYNX_API_KEY"]
```

Keys are issued per agency by EZLynx support; ask Marcus for access to the 1Password item
`EZLynx API (prod)`. Never paste the key in tickets.
""", None, "API notes with YOUR_API_KEY placeholder and environment lookups")

add("blind-dk/markdown/decoy-aws-doc-example", "docs/aws-backup.md", """# S3 backup of policy documents

Configure the CLI on the scan server with the `hv-docs` profile:

```
$ aws configure --profile hv-docs
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: us-east-2
Default output format [None]: json
```

(The values above are the AWS documentation examples - use the keys from the
`AWS hv-docs` item in 1Password.)

Bucket: `harborview-policy-docs`, lifecycle: Glacier after 365 days, delete after 7 years.
""", None, "AWS CLI User Guide example access key (AKIAIOSFODNN7EXAMPLE)")

def _integrity() -> str:
    return "sha512-" + public_b64(86) + "=="

add("blind-dk/package-lock/decoy-integrity", "web/package-lock.json", f"""{{
  "name": "harborview-web",
  "version": "3.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {{
    "": {{
      "name": "harborview-web",
      "version": "3.4.0",
      "dependencies": {{
        "@hubspot/api-client": "^11.1.0",
        "next": "14.1.4"
      }}
    }},
    "node_modules/@hubspot/api-client": {{
      "version": "11.1.0",
      "resolved": "https://registry.npmjs.org/@hubspot/api-client/-/api-client-11.1.0.tgz",
      "integrity": "{_integrity()}"
    }},
    "node_modules/next": {{
      "version": "14.1.4",
      "resolved": "https://registry.npmjs.org/next/-/next-14.1.4.tgz",
      "integrity": "{_integrity()}"
    }},
    "node_modules/stripe": {{
      "version": "14.21.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-14.21.0.tgz",
      "integrity": "{_integrity()}"
    }}
  }}
}}
""", None, "npm package-lock.json integrity (SRI sha512)")

add("blind-dk/requirements/decoy-hashes", "etl/requirements.txt", f"""# generated by pip-compile --generate-hashes
pandas==2.2.1 \\
    --hash=sha256:{hexs(64)} \\
    --hash=sha256:{hexs(64)}
pyodbc==5.1.0 \\
    --hash=sha256:{hexs(64)}
sqlalchemy==2.0.29 \\
    --hash=sha256:{hexs(64)} \\
    --hash=sha256:{hexs(64)}
requests==2.31.0 \\
    --hash=sha256:{hexs(64)}
""", None, "pip hash-checking mode (--hash=sha256:)")

add("blind-dk/html/decoy-sri-analytics", "web/public/index.html", f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Harborview Insurance | Auto, Home & Business Insurance in Nashville</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="sha384-{public_b64(64)}" crossorigin="anonymous">
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2XV4R1M"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){{dataLayer.push(arguments);}}
    gtag('js', new Date());
    gtag('config', 'G-7QK2XV4R1M');
  </script>
  <!-- HubSpot embed code -->
  <script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/21874533.js"></script>
</head>
<body>
  <div id="quote-root" data-form-id="{uuid_s()}"></div>
  <script src="/static/quote.js" integrity="sha384-{public_b64(64)}" crossorigin="anonymous"></script>
</body>
</html>
""", None, "Subresource Integrity hashes; GA4 measurement id; HubSpot tracking code")

_pk = stripe_key("pk_live_")
add("blind-dk/javascript/decoy-publishable-key", "web/src/checkout.js", f"""import {{ loadStripe }} from '@stripe/stripe-js';

// publishable key: safe to ship to the browser (Stripe docs)
const stripePromise = loadStripe('{_pk}');

export async function mountPaymentForm(clientSecretFromServer) {{
  const stripe = await stripePromise;
  const elements = stripe.elements({{ clientSecret: clientSecretFromServer }});
  const payment = elements.create('payment');
  payment.mount('#payment-element');
  return {{ stripe, elements }};
}}
""", None, "Stripe publishable key (pk_live_), documented as public")

add("blind-dk/pem/decoy-public-key", "esign/keys/docusign_public.pem", cert_pem("PUBLIC KEY", 6) + "\n", None,
    "PEM public key (SubjectPublicKeyInfo) uploaded to DocuSign")

add("blind-dk/pem/decoy-certificate", "certs/ivans-sftp-ca.crt", cert_pem("CERTIFICATE", 18) + "\n", None,
    "X.509 certificate (PEM)")

def _ssh_pub(kind: str = "ssh-ed25519") -> str:
    body = "AAAAC3NzaC1lZDI1NTE5AAAAI" + public_b64(43) if kind == "ssh-ed25519" else "AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + public_b64(340)
    return f"{kind} {body}"

add("blind-dk/ssh/decoy-authorized-keys", "deploy/authorized_keys", f"""# deploy user on app01 - managed by ansible, one line per person
{_ssh_pub()} dale@hv-laptop-07
{_ssh_pub()} marcus@hv-laptop-11
{_ssh_pub("ssh-rsa")} jenkins@ci01
from="10.20.0.0/24" {_ssh_pub()} backup@nas01
""", None, "OpenSSH authorized_keys (public keys)")

add("blind-dk/ssh/decoy-known-hosts", "ops/carrier-downloads/known_hosts", f"""sftp.ivans.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{public_b64(43)}
sftp.ivans.com ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ{public_b64(200)}
sftp.westbendmutual.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB{public_b64(86)}=
sftp.auto-owners.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{public_b64(43)}
|1|{public_b64(27)}=|{public_b64(27)}= ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{public_b64(43)}
""", None, "OpenSSH known_hosts (host public keys, hashed host names)")

add("blind-dk/json/decoy-docusign-ids", "config/docusign.json", json.dumps({
    "environment": "production",
    "oauthBasePath": "account.docusign.com",
    "basePath": "https://na3.docusign.net/restapi",
    "integrationKey": uuid_s(),
    "impersonatedUserId": uuid_s(),
    "accountId": uuid_s(),
    "privateKeyPath": "/run/secrets/docusign_private_key",
    "templates": {"personalAutoApp": uuid_s(), "noLossLetter": uuid_s(), "umRejection": uuid_s()},
}, indent=2) + "\n", None, "DocuSign JWT grant settings: ids only, key read from a mounted secret")

_log = []
for _i in range(8):
    _log.append(f"2024-05-02 06:{10 + _i * 3:02d}:{_rng().randint(10, 59)} INFO  download file={hexs(8, True)}.AL3 carrier={_rng().choice(['AUTOOWN', 'WESTFLD', 'PROGR', 'CINFIN'])} sha256={hexs(64)} bytes={_rng().randint(2000, 90000)}")
_logs = "\n".join(_log)
add("blind-dk/log/decoy-download-log", "logs/carrier-download-2024-05-02.log", f"""2024-05-02 06:00:01 INFO  poller start run_id={uuid_s()}
2024-05-02 06:00:02 INFO  connect sftp.ivans.com user=hvia01 auth=publickey
{_logs}
2024-05-02 06:40:12 WARN  duplicate transaction skipped rquid={uuid_s()}
2024-05-02 06:40:13 INFO  poller done files=8 errors=0
""", None, "Application log with file hashes and request ids")

_shas = [hexs(40) for _ in range(6)]
add("blind-dk/markdown/decoy-changelog-shas", "CHANGELOG.md", f"""# Changelog

## 2.8.1 - 2024-04-30
- Fix AL3 5BPI segment parsing for Westfield endorsements ({_shas[0][:7]})
- Retry IVANS downloads on 421 ({_shas[1][:7]})

## 2.8.0 - 2024-04-12
- ACORD XML 1.39 schema support ([{_shas[2]}](https://github.com/harborview-ins/carrier-download/commit/{_shas[2]}))
- HawkSoft import folder per office ({_shas[3][:7]})

## 2.7.3 - 2024-03-01
- Build {_shas[4]}
- Revert premium rounding change ({_shas[5][:7]})
""", None, "Changelog with git commit SHAs")

add("blind-dk/scss/decoy-colours", "web/src/styles/theme.scss", """// Harborview brand palette
$hv-navy: #0b2545;
$hv-teal: #13a89e;
$hv-sand: #f4e9d8;
$hv-coral: #ee6c4d;
$hv-slate: #3d5a80;
$hv-grey-100: #f5f7fa;
$hv-grey-900: #1b1f23;

.quote-cta {
  background: linear-gradient(135deg, $hv-teal 0%, #0e7c74 100%);
  color: #ffffff;
  border-radius: 6px;
}
""", None, "SCSS colour codes")

add("blind-dk/python/decoy-test-dummy", "tests/test_ams360_client.py", """from unittest import mock

import pytest

from sync.ams360 import Ams360Client

DUMMY_PASSWORD = "not-a-real-password"  # test double only, never sent anywhere


@pytest.fixture
def client():
    with mock.patch("sync.ams360.WSAPIService") as service:
        service.return_value.Authenticate.return_value = mock.Mock(Token="token-for-tests")
        yield Ams360Client(agency_no="0000000", login_id="TEST", password=DUMMY_PASSWORD)


def test_authenticate_caches_token(client):
    assert client.token() == "token-for-tests"
    assert client.token() == "token-for-tests"


def test_password_is_not_logged(client, caplog):
    client.token()
    assert DUMMY_PASSWORD not in caplog.text
""", None, "pytest fixture with a dummy password marked as a test double")

add("blind-dk/json/decoy-quote-fixture", "tests/fixtures/ezlynx_quote_response.json", json.dumps({
    "applicantId": 12345678,
    "quoteExecutionId": uuid_s(),
    "results": [
        {"carrier": "Progressive", "premium": 912.0, "term": 6, "quoteNumber": f"Q{_rng().randint(10**8, 10**9)}", "bridgeUrl": "https://example.invalid/bridge/abc"},
        {"carrier": "Safeco", "premium": 1004.5, "term": 6, "quoteNumber": f"SQ-{hexs(10, True)}", "bridgeUrl": None},
        {"carrier": "Travelers", "premium": None, "term": 6, "error": "Declined: prior carrier lapse"},
    ],
    "vehicles": [{"vin": vin(), "year": 2019}, {"vin": vin(), "year": 2022}],
}, indent=2) + "\n", None, "Test fixture: rater response with quote ids and VINs")

add("blind-dk/markdown/decoy-masked-rotation", "docs/runbooks/rotate-carrier-passwords.md", """# Rotating shared carrier passwords

1. Log in to the carrier portal with the current password from 1Password
   (`op://Agency Shared/Progressive FAO/password`).
2. Change it; the portal requires 12+ characters, one symbol, no reuse of the last 10.
3. Update 1Password, then the download robot secret:

   ```bash
   op read "op://Agency Shared/Progressive FAO/password" | \\
     kubectl -n robots create secret generic progressive-portal --from-file=password=/dev/stdin \\
     --dry-run=client -o yaml | kubectl apply -f -
   ```

4. Confirm the robot log shows `login ok user=hvia_docs password=********`.

Last rotation: 2024-03-04 by Tammy (old value `Prog********24` retired).
""", None, "Runbook with 1Password op:// references and masked values")

add("blind-dk/powershell/decoy-keyvault-lookup", "scripts/Get-EpicSecret.ps1", """param([string] $Name = 'EpicSdkAuthKey')

# reads integration secrets from Key Vault with the signed-in admin's identity
Connect-AzAccount -Identity | Out-Null
$secret = Get-AzKeyVaultSecret -VaultName 'kv-hv-integrations' -Name $Name -AsPlainText

if (-not $secret) {
    throw "Secret $Name not found in kv-hv-integrations"
}
[Environment]::SetEnvironmentVariable('EPIC_AUTH_KEY', $secret, 'Process')
Write-Host "Loaded $Name (length $($secret.Length))"
""", None, "Az.KeyVault Get-AzKeyVaultSecret lookup")

add("blind-dk/shell/decoy-secrets-manager", "scripts/load_env.sh", """#!/usr/bin/env bash
# exports the quote-intake secrets from AWS Secrets Manager into the current shell
set -euo pipefail

SECRET_JSON=$(aws secretsmanager get-secret-value \\
  --secret-id prod/quote-intake \\
  --query SecretString --output text)

export EZLYNX_PASSWORD=$(jq -r .ezlynx_password <<<"$SECRET_JSON")
export HUBSPOT_PRIVATE_APP_TOKEN=$(jq -r .hubspot_token <<<"$SECRET_JSON")
export DATABASE_URL="postgresql://leads:${DB_PASSWORD:?set DB_PASSWORD}@db:5432/leads"
echo "loaded $(jq 'keys | length' <<<"$SECRET_JSON") secrets"
""", None, "AWS CLI secretsmanager get-secret-value; shell parameter expansion")

add("blind-dk/terraform/decoy-random-password", "infra/keyvault.tf", """resource "random_password" "epic_sync_sql" {
  length           = 32
  special          = true
  override_special = "!#%*-_"
}

resource "azurerm_key_vault_secret" "epic_sync_sql" {
  name         = "epic-sync-sql-admin"
  value        = random_password.epic_sync_sql.result
  key_vault_id = data.azurerm_key_vault.integrations.id
}

data "azurerm_key_vault" "integrations" {
  name                = "kv-hv-integrations"
  resource_group_name = "rg-shared-prod"
}
""", None, "Terraform random_password and azurerm_key_vault_secret")

add("blind-dk/terraform/decoy-sensitive-variables", "infra/telephony/variables.tf", """variable "twilio_account_sid" {
  type        = string
  description = "Twilio account SID (AC...)"
}

variable "twilio_auth_token" {
  type        = string
  sensitive   = true
  description = "Twilio auth token; pass with TF_VAR_twilio_auth_token, never in a tfvars file"
}

variable "ivr_main_number" {
  type    = string
  default = "+16155550142"
}
""", None, "Terraform sensitive input variables without defaults")

add("blind-dk/cloudformation/decoy-dynamic-reference", "cloudformation/quote-api.yaml", """AWSTemplateFormatVersion: "2010-09-09"
Description: quote-api on ECS Fargate

Parameters:
  ImageTag:
    Type: String

Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: quote-api
      RequiresCompatibilities: [FARGATE]
      Cpu: "512"
      Memory: "1024"
      NetworkMode: awsvpc
      ContainerDefinitions:
        - Name: api
          Image: !Sub "418273650912.dkr.ecr.us-east-2.amazonaws.com/quote-api:${ImageTag}"
          Environment:
            - Name: DB_PASSWORD
              Value: "{{resolve:secretsmanager:prod/quote-api:SecretString:db_password}}"
          Secrets:
            - Name: BOLD_PENGUIN_API_KEY
              ValueFrom: arn:aws:secretsmanager:us-east-2:418273650912:secret:prod/bold-penguin-Xk2f9A
""", None, "CloudFormation dynamic references (resolve:secretsmanager) and ECS secrets")

add("blind-dk/htpasswd/decoy-hashes", "nginx/.htpasswd", f"""dale:$apr1${chars(8, ALNUM)}${public_b64(22).replace('+', '.')}
tammy:$2y$10${public_b64(53).replace('+', '.')}
marcus:$2y$10${public_b64(53).replace('+', '.')}
robot:{{SHA}}{public_b64(27)}=
staging:$apr1${chars(8, ALNUM)}${public_b64(22).replace('+', '.')}
""", None, "Apache htpasswd hashes (apr1, bcrypt)")

add("blind-dk/ios-cfg/decoy-hashed-secrets", "network/branch-rtr.cfg", f"""!
hostname HV-BRANCH-RTR
!
enable secret 9 $9${chars(14, ALNUM + './')}${chars(43, ALNUM + './')}
!
username hvadmin privilege 15 secret 9 $9${chars(14, ALNUM + './')}${chars(43, ALNUM + './')}
!
interface GigabitEthernet0/1
 description LAN - Franklin office
 ip address 10.30.0.1 255.255.255.0
!
ip ssh version 2
line vty 0 4
 login local
 transport input ssh
!
end
""", None, "Cisco IOS type 9 (scrypt) secret hashes")

add("blind-dk/yealink-cfg/decoy-common", "provisioning/yealink/y000000000000.cfg", """#!version:1.0.0.1
## common settings for all T54W phones (no account credentials here; those are per-MAC files
## generated by provision.py from the PBX)
local_time.time_zone = -6
local_time.time_zone_name = United States-Central Time
local_time.ntp_server1 = pool.ntp.org
static.auto_provision.server.url = https://prov.harborview.local/yealink/
static.auto_provision.repeat.enable = 1
features.intercom.allow = 1
phone_setting.backlight_time = 60
lang.gui = English
""", None, "Yealink common config (no credentials)")

add("blind-dk/pjsip-conf/decoy-template", "telephony/asterisk/pjsip.conf.tmpl", """; rendered by envsubst in the container entrypoint
[trunk-auth]
type=auth
auth_type=userpass
username=${TRUNK_USERNAME}
password=${TRUNK_PASSWORD}

[trunk]
type=endpoint
context=from-trunk
disallow=all
allow=ulaw
outbound_auth=trunk-auth
aors=trunk
""", None, "Asterisk PJSIP template with ${VAR} placeholders")

add("blind-dk/sql/decoy-sqlcmd-variable", "db/migrations/V13__create_gateway_login.sql", """-- run with: sqlcmd -v GatewayPassword="..." -i V13__create_gateway_login.sql
-- the password comes from Key Vault in the release pipeline
USE [master];
GO
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'acord_gateway')
    CREATE LOGIN [acord_gateway] WITH PASSWORD = N'$(GatewayPassword)', CHECK_POLICY = ON;
GO
USE [AcordGateway];
GO
CREATE USER [acord_gateway] FOR LOGIN [acord_gateway];
ALTER ROLE [db_datawriter] ADD MEMBER [acord_gateway];
GO
""", None, "sqlcmd scripting variables $(var)")

add("blind-dk/sql/decoy-carrier-seed", "db/seed/010_carriers.sql", """-- carrier reference data: NAIC company codes and IVANS/AL3 company codes
INSERT INTO carrier (code, name, naic, al3_company_code, download_format) VALUES
  ('AUTOOWN', 'Auto-Owners Insurance Company',      '18988', '0881', 'AL3'),
  ('WESTFLD', 'Westfield Insurance Company',        '24112', '7120', 'AL3'),
  ('PROGR',   'Progressive Casualty Insurance Co.', '24260', 'PROG', 'XML'),
  ('CINFIN',  'The Cincinnati Insurance Company',   '10677', '0152', 'AL3'),
  ('SAFECO',  'Safeco Insurance Company of America','24740', 'SAFE', 'XML');

INSERT INTO lob (code, description) VALUES
  ('AUTOP', 'Personal Auto'), ('HOME', 'Homeowners'), ('CPKG', 'Commercial Package'),
  ('WORK', 'Workers Compensation'), ('UMBRL', 'Umbrella');
""", None, "SQL seed of carrier NAIC and AL3 company codes")

add("blind-dk/notebook/decoy-env-credentials", "notebooks/book_of_business_summary.ipynb", notebook([
    ("markdown", ["# Book of business summary", "Credentials come from the environment (`AMS_RPT_USER`, `AMS_RPT_PASSWORD`)."]),
    ("code", ["import os", "import pandas as pd", "from sqlalchemy import create_engine", "from sqlalchemy.engine import URL", "",
              "url = URL.create('mssql+pyodbc', username=os.environ['AMS_RPT_USER'], password=os.environ['AMS_RPT_PASSWORD'],",
              "                 host='ams360-rpt.harborview.local', database='AMS360Reporting',",
              "                 query={'driver': 'ODBC Driver 18 for SQL Server', 'TrustServerCertificate': 'yes'})",
              "engine = create_engine(url)"]),
    ("code", ["pd.read_sql('SELECT TOP 5 PolNo, WritingCompanyCode, WrittenPremium FROM rpt.InForce', engine)"],
     stream(["       PolNo WritingCompanyCode  WrittenPremium", f"0  {_rng().randint(10**9, 10**10)}               AUTOOWN         1320.00",
             f"1  PA{_rng().randint(10**9, 10**10)}              PROGR          912.00"])),
]), None, "Jupyter notebook reading credentials from os.environ")

add("blind-dk/csharp/decoy-options-class", "src/Harborview.Epic/EpicOptions.cs", """using System.ComponentModel.DataAnnotations;

namespace Harborview.Epic;

public sealed class EpicOptions
{
    public const string Section = "EpicSdk";

    [Required, Url]
    public string Endpoint { get; set; } = string.Empty;

    [Required]
    public string DatabaseName { get; set; } = string.Empty;

    /// <summary>Bound from Key Vault (EpicSdkAuthKey); never set in appsettings.</summary>
    [Required]
    public string AuthenticationKey { get; set; } = string.Empty;

    public int TimeoutSeconds { get; set; } = 120;
}
""", None, "ASP.NET Core options pattern class (no values)")

add("blind-dk/csharp/decoy-guid-constants", "src/Quoting/EpicLookupIds.cs", f"""namespace Harborview.Quoting;

/// <summary>Applied Epic lookup ids for our structure (Agency / Branch / Department).</summary>
public static class EpicLookupIds
{{
    public static readonly Guid AgencyHarborview = new("{uuid_s()}");
    public static readonly Guid BranchNashville = new("{uuid_s()}");
    public static readonly Guid BranchFranklin = new("{uuid_s()}");
    public static readonly Guid DepartmentPersonalLines = new("{uuid_s()}");
    public static readonly Guid DepartmentCommercial = new("{uuid_s()}");
    public static readonly Guid ActivityCodeQuoteFollowUp = new("{uuid_s()}");
}}
""", None, "GUIDs used as record ids")

add("blind-dk/spring-yaml/decoy-placeholders", "acord-gateway/src/main/resources/application.yml", """spring:
  application:
    name: acord-gateway
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:5432/acord
    username: ${DB_USER:acord_gw}
    password: ${DB_PASSWORD}
  jpa:
    open-in-view: false

ivans:
  host: sftp.ivans.com
  user: ${IVANS_USER}
  password: ${IVANS_PASSWORD}
  private-key-path: ${IVANS_KEY_PATH:/run/secrets/ivans_sftp_ed25519}
""", None, "Spring property placeholders ${...}")

add("blind-dk/java/decoy-constants", "acord-gateway/src/main/java/com/harborview/acord/AcordElements.java", """package com.harborview.acord;

/** Element names of the ACORD P&C XML SignonRq we read and write. */
public final class AcordElements {
    public static final String SIGNON_RQ = "SignonRq";
    public static final String SIGNON_PSWD = "SignonPswd";
    public static final String CUST_LOGIN_ID = "CustLoginId";
    public static final String PASSWORD = "Pswd";
    public static final String ENCRYPTION_TYPE = "EncryptionTypeCd";
    public static final String API_KEY_HEADER = "x-api-key";
    public static final String MASK = "********";

    private AcordElements() {
    }
}
""", None, "Java constants naming credential fields (no values)")

add("blind-dk/typescript/decoy-env-schema", "src/config/env.ts", """import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']),
  EZLYNX_API_KEY: z.string().min(20),
  HUBSPOT_PRIVATE_APP_TOKEN: z.string().startsWith('pat-'),
  STRIPE_SECRET_KEY: z.string().startsWith('sk_'),
  DATABASE_URL: z.string().url(),
});

export const env = schema.parse(process.env);
export type Env = z.infer<typeof schema>;
""", None, "zod schema validating process.env (prefixes only)")

add("blind-dk/markdown/decoy-masked-key", "docs/integrations/callrail.md", f"""# CallRail integration

- Account: Harborview Insurance (account id `ACC{hexs(32)}`)
- API key: `••••••••••••••••••••••••••••a41c` (owner: Marcus; stored in 1Password)
- Webhook: post-call webhook -> `https://hooks.harborviewins.com/callrail/post-call`

Tracking numbers:

| Source | Number | Swap target |
|---|---|---|
| Google Ads | (615) 555-0177 | main line |
| Website organic | (615) 555-0178 | main line |
| Yelp | (615) 555-0179 | Franklin office |

Webhook signatures are verified with the signing key from the same 1Password item.
""", None, "Runbook with a masked API key and account id")

add("blind-dk/dockerfile/decoy-build-secret", "docker/quote-worker/Dockerfile", """# syntax=docker/dockerfile:1.7
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml .
RUN --mount=type=secret,id=pip_index_url \\
    PIP_INDEX_URL="$(cat /run/secrets/pip_index_url)" pip wheel --wheel-dir /wheels .

FROM python:3.11-slim
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl
ENV PYTHONUNBUFFERED=1
ARG BOLD_PENGUIN_API_KEY
USER 1000
CMD ["quote-worker"]
""", None, "Dockerfile BuildKit secret mounts")

add("blind-dk/compose/decoy-changeme-default", "docker-compose.dev.yml", """# local development only
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: leads
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-changeme}
      POSTGRES_DB: leads
    ports:
      - "5432:5432"
  mailpit:
    image: axllent/mailpit
    ports:
      - "8025:8025"
      - "1025:1025"
""", None, "Compose variable interpolation with a changeme default")

add("blind-dk/php/decoy-wp-config-sample", "wp-config-sample.php", """<?php
/**
 * The base configuration for WordPress
 */
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
""", None, "WordPress wp-config-sample.php placeholders")

add("blind-dk/npmrc/decoy-env-token", "packages/acord-utils/.npmrc", """@harborview:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
# token comes from the CI job (GITHUB_TOKEN) or `gh auth token` locally
always-auth=true
save-exact=true
""", None, "npm config environment variable substitution")

add("blind-dk/pypirc/decoy-placeholder", "packages/acord-py/.pypirc.example", """# copy to ~/.pypirc; create a project-scoped token at https://pypi.org/manage/account/token/
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = <pypi-api-token>
""", None, ".pypirc example with a placeholder token")

add("blind-dk/makefile/decoy-op-read", "Makefile", """.PHONY: run test deploy

run:
\tEZLYNX_API_KEY=$$(op read "op://Integrations/EZLynx API/credential") \\
\tHAWKSOFT_PARTNER_SECRET=$$(op read "op://Integrations/HawkSoft partner/password") \\
\tpython -m quote_intake

test:
\tpytest -q

deploy:
\t./scripts/deploy.sh $(ENV)
""", None, "Makefile reading secrets with the 1Password CLI (op read)")

add("blind-dk/markdown/decoy-al3-notes", "docs/acord-al3-notes.md", """# AL3 download notes

AL3 records are fixed-width; each starts with a group code and length:

| Group | Meaning | Example |
|---|---|---|
| 1MHG | message header | `1MHG218 0881    HVIA01  ...` |
| 2TRG | transaction header | `2TRG200 5PAUTOP PCH ...` |
| 5BPI | basic policy info | `5BPI328 PA4471882019 ...` |
| 6CVA | vehicle coverage | `6CVA180 BI   100000300000 ...` |

- IVANS mailbox id `HVIA01`, AL3 company code for Auto-Owners `0881`.
- Files are named `<company><yyddd><seq>.AL3`, e.g. `0881241230001.AL3`.
- The checksum line at the end is `9EOM` followed by a record count.
""", None, "ACORD AL3 record layout notes (group codes, mailbox id)")

add("blind-dk/powershell/decoy-installer-checksum", "scripts/Install-EpicClient.ps1", f"""# installs the Applied Epic client on CSR workstations after checking the download
$msi = '\\\\FS01\\Software\\AppliedEpic\\AppliedEpicClient_2023.2.0.msi'
$expected = '{hexs(64, True)}'

$actual = (Get-FileHash -Path $msi -Algorithm SHA256).Hash
if ($actual -ne $expected) {{
    throw "Checksum mismatch for $msi ($actual)"
}}

Start-Process msiexec.exe -ArgumentList "/i `"$msi`" /qn /norestart" -Wait
Write-Host 'Applied Epic client installed'
""", None, "Get-FileHash SHA256 checksum verification")

add("blind-dk/pre-commit/decoy-revs", ".pre-commit-config.yaml", f"""repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: {hexs(40)}  # frozen: v4.6.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
      - id: detect-private-key
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: {hexs(40)}  # frozen: v0.4.2
    hooks:
      - id: ruff
      - id: ruff-format
""", None, "pre-commit frozen revs (commit SHAs)")

add("blind-dk/go-sum/decoy-hashes", "go.sum", f"""github.com/kr/fs v0.1.0 h1:{public_b64(43)}=
github.com/kr/fs v0.1.0/go.mod h1:{public_b64(43)}=
github.com/pkg/sftp v1.13.6 h1:{public_b64(43)}=
github.com/pkg/sftp v1.13.6/go.mod h1:{public_b64(43)}=
golang.org/x/crypto v0.22.0 h1:{public_b64(43)}=
golang.org/x/crypto v0.22.0/go.mod h1:{public_b64(43)}=
golang.org/x/sys v0.19.0 h1:{public_b64(43)}=
""", None, "Go checksum database go.sum (h1: hashes)")

add("blind-dk/terraform/decoy-lock-hashes", "infra/.terraform.lock.hcl", f"""# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/azurerm" {{
  version     = "3.99.0"
  constraints = "~> 3.90"
  hashes = [
    "h1:{public_b64(43)}=",
    "zh:{hexs(64)}",
    "zh:{hexs(64)}",
    "zh:{hexs(64)}",
  ]
}}

provider "registry.terraform.io/hashicorp/random" {{
  version = "3.6.1"
  hashes = [
    "h1:{public_b64(43)}=",
    "zh:{hexs(64)}",
  ]
}}
""", None, "Terraform dependency lock file hashes")

add("blind-dk/yaml/decoy-twilio-sids", "config/twilio.yaml", f"""# Twilio identifiers (not secrets); the auth token is TWILIO_AUTH_TOKEN in the service env
account_sid: AC{hexs(32)}
messaging_service_sid: MG{hexs(32)}
studio_flow_sid: FW{hexs(32)}
phone_numbers:
  main: "+16155550142"
  texting: "+16155550150"
auth_token: ${{TWILIO_AUTH_TOKEN}}
""", None, "Twilio SIDs (identifiers) with the token from the environment")

_ck = "3MVG9" + chars(80, ALNUM + "._")
add("blind-dk/yaml/decoy-salesforce-client-id", "config/salesforce.yml", f"""# connected app "Epic Sync" - JWT bearer flow (consumer key is the client id, not a secret)
salesforce:
  login_url: https://login.salesforce.com
  consumer_key: {_ck}
  username: integration@harborviewins.com.fsc
  private_key_file: /run/secrets/sf_jwt_key
  api_version: "60.0"
""", None, "Salesforce connected app consumer key (OAuth client id) with key file reference")

_sig_lines = "\n".join(f"2024-05-02T14:{_i:02d}:{_rng().randint(10, 59)}Z POST /twilio/sms-status CallSid=CA{hexs(32)} status=delivered X-Twilio-Signature={public_b64(27)}= verified=true" for _i in range(6))
add("blind-dk/log/decoy-webhook-signatures", "logs/twilio-webhook.log", f"""2024-05-02T14:00:00Z INFO webhook listener up on :8443
{_sig_lines}
2024-05-02T14:07:12Z WARN signature mismatch from 203.0.113.50 (dropped)
""", None, "Twilio webhook request signatures (HMAC) and SIDs in a log")

add("blind-dk/dotenv/decoy-public-only", "web/.env.production", f"""# public, browser-visible settings only (NEXT_PUBLIC_*); server secrets are set in Vercel
NEXT_PUBLIC_SITE_URL=https://www.harborviewins.com
NEXT_PUBLIC_HUBSPOT_PORTAL_ID=21874533
NEXT_PUBLIC_GA_ID=G-7QK2XV4R1M
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY={stripe_key("pk_live_")}
NEXT_PUBLIC_RECAPTCHA_SITE_KEY=6L{chars(38, ALNUM + '-_')}
""", None, "Next.js NEXT_PUBLIC_ values: publishable and site keys")

_vins = [vin() for _ in range(6)]
add("blind-dk/python/decoy-vin-tests", "tests/test_vin_decoder.py", f"""import pytest

from quoting.vin import check_digit_ok, model_year

VALID = [
    "{_vins[0]}",
    "{_vins[1]}",
    "{_vins[2]}",
]


@pytest.mark.parametrize("vin", VALID)
def test_length(vin):
    assert len(vin) == 17


def test_model_year_letter():
    assert model_year("{_vins[3]}") in range(1980, 2040)


def test_rejects_ioq():
    assert not check_digit_ok("{_vins[4][:10]}IOQ{_vins[4][13:]}")
""", None, "Unit tests with VINs")

_rows = "\n".join(f"{_rng().choice(['PA', 'HO', 'CPP', 'WC'])}{_rng().randint(10**7, 10**8)},{_rng().choice(['AUTOOWN', 'PROGR', 'WESTFLD'])},{_rng().randint(400, 9000)}.00,2024-{_rng().randint(1, 12):02d}-01,{vin()},{hexs(12)}" for _ in range(8))
add("blind-dk/csv/decoy-sample-policies", "data/sample_policies.csv", f"""policy_number,carrier,premium,effective,vin,client_hash
{_rows}
""", None, "Synthetic policy CSV with VINs and hashed client ids")

add("blind-dk/sops/decoy-age-recipients", ".sops.yaml", f"""creation_rules:
  - path_regex: secrets/prod\\..*\\.yaml$
    age: >-
      age1{chars(58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')},
      age1{chars(58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}
  - path_regex: secrets/staging\\..*\\.yaml$
    azure_keyvault: https://kv-hv-integrations.vault.azure.net/keys/sops-key/{hexs(32)}
""", None, "SOPS creation rules with age public recipients")

_pgp_rows = "\n".join(public_b64(64) for _ in range(10))
add("blind-dk/pgp/decoy-public-key-block", "keys/agency-ops.pub.asc", f"""-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: Harborview Agency Ops <agencyops@harborviewins.com> (for carrier loss-run files)

mQINBG{public_b64(58)}
{_pgp_rows}
={public_b64(4)}
-----END PGP PUBLIC KEY BLOCK-----
""", None, "OpenPGP public key block (RFC 4880 armor)")

add("blind-dk/dns-zone/decoy-verification", "dns/harborviewins.com.zone", f"""$ORIGIN harborviewins.com.
$TTL 3600
@       IN SOA  ns1.dnsimple.com. admin.dnsimple.com. 2024050201 3600 600 604800 300
@       IN MX   0 harborviewins-com.mail.protection.outlook.com.
@       IN TXT  "v=spf1 include:spf.protection.outlook.com include:sendgrid.net include:servers.mcsv.net -all"
@       IN TXT  "google-site-verification={chars(43, ALNUM + '-_')}"
@       IN TXT  "MS=ms{_rng().randint(10**7, 10**8)}"
@       IN TXT  "hubspot-developer-verification={b64(hexs(30))}"
s1._domainkey IN CNAME s1.domainkey.u{_rng().randint(10**7, 10**8)}.wl.sendgrid.net.
k1._domainkey IN TXT "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ{public_b64(150)}IDAQAB"
www     IN CNAME cname.vercel-dns.com.
""", None, "DNS zone: SPF, DKIM public key, domain verification tokens")

add("blind-dk/azure-pipelines/decoy-variable-group", "pipelines/release.yml", """trigger: none

variables:
  - group: epic-sync-prod        # linked to kv-hv-integrations
  - name: buildConfiguration
    value: Release

stages:
  - stage: Deploy
    jobs:
      - deployment: EpicSync
        environment: prod
        strategy:
          runOnce:
            deploy:
              steps:
                - task: SqlAzureDacpacDeployment@1
                  inputs:
                    azureSubscription: hv-prod
                    ServerName: hv-sql.database.windows.net
                    DatabaseName: EpicSync
                    SqlUsername: $(EpicSyncSqlUser)
                    SqlPassword: $(EpicSyncSqlPassword)
                    DacpacFile: $(Pipeline.Workspace)/drop/EpicSync.dacpac
""", None, "Azure Pipelines variable group macro references $(var)")

add("blind-dk/jenkinsfile/decoy-with-credentials", "jenkins/Jenkinsfile.deploy", """pipeline {
    agent { label 'linux' }
    environment {
        DEPLOY_HOST = 'app01.harborview.local'
    }
    stages {
        stage('Deploy') {
            steps {
                withCredentials([sshUserPrivateKey(credentialsId: 'deploy-app01', keyFileVariable: 'KEY'),
                                 string(credentialsId: 'ivans-password', variable: 'IVANS_PASSWORD')]) {
                    sh 'scp -i "$KEY" build/libs/acord-gateway.jar deploy@$DEPLOY_HOST:/opt/acord-gateway/'
                    sh 'ssh -i "$KEY" deploy@$DEPLOY_HOST "sudo systemctl restart acord-gateway"'
                }
            }
        }
    }
}
""", None, "Jenkins withCredentials bindings")

add("blind-dk/gitlab-ci/decoy-job-token", ".gitlab/ci/publish.gitlab-ci.yml", """publish:
  stage: package
  image: python:3.11
  script:
    - pip install build twine
    - python -m build
    - TWINE_USERNAME=gitlab-ci-token TWINE_PASSWORD=${CI_JOB_TOKEN} twine upload
        --repository-url ${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/pypi dist/*
  rules:
    - if: $CI_COMMIT_TAG
""", None, "GitLab predefined CI_JOB_TOKEN variable")

add("blind-dk/python/decoy-al3-constants", "al3import/records.py", """\"\"\"AL3 group codes and fixed-width layouts we parse (ACORD AL3 standard).\"\"\"
from dataclasses import dataclass

HEADER = "1MHG"
TRANSACTION = "2TRG"
POLICY = "5BPI"
VEHICLE = "5VEH"
END_OF_MESSAGE = "9EOM"

# company codes assigned in the IVANS download set-up (not credentials)
COMPANY_CODES = {"0881": "AUTOOWN", "7120": "WESTFLD", "0152": "CINFIN"}


@dataclass(frozen=True)
class Field:
    name: str
    start: int
    length: int


BPI_LAYOUT = [Field("policy_number", 24, 25), Field("lob", 49, 5), Field("effective", 63, 6)]
""", None, "AL3 parser constants")

_env_ids = [uuid_s() for _ in range(4)]
add("blind-dk/notebook/decoy-envelope-audit", "notebooks/docusign_envelope_audit.ipynb", notebook([
    ("markdown", ["# Envelopes completed in April", "Export from DocuSign Admin > Reports, joined with Epic attachments."]),
    ("code", ["import pandas as pd", "env = pd.read_csv('exports/envelopes_2024-04.csv')", "env[['EnvelopeId', 'Status', 'DocumentHash']].head(4)"],
     stream(["                              EnvelopeId     Status  DocumentHash"] +
            [f"{i}  {e}  completed  {hexs(64)[:40]}" for i, e in enumerate(_env_ids)])),
]), None, "Notebook output listing DocuSign envelope ids and document hashes")

add("blind-dk/ini/decoy-example", "ratebridge/RateBridge.ini.example", """; copy to RateBridge.ini on the server; the password is set by the installer into
; Windows Credential Manager (target: RateBridge/EZLynx) and never written here
[General]
AgencyName=Your Agency
LogFolder=C:\\RateBridge\\Logs
PollMinutes=5

[EZLynx]
Url=https://applicantws.ezlynx.com/ApplicantService.svc
Username=
Password=
CredentialTarget=RateBridge/EZLynx
""", None, "INI example with empty values and a Credential Manager reference")

add("blind-dk/markdown/decoy-phone-system", "docs/runbooks/phone-system.md", """# Phone system

- PBX: FreePBX 16 at `pbx.harborview.local` (admin login in 1Password: *FreePBX admin*)
- SIP trunk credentials: 1Password *SIP trunk*; never in the repo
- Phones auto-provision from `https://prov.harborview.local/yealink/`

| Ext | Person | Phone | MAC |
|---|---|---|---|
| 101 | Front desk | T54W | 80:5E:C0:A1:B2:C3 |
| 110 | Dale | T54W | 80:5E:C0:A1:B2:D4 |
| 120 | Tammy | T46U | 80:5E:0C:77:19:E2 |

Voicemail PINs are set by each user at first login (default forces a change).
""", None, "Phone system runbook (MAC addresses, references to a password manager)")

add("blind-dk/python/decoy-key-generator", "portal/keys/generate_api_key.py", """\"\"\"Issues API keys for agency partners (referral partners posting leads).\"\"\"
import hashlib
import secrets

PREFIX = "hvp_live_"


def new_key() -> tuple[str, str]:
    \"\"\"Returns (key shown once to the partner, sha256 stored in the database).\"\"\"
    key = PREFIX + secrets.token_urlsafe(32)
    return key, hashlib.sha256(key.encode()).hexdigest()


if __name__ == "__main__":
    shown, stored = new_key()
    print("give to partner (once):", shown[:13] + "...")
    print("store:", stored)
""", None, "Code that generates keys (no key in the file)")

add("blind-dk/json/decoy-stripe-event", "tests/fixtures/stripe_payment_succeeded.json", json.dumps({
    "id": "evt_" + fakes.drawn(_seed(), 24),
    "object": "event",
    "api_version": "2023-10-16",
    "livemode": False,
    "type": "payment_intent.succeeded",
    "data": {"object": {
        "id": "pi_" + fakes.drawn(_seed(), 24),
        "object": "payment_intent",
        "amount": 91200,
        "currency": "usd",
        "customer": "cus_" + fakes.drawn(_seed(), 14),
        "latest_charge": "ch_" + fakes.drawn(_seed(), 24),
        "metadata": {"policyNumber": "PA4471882019"},
        "status": "succeeded"}},
}, indent=2) + "\n", None, "Stripe webhook event fixture (object ids, test mode)")

add("blind-dk/markdown/decoy-saml-setup", "docs/sso/okta-saml-epic.md", f"""# Okta SSO for Applied Epic Browser

- SP Entity ID: `https://harborview.appliedepic.com/sp`
- ACS URL: `https://harborview.appliedepic.com/saml/acs`
- IdP Entity ID: `http://www.okta.com/exk{fakes.drawn(_seed(), 17)}`
- Signing certificate SHA-256 fingerprint:
  `{':'.join(hexs(64, True)[i:i + 2] for i in range(0, 64, 2))}`

Upload the Okta signing certificate (public) below to Epic > Configure > SSO:

```
{cert_pem("CERTIFICATE", 8)}
```
""", None, "SAML IdP public signing certificate and fingerprint")

add("blind-dk/python/decoy-acord-fixture", "tests/test_acord_signon.py", """from gateway.acord import build_signon, parse_signon

FAKE_LOGIN = "TEST_LOGIN"
FAKE_PASSWORD = "FAKE-PASSWORD-FOR-TESTS"


def test_build_signon_masks_password_in_repr():
    signon = build_signon(FAKE_LOGIN, FAKE_PASSWORD)
    assert FAKE_PASSWORD not in repr(signon)
    assert "********" in repr(signon)


def test_round_trip():
    xml = build_signon(FAKE_LOGIN, FAKE_PASSWORD).to_xml()
    assert parse_signon(xml).login_id == FAKE_LOGIN
""", None, "Unit test with a clearly fake password constant")

add("blind-dk/k8s/decoy-secret-ref", "k8s/epic-sync/deployment.yaml", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: epic-sync
  namespace: integrations
spec:
  replicas: 1
  selector:
    matchLabels: {app: epic-sync}
  template:
    metadata:
      labels: {app: epic-sync}
    spec:
      containers:
        - name: epic-sync
          image: registry.harborviewins.com/epic-sync:1.9.2
          envFrom:
            - secretRef:
                name: epic-sync-credentials
          env:
            - name: EPIC_DATABASE
              value: HARBORVIEW_PROD
""", None, "Kubernetes Deployment envFrom secretRef")

add("blind-dk/markdown/decoy-basic-placeholder", "docs/hawksoft-partner-api.md", """# HawkSoft Partner API

Authentication is HTTP Basic with the partner id and secret HawkSoft issued us:

```
GET /vendor/agencies HTTP/1.1
Host: integration.hawksoft.app
Authorization: Basic <base64(partnerId:partnerSecret)>
```

The secret is in Azure Key Vault `kv-hv-integrations` as `hawksoft-partner-secret`.
Agencies must grant us access in HawkSoft (Settings > Integrations) before their id shows
up in `/vendor/agencies`.
""", None, "API notes with a Basic auth placeholder")

add("blind-dk/markdown/decoy-connect-hmac", "docs/api/docusign-connect.md", f"""# DocuSign Connect listener

Connect posts envelope status to `https://esign.harborviewins.com/hooks/docusign`.
Each request carries HMAC signatures we verify with the Connect key (Key Vault: `docusign-connect-hmac`).

Sample headers from a delivery (2024-04-29):

```
X-DocuSign-Signature-1: {public_b64(43)}=
X-DocuSign-Signature-2: {public_b64(43)}=
X-DocuSign-AccountId: {uuid_s()}
Content-Type: application/json
```

Envelope `{uuid_s()}` -> Epic attachment added under the client's Policy folder.
""", None, "DocuSign Connect HMAC signature headers (signatures, not keys)")

_mrows = "\n".join(f"2024-04-{_d:02d},{hexs(16, True)},{_rng().choice(['0881', '7120', '0152', 'PROG'])},{_rng().randint(1, 40)},{hexs(32)}" for _d in range(20, 27))
add("blind-dk/csv/decoy-mailbox-activity", "reports/ivans-mailbox-activity.csv", f"""date,message_id,company_code,transactions,md5
{_mrows}
""", None, "IVANS mailbox activity export (message ids, MD5 checksums)")

add("blind-dk/shell/decoy-b2-create-key", "scripts/rotate_b2_key.sh", """#!/usr/bin/env bash
# rotates the backup application key; the new key goes straight into Key Vault
set -euo pipefail
: "${B2_APPLICATION_KEY_ID:?login with the master key first}"

NEW=$(b2 key create --bucket harborview-agency-backup backup-writer-$(date +%Y%m) listFiles,readFiles,writeFiles)
KEY_ID=$(awk '{print $1}' <<<"$NEW")
KEY=$(awk '{print $2}' <<<"$NEW")

az keyvault secret set --vault-name kv-hv-integrations --name b2-backup-key-id --value "$KEY_ID" >/dev/null
az keyvault secret set --vault-name kv-hv-integrations --name b2-backup-key --value "$KEY" >/dev/null
echo "rotated: $KEY_ID"
""", None, "B2 CLI key creation piped into Key Vault (no literal key)")

add("blind-dk/yaml/decoy-managed-identity", "config/storage.yaml", """# policy document storage - uses the VM's managed identity (DefaultAzureCredential), no keys
storage:
  account_url: https://hvpolicydocs.blob.core.windows.net
  container: policy-documents
  credential: managed_identity
  client_id: 0f3e6a21-9b7c-4d85-a1e4-52c8d9b0f713   # user-assigned identity id
  retention_years: 7
  tiers:
    hot_days: 30
    cool_days: 365
""", None, "Azure managed identity storage config (ids only)")

add("blind-dk/markdown/decoy-adr-secrets", "docs/adr/0007-integration-secrets.md", """# ADR 0007: where integration secrets live

## Decision
All carrier, AMS and vendor credentials live in Azure Key Vault `kv-hv-integrations`.
Apps read them via managed identity; nothing is committed.

## Key shapes we hold (for the secret scanner allowlist review)
- Stripe: `sk_live_...` (server), `pk_live_...` (browser, public)
- HubSpot private app: `pat-na1-...`
- SendGrid: `SG.xxxxx.yyyyy`
- Twilio: Account SID `AC...` (id) + auth token (secret)

## Consequences
Developers use `op read` / `az keyvault secret show` locally; CI uses OIDC federation.
""", None, "Architecture decision record naming key prefixes without values")
