"""Blind set LQ: a Fijian sugar-cane growers' co-operative and a Fiji dive resort.

The Dovu Growers Co-operative (cane payments, harvest gangs, mill deliveries to Lautoka, Ba,
Rarawai and Labasa) and the Cakau Dive Resort on Taveuni with its booking system (ivola-booking):
code, configs, CI, infrastructure, notes and runbooks, comments partly in Fijian, and their
decoys. Generated fakes only (seeds 6800000-6809999).
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
_SEED = [6800000]
SEED_END = 6810000


def _seed() -> int:
    _SEED[0] += 11
    assert 6800000 <= _SEED[0] < SEED_END
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Dovu", "Cakau", "Waqa", "Vanua", "Koro", "Ika", "Niu", "Vatu", "Wai", "Uto", "Tavola",
         "Kasava", "Dalo", "Yaqona", "Bure", "Lali", "Masi", "Drua", "Qio", "Vonu"]
LOWER = ["reef", "cane", "mill", "lagoon", "mango", "coral", "tide", "harvest", "outrigger", "manta",
         "papaya", "trench", "breadfruit", "lorry", "kava", "hibiscus"]


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


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe_key(kind: str = "sk_live_") -> str:
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
    r = _rng()
    return ("https://dovucoop.webhook.office.com/webhookb2/" + fakes.uuid4(_seed()) + "@" + fakes.uuid4(_seed())
            + "/IncomingWebhook/" + "".join(r.choice(HEX) for _ in range(32)) + "/" + fakes.uuid4(_seed()))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def mailgun_key() -> str:
    return "key-" + hexs(32)


def datadog_key() -> str:
    return hexs(32)


def azure_storage_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def jwt_secret() -> str:
    return fakes.drawn_mixed(_seed(), 48)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def digitalocean_token() -> str:
    return "dop_v1_" + hexs(64)


def hf_token() -> str:
    return fakes.fake("hf_", 34, _seed())


def anthropic_key() -> str:
    r = _rng()
    return "sk-ant-api03-" + "".join(r.choice(ALNUM + "_-") for _ in range(93)) + "AA"


def sentry_auth() -> str:
    return "sntrys_" + fakes.drawn_mixed(_seed(), 60)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def sha256ish() -> str:
    return hexs(64)


def aws_pair():
    s = _seed()
    return fakes.aws_key_id(s), fakes.aws_secret_key(s + 1)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def ssh_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(7))
    return "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA" + body + "\n-----END OPENSSH PRIVATE KEY-----"


def pubkey() -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(ALNUM + "+/") for _ in range(43))


CASES: List[LabelledCase] = []
_NAMES = set()


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """Fill the `@@name@@` markers of `text` (`@@s@@` is the secret) and record the case."""
    assert file_name not in _NAMES, file_name
    _NAMES.add(file_name)
    if secret is not None:
        text = text.replace("@@s@@", secret)
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


D_PY = "https://docs.python.org/3/reference/lexical_analysis.html"
D_ENV = "https://github.com/motdotla/dotenv#usage"
D_YAML = "https://yaml.org/spec/1.2.2/"
D_K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
D_COMPOSE = "https://docs.docker.com/compose/compose-file/"
D_TF = "https://developer.hashicorp.com/terraform/language"
D_ANS = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_intro.html"
D_GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
D_GLCI = "https://docs.gitlab.com/ee/ci/yaml/"
D_DOCKER = "https://docs.docker.com/reference/dockerfile/"
D_MD = "https://spec.commonmark.org/"
D_RST = "https://docutils.sourceforge.io/rst.html"
D_HTML = "https://html.spec.whatwg.org/"
D_JSON = "https://www.json.org/json-en.html"
D_TOML = "https://toml.io/en/v1.0.0"
D_INI = "https://docs.python.org/3/library/configparser.html"
D_XML = "https://www.w3.org/TR/xml/"
D_SH = "https://www.gnu.org/software/bash/manual/bash.html"
D_PS = "https://learn.microsoft.com/en-us/powershell/scripting/overview"
D_JS = "https://nodejs.org/api/process.html#processenv"
D_TS = "https://www.typescriptlang.org/docs/"
D_GO = "https://go.dev/ref/spec"
D_JAVA = "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html"
D_KT = "https://kotlinlang.org/docs/home.html"
D_CS = "https://learn.microsoft.com/en-us/dotnet/core/extensions/configuration"
D_PHP = "https://www.php.net/manual/en/"
D_RB = "https://guides.rubyonrails.org/configuring.html"
D_RS = "https://doc.rust-lang.org/book/"
D_SWIFT = "https://www.swift.org/documentation/"
D_SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
D_NB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
D_CSV = "https://www.rfc-editor.org/rfc/rfc4180"
D_LOG = "https://www.rfc-editor.org/rfc/rfc5424"
D_HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
D_HIST = "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html"
D_NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
D_PGPASS = "https://www.postgresql.org/docs/current/libpq-pgpass.html"
D_AWSCFG = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
D_NGINX = "https://nginx.org/en/docs/"

# ---------------------------------------------------------------- cane co-operative: secrets
add("blind-lq/python/postgres-password", "dovucoop/payments/db.py", D_PY, '''"""Cane payment ledger: connection to the co-op database at Lautoka."""
import psycopg2

# Na vosa vuni ni database - me kua ni wasea
DB_HOST = "ledger.dovucoop.internal"
DB_USER = "cane_ledger"
DB_PASSWORD = "@@s@@"


def connect():
    return psycopg2.connect(host=DB_HOST, dbname="cane", user=DB_USER, password=DB_PASSWORD)
''', words_pw())

add("blind-lq/env/sendgrid", "dovucoop/notify/.env", D_ENV, '''# iVolavola ki na dau-tea dovu (grower notices)
MAIL_FROM=notices@dovucoop.org.fj
SENDGRID_API_KEY=@@s@@
SMS_SENDER=DOVUCOOP
CRUSH_SEASON=2026
''', sendgrid_key())

add("blind-lq/yaml/mysql-password", "dovucoop/config/mill_sync.yaml", D_YAML, '''# Sync of mill weighbridge tickets (Rarawai, Lautoka, Labasa)
mills:
  - name: rarawai
    code: RRW
  - name: lautoka
    code: LTK
weighbridge_db:
  host: 10.20.4.15
  port: 3306
  user: wb_reader
  password: "@@s@@"
  schema: weighbridge
''', rand_pw(16, "#%"))

add("blind-lq/k8s-secret/database-url", "dovucoop/deploy/k8s/ledger-secret.yaml", D_K8S, '''apiVersion: v1
kind: Secret
metadata:
  name: cane-ledger
  namespace: dovucoop
  labels:
    app: ledger
type: Opaque
data:
  DATABASE_URL: @@enc@@
''', (p := rand_pw(22)), enc=b64(f"postgresql://ledger:{p}@cane-ledger-pg.dovucoop.svc:5432/cane"))

add("blind-lq/go/aws-secret-key", "dovucoop/tools/archive/main.go", D_GO, '''package main

// Archive weekly cane payment PDFs to S3 (ap-southeast-2).
// Vakaraitaka: me veisautaki na key ni oti na vula oqo.
import (
	"github.com/aws/aws-sdk-go-v2/credentials"
)

var provider = credentials.NewStaticCredentialsProvider(
	"@@kid@@",
	"@@s@@",
	"",
)
''', (k := aws_pair())[1], kid=k[0])

add("blind-lq/shell/mssql-password", "dovucoop/scripts/nightly_export.sh", D_SH, '''#!/usr/bin/env bash
# Export grower deliveries for the Sugar Cane Growers Fund report
set -euo pipefail
OUT=/srv/exports/deliveries_$(date +%F).csv
sqlcmd -S fsc-link.dovucoop.local -U export_svc -P '@@s@@' \\
  -d Deliveries -Q "SET NOCOUNT ON; SELECT * FROM dbo.WeeklyTonnage" -s "," -o "$OUT"
echo "sa oti: $OUT"
''', words_pw())

add("blind-lq/markdown/sftp-password", "dovucoop/docs/runbooks/fsc-sftp.md", D_MD, '''# FSC ticket feed (SFTP)

Every Monday the Fiji Sugar Corporation drops the cane ticket file on their SFTP.

| Field    | Value                     |
|----------|---------------------------|
| Host     | sftp.fsc-partner.example.fj |
| User     | dovucoop_feed             |
| Password | `@@s@@`   |

Ni sa rawa na ivola, vakayagataka na `import_tickets.py`.
''', rand_pw(14, "!$"))

add("blind-lq/javascript/twilio-token", "dovucoop/sms-gateway/src/sms.js", D_JS, '''// SMS to growers: harvest gang roster and payment notices
const twilio = require("twilio");

const accountSid = "@@sid@@";
const authToken = "@@s@@"; // TODO: kau i na vault

const client = twilio(accountSid, authToken);

module.exports.sendRoster = (to, body) =>
  client.messages.create({ from: "+6797000111", to, body });
''', hexs(32), sid=twilio_sid())

add("blind-lq/ini/smtp-password", "dovucoop/finance/payroll.ini", D_INI, '''; Cane cutters payroll export
[general]
season = 2026
mill = Rarawai

[smtp]
host = smtp.office365.com
port = 587
user = payroll@dovucoop.org.fj
password = @@s@@
''', words_pw())

add("blind-lq/csharp/sql-connection", "dovucoop/GrowerPortal/appsettings.Production.json", D_CS, '''{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Growers": "Server=tcp:dovucoop-sql.database.windows.net,1433;Database=growers;User ID=portal;Password=@@s@@;Encrypt=True;"
  },
  "Portal": {
    "Title": "Dovu Growers - Na noqu iyau",
    "DefaultMill": "LTK"
  }
}
''', rand_pw(18, "!#"))

add("blind-lq/php/mysql-password", "dovucoop/website/config.php", D_PHP, '''<?php
// Website ni Dovu Growers Co-operative
define('DB_HOST', 'localhost');
define('DB_NAME', 'dovu_wp');
define('DB_USER', 'dovu_wp');
define('DB_PASSWORD', '@@s@@');
define('WP_DEBUG', false);
$table_prefix = 'dv_';
''', rand_pw(24, "!@#%^"))

add("blind-lq/powershell/service-password", "dovucoop/it/Install-WeighbridgeAgent.ps1", D_PS, '''# Install the weighbridge agent on the mill PCs
$ErrorActionPreference = "Stop"
$svcUser = "DOVU\\svc-weighbridge"
$svcPass = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($svcUser, $svcPass)
New-Service -Name "WbAgent" -BinaryPathName "C:\\Dovu\\WbAgent.exe" -Credential $cred
Start-Service WbAgent
Write-Host "Sa vakarautaki na agent"
''', words_pw())

add("blind-lq/yaml/slack-webhook", "dovucoop/.github/workflows/season-report.yml", D_GHA, '''name: season-report
on:
  schedule:
    - cron: "0 20 * * 5"
jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python reports/weekly_tonnage.py > report.txt
      - name: Tukuna ki Slack
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data "{\\"text\\": \\"$(cat report.txt)\\"}" \\
            @@s@@
''', slack_webhook())

add("blind-lq/terraform/aws-secret-key", "dovucoop/infra/providers.tf", D_TF, '''# Na iyau ni Dovu Growers ena AWS
provider "aws" {
  region     = "ap-southeast-2"
  access_key = "@@kid@@"
  secret_key = "@@s@@"
}

terraform {
  required_version = ">= 1.5"
}
''', (k := aws_pair())[1], kid=k[0])

add("blind-lq/python/private-key", "dovucoop/tools/sign_statements.py", D_PY, '''"""Sign grower payment statements so the bank accepts them."""
from cryptography.hazmat.primitives import serialization

SIGNING_KEY = b"""@@s@@"""


def load_key():
    return serialization.load_pem_private_key(SIGNING_KEY, password=None)
''', pem())

add("blind-lq/docker-compose/postgres-password", "dovucoop/docker-compose.yml", D_COMPOSE, '''services:
  ledger-db:
    image: postgres:16
    environment:
      POSTGRES_DB: cane
      POSTGRES_USER: ledger
      POSTGRES_PASSWORD: @@s@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  ledger-api:
    build: ./ledger
    depends_on: [ledger-db]
volumes:
  pgdata: {}
''', rand_pw(20))

add("blind-lq/notes/telegram-token", "dovucoop/notes/harvest-bot.txt", D_MD, '''Harvest gang bot - notes (Mere, 14/06)

Na bot e tukuna na roster ki na gang sirdar ena veiyakavi.
Created with BotFather, name @DovuGangBot
token: @@s@@
Group chat id -1001877665544 (Ba sector sirdars)
Vinaka Jone for the help.
''', fakes.telegram_token(_seed()))

add("blind-lq/sql/role-password", "dovucoop/db/migrations/0042_reporting_role.sql", D_SQL, '''-- Reporting role for the Sugar Industry Tribunal extracts
-- Na role oqo e wilika ga (read only)
CREATE ROLE tribunal_report LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE cane TO tribunal_report;
GRANT USAGE ON SCHEMA payments TO tribunal_report;
GRANT SELECT ON ALL TABLES IN SCHEMA payments TO tribunal_report;
''', words_pw())

add("blind-lq/ruby/mailgun", "dovucoop/member-portal/config/initializers/mailgun.rb", D_RB, '''# Mailgun for member statements
Mailgun.configure do |config|
  config.api_key = "@@s@@"
  config.api_host = "api.eu.mailgun.net"
end

# Vakaraitaka ki na lewe ni co-op ni sa vakau na statement
MEMBER_DOMAIN = "mail.dovucoop.org.fj"
''', mailgun_key())

add("blind-lq/java/jdbc-password", "dovucoop/fund-bridge/src/main/resources/application.properties", D_JAVA, '''# Fund bridge: growers' advances from the Sugar Cane Growers Fund
server.port=8085
spring.datasource.url=jdbc:oracle:thin:@fundbridge.dovucoop.local:1521/FUND
spring.datasource.username=FUND_BRIDGE
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
# Me kua ni veisautaka na port
''', rand_pw(16, "#"))

add("blind-lq/kotlin/google-maps-key", "dovucoop/field-app/app/src/main/java/fj/dovu/field/MapConfig.kt", D_KT, '''package fj.dovu.field

// Map of cane farms and cane access roads (Ba, Tavua, Rakiraki)
object MapConfig {
    const val SERVER_GEOCODING_KEY = "@@s@@"
    const val DEFAULT_ZOOM = 13f
    const val BA_LAT = -17.5346
    const val BA_LNG = 177.6761
}
''', google_key())

add("blind-lq/ansible/become-password", "dovucoop/ansible/group_vars/mill_pcs.yml", D_ANS, '''---
# Mill PCs at Rarawai and Lautoka (Windows + Linux kiosks)
ansible_user: dovuadmin
ansible_become: true
ansible_become_password: "@@s@@"
ntp_server: 10.20.0.1
timezone: Pacific/Fiji
''', words_pw())

add("blind-lq/gitlab-ci/npm-token", "dovucoop/field-app/.gitlab-ci.yml", D_GLCI, '''stages: [build, publish]

build:
  stage: build
  image: node:20
  script:
    - npm ci
    - npm run build

publish:
  stage: publish
  image: node:20
  script:
    - echo "//registry.npmjs.org/:_authToken=@@s@@" > .npmrc
    - npm publish --access restricted
  only: [tags]
''', npm_token())

add("blind-lq/csv/sftp-password", "dovucoop/it/mill_accounts.csv", D_CSV, '''system,host,username,password,owner,notes
weighbridge-rrw,10.20.4.15,wb_admin,@@s@@,Sailosi,sa veisau 2026-03
fsc-portal,portal.fsc.example.fj,dovucoop,see vault,Mere,
payroll-db,10.20.6.2,payroll,(in KeePass),Asena,
mill-cctv,10.20.9.9,viewer,(ask Jone),Jone,read only
''', rand_pw(12, "!"))

add("blind-lq/rust/api-token", "dovucoop/tonnage-cli/src/config.rs", D_RS, '''//! Config for the tonnage CLI that pulls mill tickets from the GitLab registry.

pub const REGISTRY: &str = "https://gitlab.com/api/v4/projects/dovucoop%2Ftickets";
// Na token ni GitLab (read_api)
pub const GITLAB_TOKEN: &str = "@@s@@";

pub fn user_agent() -> String {
    format!("tonnage-cli/{}", env!("CARGO_PKG_VERSION"))
}
''', gitlab_token())

add("blind-lq/dockerfile/pip-index-password", "dovucoop/ledger/Dockerfile", D_DOCKER, '''FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
# Private index for the co-op packages
RUN pip install --no-cache-dir \\
    --extra-index-url https://ledger-ci:@@s@@@pkgs.dovucoop.org.fj/simple/ \\
    -r requirements.txt
COPY . .
CMD ["gunicorn", "ledger.wsgi:application", "-b", "0.0.0.0:8000"]
''', rand_pw(20))

add("blind-lq/shell-history/mysql-password", "dovucoop/it/sailosi_bash_history", D_HIST, '''cd /srv/weighbridge
ls -la exports/
mysql -h 10.20.4.15 -u wb_admin -p@@s@@ weighbridge -e "select count(*) from tickets where mill='RRW'"
tail -f /var/log/wbagent.log
sudo systemctl restart wbagent
exit
''', rand_pw(13))

add("blind-lq/notebook/postgres-password", "dovucoop/analysis/ccs_by_sector.ipynb", D_NB, json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# CCS by sector, 2026 crush\n", "Na sukarosi ena yasana yadua."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import pandas as pd\n", "import sqlalchemy as sa\n",
            "engine = sa.create_engine('postgresql://analyst:@@s@@@ledger.dovucoop.internal/cane')\n",
            "df = pd.read_sql('select sector, avg(ccs) from deliveries group by sector', engine)"]},
    ],
    "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1), rand_pw(15))

add("blind-lq/html/router-password", "dovucoop/it/wiki/ba-office-network.html", D_HTML, '''<html>
<head><title>Ba office network</title></head>
<body>
<h1>Ba office (Varadoli) network</h1>
<p>Router: MikroTik hAP ac2 on 192.168.88.1. Admin user <code>admin</code>,
password <code>@@s@@</code> (veisau ena 2026-02).</p>
<p>Na WiFi ni lewe ni co-op: DovuGuest (no password at the counter).</p>
</body>
</html>
''', words_pw())

add("blind-lq/yaml/datadog-key", "dovucoop/deploy/datadog-values.yaml", D_HELM, '''# Helm values: Datadog agent for the ledger cluster
datadog:
  apiKey: @@s@@
  site: datadoghq.com
  clusterName: dovucoop-ledger
  logs:
    enabled: true
agents:
  tolerations: []
''', datadog_key())

# ---------------------------------------------------------------- dive resort: secrets
add("blind-lq/env/stripe-secret", "ivola-booking/.env.production", D_ENV, '''# Cakau Dive Resort - ivola-booking (production)
APP_URL=https://book.cakaudive.com.fj
STRIPE_PUBLISHABLE_KEY=pk_live_@@pk@@
STRIPE_SECRET_KEY=@@s@@
CURRENCY=FJD
DEFAULT_ISLAND=Taveuni
''', stripe_key(), pk=fakes.drawn(_seed(), 24))

add("blind-lq/typescript/stripe-restricted", "ivola-booking/src/payments/stripe.ts", D_TS, '''import Stripe from "stripe";

// Dive deposits (FJD). Vakaraitaka: restricted key, refunds only.
const stripe = new Stripe(
  "@@s@@",
  { apiVersion: "2024-06-20" },
);

export async function refundDeposit(paymentIntent: string) {
  return stripe.refunds.create({ payment_intent: paymentIntent });
}
''', stripe_key("rk_live_"))

add("blind-lq/python/django-secret", "ivola-booking/ivola/settings/prod.py", D_PY, '''from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["book.cakaudive.com.fj"]
SECRET_KEY = "@@s@@"
TIME_ZONE = "Pacific/Fiji"
# Na ivakarau ni vosa: English kei na Vosa Vakaviti
LANGUAGES = [("en", "English"), ("fj", "Vosa Vakaviti")]
''', fakes.django_secret_key(_seed()))

add("blind-lq/yaml/redis-password", "ivola-booking/deploy/helm/values-prod.yaml", D_HELM, '''replicaCount: 2
image:
  repository: ghcr.io/cakaudive/ivola-booking
  tag: "3.8.1"
redis:
  enabled: true
  auth:
    enabled: true
    password: "@@s@@"
ingress:
  host: book.cakaudive.com.fj
''', fakes.redis_password(_seed()))

add("blind-lq/k8s-secret/smtp-password", "ivola-booking/deploy/k8s/mail-secret.yaml", D_K8S, '''apiVersion: v1
kind: Secret
metadata:
  name: ivola-mail
  namespace: booking
type: Opaque
data:
  SMTP_USER: @@u@@
  SMTP_PASSWORD: @@enc@@
''', (p := words_pw()), enc=b64(p), u=b64("bookings@cakaudive.com.fj"))

add("blind-lq/php/paypal-secret", "cakau-site/wp-content/plugins/dive-deposit/config.php", D_PHP, '''<?php
/* Deposits for dive packages (Rainbow Reef, Great White Wall) */
return [
    'paypal' => [
        'mode' => 'live',
        'client_id' => 'AZ@@cid@@',
        'client_secret' => '@@s@@',
    ],
    'currency' => 'FJD',
];
''', "E" + fakes.drawn_mixed(_seed(), 79, ALNUM + "-_"), cid=fakes.drawn(_seed(), 78, ALNUM + "-_"))

add("blind-lq/swift/api-key", "cakau-ios/CakauDive/Config/Secrets.swift", D_SWIFT, '''import Foundation

// Na app ni Cakau Dive: booking, dive log, weather at Somosomo Strait
enum Secrets {
    static let bookingAPIBase = URL(string: "https://api.cakaudive.com.fj/v2")!
    static let bookingAPIKey = "@@s@@"
    static let supportEmail = "vinaka@cakaudive.com.fj"
}
''', "cdk_live_" + fakes.drawn_mixed(_seed(), 40))

add("blind-lq/json/firebase-service-account", "cakau-android/app/service-account.json", D_JSON, json.dumps({
    "type": "service_account",
    "project_id": "cakau-dive-app",
    "private_key_id": "@@kid@@",
    "private_key": (k := pem("").replace("  PRIVATE", " PRIVATE") + "\n"),
    "client_email": "push-sender@cakau-dive-app.iam.gserviceaccount.com",
    "client_id": "104522339981772615120",
    "token_uri": "https://oauth2.googleapis.com/token"}, indent=2), json.dumps(k)[1:-1], kid=hexs(40))

add("blind-lq/go/jwt-secret", "ivola-booking/services/auth/config.go", D_GO, '''package auth

import "time"

// Tokens for divers' accounts and the front desk tablets
var (
	SigningSecret = []byte("@@s@@")
	TokenTTL      = 12 * time.Hour
	Issuer        = "ivola-booking"
)
''', jwt_secret())

add("blind-lq/toml/openai-key", "ivola-booking/assistant/config.toml", D_TOML, '''# Chat assistant on the booking site (answers in English and Vosa Vakaviti)
[assistant]
model = "gpt-4o-mini"
max_tokens = 400
greeting = "Bula vinaka! Au rawa ni vukei iko vakacava?"

[openai]
api_key = "@@s@@"
timeout = 30
''', fakes.openai_key(_seed()))

add("blind-lq/shell/mongodb-password", "ivola-booking/scripts/backup_divelogs.sh", D_SH, '''#!/bin/sh
# Backup ni dive log (MongoDB Atlas) - e veibogi
DATE=$(date +%Y%m%d)
mongodump --uri "mongodb+srv://backup:@@s@@@divelogs.x7kq2.mongodb.net/divelogs" \\
  --archive=/backups/divelogs-$DATE.gz --gzip
find /backups -name 'divelogs-*.gz' -mtime +14 -delete
''', rand_pw(16))

add("blind-lq/markdown/wifi-and-pos", "cakau-ops/handbook/front-desk.md", D_MD, '''# Front desk handbook (Cakau Dive Resort)

## Bula! First day
1. Log in to ivola-booking with your own account (ask Litia).
2. The POS (Lightspeed) manager PIN is in the safe, not here.

## Booking API for the tablet kiosk
The kiosk uses the service account `kiosk@cakaudive.com.fj`, password `@@s@@`.
Kakua ni tukuna vei ira na vulagi (never tell guests).
''', words_pw())

add("blind-lq/yaml/discord-webhook", "cakau-ops/monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/", '''route:
  receiver: dive-ops
  group_wait: 30s
receivers:
  - name: dive-ops
    discord_configs:
      - webhook_url: "@@s@@"
        title: "Cakau booking alert"
        message: "{{ .CommonAnnotations.summary }}"
''', discord_webhook())

add("blind-lq/csharp/twilio-sendgrid", "cakau-ops/ReminderService/Program.cs", D_CS, '''using SendGrid;
using SendGrid.Helpers.Mail;

// Dive reminders the evening before (briefing at 7:30 at the dive shop)
var client = new SendGridClient("@@s@@");
var from = new EmailAddress("dive@cakaudive.com.fj", "Cakau Dive");
var msg = MailHelper.CreateSingleEmail(from, new EmailAddress(args[0]),
    "Your dive tomorrow", "Bula! Briefing 7:30am at the dive shop.", null);
await client.SendEmailAsync(msg);
''', sendgrid_key())

add("blind-lq/ruby/database-url", "ivola-booking-legacy/config/database.yml", D_RB, '''default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  url: postgres://ivola:@@s@@@db.cakaudive.internal:5432/ivola_production

development:
  <<: *default
  database: ivola_development
''', rand_pw(20))

add("blind-lq/terraform/digitalocean-token", "cakau-ops/infra/main.tf", D_TF, '''terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean" }
  }
}

provider "digitalocean" {
  token = "@@s@@"
}

resource "digitalocean_droplet" "booking" {
  name   = "ivola-booking-1"
  region = "syd1"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-24-04-x64"
}
''', digitalocean_token())

add("blind-lq/python/slack-bot-token", "cakau-ops/bots/boat_roster.py", D_PY, '''"""Post tomorrow's boat roster (waqa) to #dive-shop."""
from slack_sdk import WebClient

client = WebClient(token="@@s@@")


def post(roster: str) -> None:
    client.chat_postMessage(channel="#dive-shop", text=f"Waqa ni mataka:\\n{roster}")
''', slack_bot())

add("blind-lq/java/smtp-password", "ivola-booking-java/src/main/java/fj/cakau/mail/MailConfig.java", D_JAVA, '''package fj.cakau.mail;

import java.util.Properties;

public final class MailConfig {
    // Na imeli ni vakadinadina (booking confirmations)
    static final String USER = "confirm@cakaudive.com.fj";
    static final String PASS = "@@s@@";

    static Properties props() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "smtp.zoho.com");
        p.put("mail.smtp.port", "587");
        return p;
    }
}
''', words_pw())

add("blind-lq/json/npmrc-style-config", "cakau-web/.npmrc", D_NPMRC, '''registry=https://registry.npmjs.org/
@cakaudive:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=@@s@@
save-exact=true
fund=false
''', fakes.github_token(_seed()))

add("blind-lq/log/basic-auth-header", "cakau-ops/logs/channel-manager-2026-05-02.log", D_LOG, '''2026-05-02T06:00:01+12:00 INFO  sync start channel=bookingcom property=CAKAU-TAV
2026-05-02T06:00:02+12:00 DEBUG POST https://channel.example-ota.com/v1/availability
2026-05-02T06:00:02+12:00 DEBUG headers={"Authorization": "Basic @@s@@", "Content-Type": "application/json"}
2026-05-02T06:00:03+12:00 INFO  200 OK rooms=14 dives=6
2026-05-02T06:00:03+12:00 INFO  sync done (sa oti)
''', b64("cakau_channel:" + words_pw()))

add("blind-lq/yaml/gha-aws-keys", "ivola-booking/.github/workflows/deploy.yml", D_GHA, '''name: deploy
on:
  push:
    branches: [main]
env:
  AWS_REGION: ap-southeast-2
  AWS_ACCESS_KEY_ID: @@kid@@
  AWS_SECRET_ACCESS_KEY: @@s@@
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: aws s3 sync ./dist s3://book-cakaudive-static --delete
''', (k := aws_pair())[1], kid=k[0])

add("blind-lq/ini/aws-credentials", "cakau-ops/laptop/aws-credentials", D_AWSCFG, '''[default]
region = ap-southeast-2

[cakau-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
# Litia's laptop - me bokoci ni oti na season
''', (k := aws_pair())[1], kid=k[0])

add("blind-lq/shell/ssh-private-key", "cakau-ops/scripts/setup_boat_pi.sh", D_SH, '''#!/bin/bash
# Raspberry Pi on the boat "Vonu" (GPS tracker uploads)
mkdir -p /home/pi/.ssh
cat > /home/pi/.ssh/id_ed25519 <<'EOF'
@@s@@
EOF
chmod 600 /home/pi/.ssh/id_ed25519
echo "Sa vakarautaki na waqa"
''', ssh_pem())

add("blind-lq/xml/soap-password", "cakau-ops/integrations/fiji-airways-agent.xml", D_XML, '''<?xml version="1.0" encoding="UTF-8"?>
<!-- Agent booking link for Labasa/Taveuni flights (dive packages) -->
<agentConfig>
  <endpoint>https://agents.example-airline.fj/ws/booking</endpoint>
  <agentCode>CAKAU01</agentCode>
  <username>cakau_agent</username>
  <password>@@s@@</password>
  <timeoutSeconds>30</timeoutSeconds>
</agentConfig>
''', rand_pw(12, "#!"))

add("blind-lq/kotlin/huggingface-token", "cakau-android/app/src/main/java/fj/cakau/fish/FishId.kt", D_KT, '''package fj.cakau.fish

// Na yaca ni ika: identify reef fish from a diver's photo
object FishId {
    private const val ENDPOINT = "https://api-inference.huggingface.co/models/cakau/reef-fish-vit"
    private const val HF_TOKEN = "@@s@@"

    fun headers() = mapOf("Authorization" to "Bearer $HF_TOKEN")
}
''', hf_token())

add("blind-lq/powershell/azure-storage-key", "cakau-ops/scripts/Backup-Photos.ps1", D_PS, '''# Copy dive photos to Azure Blob (guests download them after the trip)
$account = "cakaudivephotos"
$key = "@@s@@"
$ctx = New-AzStorageContext -StorageAccountName $account -StorageAccountKey $key
Get-ChildItem D:\\Photos\\Today | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container "guests" -Context $ctx
}
Write-Host "Vinaka - sa oti"
''', azure_storage_key())

add("blind-lq/env/anthropic-key", "cakau-ops/trip-writer/.env", D_ENV, '''# Trip report writer (dive logs to a guest's summary)
ANTHROPIC_API_KEY=@@s@@
MODEL=claude-3-5-haiku-latest
OUTPUT_DIR=./reports
LANG_DEFAULT=en
''', anthropic_key())

add("blind-lq/yaml/ansible-mysql", "cakau-ops/ansible/roles/booking/defaults/main.yml", D_ANS, '''---
booking_user: ivola
booking_home: /srv/ivola
mysql_root_password: "@@s@@"
booking_db_name: ivola
booking_port: 8080
# Na server e tu ena Somosomo
''', words_pw())

add("blind-lq/javascript/mapbox-secret", "cakau-web/scripts/upload_tiles.js", D_JS, '''// Upload dive-site tiles (Rainbow Reef, Vuna Reef) to Mapbox
const mbxUploads = require("@mapbox/mapbox-sdk/services/uploads");

const uploads = mbxUploads({
  accessToken: "@@s@@",
});

uploads.createUpload({ tileset: "cakaudive.divesites", url: process.argv[2] }).send();
''', "sk.eyJ1IjoiY2FrYXVkaXZlIiwiYSI6ImNs" + fakes.drawn_mixed(_seed(), 18) + "." + fakes.drawn_mixed(_seed(), 22, ALNUM + "_-"))

add("blind-lq/rst/jdbc-password", "cakau-ops/docs/reporting.rst", D_RST, '''Reporting database
==================

Metabase reads the read replica of ivola-booking.

.. code-block:: text

   Host:     replica.cakaudive.internal
   Database: ivola
   User:     metabase
   Password: @@s@@

Na ripote e vakavouvoutaki ena veimataka.
''', rand_pw(18))

add("blind-lq/sql/dblink-password", "ivola-booking/db/sql/link_pos.sql", D_SQL, '''-- Link to the POS database (bar + retail at the dive shop)
CREATE EXTENSION IF NOT EXISTS dblink;
SELECT dblink_connect('pos',
  'host=10.8.0.12 dbname=pos user=ivola_reader password=@@s@@');
SELECT * FROM dblink('pos', 'select sku, qty from stock') AS t(sku text, qty int);
''', rand_pw(14))

add("blind-lq/shell-history/curl-bearer", "cakau-ops/laptop/zsh_history", D_HIST, ''': 1714600000:0;cd ~/code/ivola-booking
: 1714600012:0;git pull
: 1714600040:0;curl -H "Authorization: Bearer @@s@@" https://api.cakaudive.com.fj/v2/bookings?date=2026-05-03
: 1714600100:0;npm run dev
: 1714600200:0;code .
''', "cdk_live_" + fakes.drawn_mixed(_seed(), 40))

add("blind-lq/compose/rabbitmq-password", "cakau-ops/compose/queue.yml", D_COMPOSE, '''services:
  rabbit:
    image: rabbitmq:3-management
    environment:
      - RABBITMQ_DEFAULT_USER=ivola
      - RABBITMQ_DEFAULT_PASS=@@s@@
    ports:
      - "15672:15672"
''', fakes.redis_password(_seed()))

# ---------------------------------------------------------------- decoys (both teams)
add("blind-lq/env/decoy-placeholder", "dovucoop/notify/.env.example", D_ENV, '''# Copy to .env and fill in (vakacuruma na nomu key)
MAIL_FROM=notices@dovucoop.org.fj
SENDGRID_API_KEY=<your-sendgrid-api-key>
SMS_SENDER=DOVUCOOP
CRUSH_SEASON=2026
''')

add("blind-lq/python/decoy-env-reference", "dovucoop/payments/db_env.py", D_PY, '''"""Cane payment ledger: connection settings come from the environment."""
import os

import psycopg2

DB_PASSWORD = os.environ["LEDGER_DB_PASSWORD"]  # kakua ni volai eke


def connect():
    return psycopg2.connect(host=os.environ.get("LEDGER_DB_HOST", "localhost"), dbname="cane",
                            user="cane_ledger", password=DB_PASSWORD)
''')

add("blind-lq/k8s/decoy-secret-key-ref", "dovucoop/deploy/k8s/ledger-deployment.yaml", D_K8S, '''apiVersion: apps/v1
kind: Deployment
metadata:
  name: ledger-api
  namespace: dovucoop
spec:
  replicas: 2
  selector:
    matchLabels: {app: ledger}
  template:
    metadata:
      labels: {app: ledger}
    spec:
      containers:
        - name: api
          image: ghcr.io/dovucoop/ledger:2.4.0
          env:
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef:
                  name: cane-ledger
                  key: DATABASE_URL
''')

add("blind-lq/yaml/decoy-vault-reference", "dovucoop/config/mill_sync.vault.yaml", D_YAML, '''# Mill sync - password from Vault at start-up
weighbridge_db:
  host: 10.20.4.15
  port: 3306
  user: wb_reader
  password: "vault:secret/data/dovucoop/weighbridge#password"
  schema: weighbridge
''')

add("blind-lq/markdown/decoy-redacted", "dovucoop/docs/incidents/2026-04-payroll-leak.md", D_MD, '''# Incident 2026-04: payroll SMTP password in a screenshot

A screenshot posted to the sirdars' WhatsApp group showed the payroll mailbox settings.

- Exposed: `payroll@dovucoop.org.fj` / `Dovu********` (masked here)
- Action: password rotated the same day by Asena; new one is in KeePass only.
- Na vuli: kakua ni vakauta na iyaloyalo ni settings.
''')

add("blind-lq/csv/decoy-checksums", "dovucoop/exports/deliveries_manifest.csv", D_CSV, '''file,rows,sha256
deliveries_2026-05-04.csv,18234,@@h1@@
deliveries_2026-05-11.csv,19102,@@h2@@
deliveries_2026-05-18.csv,17766,@@h3@@
deliveries_2026-05-25.csv,18890,@@h4@@
''', h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish())

add("blind-lq/terraform/decoy-variable", "dovucoop/infra/providers_vars.tf", D_TF, '''variable "aws_region" {
  default = "ap-southeast-2"
}

provider "aws" {
  region  = var.aws_region
  profile = "dovucoop-infra" # credentials from ~/.aws, never in git
}
''')

add("blind-lq/json/decoy-public-keys", "ivola-booking/public/config.json", D_JSON, '''{
  "apiBase": "https://api.cakaudive.com.fj/v2",
  "stripePublishableKey": "pk_live_@@pk@@",
  "recaptchaSiteKey": "6Lc@@rc@@",
  "currency": "FJD",
  "greeting": "Bula vinaka!"
}
''', pk=fakes.drawn_mixed(_seed(), 24), rc=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("blind-lq/python/decoy-test-fixture", "ivola-booking/tests/test_payments.py", D_PY, '''"""Deposits: tests run against Stripe's test mode with fake values only."""
import pytest

FAKE_SECRET = "sk_test_not_a_real_key_0000000000"  # dummy, never sent


@pytest.fixture
def stripe_stub(monkeypatch):
    monkeypatch.setenv("STRIPE_SECRET_KEY", FAKE_SECRET)


def test_deposit_is_thirty_percent(stripe_stub):
    assert round(0.3 * 450, 2) == 135.0
''')

add("blind-lq/yaml/decoy-gha-secrets", "ivola-booking/.github/workflows/deploy-oidc.yml", D_GHA, '''name: deploy-oidc
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::381492650117:role/ivola-deploy
          aws-region: ap-southeast-2
      - run: aws s3 sync ./dist s3://book-cakaudive-static --delete
        env:
          SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK }}
''')

add("blind-lq/log/decoy-masked-token", "cakau-ops/logs/booking-api-2026-05-03.log", D_LOG, '''2026-05-03T07:10:44+12:00 INFO  auth ok client=kiosk-1 token=cdk_live_****************************9fQa
2026-05-03T07:10:45+12:00 INFO  GET /v2/bookings?date=2026-05-03 200 41ms
2026-05-03T07:11:02+12:00 WARN  auth failed client=unknown token=[REDACTED]
2026-05-03T07:12:30+12:00 INFO  POST /v2/bookings 201 (Rainbow Reef x4)
2026-05-03T07:13:00+12:00 INFO  sa oti na sync
''')

add("blind-lq/shell/decoy-prompt-password", "dovucoop/scripts/nightly_export_prompt.sh", D_SH, '''#!/usr/bin/env bash
# Export deliveries - asks for the password (me kua ni maroroi ena script)
set -euo pipefail
read -r -s -p "Vosa vuni ni export_svc: " SQLPW
echo
sqlcmd -S fsc-link.dovucoop.local -U export_svc -P "$SQLPW" -d Deliveries \\
  -Q "SELECT * FROM dbo.WeeklyTonnage" -s "," -o /srv/exports/deliveries.csv
''')

add("blind-lq/ini/decoy-empty", "dovucoop/finance/payroll.sample.ini", D_INI, '''; Cane cutters payroll export - sample
[general]
season = 2026
mill = Rarawai

[smtp]
host = smtp.office365.com
port = 587
user = payroll@dovucoop.org.fj
password =
''')

add("blind-lq/markdown/decoy-docs-example", "cakau-ops/docs/aws-setup.md", D_MD, '''# AWS CLI on the office laptops

Run `aws configure --profile cakau-backup` and paste the keys Litia gives you.
It looks like AWS's own example:

```
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: ap-southeast-2
```

Those two values are the AWS documentation examples, not ours. Vinaka!
''')

add("blind-lq/k8s/decoy-sealed-secret", "ivola-booking/deploy/k8s/sealed-mail.yaml", "https://github.com/bitnami-labs/sealed-secrets", '''apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: ivola-mail
  namespace: booking
spec:
  encryptedData:
    SMTP_PASSWORD: AgB@@c1@@
    SMTP_USER: AgC@@c2@@
''', c1=fakes.drawn(_seed(), 300, ALNUM + "+/"), c2=fakes.drawn(_seed(), 280, ALNUM + "+/"))

add("blind-lq/javascript/decoy-process-env", "dovucoop/sms-gateway/src/sms_env.js", D_JS, '''// SMS to growers - keys from the environment (na .env e sega ni tu ena git)
const twilio = require("twilio");

const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

module.exports.sendRoster = (to, body) =>
  client.messages.create({ from: process.env.TWILIO_FROM, to, body });
''')

add("blind-lq/yaml/decoy-ssh-public-key", "cakau-ops/ansible/group_vars/all.yml", D_ANS, '''---
admin_users:
  - name: litia
    key: "@@k1@@ litia@cakau"
  - name: jone
    key: "@@k2@@ jone@dovucoop"
timezone: Pacific/Fiji
''', k1=pubkey(), k2=pubkey())

add("blind-lq/sql/decoy-password-hashes", "ivola-booking/db/seed/staff.sql", D_SQL, '''-- Front desk staff accounts (bcrypt hashes; passwords set by each person on first login)
INSERT INTO staff (email, role, password_hash) VALUES
  ('litia@cakaudive.com.fj', 'manager', '$2b$12$@@h1@@'),
  ('seru@cakaudive.com.fj', 'divemaster', '$2b$12$@@h2@@'),
  ('ana@cakaudive.com.fj', 'desk', '$2b$12$@@h3@@');
-- Na vosa vuni dina e sega ni maroroi eke
''', h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-lq/go/decoy-getenv", "ivola-booking/services/auth/config_env.go", D_GO, '''package auth

import (
	"os"
	"time"
)

// Na secret e lako mai na environment (Kubernetes Secret ivola-auth)
var (
	SigningSecret = []byte(os.Getenv("IVOLA_JWT_SECRET"))
	TokenTTL      = 12 * time.Hour
)
''')

add("blind-lq/html/decoy-form", "cakau-web/public/login.html", D_HTML, '''<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Cakau Dive - Staff login</title></head>
<body>
<form method="post" action="/staff/login">
  <label>Email <input name="email" type="email" placeholder="you@cakaudive.com.fj"></label>
  <label>Vosa vuni <input name="password" type="password" placeholder="password" autocomplete="current-password"></label>
  <input type="hidden" name="csrf_token" value="{{ csrf_token }}">
  <button>Curu (Log in)</button>
</form>
</body>
</html>
''')

add("blind-lq/notes/decoy-where-to-find", "dovucoop/notes/it-handover.txt", D_MD, '''IT handover - Sailosi to Mere (Lautoka office)

- Weighbridge DB password: in KeePass, entry "WB admin" (not in this note!)
- FSC SFTP: ask Asena, she has the OTP phone
- Router at Ba: reset button is behind the printer, password on the sticker inside the cabinet
- Slack webhook for the season report: GitHub repo secret SLACK_WEBHOOK
Vinaka vakalevu, moce mada.
''')

add("blind-lq/docker-compose/decoy-env-file", "ivola-booking/docker-compose.yml", D_COMPOSE, '''services:
  web:
    build: .
    env_file: .env
    environment:
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY:?set it in .env}
      DATABASE_URL: postgres://ivola:${POSTGRES_PASSWORD}@db:5432/ivola
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
''')

add("blind-lq/csv/decoy-grower-ids", "dovucoop/exports/growers_sample.csv", D_CSV, '''grower_no,name,sector,farm_uuid,bank_ref
BA-10422,Ratu Epeli,Ba,@@u1@@,ANZ-****-4471
BA-10423,Salote Vuki,Ba,@@u2@@,BSP-****-0932
LTK-2210,Ram Prasad,Lautoka,@@u3@@,WBC-****-7720
LBS-0381,Mosese Tui,Labasa,@@u4@@,BSP-****-1185
''', u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("blind-lq/php/decoy-getenv", "cakau-site/wp-config.php", D_PHP, '''<?php
// Cakau Dive website - secrets from the host environment (cPanel)
define('DB_NAME', 'cakau_wp');
define('DB_USER', getenv('WP_DB_USER'));
define('DB_PASSWORD', getenv('WP_DB_PASSWORD'));
define('DB_HOST', 'localhost');
define('AUTH_KEY', getenv('WP_AUTH_KEY'));
$table_prefix = 'ck_';
''')

add("blind-lq/toml/decoy-changeme", "ivola-booking/assistant/config.example.toml", D_TOML, '''# Copy to config.toml
[assistant]
model = "gpt-4o-mini"
greeting = "Bula vinaka!"

[openai]
api_key = "sk-REPLACE_ME"
timeout = 30
''')

add("blind-lq/yaml/decoy-helm-existing-secret", "ivola-booking/deploy/helm/values-staging.yaml", D_HELM, '''replicaCount: 1
image:
  repository: ghcr.io/cakaudive/ivola-booking
  tag: "3.9.0-rc1"
redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: ivola-redis
    existingSecretPasswordKey: redis-password
''')

add("blind-lq/python/decoy-keyring", "cakau-ops/bots/boat_roster_keyring.py", D_PY, '''"""Post tomorrow's boat roster - token from the OS keyring of the dive shop PC."""
import keyring
from slack_sdk import WebClient

client = WebClient(token=keyring.get_password("cakau-slack", "roster-bot"))


def post(roster: str) -> None:
    client.chat_postMessage(channel="#dive-shop", text=roster)
''')

add("blind-lq/json/decoy-lockfile-integrity", "cakau-web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", '''{
  "name": "cakau-web",
  "version": "1.4.2",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/stripe": {
      "version": "14.25.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-14.25.0.tgz",
      "integrity": "sha512-@@i1@@"
    }
  }
}
''', i1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("blind-lq/markdown/decoy-git-sha", "dovucoop/CHANGELOG.md", D_MD, '''# Changelog

## 2.4.0 (2026-05-12)
- Cane payments: fourth payment rate per tonne (@@c1@@)
- Weighbridge sync retries on mill network drops (@@c2@@)
- Vakavoutaki na ivakamacala ena Vosa Vakaviti (@@c3@@)

## 2.3.1
- Fix rounding of CCS to two places
''', c1=hexs(40), c2=hexs(40), c3=hexs(40))

add("blind-lq/csharp/decoy-user-secrets", "dovucoop/GrowerPortal/appsettings.json", D_CS, '''{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Growers": "Server=tcp:dovucoop-sql.database.windows.net,1433;Database=growers;Authentication=Active Directory Managed Identity;Encrypt=True;"
  },
  "Portal": { "Title": "Dovu Growers", "DefaultMill": "LTK" }
}
''')

# ---------------------------------------------------------------- more secrets, varied carriers
add("blind-lq/python/split-password", "dovucoop/tools/fund_client.py", D_PY, '''"""Client for the Sugar Cane Growers Fund advance API."""
import requests

# Na vosa vuni e wasei me kua ni raici vakadua (it still is in git!)
FUND_PASSWORD = ("@@a@@"
                 "@@b@@")


def advances(grower_no: str):
    return requests.get(f"https://fund.example.fj/api/advances/{grower_no}",
                        auth=("dovucoop", FUND_PASSWORD), timeout=20).json()
''', (p := words_pw() + rand_pw(6)), a=p[:7], b=p[7:])

add("blind-lq/javascript/json-in-string", "ivola-booking/src/integrations/ota.js", D_JS, '''// Channel manager credentials (kept as a JSON string for the old SDK)
const OTA_CONFIG = '{"property":"CAKAU-TAV","user":"cakau_api","apiSecret":"@@s@@","sandbox":false}';

const { property, user, apiSecret } = JSON.parse(OTA_CONFIG);

module.exports = function client(sdk) {
  return sdk.connect({ property, user, secret: apiSecret });
};
''', fakes.drawn_mixed(_seed(), 32))

add("blind-lq/yaml/redis-url", "ivola-booking/config/cache.yml", D_YAML, '''# Cache for availability (dives, rooms, boat seats)
cache:
  backend: redis
  url: "rediss://default:@@s@@@cakau-cache.upstash.example.io:6379/0"
  ttl_seconds: 120
  key_prefix: "ivola:"
''', fakes.redis_password(_seed()))

add("blind-lq/dockerfile/env-api-key", "cakau-ops/trip-writer/Dockerfile", D_DOCKER, '''FROM node:20-alpine
WORKDIR /srv
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
ENV WEATHER_API_KEY=@@s@@
ENV TZ=Pacific/Fiji
CMD ["node", "index.js"]
''', hexs(32))

add("blind-lq/markdown/table-token", "cakau-ops/wiki/integrations.md", D_MD, '''# Integrations (Cakau Dive)

| Service        | Used for               | Credential                         |
|----------------|------------------------|------------------------------------|
| Stripe         | deposits               | GitHub secret `STRIPE_SECRET_KEY`  |
| Shopify        | dive shop retail       | `@@s@@` |
| Mailchimp      | newsletter             | in 1Password                       |

Na Shopify token e vakayagataki ena `retail-sync`.
''', shopify_token())

add("blind-lq/go/dsn-password", "dovucoop/tools/tonnage-api/db.go", D_GO, '''package main

import (
	"database/sql"

	_ "github.com/go-sql-driver/mysql"
)

// Weighbridge replica at the Lautoka mill
const dsn = "tonnage:@@s@@@tcp(10.20.4.16:3306)/weighbridge?parseTime=true"

func openDB() (*sql.DB, error) { return sql.Open("mysql", dsn) }
''', rand_pw(16))

add("blind-lq/shell/heredoc-pgpass", "dovucoop/scripts/setup_reporting_host.sh", D_SH, '''#!/usr/bin/env bash
# Vakarautaka na reporting host (Lautoka)
set -e
cat > ~/.pgpass <<EOF
ledger.dovucoop.internal:5432:cane:tribunal_report:@@s@@
EOF
chmod 600 ~/.pgpass
psql -h ledger.dovucoop.internal -U tribunal_report cane -c 'select now()'
''', words_pw())

add("blind-lq/pgpass/postgres-password", "dovucoop/it/pgpass.conf", D_PGPASS, '''# hostname:port:database:username:password
ledger.dovucoop.internal:5432:cane:cane_ledger:@@s@@
ledger.dovucoop.internal:5432:cane:analyst:*
localhost:5432:*:postgres:*
# Mere - Lautoka office PC
''', rand_pw(18))

add("blind-lq/yaml/teams-webhook", "dovucoop/monitoring/grafana-contact-points.yaml", "https://grafana.com/docs/grafana/latest/alerting/set-up/provision-alerting-resources/file-provisioning/", '''apiVersion: 1
contactPoints:
  - orgId: 1
    name: dovu-it
    receivers:
      - uid: teams-dovu-it
        type: teams
        settings:
          url: "@@s@@"
          title: "Na mill sync e sega ni cakacaka"
''', teams_webhook())

add("blind-lq/php/smtp-dsn", "cakau-site/.env.local", "https://symfony.com/doc/current/mailer.html", '''# Cakau booking site (Symfony)
APP_ENV=prod
MAILER_DSN=smtp://bookings%40cakaudive.com.fj:@@s@@@smtp.zoho.com:587
DATABASE_URL="mysql://cakau:${DB_PASSWORD}@127.0.0.1:3306/cakau"
LOCALE=en
''', rand_pw(16))

add("blind-lq/ruby/api-key-call", "cakau-ops/scripts/sync_reviews.rb", D_RB, '''# Pull TripAdvisor-style reviews into the resort dashboard
require "net/http"
require "json"

uri = URI("https://api.example-reviews.com/v1/locations/883210/reviews")
req = Net::HTTP::Get.new(uri)
req["X-Api-Key"] = "@@s@@"
res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }
puts JSON.parse(res.body)["data"].size # vica na ivakamacala vou
''', fakes.drawn_mixed(_seed(), 32))

add("blind-lq/csharp/azure-client-secret", "dovucoop/GrowerPortal/Services/GraphMail.cs", D_CS, '''using Azure.Identity;
using Microsoft.Graph;

namespace GrowerPortal.Services;

// Sends payment advice from the co-op mailbox via Microsoft Graph
public static class GraphMail
{
    private static readonly ClientSecretCredential Cred = new(
        "@@tenant@@", "@@client@@", "@@s@@");

    public static GraphServiceClient Client() => new(Cred);
}
''', azure_secret(), tenant=uuid_s(), client=uuid_s())

add("blind-lq/k8s-secret/stripe-key", "ivola-booking/deploy/k8s/payments-secret.yaml", D_K8S, '''apiVersion: v1
kind: Secret
metadata:
  name: ivola-payments
  namespace: booking
type: Opaque
data:
  STRIPE_SECRET_KEY: @@enc@@
  CURRENCY: RkpE
''', (p := stripe_key()), enc=b64(p))

add("blind-lq/k8s-secret/string-data-password", "dovucoop/deploy/k8s/sftp-secret.yaml", D_K8S, '''apiVersion: v1
kind: Secret
metadata:
  name: fsc-sftp
  namespace: dovucoop
type: Opaque
stringData:
  username: dovucoop_feed
  password: "@@s@@"
''', rand_pw(15, "!$"))

add("blind-lq/notebook/openai-key", "cakau-ops/analysis/review_sentiment.ipynb", D_NB, json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Guest review sentiment (2026)\n", "Vakasamataka na ivakamacala ni vulagi."]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "from openai import OpenAI\n", "client = OpenAI(api_key=\"@@s@@\")\n",
            "reviews = open('reviews.txt').read().splitlines()"]},
    ],
    "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1), fakes.openai_key(_seed()))

add("blind-lq/swift/password-in-url", "cakau-ios/CakauDive/Services/SyncService.swift", D_SWIFT, '''import Foundation

// Na dive log e vakau ki na CouchDB ni resort
struct SyncService {
    let remote = URL(string: "https://divelog:@@s@@@sync.cakaudive.com.fj/divelogs")!

    func start() {
        print("Syncing dive logs to \\(remote.host ?? "")")
    }
}
''', rand_pw(18))

add("blind-lq/powershell/connection-string", "dovucoop/it/Export-Advances.ps1", D_PS, '''# Export growers' advances for the bank (BSP)
$conn = New-Object System.Data.SqlClient.SqlConnection
$conn.ConnectionString = "Server=10.20.6.2;Database=Payroll;User Id=advances;Password=@@s@@;"
$conn.Open()
$cmd = $conn.CreateCommand()
$cmd.CommandText = "SELECT GrowerNo, Amount FROM Advances WHERE Paid = 0"
$cmd.ExecuteReader() | Export-Csv C:\\Exports\\advances.csv
$conn.Close()
''', words_pw())

add("blind-lq/gitlab-ci/sshpass", "dovucoop/.gitlab-ci.yml", D_GLCI, '''stages: [test, deploy]

test:
  image: python:3.12
  script: [pip install -r requirements.txt, pytest -q]

deploy_ledger:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache sshpass openssh-client rsync
    - sshpass -p '@@s@@' rsync -az ./ deploy@ledger.dovucoop.internal:/srv/ledger/
  only: [main]
''', words_pw())

add("blind-lq/java/hardcoded-key-arg", "ivola-booking-java/src/main/java/fj/cakau/weather/TideClient.java", D_JAVA, '''package fj.cakau.weather;

import java.net.URI;
import java.net.http.HttpRequest;

// Tides for Somosomo Strait (dive schedule depends on them)
public final class TideClient {
    public HttpRequest today() {
        return HttpRequest.newBuilder(URI.create(
            "https://api.example-tides.com/v3/tides?lat=-16.78&lon=179.98&key=@@s@@"))
            .GET().build();
    }
}
''', fakes.drawn_mixed(_seed(), 40))

add("blind-lq/env/sentry-auth-token", "cakau-web/.env.sentry-build-plugin", "https://docs.sentry.io/platforms/javascript/sourcemaps/", '''# Used by the Sentry build plugin to upload source maps
SENTRY_AUTH_TOKEN=@@s@@
SENTRY_ORG=cakau-dive
SENTRY_PROJECT=ivola-web
# Vinaka, kakua ni commit-taka (oops)
''', sentry_auth())

add("blind-lq/yaml/github-token-config", "dovucoop/.github/renovate-bot.yml", D_YAML, '''# Renovate runner settings for the co-op repos
platform: github
endpoint: https://api.github.com/
token: @@s@@
repositories:
  - dovucoop/ledger
  - dovucoop/field-app
onboarding: false
''', fakes.github_fine_grained_token(_seed()))

add("blind-lq/typescript/telegram-token", "ivola-booking/src/notify/telegram.ts", D_TS, '''// Tell the dive shop group when a booking is paid
const BOT_TOKEN = "@@s@@";
const CHAT_ID = -1002233445566;

export async function notifyPaid(name: string, dives: number) {
  const text = `Sa sauma o ${name}: ${dives} dives`;
  await fetch(`https://api.telegram.org/bot${BOT_TOKEN}/sendMessage`, {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ chat_id: CHAT_ID, text }),
  });
}
''', fakes.telegram_token(_seed()))

add("blind-lq/html/maps-key-server", "dovucoop/it/wiki/farm-map-admin.html", D_HTML, '''<html><body>
<h2>Farm map admin</h2>
<p>The nightly geocoder (server side, unrestricted) calls:</p>
<pre>https://maps.googleapis.com/maps/api/geocode/json?address=Rarawai+Mill&amp;key=@@s@@</pre>
<p>Na key oqo e sega ni vakatabui - me vakaleqai ena console (TODO Jone).</p>
</body></html>
''', google_key())

add("blind-lq/log/connection-string-in-error", "dovucoop/logs/fund-bridge.log", D_LOG, '''2026-05-20 08:01:11 INFO  FundBridge starting (season 2026)
2026-05-20 08:01:12 ERROR cannot open connection: jdbc:oracle:thin:FUND_BRIDGE/@@s@@@fundbridge.dovucoop.local:1521/FUND
2026-05-20 08:01:12 ERROR ORA-12541: TNS:no listener
2026-05-20 08:01:42 INFO  retry 1/5
2026-05-20 08:02:12 INFO  connected; sa tekivu na sync
''', rand_pw(14))

add("blind-lq/rust/webhook-url", "cakau-ops/tide-alerts/src/main.rs", D_RS, '''// Alert the dive shop when the current at the Great White Wall is too strong
const WEBHOOK: &str = "@@s@@";

fn main() {
    let body = serde_json::json!({ "text": "Na ua e kaukauwa - vakawaletaka na diving" });
    let client = reqwest::blocking::Client::new();
    let _ = client.post(WEBHOOK).json(&body).send();
}
''', slack_webhook())

add("blind-lq/ini/odbc-password", "dovucoop/it/odbc.ini", "https://www.unixodbc.org/odbcinst.html", '''[WeighbridgeRRW]
Driver = MySQL ODBC 8.0 Driver
Server = 10.20.4.15
Database = weighbridge
User = wb_reader
Password = @@s@@
Port = 3306
''', rand_pw(12))

add("blind-lq/kotlin/basic-auth-header", "dovucoop/field-app/app/src/main/java/fj/dovu/field/Api.kt", D_KT, '''package fj.dovu.field

import okhttp3.Request

// Field officers upload cane estimates from the farm
fun estimateRequest(url: String): Request = Request.Builder()
    .url(url)
    .header("Authorization", "Basic @@s@@")
    .build()
''', b64("field-app:" + rand_pw(16)))

add("blind-lq/ansible/vault-password-script", "cakau-ops/ansible/vault-pass.sh", "https://docs.ansible.com/ansible/latest/vault_guide/vault_managing_passwords.html", '''#!/bin/sh
# vault_password_file = ./vault-pass.sh (ansible.cfg)
# Seru: me maroroi - temporary until the dive shop PC has pass(1)
echo "@@s@@"
exit 0
''', passphrase())

add("blind-lq/typescript/firebase-admin-key", "ivola-booking/functions/src/admin.ts", D_TS, '''import * as admin from "firebase-admin";

// Push notifications to divers' phones
admin.initializeApp({
  credential: admin.credential.cert({
    projectId: "cakau-dive-app",
    clientEmail: "push-sender@cakau-dive-app.iam.gserviceaccount.com",
    privateKey: `@@s@@`,
  }),
});
''', pem("").replace("  PRIVATE", " PRIVATE"))

add("blind-lq/yaml/cloudflare-token", "cakau-ops/dns/dnscontrol-creds.yaml", "https://docs.dnscontrol.org/provider/cloudflareapi", '''# DNS for cakaudive.com.fj (Cloudflare)
cloudflare:
  TYPE: CLOUDFLAREAPI
  accountid: "@@acct@@"
  apitoken: "@@s@@"
''', fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"), acct=hexs(32))

add("blind-lq/python/sendgrid-call-arg", "dovucoop/notify/statement_mailer.py", D_PY, '''"""Email each grower his payment statement after the mill's payment run."""
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient(api_key="@@s@@")


def send(to: str, pdf_path: str) -> None:
    msg = Mail("notices@dovucoop.org.fj", to, "Na nomu iyau ni dovu", "Vinaka, raica na ivola e vakacurumi.")
    sg.send(msg)
''', sendgrid_key())

add("blind-lq/notes/meeting-password", "dovucoop/notes/board-meeting-2026-06.md", D_MD, '''# Board meeting, Ba, 12 June 2026

Present: Ratu Epeli (chair), Salote, Ram, Mere (minutes)

1. Fourth cane payment: FJD 8.20/tonne, paid 30 June.
2. New member portal live. Admin login given to Salote: `admin` / `@@s@@`
   (Mere to change it after the AGM - e dodonu me veisau).
3. Harvest gangs: shortage of cutters in Tavua sector.
''', words_pw())

add("blind-lq/xml/maven-settings", "dovucoop/fund-bridge/settings.xml", "https://maven.apache.org/settings.html", '''<settings>
  <servers>
    <server>
      <id>dovucoop-nexus</id>
      <username>ci-deploy</username>
      <password>@@s@@</password>
    </server>
  </servers>
  <!-- Na Nexus e tu ena Lautoka -->
</settings>
''', rand_pw(20))

add("blind-lq/env/pypi-token", "dovucoop/cane-calc/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", '''[distutils]
index-servers = pypi

[pypi]
username = __token__
password = @@s@@
''', fakes.pypi_token(_seed()))

add("blind-lq/javascript/mongodb-uri", "ivola-booking/src/db.js", D_JS, '''const { MongoClient } = require("mongodb");

// Dive logs and certifications (PADI/SSI numbers)
const uri =
  "mongodb+srv://ivola-app:@@s@@@divelogs.x7kq2.mongodb.net/?retryWrites=true&w=majority";
const client = new MongoClient(uri);

module.exports = () => client.connect().then((c) => c.db("divelogs"));
''', rand_pw(16))

add("blind-lq/nginx/basic-auth-proxy", "cakau-ops/nginx/channel-proxy.conf", D_NGINX, '''server {
    listen 443 ssl;
    server_name channel.cakaudive.com.fj;
    location / {
        proxy_pass https://channel.example-ota.com/;
        # Na OTA e vinakata na Basic auth
        proxy_set_header Authorization "Basic @@s@@";
    }
}
''', b64("cakau_channel:" + rand_pw(14)))

# ---------------------------------------------------------------- more decoys
add("blind-lq/k8s/decoy-external-secret", "ivola-booking/deploy/k8s/external-payments.yaml", "https://external-secrets.io/latest/api/externalsecret/", '''apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: ivola-payments
  namespace: booking
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: ivola-payments
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/ivola/stripe
        property: secret_key
''')

add("blind-lq/k8s-secret/decoy-empty-data", "dovucoop/deploy/k8s/sftp-secret.template.yaml", D_K8S, '''apiVersion: v1
kind: Secret
metadata:
  name: fsc-sftp
  namespace: dovucoop
type: Opaque
stringData:
  username: dovucoop_feed
  password: ""   # filled by the deploy job from Vault (kakua ni vakacuruma eke)
''')

add("blind-lq/k8s-secret/decoy-base64-username", "ivola-booking/deploy/k8s/registry-user.yaml", D_K8S, '''apiVersion: v1
kind: Secret
metadata:
  name: ivola-public-config
  namespace: booking
type: Opaque
data:
  SUPPORT_EMAIL: @@e@@
  RESORT_NAME: @@n@@
  ISLAND: @@i@@
''', e=b64("vinaka@cakaudive.com.fj"), n=b64("Cakau Dive Resort"), i=b64("Taveuni"))

add("blind-lq/python/decoy-hmac-verify", "ivola-booking/ivola/webhooks.py", D_PY, '''"""Verify Stripe webhooks (the signing secret comes from settings, i.e. the environment)."""
import hmac
from hashlib import sha256

from django.conf import settings

EXAMPLE_SIGNATURE = "t=1714600000,v1=@@sig@@"  # from our docs, recomputed each time


def valid(payload: bytes, header: str) -> bool:
    expected = hmac.new(settings.STRIPE_WEBHOOK_SECRET.encode(), payload, sha256).hexdigest()
    return hmac.compare_digest(expected, header.split("v1=")[-1])
''', sig=sha256ish())

add("blind-lq/markdown/decoy-setup-guide", "ivola-booking/README.md", D_MD, '''# ivola-booking

Booking system of the Cakau Dive Resort (dives, rooms, boat seats). *Bula vinaka!*

## Run locally

```bash
cp .env.example .env          # then fill STRIPE_SECRET_KEY=sk_test_... from your own Stripe test account
docker compose up -d
python manage.py migrate
```

Never commit `.env`. Production secrets live in AWS Secrets Manager (`prod/ivola/*`).
''')

add("blind-lq/yaml/decoy-sops-encrypted", "dovucoop/deploy/secrets.enc.yaml", "https://github.com/getsops/sops", '''ledger_db_password: ENC[AES256_GCM,data:@@d1@@,iv:@@iv@@,tag:@@tag@@,type:str]
sops:
  kms: []
  age:
    - recipient: age1@@rcpt@@
  lastmodified: "2026-05-12T03:11:09Z"
  mac: ENC[AES256_GCM,data:@@mac@@,type:str]
  version: 3.8.1
''', d1=fakes.drawn(_seed(), 24, ALNUM + "+/") + "==", iv=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    tag=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", rcpt=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
    mac=fakes.drawn(_seed(), 44, ALNUM + "+/"))

add("blind-lq/ansible/decoy-vault-encrypted", "cakau-ops/ansible/group_vars/booking/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", '''$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
''', l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(48))

add("blind-lq/shell/decoy-aws-sso", "cakau-ops/scripts/login.sh", D_SH, '''#!/bin/bash
# Curu ki na AWS (SSO) - no keys on the dive shop PCs
aws sso login --profile cakau-backup
export AWS_PROFILE=cakau-backup
aws sts get-caller-identity
echo "Sa rawa"
''')

add("blind-lq/notes/decoy-password-policy", "dovucoop/docs/password-policy.md", D_MD, '''# Password policy (Dovu Growers Co-operative)

- At least 14 characters; a passphrase like `correct-horse-battery-staple` is fine (not that one!).
- Na vosa vuni me kakua ni wasei ena WhatsApp se imeli.
- Shared system passwords live in KeePass (`dovucoop.kdbx` on the Lautoka NAS).
- Rotate mill PC service accounts before each crushing season (May).
''')

add("blind-lq/javascript/decoy-sentry-dsn-public", "cakau-web/src/sentry.client.js", D_JS, '''import * as Sentry from "@sentry/browser";

// The DSN is public by design (browser SDK); the auth token is not here.
Sentry.init({
  dsn: process.env.NEXT_PUBLIC_SENTRY_DSN,
  tracesSampleRate: 0.1,
  environment: "production",
});
''')

add("blind-lq/json/decoy-firebase-web-config", "cakau-android/app/google-services.json", "https://firebase.google.com/docs/android/setup", '''{
  "project_info": {
    "project_number": "518277604491",
    "project_id": "cakau-dive-app",
    "storage_bucket": "cakau-dive-app.appspot.com"
  },
  "client": [{
    "client_info": {"mobilesdk_app_id": "1:518277604491:android:4f0c2a91b7de5521",
                    "android_client_info": {"package_name": "fj.cakau.dive"}},
    "api_key": [{"current_key": "@@k@@"}]
  }]
}
''', k=google_key())

add("blind-lq/csv/decoy-booking-refs", "ivola-booking/exports/bookings_2026-05-03.csv", D_CSV, '''booking_ref,guest,dives,site,payment_intent,status
CKU-88213,A. Smith,2,Rainbow Reef,pi_@@p1@@,paid
CKU-88214,Mele Tora,1,Great White Wall,pi_@@p2@@,paid
CKU-88215,J. Weber,3,Vuna Reef,pi_@@p3@@,deposit
CKU-88216,K. Tanaka,2,Rainbow Reef,,pending
''', p1=fakes.drawn(_seed(), 24), p2=fakes.drawn(_seed(), 24), p3=fakes.drawn(_seed(), 24))

add("blind-lq/terraform/decoy-random-password", "ivola-booking/infra/rds.tf", D_TF, '''resource "random_password" "db" {
  length  = 32
  special = false
}

resource "aws_db_instance" "ivola" {
  identifier        = "ivola-prod"
  engine            = "postgres"
  instance_class    = "db.t4g.small"
  allocated_storage = 20
  username          = "ivola"
  password          = random_password.db.result
}
''')

add("blind-lq/go/decoy-example-const", "ivola-booking/services/auth/token_test.go", D_GO, '''package auth

import "testing"

// Test-only secret; real one comes from IVOLA_JWT_SECRET.
const testSecret = "test-secret-do-not-use"

func TestSign(t *testing.T) {
	if _, err := Sign([]byte(testSecret), "diver-42"); err != nil {
		t.Fatal(err)
	}
}
''')

add("blind-lq/dockerfile/decoy-build-secret", "dovucoop/ledger/Dockerfile.secure", D_DOCKER, '''# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_url \\
    pip install --no-cache-dir --extra-index-url "$(cat /run/secrets/pip_index_url)" -r requirements.txt
COPY . .
CMD ["gunicorn", "ledger.wsgi:application", "-b", "0.0.0.0:8000"]
''')

add("blind-lq/powershell/decoy-get-credential", "dovucoop/it/Install-WeighbridgeAgent.v2.ps1", D_PS, '''# Install the weighbridge agent - asks for the service password (kakua ni volai ena script)
$ErrorActionPreference = "Stop"
$cred = Get-Credential -UserName "DOVU\\svc-weighbridge" -Message "Vosa vuni ni svc-weighbridge"
New-Service -Name "WbAgent" -BinaryPathName "C:\\Dovu\\WbAgent.exe" -Credential $cred
Start-Service WbAgent
Write-Host "Sa vakarautaki"
''')

add("blind-lq/kotlin/decoy-buildconfig", "dovucoop/field-app/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips", '''android {
    namespace = "fj.dovu.field"
    defaultConfig {
        applicationId = "fj.dovu.field"
        minSdk = 26
        // Key read from local.properties (not committed)
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_KEY") ?: ""}\\"")
    }
}
''')

add("blind-lq/ruby/decoy-credentials-enc", "ivola-booking-legacy/config/storage.yml", "https://guides.rubyonrails.org/active_storage_overview.html", '''amazon:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
  region: ap-southeast-2
  bucket: cakau-guest-photos

local:
  service: Disk
  root: <%= Rails.root.join("storage") %>
''')

add("blind-lq/log/decoy-request-ids", "dovucoop/logs/ledger-api.log", D_LOG, '''2026-05-21T09:00:01Z INFO request_id=@@r1@@ GET /payments/BA-10422 200
2026-05-21T09:00:02Z INFO request_id=@@r2@@ GET /payments/LTK-2210 200
2026-05-21T09:00:05Z WARN request_id=@@r3@@ POST /advances 409 already paid
2026-05-21T09:00:07Z INFO session=@@sess@@ user=mere logout
2026-05-21T09:01:00Z INFO sa oti na payment run 4
''', r1=uuid_s(), r2=uuid_s(), r3=uuid_s(), sess=hexs(16))

add("blind-lq/html/decoy-stripe-js", "cakau-web/public/pay.html", D_HTML, '''<!doctype html>
<html><head><script src="https://js.stripe.com/v3/"></script></head>
<body>
<h1>Sauma na deposit (pay your dive deposit)</h1>
<div id="card"></div>
<script>
  const stripe = Stripe("pk_live_@@pk@@");
  stripe.elements().create("card").mount("#card");
</script>
</body></html>
''', pk=fakes.drawn_mixed(_seed(), 24))

add("blind-lq/xml/decoy-placeholder-password", "cakau-ops/integrations/fiji-airways-agent.template.xml", D_XML, '''<?xml version="1.0" encoding="UTF-8"?>
<agentConfig>
  <endpoint>https://agents.example-airline.fj/ws/booking</endpoint>
  <agentCode>CAKAU01</agentCode>
  <username>cakau_agent</username>
  <password>${AGENT_PASSWORD}</password>
  <timeoutSeconds>30</timeoutSeconds>
</agentConfig>
''')

add("blind-lq/sql/decoy-grants", "dovucoop/db/migrations/0043_reporting_grants.sql", D_SQL, '''-- Role created by the DBA with a password from Vault; this migration only grants.
-- E sega ni vakacurumi na vosa vuni eke.
GRANT SELECT ON payments.fourth_payment TO tribunal_report;
GRANT SELECT ON payments.advances TO tribunal_report;
REVOKE ALL ON payments.bank_details FROM tribunal_report;
ALTER ROLE tribunal_report VALID UNTIL '2027-01-01';
''')

add("blind-lq/ini/decoy-git-config", "dovucoop/it/gitconfig", "https://git-scm.com/docs/git-config", '''[user]
    name = Mere Tikoisuva
    email = mere@dovucoop.org.fj
[credential]
    helper = manager
[url "https://github.com/dovucoop/"]
    insteadOf = dc:
''')

add("blind-lq/yaml/decoy-docker-compose-override", "cakau-ops/compose/queue.override.example.yml", D_COMPOSE, '''# Copy to queue.override.yml and put your own values
services:
  rabbit:
    environment:
      - RABBITMQ_DEFAULT_USER=ivola
      - RABBITMQ_DEFAULT_PASS=CHANGE_ME
''')

add("blind-lq/rst/decoy-api-docs", "ivola-booking/docs/api.rst", D_RST, '''Booking API
===========

Every request needs an API key in the ``Authorization`` header::

   curl -H "Authorization: Bearer $CAKAU_API_KEY" https://api.cakaudive.com.fj/v2/bookings

Keys look like ``cdk_live_<40 characters>``; ask the front desk manager for one.
Na key ni vakatovotovo (sandbox) e tekivu ena ``cdk_test_``.
''')

add("blind-lq/swift/decoy-keychain", "cakau-ios/CakauDive/Services/TokenStore.swift", D_SWIFT, '''import Security
import Foundation

// Na token ni diver e maroroi ena Keychain, sega ni ena code
enum TokenStore {
    static func save(_ token: String) {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrAccount as String: "ivola-token",
                                    kSecValueData as String: Data(token.utf8)]
        SecItemAdd(query as CFDictionary, nil)
    }
}
''')

add("blind-lq/csharp/decoy-configuration", "dovucoop/GrowerPortal/Program.cs", D_CS, '''var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddAzureKeyVault(new Uri("https://dovucoop-kv.vault.azure.net/"), new DefaultAzureCredential());

var cs = builder.Configuration.GetConnectionString("Growers");
builder.Services.AddDbContext<GrowersDb>(o => o.UseSqlServer(cs));

var app = builder.Build();
app.MapGet("/", () => "Bula vinaka - Dovu Growers");
app.Run();
''')

add("blind-lq/toml/decoy-cargo", "dovucoop/tonnage-cli/Cargo.toml", "https://doc.rust-lang.org/cargo/reference/manifest.html", '''[package]
name = "tonnage-cli"
version = "0.6.1"
edition = "2021"
description = "Pull mill weighbridge tickets for the Dovu Growers Co-operative"

[dependencies]
reqwest = { version = "0.12", features = ["blocking", "json"] }
serde = { version = "1", features = ["derive"] }
''')

add("blind-lq/markdown/decoy-rotation-log", "cakau-ops/wiki/secret-rotation.md", D_MD, '''# Secret rotation log

| Date       | Secret              | Who   | Where now                         |
|------------|---------------------|-------|-----------------------------------|
| 2026-01-10 | Stripe live key     | Litia | AWS SM `prod/ivola/stripe`        |
| 2026-03-02 | Mongo `ivola-app`   | Seru  | AWS SM `prod/ivola/mongo`         |
| 2026-05-03 | Channel manager     | Litia | 1Password "OTA channel"           |

Old values are revoked; na ivola oqo e sega ni tiko kina e dua na key.
''')

add("blind-lq/python/decoy-settings-example", "ivola-booking/ivola/settings/local.example.py", D_PY, '''from .base import *  # noqa

DEBUG = True
SECRET_KEY = "django-insecure-local-dev-only-change-me"
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
DATABASES["default"]["PASSWORD"] = ""  # local trust auth
''')

add("blind-lq/shell-history/decoy-history", "dovucoop/it/mere_bash_history", D_HIST, '''cd ~/ledger
git status
export LEDGER_DB_PASSWORD=$(pass show dovucoop/ledger-db)
python manage.py payment_run --season 2026 --round 4
history -c
exit
''')

add("blind-lq/yaml/decoy-gitlab-masked-vars", "dovucoop/field-app/.gitlab-ci.publish.yml", D_GLCI, '''publish:
  stage: publish
  image: node:20
  variables:
    NPM_CONFIG_REGISTRY: https://registry.npmjs.org/
  script:
    - echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
    - npm publish --access restricted
  only: [tags]
''')

# ---------------------------------------------------------------- secrets, third batch
add("blind-lq/yaml/spring-datasource", "ivola-booking-java/src/main/resources/application-prod.yml", D_JAVA, '''spring:
  datasource:
    url: jdbc:postgresql://db.cakaudive.internal:5432/ivola
    username: ivola_java
    password: @@s@@
  jpa:
    open-in-view: false
# Na veiqaravi ni booking (Java port)
''', rand_pw(18))

add("blind-lq/python/aws-boto-args", "cakau-ops/photos/upload.py", D_PY, '''"""Upload today's dive photos so guests can download them (iyaloyalo ni diving)."""
import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@s@@",
    region_name="ap-southeast-2",
)
s3.upload_file("today.zip", "cakau-guest-photos", "2026/05/03/today.zip")
''', (k := aws_pair())[1], kid=k[0])

add("blind-lq/env/gitlab-runner-token", "dovucoop/ci/runner.env", D_ENV, '''# GitLab runner on the Lautoka office server
CI_SERVER_URL=https://gitlab.com/
RUNNER_NAME=lautoka-office
REGISTRATION_TOKEN=
RUNNER_TOKEN=@@s@@
RUNNER_EXECUTOR=docker
''', "glrt-" + fakes.drawn_mixed(_seed(), 20, ALNUM + "_-"))

add("blind-lq/markdown/curl-command-token", "ivola-booking/docs/ops/refunds.md", D_MD, '''# Refunding a cancelled dive (cyclone days)

When a cyclone closes the Somosomo Strait, refund the deposit from the terminal:

```bash
curl https://api.stripe.com/v1/refunds \\
  -u @@s@@: \\
  -d payment_intent=pi_...
```

Vinaka - tukuna vei Litia ni sa oti.
''', stripe_key("rk_live_"))

add("blind-lq/php/api-key-array", "dovucoop/website/sms.php", D_PHP, '''<?php
// Harvest notices by SMS (Vodafone Fiji bulk gateway)
$config = [
    'endpoint' => 'https://bulksms.example-telco.com.fj/api/send',
    'sender'   => 'DOVUCOOP',
    'api_key'  => '@@s@@',
];
function send_notice($to, $text) { global $config; /* ... */ }
''', fakes.drawn_mixed(_seed(), 36))

add("blind-lq/yaml/k8s-configmap-password", "ivola-booking/deploy/k8s/configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", '''apiVersion: v1
kind: ConfigMap
metadata:
  name: ivola-config
  namespace: booking
data:
  TZ: Pacific/Fiji
  POS_DB_DSN: "host=10.8.0.12 dbname=pos user=ivola_reader password=@@s@@"
  BOAT_SEATS: "12"
''', rand_pw(14))

add("blind-lq/go/slack-webhook-split", "dovucoop/tools/tonnage-api/alerts.go", D_GO, '''package main

// Alerts when a mill stops sending tickets (e sega ni lako mai na ticket)
const webhook = "https://hooks.slack.com/services/" +
	"@@a@@" +
	"@@b@@"

func alert(msg string) error { return postJSON(webhook, map[string]string{"text": msg}) }
''', (w := slack_webhook()), a=w[len("https://hooks.slack.com/services/"):][:12], b=w[len("https://hooks.slack.com/services/") + 12:])

add("blind-lq/terraform/tfvars-password", "ivola-booking/infra/prod.tfvars", D_TF, '''region          = "ap-southeast-2"
instance_class  = "db.t4g.small"
db_username     = "ivola"
db_password     = "@@s@@"
backup_days     = 7
# Na backup e 7 na siga
''', words_pw())

add("blind-lq/ruby/stripe-initializer", "ivola-booking-legacy/config/initializers/stripe.rb", D_RB, '''# Deposits for dive packages
Rails.configuration.stripe = {
  publishable_key: "pk_live_@@pk@@",
  secret_key: "@@s@@"
}
Stripe.api_key = Rails.configuration.stripe[:secret_key]
''', stripe_key(), pk=fakes.drawn_mixed(_seed(), 24))

add("blind-lq/shell/export-token", "cakau-ops/scripts/deploy_web.sh", D_SH, '''#!/usr/bin/env bash
# Deploy cakau-web to Netlify from the office PC
set -e
export NETLIFY_AUTH_TOKEN=@@s@@
npm run build
npx netlify deploy --prod --dir=dist --site cakaudive
echo "Sa cabe na website"
''', "nfp_" + fakes.drawn_mixed(_seed(), 36))

add("blind-lq/json/vscode-settings-token", "dovucoop/.vscode/settings.json", "https://code.visualstudio.com/docs/getstarted/settings", '''{
  "python.defaultInterpreterPath": ".venv/bin/python",
  "editor.formatOnSave": true,
  "sqltools.connections": [
    {"name": "ledger", "driver": "PostgreSQL", "server": "ledger.dovucoop.internal",
     "port": 5432, "database": "cane", "username": "cane_ledger", "password": "@@s@@"}
  ]
}
''', words_pw())

add("blind-lq/csharp/stripe-const", "cakau-ops/KioskApp/Payments.cs", D_CS, '''namespace KioskApp;

// Front desk kiosk: pay for the dive on the tablet
public static class Payments
{
    public const string StripeKey = "@@s@@";
    public const string Currency = "fjd";
    public static string Thanks => "Vinaka vakalevu!";
}
''', stripe_key())

add("blind-lq/notes/whatsapp-export", "cakau-ops/notes/chat-export-dive-shop.txt", D_MD, '''[03/05/2026, 06:12] Seru: Bula! boat Vonu ready, 9 divers
[03/05/2026, 06:15] Litia: the booking site login for the new divemaster is seru.dm / @@s@@
[03/05/2026, 06:16] Seru: vinaka, will change it
[03/05/2026, 06:40] Ana: 2 no-shows, room 4
[03/05/2026, 07:30] Seru: sa lako na waqa
''', words_pw())

add("blind-lq/yaml/circleci-env", "cakau-web/.circleci/config.yml", "https://circleci.com/docs/configuration-reference/", '''version: 2.1
jobs:
  build:
    docker:
      - image: cimg/node:20.11
        auth:
          username: cakaudive
          password: @@s@@
    steps:
      - checkout
      - run: npm ci && npm run build
workflows:
  main: { jobs: [build] }
''', "dckr_pat_" + fakes.drawn_mixed(_seed(), 27, ALNUM + "_-"))

add("blind-lq/python/jwt-secret-dict", "dovucoop/member-api/settings.py", D_PY, '''"""Member API (growers check deliveries and payments on their phone)."""
JWT = {
    "ALGORITHM": "HS256",
    "SIGNING_KEY": "@@s@@",
    "ACCESS_TOKEN_LIFETIME_MINUTES": 30,
}
WELCOME = "Bula, lewe ni co-op!"
''', jwt_secret())

add("blind-lq/javascript/firebase-server-key", "ivola-booking/scripts/push_test.js", D_JS, '''// Old FCM HTTP API test (dive cancelled push)
const SERVER_KEY = "@@s@@";
fetch("https://fcm.googleapis.com/fcm/send", {
  method: "POST",
  headers: { Authorization: `key=${SERVER_KEY}`, "Content-Type": "application/json" },
  body: JSON.stringify({ to: "/topics/divers", notification: { title: "Diving cancelled", body: "Na cagi e kaukauwa" } }),
});
''', "AAAA" + fakes.drawn_mixed(_seed(), 7) + ":APA91b" + fakes.drawn_mixed(_seed(), 134, ALNUM + "_-"))

add("blind-lq/ini/supervisor-env", "dovucoop/deploy/supervisor/ledger.conf", "http://supervisord.org/configuration.html", '''[program:ledger]
command=/srv/ledger/.venv/bin/gunicorn ledger.wsgi -b 127.0.0.1:8000
directory=/srv/ledger
user=ledger
environment=DJANGO_SETTINGS_MODULE="ledger.settings.prod",LEDGER_DB_PASSWORD="@@s@@"
autorestart=true
''', rand_pw(20))

add("blind-lq/kotlin/jdbc-properties", "dovucoop/fund-bridge/src/main/kotlin/fj/dovu/fund/Db.kt", D_KT, '''package fj.dovu.fund

import java.sql.DriverManager

// Na database ni Fund (Oracle)
fun connect() = DriverManager.getConnection(
    "jdbc:oracle:thin:@fundbridge.dovucoop.local:1521/FUND",
    "FUND_BRIDGE",
    "@@s@@",
)
''', rand_pw(16, "#"))

add("blind-lq/html/embedded-token", "cakau-web/public/availability-widget.html", D_HTML, '''<!-- Availability widget pasted on partner sites -->
<div id="cakau-availability"></div>
<script>
  fetch("https://api.cakaudive.com.fj/v2/availability?site=rainbow-reef", {
    headers: { "Authorization": "Bearer @@s@@" }
  }).then(r => r.json()).then(d => {
    document.getElementById("cakau-availability").textContent = d.seats + " seats left - vinaka!";
  });
</script>
''', "cdk_live_" + fakes.drawn_mixed(_seed(), 40))

add("blind-lq/k8s-secret/dockerconfigjson", "ivola-booking/deploy/k8s/ghcr-pull.yaml", D_K8S, '''apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: booking
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
''', (t := fakes.github_token(_seed())), enc=b64(json.dumps({"auths": {"ghcr.io": {"username": "cakau-bot", "password": t, "auth": b64("cakau-bot:" + t)}}})))

add("blind-lq/sql/linked-server", "dovucoop/db/mssql/linked_fsc.sql", "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sp-addlinkedsrvlogin-transact-sql", '''-- Linked server to the FSC ticket database (read only)
EXEC sp_addlinkedserver @server = N'FSCLINK', @srvproduct = N'', @provider = N'SQLNCLI',
     @datasrc = N'fsc-link.dovucoop.local';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'FSCLINK', @useself = 'FALSE',
     @rmtuser = N'dovu_reader', @rmtpassword = N'@@s@@';
-- Vakadinadinataka ni rawa ni wilika
SELECT TOP 5 * FROM FSCLINK.Tickets.dbo.CaneTickets;
''', words_pw())

add("blind-lq/rust/db-url-const", "cakau-ops/tide-alerts/src/db.rs", D_RS, '''use sqlx::postgres::PgPoolOptions;

// Tide readings from the buoy off Waiyevo
const DATABASE_URL: &str = "postgres://tides:@@s@@@db.cakaudive.internal/tides";

pub async fn pool() -> sqlx::Result<sqlx::PgPool> {
    PgPoolOptions::new().max_connections(3).connect(DATABASE_URL).await
}
''', rand_pw(18))

add("blind-lq/powershell/psexec-password", "cakau-ops/scripts/Restart-Kiosks.ps1", D_PS, '''# Restart the front desk kiosks after the Windows update
$kiosks = @("KIOSK-1", "KIOSK-2")
foreach ($k in $kiosks) {
    & C:\\Tools\\PsExec.exe "\\\\$k" -u CAKAU\\kioskadmin -p "@@s@@" shutdown /r /t 0
}
Write-Host "Sa tekivu tale na kiosk"
''', words_pw())

add("blind-lq/yaml/netplan-wifi", "cakau-ops/boat-pi/netplan.yaml", "https://netplan.readthedocs.io/en/stable/netplan-yaml/", '''network:
  version: 2
  wifis:
    wlan0:
      dhcp4: true
      access-points:
        "CakauBoatNet":
          password: "@@s@@"
''', passphrase())

add("blind-lq/typescript/prisma-env-inline", "ivola-booking/prisma/seed.ts", D_TS, '''import { PrismaClient } from "@prisma/client";

// Seed dive sites (Rainbow Reef, Great White Wall, Vuna Reef)
const prisma = new PrismaClient({
  datasources: { db: { url: "postgresql://ivola:@@s@@@db.cakaudive.internal:5432/ivola" } },
});

await prisma.diveSite.createMany({ data: [{ name: "Rainbow Reef" }, { name: "Great White Wall" }] });
''', rand_pw(20))

add("blind-lq/dockerfile/arg-default-token", "dovucoop/field-app/Dockerfile", D_DOCKER, '''FROM node:20 AS build
ARG NPM_TOKEN=@@s@@
WORKDIR /app
COPY package*.json .npmrc ./
RUN npm ci
COPY . .
RUN npm run build
FROM nginx:alpine
COPY --from=build /app/dist /usr/share/nginx/html
''', npm_token())

add("blind-lq/env/twilio-auth", "cakau-ops/reminders/.env", D_ENV, '''# WhatsApp reminders to divers (Twilio)
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@s@@
TWILIO_WHATSAPP_FROM=whatsapp:+6797000222
REMINDER_HOUR=18
''', hexs(32), sid=twilio_sid())

add("blind-lq/notebook/aws-keys", "dovucoop/analysis/rainfall_vs_yield.ipynb", D_NB, json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Rainfall vs cane yield (Ba, Tavua)\n"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import boto3\n",
            "s3 = boto3.client('s3', aws_access_key_id='@@kid@@',\n",
            "                  aws_secret_access_key='@@s@@')\n",
            "obj = s3.get_object(Bucket='dovucoop-data', Key='rain/ba_2025.csv')"]},
    ],
    "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1), (k := aws_pair())[1], kid=k[0])

add("blind-lq/markdown/onboarding-wifi-admin", "cakau-ops/handbook/it-basics.md", D_MD, '''# IT basics (resort)

* Guest WiFi: **CakauGuest**, voucher from the front desk.
* Staff WiFi: **CakauStaff** - password `@@s@@` (staff only; kakua ni tukuna vei ira na vulagi).
* Printer: HP in the office, IP 192.168.10.30.
* Booking system: https://book.cakaudive.com.fj/staff (your own login).
''', passphrase())

add("blind-lq/python/private-key-paramiko", "dovucoop/tools/fsc_sftp_pull.py", D_PY, '''"""Pull the FSC cane ticket file over SFTP with the co-op's key."""
import io

import paramiko

KEY = """@@s@@"""

pkey = paramiko.Ed25519Key.from_private_key(io.StringIO(KEY))
transport = paramiko.Transport(("sftp.fsc-partner.example.fj", 22))
transport.connect(username="dovucoop_feed", pkey=pkey)
''', ssh_pem())

# ---------------------------------------------------------------- decoys, third batch
add("blind-lq/yaml/decoy-spring-placeholders", "ivola-booking-java/src/main/resources/application.yml", D_JAVA, '''spring:
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:5432/ivola
    username: ${DB_USER:ivola}
    password: ${DB_PASSWORD}
  jpa:
    open-in-view: false
''')

add("blind-lq/python/decoy-aws-default-chain", "cakau-ops/photos/upload_v2.py", D_PY, '''"""Upload dive photos - credentials from the instance role (no keys in code)."""
import boto3

s3 = boto3.client("s3", region_name="ap-southeast-2")
s3.upload_file("today.zip", "cakau-guest-photos", "2026/05/04/today.zip")
print("Sa vakau na iyaloyalo")
''')

add("blind-lq/env/decoy-blank-values", "cakau-ops/reminders/.env.example", D_ENV, '''# WhatsApp reminders to divers (Twilio) - fill in locally
TWILIO_ACCOUNT_SID=
TWILIO_AUTH_TOKEN=
TWILIO_WHATSAPP_FROM=whatsapp:+6797000222
REMINDER_HOUR=18
''')

add("blind-lq/markdown/decoy-curl-placeholder", "ivola-booking/docs/ops/refunds-v2.md", D_MD, '''# Refunding a cancelled dive

```bash
curl https://api.stripe.com/v1/refunds \\
  -u "$STRIPE_REFUND_KEY:" \\
  -d payment_intent=pi_XXXXXXXXXXXXXXXXXXXXXXXX
```

`STRIPE_REFUND_KEY` is in 1Password ("Stripe refunds"). Vinaka!
''')

add("blind-lq/php/decoy-sample-config", "cakau-site/wp-content/plugins/dive-deposit/config.sample.php", D_PHP, '''<?php
/* Copy to config.php and fill in the PayPal live app credentials */
return [
    'paypal' => [
        'mode' => 'sandbox',
        'client_id' => 'YOUR_CLIENT_ID',
        'client_secret' => 'YOUR_CLIENT_SECRET',
    ],
    'currency' => 'FJD',
];
''')

add("blind-lq/k8s/decoy-csi-secret-store", "dovucoop/deploy/k8s/secret-provider.yaml", "https://secrets-store-csi-driver.sigs.k8s.io/", '''apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: dovucoop-kv
  namespace: dovucoop
spec:
  provider: azure
  parameters:
    keyvaultName: dovucoop-kv
    tenantId: "@@t@@"
    objects: |
      array:
        - |
          objectName: ledger-db-password
          objectType: secret
''', t=uuid_s())

add("blind-lq/json/decoy-appsettings-dev", "dovucoop/GrowerPortal/appsettings.Development.json", D_CS, '''{
  "ConnectionStrings": {
    "Growers": "Server=(localdb)\\\\MSSQLLocalDB;Database=growers_dev;Trusted_Connection=True;"
  },
  "Portal": { "Title": "Dovu Growers (dev)", "DefaultMill": "LTK" },
  "Logging": { "LogLevel": { "Default": "Debug" } }
}
''')

add("blind-lq/yaml/decoy-openapi-example", "ivola-booking/docs/openapi.yaml", "https://spec.openapis.org/oas/v3.1.0", '''openapi: 3.1.0
info: {title: ivola-booking API, version: "2.0"}
components:
  securitySchemes:
    bearer:
      type: http
      scheme: bearer
      description: "An API key such as cdk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
security: [{bearer: []}]
paths: {}
''')

add("blind-lq/go/decoy-flag", "dovucoop/tools/archive/main_flags.go", D_GO, '''package main

import "flag"

// Keys come from the AWS profile; flags pick the bucket only.
var (
	bucket  = flag.String("bucket", "dovucoop-statements", "S3 bucket")
	profile = flag.String("profile", "dovucoop-archive", "AWS profile in ~/.aws/credentials")
)
''')

add("blind-lq/notes/decoy-otp-backup", "cakau-ops/notes/2fa.txt", D_MD, '''2FA for the resort accounts (Litia, 02/2026)

- Stripe, Shopify, Google Workspace: authenticator on the front desk phone (Samsung A14)
- Backup codes: printed, in the office safe (NOT typed here)
- If the phone is lost: call Litia, she has the recovery kit
Vinaka
''')

add("blind-lq/csv/decoy-tonnage", "dovucoop/exports/weekly_tonnage.csv", D_CSV, '''week,mill,sector,tonnes,ccs,ticket_batch_hash
2026-W19,RRW,Ba,14220.5,11.82,@@h1@@
2026-W19,LTK,Lautoka,11893.0,11.40,@@h2@@
2026-W19,LBS,Labasa,9901.2,10.95,@@h3@@
2026-W19,PNM,Penang,2210.8,11.10,@@h4@@
''', h1=hexs(40), h2=hexs(40), h3=hexs(40), h4=hexs(40))

add("blind-lq/html/decoy-recaptcha", "dovucoop/website/contact.html", D_HTML, '''<!doctype html>
<html><head><script src="https://www.google.com/recaptcha/api.js" async defer></script></head>
<body>
<h1>Veitaratara (Contact the co-op)</h1>
<form action="/contact" method="post">
  <textarea name="message"></textarea>
  <div class="g-recaptcha" data-sitekey="6Le@@k@@"></div>
  <button>Vakauta</button>
</form>
</body></html>
''', k=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("blind-lq/shell/decoy-vault-read", "dovucoop/scripts/nightly_export_vault.sh", D_SH, '''#!/usr/bin/env bash
# Export deliveries - password read from Vault at run time
set -euo pipefail
SQLPW=$(vault kv get -field=password secret/dovucoop/export_svc)
sqlcmd -S fsc-link.dovucoop.local -U export_svc -P "$SQLPW" -d Deliveries \\
  -Q "SELECT * FROM dbo.WeeklyTonnage" -o /srv/exports/deliveries.csv
unset SQLPW
''')

add("blind-lq/ruby/decoy-env-fetch", "dovucoop/member-portal/config/initializers/mailgun_env.rb", D_RB, '''# Mailgun for member statements - key from the environment
Mailgun.configure do |config|
  config.api_key = ENV.fetch("MAILGUN_API_KEY")
  config.api_host = "api.eu.mailgun.net"
end
MEMBER_DOMAIN = "mail.dovucoop.org.fj"
''')

add("blind-lq/typescript/decoy-env-schema", "ivola-booking/src/env.ts", D_TS, '''import { z } from "zod";

// Na ivakarau ni environment; values come from the platform, never from git
export const env = z.object({
  STRIPE_SECRET_KEY: z.string().startsWith("sk_"),
  DATABASE_URL: z.string().url(),
  OPENAI_API_KEY: z.string().min(20),
}).parse(process.env);
''')

add("blind-lq/yaml/decoy-pre-commit", "dovucoop/.pre-commit-config.yaml", "https://pre-commit.com/#plugins", '''repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
      - id: detect-private-key
  - repo: https://github.com/psf/black
    rev: 24.4.2
    hooks: [{id: black}]
''')

add("blind-lq/ini/decoy-aws-config-sso", "cakau-ops/laptop/aws-config", D_AWSCFG, '''[profile cakau-backup]
sso_session = cakau
sso_account_id = 381492650117
sso_role_name = BackupOperator
region = ap-southeast-2

[sso-session cakau]
sso_start_url = https://cakaudive.awsapps.com/start
sso_region = ap-southeast-2
''')

add("blind-lq/sql/decoy-api-key-hashes", "ivola-booking/db/sql/api_keys.sql", D_SQL, '''-- API keys are stored hashed (sha256); the key itself is shown once at creation.
CREATE TABLE api_keys (
  id uuid PRIMARY KEY,
  label text NOT NULL,
  prefix text NOT NULL,          -- e.g. 'cdk_live_7Hq2'
  key_sha256 char(64) NOT NULL
);
INSERT INTO api_keys VALUES ('@@u@@', 'kiosk-1', 'cdk_live_7Hq2', '@@h@@');
''', u=uuid_s(), h=sha256ish())

add("blind-lq/markdown/decoy-public-ssh-keys", "dovucoop/docs/access.md", D_MD, '''# Server access (Lautoka)

Add your **public** key to `authorized_keys` through the ansible repo:

```
@@k@@ mere@dovucoop
```

Na private key e tiko ga ena nomu laptop. Never send it to anyone.
''', k=pubkey())

add("blind-lq/swift/decoy-info-plist", "cakau-ios/CakauDive/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", '''<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>CFBundleDisplayName</key><string>Cakau Dive</string>
  <key>BookingAPIKey</key><string>$(BOOKING_API_KEY)</string>
  <key>NSCameraUsageDescription</key><string>Take photos of fish for your dive log</string>
</dict>
</plist>
''')

add("blind-lq/java/decoy-system-getenv", "ivola-booking-java/src/main/java/fj/cakau/mail/MailConfigEnv.java", D_JAVA, '''package fj.cakau.mail;

public final class MailConfigEnv {
    // Na vosa vuni e lako mai na environment
    static final String USER = "confirm@cakaudive.com.fj";
    static final String PASS = System.getenv("SMTP_PASSWORD");

    private MailConfigEnv() {}
}
''')

add("blind-lq/log/decoy-deploy-log", "ivola-booking/logs/deploy-2026-05-12.log", D_LOG, '''[12:01:03] Building image ghcr.io/cakaudive/ivola-booking:3.8.1
[12:01:40] digest sha256:@@d@@
[12:01:41] Loading secrets from AWS Secrets Manager: prod/ivola/stripe ... ok (value hidden)
[12:01:42] Loading secrets from AWS Secrets Manager: prod/ivola/mongo ... ok (value hidden)
[12:02:10] Rollout complete - sa cabe
''', d=sha256ish())

add("blind-lq/terraform/decoy-ssm-data", "dovucoop/infra/ssm.tf", D_TF, '''data "aws_ssm_parameter" "ledger_db_password" {
  name            = "/dovucoop/ledger/db_password"
  with_decryption = true
}

module "ledger" {
  source      = "./modules/ledger"
  db_password = data.aws_ssm_parameter.ledger_db_password.value
}
''')

add("blind-lq/notebook/decoy-getpass", "cakau-ops/analysis/occupancy.ipynb", D_NB, json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Occupancy and dives per month\n"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import getpass, sqlalchemy as sa\n",
            "pw = getpass.getpass('Vosa vuni ni metabase: ')\n",
            "engine = sa.create_engine(f'postgresql://metabase:{pw}@replica.cakaudive.internal/ivola')"]},
    ],
    "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1))

add("blind-lq/compose/decoy-healthcheck", "cakau-ops/compose/monitoring.yml", D_COMPOSE, '''services:
  grafana:
    image: grafana/grafana:11.0.0
    environment:
      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin
      GF_SERVER_ROOT_URL: https://grafana.cakaudive.com.fj
    secrets: [grafana_admin]
secrets:
  grafana_admin:
    external: true
''')

add("blind-lq/kotlin/decoy-test-token", "dovucoop/field-app/app/src/test/java/fj/dovu/field/ApiTest.kt", D_KT, '''package fj.dovu.field

import org.junit.Test

class ApiTest {
    // Fake credentials for the mock server only
    private val fakeAuth = "Basic ZmFrZTpmYWtl"

    @Test fun buildsHeader() { assert(estimateRequest("http://localhost/").header("Authorization") != null) }
}
''')

add("blind-lq/rst/decoy-install", "dovucoop/cane-calc/README.rst", D_RST, '''cane-calc
=========

Cane payment calculator for the Dovu Growers Co-operative (na iwiliwili ni iyau ni dovu).

Releasing::

   python -m build
   twine upload dist/*    # uses the token in your own ~/.pypirc or TWINE_PASSWORD

Never put the PyPI token in this repository.
''')

add("blind-lq/javascript/decoy-masked-config", "cakau-ops/reminders/print_config.js", D_JS, '''// Print the reminder config with secrets masked (for support tickets)
const mask = (v) => (v ? v.slice(0, 4) + "..." + v.slice(-2) : "(unset)");

console.log({
  sid: mask(process.env.TWILIO_ACCOUNT_SID),
  token: mask(process.env.TWILIO_AUTH_TOKEN),
  from: process.env.TWILIO_WHATSAPP_FROM,
});
''')

add("blind-lq/yaml/decoy-ci-dummy-db", "ivola-booking/.github/workflows/test.yml", D_GHA, '''name: test
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
        ports: ["5432:5432"]
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt && pytest -q
        env:
          DATABASE_URL: postgres://postgres:postgres@localhost:5432/postgres
''')

add("blind-lq/powershell/decoy-secret-management", "cakau-ops/scripts/Backup-Photos.v2.ps1", D_PS, '''# Copy dive photos to Azure Blob - key from the SecretManagement vault
$key = Get-Secret -Name "cakau-photos-key" -AsPlainText -Vault CakauVault
$ctx = New-AzStorageContext -StorageAccountName "cakaudivephotos" -StorageAccountKey $key
Get-ChildItem D:\\Photos\\Today | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container "guests" -Context $ctx
}
''')

# ---------------------------------------------------------------- last secrets
add("blind-lq/shell/helm-set-password", "ivola-booking/deploy/install.sh", D_SH, '''#!/usr/bin/env bash
# Install ivola-booking on the new cluster (Seru, 2026-05)
set -euo pipefail
helm repo add bitnami https://charts.bitnami.com/bitnami
helm upgrade --install ivola ./deploy/helm -n booking --create-namespace \\
  -f deploy/helm/values-staging.yaml \\
  --set redis.auth.password=@@s@@
kubectl -n booking rollout status deploy/ivola
''', fakes.redis_password(_seed()))

add("blind-lq/wiki/fijian-note-password", "dovucoop/wiki/Labasa-Office.md", D_MD, '''# Labasa Office

Na office e tu ena Nasekula Road, Labasa. Na kompiuta ni weighbridge e rua.

## Curu ki na kompiuta
Na yaca ni kompiuta: `LBS-WB-01`. Curu ena `DOVU\\wbclerk`.
Na vosa vuni e @@s@@ - kakua ni wasea vei ira tani.

## Printer
Epson ena loma ni rumu ni iyau (cash room).
''', words_pw())

add("blind-lq/yaml/decoy-k8s-tls-public-cert", "cakau-ops/k8s/ingress-tls-note.yaml", D_K8S, '''# TLS for book.cakaudive.com.fj is issued by cert-manager (Let's Encrypt);
# the private key never leaves the cluster.
apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: book-cakaudive
  namespace: booking
spec:
  secretName: book-cakaudive-tls
  dnsNames: [book.cakaudive.com.fj]
  issuerRef: {name: letsencrypt-prod, kind: ClusterIssuer}
''')

assert _SEED[0] < SEED_END
