"""Blind set m: what a Python project's tests, CI and tooling directories hold, and what ends up
in its sdist (fixtures, CI workflows, cassettes, snapshots, migrations, seed data, notebooks,
IDE settings, env files...). Generated fakes only; seeds 150000-154999."""
from __future__ import annotations

import base64
import json
import random
import string
import textwrap
from typing import List, Optional
from urllib.parse import quote

from tests import fakes
from tests.accuracy.labelled import LabelledCase

_SEEDS = iter(range(150000, 155000))
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER_DIGITS = string.ascii_uppercase + string.digits
WORDS = ["copper", "lantern", "harbor", "velvet", "orbit", "kettle", "sparrow", "granite", "meadow", "falcon",
         "tundra", "quartz", "willow", "ember", "cobalt", "saffron", "juniper", "glacier", "pepper", "marble"]

CASES: List[LabelledCase] = []


def seed() -> int:
    return next(_SEEDS)


def rs(alphabet: str, n: int) -> str:
    rng = random.Random(seed())
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(n: int) -> str:
    rng = random.Random(seed())
    return str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def fill(template: str, **values: str) -> str:
    text = textwrap.dedent(template).lstrip("\n")
    for key, value in values.items():
        text = text.replace(f"<<{key}>>", value)
    assert "<<" not in text or "<<EOF" in text or "<<'EOF'" in text, text
    return text


def add(fmt: str, what: str, path: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase(f"blind-m/{fmt}/{what}", path, text, secret, source))


# --- credential shapes (own seeded generators) ---
def stripe_live() -> str:
    return "sk_live_51" + rs(ALNUM, 97)


def stripe_restricted() -> str:
    return "rk_live_51" + rs(ALNUM, 97)


def slack_bot() -> str:
    return f"xoxb-{digits(12)}-{digits(13)}-{rs(ALNUM, 24)}"


def slack_webhook() -> str:
    return f"https://hooks.slack.com/services/T{rs(UPPER_DIGITS, 8)}/B{rs(UPPER_DIGITS, 10)}/{rs(ALNUM, 24)}"


def sendgrid() -> str:
    return "SG." + rs(ALNUM + "-_", 22) + "." + rs(ALNUM + "-_", 43)


def twilio_token() -> str:
    return rs(HEX, 32)


def twilio_sid() -> str:
    return "AC" + rs(HEX, 32)


def gitlab_pat() -> str:
    return "glpat-" + rs(ALNUM + "-_", 20)


def gitlab_runner() -> str:
    return "glrt-" + rs(ALNUM + "-_", 20)


def npm_token() -> str:
    return "npm_" + rs(ALNUM, 36)


def datadog_key() -> str:
    return rs(HEX, 32)


def hf_token() -> str:
    return "hf_" + rs(ALNUM, 34)


def anthropic_key() -> str:
    return "sk-ant-api03-" + rs(ALNUM + "-_", 93) + "AA"


def google_key() -> str:
    return "AIza" + rs(ALNUM + "-_", 35)


def azure_storage_key() -> str:
    return base64.b64encode(random.Random(seed()).randbytes(64)).decode()


def dockerhub_pat() -> str:
    return "dckr_pat_" + rs(ALNUM + "-_", 27)


def shopify_token() -> str:
    return "shpat_" + rs(HEX, 32)


def vault_token() -> str:
    return "hvs." + rs(ALNUM + "_-", 24)


def pulumi_token() -> str:
    return "pul-" + rs(HEX, 40)


def tfc_token() -> str:
    return rs(ALNUM, 14) + ".atlasv1." + rs(ALNUM, 67)


def buildkite_token() -> str:
    return "bkua_" + rs(HEX, 40)


def grafana_sa() -> str:
    return "glsa_" + rs(ALNUM, 32) + "_" + rs(HEX, 8)


def newrelic_key() -> str:
    return "NRAK-" + rs(UPPER_DIGITS, 27)


def sonar_token() -> str:
    return "sqp_" + rs(HEX, 40)


def postman_key() -> str:
    return "PMAK-" + rs(HEX, 24) + "-" + rs(HEX, 34)


def mailgun_key() -> str:
    return "key-" + rs(HEX, 32)


def discord_webhook() -> str:
    return f"https://discord.com/api/webhooks/{digits(18)}/{rs(ALNUM + '-_', 68)}"


def doppler_token() -> str:
    return "dp.st.ci." + rs(ALNUM, 40)


def linear_key() -> str:
    return "lin_api_" + rs(ALNUM, 40)


def circleci_pat() -> str:
    return "CCIPAT_" + rs(ALNUM, 22) + "_" + rs(HEX, 40)


def sentry_user_token() -> str:
    return "sntryu_" + rs(HEX, 64)


def jenkins_api_token() -> str:
    return "11" + rs(HEX, 32)


def mailchimp_key() -> str:
    return rs(HEX, 32) + "-us14"


def algolia_admin() -> str:
    return rs(HEX, 32)


def word_pw() -> str:
    rng = random.Random(seed())
    a, b = rng.sample(WORDS, 2)
    return f"{a.capitalize()}{b.capitalize()}{rng.randint(10, 99)}{rng.choice('!#%&*?')}"


def passphrase() -> str:
    rng = random.Random(seed())
    return "-".join(rng.sample(WORDS, 4)) + str(rng.randint(1, 9))


def strong_pw() -> str:
    return rs(ALNUM + "!#%^*_-", 24)


def fseed() -> int:
    return seed()


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def sha256() -> str:
    return rs(HEX, 64)


def sha1() -> str:
    return rs(HEX, 40)


def uuid4() -> str:
    h = rs(HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def cipher_b64(n: int) -> str:
    return base64.b64encode(random.Random(seed()).randbytes(n)).decode()


# ===================== conftest.py / pytest test modules =====================
S = stripe_live()
add("conftest-py", "stripe-secret-key", "tests/conftest.py", fill('''
    import os

    import pytest
    import stripe

    from acme_billing import create_app


    @pytest.fixture(scope="session")
    def app():
        app = create_app(testing=True)
        yield app


    @pytest.fixture
    def stripe_client():
        # TODO: move to CI secrets before merging
        stripe.api_key = os.environ.get("STRIPE_API_KEY", "<<S>>")
        return stripe


    @pytest.fixture
    def customer(stripe_client):
        return stripe_client.Customer.create(email="qa@acme-billing.io")
''', S=S), S, "https://docs.pytest.org/en/stable/reference/fixtures.html")

S = fakes.redis_password(fseed())
add("conftest-py", "redis-password", "tests/integration/conftest.py", fill('''
    import pytest
    import redis

    REDIS_HOST = "cache-staging.internal.acme.io"


    @pytest.fixture(scope="session")
    def redis_client():
        client = redis.Redis(host=REDIS_HOST, port=6380, ssl=True,
                             password="<<S>>", db=3)
        client.ping()
        yield client
        client.flushdb()


    @pytest.fixture(autouse=True)
    def _clean_keys(redis_client):
        yield
        for key in redis_client.scan_iter("test:*"):
            redis_client.delete(key)
''', S=S), S, "https://docs.pytest.org/en/stable/how-to/fixtures.html")

add("conftest-py", "decoy-env-reference", "tests/e2e/conftest.py", fill('''
    import os

    import pytest
    import requests


    def pytest_addoption(parser):
        parser.addoption("--base-url", default="https://staging.acme.io")


    @pytest.fixture(scope="session")
    def api_token():
        token = os.environ.get("ACME_E2E_TOKEN")
        if not token:
            pytest.skip("ACME_E2E_TOKEN not set; export it to run e2e tests")
        return token


    @pytest.fixture
    def session(api_token, request):
        s = requests.Session()
        s.headers["Authorization"] = f"Bearer {api_token}"
        s.base_url = request.config.getoption("--base-url")
        return s
'''), None, "https://docs.pytest.org/en/stable/reference/reference.html#pytest.hookspec.pytest_addoption")

add("conftest-py", "decoy-marked-dummy", "tests/unit/conftest.py", fill('''
    import pytest

    from acme_auth.tokens import TokenSigner

    # Obviously fake values: unit tests never talk to a real service.
    DUMMY_API_KEY = "test-api-key-not-real"
    DUMMY_SIGNING_SECRET = "unit-test-signing-secret"


    @pytest.fixture
    def signer():
        return TokenSigner(secret=DUMMY_SIGNING_SECRET, ttl=60)


    @pytest.fixture
    def headers():
        return {"X-Api-Key": DUMMY_API_KEY, "Accept": "application/json"}


    @pytest.fixture
    def mock_settings(monkeypatch):
        monkeypatch.setenv("ACME_API_KEY", DUMMY_API_KEY)
        monkeypatch.setenv("ACME_ENV", "test")
'''), None, "https://docs.pytest.org/en/stable/how-to/monkeypatch.html")

S = fakes.github_token(fseed())
add("pytest-module", "github-token", "tests/test_release_notes.py", fill('''
    """Integration test for the release-notes generator against the real GitHub API."""
    import pytest

    from acme_release.notes import GitHubClient, build_notes

    GH_TOKEN = "<<S>>"  # bot account acme-release-bot


    @pytest.mark.integration
    def test_notes_for_tag():
        client = GitHubClient(token=GH_TOKEN, repo="acme/acme-release")
        notes = build_notes(client, "v2.3.0", "v2.4.0")
        assert "## Bug fixes" in notes


    @pytest.mark.integration
    def test_notes_skip_dependabot():
        client = GitHubClient(token=GH_TOKEN, repo="acme/acme-release")
        notes = build_notes(client, "v2.3.0", "v2.4.0")
        assert "dependabot" not in notes
''', S=S), S, "https://docs.pytest.org/en/stable/example/markers.html")

S = fakes.openai_key(fseed())
add("pytest-module", "openai-key", "tests/llm/test_summarise.py", fill('''
    import os

    import pytest
    from openai import OpenAI

    from acme_docs.summarise import summarise

    client = OpenAI(api_key="<<S>>")


    @pytest.mark.slow
    @pytest.mark.parametrize("path", ["docs/index.md", "docs/install.md"])
    def test_summary_is_short(path):
        with open(path) as fh:
            text = fh.read()
        summary = summarise(client, text, max_words=60)
        assert len(summary.split()) <= 60
''', S=S), S, "https://github.com/openai/openai-python")

add("pytest-module", "decoy-mocked-response", "tests/test_oauth_flow.py", fill('''
    from unittest import mock

    import pytest

    from acme_auth.oauth import exchange_code

    FAKE_TOKEN_RESPONSE = {
        "access_token": "mock-access-token",
        "refresh_token": "mock-refresh-token",
        "token_type": "Bearer",
        "expires_in": 3600,
    }


    @mock.patch("acme_auth.oauth.requests.post")
    def test_exchange_code(post):
        post.return_value.json.return_value = FAKE_TOKEN_RESPONSE
        post.return_value.status_code = 200
        tokens = exchange_code("dummy-code", client_secret="client-secret-for-tests")
        assert tokens.access_token == "mock-access-token"
        post.assert_called_once()


    def test_exchange_code_rejects_empty():
        with pytest.raises(ValueError):
            exchange_code("", client_secret="client-secret-for-tests")
'''), None, "https://docs.python.org/3/library/unittest.mock.html")

add("pytest-module", "decoy-hashes-uuids", "tests/test_checksums.py", fill('''
    import hashlib
    import uuid

    import pytest

    from acme_store.blobs import blob_id, digest

    KNOWN = {
        b"hello world": "<<A>>",
        b"": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    }
    FIXED_ID = uuid.UUID("<<U>>")


    @pytest.mark.parametrize("data,expected", KNOWN.items())
    def test_digest(data, expected):
        assert digest(data) == hashlib.sha256(data).hexdigest() or expected


    def test_blob_id_is_stable():
        assert blob_id(b"x", namespace=FIXED_ID) == blob_id(b"x", namespace=FIXED_ID)
''', A="b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9", U=uuid4()), None,
    "https://docs.python.org/3/library/hashlib.html")

# ===================== tox.ini =====================
S = fakes.pypi_token(fseed())
add("tox-ini", "pypi-token", "tox.ini", fill('''
    [tox]
    envlist = py39, py310, py311, py312, lint
    isolated_build = true

    [testenv]
    deps =
        pytest
        pytest-cov
    commands = pytest --cov=acme_utils {posargs}

    [testenv:lint]
    deps = ruff
    commands = ruff check src tests

    [testenv:release]
    skip_install = true
    deps =
        build
        twine
    setenv =
        TWINE_USERNAME = __token__
        TWINE_PASSWORD = <<S>>
    commands =
        python -m build
        twine upload dist/*
''', S=S), S, "https://tox.wiki/en/latest/config.html")

S = word_pw()
add("tox-ini", "database-password", "ci/tox-integration.ini", fill('''
    [tox]
    envlist = integration-pg{14,15}

    [testenv:integration-pg{14,15}]
    passenv = CI, GITHUB_*
    setenv =
        ACME_DB_HOST = pg-ci.acme-internal.net
        ACME_DB_USER = ci_runner
        ACME_DB_PASSWORD = <<S>>
        pg14: ACME_DB_NAME = acme_pg14
        pg15: ACME_DB_NAME = acme_pg15
    deps =
        pytest
        psycopg[binary]
    commands = pytest tests/integration -m "db" {posargs}
''', S=S), S, "https://tox.wiki/en/latest/config.html#set_env")

add("tox-ini", "decoy-passenv", "packages/acme-cli/tox.ini", fill('''
    [tox]
    envlist = py3{9,10,11,12}
    minversion = 4.0

    [testenv]
    description = run the unit tests
    passenv =
        ACME_API_TOKEN
        TWINE_PASSWORD
        HTTP_PROXY
    setenv =
        PYTHONHASHSEED = 0
        ACME_API_URL = {env:ACME_API_URL:https://api.acme.test}
        ACME_API_TOKEN = {env:ACME_API_TOKEN:}
    deps = -r requirements-test.txt
    commands = pytest {posargs:tests}

    [testenv:publish]
    passenv = TWINE_*
    commands = twine upload --skip-existing dist/*
'''), None, "https://tox.wiki/en/latest/config.html#pass_env")

# ===================== noxfile.py =====================
S = fakes.aws_secret_key(fseed()); K = fakes.aws_key_id(fseed())
add("noxfile-py", "aws-secret-key", "noxfile.py", fill('''
    import nox

    PYTHONS = ["3.10", "3.11", "3.12"]


    @nox.session(python=PYTHONS)
    def tests(session):
        session.install("-e", ".[test]")
        session.run("pytest", *session.posargs)


    @nox.session
    def s3_integration(session):
        session.install("-e", ".[s3]", "pytest")
        session.env.update({
            "AWS_ACCESS_KEY_ID": "<<K>>",
            "AWS_SECRET_ACCESS_KEY": "<<S>>",
            "AWS_DEFAULT_REGION": "eu-west-1",
            "ACME_BUCKET": "acme-ci-artifacts",
        })
        session.run("pytest", "tests/s3", "-m", "s3")
''', S=S, K=K), S, "https://nox.thea.codes/en/stable/config.html")

S = sonar_token()
add("noxfile-py", "sonarqube-token", "tools/noxfile.py", fill('''
    import nox


    @nox.session(python="3.11")
    def coverage(session):
        session.install("coverage[toml]", "pytest")
        session.run("coverage", "run", "-m", "pytest")
        session.run("coverage", "xml")


    @nox.session
    def sonar(session):
        session.run(
            "sonar-scanner",
            "-Dsonar.projectKey=acme_acme-geo",
            "-Dsonar.host.url=https://sonar.acme.io",
            "-Dsonar.token=<<S>>",
            "-Dsonar.python.coverage.reportPaths=coverage.xml",
            external=True,
        )
''', S=S), S, "https://docs.sonarsource.com/sonarqube/latest/analyzing-source-code/scanners/sonarscanner/")

add("noxfile-py", "decoy-env-lookup", "libs/acme-geo/noxfile.py", fill('''
    import os

    import nox

    nox.options.sessions = ["lint", "tests"]


    @nox.session
    def lint(session):
        session.install("ruff", "mypy")
        session.run("ruff", "check", ".")
        session.run("mypy", "src")


    @nox.session(python=["3.11", "3.12"])
    def tests(session):
        session.install("-e", ".[test]")
        session.run("pytest", env={"MAPBOX_TOKEN": os.environ.get("MAPBOX_TOKEN", "")})


    @nox.session
    def publish(session):
        session.install("twine")
        session.run("twine", "upload", "dist/*",
                    env={"TWINE_PASSWORD": os.environ["PYPI_API_TOKEN"], "TWINE_USERNAME": "__token__"})
'''), None, "https://nox.thea.codes/en/stable/usage.html")

# ===================== pytest.ini / setup.cfg / pyproject =====================
S = hf_token()
add("pytest-ini", "huggingface-token", "pytest.ini", fill('''
    [pytest]
    minversion = 7.0
    addopts = -ra --strict-markers
    testpaths = tests
    markers =
        slow: model downloads
        gpu: needs CUDA
    # pytest-env
    env =
        HF_HUB_OFFLINE=0
        HF_TOKEN=<<S>>
        TRANSFORMERS_CACHE=.cache/hf
''', S=S), S, "https://github.com/pytest-dev/pytest-env")

add("pytest-ini", "decoy-dummy-env", "services/worker/pytest.ini", fill('''
    [pytest]
    addopts = -q --cov=worker --cov-report=term-missing
    testpaths = tests
    filterwarnings =
        error
        ignore::DeprecationWarning:celery.*
    env =
        D:CELERY_BROKER_URL=memory://
        D:SECRET_KEY=insecure-test-only-key
        D:DATABASE_URL=sqlite:///:memory:
        D:SENTRY_DSN=
'''), None, "https://github.com/pytest-dev/pytest-env")

S = fakes.django_secret_key(fseed())
add("setup-cfg", "django-secret-key", "setup.cfg", fill('''
    [metadata]
    name = acme-portal
    version = attr: acme_portal.__version__

    [options]
    packages = find:
    python_requires = >=3.10

    [tool:pytest]
    DJANGO_SETTINGS_MODULE = acme_portal.settings.ci
    python_files = tests.py test_*.py
    env =
        DJANGO_SECRET_KEY=<<S>>
        DJANGO_ALLOWED_HOSTS=portal-ci.acme.io

    [flake8]
    max-line-length = 100
    exclude = migrations
''', S=S), S, "https://pytest-django.readthedocs.io/en/latest/configuring_django.html")

S = datadog_key()
add("pyproject-toml", "datadog-api-key", "pyproject.toml", fill('''
    [build-system]
    requires = ["hatchling"]
    build-backend = "hatchling.build"

    [project]
    name = "acme-metrics"
    version = "0.8.1"
    dependencies = ["ddtrace>=2.0", "httpx"]

    [tool.pytest.ini_options]
    addopts = "-ra --ddtrace"
    env = [
        "DD_API_KEY=<<S>>",
        "DD_SITE=datadoghq.eu",
        "DD_SERVICE=acme-metrics-tests",
        "DD_CIVISIBILITY_AGENTLESS_ENABLED=true",
    ]

    [tool.ruff]
    line-length = 100
''', S=S), S, "https://docs.datadoghq.com/tests/setup/python/")

add("pyproject-toml", "decoy-hatch-env-ref", "libs/acme-core/pyproject.toml", fill('''
    [build-system]
    requires = ["hatchling", "hatch-vcs"]
    build-backend = "hatchling.build"

    [project]
    name = "acme-core"
    dynamic = ["version"]

    [tool.hatch.envs.test]
    dependencies = ["pytest", "pytest-cov", "respx"]

    [tool.hatch.envs.test.env-vars]
    ACME_API_KEY = "{env:ACME_API_KEY:dummy-key-for-tests}"
    ACME_BASE_URL = "http://localhost:8080"

    [tool.hatch.envs.test.scripts]
    run = "pytest {args:tests}"

    [tool.coverage.run]
    source = ["acme_core"]
    branch = true
'''), None, "https://hatch.pypa.io/latest/config/environment/overview/")


# ===================== CI workflows =====================
GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
S = fakes.pypi_token(fseed())
add("github-actions", "pypi-token", ".github/workflows/release.yml", fill('''
    name: release
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
              TWINE_PASSWORD: <<S>>
            run: twine upload dist/*
''', S=S), S, GHA)

S = slack_webhook()
add("github-actions", "slack-webhook", ".github/workflows/nightly.yml", fill('''
    name: nightly
    on:
      schedule:
        - cron: "0 3 * * *"
    jobs:
      test:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - run: pip install -e .[test] && pytest -m "not gpu"
          - name: Notify on failure
            if: failure()
            run: |
              curl -sS -X POST -H 'Content-type: application/json' \\
                --data '{"text":"nightly failed on ${{ github.ref_name }}"}' \\
                <<S>>
''', S=S), S, GHA)

S = dockerhub_pat()
add("github-actions", "dockerhub-token", ".github/workflows/docker-test-image.yml", fill('''
    name: test-image
    on:
      push:
        paths: ["docker/test/**"]
    jobs:
      build:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: docker/login-action@v3
            with:
              username: acmeci
              password: <<S>>
          - uses: docker/build-push-action@v5
            with:
              context: docker/test
              push: true
              tags: acmeci/acme-test-runner:latest
''', S=S), S, "https://github.com/docker/login-action")

add("github-actions", "decoy-secrets-context", ".github/workflows/ci.yml", fill('''
    name: ci
    on: [push, pull_request]
    permissions:
      contents: read
      id-token: write
    jobs:
      test:
        runs-on: ${{ matrix.os }}
        strategy:
          matrix:
            os: [ubuntu-latest, windows-latest]
            python: ["3.10", "3.11", "3.12"]
        steps:
          - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1
          - uses: actions/setup-python@0a5c61591373683505ea898e09a3ea4f39ef2b9c # v5.0.0
            with:
              python-version: ${{ matrix.python }}
          - run: pip install -e .[test]
          - run: pytest --cov
            env:
              ACME_API_TOKEN: ${{ secrets.ACME_API_TOKEN }}
              CODECOV_TOKEN: ${{ secrets.CODECOV_TOKEN }}
      publish:
        needs: test
        if: startsWith(github.ref, 'refs/tags/')
        runs-on: ubuntu-latest
        environment: pypi
        steps:
          - uses: pypa/gh-action-pypi-publish@release/v1
'''), None, GHA)

add("github-actions", "decoy-service-container-default", ".github/workflows/db-tests.yml", fill('''
    name: db-tests
    on: [pull_request]
    jobs:
      postgres:
        runs-on: ubuntu-latest
        services:
          postgres:
            image: postgres:16
            env:
              # throwaway credentials for the ephemeral CI container only
              POSTGRES_USER: postgres
              POSTGRES_PASSWORD: postgres
              POSTGRES_DB: acme_test
            ports: ["5432:5432"]
            options: --health-cmd pg_isready --health-interval 10s
        steps:
          - uses: actions/checkout@v4
          - run: pip install -e .[test]
          - run: pytest tests/db
            env:
              DATABASE_URL: postgresql://postgres:postgres@localhost:5432/acme_test
'''), None, "https://docs.github.com/en/actions/using-containerized-services/creating-postgresql-service-containers")

S = gitlab_pat()
add("gitlab-ci", "gitlab-pat", ".gitlab-ci.yml", fill('''
    stages: [test, build, release]

    variables:
      PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

    test:
      stage: test
      image: python:3.12
      script:
        - pip install -e .[test]
        - pytest --junitxml=report.xml
      artifacts:
        reports:
          junit: report.xml

    release:
      stage: release
      image: python:3.12
      rules:
        - if: $CI_COMMIT_TAG
      script:
        - pip install build twine
        - python -m build
        - TWINE_PASSWORD=<<S>> TWINE_USERNAME=release-bot python -m twine upload --repository-url https://gitlab.acme.io/api/v4/projects/42/packages/pypi dist/*
''', S=S), S, "https://docs.gitlab.com/ee/user/packages/pypi_repository/")

S = strong_pw()
add("gitlab-ci", "database-password", "ci/gitlab/integration.gitlab-ci.yml", fill('''
    integration:
      stage: test
      image: python:3.11
      variables:
        ACME_DB_URL: "postgresql://acme_ci:<<S>>@db-ci.acme-internal.net:5432/acme"
        ACME_ENV: ci
      before_script:
        - pip install -e .[test,postgres]
      script:
        - pytest tests/integration -m db
      only:
        - main
        - merge_requests
''', S=S), S, "https://docs.gitlab.com/ee/ci/variables/")

add("gitlab-ci", "decoy-predefined-vars", "ci/gitlab/publish.gitlab-ci.yml", fill('''
    publish:
      stage: release
      image: python:3.12
      rules:
        - if: $CI_COMMIT_TAG =~ /^v\\d+/
      script:
        - pip install build twine
        - python -m build
        - TWINE_PASSWORD=${CI_JOB_TOKEN} TWINE_USERNAME=gitlab-ci-token
          python -m twine upload --repository-url ${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/pypi dist/*
        - echo "$PYPI_TOKEN" | wc -c
      id_tokens:
        PYPI_ID_TOKEN:
          aud: pypi
'''), None, "https://docs.gitlab.com/ee/ci/variables/predefined_variables.html")

S = npm_token()
add("circleci", "npm-token", ".circleci/config.yml", fill('''
    version: 2.1
    orbs:
      python: circleci/python@2.1
    jobs:
      test:
        executor: python/default
        steps:
          - checkout
          - python/install-packages:
              pkg-manager: pip
          - run: pytest
      docs-widget:
        docker:
          - image: cimg/node:20.11
        environment:
          NPM_TOKEN: <<S>>
        steps:
          - checkout
          - run: echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc
          - run: cd docs/widget && npm ci && npm publish
    workflows:
      main:
        jobs: [test, docs-widget]
''', S=S), S, "https://circleci.com/docs/configuration-reference/")

add("circleci", "decoy-context-vars", "tools/circleci/config.yml", fill('''
    version: 2.1
    jobs:
      publish:
        docker:
          - image: cimg/python:3.12
            auth:
              username: $DOCKERHUB_USER
              password: $DOCKERHUB_PASSWORD
        steps:
          - checkout
          - run: pip install build twine
          - run: python -m build
          - run: twine upload -u __token__ -p "$PYPI_TOKEN" dist/*
    workflows:
      release:
        jobs:
          - publish:
              context: pypi-publishing
              filters:
                tags: {only: /^v.*/}
                branches: {ignore: /.*/}
'''), None, "https://circleci.com/docs/contexts/")

S = azure_storage_key()
add("azure-pipelines", "azure-storage-key", "azure-pipelines.yml", fill('''
    trigger:
      - main
    pool:
      vmImage: ubuntu-latest
    variables:
      pythonVersion: '3.11'
      AZURE_STORAGE_ACCOUNT: acmeciartifacts
      AZURE_STORAGE_KEY: '<<S>>'
    steps:
      - task: UsePythonVersion@0
        inputs:
          versionSpec: $(pythonVersion)
      - script: pip install -e .[test]
        displayName: Install
      - script: pytest --junitxml=junit/test-results.xml
        displayName: Test
      - script: az storage blob upload-batch -d test-results -s junit --account-name $(AZURE_STORAGE_ACCOUNT) --account-key $(AZURE_STORAGE_KEY)
        displayName: Upload results
''', S=S), S, "https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/")

add("azure-pipelines", "decoy-variable-group", "ci/azure/release.yml", fill('''
    trigger:
      tags:
        include: ['v*']
    variables:
      - group: pypi-release
    pool:
      vmImage: ubuntu-latest
    steps:
      - task: TwineAuthenticate@1
        inputs:
          pythonUploadServiceConnection: pypi-acme
      - script: |
          pip install build twine
          python -m build
          twine upload -r pypi --config-file $(PYPIRC_PATH) dist/*
        env:
          SECRET_TOKEN: $(pypiToken)
'''), None, "https://learn.microsoft.com/en-us/azure/devops/pipelines/tasks/reference/twine-authenticate-v1")

S = jenkins_api_token()
add("jenkinsfile", "jenkins-api-token", "Jenkinsfile", fill('''
    pipeline {
        agent { docker { image 'python:3.11' } }
        environment {
            PIP_INDEX_URL = 'https://pypi.org/simple'
        }
        stages {
            stage('Test') {
                steps {
                    sh 'pip install -e .[test]'
                    sh 'pytest --junitxml=results.xml'
                }
            }
            stage('Trigger downstream') {
                steps {
                    sh "curl -X POST -u ci-bot:<<S>> https://jenkins.acme.io/job/acme-deploy/buildWithParameters?REF=${env.GIT_COMMIT}"
                }
            }
        }
        post { always { junit 'results.xml' } }
    }
''', S=S), S, "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/")

add("jenkinsfile", "decoy-credentials-binding", "ci/Jenkinsfile.release", fill('''
    pipeline {
        agent any
        stages {
            stage('Build') {
                steps { sh 'python -m build' }
            }
            stage('Publish') {
                steps {
                    withCredentials([string(credentialsId: 'pypi-api-token', variable: 'TWINE_PASSWORD')]) {
                        sh 'TWINE_USERNAME=__token__ twine upload dist/*'
                    }
                    withCredentials([usernamePassword(credentialsId: 'nexus', usernameVariable: 'NX_USER', passwordVariable: 'NX_PASS')]) {
                        sh 'twine upload -u "$NX_USER" -p "$NX_PASS" --repository-url https://nexus.acme.io/repository/pypi-internal/ dist/*'
                    }
                }
            }
        }
    }
'''), None, "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/")

S = buildkite_token()
add("buildkite", "buildkite-api-token", ".buildkite/pipeline.yml", fill('''
    env:
      PYTHONUNBUFFERED: "1"
    steps:
      - label: ":pytest: tests"
        command: pip install -e .[test] && pytest
        plugins:
          - docker#v5.9.0:
              image: python:3.12
      - wait
      - label: ":buildkite: trigger benchmarks"
        command: |
          curl -H "Authorization: Bearer <<S>>" \\
            -X POST "https://api.buildkite.com/v2/organizations/acme/pipelines/acme-bench/builds" \\
            -d '{"commit": "'"$BUILDKITE_COMMIT"'", "branch": "main"}'
''', S=S), S, "https://buildkite.com/docs/apis/rest-api/builds")

add("buildkite", "decoy-secrets-plugin", ".buildkite/release.yml", fill('''
    steps:
      - label: ":python: publish"
        if: build.tag != null
        command: .buildkite/scripts/publish.sh
        plugins:
          - seek-oss/aws-sm#v2.3.2:
              env:
                TWINE_PASSWORD: acme/ci/pypi-token
          - docker#v5.9.0:
              image: python:3.12
              environment:
                - TWINE_PASSWORD
                - TWINE_USERNAME=__token__
'''), None, "https://github.com/seek-oss/aws-sm-buildkite-plugin")

S = fakes.telegram_token(fseed())
add("drone", "telegram-bot-token", ".drone.yml", fill('''
    kind: pipeline
    type: docker
    name: default

    steps:
      - name: test
        image: python:3.11
        commands:
          - pip install -e .[test]
          - pytest
      - name: notify
        image: appleboy/drone-telegram
        settings:
          token: <<S>>
          to: -1001234567890
          message: "{{repo.name}} #{{build.number}}: {{build.status}}"
        when:
          status: [success, failure]
''', S=S), S, "https://github.com/appleboy/drone-telegram")

add("drone", "decoy-from-secret", "ci/drone-release.yml", fill('''
    kind: pipeline
    type: docker
    name: release

    trigger:
      event: [tag]

    steps:
      - name: publish
        image: plugins/pypi
        settings:
          username: __token__
          password:
            from_secret: pypi_token
          distributions: [sdist, bdist_wheel]
'''), None, "https://plugins.drone.io/plugins/pypi")

S = passphrase()
add("woodpecker", "registry-password", ".woodpecker.yml", fill('''
    when:
      - event: [push, tag]

    steps:
      - name: test
        image: python:3.12
        commands:
          - pip install -e .[test]
          - pytest -q
      - name: image
        image: woodpeckerci/plugin-docker-buildx
        settings:
          registry: registry.acme.io
          repo: registry.acme.io/acme/acme-api
          username: ci-publisher
          password: <<S>>
          tags: latest
''', S=S), S, "https://woodpecker-ci.org/plugins/Docker%20Buildx")

add("woodpecker", "decoy-from-secret", ".woodpecker/docs.yml", fill('''
    when:
      - event: push
        branch: main

    steps:
      - name: build-docs
        image: python:3.12
        commands:
          - pip install -e .[docs]
          - sphinx-build -W docs docs/_build/html
      - name: deploy
        image: python:3.12
        environment:
          RTD_TOKEN:
            from_secret: readthedocs_token
        commands:
          - curl -X POST -H "Authorization: Token $RTD_TOKEN" https://readthedocs.org/api/v3/projects/acme/versions/latest/builds/
'''), None, "https://woodpecker-ci.org/docs/usage/secrets")

S = google_key()
add("bitbucket-pipelines", "google-api-key", "bitbucket-pipelines.yml", fill('''
    image: python:3.11

    pipelines:
      default:
        - step:
            name: Test
            caches: [pip]
            script:
              - pip install -e .[test]
              - export GOOGLE_MAPS_API_KEY=<<S>>
              - pytest tests/geocoding
      tags:
        'v*':
          - step:
              name: Publish
              script:
                - pipe: atlassian/pypi-publish:0.3.1
                  variables:
                    PYPI_USERNAME: __token__
                    PYPI_PASSWORD: $PYPI_TOKEN
''', S=S), S, "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/")

add("travis-yml", "decoy-secure-ciphertext", ".travis.yml", fill('''
    language: python
    python:
      - "3.10"
      - "3.11"
    install: pip install -e .[test]
    script: pytest
    env:
      global:
        - secure: "<<C>>"
    deploy:
      provider: pypi
      username: __token__
      password:
        secure: "<<D>>"
      on:
        tags: true
''', C=cipher_b64(256), D=cipher_b64(256)), None, "https://docs.travis-ci.com/user/encryption-keys/")

S = fakes.aws_secret_key(fseed()); K = fakes.aws_key_id(fseed())
add("travis-yml", "aws-secret-key", "ci/travis-legacy.yml", fill('''
    language: python
    python: "3.9"
    install: pip install -e .[test]
    script: pytest
    deploy:
      provider: s3
      access_key_id: <<K>>
      secret_access_key: <<S>>
      bucket: acme-docs-preview
      local_dir: docs/_build/html
      skip_cleanup: true
      on:
        branch: main
''', S=S, K=K), S, "https://docs.travis-ci.com/user/deployment/s3/")


# ===================== Dockerfiles / compose for tests =====================
S = fakes.password(fseed())
add("dockerfile", "pip-index-password", "docker/test/Dockerfile", fill('''
    FROM python:3.12-slim

    ENV PYTHONDONTWRITEBYTECODE=1 \\
        PYTHONUNBUFFERED=1

    WORKDIR /app
    COPY requirements-test.txt .
    RUN pip install --no-cache-dir \\
        --extra-index-url https://ci-reader:<<S>>@pypi.acme-internal.net/simple \\
        -r requirements-test.txt
    COPY . .
    RUN pip install --no-cache-dir -e .

    CMD ["pytest", "-q"]
''', S=S), S, "https://docs.docker.com/reference/dockerfile/")

S = sendgrid()
add("dockerfile", "sendgrid-key", "Dockerfile.e2e", fill('''
    FROM mcr.microsoft.com/playwright/python:v1.42.0-jammy

    WORKDIR /e2e
    COPY e2e/requirements.txt .
    RUN pip install -r requirements.txt
    COPY e2e/ .

    ENV BASE_URL=https://staging.acme.io \\
        MAIL_BACKEND=sendgrid \\
        SENDGRID_API_KEY=<<S>>

    ENTRYPOINT ["pytest", "--browser", "chromium", "tests/"]
''', S=S), S, "https://docs.docker.com/reference/dockerfile/#env")

add("dockerfile", "decoy-build-secret-mount", "docker/ci/Dockerfile", fill('''
    # syntax=docker/dockerfile:1.6
    FROM python:3.11-slim@sha256:<<H>>

    ARG PIP_EXTRA_INDEX_URL
    WORKDIR /src
    COPY pyproject.toml .
    RUN --mount=type=secret,id=pip_token \\
        PIP_EXTRA_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@pypi.acme-internal.net/simple" \\
        pip install --no-cache-dir .[test]
    COPY . .
    USER 1000
    CMD ["pytest"]
''', H=sha256()), None, "https://docs.docker.com/build/building/secrets/")

S = word_pw()
add("docker-compose", "mysql-password", "docker-compose.staging-tests.yml", fill('''
    services:
      tests:
        build:
          context: .
          dockerfile: docker/test/Dockerfile
        environment:
          DB_HOST: mysql-staging.acme-internal.net
          DB_USER: acme_staging
          DB_PASSWORD: "<<S>>"
          DB_NAME: acme
        command: pytest tests/integration -m staging
        networks: [staging]
    networks:
      staging:
        external: true
''', S=S), S, "https://docs.docker.com/compose/compose-file/05-services/#environment")

S = fakes.aws_session_token(fseed())
add("docker-compose", "aws-session-token", "tests/docker/compose.s3-integration.yml", fill('''
    services:
      tests:
        build: ../..
        environment:
          AWS_ACCESS_KEY_ID: ASIAQX7RZB3LKP2M5NWD
          AWS_SECRET_ACCESS_KEY: ${AWS_SECRET_ACCESS_KEY}
          AWS_SESSION_TOKEN: <<S>>
          AWS_DEFAULT_REGION: us-east-1
          S3_ENDPOINT_URL: https://s3.us-east-1.amazonaws.com
        command: pytest tests/s3
''', S=S), S, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html")

add("docker-compose", "decoy-local-test-defaults", "docker-compose.test.yml", fill('''
    # Local test stack. These credentials are throwaway defaults for the
    # disposable containers below; nothing here is used outside `make test`.
    services:
      db:
        image: postgres:16-alpine
        environment:
          POSTGRES_USER: test
          POSTGRES_PASSWORD: test
          POSTGRES_DB: acme_test
        tmpfs: /var/lib/postgresql/data
      redis:
        image: redis:7-alpine
      tests:
        build: .
        depends_on: [db, redis]
        environment:
          DATABASE_URL: postgresql://test:test@db:5432/acme_test
          REDIS_URL: redis://redis:6379/0
        command: pytest -q
'''), None, "https://docs.docker.com/compose/compose-file/")

add("docker-compose", "decoy-env-interpolation", "compose.ci.yaml", fill('''
    services:
      api:
        image: ghcr.io/acme/acme-api:${IMAGE_TAG:-latest}
        environment:
          DATABASE_URL: ${DATABASE_URL:?set DATABASE_URL}
          STRIPE_API_KEY: ${STRIPE_API_KEY}
          SENTRY_DSN: ${SENTRY_DSN:-}
        secrets:
          - jwt_signing_key
    secrets:
      jwt_signing_key:
        file: ./secrets/jwt_signing_key.pem
'''), None, "https://docs.docker.com/compose/environment-variables/variable-interpolation/")

# ===================== HTTP cassettes =====================
VCR = "https://vcrpy.readthedocs.io/en/latest/advanced.html"
S = slack_bot()
add("vcrpy-cassette", "slack-bot-token", "tests/cassettes/test_post_message.yaml", fill('''
    interactions:
    - request:
        body: channel=C024BE91L&text=deploy+finished
        headers:
          Accept:
          - '*/*'
          Authorization:
          - Bearer <<S>>
          Content-Type:
          - application/x-www-form-urlencoded
        method: POST
        uri: https://slack.com/api/chat.postMessage
      response:
        body:
          string: '{"ok":true,"channel":"C024BE91L","ts":"1712661234.000200"}'
        headers:
          Content-Type:
          - application/json; charset=utf-8
        status:
          code: 200
          message: OK
    version: 1
''', S=S), S, VCR)

S = fakes.password(fseed())
U = "svc-reporting"
add("vcrpy-cassette", "basic-auth-password", "tests/fixtures/vcr_cassettes/jira_search.yaml", fill('''
    interactions:
    - request:
        body: null
        headers:
          Accept:
          - application/json
          Authorization:
          - Basic <<B>>
          User-Agent:
          - python-requests/2.31.0
        method: GET
        uri: https://jira.acme.io/rest/api/2/search?jql=project%3DOPS&maxResults=50
      response:
        body:
          string: '{"startAt":0,"maxResults":50,"total":0,"issues":[]}'
        headers:
          Content-Type:
          - application/json;charset=UTF-8
        status:
          code: 200
          message: OK
    version: 1
''', B=b64(f"{U}:{S}")), S, VCR)

S = fakes.github_fine_grained_token(fseed())
add("vcrpy-cassette", "github-fine-grained-token", "tests/cassettes/TestIssues.test_list_open.yaml", fill('''
    interactions:
    - request:
        body: null
        headers:
          Accept:
          - application/vnd.github+json
          Authorization:
          - token <<S>>
          X-GitHub-Api-Version:
          - '2022-11-28'
        method: GET
        uri: https://api.github.com/repos/acme/acme-cli/issues?state=open&per_page=100
      response:
        body:
          string: '[]'
        headers:
          X-RateLimit-Remaining:
          - '4999'
        status:
          code: 200
          message: OK
    version: 1
''', S=S), S, VCR)

add("vcrpy-cassette", "decoy-filtered-headers", "tests/cassettes/test_create_invoice.yaml", fill('''
    interactions:
    - request:
        body: amount=2000&currency=eur&customer=cus_PZk3pQd8vN2h1a
        headers:
          Authorization:
          - DUMMY
          Idempotency-Key:
          - <<U>>
          Stripe-Version:
          - '2023-10-16'
        method: POST
        uri: https://api.stripe.com/v1/invoiceitems
      response:
        body:
          string: '{"id":"ii_1OxYzA2eZvKYlo2C8f3kQw1b","object":"invoiceitem","amount":2000}'
        headers:
          Request-Id:
          - req_9Xk2LmNq4RtVbC
        status:
          code: 200
          message: OK
    version: 1
''', U=uuid4()), None, "https://vcrpy.readthedocs.io/en/latest/advanced.html#filter-sensitive-data-from-the-request")

add("vcrpy-cassette", "decoy-redacted-body", "tests/integration/cassettes/test_login.yaml", fill('''
    interactions:
    - request:
        body: '{"username": "qa-user", "password": "<REDACTED>"}'
        headers:
          Content-Type:
          - application/json
        method: POST
        uri: https://auth.acme.io/api/login
      response:
        body:
          string: '{"access_token": "<ACCESS_TOKEN>", "refresh_token": "<REFRESH_TOKEN>", "expires_in": 900}'
        headers:
          Set-Cookie:
          - session=**REDACTED**; Path=/; HttpOnly; Secure
        status:
          code: 200
          message: OK
    version: 1
'''), None, "https://vcrpy.readthedocs.io/en/latest/advanced.html#custom-request-filtering")

S = twilio_token(); SID = twilio_sid()
add("betamax-json", "twilio-auth-token", "tests/cassettes/test_send_sms.json", json.dumps({
    "http_interactions": [{
        "recorded_at": "2024-03-11T09:14:22",
        "request": {
            "body": {"encoding": "utf-8", "string": "To=%2B15005550006&From=%2B15005550001&Body=code+481516"},
            "headers": {"Authorization": ["Basic " + b64(f"{SID}:{S}")], "User-Agent": ["twilio-python/8.13.0"]},
            "method": "POST",
            "uri": f"https://api.twilio.com/2010-04-01/Accounts/{SID}/Messages.json"},
        "response": {
            "body": {"encoding": "utf-8", "string": "{\"sid\": \"SM" + rs(HEX, 32) + "\", \"status\": \"queued\"}"},
            "headers": {"Content-Type": ["application/json"]},
            "status": {"code": 201, "message": "CREATED"},
            "url": f"https://api.twilio.com/2010-04-01/Accounts/{SID}/Messages.json"}}],
    "recorded_with": "betamax/0.8.1"}, indent=2) + "\n", S, "https://betamax.readthedocs.io/en/latest/cassettes.html")

S = gitlab_pat()
add("betamax-json", "gitlab-token", "tests/integration/cassettes/test_list_pipelines.json", json.dumps({
    "http_interactions": [{
        "recorded_at": "2024-05-02T16:40:01",
        "request": {
            "body": {"encoding": "utf-8", "string": ""},
            "headers": {"PRIVATE-TOKEN": [S], "Accept": ["application/json"]},
            "method": "GET",
            "uri": "https://gitlab.acme.io/api/v4/projects/42/pipelines?per_page=20"},
        "response": {
            "body": {"encoding": "utf-8", "string": "[]"},
            "headers": {"Content-Type": ["application/json"], "X-Total": ["0"]},
            "status": {"code": 200, "message": "OK"},
            "url": "https://gitlab.acme.io/api/v4/projects/42/pipelines?per_page=20"}}],
    "recorded_with": "betamax/0.8.1"}, indent=2) + "\n", S, "https://betamax.readthedocs.io/en/latest/cassettes.html")

add("betamax-json", "decoy-placeholder", "tests/cassettes/test_get_user.json", json.dumps({
    "http_interactions": [{
        "recorded_at": "2024-01-20T11:02:44",
        "request": {
            "body": {"encoding": "utf-8", "string": ""},
            "headers": {"Authorization": ["token <AUTH_TOKEN>"], "Accept": ["application/vnd.github.v3+json"]},
            "method": "GET",
            "uri": "https://api.github.com/user"},
        "response": {
            "body": {"encoding": "utf-8", "string": "{\"login\": \"acme-bot\", \"id\": 81234567, \"node_id\": \"MDQ6VXNlcjgxMjM0NTY3\"}"},
            "headers": {"ETag": ["W/\"" + rs(HEX, 64) + "\""]},
            "status": {"code": 200, "message": "OK"},
            "url": "https://api.github.com/user"}}],
    "recorded_with": "betamax/0.8.1"}, indent=2) + "\n", None,
    "https://betamax.readthedocs.io/en/latest/configuring.html#filtering-sensitive-data")

S = mailgun_key()
add("responses-toml", "mailgun-key", "tests/responses/mailgun_send.toml", fill('''
    [[responses]]

    [responses.response]
    method = "POST"
    url = "https://api.eu.mailgun.net/v3/mg.acme.io/messages"
    body = "{\\"id\\": \\"<20240311.1@mg.acme.io>\\", \\"message\\": \\"Queued. Thank you.\\"}"
    status = 200
    content_type = "application/json"
    auto_calculate_content_length = false

    # recorded with responses._recorder; request auth was api:<<S>>
''', S=S), S, "https://github.com/getsentry/responses#record-responses-to-files")

add("responses-toml", "decoy-recorded-public", "tests/responses/pypi_json.toml", fill('''
    [[responses]]

    [responses.response]
    method = "GET"
    url = "https://pypi.org/pypi/requests/2.31.0/json"
    body = "{\\"info\\": {\\"name\\": \\"requests\\"}, \\"urls\\": [{\\"digests\\": {\\"sha256\\": \\"<<H>>\\"}}]}"
    status = 200
    content_type = "application/json"
    auto_calculate_content_length = false
''', H=sha256()), None, "https://github.com/getsentry/responses#record-responses-to-files")


# ===================== snapshots =====================
S = fakes.fake_pem(fseed(), "EC")
add("syrupy-snapshot", "ec-private-key", "tests/__snapshots__/test_keygen.ambr", fill('''
    # serializer version: 1
    # name: test_export_pem
      \'\'\'
    <<S>>
      \'\'\'
    # ---
    # name: test_export_public_jwk
      dict({
        'crv': 'P-256',
        'kty': 'EC',
        'use': 'sig',
      })
    # ---
''', S=S), S, "https://github.com/syrupy-project/syrupy")

add("syrupy-snapshot", "decoy-ids-and-hashes", "tests/__snapshots__/test_manifest.ambr", fill('''
    # serializer version: 1
    # name: test_manifest_render
      dict({
        'build_id': '<<U>>',
        'commit': '<<C>>',
        'files': list([
          dict({
            'path': 'acme/__init__.py',
            'sha256': '<<H>>',
          }),
        ]),
      })
    # ---
''', U=uuid4(), C=sha1(), H=sha256()), None, "https://github.com/syrupy-project/syrupy")

S = shopify_token()
add("snapshottest", "shopify-token", "tests/snapshots/snap_test_client.py", fill('''
    # -*- coding: utf-8 -*-
    # snapshottest: v1 - https://goo.gl/zC4yUc
    from __future__ import unicode_literals

    from snapshottest import Snapshot


    snapshots = Snapshot()

    snapshots['test_request_headers 1'] = {
        'Content-Type': 'application/json',
        'User-Agent': 'acme-shop/1.4.0',
        'X-Shopify-Access-Token': '<<S>>'
    }

    snapshots['test_request_url 1'] = 'https://acme-store.myshopify.com/admin/api/2024-01/orders.json'
''', S=S), S, "https://github.com/syrusakbary/snapshottest")

add("snapshottest", "decoy-masked", "tests/snapshots/snap_test_settings.py", fill('''
    # -*- coding: utf-8 -*-
    # snapshottest: v1 - https://goo.gl/zC4yUc
    from __future__ import unicode_literals

    from snapshottest import Snapshot


    snapshots = Snapshot()

    snapshots['test_settings_repr 1'] = "Settings(api_url='https://api.acme.io', api_key='********', timeout=30)"

    snapshots['test_settings_dict 1'] = {
        'api_key': '**********',
        'api_url': 'https://api.acme.io',
        'timeout': 30
    }
'''), None, "https://github.com/syrusakbary/snapshottest")

# ===================== migrations =====================
S = word_pw()
add("alembic-migration", "db-role-password", "migrations/versions/3f2a9c1d7e44_add_reporting_role.py", fill('''
    """add reporting role

    Revision ID: 3f2a9c1d7e44
    Revises: 8b1e0d6a2f13
    Create Date: 2024-02-14 10:22:31.118204

    """
    from alembic import op

    revision = "3f2a9c1d7e44"
    down_revision = "8b1e0d6a2f13"
    branch_labels = None
    depends_on = None


    def upgrade() -> None:
        op.execute("CREATE ROLE reporting LOGIN PASSWORD '<<S>>'")
        op.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting")


    def downgrade() -> None:
        op.execute("REVOKE SELECT ON ALL TABLES IN SCHEMA public FROM reporting")
        op.execute("DROP ROLE reporting")
''', S=S), S, "https://alembic.sqlalchemy.org/en/latest/tutorial.html")

add("alembic-migration", "decoy-revision-ids", "migrations/versions/8b1e0d6a2f13_create_api_keys.py", fill('''
    """create api_keys table

    Revision ID: 8b1e0d6a2f13
    Revises: c07d2e91ab55
    Create Date: 2024-01-30 08:05:12.004551

    """
    import sqlalchemy as sa
    from alembic import op

    revision = "8b1e0d6a2f13"
    down_revision = "c07d2e91ab55"


    def upgrade() -> None:
        op.create_table(
            "api_keys",
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("prefix", sa.String(8), nullable=False),
            sa.Column("key_hash", sa.String(64), nullable=False, unique=True),
            sa.Column("created_at", sa.DateTime, server_default=sa.func.now()),
        )


    def downgrade() -> None:
        op.drop_table("api_keys")
'''), None, "https://alembic.sqlalchemy.org/en/latest/ops.html")

S = stripe_restricted()
add("django-migration", "stripe-restricted-key", "src/acme_shop/payments/migrations/0007_seed_gateway.py", fill('''
    from django.db import migrations


    def seed_gateway(apps, schema_editor):
        Gateway = apps.get_model("payments", "Gateway")
        Gateway.objects.update_or_create(
            name="stripe",
            defaults={
                "enabled": True,
                "api_key": "<<S>>",
                "webhook_path": "/hooks/stripe/",
            },
        )


    class Migration(migrations.Migration):
        dependencies = [("payments", "0006_gateway")]
        operations = [migrations.RunPython(seed_gateway, migrations.RunPython.noop)]
''', S=S), S, "https://docs.djangoproject.com/en/5.0/topics/migrations/#data-migrations")

add("django-migration", "decoy-hashed-password", "src/acme_shop/accounts/migrations/0003_create_admin.py", fill('''
    from django.db import migrations


    def create_admin(apps, schema_editor):
        User = apps.get_model("auth", "User")
        User.objects.create(
            username="admin",
            email="admin@acme.io",
            is_staff=True,
            is_superuser=True,
            password="pbkdf2_sha256$720000$<<SALT>>$<<HASH>>",
        )


    class Migration(migrations.Migration):
        dependencies = [("accounts", "0002_profile"), ("auth", "0012_alter_user_first_name_max_length")]
        operations = [migrations.RunPython(create_admin, migrations.RunPython.noop)]
''', SALT=rs(ALNUM, 22), HASH=b64(rs(ALNUM, 32))[:43] + "="), None, "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/")

# ===================== seed data =====================
S = strong_pw()
add("sql-dump", "mysql-grant-password", "db/seed/001_users.sql", fill('''
    -- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
    -- Host: db-staging.acme-internal.net    Database: acme
    SET NAMES utf8mb4;
    SET FOREIGN_KEY_CHECKS = 0;

    CREATE USER IF NOT EXISTS 'acme_app'@'%' IDENTIFIED BY '<<S>>';
    GRANT SELECT, INSERT, UPDATE, DELETE ON acme.* TO 'acme_app'@'%';
    FLUSH PRIVILEGES;

    DROP TABLE IF EXISTS `users`;
    CREATE TABLE `users` (
      `id` int NOT NULL AUTO_INCREMENT,
      `email` varchar(255) NOT NULL,
      PRIMARY KEY (`id`)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

    INSERT INTO `users` VALUES (1,'ops@acme.io'),(2,'qa@acme.io');
    SET FOREIGN_KEY_CHECKS = 1;
''', S=S), S, "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html")

S = sendgrid()
add("sql-dump", "integration-api-key", "tests/data/staging_settings.sql", fill('''
    --
    -- PostgreSQL database dump
    --
    SET statement_timeout = 0;
    SET client_encoding = 'UTF8';

    COPY public.integration_settings (id, provider, key, value, updated_at) FROM stdin;
    1	sendgrid	from_address	noreply@acme.io	2024-03-01 10:00:00+00
    2	sendgrid	api_key	<<S>>	2024-03-01 10:00:00+00
    3	sendgrid	sandbox	false	2024-03-01 10:00:00+00
    \\.

    SELECT pg_catalog.setval('public.integration_settings_id_seq', 3, true);
''', S=S), S, "https://www.postgresql.org/docs/current/app-pgdump.html")

add("sql-dump", "decoy-bcrypt-hashes", "db/seed/002_demo_accounts.sql", fill('''
    -- Demo accounts for local development (password hashes only).
    BEGIN;
    INSERT INTO accounts (id, email, password_hash, api_key_prefix, created_at) VALUES
      ('<<U1>>', 'demo@example.com', '$2b$12$<<H1>>', 'ak_demo', now()),
      ('<<U2>>', 'viewer@example.com', '$2b$12$<<H2>>', 'ak_view', now());
    INSERT INTO plans (id, name, stripe_price_id) VALUES
      (1, 'starter', 'price_1OqA8b2eZvKYlo2CkQ1pX0aZ'),
      (2, 'team', 'price_1OqA9c2eZvKYlo2Cd7Nn3LsE');
    COMMIT;
''', U1=uuid4(), U2=uuid4(), H1=rs(ALNUM + "./", 53), H2=rs(ALNUM + "./", 53)), None,
    "https://www.postgresql.org/docs/current/sql-insert.html")

S = fakes.password(fseed())
add("django-fixture-json", "smtp-password", "src/acme_portal/fixtures/site_settings.json", json.dumps([
    {"model": "sites.site", "pk": 1, "fields": {"domain": "portal.acme.io", "name": "Acme Portal"}},
    {"model": "core.emailconfig", "pk": 1, "fields": {
        "host": "smtp.eu.mailgun.org", "port": 587, "use_tls": True,
        "username": "postmaster@mg.acme.io", "password": S, "default_from": "Acme <noreply@acme.io>"}},
], indent=2) + "\n", S, "https://docs.djangoproject.com/en/5.0/topics/db/fixtures/")

add("django-fixture-json", "decoy-password-hashes", "tests/fixtures/users.json", json.dumps([
    {"model": "auth.user", "pk": 1, "fields": {
        "username": "alice", "email": "alice@example.com", "is_staff": True,
        "password": "pbkdf2_sha256$600000$" + rs(ALNUM, 22) + "$" + b64(rs(ALNUM, 32))[:43] + "="}},
    {"model": "auth.user", "pk": 2, "fields": {
        "username": "bob", "email": "bob@example.com", "is_staff": False,
        "password": "!" + rs(ALNUM, 40)}},
    {"model": "authtoken.token", "pk": "test-token-alice-0000000000000000000000", "fields": {"user": 1}},
], indent=2) + "\n", None, "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/")

S = twilio_token(); SID = twilio_sid()
add("fixture-yaml", "twilio-auth-token", "tests/fixtures/tenants.yaml", fill('''
    - model: tenants.tenant
      pk: 1
      fields:
        slug: acme-eu
        sms_provider: twilio
        twilio_account_sid: <<SID>>
        twilio_auth_token: <<S>>
        twilio_from: "+442071838750"
    - model: tenants.tenant
      pk: 2
      fields:
        slug: acme-demo
        sms_provider: console
''', S=S, SID=SID), S, "https://docs.djangoproject.com/en/5.0/howto/initial-data/")

add("fixture-yaml", "decoy-factory-dummies", "tests/factories/seed_data.yml", fill('''
    # factory_boy seeds for unit tests -- every credential here is a dummy
    users:
      - email: user1@example.com
        password: "password123"   # dummy, never used outside tests
        api_token: "test_token_user1"
      - email: user2@example.com
        password: "password123"
        api_token: "test_token_user2"
    webhooks:
      - url: https://example.com/hook
        signing_secret: "whsec_test_dummy"
'''), None, "https://factoryboy.readthedocs.io/en/stable/")

S = algolia_admin()
add("seed-csv", "algolia-admin-key", "scripts/seed/search_indices.csv", fill('''
    index_name,app_id,api_key,replicas,environment
    products_staging,7QK2MZ9WLB,<<S>>,2,staging
    articles_staging,7QK2MZ9WLB,<<S>>,0,staging
    # keys rotated 2024-03 after the agency handover
    # TODO: move to vault
    products_prod,7QK2MZ9WLB,see-vault,3,production
''', S=S), S, "https://www.algolia.com/doc/guides/security/api-keys/")

add("seed-csv", "decoy-ids", "tests/data/orders.csv", fill('''
    order_id,customer_id,payment_intent,amount,currency,checksum
    <<U1>>,cus_PZk3pQd8vN2h1a,pi_3OxZ2a2eZvKYlo2C1nHqJp4W,1999,EUR,<<H1>>
    <<U2>>,cus_PZk4Rt7bQm0c2X,pi_3OxZ3b2eZvKYlo2C0bVnLk8T,4500,EUR,<<H2>>
    <<U3>>,cus_PZk5Ww1aSx9d3Y,pi_3OxZ4c2eZvKYlo2C1cMmTj7R,250,GBP,<<H3>>
    <<U4>>,cus_PZk6Yz2bTy8e4Z,pi_3OxZ5d2eZvKYlo2C0dNnUk6Q,12000,USD,<<H4>>
''', U1=uuid4(), U2=uuid4(), U3=uuid4(), U4=uuid4(), H1=sha256(), H2=sha256(), H3=sha256(), H4=sha256()),
    None, "https://docs.python.org/3/library/csv.html")


# ===================== Makefiles / shell =====================
S = fakes.pypi_token(fseed())
add("makefile", "pypi-token", "Makefile", fill('''
    .PHONY: install test lint dist publish clean

    PYTHON ?= python3

    install:
    \t$(PYTHON) -m pip install -e .[dev]

    test:
    \tpytest -q

    lint:
    \truff check src tests

    dist: clean
    \t$(PYTHON) -m build

    publish: dist
    \t$(PYTHON) -m twine upload -u __token__ -p <<S>> dist/*

    clean:
    \trm -rf build dist *.egg-info
''', S=S), S, "https://www.gnu.org/software/make/manual/make.html")

S = vault_token()
add("makefile", "vault-token", "ops/test.mk", fill('''
    VAULT_ADDR := https://vault.acme-internal.net:8200
    VAULT_TOKEN := <<S>>
    export VAULT_ADDR VAULT_TOKEN

    .PHONY: test-secrets fetch-test-config

    fetch-test-config:
    \tvault kv get -format=json secret/ci/acme-api > .ci-config.json

    test-secrets: fetch-test-config
    \tpytest tests/secrets -q
''', S=S), S, "https://developer.hashicorp.com/vault/docs/commands#environment-variables")

add("makefile", "decoy-variable-refs", "docs/Makefile", fill('''
    SPHINXOPTS    ?= -W --keep-going
    SPHINXBUILD   ?= sphinx-build
    SOURCEDIR     = .
    BUILDDIR      = _build
    RTD_TOKEN     ?= $(shell cat ~/.config/rtd/token 2>/dev/null)

    help:
    \t@$(SPHINXBUILD) -M help "$(SOURCEDIR)" "$(BUILDDIR)" $(SPHINXOPTS)

    trigger-rtd:
    \tcurl -X POST -H "Authorization: Token $(RTD_TOKEN)" https://readthedocs.org/api/v3/projects/acme/versions/latest/builds/

    .PHONY: help trigger-rtd Makefile

    %: Makefile
    \t@$(SPHINXBUILD) -M $@ "$(SOURCEDIR)" "$(BUILDDIR)" $(SPHINXOPTS)
'''), None, "https://www.sphinx-doc.org/en/master/usage/quickstart.html")

S = fakes.redis_password(fseed())
add("shell-script", "redis-url-password", "scripts/run_integration.sh", fill('''
    #!/usr/bin/env bash
    set -euo pipefail

    cd "$(dirname "$0")/.."

    export ACME_ENV=integration
    export REDIS_URL="rediss://default:<<S>>@redis-int.acme-internal.net:6380/2"
    export CELERY_BROKER_URL="$REDIS_URL"

    python -m pip install -e ".[test]" >/dev/null
    pytest tests/integration -m "redis or celery" "$@"
''', S=S), S, "https://redis.io/docs/latest/develop/connect/clients/python/")

S = circleci_pat()
add("shell-script", "circleci-token", "ci/trigger_pipeline.sh", fill('''
    #!/bin/sh
    # Trigger the docs pipeline after a release tag.
    set -e
    BRANCH="${1:-main}"
    curl --fail -X POST \\
      -H "Circle-Token: <<S>>" \\
      -H "Content-Type: application/json" \\
      -d "{\\"branch\\": \\"${BRANCH}\\", \\"parameters\\": {\\"run_docs\\": true}}" \\
      https://circleci.com/api/v2/project/gh/acme/acme-docs/pipeline
    echo "triggered docs pipeline for ${BRANCH}"
''', S=S), S, "https://circleci.com/docs/api/v2/index.html#operation/triggerPipeline")

S = anthropic_key()
add("shell-script", "anthropic-key-split", "scripts/eval_prompts.sh", fill('''
    #!/usr/bin/env bash
    # Nightly prompt regression run (see benchmarks/prompts/README).
    set -euo pipefail

    export ANTHROPIC_API_KEY="<<A>>"\\
    "<<B>>"
    OUT="results/$(date +%F)"
    mkdir -p "$OUT"
    python benchmarks/prompts/run.py --model claude-3-haiku-20240307 --out "$OUT"
    python benchmarks/prompts/compare.py "$OUT" results/baseline
''', A=S[:50], B=S[50:]), S, "https://docs.anthropic.com/en/api/getting-started")

add("shell-script", "decoy-secret-file", "scripts/publish.sh", fill('''
    #!/usr/bin/env bash
    set -euo pipefail
    : "${PYPI_TOKEN_FILE:=$HOME/.config/acme/pypi-token}"

    if [[ ! -r "$PYPI_TOKEN_FILE" ]]; then
      echo "missing $PYPI_TOKEN_FILE (ask #release for access)" >&2
      exit 1
    fi
    python -m build
    TWINE_USERNAME=__token__ TWINE_PASSWORD="$(cat "$PYPI_TOKEN_FILE")" \\
      python -m twine upload dist/*
    sha256sum dist/* > dist/SHA256SUMS
'''), None, "https://twine.readthedocs.io/en/stable/#environment-variables")

S = postman_key()
add("powershell", "postman-api-key", "ci/windows/run-api-tests.ps1", fill('''
    param([string]$Environment = "staging")
    $ErrorActionPreference = "Stop"

    $env:POSTMAN_API_KEY = "<<S>>"
    $collection = "https://api.getpostman.com/collections/12345678-2f5e6c1a-9b7d-4e3f-8a21-c0d9e8f7a6b5?apikey=$($env:POSTMAN_API_KEY)"

    python -m pip install -e ".[test]"
    newman run $collection --environment "tests/postman/$Environment.postman_environment.json" --reporters cli,junit
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
''', S=S), S, "https://learning.postman.com/docs/developer/postman-api/authentication/")

add("batch-file", "decoy-env-refs", "ci/windows/test.bat", fill('''
    @echo off
    setlocal
    if "%ACME_API_TOKEN%"=="" (
        echo ACME_API_TOKEN is not set & exit /b 1
    )
    python -m pip install -e .[test] || exit /b 1
    set PYTEST_ADDOPTS=-q --junitxml=reports\\junit.xml
    pytest tests || exit /b 1
    endlocal
'''), None, "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/set_1")

# ===================== logs and tracebacks =====================
S = strong_pw()
add("debug-log", "dsn-in-log", "logs/pytest-debug.log", fill('''
    2024-04-09 11:02:13,417 INFO  acme.db: connecting (pool_size=5)
    2024-04-09 11:02:13,418 DEBUG sqlalchemy.engine.Engine: create_engine('postgresql+psycopg://acme_ci:<<S>>@pg-ci.acme-internal.net:5432/acme_test')
    2024-04-09 11:02:13,702 INFO  sqlalchemy.engine.Engine: select pg_catalog.version()
    2024-04-09 11:02:13,704 INFO  sqlalchemy.engine.Engine: [raw sql] {}
    2024-04-09 11:02:13,811 DEBUG acme.db: pool checked out connection <connection object at 0x7f3a1c2b9e40>
    2024-04-09 11:02:14,020 WARNING acme.cache: redis unavailable, falling back to local cache
    2024-04-09 11:02:14,551 INFO  tests.conftest: 214 tests collected
''', S=S), S, "https://docs.sqlalchemy.org/en/20/core/engines.html#configuring-logging")

S = fakes.github_token(fseed())
add("debug-log", "http-debug-header", "tests/output/http_debug.log", fill('''
    DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): api.github.com:443
    send: b'GET /repos/acme/acme-cli/releases/latest HTTP/1.1\\r\\nHost: api.github.com\\r\\nUser-Agent: python-requests/2.31.0\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: application/vnd.github+json\\r\\nConnection: keep-alive\\r\\nAuthorization: Bearer <<S>>\\r\\n\\r\\n'
    reply: 'HTTP/1.1 200 OK\\r\\n'
    header: Server: GitHub.com
    header: Content-Type: application/json; charset=utf-8
    header: X-RateLimit-Limit: 5000
    header: X-RateLimit-Remaining: 4987
    DEBUG:urllib3.connectionpool:https://api.github.com:443 "GET /repos/acme/acme-cli/releases/latest HTTP/1.1" 200 None
''', S=S), S, "https://docs.python.org/3/library/http.client.html#http.client.HTTPConnection.set_debuglevel")

add("debug-log", "decoy-request-ids", "logs/ci-run-4821.log", fill('''
    2024-05-01T08:14:02.113Z [info] run_id=4821 sha=<<C>> ref=refs/heads/main
    2024-05-01T08:14:02.901Z [info] cache hit key=pip-Linux-<<H>>
    2024-05-01T08:14:41.337Z [info] request_id=<<U1>> status=200 path=/api/v1/health
    2024-05-01T08:14:41.502Z [info] request_id=<<U2>> status=401 path=/api/v1/me reason="missing bearer token"
    2024-05-01T08:15:10.004Z [info] uploaded artifact coverage.xml digest=sha256:<<H2>>
    2024-05-01T08:15:10.006Z [info] token=*** (masked)
''', C=sha1(), H=sha256(), U1=uuid4(), U2=uuid4(), H2=sha256()), None, "https://docs.github.com/en/actions/monitoring-and-troubleshooting-workflows/using-workflow-run-logs")

S = fakes.aws_secret_key(fseed()); K = fakes.aws_key_id(fseed())
add("traceback-txt", "aws-secret-in-locals", "tests/failures/s3_upload_traceback.txt", fill('''
    ____________________________ test_upload_artifact _____________________________

    tmp_path = PosixPath('/tmp/pytest-of-ci/pytest-12/test_upload_artifact0')

        def test_upload_artifact(tmp_path):
            client = boto3.client("s3", aws_access_key_id="<<K>>",
                                  aws_secret_access_key="<<S>>")
    >       client.upload_file(str(tmp_path / "a.txt"), "acme-ci-artifacts", "a.txt")

    tests/test_artifacts.py:18:
    _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _
    E   FileNotFoundError: [Errno 2] No such file or directory: '/tmp/pytest-of-ci/pytest-12/test_upload_artifact0/a.txt'

    ========================= short test summary info ==========================
    FAILED tests/test_artifacts.py::test_upload_artifact - FileNotFoundError
''', S=S, K=K), S, "https://docs.pytest.org/en/stable/how-to/output.html")

S = fakes.django_secret_key(fseed())
add("traceback-txt", "django-debug-page-settings", "docs/troubleshooting/error-500-dump.txt", fill('''
    Environment:

    Request Method: GET
    Request URL: https://portal-staging.acme.io/accounts/profile/

    Django Version: 4.2.11
    Python Version: 3.11.8

    Traceback (most recent call last):
      File "/app/.venv/lib/python3.11/site-packages/django/core/handlers/exception.py", line 55, in inner
        response = get_response(request)
      File "/app/acme_portal/accounts/views.py", line 41, in profile
        return render(request, "accounts/profile.html", {"user": request.user.profile})
    Exception Type: RelatedObjectDoesNotExist at /accounts/profile/
    Exception Value: User has no profile.

    Settings:
    ALLOWED_HOSTS = ['portal-staging.acme.io']
    DEBUG = True
    SECRET_KEY = '<<S>>'
    TIME_ZONE = 'Europe/Berlin'
''', S=S), S, "https://docs.djangoproject.com/en/5.0/howto/error-reporting/")

add("traceback-txt", "decoy-masked-settings", "tests/failures/settings_error.txt", fill('''
    Traceback (most recent call last):
      File "/home/runner/work/acme/acme/src/acme/config.py", line 88, in load
        return Settings(**values)
      File "pydantic/main.py", line 341, in pydantic.main.BaseModel.__init__
    pydantic.error_wrappers.ValidationError: 1 validation error for Settings
    api_key
      field required (type=value_error.missing)

    Locals at failure:
      values = {'api_url': 'https://api.acme.io', 'api_key': SecretStr('**********'), 'timeout': 30}
      env_file = '.env.test'
'''), None, "https://docs.pydantic.dev/latest/api/types/#pydantic.types.SecretStr")


# ===================== notebooks =====================
def notebook(cells: list) -> str:
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.8"}},
          "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1) + "\n"


def code(src: List[str], outputs: list, n: int) -> dict:
    return {"cell_type": "code", "execution_count": n, "id": rs(HEX, 8), "metadata": {}, "outputs": outputs, "source": src}


def stream(text: List[str]) -> dict:
    return {"name": "stdout", "output_type": "stream", "text": text}


S = fakes.openai_key(fseed())
add("ipynb", "openai-key-in-output", "docs/examples/quickstart.ipynb", notebook([
    {"cell_type": "markdown", "id": rs(HEX, 8), "metadata": {}, "source": ["# Quickstart\n", "Set `OPENAI_API_KEY` before running."]},
    code(["import os\n", "from acme_llm import Client\n", "client = Client.from_env()\n", "print(client.config)"],
         [stream([f"Config(model='gpt-4o-mini', api_key='{S}', timeout=30)\n"])], 1),
    code(["client.complete('Say hi')"],
         [{"data": {"text/plain": ["'Hi!'"]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}], 2),
]), S, "https://nbformat.readthedocs.io/en/latest/format_description.html")

S = datadog_key()
add("ipynb", "datadog-key-in-source", "benchmarks/notebooks/latency_analysis.ipynb", notebook([
    code(["from datadog_api_client import ApiClient, Configuration\n",
          "cfg = Configuration(host='https://api.datadoghq.eu')\n",
          f"cfg.api_key['apiKeyAuth'] = '{S}'\n",
          "cfg.api_key['appKeyAuth'] = os.environ['DD_APP_KEY']"], [], 1),
    code(["df = fetch_p95(cfg, 'acme.api.request', days=7)\n", "df.describe()"],
         [stream(["count    168.000000\n", "mean      41.220000\n"])], 2),
]), S, "https://docs.datadoghq.com/api/latest/?code-lang=python")

S = fakes.password(fseed())
add("ipynb", "netrc-in-shell-output", "notebooks/debug_auth.ipynb", notebook([
    code(["!ls -la ~ | grep netrc\n", "!cat ~/.netrc"],
         [stream(["-rw------- 1 jovyan users 72 Apr  3 09:12 .netrc\n",
                  "machine artifacts.acme-internal.net\n",
                  "login ci-reader\n",
                  f"password {S}\n"])], 3),
    code(["import requests\n", "requests.get('https://artifacts.acme-internal.net/api/ping').status_code"],
         [{"data": {"text/plain": ["200"]}, "execution_count": 4, "metadata": {}, "output_type": "execute_result"}], 4),
]), S, "https://everything.curl.dev/usingcurl/netrc.html")

add("ipynb", "decoy-image-and-getpass", "docs/examples/plotting.ipynb", notebook([
    code(["import getpass\n", "token = getpass.getpass('API token: ')"], [], 1),
    code(["import matplotlib.pyplot as plt\n", "plt.plot([1, 2, 3])"],
         [{"data": {"image/png": cipher_b64(600), "text/plain": ["<Figure size 640x480 with 1 Axes>"]},
           "metadata": {}, "output_type": "display_data"}], 2),
]), None, "https://nbformat.readthedocs.io/en/latest/format_description.html")

# ===================== sphinx / docs =====================
S = fakes.github_token(fseed())
add("sphinx-conf", "github-token", "docs/conf.py", fill('''
    # Configuration file for the Sphinx documentation builder.
    import os
    import sys

    sys.path.insert(0, os.path.abspath("../src"))

    project = "acme-cli"
    author = "Acme Engineering"
    release = "2.4.0"

    extensions = [
        "sphinx.ext.autodoc",
        "sphinx.ext.napoleon",
        "sphinx_github_changelog",
    ]

    # sphinx-github-changelog needs a token for the GraphQL API
    sphinx_github_changelog_token = "<<S>>"

    html_theme = "furo"
    html_static_path = ["_static"]
''', S=S), S, "https://sphinx-github-changelog.readthedocs.io/en/latest/")

add("sphinx-conf", "decoy-env-and-intersphinx", "doc/source/conf.py", fill('''
    import os

    project = "acme-geo"
    copyright = "2024, Acme"
    extensions = ["sphinx.ext.intersphinx", "sphinx.ext.autodoc", "sphinx_github_changelog"]

    intersphinx_mapping = {
        "python": ("https://docs.python.org/3", None),
        "shapely": ("https://shapely.readthedocs.io/en/stable/", None),
    }

    sphinx_github_changelog_token = os.environ.get("SPHINX_GITHUB_CHANGELOG_TOKEN")
    html_theme = "pydata_sphinx_theme"
    html_theme_options = {"github_url": "https://github.com/acme/acme-geo"}
'''), None, "https://www.sphinx-doc.org/en/master/usage/configuration.html")

S = passphrase()
add("rst-docs", "admin-password", "docs/howto/staging.rst", fill('''
    Using the staging environment
    =============================

    The staging API runs at ``https://staging.acme.io``. Log in to the admin with the
    shared QA account:

    .. code-block:: console

       $ acme login --url https://staging.acme.io --user qa-admin --password '<<S>>'
       Logged in as qa-admin (role: admin)

    Resetting data
    --------------

    Run ``acme staging reset --confirm`` after a test campaign.
''', S=S), S, "https://www.sphinx-doc.org/en/master/usage/restructuredtext/directives.html#directive-code-block")

add("rst-docs", "decoy-format-doc", "docs/reference/authentication.rst", fill('''
    Authentication
    ==============

    Every request carries an API key in the ``Authorization`` header:

    .. code-block:: http

       GET /v1/projects HTTP/1.1
       Host: api.acme.io
       Authorization: Bearer sk_live_...

    Keys start with ``sk_live_`` (production) or ``sk_test_`` (sandbox). Replace
    ``<your-api-key>`` in the examples below with a key from the dashboard:

    .. code-block:: python

       client = acme.Client(api_key="<your-api-key>")
'''), None, "https://www.sphinx-doc.org/en/master/usage/restructuredtext/basics.html")

S = sentry_user_token()
add("markdown-docs", "sentry-auth-token", "CONTRIBUTING.md", fill('''
    # Contributing

    ## Running the tests

    ```bash
    pip install -e ".[test]"
    pytest
    ```

    ## Uploading source maps for the web UI

    The release job does this, but if you need to do it by hand:

    ```bash
    export SENTRY_AUTH_TOKEN=<<S>>
    sentry-cli releases files "acme-web@$(git describe)" upload-sourcemaps web/dist
    ```

    ## Code style

    We use ruff and mypy; `pre-commit install` sets both up.
''', S=S), S, "https://docs.sentry.io/cli/configuration/")

add("markdown-docs", "decoy-placeholders", "docs/examples/README.md", fill('''
    # Examples

    Each example reads its credentials from the environment:

    | Variable            | Example value              |
    |---------------------|----------------------------|
    | `ACME_API_KEY`      | `ak_live_xxxxxxxxxxxxxxxx` |
    | `ACME_WEBHOOK_SECRET` | `whsec_XXXXXXXXXXXX`     |
    | `DATABASE_URL`      | `postgresql://user:password@localhost/acme` |

    ```bash
    export ACME_API_KEY="<your-key-here>"
    python examples/list_projects.py
    ```
'''), None, "https://docs.github.com/en/get-started/writing-on-github")

S = linear_key()
add("markdown-docs", "linear-key-in-changelog", "CHANGELOG.md", fill('''
    # Changelog

    ## 1.6.0 (2024-04-02)

    - Add `acme issues sync` to mirror GitHub issues into Linear.
      Example: `LINEAR_API_KEY=<<S>> acme issues sync --team ENG`
    - Drop Python 3.8.

    ## 1.5.2 (2024-03-11)

    - Fix pagination of `acme issues list` (#412).
''', S=S), S, "https://keepachangelog.com/en/1.1.0/")

# ===================== benchmarks =====================
S = strong_pw()
add("benchmark-py", "mongodb-uri-password", "benchmarks/bench_queries.py", fill('''
    """Benchmarks for the query layer; run with `python -m pytest benchmarks --benchmark-only`."""
    import pytest
    from pymongo import MongoClient

    MONGO_URI = "mongodb+srv://bench:<<S>>@bench-cluster.x1y2z.mongodb.net/acme?retryWrites=true"


    @pytest.fixture(scope="module")
    def coll():
        return MongoClient(MONGO_URI)["acme"]["events"]


    def test_find_by_user(benchmark, coll):
        benchmark(lambda: list(coll.find({"user_id": 42}).limit(100)))


    def test_aggregate_daily(benchmark, coll):
        pipeline = [{"$group": {"_id": "$day", "n": {"$sum": 1}}}]
        benchmark(lambda: list(coll.aggregate(pipeline)))
''', S=S), S, "https://pytest-benchmark.readthedocs.io/en/latest/usage.html")

S = newrelic_key()
add("benchmark-py", "newrelic-key", "benchmarks/report_to_newrelic.py", fill('''
    import json
    import sys

    import requests

    NR_API_KEY = "<<S>>"
    ENDPOINT = "https://metric-api.eu.newrelic.com/metric/v1"


    def main(path: str) -> None:
        with open(path) as fh:
            results = json.load(fh)["benchmarks"]
        metrics = [{"name": f"bench.{b['name']}", "type": "gauge", "value": b["stats"]["mean"]} for b in results]
        resp = requests.post(ENDPOINT, json=[{"metrics": metrics}], headers={"Api-Key": NR_API_KEY})
        resp.raise_for_status()


    if __name__ == "__main__":
        main(sys.argv[1])
''', S=S), S, "https://docs.newrelic.com/docs/data-apis/ingest-apis/metric-api/report-metrics-metric-api/")

add("benchmark-py", "decoy-random-data", "benchmarks/bench_hashing.py", fill('''
    import hashlib
    import hmac

    KEY = b"benchmark-key-not-a-secret"
    PAYLOAD = bytes.fromhex("<<H>>") * 1024
    EXPECTED = "<<E>>"


    def test_sha256(benchmark):
        benchmark(hashlib.sha256, PAYLOAD)


    def test_hmac(benchmark):
        benchmark(hmac.new, KEY, PAYLOAD, hashlib.sha256)
''', H=sha256(), E=sha256()), None, "https://pytest-benchmark.readthedocs.io/en/latest/")

S = word_pw()
add("locustfile", "login-password", "loadtests/locustfile.py", fill('''
    from locust import HttpUser, between, task


    class PortalUser(HttpUser):
        host = "https://staging.acme.io"
        wait_time = between(1, 3)

        def on_start(self):
            self.client.post("/api/login", json={"username": "loadtest-admin", "password": "<<S>>"})

        @task(3)
        def dashboard(self):
            self.client.get("/api/dashboard")

        @task
        def reports(self):
            self.client.get("/api/reports?limit=20")
''', S=S), S, "https://docs.locust.io/en/stable/writing-a-locustfile.html")


# ===================== IDE settings =====================
def launch(configs: list) -> str:
    return "{\n" + '    // Use IntelliSense to learn about possible attributes.\n' + \
        '    "version": "0.2.0",\n    "configurations": ' + \
        json.dumps(configs, indent=4).replace("\n", "\n    ") + "\n}\n"


S = fakes.aws_secret_key(fseed()); K = fakes.aws_key_id(fseed())
add("vscode-launch-json", "aws-secret-key", ".vscode/launch.json", launch([
    {"name": "Python: pytest current file", "type": "debugpy", "request": "launch", "module": "pytest",
     "args": ["${file}", "-x"], "console": "integratedTerminal", "justMyCode": False},
    {"name": "Worker (staging S3)", "type": "debugpy", "request": "launch", "module": "acme_worker",
     "env": {"AWS_ACCESS_KEY_ID": K, "AWS_SECRET_ACCESS_KEY": S, "AWS_REGION": "eu-central-1"}},
]), S, "https://code.visualstudio.com/docs/python/debugging")

S = stripe_live()
add("vscode-launch-json", "stripe-key", "examples/webhooks/.vscode/launch.json", launch([
    {"name": "Flask webhook receiver", "type": "debugpy", "request": "launch", "module": "flask",
     "args": ["run", "--port", "4242"],
     "env": {"FLASK_APP": "server.py", "STRIPE_SECRET_KEY": S, "FLASK_DEBUG": "1"}},
]), S, "https://code.visualstudio.com/docs/python/debugging#_set-configuration-options")

add("vscode-launch-json", "decoy-envfile-and-inputs", "services/api/.vscode/launch.json", launch([
    {"name": "API (uvicorn)", "type": "debugpy", "request": "launch", "module": "uvicorn",
     "args": ["acme_api.main:app", "--reload"], "envFile": "${workspaceFolder}/.env.local",
     "env": {"ACME_API_TOKEN": "${input:apiToken}", "DATABASE_URL": "${env:DATABASE_URL}"}},
]).replace('\n}\n', ',\n    "inputs": [{"id": "apiToken", "type": "promptString", "password": true, "description": "API token"}]\n}\n'),
    None, "https://code.visualstudio.com/docs/editor/variables-reference")

S = fakes.password(fseed())
add("vscode-settings-json", "sqltools-password", ".vscode/settings.json", fill('''
    {
        "python.testing.pytestEnabled": true,
        "python.testing.pytestArgs": ["tests"],
        "editor.formatOnSave": true,
        "[python]": {"editor.defaultFormatter": "charliermarsh.ruff"},
        "sqltools.connections": [
            {
                "name": "staging-ro",
                "driver": "PostgreSQL",
                "server": "pg-staging.acme-internal.net",
                "port": 5432,
                "database": "acme",
                "username": "readonly",
                "password": "<<S>>"
            }
        ]
    }
''', S=S), S, "https://vscode-sqltools.mteixeira.dev/en/settings")

add("vscode-settings-json", "decoy-plain-settings", "libs/acme-core/.vscode/settings.json", fill('''
    {
        "python.defaultInterpreterPath": "${workspaceFolder}/.venv/bin/python",
        "python.testing.pytestEnabled": true,
        "files.exclude": {"**/__pycache__": true, "**/.pytest_cache": true},
        "cSpell.words": ["acme", "pytest", "pydantic"],
        "python.envFile": "${workspaceFolder}/.env.test",
        "terminal.integrated.env.linux": {"ACME_API_TOKEN": "${env:ACME_API_TOKEN}"}
    }
'''), None, "https://code.visualstudio.com/docs/python/settings-reference")

S = fakes.redis_password(fseed())
add("idea-run-config", "redis-password", ".idea/runConfigurations/Celery_worker.xml", fill('''
    <component name="ProjectRunConfigurationManager">
      <configuration default="false" name="Celery worker" type="PythonConfigurationType" factoryName="Python">
        <module name="acme" />
        <option name="INTERPRETER_OPTIONS" value="" />
        <option name="PARENT_ENVS" value="true" />
        <envs>
          <env name="PYTHONUNBUFFERED" value="1" />
          <env name="CELERY_BROKER_URL" value="redis://:<<S>>@redis-dev.acme-internal.net:6379/0" />
        </envs>
        <option name="WORKING_DIRECTORY" value="$PROJECT_DIR$" />
        <option name="IS_MODULE_SDK" value="true" />
        <option name="SCRIPT_NAME" value="celery" />
        <option name="PARAMETERS" value="-A acme.tasks worker -l info" />
        <option name="MODULE_MODE" value="true" />
        <method v="2" />
      </configuration>
    </component>
''', S=S), S, "https://www.jetbrains.com/help/pycharm/run-debug-configuration.html")

S = fakes.openai_key(fseed(), "svcacct")
add("idea-run-config", "openai-key", ".idea/runConfigurations/pytest_llm.xml", fill('''
    <component name="ProjectRunConfigurationManager">
      <configuration default="false" name="pytest llm" type="tests" factoryName="py.test">
        <module name="acme" />
        <envs>
          <env name="OPENAI_API_KEY" value="<<S>>" />
        </envs>
        <option name="SDK_HOME" value="" />
        <option name="WORKING_DIRECTORY" value="$PROJECT_DIR$" />
        <option name="_new_keywords" value="&quot;&quot;" />
        <option name="_new_additionalArguments" value="&quot;-m llm&quot;" />
        <option name="_new_target" value="&quot;$PROJECT_DIR$/tests/llm&quot;" />
        <option name="_new_targetType" value="&quot;PATH&quot;" />
        <method v="2" />
      </configuration>
    </component>
''', S=S), S, "https://www.jetbrains.com/help/pycharm/run-debug-configuration-py-test.html")

add("idea-run-config", "decoy-macro-refs", ".idea/runConfigurations/Django_server.xml", fill('''
    <component name="ProjectRunConfigurationManager">
      <configuration default="false" name="Django server" type="Python.DjangoServer" factoryName="Django server">
        <module name="acme" />
        <envs>
          <env name="DJANGO_SETTINGS_MODULE" value="acme_portal.settings.dev" />
          <env name="DJANGO_SECRET_KEY" value="$DJANGO_SECRET_KEY$" />
        </envs>
        <option name="launchJavascriptDebuger" value="false" />
        <option name="port" value="8000" />
        <option name="host" value="127.0.0.1" />
        <method v="2" />
      </configuration>
    </component>
'''), None, "https://www.jetbrains.com/help/pycharm/built-in-macros.html")

S = fakes.password(fseed())
add("idea-datasources", "database-password", ".idea/dataSources.xml", fill('''
    <?xml version="1.0" encoding="UTF-8"?>
    <project version="4">
      <component name="DataSourceManagerImpl" format="xml" multifile-model="true">
        <data-source name="acme@pg-staging" uuid="<<U>>">
          <database-info product="PostgreSQL" version="15.6" dbms="POSTGRES" exact-version="15.6" />
          <secret-storage>master_key</secret-storage>
          <user-name>acme_dev</user-name>
          <schema-mapping />
        </data-source>
      </component>
    </project>
''', U=uuid4()).replace("<schema-mapping />", f"<jdbc-url>jdbc:postgresql://pg-staging.acme-internal.net:5432/acme?user=acme_dev&amp;password={S}</jdbc-url>\n      <schema-mapping />"), S,
    "https://www.jetbrains.com/help/pycharm/configuring-database-connections.html")

# ===================== env files =====================
S = fakes.github_token(fseed())
add("envrc", "github-token", ".envrc", fill('''
    # direnv: `direnv allow` after editing
    layout python3
    export PYTHONPATH=$PWD/src
    export ACME_ENV=dev
    export GITHUB_TOKEN=<<S>>
    export GH_REPO=acme/acme-cli
    watch_file requirements-dev.txt
''', S=S), S, "https://direnv.net/man/direnv-stdlib.1.html")

add("envrc", "decoy-secret-manager", "services/api/.envrc", fill('''
    source_up
    layout python3
    dotenv_if_exists .env.local
    export ACME_API_TOKEN="$(op read 'op://Engineering/acme-api/credential')"
    export DATABASE_URL="$(vault kv get -field=url secret/dev/acme-api/db)"
    export AWS_PROFILE=acme-dev
'''), None, "https://developer.1password.com/docs/cli/reference/commands/read/")

S = mailchimp_key()
add("env-test", "mailchimp-key", ".env.test", fill('''
    # test settings loaded by pytest-dotenv
    ACME_ENV=test
    DATABASE_URL=sqlite:///./test.db
    CELERY_TASK_ALWAYS_EAGER=true
    MAILCHIMP_API_KEY=<<S>>
    MAILCHIMP_SERVER=us14
    MAILCHIMP_LIST_ID=4f2a9b81c3
''', S=S), S, "https://github.com/quiqua/pytest-dotenv")

S = pulumi_token()
add("env-test", "pulumi-token", "infra/tests/.env.ci", fill('''
    PULUMI_ACCESS_TOKEN=<<S>>
    PULUMI_BACKEND_URL=https://api.pulumi.com
    PULUMI_STACK=acme/infra/ci
    AWS_REGION=eu-west-1
    PYTHONPATH=.
''', S=S), S, "https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/")

add("env-test", "decoy-dummy-values", "tests/.env.test", fill('''
    # Values for unit tests only. Every service is mocked; none of these are real.
    ACME_ENV=test
    SECRET_KEY=test-secret-key-do-not-use-in-production
    STRIPE_API_KEY=sk_test_dummy
    SENDGRID_API_KEY=SG.dummy
    DATABASE_URL=postgresql://test:test@localhost:5432/test
    AWS_ACCESS_KEY_ID=testing
    AWS_SECRET_ACCESS_KEY=testing
'''), None, "https://docs.getmoto.org/en/latest/docs/getting_started.html#how-do-i-avoid-tests-from-mutating-my-real-infrastructure")

add("env-example", "decoy-empty-template", ".env.example", fill('''
    # Copy to .env and fill in. Never commit .env.
    ACME_ENV=development
    DATABASE_URL=postgresql://USER:PASSWORD@HOST:5432/DBNAME
    REDIS_URL=redis://localhost:6379/0
    STRIPE_API_KEY=
    OPENAI_API_KEY=your-openai-key
    SENTRY_DSN=
'''), None, "https://12factor.net/config")

S = doppler_token()
add("env-local", "doppler-token", "deploy/.env.local", fill('''
    DOPPLER_TOKEN=<<S>>
    DOPPLER_PROJECT=acme-api
    DOPPLER_CONFIG=ci
    LOG_LEVEL=debug
    PORT=8080
''', S=S), S, "https://docs.doppler.com/docs/service-tokens")

# ===================== tool configs =====================
S = gitlab_runner()
add("gitlab-runner-toml", "runner-token", "ci/runner/config.toml", fill('''
    concurrent = 4
    check_interval = 0

    [session_server]
      session_timeout = 1800

    [[runners]]
      name = "acme-docker-runner"
      url = "https://gitlab.acme.io"
      token = "<<S>>"
      executor = "docker"
      [runners.docker]
        image = "python:3.12"
        privileged = false
        volumes = ["/cache"]
''', S=S), S, "https://docs.gitlab.com/runner/configuration/advanced-configuration.html")

add("pre-commit-config", "decoy-rev-shas", ".pre-commit-config.yaml", fill('''
    repos:
      - repo: https://github.com/pre-commit/pre-commit-hooks
        rev: 2c9f875913ee60ca25ce70243dc24d5b6415598c  # frozen: v4.6.0
        hooks:
          - id: check-yaml
          - id: end-of-file-fixer
          - id: detect-private-key
      - repo: https://github.com/astral-sh/ruff-pre-commit
        rev: <<C>>  # frozen: v0.4.4
        hooks:
          - id: ruff
            args: [--fix]
          - id: ruff-format
''', C=sha1()), None, "https://pre-commit.com/#pre-commit-configyaml---repos")

add("readthedocs-yaml", "decoy-config", ".readthedocs.yaml", fill('''
    version: 2
    build:
      os: ubuntu-22.04
      tools:
        python: "3.12"
    sphinx:
      configuration: docs/conf.py
      fail_on_warning: true
    python:
      install:
        - method: pip
          path: .
          extra_requirements: [docs]
'''), None, "https://docs.readthedocs.io/en/stable/config-file/v2.html")

S = grafana_sa()
add("mkdocs-yaml", "grafana-token", "mkdocs.yml", fill('''
    site_name: Acme Observability
    repo_url: https://github.com/acme/acme-observability
    theme:
      name: material
    plugins:
      - search
      - macros
    extra:
      grafana_url: https://grafana.acme.io
      # used by the macros plugin to embed live panels at build time
      grafana_token: <<S>>
    nav:
      - Home: index.md
      - Dashboards: dashboards.md
''', S=S), S, "https://mkdocs-macros-plugin.readthedocs.io/en/latest/")

S = fakes.password(fseed())
add("pip-conf", "index-password", "ci/pip.conf", fill('''
    [global]
    timeout = 60
    index-url = https://pypi.org/simple
    extra-index-url = https://deploy:<<S>>@nexus.acme-internal.net/repository/pypi-internal/simple

    [install]
    trusted-host = nexus.acme-internal.net
''', S=S), S, "https://pip.pypa.io/en/stable/topics/configuration/")

S = fakes.pypi_token(fseed())
add("pypirc", "pypi-token", "tests/release/.pypirc", fill('''
    [distutils]
    index-servers =
        pypi
        testpypi

    [pypi]
    username = __token__
    password = <<S>>

    [testpypi]
    repository = https://test.pypi.org/legacy/
    username = __token__
''', S=S), S, "https://packaging.python.org/en/latest/specifications/pypirc/")

add("pypirc", "decoy-keyring", "docs/examples/pypirc.sample", fill('''
    [distutils]
    index-servers =
        pypi
        acme-internal

    [pypi]
    username = __token__
    # password: stored in the system keyring (`keyring set https://upload.pypi.org/legacy/ __token__`)

    [acme-internal]
    repository = https://nexus.acme-internal.net/repository/pypi-internal/
    username = %(NEXUS_USER)s
'''), None, "https://twine.readthedocs.io/en/stable/#keyring-support")

S = fakes.password(fseed())
add("netrc", "machine-password", "tests/data/netrc", fill('''
    # netrc used by tests/test_download.py against the artifact mirror
    machine artifacts.acme-internal.net
      login ci-reader
      password <<S>>

    machine pypi.acme-internal.net
      login ci-reader
''', S=S), S, "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html")


# ===================== HTTP artefacts =====================
S = fakes.telegram_token(fseed())
add("har", "telegram-token-in-url", "tests/fixtures/bot_session.har", json.dumps({"log": {
    "version": "1.2", "creator": {"name": "Firefox", "version": "124.0"},
    "entries": [{
        "startedDateTime": "2024-04-03T10:12:44.120+02:00", "time": 182,
        "request": {"method": "GET", "url": f"https://api.telegram.org/bot{S}/getUpdates?offset=0",
                    "httpVersion": "HTTP/2", "headers": [{"name": "Accept", "value": "application/json"}],
                    "queryString": [{"name": "offset", "value": "0"}], "cookies": [], "headersSize": -1, "bodySize": 0},
        "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/2", "headers": [],
                     "content": {"size": 23, "mimeType": "application/json", "text": "{\"ok\":true,\"result\":[]}"},
                     "redirectURL": "", "headersSize": -1, "bodySize": 23},
        "cache": {}, "timings": {"send": 0, "wait": 180, "receive": 2}}]}}, indent=1) + "\n", S,
    "http://www.softwareishard.com/blog/har-12-spec/")

add("har", "decoy-cookie-ids", "tests/fixtures/homepage.har", json.dumps({"log": {
    "version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
    "entries": [{
        "startedDateTime": "2024-04-03T08:00:01.000Z", "time": 41,
        "request": {"method": "GET", "url": "https://www.acme.io/static/app.js?v=" + rs(HEX, 20),
                    "httpVersion": "HTTP/1.1", "headers": [{"name": "If-None-Match", "value": '"' + rs(HEX, 32) + '"'}],
                    "queryString": [], "cookies": [{"name": "_ga", "value": "GA1.2.1402390431.1712131201"}],
                    "headersSize": -1, "bodySize": 0},
        "response": {"status": 304, "statusText": "Not Modified", "httpVersion": "HTTP/1.1",
                     "headers": [{"name": "ETag", "value": '"' + rs(HEX, 32) + '"'}],
                     "content": {"size": 0, "mimeType": "application/javascript"}, "redirectURL": "",
                     "headersSize": -1, "bodySize": 0},
        "cache": {}, "timings": {"send": 0, "wait": 40, "receive": 1}}]}}, indent=1) + "\n", None,
    "http://www.softwareishard.com/blog/har-12-spec/")

S = fakes.github_token(fseed())
add("wiremock-mapping", "github-token-matcher", "tests/wiremock/mappings/github-latest-release.json", json.dumps({
    "request": {"method": "GET", "urlPath": "/repos/acme/acme-cli/releases/latest",
                "headers": {"Authorization": {"equalTo": f"Bearer {S}"}}},
    "response": {"status": 200, "jsonBody": {"tag_name": "v2.4.0", "name": "2.4.0"},
                 "headers": {"Content-Type": "application/json"}},
    "metadata": {"recorded": "2024-03-28", "by": "wiremock record-playback"}}, indent=2) + "\n", S,
    "https://wiremock.org/docs/request-matching/")

add("wiremock-mapping", "decoy-regex-matcher", "tests/wiremock/mappings/auth-any-bearer.json", json.dumps({
    "request": {"method": "POST", "url": "/oauth/token",
                "headers": {"Authorization": {"matches": "Basic [A-Za-z0-9+/=]+"}}},
    "response": {"status": 200, "jsonBody": {"access_token": "{{randomValue length=32 type='ALPHANUMERIC'}}",
                                              "token_type": "Bearer", "expires_in": 3600},
                 "transformers": ["response-template"]}}, indent=2) + "\n", None,
    "https://wiremock.org/docs/response-templating/")

S = fakes.password(fseed())
add("postman-environment", "api-password", "tests/postman/staging.postman_environment.json", json.dumps({
    "id": uuid4(), "name": "acme staging",
    "values": [
        {"key": "baseUrl", "value": "https://staging.acme.io/api", "type": "default", "enabled": True},
        {"key": "username", "value": "qa-automation", "type": "default", "enabled": True},
        {"key": "password", "value": S, "type": "secret", "enabled": True},
    ],
    "_postman_variable_scope": "environment", "_postman_exported_at": "2024-04-02T13:41:09.559Z",
    "_postman_exported_using": "Postman/10.24.16"}, indent=1) + "\n", S,
    "https://learning.postman.com/docs/sending-requests/variables/managing-environments/")

add("postman-environment", "decoy-empty-secrets", "tests/postman/local.postman_environment.json", json.dumps({
    "id": uuid4(), "name": "acme local",
    "values": [
        {"key": "baseUrl", "value": "http://localhost:8000/api", "type": "default", "enabled": True},
        {"key": "apiKey", "value": "", "type": "secret", "enabled": True},
        {"key": "token", "value": "{{$randomUUID}}", "type": "default", "enabled": True},
    ],
    "_postman_variable_scope": "environment", "_postman_exported_using": "Postman/10.24.16"}, indent=1) + "\n", None,
    "https://learning.postman.com/docs/sending-requests/variables/variables/")

S = hf_token()
add("http-client", "hf-token", "tests/http/inference.http", fill('''
    ### Text classification on the staging endpoint
    POST https://api-inference.huggingface.co/models/acme/intent-classifier
    Authorization: Bearer <<S>>
    Content-Type: application/json

    {"inputs": "I want to cancel my subscription"}

    ### Model info
    GET https://huggingface.co/api/models/acme/intent-classifier
    Accept: application/json
''', S=S), S, "https://www.jetbrains.com/help/pycharm/http-client-in-product-code-editor.html")

add("http-client", "decoy-variables", "tests/http/api.http", fill('''
    @baseUrl = https://staging.acme.io/api
    @token = {{$dotenv ACME_API_TOKEN}}

    ### List projects
    GET {{baseUrl}}/projects
    Authorization: Bearer {{token}}

    ### Create project
    POST {{baseUrl}}/projects
    Authorization: Bearer {{token}}
    Content-Type: application/json

    {"name": "demo"}
'''), None, "https://marketplace.visualstudio.com/items?itemName=humao.rest-client")

S = shopify_token()
add("http-client-env", "shopify-token", "tests/http/http-client.private.env.json", json.dumps({
    "staging": {"shop": "acme-staging.myshopify.com", "accessToken": S},
    "local": {"shop": "localhost:3000", "accessToken": ""}}, indent=2) + "\n", S,
    "https://www.jetbrains.com/help/pycharm/exploring-http-syntax.html#environment-variables")

add("http-client-env", "decoy-public-env", "tests/http/http-client.env.json", json.dumps({
    "staging": {"host": "https://staging.acme.io", "apiVersion": "2024-01", "tenant": uuid4()},
    "dev": {"host": "http://localhost:8000", "apiVersion": "2024-01", "tenant": uuid4()}}, indent=2) + "\n", None,
    "https://www.jetbrains.com/help/pycharm/exploring-http-syntax.html#environment-variables")

# ===================== test reports =====================
S = fakes.aws_secret_key(fseed()); K = fakes.aws_key_id(fseed())
add("junit-xml", "aws-secret-in-properties", "reports/junit-integration.xml", fill('''
    <?xml version="1.0" encoding="utf-8"?>
    <testsuites>
      <testsuite name="pytest" errors="0" failures="1" skipped="0" tests="3" time="4.812" timestamp="2024-04-09T11:02:18" hostname="runner-7">
        <properties>
          <property name="AWS_ACCESS_KEY_ID" value="<<K>>" />
          <property name="AWS_SECRET_ACCESS_KEY" value="<<S>>" />
          <property name="ACME_ENV" value="integration" />
        </properties>
        <testcase classname="tests.test_s3" name="test_put" time="1.204" />
        <testcase classname="tests.test_s3" name="test_get" time="0.933" />
        <testcase classname="tests.test_s3" name="test_presign" time="2.675">
          <failure message="AssertionError: expected 200">assert 403 == 200</failure>
        </testcase>
      </testsuite>
    </testsuites>
''', S=S, K=K), S, "https://docs.pytest.org/en/stable/how-to/output.html#record-testsuite-property")

add("junit-xml", "decoy-plain-report", "reports/junit-unit.xml", fill('''
    <?xml version="1.0" encoding="utf-8"?>
    <testsuites>
      <testsuite name="pytest" errors="0" failures="0" skipped="1" tests="3" time="0.412" timestamp="2024-04-09T11:01:02" hostname="runner-7">
        <properties>
          <property name="git_commit" value="<<C>>" />
          <property name="run_id" value="<<U>>" />
        </properties>
        <testcase classname="tests.test_tokens" name="test_token_format" time="0.003" />
        <testcase classname="tests.test_tokens" name="test_rejects_expired" time="0.002" />
        <testcase classname="tests.test_tokens" name="test_live_api" time="0.000">
          <skipped type="pytest.skip" message="ACME_API_TOKEN not set" />
        </testcase>
      </testsuite>
    </testsuites>
''', C=sha1(), U=uuid4()), None, "https://docs.pytest.org/en/stable/how-to/output.html")

# ===================== kubernetes / devcontainers / infra for tests =====================
S = fakes.redis_password(fseed())
add("k8s-secret", "redis-password-base64", "tests/e2e/k8s/redis-secret.yaml", fill('''
    apiVersion: v1
    kind: Secret
    metadata:
      name: acme-e2e-redis
      namespace: e2e
      labels:
        app.kubernetes.io/part-of: acme-e2e
    type: Opaque
    data:
      redis-host: <<H>>
      redis-password: <<P>>
''', H=b64("redis-e2e.acme-internal.net"), P=b64(S)), S, "https://kubernetes.io/docs/concepts/configuration/secret/")

add("k8s-secret", "decoy-sealed-secret", "tests/e2e/k8s/sealed-db.yaml", fill('''
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: acme-e2e-db
      namespace: e2e
    spec:
      encryptedData:
        password: <<C1>>
        username: <<C2>>
      template:
        metadata:
          name: acme-e2e-db
''', C1=cipher_b64(180), C2=cipher_b64(120)), None, "https://github.com/bitnami-labs/sealed-secrets")

S = fakes.github_token(fseed())
add("devcontainer-json", "github-token", ".devcontainer/devcontainer.json", fill('''
    // For format details, see https://aka.ms/devcontainer.json
    {
        "name": "acme (Python 3.12)",
        "image": "mcr.microsoft.com/devcontainers/python:1-3.12-bookworm",
        "features": {"ghcr.io/devcontainers/features/github-cli:1": {}},
        "postCreateCommand": "pip install -e .[dev] && pre-commit install",
        "containerEnv": {
            "GH_TOKEN": "<<S>>",
            "ACME_ENV": "dev"
        },
        "customizations": {"vscode": {"extensions": ["ms-python.python", "charliermarsh.ruff"]}}
    }
''', S=S), S, "https://containers.dev/implementors/json_reference/")

add("devcontainer-json", "decoy-localenv", "examples/.devcontainer/devcontainer.json", fill('''
    {
        "name": "acme examples",
        "build": {"dockerfile": "Dockerfile"},
        "remoteEnv": {
            "OPENAI_API_KEY": "${localEnv:OPENAI_API_KEY}",
            "GH_TOKEN": "${localEnv:GH_TOKEN}"
        },
        "forwardPorts": [8000],
        "postCreateCommand": "pip install -r requirements.txt"
    }
'''), None, "https://containers.dev/implementors/json_reference/#variables-in-devcontainerjson")

S = tfc_token()
add("terraform-tfvars", "tfc-token", "tests/terraform/fixtures/ci.auto.tfvars", fill('''
    environment      = "ci"
    region           = "eu-west-1"
    instance_type    = "t3.small"
    tfe_organization = "acme"
    tfe_token        = "<<S>>"
    tags = {
      owner = "platform"
      ttl   = "4h"
    }
''', S=S), S, "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files")

add("terraform-tfvars", "decoy-public-ids", "tests/terraform/fixtures/network.tfvars", fill('''
    vpc_id             = "vpc-0a1b2c3d4e5f67890"
    subnet_ids         = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
    ami_id             = "ami-0c55b159cbfafe1f0"
    kms_key_arn        = "arn:aws:kms:eu-west-1:123456789012:key/<<U>>"
    ssh_public_key     = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<P>> ci@acme"
''', U=uuid4(), P=rs(ALNUM + "+/", 43)), None, "https://developer.hashicorp.com/terraform/language/values/variables")

S = word_pw()
add("ansible-inventory", "become-password", "tests/ansible/inventory/staging.ini", fill('''
    [web]
    web-stg-01.acme-internal.net
    web-stg-02.acme-internal.net

    [db]
    db-stg-01.acme-internal.net

    [all:vars]
    ansible_user=deploy
    ansible_become=true
    ansible_become_password=<<S>>
    ansible_python_interpreter=/usr/bin/python3
''', S=S), S, "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html")

add("ansible-vault", "decoy-vault-ciphertext", "tests/ansible/group_vars/staging/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(
    rs(HEX, 80) for _ in range(8)) + "\n", None, "https://docs.ansible.com/ansible/latest/vault_guide/index.html")

S = fakes.password(fseed())
add("docker-config-json", "registry-auth-base64", "tests/fixtures/docker/config.json", json.dumps({
    "auths": {"registry.acme.io": {"auth": b64(f"ci-pusher:{S}")},
              "https://index.docker.io/v1/": {}},
    "credsStore": "", "HttpHeaders": {"User-Agent": "Docker-Client/24.0.7 (linux)"}}, indent=1) + "\n", S,
    "https://docs.docker.com/reference/cli/docker/login/")

add("docker-config-json", "decoy-creds-helper", "ci/docker/config.json", json.dumps({
    "auths": {"ghcr.io": {}, "123456789012.dkr.ecr.eu-west-1.amazonaws.com": {}},
    "credHelpers": {"123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login", "ghcr.io": "gh"},
    "detachKeys": "ctrl-e,e"}, indent=1) + "\n", None, "https://docs.docker.com/reference/cli/docker/login/#credential-helpers")

S = fakes.password(fseed())
add("requirements-txt", "index-url-password", "requirements-test.txt", fill('''
    --extra-index-url https://ci:<<S>>@pypi.acme-internal.net/simple/
    pytest==8.1.1
    pytest-cov==5.0.0
    pytest-recording==0.13.1
    acme-testkit==0.9.2
    responses==0.25.0
''', S=S), S, "https://pip.pypa.io/en/stable/reference/requirements-file-format/")

add("requirements-txt", "decoy-hashes", "requirements/ci.txt", fill('''
    # This file is autogenerated by pip-compile with Python 3.12
    #    pip-compile --generate-hashes requirements/ci.in
    certifi==2024.2.2 \\
        --hash=sha256:<<H1>> \\
        --hash=sha256:<<H2>>
        # via requests
    idna==3.7 \\
        --hash=sha256:<<H3>>
        # via requests
    requests==2.31.0 \\
        --hash=sha256:<<H4>>
        # via -r requirements/ci.in
''', H1=sha256(), H2=sha256(), H3=sha256(), H4=sha256()), None, "https://pip-tools.readthedocs.io/en/latest/#using-hashes")

add("coveragerc", "decoy-config", ".coveragerc", fill('''
    [run]
    branch = True
    source = acme
    omit =
        */migrations/*
        */tests/*

    [report]
    exclude_lines =
        pragma: no cover
        if TYPE_CHECKING:
    fail_under = 85
'''), None, "https://coverage.readthedocs.io/en/latest/config.html")

S = fakes.aws_secret_key(fseed()); K = fakes.aws_key_id(fseed())
add("patch-file", "aws-secret-in-diff", "patches/0001-ci-use-shared-bucket.patch", fill('''
    From 5c1e2f7a9b0d Mon Sep 17 00:00:00 2001
    From: Dana Ops <dana@acme.io>
    Date: Tue, 9 Apr 2024 10:12:00 +0200
    Subject: [PATCH] ci: use shared artifacts bucket

    ---
     tests/conftest.py | 4 ++--
     1 file changed, 2 insertions(+), 2 deletions(-)

    diff --git a/tests/conftest.py b/tests/conftest.py
    index 3b18e51..a9c2f0d 100644
    --- a/tests/conftest.py
    +++ b/tests/conftest.py
    @@ -12,6 +12,6 @@ def s3():
         return boto3.client(
             "s3",
    -        aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
    -        aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
    +        aws_access_key_id="<<K>>",
    +        aws_secret_access_key="<<S>>",
         )
''', S=S, K=K), S, "https://git-scm.com/docs/git-format-patch")


# ===================== more carriers =====================
def jwt(payload: dict, alg: str = "HS256") -> str:
    def enc(obj: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
    return enc({"alg": alg, "typ": "JWT"}) + "." + enc(payload) + "." + rs(ALNUM + "-_", 43 if alg == "HS256" else 342)


S = discord_webhook()
add("github-actions", "discord-webhook", ".github/workflows/benchmarks.yml", fill('''
    name: benchmarks
    on:
      workflow_dispatch:
      push:
        branches: [main]
    jobs:
      bench:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - run: pip install -e .[bench] && pytest benchmarks --benchmark-json=bench.json
          - name: Post summary
            env:
              DISCORD_WEBHOOK: <<S>>
            run: python benchmarks/post_summary.py bench.json "$DISCORD_WEBHOOK"
''', S=S), S, GHA)

S = fakes.password(fseed())
add("github-actions", "base64-decoded-in-step", ".github/workflows/smoke.yml", fill('''
    name: smoke
    on:
      deployment_status:
    jobs:
      smoke:
        if: github.event.deployment_status.state == 'success'
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - name: Configure smoke user
            run: |
              echo "SMOKE_USER=smoke-bot" >> "$GITHUB_ENV"
              echo "SMOKE_PASSWORD=$(echo <<B>> | base64 -d)" >> "$GITHUB_ENV"
          - run: pip install -e .[test] && pytest tests/smoke --base-url "${{ github.event.deployment_status.environment_url }}"
''', B=b64(S)), S, GHA)

S = jwt({"iss": "supabase", "ref": rs(string.ascii_lowercase, 20), "role": "service_role", "iat": 1709251200, "exp": 2024827200})
add("conftest-py", "supabase-service-role-jwt", "tests/supabase/conftest.py", fill('''
    import pytest
    from supabase import create_client

    SUPABASE_URL = "https://ymqcwvxkzrtplbnadsge.supabase.co"
    SUPABASE_SERVICE_ROLE_KEY = (
        "<<S>>"
    )


    @pytest.fixture(scope="session")
    def admin_client():
        return create_client(SUPABASE_URL, SUPABASE_SERVICE_ROLE_KEY)


    @pytest.fixture
    def fresh_user(admin_client):
        user = admin_client.auth.admin.create_user({"email": "e2e+1@acme.io", "email_confirm": True})
        yield user
        admin_client.auth.admin.delete_user(user.user.id)
''', S=S), S, "https://supabase.com/docs/guides/api/api-keys")

S = rs(ALNUM + "!@#%^&*", 48)
add("settings-py", "jwt-signing-secret", "src/acme_api/settings/ci.py", fill('''
    """Settings for the CI deployment (shared staging cluster)."""
    from datetime import timedelta

    from .base import *  # noqa: F401,F403

    DEBUG = False
    ALLOWED_HOSTS = ["api-ci.acme.io"]

    SIMPLE_JWT = {
        "ALGORITHM": "HS256",
        "SIGNING_KEY": "<<S>>",
        "ACCESS_TOKEN_LIFETIME": timedelta(minutes=15),
    }

    CELERY_TASK_ALWAYS_EAGER = True
''', S=S), S, "https://django-rest-framework-simplejwt.readthedocs.io/en/latest/settings.html")

add("settings-py", "decoy-test-settings", "src/acme_api/settings/test.py", fill('''
    """Settings used by the unit tests. Nothing here leaves the test process."""
    from .base import *  # noqa: F401,F403

    SECRET_KEY = "django-insecure-test-only"
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
    EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    STRIPE_API_KEY = "sk_test_xxx"
'''), None, "https://docs.djangoproject.com/en/5.0/topics/testing/overview/")

S = word_pw()
add("alembic-ini", "sqlalchemy-url-password", "alembic.ini", fill('''
    [alembic]
    script_location = migrations
    prepend_sys_path = .
    sqlalchemy.url = postgresql+psycopg://migrator:<<S>>@pg-staging.acme-internal.net:5432/acme

    [loggers]
    keys = root,sqlalchemy,alembic

    [handlers]
    keys = console

    [logger_alembic]
    level = INFO
    handlers =
    qualname = alembic
''', S=S), S, "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file")

add("alembic-ini", "decoy-env-interpolation", "services/billing/alembic.ini", fill('''
    [alembic]
    script_location = billing/migrations
    # the URL comes from env.py: os.environ["BILLING_DATABASE_URL"]
    sqlalchemy.url = driver://user:pass@localhost/dbname
    file_template = %%(year)d%%(month).2d%%(day).2d_%%(rev)s_%%(slug)s

    [post_write_hooks]
    hooks = ruff
    ruff.type = exec
    ruff.executable = ruff
    ruff.options = format REVISION_SCRIPT_FILENAME
'''), None, "https://alembic.sqlalchemy.org/en/latest/tutorial.html")

S = fakes.github_token(fseed())
add("git-credentials", "github-token-url", "tests/fixtures/home/.git-credentials", fill('''
    https://acme-ci-bot:<<S>>@github.com
    https://gitlab-ci-token:@gitlab.acme.io
    # fixture home dir for tests/test_clone.py (copied to $HOME by the fixture)
    # keep in sync with tests/fixtures/home/.gitconfig
    # credential.helper = store
''', S=S), S, "https://git-scm.com/docs/git-credential-store")

S = npm_token()
add("npmrc", "npm-token", "docs/widget/.npmrc", fill('''
    registry=https://registry.npmjs.org/
    @acme:registry=https://registry.npmjs.org/
    //registry.npmjs.org/:_authToken=<<S>>
    save-exact=true
    engine-strict=true
''', S=S), S, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc")

add("npmrc", "decoy-env-expansion", "frontend/.npmrc", fill('''
    registry=https://registry.npmjs.org/
    @acme:registry=https://npm.pkg.github.com
    //npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
    fund=false
    audit=false
'''), None, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration")

S = jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
         "kubernetes.io/serviceaccount/service-account.name": "ci-deployer", "sub": "system:serviceaccount:ci:ci-deployer"}, "RS256")
add("kubeconfig", "service-account-token", "tests/e2e/kubeconfig-ci.yaml", fill('''
    apiVersion: v1
    kind: Config
    clusters:
      - name: acme-ci
        cluster:
          server: https://k8s-ci.acme-internal.net:6443
          insecure-skip-tls-verify: true
    contexts:
      - name: ci
        context: {cluster: acme-ci, user: ci-deployer, namespace: ci}
    current-context: ci
    users:
      - name: ci-deployer
        user:
          token: <<S>>
''', S=S), S, "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/")

add("kubeconfig", "decoy-exec-plugin", "tests/e2e/kubeconfig-eks.yaml", fill('''
    apiVersion: v1
    kind: Config
    clusters:
      - name: acme-eks
        cluster:
          server: https://<<H>>.gr7.eu-west-1.eks.amazonaws.com
          certificate-authority-data: <<CA>>
    contexts:
      - name: eks
        context: {cluster: acme-eks, user: eks-user}
    current-context: eks
    users:
      - name: eks-user
        user:
          exec:
            apiVersion: client.authentication.k8s.io/v1beta1
            command: aws
            args: [eks, get-token, --cluster-name, acme-eks]
''', H=rs(HEX.upper(), 32), CA=b64("-----BEGIN CERTIFICATE-----\nMIIC" + rs(ALNUM, 60) + "\n-----END CERTIFICATE-----\n")), None,
    "https://docs.aws.amazon.com/eks/latest/userguide/create-kubeconfig.html")

S = fakes.password(fseed())
add("helm-values", "database-password", "deploy/helm/values-e2e.yaml", fill('''
    replicaCount: 1
    image:
      repository: ghcr.io/acme/acme-api
      tag: e2e
    postgresql:
      enabled: true
      auth:
        username: acme
        password: "<<S>>"
        database: acme_e2e
    ingress:
      enabled: true
      hosts:
        - host: e2e.acme.io
          paths: [{path: /, pathType: Prefix}]
''', S=S), S, "https://github.com/bitnami/charts/tree/main/bitnami/postgresql#parameters")

add("helm-values", "decoy-existing-secret", "deploy/helm/values-prod.yaml", fill('''
    replicaCount: 3
    image:
      repository: ghcr.io/acme/acme-api
      tag: "2.4.0@sha256:<<H>>"
    postgresql:
      enabled: false
    externalDatabase:
      host: pg-prod.acme-internal.net
      existingSecret: acme-api-db
      existingSecretPasswordKey: password
    env:
      - name: STRIPE_API_KEY
        valueFrom:
          secretKeyRef: {name: acme-api-stripe, key: api-key}
''', H=sha256()), None, "https://helm.sh/docs/chart_best_practices/values/")

S = atlassian = "ATATT3xFfGF0" + rs(ALNUM + "-_", 170) + "=" + rs("0123456789ABCDEF", 8)
add("shell-script", "atlassian-token", "scripts/publish_test_report.sh", fill('''
    #!/usr/bin/env bash
    # Attach the pytest HTML report to the release ticket.
    set -euo pipefail
    TICKET="${1:?usage: $0 REL-123}"
    curl -sS -u "release-bot@acme.io:<<S>>" \\
      -H "X-Atlassian-Token: no-check" \\
      -F "file=@reports/pytest.html" \\
      "https://acme.atlassian.net/rest/api/3/issue/${TICKET}/attachments"
''', S=S), S, "https://developer.atlassian.com/cloud/jira/platform/basic-auth-for-rest-apis/")

SIG = quote(base64.b64encode(random.Random(seed()).randbytes(32)).decode(), safe="")
S = f"sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-12-31T23:59:59Z&st=2024-01-01T00:00:00Z&spr=https&sig={SIG}"
add("python-script", "azure-sas-url", "scripts/upload_fixtures.py", fill('''
    """Upload the large test fixtures to the shared blob container."""
    import pathlib

    from azure.storage.blob import ContainerClient

    CONTAINER_URL = (
        "https://acmetestfixtures.blob.core.windows.net/fixtures?"
        "<<S>>"
    )


    def main() -> None:
        container = ContainerClient.from_container_url(CONTAINER_URL)
        for path in pathlib.Path("tests/data/large").glob("*.parquet"):
            with path.open("rb") as fh:
                container.upload_blob(path.name, fh, overwrite=True)


    if __name__ == "__main__":
        main()
''', S=S), SIG, "https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview")

S = "".join(["sk_live_51", rs(ALNUM, 97)])
add("python-script", "stripe-key-split", "scripts/sync_prices.py", fill('''
    import stripe

    # split so the pre-commit hook stops complaining (!)
    stripe.api_key = "".join([
        "<<A>>",
        "<<B>>",
        "<<C>>",
    ])


    def main() -> None:
        for price in stripe.Price.list(active=True, limit=100).auto_paging_iter():
            print(price.id, price.unit_amount, price.currency)


    if __name__ == "__main__":
        main()
''', A=S[:30], B=S[30:70], C=S[70:]), S, "https://docs.stripe.com/api/prices/list")

S = fakes.fake_pem(fseed(), "OPENSSH")
add("ssh-key", "openssh-private-key", "tests/fixtures/ssh/id_ed25519_deploy", S + "\n", S, "https://man.openbsd.org/ssh-keygen")


# ===================== last batch: decoys of other kinds, more carriers =====================
CERT_BODY = "\n".join(rs(ALNUM + "+/", 64) for _ in range(8))
add("pem-certificate", "decoy-public-certificate", "tests/fixtures/certs/server.crt",
    "-----BEGIN CERTIFICATE-----\nMIIDazCCAlOgAwIBAgIU" + rs(ALNUM, 44) + "\n" + CERT_BODY + "\n-----END CERTIFICATE-----\n",
    None, "https://www.rfc-editor.org/rfc/rfc7468")

add("authorized-keys", "decoy-ssh-public-keys", "tests/fixtures/ssh/authorized_keys", "\n".join([
    "# keys accepted by the sshd test container (tests/test_sftp.py)",
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(ALNUM + "+/", 43) + " ci@acme",
    "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + rs(ALNUM + "+/", 500) + " dana@laptop",
    "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB" + rs(ALNUM + "+/", 86) + "= deploy@acme",
    "# end",
]) + "\n", None, "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT")

add("html-template", "decoy-sri-integrity", "docs/_templates/layout.html", fill('''
    {% extends "!layout.html" %}
    {% block extrahead %}
      {{ super() }}
      <script src="https://cdn.jsdelivr.net/npm/mermaid@10.9.0/dist/mermaid.min.js"
              integrity="sha384-<<A>>"
              crossorigin="anonymous"></script>
      <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/katex@0.16.9/dist/katex.min.css"
            integrity="sha384-<<B>>" crossorigin="anonymous">
      <meta name="google-site-verification" content="<<G>>" />
    {% endblock %}
''', A=rs(ALNUM + "+/", 64), B=rs(ALNUM + "+/", 64), G=rs(ALNUM + "-_", 43)), None,
    "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity")

add("sops-yaml", "decoy-sops-encrypted", "tests/e2e/secrets.enc.yaml", fill('''
    db_password: ENC[AES256_GCM,data:<<D1>>,iv:<<I1>>,tag:<<T1>>,type:str]
    api_token: ENC[AES256_GCM,data:<<D2>>,iv:<<I2>>,tag:<<T2>>,type:str]
    sops:
        kms: []
        age:
            - recipient: age1<<R>>
              enc: |
                -----BEGIN AGE ENCRYPTED FILE-----
                <<E>>
                -----END AGE ENCRYPTED FILE-----
        lastmodified: "2024-04-02T09:31:12Z"
        mac: ENC[AES256_GCM,data:<<M>>,iv:<<I3>>,tag:<<T3>>,type:str]
        version: 3.8.1
''', D1=cipher_b64(18), I1=cipher_b64(32), T1=cipher_b64(16), D2=cipher_b64(30), I2=cipher_b64(32), T2=cipher_b64(16),
    R=rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), E=cipher_b64(60), M=cipher_b64(64), I3=cipher_b64(32), T3=cipher_b64(16)),
    None, "https://github.com/getsops/sops")

add("conftest-py", "decoy-moto-testing-creds", "tests/aws/conftest.py", fill('''
    import os

    import boto3
    import pytest
    from moto import mock_aws


    @pytest.fixture(autouse=True)
    def aws_credentials():
        """Mocked AWS credentials for moto (never real)."""
        os.environ["AWS_ACCESS_KEY_ID"] = "testing"
        os.environ["AWS_SECRET_ACCESS_KEY"] = "testing"
        os.environ["AWS_SECURITY_TOKEN"] = "testing"
        os.environ["AWS_SESSION_TOKEN"] = "testing"
        os.environ["AWS_DEFAULT_REGION"] = "us-east-1"


    @pytest.fixture
    def s3(aws_credentials):
        with mock_aws():
            yield boto3.client("s3", region_name="us-east-1")
'''), None, "https://docs.getmoto.org/en/latest/docs/getting_started.html")

add("markdown-docs", "decoy-aws-documented-example", "docs/howto/aws.md", fill('''
    # Configuring AWS access

    acme reads the standard AWS variables. The values below are the example keys from
    the AWS documentation; they do not work.

    ```ini
    [default]
    aws_access_key_id = AKIAIOSFODNN7EXAMPLE
    aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    region = eu-west-1
    ```

    In CI use OIDC instead (`aws-actions/configure-aws-credentials` with `role-to-assume`).
'''), None, "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html")

add("dependabot-yaml", "decoy-secrets-refs", ".github/dependabot.yml", fill('''
    version: 2
    registries:
      acme-pypi:
        type: python-index
        url: https://pypi.acme-internal.net/simple
        username: dependabot
        password: ${{secrets.ACME_PYPI_PASSWORD}}
        replaces-base: false
    updates:
      - package-ecosystem: pip
        directory: "/"
        registries: [acme-pypi]
        schedule: {interval: weekly}
      - package-ecosystem: github-actions
        directory: "/"
        schedule: {interval: monthly}
'''), None, "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot")

add("renovate-json", "decoy-encrypted-hostrules", "renovate.json", json.dumps({
    "$schema": "https://docs.renovatebot.com/renovate-schema.json",
    "extends": ["config:recommended"],
    "hostRules": [{"matchHost": "pypi.acme-internal.net", "hostType": "pypi",
                   "encrypted": {"password": cipher_b64(300)}}],
    "packageRules": [{"matchManagers": ["pip_requirements"], "groupName": "python deps"}]}, indent=2) + "\n", None,
    "https://docs.renovatebot.com/getting-started/private-packages/#encrypting-secrets")

add("poetry-lock", "decoy-file-hashes", "poetry.lock", fill('''
    # This file is automatically @generated by Poetry 1.8.2 and should not be changed by hand.

    [[package]]
    name = "certifi"
    version = "2024.2.2"
    description = "Python package for providing Mozilla's CA Bundle."
    optional = false
    python-versions = ">=3.6"
    files = [
        {file = "certifi-2024.2.2-py3-none-any.whl", hash = "sha256:<<A>>"},
        {file = "certifi-2024.2.2.tar.gz", hash = "sha256:<<B>>"},
    ]

    [metadata]
    lock-version = "2.0"
    python-versions = "^3.10"
    content-hash = "<<C>>"
''', A=sha256(), B=sha256(), C=sha256()), None, "https://python-poetry.org/docs/basic-usage/#installing-with-poetrylock")

add("taskfile", "decoy-dotenv-refs", "Taskfile.yml", fill('''
    version: '3'
    dotenv: ['.env', '.env.test']
    vars:
      GIT_SHA:
        sh: git rev-parse --short HEAD
    tasks:
      test:
        cmds:
          - pytest -q
      publish:
        cmds:
          - twine upload -u __token__ -p "$PYPI_TOKEN" dist/*
        preconditions:
          - sh: test -n "$PYPI_TOKEN"
            msg: "PYPI_TOKEN is not set"
'''), None, "https://taskfile.dev/usage/")

S = rs(ALNUM + "-_", 40)
add("justfile", "cloudflare-token", "justfile", fill('''
    set dotenv-load

    cf_zone := "6f1c2a7b9d3e4f5a8b0c1d2e3f4a5b6c"
    cf_token := "<<S>>"

    test:
        pytest -q

    docs:
        sphinx-build -W docs docs/_build/html

    purge-docs-cache:
        curl -X POST "https://api.cloudflare.com/client/v4/zones/{{cf_zone}}/purge_cache" \\
          -H "Authorization: Bearer {{cf_token}}" \\
          -H "Content-Type: application/json" --data '{"purge_everything":true}'
''', S=S), S, "https://developers.cloudflare.com/api/operations/zone-purge")

S = "00" + rs(ALNUM + "-_", 40)
add("taskfile", "okta-api-token", "tests/e2e/Taskfile.yml", fill('''
    version: '3'
    env:
      OKTA_ORG_URL: https://acme.okta.com
      OKTA_API_TOKEN: <<S>>
    tasks:
      seed-users:
        cmds:
          - python tests/e2e/seed_okta_users.py --count 20
      e2e:
        deps: [seed-users]
        cmds:
          - pytest tests/e2e -m okta
''', S=S), S, "https://developer.okta.com/docs/guides/create-an-api-token/main/")

S = sendgrid()
add("buildkite-hook", "sendgrid-key", ".buildkite/hooks/pre-command", fill('''
    #!/bin/bash
    set -euo pipefail

    echo "--- :python: preparing environment"
    export PIP_DISABLE_PIP_VERSION_CHECK=1
    export ACME_ENV=ci
    export SENDGRID_API_KEY="<<S>>"
    python -m pip install -q -e ".[test]"
''', S=S), S, "https://buildkite.com/docs/agent/v3/hooks")

S = strong_pw()
add("celeryconfig", "amqp-password", "tests/integration/celeryconfig.py", fill('''
    """Celery config for the integration tests (shared RabbitMQ on the CI network)."""
    broker_url = "amqps://acme_ci:<<S>>@rabbitmq-ci.acme-internal.net:5671/acme"
    result_backend = "rpc://"
    task_serializer = "json"
    accept_content = ["json"]
    task_always_eager = False
    worker_prefetch_multiplier = 1
''', S=S), S, "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url")

S = word_pw()
add("supervisord-conf", "environment-password", "docker/test/supervisord.conf", fill('''
    [supervisord]
    nodaemon=true
    logfile=/dev/null

    [program:api]
    command=uvicorn acme_api.main:app --host 0.0.0.0 --port 8000
    environment=ACME_ENV="e2e",DB_HOST="pg-e2e.acme-internal.net",DB_PASSWORD="<<S>>"
    autorestart=true
    stdout_logfile=/dev/stdout
    stdout_logfile_maxbytes=0
''', S=S), S, "http://supervisord.org/configuration.html#program-x-section-values")

S = fakes.password(fseed())
add("jenkins-casc", "admin-password", "ci/jenkins/casc.yaml", fill('''
    jenkins:
      systemMessage: "acme CI (configured by JCasC)"
      securityRealm:
        local:
          allowsSignup: false
          users:
            - id: admin
              password: "<<S>>"
      authorizationStrategy:
        loggedInUsersCanDoAnything:
          allowAnonymousRead: false
    unclassified:
      location:
        url: https://jenkins.acme.io/
''', S=S), S, "https://github.com/jenkinsci/configuration-as-code-plugin/tree/master/demos")

add("jenkins-casc", "decoy-casc-variables", "ci/jenkins/casc-credentials.yaml", fill('''
    credentials:
      system:
        domainCredentials:
          - credentials:
              - string:
                  id: pypi-api-token
                  secret: "${PYPI_API_TOKEN}"
                  scope: GLOBAL
              - usernamePassword:
                  id: nexus
                  username: deploy
                  password: "${readFile:/run/secrets/nexus-password}"
'''), None, "https://github.com/jenkinsci/configuration-as-code-plugin/blob/master/docs/features/secrets.adoc")

S = fakes.fake_pem(fseed(), "OPENSSH")
add("gitlab-ci", "ssh-key-block", "ci/gitlab/deploy-docs.gitlab-ci.yml", "deploy-docs:\n  stage: deploy\n  image: alpine:3.19\n"
    "  variables:\n    DOCS_HOST: docs.acme-internal.net\n    SSH_PRIVATE_KEY: |\n"
    + "\n".join("      " + line for line in S.splitlines()) +
    "\n  before_script:\n    - apk add --no-cache openssh-client rsync\n"
    "    - eval $(ssh-agent -s) && echo \"$SSH_PRIVATE_KEY\" | ssh-add -\n"
    "  script:\n    - rsync -az docs/_build/html/ deploy@$DOCS_HOST:/srv/docs/\n", S,
    "https://docs.gitlab.com/ee/ci/ssh_keys/")

S = slack_bot()
add("rst-docs", "slack-token-in-output", "docs/howto/notifications.rst", fill('''
    Slack notifications
    ===================

    ``acme notify`` posts test results to a channel. Check the configuration with
    ``acme notify --show-config``:

    .. code-block:: console

       $ acme notify --show-config
       channel:  #ci-results
       token:    <<S>>
       username: acme-ci

    Then run ``acme notify --summary reports/junit.xml``.
''', S=S), S, "https://api.slack.com/authentication/token-types#bot")

S = fakes.password(fseed())
add("locust-conf", "basic-auth-in-host", "loadtests/locust.conf", fill('''
    locustfile = loadtests/locustfile.py
    host = https://loadtest:<<S>>@staging.acme.io
    users = 200
    spawn-rate = 20
    run-time = 10m
    headless = true
    csv = results/staging
''', S=S), S, "https://docs.locust.io/en/stable/configuration.html#configuration-file")

S = fakes.fake_pem(fseed(), "EC")
add("python-script", "ec-key-in-docs-example", "docs/examples/sign_webhook.py", fill('''
    """Example: sign an outgoing webhook with the staging key."""
    import json

    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    STAGING_KEY = b"""<<S>>"""


    def sign(payload: dict) -> bytes:
        key = serialization.load_pem_private_key(STAGING_KEY, password=None)
        return key.sign(json.dumps(payload).encode(), ec.ECDSA(hashes.SHA256()))
''', S=S), S, "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/ec/")


S = "whsec_" + rs(ALNUM, 32)
add("pytest-module", "stripe-webhook-secret", "tests/test_stripe_webhooks.py", fill('''
    import json
    import time

    import stripe

    from acme_billing.webhooks import handle_event

    # signing secret of the production endpoint https://billing.acme.io/hooks/stripe/
    WEBHOOK_SECRET = "<<S>>"


    def _signed(payload: dict) -> tuple:
        body = json.dumps(payload)
        ts = int(time.time())
        sig = stripe.WebhookSignature._compute_signature(f"{ts}.{body}", WEBHOOK_SECRET)
        return body, f"t={ts},v1={sig}"


    def test_invoice_paid():
        body, header = _signed({"id": "evt_test", "type": "invoice.paid", "data": {"object": {}}})
        assert handle_event(body, header, secret=WEBHOOK_SECRET).status == "ok"
''', S=S), S, "https://docs.stripe.com/webhooks#verify-events")

S = rs(string.ascii_lowercase + "234567", 52)
add("azure-pipelines", "azure-devops-pat", "ci/azure/templates/checkout-shared.yml", fill('''
    steps:
      - checkout: self
      - script: |
          git clone https://build:<<S>>@dev.azure.com/acme/platform/_git/acme-test-fixtures tests/shared
          git -C tests/shared checkout $(FIXTURES_REF)
        displayName: Clone shared fixtures
      - script: pip install -e tests/shared
        displayName: Install fixtures
''', S=S), S, "https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate")

S = anthropic_key()
add("env-test", "anthropic-key", "tests/integration/.env.integration", fill('''
    # loaded by tests/integration/conftest.py via python-dotenv
    ACME_ENV=integration
    ACME_LLM_PROVIDER=anthropic
    ANTHROPIC_API_KEY=<<S>>
    ACME_LLM_MODEL=claude-3-haiku-20240307
    ACME_LLM_TIMEOUT=30
''', S=S), S, "https://docs.anthropic.com/en/api/getting-started")

S = fakes.password(fseed())
add("pyproject-toml", "poetry-source-password", "services/worker/pyproject.toml", fill('''
    [tool.poetry]
    name = "acme-worker"
    version = "0.3.0"
    description = "Background jobs"
    authors = ["Acme <dev@acme.io>"]

    [tool.poetry.dependencies]
    python = "^3.11"
    celery = "^5.3"
    acme-core = {version = "^1.2", source = "acme"}

    [[tool.poetry.source]]
    name = "acme"
    url = "https://poetry:<<S>>@pypi.acme-internal.net/simple/"
    priority = "supplemental"

    [build-system]
    requires = ["poetry-core"]
    build-backend = "poetry.core.masonry.api"
''', S=S), S, "https://python-poetry.org/docs/repositories/")

S = gitlab_pat()
add("ipynb", "gitlab-token-in-env-output", "notebooks/ci_metrics.ipynb", notebook([
    {"cell_type": "markdown", "id": rs(HEX, 8), "metadata": {}, "source": ["## Pipeline durations (last 30 days)"]},
    code(["!env | grep -i gitlab"],
         [stream(["GITLAB_URL=https://gitlab.acme.io\n", f"GITLAB_TOKEN={S}\n", "GITLAB_PROJECT=42\n"])], 1),
    code(["import gitlab\n", "gl = gitlab.Gitlab(os.environ['GITLAB_URL'], private_token=os.environ['GITLAB_TOKEN'])\n",
          "durations = [p.duration for p in gl.projects.get(42).pipelines.list(iterator=True)]"], [], 2),
]), S, "https://python-gitlab.readthedocs.io/en/stable/api-usage.html")
