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
            out_lines = cell["stdout"].split("\n")
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
add("k8s-secret/mongodb", "helm-releases/analytics/mongo-secret.yaml", f"""apiVersion: v1
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

add("decoy/k8s-secretkeyref", "k8s/api/deployment.yaml", """apiVersion: apps/v1
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

add("decoy/k8s-external-secret", "k8s/api/external-secret.yaml", """apiVersion: external-secrets.io/v1beta1
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
add("decoy/k8s-sealed-secret", "k8s/api/sealed-db.yaml", f"""apiVersion: bitnami.com/v1alpha1
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

add("decoy/k8s-secret-placeholder", "k8s/examples/secret-template.yaml", f"""# Copy to secret.yaml and fill in real values; do not commit the copy.
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

add("decoy/k8s-configmap-commented", "k8s/redis/configmap.yaml", """apiVersion: v1
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

add("decoy/k8s-serviceaccount-token-ref", "k8s/ci/runner-sa.yaml", """apiVersion: v1
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

add("decoy/helm-template", "charts/storefront/templates/secret.yaml", """apiVersion: v1
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

add("decoy/helm-existing-secret", "charts/redis-cache/values.yaml", """auth:
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

add("decoy/helm-placeholder", "charts/keycloak/values.example.yaml", """postgresql:
  auth:
    username: keycloak
    password: <REPLACE_WITH_DB_PASSWORD>
    database: keycloak
keycloak:
  admin:
    user: admin
    password: "CHANGE_ME"
""", None, "Helm values example with placeholders")

add("decoy/helm-vault-annotations", "charts/payments/values.yaml", """podAnnotations:
  vault.hashicorp.com/agent-inject: "true"
  vault.hashicorp.com/role: "payments"
  vault.hashicorp.com/agent-inject-secret-db: "database/creds/payments"
  vault.hashicorp.com/agent-inject-template-db: |
    {{- with secret "database/creds/payments" -}}
    postgresql://{{ .Data.username }}:{{ .Data.password }}@postgres:5432/payments
    {{- end }}
""", None, "Vault Agent injector annotations")
