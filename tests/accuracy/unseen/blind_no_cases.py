"""Blind set NO: a Bamako mobile-money agent network and a shea-butter women's co-operative in Sikasso.

Cash-in/cash-out agent apps, USSD gateways, SMS aggregators, float reconciliation jobs, the
co-operative's order site, its accounting exports and field notes, partly written in Bambara and
French, and their decoys. Generated fakes only (seeds 8220000-8229999).
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
_SEED = [8220000]


def _seed() -> int:
    _SEED[0] += 11
    assert 8220000 <= _SEED[0] <= 8229999
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Baobab", "Karite", "Niger", "Djoliba", "Sikasso", "Kalanso", "Furaw", "Sugu", "Jigi", "Nyeleni",
         "Tabaski", "Badala", "Kenedougou", "Missira", "Faladie", "Sotuba", "Wari", "Samaya", "Dugu", "Tulu"]


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


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def github_token() -> str:
    return fakes.github_token(_seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def telegram_token() -> str:
    return fakes.telegram_token(_seed())


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def openai_key() -> str:
    return fakes.openai_key(_seed())


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def jwt_secret() -> str:
    return rand_pw(48)


def ghfg() -> str:
    return fakes.github_fine_grained_token(_seed())


def pypi() -> str:
    return fakes.pypi_token(_seed())


def discord_webhook() -> str:
    r = _rng()
    return ("https://discord.com/api/webhooks/" + str(r.randint(10**17, 10**18))
            + "/" + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


CASES: List[LabelledCase] = []

DOCS = {
    "env": "https://12factor.net/config",
    "yaml": "https://yaml.org/spec/1.2.2/",
    "k8s": "https://kubernetes.io/docs/concepts/configuration/secret/",
    "compose": "https://docs.docker.com/compose/compose-file/",
    "docker": "https://docs.docker.com/reference/dockerfile/",
    "python": "https://docs.python.org/3/library/os.html#os.environ",
    "js": "https://nodejs.org/api/process.html#processenv",
    "ts": "https://www.typescriptlang.org/docs/handbook/2/basic-types.html",
    "go": "https://pkg.go.dev/os#Getenv",
    "java": "https://docs.oracle.com/javase/8/docs/api/java/util/Properties.html",
    "properties": "https://docs.spring.io/spring-boot/reference/features/external-config.html",
    "kotlin": "https://kotlinlang.org/docs/basic-syntax.html",
    "csharp": "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/",
    "php": "https://www.php.net/manual/en/function.getenv.php",
    "ruby": "https://guides.rubyonrails.org/security.html#custom-credentials",
    "rust": "https://doc.rust-lang.org/std/env/fn.var.html",
    "swift": "https://developer.apple.com/documentation/foundation/processinfo",
    "shell": "https://www.gnu.org/software/bash/manual/bash.html",
    "powershell": "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_environment_variables",
    "terraform": "https://developer.hashicorp.com/terraform/language/values/variables",
    "ansible": "https://docs.ansible.com/ansible/latest/vault_guide/index.html",
    "helm": "https://helm.sh/docs/chart_template_guide/values_files/",
    "gha": "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions",
    "gitlab": "https://docs.gitlab.com/ee/ci/variables/",
    "markdown": "https://commonmark.org/",
    "rst": "https://docutils.sourceforge.io/rst.html",
    "html": "https://html.spec.whatwg.org/",
    "ini": "https://docs.python.org/3/library/configparser.html",
    "toml": "https://toml.io/en/v1.0.0",
    "json": "https://www.json.org/json-en.html",
    "xml": "https://www.w3.org/TR/xml/",
    "sql": "https://www.postgresql.org/docs/current/sql-createrole.html",
    "log": "https://www.rfc-editor.org/rfc/rfc5424",
    "csv": "https://www.rfc-editor.org/rfc/rfc4180",
    "notebook": "https://nbformat.readthedocs.io/en/latest/format_description.html",
    "history": "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html",
    "netrc": "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html",
    "npmrc": "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc",
    "pgpass": "https://www.postgresql.org/docs/current/libpq-pgpass.html",
    "ssh": "https://man.openbsd.org/ssh-keygen",
    "nginx": "https://nginx.org/en/docs/http/ngx_http_proxy_module.html",
    "text": "https://en.wikipedia.org/wiki/Bambara_language",
    "jenkins": "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/",
    "soap": "https://docs.oasis-open.org/wss/v1.1/wss-v1.1-spec-os-UsernameTokenProfile.pdf",
    "mongo": "https://www.mongodb.com/docs/manual/reference/connection-string/",
    "vagrant": "https://developer.hashicorp.com/vagrant/docs/vagrantfile",
    "make": "https://www.gnu.org/software/make/manual/make.html",
}


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """Fill the @@name@@ markers (`@@s@@` is the secret) and record the case."""
    if secret is not None:
        fields.setdefault("s", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(f"blind-no/{category}", file_name, text, secret, DOCS.get(source, source)))


# --- part 1: the agent network's services ---------------------------------------------------

add("env/database", "agent-api/.env", "env", """# Wari-Kalan agent API (Bamako) - kɛrɛnkɛrɛnnen
APP_ENV=production
DB_HOST=pg-agents.int.warikalan.ml
DB_NAME=agents
DB_USER=agent_api
DB_PASSWORD=@@s@@
USSD_SHORTCODE=*144#
""", secret=words_pw())

add("env/decoy-placeholder", "agent-api/.env.example", "env", """# Copie ce fichier en .env - i ka gundo sɛbɛn yan (pas dans git!)
APP_ENV=development
DB_HOST=localhost
DB_USER=agent_api
DB_PASSWORD=changeme
SMS_API_KEY=<your-sms-aggregator-key>
USSD_SHORTCODE=*144#
""")

add("python/sms-gateway", "sms_relay/settings.py", "python", """# Cikɛ: SMS bɛ ci kalanden ma (confirmation cash-in)
import os

SMS_PROVIDER = "twilio"
TWILIO_ACCOUNT_SID = "@@sid@@"
TWILIO_AUTH_TOKEN = "@@s@@"
SENDER_ID = "WARIKALAN"
DEBUG = os.getenv("DEBUG", "0") == "1"
""", secret=hexs(32), sid=twilio_sid())

add("python/decoy-env-reference", "sms_relay/prod_settings.py", "python", """# Gundo bɛ bɔ Vault la - a kana sɛbɛn yan
import os

TWILIO_ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]
TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
SENDER_ID = os.environ.get("SENDER_ID", "WARIKALAN")
FLOAT_ALERT_THRESHOLD_XOF = 250_000
""")

add("yaml/ussd-gateway", "ussd-gateway/config/application.yml", "yaml", """# Passerelle USSD *144# - Orange/Moov interconnect
server:
  port: 8443
ussd:
  shortcode: "*144#"
  session-timeout-seconds: 180
  smpp:
    host: smsc.moov-interco.ml
    port: 2775
    system-id: warikalan_ussd
    password: @@s@@
  menu-language: bm   # bamanankan fɔlɔ, français filanan
""", secret=rand_pw(8))

add("yaml/decoy-vault-reference", "ussd-gateway/config/application-prod.yml", "yaml", """# Prod: gundo bɛɛ bɛ Vault kɔnɔ
ussd:
  shortcode: "*144#"
  smpp:
    host: smsc.moov-interco.ml
    port: 2775
    system-id: warikalan_ussd
    password: ${vault:secret/data/ussd/smpp#password}
""")

add("k8s/database", "deploy/k8s/float-db-secret.yaml", "k8s", """apiVersion: v1
kind: Secret
metadata:
  name: float-db
  namespace: wari-agents
  labels:
    app: float-reconciler
type: Opaque
data:
  POSTGRES_USER: @@u@@
  POSTGRES_PASSWORD: @@b@@
""", secret=(_pw := words_pw()), u=b64("float_rw"), b=b64(_pw))

add("k8s/decoy-sealed-secret", "deploy/k8s/float-db-sealed.yaml", "k8s", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: float-db
  namespace: wari-agents
spec:
  encryptedData:
    POSTGRES_PASSWORD: AgB@@c1@@
    POSTGRES_USER: AgC@@c2@@
""", c1=fakes.drawn(_seed(), 180, ALNUM + "+/"), c2=fakes.drawn(_seed(), 120, ALNUM + "+/"))

add("go/jwt-signing", "agent-auth/internal/token/sign.go", "go", """package token

// Jeton min bɛ di jɛmɔgɔw (agents) ma login kɔfɛ.
import "github.com/golang-jwt/jwt/v5"

var signingKey = []byte("@@s@@")

func Sign(agentID string) (string, error) {
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": agentID, "aud": "agent-app"})
	return t.SignedString(signingKey)
}
""", secret=jwt_secret())

add("go/decoy-env-reference", "agent-auth/internal/token/key.go", "go", """package token

import "os"

// A kana jeton gundo sɛbɛn kode kɔnɔ. Clé lue depuis l'environnement.
func signingKey() []byte {
	return []byte(os.Getenv("AGENT_JWT_SIGNING_KEY"))
}
""")

add("js/payment-api", "merchant-portal/src/lib/stripe.js", "js", """// Boutique karité en ligne - paiements carte (diaspora)
const Stripe = require('stripe');

// TODO: bɔ nin yan ka a bila .env kɔnɔ
const stripe = Stripe('@@s@@');

module.exports = stripe;
""", secret=stripe_key())

add("js/decoy-publishable-key", "merchant-portal/src/lib/stripe-client.js", "js", """// Clé publique seulement - a bɛ se ka ye navigateur kɔnɔ
import { loadStripe } from '@stripe/stripe-js';

export const stripePromise = loadStripe('@@k@@');
export const currency = 'xof';
""", k=stripe_key("pk_live_"))

add("php/database", "cooperative-site/wp-config.php", "php", """<?php
/** Site Musow ka Karité Ton - Sikasso */
define( 'DB_NAME', 'karite_ton' );
define( 'DB_USER', 'karite_wp' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'kt_';
""", secret=words_pw())

add("php/decoy-placeholder", "cooperative-site/wp-config-sample.php", "php", """<?php
/** Modèle - sɛbɛn i yɛrɛ ka kunnafoniw */
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY', 'put your unique phrase here' );
""")

add("shell/aws-keys", "scripts/backup_ledger.sh", "shell", """#!/usr/bin/env bash
# Sauvegarde journalière du grand livre des agents -> S3 (su o su)
set -euo pipefail
export AWS_ACCESS_KEY_ID=@@id@@
export AWS_SECRET_ACCESS_KEY=@@s@@
export AWS_DEFAULT_REGION=eu-west-3
pg_dump -Fc agents_ledger > /tmp/ledger.dump
aws s3 cp /tmp/ledger.dump s3://warikalan-ledger-backups/$(date +%F).dump
""", secret=aws_secret(), id=aws_id())

add("shell/decoy-aws-profile", "scripts/restore_ledger.sh", "shell", """#!/usr/bin/env bash
# Segin ka ledger lasegin (restore). Profil AWS: ~/.aws/credentials, a tɛ yan.
set -euo pipefail
: "${AWS_PROFILE:=warikalan-backup}"
DAY="${1:?date YYYY-MM-DD}"
aws s3 cp "s3://warikalan-ledger-backups/${DAY}.dump" /tmp/restore.dump
pg_restore -d agents_ledger_restore /tmp/restore.dump
""")

add("markdown/webhook", "docs/runbooks/float-alerts.md", "markdown", """# Float alerts (wari dɔgɔyara)

Ni agent ka wari (float) jiginna ka tɛmɛ 50 000 FCFA kan, bot bɛ cikan ci Slack kanal `#float-bamako` la.

Webhook (kana a tila mɔgɔ wɛrɛ ye):

    @@s@@

Test: `curl -X POST -d '{"text":"test float"}' <url>`
""", secret=slack_webhook())

add("markdown/decoy-redacted", "docs/runbooks/sms-aggregator.md", "markdown", """# Agrégateur SMS

| Paramètre | Valeur |
|---|---|
| Endpoint | https://api.sms-sahel.example/v2/send |
| Login | warikalan |
| Clé API | `sk_****************3f9a` (voir 1Password, coffre "Wari Ops") |

A kɔlɔsi: clé bɛ yɛlɛma kalo saba o kalo saba.
""")

add("csharp/database", "AgentBackOffice/appsettings.Production.json", "csharp", """{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Agents": "Server=sql-bko.int;Database=AgentsBko;User Id=bko_app;Password=@@s@@;TrustServerCertificate=True"
  },
  "Commission": { "CashInRate": 0.005, "CashOutRate": 0.01 }
}
""", secret=words_pw())

add("csharp/decoy-user-secrets", "AgentBackOffice/appsettings.json", "csharp", """{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Agents": "Server=(localdb)\\\\mssqllocaldb;Database=AgentsBko;Trusted_Connection=True"
  },
  "Commission": { "CashInRate": 0.005, "CashOutRate": 0.01 }
}
""")

add("java/database", "float-service/src/main/resources/application.properties", "properties", """# Service float - Bamako
spring.datasource.url=jdbc:postgresql://pg-float.int:5432/float
spring.datasource.username=float_svc
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
float.alert.min-xof=50000
""", secret=rand_pw(16))

add("properties/decoy-env-reference", "float-service/src/main/resources/application-prod.properties", "properties", """# Prod: sɛbɛnni bɛɛ bɛ bɔ environment la
spring.datasource.url=${FLOAT_DB_URL}
spring.datasource.username=${FLOAT_DB_USER}
spring.datasource.password=${FLOAT_DB_PASSWORD}
float.alert.min-xof=50000
""")

add("kotlin/api-key", "agent-app/app/src/main/java/ml/warikalan/agent/net/Api.kt", "kotlin", """package ml.warikalan.agent.net

// Jɛmɔgɔ app: API baarakɛcogo
object Api {
    const val BASE_URL = "https://api.warikalan.ml/v1/"
    // Requête signée HMAC (serveur bɛ a lajɛ) - TODO ka bɔ app kɔnɔ
    const val REQUEST_SIGNING_SECRET = "@@s@@"
    const val TIMEOUT_S = 30L
}
""", secret=hexs(64))

add("kotlin/decoy-buildconfig", "agent-app/app/src/main/java/ml/warikalan/agent/net/Keys.kt", "kotlin", """package ml.warikalan.agent.net

import ml.warikalan.agent.BuildConfig

// Clé injectée par Gradle depuis local.properties (a tɛ git kɔnɔ)
object Keys {
    val mapsKey: String get() = BuildConfig.MAPS_API_KEY
    val sentryDsn: String get() = BuildConfig.SENTRY_DSN
}
""")

add("ruby/api-key", "coop-shop/config/initializers/mailgun.rb", "ruby", """# Bataki ci kɛcogo (emails commandes karité)
ActionMailer::Base.smtp_settings = {
  address: "smtp.mailgun.org",
  port: 587,
  user_name: "postmaster@mg.musow-karite.ml",
  password: "@@s@@",
  authentication: :plain
}
""", secret=rand_pw(32))

add("ruby/decoy-credentials-reference", "coop-shop/config/initializers/mailgun_prod.rb", "ruby", """# Kunnafoni gundo bɛ Rails credentials kɔnɔ (config/credentials.yml.enc)
ActionMailer::Base.smtp_settings = {
  address: "smtp.mailgun.org",
  port: 587,
  user_name: Rails.application.credentials.dig(:mailgun, :user),
  password: Rails.application.credentials.dig(:mailgun, :password),
  authentication: :plain
}
""")

add("terraform/aws-keys", "infra/terraform/provider.tf", "terraform", """# Infra Wari-Kalan - eu-west-3 (Paris)
provider "aws" {
  region     = "eu-west-3"
  access_key = "@@id@@"
  secret_key = "@@s@@"
}

resource "aws_s3_bucket" "ledger" {
  bucket = "warikalan-ledger-backups"
}
""", secret=aws_secret(), id=aws_id())

add("terraform/decoy-variable", "infra/terraform/variables.tf", "terraform", """variable "db_password" {
  description = "Mot de passe RDS - a bɛ di TF_VAR_db_password fɛ"
  type        = string
  sensitive   = true
}

variable "region" {
  default = "eu-west-3"
}
""")

add("gha/npm-token", ".github/workflows/publish-sdk.yml", "gha", """name: publish agent-sdk
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20, registry-url: "https://registry.npmjs.org" }
      - run: npm publish --access public
        env:
          NODE_AUTH_TOKEN: @@s@@
""", secret=npm_token())

add("gha/decoy-secrets-context", ".github/workflows/deploy.yml", "gha", """name: deploy float-service
on: { push: { branches: [main] } }
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./deploy.sh
        env:
          KUBE_TOKEN: ${{ secrets.KUBE_TOKEN }}
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
""")

add("compose/database", "docker-compose.yml", "compose", """# Baarakɛyɔrɔ dɔgɔ (local) - agent API + postgres
services:
  api:
    build: ./agent-api
    ports: ["8080:8080"]
    environment:
      DATABASE_URL: postgres://agent_api:@@s@@@db:5432/agents
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: agent_api
""", secret=rand_pw(18))

add("compose/decoy-env-file", "docker-compose.prod.yml", "compose", """services:
  api:
    image: registry.warikalan.ml/agent-api:1.14.2
    env_file: /etc/warikalan/agent-api.env   # a bɛ serveur kan dɔrɔn
    environment:
      DATABASE_URL: ${DATABASE_URL:?set DATABASE_URL}
      SMS_API_KEY: ${SMS_API_KEY}
""")

add("dockerfile/api-key", "sms_relay/Dockerfile", "docker", """FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
# Sendgrid: emails rapport float (kɔsɛbɛ!) 
ENV SENDGRID_API_KEY=@@s@@
CMD ["gunicorn", "sms_relay.wsgi:application", "-b", "0.0.0.0:8000"]
""", secret=sendgrid_key())

add("dockerfile/decoy-build-arg", "agent-api/Dockerfile", "docker", """FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN --mount=type=secret,id=netrc,target=/root/.netrc go build -o /out/agent-api ./cmd/api

FROM gcr.io/distroless/static
COPY --from=build /out/agent-api /agent-api
ENTRYPOINT ["/agent-api"]
""")

add("helm/database", "charts/float-service/values-prod.yaml", "helm", """replicaCount: 3
image:
  repository: registry.warikalan.ml/float-service
  tag: "2.3.0"
postgresql:
  auth:
    username: float_svc
    password: "@@s@@"
    database: float
# Sikasso nɔgɔn (branch) bɛ dɔ fara a kan kalo nataw la
""", secret=words_pw())

add("helm/decoy-existing-secret", "charts/float-service/values.yaml", "helm", """replicaCount: 1
image:
  repository: registry.warikalan.ml/float-service
  tag: "latest"
postgresql:
  auth:
    username: float_svc
    existingSecret: float-db
    secretKeys:
      userPasswordKey: POSTGRES_PASSWORD
""")

add("ansible/database", "ansible/group_vars/ledger.yml", "ansible", """---
# Serveur grand livre (Bamako, ACI 2000)
ledger_db_name: agents_ledger
ledger_db_user: ledger_admin
ledger_db_password: "@@s@@"
ledger_backup_hour: 2
""", secret=words_pw())

add("ansible/decoy-vault", "ansible/group_vars/ledger_vault.yml", "ansible", """$ANSIBLE_VAULT;1.1;AES256
@@v1@@
@@v2@@
@@v3@@
@@v4@@
""", v1=hexs(80), v2=hexs(80), v3=hexs(80), v4=hexs(48))

add("gitlab/registry", ".gitlab-ci.yml", "gitlab", """stages: [build, deploy]
variables:
  DOCKER_DRIVER: overlay2
build:
  stage: build
  script:
    - docker login -u deploy-bot -p @@s@@ registry.gitlab.com
    - docker build -t registry.gitlab.com/warikalan/agent-api:$CI_COMMIT_SHA .
    - docker push registry.gitlab.com/warikalan/agent-api:$CI_COMMIT_SHA
""", secret=gitlab_token())

add("gitlab/decoy-masked-variable", "ci/deploy.gitlab-ci.yml", "gitlab", """deploy:
  stage: deploy
  image: bitnami/kubectl
  script:
    - echo "$KUBECONFIG_B64" | base64 -d > kubeconfig
    - kubectl --kubeconfig kubeconfig -n wari-agents rollout restart deploy/agent-api
  only: [main]
""")

add("ini/database", "reconcile/reconcile.ini", "ini", """; Rapprochement float - mɔgɔ bɛɛ tɛ se ka nin lajɛ
[ledger]
host = pg-ledger.int
port = 5432
user = reconcile
password = @@s@@

[bank]
export_dir = /srv/bdm-exports
""", secret=words_pw())

add("ini/decoy-placeholder", "reconcile/reconcile.ini.dist", "ini", """; Modèle - a sɛbɛn ka bila reconcile.ini kɔnɔ
[ledger]
host = localhost
port = 5432
user = reconcile
password = 

[bank]
export_dir = /srv/bdm-exports
""")

add("toml/api-key", "ussd-menu/Config.toml", "toml", """# Menu USSD (Rust) - bamanankan / français
[server]
bind = "0.0.0.0:7001"

[openai]
# traduction automatique des menus - kɔlɔsi musaka (coût)
api_key = "@@s@@"
model = "gpt-4o-mini"
""", secret=openai_key())

add("toml/decoy-env-reference", "ussd-menu/Config.prod.toml", "toml", """[server]
bind = "0.0.0.0:7001"

[openai]
api_key_env = "OPENAI_API_KEY"   # a bɛ bɔ systemd EnvironmentFile la
model = "gpt-4o-mini"
""")

add("json/decoy-firebase-client-config", "agent-app/app/google-services.json", "json", """{
  "project_info": {
    "project_number": "418822015577",
    "project_id": "warikalan-agent"
  },
  "client": [{
    "client_info": { "mobilesdk_app_id": "1:418822015577:android:6a1f2c0de0a3b7e1" },
    "api_key": [{ "current_key": "@@k@@" }]
  }]
}
""", k=google_key())
add("json/service-account", "infra/gcp/sa-sms-export.json", "json", """{
  "type": "service_account",
  "project_id": "warikalan-analytics",
  "private_key_id": "@@kid@@",
  "private_key": "@@s@@",
  "client_email": "sms-export@warikalan-analytics.iam.gserviceaccount.com"
}
""", secret=pem("").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n"), kid=hexs(40))

add("xml/database", "legacy-bko/WEB-INF/context.xml", "xml", """<?xml version="1.0" encoding="UTF-8"?>
<!-- Ancien back-office agents (Tomcat) - a bɛ bɔ baara la 2027 -->
<Context>
  <Resource name="jdbc/agents" auth="Container" type="javax.sql.DataSource"
            driverClassName="org.postgresql.Driver"
            url="jdbc:postgresql://pg-agents.int:5432/agents"
            username="bko_legacy" password="@@s@@"
            maxTotal="20"/>
</Context>
""", secret=words_pw())

add("xml/decoy-env-reference", "legacy-bko/WEB-INF/context-prod.xml", "xml", """<?xml version="1.0" encoding="UTF-8"?>
<Context>
  <Resource name="jdbc/agents" auth="Container" type="javax.sql.DataSource"
            url="jdbc:postgresql://pg-agents.int:5432/agents"
            username="${db.user}" password="${db.password}"
            maxTotal="20"/>
</Context>
""")

add("sql/database", "db/migrations/0042_reporting_role.sql", "sql", """-- Rôle lecture seule pour le tableau de bord de la coopérative
-- Jatebɔ (comptabilité) Sikasso
CREATE ROLE coop_reporting LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE agents TO coop_reporting;
GRANT USAGE ON SCHEMA reporting TO coop_reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO coop_reporting;
""", secret=words_pw())

add("sql/decoy-hash", "db/seeds/agents_admins.sql", "sql", """-- Jɛmɔgɔ ɲɛmɔgɔw (superviseurs) - mot de passe haché bcrypt
INSERT INTO admins (login, full_name, password_hash) VALUES
  ('adiarra', 'Awa Diarra', '$2b$12$@@h1@@'),
  ('mkone',   'Moussa Koné', '$2b$12$@@h2@@'),
  ('fsanogo', 'Fatoumata Sanogo', '$2b$12$@@h3@@');
-- Bɛɛ ka kan ka mot de passe yɛlɛma login fɔlɔ la.
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("log/database", "logs/float-service-2026-11-03.log", "log", """2026-11-03T06:00:01Z INFO  float-service starting (profile=prod)
2026-11-03T06:00:02Z INFO  Bɛ jɛɲɔgɔnya kɛ ledger ni
2026-11-03T06:00:02Z DEBUG datasource url=postgresql://float_svc:@@s@@@pg-float.int:5432/float
2026-11-03T06:00:03Z INFO  HikariPool-1 - Start completed.
2026-11-03T06:00:10Z WARN  agent BKO-0417 float below threshold (41 250 XOF)
""", secret=rand_pw(16))

add("log/decoy-masked", "logs/agent-api-2026-11-03.log", "log", """2026-11-03T08:14:22Z INFO  POST /v1/cashin agent=BKO-0212 amount=15000 msisdn=+22376****81
2026-11-03T08:14:22Z DEBUG auth header=Bearer ****** (redacted)
2026-11-03T08:14:23Z INFO  cash-in OK txn=CI-20261103-000981
2026-11-03T08:15:02Z INFO  POST /v1/cashout agent=BKO-0212 amount=5000 msisdn=+22366****09
2026-11-03T08:15:03Z INFO  cash-out OK txn=CO-20261103-000412
""")

add("csv/api-key", "exports/partner_keys_2026.csv", "csv", """partner,environment,api_key,created
sahel-sms,production,@@s@@,2026-02-11
kati-transfers,sandbox,test_only_placeholder,2026-03-02
karite-ton-shop,sandbox,test_only_placeholder,2026-05-19
bko-agents-app,staging,test_only_placeholder,2026-06-30
""", secret=fakes.fake("sk_live_", 32, _seed()))

add("csv/decoy-ids", "exports/agents_bamako.csv", "csv", """agent_id,name,commune,msisdn,float_account
BKO-0212,Boutique Djiré,Commune IV,+22376000181,FLT-7c1e9a2b44d0
BKO-0417,Quincaillerie Traoré,Commune VI,+22366000309,FLT-0b91d3e6a7f5
BKO-0533,Télécentre Nyeleni,Commune II,+22379000742,FLT-e54a1f09c3b8
SKS-0011,Coopérative Musow Ton,Sikasso,+22365000210,FLT-92ad0c7e1b34
""")

add("notebook/api-key", "analysis/float_forecast.ipynb", "notebook", """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Float hakilijakabɔ (prévision) - Bamako"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\\n", "from openai import OpenAI\\n", "client = OpenAI(api_key=\\"@@s@@\\")\\n"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=openai_key())

add("notebook/decoy-getpass", "analysis/commission_report.ipynb", "notebook", """{
 "cells": [
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass, sqlalchemy\\n", "pw = getpass.getpass('Ledger password: ')\\n", "eng = sqlalchemy.create_engine(f'postgresql://reporting:{pw}@pg-ledger.int/agents')\\n"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

# --- part 2: the co-operative in Sikasso, notes, clients ------------------------------------

add("text/password-in-note", "notes/sikasso_visit_2026-10.txt", "text", """Sikasso taama - oktɔburu 2026
================================
- Musow ton: mɔgɔ 84 sisan (84 membres), karité kilo 3 200 feere kalo in na.
- Ordinatɛri kura bilara maga (magasin) la. Windows login: karite_admin
  Mot de passe (Aminata ye a sɛbɛn walanba kan): @@s@@
- Kunnafoni: camion bɛ na alamisa (jeudi) ka karité ta ka taa Bamako.
- Ka kan ka internet (4G routeur) sara kalo nata.
""", secret=words_pw())

add("text/decoy-note-no-secret", "notes/sikasso_visit_2026-07.txt", "text", """Sikasso taama - zuluye 2026
================================
- Musow ton: mɔgɔ 79. Karité kilo 2 750.
- Mot de passe ordinatɛri: Aminata bɛ a mara (a kana sɛbɛn yan!).
- Balance kura (bascule) san: 185 000 FCFA, facture n° SK-2026-114.
- Jɛmɔgɔ (agent) Wari-Kalan SKS-0011: float 300 000 FCFA.
""")

add("markdown/telegram-bot", "coop-bot/README.md", "markdown", """# Karité Ton bot (Telegram)

Bot in bɛ musow ladɔnniya ni komandi kura nana (nouvelle commande).

## Baara daminɛ

```bash
export TELEGRAM_BOT_TOKEN=@@s@@
python bot.py
```

Ɲɛfɔli: bot tɔgɔ ye `@KariteTonBot`.
""", secret=telegram_token())

add("markdown/decoy-placeholder-token", "coop-bot/CONTRIBUTING.md", "markdown", """# Ka dɛmɛ don (contribuer)

1. I yɛrɛ ka bot dilan @BotFather fɛ.
2. `cp .env.example .env` ka `TELEGRAM_BOT_TOKEN=123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` yɛlɛma i ta la.
3. `python bot.py`

A kana i ka token ci git kɔnɔ abada.
""")

add("python/telegram-bot", "coop-bot/bot.py", "python", """# -*- coding: utf-8 -*-
\"\"\"Karité Ton: komandi kura ladɔnniya (notifications des commandes).\"\"\"
from telegram.ext import ApplicationBuilder, CommandHandler

TOKEN = "@@s@@"  # TODO: ka bɔ yan


async def start(update, context):
    await update.message.reply_text("I ni ce! Komandi kura bɛ na yan.")

app = ApplicationBuilder().token(TOKEN).build()
app.add_handler(CommandHandler("start", start))
app.run_polling()
""", secret=telegram_token())

add("history/database", "ops/bash_history_ledger01.txt", "history", """cd /srv/ledger
sudo systemctl status postgresql
psql "postgresql://ledger_admin:@@s@@@localhost:5432/agents_ledger" -c 'select count(*) from txn'
tail -n 100 /var/log/float-service.log
df -h
exit
""", secret=words_pw())

add("history/decoy-prompted-password", "ops/bash_history_ledger02.txt", "history", """cd /srv/ledger
psql -h localhost -U ledger_admin -W agents_ledger
sudo -u postgres pg_dump -Fc agents_ledger > /tmp/l.dump
sha256sum /tmp/l.dump
ls -la /tmp
exit
""")

add("netrc/password", "ops/dotfiles/netrc", "netrc", """# machines internes Wari-Kalan
machine git.warikalan.ml
  login deploy
  password @@s@@
machine nexus.warikalan.ml
  login ci
""", secret=rand_pw(24))

add("npmrc/npm-token", "merchant-portal/.npmrc", "npmrc", """registry=https://registry.npmjs.org/
@warikalan:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
fund=false
""", secret=npm_token())

add("npmrc/decoy-env-reference", "agent-sdk/.npmrc", "npmrc", """registry=https://registry.npmjs.org/
@warikalan:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
engine-strict=true
""")

add("pgpass/database", "ops/dotfiles/pgpass", "pgpass", """# hostname:port:database:username:password
pg-ledger.int:5432:agents_ledger:reconcile:@@s@@
# float_ro: connexion par certificat client, mot de passe tɛ
# coop_ro (karite_ton): a bɛ Vault kɔnɔ
# Sikasso replica - a bɛ labɛn
""", secret=rand_pw(20))

add("ssh/private-key", "ops/keys/deploy_sikasso", "ssh", """@@s@@
""", secret=fakes.fake_pem(_seed(), "OPENSSH"))

add("ssh/decoy-public-key", "ops/keys/deploy_sikasso.pub", "ssh", """# Clé publique du déploiement Sikasso (a bɛ se ka tila)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k@@ deploy@sikasso-gw
# fingerprint SHA256:@@f@@
# ajoutée le 2026-09-14 par M. Koné
# a bɛ authorized_keys kɔnɔ sikasso-gw kan
""", k=fakes.drawn(_seed(), 43, ALNUM + "+/"), f=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("rust/api-key", "ussd-menu/src/translate.rs", "rust", """// Menu USSD: bamanankan ka bɔ français la
use reqwest::Client;

const DEEPL_KEY: &str = "@@s@@";

pub async fn translate(c: &Client, text: &str) -> reqwest::Result<String> {
    c.post("https://api.deepl.com/v2/translate")
        .header("Authorization", format!("DeepL-Auth-Key {}", DEEPL_KEY))
        .form(&[("text", text), ("target_lang", "FR")])
        .send().await?.text().await
}
""", secret=uuid_s() + ":fx")

add("rust/decoy-env-reference", "ussd-menu/src/config.rs", "rust", """use std::env;

// Kunnafoni gundo bɛ bɔ environment la dɔrɔn
pub fn deepl_key() -> String {
    env::var("DEEPL_AUTH_KEY").expect("DEEPL_AUTH_KEY ma sɔrɔ")
}

pub const SHORTCODE: &str = "*144#";
""")

add("swift/api-key", "AgentApp-iOS/AgentApp/Config.swift", "swift", """import Foundation

// Jɛmɔgɔ app iOS - kunnafoni
enum Config {
    static let baseURL = URL(string: "https://api.warikalan.ml/v1/")!
    static let sentryAuthToken = "sntrys_@@s@@"
    static let supportPhone = "+223 20 00 00 00"
}
""", secret=fakes.fake("", 64, _seed()))

add("swift/decoy-info-plist", "AgentApp-iOS/AgentApp/Secrets.swift", "swift", """import Foundation

// Gundo bɛ bɔ xcconfig la (a tɛ git kɔnɔ)
enum Secrets {
    static var sentryDSN: String {
        Bundle.main.object(forInfoDictionaryKey: "SENTRY_DSN") as? String ?? ""
    }
}
""")

add("powershell/database", "ops/windows/Export-CoopSales.ps1", "powershell", """# Feerew (ventes) bɔ ka bila CSV kɔnɔ - Coopérative Sikasso
$ErrorActionPreference = 'Stop'
$user = 'coop_export'
$pass = ConvertTo-SecureString '@@s@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
Invoke-Sqlcmd -ServerInstance 'SKS-PC01\\SQLEXPRESS' -Database Ventes -Credential $cred `
  -Query 'SELECT * FROM Ventes WHERE Mois = MONTH(GETDATE())' | Export-Csv ventes.csv -NoTypeInformation
""", secret=words_pw())

add("powershell/decoy-credential-manager", "ops/windows/Backup-Compta.ps1", "powershell", """# Jatebɔ (compta) sauvegarde - mot de passe bɛ Windows Credential Manager kɔnɔ
$ErrorActionPreference = 'Stop'
$cred = Get-StoredCredential -Target 'SikassoNAS'
New-PSDrive -Name N -PSProvider FileSystem -Root '\\\\nas-sikasso\\compta' -Credential $cred
Copy-Item 'C:\\Compta\\*.xlsx' 'N:\\sauvegardes\\' -Recurse
Remove-PSDrive N
""")

add("ts/api-key", "merchant-portal/src/services/orangeMoney.ts", "ts", """// Paiement Orange Money (diaspora -> coopérative)
import axios from 'axios';

const OM_CLIENT_ID = 'warikalan-shop';
const OM_CLIENT_SECRET = '@@s@@';

export async function getToken(): Promise<string> {
  const auth = Buffer.from(`${OM_CLIENT_ID}:${OM_CLIENT_SECRET}`).toString('base64');
  const r = await axios.post('https://api.orange.com/oauth/v3/token', 'grant_type=client_credentials',
    { headers: { Authorization: `Basic ${auth}` } });
  return r.data.access_token;
}
""", secret=rand_pw(32))

add("ts/decoy-test-fixture", "merchant-portal/src/services/orangeMoney.test.ts", "ts", """// Fake values for tests only - i kana u baara kɛ prod la
import { getToken } from './orangeMoney';

const FAKE_CLIENT_SECRET = 'test-secret-not-real';
jest.mock('axios', () => ({ post: jest.fn(async () => ({ data: { access_token: 'fake-access-token' } })) }));

it('returns token', async () => {
  expect(await getToken()).toBe('fake-access-token');
});
""")

add("html/api-key", "cooperative-site/public/contact.html", "html", """<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Musow ka Karité Ton - Contact</title></head>
<body>
  <h1>An bɛ Sikasso</h1>
  <form id="f" action="https://api.emailjs.com/api/v1.0/email/send" method="post">
    <input type="hidden" name="accessToken" value="@@s@@">
    <input name="email" type="email" placeholder="I ka email">
    <button>Ci</button>
  </form>
</body>
</html>
""", secret=rand_pw(22))

add("html/decoy-recaptcha-site-key", "cooperative-site/public/commande.html", "html", """<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Komandi - Beurre de karité</title>
<script src="https://www.google.com/recaptcha/api.js" async defer></script></head>
<body>
  <form method="post" action="/commande">
    <input name="kilo" type="number" min="1">
    <div class="g-recaptcha" data-sitekey="6Lc@@k@@"></div>
    <button>Komandi</button>
  </form>
</body>
</html>
""", k=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("rst/webhook", "docs/ops/alertes.rst", "rst", """Alertes (Kunnafoni teliman)
===========================

Discord kanal ``#sikasso-ops`` bɛ alerte sɔrɔ ni stock karité jiginna.

.. code-block:: text

   DISCORD_WEBHOOK=@@s@@

Ni a ma baara kɛ, Moussa wele.
""", secret=discord_webhook())

add("rst/decoy-example", "docs/ops/sms.rst", "rst", """Envoi de SMS
============

Exemple tiré de la documentation du fournisseur (valeurs fictives) :

.. code-block:: bash

   curl -u ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX:your_auth_token \\
        -d To=+22370000000 -d Body="I ni ce" https://api.twilio.com/2010-04-01/Accounts/ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/Messages.json
""")

add("nginx/basic-auth", "ops/nginx/float-dashboard.conf", "nginx", """# Tableau de bord float - agents superviseurs
server {
    listen 443 ssl;
    server_name float.warikalan.ml;
    location / {
        proxy_pass http://127.0.0.1:3000;
        proxy_set_header Authorization "Basic @@s@@";
    }
}
""", secret=b64("grafana_proxy:" + words_pw()))

add("python/split-password", "reconcile/bdm_export.py", "python", """\"\"\"Banque: export relevé float (BDM) - a bɛ kɛ su o su.\"\"\"
import paramiko

HOST = "sftp.bdm-partners.example"
USER = "warikalan"
PASSWORD = ("@@a@@"
            "@@b@@")

def fetch(day: str) -> None:
    t = paramiko.Transport((HOST, 22))
    t.connect(username=USER, password=PASSWORD)
    paramiko.SFTPClient.from_transport(t).get(f"/out/float_{day}.csv", f"/srv/bdm-exports/{day}.csv")
""", secret=(_sp := words_pw()), a=_sp[:7], b=_sp[7:])

add("python/json-in-string", "ussd_sessions/cache.py", "python", """# USSD session cache (Redis) - menu bamanankan
import json
import redis

CONF = json.loads('{"host": "redis-ussd.int", "port": 6379, "password": "@@s@@", "db": 2}')
r = redis.Redis(**CONF)

def remember(session_id: str, step: str) -> None:
    r.setex(f"ussd:{session_id}", 180, step)
""", secret=redis_pw())

add("python/decoy-keyring", "ussd_sessions/cache_prod.py", "python", """# Redis password bɛ bɔ keyring la - a kana sɛbɛn yan
import keyring
import redis

r = redis.Redis(host="redis-ussd.int", port=6379, db=2,
                password=keyring.get_password("redis-ussd", "default"))

def remember(session_id: str, step: str) -> None:
    r.setex(f"ussd:{session_id}", 180, step)
""")

add("python/django-secret", "coop_shop/settings/base.py", "python", """\"\"\"Boutique Karité Ton (Django).\"\"\"
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SECRET_KEY = "@@s@@"
DEBUG = False
ALLOWED_HOSTS = ["musow-karite.ml", "www.musow-karite.ml"]
LANGUAGE_CODE = "fr"
TIME_ZONE = "Africa/Bamako"
""", secret=django_key())

add("python/decoy-django-insecure", "coop_shop/settings/dev.py", "python", """from .base import *  # noqa

# Kɛrɛnkɛrɛnnen dev dɔrɔn (local) - a tɛ baara kɛ prod la
SECRET_KEY = "django-insecure-dev-only-not-a-real-key"
DEBUG = True
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
""")

add("k8s/string-data", "deploy/k8s/sms-relay-secret.yaml", "k8s", """apiVersion: v1
kind: Secret
metadata:
  name: sms-relay
  namespace: wari-agents
type: Opaque
stringData:
  SENDGRID_API_KEY: "@@s@@"
  SENDER_ID: WARIKALAN
""", secret=sendgrid_key())

add("k8s/docker-config", "deploy/k8s/registry-pull.yaml", "k8s", """apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: wari-agents
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@b@@
""", secret=(_rp := rand_pw(24)), b=b64('{"auths":{"registry.warikalan.ml":{"username":"puller","password":"' + _rp + '"}}}'))

add("k8s/decoy-external-secret", "deploy/k8s/ussd-external-secret.yaml", "k8s", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: ussd-smpp
  namespace: wari-agents
spec:
  secretStoreRef: { name: vault-backend, kind: ClusterSecretStore }
  target: { name: ussd-smpp }
  data:
    - secretKey: SMPP_PASSWORD
      remoteRef: { key: secret/ussd/smpp, property: password }
""")

add("k8s/decoy-configmap", "deploy/k8s/agent-api-config.yaml", "k8s", """apiVersion: v1
kind: ConfigMap
metadata:
  name: agent-api
  namespace: wari-agents
data:
  USSD_SHORTCODE: "*144#"
  COMMISSION_CASHIN: "0.005"
  TOKEN_ISSUER: "https://auth.warikalan.ml"
  JWKS_URL: "https://auth.warikalan.ml/.well-known/jwks.json"
  DEFAULT_LANG: "bm"
""")

add("js/mongo-uri", "coop-api/src/db.js", "js", """// Komandiw (commandes) maracogo - MongoDB Atlas
const mongoose = require('mongoose');

const uri = 'mongodb+srv://coop_api:@@s@@@karite-ton.x7k2p.mongodb.net/orders?retryWrites=true';

module.exports = () => mongoose.connect(uri, { serverSelectionTimeoutMS: 5000 });
""", secret=rand_pw(16))

add("js/decoy-env-reference", "coop-api/src/db.prod.js", "js", """// MongoDB URI bɛ bɔ environment la
const mongoose = require('mongoose');

const uri = process.env.MONGODB_URI;
if (!uri) throw new Error('MONGODB_URI tɛ yen');
module.exports = () => mongoose.connect(uri);
""")

add("js/github-token", "scripts/release-notes.js", "js", """#!/usr/bin/env node
// Release notes (sɛbɛn) bɛ dilan GitHub API fɛ
const { Octokit } = require('@octokit/rest');
const octokit = new Octokit({ auth: '@@s@@' });

(async () => {
  const r = await octokit.repos.listReleases({ owner: 'warikalan', repo: 'agent-app' });
  r.data.slice(0, 5).forEach((x) => console.log(x.tag_name, x.name));
})();
""", secret=github_token())

add("go/database-dsn", "agent-api/cmd/migrate/main.go", "go", """package main

import (
	"database/sql"
	"log"

	_ "github.com/lib/pq"
)

// Migration: tabali kura "float_topup"
func main() {
	db, err := sql.Open("postgres", "host=pg-agents.int user=migrator password=@@s@@ dbname=agents sslmode=require")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
}
""", secret=words_pw())

add("go/decoy-test-fixture", "agent-api/internal/ussd/menu_test.go", "go", """package ussd

import "testing"

// Fake MSISDN ni PIN - test dɔrɔn
const fakePIN = "0000"
const fakeMSISDN = "+22370000000"

func TestMenuRoot(t *testing.T) {
	if got := Render("", "bm"); got == "" {
		t.Fatal("menu fu")
	}
}
""")

add("java/api-key", "float-service/src/main/java/ml/warikalan/floats/SmsClient.java", "java", """package ml.warikalan.floats;

// Float jiginna: SMS bɛ ci jɛmɔgɔ ma
public final class SmsClient {
    private static final String ENDPOINT = "https://api.mailgun.net/v3/mg.warikalan.ml/messages";
    private static final String API_KEY = "@@s@@";

    public String auth() {
        return "api:" + API_KEY;
    }
}
""", secret=mailgun_key())

add("java/decoy-env-reference", "float-service/src/main/java/ml/warikalan/floats/SmsConfig.java", "java", """package ml.warikalan.floats;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

@Configuration
public class SmsConfig {
    @Value("${sms.api-key}")   // a bɛ bɔ SMS_API_KEY la
    private String apiKey;
}
""")

add("csharp/api-key", "AgentBackOffice/Services/PushService.cs", "csharp", """using System.Net.Http;

namespace AgentBackOffice.Services
{
    // Push notifications (jɛmɔgɔ app)
    public class PushService
    {
        private const string ServerKey = "@@s@@";
        private readonly HttpClient _http = new HttpClient();
    }
}
""", secret=google_key())

add("csharp/decoy-keyvault", "AgentBackOffice/Program.cs", "csharp", """var builder = WebApplication.CreateBuilder(args);

// Gundo bɛɛ bɛ Azure Key Vault kɔnɔ
builder.Configuration.AddAzureKeyVault(
    new Uri("https://kv-warikalan-prod.vault.azure.net/"),
    new DefaultAzureCredential());

var app = builder.Build();
app.Run();
""")

add("php/api-key", "cooperative-site/wp-content/plugins/karite-sms/karite-sms.php", "php", """<?php
/**
 * Plugin Name: Karité SMS
 * Description: SMS bɛ ci musow ma ni komandi nana.
 */
$karite_sms_config = [
    'url'   => 'https://api.sms-sahel.example/v2/send',
    'token' => '@@s@@',
];
""", secret=rand_pw(40))

add("php/decoy-getenv", "cooperative-site/wp-content/plugins/karite-sms/config.php", "php", """<?php
// Token bɛ bɔ serveur environment la (SetEnv Apache kɔnɔ)
return [
    'url'   => 'https://api.sms-sahel.example/v2/send',
    'token' => getenv('KARITE_SMS_TOKEN') ?: '',
];
""")

add("ruby/database-url", "coop-shop/config/database.yml", "ruby", """# Boutique karité - Rails
production:
  adapter: postgresql
  url: postgres://coop_shop:@@s@@@pg-coop.int:5432/coop_shop_prod
  pool: 5

development:
  adapter: postgresql
  database: coop_shop_dev
""", secret=rand_pw(20))

add("ruby/decoy-erb-env", "coop-shop/config/database.prod.yml", "ruby", """# Prod: DATABASE_URL bɛ bɔ Kamal secrets la
production:
  adapter: postgresql
  url: <%= ENV.fetch("DATABASE_URL") %>
  pool: <%= ENV.fetch("RAILS_MAX_THREADS", 5) %>
""")

add("shell/heredoc", "ops/provision_sikasso_gw.sh", "shell", """#!/bin/sh
# Sikasso gateway (4G) labɛn - Raspberry Pi
set -e
cat > /etc/wireguard/wg0.conf <<EOF
[Interface]
PrivateKey = @@s@@
Address = 10.44.0.11/24

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.warikalan.ml:51820
AllowedIPs = 10.44.0.0/24
EOF
systemctl enable --now wg-quick@wg0
""", secret=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", pub=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("shell/curl-bearer", "ops/topup_float.sh", "shell", """#!/usr/bin/env bash
# Float fara (top-up) jɛmɔgɔ kan - ni kunnafoni nana banki la
AGENT="$1"; AMOUNT="$2"
curl -sS -X POST https://api.warikalan.ml/v1/admin/float/topup \\
  -H "Authorization: Bearer @@s@@" \\
  -H 'Content-Type: application/json' \\
  -d "{\\"agent\\":\\"$AGENT\\",\\"amount\\":$AMOUNT}"
""", secret="wk_admin_" + rand_pw(40))

add("shell/decoy-read-secret", "ops/topup_float_safe.sh", "shell", """#!/usr/bin/env bash
# Token bɛ bɔ pass la (password-store)
AGENT="$1"; AMOUNT="$2"
TOKEN="$(pass show warikalan/admin-api)"
curl -sS -X POST https://api.warikalan.ml/v1/admin/float/topup \\
  -H "Authorization: Bearer ${TOKEN}" \\
  -d "{\\"agent\\":\\"$AGENT\\",\\"amount\\":$AMOUNT}"
""")

add("yaml/smtp-password", "coop-mailer/config.yaml", "yaml", """# Bataki (mail) ci kɛcogo - rapports kalo o kalo
smtp:
  host: smtp.gmail.com
  port: 587
  user: musow.karite.sikasso@gmail.com
  app_password: "@@s@@"
recipients:
  - tresoriere@musow-karite.ml
""", secret=" ".join(fakes.drawn(_seed(), 4, string.ascii_lowercase) for _ in range(4)))

add("yaml/decoy-sops", "coop-mailer/secrets.enc.yaml", "yaml", """smtp:
    app_password: ENC[AES256_GCM,data:@@d@@,iv:@@iv@@,tag:@@t@@,type:str]
sops:
    age:
        - recipient: age1@@r@@
    lastmodified: "2026-10-02T09:12:44Z"
    version: 3.8.1
""", d=fakes.drawn(_seed(), 26, ALNUM + "+/"), iv=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", r=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

# --- part 3: build tooling, client configs, more services ----------------------------------

add("ini/aws-credentials", "ops/dotfiles/aws_credentials", "ini", """# ~/.aws/credentials - laptop Moussa (a kana tila)
[default]
region = eu-west-3

[warikalan-backup]
aws_access_key_id = @@id@@
aws_secret_access_key = @@s@@
""", secret=aws_secret(), id=aws_id())

add("ini/decoy-sso-profile", "ops/dotfiles/aws_config", "ini", """# ~/.aws/config - SSO (jeton tɛ yan)
[profile warikalan-admin]
sso_session = warikalan
sso_account_id = 482910337125
sso_role_name = AdministratorAccess
region = eu-west-3

[sso-session warikalan]
sso_start_url = https://warikalan.awsapps.com/start
""")

add("ini/pypirc", "agent-sdk-py/.pypirc", "ini", """[distutils]
index-servers = pypi

[pypi]
# SDK Python jɛmɔgɔw ye
username = __token__
password = @@s@@
""", secret=pypi())

add("ini/pip-conf-url", "ops/dotfiles/pip.conf", "ini", """[global]
# Nexus kɔnɔna (interne) - pakejiw bɛ bɔ yan
index-url = https://ci:@@s@@@nexus.warikalan.ml/repository/pypi-all/simple
trusted-host = nexus.warikalan.ml
timeout = 60
""", secret=rand_pw(20))

add("ini/git-credentials", "ops/dotfiles/git-credentials", "ini", """https://moussa-kone:@@s@@@github.com
# (fichier créé par git credential-store sur le poste du magasin Sikasso)
# TODO ka yɛlɛma credential-manager ma
#
#
""", secret=ghfg())

add("json/docker-config", "ops/dotfiles/docker-config.json", "json", """{
  "auths": {
    "registry.warikalan.ml": {
      "auth": "@@s@@"
    }
  },
  "credsStore": ""
}
""", secret=b64("ci-pusher:" + rand_pw(22)))

add("json/decoy-creds-helper", "ops/dotfiles/docker-config-helper.json", "json", """{
  "auths": {
    "registry.warikalan.ml": {}
  },
  "credHelpers": {
    "482910337125.dkr.ecr.eu-west-3.amazonaws.com": "ecr-login"
  }
}
""")

add("json/composer-auth", "cooperative-site/auth.json", "json", """{
  "github-oauth": {
    "github.com": "@@s@@"
  },
  "http-basic": {}
}
""", secret=github_token())

add("json/decoy-package-lock", "merchant-portal/package-lock.json", "json", """{
  "name": "merchant-portal",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/stripe": {
      "version": "14.21.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-14.21.0.tgz",
      "integrity": "sha512-@@i@@"
    }
  }
}
""", i=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("json/vscode-settings", "merchant-portal/.vscode/settings.json", "json", """{
  "editor.formatOnSave": true,
  "sqltools.connections": [
    {
      "name": "coop prod (Sikasso)",
      "driver": "PostgreSQL",
      "server": "pg-coop.int",
      "database": "coop_shop_prod",
      "username": "coop_shop",
      "password": "@@s@@"
    }
  ]
}
""", secret=words_pw())

add("xml/maven-settings", "float-service/.mvn/settings.xml", "xml", """<settings>
  <!-- Nexus déploiement - float-service -->
  <servers>
    <server>
      <id>warikalan-releases</id>
      <username>deployer</username>
      <password>@@s@@</password>
    </server>
  </servers>
</settings>
""", secret=rand_pw(18))

add("xml/decoy-maven-encrypted", "legacy-bko/settings.xml", "xml", """<settings>
  <!-- mot de passe chiffré par mvn --encrypt-password (settings-security.xml tɛ git kɔnɔ) -->
  <servers>
    <server>
      <id>warikalan-releases</id>
      <username>deployer</username>
      <password>{@@c@@=}</password>
    </server>
  </servers>
</settings>
""", c=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("properties/gradle", "agent-app/gradle.properties", "properties", """org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# Signature APK jɛmɔgɔ app
RELEASE_STORE_FILE=../keys/agent-release.jks
RELEASE_KEY_ALIAS=agent
RELEASE_STORE_PASSWORD=@@s@@
RELEASE_KEY_ALIAS_PASSWORD_SAME=true
""", secret=words_pw())

add("properties/decoy-local-template", "agent-app/local.properties.example", "properties", """# Copie vers local.properties (a tɛ git kɔnɔ)
sdk.dir=/home/you/Android/Sdk
MAPS_API_KEY=YOUR_MAPS_API_KEY
SENTRY_DSN=
RELEASE_STORE_PASSWORD=
""")

add("toml/cargo-credentials", "ops/dotfiles/cargo-credentials.toml", "toml", """# ~/.cargo/credentials.toml
[registries.warikalan]
token = "@@s@@"

# crates.io: a ma login fɔlɔ
""", secret="cio" + rand_pw(32))

add("toml/decoy-pyproject", "agent-sdk-py/pyproject.toml", "toml", """[project]
name = "warikalan-agent-sdk"
version = "0.9.3"
description = "SDK jɛmɔgɔw ye (cash-in / cash-out)"
requires-python = ">=3.9"

[tool.poetry.source]
name = "nexus"
url = "https://nexus.warikalan.ml/repository/pypi-all/simple"
""")

add("env/jwt-secret", "coop-api/.env.production", "env", """NODE_ENV=production
PORT=4000
# Jeton musow app (karité) ye
JWT_SECRET=@@s@@
MONGODB_URI_ENV=from-secret-manager
CORS_ORIGIN=https://musow-karite.ml
""", secret=jwt_secret())

add("env/redis-url", "ussd-gateway/.env", "env", """# USSD gateway - Bamako
REDIS_URL=redis://:@@s@@@redis-ussd.int:6379/2
SESSION_TTL=180
MENU_LANG=bm
MENU_FALLBACK_LANG=fr
""", secret=redis_pw())

add("env/decoy-empty", "ussd-gateway/.env.test", "env", """# Test: gundo bɛɛ lankolon (vides)
REDIS_URL=redis://localhost:6379/15
SMPP_PASSWORD=
SMS_API_KEY=
SESSION_TTL=5
""")

add("env/amqp", "reconcile/.env", "env", """# Cikan (messages) rapprochement
AMQP_URL=amqps://reconcile:@@s@@@mq.warikalan.ml:5671/float
EXPORT_DIR=/srv/bdm-exports
TZ=Africa/Bamako
LOG_LEVEL=info
""", secret=rand_pw(24))

add("env/decoy-masked", "reconcile/.env.sample", "env", """# Valeurs masquées - i ka kunnafoni lajɛ 1Password kɔnɔ
AMQP_URL=amqps://reconcile:********@mq.warikalan.ml:5671/float
EXPORT_DIR=/srv/bdm-exports
TZ=Africa/Bamako
LOG_LEVEL=debug
""")

add("yaml/kubeconfig", "ops/kube/config-bamako", "yaml", """apiVersion: v1
kind: Config
clusters:
  - name: bamako-prod
    cluster: { server: "https://k8s.warikalan.ml:6443" }
users:
  - name: ci-deployer
    user:
      token: @@s@@
contexts:
  - name: bamako
    context: { cluster: bamako-prod, user: ci-deployer, namespace: wari-agents }
current-context: bamako
""", secret="eyJhbGciOiJSUzI1NiIsImtpZCI6Ik" + rand_pw(40) + "." + rand_pw(120) + "." + rand_pw(86, "-_"))

add("yaml/decoy-kubeconfig-exec", "ops/kube/config-sikasso", "yaml", """apiVersion: v1
kind: Config
clusters:
  - name: sikasso-edge
    cluster: { server: "https://10.44.0.1:6443" }
users:
  - name: oidc
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: kubectl
        args: [oidc-login, get-token, --oidc-issuer-url=https://auth.warikalan.ml]
current-context: sikasso-edge
""")

add("yaml/github-token", ".github/dependabot-private.yml", "yaml", """version: 2
registries:
  warikalan-npm:
    type: npm-registry
    url: https://npm.pkg.github.com
    token: @@s@@
updates:
  - package-ecosystem: npm
    directory: "/merchant-portal"
    schedule: { interval: weekly }
""", secret=github_token())

add("yaml/decoy-dependabot-secret", ".github/dependabot.yml", "yaml", """version: 2
registries:
  warikalan-npm:
    type: npm-registry
    url: https://npm.pkg.github.com
    token: ${{secrets.NPM_READ_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: "/agent-sdk"
    schedule: { interval: weekly }
""")

add("markdown/password-table", "docs/wiki/Sikasso-magasin.md", "markdown", """# Sikasso magasin - kunnafoni teknik

| Fɛn | Login | Mot de passe |
|---|---|---|
| Routeur 4G (192.168.8.1) | admin | @@s@@ |
| Imprimante | - | (a tɛ) |
| Balance connectée | - | (a tɛ) |

Ni routeur tiɲɛna, Orange wele: 7400.
""", secret=words_pw())

add("markdown/decoy-rotated", "docs/wiki/Incidents-2026.md", "markdown", """# Incidents 2026

## 2026-08-19 - Token API admin bɔra Slack la
- Token `wk_admin_...` (a laban: `...x9Q`) **révoqué** 14:05.
- Kura bɛ Vault kɔnɔ: `secret/agent-api/admin-token`.
- Sababu: mɔgɔ dɔ ye a kopi ka bila kanal kɔnɔ.

## 2026-10-02 - Panne électricité Sikasso (lɛri 6)
""")

add("markdown/curl-basic", "docs/api/partenaires.md", "markdown", """# API partenaires - cash-in

Misali (exemple réel de l'environnement staging, compte `kati-transfers`) :

```bash
curl -u kati-transfers:@@s@@ \\
  https://staging-api.warikalan.ml/v1/cashin -d amount=10000 -d msisdn=+22370000000
```

Jaabi (réponse) : `{"status":"OK","txn":"CI-..."}`
""", secret=rand_pw(26))

add("markdown/decoy-doc-example", "docs/api/authentification.md", "markdown", """# Authentification

Bɛɛ ka kan ka `Authorization: Bearer <token>` ci. Misali:

```http
GET /v1/agents/BKO-0212/float HTTP/1.1
Host: api.warikalan.ml
Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJleGFtcGxlIn0.<signature>
```

Token bɛ sɔrɔ `POST /v1/auth/token` fɛ.
""")

add("yaml/pem-block", "ansible/host_vars/vpn-bamako.yml", "ansible", """---
# VPN Bamako <-> Sikasso - sertifika (certificat) serveur
vpn_server_name: vpn.warikalan.ml
vpn_server_cert: files/vpn-bamako.crt
vpn_server_key: |
  @@k@@
vpn_port: 1194
""", secret=(_pk := pem("EC")), k=_pk.replace("\n", "\n  "))

add("ansible/become-password", "ansible/inventory/sikasso.ini", "ansible", """# Sikasso baarakɛminɛnw (machines)
[magasin]
sks-pc01 ansible_host=10.44.0.21 ansible_user=admin

[gateway]
sks-gw ansible_host=10.44.0.11 ansible_user=pi ansible_become_password=@@s@@

[all:vars]
ansible_python_interpreter=/usr/bin/python3
""", secret=words_pw())

add("ansible/decoy-vault-lookup", "ansible/inventory/bamako.ini", "ansible", """# Bamako serveurw
[ledger]
ledger01 ansible_host=10.40.0.5

[ledger:vars]
ansible_user=ops
ansible_become_password="{{ lookup('community.hashi_vault.hashi_vault', 'secret/data/ops/become:password') }}"
""")

add("terraform/tfvars", "infra/terraform/prod.tfvars", "terraform", """# Prod - Bamako
region          = "eu-west-3"
db_instance     = "db.t4g.medium"
db_username     = "ledger_admin"
db_password     = "@@s@@"
backup_retention = 14
""", secret=words_pw())

add("terraform/decoy-random-password", "infra/terraform/rds.tf", "terraform", """resource "random_password" "ledger" {
  length  = 32
  special = true
}

resource "aws_db_instance" "ledger" {
  identifier = "ledger-prod"
  username   = "ledger_admin"
  password   = random_password.ledger.result
}
""")

add("terraform/azure-storage", "infra/terraform-azure/backend.tf", "terraform", """# Etat Terraform (Azure) - mɔgɔ caman tɛ se ka a lajɛ
terraform {
  backend "azurerm" {
    storage_account_name = "warikalantfstate"
    container_name       = "tfstate"
    key                  = "coop.tfstate"
    access_key           = "@@s@@"
  }
}
""", secret=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("csharp/azure-storage", "CoopReports/Storage.cs", "csharp", """using Azure.Storage.Blobs;

// Rapports kalo o kalo (PDF) bɛ mara Azure Blob la
public static class Storage
{
    const string Conn = "DefaultEndpointsProtocol=https;AccountName=karitereports;AccountKey=@@s@@;EndpointSuffix=core.windows.net";
    public static BlobContainerClient Reports() => new BlobServiceClient(Conn).GetBlobContainerClient("rapports");
}
""", secret=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("js/slack-bot", "ops-bot/index.js", "js", """// Bot opérations: float alerts + résumé journalier (don o don)
const { App } = require('@slack/bolt');

const app = new App({
  token: '@@s@@',
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

app.message('float', async ({ say }) => say('Float lajɛ bɛ kɛ...'));
(async () => { await app.start(3000); })();
""", secret=f"xoxb-{_rng().randint(10**10, 10**11)}-{_rng().randint(10**12, 10**13)}-" + rand_pw(24))

add("js/decoy-slack-env", "ops-bot/config.js", "js", """// Slack kunnafoni bɛ bɔ environment la
module.exports = {
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  channel: '#float-bamako',
  lang: 'bm',
};
""")

add("python/smtp-call", "coop_reports/send_monthly.py", "python", """\"\"\"Kalo rapport ci (envoi du rapport mensuel) - trésorière ni présidente.\"\"\"
import smtplib
from email.message import EmailMessage

def send(pdf_path: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Rapport karité - kalo"
    msg["From"], msg["To"] = "rapports@musow-karite.ml", "tresoriere@musow-karite.ml"
    with smtplib.SMTP_SSL("mail.musow-karite.ml", 465) as s:
        s.login("rapports@musow-karite.ml", "@@s@@")
        s.send_message(msg)
""", secret=words_pw())

add("python/decoy-hash-check", "coop_reports/verify_export.py", "python", """\"\"\"Export checksum lajɛ (vérification d'intégrité).\"\"\"
import hashlib

EXPECTED_SHA256 = "@@h@@"

def ok(path: str) -> bool:
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest() == EXPECTED_SHA256
""", h=hexs(64))

add("python/decoy-uuid-ids", "agent_sync/constants.py", "python", """# Jɛmɔgɔ sync - identifiants (a tɛ gundo ye)
TENANT_ID = "@@t@@"
WEBHOOK_SUBSCRIPTION_ID = "@@w@@"
FLOAT_ACCOUNT_PREFIX = "FLT-"
REGIONS = ["Bamako", "Sikasso", "Koutiala", "Ségou"]
""", t=uuid_s(), w=uuid_s())

add("shell/crontab", "ops/crontab.ledger01", "shell", """# m h dom mon dow command - Rapprochement float
SHELL=/bin/bash
MAILTO=ops@warikalan.ml
15 2 * * * /srv/reconcile/run.sh >> /var/log/reconcile.log 2>&1
30 2 * * * curl -s -T /srv/bdm-exports/latest.csv ftp://bdm_upload:@@s@@@ftp.bdm-partners.example/in/
0 6 * * 1 /srv/reconcile/weekly_report.sh
""", secret=rand_pw(14))

add("shell/systemd-unit", "ops/systemd/ussd-gateway.service", "shell", """[Unit]
Description=Passerelle USSD *144# (Wari-Kalan)
After=network-online.target

[Service]
User=ussd
Environment=SMPP_SYSTEM_ID=warikalan_ussd
Environment=SMPP_PASSWORD=@@s@@
ExecStart=/opt/ussd-gateway/bin/ussd-gateway --config /etc/ussd/gateway.yml
Restart=always

[Install]
WantedBy=multi-user.target
""", secret=rand_pw(8))

add("shell/decoy-systemd-credential", "ops/systemd/reconcile.service", "shell", """[Unit]
Description=Rapprochement float (su o su)

[Service]
User=reconcile
LoadCredential=ledger-password:/etc/credstore/ledger-password
EnvironmentFile=-/etc/default/reconcile
ExecStart=/srv/reconcile/run.sh
""")

add("shell/mysql-cnf", "ops/dotfiles/my.cnf", "ini", """# Compta Sikasso (MySQL) - client
[client]
host = 10.44.0.21
user = compta
password = "@@s@@"
default-character-set = utf8mb4
""", secret=words_pw())

add("shell/redis-conf", "ops/redis/redis-ussd.conf", "shell", """# Redis sessions USSD
bind 10.40.0.7
port 6379
maxmemory 512mb
maxmemory-policy allkeys-lru
requirepass @@s@@
""", secret=redis_pw())

add("shell/decoy-redis-conf", "ops/redis/redis-dev.conf", "shell", """# Redis dev - laptop dɔrɔn, gundo tɛ
bind 127.0.0.1
port 6379
maxmemory 64mb
# requirepass foobared
protected-mode yes
""")

add("gitlab/helm-set", "ci/helm-deploy.gitlab-ci.yml", "gitlab", """deploy-coop-api:
  stage: deploy
  image: alpine/helm:3.14
  script:
    - helm upgrade --install coop-api charts/coop-api
        --namespace karite-ton
        --set mongodb.auth.rootPassword=@@s@@
        --set image.tag=$CI_COMMIT_SHORT_SHA
  only: [main]
""", secret=words_pw())

add("yaml/circleci", ".circleci/config.yml", "yaml", """version: 2.1
jobs:
  test:
    docker:
      - image: cimg/python:3.12
      - image: cimg/postgres:16.2
        environment:
          POSTGRES_USER: ci
          POSTGRES_PASSWORD: @@s@@
    steps: [checkout, run: pytest -q]
""", secret=words_pw())

add("yaml/decoy-ci-throwaway", ".circleci/config-local.yml", "yaml", """version: 2.1
jobs:
  test:
    docker:
      - image: cimg/python:3.12
      - image: cimg/postgres:16.2
        environment:
          POSTGRES_USER: postgres
          POSTGRES_HOST_AUTH_METHOD: trust   # conteneur jetable, mot de passe tɛ
    steps: [checkout, run: pytest -q]
""")

add("yaml/azure-pipelines", "azure-pipelines.yml", "yaml", """trigger: [main]
pool: { vmImage: ubuntu-latest }
steps:
  - script: |
      echo "Déploiement CoopReports"
      az login --service-principal -u @@app@@ -p "@@s@@" --tenant @@t@@
      az webapp deploy -g rg-coop -n coop-reports --src-path out.zip
    displayName: Deploy
""", secret=fakes.drawn(_seed(), 3) + "8Q~" + fakes.drawn(_seed(), 34, ALNUM + "_.-~"), app=uuid_s(), t=uuid_s())

add("yaml/bitbucket", "bitbucket-pipelines.yml", "yaml", """image: node:20
pipelines:
  branches:
    main:
      - step:
          name: Deploy site coopérative
          script:
            - npm ci && npm run build
            - npx netlify deploy --prod --dir=dist --auth @@s@@ --site karite-ton
""", secret="nfp_" + rand_pw(36))

add("yaml/decoy-bitbucket-vars", "bitbucket-pipelines.staging.yml", "yaml", """image: node:20
pipelines:
  branches:
    staging:
      - step:
          name: Deploy staging
          script:
            - npm ci && npm run build
            - npx netlify deploy --dir=dist --auth $NETLIFY_AUTH_TOKEN --site karite-ton-staging
""")

add("groovy/jenkinsfile", "legacy-bko/Jenkinsfile", "jenkins", """pipeline {
  agent any
  environment {
    // TODO: ka bila Jenkins credentials kɔnɔ
    NEXUS_PASSWORD = '@@s@@'
  }
  stages {
    stage('Deploy') {
      steps { sh 'mvn -s settings.xml deploy -Dnexus.user=deployer -Dnexus.password=$NEXUS_PASSWORD' }
    }
  }
}
""", secret=rand_pw(18))

add("groovy/decoy-jenkins-credentials", "float-service/Jenkinsfile", "jenkins", """pipeline {
  agent any
  stages {
    stage('Deploy') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'nexus-deployer', usernameVariable: 'U', passwordVariable: 'P')]) {
          sh 'mvn deploy -Dnexus.user=$U -Dnexus.password=$P'
        }
      }
    }
  }
}
""")

add("php/twilio", "cooperative-site/includes/sms.php", "php", """<?php
// Cikan ci musow ma (rappel collecte karité)
require __DIR__ . '/../vendor/autoload.php';
use Twilio\\Rest\\Client;

$client = new Client('@@sid@@', '@@s@@');
function rappel($tel, $txt) {
    global $client;
    $client->messages->create($tel, ['from' => 'KARITETON', 'body' => $txt]);
}
""", secret=hexs(32), sid=twilio_sid())

add("ruby/decoy-vcr-cassette", "coop-shop/spec/cassettes/orange_money_token.yml", "ruby", """---
http_interactions:
- request:
    method: post
    uri: https://api.orange.com/oauth/v3/token
    headers:
      Authorization:
      - Basic <FILTERED_OM_CREDENTIALS>
  response:
    status: { code: 200, message: OK }
    body: { string: '{"access_token":"<FILTERED>","expires_in":3600}' }
recorded_with: VCR 6.2.0
""")

# --- part 4: partner integrations, field notes, odds and ends -------------------------------

add("xml/soap-password", "legacy-bko/partners/bdm-float-request.xml", "soap", """<?xml version="1.0" encoding="UTF-8"?>
<!-- Requête SOAP banque (BDM) - float jɛmɔgɔw -->
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
    xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
  <soapenv:Header><wsse:Security><wsse:UsernameToken>
    <wsse:Username>WARIKALAN_API</wsse:Username>
    <wsse:Password>@@s@@</wsse:Password>
  </wsse:UsernameToken></wsse:Security></soapenv:Header>
  <soapenv:Body><GetFloatBalance><Account>FLT-7c1e9a2b44d0</Account></GetFloatBalance></soapenv:Body>
</soapenv:Envelope>
""", secret=words_pw())

add("xml/decoy-soap-digest", "legacy-bko/partners/bdm-float-request-digest.xml", "soap", """<?xml version="1.0" encoding="UTF-8"?>
<!-- PasswordDigest (SHA-1 nonce+created+password) - a tɛ se ka segin mot de passe ma -->
<wsse:UsernameToken xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
  <wsse:Username>WARIKALAN_API</wsse:Username>
  <wsse:Password Type="...#PasswordDigest">@@d@@=</wsse:Password>
  <wsse:Nonce>@@n@@==</wsse:Nonce>
  <wsu:Created>2026-11-03T08:00:00Z</wsu:Created>
</wsse:UsernameToken>
""", d=fakes.drawn(_seed(), 27, ALNUM + "+/"), n=fakes.drawn(_seed(), 22, ALNUM + "+/"))

add("kotlin/basic-auth-split", "agent-app/app/src/main/java/ml/warikalan/agent/net/OmClient.kt", "kotlin", """package ml.warikalan.agent.net

// Orange Money B2B: jɛmɔgɔ float lajɛ
object OmClient {
    private const val CLIENT_ID = "bko-agents"
    private const val CLIENT_SECRET = "@@a@@" +
        "@@b@@"
    fun basic(): String = okhttp3.Credentials.basic(CLIENT_ID, CLIENT_SECRET)
}
""", secret=(_ks := rand_pw(32)), a=_ks[:16], b=_ks[16:])

add("swift/decoy-test-key", "AgentApp-iOS/AgentAppTests/FakeKeys.swift", "swift", """import XCTest

// Test dɔrɔn - clés factices, a tɛ baara kɛ server kan
enum FakeKeys {
    static let apiKey = "test_0000000000000000000000000000"
    static let pin = "1234"
}

final class FakeKeysTests: XCTestCase { func testNotEmpty() { XCTAssertFalse(FakeKeys.apiKey.isEmpty) } }
""")

add("swift/webhook", "AgentApp-iOS/AgentApp/CrashReporter.swift", "swift", """import Foundation

// App tiɲɛna: cikan bɛ ci Slack la (Moussa ka baara)
struct CrashReporter {
    static let hook = URL(string: "@@s@@")!
    static func report(_ msg: String) {
        var r = URLRequest(url: hook); r.httpMethod = "POST"
        r.httpBody = try? JSONSerialization.data(withJSONObject: ["text": msg])
        URLSession.shared.dataTask(with: r).resume()
    }
}
""", secret=slack_webhook())

add("rust/database-url", "float-exporter/src/main.rs", "rust", """// Float exporter (Prometheus) - Bamako
use sqlx::postgres::PgPoolOptions;

#[tokio::main]
async fn main() -> Result<(), sqlx::Error> {
    let pool = PgPoolOptions::new().max_connections(2)
        .connect("postgres://float_ro:@@s@@@pg-float.int/float").await?;
    println!("jɛɲɔgɔnya OK: {:?}", pool.size());
    Ok(())
}
""", secret=rand_pw(18))

add("rust/decoy-example-config", "float-exporter/README.md", "markdown", """# float-exporter

Prometheus exporter: jɛmɔgɔ kelen-kelen bɛɛ ka float.

```sh
export DATABASE_URL=postgres://float_ro:<mot-de-passe>@pg-float.int/float
cargo run --release
```

Mot de passe bɛ Vault kɔnɔ: `secret/float/readonly`.
""")

add("docker/run-command", "ops/runbooks/restart-mongo.md", "markdown", """# Mongo labɛn kokura (restart) - coop-api

Ni serveur sɔnna (redémarré), a bɛ nin kɛ:

```
docker run -d --name coop-mongo -p 27017:27017 \\
  -e MONGO_INITDB_ROOT_USERNAME=root \\
  -e MONGO_INITDB_ROOT_PASSWORD=@@s@@ \\
  -v /srv/mongo:/data/db mongo:7
```
""", secret=words_pw())

add("docker/decoy-run-secret-file", "ops/runbooks/restart-postgres.md", "markdown", """# Postgres labɛn kokura

```
docker run -d --name coop-pg -p 5432:5432 \\
  -e POSTGRES_PASSWORD_FILE=/run/secrets/pg_password \\
  -v /srv/secrets/pg_password:/run/secrets/pg_password:ro \\
  -v /srv/pg:/var/lib/postgresql/data postgres:16
```

Mot de passe fichier: a bɛ serveur kan dɔrɔn (chmod 600).
""")

add("text/sms-export", "notes/whatsapp_export_coop_bureau.txt", "text", """03/11/2026 09:12 - Aminata Traoré: I ni sɔgɔma! Ordinatɛri kura login bɛ mun ye?
03/11/2026 09:15 - Moussa Koné: login: tresoriere / mot de passe: @@s@@
03/11/2026 09:16 - Moussa Koné: A kana a di mɔgɔ wɛrɛ ma dɛ
03/11/2026 09:20 - Aminata Traoré: Ayiwa, i ni ce
03/11/2026 10:02 - Fatoumata Sanogo: Karité kilo 400 bɛ magasin na bi
""", secret=words_pw())

add("text/decoy-chat", "notes/whatsapp_export_coop_bureau_2.txt", "text", """05/11/2026 08:40 - Aminata Traoré: Mot de passe ɲinɛna (oublié) 😅
05/11/2026 08:45 - Moussa Koné: N bɛ a yɛlɛma sisan, a bɛ na SMS fɛ i ma
05/11/2026 08:47 - Moussa Koné: Code de vérification bɛ tɛmɛ minɛti 10 kɔfɛ
05/11/2026 08:50 - Aminata Traoré: A sɔrɔla, barika
05/11/2026 09:30 - Fatoumata Sanogo: Camion nana
""")

add("text/wifi-note", "notes/magasin_affiche.txt", "text", """MUSOW KA KARITÉ TON - MAGASIN SIKASSO
--------------------------------------
Wi-Fi: KariteTon-Bureau
Mot de passe Wi-Fi: @@s@@
Lɛri (heures): 08h - 17h, sibiri (samedi) 08h - 12h
Jɛmɔgɔ Wari-Kalan: SKS-0011
""", secret=words_pw())

add("text/decoy-pin-policy", "notes/agent_formation_bm.txt", "text", """Jɛmɔgɔ kalan (formation agents) - Bamako
=========================================
1. PIN (gundo nimɔrɔ) kana di mɔgɔ si ma, hali Wari-Kalan baarakɛla.
2. Cash-in: kiliyan ka MSISDN sɛbɛn, wari jate, ka *144*1# kɛ.
3. Cash-out: kiliyan ka code (OTP) di, i kana a sɛbɛn walanba kan.
4. Float jiginna 50 000 FCFA duguma: superviseur wele.
""")

add("csv/password-column", "exports/comptes_magasin.csv", "csv", """poste,utilisateur,mot_de_passe,remarque
SKS-PC01,tresoriere,@@s@@,compte principal
SKS-PC01,invite,(aucun),session invité désactivée
SKS-PC02,presidente,(voir Aminata),pas noté ici
SKS-TAB1,magasin,(code PIN tablette géré par MDM),
""", secret=words_pw())

add("csv/decoy-hashes", "exports/agent_pin_audit.csv", "csv", """agent_id,pin_sha256,last_change
BKO-0212,@@h1@@,2026-09-12
BKO-0417,@@h2@@,2026-10-01
BKO-0533,@@h3@@,2026-08-22
SKS-0011,@@h4@@,2026-10-30
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("log/bearer-header", "logs/partner-proxy-debug.log", "log", """2026-11-04 10:01:12,004 DEBUG proxy -> POST https://staging-api.warikalan.ml/v1/cashin
2026-11-04 10:01:12,004 DEBUG headers={'Content-Type': 'application/json', 'Authorization': 'Bearer @@s@@'}
2026-11-04 10:01:12,219 DEBUG <- 200 {"status":"OK","txn":"CI-20261104-000022"}
2026-11-04 10:01:13,001 INFO  done (ni baara banna)
2026-11-04 10:01:13,002 INFO  shutting down
""", secret="wk_partner_" + rand_pw(36))

add("log/decoy-request-ids", "logs/ussd-gateway-2026-11-04.log", "log", """2026-11-04T07:30:01Z INFO session=@@a@@ msisdn=+22376****81 menu=root lang=bm
2026-11-04T07:30:09Z INFO session=@@a@@ input=1 -> cashin
2026-11-04T07:30:20Z INFO session=@@a@@ input=***** (PIN masked)
2026-11-04T07:30:21Z INFO session=@@a@@ result=OK trace=@@b@@
2026-11-04T07:31:00Z INFO smpp bind_transceiver ok system_id=warikalan_ussd
""", a=uuid_s(), b=hexs(32))

add("notebook/database", "analysis/karite_prices.ipynb", "notebook", """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["## Karité sɔngɔ (prix) Sikasso - 2024/2026"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd, sqlalchemy as sa\\n",
              "eng = sa.create_engine('mysql+pymysql://compta:@@s@@@10.44.0.21/ventes')\\n",
              "df = pd.read_sql('select * from ventes', eng)\\n"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4, "nbformat_minor": 5
}
""", secret=rand_pw(16))

add("notebook/decoy-output-masked", "analysis/agent_density.ipynb", "notebook", """{
 "cells": [
  {"cell_type": "code", "execution_count": 3, "metadata": {},
   "outputs": [{"output_type": "stream", "name": "stdout", "text": ["MAPBOX_TOKEN loaded: pk.eyJ1Ijoid2FyaWthbGFu... (public style token)\\n"]}],
   "source": ["import os\\n", "tok = os.environ['MAPBOX_TOKEN']\\n", "print('MAPBOX_TOKEN loaded:', tok[:28] + '...')\\n"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4, "nbformat_minor": 5
}
""")

add("make/api-key", "Makefile", "make", """# Wari-Kalan - baara teliman (raccourcis)
SENTRY_AUTH_TOKEN ?= sntryu_@@s@@
VERSION := $(shell git describe --tags)

release:
\tsentry-cli releases new $(VERSION)
\tsentry-cli releases files $(VERSION) upload-sourcemaps ./dist
""", secret=hexs(64))

add("make/decoy-env-reference", "coop-api/Makefile", "make", """# coop-api
include .env.mk   # a tɛ git kɔnɔ
DEPLOY_HOST ?= coop-api.int

deploy:
\trsync -az dist/ deploy@$(DEPLOY_HOST):/srv/coop-api/
\tssh deploy@$(DEPLOY_HOST) 'sudo systemctl restart coop-api'
""")

add("vagrant/password", "ops/lab/Vagrantfile", "vagrant", """# Labo (laboratoire) USSD - ordinateur kelen kan
Vagrant.configure("2") do |config|
  config.vm.box = "ubuntu/jammy64"
  config.vm.provision "shell", inline: <<-SHELL
    apt-get install -y postgresql
    sudo -u postgres psql -c "CREATE USER ussd WITH PASSWORD '@@s@@';"
  SHELL
end
""", secret=words_pw())

add("go/telegram", "coop-notifier/main.go", "go", """package main

// Karité Ton: stock jiginna -> Telegram cikan
import (
	"fmt"
	"net/http"
	"net/url"
)

const botToken = "@@s@@"

func notify(chat, text string) {
	http.PostForm(fmt.Sprintf("https://api.telegram.org/bot%s/sendMessage", botToken), url.Values{"chat_id": {chat}, "text": {text}})
}
""", secret=telegram_token())

add("go/decoy-publishable", "coop-notifier/maps.go", "go", """package main

// Mapbox public token (pk.) - a bɛ se ka ye web kan, style dɔrɔn
const mapboxPublicStyle = "mapbox://styles/warikalan/clsikasso01"
const mapboxPublicTokenEnv = "MAPBOX_PUBLIC_TOKEN"

func mapURL() string { return mapboxPublicStyle }
""")

add("python/base64-basic", "agent_sync/partner_client.py", "python", """\"\"\"Partenaire Kati Transfers - sync jɛmɔgɔw.\"\"\"
import requests

HEADERS = {
    "Authorization": "Basic @@s@@",
    "Accept": "application/json",
}

def agents():
    return requests.get("https://api.kati-transfers.example/v1/agents", headers=HEADERS, timeout=20).json()
""", secret=b64("warikalan:" + rand_pw(20)))

add("python/decoy-placeholder-basic", "agent_sync/partner_client_example.py", "python", """\"\"\"Misali (exemple) - i ka kunnafoni bila yan.\"\"\"
import requests

HEADERS = {
    "Authorization": "Basic <base64(user:password)>",
    "Accept": "application/json",
}

def agents():
    return requests.get("https://api.kati-transfers.example/v1/agents", headers=HEADERS, timeout=20).json()
""")

add("python/aws-boto", "coop_reports/upload_pdf.py", "python", """import boto3

# Rapport PDF bɛ bila S3 kan (musow bɛ se ka a lajɛ telefɔni kan)
s3 = boto3.client(
    "s3",
    aws_access_key_id="@@id@@",
    aws_secret_access_key="@@s@@",
    region_name="eu-west-3",
)
s3.upload_file("rapport.pdf", "karite-ton-rapports", "2026/11/rapport.pdf")
""", secret=aws_secret(), id=aws_id())

add("python/decoy-aws-key-id-only", "coop_reports/iam_audit.py", "python", """# Audit IAM: clé désactivée le 2026-09-01 (id seulement, gundo tɛ yan)
DISABLED_KEYS = {
    "@@id@@": "ancienne clé rapports (révoquée)",
}
BUCKET = "karite-ton-rapports"
REGION = "eu-west-3"
""", id=aws_id())

# --- part 5: last services and notes ------------------------------------------------------

add("js/whatsapp-token", "coop-api/src/whatsapp.js", "js", """// WhatsApp Business: komandi kura kunnafoni musow ma
const axios = require('axios');

const WA_TOKEN = 'EAA@@s1@@';
const PHONE_ID = '104882219900131';

exports.send = (to, text) => axios.post(`https://graph.facebook.com/v19.0/${PHONE_ID}/messages`,
  { messaging_product: 'whatsapp', to, type: 'text', text: { body: text } },
  { headers: { Authorization: `Bearer ${WA_TOKEN}` } });
""", secret=(_wa := "EAA" + rand_pw(180)), s1=_wa[3:])

add("ts/firebase-admin", "coop-api/src/firebaseAdmin.ts", "ts", """// Notifications push (app musow) - Firebase Admin
import * as admin from 'firebase-admin';

admin.initializeApp({
  credential: admin.credential.cert({
    projectId: 'karite-ton',
    clientEmail: 'firebase-adminsdk-x1@karite-ton.iam.gserviceaccount.com',
    privateKey: `@@s@@`,
  }),
});
export default admin;
""", secret=fakes.fake_pem(_seed(), "RSA"))

add("ts/decoy-firebase-env", "coop-api/src/firebaseAdmin.prod.ts", "ts", """import * as admin from 'firebase-admin';

// GOOGLE_APPLICATION_CREDENTIALS bɛ fichier sira (chemin) di, a tɛ git kɔnɔ
admin.initializeApp({ credential: admin.credential.applicationDefault() });

export default admin;
""")

add("php/env-file-laravel", "coop-compta/.env", "env", """APP_NAME="Karité Ton Compta"
APP_ENV=production
APP_KEY=base64:@@s@@
APP_DEBUG=false
APP_URL=https://compta.musow-karite.ml
DB_CONNECTION=mysql
DB_DATABASE=compta
""", secret=b64(rand_pw(32)))

add("php/decoy-laravel-example", "coop-compta/.env.example", "env", """APP_NAME="Karité Ton Compta"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
DB_CONNECTION=mysql
DB_DATABASE=compta
DB_PASSWORD=secret
""")

add("yaml/mapbox-secret", "merchant-portal/mapbox.yml", "yaml", """# Carte jɛmɔgɔw (agents) - upload tileset
mapbox:
  username: warikalan
  # token sk. bɛ tileset upload kɛ - kana a di frontend ma
  upload_token: sk.eyJ1Ijoid2FyaWthbGFuIiwiYSI6I@@s1@@.@@s2@@
  tileset: warikalan.agents-bamako
""", secret=(_mb := "sk.eyJ1Ijoid2FyaWthbGFuIiwiYSI6I" + rand_pw(20) + "." + rand_pw(22, "-_")), s1=_mb.split(".")[1][len("eyJ1Ijoid2FyaWthbGFuIiwiYSI6I"):], s2=_mb.split(".")[2])

add("yaml/datadog", "ops/datadog/datadog.yaml", "yaml", """# Agent Datadog - ledger01 (Bamako)
api_key: @@s@@
site: datadoghq.eu
hostname: ledger01
tags:
  - env:prod
  - city:bamako
logs_enabled: true
""", secret=hexs(32))

add("yaml/decoy-datadog-env", "ops/datadog/datadog-sikasso.yaml", "yaml", """# Agent Datadog - sks-gw (Sikasso). DD_API_KEY bɛ bɔ environment la.
site: datadoghq.eu
hostname: sks-gw
tags:
  - env:prod
  - city:sikasso
logs_enabled: false
""")

add("env/flutterwave", "coop-shop/.env.production", "env", """# Paiement diaspora (carte / mobile money)
RAILS_ENV=production
FLW_PUBLIC_KEY=FLWPUBK-@@p@@-X
FLW_SECRET_KEY=FLWSECK-@@s1@@-X
FLW_ENCRYPTION_KEY_REF=vault:secret/coop/flw#enc
""", secret=(_fs := "FLWSECK-" + hexs(32) + "-X"), s1=_fs[8:-2], p=hexs(32))

add("env/decoy-public-only", "coop-shop/.env.staging", "env", """# Staging: kunnafoni publique dɔrɔn
RAILS_ENV=staging
FLW_PUBLIC_KEY=FLWPUBK_TEST-@@p@@-X
FLW_SECRET_KEY=
STRIPE_PUBLISHABLE_KEY=@@k@@
""", p=hexs(32), k=stripe_key("pk_test_"))

add("env/cinetpay", "merchant-portal/.env.local", "env", """# CinetPay (Orange Money / Moov Money) - test Moussa laptop kan
NEXT_PUBLIC_SITE_ID=5871204
CINETPAY_APIKEY=@@s@@
CINETPAY_NOTIFY_URL=https://portal.warikalan.ml/api/cinetpay/notify
NEXT_PUBLIC_CURRENCY=XOF
""", secret=str(_rng().randint(10**11, 10**12)) + rand_pw(20))

add("shell/ssh-sshpass", "ops/sync_sikasso_photos.sh", "shell", """#!/usr/bin/env bash
# Musow ka foto (photos produits) bɛ ta Sikasso magasin ka na Bamako
set -e
SRC=pi@10.44.0.11:/srv/photos/
DST=/srv/coop-site/uploads/photos/
sshpass -p '@@s@@' rsync -az -e ssh "$SRC" "$DST"
echo "Foto sync banna $(date)"
""", secret=words_pw())

add("shell/decoy-ssh-key-auth", "ops/sync_sikasso_docs.sh", "shell", """#!/usr/bin/env bash
# Sɛbɛnw (documents) sync - clé SSH ~/.ssh/deploy_sikasso (a tɛ yan)
set -e
rsync -az -e "ssh -i $HOME/.ssh/deploy_sikasso" pi@10.44.0.11:/srv/docs/ /srv/coop-site/docs/
echo "Docs sync banna $(date)"
""")

add("powershell/api-key", "ops/windows/Send-StockAlert.ps1", "powershell", """# Stock karité jiginna: SMS ci présidente ma
param([int]$Kilo)
$headers = @{ 'X-API-Key' = '@@s@@' }
$body = @{ to = '+22365000210'; text = "Karité stock: $Kilo kg tora" } | ConvertTo-Json
Invoke-RestMethod -Uri 'https://api.sms-sahel.example/v2/send' -Method Post -Headers $headers -Body $body -ContentType 'application/json'
""", secret=rand_pw(36))

add("powershell/decoy-secretmanagement", "ops/windows/Send-StockAlert.v2.ps1", "powershell", """# v2: clé bɛ bɔ SecretManagement vault la
param([int]$Kilo)
$key = Get-Secret -Name 'SmsSahelApiKey' -AsPlainText
$headers = @{ 'X-API-Key' = $key }
$body = @{ to = '+22365000210'; text = "Karité stock: $Kilo kg tora" } | ConvertTo-Json
Invoke-RestMethod -Uri 'https://api.sms-sahel.example/v2/send' -Method Post -Headers $headers -Body $body
""")

add("rst/password-sentence", "docs/ops/compta.rst", "rst", """Comptabilité Sikasso
====================

Logiciel de compta bɛ SKS-PC01 kan. Utilisateur ``tresoriere``, mot de passe
actuel ``@@s@@`` (Moussa ye a yɛlɛma 2026-10-30).

Sauvegarde: NAS, dimanche (kari) su.
""", secret=words_pw())

add("html/basic-url", "cooperative-site/admin/liens.html", "html", """<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Liens admin</title></head>
<body>
  <h2>Bɛɛ ka kan ka nin lajɛ</h2>
  <ul>
    <li><a href="https://admin:@@s@@@stats.musow-karite.ml/">Statistiques site</a></li>
    <li><a href="https://compta.musow-karite.ml/">Compta</a></li>
  </ul>
</body></html>
""", secret=words_pw())

add("ruby/github-fine-grained", "coop-shop/lib/tasks/backup.rake", "ruby", """# Boutique: sauvegarde images -> dépôt GitHub privé
namespace :backup do
  task images: :environment do
    token = "@@s@@"
    system("git", "-C", "/srv/backup-images", "push",
           "https://x-access-token:#{token}@github.com/warikalan/karite-images.git", "main")
  end
end
""", secret=ghfg())

add("kotlin/database", "agent-sync-kt/src/main/kotlin/Db.kt", "kotlin", """import java.sql.DriverManager

// Sync jɛmɔgɔw: Sikasso -> Bamako (batch su o su)
fun connect() = DriverManager.getConnection(
    "jdbc:postgresql://pg-agents.int:5432/agents",
    "sync_batch",
    "@@s@@"
)
""", secret=words_pw())

add("java/jwt-hmac", "float-service/src/main/java/ml/warikalan/floats/TokenIssuer.java", "java", """package ml.warikalan.floats;

import io.jsonwebtoken.security.Keys;
import javax.crypto.SecretKey;

// Jeton superviseurw ye (HS256)
public final class TokenIssuer {
    private static final SecretKey KEY = Keys.hmacShaKeyFor("@@s@@".getBytes());
}
""", secret=jwt_secret())

add("csharp/smtp", "CoopReports/Mailer.cs", "csharp", """using System.Net;
using System.Net.Mail;

// Rapport kalo ci (envoi mensuel)
public static class Mailer
{
    public static SmtpClient Client() => new SmtpClient("smtp.office365.com", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("rapports@musow-karite.ml", "@@s@@")
    };
}
""", secret=words_pw())

add("gha/inline-token", ".github/workflows/sync-wiki.yml", "gha", """name: sync wiki (bamanankan)
on: { schedule: [{ cron: "0 3 * * *" }] }
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - run: |
          git clone https://oauth2:@@s@@@gitlab.com/warikalan/wiki-bm.git
          cp -r wiki-bm/pages docs/wiki/
""", secret=gitlab_token())

add("helm/secret-values", "charts/coop-api/values-prod.yaml", "helm", """# coop-api - Karité Ton (prod)
image:
  repository: registry.warikalan.ml/coop-api
  tag: "1.8.0"
env:
  MONGODB_URI: "mongodb+srv://coop_api:@@s@@@karite-ton.x7k2p.mongodb.net/orders"
  LANG: bm
ingress:
  host: api.musow-karite.ml
""", secret=rand_pw(20))

add("markdown/pypi-token", "agent-sdk-py/RELEASING.md", "markdown", """# SDK bɔli (release)

1. `version` yɛlɛma `pyproject.toml` kɔnɔ.
2. `python -m build`
3. Upload:

       twine upload -u __token__ -p @@s@@ dist/*

Token in bɛ Moussa dɔrɔn fɛ.
""", secret=pypi())

add("markdown/decoy-trusted-publishing", "agent-sdk-py/RELEASING-v2.md", "markdown", """# SDK bɔli (release) - v2

An bɛ PyPI Trusted Publishing baara kɛ sisan: token tɛ yen tugun.

1. Tag `vX.Y.Z` bila.
2. Workflow `publish.yml` bɛ `pypa/gh-action-pypi-publish` wele (OIDC).
3. A lajɛ https://pypi.org/project/warikalan-agent-sdk/
""")

add("mongo/connection-string", "ops/runbooks/mongo-shell.txt", "mongo", """Mongo shell (coop-api) - lajɛli teliman
----------------------------------------
mongosh "mongodb://coop_admin:@@s@@@10.40.0.9:27017/orders?authSource=admin"
> db.orders.countDocuments({ statut: "nouvelle" })
> db.orders.find({ ville: "Sikasso" }).limit(5)
Kɔlɔsi: a kana index bɔ prod la!
""", secret=words_pw())

add("k8s/tls-key", "deploy/k8s/coop-tls.yaml", "k8s", """apiVersion: v1
kind: Secret
metadata:
  name: coop-tls
  namespace: karite-ton
type: kubernetes.io/tls
data:
  tls.crt: @@c@@
  tls.key: @@b@@
""", secret=(_tk := fakes.fake_pem(_seed(), "RSA")), b=b64(_tk), c=b64("-----BEGIN CERTIFICATE-----\n" + fakes.drawn(_seed(), 64, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n"))

add("yaml/spring-cloud-config", "float-service/src/main/resources/bootstrap.yml", "yaml", """# Config serveur (Spring Cloud Config)
spring:
  application:
    name: float-service
  cloud:
    config:
      uri: https://config.warikalan.ml
      username: float-service
      password: "@@s@@"
""", secret=rand_pw(22))

add("python/line-continuation", "agent_sync/ftp_upload.py", "python", """# Jɛmɔgɔ lisi (liste des agents) bɛ ci partenaire ma FTP fɛ
from ftplib import FTP_TLS

FTP_PASS = "@@a@@\\
@@b@@"

def upload(path: str) -> None:
    with FTP_TLS("ftp.kati-transfers.example") as ftp:
        ftp.login("warikalan", FTP_PASS)
        ftp.prot_p()
        with open(path, "rb") as f:
            ftp.storbinary("STOR agents.csv", f)
""", secret=(_fp := rand_pw(22)), a=_fp[:11], b=_fp[11:])

add("terraform/github-provider", "infra/terraform-github/main.tf", "terraform", """# Dépôts GitHub Wari-Kalan (tɔgɔw ni labɛnw)
provider "github" {
  owner = "warikalan"
  token = "@@s@@"
}

resource "github_repository" "agent_app" {
  name       = "agent-app"
  visibility = "private"
}
""", secret=github_token())

add("ini/supervisor", "ops/supervisor/coop-worker.conf", "ini", """; Worker komandiw (Celery) - Karité Ton
[program:coop-worker]
command=/srv/coop/venv/bin/celery -A coop_shop worker -l info
directory=/srv/coop
user=coop
environment=CELERY_BROKER_URL="amqp://coop:@@s@@@mq.warikalan.ml:5672/coop",LANG="fr_FR.UTF-8"
autorestart=true
""", secret=rand_pw(20))


