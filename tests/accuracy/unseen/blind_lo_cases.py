"""Blind set LO: a Corsican chestnut-flour mill and a ferry-and-bus booking service.

The mill ("U Mulinu di a Castagna", farina castagnina sold in the shop and online) and the booking
service ("Viaghji Bastia-Aiacciu": ferry crossings to Bastia, coach seats Bastia-Corti-Aiacciu) keep
their code, configs, runbooks and notes here; comments and notes are partly in Corsican. Secret files
and decoys of many formats. Generated fakes only (seeds 6600000-6609999).
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
SEED_LOW, SEED_HIGH = 6600000, 6609999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Castagna", "Mulinu", "Farina", "Muntagna", "Marina", "Furesta", "Ventu", "Scogliu", "Lecciu",
         "Monte", "Fiume", "Capu", "Pinzu", "Valle", "Stella", "Fucone", "Machja", "Zitellu", "Golu", "Restonica"]
LOWER = ["castagna", "mulinu", "battellu", "autobus", "ventu", "marina", "farina", "pulenda", "fiadone",
         "brocciu", "scogliu", "machja", "stella", "fucone", "pinzu", "capu"]


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
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


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
    return ("https://castagna.webhook.office.com/webhookb2/" + fakes.uuid4(_seed()) + "@" + fakes.uuid4(_seed())
            + "/IncomingWebhook/" + "".join(r.choice(HEX) for _ in range(32)) + "/" + fakes.uuid4(_seed()))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def brevo_key() -> str:
    return "xkeysib-" + hexs(64) + "-" + fakes.drawn(_seed(), 16)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def github_token() -> str:
    return fakes.github_token(_seed())


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def azure_storage_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def datadog_key() -> str:
    return hexs(32)


def jwt_secret() -> str:
    return fakes.drawn_mixed(_seed(), 48)


def mapbox_secret() -> str:
    r = _rng()
    head = b64('{"u":"viaghji","a":"' + fakes.drawn(_seed(), 25, string.ascii_lowercase + string.digits) + '"}').rstrip("=")
    return "sk." + head + "." + "".join(r.choice(ALNUM + "_-") for _ in range(22))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def sha256ish() -> str:
    return hexs(64)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


CASES: List[LabelledCase] = []
NAMES = set()


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    assert category.startswith("blind-lo/") and file_name not in NAMES
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, file_name
    NAMES.add(file_name)
    CASES.append(LabelledCase(category, file_name, text, secret, source))


DOTENV = "https://github.com/motdotla/dotenv#usage"
COMPOSE = "https://docs.docker.com/compose/compose-file/05-services/"
K8S_SECRET = "https://kubernetes.io/docs/concepts/configuration/secret/"
K8S = "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/"
HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
TF = "https://developer.hashicorp.com/terraform/language/values/variables"
ANSIBLE = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html"
GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
GITLAB_CI = "https://docs.gitlab.com/ee/ci/yaml/"
DOCKERFILE = "https://docs.docker.com/reference/dockerfile/"
PY = "https://docs.python.org/3/reference/lexical_analysis.html"
DJANGO = "https://docs.djangoproject.com/en/5.0/ref/settings/"
NODE = "https://nodejs.org/api/process.html#processenv"
GO = "https://go.dev/ref/spec"
JAVA = "https://docs.spring.io/spring-boot/reference/features/external-config.html"
KOTLIN = "https://kotlinlang.org/docs/basic-syntax.html"
CSHARP = "https://learn.microsoft.com/en-us/dotnet/core/extensions/configuration"
PHP = "https://www.php.net/manual/en/language.types.string.php"
RUBY = "https://guides.rubyonrails.org/configuring.html"
RUST = "https://doc.rust-lang.org/reference/tokens.html"
SWIFT = "https://docs.swift.org/swift-book/documentation/the-swift-programming-language/"
SHELL = "https://www.gnu.org/software/bash/manual/bash.html"
PWSH = "https://learn.microsoft.com/en-us/powershell/scripting/overview"
MD = "https://spec.commonmark.org/0.31.2/"
RST = "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html"
HTML = "https://html.spec.whatwg.org/multipage/"
SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
INI = "https://docs.python.org/3/library/configparser.html"
TOML = "https://toml.io/en/v1.0.0"
JSON = "https://www.rfc-editor.org/rfc/rfc8259"
XML = "https://www.w3.org/TR/xml/"
LOG = "https://www.rfc-editor.org/rfc/rfc5424"
CSV = "https://www.rfc-editor.org/rfc/rfc4180"
IPYNB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
NETRC = "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html"
NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
PYPIRC = "https://packaging.python.org/en/latest/specifications/pypirc/"
HISTORY = "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html"
SSH = "https://man.openbsd.org/ssh_config"
DOCKER_CONFIG = "https://docs.docker.com/reference/cli/docker/login/"
NGINX = "https://nginx.org/en/docs/http/ngx_http_proxy_module.html"
SYSTEMD = "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html"
CRON = "https://man7.org/linux/man-pages/man5/crontab.5.html"

# ---------------------------------------------------------------- dotenv files
s = words_pw()
add("blind-lo/env/postgres-password", "mulinu/shop/.env", DOTENV, r"""# U Mulinu di a Castagna - buttega in linea
APP_ENV=production
APP_URL=https://buttega.mulinu-castagna.corsica
DB_HOST=db.mulinu.internal
DB_PORT=5432
DB_NAME=buttega
DB_USER=buttega_app
DB_PASSWORD=@@s@@
# stock di farina aghjurnatu ogni notte
STOCK_SYNC_CRON="15 2 * * *"
""", s, s=s)

s = stripe_key()
add("blind-lo/env/stripe-secret", "mulinu/shop/.env.production", DOTENV, r"""NODE_ENV=production
PORT=8080
# pagamenti - chjave di Stripe (compte "Mulinu Castagna SARL")
STRIPE_PUBLISHABLE_KEY=pk_live_51Mulinu0000PublicKeyShownInCheckoutPage
STRIPE_SECRET_KEY=@@s@@
CURRENCY=eur
SHIPPING_ZONES=corse,continent,ue
""", s, s=s)

add("blind-lo/env/decoy-placeholder", "mulinu/shop/.env.example", DOTENV, r"""# Copià stu schedariu in .env è riempie i valori (ùn cummittà mai u .env!)
APP_ENV=local
DB_HOST=localhost
DB_USER=buttega_app
DB_PASSWORD=
STRIPE_PUBLISHABLE_KEY=pk_test_...
STRIPE_SECRET_KEY=sk_test_<a_vostra_chjave>
MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
""")

s = sendgrid_key()
add("blind-lo/env/sendgrid", "viaghji/api/.env.staging", DOTENV, r"""# Viaghji Bastia-Aiacciu - staging
BOOKING_API_BASE=https://staging.viaghji.corsica/api
FERRY_PARTNER_CODE=BIA-AJA-02
MAIL_FROM=biglietti@viaghji.corsica
SENDGRID_API_KEY=@@s@@
SMS_PROVIDER=twilio
SMS_SENDER="Viaghji"
""", s, s=s)

add("blind-lo/env/decoy-env-reference", "viaghji/api/.env.ci", DOTENV, r"""# Valori per a CI: i sicreti venenu da GitHub Actions, micca da quì
BOOKING_API_BASE=http://localhost:8000/api
DATABASE_URL=${CI_DATABASE_URL}
SENDGRID_API_KEY=${{ secrets.SENDGRID_API_KEY }}
TWILIO_AUTH_TOKEN=$TWILIO_AUTH_TOKEN
STRIPE_SECRET_KEY=
""")

s = rand_pw(24)
add("blind-lo/env/database-url", "viaghji/worker/.env", DOTENV, r"""# worker chì manda i biglietti PDF
DATABASE_URL=postgres://viaghji_worker:@@s@@@pg-prod.viaghji.internal:5432/viaghji?sslmode=require
REDIS_URL=redis://redis.viaghji.internal:6379/2
PDF_BUCKET=viaghji-biglietti
QUEUE_CONCURRENCY=4
""", s, s=s)

s = hexs(32)
add("blind-lo/env/twilio-token", "viaghji/sms/.env.local", DOTENV, r"""# SMS di cunferma: "U vostru battellu parte à 8h00 da Bastia"
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@s@@
TWILIO_FROM=+33495000000
SMS_LANG=co,fr
""", s, s=s, sid=twilio_sid())

# ---------------------------------------------------------------- compose
s = words_pw()
add("blind-lo/compose/mysql-root", "mulinu/docker-compose.yml", COMPOSE, r"""services:
  buttega:
    image: registry.mulinu-castagna.corsica/buttega:2.4.1
    ports: ["8080:80"]
    depends_on: [db]
    environment:
      WORDPRESS_DB_HOST: db
      WORDPRESS_DB_USER: buttega
  db:
    image: mariadb:10.11
    environment:
      MARIADB_ROOT_PASSWORD: "@@s@@"
      MARIADB_DATABASE: buttega
    volumes:
      - farina-db:/var/lib/mysql
volumes:
  farina-db: {}
""", s, s=s)

add("blind-lo/compose/decoy-env-file", "viaghji/docker-compose.yml", COMPOSE, r"""services:
  api:
    build: ./api
    env_file: .env          # u .env ùn hè micca in git
    environment:
      DATABASE_URL: postgres://viaghji:${POSTGRES_PASSWORD}@db:5432/viaghji
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: viaghji
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?mettite a parolla d'ordine in .env}
""")

s = passphrase()
add("blind-lo/compose/rabbitmq", "viaghji/docker-compose.prod.yml", COMPOSE, r"""services:
  queue:
    image: rabbitmq:3.13-management
    hostname: queue
    environment:
      - RABBITMQ_DEFAULT_USER=viaghji
      - RABBITMQ_DEFAULT_PASS=@@s@@
  mailer:
    image: ghcr.io/viaghji/mailer:1.8
    environment:
      - AMQP_URL=amqp://viaghji@queue:5672/%2F
""", s, s=s)

# ---------------------------------------------------------------- kubernetes
s = rand_pw(22)
add("blind-lo/k8s-secret/postgres-base64", "deploy/k8s/viaghji-db-secret.yaml", K8S_SECRET, r"""apiVersion: v1
kind: Secret
metadata:
  name: viaghji-db
  namespace: viaghji
  labels:
    app: booking-api
type: Opaque
data:
  username: @@u@@
  password: @@p@@
""", s, u=b64("viaghji_api"), p=b64(s))

s = stripe_key("rk_live_")
add("blind-lo/k8s-secret/stripe-stringdata", "deploy/k8s/buttega-payments.yaml", K8S_SECRET, r"""# chjave ristretta di Stripe per a buttega (solu charges è refunds)
apiVersion: v1
kind: Secret
metadata:
  name: buttega-payments
  namespace: mulinu
type: Opaque
stringData:
  STRIPE_RESTRICTED_KEY: "@@s@@"
  STRIPE_ACCOUNT_COUNTRY: FR
""", s, s=s)

add("blind-lo/k8s/decoy-secret-ref", "deploy/k8s/booking-api-deployment.yaml", K8S, r"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: booking-api
  namespace: viaghji
spec:
  replicas: 3
  selector:
    matchLabels: {app: booking-api}
  template:
    metadata:
      labels: {app: booking-api}
    spec:
      containers:
        - name: api
          image: ghcr.io/viaghji/booking-api:3.2.0
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: viaghji-db, key: password}
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: viaghji-stripe, key: secret}
""")

add("blind-lo/k8s/decoy-sealed-secret", "deploy/k8s/sealed-mailer.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", r"""# SealedSecret: cifratu cù a chjave publica di u cluster, si pò cummittà
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: mailer
  namespace: viaghji
spec:
  encryptedData:
    SENDGRID_API_KEY: @@c@@
  template:
    metadata:
      name: mailer
""", c="AgB" + fakes.drawn(_seed(), 340, ALNUM + "+/") + "==")

s = words_pw()
add("blind-lo/k8s/configmap-password", "deploy/k8s/mulinu-erp-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", r"""apiVersion: v1
kind: ConfigMap
metadata:
  name: mulinu-erp
  namespace: mulinu
data:
  ERP_URL: "https://erp.mulinu-castagna.corsica"
  ERP_USER: "sincro_stock"
  # TODO: passà in un Secret (Ghjuvan Petru)
  ERP_PASSWORD: "@@s@@"
  FLOUR_LOT_PREFIX: "FC-2024-"
""", s, s=s)

# ---------------------------------------------------------------- helm
s = rand_pw(20)
add("blind-lo/helm/redis-password", "deploy/helm/viaghji/values-prod.yaml", HELM, r"""replicaCount: 3
image:
  repository: ghcr.io/viaghji/booking-api
  tag: "3.2.0"
ingress:
  enabled: true
  hosts: [biglietti.viaghji.corsica]
redis:
  architecture: standalone
  auth:
    enabled: true
    password: "@@s@@"
seats:
  bastiaAiacciuDaily: 6
""", s, s=s)

add("blind-lo/helm/decoy-existing-secret", "deploy/helm/viaghji/values.yaml", HELM, r"""# valori di difettu - i sicreti sò in Vault (viaghji/prod/*)
replicaCount: 1
postgresql:
  auth:
    username: viaghji
    existingSecret: viaghji-db
    secretKeys:
      userPasswordKey: password
redis:
  auth:
    enabled: true
    existingSecret: viaghji-redis
    existingSecretPasswordKey: redis-password
stripe:
  secretKey: ""   # riempitu da external-secrets
""")

s = slack_webhook()
add("blind-lo/helm/slack-webhook", "deploy/helm/alerting/values-mulinu.yaml", HELM, r"""alertmanager:
  config:
    route:
      receiver: mulinu-ops
      group_by: [alertname]
    receivers:
      - name: mulinu-ops
        slack_configs:
          - api_url: @@s@@
            channel: "#mulinu-allarmi"
            title: "Mulinu: {{ .CommonLabels.alertname }}"
""", s, s=s)

# ---------------------------------------------------------------- terraform
s = words_pw()
add("blind-lo/terraform/rds-password", "infra/terraform/viaghji/rds.tf", TF, r"""resource "aws_db_instance" "viaghji" {
  identifier          = "viaghji-prod"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.medium"
  allocated_storage   = 50
  username            = "viaghji_admin"
  password            = "@@s@@"
  skip_final_snapshot = false
  tags = {
    progettu = "viaghji"
  }
}
""", s, s=s)

add("blind-lo/terraform/decoy-random-password", "infra/terraform/mulinu/db.tf", TF, r"""resource "random_password" "buttega_db" {
  length  = 24
  special = true
}

resource "aws_secretsmanager_secret_version" "buttega_db" {
  secret_id     = aws_secretsmanager_secret.buttega_db.id
  secret_string = random_password.buttega_db.result
}

variable "db_password" {
  type      = string
  sensitive = true   # da TF_VAR_db_password, mai in u codice
}
""")

s = fakes.aws_secret_key(_seed())
add("blind-lo/terraform/aws-provider-keys", "infra/terraform/mulinu/provider.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", r"""terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

# prova rapida da u portatile di Maria Francesca - da caccià
provider "aws" {
  region     = "eu-west-3"
  access_key = "@@kid@@"
  secret_key = "@@s@@"
}
""", s, s=s, kid=fakes.aws_key_id(_seed()))

s = datadog_key()
add("blind-lo/tfvars/datadog", "infra/terraform/viaghji/prod.auto.tfvars", TF, r"""environment      = "prod"
region           = "eu-west-3"
ferry_partners   = ["corsica-linea", "la-meridionale"]
bus_operators    = ["autocars-bastia", "transcorsica"]
datadog_api_key  = "@@s@@"
alert_email      = "ops@viaghji.corsica"
""", s, s=s)

add("blind-lo/tfvars/decoy-example", "infra/terraform/viaghji/terraform.tfvars.example", TF, r"""# Esempiu: copià in prod.auto.tfvars (chì hè in .gitignore)
environment     = "prod"
region          = "eu-west-3"
datadog_api_key = "<DATADOG_API_KEY>"
db_password     = "CHANGE_ME"
alert_email     = "ops@viaghji.corsica"
""")

# ---------------------------------------------------------------- ansible
s = passphrase()
add("blind-lo/ansible/group-vars-password", "infra/ansible/group_vars/mulinu.yml", ANSIBLE, r"""---
mulinu_users:
  - ghjuvanpetru
  - mariafrancesca
# macina (PLC di u mulinu) - accessu Modbus gateway
plc_gateway_host: 10.20.0.15
plc_gateway_user: operatore
plc_gateway_password: "@@s@@"
ntp_servers: [0.fr.pool.ntp.org]
""", s, s=s)

add("blind-lo/ansible/decoy-vault-ciphertext", "infra/ansible/group_vars/viaghji/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", r"""$ANSIBLE_VAULT;1.1;AES256
@@a@@
@@b@@
@@c@@
@@d@@
@@e@@
""", a=hexs(80), b=hexs(80), c=hexs(80), d=hexs(80), e=hexs(40))

add("blind-lo/ansible/decoy-vault-lookup", "infra/ansible/roles/booking/defaults/main.yml", ANSIBLE, r"""---
booking_port: 8000
booking_db_user: viaghji
booking_db_password: "{{ vault_booking_db_password }}"
booking_stripe_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=viaghji/data/stripe:secret') }}"
booking_smtp_password: "{{ lookup('env', 'SMTP_PASSWORD') }}"
""")

s = rand_pw(16)
add("blind-lo/ansible/inventory-become-pass", "infra/ansible/inventory/mulinu.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", r"""[mulinu]
macina-01 ansible_host=10.20.0.11
buttega-01 ansible_host=10.20.0.21

[mulinu:vars]
ansible_user=admin
ansible_become_pass=@@s@@
# ùn funziona micca senza VPN di u mulinu
""", s, s=s)
# ---------------------------------------------------------------- CI
s = npm_token()
add("blind-lo/github-actions/npm-token", ".github/workflows/publish-widget.yml", GHA, r"""name: publish booking widget
on:
  push:
    tags: ["widget-v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: {node-version: 20, registry-url: "https://registry.npmjs.org"}
      - run: npm ci && npm run build
        working-directory: widget
      - run: npm publish --access public
        working-directory: widget
        env:
          NODE_AUTH_TOKEN: @@s@@
""", s, s=s)

add("blind-lo/github-actions/decoy-secrets-context", ".github/workflows/deploy-api.yml", GHA, r"""name: deploy booking api
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions: {id-token: write, contents: read}
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::481516234200:role/viaghji-deploy
          aws-region: eu-west-3
      - run: ./scripts/deploy.sh
        env:
          DATADOG_API_KEY: ${{ secrets.DATADOG_API_KEY }}
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
""")

s = words_pw()
add("blind-lo/gitlab-ci/service-password", "mulinu/.gitlab-ci.yml", GITLAB_CI, r"""stages: [test, build]

variables:
  MYSQL_DATABASE: buttega_test
  MYSQL_ROOT_PASSWORD: "@@s@@"
  # a stessa parolla chè in pre-prod... da cambià

test:
  stage: test
  image: php:8.3
  services: [mariadb:10.11]
  script:
    - composer install
    - vendor/bin/phpunit
""", s, s=s)

s = gitlab_token()
add("blind-lo/gitlab-ci/gitlab-token", "viaghji/.gitlab-ci.yml", GITLAB_CI, r"""stages: [release]

release-timetable:
  stage: release
  image: alpine:3.20
  script:
    - apk add curl
    - >
      curl --fail --header "PRIVATE-TOKEN: @@s@@"
      --upload-file orari/orari-estate.json
      "https://gitlab.com/api/v4/projects/5512034/packages/generic/orari/2025/orari-estate.json"
  only: [tags]
""", s, s=s)

add("blind-lo/gitlab-ci/decoy-masked-variable", "mulinu/ci/deploy.gitlab-ci.yml", GITLAB_CI, r"""deploy-buttega:
  stage: deploy
  image: alpine/ansible:2.16
  script:
    - echo "$ANSIBLE_VAULT_PASS" > .vault-pass   # variabile mascata in GitLab
    - ansible-playbook -i inventory/mulinu.ini site.yml --vault-password-file .vault-pass
    - rm -f .vault-pass
  environment: production
  when: manual
""")

# ---------------------------------------------------------------- Dockerfiles
s = github_token()
add("blind-lo/dockerfile/github-token-arg", "viaghji/api/Dockerfile", DOCKERFILE, r"""FROM python:3.12-slim AS build
WORKDIR /src
# a libreria privata "ferry-partners" hè nantu à GitHub
ARG GH_TOKEN=@@s@@
RUN pip install --no-cache-dir "git+https://${GH_TOKEN}@github.com/viaghji/ferry-partners.git@v1.4"
COPY . .
RUN pip install --no-cache-dir .

FROM python:3.12-slim
COPY --from=build /usr/local /usr/local
CMD ["gunicorn", "viaghji.wsgi", "-b", "0.0.0.0:8000"]
""", s, s=s)

add("blind-lo/dockerfile/decoy-build-secret", "mulinu/buttega/Dockerfile", DOCKERFILE, r"""# syntax=docker/dockerfile:1.7
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
# u token npm vene da --secret id=npmrc, ùn resta micca in l'imagine
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev
COPY . .
ENV NODE_ENV=production
EXPOSE 3000
CMD ["node", "server.js"]
""")

s = rand_pw(18)
add("blind-lo/dockerfile/env-password", "mulinu/legacy-erp/Dockerfile", DOCKERFILE, r"""FROM tomcat:9-jdk11
LABEL maintainer="informatica@mulinu-castagna.corsica"
ENV ERP_DB_URL=jdbc:sqlserver://erp-db:1433;databaseName=castagna
ENV ERP_DB_USER=erp
ENV ERP_DB_PASSWORD=@@s@@
COPY erp.war /usr/local/tomcat/webapps/ROOT.war
EXPOSE 8080
""", s, s=s)

# ---------------------------------------------------------------- Python
s = fakes.django_secret_key(_seed())
add("blind-lo/python/django-secret-key", "viaghji/api/viaghji/settings/prod.py", DJANGO, r"""from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["biglietti.viaghji.corsica", "api.viaghji.corsica"]

SECRET_KEY = "@@s@@"

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("co", "Corsu"), ("it", "Italiano")]
TIME_ZONE = "Europe/Paris"
""", s, s=s)

add("blind-lo/python/decoy-environ", "viaghji/api/viaghji/settings/base.py", DJANGO, r"""import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.getenv("DB_NAME", "viaghji"),
        "USER": os.getenv("DB_USER", "viaghji"),
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
        "HOST": os.getenv("DB_HOST", "localhost"),
    }
}
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY")  # in Vault
""")

s = words_pw()
add("blind-lo/python/smtp-login", "mulinu/scripts/mandà_fatture.py", PY, r"""# -*- coding: utf-8 -*-
# Manda e fatture di a settimana à i clienti (farina, mele, castagne secche)
import smtplib
from email.message import EmailMessage

def manda(fattura_pdf: bytes, destinatariu: str) -> None:
    msg = EmailMessage()
    msg["From"] = "fatture@mulinu-castagna.corsica"
    msg["To"] = destinatariu
    msg["Subject"] = "A vostra fattura - U Mulinu di a Castagna"
    msg.add_attachment(fattura_pdf, maintype="application", subtype="pdf", filename="fattura.pdf")
    with smtplib.SMTP_SSL("ssl0.ovh.net", 465) as smtp:
        smtp.login("fatture@mulinu-castagna.corsica", "@@s@@")
        smtp.send_message(msg)
""", s, s=s)

s = slack_bot()
add("blind-lo/python/slack-bot-token", "mulinu/scripts/allarme_macina.py", PY, r"""\"\"\"Allarme quandu a macina si ferma (temperatura di e mole troppu alta).\"\"\"
from slack_sdk import WebClient

client = WebClient(token="@@s@@")

def allarme(temperatura: float) -> None:
    if temperatura > 62.0:
        client.chat_postMessage(channel="#macina",
                                text=f":fire: Mole à {temperatura:.1f} °C - fermà a macina!")
""".replace("\\\"", "\""), s, s=s)

s = rand_pw(32)
add("blind-lo/python/partner-api-header", "viaghji/api/partners/ferry_client.py", PY, r"""import requests

FERRY_API = "https://api.ferrypartner.example.eu/v2"
_HEADERS = {
    "Accept": "application/json",
    "X-Api-Key": "@@s@@",
}

def disponibilità(partenza: str, arrivu: str, data: str) -> dict:
    r = requests.get(f"{FERRY_API}/crossings", headers=_HEADERS,
                     params={"from": partenza, "to": arrivu, "date": data}, timeout=10)
    r.raise_for_status()
    return r.json()
""", s, s=s)

add("blind-lo/python/decoy-test-fixture", "viaghji/api/tests/test_payments.py", PY, r"""import pytest

# Valori falzi per e prove: ùn sò micca chjave vere
FAKE_STRIPE_KEY = "sk_test_FAKE_NOT_A_REAL_KEY_0000"
FAKE_WEBHOOK_SECRET = "whsec_test_fixture"


@pytest.fixture
def stripe_settings(settings):
    settings.STRIPE_SECRET_KEY = FAKE_STRIPE_KEY
    settings.STRIPE_WEBHOOK_SECRET = FAKE_WEBHOOK_SECRET
    return settings


def test_refund_needs_booking(stripe_settings, client):
    assert client.post("/api/refunds", {}).status_code == 400
""")

s = rand_pw(26)
add("blind-lo/python/split-password", "mulinu/scripts/sincro_stock.py", PY, r"""import pymssql

# ERP vechju di u mulinu (Sage) - lettura di u stock di farina
conn = pymssql.connect(
    server="erp-db.mulinu.internal",
    user="lettura_stock",
    password=("@@a@@"
              "@@b@@"),
    database="castagna",
)
cur = conn.cursor()
cur.execute("SELECT lot, kg FROM stock WHERE prodotto = 'FARINA_CASTAGNA'")
print(cur.fetchall())
""", s, a=s[:13], b=s[13:])

s = fakes.openai_key(_seed())
add("blind-lo/python/openai-key", "viaghji/tools/traduce_orari.py", PY, r"""\"\"\"Traduce l'avvisi di l'orari (fr -> co, it, en) prima di publicalli.\"\"\"
from openai import OpenAI

client = OpenAI(api_key="@@s@@")

def traduce(testu: str, lingua: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Traduce in {lingua}: {testu}"}],
    )
    return resp.choices[0].message.content
""".replace("\\\"", "\""), s, s=s)

# ---------------------------------------------------------------- JavaScript / TypeScript
s = stripe_key("sk_live_")
add("blind-lo/javascript/stripe-secret", "mulinu/buttega/server/pagamentu.js", NODE, r"""// Pagamentu di a buttega in linea (farina castagnina, 1 kg / 5 kg)
const Stripe = require('stripe');
const stripe = Stripe('@@s@@');

async function creaSessione(carrettu) {
  return stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: carrettu.map((x) => ({ price: x.priceId, quantity: x.qty })),
    success_url: 'https://buttega.mulinu-castagna.corsica/grazie',
    cancel_url: 'https://buttega.mulinu-castagna.corsica/carrettu',
  });
}
module.exports = { creaSessione };
""", s, s=s)

add("blind-lo/javascript/decoy-publishable-key", "viaghji/widget/src/config.js", "https://docs.stripe.com/keys#obtain-api-keys", r"""// Chjave publiche solu: ponu esse in u navigatore
export const config = {
  stripePublishableKey: 'pk_live_@@pk@@',
  mapboxToken: 'pk.eyJ1IjoidmlhZ2hqaSIsImEiOiJjbHB1YmxpYzAwMDAwMDAwMDAwMDAwMDAwIn0.@@mb@@',
  apiBase: 'https://api.viaghji.corsica',
  languages: ['co', 'fr', 'it', 'en'],
};
""", pk=fakes.drawn(_seed(), 99), mb=fakes.drawn(_seed(), 22))

s = jwt_secret()
add("blind-lo/typescript/jwt-secret", "viaghji/api-gateway/src/auth/jwt.ts", NODE, r"""import jwt from 'jsonwebtoken';

// TODO(Ghjiseppu): leghje da process.env prima di a stagione d'estate
const JWT_SECRET = '@@s@@';

export function firmaBigliettu(prenotazione: string, passageri: number): string {
  return jwt.sign({ prenotazione, passageri }, JWT_SECRET, { expiresIn: '30d', issuer: 'viaghji' });
}

export function verificaBigliettu(token: string) {
  return jwt.verify(token, JWT_SECRET, { issuer: 'viaghji' });
}
""", s, s=s)

s = words_pw()
add("blind-lo/typescript/mongo-uri", "viaghji/api-gateway/src/db.ts", "https://www.mongodb.com/docs/manual/reference/connection-string/", r"""import { MongoClient } from 'mongodb';

const uri =
  'mongodb+srv://gateway:' + encodeURIComponent('@@s@@') +
  '@cluster0.viaghji.mongodb.net/prenotazioni?retryWrites=true&w=majority';

export const client = new MongoClient(uri);
export const prenotazioni = client.db('prenotazioni').collection('viaghji');
""", s, s=s)

add("blind-lo/typescript/decoy-process-env", "mulinu/buttega/src/config.ts", NODE, r"""const need = (name: string): string => {
  const v = process.env[name];
  if (!v) throw new Error(`Manca a variabile ${name}`);
  return v;
};

export const config = {
  stripeSecret: need('STRIPE_SECRET_KEY'),
  mailgunKey: need('MAILGUN_API_KEY'),
  dbPassword: process.env.DB_PASSWORD ?? '',
};
""")

s = discord_webhook()
add("blind-lo/javascript/discord-webhook", "mulinu/scripts/avisu-raccolta.mjs", NODE, r"""// Avisu à i racoglitori di castagne (canale Discord di a cuuperativa)
const WEBHOOK = '@@s@@';

const msg = process.argv[2] ?? 'Dumane racolta in Castagniccia, à 7 ore à u mulinu.';
await fetch(WEBHOOK, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ username: 'U Mulinu', content: msg }),
});
""", s, s=s)

# ---------------------------------------------------------------- Go
s = rand_pw(20)
add("blind-lo/go/postgres-dsn", "viaghji/seats/internal/store/store.go", GO, r"""package store

import (
	"database/sql"

	_ "github.com/lib/pq"
)

// Posti nantu à l'autobus Bastia-Corti-Aiacciu
const dsn = "host=pg-prod.viaghji.internal user=seats password=@@s@@ dbname=viaghji sslmode=require"

func Open() (*sql.DB, error) {
	return sql.Open("postgres", dsn)
}
""", s, s=s)

add("blind-lo/go/decoy-getenv", "viaghji/seats/cmd/seats/main.go", GO, r"""package main

import (
	"log"
	"os"
)

func main() {
	token := os.Getenv("BUS_OPERATOR_TOKEN")
	if token == "" {
		log.Fatal("BUS_OPERATOR_TOKEN manca (vede u runbook)")
	}
	run(token, os.Getenv("SEATS_ADDR"))
}
""")

s = telegram = fakes.telegram_token(_seed())
add("blind-lo/go/telegram-bot", "viaghji/notify/telegram.go", GO, r"""package notify

import (
	"fmt"
	"net/http"
	"net/url"
)

const botToken = "@@s@@"

// Ritardu di u battellu: avvisà i passageri abbunati
func Ritardu(chatID int64, minuti int) error {
	u := fmt.Sprintf("https://api.telegram.org/bot%s/sendMessage", botToken)
	_, err := http.PostForm(u, url.Values{
		"chat_id": {fmt.Sprint(chatID)},
		"text":    {fmt.Sprintf("U battellu hà %d minuti di ritardu.", minuti)},
	})
	return err
}
""", s, s=s)
# ---------------------------------------------------------------- Java / Kotlin
s = words_pw()
add("blind-lo/properties/spring-datasource", "viaghji/booking-core/src/main/resources/application-prod.properties", JAVA, r"""# Viaghji booking-core (prod)
server.port=8081
spring.datasource.url=jdbc:postgresql://pg-prod.viaghji.internal:5432/viaghji
spring.datasource.username=booking_core
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
viaghji.ferry.ports=BIA,AJA,LIV,NCE,TLN
""", s, s=s)

add("blind-lo/properties/decoy-placeholder-ref", "viaghji/booking-core/src/main/resources/application.properties", JAVA, r"""server.port=8081
spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/viaghji
spring.datasource.username=${DB_USER:booking_core}
spring.datasource.password=${DB_PASSWORD}
spring.mail.password=${SMTP_PASSWORD:}
viaghji.stripe.secret-key=${STRIPE_SECRET_KEY}
""")

s = rand_pw(24)
add("blind-lo/yaml/spring-mail", "viaghji/booking-core/src/main/resources/application-staging.yml", JAVA, r"""spring:
  mail:
    host: smtp.eu.mailgun.org
    port: 587
    username: postmaster@mg.viaghji.corsica
    password: @@s@@
    properties:
      mail.smtp.starttls.enable: true
viaghji:
  biglietti:
    mittente: "Viaghji <biglietti@viaghji.corsica>"
""", s, s=s)

s = rand_pw(40)
add("blind-lo/java/hardcoded-client-secret", "viaghji/booking-core/src/main/java/corsica/viaghji/bus/BusOperatorClient.java", "https://datatracker.ietf.org/doc/html/rfc6749#section-4.4", r"""package corsica.viaghji.bus;

import java.net.http.HttpClient;

/** Client OAuth2 di l'operatore d'autobus (Bastia - Corti - Aiacciu). */
public final class BusOperatorClient {
    private static final String TOKEN_URL = "https://auth.autocars-corse.example/oauth/token";
    private static final String CLIENT_ID = "viaghji-booking";
    // segretu datu da l'operatore u 12/03 - da mette in Vault
    private static final String CLIENT_SECRET = "@@s@@";

    private final HttpClient http = HttpClient.newHttpClient();

    public String token() {
        return OAuth.clientCredentials(http, TOKEN_URL, CLIENT_ID, CLIENT_SECRET);
    }
}
""", s, s=s)

add("blind-lo/java/decoy-constant-names", "viaghji/booking-core/src/main/java/corsica/viaghji/config/SecretNames.java", JAVA, r"""package corsica.viaghji.config;

/** Nomi di i sicreti in Vault (micca i valori!). */
public final class SecretNames {
    public static final String DB_PASSWORD = "viaghji/prod/db#password";
    public static final String STRIPE_SECRET_KEY = "viaghji/prod/stripe#secret_key";
    public static final String BUS_CLIENT_SECRET = "viaghji/prod/bus-operator#client_secret";
    public static final String PASSWORD_FIELD = "password";
    private SecretNames() {}
}
""")

s = google_key()
add("blind-lo/kotlin/google-key", "viaghji/android/app/src/main/java/corsica/viaghji/app/Maps.kt", KOTLIN, r"""package corsica.viaghji.app

import okhttp3.HttpUrl.Companion.toHttpUrl

// Chjave server per Directions API (percorsu di l'autobus) - ristretta à IP di u backend
private const val DIRECTIONS_KEY = "@@s@@"

fun percorsuUrl(partenza: String, arrivu: String) =
    "https://maps.googleapis.com/maps/api/directions/json".toHttpUrl().newBuilder()
        .addQueryParameter("origin", partenza)
        .addQueryParameter("destination", arrivu)
        .addQueryParameter("key", DIRECTIONS_KEY)
        .build()
""", s, s=s)

add("blind-lo/gradle/decoy-build-config-from-props", "viaghji/android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", r"""android {
    namespace = "corsica.viaghji.app"
    defaultConfig {
        applicationId = "corsica.viaghji.app"
        minSdk = 26
        // a chjave vene da local.properties (micca in git)
        buildConfigField("String", "MAPS_KEY", "\"${project.findProperty("viaghji.mapsKey") ?: ""}\"")
    }
    signingConfigs {
        create("release") {
            storePassword = System.getenv("KEYSTORE_PASSWORD")
            keyPassword = System.getenv("KEY_PASSWORD")
        }
    }
}
""")

s = passphrase()
add("blind-lo/gradle/signing-password", "viaghji/android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", r"""org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
kotlin.code.style=official
# firma di l'app Viaghji (keystore in ~/keys/viaghji-release.jks)
RELEASE_STORE_FILE=/home/ghjiseppu/keys/viaghji-release.jks
RELEASE_KEY_ALIAS=viaghji
RELEASE_STORE_PASSWORD=@@s@@
RELEASE_KEY_PASSWORD=@@s@@
""", s, s=s)

# ---------------------------------------------------------------- C#
s = azure_storage_key()
add("blind-lo/json/azure-storage-connection", "mulinu/Fatturazione/appsettings.Production.json", CSHARP, r"""{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Mulinu": {
    "NomeSocietà": "U Mulinu di a Castagna SARL",
    "FattureContainer": "fatture-2025"
  },
  "ConnectionStrings": {
    "Fatture": "DefaultEndpointsProtocol=https;AccountName=mulinufatture;AccountKey=@@s@@;EndpointSuffix=core.windows.net"
  }
}
""", s, s=s)

add("blind-lo/json/decoy-user-secrets-id", "mulinu/Fatturazione/appsettings.json", CSHARP, r"""{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "UserSecretsId": "@@u@@",
  "ConnectionStrings": {
    "Fatture": "UseDevelopmentStorage=true",
    "Erp": "Server=localhost;Database=castagna;Trusted_Connection=True;"
  },
  "Smtp": { "Host": "localhost", "Port": 25, "Password": "" }
}
""", u=uuid_s())

s = words_pw()
add("blind-lo/csharp/sql-connection-string", "mulinu/Fatturazione/Data/ErpContext.cs", CSHARP, r"""using Microsoft.EntityFrameworkCore;

namespace Mulinu.Fatturazione.Data;

// Cuntestu EF per l'ERP (lotti di farina, clienti, fatture)
public class ErpContext : DbContext
{
    protected override void OnConfiguring(DbContextOptionsBuilder options) =>
        options.UseSqlServer(
            "Server=erp-db.mulinu.internal;Database=castagna;User Id=fatturazione;" +
            "Password=@@s@@;TrustServerCertificate=True");

    public DbSet<LottuFarina> Lotti => Set<LottuFarina>();
}
""", s, s=s)

# ---------------------------------------------------------------- PHP
s = rand_pw(16, "!#%")
add("blind-lo/php/wp-config", "mulinu/buttega/wp-config.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", r"""<?php
/** Buttega WooCommerce di U Mulinu di a Castagna */
define( 'DB_NAME', 'buttega' );
define( 'DB_USER', 'buttega_wp' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'db.mulinu.internal' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WPLANG', 'co' );
$table_prefix = 'wp_mc_';
require_once ABSPATH . 'wp-settings.php';
""", s, s=s)

add("blind-lo/php/decoy-salts-placeholder", "mulinu/buttega/wp-config-sample.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", r"""<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
""")

s = mailgun_key()
add("blind-lo/php/mailgun-key", "mulinu/buttega/wp-content/mu-plugins/mandà-mail.php", "https://documentation.mailgun.com/docs/mailgun/api-reference/", r"""<?php
// Mail di cunferma di cumanda (farina castagnina) via Mailgun
add_filter( 'wp_mail', function ( $args ) {
    $ch = curl_init( 'https://api.eu.mailgun.net/v3/mg.mulinu-castagna.corsica/messages' );
    curl_setopt( $ch, CURLOPT_USERPWD, 'api:@@s@@' );
    curl_setopt( $ch, CURLOPT_POSTFIELDS, [
        'from'    => 'U Mulinu <cumande@mulinu-castagna.corsica>',
        'to'      => $args['to'],
        'subject' => $args['subject'],
        'html'    => $args['message'],
    ] );
    curl_exec( $ch );
    return $args;
} );
""", s, s=s)

# ---------------------------------------------------------------- Ruby
s = words_pw()
add("blind-lo/yaml/rails-database", "viaghji/backoffice/config/database.yml", RUBY, r"""default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: backoffice_dev

production:
  <<: *default
  host: pg-prod.viaghji.internal
  database: viaghji
  username: backoffice
  password: "@@s@@"
""", s, s=s)

add("blind-lo/yaml/decoy-rails-credentials-ref", "viaghji/backoffice/config/storage.yml", "https://guides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis", r"""local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

amazon:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
  region: eu-west-3
  bucket: viaghji-biglietti-pdf
""")

s = brevo_key()
add("blind-lo/ruby/brevo-initializer", "viaghji/backoffice/config/initializers/brevo.rb", "https://developers.brevo.com/docs/getting-started", r"""# Newsletter "Orari d'estate" à i clienti
SibApiV3Sdk.configure do |config|
  config.api_key['api-key'] = '@@s@@'
end

NEWSLETTER_LIST_ID = 7
NEWSLETTER_LINGUE = %w[co fr it].freeze
""", s, s=s)

# ---------------------------------------------------------------- Rust
s = rand_pw(28)
add("blind-lo/rust/const-token", "viaghji/gate-scanner/src/config.rs", RUST, r"""//! Lettore di biglietti à l'imbarcu (portu di Bastia)

pub const API_BASE: &str = "https://api.viaghji.corsica/v1";
/// token di u dispusitivu "imbarcu-bastia-01"
pub const DEVICE_TOKEN: &str = "@@s@@";
pub const SCAN_TIMEOUT_MS: u64 = 1500;

pub fn auth_header() -> String {
    format!("Bearer {}", DEVICE_TOKEN)
}
""", s, s=s)

add("blind-lo/toml/decoy-cargo-lock-checksum", "viaghji/gate-scanner/Cargo.lock", "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html", r"""# This file is automatically @generated by Cargo.
version = 3

[[package]]
name = "base64"
version = "0.22.1"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@a@@"

[[package]]
name = "hmac"
version = "0.12.1"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@b@@"
""", a=sha256ish(), b=sha256ish())

# ---------------------------------------------------------------- Swift
s = rand_pw(32)
add("blind-lo/swift/api-secret", "viaghji/ios/Viaghji/Network/Secrets.swift", SWIFT, r"""import Foundation

// ATTENZIONE: stu schedariu ùn deve micca esse in git (hè in .gitignore... era)
enum Secrets {
    static let apiBase = URL(string: "https://api.viaghji.corsica")!
    static let appClientID = "ios-viaghji"
    static let appClientSecret = "@@s@@"
}
""", s, s=s)

add("blind-lo/plist/decoy-public-ids", "viaghji/ios/Viaghji/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", r"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>CFBundleIdentifier</key><string>corsica.viaghji.app</string>
  <key>StripePublishableKey</key><string>pk_live_@@pk@@</string>
  <key>ViaghjiApiKey</key><string>$(VIAGHJI_API_KEY)</string>
  <key>NSLocationWhenInUseUsageDescription</key><string>Per truvà a fermata d'autobus a più vicina</string>
</dict>
</plist>
""", pk=fakes.drawn(_seed(), 99))
# ---------------------------------------------------------------- shell / PowerShell
s = rand_pw(20)
add("blind-lo/shell/pg-dump-password", "mulinu/ops/salvezza_db.sh", SHELL, r"""#!/usr/bin/env bash
# Salvezza notturna di a basa di a buttega -> OVH Object Storage
set -euo pipefail
export PGPASSWORD='@@s@@'
data=$(date +%F)
pg_dump -h db.mulinu.internal -U salvezza buttega | gzip > "/var/backups/buttega-$data.sql.gz"
rclone copy "/var/backups/buttega-$data.sql.gz" ovh:mulinu-salvezze/
find /var/backups -name 'buttega-*.sql.gz' -mtime +14 -delete
""", s, s=s)

s = slack_webhook()
add("blind-lo/shell/curl-webhook", "viaghji/ops/avisu_ritardu.sh", SHELL, r"""#!/bin/sh
# avisu_ritardu.sh <minuti> : avvisa u canale #imbarcu di un ritardu di u battellu
minuti="${1:?quanti minuti?}"
curl -s -X POST -H 'Content-type: application/json' \
  --data "{\"text\":\"Battellu Bastia: ritardu di ${minuti} minuti\"}" \
  @@s@@
""", s, s=s)

s = words_pw()
add("blind-lo/shell/heredoc-pgpass", "mulinu/ops/prepara_macchina.sh", SHELL, r"""#!/usr/bin/env bash
# Prepara una macchina nova per a contabilità
set -e
apt-get install -y postgresql-client
cat > /home/contabile/.pgpass <<'EOF'
db.mulinu.internal:5432:buttega:contabile:@@s@@
EOF
chmod 600 /home/contabile/.pgpass
chown contabile: /home/contabile/.pgpass
""", s, s=s)

add("blind-lo/shell/decoy-read-secret", "viaghji/ops/rotate_db_password.sh", SHELL, r"""#!/usr/bin/env bash
# Cambià a parolla d'ordine di a basa (ogni trè mesi)
set -euo pipefail
new_pw=$(openssl rand -base64 30)
vault kv put viaghji/prod/db password="$new_pw"
psql "$ADMIN_DSN" -c "ALTER ROLE booking_core PASSWORD '${new_pw}'"
kubectl -n viaghji rollout restart deploy/booking-api
echo "fattu: parolla cambiata, ùn a scrive in nisun locu"
""")

s = fakes.aws_secret_key(_seed())
add("blind-lo/shell/aws-export", "viaghji/ops/sync_pdf.sh", SHELL, r"""#!/bin/bash
# copia i biglietti PDF di u ghjornu nantu à S3
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@s@@
export AWS_DEFAULT_REGION=eu-west-3
aws s3 sync /srv/viaghji/pdf/$(date +%Y/%m/%d) s3://viaghji-biglietti-pdf/$(date +%Y/%m/%d) --only-show-errors
""", s, s=s, kid=fakes.aws_key_id(_seed()))

s = words_pw()
add("blind-lo/powershell/securestring-plain", "mulinu/ops/Stampa-Etichette.ps1", PWSH, r"""# Stampa l'etichette di i sacchi di farina (stampatrice Zebra in u magazinu)
param([string]$Lottu = "FC-2024-118")

$user = "MULINU\etichette"
$pw = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pw)

Invoke-Command -ComputerName MAGAZINU-PC -Credential $cred -ScriptBlock {
    param($l) & "C:\Etichette\stampa.exe" --lottu $l --copie 40
} -ArgumentList $Lottu
""", s, s=s)

add("blind-lo/powershell/decoy-get-credential", "mulinu/ops/Salva-Fatture.ps1", PWSH, r"""# Copia e fatture nantu à u NAS (a parolla hè dumandata, mai scritta)
$cred = Get-Credential -UserName "MULINU\salvezza" -Message "Parolla d'ordine di u NAS"
New-PSDrive -Name F -PSProvider FileSystem -Root \\nas-mulinu\fatture -Credential $cred
Copy-Item C:\Fatture\*.pdf F:\$(Get-Date -Format yyyy)\ -Force
Remove-PSDrive F
""")

s = rand_pw(44)
add("blind-lo/powershell/bearer-header", "viaghji/ops/Export-Prenotazioni.ps1", PWSH, r"""# Export di e prenotazioni di a settimana per a contabilità
$headers = @{
    Authorization = "Bearer @@s@@"
    Accept        = "text/csv"
}
$da = (Get-Date).AddDays(-7).ToString("yyyy-MM-dd")
Invoke-RestMethod -Uri "https://api.viaghji.corsica/v1/export/bookings?from=$da" `
    -Headers $headers -OutFile "C:\Contabilita\prenotazioni-$da.csv"
""", s, s=s)

# ---------------------------------------------------------------- shell histories
s = words_pw()
add("blind-lo/history/mysql-command-line", "mulinu/ops/notes/.bash_history", HISTORY, r"""cd /srv/buttega
git pull
systemctl restart php8.3-fpm
mysql -h db.mulinu.internal -u buttega_wp -p'@@s@@' buttega -e "select count(*) from wp_mc_posts"
tail -f /var/log/nginx/error.log
df -h
exit
""", s, s=s)

s = github_token()
add("blind-lo/history/git-clone-token", "viaghji/ops/history-bastia-gw.txt", HISTORY, r"""  501  ssh imbarcu-bastia-01
  502  sudo -i
  503  cd /opt
  504  git clone https://viaghji-bot:@@s@@@github.com/viaghji/gate-scanner.git
  505  cd gate-scanner && cargo build --release
  506  systemctl restart gate-scanner
""", s, s=s)

add("blind-lo/history/decoy-prompted-password", "viaghji/ops/history-pg.txt", HISTORY, r"""  880  psql -h pg-prod.viaghji.internal -U booking_core -W viaghji
  881  export PGPASSWORD="$(vault kv get -field=password viaghji/prod/db)"
  882  pg_dump -Fc viaghji > /tmp/viaghji.dump
  883  unset PGPASSWORD
  884  ls -lh /tmp/viaghji.dump
""")

# ---------------------------------------------------------------- client configs
s = rand_pw(22)
add("blind-lo/netrc/ftp-password", "mulinu/ops/dotfiles/.netrc", NETRC, r"""# FTP di u trasportadore (bolle di spedizione di a farina)
machine ftp.trasporti-corsica.example
  login mulinu_castagna
  password @@s@@

machine api.github.com
  login ghjuvanpetru
""", s, s=s)

s = npm_token()
add("blind-lo/npmrc/auth-token", "viaghji/widget/.npmrc", NPMRC, r"""registry=https://registry.npmjs.org/
@viaghji:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
engine-strict=true
""", s, s=s)

add("blind-lo/npmrc/decoy-env-token", "mulinu/buttega/.npmrc", NPMRC, r"""@mulinu:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NPM_TOKEN}
always-auth=true
fund=false
audit-level=high
""")

s = fakes.pypi_token(_seed())
add("blind-lo/pypirc/pypi-token", "viaghji/tools/.pypirc", PYPIRC, r"""[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@s@@
""", s, s=s)

s = b64("viaghji-ci:" + rand_pw(20))
add("blind-lo/docker-config/auth-base64", "viaghji/ops/docker/config.json", DOCKER_CONFIG, r"""{
  "auths": {
    "registry.viaghji.corsica": {
      "auth": "@@s@@"
    }
  },
  "credsStore": ""
}
""", s, s=s)

add("blind-lo/docker-config/decoy-creds-store", "mulinu/ops/docker/config.json", DOCKER_CONFIG, r"""{
  "auths": {
    "registry.mulinu-castagna.corsica": {},
    "ghcr.io": {}
  },
  "credsStore": "pass",
  "currentContext": "default"
}
""")

s = rand_pw(24)
add("blind-lo/pip-conf/index-url-password", "mulinu/ops/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", r"""[global]
timeout = 60
# pacchetti interni di u mulinu (macina-ctl, etichette)
index-url = https://mulinu:@@s@@@pypi.mulinu-castagna.corsica/simple/
extra-index-url = https://pypi.org/simple/
trusted-host = pypi.mulinu-castagna.corsica
""", s, s=s)

s = pem("OPENSSH")
add("blind-lo/ssh/private-key", "mulinu/ops/keys/macina_deploy", "https://man.openbsd.org/ssh-keygen", s + "\n", s)

add("blind-lo/ssh/decoy-public-key", "mulinu/ops/keys/macina_deploy.pub", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", r"""# chjave publica di deploy di a macina (authorized_keys di macina-01)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@a@@ deploy@macina-01
# vechja, da caccià dopu a migrazione
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@@b@@ ghjuvanpetru@portatile
# fine
""", a=fakes.drawn(_seed(), 43, ALNUM + "+/"), b=fakes.drawn(_seed(), 340, ALNUM + "+/") + "=")

add("blind-lo/ssh/decoy-ssh-config", "mulinu/ops/dotfiles/ssh_config", SSH, r"""Host macina-01
  HostName 10.20.0.11
  User deploy
  IdentityFile ~/.ssh/macina_deploy
  ProxyJump bastion.mulinu-castagna.corsica

Host imbarcu-*
  User ops
  IdentityFile ~/.ssh/viaghji_ops_ed25519
  IdentitiesOnly yes
""")

s = rand_pw(20)
add("blind-lo/gitconfig/url-password", "viaghji/ops/dotfiles/.gitconfig", "https://git-scm.com/docs/git-config#Documentation/git-config.txt-urlltbasegtinsteadOf", r"""[user]
	name = Ghjiseppu Santoni
	email = ghjiseppu@viaghji.corsica
[url "https://ghjiseppu:@@s@@@gitea.viaghji.corsica/"]
	insteadOf = https://gitea.viaghji.corsica/
[pull]
	rebase = true
""", s, s=s)
# ---------------------------------------------------------------- server configs
s = b64("partner-bastia:" + words_pw())
add("blind-lo/nginx/basic-auth-header", "viaghji/ops/nginx/partner-proxy.conf", NGINX, r"""# proxy versu l'API di u partner ferry (autenticazione Basic fissa)
location /partner/ {
    proxy_pass https://api.ferrypartner.example.eu/;
    proxy_set_header Host api.ferrypartner.example.eu;
    proxy_set_header Authorization "Basic @@s@@";
    proxy_ssl_server_name on;
    proxy_read_timeout 20s;
}
""", s, s=s)

add("blind-lo/nginx/decoy-htpasswd-path", "mulinu/ops/nginx/buttega.conf", NGINX, r"""server {
    listen 443 ssl http2;
    server_name buttega.mulinu-castagna.corsica;
    ssl_certificate     /etc/letsencrypt/live/buttega/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/buttega/privkey.pem;
    location /wp-admin/ {
        auth_basic "Amministrazione di a buttega";
        auth_basic_user_file /etc/nginx/htpasswd-buttega;
        try_files $uri $uri/ /index.php?$args;
    }
}
""")

s = rand_pw(20)
add("blind-lo/systemd/environment-password", "mulinu/ops/systemd/macina-ctl.service", SYSTEMD, r"""[Unit]
Description=Cuntrollu di a macina (lettura sensori, allarmi)
After=network-online.target

[Service]
User=macina
Environment=MQTT_URL=mqtts://mqtt.mulinu.internal:8883
Environment=MQTT_USER=macina-ctl
Environment=MQTT_PASSWORD=@@s@@
ExecStart=/opt/macina-ctl/bin/macina-ctl --config /etc/macina/ctl.toml
Restart=always

[Install]
WantedBy=multi-user.target
""", s, s=s)

add("blind-lo/systemd/decoy-credential-file", "viaghji/ops/systemd/booking-worker.service", SYSTEMD, r"""[Unit]
Description=Viaghji - worker di i biglietti
After=network-online.target

[Service]
User=viaghji
LoadCredentialEncrypted=db-password:/etc/credstore.encrypted/viaghji-db
EnvironmentFile=-/etc/viaghji/worker.env
ExecStart=/opt/viaghji/bin/worker --db-password-file ${CREDENTIALS_DIRECTORY}/db-password
Restart=on-failure

[Install]
WantedBy=multi-user.target
""")

s = rand_pw(18)
add("blind-lo/cron/crontab-password", "mulinu/ops/crontab.txt", CRON, r"""# m h dom mon dow  command
MAILTO=informatica@mulinu-castagna.corsica
# salvezza di l'ERP ogni notte
30 1 * * * /usr/bin/sqlcmd -S erp-db -U salvezza -P '@@s@@' -Q "BACKUP DATABASE castagna TO DISK='/bak/castagna.bak'"
# stock di farina versu a buttega
15 2 * * * /opt/mulinu/bin/sincro_stock >> /var/log/sincro_stock.log 2>&1
""", s, s=s)

# ---------------------------------------------------------------- SQL
s = words_pw()
add("blind-lo/sql/create-role", "viaghji/db/migrations/0042_reporting_role.sql", SQL, r"""-- Rollu di lettura per u tableau di bordu di a contabilità
CREATE ROLE reporting LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE viaghji TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON bookings, crossings, bus_trips TO reporting;
-- da fà: limità à e tavule senza dati persunali
""", s, s=s)

add("blind-lo/sql/decoy-password-hash", "viaghji/db/seed/0001_staff.sql", SQL, r"""-- Impiegati di u ghjisé (hash Argon2, micca parolle in chjaru)
INSERT INTO staff (login, full_name, password_hash, role) VALUES
  ('mfrancesca', 'Maria Francesca Albertini', '$argon2id$v=19$m=65536,t=3,p=4$@@s1@@$@@h1@@', 'admin'),
  ('pnicoli',    'Petru Nicoli',             '$argon2id$v=19$m=65536,t=3,p=4$@@s2@@$@@h2@@', 'ghjisé'),
  ('ssantoni',   'Saveria Santoni',          NULL, 'ghjisé');  -- prima cunnessione: ligame per mail
""", s1=fakes.drawn(_seed(), 22, ALNUM + "+/"), h1=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    s2=fakes.drawn(_seed(), 22, ALNUM + "+/"), h2=fakes.drawn(_seed(), 43, ALNUM + "+/"))

s = rand_pw(32)
add("blind-lo/sql/insert-api-key", "mulinu/db/seed_integrazioni.sql", "https://mariadb.com/kb/en/insert/", r"""-- Integrazioni di a buttega (WooCommerce -> trasportadore)
INSERT INTO wp_mc_options (option_name, option_value, autoload) VALUES
  ('trasporti_api_url', 'https://api.trasporti-corsica.example/v1', 'yes'),
  ('trasporti_api_key', '@@s@@', 'no'),
  ('trasporti_ritiru', 'Mulinu, Piedicroce', 'yes');
""", s, s=s)

# ---------------------------------------------------------------- logs
s = rand_pw(22)
add("blind-lo/log/dsn-in-error", "viaghji/ops/incidenti/2025-07-14-worker.log", LOG, r"""2025-07-14T06:02:11Z INFO  worker starting, concurrency=4
2025-07-14T06:02:12Z INFO  connecting to queue amqp://queue:5672
2025-07-14T06:02:13Z ERROR db connect failed: could not connect to "postgresql://viaghji_worker:@@s@@@pg-prod.viaghji.internal:5432/viaghji": timeout expired
2025-07-14T06:02:18Z WARN  retry 1/5
2025-07-14T06:02:28Z INFO  connected
2025-07-14T06:03:00Z INFO  sent 118 tickets (Bastia 08:00 -> Livorno)
""", s, s=s)

add("blind-lo/log/decoy-redacted", "viaghji/ops/incidenti/2025-08-02-api.log", LOG, r"""2025-08-02T09:14:01Z INFO  POST /v1/bookings 201 booking=VBA-7Q2K9 seats=3
2025-08-02T09:14:02Z INFO  stripe charge ok pi=pi_3PjK***** amount=8450
2025-08-02T09:14:02Z DEBUG outgoing Authorization: Bearer [REDACTED]
2025-08-02T09:14:03Z INFO  sms sent to +33 6** ** ** 41
2025-08-02T09:14:05Z WARN  partner api slow (2.1s) key=****d9f1
""")

s = rand_pw(40)
add("blind-lo/log/token-in-query", "mulinu/ops/logs/nginx-access-2025-10-03.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", r"""10.20.0.5 - - [03/Oct/2025:07:12:44 +0200] "GET /wp-json/wc/v3/orders?per_page=50 HTTP/1.1" 200 5123 "-" "sincro/1.2"
10.20.0.5 - - [03/Oct/2025:07:12:45 +0200] "GET /wp-json/wc/v3/products/118 HTTP/1.1" 200 911 "-" "sincro/1.2"
10.20.0.9 - - [03/Oct/2025:07:13:02 +0200] "POST /hooks/trasporti?access_token=@@s@@ HTTP/1.1" 204 0 "-" "TrasportiWebhook/2.0"
10.20.0.5 - - [03/Oct/2025:07:14:10 +0200] "GET /wp-json/wc/v3/orders?status=processing HTTP/1.1" 200 2204 "-" "sincro/1.2"
10.20.0.7 - - [03/Oct/2025:07:15:31 +0200] "GET /farina-castagnina-1kg HTTP/2.0" 200 18233 "-" "Mozilla/5.0"
""", s, s=s)

# ---------------------------------------------------------------- CSV
s = words_pw()
add("blind-lo/csv/accounts-export", "mulinu/amministrazione/conti_servizii.csv", CSV, r"""serviziu,url,utente,parolla,nota
OVH,https://www.ovh.com/manager,mc123456-ovh,(vede KeePass),dominii è mail
Transporteur,https://pro.trasporti-corsica.example,mulinu_castagna,@@s@@,bolle di spedizione
Banca,https://pro.banca.example,,(carta è SMS),solu Maria Francesca
Sage,https://erp.mulinu-castagna.corsica,admin,(KeePass),
""", s, s=s)

add("blind-lo/csv/decoy-booking-export", "viaghji/exports/prenotazioni-2025-W31.csv", CSV, r"""booking_ref,crossing,date,passengers,payment_intent,amount_eur,status
VBA-7Q2K9,BIA-LIV,2025-08-02,3,pi_3PjK8e2eZvKYlo2C0x1Q9aBc,84.50,paid
VBA-8R3L1,AJA-BUS-BIA,2025-08-02,1,pi_3PjL1f2eZvKYlo2C1y2R0bCd,22.00,paid
VBA-9S4M2,BIA-NCE,2025-08-03,2,pi_3PjM2g2eZvKYlo2C2z3S1cDe,131.00,refunded
VBA-0T5N3,AJA-BUS-BIA,2025-08-03,4,pi_3PjN3h2eZvKYlo2C3a4T2dEf,88.00,paid
""")

# ---------------------------------------------------------------- INI / TOML / XML / JSON configs
s = rand_pw(20)
add("blind-lo/ini/odbc-password", "mulinu/ops/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", r"""[castagna]
Driver      = ODBC Driver 18 for SQL Server
Server      = erp-db.mulinu.internal,1433
Database    = castagna
UID         = report_excel
PWD         = @@s@@
TrustServerCertificate = yes
""", s, s=s)

add("blind-lo/ini/decoy-empty-values", "mulinu/macina-ctl/ctl.ini.dist", INI, r"""; cunfigurazione di macina-ctl - copià in /etc/macina/ctl.ini
[mqtt]
url = mqtts://mqtt.mulinu.internal:8883
user = macina-ctl
password =

[allarmi]
temperatura_max = 62
slack_webhook = https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX
""")

s = rand_pw(24)
add("blind-lo/toml/mqtt-password", "mulinu/macina-ctl/ctl.toml", TOML, r"""# macina-ctl: lettura di i sensori di e mole
[mqtt]
url = "mqtts://mqtt.mulinu.internal:8883"
user = "macina-ctl"
password = "@@s@@"

[macina]
mole = 2
velocità_rpm = 120
temperatura_max = 62.0
""", s, s=s)

add("blind-lo/toml/decoy-pyproject", "viaghji/tools/pyproject.toml", "https://packaging.python.org/en/latest/specifications/pyproject-toml/", r"""[project]
name = "viaghji-tools"
version = "0.9.2"
description = "Strumenti di Viaghji: orari, traduzzione di l'avvisi"
requires-python = ">=3.11"
dependencies = ["requests>=2.31", "openai>=1.30"]

[tool.viaghji]
api_key_env = "VIAGHJI_API_KEY"
secret_backend = "vault://viaghji/tools"
""")

s = words_pw()
add("blind-lo/xml/maven-settings", "viaghji/booking-core/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", r"""<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>viaghji-nexus</id>
      <username>deploy</username>
      <password>@@s@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror><id>viaghji-nexus</id><url>https://nexus.viaghji.corsica/repository/maven-public/</url><mirrorOf>*</mirrorOf></mirror>
  </mirrors>
</settings>
""", s, s=s)

add("blind-lo/xml/decoy-maven-encrypted", "mulinu/java-etichette/.mvn/settings.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", r"""<settings>
  <servers>
    <server>
      <id>mulinu-nexus</id>
      <username>deploy</username>
      <!-- cifrata cù mvn --encrypt-password (settings-security.xml ùn hè micca in git) -->
      <password>{@@c@@}</password>
    </server>
  </servers>
</settings>
""", c=fakes.drawn(_seed(), 44, ALNUM + "+/") + "=")

s = words_pw()
add("blind-lo/xml/web-config", "mulinu/Fatturazione.Legacy/Web.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations", r"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Erp" providerName="System.Data.SqlClient"
         connectionString="Data Source=erp-db;Initial Catalog=castagna;User ID=fatture_web;Password=@@s@@" />
  </connectionStrings>
  <appSettings>
    <add key="Lingua" value="co-FR" />
  </appSettings>
</configuration>
""", s, s=s)

s = rand_pw(36)
add("blind-lo/json/json-in-string", "viaghji/api/partners/bus_fixture_loader.py", PY, r"""import json

# cunfigurazione di l'operatore d'autobus, cum'ella hè stata mandata per mail
RAW = '{"operator": "autocars-bastia", "endpoint": "https://api.autocars-bastia.example/v3", "api_secret": "@@s@@", "lines": ["BIA-AJA", "BIA-COR"]}'

OPERATOR = json.loads(RAW)

def endpoint() -> str:
    return OPERATOR["endpoint"]
""", s, s=s)

add("blind-lo/json/decoy-package-lock", "mulinu/buttega/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r"""{
  "name": "buttega",
  "version": "2.4.1",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/stripe": {
      "version": "16.2.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-16.2.0.tgz",
      "integrity": "sha512-@@i@@=="
    }
  }
}
""", i=fakes.drawn(_seed(), 86, ALNUM + "+/"))

s = rand_pw(32)
add("blind-lo/json/vscode-rest-client", "viaghji/.vscode/settings.json", "https://marketplace.visualstudio.com/items?itemName=humao.rest-client", r"""{
  "editor.formatOnSave": true,
  "rest-client.environmentVariables": {
    "prod": {
      "base": "https://api.viaghji.corsica/v1",
      "token": "@@s@@"
    },
    "local": { "base": "http://localhost:8000/v1", "token": "dev" }
  }
}
""", s, s=s)
# ---------------------------------------------------------------- documentation, notes, runbooks
s = words_pw()
add("blind-lo/markdown/runbook-password-sentence", "viaghji/docs/runbooks/basa-di-dati.md", MD, r"""# Runbook: basa di dati di e prenotazioni

## Cunnessione d'urgenza
Sè Vault ùn risponde micca, l'utente `break_glass` pò cunnette si direttamente
à `pg-prod.viaghji.internal`. A parolla d'ordine hè `@@s@@`
(cambiata l'ultima volta u 3 di ghjugnu, dopu à a stagione a cambiemu torna).

## Dopu l'incidente
- cambià a parolla (vede `ops/rotate_db_password.sh`)
- scrive una nota in #imbarcu
""", s, s=s)

add("blind-lo/markdown/decoy-runbook-vault", "viaghji/docs/runbooks/sicreti.md", MD, r"""# Induve sò i sicreti?

| Sicretu | Locu | Chì u cambia |
|---|---|---|
| Parolla di a basa | `vault kv get viaghji/prod/db` | Ghjiseppu |
| Chjave Stripe | `vault kv get viaghji/prod/stripe` | Maria Francesca |
| Token di l'autobus | `vault kv get viaghji/prod/bus-operator` | Petru |

Ùn mette mai un sicretu in un ticket, in Slack o in stu wiki.
Per una chjave nova: `vault kv put viaghji/prod/<nome> valore=-` (leghje da stdin).
""")

s = rand_pw(32)
add("blind-lo/markdown/table-api-key", "mulinu/docs/integrazioni.md", MD, r"""# Integrazioni di a buttega

| Serviziu | Cunto | Chjave |
|---|---|---|
| Trasportadore (API v1) | mulinu_castagna | `@@s@@` |
| Mailgun | mg.mulinu-castagna.corsica | in `.env` nantu à buttega-01 |
| Stripe | Mulinu Castagna SARL | dashboard, solu Maria Francesca |

A chjave di u trasportadore hè valida finu à dicembre.
""", s, s=s)

add("blind-lo/markdown/decoy-readme-example", "viaghji/widget/README.md", MD, r"""# @viaghji/booking-widget

Widget di prenotazione (battellu + autobus Bastia - Aiacciu) da mette in ogni situ.

```html
<script src="https://cdn.viaghji.corsica/widget/v2.js"></script>
<viaghji-booking partner-key="pk_partner_YOUR_KEY" lang="co"></viaghji-booking>
```

`partner-key` hè una chjave *publica* (comincia per `pk_partner_`); a chjave
secreta (`sk_partner_...`) ùn deve mai esse in una pagina web.
""")

s = fakes.aws_secret_key(_seed())
add("blind-lo/markdown/onboarding-aws", "mulinu/docs/novi-impiegati.md", MD, r"""# Benvenutu à u Mulinu!

1. Dumandà un cunto à Ghjuvan Petru (mail, KeePass, VPN).
2. Installà `aws` è cunfigurà u prufilu `mulinu-fatture`:

```
aws configure --profile mulinu-fatture
AWS Access Key ID: @@kid@@
AWS Secret Access Key: @@s@@
Default region name: eu-west-3
```

3. Leghje `docs/farina-qualità.md` (lotti, tracciabilità).
""", s, s=s, kid=fakes.aws_key_id(_seed()))

add("blind-lo/markdown/decoy-aws-docs-example", "viaghji/docs/aws-cli.md", MD, r"""# AWS CLI per i sviluppatori

Usemu SSO, micca chjave d'accessu:

```
aws configure sso --profile viaghji-dev
aws s3 ls s3://viaghji-biglietti-pdf --profile viaghji-dev
```

Sè un vechju tutoriale vi dumanda `AKIAIOSFODNN7EXAMPLE` /
`wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`, sò i valori d'esempiu di a ducumentazione AWS.
""")

s = teams_webhook()
add("blind-lo/markdown/teams-webhook-note", "mulinu/docs/note/allarmi-teams.md", MD, r"""# Note - allarmi in Teams (contabilità)

Maria Francesca vole l'allarmi di stock bassu in u canale Teams "Buttega".
Webhook creatu u 14/10:

@@s@@

Da fà: mette lu in `ctl.toml` è caccià stu file.
""", s, s=s)

s = rand_pw(22)
add("blind-lo/rst/sphinx-install", "viaghji/docs/source/install.rst", RST, r"""Installazione di u backoffice
==============================

.. code-block:: console

   $ git clone https://gitea.viaghji.corsica/viaghji/backoffice.git
   $ export DATABASE_URL=postgres://backoffice:@@s@@@pg-staging.viaghji.internal/viaghji
   $ bin/rails db:migrate

.. note:: A basa di staging hè cupiata da a prod ogni luni.
""", s, s=s)

add("blind-lo/rst/decoy-config-reference", "viaghji/docs/source/config.rst", RST, r"""Variabili d'ambiente
====================

``DATABASE_URL``
   Per esempiu ``postgres://user:password@localhost/viaghji``.

``STRIPE_SECRET_KEY``
   Chjave secreta di Stripe (``sk_live_...`` in prod, ``sk_test_...`` in prova).
   Vene da Vault; ùn la mette in nisun schedariu.

``BUS_OPERATOR_TOKEN``
   Token di l'operatore d'autobus, *<token>*.
""")

s = rand_pw(24)
add("blind-lo/html/admin-page-comment", "mulinu/buttega/wp-content/themes/castagna/footer.php", "https://developer.wordpress.org/themes/basics/template-files/", r"""<footer class="pede">
  <p>U Mulinu di a Castagna - Piedicroce, Castagniccia</p>
  <p>Farina castagnina AOP - <a href="/cuntattu">Cuntattu</a></p>
  <!-- accessu FTP di u tema per l'agenzia: castagna-tema / @@s@@ (da caccià dopu a cunsegna) -->
  <?php wp_footer(); ?>
</footer>
</body>
</html>
""", s, s=s)

add("blind-lo/html/decoy-checkout-page", "viaghji/site/pagamentu.html", HTML, r"""<!doctype html>
<html lang="co">
<head>
  <meta charset="utf-8">
  <title>Pagamentu - Viaghji</title>
  <script src="https://js.stripe.com/v3/" integrity="sha384-@@i@@" crossorigin="anonymous"></script>
</head>
<body>
  <form id="pagamentu" data-stripe-key="pk_live_@@pk@@">
    <label>Carta</label><div id="carta"></div>
    <button>Pagà</button>
  </form>
</body>
</html>
""", i=fakes.drawn(_seed(), 64, ALNUM + "+/"), pk=fakes.drawn(_seed(), 99))

s = words_pw()
add("blind-lo/text/handover-note", "mulinu/docs/note/passaggiu-cunsegne.txt", "https://en.wikipedia.org/wiki/Plain_text", r"""PASSAGGIU DI CUNSEGNE - Ghjuvan Petru -> Saveria (agostu)

- A macina 2 face rimore: chjamà Orsu (meccanicu) sè supera 60 °C.
- Router di u magazinu: 192.168.10.1, admin / @@s@@
- L'etichette si stampanu da MAGAZINU-PC (vede Stampa-Etichette.ps1).
- U trasportadore passa u marti è u venneri.
""", s, s=s)

add("blind-lo/text/decoy-password-policy", "viaghji/docs/note/regule-parolle.txt", "https://pages.nist.gov/800-63-3/sp800-63b.html", r"""REGULE PER E PAROLLE D'ORDINE (ghjisé è backoffice)

- almenu 14 caratteri, mai a stessa chè nantu à un altru situ
- password: ********  <- cusì si vede in u backoffice, hè normale
- esempiu di FRASE (ùn aduprà micca questa!): "castagna-battellu-ventu-marina"
- a parolla si cambia ogni 180 ghjorni, u sistema vi avvisa
- sè avete un dubbitu, dumandate à Ghjiseppu
""")

s = gitlab_token()
add("blind-lo/text/wiki-export", "viaghji/wiki/Deploy-di-u-widget.md", "https://docs.gitlab.com/ee/user/project/wiki/", r"""## Deploy di u widget

Pipeline: `release-widget`. Sè a pipeline ùn parte micca, si pò lancià à manu:

    curl --request POST --header "PRIVATE-TOKEN: @@s@@" \
      "https://gitlab.com/api/v4/projects/5512034/pipeline?ref=main"

_(token di u bot "viaghji-release", scade in marzu)_
""", s, s=s)

add("blind-lo/markdown/decoy-changelog-hashes", "viaghji/CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", r"""# Changelog

## [3.2.0] - 2025-06-01
### Aghjuntu
- Linea d'autobus Bastia - Corti - Aiacciu (3 partenze à ghjornu) (@@c1@@)
- Biglietti in corsu (lingua `co`) (@@c2@@)

### Currettu
- U token di sessione ùn hè più scrittu in i log (@@c3@@)
- Rotazione di e chjave Stripe documentata
""", c1=hexs(40), c2=hexs(40), c3=hexs(40))

# ---------------------------------------------------------------- notebooks
s = words_pw()
add("blind-lo/notebook/sqlalchemy-url", "mulinu/analisi/vendite_farina.ipynb", IPYNB, r"""{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Vendite di farina castagnina 2024-2025"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\n", "from sqlalchemy import create_engine\n",
              "eng = create_engine('mysql+pymysql://analisi:@@s@@@db.mulinu.internal/buttega')\n"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["df = pd.read_sql('select * from vendite', eng)\n", "df.groupby('mese').kg.sum()"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4, "nbformat_minor": 5
}
""", s, s=s)

add("blind-lo/notebook/decoy-getpass", "viaghji/analisi/riempimentu_battelli.ipynb", IPYNB, r"""{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Riempimentu di i battelli, estate 2025"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass, os\n", "pw = os.environ.get('PGPASSWORD') or getpass.getpass('Parolla: ')\n"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream", "text": ["Parolla: ········\n"]}],
   "source": ["conn = psycopg.connect(host='pg-ro.viaghji.internal', user='analisi', password=pw)\n"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4, "nbformat_minor": 5
}
""")

s = fakes.openai_key(_seed(), "svcacct")
add("blind-lo/notebook/openai-key-output", "viaghji/analisi/recensioni.ipynb", IPYNB, r"""{
 "cells": [
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
   "source": ["from openai import OpenAI\n", "client = OpenAI(api_key=\"@@s@@\")\n"]},
  {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [],
   "source": ["# riassuntu di e recensioni di i passageri (fr, co, it)\n", "riassuntu = client.responses.create(model='gpt-4o-mini', input=testu)"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4, "nbformat_minor": 5
}
""", s, s=s)
# ---------------------------------------------------------------- keys and certificates
s = pem("RSA")
add("blind-lo/k8s-secret/tls-key-base64", "deploy/k8s/buttega-tls.yaml", K8S_SECRET, r"""apiVersion: v1
kind: Secret
metadata:
  name: buttega-tls
  namespace: mulinu
type: kubernetes.io/tls
data:
  tls.crt: @@c@@
  tls.key: @@k@@
""", s, c=b64("-----BEGIN CERTIFICATE-----\n" + fakes.drawn(_seed(), 64, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n"), k=b64(s + "\n"))

s = pem("EC")
add("blind-lo/helm/pem-block", "deploy/helm/gate-scanner/values-bastia.yaml", HELM, r"""device:
  name: imbarcu-bastia-01
  port: BIA
signing:
  # chjave chì firma i QR di l'imbarcu
  privateKey: |
    @@k@@
scanner:
  timeoutMs: 1500
""", s, k=s.replace("\n", "\n    "))

add("blind-lo/pem/decoy-certificate", "viaghji/ops/certs/partner-ca.pem", "https://www.rfc-editor.org/rfc/rfc7468", r"""# CA di u partner ferry (publica, per verificà u so TLS)
-----BEGIN CERTIFICATE-----
@@a@@
@@b@@
@@c@@
-----END CERTIFICATE-----
""", a=fakes.drawn(_seed(), 64, ALNUM + "+/"), b=fakes.drawn(_seed(), 64, ALNUM + "+/"), c=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("blind-lo/pem/decoy-public-key", "viaghji/api/keys/qr-signing.pub.pem", "https://www.rfc-editor.org/rfc/rfc7468#section-13", r"""-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE@@a@@
@@b@@==
-----END PUBLIC KEY-----
# chjave publica: i lettori di l'imbarcu verificanu i QR cù questa
""", a=fakes.drawn(_seed(), 28, ALNUM + "+/"), b=fakes.drawn(_seed(), 58, ALNUM + "+/"))

r = _rng()
pk_id = hexs(40)
sa = pem("").replace("  PRIVATE", " PRIVATE").replace("\n", "\\n")
add("blind-lo/json/gcp-service-account", "mulinu/analisi/gcp-sheets-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete#creating", r"""{
  "type": "service_account",
  "project_id": "mulinu-castagna-analisi",
  "private_key_id": "@@id@@",
  "private_key": "@@k@@\n",
  "client_email": "fogli-vendite@mulinu-castagna-analisi.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", sa, id=pk_id, k=sa, cid=str(r.randint(10**20, 10**21)))

add("blind-lo/json/decoy-oauth-client-id", "viaghji/site/google-signin.json", "https://developers.google.com/identity/gsi/web/guides/get-google-api-clientid", r"""{
  "web": {
    "client_id": "@@n@@-@@h@@.apps.googleusercontent.com",
    "project_id": "viaghji-site",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "javascript_origins": ["https://biglietti.viaghji.corsica"]
  }
}
""", n=str(_rng().randint(10**11, 10**12)), h=fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

s = fakes.drawn(_seed(), 42, ALNUM + "+/") + "E="
add("blind-lo/wireguard/private-key", "mulinu/ops/vpn/wg-mulinu.conf", "https://www.wireguard.com/quickstart/", r"""# VPN trà u mulinu (Piedicroce) è a buttega (Bastia)
[Interface]
Address = 10.99.0.2/24
PrivateKey = @@s@@
ListenPort = 51820

[Peer]
PublicKey = @@p@@
Endpoint = vpn.mulinu-castagna.corsica:51820
AllowedIPs = 10.20.0.0/16
""", s, s=s, p=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("blind-lo/wireguard/decoy-peer-public", "viaghji/ops/vpn/peers.md", MD, r"""# Peer WireGuard di l'imbarcu

| Dispusitivu | IP | Chjave publica |
|---|---|---|
| imbarcu-bastia-01 | 10.98.0.11 | `@@a@@` |
| imbarcu-aiacciu-01 | 10.98.0.21 | `@@b@@` |

E chjave private restanu nantu à i dispusitivi (`/etc/wireguard/`), mai quì.
""", a=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", b=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

# ---------------------------------------------------------------- more CI systems
s = words_pw()
add("blind-lo/jenkinsfile/inline-password", "viaghji/booking-core/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/syntax/", r"""pipeline {
  agent any
  stages {
    stage('Build') { steps { sh './mvnw -B package' } }
    stage('Deploy staging') {
      steps {
        sh 'sshpass -p "@@s@@" scp target/booking-core.jar deploy@staging.viaghji.internal:/opt/booking/'
        sh 'ssh deploy@staging.viaghji.internal systemctl restart booking-core'
      }
    }
  }
}
""", s, s=s)

add("blind-lo/jenkinsfile/decoy-credentials-binding", "mulinu/Jenkinsfile", "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/", r"""pipeline {
  agent { label 'mulinu' }
  stages {
    stage('Deploy buttega') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'buttega-sftp', usernameVariable: 'U', passwordVariable: 'P')]) {
          sh 'lftp -u "$U,$P" sftp://buttega-01 -e "mirror -R dist /srv/buttega; quit"'
        }
      }
    }
  }
}
""")

s = rand_pw(32)
add("blind-lo/bitbucket/pipelines-token", "mulinu/etichette/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", r"""image: python:3.12
pipelines:
  branches:
    main:
      - step:
          name: Publicà etichette
          script:
            - pip install build twine
            - python -m build
            - twine upload --repository-url https://pypi.mulinu-castagna.corsica/ -u ci -p @@s@@ dist/*
""", s, s=s)

add("blind-lo/circleci/decoy-context", "viaghji/.circleci/config.yml", "https://circleci.com/docs/contexts/", r"""version: 2.1
jobs:
  test:
    docker:
      - image: cimg/python:3.12
      - image: cimg/postgres:16.2
        environment:
          POSTGRES_USER: viaghji
          POSTGRES_PASSWORD: viaghji   # basa di prova effimera, solu in CI
    steps:
      - checkout
      - run: pytest -q
workflows:
  main:
    jobs:
      - test:
          context: viaghji-ci
""")

s = rand_pw(52, "")
add("blind-lo/azure-pipelines/pat-in-url", "mulinu/Fatturazione/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/", r"""trigger: [main]
pool: { vmImage: windows-latest }
steps:
  - task: DotNetCoreCLI@2
    inputs: { command: build, projects: '**/*.csproj' }
  - script: >
      nuget sources add -Name mulinu
      -Source https://pkgs.dev.azure.com/mulinu/_packaging/mulinu/nuget/v3/index.json
      -Username ci -Password @@s@@
    displayName: Fonte NuGet di u mulinu
""", s, s=s)

# ---------------------------------------------------------------- command lines in docs and scripts
s = words_pw()
add("blind-lo/shell/kubectl-create-secret", "viaghji/ops/bootstrap-cluster.sh", SHELL, r"""#!/usr/bin/env bash
# Primu avviu di u cluster (fattu una volta, aprile 2025)
set -euo pipefail
kubectl create namespace viaghji
kubectl -n viaghji create secret generic viaghji-db \
  --from-literal=username=viaghji_api \
  --from-literal=password='@@s@@'
helm upgrade --install viaghji deploy/helm/viaghji -n viaghji -f deploy/helm/viaghji/values-prod.yaml
""", s, s=s)

s = rand_pw(20)
add("blind-lo/shell/docker-run-env", "mulinu/ops/avvia_metabase.sh", SHELL, r"""#!/bin/sh
# Metabase per i tableaux di vendita di a farina
docker run -d --name metabase -p 3000:3000 \
  -e MB_DB_TYPE=postgres -e MB_DB_HOST=db.mulinu.internal \
  -e MB_DB_USER=metabase -e MB_DB_PASS=@@s@@ \
  -e MB_DB_DBNAME=metabase \
  metabase/metabase:v0.50.6
""", s, s=s)

add("blind-lo/shell/decoy-docker-secret-file", "viaghji/ops/avvia_grafana.sh", SHELL, r"""#!/bin/sh
# Grafana: a parolla admin hè in un file fora di git (/etc/viaghji/grafana_admin)
docker run -d --name grafana -p 3001:3000 \
  -e GF_SECURITY_ADMIN_USER=admin \
  -e GF_SECURITY_ADMIN_PASSWORD__FILE=/run/secrets/grafana_admin \
  -v /etc/viaghji/grafana_admin:/run/secrets/grafana_admin:ro \
  grafana/grafana:11.1.0
""")

s = rand_pw(16)
add("blind-lo/shell/redis-cli-auth", "viaghji/ops/svuta_cache_posti.sh", SHELL, r"""#!/usr/bin/env bash
# Svuta a cache di i posti liberi (dopu un cambiamentu d'orariu)
set -e
for k in $(redis-cli -h redis.viaghji.internal -a '@@s@@' --no-auth-warning --scan --pattern 'posti:*'); do
  redis-cli -h redis.viaghji.internal -a '@@s@@' --no-auth-warning del "$k"
done
echo "cache di i posti svutata"
""", s, s=s)

s = rand_pw(24)
add("blind-lo/config/redis-conf", "viaghji/ops/redis/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/", r"""bind 0.0.0.0
port 6379
protected-mode yes
requirepass @@s@@
maxmemory 512mb
maxmemory-policy allkeys-lru
# posti liberi è sessioni di u ghjisé
save 900 1
""", s, s=s)

add("blind-lo/config/decoy-redis-acl-hash", "viaghji/ops/redis/users.acl", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/", r"""# ACL di Redis: solu hash SHA-256 di e parolle (prefissu #)
user default off
user api on #@@a@@ ~posti:* ~sessione:* +@read +@write
user worker on #@@b@@ ~coda:* +@list
user monitor on #@@c@@ +info +ping
""", a=sha256ish(), b=sha256ish(), c=sha256ish())

s = rand_pw(20)
add("blind-lo/config/rclone-conf", "mulinu/ops/rclone.conf", "https://rclone.org/s3/", r"""[ovh]
type = s3
provider = Other
access_key_id = @@kid@@
secret_access_key = @@s@@
endpoint = s3.gra.io.cloud.ovh.net
region = gra
""", s, s=s, kid=hexs(32))

s = words_pw()
add("blind-lo/config/msmtprc", "mulinu/ops/dotfiles/.msmtprc", "https://marlam.de/msmtp/msmtp.html", r"""defaults
auth on
tls on
logfile ~/.msmtp.log

account mulinu
host ssl0.ovh.net
port 465
from allarmi@mulinu-castagna.corsica
user allarmi@mulinu-castagna.corsica
password @@s@@

account default : mulinu
""", s, s=s)

add("blind-lo/config/decoy-msmtprc-passwordeval", "viaghji/ops/dotfiles/.msmtprc", "https://marlam.de/msmtp/msmtp.html#Authentication", r"""defaults
auth on
tls on

account viaghji
host smtp.eu.mailgun.org
port 587
from ops@viaghji.corsica
user postmaster@mg.viaghji.corsica
passwordeval "pass show viaghji/mailgun-smtp"

account default : viaghji
""")
# ---------------------------------------------------------------- more code, more decoys
add("blind-lo/python/decoy-hash-constants", "mulinu/macina-ctl/macina_ctl/firmware.py", PY, r"""\"\"\"Verificazione di u firmware di u PLC prima di l'aghjurnamentu.\"\"\"
import hashlib

FIRMWARE_SHA256 = {
    "plc-macina-4.2.1.bin": "@@a@@",
    "plc-macina-4.3.0.bin": "@@b@@",
}

def verifica(nome: str, dati: bytes) -> bool:
    return hashlib.sha256(dati).hexdigest() == FIRMWARE_SHA256[nome]
""".replace("\\\"", "\""), a=sha256ish(), b=sha256ish())

add("blind-lo/python/decoy-i18n-strings", "viaghji/api/viaghji/locale_co.py", PY, r"""# Traduzzione corsa di i testi di u ghjisé
TESTI = {
    "password": "Parolla d'ordine",
    "password_forgot": "Parolla scurdata?",
    "password_reset_sent": "Vi avemu mandatu un ligame per cambià a parolla.",
    "api_key": "Chjave API",
    "token_expired": "U vostru token hè scadutu, cunnettitevi torna.",
    "secret_question": "Quistione secreta",
}
""")

add("blind-lo/python/decoy-secret-manager", "viaghji/api/viaghji/secrets.py", "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets-python.html", r"""import json
from functools import lru_cache

import boto3

SECRET_ID = "arn:aws:secretsmanager:eu-west-3:481516234200:secret:viaghji/prod/stripe-Q1x9Zp"


@lru_cache(maxsize=None)
def stripe_secret_key() -> str:
    client = boto3.client("secretsmanager", region_name="eu-west-3")
    return json.loads(client.get_secret_value(SecretId=SECRET_ID)["SecretString"])["secret_key"]
""")

s = stripe_key("whsec_")
add("blind-lo/python/stripe-webhook-secret", "mulinu/buttega/hooks/stripe_hook.py", "https://docs.stripe.com/webhooks#verify-official-libraries", r"""import stripe
from flask import Flask, request, abort

app = Flask(__name__)
ENDPOINT_SECRET = "@@s@@"

@app.post("/hooks/stripe")
def hook():
    try:
        evento = stripe.Webhook.construct_event(request.data, request.headers["Stripe-Signature"], ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if evento["type"] == "checkout.session.completed":
        marca_pagata(evento["data"]["object"]["client_reference_id"])
    return "", 204
""", s, s=s)

s = rand_pw(30)
add("blind-lo/python/keyword-argument", "viaghji/tools/carica_orari.py", PY, r"""# Carica l'orari d'estate di i battelli è di l'autobus in a basa
import psycopg

with psycopg.connect(host="pg-prod.viaghji.internal", dbname="viaghji",
                     user="orari_loader", password="@@s@@") as conn:
    with open("orari/orari-estate.csv", encoding="utf-8") as f, conn.cursor() as cur:
        with cur.copy("COPY timetable (line, departs, arrives, days) FROM STDIN WITH CSV HEADER") as copy:
            copy.write(f.read())
""", s, s=s)

s = words_pw()
add("blind-lo/go/basic-auth-call", "mulinu/stock-bridge/erp.go", GO, r"""package main

import "net/http"

// Ponte trà l'ERP è a buttega (stock di farina, castagne secche)
func richiestaErp(path string) (*http.Response, error) {
	req, err := http.NewRequest("GET", "https://erp.mulinu-castagna.corsica/api"+path, nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth("ponte-stock", "@@s@@")
	return http.DefaultClient.Do(req)
}
""", s, s=s)

add("blind-lo/go/decoy-test-constants", "viaghji/seats/internal/store/store_test.go", GO, r"""package store

import "testing"

// valori di prova: a basa di prova hè creata da testcontainers, ùn esiste fora di a prova
const testDSN = "host=localhost user=test password=test dbname=seats_test sslmode=disable"

func TestReserve(t *testing.T) {
	db := openTest(t, testDSN)
	if err := Reserve(db, "BIA-AJA-0800", 2); err != nil {
		t.Fatal(err)
	}
}
""")

s = sendgrid_key()
add("blind-lo/csharp/sendgrid-client", "mulinu/Fatturazione/Services/MailFatture.cs", CSHARP, r"""using SendGrid;
using SendGrid.Helpers.Mail;

namespace Mulinu.Fatturazione.Services;

public class MailFatture
{
    // chjave di u vechju cunto SendGrid (prima di Mailgun)
    private readonly SendGridClient _client = new("@@s@@");

    public Task Manda(string a, string pdf) =>
        _client.SendEmailAsync(MailHelper.CreateSingleEmail(
            new EmailAddress("fatture@mulinu-castagna.corsica", "U Mulinu"), new EmailAddress(a),
            "A vostra fattura", "Vede a fattura aghjunta.", null));
}
""", s, s=s)

add("blind-lo/csharp/decoy-key-vault", "viaghji/Contabilita/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration", r"""using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);

// I sicreti venenu da Key Vault (identità gestita), micca da appsettings
builder.Configuration.AddAzureKeyVault(
    new Uri("https://viaghji-contabilita.vault.azure.net/"),
    new DefaultAzureCredential());

var app = builder.Build();
app.MapGet("/", () => "Contabilità Viaghji");
app.Run();
""")

s = base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode()
add("blind-lo/env/laravel-app-key", "viaghji/partenaires/.env", "https://laravel.com/docs/11.x/configuration#environment-configuration", r"""APP_NAME="Viaghji Partenaires"
APP_ENV=production
APP_KEY=base64:@@k@@
APP_DEBUG=false
APP_URL=https://partenaires.viaghji.corsica

DB_CONNECTION=mysql
DB_HOST=mysql.viaghji.internal
DB_DATABASE=partenaires
DB_USERNAME=partenaires
DB_PASSWORD=${DB_PASSWORD}
""", s, k=s)

add("blind-lo/php/decoy-getenv", "viaghji/partenaires/config/services.php", "https://laravel.com/docs/11.x/configuration#accessing-configuration-values", r"""<?php

return [
    'ferry_partner' => [
        'endpoint' => env('FERRY_PARTNER_URL', 'https://api.ferrypartner.example.eu/v2'),
        'key' => env('FERRY_PARTNER_KEY'),
    ],
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN', 'mg.viaghji.corsica'),
        'secret' => env('MAILGUN_SECRET'),
    ],
];
""")

s = rand_pw(32)
add("blind-lo/ruby/http-header", "viaghji/backoffice/app/services/ferry_sync.rb", RUBY, r"""# Sincronizazione di e traversate cù u partner ferry
class FerrySync
  BASE = "https://api.ferrypartner.example.eu/v2".freeze
  HEADERS = { "X-Api-Key" => "@@s@@", "Accept" => "application/json" }.freeze

  def self.traversate(data)
    resp = Faraday.get("#{BASE}/crossings", { date: data, from: "BIA" }, HEADERS)
    JSON.parse(resp.body)
  end
end
""", s, s=s)

add("blind-lo/ruby/decoy-credentials-fetch", "viaghji/backoffice/config/initializers/stripe.rb", RUBY, r"""# Chjave Stripe da e credentials cifrate di Rails (config/credentials/production.yml.enc)
Rails.configuration.stripe = {
  publishable_key: "pk_live_@@pk@@",
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key)
}
Stripe.api_key = Rails.configuration.stripe[:secret_key]
""", pk=fakes.drawn(_seed(), 99))

s = rand_pw(28)
add("blind-lo/rust/reqwest-bearer", "mulinu/macina-ctl-rs/src/report.rs", RUST, r"""use reqwest::blocking::Client;

/// Manda u rapportu di macinatura di u ghjornu (kg di farina per lottu)
pub fn manda_rapportu(json: &str) -> reqwest::Result<()> {
    Client::new()
        .post("https://erp.mulinu-castagna.corsica/api/macinatura")
        .bearer_auth("@@s@@")
        .header("Content-Type", "application/json")
        .body(json.to_owned())
        .send()?
        .error_for_status()?;
    Ok(())
}
""", s, s=s)

add("blind-lo/rust/decoy-env-var", "viaghji/gate-scanner/src/main.rs", RUST, r"""use std::env;

fn main() {
    // u token di u dispusitivu hè scrittu da l'installatore in /etc/gate-scanner/env
    let token = env::var("DEVICE_TOKEN").expect("DEVICE_TOKEN manca");
    let port = env::var("PORT_CODE").unwrap_or_else(|_| "BIA".into());
    gate_scanner::run(&token, &port);
}
""")

s = words_pw()
add("blind-lo/swift/keychain-seed", "mulinu/ios-buttega/Buttega/DebugLogin.swift", SWIFT, r"""#if DEBUG
import Foundation

// cunnessione rapida per e prove nantu à u telefonu di a buttega
struct DebugLogin {
    static let user = "buttega@mulinu-castagna.corsica"
    static let password = "@@s@@"
}
#endif
""", s, s=s)

add("blind-lo/swift/decoy-keychain-read", "viaghji/ios/Viaghji/Network/TokenStore.swift", SWIFT, r"""import Security

// U token di a sessione hè in u Keychain, mai in UserDefaults
enum TokenStore {
    static func read() -> String? {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrAccount as String: "viaghji-session",
                                kSecReturnData as String: true]
        var out: AnyObject?
        guard SecItemCopyMatching(q as CFDictionary, &out) == errSecSuccess else { return nil }
        return (out as? Data).flatMap { String(data: $0, encoding: .utf8) }
    }
}
""")

s = rand_pw(24)
add("blind-lo/kotlin/retrofit-interceptor", "viaghji/android/app/src/main/java/corsica/viaghji/app/net/Api.kt", KOTLIN, r"""package corsica.viaghji.app.net

import okhttp3.OkHttpClient

// chjave di l'app per l'API publica di l'orari
private const val APP_KEY = "@@s@@"

val client: OkHttpClient = OkHttpClient.Builder()
    .addInterceptor { chain ->
        chain.proceed(chain.request().newBuilder().header("X-Viaghji-App-Key", APP_KEY).build())
    }
    .build()
""", s, s=s)

add("blind-lo/kotlin/decoy-local-properties-template", "viaghji/android/local.properties.example", "https://developer.android.com/build#properties-files", r"""## Copià in local.properties (ùn hè micca in git)
sdk.dir=/home/<utente>/Android/Sdk
viaghji.mapsKey=<a_chjave_Maps_di_sviluppu>
viaghji.appKey=
RELEASE_STORE_PASSWORD=
""")

s = passphrase()
add("blind-lo/powershell/net-use", "mulinu/ops/Monta-Nas.ps1", PWSH, r"""# Monta u NAS di u mulinu à l'avviu di a sessione (PC di a contabilità)
$nas = "\\nas-mulinu\contabilita"
net use Z: $nas /user:MULINU\contabile "@@s@@" /persistent:no
if ($LASTEXITCODE -ne 0) {
    Write-Warning "U NAS ùn risponde micca"
}
""", s, s=s)

s = rand_pw(20)
add("blind-lo/yaml/docker-registry-login", "viaghji/.github/workflows/build-scanner.yml", GHA, r"""name: build gate-scanner
on: [push]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          registry: registry.viaghji.corsica
          username: ci
          password: @@s@@
      - run: docker build -t registry.viaghji.corsica/gate-scanner:${{ github.sha }} gate-scanner && docker push registry.viaghji.corsica/gate-scanner:${{ github.sha }}
""", s, s=s)
# ---------------------------------------------------------------- last batch
add("blind-lo/yaml/decoy-sops-encrypted", "deploy/secrets/viaghji-prod.enc.yaml", "https://github.com/getsops/sops#usage", r"""stripe:
    secret_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
db:
    password: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@r@@
    lastmodified: "2025-06-02T08:11:40Z"
    version: 3.8.1
""", d1=fakes.drawn(_seed(), 44, ALNUM + "+/"), iv1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    d2=fakes.drawn(_seed(), 28, ALNUM + "+/"), iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    r=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("blind-lo/k8s/decoy-external-secret", "deploy/k8s/external-secret-stripe.yaml", "https://external-secrets.io/latest/api/externalsecret/", r"""apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: viaghji-stripe
  namespace: viaghji
spec:
  refreshInterval: 1h
  secretStoreRef: {name: vault-viaghji, kind: ClusterSecretStore}
  target: {name: viaghji-stripe}
  data:
    - secretKey: secret
      remoteRef: {key: viaghji/prod/stripe, property: secret_key}
""")

add("blind-lo/k8s-secret/decoy-empty-data", "deploy/k8s/mulinu-mqtt-secret.template.yaml", K8S_SECRET, r"""# mudellu: riempitu da u script di bootstrap, ùn mette micca valori quì
apiVersion: v1
kind: Secret
metadata:
  name: mulinu-mqtt
  namespace: mulinu
type: Opaque
stringData:
  MQTT_PASSWORD: ""
""")

s = rand_pw(24)
add("blind-lo/k8s-secret/docker-registry-dockerconfigjson", "deploy/k8s/regcred-viaghji.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", r"""apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: viaghji
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@d@@
""", s, d=b64('{"auths":{"registry.viaghji.corsica":{"username":"k8s-pull","password":"' + s + '"}}}'))

add("blind-lo/hcl/decoy-vault-policy", "infra/vault/policies/booking-api.hcl", "https://developer.hashicorp.com/vault/docs/concepts/policies", r"""# Pulitica Vault per l'API di prenotazione: lettura solu
path "viaghji/data/prod/db" {
  capabilities = ["read"]
}

path "viaghji/data/prod/stripe" {
  capabilities = ["read"]
}
""")

s = "hvs." + fakes.drawn_mixed(_seed(), 24)
add("blind-lo/shell/vault-token-export", "viaghji/ops/notes/migrazione-vault.sh", SHELL, r"""#!/usr/bin/env bash
# migrazione di i sicreti da u vechju Vault (fatta u 2/06, Ghjiseppu)
export VAULT_ADDR=https://vault.viaghji.internal:8200
export VAULT_TOKEN=@@s@@
for k in db stripe bus-operator mailgun; do
  vault kv get -format=json "secret/viaghji/$k" | jq '.data.data' > "/tmp/$k.json"
done
""", s, s=s)

add("blind-lo/markdown/decoy-vault-howto", "viaghji/docs/runbooks/vault-login.md", MD, r"""# Cunnessione à Vault

```
export VAULT_ADDR=https://vault.viaghji.internal:8200
vault login -method=oidc role=viaghji-dev
vault kv get viaghji/prod/db
```

U token chì riceve hè in `~/.vault-token` (dura 8 ore). Ùn u cupià mai in un ticket:
s'ellu cumencia per `hvs.`, hè un token veru.
""")

s = rand_pw(32)
add("blind-lo/yaml/openapi-example-real", "viaghji/api/openapi/partners.yaml", "https://spec.openapis.org/oas/v3.1.0#security-scheme-object", r"""openapi: 3.1.0
info: {title: Viaghji Partners API, version: "2.0"}
components:
  securitySchemes:
    partnerKey:
      type: apiKey
      in: header
      name: X-Partner-Key
      # chjave di a Cumpagnia di l'autobus (copiata da Postman per pruvà, da caccià)
      x-example: "@@s@@"
security: [{partnerKey: []}]
paths: {}
""", s, s=s)

add("blind-lo/yaml/decoy-openapi-example", "mulinu/api/openapi.yaml", "https://spec.openapis.org/oas/v3.1.0#security-scheme-object", r"""openapi: 3.1.0
info: {title: API di u Mulinu (stock di farina), version: "1.0"}
components:
  securitySchemes:
    bearer:
      type: http
      scheme: bearer
      description: "Esempiu: `Authorization: Bearer <token>`"
security: [{bearer: []}]
paths: {}
""")

s = words_pw()
add("blind-lo/json/postman-environment", "viaghji/api/postman/viaghji-prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r"""{
  "name": "Viaghji prod",
  "values": [
    {"key": "base", "value": "https://api.viaghji.corsica/v1", "enabled": true},
    {"key": "user", "value": "backoffice-admin", "enabled": true},
    {"key": "password", "value": "@@s@@", "type": "secret", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
""", s, s=s)

add("blind-lo/json/decoy-postman-empty", "mulinu/api/postman/mulinu-local.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r"""{
  "name": "Mulinu local",
  "values": [
    {"key": "base", "value": "http://localhost:8080/api", "enabled": true},
    {"key": "token", "value": "", "type": "secret", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
""")

add("blind-lo/json/decoy-jwks", "viaghji/api/static/.well-known/jwks.json", "https://www.rfc-editor.org/rfc/rfc7517", r"""{
  "keys": [
    {
      "kty": "EC", "crv": "P-256", "use": "sig", "kid": "qr-2025",
      "x": "@@x@@",
      "y": "@@y@@"
    }
  ]
}
""", x=fakes.drawn(_seed(), 43, ALNUM + "-_"), y=fakes.drawn(_seed(), 43, ALNUM + "-_"))

add("blind-lo/text/decoy-sha256sums", "mulinu/releases/SHA256SUMS", "https://man7.org/linux/man-pages/man1/sha256sum.1.html", r"""@@a@@  macina-ctl-1.4.0-linux-arm64.tar.gz
@@b@@  macina-ctl-1.4.0-linux-amd64.tar.gz
@@c@@  etichette-0.9.1-py3-none-any.whl
@@d@@  etichette-0.9.1.tar.gz
@@e@@  plc-macina-4.3.0.bin
""", a=sha256ish(), b=sha256ish(), c=sha256ish(), d=sha256ish(), e=sha256ish())

add("blind-lo/go/decoy-go-sum", "viaghji/seats/go.sum", "https://go.dev/ref/mod#go-sum-files", r"""github.com/lib/pq v1.10.9 h1:@@a@@=
github.com/lib/pq v1.10.9/go.mod h1:@@b@@=
github.com/redis/go-redis/v9 v9.5.1 h1:@@c@@=
github.com/redis/go-redis/v9 v9.5.1/go.mod h1:@@d@@=
golang.org/x/crypto v0.24.0 h1:@@e@@=
""", a=fakes.drawn(_seed(), 43, ALNUM + "+/"), b=fakes.drawn(_seed(), 43, ALNUM + "+/"), c=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    d=fakes.drawn(_seed(), 43, ALNUM + "+/"), e=fakes.drawn(_seed(), 43, ALNUM + "+/"))

s = rand_pw(20)
add("blind-lo/markdown/issue-comment-password", "viaghji/docs/issues/142-autobus-ritardu.md", MD, r"""### #142 - L'autobus di 14h00 ùn appare micca in u widget

**Petru:** pruvatu cù u cunto di prova di l'operatore, ùn ci hè nunda in `/trips`.

**Saveria:** per pruvà direttamente nantu à u so portale:
utente `viaghji-test`, parolla `@@s@@`
(hè u cunto di prova, ma accede à i dati veri di prenotazione...)

**Ghjiseppu:** currettu in 3.2.1, chjudu.
""", s, s=s)

add("blind-lo/markdown/decoy-masked-issue", "viaghji/docs/issues/157-stripe-rotazione.md", MD, r"""### #157 - Rotazione di a chjave Stripe

A chjave vechja (`sk_live_...Q2xa`) hè stata revucata u 12/09.
A nova hè in Vault (`viaghji/prod/stripe`), finisce per `...7hKd`.

- [x] API di prenotazione riavviata
- [x] backoffice Rails riavviatu
- [ ] widget: nunda da fà (usa solu a chjave publica)
""")

s = twilio_sid()
tok = hexs(32)
add("blind-lo/yaml/twilio-config", "viaghji/sms/config/sms.yml", "https://www.twilio.com/docs/iam/credentials/api", r"""provider: twilio
twilio:
  account_sid: @@sid@@
  auth_token: @@tok@@
  from: "+33495000000"
messages:
  co: "U vostru battellu parte à {ora} da {portu}. Bon viaghju!"
  fr: "Votre bateau part à {ora} de {portu}. Bon voyage !"
""", tok, sid=s, tok=tok)

add("blind-lo/yaml/decoy-twilio-sid-only", "viaghji/sms/config/sms.staging.yml", "https://www.twilio.com/docs/iam/credentials/api", r"""provider: twilio
twilio:
  account_sid: AC@@h@@
  auth_token: ${TWILIO_AUTH_TOKEN}
  from: "+15005550006"   # numeru magicu di prova di Twilio
messages:
  co: "[PROVA] U vostru battellu parte à {ora}."
""", h=hexs(32))

s = rand_pw(20)
add("blind-lo/xml/tomcat-users", "mulinu/legacy-erp/conf/tomcat-users.xml", "https://tomcat.apache.org/tomcat-9.0-doc/manager-howto.html", r"""<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
  <role rolename="manager-gui"/>
  <!-- amministratore di l'ERP (Ghjuvan Petru) -->
  <user username="erp-admin" password="@@s@@" roles="manager-gui"/>
</tomcat-users>
""", s, s=s)

add("blind-lo/xml/decoy-android-strings", "viaghji/android/app/src/main/res/values-co/strings.xml", "https://developer.android.com/guide/topics/resources/string-resource", r"""<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Viaghji</string>
    <string name="login_password">Parolla d\'ordine</string>
    <string name="login_password_hint">Almenu 12 caratteri</string>
    <string name="ticket_code">Codice di u bigliettu</string>
    <string name="api_key_missing">Chjave API mancante, aghjurnate l\'app</string>
</resources>
""")

s = rand_pw(32)
add("blind-lo/env/split-docker-env", "viaghji/ops/compose/partner-sync.env", DOTENV, r"""# sincronizazione cù u partner ferry (contenitore partner-sync)
PARTNER_URL=https://api.ferrypartner.example.eu/v2
PARTNER_USER=viaghji
PARTNER_SECRET=@@s@@
SYNC_EVERY=300
TZ=Europe/Paris
""", s, s=s)

add("blind-lo/env/decoy-masked-dump", "viaghji/ops/notes/env-dump-prod.txt", DOTENV, r"""# uscita di `viaghji-cli env --masked` (20/08), per u ticket #161
DATABASE_URL=postgres://viaghji_api:********@pg-prod.viaghji.internal:5432/viaghji
STRIPE_SECRET_KEY=sk_live_****************************
SENDGRID_API_KEY=SG.**********
BUS_OPERATOR_TOKEN=<masked>
FEATURE_BUS_LINE=true
""")

s = mapbox_secret()
add("blind-lo/javascript/mapbox-secret-token", "viaghji/tools/carica-tiles.js", "https://docs.mapbox.com/api/maps/uploads/", r"""// Carica a carta di e linee d'autobus nantu à Mapbox (tileset privatu)
const mbxUploads = require('@mapbox/mapbox-sdk/services/uploads');

const uploads = mbxUploads({ accessToken: '@@s@@' });

uploads.createUpload({
  tileset: 'viaghji.linee-autobus',
  url: 's3://viaghji-mapbox-staging/linee.geojson',
  name: 'Linee Bastia-Corti-Aiacciu',
}).send().then((r) => console.log(r.body.id));
""", s, s=s)

add("blind-lo/javascript/decoy-jest-mock", "viaghji/widget/src/__tests__/pagamentu.test.js", "https://jestjs.io/docs/mock-functions", r"""// Prove di u pagamentu: Stripe hè simulatu, nisuna chjave vera
jest.mock('@stripe/stripe-js', () => ({
  loadStripe: jest.fn(() => Promise.resolve({ confirmPayment: jest.fn() })),
}));

const FAKE_PK = 'pk_test_00000000000000000000000000';

test('carica Stripe cù a chjave publica', async () => {
  await initPagamentu(FAKE_PK);
  expect(require('@stripe/stripe-js').loadStripe).toHaveBeenCalledWith(FAKE_PK);
});
""")

s = fakes.github_fine_grained_token(_seed())
_seed()
add("blind-lo/yaml/renovate-token", "mulinu/renovate-config.yml", "https://docs.renovatebot.com/self-hosted-configuration/", r"""# Renovate self-hosted nantu à u server di u mulinu
platform: github
endpoint: https://api.github.com/
token: @@s@@
repositories:
  - mulinu-castagna/buttega
  - mulinu-castagna/macina-ctl
onboarding: false
""", s, s=s)

add("blind-lo/yaml/decoy-dependabot", "viaghji/.github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-private-registries-for-dependabot", r"""version: 2
registries:
  viaghji-npm:
    type: npm-registry
    url: https://npm.pkg.github.com
    token: ${{secrets.DEPENDABOT_NPM_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: /widget
    registries: [viaghji-npm]
    schedule: {interval: weekly}
""")

s = passphrase()
add("blind-lo/ini/supervisord-http", "mulinu/ops/supervisord.conf", "http://supervisord.org/configuration.html#inet-http-server-section-settings", r"""[inet_http_server]
port = 127.0.0.1:9001
username = mulinu
password = @@s@@

[program:sincro_stock]
command = /opt/mulinu/bin/sincro_stock --loop
autorestart = true
""", s, s=s)

add("blind-lo/ini/decoy-supervisord-sha", "viaghji/ops/supervisord.conf", "http://supervisord.org/configuration.html#inet-http-server-section-settings", r"""[inet_http_server]
port = 127.0.0.1:9001
username = viaghji
password = {SHA}@@h@@

[program:partner_sync]
command = /opt/viaghji/bin/partner-sync
autorestart = true
""", h=hexs(40))

s = rand_pw(36)
add("blind-lo/csv/api-keys-sheet", "viaghji/partners/chjave-partenaires.csv", CSV, r"""partner,contattu,ambiente,chjave,scadenza
Autocars Bastia,ops@autocars-bastia.example,prod,(in Vault),2026-03-31
Hôtel U Castellu,resa@ucastellu.example,sandbox,sbx_not_live_0000,
Agenzia Isula,it@isula-viaghji.example,prod,@@s@@,2026-01-15
Ferry partner,api@ferrypartner.example.eu,prod,(in Vault),2026-06-30
""", s, s=s)

add("blind-lo/csv/decoy-lotti-farina", "mulinu/qualita/lotti-2025.csv", CSV, r"""lottu,data_macinatura,kg,umidità_pct,hash_certificatu_aop,controllu
FC-2025-001,2025-11-04,420,6.1,@@a@@,ok
FC-2025-002,2025-11-06,380,6.4,@@b@@,ok
FC-2025-003,2025-11-10,455,7.2,@@c@@,da rifà
FC-2025-004,2025-11-12,401,6.0,@@d@@,ok
""", a=sha256ish(), b=sha256ish(), c=sha256ish(), d=sha256ish())
s = words_pw()
add("blind-lo/ansible/uri-url-password", "infra/ansible/roles/buttega/tasks/cache.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/uri_module.html", r"""---
- name: Svutà a cache di a buttega dopu u deploy
  ansible.builtin.uri:
    url: https://buttega.mulinu-castagna.corsica/wp-json/cache/v1/purge
    method: POST
    url_username: deploy
    url_password: "@@s@@"
    force_basic_auth: true
    status_code: [200, 204]
""", s, s=s)

add("blind-lo/ansible/decoy-no-log-hash", "infra/ansible/roles/users/tasks/main.yml", ANSIBLE, r"""---
- name: Utenti di u mulinu
  ansible.builtin.user:
    name: "{{ item.name }}"
    password: "{{ item.password | password_hash('sha512', item.salt) }}"
    groups: [mulinu]
  loop: "{{ vault_mulinu_users }}"
  no_log: true
""")

s = rand_pw(22)
add("blind-lo/terraform/backend-pg-conn", "infra/terraform/mulinu/backend.tf", "https://developer.hashicorp.com/terraform/language/backend/pg", r"""terraform {
  backend "pg" {
    # u statu di terraform di u mulinu hè in a basa di l'infrastruttura
    conn_str    = "postgres://terraform:@@s@@@infra-db.mulinu.internal/terraform_state?sslmode=require"
    schema_name = "mulinu"
  }
}
""", s, s=s)

add("blind-lo/terraform/decoy-plan-output", "infra/terraform/viaghji/plan-2025-06-02.txt", "https://developer.hashicorp.com/terraform/cli/commands/plan", r"""Terraform will perform the following actions:

  # aws_db_instance.viaghji will be updated in-place
  ~ resource "aws_db_instance" "viaghji" {
        id       = "viaghji-prod"
      ~ password = (sensitive value)
        tags     = {"progettu" = "viaghji"}
    }

Plan: 0 to add, 1 to change, 0 to destroy.
""")

s = rand_pw(20)
add("blind-lo/makefile/helm-set", "viaghji/Makefile", "https://www.gnu.org/software/make/manual/make.html", r"""IMAGE ?= ghcr.io/viaghji/booking-api
TAG ?= $(shell git rev-parse --short HEAD)

deploy-staging:
	helm upgrade --install viaghji deploy/helm/viaghji -n viaghji-staging \
	  --set image.tag=$(TAG) \
	  --set redis.auth.password=@@s@@

test:
	pytest -q
""", s, s=s)

add("blind-lo/makefile/decoy-pass-show", "mulinu/Makefile", "https://www.gnu.org/software/make/manual/make.html#Shell-Function", r"""DB_PASSWORD = $(shell pass show mulinu/buttega-db)

backup:
	PGPASSWORD='$(DB_PASSWORD)' pg_dump -h db.mulinu.internal -U salvezza buttega > buttega.sql

deploy:
	ansible-playbook -i infra/ansible/inventory/mulinu.ini site.yml --ask-vault-pass
""")

s = words_pw()
add("blind-lo/pgpass/pgpass-file", "mulinu/ops/dotfiles/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r"""# hostname:port:database:username:password
db.mulinu.internal:5432:buttega:analisi:@@s@@
localhost:5432:*:postgres:*
# (a seconda linea ùn hà micca parolla: cunnessione locale in peer)
# fine
""", s, s=s)

s = rand_pw(24)
add("blind-lo/python/celery-broker-url", "viaghji/worker/celeryconfig.py", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", r"""# Celery: coda di i biglietti PDF è di l'SMS
broker_url = "amqp://viaghji:@@s@@@queue.viaghji.internal:5672/viaghji"
result_backend = "redis://redis.viaghji.internal:6379/3"
task_routes = {
    "viaghji.tasks.pdf.*": {"queue": "pdf"},
    "viaghji.tasks.sms.*": {"queue": "sms"},
}
timezone = "Europe/Paris"
""", s, s=s)

s = hexs(32)
add("blind-lo/javascript/algolia-admin-key", "mulinu/buttega/scripts/indicizza-prodotti.js", "https://www.algolia.com/doc/guides/security/api-keys/", r"""// Indicizza i prudotti di a buttega (farina, castagne secche, fiadone) in Algolia
const algoliasearch = require('algoliasearch');

const client = algoliasearch('MC7QK2XZ1P', '@@s@@'); // chjave Admin
const index = client.initIndex('prodotti_co');

const prodotti = require('../export/prodotti.json');
index.saveObjects(prodotti, { autoGenerateObjectIDIfNotExist: true })
  .then(({ objectIDs }) => console.log(`${objectIDs.length} prudotti indicizzati`));
""", s, s=s)

s = words_pw()
add("blind-lo/compose/command-array-password", "mulinu/docker-compose.mail.yml", COMPOSE, r"""services:
  allarmi-mail:
    image: ghcr.io/mulinu-castagna/allarmi:1.1
    command: ["--smtp-host", "ssl0.ovh.net", "--smtp-user", "allarmi@mulinu-castagna.corsica",
              "--smtp-password", "@@s@@", "--to", "informatica@mulinu-castagna.corsica"]
    restart: unless-stopped
""", s, s=s)

add("blind-lo/html/decoy-login-form", "viaghji/site/ghjise/login.html", HTML, r"""<!doctype html>
<html lang="co">
<head><meta charset="utf-8"><title>Ghjisé - Viaghji</title></head>
<body>
  <form method="post" action="/ghjise/login">
    <input type="hidden" name="csrf_token" value="{{ csrf_token }}">
    <label>Utente <input name="username" autocomplete="username"></label>
    <label>Parolla d'ordine <input type="password" name="password" placeholder="••••••••" autocomplete="current-password"></label>
    <button>Entrà</button>
  </form>
</body>
</html>
""")

assert _SEED[0] <= SEED_HIGH
