"""Blind set CX: IT and integration teams of automotive dealerships and dealer groups.

Dealer management system integrations (CDK Global / Fortellis, Reynolds & Reynolds RCI,
Dealertrack DMS OpenTrack), OEM portals and incentive feeds, inventory syndication to listing
sites (HomeNet, vAuto, Cars.com, AutoTrader, CarGurus, Meta catalogs) over FTP/SFTP and APIs,
VIN decoders (NHTSA vPIC, DataOne, ChromeData, VinAudit, MarketCheck, Black Book, KBB), F&I and
credit-application integrations (RouteOne, Dealertrack credit, 700Credit, bureau SFTP with PGP),
service scheduling and telematics (Xtime, Smartcar, Geotab, Samsara), website/CRM lead feeds (ADF
XML, VinSolutions, DealerSocket, HubSpot, Twilio, SendGrid, Slack/Teams alerts), and the .NET,
SQL Server, Python, PHP/WordPress, Node and cloud plumbing around them, with their decoys.
Formats: .env, YAML (app config, compose, Kubernetes, Helm, CI), JSON, XML (web.config, SSIS,
SOAP, FileZilla), .properties, INI, TOML, HCL, nginx/apache, systemd, crontab, shell,
PowerShell, batch, Python, C#, Java, JS/TS, PHP, Ruby, Go, SQL, notebooks, Dockerfiles, netrc,
pgpass, npmrc, VBA, Markdown runbooks, key files.
Generated fakes only (seeds 950000-959999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER_ALNUM = string.ascii_uppercase + string.digits
_SEED = [950000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert 950000 <= _SEED[0] < 960000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert 950000 <= _SEED[0] < 960000
    return _SEED[0]


MODELS = ["Camry", "Silverado", "Tahoe", "Accord", "Mustang", "Wrangler", "Sierra", "Outback", "Tundra",
          "Civic", "Explorer", "Rogue", "Corolla", "Tacoma", "Pilot", "Highlander", "Durango", "Escalade"]
LOWER = ["bumper", "gasket", "piston", "chrome", "torque", "muffler", "axle", "clutch", "sedan", "coupe",
         "wiper", "radiator", "brake", "hubcap", "tailgate", "sunroof"]


def human_pw() -> str:
    """What dealership staff and integrators really pick: a model, a year or a lot number, a sign."""
    r = _rng()
    form = r.randint(0, 4)
    if form == 0:
        return r.choice(MODELS) + str(r.randint(2015, 2025)) + r.choice("!#$@*")
    if form == 1:
        return r.choice(MODELS) + r.choice("!#$%@*") + r.choice(MODELS) + str(r.randint(10, 999))
    if form == 2:
        return "Dealer" + r.choice("#@$") + str(r.randint(100, 9999)) + r.choice(MODELS)
    if form == 3:
        return r.choice(["Service", "Parts", "Lot", "Bay", "Recon"]) + str(r.randint(1, 99)) + r.choice("!$#") + r.choice(MODELS).lower()
    return r.choice(MODELS) + "-" + r.choice(LOWER) + "-" + str(r.randint(1000, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value




def alnum(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def upalnum(n: int) -> str:
    return fakes.drawn(_seed(), n, UPPER_ALNUM)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def hexu(n: int) -> str:
    return hexs(n).upper()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


def vin() -> str:
    """A VIN with a valid check digit (public, printed on every windshield and listing)."""
    r = _rng()
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    values = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
              "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    body = [r.choice(["1", "2", "3", "4", "5", "J", "K", "W"])] + [r.choice(chars) for _ in range(16)]
    body[9] = r.choice("LMNPRS")
    total = sum(values[c] * w for c, w in zip(body, weights))
    body[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(body)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def openssh_key() -> str:
    r = _rng()
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(5)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(24)) + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem() -> str:
    r = _rng()
    lines = ["MIIDdzCCAl+gAwIBAgIU" + "".join(r.choice(ALNUM) for _ in range(44))]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(7)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(20)) + "=")
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


def pgp_block(kind: str) -> str:
    r = _rng()
    first = "lQVYBGV" if kind == "PRIVATE KEY" else "mQENBGV"
    lines = [first + "".join(r.choice(ALNUM + "+/") for _ in range(57))]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(8)]
    lines.append("=" + "".join(r.choice(ALNUM + "+/") for _ in range(4)))
    return (f"-----BEGIN PGP {kind} BLOCK-----\n\n" + "\n".join(lines) + f"\n-----END PGP {kind} BLOCK-----")


# --- vendor shapes -----------------------------------------------------------------------------

def fortellis_key() -> str:
    return alnum(32)


def fortellis_secret() -> str:
    return alnum(16)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def twilio_token() -> str:
    return hexs(32)


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))




def teams_webhook(tenant: str) -> str:
    return (f"https://{tenant}.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24 if not kind.startswith("sk_live_51") else 90, _seed())


def google_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "_-")


def azure_storage_key() -> str:
    return b64bytes(64)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def meta_token() -> str:
    return fakes.fake("EAAG", 168, _seed())


def samsara_token() -> str:
    return fakes.fake("samsara_api_", 30, _seed())




def hubspot_token() -> str:
    return "pat-na1-" + uuid_s()




def mapbox_token(kind: str) -> str:
    return f"{kind}.eyJ1IjoibWV0cm9hdXRvZ3JvdXAiLCJhIjoi" + alnum(20) + "In0." + fakes.drawn(_seed(), 22, ALNUM + "_-")


def recaptcha_key() -> str:
    return "6L" + fakes.drawn(_seed(), 38, ALNUM + "_-")


def heartland_key() -> str:
    return "skapi_prod_" + fakes.drawn(_seed(), 41, ALNUM + "_")




def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def azure_devops_pat() -> str:
    return fakes.drawn(_seed(), 52, "abcdefghijklmnopqrstuvwxyz234567")




# --- case builders -----------------------------------------------------------------------------

CASES: List[LabelledCase] = []


def t(text: str, **values: str) -> str:
    for key, value in values.items():
        assert "@@" + key + "@@" in text, key
        text = text.replace("@@" + key + "@@", value)
    assert not re.search(r"@@[a-z0-9]+@@", text), text[:120]
    return text.lstrip("\n")


def S(category: str, file_name: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase("blind-cx/" + category, file_name, text, secret, source))


def D(category: str, file_name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase("blind-cx/" + category, file_name, text, None, source))


# ================================================================================================
# SECRETS
# ================================================================================================

# --- .env files ---------------------------------------------------------------------------------

_k, _v = fortellis_key(), fortellis_secret()
S("dotenv/fortellis-secret", "services/dms-sync/.env", t("""
# CDK Global / Fortellis - Drive DMS sync (rooftops: METRO-TOY, METRO-HON)
FORTELLIS_TOKEN_URL=https://identity.fortellis.io/oauth2/aus1p1ixy7YL8cMq02p7/v1/token
FORTELLIS_API_BASE=https://api.fortellis.io/cdk/drive
FORTELLIS_CLIENT_ID=@@k@@
FORTELLIS_CLIENT_SECRET=@@v@@
FORTELLIS_SUBSCRIPTION_ID=@@sub@@
FORTELLIS_SCOPES=anonymous

SYNC_INTERVAL_MINUTES=15
LOG_LEVEL=info
""", k=_k, v=_v, sub=uuid_s()), _v, "Fortellis developer docs: Authenticating with client credentials")

_v = human_pw()
S("dotenv/opentrack-password", "integrations/opentrack/.env", t("""
# Dealertrack DMS (OpenTrack) web services - Arkona host
OT_ENDPOINT=https://otstaging.arkona.com/OpenTrack/WebService.asmx
OT_ENTERPRISE_CODE=ZE
OT_COMPANY_NUMBER=ZE7
OT_SERVER_NAME=arkonap.arkona.com
OT_USERNAME=metroauto_ws
OT_PASSWORD=@@v@@
OT_TIMEOUT=120
""", v=_v), _v, "Dealertrack OpenTrack API guide: WS-Security username token credentials")

_sid, _v = twilio_sid(), twilio_token()
S("dotenv/twilio", "service-reminders/.env.production", t("""
NODE_ENV=production
PORT=8080

# Twilio - service appointment reminders and "your car is ready" texts
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@v@@
TWILIO_MESSAGING_SERVICE_SID=MG@@mg@@
REMINDER_HOURS_BEFORE=24

XTIME_DEALER_ID=METRO-TOY-0412
""", sid=_sid, v=_v, mg=hexs(32)), _v, "Twilio docs: Account SID and Auth Token environment variables")

_cid, _v = uuid_s(), uuid_s()
S("dotenv/smartcar", "apps/connected-service/.env", t("""
# Smartcar Connect - customer opts in so we can read odometer / oil life for service outreach
SMARTCAR_CLIENT_ID=@@cid@@
SMARTCAR_CLIENT_SECRET=@@v@@
SMARTCAR_REDIRECT_URI=https://service.metroautogroup.com/smartcar/callback
SMARTCAR_MODE=live
SMARTCAR_SCOPES=read_odometer read_engine_oil read_vehicle_info read_tires
""", cid=_cid, v=_v), _v, "Smartcar docs: application credentials (client id, client secret, redirect uri)")

_v = alnum(32)
S("dotenv/marketcheck", "pricing-tool/.env", t("""
DATABASE_URL=postgres://pricing@localhost:5432/pricing
MARKETCHECK_API_BASE=https://mc-api.marketcheck.com/v2
MARKETCHECK_API_KEY=@@v@@
MARKET_RADIUS_MILES=150
ZIP=43215
""", v=_v), _v, "MarketCheck API docs: api_key query parameter")

_v = samsara_token()
S("dotenv/samsara", "loaner-fleet/.env", t("""
# Loaner / courtesy fleet tracking (Samsara VG gateways in 42 loaners)
SAMSARA_API_TOKEN=@@v@@
SAMSARA_BASE_URL=https://api.samsara.com
GEOFENCE_LOT_RADIUS_M=250
ALERT_EMAIL=fixedops@metroautogroup.com
""", v=_v), _v, "Samsara developer docs: API tokens (samsara_api_ prefix)")

_v = hubspot_token()
S("dotenv/hubspot", "web/dealer-site/.env.local", t("""
NEXT_PUBLIC_SITE_NAME="Lakeside Chevrolet Buick GMC"
NEXT_PUBLIC_GA_ID=G-8KQ2WZ4T1M
HUBSPOT_PRIVATE_APP_TOKEN=@@v@@
HUBSPOT_LEAD_PIPELINE=default
ADF_CRM_EMAIL=leads@lakesidechevy.vinsolutions.net
""", v=_v), _v, "HubSpot developer docs: private app access tokens")

_v = human_pw()
S("dotenv/sftp-password", "feeds/cargurus/.env", t("""
# CarGurus inventory ingest (nightly, 02:15)
CG_SFTP_HOST=sftp.cargurus.com
CG_SFTP_PORT=22
CG_SFTP_USER=lakesidechevy_feed
CG_SFTP_PASS='@@v@@'
CG_REMOTE_DIR=/incoming
EXPORT_FILE=lakeside_inventory.csv
""", v=_v), _v, "CarGurus dealer help: inventory feed via SFTP")

# --- YAML application configs ---------------------------------------------------------------

_v = human_pw()
S("yaml/reynolds-rci", "config/settings.prod.yaml", t("""
dms:
  vendor: reynolds
  rci:
    endpoint: https://rci.reyrey.com/RCIService/v4
    dealer_number: "2290041"
    store_number: "01"
    branch_number: "01"
    username: MAG_RCI_PROD
    password: "@@v@@"
    timeout_seconds: 90
  pull:
    - repair_orders
    - parts_invoices
    - vehicle_sales
scheduler:
  cron: "*/20 * * * *"
""", v=_v), _v, "Reynolds Certified Interface (RCI) partner program: dealer-authorised credentials")

_v = rand_pw(14, "!#")
S("yaml/routeone", "src/main/resources/application-prod.yml", t("""
spring:
  application:
    name: fni-credit-bridge
routeone:
  base-url: https://www.routeone.net/XRD/services
  dealer-id: QX4471
  sender-id: METROAUTO
  partner-user: metroauto.api
  partner-password: @@v@@
  submit-timeout: 45s
server:
  port: 8443
management:
  endpoints.web.exposure.include: health,info
""", v=_v), _v, "RouteOne Integration Guide: credit application submission (partner user)")

_v = human_pw()
S("yaml/ftp-password", "config/feeds.yaml", t("""
# Inventory syndication targets - one entry per listing site
feeds:
  - name: cars_com
    protocol: ftp
    host: ftp.cars.com
    user: lakeside8812
    password: @@v@@
    file: "lakeside8812.txt"
    format: cars_com_v3
  - name: autotrader
    protocol: ftp
    host: ftp.autotrader.com
    user: ${AUTOTRADER_USER}
    password: ${AUTOTRADER_PASS}
    file: "LAKESIDE_CHEVY.csv"
  - name: facebook_catalog
    protocol: https
    catalog_id: "4417729938261105"
schedule: "0 3 * * *"
""", v=_v), _v, "Cars.com Dealer Inventory Feed specification: FTP delivery")

_v = rand_pw(16, "!@")
S("docker-compose/mssql", "warehouse/docker-compose.yml", t("""
version: "3.8"
services:
  dms-warehouse:
    image: mcr.microsoft.com/mssql/server:2022-latest
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD: "@@v@@"
      MSSQL_PID: Standard
    ports:
      - "1433:1433"
    volumes:
      - mssql-data:/var/opt/mssql
  ssis-runner:
    build: ./etl
    depends_on: [dms-warehouse]
    environment:
      WAREHOUSE_HOST: dms-warehouse
volumes:
  mssql-data:
""", v=_v), _v, "Microsoft docs: Run SQL Server Linux container images (MSSQL_SA_PASSWORD)")

_v = human_pw()
S("docker-compose/postgres", "lead-router/docker-compose.yaml", t("""
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_USER: leadrouter
      POSTGRES_PASSWORD: @@v@@
      POSTGRES_DB: leads
  api:
    build: .
    environment:
      DATABASE_URL: postgresql://leadrouter@db:5432/leads
      ADF_INBOX: adf@leads.metroautogroup.com
    ports: ["8000:8000"]
    depends_on: [db]
""", v=_v), _v, "Docker Hub postgres image: POSTGRES_PASSWORD")

_v = fortellis_secret()
S("k8s-secret/fortellis-secret", "deploy/k8s/fortellis-credentials.yaml", t("""
apiVersion: v1
kind: Secret
metadata:
  name: fortellis-credentials
  namespace: dms-sync
  labels:
    app.kubernetes.io/part-of: dms-sync
type: Opaque
data:
  client-id: @@cid@@
  client-secret: @@v64@@
  subscription-id: @@sub@@
""", cid=b64(fortellis_key()), v64=b64(_v), sub=b64(uuid_s())), _v, "Kubernetes docs: Secret data is base64-encoded")

_v = human_pw()
S("k8s-secret/700credit", "deploy/k8s/credit-pull-secret.yaml", t("""
apiVersion: v1
kind: Secret
metadata:
  name: credit-700-creds
  namespace: fni
type: Opaque
stringData:
  ACCOUNT: "MAG0197"
  PASSWD: "@@v@@"
  PRODUCT: "PRESCREEN"
""", v=_v), _v, "Kubernetes docs: Secret stringData; 700Credit API account/password")

_v = rand_pw(22)
S("k8s-secret/database-url", "deploy/overlays/prod/db-secret.yaml", t("""
apiVersion: v1
kind: Secret
metadata:
  name: inventory-db
  namespace: inventory
type: Opaque
data:
  DATABASE_URL: @@u@@
""", u=b64(f"postgresql://inventory_app:{_v}@inventory-prod.c8xk2lq1pz.us-east-2.rds.amazonaws.com:5432/inventory")), _v,
  "Kubernetes docs: Secret data; PostgreSQL connection URI (libpq)")

_v = azure_secret()
S("helm/dealertrack-credit", "deploy/helm/credit-app/values-prod.yaml", t("""
replicaCount: 2
image:
  repository: metroacr.azurecr.io/credit-app-gateway
  tag: "2.14.1"
dealertrack:
  environment: production
  lenderNetworkUrl: https://api.dealertrack.com/credit/v2
  dealerId: "1089442"
  oauth:
    tokenUrl: https://login.microsoftonline.com/dealertrackb2c.onmicrosoft.com/oauth2/v2.0/token
    clientId: @@cid@@
    clientSecret: "@@v@@"
ingress:
  enabled: true
  host: credit.metroautogroup.com
resources:
  limits:
    memory: 512Mi
""", cid=uuid_s(), v=_v), _v, "Helm values file; Microsoft identity platform client credentials")

_v = human_pw()
S("github-actions/sftp-password", ".github/workflows/inventory-export.yml", t("""
name: nightly inventory export
on:
  schedule:
    - cron: "15 7 * * *"
  workflow_dispatch:
jobs:
  export:
    runs-on: ubuntu-latest
    env:
      HOMENET_SFTP_HOST: sftp.homenetinc.com
      HOMENET_SFTP_USER: metroauto_export
      HOMENET_SFTP_PASSWORD: "@@v@@"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt
      - run: python -m exporter.homenet --all-rooftops
""", v=_v), _v, "GitHub Actions docs: workflow env; HomeNet inventory SFTP")

_v = slack_webhook()
S("gitlab-ci/slack-webhook", ".gitlab-ci.yml", t("""
stages: [test, deploy, notify]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  LEAD_ALERT_WEBHOOK: "@@v@@"

test:
  stage: test
  image: python:3.11
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

deploy:
  stage: deploy
  script: ./scripts/deploy.sh
  only: [main]

notify:
  stage: notify
  script:
    - 'curl -s -X POST -H "Content-type: application/json" --data "{\\"text\\":\\"lead-router $CI_COMMIT_SHORT_SHA deployed\\"}" "$LEAD_ALERT_WEBHOOK"'
  only: [main]
""", v=_v), _v, "GitLab CI/CD variables; Slack incoming webhooks")

_v = rand_pw(18, "#!")
S("azure-pipelines/sql-password", "azure-pipelines.yml", t("""
trigger:
  branches:
    include: [main]

pool:
  vmImage: windows-latest

variables:
  buildConfiguration: Release
  warehouseServer: mag-dw.database.windows.net
  warehouseUser: dw_deploy
  warehousePassword: '@@v@@'

steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: build
      arguments: --configuration $(buildConfiguration)
  - task: SqlAzureDacpacDeployment@1
    inputs:
      ServerName: $(warehouseServer)
      DatabaseName: DealerWarehouse
      SqlUsername: $(warehouseUser)
      SqlPassword: $(warehousePassword)
      DacpacFile: '**/DealerWarehouse.dacpac'
""", v=_v), _v, "Azure Pipelines docs: SqlAzureDacpacDeployment task")

_v = human_pw()
S("ansible/dms-password", "ansible/group_vars/dms_sync.yml", t("""
---
dms_sync_user: svc_dmssync
dms_sync_home: /opt/dms-sync
dms_vendor: cdk
cdk_dms_host: 10.40.12.18
cdk_dms_port: 1521
cdk_dms_service: DMSPROD
cdk_dms_user: MAGREAD
cdk_dms_password: "@@v@@"
dms_sync_cron_minute: "*/30"
""", v=_v), _v, "Ansible docs: group_vars")

_v = stripe_key()
S("serverless/stripe", "service-deposits/serverless.yml", t("""
service: service-deposits
frameworkVersion: "3"
provider:
  name: aws
  runtime: python3.11
  region: us-east-2
  environment:
    STRIPE_SECRET_KEY: @@v@@
    DEPOSIT_AMOUNT_CENTS: "10000"
    XTIME_WEBHOOK_PATH: /xtime/appointment
functions:
  createDeposit:
    handler: handler.create_deposit
    events:
      - httpApi:
          path: /deposits
          method: post
""", v=_v), _v, "Serverless Framework docs: provider.environment; Stripe API keys")

_v = hexs(32)
S("alertmanager/pagerduty", "monitoring/alertmanager.yml", t("""
global:
  resolve_timeout: 5m
route:
  receiver: dms-oncall
  group_by: [alertname, rooftop]
  routes:
    - matchers: [severity="page"]
      receiver: dms-oncall
receivers:
  - name: dms-oncall
    pagerduty_configs:
      - routing_key: @@v@@
        description: '{{ .CommonAnnotations.summary }}'
""", v=_v), _v, "Prometheus Alertmanager docs: pagerduty_config routing_key")

_v = rand_pw(20)
S("rails-yaml/database", "config/database.yml", t("""
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: recon_tracker_development

test:
  <<: *default
  database: recon_tracker_test

production:
  <<: *default
  host: recon-db.internal.metroautogroup.com
  database: recon_tracker
  username: recon_tracker
  password: @@v@@
""", v=_v), _v, "Rails guides: Configuring a database (config/database.yml)")

_v = rand_pw(16)
S("grafana/datasource", "monitoring/grafana/provisioning/datasources/dms.yaml", t("""
apiVersion: 1
datasources:
  - name: DMS Warehouse
    type: mssql
    url: mag-dw.database.windows.net:1433
    user: grafana_ro
    jsonData:
      database: DealerWarehouse
      encrypt: "true"
    secureJsonData:
      password: "@@v@@"
""", v=_v), _v, "Grafana docs: provisioning data sources (secureJsonData)")

_v = human_pw()
S("yaml/configmap-password", "deploy/k8s/xtime-sync-configmap.yaml", t("""
apiVersion: v1
kind: ConfigMap
metadata:
  name: xtime-sync-config
  namespace: fixed-ops
data:
  XTIME_BASE_URL: "https://api.xtime.com/partner/v1"
  XTIME_DEALER_CODES: "METRO-TOY-0412,METRO-HON-0733"
  XTIME_PARTNER_USER: "metroauto"
  XTIME_PARTNER_PASSWORD: "@@v@@"
  SYNC_WINDOW_DAYS: "14"
""", v=_v), _v, "Kubernetes docs: ConfigMaps (not for confidential data)")

# --- JSON ---------------------------------------------------------------------------------------

_v = human_pw()
S("json/opentrack-password", "src/Metro.DmsSync/appsettings.Production.json", t("""
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "OpenTrack": {
    "Endpoint": "https://ot.dms.dealertrack.com/OpenTrack/WebService.asmx",
    "EnterpriseCode": "ZE",
    "CompanyNumber": "ZE7",
    "ServerName": "arkonap.arkona.com",
    "Username": "metro_ot_prod",
    "Password": "@@v@@"
  },
  "Rooftops": [ "ZE7", "ZE8", "ZF1" ]
}
""", v=_v), _v, "Dealertrack OpenTrack API guide; ASP.NET Core configuration (appsettings.json)")

_v = rand_pw(20, "!$")
S("json/azure-sql", "src/Metro.Reporting.Api/appsettings.json", t("""
{
  "ConnectionStrings": {
    "Warehouse": "Server=tcp:mag-dw.database.windows.net,1433;Initial Catalog=DealerWarehouse;Persist Security Info=False;User ID=reporting_api;Password=@@v@@;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
  },
  "Reporting": {
    "DefaultRooftop": "METRO-TOY",
    "GrossProfitCacheMinutes": 10
  },
  "AllowedHosts": "*"
}
""", v=_v), _v, "Microsoft docs: Azure SQL ADO.NET connection string")

_v = azure_storage_key()
S("json/azure-storage", "src/Metro.PhotoSync/appsettings.json", t("""
{
  "PhotoSync": {
    "SourceFtpFolder": "/incoming/photos",
    "Container": "vehicle-photos",
    "MaxPhotosPerVin": 40,
    "StorageConnection": "DefaultEndpointsProtocol=https;AccountName=metrovehiclephotos;AccountKey=@@v@@;EndpointSuffix=core.windows.net"
  },
  "Cdn": {
    "BaseUrl": "https://photos.metroautogroup.com"
  }
}
""", v=_v), _v, "Microsoft docs: Configure Azure Storage connection strings")

_v = fortellis_secret()
S("postman/fortellis-secret", "postman/Fortellis-Prod.postman_environment.json", t("""
{
  "id": "@@id@@",
  "name": "Fortellis - Production",
  "values": [
    { "key": "baseUrl", "value": "https://api.fortellis.io", "type": "default", "enabled": true },
    { "key": "clientId", "value": "@@cid@@", "type": "default", "enabled": true },
    { "key": "clientSecret", "value": "@@v@@", "type": "secret", "enabled": true },
    { "key": "subscriptionId", "value": "@@sub@@", "type": "default", "enabled": true },
    { "key": "accessToken", "value": "", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_using": "Postman/10.24.3"
}
""", id=uuid_s(), cid=fortellis_key(), v=_v, sub=uuid_s()), _v, "Postman docs: environment export format")

_v = upalnum(16)
S("vscode/vinaudit", ".vscode/launch.json", t("""
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "vin-service: debug",
      "type": "debugpy",
      "request": "launch",
      "module": "vin_service.app",
      "env": {
        "VINAUDIT_KEY": "@@v@@",
        "VINAUDIT_URL": "https://specifications.vinaudit.com/v3/specifications",
        "CACHE_TTL_HOURS": "720"
      },
      "justMyCode": true
    }
  ]
}
""", v=_v), _v, "VS Code docs: launch.json env; VinAudit specifications API key")

_v = b64bytes(32)
S("json/servicebus", "functions/LeadIngest/local.settings.json", t("""
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "LeadsBus": "Endpoint=sb://mag-leads.servicebus.windows.net/;SharedAccessKeyName=lead-ingest;SharedAccessKey=@@v@@",
    "AdfQueue": "adf-inbound",
    "CrmTarget": "vinsolutions"
  }
}
""", v=_v), _v, "Azure Functions docs: local.settings.json; Service Bus connection string")

_v = sendgrid_key()
S("json/sendgrid", "lead-router/config/production.json", t("""
{
  "port": 8080,
  "adf": {
    "inboundDomain": "leads.metroautogroup.com",
    "crmRecipients": {
      "METRO-TOY": "leads@metrotoyota.dealersocket.com",
      "METRO-HON": "leads@metrohonda.vinsolutions.net"
    }
  },
  "sendgrid": {
    "apiKey": "@@v@@",
    "from": "noreply@metroautogroup.com"
  }
}
""", v=_v), _v, "node-config docs: config/production.json; SendGrid API keys")

_k = pem()
_v = _k.replace("\n", "\\n") + "\\n"
S("json/gcp-service-account", "reporting/ga4-bigquery-sa.json", t("""
{
  "type": "service_account",
  "project_id": "metro-auto-marketing",
  "private_key_id": "@@kid@@",
  "private_key": "@@v@@",
  "client_email": "ga4-export@metro-auto-marketing.iam.gserviceaccount.com",
  "client_id": "1048829913320047718822",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "universe_domain": "googleapis.com"
}
""", kid=hexs(40), v=_v), _v, "Google Cloud docs: service account key file format")

_v = meta_token()
S("json/meta-token", "feeds/meta/catalog.json", t("""
{
  "business_id": "1128837460091123",
  "catalog_id": "4417729938261105",
  "feed_id": "889120447512230",
  "system_user_token": "@@v@@",
  "graph_version": "v19.0",
  "vehicle_fields": ["vehicle_id", "vin", "make", "model", "year", "mileage", "price", "state_of_vehicle"]
}
""", v=_v), _v, "Meta for Developers: Automotive inventory ads catalog, system user access tokens")

_v = rand_pw(18)
S("vscode/sqltools", ".vscode/settings.json", t("""
{
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": ".venv/bin/python",
  "sqltools.connections": [
    {
      "name": "DMS replica (prod)",
      "driver": "MSSQL",
      "server": "10.40.12.31",
      "port": 1433,
      "database": "CDK_Replica",
      "username": "analyst_ro",
      "password": "@@v@@",
      "askForPassword": false
    }
  ]
}
""", v=_v), _v, "SQLTools VS Code extension docs: connections settings")

_v = alnum(40)
S("json/dealersocket", "lead-router/config/crm-targets.json", t("""
{
  "targets": [
    {
      "rooftop": "METRO-TOY",
      "crm": "dealersocket",
      "endpoint": "https://oem.dealersocket.com/api/v1/leads",
      "siteId": 60213,
      "apiKey": "@@v@@"
    },
    {
      "rooftop": "METRO-HON",
      "crm": "vinsolutions",
      "adfEmail": "leads@metrohonda.vinsolutions.net"
    }
  ]
}
""", v=_v), _v, "DealerSocket CRM lead API (partner key per site); ADF over email")

# --- XML ----------------------------------------------------------------------------------------

_v = human_pw()
S("xml/web-config", "src/Metro.DealerPortal/Web.config", t("""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="DmsReplica"
         connectionString="Data Source=MAG-SQL02\\DMS;Initial Catalog=CDK_Replica;User ID=portal_app;Password=@@v@@;Application Name=DealerPortal"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="OemIncentiveFeedUrl" value="https://incentives.metroautogroup.local/feed" />
    <add key="DefaultRooftop" value="METRO-TOY" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <authentication mode="Windows" />
  </system.web>
</configuration>
""", v=_v), _v, "Microsoft docs: connection strings in Web.config")

_v = rand_pw(12, "!")
S("xml/reynolds-rci", "src/Metro.RciClient/App.config", t("""
<?xml version="1.0" encoding="utf-8" ?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.7.2" />
  </startup>
  <appSettings>
    <add key="Rci.Url" value="https://rci.reyrey.com/RCIService/v4/ROService.svc" />
    <add key="Rci.DealerNumber" value="2290041" />
    <add key="Rci.StoreNumber" value="01" />
    <add key="Rci.AreaNumber" value="01" />
    <add key="Rci.UserName" value="MAG_RCI_PROD" />
    <add key="Rci.Password" value="@@v@@" />
    <add key="Export.Folder" value="D:\\Exports\\RCI" />
  </appSettings>
</configuration>
""", v=_v), _v, "Reynolds RCI partner interface; .NET App.config appSettings")

_v = human_pw()
S("ssis/dtsconfig", "etl/ssis/DmsNightly.dtsConfig", t("""
<?xml version="1.0"?>
<DTSConfiguration>
  <DTSConfigurationHeading>
    <DTSConfigurationFileInfo GeneratedBy="MAG\\etl.admin" GeneratedFromPackageName="DmsNightly" GeneratedDate="3/14/2024 9:12:40 PM" />
  </DTSConfigurationHeading>
  <Configuration ConfiguredType="Property" Path="\\Package.Connections[DMS_Oracle].Properties[ConnectionString]" ValueType="String">
    <ConfiguredValue>Data Source=DMSPROD;User ID=MAGREAD;Provider=OraOLEDB.Oracle.1;Persist Security Info=True;</ConfiguredValue>
  </Configuration>
  <Configuration ConfiguredType="Property" Path="\\Package.Connections[DMS_Oracle].Properties[Password]" ValueType="String">
    <ConfiguredValue>@@v@@</ConfiguredValue>
  </Configuration>
  <Configuration ConfiguredType="Property" Path="\\Package.Variables[User::RooftopList].Properties[Value]" ValueType="String">
    <ConfiguredValue>METRO-TOY;METRO-HON;METRO-CDJR</ConfiguredValue>
  </Configuration>
</DTSConfiguration>
""", v=_v), _v, "Microsoft docs: SSIS package configurations (XML configuration file)")

_v = human_pw()
S("soap/opentrack-password", "samples/opentrack/GetPartsInventory.request.xml", t("""
<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
               xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
               xmlns:ot="opentrack.dealertrack.com">
  <soap:Header>
    <wsse:Security soap:mustUnderstand="1">
      <wsse:UsernameToken>
        <wsse:Username>metro_ot_prod</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">@@v@@</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soap:Header>
  <soap:Body>
    <ot:PartsInventory>
      <ot:Dealer>
        <ot:EnterpriseCode>ZE</ot:EnterpriseCode>
        <ot:CompanyNumber>ZE7</ot:CompanyNumber>
        <ot:ServerName>arkonap.arkona.com</ot:ServerName>
      </ot:Dealer>
      <ot:Request><ot:PartNumber>90915-YZZD4</ot:PartNumber></ot:Request>
    </ot:PartsInventory>
  </soap:Body>
</soap:Envelope>
""", v=_v), _v, "OASIS WS-Security UsernameToken Profile; Dealertrack OpenTrack SOAP samples")

_v = human_pw()
S("filezilla/ftp-password", "tools/filezilla/sitemanager.xml", t("""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Folder expanded="1">Inventory feeds
      <Server>
        <Host>ftp.homenetinc.com</Host>
        <Port>21</Port>
        <Protocol>0</Protocol>
        <Type>0</Type>
        <User>metro_cdjr</User>
        <Pass encoding="base64">@@p@@</Pass>
        <Logontype>1</Logontype>
        <PasvMode>MODE_DEFAULT</PasvMode>
        <Name>HomeNet - Metro CDJR</Name>
        <RemoteDir>1 0 8 incoming</RemoteDir>
      </Server>
    </Folder>
  </Servers>
</FileZilla3>
""", p=b64(_v)), _v, "FileZilla sitemanager.xml (base64 password encoding)")

_v = rand_pw(16)
S("xml/log4net-smtp", "src/Metro.DmsSync/log4net.config", t("""
<log4net>
  <appender name="SmtpAppender" type="log4net.Appender.SmtpAppender">
    <to value="dms-alerts@metroautogroup.com" />
    <from value="dmssync@metroautogroup.com" />
    <subject value="DMS sync failure" />
    <smtpHost value="smtp.office365.com" />
    <port value="587" />
    <enableSsl value="true" />
    <authentication value="Basic" />
    <username value="dmssync@metroautogroup.com" />
    <password value="@@v@@" />
    <bufferSize value="1" />
    <threshold value="ERROR" />
  </appender>
  <root>
    <level value="INFO" />
    <appender-ref ref="SmtpAppender" />
  </root>
</log4net>
""", v=_v), _v, "Apache log4net docs: SmtpAppender configuration")

_v = azure_devops_pat()
S("nuget/azure-devops-pat", "NuGet.config", t("""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="mag-shared" value="https://pkgs.dev.azure.com/metroautogroup/_packaging/mag-shared/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <mag-shared>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="@@v@@" />
    </mag-shared>
  </packageSourceCredentials>
</configuration>
""", v=_v), _v, "Microsoft docs: nuget.config packageSourceCredentials")

_v = human_pw()
S("task-scheduler/password-arg", "ops/scheduled-tasks/Export-Incentives.xml", t("""
<?xml version="1.0" encoding="UTF-16"?>
<Task version="1.4" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <RegistrationInfo>
    <Description>Pull OEM incentive programs into the desking tool every morning</Description>
    <URI>\\MAG\\Export-Incentives</URI>
  </RegistrationInfo>
  <Triggers>
    <CalendarTrigger>
      <StartBoundary>2024-01-02T05:30:00</StartBoundary>
      <ScheduleByDay><DaysInterval>1</DaysInterval></ScheduleByDay>
    </CalendarTrigger>
  </Triggers>
  <Actions Context="Author">
    <Exec>
      <Command>C:\\Tools\\IncentivePull\\IncentivePull.exe</Command>
      <Arguments>--portal https://dealerconnect.example-oem.com --user MAG44712 --password "@@v@@" --out D:\\Incentives</Arguments>
    </Exec>
  </Actions>
</Task>
""", v=_v), _v, "Microsoft docs: Task Scheduler XML schema (Exec Arguments)")

# --- .properties ---------------------------------------------------------------------------------

_v = rand_pw(18)
S("properties/jdbc", "src/main/resources/application-prod.properties", t("""
spring.application.name=incentive-feed
server.port=8085
spring.datasource.url=jdbc:sqlserver://mag-sql02.corp.metroautogroup.com:1433;databaseName=Incentives;encrypt=true;trustServerCertificate=true
spring.datasource.username=incentive_app
spring.datasource.password=@@v@@
spring.jpa.hibernate.ddl-auto=validate
incentives.oem.feed-url=https://incentives.example-oem.com/programs/v2
incentives.refresh-cron=0 30 5 * * *
""", v=_v), _v, "Spring Boot docs: spring.datasource.* properties")

_v = human_pw()
S("properties/ftp-password", "exporter/src/main/resources/feed-export.properties", t("""
# Inventory syndication - AutoTrader / Cox
feed.autotrader.host=ftp.autotrader.com
feed.autotrader.user=metrotoyota_4471
feed.autotrader.password=@@v@@
feed.autotrader.file=METRO_TOYOTA_INV.csv
feed.autotrader.passive=true
feed.photo.base-url=https://photos.metroautogroup.com
feed.include.in-transit=false
""", v=_v), _v, "AutoTrader inventory feed (FTP); Java .properties")

_v = hexu(64)
S("properties/salesforce", "mule/src/main/resources/config-prod.properties", t("""
http.port=8081
salesforce.url=https://login.salesforce.com/services/oauth2/token
salesforce.consumerKey=3MVG9@@ck@@
salesforce.consumerSecret=@@v@@
salesforce.username=integration@metroautogroup.com
salesforce.object.lead=Lead
dms.fortellis.base=https://api.fortellis.io
""", ck=alnum(76), v=_v), _v, "Salesforce docs: connected app consumer key and secret")

# --- INI -----------------------------------------------------------------------------------------

_v = human_pw()
S("ini/odbc", "etc/odbc.ini", t("""
[ODBC Data Sources]
DMSReplica = ODBC Driver 18 for SQL Server

[DMSReplica]
Driver      = ODBC Driver 18 for SQL Server
Description = CDK replica (read only) for the F&I penetration report
Server      = tcp:10.40.12.31,1433
Database    = CDK_Replica
UID         = fni_report
PWD         = @@v@@
Encrypt     = yes
TrustServerCertificate = yes
""", v=_v), _v, "Microsoft ODBC Driver for SQL Server on Linux: DSN in odbc.ini")

_v = rand_pw(14)
S("ini/blackbook", "valuations/config.ini", t("""
[general]
log_file = /var/log/valuations/appraisal.log
rooftops = METRO-TOY,METRO-HON,METRO-CDJR

[blackbook]
base_url = https://service.blackbookcloud.com/UsedCarWS/UsedCarWS/UsedVehicle
username = metroauto_api
password = @@v@@
customer_id = MAG
template = 1

[kbb]
enabled = false
""", v=_v), _v, "Black Book Cloud services: UsedCarWS basic authentication")

_v = rand_pw(24)
S("ini/alembic", "lead-router/alembic.ini", t("""
[alembic]
script_location = migrations
prepend_sys_path = .
sqlalchemy.url = postgresql+psycopg2://leadrouter:@@v@@@leads-db.internal:5432/leads

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic
""", v=_v), _v, "Alembic docs: alembic.ini sqlalchemy.url")

_v = rand_pw(20)
S("ini/pip-conf", "deploy/pip.conf", t("""
[global]
timeout = 60
index-url = https://pypi.org/simple
extra-index-url = https://ci-reader:@@v@@@metroauto.jfrog.io/artifactory/api/pypi/mag-python/simple
trusted-host = metroauto.jfrog.io
""", v=_v), _v, "pip docs: configuration files (index-url with credentials)")

_v = fakes.pypi_token(_seed())
S("ini/pypirc", "tools/dms-client-lib/.pypirc", t("""
[distutils]
index-servers =
    pypi
    mag

[pypi]
username = __token__
password = @@v@@

[mag]
repository = https://metroauto.jfrog.io/artifactory/api/pypi/mag-python
username = ci-publisher
""", v=_v), _v, "Python Packaging User Guide: the .pypirc file")

_v = fakes.aws_secret_key(_seed())
S("ini/rclone", "ops/photo-backup/rclone.conf", t("""
[photos-s3]
type = s3
provider = AWS
env_auth = false
access_key_id = @@k@@
secret_access_key = @@v@@
region = us-east-2
acl = private

[homenet-ftp]
type = ftp
host = ftp.homenetinc.com
user = metro_cdjr
""", k=fakes.aws_key_id(_seed()), v=_v), _v, "rclone docs: Amazon S3 remote configuration")

_v = hexs(32)
S("ini/supervisord", "deploy/supervisor/vin-decoder.conf", t("""
[program:vin-decoder]
command=/opt/vin-decoder/.venv/bin/gunicorn vin_decoder.app:app -b 127.0.0.1:8090 -w 3
directory=/opt/vin-decoder
user=vin
autostart=true
autorestart=true
environment=CHROMEDATA_ACCOUNT_NUMBER="308211",CHROMEDATA_ACCOUNT_SECRET="@@v@@",ADS_LOCALE="en_US"
stdout_logfile=/var/log/vin-decoder/out.log
stderr_logfile=/var/log/vin-decoder/err.log
""", v=_v), _v, "Supervisor docs: program environment; ChromeData ADS account number and secret")

# --- TOML ----------------------------------------------------------------------------------------

_v = azure_secret()
S("toml/dealertrack-credit", "credit_bridge/config.toml", t("""
[app]
name = "credit-bridge"
log_level = "info"

[dealertrack]
base_url = "https://api.dealertrack.com/credit/v2"
dealer_id = "1089442"
client_id = "@@cid@@"
client_secret = "@@v@@"

[routeone]
enabled = false
""", cid=uuid_s(), v=_v), _v, "TOML spec; Microsoft identity platform client credentials")

_v = human_pw()
S("toml/streamlit", "dashboards/sales-desk/.streamlit/secrets.toml", t("""
# Sales desk dashboard (gross, PVR, F&I penetration)
[connections.warehouse]
dialect = "mssql"
driver = "pyodbc"
host = "mag-dw.database.windows.net"
port = 1433
database = "DealerWarehouse"
username = "dash_ro"
password = "@@v@@"

[connections.warehouse.query]
driver = "ODBC Driver 18 for SQL Server"
""", v=_v), _v, "Streamlit docs: secrets management (.streamlit/secrets.toml)")

_v = alnum(32)
S("toml/xtime", "service_scheduler/settings/production.toml", t("""
[server]
host = "0.0.0.0"
port = 8000

[xtime]
api_base = "https://api.xtime.com/partner/v1"
api_key = '@@v@@'
dealer_codes = ["METRO-TOY-0412", "METRO-HON-0733"]
slot_minutes = 30

[notifications]
sms_provider = "twilio"
""", v=_v), _v, "Xtime (Cox Automotive) partner API key; TOML config")

# --- HCL -----------------------------------------------------------------------------------------

_v = rand_pw(20)
S("hcl/tfvars", "infra/env/prod/terraform.tfvars", t("""
environment       = "prod"
region            = "us-east-2"
vpc_cidr          = "10.60.0.0/16"
db_instance_class = "db.r6g.large"
db_username       = "inventory_admin"
db_password       = "@@v@@"
rooftops          = ["metro-toy", "metro-hon", "metro-cdjr", "lakeside-chevy"]
""", v=_v), _v, "Terraform docs: variable definitions (.tfvars) files")

_v = hexs(32)
S("hcl/datadog", "infra/monitoring/providers.tf", t("""
terraform {
  required_providers {
    datadog = {
      source  = "DataDog/datadog"
      version = "~> 3.38"
    }
  }
}

provider "datadog" {
  api_key = "@@v@@"
  app_key = var.datadog_app_key
  api_url = "https://api.us5.datadoghq.com/"
}

resource "datadog_monitor" "dms_sync_lag" {
  name    = "DMS sync lag > 45m"
  type    = "metric alert"
  query   = "max(last_10m):max:dms.sync.lag_minutes{*} by {rooftop} > 45"
  message = "@pagerduty-dms-oncall"
}
""", v=_v), _v, "Terraform Registry: DataDog provider configuration")

_v = fortellis_secret()
S("hcl/ssm-parameter", "infra/dms-sync/ssm.tf", t("""
resource "aws_ssm_parameter" "fortellis_client_id" {
  name  = "/dms-sync/prod/fortellis/client-id"
  type  = "String"
  value = "@@cid@@"
}

resource "aws_ssm_parameter" "fortellis_client_secret" {
  name  = "/dms-sync/prod/fortellis/client-secret"
  type  = "SecureString"
  value = "@@v@@"
}
""", cid=fortellis_key(), v=_v), _v, "Terraform AWS provider: aws_ssm_parameter")

_v = human_pw()
S("hcl/nomad", "deploy/nomad/incentive-feed.nomad.hcl", t("""
job "incentive-feed" {
  datacenters = ["mag-dc1"]
  type        = "batch"

  periodic {
    cron             = "30 5 * * *"
    prohibit_overlap = true
  }

  group "pull" {
    task "pull" {
      driver = "docker"
      config {
        image = "registry.metroautogroup.local/incentive-feed:1.9.2"
      }
      env {
        OEM_PORTAL_USER     = "MAG44712"
        OEM_PORTAL_PASSWORD = "@@v@@"
        OUTPUT_BUCKET       = "mag-incentives"
      }
    }
  }
}
""", v=_v), _v, "Nomad docs: job specification env block")

# --- nginx / apache ------------------------------------------------------------------------------

_v = b64("legacy_inv:" + human_pw())
S("nginx/basic-auth-header", "deploy/nginx/conf.d/inventory-api.conf", t("""
upstream legacy_inventory {
    server 10.40.12.44:8080;
}

server {
    listen 443 ssl http2;
    server_name inventory-api.metroautogroup.com;
    ssl_certificate     /etc/nginx/tls/inventory-api.crt;
    ssl_certificate_key /etc/nginx/tls/inventory-api.key;

    location /v1/ {
        proxy_pass http://legacy_inventory/InventoryService/;
        proxy_set_header Host $host;
        proxy_set_header Authorization "Basic @@v@@";
        proxy_read_timeout 120s;
    }
}
""", v=_v), _v, "nginx docs: proxy_set_header; RFC 7617 HTTP Basic authentication")

_v = alnum(32)
S("nginx/api-key-header", "deploy/nginx/sites-available/vin-proxy", t("""
server {
    listen 80;
    server_name vin.internal.metroautogroup.com;

    location /decode/ {
        proxy_pass https://mc-api.marketcheck.com/v2/decode/car/;
        proxy_set_header Host mc-api.marketcheck.com;
        proxy_set_header X-Api-Key "@@v@@";
        proxy_ssl_server_name on;
        proxy_cache vin_cache;
        proxy_cache_valid 200 30d;
    }
}
""", v=_v), _v, "nginx docs: proxy_set_header; MarketCheck VIN decode API")

_v = human_pw()
S("apache/setenv", "deploy/apache/lakesidechevy.conf", t("""
<VirtualHost *:443>
    ServerName www.lakesidechevy.com
    DocumentRoot /var/www/lakesidechevy/public
    SSLEngine on
    SSLCertificateFile /etc/ssl/lakesidechevy/fullchain.pem
    SSLCertificateKeyFile /etc/ssl/lakesidechevy/privkey.pem

    SetEnv DB_HOST 10.40.20.11
    SetEnv DB_NAME lakeside_wp
    SetEnv DB_USER lakeside_wp
    SetEnv DB_PASSWORD "@@v@@"

    <Directory /var/www/lakesidechevy/public>
        AllowOverride All
        Require all granted
    </Directory>
</VirtualHost>
""", v=_v), _v, "Apache HTTP Server docs: mod_env SetEnv")

# --- systemd / cron ------------------------------------------------------------------------------

_v = human_pw()
S("systemd/environment", "deploy/systemd/opentrack-sync.service", t("""
[Unit]
Description=Dealertrack OpenTrack -> warehouse sync
After=network-online.target

[Service]
Type=simple
User=dmssync
WorkingDirectory=/opt/opentrack-sync
Environment="OT_USERNAME=metro_ot_prod"
Environment="OT_PASSWORD=@@v@@"
ExecStart=/opt/opentrack-sync/.venv/bin/python -m opentrack_sync --interval 900
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", v=_v), _v, "systemd.exec(5): Environment=")

_v = upalnum(24)
S("systemd/execstart-arg", "deploy/systemd/kbb-cache.service", t("""
[Unit]
Description=KBB values cache warmer for trade-in appraisals
After=network.target

[Service]
User=valuations
ExecStart=/usr/local/bin/kbb-cache --api-key @@v@@ --zip 43215 --refresh 6h
Restart=always
RestartSec=30

[Install]
WantedBy=multi-user.target
""", v=_v), _v, "systemd.service(5): ExecStart=; Kelley Blue Book API key")

_v = human_pw()
S("crontab/curl-ftp", "ops/cron/inventory.crontab", t("""
SHELL=/bin/bash
MAILTO=it-alerts@metroautogroup.com
# m  h  dom mon dow  command
15   3  *   *   *    /opt/exporter/bin/export --rooftop METRO-TOY --out /srv/feeds/metro_toy.csv
25   3  *   *   *    curl -sS --ftp-pasv -T /srv/feeds/metro_toy.csv -u metrotoyota_4471:@@v@@ ftp://ftp.autotrader.com/
30   3  *   *   *    /opt/exporter/bin/export --rooftop METRO-HON --out /srv/feeds/metro_hon.csv
""", v=_v), _v, "crontab(5); curl docs: -u user:password, -T upload")

_v = rand_pw(16)
S("crontab/mysqldump", "ops/cron/wp-backup.crontab", t("""
# WordPress dealer sites - nightly DB dumps kept 14 days
# owner: web team (ticket IT-2291)
MAILTO=web-team@metroautogroup.com
0 2 * * * mysqldump -h 10.40.20.11 -u wp_backup -p'@@v@@' --single-transaction lakeside_wp | gzip > /backups/lakeside_wp_$(date +\\%F).sql.gz
30 2 * * * find /backups -name '*.sql.gz' -mtime +14 -delete
0 4 * * 0 /usr/local/bin/wp-cli --path=/var/www/lakesidechevy/public core verify-checksums
""", v=_v), _v, "MySQL docs: mysqldump -p option; crontab(5)")

_v = upalnum(16)
S("crontab/url-key", "ops/cron/vin-refresh.cron", t("""
# refresh decoded specs for newly received units (VinAudit)
MAILTO=""
PATH=/usr/local/bin:/usr/bin:/bin
*/30 6-20 * * * vin  /opt/vin/refresh.sh
15 0 * * *      vin  find /srv/vin -name '*.json' -mtime +7 -delete
0 1 * * *       vin  wget -q -O /srv/vin/market.json "https://marketvalue.vinaudit.com/getmarketvalue.php?key=@@v@@&format=json&vin=ALLNEW"
""", v=_v), _v, "crontab(5); VinAudit market value API key parameter")

# --- shell ---------------------------------------------------------------------------------------

_v = human_pw()
S("shell/lftp", "scripts/upload_inventory.sh", t("""
#!/usr/bin/env bash
# Push the nightly inventory file to vAuto / HomeNet. Run from cron on mag-etl01.
set -euo pipefail

ROOFTOP="${1:-METRO-TOY}"
FEED_DIR=/srv/feeds
FILE="${FEED_DIR}/${ROOFTOP,,}_inventory.csv"

if [[ ! -s "$FILE" ]]; then
  echo "no feed for $ROOFTOP" >&2
  exit 1
fi

lftp -u metroauto_export,'@@v@@' sftp://sftp.homenetinc.com <<EOF
set sftp:auto-confirm yes
cd incoming
put "$FILE"
bye
EOF
echo "uploaded $FILE"
""", v=_v), _v, "lftp(1): -u user,password; HomeNet inventory SFTP")

_v = rand_pw(14)
S("shell/sshpass", "scripts/bureau_upload.sh", t("""
#!/bin/sh
# Monthly prescreen file to the credit bureau (PGP encrypted before upload)
set -e
OUT=/srv/fni/prescreen_$(date +%Y%m).csv
gpg --batch --yes --trust-model always -r bureau-intake@example-bureau.com -o "$OUT.pgp" -e "$OUT"
sshpass -p '@@v@@' sftp -oBatchMode=no -oStrictHostKeyChecking=yes mag_prescreen@sftp.example-bureau.com <<EOF
cd /inbound
put $OUT.pgp
EOF
rm -f "$OUT"
""", v=_v), _v, "sshpass(1) -p password; OpenSSH sftp batch")

_v = human_pw()
S("shell/curl-query", "scripts/test_700credit.sh", t("""
#!/usr/bin/env bash
# quick smoke test of the 700Credit QuickQualify endpoint (soft pull, test applicant)
curl -sS "https://www.700dealer.com/QuickQualify/v2/Score.aspx" \\
  --data-urlencode "ACCOUNT=MAG0197" \\
  --data-urlencode "PASSWD=@@v@@" \\
  --data-urlencode "PRODUCT=QQ" \\
  --data-urlencode "NAME=TEST, APPLICANT" \\
  --data-urlencode "ADDRESS=123 MAIN ST" \\
  --data-urlencode "ZIP=43215" | xmllint --format -
""", v=_v), _v, "700Credit QuickQualify API (account/password form fields); curl docs")

_v = rand_pw(10)
S("shell/ftp-heredoc", "legacy/send_dealer_specialties.sh", t("""
#!/bin/ksh
# Dealer Specialties window-sticker export - old AIX box, do not "improve"
cd /u/exports/ds
ftp -inv ftp.dealerspecialties.com <<END_FTP
user metro01 @@v@@
binary
cd upload
put METRO01.TXT
bye
END_FTP
""", v=_v), _v, "ftp(1) -n with a user command in a here-document")

_v = fakes.aws_secret_key(_seed())
S("shell/aws-keys", "scripts/deploy_photo_lambda.sh", t("""
#!/usr/bin/env bash
set -euo pipefail
export AWS_ACCESS_KEY_ID=@@k@@
export AWS_SECRET_ACCESS_KEY=@@v@@
export AWS_DEFAULT_REGION=us-east-2

cd lambdas/photo-resize
zip -qr ../photo-resize.zip .
aws lambda update-function-code --function-name photo-resize --zip-file fileb://../photo-resize.zip
""", k=fakes.aws_key_id(_seed()), v=_v), _v, "AWS CLI docs: environment variables to configure the AWS CLI")

_v = alnum(40)
S("shell/bearer", "scripts/podium_backfill.sh", t("""
#!/usr/bin/env bash
# Backfill review invites for last month's service customers (Podium)
LOCATION_UID="b1f0c1e2-3a57-4b0b-9d6e-2c1f0a4e7d11"
while IFS=, read -r name phone ro; do
  curl -s -X POST https://api.podium.com/v4/review_invites \\
    -H "Authorization: Bearer @@v@@" \\
    -H "Content-Type: application/json" \\
    -d "{\\"locationUid\\":\\"$LOCATION_UID\\",\\"customerName\\":\\"$name\\",\\"customerPhone\\":\\"$phone\\"}"
  sleep 1
done < service_customers.csv
""", v=_v), _v, "Podium API docs: bearer authentication")

# --- PowerShell / batch --------------------------------------------------------------------------

_v = human_pw()
S("powershell/securestring", "scripts/Export-DealsToWarehouse.ps1", t("""
# Pulls yesterday's deals from the Reynolds ERA export share into the warehouse
param([string]$Rooftop = "METRO-CDJR")

$user = "MAG\\svc_era_export"
$pass = ConvertTo-SecureString "@@v@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

New-PSDrive -Name ERA -PSProvider FileSystem -Root "\\\\era-srv01\\exports" -Credential $cred | Out-Null
$file = Get-ChildItem "ERA:\\$Rooftop\\deals_*.csv" | Sort-Object LastWriteTime | Select-Object -Last 1
Import-Csv $file.FullName | Write-SqlTableData -ServerInstance "MAG-SQL02" -DatabaseName DealerWarehouse -SchemaName stage -TableName Deals -Force
Remove-PSDrive ERA
""", v=_v), _v, "PowerShell docs: ConvertTo-SecureString -AsPlainText; PSCredential")

_v = human_pw()
S("powershell/winscp", "scripts/Send-CarsComFeed.ps1", t("""
Add-Type -Path "C:\\Program Files (x86)\\WinSCP\\WinSCPnet.dll"

$sessionOptions = New-Object WinSCP.SessionOptions -Property @{
    Protocol = [WinSCP.Protocol]::Ftp
    HostName = "ftp.cars.com"
    UserName = "lakeside8812"
    Password = "@@v@@"
    FtpSecure = [WinSCP.FtpSecure]::Explicit
}

$session = New-Object WinSCP.Session
try {
    $session.Open($sessionOptions)
    $result = $session.PutFiles("D:\\Feeds\\lakeside8812.txt", "/", $False)
    $result.Check()
} finally {
    $session.Dispose()
}
""", v=_v), _v, "WinSCP .NET assembly docs: SessionOptions")

_v = alnum(32)
S("powershell/api-key-header", "scripts/Get-KbbValues.ps1", t("""
$headers = @{
    "api_key"      = "@@v@@"
    "Accept"       = "application/json"
}
$vins = Get-Content .\\appraisals.txt
foreach ($vin in $vins) {
    $r = Invoke-RestMethod -Uri "https://api.kbb.com/idws/vehicle/vin/id/$vin" -Headers $headers -Method Get
    "{0},{1},{2}" -f $vin, $r.vehicleId, $r.trimName | Add-Content .\\kbb_ids.csv
}
""", v=_v), _v, "PowerShell Invoke-RestMethod -Headers; KBB IDWS API key header")

_v = rand_pw(16)
S("powershell/smtp", "scripts/Send-AgedInventoryReport.ps1", t("""
$smtpUser = "reports@metroautogroup.com"
$smtpPass = "@@v@@"
$cred = New-Object PSCredential($smtpUser, (ConvertTo-SecureString $smtpPass -AsPlainText -Force))

$csv = "D:\\Reports\\aged_inventory_$(Get-Date -Format yyyyMMdd).csv"
Invoke-Sqlcmd -ServerInstance MAG-SQL02 -Database DealerWarehouse -Query "EXEC rpt.AgedInventory @Days=60" |
    Export-Csv $csv -NoTypeInformation

Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred `
    -From $smtpUser -To "used-car-managers@metroautogroup.com" `
    -Subject "Aged inventory (60+ days)" -Attachments $csv
""", v=_v), _v, "PowerShell docs: Send-MailMessage -Credential")

_v = human_pw()
S("batch/sqlcmd", "jobs/nightly_gl_extract.bat", t("""
@echo off
REM Nightly GL extract from the CDK replica for accounting (runs as scheduled task)
set SQLSERVER=MAG-SQL02\\DMS
set OUTDIR=D:\\Extracts\\GL
sqlcmd -S %SQLSERVER% -d CDK_Replica -U gl_extract -P "@@v@@" -i gl_extract.sql -o %OUTDIR%\\gl_%date:~-4%%date:~4,2%%date:~7,2%.csv -s "," -W
if errorlevel 1 (
  echo GL extract failed >> %OUTDIR%\\errors.log
  exit /b 1
)
""", v=_v), _v, "Microsoft docs: sqlcmd utility -U -P")

_v = human_pw()
S("batch/ftp-script", "jobs/send_truecar_feed.cmd", t("""
@echo off
REM TrueCar inventory feed - builds an ftp script on the fly
set FEED=D:\\Feeds\\metro_hon_truecar.csv
> %TEMP%\\tc_ftp.txt echo open ftp.truecar.com
>> %TEMP%\\tc_ftp.txt echo metrohonda_inv
>> %TEMP%\\tc_ftp.txt echo @@v@@
>> %TEMP%\\tc_ftp.txt echo binary
>> %TEMP%\\tc_ftp.txt echo put %FEED%
>> %TEMP%\\tc_ftp.txt echo quit
ftp -s:%TEMP%\\tc_ftp.txt
del %TEMP%\\tc_ftp.txt
""", v=_v), _v, "Windows ftp -s: script file")

# --- Python --------------------------------------------------------------------------------------

_v = fortellis_secret()
S("python/fortellis-secret", "dms_sync/fortellis_client.py", t('''
"""Thin client for the Fortellis (CDK Drive) APIs used by the DMS sync."""
import time

import requests

TOKEN_URL = "https://identity.fortellis.io/oauth2/aus1p1ixy7YL8cMq02p7/v1/token"
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@v@@"


class FortellisClient:
    def __init__(self, subscription_id: str):
        self.subscription_id = subscription_id
        self._token = None
        self._expires = 0.0

    def token(self) -> str:
        if self._token is None or time.time() > self._expires - 60:
            resp = requests.post(TOKEN_URL, auth=(CLIENT_ID, CLIENT_SECRET),
                                 data={"grant_type": "client_credentials", "scope": "anonymous"}, timeout=30)
            resp.raise_for_status()
            body = resp.json()
            self._token, self._expires = body["access_token"], time.time() + body["expires_in"]
        return self._token

    def get(self, path: str, **params):
        headers = {"Authorization": f"Bearer {self.token()}", "Subscription-Id": self.subscription_id}
        resp = requests.get("https://api.fortellis.io" + path, headers=headers, params=params, timeout=60)
        resp.raise_for_status()
        return resp.json()
''', cid=fortellis_key(), v=_v), _v, "Fortellis docs: client credentials token and Subscription-Id header")

_v = hexs(40)
S("python/dataone", "vin_service/dataone.py", t('''
import requests
from lxml import etree

DATAONE_URL = "https://api.dataonesoftware.com/webservices/vindecoder/decode"
DATAONE_CLIENT_ID = "10743"
DATAONE_AUTH_CODE = "@@v@@"

QUERY = """<decoder_query><decoder_settings><display>full</display><version>7.2.0</version>
<styles>on</styles><style_data_packs><basic_data>on</basic_data><installed_equipment>on</installed_equipment>
</style_data_packs></decoder_settings><query_requests><query_request identifier="1"><vin>{vin}</vin>
</query_request></query_requests></decoder_query>"""


def decode(vin: str) -> etree._Element:
    resp = requests.post(DATAONE_URL, data={
        "client_id": DATAONE_CLIENT_ID,
        "authorization_code": DATAONE_AUTH_CODE,
        "decoder_query": QUERY.format(vin=vin),
    }, timeout=20)
    resp.raise_for_status()
    return etree.fromstring(resp.content)
''', v=_v), _v, "DataOne Software VIN decoder web service (client_id, authorization_code)")

_v = human_pw()
S("python/geotab", "loaners/geotab_positions.py", t('''
"""Where are the loaners? Pulls last known positions from MyGeotab every 5 minutes."""
import mygeotab

api = mygeotab.API(username="fleet.api@metroautogroup.com",
                   password="@@v@@",
                   database="metroauto_loaners")
api.authenticate()


def positions():
    devices = {d["id"]: d["name"] for d in api.get("Device")}
    for status in api.get("DeviceStatusInfo"):
        yield devices.get(status["device"]["id"]), status["latitude"], status["longitude"], status["dateTime"]


if __name__ == "__main__":
    for name, lat, lon, when in positions():
        print(f"{name:20} {lat:.5f},{lon:.5f} {when}")
''', v=_v), _v, "MyGeotab Python SDK docs: mygeotab.API(username, password, database)")

_v = fakes.django_secret_key(_seed())
S("python/django-secret-key", "recon_tracker/settings/production.py", t('''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["recon.metroautogroup.com"]

SECRET_KEY = "@@v@@"

CSRF_TRUSTED_ORIGINS = ["https://recon.metroautogroup.com"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

RECON_STAGES = ["check-in", "mechanical", "body", "detail", "photos", "frontline"]
''', v=_v), _v, "Django docs: SECRET_KEY setting")

_v = human_pw()
S("python/django-database", "desking/settings.py", t('''
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False
ALLOWED_HOSTS = ["desk.metroautogroup.com"]

DATABASES = {
    "default": {
        "ENGINE": "mssql",
        "NAME": "Desking",
        "USER": "desking_app",
        "PASSWORD": "@@v@@",
        "HOST": "MAG-SQL02",
        "PORT": "1433",
        "OPTIONS": {"driver": "ODBC Driver 18 for SQL Server", "extra_params": "TrustServerCertificate=yes"},
    }
}

INCENTIVE_FEED_URL = "https://incentives.metroautogroup.local/feed"
TIME_ZONE = "America/New_York"
''', v=_v), _v, "Django docs: DATABASES setting; mssql-django backend")

_v = alnum(32)
S("python/webhook-signing", "lead_router/webhooks.py", t('''
import hashlib
import hmac

from fastapi import APIRouter, Header, HTTPException, Request

router = APIRouter()

# shared with the website vendor (DealerOn lead webhook); rotate with them
LEAD_WEBHOOK_SECRET = b"@@v@@"


@router.post("/webhooks/website-lead")
async def website_lead(request: Request, x_signature: str = Header(...)):
    body = await request.body()
    expected = hmac.new(LEAD_WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, x_signature):
        raise HTTPException(status_code=401, detail="bad signature")
    lead = await request.json()
    return {"accepted": lead.get("id")}
''', v=_v), _v, "HMAC-SHA256 webhook signatures (RFC 2104); FastAPI docs")

_v = fakes.aws_secret_key(_seed())
S("python/boto3", "photo_sync/s3_upload.py", t('''
import boto3

s3 = boto3.client(
    "s3",
    region_name="us-east-2",
    aws_access_key_id="@@k@@",
    aws_secret_access_key="@@v@@",
)


def upload_photos(vin: str, paths: list[str]) -> None:
    for i, path in enumerate(paths, start=1):
        key = f"vehicles/{vin}/{i:02d}.jpg"
        s3.upload_file(path, "mag-vehicle-photos", key, ExtraArgs={"ContentType": "image/jpeg"})
''', k=fakes.aws_key_id(_seed()), v=_v), _v, "boto3 docs: passing credentials as parameters")

_v = "Dealer" + rand_pw(8) + "#Trk"
S("python/split-literal", "opentrack_sync/config.py", t('''
"""OpenTrack settings. Password split so it does not show up in grep (yes, really)."""

ENDPOINT = "https://ot.dms.dealertrack.com/OpenTrack/WebService.asmx"
ENTERPRISE_CODE = "ZE"
COMPANY_NUMBER = "ZE7"
SERVER_NAME = "arkonap.arkona.com"
USERNAME = "metro_ot_prod"
PASSWORD = ("@@a@@"
            "@@b@@")
''', a=_v[:9], b=_v[9:]), _v, "Python docs: string literal concatenation")

_v = slack_webhook()
S("python/slack-webhook", "lead_router/alerts.py", t('''
import requests

HOT_LEAD_WEBHOOK = "@@v@@"


def alert_hot_lead(lead: dict) -> None:
    """Ping #bdc-hot-leads when a website lead asks for a test drive today."""
    text = (f":car: *{lead['first_name']} {lead['last_name']}* wants to drive a "
            f"{lead['year']} {lead['make']} {lead['model']} (stock {lead['stock']}) today - {lead['phone']}")
    requests.post(HOT_LEAD_WEBHOOK, json={"text": text}, timeout=5)
''', v=_v), _v, "Slack docs: sending messages using incoming webhooks")

_v = rand_pw(16)
S("python/sqlalchemy", "reports/fni_penetration.py", t('''
import pandas as pd
from sqlalchemy import create_engine

engine = create_engine(
    "mssql+pyodbc://fni_report:@@v@@@MAG-SQL02/DealerWarehouse"
    "?driver=ODBC+Driver+18+for+SQL+Server&TrustServerCertificate=yes"
)

SQL = """
SELECT rooftop, fi_manager, COUNT(*) AS deals,
       AVG(CASE WHEN vsc_sold = 1 THEN 1.0 ELSE 0 END) AS vsc_pen,
       AVG(CASE WHEN gap_sold = 1 THEN 1.0 ELSE 0 END) AS gap_pen
FROM fi.Deals WHERE deal_date >= DATEADD(month, -1, GETDATE())
GROUP BY rooftop, fi_manager
"""

if __name__ == "__main__":
    print(pd.read_sql(SQL, engine).to_string(index=False))
''', v=_v), _v, "SQLAlchemy docs: engine URLs (mssql+pyodbc)")

_v = rand_pw(14)
S("python/basic-auth-tuple", "valuations/blackbook.py", t('''
import requests

BB_URL = "https://service.blackbookcloud.com/UsedCarWS/UsedCarWS/UsedVehicle/VIN/{vin}"


def appraise(vin: str, mileage: int, state: str = "OH") -> dict:
    resp = requests.get(BB_URL.format(vin=vin),
                        params={"mileage": mileage, "state": state, "customerid": "MAG"},
                        auth=("metroauto_api", "@@v@@"), timeout=15)
    resp.raise_for_status()
    return resp.json()["used_vehicles"]["used_vehicle_list"][0]
''', v=_v), _v, "requests docs: basic authentication; Black Book Cloud UsedCarWS")

_v = fakes.openai_key(_seed())
S("python/openai", "bdc_assistant/reply_drafts.py", t('''
from openai import OpenAI

client = OpenAI(api_key="@@v@@")

SYSTEM = ("You draft short, friendly replies for a car dealership BDC. Never quote a price or a payment; "
          "offer an appointment instead.")


def draft_reply(lead_comment: str, vehicle: str) -> str:
    out = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM},
                  {"role": "user", "content": f"Vehicle: {vehicle}\\nCustomer wrote: {lead_comment}"}],
    )
    return out.choices[0].message.content
''', v=_v), _v, "OpenAI Python library docs: api_key argument")

_v = uuid_s()
S("python/smartcar", "connected_service/oauth.py", t('''
import smartcar

client = smartcar.AuthClient(
    client_id="@@cid@@",
    client_secret="@@v@@",
    redirect_uri="https://service.metroautogroup.com/smartcar/callback",
    mode="live",
)

SCOPES = ["read_odometer", "read_engine_oil", "read_tires", "read_vehicle_info"]


def connect_url(state: str) -> str:
    return client.get_auth_url(SCOPES, {"state": state})
''', cid=uuid_s(), v=_v), _v, "Smartcar Python SDK docs: AuthClient")

# --- C# / Java -----------------------------------------------------------------------------------

_v = human_pw()
S("csharp/network-credential", "src/Metro.RciClient/RciServiceFactory.cs", t('''
using System.Net;
using System.ServiceModel;

namespace Metro.RciClient
{
    public static class RciServiceFactory
    {
        private const string Endpoint = "https://rci.reyrey.com/RCIService/v4/ROService.svc";

        public static ROServiceClient Create()
        {
            var binding = new BasicHttpsBinding(BasicHttpsSecurityMode.Transport);
            binding.Security.Transport.ClientCredentialType = HttpClientCredentialType.Basic;
            binding.MaxReceivedMessageSize = 64 * 1024 * 1024;

            var client = new ROServiceClient(binding, new EndpointAddress(Endpoint));
            client.ClientCredentials.UserName.UserName = "MAG_RCI_PROD";
            client.ClientCredentials.UserName.Password = "@@v@@";
            return client;
        }
    }
}
''', v=_v), _v, "Microsoft docs: WCF ClientCredentials.UserName")

_v = fortellis_secret()
S("csharp/const-secret", "src/Metro.Fortellis/FortellisOptions.cs", t('''
namespace Metro.Fortellis
{
    public sealed class FortellisOptions
    {
        public string TokenUrl { get; set; } = "https://identity.fortellis.io/oauth2/aus1p1ixy7YL8cMq02p7/v1/token";
        public string ClientId { get; set; } = "@@cid@@";
        // TODO move to Key Vault before go-live
        public string ClientSecret { get; set; } = "@@v@@";
        public string BaseUrl { get; set; } = "https://api.fortellis.io";
        public int TimeoutSeconds { get; set; } = 60;
    }
}
''', cid=fortellis_key(), v=_v), _v, "Fortellis client credentials; .NET options pattern")

_v = rand_pw(14, "!")
S("java/routeone", "credit-bridge/src/main/java/com/metroauto/credit/RouteOneConfig.java", t('''
package com.metroauto.credit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ws.soap.security.wss4j2.Wss4jSecurityInterceptor;

@Configuration
public class RouteOneConfig {

    static final String DEALER_ID = "QX4471";
    static final String PARTNER_USER = "metroauto.api";
    static final String PARTNER_PASSWORD = "@@v@@";

    @Bean
    public Wss4jSecurityInterceptor routeOneSecurity() {
        Wss4jSecurityInterceptor interceptor = new Wss4jSecurityInterceptor();
        interceptor.setSecurementActions("UsernameToken");
        interceptor.setSecurementUsername(PARTNER_USER);
        interceptor.setSecurementPassword(PARTNER_PASSWORD);
        interceptor.setSecurementPasswordType("PasswordText");
        return interceptor;
    }
}
''', v=_v), _v, "Spring Web Services docs: Wss4jSecurityInterceptor; RouteOne partner credentials")

# --- JavaScript / TypeScript ---------------------------------------------------------------------

_v = sendgrid_key()
S("javascript/sendgrid", "lead-router/src/mailer.js", t('''
'use strict';
const sgMail = require('@sendgrid/mail');

const SENDGRID_API_KEY = '@@v@@';
sgMail.setApiKey(SENDGRID_API_KEY);

/** Forward an ADF/XML lead to the rooftop CRM inbox (VinSolutions / DealerSocket parse ADF email). */
async function forwardAdf(rooftop, adfXml) {
  await sgMail.send({
    to: rooftop.crmEmail,
    from: 'leads@metroautogroup.com',
    subject: `ADF lead - ${rooftop.code}`,
    text: adfXml,
  });
}

module.exports = { forwardAdf };
''', v=_v), _v, "SendGrid Node.js library docs: setApiKey")

_v = alnum(32)
S("typescript/cargurus", "lead-router/src/sources/cargurus.ts", t('''
import axios from "axios";

const CARGURUS_LEADS_URL = "https://www.cargurus.com/Cars/api/leads/v1/dealer/lakeside-chevrolet";
const CARGURUS_API_KEY = "@@v@@";

export interface CarGurusLead {
  leadId: string;
  vin: string;
  firstName: string;
  lastName: string;
  email?: string;
  phone?: string;
  message?: string;
}

export async function fetchSince(sinceIso: string): Promise<CarGurusLead[]> {
  const res = await axios.get(CARGURUS_LEADS_URL, {
    headers: { "X-API-Key": CARGURUS_API_KEY },
    params: { since: sinceIso },
    timeout: 15000,
  });
  return res.data.leads as CarGurusLead[];
}
''', v=_v), _v, "CarGurus dealer lead API (partner API key header)")

_v = rand_pw(16)
S("javascript/mongodb-uri", "appraisal-app/server/db.js", t('''
const mongoose = require('mongoose');

const uri = 'mongodb+srv://appraisal_app:@@v@@@mag-cluster0.x7qpl.mongodb.net/appraisals?retryWrites=true&w=majority';

mongoose.set('strictQuery', true);
mongoose.connect(uri).then(() => console.log('mongo connected'));

const Appraisal = mongoose.model('Appraisal', new mongoose.Schema({
  vin: String, mileage: Number, acv: Number, appraiser: String, rooftop: String,
}, { timestamps: true }));

module.exports = { Appraisal };
''', v=_v), _v, "MongoDB docs: connection string URI format (mongodb+srv)")

_v = stripe_key("sk_live_")
S("typescript/stripe", "web/service-site/pages/api/deposit.ts", t('''
import type { NextApiRequest, NextApiResponse } from "next";
import Stripe from "stripe";

const stripe = new Stripe("@@v@@", { apiVersion: "2024-04-10" });

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const { appointmentId, email } = req.body;
  const intent = await stripe.paymentIntents.create({
    amount: 10000,
    currency: "usd",
    receipt_email: email,
    metadata: { appointmentId, purpose: "service deposit" },
  });
  res.json({ clientSecret: intent.client_secret });
}
''', v=_v), _v, "Stripe API docs: secret keys; Next.js API routes")

_v = recaptcha_key()
S("javascript/recaptcha-secret", "web/dealer-site/server/verifyLead.js", t('''
const fetch = require('node-fetch');

const RECAPTCHA_SECRET = '@@v@@';

async function isHuman(token, remoteip) {
  const body = new URLSearchParams({ secret: RECAPTCHA_SECRET, response: token, remoteip });
  const r = await fetch('https://www.google.com/recaptcha/api/siteverify', { method: 'POST', body });
  const data = await r.json();
  return data.success && data.score >= 0.5;
}

module.exports = { isHuman };
''', v=_v), _v, "Google reCAPTCHA docs: verifying the user's response (secret key)")

_v = google_key()
S("javascript/google-server-key", "inventory-api/src/geocode.js", t('''
// Server-side geocoding of rooftop addresses for the "distance to you" filter.
// Key is IP-restricted to the API servers (not the browser key).
const GEOCODING_KEY = "@@v@@";

export async function geocode(address) {
  const url = new URL("https://maps.googleapis.com/maps/api/geocode/json");
  url.searchParams.set("address", address);
  url.searchParams.set("key", GEOCODING_KEY);
  const res = await fetch(url);
  const data = await res.json();
  return data.results[0]?.geometry?.location;
}
''', v=_v), _v, "Google Maps Platform docs: Geocoding API key parameter")

# --- PHP / Ruby / Go -----------------------------------------------------------------------------

_v = human_pw()
S("php/wp-config", "sites/lakesidechevy/wp-config.php", t("""
<?php
/** Lakeside Chevrolet Buick GMC - WordPress (dealer theme + inventory plugin) */
define( 'DB_NAME', 'lakeside_wp' );
define( 'DB_USER', 'lakeside_wp' );
define( 'DB_PASSWORD', '@@v@@' );
define( 'DB_HOST', '10.40.20.11' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'WP_HOME', 'https://www.lakesidechevy.com' );
define( 'WP_SITEURL', 'https://www.lakesidechevy.com' );
define( 'DISALLOW_FILE_EDIT', true );

$table_prefix = 'lcb_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", v=_v), _v, "WordPress docs: Editing wp-config.php")

_v = alnum(16)
S("php/authorize-net", "sites/metro-parts/includes/payment.php", t("""
<?php
// Parts counter online orders - Authorize.Net AIM
require 'vendor/autoload.php';
use net\\authorize\\api\\contract\\v1 as AnetAPI;

function merchant_auth(): AnetAPI\\MerchantAuthenticationType {
    $auth = new AnetAPI\\MerchantAuthenticationType();
    $auth->setName('7xK9m2QpLw');
    $auth->setTransactionKey('@@v@@');
    return $auth;
}

define('ANET_ENDPOINT', \\net\\authorize\\api\\constants\\ANetEnvironment::PRODUCTION);
""", v=_v), _v, "Authorize.Net PHP SDK docs: MerchantAuthenticationType (API login ID, transaction key)")

_v = human_pw()
S("php/adf-post", "sites/metro-toyota/lead-forms/send_adf.php", t("""
<?php
// Posts the website's contact-form leads as ADF/XML to the CRM's HTTP endpoint
$crm_url  = 'https://leads.elead-crm.com/adf/post';
$crm_user = 'metrotoyota_web';
$crm_pass = '@@v@@';

function send_adf(string $xml) {
    global $crm_url, $crm_user, $crm_pass;
    $ch = curl_init($crm_url);
    curl_setopt($ch, CURLOPT_USERPWD, $crm_user . ':' . $crm_pass);
    curl_setopt($ch, CURLOPT_POSTFIELDS, $xml);
    curl_setopt($ch, CURLOPT_HTTPHEADER, ['Content-Type: text/xml']);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    $out = curl_exec($ch);
    curl_close($ch);
    return $out;
}
""", v=_v), _v, "ADF (Auto-lead Data Format) over HTTP POST; PHP cURL CURLOPT_USERPWD")

_sid, _v = twilio_sid(), twilio_token()
S("ruby/twilio", "lib/tasks/recall_outreach.rake", t("""
require "twilio-ruby"
require "csv"

namespace :recalls do
  desc "Text owners with an open recall (NHTSA campaign list imported nightly)"
  task outreach: :environment do
    client = Twilio::REST::Client.new("@@sid@@", "@@v@@")
    CSV.foreach(Rails.root.join("tmp/open_recalls.csv"), headers: true) do |row|
      client.messages.create(
        messaging_service_sid: "MG@@mg@@",
        to: row["phone"],
        body: "#{row['first_name']}, your #{row['year']} #{row['model']} has an open recall (#{row['campaign']}). " \\
              "Reply BOOK to schedule a free repair at Metro Toyota."
      )
    end
  end
end
""", sid=_sid, v=_v, mg=hexs(32)), _v, "twilio-ruby docs: Twilio::REST::Client.new(account_sid, auth_token)")

_v = samsara_token()
S("go/samsara", "telematics/poller/main.go", t("""
package main

import (
	"encoding/json"
	"log"
	"net/http"
	"time"
)

const (
	samsaraBase  = "https://api.samsara.com"
	samsaraToken = "@@v@@"
)

func fetchLocations() (map[string]any, error) {
	req, _ := http.NewRequest("GET", samsaraBase+"/fleet/vehicles/locations", nil)
	req.Header.Set("Authorization", "Bearer "+samsaraToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out map[string]any
	return out, json.NewDecoder(resp.Body).Decode(&out)
}

func main() {
	for range time.Tick(2 * time.Minute) {
		if _, err := fetchLocations(); err != nil {
			log.Println("samsara:", err)
		}
	}
}
""", v=_v), _v, "Samsara API docs: bearer token authentication")

# --- SQL -----------------------------------------------------------------------------------------

_v = human_pw()
S("sql/linked-server", "db/warehouse/030_linked_server_dms.sql", t("""
-- Linked server to the CDK replica so the warehouse can pull ROs with four-part names
EXEC master.dbo.sp_addlinkedserver
     @server = N'DMS_REPLICA',
     @srvproduct = N'',
     @provider = N'MSOLEDBSQL',
     @datasrc = N'10.40.12.31,1433';

EXEC master.dbo.sp_addlinkedsrvlogin
     @rmtsrvname = N'DMS_REPLICA',
     @useself = N'False',
     @locallogin = NULL,
     @rmtuser = N'warehouse_link',
     @rmtpassword = N'@@v@@';

EXEC master.dbo.sp_serveroption @server = N'DMS_REPLICA', @optname = N'rpc out', @optvalue = N'true';
GO
""", v=_v), _v, "Microsoft docs: sp_addlinkedsrvlogin")

_v = rand_pw(16, "!#")
S("sql/create-login", "db/warehouse/010_logins.sql", t("""
USE [master];
GO
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'reporting_api')
    CREATE LOGIN [reporting_api] WITH PASSWORD = N'@@v@@', CHECK_POLICY = ON, DEFAULT_DATABASE = [DealerWarehouse];
GO
USE [DealerWarehouse];
GO
CREATE USER [reporting_api] FOR LOGIN [reporting_api];
ALTER ROLE [db_datareader] ADD MEMBER [reporting_api];
GRANT EXECUTE ON SCHEMA::rpt TO [reporting_api];
GO
""", v=_v), _v, "Microsoft docs: CREATE LOGIN (Transact-SQL)")

_v = human_pw()
S("sql/create-role", "db/inventory/V7__reporting_role.sql", t("""
-- Flyway V7: read-only role for the BI team
CREATE ROLE reporting WITH LOGIN PASSWORD '@@v@@' VALID UNTIL 'infinity';
GRANT CONNECT ON DATABASE inventory TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reporting;
""", v=_v), _v, "PostgreSQL docs: CREATE ROLE ... PASSWORD")

# --- notebooks -----------------------------------------------------------------------------------


def notebook(cells: List[tuple]) -> str:
    """A Jupyter notebook as Jupyter writes it (nbformat 4, one line per source line)."""
    out = []
    for kind, source in cells:
        lines = source.strip("\n").split("\n")
        cell = {"cell_type": kind, "metadata": {}, "source": [line + "\n" for line in lines[:-1]] + [lines[-1]]}
        if kind == "code":
            cell.update(execution_count=None, outputs=[])
        out.append(cell)
    doc = {"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                      "language_info": {"name": "python", "version": "3.11.7"}},
           "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(doc, indent=1) + "\n"


_v = rand_pw(16)
S("notebook/sql-password", "analysis/aged_inventory.ipynb", notebook([
    ("markdown", "# Aged used inventory - 60/90/120 day buckets\nPulled from the warehouse, all rooftops."),
    ("code", "import pandas as pd\nimport pyodbc\n\nconn = pyodbc.connect(\n    'DRIVER={ODBC Driver 18 for SQL Server};SERVER=mag-dw.database.windows.net;'\n"
             f"    'DATABASE=DealerWarehouse;UID=analyst_ro;PWD={_v};Encrypt=yes'\n)"),
    ("code", "df = pd.read_sql('SELECT rooftop, stock_no, vin, days_in_stock, cost FROM inv.UsedVehicles', conn)\n"
             "df['bucket'] = pd.cut(df.days_in_stock, [0, 60, 90, 120, 999], labels=['<60', '60-89', '90-119', '120+'])\n"
             "df.pivot_table(index='rooftop', columns='bucket', values='cost', aggfunc='sum')"),
]), _v, "Jupyter nbformat 4; pyodbc connection string")

_v = alnum(32)
S("notebook/marketcheck", "analysis/market_days_supply.ipynb", notebook([
    ("markdown", "## Market days supply by model (150 mi around Columbus)"),
    ("code", f"import requests\nimport pandas as pd\n\nMC_KEY = \"{_v}\"\nBASE = 'https://mc-api.marketcheck.com/v2'"),
    ("code", "r = requests.get(f'{BASE}/search/car/active', params={'api_key': MC_KEY, 'zip': '43215', 'radius': 150,\n"
             "                 'make': 'toyota', 'facets': 'model', 'rows': 0})\n"
             "facets = pd.DataFrame(r.json()['facets']['model'])\nfacets.head(20)"),
]), _v, "Jupyter nbformat 4; MarketCheck API api_key parameter")

# --- Dockerfiles ---------------------------------------------------------------------------------

_v = alnum(40)
S("dockerfile/env-key", "vin_service/Dockerfile", t("""
FROM python:3.12-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

ENV CHROMEDATA_ACCOUNT_NUMBER=308211 \\
    CHROMEDATA_ACCOUNT_SECRET=@@v@@ \\
    PORT=8090

EXPOSE 8090
CMD ["gunicorn", "vin_service.app:app", "-b", "0.0.0.0:8090", "-w", "3"]
""", v=_v), _v, "Dockerfile reference: ENV; ChromeData ADS account secret")

_v = rand_pw(20)
S("dockerfile/pip-index", "dms_sync/Dockerfile", t("""
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml .
RUN pip wheel --wheel-dir /wheels \\
      --extra-index-url https://ci-reader:@@v@@@metroauto.jfrog.io/artifactory/api/pypi/mag-python/simple \\
      .

FROM python:3.11-slim
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
USER 1000
CMD ["python", "-m", "dms_sync"]
""", v=_v), _v, "pip docs: --extra-index-url with credentials; Dockerfile RUN")

# --- dotfiles ------------------------------------------------------------------------------------

_v = human_pw()
S("netrc/ftp-password", "ops/etl-home/.netrc", t("""
machine ftp.homenetinc.com
  login metro_cdjr
  password @@v@@

machine ftp.dealerspecialties.com
  login metro01
  password changeme-see-1password

machine sftp.cargurus.com login lakesidechevy_feed
""", v=_v), _v, "netrc(5): machine, login, password")

_v = rand_pw(22)
S("pgpass/postgres", "ops/etl-home/.pgpass", t("""
# ~/.pgpass of svc_etl on mag-etl01 (chmod 0600)
# hostname:port:database:username:password
inventory-prod.c8xk2lq1pz.us-east-2.rds.amazonaws.com:5432:inventory:reporting:@@v@@
localhost:5432:*:postgres:postgres
leads-db.internal:5432:leads:leadrouter:*
""", v=_v), _v, "PostgreSQL docs: the password file (.pgpass)")

_v = npm_token()
S("npmrc/npm-token", "web/dealer-site/.npmrc", t("""
@metroauto:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@v@@
save-exact=true
engine-strict=true
fund=false
""", v=_v), _v, "npm docs: .npmrc auth tokens")

_v = gitlab_token()
S("shell/git-token-url", "ops/build-agent/bootstrap.sh", t("""
#!/usr/bin/env bash
# One-time setup of a Windows/Linux build agent for the integration repos
set -euo pipefail
git config --global user.name "MAG build agent"
git config --global url."https://oauth2:@@v@@@gitlab.metroautogroup.com/".insteadOf "https://gitlab.metroautogroup.com/"
git clone https://gitlab.metroautogroup.com/integrations/dms-sync.git /opt/src/dms-sync
git clone https://gitlab.metroautogroup.com/integrations/lead-router.git /opt/src/lead-router
""", v=_v), _v, "GitLab docs: clone with a personal access token over HTTPS; git config url.insteadOf")

_v = b64("feeds:" + rand_pw(18))
S("docker-config/registry-auth", "ops/build-agent/.docker/config.json", t("""
{
  "auths": {
    "registry.metroautogroup.local": {
      "auth": "@@v@@"
    },
    "metroacr.azurecr.io": {}
  },
  "credsStore": "",
  "HttpHeaders": { "User-Agent": "Docker-Client/24.0.7 (linux)" }
}
""", v=_v), _v, "Docker docs: config.json auths (base64 user:password)")

# --- VBA / keys / docs / CI ----------------------------------------------------------------------

_v = human_pw()
S("vba/connection-string", "excel/FI_Commission.bas", t("""
Attribute VB_Name = "FI_Commission"
Option Explicit

' F&I commission workbook - pulls deals from the warehouse into the "Deals" sheet
Private Const CONN As String = "Provider=MSOLEDBSQL;Data Source=MAG-SQL02;Initial Catalog=DealerWarehouse;" & _
                               "User ID=fni_commission;Password=@@v@@;"

Public Sub RefreshDeals()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open CONN
    Set rs = cn.Execute("EXEC rpt.FiCommission @Month = '" & Format(Date, "yyyy-mm") & "'")
    Worksheets("Deals").Range("A2").CopyFromRecordset rs
    rs.Close: cn.Close
End Sub
""", v=_v), _v, "Microsoft docs: ADO Connection.Open; OLE DB Driver for SQL Server connection strings")

_v = openssh_key()
S("key-file/ssh-private", "deploy/keys/bureau_sftp_ed25519", _v + "\n", _v,
  "OpenSSH ssh-keygen: private key file format")

_v = pgp_block("PRIVATE KEY")
S("key-file/pgp-private", "fni/keys/prescreen-signing.asc", t("""
Comment: Metro Auto Group F&I prescreen file signing key (bureau intake)
@@v@@
""", v=_v), _v, "RFC 4880 OpenPGP ASCII armor (private key block)")

_v = pem()
S("yaml/docusign-key", "config/docusign.yaml", t("""
docusign:
  base_path: https://na3.docusign.net/restapi
  oauth_host: account.docusign.com
  integration_key: @@ik@@
  user_id: @@uid@@
  account_id: @@aid@@
  # JWT grant - e-contracting of retail installment contracts
  private_key: |
@@key@@
""", ik=uuid_s(), uid=uuid_s(), aid=uuid_s(), key="\n".join("    " + line for line in _v.split("\n"))), _v,
  "DocuSign eSignature docs: JWT grant with an RSA private key")

_v = fortellis_secret()
S("markdown/runbook", "docs/runbooks/fortellis-onboarding.md", t("""
# Fortellis onboarding - new rooftop

1. In the Fortellis marketplace, have the dealer principal approve our app for the rooftop.
2. Copy the new **Subscription-Id** into `rooftops.yaml`.
3. Smoke test with the prod credentials:

```bash
curl -s -u '@@cid@@:@@v@@' \\
  -d 'grant_type=client_credentials&scope=anonymous' \\
  https://identity.fortellis.io/oauth2/aus1p1ixy7YL8cMq02p7/v1/token
```

4. Run `make backfill ROOFTOP=<code>` and check the RO counts against the DMS.
""", cid=fortellis_key(), v=_v), _v, "Fortellis docs: client credentials grant; team runbook")

_v = human_pw()
S("markdown/readme-credentials", "integrations/reynolds/README.md", t("""
# Reynolds RCI integration

Pulls closed ROs, parts invoices and vehicle sales from Reynolds ERA-IGNITE through RCI.

## Environments

| env  | endpoint                                      | user          | password        |
|------|-----------------------------------------------|---------------|-----------------|
| cert | https://rci-cert.reyrey.com/RCIService/v4     | MAG_RCI_CERT  | (see 1Password) |
| prod | https://rci.reyrey.com/RCIService/v4          | MAG_RCI_PROD  | @@v@@ |

## Running locally

    dotnet run --project src/Metro.RciClient -- --store 01 --since 2024-01-01
""", v=_v), _v, "Team README (Markdown table); Reynolds RCI")

_v = human_pw()
S("jenkinsfile/password", "Jenkinsfile", t("""
pipeline {
    agent { label 'windows' }
    environment {
        DEPLOY_SERVER = 'MAG-APP03'
        DEPLOY_USER   = 'MAG\\\\svc_deploy'
        DEPLOY_PASS   = '@@v@@'
    }
    stages {
        stage('Build') {
            steps { bat 'dotnet publish src/Metro.DealerPortal -c Release -o out' }
        }
        stage('Deploy') {
            steps {
                bat 'msdeploy -verb:sync -source:contentPath=%WORKSPACE%\\\\out -dest:contentPath=DealerPortal,computerName=%DEPLOY_SERVER%,userName=%DEPLOY_USER%,password=%DEPLOY_PASS%'
            }
        }
    }
}
""", v=_v), _v, "Jenkins docs: Pipeline environment directive")

_v = teams_webhook("metroautogroup")
S("yaml/teams-webhook", "monitoring/feed-checks.yaml", t("""
# feed freshness checks - alert #inventory-feeds in Teams when a listing site file is stale
checks:
  - name: homenet
    path: /srv/feeds/sent/homenet
    max_age_hours: 26
  - name: cars_com
    path: /srv/feeds/sent/cars_com
    max_age_hours: 26
  - name: cargurus
    path: /srv/feeds/sent/cargurus
    max_age_hours: 26
notify:
  teams_webhook: "@@v@@"
""", v=_v), _v, "Microsoft Teams docs: incoming webhooks")

_v = human_pw()
S("logstash/jdbc-password", "logstash/pipeline/dms-ro.conf", t("""
input {
  jdbc {
    jdbc_driver_library => "/usr/share/logstash/drivers/mssql-jdbc-12.4.2.jre11.jar"
    jdbc_driver_class => "com.microsoft.sqlserver.jdbc.SQLServerDriver"
    jdbc_connection_string => "jdbc:sqlserver://10.40.12.31:1433;databaseName=CDK_Replica;encrypt=false"
    jdbc_user => "elk_reader"
    jdbc_password => "@@v@@"
    schedule => "*/10 * * * *"
    statement => "SELECT * FROM dbo.RepairOrders WHERE LastUpdate > :sql_last_value"
    use_column_value => true
    tracking_column => "lastupdate"
  }
}
output {
  elasticsearch { hosts => ["http://es01:9200"] index => "dms-ro-%{+YYYY.MM}" }
}
""", v=_v), _v, "Logstash docs: JDBC input plugin jdbc_password")

_v = heartland_key()
S("yaml/heartland", "parts-ecom/config/payments.yml", t("""
production:
  gateway: heartland
  heartland:
    secret_api_key: @@v@@
    developer_id: "002914"
    version_number: "4285"
  capture: auto
  currency: USD
""", v=_v), _v, "Heartland (Global Payments) Portico SDK docs: secret API key")

_v = b64bytes(32)
S("python/field-encryption-key", "fni_app/crypto.py", t('''
"""Column encryption for SSN / DOB on credit applications (AES-256-GCM)."""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_KEY = base64.b64decode("@@v@@")


def seal(plain: str) -> str:
    nonce = os.urandom(12)
    return base64.b64encode(nonce + AESGCM(_KEY).encrypt(nonce, plain.encode(), None)).decode()


def unseal(token: str) -> str:
    raw = base64.b64decode(token)
    return AESGCM(_KEY).decrypt(raw[:12], raw[12:], None).decode()
''', v=_v), _v, "cryptography docs: AESGCM; GLBA safeguards for credit applications")

# ================================================================================================
# DECOYS
# ================================================================================================


def vault_ciphertext() -> str:
    body = hexs(64 * 5 + 40)
    return "\n".join(body[i:i + 80] for i in range(0, len(body), 80))


def sops_value(plain_len: int) -> str:
    return f"ENC[AES256_GCM,data:{b64bytes(plain_len)},iv:{b64bytes(32)},tag:{b64bytes(16)},type:str]"


def bcrypt_hash() -> str:
    return "$2b$12$" + fakes.drawn(_seed(), 53, "./" + ALNUM)


def dpapi_blob() -> str:
    return "AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA" + b64bytes(150)


# --- .env ----------------------------------------------------------------------------------------

D("dotenv/decoy-placeholder", "services/dms-sync/.env.example", t("""
# Copy to .env and fill in. Credentials live in 1Password: "Fortellis - DMS sync (prod)".
FORTELLIS_TOKEN_URL=https://identity.fortellis.io/oauth2/aus1p1ixy7YL8cMq02p7/v1/token
FORTELLIS_API_BASE=https://api.fortellis.io/cdk/drive
FORTELLIS_CLIENT_ID=<your-fortellis-client-id>
FORTELLIS_CLIENT_SECRET=<your-fortellis-client-secret>
FORTELLIS_SUBSCRIPTION_ID=<rooftop-subscription-id>

OT_USERNAME=changeme
OT_PASSWORD=changeme
SYNC_INTERVAL_MINUTES=15
"""), "Fortellis docs: API credentials; .env.example convention")

D("dotenv/decoy-placeholder", "service-reminders/.env.sample", t("""
NODE_ENV=development
PORT=8080
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token
TWILIO_MESSAGING_SERVICE_SID=MGxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
REMINDER_HOURS_BEFORE=24
XTIME_DEALER_ID=
"""), "Twilio docs: environment variable placeholders in quickstarts")

D("dotenv/decoy-env-reference", "lead-router/.env.docker", t("""
# consumed by docker compose; values come from the host environment / CI
DATABASE_URL=postgresql://leadrouter:${POSTGRES_PASSWORD}@db:5432/leads
SENDGRID_API_KEY=${SENDGRID_API_KEY}
HOT_LEAD_WEBHOOK=${SLACK_HOT_LEADS_WEBHOOK}
DEALERSOCKET_API_KEY=${DEALERSOCKET_API_KEY:?set in CI}
ADF_INBOUND_DOMAIN=leads.metroautogroup.com
"""), "Docker Compose docs: interpolation of environment variables")

D("dotenv/decoy-test-fixture", "apps/connected-service/.env.test", t("""
# test settings - every value here is fake and only works against the mock servers in tests/
SMARTCAR_CLIENT_ID=00000000-0000-0000-0000-000000000000
SMARTCAR_CLIENT_SECRET=fake-smartcar-secret-for-tests
SMARTCAR_REDIRECT_URI=http://localhost:8000/smartcar/callback
SMARTCAR_MODE=simulated
DATABASE_URL=sqlite:///./test.db
"""), "Smartcar docs: simulated mode; test fixtures")

D("dotenv/decoy-public-id", "web/dealer-site/.env.production", t("""
NEXT_PUBLIC_SITE_NAME="Lakeside Chevrolet Buick GMC"
NEXT_PUBLIC_GA_ID=G-8KQ2WZ4T1M
NEXT_PUBLIC_GTM_ID=GTM-5QW7HRK
NEXT_PUBLIC_META_PIXEL_ID=718829004412395
NEXT_PUBLIC_RECAPTCHA_SITE_KEY=@@rk@@
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
NEXT_PUBLIC_DEALER_ID=lakesidechevy
""", rk=recaptcha_key(), pk=stripe_key("pk_live_")), "Next.js docs: NEXT_PUBLIC_ variables are exposed to the browser")

D("dotenv/decoy-secret-store", "pricing-tool/.env.tpl", t("""
# rendered with `op inject -i .env.tpl -o .env` (1Password CLI)
DATABASE_URL=postgres://pricing@localhost:5432/pricing
MARKETCHECK_API_BASE=https://mc-api.marketcheck.com/v2
MARKETCHECK_API_KEY=op://Integrations/MarketCheck/api-key
BLACKBOOK_PASSWORD=op://Integrations/Black Book API/password
ZIP=43215
"""), "1Password CLI docs: secret references (op://) and op inject")

# --- YAML ----------------------------------------------------------------------------------------

D("k8s/decoy-secret-ref", "deploy/k8s/dms-sync-deployment.yaml", t("""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: dms-sync
  namespace: dms-sync
spec:
  replicas: 1
  selector:
    matchLabels: {app: dms-sync}
  template:
    metadata:
      labels: {app: dms-sync}
    spec:
      containers:
        - name: dms-sync
          image: metroacr.azurecr.io/dms-sync:4.2.0
          env:
            - name: FORTELLIS_CLIENT_ID
              valueFrom:
                secretKeyRef: {name: fortellis-credentials, key: client-id}
            - name: FORTELLIS_CLIENT_SECRET
              valueFrom:
                secretKeyRef: {name: fortellis-credentials, key: client-secret}
            - name: OT_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: opentrack
                  key: password
"""), "Kubernetes docs: using Secrets as environment variables (secretKeyRef)")

D("helm/decoy-existing-secret", "deploy/helm/credit-app/values.yaml", t("""
replicaCount: 1
image:
  repository: metroacr.azurecr.io/credit-app-gateway
  tag: ""
dealertrack:
  environment: uat
  lenderNetworkUrl: https://api-uat.dealertrack.com/credit/v2
  dealerId: ""
  oauth:
    clientId: ""
    # clientSecret is read from the secret below, never set here
    existingSecret: dealertrack-oauth
    existingSecretKey: client-secret
routeone:
  password: ""
"""), "Helm chart conventions: existingSecret values")

D("ansible/decoy-vault-ciphertext", "ansible/group_vars/dms_sync/vault.yml", t("""
---
cdk_dms_user: MAGREAD
cdk_dms_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
@@ct@@
opentrack_password: "{{ vault_opentrack_password }}"
""", ct="\n".join("          " + line for line in vault_ciphertext().split("\n"))),
  "Ansible docs: encrypting variables with ansible-vault (!vault)")

D("sops/decoy-encrypted", "deploy/secrets/credit-prod.enc.yaml", t("""
routeone:
    partner_user: ENC[AES256_GCM,data:Y2xxZ3Vz,iv:@@iv@@,tag:@@tag@@,type:str]
    partner_password: @@p1@@
seven_hundred_credit:
    passwd: @@p2@@
sops:
    kms: []
    azure_kv:
        - vault_url: https://mag-kv-prod.vault.azure.net
          name: sops-key
          version: @@ver@@
          created_at: "2024-05-02T14:11:09Z"
          enc: @@enc@@
    lastmodified: "2024-05-02T14:11:10Z"
    mac: @@mac@@
    version: 3.8.1
""", iv=b64bytes(32), tag=b64bytes(16), p1=sops_value(14), p2=sops_value(12), ver=hexs(32), enc=b64bytes(190),
     mac=sops_value(32)), "SOPS docs: encrypted YAML file format")

D("k8s/decoy-sealed-secret", "deploy/k8s/sealed/700credit.sealedsecret.yaml", t("""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: credit-700-creds
  namespace: fni
spec:
  encryptedData:
    ACCOUNT: AgB@@a@@
    PASSWD: AgB@@b@@
  template:
    metadata:
      name: credit-700-creds
      namespace: fni
    type: Opaque
""", a=b64bytes(360).replace("=", ""), b=b64bytes(360).replace("=", "")),
  "Bitnami sealed-secrets docs: SealedSecret encryptedData")

D("k8s/decoy-external-secret", "deploy/k8s/external/opentrack.yaml", t("""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: opentrack
  namespace: dms-sync
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: azure-kv-prod
    kind: ClusterSecretStore
  target:
    name: opentrack
  data:
    - secretKey: username
      remoteRef: {key: opentrack-username}
    - secretKey: password
      remoteRef: {key: opentrack-password}
"""), "External Secrets Operator docs: ExternalSecret")

D("github-actions/decoy-secret-ref", ".github/workflows/feeds-deploy.yml", t("""
name: deploy feed exporter
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: azure/login@v2
        with:
          creds: ${{ secrets.AZURE_CREDENTIALS }}
      - name: upload test feed
        env:
          HOMENET_SFTP_PASSWORD: ${{ secrets.HOMENET_SFTP_PASSWORD }}
          CARS_COM_FTP_PASSWORD: ${{ secrets.CARS_COM_FTP_PASSWORD }}
        run: python -m exporter.homenet --dry-run
"""), "GitHub Actions docs: using secrets in a workflow")

D("gitlab-ci/decoy-ci-variable", "integrations/reynolds/.gitlab-ci.yml", t("""
stages: [build, deploy]

build:
  stage: build
  image: mcr.microsoft.com/dotnet/sdk:8.0
  script:
    - dotnet build src/Metro.RciClient -c Release

deploy:
  stage: deploy
  image: mcr.microsoft.com/dotnet/sdk:8.0
  script:
    # RCI_PASSWORD is a masked, protected CI/CD variable
    - dotnet run --project tools/Deploy -- --rci-user "$RCI_USER" --rci-password "$RCI_PASSWORD"
  environment: production
  only: [main]
"""), "GitLab docs: masked and protected CI/CD variables")

D("docker-compose/decoy-env-reference", "warehouse/docker-compose.override.yml", t("""
services:
  dms-warehouse:
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD: ${MSSQL_SA_PASSWORD:?MSSQL_SA_PASSWORD must be set}
  ssis-runner:
    secrets:
      - dms_oracle_password
    environment:
      DMS_ORACLE_PASSWORD_FILE: /run/secrets/dms_oracle_password
secrets:
  dms_oracle_password:
    file: ./secrets/dms_oracle_password.txt
"""), "Docker Compose docs: interpolation and secrets")

D("k8s-secret/decoy-certificate", "deploy/k8s/routeone-ca.yaml", t("""
apiVersion: v1
kind: Secret
metadata:
  name: routeone-ca
  namespace: fni
type: Opaque
data:
  ca.crt: @@c@@
""", c=b64(cert_pem() + "\n")), "Kubernetes docs: Secret data (a CA certificate is public)")

D("yaml/decoy-vin", "tests/fixtures/inventory.yaml", t("""
# fixture inventory for exporter tests (VINs are public, printed on the windshield)
vehicles:
  - stock: T24118
    vin: @@v1@@
    year: 2024
    make: Toyota
    model: Tacoma
    price: 41995
  - stock: H23971A
    vin: @@v2@@
    year: 2021
    make: Honda
    model: CR-V
    price: 27450
  - stock: C24055
    vin: @@v3@@
    year: 2024
    make: Jeep
    model: Wrangler
    price: 52310
""", v1=vin(), v2=vin(), v3=vin()), "ISO 3779 / 49 CFR 565 VIN structure")

D("yaml/decoy-public-id", "config/rooftops.yaml", t("""
# rooftop registry: identifiers only, no credentials
rooftops:
  METRO-TOY:
    dms: cdk
    fortellis_subscription_id: @@s1@@
    oem_dealer_code: "04412"
    xtime_dealer_id: METRO-TOY-0412
  METRO-HON:
    dms: cdk
    fortellis_subscription_id: @@s2@@
    oem_dealer_code: "207330"
  LAKESIDE-CHEVY:
    dms: reynolds
    gm_bac: "118223"
    rci_dealer_number: "2290041"
""", s1=uuid_s(), s2=uuid_s()), "Fortellis docs: Subscription-Id identifies a dealer's subscription (not a credential)")

D("k8s/decoy-digest", "deploy/k8s/lead-router.yaml", t("""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: lead-router
spec:
  replicas: 2
  selector:
    matchLabels: {app: lead-router}
  template:
    metadata:
      labels: {app: lead-router}
      annotations:
        checksum/config: @@c@@
    spec:
      containers:
        - name: api
          image: metroacr.azurecr.io/lead-router@sha256:@@d@@
          envFrom:
            - secretRef: {name: lead-router-env}
""", c=hexs(64), d=hexs(64)), "Kubernetes docs: images by digest; Helm checksum annotations")

D("alertmanager/decoy-file-reference", "monitoring/alertmanager.prod.yml", t("""
route:
  receiver: dms-oncall
receivers:
  - name: dms-oncall
    pagerduty_configs:
      - routing_key_file: /etc/alertmanager/secrets/pagerduty-routing-key
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack-webhook-url
        channel: "#dms-alerts"
"""), "Prometheus Alertmanager docs: routing_key_file, api_url_file")

D("azure-pipelines/decoy-keyvault-task", "pipelines/warehouse-deploy.yml", t("""
trigger: none
pool:
  vmImage: windows-latest
steps:
  - task: AzureKeyVault@2
    inputs:
      azureSubscription: mag-prod
      KeyVaultName: mag-kv-prod
      SecretsFilter: warehouse-deploy-password
  - task: SqlAzureDacpacDeployment@1
    inputs:
      ServerName: mag-dw.database.windows.net
      DatabaseName: DealerWarehouse
      SqlUsername: dw_deploy
      SqlPassword: $(warehouse-deploy-password)
      DacpacFile: '**/DealerWarehouse.dacpac'
"""), "Azure Pipelines docs: AzureKeyVault task")

D("rails-yaml/decoy-env-reference", "recon_tracker/config/database.yml", t("""
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

production:
  <<: *default
  url: <%= ENV["DATABASE_URL"] %>
  password: <%= Rails.application.credentials.dig(:db, :password) %>
"""), "Rails guides: database.yml with ERB and credentials")

D("grafana/decoy-env-reference", "monitoring/grafana/provisioning/datasources/warehouse.yaml", t("""
apiVersion: 1
datasources:
  - name: DMS Warehouse
    type: mssql
    url: mag-dw.database.windows.net:1433
    user: grafana_ro
    jsonData:
      database: DealerWarehouse
    secureJsonData:
      password: $__env{WAREHOUSE_RO_PASSWORD}
"""), "Grafana docs: provisioning with environment variable interpolation")

D("openapi/decoy-example", "docs/api/lead-router.openapi.yaml", t("""
openapi: 3.0.3
info:
  title: Lead Router API
  version: 2.3.0
paths:
  /v1/leads:
    post:
      summary: Submit a website lead (ADF fields as JSON)
      security: [{bearerAuth: []}]
      parameters:
        - in: header
          name: Authorization
          example: "Bearer <access-token>"
          schema: {type: string}
      responses:
        "202": {description: accepted}
components:
  securitySchemes:
    bearerAuth: {type: http, scheme: bearer, bearerFormat: JWT}
"""), "OpenAPI 3.0 specification: security schemes")

# --- JSON ----------------------------------------------------------------------------------------

D("json/decoy-keyvault-ref", "src/Metro.DmsSync/appsettings.Staging.json", t("""
{
  "OpenTrack": {
    "Endpoint": "https://otstaging.arkona.com/OpenTrack/WebService.asmx",
    "EnterpriseCode": "ZE",
    "CompanyNumber": "ZE7",
    "Username": "@Microsoft.KeyVault(SecretUri=https://mag-kv-stg.vault.azure.net/secrets/opentrack-username/)",
    "Password": "@Microsoft.KeyVault(SecretUri=https://mag-kv-stg.vault.azure.net/secrets/opentrack-password/)"
  },
  "KeyVault": { "Uri": "https://mag-kv-stg.vault.azure.net/" }
}
"""), "Azure App Service docs: Key Vault references")

D("json/decoy-integrated-auth", "src/Metro.Reporting.Api/appsettings.Development.json", t("""
{
  "ConnectionStrings": {
    "Warehouse": "Server=(localdb)\\\\MSSQLLocalDB;Database=DealerWarehouse_Dev;Trusted_Connection=True;MultipleActiveResultSets=true",
    "Desking": "Server=tcp:mag-dw.database.windows.net,1433;Database=Desking;Authentication=Active Directory Default;Encrypt=True"
  },
  "Logging": { "LogLevel": { "Default": "Debug" } }
}
"""), "Microsoft docs: SqlClient connection strings (integrated / Entra ID authentication)")

D("postman/decoy-placeholder", "postman/Fortellis-Template.postman_environment.json", t("""
{
  "id": "@@id@@",
  "name": "Fortellis - TEMPLATE (fill in locally, do not commit values)",
  "values": [
    { "key": "baseUrl", "value": "https://api.fortellis.io", "type": "default", "enabled": true },
    { "key": "clientId", "value": "", "type": "default", "enabled": true },
    { "key": "clientSecret", "value": "", "type": "secret", "enabled": true },
    { "key": "subscriptionId", "value": "{{rooftopSubscriptionId}}", "type": "default", "enabled": true },
    { "key": "accessToken", "value": "", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
""", id=uuid_s()), "Postman docs: environment variables")

D("json/decoy-integrity-hash", "web/dealer-site/package-lock.json", t("""
{
  "name": "dealer-site",
  "version": "1.14.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@sendgrid/mail": {
      "version": "8.1.3",
      "resolved": "https://registry.npmjs.org/@sendgrid/mail/-/mail-8.1.3.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/stripe": {
      "version": "15.5.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-15.5.0.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i1=b64bytes(64), i2=b64bytes(64)), "npm docs: package-lock.json integrity (Subresource Integrity)")

D("json/decoy-public-key", "web/customer-portal/public/.well-known/jwks.json", t("""
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "@@kid@@",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", kid=hexs(16), n=b64bytes(256).replace("+", "-").replace("/", "_").rstrip("=")),
  "RFC 7517 JSON Web Key Set (public keys)")

D("json/decoy-env-reference", "feeds/meta/catalog.prod.json", t("""
{
  "business_id": "1128837460091123",
  "catalog_id": "4417729938261105",
  "feed_id": "889120447512230",
  "pixel_id": "718829004412395",
  "system_user_token": "${META_SYSTEM_USER_TOKEN}",
  "graph_version": "v19.0"
}
"""), "Meta for Developers: catalog and pixel ids are public identifiers")

D("json/decoy-fixture", "vin_service/tests/fixtures/vpic_decode.json", t("""
{
  "Count": 4,
  "Message": "Results returned successfully. NOTE: Any missing decoded values should be interpreted as NHTSA does not have data on the specific variable.",
  "SearchCriteria": "VIN(s): @@vin@@",
  "Results": [
    { "Value": "TOYOTA", "ValueId": "448", "Variable": "Make", "VariableId": 26 },
    { "Value": "Tacoma", "ValueId": "2469", "Variable": "Model", "VariableId": 28 },
    { "Value": "2024", "ValueId": "", "Variable": "Model Year", "VariableId": 29 },
    { "Value": "@@vin@@", "ValueId": "", "Variable": "Suggested VIN", "VariableId": 142 }
  ]
}
""", vin=vin()), "NHTSA vPIC API: DecodeVin response format")

D("json/decoy-emulator-key", "functions/LeadIngest/local.settings.sample.json", t("""
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "LeadsBus": "<service-bus-connection-string>",
    "AdfQueue": "adf-inbound"
  }
}
"""), "Microsoft docs: Azurite well-known development storage account key")

D("json/decoy-presigned-url", "tests/fixtures/photo_manifest.json", t("""
{
  "vin": "@@vin@@",
  "generated": "2023-11-02T09:14:00Z",
  "photos": [
    {
      "seq": 1,
      "url": "https://mag-vehicle-photos.s3.us-east-2.amazonaws.com/vehicles/@@vin@@/01.jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20231102%2Fus-east-2%2Fs3%2Faws4_request&X-Amz-Date=20231102T091400Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=@@sig@@"
    }
  ],
  "note": "expired presigned URL kept as a fixture for the manifest parser"
}
""", vin=vin(), sig=hexs(64)), "AWS docs: presigned URLs (query-string authentication, expiring)")

D("json/decoy-firebase-config", "apps/service-app/src/firebase.config.json", t("""
{
  "apiKey": "@@k@@",
  "authDomain": "metro-service-app.firebaseapp.com",
  "projectId": "metro-service-app",
  "storageBucket": "metro-service-app.appspot.com",
  "messagingSenderId": "310448827716",
  "appId": "1:310448827716:web:@@app@@"
}
""", k=google_key(), app=hexs(22)), "Firebase docs: the Firebase config object (apiKey is not a secret)")

# --- XML -----------------------------------------------------------------------------------------

D("xml/decoy-token-replace", "src/Metro.DealerPortal/Web.Release.config", t("""
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="DmsReplica"
         connectionString="Data Source=__DmsSqlServer__;Initial Catalog=CDK_Replica;User ID=__DmsSqlUser__;Password=__DmsSqlPassword__;Application Name=DealerPortal"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
  <system.web>
    <compilation xdt:Transform="RemoveAttributes(debug)" />
  </system.web>
</configuration>
"""), "Microsoft docs: Web.config transformation; Replace Tokens pipeline task")

D("adf-xml/decoy-lead", "lead-router/tests/fixtures/adf_lead_cargurus.xml", t("""
<?xml version="1.0" encoding="UTF-8"?>
<?adf version="1.0"?>
<adf>
  <prospect status="new">
    <id sequence="1" source="CarGurus">@@lid@@</id>
    <requestdate>2024-03-18T14:22:05-04:00</requestdate>
    <vehicle interest="buy" status="used">
      <id source="stock">H23971A</id>
      <vin>@@vin@@</vin>
      <year>2021</year><make>Honda</make><model>CR-V</model>
    </vehicle>
    <customer>
      <contact>
        <name part="first">Test</name><name part="last">Customer</name>
        <email>test.customer@example.com</email>
        <phone type="voice">555-0142</phone>
      </contact>
      <comments>Is this still available? Can I come by Saturday?</comments>
    </customer>
    <vendor><vendorname>Metro Honda</vendorname></vendor>
    <provider><name part="full">CarGurus</name></provider>
  </prospect>
</adf>
""", lid=uuid_s(), vin=vin()), "ADF (Auto-lead Data Format) 1.0 specification")

D("soap/decoy-password-digest", "samples/opentrack/GetRepairOrders.request.xml", t("""
<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
               xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
               xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">
  <soap:Header>
    <wsse:Security>
      <wsse:UsernameToken>
        <wsse:Username>YOUR_OPENTRACK_USER</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">@@dig@@</wsse:Password>
        <wsse:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-soap-message-security-1.0#Base64Binary">@@nonce@@</wsse:Nonce>
        <wsu:Created>2024-02-11T10:02:44Z</wsu:Created>
      </wsse:UsernameToken>
    </wsse:Security>
  </soap:Header>
  <soap:Body>
    <RepairOrderLookup><CompanyNumber>ZE7</CompanyNumber><CloseDateFrom>2024-02-01</CloseDateFrom></RepairOrderLookup>
  </soap:Body>
</soap:Envelope>
""", dig=b64bytes(20), nonce=b64bytes(16)), "OASIS WS-Security UsernameToken Profile: PasswordDigest with Nonce and Created")

D("ssis/decoy-dpapi-ciphertext", "etl/ssis/DmsNightly.dtsx", t("""
<?xml version="1.0"?>
<DTS:Executable xmlns:DTS="www.microsoft.com/SqlServer/Dts"
  DTS:refId="Package"
  DTS:ProtectionLevel="1"
  DTS:ObjectName="DmsNightly">
  <DTS:ConnectionManagers>
    <DTS:ConnectionManager DTS:refId="Package.ConnectionManagers[DMS_Oracle]" DTS:ObjectName="DMS_Oracle">
      <DTS:ObjectData>
        <DTS:ConnectionManager
          DTS:ConnectionString="Data Source=DMSPROD;User ID=MAGREAD;Provider=OraOLEDB.Oracle.1;Persist Security Info=True;">
          <DTS:Password DTS:Name="Password" Sensitive="1" Encrypted="1">@@blob@@</DTS:Password>
        </DTS:ConnectionManager>
      </DTS:ObjectData>
    </DTS:ConnectionManager>
  </DTS:ConnectionManagers>
</DTS:Executable>
""", blob=dpapi_blob()), "Microsoft docs: SSIS ProtectionLevel EncryptSensitiveWithUserKey (DPAPI)")

D("nuget/decoy-env-reference", "integrations/reynolds/NuGet.config", t("""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="mag-shared" value="https://pkgs.dev.azure.com/metroautogroup/_packaging/mag-shared/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <mag-shared>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="%MAG_FEED_PAT%" />
    </mag-shared>
  </packageSourceCredentials>
</configuration>
"""), "Microsoft docs: nuget.config environment variables (%VAR%)")

D("filezilla/decoy-no-password", "tools/filezilla/sitemanager.shared.xml", t("""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Server>
      <Host>sftp.cargurus.com</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>lakesidechevy_feed</User>
      <Logontype>3</Logontype>
      <Name>CarGurus - Lakeside (ask for password)</Name>
    </Server>
  </Servers>
</FileZilla3>
"""), "FileZilla docs: Logontype 3 (ask for password)")

# --- .properties / INI / TOML --------------------------------------------------------------------

D("properties/decoy-env-reference", "incentive-feed/src/main/resources/application.properties", t("""
spring.application.name=incentive-feed
spring.datasource.url=jdbc:sqlserver://${DB_HOST:localhost}:1433;databaseName=Incentives;encrypt=true
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASSWORD}
incentives.oem.portal-user=${OEM_PORTAL_USER}
incentives.oem.portal-password=${OEM_PORTAL_PASSWORD}
incentives.refresh-cron=0 30 5 * * *
"""), "Spring Boot docs: externalized configuration placeholders")

D("properties/decoy-jasypt", "credit-bridge/src/main/resources/application-prod.properties", t("""
routeone.base-url=https://www.routeone.net/XRD/services
routeone.dealer-id=QX4471
routeone.partner-user=metroauto.api
routeone.partner-password=ENC(@@c1@@)
spring.datasource.password=ENC(@@c2@@)
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
jasypt.encryptor.password=${JASYPT_ENCRYPTOR_PASSWORD}
""", c1=b64bytes(48), c2=b64bytes(48)), "jasypt-spring-boot docs: ENC() encrypted properties")

D("properties/decoy-mule-secure", "mule/src/main/resources/secure-prod.properties", t("""
# encrypted with the secure-properties tool; key supplied at deploy as -Dmule.key
salesforce.consumerKey=3MVG9@@ck@@
salesforce.consumerSecret=![@@c1@@]
salesforce.password=![@@c2@@]
salesforce.username=integration@metroautogroup.com
""", ck=alnum(76), c1=b64bytes(64), c2=b64bytes(32)), "MuleSoft docs: Secure Configuration Properties ![...]")

D("ini/decoy-integrated-auth", "etc/odbc.kerberos.ini", t("""
[DMSReplicaKrb]
Driver      = ODBC Driver 18 for SQL Server
Description = CDK replica via Kerberos (svc_fnireport keytab)
Server      = tcp:mag-sql02.corp.metroautogroup.com,1433
Database    = CDK_Replica
Trusted_Connection = yes
Encrypt     = yes
"""), "Microsoft ODBC Driver docs: Kerberos integrated authentication on Linux")

D("ini/decoy-keyring", "valuations/config.example.ini", t("""
[general]
log_file = /var/log/valuations/appraisal.log

[blackbook]
base_url = https://service.blackbookcloud.com/UsedCarWS/UsedCarWS/UsedVehicle
username = metroauto_api
; password is read from the OS keyring: keyring set blackbook metroauto_api
password =
customer_id = MAG
"""), "Python keyring docs; configparser INI")

D("ini/decoy-env-auth", "ops/photo-backup/rclone.prod.conf", t("""
[photos-s3]
type = s3
provider = AWS
env_auth = true
region = us-east-2
acl = private
storage_class = STANDARD_IA
"""), "rclone docs: S3 env_auth (credentials from the instance role)")

D("toml/decoy-placeholder", "dashboards/sales-desk/.streamlit/secrets.toml.example", t("""
# copy to secrets.toml (gitignored) and fill in
[connections.warehouse]
dialect = "mssql"
host = "mag-dw.database.windows.net"
database = "DealerWarehouse"
username = "dash_ro"
password = "REPLACE_ME"
"""), "Streamlit docs: secrets.toml")

D("toml/decoy-lock-hash", "credit_bridge/poetry.lock", t("""
[[package]]
name = "requests"
version = "2.31.0"
description = "Python HTTP for Humans."
optional = false
python-versions = ">=3.7"
files = [
    {file = "requests-2.31.0-py3-none-any.whl", hash = "sha256:@@h1@@"},
    {file = "requests-2.31.0.tar.gz", hash = "sha256:@@h2@@"},
]

[metadata]
lock-version = "2.0"
python-versions = "^3.11"
content-hash = "@@h3@@"
""", h1=hexs(64), h2=hexs(64), h3=hexs(64)), "Poetry docs: poetry.lock file hashes")

D("toml/decoy-public-token", "web/rooftop-map/config.toml", t("""
[map]
# Mapbox *public* token (pk.), URL-restricted to our domains; safe in the browser
style = "mapbox://styles/mapbox/streets-v12"
access_token = "@@pk@@"
center = [-82.9988, 39.9612]
zoom = 9

[rooftops]
file = "rooftops.geojson"
""", pk=mapbox_token("pk")), "Mapbox docs: public access tokens (pk.) for client-side use")

# --- HCL / nginx / apache / systemd / cron -------------------------------------------------------

D("hcl/decoy-generated", "infra/inventory-db/main.tf", t("""
resource "random_password" "db" {
  length           = 24
  special          = true
  override_special = "_-"
}

resource "aws_db_instance" "inventory" {
  identifier        = "inventory-prod"
  engine            = "postgres"
  engine_version    = "16.2"
  instance_class    = var.db_instance_class
  username          = "inventory_admin"
  password          = random_password.db.result
  storage_encrypted = true
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = jsonencode({ username = "inventory_admin", password = random_password.db.result })
}
"""), "Terraform docs: random_password and aws_secretsmanager_secret_version")

D("hcl/decoy-placeholder", "infra/env/example.tfvars", t("""
environment       = "dev"
region            = "us-east-2"
db_username       = "inventory_admin"
db_password       = "REPLACE_ME"   # real value: TF_VAR_db_password in the pipeline
datadog_api_key   = "<datadog-api-key>"
rooftops          = ["metro-toy"]
"""), "Terraform docs: variable definitions; TF_VAR_ environment variables")

D("hcl/decoy-secret-store", "infra/dms-sync/secrets.tf", t("""
data "vault_kv_secret_v2" "fortellis" {
  mount = "integrations"
  name  = "fortellis/prod"
}

resource "kubernetes_secret" "fortellis" {
  metadata {
    name      = "fortellis-credentials"
    namespace = "dms-sync"
  }
  data = {
    client-id     = data.vault_kv_secret_v2.fortellis.data["client_id"]
    client-secret = data.vault_kv_secret_v2.fortellis.data["client_secret"]
  }
}
"""), "Terraform Vault provider: vault_kv_secret_v2 data source")

D("nginx/decoy-variable", "deploy/nginx/conf.d/lead-api.conf", t("""
server {
    listen 443 ssl http2;
    server_name leads-api.metroautogroup.com;
    ssl_certificate     /etc/nginx/tls/leads-api.crt;
    ssl_certificate_key /etc/nginx/tls/leads-api.key;

    location /admin/ {
        auth_basic           "Lead router admin";
        auth_basic_user_file /etc/nginx/htpasswd/lead-admin;
        proxy_pass http://127.0.0.1:8000;
    }

    location /v1/ {
        proxy_set_header Authorization $http_authorization;
        proxy_set_header X-Request-Id $request_id;
        proxy_pass http://127.0.0.1:8000;
    }
}
"""), "nginx docs: ngx_http_auth_basic_module; embedded variables")

D("htpasswd/decoy-password-hash", "deploy/nginx/htpasswd/lead-admin", t("""
bdc-manager:$apr1$@@s1@@$@@h1@@
it-admin:@@bc@@
gm-lakeside:$apr1$@@s2@@$@@h2@@
it-oncall:@@bc2@@
marketing:$apr1$@@s3@@$@@h3@@
""", s1=alnum(8), h1=fakes.drawn(_seed(), 22, "./" + ALNUM), bc=bcrypt_hash(), s2=alnum(8),
     h2=fakes.drawn(_seed(), 22, "./" + ALNUM), bc2=bcrypt_hash(), s3=alnum(8), h3=fakes.drawn(_seed(), 22, "./" + ALNUM)),
  "Apache htpasswd docs: MD5 (apr1) and bcrypt password hashes")

D("systemd/decoy-credential-file", "deploy/systemd/routeone-bridge.service", t("""
[Unit]
Description=RouteOne credit bridge
After=network-online.target

[Service]
User=credit
EnvironmentFile=/etc/credit-bridge/env
LoadCredential=routeone-password:/etc/credit-bridge/routeone-password
ExecStart=/opt/credit-bridge/bin/credit-bridge --password-file ${CREDENTIALS_DIRECTORY}/routeone-password
Restart=on-failure

[Install]
WantedBy=multi-user.target
"""), "systemd.exec(5): EnvironmentFile=, LoadCredential=")

D("crontab/decoy-env-reference", "ops/cron/feeds.crontab", t("""
SHELL=/bin/bash
MAILTO=it-alerts@metroautogroup.com
# credentials: ~/.netrc (ftp) and /etc/feeds/env (sourced), never inline here
15 3 * * * . /etc/feeds/env && /opt/exporter/bin/export --rooftop METRO-TOY --out /srv/feeds/metro_toy.csv
25 3 * * * curl -sS --netrc --ftp-pasv -T /srv/feeds/metro_toy.csv ftp://ftp.autotrader.com/
35 3 * * * . /etc/feeds/env && curl -sS -H "Authorization: Bearer $PODIUM_TOKEN" https://api.podium.com/v4/locations > /dev/null
"""), "crontab(5); curl docs: --netrc")

# --- shell / PowerShell / batch ------------------------------------------------------------------

D("shell/decoy-secret-store", "scripts/upload_inventory_v2.sh", t("""
#!/usr/bin/env bash
set -euo pipefail
SECRET_JSON=$(aws secretsmanager get-secret-value --secret-id prod/feeds/homenet --query SecretString --output text)
SFTP_USER=$(jq -r .username <<<"$SECRET_JSON")
SFTP_PASS=$(jq -r .password <<<"$SECRET_JSON")

lftp -u "$SFTP_USER","$SFTP_PASS" sftp://sftp.homenetinc.com <<EOF
cd incoming
put /srv/feeds/metro_toy_inventory.csv
bye
EOF
"""), "AWS CLI docs: secretsmanager get-secret-value")

D("shell/decoy-prompt", "scripts/rotate_opentrack_password.sh", t("""
#!/usr/bin/env bash
# Rotate the OpenTrack web-service password in Key Vault after Dealertrack support resets it.
set -euo pipefail
read -r -s -p "New OpenTrack password: " OT_NEW
echo
az keyvault secret set --vault-name mag-kv-prod --name opentrack-password --value "$OT_NEW" --output none
kubectl -n dms-sync rollout restart deployment/dms-sync
unset OT_NEW
"""), "bash read -s; az keyvault secret set")

D("shell/decoy-digest", "scripts/verify_feed.sh", t("""
#!/bin/sh
# Cars.com rejects a feed it already has: skip the upload when the checksum did not change
FEED=/srv/feeds/lakeside8812.txt
LAST=/srv/feeds/.lakeside8812.sha256
NEW=$(sha256sum "$FEED" | cut -d' ' -f1)
# e.g. last good: @@h@@
if [ -f "$LAST" ] && [ "$(cat "$LAST")" = "$NEW" ]; then
  echo "unchanged"; exit 0
fi
echo "$NEW" > "$LAST"
""", h=hexs(64)), "sha256sum(1)")

D("shell/decoy-documented-example", "docs/snippets/aws_profile_setup.sh", t("""
#!/usr/bin/env bash
# Example from the AWS docs - replace with your own keys from the IAM console.
aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE --profile photo-sync
aws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY --profile photo-sync
aws configure set region us-east-2 --profile photo-sync
aws s3 ls s3://mag-vehicle-photos --profile photo-sync
"""), "AWS docs: example access key IDs (AKIAIOSFODNN7EXAMPLE)")

D("shell/decoy-key-path", "scripts/bureau_upload_v2.sh", t("""
#!/bin/sh
set -e
OUT=/srv/fni/prescreen_$(date +%Y%m).csv
gpg --batch --yes -r bureau-intake@example-bureau.com -o "$OUT.pgp" -e "$OUT"
sftp -i /etc/fni/keys/bureau_sftp_ed25519 -oIdentitiesOnly=yes -b - mag_prescreen@sftp.example-bureau.com <<EOF
cd /inbound
put $OUT.pgp
EOF
"""), "OpenSSH sftp(1): -i identity_file")

D("powershell/decoy-secret-store", "scripts/Send-CarsComFeed.v2.ps1", t("""
Import-Module Microsoft.PowerShell.SecretManagement
Add-Type -Path "C:\\Program Files (x86)\\WinSCP\\WinSCPnet.dll"

$cred = Get-Secret -Name "CarsComFtp" -Vault MagVault   # PSCredential
$sessionOptions = New-Object WinSCP.SessionOptions -Property @{
    Protocol = [WinSCP.Protocol]::Ftp
    HostName = "ftp.cars.com"
    UserName = $cred.UserName
    SecurePassword = $cred.Password
}
$session = New-Object WinSCP.Session
$session.Open($sessionOptions)
$session.PutFiles("D:\\Feeds\\lakeside8812.txt", "/").Check()
$session.Dispose()
"""), "PowerShell SecretManagement docs: Get-Secret")

D("batch/decoy-env-reference", "jobs/nightly_gl_extract.v2.bat", t("""
@echo off
REM DMS_GL_PASSWORD is a machine-level environment variable set by the deployment
if "%DMS_GL_PASSWORD%"=="" (
  echo DMS_GL_PASSWORD not set & exit /b 2
)
sqlcmd -S MAG-SQL02\\DMS -d CDK_Replica -U gl_extract -P "%DMS_GL_PASSWORD%" -i gl_extract.sql -o D:\\Extracts\\GL\\gl.csv -s "," -W
"""), "Microsoft docs: sqlcmd; cmd environment variables")

# --- Python --------------------------------------------------------------------------------------

D("python/decoy-public-api", "vin_service/vpic.py", t('''
"""NHTSA vPIC VIN decoding - a free public API, no key or account needed."""
import requests

VPIC = "https://vpic.nhtsa.dot.gov/api/vehicles/DecodeVinValuesExtended/{vin}?format=json&modelyear={year}"


def decode(vin: str, year: int | None = None) -> dict:
    resp = requests.get(VPIC.format(vin=vin, year=year or ""), timeout=15)
    resp.raise_for_status()
    row = resp.json()["Results"][0]
    return {k: row[k] for k in ("Make", "Model", "ModelYear", "Trim", "BodyClass", "DriveType", "EngineCylinders")}


if __name__ == "__main__":
    print(decode("@@vin@@"))
''', vin=vin()), "NHTSA vPIC API documentation (public, no key)")

D("python/decoy-vin", "vin_service/checkdigit.py", t('''
"""VIN check digit (position 9) per 49 CFR 565."""
TRANSLIT = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))),
            **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]

KNOWN_GOOD = ["@@v1@@", "@@v2@@", "@@v3@@", "@@v4@@"]


def check_digit(vin: str) -> str:
    total = sum(TRANSLIT[c] * w for c, w in zip(vin.upper(), WEIGHTS))
    return "X" if total % 11 == 10 else str(total % 11)


def is_valid(vin: str) -> bool:
    return len(vin) == 17 and not set(vin.upper()) & set("IOQ") and vin[8].upper() == check_digit(vin)
''', v1=vin(), v2=vin(), v3=vin(), v4=vin()), "49 CFR Part 565: VIN check digit")

D("python/decoy-test-fixture", "dms_sync/tests/test_fortellis_client.py", t('''
import responses

from dms_sync.fortellis_client import FortellisClient

FAKE_CLIENT_ID = "test-client-id"
FAKE_CLIENT_SECRET = "not-a-real-secret"   # responses mocks the token endpoint
FAKE_TOKEN = "fake-access-token"


@responses.activate
def test_token_is_cached(monkeypatch):
    monkeypatch.setattr("dms_sync.fortellis_client.CLIENT_ID", FAKE_CLIENT_ID)
    monkeypatch.setattr("dms_sync.fortellis_client.CLIENT_SECRET", FAKE_CLIENT_SECRET)
    responses.post("https://identity.fortellis.io/oauth2/aus1p1ixy7YL8cMq02p7/v1/token",
                   json={"access_token": FAKE_TOKEN, "expires_in": 300})
    client = FortellisClient(subscription_id="00000000-0000-0000-0000-000000000000")
    assert client.token() == FAKE_TOKEN
    assert client.token() == FAKE_TOKEN
    assert len(responses.calls) == 1
'''), "responses library docs; pytest monkeypatch")

D("python/decoy-env-reference", "recon_tracker/settings/base.py", t('''
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "recon_tracker"),
        "USER": os.environ.get("DB_USER", "recon_tracker"),
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
        "HOST": os.environ.get("DB_HOST", "localhost"),
    }
}
'''), "Django docs: settings from environment variables")

D("python/decoy-test-vector", "lead_router/tests/test_hmac.py", t('''
"""RFC 4231 test case 1 - proves our signature helper is plain HMAC-SHA256."""
import hmac
import hashlib

KEY = bytes.fromhex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b")
DATA = b"Hi There"
EXPECTED = "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"


def test_rfc4231_case_1():
    assert hmac.new(KEY, DATA, hashlib.sha256).hexdigest() == EXPECTED
'''), "RFC 4231: HMAC-SHA256 test vectors")

D("python/decoy-secret-store", "fni_app/keys.py", t('''
"""Field-encryption key comes from Azure Key Vault at start-up; nothing secret in the repo."""
import base64
from functools import lru_cache

from azure.identity import DefaultAzureCredential
from azure.keyvault.secrets import SecretClient

VAULT_URL = "https://mag-kv-prod.vault.azure.net/"
KEY_NAME = "fni-field-encryption-key"


@lru_cache(maxsize=1)
def field_key() -> bytes:
    client = SecretClient(vault_url=VAULT_URL, credential=DefaultAzureCredential())
    return base64.b64decode(client.get_secret(KEY_NAME).value)
'''), "Azure SDK for Python: SecretClient with DefaultAzureCredential")

D("python/decoy-keyring", "valuations/blackbook_v2.py", t('''
import keyring
import requests

BB_USER = "metroauto_api"


def appraise(vin: str, mileage: int) -> dict:
    password = keyring.get_password("blackbook", BB_USER)
    resp = requests.get(f"https://service.blackbookcloud.com/UsedCarWS/UsedCarWS/UsedVehicle/VIN/{vin}",
                        params={"mileage": mileage, "customerid": "MAG"}, auth=(BB_USER, password), timeout=15)
    resp.raise_for_status()
    return resp.json()
'''), "Python keyring docs: get_password")

# --- other languages ------------------------------------------------------------------------------

D("csharp/decoy-config-reference", "src/Metro.DmsSync/OpenTrackClientFactory.cs", t('''
using Microsoft.Extensions.Configuration;

namespace Metro.DmsSync
{
    public class OpenTrackClientFactory
    {
        private readonly IConfiguration _config;
        public OpenTrackClientFactory(IConfiguration config) => _config = config;

        public OpenTrackClient Create() => new OpenTrackClient(
            endpoint: _config["OpenTrack:Endpoint"],
            username: _config["OpenTrack:Username"],
            password: _config["OpenTrack:Password"]);   // from Key Vault in prod, user-secrets in dev
    }
}
'''), "ASP.NET Core docs: configuration and Safe storage of app secrets (user-secrets)")

D("javascript/decoy-publishable-key", "web/service-site/public/js/deposit.js", t('''
// Browser side of the service deposit: only the publishable key belongs here.
const stripe = Stripe("@@pk@@");
const elements = stripe.elements();
const card = elements.create("card");
card.mount("#card-element");

document.querySelector("#deposit-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const { clientSecret } = await fetch("/api/deposit", { method: "POST" }).then((r) => r.json());
  await stripe.confirmCardPayment(clientSecret, { payment_method: { card } });
});
''', pk=stripe_key("pk_live_")), "Stripe docs: publishable keys are meant for client-side code")

D("php/decoy-placeholder", "sites/metrotoyota/wp-config-sample.php", t("""
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'wp_';
"""), "WordPress: wp-config-sample.php placeholders")

# --- SQL / notebooks / Dockerfiles ---------------------------------------------------------------

D("sql/decoy-password-hash", "db/portal/seed_staff_users.sql", t("""
-- Customer portal staff accounts (bcrypt, cost 12). Real passwords are set on first login.
INSERT INTO portal.staff_users (email, rooftop, role, password_hash, must_reset) VALUES
  ('bdc.manager@metroautogroup.com', 'METRO-TOY', 'bdc', '@@h1@@', 1),
  ('service.advisor1@metroautogroup.com', 'METRO-TOY', 'advisor', '@@h2@@', 1),
  ('fi.director@metroautogroup.com', 'ALL', 'fni', '@@h3@@', 1);
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash()), "bcrypt password hashes (OpenBSD $2b$)")

D("sql/decoy-sqlcmd-variable", "db/warehouse/011_logins.sql", t("""
:setvar ReportingPassword ""
-- run as: sqlcmd -S MAG-SQL02 -i 011_logins.sql -v ReportingPassword="%REPORTING_PW%"
USE [master];
GO
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'grafana_ro')
    CREATE LOGIN [grafana_ro] WITH PASSWORD = N'$(ReportingPassword)', CHECK_POLICY = ON;
GO
"""), "Microsoft docs: sqlcmd scripting variables $(var)")

D("notebook/decoy-prompt", "analysis/gross_by_desk_manager.ipynb", notebook([
    ("markdown", "# Front-end gross by desk manager\nAsks for the warehouse password at run time."),
    ("code", "import getpass\nimport pandas as pd\nimport pyodbc\n\npwd = getpass.getpass('warehouse password: ')\n"
             "conn = pyodbc.connect('DRIVER={ODBC Driver 18 for SQL Server};SERVER=mag-dw.database.windows.net;'\n"
             "                      f'DATABASE=DealerWarehouse;UID=analyst_ro;PWD={pwd};Encrypt=yes')"),
    ("code", "pd.read_sql('SELECT desk_manager, SUM(front_gross) FROM sales.Deals GROUP BY desk_manager', conn)"),
]), "Python getpass; Jupyter nbformat 4")

D("dockerfile/decoy-buildkit-secret", "lead-router/Dockerfile", t("""
# syntax=docker/dockerfile:1.6
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pipconf,target=/etc/pip.conf \\
    pip install --no-cache-dir -r requirements.txt
COPY . .
ENV PORT=8000
CMD ["uvicorn", "lead_router.main:app", "--host", "0.0.0.0", "--port", "8000"]
"""), "Docker docs: build secrets (RUN --mount=type=secret)")

# --- dotfiles / keys / docs / data ---------------------------------------------------------------

D("npmrc/decoy-env-reference", "lead-router/.npmrc", t("""
@metroauto:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
engine-strict=true
audit-level=high
"""), "npm docs: .npmrc environment variable substitution")

D("known-hosts/decoy-public-key", "deploy/ssh/known_hosts", t("""
# listing-site and bureau SFTP host keys (verified by phone with each vendor)
sftp.homenetinc.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@
sftp.cargurus.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@
sftp.example-bureau.com ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@@k3@@
ftp.dealerspecialties.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@@k4@@
""", k1=alnum(43), k2=alnum(43), k3=b64bytes(255).rstrip("="), k4=b64bytes(64).rstrip("=")),
  "OpenSSH sshd(8): ssh_known_hosts file format")

D("key-file/decoy-pgp-public", "fni/keys/bureau-intake.pub.asc", t("""
Comment: Credit bureau intake key - encrypt prescreen files to this key
@@k@@
""", k=pgp_block("PUBLIC KEY")), "RFC 4880 OpenPGP ASCII armor (public key block)")

D("key-file/decoy-certificate", "deploy/tls/routeone-client-chain.pem", cert_pem() + "\n" + cert_pem() + "\n",
  "RFC 7468 textual encoding of certificates")

D("markdown/decoy-placeholder", "docs/runbooks/opentrack-onboarding.md", t("""
# OpenTrack onboarding - new Dealertrack rooftop

1. Dealertrack support enables OpenTrack for the company number and emails the web-service user.
2. Store the password in Key Vault as `opentrack-password` (never in this repo).
3. Smoke test:

```bash
export OT_USERNAME=<web-service-user>
export OT_PASSWORD='<password from Key Vault>'
python -m opentrack_sync --company ZE7 --dry-run
```

Expected log: `OpenTrack OK: company=ZE7 server=arkonap.arkona.com`.
"""), "Team runbook; Dealertrack OpenTrack onboarding")

D("markdown/decoy-masked", "docs/incidents/2024-03-12-homenet-feed.md", t("""
# 2024-03-12 HomeNet feed not delivered

**Impact:** 3 rooftops showed stale inventory on dealer sites for ~9 hours.

Log excerpt (credentials masked by the logger):

```
03:15:02 INFO  sftp connect host=sftp.homenetinc.com user=metroauto_export password=********
03:15:32 ERROR sftp timeout after 30s request_id=@@rid@@
```

**Root cause:** HomeNet rotated their SFTP host key; our known_hosts pinned the old one.
**Fix:** updated `deploy/ssh/known_hosts` after verifying the fingerprint `SHA256:@@fp@@` with HomeNet.
""", rid=uuid_s(), fp=b64bytes(32).rstrip("=")), "Team incident review; OpenSSH key fingerprints")

D("csv/decoy-feed-data", "feeds/samples/homenet_export_sample.csv", t("""
dealer_id,stock,vin,year,make,model,trim,price,miles,photo_urls
METRO-TOY,T24118,@@v1@@,2024,Toyota,Tacoma,TRD Off-Road,41995,12,https://photos.metroautogroup.com/@@h1@@.jpg
METRO-HON,H23971A,@@v2@@,2021,Honda,CR-V,EX-L,27450,38211,https://photos.metroautogroup.com/@@h2@@.jpg
METRO-CDJR,C24055,@@v3@@,2024,Jeep,Wrangler,Rubicon,52310,8,https://photos.metroautogroup.com/@@h3@@.jpg
METRO-TOY,T23877B,@@v4@@,2019,Toyota,Camry,SE,21880,61002,https://photos.metroautogroup.com/@@h4@@.jpg
""", v1=vin(), v2=vin(), v3=vin(), v4=vin(), h1=hexs(40), h2=hexs(40), h3=hexs(40), h4=hexs(40)),
  "HomeNet / vAuto inventory export CSV layout")

D("jenkinsfile/decoy-credentials-binding", "integrations/desking/Jenkinsfile", t("""
pipeline {
    agent { label 'windows' }
    environment {
        DEPLOY_CREDS = credentials('mag-deploy-svc')   // username/password credential in Jenkins
    }
    stages {
        stage('Deploy') {
            steps {
                bat 'msdeploy -verb:sync -source:contentPath=out -dest:contentPath=Desking,computerName=MAG-APP03,userName=%DEPLOY_CREDS_USR%,password=%DEPLOY_CREDS_PSW%'
            }
        }
    }
}
"""), "Jenkins docs: credentials() helper in the environment directive")

D("docker-config/decoy-creds-helper", "ops/build-agent/.docker/config.sample.json", t("""
{
  "auths": {
    "metroacr.azurecr.io": {},
    "registry.metroautogroup.local": {}
  },
  "credHelpers": {
    "metroacr.azurecr.io": "acr-env"
  },
  "credsStore": "pass"
}
"""), "Docker docs: credential stores and credential helpers")

D("logstash/decoy-keystore-ref", "logstash/pipeline/dms-parts.conf", t("""
input {
  jdbc {
    jdbc_driver_class => "com.microsoft.sqlserver.jdbc.SQLServerDriver"
    jdbc_connection_string => "jdbc:sqlserver://10.40.12.31:1433;databaseName=CDK_Replica"
    jdbc_user => "elk_reader"
    jdbc_password => "${DMS_JDBC_PASSWORD}"
    schedule => "5 * * * *"
    statement => "SELECT * FROM dbo.PartsInventory"
  }
}
output { elasticsearch { hosts => ["http://es01:9200"] index => "dms-parts" } }
"""), "Logstash docs: secrets keystore references ${VAR}")
