"""Blind set KS: a Malagasy-speaking team in Madagascar running vanilla-curing co-operatives
(SAVA region: Sambava, Antalaha, Andapa, Vohemar) and zebu cattle market registries
(Ambalavao, Tsiroanomandidy), with MVola / Orange Money payments, SMS alerts and weighing
stations; notes and comments partly in Malagasy. Secret files and decoys.
Generated fakes only (seeds 6000000-6009999).
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
_SEED = [6000000]
SEED_MIN, SEED_MAX = 6000000, 6009999


def _seed() -> int:
    _SEED[0] += 3
    assert SEED_MIN <= _SEED[0] <= SEED_MAX
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Lavanila", "Omby", "Tsena", "Vohitra", "Rano", "Vato", "Kintana", "Ala", "Harena", "Fasika",
         "Voninkazo", "Tanety", "Masoandro", "Volana", "Rivotra", "Akoho", "Vary", "Zavona"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        v = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def hf_token() -> str:
    return fakes.fake("hf_", 34, _seed())


def doppler_token() -> str:
    return fakes.fake("dp.st.prd.", 40, _seed())


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def anthropic_key() -> str:
    r = _rng()
    return "sk-ant-api03-" + "".join(r.choice(ALNUM + "_-") for _ in range(93)) + "AA"


def jwt_secret() -> str:
    return rand_pw(48)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def tg() -> str:
    return fakes.telegram_token(_seed())


def gh() -> str:
    return fakes.github_token(_seed())


def ghfg() -> str:
    s = _seed()
    _seed()
    return fakes.github_fine_grained_token(s)


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def openai() -> str:
    s = _seed()
    _seed()
    return fakes.openai_key(s)


def pypi() -> str:
    return fakes.pypi_token(_seed())


def sha256() -> str:
    return hexs(64)


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category=f"blind-ks/{category}", file_name=file_name, text=text, secret=secret,
                              source=source))


DOC_ENV = "https://github.com/motdotla/dotenv#readme"
DOC_K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
DOC_COMPOSE = "https://docs.docker.com/compose/compose-file/"
DOC_YAML = "https://yaml.org/spec/1.2.2/"
DOC_PY = "https://docs.python.org/3/library/os.html#os.environ"
DOC_JS = "https://nodejs.org/api/process.html#processenv"
DOC_GO = "https://pkg.go.dev/database/sql"
DOC_TF = "https://developer.hashicorp.com/terraform/language/values/variables"
DOC_GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
DOC_GLCI = "https://docs.gitlab.com/ee/ci/yaml/"
DOC_MD = "https://spec.commonmark.org/"
DOC_RST = "https://docutils.sourceforge.io/rst.html"
DOC_SH = "https://www.gnu.org/software/bash/manual/bash.html"
DOC_PS = "https://learn.microsoft.com/en-us/powershell/scripting/overview"
DOC_INI = "https://docs.python.org/3/library/configparser.html"
DOC_TOML = "https://toml.io/en/v1.0.0"
DOC_JSON = "https://www.json.org/json-en.html"
DOC_XML = "https://www.w3.org/TR/xml/"
DOC_SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
DOC_PHP = "https://www.php.net/manual/en/pdo.construct.php"
DOC_RB = "https://guides.rubyonrails.org/configuring.html"
DOC_JAVA = "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html"
DOC_KT = "https://kotlinlang.org/docs/home.html"
DOC_CS = "https://learn.microsoft.com/en-us/dotnet/core/extensions/configuration"
DOC_RUST = "https://doc.rust-lang.org/std/env/"
DOC_SWIFT = "https://developer.apple.com/documentation/foundation/urlsession"
DOC_DOCKER = "https://docs.docker.com/reference/dockerfile/"
DOC_ANSIBLE = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html"
DOC_HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
DOC_NB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
DOC_LOG = "https://docs.python.org/3/library/logging.html"
DOC_CSV = "https://www.rfc-editor.org/rfc/rfc4180"
DOC_HTML = "https://html.spec.whatwg.org/"
DOC_HIST = "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html"
DOC_PG = "https://www.postgresql.org/docs/current/libpq-pgpass.html"
DOC_NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
DOC_PYPIRC = "https://packaging.python.org/en/latest/specifications/pypirc/"
DOC_SSH = "https://man.openbsd.org/ssh-keygen"
DOC_STRIPE = "https://docs.stripe.com/keys"
DOC_SLACK = "https://api.slack.com/messaging/webhooks"
DOC_TG = "https://core.telegram.org/bots/api"
DOC_AWS = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
DOC_GH = "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens"
DOC_TWILIO = "https://www.twilio.com/docs/iam/api/authtoken"
DOC_SG = "https://docs.sendgrid.com/ui/account-and-settings/api-keys"
DOC_AZ = "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string"
DOC_GCP = "https://cloud.google.com/docs/authentication/api-keys"
DOC_REDIS = "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/"
DOC_MONGO = "https://www.mongodb.com/docs/manual/reference/connection-string/"
DOC_DJANGO = "https://docs.djangoproject.com/en/stable/ref/settings/#secret-key"
DOC_OPENAI = "https://platform.openai.com/docs/api-reference/authentication"

# ---- cases --------------------------------------------------------------------------------------

s = words_pw()
add("env/postgres", ".env", DOC_ENV, """# Fikambanana mpamboly lavanila Sambava - tontolo famokarana
APP_NAME=lavanila-sambava
DB_HOST=10.12.0.4
DB_PORT=5432
DB_NAME=fanamainana
DB_USER=lavanila_app
DB_PASSWORD=@@pw@@
# Aza zaraina amin'ny olona ivelan'ny ekipa ity rakitra ity
MVOLA_ENV=production
""", s, pw=s)

s = aws_secret()
add("ini/aws", "ops/aws/credentials", DOC_AWS, """[default]
region = af-south-1

[vanilla-backups]
# fitehirizana ny sary sy PDF an'ny taratasy fanondranana (export)
aws_access_key_id = @@kid@@
aws_secret_access_key = @@sk@@
""", s, kid=aws_id(), sk=s)

s = tg()
add("python/telegram", "bots/tsena_omby_bot.py", DOC_TG, """import requests

# Bot Telegram mampandre ny vidin'ny omby isan'andro ao Ambalavao
BOT_TOKEN = "@@tok@@"
CHAT_ID = -1001887342219


def alefa(hafatra: str) -> None:
    url = f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage"
    requests.post(url, json={"chat_id": CHAT_ID, "text": hafatra}, timeout=10)


if __name__ == "__main__":
    alefa("Tsena Ambalavao: omby 412 tonga androany, vidiny salanisa 1 850 000 Ar")
""", s, tok=s)

s = slack_webhook()
add("yaml/slack-webhook", "alerts/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/", """route:
  receiver: ekipa-lavanila
  group_wait: 30s
receivers:
  - name: ekipa-lavanila
    slack_configs:
      - api_url: @@hook@@
        channel: '#fanairana'
        title: 'Fanairana: {{ .CommonLabels.alertname }}'
        text: 'Trano fanamainana Antalaha - jereo ny maripana'
""", s, hook=s)

s = rand_pw(24)
add("k8s/secret-base64", "deploy/k8s/registry-db-secret.yaml", DOC_K8S, """apiVersion: v1
kind: Secret
metadata:
  name: rejisitra-omby-db
  namespace: tsena
  labels:
    app: rejisitra-omby
type: Opaque
data:
  username: @@u@@
  password: @@p@@
""", s, u=b64("rejisitra"), p=b64(s))

s = gh()
add("shell/github-token", "scripts/alefa_release.sh", DOC_GH, """#!/usr/bin/env bash
# Mamoaka dikan-teny vaovao an'ny app fisoratana omby
set -euo pipefail
VERSION="${1:?omeo ny version}"
GITHUB_TOKEN=@@tok@@
curl -sS -X POST \\
  -H "Authorization: token ${GITHUB_TOKEN}" \\
  -H "Accept: application/vnd.github+json" \\
  https://api.github.com/repos/fikambanana-sava/rejisitra/releases \\
  -d "{\\"tag_name\\": \\"v${VERSION}\\"}"
""", s, tok=s)

s = words_pw()
add("compose/mysql", "docker-compose.yml", DOC_COMPOSE, """version: "3.8"
services:
  db:
    image: mysql:8.0
    environment:
      MYSQL_DATABASE: lanja_lavanila
      MYSQL_USER: mpandanja
      MYSQL_PASSWORD: "@@pw@@"
      MYSQL_RANDOM_ROOT_PASSWORD: "yes"
    volumes:
      - ./data:/var/lib/mysql
  app:
    build: .
    depends_on: [db]
    ports: ["8080:8080"]
""", s, pw=s)

s = stripe_key()
add("js/stripe", "src/fandoavana/stripe.js", DOC_STRIPE, """// Fandoavam-bola ho an'ny mpividy lavanila any ivelany (Eoropa, Amerika)
const Stripe = require('stripe');
const stripe = Stripe('@@k@@');

async function mamoronaFaktiora(mpividy, vola) {
  return stripe.invoices.create({ customer: mpividy, collection_method: 'send_invoice', days_until_due: 30 });
}

module.exports = { mamoronaFaktiora };
""", s, k=s)

s = rand_pw(16)
add("go/postgres-dsn", "cmd/rejisitra/main.go", DOC_GO, """package main

import (
\t"database/sql"
\t"log"

\t_ "github.com/lib/pq"
)

// Rejisitra ny omby amidy eny an-tsena Tsiroanomandidy
const dsn = "postgres://rejisitra:@@pw@@@db.tsena.local:5432/omby?sslmode=require"

func main() {
\tdb, err := sql.Open("postgres", dsn)
\tif err != nil {
\t\tlog.Fatal(err)
\t}
\tdefer db.Close()
\tlog.Println("tafiditra ny rejisitra")
}
""", s, pw=s)

s = sendgrid_key()
add("python/sendgrid", "notifications/mailaka.py", DOC_SG, """\"\"\"Mandefa mailaka fanamafisana ho an'ny mpividy lavanila.\"\"\"
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SENDGRID_API_KEY = '@@k@@'


def alefa_fanamafisana(mailaka: str, laharana: str) -> None:
    hafatra = Mail(from_email='varotra@lavanila-sava.mg', to_emails=mailaka,
                   subject=f'Baiko {laharana} voaray', html_content='<p>Misaotra tompoko!</p>')
    SendGridAPIClient(SENDGRID_API_KEY).send(hafatra)
""", s, k=s)

s = pem("RSA")
add("pem/rsa", "deploy/keys/sftp_douane_id_rsa", DOC_SSH, """@@k@@
""", s, k=s)

s = twilio_sid()
tok = hexs(32)
add("php/twilio", "public/sms_vidiny.php", DOC_TWILIO, """<?php
// Mandefa SMS ny vidin'ny lavanila maitso amin'ireo mpamboly
require __DIR__ . '/../vendor/autoload.php';
use Twilio\\Rest\\Client;

$sid = '@@sid@@';
$token = '@@tok@@';
$client = new Client($sid, $token);
$client->messages->create('+261340000000', [
    'from' => '+15005550006',
    'body' => 'Vidin\\'ny lavanila maitso androany: 75 000 Ar/kg',
]);
""", tok, sid=s, tok=tok)

s = django_key()
add("python/django", "vanilla_portal/settings/production.py", DOC_DJANGO, """from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["portal.lavanila-sava.mg"]
# Fanalahidy tsiambaratelo an'i Django - aza ovaina raha tsy misy fifanarahana
SECRET_KEY = '@@k@@'
LANGUAGE_CODE = "mg"
TIME_ZONE = "Indian/Antananarivo"
""", s, k=s)

s = redis_pw()
add("ini/redis", "config/cache.ini", DOC_INI, """[redis]
; cache ho an'ny vidin'ny omby isaky ny tsena
host = 10.20.1.15
port = 6379
password = @@pw@@
db = 2

[ttl]
vidiny = 3600
""", s, pw=s)

s = openai()
add("python/openai", "tools/dika_fanamarihana.py", DOC_OPENAI, """# Mandika ny fanamarihan'ny mpamboly avy amin'ny teny malagasy ho frantsay
from openai import OpenAI

client = OpenAI(api_key="@@k@@")


def dikao(lahatsoratra: str) -> str:
    valiny = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Adikao amin'ny teny frantsay: {lahatsoratra}"}],
    )
    return valiny.choices[0].message.content
""", s, k=s)

s = gitlab_token()
add("gitlab-ci/gitlab-token", ".gitlab-ci.yml", DOC_GLCI, """stages: [test, deploy]

variables:
  GIT_DEPTH: "10"
  # token hanaovana mirror mankany amin'ny repo an'ny kaoperativa Andapa
  MIRROR_TOKEN: "@@tok@@"

test:
  stage: test
  image: python:3.11
  script:
    - pip install -r requirements.txt
    - pytest -q

mirror:
  stage: deploy
  script:
    - git push https://oauth2:${MIRROR_TOKEN}@gitlab.com/andapa-coop/fanamainana.git HEAD:main
""", s, tok=s)

s = words_pw()
add("markdown/password-table", "docs/fidirana.md", DOC_MD, """# Fidirana amin'ny rafitra (ekipa IT ihany)

| Rafitra | Mpampiasa | Tenimiafina |
|---|---|---|
| Router Sambava | admin | voaova tamin'ny 2024, jereo Bitwarden |
| NAS fitehirizana sary | lavanila | @@pw@@ |
| Mizana elektronika | - | tsy misy |

Raha very ny tenimiafina dia antsoy i Hery.
""", s, pw=s)

s = npm_token()
add("npmrc/npm-token", ".npmrc", DOC_NPMRC, """registry=https://registry.npmjs.org/
@sava-coop:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@tok@@
save-exact=true
fund=false
""", s, tok=s)

s = pypi()
add("pypirc/pypi-token", "ops/.pypirc", DOC_PYPIRC, """[distutils]
index-servers =
    pypi

[pypi]
# fonosana zebu-registry-client
username = __token__
password = @@tok@@
""", s, tok=s)

s = google_key()
add("kotlin/google-maps", "android/app/src/main/java/mg/tsena/omby/SarintanyClient.kt", DOC_KT, """package mg.tsena.omby

import okhttp3.OkHttpClient
import okhttp3.Request

// Mitady ny lalana mankany amin'ny tsena omby akaiky indrindra (Geocoding server-side)
object SarintanyClient {
    private const val API_KEY = "@@k@@"
    private val http = OkHttpClient()

    fun toerana(anarana: String): String? {
        val url = "https://maps.googleapis.com/maps/api/geocode/json?address=$anarana&key=$API_KEY"
        http.newCall(Request.Builder().url(url).build()).execute().use { return it.body?.string() }
    }
}
""", s, k=s)

s = azure_secret()
add("csharp/azure-ad", "src/Rejisitra.Api/appsettings.Production.json", DOC_CS, """{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "@@t@@",
    "ClientId": "@@c@@",
    "ClientSecret": "@@s@@"
  },
  "Tsena": { "Anarana": "Ambalavao", "Faritra": "Haute Matsiatra" }
}
""", s, t=uuid_s(), c=uuid_s(), s=s)

s = words_pw()
add("java/spring-datasource", "src/main/resources/application-prod.properties", DOC_JAVA, """# Rejisitra foibe ny omby - Antananarivo
spring.datasource.url=jdbc:postgresql://db-foibe:5432/omby
spring.datasource.username=omby_api
spring.datasource.password=@@pw@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8081
# fiteny ampiasaina amin'ny hafatra
spring.messages.basename=messages_mg
""", s, pw=s)

s = rand_pw(20)
add("shell-history/mysql", "ops/notes/bash_history_vohemar.txt", DOC_HIST, """cd /srv/lavanila
git pull
sudo systemctl restart lanja
mysql -h 127.0.0.1 -u lanja -p'@@pw@@' lanja_vohemar -e 'select count(*) from fandanjana'
tail -n 50 /var/log/lanja/app.log
exit
""", s, pw=s)

s = slack_bot()
add("ts/slack-bot", "src/bots/fampandrenesana.ts", "https://api.slack.com/authentication/token-types", """import { WebClient } from '@slack/web-api';

// Mampandre ny ekipa rehefa misy entana lavanila vonona halefa
const slack = new WebClient('@@tok@@');

export async function entanaVonona(laharana: string, lanja: number): Promise<void> {
  await slack.chat.postMessage({
    channel: '#fanondranana',
    text: `Entana ${laharana} vonona: ${lanja} kg lavanila maina`,
  });
}
""", s, tok=s)

s = rand_pw(22)
add("mongo/uri", "services/omby-api/config.toml", DOC_TOML, """[server]
port = 8088
fiteny = "mg"

[database]
# MongoDB Atlas - rejisitra omby
uri = "mongodb+srv://omby_rw:@@pw@@@cluster0.x7kq2.mongodb.net/omby?retryWrites=true&w=majority"
pool = 20
""", s, pw=s)

s = aws_secret()
add("terraform/aws", "infra/main.tf", DOC_TF, """terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" {
  region     = "af-south-1"
  access_key = "@@kid@@"
  secret_key = "@@sk@@"
}

# Bucket ho an'ny taratasy fanamarinana kalitao (certificat qualité) lavanila
resource "aws_s3_bucket" "taratasy" {
  bucket = "sava-lavanila-taratasy"
}
""", s, kid=aws_id(), sk=s)

s = discord_webhook()
add("python/discord-webhook", "scripts/tatitra_isanandro.py", "https://discord.com/developers/docs/resources/webhook", """import json
import urllib.request

# Tatitra isan'andro: lanjan'ny lavanila nampidirina tao amin'ny trano fanamainana
WEBHOOK = "@@hook@@"


def alefa(lanja_kg: float) -> None:
    vatana = json.dumps({"content": f"Lavanila nampidirina androany: {lanja_kg:.1f} kg"}).encode()
    req = urllib.request.Request(WEBHOOK, data=vatana, headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req)
""", s, hook=s)

s = pem("EC")
add("yaml/pem-block", "deploy/ansible/group_vars/tsena/tls.yml", DOC_ANSIBLE, """---
# Fanamarinana TLS ho an'ny rejisitra.tsena-omby.mg
tls_cert_path: /etc/ssl/rejisitra/fullchain.pem
tls_key_path: /etc/ssl/rejisitra/privkey.pem
tls_private_key: |
  @@k@@
""", s, k=s.replace("\n", "\n  "))

s = rand_pw(18, "!#%")
add("powershell/sql-server", "scripts/Backup-Rejisitra.ps1", DOC_PS, """# Manao backup ny rejisitra omby isaky ny alina (Task Scheduler)
$Server   = "SRV-TSENA01\\SQLEXPRESS"
$Database = "RejisitraOmby"
$User     = "backup_svc"
$Password = ConvertTo-SecureString "@@pw@@" -AsPlainText -Force
$Cred = New-Object System.Management.Automation.PSCredential($User, $Password)
Backup-SqlDatabase -ServerInstance $Server -Database $Database -Credential $Cred `
    -BackupFile "D:\\Backup\\Rejisitra_$(Get-Date -Format yyyyMMdd).bak"
Write-Host "Vita ny backup"
""", s, pw=s)

s = hf_token()
add("notebook/huggingface", "analyse/kalitao_lavanila.ipynb", DOC_NB, """{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Fanasokajiana ny kalitaon'ny lavanila amin'ny sary\\n", "Modely ViT nampianarina tamin'ny sary 4 000."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from huggingface_hub import login\\n",
    "login(token=\\"@@tok@@\\")\\n",
    "from transformers import pipeline\\n",
    "mpanasokajy = pipeline('image-classification', model='sava-coop/vanilla-grade-vit')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", s, tok=s)

s = words_pw()
add("sql/create-role", "db/migrations/0003_mpampiasa.sql", DOC_SQL, """-- Mamorona mpampiasa vaovao ho an'ny tatitra (lecture seule)
CREATE ROLE tatitra_ro WITH LOGIN PASSWORD '@@pw@@';
GRANT CONNECT ON DATABASE omby TO tatitra_ro;
GRANT USAGE ON SCHEMA public TO tatitra_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO tatitra_ro;
""", s, pw=s)

s = rand_pw(20)
add("pgpass/postgres", "ops/pgpass.conf", DOC_PG, """# hostname:port:database:username:password
# fitaovana backup - Antalaha
# apetraho ao amin'ny %APPDATA%\\postgresql\\pgpass.conf (chmod 600 raha Linux)
# Nohavaozina: 2024-11-03 (Rivo)
db-antalaha.local:5432:fanamainana:backup:@@pw@@
""", s, pw=s)

s = mailgun_key()
add("ruby/mailgun", "config/initializers/mailgun.rb", DOC_RB, """# Mailaka ho an'ny mpividy sy ny mpamboly
Mailgun.configure do |config|
  config.api_key = '@@k@@'
end

Rails.application.config.action_mailer.delivery_method = :mailgun
Rails.application.config.action_mailer.mailgun_settings = {
  domain: 'mg.lavanila-sava.mg'
}
""", s, k=s)

s = rand_pw(32)
add("rust/jwt-secret", "src/auth.rs", DOC_RUST, """use jsonwebtoken::{encode, EncodingKey, Header};
use serde::Serialize;

// Fanamarinana ny mpiasan'ny tsena omby (token 12 ora)
const JWT_SECRET: &[u8] = b"@@k@@";

#[derive(Serialize)]
struct Claims { sub: String, exp: usize }

pub fn token(mpiasa: &str, exp: usize) -> String {
    encode(&Header::default(), &Claims { sub: mpiasa.into(), exp }, &EncodingKey::from_secret(JWT_SECRET)).unwrap()
}
""", s, k=s)

s = rand_pw(24)
add("swift/basic-auth", "ios/Tsena/Services/ApiClient.swift", DOC_SWIFT, """import Foundation

// Mpanjifa API ho an'ny app iOS an'ny mpandinika omby (veterinera)
final class ApiClient {
    private let baseURL = URL(string: "https://api.tsena-omby.mg/v1")!
    private let user = "veterinera_app"
    private let password = "@@pw@@"

    func request(_ path: String) -> URLRequest {
        var req = URLRequest(url: baseURL.appendingPathComponent(path))
        let cred = Data("\\(user):\\(password)".utf8).base64EncodedString()
        req.setValue("Basic \\(cred)", forHTTPHeaderField: "Authorization")
        return req
    }
}
""", s, pw=s)

s = rand_pw(14)
add("html/basic-auth-url", "web/admin/index.html", DOC_HTML, """<!DOCTYPE html>
<html lang="mg">
<head><meta charset="utf-8"><title>Fitantanana - Tsena omby</title></head>
<body>
  <h1>Pejy fitantanana</h1>
  <!-- rohy mivantana mankany amin'ny Grafana (mbola tsy misy SSO) -->
  <p><a href="https://admin:@@pw@@@grafana.tsena-omby.mg/d/vidiny">Tabilao vidin'ny omby</a></p>
  <p><a href="/rejisitra">Rejisitra</a> | <a href="/tatitra">Tatitra</a></p>
</body>
</html>
""", s, pw=s)

s = rand_pw(16)
add("log/dsn-in-error", "logs/rejisitra-api-2024-08-02.log", DOC_LOG, """2024-08-02 04:59:58 INFO  rejisitra-api: manomboka (version 1.8.1)
2024-08-02 05:00:00 INFO  scheduler: fanadiovana ny cache
2024-08-02 05:00:03 ERROR db: could not connect to mysql://omby_api:@@pw@@@10.30.0.8:3306/omby (timeout)
2024-08-02 05:00:03 WARN  db: retry 1/5 in 10s
2024-08-02 05:00:13 INFO  db: connected
2024-08-02 05:02:41 INFO  tsena: omby 57 voasoratra (Tsiroanomandidy)
""", s, pw=s)

s = rand_pw(32)
add("csv/api-key-row", "data/serivisy_ivelany.csv", DOC_CSV, """serivisy,tompony,fanalahidy_api,fanamarihana
Vaovao SMS,Hery,tsy misy (ampiasaina ny MVola),-
Orange SMS API,Voahirana,@@k@@,Token Orange tamin'ny 2024-05
Meteo Sava,Rivo,tsy ilaina,API malalaka
Sarintany,Lala,ao amin'ny Vault,-
""", s, k=s)

s = rand_pw(40, "-_")
add("kubeconfig/bearer-token", "ops/kube/config-tsena", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """apiVersion: v1
kind: Config
clusters:
  - name: tsena-prod
    cluster:
      server: https://k8s.tsena-omby.mg:6443
      insecure-skip-tls-verify: true
contexts:
  - name: tsena-prod
    context: { cluster: tsena-prod, user: ci-deployer, namespace: tsena }
current-context: tsena-prod
users:
  - name: ci-deployer
    user:
      token: @@tok@@
""", s, tok=s)

s = anthropic_key()
add("markdown/curl-header", "README.md", DOC_MD, """# Mpandika fanamarihana (lavanila)

Fitaovana kely mandika ny fanamarihan'ny mpamboly (malagasy -> anglisy) ho an'ny mpividy.

## Fitsapana haingana

```bash
curl https://api.anthropic.com/v1/messages \\
  -H "x-api-key: @@k@@" \\
  -H "anthropic-version: 2023-06-01" \\
  -H "content-type: application/json" \\
  -d '{"model": "claude-3-5-haiku-latest", "max_tokens": 200, "messages": [{"role": "user", "content": "Adikao: lavanila maina tsara"}]}'
```

Rehefa mandeha io dia alefaso `python -m mpandika`.
""", s, k=s)

s = gitlab_token()
add("gitconfig/token-url", "ops/backup/repo.gitconfig", "https://git-scm.com/docs/git-config", """[core]
\trepositoryformatversion = 0
\tbare = false
[remote "origin"]
\turl = https://oauth2:@@tok@@@gitlab.com/andapa-coop/fanamainana.git
\tfetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
\tremote = origin
\tmerge = refs/heads/main
""", s, tok=s)

pw = rand_pw(18)
s = b64("sava-ci:" + pw)
add("json/docker-auth", "ops/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/", """{
  "auths": {
    "registry.sava-coop.mg": {
      "auth": "@@a@@"
    }
  },
  "HttpHeaders": { "User-Agent": "Docker-Client/24.0.7 (linux)" }
}
""", s, a=s)

s = words_pw()
add("netrc/password", "ops/home/.netrc", "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", """# fidirana FTP an'ny birao fanondranana (douane) - Toamasina
machine ftp.fanondranana.mg
login lavanila_sava
password @@pw@@

machine api.github.com login sava-bot password ${GITHUB_TOKEN}
""", s, pw=s)

s = gh()
add("jenkins/hardcoded-token", "Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/syntax/", """pipeline {
    agent any
    environment {
        // TODO: afindra any amin'ny credentials() rehefa vita ny fanavaozana Jenkins
        GH_TOKEN = '@@tok@@'
        SITE = 'vohemar'
    }
    stages {
        stage('Build') { steps { sh './gradlew build' } }
        stage('Release') { steps { sh 'gh release create v$BUILD_NUMBER build/libs/*.jar' } }
    }
}
""", s, tok=s)

s = rand_pw(32)
laravel = "base64:" + b64(s)
add("env/laravel-app-key", "tsena-web/.env", "https://laravel.com/docs/11.x/encryption#configuration", """APP_NAME="Tsena Omby"
APP_ENV=production
APP_KEY=@@k@@
APP_DEBUG=false
APP_URL=https://tsena-omby.mg
APP_LOCALE=mg
DB_CONNECTION=mysql
DB_PASSWORD=${DB_PASSWORD}
""", laravel, k=laravel)

s = words_pw()
add("tfvars/db-password", "infra/prod.tfvars", DOC_TF, """region        = "af-south-1"
instance_type = "t3.small"
# tenimiafina ho an'ny RDS (rejisitra omby)
db_username   = "omby_admin"
db_password   = "@@pw@@"
tags = {
  tetikasa = "rejisitra-omby"
  tompony  = "ekipa-it"
}
""", s, pw=s)

s = rand_pw(20)
add("ruby/database-yml", "config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

development:
  <<: *default
  database: tsena_dev

production:
  <<: *default
  database: tsena_prod
  username: tsena
  password: @@pw@@
  host: db-foibe.tsena.local
""", s, pw=s)

s = rand_pw(36)
add("powershell/api-header", "scripts/Get-VidinyLavanila.ps1", DOC_PS, """# Maka ny vidin'ny lavanila avy amin'ny API an'ny Filankevitra Nasionaly Lavanila
$Headers = @{
    "Authorization" = "Bearer @@tok@@"
    "Accept"        = "application/json"
}
$Valiny = Invoke-RestMethod -Uri "https://api.cnv.mg/v2/vidiny?faritra=SAVA" -Headers $Headers
$Valiny.vidiny | Format-Table daty, kalitao, vidiny_ar
""", s, tok=s)

s = rand_pw(16)
add("batch/pgpassword", "scripts/backup_tsena.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/set_1", """@echo off
REM Backup isan'alina ny database tsena (Ambalavao)
set PGHOST=127.0.0.1
set PGUSER=backup
set PGPASSWORD=@@pw@@
"C:\\Program Files\\PostgreSQL\\16\\bin\\pg_dump.exe" -Fc tsena > D:\\backup\\tsena_%DATE:~-4%%DATE:~3,2%%DATE:~0,2%.dump
echo Vita ny backup
""", s, pw=s)

s = rand_pw(22)
add("notebook/psycopg2", "analyse/vidiny_omby_2024.ipynb", DOC_NB, """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Fivoaran'ny vidin'ny omby 2024 (Ambalavao, Tsiroanomandidy)"]},
  {
   "cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": [
    "import pandas as pd, psycopg2\\n",
    "conn = psycopg2.connect(host='db-foibe', dbname='omby', user='mpandinika', password='@@pw@@')\\n",
    "df = pd.read_sql('select tsena, daty, vidiny from varotra', conn)\\n",
    "df.groupby('tsena').vidiny.mean()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4, "nbformat_minor": 5
}
""", s, pw=s)

s = pem("OPENSSH")
add("shell-heredoc/ssh-key", "scripts/mametraka_deploy_key.sh", DOC_SSH, """#!/usr/bin/env bash
# Mametraka ny fanalahidy deploy ao amin'ny mpizara vaovao (Maroantsetra)
set -e
mkdir -p ~/.ssh && chmod 700 ~/.ssh
cat > ~/.ssh/id_deploy <<'EOF'
@@k@@
EOF
chmod 600 ~/.ssh/id_deploy
ssh-keyscan gitlab.com >> ~/.ssh/known_hosts
""", s, k=s)

s = rand_pw(24)
add("wiki/smtp-password", "wiki/Mailaka.md", "https://docs.github.com/en/communities/documenting-your-project-with-wikis", """# Mailaka an'ny kaoperativa

Ny mailaka rehetra dia mandalo amin'ny `smtp.lavanila-sava.mg` (port 587, STARTTLS).

* Mpampiasa: `fampandrenesana@lavanila-sava.mg`
* Tenimiafina: `@@pw@@`
* Fetra: mailaka 500 isan'andro

Raha misy olana dia jereo ny log ao amin'ny `/var/log/mail.log`.
""", s, pw=s)

# ---- decoys ---------------------------------------------------------------------------------------

add("markdown/decoy-curl-env", "docs/api/mvola.md", DOC_MD, """# Fampiasana ny API MVola

Alaina aloha ny token (ny `MVOLA_CONSUMER_KEY` sy `MVOLA_CONSUMER_SECRET` dia ao amin'ny Vault):

```bash
curl -X POST https://api.mvola.mg/token \\
  -u "$MVOLA_CONSUMER_KEY:$MVOLA_CONSUMER_SECRET" \\
  -d "grant_type=client_credentials&scope=EXT_INT_MVOLA_SCOPE"
```

Avy eo ampiasao ny `access_token` azo: `Authorization: Bearer <access_token>`.
""")

add("json/decoy-integrity-hashes", "web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """{
  "name": "tsena-web",
  "version": "1.4.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/axios": {
      "version": "1.7.2",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.2.tgz",
      "integrity": "sha512-@@a@@"
    },
    "node_modules/dayjs": {
      "version": "1.11.11",
      "resolved": "https://registry.npmjs.org/dayjs/-/dayjs-1.11.11.tgz",
      "integrity": "sha512-@@b@@"
    }
  }
}
""", a=rand_pw(86, "+/") + "==", b=rand_pw(86, "+/") + "==")

r = _rng()
add("ssh/decoy-public-key", "ops/ssh/authorized_keys", DOC_SSH, """# Fanalahidy ampahibemaso (public) an'ny ekipa - azo zaraina
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@a@@ hery@sambava
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@b@@ voahirana@antalaha
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@c@@ rivo@ambalavao
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@d@@ ci@gitlab
""", a="".join(r.choice(ALNUM + "+/") for _ in range(44)), b="".join(r.choice(ALNUM + "+/") for _ in range(44)),
    c="".join(r.choice(ALNUM + "+/") for _ in range(44)), d="".join(r.choice(ALNUM + "+/") for _ in range(44)))

add("text/decoy-git-log", "docs/FIOVANA.txt", "https://git-scm.com/docs/git-log", """Fiovana farany (git log --oneline)
@@a@@ Nesorina ny tenimiafina tao amin'ny config.py (afindra any amin'ny Vault)
@@b@@ Nampiana ny fanamarinana MVola
@@c@@ Nahitsy ny kajy lanja (g -> kg)
@@d@@ Fanavaozana ny token Telegram (rotation) - tsy ao anaty repo intsony
""", a=hexs(40), b=hexs(40), c=hexs(40), d=hexs(40))

r = _rng()
pub = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(5))
add("pem/decoy-public-key", "config/jwt/public.pem", "https://www.rfc-editor.org/rfc/rfc7468", """-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA
@@p@@
IDAQAB
-----END PUBLIC KEY-----
""", p=pub)

add("env/decoy-test-values", ".env.test", DOC_ENV, """# Tontolo fitsapana (pytest) - sanda sandoka daholo
APP_ENV=test
DB_URL=sqlite:///:memory:
DB_PASSWORD=test
TELEGRAM_BOT_TOKEN=123456:TEST-TOKEN-NOT-REAL
STRIPE_SECRET_KEY=sk_test_dummy
MVOLA_CONSUMER_SECRET=dummy-secret
""")

add("kubeconfig/decoy-exec-plugin", "ops/kube/config-eks", "https://docs.aws.amazon.com/eks/latest/userguide/create-kubeconfig.html", """apiVersion: v1
kind: Config
clusters:
  - name: lavanila-eks
    cluster:
      server: https://@@h@@.gr7.af-south-1.eks.amazonaws.com
      certificate-authority-data: @@ca@@
contexts:
  - name: lavanila-eks
    context: { cluster: lavanila-eks, user: aws }
current-context: lavanila-eks
users:
  - name: aws
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: ["eks", "get-token", "--cluster-name", "lavanila-eks"]
""", h=hexs(32).upper(), ca=b64("-----BEGIN CERTIFICATE-----\nMIIC5zCCAc+gAwIBAgIBADANBgkqhkiG9w0BAQsFADAVMRMwEQYDVQQDEwprdWJl\n-----END CERTIFICATE-----\n"))

add("text/decoy-terraform-output", "docs/terraform-plan-2024-09.txt", DOC_TF, """Terraform will perform the following actions:

  # aws_db_instance.rejisitra will be updated in-place
  ~ resource "aws_db_instance" "rejisitra" {
        id       = "rejisitra-omby"
      ~ password = (sensitive value)
        username = "omby_admin"
    }

Plan: 0 to add, 1 to change, 0 to destroy.
(Fanamarihana: novaina ny tenimiafina tamin'ny 2024-09-12, ao amin'ny Secrets Manager)
""")

add("markdown/decoy-masked-token", "wiki/Fanavaozana-token.md", "https://docs.github.com/en/communities/documenting-your-project-with-wikis", """# Fanavaozana ny token (rotation)

| Token | Fampiasana | Farany novaina | Sanda |
|---|---|---|---|
| GitHub (sava-bot) | release | 2024-10-01 | `ghp_****************************3fQa` |
| Telegram bot | fampandrenesana | 2024-09-15 | `71******:AA******` |
| Stripe | fandoavana | 2024-08-20 | `sk_live_…` (jereo Bitwarden) |

Aza soratana eto mihitsy ny sanda feno.
""")

add("python/decoy-getpass", "tools/mpampiasa_vaovao.py", "https://docs.python.org/3/library/getpass.html", """import getpass

import psycopg2

# Mamorona mpampiasa vaovao ao amin'ny rejisitra - manontany ny tenimiafina
tenimiafina = getpass.getpass("Tenimiafin'ny admin: ")
conn = psycopg2.connect(host="db-foibe", dbname="omby", user="admin", password=tenimiafina)
anarana = input("Anaran'ny mpampiasa vaovao: ")
with conn, conn.cursor() as cur:
    cur.execute("INSERT INTO mpampiasa (anarana) VALUES (%s)", (anarana,))
""")

add("go/decoy-go-sum", "go.sum", "https://go.dev/ref/mod#go-sum-files", """github.com/lib/pq v1.10.9 h1:@@a@@=
github.com/lib/pq v1.10.9/go.mod h1:@@b@@=
github.com/go-chi/chi/v5 v5.0.12 h1:@@c@@=
github.com/go-chi/chi/v5 v5.0.12/go.mod h1:@@d@@=
golang.org/x/crypto v0.24.0 h1:@@e@@=
""", a=rand_pw(43, "+/"), b=rand_pw(43, "+/"), c=rand_pw(43, "+/"), d=rand_pw(43, "+/"), e=rand_pw(43, "+/"))

add("sql/decoy-bind-parameter", "db/queries/mpampiasa.sql", DOC_SQL, """-- Fanamarinana ny fidirana: ny tenimiafina dia tsy tehirizina, ny hash (argon2) ihany
-- name: MpampiasaAminAnarana :one
SELECT id, anarana, password_hash
FROM mpampiasa
WHERE anarana = :anarana AND mavitrika = true;

-- name: OvayTenimiafina :exec
UPDATE mpampiasa SET password_hash = :password_hash, novaina_tamin = now() WHERE id = :id;
""")

add("yaml/decoy-sealed-secret", "deploy/k8s/mvola-sealedsecret.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: mvola
  namespace: lavanila
spec:
  encryptedData:
    consumer_secret: @@a@@
  template:
    metadata:
      name: mvola
""", a="Ag" + rand_pw(300, "+/") + "==")

add("html/decoy-form", "web/templates/fidirana.html", DOC_HTML, """<!-- Pejy fidirana ho an'ny mpiasan'ny tsena -->
<form method="post" action="/fidirana">
  <label for="anarana">Anarana</label>
  <input id="anarana" name="anarana" type="text" autocomplete="username">
  <label for="tenimiafina">Tenimiafina</label>
  <input id="tenimiafina" name="password" type="password" placeholder="••••••••" autocomplete="current-password">
  <input type="hidden" name="csrf_token" value="{{ csrf_token() }}">
  <button type="submit">Hiditra</button>
</form>
""")

r = _rng()
add("ansible/decoy-vault-ciphertext", "ansible/group_vars/all/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", """$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", **{f"l{i}": "".join(r.choice(HEX) for _ in range(80)) for i in range(1, 6)})

add("js/decoy-oauth-client-id", "web/src/auth/google.js", "https://developers.google.com/identity/gsi/web/guides/get-google-api-clientid", """// Fidirana amin'ny kaonty Google ho an'ny mpividy (client ID dia ampahibemaso, tsy tsiambaratelo)
export const GOOGLE_CLIENT_ID = '@@n@@-@@c@@.apps.googleusercontent.com';

export function atombohyFidirana() {
  google.accounts.id.initialize({ client_id: GOOGLE_CLIENT_ID, callback: handleCredential });
  google.accounts.id.prompt();
}
""", n=str(_rng().randint(10**11, 10**12 - 1)), c="".join(_rng().choice(string.ascii_lowercase + string.digits) for _ in range(32)))

add("dockerfile/decoy-build-secret", "web/Dockerfile", DOC_DOCKER, """# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS build
WORKDIR /src
COPY package*.json ./
# ny .npmrc (misy token) dia omena amin'ny --secret fotsiny, tsy tafiditra ao anaty sary
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /src/dist /usr/share/nginx/html
""")

add("python/decoy-keyring", "tools/alaivo_token.py", "https://pypi.org/project/keyring/", """import keyring

# Ny token Telegram dia voatahiry ao amin'ny keyring an'ny solosaina, tsy ao anaty code
SERIVISY = "lavanila-bot"


def token_telegram() -> str:
    token = keyring.get_password(SERIVISY, "telegram")
    if not token:
        raise SystemExit("Tsy misy token: alefaso aloha `keyring set lavanila-bot telegram`")
    return token
""")

add("plist/decoy-build-setting", "ios/Tsena/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleDisplayName</key>
    <string>Tsena Omby</string>
    <key>MapsApiKey</key>
    <string>$(MAPS_API_KEY)</string>
    <key>ApiBaseURL</key>
    <string>https://api.tsena-omby.mg/v1</string>
</dict>
</plist>
""")

add("shell-history/decoy-vault-cli", "ops/notes/history_foibe.txt", DOC_HIST, """vault login -method=oidc
export DB_PASSWORD=$(vault kv get -field=password secret/tsena/db)
psql "host=db-foibe dbname=omby user=omby_api password=$DB_PASSWORD" -c '\\dt'
unset DB_PASSWORD
kubectl -n tsena rollout restart deploy/rejisitra-omby
history -c
""")

add("csharp/decoy-configuration", "src/Rejisitra.Api/Services/MvolaService.cs", DOC_CS, """using Microsoft.Extensions.Configuration;

namespace Rejisitra.Api.Services;

// Ny tsiambaratelo dia avy amin'ny `dotnet user-secrets` (dev) na Key Vault (prod)
public class MvolaService(IConfiguration config)
{
    private readonly string _consumerKey = config["Mvola:ConsumerKey"] ?? throw new InvalidOperationException("Mvola:ConsumerKey");
    private readonly string _consumerSecret = config["Mvola:ConsumerSecret"] ?? throw new InvalidOperationException("Mvola:ConsumerSecret");

    public string Fanamarinana() => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{_consumerKey}:{_consumerSecret}"));
}
""")

add("java/decoy-value-annotation", "src/main/java/mg/sava/fandoavana/OrangeMoneyClient.java", DOC_JAVA, """package mg.sava.fandoavana;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

// Mpanjifa Orange Money WebPay - ny sanda dia avy amin'ny application.properties / tontolo
@Component
public class OrangeMoneyClient {
    @Value("${orange.money.client-id}")
    private String clientId;

    @Value("${orange.money.client-secret}")
    private String clientSecret;
}
""")

add("rst/decoy-doc-example", "docs/source/telegram.rst", DOC_RST, """Bot Telegram
============

Mba hampandeha ny bot dia mila token avy amin'ny @BotFather. Ohatra (avy amin'ny torolalana
Telegram, tsy token marina):

.. code-block:: text

   TELEGRAM_BOT_TOKEN=123456789:ABCdefGhIJKlmNoPQRsTUVwxyZ

Apetraho ao amin'ny Vault (``secret/lavanila/telegram``) ny token marina.
""")


add("env/decoy-placeholder", ".env.example", DOC_ENV, """# Adikao ho .env ity rakitra ity ary fenoy ny sanda
APP_NAME=lavanila-sambava
DB_HOST=localhost
DB_PORT=5432
DB_NAME=fanamainana
DB_USER=lavanila_app
DB_PASSWORD=<tenimiafina-eto>
MVOLA_CONSUMER_KEY=
MVOLA_CONSUMER_SECRET=
TELEGRAM_BOT_TOKEN=your-telegram-bot-token-here
""")

add("k8s/decoy-secret-ref", "deploy/k8s/rejisitra-deployment.yaml", DOC_K8S, """apiVersion: apps/v1
kind: Deployment
metadata:
  name: rejisitra-omby
  namespace: tsena
spec:
  replicas: 2
  selector:
    matchLabels: { app: rejisitra-omby }
  template:
    metadata:
      labels: { app: rejisitra-omby }
    spec:
      containers:
        - name: api
          image: ghcr.io/tsena-omby/rejisitra:1.8.2
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: rejisitra-omby-db
                  key: password
            - name: JWT_SECRET
              valueFrom:
                secretKeyRef: { name: rejisitra-jwt, key: secret }
""")

add("compose/decoy-env-reference", "compose.prod.yml", DOC_COMPOSE, """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: omby
      POSTGRES_USER: omby
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?tsy maintsy apetraka ao amin'ny .env}
  api:
    image: ghcr.io/tsena-omby/api:latest
    environment:
      DATABASE_URL: postgres://omby:${POSTGRES_PASSWORD}@db:5432/omby
      MVOLA_SECRET_FILE: /run/secrets/mvola
    secrets: [mvola]
secrets:
  mvola:
    file: ./secrets/mvola.txt
""")

add("python/decoy-env-lookup", "lavanila/config.py", DOC_PY, """import os

# Ny sanda tsiambaratelo rehetra dia avy amin'ny tontolo (environment) na Vault
DB_PASSWORD = os.environ["DB_PASSWORD"]
TELEGRAM_BOT_TOKEN = os.getenv("TELEGRAM_BOT_TOKEN", "")
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY")
SENDGRID_API_KEY = os.environ.get("SENDGRID_API_KEY", "tsy-voafaritra")
FITEHIRIZANA = os.getenv("FITEHIRIZANA", "/srv/lavanila/data")
""")

add("markdown/decoy-redacted", "docs/tatitra-tranga-2024-03.md", DOC_MD, """# Tatitra tranga: tenimiafina tafiditra tao amin'ny log (2024-03-14)

Tamin'ny 14 martsa dia hita fa nisy log nanoratra ny tenimiafin'ny database:

```
2024-03-14 08:12:44 ERROR connect failed: postgres://omby:********@db-foibe:5432/omby
```

Ny nataonay:
1. Novaina avy hatrany ny tenimiafina (rotation) - ny vaovao dia ao amin'ny Vault `secret/tsena/db`.
2. Nesorina ny log taloha.
3. Nampiana `mask_password()` ao amin'ny logger.

Tompon'andraikitra: Hery R., Voahirana A.
""")

add("js/decoy-publishable-key", "web/src/checkout.js", DOC_STRIPE, """// Pejy fandoavana ho an'ny mpividy lavanila (ampiasaina ao amin'ny navigateur)
import { loadStripe } from '@stripe/stripe-js';

const STRIPE_PUBLISHABLE_KEY = '@@k@@';

export async function alohaFandoavana() {
  const stripe = await loadStripe(STRIPE_PUBLISHABLE_KEY);
  return stripe;
}
""", k=stripe_key("pk_live_"))

add("text/decoy-checksums", "releases/SHA256SUMS.txt", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", """@@a@@  rejisitra-omby-1.8.2-linux-amd64.tar.gz
@@b@@  rejisitra-omby-1.8.2-linux-arm64.tar.gz
@@c@@  rejisitra-omby-1.8.2-windows-amd64.zip
@@d@@  lanja-mizana-0.4.0.apk
@@e@@  lanja-mizana-0.4.0.aab
""", a=sha256(), b=sha256(), c=sha256(), d=sha256(), e=sha256())

add("ini/decoy-aws-doc-example", "docs/examples/aws-credentials.ini", DOC_AWS, """; Ohatra avy amin'ny tahirin-kevitra AWS - SOLOY ny sanda marina (aza atao commit)
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = af-south-1
""")

add("yaml/decoy-vault-ref", "deploy/helm/rejisitra/values.yaml", DOC_HELM, """image:
  repository: ghcr.io/tsena-omby/rejisitra
  tag: "1.8.2"
replicaCount: 2
database:
  host: db-foibe
  name: omby
  user: omby_api
  # avy amin'ny External Secrets Operator (Vault)
  existingSecret: rejisitra-db
  passwordKey: password
externalSecrets:
  vaultPath: secret/data/tsena/rejisitra
ingress:
  host: rejisitra.tsena-omby.mg
""")

add("gha/decoy-secrets-context", ".github/workflows/deploy.yml", DOC_GHA, """name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Apetraho ny AWS
        uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
          aws-region: af-south-1
      - run: ./scripts/deploy.sh
        env:
          TELEGRAM_BOT_TOKEN: ${{ secrets.TELEGRAM_BOT_TOKEN }}
""")

add("csv/decoy-ids", "data/omby_voasoratra_2024.csv", DOC_CSV, """laharana,nomeraon_ny_omby,tompony,tsena,daty,lanja_kg,uuid
1,ZB-AMB-000412,Rakoto Jean,Ambalavao,2024-05-02,382,@@u1@@
2,ZB-AMB-000413,Rabe Paul,Ambalavao,2024-05-02,401,@@u2@@
3,ZB-TSI-001877,Randria Hery,Tsiroanomandidy,2024-05-03,356,@@u3@@
4,ZB-TSI-001878,Razafy Nirina,Tsiroanomandidy,2024-05-03,420,@@u4@@
5,ZB-TSI-001879,Rasoa Lala,Tsiroanomandidy,2024-05-03,298,@@u5@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s())

add("python/decoy-test-fixture", "tests/test_mvola.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """import pytest

from lavanila.mvola import MvolaClient

# Sanda sandoka ho an'ny fitsapana ihany - tsy misy kaonty marina
FAKE_CONSUMER_KEY = "test-consumer-key"
FAKE_CONSUMER_SECRET = "fake-secret-for-tests-only"


@pytest.fixture
def client():
    return MvolaClient(FAKE_CONSUMER_KEY, FAKE_CONSUMER_SECRET, sandbox=True)


def test_token_url(client):
    assert client.token_url.startswith("https://devapi.mvola.mg")
""")

add("log/decoy-masked", "logs/lanja-2024-06-11.log", DOC_LOG, """2024-06-11 06:00:01 INFO  lanja: manomboka ny mizana #3 (Antalaha)
2024-06-11 06:00:02 INFO  db: connecting postgres://lanja:***@10.12.0.4:5432/fanamainana
2024-06-11 06:00:02 INFO  db: connected
2024-06-11 06:14:37 INFO  fandanjana: entana L-2024-0611-07 lanja=48.2kg kalitao=TK
2024-06-11 06:20:11 WARN  mvola: token expired, renewing (client_secret=[REDACTED])
2024-06-11 06:20:12 INFO  mvola: token renewed, expires_in=3600
""")

add("xml/decoy-placeholder", "android/app/src/main/res/values/secrets.xml", "https://developer.android.com/guide/topics/resources/string-resource", """<?xml version="1.0" encoding="utf-8"?>
<!-- Ny sanda marina dia apetraky ny CI avy amin'ny local.properties; aza soloina eto -->
<resources>
    <string name="maps_api_key" translatable="false">${MAPS_API_KEY}</string>
    <string name="api_base">https://api.tsena-omby.mg/v1</string>
    <string name="app_tenimiafina_hint">Ampidiro ny tenimiafinao</string>
</resources>
""")

add("terraform/decoy-variable", "infra/variables.tf", DOC_TF, """variable "db_password" {
  description = "Tenimiafin'ny database rejisitra (omena amin'ny TF_VAR_db_password)"
  type        = string
  sensitive   = true
}

variable "region" {
  type    = string
  default = "af-south-1"
}

variable "telegram_bot_token" {
  type      = string
  sensitive = true
  default   = ""
}
""")

add("shell/decoy-prompt", "scripts/apetraho_tenimiafina.sh", DOC_SH, """#!/usr/bin/env bash
# Manontany ny tenimiafina ary mametraka azy ao amin'ny keyring - tsy voasoratra ao anaty rakitra
set -euo pipefail
read -r -s -p "Tenimiafin'ny database: " DB_PASSWORD
echo
secret-tool store --label="rejisitra-db" service rejisitra user omby_api <<< "$DB_PASSWORD"
unset DB_PASSWORD
echo "Voatahiry ao amin'ny keyring."
""")

# ---- families: each site's services, written in the many formats the team uses -------------------

SITES = ["sambava", "antalaha", "andapa", "vohemar", "ambalavao", "tsiroanomandidy", "ihosy", "maroantsetra",
         "ambanja", "fianarantsoa", "mahanoro", "antsirabe", "toamasina", "morondava", "farafangana", "mananjary"]
NOTES = ["Aza zaraina ity sanda ity", "Novaina tamin'ny volana lasa", "Ho an'ny tontolo famokarana ihany",
         "Jereo ny boky torolalana raha misy olana", "Tompon'andraikitra: ekipa IT Sambava",
         "Ampiasain'ny serivisy fandoavana", "Tsy maintsy averina isaky ny 90 andro"]


def _db_url(scheme: str, user: str, host: str, db: str) -> tuple:
    pw = rand_pw(18)
    return f"{scheme}://{user}:{pw}@{host}/{db}", pw


def kinds() -> list:
    """(kind, variable, value as written, secret, doc) for each credential the sites use."""
    out = []
    v = stripe_key(); out.append(("stripe", "STRIPE_SECRET_KEY", v, v, DOC_STRIPE))
    v = sendgrid_key(); out.append(("sendgrid", "SENDGRID_API_KEY", v, v, DOC_SG))
    v = tg(); out.append(("telegram", "TELEGRAM_BOT_TOKEN", v, v, DOC_TG))
    v = slack_webhook(); out.append(("slack-webhook", "SLACK_WEBHOOK_URL", v, v, DOC_SLACK))
    v = gh(); out.append(("github-token", "GITHUB_TOKEN", v, v, DOC_GH))
    v = openai(); out.append(("openai", "OPENAI_API_KEY", v, v, DOC_OPENAI))
    v = aws_secret(); out.append(("aws", "AWS_SECRET_ACCESS_KEY", v, v, DOC_AWS))
    u, p = _db_url("postgresql", "lavanila", "db.sava.local:5432", "fanamainana")
    out.append(("postgres", "DATABASE_URL", u, p, "https://www.postgresql.org/docs/current/libpq-connect.html"))
    p = redis_pw(); out.append(("redis", "REDIS_URL", f"redis://default:{p}@cache.sava.local:6379/0", p, DOC_REDIS))
    v = mailgun_key(); out.append(("mailgun", "MAILGUN_API_KEY", v, v, "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/"))
    v = hexs(32); out.append(("twilio", "TWILIO_AUTH_TOKEN", v, v, DOC_TWILIO))
    k = azure_storage_key()
    out.append(("azure-storage", "AZURE_STORAGE_CONNECTION_STRING",
                f"DefaultEndpointsProtocol=https;AccountName=savasary;AccountKey={k};EndpointSuffix=core.windows.net", k, DOC_AZ))
    v = hf_token(); out.append(("huggingface", "HF_TOKEN", v, v, "https://huggingface.co/docs/hub/security-tokens"))
    v = gitlab_token(); out.append(("gitlab-token", "GITLAB_TOKEN", v, v, "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html"))
    v = npm_token(); out.append(("npm-token", "NPM_TOKEN", v, v, DOC_NPMRC))
    v = doppler_token(); out.append(("doppler", "DOPPLER_TOKEN", v, v, "https://docs.doppler.com/docs/service-tokens"))
    v = shopify_token(); out.append(("shopify", "SHOPIFY_ACCESS_TOKEN", v, v, "https://shopify.dev/docs/apps/auth"))
    v = anthropic_key(); out.append(("anthropic", "ANTHROPIC_API_KEY", v, v, "https://docs.anthropic.com/en/api/getting-started"))
    v = rand_pw(32); out.append(("mvola", "MVOLA_CONSUMER_SECRET", v, v, "https://www.mvola.mg/devportal"))
    v = rand_pw(24); out.append(("orange-money", "ORANGE_MONEY_CLIENT_SECRET", v, v, "https://developer.orange.com/apis/om-webpay"))
    v = words_pw(); out.append(("smtp", "SMTP_PASSWORD", v, v, "https://docs.python.org/3/library/smtplib.html"))
    v = ghfg(); out.append(("github-fine-grained", "GH_PAT", v, v, DOC_GH))
    v = google_key(); out.append(("google-api", "GOOGLE_API_KEY", v, v, DOC_GCP))
    v = azure_secret(); out.append(("azure-ad", "AZURE_CLIENT_SECRET", v, v, DOC_AZ))
    v = pypi(); out.append(("pypi-token", "TWINE_PASSWORD", v, v, DOC_PYPIRC))
    v = slack_bot(); out.append(("slack-bot", "SLACK_BOT_TOKEN", v, v, "https://api.slack.com/authentication/token-types"))
    v = rand_pw(40); out.append(("jwt-secret", "JWT_SECRET", v, v, "https://www.rfc-editor.org/rfc/rfc7519"))
    v = discord_webhook(); out.append(("discord-webhook", "DISCORD_WEBHOOK_URL", v, v, "https://discord.com/developers/docs/resources/webhook"))
    return out


def _lower(var: str) -> str:
    return var.lower()


def _camel(var: str) -> str:
    head, *rest = var.lower().split("_")
    return head + "".join(part.title() for part in rest)


def _pascal(var: str) -> str:
    return "".join(part.title() for part in var.lower().split("_"))


# Each carrier: (format, file name, text) from (site, variable, value, note).
def c_env(site, var, val, note):
    return "env", f"deploy/{site}/.env.production", (
        f"# {site.title()} - {note}\nAPP_ENV=production\nSITE={site}\nLOG_LEVEL=info\n{var}={val}\nTZ=Indian/Antananarivo\n")


def c_yaml(site, var, val, note):
    return "yaml", f"config/{site}/app.yaml", (
        f"# Fikirana ho an'ny {site.title()}\nsite: {site}\nfiteny: mg\nservices:\n  # {note}\n"
        f"  {_lower(var)}: \"{val}\"\n  timeout_s: 30\n")


def c_json(site, var, val, note):
    return "json", f"config/{site}.settings.json", (
        "{\n" f"  \"site\": \"{site}\",\n  \"fiteny\": \"mg\",\n  \"_fanamarihana\": \"{note}\",\n"
        f"  \"{_camel(var)}\": \"{val}\",\n  \"retries\": 3\n" "}\n")


def c_toml(site, var, val, note):
    return "toml", f"services/{site}/config.toml", (
        f"# {note}\n[app]\nname = \"lavanila-{site}\"\nport = 8080\n\n[secrets]\n{_lower(var)} = \"{val}\"\n")


def c_ini(site, var, val, note):
    return "ini", f"etc/{site}/service.ini", (
        f"; {note}\n[general]\nsite = {site}\ndebug = false\n\n[credentials]\n{_lower(var)} = {val}\n")


def c_python(site, var, val, note):
    return "python", f"{site}/settings_local.py", (
        f"# Fikirana eo an-toerana - {site.title()}\n# {note}\nimport logging\n\nDEBUG = False\n"
        f"{var} = \"{val}\"\nlogging.basicConfig(level=logging.INFO)\n")


def c_js(site, var, val, note):
    return "js", f"web/{site}/config.js", (
        f"// {note}\nmodule.exports = {{\n  site: '{site}',\n  port: process.env.PORT || 3000,\n"
        f"  {_camel(var)}: '{val}',\n  fiteny: 'mg',\n}};\n")


def c_go(site, var, val, note):
    return "go", f"internal/{site}/config.go", (
        f"package {site}\n\n// {note}\nconst (\n\tSite = \"{site}\"\n\t{_pascal(var)} = \"{val}\"\n)\n")


def c_properties(site, var, val, note):
    return "properties", f"src/main/resources/{site}.properties", (
        f"# {note}\napp.site={site}\napp.locale=mg_MG\n{_lower(var).replace('_', '.')}={val}\napp.timeout=30\n")


def c_php(site, var, val, note):
    return "php", f"config/{site}.php", (
        f"<?php\n// {note}\nreturn [\n    'site' => '{site}',\n    '{_lower(var)}' => '{val}',\n    'fiteny' => 'mg',\n];\n")


def c_ruby(site, var, val, note):
    return "ruby", f"config/initializers/{site}.rb", (
        f"# {note}\nmodule Lavanila\n  SITE = '{site}'.freeze\n  {var} = '{val}'.freeze\nend\n")


def c_csharp(site, var, val, note):
    return "csharp", f"src/Tsena.{site.title()}/Fikirana.cs", (
        f"namespace Tsena.{site.title()};\n\n// {note}\npublic static class Fikirana\n{{\n"
        f"    public const string Site = \"{site}\";\n    public const string {_pascal(var)} = \"{val}\";\n}}\n")


def c_dockerfile(site, var, val, note):
    return "dockerfile", f"docker/{site}/Dockerfile", (
        f"FROM python:3.12-slim\n# {note}\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\n"
        f"ENV SITE={site} \\\n    {var}={val}\nCMD [\"gunicorn\", \"app:app\", \"-b\", \"0.0.0.0:8000\"]\n")


def c_shell(site, var, val, note):
    return "shell", f"scripts/{site}/env.sh", (
        f"#!/bin/sh\n# {note}\nexport SITE={site}\nexport {var}='{val}'\nexec /opt/lavanila/bin/server \"$@\"\n")


def c_powershell(site, var, val, note):
    return "powershell", f"scripts/{site}/Set-Env.ps1", (
        f"# {note}\n$env:SITE = \"{site}\"\n$env:{var} = '{val}'\nWrite-Host \"Vonona ny tontolo {site}\"\n& .\\Start-Service.ps1\n")


def c_k8s_string(site, var, val, note):
    return "k8s", f"deploy/k8s/{site}-secret.yaml", (
        f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {site}-app\n  annotations:\n    fanamarihana: \"{note}\"\n"
        f"type: Opaque\nstringData:\n  {var}: \"{val}\"\n")


def c_k8s_b64(site, var, val, note):
    return "k8s-secret", f"deploy/k8s/{site}-credentials.yaml", (
        f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {site}-credentials\n  namespace: lavanila\n"
        f"type: Opaque\ndata:\n  SITE: {b64(site)}\n  {var}: {b64(val)}\n")


def c_ansible(site, var, val, note):
    return "ansible", f"ansible/host_vars/{site}.yml", (
        f"---\n# {note}\nansible_host: {site}.sava.local\nansible_user: deploy\n{_lower(var)}: \"{val}\"\nntp_server: pool.ntp.org\n")


def c_helm(site, var, val, note):
    return "helm", f"charts/lavanila/values-{site}.yaml", (
        f"replicaCount: 1\nimage:\n  tag: \"2.3.0\"\n# {note}\nenv:\n  - name: {var}\n    value: \"{val}\"\n  - name: SITE\n    value: {site}\n")


def c_markdown(site, var, val, note):
    return "markdown", f"docs/runbooks/{site}.md", (
        f"# Boky torolalana - {site.title()}\n\n## Fanombohana\n\n1. Midira ao amin'ny mpizara `{site}.sava.local`.\n"
        f"2. Apetraho ny `{var}`: `{val}`\n3. Alefaso `systemctl restart lavanila`.\n\n> {note}\n")


def c_compose(site, var, val, note):
    return "compose", f"deploy/{site}/docker-compose.yml", (
        f"services:\n  app:\n    image: ghcr.io/sava-coop/lavanila:2.3\n    # {note}\n    environment:\n"
        f"      - SITE={site}\n      - {var}={val}\n    restart: unless-stopped\n")


def c_systemd(site, var, val, note):
    return "systemd", f"deploy/{site}/lavanila.service", (
        f"[Unit]\nDescription=Lavanila {site} ({note})\nAfter=network.target\n\n[Service]\n"
        f"Environment=\"{var}={val}\"\nExecStart=/opt/lavanila/bin/server\nRestart=always\n\n[Install]\nWantedBy=multi-user.target\n")


def c_makefile(site, var, val, note):
    return "makefile", f"deploy/{site}/Makefile", (
        f"# {note}\nSITE := {site}\n{var} := {val}\n\ndeploy:\n\t{var}=$({var}) ./deploy.sh $(SITE)\n")


def c_gha(site, var, val, note):
    return "gha", f".github/workflows/sync-{site}.yml", (
        f"name: sync-{site}\non:\n  schedule:\n    - cron: '0 3 * * *'\njobs:\n  sync:\n    runs-on: ubuntu-latest\n"
        f"    env:\n      # {note}\n      {var}: {val}\n    steps:\n      - uses: actions/checkout@v4\n      - run: python sync.py --site {site}\n")


def c_rst(site, var, val, note):
    return "rst", f"docs/source/{site}.rst", (
        f"{site.title()}\n{'=' * len(site)}\n\n{note}.\n\n.. code-block:: bash\n\n   export {var}={val}\n   ./run.sh {site}\n")


def c_java(site, var, val, note):
    return "java", f"src/main/java/mg/sava/{site}/Fikirana.java", (
        f"package mg.sava.{site};\n\n// {note}\npublic final class Fikirana {{\n"
        f"    public static final String SITE = \"{site}\";\n    static final String {var} = \"{val}\";\n    private Fikirana() {{}}\n}}\n")


def c_kotlin(site, var, val, note):
    return "kotlin", f"app/src/main/java/mg/sava/{site}/Config.kt", (
        f"package mg.sava.{site}\n\n// {note}\nobject Config {{\n    const val SITE = \"{site}\"\n"
        f"    const val {var} = \"{val}\"\n}}\n")


def c_rust(site, var, val, note):
    return "rust", f"crates/{site}/src/config.rs", (
        f"// {note}\npub const SITE: &str = \"{site}\";\npub const {var}: &str = \"{val}\";\n\n"
        f"pub fn site() -> &'static str {{\n    SITE\n}}\n")


def c_heredoc(site, var, val, note):
    return "shell-heredoc", f"scripts/{site}/install.sh", (
        f"#!/usr/bin/env bash\n# Mametraka ny fikirana ao amin'ny {site} - {note}\nset -e\n"
        f"cat > /etc/lavanila/{site}.env <<'EOF'\nSITE={site}\n{var}={val}\nEOF\nchmod 600 /etc/lavanila/{site}.env\n")


def c_json_string(site, var, val, note):
    return "python-json", f"{site}/bootstrap.py", (
        f"import json\n\n# {note}\nRAW = '{{\"site\": \"{site}\", \"{_lower(var)}\": \"{val}\"}}'\n"
        f"CONFIG = json.loads(RAW)\nprint('vonona', CONFIG['site'])\n")


def c_split(site, var, val, note):
    h = len(val) // 2
    return "python-split", f"{site}/tsiambaratelo.py", (
        f"# {note}\n# nozaraina roa mba tsy ho lava loatra ny andalana\n{var} = (\"{val[:h]}\"\n"
        f"        \"{val[h:]}\")\nSITE = \"{site}\"\n")


def c_xml(site, var, val, note):
    return "xml", f"config/{site}/app.config", (
        f"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <!-- {note} -->\n  <appSettings>\n"
        f"    <add key=\"Site\" value=\"{site}\" />\n    <add key=\"{_camel(var)}\" value=\"{val}\" />\n  </appSettings>\n</configuration>\n")


CARRIERS = [c_env, c_yaml, c_json, c_toml, c_ini, c_python, c_js, c_go, c_properties, c_php, c_ruby, c_csharp,
            c_dockerfile, c_shell, c_powershell, c_k8s_string, c_k8s_b64, c_ansible, c_helm, c_markdown, c_compose,
            c_systemd, c_makefile, c_gha, c_rst, c_java, c_kotlin, c_rust, c_heredoc, c_json_string, c_split, c_xml]
CARRIER_DOCS = {"env": DOC_ENV, "yaml": DOC_YAML, "json": DOC_JSON, "toml": DOC_TOML, "ini": DOC_INI, "python": DOC_PY,
                "js": DOC_JS, "go": "https://go.dev/ref/spec#Constant_declarations", "properties": DOC_JAVA,
                "php": "https://www.php.net/manual/en/language.types.array.php", "ruby": DOC_RB, "csharp": DOC_CS,
                "dockerfile": DOC_DOCKER, "shell": DOC_SH, "powershell": DOC_PS, "k8s": DOC_K8S, "k8s-secret": DOC_K8S,
                "ansible": DOC_ANSIBLE, "helm": DOC_HELM, "markdown": DOC_MD, "compose": DOC_COMPOSE,
                "systemd": "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html",
                "makefile": "https://www.gnu.org/software/make/manual/make.html", "gha": DOC_GHA, "rst": DOC_RST,
                "java": "https://docs.oracle.com/javase/specs/", "kotlin": DOC_KT, "rust": DOC_RUST,
                "shell-heredoc": DOC_SH, "python-json": "https://docs.python.org/3/library/json.html",
                "python-split": "https://docs.python.org/3/reference/lexical_analysis.html#string-literal-concatenation",
                "xml": "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/appsettings/"}

_used = {case.file_name for case in CASES}


def _place(carrier, site, var, val, note):
    """The carrier's file for the first site (from `site` on) whose file is not written yet."""
    start = SITES.index(site)
    for k in range(len(SITES)):
        fmt, name, text = carrier(SITES[(start + k) % len(SITES)], var, val, note)
        if name not in _used:
            _used.add(name)
            return fmt, name, text
    raise AssertionError(f"no free site for {carrier.__name__}")


def _secret_family(rounds: int) -> None:
    i = 0
    for r in range(rounds):
        for kind, var, val, secret, doc in kinds():
            carrier = CARRIERS[(i * 7 + r) % len(CARRIERS)]
            site = SITES[(i + r * 5) % len(SITES)]
            note = NOTES[i % len(NOTES)]
            fmt, name, text = _place(carrier, site, var, val, note)
            add(f"{fmt}/{kind}", name, doc, text, secret)
            i += 1


_secret_family(3)

DECOY_VARS = ["STRIPE_SECRET_KEY", "SENDGRID_API_KEY", "TELEGRAM_BOT_TOKEN", "SLACK_WEBHOOK_URL", "GITHUB_TOKEN",
              "OPENAI_API_KEY", "AWS_SECRET_ACCESS_KEY", "DB_PASSWORD", "REDIS_PASSWORD", "MAILGUN_API_KEY",
              "TWILIO_AUTH_TOKEN", "MVOLA_CONSUMER_SECRET", "ORANGE_MONEY_CLIENT_SECRET", "SMTP_PASSWORD",
              "JWT_SECRET", "AZURE_CLIENT_SECRET", "HF_TOKEN", "NPM_TOKEN"]


def decoy_value(form: str, site: str, var: str) -> str:
    low = var.lower()
    if form == "env-reference":
        return "${" + var + "}"
    if form == "placeholder":
        return "<fenoy-" + low.replace("_", "-") + ">"
    if form == "empty":
        return ""
    if form == "masked":
        return "*" * 16
    if form == "vault-ref":
        return f"vault:secret/data/lavanila/{site}#{low}"
    if form == "1password-ref":
        return f"op://Lavanila-{site.title()}/{low}/credential"
    if form == "aws-secretsmanager-arn":
        return f"arn:aws:secretsmanager:af-south-1:{_rng().randint(10**11, 10**12 - 1)}:secret:lavanila/{site}/{low}-Xk3Pq9"
    if form == "replace-me":
        return "REPLACE_ME"
    if form == "hash":
        return "sha256:" + sha256()
    if form == "sops-ciphertext":
        return (f"ENC[AES256_GCM,data:{rand_pw(24, '+/')}=,iv:{rand_pw(43, '+/')}=,"
                f"tag:{rand_pw(22, '+/')}==,type:str]")
    if form == "gcp-secret-ref":
        return f"projects/lavanila-prod/secrets/{low.replace('_', '-')}/versions/latest"
    if form == "xxx":
        return "x" * 32
    if form == "redacted":
        return "[VOAFAFA]"
    if form == "ansible-lookup":
        return "{{ lookup('env', '" + var + "') }}"
    raise ValueError(form)


DECOY_FORMS = ["env-reference", "placeholder", "empty", "masked", "vault-ref", "1password-ref",
               "aws-secretsmanager-arn", "replace-me", "hash", "sops-ciphertext", "gcp-secret-ref", "xxx",
               "redacted", "ansible-lookup"]
DECOY_NOTES = ["Ny sanda marina dia ao amin'ny Vault", "Fenoy alohan'ny hampiasana", "Sanda sandoka, tsy misy dikany",
               "Omen'ny CI ny sanda marina", "Nafenina ny sanda", "Aza atao eto ny tenimiafina marina"]


ENV_EXPANDING = {"env", "yaml", "compose", "shell", "dockerfile", "systemd", "makefile", "k8s", "helm", "markdown",
                 "rst", "shell-heredoc", "toml", "ini", "properties"}


def _fits(form: str, fmt: str) -> bool:
    """A decoy form as a team would write it in that format (no `${VAR}` in a Go constant)."""
    if form == "env-reference":
        return fmt in ENV_EXPANDING
    if form == "ansible-lookup":
        return fmt in {"ansible", "yaml", "helm"}
    if form == "empty":
        return fmt not in {"python-split", "k8s-secret"}
    return True


def _decoy_family(count: int) -> None:
    for i in range(count):
        carrier = CARRIERS[(i * 5 + 3) % len(CARRIERS)]
        site = SITES[(i * 3 + 1) % len(SITES)]
        var = DECOY_VARS[i % len(DECOY_VARS)]
        fmt = carrier(site, var, "", "")[0]
        k = (i * 3) % len(DECOY_FORMS)
        while not _fits(DECOY_FORMS[k], fmt):
            k = (k + 1) % len(DECOY_FORMS)
        form = DECOY_FORMS[k]
        val = decoy_value(form, site, var)
        notes = DECOY_NOTES + NOTES
        fmt, name, text = _place(carrier, site, var, val, notes[i % len(notes)])
        add(f"{fmt}/decoy-{form}", name, CARRIER_DOCS[fmt], text)


_decoy_family(58)
assert SEED_MIN <= _SEED[0] <= SEED_MAX

# END-OF-CASES
