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
