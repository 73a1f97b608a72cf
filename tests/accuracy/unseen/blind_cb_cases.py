"""Blind set CB: HR, payroll and workforce-management teams.

The people-systems teams: HRIS integrations (Workday SOAP/RaaS/REST, ADP Workforce Now, Gusto,
BambooHR, Personio, HiBob, Rippling, Deel, SAP SuccessFactors), time clocks (UKG Pro, UKG
Dimensions, Kronos Workforce Central), applicant tracking (Greenhouse, Lever) and background
checks (Checkr), benefits carriers' SFTP/PGP EDI 834 feeds, SCIM provisioning into Okta, Entra ID
and Google Workspace, payroll bank files (NACHA ACH, positive pay) and their SFTP/API uploads, and
the Python, Node, Java, C#, Go and Ruby services, notebooks, spreadsheets-turned-scripts (VBA, Apps
Script, Power Query), PowerShell jobs, CI and deploy configs these teams keep, with their decoys.
Generated fakes only (seeds 730000-739999).
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
LOWNUM = string.ascii_lowercase + string.digits
_SEED = [730000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 740000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 740000
    return _SEED[0]


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Tundra", "Beacon", "Quartz", "Saffron", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon"]
SEASONS = ["Spring", "Summer", "Autumn", "Winter", "January", "October", "March"]
TEAMS = ["Payroll", "Benefits", "People", "Talent", "Workforce", "Hris", "Onboard", "Timeclock", "Paycheck"]
LEET = {"a": "@", "o": "0", "i": "1", "e": "3", "s": "$"}


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def alnum(n: int, extra: str = "") -> str:
    if extra:
        return fakes.drawn(_seed(), n, ALNUM + extra)
    return fakes.drawn_mixed(_seed(), n)


def lownum(n: int) -> str:
    return fakes.drawn(_seed(), n, LOWNUM)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64_bytes(n: int) -> str:
    """Base64 of n random bytes: what ciphertext, digests and storage keys look like."""
    r = _rng()
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def human_pw() -> str:
    """What a payroll or HRIS admin types: a season and a year, a team word, leetspeak."""
    r = _rng()
    form = r.randrange(4)
    if form == 0:
        return r.choice(SEASONS) + str(r.randint(2019, 2025)) + r.choice("!#$@")
    if form == 1:
        return r.choice(TEAMS) + r.choice("!#$@_") + r.choice(WORDS) + str(r.randint(10, 999))
    if form == 2:
        word = r.choice(TEAMS)
        return word[0] + "".join(LEET.get(c, c) for c in word[1:]) + r.choice("_!#") + str(r.randint(1, 99)) + r.choice(WORDS)
    return r.choice(WORDS) + r.choice(LOWER) + str(r.randint(100, 99999)) + r.choice("!?$")


def rand_pw(n: int = 20, extra: str = "!#%*-_") -> str:
    return fakes.drawn_mixed(_seed(), n) if not extra else alnum(n, extra)


# ---- vendor shapes ----
def bamboo_key() -> str:
    return hexs(40)


def checkr_key() -> str:
    return hexs(40)


def greenhouse_key() -> str:
    return hexs(32)


def lever_key() -> str:
    return fakes.drawn_mixed(_seed(), 48)


def hibob_token() -> str:
    return fakes.drawn_mixed(_seed(), 40)


def personio_secret() -> str:
    return "papi-" + fakes.drawn_mixed(_seed(), 64)


def rippling_token() -> str:
    return fakes.drawn_mixed(_seed(), 60)


def deel_token() -> str:
    return fakes.drawn_mixed(_seed(), 48)


def workday_secret() -> str:
    return lownum(64)


def workday_refresh() -> str:
    return lownum(88)


def workday_client_id() -> str:
    return b64(uuid_s()).rstrip("=")


def okta_token() -> str:
    return "00" + fakes.drawn(_seed(), 40, ALNUM + "-_")


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def teams_webhook(org: str) -> str:
    return (f"https://{org}.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def airtable_pat() -> str:
    return "pat" + fakes.drawn_mixed(_seed(), 14) + "." + hexs(64)


def atlassian_token() -> str:
    return "ATATT3xFfGF0" + fakes.drawn(_seed(), 180, ALNUM + "-_") + "=" + hexs(8).upper()


def google_secret() -> str:
    return "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "-_")


def jfrog_key() -> str:
    return "AKCp8" + fakes.drawn_mixed(_seed(), 68)


def mt_key() -> str:
    return "live-" + fakes.drawn_mixed(_seed(), 64)


def _b64_lines(r: random.Random, lines: int, head: str = "", width: int = 64) -> List[str]:
    out = []
    for i in range(lines):
        line = "".join(r.choice(ALNUM + "+/") for _ in range(width))
        if i == 0 and head:
            line = head + line[len(head):]
        out.append(line)
    return out


def pem_key(kind: str = "RSA PRIVATE KEY", lines: int = 12) -> str:
    r = _rng()
    head = {"RSA PRIVATE KEY": "MIIEow", "PRIVATE KEY": "MIIEvQ", "EC PRIVATE KEY": "MHcCAQEE",
            "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAA", "ENCRYPTED PRIVATE KEY": "MIIFHDBOBgkq"}[kind]
    body = _b64_lines(r, lines, head, 70 if kind == "OPENSSH PRIVATE KEY" else 64)
    body[-1] = body[-1][: r.randint(20, 60)] + ("=" if r.random() < 0.5 else "")
    return f"-----BEGIN {kind}-----\n" + "\n".join(body) + f"\n-----END {kind}-----"


def pgp_block(private: bool = True, lines: int = 14) -> str:
    r = _rng()
    kind = "PRIVATE KEY BLOCK" if private else "PUBLIC KEY BLOCK"
    body = _b64_lines(r, lines, "lQdGBG" if private else "mQINBG")
    body[-1] = body[-1][:40]
    crc = "=" + "".join(r.choice(ALNUM + "+/") for _ in range(4))
    return f"-----BEGIN PGP {kind}-----\n\n" + "\n".join(body) + f"\n{crc}\n-----END PGP {kind}-----"


def cert_pem(lines: int = 10) -> str:
    r = _rng()
    body = _b64_lines(r, lines, "MIID")
    body[-1] = body[-1][:44] + "=="
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(body) + "\n-----END CERTIFICATE-----"


def body_line(pem: str, index: int = 2) -> str:
    """One line of a key's body: what a JSON-escaped key holds verbatim, whatever its escapes."""
    return pem.splitlines()[index]


def indent(block: str, spaces: int) -> str:
    pad = " " * spaces
    return "\n".join(pad + line if line else line for line in block.splitlines())


def json_escaped(block: str) -> str:
    return block.replace("\n", "\\n") + "\\n"


def T(template: str, **values: str) -> str:
    for key, value in values.items():
        template = template.replace(f"@@{key}@@", value)
    assert "@@" not in template, template[:200]
    return template


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase(f"blind-cb/{category}", file_name, text, secret, source))

# =====================================================================================
# Secrets: YAML configs, CI, Kubernetes, Helm, compose
# =====================================================================================

_pw = human_pw()
add("yaml/workday-isu-password", "config/workday.yaml", T("""# Workday integration system user (ISU) for the Get_Workers / Put_Applicant SOAP calls.
# Tenant: acme_prod (WD5). Security group ISSG_HRIS_Sync has Get access to Worker Data.
workday:
  tenant: acme_prod
  host: wd5-services1.myworkday.com
  api_version: v41.2
  services:
    human_resources: /ccx/service/acme_prod/Human_Resources/v41.2
    staffing: /ccx/service/acme_prod/Staffing/v41.2
    recruiting: /ccx/service/acme_prod/Recruiting/v41.2
  isu:
    username: ISU_HRIS_Sync@acme_prod
    password: "@@pw@@"
  page_size: 100
  as_of_effective_date: today
  include_terminated_days: 30
sync:
  target: ad
  dry_run: false
""", pw=_pw), _pw, "Workday Web Services: WS-Security UsernameToken with an integration system user")

_cid, _sec = uuid_s(), uuid_s()
add("yaml/adp-client-secret", "integrations/adp/config.yml", T("""# ADP Workforce Now API (marketplace partner app "Acme HR Sync")
adp:
  token_url: https://accounts.adp.com/auth/oauth/v2/token
  api_base: https://api.adp.com
  client_id: @@cid@@
  client_secret: @@sec@@
  # ADP requires mutual TLS: CSR signed via the ADP certificate portal
  ssl_cert: /etc/adp/acme_auth.pem
  ssl_key: /etc/adp/acme_auth.key
  endpoints:
    workers: /hr/v2/workers
    pay_statements: /payroll/v1/workers/{aoid}/pay-statements
  timeout_seconds: 30
""", cid=_cid, sec=_sec), _sec, "ADP API Central: client credentials grant with mutual TLS")

_k = bamboo_key()
add("helm/bamboohr", "deploy/helm/hris-sync/values-prod.yaml", T("""replicaCount: 1

image:
  repository: registry.acme.internal/people/hris-sync
  tag: "2024.03.2"
  pullPolicy: IfNotPresent

schedule: "15 */2 * * *"

env:
  - name: BAMBOOHR_SUBDOMAIN
    value: acmeco
  - name: BAMBOOHR_API_KEY
    value: "@@k@@"
  - name: TARGET_DIRECTORY
    value: okta
  - name: LOG_LEVEL
    value: info

resources:
  requests:
    cpu: 100m
    memory: 128Mi
  limits:
    memory: 256Mi

nodeSelector:
  workload: batch
""", k=_k), _k, "BambooHR API: HTTP basic auth with the API key as user; Helm chart values env list")

_pw = rand_pw(16, "!@#")
add("github-actions/sftp-password", ".github/workflows/nightly-census.yml", T("""name: Nightly benefits census

on:
  schedule:
    - cron: "30 6 * * *"
  workflow_dispatch:

jobs:
  census:
    runs-on: ubuntu-latest
    env:
      CARRIER_SFTP_HOST: sftp.guardianlife.com
      CARRIER_SFTP_USER: acme_834
      CARRIER_SFTP_PASSWORD: '@@pw@@'
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install -r requirements.txt
      - name: Build 834 file
        run: python -m benefits.build_834 --carrier guardian --out out/
      - name: Upload
        run: python -m benefits.upload --dir out/
""", pw=_pw), _pw, "GitHub Actions workflow syntax: jobs.<id>.env")

_k = greenhouse_key()
add("gitlab-ci/greenhouse", ".gitlab-ci.yml", T("""stages:
  - test
  - sync

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  GREENHOUSE_HARVEST_KEY: "@@k@@"
  GREENHOUSE_ON_BEHALF_OF: "4080712"

cache:
  paths:
    - .cache/pip

test:
  stage: test
  image: python:3.11-slim
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

sync-offers:
  stage: sync
  image: python:3.11-slim
  only:
    - schedules
  script:
    - pip install -r requirements.txt
    - python -m ats.sync_offers --since 2d
""", k=_k), _k, "GitLab CI/CD YAML: variables; Greenhouse Harvest API basic auth")

_pw = human_pw()
add("ansible/mssql", "ansible/group_vars/payroll_db.yml", T("""---
# SQL Server that holds the payroll staging schema (UltiPro extract lands here)
mssql_version: 2019
mssql_edition: Standard
mssql_port: 1433
mssql_sa_password: "@@pw@@"
mssql_databases:
  - name: PayrollStaging
    recovery: SIMPLE
  - name: TimeclockPunches
    recovery: SIMPLE
mssql_backup_dir: /var/opt/mssql/backup
mssql_agent_enabled: true
""", pw=_pw), _pw, "microsoft.sql Ansible role variables (mssql_sa_password)")

_t = okta_token()
add("k8s-secret/okta", "k8s/scim-bridge/secret.yaml", T("""apiVersion: v1
kind: Secret
metadata:
  name: scim-bridge-okta
  namespace: people-it
  labels:
    app: scim-bridge
type: Opaque
data:
  OKTA_ORG_URL: @@url@@
  OKTA_API_TOKEN: @@tok@@
""", url=b64("https://acme.okta.com"), tok=b64(_t)), _t, "Kubernetes Secret data (base64); Okta SSWS API token")

_pw = rand_pw(22, "")
_url = f"postgresql://payroll_export:{_pw}@pg-payroll.internal:5432/payroll"
add("k8s-secret/postgres", "k8s/payroll-export/secret.yaml", T("""apiVersion: v1
kind: Secret
metadata:
  name: payroll-export-db
  namespace: payroll
type: Opaque
stringData:
  DATABASE_URL: "@@url@@"
  EXPORT_BUCKET: s3://acme-payroll-exports
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: payroll-export
  namespace: payroll
spec:
  schedule: "0 3 * * 1-5"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: export
              image: registry.acme.internal/payroll/export:1.8.0
              envFrom:
                - secretRef:
                    name: payroll-export-db
""", url=_url), _pw, "Kubernetes Secret stringData; libpq connection URI")

_pw = human_pw()
add("docker-compose/postgres", "docker-compose.yml", T("""version: "3.8"

services:
  hr-analytics-db:
    image: postgres:15
    environment:
      POSTGRES_DB: people_analytics
      POSTGRES_USER: analytics
      POSTGRES_PASSWORD: @@pw@@
    ports:
      - "5432:5432"
    volumes:
      - pgdata:/var/lib/postgresql/data

  metabase:
    image: metabase/metabase:v0.48.6
    ports:
      - "3000:3000"
    environment:
      MB_DB_TYPE: postgres
      MB_DB_DBNAME: people_analytics
      MB_DB_PORT: 5432
      MB_DB_USER: analytics
      MB_DB_PASS: @@pw@@
      MB_DB_HOST: hr-analytics-db
    depends_on:
      - hr-analytics-db

volumes:
  pgdata:
""", pw=_pw), _pw, "postgres and metabase Docker image docs: POSTGRES_PASSWORD, MB_DB_PASS")

_pw = words_pw()
add("dbt-profiles/snowflake", "dbt/profiles.yml", T("""people_analytics:
  target: prod
  outputs:
    dev:
      type: snowflake
      account: acme-xy12345
      user: "{{ env_var('DBT_USER') }}"
      authenticator: externalbrowser
      role: PEOPLE_ANALYST
      database: PEOPLE_DEV
      warehouse: PEOPLE_WH
      schema: dbt_{{ env_var('DBT_USER') | lower }}
      threads: 4
    prod:
      type: snowflake
      account: acme-xy12345
      user: SVC_DBT_PEOPLE
      password: @@pw@@
      role: TRANSFORMER_PEOPLE
      database: PEOPLE
      warehouse: PEOPLE_WH
      schema: marts
      threads: 8
""", pw=_pw), _pw, "dbt docs: Snowflake profile with user/password authentication")

_t = hibob_token()
add("yaml/hibob", "airflow/include/connections.yaml", T("""# Loaded with `airflow connections import` in the local dev stack
hibob_api:
  conn_type: http
  host: https://api.hibob.com
  login: SERVICE-18234
  password: @@t@@
  extra:
    timeout: 60
workday_raas:
  conn_type: http
  host: https://wd5-impl-services1.workday.com
  login: ISU_Airflow
  password: "{{ var.value.workday_raas_password }}"
warehouse:
  conn_type: snowflake
  login: SVC_AIRFLOW
  extra:
    account: acme-xy12345
    private_key_file: /opt/airflow/keys/rsa_key.p8
""", t=_t), _t, "HiBob API: service user id and token over basic auth; Airflow connections import YAML")

_pw = human_pw()
add("spring-yaml/successfactors", "sf-connector/src/main/resources/application-prod.yml", T("""server:
  port: 8080

successfactors:
  base-url: https://api4.successfactors.com/odata/v2
  company-id: ACMECORPP
  username: APIADMIN_HRIS
  password: @@pw@@
  page-size: 500
  entities:
    - PerPerson
    - EmpEmployment
    - EmpJob

spring:
  datasource:
    url: jdbc:postgresql://db.hris.internal:5432/sfsync
    username: sfsync
    password: ${SFSYNC_DB_PASSWORD}
  jpa:
    hibernate:
      ddl-auto: validate

logging:
  level:
    com.acme.sf: INFO
""", pw=_pw), _pw, "SAP SuccessFactors OData API basic auth (user@companyId); Spring Boot application.yml")

_k = checkr_key()
add("serverless/checkr", "services/background-checks/serverless.yml", T("""service: background-checks

frameworkVersion: "3"

provider:
  name: aws
  runtime: python3.11
  region: us-east-1
  environment:
    CHECKR_API_KEY: @@k@@
    CHECKR_PACKAGE: driver_pro
    GREENHOUSE_USER_ID: "4080712"

functions:
  invite:
    handler: handler.invite
    events:
      - http:
          path: candidates/{id}/invite
          method: post
  webhook:
    handler: handler.webhook
    events:
      - http:
          path: checkr/webhook
          method: post
""", k=_k), _k, "Serverless Framework provider.environment; Checkr API key basic auth")

_id, _sk = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("circleci/aws", ".circleci/config.yml", T("""version: 2.1

orbs:
  aws-cli: circleci/aws-cli@4.1

jobs:
  publish-org-chart:
    docker:
      - image: cimg/python:3.11
    environment:
      AWS_ACCESS_KEY_ID: @@id@@
      AWS_SECRET_ACCESS_KEY: @@sk@@
      AWS_DEFAULT_REGION: us-west-2
    steps:
      - checkout
      - run: pip install -r requirements.txt
      - run: python scripts/build_org_chart.py --out dist/
      - run: aws s3 sync dist/ s3://acme-people-orgchart/ --delete

workflows:
  nightly:
    triggers:
      - schedule:
          cron: "0 5 * * *"
          filters:
            branches:
              only: main
    jobs:
      - publish-org-chart
""", id=_id, sk=_sk), _sk, "CircleCI config reference: job environment; AWS CLI credentials")

_cid, _sec = "papi-" + uuid_s(), personio_secret()
add("azure-pipelines/personio", "azure-pipelines.yml", T("""trigger: none

schedules:
  - cron: "0 4 * * *"
    displayName: Daily Personio absence export
    branches:
      include:
        - main

pool:
  vmImage: ubuntu-latest

variables:
  PERSONIO_CLIENT_ID: @@cid@@
  PERSONIO_CLIENT_SECRET: @@sec@@
  PERSONIO_PARTNER_ID: ACME_PEOPLE_OPS

steps:
  - task: UsePythonVersion@0
    inputs:
      versionSpec: "3.11"
  - script: pip install -r requirements.txt
    displayName: Install
  - script: python -m personio_export.absences --days 35
    displayName: Export absences
""", cid=_cid, sec=_sec), _sec, "Azure Pipelines YAML variables; Personio API client credentials")

_pw = human_pw()
add("rails-database/mysql", "config/database.yml", T("""default: &default
  adapter: mysql2
  encoding: utf8mb4
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>
  host: <%= ENV.fetch("DB_HOST") { "localhost" } %>

development:
  <<: *default
  database: onboarding_portal_dev
  username: root
  password:

test:
  <<: *default
  database: onboarding_portal_test

production:
  <<: *default
  database: onboarding_portal
  username: onboarding
  password: "@@pw@@"
  host: onboarding-db.c8rzq2ab1xyz.us-east-1.rds.amazonaws.com
""", pw=_pw), _pw, "Rails guides: config/database.yml")

_pw = human_pw()
add("mule-yaml/workday", "workday-to-adp-sapi/src/main/resources/config/prod.yaml", T("""http:
  listener:
    port: "8081"
workday:
  tenant: "acme_prod"
  host: "wd5-services1.myworkday.com"
  username: "ISU_Mule_Integration"
  password: "@@pw@@"
  version: "v41.0"
adp:
  host: "api.adp.com"
  tokenPath: "/auth/oauth/v2/token"
  clientId: "${secure::adp.clientId}"
  clientSecret: "${secure::adp.clientSecret}"
  keystore:
    path: "keystore/adp.jks"
""", pw=_pw), _pw, "MuleSoft Workday connector configuration properties (YAML)")

_pw = rand_pw(18, "")
add("yaml/ldap-bind", "config/ldap_sync.yaml", T("""# HR -> Active Directory attribute sync (title, department, manager)
ldap:
  uri: ldaps://dc01.corp.acme.local:636
  bind_dn: "CN=svc-hrsync,OU=Service Accounts,DC=corp,DC=acme,DC=local"
  bind_password: @@pw@@
  base_dn: "OU=Employees,DC=corp,DC=acme,DC=local"
  user_filter: "(&(objectClass=user)(employeeID=*))"
  ca_file: /etc/ssl/certs/acme-root-ca.pem
mapping:
  employeeID: employee_number
  title: job_title
  department: department_name
  manager: manager_dn
  physicalDeliveryOfficeName: location
""", pw=_pw), _pw, "python-ldap simple bind; HR to AD sync configuration")

_isa = rand_pw(10, "")
add("yaml/edi-isa-password", "edi/834/partners.yaml", T("""# Trading partners for outbound 834 (benefit enrollment and maintenance)
partners:
  metlife_dental:
    isa05_sender_qual: ZZ
    isa06_sender_id: ACMECORP834
    isa07_receiver_qual: ZZ
    isa08_receiver_id: METDENTAL
    isa01_auth_qual: "00"
    isa02_auth_info: "          "
    isa03_security_qual: "01"
    isa04_security_info: "@@isa@@"
    gs02: ACMECORP
    gs03: METDENTAL
    version: 005010X220A1
    transport:
      type: sftp
      host: edi.metlife.com
      path: /inbound/834
""", isa=_isa), _isa, "X12 ISA segment: ISA03 security qualifier 01 = password in ISA04")
# =====================================================================================
# Secrets: JSON, TOML, INI/cfg, XML, .properties, .env
# =====================================================================================

_cid, _sec = fakes.drawn(_seed(), 43, ALNUM + "-_"), fakes.drawn(_seed(), 43, ALNUM + "-_")
add("json/gusto", "config/gusto.production.json", T("""{
  "gusto": {
    "apiBase": "https://api.gusto.com",
    "apiVersion": "2024-04-01",
    "clientId": "@@cid@@",
    "clientSecret": "@@sec@@",
    "redirectUri": "https://payroll-bridge.acme.io/oauth/gusto/callback",
    "scopes": ["employees:read", "payrolls:read", "companies:read"]
  },
  "sync": {
    "companyUuid": "@@cu@@",
    "intervalMinutes": 60
  }
}
""", cid=_cid, sec=_sec, cu=uuid_s()), _sec, "Gusto Embedded Payroll API: OAuth2 application client secret")

_pem = pem_key("PRIVATE KEY", 14)
add("json/gcp-service-account", "credentials/people-analytics-sa.json", T("""{
  "type": "service_account",
  "project_id": "acme-people-analytics",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "sheets-sync@acme-people-analytics.iam.gserviceaccount.com",
  "client_id": "1@@cnum@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/sheets-sync%40acme-people-analytics.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", kid=hexs(40), pk=json_escaped(_pem), cnum=str(_rng().randint(10**19, 10**20))), body_line(_pem, 3),
    "Google Cloud service account key file (JSON)")

_sec = fakes.drawn_mixed(_seed(), 32)
add("json/box", "config/box_config.json", T("""{
  "boxAppSettings": {
    "clientID": "@@cid@@",
    "clientSecret": "@@sec@@",
    "appAuth": {
      "publicKeyID": "@@pkid@@",
      "privateKey": "",
      "passphrase": ""
    }
  },
  "enterpriseID": "@@eid@@"
}
""", cid=lownum(32), sec=_sec, pkid=lownum(8), eid=str(_rng().randint(10**6, 10**8))), _sec,
    "Box Platform app config JSON (client credentials grant); HR document storage")

_t = rippling_token()
add("vscode/rippling", ".vscode/launch.json", T("""{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "rippling-sync: run once",
      "type": "python",
      "request": "launch",
      "module": "rippling_sync.main",
      "args": ["--once", "--dry-run"],
      "env": {
        "RIPPLING_API_BASE": "https://api.rippling.com/platform/api",
        "RIPPLING_API_TOKEN": "@@t@@",
        "LOG_LEVEL": "DEBUG"
      },
      "justMyCode": true
    },
    {
      "name": "tests",
      "type": "python",
      "request": "launch",
      "module": "pytest",
      "args": ["-q"]
    }
  ]
}
""", t=_t), _t, "VS Code launch.json env; Rippling API bearer token")

_pw = human_pw()
add("appsettings/mssql", "src/Acme.Payroll.Api/appsettings.Production.json", T("""{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "ConnectionStrings": {
    "Payroll": "Server=tcp:sql-payroll-prod.database.windows.net,1433;Initial Catalog=Payroll;User ID=payroll_api;Password=@@pw@@;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
  },
  "UkgPro": {
    "BaseUrl": "https://service5.ultipro.com",
    "CustomerApiKey": "B7K2Q"
  },
  "AllowedHosts": "*"
}
""", pw=_pw), _pw, "ASP.NET Core appsettings.json ConnectionStrings; SqlClient connection string")

_key = b64_bytes(64)
add("azure-functions/storage", "functions/AdpWebhook/local.settings.json", T("""{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=acmepayrollfn;AccountKey=@@key@@;EndpointSuffix=core.windows.net",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "AdpEventQueue": "adp-events",
    "PayrollDb": "@Microsoft.KeyVault(SecretUri=https://kv-payroll.vault.azure.net/secrets/PayrollDb/)"
  },
  "Host": {
    "LocalHttpPort": 7071
  }
}
""", key=_key), _key, "Azure Functions local.settings.json; Azure Storage connection string AccountKey")

_sec = fakes.drawn_mixed(_seed(), 32)
add("postman/ukg", "postman/UKG-Dimensions.postman_environment.json", T("""{
  "id": "@@id@@",
  "name": "UKG Dimensions - PROD",
  "values": [
    { "key": "baseUrl", "value": "https://acme-prd.prd.mykronos.com/api", "enabled": true },
    { "key": "appkey", "value": "@@app@@", "enabled": true },
    { "key": "client_id", "value": "@@cid@@", "enabled": true },
    { "key": "client_secret", "value": "@@sec@@", "enabled": true },
    { "key": "username", "value": "api_timeclock", "enabled": true },
    { "key": "access_token", "value": "", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-02-12T16:03:11.402Z",
  "_postman_exported_using": "Postman/10.22.14"
}
""", id=uuid_s(), app=fakes.drawn_mixed(_seed(), 32), cid=fakes.drawn_mixed(_seed(), 32), sec=_sec), _sec,
    "Postman environment export; UKG Dimensions API client credentials")

_sec = google_secret()
add("json/google-oauth", "credentials/client_secret_workspace_provisioning.json", T("""{
  "installed": {
    "client_id": "@@num@@-@@rnd@@.apps.googleusercontent.com",
    "project_id": "acme-it-provisioning",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@sec@@",
    "redirect_uris": ["http://localhost"]
  }
}
""", num=str(_rng().randint(10**11, 10**12)), rnd=lownum(32), sec=_sec), _sec,
    "Google OAuth client secret JSON (installed app), Workspace Admin SDK provisioning")

_k = lever_key()
add("toml/lever", "config/settings.toml", T("""[default]
log_level = "INFO"
timezone = "America/Chicago"

[default.lever]
base_url = "https://api.lever.co/v1"
api_key = "@@k@@"
page_limit = 100
stages_to_export = ["offer", "hired"]

[default.warehouse]
url = "@format {env[WAREHOUSE_URL]}"

[production]
log_level = "WARNING"
""", k=_k), _k, "Dynaconf settings.toml; Lever API basic auth with the key as user")

_pw = words_pw()
add("streamlit-secrets/postgres", ".streamlit/secrets.toml", T("""# Streamlit secrets for the attrition dashboard (st.connection("hr_db"))
[connections.hr_db]
dialect = "postgresql"
host = "hr-reporting.cluster-c1x2y3z4.us-east-2.rds.amazonaws.com"
port = "5432"
database = "hr_reporting"
username = "dashboard_ro"
password = "@@pw@@"

[app]
allowed_domains = ["acme.com"]
""", pw=_pw), _pw, "Streamlit docs: secrets.toml and st.connection SQL")

_t = deel_token()
add("toml/deel", "cmd/contractor-sync/config.toml", T("""# contractor-sync: Deel -> NetSuite vendor bills
[deel]
base_url = "https://api.letsdeel.com/rest/v2"
token = '@@t@@'
page_size = 99

[netsuite]
account = "1234567"
subsidiary = 3

[schedule]
every = "6h"
""", t=_t), _t, "Deel REST API v2 bearer token; Go service TOML config")

_pw = rand_pw(14, "!$")
add("ini/sftp-password", "config/payroll_export.ini", T("""; Positive pay and ACH upload to First Harbor Bank
[bank]
sftp_host = mft.firstharborbank.com
sftp_port = 22
sftp_user = ACME_PAYROLL
sftp_password = @@pw@@
remote_dir = /inbound/ach
host_key_fingerprint = SHA256:9Cq4nH2XUdWcZ1l3y6bP0aE7kQ8sT5vR2mF4jL0xYw=

[files]
ach_pattern = ACME_PPD_%Y%m%d.ach
positive_pay_pattern = ACME_PP_%Y%m%d.csv
archive_dir = /data/payroll/archive

[notify]
email = payroll-ops@acme.com
""", pw=_pw), _pw, "configparser INI; bank MFT SFTP upload of NACHA files")

_pw = human_pw()
add("odbc-ini/oracle", "etc/odbc.ini", T("""[ODBC Data Sources]
PSHRPRD = Oracle in OraClient19Home1

[PSHRPRD]
Driver = /opt/oracle/instantclient_19_19/libsqora.so.19.1
ServerName = pshrprd.db.acme.local:1521/PSHRPRD
UserID = SYSADM_RO
Password = @@pw@@
Application Attributes = T
Attributes = W
BatchAutocommitMode = IfAllSuccessful
CloseCursor = F
FetchBufferSize = 64000
""", pw=_pw), _pw, "Oracle ODBC driver odbc.ini DSN; PeopleSoft HCM read-only user")

_pw = rand_pw(20, "")
add("alembic/postgres", "alembic.ini", T("""[alembic]
script_location = migrations
prepend_sys_path = .
sqlalchemy.url = postgresql+psycopg2://onboarding:@@pw@@@onboarding-db.internal:5432/onboarding

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console
qualname =

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
""", pw=_pw), _pw, "Alembic alembic.ini sqlalchemy.url")

_t = fakes.pypi_token(_seed())
add("pypirc/pypi-token", ".pypirc", T("""[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = @@t@@

[internal]
repository = https://pkgs.acme.internal/simple/
username = hris-ci
""", t=_t), _t, "PyPA .pypirc specification; PyPI API token")

_k = jfrog_key()
add("pip-conf/artifactory", "docker/payroll-worker/pip.conf", T("""[global]
index-url = https://hris-ci:@@k@@@acme.jfrog.io/artifactory/api/pypi/pypi-virtual/simple
trusted-host = acme.jfrog.io
timeout = 60
no-cache-dir = true

[install]
prefer-binary = true
""", k=_k), _k, "pip configuration; Artifactory PyPI remote with API key in the index URL")

_pw = human_pw()
add("maven-settings/nexus", "ci/settings.xml", T("""<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 https://maven.apache.org/xsd/settings-1.0.0.xsd">
  <servers>
    <server>
      <id>acme-releases</id>
      <username>deploy-hris</username>
      <password>@@pw@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>acme-releases</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.acme.internal/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", pw=_pw), _pw, "Maven settings.xml servers/server/password")

_pw = human_pw()
add("app-config/ukg-pro", "src/UkgProExport/App.config", T("""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <appSettings>
    <add key="UltiProBaseUrl" value="https://service5.ultipro.com/services" />
    <add key="CustomerApiKey" value="B7K2Q" />
    <add key="UserName" value="ws_payroll_export" />
    <add key="Password" value="@@pw@@" />
    <add key="UserApiKey" value="@@uak@@" />
    <add key="ExportFolder" value="\\\\fs01\\payroll$\\ukg\\out" />
  </appSettings>
</configuration>
""", pw=_pw, uak=fakes.drawn_mixed(_seed(), 12)), _pw, "UKG Pro (UltiPro) web services LoginService: customer API key, user API key, user name, password")

_pw = human_pw()
add("xml/kronos", "kronos/xml/logon_and_extract_punches.xml", T("""<?xml version="1.0"?>
<!-- Kronos Workforce Central XML API: logon, pull punches for the pay period, logoff -->
<Kronos_WFC version="1.0">
  <Request Object="System" Action="Logon" Username="API_PAYROLL" Password="@@pw@@"/>
  <Request Action="Load">
    <Timesheet>
      <Employee>
        <PersonIdentity PersonNumber="100234"/>
      </Employee>
      <Period>
        <TimeFramePeriod PeriodDateSpan="3/01/2024 - 3/15/2024"/>
      </Period>
    </Timesheet>
  </Request>
  <Request Object="System" Action="Logoff"/>
</Kronos_WFC>
""", pw=_pw), _pw, "Kronos Workforce Central XML API developer guide: System Logon request")

_pw = human_pw()
add("soap-xml/workday", "soap/Get_Workers_request.xml", T("""<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:bsvc="urn:com.workday/bsvc">
  <soapenv:Header>
    <wsse:Security soapenv:mustUnderstand="1"
        xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
      <wsse:UsernameToken>
        <wsse:Username>ISU_SoapUI@acme_impl1</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">@@pw@@</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <bsvc:Get_Workers_Request bsvc:version="v41.2">
      <bsvc:Response_Filter>
        <bsvc:Page>1</bsvc:Page>
        <bsvc:Count>100</bsvc:Count>
      </bsvc:Response_Filter>
      <bsvc:Response_Group>
        <bsvc:Include_Reference>true</bsvc:Include_Reference>
        <bsvc:Include_Personal_Information>true</bsvc:Include_Personal_Information>
      </bsvc:Response_Group>
    </bsvc:Get_Workers_Request>
  </soapenv:Body>
</soapenv:Envelope>
""", pw=_pw), _pw, "Workday Web Services SOAP request with WS-Security UsernameToken (SoapUI)")

_pw = rand_pw(16, "")
add("web-config/mssql", "HrPortal.Web/Web.config", T("""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="HrPortal"
         connectionString="Data Source=SQLHR01\\HRPROD;Initial Catalog=HrPortal;User Id=hrportal_app;Password=@@pw@@;MultipleActiveResultSets=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="BenefitsEnrollmentOpen" value="false" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.7.2" />
    <authentication mode="Windows" />
  </system.web>
</configuration>
""", pw=_pw), _pw, "ASP.NET Web.config connectionStrings")

_pw = human_pw()
add("tomcat-context/oracle", "ps-integration/src/main/webapp/META-INF/context.xml", T("""<?xml version="1.0" encoding="UTF-8"?>
<Context>
  <Resource name="jdbc/PSHR"
            auth="Container"
            type="javax.sql.DataSource"
            driverClassName="oracle.jdbc.OracleDriver"
            url="jdbc:oracle:thin:@//pshrprd.db.acme.local:1521/PSHRPRD"
            username="HR_INTEGRATION"
            password="@@pw@@"
            maxTotal="20"
            maxIdle="5"
            validationQuery="SELECT 1 FROM DUAL"/>
</Context>
""", pw=_pw), _pw, "Apache Tomcat JNDI DataSource (context.xml Resource)")

_pw = rand_pw(24, "")
add("nuget-config/azure-artifacts", "nuget.config", T("""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="acme-people" value="https://pkgs.dev.azure.com/acme/People/_packaging/people-libs/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <acme-people>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="@@pw@@" />
    </acme-people>
  </packageSourceCredentials>
</configuration>
""", pw=_pw), _pw, "NuGet docs: nuget.config packageSourceCredentials ClearTextPassword")

_pw = human_pw()
add("properties/postgres", "timesheet-service/src/main/resources/application.properties", T("""spring.application.name=timesheet-service
server.port=8085

spring.datasource.url=jdbc:postgresql://timesheet-db.internal:5432/timesheets
spring.datasource.username=timesheet_app
spring.datasource.password=@@pw@@
spring.datasource.hikari.maximum-pool-size=10

ukg.dimensions.base-url=https://acme-prd.prd.mykronos.com/api
ukg.dimensions.username=api_timesheet
ukg.dimensions.password=${UKG_PASSWORD}

management.endpoints.web.exposure.include=health,info
""", pw=_pw), _pw, "Spring Boot common application properties: spring.datasource.password")

_k = checkr_key()
add("properties/checkr", "config/checkr.properties", T("""# Checkr background check integration (candidate -> invitation -> report)
checkr.api.base=https://api.checkr.com/v1
checkr.api.key=@@k@@
checkr.default.package=tasker_standard
checkr.work.location.country=US
checkr.webhook.path=/hooks/checkr
checkr.http.timeout.ms=15000
""", k=_k), _k, "Checkr API docs: authentication with the secret API key")

_pw = rand_pw(18, "")
add("kafka-connect/mssql", "connect/payroll-cdc-source.properties", T("""name=payroll-cdc-source
connector.class=io.debezium.connector.sqlserver.SqlServerConnector
tasks.max=1
database.hostname=sqlpayroll01.corp.acme.local
database.port=1433
database.user=debezium
database.password=@@pw@@
database.names=PayrollStaging
topic.prefix=payroll
table.include.list=dbo.Employees,dbo.PayRuns,dbo.Deductions
schema.history.internal.kafka.bootstrap.servers=kafka:9092
schema.history.internal.kafka.topic=schema-changes.payroll
""", pw=_pw), _pw, "Debezium SQL Server connector configuration properties")

_cid, _sec = "papi-" + uuid_s(), personio_secret()
add("dotenv/personio", "services/absence-bot/.env", T("""NODE_ENV=production
PORT=3000

PERSONIO_CLIENT_ID=@@cid@@
PERSONIO_CLIENT_SECRET=@@sec@@

SLACK_CHANNEL=#people-ops-absences
TZ=Europe/Berlin
""", cid=_cid, sec=_sec), _sec, "dotenv file; Personio API /v1/auth client credentials")

_k = lever_key()
add("dotenv/lever", "services/ats-sync/.env.production", T("""# ats-sync production
LEVER_API_KEY=@@k@@
LEVER_WEBHOOK_ORIGIN=https://api.lever.co
DATABASE_URL=postgres://ats_sync@ats-db.internal:5432/ats
SENTRY_ENVIRONMENT=production
SYNC_INTERVAL=900
""", k=_k), _k, "dotenv; Lever API key")

_t = slack_bot()
add("dotenv/slack-bot", "apps/welcome-bot/.env", T("""# Slack app "Acme Welcome Bot" (posts new-hire intros to #welcome)
SLACK_BOT_TOKEN=@@t@@
SLACK_SIGNING_SECRET_FILE=/run/secrets/slack_signing_secret
WELCOME_CHANNEL=C04QW7RJ2LM
BAMBOOHR_SUBDOMAIN=acmeco
""", t=_t), _t, "Slack Bolt docs: SLACK_BOT_TOKEN")
# =====================================================================================
# Secrets: HCL, web servers, systemd, cron, netrc/pgpass, Docker
# =====================================================================================

_t = okta_token()
add("terraform/okta", "terraform/okta/main.tf", T("""terraform {
  required_providers {
    okta = {
      source  = "okta/okta"
      version = "~> 4.6"
    }
  }
}

provider "okta" {
  org_name  = "acme"
  base_url  = "okta.com"
  api_token = "@@t@@"
}

resource "okta_group" "dept_payroll" {
  name        = "dept-payroll"
  description = "Pushed from Workday supervisory org Payroll Operations"
}

resource "okta_group_rule" "payroll_rule" {
  name              = "workday-dept-payroll"
  status            = "ACTIVE"
  group_assignments = [okta_group.dept_payroll.id]
  expression_type   = "urn:okta:expression:1.0"
  expression_value  = "user.department==\\"Payroll Operations\\""
}
""", t=_t), _t, "Terraform Okta provider: api_token argument")

_sec = workday_secret()
add("tfvars/workday", "terraform/envs/prod/terraform.tfvars", T("""environment          = "prod"
region               = "us-east-1"
workday_tenant       = "acme_prod"
workday_rest_host    = "wd5-services1.myworkday.com"
workday_client_id    = "@@cid@@"
workday_client_secret = "@@sec@@"
lambda_memory_mb     = 512
schedule_expression  = "rate(1 hour)"
alarm_sns_topic      = "arn:aws:sns:us-east-1:123456789012:people-eng-alerts"
""", cid=workday_client_id(), sec=_sec), _sec, "Terraform .tfvars; Workday REST API client (Register API Client for Integrations)")

_pw = human_pw()
add("terraform/rds", "terraform/modules/hr-reporting-db/main.tf", T("""resource "aws_db_subnet_group" "hr" {
  name       = "hr-reporting"
  subnet_ids = var.private_subnet_ids
}

resource "aws_db_instance" "hr_reporting" {
  identifier              = "hr-reporting"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 100
  db_name                 = "hr_reporting"
  username                = "hradmin"
  password                = "@@pw@@"
  db_subnet_group_name    = aws_db_subnet_group.hr.name
  storage_encrypted       = true
  backup_retention_period = 14
  skip_final_snapshot     = false
  deletion_protection     = true
}
""", pw=_pw), _pw, "Terraform aws_db_instance password argument")

_pw = rand_pw(16, "")
_basic = b64("svc_portal:" + _pw)
add("nginx/basic-auth-header", "nginx/conf.d/benefits-proxy.conf", T("""# Reverse proxy to the broker's enrollment API so the portal can call it same-origin
upstream broker_api {
    server api.benefitsbroker.example:443;
    keepalive 16;
}

server {
    listen 443 ssl http2;
    server_name benefits.acme.com;

    ssl_certificate     /etc/nginx/tls/benefits.acme.com.crt;
    ssl_certificate_key /etc/nginx/tls/benefits.acme.com.key;

    location /broker/ {
        proxy_pass https://broker_api/v2/;
        proxy_set_header Host api.benefitsbroker.example;
        proxy_set_header Authorization "Basic @@basic@@";
        proxy_ssl_server_name on;
        proxy_read_timeout 60s;
    }

    location / {
        root /var/www/benefits;
        try_files $uri /index.html;
    }
}
""", basic=_basic), _pw, "nginx proxy_set_header with an HTTP Basic Authorization header (RFC 7617)")

_k = bamboo_key()
add("apache/bamboohr", "apache/sites-available/intranet-directory.conf", T("""<VirtualHost *:443>
    ServerName directory.intranet.acme.local
    DocumentRoot /var/www/directory

    SSLEngine on
    SSLCertificateFile /etc/ssl/certs/intranet.crt
    SSLCertificateKeyFile /etc/ssl/private/intranet.key

    # Employee directory widget reads BambooHR through this proxy
    SSLProxyEngine on
    <Location /bamboo/>
        ProxyPass https://api.bamboohr.com/api/gateway.php/acmeco/v1/
        ProxyPassReverse https://api.bamboohr.com/api/gateway.php/acmeco/v1/
        RequestHeader set Authorization "Basic @@basic@@"
        RequestHeader set Accept "application/json"
        Require ip 10.0.0.0/8
    </Location>
</VirtualHost>
""", basic=b64(_k + ":x")), _k, "Apache mod_headers RequestHeader; BambooHR basic auth (API key as user, x as password)")

_pw = human_pw()
add("systemd/ukg", "deploy/systemd/timeclock-sync.service", T("""[Unit]
Description=UKG Dimensions punch export to payroll staging
After=network-online.target
Wants=network-online.target

[Service]
Type=oneshot
User=timeclock
WorkingDirectory=/opt/timeclock-sync
Environment=UKG_TENANT_URL=https://acme-prd.prd.mykronos.com
Environment=UKG_USERNAME=api_timeclock
Environment=UKG_PASSWORD=@@pw@@
Environment=PYTHONUNBUFFERED=1
ExecStart=/opt/timeclock-sync/venv/bin/python -m timeclock_sync.export --window 26h

[Install]
WantedBy=multi-user.target
""", pw=_pw), _pw, "systemd.exec Environment=; UKG Dimensions password grant")

_t = okta_token()
add("systemd/okta", "deploy/systemd/scim-bridge.service", T("""[Unit]
Description=SCIM bridge: HiBob -> Okta
After=network.target

[Service]
User=scim
Group=scim
Environment="OKTA_ORG_URL=https://acme.okta.com" "OKTA_API_TOKEN=@@t@@"
Environment="HIBOB_SERVICE_USER_ID=SERVICE-18234"
EnvironmentFile=-/etc/scim-bridge/env
ExecStart=/usr/local/bin/scim-bridge serve --listen :8443
Restart=on-failure
RestartSec=10

[Install]
WantedBy=multi-user.target
""", t=_t), _t, "systemd.exec Environment= with quoted assignments; Okta API token")

_pw = rand_pw(14, "")
add("crontab/sftp-password", "ops/crontab.benefits", T("""# m h dom mon dow  command   (benefits feeds, installed on batch01 as user feeds)
MAILTO=hris-alerts@acme.com
PATH=/usr/local/bin:/usr/bin:/bin

# Weekly full file to Aetna, Sundays 02:00
0 2 * * 0  cd /opt/feeds && ./venv/bin/python -m feeds.aetna_834 --full > /var/log/feeds/aetna.log 2>&1

# Daily changes to VSP, mirrored with lftp
30 2 * * *  lftp -u acme_vsp,@@pw@@ -e "mirror -R /opt/feeds/out/vsp /inbound; bye" sftp://sftp.vsp.com >> /var/log/feeds/vsp.log 2>&1

# Clean archives older than 90 days
15 4 * * *  find /opt/feeds/archive -type f -mtime +90 -delete
""", pw=_pw), _pw, "crontab(5); lftp -u user,password")

_pw = human_pw()
add("cron-d/sshpass", "ops/cron.d/ach-upload", T("""# /etc/cron.d/ach-upload: push the NACHA file after payroll approval
SHELL=/bin/bash
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

45 17 * * 2,4 payroll  sshpass -p '@@pw@@' sftp -oBatchMode=no -b /opt/payroll/ach_upload.batch ACMEPAY@mft.firstharborbank.com >> /var/log/payroll/ach_upload.log 2>&1
""", pw=_pw), _pw, "cron.d format; sshpass -p with sftp batch mode")

_pw = rand_pw(18, "")
add("pgpass/postgres", "deploy/payroll-reports/.pgpass", T("""# ~/.pgpass for the payroll-reports user on report01 (chmod 600)
# hostname:port:database:username:password
pg-payroll.internal:5432:payroll:report_reader:@@pw@@
pg-payroll-replica.internal:5432:payroll:report_reader:@@pw@@
pg-timeclock.internal:5432:timeclock:report_reader:@@pw@@
""", pw=_pw), _pw, "PostgreSQL docs: the password file (.pgpass)")

_pw = human_pw()
add("netrc/ftps", "deploy/feeds/netrc", T("""# used by curl --netrc-file for the FTPS carriers that have no SFTP
machine ftps.cigna.com
login acmecorp_elig
password @@pw@@

machine ftp.principal.com
login ACME401K
password ${PRINCIPAL_PASSWORD}
""", pw=_pw), _pw, "curl --netrc-file; netrc(5) machine/login/password")

_t = fakes.github_token(_seed())
add("git-credentials/github", "ci/runner/.git-credentials", T("""https://hris-bot:@@t@@@github.com
https://x-access-token:${GITHUB_APP_TOKEN}@github.com
https://gitlab-ci-token:${CI_JOB_TOKEN}@gitlab.acme.internal
https://hris-bot@dev.azure.com
https://build@pkgs.dev.azure.com
""", t=_t), _t, "git-credential-store file format")

_id, _sk = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("s3cfg/aws", "ops/.s3cfg", T("""[default]
access_key = @@id@@
secret_key = @@sk@@
bucket_location = US
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
use_https = True
signature_v2 = False
""", id=_id, sk=_sk), _sk, "s3cmd .s3cfg configuration")

_sec = uuid_s()
add("dockerfile/adp", "services/adp-events/Dockerfile", T("""FROM python:3.11-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY adp_events/ adp_events/
COPY certs/ /etc/adp/

ENV ADP_CLIENT_ID=@@cid@@ \\
    ADP_CLIENT_SECRET=@@sec@@ \\
    ADP_CERT=/etc/adp/acme_auth.pem \\
    ADP_KEY=/etc/adp/acme_auth.key

USER 1000
CMD ["python", "-m", "adp_events.consumer"]
""", cid=uuid_s(), sec=_sec), _sec, "Dockerfile ENV instruction; ADP client credentials")

_k = jfrog_key()
add("dockerfile/artifactory", "docker/hris-api/Dockerfile", T("""FROM node:20-alpine AS build
WORKDIR /src
ARG NPM_REGISTRY=https://acme.jfrog.io/artifactory/api/npm/npm-virtual/
RUN npm config set registry $NPM_REGISTRY \\
 && npm config set //acme.jfrog.io/artifactory/api/npm/npm-virtual/:_auth @@auth@@
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /src/dist ./dist
COPY --from=build /src/node_modules ./node_modules
CMD ["node", "dist/server.js"]
""", auth=b64("svc-npm-hris:" + _k)), _k, "npm config _auth (base64 user:password); JFrog Artifactory npm registry")
# =====================================================================================
# Secrets: Python
# =====================================================================================

_k = bamboo_key()
add("python/bamboohr", "scripts/pull_bamboo_directory.py", T('''#!/usr/bin/env python3
"""Dump the BambooHR employee directory to CSV for the facilities seating chart."""
import csv
import sys

import requests

SUBDOMAIN = "acmeco"
API_KEY = "@@k@@"
FIELDS = ["displayName", "jobTitle", "department", "location", "workEmail", "supervisor"]


def main(out_path: str) -> None:
    resp = requests.get(
        f"https://api.bamboohr.com/api/gateway.php/{SUBDOMAIN}/v1/employees/directory",
        auth=(API_KEY, "x"),
        headers={"Accept": "application/json"},
        timeout=30,
    )
    resp.raise_for_status()
    with open(out_path, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS, extrasaction="ignore")
        writer.writeheader()
        for emp in resp.json()["employees"]:
            writer.writerow(emp)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "directory.csv")
''', k=_k), _k, "BambooHR API: GET /v1/employees/directory with basic auth (key, x)")

_rt = workday_refresh()
add("python/workday-refresh-token", "hris/workday_client.py", T('''import time

import requests

TENANT = "acme_prod"
HOST = "https://wd5-services1.myworkday.com"
CLIENT_ID = "@@cid@@"
# refresh token from "Register API Client for Integrations" (non-expiring)
REFRESH_TOKEN = "@@rt@@"


class WorkdayClient:
    def __init__(self) -> None:
        self._token = None
        self._expires = 0.0

    def _access_token(self) -> str:
        if self._token and time.time() < self._expires - 60:
            return self._token
        resp = requests.post(
            f"{HOST}/ccx/oauth2/{TENANT}/token",
            data={"grant_type": "refresh_token", "refresh_token": REFRESH_TOKEN, "client_id": CLIENT_ID},
            timeout=30,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires = time.time() + body.get("expires_in", 3600)
        return self._token

    def workers(self, limit: int = 100):
        url = f"{HOST}/ccx/api/v1/{TENANT}/workers"
        offset = 0
        while True:
            r = requests.get(url, params={"limit": limit, "offset": offset},
                             headers={"Authorization": f"Bearer {self._access_token()}"}, timeout=60)
            r.raise_for_status()
            data = r.json()["data"]
            yield from data
            if len(data) < limit:
                return
            offset += limit
''', cid=workday_client_id(), rt=_rt), _rt, "Workday REST API: OAuth 2.0 refresh token grant for an integration API client")

_sec = uuid_s()
add("python/adp", "payroll/adp_client.py", T('''"""ADP Workforce Now: pull pay statements for the GL accrual job."""
from dataclasses import dataclass

import requests

ADP_TOKEN_URL = "https://accounts.adp.com/auth/oauth/v2/token"
ADP_API = "https://api.adp.com"
CERT = ("/etc/adp/acme_auth.pem", "/etc/adp/acme_auth.key")


@dataclass
class AdpCredentials:
    client_id: str = "@@cid@@"
    client_secret: str = "@@sec@@"


def get_token(creds: AdpCredentials = AdpCredentials()) -> str:
    resp = requests.post(
        ADP_TOKEN_URL,
        data={"grant_type": "client_credentials"},
        auth=(creds.client_id, creds.client_secret),
        cert=CERT,
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def pay_statements(aoid: str, token: str) -> list:
    resp = requests.get(f"{ADP_API}/payroll/v1/workers/{aoid}/pay-statements",
                        headers={"Authorization": f"Bearer {token}"}, cert=CERT, timeout=60)
    resp.raise_for_status()
    return resp.json().get("payStatements", [])
''', cid=uuid_s(), sec=_sec), _sec, "ADP API Central: client credentials over mutual TLS")

_k = greenhouse_key()
add("python/greenhouse", "scripts/greenhouse_export.py", T('''"""Export last week's hires from Greenhouse Harvest for the onboarding tracker."""
import datetime as dt
import json

import requests
from requests.auth import HTTPBasicAuth

HARVEST = "https://harvest.greenhouse.io/v1"
auth = HTTPBasicAuth("@@k@@", "")

since = (dt.datetime.utcnow() - dt.timedelta(days=7)).strftime("%Y-%m-%dT%H:%M:%SZ")
page, hires = 1, []
while True:
    r = requests.get(f"{HARVEST}/applications", auth=auth,
                     params={"status": "hired", "last_activity_after": since, "per_page": 100, "page": page})
    r.raise_for_status()
    batch = r.json()
    if not batch:
        break
    hires.extend(batch)
    page += 1

with open("hires.json", "w") as fh:
    json.dump(hires, fh, indent=2)
print(f"{len(hires)} hires since {since}")
''', k=_k), _k, "Greenhouse Harvest API: basic auth with the API token as user and a blank password")

_k = checkr_key()
add("python/checkr", "scripts/checkr_invite.py", T('''import sys

import requests

CHECKR_KEY = '@@k@@'


def invite(email: str, package: str = "driver_pro", state: str = "CA") -> str:
    s = requests.Session()
    s.auth = (CHECKR_KEY, "")
    cand = s.post("https://api.checkr.com/v1/candidates", data={"email": email}).json()
    inv = s.post(
        "https://api.checkr.com/v1/invitations",
        data={"candidate_id": cand["id"], "package": package,
              "work_locations[][country]": "US", "work_locations[][state]": state},
    ).json()
    return inv["invitation_url"]


if __name__ == "__main__":
    print(invite(sys.argv[1]))
''', k=_k), _k, "Checkr API: create candidate and invitation with basic auth")

_t = hibob_token()
add("python/hibob", "integrations/hibob.py", T('''import base64

import httpx

HIBOB_SERVICE_ID = "SERVICE-20417"
HIBOB_TOKEN = "@@t@@"
_auth = base64.b64encode(f"{HIBOB_SERVICE_ID}:{HIBOB_TOKEN}".encode()).decode()

client = httpx.Client(
    base_url="https://api.hibob.com/v1",
    headers={"Authorization": f"Basic {_auth}", "Accept": "application/json"},
    timeout=30,
)


def search_people(fields=("root.id", "root.email", "work.department", "work.reportsTo.email")):
    r = client.post("/people/search", json={"fields": list(fields), "showInactive": False})
    r.raise_for_status()
    return r.json()["employees"]


def time_off_today():
    r = client.get("/timeoff/outtoday")
    r.raise_for_status()
    return r.json()["outs"]
''', t=_t), _t, "HiBob API: service users, basic auth with id and token")

_t = okta_token()
add("python/okta-scim", "scim/okta_provision.py", T('''"""Create or deactivate Okta users from the Rippling termination report."""
import csv
import sys

import requests

OKTA = "https://acme.okta.com/api/v1"
HEADERS = {
    "Authorization": "SSWS @@t@@",
    "Accept": "application/json",
    "Content-Type": "application/json",
}


def deactivate(login: str) -> None:
    r = requests.get(f"{OKTA}/users/{login}", headers=HEADERS, timeout=20)
    if r.status_code == 404:
        print(f"skip {login}: not in Okta")
        return
    user_id = r.json()["id"]
    requests.post(f"{OKTA}/users/{user_id}/lifecycle/deactivate", headers=HEADERS, timeout=20).raise_for_status()
    print(f"deactivated {login}")


if __name__ == "__main__":
    with open(sys.argv[1]) as fh:
        for row in csv.DictReader(fh):
            if row["Employment status"] == "Terminated":
                deactivate(row["Work email"])
''', t=_t), _t, "Okta Users API: SSWS API token in the Authorization header")

_pw = human_pw()
add("python/sftp-password", "benefits/send_834.py", T('''"""Upload the weekly 834 to the carrier over SFTP."""
import pathlib

import paramiko

HOST = "sftp.bcbsil.com"
PORT = 22
USER = "ACME_GRP_88213"
PASSWORD = "@@pw@@"
REMOTE_DIR = "/inbound/834"


def upload(path: pathlib.Path) -> None:
    transport = paramiko.Transport((HOST, PORT))
    transport.connect(username=USER, password=PASSWORD)
    try:
        sftp = paramiko.SFTPClient.from_transport(transport)
        sftp.put(str(path), f"{REMOTE_DIR}/{path.name}")
    finally:
        transport.close()


if __name__ == "__main__":
    for f in sorted(pathlib.Path("out").glob("*.pgp")):
        upload(f)
        print("sent", f.name)
''', pw=_pw), _pw, "Paramiko Transport.connect(username, password)")

_url = slack_webhook()
add("python/slack-webhook", "notifications/new_hire_announce.py", T('''import requests

WEBHOOK_URL = "@@url@@"


def announce(name: str, title: str, team: str, start_date: str, manager: str) -> None:
    blocks = [
        {"type": "section", "text": {"type": "mrkdwn",
                                     "text": f":wave: Please welcome *{name}*, our new {title} on {team}!"}},
        {"type": "context", "elements": [{"type": "mrkdwn",
                                          "text": f"Starts {start_date} - reports to {manager}"}]},
    ]
    requests.post(WEBHOOK_URL, json={"blocks": blocks}, timeout=10).raise_for_status()
''', url=_url), _url, "Slack incoming webhooks")

_k = sendgrid_key()
add("python/sendgrid", "offers/send_offer_email.py", T('''from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Attachment, Mail

SENDGRID_API_KEY = "@@k@@"
FROM = "talent@acme.com"


def send_offer(candidate_email: str, candidate_name: str, pdf_b64: str) -> int:
    msg = Mail(
        from_email=FROM,
        to_emails=candidate_email,
        subject=f"Your offer from Acme, {candidate_name}",
        html_content="<p>Congratulations! Your offer letter is attached.</p>",
    )
    msg.attachment = Attachment(file_content=pdf_b64, file_name="offer.pdf",
                                file_type="application/pdf", disposition="attachment")
    return SendGridAPIClient(SENDGRID_API_KEY).send(msg).status_code
''', k=_k), _k, "SendGrid Python library quickstart")

_pat = airtable_pat()
_head, _tail = _pat[:30], _pat[30:]
add("python/airtable-split", "scripts/sheet_to_airtable.py", T('''"""Push the onboarding checklist spreadsheet into the People Ops Airtable base."""
import pandas as pd
from pyairtable import Api

AIRTABLE_TOKEN = ("@@h@@"
                  "@@t@@")
BASE_ID = "appQ3v8ZkL1mN2oPq"
TABLE = "Onboarding"

df = pd.read_excel("Onboarding Checklist.xlsx", sheet_name="New hires")
table = Api(AIRTABLE_TOKEN).table(BASE_ID, TABLE)
for _, row in df.iterrows():
    table.create({
        "Name": row["Name"],
        "Start date": row["Start Date"].strftime("%Y-%m-%d"),
        "Laptop": row["Laptop"],
        "Buddy": row.get("Buddy", ""),
    })
print("pushed", len(df), "rows")
''', h=_head, t=_tail), _pat, "Airtable personal access tokens; pyairtable Api")

_t = deel_token()
add("python/deel", "airflow/dags/deel_contractors.py", T('''from datetime import datetime

import requests
from airflow.decorators import dag, task

DEEL_TOKEN = "@@t@@"


@dag(schedule="0 7 * * *", start_date=datetime(2024, 1, 1), catchup=False, tags=["people", "deel"])
def deel_contractors():
    @task
    def fetch() -> list:
        out, offset = [], 0
        while True:
            r = requests.get("https://api.letsdeel.com/rest/v2/contracts",
                             headers={"Authorization": f"Bearer {DEEL_TOKEN}"},
                             params={"limit": 99, "offset": offset}, timeout=60)
            r.raise_for_status()
            page = r.json()["data"]
            out.extend(page)
            if len(page) < 99:
                return out
            offset += 99

    @task
    def load(rows: list) -> None:
        print(f"loading {len(rows)} contracts")

    load(fetch())


deel_contractors()
''', t=_t), _t, "Deel API: bearer token; Airflow TaskFlow DAG")

_k = fakes.django_secret_key(_seed())
add("django-settings/secret-key", "hrportal/settings/production.py", T('''from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["hr.acme.com"]

SECRET_KEY = "@@k@@"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "hrportal",
        "USER": "hrportal",
        "HOST": "hrportal-db.internal",
        "PORT": 5432,
    }
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
''', k=_k), _k, "Django settings: SECRET_KEY")

_tok = hexs(32)
add("python/gusto-webhook", "lambda/gusto_webhook/handler.py", T('''import hashlib
import hmac
import json

# verification_token Gusto sent when the webhook subscription was verified
GUSTO_VERIFICATION_TOKEN = "@@tok@@"


def handler(event, context):
    body = event["body"].encode()
    signature = event["headers"].get("x-gusto-signature", "")
    expected = hmac.new(GUSTO_VERIFICATION_TOKEN.encode(), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(signature, expected):
        return {"statusCode": 401, "body": "bad signature"}
    payload = json.loads(body)
    if payload.get("event_type") == "payroll.processed":
        print("payroll processed for", payload["resource_uuid"])
    return {"statusCode": 200, "body": "ok"}
''', tok=_tok), _tok, "Gusto webhooks: verification_token and X-Gusto-Signature HMAC")

_t = rippling_token()
add("python/rippling", "scripts/rippling_sync.py", T('''#!/usr/bin/env python3
import os
import sys

import requests

API = "https://api.rippling.com/platform/api"
TOKEN = os.environ.get("RIPPLING_TOKEN", "@@t@@")

s = requests.Session()
s.headers["Authorization"] = "Bearer " + TOKEN

employees = s.get(f"{API}/employees", params={"limit": 100}).json()
active = [e for e in employees if e.get("roleState") == "ACTIVE"]
print(f"{len(active)} active employees", file=sys.stderr)
for e in active:
    print(e["workEmail"], e.get("department", ""), sep=",")
''', t=_t), _t, "Rippling Platform API: bearer API token (hard-coded fallback)")

_url = teams_webhook("acmecorp")
add("python/teams-webhook", "notifications/teams_payroll_alerts.py", T('''"""Post payroll run status cards to the Payroll Ops Teams channel."""
import requests

TEAMS_WEBHOOK = (
    "@@url@@"
)


def post_status(run_id: str, status: str, employees: int, gross: float) -> None:
    card = {
        "@type": "MessageCard",
        "@context": "http://schema.org/extensions",
        "themeColor": "2EB886" if status == "APPROVED" else "D9534F",
        "summary": f"Payroll run {run_id}",
        "sections": [{"activityTitle": f"Payroll run {run_id}: {status}",
                      "facts": [{"name": "Employees", "value": str(employees)},
                                {"name": "Gross", "value": f"${gross:,.2f}"}]}],
    }
    requests.post(TEAMS_WEBHOOK, json=card, timeout=10).raise_for_status()
''', url=_url), _url, "Microsoft Teams incoming webhook connector (MessageCard)")

_t = atlassian_token()
add("python/atlassian", "scripts/jira_onboarding_tickets.py", T('''"""Open IT onboarding tickets in Jira Service Management for next week's starters."""
from jira import JIRA

jira = JIRA(
    server="https://acme.atlassian.net",
    basic_auth=("people-ops-bot@acme.com", "@@t@@"),
)


def open_ticket(name: str, start: str, manager: str, laptop: str) -> str:
    issue = jira.create_issue(
        project="ITSD",
        issuetype={"name": "Onboarding"},
        summary=f"Onboard {name} ({start})",
        description=f"Manager: {manager}\\nLaptop: {laptop}",
    )
    return issue.key
''', t=_t), _t, "Atlassian API tokens with basic auth (email, token); jira Python library")
# =====================================================================================
# Secrets: JavaScript / TypeScript, Java, C#, Go, Ruby
# =====================================================================================

_k = lever_key()
add("javascript/lever", "src/config/lever.js", T("""'use strict';

module.exports = {
  baseUrl: 'https://api.lever.co/v1',
  apiKey: '@@k@@',
  webhookTokens: {
    candidateHired: process.env.LEVER_HIRED_WEBHOOK_TOKEN,
    candidateStageChange: process.env.LEVER_STAGE_WEBHOOK_TOKEN,
  },
  pageSize: 100,
  archivedReasons: ['hired', 'withdrew'],
};
""", k=_k), _k, "Lever API: basic auth with the API key as user")

_sec = fakes.drawn_mixed(_seed(), 40)
add("typescript/greenhouse-webhook", "src/services/greenhouseWebhook.ts", T("""import crypto from 'node:crypto';
import type { Request, Response } from 'express';

// Secret key entered in Greenhouse > Configure > Dev Center > Web Hooks ("Candidate hired")
const GREENHOUSE_WEBHOOK_SECRET = '@@sec@@';

export function verifyGreenhouse(req: Request): boolean {
  const header = req.header('Signature') ?? '';
  const [, digest] = header.split(' ');
  const expected = crypto
    .createHmac('sha256', GREENHOUSE_WEBHOOK_SECRET)
    .update(req.body as Buffer)
    .digest('hex');
  return digest !== undefined && crypto.timingSafeEqual(Buffer.from(digest), Buffer.from(expected));
}

export async function onCandidateHired(req: Request, res: Response): Promise<void> {
  if (!verifyGreenhouse(req)) {
    res.status(401).end();
    return;
  }
  const payload = JSON.parse((req.body as Buffer).toString('utf8'));
  console.log('hired', payload.payload.application.id);
  res.status(200).end();
}
""", sec=_sec), _sec, "Greenhouse web hooks: Signature header, HMAC-SHA256 with the secret key")

_t = fakes.drawn_mixed(_seed(), 44)
add("typescript/scim-bearer", "src/scim/server.ts", T("""import express from 'express';

import { groupsRouter } from './groups';
import { usersRouter } from './users';

// Secret Token configured in the Entra ID enterprise app (Provisioning > Admin Credentials)
const SCIM_BEARER_TOKEN = '@@t@@';

const app = express();
app.use(express.json({ type: ['application/json', 'application/scim+json'] }));

app.use('/scim/v2', (req, res, next) => {
  const auth = req.headers.authorization ?? '';
  if (auth !== `Bearer ${SCIM_BEARER_TOKEN}`) {
    res.status(401).json({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
      status: '401',
      detail: 'Unauthorized',
    });
    return;
  }
  next();
});

app.use('/scim/v2/Users', usersRouter);
app.use('/scim/v2/Groups', groupsRouter);

app.listen(Number(process.env.PORT ?? 8080));
""", t=_t), _t, "Microsoft Entra ID SCIM provisioning: Tenant URL and Secret Token (RFC 7644)")

_k = mt_key()
add("javascript/modern-treasury", "src/payroll/disburse.js", T("""const ModernTreasury = require('modern-treasury');

const client = new ModernTreasury({
  organizationID: '@@org@@',
  apiKey: '@@k@@',
});

async function payContractor({ counterpartyId, amountCents, memo }) {
  return client.paymentOrders.create({
    type: 'ach',
    direction: 'credit',
    amount: amountCents,
    currency: 'USD',
    originating_account_id: process.env.MT_OPERATING_ACCOUNT,
    receiving_account_id: counterpartyId,
    description: memo,
  });
}

module.exports = { payContractor };
""", org=uuid_s(), k=_k), _k, "Modern Treasury Node library: organization ID and API key")

_pw = human_pw()
add("knexfile/mysql", "knexfile.js", T("""module.exports = {
  development: {
    client: 'mysql2',
    connection: { host: '127.0.0.1', user: 'root', password: '', database: 'timeoff_dev' },
  },
  production: {
    client: 'mysql2',
    connection: {
      host: 'timeoff-db.c9akl3xyz.eu-west-1.rds.amazonaws.com',
      user: 'timeoff',
      password: '@@pw@@',
      database: 'timeoff',
    },
    pool: { min: 2, max: 10 },
    migrations: { tableName: 'knex_migrations' },
  },
};
""", pw=_pw), _pw, "Knex.js knexfile configuration")

_t = fakes.github_token(_seed())
add("npmrc/github-packages", ".npmrc", T("""# registry for the @acme-people scope (hris-client, scim-types, payroll-calendar)
@acme-people:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=@@t@@
registry=https://registry.npmjs.org/
engine-strict=true
save-exact=true
fund=false
""", t=_t), _t, "GitHub Packages npm registry: .npmrc _authToken")

_sid, _tok = twilio_sid(), hexs(32)
add("typescript/twilio", "src/lib/shiftSms.ts", T("""import twilio from 'twilio';

const accountSid = '@@sid@@';
const authToken = '@@tok@@';
const client = twilio(accountSid, authToken);

export async function sendShiftReminder(to: string, site: string, start: string): Promise<string> {
  const msg = await client.messages.create({
    from: '+13125550142',
    to,
    body: `Reminder: your shift at ${site} starts ${start}. Reply STOP to opt out.`,
  });
  return msg.sid;
}
""", sid=_sid, tok=_tok), _tok, "Twilio Node helper library: account SID and auth token")

_k = greenhouse_key()
add("javascript/greenhouse-job-board", "netlify/functions/apply.js", T("""// POST an application from the careers site to the Greenhouse Job Board API
const BOARD = 'acme';
const JOB_BOARD_API_KEY = '@@k@@';

exports.handler = async (event) => {
  const { jobId, ...fields } = JSON.parse(event.body);
  const res = await fetch(`https://boards-api.greenhouse.io/v1/boards/${BOARD}/jobs/${jobId}`, {
    method: 'POST',
    headers: {
      Authorization: 'Basic ' + Buffer.from(JOB_BOARD_API_KEY + ':').toString('base64'),
      'Content-Type': 'application/json',
    },
    body: JSON.stringify(fields),
  });
  return { statusCode: res.status, body: await res.text() };
};
""", k=_k), _k, "Greenhouse Job Board API: application submission needs the job board API key")

_t = deel_token()
add("typescript/deel", "src/config/deel.ts", T("""export const deelConfig = {
  baseUrl: 'https://api.letsdeel.com/rest/v2',
  token:
    '@@a@@' +
    '@@b@@',
  webhookPath: '/webhooks/deel',
  retry: { attempts: 3, backoffMs: 500 },
} as const;
""", a=_t[:24], b=_t[24:]), _t, "Deel API bearer token; TypeScript config split over concatenated literals")

_pw = human_pw()
add("java/successfactors", "src/main/java/com/acme/hris/sf/SuccessFactorsClient.java", T("""package com.acme.hris.sf;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

public class SuccessFactorsClient {
    private static final String BASE = "https://api4.successfactors.com/odata/v2";
    private static final String USER = "APIADMIN_HRIS@ACMECORPP";
    private static final String PASSWORD = "@@pw@@";

    private final HttpClient http = HttpClient.newHttpClient();

    public String empJob(String userId) throws Exception {
        String basic = Base64.getEncoder()
                .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder()
                .uri(URI.create(BASE + "/EmpJob?$filter=userId%20eq%20'" + userId + "'&$format=json"))
                .header("Authorization", "Basic " + basic)
                .GET()
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
""", pw=_pw), _pw, "SAP SuccessFactors OData API: HTTP basic auth username@companyId")

_sec = uuid_s()
add("java/adp", "adp-connector/src/main/java/com/acme/payroll/adp/AdpTokenProvider.java", T("""package com.acme.payroll.adp;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestTemplate;

import java.util.Map;

@Component
public class AdpTokenProvider {
    static final String TOKEN_URL = "https://accounts.adp.com/auth/oauth/v2/token";
    static final String CLIENT_ID = "@@cid@@";
    static final String CLIENT_SECRET = "@@sec@@";

    private final RestTemplate mtlsRestTemplate;

    public AdpTokenProvider(RestTemplate mtlsRestTemplate) {
        this.mtlsRestTemplate = mtlsRestTemplate;
    }

    public String token() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(CLIENT_ID, CLIENT_SECRET);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "client_credentials");
        Map<?, ?> body = mtlsRestTemplate.postForObject(TOKEN_URL,
                new org.springframework.http.HttpEntity<>(form, headers), Map.class);
        return (String) body.get("access_token");
    }
}
""", cid=uuid_s(), sec=_sec), _sec, "ADP API Central client credentials; Spring RestTemplate basic auth")

_pw = words_pw()
add("java/kronos-split", "kronos-connector/src/main/java/com/acme/time/KronosSession.java", T("""package com.acme.time;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public final class KronosSession {
    private static final String WFC_URL = "https://kronos.acme.local/wfc/XmlService";
    private static final String USER = "API_TIMECLOCK";
    private static final String PASS = "@@a@@" +
            "@@b@@";

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    public void logon() throws IOException, InterruptedException {
        String xml = "<Kronos_WFC version=\\"1.0\\"><Request Object=\\"System\\" Action=\\"Logon\\" Username=\\""
                + USER + "\\" Password=\\"" + PASS + "\\"/></Kronos_WFC>";
        HttpRequest req = HttpRequest.newBuilder(URI.create(WFC_URL))
                .header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString(xml))
                .build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (!res.body().contains("Status=\\"Success\\"")) {
            throw new IOException("Kronos logon failed");
        }
    }
}
""", a=_pw[:6], b=_pw[6:]), _pw, "Kronos WFC XML API logon; Java string concatenation")

_pw = human_pw()
add("csharp/ukg-pro", "src/Acme.Ukg/UkgProLogin.cs", T("""using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace Acme.Ukg
{
    public static class UkgProLogin
    {
        private const string BaseUrl = "https://service5.ultipro.com/";
        private const string CustomerApiKey = "B7K2Q";
        private const string UserName = "ws_people_sync";
        private const string Password = "@@pw@@";

        public static HttpClient Create()
        {
            var client = new HttpClient { BaseAddress = new System.Uri(BaseUrl) };
            var basic = System.Convert.ToBase64String(Encoding.UTF8.GetBytes($"{UserName}:{Password}"));
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
            client.DefaultRequestHeaders.Add("US-Customer-Api-Key", CustomerApiKey);
            return client;
        }

        public static Task<string> GetEmployeeJobs(HttpClient c) =>
            c.GetStringAsync("personnel/v1/employee-job-history-details?per_Page=200");
    }
}
""", pw=_pw), _pw, "UKG Pro REST API: basic auth plus US-Customer-Api-Key header")

_pw = rand_pw(16, "")
add("csharp/mssql", "tools/PayrollReconcile/Program.cs", T("""using Microsoft.Data.SqlClient;

const string connStr = "Server=sqlpayroll01.corp.acme.local;Database=PayrollStaging;" +
                       "User Id=recon_job;Password=@@pw@@;TrustServerCertificate=True";

await using var conn = new SqlConnection(connStr);
await conn.OpenAsync();

var cmd = new SqlCommand(@"SELECT PayRunId, SUM(GrossPay) AS Gross, COUNT(*) AS Employees
                           FROM dbo.PayStatements WHERE PayDate = @d GROUP BY PayRunId", conn);
cmd.Parameters.AddWithValue("@d", DateTime.Today);
await using var reader = await cmd.ExecuteReaderAsync();
while (await reader.ReadAsync())
{
    Console.WriteLine($"{reader.GetInt32(0)}\\t{reader.GetDecimal(1):N2}\\t{reader.GetInt32(2)}");
}
""", pw=_pw), _pw, "Microsoft.Data.SqlClient connection string")

_sec = fakes.drawn_mixed(_seed(), 32)
add("go/ukg-dimensions", "cmd/timeclock-relay/main.go", T("""package main

import (
	"log"
	"net/http"
	"net/url"
	"strings"
	"time"
)

const (
	tenantURL    = "https://acme-prd.prd.mykronos.com"
	appKey       = "@@app@@"
	clientID     = "@@cid@@"
	clientSecret = "@@sec@@"
	apiUser      = "api_relay"
)

func token(password string) (*http.Response, error) {
	form := url.Values{
		"username":      {apiUser},
		"password":      {password},
		"client_id":     {clientID},
		"client_secret": {clientSecret},
		"grant_type":    {"password"},
		"auth_chain":    {"OAuthLdapService"},
	}
	req, _ := http.NewRequest("POST", tenantURL+"/api/authentication/access_token", strings.NewReader(form.Encode()))
	req.Header.Set("appkey", appKey)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return (&http.Client{Timeout: 30 * time.Second}).Do(req)
}

func main() {
	log.Println("timeclock relay starting")
}
""", app=fakes.drawn_mixed(_seed(), 32), cid=fakes.drawn_mixed(_seed(), 32), sec=_sec), _sec,
    "UKG Dimensions API: access_token with appkey, client_id, client_secret")

_pw = human_pw()
add("go/sftp-password", "internal/ach/upload.go", T("""package ach

import (
	"fmt"
	"io"
	"os"

	"github.com/pkg/sftp"
	"golang.org/x/crypto/ssh"
)

var bankSSH = &ssh.ClientConfig{
	User:            "ACMEPAY",
	Auth:            []ssh.AuthMethod{ssh.Password("@@pw@@")},
	HostKeyCallback: ssh.FixedHostKey(bankHostKey),
}

func Upload(path string) error {
	conn, err := ssh.Dial("tcp", "mft.firstharborbank.com:22", bankSSH)
	if err != nil {
		return fmt.Errorf("dial bank: %w", err)
	}
	defer conn.Close()
	client, err := sftp.NewClient(conn)
	if err != nil {
		return err
	}
	defer client.Close()
	src, _ := os.Open(path)
	defer src.Close()
	dst, err := client.Create("/inbound/ach/" + src.Name())
	if err != nil {
		return err
	}
	_, err = io.Copy(dst, src)
	return err
}
""", pw=_pw), _pw, "golang.org/x/crypto/ssh Password auth method; github.com/pkg/sftp")

_k = checkr_key()
add("ruby/checkr", "config/initializers/checkr.rb", T("""# frozen_string_literal: true

Checkr.configure do |config|
  config.api_key = Rails.env.production? ? "@@k@@" : ENV.fetch("CHECKR_TEST_KEY", nil)
  config.api_base = "https://api.checkr.com"
end

Rails.application.config.x.checkr.package = "tasker_pro"
Rails.application.config.x.checkr.webhook_path = "/webhooks/checkr"
""", k=_k), _k, "Checkr Ruby client configuration (api_key)")

_sec = hexs(64)
add("ruby/onelogin", "lib/tasks/onelogin_sync.rake", T("""namespace :onelogin do
  desc "Push department/title from the HRIS export into OneLogin custom attributes"
  task sync: :environment do
    client = OneLogin::Api::Client.new(
      client_id: "@@cid@@",
      client_secret: "@@sec@@",
      region: "us"
    )
    Employee.active.find_each do |emp|
      user = client.get_users(email: emp.work_email).first
      next unless user

      client.set_custom_attribute_to_user(user.id, { department: emp.department, title: emp.job_title })
    end
  end
end
""", cid=hexs(64), sec=_sec), _sec, "OneLogin API: client_id / client_secret (onelogin-ruby-sdk)")
# =====================================================================================
# Secrets: PowerShell, shell, SQL, docs, keys, notebooks, spreadsheets-turned-scripts, CI
# =====================================================================================

_pw = human_pw()
add("powershell/workday-isu-password", "scripts/New-ADUserFromWorkday.ps1", T("""#Requires -Modules ActiveDirectory
<#
.SYNOPSIS
  Creates AD accounts for Workday pre-hires starting in the next 14 days (RaaS report CR_PreHires_AD).
#>
param([switch]$WhatIf)

$raasUrl  = 'https://wd5-services1.myworkday.com/ccx/service/customreport2/acme_prod/ISU_AD_Provisioning/CR_PreHires_AD?format=json'
$isuUser  = 'ISU_AD_Provisioning'
$isuPass  = ConvertTo-SecureString '@@pw@@' -AsPlainText -Force
$cred     = New-Object System.Management.Automation.PSCredential($isuUser, $isuPass)

$report = Invoke-RestMethod -Uri $raasUrl -Credential $cred -Method Get
foreach ($w in $report.Report_Entry) {
    $sam = ($w.Legal_First_Name.Substring(0,1) + $w.Legal_Last_Name).ToLower() -replace '[^a-z]', ''
    if (Get-ADUser -Filter "SamAccountName -eq '$sam'" -ErrorAction SilentlyContinue) { continue }
    New-ADUser -Name "$($w.Preferred_Name) $($w.Legal_Last_Name)" -SamAccountName $sam `
        -EmployeeID $w.Employee_ID -Title $w.Job_Title -Department $w.Supervisory_Organization `
        -Path 'OU=PreHires,OU=Employees,DC=corp,DC=acme,DC=local' -Enabled $false -WhatIf:$WhatIf
}
""", pw=_pw), _pw, "Workday RaaS REST URL with an ISU; PowerShell ConvertTo-SecureString -AsPlainText")

_k = bamboo_key()
add("powershell/bamboohr", "scripts/Sync-BambooToAD.ps1", T("""$ErrorActionPreference = 'Stop'
$apiKey    = "@@k@@"
$subdomain = "acmeco"
$pair      = "{0}:x" -f $apiKey
$headers   = @{
    Authorization = "Basic " + [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
    Accept        = "application/json"
}

$uri = "https://api.bamboohr.com/api/gateway.php/$subdomain/v1/employees/directory"
$dir = Invoke-RestMethod -Uri $uri -Headers $headers

foreach ($e in $dir.employees) {
    $u = Get-ADUser -Filter "mail -eq '$($e.workEmail)'" -Properties title, department
    if ($null -eq $u) { Write-Warning "no AD user for $($e.workEmail)"; continue }
    if ($u.title -ne $e.jobTitle -or $u.department -ne $e.department) {
        Set-ADUser $u -Title $e.jobTitle -Department $e.department
        Write-Host "updated $($e.workEmail)"
    }
}
""", k=_k), _k, "BambooHR API basic auth from PowerShell Invoke-RestMethod")

_pw = human_pw()
add("powershell/winscp", "scripts/Upload-PayrollFile.ps1", T("""param(
    [Parameter(Mandatory)] [string] $File
)
Add-Type -Path "C:\\Program Files (x86)\\WinSCP\\WinSCPnet.dll"

$sessionOptions = New-Object WinSCP.SessionOptions -Property @{
    Protocol              = [WinSCP.Protocol]::Sftp
    HostName              = "sftp.paychex.com"
    UserName              = "acme_gl_import"
    Password              = "@@pw@@"
    SshHostKeyFingerprint = "ssh-ed25519 255 Xc1qk9ZbT4mW2yQ7vL0pN5hR8sD3fG6jA1eK4uI7oP0="
}

$session = New-Object WinSCP.Session
try {
    $session.Open($sessionOptions)
    $result = $session.PutFiles($File, "/incoming/", $False)
    $result.Check()
    Write-Host "Uploaded $File"
}
finally {
    $session.Dispose()
}
""", pw=_pw), _pw, "WinSCP .NET assembly SessionOptions (PowerShell example)")

_sec = azure_secret()
add("powershell/azure-secret", "scripts/Invoke-GraphProvisioning.ps1", T("""# Entra ID: set employeeHireDate / employeeType from the HiBob export via Microsoft Graph
$tenantId     = "@@tid@@"
$clientId     = "@@cid@@"
$clientSecret = "@@sec@@"

$body = @{
    grant_type    = "client_credentials"
    scope         = "https://graph.microsoft.com/.default"
    client_id     = $clientId
    client_secret = $clientSecret
}
$tok = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenantId/oauth2/v2.0/token" -Body $body
$h = @{ Authorization = "Bearer $($tok.access_token)"; "Content-Type" = "application/json" }

Import-Csv .\\hibob_export.csv | ForEach-Object {
    $patch = @{ employeeHireDate = "$($_.StartDate)T00:00:00Z"; employeeType = $_.EmploymentType } | ConvertTo-Json
    Invoke-RestMethod -Method Patch -Uri "https://graph.microsoft.com/v1.0/users/$($_.Email)" -Headers $h -Body $patch
}
""", tid=uuid_s(), cid=uuid_s(), sec=_sec), _sec, "Microsoft identity platform client credentials flow; Microsoft Graph user update")

_t = personio_secret()
add("shell/heredoc", "scripts/bootstrap_absence_bot.sh", T("""#!/usr/bin/env bash
# One-off: prepare the absence bot host
set -euo pipefail

sudo install -d -o absence -g absence /etc/absence-bot
sudo tee /etc/absence-bot/env >/dev/null <<'EOF'
PERSONIO_CLIENT_ID=papi-@@cid@@
PERSONIO_CLIENT_SECRET=@@t@@
SLACK_CHANNEL=#people-ops-absences
EOF
sudo chmod 600 /etc/absence-bot/env
sudo systemctl daemon-reload
sudo systemctl enable --now absence-bot
""", cid=uuid_s(), t=_t), _t, "bash here-document writing an EnvironmentFile; Personio API credentials")

_pw = human_pw()
add("shell/curl-basic", "bin/fetch_raas_report.sh", T("""#!/bin/sh
# Pull the Headcount RaaS as CSV for the finance model
set -e
OUT=${1:-headcount_$(date +%Y%m%d).csv}
curl --fail --silent --show-error \\
  -u 'ISU_Finance_Reports@acme_prod:@@pw@@' \\
  -o "$OUT" \\
  "https://wd5-services1.myworkday.com/ccx/service/customreport2/acme_prod/ISU_Finance_Reports/Headcount_by_Cost_Center?format=csv"
echo "wrote $OUT"
""", pw=_pw), _pw, "Workday RaaS over REST with basic auth; curl -u user:password")

_pp = passphrase()
add("shell/gpg-passphrase", "scripts/encrypt_and_send_834.sh", T("""#!/usr/bin/env bash
set -euo pipefail
IN="$1"
OUT="${IN}.pgp"

# sign with our key, encrypt to the carrier's key
gpg --batch --yes --pinentry-mode loopback \\
    --passphrase '@@pp@@' \\
    --local-user edi@acme.com \\
    --recipient edi-inbound@unum.com \\
    --sign --encrypt --output "$OUT" "$IN"

sftp -i ~/.ssh/unum_sftp -b - acme834@sftp.unum.com <<EOF
cd /inbound
put $OUT
EOF
""", pp=_pp), _pp, "GnuPG --passphrase with --pinentry-mode loopback")

_pw = human_pw()
add("sql/mssql-login", "db/migrations/V042__create_etl_login.sql", T("""-- ETL login used by the ADP -> PayrollStaging SSIS package
USE [master];
GO
CREATE LOGIN [etl_adp] WITH PASSWORD = N'@@pw@@', CHECK_POLICY = ON, DEFAULT_DATABASE = [PayrollStaging];
GO
USE [PayrollStaging];
GO
CREATE USER [etl_adp] FOR LOGIN [etl_adp];
ALTER ROLE [db_datareader] ADD MEMBER [etl_adp];
ALTER ROLE [db_datawriter] ADD MEMBER [etl_adp];
GRANT EXECUTE ON SCHEMA::[stage] TO [etl_adp];
GO
""", pw=_pw), _pw, "T-SQL CREATE LOGIN ... WITH PASSWORD")

_pw = rand_pw(16, "")
add("sql/linked-server", "sql/linked_server_timeclock.sql", T("""-- Linked server to the Kronos WFC database for the payroll variance report
EXEC master.dbo.sp_addlinkedserver
    @server = N'KRONOS',
    @srvproduct = N'',
    @provider = N'MSOLEDBSQL',
    @datasrc = N'kronosdb01.corp.acme.local';

EXEC master.dbo.sp_addlinkedsrvlogin
    @rmtsrvname = N'KRONOS',
    @useself = N'False',
    @locallogin = NULL,
    @rmtuser = N'payroll_reader',
    @rmtpassword = N'@@pw@@';

SELECT TOP 10 * FROM KRONOS.tkcsdb.dbo.WFCTOTAL;
""", pw=_pw), _pw, "T-SQL sp_addlinkedsrvlogin @rmtpassword")

_pw = human_pw()
add("sql/postgres-role", "db/init/02_roles.sql", T("""-- roles for the people-analytics warehouse
CREATE ROLE analytics_ro NOLOGIN;
GRANT USAGE ON SCHEMA marts TO analytics_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA marts TO analytics_ro;

CREATE ROLE tableau_svc LOGIN PASSWORD '@@pw@@' IN ROLE analytics_ro;
ALTER ROLE tableau_svc SET search_path = marts;
ALTER ROLE tableau_svc CONNECTION LIMIT 10;
""", pw=_pw), _pw, "PostgreSQL CREATE ROLE ... LOGIN PASSWORD")

_pw = human_pw()
add("markdown/sftp-password", "docs/runbooks/benefits-sftp.md", T("""# Benefits carrier SFTP runbook

## Carriers

| Carrier | Host | User | Notes |
|---------|------|------|-------|
| Guardian (dental/vision) | sftp.guardianlife.com | acme_834 | password below |
| Unum (life/disability) | sftp.unum.com | acme834 | key `~/.ssh/unum_sftp` |
| HealthEquity (HSA) | sftp.healthequity.com | ACME_HSA | key |

## Guardian

Guardian does not support keys for our group yet, so the feed logs in with a password:

```
sftp acme_834@sftp.guardianlife.com
Password: @@pw@@
```

Files go to `/inbound/834/`; Guardian picks them up at 06:00 ET. The acknowledgment (999)
lands in `/outbound/999/` by 09:00 ET. If no 999 arrives, email edi-support@guardianlife.com.
""", pw=_pw), _pw, "team runbook in Markdown (SFTP login transcript)")

_t = hibob_token()
add("markdown/hibob", "README.md", T("""# hibob-sync

Syncs HiBob people data into the identity provider and the data warehouse.

## Run locally

```bash
export HIBOB_SERVICE_USER_ID=SERVICE-20417
export HIBOB_SERVICE_USER_TOKEN=@@t@@
python -m hibob_sync --dry-run
```

## Deploy

Merges to `main` deploy through the `deploy` workflow. The job runs hourly on the
`people-batch` cluster.
""", t=_t), _t, "project README with a shell session (HiBob service user)")

_t = rippling_token()
add("markdown/rippling", "docs/onboarding-automation.md", T("""# Onboarding automation

We create the Rippling hire from the Greenhouse "Candidate hired" webhook.

1. The webhook hits `POST /hooks/greenhouse/hired`.
2. We map the offer to a Rippling hire payload (`mapping/greenhouse_to_rippling.py`).
3. We call the Rippling API:

    curl -X POST https://api.rippling.com/platform/api/employees \\
      -H "Authorization: Bearer @@t@@" \\
      -H "Content-Type: application/json" \\
      -d @hire.json

4. IT gets a Jira ticket for equipment.

Questions: #people-eng.
""", t=_t), _t, "internal docs with a curl example")

_pem = pem_key("RSA PRIVATE KEY", 16)
add("pem/adp-mtls", "certs/adp/acme_auth.key", _pem + "\n", _pem, "ADP API Central: CSR and private key for the mutual-TLS certificate")

_pgp = pgp_block(True, 16)
add("pgp/private-key", "benefits/keys/acme-edi-signing-secret.asc", _pgp + "\n", _pgp,
    "OpenPGP (RFC 4880) ASCII-armored secret key, used to sign 834 files to carriers")

_pem = pem_key("OPENSSH PRIVATE KEY", 7)
add("openssh/sftp-key", "deploy/keys/healthequity_sftp_ed25519", _pem + "\n", _pem,
    "OpenSSH private key file (ssh-keygen) for a carrier SFTP account")

_pem = pem_key("RSA PRIVATE KEY", 14)
add("helm/successfactors-key", "deploy/helm/sf-connector/values-prod.yaml", T("""image:
  repository: registry.acme.internal/hris/sf-connector
  tag: 1.12.0

successfactors:
  apiServer: https://api4.successfactors.com
  companyId: ACMECORPP
  clientId: @@cid@@
  userId: sfapi_connector
  # X.509 key registered with the OAuth client (SAML bearer assertion signing)
  privateKey: |
@@pk@@

resources:
  limits:
    memory: 512Mi
""", cid=b64(hexs(21)), pk=indent(_pem, 4)), _pem,
    "SAP SuccessFactors OAuth 2.0 SAML bearer assertion: X.509 private key; Helm values block scalar")

_pem = pem_key("RSA PRIVATE KEY", 14)
add("k8s-secret/docusign-key", "k8s/offer-letters/docusign-secret.yaml", T("""apiVersion: v1
kind: Secret
metadata:
  name: docusign-jwt
  namespace: talent
type: Opaque
data:
  DOCUSIGN_INTEGRATION_KEY: @@ik@@
  DOCUSIGN_USER_ID: @@uid@@
  private.key: @@pk@@
""", ik=b64(uuid_s()), uid=b64(uuid_s()), pk=b64(_pem)), _pem,
    "DocuSign eSignature JWT grant: RSA private key; Kubernetes Secret data")

_pem = pem_key("RSA PRIVATE KEY", 12)
add("python/docusign-key", "offers/docusign_auth.py", T('''from docusign_esign import ApiClient

INTEGRATION_KEY = "@@ik@@"
IMPERSONATED_USER_ID = "@@uid@@"
PRIVATE_KEY = """@@pk@@"""


def api_client() -> ApiClient:
    client = ApiClient()
    client.set_oauth_host_name("account.docusign.com")
    token = client.request_jwt_user_token(
        client_id=INTEGRATION_KEY,
        user_id=IMPERSONATED_USER_ID,
        oauth_host_name="account.docusign.com",
        private_key_bytes=PRIVATE_KEY.encode(),
        expires_in=3600,
        scopes=["signature", "impersonation"],
    )
    client.set_default_header("Authorization", f"Bearer {token.access_token}")
    return client
''', ik=uuid_s(), uid=uuid_s(), pk=_pem), _pem, "DocuSign Python SDK request_jwt_user_token with private_key_bytes")

_pw = words_pw()
add("notebook/snowflake", "notebooks/attrition_analysis.ipynb", T("""{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Voluntary attrition by tenure band (FY24)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "import snowflake.connector\\n",
    "\\n",
    "conn = snowflake.connector.connect(\\n",
    "    account=\\"acme-xy12345\\",\\n",
    "    user=\\"JSMITH_PEOPLEANALYTICS\\",\\n",
    "    password=\\"@@pw@@\\",\\n",
    "    warehouse=\\"PEOPLE_WH\\",\\n",
    "    database=\\"PEOPLE\\",\\n",
    "    schema=\\"MARTS\\",\\n",
    ")\\n",
    "df = pd.read_sql(\\"select * from fct_terminations where fiscal_year = 2024\\", conn)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": ["df.groupby(\\"TENURE_BAND\\")[\\"IS_VOLUNTARY\\"].mean()"]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.6"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", pw=_pw), _pw, "Jupyter notebook format (nbformat 4); Snowflake Python connector")

_pw = human_pw()
add("notebook/workday-raas", "notebooks/headcount_report.ipynb", T("""{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests, pandas as pd, io\\n",
    "url = \\"https://wd5-services1.myworkday.com/ccx/service/customreport2/acme_prod/ISU_Analytics/Headcount_Monthly?format=csv\\"\\n",
    "r = requests.get(url, auth=(\\"ISU_Analytics\\", \\"@@pw@@\\"))\\n",
    "hc = pd.read_csv(io.StringIO(r.text))\\n",
    "hc.head()"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", pw=_pw), _pw, "Jupyter notebook; Workday RaaS CSV with basic auth")

_pw = human_pw()
add("vba/adodb", "excel/PayrollVariance.bas", T("""Attribute VB_Name = "PayrollVariance"
Option Explicit

' Pulls the last two pay runs from PayrollStaging into the Variance sheet
Public Sub RefreshVariance()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=MSOLEDBSQL;Data Source=sqlpayroll01.corp.acme.local;" & _
            "Initial Catalog=PayrollStaging;User ID=excel_reports;Password=@@pw@@;"
    Set rs = cn.Execute("EXEC stage.usp_PayrunVariance @Runs = 2")
    With ThisWorkbook.Worksheets("Variance")
        .Range("A2:Z10000").ClearContents
        .Range("A2").CopyFromRecordset rs
    End With
    rs.Close: cn.Close
    MsgBox "Variance refreshed", vbInformation
End Sub
""", pw=_pw), _pw, "VBA ADODB.Connection with an OLE DB connection string")

_k = bamboo_key()
add("apps-script/bamboohr", "apps-script/time-off-calendar/Code.gs", T("""/**
 * Copies approved BambooHR time off into the shared "Out of Office" Google Calendar.
 * Trigger: time-driven, every hour.
 */
var BAMBOO_SUBDOMAIN = 'acmeco';
var BAMBOO_KEY = '@@k@@';
var CALENDAR_ID = 'c_9f8e7d6c5b4a@group.calendar.google.com';

function syncTimeOff() {
  var start = Utilities.formatDate(new Date(), 'UTC', 'yyyy-MM-dd');
  var url = 'https://api.bamboohr.com/api/gateway.php/' + BAMBOO_SUBDOMAIN +
            '/v1/time_off/whos_out/?start=' + start;
  var res = UrlFetchApp.fetch(url, {
    headers: {
      Authorization: 'Basic ' + Utilities.base64Encode(BAMBOO_KEY + ':x'),
      Accept: 'application/json'
    }
  });
  var cal = CalendarApp.getCalendarById(CALENDAR_ID);
  JSON.parse(res.getContentText()).forEach(function (o) {
    cal.createAllDayEvent(o.name + ' - OOO', new Date(o.start), new Date(o.end));
  });
}
""", k=_k), _k, "Google Apps Script UrlFetchApp; BambooHR whos_out endpoint")

_t = hibob_token()
add("power-query/hibob", "excel/queries/HiBobPeople.pq", T("""let
    ServiceUser = "SERVICE-20417",
    Token = "@@t@@",
    Auth = "Basic " & Binary.ToText(Text.ToBinary(ServiceUser & ":" & Token), BinaryEncoding.Base64),
    Source = Json.Document(
        Web.Contents(
            "https://api.hibob.com/v1/people",
            [Headers = [Authorization = Auth, Accept = "application/json"], Query = [showInactive = "false"]]
        )
    ),
    Employees = Source[employees],
    Table = Table.FromList(Employees, Splitter.SplitByNothing(), null, null, ExtraValues.Error),
    Expanded = Table.ExpandRecordColumn(Table, "Column1", {"id", "displayName", "email"})
in
    Expanded
""", t=_t), _t, "Power Query M Web.Contents with an Authorization header")

_pw = human_pw()
add("jenkinsfile/sftp-password", "Jenkinsfile", T("""pipeline {
    agent { label 'linux' }
    triggers { cron('H 5 * * 1') }
    environment {
        SFTP_HOST = 'sftp.empower-retirement.com'
        SFTP_USER = 'acme_401k'
    }
    stages {
        stage('Build contribution file') {
            steps {
                sh 'python3 -m retirement.build_contrib --period last-payroll --out out/'
            }
        }
        stage('Upload') {
            steps {
                sh '''
                  sshpass -p "@@pw@@" sftp -o StrictHostKeyChecking=yes ${SFTP_USER}@${SFTP_HOST} <<EOF
                  put out/*.txt /incoming/
                  EOF
                '''
            }
        }
    }
}
""", pw=_pw), _pw, "Jenkins declarative pipeline sh step; sshpass")

_k = bamboo_key()
add("bitbucket-pipelines/bamboohr", "bitbucket-pipelines.yml", T("""image: python:3.11

definitions:
  caches:
    pip: ~/.cache/pip

pipelines:
  custom:
    org-chart-refresh:
      - step:
          name: Refresh org chart
          caches:
            - pip
          script:
            - pip install -r requirements.txt
            - export BAMBOOHR_API_KEY=@@k@@
            - python -m orgchart.build --out build/
            - pipe: atlassian/aws-s3-deploy:1.1.0
              variables:
                AWS_DEFAULT_REGION: us-east-1
                S3_BUCKET: acme-orgchart
                LOCAL_PATH: build
""", k=_k), _k, "Bitbucket Pipelines YAML script step")

_pw = human_pw()
add("ansible/winrm", "ansible/inventories/prod/group_vars/kronos_servers.yml", T("""---
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_winrm_server_cert_validation: ignore
ansible_port: 5986
ansible_user: CORP\\svc-ansible-kronos
ansible_password: @@pw@@
kronos_install_dir: 'D:\\Kronos\\wfc'
kronos_services:
  - "Kronos Workforce Central"
  - "Kronos Device Manager"
""", pw=_pw), _pw, "Ansible Windows WinRM connection variables (ansible_password)")

_id, _sk = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("aws-credentials/aws", "ops/aws/credentials", T("""[default]
region = us-east-1

[payroll-exports]
aws_access_key_id = @@id@@
aws_secret_access_key = @@sk@@
region = us-east-1
""", id=_id, sk=_sk), _sk, "AWS CLI shared credentials file")

_url = slack_webhook()
add("yaml/slack-webhook", "alertmanager/alertmanager.yml", T("""global:
  resolve_timeout: 5m

route:
  receiver: payroll-eng
  group_by: [alertname, job]
  routes:
    - matchers: [team="payroll"]
      receiver: payroll-eng

receivers:
  - name: payroll-eng
    slack_configs:
      - api_url: @@url@@
        channel: "#payroll-eng-alerts"
        send_resolved: true
        title: "{{ .CommonLabels.alertname }}"
        text: "{{ range .Alerts }}{{ .Annotations.summary }}\\n{{ end }}"
""", url=_url), _url, "Prometheus Alertmanager slack_configs api_url")

_k = hexs(40)
add("python/jumpcloud", "scim/jumpcloud_offboard.py", T('''"""Suspend JumpCloud users whose HiBob lifecycle status is 'terminated'."""
import requests

JC_API_KEY = "@@k@@"
JC = "https://console.jumpcloud.com/api"


def suspend(email: str) -> None:
    h = {"x-api-key": JC_API_KEY, "Accept": "application/json", "Content-Type": "application/json"}
    found = requests.get(f"{JC}/systemusers", headers=h, params={"filter": f"email:$eq:{email}"}).json()
    for user in found.get("results", []):
        requests.put(f"{JC}/systemusers/{user['_id']}", headers=h, json={"suspended": True}).raise_for_status()
        print("suspended", email)
''', k=_k), _k, "JumpCloud API v1: x-api-key header")
# =====================================================================================
# Decoys: placeholders, references, templates
# =====================================================================================

add("dotenv/decoy-placeholder", ".env.example", """# Copy to .env and fill in. Never commit the real file.
BAMBOOHR_SUBDOMAIN=acmeco
BAMBOOHR_API_KEY=your-bamboohr-api-key
GREENHOUSE_HARVEST_KEY=<greenhouse-harvest-key>
CHECKR_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
PERSONIO_CLIENT_ID=papi-00000000-0000-0000-0000-000000000000
PERSONIO_CLIENT_SECRET=papi-REPLACE_ME
SLACK_WEBHOOK_URL=https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX
DATABASE_URL=postgres://hris:password@localhost:5432/hris_dev
""", None, "dotenv example file with placeholders (twelve-factor config)")

add("yaml/decoy-placeholder", "config/workday.example.yaml", """# Example: copy to config/workday.yaml (git-ignored) and set the ISU password.
workday:
  tenant: acme_impl1
  host: wd5-impl-services1.workday.com
  api_version: v41.2
  isu:
    username: ISU_HRIS_Sync@acme_impl1
    password: changeme
  page_size: 100
sync:
  target: ad
  dry_run: true
""", None, "Workday Web Services ISU config template")

add("helm/decoy-secret-ref", "deploy/helm/hris-sync/values.yaml", """replicaCount: 1

image:
  repository: registry.acme.internal/people/hris-sync
  tag: ""

schedule: "15 */2 * * *"

env:
  - name: BAMBOOHR_SUBDOMAIN
    value: acmeco
  - name: BAMBOOHR_API_KEY
    valueFrom:
      secretKeyRef:
        name: hris-sync-bamboohr
        key: api-key
  - name: OKTA_API_TOKEN
    valueFrom:
      secretKeyRef:
        name: hris-sync-okta
        key: token

existingSecret: hris-sync-bamboohr
""", None, "Kubernetes env valueFrom.secretKeyRef; Helm values")

add("k8s/decoy-external-secret", "k8s/payroll-export/external-secret.yaml", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: payroll-export-db
  namespace: payroll
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: payroll-export-db
    creationPolicy: Owner
  data:
    - secretKey: DATABASE_URL
      remoteRef:
        key: prod/payroll/export
        property: database_url
    - secretKey: ADP_CLIENT_SECRET
      remoteRef:
        key: prod/payroll/adp
        property: client_secret
""", None, "External Secrets Operator ExternalSecret")


def _sops(value_len: int) -> str:
    return (f"ENC[AES256_GCM,data:{b64_bytes(value_len)},iv:{b64_bytes(32)},"
            f"tag:{b64_bytes(16)},type:str]")


add("sops/decoy-ciphertext", "secrets/prod.enc.yaml", T("""workday:
    isu_password: @@a@@
adp:
    client_secret: @@b@@
checkr:
    api_key: @@c@@
sops:
    kms:
        - arn: arn:aws:kms:us-east-1:123456789012:key/@@kid@@
          created_at: "2024-02-01T17:22:05Z"
          enc: @@kenc@@
          aws_profile: ""
    lastmodified: "2024-03-11T09:41:27Z"
    mac: @@mac@@
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", a=_sops(14), b=_sops(36), c=_sops(40), kid=uuid_s(), kenc=b64_bytes(184),
         mac=_sops(44)), None, "Mozilla SOPS encrypted YAML (ENC[AES256_GCM,...] values)")


def _vault_blob() -> str:
    lines = [hexs(80) for _ in range(5)] + [hexs(46)]
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines)


add("ansible/decoy-vault", "ansible/group_vars/payroll_db/vars.yml", T("""---
mssql_version: 2019
mssql_port: 1433
mssql_sa_password: !vault |
@@blob@@
mssql_databases:
  - name: PayrollStaging
  - name: TimeclockPunches
""", blob=indent(_vault_blob(), 10)), None, "Ansible Vault encrypted variable (!vault)")

add("pgp/decoy-public-key", "benefits/keys/guardian-edi-public.asc", pgp_block(False, 18) + "\n", None,
    "OpenPGP ASCII-armored public key: the carrier's encryption key, published to trading partners")


def _nacha() -> str:
    r = _rng()
    lines = ["101 0210000891234567890" + "2403151200A094101JPMORGAN CHASE         ACME CORP              ",
             "5200ACME CORP                           1234567890PPDPAYROLL   240315240315   1021000080000001"]
    total = 0
    for i in range(5):
        amt = r.randint(150000, 650000)
        total += amt
        acct = str(r.randint(10**8, 10**11)).ljust(17)
        name = r.choice(["JANE DOE", "JOHN SMITH", "MARIA GARCIA", "WEI CHEN", "AMIT PATEL"]).ljust(22)
        lines.append(f"622{r.choice(['07100001', '11100061', '12200066'])}{r.randint(0, 9)}{acct}{amt:010d}"
                     f"{'E' + str(1000 + i):<15}{name}  0021000080000{i + 1:03d}")
    lines.append(f"820000000500000000000000000000{total:012d}1234567890" + " " * 25 + "021000080000001")
    lines.append(f"9000001000001000000050000000000000000000000{total:012d}" + " " * 39)
    lines += ["9" * 94] * 3
    return "\n".join(lines) + "\n"


add("nacha/decoy-fixture", "tests/fixtures/ach/sample_ppd_payroll.ach", _nacha(), None,
    "NACHA Operating Rules file format (PPD entries); test fixture with fake employees")

add("edi/decoy-fixture", "tests/fixtures/834/guardian_sample.edi", """ISA*00*          *00*          *ZZ*ACMECORP834    *ZZ*GUARDIAN       *240315*0600*^*00501*000000905*0*T*:~
GS*BE*ACMECORP*GUARDIAN*20240315*0600*905*X*005010X220A1~
ST*834*0001*005010X220A1~
BGN*00*12456*20240315*0600****4~
REF*38*G-00512345~
N1*P5*ACME CORP*FI*123456789~
N1*IN*GUARDIAN LIFE*FI*135123390~
INS*Y*18*021*28*A***FT~
REF*0F*E100234~
NM1*IL*1*TESTPERSON*ALEX****34*999001234~
DMG*D8*19850214*F~
HD*021**DEN*PPO*EMP~
DTP*348*D8*20240401~
SE*13*0001~
GE*1*905~
IEA*1*000000905~
""", None, "ASC X12 005010X220A1 834 test file (ISA01-04 blank, usage indicator T)")


def _metadata() -> str:
    cert_body = "".join(cert_pem(12).splitlines()[1:-1])
    return T("""<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.okta.com/exk1a2b3c4d5E6f7g8h9">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>@@c@@</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://acme.okta.com/app/workday/exk1a2b3c4d5E6f7g8h9/sso/saml"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://acme.okta.com/app/workday/exk1a2b3c4d5E6f7g8h9/sso/saml"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
""", c=cert_body)


add("saml/decoy-certificate", "sso/workday/okta-idp-metadata.xml", _metadata(), None,
    "SAML 2.0 metadata: IdP signing certificate (public), Okta app for Workday SSO")

add("pem/decoy-certificate", "certs/adp/acme_auth.pem", cert_pem(18) + "\n", None,
    "X.509 certificate (public half of the ADP mutual-TLS pair)")

add("github-actions/decoy-secret-ref", ".github/workflows/weekly-401k.yml", """name: Weekly 401k contribution file

on:
  schedule:
    - cron: "0 13 * * 2"
  workflow_dispatch:

jobs:
  contrib:
    runs-on: ubuntu-latest
    environment: production
    env:
      SFTP_HOST: sftp.empower-retirement.com
      SFTP_USER: acme_401k
      SFTP_PASSWORD: ${{ secrets.EMPOWER_SFTP_PASSWORD }}
      ADP_CLIENT_SECRET: ${{ secrets.ADP_CLIENT_SECRET }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install -r requirements.txt
      - run: python -m retirement.build_contrib --period last-payroll --out out/
      - run: python -m retirement.upload --dir out/
""", None, "GitHub Actions encrypted secrets context")

add("jenkinsfile/decoy-credentials", "ci/Jenkinsfile.benefits", """pipeline {
    agent { label 'linux' }
    triggers { cron('H 6 * * *') }
    stages {
        stage('Build 834') {
            steps {
                sh 'python3 -m benefits.build_834 --carrier guardian --out out/'
            }
        }
        stage('Upload') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'guardian-sftp',
                                                  usernameVariable: 'SFTP_USER',
                                                  passwordVariable: 'SFTP_PASSWORD'),
                                 string(credentialsId: 'edi-gpg-passphrase', variable: 'GPG_PASSPHRASE')]) {
                    sh 'python3 -m benefits.upload --dir out/ --user "$SFTP_USER"'
                }
            }
        }
    }
}
""", None, "Jenkins Credentials Binding plugin: withCredentials")

add("terraform/decoy-variable", "terraform/okta/providers.tf", """variable "okta_api_token" {
  description = "Okta API token for the terraform service account (set via TF_VAR_okta_api_token)"
  type        = string
  sensitive   = true
}

variable "workday_client_secret" {
  type      = string
  sensitive = true
}

provider "okta" {
  org_name  = "acme"
  base_url  = "okta.com"
  api_token = var.okta_api_token
}

data "aws_secretsmanager_secret_version" "scim" {
  secret_id = "prod/scim-bridge/okta"
}
""", None, "Terraform sensitive input variables; Okta provider")

add("python/decoy-test-fake", "tests/test_scim_server.py", """import pytest

from scim_bridge.app import create_app

FAKE_TOKEN = "test-scim-token-not-real"


@pytest.fixture
def client():
    app = create_app(bearer_token=FAKE_TOKEN)
    return app.test_client()


def test_rejects_missing_token(client):
    assert client.get("/scim/v2/Users").status_code == 401


def test_lists_users(client):
    res = client.get("/scim/v2/Users", headers={"Authorization": f"Bearer {FAKE_TOKEN}"})
    assert res.status_code == 200
    assert res.json["schemas"] == ["urn:ietf:params:scim:api:messages:2.0:ListResponse"]
""", None, "pytest fixture with a declared fake bearer token (RFC 7644 SCIM)")

add("json/decoy-signature", "tests/fixtures/greenhouse/candidate_hired_headers.json", T("""{
  "headers": {
    "Content-Type": "application/json",
    "User-Agent": "Greenhouse/1.0",
    "Signature": "sha256 @@sig@@"
  },
  "payload_file": "candidate_hired.json",
  "note": "recorded from the sandbox board; signature computed with the fixture secret in conftest.py"
}
""", sig=hexs(64)), None, "Greenhouse web hook Signature header (HMAC-SHA256 digest) recorded as a fixture")

_integrity = [b64_bytes(64) for _ in range(3)]
add("npm-lock/decoy-integrity", "package-lock.json", T("""{
  "name": "hris-api",
  "version": "2.3.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "hris-api",
      "version": "2.3.0",
      "dependencies": {
        "axios": "^1.6.7",
        "express": "^4.18.2",
        "scimmy": "^1.1.0"
      }
    },
    "node_modules/axios": {
      "version": "1.6.7",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.6.7.tgz",
      "integrity": "sha512-@@a@@"
    },
    "node_modules/express": {
      "version": "4.18.2",
      "resolved": "https://registry.npmjs.org/express/-/express-4.18.2.tgz",
      "integrity": "sha512-@@b@@"
    },
    "node_modules/scimmy": {
      "version": "1.1.0",
      "resolved": "https://registry.npmjs.org/scimmy/-/scimmy-1.1.0.tgz",
      "integrity": "sha512-@@c@@"
    }
  }
}
""", a=_integrity[0], b=_integrity[1], c=_integrity[2]), None, "npm package-lock.json integrity (Subresource Integrity sha512)")

add("requirements/decoy-hash", "requirements.txt", T("""# pip-compile --generate-hashes requirements.in
paramiko==3.4.0 \\
    --hash=sha256:@@a@@ \\
    --hash=sha256:@@b@@
python-gnupg==0.5.2 \\
    --hash=sha256:@@c@@
requests==2.31.0 \\
    --hash=sha256:@@d@@
zeep==4.2.1 \\
    --hash=sha256:@@e@@
""", a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64), e=hexs(64)), None, "pip hash-checking mode (pip-compile --generate-hashes)")

add("docker-compose/decoy-secret-file", "deploy/compose/docker-compose.prod.yml", """services:
  payroll-db:
    image: postgres:15
    environment:
      POSTGRES_DB: payroll
      POSTGRES_USER: payroll
      POSTGRES_PASSWORD_FILE: /run/secrets/payroll_db_password
    secrets:
      - payroll_db_password
  export:
    image: registry.acme.internal/payroll/export:1.8.0
    environment:
      DATABASE_URL: postgresql://payroll@payroll-db:5432/payroll
      PGPASSFILE: /run/secrets/pgpass
      ADP_CLIENT_SECRET: ${ADP_CLIENT_SECRET:?set ADP_CLIENT_SECRET}
    secrets:
      - pgpass

secrets:
  payroll_db_password:
    external: true
  pgpass:
    file: ./secrets/pgpass
""", None, "Docker Compose secrets and the _FILE convention of the postgres image")

add("powershell/decoy-secret-store", "scripts/Upload-GLFile.ps1", """param([Parameter(Mandatory)] [string] $File)
Import-Module Microsoft.PowerShell.SecretManagement
Add-Type -Path "C:\\Program Files (x86)\\WinSCP\\WinSCPnet.dll"

$cred = Get-Secret -Name 'Paychex-GL-SFTP' -Vault 'PayrollVault'

$sessionOptions = New-Object WinSCP.SessionOptions -Property @{
    Protocol              = [WinSCP.Protocol]::Sftp
    HostName              = "sftp.paychex.com"
    UserName              = $cred.UserName
    SecurePassword        = $cred.Password
    SshHostKeyFingerprint = "ssh-ed25519 255 Xc1qk9ZbT4mW2yQ7vL0pN5hR8sD3fG6jA1eK4uI7oP0="
}

$session = New-Object WinSCP.Session
try {
    $session.Open($sessionOptions)
    $session.PutFiles($File, "/incoming/").Check()
}
finally { $session.Dispose() }
""", None, "PowerShell SecretManagement Get-Secret; WinSCP SshHostKeyFingerprint (public host key)")

_dpapi = "01000000d08c9ddf0115d1118c7a00c04fc297eb01000000" + hexs(420)
add("powershell/decoy-dpapi", "scripts/Get-KronosCredential.ps1", T("""# The password below is a DPAPI-protected SecureString: it only decrypts for svc-kronos on KRONOSAPP01.
# Re-create with: Read-Host -AsSecureString | ConvertFrom-SecureString
$user = 'CORP\\svc-kronos'
$encrypted = '@@enc@@'
$secure = ConvertTo-SecureString -String $encrypted
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)
Invoke-Command -ComputerName KRONOSAPP01 -Credential $cred -ScriptBlock {
    Restart-Service -Name 'Kronos Workforce Central'
}
""", enc=_dpapi), None, "ConvertFrom-SecureString / ConvertTo-SecureString: DPAPI-encrypted standard string")

add("appsettings/decoy-keyvault-ref", "src/Acme.Payroll.Api/appsettings.json", """{
  "Logging": {
    "LogLevel": {
      "Default": "Information"
    }
  },
  "ConnectionStrings": {
    "Payroll": "@Microsoft.KeyVault(SecretUri=https://kv-payroll-prod.vault.azure.net/secrets/PayrollDb/)"
  },
  "UkgPro": {
    "BaseUrl": "https://service5.ultipro.com",
    "CustomerApiKey": "B7K2Q",
    "Password": "@Microsoft.KeyVault(VaultName=kv-payroll-prod;SecretName=UkgProPassword)"
  },
  "AllowedHosts": "*"
}
""", None, "Azure App Service Key Vault references")

_cipher = "{cipher}" + hexs(96)
add("spring-yaml/decoy-cipher", "sf-connector/src/main/resources/application-staging.yml", T("""successfactors:
  base-url: https://apisalesdemo4.successfactors.com/odata/v2
  company-id: ACMECORPT1
  username: APIADMIN_HRIS
  password: '@@c@@'

spring:
  datasource:
    url: jdbc:postgresql://db.hris-stg.internal:5432/sfsync
    username: sfsync
    password: ${SFSYNC_DB_PASSWORD}
""", c=_cipher), None, "Spring Cloud Config server encrypted property values ({cipher})")

add("javascript/decoy-env", "src/config/greenhouse.js", """'use strict';

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`missing env ${name}`);
  return value;
}

module.exports = {
  harvestBase: 'https://harvest.greenhouse.io/v1',
  harvestKey: required('GREENHOUSE_HARVEST_KEY'),
  webhookSecret: required('GREENHOUSE_WEBHOOK_SECRET'),
  onBehalfOf: process.env.GREENHOUSE_USER_ID || '4080712',
};
""", None, "Node process.env configuration")

add("markdown/decoy-placeholder", "docs/personio-setup.md", """# Personio API credentials

1. In Personio go to **Settings > Integrations > API credentials** and create a credential
   with read access to Employees and Absences.
2. Store the pair in 1Password (vault *People Eng*, item *Personio API*), never in the repo.
3. Locally, export them:

```bash
export PERSONIO_CLIENT_ID=papi-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
export PERSONIO_CLIENT_SECRET=papi-<your-client-secret>
```

4. Get a token to try the API:

```bash
curl -X POST https://api.personio.de/v1/auth \\
  -d client_id="$PERSONIO_CLIENT_ID" -d client_secret="$PERSONIO_CLIENT_SECRET"
```
""", None, "team docs with placeholder credentials (Personio API)")

add("markdown/decoy-readme", "integrations/checkr/README.md", """# Checkr integration

Creates Checkr invitations when a Greenhouse candidate reaches the *Background check* stage.

## Configuration

| Variable | Description |
|----------|-------------|
| `CHECKR_API_KEY` | Secret key from Checkr dashboard > Account settings > Developer settings |
| `CHECKR_PACKAGE` | e.g. `driver_pro` |

```bash
curl -u "$CHECKR_API_KEY:" https://api.checkr.com/v1/packages
```

Use the **test** key in staging; test keys never order real checks. Ask #people-eng for access.
""", None, "README of an integration: env variable table")

add("javascript/decoy-public-id", "web/careers/src/config.js", """// Public job-board identifiers used by the careers site (read-only GET endpoints, no key needed)
export const GREENHOUSE_BOARD_TOKEN = 'acme';
export const LEVER_SITE = 'acme-robotics';
export const JOBS_URL = `https://boards-api.greenhouse.io/v1/boards/${GREENHOUSE_BOARD_TOKEN}/jobs?content=true`;
export const LEVER_POSTINGS_URL = `https://api.lever.co/v0/postings/${LEVER_SITE}?mode=json`;
export const GA_MEASUREMENT_ID = 'G-7QX2K9PL4M';
export const RECAPTCHA_SITE_KEY = '6LcQ8aUpAAAAAJk2b7nH3xVt4WmZ9rYsE1oPdF0q';
""", None, "Greenhouse Job Board API and Lever Postings API: public board token / site name; reCAPTCHA site key (public)")

_dsn = f"https://{hexs(32)}@o{_rng().randint(100000, 999999)}.ingest.sentry.io/{_rng().randint(1000000, 9999999)}"
add("typescript/decoy-sentry-dsn", "web/hr-portal/src/sentry.ts", T("""import * as Sentry from '@sentry/react';

// The DSN is public: it only allows sending events to this project.
Sentry.init({
  dsn: '@@dsn@@',
  environment: import.meta.env.MODE,
  tracesSampleRate: 0.1,
  integrations: [Sentry.browserTracingIntegration()],
});
""", dsn=_dsn), None, "Sentry docs: the DSN is safe to keep public in browser code")

add("typescript/decoy-public-id", "web/hr-portal/src/auth/okta.ts", T("""import { OktaAuth } from '@okta/okta-auth-js';

// SPA app integration: PKCE, no client secret
export const oktaAuth = new OktaAuth({
  issuer: 'https://acme.okta.com/oauth2/default',
  clientId: '0oa@@cid@@',
  redirectUri: `${window.location.origin}/login/callback`,
  scopes: ['openid', 'profile', 'email', 'groups'],
  pkce: true,
});
""", cid=fakes.drawn_mixed(_seed(), 17)), None, "Okta SPA with PKCE: the client ID is public")

_wids = [hexs(32) for _ in range(6)]
add("yaml/decoy-workday-wid", "config/workday_reference_ids.yaml", T("""# Workday reference IDs (WID) used in Put_Applicant / Hire_Employee requests.
# WIDs are record identifiers, the same in every integration that reads the tenant.
organizations:
  payroll_ops: @@a@@
  people_eng: @@b@@
job_profiles:
  software_engineer_ii: @@c@@
  payroll_specialist: @@d@@
locations:
  chicago_hq: @@e@@
pay_groups:
  us_biweekly: @@f@@
""", a=_wids[0], b=_wids[1], c=_wids[2], d=_wids[3], e=_wids[4], f=_wids[5]), None,
    "Workday Web Services: WID reference IDs (32 hex characters)")


def _bcrypt() -> str:
    return "$2b$12$" + fakes.drawn(_seed(), 53, ALNUM + "./")


add("sql/decoy-hash", "db/seed/dev_users.sql", T("""-- Dev seed for the onboarding portal. Passwords are bcrypt hashes of throwaway dev passwords.
INSERT INTO portal_users (id, email, role, password_hash, created_at) VALUES
  (1, 'admin@example.test', 'admin', '@@a@@', now()),
  (2, 'hrbp@example.test', 'hrbp', '@@b@@', now()),
  (3, 'manager@example.test', 'manager', '@@c@@', now()),
  (4, 'newhire@example.test', 'employee', '@@d@@', now());

SELECT setval('portal_users_id_seq', 4);
""", a=_bcrypt(), b=_bcrypt(), c=_bcrypt(), d=_bcrypt()), None, "bcrypt password hashes ($2b$) in a dev seed")

add("checksums/decoy-digest", "benefits/out/SHA256SUMS", T("""@@a@@  ACME_834_GUARDIAN_20240315.edi.pgp
@@b@@  ACME_834_UNUM_20240315.edi.pgp
@@c@@  ACME_834_VSP_20240315.edi.pgp
@@d@@  ACME_834_HEALTHEQUITY_20240315.edi.pgp
@@e@@  ACME_401K_EMPOWER_20240315.txt
""", a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64), e=hexs(64)), None, "sha256sum(1) check file for outbound carrier files")
# =====================================================================================
# Decoys: public keys, ids, ciphertext, references in every format
# =====================================================================================

add("known-hosts/decoy-host-key", "deploy/ssh/known_hosts", T("""# carrier and bank SFTP host keys (public), verified by phone with each partner
sftp.guardianlife.com ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@a@@
sftp.unum.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@@b@@=
mft.firstharborbank.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@c@@
sftp.healthequity.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@d@@
sftp.empower-retirement.com ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@@e@@
""", a=alnum(360, "+/"), b=alnum(86, "+/"), c=alnum(43, "+/"), d=alnum(43, "+/"), e=alnum(300, "+/")), None,
    "OpenSSH known_hosts format (public host keys)")

add("authorized-keys/decoy-public-key", "deploy/ssh/feeds_authorized_keys", T("""# ~feeds/.ssh/authorized_keys on batch01: partners that push files back to us (public keys)
# Guardian 999 acknowledgments
from="198.51.100.0/24",restrict ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@a@@ guardian-edi
# HealthEquity funding reports
restrict ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@b@@ healthequity-prod
# First Harbor Bank returns (NOC/return files)
from="203.0.113.10",restrict ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@c@@ fhb-mft
""", a=alnum(360, "+/"), b=alnum(43, "+/"), c=alnum(43, "+/")), None,
    "OpenSSH authorized_keys format (public keys with options)")

add("python/decoy-test-fake", "tests/test_bamboo_client.py", """import responses

from hris.bamboo import BambooClient

FAKE_API_KEY = "fake-bamboohr-key-for-tests"


@responses.activate
def test_directory_uses_basic_auth():
    responses.get(
        "https://api.bamboohr.com/api/gateway.php/acmeco/v1/employees/directory",
        json={"employees": [{"id": "1", "displayName": "Test Person"}]},
    )
    client = BambooClient("acmeco", FAKE_API_KEY)
    employees = client.directory()
    assert employees[0]["displayName"] == "Test Person"
    auth = responses.calls[0].request.headers["Authorization"]
    assert auth.startswith("Basic ")
""", None, "responses mock in pytest with a declared fake key")

add("postman/decoy-empty", "postman/Workday-REST.postman_environment.json", T("""{
  "id": "@@id@@",
  "name": "Workday REST - IMPL (template)",
  "values": [
    { "key": "tenant", "value": "acme_impl1", "enabled": true },
    { "key": "host", "value": "https://wd5-impl-services1.workday.com", "enabled": true },
    { "key": "client_id", "value": "", "enabled": true },
    { "key": "client_secret", "value": "", "type": "secret", "enabled": true },
    { "key": "refresh_token", "value": "", "type": "secret", "enabled": true },
    { "key": "access_token", "value": "{{access_token}}", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_using": "Postman/10.22.14"
}
""", id=uuid_s()), None, "Postman environment template with empty secret-type variables")

add("dbt-profiles/decoy-env-var", "dbt/profiles.ci.yml", """people_analytics:
  target: ci
  outputs:
    ci:
      type: snowflake
      account: acme-xy12345
      user: SVC_DBT_CI
      password: "{{ env_var('DBT_SNOWFLAKE_PASSWORD') }}"
      role: TRANSFORMER_PEOPLE_CI
      database: PEOPLE_CI
      warehouse: PEOPLE_CI_WH
      schema: "ci_{{ env_var('GITHUB_RUN_ID', 'local') }}"
      threads: 8
""", None, "dbt env_var() in profiles.yml")

add("streamlit-secrets/decoy-placeholder", ".streamlit/secrets.toml.example", """# Copy to .streamlit/secrets.toml (git-ignored)
[connections.hr_db]
dialect = "postgresql"
host = "localhost"
port = "5432"
database = "hr_reporting"
username = "dashboard_ro"
password = "<ask #people-analytics for the read-only password>"
""", None, "Streamlit secrets.toml example")

add("ini/decoy-interpolation", "config/payroll_export.prod.ini", """; values in ${...} come from the environment (ExtendedInterpolation + os.environ defaults)
[bank]
sftp_host = mft.firstharborbank.com
sftp_port = 22
sftp_user = ACME_PAYROLL
sftp_password = ${env:BANK_SFTP_PASSWORD}
remote_dir = /inbound/ach

[files]
ach_pattern = ACME_PPD_%%Y%%m%%d.ach
archive_dir = /data/payroll/archive
""", None, "configparser ExtendedInterpolation referencing environment values")

add("nginx/decoy-passthrough", "nginx/conf.d/hr-portal.conf", """server {
    listen 443 ssl http2;
    server_name hr.acme.com;

    ssl_certificate     /etc/nginx/tls/hr.acme.com.fullchain.pem;
    ssl_certificate_key /etc/nginx/tls/hr.acme.com.key;

    location /admin/ {
        auth_basic           "HR admin";
        auth_basic_user_file /etc/nginx/htpasswd.hradmin;
        proxy_pass           http://127.0.0.1:8000;
    }

    location /api/ {
        proxy_pass http://127.0.0.1:8000;
        proxy_set_header Authorization $http_authorization;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
}
""", None, "nginx auth_basic_user_file and $http_authorization pass-through")

add("systemd/decoy-credential", "deploy/systemd/payroll-export.service", """[Unit]
Description=Payroll export to the bank (NACHA)
After=network-online.target

[Service]
Type=oneshot
User=payroll
EnvironmentFile=/etc/payroll-export/env
LoadCredential=bank-sftp-password:/etc/payroll-export/credentials/bank-sftp-password
Environment=BANK_SFTP_PASSWORD_FILE=%d/bank-sftp-password
ExecStart=/opt/payroll-export/venv/bin/python -m payroll_export.run

[Install]
WantedBy=multi-user.target
""", None, "systemd.exec LoadCredential= and EnvironmentFile=")

add("crontab/decoy-secret-file", "ops/crontab.payroll", """# m h dom mon dow  command
MAILTO=payroll-eng@acme.com
# Positive pay file, Tue/Thu after approval
50 17 * * 2,4  cd /opt/payroll && ./venv/bin/python -m payroll.positive_pay --upload >> /var/log/payroll/pp.log 2>&1
# Pull time punches every 30 minutes during business hours
*/30 7-19 * * 1-5  curl -sf -u "api_timeclock:$(cat /run/secrets/ukg_password)" https://acme-prd.prd.mykronos.com/api/v1/health >/dev/null || echo "UKG down"
# Vacuum staging tables
0 3 * * 0  psql "service=payroll" -c "VACUUM ANALYZE stage.punches"
""", None, "crontab with a password read from a secrets file at run time")

_cu, _aoid = uuid_s(), "G3" + fakes.drawn(_seed(), 14, string.ascii_uppercase + string.digits)
add("python/decoy-public-id", "hris/ids.py", T('''"""Identifiers of our tenants and records. None of these is a credential."""

WORKDAY_TENANT = "acme_prod"
GUSTO_COMPANY_UUID = "@@cu@@"
ADP_ORGANIZATION_OID = "@@aoid@@"
BAMBOOHR_SUBDOMAIN = "acmeco"
HIBOB_COMPANY_ID = "639211"
OKTA_WORKDAY_APP_ID = "0oa@@oa@@"
ENTRA_TENANT_ID = "@@tid@@"
SLACK_PEOPLE_OPS_CHANNEL = "C04QW7RJ2LM"
GREENHOUSE_ON_BEHALF_OF = "4080712"
''', cu=_cu, aoid=_aoid, oa=fakes.drawn_mixed(_seed(), 17), tid=uuid_s()), None,
    "public record and tenant identifiers (Gusto company UUID, ADP organization OID, Okta app id)")

add("python/decoy-documented-example", "payroll/bank_codes.py", """\"\"\"Routing data for payroll bank files. Routing numbers and BICs are public directory data.\"\"\"

ORIGINATING_BANKS = {
    "jpmorgan": {"aba": "021000021", "bic": "CHASUS33", "name": "JPMORGAN CHASE"},
    "bofa": {"aba": "026009593", "bic": "BOFAUS3N", "name": "BANK OF AMERICA"},
    "wells": {"aba": "121000248", "bic": "WFBIUS6S", "name": "WELLS FARGO"},
}

# Example IBAN from the ISO 13616 / ECBS documentation, used in unit tests of the SEPA export.
EXAMPLE_IBAN = "DE89370400440532013000"
EXAMPLE_GB_IBAN = "GB29NWBK60161331926819"
""", None, "ABA routing numbers and BICs (public); documented example IBANs")

add("markdown/decoy-vault-ref", "docs/architecture.md", """# People systems integration architecture

```
Workday --(RaaS, ISU)--> hris-sync --> Okta (SCIM) --> Google Workspace, Slack, Zoom
    |                          \\--> AD (LDAP)
    \\--(EIB)--> ADP (payroll) --> bank (NACHA via MFT)
```

## Secrets

| What | Where |
|------|-------|
| Workday ISU password | AWS Secrets Manager `prod/hris-sync/workday-isu` |
| Okta API token | AWS Secrets Manager `prod/hris-sync/okta` (rotated quarterly) |
| ADP client secret + mTLS key | Azure Key Vault `kv-payroll-prod` |
| Carrier SFTP passwords | 1Password vault *Benefits Feeds* |

Nothing above is ever written to the repo, CI variables are masked.
""", None, "architecture doc listing where secrets are stored")

add("k8s/decoy-sealed-secret", "k8s/scim-bridge/sealed-secret.yaml", T("""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: scim-bridge-okta
  namespace: people-it
spec:
  encryptedData:
    OKTA_API_TOKEN: AgB@@a@@
    OKTA_ORG_URL: AgC@@b@@
  template:
    metadata:
      name: scim-bridge-okta
      namespace: people-it
    type: Opaque
""", a=b64_bytes(510), b=b64_bytes(270)), None, "Bitnami Sealed Secrets: encryptedData (asymmetric ciphertext)")

add("terraform/decoy-random-password", "terraform/modules/hr-reporting-db/secrets.tf", """resource "random_password" "hradmin" {
  length           = 32
  special          = true
  override_special = "!#%&*()-_=+[]{}<>:?"
}

resource "aws_secretsmanager_secret" "hradmin" {
  name       = "prod/hr-reporting/hradmin"
  kms_key_id = var.kms_key_arn
}

resource "aws_secretsmanager_secret_version" "hradmin" {
  secret_id     = aws_secretsmanager_secret.hradmin.id
  secret_string = jsonencode({ username = "hradmin", password = random_password.hradmin.result })
}
""", None, "Terraform random_password with AWS Secrets Manager")

add("hcl/decoy-vault-policy", "vault/policies/hris-sync.hcl", """# Vault policy for the hris-sync Kubernetes service account
path "secret/data/people/hris-sync/*" {
  capabilities = ["read"]
}

path "database/creds/payroll-readonly" {
  capabilities = ["read"]
}

path "pki_int/issue/adp-client" {
  capabilities = ["create", "update"]
}
""", None, "HashiCorp Vault policy (HCL)")

add("sops-config/decoy-recipients", ".sops.yaml", T("""creation_rules:
  - path_regex: secrets/prod\\..*\\.yaml$
    kms: arn:aws:kms:us-east-1:123456789012:key/@@kid@@
    age: age1@@age@@
  - path_regex: secrets/dev\\..*\\.yaml$
    age: age1@@age2@@
""", kid=uuid_s(), age=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
         age2=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")), None,
    "SOPS .sops.yaml creation rules: KMS ARNs and age public recipients")

add("notebook/decoy-getpass", "notebooks/comp_band_review.ipynb", """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os\\n",
    "import snowflake.connector\\n",
    "conn = snowflake.connector.connect(\\n",
    "    account=\\"acme-xy12345\\",\\n",
    "    user=os.environ[\\"SNOWFLAKE_USER\\"],\\n",
    "    password=getpass.getpass(\\"Snowflake password: \\"),\\n",
    "    warehouse=\\"PEOPLE_WH\\",\\n",
    ")"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", None, "Jupyter notebook reading the password with getpass")

add("python/decoy-secrets-manager", "scripts/rotate_bamboo_key.py", """\"\"\"Reads the BambooHR key from Secrets Manager; rotation is manual in BambooHR.\"\"\"
import json

import boto3

SECRET_ID = "prod/hris-sync/bamboohr"


def bamboo_key() -> str:
    sm = boto3.client("secretsmanager", region_name="us-east-1")
    value = sm.get_secret_value(SecretId=SECRET_ID)["SecretString"]
    return json.loads(value)["api_key"]


def store_new_key(new_key: str) -> None:
    sm = boto3.client("secretsmanager", region_name="us-east-1")
    sm.put_secret_value(SecretId=SECRET_ID, SecretString=json.dumps({"api_key": new_key}))
""", None, "boto3 Secrets Manager get_secret_value")

add("java/decoy-value-ref", "adp-connector/src/main/java/com/acme/payroll/adp/AdpProperties.java", """package com.acme.payroll.adp;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class AdpProperties {
    @Value("${adp.client-id}")
    private String clientId;

    @Value("${adp.client-secret}")
    private String clientSecret;

    @Value("${adp.keystore.password:}")
    private String keystorePassword;

    public String clientId() { return clientId; }
    public String clientSecret() { return clientSecret; }
    public String keystorePassword() { return keystorePassword; }
}
""", None, "Spring @Value property placeholders")

add("csharp/decoy-configuration", "src/Acme.Ukg/UkgProOptions.cs", """using Microsoft.Extensions.Configuration;

namespace Acme.Ukg
{
    public sealed class UkgProOptions
    {
        public const string Section = "UkgPro";
        public string BaseUrl { get; set; } = "https://service5.ultipro.com/";
        public string CustomerApiKey { get; set; } = string.Empty;
        public string UserName { get; set; } = string.Empty;
        public string Password { get; set; } = string.Empty;

        public static UkgProOptions From(IConfiguration config) =>
            config.GetSection(Section).Get<UkgProOptions>() ?? new UkgProOptions();
    }
}
""", None, ".NET options pattern bound from IConfiguration")

add("go/decoy-getenv", "cmd/contractor-sync/main.go", """package main

import (
	"log"
	"os"
)

func mustEnv(key string) string {
	v := os.Getenv(key)
	if v == "" {
		log.Fatalf("missing %s", key)
	}
	return v
}

func main() {
	deelToken := mustEnv("DEEL_API_TOKEN")
	nsSecret := mustEnv("NETSUITE_TOKEN_SECRET")
	log.Printf("contractor-sync starting")
	run(deelToken, nsSecret)
}
""", None, "Go os.Getenv")

add("dockerfile/decoy-build-secret", "docker/payroll-worker/Dockerfile", """# syntax=docker/dockerfile:1.6
FROM python:3.11-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf \\
    pip install --no-cache-dir -r requirements.txt
COPY payroll_worker/ payroll_worker/
ENV ADP_CLIENT_SECRET_FILE=/run/secrets/adp_client_secret
USER 1000
CMD ["python", "-m", "payroll_worker"]
""", None, "Dockerfile RUN --mount=type=secret (BuildKit)")

add("json/decoy-scim-schema", "scim/schemas/User.json", """{
  "id": "urn:ietf:params:scim:schemas:core:2.0:User",
  "name": "User",
  "description": "User Account",
  "attributes": [
    {"name": "userName", "type": "string", "multiValued": false, "required": true, "uniqueness": "server"},
    {"name": "password", "type": "string", "multiValued": false, "required": false,
     "mutability": "writeOnly", "returned": "never", "description": "The User's cleartext password."},
    {"name": "active", "type": "boolean", "multiValued": false, "required": false},
    {"name": "externalId", "type": "string", "multiValued": false, "caseExact": true}
  ],
  "meta": {"resourceType": "Schema", "location": "/v2/Schemas/urn:ietf:params:scim:schemas:core:2.0:User"}
}
""", None, "RFC 7643 SCIM core User schema (password attribute definition)")

add("openapi/decoy-example", "openapi/bamboohr-subset.yaml", """openapi: 3.0.3
info:
  title: BambooHR (subset used by hris-sync)
  version: "1.0"
servers:
  - url: https://api.bamboohr.com/api/gateway.php/{companyDomain}/v1
    variables:
      companyDomain:
        default: acmeco
components:
  securitySchemes:
    basicAuth:
      type: http
      scheme: basic
      description: "Use your API key as the username and any string (e.g. x) as the password."
security:
  - basicAuth: []
paths:
  /employees/directory:
    get:
      summary: Employee directory
      responses:
        "200":
          description: OK
""", None, "OpenAPI 3 securitySchemes (HTTP basic) for the BambooHR API")

add("json/decoy-fixture", "tests/fixtures/okta/event_hook_verification.json", T("""{
  "_comment": "Recorded Okta event hook verification request (sandbox org). The challenge is a one-time nonce, not a credential.",
  "method": "GET",
  "path": "/hooks/okta/events",
  "headers": {
    "x-okta-verification-challenge": "@@ch@@"
  },
  "expected_response": {"verification": "@@ch@@"},
  "event_sample": {
    "eventType": "user.lifecycle.deactivate",
    "uuid": "@@u@@",
    "target": [{"id": "00u@@uid@@", "type": "User", "alternateId": "alex.test@example.com"}]
  }
}
""", ch=alnum(40, "-_"), u=uuid_s(), uid=fakes.drawn_mixed(_seed(), 17)), None,
    "Okta event hooks: one-time verification challenge; recorded fixture")

add("mule-yaml/decoy-secure-property", "workday-to-adp-sapi/src/main/resources/config/secure-prod.yaml", T("""workday:
  password: "![@@a@@]"
adp:
  clientId: "![@@b@@]"
  clientSecret: "![@@c@@]"
  keystorePassword: "![@@d@@]"
""", a=b64_bytes(32), b=b64_bytes(48), c=b64_bytes(48), d=b64_bytes(32)) +
    "# encrypted with the Secure Properties Tool (Blowfish/CBC); key in the runtime property mule.key\n", None,
    "MuleSoft Secure Configuration Properties: ![...] encrypted values")

add("xml/decoy-placeholder", "kronos/xml/logon_template.xml", """<?xml version="1.0"?>
<!-- Template: kronos_client.py substitutes ${kronos.user} / ${kronos.password} at run time -->
<Kronos_WFC version="1.0">
  <Request Object="System" Action="Logon" Username="${kronos.user}" Password="${kronos.password}"/>
  <Request Action="Load">
    <Timesheet>
      <Employee><PersonIdentity PersonNumber="${person.number}"/></Employee>
      <Period><TimeFramePeriod PeriodDateSpan="${period.span}"/></Period>
    </Timesheet>
  </Request>
  <Request Object="System" Action="Logoff"/>
</Kronos_WFC>
""", None, "Kronos WFC XML API request template")

add("web-config/decoy-protected", "HrPortal.Web/Web.Release.config", T("""<?xml version="1.0" encoding="utf-8"?>
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
      <CipherData><CipherValue>@@v@@</CipherValue></CipherData>
    </EncryptedData>
  </connectionStrings>
</configuration>
""", k=b64_bytes(256), v=b64_bytes(320)), None,
    "aspnet_regiis -pe: RsaProtectedConfigurationProvider encrypted connectionStrings")

add("properties/decoy-jasypt", "timesheet-service/src/main/resources/application-prod.properties", T("""spring.datasource.url=jdbc:postgresql://timesheet-db.internal:5432/timesheets
spring.datasource.username=timesheet_app
spring.datasource.password=ENC(@@a@@)
ukg.dimensions.password=ENC(@@b@@)
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
jasypt.encryptor.password=${JASYPT_ENCRYPTOR_PASSWORD}
""", a=b64_bytes(48), b=b64_bytes(48)), None, "jasypt-spring-boot ENC(...) encrypted properties")

add("npmrc/decoy-env", "web/hr-portal/.npmrc", """@acme-people:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
always-auth=true
save-exact=true
engine-strict=true
""", None, "npm .npmrc environment variable expansion")

add("pip-conf/decoy-keyring", "docker/hris-sync/pip.conf", """[global]
index-url = https://acme.jfrog.io/artifactory/api/pypi/pypi-virtual/simple
# credentials come from keyring (artifactory-keyring backend) or PIP_INDEX_URL in CI
keyring-provider = subprocess
timeout = 60

[install]
prefer-binary = true
""", None, "pip configuration with keyring authentication")

add("maven-settings/decoy-encrypted", "ci/settings-security-example.xml", T("""<?xml version="1.0" encoding="UTF-8"?>
<settings>
  <servers>
    <server>
      <id>acme-releases</id>
      <username>deploy-hris</username>
      <password>{@@a@@}</password>
    </server>
    <server>
      <id>acme-snapshots</id>
      <username>deploy-hris</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""", a=b64_bytes(32)), None, "Maven password encryption: {...} values decrypted with settings-security.xml")

add("vba/decoy-trusted", "excel/HeadcountRefresh.bas", """Attribute VB_Name = "HeadcountRefresh"
Option Explicit

' Windows authentication: the workbook runs as the analyst, no password stored
Public Sub RefreshHeadcount()
    Dim cn As Object, rs As Object, pw As String
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=MSOLEDBSQL;Data Source=sqlpayroll01.corp.acme.local;" & _
            "Initial Catalog=PayrollStaging;Integrated Security=SSPI;"
    Set rs = cn.Execute("SELECT * FROM rpt.HeadcountByCostCenter")
    ThisWorkbook.Worksheets("Headcount").Range("A2").CopyFromRecordset rs
    rs.Close: cn.Close
End Sub
""", None, "VBA ADODB with Integrated Security (no password)")

add("apps-script/decoy-properties", "apps-script/pto-tracker/Code.gs", """/**
 * Reads the BambooHR key from Script Properties (File > Project properties > Script properties).
 */
function bambooKey_() {
  var key = PropertiesService.getScriptProperties().getProperty('BAMBOO_API_KEY');
  if (!key) throw new Error('Set BAMBOO_API_KEY in Script Properties');
  return key;
}

function whosOut() {
  var url = 'https://api.bamboohr.com/api/gateway.php/acmeco/v1/time_off/whos_out/';
  var res = UrlFetchApp.fetch(url, {
    headers: { Authorization: 'Basic ' + Utilities.base64Encode(bambooKey_() + ':x'), Accept: 'application/json' }
  });
  return JSON.parse(res.getContentText());
}
""", None, "Apps Script PropertiesService script properties")

add("azure-pipelines/decoy-variable-group", "pipelines/adp-export.yml", """trigger: none

schedules:
  - cron: "30 5 * * 1-5"
    displayName: ADP GL export
    branches:
      include: [main]

variables:
  - group: payroll-prod-secrets
  - name: ADP_API
    value: https://api.adp.com

steps:
  - task: AzureKeyVault@2
    inputs:
      azureSubscription: payroll-prod
      KeyVaultName: kv-payroll-prod
      SecretsFilter: AdpClientSecret,AdpCertKey
  - script: python -m adp_export.gl --client-secret "$(AdpClientSecret)"
    displayName: Export GL
""", None, "Azure Pipelines variable groups and AzureKeyVault task macros")

add("yaml/decoy-public-id", "config/successfactors.yaml", T("""# SuccessFactors OAuth client (Admin Center > Manage OAuth2 Client Applications).
# The "API Key" below is the OAuth client_id; the assertion is signed with the private key
# at private_key_path (mounted from Vault, not in git).
successfactors:
  api_server: https://api4.successfactors.com
  token_url: https://api4.successfactors.com/oauth/token
  company_id: ACMECORPP
  api_key: @@k@@
  user_id: sfapi_connector
  private_key_path: /vault/secrets/sf-saml-signing.pem
""", k=b64(hexs(30))), None, "SAP SuccessFactors OAuth: the API key is the client_id (public half of the registration)")

add("k8s-secret/decoy-placeholder", "k8s/base/hris-sync-secret.template.yaml", T("""# Template only: the pipeline replaces these with values from Vault before applying.
apiVersion: v1
kind: Secret
metadata:
  name: hris-sync-bamboohr
type: Opaque
data:
  api-key: @@a@@
  okta-token: @@b@@
""", a=b64("REPLACE_WITH_BAMBOOHR_KEY"), b=b64("REPLACE_WITH_OKTA_TOKEN")), None,
    "Kubernetes Secret template with base64-encoded placeholders")

add("pgpass/decoy-placeholder", "deploy/payroll-reports/pgpass.example", """# hostname:port:database:username:password
# copy to ~/.pgpass (chmod 600) and put the real password from 1Password
pg-payroll.internal:5432:payroll:report_reader:<password>
pg-payroll-replica.internal:5432:payroll:report_reader:<password>
localhost:5432:*:postgres:*
""", None, "PostgreSQL .pgpass example with placeholders")

add("json/decoy-env-ref", "config/gusto.json", """{
  "gusto": {
    "apiBase": "https://api.gusto-demo.com",
    "apiVersion": "2024-04-01",
    "clientId": "${GUSTO_CLIENT_ID}",
    "clientSecret": "${GUSTO_CLIENT_SECRET}",
    "redirectUri": "http://localhost:3000/oauth/gusto/callback",
    "scopes": ["employees:read", "payrolls:read"]
  },
  "sync": {
    "intervalMinutes": 60
  }
}
""", None, "JSON config with ${VAR} references expanded at load")

add("gitlab-ci/decoy-masked-var", "ci/sync.gitlab-ci.yml", """sync-workers:
  stage: sync
  image: python:3.11-slim
  variables:
    WORKDAY_TENANT: acme_prod
    WORKDAY_ISU_USER: ISU_HRIS_Sync
  script:
    - pip install -r requirements.txt
    - python -m hris_sync.workers --tenant "$WORKDAY_TENANT" --user "$WORKDAY_ISU_USER" --password "$WORKDAY_ISU_PASSWORD"
  rules:
    - if: $CI_PIPELINE_SOURCE == "schedule"
""", None, "GitLab CI masked and protected project variables referenced as $VAR")

add("ansible/decoy-template", "ansible/roles/hris_sync/templates/env.j2", """# {{ ansible_managed }}
BAMBOOHR_SUBDOMAIN={{ bamboohr_subdomain }}
BAMBOOHR_API_KEY={{ vault_bamboohr_api_key }}
OKTA_ORG_URL=https://{{ okta_org }}.okta.com
OKTA_API_TOKEN={{ vault_okta_api_token }}
LOG_LEVEL={{ hris_sync_log_level | default('info') }}
""", None, "Ansible Jinja2 template referencing vault_ variables")

add("helm/decoy-template", "deploy/helm/sf-connector/templates/secret.yaml", """apiVersion: v1
kind: Secret
metadata:
  name: {{ include "sf-connector.fullname" . }}
  labels:
    {{- include "sf-connector.labels" . | nindent 4 }}
type: Opaque
data:
  SF_PASSWORD: {{ .Values.successfactors.password | b64enc | quote }}
  DB_PASSWORD: {{ required "db.password is required" .Values.db.password | b64enc | quote }}
""", None, "Helm chart template of a Secret (values supplied at install)")

add("json/decoy-manifest", "entra/hris-provisioning-app.manifest.json", T("""{
  "appId": "@@app@@",
  "displayName": "HRIS Provisioning (SCIM)",
  "signInAudience": "AzureADMyOrg",
  "keyCredentials": [
    {
      "customKeyIdentifier": "@@thumb@@",
      "endDateTime": "2026-03-01T00:00:00Z",
      "keyId": "@@kid@@",
      "type": "AsymmetricX509Cert",
      "usage": "Verify",
      "key": null
    }
  ],
  "passwordCredentials": [
    {
      "displayName": "ci",
      "endDateTime": "2025-03-01T00:00:00Z",
      "hint": "Q7x",
      "keyId": "@@pk@@",
      "secretText": null
    }
  ]
}
""", app=uuid_s(), thumb=hexs(40).upper(), kid=uuid_s(), pk=uuid_s()), None,
    "Microsoft Entra app manifest: certificate thumbprint and secret hints (no secret values)")

add("python/decoy-test-vector", "tests/test_gusto_signature.py", T('''import hashlib
import hmac

from lambda_fn.gusto_webhook import handler

# Fixture values: the token is made up for this test and was never registered with Gusto.
TEST_TOKEN = "test-verification-token"
BODY = b'{"event_type": "payroll.processed", "resource_uuid": "@@u@@"}'


def test_accepts_valid_signature(monkeypatch):
    monkeypatch.setattr("lambda_fn.gusto_webhook.handler.GUSTO_VERIFICATION_TOKEN", TEST_TOKEN)
    sig = hmac.new(TEST_TOKEN.encode(), BODY, hashlib.sha256).hexdigest()
    res = handler.handler({"body": BODY.decode(), "headers": {"x-gusto-signature": sig}}, None)
    assert res["statusCode"] == 200
''', u=uuid_s()), None, "pytest test vector with a self-declared fake token")

add("terraform/decoy-vault-data", "terraform/scim/main.tf", """data "vault_generic_secret" "okta" {
  path = "secret/people/scim-bridge/okta"
}

provider "okta" {
  org_name  = "acme"
  base_url  = "okta.com"
  api_token = data.vault_generic_secret.okta.data["api_token"]
}

resource "okta_app_oauth" "scim_bridge" {
  label                      = "SCIM bridge"
  type                       = "service"
  grant_types                = ["client_credentials"]
  token_endpoint_auth_method = "private_key_jwt"
}
""", None, "Terraform Vault provider data source")

add("powershell/decoy-keyvault", "scripts/Get-AdpToken.ps1", """Connect-AzAccount -Identity | Out-Null
$clientId     = Get-AzKeyVaultSecret -VaultName 'kv-payroll-prod' -Name 'AdpClientId' -AsPlainText
$clientSecret = Get-AzKeyVaultSecret -VaultName 'kv-payroll-prod' -Name 'AdpClientSecret' -AsPlainText
$cert         = Get-ChildItem Cert:\\LocalMachine\\My | Where-Object Subject -like '*acme_auth*'

$pair = '{0}:{1}' -f $clientId, $clientSecret
$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
Invoke-RestMethod -Method Post -Uri 'https://accounts.adp.com/auth/oauth/v2/token' `
    -Headers @{ Authorization = "Basic $basic" } -Body @{ grant_type = 'client_credentials' } -Certificate $cert
""", None, "Az.KeyVault Get-AzKeyVaultSecret with a managed identity")

add("gradle/decoy-env", "build.gradle", """plugins {
    id 'java'
    id 'maven-publish'
}

group = 'com.acme.hris'

repositories {
    maven {
        url "${artifactoryUrl}/libs-release"
        credentials {
            username = System.getenv('ARTIFACTORY_USER') ?: project.findProperty('artifactoryUser')
            password = System.getenv('ARTIFACTORY_PASSWORD') ?: project.findProperty('artifactoryPassword')
        }
    }
}

dependencies {
    implementation 'org.springframework.boot:spring-boot-starter-web:3.2.3'
}
""", None, "Gradle repository credentials from environment or properties")

add("yaml/decoy-configmap", "k8s/scim-bridge/configmap.yaml", T("""apiVersion: v1
kind: ConfigMap
metadata:
  name: scim-bridge
  namespace: people-it
data:
  OKTA_ORG_URL: https://acme.okta.com
  OKTA_SCIM_APP_ID: 0oa@@app@@
  ENTRA_TENANT_ID: @@tid@@
  ENTRA_SCIM_TENANT_URL: https://scim-bridge.acme.com/scim/v2
  HIBOB_SERVICE_USER_ID: SERVICE-18234
  SYNC_INTERVAL: "15m"
""", app=fakes.drawn_mixed(_seed(), 17), tid=uuid_s()), None, "Kubernetes ConfigMap with public identifiers")

add("python/decoy-placeholder", "examples/greenhouse_quickstart.py", """\"\"\"Quickstart from our integration docs: list open jobs from Greenhouse Harvest.\"\"\"
import requests

API_KEY = "YOUR_HARVEST_API_KEY"  # Greenhouse > Configure > Dev Center > API Credential Management

resp = requests.get(
    "https://harvest.greenhouse.io/v1/jobs",
    auth=(API_KEY, ""),
    params={"status": "open", "per_page": 50},
    timeout=30,
)
resp.raise_for_status()
for job in resp.json():
    print(job["id"], job["name"])
""", None, "Greenhouse Harvest API example with a placeholder key")

add("yaml/decoy-documented-example", "alertmanager/alertmanager.example.yml", """# Example receiver from the Slack incoming-webhooks docs; real URL is injected from Vault
# as /etc/alertmanager/secrets/slack_url (see api_url_file in alertmanager.yml).
route:
  receiver: payroll-eng
receivers:
  - name: payroll-eng
    slack_configs:
      - api_url: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
        channel: "#payroll-eng-alerts"
        send_resolved: true
""", None, "Slack incoming webhooks documentation example URL")

add("json/decoy-record-ids", "tests/fixtures/checkr/report_completed.json", T("""{
  "id": "@@ev@@",
  "object": "event",
  "type": "report.completed",
  "created_at": "2024-03-12T18:04:22Z",
  "data": {
    "object": {
      "id": "@@rep@@",
      "object": "report",
      "status": "complete",
      "result": "clear",
      "package": "driver_pro",
      "candidate_id": "@@cand@@",
      "ssn_trace_id": "@@ssn@@",
      "motor_vehicle_report_id": "@@mvr@@"
    }
  },
  "account_id": "@@acct@@"
}
""", ev=hexs(24), rep=hexs(24), cand=hexs(24), ssn=hexs(24), mvr=hexs(24), acct=hexs(24)), None,
    "Checkr webhook event payload: record ids (24 hex) of a sandbox account")
