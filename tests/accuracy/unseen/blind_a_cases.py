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
    secret_case("redis-acl", "redis", "docker/redis/users.acl", r"""user default off
user admin on #8c6976e5b5410415bde908bd4dee15dfb167a9c873fc4bb8a81f6f2ab448a918 ~* &* +@all
user app on >@@pw@@ ~app:* &app:* -@all +@read +@write +@connection -flushall
user metrics on nopass ~* -@all +info +ping +client|list
""", pw, "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/#acl-files", pw=pw)

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
        md_cell("# Session store exploration\nHow many sessions expire each hour?"),
        code_cell("import redis\nimport pandas as pd\n\nr = redis.Redis(host=\"sessions.prod.acme.internal\", port=6379, db=0,\n                password=\"" + pw + "\", decode_responses=True)", 1),
        code_cell("keys = list(r.scan_iter(\"session:*\", count=1000))\nlen(keys)", 2, [result("48213", 2)]),
        code_cell("ttls = pd.Series([r.ttl(k) for k in keys[:5000]])\nttls.describe()", 3),
    ]), pw, NBFORMAT + " (credential in a code cell's source)")

    pw = fakes.redis_password(seed())
    secret_case("notebook", "redis", "notebooks/debug_cache.ipynb", notebook([
        code_cell("from app.config import settings\nprint(settings.CACHE_URL)", 1, [stream("redis://:" + pw + "@cache-prod.acme.internal:6379/3\n")]),
        code_cell("from app.cache import client\nclient.ping()", 2, [result("True", 2)]),
        md_cell("Cache is reachable from the notebook host."),
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
        md_cell("## S3 inventory\nList the objects of the raw bucket and their sizes."),
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
""", pw, ZSH_HISTORY + " (PGPASSWORD)", pw=pw)

    pw = human_password(seed(), url_safe=True)
    secret_case("notebook", "database", "notebooks/churn_analysis.ipynb", notebook([
        md_cell("# Churn analysis Q2"),
        code_cell("import pandas as pd\nfrom sqlalchemy import create_engine\n\nengine = create_engine(\"mysql+pymysql://analyst:" + pw + "@replica.crm.acme.local:3306/crm\")", 1),
        code_cell("df = pd.read_sql(\"SELECT customer_id, plan, cancelled_at FROM subscriptions\", engine)\ndf.shape", 2, [result("(18342, 3)", 2)]),
        code_cell("df.groupby(\"plan\").cancelled_at.count()", 3, [result("plan\nbasic      812\npro        233\nteam        41\nName: cancelled_at, dtype: int64", 3)]),
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
    secret_case("pgpass", "database", "deploy/.pgpass", r"""# hostname:port:database:username:password
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
    secret_case("pgbouncer", "database", "pgbouncer/userlist.txt", r""""pgbouncer_admin" "SCRAM-SHA-256$4096:c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA==:c2VydmVya2V5c2VydmVya2V5"
"app" "@@pw@@"
""", pw, "https://www.pgbouncer.org/config.html#authentication-file-format", pw=pw)

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
        md_cell("Build and publish the `acme-geo` package from the shared notebook server."),
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
    secret_case("netrc", "password", "ci/netrc", r"""machine acme.jfrog.io
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
