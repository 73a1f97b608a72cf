"""Blind set A: whole files as teams commit them, written without reading secretfence's code.

Each case is one file of a real format (Kubernetes, Helm, Compose, Terraform, CI configs,
notebooks, shell histories, Spring, Django, packaging configs...) with at most one planted
credential, or a decoy a good gate must let through (placeholders, secret-store references,
documented example keys, checksums, public material, self-declared fakes). Every value is
generated here from fixed seeds (20000 upward); none was ever issued.

Labels follow the credential, not any tool: `secret` is the exact string a gate must report
(the decoded value of a base64 Kubernetes Secret, the password of a URL).
"""
from __future__ import annotations

import base64
import hashlib
import itertools
import json
import random
import string
import struct
import uuid
import zlib
from typing import Dict, List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

CASES: List[LabelledCase] = []

_seeds = itertools.count(20000)


def seed() -> int:
    return next(_seeds)


def fill(text: str, **values: str) -> str:
    """Put values into a template at @@name@@ (no clash with {{ }}, ${}, %()s or <<EOF)."""
    for name, value in values.items():
        text = text.replace(f"@@{name}@@", value)
    if "@@" in text:
        raise ValueError(f"unfilled marker in template: {text[text.index('@@'):][:40]}")
    return text


def secret_case(fmt: str, kind: str, name: str, text: str, secret: str, source: str, **values: str) -> None:
    CASES.append(LabelledCase(f"blind-a/{fmt}/{kind}", name, fill(text, **values), secret, source))


def decoy_case(kind: str, name: str, text: str, source: str, **values: str) -> None:
    CASES.append(LabelledCase(f"blind-a/decoy/{kind}", name, fill(text, **values), None, source))


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


# --- generators of values people really use -----------------------------------------------------

_WORDS = [
    "winter", "summer", "autumn", "spring", "falcon", "maple", "orchid", "harbor", "copper", "tiger",
    "rocket", "panther", "sunset", "glacier", "canyon", "meadow", "thunder", "lantern", "pepper",
    "violet", "cobalt", "marble", "anchor", "saturn", "velvet", "bamboo", "raven", "juniper",
    "cactus", "walrus", "nebula", "quartz", "horse", "battery", "staple", "correct", "orange",
]


def human_password(seed_value: int, url_safe: bool = False) -> str:
    """A password as a person or a team picks it: words, years, a symbol; sometimes random."""
    rng = random.Random(seed_value)
    symbols = "!_.-*" if url_safe else "!#*_.-+%"
    style = rng.randrange(6)
    if style == 0:  # Winter2024!db
        return rng.choice(_WORDS).capitalize() + str(rng.randint(2015, 2026)) + rng.choice(symbols) + rng.choice(["db", "prod", "app", "", "x"])
    if style == 1:  # correct-horse-battery-9
        return "-".join(rng.sample(_WORDS, 3)) + "-" + str(rng.randint(0, 99))
    if style == 2:  # Maple#Harbor87
        return rng.choice(_WORDS).capitalize() + rng.choice(symbols) + rng.choice(_WORDS).capitalize() + str(rng.randint(10, 99))
    if style == 3:  # team name + year, leetish
        return rng.choice(["Acme", "Orbit", "Nimbus", "Kestrel", "Helix"]) + rng.choice(symbols) + str(rng.randint(2019, 2026)) + rng.choice(["Ops", "Svc", "Data"])
    if style == 4:
        return fakes.password(seed_value)
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(rng.randint(12, 24)))


def hexstr(seed_value: int, length: int) -> str:
    rng = random.Random(seed_value)
    return "".join(rng.choice("0123456789abcdef") for _ in range(length))


def b64blob(seed_value: int, length: int, alphabet: str = fakes.ALNUM + "+/") -> str:
    rng = random.Random(seed_value)
    return "".join(rng.choice(alphabet) for _ in range(length))


def slack_bot_token(seed_value: int) -> str:
    rng = random.Random(seed_value)
    return f"xoxb-{rng.randint(10**10, 10**12)}-{rng.randint(10**12, 10**13)}-" + "".join(rng.choice(fakes.ALNUM) for _ in range(24))


def slack_webhook(seed_value: int) -> str:
    rng = random.Random(seed_value)
    team = "T" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(10))
    hook = "B" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(10))
    return f"https://hooks.slack.com/services/{team}/{hook}/" + "".join(rng.choice(fakes.ALNUM) for _ in range(24))


def stripe_live_key(seed_value: int) -> str:
    return fakes.fake("sk_live_", 99, seed_value) if seed_value % 2 else fakes.fake("sk_live_", 24, seed_value)


def github_fine_grained(seed_value: int) -> str:
    return "github_pat_" + fakes.fake("", 22, seed_value) + "_" + fakes.fake("", 59, seed_value + 1)


def aws_temp_key_id(seed_value: int) -> str:
    return "ASIA" + fakes.aws_key_id(seed_value)[4:]


def png_base64(seed_value: int, side: int = 24) -> str:
    """A real PNG (a small gradient) as a notebook stores its images."""
    rng = random.Random(seed_value)
    raw = b"".join(b"\x00" + bytes((x * 9 + y * 3 + rng.randrange(8)) % 256 for x in range(side * 3)) for y in range(side))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    return base64.b64encode(png).decode()


def notebook(cells: List[Dict[str, object]], kernel: str = "python3") -> str:
    """An .ipynb as Jupyter writes it (nbformat 4, one-space JSON indent, sources split in lines)."""
    body = {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": kernel},
            "language_info": {"name": "python", "version": "3.11.6"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    return json.dumps(body, indent=1) + "\n"


def _lines(text: str) -> List[str]:
    parts = text.split("\n")
    return [line + "\n" for line in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def code_cell(source: str, count: int, outputs: Optional[List[Dict[str, object]]] = None) -> Dict[str, object]:
    return {
        "cell_type": "code",
        "execution_count": count,
        "id": hexstr(count * 7919 + len(source), 8),
        "metadata": {},
        "outputs": outputs or [],
        "source": _lines(source),
    }


def md_cell(source: str) -> Dict[str, object]:
    return {"cell_type": "markdown", "id": hexstr(len(source) * 31, 8), "metadata": {}, "source": _lines(source)}


def stream(text: str) -> Dict[str, object]:
    return {"name": "stdout", "output_type": "stream", "text": _lines(text)}


def result(text: str, count: int) -> Dict[str, object]:
    return {"data": {"text/plain": _lines(text)}, "execution_count": count, "metadata": {}, "output_type": "execute_result"}


K8S_DOCS = "https://kubernetes.io/docs/concepts/configuration/secret/"
COMPOSE_DOCS = "https://docs.docker.com/reference/compose-file/services/"
HELM_DOCS = "https://helm.sh/docs/chart_template_guide/values_files/"
REDIS_CONF = "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/"
GHA_DOCS = "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions"
GITLAB_DOCS = "https://docs.gitlab.com/ci/yaml/"
JENKINS_DOCS = "https://www.jenkins.io/doc/book/pipeline/syntax/"
CIRCLE_DOCS = "https://circleci.com/docs/configuration-reference/"
NBFORMAT = "https://nbformat.readthedocs.io/en/latest/format_description.html"
SPRING_PROPS = "https://docs.spring.io/spring-boot/appendix/application-properties/index.html"
DJANGO_SETTINGS = "https://docs.djangoproject.com/en/stable/ref/settings/"
DOTENV = "https://github.com/motdotla/dotenv#usage (the .env convention)"
BASH_HISTORY = "bash(1) HISTFILE: one command a line"
ZSH_HISTORY = "zshoptions(1) EXTENDED_HISTORY: ': <start>:<elapsed>;<command>'"
TF_DOCS = "https://registry.terraform.io/providers/hashicorp/aws/latest/docs"
ANSIBLE_DOCS = "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables"
DOCKERFILE = "https://docs.docker.com/reference/dockerfile/"
AWS_CREDS = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
PYPIRC = "https://packaging.python.org/en/latest/specifications/pypirc/"
TWINE = "https://twine.readthedocs.io/en/stable/#environment-variables"
IDEA_RUNCONF = "JetBrains .idea/runConfigurations/*.xml (shared run configurations)"
SPRING_XML = "https://docs.spring.io/spring-framework/reference/core/beans/basics.html (XML bean definitions)"
TELEGRAM = "https://core.telegram.org/bots/api#authorizing-your-bot"


# --- Redis ---------------------------------------------------------------------------------------

def _redis() -> None:
    pw = fakes.redis_password(seed())
    secret_case("k8s", "redis", "k8s/base/deployment.yaml", r"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders-worker
  labels:
    app.kubernetes.io/name: orders-worker
    app.kubernetes.io/part-of: shop
spec:
  replicas: 3
  selector:
    matchLabels:
      app.kubernetes.io/name: orders-worker
  template:
    metadata:
      labels:
        app.kubernetes.io/name: orders-worker
    spec:
      containers:
        - name: worker
          image: registry.gitlab.com/acme/shop/orders:1.14.2
          args: ["celery", "-A", "orders", "worker", "-l", "info", "--concurrency=4"]
          env:
            - name: DJANGO_SETTINGS_MODULE
              value: orders.settings.production
            - name: CELERY_BROKER_URL
              value: "redis://:@@pw@@@redis-master.cache.svc.cluster.local:6379/1"
            - name: LOG_LEVEL
              value: info
          resources:
            requests:
              cpu: 250m
              memory: 256Mi
            limits:
              memory: 512Mi
""", pw, K8S_DOCS + " (env in a Deployment's pod template)", pw=pw)

    pw = human_password(seed())
    secret_case("helm", "redis", "charts/api/values.yaml", r"""# Default values for api.
replicaCount: 2

image:
  repository: ghcr.io/acme/api
  pullPolicy: IfNotPresent
  tag: ""

service:
  type: ClusterIP
  port: 8000

redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "@@pw@@"
  master:
    persistence:
      size: 2Gi

ingress:
  enabled: false
  className: nginx
  hosts:
    - host: api.local
      paths:
        - path: /
          pathType: ImplementationSpecific
""", pw, "https://artifacthub.io/packages/helm/bitnami/redis (auth.password)", pw=pw)

    pw = human_password(seed(), url_safe=True)
    secret_case("compose", "redis", "docker-compose.prod.yml", r"""services:
  web:
    image: acme/web:${TAG:-latest}
    env_file: .env.production
    depends_on:
      - cache
    ports:
      - "8000:8000"

  cache:
    image: redis:7.2-alpine
    command: redis-server --appendonly yes --requirepass @@pw@@
    volumes:
      - cache-data:/data
    restart: unless-stopped

volumes:
  cache-data:
""", pw, COMPOSE_DOCS + "#command", pw=pw)

    pw = fakes.redis_password(seed())
    secret_case("compose", "redis", "deploy/docker-compose.yml", r"""version: "3.8"

services:
  redis:
    image: "bitnami/redis:7.0"
    command: ["redis-server", "--save", "60", "1", "--requirepass", "@@pw@@", "--maxmemory", "256mb"]
    healthcheck:
      test: ["CMD", "redis-cli", "ping"]
      interval: 10s
      retries: 5
  rq-worker:
    build: .
    command: rq worker --url redis://redis:6379/0 default
    depends_on:
      redis:
        condition: service_healthy
""", pw, COMPOSE_DOCS + "#command (exec form list)", pw=pw)

    pw = human_password(seed())
    secret_case("compose", "redis", "compose.yaml", r"""name: analytics

services:
  cache:
    image: redis:7
    command:
      - redis-server
      - --appendonly
      - "yes"
      - --requirepass
      - "@@pw@@"
    ports:
      - "127.0.0.1:6379:6379"
  notebook:
    image: jupyter/scipy-notebook:2023-10-20
    ports:
      - "8888:8888"
    volumes:
      - ./notebooks:/home/jovyan/work
""", pw, COMPOSE_DOCS + "#command (block list)", pw=pw)

    pw = fakes.redis_password(seed())
    secret_case("redis-conf", "redis", "ops/redis/redis.conf", r"""# Redis configuration for the session store
bind 0.0.0.0
protected-mode yes
port 6379
tcp-backlog 511
timeout 0
tcp-keepalive 300
daemonize no
supervised no
loglevel notice
logfile ""
databases 4

################################## SECURITY ###################################
requirepass @@pw@@

############################## MEMORY MANAGEMENT ################################
maxmemory 512mb
maxmemory-policy allkeys-lru

############################## APPEND ONLY MODE ###############################
appendonly yes
appendfsync everysec
""", pw, REDIS_CONF + " (requirepass)", pw=pw)

    pw = fakes.redis_password(seed())
    secret_case("redis-conf", "redis", "docker/redis/replica.conf", r"""port 6379
replicaof redis-primary 6379
masterauth @@pw@@
replica-read-only yes
replica-serve-stale-data yes
repl-diskless-sync yes
save ""
appendonly no
""", pw, REDIS_CONF + " (masterauth on a replica)", pw=pw)

    pw = fakes.redis_password(seed())
    secret_case("redis-conf", "redis", "deploy/sentinel.conf", r"""port 26379
dir /tmp
sentinel resolve-hostnames yes
sentinel monitor mymaster redis-0.redis.default.svc 6379 2
sentinel auth-pass mymaster @@pw@@
sentinel down-after-milliseconds mymaster 5000
sentinel failover-timeout mymaster 60000
sentinel parallel-syncs mymaster 1
""", pw, "https://redis.io/docs/latest/operate/oss_and_stack/management/sentinel/ (sentinel auth-pass)", pw=pw)

    pw = human_password(seed())
    secret_case("spring-properties", "redis", "src/main/resources/application.properties", r"""spring.application.name=catalog-service
server.port=8081
management.endpoints.web.exposure.include=health,info,prometheus

spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/catalog
spring.datasource.username=${DB_USER:catalog}
spring.datasource.password=${DB_PASSWORD}

spring.redis.host=catalog-cache.prod.internal
spring.redis.port=6379
spring.redis.password=@@pw@@
spring.redis.timeout=2000ms
spring.cache.type=redis
spring.cache.redis.time-to-live=600000
""", pw, SPRING_PROPS + " (spring.redis.password)", pw=pw)

    pw = fakes.redis_password(seed())
    secret_case("spring-yaml", "redis", "src/main/resources/application-prod.yml", r"""spring:
  application:
    name: notification-service
  data:
    redis:
      host: master.notif-cache.x1abcd.use1.cache.amazonaws.com
      port: 6379
      ssl:
        enabled: true
      password: @@pw@@
      timeout: 3s
  kafka:
    bootstrap-servers: ${KAFKA_BOOTSTRAP:localhost:9092}

logging:
  level:
    root: INFO
    com.acme.notification: DEBUG
""", pw, SPRING_PROPS + " (spring.data.redis.password)", pw=pw)

    pw = human_password(seed())
    secret_case("dotenv", "redis", ".env.production", r"""NODE_ENV=production
APP_URL=https://app.acme-corp.io
LOG_LEVEL=warn

REDIS_HOST=redis-12873.c1.eu-west-1-2.ec2.cloud.redislabs.com
REDIS_PORT=12873
REDIS_PASSWORD=@@pw@@

SESSION_TTL=86400
FEATURE_NEW_CHECKOUT=true
""", pw, DOTENV, pw=pw)

    pw = fakes.redis_password(seed())
    secret_case("django", "redis", "mysite/settings/production.py", r"""from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["www.example-shop.com", "example-shop.com"]

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://:@@pw@@@10.0.3.17:6379/2",
        "OPTIONS": {
            "CLIENT_CLASS": "django_redis.client.DefaultClient",
            "SOCKET_CONNECT_TIMEOUT": 5,
            "IGNORE_EXCEPTIONS": True,
        },
        "KEY_PREFIX": "shop",
    }
}

SESSION_ENGINE = "django.contrib.sessions.backends.cache"
SESSION_CACHE_ALIAS = "default"
""", pw, "https://github.com/jazzband/django-redis#configure-as-cache-backend", pw=pw)

    pw = fakes.redis_password(seed())
    secret_case("python", "redis", "proj/celeryconfig.py", r"""# Celery configuration, loaded with app.config_from_object("proj.celeryconfig")
broker_url = "rediss://default:@@pw@@@clustercfg.jobs.abc123.euw1.cache.amazonaws.com:6380/0?ssl_cert_reqs=required"
result_backend = "django-db"

task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]
timezone = "Europe/Berlin"
enable_utc = True

task_routes = {
    "proj.tasks.send_invoice": {"queue": "billing"},
    "proj.tasks.resize_image": {"queue": "media"},
}
worker_prefetch_multiplier = 1
""", pw, "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", pw=pw)

    pw = fakes.redis_password(seed()) + "Xk29fLm"
    secret_case("terraform", "redis", "infra/elasticache.tf", r"""resource "aws_elasticache_subnet_group" "sessions" {
  name       = "sessions-${var.env}"
  subnet_ids = module.vpc.private_subnets
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions-${var.env}"
  description                = "Session store"
  engine                     = "redis"
  engine_version             = "7.0"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  port                       = 6379
  subnet_group_name          = aws_elasticache_subnet_group.sessions.name
  security_group_ids         = [aws_security_group.redis.id]
  automatic_failover_enabled = true
  transit_encryption_enabled = true
  at_rest_encryption_enabled = true
  auth_token                 = "@@pw@@"

  tags = local.tags
}
""", pw, TF_DOCS + "/resources/elasticache_replication_group#auth_token", pw=pw)

    pw = human_password(seed()) + "Q7"
    secret_case("terraform", "redis", "terraform/modules/cache/users.tf", r"""resource "aws_elasticache_user" "app" {
  user_id       = "app-user"
  user_name     = "app"
  access_string = "on ~app:* -@all +@read +@write +@connection"
  engine        = "REDIS"
  passwords     = ["@@pw@@"]
}

resource "aws_elasticache_user_group" "app" {
  engine        = "REDIS"
  user_group_id = "app-group"
  user_ids      = [aws_elasticache_user.app.user_id, "default"]
}
""", pw, TF_DOCS + "/resources/elasticache_user#passwords", pw=pw)

    pw = fakes.redis_password(seed())
    secret_case("redis-acl", "redis", "docker/redis/users.acl", r"""# Loaded with `aclfile /usr/local/etc/redis/users.acl`; edit, then ACL LOAD.
# Keep the default user disabled.
user default off
user admin on #@@admin_hash@@ ~* &* +@all
user app on >@@pw@@ ~app:* &app:* -@all +@read +@write +@connection -flushall
user metrics on nopass ~* -@all +info +ping +client|list
""", pw, "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/#acl-files", pw=pw,
                admin_hash=hashlib.sha256(fakes.redis_password(seed()).encode()).hexdigest())

    pw = human_password(seed())
    secret_case("shell", "redis", "scripts/bootstrap-redis-users.sh", r"""#!/usr/bin/env bash
# Creates the application users on a fresh Redis 7 instance.
set -euo pipefail

HOST="${REDIS_HOST:-127.0.0.1}"
ADMIN_PASS="$(cat /run/secrets/redis_admin)"

redis-cli -h "$HOST" --user admin --pass "$ADMIN_PASS" ACL SETUSER worker on '>@@pw@@' '~jobs:*' '+@list' '+@connection'
redis-cli -h "$HOST" --user admin --pass "$ADMIN_PASS" ACL SAVE
echo "users created on $HOST"
""", pw, "https://redis.io/docs/latest/commands/acl-setuser/", pw=pw)

    pw = fakes.redis_password(seed())
    secret_case("dotenv", "redis", "services/api/.env", r"""# local overrides for the api service
PORT=8080
DEBUG=false
REDIS_URL=redis://redis.internal.acme.io:6379/0?password=@@pw@@&socket_timeout=5
SENTRY_ENVIRONMENT=staging
""", pw, "https://redis-py.readthedocs.io/en/stable/connections.html#redis.Redis.from_url (query-string arguments)", pw=pw)

    pw = fakes.redis_password(seed())
    secret_case("bash-history", "redis", ".bash_history", r"""ls -la
cd /srv/app
git pull --rebase
sudo systemctl status app.service
journalctl -u app.service -n 200 --no-pager
redis-cli -h 10.20.0.14 -p 6379 -a @@pw@@ info keyspace
redis-cli -h 10.20.0.14 -p 6379 --scan --pattern 'session:*' | wc -l
df -h
exit
""", pw, BASH_HISTORY, pw=pw)

    pw = human_password(seed(), url_safe=True)
    secret_case("zsh-history", "redis", ".zsh_history", r""": 1714032211:0;brew services list
: 1714032240:0;cd ~/code/payments
: 1714032262:3;poetry shell
: 1714032301:0;redis-cli -u 'rediss://default:@@pw@@@eu1-sharp-mole-38211.upstash.io:38211' PING
: 1714032330:0;redis-cli -u 'rediss://default:@@pw@@@eu1-sharp-mole-38211.upstash.io:38211' DBSIZE
: 1714032399:12;pytest -x tests/test_rate_limit.py
: 1714032450:0;git status
""", pw, ZSH_HISTORY, pw=pw)

    pw = fakes.redis_password(seed())
    secret_case("dockerfile", "redis", "docker/cache/Dockerfile", r"""FROM redis:7.2-bookworm

COPY redis.conf /usr/local/etc/redis/redis.conf
RUN mkdir -p /var/lib/redis && chown redis:redis /var/lib/redis

EXPOSE 6379
HEALTHCHECK --interval=30s CMD redis-cli ping || exit 1
CMD ["redis-server", "/usr/local/etc/redis/redis.conf", "--requirepass", "@@pw@@"]
""", pw, DOCKERFILE + "#cmd", pw=pw)

    pw = fakes.redis_password(seed())
    secret_case("k8s", "redis", "k8s/redis/configmap.yaml", r"""apiVersion: v1
kind: ConfigMap
metadata:
  name: redis-config
  namespace: cache
data:
  redis.conf: |
    bind 0.0.0.0
    port 6379
    maxmemory 1gb
    maxmemory-policy volatile-lru
    requirepass @@pw@@
    appendonly yes
    save 900 1
  liveness.sh: |
    #!/bin/sh
    exec redis-cli -a "$REDIS_PASSWORD" ping
""", pw, K8S_DOCS.replace("secret/", "configmap/") + " (a config file in a block scalar)", pw=pw)

    pw = human_password(seed())
    secret_case("k8s-secret", "redis", "k8s/overlays/prod/redis-secret.yaml", r"""apiVersion: v1
kind: Secret
metadata:
  name: redis-auth
  namespace: shop
  labels:
    app: redis
type: Opaque
data:
  redis-password: @@enc@@
""", pw, K8S_DOCS + " (data: base64)", enc=b64(pw))

    pw = fakes.redis_password(seed())
    secret_case("helm-template", "redis", "charts/queue/templates/redis-configmap.yaml", r"""apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "queue.fullname" . }}-redis
  labels:
    {{- include "queue.labels" . | nindent 4 }}
data:
  redis.conf: |
    port {{ .Values.redis.port | default 6379 }}
    maxmemory {{ .Values.redis.maxmemory }}
    requirepass @@pw@@
    {{- if .Values.redis.persistence }}
    appendonly yes
    {{- end }}
""", pw, "https://helm.sh/docs/chart_template_guide/getting_started/ (a template with a hard-coded value)", pw=pw)

    pw = human_password(seed())
    secret_case("ansible", "redis", "ansible/group_vars/cache.yml", r"""---
redis_version: "7.2.4"
redis_port: 6379
redis_bind_interface: 0.0.0.0
redis_maxmemory: 2gb
redis_maxmemory_policy: allkeys-lru
redis_requirepass: "@@pw@@"
redis_appendonly: "yes"
redis_service_name: redis-server
""", pw, ANSIBLE_DOCS + " (geerlingguy.redis role variables)", pw=pw)

    pw = fakes.redis_password(seed())
    secret_case("notebook", "redis", "notebooks/explore_sessions.ipynb", notebook([
        code_cell("import redis\nimport pandas as pd\n\nr = redis.Redis(host=\"sessions.prod.acme.internal\", port=6379, db=0,\n                password=\"" + pw + "\", decode_responses=True)", 1),
        code_cell("keys = list(r.scan_iter(\"session:*\", count=1000))\nlen(keys)", 2, [result("48213", 2)]),
    ]), pw, NBFORMAT + " (credential in a code cell's source)")

    pw = fakes.redis_password(seed())
    secret_case("notebook", "redis", "notebooks/debug_cache.ipynb", notebook([
        code_cell("from app.config import settings\nprint(settings.CACHE_URL)", 1, [stream("redis://:" + pw + "@cache-prod.acme.internal:6379/3\n")]),
        code_cell("from app.cache import client\nclient.ping()", 2, [result("True", 2)]),
    ]), pw, NBFORMAT + " (credential printed in a stream output)")

    pw = fakes.redis_password(seed())
    secret_case("github-actions", "redis", ".github/workflows/deploy.yml", r"""name: deploy

on:
  push:
    branches: [main]

jobs:
  migrate-and-warm:
    runs-on: ubuntu-latest
    environment: production
    env:
      REDIS_URL: redis://default:@@pw@@@redis-prod.acme.io:6379/0
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt
      - run: python manage.py warm_cache
""", pw, GHA_DOCS + "#env", pw=pw)

    pw = human_password(seed())
    secret_case("jenkins", "redis", "Jenkinsfile", r"""pipeline {
    agent { label 'linux' }
    environment {
        REDIS_HOST = 'cache01.dc2.acme.local'
        REDIS_PASSWORD = '@@pw@@'
    }
    stages {
        stage('Test') {
            steps {
                sh 'python -m pytest -q'
            }
        }
        stage('Flush staging cache') {
            when { branch 'main' }
            steps {
                sh 'redis-cli -h $REDIS_HOST -a $REDIS_PASSWORD FLUSHDB'
            }
        }
    }
}
""", pw, JENKINS_DOCS + "#environment", pw=pw)

    pw = fakes.redis_password(seed())
    secret_case("gitlab-ci", "redis", ".gitlab-ci.yml", r"""stages:
  - test
  - deploy

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  REDIS_PASSWORD: "@@pw@@"

test:
  stage: test
  image: python:3.11
  script:
    - pip install -e .[test]
    - pytest

deploy:
  stage: deploy
  script:
    - ./deploy.sh
  only:
    - main
""", pw, GITLAB_DOCS + "#variables", pw=pw)

    pw = human_password(seed(), url_safe=True)
    secret_case("python", "redis", "app/config.py", r"""import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    REDIS_HOST = os.getenv("REDIS_HOST", "redis.prod.svc")
    REDIS_PASSWORD = os.getenv("REDIS_PASSWORD", "@@pw@@")
    RATELIMIT_STORAGE_URI = f"redis://:{REDIS_PASSWORD}@{REDIS_HOST}:6379/4"


class TestConfig(Config):
    TESTING = True
""", pw, "https://flask.palletsprojects.com/en/stable/config/ (a default in os.getenv)", pw=pw)

    pw = fakes.redis_password(seed())
    secret_case("idea", "redis", ".idea/runConfigurations/worker.xml", r"""<component name="ProjectRunConfigurationManager">
  <configuration default="false" name="worker" type="PythonConfigurationType" factoryName="Python">
    <module name="backend" />
    <option name="INTERPRETER_OPTIONS" value="" />
    <option name="PARENT_ENVS" value="true" />
    <envs>
      <env name="PYTHONUNBUFFERED" value="1" />
      <env name="REDIS_URL" value="redis://:@@pw@@@cache.staging.acme.io:6379/0" />
    </envs>
    <option name="SDK_HOME" value="" />
    <option name="WORKING_DIRECTORY" value="$PROJECT_DIR$" />
    <option name="SCRIPT_NAME" value="$PROJECT_DIR$/worker.py" />
    <option name="PARAMETERS" value="--queues default,mail" />
    <method v="2" />
  </configuration>
</component>
""", pw, IDEA_RUNCONF, pw=pw)

    pw = human_password(seed())
    secret_case("spring-xml", "redis", "src/main/resources/spring/cache-context.xml", r"""<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans
                           http://www.springframework.org/schema/beans/spring-beans.xsd">

    <bean id="jedisConnectionFactory"
          class="org.springframework.data.redis.connection.jedis.JedisConnectionFactory">
        <property name="hostName" value="redis.dc1.acme.local"/>
        <property name="port" value="6379"/>
        <property name="password" value="@@pw@@"/>
        <property name="usePool" value="true"/>
    </bean>

    <bean id="redisTemplate" class="org.springframework.data.redis.core.StringRedisTemplate">
        <property name="connectionFactory" ref="jedisConnectionFactory"/>
    </bean>
</beans>
""", pw, SPRING_XML, pw=pw)

    pw = fakes.redis_password(seed())
    secret_case("makefile", "redis", "Makefile", r""".PHONY: run worker test lint

PYTHON ?= python3
REDIS_URL ?= redis://:@@pw@@@redis.staging.acme.io:6379/0
export REDIS_URL

run:
	$(PYTHON) -m uvicorn app.main:app --reload

worker:
	$(PYTHON) -m arq app.worker.WorkerSettings

test:
	$(PYTHON) -m pytest -q

lint:
	ruff check . && mypy app
""", pw, "https://www.gnu.org/software/make/manual/make.html#Setting (?= and export)", pw=pw)

    pw = fakes.redis_password(seed())
    secret_case("shell", "redis", "provision/setup_cache.sh", r"""#!/bin/sh
set -e

apt-get update -qq
apt-get install -y -qq redis-server

cat > /etc/redis/redis.conf <<EOF
bind 127.0.0.1 10.0.0.5
port 6379
supervised systemd
requirepass @@pw@@
maxmemory 256mb
maxmemory-policy allkeys-lru
EOF

systemctl restart redis-server
systemctl enable redis-server
""", pw, "bash(1) here-documents writing a config file", pw=pw)

    pw = fakes.redis_password(seed())
    secret_case("tox", "redis", "tox.ini", r"""[tox]
envlist = py39, py311, lint
isolated_build = true

[testenv]
deps = -r requirements-test.txt
setenv =
    REDIS_URL = redis://:@@pw@@@redis-ci.acme.internal:6379/9
    PYTHONWARNINGS = error
commands = pytest {posargs:tests}

[testenv:lint]
deps = ruff
commands = ruff check src tests
""", pw, "https://tox.wiki/en/latest/config.html#set_env", pw=pw)

    pw = human_password(seed())
    secret_case("readme", "redis", "README.md", r"""# rate-limiter

Sliding-window rate limiting for our public APIs, backed by Redis.

## Running locally

```bash
pip install -e .
export RATE_LIMIT_REDIS=redis://localhost:6379/0
python -m rate_limiter.demo
```

## Staging

The staging limiter shares the `cache-stg` instance. To inspect counters:

```bash
redis-cli -h cache-stg.acme.internal -a '@@pw@@' --scan --pattern 'rl:*'
```

## License

MIT
""", pw, "https://www.markdownguide.org/extended-syntax/#fenced-code-blocks", pw=pw)

    pw = fakes.redis_password(seed())
    secret_case("k8s", "redis", "k8s/redis/statefulset.yaml", r"""apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: redis
spec:
  serviceName: redis
  replicas: 1
  selector:
    matchLabels:
      app: redis
  template:
    metadata:
      labels:
        app: redis
    spec:
      containers:
        - name: redis
          image: redis:7.2
          args:
            - "--appendonly"
            - "yes"
            - "--requirepass"
            - "@@pw@@"
          ports:
            - containerPort: 6379
              name: redis
          volumeMounts:
            - name: data
              mountPath: /data
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: 5Gi
""", pw, K8S_DOCS.replace("configuration/secret/", "workloads/controllers/statefulset/") + " (container args)", pw=pw)

    pw = fakes.redis_password(seed())
    secret_case("docs-rst", "redis", "docs/setup.rst", r"""Setting up a development environment
=====================================

1. Create a virtual environment and install the package::

       python -m venv .venv
       . .venv/bin/activate
       pip install -e '.[dev]'

2. Point the worker at the shared development Redis:

   .. code-block:: console

      $ export BROKER_URL='redis://:@@pw@@@dev-redis.acme.internal:6379/5'
      $ python -m worker --queues default

3. Run the tests with ``pytest``.
""", pw, "https://www.sphinx-doc.org/en/master/usage/restructuredtext/directives.html#directive-code-block", pw=pw)


_redis()

# --- AWS -----------------------------------------------------------------------------------------

def _aws() -> None:
    def pair() -> "tuple[str, str]":
        s = seed()
        return fakes.aws_key_id(s), fakes.aws_secret_key(s)

    kid, sk = pair()
    secret_case("aws-credentials", "aws", "credentials", r"""[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@sk@@

[analytics]
role_arn = arn:aws:iam::123456789012:role/AnalyticsReadOnly
source_profile = default
region = eu-central-1
""", sk, AWS_CREDS, kid=kid, sk=sk)

    s = seed()
    kid, sk, token = aws_temp_key_id(s), fakes.aws_secret_key(s), fakes.aws_session_token(s)
    secret_case("aws-credentials", "aws", "deploy/aws/credentials", r"""[ci-deployer]
aws_access_key_id=@@kid@@
aws_secret_access_key=@@sk@@
aws_session_token=@@token@@
region=us-west-2
""", sk, AWS_CREDS + " (temporary credentials)", kid=kid, sk=sk, token=token)

    kid, sk = pair()
    secret_case("dotenv", "aws", ".env", r"""DJANGO_DEBUG=0
DJANGO_ALLOWED_HOSTS=media.acme.io
AWS_STORAGE_BUCKET_NAME=acme-media-prod
AWS_S3_REGION_NAME=eu-west-1
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@sk@@
AWS_S3_CUSTOM_DOMAIN=media.acme.io
""", sk, DOTENV + " (django-storages S3 settings)", kid=kid, sk=sk)

    kid, sk = pair()
    secret_case("django", "aws", "config/settings.py", r"""from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.staticfiles",
    "storages",
    "catalog",
]

STORAGES = {
    "default": {"BACKEND": "storages.backends.s3.S3Storage"},
    "staticfiles": {"BACKEND": "storages.backends.s3.S3Storage"},
}
AWS_ACCESS_KEY_ID = "@@kid@@"
AWS_SECRET_ACCESS_KEY = "@@sk@@"
AWS_STORAGE_BUCKET_NAME = "catalog-assets"
AWS_QUERYSTRING_AUTH = False
""", sk, "https://django-storages.readthedocs.io/en/latest/backends/amazon-S3.html", kid=kid, sk=sk)

    kid, sk = pair()
    secret_case("notebook", "aws", "notebooks/s3_inventory.ipynb", notebook([
        code_cell("import boto3\n\ns3 = boto3.client(\n    \"s3\",\n    aws_access_key_id=\"" + kid + "\",\n    aws_secret_access_key=\"" + sk + "\",\n    region_name=\"us-east-1\",\n)", 1),
        code_cell("resp = s3.list_objects_v2(Bucket=\"acme-raw-events\", Prefix=\"2024/05/\")\nlen(resp.get(\"Contents\", []))", 2, [result("1000", 2)]),
    ]), sk, "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html#passing-credentials-as-parameters")

    kid, sk = pair()
    secret_case("terraform", "aws", "infra/main.tf", r"""terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
  backend "s3" {
    bucket = "acme-terraform-state"
    key    = "network/terraform.tfstate"
    region = "eu-west-1"
  }
}

provider "aws" {
  region     = "eu-west-1"
  access_key = "@@kid@@"
  secret_key = "@@sk@@"
}

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.5.1"
  name    = "main"
  cidr    = "10.10.0.0/16"
}
""", sk, TF_DOCS + "#static-credentials", kid=kid, sk=sk)

    kid, sk = pair()
    secret_case("s3cmd", "aws", ".s3cfg", r"""[default]
access_key = @@kid@@
secret_key = @@sk@@
bucket_location = EU
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
use_https = True
signature_v2 = False
""", sk, "https://s3tools.org/kb/item14.htm (s3cmd --configure writes ~/.s3cfg)", kid=kid, sk=sk)

    kid, sk = pair()
    secret_case("rclone", "aws", "backup/rclone.conf", r"""[offsite]
type = s3
provider = AWS
env_auth = false
access_key_id = @@kid@@
secret_access_key = @@sk@@
region = eu-north-1
location_constraint = eu-north-1
acl = private
storage_class = STANDARD_IA

[local-nas]
type = sftp
host = nas.home.lan
user = backup
""", sk, "https://rclone.org/s3/#configuration", kid=kid, sk=sk)

    kid, sk = pair()
    secret_case("spark", "aws", "conf/spark-defaults.conf", r"""spark.master                      yarn
spark.submit.deployMode           cluster
spark.executor.memory             4g
spark.executor.cores              2
spark.sql.shuffle.partitions      200
spark.hadoop.fs.s3a.impl          org.apache.hadoop.fs.s3a.S3AFileSystem
spark.hadoop.fs.s3a.access.key    @@kid@@
spark.hadoop.fs.s3a.secret.key    @@sk@@
spark.eventLog.enabled            true
spark.eventLog.dir                s3a://acme-spark-logs/events/
""", sk, "https://hadoop.apache.org/docs/stable/hadoop-aws/tools/hadoop-aws/index.html#Authenticating_with_S3", kid=kid, sk=sk)

    kid, sk = pair()
    secret_case("hadoop-xml", "aws", "etc/hadoop/core-site.xml", r"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="configuration.xsl"?>
<configuration>
  <property>
    <name>fs.defaultFS</name>
    <value>hdfs://namenode:8020</value>
  </property>
  <property>
    <name>fs.s3a.access.key</name>
    <value>@@kid@@</value>
  </property>
  <property>
    <name>fs.s3a.secret.key</name>
    <value>@@sk@@</value>
  </property>
  <property>
    <name>fs.s3a.endpoint</name>
    <value>s3.eu-west-1.amazonaws.com</value>
  </property>
</configuration>
""", sk, "https://hadoop.apache.org/docs/stable/hadoop-aws/tools/hadoop-aws/index.html (core-site.xml)", kid=kid, sk=sk)

    kid, sk = pair()
    secret_case("dvc", "aws", ".dvc/config", r"""[core]
    remote = storage
    autostage = true
['remote "storage"']
    url = s3://acme-ml-datasets/dvc
    region = us-east-2
    access_key_id = @@kid@@
    secret_access_key = @@sk@@
""", sk, "https://dvc.org/doc/user-guide/data-management/remote-storage/amazon-s3", kid=kid, sk=sk)

    kid, sk = pair()
    secret_case("github-actions", "aws", ".github/workflows/release.yml", r"""name: release

on:
  release:
    types: [published]

permissions:
  contents: read

jobs:
  upload-assets:
    runs-on: ubuntu-22.04
    steps:
      - uses: actions/checkout@v4
      - name: Configure AWS credentials
        uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: @@kid@@
          aws-secret-access-key: @@sk@@
          aws-region: us-east-1
      - name: Sync docs
        run: aws s3 sync site/ s3://docs.acme.io --delete
""", sk, "https://github.com/aws-actions/configure-aws-credentials#usage", kid=kid, sk=sk)

    s = seed()
    kid, token = aws_temp_key_id(s), fakes.aws_session_token(s, "er-aws")
    secret_case("github-actions", "aws-session", ".github/workflows/nightly-export.yml", r"""name: nightly-export
on:
  schedule:
    - cron: "17 3 * * *"
  workflow_dispatch:

jobs:
  export:
    runs-on: ubuntu-latest
    env:
      AWS_DEFAULT_REGION: eu-west-1
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: ${{ secrets.EXPORT_SECRET_KEY }}
      AWS_SESSION_TOKEN: @@token@@
    steps:
      - uses: actions/checkout@v4
      - run: python scripts/export.py --since yesterday
""", token, GHA_DOCS + "#env (an STS session token)", kid=kid, token=token)

    kid, sk = pair()
    secret_case("gitlab-ci", "aws", "ci/.gitlab-ci.yml", r"""image: python:3.12-slim

variables:
  AWS_DEFAULT_REGION: ap-southeast-2
  AWS_ACCESS_KEY_ID: "@@kid@@"
  AWS_SECRET_ACCESS_KEY: "@@sk@@"

stages: [build, publish]

build:
  stage: build
  script:
    - pip install build
    - python -m build
  artifacts:
    paths: [dist/]

publish:
  stage: publish
  script:
    - pip install awscli
    - aws s3 cp dist/ s3://acme-internal-wheels/ --recursive
""", sk, GITLAB_DOCS + "#variables", kid=kid, sk=sk)

    kid, sk = pair()
    secret_case("jenkins", "aws", "ci/Jenkinsfile.deploy", r"""node('docker') {
    stage('Checkout') {
        checkout scm
    }
    stage('Build') {
        sh 'docker build -t acme/reports:${BUILD_NUMBER} .'
    }
    stage('Upload') {
        withEnv(['AWS_ACCESS_KEY_ID=@@kid@@',
                 'AWS_SECRET_ACCESS_KEY=@@sk@@',
                 'AWS_DEFAULT_REGION=us-east-1']) {
            sh 'aws s3 cp build/report.html s3://acme-reports/latest/'
        }
    }
}
""", sk, JENKINS_DOCS.replace("syntax/", "scripted/") + " (withEnv)", kid=kid, sk=sk)

    kid, sk = pair()
    secret_case("dockerfile", "aws", "Dockerfile", r"""FROM python:3.11-slim AS base

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

ENV AWS_ACCESS_KEY_ID=@@kid@@
ENV AWS_SECRET_ACCESS_KEY=@@sk@@
ENV AWS_DEFAULT_REGION=us-east-1

COPY . .
USER 1000
CMD ["gunicorn", "app.wsgi:application", "-b", "0.0.0.0:8000", "-w", "3"]
""", sk, DOCKERFILE + "#env", kid=kid, sk=sk)

    kid, sk = pair()
    secret_case("k8s-secret", "aws", "k8s/base/aws-secret.yaml", r"""apiVersion: v1
kind: Secret
metadata:
  name: exporter-aws
  namespace: monitoring
type: Opaque
data:
  AWS_ACCESS_KEY_ID: @@ekid@@
  AWS_SECRET_ACCESS_KEY: @@esk@@
""", sk, K8S_DOCS + " (data: base64)", ekid=b64(kid), esk=b64(sk))

    kid, sk = pair()
    secret_case("python", "aws", "etl/config.py", r"""\"\"\"Settings of the nightly ETL.\"\"\"

S3_BUCKET = "acme-warehouse-staging"
S3_PREFIX = "exports/orders/"
S3_KEY = "@@kid@@"
S3_SECRET = "@@sk@@"

BATCH_SIZE = 5_000
MAX_RETRIES = 3
""".replace("\\\"", '"'), sk, "a project config module: S3 key and secret under short generic names", kid=kid, sk=sk)

    kid, sk = pair()
    secret_case("spring-properties", "aws", "src/main/resources/application-aws.properties", r"""cloud.aws.region.static=eu-central-1
cloud.aws.stack.auto=false
cloud.aws.credentials.access-key=@@kid@@
cloud.aws.credentials.secret-key=@@sk@@
app.s3.bucket=acme-invoices
app.s3.presign-ttl=PT15M
""", sk, "https://docs.awspring.io/spring-cloud-aws/docs/2.4.4/reference/html/index.html#configuring-credentials", kid=kid, sk=sk)

    kid, sk = pair()
    secret_case("ansible", "aws", "ansible/group_vars/all.yml", r"""---
env_name: production
ntp_servers:
  - 0.pool.ntp.org
  - 1.pool.ntp.org

# used by the amazon.aws collection for backups
aws_region: eu-west-1
aws_access_key: @@kid@@
aws_secret_key: @@sk@@
backup_bucket: acme-prod-backups

users:
  - name: deploy
    groups: [sudo, docker]
""", sk, "https://docs.ansible.com/ansible/latest/collections/amazon/aws/s3_object_module.html (aws_secret_key)", kid=kid, sk=sk)

    kid, sk = pair()
    secret_case("zsh-history", "aws", "home/.zsh_history", r""": 1709122001:0;aws --version
: 1709122015:0;aws configure set aws_access_key_id @@kid@@ --profile media
: 1709122031:0;aws configure set aws_secret_access_key @@sk@@ --profile media
: 1709122046:0;aws s3 ls --profile media
: 1709122090:4;aws s3 cp s3://acme-media/thumbs/ ./thumbs --recursive --profile media
""", sk, ZSH_HISTORY, kid=kid, sk=sk)

    kid, sk = pair()
    secret_case("makefile", "aws", "deploy/Makefile", r"""BUCKET := acme-static-site
DIST   := public

build:
	hugo --minify -d $(DIST)

deploy: build
	AWS_ACCESS_KEY_ID=@@kid@@ \
	AWS_SECRET_ACCESS_KEY=@@sk@@ \
	aws s3 sync $(DIST) s3://$(BUCKET) --delete --cache-control max-age=300

.PHONY: build deploy
""", sk, "https://www.gnu.org/software/make/manual/make.html#Recipes", kid=kid, sk=sk)

    kid, sk = pair()
    secret_case("fluentd", "aws", "logging/fluent.conf", r"""<source>
  @type forward
  port 24224
</source>

<match app.**>
  @type s3
  aws_key_id @@kid@@
  aws_sec_key @@sk@@
  s3_bucket acme-app-logs
  s3_region eu-west-1
  path logs/%Y/%m/%d/
  <buffer time>
    timekey 3600
    timekey_wait 10m
  </buffer>
</match>
""", sk, "https://docs.fluentd.org/output/s3 (aws_key_id / aws_sec_key)", kid=kid, sk=sk)

    s = seed()
    kid, token = aws_temp_key_id(s), fakes.aws_session_token(s)
    secret_case("bash-history", "aws-session", "ops/.bash_history", r"""cd ~/debug
cat request.json | jq .
curl -s 'https://execute-api.eu-west-1.amazonaws.com/prod/orders/8812' -H 'X-Amz-Date: 20240611T101544Z' -H 'X-Amz-Security-Token: @@token@@' -H 'Authorization: AWS4-HMAC-SHA256 Credential=@@kid@@/20240611/eu-west-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=@@sig@@'
history | tail
aws sts get-caller-identity
unset AWS_SESSION_TOKEN
""", token, BASH_HISTORY + " (a SigV4 request copied with its session token)", kid=kid, token=token, sig=hexstr(s, 64))

    kid, sk = pair()
    secret_case("readme", "aws", "docs/README.md", r"""# data-lake-loader

Loads partner CSV drops into the lake.

## Credentials

The loader uses the `lake-loader` IAM user:

| Setting | Value |
|---|---|
| Access key | `@@kid@@` |
| Secret key | `@@sk@@` |
| Region | `us-east-2` |

Ask #data-platform before rotating them.
""", sk, "https://www.markdownguide.org/extended-syntax/#tables", kid=kid, sk=sk)

    s = seed()
    kid, sk, token = aws_temp_key_id(s), fakes.aws_secret_key(s), fakes.aws_session_token(s)
    secret_case("notebook", "aws", "notebooks/assume_role.ipynb", notebook([
        code_cell("import boto3\nsts = boto3.client(\"sts\")\ncreds = sts.assume_role(RoleArn=\"arn:aws:iam::210987654321:role/DataScience\", RoleSessionName=\"nb\")[\"Credentials\"]\nprint(creds[\"AccessKeyId\"], creds[\"SecretAccessKey\"])", 1,
                  [stream(kid + " " + sk + "\n")]),
        code_cell("session = boto3.Session(aws_access_key_id=creds[\"AccessKeyId\"], aws_secret_access_key=creds[\"SecretAccessKey\"], aws_session_token=creds[\"SessionToken\"])", 2),
    ]), sk, NBFORMAT + " (temporary credentials printed in an output)")


_aws()

# --- databases -----------------------------------------------------------------------------------

def _databases() -> None:
    pw = human_password(seed())
    secret_case("django", "database", "backend/settings.py", r"""import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "inventory",
        "USER": "inventory_app",
        "PASSWORD": "@@pw@@",
        "HOST": "pg-prod-1.cluster-cx2ab3.eu-west-1.rds.amazonaws.com",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
    }
}

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_TZ = True
""", pw, DJANGO_SETTINGS + "#databases", pw=pw)

    pw = fakes.password(seed())
    secret_case("dotenv", "database", "backend/.env", r"""# backend environment
DATABASE_URL=postgres://ledger:@@pw@@@ledger-db.internal:5432/ledger?sslmode=require
CELERY_BROKER_URL=redis://localhost:6379/0
ALLOWED_HOSTS=ledger.acme.io
EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend
""", pw, "https://github.com/jazzband/dj-database-url#url-schema", pw=pw)

    pw = human_password(seed())
    secret_case("spring-properties", "database", "src/main/resources/application-prod.properties", r"""server.port=8080
spring.datasource.url=jdbc:mysql://mysql-prod.acme.local:3306/billing?useSSL=true&serverTimezone=UTC
spring.datasource.username=billing
spring.datasource.password=@@pw@@
spring.datasource.hikari.maximum-pool-size=20
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
""", pw, SPRING_PROPS + " (spring.datasource.password)", pw=pw)

    pw = human_password(seed())
    secret_case("spring-yaml", "database", "application.yml", r"""server:
  port: 8443
  ssl:
    enabled: true

spring:
  datasource:
    url: jdbc:postgresql://db.payments.internal:5432/payments
    username: payments_rw
    password: '@@pw@@'
    driver-class-name: org.postgresql.Driver
  flyway:
    enabled: true
    locations: classpath:db/migration

management:
  endpoint:
    health:
      show-details: when-authorized
""", pw, SPRING_PROPS, pw=pw)

    pw = human_password(seed())
    secret_case("compose", "database", "docker-compose.yml", r"""services:
  db:
    image: postgres:16
    restart: always
    environment:
      POSTGRES_DB: wiki
      POSTGRES_USER: wiki
      POSTGRES_PASSWORD: "@@pw@@"
    volumes:
      - pgdata:/var/lib/postgresql/data
  wiki:
    image: ghcr.io/requarks/wiki:2
    depends_on: [db]
    environment:
      DB_TYPE: postgres
      DB_HOST: db
      DB_PORT: 5432
      DB_USER: wiki
      DB_PASS: "@@pw@@"
      DB_NAME: wiki
    ports:
      - "80:3000"
volumes:
  pgdata:
""", pw, "https://hub.docker.com/_/postgres (POSTGRES_PASSWORD)", pw=pw)

    pw = fakes.password(seed())
    secret_case("compose", "database", "docker/docker-compose.override.yml", r"""services:
  mysql:
    image: mysql:8.0
    environment:
      - MYSQL_ROOT_PASSWORD=@@pw@@
      - MYSQL_DATABASE=shop
    ports:
      - "3306:3306"
    command: --default-authentication-plugin=mysql_native_password
""", pw, "https://hub.docker.com/_/mysql (MYSQL_ROOT_PASSWORD)", pw=pw)

    pw = fakes.password(seed())
    secret_case("python", "database", "app/db.py", r"""from motor.motor_asyncio import AsyncIOMotorClient

MONGO_URI = "mongodb+srv://reporting:@@pw@@@cluster0.x7kqz.mongodb.net/reporting?retryWrites=true&w=majority"

client = AsyncIOMotorClient(MONGO_URI, serverSelectionTimeoutMS=5000)
db = client.get_default_database()


async def ping() -> bool:
    await db.command("ping")
    return True
""", pw, "https://www.mongodb.com/docs/manual/reference/connection-string/", pw=pw)

    pw = human_password(seed(), url_safe=True)
    secret_case("alembic", "database", "alembic.ini", r"""[alembic]
script_location = migrations
prepend_sys_path = .
version_path_separator = os

sqlalchemy.url = postgresql+psycopg2://migrator:@@pw@@@10.1.4.22:5432/orders

[loggers]
keys = root,sqlalchemy,alembic

[logger_root]
level = WARN
handlers = console
""", pw, "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file", pw=pw)

    pw = fakes.password(seed())
    secret_case("helm", "database", "charts/backend/values-prod.yaml", r"""image:
  tag: "2.8.1"

env:
  DJANGO_SETTINGS_MODULE: backend.settings.prod

postgresql:
  enabled: true
  auth:
    username: backend
    password: @@pw@@
    database: backend
  primary:
    persistence:
      size: 20Gi

resources:
  limits:
    memory: 1Gi
""", pw, "https://artifacthub.io/packages/helm/bitnami/postgresql (auth.password)", pw=pw)

    pw = human_password(seed())
    secret_case("terraform", "database", "infra/rds.tf", r"""resource "aws_db_instance" "main" {
  identifier              = "app-prod"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.t3.medium"
  allocated_storage       = 50
  db_name                 = "app"
  username                = "app_admin"
  password                = "@@pw@@"
  backup_retention_period = 7
  skip_final_snapshot     = false
  deletion_protection     = true
  vpc_security_group_ids  = [aws_security_group.db.id]
  db_subnet_group_name    = aws_db_subnet_group.main.name
}
""", pw, TF_DOCS + "/resources/db_instance#password", pw=pw)

    pw = human_password(seed())
    secret_case("ansible", "database", "ansible/host_vars/db01.yml", r"""---
mysql_bind_address: 0.0.0.0
mysql_root_password: "@@pw@@"
mysql_databases:
  - name: crm
    encoding: utf8mb4
mysql_users:
  - name: crm
    host: "10.0.%"
    priv: "crm.*:ALL"
""", pw, "https://github.com/geerlingguy/ansible-role-mysql#role-variables (mysql_root_password)", pw=pw)

    pw = fakes.password(seed())
    secret_case("spring-xml", "database", "src/main/webapp/WEB-INF/applicationContext.xml", r"""<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd">

    <bean id="dataSource" class="org.springframework.jdbc.datasource.DriverManagerDataSource">
        <property name="driverClassName" value="oracle.jdbc.OracleDriver"/>
        <property name="url" value="jdbc:oracle:thin:@ora-prod.acme.local:1521/HRPDB"/>
        <property name="username" value="HR_APP"/>
        <property name="password" value="@@pw@@"/>
    </bean>

    <bean id="jdbcTemplate" class="org.springframework.jdbc.core.JdbcTemplate">
        <constructor-arg ref="dataSource"/>
    </bean>
</beans>
""", pw, SPRING_XML, pw=pw)

    pw = human_password(seed())
    secret_case("bash-history", "database", "root/.bash_history", r"""apt list --upgradable
mysql -u root -p@@pw@@ -e 'SHOW DATABASES;'
mysqldump -u root -p@@pw@@ --single-transaction crm > /backup/crm-$(date +%F).sql
ls -lh /backup
gzip /backup/crm-*.sql
logout
""", pw, BASH_HISTORY + " (mysql -p<password>)", pw=pw)

    pw = fakes.password(seed())
    secret_case("zsh-history", "database", "dotfiles/.zsh_history", r""": 1716200001:0;cd ~/work/warehouse
: 1716200044:0;PGPASSWORD=@@pw@@ psql -h warehouse.c9xk.us-east-1.redshift.amazonaws.com -p 5439 -U analyst -d dw
: 1716200300:2;vim queries/churn.sql
: 1716200420:0;git add -p
: 1716200433:0;git commit -m "churn query: exclude trials"
""", pw, ZSH_HISTORY + " (PGPASSWORD)", pw=pw)

    pw = human_password(seed(), url_safe=True)
    secret_case("notebook", "database", "notebooks/churn_analysis.ipynb", notebook([
        code_cell("import pandas as pd\nfrom sqlalchemy import create_engine\n\nengine = create_engine(\"mysql+pymysql://analyst:" + pw + "@replica.crm.acme.local:3306/crm\")", 1),
        code_cell("df = pd.read_sql(\"SELECT customer_id, plan, cancelled_at FROM subscriptions\", engine)\ndf.shape", 2, [result("(18342, 3)", 2)]),
    ]), pw, NBFORMAT)

    pw = fakes.password(seed())
    secret_case("tox", "database", "services/orders/tox.ini", r"""[tox]
envlist = py310,py312

[testenv]
passenv = HOME
setenv =
    DATABASE_URL = postgresql://orders:@@pw@@@pg-shared.qa.acme.internal/orders_qa
deps =
    pytest
    pytest-django
commands = pytest -q {posargs}
""", pw, "https://tox.wiki/en/latest/config.html#set_env", pw=pw)

    pw = fakes.password(seed())
    secret_case("pgpass", "database", "deploy/.pgpass", r"""# ~/.pgpass of the backup host (chmod 0600 or libpq ignores it)
# one line per server, first match wins
#
# hostname:port:database:username:password
pg-prod-1.acme.internal:5432:billing:billing_app:@@pw@@
localhost:5432:*:postgres:*
""", pw, "https://www.postgresql.org/docs/current/libpq-pgpass.html", pw=pw)

    pw = human_password(seed())
    secret_case("mysql-cnf", "database", "conf/my.cnf", r"""[mysqld]
innodb_buffer_pool_size = 1G
max_connections = 300
slow_query_log = 1

[client]
user = backup
password = @@pw@@
host = 127.0.0.1

[mysqldump]
quick
single-transaction
""", pw, "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", pw=pw)

    pw = fakes.password(seed())
    secret_case("dbt", "database", "profiles.yml", r"""analytics:
  target: prod
  outputs:
    prod:
      type: postgres
      host: warehouse.acme.internal
      user: dbt_runner
      password: @@pw@@
      port: 5432
      dbname: analytics
      schema: marts
      threads: 8
    dev:
      type: postgres
      host: localhost
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_PASSWORD') }}"
      port: 5432
      dbname: analytics
      schema: dbt_dev
      threads: 4
""", pw, "https://docs.getdbt.com/docs/core/connect-data-platform/postgres-setup", pw=pw)

    pw = fakes.password(seed())
    secret_case("dotenv", "database", "airflow/.env", r"""AIRFLOW_UID=50000
AIRFLOW__CORE__EXECUTOR=LocalExecutor
AIRFLOW__CORE__LOAD_EXAMPLES=False
AIRFLOW_CONN_WAREHOUSE=postgres://etl:@@pw@@@warehouse.acme.internal:5432/dw
AIRFLOW__WEBSERVER__EXPOSE_CONFIG=False
""", pw, "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html#storing-connections-in-environment-variables", pw=pw)

    pw = human_password(seed())
    secret_case("k8s", "database", "k8s/base/api-deployment.yaml", r"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 2
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      containers:
        - name: api
          image: acme/api:3.2.0
          env:
            - name: DB_HOST
              value: postgres.data.svc
            - name: DB_USER
              value: api
            - name: DB_PASSWORD
              value: "@@pw@@"
          readinessProbe:
            httpGet: {path: /healthz, port: 8000}
""", pw, K8S_DOCS + " (env value)", pw=pw)

    pw = fakes.password(seed())
    secret_case("k8s-secret", "database", "k8s/secrets/db.yaml", r"""apiVersion: v1
kind: Secret
metadata:
  name: db-credentials
type: Opaque
stringData:
  username: reporting
  password: @@pw@@
  host: reporting-db.data.svc.cluster.local
""", pw, K8S_DOCS + " (stringData: plain text)", pw=pw)

    pw = fakes.password(seed())
    secret_case("k8s", "database", "k8s/app/configmap.yaml", r"""apiVersion: v1
kind: ConfigMap
metadata:
  name: ledger-config
data:
  application.properties: |
    server.port=8080
    spring.datasource.url=jdbc:postgresql://ledger-db:5432/ledger
    spring.datasource.username=ledger
    spring.datasource.password=@@pw@@
    spring.jpa.show-sql=false
  logback.xml: |
    <configuration>
      <root level="INFO"/>
    </configuration>
""", pw, K8S_DOCS.replace("secret/", "configmap/") + " (a properties file in a block scalar)", pw=pw)

    pw = human_password(seed())
    secret_case("jenkins", "database", "jenkins/backup.Jenkinsfile", r"""pipeline {
    agent any
    triggers { cron('H 2 * * *') }
    stages {
        stage('Dump') {
            steps {
                sh "pg_dump 'postgresql://backup:@@pw@@@pg-prod.acme.local:5432/erp' | gzip > erp.sql.gz"
            }
        }
        stage('Archive') {
            steps {
                archiveArtifacts artifacts: 'erp.sql.gz', fingerprint: true
            }
        }
    }
}
""", pw, JENKINS_DOCS, pw=pw)

    pw = fakes.password(seed())
    secret_case("pgbouncer", "database", "pgbouncer/pgbouncer.ini", r"""[databases]
app = host=pg-primary.acme.internal port=5432 dbname=app user=app password=@@pw@@
app_ro = host=pg-replica.acme.internal port=5432 dbname=app

[pgbouncer]
listen_addr = 0.0.0.0
listen_port = 6432
auth_type = scram-sha-256
auth_file = /etc/pgbouncer/userlist.txt
pool_mode = transaction
max_client_conn = 500
default_pool_size = 20
""", pw, "https://www.pgbouncer.org/config.html#section-databases (password= in a connection string)", pw=pw)

    pw = fakes.password(seed())
    secret_case("idea", "database", ".idea/runConfigurations/migrate.xml", r"""<component name="ProjectRunConfigurationManager">
  <configuration default="false" name="migrate" type="django-admin" factoryName="Django server">
    <module name="shop" />
    <option name="PARENT_ENVS" value="true" />
    <envs>
      <env name="DJANGO_SETTINGS_MODULE" value="shop.settings.staging" />
      <env name="DB_PASSWORD" value="@@pw@@" />
    </envs>
    <option name="WORKING_DIRECTORY" value="$PROJECT_DIR$" />
    <option name="launchJavascriptDebuger" value="false" />
    <method v="2" />
  </configuration>
</component>
""", pw, IDEA_RUNCONF, pw=pw)

    pw = human_password(seed(), url_safe=True)
    secret_case("circleci", "database", ".circleci/config.yml", r"""version: 2.1

orbs:
  python: circleci/python@2.1

jobs:
  integration:
    docker:
      - image: cimg/python:3.12
    environment:
      STAGING_DATABASE_URL: postgresql://qa_runner:@@pw@@@staging-db.acme.io:5432/app
    steps:
      - checkout
      - python/install-packages:
          pkg-manager: pip
      - run: pytest tests/integration

workflows:
  main:
    jobs: [integration]
""", pw, CIRCLE_DOCS + "#environment", pw=pw)

    pw = fakes.password(seed())
    secret_case("docs-rst", "database", "docs/operations.rst", r"""Operations
==========

Restoring the reporting database
--------------------------------

Take the latest dump from the backup bucket, then load it into the replica:

.. code-block:: bash

   pg_restore --clean --no-owner \
       -d "host=reporting-replica.acme.internal user=restore password=@@pw@@ dbname=reporting" \
       reporting.dump

The restore takes about 40 minutes.
""", pw, "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING (keyword/value form)", pw=pw)


_databases()

# --- PyPI upload tokens --------------------------------------------------------------------------

def _pypi() -> None:
    tok = fakes.pypi_token(seed())
    secret_case("pypirc", "pypi", ".pypirc", r"""[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = @@tok@@

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""", tok, PYPIRC, tok=tok)

    tok = fakes.pypi_token(seed())
    secret_case("pypirc", "pypi", "release/pypirc", r"""[distutils]
index-servers = pypi

[pypi]
repository: https://upload.pypi.org/legacy/
username: __token__
password: @@tok@@
""", tok, PYPIRC + " (colon separators)", tok=tok)

    tok = fakes.pypi_token(seed())
    secret_case("github-actions", "pypi", ".github/workflows/publish.yml", r"""name: Publish to PyPI

on:
  push:
    tags: ["v*"]

jobs:
  build-and-publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.x"
      - run: python -m pip install build
      - run: python -m build
      - name: Publish
        uses: pypa/gh-action-pypi-publish@release/v1
        with:
          user: __token__
          password: @@tok@@
""", tok, "https://github.com/pypa/gh-action-pypi-publish#non-goals (password input)", tok=tok)

    tok = fakes.pypi_token(seed())
    secret_case("gitlab-ci", "pypi", "packaging/.gitlab-ci.yml", r"""stages: [build, upload]

build-dist:
  stage: build
  image: python:3.12
  script:
    - pip install build
    - python -m build
  artifacts:
    paths: [dist/]

upload-pypi:
  stage: upload
  image: python:3.12
  rules:
    - if: $CI_COMMIT_TAG
  variables:
    TWINE_USERNAME: __token__
    TWINE_PASSWORD: @@tok@@
  script:
    - pip install twine
    - twine upload dist/*
""", tok, TWINE, tok=tok)

    tok = fakes.pypi_token(seed())
    secret_case("bash-history", "pypi", "home/dev/.bash_history", r"""python -m build
ls dist/
twine check dist/*
twine upload -u __token__ -p @@tok@@ dist/*
git tag v0.4.1
git push --tags
""", tok, BASH_HISTORY + " (twine -p)", tok=tok)

    tok = fakes.pypi_token(seed())
    secret_case("zsh-history", "pypi", "backup/.zsh_history", r""": 1698400011:0;hatch version minor
: 1698400020:5;hatch build
: 1698400061:0;export TWINE_USERNAME=__token__
: 1698400062:0;export TWINE_PASSWORD=@@tok@@
: 1698400070:9;twine upload dist/*
: 1698400130:0;git push origin main --tags
""", tok, ZSH_HISTORY, tok=tok)

    tok = fakes.pypi_token(seed())
    secret_case("makefile", "pypi", "python/Makefile", r"""VERSION := $(shell python -c 'import mylib; print(mylib.__version__)')

.PHONY: dist release clean

dist: clean
	python -m build

release: dist
	twine upload --username __token__ --password @@tok@@ dist/*
	git tag -a v$(VERSION) -m "Release $(VERSION)"

clean:
	rm -rf build dist *.egg-info
""", tok, TWINE, tok=tok)

    tok = fakes.pypi_token(seed())
    secret_case("shell", "pypi", "scripts/release.sh", r"""#!/usr/bin/env bash
set -euo pipefail

poetry version "${1:?usage: release.sh <version>}"
poetry config pypi-token.pypi @@tok@@
poetry build
poetry publish
git commit -am "Release $1"
git tag "v$1"
""", tok, "https://python-poetry.org/docs/repositories/#configuring-credentials (pypi-token.pypi)", tok=tok)

    tok = fakes.pypi_token(seed())
    secret_case("tox", "pypi", "libs/parser/tox.ini", r"""[tox]
envlist = py39,py310,py311,py312

[testenv]
deps = pytest
commands = pytest

[testenv:release]
skip_install = true
deps =
    build
    twine
setenv =
    TWINE_USERNAME = __token__
    TWINE_PASSWORD = @@tok@@
commands =
    python -m build
    twine upload dist/*
""", tok, TWINE, tok=tok)

    tok = fakes.pypi_token(seed())
    secret_case("jenkins", "pypi", "Jenkinsfile.release", r"""pipeline {
    agent { docker { image 'python:3.11' } }
    environment {
        TWINE_USERNAME = '__token__'
        TWINE_PASSWORD = '@@tok@@'
    }
    stages {
        stage('Build') {
            steps { sh 'pip install build twine && python -m build' }
        }
        stage('Publish') {
            when { buildingTag() }
            steps { sh 'twine upload --non-interactive dist/*' }
        }
    }
}
""", tok, TWINE, tok=tok)

    tok = fakes.pypi_token(seed())
    secret_case("circleci", "pypi", "sdk/.circleci/config.yml", r"""version: 2.1

jobs:
  deploy:
    docker:
      - image: cimg/python:3.11
    steps:
      - checkout
      - run:
          name: Build
          command: pip install build twine && python -m build
      - run:
          name: Upload to PyPI
          command: twine upload -u __token__ -p @@tok@@ dist/*

workflows:
  release:
    jobs:
      - deploy:
          filters:
            tags: {only: /^v.*/}
            branches: {ignore: /.*/}
""", tok, CIRCLE_DOCS, tok=tok)

    tok = fakes.pypi_token(seed())
    secret_case("dotenv", "pypi", "tools/.env.release", r"""# loaded by scripts/publish.py
TWINE_REPOSITORY=pypi
TWINE_USERNAME=__token__
TWINE_PASSWORD=@@tok@@
TWINE_NON_INTERACTIVE=1
""", tok, TWINE, tok=tok)

    tok = fakes.pypi_token(seed())
    secret_case("notebook", "pypi", "notebooks/publish_helper.ipynb", notebook([
        code_cell("!python -m build /home/jovyan/acme-geo", 1, [stream("Successfully built acme_geo-0.9.0.tar.gz and acme_geo-0.9.0-py3-none-any.whl\n")]),
        code_cell("!twine upload -u __token__ -p " + tok + " /home/jovyan/acme-geo/dist/*", 2,
                  [stream("Uploading distributions to https://upload.pypi.org/legacy/\nUploading acme_geo-0.9.0-py3-none-any.whl\n")]),
    ]), tok, NBFORMAT + " (a shell escape in a cell)")

    tok = fakes.pypi_token(seed())
    secret_case("hatch", "pypi", "config/hatch/config.toml", r"""mode = "local"
shell = "zsh"

[dirs]
project = ["~/code"]

[publish.index]
user = "__token__"
auth = "@@tok@@"

[template]
name = "Jo Example"
email = "jo@example.org"
""", tok, "https://hatch.pypa.io/latest/config/hatch/#publishers (publish.index auth)", tok=tok)

    tok = fakes.pypi_token(seed())
    secret_case("dockerfile", "pypi", "docker/publish.Dockerfile", r"""FROM python:3.12-slim
WORKDIR /src
RUN pip install --no-cache-dir build twine
COPY . .
ENV TWINE_USERNAME=__token__ \
    TWINE_PASSWORD=@@tok@@
RUN python -m build
CMD ["twine", "upload", "dist/*"]
""", tok, DOCKERFILE + "#env", tok=tok)

    tok = fakes.pypi_token(seed())
    secret_case("python", "pypi", "tasks.py", r"""from invoke import task

PYPI_TOKEN = "@@tok@@"


@task
def build(c):
    c.run("rm -rf dist && python -m build")


@task(pre=[build])
def publish(c):
    c.run(f"twine upload -u __token__ -p {PYPI_TOKEN} dist/*", pty=True)
""", tok, "https://docs.pyinvoke.org/en/stable/getting-started.html (a tasks.py)", tok=tok)


_pypi()

# --- Telegram bot tokens -------------------------------------------------------------------------

def _telegram() -> None:
    tok = fakes.telegram_token(seed())
    secret_case("python", "telegram", "bot/config.py", r"""# Bot settings
BOT_TOKEN = "@@tok@@"
ADMIN_IDS = [118234771, 502918273]
WEBHOOK_PATH = "/tg/webhook"
LANG = "de"
""", tok, TELEGRAM, tok=tok)

    tok = fakes.telegram_token(seed())
    secret_case("dotenv", "telegram", "bot/.env", r"""TELEGRAM_BOT_TOKEN=@@tok@@
TELEGRAM_CHAT_ID=-1001823456789
POLL_INTERVAL=2
LOG_LEVEL=INFO
DB_PATH=/data/bot.sqlite3
""", tok, TELEGRAM, tok=tok)

    tok = fakes.telegram_token(seed())
    secret_case("python", "telegram", "bot/main.py", r"""import logging

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

logging.basicConfig(level=logging.INFO)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.message.reply_text("Hi! Send /status to see the build queue.")


def main() -> None:
    app = Application.builder().token("@@tok@@").build()
    app.add_handler(CommandHandler("start", start))
    app.run_polling()


if __name__ == "__main__":
    main()
""", tok, "https://docs.python-telegram-bot.org/en/stable/telegram.ext.applicationbuilder.html#telegram.ext.ApplicationBuilder.token", tok=tok)

    tok = fakes.telegram_token(seed())
    secret_case("notebook", "telegram", "notebooks/alerts.ipynb", notebook([
        code_cell("import requests\nTOKEN = \"" + tok + "\"\nCHAT = -1009182736451", 1),
        code_cell("r = requests.post(f\"https://api.telegram.org/bot{TOKEN}/sendMessage\", json={\"chat_id\": CHAT, \"text\": \"model retrained\"})\nr.status_code", 2, [result("200", 2)]),
    ]), tok, NBFORMAT)

    tok = fakes.telegram_token(seed())
    secret_case("bash-history", "telegram", "srv/.bash_history", r"""sudo tail -f /var/log/nginx/error.log
curl -s https://api.telegram.org/bot@@tok@@/getWebhookInfo | jq
curl -s -F url=https://bot.acme.io/tg/webhook https://api.telegram.org/bot@@tok@@/setWebhook
sudo systemctl restart bot
sudo systemctl status bot --no-pager
exit
""", tok, BASH_HISTORY + " (Bot API URL)", tok=tok)

    tok = fakes.telegram_token(seed())
    secret_case("compose", "telegram", "bots/docker-compose.yml", r"""services:
  notifier:
    build: ./notifier
    restart: unless-stopped
    environment:
      BOT_TOKEN: "@@tok@@"
      CHAT_ID: "-1001234509876"
      PROMETHEUS_URL: http://prometheus:9090
""", tok, COMPOSE_DOCS + "#environment", tok=tok)

    tok = fakes.telegram_token(seed())
    secret_case("github-actions", "telegram", ".github/workflows/notify.yml", r"""name: notify
on:
  workflow_run:
    workflows: ["ci"]
    types: [completed]

jobs:
  telegram:
    runs-on: ubuntu-latest
    if: ${{ github.event.workflow_run.conclusion == 'failure' }}
    steps:
      - name: Send message
        run: |
          curl -sS -X POST "https://api.telegram.org/bot@@tok@@/sendMessage" \
            -d chat_id=-1001555012345 \
            -d text="CI failed on ${{ github.event.workflow_run.head_branch }}"
""", tok, GHA_DOCS, tok=tok)

    tok = fakes.telegram_token(seed())
    secret_case("helm", "telegram", "charts/alertbot/values.yaml", r"""replicaCount: 1
image:
  repository: ghcr.io/acme/alertbot
  tag: 0.3.2
telegram:
  botToken: @@tok@@
  chatId: "-1001999888777"
alertmanager:
  receiverPath: /alerts
resources: {}
""", tok, HELM_DOCS, tok=tok)

    tok = fakes.telegram_token(seed())
    secret_case("k8s-secret", "telegram", "deploy/k8s/bot-secret.yaml", r"""apiVersion: v1
kind: Secret
metadata:
  name: telegram-bot
  annotations:
    kubernetes.io/description: token of @acme_status_bot
type: Opaque
data:
  token: @@enc@@
""", tok, K8S_DOCS + " (data: base64)", enc=b64(tok))

    tok = fakes.telegram_token(seed())
    secret_case("jenkins", "telegram", "ci/Jenkinsfile", r"""pipeline {
    agent any
    stages {
        stage('Build') { steps { sh './gradlew build' } }
    }
    post {
        failure {
            sh "curl -s 'https://api.telegram.org/bot@@tok@@/sendMessage?chat_id=-1001477000111&text=Build%20${env.BUILD_NUMBER}%20failed'"
        }
    }
}
""", tok, JENKINS_DOCS + "#post", tok=tok)

    tok = fakes.telegram_token(seed())
    secret_case("ansible", "telegram", "ansible/roles/monitoring/defaults/main.yml", r"""---
grafana_version: 10.4.2
alert_channel: telegram
telegram_bot_token: "@@tok@@"
telegram_chat_id: -1002001234567
alert_repeat_interval: 4h
""", tok, "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_reuse_roles.html#role-directory-structure", tok=tok)

    tok = fakes.telegram_token(seed())
    secret_case("django", "telegram", "notify/settings.py", r"""INSTALLED_APPS += ["notify"]

NOTIFY_BACKENDS = {
    "telegram": {
        "BACKEND": "notify.backends.TelegramBackend",
        "TOKEN": "@@tok@@",
        "CHAT_ID": -1001122334455,
    },
}
""", tok, DJANGO_SETTINGS + " (a project's own settings dict)", tok=tok)


_telegram()

# --- other common kinds --------------------------------------------------------------------------

def _others() -> None:
    tok = fakes.github_token(seed())
    secret_case("requirements", "github", "requirements/prod.txt", r"""Django==4.2.13
djangorestframework==3.15.1
psycopg[binary]==3.1.19
gunicorn==22.0.0
git+https://@@tok@@@github.com/acme/internal-auth.git@v2.3.0#egg=internal-auth
sentry-sdk==2.3.1
""", tok, "https://pip.pypa.io/en/stable/topics/vcs-support/ (credentials in a VCS URL)", tok=tok)

    tok = fakes.github_token(seed())
    secret_case("netrc", "github", ".netrc", r"""machine github.com
  login ci-bot
  password @@tok@@

machine api.github.com
  login ci-bot
  password @@tok@@
""", tok, "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", tok=tok)

    tok = fakes.github_token(seed())
    secret_case("npmrc", "github", "frontend/.npmrc", r"""@acme:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=@@tok@@
always-auth=true
save-exact=true
engine-strict=true
fund=false
""", tok, "https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-npm-registry#authenticating-with-a-personal-access-token", tok=tok)

    tok = github_fine_grained(seed())
    secret_case("github-actions", "github", ".github/workflows/sync-labels.yml", r"""name: sync labels
on:
  schedule:
    - cron: "0 6 * * 1"

jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Sync labels to all repos
        env:
          GH_TOKEN: @@tok@@
        run: |
          for repo in $(gh repo list acme --json name -q '.[].name'); do
            gh label clone acme/.github --repo "acme/$repo" --force
          done
""", tok, GHA_DOCS + " (a fine-grained personal access token)", tok=tok)

    tok = fakes.github_token(seed())
    secret_case("dockerfile", "github", "services/auth/Dockerfile", r"""FROM python:3.10-slim

ARG GITHUB_TOKEN=@@tok@@
RUN apt-get update && apt-get install -y --no-install-recommends git \
    && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir "git+https://${GITHUB_TOKEN}@github.com/acme/authlib-ext.git@main"

COPY . /srv/auth
WORKDIR /srv/auth
CMD ["python", "-m", "auth"]
""", tok, DOCKERFILE + "#arg", tok=tok)

    tok = slack_bot_token(seed())
    secret_case("python", "slack", "slackbot/settings.py", r"""SLACK_BOT_TOKEN = "@@tok@@"
SLACK_CHANNEL = "#deploys"
SLACK_USERNAME = "deploy-bot"
DEFAULT_ICON = ":rocket:"
NOTIFY_ENVIRONMENTS = ("staging", "production")
MENTION_ON_FAILURE = "@oncall"
""", tok, "https://api.slack.com/authentication/token-types#bot", tok=tok)

    hook = slack_webhook(seed())
    secret_case("alertmanager", "slack", "monitoring/alertmanager.yml", r"""global:
  resolve_timeout: 5m
  slack_api_url: '@@hook@@'

route:
  receiver: slack-ops
  group_by: ['alertname', 'cluster']
  group_wait: 30s
  repeat_interval: 3h

receivers:
  - name: slack-ops
    slack_configs:
      - channel: '#ops-alerts'
        send_resolved: true
        title: '{{ .CommonLabels.alertname }}'
""", hook, "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", hook=hook)

    hook = slack_webhook(seed())
    secret_case("dotenv", "slack", "notifier/.env", r"""APP_ENV=production
SLACK_WEBHOOK_URL=@@hook@@
NOTIFY_ON=failure,recovery
NOTIFY_TIMEOUT=10
LOG_FORMAT=json
""", hook, "https://api.slack.com/messaging/webhooks", hook=hook)

    hook = slack_webhook(seed())
    secret_case("shell", "slack", "scripts/deploy.sh", r"""#!/usr/bin/env bash
set -euo pipefail

VERSION="$(git describe --tags)"
kubectl -n prod set image deploy/web web="acme/web:${VERSION}"
kubectl -n prod rollout status deploy/web --timeout=5m

curl -s -X POST -H 'Content-type: application/json' \
  --data "{\"text\":\"web ${VERSION} deployed to prod\"}" \
  @@hook@@
""", hook, "https://api.slack.com/messaging/webhooks#posting_with_webhooks", hook=hook)

    key = stripe_live_key(seed())
    secret_case("dotenv", "stripe", "web/.env.production", r"""NEXT_PUBLIC_SITE_URL=https://shop.acme.io
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@key@@
STRIPE_API_VERSION=2024-04-10
NEXTAUTH_URL=https://shop.acme.io
""", key, "https://docs.stripe.com/keys#obtain-api-keys", key=key, pk=fakes.fake("pk_live_51", 97, seed()))

    key = stripe_live_key(seed())
    secret_case("django", "stripe", "payments/settings/prod.py", r"""from .base import *  # noqa

DEBUG = False
STRIPE_LIVE_MODE = True
STRIPE_LIVE_SECRET_KEY = "@@key@@"
DJSTRIPE_WEBHOOK_VALIDATION = "retrieve_event"
DJSTRIPE_FOREIGN_KEY_TO_FIELD = "id"
""", key, "https://dj-stripe.dev/dj-stripe/reference/settings/ (STRIPE_LIVE_SECRET_KEY)", key=key)

    pem = fakes.fake_pem(seed(), "OPENSSH")
    secret_case("pem", "private-key", "deploy/keys/id_ed25519", pem + "\n", pem, "ssh-keygen(1): an OpenSSH private key file")

    pem = fakes.fake_pem(seed())
    secret_case("python", "private-key", "auth/jwt_keys.py", r"""\"\"\"Keys the auth service signs its JWTs with.\"\"\"

JWT_ALGORITHM = "RS256"
JWT_PRIVATE_KEY = \"\"\"@@pem@@
\"\"\"
JWT_ISSUER = "https://auth.acme.io"
ACCESS_TOKEN_TTL = 900
""".replace("\\\"", '"'), pem, "https://pyjwt.readthedocs.io/en/stable/usage.html#encoding-decoding-tokens-with-rs256-rsa", pem=pem)

    pem = fakes.fake_pem(seed())
    cert = "-----BEGIN CERTIFICATE-----\n" + "\n".join(b64blob(seed(), 64) for _ in range(8)) + "\n-----END CERTIFICATE-----\n"
    secret_case("k8s-secret", "private-key", "k8s/ingress/tls-secret.yaml", r"""apiVersion: v1
kind: Secret
metadata:
  name: shop-tls
  namespace: ingress
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@key@@
""", pem, K8S_DOCS + "#tls-secrets", crt=b64(cert), key=b64(pem + "\n"))

    pem = fakes.fake_pem(seed(), "EC")
    secret_case("shell", "private-key", "ci/install_deploy_key.sh", r"""#!/bin/sh
# Installs the deploy key on the build agent.
mkdir -p ~/.ssh && chmod 700 ~/.ssh
cat > ~/.ssh/deploy_key <<'KEY'
@@pem@@
KEY
chmod 600 ~/.ssh/deploy_key
ssh-keyscan github.com >> ~/.ssh/known_hosts
""", pem, "bash(1) quoted here-document", pem=pem)

    key = fakes.django_secret_key(seed())
    secret_case("django", "django-secret-key", "mysite/settings.py", r"""\"\"\"
Django settings for mysite project.

Generated by 'django-admin startproject' using Django 4.2.
\"\"\"
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = 'django-insecure-@@key@@'

# SECURITY WARNING: don't run with debug turned on in production!
DEBUG = True

ALLOWED_HOSTS = []
""".replace("\\\"", '"'), "django-insecure-" + key, DJANGO_SETTINGS + "#secret-key (startproject template)", key=key)

    key = fakes.django_secret_key(seed())
    secret_case("dotenv", "django-secret-key", "deploy/.env.prod", r"""DJANGO_SETTINGS_MODULE=config.settings.production
DJANGO_SECRET_KEY=@@key@@
DJANGO_ALLOWED_HOSTS=api.acme.io
DJANGO_SECURE_SSL_REDIRECT=True
WEB_CONCURRENCY=4
""", key, "https://cookiecutter-django.readthedocs.io/en/latest/1-getting-started/settings.html", key=key)

    key = fakes.django_secret_key(seed())
    secret_case("k8s", "django-secret-key", "k8s/web/configmap.yaml", r"""apiVersion: v1
kind: ConfigMap
metadata:
  name: web-env
  namespace: web
data:
  DJANGO_SETTINGS_MODULE: "web.settings.prod"
  DJANGO_SECRET_KEY: "@@key@@"
  GUNICORN_CMD_ARGS: "--workers=3 --timeout=60"
""", key, K8S_DOCS.replace("secret/", "configmap/"), key=key)

    pw = human_password(seed())
    secret_case("yaml-config", "password", "config/production.yaml", r"""app:
  name: invoicer
  base_url: https://invoices.acme.io

smtp:
  host: smtp.sendgrid.net
  port: 587
  starttls: true
  username: apikey-invoicer
  password: "@@pw@@"
  from: billing@acme.io

storage:
  path: /var/lib/invoicer
""", pw, "a service's YAML config (smtp.password)", pw=pw)

    pw = human_password(seed())
    secret_case("django", "password", "intranet/settings/ldap.py", r"""import ldap
from django_auth_ldap.config import LDAPSearch

AUTH_LDAP_SERVER_URI = "ldaps://dc01.corp.acme.local"
AUTH_LDAP_BIND_DN = "CN=svc-intranet,OU=Service Accounts,DC=corp,DC=acme,DC=local"
AUTH_LDAP_BIND_PASSWORD = "@@pw@@"
AUTH_LDAP_USER_SEARCH = LDAPSearch(
    "OU=Staff,DC=corp,DC=acme,DC=local", ldap.SCOPE_SUBTREE, "(sAMAccountName=%(user)s)"
)
""", pw, "https://django-auth-ldap.readthedocs.io/en/latest/authentication.html#server-config", pw=pw)

    pw = fakes.password(seed())
    secret_case("python", "password", "worker/celery_settings.py", r"""import os

CELERY_BROKER_URL = "amqp://orders:@@pw@@@rabbitmq.prod.acme.internal:5672/orders"
CELERY_RESULT_BACKEND = os.environ.get("CELERY_RESULT_BACKEND", "rpc://")
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_TIME_LIMIT = 300
""", pw, "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/rabbitmq.html", pw=pw)

    pw = fakes.password(seed())
    secret_case("pip-conf", "password", "pip.conf", r"""[global]
timeout = 60
index-url = https://deployer:@@pw@@@nexus.acme.internal/repository/pypi-all/simple
trusted-host = nexus.acme.internal

[install]
no-warn-script-location = true
""", pw, "https://pip.pypa.io/en/stable/topics/configuration/ (index-url with credentials)", pw=pw)

    pw = fakes.password(seed())
    secret_case("netrc", "password", "ci/netrc", r"""# copied to ~/.netrc on the build agents; pip and curl read it
# for the internal PyPI mirror
machine acme.jfrog.io
login ci-publisher
password @@pw@@
""", pw, "https://pip.pypa.io/en/stable/topics/authentication/#netrc-support", pw=pw)

    pw = human_password(seed())
    secret_case("ini", "password", "monitoring/grafana/grafana.ini", r"""[server]
http_port = 3000
domain = grafana.acme.io
root_url = https://grafana.acme.io/

[security]
admin_user = admin
admin_password = @@pw@@
disable_gravatar = true

[auth.anonymous]
enabled = false
""", pw, "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#admin_password", pw=pw)

    pw = human_password(seed())
    secret_case("spring-yaml", "password", "src/main/resources/application.yaml", r"""spring:
  mail:
    host: smtp.office365.com
    port: 587
    username: noreply@acme.io
    password: @@pw@@
    properties:
      mail.smtp.auth: true
      mail.smtp.starttls.enable: true
  thymeleaf:
    cache: true
""", pw, SPRING_PROPS + " (spring.mail.password)", pw=pw)

    tok = fakes.fake("glpat-", 20, seed())
    secret_case("pyproject", "gitlab", "pyproject.toml", r"""[tool.poetry]
name = "acme-forecast"
version = "1.6.0"
description = "Demand forecasting models"
authors = ["Data Team <data@acme.io>"]

[tool.poetry.dependencies]
python = "^3.10"
pandas = "^2.2"
acme-features = {version = "^0.8", source = "acme"}

[[tool.poetry.source]]
name = "acme"
url = "https://__token__:@@tok@@@gitlab.com/api/v4/projects/48213377/packages/pypi/simple"
priority = "supplemental"

[build-system]
requires = ["poetry-core"]
build-backend = "poetry.core.masonry.api"
""", tok, "https://docs.gitlab.com/user/packages/pypi_repository/ (personal access token in the index URL)", tok=tok)

    tok = "sk-proj-" + fakes.fake("", 74, seed()) + "T3BlbkFJ" + fakes.fake("", 74, seed())
    secret_case("notebook", "openai", "notebooks/summarize_tickets.ipynb", notebook([
        code_cell("from openai import OpenAI\nclient = OpenAI(api_key=\"" + tok + "\")", 1),
        code_cell("resp = client.chat.completions.create(model=\"gpt-4o-mini\", messages=[{\"role\": \"user\", \"content\": \"Summarise: printer on fire\"}])\nprint(resp.choices[0].message.content)", 2,
                  [stream("The printer caught fire; facilities was notified.\n")]),
    ]), tok, "https://platform.openai.com/docs/api-reference/authentication")

    pw = fakes.password(seed())
    secret_case("setup-cfg", "password", "setup.cfg", r"""[metadata]
name = acme-sync
version = attr: acme_sync.__version__

[options]
packages = find:
install_requires =
    requests>=2.31

[tool:pytest]
addopts = -q
env =
    SYNC_API_URL=https://sync.staging.acme.io
    SYNC_API_PASSWORD=@@pw@@

[flake8]
max-line-length = 100
""", pw, "https://docs.pytest.org/en/stable/reference/customize.html#setup-cfg (pytest-env)", pw=pw)


_others()

# --- decoys: material that must pass --------------------------------------------------------------

def sha256_of(label: str) -> str:
    return hashlib.sha256(label.encode()).hexdigest()


def sri(label: str, algo: str = "sha512") -> str:
    return f"{algo}-" + base64.b64encode(hashlib.new(algo, label.encode()).digest()).decode()


def ssh_public_key(seed_value: int, comment: str) -> str:
    """An OpenSSH ed25519 public key line, the wire format base64-encoded as ssh-keygen writes it."""
    rng = random.Random(seed_value)
    name = b"ssh-ed25519"
    key = bytes(rng.randrange(256) for _ in range(32))
    blob = struct.pack(">I", len(name)) + name + struct.pack(">I", len(key)) + key
    return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + comment


def armored(kind: str, seed_value: int, lines: int) -> str:
    rng = random.Random(seed_value)
    body = base64.b64encode(bytes(rng.randrange(256) for _ in range(48 * lines))).decode()
    wrapped = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    return f"-----BEGIN {kind}-----\n{wrapped}\n-----END {kind}-----"


def vault_ciphertext(seed_value: int, indent: str) -> str:
    rng = random.Random(seed_value)
    data = "".join(rng.choice("0123456789abcdef") for _ in range(80 * 5 + 20))
    return "\n".join(indent + data[i:i + 80] for i in range(0, len(data), 80))


def sops_value(seed_value: int, length: int) -> str:
    """A SOPS-encrypted value: AES-GCM ciphertext, 32-byte IV and 16-byte tag, each base64."""
    return f"ENC[AES256_GCM,data:{b64blob(seed_value, length // 4 * 4 + 3)}=,iv:{b64blob(seed_value + 1, 43)}=,tag:{b64blob(seed_value + 2, 22)}==,type:str]"


def _decoys_placeholders() -> None:
    decoy_case("secret-ref", "k8s/base/worker-deployment.yaml", r"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
spec:
  replicas: 2
  selector:
    matchLabels: {app: worker}
  template:
    metadata:
      labels: {app: worker}
    spec:
      containers:
        - name: worker
          image: acme/worker:5.1.0
          env:
            - name: REDIS_HOST
              value: redis-master.cache.svc
            - name: REDIS_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: redis-auth
                  key: redis-password
            - name: AWS_SECRET_ACCESS_KEY
              valueFrom:
                secretKeyRef: {name: worker-aws, key: secret-access-key}
          envFrom:
            - secretRef:
                name: worker-env
""", K8S_DOCS + "#using-secrets-as-environment-variables")

    decoy_case("template", "charts/api/templates/deployment.yaml", r"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "api.fullname" . }}
  labels:
    {{- include "api.labels" . | nindent 4 }}
spec:
  replicas: {{ .Values.replicaCount }}
  template:
    spec:
      containers:
        - name: {{ .Chart.Name }}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          env:
            - name: REDIS_URL
              value: "redis://:{{ .Values.redis.auth.password }}@{{ .Release.Name }}-redis-master:6379/0"
            - name: DATABASE_PASSWORD
              value: {{ .Values.postgresql.auth.password | quote }}
            - name: PYPI_TOKEN
              value: {{ required "pypi token is required" .Values.pypiToken | quote }}
""", "https://helm.sh/docs/chart_template_guide/function_list/ (values rendered at install)")

    decoy_case("secret-ref", "charts/shop/values.yaml", r"""redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: shop-redis
    existingSecretPasswordKey: redis-password
    password: ""

postgresql:
  auth:
    existingSecret: shop-postgres
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password

telegram:
  botTokenSecret:
    name: shop-telegram
    key: token
""", "https://artifacthub.io/packages/helm/bitnami/redis (auth.existingSecret)")

    decoy_case("placeholder", "docker-compose.dev.yml", r"""services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: ${POSTGRES_USER:-app}
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
  cache:
    image: redis:7-alpine
    command: redis-server --requirepass ${REDIS_PASSWORD}
  api:
    build: .
    environment:
      DATABASE_URL: postgres://${POSTGRES_USER:-app}:${POSTGRES_PASSWORD}@db:5432/app
      REDIS_URL: redis://:${REDIS_PASSWORD}@cache:6379/0
      TELEGRAM_BOT_TOKEN: ${TELEGRAM_BOT_TOKEN}
""", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/")

    decoy_case("secret-path", "docker-compose.secrets.yml", r"""services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets:
      - db_password
  app:
    image: acme/app:2.0
    command: ["sh", "-c", "REDIS_PASSWORD=$$(cat /run/secrets/redis_password) exec gunicorn app:app"]
    secrets:
      - redis_password

secrets:
  db_password:
    file: ./secrets/db_password.txt
  redis_password:
    external: true
""", "https://docs.docker.com/compose/how-tos/use-secrets/")

    decoy_case("placeholder", ".env.example", r"""# Copy to .env and fill in real values. Never commit .env.
DEBUG=1
SECRET_KEY=changeme
DATABASE_URL=postgres://app:<your-password>@localhost:5432/app
REDIS_PASSWORD=changeme
AWS_ACCESS_KEY_ID=<your-access-key-id>
AWS_SECRET_ACCESS_KEY=<your-secret-access-key>
TELEGRAM_BOT_TOKEN=<token from @BotFather>
PYPI_TOKEN=
""", DOTENV + " (an example file with placeholders)")

    decoy_case("placeholder", "shop/settings/production.py", r"""import os

import environ

env = environ.Env()

SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = False

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ["DB_NAME"],
        "USER": os.environ["DB_USER"],
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": os.environ.get("DB_HOST", "localhost"),
    }
}
CACHES = {"default": env.cache("REDIS_URL")}
AWS_SECRET_ACCESS_KEY = env("AWS_SECRET_ACCESS_KEY", default=None)
STRIPE_SECRET_KEY = os.getenv("STRIPE_SECRET_KEY", "")
""", "https://django-environ.readthedocs.io/en/latest/quickstart.html")

    decoy_case("commented-default", "config/redis.conf", r"""# Redis configuration file example.
#
# Note that in order to read the configuration file, Redis must be
# started with the file path as first argument:
#
# ./redis-server /path/to/redis.conf

bind 127.0.0.1 -::1
protected-mode yes
port 6379

# IMPORTANT NOTE: starting with Redis 6 "requirepass" is just a compatibility
# layer on top of the new ACL system.
#
# requirepass foobared

# masterauth <master-password>
# masteruser <username>
maxmemory-policy noeviction
""", REDIS_CONF + " (the stock file's commented examples)")

    decoy_case("placeholder", "src/main/resources/application-docker.properties", r"""spring.datasource.url=jdbc:postgresql://${DB_HOST:db}:5432/${DB_NAME:orders}
spring.datasource.username=${DB_USER:orders}
spring.datasource.password=${DB_PASSWORD}
spring.data.redis.host=${REDIS_HOST:redis}
spring.data.redis.password=${SPRING_REDIS_PASSWORD:}
cloud.aws.credentials.secret-key=${AWS_SECRET_ACCESS_KEY}
spring.mail.password=${MAIL_PASSWORD:}
""", SPRING_PROPS + " (property placeholders)")

    decoy_case("placeholder", "src/main/resources/application-k8s.yml", r"""spring:
  datasource:
    url: jdbc:mysql://${MYSQL_HOST}:3306/shop
    username: ${MYSQL_USER}
    password: ${MYSQL_PASSWORD}
  data:
    redis:
      host: redis
      password: ${REDIS_PASSWORD:}
  cloud:
    vault:
      uri: https://vault.acme.internal:8200
      authentication: KUBERNETES
      kubernetes:
        role: shop
""", SPRING_PROPS + " (placeholders resolved from the environment)")

    decoy_case("empty", "dist/.pypirc", r"""[distutils]
index-servers =
    pypi
    acme

[pypi]
username = __token__
# the token lives in the system keyring: keyring set https://upload.pypi.org/legacy/ __token__

[acme]
repository = https://pypi.acme.internal/
username = ci
password =
""", PYPIRC + " (password left out: keyring support)")

    decoy_case("secret-ref", ".github/workflows/pypi-release.yml", r"""name: pypi release
on:
  release:
    types: [published]

jobs:
  publish:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - run: pipx run build
      - uses: pypa/gh-action-pypi-publish@release/v1
      - name: Upload to the internal index too
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: ${{ secrets.ACME_INDEX_TOKEN }}
          REDIS_URL: ${{ vars.CACHE_URL }}
        run: pipx run twine upload --repository-url https://pypi.acme.internal/ dist/*
""", "https://docs.pypi.org/trusted-publishers/using-a-publisher/ and " + GHA_DOCS + " (secrets context)")

    decoy_case("secret-ref", "lib/.gitlab-ci.yml", r"""publish:
  stage: deploy
  image: python:3.12
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - pip install build twine
    - python -m build
    - TWINE_PASSWORD=${CI_JOB_TOKEN} TWINE_USERNAME=gitlab-ci-token python -m twine upload --repository-url ${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/pypi dist/*
    - TWINE_PASSWORD=$PYPI_API_TOKEN TWINE_USERNAME=__token__ twine upload dist/*
""", "https://docs.gitlab.com/user/packages/pypi_repository/#authenticate-with-a-ci-job-token")

    decoy_case("secret-ref", "ci/Jenkinsfile.publish", r"""pipeline {
    agent any
    environment {
        TWINE_USERNAME = '__token__'
        TWINE_PASSWORD = credentials('pypi-api-token')
        AWS_CREDS = credentials('aws-artifacts')
    }
    stages {
        stage('Publish') {
            steps {
                withCredentials([string(credentialsId: 'redis-prod-password', variable: 'REDIS_PASSWORD')]) {
                    sh 'python -m twine upload dist/*'
                    sh 'redis-cli -h cache.prod -a "$REDIS_PASSWORD" DEL release:lock'
                }
            }
        }
    }
}
""", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials")

    decoy_case("secret-ref", "tools/.circleci/config.yml", r"""version: 2.1
jobs:
  publish:
    docker:
      - image: cimg/python:3.12
    steps:
      - checkout
      - run: pip install build twine && python -m build
      - run: twine upload -u __token__ -p "$PYPI_TOKEN" dist/*
workflows:
  release:
    jobs:
      - publish:
          context: pypi-publishing
          filters:
            tags: {only: /^v.*/}
            branches: {ignore: /.*/}
""", CIRCLE_DOCS + " (contexts hold the variables)")

    decoy_case("secret-ref", "infra/cache.tf", r"""resource "random_password" "redis" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret" "redis" {
  name = "prod/redis/auth-token"
}

resource "aws_secretsmanager_secret_version" "redis" {
  secret_id     = aws_secretsmanager_secret.redis.id
  secret_string = random_password.redis.result
}

resource "aws_elasticache_replication_group" "main" {
  replication_group_id       = "main"
  description                = "main cache"
  node_type                  = "cache.r6g.large"
  transit_encryption_enabled = true
  auth_token                 = random_password.redis.result
}
""", TF_DOCS + "/resources/secretsmanager_secret_version")

    decoy_case("secret-ref", "terraform/db.tf", r"""data "aws_secretsmanager_secret_version" "db" {
  secret_id = "prod/app/db"
}

locals {
  db_creds = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)
}

resource "aws_db_instance" "app" {
  identifier     = "app"
  engine         = "mysql"
  instance_class = "db.t3.large"
  username       = local.db_creds["username"]
  password       = local.db_creds["password"]
}

variable "telegram_token" {
  type      = string
  sensitive = true
}
""", TF_DOCS + "/data-sources/secretsmanager_secret_version")

    decoy_case("encrypted", "ansible/group_vars/prod/vault.yml", r"""---
redis_requirepass: !vault |
          $ANSIBLE_VAULT;1.1;AES256
@@cipher1@@
db_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
@@cipher2@@
""", "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html#encrypting-individual-variables",
               cipher1=vault_ciphertext(seed(), "          "), cipher2=vault_ciphertext(seed(), "          "))

    decoy_case("secret-ref", "ansible/group_vars/web.yml", r"""---
app_user: web
app_db_password: "{{ vault_app_db_password }}"
redis_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/web/redis:password') }}"
aws_secret_key: "{{ lookup('amazon.aws.aws_secret', 'prod/web/aws', nested=true) }}"
telegram_bot_token: "{{ lookup('env', 'TELEGRAM_BOT_TOKEN') }}"
nginx_worker_processes: auto
""", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html")

    rng = seed()
    decoy_case("encrypted", "deploy/secrets.enc.yaml", r"""redis:
    password: @@v1@@
aws:
    secret_access_key: @@v2@@
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:123456789012:key/5f1c0a4e-2b7d-4c9e-8a61-0d3f2e9b7c45
          created_at: "2024-03-18T09:12:44Z"
          enc: @@kms@@
          aws_profile: ""
    lastmodified: "2024-03-18T09:12:45Z"
    mac: @@mac@@
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", "https://github.com/getsops/sops#encrypting-using-aws-kms",
               v1=sops_value(rng, 32), v2=sops_value(rng + 5, 54), kms=b64blob(rng + 9, 182) + "==", mac=sops_value(rng + 11, 86))

    decoy_case("encrypted", "k8s/sealed/redis-sealedsecret.yaml", r"""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: redis-auth
  namespace: shop
spec:
  encryptedData:
    redis-password: AgB@@enc1@@
    telegram-token: AgA@@enc2@@
  template:
    metadata:
      name: redis-auth
      namespace: shop
    type: Opaque
""", "https://github.com/bitnami-labs/sealed-secrets#usage", enc1=b64blob(seed(), 690) + "==", enc2=b64blob(seed(), 702) + "=")

    decoy_case("secret-ref", "k8s/external/db-externalsecret.yaml", r"""apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: db-credentials
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: db-credentials
  data:
    - secretKey: password
      remoteRef:
        key: prod/orders/db
        property: password
    - secretKey: redis-password
      remoteRef:
        key: prod/orders/redis
        property: auth_token
""", "https://external-secrets.io/latest/api/externalsecret/")

    decoy_case("secret-ref", "k8s/base/vault-annotated-deployment.yaml", r"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: billing
spec:
  template:
    metadata:
      annotations:
        vault.hashicorp.com/agent-inject: "true"
        vault.hashicorp.com/role: "billing"
        vault.hashicorp.com/agent-inject-secret-db: "database/creds/billing"
        vault.hashicorp.com/agent-inject-template-db: |
          {{- with secret "database/creds/billing" -}}
          postgresql://{{ .Data.username }}:{{ .Data.password }}@pg.data.svc:5432/billing
          {{- end }}
    spec:
      serviceAccountName: billing
      containers:
        - name: billing
          image: acme/billing:1.9.3
""", "https://developer.hashicorp.com/vault/docs/platform/k8s/injector/annotations")

    decoy_case("secret-path", "docker/app.Dockerfile", r"""# syntax=docker/dockerfile:1.6
FROM python:3.12-slim
WORKDIR /app
COPY pyproject.toml poetry.lock ./
RUN --mount=type=secret,id=pypi_token \
    pip config set global.index-url "https://__token__:$(cat /run/secrets/pypi_token)@pypi.acme.internal/simple" \
    && pip install --no-cache-dir poetry && poetry install --only main
COPY . .
CMD ["python", "-m", "app"]
""", "https://docs.docker.com/build/building/secrets/#secret-mounts")

    decoy_case("secret-path", "monitoring/prometheus.yml", r"""global:
  scrape_interval: 30s
  evaluation_interval: 30s

scrape_configs:
  - job_name: redis-exporter
    static_configs:
      - targets: ["redis-exporter.cache.svc:9121"]
  - job_name: federate-prod
    metrics_path: /federate
    scheme: https
    basic_auth:
      username: federation
      password_file: /etc/prometheus/secrets/federation-password
    static_configs:
      - targets: ["prometheus.prod.acme.io"]
  - job_name: kube-state
    authorization:
      credentials_file: /var/run/secrets/kubernetes.io/serviceaccount/token
    static_configs:
      - targets: ["kube-state-metrics.kube-system.svc:8080"]
""", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config (password_file, credentials_file)")

    decoy_case("placeholder", "scripts/db_console.sh", r"""#!/usr/bin/env bash
# Opens psql on the chosen environment; the password is never stored.
set -euo pipefail
ENVIRONMENT="${1:-staging}"
read -r -s -p "Password for ${ENVIRONMENT}: " PGPASSWORD
export PGPASSWORD
REDIS_PASSWORD="$(cat /run/secrets/redis_password 2>/dev/null || true)"
psql -h "db.${ENVIRONMENT}.acme.internal" -U app -d app
""", "bash(1) read -s; a password read at run time")

    decoy_case("secret-ref", "ops/.bash_history.sample", r"""vault login -method=oidc
export REDIS_PASSWORD=$(vault kv get -field=password secret/prod/redis)
redis-cli -h cache.prod -a "$REDIS_PASSWORD" info memory
aws sso login --profile prod
aws s3 ls --profile prod
export TWINE_PASSWORD=$(keyring get https://upload.pypi.org/legacy/ __token__)
""", BASH_HISTORY + " (values fetched from stores at run time)")

    decoy_case("secret-ref", "dotfiles/.zsh_history.bak", r""": 1712000101:0;op signin
: 1712000120:0;export PGPASSWORD="$(op read 'op://Infra/pg-prod/password')"
: 1712000140:0;psql -h pg-prod.acme.internal -U admin app
: 1712000200:0;export GITHUB_TOKEN=$(gh auth token)
: 1712000230:3;gh release create v2.4.0 dist/*
""", ZSH_HISTORY + " (1Password CLI references)")

    decoy_case("placeholder", ".github/workflows/private-deps.yml", r"""name: tests
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Give pip access to private repos
        run: |
          cat > ~/.netrc <<EOF
          machine github.com
          login x-access-token
          password ${GITHUB_TOKEN}
          EOF
        env:
          GITHUB_TOKEN: ${{ secrets.PRIVATE_REPO_TOKEN }}
      - run: pip install -r requirements.txt && pytest
""", GHA_DOCS + " (a here-doc filled from a secret)")

    decoy_case("placeholder", "docs/configuration.md", r"""# acme-client

## Configuration

Create `~/.acme/config.yaml`:

```yaml
endpoint: https://api.acme.io
username: your-username
password: <your-password>
redis_url: redis://:<password>@localhost:6379/0
```

or set the variables:

```bash
export ACME_PASSWORD='********'
export AWS_SECRET_ACCESS_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
export TELEGRAM_BOT_TOKEN=<bot-token>
```
""", "a README's configuration section with placeholders")

    decoy_case("repeated-chars", "docs/publishing.rst", r"""Publishing a release
====================

1. Create an API token at https://pypi.org/manage/account/token/ scoped to this project.
2. Store it for twine:

   .. code-block:: ini

      [pypi]
      username = __token__
      password = pypi-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA

3. Run ``twine upload dist/*``.

The token shown above is a stand-in; tokens start with ``pypi-AgEIcHlwaS5vcmc``.
""", "https://packaging.python.org/en/latest/guides/distributing-packages-using-setuptools/#uploading-your-project-to-pypi")

    decoy_case("no-credential", "tox-integration.ini", r"""[tox]
envlist = py311-integration

[testenv]
passenv =
    REDIS_URL
    DATABASE_URL
    AWS_ACCESS_KEY_ID
    AWS_SECRET_ACCESS_KEY
    TWINE_PASSWORD
setenv =
    REDIS_URL = {env:REDIS_URL:redis://localhost:6379/15}
commands = pytest -m integration
""", "https://tox.wiki/en/latest/config.html#pass_env")

    decoy_case("no-credential", "services/cache/Makefile", r"""REDIS_URL ?= redis://localhost:6379/0
IMAGE    := acme/cache-warmer
TAG      ?= $(shell git rev-parse --short HEAD)

build:
	docker build -t $(IMAGE):$(TAG) .

run:
	docker run --rm -e REDIS_URL=$(REDIS_URL) $(IMAGE):$(TAG)

push:
	docker push $(IMAGE):$(TAG)

.PHONY: build run push
""", "https://www.gnu.org/software/make/manual/make.html (a URL without credentials)")

    decoy_case("placeholder", "notebooks/connect_warehouse.ipynb", notebook([
        code_cell("import getpass\nfrom sqlalchemy import create_engine\n\npassword = getpass.getpass(\"Warehouse password: \")\nengine = create_engine(f\"postgresql://{getpass.getuser()}:{password}@warehouse.acme.internal/dw\")", 1,
                  [stream("Warehouse password: \u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\n")]),
        code_cell("engine", 2, [result("Engine(postgresql://jdoe:***@warehouse.acme.internal/dw)", 2)]),
    ]), NBFORMAT + " (getpass, SQLAlchemy's masked URL repr)")

    decoy_case("empty", ".idea/runConfigurations/api.xml", r"""<component name="ProjectRunConfigurationManager">
  <configuration default="false" name="api" type="PythonConfigurationType" factoryName="Python">
    <module name="api" />
    <option name="PARENT_ENVS" value="true" />
    <envs>
      <env name="PYTHONUNBUFFERED" value="1" />
      <env name="DB_PASSWORD" value="" />
      <env name="REDIS_URL" value="redis://localhost:6379/0" />
    </envs>
    <option name="SCRIPT_NAME" value="uvicorn" />
    <option name="PARAMETERS" value="api.main:app --reload" />
    <option name="MODULE_MODE" value="true" />
    <method v="2" />
  </configuration>
</component>
""", IDEA_RUNCONF)

    decoy_case("placeholder", "src/main/resources/spring/datasource.xml", r"""<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:context="http://www.springframework.org/schema/context"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd
                           http://www.springframework.org/schema/context http://www.springframework.org/schema/context/spring-context.xsd">

    <context:property-placeholder location="file:${app.home}/conf/jdbc.properties"/>

    <bean id="dataSource" class="com.zaxxer.hikari.HikariDataSource" destroy-method="close">
        <property name="jdbcUrl" value="${jdbc.url}"/>
        <property name="username" value="${jdbc.username}"/>
        <property name="password" value="${jdbc.password}"/>
    </bean>
</beans>
""", SPRING_XML + " (property placeholders)")

    decoy_case("template", "charts/cache/templates/secret.yaml", r"""apiVersion: v1
kind: Secret
metadata:
  name: {{ include "cache.fullname" . }}
  labels:
    {{- include "cache.labels" . | nindent 4 }}
type: Opaque
data:
  {{- if .Values.auth.password }}
  redis-password: {{ .Values.auth.password | b64enc | quote }}
  {{- else }}
  redis-password: {{ randAlphaNum 24 | b64enc | quote }}
  {{- end }}
""", "https://helm.sh/docs/chart_template_guide/function_list/#b64enc")

    decoy_case("secret-path", "k8s/base/kustomization.yaml", r"""apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: shop
resources:
  - deployment.yaml
  - service.yaml
secretGenerator:
  - name: shop-env
    envs:
      - secrets/shop.env
  - name: redis-auth
    files:
      - redis-password=secrets/redis-password.txt
generatorOptions:
  disableNameSuffixHash: false
""", "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/secretgenerator/")

    decoy_case("placeholder", "mysite/settings/base.py", r"""from pathlib import Path

from django.core.management.utils import get_random_secret_key

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# Overridden from the environment in every deployed settings module.
SECRET_KEY = get_random_secret_key()

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "blog",
]
ROOT_URLCONF = "mysite.urls"
""", DJANGO_SETTINGS + "#secret-key")

    decoy_case("self-declared-fake", "tests/settings_test.py", r"""from mysite.settings.base import *  # noqa

SECRET_KEY = "dummy-secret-key-for-tests-only"
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
TELEGRAM_BOT_TOKEN = "test-token"
STRIPE_SECRET_KEY = "fake_stripe_key"
""", "https://docs.djangoproject.com/en/stable/topics/testing/overview/ (test settings)")

    decoy_case("self-declared-fake", "tests/conftest.py", r"""import os

import boto3
import pytest
from moto import mock_aws


@pytest.fixture(autouse=True)
def aws_credentials():
    \"\"\"Mocked AWS Credentials for moto.\"\"\"
    os.environ["AWS_ACCESS_KEY_ID"] = "testing"
    os.environ["AWS_SECRET_ACCESS_KEY"] = "testing"
    os.environ["AWS_SECURITY_TOKEN"] = "testing"
    os.environ["AWS_SESSION_TOKEN"] = "testing"
    os.environ["AWS_DEFAULT_REGION"] = "us-east-1"


@pytest.fixture
def s3(aws_credentials):
    with mock_aws():
        yield boto3.client("s3", region_name="us-east-1")
""".replace("\\\"", '"'), "https://docs.getmoto.org/en/latest/docs/getting_started.html#example-on-usage")

    decoy_case("self-declared-fake", "tests/test_notifier.py", r"""import pytest

from notifier import TelegramNotifier, RedisQueue

FAKE_TOKEN = "fake_telegram_token"
DUMMY_REDIS = "redis://:dummy@localhost:6379/0"


@pytest.fixture
def notifier(requests_mock):
    requests_mock.post(f"https://api.telegram.org/bot{FAKE_TOKEN}/sendMessage", json={"ok": True})
    return TelegramNotifier(token=FAKE_TOKEN, chat_id=1)


def test_send(notifier):
    assert notifier.send("hello") is True


def test_queue_url():
    assert RedisQueue.from_url(DUMMY_REDIS).db == 0
""", "a project's unit tests with self-declared fake values")

    decoy_case("empty", "config/.env.test", r"""APP_ENV=test
DATABASE_URL=sqlite:///test.db
REDIS_URL=
AWS_ACCESS_KEY_ID=
AWS_SECRET_ACCESS_KEY=
TELEGRAM_BOT_TOKEN=
STRIPE_SECRET_KEY=
""", DOTENV + " (empty values)")

    decoy_case("placeholder", "ansible/inventory/group_vars/all/main.yml", r"""---
# Values below are overridden in vault.yml; do not put real passwords here.
db_password: CHANGEME
redis_password: "xxxxxxxx"
smtp_password: "****"
admin_password: "{{ undef(hint='set admin_password in the vault') }}"
pypi_token: "<pypi-token>"
""", ANSIBLE_DOCS + " (placeholders pointing at the vault)")

    decoy_case("placeholder", "config.py", r"""import os


class Settings:
    redis_url: str = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
    redis_password: str = os.environ.get("REDIS_PASSWORD", "")
    telegram_token: str = os.environ["TELEGRAM_TOKEN"]
    aws_secret_access_key: str = os.getenv("AWS_SECRET_ACCESS_KEY", "")
    database_url: str = os.getenv("DATABASE_URL", "postgresql://localhost/app")


settings = Settings()
""", "a config module reading os.environ")


_decoys_placeholders()


def _decoys_examples_and_entropy() -> None:
    decoy_case("example-key", "docs/aws-setup.md", r"""# Setting up AWS access

Run `aws configure` and answer the prompts:

```
$ aws configure
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: us-west-2
Default output format [None]: json
```

The values above are the examples from the AWS documentation; use your own.
""", AWS_CREDS + " (AWS's documented example keys)")

    decoy_case("example-key", "examples/credentials.example", r"""# Example ~/.aws/credentials; copy and replace with your keys.
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

[user1]
aws_access_key_id = AKIAI44QH8DHBEXAMPLE
aws_secret_access_key = je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY
""", AWS_CREDS + " (the documented example profiles)")

    decoy_case("example-key", "tests/fixtures/s3_settings.py", r"""# Credentials from the AWS docs: moto accepts any pair.
S3_CONFIG = {
    "aws_access_key_id": "AKIAIOSFODNN7EXAMPLE",
    "aws_secret_access_key": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "region_name": "us-east-1",
    "bucket": "test-bucket",
}
SESSION_TOKEN = "AQoDYXdzEJr...<remainder of session token>"
""", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html (example values)")

    s = seed()
    date_stamp = "20240612T083011Z"
    presigned = ("https://acme-exports.s3.eu-west-1.amazonaws.com/reports/2024-06/orders.csv"
                 "?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                 f"&X-Amz-Credential={fakes.aws_key_id(s)}%2F20240612%2Feu-west-1%2Fs3%2Faws4_request"
                 f"&X-Amz-Date={date_stamp}&X-Amz-Expires=3600&X-Amz-SignedHeaders=host"
                 f"&X-Amz-Signature={hexstr(s, 64)}")
    decoy_case("presigned-url", "notebooks/share_report.ipynb", notebook([
        code_cell("url = s3.generate_presigned_url(\"get_object\", Params={\"Bucket\": \"acme-exports\", \"Key\": \"reports/2024-06/orders.csv\"}, ExpiresIn=3600)\nurl", 1,
                  [result("'" + presigned + "'", 1)]),
        md_cell("Link sent to finance; it expires after an hour."),
    ]), "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ShareObjectPreSignedURL.html")

    s = seed()
    presigned = ("https://acme-artifacts.s3.amazonaws.com/builds/app-2.3.1.tar.gz?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                 f"&X-Amz-Credential={fakes.aws_key_id(s)}%2F20240301%2Fus-east-1%2Fs3%2Faws4_request"
                 f"&X-Amz-Date=20240301T120000Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature={hexstr(s, 64)}")
    decoy_case("presigned-url", "INSTALL.md", r"""# Installing the 2.3.1 beta

Download the build (link valid for 7 days):

```
curl -fLo app-2.3.1.tar.gz '@@url@@'
sha256sum -c app-2.3.1.tar.gz.sha256
tar xzf app-2.3.1.tar.gz
```
""", "https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html", url=presigned)

    decoy_case("repeated-chars", ".env.sample", r"""# sample values: replace every X
AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX
AWS_SECRET_ACCESS_KEY=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SLACK_BOT_TOKEN=xoxb-000000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx
TWINE_PASSWORD=pypi-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
""", DOTENV + " (masked sample values)")

    decoy_case("example-key", "bot/README.md", r"""# status-bot

1. Talk to [@BotFather](https://t.me/BotFather) and create a bot. It answers with a token like
   `123456789:ABCdefGhIJKlmNoPQRsTUVwxyZ`.
2. Put your token in `bot/.env` as `TELEGRAM_BOT_TOKEN=...` (the file is git-ignored).
3. `python -m bot`

Requests go to `https://api.telegram.org/bot<token>/METHOD_NAME`, e.g.
`https://api.telegram.org/bot123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11/getMe`.
""", TELEGRAM + " (the documentation's example tokens)")

    decoy_case("example-key", "docs/integrations/slack.rst", r"""Slack notifications
===================

Create an incoming webhook in your workspace and set it in ``settings.local.py``::

    SLACK_WEBHOOK_URL = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"

For the Stripe integration use your test key, e.g. ``sk_test_...``; never commit live keys.
""", "https://api.slack.com/messaging/webhooks (the documented example URL)")

    pkgs = [("django", "4.2.13"), ("asgiref", "3.8.1"), ("sqlparse", "0.5.0"), ("redis", "5.0.4"), ("boto3", "1.34.117")]
    lines = []
    for name, version in pkgs:
        lines.append(f"{name}=={version} \\\n    --hash=sha256:{sha256_of(name + version + 'whl')} \\\n    --hash=sha256:{sha256_of(name + version + 'sdist')}")
    decoy_case("checksum", "requirements.lock.txt", "#\n# This file is autogenerated by pip-compile with Python 3.11\n# by the following command:\n#\n#    pip-compile --generate-hashes requirements.in\n#\n" + "\n".join(lines) + "\n",
               "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode")

    packages = {}
    for name, version in [("axios", "1.7.2"), ("follow-redirects", "1.15.6"), ("form-data", "4.0.0"), ("proxy-from-env", "1.1.0")]:
        packages[f"node_modules/{name}"] = {
            "version": version,
            "resolved": f"https://registry.npmjs.org/{name}/-/{name}-{version}.tgz",
            "integrity": sri(name + version),
            "license": "MIT",
        }
    lock = {"name": "dashboard", "version": "0.1.0", "lockfileVersion": 3, "requires": True,
            "packages": {"": {"name": "dashboard", "version": "0.1.0", "dependencies": {"axios": "^1.7.2"}}, **packages}}
    decoy_case("lockfile-hash", "frontend/package-lock.json", json.dumps(lock, indent=2) + "\n", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json")

    entries = []
    for name, version in [("certifi", "2024.6.2"), ("idna", "3.7"), ("urllib3", "2.2.1")]:
        entries.append(f"""[[package]]
name = "{name}"
version = "{version}"
description = ""
optional = false
python-versions = ">=3.6"
files = [
    {{file = "{name}-{version}-py3-none-any.whl", hash = "sha256:{sha256_of(name + 'w')}"}},
    {{file = "{name}-{version}.tar.gz", hash = "sha256:{sha256_of(name + 's')}"}},
]
""")
    decoy_case("lockfile-hash", "poetry.lock", "# This file is automatically @generated by Poetry 1.8.3 and should not be changed by hand.\n\n" + "\n".join(entries)
               + f"\n[metadata]\nlock-version = \"2.0\"\npython-versions = \"^3.10\"\ncontent-hash = \"{sha256_of('content')}\"\n",
               "https://python-poetry.org/docs/basic-usage/#committing-your-poetrylock-file-to-version-control")

    decoy_case("checksum", "docker/tools.Dockerfile", r"""FROM python:3.12-slim@sha256:@@digest@@

ARG KUBECTL_VERSION=v1.30.1
ARG KUBECTL_SHA256=@@sum1@@
ARG HELM_SHA256=@@sum2@@

RUN curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/linux/amd64/kubectl \
    && echo "${KUBECTL_SHA256}  /usr/local/bin/kubectl" | sha256sum -c - \
    && chmod +x /usr/local/bin/kubectl
RUN curl -fsSL https://get.helm.sh/helm-v3.15.1-linux-amd64.tar.gz -o helm.tgz \
    && echo "${HELM_SHA256}  helm.tgz" | sha256sum -c - \
    && tar xzf helm.tgz --strip-components=1 -C /usr/local/bin linux-amd64/helm && rm helm.tgz
""", DOCKERFILE + " (pinned digests and checksums)", digest=sha256_of("py312slim"), sum1=sha256_of("kubectl"), sum2=sha256_of("helm"))

    decoy_case("image-digest", "k8s/base/api-pinned.yaml", r"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  annotations:
    deploy.acme.io/git-commit: "@@sha@@"
spec:
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/api@sha256:@@digest@@
        - name: proxy
          image: envoyproxy/envoy:v1.30.2@sha256:@@digest2@@
""", "https://kubernetes.io/docs/concepts/containers/images/#image-names (digests)",
               sha=hashlib.sha1(b"api").hexdigest(), digest=sha256_of("api-image"), digest2=sha256_of("envoy"))

    decoy_case("git-sha", ".git-blame-ignore-revs", r"""# Migrate code style to Black
@@a@@
# Sort imports with isort
@@b@@
# ruff format
@@c@@
""", "https://docs.github.com/en/repositories/working-with-files/using-files/viewing-and-understanding-files#ignore-commits-in-the-blame-view",
               a=hashlib.sha1(b"black").hexdigest(), b=hashlib.sha1(b"isort").hexdigest(), c=hashlib.sha1(b"ruff").hexdigest())

    decoy_case("git-sha", ".pre-commit-config.yaml", r"""repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: @@a@@  # frozen: v4.6.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: @@b@@  # frozen: v0.4.8
    hooks:
      - id: ruff
      - id: ruff-format
""", "https://pre-commit.com/#pre-commit-autoupdate (--freeze)", a=hashlib.sha1(b"hooks").hexdigest(), b=hashlib.sha1(b"ruffpc").hexdigest())

    decoy_case("git-sha", ".github/workflows/ci.yml", r"""name: ci
on: [push, pull_request]
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      redis:
        image: redis:7
        ports: ["6379:6379"]
    steps:
      - uses: actions/checkout@@@a@@ # v4.1.7
      - uses: actions/setup-python@@@b@@ # v5.1.0
        with:
          python-version: "3.12"
      - run: pip install -e .[test] && pytest
        env:
          REDIS_URL: redis://localhost:6379/0
""", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions",
               a=hashlib.sha1(b"checkout").hexdigest(), b=hashlib.sha1(b"setup-python").hexdigest())

    decoy_case("checksum", ".terraform.lock.hcl", r"""# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.52.0"
  constraints = "~> 5.0"
  hashes = [
    "h1:@@h1@@=",
    "zh:@@z1@@",
    "zh:@@z2@@",
    "zh:@@z3@@",
  ]
}
""", "https://developer.hashicorp.com/terraform/language/files/dependency-lock",
               h1=b64blob(seed(), 43), z1=sha256_of("z1"), z2=sha256_of("z2"), z3=sha256_of("z3"))

    rows = []
    for i in range(4):
        rows.append({"model": "catalog.product", "pk": str(uuid.UUID(int=random.Random(seed()).getrandbits(128), version=4)),
                     "fields": {"sku": f"SKU-{1000 + i}", "name": ["Mug", "Shirt", "Poster", "Cap"][i], "price": f"{9 + i}.99"}})
    decoy_case("uuid", "catalog/fixtures/products.json", json.dumps(rows, indent=2) + "\n", "https://docs.djangoproject.com/en/stable/topics/db/fixtures/")

    decoy_case("image-base64", "notebooks/sales_plot.ipynb", notebook([
        code_cell("import matplotlib.pyplot as plt\nplt.plot(monthly.index, monthly.values)", 1,
                  [{"data": {"image/png": png_base64(seed()), "text/plain": ["<Figure size 640x480 with 1 Axes>"]}, "metadata": {}, "output_type": "display_data"}]),
        code_cell("hashlib.sha256(open(\"sales.parquet\", \"rb\").read()).hexdigest()", 2, [result("'" + sha256_of("sales") + "'", 2)]),
    ]), NBFORMAT + " (display_data image/png, a checksum result)")

    decoy_case("public-key", "ansible/roles/users/vars/main.yml", r"""---
admin_users:
  - name: alice
    shell: /bin/zsh
    authorized_keys:
      - "@@k1@@"
  - name: bob
    shell: /bin/bash
    authorized_keys:
      - "@@k2@@"
deploy_user_key: "@@k3@@"
""", "https://docs.ansible.com/ansible/latest/collections/ansible/posix/authorized_key_module.html",
               k1=ssh_public_key(seed(), "alice@laptop"), k2=ssh_public_key(seed(), "bob@acme.io"), k3=ssh_public_key(seed(), "deploy@ci"))

    decoy_case("certificate", "certs/acme-root-ca.crt", armored("CERTIFICATE", seed(), 18) + "\n", "https://www.rfc-editor.org/rfc/rfc7468#section-5 (a CA certificate)")

    decoy_case("public-key", "KEYS", "This file contains the PGP keys of developers who sign releases.\n\npub   ed25519 2023-02-11 [SC]\nuid   Release Signing <release@acme.io>\n\n"
               + armored("PGP PUBLIC KEY BLOCK", seed(), 10) + "\n", "https://infra.apache.org/release-signing.html#keys-policy (a KEYS file)")

    decoy_case("public-key", "k8s/auth/jwks-configmap.yaml", r"""apiVersion: v1
kind: ConfigMap
metadata:
  name: auth-jwks
data:
  jwks.json: |
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
""", "https://www.rfc-editor.org/rfc/rfc7517 (a JSON Web Key Set: public keys)",
               kid=hexstr(seed(), 16), n=b64blob(seed(), 342, fakes.ALNUM + "-_"))

    decoy_case("checksum", "templates/base.html", r"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{% block title %}Acme{% endblock %}</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="@@css@@" crossorigin="anonymous">
  <script src="https://cdn.jsdelivr.net/npm/htmx.org@1.9.12/dist/htmx.min.js"
          integrity="@@js@@" crossorigin="anonymous"></script>
</head>
<body>
  {% block content %}{% endblock %}
</body>
</html>
""", "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity", css=sri("bootstrap", "sha384"), js=sri("htmx", "sha384"))

    decoy_case("no-credential", "k8s/base/app-configmap.yaml", r"""apiVersion: v1
kind: ConfigMap
metadata:
  name: app-config
data:
  CELERY_BROKER_URL: "redis://redis-master.cache.svc:6379/1"
  CACHE_URL: "rediss://redis-master.cache.svc:6380/0?ssl_cert_reqs=required"
  DATABASE_HOST: "postgres.data.svc"
  DATABASE_USER: "app"
  S3_BUCKET: "acme-app-uploads"
  AWS_REGION: "eu-west-1"
  AWS_ROLE_ARN: "arn:aws:iam::123456789012:role/app-irsa"
  TELEGRAM_CHAT_ID: "-1001234567890"
""", K8S_DOCS.replace("secret/", "configmap/") + " (no credentials)")

    decoy_case("test-default", ".github/workflows/tests.yml", r"""name: tests
on: [push]
jobs:
  pytest:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_USER: postgres
          POSTGRES_PASSWORD: postgres
          POSTGRES_DB: test_db
        ports: ["5432:5432"]
        options: --health-cmd pg_isready --health-interval 10s --health-retries 5
    env:
      DATABASE_URL: postgres://postgres:postgres@localhost:5432/test_db
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements-dev.txt && pytest
""", "https://docs.github.com/en/actions/use-cases-and-examples/using-containerized-services/creating-postgresql-service-containers")

    decoy_case("masked", "logs/deploy-2024-06-12.log", r"""2024-06-12T10:14:02Z INFO  starting deploy of web 4.8.0
2024-06-12T10:14:02Z INFO  using DATABASE_URL=postgresql://web:****@pg-prod.acme.internal:5432/web
2024-06-12T10:14:03Z INFO  using REDIS_URL=redis://:********@cache.prod:6379/0
2024-06-12T10:14:03Z INFO  AWS credentials: access key ****************7QXB (from instance role)
2024-06-12T10:14:09Z INFO  migrations applied: 3
2024-06-12T10:14:31Z INFO  deploy finished
""", "a deploy log with masked values")

    decoy_case("uuid", "infra/kms.tf", r"""resource "aws_kms_alias" "app" {
  name          = "alias/app-prod"
  target_key_id = "@@key@@"
}

data "aws_caller_identity" "current" {}

output "state_lock_table" {
  value = "terraform-locks-@@suffix@@"
}

locals {
  external_id = "@@ext@@"
}
""", TF_DOCS + "/resources/kms_alias (key ids are UUIDs, not secrets)",
               key=str(uuid.UUID(int=random.Random(seed()).getrandbits(128), version=4)), suffix=hexstr(seed(), 8),
               ext=str(uuid.UUID(int=random.Random(seed()).getrandbits(128), version=4)))

    decoy_case("no-credential", "pyproject-tool.toml", r"""[build-system]
requires = ["hatchling>=1.24"]
build-backend = "hatchling.build"

[project]
name = "acme-redis-tools"
version = "0.7.2"
description = "Helpers around redis-py: connection pools, password rotation, ACL checks"
requires-python = ">=3.9"
dependencies = ["redis>=5", "boto3>=1.34"]

[project.urls]
Source = "https://github.com/acme/redis-tools"

[tool.pytest.ini_options]
env = ["REDIS_URL=redis://localhost:6379/15", "AWS_DEFAULT_REGION=us-east-1"]
""", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/")

    decoy_case("no-credential", "settings.py", r"""import os

# Password validation
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
PASSWORD_RESET_TIMEOUT = 259200
SESSION_COOKIE_NAME = "acme_sessionid"
CSRF_COOKIE_SECURE = True
TOKEN_HEADER = "HTTP_X_API_TOKEN"
SECRET_KEY_FALLBACKS = []
AWS_SECRET_ACCESS_KEY_SETTING = "AWS_SECRET_ACCESS_KEY"
""", DJANGO_SETTINGS + " (password and token settings with no values in them)")

    decoy_case("placeholder", "credentials.tpl", r"""[default]
aws_access_key_id = {{ aws_access_key_id }}
aws_secret_access_key = {{ aws_secret_access_key }}
{% if aws_session_token %}
aws_session_token = {{ aws_session_token }}
{% endif %}
region = {{ aws_region | default('us-east-1') }}
""", AWS_CREDS + " (a Jinja template rendered by Ansible)")

    decoy_case("placeholder", ".netrc.example", r"""# Copy to ~/.netrc and chmod 600.
machine pypi.acme.internal
    login YOUR_USERNAME
    password YOUR_PASSWORD

machine github.com
    login YOUR_GITHUB_USER
    password YOUR_PERSONAL_ACCESS_TOKEN
""", "https://everything.curl.dev/usingcurl/netrc.html (an example file)")

    decoy_case("placeholder", "pip-example.conf", r"""[global]
# Replace USER and TOKEN with your Artifactory credentials, or use keyring.
index-url = https://USER:TOKEN@acme.jfrog.io/artifactory/api/pypi/pypi-virtual/simple
extra-index-url = https://pypi.org/simple
timeout = 30
""", "https://pip.pypa.io/en/stable/topics/configuration/ (placeholders)")

    decoy_case("placeholder", "redis/users.acl.template", r"""# Rendered at container start:
#   envsubst < users.acl.template > /data/users.acl
user default off
user app on >${REDIS_APP_PASSWORD} ~app:* -@all +@read +@write +@connection
user worker on >${REDIS_WORKER_PASSWORD} ~jobs:* -@all +@list +@connection
user monitor on nopass ~* -@all +info +ping
""", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/ (rendered with envsubst)")

    decoy_case("placeholder", "scripts/render-redis-conf.sh", r"""#!/bin/sh
set -eu
: "${REDIS_PASSWORD:?REDIS_PASSWORD must be set}"
cat > /usr/local/etc/redis/redis.conf <<EOF
port 6379
requirepass ${REDIS_PASSWORD}
masterauth ${REDIS_PASSWORD}
appendonly yes
EOF
exec redis-server /usr/local/etc/redis/redis.conf
""", "bash(1) unquoted here-document: the value comes from the environment")

    decoy_case("no-credential", "docs/security.rst", r"""Security
========

Secrets handling
----------------

* Redis: the ``requirepass`` directive is set from ``REDIS_PASSWORD`` at container start;
  rotate it with ``CONFIG SET requirepass`` followed by ``ACL SAVE``.
* AWS: workloads use IAM roles for service accounts; no access keys are issued to pods.
* PyPI: releases use trusted publishing, so there is no API token to leak.
* Telegram: the bot token is stored in AWS Secrets Manager under ``prod/bot/token``.
""", "https://www.sphinx-doc.org/en/master/usage/restructuredtext/basics.html")

    decoy_case("self-declared-fake", "tests/test_upload_guard.py", r"""from publish import guard

EXAMPLE_TOKEN = "pypi-" + "A" * 80
NOT_A_KEY = "AKIA" + "0" * 16


def test_guard_refuses_a_token_shape():
    assert guard.looks_like_token(EXAMPLE_TOKEN)


def test_guard_ignores_zero_key():
    assert not guard.is_live(NOT_A_KEY)
""", "a project's tests building obviously fake values")

    decoy_case("placeholder", "Jenkinsfile.nightly", r"""pipeline {
    agent any
    parameters {
        password(name: 'DB_PASSWORD', defaultValue: '', description: 'Password of the reporting DB')
    }
    stages {
        stage('Report') {
            steps {
                sh 'PGPASSWORD="$DB_PASSWORD" psql -h reporting-db -U report -f nightly.sql'
            }
        }
    }
}
""", JENKINS_DOCS + "#parameters (a password parameter)")

    decoy_case("placeholder", "docker/entrypoint.sh", r"""#!/bin/sh
set -e
if [ -f /run/secrets/aws_secret_access_key ]; then
    AWS_SECRET_ACCESS_KEY="$(cat /run/secrets/aws_secret_access_key)"
    export AWS_SECRET_ACCESS_KEY
fi
export DATABASE_URL="postgres://app:$(cat /run/secrets/db_password)@db:5432/app"
exec "$@"
""", "https://docs.docker.com/engine/swarm/secrets/#use-secrets-in-compose (reading /run/secrets)")

    decoy_case("placeholder", "helm/values-example.yaml", r"""# Example values. Anything in angle brackets must be replaced.
redis:
  password: <redis-password>
aws:
  accessKeyId: <access-key-id>
  secretAccessKey: <secret-access-key>
pypi:
  token: "pypi-<your token>"
telegram:
  token: "<bot token>"
""", HELM_DOCS + " (an example values file)")

    decoy_case("uuid", ".idea/misc.xml", r"""<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="Black">
    <option name="sdkName" value="Python 3.11 (shop)" />
  </component>
  <component name="ProjectRootManager" version="2" project-jdk-name="Python 3.11 (shop)" project-jdk-type="Python SDK" />
  <component name="ProjectId" id="@@pid@@" />
  <component name="PropertiesComponent"><![CDATA[{
  "keyToString": {
    "last_opened_file_path": "$PROJECT_DIR$/shop",
    "settings.editor.selected.configurable": "com.jetbrains.python.configuration.PyActiveSdkModuleConfigurable"
  }
}]]></component>
</project>
""", "JetBrains .idea project files", pid=b64blob(seed(), 27, fakes.ALNUM))

    decoy_case("no-credential", "docs/api.md", r"""# Telegram notifier API

`POST /notify` sends a message through the bot.

| Field | Type | Description |
|---|---|---|
| `chat_id` | int | Target chat, e.g. `-1001234567890` |
| `text` | str | Message, up to 4096 characters |
| `token_id` | uuid | Which stored bot token to use, e.g. `3f1e8b2a-9c4d-4e7f-b6a1-2d5c8e9f0a13` |

The bot token itself never leaves the server.
""", "a project's API documentation")


_decoys_examples_and_entropy()
