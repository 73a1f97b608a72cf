"""Blind set J: less common formats and tools of a Python project, and core kinds in unusual carriers."""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

CASES: List[LabelledCase] = []
_SEED = [120000]
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
WORDS = ["Harbor", "Maple", "Falcon", "Quartz", "Cobalt", "Juniper", "Orchid", "Tundra", "Velvet", "Saffron",
         "Granite", "Willow", "Copper", "Lantern", "Meadow", "Raven", "Summit", "Thistle", "Ember", "Marlin"]


def seed() -> int:
    _SEED[0] += 1
    assert _SEED[0] < 125000
    return _SEED[0]


def rnd(n: int, alphabet: str = ALNUM, prefix: str = "") -> str:
    rng = random.Random(seed())
    return prefix + "".join(rng.choice(alphabet) for _ in range(n))


def wordpw() -> str:
    rng = random.Random(seed())
    return rng.choice(WORDS) + rng.choice("!#%*-_@") + rng.choice(WORDS) + str(rng.randint(10, 9999))


def phrase() -> str:
    rng = random.Random(seed())
    return "-".join(rng.choice(WORDS).lower() for _ in range(4)) + str(rng.randint(1, 99))


def stripe() -> str: return rnd(24, prefix="sk_live_")
def stripe_rk() -> str: return rnd(24, prefix="rk_live_")
def slack_bot() -> str:
    rng = random.Random(seed())
    return f"xoxb-{rng.randint(10**10, 10**11)}-{rng.randint(10**12, 10**13)}-" + "".join(rng.choice(ALNUM) for _ in range(24))
def slack_hook() -> str:
    return "https://hooks.slack.com/services/T" + rnd(8, string.ascii_uppercase + string.digits) + "/B" + rnd(10, string.ascii_uppercase + string.digits) + "/" + rnd(24)
def sendgrid() -> str: return "SG." + rnd(22, ALNUM + "-_") + "." + rnd(43, ALNUM + "-_")
def twilio() -> str: return rnd(32, HEX)
def gitlab() -> str: return rnd(20, ALNUM + "-_", "glpat-")
def npm() -> str: return rnd(36, prefix="npm_")
def datadog() -> str: return rnd(32, HEX)
def vault_tok() -> str: return rnd(24, prefix="hvs.")
def hexkey(n: int = 40) -> str: return rnd(n, HEX)
def pypi() -> str: return fakes.pypi_token(seed())
def ghp() -> str: return fakes.github_token(seed())
def ghfg() -> str: return fakes.github_fine_grained_token(seed())
def tg() -> str: return fakes.telegram_token(seed())
def akid() -> str: return fakes.aws_key_id(seed())
def asec() -> str: return fakes.aws_secret_key(seed())
def asess() -> str: return fakes.aws_session_token(seed())
def redispw() -> str: return fakes.redis_password(seed())
def dj() -> str: return fakes.django_secret_key(seed())
def oai() -> str: return fakes.openai_key(seed())
def pem(kind: str = "RSA") -> str: return fakes.fake_pem(seed(), kind)
def gpw() -> str: return fakes.password(seed())
def b64(s: str) -> str: return base64.b64encode(s.encode()).decode()


def S(fmt: str, what: str, path: str, text: str, secret: str, source: str) -> None:
    """A file holding exactly one credential; `§` in the text stands for it."""
    CASES.append(LabelledCase(f"blind-j/{fmt}/{what}", path, text.replace("§", secret), secret, source))


def D(fmt: str, what: str, path: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-j/{fmt}/decoy-{what}", path, text, None, source))


# ---------------------------------------------------------------- build systems
S("pants-toml", "index-token", "pants.toml", """[GLOBAL]
pants_version = "2.21.0"
backend_packages = [
  "pants.backend.python",
  "pants.backend.python.lint.black",
  "pants.backend.python.typecheck.mypy",
]

[source]
root_patterns = ["/src", "/tests"]

[python]
interpreter_constraints = ["==3.11.*"]
enable_resolves = true

[python-repos]
indexes = [
  "https://pypi.org/simple/",
  "https://__token__:§@pkgs.acme-internal.io/simple/",
]
""", gitlab(), "https://www.pantsbuild.org/stable/reference/subsystems/python-repos")

S("bazelrc", "buildbuddy-api-key", ".bazelrc", """build --enable_bzlmod
build --incompatible_strict_action_env
build:ci --bes_results_url=https://app.buildbuddy.io/invocation/
build:ci --bes_backend=grpcs://remote.buildbuddy.io
build:ci --remote_cache=grpcs://remote.buildbuddy.io
build:ci --remote_header=x-buildbuddy-api-key=§
build:ci --remote_timeout=3600
test --test_output=errors
try-import %workspace%/user.bazelrc
""", rnd(20), "https://www.buildbuddy.io/docs/guide-auth")

D("bazelrc", "env-reference", "tools/ci/ci.bazelrc", """# CI-only flags; the API key comes from the runner's environment.
build:remote --remote_cache=grpcs://cache.engflow.example.com
build:remote --remote_header=x-api-key=${ENGFLOW_API_KEY}
build:remote --bes_backend=grpcs://cache.engflow.example.com
build:remote --jobs=64
test:remote --test_tag_filters=-manual
""", "https://bazel.build/run/bazelrc")

D("bazel-module", "integrity-hash", "MODULE.bazel", """module(name = "acme_py", version = "0.4.0")

bazel_dep(name = "rules_python", version = "0.31.0")
bazel_dep(name = "platforms", version = "0.0.9")

http_archive = use_repo_rule("@bazel_tools//tools/build_defs/repo:http.bzl", "http_archive")

http_archive(
    name = "pcre2",
    urls = ["https://github.com/PCRE2Project/pcre2/releases/download/pcre2-10.42/pcre2-10.42.tar.gz"],
    strip_prefix = "pcre2-10.42",
    integrity = "sha256-wOmCNm0MH+HfI6Rb2q4hz9zN8x3lC6+aSuQ1pOLm8aU=",
)

python = use_extension("@rules_python//python/extensions:python.bzl", "python")
python.toolchain(python_version = "3.11")
""", "https://bazel.build/external/module")

S("buckconfig", "artifactory-password", ".buckconfig", """[project]
  ignore = .git, build, .venv

[python]
  interpreter = /usr/bin/python3.11
  package_style = standalone

[download]
  maven_repo = https://ci-bot:§@artifactory.corp.acme.net/artifactory/maven-remote
  in_build = true

[cache]
  mode = dir
  dir = buck-cache
""", wordpw(), "https://buck.build/concept/buckconfig.html")

S("tox-ini", "database-password", "tox.ini", """[tox]
envlist = py310, py311, py312, lint
isolated_build = true

[testenv]
deps =
    pytest>=8
    pytest-cov
    psycopg[binary]
setenv =
    DJANGO_SETTINGS_MODULE = acme.settings.ci
    DATABASE_URL = postgresql://acme_ci:§@pg-ci.internal.acme.net:5432/acme_test
passenv = HOME,CI
commands = pytest --cov=acme {posargs}

[testenv:lint]
deps = ruff
commands = ruff check src tests
""", wordpw(), "https://tox.wiki/en/latest/config.html")

D("tox-ini", "passenv-reference", "packages/worker/tox.ini", """[tox]
envlist = py311,py312

[testenv]
deps = -r requirements-test.txt
passenv =
    AWS_ACCESS_KEY_ID
    AWS_SECRET_ACCESS_KEY
    AWS_SESSION_TOKEN
    REDIS_PASSWORD
setenv =
    REDIS_URL = redis://:{env:REDIS_PASSWORD}@localhost:6379/0
commands = pytest -q {posargs}
""", "https://tox.wiki/en/latest/config.html#passenv")

S("noxfile", "pypi-token", "noxfile.py", '''"""Nox sessions for building and publishing."""
import nox

nox.options.sessions = ["tests", "lint"]


@nox.session(python=["3.10", "3.11", "3.12"])
def tests(session: nox.Session) -> None:
    session.install("-e", ".[test]")
    session.run("pytest", "-q", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    session.install("ruff")
    session.run("ruff", "check", ".")


@nox.session
def publish(session: nox.Session) -> None:
    session.install("build", "twine")
    session.run("python", "-m", "build")
    session.run(
        "twine", "upload", "dist/*",
        env={"TWINE_USERNAME": "__token__", "TWINE_PASSWORD": "§"},
    )
''', pypi(), "https://nox.thea.codes/en/stable/config.html")

D("noxfile", "env-lookup", "ci/noxfile.py", '''import os

import nox


@nox.session
def release(session: nox.Session) -> None:
    token = os.environ["PYPI_API_TOKEN"]
    session.install("build", "twine")
    session.run("python", "-m", "build")
    session.run("twine", "upload", "-u", "__token__", "-p", token, "dist/*", silent=True)
''', "https://nox.thea.codes/en/stable/usage.html")

S("hatch-toml", "openai-key", "hatch.toml", """[envs.default]
dependencies = ["pytest", "pytest-asyncio", "respx"]

[envs.default.scripts]
test = "pytest {args:tests}"

[envs.eval]
dependencies = ["openai>=1.30", "pandas"]

[envs.eval.env-vars]
OPENAI_API_KEY = "§"
EVAL_MODEL = "gpt-4o-mini"

[envs.eval.scripts]
run = "python -m acme_eval.run {args}"
""", oai(), "https://hatch.pypa.io/latest/config/environment/overview/")

D("hatch-toml", "template-placeholder", "libs/core/hatch.toml", """[envs.docs]
dependencies = ["mkdocs-material", "mkdocstrings[python]"]

[envs.docs.env-vars]
# fill this in locally; never commit a real value
MKDOCS_GIT_TOKEN = "<your-github-token>"

[envs.docs.scripts]
build = "mkdocs build --strict"
serve = "mkdocs serve -a 127.0.0.1:8001"
""", "https://hatch.pypa.io/latest/config/environment/overview/")

D("pre-commit-config", "commit-ids", ".pre-commit-config.yaml", """repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: 2c9f875913ee60ca25ce70243dc24d5b6415598c  # frozen: v4.6.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
      - id: detect-private-key
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: 1dc9eb131c2ea4816c708e4d85820d2cc8542683  # frozen: v0.5.0
    hooks:
      - id: ruff
        args: [--fix]
      - id: ruff-format
""", "https://pre-commit.com/#pre-commit-configyaml---repos")

S("pre-commit-config", "github-token-in-url", "tools/pre-commit/.pre-commit-config.yaml", """repos:
  - repo: https://github.com/psf/black
    rev: 24.4.2
    hooks:
      - id: black
  - repo: https://x-access-token:§@github.com/acme-corp/internal-hooks
    rev: v1.8.0
    hooks:
      - id: acme-license-header
      - id: acme-forbid-print
""", ghp(), "https://pre-commit.com/#pre-commit-configyaml---repos")

S("renovate-json", "npm-token", "renovate.json", """{
  "$schema": "https://docs.renovatebot.com/renovate-schema.json",
  "extends": ["config:recommended"],
  "labels": ["dependencies"],
  "hostRules": [
    {
      "matchHost": "npm.pkg.github.com",
      "hostType": "npm",
      "token": "§"
    }
  ],
  "packageRules": [
    {"matchUpdateTypes": ["minor", "patch"], "automerge": true}
  ]
}
""", npm(), "https://docs.renovatebot.com/configuration-options/#hostrules")

D("renovate-json", "encrypted-value", ".github/renovate.json5", """{
  // hostRules secrets are encrypted with the Renovate app's public key
  extends: ['config:recommended', ':semanticCommits'],
  hostRules: [
    {
      matchHost: 'pypi.acme-internal.io',
      username: 'renovate',
      encrypted: {
        password: 'wcFMA/xDdHCJBTolAQ//cfyH0rD8H5eb8bQfULrz4kgc0yX9cAyzjzsB6UrX0lwkZ3HqxdG5d1Ra2f5Mcm8pWc7iOE5nqCvY3qE4VZEDs3aVvWJKbUsTo3ai1Vu2XQp0=',
      },
    },
  ],
}
""", "https://docs.renovatebot.com/getting-started/private-packages/#encrypting-secrets")

D("dependabot-yml", "secrets-expression", ".github/dependabot.yml", """version: 2
registries:
  python-internal:
    type: python-index
    url: https://pypi.acme-internal.io/simple
    username: dependabot
    password: ${{secrets.PYPI_INTERNAL_PASSWORD}}
    replaces-base: true
updates:
  - package-ecosystem: pip
    directory: "/"
    registries: [python-internal]
    schedule:
      interval: weekly
""", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot")

S("dependabot-yml", "registry-password", "services/api/.github/dependabot.yml", """version: 2
registries:
  docker-ghcr:
    type: docker-registry
    url: https://harbor.acme.io
    username: robot$dependabot
    password: §
updates:
  - package-ecosystem: docker
    directory: "/"
    registries: [docker-ghcr]
    schedule:
      interval: daily
""", gpw(), "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot")


# ---------------------------------------------------------------- observability
S("otel-collector", "datadog-api-key", "deploy/otel/collector-config.yaml", """receivers:
  otlp:
    protocols:
      grpc:
        endpoint: 0.0.0.0:4317
      http:
        endpoint: 0.0.0.0:4318

processors:
  batch:
    timeout: 10s
  memory_limiter:
    check_interval: 1s
    limit_mib: 512

exporters:
  datadog:
    api:
      site: datadoghq.eu
      key: §

service:
  pipelines:
    traces:
      receivers: [otlp]
      processors: [memory_limiter, batch]
      exporters: [datadog]
""", datadog(), "https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/exporter/datadogexporter")

D("otel-collector", "env-expansion", "deploy/otel/agent.yaml", """receivers:
  hostmetrics:
    collection_interval: 30s
    scrapers:
      cpu: {}
      memory: {}
exporters:
  otlphttp/honeycomb:
    endpoint: https://api.honeycomb.io
    headers:
      x-honeycomb-team: ${env:HONEYCOMB_API_KEY}
      x-honeycomb-dataset: acme-hosts
service:
  pipelines:
    metrics:
      receivers: [hostmetrics]
      exporters: [otlphttp/honeycomb]
""", "https://opentelemetry.io/docs/collector/configuration/#environment-variables")

S("vector-toml", "datadog-api-key", "deploy/vector/vector.toml", """data_dir = "/var/lib/vector"

[sources.app_logs]
type = "file"
include = ["/var/log/acme/*.log"]
read_from = "end"

[transforms.parse]
type = "remap"
inputs = ["app_logs"]
source = '''
. = parse_json!(.message)
.service = "acme-api"
'''

[sinks.datadog]
type = "datadog_logs"
inputs = ["parse"]
default_api_key = "§"
site = "datadoghq.com"
compression = "gzip"
""", datadog(), "https://vector.dev/docs/reference/configuration/sinks/datadog_logs/")

S("vector-yaml", "elasticsearch-password", "deploy/vector/vector.yaml", """sources:
  journald:
    type: journald
    current_boot_only: true
sinks:
  es:
    type: elasticsearch
    inputs: [journald]
    endpoints: ["https://es-logs.acme.internal:9200"]
    mode: bulk
    auth:
      strategy: basic
      user: vector_writer
      password: "§"
    bulk:
      index: "journald-%Y.%m.%d"
""", wordpw(), "https://vector.dev/docs/reference/configuration/sinks/elasticsearch/")

S("logstash-conf", "elasticsearch-password", "deploy/logstash/pipeline/app.conf", """input {
  beats {
    port => 5044
  }
}

filter {
  json {
    source => "message"
  }
  date {
    match => ["timestamp", "ISO8601"]
  }
}

output {
  elasticsearch {
    hosts => ["https://es01.acme.internal:9200"]
    user => "logstash_internal"
    password => "§"
    index => "app-%{+YYYY.MM.dd}"
    ssl_certificate_authorities => ["/etc/logstash/certs/ca.crt"]
  }
}
""", gpw(), "https://www.elastic.co/guide/en/logstash/current/plugins-outputs-elasticsearch.html")

D("logstash-conf", "keystore-reference", "deploy/logstash/pipeline/audit.conf", """input {
  kafka {
    bootstrap_servers => "kafka-1:9092,kafka-2:9092"
    topics => ["audit"]
    codec => json
  }
}
output {
  elasticsearch {
    hosts => ["https://es01.acme.internal:9200"]
    user => "${ES_USER}"
    password => "${ES_PWD}"
    index => "audit-%{+YYYY.MM}"
  }
}
""", "https://www.elastic.co/guide/en/logstash/current/keystore.html")

S("fluentd-conf", "elasticsearch-password", "deploy/fluentd/fluent.conf", """<source>
  @type forward
  port 24224
  bind 0.0.0.0
</source>

<filter acme.**>
  @type record_transformer
  <record>
    hostname "#{Socket.gethostname}"
  </record>
</filter>

<match acme.**>
  @type elasticsearch
  host es.acme.internal
  port 9200
  scheme https
  user fluentd
  password §
  logstash_format true
  <buffer>
    flush_interval 5s
  </buffer>
</match>
""", wordpw(), "https://docs.fluentd.org/output/elasticsearch")

S("fluent-bit-conf", "splunk-hec-token", "deploy/fluent-bit/fluent-bit.conf", """[SERVICE]
    Flush        5
    Daemon       Off
    Log_Level    info

[INPUT]
    Name   tail
    Path   /var/log/containers/*.log
    Tag    kube.*

[OUTPUT]
    Name         splunk
    Match        *
    Host         splunk-hec.acme.net
    Port         8088
    Splunk_Token §
    TLS          On
    TLS.Verify   On
""", "%s-%s-%s-%s-%s" % (rnd(8, HEX), rnd(4, HEX), rnd(4, HEX), rnd(4, HEX), rnd(12, HEX)), "https://docs.fluentbit.io/manual/pipeline/outputs/splunk")

S("sentry-config-yml", "system-secret-key", "self-hosted/sentry/config.yml", """# While a lot of configuration in Sentry can be changed via the UI, for all
# new-style config (as of 8.0) you can also declare values here in this file
# to enforce defaults or to ensure they cannot be changed via the UI.

mail.backend: 'smtp'
mail.host: 'smtp.acme.net'
mail.port: 587
mail.use-tls: true
mail.from: 'sentry@acme.net'

system.secret-key: '§'
system.url-prefix: 'https://sentry.acme.net'

symbolicator.enabled: true
symbolicator.options:
  url: "http://symbolicator:3021"
""", rnd(50, string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)"), "https://develop.sentry.dev/self-hosted/#configuration")

D("sentry-config-yml", "template-placeholder", "self-hosted/sentry/config.example.yml", """# Copy to config.yml and run ./install/generate-secret-key.sh
mail.backend: 'dummy'
mail.host: 'localhost'
mail.port: 25

system.secret-key: '!!changeme!!'
system.url-prefix: 'http://localhost:9000'

filestore.backend: 'filesystem'
filestore.options:
  location: '/data/files'
""", "https://develop.sentry.dev/self-hosted/")

D("python", "sentry-dsn-env", "src/acme/observability.py", '''import os

import sentry_sdk
from sentry_sdk.integrations.celery import CeleryIntegration

SENTRY_DSN = os.getenv("SENTRY_DSN", "")


def init_sentry() -> None:
    if not SENTRY_DSN:
        return
    sentry_sdk.init(
        dsn=SENTRY_DSN,
        integrations=[CeleryIntegration()],
        traces_sample_rate=float(os.getenv("SENTRY_TRACES_RATE", "0.05")),
        release=os.getenv("GIT_SHA"),
    )
''', "https://docs.sentry.io/platforms/python/")

# ---------------------------------------------------------------- proxies
S("haproxy-cfg", "stats-password", "deploy/haproxy/haproxy.cfg", """global
    log /dev/log local0
    maxconn 4096
    user haproxy
    group haproxy

defaults
    mode http
    timeout connect 5s
    timeout client  30s
    timeout server  30s

listen stats
    bind :8404
    stats enable
    stats uri /stats
    stats refresh 10s
    stats auth admin:§

frontend www
    bind :80
    default_backend app

backend app
    balance roundrobin
    server app1 10.0.1.11:8000 check
    server app2 10.0.1.12:8000 check
""", wordpw(), "https://www.haproxy.com/documentation/haproxy-configuration-manual/latest/#4.2-stats%20auth")

D("haproxy-cfg", "userlist-hash", "deploy/haproxy/auth.cfg", """userlist ops
    group admins users alice,bob
    user alice password $6$k8Jd2aQp$yq1l0jV9q8yzJ8K5B5T1E1M8qX5Zk5v3oQ7sVdN0n1cF3pXkQy2h2nE0oYtL6gP2Q8cWbq1b7m5i7o7fQ3e0
    user bob password $6$u1Tf9eZr$Wq0m3H5ZpT9aXj7R4sS2dN6kL8bV1cX3zQ5wE7rT9yU1iO3pA5sD7fG9hJ1kL3zX5cV7bN9mQ1wE3rT5yU7

frontend admin
    bind :9000
    http-request auth realm ops unless { http_auth(ops) }
    default_backend admin_ui
""", "https://www.haproxy.com/documentation/haproxy-configuration-manual/latest/#3.4-user")

D("traefik-yaml", "htpasswd-hash", "deploy/traefik/dynamic/middlewares.yml", """http:
  middlewares:
    dashboard-auth:
      basicAuth:
        users:
          - "ops:$apr1$H6uskkkW$IgXLP6ewTrSuBkTrqE8wj/"
          - "ci:$apr1$d9hr9HBB$4HxwgUir3HP4EsggP/QNo0"
    secure-headers:
      headers:
        stsSeconds: 31536000
        frameDeny: true
  routers:
    dashboard:
      rule: Host(`traefik.acme.net`)
      service: api@internal
      middlewares: [dashboard-auth]
""", "https://doc.traefik.io/traefik/middlewares/http/basicauth/")

S("traefik-toml", "cloudflare-api-token", "deploy/traefik/traefik.toml", """[entryPoints]
  [entryPoints.web]
    address = ":80"
  [entryPoints.websecure]
    address = ":443"

[certificatesResolvers.le.acme]
  email = "ops@acme.net"
  storage = "/letsencrypt/acme.json"
  [certificatesResolvers.le.acme.dnsChallenge]
    provider = "cloudflare"

[environment]
  CF_DNS_API_TOKEN = "§"

[api]
  dashboard = true
""", rnd(40, ALNUM + "_-"), "https://doc.traefik.io/traefik/https/acme/#providers")

D("caddyfile", "bcrypt-hash", "deploy/caddy/Caddyfile", """{
	email ops@acme.net
}

grafana.acme.net {
	reverse_proxy grafana:3000
}

flower.acme.net {
	basicauth {
		ops $2a$14$Zkx19XLiW6VYouLHR5NmfOFU0z2GTNmpkT/5qqR7hx4IjWJPDhjvG
	}
	reverse_proxy flower:5555
	encode gzip
}
""", "https://caddyserver.com/docs/caddyfile/directives/basic_auth")

S("caddyfile", "cloudflare-token", "deploy/caddy/Caddyfile.prod", """{
	acme_dns cloudflare §
	email ops@acme.net
}

api.acme.net {
	reverse_proxy api-1:8000 api-2:8000 {
		lb_policy least_conn
		health_uri /healthz
	}
	log {
		output file /var/log/caddy/api.log
	}
}
""", rnd(40, ALNUM + "_-"), "https://caddyserver.com/docs/caddyfile/options#acme-dns")

_PEM_ENVOY = pem("EC")
S("envoy-yaml", "tls-private-key", "deploy/envoy/envoy.yaml", """static_resources:
  listeners:
  - name: https
    address:
      socket_address: { address: 0.0.0.0, port_value: 8443 }
    filter_chains:
    - transport_socket:
        name: envoy.transport_sockets.tls
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.DownstreamTlsContext
          common_tls_context:
            tls_certificates:
            - certificate_chain: { filename: /etc/envoy/certs/api.crt }
              private_key:
                inline_string: |
                  §
      filters:
      - name: envoy.filters.network.http_connection_manager
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
          stat_prefix: ingress
          route_config:
            virtual_hosts:
            - name: api
              domains: ["*"]
              routes:
              - match: { prefix: "/" }
                route: { cluster: api }
""".replace("§", _PEM_ENVOY.replace("\n", "\n                  ")), _PEM_ENVOY, "https://www.envoyproxy.io/docs/envoy/latest/api-v3/extensions/transport_sockets/tls/v3/common.proto")
