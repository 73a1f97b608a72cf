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
    if "@@KEYID@@" in text:
        text = text.replace("@@KEYID@@", akid())
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


# ---------------------------------------------------------------- HashiCorp agents
S("consul-hcl", "gossip-encryption-key", "deploy/consul/consul.hcl", """datacenter = "fra1"
data_dir   = "/opt/consul"
log_level  = "INFO"
server     = true
bootstrap_expect = 3

bind_addr   = "{{ GetPrivateInterfaces | include \\"network\\" \\"10.0.0.0/8\\" | attr \\"address\\" }}"
client_addr = "0.0.0.0"

retry_join = ["provider=digitalocean region=fra1 tag_name=consul-server"]

encrypt = "§"
encrypt_verify_incoming = true
encrypt_verify_outgoing = true

ui_config {
  enabled = true
}
""", base64.b64encode(random.Random(120900).randbytes(32)).decode(), "https://developer.hashicorp.com/consul/docs/agent/config/config-files#encrypt")

D("consul-hcl", "file-reference", "deploy/consul/client.hcl", """datacenter = "fra1"
data_dir   = "/opt/consul"
server     = false

acl {
  enabled        = true
  default_policy = "deny"
  tokens {
    agent_recovery = ""
  }
}

tls {
  defaults {
    ca_file   = "/etc/consul.d/certs/consul-agent-ca.pem"
    cert_file = "/etc/consul.d/certs/fra1-client-consul-0.pem"
    key_file  = "/etc/consul.d/certs/fra1-client-consul-0-key.pem"
  }
}
""", "https://developer.hashicorp.com/consul/docs/agent/config/config-files")

S("nomad-hcl", "vault-token", "deploy/nomad/server.hcl", """data_dir  = "/opt/nomad/data"
bind_addr = "0.0.0.0"

server {
  enabled          = true
  bootstrap_expect = 3
}

vault {
  enabled          = true
  address          = "https://vault.acme.internal:8200"
  create_from_role = "nomad-cluster"
  token            = "§"
}

telemetry {
  prometheus_metrics = true
  publish_allocation_metrics = true
}
""", vault_tok(), "https://developer.hashicorp.com/nomad/docs/configuration/vault")

D("vault-agent-hcl", "file-paths", "deploy/vault/agent.hcl", """pid_file = "/run/vault-agent.pid"

vault {
  address = "https://vault.acme.internal:8200"
}

auto_auth {
  method "approle" {
    config = {
      role_id_file_path   = "/etc/vault-agent/role_id"
      secret_id_file_path = "/etc/vault-agent/secret_id"
      remove_secret_id_file_after_reading = false
    }
  }
  sink "file" {
    config = {
      path = "/run/vault-agent/token"
    }
  }
}

template {
  source      = "/etc/vault-agent/db.ctmpl"
  destination = "/run/secrets/db.env"
}
""", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/autoauth/methods/approle")

D("consul-template", "vault-template", "deploy/vault/db.ctmpl", """{{ with secret "database/creds/acme-app" }}
DATABASE_USER={{ .Data.username }}
DATABASE_PASSWORD={{ .Data.password }}
{{ end }}
{{ with secret "kv/data/acme/redis" }}
REDIS_PASSWORD={{ .Data.data.password }}
{{ end }}
""", "https://github.com/hashicorp/consul-template")

S("nomad-job-hcl", "redis-password", "deploy/nomad/jobs/worker.nomad.hcl", """job "acme-worker" {
  datacenters = ["fra1"]
  type        = "service"

  group "workers" {
    count = 4

    task "celery" {
      driver = "docker"

      config {
        image   = "registry.acme.net/acme/worker:2024.06.1"
        command = "celery"
        args    = ["-A", "acme.tasks", "worker", "-l", "info", "-c", "8"]
      }

      env {
        CELERY_BROKER_URL = "redis://:§@redis-broker.service.consul:6379/0"
        ACME_ENV          = "production"
      }

      resources {
        cpu    = 1000
        memory = 1024
      }
    }
  }
}
""", redispw(), "https://developer.hashicorp.com/nomad/docs/job-specification/env")

# ---------------------------------------------------------------- Celery / Scrapy / Playwright / load tests
S("celery-config", "redis-password", "src/acme/celeryconfig.py", '''"""Celery settings; imported via app.config_from_object("acme.celeryconfig")."""
from celery.schedules import crontab

broker_url = "rediss://default:§@redis-12345.c1.eu-west-1-2.ec2.cloud.redislabs.com:12345/0?ssl_cert_reqs=required"
result_backend = broker_url
task_serializer = "json"
accept_content = ["json"]
timezone = "Europe/Berlin"
enable_utc = True

beat_schedule = {
    "purge-expired-sessions": {
        "task": "acme.tasks.purge_sessions",
        "schedule": crontab(minute=0, hour="*/6"),
    },
    "nightly-report": {
        "task": "acme.tasks.send_report",
        "schedule": crontab(minute=30, hour=2),
        "args": ("ops@acme.net",),
    },
}
''', redispw(), "https://docs.celeryq.dev/en/stable/userguide/configuration.html")

S("celery-beat", "sendgrid-key-in-args", "src/acme/beat_schedule.py", '''from celery.schedules import crontab

CELERY_BEAT_SCHEDULE = {
    "digest-emails": {
        "task": "acme.mail.tasks.send_digest",
        "schedule": crontab(minute=0, hour=7, day_of_week="mon-fri"),
        "kwargs": {
            "provider": "sendgrid",
            "api_key": "§",
            "template_id": "d-4f1c2b9a0e7d4c3a8b6f5e4d3c2b1a09",
        },
    },
    "refresh-exchange-rates": {
        "task": "acme.fx.tasks.refresh",
        "schedule": 900.0,
    },
}
''', sendgrid(), "https://docs.celeryq.dev/en/stable/userguide/periodic-tasks.html")

D("celery-beat", "crontab-entries", "src/acme/schedules.py", '''from datetime import timedelta

from celery.schedules import crontab, solar

beat_schedule = {
    "warm-cache": {"task": "acme.cache.warm", "schedule": timedelta(minutes=5), "args": ("catalog:v7:3f9a1c0e",)},
    "sunrise-report": {"task": "acme.reports.sunrise", "schedule": solar("sunrise", 52.52, 13.40)},
    "rotate-logs": {"task": "acme.ops.rotate", "schedule": crontab(minute=15, hour=3)},
    "reindex": {
        "task": "acme.search.reindex",
        "schedule": crontab(minute=0, hour=4, day_of_month="1"),
        "kwargs": {"index": "products-2024", "checkpoint": "b3c1f09ad4e25a7c8e6d1f0b9a8c7d6e5f4a3b2c"},
    },
}
''', "https://docs.celeryq.dev/en/stable/userguide/periodic-tasks.html")

S("scrapy-settings", "proxy-password", "crawler/acme_crawler/settings.py", '''BOT_NAME = "acme_crawler"

SPIDER_MODULES = ["acme_crawler.spiders"]
NEWSPIDER_MODULE = "acme_crawler.spiders"

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
DOWNLOAD_DELAY = 0.5

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.httpproxy.HttpProxyMiddleware": 110,
}
HTTP_PROXY = "http://brd-customer-hl_4f2a91c3-zone-datacenter:§@brd.superproxy.io:22225"

ITEM_PIPELINES = {
    "acme_crawler.pipelines.PostgresPipeline": 300,
}
FEED_EXPORT_ENCODING = "utf-8"
''', rnd(12, string.ascii_lowercase + string.digits), "https://docs.scrapy.org/en/latest/topics/settings.html")

S("scrapy-settings", "zyte-api-key", "crawler/prices/settings.py", '''BOT_NAME = "prices"
SPIDER_MODULES = ["prices.spiders"]

ADDONS = {
    "scrapy_zyte_api.Addon": 500,
}
ZYTE_API_KEY = "§"
ZYTE_API_TRANSPARENT_MODE = True

AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_TARGET_CONCURRENCY = 4.0
HTTPCACHE_ENABLED = False
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
''', rnd(32, HEX), "https://scrapy-zyte-api.readthedocs.io/en/latest/setup.html")

D("scrapy-cfg", "deploy-target", "crawler/scrapy.cfg", """# Automatically created by: scrapy startproject
#
# For more information about the [deploy] section see:
# https://scrapyd.readthedocs.io/en/latest/deploy.html

[settings]
default = acme_crawler.settings

[deploy:prod]
url = https://scrapyd.acme.internal/
project = acme_crawler
username = deployer
password = ${SCRAPYD_PASSWORD}
""", "https://scrapyd.readthedocs.io/en/latest/deploy.html")

S("playwright-script", "login-password", "e2e/test_admin_login.py", '''import re

from playwright.sync_api import Page, expect

BASE_URL = "https://staging.acme.net"


def test_admin_can_log_in(page: Page) -> None:
    page.goto(f"{BASE_URL}/admin/login/")
    page.get_by_label("Username").fill("qa-admin@acme.net")
    page.get_by_label("Password").fill("§")
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(re.compile(r".*/admin/$"))
    expect(page.get_by_text("Site administration")).to_be_visible()


def test_logout(page: Page) -> None:
    page.goto(f"{BASE_URL}/admin/logout/")
    expect(page.get_by_text("Logged out")).to_be_visible()
''', wordpw(), "https://playwright.dev/python/docs/input")

D("playwright-config", "storage-state", "e2e/playwright.config.ts", """import { defineConfig, devices } from '@playwright/test';

export default defineConfig({
  testDir: './tests',
  retries: process.env.CI ? 2 : 0,
  use: {
    baseURL: process.env.BASE_URL ?? 'http://localhost:8000',
    storageState: 'playwright/.auth/user.json',
    httpCredentials: {
      username: process.env.BASIC_AUTH_USER!,
      password: process.env.BASIC_AUTH_PASSWORD!,
    },
    trace: 'on-first-retry',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
});
""", "https://playwright.dev/docs/test-configuration")

S("locustfile", "api-bearer-token", "loadtest/locustfile.py", '''from locust import HttpUser, between, task


class ApiUser(HttpUser):
    wait_time = between(0.5, 2)
    host = "https://api.staging.acme.net"

    def on_start(self) -> None:
        self.client.headers.update({
            "Authorization": "Bearer §",
            "User-Agent": "locust-loadtest/1.0",
        })

    @task(5)
    def list_products(self) -> None:
        self.client.get("/v2/products?limit=50", name="/v2/products")

    @task(1)
    def checkout(self) -> None:
        self.client.post("/v2/cart/checkout", json={"items": [{"sku": "TSHIRT-M", "qty": 1}]})
''', ghfg(), "https://docs.locust.io/en/stable/writing-a-locustfile.html")

S("k6-script", "stripe-test-key", "loadtest/k6/checkout.js", """import http from 'k6/http';
import { check, sleep } from 'k6';

export const options = {
  vus: 20,
  duration: '2m',
  thresholds: { http_req_duration: ['p(95)<400'] },
};

const STRIPE_KEY = '§';

export default function () {
  const res = http.post('https://api.stripe.com/v1/payment_intents', {
    amount: '1999',
    currency: 'eur',
  }, {
    headers: { Authorization: `Bearer ${STRIPE_KEY}` },
  });
  check(res, { 'status 200': (r) => r.status === 200 });
  sleep(1);
}
""", stripe_rk(), "https://grafana.com/docs/k6/latest/using-k6/http-requests/")

D("k6-script", "env-variable", "loadtest/k6/browse.js", """import http from 'k6/http';
import { check } from 'k6';

export const options = { vus: 50, duration: '5m' };

const TOKEN = __ENV.API_TOKEN;

export default function () {
  const res = http.get(`${__ENV.BASE_URL}/v2/products`, {
    headers: { Authorization: `Bearer ${TOKEN}` },
  });
  check(res, { ok: (r) => r.status === 200 });
}
""", "https://grafana.com/docs/k6/latest/using-k6/environment-variables/")

# ---------------------------------------------------------------- migrations
S("alembic-ini", "database-password", "migrations/alembic.ini", """# A generic, single database configuration.

[alembic]
script_location = migrations
prepend_sys_path = .
version_path_separator = os

sqlalchemy.url = postgresql+psycopg://acme_owner:§@db-primary.acme.internal:5432/acme

[post_write_hooks]
hooks = ruff
ruff.type = exec
ruff.executable = ruff
ruff.options = format REVISION_SCRIPT_FILENAME

[loggers]
keys = root,sqlalchemy,alembic

[logger_root]
level = WARN
handlers = console
""", wordpw(), "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file")

D("alembic-ini", "driver-placeholder", "services/billing/alembic.ini", """[alembic]
script_location = alembic
# the real URL is set in env.py from settings.DATABASE_URL
sqlalchemy.url = driver://user:pass@localhost/dbname

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic
""", "https://alembic.sqlalchemy.org/en/latest/tutorial.html")

D("alembic-revision", "revision-ids", "migrations/versions/3f2a9c1d7b4e_add_api_keys_table.py", '''"""add api_keys table

Revision ID: 3f2a9c1d7b4e
Revises: a81c0e5d92f3
Create Date: 2024-05-14 09:12:44.318201

"""
import sqlalchemy as sa
from alembic import op

revision = "3f2a9c1d7b4e"
down_revision = "a81c0e5d92f3"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "api_keys",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("prefix", sa.String(8), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("api_keys")
''', "https://alembic.sqlalchemy.org/en/latest/tutorial.html#create-a-migration-script")

S("alembic-revision", "seeded-admin-password", "migrations/versions/9b7e21c4d0aa_seed_service_account.py", '''"""seed reporting service account

Revision ID: 9b7e21c4d0aa
Revises: 3f2a9c1d7b4e
Create Date: 2024-06-02 16:40:03.114722

"""
from alembic import op

revision = "9b7e21c4d0aa"
down_revision = "3f2a9c1d7b4e"


def upgrade() -> None:
    op.execute("CREATE ROLE reporting LOGIN PASSWORD '§'")
    op.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting")


def downgrade() -> None:
    op.execute("REVOKE SELECT ON ALL TABLES IN SCHEMA public FROM reporting")
    op.execute("DROP ROLE reporting")
''', gpw(), "https://alembic.sqlalchemy.org/en/latest/ops.html#alembic.operations.Operations.execute")

S("flyway-conf", "database-password", "db/flyway.conf", """# Flyway configuration for the reporting warehouse
flyway.url=jdbc:postgresql://warehouse.acme.internal:5432/reporting
flyway.user=flyway
flyway.password=§
flyway.schemas=reporting,staging
flyway.locations=filesystem:db/migrations
flyway.baselineOnMigrate=true
flyway.validateMigrationNaming=true
flyway.placeholders.retention_days=400
""", wordpw(), "https://documentation.red-gate.com/fd/parameters")

D("flyway-toml", "env-placeholder", "db/flyway.toml", """databaseType = "PostgreSql"
name = "acme-db"
id = "c3b1f0a2-5d4e-4c8b-9a7f-1e2d3c4b5a69"

[environments.prod]
url = "jdbc:postgresql://db-primary.acme.internal:5432/acme"
user = "flyway"
password = "${env.FLYWAY_PROD_PASSWORD}"
schemas = ["public"]

[flyway]
locations = ["filesystem:migrations"]
mixed = true
""", "https://documentation.red-gate.com/fd/flyway-toml-configuration-file")

S("liquibase-properties", "database-password", "db/changelog/liquibase.properties", """changeLogFile=db/changelog/db.changelog-master.yaml
url=jdbc:mysql://mysql-prod.acme.internal:3306/orders?useSSL=true
username=liquibase
password=§
driver=com.mysql.cj.jdbc.Driver
liquibase.hub.mode=off
logLevel=info
""", gpw(), "https://docs.liquibase.com/concepts/connections/creating-config-properties.html")

D("liquibase-changelog", "md5-checksums", "db/changelog/db.changelog-master.xml", """<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog
    xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
        http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.20.xsd">

    <changeSet id="20240511-1" author="mkraus">
        <validCheckSum>9:a4f3c2e1b0d9c8b7a6f5e4d3c2b1a098</validCheckSum>
        <createTable tableName="users">
            <column name="id" type="BIGINT" autoIncrement="true"><constraints primaryKey="true"/></column>
            <column name="email" type="VARCHAR(255)"/>
            <column name="password_hash" type="CHAR(60)"/>
        </createTable>
    </changeSet>
</databaseChangeLog>
""", "https://docs.liquibase.com/concepts/changelogs/changeset-checksums.html")


# ---------------------------------------------------------------- editors and notebooks
S("vscode-settings", "sqltools-password", ".vscode/settings.json", """{
  "python.defaultInterpreterPath": "${workspaceFolder}/.venv/bin/python",
  "python.testing.pytestEnabled": true,
  "editor.formatOnSave": true,
  "[python]": {
    "editor.defaultFormatter": "charliermarsh.ruff"
  },
  "sqltools.connections": [
    {
      "previewLimit": 50,
      "server": "db-replica.acme.internal",
      "port": 5432,
      "driver": "PostgreSQL",
      "name": "acme-replica",
      "database": "acme",
      "username": "analyst",
      "password": "§"
    }
  ]
}
""", wordpw(), "https://vscode-sqltools.mteixeira.dev/en/settings")

S("vscode-launch", "aws-secret-key", ".vscode/launch.json", """{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "Django: runserver",
      "type": "debugpy",
      "request": "launch",
      "program": "${workspaceFolder}/manage.py",
      "args": ["runserver", "0.0.0.0:8000"],
      "django": true,
      "env": {
        "DJANGO_SETTINGS_MODULE": "acme.settings.local",
        "AWS_DEFAULT_REGION": "eu-central-1",
        "AWS_SECRET_ACCESS_KEY": "§",
        "S3_BUCKET": "acme-media-staging"
      }
    }
  ]
}
""", asec(), "https://code.visualstudio.com/docs/python/debugging")

D("vscode-launch", "envfile-reference", "services/api/.vscode/launch.json", """{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "FastAPI",
      "type": "debugpy",
      "request": "launch",
      "module": "uvicorn",
      "args": ["acme_api.main:app", "--reload"],
      "envFile": "${workspaceFolder}/.env.local",
      "env": {"OPENAI_API_KEY": "${env:OPENAI_API_KEY}"},
      "jinja": true
    }
  ]
}
""", "https://code.visualstudio.com/docs/python/environments#_environment-variable-definitions-file")

S("pycharm-workspace", "telegram-bot-token", ".idea/workspace.xml", """<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="ChangeListManager">
    <list default="true" id="0b0f7c1e-6e3a-4d2b-9a51-4c8f2e7d1a30" name="Changes" comment="" />
  </component>
  <component name="RunManager" selected="Python.bot">
    <configuration name="bot" type="PythonConfigurationType" factoryName="Python">
      <module name="acme-bot" />
      <option name="INTERPRETER_OPTIONS" value="" />
      <option name="PARENT_ENVS" value="true" />
      <envs>
        <env name="PYTHONUNBUFFERED" value="1" />
        <env name="TELEGRAM_BOT_TOKEN" value="§" />
      </envs>
      <option name="SDK_HOME" value="$PROJECT_DIR$/.venv/bin/python" />
      <option name="SCRIPT_NAME" value="$PROJECT_DIR$/bot/main.py" />
    </configuration>
  </component>
</project>
""", tg(), "https://www.jetbrains.com/help/pycharm/run-debug-configuration-python.html")

D("pycharm-datasources", "keychain-stored", ".idea/dataSources.xml", """<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">
    <data-source source="LOCAL" name="acme@db-replica" uuid="6f1d3a2b-8c7e-4f90-a1b2-c3d4e5f60718">
      <driver-ref>postgresql</driver-ref>
      <synchronize>true</synchronize>
      <jdbc-driver>org.postgresql.Driver</jdbc-driver>
      <jdbc-url>jdbc:postgresql://db-replica.acme.internal:5432/acme</jdbc-url>
      <working-dir>$ProjectFileDir$</working-dir>
    </data-source>
  </component>
</project>
""", "https://www.jetbrains.com/help/pycharm/configuring-database-connections.html")

D("jupyter-config", "hashed-password", "deploy/jupyter/jupyter_server_config.py", '''# Configuration file for jupyter-server.
c = get_config()  # noqa: F821

c.ServerApp.ip = "0.0.0.0"
c.ServerApp.port = 8888
c.ServerApp.open_browser = False
c.ServerApp.root_dir = "/home/jovyan/work"
# generated with jupyter_server.auth.passwd(); a hash, not the password
c.PasswordIdentityProvider.hashed_password = "argon2:$argon2id$v=19$m=10240,t=10,p=8$Zy1HqT9x0mB3wE7kL2rP5A$8dK1mQ4wV6zT0xR9sN3pY7cJ2bH5fL1a"
c.ServerApp.allow_remote_access = True
''', "https://jupyter-server.readthedocs.io/en/latest/operators/public-server.html")

S("jupyter-config", "server-token", "deploy/jupyter/jupyter_notebook_config.py", '''c = get_config()  # noqa: F821

c.NotebookApp.ip = "0.0.0.0"
c.NotebookApp.port = 8888
c.NotebookApp.open_browser = False
c.NotebookApp.token = "§"
c.NotebookApp.notebook_dir = "/srv/notebooks"
c.NotebookApp.allow_origin = "https://hub.acme.net"
''', rnd(48, HEX), "https://jupyter-notebook.readthedocs.io/en/5.7.4/config.html")


def notebook(cells: list) -> str:
    import json
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.8"}},
          "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1) + "\n"


def code(src: str, outputs: list = (), n: int = 1, cid: str = "a") -> dict:
    lines = src.splitlines(keepends=True)
    return {"cell_type": "code", "execution_count": n, "id": cid, "metadata": {}, "outputs": list(outputs), "source": lines}


def md(src: str, cid: str = "m") -> dict:
    return {"cell_type": "markdown", "id": cid, "metadata": {}, "source": src.splitlines(keepends=True)}


def stream(text: str) -> dict:
    return {"name": "stdout", "output_type": "stream", "text": text.splitlines(keepends=True)}


_K = ghp()
CASES.append(LabelledCase("blind-j/colab-notebook/github-token", "notebooks/colab_train_export.ipynb", notebook([
    md("# Export fine-tuned model\nClone the private repo into the Colab VM.\n", "m1"),
    code("!git clone https://" + _K + "@github.com/acme-corp/acme-models.git\n%cd acme-models\n", [stream("Cloning into 'acme-models'...\n")], 1, "c1"),
    code("!pip install -q -r requirements.txt\n", [], 2, "c2"),
]), _K, "https://colab.research.google.com/"))

_K = oai()
CASES.append(LabelledCase("blind-j/jupyter-notebook/openai-key-in-output", "notebooks/explore_embeddings.ipynb", notebook([
    md("## Embeddings exploration\n", "m1"),
    code("import os\nfrom openai import OpenAI\nclient = OpenAI()\nprint(client.api_key)\n", [stream(_K + "\n")], 3, "c1"),
    code("emb = client.embeddings.create(model='text-embedding-3-small', input=['hello'])\nlen(emb.data[0].embedding)\n",
         [{"data": {"text/plain": ["1536"]}, "execution_count": 4, "metadata": {}, "output_type": "execute_result"}], 4, "c2"),
]), _K, "https://nbformat.readthedocs.io/en/latest/format_description.html"))

_K = asec()
_I = akid()
CASES.append(LabelledCase("blind-j/kaggle-notebook/aws-secret-key", "kaggle/s3-upload-submission.ipynb", notebook([
    md("Upload the submission to our bucket for the leaderboard archive.\n", "m1"),
    code("import boto3\ns3 = boto3.client(\n    's3',\n    aws_access_key_id='" + _I + "',\n    aws_secret_access_key='" + _K + "',\n)\n", [], 1, "c1"),
    code("s3.upload_file('/kaggle/working/submission.csv', 'acme-kaggle', 'subs/latest.csv')\n", [], 2, "c2"),
]), _K, "https://www.kaggle.com/docs/notebooks"))

CASES.append(LabelledCase("blind-j/kaggle-notebook/decoy-user-secrets", "kaggle/train-baseline.ipynb", notebook([
    md("# Baseline\nThe W&B key lives in Kaggle *Add-ons → Secrets*.\n", "m1"),
    code("from kaggle_secrets import UserSecretsClient\nsecret = UserSecretsClient().get_secret('WANDB_API_KEY')\nimport wandb\nwandb.login(key=secret)\n",
         [stream("wandb: Currently logged in as: acme-ml. Use `wandb login --relogin` to force relogin\n")], 1, "c1"),
    code("import pandas as pd\ndf = pd.read_csv('/kaggle/input/titanic/train.csv')\ndf.shape\n",
         [{"data": {"text/plain": ["(891, 12)"]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}], 2, "c2"),
]), None, "https://www.kaggle.com/discussions/product-feedback/114053"))

CASES.append(LabelledCase("blind-j/colab-notebook/decoy-userdata-and-image", "notebooks/colab_plot.ipynb", notebook([
    code("from google.colab import userdata\nHF_TOKEN = userdata.get('HF_TOKEN')\n", [], 1, "c1"),
    code("import matplotlib.pyplot as plt\nplt.plot([1, 2, 3])\n", [{"data": {"image/png": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\n", "text/plain": ["<Figure size 640x480 with 1 Axes>"]}, "metadata": {}, "output_type": "display_data"}], 2, "c2"),
]), None, "https://colab.research.google.com/notebooks/io.ipynb"))

# ---------------------------------------------------------------- Windows and macOS
S("bat", "database-password", "scripts/windows/backup_db.bat", """@echo off
REM Nightly dump of the orders database, scheduled via Task Scheduler
setlocal
set PGHOST=db-primary.acme.internal
set PGUSER=backup
set PGPASSWORD=§
set STAMP=%DATE:~-4%%DATE:~3,2%%DATE:~0,2%

"C:\\Program Files\\PostgreSQL\\16\\bin\\pg_dump.exe" -Fc -f "D:\\backups\\orders_%STAMP%.dump" orders
if errorlevel 1 (
  echo Backup failed >> D:\\backups\\backup.log
  exit /b 1
)
endlocal
""", wordpw(), "https://www.postgresql.org/docs/current/libpq-envars.html")

S("cmd", "pypi-token", "scripts/windows/release.cmd", """@echo off
setlocal enabledelayedexpansion
cd /d %~dp0\\..\\..
py -3.11 -m pip install --upgrade build twine
py -3.11 -m build || goto :error
py -3.11 -m twine upload --non-interactive -u __token__ -p § dist\\*
goto :eof

:error
echo Build failed with error #%errorlevel%.
exit /b %errorlevel%
""", pypi(), "https://twine.readthedocs.io/en/stable/")

S("powershell", "service-password", "scripts/windows/Install-Worker.ps1", """#Requires -RunAsAdministrator
param(
    [string]$InstallDir = "C:\\acme\\worker"
)

$ErrorActionPreference = "Stop"
$securePassword = ConvertTo-SecureString "§" -AsPlainText -Force
$credential = New-Object System.Management.Automation.PSCredential ("ACME\\svc-worker", $securePassword)

New-Service -Name "AcmeWorker" `
    -BinaryPathName "$InstallDir\\.venv\\Scripts\\python.exe -m acme.worker" `
    -DisplayName "Acme Celery Worker" `
    -StartupType Automatic `
    -Credential $credential

Start-Service AcmeWorker
Write-Host "AcmeWorker installed"
""", wordpw(), "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring")

D("powershell", "secure-string-prompt", "scripts/windows/Publish-Package.ps1", """param(
    [Parameter(Mandatory = $true)]
    [string]$Repository
)

$token = Read-Host -Prompt "PyPI API token" -AsSecureString
$plain = [Runtime.InteropServices.Marshal]::PtrToStringAuto(
    [Runtime.InteropServices.Marshal]::SecureStringToBSTR($token))

python -m build
python -m twine upload --repository $Repository -u __token__ -p $plain dist/*
Remove-Variable plain
""", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/read-host")

D("powershell", "encrypted-securestring", "scripts/windows/Connect-Share.ps1", """# The blob below is DPAPI-encrypted for the build machine's service account; it only
# decrypts there (ConvertFrom-SecureString output).
$blob = "01000000d08c9ddf0115d1118c7a00c04fc297eb010000009a4bd3c2e3f15d4c8f2e7a61b0c9d8e70000000002000000000003660000c000000010000000"
$secure = ConvertTo-SecureString $blob
$cred = New-Object System.Management.Automation.PSCredential ("ACME\\svc-build", $secure)
New-PSDrive -Name Artifacts -PSProvider FileSystem -Root "\\\\fs01\\artifacts" -Credential $cred
Get-ChildItem Artifacts:\\wheels | Select-Object -Last 5
""", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertfrom-securestring")

S("reg", "autologon-password", "scripts/windows/kiosk-autologon.reg", """Windows Registry Editor Version 5.00

; Kiosk machines log on automatically as the display account
[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="kiosk"
"DefaultDomainName"="ACME"
"DefaultPassword"="§"
"ForceAutoLogon"="1"

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Acme\\Kiosk]
"DashboardUrl"="https://dash.acme.net/kiosk"
"RefreshSeconds"=dword:0000003c
""", wordpw(), "https://learn.microsoft.com/en-us/troubleshoot/windows-server/user-profiles-and-logon/turn-on-automatic-logon")

D("reg", "guids-and-binary", "installer/windows/file-association.reg", """Windows Registry Editor Version 5.00

[HKEY_CLASSES_ROOT\\.acmeproj]
@="Acme.Project"

[HKEY_CLASSES_ROOT\\Acme.Project]
@="Acme Project File"

[HKEY_CLASSES_ROOT\\Acme.Project\\shell\\open\\command]
@="\\"C:\\\\Program Files\\\\Acme\\\\acme.exe\\" \\"%1\\""

[HKEY_CLASSES_ROOT\\CLSID\\{6F1D3A2B-8C7E-4F90-A1B2-C3D4E5F60718}]
"ThumbnailCutoff"=hex:00,00,01,00
""", "https://learn.microsoft.com/en-us/windows/win32/shell/fa-file-types")

S("launchd-plist", "slack-bot-token", "deploy/macos/net.acme.slackbot.plist", """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>Label</key>
    <string>net.acme.slackbot</string>
    <key>ProgramArguments</key>
    <array>
        <string>/opt/acme/venv/bin/python</string>
        <string>-m</string>
        <string>acme_slackbot</string>
    </array>
    <key>EnvironmentVariables</key>
    <dict>
        <key>SLACK_BOT_TOKEN</key>
        <string>§</string>
        <key>LOG_LEVEL</key>
        <string>INFO</string>
    </dict>
    <key>KeepAlive</key>
    <true/>
    <key>StandardErrorPath</key>
    <string>/usr/local/var/log/acme-slackbot.err</string>
</dict>
</plist>
""", slack_bot(), "https://developer.apple.com/library/archive/documentation/MacOSX/Conceptual/BPSystemStartup/Chapters/CreatingLaunchdJobs.html")

D("plist", "info-plist", "packaging/macos/Info.plist", """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleIdentifier</key>
    <string>net.acme.desktop</string>
    <key>CFBundleShortVersionString</key>
    <string>2.4.1</string>
    <key>CFBundleVersion</key>
    <string>20240612.1</string>
    <key>SUPublicEDKey</key>
    <string>pF3vE0nQ8xK2mT7yR1wZ5aB9cD4eG6hJ0kL3nP7qS1u=</string>
    <key>SUFeedURL</key>
    <string>https://downloads.acme.net/desktop/appcast.xml</string>
</dict>
</plist>
""", "https://sparkle-project.org/documentation/#3-segue-for-security-concerns")

S("plist", "exportoptions-api-key", "packaging/macos/notarize.plist", """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>appleId</key>
    <string>release@acme.net</string>
    <key>teamId</key>
    <string>8Q3ZK7XW2M</string>
    <key>appSpecificPassword</key>
    <string>§</string>
    <key>bundleId</key>
    <string>net.acme.desktop</string>
</dict>
</plist>
""", "-".join(rnd(4, string.ascii_lowercase) for _ in range(4)), "https://support.apple.com/en-us/102654")


# ---------------------------------------------------------------- cron, at, hooks, make
S("crontab", "basic-auth-in-curl", "deploy/cron/acme.crontab", """SHELL=/bin/bash
PATH=/usr/local/bin:/usr/bin:/bin
MAILTO=ops@acme.net

# m h dom mon dow command
*/5 * * * * /opt/acme/venv/bin/python -m acme.jobs.heartbeat >/dev/null 2>&1
15 2 * * * /opt/acme/bin/backup.sh --target s3://acme-backups/nightly
0 6 * * 1 curl -fsS -u metrics:§ https://pushgateway.acme.internal/metrics/job/weekly -d @/var/lib/acme/weekly.prom
30 3 * * * find /var/log/acme -name '*.gz' -mtime +30 -delete
""", wordpw(), "man 5 crontab")

S("cron-d", "redis-password", "deploy/cron.d/acme-cache-flush", """# /etc/cron.d/acme-cache-flush: flush the page cache after the nightly import
SHELL=/bin/sh
PATH=/usr/local/sbin:/usr/local/bin:/sbin:/bin:/usr/sbin:/usr/bin

45 4 * * * www-data redis-cli -h cache-01.acme.internal -a '§' --no-auth-warning -n 3 FLUSHDB
50 4 * * * www-data /opt/acme/venv/bin/python -m acme.cache.warm
""", redispw(), "man 5 crontab (Debian /etc/cron.d)")

D("crontab", "env-file-source", "deploy/cron/reports.crontab", """MAILTO=""
# the job sources its own credentials from the root-only env file
0 7 * * 1-5 . /etc/acme/reports.env && /opt/acme/venv/bin/acme-reports daily --to "$REPORT_RECIPIENTS"
0 8 1 * * . /etc/acme/reports.env && /opt/acme/venv/bin/acme-reports monthly
@reboot /opt/acme/bin/wait-for-db.sh && systemctl start acme-reports
*/10 * * * * /usr/bin/flock -n /tmp/sync.lock /opt/acme/bin/sync.sh
""", "man 5 crontab")

S("at-job", "aws-session-token", "ops/at/rotate-once.sh", """#!/bin/sh
# queued with: at -f ops/at/rotate-once.sh 02:00 tomorrow
# one-off key rotation window, session from the break-glass role
export AWS_REGION=eu-west-1
export AWS_ACCESS_KEY_ID=$(cat /root/.breakglass/key_id)
export AWS_SECRET_ACCESS_KEY=$(cat /root/.breakglass/secret)
export AWS_SESSION_TOKEN=§
cd /opt/acme
./venv/bin/python -m acme.ops.rotate_kms_aliases --apply >> /var/log/acme/rotate.log 2>&1
""", asess(), "man 1 at")

S("git-hook", "slack-webhook", ".githooks/post-merge", """#!/usr/bin/env bash
# Notify #deploys when main is merged locally on the release box
set -euo pipefail

branch=$(git rev-parse --abbrev-ref HEAD)
[ "$branch" = "main" ] || exit 0

rev=$(git rev-parse --short HEAD)
payload=$(printf '{"text":"release box now at %s (%s)"}' "$rev" "$(hostname)")
curl -fsS -X POST -H 'Content-type: application/json' --data "$payload" \\
  §
pip install -q -r requirements.lock
""", slack_hook(), "https://git-scm.com/docs/githooks#_post_merge")

D("git-hook", "sha-and-ignore-list", ".githooks/pre-push", """#!/bin/sh
# Refuse to push when a commit on the list of known-bad revisions is included.
remote="$1"
z40=0000000000000000000000000000000000000000
blocked="5e1c7a9b3d2f4e6a8c0b1d3f5a7c9e1b3d5f7a9c 0f2e4d6c8b0a1c3e5d7f9b1a3c5e7d9f1b3a5c7e"

while read local_ref local_sha remote_ref remote_sha; do
  [ "$local_sha" = $z40 ] && continue
  for bad in $blocked; do
    if git merge-base --is-ancestor "$bad" "$local_sha" 2>/dev/null; then
      echo "refusing to push $local_ref to $remote: contains $bad" >&2
      exit 1
    fi
  done
done
exit 0
""", "https://git-scm.com/docs/githooks#_pre_push")

S("makefile-include", "pypi-token", "make/release.mk", """# Included from the top-level Makefile: make release
DIST_DIR ?= dist
TWINE_REPOSITORY ?= pypi
TWINE_USERNAME := __token__
TWINE_PASSWORD := §
export TWINE_USERNAME TWINE_PASSWORD

.PHONY: build release clean-dist

build: clean-dist
\tpython -m build --outdir $(DIST_DIR)

release: build
\tpython -m twine check $(DIST_DIR)/*
\tpython -m twine upload --repository $(TWINE_REPOSITORY) $(DIST_DIR)/*

clean-dist:
\trm -rf $(DIST_DIR)
""", pypi(), "https://www.gnu.org/software/make/manual/html_node/Include.html")

D("makefile-include", "required-variable", "make/docker.mk", """REGISTRY ?= registry.acme.net
IMAGE    ?= $(REGISTRY)/acme/api
TAG      ?= $(shell git rev-parse --short HEAD)

.PHONY: docker-login docker-push

docker-login:
\t@test -n "$(REGISTRY_PASSWORD)" || (echo "REGISTRY_PASSWORD is not set" && exit 1)
\t@echo "$(REGISTRY_PASSWORD)" | docker login $(REGISTRY) -u ci --password-stdin

docker-push: docker-login
\tdocker build -t $(IMAGE):$(TAG) .
\tdocker push $(IMAGE):$(TAG)
""", "https://www.gnu.org/software/make/manual/html_node/Include.html")

S("makefile", "docker-registry-password", "Makefile", """.DEFAULT_GOAL := help
PY := .venv/bin/python

help:  ## show targets
\t@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*##/ -/'

venv:  ## create the virtualenv
\tpython3.11 -m venv .venv && $(PY) -m pip install -e '.[dev]'

test:  ## run the tests
\t$(PY) -m pytest -q

image:  ## build and push the image
\tdocker login harbor.acme.io -u 'robot$$ci' -p '§'
\tdocker build -t harbor.acme.io/acme/api:latest .
\tdocker push harbor.acme.io/acme/api:latest

include make/*.mk
""", gpw(), "https://www.gnu.org/software/make/manual/make.html")

# ---------------------------------------------------------------- man pages and docs
S("man-page", "example-with-real-token", "docs/man/acme-sync.1", """.TH ACME-SYNC 1 "June 2024" "acme-tools 3.2" "User Commands"
.SH NAME
acme-sync \\- mirror project artifacts to the internal index
.SH SYNOPSIS
.B acme-sync
[\\fB\\-\\-token\\fR \\fITOKEN\\fR] [\\fB\\-\\-dry\\-run\\fR] \\fIPROJECT\\fR...
.SH DESCRIPTION
.B acme-sync
downloads the latest release files of each PROJECT and uploads them to
the internal package index.
.SH EXAMPLES
Mirror two projects with the shared CI token:
.PP
.nf
.RS
acme-sync \\-\\-token § requests urllib3
.RE
.fi
.SH SEE ALSO
.BR pip (1),
.BR twine (1)
""", gitlab(), "man 7 man-pages")

D("man-page", "placeholder-token", "docs/man/acme-publish.1", """.TH ACME-PUBLISH 1 "June 2024" "acme-tools 3.2" "User Commands"
.SH NAME
acme-publish \\- upload a wheel to PyPI
.SH SYNOPSIS
.B acme-publish
\\fB\\-\\-token\\fR \\fIpypi-XXXXXXXX\\fR \\fIWHEEL\\fR
.SH ENVIRONMENT
.TP
.B ACME_PYPI_TOKEN
API token used when \\-\\-token is not given, e.g. \\fBpypi-AgEIcHlwaS5vcmc...\\fR
(the full token is about 180 characters and starts with pypi-).
.SH EXIT STATUS
0 on success, 2 when the upload is rejected.
""", "man 7 man-pages")

S("rst-doc", "database-url-in-howto", "docs/howto/restore-staging.rst", """Restoring staging from the nightly dump
=======================================

The staging database is rebuilt every Monday. If you need a fresh copy
earlier, run the restore by hand from the bastion:

.. code-block:: console

   $ export DATABASE_URL='postgresql://staging_admin:§@pg-staging.acme.internal:5432/acme'
   $ ./scripts/restore.sh --from s3://acme-backups/nightly/latest.dump

The restore takes about 20 minutes. Afterwards, run the anonymiser:

.. code-block:: console

   $ python -m acme.ops.anonymise --yes

.. note:: Ask in #platform before restoring during office hours.
""", wordpw(), "https://www.sphinx-doc.org/en/master/usage/restructuredtext/directives.html#directive-code-block")

D("rst-doc", "aws-docs-example", "docs/howto/aws-credentials.rst", """Configuring AWS credentials
===========================

The uploader uses the standard boto3 chain. For a local profile, write
``~/.aws/credentials`` like this (values from the AWS documentation,
replace them with your own):

.. code-block:: ini

   [acme-dev]
   aws_access_key_id = AKIAIOSFODNN7EXAMPLE
   aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

Then select it with ``export AWS_PROFILE=acme-dev``.
""", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

S("markdown-doc", "telegram-token-in-curl", "docs/bots/alerts.md", """# Alert bot

The alert bot posts to the on-call Telegram group. To test it by hand:

```bash
curl -s "https://api.telegram.org/bot§/sendMessage" \\
  -d chat_id=-1001832456790 \\
  -d text="test alert from $(hostname)"
```

The bot must be an admin of the group. Chat ids of groups start with `-100`.

## Silencing

Send `/mute 2h` in the group to silence alerts for two hours.
""", tg(), "https://core.telegram.org/bots/api#making-requests")

D("markdown-doc", "redacted-values", "docs/bots/setup.md", """# Setting up the bot

1. Talk to @BotFather and create a bot; it answers with a token like
   `123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.
2. Put it in the vault: `vault kv put kv/acme/bot token=<the token>`.
3. Deploy: `make deploy-bot`.

The bot reads `TELEGRAM_BOT_TOKEN` from the environment at start-up and
exits with status 3 when it is missing.
""", "https://core.telegram.org/bots/tutorial#obtain-your-bot-token")

S("asciidoc", "api-key-in-example", "docs/runbooks/datadog.adoc", """= Datadog runbook
:toc:

== Sending a test event

[source,bash]
----
curl -X POST "https://api.datadoghq.eu/api/v1/events" \\
  -H "Content-Type: application/json" \\
  -H "DD-API-KEY: §" \\
  -d '{"title": "runbook test", "text": "ignore", "tags": ["env:staging"]}'
----

== Muting a monitor

Use the UI, or `dog monitor mute <id>` with the dogshell config on the bastion.
""", datadog(), "https://docs.datadoghq.com/api/latest/events/")


# ---------------------------------------------------------------- Redis in unusual carriers
S("redis-sentinel-conf", "auth-pass", "deploy/redis/sentinel.conf", """port 26379
daemonize no
dir /tmp

sentinel monitor acme-master 10.0.2.10 6379 2
sentinel auth-pass acme-master §
sentinel down-after-milliseconds acme-master 5000
sentinel failover-timeout acme-master 60000
sentinel parallel-syncs acme-master 1
sentinel resolve-hostnames yes
""", redispw(), "https://redis.io/docs/latest/operate/oss_and_stack/management/sentinel/")

S("redis-acl", "user-password", "deploy/redis/users.acl", """# ACL file loaded with `aclfile /etc/redis/users.acl`; reload with ACL LOAD
user default off
user app on >§ ~app:* ~session:* &* +@read +@write +@connection -@dangerous
user metrics on #5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8 ~* +info +ping +client|list
user replica on nopass ~* +psync +replconf +ping
""", redispw(), "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/#acl-rules")

D("redis-acl", "sha256-passwords", "deploy/redis/users.prod.acl", """# Production ACL: passwords are stored as SHA-256 digests (#...)
# Rendered by ansible from the vault; do not edit by hand.
user default off
user app on #0b14d501a594442a01c6859541bcb3e8164d183d32937b851835442f69d5c94e ~app:* &* +@all -@dangerous
user ro on #6cf615d5bcaac778352a8f1f3360d23f02f34ec182e259897fd6ce485d7870d4 ~* +@read
user metrics on #5906ac361a137e2d286465cd6588ebb5ac3f5ae955001100bc41577c3d751764 +info +ping
""", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/")

S("systemd-unit", "redis-url", "deploy/systemd/acme-rq-worker.service", """[Unit]
Description=Acme RQ worker
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=acme
WorkingDirectory=/opt/acme
Environment="RQ_REDIS_URL=redis://default:§@10.0.2.10:6379/2"
Environment="PYTHONUNBUFFERED=1"
ExecStart=/opt/acme/venv/bin/rq worker --url ${RQ_REDIS_URL} high default low
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
""", redispw(), "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=")

D("systemd-unit", "load-credential", "deploy/systemd/acme-api.service", """[Unit]
Description=Acme API (gunicorn)
After=network-online.target

[Service]
User=acme
LoadCredential=db-password:/etc/acme/credentials/db-password
LoadCredential=redis-password:/etc/acme/credentials/redis-password
Environment=ACME_CREDENTIALS_DIR=%d
ExecStart=/opt/acme/venv/bin/gunicorn acme.wsgi -w 4 -b 127.0.0.1:8000
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", "https://systemd.io/CREDENTIALS/")

S("supervisord-conf", "redis-password", "deploy/supervisor/acme-huey.conf", """[program:acme-huey]
command=/opt/acme/venv/bin/python manage.py run_huey -w 4
directory=/opt/acme
user=acme
autostart=true
autorestart=true
stopwaitsecs=60
environment=DJANGO_SETTINGS_MODULE="acme.settings.prod",HUEY_REDIS_PASSWORD="§",HUEY_REDIS_HOST="cache-02.acme.internal"
stdout_logfile=/var/log/acme/huey.log
redirect_stderr=true
""", redispw(), "http://supervisord.org/configuration.html#program-x-section-values")

S("python", "redis-password-split", "src/acme/cache/backend.py", '''"""Cache backend wiring."""
import redis

_POOL = redis.ConnectionPool(
    host="cache-01.acme.internal",
    port=6380,
    ssl=True,
    password=("§"
              "§§"),
    db=0,
    max_connections=50,
)


def client() -> redis.Redis:
    return redis.Redis(connection_pool=_POOL)
''', "", "https://redis-py.readthedocs.io/en/stable/connections.html")
# fix up the split case: three pieces of one password
_R = redispw()
CASES[-1] = LabelledCase(CASES[-1].category, CASES[-1].file_name,
                         CASES[-1].text.replace('("', '("' + _R[:6], 1).replace('"\n              "', '"\n              "' + _R[6:14] + '" "' + _R[14:], 1), _R, CASES[-1].source)

# ---------------------------------------------------------------- databases in unusual carriers
S("pg-service-conf", "database-password", "deploy/postgres/pg_service.conf", """# libpq connection service file; use with PGSERVICE=acme-ro
[acme-ro]
host=db-replica.acme.internal
port=5432
dbname=acme
user=readonly
password=§
sslmode=verify-full

[acme-admin]
host=db-primary.acme.internal
port=5432
dbname=acme
user=acme_admin
sslmode=verify-full
""", wordpw(), "https://www.postgresql.org/docs/current/libpq-pgservice.html")

S("odbc-ini", "mssql-password", "deploy/odbc/odbc.ini", """[ODBC Data Sources]
AcmeDW = ODBC Driver 18 for SQL Server

[AcmeDW]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:acme-dw.database.windows.net,1433
Database = dw
UID = etl_loader
PWD = §
Encrypt = yes
TrustServerCertificate = no
""", wordpw(), "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns")

S("my-cnf", "mysql-password", "deploy/mysql/backup.my.cnf", """# credentials for mysqldump in the backup container
[client]
user=backup
password="§"
host=mysql-prod.acme.internal
port=3306
ssl-mode=REQUIRED

[mysqldump]
single-transaction
quick
max_allowed_packet=512M
""", wordpw(), "https://dev.mysql.com/doc/refman/8.0/en/option-files.html")

S("pgbouncer-userlist", "plain-password", "deploy/pgbouncer/userlist.txt", """"pgbouncer_admin" "SCRAM-SHA-256$4096:c2FsdHNhbHRzYWx0c2FsdA==$YXV0aGtleWF1dGhrZXk=:c2VydmVya2V5c2VydmVya2V5"
"stats" "md5a3556571e93b0d20722ba62be61e8c2d"
"acme_app" "§"
"acme_ro" "SCRAM-SHA-256$4096:bXlzYWx0bXlzYWx0$Y2xpZW50a2V5Y2xpZW50a2V5:c2VydmVya2V5MmtleTI="
"reporting" "md58b1a9953c4611296a827abf8c47804d7"
""", gpw(), "https://www.pgbouncer.org/config.html#authentication-file-format")

D("pgbouncer-userlist", "scram-hashes", "deploy/pgbouncer/userlist.prod.txt", """"acme_app" "SCRAM-SHA-256$4096:Zm9vYmFyYmF6cXV4$Q2xpZW50S2V5UHJvb2ZWYWx1ZQ==:U2VydmVyS2V5VmFsdWVIZXJl"
"acme_ro" "SCRAM-SHA-256$4096:c2FsdDEyMzQ1Njc4$UmVhZE9ubHlDbGllbnRLZXk=:UmVhZE9ubHlTZXJ2ZXJLZXk="
"stats" "md5f1c2b4a7d9e3c6b8a0f2d4e6c8b0a2d4"
"pgbouncer_admin" "md5e0c9a8b7f6d5c4b3a2918f7e6d5c4b3a"
"reporting" "md59d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a"
""", "https://www.pgbouncer.org/config.html#authentication-file-format")

S("sqlalchemy-python", "url-create-password", "src/acme/db/engine.py", '''from sqlalchemy import URL, create_engine
from sqlalchemy.orm import sessionmaker

url = URL.create(
    "mssql+pyodbc",
    username="acme_etl",
    password="§",
    host="acme-dw.database.windows.net",
    port=1433,
    database="dw",
    query={"driver": "ODBC Driver 18 for SQL Server", "Encrypt": "yes"},
)
engine = create_engine(url, pool_pre_ping=True, pool_size=10)
Session = sessionmaker(bind=engine)
''', wordpw(), "https://docs.sqlalchemy.org/en/20/core/engines.html#creating-urls-programmatically")

S("mongo-uri-yaml", "mongodb-srv-password", "deploy/helm/mongo-exporter/values-prod.yaml", """replicaCount: 1
image:
  repository: percona/mongodb_exporter
  tag: "0.40"
mongodb:
  uri: "mongodb+srv://exporter:§@cluster0.x7k2q.mongodb.net/admin?retryWrites=true&w=majority"
serviceMonitor:
  enabled: true
  interval: 30s
resources:
  limits:
    memory: 128Mi
""", rnd(16), "https://github.com/percona/mongodb_exporter")

D("docker-compose", "local-dev-defaults", "docker-compose.dev.yml", """# Local development only. These throwaway credentials never leave your laptop.
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: dev
      POSTGRES_PASSWORD: dev
      POSTGRES_DB: acme_dev
    ports: ["127.0.0.1:5432:5432"]
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "dev"]
    ports: ["127.0.0.1:6379:6379"]
""", "https://docs.docker.com/compose/compose-file/")

S("clickhouse-xml", "user-password", "deploy/clickhouse/users.d/ingest.xml", """<clickhouse>
    <users>
        <ingest>
            <password>§</password>
            <networks>
                <ip>10.0.0.0/8</ip>
            </networks>
            <profile>default</profile>
            <quota>default</quota>
            <access_management>0</access_management>
        </ingest>
    </users>
</clickhouse>
""", gpw(), "https://clickhouse.com/docs/en/operations/settings/settings-users")

D("clickhouse-xml", "sha256-hex", "deploy/clickhouse/users.d/readonly.xml", """<clickhouse>
    <users>
        <grafana>
            <password_sha256_hex>65e84be33532fb784c48129675f9eff3a682b27168c0ea744b2cf58ee02337c5</password_sha256_hex>
            <networks>
                <ip>10.0.0.0/8</ip>
            </networks>
            <profile>readonly</profile>
            <quota>default</quota>
        </grafana>
    </users>
</clickhouse>
""", "https://clickhouse.com/docs/en/operations/settings/settings-users#user-namepassword")

# ---------------------------------------------------------------- AWS in unusual carriers
S("aws-config", "credential-process-inline", "deploy/aws/config", """[default]
region = eu-central-1
output = json

[profile ci-deployer]
region = eu-central-1
credential_process = /usr/local/bin/aws-static-creds --key-id @@KEYID@@ --secret §

[profile analytics]
role_arn = arn:aws:iam::123456789012:role/analytics-readonly
source_profile = default
""", asec(), "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sourcing-external.html")

D("aws-config", "sso-profile", "deploy/aws/config.sso", """[profile acme-dev]
sso_session = acme
sso_account_id = 111122223333
sso_role_name = PowerUserAccess
region = eu-central-1

[profile acme-prod]
sso_session = acme
sso_account_id = 444455556666
sso_role_name = ReadOnlyAccess
region = eu-central-1

[sso-session acme]
sso_start_url = https://acme.awsapps.com/start
sso_region = eu-central-1
sso_registration_scopes = sso:account:access
""", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html")

S("boto-cfg", "aws-secret-key", "deploy/legacy/.boto", """[Credentials]
aws_access_key_id = @@KEYID@@
aws_secret_access_key = §

[Boto]
debug = 0
num_retries = 10
https_validate_certificates = True

[s3]
calling_format = boto.s3.connection.OrdinaryCallingFormat
""", asec(), "https://boto.readthedocs.io/en/latest/boto_config_tut.html")

S("s3cmd-cfg", "aws-secret-key", "deploy/backup/.s3cfg", """[default]
access_key = @@KEYID@@
secret_key = §
bucket_location = EU
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
use_https = True
signature_v2 = False
multipart_chunk_size_mb = 64
""", asec(), "https://s3tools.org/kb/item14.htm")

S("rclone-conf", "aws-secret-key", "deploy/backup/rclone.conf", """[acme-s3]
type = s3
provider = AWS
env_auth = false
access_key_id = @@KEYID@@
secret_access_key = §
region = eu-west-1
acl = private
storage_class = STANDARD_IA

[local-nas]
type = sftp
host = nas.acme.lan
user = backup
key_file = ~/.ssh/id_ed25519_nas
""", asec(), "https://rclone.org/s3/")

D("rclone-conf", "obscured-and-env", "deploy/backup/rclone.example.conf", """[acme-s3]
type = s3
provider = AWS
env_auth = true
region = eu-west-1

[offsite]
type = b2
account = ${B2_ACCOUNT_ID}
key = ${B2_APPLICATION_KEY}
hard_delete = false
""", "https://rclone.org/docs/#config-file")

D("cloudformation-yaml", "dynamic-reference", "deploy/cfn/rds.yaml", """AWSTemplateFormatVersion: "2010-09-09"
Description: Acme primary database
Resources:
  AcmeDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      EngineVersion: "16.2"
      DBInstanceClass: db.r6g.large
      AllocatedStorage: "200"
      MasterUsername: acme_admin
      MasterUserPassword: "{{resolve:secretsmanager:acme/prod/db:SecretString:password}}"
      StorageEncrypted: true
      DeletionProtection: true
""", "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html")

S("cloudformation-yaml", "literal-master-password", "deploy/cfn/rds-staging.yaml", """AWSTemplateFormatVersion: "2010-09-09"
Description: Acme staging database
Parameters:
  Subnets:
    Type: List<AWS::EC2::Subnet::Id>
Resources:
  StagingDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.medium
      AllocatedStorage: "50"
      MasterUsername: acme_admin
      MasterUserPassword: §
      PubliclyAccessible: false
""", wordpw(), "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html")


# ---------------------------------------------------------------- PyPI in unusual carriers
S("uv-toml", "index-password", "uv.toml", """# project-level uv settings
python-preference = "managed"
link-mode = "copy"

[[index]]
name = "acme"
url = "https://acme:§@pypi.acme-internal.io/simple/"
explicit = true

[[index]]
name = "pytorch-cu121"
url = "https://download.pytorch.org/whl/cu121"
explicit = true

[pip]
compile-bytecode = true
""", wordpw(), "https://docs.astral.sh/uv/configuration/indexes/")

S("pdm-toml", "pypi-token", ".pdm.toml", """[python]
use_venv = true

[venv]
in_project = true
backend = "virtualenv"

[repository.pypi]
username = "__token__"
password = "§"

[strategy]
update = "reuse"
""", pypi(), "https://pdm-project.org/latest/usage/config/")

S("poetry-auth-toml", "pypi-token", "ci/poetry/auth.toml", """# copied into $POETRY_CONFIG_DIR on the release runner
[http-basic.acme]
username = "ci"
password = "{0}"

[pypi-token]
pypi = "§"
""".replace("{0}", "${ACME_INDEX_PASSWORD}"), pypi(), "https://python-poetry.org/docs/repositories/#configuring-credentials")

S("pip-conf", "extra-index-password", "deploy/docker/pip.conf", """[global]
timeout = 60
index-url = https://pypi.org/simple
extra-index-url = https://deploy:§@nexus.acme.internal/repository/pypi-internal/simple
trusted-host = nexus.acme.internal
disable-pip-version-check = true

[install]
no-warn-script-location = true
""", wordpw(), "https://pip.pypa.io/en/stable/topics/configuration/")

D("pip-conf", "keyring-provider", "deploy/docker/pip.keyring.conf", """[global]
index-url = https://pypi.org/simple
extra-index-url = https://oauth2accesstoken@europe-west3-python.pkg.dev/acme-prod/pypi/simple/
keyring-provider = subprocess
timeout = 30

[install]
require-hashes = false
""", "https://cloud.google.com/artifact-registry/docs/python/authentication")

S("condarc", "channel-token", ".condarc", """channels:
  - https://conda.anaconda.org/t/§/acme-private
  - conda-forge
  - nodefaults
channel_priority: strict
auto_activate_base: false
always_yes: true
pip_interop_enabled: true
""", "ac-" + rnd(32, HEX + "-"), "https://docs.anaconda.com/anaconda-repository/user-guide/tasks/work-with-tokens/")

S("pkg-info", "token-in-long-description", "acme_uploader-1.4.0/PKG-INFO", """Metadata-Version: 2.1
Name: acme-uploader
Version: 1.4.0
Summary: Upload build artifacts to the Acme index
Author-email: Platform Team <platform@acme.net>
License: MIT
Requires-Python: >=3.9
Description-Content-Type: text/markdown

# acme-uploader

```
acme-uploader --repository https://upload.pypi.org/legacy/ \\
    --token § dist/*
```

Exit codes: 0 ok, 1 upload rejected, 2 usage error.
""", pypi(), "https://packaging.python.org/en/latest/specifications/core-metadata/")

D("wheel-record", "sha256-digests", "acme_uploader-1.4.0.dist-info/RECORD", """acme_uploader/__init__.py,sha256=47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU,52
acme_uploader/cli.py,sha256=Vw9m0mVqpG5s7u3l1Q2cD8C2r0kH5eJ1t4lW3wqY0aE,4210
acme_uploader/client.py,sha256=p0X8v9z6H4bQ1c2R3s4T5u6V7w8X9y0Z1a2B3c4D5e8,7731
acme_uploader/auth.py,sha256=kL3mN4oP5qR6sT7uV8wX9yZ0aB1cD2eF3gH4iJ5kL6o,1882
acme_uploader-1.4.0.dist-info/METADATA,sha256=Zq9Y8x7W6v5U4t3S2r1Q0p9O8n7M6l5K4j3I2h1G0fE,1540
acme_uploader-1.4.0.dist-info/WHEEL,sha256=GJ7t_kWBFywbagK5eo9IoUwLW6oyOeTKmQ-9iHFVNxQ,92
acme_uploader-1.4.0.dist-info/entry_points.txt,sha256=a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T0u1V,55
acme_uploader-1.4.0.dist-info/RECORD,,
""", "https://packaging.python.org/en/latest/specifications/recording-installed-packages/")

D("requirements-txt", "hash-pins", "requirements.lock", """# This file was autogenerated by uv via the following command:
#    uv pip compile requirements.in --generate-hashes -o requirements.lock
certifi==2024.6.2 \\
    --hash=sha256:3cd43f1c6fa7dedc5899d69d3ad0398fd018ad1a17fba83ddaf78aa46c747516 \\
    --hash=sha256:ddc6c8ce995e6987e7faf5e3f1b02b302836a0e5d98ece18392cb1a36c72ad56
    # via requests
idna==3.7 \\
    --hash=sha256:028ff3aadf0609c1fd278d8ea3089299412a7a8b9bd005dd08b9f8285bcb5cfc \\
    --hash=sha256:82fee1fc78add43492d3a1898bfa6d8a904cc97d8427f683ed8e798d07761aa0
    # via requests
requests==2.32.3 \\
    --hash=sha256:55365417734eb18255590a9ff9eb97e9e1da868d4ccd6402399eaf68af20a760 \\
    --hash=sha256:70761cfe03c773ceb22aa2f671b4757976145175cdfca038c02654d061d6dcc6
""", "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode")

S("github-workflow", "pypi-token-in-with", ".github/workflows/publish.yml", """name: publish
on:
  release:
    types: [published]

jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@692973e3d937129bcbf40652eb9f2f61becf3332 # v4.1.7
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          user: __token__
          password: §
""", pypi(), "https://github.com/pypa/gh-action-pypi-publish")

D("github-workflow", "trusted-publishing", ".github/workflows/release.yml", """name: release
on:
  push:
    tags: ["v*"]

jobs:
  publish:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@692973e3d937129bcbf40652eb9f2f61becf3332
      - uses: hynek/build-and-inspect-python-package@v2
      - uses: actions/download-artifact@v4
        with: {name: Packages, path: dist}
      - uses: pypa/gh-action-pypi-publish@ec4db0b4ddc65acdf4bff5fa45ac92d78b56bdf0
""", "https://docs.pypi.org/trusted-publishers/")

# ---------------------------------------------------------------- Telegram in unusual carriers
S("docker-compose", "telegram-bot-token", "bots/docker-compose.yml", """services:
  alert-bot:
    image: ghcr.io/acme-corp/alert-bot:1.7.2
    restart: unless-stopped
    command:
      - python
      - -m
      - alert_bot
      - --token=§
      - --chat=-1001832456790
    volumes:
      - ./state:/app/state
    logging:
      driver: json-file
      options: {max-size: 10m}
""", tg(), "https://docs.docker.com/compose/compose-file/05-services/#command")

S("prometheus-alertmanager", "telegram-bot-token", "deploy/alertmanager/alertmanager.yml", """global:
  resolve_timeout: 5m

route:
  receiver: telegram-oncall
  group_by: [alertname, service]
  group_wait: 30s
  repeat_interval: 4h

receivers:
  - name: telegram-oncall
    telegram_configs:
      - bot_token: §
        chat_id: -1001832456790
        parse_mode: HTML
        send_resolved: true
""", tg(), "https://prometheus.io/docs/alerting/latest/configuration/#telegram_config")

D("prometheus-alertmanager", "bot-token-file", "deploy/alertmanager/alertmanager.prod.yml", """global:
  resolve_timeout: 5m
route:
  receiver: telegram-oncall
receivers:
  - name: telegram-oncall
    telegram_configs:
      - bot_token_file: /etc/alertmanager/secrets/telegram-token
        chat_id: -1001832456790
        send_resolved: true
  - name: slack
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack-webhook
        channel: '#alerts'
""", "https://prometheus.io/docs/alerting/latest/configuration/#telegram_config")

S("grafana-provisioning", "telegram-bot-token", "deploy/grafana/provisioning/alerting/contact-points.yaml", """apiVersion: 1
contactPoints:
  - orgId: 1
    name: oncall-telegram
    receivers:
      - uid: tg-oncall
        type: telegram
        settings:
          bottoken: §
          chatid: "-1001832456790"
          message: |
            {{ template "default.message" . }}
        disableResolveMessage: false
""", tg(), "https://grafana.com/docs/grafana/latest/alerting/set-up/provision-alerting-resources/file-provisioning/")

S("python", "telegram-token-base64", "bots/notify/config.py", '''"""Notifier settings. The token is base64'd so it does not show up in grep."""
import base64

CHAT_ID = -1001832456790
_TOKEN_B64 = "§"
BOT_TOKEN = base64.b64decode(_TOKEN_B64).decode()
API = f"https://api.telegram.org/bot{BOT_TOKEN}"
TIMEOUT = 10
''', "", "https://core.telegram.org/bots/api")
_T = tg()
CASES[-1] = LabelledCase(CASES[-1].category, CASES[-1].file_name, CASES[-1].text.replace('_TOKEN_B64 = ""', f'_TOKEN_B64 = "{b64(_T)}"'), _T, CASES[-1].source)

S("zsh-history", "telegram-token", "ops/notes/zsh_history.txt", """: 1717420101:0;cd ~/src/acme-bot
: 1717420110:0;source .venv/bin/activate
: 1717420133:0;pip install -U python-telegram-bot
: 1717420202:0;export TELEGRAM_BOT_TOKEN=§
: 1717420210:0;python -m acme_bot --debug
: 1717420398:0;git status
: 1717420404:0;git commit -am 'bot: handle /mute'
""", tg(), "zsh EXTENDED_HISTORY format")

# ---------------------------------------------------------------- CI systems
S("gitlab-ci", "gitlab-token-in-url", ".gitlab-ci.yml", """stages: [test, build]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

test:
  image: python:3.12
  stage: test
  before_script:
    - git config --global url."https://oauth2:§@gitlab.acme.net/".insteadOf "https://gitlab.acme.net/"
    - pip install -e '.[test]'
  script:
    - pytest -q

build:
  image: python:3.12
  stage: build
  script:
    - python -m build
  artifacts:
    paths: [dist/]
""", gitlab(), "https://docs.gitlab.com/ee/ci/yaml/")

D("gitlab-ci", "masked-variables", "ci/templates/deploy.gitlab-ci.yml", """.deploy:
  image: registry.acme.net/tools/deployer:3
  variables:
    KUBE_CONTEXT: acme/platform:prod
  script:
    - echo "$REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - helm upgrade --install api deploy/helm/api --set image.tag=$CI_COMMIT_SHORT_SHA
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
""", "https://docs.gitlab.com/ee/ci/variables/")

S("jenkinsfile", "sonar-token", "Jenkinsfile", """pipeline {
    agent { docker { image 'python:3.12' } }
    environment {
        PIP_DISABLE_PIP_VERSION_CHECK = '1'
    }
    stages {
        stage('Test') {
            steps {
                sh 'pip install -e ".[test]" && pytest --junitxml=report.xml --cov=acme --cov-report=xml'
            }
        }
        stage('Sonar') {
            steps {
                sh 'sonar-scanner -Dsonar.projectKey=acme-api -Dsonar.host.url=https://sonar.acme.net -Dsonar.token=§'
            }
        }
    }
    post { always { junit 'report.xml' } }
}
""", rnd(40, HEX, "squ_"), "https://docs.sonarsource.com/sonarqube/latest/analyzing-source-code/scanners/sonarscanner/")

D("jenkinsfile", "credentials-binding", "ci/Jenkinsfile.release", """pipeline {
    agent any
    stages {
        stage('Publish') {
            steps {
                withCredentials([string(credentialsId: 'pypi-token', variable: 'TWINE_PASSWORD')]) {
                    sh '''
                      python -m build
                      TWINE_USERNAME=__token__ python -m twine upload dist/*
                    '''
                }
            }
        }
    }
}
""", "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/")

S("buildkite-yaml", "npm-token", ".buildkite/pipeline.yml", """env:
  PYTHON_VERSION: "3.12"

steps:
  - label: ":python: tests"
    command: "pip install -e '.[test]' && pytest -q"
    plugins:
      - docker#v5.11.0:
          image: "python:3.12"

  - label: ":npm: frontend"
    command:
      - echo "//registry.npmjs.org/:_authToken=§" > ~/.npmrc
      - cd frontend && npm ci && npm run build
""", npm(), "https://buildkite.com/docs/pipelines/configure/defining-steps")

S("circleci-config", "codecov-token", ".circleci/config.yml", """version: 2.1

orbs:
  python: circleci/python@2.1.1

jobs:
  test:
    executor: python/default
    steps:
      - checkout
      - python/install-packages:
          pkg-manager: pip
      - run: pytest --cov=acme --cov-report=xml
      - run: |
          curl -Os https://cli.codecov.io/latest/linux/codecov && chmod +x codecov
          ./codecov upload-process -t § -f coverage.xml

workflows:
  main:
    jobs: [test]
""", "%s-%s-%s-%s-%s" % (rnd(8, HEX), rnd(4, HEX), rnd(4, HEX), rnd(4, HEX), rnd(12, HEX)), "https://docs.codecov.com/docs/codecov-uploader")

D("drone-yml", "from-secret", ".drone.yml", """kind: pipeline
type: docker
name: default

steps:
  - name: test
    image: python:3.12
    commands:
      - pip install -e '.[test]'
      - pytest -q
  - name: publish
    image: plugins/pypi
    settings:
      username: __token__
      password:
        from_secret: pypi_token
    when:
      event: tag
""", "https://docs.drone.io/pipeline/environment/syntax/#from-secrets")


# ---------------------------------------------------------------- data / ML tools
S("airflow-connections", "connection-uri", "deploy/airflow/connections.yaml", """# imported with: airflow connections import connections.yaml
postgres_dw:
  conn_type: postgres
  host: dw.acme.internal
  schema: analytics
  login: airflow
  password: §
  port: 5432
slack_alerts:
  conn_type: http
  host: https://hooks.slack.com
  extra:
    channel: "#data-alerts"
""", wordpw(), "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html#exporting-connections")

S("airflow-cfg", "fernet-key", "deploy/airflow/airflow.cfg", """[core]
dags_folder = /opt/airflow/dags
executor = CeleryExecutor
load_examples = False
fernet_key = §

[database]
sql_alchemy_conn = postgresql+psycopg2://airflow@pg-airflow:5432/airflow

[webserver]
base_url = https://airflow.acme.net
expose_config = False

[celery]
worker_concurrency = 16
""", base64.urlsafe_b64encode(random.Random(seed()).randbytes(32)).decode(), "https://airflow.apache.org/docs/apache-airflow/stable/security/secrets/fernet.html")

S("dbt-profiles", "snowflake-password", "analytics/profiles.yml", """acme_analytics:
  target: prod
  outputs:
    dev:
      type: snowflake
      account: acme-eu1
      user: "{{ env_var('DBT_USER') }}"
      authenticator: externalbrowser
      warehouse: DEV_WH
      database: ANALYTICS_DEV
      schema: "dbt_{{ env_var('DBT_USER') | lower }}"
    prod:
      type: snowflake
      account: acme-eu1
      user: DBT_PROD
      password: "§"
      role: TRANSFORMER
      warehouse: TRANSFORM_WH
      database: ANALYTICS
      schema: marts
      threads: 8
""", wordpw(), "https://docs.getdbt.com/docs/core/connect-data-platform/snowflake-setup")

D("dbt-profiles", "env-var-jinja", "analytics/ci/profiles.yml", """acme_analytics:
  target: ci
  outputs:
    ci:
      type: postgres
      host: "{{ env_var('DBT_HOST') }}"
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_ENV_SECRET_PASSWORD') }}"
      port: 5432
      dbname: analytics_ci
      schema: "ci_{{ env_var('CI_PIPELINE_ID', 'local') }}"
      threads: 4
""", "https://docs.getdbt.com/reference/dbt-jinja-functions/env_var")

S("dvc-config", "s3-secret-key", ".dvc/config.local", """[core]
    remote = storage
    autostage = true
['remote "storage"']
    url = s3://acme-ml-datasets/dvc
    region = eu-west-1
    access_key_id = @@KEYID@@
    secret_access_key = §
""", asec(), "https://dvc.org/doc/user-guide/data-management/remote-storage/amazon-s3")

D("dvc-lock", "md5-hashes", "dvc.lock", """schema: '2.0'
stages:
  prepare:
    cmd: python src/prepare.py data/raw data/prepared
    deps:
    - path: data/raw
      hash: md5
      md5: 3f2b1c9a7e6d5f4a3b2c1d0e9f8a7b6c.dir
      size: 48213377
      nfiles: 12
    outs:
    - path: data/prepared
      hash: md5
      md5: 9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d.dir
  train:
    cmd: python src/train.py
    outs:
    - path: models/model.pkl
      md5: c4ca4238a0b923820dcc509a6f75849b
""", "https://dvc.org/doc/user-guide/project-structure/dvcyaml-files#dvclock-file")

S("mlflow-python", "databricks-token", "ml/tracking.py", '''import os

import mlflow

os.environ.setdefault("DATABRICKS_HOST", "https://adb-4729103385617204.4.azuredatabricks.net")
os.environ.setdefault("DATABRICKS_TOKEN", "§")

mlflow.set_tracking_uri("databricks")
mlflow.set_experiment("/Shared/acme-churn")


def log_run(params: dict, metrics: dict) -> str:
    with mlflow.start_run() as run:
        mlflow.log_params(params)
        mlflow.log_metrics(metrics)
        return run.info.run_id
''', rnd(32, HEX, "dapi"), "https://docs.databricks.com/en/dev-tools/auth/pat.html")

D("mlflow-mlmodel", "run-ids", "ml/models/churn/MLmodel", """artifact_path: model
flavors:
  python_function:
    env:
      conda: conda.yaml
      virtualenv: python_env.yaml
    loader_module: mlflow.sklearn
    model_path: model.pkl
    python_version: 3.11.8
  sklearn:
    pickled_model: model.pkl
    sklearn_version: 1.4.2
mlflow_version: 2.13.0
model_size_bytes: 184213
model_uuid: 7c1e4f0a9b2d4e6f8a1c3e5b7d9f0a2c
run_id: 4b8e2d1f6a9c4e3b8d7f1a2c5e9b0d3f
utc_time_created: '2024-06-11 08:14:52.318201'
""", "https://mlflow.org/docs/latest/models.html#storage-format")

S("prefect-yaml", "block-secret", "flows/prefect.yaml", """name: acme-flows
prefect-version: 2.19.3

pull:
  - prefect.deployments.steps.git_clone:
      repository: https://github.com/acme-corp/acme-flows.git
      branch: main
      access_token: §

deployments:
  - name: nightly-etl
    entrypoint: flows/etl.py:nightly
    work_pool:
      name: k8s-pool
    schedules:
      - cron: "0 2 * * *"
        timezone: Europe/Berlin
""", ghfg(), "https://docs.prefect.io/latest/guides/prefect-deploy/")

D("prefect-yaml", "block-reference", "flows/prefect.prod.yaml", """name: acme-flows
prefect-version: 2.19.3
pull:
  - prefect.deployments.steps.git_clone:
      repository: https://github.com/acme-corp/acme-flows.git
      branch: main
      access_token: "{{ prefect.blocks.secret.github-access-token }}"
deployments:
  - name: hourly-sync
    entrypoint: flows/sync.py:hourly
    work_pool: {name: k8s-pool}
""", "https://docs.prefect.io/latest/guides/prefect-deploy/#templating-options")

S("dagster-yaml", "postgres-password", "deploy/dagster/dagster.yaml", """run_storage:
  module: dagster_postgres.run_storage
  class: PostgresRunStorage
  config:
    postgres_db:
      hostname: pg-dagster.acme.internal
      username: dagster
      password: "§"
      db_name: dagster
      port: 5432

run_launcher:
  module: dagster_k8s
  class: K8sRunLauncher
  config:
    job_namespace: dagster
    service_account_name: dagster-runs
""", gpw(), "https://docs.dagster.io/deployment/dagster-instance")

D("dagster-yaml", "env-config", "deploy/dagster/dagster.prod.yaml", """storage:
  postgres:
    postgres_db:
      hostname: pg-dagster.acme.internal
      username: dagster
      password:
        env: DAGSTER_PG_PASSWORD
      db_name: dagster
      port: 5432
telemetry:
  enabled: false
""", "https://docs.dagster.io/deployment/dagster-instance#using-environment-variables")

# ---------------------------------------------------------------- infrastructure
S("wireguard-conf", "private-key", "deploy/vpn/wg0.conf", """[Interface]
Address = 10.8.0.2/24
PrivateKey = §
DNS = 10.8.0.1

[Peer]
# office gateway
PublicKey = xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=
AllowedIPs = 10.0.0.0/8
Endpoint = vpn.acme.net:51820
PersistentKeepalive = 25
""", base64.b64encode(random.Random(seed()).randbytes(32)).decode(), "https://www.wireguard.com/quickstart/")

D("wireguard-conf", "public-keys-only", "deploy/vpn/peers.conf", """# Peer list for the gateway (public keys only; each client holds its own private key)
[Peer]
# laptop-mkraus
PublicKey = HIgo9xNzJMWLKASShiTqIybxZ0U3wGLiUeJ1PKf8ykw=
AllowedIPs = 10.8.0.2/32

[Peer]
# laptop-jdoe
PublicKey = TrMvSoP4jYQlY6RIzBgbssQqY3vxI2Pi+y71lOWWXX0=
AllowedIPs = 10.8.0.3/32
""", "https://man7.org/linux/man-pages/man8/wg.8.html")

S("ansible-inventory", "become-password", "deploy/ansible/inventory/staging.ini", """[web]
web-01.staging.acme.internal
web-02.staging.acme.internal

[workers]
worker-01.staging.acme.internal

[all:vars]
ansible_user=deploy
ansible_python_interpreter=/usr/bin/python3
ansible_become=true
ansible_become_password=§
""", wordpw(), "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html")

D("ansible-vault", "ciphertext", "deploy/ansible/group_vars/prod/vault.yml", """$ANSIBLE_VAULT;1.1;AES256
62313365396662343061393464336163383764373764613633653634306231386433626436623361
6134333665353966363534333632666535333761666131620a663537646436643839616531643561
63396430306239643932366635346464363263633239383762366530333566653965616236343034
3865373531646133630a373133373965643931363166363137323861663538613461363537333661
33653232313863393631393264313935346564356561643539346532633765636133613731376334
""", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html")

D("sops-yaml", "encrypted-values", "deploy/secrets/prod.enc.yaml", """database:
    password: ENC[AES256_GCM,data:8fJ2kQ1xZr0eLw==,iv:3mS1z9pA7bQ0rT5yU2wV4xC6dE8fG0hJ1kL2mN3oP4q=,tag:Qw1Er2Ty3Ui4Op5As6Df7g==,type:str]
redis:
    password: ENC[AES256_GCM,data:Zx9Cv8Bn7Mq6Wl==,iv:a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T0u1V=,tag:Lk9Jh8Gf7Ds6Ap5Oi4Uy3g==,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-central-1:123456789012:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b
          created_at: "2024-06-01T10:12:33Z"
          enc: AQICAHh4bXlTZXJ2aWNlS2V5QmxvYkZvclRlc3RpbmdPbmx5AAAAfjB8BgkqhkiG9w0BBwagbzBtAgEAMGgGCSqGSIb3DQEHATAeBglghkgBZQMEAS4wEQQM
    lastmodified: "2024-06-01T10:12:34Z"
    mac: ENC[AES256_GCM,data:p1O2i3U4y5T6r7E8w9Q0,iv:zX1cV2bN3mA4sD5fG6hJ7kL8qW9eR0tY1uI2oP3aS4d=,tag:Mn1Bv2Cx3Zl4Kj5Hg6Fd7g==,type:str]
    version: 3.8.1
""", "https://github.com/getsops/sops")

S("salt-pillar", "api-key", "deploy/salt/pillar/monitoring.sls", """datadog:
  config:
    site: datadoghq.eu
    api_key: §
    hostname_fqdn: true
    logs_enabled: true
  checks:
    postgres:
      config:
        instances:
          - host: localhost
            port: 5432
            username: datadog
""", datadog(), "https://github.com/DataDog/datadog-formula")

D("hiera-eyaml", "pkcs7-ciphertext", "deploy/puppet/hieradata/prod.eyaml", """---
acme::db::user: acme_app
acme::db::password: >
    ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEw
    DQYJKoZIhvcNAQEBBQAEggEAq1fJ2K7vY0Z3x8mN4bW9cQ5rT1pL6sH2uG0oE8dA
    jR3tV5yX7zB9nM1kC4fP6hQ2wS0eU8iO3aL5gT7dJ9vY1xZ3bN5mK7cR9qE2sW4u
    MD8GCSqGSIb3DQEHATAdBglghkgBZQMEASoEEKm3nQ9pR2tV4xZ6bC8dE0GAEBJk
    F2hL4nP6rT8vX0zB2dD4]
acme::db::host: db-primary.acme.internal
acme::db::port: 5432
""", "https://github.com/voxpupuli/hiera-eyaml")

S("vagrantfile", "provision-token", "Vagrantfile", """# -*- mode: ruby -*-
Vagrant.configure("2") do |config|
  config.vm.box = "ubuntu/jammy64"
  config.vm.hostname = "acme-dev"
  config.vm.network "forwarded_port", guest: 8000, host: 8000

  config.vm.provider "virtualbox" do |vb|
    vb.memory = 4096
    vb.cpus = 2
  end

  config.vm.provision "shell", inline: <<-SHELL
    apt-get update && apt-get install -y python3.11-venv git
    git clone https://acme-bot:§@github.com/acme-corp/acme.git /home/vagrant/acme
    chown -R vagrant: /home/vagrant/acme
  SHELL
end
""", ghp(), "https://developer.hashicorp.com/vagrant/docs/vagrantfile")

S("devcontainer-json", "openai-key", ".devcontainer/devcontainer.json", """{
  "name": "acme-dev",
  "image": "mcr.microsoft.com/devcontainers/python:1-3.12-bookworm",
  "features": {
    "ghcr.io/devcontainers/features/docker-in-docker:2": {}
  },
  "containerEnv": {
    "OPENAI_API_KEY": "§",
    "PIP_DISABLE_PIP_VERSION_CHECK": "1"
  },
  "postCreateCommand": "pip install -e '.[dev]' && pre-commit install",
  "customizations": {
    "vscode": {"extensions": ["ms-python.python", "charliermarsh.ruff"]}
  }
}
""", oai(), "https://containers.dev/implementors/json_reference/")

D("devcontainer-json", "local-env-reference", "services/api/.devcontainer/devcontainer.json", """{
  "name": "acme-api",
  "dockerComposeFile": ["../docker-compose.dev.yml"],
  "service": "api",
  "workspaceFolder": "/workspace",
  "remoteEnv": {
    "OPENAI_API_KEY": "${localEnv:OPENAI_API_KEY}",
    "GITHUB_TOKEN": "${localEnv:GITHUB_TOKEN}"
  },
  "postCreateCommand": "uv sync"
}
""", "https://containers.dev/implementors/json_reference/#variables-in-devcontainerjson")

S("envrc", "stripe-secret-key", ".envrc", """# direnv: loaded automatically when you cd into the project
source_up_if_exists
layout python python3.12
export DJANGO_SETTINGS_MODULE=acme.settings.local
export STRIPE_SECRET_KEY=§
export STRIPE_WEBHOOK_TOLERANCE=300
dotenv_if_exists .env.local
""", stripe(), "https://direnv.net/man/direnv-stdlib.1.html")

D("envrc", "op-cli-reference", "services/billing/.envrc", """layout python python3.12
# secrets come from 1Password at load time
export STRIPE_SECRET_KEY="$(op read 'op://Engineering/Stripe test/secret key')"
export DATABASE_URL="$(op read 'op://Engineering/billing-db/connection string')"
export DJANGO_SETTINGS_MODULE=billing.settings.local
watch_file .tool-versions
""", "https://developer.1password.com/docs/cli/reference/commands/read/")

S("dockerfile", "build-arg-default", "docker/worker.Dockerfile", """FROM python:3.12-slim AS build
ARG PIP_EXTRA_INDEX_URL=https://ci:§@nexus.acme.internal/repository/pypi/simple
WORKDIR /src
COPY pyproject.toml uv.lock ./
RUN pip install --no-cache-dir uv && uv export --no-dev > requirements.txt \\
 && pip wheel --wheel-dir /wheels -r requirements.txt

FROM python:3.12-slim
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/* && rm -rf /wheels
COPY src/ /app/
USER 10001
CMD ["python", "-m", "acme.worker"]
""", gpw(), "https://docs.docker.com/reference/dockerfile/#arg")

D("dockerfile", "build-secret-mount", "docker/api.Dockerfile", """# syntax=docker/dockerfile:1.7
FROM python:3.12-slim@sha256:e3ae8cf03c4f0abbfef13a8147478a7cd92798a94fa729a36a185d9106cbae32
WORKDIR /app
COPY pyproject.toml uv.lock ./
RUN --mount=type=secret,id=pip_index_url \\
    PIP_INDEX_URL="$(cat /run/secrets/pip_index_url)" pip install --no-cache-dir -r requirements.txt
COPY src/ ./src/
CMD ["gunicorn", "acme.wsgi", "-b", "0.0.0.0:8000"]
""", "https://docs.docker.com/build/building/secrets/")


# ---------------------------------------------------------------- more carriers
S("netrc", "heroku-api-key", "ops/dotfiles/netrc", """machine api.heroku.com
  login ops@acme.net
  password §
machine git.heroku.com
  login ops@acme.net
  password §
machine files.acme.internal
  login backup
""", "%s-%s-%s-%s-%s" % (rnd(8, HEX), rnd(4, HEX), rnd(4, HEX), rnd(4, HEX), rnd(12, HEX)), "https://devcenter.heroku.com/articles/authentication#api-token-storage")

S("git-credentials", "gitlab-token", "ops/dotfiles/git-credentials", """https://mkraus:§@gitlab.acme.net
https://oauth2:${CI_JOB_TOKEN}@gitlab.acme.net/acme/ci-templates.git
# entries written by: git config --global credential.helper store
# (kept here so the provisioning playbook can lay it down on the build box)
# TODO move to the vault
""", gitlab(), "https://git-scm.com/docs/git-credential-store#_storage_format")

S("yarnrc-yml", "npm-auth-token", "frontend/.yarnrc.yml", """nodeLinker: node-modules
enableTelemetry: false

npmScopes:
  acme:
    npmRegistryServer: "https://npm.pkg.github.com"
    npmAlwaysAuth: true
    npmAuthToken: "§"

yarnPath: .yarn/releases/yarn-4.2.2.cjs
""", ghp(), "https://yarnpkg.com/configuration/yarnrc#npmScopes")

D("npmrc", "env-interpolation", "frontend/.npmrc", """@acme:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
engine-strict=true
save-exact=true
fund=false
audit-level=high
""", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration")

_DD = datadog()
CASES.append(LabelledCase("blind-j/k8s-secret/datadog-api-key-base64", "deploy/k8s/datadog-secret.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: datadog-secret
  namespace: datadog
  labels:
    app.kubernetes.io/part-of: monitoring
type: Opaque
data:
  api-key: {b64(_DD)}
""", _DD, "https://docs.datadoghq.com/containers/kubernetes/installation/"))

S("kustomization", "secret-generator-literal", "deploy/kustomize/overlays/staging/kustomization.yaml", """apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: acme-staging
resources:
  - ../../base
images:
  - name: acme/api
    newTag: 2024.06.12
secretGenerator:
  - name: api-secrets
    literals:
      - DJANGO_SECRET_KEY=§
      - DJANGO_DEBUG=false
""", dj(), "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/secretgenerator/")

D("helm-values", "existing-secret", "deploy/helm/api/values-prod.yaml", """replicaCount: 4
image:
  repository: registry.acme.net/acme/api
  tag: ""
postgresql:
  enabled: false
externalDatabase:
  host: db-primary.acme.internal
  user: acme_app
  existingSecret: acme-db-credentials
  existingSecretPasswordKey: password
redis:
  auth:
    existingSecret: acme-redis
    existingSecretPasswordKey: redis-password
""", "https://github.com/bitnami/charts/tree/main/bitnami/postgresql#parameters")

S("terraform-tfvars", "sendgrid-key", "infra/envs/prod/terraform.tfvars", """region           = "eu-central-1"
environment      = "prod"
instance_type    = "t3.large"
min_size         = 2
max_size         = 6
domain_name      = "api.acme.net"
sendgrid_api_key = "§"
alarm_email      = "ops@acme.net"
""", sendgrid(), "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files")

D("terraform", "sensitive-variable", "infra/modules/mail/variables.tf", """variable "sendgrid_api_key" {
  description = "SendGrid API key used by the mailer (SG.xxxxx)"
  type        = string
  sensitive   = true
}

variable "from_address" {
  type    = string
  default = "no-reply@acme.net"
}

resource "aws_ssm_parameter" "sendgrid" {
  name  = "/acme/mail/sendgrid-api-key"
  type  = "SecureString"
  value = var.sendgrid_api_key
}
""", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output")

_U, _P = "metrics", wordpw()
CASES.append(LabelledCase("blind-j/nginx-conf/basic-auth-header-base64", "deploy/nginx/conf.d/pushgateway.conf", f"""upstream pushgateway {{
    server pushgateway.acme.internal:9091;
}}

server {{
    listen 8080;
    server_name _;

    location /metrics/ {{
        proxy_pass http://pushgateway;
        proxy_set_header Authorization "Basic {b64(_U + ':' + _P)}";
        proxy_set_header Host $host;
        proxy_read_timeout 30s;
    }}
}}
""", _P, "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header"))

D("htpasswd", "apr1-hashes", "deploy/nginx/.htpasswd", """ops:$apr1$lZL6V/ci$eIMz/iKDkbtys/uU7LEK00
ci:$apr1$wY2rPq1x$9kLmN3oP5qR7sT9uV1wX3.
grafana:{SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=
mkraus:$2y$05$9o8kXU7Ldyq8H3m3Qx2tUe0vD8QeQmM6eJx6QlQJ3t0nO6s8yYy1C
jdoe:$2y$05$Qm4uK2hT8Vn1Zp5Ra7Yc9eB3Wd6Fx0Gj2Hl4Jn6Lp8Nr0Ts2Uv4Wx
""", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html")

D("authorized-keys", "ssh-public-keys", "deploy/ansible/files/authorized_keys", """# deploy access for the release box; managed by ansible
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq3k9X2mP7vR1sT5wY8zB4cN6dF0hJ2lQ9eU3aO7iK1 mkraus@laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJx8W2nQ4vT6yB0cE3fH5kL7mP9rS1uV3xZ5aD7gJ9lN ci@buildkite
ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBPm3Kq7Rt1Yz5Bc9Fh3Jl7Np1Sv5Xa9Dg3Kn7Qs1Vw5Zb9Ef3Hj7Lm1Pr5Tu9Xy3Ac7Fg1Km5Os9Rw3Vz7= backup@nas
from="10.0.0.0/8",no-agent-forwarding ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK2pR8tV4xZ6bC8dE0fG2hJ4kL6mN8oP0qS2uW4yA6cE8 jdoe@laptop
""", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT")

_K = pem("OPENSSH")
CASES.append(LabelledCase("blind-j/ansible-vars/ssh-private-key-block", "deploy/ansible/group_vars/deploy/keys.yml", "deploy_user: deploy\n"
    "deploy_key_path: /home/deploy/.ssh/id_ed25519\n"
    "deploy_known_hosts:\n  - github.com\n  - gitlab.acme.net\n"
    "deploy_private_key: |\n  " + _K.replace("\n", "\n  ") + "\n"
    "deploy_key_mode: \"0600\"\n", _K, "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html"))

D("x509-pem", "certificate-chain", "deploy/certs/acme-internal-ca.crt", """-----BEGIN CERTIFICATE-----
MIIBszCCAVmgAwIBAgIUQ3x7bN9K2pZtM4rV8sW1yE5uH0cwCgYIKoZIzj0EAwIw
HzEdMBsGA1UEAwwUYWNtZS1pbnRlcm5hbC1yb290LWNhMB4XDTI0MDEwMTAwMDAw
MFoXDTM0MDEwMTAwMDAwMFowHzEdMBsGA1UEAwwUYWNtZS1pbnRlcm5hbC1yb290
LWNhMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE7vR2kX9pQ4mZ1tB8sW3yN6uL
0cH5dF2jK7gA4eT9rV1qM3xS8wY6bP0nE5iU2oD7hG1lC4fJ9kR3tZ8vX6yBaNT
MFEwHQYDVR0OBBYEFJ3kQ8mN2xP4vR6sT1yW5zB7cD9fMB8GA1UdIwQYMBaAFJ3k
Q8mN2xP4vR6sT1yW5zB7cD9fMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwID
SAAwRQIgY2nR5tV8xZ1bC4dE7fH0jK3mN6pQ9sT2vW5yA8cF1hICIQDk7mP0rS3u
-----END CERTIFICATE-----
""", "https://www.rfc-editor.org/rfc/rfc7468")

S("uwsgi-ini", "django-secret-key", "deploy/uwsgi/acme.ini", """[uwsgi]
module = acme.wsgi:application
master = true
processes = 8
threads = 2
socket = /run/uwsgi/acme.sock
chmod-socket = 660
vacuum = true
die-on-term = true
env = DJANGO_SETTINGS_MODULE=acme.settings.prod
env = DJANGO_SECRET_KEY=§
harakiri = 60
""", dj(), "https://uwsgi-docs.readthedocs.io/en/latest/Options.html#env")

S("gunicorn-conf", "database-url", "deploy/gunicorn.conf.py", '''import multiprocessing

bind = "0.0.0.0:8000"
workers = multiprocessing.cpu_count() * 2 + 1
worker_class = "uvicorn.workers.UvicornWorker"
timeout = 60
accesslog = "-"
raw_env = [
    "ACME_ENV=production",
    "DATABASE_URL=postgresql://acme_app:§@db-primary.acme.internal:5432/acme",
]
''', gpw(), "https://docs.gunicorn.org/en/stable/settings.html#raw-env")

S("pytest-ini", "twilio-auth-token", "pytest.ini", """[pytest]
testpaths = tests
addopts = -ra --strict-markers
markers =
    live: talks to real third-party APIs
env =
    TWILIO_ACCOUNT_SID=AC3f9b2c1d8e7a6f5b4c3d2e1f0a9b8c7d
    TWILIO_AUTH_TOKEN=§
    TWILIO_FROM=+4915735983321
""", twilio(), "https://github.com/pytest-dev/pytest-env")

D("setup-cfg", "metadata-only", "setup.cfg", """[metadata]
name = acme-client
version = attr: acme_client.__version__
description = Client for the Acme API
long_description = file: README.md
long_description_content_type = text/markdown
project_urls =
    Source = https://github.com/acme-corp/acme-client

[options]
packages = find:
python_requires = >=3.9
install_requires =
    httpx>=0.27

[flake8]
max-line-length = 100
""", "https://setuptools.pypa.io/en/latest/userguide/declarative_config.html")

D("git-blame-ignore-revs", "commit-ids", ".git-blame-ignore-revs", """# Revisions to skip in `git blame` (git config blame.ignoreRevsFile .git-blame-ignore-revs)

# Switch from black to ruff format (2024-03)
7c2f1e9a4b3d5c6e8f0a1b2c3d4e5f6a7b8c9d0e
# Reflow docstrings to 100 columns
e91d0b4c7a2f3e5d6c8b9a0f1e2d3c4b5a6f7e8d
# isort -> ruff I rules
3a5c7e9b1d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c
""", "https://git-scm.com/docs/git-blame#Documentation/git-blame.txt---ignore-revs-fileltfilegt")

S("oauth2-proxy-cfg", "client-secret", "deploy/oauth2-proxy/oauth2-proxy.cfg", """http_address = "0.0.0.0:4180"
upstreams = ["http://grafana:3000/"]
provider = "github"
github_org = "acme-corp"
email_domains = ["*"]
client_id = "Iv1.8a61f9b3a7aba766"
client_secret = "§"
cookie_secure = true
cookie_domains = [".acme.net"]
cookie_secret_file = "/etc/oauth2-proxy/cookie-secret"
""", hexkey(40), "https://oauth2-proxy.github.io/oauth2-proxy/configuration/overview")

S("keycloak-realm-json", "client-secret", "deploy/keycloak/realm-acme.json", """{
  "realm": "acme",
  "enabled": true,
  "sslRequired": "external",
  "clients": [
    {
      "clientId": "acme-api",
      "enabled": true,
      "protocol": "openid-connect",
      "publicClient": false,
      "clientAuthenticatorType": "client-secret",
      "secret": "§",
      "redirectUris": ["https://api.acme.net/oauth/callback"],
      "webOrigins": ["https://app.acme.net"]
    }
  ]
}
""", rnd(32), "https://www.keycloak.org/server/importExport")

D("rabbitmq-definitions", "password-hashes", "deploy/rabbitmq/definitions.json", """{
  "rabbit_version": "3.13.2",
  "users": [
    {
      "name": "acme",
      "password_hash": "kI3GCqW5JLMJa4iX1lo7X4D6XbYqlLgxIs30+P6tENUV2POR",
      "hashing_algorithm": "rabbit_password_hashing_sha256",
      "tags": ["management"]
    }
  ],
  "vhosts": [{"name": "/acme"}],
  "permissions": [
    {"user": "acme", "vhost": "/acme", "configure": ".*", "write": ".*", "read": ".*"}
  ]
}
""", "https://www.rabbitmq.com/docs/definitions")

S("rabbitmq-conf", "default-pass", "deploy/rabbitmq/rabbitmq.conf", """listeners.tcp.default = 5672
management.tcp.port = 15672
default_vhost = /acme
default_user = acme
default_pass = §
loopback_users.guest = true
vm_memory_high_watermark.relative = 0.6
disk_free_limit.absolute = 2GB
""", wordpw(), "https://www.rabbitmq.com/docs/configure#config-items")

S("kafka-properties", "sasl-jaas-password", "deploy/kafka/client.properties", """bootstrap.servers=pkc-4r297.europe-west1.gcp.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="QX7KLM3ZR2TW5NP8" password="§";
client.dns.lookup=use_all_dns_ips
session.timeout.ms=45000
acks=all
""", rnd(64, ALNUM + "+/"), "https://docs.confluent.io/platform/current/kafka/authentication_sasl/authentication_sasl_plain.html")

D("mosquitto-passwd", "pbkdf2-hashes", "deploy/mosquitto/passwd", """sensor-gw:$7$101$q7K2mN4pR6sT8vX0$Yz1Bc3De5Fg7Hi9Jk1Lm3No5Pq7Rs9Tu1Vw3Xy5Za7Bc9De1Fg3Hi5Jk7Lm9No1Pq3Rs5Tu7Vw9Xy1Za3Bc5De7Fg9Hi1Jk3Lm5No7Pq9Rs1==
dashboard:$7$101$A1b2C3d4E5f6G7h8$Ij9Kl0Mn1Op2Qr3St4Uv5Wx6Yz7Ab8Cd9Ef0Gh1Ij2Kl3Mn4Op5Qr6St7Uv8Wx9Yz0Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2==
bridge:$7$101$Zz9Yy8Xx7Ww6Vv5U$Tt4Ss3Rr2Qq1Pp0Oo9Nn8Mm7Ll6Kk5Jj4Ii3Hh2Gg1Ff0Ee9Dd8Cc7Bb6Aa5Zz4Yy3Xx2Ww1Vv0Uu9Tt8Ss7Rr6Qq5Pp4Oo3Nn2Mm1Ll0==
# regenerate with: mosquitto_passwd -U passwd
# plain-text source lives in the vault, never here
""", "https://mosquitto.org/man/mosquitto_passwd-1.html")

S("minio-env", "root-password", "deploy/minio/minio.env", """# /etc/default/minio
MINIO_VOLUMES="/mnt/data{1...4}"
MINIO_OPTS="--console-address :9001"
MINIO_ROOT_USER=acme-admin
MINIO_ROOT_PASSWORD=§
MINIO_SERVER_URL=https://s3.acme.internal
MINIO_PROMETHEUS_AUTH_TYPE=public
""", rnd(40, ALNUM + "+/"), "https://min.io/docs/minio/linux/reference/minio-server/settings/root-credentials.html")

D("html-template", "sri-integrity", "src/acme/templates/base.html", """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{% block title %}Acme{% endblock %}</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="sha384-QWTKZyjpPEjISv5WaRU9OFeRpok6YctnYmDr5pNlyT2bRjXh0JMhjY6hW+ALEwIH" crossorigin="anonymous">
  <meta name="csrf-token" content="{{ csrf_token }}">
</head>
<body>
  {% block content %}{% endblock %}
  <script src="https://cdn.jsdelivr.net/npm/htmx.org@1.9.12/dist/htmx.min.js"
          integrity="sha384-ujb1lZYygJmzgSwoxRggbCHcjc0rB2XoQrxeTUQyRjrOnlCoYta87iKBWq3EsdM2" crossorigin="anonymous"></script>
</body>
</html>
""", "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity")

S("fastapi-settings", "jwt-signing-secret", "src/acme_api/core/config.py", '''from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ACME_", env_file=".env")

    project_name: str = "acme-api"
    api_prefix: str = "/v1"
    jwt_algorithm: str = "HS256"
    jwt_secret: str = "§"
    access_token_minutes: int = 30
    cors_origins: list[str] = ["https://app.acme.net"]


settings = Settings()
''', hexkey(64), "https://fastapi.tiangolo.com/tutorial/security/oauth2-jwt/")
