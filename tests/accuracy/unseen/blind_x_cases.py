"""Blind set X: open-source Python projects as they are really published (sdists, wheels and their
repositories): packaging metadata of every backend, test and docs tooling, CI, release scripts,
notebooks, cassettes, example apps, and the leftovers people ship by accident, with their decoys.

Generated fakes only (seeds 225000-229999), never a real credential.
"""
from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import textwrap
import uuid
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

X = "blind-x"
CASES: List[LabelledCase] = []
_SEED = [225000]

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
WORDS = ["copper", "lantern", "harbor", "maple", "otter", "granite", "violet", "thunder", "pepper", "falcon",
         "orchid", "sierra", "walnut", "meadow", "cobalt", "juniper", "saffron", "glacier", "pebble", "tundra",
         "quartz", "hazel", "ember", "willow", "canyon", "marble", "bramble", "lotus", "nimbus", "raven"]


def seed() -> int:
    _SEED[0] += 1
    assert _SEED[0] < 230000
    return _SEED[0]


def rnd(n: int, alphabet: str = ALNUM) -> str:
    rng = random.Random(seed())
    return "".join(rng.choice(alphabet) for _ in range(n))


def word_pw() -> str:
    """Words + digits + a symbol, as people pick them."""
    rng = random.Random(seed())
    a, b = rng.sample(WORDS, 2)
    return a.capitalize() + rng.choice("-_.#") + b.capitalize() + str(rng.randint(10, 9999)) + rng.choice("!$%*&")


def passphrase() -> str:
    rng = random.Random(seed())
    return "-".join(rng.sample(WORDS, 4)) + str(rng.randint(1, 99))


def pw() -> str:
    return fakes.password(seed())


def stripe(prefix: str = "sk_live_") -> str:
    return prefix + rnd(24)


def slack_bot() -> str:
    rng = random.Random(seed())
    return f"xoxb-{rng.randint(10**11, 10**12 - 1)}-{rng.randint(10**12, 10**13 - 1)}-" + "".join(rng.choice(ALNUM) for _ in range(24))


def slack_hook() -> str:
    up = string.ascii_uppercase + string.digits
    return f"https://hooks.slack.com/services/T{rnd(8, up)}/B{rnd(10, up)}/{rnd(24)}"


def sendgrid() -> str:
    return "SG." + rnd(22, ALNUM + "-_") + "." + rnd(43, ALNUM + "-_")


def gitlab() -> str:
    return "glpat-" + rnd(20, ALNUM + "-_")


def npm() -> str:
    return "npm_" + rnd(36)


def hexs(n: int = 32) -> str:
    return rnd(n, HEX)


def hf() -> str:
    return "hf_" + rnd(34, string.ascii_letters)


def anthropic() -> str:
    return "sk-ant-api03-" + rnd(93, ALNUM + "-_") + "AA"


def google_api() -> str:
    return "AIza" + rnd(35, ALNUM + "-_")


def dockerhub() -> str:
    return "dckr_pat_" + rnd(27, ALNUM + "-_")


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def sha1_of(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def a_uuid() -> str:
    return str(uuid.UUID(int=random.Random(seed()).getrandbits(128), version=4))


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def rand_b64(n: int) -> str:
    """Base64 of random bytes: what an encrypted value looks like."""
    rng = random.Random(seed())
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(seed(), kind)


def cert() -> str:
    body = "\n".join("MIID" + rnd(60, ALNUM + "+/") if i == 0 else rnd(64, ALNUM + "+/") for i in range(8))
    return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----"


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rnd(43, ALNUM + "+/") + " " + comment


def t(text: str, **values: str) -> str:
    text = textwrap.dedent(text).lstrip("\n")
    for key, value in values.items():
        text = text.replace("@" + key.upper() + "@", value)
    return text


def sec(fmt: str, what: str, name: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"{X}/{fmt}/{what}", name, text, secret, source))


def dec(fmt: str, what: str, name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"{X}/{fmt}/decoy-{what}", name, text, None, source))


# --------------------------------------------------------------------------------------------
# setup.py (setuptools, distutils)
# --------------------------------------------------------------------------------------------
S = fakes.pypi_token(seed())
sec("setup-py", "pypi-token-upload-command", "setup.py", t('''
    #!/usr/bin/env python
    import os
    import sys

    from setuptools import find_packages, setup

    here = os.path.abspath(os.path.dirname(__file__))

    if sys.argv[-1] == "publish":
        os.system("python setup.py sdist bdist_wheel")
        os.system("twine upload -u __token__ -p @S@ dist/*")
        sys.exit()

    with open(os.path.join(here, "README.rst"), encoding="utf-8") as f:
        long_description = f.read()

    setup(
        name="tidyframe",
        version="0.4.2",
        description="Small helpers for tidy pandas frames",
        long_description=long_description,
        author="Rhea Lindqvist",
        packages=find_packages(exclude=["tests*"]),
        python_requires=">=3.8",
        install_requires=["pandas>=1.3"],
    )
''', s=S), S, "https://packaging.python.org/en/latest/guides/distributing-packages-using-setuptools/")

S = fakes.github_token(seed())
sec("setup-py", "github-token-in-dependency-url", "legacy/setup.py", t('''
    from setuptools import setup

    setup(
        name="acme-ingest",
        version="2.1.0",
        packages=["acme_ingest"],
        install_requires=[
            "requests>=2.25",
            "acme-core @ git+https://@S@@github.com/acme-data/acme-core.git@v1.9.3",
        ],
        entry_points={"console_scripts": ["acme-ingest=acme_ingest.cli:main"]},
    )
''', s=S), S, "https://setuptools.pypa.io/en/latest/userguide/dependency_management.html")

dec("setup-py", "env-reference-and-checksum", "packages/pyfoo/setup.py", t('''
    import hashlib
    import os

    from setuptools import setup
    from setuptools.command.upload import upload as _upload

    # sha256 of the vendored libfoo tarball, checked before the extension is built
    LIBFOO_SHA256 = "@H@"


    class Upload(_upload):
        def finalize_options(self):
            super().finalize_options()
            self.password = os.environ.get("TWINE_PASSWORD", "")


    setup(
        name="pyfoo",
        version="1.0.3",
        cmdclass={"upload": Upload},
        packages=["pyfoo"],
    )
''', h=sha256_of("libfoo-2.3.tar.gz")), "https://docs.python.org/3.11/distutils/uploading.html")

# --------------------------------------------------------------------------------------------
# setup.cfg
# --------------------------------------------------------------------------------------------
S = word_pw()
sec("setup-cfg", "upload-password", "setup.cfg", t('''
    [metadata]
    name = geoquill
    version = attr: geoquill.__version__
    author = Tomasz Wierzba
    license = BSD-3-Clause
    long_description = file: README.md
    long_description_content_type = text/markdown

    [options]
    packages = find:
    python_requires = >=3.7
    install_requires =
        shapely>=1.8
        pyproj

    [upload]
    repository = https://upload.pypi.org/legacy/
    username = twierzba
    password = @S@

    [bdist_wheel]
    universal = 0
''', s=S), S, "https://docs.python.org/3.11/distutils/configfile.html")

dec("setup-cfg", "flake8-and-tool-settings", "src/setup.cfg", t('''
    [metadata]
    name = paperboat
    version = 0.9.1
    project_urls =
        Source = https://github.com/paperboat-dev/paperboat
        Tracker = https://github.com/paperboat-dev/paperboat/issues

    [options]
    zip_safe = False
    packages = find:
    package_dir =
        = src

    [options.packages.find]
    where = src

    [flake8]
    max-line-length = 100
    extend-ignore = E203, W503
    per-file-ignores =
        tests/*: S105, S106

    [tool:pytest]
    addopts = --strict-markers -ra
''') , "https://setuptools.pypa.io/en/latest/userguide/declarative_config.html")

# --------------------------------------------------------------------------------------------
# pyproject.toml (poetry, hatch, pdm, flit, maturin)
# --------------------------------------------------------------------------------------------
S = "AKIA" + rnd(16, string.ascii_uppercase + "234567")
S2 = fakes.aws_secret_key(seed())
sec("pyproject-toml", "aws-secret-in-pytest-env", "pyproject.toml", t('''
    [build-system]
    requires = ["hatchling"]
    build-backend = "hatchling.build"

    [project]
    name = "s3shelf"
    version = "0.6.0"
    requires-python = ">=3.9"
    dependencies = ["boto3>=1.26", "click"]

    [tool.hatch.build.targets.sdist]
    include = ["/src", "/tests"]

    [tool.pytest.ini_options]
    testpaths = ["tests"]
    env = [
        "AWS_DEFAULT_REGION=eu-west-1",
        "AWS_ACCESS_KEY_ID=@K@",
        "AWS_SECRET_ACCESS_KEY=@S@",
        "S3SHELF_BUCKET=s3shelf-integration",
    ]
''', k=S, s=S2), S2, "https://github.com/pytest-dev/pytest-env")

S = fakes.pypi_token(seed())
sec("pyproject-toml", "pypi-token-in-pdm-source", "backends/pdm-demo/pyproject.toml", t('''
    [project]
    name = "pdm-demo"
    version = "0.1.0"
    dependencies = ["httpx"]

    [build-system]
    requires = ["pdm-backend"]
    build-backend = "pdm.backend"

    [tool.pdm.dev-dependencies]
    test = ["pytest", "respx"]

    [[tool.pdm.source]]
    name = "pypi-upload"
    url = "https://upload.pypi.org/legacy/"
    username = "__token__"
    password = "@S@"

    [tool.pdm.scripts]
    test = "pytest -q"
''', s=S), S, "https://pdm-project.org/latest/usage/config/")

dec("pyproject-toml", "poetry-source-env-reference", "libs/orbital/pyproject.toml", t('''
    [tool.poetry]
    name = "orbital"
    version = "3.2.0"
    description = "Orbit propagation helpers"
    authors = ["Ines Carvalho <ines@orbital.dev>"]

    [tool.poetry.dependencies]
    python = "^3.10"
    numpy = "^1.26"

    [[tool.poetry.source]]
    name = "internal"
    url = "https://pypi.orbital.dev/simple/"
    priority = "supplemental"
    # credentials: poetry config http-basic.internal $PYPI_USER $PYPI_PASSWORD (set in CI)

    [build-system]
    requires = ["poetry-core>=1.0.0"]
    build-backend = "poetry.core.masonry.api"
''') , "https://python-poetry.org/docs/repositories/")

dec("pyproject-toml", "maturin-and-ruff-config", "rust/pyproject.toml", t('''
    [build-system]
    requires = ["maturin>=1.4,<2.0"]
    build-backend = "maturin"

    [project]
    name = "fastbloom-rs"
    requires-python = ">=3.8"
    classifiers = ["Programming Language :: Rust"]
    dynamic = ["version"]

    [tool.maturin]
    features = ["pyo3/extension-module"]
    module-name = "fastbloom_rs._core"

    [tool.ruff.lint]
    select = ["E", "F", "S"]
    # S105/S106 flag the literal "token" in the tokenizer module names
    ignore = ["S105", "S106"]
''') , "https://www.maturin.rs/config")

# --------------------------------------------------------------------------------------------
# tox.ini
# --------------------------------------------------------------------------------------------
S = passphrase()
sec("tox-ini", "database-url-password", "tox.ini", t('''
    [tox]
    envlist = py{39,310,311,312}-django{42,50}, lint
    isolated_build = true

    [testenv]
    deps =
        django42: Django>=4.2,<4.3
        django50: Django>=5.0,<5.1
        pytest-django
    setenv =
        DJANGO_SETTINGS_MODULE = tests.settings
        DATABASE_URL = postgres://ci_runner:@S@@db.staging.flowcart.io:5432/flowcart_test
    commands = pytest {posargs}

    [testenv:lint]
    deps = ruff
    commands = ruff check src tests
''', s=S), S, "https://tox.wiki/en/latest/config.html")

S = fakes.pypi_token(seed())
sec("tox-ini", "pypi-token-release-env", "packages/kite/tox.ini", t('''
    [tox]
    envlist = py311, release

    [testenv]
    deps = pytest
    commands = pytest tests

    [testenv:release]
    skip_install = true
    deps =
        build
        twine
    setenv =
        TWINE_USERNAME = __token__
        TWINE_PASSWORD = @S@
    commands =
        python -m build
        twine upload dist/*
''', s=S), S, "https://tox.wiki/en/latest/config.html")

dec("tox-ini", "passenv-references", "tox-ci.ini", t('''
    [tox]
    envlist = py{310,311}
    requires = tox>=4

    [testenv]
    passenv =
        AWS_ACCESS_KEY_ID
        AWS_SECRET_ACCESS_KEY
        GITHUB_TOKEN
    setenv =
        PYTHONHASHSEED = 0
        SECRET_KEY = {env:SECRET_KEY:unused-in-tests}
    commands = pytest --cov=stormbird {posargs}
''') , "https://tox.wiki/en/latest/config.html#passenv")

# --------------------------------------------------------------------------------------------
# noxfile.py
# --------------------------------------------------------------------------------------------
S = gitlab()
sec("noxfile", "gitlab-token-session-env", "noxfile.py", t('''
    """Nox sessions for lintkit."""
    import nox

    nox.options.sessions = ["tests", "lint"]
    PYTHONS = ["3.9", "3.10", "3.11", "3.12"]


    @nox.session(python=PYTHONS)
    def tests(session):
        session.install("-e", ".[test]")
        session.run("pytest", *session.posargs)


    @nox.session
    def publish_internal(session):
        session.install("build", "twine")
        session.run("python", "-m", "build")
        session.run(
            "twine", "upload",
            "--repository-url", "https://gitlab.com/api/v4/projects/4417213/packages/pypi",
            "-u", "gitlab-ci-token", "-p", "@S@",
            "dist/*",
        )
''', s=S), S, "https://nox.thea.codes/en/stable/config.html")

dec("noxfile", "session-env-from-os", "ci/noxfile.py", t('''
    import os

    import nox


    @nox.session(python="3.11")
    def docs(session):
        session.install("-r", "docs/requirements.txt")
        session.run("sphinx-build", "-W", "docs", "docs/_build/html")


    @nox.session(python="3.11")
    def upload(session):
        token = os.environ["PYPI_API_TOKEN"]
        session.install("twine")
        session.run("twine", "upload", "dist/*", env={"TWINE_USERNAME": "__token__", "TWINE_PASSWORD": token})
''') , "https://nox.thea.codes/en/stable/usage.html")

# --------------------------------------------------------------------------------------------
# conftest.py and test fixtures
# --------------------------------------------------------------------------------------------
S = stripe("sk_live_")
sec("conftest-py", "stripe-live-key-fixture", "tests/conftest.py", t('''
    import pytest

    import paybridge


    @pytest.fixture(scope="session")
    def stripe_client():
        # TODO: switch back to the test key once the webhook tests pass
        return paybridge.StripeClient(api_key="@S@")


    @pytest.fixture
    def order(stripe_client):
        return stripe_client.create_order(amount=1200, currency="eur")
''', s=S), S, "https://docs.pytest.org/en/stable/reference/fixtures.html")

S = sendgrid()
sec("conftest-py", "sendgrid-key-monkeypatch", "tests/integration/conftest.py", t('''
    import os

    import pytest


    @pytest.fixture(autouse=True)
    def mail_env(monkeypatch):
        monkeypatch.setenv("MAILER_BACKEND", "sendgrid")
        monkeypatch.setenv("SENDGRID_API_KEY", "@S@")
        monkeypatch.setenv("MAILER_FROM", "noreply@postbox.example.org")
        yield


    def pytest_collection_modifyitems(config, items):
        if not os.environ.get("RUN_MAIL_TESTS"):
            skip = pytest.mark.skip(reason="set RUN_MAIL_TESTS=1")
            for item in items:
                if "mail" in item.keywords:
                    item.add_marker(skip)
''', s=S), S, "https://docs.pytest.org/en/stable/how-to/monkeypatch.html")

dec("conftest-py", "fake-credentials-for-moto", "tests/unit/conftest.py", t('''
    import os

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
            import boto3
            yield boto3.client("s3", region_name="us-east-1")
''') , "https://docs.getmoto.org/en/latest/docs/getting_started.html")

dec("conftest-py", "factory-uuid-and-hash", "tests/fixtures/conftest.py", t('''
    import uuid

    import pytest

    FIXED_RUN_ID = uuid.UUID("@U@")
    # sha256 of tests/data/sample.parquet; regenerate with `make fixtures`
    SAMPLE_SHA256 = "@H@"


    @pytest.fixture
    def run_id():
        return FIXED_RUN_ID


    @pytest.fixture
    def sample_path(shared_datadir):
        return shared_datadir / "sample.parquet"
''', u=a_uuid(), h=sha256_of("sample.parquet")), "https://docs.pytest.org/en/stable/reference/fixtures.html")

# --------------------------------------------------------------------------------------------
# pytest.ini
# --------------------------------------------------------------------------------------------
S = hf()
sec("pytest-ini", "huggingface-token-env", "pytest.ini", t('''
    [pytest]
    minversion = 7.0
    addopts = -ra --strict-markers
    testpaths = tests
    markers =
        slow: downloads model weights
        gpu: needs CUDA
    env =
        HF_HOME=.cache/hf
        HF_TOKEN=@S@
        TOKENIZERS_PARALLELISM=false
''', s=S), S, "https://github.com/pytest-dev/pytest-env")

dec("pytest-ini", "markers-and-filterwarnings", "tests/pytest.ini", t('''
    [pytest]
    addopts = --doctest-modules
    filterwarnings =
        error
        ignore:.*token.*is deprecated:DeprecationWarning
    markers =
        credentials: tests that need real credentials (skipped in CI)
    xfail_strict = true
''') , "https://docs.pytest.org/en/stable/reference/customize.html")

# --------------------------------------------------------------------------------------------
# Sphinx docs/conf.py and sources
# --------------------------------------------------------------------------------------------
S = google_api()
sec("sphinx-conf-py", "google-api-key", "docs/conf.py", t('''
    # Configuration file for the Sphinx documentation builder.
    import os
    import sys

    sys.path.insert(0, os.path.abspath(".."))

    project = "mapscribe"
    copyright = "2024, Mapscribe developers"
    author = "Mapscribe developers"
    release = "1.8.0"

    extensions = [
        "sphinx.ext.autodoc",
        "sphinx.ext.napoleon",
        "sphinx_gallery.gen_gallery",
    ]

    html_theme = "furo"
    html_static_path = ["_static"]

    # the gallery examples render interactive maps
    os.environ.setdefault("MAPSCRIBE_GOOGLE_KEY", "@S@")

    sphinx_gallery_conf = {
        "examples_dirs": "../examples",
        "gallery_dirs": "auto_examples",
    }
''', s=S), S, "https://www.sphinx-doc.org/en/master/usage/configuration.html")

dec("sphinx-conf-py", "analytics-id-and-intersphinx", "doc/source/conf.py", t('''
    project = "quickjson"
    author = "Quickjson authors"
    extensions = ["sphinx.ext.intersphinx", "sphinx.ext.viewcode"]

    intersphinx_mapping = {
        "python": ("https://docs.python.org/3", None),
        "numpy": ("https://numpy.org/doc/stable/", None),
    }

    html_theme = "pydata_sphinx_theme"
    html_theme_options = {
        "analytics": {"google_analytics_id": "G-7QX2L0CB4H"},
        "github_url": "https://github.com/quickjson/quickjson",
    }
    linkcheck_ignore = [r"https://api\\.quickjson\\.dev/v1/.*\\?token=.*"]
''') , "https://pydata-sphinx-theme.readthedocs.io/en/stable/user_guide/analytics.html")

S = word_pw()
sec("rst", "password-in-quickstart", "docs/quickstart.rst", t('''
    Quickstart
    ==========

    Install the package and point it at the shared demo warehouse:

    .. code-block:: console

       $ pip install warehouse-kit
       $ whk connect --host wh.internal.datalane.io --user analyst \\
             --password '@S@'

    Then list the tables:

    .. code-block:: python

       import whk
       conn = whk.connect()
       conn.tables()

    See :doc:`configuration` for all options.
''', s=S), S, "https://www.sphinx-doc.org/en/master/usage/restructuredtext/directives.html")

dec("rst", "placeholder-token", "docs/authentication.rst", t('''
    Authentication
    ==============

    Every request needs a personal access token. Create one under
    *Settings > Tokens*; it starts with ``cfk_`` followed by 40 characters.

    .. code-block:: bash

       export CLOUDFORK_TOKEN="cfk_<your-token-here>"
       cloudfork whoami

    .. warning::

       Never commit the token. Keep it in your shell profile or a
       ``.env`` file listed in ``.gitignore``.
''') , "https://www.sphinx-doc.org/en/master/usage/restructuredtext/basics.html")

S = slack_hook()
sec("rst", "slack-webhook-in-changelog", "CHANGES.rst", t('''
    Changelog
    =========

    2.3.0 (2024-05-02)
    ------------------

    - Add ``SlackNotifier``. Example::

        notifier = SlackNotifier("@S@")
        notifier.send("deploy finished")

    - Drop Python 3.7.

    2.2.1 (2024-02-11)
    ------------------

    - Fix retries on HTTP 429.
''', s=S), S, "https://api.slack.com/messaging/webhooks")

# --------------------------------------------------------------------------------------------
# MkDocs and Markdown docs
# --------------------------------------------------------------------------------------------
S = rnd(32, HEX)
sec("mkdocs-yml", "algolia-admin-key", "mkdocs.yml", t('''
    site_name: Ripple Queue
    site_url: https://ripplequeue.dev/
    repo_url: https://github.com/ripplequeue/ripple
    theme:
      name: material
      features:
        - search.suggest
        - content.code.copy
    plugins:
      - search
      - mkdocstrings:
          handlers:
            python:
              paths: [src]
    extra:
      algolia:
        app_id: K3PZ71QW0D
        # admin key so `mkdocs gh-deploy` can push the index
        admin_api_key: @S@
        index_name: ripplequeue
    nav:
      - Home: index.md
      - API: api.md
''', s=S), S, "https://www.mkdocs.org/user-guide/configuration/")

dec("mkdocs-yml", "env-tag-and-analytics", "docs/mkdocs.yml", t('''
    site_name: Tessellate
    theme:
      name: material
    plugins:
      - search
      - git-revision-date-localized
      - social
    extra:
      analytics:
        provider: google
        property: G-M4K8PZ1E2R
      version:
        provider: mike
    markdown_extensions:
      - admonition
      - pymdownx.superfences
    # the insiders build pulls the theme with a token from the environment
    copyright: !ENV [COPYRIGHT_NOTICE, "Copyright 2024 Tessellate"]
''') , "https://www.mkdocs.org/user-guide/configuration/#environment-variables")

S = openai = fakes.openai_key(seed())
sec("markdown", "openai-key-in-readme-example", "docs/usage.md", t('''
    # Usage

    `promptkit` wraps the OpenAI client with retries and caching.

    ```python
    from promptkit import Client

    client = Client(api_key="@S@")
    reply = client.complete("Summarise this changelog", model="gpt-4o-mini")
    print(reply.text)
    ```

    ## Caching

    Replies are cached in `~/.cache/promptkit` for a day; pass `cache=False`
    to disable.
''', s=S), S, "https://platform.openai.com/docs/quickstart")

dec("markdown", "documented-key-shape", "docs/configuration.md", t('''
    # Configuration

    | Variable             | Meaning                                   | Example            |
    |----------------------|-------------------------------------------|--------------------|
    | `STRIPE_API_KEY`     | secret key from the dashboard             | `sk_live_...`      |
    | `STRIPE_WEBHOOK_KEY` | signing secret of the endpoint            | `whsec_...`        |
    | `PAYBRIDGE_TIMEOUT`  | seconds before a request is abandoned     | `30`               |

    Keys are read from the environment only; `paybridge` never accepts
    them as arguments in production mode. Use `sk_test_` keys locally.
''') , "https://docs.stripe.com/keys")

S = fakes.telegram_token(seed())
sec("markdown", "telegram-bot-token-in-contributing", "CONTRIBUTING.md", t('''
    # Contributing

    Thanks for helping out! To run the integration tests you need the
    shared test bot:

    ```bash
    export TG_BOT_TOKEN=@S@
    export TG_CHAT_ID=-1001765432109
    pytest tests/integration
    ```

    Please open an issue before large changes, and run `pre-commit run -a`
    before pushing.
''', s=S), S, "https://core.telegram.org/bots/api")

# --------------------------------------------------------------------------------------------
# Makefiles, justfiles, release scripts
# --------------------------------------------------------------------------------------------
S = fakes.pypi_token(seed())
sec("makefile", "pypi-token-variable", "Makefile", t('''
    .PHONY: test lint dist release clean

    PYTHON ?= python3
    PYPI_TOKEN = @S@

    test:
    \tpytest -q

    lint:
    \truff check . && mypy src

    dist: clean
    \t$(PYTHON) -m build

    release: dist
    \ttwine upload -u __token__ -p $(PYPI_TOKEN) dist/*

    clean:
    \trm -rf build dist *.egg-info
''', s=S), S, "https://www.gnu.org/software/make/manual/make.html")

dec("makefile", "make-variable-from-env", "docs/Makefile", t('''
    # Minimal makefile for Sphinx documentation
    SPHINXOPTS    ?=
    SPHINXBUILD   ?= sphinx-build
    SOURCEDIR     = .
    BUILDDIR      = _build

    help:
    \t@$(SPHINXBUILD) -M help "$(SOURCEDIR)" "$(BUILDDIR)" $(SPHINXOPTS) $(O)

    deploy:
    \tghp-import -n -p -f -r https://x-access-token:$(GH_TOKEN)@github.com/org/proj.git $(BUILDDIR)/html

    .PHONY: help deploy Makefile
    %: Makefile
    \t@$(SPHINXBUILD) -M $@ "$(SOURCEDIR)" "$(BUILDDIR)" $(SPHINXOPTS) $(O)
''') , "https://www.sphinx-doc.org/en/master/usage/quickstart.html")

S = npm()
sec("justfile", "npm-token-recipe", "justfile", t('''
    set dotenv-load := false

    default:
        just --list

    test:
        pytest -q

    # the docs site ships a small JS widget published to npm
    publish-widget:
        cd widget && npm run build
        cd widget && NPM_TOKEN=@S@ npm publish --access public

    wheel:
        python -m build --wheel
''', s=S), S, "https://just.systems/man/en/")

S = fakes.pypi_token(seed())
sec("shell-script", "pypi-token-in-release-sh", "scripts/release.sh", t('''
    #!/usr/bin/env bash
    # Cut a release: bump, tag, build, upload.
    set -euo pipefail

    VERSION="${1:?usage: release.sh VERSION}"
    bump-my-version bump --new-version "$VERSION"
    git tag -s "v$VERSION" -m "Release $VERSION"

    rm -rf dist
    python -m build
    twine check dist/*
    TWINE_USERNAME=__token__ \\
    TWINE_PASSWORD='@S@' \\
        twine upload dist/*

    git push origin main --tags
''', s=S), S, "https://twine.readthedocs.io/en/stable/#environment-variables")

dec("shell-script", "reads-token-from-keyring", "scripts/publish.sh", t('''
    #!/bin/sh
    set -e
    # The token lives in the OS keyring: keyring set https://upload.pypi.org/legacy/ __token__
    TOKEN="$(keyring get https://upload.pypi.org/legacy/ __token__)"
    python -m build
    python -m twine upload --non-interactive -u __token__ -p "$TOKEN" dist/*
    echo "uploaded $(ls dist)"
''') , "https://twine.readthedocs.io/en/stable/#keyring-support")

S = dockerhub()
sec("shell-script", "dockerhub-pat-login", "tools/build-images.sh", t('''
    #!/usr/bin/env bash
    set -euo pipefail
    IMAGE=docker.io/sluicebox/sluice
    TAG=$(python -c "import sluice; print(sluice.__version__)")

    echo "@S@" | docker login -u sluiceci --password-stdin
    docker build -t "$IMAGE:$TAG" -t "$IMAGE:latest" .
    docker push "$IMAGE:$TAG"
    docker push "$IMAGE:latest"
''', s=S), S, "https://docs.docker.com/security/for-developers/access-tokens/")

S = pw()
sec("python-script", "smtp-password-release-announcer", "tools/announce_release.py", t('''
    """Mail the release notes to the announce list after an upload."""
    import smtplib
    import sys
    from email.message import EmailMessage

    SMTP_HOST = "smtp.fastmail.com"
    SMTP_USER = "releases@quillmark.org"
    SMTP_PASSWORD = "@S@"


    def main(version: str) -> None:
        msg = EmailMessage()
        msg["Subject"] = f"[ANN] quillmark {version} released"
        msg["From"] = SMTP_USER
        msg["To"] = "quillmark-announce@googlegroups.com"
        msg.set_content(open("CHANGELOG.md").read().split("\\n## ")[1])
        with smtplib.SMTP_SSL(SMTP_HOST, 465) as smtp:
            smtp.login(SMTP_USER, SMTP_PASSWORD)
            smtp.send_message(msg)


    if __name__ == "__main__":
        main(sys.argv[1])
''', s=S), S, "https://docs.python.org/3/library/smtplib.html")

dec("python-script", "getpass-prompt", "tools/upload_docs.py", t('''
    import getpass
    import os

    import requests

    API = "https://readthedocs.org/api/v3/projects/quillmark/versions/"


    def token() -> str:
        return os.environ.get("RTD_TOKEN") or getpass.getpass("Read the Docs token: ")


    def activate(version: str) -> None:
        r = requests.patch(API + version + "/", json={"active": True},
                           headers={"Authorization": f"Token {token()}"})
        r.raise_for_status()
''') , "https://docs.readthedocs.io/en/stable/api/v3.html")

# --------------------------------------------------------------------------------------------
# GitHub Actions workflows
# --------------------------------------------------------------------------------------------
S = fakes.pypi_token(seed())
sec("github-workflow", "pypi-token-inline", ".github/workflows/publish.yml", t('''
    name: Publish

    on:
      release:
        types: [published]

    jobs:
      pypi:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with:
              python-version: "3.12"
          - run: python -m pip install build
          - run: python -m build
          - uses: pypa/gh-action-pypi-publish@release/v1
            with:
              user: __token__
              password: @S@
''', s=S), S, "https://github.com/pypa/gh-action-pypi-publish")

dec("github-workflow", "trusted-publishing-and-secrets-expr", ".github/workflows/release.yml", t('''
    name: Release
    on:
      push:
        tags: ["v*"]
    permissions:
      contents: read
    jobs:
      build:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11  # v4.1.1
          - run: pipx run build
          - uses: actions/upload-artifact@v4
            with: {name: dist, path: dist}
      publish:
        needs: build
        runs-on: ubuntu-latest
        environment: pypi
        permissions:
          id-token: write
        steps:
          - uses: actions/download-artifact@v4
            with: {name: dist, path: dist}
          - uses: pypa/gh-action-pypi-publish@release/v1
      notify:
        needs: publish
        runs-on: ubuntu-latest
        steps:
          - run: curl -fsS -X POST -d '{"text":"released"}' "${{ secrets.SLACK_WEBHOOK_URL }}"
''') , "https://docs.pypi.org/trusted-publishers/using-a-publisher/")

S = pw()
sec("github-workflow", "service-container-password-staging", ".github/workflows/integration.yml", t('''
    name: integration
    on: [push, pull_request]
    jobs:
      test:
        runs-on: ubuntu-latest
        env:
          STAGING_DSN: mysql://deploy:@S@@mysql-staging.corvid.cloud:3306/corvid
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with:
              python-version: "3.11"
          - run: pip install -e .[mysql,test]
          - run: pytest tests/integration --dsn "$STAGING_DSN"
''', s=S), S, "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions")

dec("github-workflow", "ci-service-container-default-password", ".github/workflows/tests.yml", t('''
    name: tests
    on: [push, pull_request]
    jobs:
      pytest:
        runs-on: ubuntu-latest
        services:
          postgres:
            image: postgres:16
            env:
              # throwaway container that lives for this job only
              POSTGRES_PASSWORD: postgres
            ports: ["5432:5432"]
            options: --health-cmd pg_isready --health-interval 10s
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with: {python-version: "3.12"}
          - run: pip install -e .[test]
          - run: pytest
            env:
              DATABASE_URL: postgres://postgres:postgres@localhost:5432/postgres
''') , "https://docs.github.com/en/actions/use-cases-and-examples/using-containerized-services/creating-postgresql-service-containers")

S = slack_bot()
sec("github-workflow", "slack-bot-token-step", ".github/workflows/nightly.yml", t('''
    name: nightly
    on:
      schedule:
        - cron: "17 3 * * *"
    jobs:
      benchmarks:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - run: pip install -e .[bench] && python -m benchmarks.run --json out.json
          - name: Post results
            uses: slackapi/slack-github-action@v1.26.0
            with:
              channel-id: C05L7QW2M1B
              payload-file-path: out.json
            env:
              SLACK_BOT_TOKEN: @S@
''', s=S), S, "https://github.com/slackapi/slack-github-action")

dec("github-workflow", "pinned-action-shas-and-cache-key", ".github/workflows/lint.yml", t('''
    name: lint
    on: [pull_request]
    jobs:
      ruff:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@@A@
          - uses: actions/cache@@B@
            with:
              path: ~/.cache/pre-commit
              key: pre-commit-3|@C@
          - uses: pre-commit/action@@D@
''', a=sha1_of("checkout"), b=sha1_of("cache"), c=sha256_of(".pre-commit-config.yaml"), d=sha1_of("pre-commit")),
    "https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions")

# --------------------------------------------------------------------------------------------
# other CI: GitLab, Travis, AppVeyor, CircleCI, Azure Pipelines, Read the Docs
# --------------------------------------------------------------------------------------------
S = fakes.pypi_token(seed())
sec("gitlab-ci", "pypi-token-variable", ".gitlab-ci.yml", t('''
    stages: [test, deploy]

    variables:
      PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
      TWINE_USERNAME: __token__
      TWINE_PASSWORD: "@S@"

    test:
      stage: test
      image: python:3.12
      script:
        - pip install -e .[test]
        - pytest

    deploy:
      stage: deploy
      image: python:3.12
      only: [tags]
      script:
        - pip install build twine
        - python -m build
        - twine upload dist/*
''', s=S), S, "https://docs.gitlab.com/ee/ci/yaml/")

dec("gitlab-ci", "ci-job-token-reference", "ci/.gitlab-ci.yml", t('''
    publish:
      stage: deploy
      image: python:3.11
      rules:
        - if: $CI_COMMIT_TAG
      script:
        - pip install build twine
        - python -m build
        - TWINE_PASSWORD=${CI_JOB_TOKEN} TWINE_USERNAME=gitlab-ci-token
          python -m twine upload --repository-url ${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/pypi dist/*
''') , "https://docs.gitlab.com/ee/user/packages/pypi_repository/")

dec("travis-yml", "secure-encrypted-env", ".travis.yml", t('''
    language: python
    dist: focal
    python:
      - "3.8"
      - "3.9"
    install: pip install -e .[test]
    script: pytest
    deploy:
      provider: pypi
      username: __token__
      password:
        secure: "@E@"
      on:
        tags: true
''', e=rand_b64(256)), "https://docs.travis-ci.com/user/deployment/pypi/")

S = fakes.pypi_token(seed())
sec("travis-yml", "plain-password-deploy", "legacy/.travis.yml", t('''
    language: python
    python:
      - "3.6"
      - "3.7"
    install:
      - pip install -r requirements-dev.txt
    script:
      - pytest --cov
    deploy:
      provider: pypi
      user: __token__
      password: @S@
      distributions: "sdist bdist_wheel"
      on:
        tags: true
''', s=S), S, "https://docs.travis-ci.com/user/deployment/pypi/")

S = rnd(40, HEX)
sec("appveyor-yml", "github-token-plain", "appveyor.yml", t('''
    image: Visual Studio 2022
    environment:
      GITHUB_RELEASE_TOKEN: @S@
      matrix:
        - PYTHON: "C:\\\\Python311-x64"
        - PYTHON: "C:\\\\Python312-x64"
    install:
      - "%PYTHON%\\\\python.exe -m pip install cibuildwheel==2.16.5"
    build_script:
      - "%PYTHON%\\\\python.exe -m cibuildwheel --output-dir wheelhouse"
    artifacts:
      - path: "wheelhouse\\\\*.whl"
''', s=S), S, "https://www.appveyor.com/docs/appveyor-yml/")

dec("appveyor-yml", "secure-variable", "ci/appveyor.yml", t('''
    environment:
      TWINE_USERNAME: __token__
      TWINE_PASSWORD:
        secure: @E@
    install:
      - py -m pip install twine build
    build_script:
      - py -m build
    deploy_script:
      - ps: if ($env:APPVEYOR_REPO_TAG -eq "true") { py -m twine upload dist/* }
''', e=rand_b64(48)), "https://www.appveyor.com/docs/build-configuration/#secure-variables")

S = rnd(40, HEX)
sec("circleci-config", "sentry-auth-token-env", ".circleci/config.yml", t('''
    version: 2.1
    orbs:
      python: circleci/python@2.1
    jobs:
      build-and-test:
        docker:
          - image: cimg/python:3.12
            environment:
              SENTRY_AUTH_TOKEN: @S@
        steps:
          - checkout
          - python/install-packages:
              pkg-manager: pip
          - run: pytest --junitxml=test-results/junit.xml
          - store_test_results:
              path: test-results
    workflows:
      main:
        jobs: [build-and-test]
''', s=S), S, "https://circleci.com/docs/configuration-reference/")

S = rnd(52, "abcdefghijklmnopqrstuvwxyz234567")
sec("azure-pipelines", "azure-devops-pat", "azure-pipelines.yml", t('''
    trigger:
      - main
    pool:
      vmImage: ubuntu-latest
    variables:
      pythonVersion: "3.11"
      ARTIFACTS_PAT: @S@
    steps:
      - task: UsePythonVersion@0
        inputs:
          versionSpec: $(pythonVersion)
      - script: |
          pip install build twine
          python -m build
          twine upload -r corp --repository-url https://pkgs.dev.azure.com/corvid/_packaging/corp/pypi/upload/ -u corvid -p $(ARTIFACTS_PAT) dist/*
        displayName: Publish to Azure Artifacts
''', s=S), S, "https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/")

dec("readthedocs-yaml", "build-config", ".readthedocs.yaml", t('''
    version: 2
    build:
      os: ubuntu-22.04
      tools:
        python: "3.12"
      jobs:
        post_checkout:
          - git fetch --unshallow || true
    sphinx:
      configuration: docs/conf.py
      fail_on_warning: true
    python:
      install:
        - method: pip
          path: .
          extra_requirements: [docs]
''') , "https://docs.readthedocs.io/en/stable/config-file/v2.html")

dec("pre-commit-config", "pinned-revs", ".pre-commit-config.yaml", t('''
    repos:
      - repo: https://github.com/pre-commit/pre-commit-hooks
        rev: v4.6.0
        hooks:
          - id: detect-private-key
          - id: check-yaml
      - repo: https://github.com/astral-sh/ruff-pre-commit
        rev: v0.4.4
        hooks:
          - id: ruff
            args: [--fix]
      - repo: https://github.com/psf/black
        rev: @R@
        hooks:
          - id: black
    ci:
      autoupdate_schedule: monthly
''', r=sha1_of("black-24.4.2")), "https://pre-commit.com/#plugins")

# --------------------------------------------------------------------------------------------
# Jupyter notebooks in examples/
# --------------------------------------------------------------------------------------------


def notebook(cells: list) -> str:
    nb = {"cells": [], "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                    "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    for i, (kind, source, outputs) in enumerate(cells):
        cell = {"cell_type": kind, "id": hashlib.md5(f"{source}{i}".encode()).hexdigest()[:8], "metadata": {}, "source": source.splitlines(True)}
        if kind == "code":
            cell["execution_count"] = i
            cell["outputs"] = outputs
        nb["cells"].append(cell)
    return json.dumps(nb, indent=1) + "\n"


S = fakes.openai_key(seed())
sec("ipynb", "openai-key-in-code-cell", "examples/01_getting_started.ipynb", notebook([
    ("markdown", "# Getting started\nSet your key, then build an index.", None),
    ("code", f'import os\nos.environ["OPENAI_API_KEY"] = "{S}"', []),
    ("code", "from ragline import Index\nidx = Index.from_folder('data/')\nidx.query('what is ragline?')",
     [{"output_type": "execute_result", "execution_count": 2, "metadata": {}, "data": {"text/plain": ["'ragline is a retrieval toolkit.'"]}}]),
]), S, "https://nbformat.readthedocs.io/en/latest/format_description.html")

S = rnd(64, HEX)
sec("ipynb", "token-in-printed-output", "examples/auth_walkthrough.ipynb", notebook([
    ("markdown", "## Logging in\n`login()` exchanges your credentials for an API token.", None),
    ("code", "from skyledger import login\nsession = login(user='demo@skyledger.io')\nprint(session.headers)",
     [{"output_type": "stream", "name": "stdout", "text": [f"{{'Authorization': 'Bearer {S}', 'User-Agent': 'skyledger/0.8'}}\n"]}]),
    ("code", "session.get('/v2/ledgers').json()[:2]", []),
]), S, "https://nbformat.readthedocs.io/en/latest/format_description.html")

S = fakes.aws_secret_key(seed())
K = fakes.aws_key_id(seed())
sec("ipynb", "aws-secret-boto3-client", "examples/s3_demo.ipynb", notebook([
    ("markdown", "# Reading parquet from S3", None),
    ("code", f"import boto3\ns3 = boto3.client(\n    's3',\n    aws_access_key_id='{K}',\n    aws_secret_access_key='{S}',\n)", []),
    ("code", "import pandas as pd\ndf = pd.read_parquet('s3://shelf-demo/trips.parquet')\ndf.head()", []),
]), S, "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html")

_rng = random.Random(seed())
_png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(_rng.getrandbits(8) for _ in range(600))).decode()
dec("ipynb", "base64-png-output", "examples/plotting.ipynb", notebook([
    ("markdown", "# Plotting\nA histogram of the sample.", None),
    ("code", "import matplotlib.pyplot as plt\nplt.hist(sample, bins=40)\nplt.show()",
     [{"output_type": "display_data", "metadata": {}, "data": {"image/png": _png, "text/plain": ["<Figure size 640x480 with 1 Axes>"]}}]),
]), "https://nbformat.readthedocs.io/en/latest/format_description.html")

dec("ipynb", "getpass-and-env", "examples/02_auth.ipynb", notebook([
    ("markdown", "# Authentication\nThe key is read from the environment or prompted for.", None),
    ("code", "import os, getpass\nkey = os.environ.get('RAGLINE_KEY') or getpass.getpass('RAGLINE_KEY: ')", []),
    ("code", "from ragline import Client\nclient = Client(api_key=key)\nclient.ping()",
     [{"output_type": "execute_result", "execution_count": 2, "metadata": {}, "data": {"text/plain": ["{'status': 'ok', 'request_id': '" + a_uuid() + "'}"]}}]),
]), "https://docs.python.org/3/library/getpass.html")

# --------------------------------------------------------------------------------------------
# CHANGELOG, PKG-INFO, wheel METADATA / RECORD, MANIFEST.in
# --------------------------------------------------------------------------------------------
S = fakes.github_fine_grained_token(seed())
sec("changelog-md", "fine-grained-pat-in-example", "CHANGELOG.md", t('''
    # Changelog

    ## [1.4.0] - 2024-06-18
    ### Added
    - `GitHubSource` now accepts a token directly:
      `GitHubSource("octo/repo", token="@S@")`
    - `--since` flag for incremental syncs.

    ### Fixed
    - Pagination stopped after 30 issues (#212).

    ## [1.3.2] - 2024-04-01
    ### Fixed
    - Crash on empty repositories.
''', s=S), S, "https://keepachangelog.com/en/1.1.0/")

dec("changelog-md", "commit-ids-and-hashes", "HISTORY.md", t('''
    # History

    ## 0.12.0 (2024-03-09)
    * Rotate the test fixtures' signing key (commit @C1@).
    * Wheels now list their sha256 in the release notes:
      `tessera-0.12.0-py3-none-any.whl`: `@H@`
    * Removed the deprecated `token=` argument; use `TESSERA_TOKEN`.

    ## 0.11.1 (2024-01-22)
    * Fix for #88 (@C2@).
''', c1=sha1_of("c1"), c2=sha1_of("c2")[:12], h=sha256_of("tessera-0.12.0")), "https://keepachangelog.com/en/1.1.0/")

S = word_pw()
sec("pkg-info", "password-in-long-description", "tidyconn-0.3.1/PKG-INFO", t('''
    Metadata-Version: 2.1
    Name: tidyconn
    Version: 0.3.1
    Summary: Connection pooling for small services
    Home-page: https://github.com/tidyconn/tidyconn
    Author: Mireille Dufort
    License: MIT
    Requires-Python: >=3.8
    Description-Content-Type: text/markdown
    License-File: LICENSE

    # tidyconn

    ```python
    from tidyconn import Pool
    pool = Pool("postgresql://svc_reports:@S@@pg-main.tidyconn.net/reports", size=8)
    with pool.connection() as conn:
        conn.execute("select 1")
    ```

    MIT licensed.
''', s=S), S, "https://packaging.python.org/en/latest/specifications/core-metadata/")

dec("pkg-info", "example-url-placeholder", "quicklog-2.0.0/PKG-INFO", t('''
    Metadata-Version: 2.3
    Name: quicklog
    Version: 2.0.0
    Summary: Structured logging that ships to Loki
    Project-URL: Documentation, https://quicklog.readthedocs.io
    Author-email: Quicklog devs <dev@quicklog.org>
    Requires-Dist: httpx>=0.25
    Description-Content-Type: text/markdown

    # quicklog

    ```python
    quicklog.configure(url="https://USER:PASSWORD@logs.example.com/loki/api/v1/push")
    ```

    Replace `USER` and `PASSWORD` with the values from your Grafana Cloud stack.
''') , "https://packaging.python.org/en/latest/specifications/core-metadata/")

S = fakes.redis_password(seed())
sec("wheel-metadata", "redis-url-in-description", "cachetier-1.2.0.dist-info/METADATA", t('''
    Metadata-Version: 2.1
    Name: cachetier
    Version: 1.2.0
    Summary: Two-level cache (memory + Redis)
    Author-email: Ola Nordmann <ola@cachetier.dev>
    Classifier: Programming Language :: Python :: 3
    Requires-Python: >=3.9
    Requires-Dist: redis>=5
    Description-Content-Type: text/x-rst

    cachetier
    =========

    .. code-block:: python

        from cachetier import Cache
        cache = Cache(redis_url="rediss://default:@S@@cache-prod.cachetier.dev:6380/0")
''', s=S), S, "https://packaging.python.org/en/latest/specifications/core-metadata/")

dec("wheel-record", "sha256-hashes", "cachetier-1.2.0.dist-info/RECORD", "\n".join(
    f"{path},sha256={base64.urlsafe_b64encode(hashlib.sha256(path.encode()).digest()).decode().rstrip('=')},{len(path) * 97}"
    for path in ["cachetier/__init__.py", "cachetier/cache.py", "cachetier/redis_backend.py", "cachetier/secrets.py",
                 "cachetier/py.typed", "cachetier-1.2.0.dist-info/METADATA", "cachetier-1.2.0.dist-info/WHEEL"]
) + "\ncachetier-1.2.0.dist-info/RECORD,,\n", "https://packaging.python.org/en/latest/specifications/recording-installed-packages/")

S = fakes.github_token(seed())
sec("direct-url-json", "token-in-vcs-url", "tessera_ext-0.2.0.dist-info/direct_url.json", json.dumps({
    "url": f"https://{S}@github.com/tessera-labs/tessera-ext.git",
    "vcs_info": {"vcs": "git", "requested_revision": "main", "commit_id": sha1_of("tessera-ext")},
    "subdirectory": "python",
}, indent=2) + "\n", S, "https://packaging.python.org/en/latest/specifications/direct-url-data-structure/")

dec("direct-url-json", "archive-hash", "fastbloom-0.3.0.dist-info/direct_url.json", json.dumps({
    "url": "https://files.pythonhosted.org/packages/fastbloom-0.3.0.tar.gz",
    "archive_info": {"hash": "sha256=" + sha256_of("fastbloom-0.3.0.tar.gz"),
                     "hashes": {"sha256": sha256_of("fastbloom-0.3.0.tar.gz")}},
    "dir_info": {},
}, indent=2) + "\n", "https://packaging.python.org/en/latest/specifications/direct-url-data-structure/")

dec("manifest-in", "excludes-secret-files", "MANIFEST.in", t('''
    include LICENSE README.md CHANGELOG.md
    include pyproject.toml
    recursive-include src/tidyframe *.py *.pyi py.typed
    recursive-include tests *.py *.json
    prune docs/_build
    exclude .env .pypirc secrets.toml
    global-exclude *.py[cod] __pycache__ *.so
''') , "https://setuptools.pypa.io/en/latest/userguide/miscellaneous.html")

dec("entry-points-txt", "console-scripts", "geoquill-1.1.0.dist-info/entry_points.txt", t('''
    [console_scripts]
    geoquill = geoquill.cli:main
    geoquill-token = geoquill.auth:print_token_command

    [geoquill.backends]
    password = geoquill.auth.backends:PasswordBackend
    token = geoquill.auth.backends:TokenBackend
''') , "https://packaging.python.org/en/latest/specifications/entry-points/")

# --------------------------------------------------------------------------------------------
# .pypirc, .netrc, pip.conf and friends left behind
# --------------------------------------------------------------------------------------------
S = fakes.pypi_token(seed())
sec("pypirc", "pypi-token", ".pypirc", t('''
    [distutils]
    index-servers =
        pypi
        testpypi

    [pypi]
    username = __token__
    password = @S@

    [testpypi]
    repository = https://test.pypi.org/legacy/
    username = __token__
''', s=S), S, "https://packaging.python.org/en/latest/specifications/pypirc/")

S = passphrase()
sec("pypirc", "private-index-password", "tidyconn-0.3.1/.pypirc", t('''
    [distutils]
    index-servers = internal

    [internal]
    repository = https://nexus.tidyconn.net/repository/pypi-internal/
    username = release-bot
    password = @S@
''', s=S), S, "https://packaging.python.org/en/latest/specifications/pypirc/")

dec("pypirc", "token-placeholder", "docs/examples/pypirc.sample", t('''
    # Copy to ~/.pypirc and fill in your token from https://pypi.org/manage/account/token/
    [distutils]
    index-servers =
        pypi

    [pypi]
    username = __token__
    password = pypi-AgEIcHlwaS5vcmc...<rest of your token>
''') , "https://packaging.python.org/en/latest/specifications/pypirc/")

S = fakes.github_token(seed())
sec("netrc", "github-token-login", ".netrc", t('''
    machine github.com
      login ci-bot
      password @S@

    machine api.github.com
      login ci-bot
      password @S@
''', s=S), S, "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html")

S = pw()
sec("netrc", "artifactory-password-one-line", "build/.netrc", t('''
    # generated by ci/setup-netrc.sh
    machine artifactory.corvid.cloud login svc-pypi password @S@
    # keep this file mode 0600; pip and twine both read it
    # for the private index (see docs/ci.md)
    machine files.pythonhosted.org login __anonymous__
''', s=S), S, "https://pip.pypa.io/en/stable/topics/authentication/#netrc-support")

S = word_pw()
sec("pip-conf", "index-url-with-password", "pip.conf", t('''
    [global]
    timeout = 60
    index-url = https://deploy:@S@@pypi.corvid.cloud/simple/
    extra-index-url = https://pypi.org/simple/
    trusted-host = pypi.corvid.cloud

    [install]
    prefer-binary = true
''', s=S), S, "https://pip.pypa.io/en/stable/topics/configuration/")

dec("pip-conf", "env-var-in-index-url", "ci/pip.ini", t('''
    [global]
    index-url = https://${PIP_USER}:${PIP_PASSWORD}@pypi.corvid.cloud/simple/
    no-cache-dir = false
    disable-pip-version-check = true

    [install]
    require-hashes = false
''') , "https://pip.pypa.io/en/stable/topics/configuration/#environment-variables")

S = fakes.github_token(seed())
sec("requirements-txt", "token-in-git-url", "requirements/prod.txt", t('''
    # pinned with pip-compile
    django==4.2.13
    gunicorn==22.0.0
    psycopg[binary]==3.1.19
    git+https://@S@:x-oauth-basic@github.com/corvid-cloud/corvid-auth.git@v2.4.1#egg=corvid-auth
    sentry-sdk==2.3.1
    whitenoise==6.6.0
''', s=S), S, "https://pip.pypa.io/en/stable/topics/vcs-support/")

dec("requirements-txt", "hashes", "requirements/docs.txt", t('''
    # This file is autogenerated by pip-compile with Python 3.12
    sphinx==7.3.7 \\
        --hash=sha256:@A@ \\
        --hash=sha256:@B@
    furo==2024.5.6 \\
        --hash=sha256:@C@
    sphinx-copybutton==0.5.2 \\
        --hash=sha256:@D@
''', a=sha256_of("sphinx1"), b=sha256_of("sphinx2"), c=sha256_of("furo"), d=sha256_of("copybutton")),
    "https://pip.pypa.io/en/stable/topics/secure-installs/")

S = gitlab()
sec("requirements-txt", "gitlab-deploy-token-index", "requirements-internal.txt", t('''
    --index-url https://pypi.org/simple
    --extra-index-url https://__token__:@S@@gitlab.com/api/v4/projects/5583012/packages/pypi/simple
    lintkit-rules==0.7.3
    lintkit==1.12.0
    pyyaml>=6
''', s=S), S, "https://docs.gitlab.com/ee/user/packages/pypi_repository/")

S = pw()
sec("pip-conf", "pip-conf-trusted-host-devpi", "devpi/pip.conf", t('''
    [global]
    index-url = http://maintainer:@S@@devpi.lab.quillmark.org:3141/maintainer/dev/+simple/
    trusted-host = devpi.lab.quillmark.org

    [search]
    index = http://devpi.lab.quillmark.org:3141/maintainer/dev/
''', s=S), S, "https://devpi.net/docs/devpi/devpi/stable/+doc/quickstart-releaseprocess.html")

S = fakes.github_token(seed())
sec("git-credentials", "github-token-store", ".git-credentials", t('''
    https://ci-bot:@S@@github.com
    # written by `git config credential.helper store`
    # (kept for the mirror job: scripts/mirror.sh pushes the
    # default branch and tags to the GitHub mirror every hour;
    # the GitLab side uses the runner's job token instead)
''', s=S), S, "https://git-scm.com/docs/git-credential-store")

# --------------------------------------------------------------------------------------------
# vcrpy / pytest-recording / betamax cassettes
# --------------------------------------------------------------------------------------------
S = stripe("sk_live_")
sec("vcr-cassette", "stripe-basic-auth-header", "tests/cassettes/test_create_charge.yaml", t('''
    interactions:
    - request:
        body: amount=1200&currency=eur&source=tok_visa
        headers:
          Accept: ['*/*']
          Authorization: [Bearer @S@]
          Content-Type: [application/x-www-form-urlencoded]
          User-Agent: [paybridge/2.1.0]
        method: POST
        uri: https://api.stripe.com/v1/charges
      response:
        body: {string: '{"id": "ch_3PKqL2Ed", "object": "charge", "amount": 1200, "status": "succeeded"}'}
        headers:
          Content-Type: [application/json]
          Request-Id: [req_Z4h8mK2nQ]
        status: {code: 200, message: OK}
    version: 1
''', s=S), S, "https://vcrpy.readthedocs.io/en/latest/advanced.html")

S = fakes.github_token(seed())
sec("vcr-cassette", "github-token-query-param", "tests/cassettes/test_sync/test_list_issues.yaml", t('''
    interactions:
    - request:
        body: null
        headers:
          Accept:
          - application/vnd.github+json
          Connection:
          - keep-alive
        method: GET
        uri: https://api.github.com/repos/octo/issues-demo/issues?state=open&per_page=100&access_token=@S@
      response:
        body:
          string: '[{"number": 212, "title": "Pagination stops after 30"}]'
        headers:
          X-RateLimit-Remaining:
          - '4987'
        status:
          code: 200
          message: OK
    version: 1
''', s=S), S, "https://github.com/kiwicom/pytest-recording")

dec("vcr-cassette", "filtered-headers", "tests/cassettes/test_sync/test_get_repo.yaml", t('''
    interactions:
    - request:
        body: null
        headers:
          Accept:
          - application/vnd.github+json
          Authorization:
          - DUMMY
        method: GET
        uri: https://api.github.com/repos/octo/issues-demo
      response:
        body:
          string: '{"id": 771223, "node_id": "R_kgDOALxJlw", "full_name": "octo/issues-demo", "private": false}'
        headers:
          ETag:
          - W/"@E@"
        status:
          code: 200
          message: OK
    version: 1
''', e=hexs(64)), "https://vcrpy.readthedocs.io/en/latest/advanced.html#filter-sensitive-data-from-the-request")

S = rnd(32, HEX)
sec("vcr-cassette", "password-in-request-body", "tests/integration/cassettes/test_login.yaml", t('''
    interactions:
    - request:
        body: '{"username": "qa-bot", "password": "@S@"}'
        headers:
          Content-Type:
          - application/json
        method: POST
        uri: https://api.skyledger.io/v2/auth/login
      response:
        body:
          string: '{"ok": true}'
        headers:
          Content-Type:
          - application/json
        status:
          code: 200
          message: OK
    version: 1
''', s=S), S, "https://vcrpy.readthedocs.io/en/latest/usage.html")

S = sendgrid()
sec("betamax-cassette", "sendgrid-bearer", "tests/cassettes/MailTests.test_send.json", json.dumps({
    "http_interactions": [{
        "request": {"body": {"encoding": "utf-8", "string": "{\"personalizations\": [{\"to\": [{\"email\": \"qa@postbox.example.org\"}]}]}"},
                    "headers": {"Authorization": [f"Bearer {S}"], "Content-Type": ["application/json"]},
                    "method": "POST", "uri": "https://api.sendgrid.com/v3/mail/send"},
        "response": {"body": {"encoding": None, "string": ""}, "headers": {"X-Message-Id": ["Uq5n9cLgR4y2"]},
                     "status": {"code": 202, "message": "Accepted"}, "url": "https://api.sendgrid.com/v3/mail/send"},
        "recorded_at": "2024-05-14T09:12:44",
    }],
    "recorded_with": "betamax/0.9.0",
}, indent=2) + "\n", S, "https://betamax.readthedocs.io/en/latest/cassettes.html")

dec("betamax-cassette", "placeholder-substituted", "tests/cassettes/MailTests.test_bounce.json", json.dumps({
    "http_interactions": [{
        "request": {"body": {"encoding": "utf-8", "string": ""},
                    "headers": {"Authorization": ["Bearer <SENDGRID_API_KEY>"], "Accept": ["application/json"]},
                    "method": "GET", "uri": "https://api.sendgrid.com/v3/suppression/bounces"},
        "response": {"body": {"encoding": None, "string": "[]"}, "headers": {"X-Message-Id": ["Rq2kc7XbT8aa"]},
                     "status": {"code": 200, "message": "OK"}, "url": "https://api.sendgrid.com/v3/suppression/bounces"},
        "recorded_at": "2024-05-14T09:13:02",
    }],
    "recorded_with": "betamax/0.9.0",
}, indent=2) + "\n", "https://betamax.readthedocs.io/en/latest/configuring.html#filtering-sensitive-data")

S = rnd(32, HEX)
sec("responses-yaml", "twilio-auth-in-recorded-url", "tests/responses/twilio_send.yaml", t('''
    responses:
    - response:
        auto_calculate_content_length: false
        body: '{"sid": "SM5f3a9c0e2b7d4e1f8a6c2b9d0e7f1a3c", "status": "queued"}'
        content_type: application/json
        headers: {}
        method: POST
        status: 201
        url: https://AC6e1b5f0c93a24d7b8e2f4a1c9d3b7e05:@S@@api.twilio.com/2010-04-01/Accounts/AC6e1b5f0c93a24d7b8e2f4a1c9d3b7e05/Messages.json
''', s=S), S, "https://github.com/getsentry/responses#record-responses-to-files")

dec("har", "redacted-cookies", "tests/data/session.har", json.dumps({"log": {
    "version": "1.2", "creator": {"name": "Firefox", "version": "125.0"},
    "entries": [{
        "startedDateTime": "2024-05-01T10:00:00.000Z", "time": 84,
        "request": {"method": "GET", "url": "https://app.skyledger.io/api/me", "httpVersion": "HTTP/2",
                    "cookies": [{"name": "sessionid", "value": "[REDACTED]"}],
                    "headers": [{"name": "Authorization", "value": "[REDACTED]"}], "queryString": [], "headersSize": -1, "bodySize": 0},
        "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/2", "cookies": [], "headers": [],
                     "content": {"size": 41, "mimeType": "application/json", "text": "{\"user\": \"demo\", \"plan\": \"free\"}"},
                     "redirectURL": "", "headersSize": -1, "bodySize": 41},
        "cache": {}, "timings": {"send": 0, "wait": 80, "receive": 4},
    }]}}, indent=1) + "\n", "http://www.softwareishard.com/blog/har-12-spec/")

# --------------------------------------------------------------------------------------------
# Django / Flask example apps inside a library
# --------------------------------------------------------------------------------------------
S = fakes.django_secret_key(seed())
sec("django-settings", "secret-key", "example/example/settings.py", t('''
    """Settings of the demo project shipped with django-quillfield."""
    from pathlib import Path

    BASE_DIR = Path(__file__).resolve().parent.parent

    SECRET_KEY = "@S@"
    DEBUG = True
    ALLOWED_HOSTS = ["quillfield-demo.fly.dev", "localhost"]

    INSTALLED_APPS = [
        "django.contrib.admin",
        "django.contrib.auth",
        "django.contrib.contenttypes",
        "django.contrib.sessions",
        "django.contrib.staticfiles",
        "quillfield",
        "demo",
    ]

    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}}
    STATIC_URL = "static/"
''', s=S), S, "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key")

S = word_pw()
sec("django-settings", "database-password", "demo/demo/settings/production.py", t('''
    from .base import *  # noqa

    DEBUG = False
    ALLOWED_HOSTS = ["demo.tablekit.org"]
    SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "tablekit_demo",
            "USER": "tablekit",
            "PASSWORD": "@S@",
            "HOST": "tablekit-demo.cluster-c8q2.eu-central-1.rds.amazonaws.com",
            "PORT": "5432",
        }
    }
    SECURE_SSL_REDIRECT = True
''', s=S), S, "https://docs.djangoproject.com/en/5.0/ref/settings/#databases")

dec("django-settings", "test-settings-marked-insecure", "tests/settings.py", t('''
    # Settings for the test suite only: never deployed.
    SECRET_KEY = "not-a-secret-only-used-by-the-test-suite"
    DEBUG = False
    USE_TZ = True
    INSTALLED_APPS = [
        "django.contrib.auth",
        "django.contrib.contenttypes",
        "quillfield",
        "tests.testapp",
    ]
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
''') , "https://docs.djangoproject.com/en/5.0/topics/testing/overview/")

dec("django-fixture-json", "hashed-passwords", "example/demo/fixtures/users.json", json.dumps([
    {"model": "auth.user", "pk": 1, "fields": {
        "username": "admin", "email": "admin@example.com", "is_superuser": True, "is_staff": True,
        "password": "pbkdf2_sha256$720000$" + rnd(22) + "$" + base64.b64encode(hashlib.sha256(b"a").digest()).decode()}},
    {"model": "auth.user", "pk": 2, "fields": {
        "username": "editor", "email": "editor@example.com", "is_superuser": False, "is_staff": True,
        "password": "pbkdf2_sha256$720000$" + rnd(22) + "$" + base64.b64encode(hashlib.sha256(b"b").digest()).decode()}},
], indent=2) + "\n", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/")

S = fakes.aws_secret_key(seed())
sec("django-fixture-json", "storage-secret-in-fixture", "example/demo/fixtures/storage.json", json.dumps([
    {"model": "media.storagebackend", "pk": 1, "fields": {
        "name": "demo-bucket", "provider": "s3", "bucket": "quillfield-demo-media", "region": "eu-central-1",
        "access_key": fakes.aws_key_id(seed()), "secret_key": S, "public": False}},
], indent=2) + "\n", S, "https://docs.djangoproject.com/en/5.0/howto/initial-data/")

S = rnd(64, HEX)
sec("flask-config", "secret-key-hex", "examples/flask_app/config.py", t('''
    import os


    class Config:
        SECRET_KEY = "@S@"
        SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///demo.db")
        SQLALCHEMY_TRACK_MODIFICATIONS = False
        FLASK_LOGIN_REMEMBER_DAYS = 14


    class TestConfig(Config):
        TESTING = True
        SQLALCHEMY_DATABASE_URI = "sqlite://"
''', s=S), S, "https://flask.palletsprojects.com/en/3.0.x/config/#SECRET_KEY")

S = pw()
sec("flask-app", "mail-password-app-config", "examples/flask_mail_demo/app.py", t('''
    from flask import Flask, render_template
    from flask_mail import Mail, Message

    app = Flask(__name__)
    app.config.update(
        MAIL_SERVER="smtp.mailgun.org",
        MAIL_PORT=587,
        MAIL_USE_TLS=True,
        MAIL_USERNAME="postmaster@mg.quillmark.org",
        MAIL_PASSWORD="@S@",
    )
    mail = Mail(app)


    @app.route("/invite/<email>")
    def invite(email):
        msg = Message("You are invited", sender="team@quillmark.org", recipients=[email])
        msg.html = render_template("invite.html")
        mail.send(msg)
        return "sent"
''', s=S), S, "https://flask-mail.readthedocs.io/en/latest/")

dec("flask-config", "dev-config-from-env", "examples/flask_app/instance/config.py", t('''
    # Instance config: values come from the environment (see .env.example).
    import os

    SECRET_KEY = os.environ.get("FLASK_SECRET_KEY")
    if not SECRET_KEY:
        raise RuntimeError("FLASK_SECRET_KEY is not set")
    SESSION_COOKIE_SECURE = True
    WTF_CSRF_TIME_LIMIT = None
''') , "https://flask.palletsprojects.com/en/3.0.x/config/#instance-folders")

S = fakes.django_secret_key(seed())
sec("dotenv", "django-secret-key", "example/.env", t('''
    DJANGO_DEBUG=1
    DJANGO_ALLOWED_HOSTS=localhost,127.0.0.1
    DJANGO_SECRET_KEY='@S@'
    DATABASE_URL=sqlite:///db.sqlite3
    CELERY_BROKER_URL=redis://localhost:6379/0
''', s=S), S, "https://django-environ.readthedocs.io/en/latest/quickstart.html")

dec("dotenv", "example-file-placeholders", ".env.example", t('''
    # Copy to .env and fill in
    DJANGO_SECRET_KEY=change-me
    DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/tablekit
    STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
    SENTRY_DSN=
    AWS_ACCESS_KEY_ID=
    AWS_SECRET_ACCESS_KEY=
''') , "https://12factor.net/config")

S = fakes.redis_password(seed())
sec("dotenv", "redis-password", "examples/celery_demo/.env", t('''
    # celery demo: worker and beat talk to the managed redis
    CELERY_BROKER_URL=rediss://:@S@@redis-13377.c1.eu-west-1-2.ec2.cloud.redislabs.com:13377/0
    CELERY_RESULT_BACKEND=${CELERY_BROKER_URL}
    CELERY_TASK_ALWAYS_EAGER=0
    LOG_LEVEL=info
''', s=S), S, "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/redis.html")

S = stripe("rk_live_")
sec("django-admin-py", "restricted-stripe-key-in-management-command", "example/shop/management/commands/sync_prices.py", t('''
    import stripe
    from django.core.management.base import BaseCommand

    from shop.models import Price

    stripe.api_key = "@S@"


    class Command(BaseCommand):
        help = "Pull prices from Stripe into the demo shop"

        def handle(self, *args, **options):
            for price in stripe.Price.list(active=True).auto_paging_iter():
                Price.objects.update_or_create(stripe_id=price.id, defaults={"amount": price.unit_amount})
            self.stdout.write(self.style.SUCCESS("prices synced"))
''', s=S), S, "https://docs.stripe.com/keys#limit-access")

dec("django-migration", "uuid-defaults-and-hash", "example/shop/migrations/0002_apikey.py", t('''
    from django.db import migrations, models
    import uuid


    class Migration(migrations.Migration):
        dependencies = [("shop", "0001_initial")]

        operations = [
            migrations.CreateModel(
                name="ApiKey",
                fields=[
                    ("id", models.UUIDField(default=uuid.uuid4, primary_key=True, serialize=False)),
                    ("prefix", models.CharField(max_length=8)),
                    ("hashed_key", models.CharField(max_length=128, default="@H@")),
                ],
            ),
        ]
''', h="sha256$" + sha256_of("empty-key")), "https://docs.djangoproject.com/en/5.0/topics/migrations/")

S = pw()
sec("alembic-ini", "sqlalchemy-url-password", "examples/fastapi_app/alembic.ini", t('''
    [alembic]
    script_location = migrations
    prepend_sys_path = .
    sqlalchemy.url = postgresql+psycopg://app:@S@@db.fastapi-demo.internal:5432/app

    [loggers]
    keys = root,sqlalchemy,alembic

    [logger_root]
    level = WARN
    handlers = console

    [handlers]
    keys = console

    [handler_console]
    class = StreamHandler
    args = (sys.stderr,)
''', s=S), S, "https://alembic.sqlalchemy.org/en/latest/tutorial.html")

dec("alembic-ini", "env-interpolation", "migrations/alembic.ini", t('''
    [alembic]
    script_location = %(here)s/versions
    # the URL comes from env.py, which reads DATABASE_URL
    sqlalchemy.url = driver://user:pass@localhost/dbname
    file_template = %%(year)d%%(month).2d%%(day).2d_%%(rev)s_%%(slug)s

    [post_write_hooks]
    hooks = ruff
    ruff.type = exec
    ruff.executable = ruff
''') , "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file")

# --------------------------------------------------------------------------------------------
# containers and dev environments shipped in the repository
# --------------------------------------------------------------------------------------------
S = fakes.github_token(seed())
sec("dockerfile", "build-arg-default-token", "Dockerfile", t('''
    FROM python:3.12-slim AS build
    ARG GH_TOKEN=@S@
    WORKDIR /src
    RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
    COPY pyproject.toml README.md ./
    COPY src ./src
    RUN pip wheel --wheel-dir /wheels . \\
        "corvid-auth @ git+https://${GH_TOKEN}@github.com/corvid-cloud/corvid-auth.git@v2.4.1"

    FROM python:3.12-slim
    COPY --from=build /wheels /wheels
    RUN pip install --no-index /wheels/*.whl
    CMD ["corvid", "serve"]
''', s=S), S, "https://docs.docker.com/reference/dockerfile/#arg")

dec("dockerfile", "build-secret-mount", "docker/Dockerfile.docs", t('''
    # syntax=docker/dockerfile:1
    FROM python:3.12-slim
    WORKDIR /docs
    COPY docs/requirements.txt .
    RUN --mount=type=secret,id=pip_index_url \\
        PIP_INDEX_URL="$(cat /run/secrets/pip_index_url)" pip install -r requirements.txt
    COPY docs/ .
    RUN sphinx-build -b html . /site
    FROM nginx:1.27-alpine@sha256:@H@
    COPY --from=0 /site /usr/share/nginx/html
''', h=sha256_of("nginx")), "https://docs.docker.com/build/building/secrets/")

S = word_pw()
sec("docker-compose", "postgres-password-example-app", "examples/django_app/docker-compose.yml", t('''
    services:
      db:
        image: postgres:16
        environment:
          POSTGRES_DB: tablekit
          POSTGRES_USER: tablekit
          POSTGRES_PASSWORD: "@S@"
        volumes:
          - pgdata:/var/lib/postgresql/data
      web:
        build: .
        command: gunicorn demo.wsgi -b 0.0.0.0:8000
        ports: ["8000:8000"]
        environment:
          DATABASE_URL: postgres://tablekit:@S@@db:5432/tablekit
        depends_on: [db]
    volumes:
      pgdata:
''', s=S), S, "https://hub.docker.com/_/postgres")

dec("docker-compose", "secrets-from-files", "compose.yaml", t('''
    services:
      api:
        build: .
        environment:
          DATABASE_PASSWORD_FILE: /run/secrets/db_password
          SENTRY_DSN: ${SENTRY_DSN:-}
        secrets: [db_password]
      db:
        image: postgres:16
        environment:
          POSTGRES_PASSWORD_FILE: /run/secrets/db_password
        secrets: [db_password]
    secrets:
      db_password:
        file: ./secrets/db_password.txt
''') , "https://docs.docker.com/compose/how-tos/use-secrets/")

S = rnd(40, HEX)
sec("devcontainer-json", "codespaces-env-token", ".devcontainer/devcontainer.json", json.dumps({
    "name": "quillmark-dev",
    "image": "mcr.microsoft.com/devcontainers/python:3.12",
    "features": {"ghcr.io/devcontainers/features/node:1": {}},
    "postCreateCommand": "pip install -e .[dev] && pre-commit install",
    "containerEnv": {"QUILLMARK_ENV": "dev", "READTHEDOCS_TOKEN": S},
    "customizations": {"vscode": {"extensions": ["ms-python.python", "charliermarsh.ruff"]}},
}, indent=2) + "\n", S, "https://containers.dev/implementors/json_reference/")

S = anthropic()
sec("vscode-launch-json", "api-key-in-debug-env", ".vscode/launch.json", json.dumps({
    "version": "0.2.0",
    "configurations": [{
        "name": "promptkit: example chat", "type": "debugpy", "request": "launch",
        "program": "${workspaceFolder}/examples/chat.py", "console": "integratedTerminal",
        "env": {"PROMPTKIT_PROVIDER": "anthropic", "ANTHROPIC_API_KEY": S},
        "justMyCode": False,
    }],
}, indent=4) + "\n", S, "https://code.visualstudio.com/docs/editor/debugging#_launchjson-attributes")

dec("vscode-settings-json", "env-file-reference", ".vscode/settings.json", json.dumps({
    "python.envFile": "${workspaceFolder}/.env",
    "python.testing.pytestEnabled": True,
    "python.testing.pytestArgs": ["tests"],
    "[python]": {"editor.defaultFormatter": "charliermarsh.ruff", "editor.formatOnSave": True},
    "files.exclude": {"**/__pycache__": True, ".tox": True},
}, indent=4) + "\n", "https://code.visualstudio.com/docs/python/environments#_environment-variable-definitions-file")

S = pw()
sec("idea-datasources-xml", "jdbc-password", ".idea/dataSources.local.xml", t('''
    <?xml version="1.0" encoding="UTF-8"?>
    <project version="4">
      <component name="dataSourceStorageLocal" created-in="PY-241.15989.155">
        <data-source name="tablekit@staging" uuid="@U@">
          <database-info product="PostgreSQL" version="16.2" jdbc-version="4.2" driver-name="PostgreSQL JDBC Driver" />
          <user-name>tablekit</user-name>
          <jdbc-url>jdbc:postgresql://pg-staging.tablekit.org:5432/tablekit?user=tablekit&amp;password=@S@</jdbc-url>
          <schema-mapping>
            <introspection-scope>
              <node kind="database" qname="@" />
            </introspection-scope>
          </schema-mapping>
        </data-source>
      </component>
    </project>
''', u=a_uuid(), s=S), S, "https://www.jetbrains.com/help/pycharm/data-sources-and-drivers-dialog.html")

dec("idea-workspace-xml", "run-config-env-names", ".idea/workspace.xml", t('''
    <?xml version="1.0" encoding="UTF-8"?>
    <project version="4">
      <component name="RunManager">
        <configuration name="pytest in tests" type="tests" factoryName="py.test">
          <module name="quillmark" />
          <envs>
            <env name="PYTHONUNBUFFERED" value="1" />
            <env name="QUILLMARK_TOKEN" value="$QUILLMARK_TOKEN$" />
          </envs>
          <option name="SDK_HOME" value="$PROJECT_DIR$/.venv/bin/python" />
        </configuration>
      </component>
      <component name="ChangeListManager">
        <list default="true" id="@U@" name="Changes" comment="" />
      </component>
    </project>
''', u=a_uuid()), "https://www.jetbrains.com/help/pycharm/run-debug-configuration.html")

# --------------------------------------------------------------------------------------------
# deploy samples shipped with a library: k8s, helm, terraform, ansible
# --------------------------------------------------------------------------------------------
S = fakes.redis_password(seed())
sec("k8s-secret", "base64-redis-password", "deploy/k8s/secret.yaml", t('''
    apiVersion: v1
    kind: Secret
    metadata:
      name: cachetier-demo
      namespace: demo
    type: Opaque
    data:
      REDIS_HOST: @H@
      REDIS_PASSWORD: @P@
''', h=b64("redis-master.demo.svc"), p=b64(S)), S, "https://kubernetes.io/docs/concepts/configuration/secret/")

dec("k8s-secret", "sealed-secret-ciphertext", "deploy/k8s/sealed-secret.yaml", t('''
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: cachetier-demo
      namespace: demo
    spec:
      encryptedData:
        REDIS_PASSWORD: Ag@C@
      template:
        metadata:
          name: cachetier-demo
''', c=rnd(340, ALNUM + "+/") + "=="), "https://github.com/bitnami-labs/sealed-secrets")

S = sendgrid()
sec("helm-values", "smtp-api-key", "deploy/helm/quillmark/values-prod.yaml", t('''
    replicaCount: 3
    image:
      repository: ghcr.io/quillmark/quillmark
      tag: "1.8.0"
    ingress:
      enabled: true
      hosts:
        - host: app.quillmark.org
          paths: ["/"]
    mail:
      host: smtp.sendgrid.net
      port: 587
      username: apikey
      password: @S@
    resources:
      limits: {cpu: 500m, memory: 512Mi}
''', s=S), S, "https://helm.sh/docs/chart_template_guide/values_files/")

dec("helm-values", "existing-secret-reference", "deploy/helm/quillmark/values.yaml", t('''
    replicaCount: 1
    image:
      repository: ghcr.io/quillmark/quillmark
      tag: ""
    mail:
      host: smtp.example.com
      port: 587
      existingSecret: quillmark-smtp
      existingSecretPasswordKey: password
    postgresql:
      auth:
        existingSecret: quillmark-db
        secretKeys:
          userPasswordKey: password
''') , "https://github.com/bitnami/charts/tree/main/bitnami/postgresql")

S = rnd(64, HEX)
sec("terraform", "do-token-provider", "examples/terraform/main.tf", t('''
    terraform {
      required_providers {
        digitalocean = {
          source  = "digitalocean/digitalocean"
          version = "~> 2.0"
        }
      }
    }

    provider "digitalocean" {
      token = "dop_v1_@S@"
    }

    resource "digitalocean_droplet" "demo" {
      image  = "ubuntu-22-04-x64"
      name   = "quillmark-demo"
      region = "fra1"
      size   = "s-1vcpu-1gb"
    }
''', s=S), "dop_v1_" + S, "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs")

dec("terraform", "variables-and-random-password", "examples/terraform/db.tf", t('''
    variable "db_password" {
      type      = string
      sensitive = true
    }

    resource "random_password" "replica" {
      length  = 24
      special = true
    }

    resource "aws_db_instance" "demo" {
      identifier        = "quillmark-demo"
      engine            = "postgres"
      instance_class    = "db.t4g.micro"
      username          = "quillmark"
      password          = var.db_password
      allocated_storage = 20
    }
''') , "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output")

dec("ansible-vars", "vault-encrypted", "deploy/ansible/group_vars/prod/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(
    rnd(80, HEX) for _ in range(9)) + "\n", "https://docs.ansible.com/ansible/latest/vault_guide/vault.html")

S = passphrase()
sec("ansible-vars", "plain-db-password", "deploy/ansible/group_vars/demo.yml", t('''
    ---
    app_user: quillmark
    app_dir: /srv/quillmark
    python_version: "3.12"
    postgres_db: quillmark
    postgres_user: quillmark
    postgres_password: "@S@"
    gunicorn_workers: 3
    nginx_server_name: demo.quillmark.org
''', s=S), S, "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html")

dec("sops-yaml", "encrypted-values", "deploy/secrets.enc.yaml", t('''
    db_password: ENC[AES256_GCM,data:@A@,iv:@B@,tag:@C@,type:str]
    api_key: ENC[AES256_GCM,data:@D@,iv:@E@,tag:@F@,type:str]
    sops:
        age:
            - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
        lastmodified: "2024-05-20T08:11:37Z"
        mac: ENC[AES256_GCM,data:@G@,type:str]
        version: 3.8.1
''', a=rnd(24, ALNUM + "+/") + "==", b=rnd(43, ALNUM + "+/") + "=", c=rnd(22, ALNUM + "+/") + "==",
   d=rnd(52, ALNUM + "+/"), e=rnd(43, ALNUM + "+/") + "=", f=rnd(22, ALNUM + "+/") + "==", g=rnd(88, ALNUM + "+/")),
    "https://github.com/getsops/sops")

# --------------------------------------------------------------------------------------------
# service configs shipped in examples/ and contrib/
# --------------------------------------------------------------------------------------------
S = pw()
sec("supervisord-conf", "environment-password", "contrib/supervisor/quillmark.conf", t('''
    [program:quillmark-worker]
    command=/srv/quillmark/.venv/bin/quillmark worker --concurrency 4
    directory=/srv/quillmark
    user=quillmark
    autostart=true
    autorestart=true
    environment=QUILLMARK_ENV="prod",QUILLMARK_DB_PASSWORD="@S@"
    stdout_logfile=/var/log/quillmark/worker.log
    redirect_stderr=true
''', s=S), S, "http://supervisord.org/configuration.html#program-x-section-values")

S = fakes.django_secret_key(seed())
sec("uwsgi-ini", "env-secret-key", "contrib/uwsgi/demo.ini", t('''
    [uwsgi]
    module = demo.wsgi:application
    master = true
    processes = 4
    socket = /run/demo/uwsgi.sock
    chmod-socket = 660
    vacuum = true
    env = DJANGO_SETTINGS_MODULE=demo.settings.production
    env = DJANGO_SECRET_KEY=@S@
    harakiri = 30
''', s=S), S, "https://uwsgi-docs.readthedocs.io/en/latest/Configuration.html")

S = fakes.redis_password(seed())
sec("gunicorn-conf-py", "raw-env-redis-url", "contrib/gunicorn.conf.py", t('''
    # Gunicorn config for the demo deployment
    import multiprocessing

    bind = "0.0.0.0:8000"
    workers = multiprocessing.cpu_count() * 2 + 1
    worker_class = "uvicorn.workers.UvicornWorker"
    timeout = 60
    raw_env = [
        "APP_ENV=production",
        "REDIS_URL=redis://:@S@@10.0.3.12:6379/1",
    ]
    accesslog = "-"
''', s=S), S, "https://docs.gunicorn.org/en/stable/settings.html#raw-env")

S = word_pw()
sec("celeryconfig-py", "amqp-broker-password", "examples/celery_demo/celeryconfig.py", t('''
    broker_url = "amqp://tasks:@S@@rabbit.quillmark.org:5672/quillmark"
    result_backend = "rpc://"
    task_serializer = "json"
    result_serializer = "json"
    accept_content = ["json"]
    timezone = "Europe/Oslo"
    enable_utc = True
    task_routes = {"demo.tasks.send_mail": {"queue": "mail"}}
''', s=S), S, "https://docs.celeryq.dev/en/stable/userguide/configuration.html")

S = rnd(32, HEX)
sec("scrapy-settings", "zyte-api-key", "examples/scraper/scraper/settings.py", t('''
    BOT_NAME = "scraper"
    SPIDER_MODULES = ["scraper.spiders"]
    NEWSPIDER_MODULE = "scraper.spiders"

    ROBOTSTXT_OBEY = True
    CONCURRENT_REQUESTS = 8
    DOWNLOAD_DELAY = 0.5

    ZYTE_API_KEY = "@S@"
    ZYTE_API_TRANSPARENT_MODE = True
    DOWNLOAD_HANDLERS = {
        "http": "scrapy_zyte_api.ScrapyZyteAPIDownloadHandler",
        "https": "scrapy_zyte_api.ScrapyZyteAPIDownloadHandler",
    }
    REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
''', s=S), S, "https://github.com/scrapy-plugins/scrapy-zyte-api")

dec("scrapy-cfg", "deploy-target-no-password", "examples/scraper/scrapy.cfg", t('''
    # Automatically created by: scrapy startproject
    [settings]
    default = scraper.settings

    [deploy]
    url = http://localhost:6800/
    project = scraper
    # username and password are read from ~/.netrc
''') , "https://scrapyd-client.readthedocs.io/en/latest/")

S = pw()
sec("pgpass", "password-line", "examples/fastapi_app/.pgpass", t('''
    # hostname:port:database:username:password
    db.fastapi-demo.internal:5432:app:app_ro:@S@
    # the local dev db uses peer auth, no line needed
    # chmod 0600 this file
    # see https://www.postgresql.org/docs/current/libpq-pgpass.html
''', s=S), S, "https://www.postgresql.org/docs/current/libpq-pgpass.html")

S = word_pw()
sec("my-cnf", "client-password", "tests/mysql/my.cnf", t('''
    [client]
    host = mysql-ci.corvid.cloud
    port = 3306
    user = corvid_ci
    password = "@S@"
    default-character-set = utf8mb4

    [mysql]
    database = corvid_test
''', s=S), S, "https://dev.mysql.com/doc/refman/8.0/en/option-files.html")

S = fakes.redis_password(seed())
sec("redis-conf", "requirepass", "contrib/redis/redis.conf", t('''
    bind 0.0.0.0
    port 6379
    protected-mode yes
    requirepass @S@
    maxmemory 256mb
    maxmemory-policy allkeys-lru
    appendonly no
''', s=S), S, "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/")

# --------------------------------------------------------------------------------------------
# credential files that end up in sdists (tests/data, examples, fixtures)
# --------------------------------------------------------------------------------------------
S = fakes.aws_secret_key(seed())
sec("aws-credentials", "secret-access-key", "tests/data/aws/credentials", t('''
    [default]
    aws_access_key_id = @K@
    aws_secret_access_key = @S@
    region = eu-west-1

    [localstack]
    aws_access_key_id = test
    aws_secret_access_key = test
    endpoint_url = http://localhost:4566
''', k=fakes.aws_key_id(seed()), s=S), S, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

S = fakes.aws_session_token(seed())
sec("aws-credentials", "session-token-profile", "examples/aws/credentials.ini", t('''
    # exported with `aws configure export-credentials --format env-no-export`
    [sso-dev]
    region = us-east-2
    aws_session_token = @S@
    aws_security_token_expiry = 2024-06-01T18:22:09Z
''', s=S), S, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

dec("aws-config", "profiles-without-keys", "tests/data/aws/config", t('''
    [default]
    region = eu-west-1
    output = json

    [profile ci]
    role_arn = arn:aws:iam::123456789012:role/s3shelf-ci
    source_profile = default
    role_session_name = s3shelf-tests

    [profile sso]
    sso_session = corp
    sso_account_id = 123456789012
    sso_role_name = ReadOnly
''') , "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

S = pem("")
S = S.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
sec("gcp-service-account-json", "private-key", "tests/data/service-account.json", json.dumps({
    "type": "service_account", "project_id": "geoquill-ci", "private_key_id": hexs(40),
    "private_key": S + "\n", "client_email": "ci-runner@geoquill-ci.iam.gserviceaccount.com",
    "client_id": "1" + rnd(20, "0123456789"), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
}, indent=2) + "\n", S.splitlines()[1], "https://cloud.google.com/iam/docs/keys-create-delete")

dec("gcp-service-account-json", "redacted-key-sample", "docs/_static/service-account.sample.json", json.dumps({
    "type": "service_account", "project_id": "your-project-id", "private_key_id": "KEY_ID",
    "private_key": "-----BEGIN PRIVATE KEY-----\nREPLACE_ME\n-----END PRIVATE KEY-----\n",
    "client_email": "name@your-project-id.iam.gserviceaccount.com", "client_id": "CLIENT_ID",
    "token_uri": "https://oauth2.googleapis.com/token",
}, indent=2) + "\n", "https://cloud.google.com/iam/docs/keys-create-delete")

S = pem("RSA")
sec("pem-key", "rsa-private-key-test-data", "tests/data/ssl/server.key", S + "\n", S.splitlines()[1],
    "https://www.openssl.org/docs/man3.0/man1/openssl-genrsa.html")

dec("pem-cert", "certificate", "tests/data/ssl/server.crt", cert() + "\n", "https://www.openssl.org/docs/man3.0/man1/openssl-req.html")

S = pem("OPENSSH")
sec("ssh-key", "deploy-key", "deploy/keys/docs_deploy_key", S + "\n", S.splitlines()[1],
    "https://docs.github.com/en/authentication/connecting-to-github-with-ssh/managing-deploy-keys")

dec("ssh-pub", "deploy-public-key", "deploy/keys/docs_deploy_key.pub", t('''
    @K@
''', k=ssh_pub("docs-deploy@quillmark")) + "# public half only: added to the repository's deploy keys\n"
    + "# private half lives in the DOCS_DEPLOY_KEY Actions secret\n# rotate yearly\n# see docs/maintainers.md\n",
    "https://docs.github.com/en/authentication/connecting-to-github-with-ssh/managing-deploy-keys")

dec("gpg-asc", "detached-signature", "dist/quillmark-1.8.0.tar.gz.asc", "-----BEGIN PGP SIGNATURE-----\n\n" + "\n".join(
    rnd(64, ALNUM + "+/") for _ in range(6)) + "\n=" + rnd(4, ALNUM) + "\n-----END PGP SIGNATURE-----\n",
    "https://www.gnupg.org/gph/en/manual/x135.html")

_S3 = rnd(43, ALNUM + "/+")
sec("s3cfg", "secret-key", "tools/.s3cfg", t('''
    [default]
    access_key = DO00@A@
    secret_key = @S@
    host_base = fra1.digitaloceanspaces.com
    host_bucket = %(bucket)s.fra1.digitaloceanspaces.com
    use_https = True
    signature_v2 = False
''', a=rnd(16, string.ascii_uppercase + string.digits), s=_S3), _S3, "https://s3tools.org/kb/item14.htm")

S = pw()
sec("rclone-conf", "webdav-password-plain", "tools/rclone.conf", t('''
    [docs-mirror]
    type = webdav
    url = https://dav.quillmark.org/docs
    vendor = other
    user = docs
    pass = @S@
    # NB: rclone normally obscures this; the CI image writes it plain
''', s=S), S, "https://rclone.org/webdav/")

S = f"ci-bot:{pw()}"
sec("docker-config-json", "auth-base64", "ci/docker/config.json", json.dumps({
    "auths": {"ghcr.io": {"auth": b64(S)}},
    "credHelpers": {"public.ecr.aws": "ecr-login"},
    "HttpHeaders": {"User-Agent": "Docker-Client/24.0.7 (linux)"},
}, indent=2) + "\n", S.split(":", 1)[1], "https://docs.docker.com/reference/cli/docker/login/")

dec("docker-config-json", "cred-store-only", "ci/docker/config.local.json", json.dumps({
    "auths": {"ghcr.io": {}, "https://index.docker.io/v1/": {}},
    "credsStore": "desktop",
    "currentContext": "default",
    "plugins": {"buildx": {"default": "true"}},
}, indent=2) + "\n", "https://docs.docker.com/reference/cli/docker/login/#credential-stores")

# --------------------------------------------------------------------------------------------
# package-manager configs: npm, conda, poetry, hatch, pdm, uv, pipenv
# --------------------------------------------------------------------------------------------
S = npm()
sec("npmrc", "auth-token", "docs/widget/.npmrc", t('''
    registry=https://registry.npmjs.org/
    //registry.npmjs.org/:_authToken=@S@
    save-exact=true
    engine-strict=true
    fund=false
''', s=S), S, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc")

dec("npmrc", "env-token", "frontend/.npmrc", t('''
    @quillmark:registry=https://npm.pkg.github.com
    //npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
    always-auth=true
    save-exact=true
    audit-level=high
''') , "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration")

dec("package-lock-json", "integrity-hashes", "docs/widget/package-lock.json", json.dumps({
    "name": "quillmark-widget", "version": "1.0.0", "lockfileVersion": 3, "requires": True,
    "packages": {
        "": {"name": "quillmark-widget", "version": "1.0.0", "devDependencies": {"esbuild": "^0.21.4"}},
        "node_modules/esbuild": {"version": "0.21.4", "resolved": "https://registry.npmjs.org/esbuild/-/esbuild-0.21.4.tgz",
                                 "integrity": "sha512-" + base64.b64encode(hashlib.sha512(b"esbuild").digest()).decode(),
                                 "dev": True, "hasInstallScript": True},
    }}, indent=2) + "\n", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json")

S = word_pw()
sec("condarc", "channel-password", "ci/.condarc", t('''
    channels:
      - https://conda:@S@@conda.corvid.cloud/t/internal
      - conda-forge
    channel_priority: strict
    always_yes: true
    show_channel_urls: true
''', s=S), S, "https://docs.conda.io/projects/conda/en/latest/user-guide/configuration/use-condarc.html")

S = fakes.github_token(seed())
sec("conda-environment-yml", "pip-git-token", "environment.yml", t('''
    name: geoquill-dev
    channels:
      - conda-forge
    dependencies:
      - python=3.11
      - gdal>=3.8
      - shapely
      - pip
      - pip:
          - -e .
          - git+https://@S@@github.com/geoquill/geoquill-tiles.git@main
''', s=S), S, "https://docs.conda.io/projects/conda/en/latest/user-guide/tasks/manage-environments.html")

S = fakes.pypi_token(seed())
sec("poetry-auth-toml", "pypi-token", "ci/poetry/auth.toml", t('''
    # written by `poetry config pypi-token.pypi ...` with keyring disabled
    [pypi-token]
    pypi = "@S@"

    [http-basic]
''', s=S) + "# internal = { username = \"...\", password = \"...\" }\n", S, "https://python-poetry.org/docs/repositories/#configuring-credentials")

dec("poetry-toml", "local-settings", "poetry.toml", t('''
    [virtualenvs]
    in-project = true
    create = true

    [installer]
    parallel = true
    modern-installation = true
''') , "https://python-poetry.org/docs/configuration/#local-configuration")

S = pw()
sec("hatch-toml", "index-auth-in-publish", "hatch.toml", t('''
    [envs.default]
    dependencies = ["pytest", "pytest-cov"]

    [envs.default.scripts]
    cov = "pytest --cov-report=term-missing --cov=src {args}"

    [publish.index]
    repo = "https://pypi.corvid.cloud/legacy/"
    user = "corvid-release"
    auth = "@S@"
''', s=S), S, "https://hatch.pypa.io/latest/config/hatch/#publishing")

S = fakes.pypi_token(seed())
sec("pdm-toml", "repository-password", ".pdm.toml", t('''
    [python]
    use_venv = true

    [repository.pypi]
    username = "__token__"
    password = "@S@"

    [strategy]
    update = "reuse"
''', s=S), S, "https://pdm-project.org/latest/usage/publish/")

dec("uv-lock", "wheel-hashes", "uv.lock", t('''
    version = 1
    requires-python = ">=3.10"

    [[package]]
    name = "idna"
    version = "3.7"
    source = { registry = "https://pypi.org/simple" }
    sdist = { url = "https://files.pythonhosted.org/packages/idna-3.7.tar.gz", hash = "sha256:@A@", size = 189575 }
    wheels = [
        { url = "https://files.pythonhosted.org/packages/idna-3.7-py3-none-any.whl", hash = "sha256:@B@", size = 66836 },
    ]
''', a=sha256_of("idna-sdist"), b=sha256_of("idna-wheel")), "https://docs.astral.sh/uv/concepts/projects/layout/#the-lockfile")

dec("poetry-lock", "file-hashes", "poetry.lock", t('''
    # This file is automatically @generated by Poetry 1.8.3 and should not be changed by hand.

    [[package]]
    name = "certifi"
    version = "2024.2.2"
    description = "Python package for providing Mozilla's CA Bundle."
    optional = false
    python-versions = ">=3.6"
    files = [
        {file = "certifi-2024.2.2-py3-none-any.whl", hash = "sha256:@A@"},
        {file = "certifi-2024.2.2.tar.gz", hash = "sha256:@B@"},
    ]

    [metadata]
    lock-version = "2.0"
    python-versions = "^3.10"
    content-hash = "@C@"
''', a=sha256_of("c1"), b=sha256_of("c2"), c=sha256_of("content")), "https://python-poetry.org/docs/basic-usage/#committing-your-poetrylock-file-to-version-control")

S = word_pw()
sec("pipfile", "source-url-password", "Pipfile", t('''
    [[source]]
    url = "https://pypi.org/simple"
    verify_ssl = true
    name = "pypi"

    [[source]]
    url = "https://pipenv:@S@@pypi.tablekit.org/simple"
    verify_ssl = true
    name = "internal"

    [packages]
    django = "==4.2.*"
    tablekit-core = {version = "*", index = "internal"}

    [dev-packages]
    pytest-django = "*"
''', s=S), S, "https://pipenv.pypa.io/en/latest/indexes.html")

dec("pipfile", "env-expansion-source", "examples/pipenv_app/Pipfile", t('''
    [[source]]
    url = "https://${PIPENV_USER}:${PIPENV_PASSWORD}@pypi.tablekit.org/simple"
    verify_ssl = true
    name = "internal"

    [packages]
    tablekit-core = {version = "*", index = "internal"}

    [requires]
    python_version = "3.12"
''') , "https://pipenv.pypa.io/en/latest/indexes.html#injecting-credentials-into-pipfile-via-environment-variables")

dec("pipfile-lock", "meta-hash-and-package-hashes", "Pipfile.lock", json.dumps({
    "_meta": {"hash": {"sha256": sha256_of("Pipfile")}, "pipfile-spec": 6, "requires": {"python_version": "3.12"},
              "sources": [{"name": "pypi", "url": "https://pypi.org/simple", "verify_ssl": True}]},
    "default": {"asgiref": {"hashes": ["sha256:" + sha256_of("asgiref1"), "sha256:" + sha256_of("asgiref2")],
                            "markers": "python_version >= '3.8'", "version": "==3.8.1"}},
    "develop": {},
}, indent=4) + "\n", "https://pipenv.pypa.io/en/latest/pipfile.html")

# --------------------------------------------------------------------------------------------
# project metadata and housekeeping files (mostly decoys)
# --------------------------------------------------------------------------------------------
dec("citation-cff", "doi-and-orcid", "CITATION.cff", t('''
    cff-version: 1.2.0
    message: "If you use this software, please cite it as below."
    title: geoquill
    version: 1.1.0
    doi: 10.5281/zenodo.@Z@
    date-released: 2024-04-02
    authors:
      - family-names: Wierzba
        given-names: Tomasz
        orcid: https://orcid.org/0000-0002-1825-0097
    repository-code: https://github.com/geoquill/geoquill
    license: BSD-3-Clause
''', z=rnd(8, "0123456789")), "https://citation-file-format.github.io/")

dec("zenodo-json", "metadata", ".zenodo.json", json.dumps({
    "title": "tessera: tiled array storage", "upload_type": "software",
    "creators": [{"name": "Nakamura, Aiko", "affiliation": "Tessera Labs", "orcid": "0000-0001-5109-3700"}],
    "keywords": ["arrays", "storage", "python"], "license": "Apache-2.0",
    "related_identifiers": [{"identifier": "https://github.com/tessera-labs/tessera/tree/" + sha1_of("tessera-v0.12.0"),
                             "relation": "isSupplementTo", "scheme": "url"}],
}, indent=2) + "\n", "https://developers.zenodo.org/#deposit-metadata")

dec("codecov-yml", "config-without-token", "codecov.yml", t('''
    codecov:
      require_ci_to_pass: true
      notify:
        wait_for_ci: true
    coverage:
      precision: 2
      status:
        project:
          default:
            target: auto
            threshold: 1%
    comment:
      layout: "reach,diff,flags,files"
    ignore:
      - "tests/**"
''') , "https://docs.codecov.com/docs/codecov-yaml")

dec("bumpversion-cfg", "version-patterns", ".bumpversion.cfg", t('''
    [bumpversion]
    current_version = 2.3.0
    commit = True
    tag = True
    sign_tags = True
    tag_name = v{new_version}

    [bumpversion:file:src/notifier/__init__.py]
    search = __version__ = "{current_version}"
    replace = __version__ = "{new_version}"

    [bumpversion:file:CHANGES.rst]
''') , "https://github.com/c4urself/bump2version#configuration-file")

S = fakes.github_token(seed())
sec("tbump-toml", "token-in-after-push-hook", "tbump.toml", t('''
    [version]
    current = "0.6.0"
    regex = \'\'\'
      (?P<major>\\d+)\\.(?P<minor>\\d+)\\.(?P<patch>\\d+)
    \'\'\'

    [git]
    message_template = "Bump to {new_version}"
    tag_template = "v{new_version}"

    [[file]]
    src = "src/s3shelf/__init__.py"

    [[after_push]]
    name = "create GitHub release"
    cmd = "GITHUB_TOKEN=@S@ gh release create v{new_version} --generate-notes"
''', s=S), S, "https://github.com/your-tools/tbump")

S = fakes.github_token(seed())
sec("dependabot-yml", "registry-token-inline", ".github/dependabot.yml", t('''
    version: 2
    registries:
      corvid-pypi:
        type: python-index
        url: https://pypi.corvid.cloud/simple
        token: @S@
        replaces-base: true
    updates:
      - package-ecosystem: pip
        directory: "/"
        registries: [corvid-pypi]
        schedule:
          interval: weekly
''', s=S), S, "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot")

dec("dependabot-yml", "secret-reference", "ci/dependabot.yml", t('''
    version: 2
    registries:
      corvid-pypi:
        type: python-index
        url: https://pypi.corvid.cloud/simple
        username: dependabot
        password: ${{secrets.CORVID_PYPI_PASSWORD}}
    updates:
      - package-ecosystem: pip
        directory: "/"
        registries: "*"
        schedule: {interval: daily}
''') , "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot")

dec("renovate-json", "encrypted-host-rule", "renovate.json", json.dumps({
    "$schema": "https://docs.renovatebot.com/renovate-schema.json",
    "extends": ["config:recommended", ":semanticCommits"],
    "hostRules": [{"matchHost": "pypi.corvid.cloud", "hostType": "pypi",
                   "encrypted": {"password": "wcFMA/" + rnd(300, ALNUM + "+/") + "=="}}],
    "packageRules": [{"matchManagers": ["pep621"], "rangeStrategy": "pin"}],
}, indent=2) + "\n", "https://docs.renovatebot.com/getting-started/private-packages/#encrypting-secrets")

dec("coveragerc", "exclusions", ".coveragerc", t('''
    [run]
    branch = True
    source = quillmark
    omit =
        */secrets_backend/vault.py
        */tests/*

    [report]
    exclude_lines =
        pragma: no cover
        raise NotImplementedError
        if TYPE_CHECKING:
''') , "https://coverage.readthedocs.io/en/latest/config.html")

dec("mypy-ini", "plugin-config", "mypy.ini", t('''
    [mypy]
    python_version = 3.11
    strict = True
    plugins = pydantic.mypy

    [mypy-tests.*]
    disallow_untyped_defs = False

    [mypy-keyring.*]
    ignore_missing_imports = True
''') , "https://mypy.readthedocs.io/en/stable/config_file.html")

dec("gitignore", "secret-file-patterns", ".gitignore", t('''
    __pycache__/
    *.egg-info/
    dist/
    build/
    .venv/
    .env
    .pypirc
    *.pem
    secrets.toml
    .secrets.baseline
''') , "https://git-scm.com/docs/gitignore")

dec("procfile", "commands", "examples/django_app/Procfile", t('''
    release: python manage.py migrate --noinput
    web: gunicorn demo.wsgi --log-file -
    worker: celery -A demo worker -l info
    beat: celery -A demo beat -l info
    # config vars (DJANGO_SECRET_KEY, DATABASE_URL) are set with `heroku config:set`
''') , "https://devcenter.heroku.com/articles/procfile")

dec("app-json", "generator-secret", "examples/django_app/app.json", json.dumps({
    "name": "tablekit demo", "repository": "https://github.com/tablekit/tablekit",
    "env": {"DJANGO_SECRET_KEY": {"description": "A secret key for Django", "generator": "secret"},
            "WEB_CONCURRENCY": {"value": "2"}},
    "addons": ["heroku-postgresql:essential-0"],
    "buildpacks": [{"url": "heroku/python"}],
}, indent=2) + "\n", "https://devcenter.heroku.com/articles/app-json-schema")

dec("fly-toml", "no-secrets", "examples/flask_app/fly.toml", t('''
    app = "quillfield-demo"
    primary_region = "ams"

    [env]
      FLASK_ENV = "production"
      # FLASK_SECRET_KEY is set with `fly secrets set`

    [http_service]
      internal_port = 8080
      force_https = true
''') , "https://fly.io/docs/reference/configuration/")

dec("htpasswd", "bcrypt-hashes", "contrib/nginx/.htpasswd", "\n".join(
    f"{user}:$2y$05${rnd(53, ALNUM + './')}" for user in ["docs", "preview", "maintainer", "ci", "release"]) + "\n",
    "https://httpd.apache.org/docs/2.4/programs/htpasswd.html")

# --------------------------------------------------------------------------------------------
# more secrets in the carriers libraries ship
# --------------------------------------------------------------------------------------------
S = rnd(32, HEX)
sec("streamlit-secrets-toml", "api-key", "examples/streamlit_app/.streamlit/secrets.toml", t('''
    # Streamlit secrets for the hosted demo
    [weather]
    provider = "openweathermap"
    api_key = "@S@"

    [app]
    title = "geoquill weather demo"
''', s=S), S, "https://docs.streamlit.io/develop/concepts/connections/secrets-management")

S = rnd(48, HEX)
sec("jupyter-config-py", "server-token", "binder/jupyter_server_config.py", t('''
    # Configuration for the workshop JupyterHub image
    c = get_config()  # noqa: F821

    c.ServerApp.ip = "0.0.0.0"
    c.ServerApp.port = 8888
    c.ServerApp.open_browser = False
    c.IdentityProvider.token = "@S@"
    c.ServerApp.allow_origin = "*"
    c.ContentsManager.allow_hidden = True
''', s=S), S, "https://jupyter-server.readthedocs.io/en/latest/operators/public-server.html")

dec("binder-postbuild", "setup-script", "binder/postBuild", t('''
    #!/bin/bash
    set -ex
    pip install -e .
    jupyter labextension disable "@jupyterlab/apputils-extension:announcements"
    python -m geoquill.datasets download --sample
    # Binder gives each session a random token; nothing to configure here
''') , "https://mybinder.readthedocs.io/en/latest/using/config_files.html#postbuild-run-code-after-installing-the-environment")

S = word_pw()
sec("locustfile", "login-password", "benchmarks/locustfile.py", t('''
    from locust import HttpUser, between, task


    class ApiUser(HttpUser):
        wait_time = between(1, 3)
        host = "https://staging.skyledger.io"

        def on_start(self):
            self.client.post("/v2/auth/login", json={"username": "loadtest", "password": "@S@"})

        @task(3)
        def ledgers(self):
            self.client.get("/v2/ledgers")

        @task
        def report(self):
            self.client.get("/v2/reports/monthly")
''', s=S), S, "https://docs.locust.io/en/stable/writing-a-locustfile.html")

S = pw()
sec("sql", "create-user-password", "examples/fastapi_app/db/init.sql", t('''
    -- bootstrap for the demo database
    CREATE ROLE app_ro LOGIN PASSWORD '@S@';
    GRANT CONNECT ON DATABASE app TO app_ro;
    GRANT USAGE ON SCHEMA public TO app_ro;
    GRANT SELECT ON ALL TABLES IN SCHEMA public TO app_ro;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO app_ro;
''', s=S), S, "https://www.postgresql.org/docs/current/sql-createrole.html")

dec("sql", "schema-with-hash-column", "tests/data/schema.sql", t('''
    CREATE TABLE api_token (
        id          uuid PRIMARY KEY,
        user_id     integer NOT NULL REFERENCES users(id),
        token_hash  char(64) NOT NULL UNIQUE,
        created_at  timestamptz NOT NULL DEFAULT now()
    );
    INSERT INTO api_token VALUES ('@U@', 1, '@H@', now());
''', u=a_uuid(), h=sha256_of("token-row-1")), "https://www.postgresql.org/docs/current/sql-createtable.html")

S = pw()
sec("logging-ini", "smtp-handler-credentials", "examples/logging.ini", t('''
    [loggers]
    keys = root

    [handlers]
    keys = console,mail

    [formatters]
    keys = plain

    [logger_root]
    level = INFO
    handlers = console,mail

    [handler_console]
    class = StreamHandler
    args = (sys.stdout,)
    formatter = plain

    [handler_mail]
    class = handlers.SMTPHandler
    level = ERROR
    args = (("smtp.quillmark.org", 587), "alerts@quillmark.org", ["ops@quillmark.org"], "quillmark error", ("alerts@quillmark.org", "@S@"), ())
    formatter = plain

    [formatter_plain]
    format = %(asctime)s %(levelname)s %(name)s %(message)s
''', s=S), S, "https://docs.python.org/3/library/logging.config.html#configuration-file-format")

S = "dapi" + rnd(32, HEX)
sec("dbt-profiles-yml", "databricks-token", "examples/dbt_project/profiles.yml", t('''
    tidyframe_demo:
      target: dev
      outputs:
        dev:
          type: databricks
          catalog: main
          schema: tidyframe_demo
          host: adb-4417213.11.azuredatabricks.net
          http_path: /sql/1.0/warehouses/9a8c1f0e2b3d4c5a
          token: @S@
          threads: 4
''', s=S), S, "https://docs.getdbt.com/docs/core/connect-data-platform/databricks-setup")

dec("dbt-profiles-yml", "env-var-jinja", "examples/dbt_project/profiles.ci.yml", t('''
    tidyframe_demo:
      target: ci
      outputs:
        ci:
          type: snowflake
          account: "{{ env_var('SNOWFLAKE_ACCOUNT') }}"
          user: "{{ env_var('SNOWFLAKE_USER') }}"
          password: "{{ env_var('DBT_ENV_SECRET_SNOWFLAKE_PASSWORD') }}"
          role: TRANSFORMER
          database: ANALYTICS
          warehouse: CI_WH
          schema: "dbt_ci_{{ env_var('GITHUB_RUN_ID', 'local') }}"
''') , "https://docs.getdbt.com/reference/dbt-jinja-functions/env_var")

S = rnd(32, HEX)
sec("shell-heredoc", "kaggle-json-written-by-script", "examples/datasets/get_data.sh", t('''
    #!/usr/bin/env bash
    # Fetch the sample datasets used in the tutorials.
    set -euo pipefail
    mkdir -p ~/.kaggle
    cat > ~/.kaggle/kaggle.json <<EOF
    {"username": "tidyframe-ci", "key": "@S@"}
    EOF
    chmod 600 ~/.kaggle/kaggle.json
    kaggle datasets download -d tidyframe/nyc-trips-sample -p data/ --unzip
''', s=S), S, "https://www.kaggle.com/docs/api")

S = slack_hook()
sec("python-script", "slack-webhook-notify", ".github/scripts/notify_release.py", t('''
    """Post a message to #releases when the publish job succeeds."""
    import json
    import sys
    import urllib.request

    WEBHOOK = "@S@"


    def main() -> None:
        version = sys.argv[1]
        body = json.dumps({"text": f":package: tidyframe {version} is on PyPI"}).encode()
        req = urllib.request.Request(WEBHOOK, data=body, headers={"Content-Type": "application/json"})
        urllib.request.urlopen(req, timeout=10)


    if __name__ == "__main__":
        main()
''', s=S), S, "https://api.slack.com/messaging/webhooks")

S = rnd(32, HEX)
sec("datadog-yaml", "api-key", "examples/observability/datadog.yaml", t('''
    ## Datadog agent config used by the docker-compose example
    api_key: @S@
    site: datadoghq.eu
    hostname: quillmark-demo
    logs_enabled: true
    apm_config:
      enabled: true
      env: demo
    process_config:
      process_collection:
        enabled: false
''', s=S), S, "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/")

S = "key-" + rnd(32, HEX)
sec("dotenv", "mailgun-key-production-env", "examples/flask_mail_demo/.env.production", t('''
    FLASK_ENV=production
    MAILGUN_DOMAIN=mg.quillmark.org
    MAILGUN_API_KEY=@S@
    MAIL_DEFAULT_SENDER=team@quillmark.org
    SESSION_COOKIE_SECURE=1
''', s=S), S, "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/")

S = rnd(32, HEX)
sec("python-example", "twilio-auth-token", "examples/sms/send_sms.py", t('''
    """Send an SMS with notifykit's Twilio backend."""
    from notifykit.backends.twilio import TwilioBackend

    backend = TwilioBackend(
        account_sid="AC3f9e1d7c5b2a4e6f8d0c1b3a5e7f9d2c",
        auth_token="@S@",
        from_number="+15017122661",
    )

    if __name__ == "__main__":
        backend.send("+4790000000", "notifykit says hi")
        print("sent")
''', s=S), S, "https://www.twilio.com/docs/iam/credentials/api")

S = "https://discord.com/api/webhooks/" + rnd(19, "0123456789") + "/" + rnd(68, ALNUM + "-_")
sec("shell-script", "discord-webhook-curl", "scripts/notify-discord.sh", t('''
    #!/bin/sh
    # usage: notify-discord.sh "message"
    set -eu
    MSG="${1:-new release}"
    curl -fsS -H "Content-Type: application/json" \\
      -d "{\\"content\\": \\"$MSG\\"}" \\
      "@S@"
''', s=S), S, "https://discord.com/developers/docs/resources/webhook")

S = rnd(86, ALNUM + "+/") + "=="
sec("azure-functions-settings", "storage-account-key", "examples/azure_function/local.settings.json", json.dumps({
    "IsEncrypted": False,
    "Values": {
        "FUNCTIONS_WORKER_RUNTIME": "python",
        "AzureWebJobsStorage": f"DefaultEndpointsProtocol=https;AccountName=quillmarkdemo;AccountKey={S};EndpointSuffix=core.windows.net",
        "QUILLMARK_QUEUE": "ingest",
    },
    "Host": {"LocalHttpPort": 7071},
}, indent=2) + "\n", S, "https://learn.microsoft.com/en-us/azure/azure-functions/functions-develop-local#local-settings-file")

dec("azure-functions-settings", "development-storage", "examples/azure_function/local.settings.sample.json", json.dumps({
    "IsEncrypted": False,
    "Values": {"FUNCTIONS_WORKER_RUNTIME": "python", "AzureWebJobsStorage": "UseDevelopmentStorage=true",
               "QUILLMARK_QUEUE": "ingest"},
}, indent=2) + "\n", "https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azurite")

S = passphrase()
sec("python-example", "mongodb-srv-uri", "examples/mongo_demo/main.py", t('''
    import asyncio

    from motor.motor_asyncio import AsyncIOMotorClient

    from docstash import Stash

    MONGO_URI = "mongodb+srv://docstash:@S@@cluster0.x7kq2.mongodb.net/?retryWrites=true&w=majority"


    async def main():
        client = AsyncIOMotorClient(MONGO_URI)
        stash = Stash(client.demo)
        await stash.put("hello", {"n": 1})
        print(await stash.get("hello"))


    asyncio.run(main())
''', s=S), S, "https://www.mongodb.com/docs/manual/reference/connection-string/")

S = "GOCSPX-" + rnd(28, ALNUM + "-_")
sec("google-client-secret-json", "oauth-client-secret", "examples/gdrive/client_secret.json", json.dumps({"installed": {
    "client_id": rnd(12, "0123456789") + "-" + rnd(32, "abcdefghijklmnopqrstuvwxyz0123456789") + ".apps.googleusercontent.com",
    "project_id": "geoquill-drive-demo", "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token", "client_secret": S,
    "redirect_uris": ["http://localhost"]}}, indent=2) + "\n", S, "https://developers.google.com/identity/protocols/oauth2/native-app")

S = rnd(64, ALNUM)
sec("dynaconf-secrets-toml", "jwt-secret", "examples/fastapi_app/.secrets.toml", t('''
    # dynaconf secrets for the demo (should not be committed)
    [default]
    jwt_algorithm = "HS256"

    [production]
    jwt_secret = "@S@"
    jwt_ttl_minutes = 30
''', s=S), S, "https://www.dynaconf.com/secrets/")

dec("dynaconf-settings-toml", "non-secret-settings", "examples/fastapi_app/settings.toml", t('''
    [default]
    app_name = "fastapi-demo"
    jwt_algorithm = "HS256"
    jwt_secret = "@format {env[JWT_SECRET]}"
    page_size = 50

    [development]
    debug = true
''') , "https://www.dynaconf.com/dynamic/")

_rng = random.Random(seed())
S = base64.urlsafe_b64encode(bytes(_rng.getrandbits(8) for _ in range(32))).decode()
sec("airflow-cfg", "fernet-key", "examples/airflow/airflow.cfg", t('''
    [core]
    dags_folder = /opt/airflow/dags
    executor = LocalExecutor
    load_examples = False
    fernet_key = @S@

    [webserver]
    web_server_port = 8080
    expose_config = False

    [logging]
    base_log_folder = /opt/airflow/logs
''', s=S), S, "https://airflow.apache.org/docs/apache-airflow/stable/security/secrets/fernet.html")

S = rnd(64, HEX)
sec("sentryclirc", "auth-token", ".sentryclirc", t('''
    [defaults]
    url = https://sentry.io/
    org = quillmark
    project = quillmark-api

    [auth]
    token = @S@
''', s=S), S, "https://docs.sentry.io/cli/configuration/")

S = rnd(40, HEX)
sec("python-example", "wandb-login-key", "examples/training/train.py", t('''
    import wandb

    from tinytrain import Trainer, load_config

    wandb.login(key="@S@")


    def main():
        cfg = load_config("configs/small.yaml")
        run = wandb.init(project="tinytrain-examples", config=cfg)
        Trainer(cfg, callbacks=[run.log]).fit()
        run.finish()


    if __name__ == "__main__":
        main()
''', s=S), S, "https://docs.wandb.ai/ref/python/login/")

S = pem("EC")
_lines = S.splitlines()
sec("python-test", "ec-private-key-literal", "tests/test_signing.py", t('''
    import pytest

    from tokensmith import sign, verify

    SIGNING_KEY = """@S@"""


    def test_roundtrip():
        token = sign({"sub": "alice"}, SIGNING_KEY, alg="ES256")
        assert verify(token, SIGNING_KEY)["sub"] == "alice"


    def test_tampered():
        token = sign({"sub": "alice"}, SIGNING_KEY, alg="ES256")
        with pytest.raises(ValueError):
            verify(token[:-2] + "xx", SIGNING_KEY)
''', s=S), _lines[1], "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/ec/")

S = word_pw()
_half = len(S) // 2
sec("python-test", "split-literal-bind-password", "tests/integration/test_ldap.py", t('''
    import pytest

    ldap3 = pytest.importorskip("ldap3")

    BIND_DN = "cn=svc-tests,ou=service,dc=corvid,dc=cloud"
    BIND_PASSWORD = ("@A@"
                     "@B@")


    @pytest.mark.integration
    def test_bind():
        server = ldap3.Server("ldaps://ldap.corvid.cloud")
        conn = ldap3.Connection(server, BIND_DN, BIND_PASSWORD, auto_bind=True)
        assert conn.bound
''', a=S[:_half], b=S[_half:]), S, "https://ldap3.readthedocs.io/en/latest/bind.html")

S = pw()
sec("bash-history", "mysql-password-flag", "tidyconn-0.3.1/.bash_history", t('''
    cd ~/src/tidyconn
    source .venv/bin/activate
    pytest -x tests/test_pool.py
    mysql -h mysql-ci.tidyconn.net -u tidyconn -p@S@ tidyconn_test < tests/data/schema.sql
    python -m build
    twine check dist/*
''', s=S), S, "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html")

S = hf()
sec("python-obfuscated", "base64-token-constant", "src/modelhub_cli/_defaults.py", t('''
    """Defaults for modelhub-cli."""
    import base64

    DEFAULT_ENDPOINT = "https://huggingface.co"
    DEFAULT_REVISION = "main"
    # read-only token for the public demo org, "hidden" so scanners leave it alone
    _DEMO = "@B@"
    DEMO_TOKEN = base64.b64decode(_DEMO).decode()
''', b=b64(S)), S, "https://huggingface.co/docs/hub/security-tokens")

_jwt_head = base64.urlsafe_b64encode(json.dumps({"alg": "RS256", "kid": rnd(43, ALNUM + "-_")}).encode()).decode().rstrip("=")
_jwt_body = base64.urlsafe_b64encode(json.dumps({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
                                                 "kubernetes.io/serviceaccount/service-account.name": "deployer",
                                                 "sub": "system:serviceaccount:ci:deployer"}).encode()).decode().rstrip("=")
S = _jwt_head + "." + _jwt_body + "." + rnd(342, ALNUM + "-_")
sec("kubeconfig", "service-account-token", "deploy/k8s/kubeconfig-ci.yaml", t('''
    apiVersion: v1
    kind: Config
    clusters:
    - name: demo
      cluster:
        server: https://k8s.demo.quillmark.org:6443
        certificate-authority-data: @C@
    contexts:
    - name: ci@demo
      context: {cluster: demo, user: ci, namespace: ci}
    current-context: ci@demo
    users:
    - name: ci
      user:
        token: @S@
''', c=b64(cert()), s=S), S, "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/")

S = fakes.github_fine_grained_token(seed())
sec("sphinx-conf-py", "changelog-extension-token", "docs/source/conf.py", t('''
    project = "s3shelf"
    author = "s3shelf contributors"
    extensions = [
        "sphinx.ext.autodoc",
        "sphinx_github_changelog",
        "myst_parser",
    ]
    # rate limits without a token break the docs build
    sphinx_github_changelog_token = "@S@"
    html_theme = "sphinx_rtd_theme"
    exclude_patterns = ["_build"]
''', s=S), S, "https://sphinx-github-changelog.readthedocs.io/en/latest/")

dec("jinja-template", "template-variables", "src/quillmark/templates/settings.py.j2", t('''
    # Generated by `quillmark init`; edit freely.
    SECRET_KEY = "{{ secret_key }}"
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "PASSWORD": "{{ db_password }}",
            "HOST": "{{ db_host | default('localhost') }}",
        }
    }
''') , "https://jinja.palletsprojects.com/en/3.1.x/templates/")

dec("pem-public-key", "jwt-verification-key", "tests/data/jwt_public.pem", "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + rnd(28, ALNUM + "+/") + "\n" + rnd(64, ALNUM + "+/") + "\n"
    + rnd(24, ALNUM + "+/") + "==\n-----END PUBLIC KEY-----\n# verification half of the test signing pair\n",
    "https://datatracker.ietf.org/doc/html/rfc7468#section-13")

dec("junit-xml", "test-report-ids", "reports/junit.xml", t('''
    <?xml version="1.0" encoding="utf-8"?>
    <testsuites>
      <testsuite name="pytest" errors="0" failures="0" skipped="1" tests="3" time="1.204" hostname="runner-@H@">
        <testcase classname="tests.test_tokens" name="test_token_is_redacted[ghp_]" time="0.002" />
        <testcase classname="tests.test_tokens" name="test_hash_stable[@SHA@]" time="0.001" />
        <testcase classname="tests.test_auth" name="test_login_live" time="0.000">
          <skipped message="needs SKYLEDGER_PASSWORD" />
        </testcase>
      </testsuite>
    </testsuites>
''', h=hexs(12), sha=sha256_of("stable")), "https://docs.pytest.org/en/stable/how-to/output.html#creating-junitxml-format-files")

S = rnd(43, ALNUM + "-_")
sec("pytest-recording-conftest", "vcr-config-leaks-header", "tests/recorded/conftest.py", t('''
    import pytest


    @pytest.fixture(scope="module")
    def vcr_config():
        return {
            "filter_headers": ["authorization"],
            "record_mode": "once",
            # the API also accepts the key as a header we forgot to filter
            "before_record_request": None,
        }


    @pytest.fixture
    def client():
        from skyledger import Client
        return Client(base_url="https://api.skyledger.io", api_key="sl_live_@S@")
''', s=S), "sl_live_" + S, "https://github.com/kiwicom/pytest-recording")

S = fakes.aws_secret_key(seed())
sec("github-workflow", "aws-keys-env-block", ".github/workflows/docs-s3.yml", t('''
    name: docs to S3
    on:
      push:
        branches: [main]
    jobs:
      upload:
        runs-on: ubuntu-latest
        env:
          AWS_ACCESS_KEY_ID: @K@
          AWS_SECRET_ACCESS_KEY: @S@
          AWS_DEFAULT_REGION: eu-west-1
        steps:
          - uses: actions/checkout@v4
          - run: pip install -r docs/requirements.txt && make -C docs html
          - run: aws s3 sync docs/_build/html s3://docs.s3shelf.dev --delete
''', k=fakes.aws_key_id(seed()), s=S), S, "https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/store-information-in-variables")

S = passphrase()
sec("toml-config", "smtp-password-sample-config", "src/notifykit/data/notifykit.example.toml", t('''
    # Example configuration shipped with notifykit (copied by `notifykit init`)
    [smtp]
    host = "smtp.notifykit.dev"
    port = 465
    username = "bot@notifykit.dev"
    password = "@S@"

    [defaults]
    sender = "bot@notifykit.dev"
    retries = 3
''', s=S), S, "https://toml.io/en/v1.0.0")

S = "shpat_" + rnd(32, HEX)
sec("yaml-config", "shopify-admin-token", "examples/shopify_sync/config.yaml", t('''
    shop:
      domain: tablekit-demo.myshopify.com
      api_version: "2024-04"
      access_token: @S@
    sync:
      interval_minutes: 15
      collections:
        - featured
        - sale
''', s=S), S, "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin")

S = word_pw()
sec("ini-config", "elasticsearch-password", "examples/search_demo/search.ini", t('''
    [elasticsearch]
    hosts = https://es-demo.quillmark.org:9200
    username = elastic
    password = @S@
    verify_certs = true

    [index]
    name = quillmark-docs
    shards = 1
''', s=S), S, "https://www.elastic.co/guide/en/elasticsearch/client/python-api/current/connecting.html")

S = rnd(40, HEX)
sec("maven-settings-xml", "maven-server-password", "tools/publish/settings.xml", t('''
    <?xml version="1.0" encoding="UTF-8"?>
    <settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
      <!-- used by the Java bindings in bindings/java -->
      <servers>
        <server>
          <id>ossrh</id>
          <username>tessera-release</username>
          <password>@S@</password>
        </server>
      </servers>
    </settings>
''', s=S), S, "https://maven.apache.org/settings.html#servers")
