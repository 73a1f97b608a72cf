"""Blind set B: whole files as teams commit or ship them, each with one planted fake or none.

Written without reading the scanner's detectors or its other test data: every credential here
is generated from a seed (30000 and up), never issued. `secret` is what a gate must report (the
decoded value of a base64 field, the password of a URL, the assembled value of a split string);
None marks a decoy a good gate lets through.
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import Any, Dict, List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

CASES: List[LabelledCase] = []

_ALNUM = string.ascii_letters + string.digits
_WORDS = [
    "harbor", "maple", "copper", "orbit", "falcon", "sunset", "winter", "bluebird", "pepper",
    "castle", "rocket", "meadow", "quartz", "nimbus", "violet", "jasper", "thunder", "lantern",
    "pickle", "walrus", "cobalt", "saffron", "tundra", "monsoon", "biscuit", "granite", "otter",
    "pelican", "marble", "juniper", "avocado", "canyon", "ember", "glacier", "hazel", "kestrel",
]


def _rng(seed: int) -> random.Random:
    return random.Random(seed * 7919 + 13)


def human_password(seed: int, url_safe: bool = True) -> str:
    """Passwords the way people choose them: words, a year or digits, a symbol or two."""
    rng = _rng(seed)
    symbols = "!-_.*" if url_safe else "!#$%&*-_.?"
    word = rng.choice(_WORDS)
    style = rng.randrange(5)
    if style == 0:
        return word.capitalize() + str(rng.randint(1985, 2026)) + rng.choice(symbols)
    if style == 1:
        return word + rng.choice(symbols) + rng.choice(_WORDS).capitalize() + str(rng.randint(10, 99))
    if style == 2:
        leet = word.replace("a", "@" if not url_safe else "4").replace("o", "0").replace("e", "3")
        return leet.capitalize() + rng.choice(symbols) + str(rng.randint(100, 9999))
    if style == 3:
        return rng.choice(symbols).join([word.capitalize(), rng.choice(_WORDS), str(rng.randint(1, 999))])
    return word.upper()[:3] + rng.choice(_WORDS) + str(rng.randint(2000, 2030)) + rng.choice(symbols) + rng.choice(symbols)


def passphrase(seed: int, sep: str = "-", words: int = 4) -> str:
    rng = _rng(seed)
    return sep.join(rng.choice(_WORDS) for _ in range(words))


def random_password(seed: int, length: int = 24, extra: str = "") -> str:
    rng = _rng(seed)
    return "".join(rng.choice(_ALNUM + extra) for _ in range(length))


def hex_secret(seed: int, length: int = 32) -> str:
    rng = _rng(seed)
    return "".join(rng.choice("0123456789abcdef") for _ in range(length))


def slack_bot_token(seed: int) -> str:
    rng = _rng(seed)
    tail = "".join(rng.choice(_ALNUM) for _ in range(24))
    return f"xoxb-{rng.randint(10**10, 10**11 - 1)}-{rng.randint(10**12, 10**13 - 1)}-{tail}"


def slack_webhook(seed: int) -> str:
    rng = _rng(seed)
    upper = string.ascii_uppercase + string.digits
    team = "T" + "".join(rng.choice(upper) for _ in range(8))
    hook = "B" + "".join(rng.choice(upper) for _ in range(10))
    tail = "".join(rng.choice(_ALNUM) for _ in range(24))
    return f"https://hooks.slack.com/services/{team}/{hook}/{tail}"


def stripe_secret(seed: int) -> str:
    rng = _rng(seed)
    if seed % 2:
        return "sk_live_" + "".join(rng.choice(_ALNUM) for _ in range(24))
    return "sk_live_51" + "".join(rng.choice(_ALNUM) for _ in range(97))


def sendgrid_key(seed: int) -> str:
    rng = _rng(seed)
    url64 = _ALNUM + "-_"
    return "SG." + "".join(rng.choice(url64) for _ in range(22)) + "." + "".join(rng.choice(url64) for _ in range(43))


def gitlab_token(seed: int) -> str:
    rng = _rng(seed)
    return "glpat-" + "".join(rng.choice(_ALNUM + "-_") for _ in range(20))


def github_fine_grained(seed: int) -> str:
    rng = _rng(seed)
    return "github_pat_11" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(20)) + "_" + "".join(
        rng.choice(_ALNUM) for _ in range(59)
    )


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def notebook(cells: List[Dict[str, Any]], kernel: str = "python3") -> str:
    """An .ipynb as Jupyter writes it (nbformat 4, one-space indent, sources split into lines)."""
    nb_cells = []
    for number, cell in enumerate(cells, 1):
        lines = cell["source"].split("\n")
        source = [line + "\n" for line in lines[:-1]] + [lines[-1]]
        if cell.get("markdown"):
            nb_cells.append({"cell_type": "markdown", "metadata": {}, "source": source})
            continue
        outputs = []
        if "stdout" in cell:
            out_lines = cell["stdout"].rstrip("\n").split("\n")
            out_lines[-1] += "\n"
            outputs.append({"name": "stdout", "output_type": "stream", "text": [l + "\n" for l in out_lines[:-1]] + [out_lines[-1]]})
        if "result" in cell:
            outputs.append({"data": {"text/plain": [cell["result"]]}, "execution_count": number, "metadata": {}, "output_type": "execute_result"})
        if "png" in cell:
            outputs.append({"data": {"image/png": cell["png"], "text/plain": ["<Figure size 640x480 with 1 Axes>"]}, "metadata": {}, "output_type": "display_data"})
        nb_cells.append({"cell_type": "code", "execution_count": number, "metadata": {}, "outputs": outputs, "source": source})
    document = {
        "cells": nb_cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": kernel},
            "language_info": {"name": "python", "version": "3.11.6"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase("blind-b/" + category, file_name, text, secret, source))


# --------------------------------------------------------------------------------------------
# Kubernetes manifests and Secrets
# --------------------------------------------------------------------------------------------

_pw = fakes.redis_password(30001)
add("k8s-secret/redis", "deploy/k8s/cache/redis-auth.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: redis-auth
  namespace: checkout
  labels:
    app.kubernetes.io/name: redis
    app.kubernetes.io/part-of: checkout
type: Opaque
data:
  redis-password: {b64(_pw)}
""", _pw, "Kubernetes docs: Secret with base64 data (kubectl create secret generic -o yaml)")

_pw = human_password(30002)
add("k8s-secret/database", "k8s/postgres/secret.yaml", f"""---
apiVersion: v1
kind: Secret
metadata:
  name: postgres-credentials
  namespace: data
type: Opaque
stringData:
  POSTGRES_USER: orders
  POSTGRES_DB: orders
  POSTGRES_PASSWORD: "{_pw}"
""", _pw, "Kubernetes docs: Secret stringData field")

_kid, _sk = fakes.aws_key_id(30003), fakes.aws_secret_key(30003)
add("k8s-secret/aws", "manifests/ingest/aws-credentials.yml", f"""apiVersion: v1
data:
  AWS_ACCESS_KEY_ID: {b64(_kid)}
  AWS_DEFAULT_REGION: {b64("eu-west-1")}
  AWS_SECRET_ACCESS_KEY: {b64(_sk)}
kind: Secret
metadata:
  creationTimestamp: null
  name: ingest-aws
  namespace: ingest
""", _sk, "kubectl create secret generic --dry-run=client -o yaml (keys sorted, creationTimestamp null)")

_pw = fakes.redis_password(30004)
add("k8s-configmap/redis", "deploy/base/redis-config.yaml", f"""apiVersion: v1
kind: ConfigMap
metadata:
  name: redis-config
data:
  redis.conf: |
    bind 0.0.0.0
    port 6379
    protected-mode yes
    maxmemory 256mb
    maxmemory-policy allkeys-lru
    appendonly yes
    requirepass {_pw}
    save 900 1
    save 300 10
""", _pw, "Kubernetes tutorial 'Configuring Redis using a ConfigMap' (redis.conf in a | block)")

_pw = human_password(30005)
add("k8s-configmap/database", "deploy/overlays/prod/app-env.yaml", f"""apiVersion: v1
kind: ConfigMap
metadata:
  name: webshop-env
  namespace: webshop-prod
data:
  .env: |
    DJANGO_SETTINGS_MODULE=webshop.settings.production
    ALLOWED_HOSTS=shop.example.org
    DATABASE_URL=postgres://webshop:{_pw}@pg-primary.data.svc.cluster.local:5432/webshop
    CACHE_URL=redis://redis-master.cache.svc:6379/1
    LOG_LEVEL=info
""", _pw, "kustomize configMapGenerator output holding a whole .env file")

_tok = fakes.telegram_token(30006)
add("k8s-deployment/telegram", "k8s/alerts-bot/deployment.yaml", f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: alerts-bot
spec:
  replicas: 1
  selector:
    matchLabels:
      app: alerts-bot
  template:
    metadata:
      labels:
        app: alerts-bot
    spec:
      containers:
        - name: bot
          image: registry.gitlab.com/ops/alerts-bot:1.4.2
          env:
            - name: TELEGRAM_BOT_TOKEN
              value: "{_tok}"
            - name: ALERT_CHAT_ID
              value: "-1001873265511"
          resources:
            limits:
              memory: 128Mi
""", _tok, "Kubernetes docs: container env with a literal value")

_pw = random_password(30007, 20)
add("k8s-cronjob/database", "k8s/jobs/nightly-dump.yaml", f"""apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly-dump
spec:
  schedule: "30 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: pg-dump
              image: postgres:16-alpine
              command: ["/bin/sh", "-c"]
              args:
                - pg_dump "postgresql://backup:{_pw}@db.internal:5432/billing" | gzip > /backup/billing-$(date +%F).sql.gz
              volumeMounts:
                - name: backup
                  mountPath: /backup
          volumes:
            - name: backup
              persistentVolumeClaim:
                claimName: pg-backup
""", _pw, "Kubernetes docs: CronJob with command/args")

_pw = human_password(30008)
add("k8s-secret/database", "helm-releases/analytics/mongo-secret.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: analytics-mongo
type: Opaque
stringData:
  MONGODB_URI: "mongodb://analytics:{_pw}@mongo-0.mongo:27017,mongo-1.mongo:27017/analytics?replicaSet=rs0&authSource=admin"
""", _pw, "MongoDB connection string docs, in a Kubernetes Secret stringData")

_pem = fakes.fake_pem(30009, kind="EC")
_crt = b64("-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ1\n-----END CERTIFICATE-----\n")
add("k8s-secret/private-key", "k8s/ingress/tls-secret.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: api-tls
  namespace: ingress
type: kubernetes.io/tls
data:
  tls.crt: {_crt}
  tls.key: {b64(_pem + chr(10))}
""", _pem, "Kubernetes docs: TLS Secret (kubernetes.io/tls) with base64 tls.key")

add("k8s-deployment/decoy-k8s-secretkeyref", "k8s/api/deployment.yaml", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/api:2.3.0
          env:
            - name: REDIS_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: redis-auth
                  key: redis-password
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: postgres-credentials
                  key: POSTGRES_PASSWORD
            - name: AWS_REGION
              value: eu-west-1
""", None, "Kubernetes docs: env from secretKeyRef")

add("k8s-external-secret/decoy-k8s-external-secret", "k8s/api/external-secret.yaml", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: api-db
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secretsmanager
    kind: ClusterSecretStore
  target:
    name: api-db
  data:
    - secretKey: password
      remoteRef:
        key: prod/api/postgres
        property: password
    - secretKey: redis-password
      remoteRef:
        key: prod/api/redis
        property: auth_token
""", None, "External Secrets Operator docs: ExternalSecret")

_rng_sealed = _rng(30010)
_sealed = ["Ag" + "".join(_rng_sealed.choice(_ALNUM + "+/") for _ in range(340)) + "==" for _ in range(2)]
add("k8s-sealed-secret/decoy-k8s-sealed-secret", "k8s/api/sealed-db.yaml", f"""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  creationTimestamp: null
  name: api-db
  namespace: api
spec:
  encryptedData:
    password: {_sealed[0]}
    username: {_sealed[1]}
  template:
    metadata:
      creationTimestamp: null
      name: api-db
      namespace: api
""", None, "Bitnami sealed-secrets: kubeseal -o yaml output")

add("k8s-secret/decoy-placeholder", "k8s/examples/secret-template.yaml", f"""# Copy to secret.yaml and fill in real values; do not commit the copy.
apiVersion: v1
kind: Secret
metadata:
  name: worker-secrets
type: Opaque
data:
  REDIS_PASSWORD: {b64("changeme")}
  DB_PASSWORD: {b64("<db-password>")}
  API_TOKEN: ""
""", None, "Kubernetes Secret template with placeholder values")

add("k8s-configmap/decoy-commented", "k8s/redis/configmap.yaml", """apiVersion: v1
kind: ConfigMap
metadata:
  name: redis-conf
data:
  redis.conf: |
    # Authentication comes from the REDIS_PASSWORD env, passed by the entrypoint.
    # requirepass foobared
    bind 0.0.0.0
    maxmemory 512mb
    maxmemory-policy volatile-lru
    tcp-keepalive 60
""", None, "redis.conf default comment (requirepass foobared) in a ConfigMap")

add("k8s-secret/decoy-k8s-serviceaccount-token-ref", "k8s/ci/runner-sa.yaml", """apiVersion: v1
kind: ServiceAccount
metadata:
  name: ci-runner
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/ci-runner
---
apiVersion: v1
kind: Secret
metadata:
  name: ci-runner-token
  annotations:
    kubernetes.io/service-account.name: ci-runner
type: kubernetes.io/service-account-token
""", None, "Kubernetes docs: IRSA annotation and a service-account token Secret (filled by the cluster)")

# --------------------------------------------------------------------------------------------
# Helm values and templates
# --------------------------------------------------------------------------------------------

_pw = fakes.redis_password(30011)
add("helm-values/redis", "charts/storefront/values-prod.yaml", f"""replicaCount: 3
image:
  repository: ghcr.io/acme/storefront
  tag: "5.12.0"
redis:
  enabled: true
  architecture: replication
  auth:
    enabled: true
    password: "{_pw}"
  master:
    persistence:
      size: 8Gi
ingress:
  enabled: true
  hosts:
    - host: shop.acme.io
      paths: ["/"]
""", _pw, "Bitnami redis chart values: auth.password")

_pw = human_password(30012)
add("helm-values/database", "helm/values.production.yaml", f"""postgresql:
  enabled: true
  auth:
    username: keycloak
    password: {_pw}
    database: keycloak
  primary:
    resources:
      requests:
        memory: 512Mi
keycloak:
  replicas: 2
""", _pw, "Bitnami postgresql chart values: auth.password")

_kid, _sk = fakes.aws_key_id(30013), fakes.aws_secret_key(30013)
add("helm-values/aws", "deploy/chart/values.yaml", f"""# Values for the media-uploader chart
nameOverride: ""
s3:
  bucket: acme-media-prod
  region: us-east-1
  accessKeyId: {_kid}
  secretAccessKey: {_sk}
service:
  type: ClusterIP
  port: 8080
""", _sk, "Helm chart values with S3 credentials")

_tok = fakes.telegram_token(30014)
add("helm-values/telegram", "charts/notifier/values.yaml", f"""notifier:
  telegram:
    enabled: true
    botToken: '{_tok}'
    chatId: '-1002233445566'
  email:
    enabled: false
resources: {{}}
""", _tok, "Helm chart values")

add("helm-template/decoy-helm-template", "charts/storefront/templates/secret.yaml", """apiVersion: v1
kind: Secret
metadata:
  name: {{ include "storefront.fullname" . }}
  labels:
    {{- include "storefront.labels" . | nindent 4 }}
type: Opaque
data:
  redis-password: {{ .Values.redis.auth.password | b64enc | quote }}
  {{- if .Values.postgresql.auth.password }}
  db-password: {{ .Values.postgresql.auth.password | b64enc | quote }}
  {{- else }}
  db-password: {{ randAlphaNum 24 | b64enc | quote }}
  {{- end }}
""", None, "Helm docs: template functions b64enc, randAlphaNum")

add("helm-values/decoy-helm-existing-secret", "charts/redis-cache/values.yaml", """auth:
  enabled: true
  # Use an existing secret holding the password under the key below.
  existingSecret: redis-cache-auth
  existingSecretPasswordKey: redis-password
  password: ""
master:
  persistence:
    enabled: false
replica:
  replicaCount: 2
""", None, "Bitnami redis chart values: auth.existingSecret")

add("helm-values/decoy-helm-placeholder", "charts/keycloak/values.example.yaml", """postgresql:
  auth:
    username: keycloak
    password: <REPLACE_WITH_DB_PASSWORD>
    database: keycloak
keycloak:
  admin:
    user: admin
    password: "CHANGE_ME"
""", None, "Helm values example with placeholders")

add("helm-values/decoy-helm-vault-annotations", "charts/payments/values.yaml", """podAnnotations:
  vault.hashicorp.com/agent-inject: "true"
  vault.hashicorp.com/role: "payments"
  vault.hashicorp.com/agent-inject-secret-db: "database/creds/payments"
  vault.hashicorp.com/agent-inject-template-db: |
    {{- with secret "database/creds/payments" -}}
    postgresql://{{ .Data.username }}:{{ .Data.password }}@postgres:5432/payments
    {{- end }}
""", None, "Vault Agent injector annotations")

# --------------------------------------------------------------------------------------------
# docker-compose
# --------------------------------------------------------------------------------------------

_pw = fakes.redis_password(30020)
add("compose-exec-form/redis", "docker-compose.yml", f"""version: "3.8"
services:
  web:
    build: .
    ports:
      - "8000:8000"
    depends_on:
      - redis
  redis:
    image: redis:7.2-alpine
    command: ["redis-server", "--requirepass", "{_pw}", "--appendonly", "yes"]
    volumes:
      - redis-data:/data
volumes:
  redis-data:
""", _pw, "Docker Compose spec: command in exec form; redis-server --requirepass")

_pw = human_password(30021)
add("compose/database", "infra/local/compose.yaml", f"""services:
  db:
    image: postgres:15
    restart: unless-stopped
    environment:
      POSTGRES_USER: metabase
      POSTGRES_DB: metabase
      POSTGRES_PASSWORD: {_pw}
    volumes:
      - pgdata:/var/lib/postgresql/data
  metabase:
    image: metabase/metabase:v0.48.0
    ports: ["3000:3000"]
volumes:
  pgdata: {{}}
""", _pw, "Docker Compose spec: environment as a map; postgres image docs")

_pw = human_password(30022, url_safe=False)
add("compose-list-env/database", "wordpress/docker-compose.yaml", f"""version: '3.1'

services:
  wordpress:
    image: wordpress
    restart: always
    ports:
      - 8080:80
    environment:
      - WORDPRESS_DB_HOST=db
      - WORDPRESS_DB_USER=wpuser
      - WORDPRESS_DB_NAME=wordpress
  db:
    image: mysql:8.0
    restart: always
    environment:
      - MYSQL_DATABASE=wordpress
      - MYSQL_USER=wpuser
      - MYSQL_ROOT_PASSWORD={_pw}
""", _pw, "Docker Hub wordpress image docs: compose with environment as a list")

_pw = random_password(30023, 28)
add("compose-healthcheck/redis", "deploy/compose/cache.yml", f"""services:
  cache:
    image: redis:7
    command: redis-server /usr/local/etc/redis/redis.conf
    volumes:
      - ./redis.conf:/usr/local/etc/redis/redis.conf:ro
    healthcheck:
      test: ["CMD", "redis-cli", "-a", "{_pw}", "--no-auth-warning", "ping"]
      interval: 10s
      timeout: 3s
      retries: 5
""", _pw, "Docker Compose spec: healthcheck test in exec form")

_pw = passphrase(30024, sep="_", words=3)
add("compose/database", "services/ledger/docker-compose.dev.yml", f"""services:
  ledger:
    build:
      context: .
      target: dev
    environment:
      DATABASE_URL: "mysql://ledger:{_pw}@mariadb:3306/ledger?charset=utf8mb4"
      FLASK_ENV: development
    depends_on: [mariadb]
  mariadb:
    image: mariadb:11
    environment:
      MARIADB_RANDOM_ROOT_PASSWORD: "yes"
""", _pw, "Docker Compose environment map with a database URL")

_kid, _sk = fakes.aws_key_id(30025), fakes.aws_secret_key(30025)
add("compose/aws", "backup/docker-compose.yml", f"""services:
  restic:
    image: restic/restic:0.16.2
    entrypoint: ["restic", "backup", "/data"]
    environment:
      - RESTIC_REPOSITORY=s3:s3.amazonaws.com/acme-backups/nas
      - AWS_ACCESS_KEY_ID={_kid}
      - AWS_SECRET_ACCESS_KEY={_sk}
    volumes:
      - /srv/data:/data:ro
""", _sk, "restic docs: S3 repository credentials through the environment")

_pw = human_password(30026)
add("compose/generic-password", "docker-compose.override.yml", f"""services:
  rabbitmq:
    image: rabbitmq:3-management
    hostname: rabbit
    environment:
      RABBITMQ_DEFAULT_USER: celery
      RABBITMQ_DEFAULT_PASS: "{_pw}"
    ports:
      - "15672:15672"
""", _pw, "Docker Hub rabbitmq image docs: RABBITMQ_DEFAULT_PASS")

_pw = fakes.redis_password(30027)
add("compose/redis", "ops/sentry/docker-compose.yml", f"""x-restart: &restart
  restart: unless-stopped
services:
  redis:
    <<: *restart
    image: redis:6.2-alpine
    command: redis-server --save 60 1 --loglevel warning --requirepass {_pw}
  worker:
    <<: *restart
    image: getsentry/sentry:23.11.0
    command: run worker
""", _pw, "Docker Compose command as a string; YAML anchors")

add("compose/decoy-interpolation", "examples/compose/docker-compose.yml", """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
      POSTGRES_USER: ${POSTGRES_USER:-app}
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
  app:
    image: acme/app:latest
    environment:
      DATABASE_URL: postgres://${POSTGRES_USER:-app}:${POSTGRES_PASSWORD}@db:5432/app
""", None, "Docker Compose docs: variable interpolation ${VAR:?err} ${VAR:-default}")

add("compose/decoy-secrets-file", "stack/docker-stack.yml", """version: "3.9"
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets:
      - db_password
  api:
    image: acme/api:3.1
    env_file:
      - ./api.env
secrets:
  db_password:
    file: ./secrets/db_password.txt
""", None, "Docker docs: Compose secrets and *_FILE variables")

add("compose/decoy-healthcheck-env", "compose.redis.yml", """services:
  redis:
    image: redis:7.2
    environment:
      REDIS_PASSWORD: ${REDIS_PASSWORD}
    command: sh -c 'exec redis-server --requirepass "$$REDIS_PASSWORD"'
    healthcheck:
      test: ["CMD-SHELL", "redis-cli -a \\"$$REDIS_PASSWORD\\" --no-auth-warning ping | grep PONG"]
      interval: 5s
""", None, "Docker Compose docs: $$ escapes a dollar for the container shell")

add("compose/decoy-dev-defaults", "dev/docker-compose.test.yml", """# Throwaway containers for the test suite; these values never leave CI.
services:
  postgres:
    image: postgres:16-alpine
    environment:
      POSTGRES_PASSWORD: postgres
      POSTGRES_HOST_AUTH_METHOD: trust
    tmpfs: /var/lib/postgresql/data
  redis:
    image: redis:7-alpine
""", None, "postgres image docs: the default postgres/postgres test setup")

# --------------------------------------------------------------------------------------------
# Terraform
# --------------------------------------------------------------------------------------------

_kid, _sk = fakes.aws_key_id(30030), fakes.aws_secret_key(30030)
add("terraform/aws", "infra/terraform/providers.tf", f"""terraform {{
  required_version = ">= 1.5"
  required_providers {{
    aws = {{
      source  = "hashicorp/aws"
      version = "~> 5.30"
    }}
  }}
}}

provider "aws" {{
  region     = "eu-central-1"
  access_key = "{_kid}"
  secret_key = "{_sk}"
}}
""", _sk, "Terraform AWS provider docs: static credentials")

_pw = human_password(30031)
add("tfvars/database", "infra/envs/prod/terraform.tfvars", f"""environment      = "prod"
instance_class   = "db.t4g.medium"
allocated_storage = 100
db_name          = "orders"
db_username      = "orders_admin"
db_password      = "{_pw}"
multi_az         = true
""", _pw, "Terraform docs: variable definitions (.tfvars) files")

_pw = random_password(30032, 32)
add("terraform/redis", "terraform/modules/cache/main.tf", f"""resource "aws_elasticache_replication_group" "sessions" {{
  replication_group_id       = "sessions-prod"
  description                = "Session store"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  auth_token                 = "{_pw}"
  subnet_group_name          = aws_elasticache_subnet_group.this.name
}}
""", _pw, "Terraform AWS provider: aws_elasticache_replication_group auth_token")

_tok = fakes.telegram_token(30033)
add("tfvars/telegram", "monitoring/grafana.auto.tfvars", f"""grafana_url       = "https://grafana.ops.acme.io"
alert_contact     = "oncall-telegram"
telegram_chat_id  = "-1009988776655"
telegram_bot_token = "{_tok}"
grafana_folder    = "Platform"
""", _tok, "Terraform *.auto.tfvars; Grafana provider telegram contact point")

_pw = human_password(30034)
add("terraform/database", "rds/variables.tf", f"""variable "db_instance_class" {{
  type    = string
  default = "db.t3.micro"
}}

variable "master_username" {{
  type    = string
  default = "postgres"
}}

variable "master_password" {{
  description = "Master password for the RDS instance"
  type        = string
  sensitive   = true
  default     = "{_pw}"
}}
""", _pw, "Terraform docs: input variables with default and sensitive")

add("terraform/decoy-random-password", "infra/modules/db/main.tf", """resource "random_password" "master" {
  length           = 24
  special          = true
  override_special = "!#$%&*()-_=+[]{}<>:?"
}

resource "aws_db_instance" "this" {
  identifier        = "${var.name}-db"
  engine            = "postgres"
  username          = var.username
  password          = random_password.master.result
  instance_class    = var.instance_class
  allocated_storage = 20
}
""", None, "Terraform random provider: random_password")

add("terraform/decoy-secretsmanager", "infra/app/secrets.tf", """data "aws_secretsmanager_secret_version" "redis" {
  secret_id = "prod/app/redis"
}

locals {
  redis_auth = jsondecode(data.aws_secretsmanager_secret_version.redis.secret_string)["auth_token"]
}

resource "aws_elasticache_replication_group" "app" {
  replication_group_id = "app"
  description          = "app cache"
  auth_token           = local.redis_auth
}
""", None, "Terraform AWS provider: aws_secretsmanager_secret_version data source")

add("terraform/decoy-tfvars-placeholder", "infra/envs/example.tfvars", """# Copy to <env>.tfvars
environment = "staging"
db_password = "REPLACE_ME"
aws_access_key = ""
aws_secret_key = ""
""", None, "Terraform tfvars example with placeholders")

add("terraform-lock/decoy-hashes", "infra/terraform/.terraform.lock.hcl", """# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.31.0"
  constraints = "~> 5.30"
  hashes = [
    "h1:ltxyuBWIy9cq0kIKDJH1jeWJy/y7XJLjS4QrsQK4plA=",
    "zh:0cdb9c2083bf0902442384f7309367791e4640581652dda456f2d6d7abf0de8d",
    "zh:14243f20a1e6fa6e2d0a2ba8f5a8e1c8b6b4f65a6e2b7d3e8d0a4bb1e5c2e9f4",
    "zh:2a0e2ba6b7a0b1c5c4d43b5cc8e3a7a1e04d7c93f9b0c3f0a8d3b3b2f44b2a1c",
    "zh:5c6dd4be7a3f8c8a0b1f4c4e7e1b9d1f0c2e3d4a5b6c7d8e9f0a1b2c3d4e5f6a",
  ]
}
""", None, "Terraform docs: dependency lock file hashes")

# --------------------------------------------------------------------------------------------
# CI: GitHub Actions, GitLab CI, CircleCI, Azure Pipelines, Jenkins
# --------------------------------------------------------------------------------------------

_tok = fakes.pypi_token(30040)
add("github-actions/pypi", ".github/workflows/release.yml", f"""name: Release

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
          TWINE_PASSWORD: {_tok}
        run: twine upload dist/*
""", _tok, "twine docs: TWINE_USERNAME/TWINE_PASSWORD; GitHub Actions workflow syntax")

_pw = fakes.redis_password(30041)
add("github-actions/redis", ".github/workflows/integration.yml", f"""name: integration
on: [pull_request]
jobs:
  test:
    runs-on: ubuntu-22.04
    services:
      redis:
        image: redis:7
        ports: ["6379:6379"]
    env:
      REDIS_URL: redis://default:{_pw}@cache.staging.acme.io:6379/0
    steps:
      - uses: actions/checkout@v4
      - run: pip install -e .[test]
      - run: pytest -m integration
""", _pw, "GitHub Actions: job env, service containers")

_kid, _sk = fakes.aws_key_id(30042), fakes.aws_secret_key(30042)
add("gitlab-ci/aws", ".gitlab-ci.yml", f"""stages: [build, deploy]

variables:
  AWS_DEFAULT_REGION: eu-west-1
  AWS_ACCESS_KEY_ID: {_kid}
  AWS_SECRET_ACCESS_KEY: {_sk}
  S3_BUCKET: acme-static-site

build:
  stage: build
  image: node:20
  script:
    - npm ci && npm run build
  artifacts:
    paths: [dist/]

deploy:
  stage: deploy
  image: amazon/aws-cli:2.15.0
  script:
    - aws s3 sync dist/ s3://$S3_BUCKET --delete
  only: [main]
""", _sk, "GitLab CI/CD YAML reference: variables")

_tok = fakes.pypi_token(30043)
add("gitlab-ci/pypi", "packages/sdk/.gitlab-ci.yml", f"""publish:
  stage: deploy
  image: python:3.11-slim
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - pip install build twine
    - python -m build
    - twine upload -u __token__ -p {_tok} dist/*
""", _tok, "twine upload -u/-p in a GitLab CI job script")

_pw = human_password(30044)
add("circleci/database", ".circleci/config.yml", f"""version: 2.1
jobs:
  test:
    docker:
      - image: cimg/python:3.11
        environment:
          DATABASE_URL: postgresql://circle:{_pw}@localhost:5432/circle_test
      - image: cimg/postgres:15.4
        environment:
          POSTGRES_USER: circle
          POSTGRES_DB: circle_test
          POSTGRES_PASSWORD: {_pw}
    steps:
      - checkout
      - run: pip install -r requirements.txt
      - run: pytest
workflows:
  main:
    jobs: [test]
""", _pw, "CircleCI docs: database config with a secondary postgres image")

_tok = fakes.telegram_token(30045)
add("azure-pipelines/telegram", "azure-pipelines.yml", f"""trigger:
  - main

pool:
  vmImage: ubuntu-latest

steps:
  - script: |
      python -m pip install -r requirements.txt
      pytest --junitxml=test-results.xml
    displayName: Test
  - script: |
      curl -s -X POST "https://api.telegram.org/bot{_tok}/sendMessage" \\
        -d chat_id=-1001122334455 \\
        -d text="Build $(Build.BuildNumber) finished: $(Agent.JobStatus)"
    displayName: Notify
    condition: always()
""", _tok, "Azure Pipelines YAML schema; Telegram Bot API sendMessage")

_tok = slack_bot_token(30046)
add("jenkinsfile/slack", "Jenkinsfile", f"""pipeline {{
    agent {{ label 'docker' }}
    environment {{
        SLACK_TOKEN = '{_tok}'
        IMAGE = "registry.acme.io/web:${{env.BUILD_NUMBER}}"
    }}
    stages {{
        stage('Build') {{
            steps {{
                sh 'docker build -t $IMAGE .'
            }}
        }}
    }}
    post {{
        failure {{
            sh 'curl -s -H "Authorization: Bearer $SLACK_TOKEN" -d channel=C04B0AA1 -d text="build failed" https://slack.com/api/chat.postMessage'
        }}
    }}
}}
""", _tok, "Jenkins declarative pipeline syntax: environment block")

_pw = human_password(30047, url_safe=False)
add("jenkinsfile/database", "ci/Jenkinsfile.migrate", f"""node('db-tools') {{
    stage('Checkout') {{
        checkout scm
    }}
    stage('Migrate') {{
        sh "mysql -h mysql-prod.internal -u migrator -p'{_pw}' billing < migrations/latest.sql"
    }}
}}
""", _pw, "Jenkins scripted pipeline; mysql -p<password>")

add("github-actions/decoy-secrets", ".github/workflows/publish.yml", """name: Publish to PyPI
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pipx run build
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          password: ${{ secrets.PYPI_API_TOKEN }}
      - name: Notify
        env:
          TELEGRAM_TOKEN: ${{ secrets.TELEGRAM_TOKEN }}
          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
        run: ./scripts/notify.sh
""", None, "GitHub Actions docs: secrets context")

add("github-actions/decoy-trusted-publishing", ".github/workflows/pypi.yml", """name: pypi
on:
  push:
    tags: ["v*.*.*"]
jobs:
  release:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11  # v4.1.1
      - uses: actions/setup-python@0a5c61591373683505ea898e09a3ea4f39ef2b9c  # v5.0.0
      - run: python -m pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@2f6f737ca5f74c637829c0f5c3acd0e29ea5e8bf  # v1.8.11
""", None, "PyPI docs: trusted publishing; actions pinned to commit SHAs")

add("gitlab-ci/decoy-variables", "deploy/.gitlab-ci.yml", """include:
  - project: platform/ci-templates
    file: /python.yml

upload:
  stage: deploy
  script:
    - pip install twine
    - TWINE_PASSWORD=${CI_JOB_TOKEN} TWINE_USERNAME=gitlab-ci-token python -m twine upload --repository-url ${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/pypi dist/*
    - aws s3 cp dist/ s3://$ARTIFACT_BUCKET/ --recursive
  variables:
    AWS_SECRET_ACCESS_KEY: $PROD_AWS_SECRET_ACCESS_KEY
""", None, "GitLab docs: publish to the PyPI package registry with CI_JOB_TOKEN")

add("jenkinsfile/decoy-jenkins-credentials", "jenkins/Jenkinsfile.deploy", """pipeline {
    agent any
    stages {
        stage('Deploy') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'db-prod', usernameVariable: 'DB_USER', passwordVariable: 'DB_PASS'),
                                 string(credentialsId: 'telegram-bot', variable: 'TG_TOKEN')]) {
                    sh './deploy.sh --db-user "$DB_USER" --db-pass "$DB_PASS"'
                }
            }
        }
    }
}
""", None, "Jenkins Credentials Binding plugin: withCredentials")

add("circleci/decoy-context", "tools/.circleci/config.yml", """version: 2.1
orbs:
  aws-cli: circleci/aws-cli@4.1
jobs:
  deploy:
    executor: aws-cli/default
    steps:
      - checkout
      - aws-cli/setup:
          role_arn: arn:aws:iam::210987654321:role/circleci-deploy
      - run: aws s3 sync build/ s3://acme-docs
workflows:
  deploy:
    jobs:
      - deploy:
          context: aws-prod
""", None, "CircleCI docs: contexts and OIDC role assumption")

add("azure-pipelines/decoy-variables", "pipelines/azure-release.yml", """variables:
  - group: release-secrets
steps:
  - task: TwineAuthenticate@1
    inputs:
      artifactFeed: acme/internal
  - script: |
      redis-cli -h $(redisHost) -a "$(redisPassword)" FLUSHDB
      python -m twine upload -r internal --config-file $(PYPIRC_PATH) dist/*
    env:
      REDIS_PASSWORD: $(redisPassword)
""", None, "Azure Pipelines docs: variable groups, $(var) macro syntax, TwineAuthenticate")

# --------------------------------------------------------------------------------------------
# Jupyter notebooks
# --------------------------------------------------------------------------------------------

_kid, _sk = fakes.aws_key_id(30050), fakes.aws_secret_key(30050)
add("notebook-source/aws", "notebooks/explore_s3_exports.ipynb", notebook([
    {"source": "import boto3\nimport pandas as pd"},
    {"source": f"s3 = boto3.client(\n    \"s3\",\n    aws_access_key_id=\"{_kid}\",\n    aws_secret_access_key=\"{_sk}\",\n    region_name=\"us-west-2\",\n)\nresp = s3.list_objects_v2(Bucket=\"acme-exports\", Prefix=\"2024/05/\")\nlen(resp[\"Contents\"])", "result": "214"},
]), _sk, "Jupyter nbformat 4 JSON; boto3 client with explicit keys")

_pw = human_password(30051)
add("notebook-output/database", "analysis/churn_model.ipynb", notebook([
    {"source": "from sqlalchemy import create_engine\nfrom config import settings"},
    {"source": "print(settings.database_url)\nengine = create_engine(settings.database_url)",
     "stdout": f"postgresql+psycopg2://analyst:{_pw}@warehouse.internal:5432/analytics"},
]), _pw, "Jupyter stream output printing a connection string")

_pw = fakes.redis_password(30052)
add("notebook-source/redis", "scratch/cache_keys.ipynb", notebook([
    {"source": "import redis"},
    {"source": f"r = redis.Redis(host=\"redis-prod.acme.internal\", port=6379, password=\"{_pw}\", decode_responses=True)\nr.dbsize()", "result": "1843377"},
    {"source": "sorted(r.scan_iter(match=\"session:*\", count=1000))[:5]"},
]), _pw, "redis-py Redis(password=...) in a notebook cell")

_tok = fakes.telegram_token(30053)
add("notebook-source/telegram", "bots/prototype.ipynb", notebook([
    {"source": "!pip install pyTelegramBotAPI", "stdout": "Requirement already satisfied: pyTelegramBotAPI in /opt/conda/lib/python3.11/site-packages (4.14.0)"},
    {"source": f"import telebot\n\nbot = telebot.TeleBot(\"{_tok}\")\nbot.get_me().username", "result": "'acme_reports_bot'"},
]), _tok, "pyTelegramBotAPI README: TeleBot(token)")

_tok = fakes.pypi_token(30054)
add("notebook-output/pypi", "release/check_release.ipynb", notebook([
    {"source": "!cat ~/.pypirc", "stdout": f"[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = {_tok}\n"},
    {"source": "!python -m twine check dist/*", "stdout": "Checking dist/acme_sdk-0.9.0-py3-none-any.whl: PASSED"},
]), _tok, "A notebook whose shell cell printed ~/.pypirc")

_pw = human_password(30055)
add("notebook-source/database", "reports/monthly_revenue.ipynb", notebook([
    {"markdown": True, "source": "## Monthly revenue\nPulled from the reporting replica."},
    {"source": f"engine = sqlalchemy.create_engine(\"mysql+pymysql://reporting:{_pw}@replica-2.db.acme.io/shop\")\nrevenue = pd.read_sql(QUERY, engine)"},
    {"source": "revenue.plot(x=\"month\", y=\"total\")"},
]), _pw, "SQLAlchemy engine URL in a notebook cell")

_tok = fakes.aws_session_token(30057)
add("notebook-source/aws-session-token", "sagemaker/feature_backfill.ipynb", notebook([
    {"source": f"%env AWS_SESSION_TOKEN={_tok}", "stdout": f"env: AWS_SESSION_TOKEN={_tok}"},
    {"source": "import awswrangler as wr\ndf = wr.athena.read_sql_query(\"select * from features limit 1000\", database=\"ml\")\ndf.shape", "result": "(1000, 58)"},
]), _tok, "IPython %env magic (echoes the value); AWS STS session token")

add("notebook/decoy-getpass", "notebooks/connect_warehouse.ipynb", notebook([
    {"source": "import os\nfrom getpass import getpass\nimport psycopg2"},
    {"source": "password = os.environ.get(\"WAREHOUSE_PASSWORD\") or getpass(\"Warehouse password: \")\nconn = psycopg2.connect(host=\"warehouse.internal\", dbname=\"analytics\", user=\"analyst\", password=password)",
     "stdout": "Warehouse password: ········"},
]), None, "getpass prompt in a notebook (Jupyter masks the input)")

_rng_png = _rng(30056)
_png = "iVBORw0KGgoAAAANSUhEUgAAAoAAAAHgCAYAAAA10dzkAAAAOXRFWHRTb2Z0d2FyZQBNYXRwbG90bGliIHZlcnNpb24zLjguMiwgaHR0cHM6Ly9tYXRwbG90bGliLm9yZy8g/VHMAAAACXBIWXMAAA9hAAAPYQGoP6dpAAB" + "".join(
    _rng_png.choice(_ALNUM + "+/") for _ in range(900)) + "AAAAAElFTkSuQmCC\n"
add("notebook/decoy-image-output", "notebooks/latency_plot.ipynb", notebook([
    {"source": "import matplotlib.pyplot as plt\nlat = pd.read_parquet(\"latency.parquet\")"},
    {"source": "lat.p99.plot(); plt.title(\"p99 latency\")", "png": _png},
]), None, "matplotlib figure as a base64 image/png output")

add("notebook/decoy-environ", "notebooks/upload_model.ipynb", notebook([
    {"source": "import os, boto3\nsession = boto3.Session(profile_name=os.environ.get(\"AWS_PROFILE\", \"ml-dev\"))\ns3 = session.client(\"s3\")"},
    {"source": "s3.upload_file(\"model.pt\", \"acme-models\", f\"churn/{VERSION}/model.pt\")\nprint(\"uploaded\", VERSION)", "stdout": "uploaded 2024.05.17-3f9c2a1"},
]), None, "boto3 named profile in a notebook")

# --------------------------------------------------------------------------------------------
# Java .properties, Spring, IntelliJ
# --------------------------------------------------------------------------------------------

_pw = human_password(30060, url_safe=False)
add("properties/database", "src/main/resources/application.properties", f"""server.port=8080
spring.application.name=inventory-service
spring.datasource.url=jdbc:postgresql://inventory-db:5432/inventory
spring.datasource.username=inventory
spring.datasource.password={_pw}
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
management.endpoints.web.exposure.include=health,info
""", _pw, "Spring Boot docs: common application properties (spring.datasource.*)")

_pw = fakes.redis_password(30061)
add("properties/redis", "service-cart/src/main/resources/application-prod.properties", f"""# production overrides
spring.data.redis.host=cart-cache.prod.internal
spring.data.redis.port=6379
spring.data.redis.password={_pw}
spring.data.redis.ssl.enabled=true
spring.cache.type=redis
""", _pw, "Spring Boot docs: spring.data.redis.password")

_pw = human_password(30062)
add("spring-yml/database", "backend/src/main/resources/application.yml", f"""spring:
  application:
    name: booking
  datasource:
    url: jdbc:mysql://booking-db.internal:3306/booking?useSSL=true&serverTimezone=UTC
    username: booking_app
    password: "{_pw}"
    hikari:
      maximum-pool-size: 20
  jpa:
    show-sql: false
logging:
  level:
    root: INFO
""", _pw, "Spring Boot docs: application.yml datasource")

_pw = random_password(30063, 26)
add("spring-yml/redis", "src/main/resources/application-staging.yml", f"""spring:
  data:
    redis:
      host: redis.staging.acme.io
      port: 6380
      password: {_pw}
      timeout: 2s
      lettuce:
        pool:
          max-active: 16
  session:
    store-type: redis
""", _pw, "Spring Boot docs: spring.data.redis in YAML")

_pw = human_password(30064)
add("properties/generic-password", "gradle.properties", f"""org.gradle.jvmargs=-Xmx2g -Dfile.encoding=UTF-8
org.gradle.parallel=true
VERSION_NAME=2.7.1
GROUP=io.acme
signing.keyId=4F3A2B1C
signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg
ossrhUsername=acme-release
ossrhPassword={_pw}
""", _pw, "Gradle docs: gradle.properties; Sonatype OSSRH publishing credentials")

_kid, _sk = fakes.aws_key_id(30065), fakes.aws_secret_key(30065)
add("properties/aws", "config/storage.properties", f"""# S3 storage backend
storage.type=s3
storage.s3.bucket=acme-attachments
storage.s3.region=ap-southeast-2
storage.s3.accessKey={_kid}
storage.s3.secretKey={_sk}
storage.s3.pathStyleAccess=false
""", _sk, "Java .properties with S3 credentials under generic names")

_pw = human_password(30066)
add("spring-xml/database", "src/main/webapp/WEB-INF/applicationContext.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans
                           http://www.springframework.org/schema/beans/spring-beans.xsd">

    <bean id="dataSource" class="org.apache.commons.dbcp2.BasicDataSource" destroy-method="close">
        <property name="driverClassName" value="oracle.jdbc.OracleDriver"/>
        <property name="url" value="jdbc:oracle:thin:@ora-prod.acme.local:1521/HRPROD"/>
        <property name="username" value="hr_app"/>
        <property name="password" value="{_pw}"/>
        <property name="maxTotal" value="30"/>
    </bean>

    <bean id="jdbcTemplate" class="org.springframework.jdbc.core.JdbcTemplate">
        <property name="dataSource" ref="dataSource"/>
    </bean>
</beans>
""", _pw, "Spring Framework docs: XML bean definitions, DBCP DataSource")

_pw = passphrase(30067, sep=".", words=3)
add("properties/database", "conf/reporting.properties", f"""# Reporting job configuration
reporting.threads=4
reporting.output.dir=/var/lib/reporting
db.url=jdbc:mysql://10.20.0.15:3306/reports?user=reporter&password={_pw}&useUnicode=true&characterEncoding=UTF-8
db.pool.size=8
reporting.schedule=0 0 6 * * ?
""", _pw, "MySQL Connector/J docs: user and password in the JDBC URL")

add("spring-yml/decoy-placeholders", "api/src/main/resources/application.yml", """spring:
  datasource:
    url: ${DB_URL:jdbc:postgresql://localhost:5432/api}
    username: ${DB_USER:api}
    password: ${DB_PASSWORD}
  data:
    redis:
      password: ${REDIS_PASSWORD:}
cloud:
  aws:
    credentials:
      instance-profile: true
""", None, "Spring Boot docs: property placeholders ${...:default}")

add("properties/decoy-empty", "src/main/resources/application-local.properties", """spring.datasource.url=jdbc:h2:mem:testdb
spring.datasource.username=sa
spring.datasource.password=
spring.h2.console.enabled=true
spring.data.redis.password=
""", None, "Spring Boot H2 in-memory defaults (user sa, empty password)")

add("spring-xml/decoy-placeholder", "src/main/resources/META-INF/spring/datasource.xml", """<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:context="http://www.springframework.org/schema/context">
    <context:property-placeholder location="file:${CONFIG_DIR}/jdbc.properties"/>
    <bean id="dataSource" class="com.zaxxer.hikari.HikariDataSource">
        <property name="jdbcUrl" value="${jdbc.url}"/>
        <property name="username" value="${jdbc.username}"/>
        <property name="password" value="${jdbc.password}"/>
    </bean>
</beans>
""", None, "Spring docs: context:property-placeholder")

add("spring-yml/decoy-spring-cloud-config-cipher", "config-repo/orders-prod.yml", """spring:
  datasource:
    username: orders
    password: '{cipher}AQBl6zB8wLwXHxsm0yT2hXSCB6vr4hQp9EJ8S0m4cP3jeIvqd2FTNxQd8m1a0KqE5L2o3kYxmTqgXhV0d6Nqz8bB0M3hHf5P1cT4rS9wQ2eL7uK8yN1vZ6aX3jF0gD5iC2bA9='
  redis:
    password: '{cipher}AQCr8M2vN6xT1pQ9eK4sW7yB3hJ5gF0dL8zU2cX6aV1nR4mE9tY7iO3kH5wP0qS2jG8fD1bZ6uC4lA7xN9vM3eT='
""", None, "Spring Cloud Config docs: encrypted {cipher} values")

_pw = human_password(30068)
add("intellij/database", ".idea/runConfigurations/Django_server.xml", f"""<component name="ProjectRunConfigurationManager">
  <configuration default="false" name="Django server" type="Python.DjangoServer" factoryName="Django server">
    <module name="crm" />
    <option name="INTERPRETER_OPTIONS" value="" />
    <option name="PARENT_ENVS" value="true" />
    <envs>
      <env name="PYTHONUNBUFFERED" value="1" />
      <env name="DJANGO_SETTINGS_MODULE" value="crm.settings.dev" />
      <env name="DATABASE_URL" value="postgres://crm:{_pw}@db.staging.acme.io:5432/crm" />
    </envs>
    <option name="port" value="8000" />
    <method v="2" />
  </configuration>
</component>
""", _pw, "IntelliJ/PyCharm run configuration XML (.idea/runConfigurations)")

_pw = fakes.redis_password(30069)
add("intellij/redis", ".run/Celery worker.run.xml", f"""<component name="ProjectRunConfigurationManager">
  <configuration default="false" name="Celery worker" type="PythonConfigurationType" factoryName="Python">
    <module name="tasks" />
    <option name="ENV_FILES" value="" />
    <envs>
      <env name="CELERY_BROKER_URL" value="redis://:{_pw}@10.0.3.21:6379/0" />
    </envs>
    <option name="SDK_HOME" value="$PROJECT_DIR$/.venv/bin/python" />
    <option name="MODULE_MODE" value="true" />
    <option name="SCRIPT_NAME" value="celery" />
    <option name="PARAMETERS" value="-A tasks worker -l info" />
    <method v="2" />
  </configuration>
</component>
""", _pw, "IntelliJ shared run configuration (.run/*.run.xml)")

add("intellij/decoy-envfile", ".idea/runConfigurations/API.xml", """<component name="ProjectRunConfigurationManager">
  <configuration default="false" name="API" type="PythonConfigurationType" factoryName="Python">
    <module name="api" />
    <envs>
      <env name="REDIS_PASSWORD" value="$REDIS_PASSWORD$" />
    </envs>
    <EXTENSION ID="net.ashald.envfile">
      <option name="IS_ENABLED" value="true" />
      <ENTRIES>
        <ENTRY IS_ENABLED="true" PARSER="env" PATH="$PROJECT_DIR$/.env.local" />
      </ENTRIES>
    </EXTENSION>
    <option name="SCRIPT_NAME" value="$PROJECT_DIR$/api/main.py" />
  </configuration>
</component>
""", None, "IntelliJ EnvFile plugin configuration and $MACRO$ references")

# --------------------------------------------------------------------------------------------
# Shell and client histories
# --------------------------------------------------------------------------------------------

_kid, _sk = fakes.aws_key_id(30070), fakes.aws_secret_key(30070)
add("bash-history/aws", ".bash_history", f"""ls -la
cd ~/projects/billing
git pull
export AWS_ACCESS_KEY_ID={_kid}
export AWS_SECRET_ACCESS_KEY={_sk}
aws s3 ls s3://acme-billing-exports/
aws s3 cp s3://acme-billing-exports/2024-04.csv .
head 2024-04.csv
""", _sk, "bash history file")

_pw = fakes.redis_password(30071)
add("bash-history/redis", "home/deploy/.bash_history", f"""sudo systemctl status redis
redis-cli ping
redis-cli -h 10.0.1.17 -p 6379 -a {_pw} info replication
redis-cli -h 10.0.1.17 -a {_pw} --no-auth-warning dbsize
exit
""", _pw, "redis-cli -a on a command line, kept in bash history")

_pw = human_password(30072)
add("zsh-history/database", ".zsh_history", f""": 1714389201:0;cd ~/work/api
: 1714389210:0;docker compose up -d
: 1714389266:0;psql "postgresql://api_owner:{_pw}@prod-pg.acme.io:5432/api?sslmode=require"
: 1714389402:0;git status
: 1714389411:0;git commit -am 'fix migration'
""", _pw, "zsh EXTENDED_HISTORY format (: start:elapsed;command)")

_pw = human_password(30073, url_safe=False)
add("psql-history/database", ".psql_history", f"""\\dt
select count(*) from orders where created_at > now() - interval '1 day';
CREATE ROLE reporting LOGIN PASSWORD '{_pw}';
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
\\q
""", _pw, "psql history file (~/.psql_history)")

_pw = random_password(30074, 22)
add("rediscli-history/redis", ".rediscli_history", f"""PING
INFO memory
CONFIG SET requirepass {_pw}
AUTH {_pw}
KEYS session:*
""", _pw, "redis-cli history file (~/.rediscli_history)")

_pw = human_password(30075, url_safe=False)
add("mysql-history/database", ".mysql_history", f"""show databases;
use shop;
CREATE USER 'shop_ro'@'%' IDENTIFIED BY '{_pw}';
GRANT SELECT ON shop.* TO 'shop_ro'@'%';
FLUSH PRIVILEGES;
""", _pw, "mysql client history file (~/.mysql_history)")

_tok = fakes.pypi_token(30076)
add("bash-history/pypi", "home/maintainer/.bash_history", f"""python -m build
ls dist/
twine check dist/*
twine upload -u __token__ -p {_tok} dist/*
git tag v1.3.0
git push --tags
""", _tok, "twine upload with -p on the command line")

add("history/decoy-profile", "home/ops/.bash_history", """aws sso login --profile prod-admin
export AWS_PROFILE=prod-admin
aws sts get-caller-identity
aws secretsmanager get-secret-value --secret-id prod/api/db --query SecretString --output text | jq -r .host
kubectl get secret redis-auth -o jsonpath='{.data.redis-password}' | wc -c
""", None, "bash history with SSO profiles and secret-store commands")

add("history/decoy-psql-history-interactive", "home/dba/.psql_history", """\\password reporting
\\du
select usename, valuntil from pg_user;
ALTER ROLE reporting VALID UNTIL '2025-01-01';
\\q
""", None, "psql \\password prompts interactively and stores nothing")

# --------------------------------------------------------------------------------------------
# .env files
# --------------------------------------------------------------------------------------------

_pw = human_password(30080)
add("dotenv/database", ".env", f"""DEBUG=False
SECRET_KEY_FALLBACKS=
ALLOWED_HOSTS=api.acme.io
DATABASE_URL=postgres://api:{_pw}@api-db.cluster-c9xk2.eu-west-1.rds.amazonaws.com:5432/api
SENTRY_ENVIRONMENT=production
""", _pw, "django-environ / dotenv DATABASE_URL")

_pw = fakes.redis_password(30081)
add("dotenv/redis", ".env.production", f"""NODE_ENV=production
PORT=3000
REDIS_URL=rediss://default:{_pw}@eu1-bright-kestrel-30081.upstash.io:6379
SESSION_TTL=86400
LOG_FORMAT=json
""", _pw, "rediss:// URL as hosted Redis providers show it")

_kid, _sk = fakes.aws_key_id(30082), fakes.aws_secret_key(30082)
add("dotenv/aws", "services/thumbnailer/.env", f"""AWS_ACCESS_KEY_ID={_kid}
AWS_SECRET_ACCESS_KEY={_sk}
AWS_REGION=us-east-2
THUMB_BUCKET=acme-thumbs
THUMB_SIZES=160,320,640
""", _sk, "AWS CLI docs: environment variables")

_tok = fakes.telegram_token(30083)
add("dotenv/telegram", "bot/.env.local", f"""# local bot settings
TELEGRAM_BOT_TOKEN={_tok}
ADMIN_IDS=118822301,204455117
LOG_LEVEL=DEBUG
WEBHOOK_URL=
""", _tok, "python-telegram-bot project .env")

_key = fakes.django_secret_key(30084)
add("dotenv/django-secret-key", "backend/.env", f"""DJANGO_DEBUG=0
DJANGO_SECRET_KEY='{_key}'
DJANGO_ALLOWED_HOSTS=crm.acme.io
DJANGO_LOG_LEVEL=WARNING
CELERY_BROKER_URL=redis://redis:6379/0
""", _key, "Django SECRET_KEY from get_random_secret_key in a .env")

_key = stripe_secret(30085)
add("dotenv/stripe", ".env.staging", f"""APP_URL=https://staging.shop.acme.io
STRIPE_PUBLISHABLE_KEY=pk_live_51NcdE2HkLpQ8rT3vXy0aB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV1wX2yZ3aB4cD5eF6gH7iJ8kL9mN0oP1qR2sT3u00AbCdEfGh
STRIPE_SECRET_KEY={_key}
STRIPE_WEBHOOK_SECRET=
CURRENCY=eur
""", _key, "Stripe docs: API keys (sk_live_)")

_key = sendgrid_key(30086)
add("dotenv/sendgrid", "mailer/.env", f"""EMAIL_BACKEND=sendgrid_backend.SendgridBackend
SENDGRID_API_KEY="{_key}"
DEFAULT_FROM_EMAIL=no-reply@acme.io
SENDGRID_SANDBOX_MODE_IN_DEBUG=False
EMAIL_TIMEOUT=10
""", _key, "SendGrid docs: API key (SG.xxx.yyy) in SENDGRID_API_KEY")

_pw = human_password(30087)
add("dotenv/database", "api/.env.development", f"""PORT=4000
MONGO_URI=mongodb+srv://app_user:{_pw}@cluster0.x7kq2.mongodb.net/app?retryWrites=true&w=majority
JWT_EXPIRES_IN=1d
CORS_ORIGIN=http://localhost:5173
UPLOAD_DIR=./uploads
""", _pw, "MongoDB Atlas SRV connection string")

_pw = passphrase(30088)
add("dotenv/redis", ".env.docker", f"""COMPOSE_PROJECT_NAME=queue
REDIS_HOST=redis
REDIS_PORT=6379
REDIS_PASSWORD={_pw}
REDIS_MAXMEMORY=256mb
""", _pw, "Docker Compose .env file, passphrase-style password")

_tok = gitlab_token(30089)
add("dotenv/gitlab", "tools/renovate/.env", f"""RENOVATE_PLATFORM=gitlab
RENOVATE_ENDPOINT=https://gitlab.acme.io/api/v4
RENOVATE_TOKEN={_tok}
RENOVATE_AUTODISCOVER=true
LOG_LEVEL=info
""", _tok, "Renovate self-hosted config via env; GitLab personal access token (glpat-)")

add("dotenv/decoy-example", ".env.example", """# Copy to .env and fill in.
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app
REDIS_URL=redis://:your-redis-password@localhost:6379/0
TELEGRAM_BOT_TOKEN=<your-bot-token>
AWS_ACCESS_KEY_ID=
AWS_SECRET_ACCESS_KEY=
""", None, "dotenv example file with placeholders")

add("dotenv/decoy-template-empty", "deploy/.env.template", """POSTGRES_PASSWORD=
REDIS_PASSWORD=
STRIPE_SECRET_KEY=
SENDGRID_API_KEY=
DJANGO_SECRET_KEY=
""", None, "Empty .env template")

add("dotenv/decoy-aws-example", "docs/examples/.env.sample", """# The documented example credentials from the AWS docs; replace with your own.
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
AWS_DEFAULT_REGION=us-west-2
S3_BUCKET=my-example-bucket
""", None, "AWS docs: documented example access key pair")

add("dotenv/decoy-references", ".env.ci", """REDIS_PASSWORD=${REDIS_PASSWORD}
DATABASE_URL=postgres://ci:${CI_DB_PASSWORD}@postgres:5432/ci
PYPI_TOKEN=$PYPI_TOKEN
SECRETS_DIR=/run/secrets
CI=true
""", None, "dotenv with variable expansion")

add("dotenv/decoy-local-dev", "dev/.env.dev", """# local docker setup, matches docker-compose.test.yml
POSTGRES_USER=postgres
POSTGRES_PASSWORD=postgres
REDIS_URL=redis://localhost:6379/0
SECRET_KEY=dev-not-secret
""", None, "local development defaults")

# --------------------------------------------------------------------------------------------
# Dockerfiles and shell scripts
# --------------------------------------------------------------------------------------------

_pw = fakes.redis_password(30090)
add("dockerfile-env/redis", "docker/worker/Dockerfile", f"""FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1 \\
    REDIS_HOST=redis \\
    REDIS_PASSWORD={_pw}

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["rq", "worker", "--url", "redis://redis:6379/0", "default"]
""", _pw, "Dockerfile reference: ENV with line continuations")

_pw = human_password(30091)
add("dockerfile-run-echo/redis", "images/redis/Dockerfile", f"""FROM redis:7.2-bookworm
RUN mkdir -p /etc/redis \\
 && echo "bind 0.0.0.0" > /etc/redis/redis.conf \\
 && echo "requirepass {_pw}" >> /etc/redis/redis.conf \\
 && echo "appendonly yes" >> /etc/redis/redis.conf
EXPOSE 6379
CMD ["redis-server", "/etc/redis/redis.conf"]
""", _pw, "Dockerfile RUN echo appending requirepass to redis.conf")

_pw = random_password(30092, 20)
add("dockerfile-arg/pip-index-password", "Dockerfile", f"""# syntax=docker/dockerfile:1
FROM python:3.11-slim AS build
ARG PIP_EXTRA_INDEX_URL=https://ci-reader:{_pw}@pypi.acme.io/simple/
RUN python -m venv /venv
COPY requirements.txt .
RUN /venv/bin/pip install -r requirements.txt

FROM python:3.11-slim
COPY --from=build /venv /venv
COPY src/ /app/
ENTRYPOINT ["/venv/bin/python", "-m", "app"]
""", _pw, "Dockerfile ARG with a private index URL (pip PIP_EXTRA_INDEX_URL)")

_kid, _sk = fakes.aws_key_id(30093), fakes.aws_secret_key(30093)
add("dockerfile-env/aws", "deploy/sync/Dockerfile", f"""FROM amazon/aws-cli:2.15.10
ENV AWS_ACCESS_KEY_ID={_kid}
ENV AWS_SECRET_ACCESS_KEY={_sk}
ENV AWS_DEFAULT_REGION=eu-west-1
COPY sync.sh /usr/local/bin/sync.sh
ENTRYPOINT ["/usr/local/bin/sync.sh"]
""", _sk, "Dockerfile ENV with AWS CLI credentials")

_pw = human_password(30094)
add("dockerfile-env/database", "services/reports/Dockerfile", f"""FROM python:3.10
WORKDIR /srv
COPY . .
RUN pip install -e .
ENV DATABASE_URL="mysql+pymysql://reports:{_pw}@mysql.internal:3306/reports"
EXPOSE 8050
CMD gunicorn -b 0.0.0.0:8050 reports.app:server
""", _pw, "Dockerfile ENV with a SQLAlchemy URL")

add("dockerfile/decoy-build-secret", "docker/api/Dockerfile", """# syntax=docker/dockerfile:1.6
FROM python:3.12-slim@sha256:5f0192a4f58a6ce99f732fe05e3b3d00f12ae62e183886bca3ebe3d202686c7f
ARG PIP_INDEX_URL
RUN --mount=type=secret,id=pip_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@pypi.acme.io/simple/" \\
    pip install --no-cache-dir acme-core==4.2.0
ENV REDIS_PASSWORD=""
COPY . /app
""", None, "Docker docs: build secrets (RUN --mount=type=secret); image pinned by digest")

add("dockerfile/decoy-redis-conf-env", "images/redis-auth/Dockerfile", """FROM redis:7-alpine
COPY docker-entrypoint-auth.sh /usr/local/bin/
# The password is written at start-up from $REDIS_PASSWORD (see the entrypoint).
RUN echo 'requirepass ${REDIS_PASSWORD}' > /usr/local/etc/redis/redis.conf.tpl
ENTRYPOINT ["docker-entrypoint-auth.sh"]
""", None, "Dockerfile writing a config template with an env reference")

_pw = fakes.redis_password(30095)
add("shell-heredoc/redis", "scripts/provision-redis.sh", f"""#!/usr/bin/env bash
set -euo pipefail

apt-get update -qq && apt-get install -y -qq redis-server

cat > /etc/redis/redis.conf <<EOF
bind 127.0.0.1 10.0.2.15
port 6379
daemonize no
supervised systemd
requirepass {_pw}
maxmemory 1gb
maxmemory-policy allkeys-lru
EOF

systemctl restart redis-server
""", _pw, "bash here-doc writing redis.conf")

_tok = fakes.pypi_token(30096)
add("shell-heredoc/pypi", "ci/publish.sh", f"""#!/bin/sh
set -e
cat <<'PYPIRC' > "$HOME/.pypirc"
[distutils]
index-servers = pypi

[pypi]
username = __token__
password = {_tok}
PYPIRC
python -m twine upload dist/*
""", _tok, "sh here-doc writing ~/.pypirc")

_kid, _sk = fakes.aws_key_id(30097), fakes.aws_secret_key(30097)
add("shell-heredoc/aws", "bootstrap/setup_aws.sh", f"""#!/bin/bash
mkdir -p ~/.aws
cat > ~/.aws/credentials << 'EOF'
[default]
aws_access_key_id = {_kid}
aws_secret_access_key = {_sk}
EOF
chmod 600 ~/.aws/credentials
aws sts get-caller-identity
""", _sk, "bash here-doc writing ~/.aws/credentials")

_pw = human_password(30098, url_safe=False)
add("shell/database", "scripts/backup_db.sh", f"""#!/usr/bin/env bash
# nightly logical backup, run from cron on backup-01
set -eu
STAMP=$(date +%Y%m%d)
PGPASSWORD='{_pw}' pg_dump -h pg-prod.internal -U backup -Fc crm > /var/backups/crm-$STAMP.dump
find /var/backups -name 'crm-*.dump' -mtime +14 -delete
""", _pw, "PostgreSQL docs: PGPASSWORD environment variable")

add("shell/decoy-read-password", "scripts/restore_db.sh", """#!/usr/bin/env bash
set -eu
read -r -s -p "Password for ${PGUSER:-postgres}@${PGHOST}: " PGPASSWORD
export PGPASSWORD
pg_restore --clean -d "$PGDATABASE" "$1"
""", None, "bash read -s password prompt")

add("shell/decoy-secrets-manager", "scripts/fetch_secrets.sh", """#!/bin/sh
set -e
REDIS_PASSWORD=$(aws secretsmanager get-secret-value --secret-id prod/redis --query SecretString --output text)
DB_PASSWORD="$(vault kv get -field=password secret/prod/db)"
export REDIS_PASSWORD DB_PASSWORD
exec "$@"
""", None, "AWS CLI secretsmanager / vault kv get in a wrapper script")

# --------------------------------------------------------------------------------------------
# Ansible
# --------------------------------------------------------------------------------------------

_pw = fakes.redis_password(30100)
add("ansible/redis", "ansible/group_vars/cache.yml", f"""---
redis_version: "7.2.4"
redis_bind_interface: 0.0.0.0
redis_port: 6379
redis_maxmemory: 2gb
redis_requirepass: "{_pw}"
redis_appendonly: "yes"
""", _pw, "geerlingguy.redis role variables (redis_requirepass)")

_pw = human_password(30101)
add("ansible-inventory/generic-password", "inventory/production.ini", f"""[web]
web-01.acme.lan
web-02.acme.lan

[db]
db-01.acme.lan

[all:vars]
ansible_user=deploy
ansible_become=true
ansible_become_password={_pw}
""", _pw, "Ansible docs: inventory INI with connection variables")

_pw = human_password(30102)
add("ansible/database", "ansible/host_vars/db-01.yml", f"""postgresql_version: 15
postgresql_databases:
  - name: crm
postgresql_users:
  - name: crm
    password: "{_pw}"
    db: crm
    priv: ALL
""", _pw, "geerlingguy.postgresql role: postgresql_users")

_kid, _sk = fakes.aws_key_id(30103), fakes.aws_secret_key(30103)
add("ansible/aws", "roles/backup/defaults/main.yml", f"""---
backup_s3_bucket: acme-server-backups
backup_s3_region: eu-central-1
aws_access_key: {_kid}
aws_secret_key: {_sk}
backup_retention_days: 30
""", _sk, "Ansible role defaults; amazon.aws module parameter names")

_tok = fakes.telegram_token(30104)
add("ansible/telegram", "group_vars/monitoring/main.yml", f"""alertmanager_receivers:
  - name: telegram
    telegram_configs:
      - bot_token: "{_tok}"
        chat_id: -1001357924680
        parse_mode: HTML
alertmanager_route:
  receiver: telegram
""", _tok, "Alertmanager telegram_configs via the prometheus.prometheus collection")

add("ansible/decoy-vault-inline", "group_vars/prod/vars.yml", """redis_requirepass: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  62313365396662343061393464336163383764373764613633653634306231386433626436623361
  6134333665353966363534333632666535333761666131620a663537646436643839616531643561
  63396265333966386166373632626539326166353965363262633030333630313338646335303630
  3835623864636165330a623331633161663439643830343765336637393663353536393066393533
  6634
db_password: "{{ vault_db_password }}"
""", None, "Ansible docs: encrypted variables (!vault inline)")

add("ansible/decoy-lookup-env", "playbooks/deploy.yml", """- hosts: web
  vars:
    app_db_password: "{{ lookup('env', 'APP_DB_PASSWORD') }}"
    telegram_token: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/bots:telegram') }}"
  tasks:
    - name: Render settings
      ansible.builtin.template:
        src: settings.py.j2
        dest: /srv/app/settings_local.py
        mode: "0600"
""", None, "Ansible lookups env and hashi_vault")

add("ansible/decoy-vault-file", "group_vars/all/vault.yml", """$ANSIBLE_VAULT;1.1;AES256
39663037353834633731376364396336343262613561626430316663316230656533303766616335
3565353432313433386238643662376134653138613664660a626435373039636439383230363833
32303766356232653662643761303139373631376331346436666262376338623238663937333537
6461383332626338330a313339353765343165313863666338386364366365633430393033626362
65653164363332306566343266313831626465613730313132353463626235656364
""", None, "ansible-vault encrypted file")

# --------------------------------------------------------------------------------------------
# Python settings modules and scripts
# --------------------------------------------------------------------------------------------

_key = fakes.django_secret_key(30110)
add("python-settings/django-secret-key", "mysite/settings/production.py", f"""from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["www.acme-books.com", "acme-books.com"]

SECRET_KEY = "{_key}"

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
""", _key, "Django docs: settings SECRET_KEY")

_pw = human_password(30111, url_safe=False)
add("python-settings/database", "intranet/intranet/settings.py", f"""from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "directory",
]

DATABASES = {{
    "default": {{
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "intranet",
        "USER": "intranet",
        "PASSWORD": "{_pw}",
        "HOST": "10.10.4.20",
        "PORT": "5432",
    }}
}}

TIME_ZONE = "Europe/Berlin"
""", _pw, "Django docs: DATABASES setting")

_pw = human_password(30112)
add("python-settings/database", "app/config.py", f"""import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", "dev")
    SQLALCHEMY_TRACK_MODIFICATIONS = False


class ProductionConfig(Config):
    SQLALCHEMY_DATABASE_URI = "postgresql://flaskapp:{_pw}@db.acme.io/flaskapp"
    PREFERRED_URL_SCHEME = "https"
""", _pw, "Flask-SQLAlchemy docs: SQLALCHEMY_DATABASE_URI in a config class")

_pw = fakes.redis_password(30113)
add("python-settings/redis", "celeryconfig.py", f"""broker_url = "redis://:{_pw}@redis-queue.internal:6379/0"
result_backend = "redis://:{_pw}@redis-queue.internal:6379/1"
task_serializer = "json"
accept_content = ["json"]
timezone = "UTC"
worker_prefetch_multiplier = 1
""", _pw, "Celery docs: celeryconfig module, redis broker URL")

_pw = random_password(30114, 24, "-_")
add("python-settings/redis", "app/core/config.py", f"""from pydantic import RedisDsn
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="APP_")

    project_name: str = "orders-api"
    redis_host: str = "redis"
    redis_port: int = 6379
    redis_password: str = "{_pw}"
    cache_ttl_seconds: int = 300


settings = Settings()
""", _pw, "pydantic-settings docs: BaseSettings field defaults (FastAPI settings)")

_pw = fakes.redis_password(30115)
_half = len(_pw) // 2
add("python-split-literals/redis", "proj/celery.py", f"""import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "proj.settings")

app = Celery("proj")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.conf.result_backend = (
    "redis://:{_pw[:_half]}"
    "{_pw[_half:]}@cache-01.internal:6379/2"
)
app.autodiscover_tasks()
""", _pw, "Python adjacent string literal concatenation; Celery app module")

_tok = fakes.telegram_token(30116)
_cut = _tok.index(":") + 12
add("python-line-continuation/telegram", "bot/main.py", f"""import logging

from telegram.ext import ApplicationBuilder, CommandHandler

logging.basicConfig(level=logging.INFO)

TOKEN = "{_tok[:_cut]}" \\
        "{_tok[_cut:]}"


async def start(update, context):
    await update.message.reply_text("Hi! Send /report to get today's numbers.")


if __name__ == "__main__":
    app = ApplicationBuilder().token(TOKEN).build()
    app.add_handler(CommandHandler("start", start))
    app.run_polling()
""", _tok, "python-telegram-bot v20 example; backslash line continuation joining literals")

_kid, _sk = fakes.aws_key_id(30117), fakes.aws_secret_key(30117)
add("python/aws", "scripts/upload_reports.py", f"""#!/usr/bin/env python3
\"\"\"Upload the generated PDF reports to S3.\"\"\"
import sys
from pathlib import Path

import boto3

s3 = boto3.resource(
    "s3",
    aws_access_key_id="{_kid}",
    aws_secret_access_key="{_sk}",
)

for pdf in Path(sys.argv[1]).glob("*.pdf"):
    s3.Bucket("acme-reports").upload_file(str(pdf), f"monthly/{{pdf.name}}")
    print("uploaded", pdf.name)
""", _sk, "boto3 docs: passing credentials as parameters")

_pw = fakes.redis_password(30118)
add("python-settings/redis", "config/settings/local.py", f"""from .base import *  # noqa

DEBUG = True

CACHES = {{
    "default": {{
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://redis.dev.acme.io:6379/1",
        "OPTIONS": {{
            "CLIENT_CLASS": "django_redis.client.DefaultClient",
            "PASSWORD": "{_pw}",
        }},
    }}
}}
""", _pw, "django-redis docs: OPTIONS PASSWORD")

_key = stripe_secret(30119)
add("python/stripe", "payments/stripe_client.py", f"""import stripe

stripe.api_key = "{_key}"


def create_checkout(price_id: str, customer_email: str) -> str:
    session = stripe.checkout.Session.create(
        mode="subscription",
        line_items=[{{"price": price_id, "quantity": 1}}],
        customer_email=customer_email,
        success_url="https://acme.io/thanks",
        cancel_url="https://acme.io/pricing",
    )
    return session.url
""", _key, "Stripe Python library README: stripe.api_key")

_hook = slack_webhook(30120)
add("python/slack", "ops/notify_slack.py", f"""import json
import urllib.request

WEBHOOK_URL = "{_hook}"


def notify(text: str) -> None:
    body = json.dumps({{"text": text}}).encode()
    req = urllib.request.Request(WEBHOOK_URL, data=body, headers={{"Content-Type": "application/json"}})
    urllib.request.urlopen(req, timeout=5)
""", _hook, "Slack docs: incoming webhooks URL")

_tok = fakes.github_token(30121)
add("python/github", "tools/sync_labels.py", f"""\"\"\"Copy issue labels from the template repository to every repo in the org.\"\"\"
from github import Github

GITHUB_TOKEN = "{_tok}"
ORG = "acme-platform"

gh = Github(GITHUB_TOKEN)
template = {{label.name: label for label in gh.get_repo(f"{{ORG}}/template").get_labels()}}
for repo in gh.get_organization(ORG).get_repos():
    existing = {{label.name for label in repo.get_labels()}}
    for name, label in template.items():
        if name not in existing:
            repo.create_label(name, label.color, label.description or "")
""", _tok, "PyGithub docs: Github(token)")

_pw = human_password(30122)
add("python/database", "etl/load_events.py", f"""from pymongo import MongoClient

client = MongoClient("mongodb://etl:{_pw}@mongo-events-01:27017/?authSource=admin")
events = client.analytics.events


def load(batch):
    if batch:
        events.insert_many(batch, ordered=False)
""", _pw, "PyMongo docs: MongoClient with a connection string")

_pw = human_password(30123, url_safe=False)
add("python/database", "legacy/erp_sync.py", f"""import pyodbc

CONN_STR = (
    "DRIVER={{ODBC Driver 18 for SQL Server}};"
    "SERVER=erp-sql.acme.local,1433;"
    "DATABASE=ERP;"
    "UID=erp_sync;"
    "PWD={_pw};"
    "TrustServerCertificate=yes;"
)

conn = pyodbc.connect(CONN_STR)
cursor = conn.cursor()
""", _pw, "pyodbc wiki: SQL Server ODBC connection string (UID/PWD)")

_pw = human_password(30124)
add("python-settings/database", "src/orders/settings.py", f"""from functools import lru_cache

from pydantic import PostgresDsn
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    database_url: PostgresDsn = "postgresql+asyncpg://orders:{_pw}@orders-db:5432/orders"
    pool_size: int = 10
    debug: bool = False


@lru_cache
def get_settings() -> Settings:
    return Settings()
""", _pw, "FastAPI docs: settings with pydantic-settings; asyncpg DSN")

add("python-settings/decoy-environ", "shop/settings/prod.py", """import os

from .base import *  # noqa

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.getenv("DB_NAME", "shop"),
        "USER": os.getenv("DB_USER", "shop"),
        "PASSWORD": os.getenv("DB_PASSWORD"),
        "HOST": os.getenv("DB_HOST", "localhost"),
    }
}
CELERY_BROKER_URL = os.getenv("CELERY_BROKER_URL", "redis://localhost:6379/0")
""", None, "Django settings reading os.environ")

add("python-settings/decoy-python-pydantic-secretstr", "app/settings.py", """from pydantic import SecretStr
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    redis_url: str = "redis://localhost:6379/0"
    redis_password: SecretStr | None = None
    aws_secret_access_key: SecretStr
    telegram_token: SecretStr

    class Config:
        env_file = ".env"
        secrets_dir = "/run/secrets"
""", None, "pydantic-settings with SecretStr fields and no defaults")

add("ini/decoy-python-configparser-interpolation", "deploy/app.ini", """[DEFAULT]
env = production

[database]
host = db.internal
user = app
password = %(ENV_DB_PASSWORD)s
url = postgresql://%(user)s:%(password)s@%(host)s/app

[redis]
url = redis://:%(ENV_REDIS_PASSWORD)s@redis:6379/0
""", None, "configparser / supervisor %(ENV_X)s interpolation")

add("python/decoy-migration-uuids", "billing/migrations/0007_seed_plans.py", """from django.db import migrations

PLANS = [
    ("6f1c2b7e-4d1a-4c3b-9e2f-8a7d6c5b4a39", "starter", 900),
    ("b3e8d9a2-7c61-4f0e-a5d4-1e2f3a4b5c6d", "team", 2900),
    ("0d9c8b7a-6e5f-4a3b-8c2d-1e0f9a8b7c6d", "enterprise", 9900),
]


def seed(apps, schema_editor):
    Plan = apps.get_model("billing", "Plan")
    for uid, slug, cents in PLANS:
        Plan.objects.update_or_create(uuid=uid, defaults={"slug": slug, "price_cents": cents})


class Migration(migrations.Migration):
    dependencies = [("billing", "0006_plan_uuid")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
""", None, "Django data migration with UUID constants")

add("python/decoy-test-fixture-fake", "tests/test_notify.py", """import pytest

from ops.notify import build_request

# Not a real token: a self-declared fake used only to test request building.
FAKE_BOT_TOKEN = "123456789:TEST-TOKEN-NOT-REAL"
FAKE_WEBHOOK = "https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX"


@pytest.mark.parametrize("text", ["deploy ok", "deploy failed"])
def test_build_request(text):
    req = build_request(FAKE_BOT_TOKEN, text)
    assert req.full_url.endswith("/sendMessage")
""", None, "test module with self-declared fakes and X placeholders")

add("python/decoy-hash-constants", "src/acme_dl/checksums.py", """\"\"\"Known-good SHA-256 digests of the model files we download.\"\"\"

MODEL_SHA256 = {
    "resnet50-v2.onnx": "a3f1c9e0b8d7c6f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7",
    "tokenizer.json": "0c4f3e2d1b0a9f8e7d6c5b4a3928170f6e5d4c3b2a1908f7e6d5c4b3a2918070",
}
GIT_REVISION = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"
""", None, "digest constants in a package module")

# --------------------------------------------------------------------------------------------
# Packaging credentials: .pypirc, .netrc, pip.conf, requirements
# --------------------------------------------------------------------------------------------

_tok = fakes.pypi_token(30130)
add("pypirc/pypi", ".pypirc", f"""[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = {_tok}

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""", _tok, "PyPA docs: The .pypirc file")

_pw = human_password(30131)
add("pypirc/pip-index-password", "release/pypirc", f"""[distutils]
index-servers = nexus

[nexus]
repository = https://nexus.acme.io/repository/pypi-internal/
username = release-bot
password = {_pw}
""", _pw, "PyPA docs: .pypirc for a private repository (Nexus)")

_tok = fakes.pypi_token(30132)
add("netrc/pypi", ".netrc", f"""machine upload.pypi.org
  login __token__
  password {_tok}
machine github.com
  login acme-bot
""", _tok, "netrc(5) format; twine/requests read .netrc")

_pw = human_password(30133)
add("netrc/generic-password", "home/ci/.netrc", f"""machine artifactory.acme.io
    login ci-deployer
    password {_pw}

machine api.heroku.com
    login ops@acme.io
""", _pw, "netrc(5) format")

_pw = random_password(30134, 18)
add("pip-conf/pip-index-password", "etc/pip.conf", f"""[global]
timeout = 60
index-url = https://deploy:{_pw}@pypi.acme.io/simple/
trusted-host = pypi.acme.io

[install]
no-warn-script-location = true
""", _pw, "pip docs: configuration file, index-url with credentials")

_pw = human_password(30135)
add("requirements/pip-index-password", "requirements.txt", f"""--index-url https://builder:{_pw}@repo.acme.io/artifactory/api/pypi/pypi-virtual/simple
Django==4.2.11
djangorestframework==3.15.1
psycopg[binary]==3.1.18
celery[redis]==5.3.6
acme-auth==2.4.0
""", _pw, "pip docs: requirements file options (--index-url)")

_tok = gitlab_token(30136)
add("requirements/gitlab", "requirements/prod.txt", f"""-r base.txt
--extra-index-url https://__token__:{_tok}@gitlab.acme.io/api/v4/projects/412/packages/pypi/simple
acme-geo==1.8.2
gunicorn==21.2.0
sentry-sdk==1.45.0
""", _tok, "GitLab docs: install from the PyPI package registry with a personal access token")

_pw = random_password(30137, 32)
add("pip-ini/pip-index-password", "pip.ini", f"""[global]
timeout = 30
disable-pip-version-check = true
extra-index-url = https://pkgs.dev.azure.com/acme/_packaging/acme-feed/pypi/simple/
                  https://ci:{_pw}@devpi.acme.io/root/prod/+simple/
""", _pw, "pip docs: pip.ini on Windows, multi-line extra-index-url")

add("pypirc/decoy-keyring", "dist-config/.pypirc", """[distutils]
index-servers =
    pypi
    acme

[pypi]
username = __token__
# the token lives in the system keyring: keyring set https://upload.pypi.org/legacy/ __token__

[acme]
repository = https://pypi.acme.io/
username = release-bot
""", None, "twine docs: keyring support, .pypirc without passwords")

add("requirements/decoy-hashes", "requirements.lock.txt", """#
# This file is autogenerated by pip-compile with Python 3.11
# by the following command:
#
#    pip-compile --generate-hashes requirements.in
#
certifi==2024.2.2 \\
    --hash=sha256:0569859f95fc761b18b45ef421b1290a0f65f147e92a1e5eb3e635f9a5e4e66f \\
    --hash=sha256:dc383c07b76109f368f6106eee2b593b04a011ea4d55f652c6ca24a754d1cdd1
    # via requests
redis==5.0.3 \\
    --hash=sha256:4973bae7444c0fbed64a06b87446f79361cb7e4ec1538c022d696ed7a5015580 \\
    --hash=sha256:5da9b8fe9e1254293756c16c008e8620b3d15fcc6dde6babde9541850e72a32d
    # via -r requirements.in
""", None, "pip-tools docs: pip-compile --generate-hashes output")

add("pip-conf/decoy-no-credentials", "config/pip/pip.conf", """[global]
index-url = https://pypi.acme.io/simple/
extra-index-url = https://download.pytorch.org/whl/cpu
require-virtualenv = true

[install]
keyring-provider = subprocess
""", None, "pip docs: keyring-provider, index URL without credentials")

add("requirements/decoy-env-var", "requirements/private.txt", """--extra-index-url https://${PIP_USER}:${PIP_TOKEN}@pypi.acme.io/simple/
acme-ml-core>=3.1,<4
acme-feature-store==0.12.4
numpy>=1.26
pandas>=2.2
""", None, "pip docs: environment variables in requirements files (${VAR})")

# --------------------------------------------------------------------------------------------
# AWS credential files and S3 tools
# --------------------------------------------------------------------------------------------

_kid, _sk = fakes.aws_key_id(30140), fakes.aws_secret_key(30140)
add("aws-credentials/aws", ".aws/credentials", f"""[default]
aws_access_key_id = {_kid}
aws_secret_access_key = {_sk}

[staging]
role_arn = arn:aws:iam::345678901234:role/staging-admin
source_profile = default
""", _sk, "AWS CLI docs: the shared credentials file")

_tok = fakes.aws_session_token(30141)
add("envrc/aws-session-token", ".envrc", f"""# direnv: temporary creds for the data-lake account (expire in 12h)
export AWS_SESSION_TOKEN="{_tok}"
export AWS_REGION=us-east-1
export AWS_DEFAULT_OUTPUT=json
layout python3
""", _tok, "direnv .envrc; AWS STS session token (origin shape)")

_kid, _sk = fakes.aws_key_id(30142), fakes.aws_secret_key(30142)
add("aws-config/aws", "infra/aws/config", f"""[default]
region = eu-west-1
output = json

[profile deployer]
region = eu-west-1
aws_access_key_id = {_kid}
aws_secret_access_key = {_sk}
""", _sk, "AWS CLI docs: credentials may be set in the config file too")

_kid, _sk = fakes.aws_key_id(30143), fakes.aws_secret_key(30143)
add("s3cmd/aws", ".s3cfg", f"""[default]
access_key = {_kid}
bucket_location = EU
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
secret_key = {_sk}
signature_v2 = False
use_https = True
""", _sk, "s3cmd configuration file (.s3cfg)")

_kid, _sk = fakes.aws_key_id(30144), fakes.aws_secret_key(30144)
add("rclone/aws", "backup/rclone.conf", f"""[s3-archive]
type = s3
provider = AWS
access_key_id = {_kid}
secret_access_key = {_sk}
region = eu-north-1
storage_class = GLACIER
""", _sk, "rclone docs: S3 remote configuration")

_tok = fakes.aws_session_token(30145, form="er-aws")
add("github-actions/aws-session-token", ".github/workflows/nightly-export.yml", f"""name: nightly-export
on:
  schedule:
    - cron: "0 3 * * *"
jobs:
  export:
    runs-on: ubuntu-latest
    env:
      AWS_REGION: us-west-2
      AWS_SESSION_TOKEN: {_tok}
    steps:
      - uses: actions/checkout@v4
      - run: python export.py --bucket acme-nightly
""", _tok, "AWS STS session token (older FwoGZXIvYXdz shape) in workflow env")

_kid, _sk = fakes.aws_key_id(30146), fakes.aws_secret_key(30146)
add("python-settings/aws", "storages_config.py", f"""# django-storages S3 backend
DEFAULT_FILE_STORAGE = "storages.backends.s3boto3.S3Boto3Storage"
AWS_STORAGE_BUCKET_NAME = "acme-media"
AWS_S3_REGION_NAME = "eu-west-1"
S3_KEY = "{_kid}"
S3_SECRET = "{_sk}"
AWS_ACCESS_KEY_ID = S3_KEY
AWS_SECRET_ACCESS_KEY = S3_SECRET
""", _sk, "django-storages docs: S3 settings, aliased through generic names")

add("aws-config/decoy-sso", ".aws/config", """[default]
region = us-east-1

[profile dev]
sso_session = acme
sso_account_id = 111122223333
sso_role_name = Developer
region = us-east-1

[sso-session acme]
sso_start_url = https://acme.awsapps.com/start
sso_region = us-east-1

[profile ci]
credential_process = /usr/local/bin/aws-vault exec ci --json
""", None, "AWS CLI docs: IAM Identity Center profiles, credential_process")

add("aws-credentials/decoy-example", "docs/aws/credentials.example", """[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

[user1]
aws_access_key_id = AKIAI44QH8DHBEXAMPLE
aws_secret_access_key = je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY
""", None, "AWS docs: example credentials")

add("json/decoy-aws-presigned-url", "tests/fixtures/download_response.json", f"""{{
  "status": "ready",
  "expires_in": 3600,
  "url": "https://acme-exports.s3.eu-west-1.amazonaws.com/2024/05/export.csv.gz?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={fakes.aws_key_id(30147)}%2F20240517%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20240517T101500Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=9f2c7d0e8a1b4c6d3e5f7a9b0c2d4e6f8a1b3c5d7e9f0a2b4c6d8e0f1a3b5c7d"
}}
""", None, "AWS docs: presigned URL (SigV4 query string)")

# --------------------------------------------------------------------------------------------
# Redis server files
# --------------------------------------------------------------------------------------------

_pw = human_password(30150)
add("redis-conf/redis", "conf/redis.conf", f"""# Redis configuration for the session store
bind 127.0.0.1 -::1
protected-mode yes
port 6379
tcp-backlog 511
timeout 0
tcp-keepalive 300
daemonize no
loglevel notice
logfile ""
databases 16
requirepass "{_pw}"
maxclients 2000
maxmemory 768mb
maxmemory-policy allkeys-lru
""", _pw, "redis.conf documented example (requirepass)")

_pw = fakes.redis_password(30151)
add("redis-conf/redis", "redis/replica-6380.conf", f"""port 6380
dir /var/lib/redis/6380
replicaof 10.0.5.11 6379
masterauth {_pw}
replica-read-only yes
replica-serve-stale-data yes
""", _pw, "redis.conf replication section (masterauth)")

_pw = random_password(30152, 30)
add("sentinel-conf/redis", "deploy/redis/sentinel.conf", f"""port 26379
daemonize no
dir /tmp
sentinel monitor mymaster 10.0.5.11 6379 2
sentinel auth-pass mymaster {_pw}
sentinel down-after-milliseconds mymaster 5000
sentinel failover-timeout mymaster 60000
sentinel parallel-syncs mymaster 1
""", _pw, "Redis Sentinel docs: sentinel auth-pass")

_pw = passphrase(30153, sep="-", words=5)
add("redis-acl/redis", "redis/users.acl", f"""user default off
user admin on #8c6976e5b5410415bde908bd4dee15dfb167a9c873fc4bb8a81f6f2ab448a918 ~* &* +@all
user app on >{_pw} ~app:* &app:* +@read +@write -@dangerous
user metrics on nopass ~* +info +ping
user replica on #9b74c9897bac770ffc029102a200c5de6f3b4bd54e0a5b3e3bd2eb2d4e1c4c5a ~* +psync +replconf +ping
""", _pw, "Redis ACL docs: aclfile with a >password rule")

add("redis-conf/decoy-default", "vendor/redis/redis.conf", """# Require clients to issue AUTH <PASSWORD> before processing any other
# commands.  This might be useful in environments in which you do not trust
# others with access to the host running redis-server.
#
# requirepass foobared
#
# masterauth <master-password>
# masteruser <username>
port 6379
bind 127.0.0.1
""", None, "redis.conf shipped default (commented requirepass foobared)")

add("redis-acl/decoy-hashed", "ops/redis/acl/users.acl", """user default off
user cache on #e5e9fa1ba31ecd1ae84f75caaa474f3a663f05f4bd7a3ed1a6e4f2d4b5c6a7b8 ~cache:* +@all -@admin
user exporter on #2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b ~* +info +ping +config|get
user backup on #d74ff0ee8da3b9806b18c877dbf29bbde50b5bd8e4dad7a3a725000feb82e8f1 ~* +bgsave +lastsave +ping
user sentinel on nopass ~* +multi +slaveof +ping +exec +subscribe +config|rewrite +role +publish +info +client|setname +client|kill +script|kill
""", None, "Redis ACL docs: #<sha256> hashed passwords")

add("sentinel-conf/decoy-sentinel-no-auth", "sentinel/sentinel-26380.conf", """port 26380
sentinel monitor cache 10.0.7.4 6379 2
sentinel down-after-milliseconds cache 3000
sentinel myid 3f1c5e7a9b2d4f6081a3c5e7f9b1d3f5a7c9e1b3
sentinel config-epoch cache 4
sentinel leader-epoch cache 4
sentinel known-replica cache 10.0.7.5 6379
""", None, "sentinel.conf as rewritten by Sentinel (myid, epochs)")

# --------------------------------------------------------------------------------------------
# Process managers, web servers, systemd
# --------------------------------------------------------------------------------------------

_pw = fakes.redis_password(30155)
add("supervisord/redis", "deploy/supervisor/celery.conf", f"""[program:celery-worker]
command=/srv/app/venv/bin/celery -A app worker -l info -c 4
directory=/srv/app
user=app
autostart=true
autorestart=true
stopwaitsecs=600
environment=DJANGO_SETTINGS_MODULE="app.settings.prod",CELERY_BROKER_URL="redis://:{_pw}@127.0.0.1:6379/0"
stdout_logfile=/var/log/celery/worker.log
redirect_stderr=true
""", _pw, "Supervisor docs: [program:x] environment=")

_pw = human_password(30156)
add("uwsgi/database", "deploy/uwsgi/app.ini", f"""[uwsgi]
module = wsgi:application
master = true
processes = 4
socket = /run/uwsgi/app.sock
chmod-socket = 660
vacuum = true
env = DJANGO_SETTINGS_MODULE=portal.settings
env = DATABASE_URL=postgres://portal:{_pw}@localhost:5432/portal
""", _pw, "uWSGI docs: env option in an ini file")

_pw = fakes.redis_password(30157)
add("systemd/redis", "systemd/celery.service", f"""[Unit]
Description=Celery workers
After=network.target redis-server.service

[Service]
Type=forking
User=celery
Group=celery
Environment="CELERY_BROKER_URL=redis://:{_pw}@localhost:6379/0"
Environment="CELERY_APP=proj"
WorkingDirectory=/opt/proj
ExecStart=/opt/proj/venv/bin/celery multi start w1 -A ${{CELERY_APP}} --pidfile=/var/run/celery/%n.pid
Restart=always

[Install]
WantedBy=multi-user.target
""", _pw, "systemd.exec(5) Environment=; Celery daemonization docs")

_kid, _sk = fakes.aws_key_id(30158), fakes.aws_secret_key(30158)
add("systemd/aws", "etc/systemd/system/media-sync.service", f"""[Unit]
Description=Sync uploaded media to S3

[Service]
Type=oneshot
Environment=AWS_ACCESS_KEY_ID={_kid} AWS_SECRET_ACCESS_KEY={_sk}
Environment=AWS_DEFAULT_REGION=eu-west-1
ExecStart=/usr/local/bin/aws s3 sync /srv/media s3://acme-media-prod
""", _sk, "systemd.exec(5): several assignments on one Environment= line")

_tok = github_fine_grained(30159)
add("nginx/github", "nginx/conf.d/artifacts.conf", f"""server {{
    listen 443 ssl;
    server_name artifacts.acme.io;

    location /releases/ {{
        proxy_pass https://api.github.com/repos/acme/agent/releases/;
        proxy_set_header Authorization "Bearer {_tok}";
        proxy_set_header Accept application/vnd.github+json;
        proxy_ssl_server_name on;
    }}
}}
""", _tok, "nginx proxy_set_header with a GitHub fine-grained token")

add("systemd/decoy-environmentfile", "systemd/api.service", """[Unit]
Description=API (gunicorn)
After=network-online.target

[Service]
User=api
EnvironmentFile=/etc/api/api.env
LoadCredential=db-password:/etc/api/credentials/db-password
Environment=DB_PASSWORD_FILE=%d/db-password
ExecStart=/opt/api/venv/bin/gunicorn api.wsgi -b 127.0.0.1:8000
""", None, "systemd.exec(5): EnvironmentFile= and LoadCredential=")

add("supervisord/decoy-env-interpolation", "supervisor/conf.d/rq.conf", """[program:rq]
command=/srv/rq/venv/bin/rq worker --url redis://:%(ENV_REDIS_PASSWORD)s@redis:6379/0 high default low
numprocs=2
process_name=%(program_name)s-%(process_num)s
environment=REDIS_PASSWORD="%(ENV_REDIS_PASSWORD)s"
""", None, "Supervisor docs: %(ENV_X)s expansions")

add("nginx/decoy-basic-auth-file", "nginx/sites-available/flower", """server {
    listen 80;
    server_name flower.internal;
    auth_basic "Flower";
    auth_basic_user_file /etc/nginx/htpasswd.flower;
    location / {
        proxy_pass http://127.0.0.1:5555;
    }
}
""", None, "nginx auth_basic_user_file (a path, no secret)")

# --------------------------------------------------------------------------------------------
# READMEs and docs with pasted commands
# --------------------------------------------------------------------------------------------

_pw = fakes.redis_password(30160)
add("markdown/redis", "README.md", f"""# session-store

Small Flask service that keeps user sessions in Redis.

## Debugging production

Connect to the production instance and look at the session keys:

```bash
redis-cli -h sessions.prod.acme.io -p 6379 -a '{_pw}' --scan --pattern 'session:*' | head
```

## Running locally

```bash
docker compose up -d redis
flask --app sessions run
```
""", _pw, "README with a pasted redis-cli command")

_kid, _sk = fakes.aws_key_id(30161), fakes.aws_secret_key(30161)
add("rst/aws", "docs/deployment.rst", f"""Deployment
==========

The static site is pushed to S3 by the ``deploy`` make target. Set the
deploy user's keys first::

    export AWS_ACCESS_KEY_ID={_kid}
    export AWS_SECRET_ACCESS_KEY={_sk}
    make deploy

CloudFront invalidation runs afterwards and takes a few minutes.
""", _sk, "reStructuredText literal block with pasted exports")

_tok = fakes.telegram_token(30162)
add("markdown/telegram", "bots/daily-digest/README.md", f"""# daily-digest

Posts the daily metrics digest to the team chat.

Test the bot from a shell:

    curl "https://api.telegram.org/bot{_tok}/getMe"

Cron runs `python -m digest` at 08:00 UTC.
""", _tok, "README with a pasted Telegram Bot API URL")

_pw = human_password(30163)
add("markdown/database", "docs/runbooks/db-failover.md", f"""## Checking replication after failover

1. Connect to the new primary:

   ```
   psql "postgresql://ops_admin:{_pw}@pg-b.prod.acme.io:5432/postgres"
   ```

2. Run `select * from pg_stat_replication;` and check every replica is `streaming`.
""", _pw, "Markdown runbook with a pasted psql URL")

_tok = fakes.pypi_token(30164)
add("markdown/pypi", "CONTRIBUTING.md", f"""# Contributing

## Releasing

1. Bump the version in `pyproject.toml`.
2. `python -m build`
3. Upload:

```
python -m twine upload --username __token__ --password {_tok} dist/*
```
""", _tok, "CONTRIBUTING with a pasted twine upload")

add("markdown/decoy-readme-placeholders", "docs/quickstart.md", """# Quickstart

```bash
export TELEGRAM_BOT_TOKEN=<your-bot-token>
export REDIS_URL="redis://:<password>@localhost:6379/0"
export AWS_SECRET_ACCESS_KEY=YOUR_SECRET_ACCESS_KEY
twine upload -u __token__ -p "$PYPI_TOKEN" dist/*
```
""", None, "docs quickstart with placeholders")

add("markdown/decoy-readme-masked", "docs/troubleshooting.md", """# Troubleshooting

If the worker logs

    Error 111 connecting to redis://:***@redis.internal:6379/0. Connection refused.

check that the REDIS_PASSWORD secret is mounted. A healthy start shows:

    [INFO] broker: redis://:**@redis.internal:6379/0
    [INFO] database: postgresql://app:********@db:5432/app
    [INFO] aws key: AKIA************ (secret ****************************************)
""", None, "masked values as Celery/redis-py/SQLAlchemy print them")

add("rst/decoy-readme-repeated-placeholders", "docs/configuration.rst", """Configuration
=============

Tokens look like this (the x's stand for your own):

.. code-block:: ini

    [pypi]
    username = __token__
    password = pypi-AgEIcHlwaS5vcmcXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX

GitHub tokens start with ``ghp_``, for example ``ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx``.
Slack bot tokens: ``xoxb-0000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx``.
""", None, "docs with repeated-character placeholders after real prefixes")

add("rst/decoy-readme-aws-example", "README.rst", """acme-s3-sync
============

Configure credentials the usual way (``aws configure``). In the docs examples
we use the placeholder pair from the AWS documentation::

    aws_access_key_id = AKIAIOSFODNN7EXAMPLE
    aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

Install with ``pip install acme-s3-sync``.
""", None, "AWS docs example key pair in a README")

# --------------------------------------------------------------------------------------------
# Makefiles
# --------------------------------------------------------------------------------------------

_tok = fakes.pypi_token(30165)
add("makefile/pypi", "Makefile", f""".PHONY: build publish clean

build:
\tpython -m build

publish: build
\ttwine upload --non-interactive -u __token__ -p {_tok} dist/*

clean:
\trm -rf dist build *.egg-info
""", _tok, "GNU make recipe running twine upload")

_pw = fakes.redis_password(30166)
add("makefile/redis", "services/queue/Makefile", f"""REDIS_HOST ?= 127.0.0.1
REDIS_PASSWORD ?= {_pw}

.PHONY: flush monitor
flush:
\tredis-cli -h $(REDIS_HOST) -a $(REDIS_PASSWORD) FLUSHDB

monitor:
\tredis-cli -h $(REDIS_HOST) -a $(REDIS_PASSWORD) MONITOR
""", _pw, "GNU make ?= variable defaults")

_pw = human_password(30167)
add("makefile/database", "db/Makefile", f"""DB_URL := postgres://migrator:{_pw}@db.staging.acme.io:5432/app?sslmode=require

migrate:
\tmigrate -path ./migrations -database "$(DB_URL)" up

rollback:
\tmigrate -path ./migrations -database "$(DB_URL)" down 1
""", _pw, "golang-migrate CLI database URL in a Makefile")

add("makefile/decoy-pass", "release/Makefile", """PYPI_TOKEN = $(shell pass show pypi/acme-token)
TWINE = python -m twine

upload:
\t$(TWINE) upload -u __token__ -p "$(PYPI_TOKEN)" dist/*

db-shell:
\tpsql "postgresql://app:$(DB_PASSWORD)@localhost/app"
""", None, "GNU make $(shell ...) and $(VAR) references")

# --------------------------------------------------------------------------------------------
# Logs
# --------------------------------------------------------------------------------------------

_pw = fakes.redis_password(30168)
add("log/redis", "logs/app-2024-05-17.log", f"""2024-05-17 08:00:01,114 INFO  app.boot starting orders-api 3.4.1 (pid 4121)
2024-05-17 08:00:01,120 DEBUG app.config loaded settings: {{'ENV': 'prod', 'REDIS_URL': 'redis://:{_pw}@10.0.4.9:6379/0', 'WORKERS': 4}}
2024-05-17 08:00:01,402 INFO  app.cache connected to redis 7.2.4
2024-05-17 08:00:02,010 INFO  uvicorn.error Application startup complete.
2024-05-17 08:00:02,011 INFO  uvicorn.error Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)
""", _pw, "Python logging output that printed a settings dict")

_pw = human_password(30169)
add("log/database", "var/log/etl/error.log", f"""[2024-04-02 03:15:09] ERROR etl.load: load failed for batch 1182
Traceback (most recent call last):
  File "/opt/etl/etl/load.py", line 88, in load
    conn = psycopg2.connect(dsn)
  File "/opt/etl/venv/lib/python3.11/site-packages/psycopg2/__init__.py", line 122, in connect
    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)
psycopg2.OperationalError: connection to server at "warehouse.internal" (10.2.0.7), port 5432 failed: timeout expired
[2024-04-02 03:15:09] ERROR etl.load: dsn was host=warehouse.internal dbname=dw user=etl password={_pw} connect_timeout=10
""", _pw, "log with a libpq keyword/value DSN (password=)")

_tok = fakes.telegram_token(30170)
add("log/telegram", "logs/notifier.log", f"""2024-03-11T09:12:44Z INFO  sending digest to chat -1001288844410
2024-03-11T09:12:49Z ERROR requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.telegram.org', port=443): Max retries exceeded with url: /bot{_tok}/sendMessage (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f3a2c1b9d50>: Failed to establish a new connection: [Errno 101] Network is unreachable'))
2024-03-11T09:13:49Z INFO  retry 1/3
2024-03-11T09:13:50Z INFO  digest sent (message_id=48812)
2024-03-11T09:13:50Z INFO  next run 2024-03-12T09:12:00Z
""", _tok, "requests ConnectionError message quoting the request URL")

add("log/decoy-pip-masked", "ci-logs/build-4412.log", """#12 [build 3/6] RUN pip install -r requirements.txt
#12 0.912 Looking in indexes: https://builder:****@repo.acme.io/artifactory/api/pypi/pypi-virtual/simple
#12 1.337 Collecting Django==4.2.11
#12 1.402   Downloading Django-4.2.11-py3-none-any.whl (8.0 MB)
#12 4.880 Successfully installed Django-4.2.11 asgiref-3.8.1 sqlparse-0.5.0
#12 DONE 5.2s
""", None, "pip masks index passwords as **** in its log")

add("log/decoy-celery-banner", "logs/worker.log", """ -------------- celery@worker-7d9f8 v5.3.6 (emerald-rush)
--- ***** -----
-- ******* ---- Linux-5.15.0-1057-aws-x86_64-with-glibc2.36 2024-05-17 08:00:03
- *** --- * ---
- ** ---------- [config]
- ** ---------- .> app:         proj:0x7f8a1c2d3e40
- ** ---------- .> transport:   redis://:**@redis-queue.internal:6379/0
- ** ---------- .> results:     redis://:**@redis-queue.internal:6379/1
- *** --- * --- .> concurrency: 4 (prefork)
-- ******* ---- .> task events: OFF
""", None, "Celery worker banner (masks the broker password)")

# --------------------------------------------------------------------------------------------
# SQL dumps
# --------------------------------------------------------------------------------------------

_pw = human_password(30171, url_safe=False)
add("sql/database", "db/init/01-roles.sql", f"""-- Roles for the reporting stack
CREATE ROLE grafana_reader WITH LOGIN PASSWORD '{_pw}';
GRANT CONNECT ON DATABASE metrics TO grafana_reader;
GRANT USAGE ON SCHEMA public TO grafana_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO grafana_reader;
""", _pw, "PostgreSQL docs: CREATE ROLE ... PASSWORD; docker-entrypoint-initdb.d scripts")

_pw = human_password(30172)
add("sql/generic-password", "dumps/cms_2024-05-01.sql", f"""-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: cms
-- ------------------------------------------------------
/*!40101 SET NAMES utf8mb4 */;

DROP TABLE IF EXISTS `site_settings`;
CREATE TABLE `site_settings` (
  `name` varchar(64) NOT NULL,
  `value` text,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `site_settings` WRITE;
INSERT INTO `site_settings` VALUES ('site_title','Acme News'),('smtp_host','smtp.mailgun.org'),('smtp_user','postmaster@mg.acme.io'),('smtp_password','{_pw}'),('smtp_port','587');
UNLOCK TABLES;
""", _pw, "mysqldump output with a settings table")

_pw = random_password(30173, 20)
add("sql/database", "migrations/V12__fdw_legacy.sql", f"""CREATE EXTENSION IF NOT EXISTS postgres_fdw;
CREATE SERVER legacy_erp FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host 'erp-db.acme.local', port '5432', dbname 'erp');
CREATE USER MAPPING FOR app_user SERVER legacy_erp
    OPTIONS (user 'erp_reader', password '{_pw}');
IMPORT FOREIGN SCHEMA public LIMIT TO (invoices, customers) FROM SERVER legacy_erp INTO legacy;
""", _pw, "PostgreSQL docs: postgres_fdw CREATE USER MAPPING; Flyway V__ naming")

add("sql/decoy-scram-hash", "backup/globals.sql", """--
-- PostgreSQL database cluster dump
--
SET default_transaction_read_only = off;
SET client_encoding = 'UTF8';

CREATE ROLE app;
ALTER ROLE app WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:q8FzqzVbNH3c5Cw6bQ2j0A==$Yd7qQ8uVdO0mY2q0v6W4x1Fh7yY5n0Zs9mJ3bWk1pTg=:m2Vq9cT7sN4xR1pL8kH5fG2dA0zY6wU3eJ9bC7vX4iQ=';
CREATE ROLE readonly;
ALTER ROLE readonly WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:Zm9vYmFyYmF6cXV4MTIzNA==$Gk3mP0sQ9vW2yB5eH8jL1nR4tU7xA0cF3iK6oN9qS2v=:Tq5wE8rY1uI4oP7aS0dF3gH6jK9lZ2xC5vB8nM1qW4e=';
""", None, "pg_dumpall --globals-only output (SCRAM verifiers, not passwords)")

add("sql/decoy-mysql-hash", "db/users.sql", """-- output of SHOW CREATE USER on db-01, kept for the migration notes
CREATE USER 'app'@'%' IDENTIFIED WITH 'caching_sha2_password' AS '$A$005$\\Z8mk\\x0ft+\\0Qn\\xN/a\\\\wVjz7GaC0v3gHq.l4nT6K8e9R2pUx5sBc1dFyWz'; 
CREATE USER 'legacy'@'10.%' IDENTIFIED WITH 'mysql_native_password' AS '*6BB4837EB74329105EE4568DDA7DC67ED2CA2AD9';
GRANT SELECT, INSERT, UPDATE ON shop.* TO 'app'@'%';
GRANT SELECT ON shop.* TO 'legacy'@'10.%';
""", None, "SHOW CREATE USER output (password hashes)")

# --------------------------------------------------------------------------------------------
# YAML configs with nested password keys
# --------------------------------------------------------------------------------------------

_pw = fakes.redis_password(30174)
add("yaml-nested/redis", "config/worker.yaml", f"""worker:
  concurrency: 8
  queues: [default, emails]
redis:
  host: redis-01.prod.acme.io
  port: 6379
  db: 3
  password: {_pw}
  socket_timeout: 5
logging:
  level: INFO
""", _pw, "application YAML config, password under a redis: parent")

_pw = human_password(30175)
add("yaml-nested/database", "config/settings.prod.yaml", f"""app:
  name: ticketing
  debug: false
database:
  driver: postgresql
  host: tickets-db.internal
  port: 5432
  name: tickets
  user: tickets
  password: '{_pw}'
  pool:
    min: 2
    max: 10
""", _pw, "application YAML config, password under a database: parent")

_pw = random_password(30176, 24)
add("yaml-nested/redis", "conf/production.yml", f"""server:
  port: 8443
cache:
  backend: redis
  redis:
    sentinel:
      master: mymaster
      nodes: ["10.0.1.10:26379", "10.0.1.11:26379"]
    auth:
      username: app
      password: "{_pw}"
""", _pw, "deeply nested redis auth in YAML")

_pw = human_password(30177)
add("app-engine-yaml/database", "app.yaml", f"""runtime: python312
entrypoint: gunicorn -b :$PORT main:app
instance_class: F2

env_variables:
  DB_USER: "guestbook"
  DB_PASS: "{_pw}"
  DB_NAME: "guestbook"
  INSTANCE_CONNECTION_NAME: "acme-prod:europe-west1:guestbook-sql"
""", _pw, "Google App Engine app.yaml env_variables (Cloud SQL sample)")

_pw = human_password(30178)
add("yaml-nested/generic-password", "config/auth.yml", f"""ldap:
  url: ldaps://ldap.acme.local:636
  bind_dn: cn=svc-portal,ou=services,dc=acme,dc=local
  bind_password: "{_pw}"
  user_search_base: ou=people,dc=acme,dc=local
  group_search_base: ou=groups,dc=acme,dc=local
""", _pw, "LDAP bind credentials in an application YAML config")

add("yaml-nested/decoy-yaml-env-tag", "config/service.yaml", """redis:
  host: !ENV ${REDIS_HOST}
  password: !ENV ${REDIS_PASSWORD}
database:
  password_file: /run/secrets/db_password
  user: service
""", None, "pyaml-env !ENV tag; *_file path")

add("sops/decoy-yaml-sops", "secrets/prod.enc.yaml", """redis:
    password: ENC[AES256_GCM,data:pQ1mTzN8k5xV2bR7eY0uW3sC6fH9jL,iv:8nK2pR5tW7yB0dE3gH6jL9mP1sV4xZ7cF0iK3nQ6tW8=,tag:Xr4tY7uI0oP3aS6dF9gH2j==,type:str]
database:
    password: ENC[AES256_GCM,data:Lm9nZ2VyaGVhZDc3LXN0YWJsZQ,iv:Qw2eR5tY8uI1oP4aS7dF0gH3jK6lZ9xC2vB5nM8qW1e=,tag:Pl0kOi9juH8ygT7frD6esW==,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:123456789012:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b
          created_at: "2024-05-01T10:00:00Z"
          enc: AQICAHh1a2V5LWVuY3J5cHRlZC1ibG9iLWZvci1zb3BzLWZpbGU=
          aws_profile: ""
    lastmodified: "2024-05-01T10:00:03Z"
    mac: ENC[AES256_GCM,data:Tq5wE8rY1uI4oP7aS0dF3gH6jK9lZ2xC5vB8nM1qW4eRt,iv:Gk3mP0sQ9vW2yB5eH8jL1nR4tU7xA0cF3iK6oN9qS2v=,tag:m2Vq9cT7sN4xR1pL8kH5fA==,type:str]
    version: 3.8.1
""", None, "SOPS-encrypted YAML file")

# --------------------------------------------------------------------------------------------
# Private keys and other common kinds in more formats
# --------------------------------------------------------------------------------------------

_pem = fakes.fake_pem(30180)
add("pem/private-key", "deploy/keys/deploy_id_rsa", _pem + "\n", _pem, "PEM private key file committed beside deploy scripts")

_pem = fakes.fake_pem(30181)
add("python/private-key", "integrations/github_app.py", f"""import time

import jwt

APP_ID = 381204
PRIVATE_KEY = \"\"\"{_pem}
\"\"\"


def app_jwt() -> str:
    now = int(time.time())
    return jwt.encode({{"iat": now - 60, "exp": now + 540, "iss": APP_ID}}, PRIVATE_KEY, algorithm="RS256")
""", _pem, "GitHub App JWT signing with a private key held in a module string")

_pem = fakes.fake_pem(30182, kind="EC")
_indented = "\n".join("  " + line for line in _pem.split("\n"))
add("ansible/private-key", "inventories/prod/group_vars/lb.yml", f"""haproxy_frontend_port: 443
haproxy_ssl_cert_path: /etc/haproxy/certs/site.pem
haproxy_ssl_key: |
{_indented}
haproxy_backend_servers:
  - name: app1
    address: 10.0.0.21:8000
""", _pem, "Ansible vars with a PEM key in a | block scalar")

_tok = fakes.github_token(30183)
add("gitconfig/github", "ci/docker/gitconfig", f"""[user]
    name = acme-ci
    email = ci@acme.io
[url "https://acme-bot:{_tok}@github.com/acme/"]
    insteadOf = https://github.com/acme/
    insteadOf = git@github.com:acme/
[advice]
    detachedHead = false
""", _tok, "git-config(1) url.<base>.insteadOf with a token in the URL (CI images installing private deps)")

_tok = slack_bot_token(30184)
add("toml/slack", "config/alerts.toml", f"""[general]
service = "billing-alerts"
interval_seconds = 60

[slack]
token = "{_tok}"
channel = "#billing-alerts"
mention = "@oncall"
""", _tok, "TOML application config with a Slack bot token (xoxb-)")

_pw = human_password(30185)
add("toml/database", ".streamlit/secrets.toml", f"""[connections.postgresql]
dialect = "postgresql"
host = "dashboards-db.acme.io"
port = "5432"
database = "dashboards"
username = "streamlit"
password = "{_pw}"
""", _pw, "Streamlit docs: secrets.toml for st.connection")

_key = next(key for key in map(fakes.django_secret_key, range(30186, 30300)) if "$" not in key)
add("compose/django-secret-key", "deploy/compose.prod.yml", f"""services:
  web:
    image: registry.acme.io/portal:2024.05
    command: gunicorn portal.wsgi:application --bind 0.0.0.0:8000 --workers 3
    environment:
      DJANGO_SETTINGS_MODULE: portal.settings.prod
      DJANGO_SECRET_KEY: "{_key}"
      DJANGO_ALLOWED_HOSTS: portal.acme.io
""", _key, "Docker Compose environment with a Django SECRET_KEY")

_pw = fakes.redis_password(30187)
add("json/redis", "app.json", json.dumps({
    "name": "acme-rq-dashboard",
    "description": "RQ dashboard for the queue cluster",
    "repository": "https://github.com/acme/rq-dashboard-deploy",
    "env": {
        "RQ_DASHBOARD_REDIS_URL": {"description": "Queue Redis", "value": f"redis://:{_pw}@queue-redis.acme.io:6379"},
        "RQ_DASHBOARD_USERNAME": {"value": "ops"},
    },
    "formation": {"web": {"quantity": 1, "size": "basic"}},
}, indent=2) + "\n", _pw, "Heroku app.json schema: env values")

_tok = fakes.telegram_token(30188)
add("json/telegram", "bot/config.json", json.dumps({
    "bot": {"token": _tok, "parse_mode": "MarkdownV2", "admins": [118822301]},
    "database": {"path": "data/bot.sqlite3"},
    "schedule": {"digest": "08:00", "timezone": "Europe/Amsterdam"},
}, indent=4) + "\n", _tok, "JSON bot configuration file")

_tok = fakes.pypi_token(30189)
add("tox-ini/pypi", "tox.ini", f"""[tox]
envlist = py39, py310, py311, py312, lint

[testenv]
deps = pytest
commands = pytest {{posargs}}

[testenv:release]
deps =
    build
    twine
setenv =
    TWINE_USERNAME = __token__
    TWINE_PASSWORD = {_tok}
commands =
    python -m build
    python -m twine upload dist/*
""", _tok, "tox docs: setenv in a testenv")

_pw = human_password(30190)
add("alembic-ini/database", "migrations/alembic.ini", f"""[alembic]
script_location = migrations
prepend_sys_path = .
sqlalchemy.url = postgresql+psycopg2://alembic:{_pw}@pg.prod.acme.io/inventory

[loggers]
keys = root,sqlalchemy,alembic

[logger_root]
level = WARN
handlers = console
""", _pw, "Alembic docs: alembic.ini sqlalchemy.url")

_key = sendgrid_key(30191)
add("python-settings/sendgrid", "newsletter/settings/email.py", f"""EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = "{_key}"
DEFAULT_FROM_EMAIL = "Acme Newsletter <news@acme.io>"
""", _key, "SendGrid docs: SMTP relay with Django (user 'apikey', password the API key)")

# More decoys in common formats

add("ssh-public-key/decoy-public-key", "deploy/keys/authorized_keys", """# managed by ansible (role: users); manual edits are overwritten
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq3mZ8vR2cT5yN1pL7kW0sF4dJ9gB6xE3aC8uV2iO5t deploy@ci-runner-01
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQC7vX2m9pQ4rT8yW1sE6dF3gH0jK5lZ8xC2vB7nM4qA1eR9tU6iO3pS0dG5hJ2kL8zX4cV7bN1mQ6wE9rT3yU0iP5aS2dF8gH4jK1lZ7xC3vB9nM6qW2eR5tY8uI0oP3aS6dF9gH2jK5lZ8xC1vB4nM7qW0eR3tY6uI9oP2aS5dF8gH1jK4lZ7xC0vB3nM6qW9eR2tY5uI8oP1aS4dF7gH0jK3lZ6xC9vB2nM5qW8eR1tY4uI7oP0aS3dF6gH9jK2lZ5xC8vB1nM4qW7eR0tY3uI6oP9aS2dF5gH8jK1lZ4xC7vB0nM3qW6eR9tY2uI5oP8aS1dF4gH7jK0lZ3xC6vB9nM2qW5eR8tY1uI4oP7aS0dF3gH6jK9lZ2xC5vB8nM1qW4eR7tY0uI3oP6aS9dF2gH5jK8lZ1xC4vB7nM0qW3eR6tY9uI2oP5aS8dF1gH4jK7lZ0xC3vB6nM9qW2eR5tY8uI1oP4a= ops@laptop
ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBPq3mZ8vR2cT5yN1pL7kW0sF4dJ9gB6xE3aC8uV2iO5tR4eW7qY0uI3oP6aS9dF2gH5jK8lZ1xC4vB7nM0qW3eR6= backup@nas
sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29tAAAAIOq3mZ8vR2cT5yN1pL7kW0sF4dJ9gB6xE3aC8uV2iO5tAAAABHNzaDo= dana@yubikey
""", None, "OpenSSH authorized_keys (public keys)")

add("pem/decoy-certificate", "certs/internal-ca.pem", """-----BEGIN CERTIFICATE-----
MIIDdzCCAl+gAwIBAgIUYr2Qk7mT9vX3pW1sE6dF3gH0jK4wDQYJKoZIhvcNAQEL
BQAwSzELMAkGA1UEBhMCTkwxEjAQBgNVBAoMCUFjbWUgQ29ycDEoMCYGA1UEAwwf
QWNtZSBJbnRlcm5hbCBSb290IENBIDIwMjQgLSBHMTAeFw0yNDAxMTUwOTAwMDBa
Fw0zNDAxMTIwOTAwMDBaMEsxCzAJBgNVBAYTAk5MMRIwEAYDVQQKDAlBY21lIENv
cnAxKDAmBgNVBAMMH0FjbWUgSW50ZXJuYWwgUm9vdCBDQSAyMDI0IC0gRzEwggEi
MA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQC9x2m8pQ4rT7yW1sE6dF3gH0jK
5lZ8xC2vB7nM4qA1eR9tU6iO3pS0dG5hJ2kL8zX4cV7bN1mQ6wE9rT3yU0iP5aS2
dF8gH4jK1lZ7xC3vB9nM6qW2eR5tY8uI0oP3aS6dF9gH2jK5lZ8xC1vB4nM7qW0e
R3tY6uI9oP2aS5dF8gH1jK4lZ7xC0vB3nM6qW9eR2tY5uI8oP1aS4dF7gH0jK3lZ
6xC9vB2nM5qW8eR1tY4uI7oP0aS3dF6gH9jK2lZ5xC8vB1nM4qW7eR0tY3uI6oP9
AgMBAAGjUzBRMB0GA1UdDgQWBBQ3mZ8vR2cT5yN1pL7kW0sF4dJ9gDAfBgNVHSME
GDAWgBQ3mZ8vR2cT5yN1pL7kW0sF4dJ9gDAPBgNVHRMBAf8EBTADAQH/MA0GCSqG
SIb3DQEBCwUAA4IBAQBq7wE2rT5yU8iP1aS4dF7gH0jK3lZ6xC9vB2nM5qW8eR1t
-----END CERTIFICATE-----
""", None, "X.509 certificate in PEM (public)")

add("poetry-lock/decoy-poetry-lock", "poetry.lock", """# This file is automatically @generated by Poetry 1.8.2 and should not be changed by hand.

[[package]]
name = "redis"
version = "5.0.3"
description = "Python client for Redis database and key-value store"
optional = false
python-versions = ">=3.7"
files = [
    {file = "redis-5.0.3-py3-none-any.whl", hash = "sha256:5da9b8fe9e1254293756c16c008e8620b3d15fcc6dde6babde9541850e72a32d"},
    {file = "redis-5.0.3.tar.gz", hash = "sha256:4973bae7444c0fbed64a06b87446f79361cb7e4ec1538c022d696ed7a5015580"},
]

[package.extras]
hiredis = ["hiredis (>=1.0.0)"]

[metadata]
lock-version = "2.0"
python-versions = "^3.11"
content-hash = "8f1b3c5d7e9a0b2c4d6e8f0a1b3c5d7e9f0a2b4c6d8e0f1a3b5c7d9e1f3a5b7c"
""", None, "Poetry lock file with sha256 hashes")

add("package-lock/decoy-integrity", "frontend/package-lock.json", """{
  "name": "acme-dashboard",
  "version": "1.0.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/axios": {
      "version": "1.6.8",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.6.8.tgz",
      "integrity": "sha512-v/ZHtJDU39mDpyBoFVkETcd/uNdxrWRrg3bKpOKzXFA6Bvqopts6ALSMU3y6ijYxbw2B+wPrIv46egTzJXCLGQ==",
      "dependencies": {
        "follow-redirects": "^1.15.6"
      }
    }
  }
}
""", None, "npm package-lock.json integrity (SRI sha512)")

add("css/decoy-data-uri", "static/css/brand.css", """.logo {
  width: 120px;
  height: 32px;
  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABgAAAAYCAYAAADgdz34AAAABHNCSVQICAgIfAhkiAAAAAlwSFlzAAAApgAAAKYB3X3/OAAAABl0RVh0U29mdHdhcmUAd3d3Lmlua3NjYXBlLm9yZ5vuPBoAAAGNSURBVEiJ7ZW9S8NQFMV/L1FbKEoHnUVBcRFEHBx0EQcHF8HFf8DBwdHBSXBwEQQXN3F0cHRwUVAXwUUqSNVB2kJbKkZr0ub3jF80/QBG0PPdC/NuTkneS+BKygSQ9nHuqPgtnlrPsVOL6q0HKTxrxlHDUJA0gJ2EZiA8nX2gqxQ==");
  background-repeat: no-repeat;
}
""", None, "CSS data: URI with a base64 PNG")

add("alembic-ini/decoy-template", "db/alembic.ini", """[alembic]
script_location = alembic
# the URL comes from env.py (DATABASE_URL); this line is the template default
sqlalchemy.url = driver://user:pass@localhost/dbname

[post_write_hooks]
hooks = black
black.type = console_scripts
black.entrypoint = black
""", None, "alembic init template default sqlalchemy.url")

add("kustomize/decoy-secret-generator", "deploy/overlays/prod/kustomization.yaml", """apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: shop-prod
resources:
  - ../../base
secretGenerator:
  - name: shop-db
    files:
      - password=secrets/db-password.txt
  - name: shop-env
    envs:
      - secrets/prod.env
images:
  - name: shop
    newTag: 2024.05.17
""", None, "kustomize secretGenerator reading files (paths only)")

add("gitconfig/decoy-helper", "dotfiles/.gitconfig", """[user]
    name = Dana Vos
    email = dana@acme.io
    signingkey = 3AA5C34371567BD2
[credential]
    helper = osxkeychain
[credential "https://gitlab.acme.io"]
    username = dvos
    helper = !glab auth git-credential
[commit]
    gpgsign = true
""", None, "git config with credential helpers and a GPG key id")

add("pipfile-lock/decoy-pipfile-lock", "Pipfile.lock", """{
    "_meta": {
        "hash": {
            "sha256": "7e5a3c1d9b0f2e4a6c8d0e2f4a6b8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b"
        },
        "pipfile-spec": 6,
        "requires": {"python_version": "3.11"},
        "sources": [{"name": "pypi", "url": "https://pypi.org/simple", "verify_ssl": true}]
    },
    "default": {
        "certifi": {
            "hashes": [
                "sha256:0569859f95fc761b18b45ef421b1290a0f65f147e92a1e5eb3e635f9a5e4e66f",
                "sha256:dc383c07b76109f368f6106eee2b593b04a011ea4d55f652c6ca24a754d1cdd1"
            ],
            "version": "==2024.2.2"
        }
    }
}
""", None, "pipenv Pipfile.lock with sha256 hashes")

add("json/decoy-jwks-public", "auth/jwks.json", """{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "2024-05-rotation",
      "alg": "RS256",
      "e": "AQAB",
      "n": "u1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0_IzW7yWR7QkrmBL7jTKEn5u-qKhbwKfBstIs-bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW_VDL5AaWTg0nLVkjRo9z-40RQzuVaE8AkAFmxZzow3x-VJYKdjykkJ0iT9wCS0DRTXu269V264Vf_3jvredZiKRkgwlL9xNAwxXFg0x_XFw005UWVRIkdgcKWTjpBP2dPwVZ4WWC-9aGVd-Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbcmw"
    }
  ]
}
""", None, "JWKS public key set (RFC 7517)")

add("vault-agent/decoy-template", "vault/agent.hcl", """auto_auth {
  method "kubernetes" {
    mount_path = "auth/kubernetes"
    config = {
      role = "orders"
    }
  }
}

template {
  destination = "/vault/secrets/redis.env"
  contents    = <<EOT
{{ with secret "kv/data/orders/redis" }}REDIS_PASSWORD={{ .Data.data.password }}{{ end }}
EOT
}
""", None, "Vault Agent configuration with a template stanza")

add("envrc/decoy-1password", "projects/api/.envrc", """# secrets come from 1Password at load time
export REDIS_PASSWORD="$(op read 'op://Engineering/orders-redis/password')"
export AWS_PROFILE=orders-dev
export DATABASE_URL="postgres://orders:$(op read op://Engineering/orders-db/password)@localhost:5432/orders"
dotenv_if_exists .env.local
""", None, "direnv with 1Password CLI op read references")
