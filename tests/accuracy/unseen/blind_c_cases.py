"""Blind labelled set C: whole files as teams commit or ship them, written without looking at the scanner.

Every credential is a generated fake (seeded, from 50000 upward); decoys carry no live secret.
"""
from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import uuid
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

CASES: List[LabelledCase] = []

_AL = string.ascii_letters + string.digits
_WORDS = (
    "marigold tractor velvet harbor copper lantern orchid summit falcon ember granite willow "
    "saffron quartz meadow tundra nimbus pepper cobalt juniper raven tidal walrus maple ferret "
    "glacier basil hornet lagoon mosaic pretzel oyster thistle bramble canyon zephyr otter"
).split()


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase("blind-c/" + category, file_name, text, secret, source))


def t(text: str, **kw: str) -> str:
    """Fill @NAME@ markers (keeps Helm/Actions braces literal)."""
    for key, value in kw.items():
        text = text.replace("@" + key + "@", value)
    assert "@" + "PW@" not in text
    return text


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def rnd(seed: int, n: int, alphabet: str = _AL) -> str:
    r = random.Random(seed)
    return "".join(r.choice(alphabet) for _ in range(n))


def human_pw(seed: int) -> str:
    """Word + digits + symbol, the way people pick them."""
    r = random.Random(seed)
    w = r.choice(_WORDS)
    w = w.capitalize() if r.random() < 0.7 else w
    return w + r.choice(["", "-", "_", "."]) + r.choice(_WORDS).capitalize() + str(r.randint(10, 9999)) + r.choice("!#%*?+")


def phrase_pw(seed: int) -> str:
    r = random.Random(seed)
    return r.choice(["-", " ", "."]).join(r.sample(_WORDS, 4))


def redis_pw(seed: int) -> str:
    return fakes.redis_password(seed)


def aws_pair(seed: int):
    return fakes.aws_key_id(seed), fakes.aws_secret_key(seed + 1)


def hexs(seed: int, n: int) -> str:
    return rnd(seed, n, "0123456789abcdef")


def slack_bot(seed: int) -> str:
    r = random.Random(seed)
    return f"xoxb-{r.randint(10**10, 10**12)}-{r.randint(10**12, 10**13)}-" + rnd(seed + 7, 24)


def slack_hook(seed: int) -> str:
    return "https://hooks.slack.com/services/T" + rnd(seed, 8, string.ascii_uppercase + string.digits) + "/B" + rnd(seed + 1, 10, string.ascii_uppercase + string.digits) + "/" + rnd(seed + 2, 24)


def stripe_live(seed: int) -> str:
    return "sk_live_" + rnd(seed, 24 if seed % 2 else 99)


def sendgrid(seed: int) -> str:
    return "SG." + rnd(seed, 22, _AL + "-_") + "." + rnd(seed + 1, 43, _AL + "-_")


def gitlab_pat(seed: int) -> str:
    return "glpat-" + rnd(seed, 20, _AL + "-_")


def sha256(seed: int) -> str:
    return hashlib.sha256(str(seed).encode()).hexdigest()


def uid(seed: int) -> str:
    return str(uuid.UUID(int=random.Random(seed).getrandbits(128), version=4))


def ssh_pub(seed: int) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rnd(seed, 43, _AL + "+/")


def cert(seed: int) -> str:
    r = random.Random(seed)
    body = "\n".join("".join(r.choice(_AL + "+/") for _ in range(64)) for _ in range(9))
    return "-----BEGIN CERTIFICATE-----\nMIID" + body[4:] + "\n-----END CERTIFICATE-----"


def sealed(seed: int) -> str:
    return "AgB" + rnd(seed, 600, _AL + "+/") + "=="


def sops(seed: int, n: int = 32) -> str:
    return f"ENC[AES256_GCM,data:{rnd(seed, n, _AL + '+/')}=,iv:{rnd(seed + 1, 43, _AL + '+/')}=,tag:{rnd(seed + 2, 22, _AL + '+/')}==,type:str]"


def vault_blob(seed: int) -> str:
    body = hexs(seed, 80 * 5)
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(body[i:i + 80] for i in range(0, len(body), 80))


def indent(text: str, n: int) -> str:
    return "\n".join(" " * n + line for line in text.splitlines())


def notebook(cells, kernel="python3") -> str:
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": kernel},
          "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1) + "\n"


def code_cell(n, src, outputs=(), cid="") -> dict:
    lines = src.split("\n")
    return {"cell_type": "code", "execution_count": n, "id": cid or hexs(n * 131 + len(src), 8), "metadata": {},
            "outputs": list(outputs), "source": [l + "\n" for l in lines[:-1]] + [lines[-1]]}


def md_cell(src) -> dict:
    lines = src.split("\n")
    return {"cell_type": "markdown", "id": hexs(len(src) * 7, 8), "metadata": {}, "source": [l + "\n" for l in lines[:-1]] + [lines[-1]]}


def stream(text) -> dict:
    lines = text.split("\n")
    return {"name": "stdout", "output_type": "stream", "text": [l + "\n" for l in lines[:-1]] + [lines[-1]]}

# ---------------------------------------------------------------- Kubernetes / Kustomize / Helm
_pw = redis_pw(50001)
add("k8s-secret-data/redis-password", "deploy/k8s/base/redis-auth-secret.yaml", t("""apiVersion: v1
kind: Secret
metadata:
  name: redis-auth
  namespace: orders
  labels:
    app.kubernetes.io/name: redis
    app.kubernetes.io/part-of: orders
type: Opaque
data:
  redis-password: @B@
""", B=b64(_pw)), _pw, "Kubernetes Secret manifest, data holds base64 values (kubernetes.io/docs/concepts/configuration/secret)")

_pw = human_pw(50002)
add("k8s-secret-stringdata/database-password", "k8s/overlays/prod/billing-db-secret.yaml", t("""---
apiVersion: v1
kind: Secret
metadata:
  name: billing-db
  namespace: billing
  annotations:
    owner: "payments-platform"
type: Opaque
stringData:
  DATABASE_URL: postgresql://billing_app:@PW@@billing-pg.internal.svc:5432/billing?sslmode=require
  DB_POOL_SIZE: "15"
""", PW=_pw), _pw, "Kubernetes Secret with stringData (kubernetes.io docs)")

_pw = redis_pw(50003)
add("k8s-configmap-block/redis-password", "manifests/cache/redis-configmap.yaml", t("""apiVersion: v1
kind: ConfigMap
metadata:
  name: redis-config
  namespace: cache
data:
  redis.conf: |
    bind 0.0.0.0
    port 6379
    protected-mode yes
    maxmemory 512mb
    maxmemory-policy allkeys-lru
    appendonly yes
    requirepass @PW@
    masterauth @PW@
    tcp-keepalive 60
""", PW=_pw), _pw, "ConfigMap embedding redis.conf in a literal block (redis.io/docs/management/config)")

_id, _sk = aws_pair(50004)
add("k8s-deployment-env/aws-secret-key", "deploy/exporter/deployment.yaml", t("""apiVersion: apps/v1
kind: Deployment
metadata:
  name: s3-exporter
  labels:
    app: s3-exporter
spec:
  replicas: 1
  selector:
    matchLabels:
      app: s3-exporter
  template:
    metadata:
      labels:
        app: s3-exporter
    spec:
      containers:
        - name: exporter
          image: ghcr.io/acme-data/s3-exporter:1.8.2
          ports:
            - containerPort: 9340
          env:
            - name: AWS_REGION
              value: eu-west-1
            - name: AWS_ACCESS_KEY_ID
              value: @ID@
            - name: AWS_SECRET_ACCESS_KEY
              value: @SK@
            - name: BUCKET
              value: acme-data-exports
""", ID=_id, SK=_sk), _sk, "Kubernetes Deployment with env name/value pairs (kubernetes.io define-environment-variable-container)")

_pw = phrase_pw(50005)
add("k8s-configmap-block/database-password", "k8s/analytics/configmap-settings.yaml", t("""apiVersion: v1
kind: ConfigMap
metadata:
  name: analytics-settings
data:
  local_settings.py: |
    DEBUG = False
    ALLOWED_HOSTS = ["analytics.internal"]
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "analytics",
            "USER": "analytics_rw",
            "PASSWORD": "@PW@",
            "HOST": "pg-analytics.db.svc.cluster.local",
            "PORT": "5432",
        }
    }
""", PW=_pw), _pw, "ConfigMap carrying a Django local_settings.py (Django settings DATABASES)")

_tok = fakes.telegram_token(50006)
add("kustomize-secret-generator/telegram-token", "deploy/alerts/kustomization.yaml", t("""apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: alerting
resources:
  - deployment.yaml
  - service.yaml
images:
  - name: alert-relay
    newTag: v0.14.1
secretGenerator:
  - name: telegram-relay
    literals:
      - TELEGRAM_BOT_TOKEN=@T@
      - TELEGRAM_CHAT_ID=-1001874410023
generatorOptions:
  disableNameSuffixHash: true
""", T=_tok), _tok, "Kustomize secretGenerator literals (kubectl.docs.kubernetes.io secretGenerator)")

add("k8s-sealedsecret/decoy-ciphertext", "deploy/k8s/base/sealed-redis.yaml", t("""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: redis-auth
  namespace: orders
spec:
  encryptedData:
    redis-password: @S1@
    redis-username: @S2@
  template:
    metadata:
      name: redis-auth
      namespace: orders
    type: Opaque
""", S1=sealed(50007), S2=sealed(50008)), None, "Bitnami SealedSecret (github.com/bitnami-labs/sealed-secrets)")

add("k8s-externalsecret/decoy-store-reference", "deploy/k8s/prod/externalsecret-db.yaml", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: billing-db
  namespace: billing
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: billing-db
    creationPolicy: Owner
  data:
    - secretKey: DATABASE_PASSWORD
      remoteRef:
        key: prod/billing/postgres
        property: password
    - secretKey: REDIS_PASSWORD
      remoteRef:
        key: prod/billing/redis
        property: auth_token
""", None, "External Secrets Operator ExternalSecret (external-secrets.io docs)")

add("k8s-deployment-env/decoy-secretkeyref", "charts-rendered/worker-deployment.yaml", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: celery-worker
spec:
  replicas: 3
  selector:
    matchLabels: {app: celery-worker}
  template:
    metadata:
      labels: {app: celery-worker}
    spec:
      containers:
      - name: worker
        image: registry.acme.io/shop/backend:2024.11.3
        command: ["celery", "-A", "shop", "worker", "-l", "info"]
        env:
        - name: REDIS_PASSWORD
          valueFrom:
            secretKeyRef:
              name: redis-auth
              key: redis-password
        - name: DATABASE_PASSWORD
          valueFrom:
            secretKeyRef: {name: shop-db, key: password}
        - name: AWS_SECRET_ACCESS_KEY
          valueFrom:
            secretKeyRef: {name: s3-creds, key: secret}
""", None, "Deployment env valueFrom.secretKeyRef (kubernetes.io docs)")

add("k8s-secret-data/decoy-placeholder", "k8s/templates/secret.example.yaml", """# Copy to secret.yaml and fill in; secret.yaml is git-ignored.
apiVersion: v1
kind: Secret
metadata:
  name: app-secrets
type: Opaque
stringData:
  DATABASE_PASSWORD: "<changeme>"
  REDIS_PASSWORD: "<changeme>"
  AWS_SECRET_ACCESS_KEY: "<your-secret-access-key>"
  TELEGRAM_BOT_TOKEN: ""
""", None, "Kubernetes Secret example with placeholders")

_pw = redis_pw(50009)
add("helm-values/redis-password", "charts/shop/values-prod.yaml", t("""# Production overrides for the shop chart
replicaCount: 4
image:
  repository: registry.acme.io/shop/backend
  tag: "2024.11.3"
  pullPolicy: IfNotPresent

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: shop.acme.io
      paths: [{path: /, pathType: Prefix}]

redis:
  architecture: standalone
  auth:
    enabled: true
    password: "@PW@"
  master:
    persistence:
      size: 8Gi

postgresql:
  enabled: false
""", PW=_pw), _pw, "Helm values for the Bitnami redis subchart auth.password (artifacthub bitnami/redis)")

add("helm-values/decoy-existing-secret", "charts/shop/values.yaml", """# Default values for shop.
replicaCount: 1
image:
  repository: registry.acme.io/shop/backend
  tag: ""
redis:
  auth:
    enabled: true
    # Use an existing secret instead of a password in values
    password: ""
    existingSecret: shop-redis
    existingSecretPasswordKey: redis-password
postgresql:
  auth:
    username: shop
    password: ""
    existingSecret: shop-postgres
externalDatabase:
  host: ""
  password: ""
""", None, "Helm chart default values with existingSecret (bitnami charts README)")

add("helm-template/decoy-template-expressions", "charts/shop/templates/secret.yaml", """apiVersion: v1
kind: Secret
metadata:
  name: {{ include "shop.fullname" . }}
  labels:
    {{- include "shop.labels" . | nindent 4 }}
type: Opaque
data:
  redis-password: {{ .Values.redis.auth.password | b64enc | quote }}
  database-url: {{ printf "postgresql://%s:%s@%s/%s" .Values.db.user .Values.db.password .Values.db.host .Values.db.name | b64enc | quote }}
  {{- if .Values.telegram.enabled }}
  telegram-token: {{ required "telegram.token is required" .Values.telegram.token | b64enc | quote }}
  {{- end }}
""", None, "Helm template using .Values (helm.sh/docs/chart_template_guide)")

_pw = human_pw(50010)
add("helm-values/database-password", "helm/airflow/values.override.yaml", t("""executor: CeleryExecutor
webserver:
  defaultUser:
    enabled: true
    username: admin
    email: data-team@acme.io
postgresql:
  enabled: false
data:
  metadataConnection:
    user: airflow
    pass: "@PW@"
    protocol: postgresql
    host: airflow-meta.cxk2l1xq9pnr.eu-central-1.rds.amazonaws.com
    port: 5432
    db: airflow
    sslmode: require
""", PW=_pw), _pw, "Apache Airflow Helm chart data.metadataConnection (airflow.apache.org helm-chart)")

add("k8s-secret-sops/decoy-ciphertext", "clusters/prod/apps/secrets.enc.yaml", t("""apiVersion: v1
kind: Secret
metadata:
    name: shop-secrets
    namespace: shop
type: Opaque
stringData:
    DATABASE_PASSWORD: @A@
    REDIS_PASSWORD: @B@
sops:
    kms: []
    age:
        - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBsZ1B2ZXRuN2Z5dWJjR0NK
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-10-02T09:14:51Z"
    mac: @M@
    version: 3.8.1
""", A=sops(50011), B=sops(50012, 24), M=sops(50013, 88)), None, "SOPS-encrypted Kubernetes Secret (github.com/getsops/sops)")

# ---------------------------------------------------------------- docker-compose
_pw = redis_pw(50014)
add("docker-compose/redis-password", "docker-compose.yml", t("""version: "3.9"
services:
  web:
    build: .
    ports: ["8000:8000"]
    environment:
      - DJANGO_SETTINGS_MODULE=shop.settings.docker
      - REDIS_URL=redis://redis:6379/0
    depends_on: [redis, db]
  redis:
    image: redis:7.2-alpine
    command: redis-server --appendonly yes --requirepass @PW@
    volumes:
      - redis-data:/data
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
volumes:
  redis-data:
""", PW=_pw), _pw, "Compose file with redis-server --requirepass (docs.docker.com/compose, hub.docker.com/_/redis)")

_pw = human_pw(50015)
add("docker-compose/database-password", "ops/compose/docker-compose.prod.yml", t("""services:
  postgres:
    image: postgres:15.5
    restart: unless-stopped
    environment:
      POSTGRES_USER: metabase
      POSTGRES_PASSWORD: "@PW@"
      POSTGRES_DB: metabase
    volumes:
      - /srv/pg:/var/lib/postgresql/data
  metabase:
    image: metabase/metabase:v0.48.1
    ports:
      - "3000:3000"
    environment:
      MB_DB_TYPE: postgres
      MB_DB_HOST: postgres
      MB_DB_USER: metabase
      MB_DB_PASS_FILE: /run/secrets/mb_db_pass
""", PW=_pw), _pw, "Compose environment mapping for the postgres image (hub.docker.com/_/postgres)")

add("docker-compose/decoy-env-interpolation", "compose.yaml", """services:
  api:
    image: ghcr.io/acme/api:${TAG:-latest}
    env_file: .env
    environment:
      DATABASE_URL: postgresql://${POSTGRES_USER}:${POSTGRES_PASSWORD}@db:5432/${POSTGRES_DB}
      REDIS_URL: redis://:${REDIS_PASSWORD:?set REDIS_PASSWORD}@cache:6379/0
      AWS_SECRET_ACCESS_KEY: ${AWS_SECRET_ACCESS_KEY}
  cache:
    image: redis:7
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
""", None, "Compose variable interpolation (docs.docker.com/compose/environment-variables)")

_pw = rnd(50016, 24)
add("docker-compose/service-password", "docker-compose.override.yml", t("""services:
  worker:
    environment:
      CELERY_BROKER_URL: amqp://celery:@PW@@rabbitmq.prod.acme.internal:5672/shop
      CELERY_RESULT_BACKEND: rpc://
      SENTRY_ENVIRONMENT: production
""", PW=_pw), _pw, "Compose override with an AMQP broker URL (docs.celeryq.dev broker settings)")

add("docker-compose/decoy-local-dev-password", "docker-compose.test.yml", """# CI-only stack, throwaway containers
services:
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_PASSWORD: postgres
      POSTGRES_USER: postgres
    tmpfs: /var/lib/postgresql/data
  redis:
    image: redis:7-alpine
  tests:
    build: .
    command: pytest -q
    environment:
      DATABASE_URL: postgres://postgres:postgres@db:5432/postgres
      REDIS_URL: redis://redis:6379/1
""", None, "Compose test stack with image default credentials")

# ---------------------------------------------------------------- Terraform
_id, _sk = aws_pair(50017)
add("terraform-provider/aws-secret-key", "infra/providers.tf", t("""terraform {
  required_version = ">= 1.5.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.30"
    }
  }
  backend "s3" {
    bucket = "acme-tf-state"
    key    = "shop/prod.tfstate"
    region = "eu-west-1"
  }
}

provider "aws" {
  region     = "eu-west-1"
  access_key = "@ID@"
  secret_key = "@SK@"
}
""", ID=_id, SK=_sk), _sk, "Terraform AWS provider static credentials (registry.terraform.io/providers/hashicorp/aws)")

_pw = human_pw(50018)
add("tfvars/database-password", "infra/envs/prod/terraform.tfvars", t("""environment        = "prod"
region             = "eu-central-1"
vpc_cidr           = "10.40.0.0/16"
instance_class     = "db.r6g.large"
allocated_storage  = 200
db_name            = "orders"
db_username        = "orders_admin"
db_password        = "@PW@"
multi_az           = true
backup_retention   = 14
tags = {
  team    = "orders"
  costctr = "cc-4410"
}
""", PW=_pw), _pw, "Terraform variable definitions file (developer.hashicorp.com/terraform/language/values/variables)")

_pw = redis_pw(50019)
add("terraform-resource/redis-password", "infra/modules/cache/main.tf", t("""resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions-${var.env}"
  description                = "Session store"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = "cache.t4g.medium"
  num_cache_clusters         = 2
  port                       = 6379
  transit_encryption_enabled = true
  auth_token                 = "@PW@"
  subnet_group_name          = aws_elasticache_subnet_group.this.name
  security_group_ids         = [aws_security_group.redis.id]
}
""", PW=_pw), _pw, "aws_elasticache_replication_group auth_token (registry.terraform.io aws provider)")

add("terraform-variables/decoy-sensitive-vars", "infra/modules/cache/variables.tf", """variable "env" {
  type        = string
  description = "Deployment environment name"
}

variable "auth_token" {
  type        = string
  description = "Redis AUTH token, 16-128 printable characters"
  sensitive   = true
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = null
}

variable "aws_secret_key" {
  description = "Leave empty to use the instance profile"
  type        = string
  default     = ""
}
""", None, "Terraform variable blocks with sensitive = true (developer.hashicorp.com)")

add("terraform-resource/decoy-random-password", "infra/modules/db/main.tf", """resource "random_password" "master" {
  length           = 32
  special          = true
  override_special = "!#$%&*()-_=+[]{}<>:?"
}

resource "aws_db_instance" "this" {
  identifier          = "orders-${var.env}"
  engine              = "postgres"
  engine_version      = "16.1"
  instance_class      = var.instance_class
  username            = "orders_admin"
  password            = random_password.master.result
  skip_final_snapshot = false
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = jsonencode({ username = "orders_admin", password = random_password.master.result })
}
""", None, "Terraform random_password feeding RDS (registry.terraform.io hashicorp/random)")

_tok = slack_hook(50020)
add("tfvars-json/slack-webhook", "infra/monitoring/alerts.auto.tfvars.json", t("""{
  "alarm_email": "oncall@acme.io",
  "slack_channel": "#prod-alerts",
  "slack_webhook_url": "@T@",
  "cpu_threshold": 85,
  "evaluation_periods": 3
}
""", T=_tok), _tok, "Terraform JSON variable file (*.auto.tfvars.json)")

add("terraform-lock/decoy-hashes", "infra/.terraform.lock.hcl", t("""# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.31.0"
  constraints = "~> 5.30"
  hashes = [
    "h1:@H1@",
    "zh:@Z1@",
    "zh:@Z2@",
    "zh:@Z3@",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version = "3.6.0"
  hashes = [
    "h1:@H2@",
    "zh:@Z4@",
  ]
}
""", H1=rnd(50021, 43, _AL + "+/") + "=", H2=rnd(50022, 43, _AL + "+/") + "=", Z1=sha256(50023), Z2=sha256(50024), Z3=sha256(50025), Z4=sha256(50026)), None, "Terraform dependency lock file (developer.hashicorp.com/terraform/language/files/dependency-lock)")

# ---------------------------------------------------------------- CI
_tok = fakes.pypi_token(50027)
add("github-actions/pypi-token", ".github/workflows/release.yml", t("""name: Release

on:
  push:
    tags: ["v*"]

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
      - name: Upload
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @T@
        run: twine upload dist/*
""", T=_tok), _tok, "GitHub Actions workflow publishing with twine (packaging.python.org, docs.github.com/actions)")

add("github-actions/decoy-secrets-context", ".github/workflows/publish.yml", """name: Publish to PyPI
on:
  release:
    types: [published]
permissions:
  contents: read
  id-token: write
jobs:
  pypi:
    runs-on: ubuntu-22.04
    environment: pypi
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: "3.11"}
      - run: pipx run build
      - uses: pypa/gh-action-pypi-publish@release/v1
      - name: Notify
        run: curl -fsS -X POST "https://api.telegram.org/bot${{ secrets.TELEGRAM_TOKEN }}/sendMessage" -d chat_id=${{ vars.CHAT_ID }} -d text="released ${{ github.ref_name }}"
        env:
          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
""", None, "GitHub Actions using secrets/vars contexts and trusted publishing (docs.pypi.org trusted-publishers)")

_pw = redis_pw(50028)
add("github-actions/redis-password", ".github/workflows/integration.yml", t("""name: integration
on: [pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      redis:
        image: redis:7
        ports: ["6379:6379"]
        options: >-
          --health-cmd "redis-cli ping"
          --health-interval 5s
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: "3.12"}
      - run: pip install -e .[test]
      - run: pytest tests/integration -x
        env:
          STAGING_REDIS_URL: rediss://default:@PW@@staging-cache.acme.io:6380/2
""", PW=_pw), _pw, "GitHub Actions job env with a rediss URL (docs.github.com/actions)")

_id, _sk = aws_pair(50029)
add("gitlab-ci/aws-secret-key", ".gitlab-ci.yml", t("""stages: [test, build, deploy]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  AWS_DEFAULT_REGION: us-east-1
  AWS_ACCESS_KEY_ID: @ID@
  AWS_SECRET_ACCESS_KEY: @SK@

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest

deploy:
  stage: deploy
  image: amazon/aws-cli:2.15.0
  script:
    - aws s3 sync site/ s3://docs.acme.io --delete
  only: [main]
""", ID=_id, SK=_sk), _sk, "GitLab CI variables block (docs.gitlab.com/ee/ci/yaml)")

add("gitlab-ci/decoy-masked-variables", "ci/.gitlab-ci.deploy.yml", """deploy:prod:
  stage: deploy
  image: python:3.12-slim
  variables:
    TWINE_USERNAME: __token__
    TWINE_PASSWORD: $PYPI_API_TOKEN
    DATABASE_URL: "postgresql://app:${DB_PASSWORD}@${DB_HOST}/app"
  script:
    - pip install twine build
    - python -m build
    - twine upload --non-interactive dist/*
  rules:
    - if: $CI_COMMIT_TAG
""", None, "GitLab CI with masked CI/CD variable references (docs.gitlab.com/ee/ci/variables)")

_tok = fakes.pypi_token(50030)
add("circleci/pypi-token", ".circleci/config.yml", t("""version: 2.1
orbs:
  python: circleci/python@2.1.1
jobs:
  release:
    docker:
      - image: cimg/python:3.11
    steps:
      - checkout
      - run: pip install build twine
      - run: python -m build
      - run:
          name: upload
          command: |
            cat > ~/.pypirc <<EOF
            [pypi]
            username = __token__
            password = @T@
            EOF
            twine upload dist/*
workflows:
  tagged:
    jobs:
      - release:
          filters: {tags: {only: /^v.*/}, branches: {ignore: /.*/}}
""", T=_tok), _tok, "CircleCI config writing ~/.pypirc in a step (circleci.com/docs/configuration-reference)")

_pw = human_pw(50031)
add("bitbucket-pipelines/database-password", "bitbucket-pipelines.yml", t("""image: python:3.10

definitions:
  services:
    mysql:
      image: mysql:8.0
      variables:
        MYSQL_DATABASE: crm
        MYSQL_USER: crm
        MYSQL_PASSWORD: '@PW@'
        MYSQL_ROOT_PASSWORD: $MYSQL_ROOT_PASSWORD

pipelines:
  default:
    - step:
        name: Test
        caches: [pip]
        services: [mysql]
        script:
          - pip install -r requirements.txt
          - python manage.py test
""", PW=_pw), _pw, "Bitbucket Pipelines service definition (support.atlassian.com bitbucket-pipelines)")

_pw = rnd(50032, 20, _AL + "!#%")
add("jenkinsfile/service-password", "Jenkinsfile", t("""pipeline {
    agent { label 'docker' }
    environment {
        IMAGE = "registry.acme.io/shop/backend"
        REGISTRY_USER = "jenkins-push"
        REGISTRY_PASSWORD = '@PW@'
    }
    stages {
        stage('Build') {
            steps {
                sh 'docker build -t $IMAGE:$BUILD_NUMBER .'
            }
        }
        stage('Push') {
            steps {
                sh 'echo "$REGISTRY_PASSWORD" | docker login registry.acme.io -u $REGISTRY_USER --password-stdin'
                sh 'docker push $IMAGE:$BUILD_NUMBER'
            }
        }
    }
}
""", PW=_pw), _pw, "Declarative Jenkins pipeline environment block (jenkins.io/doc/book/pipeline/syntax)")

add("jenkinsfile/decoy-credentials-binding", "ci/Jenkinsfile.release", """pipeline {
    agent any
    stages {
        stage('Publish') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'pypi-upload', usernameVariable: 'TWINE_USERNAME', passwordVariable: 'TWINE_PASSWORD'),
                                 string(credentialsId: 'telegram-bot', variable: 'TG_TOKEN')]) {
                    sh 'python -m twine upload dist/*'
                    sh 'curl -s "https://api.telegram.org/bot${TG_TOKEN}/sendMessage?chat_id=-100123&text=done"'
                }
            }
        }
    }
}
""", None, "Jenkins withCredentials binding (jenkins.io credentials-binding plugin)")

_tok = fakes.pypi_token(50033)
add("azure-pipelines/pypi-token", "azure-pipelines.yml", t("""trigger:
  tags:
    include: ['v*']

pool:
  vmImage: ubuntu-latest

variables:
  pythonVersion: '3.11'

steps:
- task: UsePythonVersion@0
  inputs:
    versionSpec: '$(pythonVersion)'
- script: |
    python -m pip install --upgrade build twine
    python -m build
  displayName: Build sdist and wheel
- script: python -m twine upload -u __token__ -p @T@ dist/*
  displayName: Upload to PyPI
""", T=_tok), _tok, "Azure Pipelines script step with twine -p (learn.microsoft.com azure devops yaml schema)")

add("azure-pipelines/decoy-variable-group", "pipelines/azure-deploy.yml", """variables:
- group: prod-secrets
- name: dbHost
  value: sql-prod.database.windows.net

steps:
- task: AzureKeyVault@2
  inputs:
    azureSubscription: 'acme-prod'
    KeyVaultName: 'kv-acme-prod'
    SecretsFilter: 'DbPassword,RedisKey'
- script: |
    export DATABASE_URL="mssql+pyodbc://app:$(DbPassword)@$(dbHost)/shop?driver=ODBC+Driver+18+for+SQL+Server"
    python manage.py migrate
  displayName: Migrate
""", None, "Azure Pipelines variable groups and Key Vault task (learn.microsoft.com)")

# ---------------------------------------------------------------- Jupyter notebooks
_id, _sk = aws_pair(50034)
add("notebook-source/aws-secret-key", "notebooks/01_explore_clickstream.ipynb", notebook([
    md_cell("# Clickstream exploration\nPull last week's raw events from S3 and look at session lengths."),
    code_cell(1, "import boto3\nimport pandas as pd\n\nsession = boto3.Session(\n    aws_access_key_id=\"" + _id + "\",\n    aws_secret_access_key=\"" + _sk + "\",\n    region_name=\"us-east-2\",\n)\ns3 = session.client(\"s3\")"),
    code_cell(2, "objs = s3.list_objects_v2(Bucket=\"acme-clickstream-raw\", Prefix=\"2024/11/\")\nlen(objs[\"Contents\"])",
              [{"data": {"text/plain": ["412"]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}]),
]), _sk, "Jupyter nbformat 4 JSON with boto3.Session credentials (nbformat.readthedocs.io)")

_pw = human_pw(50035)
add("notebook-source/database-password", "analysis/churn_model.ipynb", notebook([
    code_cell(1, "%load_ext sql\nfrom sqlalchemy import create_engine\nengine = create_engine(\"mysql+pymysql://analyst:" + _pw + "@reporting-db.acme.internal:3306/crm\")"),
    code_cell(2, "df = pd.read_sql(\"SELECT customer_id, plan, churned_at FROM subscriptions\", engine)\ndf.shape",
              [{"data": {"text/plain": ["(48213, 3)"]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}]),
    md_cell("## Features\nTenure, plan changes, support tickets."),
]), _pw, "Jupyter notebook with a SQLAlchemy engine URL (docs.sqlalchemy.org engines)")

_tok = fakes.telegram_token(50036)
add("notebook-output/telegram-token", "notebooks/bot_debug.ipynb", notebook([
    code_cell(1, "import os, requests\nTOKEN = os.environ[\"TG_TOKEN\"]\nr = requests.get(f\"https://api.telegram.org/bot{TOKEN}/getMe\")\nprint(r.url)\nprint(r.json())",
              [stream("https://api.telegram.org/bot" + _tok + "/getMe\n{'ok': True, 'result': {'id': " + _tok.split(":")[0] + ", 'is_bot': True, 'first_name': 'Ops Relay', 'username': 'acme_ops_relay_bot'}}\n")]),
]), _tok, "Notebook whose stdout output echoes a Bot API URL (core.telegram.org/bots/api)")

_pw = redis_pw(50037)
add("notebook-source/redis-password", "research/feature_store_cache.ipynb", notebook([
    md_cell("Check hit rates on the feature cache."),
    code_cell(3, "import redis\nr = redis.Redis(host=\"features-cache.acme.internal\", port=6379, db=4,\n                password=\"" + _pw + "\", decode_responses=True)\nr.info(\"stats\")[\"keyspace_hits\"]",
              [{"data": {"text/plain": ["98211342"]}, "execution_count": 3, "metadata": {}, "output_type": "execute_result"}]),
]), _pw, "Notebook creating a redis-py client with password= (redis-py.readthedocs.io)")

add("notebook/decoy-getpass-and-image", "notebooks/02_plots.ipynb", notebook([
    code_cell(1, "import getpass, os\nos.environ[\"DB_PASSWORD\"] = getpass.getpass(\"DB password: \")",
              [stream("DB password: ········\n")]),
    code_cell(2, "df.plot(x=\"day\", y=\"sessions\")",
              [{"data": {"image/png": rnd(50038, 76 * 8, _AL + "+/").join(["iVBORw0KGgoAAAANSUhEUgAAAfQAAAEsCAYAAAA1u0HIAAAAOXRFWHRTb2Z0d2FyZQBNYXRwbG90bGliIHZlcnNpb24zLjguMiwgaHR0cHM6Ly9tYXRwbG90bGliLm9yZy8g", "AAAAAElFTkSuQmCC"]),
                        "text/plain": ["<Figure size 640x480 with 1 Axes>"]}, "metadata": {}, "output_type": "display_data"}]),
]), None, "Notebook with getpass prompt and a base64 PNG output (nbformat)")

add("notebook/decoy-env-lookup", "examples/quickstart.ipynb", notebook([
    md_cell("## Quickstart\nSet `ACME_API_KEY` in your environment first, e.g. `export ACME_API_KEY=<your key>`."),
    code_cell(1, "import os\nfrom acme_client import Client\nclient = Client(api_key=os.getenv(\"ACME_API_KEY\"), endpoint=\"https://api.acme.io\")\nclient.ping()",
              [{"data": {"text/plain": ["{'status': 'ok', 'request_id': '" + uid(50039) + "'}"]}, "execution_count": 1, "metadata": {}, "output_type": "execute_result"}]),
]), None, "Example notebook shipped in a package, reading the key from the environment")

# ---------------------------------------------------------------- Java / Spring
_pw = human_pw(50040)
add("spring-properties/database-password", "src/main/resources/application-prod.properties", t("""server.port=8080
spring.application.name=inventory-service
spring.datasource.url=jdbc:postgresql://inventory-db.prod.acme.internal:5432/inventory
spring.datasource.username=inventory
spring.datasource.password=@PW@
spring.datasource.hikari.maximum-pool-size=20
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
management.endpoints.web.exposure.include=health,info,prometheus
logging.level.org.hibernate.SQL=WARN
""", PW=_pw), _pw, "Spring Boot application.properties datasource (docs.spring.io spring-boot application-properties)")

_pw = redis_pw(50041)
add("spring-yaml/redis-password", "service/src/main/resources/application.yml", t("""spring:
  application:
    name: cart-service
  data:
    redis:
      host: cart-redis.prod.acme.internal
      port: 6379
      password: @PW@
      timeout: 2s
      lettuce:
        pool:
          max-active: 16
  jackson:
    default-property-inclusion: non_null
server:
  shutdown: graceful
""", PW=_pw), _pw, "Spring Boot YAML spring.data.redis.password (docs.spring.io)")

_pw = rnd(50042, 16, _AL + "$!")
add("jdbc-url/database-password", "etl/conf/source.properties", t("""# Source connection for nightly extract
source.driver=com.mysql.cj.jdbc.Driver
source.url=jdbc:mysql://legacy-erp.acme.local:3306/erp?user=etl_reader&password=@PW@&useSSL=true&serverTimezone=UTC
source.fetchSize=5000
target.bucket=s3a://acme-lake/raw/erp
""", PW=_pw), _pw, "JDBC URL with user/password parameters (dev.mysql.com connector-j connection URL syntax)")

add("spring-properties/decoy-placeholders", "src/main/resources/application.properties", """spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/inventory
spring.datasource.username=${DB_USER:inventory}
spring.datasource.password=${DB_PASSWORD}
spring.data.redis.password=${REDIS_PASSWORD:}
spring.cloud.aws.credentials.secret-key=${AWS_SECRET_ACCESS_KEY}
spring.config.import=optional:aws-secretsmanager:/secret/inventory
jasypt.encryptor.password=${JASYPT_ENCRYPTOR_PASSWORD}
""", None, "Spring property placeholders (docs.spring.io externalized configuration)")

_pw = human_pw(50043)
add("maven-settings-xml/private-index-credential", ".mvn/settings.xml", t("""<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <servers>
    <server>
      <id>acme-nexus</id>
      <username>ci-deployer</username>
      <password>@PW@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>acme-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.acme.io/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", PW=_pw), _pw, "Maven settings.xml server credentials (maven.apache.org/settings.html)")

add("maven-settings-xml/decoy-encrypted", "ci/maven/settings.xml", """<settings>
  <servers>
    <server>
      <id>releases</id>
      <username>deployer</username>
      <password>{COQLCE6DU6GtcS5P=}</password>
    </server>
    <server>
      <id>snapshots</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""", None, "Maven settings with encrypted and env-referenced passwords (maven.apache.org/guides/mini/guide-encryption.html)")

_pw = human_pw(50044)
add("tomcat-context-xml/database-password", "webapp/META-INF/context.xml", t("""<?xml version="1.0" encoding="UTF-8"?>
<Context>
    <Resource name="jdbc/ReportsDB" auth="Container" type="javax.sql.DataSource"
              maxTotal="30" maxIdle="10" maxWaitMillis="10000"
              username="reports" password="@PW@"
              driverClassName="oracle.jdbc.OracleDriver"
              url="jdbc:oracle:thin:@//ora-reports.acme.local:1521/REPORTS"/>
</Context>
""", PW=_pw), _pw, "Tomcat JNDI DataSource Resource (tomcat.apache.org jndi-datasource-examples-howto)")

# ---------------------------------------------------------------- IDE configs
_pw = redis_pw(50045)
add("vscode-launch/redis-password", ".vscode/launch.json", t("""{
    // Use IntelliSense to learn about possible attributes.
    "version": "0.2.0",
    "configurations": [
        {
            "name": "Python: FastAPI",
            "type": "debugpy",
            "request": "launch",
            "module": "uvicorn",
            "args": ["app.main:app", "--reload", "--port", "8001"],
            "jinja": true,
            "env": {
                "APP_ENV": "staging",
                "REDIS_URL": "redis://:@PW@@staging-redis.acme.io:6379/0",
                "LOG_LEVEL": "debug"
            }
        }
    ]
}
""", PW=_pw), _pw, "VS Code launch.json (code.visualstudio.com/docs/python/debugging)")

_tok = fakes.github_token(50046)
add("vscode-settings/github-token", ".vscode/settings.json", t("""{
    "python.defaultInterpreterPath": "${workspaceFolder}/.venv/bin/python",
    "python.testing.pytestEnabled": true,
    "editor.formatOnSave": true,
    "[python]": {
        "editor.defaultFormatter": "charliermarsh.ruff"
    },
    "terminal.integrated.env.linux": {
        "GITHUB_TOKEN": "@T@"
    },
    "files.exclude": {"**/__pycache__": true}
}
""", T=_tok), _tok, "VS Code settings.json terminal.integrated.env (code.visualstudio.com/docs/getstarted/settings)")

_pw = human_pw(50047)
add("intellij-datasources/decoy-secret-storage", ".idea/dataSources.local.xml", t("""<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="dataSourceStorageLocal" created-in="PY-233.11799.259">
    <data-source name="orders@prod-replica" uuid="@U@">
      <database-info product="PostgreSQL" version="15.4" jdbc-version="4.2" driver-name="PostgreSQL JDBC Driver" driver-version="42.6.0" dbms="POSTGRES" exact-version="15.4" />
      <secret-storage>master_key</secret-storage>
      <user-name>readonly</user-name>
      <schema-mapping />
    </data-source>
  </component>
</project>
""", U=uid(50048)), None, "IntelliJ dataSources.local.xml with master_key secret storage (jetbrains.com/help/datagrip)")

add("intellij-runconfig/database-password", ".idea/runConfigurations/Django_prod_shell.xml", t("""<component name="ProjectRunConfigurationManager">
  <configuration default="false" name="Django prod shell" type="PythonConfigurationType" factoryName="Python">
    <module name="shop" />
    <option name="ENV_FILES" value="" />
    <option name="INTERPRETER_OPTIONS" value="" />
    <option name="PARENT_ENVS" value="true" />
    <envs>
      <env name="PYTHONUNBUFFERED" value="1" />
      <env name="DJANGO_SETTINGS_MODULE" value="shop.settings.prod" />
      <env name="DATABASE_PASSWORD" value="@PW@" />
    </envs>
    <option name="SCRIPT_NAME" value="$PROJECT_DIR$/manage.py" />
    <option name="PARAMETERS" value="shell_plus" />
  </configuration>
</component>
""", PW=_pw), _pw, "IntelliJ/PyCharm run configuration envs (jetbrains.com/help/pycharm/run-debug-configuration)")

add("vscode-launch/decoy-envfile", ".vscode/launch.json.example", """{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "Django",
      "type": "debugpy",
      "request": "launch",
      "program": "${workspaceFolder}/manage.py",
      "args": ["runserver"],
      "django": true,
      "envFile": "${workspaceFolder}/.env.local",
      "env": {"DATABASE_PASSWORD": "${env:DATABASE_PASSWORD}", "SECRET_KEY": "dev-only-not-secret"}
    }
  ]
}
""", None, "VS Code launch config with envFile and ${env:} references")

# ---------------------------------------------------------------- shell histories
_pw = redis_pw(50049)
add("bash-history/redis-password", "home/deploy/.bash_history", t("""ls -la /etc/redis
sudo systemctl status redis-server
redis-cli ping
redis-cli -h 10.20.3.14 -p 6379 -a '@PW@' info replication
redis-cli -h 10.20.3.14 -p 6379 -a '@PW@' --no-auth-warning config get maxmemory
tail -n 200 /var/log/redis/redis-server.log
df -h
exit
""", PW=_pw), _pw, "bash history file, one command per line (gnu.org bash manual HISTFILE; redis.io/docs/connect/cli)")

_pw = human_pw(50050)
add("zsh-history/database-password", "dotfiles/.zsh_history", t(""": 1700001412:0;cd ~/src/orders
: 1700001420:0;git pull --rebase
: 1700001433:0;make migrate
: 1700001510:0;psql "postgresql://orders_admin:@PW@@orders-prod.cluster-cq8x0ayz1k2n.eu-central-1.rds.amazonaws.com:5432/orders?sslmode=require"
: 1700001702:0;kubectl -n orders get pods
: 1700001745:0;kubectl -n orders logs deploy/orders-api --tail=50
: 1700001811:0;git status
""", PW=_pw), _pw, "zsh EXTENDED_HISTORY lines ': <epoch>:<elapsed>;command' (zsh.sourceforge.io Options)")

_id, _sk = aws_pair(50051)
add("bash-history/aws-secret-key", "backup/root/.bash_history", t("""apt-get update
apt-get install -y awscli
aws configure set aws_access_key_id @ID@
aws configure set aws_secret_access_key @SK@
aws configure set region ap-southeast-2
aws s3 ls s3://acme-backups-syd/
crontab -e
""", ID=_id, SK=_sk), _sk, "bash history with aws configure set (docs.aws.amazon.com/cli configure set)")

_pw = human_pw(50052)
add("psql-history/database-password", "ops/.psql_history", t("""\\dt
select count(*) from orders where created_at > now() - interval '1 day';
\\du
ALTER ROLE reporting WITH LOGIN PASSWORD '@PW@';
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
\\q
""", PW=_pw), _pw, "psql history file ~/.psql_history (postgresql.org/docs/current/app-psql.html)")

_pw = phrase_pw(50053)
add("mysql-history/database-password", "ops/.mysql_history", t("""_HiStOrY_V2_
show\\040databases;
use\\040crm;
CREATE\\040USER\\040'crm_etl'@'10.0.%'\\040IDENTIFIED\\040BY\\040'@PW@';
GRANT\\040SELECT,\\040INSERT\\040ON\\040crm.*\\040TO\\040'crm_etl'@'10.0.%';
FLUSH\\040PRIVILEGES;
""", PW=phrase_pw(50053).replace(" ", "-")), phrase_pw(50053).replace(" ", "-"), "libedit-encoded ~/.mysql_history (spaces as \\040; dev.mysql.com mysql-logging)")

_pw = redis_pw(50054)
add("rediscli-history/redis-password", "ops/.rediscli_history", t("""AUTH default @PW@
INFO keyspace
SCAN 0 MATCH session:* COUNT 100
TTL session:8f1c2e
CONFIG GET maxmemory-policy
""", PW=_pw), _pw, "redis-cli history file ~/.rediscli_history (redis.io/docs/connect/cli)")

add("bash-history/decoy-prompted-password", "home/ubuntu/.bash_history", """sudo -i
redis-cli -h cache.internal --askpass
psql -h db.internal -U app -W app
mysql -u root -p
export AWS_PROFILE=prod-readonly
aws sts get-caller-identity
aws secretsmanager get-secret-value --secret-id prod/app/db --query SecretString --output text | jq -r .password > /dev/null
history -c
""", None, "bash history with prompted passwords and secret-store lookups")

add("zsh-history/decoy-env-refs", "dotfiles/.zsh_history.bak", """: 1701100000:0;export REDISCLI_AUTH=$(pass show infra/redis/prod)
: 1701100012:0;redis-cli -h redis.prod.internal info clients
: 1701100040:0;PGPASSWORD="$DB_PASS" psql -h db.prod.internal -U app app -c 'select 1'
: 1701100101:0;twine upload -r testpypi dist/*
: 1701100160:0;vim ~/.pypirc
""", None, "zsh extended history using password managers and env references")

_tok = fakes.pypi_token(50055)
add("bash-history/pypi-token", "release-box/.bash_history", t("""cd ~/src/fastgeo
python -m build
ls dist/
twine check dist/*
twine upload -u __token__ -p @T@ dist/fastgeo-0.9.2*
git tag v0.9.2 && git push --tags
""", T=_tok), _tok, "bash history with twine upload -p (twine.readthedocs.io)")

# ---------------------------------------------------------------- .env variants
_pw = redis_pw(50056)
add("dotenv/redis-password", ".env", t("""# --- app
APP_ENV=production
APP_DEBUG=false
APP_URL=https://portal.acme.io
# --- cache
REDIS_HOST=10.12.0.45
REDIS_PORT=6379
REDIS_PASSWORD=@PW@
REDIS_DB=0
# --- mail
MAIL_HOST=smtp.mailgun.org
MAIL_PORT=587
""", PW=_pw), _pw, ".env file of KEY=value lines (github.com/theskumar/python-dotenv)")

_id, _sk = aws_pair(50057)
add("dotenv/aws-secret-key", ".env.production", t("""DJANGO_SETTINGS_MODULE=portal.settings.prod
USE_S3=True
S3_BUCKET=acme-portal-media
S3_REGION=eu-west-2
S3_ACCESS_KEY=@ID@
S3_SECRET=@SK@
S3_CUSTOM_DOMAIN=media.acme.io
""", ID=_id, SK=_sk), _sk, "dotenv with S3 keys under generic names (django-storages S3 settings)")

_tok = fakes.telegram_token(50058)
add("dotenv/telegram-token", "bot/.env", t("""BOT_TOKEN="@T@"
ADMIN_IDS=114027311,290113377
WEBHOOK_HOST=https://bot.acme.io
WEBHOOK_PATH=/tg/hook
LOG_LEVEL=INFO
""", T=_tok), _tok, "aiogram/python-telegram-bot .env (docs.aiogram.dev)")

add("dotenv/decoy-example", ".env.example", """APP_ENV=local
SECRET_KEY=change-me
DATABASE_URL=postgres://user:password@localhost:5432/app
REDIS_URL=redis://localhost:6379/0
REDIS_PASSWORD=
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
TELEGRAM_BOT_TOKEN=123456789:your-bot-token-here
PYPI_TOKEN=pypi-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
""", None, ".env.example with documented example keys and placeholders (docs.aws.amazon.com example keys)")

_pw = human_pw(50059)
add("dotenv/database-password", "scripts/env.sh", t("""#!/usr/bin/env bash
# source me before running the ETL locally against staging
export PGHOST=staging-db.acme.internal
export PGPORT=5432
export PGUSER=etl
export PGPASSWORD='@PW@'
export PGDATABASE=warehouse
export ETL_BATCH=50000
""", PW=_pw), _pw, "sourced env file setting libpq PGPASSWORD (postgresql.org libpq-envars)")

_key = fakes.django_secret_key(50060)
add("dotenv/django-secret-key", "backend/.env.prod", t("""DEBUG=0
SECRET_KEY='@K@'
ALLOWED_HOSTS=api.acme.io,.acme.io
DATABASE_URL=postgres://api@db:5432/api
REDIS_URL=redis://redis:6379/1
""", K=_key), _key, "django-environ .env with SECRET_KEY (django-environ.readthedocs.io)")

add("dotenv/decoy-vault-refs", ".env.vault-template", """# rendered by vault-agent at deploy time
DB_PASSWORD={{ with secret "kv/data/shop/db" }}{{ .Data.data.password }}{{ end }}
REDIS_PASSWORD={{ with secret "kv/data/shop/redis" }}{{ .Data.data.password }}{{ end }}
AWS_SECRET_ACCESS_KEY=vault:aws/creds/shop-s3#secret_key
STRIPE_KEY=op://Prod/Stripe/credential
""", None, "Vault Agent template and 1Password secret references (developer.hashicorp.com vault agent template; developer.1password.com)")

# ---------------------------------------------------------------- Dockerfiles / shell
_pw = rnd(50062, 28, _AL)
add("dockerfile/private-index-credential", "docker/worker.Dockerfile", t("""FROM python:3.12-slim AS build
WORKDIR /src
COPY pyproject.toml poetry.lock ./
RUN pip install --no-cache-dir poetry==1.8.3 && poetry export -f requirements.txt -o requirements.txt
RUN pip install --no-cache-dir \\
      --extra-index-url https://ci-reader:@PW@@pypi.acme.io/simple/ \\
      -r requirements.txt

FROM python:3.12-slim
COPY --from=build /usr/local /usr/local
COPY . /app
WORKDIR /app
CMD ["celery", "-A", "worker", "worker", "-l", "info"]
""", PW=_pw), _pw, "Dockerfile pip --extra-index-url with userinfo (pip.pypa.io user guide, docs.docker.com reference)")

_pw = redis_pw(50063)
add("dockerfile/redis-password", "Dockerfile", t("""FROM python:3.11-alpine
LABEL maintainer="platform@acme.io"
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1 \\
    REDIS_HOST=redis-master.cache.svc \\
    REDIS_PASSWORD=@PW@
RUN apk add --no-cache build-base libffi-dev
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . /srv/app
WORKDIR /srv/app
EXPOSE 8000
CMD ["gunicorn", "-b", "0.0.0.0:8000", "app.wsgi"]
""", PW=_pw), _pw, "Dockerfile ENV with continuation lines (docs.docker.com/reference/dockerfile/#env)")

add("dockerfile/decoy-build-secret", "docker/api.Dockerfile", """# syntax=docker/dockerfile:1.6
FROM python:3.12-slim
ARG PIP_INDEX_URL
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf \\
    --mount=type=cache,target=/root/.cache/pip \\
    pip install -r /tmp/requirements.txt
ENV REDIS_PASSWORD_FILE=/run/secrets/redis_password \\
    DATABASE_URL=""
HEALTHCHECK CMD curl -fs http://localhost:8000/healthz || exit 1
""", None, "BuildKit secret mounts (docs.docker.com/build/building/secrets)")

_pw = human_pw(50064)
add("shell-script/database-password", "scripts/backup_mysql.sh", t("""#!/bin/bash
set -euo pipefail

STAMP=$(date +%F)
OUT=/var/backups/mysql/crm-$STAMP.sql.gz

mysqldump -h crm-db.acme.local -u backup -p'@PW@' \\
  --single-transaction --routines --triggers crm | gzip > "$OUT"

aws s3 cp "$OUT" s3://acme-db-backups/crm/ --storage-class STANDARD_IA
find /var/backups/mysql -name '*.sql.gz' -mtime +7 -delete
""", PW=_pw), _pw, "backup script with mysqldump -p<password> (dev.mysql.com mysqldump)")

_tok = fakes.pypi_token(50065)
add("shell-heredoc/pypi-token", "scripts/release.sh", t("""#!/usr/bin/env sh
set -e
python -m build
cat > "$HOME/.pypirc" <<'PYPIRC'
[distutils]
index-servers = pypi

[pypi]
username = __token__
password = @T@
PYPIRC
chmod 600 "$HOME/.pypirc"
twine upload dist/*
""", T=_tok), _tok, "release script writing .pypirc with a here-document (packaging.python.org pypirc spec)")

_pw = redis_pw(50066)
add("shell-heredoc/redis-password", "provision/redis-users.sh", t("""#!/bin/bash
# creates application users on the primary
redis-cli -h "$REDIS_HOST" --user admin --pass "$ADMIN_PASS" <<EOF
ACL SETUSER sessions on >@PW@ ~session:* +get +set +del +expire
ACL SETUSER readonly on nopass ~* +@read
ACL SAVE
EOF
""", PW=_pw), _pw, "here-document feeding ACL SETUSER to redis-cli (redis.io/docs/management/security/acl)")

add("shell-script/decoy-generated-password", "scripts/bootstrap_secrets.sh", """#!/usr/bin/env bash
set -euo pipefail
REDIS_PASSWORD="$(openssl rand -base64 32)"
DB_PASSWORD="$(head -c 24 /dev/urandom | base64 | tr -d '/+=')"
kubectl -n shop create secret generic shop-secrets \\
  --from-literal=REDIS_PASSWORD="$REDIS_PASSWORD" \\
  --from-literal=DB_PASSWORD="$DB_PASSWORD" \\
  --dry-run=client -o yaml | kubeseal --format yaml > deploy/sealed-shop-secrets.yaml
echo "sealed secrets written"
""", None, "script generating passwords at run time and sealing them (kubeseal)")

_tok = slack_bot(50067)
add("shell-script/slack-token", "scripts/notify_deploy.sh", t("""#!/bin/sh
CHANNEL="C04QX2R1J8N"
TEXT="Deployed $1 to production by $(whoami)"
curl -sS -X POST https://slack.com/api/chat.postMessage \\
  -H "Authorization: Bearer @T@" \\
  -H 'Content-type: application/json; charset=utf-8' \\
  --data "{\\"channel\\":\\"$CHANNEL\\",\\"text\\":\\"$TEXT\\"}"
""", T=_tok), _tok, "curl to Slack chat.postMessage with a bot token (api.slack.com/methods/chat.postMessage)")

# ---------------------------------------------------------------- Ansible
_pw = human_pw(50068)
add("ansible-group-vars/database-password", "ansible/group_vars/dbservers.yml", t("""---
postgresql_version: 15
postgresql_listen_addresses: "*"
postgresql_databases:
  - name: shop
    owner: shop
postgresql_users:
  - name: shop
    password: "@PW@"
    encrypted: true
  - name: replicator
    password: "{{ vault_replicator_password }}"
    role_attr_flags: REPLICATION
postgresql_hba_entries:
  - {type: host, database: shop, user: shop, address: "10.0.0.0/16", auth_method: scram-sha-256}
""", PW=_pw), _pw, "Ansible group_vars for geerlingguy.postgresql (galaxy.ansible.com geerlingguy/postgresql)")

add("ansible-vault/decoy-encrypted-file", "ansible/group_vars/all/vault.yml", vault_blob(50069) + "\n", None, "Ansible Vault encrypted vars file (docs.ansible.com vault)")

add("ansible-inline-vault/decoy-encrypted-string", "ansible/host_vars/cache01.yml", "redis_port: 6379\nredis_maxmemory: 2gb\nredis_requirepass: !vault |\n" + indent(vault_blob(50070), 10) + "\nredis_bind: 0.0.0.0\n", None, "ansible-vault encrypt_string inline value (docs.ansible.com)")

_pw = redis_pw(50071)
add("ansible-task/redis-password", "ansible/roles/redis/tasks/main.yml", t("""---
- name: Install redis
  ansible.builtin.apt:
    name: redis-server
    state: present

- name: Set requirepass
  ansible.builtin.lineinfile:
    path: /etc/redis/redis.conf
    regexp: '^#?\\s*requirepass '
    line: "requirepass @PW@"
  notify: restart redis

- name: Enable redis
  ansible.builtin.service:
    name: redis-server
    enabled: true
    state: started
""", PW=_pw), _pw, "Ansible lineinfile task writing requirepass (docs.ansible.com lineinfile)")

_pw = rnd(50072, 14, _AL)
add("ansible-inventory/service-password", "ansible/inventory/hosts.ini", t("""[web]
web01.acme.local
web02.acme.local

[db]
db01.acme.local ansible_user=ops ansible_become_pass=@PW@

[all:vars]
ansible_python_interpreter=/usr/bin/python3
""", PW=_pw), _pw, "Ansible INI inventory with ansible_become_pass (docs.ansible.com inventory)")

# ---------------------------------------------------------------- Python settings
_pw = human_pw(50073)
add("django-settings/database-password", "shop/settings/production.py", t('''from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["shop.acme.io", "www.shop.acme.io"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        "PASSWORD": "@PW@",
        "HOST": "shop-db.c9akciq32.eu-west-1.rds.amazonaws.com",
        "PORT": 5432,
        "CONN_MAX_AGE": 60,
    }
}

SESSION_ENGINE = "django.contrib.sessions.backends.cache"
SECURE_SSL_REDIRECT = True
''', PW=_pw), _pw, "Django settings DATABASES (docs.djangoproject.com/en/5.0/ref/settings/#databases)")

_key = fakes.django_secret_key(50074)
add("django-settings/django-secret-key", "mysite/mysite/settings.py", t('''"""
Django settings for mysite project.

Generated by 'django-admin startproject' using Django 4.2.7.
"""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = "@K@"

# SECURITY WARNING: don't run with debug turned on in production!
DEBUG = False

ALLOWED_HOSTS = ["mysite.acme.io"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "polls",
]
''', K=_key), _key, "settings.py as django-admin startproject writes it (docs.djangoproject.com)")

add("django-settings/decoy-insecure-dev-key", "mysite/mysite/settings_dev.py", '''from .settings import *  # noqa: F401,F403

DEBUG = True
# Development only; production reads DJANGO_SECRET_KEY from the environment.
SECRET_KEY = "django-insecure-dev-only-do-not-use-in-production"
DATABASES = {
    "default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}
}
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
''', None, "Django dev settings with a self-declared insecure key")

_pw = redis_pw(50075)
add("celery-config/redis-password", "worker/celeryconfig.py", t('''broker_url = "redis://:@PW@@10.30.1.20:6379/1"
result_backend = "redis://:@PW@@10.30.1.20:6379/2"
task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]
timezone = "Europe/Berlin"
enable_utc = True
task_routes = {
    "worker.tasks.render_invoice": {"queue": "pdf"},
}
worker_prefetch_multiplier = 1
''', PW=_pw), _pw, "Celery configuration module broker_url (docs.celeryq.dev/en/stable/userguide/configuration.html)")

_pw = redis_pw(50076)
add("flask-config/redis-password", "app/config.py", t('''import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    CACHE_TYPE = "RedisCache"


class ProductionConfig(Config):
    SQLALCHEMY_DATABASE_URI = os.environ["DATABASE_URL"]
    CACHE_REDIS_HOST = "cache-prod.acme.internal"
    CACHE_REDIS_PORT = 6379
    CACHE_REDIS_PASSWORD = "@PW@"
    CACHE_DEFAULT_TIMEOUT = 300


class TestingConfig(Config):
    TESTING = True
    SQLALCHEMY_DATABASE_URI = "sqlite://"
''', PW=_pw), _pw, "Flask-Caching config CACHE_REDIS_PASSWORD (flask-caching.readthedocs.io)")

_pw = human_pw(50077)
add("pydantic-settings/database-password", "api/core/settings.py", t('''from pydantic import PostgresDsn, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="API_")

    project_name: str = "orders-api"
    postgres_server: str = "orders-db.acme.internal"
    postgres_user: str = "orders"
    postgres_password: SecretStr = SecretStr("@PW@")
    postgres_db: str = "orders"
    cors_origins: list[str] = ["https://orders.acme.io"]


settings = Settings()
''', PW=_pw), _pw, "FastAPI/pydantic-settings BaseSettings with a default (docs.pydantic.dev settings)")

add("pydantic-settings/decoy-required-secret", "api/core/config.py", '''from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    database_url: str = Field(..., alias="DATABASE_URL")
    redis_password: SecretStr = Field(default=SecretStr(""), alias="REDIS_PASSWORD")
    aws_secret_access_key: SecretStr | None = None
    telegram_token: SecretStr = Field(..., description="Bot token from @BotFather")

    def redis_url(self) -> str:
        return f"redis://:{self.redis_password.get_secret_value()}@redis:6379/0"
''', None, "pydantic-settings model reading secrets from the environment")

_pw = human_pw(50078)
add("sqlalchemy-module/database-password", "reports/db.py", t('''from sqlalchemy import create_engine
from sqlalchemy.engine import URL
from sqlalchemy.orm import sessionmaker

url = URL.create(
    "mssql+pyodbc",
    username="report_reader",
    password="@PW@",
    host="sql-reports.acme.local",
    port=1433,
    database="Reports",
    query={"driver": "ODBC Driver 18 for SQL Server", "TrustServerCertificate": "yes"},
)
engine = create_engine(url, pool_pre_ping=True)
Session = sessionmaker(bind=engine)
''', PW=_pw), _pw, "SQLAlchemy URL.create with password= (docs.sqlalchemy.org/en/20/core/engines.html)")

_id, _sk = aws_pair(50079)
add("python-module/aws-secret-key", "etl/jobs/upload.py", t('''import boto3

AWS_KEY = "@ID@"
AWS_SECRET = "@SK@"


def upload(path: str, key: str) -> None:
    client = boto3.client("s3", aws_access_key_id=AWS_KEY, aws_secret_access_key=AWS_SECRET)
    client.upload_file(path, "acme-etl-drop", key)


if __name__ == "__main__":
    import sys
    upload(sys.argv[1], sys.argv[2])
''', ID=_id, SK=_sk), _sk, "boto3 client with explicit keys (boto3.amazonaws.com docs credentials)")

_tok = fakes.telegram_token(50080)
add("python-module/telegram-token", "bot/main.py", t('''import logging

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

logging.basicConfig(level=logging.INFO)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.message.reply_text("Hi! Send /status to see the queue.")


def main() -> None:
    app = Application.builder().token("@T@").build()
    app.add_handler(CommandHandler("start", start))
    app.run_polling()


if __name__ == "__main__":
    main()
''', T=_tok), _tok, "python-telegram-bot Application.builder().token() (docs.python-telegram-bot.org)")

_tok = fakes.aws_session_token(50081)
add("python-script/aws-session-token", "scripts/debug_sts.py", t('''"""One-off: replay the failing upload with the role session from the incident."""
import boto3

session = boto3.Session(
    aws_session_token="@T@",
    region_name="us-west-2",
)
print(session.client("sts").get_caller_identity())
''', T=_tok), _tok, "boto3.Session with aws_session_token (boto3 credentials guide)")

add("python-tests/decoy-moto-fakes", "tests/conftest.py", '''import os

import boto3
import pytest
from moto import mock_aws


@pytest.fixture
def aws_credentials():
    """Mocked AWS Credentials for moto."""
    os.environ["AWS_ACCESS_KEY_ID"] = "testing"
    os.environ["AWS_SECRET_ACCESS_KEY"] = "testing"
    os.environ["AWS_SECURITY_TOKEN"] = "testing"
    os.environ["AWS_SESSION_TOKEN"] = "testing"
    os.environ["AWS_DEFAULT_REGION"] = "us-east-1"


@pytest.fixture
def s3(aws_credentials):
    with mock_aws():
        yield boto3.client("s3", region_name="us-east-1")
''', None, "moto fixture with fake credentials (docs.getmoto.org)")

add("python-tests/decoy-fake-redis", "tests/test_cache.py", '''import fakeredis
import pytest

from app.cache import Cache

FAKE_PASSWORD = "not-a-real-password"


@pytest.fixture
def cache():
    server = fakeredis.FakeServer()
    return Cache(fakeredis.FakeStrictRedis(server=server), password=FAKE_PASSWORD)


def test_roundtrip(cache):
    cache.set("k", "v")
    assert cache.get("k") == "v"
''', None, "unit test with a self-declared fake password (fakeredis)")

# ---------------------------------------------------------------- packaging / index config
_tok = fakes.pypi_token(50082)
add("pypirc/pypi-token", "release/.pypirc", t("""[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = @T@

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""", T=_tok), _tok, ".pypirc specification (packaging.python.org/specifications/pypirc)")

_pw = rnd(50083, 32, "0123456789abcdef")
add("netrc/private-index-credential", "ci/.netrc", t("""machine pypi.acme.io
login deploy-bot
password @PW@

machine github.com
login acme-ci
password x-oauth-basic
""", PW=_pw), _pw, ".netrc machine/login/password (gnu.org inetutils netrc; pip honours .netrc)")

_pw = human_pw(50084)
add("pip-conf/private-index-credential", "deploy/pip.conf", t("""[global]
timeout = 60
index-url = https://builder:@PW@@nexus.acme.io/repository/pypi-group/simple
trusted-host = nexus.acme.io
disable-pip-version-check = true
""", PW=_pw), _pw, "pip configuration file (pip.pypa.io/en/stable/topics/configuration)")

_tok = gitlab_pat(50085)
add("requirements/private-index-credential", "requirements/prod.txt", t("""--extra-index-url https://__token__:@T@@gitlab.acme.io/api/v4/projects/412/packages/pypi/simple
Django==4.2.16
celery[redis]==5.4.0
psycopg[binary]==3.2.3
acme-billing-sdk==2.7.1
gunicorn==23.0.0
sentry-sdk==2.17.0
""", T=_tok), _tok, "requirements file with an index option (pip.pypa.io requirements-file-format; docs.gitlab.com pypi repository)")

add("requirements/decoy-hashes", "requirements.lock.txt", t("""#
# This file is autogenerated by pip-compile with Python 3.12
# by the following command:
#
#    pip-compile --generate-hashes requirements.in
#
certifi==2024.8.30 \\
    --hash=sha256:@A@ \\
    --hash=sha256:@B@
    # via requests
idna==3.10 \\
    --hash=sha256:@C@
    # via requests
requests==2.32.3 \\
    --hash=sha256:@D@
    # via -r requirements.in
""", A=sha256(50086), B=sha256(50087), C=sha256(50088), D=sha256(50089)), None, "pip-compile --generate-hashes output (pip-tools.readthedocs.io)")

_pw = rnd(50090, 40, _AL)
add("uv-toml/private-index-credential", "uv.toml", t("""[[index]]
name = "acme"
url = "https://ci:@PW@@pkgs.acme.io/pypi/simple/"
default = false

[pip]
no-binary = ["psycopg"]
""", PW=_pw), _pw, "uv.toml index table (docs.astral.sh/uv/configuration/indexes)")

_pw = rnd(50091, 24, _AL)
add("poetry-toml/private-index-credential", "poetry.toml", t("""[virtualenvs]
in-project = true

[repositories.acme]
url = "https://pkgs.dev.azure.com/acme/_packaging/python/pypi/upload"

[http-basic.acme]
username = "acme"
password = "@PW@"
""", PW=_pw), _pw, "Poetry local config http-basic credentials (python-poetry.org/docs/repositories)")

add("poetry-lock/decoy-hashes", "poetry.lock", t("""# This file is automatically @generated by Poetry 1.8.3 and should not be changed by hand.

[[package]]
name = "redis"
version = "5.0.8"
description = "Python client for Redis database and key-value store"
optional = false
python-versions = ">=3.7"
files = [
    {file = "redis-5.0.8-py3-none-any.whl", hash = "sha256:@A@"},
    {file = "redis-5.0.8.tar.gz", hash = "sha256:@B@"},
]

[metadata]
lock-version = "2.0"
python-versions = "^3.11"
content-hash = "@C@"
""", A=sha256(50092), B=sha256(50093), C=sha256(50094)), None, "poetry.lock (python-poetry.org)")

# ---------------------------------------------------------------- AWS files
_id, _sk = aws_pair(50095)
add("aws-credentials/aws-secret-key", "infra/ci/aws/credentials", t("""[default]
aws_access_key_id = @ID@
aws_secret_access_key = @SK@

[readonly]
role_arn = arn:aws:iam::481523907712:role/ReadOnly
source_profile = default
""", ID=_id, SK=_sk), _sk, "AWS shared credentials file (docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html)")

_id = fakes.aws_key_id(50096).replace("AKIA", "ASIA")
_sk = fakes.aws_secret_key(50097)
_st = fakes.aws_session_token(50098, "er-aws")
add("aws-credentials-sts/aws-secret-key", "home/ci/.aws/credentials", t("""# refreshed by aws-sso-util at 2024-11-18T09:12:44Z
[sso-prod]
aws_access_key_id = @ID@
aws_secret_access_key = @SK@
aws_session_token = @ST@
""", ID=_id, SK=_sk, ST=_st), _sk, "AWS credentials file with temporary STS credentials (docs.aws.amazon.com)")

_st = fakes.aws_session_token(50099)
add("dotenv/aws-session-token", "scripts/.env.assume-role", t("""# output of `aws sts assume-role ... | jq` pasted for the migration window
AWS_REGION=eu-north-1
AWS_SESSION_TOKEN=@ST@
AWS_ROLE_SESSION_NAME=migration-2024-11-18
AWS_DEFAULT_OUTPUT=json
""", ST=_st), _st, "env file holding only an STS session token (docs.aws.amazon.com sts assume-role)")

add("aws-config/decoy-profiles", "infra/aws/config", """[default]
region = eu-west-1
output = json

[profile prod-admin]
sso_session = acme
sso_account_id = 481523907712
sso_role_name = AdministratorAccess
region = eu-west-1

[profile ci]
credential_process = /usr/local/bin/aws-vault exec ci --json
role_arn = arn:aws:iam::481523907712:role/ci-deployer

[sso-session acme]
sso_start_url = https://acme.awsapps.com/start
sso_region = eu-west-1
""", None, "AWS config file with SSO and credential_process (docs.aws.amazon.com)")

add("aws-credentials/decoy-documented-example", "docs/aws/credentials.sample", """# Example taken from the AWS CLI guide; replace with your own keys.
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

[user1]
aws_access_key_id = AKIAI44QH8DHBEXAMPLE
aws_secret_access_key = je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY
""", None, "AWS documentation example keys (docs.aws.amazon.com cli-configure-files)")

add("log/decoy-presigned-url", "logs/export-worker.log", t("""2024-11-19 03:00:01,114 INFO export.run started batch=nightly
2024-11-19 03:00:09,872 INFO export.s3 uploaded key=exports/2024-11-19/orders.csv.gz size=18412331
2024-11-19 03:00:10,003 INFO export.notify link=https://acme-exports.s3.eu-west-1.amazonaws.com/exports/2024-11-19/orders.csv.gz?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=@ID@%2F20241119%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20241119T030010Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=@SIG@
2024-11-19 03:00:10,411 INFO export.run finished in 9.3s
2024-11-19 03:00:10,412 INFO export.run next run scheduled 2024-11-20T03:00:00Z
""", ID=fakes.aws_key_id(50100).replace("AKIA", "ASIA"), SIG=hexs(50101, 64)), None, "S3 presigned URL in a log line (docs.aws.amazon.com AmazonS3 using-presigned-url)")

_id, _sk = aws_pair(50102)
add("json-config/aws-secret-key", "config/storage.json", t("""{
  "storage": {
    "driver": "s3",
    "bucket": "acme-uploads-prod",
    "region": "ca-central-1",
    "credentials": {
      "accessKeyId": "@ID@",
      "secretAccessKey": "@SK@"
    },
    "maxUploadMb": 50
  }
}
""", ID=_id, SK=_sk), _sk, "Node/AWS SDK-style JSON config with accessKeyId/secretAccessKey (docs.aws.amazon.com sdk-for-javascript)")

_sk = fakes.aws_secret_key(50191)
add("ini-config-generic-names/aws-secret-key", "conf/backup.ini", t("""[backup]
source = /var/lib/app/media
schedule = 0 2 * * *

[s3]
endpoint = https://s3.eu-central-1.amazonaws.com
bucket = acme-media-backup
key = @ID@
secret = @SK@
""", ID=fakes.aws_key_id(50104), SK=_sk), _sk, "INI config with S3 key/secret under generic names (configparser)")

# ---------------------------------------------------------------- Redis config files
_pw = redis_pw(50105)
add("redis-conf/redis-password", "ops/redis/redis.conf", t("""# Redis configuration for the session cache
bind 127.0.0.1 10.0.4.11
port 6379
daemonize no
supervised systemd
pidfile /var/run/redis/redis-server.pid
loglevel notice
logfile /var/log/redis/redis-server.log
databases 16
save 900 1
save 300 10
dir /var/lib/redis
requirepass "@PW@"
maxclients 10000
maxmemory 2gb
maxmemory-policy volatile-lru
""", PW=_pw), _pw, "redis.conf requirepass (redis.io/docs/management/config-file)")

_pw = redis_pw(50106)
add("sentinel-conf/redis-password", "ops/redis/sentinel.conf", t("""port 26379
daemonize no
logfile ""
dir /tmp
sentinel monitor mymaster 10.0.4.11 6379 2
sentinel auth-pass mymaster @PW@
sentinel down-after-milliseconds mymaster 5000
sentinel parallel-syncs mymaster 1
sentinel failover-timeout mymaster 60000
""", PW=_pw), _pw, "sentinel.conf sentinel auth-pass (redis.io/docs/management/sentinel)")

_pw = redis_pw(50107)
add("redis-acl-file/redis-password", "ops/redis/users.acl", t("""# ACL file loaded by aclfile /etc/redis/users.acl; reload with ACL LOAD
user default off
user admin on >@PW@ ~* &* +@all
user metrics on #@H@ ~* +info +ping +client|list
user readonly on nopass ~cache:* +@read
""", PW=_pw, H=sha256(50108)), _pw, "Redis ACL file with >password rules (redis.io/docs/management/security/acl)")

add("redis-acl-file/decoy-hashed-only", "deploy/redis/users.acl", t("""# managed by ansible role redis_acl; do not edit on hosts
user default off
user app on #@H1@ ~app:* &* +@all -@dangerous
user exporter on #@H2@ ~* +info +ping +config|get
user replica-user on #97bad30629cc96ffeaec8c3a4764d1b5f9f40bc0a0497780dee1b8c4f47b99a8 +psync +replconf +ping
""", H1=sha256(50109), H2=sha256(50110)), None, "Redis ACL file with SHA-256 #hashes only (redis.io ACL docs)")

add("redis-conf/decoy-commented-default", "conf/redis-default.conf", """# Redis defaults shipped with the package; see docs/deploy.md
bind 127.0.0.1 -::1
protected-mode yes
port 6379
tcp-backlog 511
timeout 0
# requirepass foobared
# masterauth <master-password>
# aclfile /etc/redis/users.acl
appendonly no
""", None, "redis.conf with commented-out defaults (redis.io example redis.conf)")

_pw = redis_pw(50111)
add("redis-replica-conf/redis-password", "ops/redis/replica.conf", t("""include /etc/redis/redis-common.conf
replicaof 10.0.4.11 6379
masteruser replication
masterauth @PW@
replica-read-only yes
replica-serve-stale-data yes
repl-diskless-load on-empty-db
""", PW=_pw), _pw, "replica redis.conf masterauth (redis.io/docs/management/replication)")

# ---------------------------------------------------------------- service managers / web servers
_pw = human_pw(50112)
add("systemd-unit/database-password", "deploy/systemd/orders-api.service", t("""[Unit]
Description=Orders API (gunicorn)
After=network-online.target
Wants=network-online.target

[Service]
User=orders
Group=orders
WorkingDirectory=/srv/orders
Environment="DJANGO_SETTINGS_MODULE=orders.settings.prod"
Environment="DATABASE_URL=postgres://orders:@PW@@10.0.2.15:5432/orders"
ExecStart=/srv/orders/.venv/bin/gunicorn orders.wsgi -w 4 -b 127.0.0.1:8010
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", PW=_pw), _pw, "systemd service Environment= (freedesktop.org systemd.exec)")

add("systemd-unit/decoy-credentials-directive", "deploy/systemd/worker.service", """[Unit]
Description=Celery worker
After=redis.service

[Service]
Type=simple
User=celery
EnvironmentFile=/etc/shop/worker.env
LoadCredential=redis-password:/etc/credstore/redis-password
ExecStart=/srv/shop/.venv/bin/celery -A shop worker --loglevel=INFO
Restart=always

[Install]
WantedBy=multi-user.target
""", None, "systemd EnvironmentFile and LoadCredential (systemd.io/CREDENTIALS)")

_pw = redis_pw(50113)
add("supervisord-conf/redis-password", "deploy/supervisor/rq-worker.conf", t("""[program:rq-worker]
command=/srv/app/venv/bin/rq worker --url redis://:@PW@@127.0.0.1:6379/3 high default low
directory=/srv/app
user=app
numprocs=2
process_name=%(program_name)s_%(process_num)02d
autostart=true
autorestart=true
stdout_logfile=/var/log/supervisor/rq-worker.log
redirect_stderr=true
""", PW=_pw), _pw, "supervisord program section (supervisord.org/configuration.html); rq worker --url (python-rq.org)")

_pw = human_pw(50114)
add("uwsgi-ini/database-password", "deploy/uwsgi/app.ini", t("""[uwsgi]
module = portal.wsgi:application
master = true
processes = 8
socket = /run/uwsgi/portal.sock
chmod-socket = 660
vacuum = true
die-on-term = true
env = DJANGO_SETTINGS_MODULE=portal.settings.prod
env = DB_PASSWORD=@PW@
harakiri = 30
""", PW=_pw), _pw, "uWSGI ini env option (uwsgi-docs.readthedocs.io Options)")

_pw = rnd(50115, 16, _AL)
add("nginx-conf/service-password", "deploy/nginx/flower.conf", t("""server {
    listen 443 ssl http2;
    server_name flower.acme.io;

    ssl_certificate     /etc/letsencrypt/live/flower.acme.io/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/flower.acme.io/privkey.pem;

    location / {
        proxy_pass http://127.0.0.1:5555;
        proxy_set_header Host $host;
        # upstream flower expects basic auth; inject it here
        proxy_set_header Authorization "Basic @B@";
    }
}
""", B=b64("admin:" + _pw)), "admin:" + _pw, "nginx proxy_set_header Authorization Basic (nginx.org ngx_http_proxy_module)")

add("nginx-conf/decoy-cert-paths", "deploy/nginx/api.conf", """upstream api {
    server 127.0.0.1:8000;
    keepalive 32;
}
server {
    listen 443 ssl;
    server_name api.acme.io;
    ssl_certificate /etc/ssl/certs/api.acme.io.crt;
    ssl_certificate_key /etc/ssl/private/api.acme.io.key;
    ssl_password_file /etc/keys/global.pass;
    auth_basic "restricted";
    auth_basic_user_file /etc/nginx/.htpasswd;
    location / { proxy_pass http://api; }
}
""", None, "nginx with key/password file paths (nginx.org ngx_http_ssl_module)")

add("htpasswd/decoy-hashes", "deploy/nginx/.htpasswd", t("""admin:$apr1$@S1@$@H1@
ops:$2y$05$@H2@
grafana:{SHA}@H3@=
flower:$apr1$IWacDu9Y$F86aL3gw31Hi.eIgU3gZK7
prometheus:$2y$05$Tt.1HgkvOO4SPjY2Gn7jZiYNeWvHu671y6ubnjV2c/5PyO7PauuQp
""", S1=rnd(50116, 8), H1=rnd(50117, 22, _AL + "./"), H2=rnd(50118, 53, _AL + "./"), H3=rnd(50119, 27, _AL + "+/")), None, "htpasswd file of hashed passwords (httpd.apache.org htpasswd)")

# ---------------------------------------------------------------- docs
_pw = redis_pw(50120)
add("readme-md/redis-password", "docs/runbooks/cache-failover.md", t("""# Cache failover runbook

When the primary goes down, Sentinel promotes a replica within ~10 s. If it doesn't:

1. Check sentinel state:

   ```bash
   redis-cli -p 26379 sentinel get-master-addr-by-name mymaster
   ```

2. Promote manually on the healthiest replica:

   ```bash
   redis-cli -h 10.0.4.12 -a @PW@ replicaof no one
   ```

3. Update the `cache-primary` DNS record and page #platform.
""", PW=_pw), _pw, "Markdown runbook with a shell code block (CommonMark fenced code)")

add("readme-md/decoy-placeholders", "README.md", """# acme-client

Python client for the Acme API.

## Install

```bash
pip install acme-client
```

## Configure

```python
from acme_client import Client

client = Client(api_key="YOUR_API_KEY")  # or set ACME_API_KEY
```

For the CLI, put your credentials in `~/.config/acme/credentials.toml`:

```toml
api_key = "<your key>"
redis_url = "redis://:<password>@localhost:6379/0"
```
""", None, "package README with placeholders (packaging.python.org README)")

_tok = stripe_live(50121)
add("rst-docs/stripe-key", "docs/source/payments.rst", t("""Payments
========

The shop talks to Stripe through :mod:`shop.payments`. To try a refund against the live account
from a shell:

.. code-block:: console

   $ export STRIPE_API_KEY=@T@
   $ python -m shop.payments refund --charge ch_3PqY2c2eZvKYlo2C0r8l7m1x

.. note::

   Refunds over 500 EUR need a second approver.
""", T=_tok), _tok, "reStructuredText docs with a console code block (docutils, sphinx-doc.org)")

add("rst-docs/decoy-example-token", "docs/source/configuration.rst", """Configuration
=============

Set the upload token in ``~/.pypirc``::

    [pypi]
    username = __token__
    password = pypi-AgEIcHlwaS5vcmc...your-token...

or pass it in the environment::

    export TWINE_PASSWORD="$PYPI_TOKEN"

The Telegram notifier reads ``TELEGRAM_BOT_TOKEN`` (format ``<bot id>:<secret>``).
""", None, "rst docs with a truncated, self-declared example token")

add("markdown/decoy-public-key-and-cert", "docs/security/keys.md", t("""# Deploy keys

Add this public key to the `deploy` user's `authorized_keys`:

```
@PUB@ deploy@ci
```

The internal CA certificate (also in `certs/acme-ca.pem`):

```
@CERT@
```
""", PUB=ssh_pub(50122), CERT=cert(50123)), None, "docs with an SSH public key and a CA certificate")

# ---------------------------------------------------------------- Makefiles
_tok = fakes.pypi_token(50124)
add("makefile/pypi-token", "Makefile", t(""".PHONY: test build publish clean

PYTHON ?= python3
PYPI_TOKEN := @T@

test:
\t$(PYTHON) -m pytest -q

build: clean
\t$(PYTHON) -m build

publish: build
\t$(PYTHON) -m twine upload -u __token__ -p $(PYPI_TOKEN) dist/*

clean:
\trm -rf dist build *.egg-info
""", T=_tok), _tok, "GNU Makefile variable assignment (gnu.org/software/make/manual)")

_pw = human_pw(50125)
add("makefile/database-password", "ops/Makefile", t("""DB_HOST = pg-staging.acme.internal
DB_USER = migrator
DB_PASS = @PW@

.PHONY: migrate dump

migrate:
\tDATABASE_URL=postgresql://$(DB_USER):$(DB_PASS)@$(DB_HOST)/shop alembic upgrade head

dump:
\tPGPASSWORD=$(DB_PASS) pg_dump -h $(DB_HOST) -U $(DB_USER) shop > shop.sql
""", PW=_pw), _pw, "Makefile variables used in recipes (gnu.org make manual)")

add("makefile/decoy-env-refs", "docker/Makefile", """REGISTRY ?= registry.acme.io
TAG ?= $(shell git describe --tags --always)

login:
\t@echo "$$REGISTRY_PASSWORD" | docker login $(REGISTRY) -u "$$REGISTRY_USER" --password-stdin

push: login
\tdocker push $(REGISTRY)/shop:$(TAG)

release:
\ttwine upload -u __token__ -p "$${PYPI_TOKEN:?PYPI_TOKEN not set}" dist/*
""", None, "Makefile reading secrets from the environment")

# ---------------------------------------------------------------- logs
_pw = human_pw(50126)
add("log/database-password", "logs/app-2024-11-18.log", t("""2024-11-18T08:14:02.331Z INFO  startup: loading settings module orders.settings.prod
2024-11-18T08:14:02.512Z INFO  startup: connecting to database
2024-11-18T08:14:07.519Z ERROR sqlalchemy.pool: Exception during reset or similar
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "10.0.2.15", port 5432 failed: timeout expired
(Background on this error at: https://sqlalche.me/e/20/e3q8)
2024-11-18T08:14:07.520Z DEBUG startup: settings dump DATABASE_URL=postgresql://orders:@PW@@10.0.2.15:5432/orders
2024-11-18T08:14:07.611Z INFO  startup: retrying in 5s
""", PW=_pw), _pw, "application log with a settings dump (Python logging)")

add("log/decoy-masked", "logs/deploy-1182.log", """[2024-11-18 10:02:11] Deploying shop@4f1c9e2 to prod
[2024-11-18 10:02:12] Using DATABASE_URL=postgresql://shop:****@shop-db:5432/shop
[2024-11-18 10:02:12] Using REDIS_PASSWORD=[MASKED]
[2024-11-18 10:02:12] Using AWS_SECRET_ACCESS_KEY=********************
[2024-11-18 10:02:13] TWINE_PASSWORD=*** (from secret)
[2024-11-18 10:02:40] Migrations applied: 3
[2024-11-18 10:02:55] Deploy finished
""", None, "CI log with masked values (docs.github.com masking; GitLab masked variables)")

_tok = fakes.telegram_token(50127)
add("log/telegram-token", "var/log/notifier/error.log", t("""2024-11-20 22:41:07,003 ERROR notifier.telegram send failed
Traceback (most recent call last):
  File "/srv/notifier/notifier/telegram.py", line 41, in send
    resp.raise_for_status()
  File "/srv/notifier/.venv/lib/python3.11/site-packages/requests/models.py", line 1024, in raise_for_status
    raise HTTPError(http_error_msg, response=self)
requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://api.telegram.org/bot@T@/sendMessage
2024-11-20 22:41:07,004 WARNING notifier.telegram backing off 30s
""", T=_tok), _tok, "Python traceback logging a Bot API URL (core.telegram.org/bots/api#making-requests)")

# ---------------------------------------------------------------- SQL
_pw = human_pw(50128)
add("sql-roles/database-password", "db/roles/001_create_roles.sql", t("""-- Roles for the reporting stack. Run as superuser once per environment.
BEGIN;
CREATE ROLE reporting_ro NOLOGIN;
GRANT CONNECT ON DATABASE warehouse TO reporting_ro;
GRANT USAGE ON SCHEMA analytics TO reporting_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA analytics TO reporting_ro;

CREATE ROLE metabase LOGIN PASSWORD '@PW@' IN ROLE reporting_ro;
ALTER ROLE metabase SET statement_timeout = '120s';
COMMIT;
""", PW=_pw), _pw, "PostgreSQL CREATE ROLE ... PASSWORD (postgresql.org/docs/current/sql-createrole.html)")

_pw = rnd(50129, 20, _AL + "#$%")
add("sql-migration/database-password", "migrations/mysql/V12__replication_user.sql", t("""-- Flyway migration: replication account for the analytics replica
-- Requires MySQL 8.0.18+ (caching_sha2_password default)
CREATE USER IF NOT EXISTS 'repl'@'10.20.%' IDENTIFIED WITH caching_sha2_password BY '@PW@';
GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'repl'@'10.20.%';
ALTER USER 'repl'@'10.20.%' REQUIRE SSL;
""", PW=_pw), _pw, "Flyway versioned migration with MySQL CREATE USER (dev.mysql.com create-user; flywaydb.org)")

add("sql-dump/decoy-hashed-passwords", "db/fixtures/users_dump.sql", t("""-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: crm
-- ------------------------------------------------------
/*!40101 SET NAMES utf8mb4 */;
DROP TABLE IF EXISTS `auth_user`;
CREATE TABLE `auth_user` (
  `id` int NOT NULL AUTO_INCREMENT,
  `username` varchar(150) NOT NULL,
  `password` varchar(128) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
LOCK TABLES `auth_user` WRITE;
INSERT INTO `auth_user` VALUES (1,'admin','pbkdf2_sha256$720000$@S1@$@H1@='),(2,'support','pbkdf2_sha256$720000$@S2@$@H2@=');
UNLOCK TABLES;
""", S1=rnd(50130, 22), H1=rnd(50131, 43, _AL + "+/"), S2=rnd(50132, 22), H2=rnd(50133, 43, _AL + "+/")), None, "mysqldump output with Django PBKDF2 hashes (docs.djangoproject.com password hashing)")

_pw = human_pw(50134)
add("sql-dump/database-password", "db/dumps/pg_dumpall_globals.sql", t("""--
-- PostgreSQL database cluster dump
--

SET default_transaction_read_only = off;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

--
-- Roles
--

CREATE ROLE app;
ALTER ROLE app WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD '@PW@';
CREATE ROLE postgres;
ALTER ROLE postgres WITH SUPERUSER INHERIT CREATEROLE CREATEDB LOGIN REPLICATION BYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:@S@$@K@:@V@';
""", PW=_pw, S=rnd(50135, 24, _AL + "+/"), K=rnd(50136, 44, _AL + "+/"), V=rnd(50137, 44, _AL + "+/")), _pw, "pg_dumpall --globals-only output (postgresql.org app-pg-dumpall)")

add("sql-roles/decoy-psql-variable", "db/roles/002_app_role.sql", """-- usage: psql -v app_password="$APP_DB_PASSWORD" -f 002_app_role.sql
\\set ON_ERROR_STOP on
CREATE ROLE app LOGIN PASSWORD :'app_password';
GRANT CONNECT ON DATABASE shop TO app;
GRANT USAGE, CREATE ON SCHEMA public TO app;
""", None, "psql script taking the password from a -v variable (postgresql.org app-psql variables)")

# ---------------------------------------------------------------- TOML / JSON / INI configs
_pw = redis_pw(50138)
add("toml-config/redis-password", "config/production.toml", t("""[server]
host = "0.0.0.0"
port = 8080
workers = 4

[cache]
backend = "redis"
host = "10.8.0.21"
port = 6379
password = "@PW@"
db = 2
ttl_seconds = 900

[logging]
level = "info"
json = true
""", PW=_pw), _pw, "TOML application config (toml.io)")

add("pyproject/decoy-config", "pyproject.toml", """[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "acme-geo"
version = "1.4.0"
requires-python = ">=3.9"
dependencies = ["redis>=5", "boto3>=1.34"]

[tool.pytest.ini_options]
env = [
  "REDIS_PASSWORD=test",
  "AWS_ACCESS_KEY_ID=testing",
  "AWS_SECRET_ACCESS_KEY=testing",
]

[[tool.uv.index]]
name = "acme"
url = "https://pkgs.acme.io/pypi/simple/"
""", None, "pyproject.toml with test env values and an index without credentials (packaging.python.org pyproject)")

_tok = sendgrid(50139)
add("json-config/sendgrid-key", "config/mail.json", t("""{
  "provider": "sendgrid",
  "from": {"email": "no-reply@acme.io", "name": "Acme"},
  "sendgrid": {
    "apiKey": "@T@",
    "sandbox": false
  },
  "templates": {
    "welcome": "d-4f2a7c1e0b9d4c7f8a3b2e1d0c9b8a7f",
    "reset": "d-9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e"
  }
}
""", T=_tok), _tok, "JSON mail config with a SendGrid API key (docs.sendgrid.com api-keys)")

_sid = "AC" + hexs(50140, 32)
_tok = hexs(50141, 32)
add("ini-config/twilio-auth-token", "conf/sms.ini", t("""[sms]
provider = twilio
from_number = +14155550142

[twilio]
account_sid = @SID@
auth_token = @T@
status_callback = https://api.acme.io/hooks/sms-status
""", SID=_sid, T=_tok), _tok, "INI config with Twilio account SID and auth token (twilio.com/docs/iam/credentials)")

add("json-config/decoy-uuids-digests", "config/features.json", t("""{
  "tenant_id": "@U1@",
  "client_id": "@U2@",
  "build": {
    "commit": "@C@",
    "image_digest": "sha256:@D@"
  },
  "flags": {"new_checkout": true, "search_v2": false}
}
""", U1=uid(50142), U2=uid(50143), C=hexs(50144, 40), D=sha256(50145)), None, "JSON config with UUIDs, commit hash and image digest")

add("package-lock/decoy-integrity", "frontend/package-lock.json", t("""{
  "name": "shop-frontend",
  "version": "2.3.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/axios": {
      "version": "1.7.7",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.7.tgz",
      "integrity": "sha512-@I1@==",
      "license": "MIT"
    },
    "node_modules/redis": {
      "version": "4.7.0",
      "resolved": "https://registry.npmjs.org/redis/-/redis-4.7.0.tgz",
      "integrity": "sha512-@I2@=="
    }
  }
}
""", I1=rnd(50146, 86, _AL + "+/"), I2=rnd(50147, 86, _AL + "+/")), None, "npm package-lock.json integrity hashes (docs.npmjs.com package-lock-json)")

_pw = human_pw(50148)
add("alembic-ini/database-password", "alembic.ini", t("""[alembic]
script_location = migrations
prepend_sys_path = .
sqlalchemy.url = postgresql+psycopg://migrator:@PW@@db-prod.acme.internal:5432/inventory

[loggers]
keys = root,sqlalchemy,alembic

[logger_alembic]
level = INFO
handlers =
qualname = alembic
""", PW=_pw), _pw, "alembic.ini sqlalchemy.url (alembic.sqlalchemy.org tutorial)")

add("alembic-ini/decoy-placeholder-url", "migrations/alembic.ini", """[alembic]
script_location = %(here)s/versions
# set from env.py using os.environ["DATABASE_URL"]
sqlalchemy.url = driver://user:pass@localhost/dbname

[post_write_hooks]
hooks = ruff
ruff.type = exec
ruff.executable = ruff
""", None, "alembic.ini with the generated placeholder URL (alembic.sqlalchemy.org)")

_pw = human_pw(50149)
add("odbc-ini/database-password", "etc/odbc.ini", t("""[ReportsDSN]
Description = Reports warehouse (SQL Server)
Driver      = ODBC Driver 18 for SQL Server
Server      = tcp:sql-reports.acme.local,1433
Database    = Reports
UID         = etl_loader
PWD         = @PW@
Encrypt     = yes
TrustServerCertificate = no
""", PW=_pw), _pw, "unixODBC odbc.ini DSN (learn.microsoft.com sql odbc linux dsn)")

_pw = redis_pw(50150)
add("pgbouncer-userlist/database-password", "deploy/pgbouncer/userlist.txt", t(''';; auth_file for pgbouncer (auth_type = scram-sha-256)
;; keep in sync with roles on the primary
"app" "@PW@"
"stats" "md5@H@"
"pgbouncer_admin" "SCRAM-SHA-256$4096:@S@$@K@:@V@"
"pgbouncer_stats" "md5@H2@"
''', H2=hexs(50999, 32), PW=_pw, H=hexs(50151, 32), S=rnd(50152, 24, _AL + "+/"), K=rnd(50153, 44, _AL + "+/"), V=rnd(50154, 44, _AL + "+/")), _pw, "PgBouncer auth_file userlist.txt (pgbouncer.org/config.html#authentication-file-format)")

# ---------------------------------------------------------------- Go / Node / Ruby config in Python repos
_pw = human_pw(50155)
add("rails-database-yml/database-password", "legacy/admin/config/database.yml", t("""default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: admin_development

production:
  <<: *default
  host: admin-db.acme.internal
  database: admin_production
  username: admin_app
  password: @PW@
""", PW=_pw), _pw, "Rails config/database.yml (guides.rubyonrails.org configuring)")

add("rails-database-yml/decoy-erb-env", "legacy/billing/config/database.yml", """production:
  adapter: mysql2
  encoding: utf8mb4
  url: <%= ENV['DATABASE_URL'] %>
  password: <%= Rails.application.credentials.dig(:mysql, :password) %>
  pool: 10
""", None, "Rails database.yml reading ERB/credentials (guides.rubyonrails.org)")

_tok = gitlab_pat(50156)
add("node-npmrc/gitlab-token", "frontend/.npmrc", t("""@acme:registry=https://gitlab.acme.io/api/v4/projects/88/packages/npm/
//gitlab.acme.io/api/v4/projects/88/packages/npm/:_authToken=@T@
save-exact=true
engine-strict=true
fund=false
""", T=_tok), _tok, ".npmrc scoped registry with _authToken (docs.gitlab.com npm registry; docs.npmjs.com npmrc)")

add("node-npmrc/decoy-env-token", "tools/web/.npmrc", """registry=https://registry.npmjs.org/
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
@acme:registry=https://npm.pkg.github.com
always-auth=true
save-exact=true
""", None, ".npmrc reading the token from the environment (docs.npmjs.com)")

_pw = redis_pw(50157)
add("go-config-yaml/redis-password", "services/gateway/config/config.prod.yaml", t("""http:
  addr: ":8080"
  read_timeout: 5s
  write_timeout: 10s
redis:
  addrs: ["10.9.0.11:6379", "10.9.0.12:6379", "10.9.0.13:6379"]
  username: gateway
  password: "@PW@"
  pool_size: 50
rate_limit:
  per_minute: 600
""", PW=_pw), _pw, "Go service YAML config for go-redis cluster options (redis.uptrace.dev)")

_pw = human_pw(50158)
add("go-source/database-password", "services/ingest/internal/db/db.go", t('''package db

import (
	"database/sql"

	_ "github.com/go-sql-driver/mysql"
)

const dsn = "ingest:@PW@@tcp(ingest-db.acme.internal:3306)/ingest?parseTime=true&tls=skip-verify"

func Open() (*sql.DB, error) {
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(20)
	return db, nil
}
''', PW=_pw), _pw, "go-sql-driver/mysql DSN user:password@tcp(host)/db (github.com/go-sql-driver/mysql#dsn-data-source-name)")

add("go-sum/decoy-hashes", "services/ingest/go.sum", t("""github.com/go-sql-driver/mysql v1.8.1 h1:@A@=
github.com/go-sql-driver/mysql v1.8.1/go.mod h1:@B@=
github.com/redis/go-redis/v9 v9.7.0 h1:@C@=
github.com/redis/go-redis/v9 v9.7.0/go.mod h1:@D@=
filippo.io/edwards25519 v1.1.0 h1:@E@=
""", A=rnd(50159, 43, _AL + "+/"), B=rnd(50160, 43, _AL + "+/"), C=rnd(50161, 43, _AL + "+/"), D=rnd(50162, 43, _AL + "+/"), E=rnd(50163, 43, _AL + "+/")), None, "go.sum module hashes (go.dev/ref/mod#go-sum-files)")

_key = fakes.fake_pem(50164, "RSA")
add("pem-file/private-key", "legacy/admin/config/saml_sp_key.pem", _key + "\n", _key, "PEM private key file committed under config/ (RFC 7468)")

# ---------------------------------------------------------------- more kinds, more decoys
_tok = fakes.github_fine_grained_token(50165)
add("github-actions/github-token", ".github/workflows/sync-docs.yml", t("""name: sync-docs
on:
  schedule:
    - cron: "17 4 * * *"
  workflow_dispatch:
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          repository: acme/handbook
          token: @T@
          path: handbook
      - run: rsync -a handbook/docs/ docs/handbook/
      - run: |
          git config user.name docs-bot
          git commit -am "sync handbook" || true
          git push
""", T=_tok), _tok, "actions/checkout with a token input (github.com/actions/checkout)")

add("github-actions/decoy-repeated-placeholder", ".github/workflows/example-deploy.yml", """# Template workflow; copy into your repo and replace the values with secrets.
name: example-deploy
on: workflow_dispatch
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      GH_TOKEN: ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
      AWS_ACCESS_KEY_ID: AKIAXXXXXXXXXXXXXXXX
      AWS_SECRET_ACCESS_KEY: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
      STRIPE_KEY: sk_live_XXXXXXXXXXXXXXXXXXXXXXXX
    steps:
      - run: echo "replace me"
""", None, "workflow template with repeated-character placeholders after valid prefixes")

_key = fakes.fake_pem(50166, "OPENSSH")
add("k8s-secret-stringdata/private-key", "deploy/argocd/repo-creds.yaml", t("""apiVersion: v1
kind: Secret
metadata:
  name: repo-shop-deploy
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: git@github.com:acme/shop-deploy.git
  sshPrivateKey: |
@K@
""", K=indent(_key, 4)), _key, "Argo CD repository Secret with sshPrivateKey (argo-cd.readthedocs.io declarative-setup)")

add("k8s-secret-tls/decoy-certificate-configmap", "deploy/k8s/base/ca-bundle.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: acme-ca-bundle\n  namespace: shop\ndata:\n  ca.crt: |\n" + indent(cert(50167), 4) + "\n", None, "ConfigMap carrying a CA certificate bundle (kubernetes.io configmap)")

_tok = stripe_live(50168)
add("python-settings/stripe-key", "payments/settings.py", t('''import os

STRIPE_PUBLISHABLE_KEY = "pk_live_@PK@"
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "@T@")
STRIPE_WEBHOOK_TOLERANCE = 300
PAYMENT_CURRENCIES = ["eur", "usd", "gbp"]
REFUND_APPROVAL_LIMIT_CENTS = 50_000
''', PK=rnd(50169, 99), T=_tok), _tok, "Django/Python settings with an environment fallback default (docs.stripe.com/keys)")

_tok = slack_hook(50170)
add("python-module/slack-webhook", "monitoring/alerts.py", t('''import json
import urllib.request

WEBHOOK = "@T@"


def notify(text: str) -> None:
    body = json.dumps({"text": text}).encode()
    req = urllib.request.Request(WEBHOOK, data=body, headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=5)


if __name__ == "__main__":
    notify("backup finished")
''', T=_tok), _tok, "Slack incoming webhook URL in a script (api.slack.com/messaging/webhooks)")

_pw = phrase_pw(50171)
add("docker-compose/service-password", "monitoring/docker-compose.yml", t("""services:
  grafana:
    image: grafana/grafana:11.2.0
    ports: ["3000:3000"]
    environment:
      - GF_SECURITY_ADMIN_USER=admin
      - GF_SECURITY_ADMIN_PASSWORD=@PW@
      - GF_USERS_ALLOW_SIGN_UP=false
    volumes:
      - grafana-data:/var/lib/grafana
  prometheus:
    image: prom/prometheus:v2.54.1
    volumes:
      - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
volumes:
  grafana-data: {}
""", PW=_pw), _pw, "Grafana container admin password via GF_ env (grafana.com/docs/grafana/latest/setup-grafana/configure-docker)")

add("dotenv/decoy-sops-dotenv", ".env.prod.enc", t("""DATABASE_PASSWORD=@A@
REDIS_PASSWORD=@B@
AWS_SECRET_ACCESS_KEY=@C@
sops_version=3.8.1
sops_lastmodified=2024-10-02T09:14:51Z
sops_mac=@M@
sops_age__list_0__map_recipient=age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
""", A=sops(50172), B=sops(50173, 28), C=sops(50174, 56), M=sops(50175, 88)), None, "SOPS-encrypted dotenv file (github.com/getsops/sops)")

add("pypirc/decoy-keyring", ".pypirc", """[distutils]
index-servers =
    pypi
    acme

[pypi]
username = __token__
# password comes from keyring: `keyring set https://upload.pypi.org/legacy/ __token__`

[acme]
repository = https://pkgs.acme.io/pypi/
username = ci-uploader
""", None, ".pypirc without passwords, using keyring (twine.readthedocs.io keyring support)")

add("netrc/decoy-placeholder", "docs/examples/netrc.example", """# Example ~/.netrc for the private index; chmod 600 after copying.
machine pypi.acme.io
login <your-username>
password <your-access-token>

machine files.acme.io login <user> password <token>
""", None, ".netrc example with placeholders")

add("pip-conf/decoy-keyring-index", "ci/pip.conf", """[global]
index-url = https://pkgs.acme.io/pypi/simple/
extra-index-url = https://pypi.org/simple/
keyring-provider = subprocess

[install]
require-hashes = false
""", None, "pip.conf with keyring provider, no credentials in URL (pip.pypa.io authentication)")

add("terraform-resource/decoy-data-source", "infra/app/secrets.tf", """data "aws_secretsmanager_secret_version" "redis" {
  secret_id = "prod/shop/redis"
}

locals {
  redis_auth = jsondecode(data.aws_secretsmanager_secret_version.redis.secret_string)["auth_token"]
}

resource "kubernetes_secret" "redis" {
  metadata {
    name      = "redis-auth"
    namespace = "shop"
  }
  data = {
    "redis-password" = local.redis_auth
  }
}
""", None, "Terraform reading a password from Secrets Manager (registry.terraform.io aws_secretsmanager_secret_version)")

add("bash-history/decoy-read-s", "home/analyst/.bash_history", """cd ~/notebooks
read -s PGPASSWORD && export PGPASSWORD
psql -h warehouse.acme.internal -U analyst warehouse
unset PGPASSWORD
jupyter lab --no-browser --port 8890
sha256sum data/export.parquet
""", None, "bash history reading a password with read -s (gnu.org bash builtins)")

add("notebook/decoy-masked-output", "notebooks/03_connect.ipynb", notebook([
    code_cell(1, "from app.settings import settings\nprint(settings.database_url)",
              [stream("postgresql://analyst:**********@warehouse.acme.internal:5432/warehouse\n")]),
    code_cell(2, "settings.redis_password",
              [{"data": {"text/plain": ["SecretStr('**********')"]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}]),
]), None, "Notebook output where pydantic SecretStr masks values (docs.pydantic.dev SecretStr)")

add("k8s-configmap-block/decoy-nginx-conf", "deploy/k8s/base/nginx-configmap.yaml", """apiVersion: v1
kind: ConfigMap
metadata:
  name: nginx-conf
data:
  default.conf: |
    server {
      listen 8080;
      location /static/ { alias /srv/static/; expires 7d; }
      location / {
        proxy_pass http://127.0.0.1:8000;
        proxy_set_header X-Forwarded-Proto $scheme;
      }
    }
  REDIS_HOST: redis-master.cache.svc
  REDIS_PASSWORD_FILE: /etc/redis-auth/password
""", None, "ConfigMap with an nginx config block and a secret file path")

add("docker-config-json/decoy-credential-helper", "ci/docker/config.json", """{
  "auths": {
    "registry.acme.io": {},
    "ghcr.io": {}
  },
  "credsStore": "ecr-login",
  "credHelpers": {
    "481523907712.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login"
  },
  "currentContext": "default"
}
""", None, "Docker config.json using credential helpers (docs.docker.com/reference/cli/docker/login)")

_pw = rnd(50176, 22, _AL)
add("k8s-dockerconfigjson/service-password", "deploy/k8s/base/regcred.yaml", t("""apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: shop
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @B@
""", B=b64(json.dumps({"auths": {"registry.acme.io": {"username": "k8s-pull", "password": _pw, "auth": b64("k8s-pull:" + _pw)}}}))), _pw, "dockerconfigjson pull Secret (kubernetes.io pull-image-private-registry)")

add("json-config/decoy-jwks-public", "config/jwks.json", t("""{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "@K@",
      "alg": "RS256",
      "n": "@N@",
      "e": "AQAB"
    }
  ]
}
""", K=hexs(50177, 16), N=rnd(50178, 342, _AL + "-_")), None, "JWKS public key set (RFC 7517)")

add("helm-values/decoy-test-values", "charts/shop/ci/test-values.yaml", """# used by chart-testing (ct install) in CI; kind cluster only
redis:
  auth:
    password: test-password-not-secret
postgresql:
  auth:
    password: ct-dummy
secrets:
  awsSecretAccessKey: dummy
  telegramToken: "000000000:TEST_TOKEN_FOR_CHART_TESTING_ONLY"
""", None, "chart-testing values with self-declared dummy values (github.com/helm/chart-testing)")

add("shell-script/decoy-docker-secret-file", "docker/entrypoint.sh", """#!/bin/sh
set -e
# Docker/Kubernetes secrets are mounted as files; export them for the app.
if [ -f /run/secrets/redis_password ]; then
  export REDIS_PASSWORD="$(cat /run/secrets/redis_password)"
fi
: "${DATABASE_URL:?DATABASE_URL must be set}"
exec "$@"
""", None, "entrypoint reading Docker secrets from files (docs.docker.com/engine/swarm/secrets)")

_pw = redis_pw(50179)
add("python-module-split-string/redis-password", "app/cache.py", t('''import redis

_HOST = "cache-eu.acme.internal"
_PASS_PARTS = ("@A@", "@B@")  # split so grep for the password doesn't hit


def client() -> redis.Redis:
    return redis.Redis(host=_HOST, port=6379, password="".join(_PASS_PARTS), ssl=True)
''', A=_pw[:len(_pw) // 2], B=_pw[len(_pw) // 2:]), _pw, "redis-py client with a password assembled from parts (redis-py.readthedocs.io)")

# ---------------------------------------------------------------- extra carriers
_tok = fakes.pypi_token(50180)
add("noxfile/pypi-token", "noxfile.py", t('''import nox

nox.options.sessions = ["tests", "lint"]


@nox.session(python=["3.10", "3.11", "3.12"])
def tests(session):
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


@nox.session
def release(session):
    session.install("build", "twine")
    session.run("python", "-m", "build")
    session.run("twine", "upload", "dist/*", env={"TWINE_USERNAME": "__token__",
                                                  "TWINE_PASSWORD": "@T@"})
''', T=_tok), _tok, "nox session running twine with env= (nox.thea.codes; twine env vars)")

_tok = fakes.pypi_token(50181)
add("hatch-config/pypi-token", "tools/hatch/config.toml", t("""mode = "local"
shell = "zsh"

[dirs]
data = "~/.local/share/hatch"

[publish.index]
user = "__token__"
auth = "@T@"
repo = "main"

[terminal.styles]
info = "bold cyan"
""", T=_tok), _tok, "Hatch config.toml [publish.index] auth (hatch.pypa.io/latest/config/hatch)")

add("hatch-config/decoy-empty-auth", "tools/hatch/config.ci.toml", """mode = "project"

[publish.index]
user = "__token__"
auth = ""
disable = false

[publish.index.repos.private]
url = "https://pkgs.acme.io/pypi/"
""", None, "Hatch config with an empty auth (filled from HATCH_INDEX_AUTH)")

_tok = fakes.telegram_token(50182)
add("k8s-configmap/telegram-token", "deploy/k8s/bot/configmap.yaml", t("""apiVersion: v1
kind: ConfigMap
metadata:
  name: support-bot-config
  namespace: bots
data:
  LOG_LEVEL: info
  TELEGRAM_TOKEN: "@T@"
  WEBHOOK_URL: https://bots.acme.io/support/hook
  SUPPORT_CHAT_ID: "-1001640027719"
""", T=_tok), _tok, "ConfigMap env data consumed with envFrom (kubernetes.io configmap)")

_tok = fakes.telegram_token(50183)
add("crontab/telegram-token", "deploy/cron/healthcheck.cron", t("""SHELL=/bin/bash
PATH=/usr/local/bin:/usr/bin:/bin
MAILTO=""
# m h dom mon dow user command
*/5 * * * * root curl -fsS https://shop.acme.io/healthz >/dev/null || curl -s "https://api.telegram.org/bot@T@/sendMessage" -d chat_id=-1001874410023 -d text="shop healthz failing on $(hostname)"
15 3 * * * root /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1
""", T=_tok), _tok, "/etc/cron.d file with a Bot API call (man7.org crontab(5))")

add("crontab/decoy-env-file", "deploy/cron/reports.cron", """SHELL=/bin/bash
BASH_ENV=/etc/reports/env
# nightly KPI mail; credentials come from /etc/reports/env (root:root 0600)
30 6 * * 1-5 reports cd /srv/reports && .venv/bin/python -m reports.kpi --to kpi@acme.io
0 2 * * * reports /srv/reports/.venv/bin/python -m reports.cleanup --days 30
""", None, "cron.d file taking credentials from an environment file")

_id, _sk = aws_pair(50184)
add("s3cfg/aws-secret-key", "ops/backup/.s3cfg", t("""[default]
access_key = @ID@
secret_key = @SK@
bucket_location = EU
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
use_https = True
signature_v2 = False
""", ID=_id, SK=_sk), _sk, "s3cmd configuration file (s3tools.org/kb/item14.htm)")

_id, _sk = aws_pair(50185)
add("rclone-conf/aws-secret-key", "ops/rclone/rclone.conf", t("""[s3-archive]
type = s3
provider = AWS
env_auth = false
access_key_id = @ID@
secret_access_key = @SK@
region = eu-west-3
storage_class = GLACIER_IR

[local-nas]
type = local
""", ID=_id, SK=_sk), _sk, "rclone remote config for S3 (rclone.org/s3)")

_pw = redis_pw(50186)
add("procfile/redis-password", "Procfile", t("""web: gunicorn shop.wsgi --workers 3 --log-file -
worker: celery -A shop worker --broker redis://:@PW@@cache.acme.io:6379/0 --concurrency 4
beat: celery -A shop beat --loglevel info
release: python manage.py migrate --noinput
flower: celery -A shop flower --port=$PORT
""", PW=_pw), _pw, "Procfile process types (devcenter.heroku.com/articles/procfile)")

_pw = human_pw(50187)
add("pgpass/database-password", "ops/.pgpass", t("""# hostname:port:database:username:password
orders-prod.acme.internal:5432:orders:orders_admin:@PW@
orders-replica.acme.internal:5432:*:readonly:@PW@
localhost:5432:*:postgres:postgres
localhost:6432:pgbouncer:pgbouncer_admin:*
""", PW=_pw), _pw, "libpq password file (postgresql.org/docs/current/libpq-pgpass.html)")

add("pgpass/decoy-placeholder", "docs/examples/pgpass.sample", """# Copy to ~/.pgpass and chmod 0600.
# hostname:port:database:username:password
localhost:5432:*:postgres:CHANGE_ME
*:5432:app:app:<password from 1Password "app db">
*:5432:replication:replicator:CHANGE_ME
""", None, "pgpass sample with placeholders")

add("k8s-secret-data/decoy-base64-placeholder", "deploy/k8s/dev/secret-dev.yaml", t("""apiVersion: v1
kind: Secret
metadata:
  name: shop-secrets
  namespace: shop-dev
  annotations:
    note: "dev defaults, overridden by the ExternalSecret in staging/prod"
type: Opaque
data:
  DATABASE_PASSWORD: @A@
  REDIS_PASSWORD: @B@
  SECRET_KEY: @C@
""", A=b64("changeme"), B=b64("password"), C=b64("dev-secret-key-not-for-production")), None, "Kubernetes Secret whose base64 values decode to placeholders")

add("gitlab-ci/decoy-ci-job-token", "ci/templates/python-build.gitlab-ci.yml", """.python-build:
  image: python:3.12
  variables:
    PIP_EXTRA_INDEX_URL: https://gitlab-ci-token:${CI_JOB_TOKEN}@gitlab.acme.io/api/v4/groups/12/-/packages/pypi/simple
  before_script:
    - pip install --upgrade pip build twine
  script:
    - python -m build
    - TWINE_PASSWORD=${CI_JOB_TOKEN} TWINE_USERNAME=gitlab-ci-token python -m twine upload --repository-url ${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/pypi dist/*
""", None, "GitLab CI using the predefined CI_JOB_TOKEN (docs.gitlab.com user/packages/pypi_repository)")

_pw = rnd(50188, 32, _AL)
add("tox-ini/private-index-credential", "tox.ini", t("""[tox]
envlist = py310,py311,py312,lint
isolated_build = true

[testenv]
setenv =
    PIP_EXTRA_INDEX_URL = https://reader:@PW@@pypi.acme.io/simple/
deps =
    pytest
    pytest-cov
commands = pytest --cov=acme_geo {posargs}

[testenv:lint]
deps = ruff
commands = ruff check src tests
""", PW=_pw), _pw, "tox.ini setenv with an index URL (tox.wiki config)")
