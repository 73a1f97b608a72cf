"""Blind set P: release engineering of Python packages (publishing configs, CI release jobs,
index settings, release scripts, sdist metadata). Generated fakes only; seeds 180000-184999."""
from __future__ import annotations

import base64
import hashlib
import random
import string
import uuid
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

CASES: List[LabelledCase] = []
_SEED = [180000]
HEX = "0123456789abcdef"
AL = string.ascii_letters + string.digits


def seed() -> int:
    _SEED[0] += 1
    assert _SEED[0] < 185000
    return _SEED[0]


def rng() -> random.Random:
    return random.Random(seed())


def add(fmt: str, what: str, path: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase(f"blind-p/{fmt}/{what}", path, text, secret, source))


def fill(text: str, **values: str) -> str:
    for key, value in values.items():
        text = text.replace("@" + key + "@", value)
    return text


# ---- generators of fakes (own, seeded) ----
def hexs(n: int) -> str:
    r = rng()
    return "".join(r.choice(HEX) for _ in range(n))


def alnum(n: int, extra: str = "") -> str:
    r = rng()
    return "".join(r.choice(AL + extra) for _ in range(n))


def pypi() -> str:
    return fakes.pypi_token(seed())


def testpypi() -> str:
    r = rng()
    tid = str(uuid.UUID(int=r.getrandbits(128), version=4))
    sig = bytes(r.getrandbits(8) for _ in range(32))
    return fakes.encode_token("test.pypi.org", tid, [[3, tid]], sig)


def gitlab() -> str:
    return "glpat-" + alnum(20, "_-")


def npm() -> str:
    return "npm_" + alnum(36)


def slack() -> str:
    r = rng()
    return f"xoxb-{r.randint(10**10, 10**12)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(AL) for _ in range(24))


def stripe() -> str:
    return "sk_live_" + alnum(24)


def sendgrid() -> str:
    return "SG." + alnum(22, "_-") + "." + alnum(43, "_-")


def artifactory_key() -> str:
    return "AKCp" + alnum(69)


def artifactory_ref() -> str:
    raw = "reftkn:01:" + str(rng().randint(1700000000, 1900000000)) + ":" + alnum(27)
    return base64.b64encode(raw.encode()).decode().rstrip("=")


def azure_pat() -> str:
    r = rng()
    return "".join(r.choice(string.ascii_lowercase + "234567") for _ in range(52))


def crates() -> str:
    return "cio" + alnum(32)


def dockerhub() -> str:
    return "dckr_pat_" + alnum(27, "_-")


def hf() -> str:
    r = rng()
    return "hf_" + "".join(r.choice(string.ascii_letters) for _ in range(34))


def ya29() -> str:
    return "ya29.a0" + alnum(140, "_-")


def anaconda() -> str:
    r = rng()
    return "".join(r.choice(string.ascii_lowercase) for _ in range(2)) + "-" + str(uuid.UUID(int=r.getrandbits(128), version=4))


def words_pw() -> str:
    r = rng()
    w = ["Harbor", "Maple", "Falcon", "Copper", "Tundra", "Violet", "Granite", "Orchid", "Pelican", "Saffron", "Juniper", "Cobalt"]
    return r.choice(w) + r.choice("!#%&*$@") + r.choice(w) + str(r.randint(10, 9999))


def passphrase() -> str:
    r = rng()
    w = ["anchor", "river", "lantern", "quartz", "meadow", "ember", "glacier", "thimble", "walnut", "orbit", "pepper", "canyon", "harvest"]
    return "-".join(r.sample(w, 4)) + str(r.randint(1, 99))


def randpw() -> str:
    return fakes.password(seed())


def sha256() -> str:
    return hashlib.sha256(str(seed()).encode()).hexdigest()


def commit() -> str:
    return hashlib.sha1(str(seed()).encode()).hexdigest()


def pgp_private() -> str:
    r = rng()
    body = "\n".join("".join(r.choice(AL + "+/") for _ in range(64)) for _ in range(8))
    return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + body + "\n=" + "".join(r.choice(AL) for _ in range(4))
            + "\n-----END PGP PRIVATE KEY BLOCK-----")


def pgp_public() -> str:
    r = rng()
    body = "\n".join("".join(r.choice(AL + "+/") for _ in range(64)) for _ in range(8))
    return ("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + body + "\n=" + "".join(r.choice(AL) for _ in range(4))
            + "\n-----END PGP PUBLIC KEY BLOCK-----")


def b64junk(n: int) -> str:
    return base64.b64encode(bytes(rng().getrandbits(8) for _ in range(n))).decode()


PYPIRC_DOC = "https://packaging.python.org/en/latest/specifications/pypirc/"
PIP_DOC = "https://pip.pypa.io/en/stable/topics/configuration/"
UV_DOC = "https://docs.astral.sh/uv/concepts/indexes/"
POETRY_DOC = "https://python-poetry.org/docs/repositories/"
PDM_DOC = "https://pdm-project.org/en/latest/usage/config/"
HATCH_DOC = "https://hatch.pypa.io/latest/config/hatch/"
GHA_DOC = "https://docs.pypi.org/trusted-publishers/using-a-publisher/"
GLCI_DOC = "https://docs.gitlab.com/ee/user/packages/pypi_repository/"
TWINE_DOC = "https://twine.readthedocs.io/en/stable/"
CA_DOC = "https://docs.aws.amazon.com/codeartifact/latest/ug/python-configure-pip.html"
GAR_DOC = "https://cloud.google.com/artifact-registry/docs/python/authentication"
AZ_DOC = "https://learn.microsoft.com/en-us/azure/devops/artifacts/quickstarts/python-packages"
JF_DOC = "https://jfrog.com/help/r/jfrog-artifactory-documentation/pypi-repositories"
NEXUS_DOC = "https://help.sonatype.com/en/pypi-repositories.html"
FURY_DOC = "https://gemfury.com/help/pypi-server/"
CONDA_DOC = "https://docs.conda.io/projects/conda/en/latest/user-guide/configuration/use-condarc.html"
DEVPI_DOC = "https://devpi.net/docs/devpi/devpi/stable/+doc/userman/devpi_commands.html"
NETRC_DOC = "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html"
META_DOC = "https://packaging.python.org/en/latest/specifications/core-metadata/"

# =====================================================================================
# .pypirc (every shape)
# =====================================================================================
s = pypi()
add("pypirc", "pypi-token", ".pypirc", fill("""[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = @S@

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""", S=s), s, PYPIRC_DOC)

s = testpypi()
add("pypirc", "testpypi-token", "release/pypirc.testpypi", fill("""# copied into $HOME by scripts/release.sh --test
[distutils]
index-servers = testpypi

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
password = @S@
""", S=s), s, PYPIRC_DOC)

s = words_pw()
add("pypirc", "private-index-password", "ci/pypirc-internal", fill("""[distutils]
index-servers =
    internal
    pypi

[internal]
repository = https://pypi.corp.example.net/simple/
username = release-bot
password = @S@

[pypi]
username = __token__
# PyPI token comes from the keyring on maintainer machines
""", S=s), s, PYPIRC_DOC)

s = randpw()
add("pypirc", "devpi-password", "tools/devpi/.pypirc", fill("""[distutils]
index-servers = devpi

[devpi]
repository: http://devpi.build.lan:3141/acme/staging/
username: acme
password: @S@
""", S=s), s, PYPIRC_DOC)

s = artifactory_key()
add("pypirc", "artifactory-api-key", "docker/pypirc.artifactory", fill("""[distutils]
index-servers = local

[local]
repository: https://acme.jfrog.io/artifactory/api/pypi/pypi-local
username: ci-publisher@acme.com
password: @S@
""", S=s), s, JF_DOC)

s = azure_pat()
add("pypirc", "azure-artifacts-pat", "build/azure.pypirc", fill("""[distutils]
Index-servers =
  contoso-feed

[contoso-feed]
Repository = https://pkgs.dev.azure.com/contoso/_packaging/contoso-feed/pypi/upload/
username = contoso-feed
password = @S@
""", S=s), s, AZ_DOC)

s = pypi()
add("pypirc", "pypi-token-no-sections", "home/maintainer/.pypirc", fill("""[pypi]
  username = __token__
  password = @S@

# old account login, disabled since 2FA enforcement
#[pypi-legacy]
#  username = jdoe
""", S=s), s, PYPIRC_DOC)

add("pypirc", "decoy-keyring", "docs/examples/pypirc.example", """# Example ~/.pypirc for maintainers. Do not write passwords here:
# twine reads the token from the system keyring, store it with
#   keyring set https://upload.pypi.org/legacy/ __token__
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""", None, PYPIRC_DOC)

add("pypirc", "decoy-placeholder", "docs/publishing/pypirc.ini", """; Template, copy to ~/.pypirc and replace the values in angle brackets
[distutils]
index-servers = pypi

[pypi]
username = __token__
password = <paste your pypi-... API token here>
""", None, PYPIRC_DOC)

add("pypirc", "decoy-truncated-doc-token", "CONTRIBUTING.pypirc.txt", """How to configure uploads
------------------------
[pypi]
username = __token__
password = pypi-AgEIcHlwaS5vcmc...

The token starts with "pypi-AgEIcHlwaS5vcmc" followed by a long base64 string;
never commit the real value. Scope it to this project only.
""", None, PYPIRC_DOC)

# =====================================================================================
# pyproject.toml of many backends/tools
# =====================================================================================
s = randpw()
add("pyproject-toml", "uv-index-url-password", "pyproject.toml", fill("""[project]
name = "acme-telemetry"
version = "2.4.1"
description = "Telemetry client for Acme services"
requires-python = ">=3.9"
dependencies = ["httpx>=0.27", "acme-core>=1.8"]

[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[[tool.uv.index]]
name = "acme-internal"
url = "https://deploy:@S@@nexus.acme.io/repository/pypi-internal/simple/"
publish-url = "https://nexus.acme.io/repository/pypi-internal/"

[tool.uv.sources]
acme-core = { index = "acme-internal" }
""", S=s), s, UV_DOC)

add("pyproject-toml", "decoy-uv-index-env-auth", "services/ingest/pyproject.toml", """[project]
name = "ingest"
version = "0.9.0"
requires-python = ">=3.11"
dependencies = ["pydantic>=2", "acme-core"]

[[tool.uv.index]]
# credentials come from UV_INDEX_ACME_USERNAME / UV_INDEX_ACME_PASSWORD
name = "acme"
url = "https://nexus.acme.io/repository/pypi-internal/simple/"
authenticate = "always"

[tool.uv.sources]
acme-core = { index = "acme" }

[tool.uv]
keyring-provider = "subprocess"
""", None, UV_DOC)

s = words_pw()
add("pyproject-toml", "poetry-source-url-password", "libs/billing/pyproject.toml", fill("""[tool.poetry]
name = "acme-billing"
version = "3.1.0"
description = "Billing helpers"
authors = ["Acme Platform <platform@acme.io>"]
packages = [{ include = "acme_billing", from = "src" }]

[tool.poetry.dependencies]
python = "^3.10"
stripe = "^8.0"
acme-core = { version = "^1.8", source = "acme" }

[[tool.poetry.source]]
name = "acme"
url = "https://poetry:@S@@pypi.acme.io/simple/"
priority = "supplemental"

[build-system]
requires = ["poetry-core>=1.8"]
build-backend = "poetry.core.masonry.api"
""", S=s), s, POETRY_DOC)

add("pyproject-toml", "decoy-poetry-source", "libs/geo/pyproject.toml", """[tool.poetry]
name = "acme-geo"
version = "0.4.2"
description = "Geo utilities"
authors = ["Acme Platform <platform@acme.io>"]

[tool.poetry.dependencies]
python = "^3.10"
shapely = "^2.0"

[[tool.poetry.source]]
name = "acme"
url = "https://pypi.acme.io/simple/"
priority = "supplemental"
# auth: poetry config http-basic.acme <user> <password>  (stored in keyring)

[build-system]
requires = ["poetry-core>=1.8"]
build-backend = "poetry.core.masonry.api"
""", None, POETRY_DOC)

s = passphrase()
add("pyproject-toml", "pdm-source-password", "pkgs/ledger/pyproject.toml", fill("""[project]
name = "ledger"
version = "1.2.0"
requires-python = ">=3.10"
dependencies = ["sqlalchemy>=2.0", "acme-auth"]

[build-system]
requires = ["pdm-backend"]
build-backend = "pdm.backend"

[[tool.pdm.source]]
name = "private"
url = "https://pypi.acme.io/simple"
verify_ssl = true
username = "ledger-ci"
password = "@S@"

[tool.pdm.scripts]
test = "pytest -q"
""", S=s), s, "https://pdm-project.org/en/latest/usage/config/#configure-the-package-indexes")

add("pyproject-toml", "decoy-pdm-env-expansion", "pkgs/notify/pyproject.toml", """[project]
name = "notify"
version = "0.3.0"
requires-python = ">=3.10"
dependencies = ["acme-auth"]

[build-system]
requires = ["pdm-backend"]
build-backend = "pdm.backend"

[[tool.pdm.source]]
name = "private"
url = "https://${PRIVATE_PYPI_USER}:${PRIVATE_PYPI_PASSWORD}@pypi.acme.io/simple"
verify_ssl = true
""", None, "https://pdm-project.org/en/latest/usage/config/#configure-the-package-indexes")

add("pyproject-toml", "decoy-hatch-publish", "tools/cli/pyproject.toml", """[project]
name = "acme-cli"
dynamic = ["version"]
requires-python = ">=3.9"
dependencies = ["click>=8", "rich"]

[project.scripts]
acme = "acme_cli.__main__:main"

[build-system]
requires = ["hatchling", "hatch-vcs"]
build-backend = "hatchling.build"

[tool.hatch.version]
source = "vcs"

[tool.hatch.publish.index]
disable = true

[tool.hatch.envs.default.scripts]
release = "hatch build && hatch publish --user __token__ --auth $HATCH_INDEX_AUTH"
""", None, "https://hatch.pypa.io/latest/publish/")

add("pyproject-toml", "decoy-flit", "flit_pkg/pyproject.toml", """[build-system]
requires = ["flit_core >=3.9,<4"]
build-backend = "flit_core.buildapi"

[project]
name = "tinyjson"
authors = [{name = "Ada Maintainer", email = "ada@example.org"}]
readme = "README.rst"
license = {file = "LICENSE"}
classifiers = ["License :: OSI Approved :: MIT License"]
dynamic = ["version", "description"]

[project.urls]
Home = "https://github.com/ada/tinyjson"

[tool.flit.sdist]
include = ["doc/"]
exclude = ["doc/*.html", ".pypirc", "*.env"]
""", None, "https://flit.pypa.io/en/stable/pyproject_toml.html")

add("pyproject-toml", "decoy-maturin-cibuildwheel", "rust_ext/pyproject.toml", """[build-system]
requires = ["maturin>=1.5,<2.0"]
build-backend = "maturin"

[project]
name = "fastgeo"
requires-python = ">=3.9"
classifiers = ["Programming Language :: Rust"]
dynamic = ["version"]

[tool.maturin]
features = ["pyo3/extension-module"]
module-name = "fastgeo._core"
strip = true

[tool.cibuildwheel]
build = "cp39-* cp310-* cp311-* cp312-*"
skip = "*-musllinux_i686"
environment = { RUSTUP_TOOLCHAIN = "1.78.0" }
before-build = "pip install maturin"
""", None, "https://www.maturin.rs/config")

s = fakes.github_token(seed())
add("pyproject-toml", "github-token-in-setuptools-dep", "plugins/exporter/pyproject.toml", fill("""[build-system]
requires = ["setuptools>=68", "wheel"]
build-backend = "setuptools.build_meta"

[project]
name = "acme-exporter"
version = "0.7.3"
requires-python = ">=3.9"
dependencies = [
    "prometheus-client>=0.20",
    "acme-metrics @ git+https://@S@@github.com/acme-corp/acme-metrics.git@v1.4.0",
]

[tool.setuptools.packages.find]
where = ["src"]
""", S=s), s, "https://packaging.python.org/en/latest/specifications/dependency-specifiers/")

s = pypi()
add("pyproject-toml", "pypi-token-in-hatch-env", "apps/dashboard/pyproject.toml", fill("""[project]
name = "acme-dashboard"
version = "1.0.0"
requires-python = ">=3.10"

[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[tool.hatch.envs.release]
detached = true
dependencies = ["twine"]

[tool.hatch.envs.release.env-vars]
TWINE_USERNAME = "__token__"
TWINE_PASSWORD = "@S@"

[tool.hatch.envs.release.scripts]
upload = "twine upload dist/*"
""", S=s), s, "https://hatch.pypa.io/latest/config/environment/overview/")

add("pyproject-toml", "decoy-uv-sources-hashes", "workspace/pyproject.toml", """[project]
name = "acme-workspace"
version = "0"
requires-python = ">=3.11"

[tool.uv.workspace]
members = ["packages/*"]

[tool.uv]
dev-dependencies = ["pytest>=8", "ruff>=0.5"]
constraint-dependencies = ["urllib3<3"]

[[tool.uv.index]]
name = "pytorch-cu121"
url = "https://download.pytorch.org/whl/cu121"
explicit = true

[tool.uv.sources]
torch = { index = "pytorch-cu121" }
acme-models = { git = "https://github.com/acme-corp/models", rev = "@C@" }
""".replace("@C@", commit()), None, UV_DOC)

# =====================================================================================
# uv.toml, poetry.toml, poetry auth/config, hatch config, pdm config
# =====================================================================================
s = randpw()
add("uv-toml", "index-password", "uv.toml", fill("""# Project-level uv settings (checked in by mistake from a laptop)
native-tls = true
python-preference = "managed"

[[index]]
name = "corp"
url = "https://svc-build:@S@@artifacts.corp.example/api/pypi/pypi-virtual/simple"
default = true

[pip]
compile-bytecode = true
""", S=s), s, "https://docs.astral.sh/uv/reference/settings/")

add("uv-toml", "decoy-keyring", "ci/uv.toml", """native-tls = true
keyring-provider = "subprocess"

[[index]]
name = "corp"
url = "https://oauth2accesstoken@europe-west1-python.pkg.dev/acme-prod/pypi/simple/"
default = true
# token supplied by keyrings.google-artifactregistry-auth at run time
""", None, GAR_DOC)

s = ya29()
add("uv-toml", "gar-access-token", "deploy/uv.toml", fill("""# uv config for the deploy image
[[index]]
name = "gar"
url = "https://oauth2accesstoken:@S@@us-central1-python.pkg.dev/acme-ml/pypi/simple/"
default = true

[pip]
no-cache = true
""", S=s), s, GAR_DOC)

s = words_pw()
add("poetry-toml", "http-basic-password", "poetry.toml", fill("""[virtualenvs]
in-project = true
create = true

[installer]
parallel = true

[http-basic.acme]
username = "svc-poetry"
password = "@S@"
""", S=s), s, "https://python-poetry.org/docs/configuration/")

add("poetry-toml", "decoy-local-settings", "backend/poetry.toml", """[virtualenvs]
in-project = true
prefer-active-python = true

[installer]
max-workers = 4
no-binary = ["psycopg"]

[repositories.acme]
url = "https://pypi.acme.io/simple/"
""", None, "https://python-poetry.org/docs/configuration/")

s = pypi()
add("poetry-auth-toml", "pypi-token", "dotfiles/pypoetry/auth.toml", fill("""[pypi-token]
pypi = "@S@"

[http-basic.acme]
username = "jdoe"
""", S=s), s, "https://python-poetry.org/docs/repositories/#configuring-credentials")

s = npm()
s = fakes.github_fine_grained_token(seed())
add("poetry-config-toml", "github-pat-http-basic", "dotfiles/pypoetry/config.toml", fill("""cache-dir = "/home/jdoe/.cache/pypoetry"

[virtualenvs]
in-project = true

[repositories.ghpkg]
url = "https://pypi.pkg.github.com/acme-corp/"

[http-basic.ghpkg]
username = "jdoe"
password = "@S@"
""", S=s), s, "https://python-poetry.org/docs/configuration/")

s = pypi()
add("hatch-config-toml", "publish-auth", "dotfiles/hatch/config.toml", fill("""mode = "local"
project = ""
shell = "zsh"

[dirs]
project = ["~/src"]
python = "isolated"

[publish.index]
user = "__token__"
auth = "@S@"
repo = "main"

[template]
name = "Ada Maintainer"
email = "ada@example.org"
""", S=s), s, HATCH_DOC)

add("hatch-config-toml", "decoy-no-auth", "dotfiles/hatch/config.example.toml", """mode = "project"

[dirs]
project = ["~/code"]

[publish.index]
# leave auth empty: hatch asks once and stores it in the keyring
user = "__token__"
repo = "test"

[publish.index.repos.private]
url = "https://pypi.acme.io/legacy/"

[terminal.styles]
info = "bold"
""", None, HATCH_DOC)

s = testpypi()
add("pdm-config-toml", "repository-password", "dotfiles/pdm/config.toml", fill("""[python]
use_venv = true

[venv]
backend = "virtualenv"

[repository.testpypi]
username = "__token__"
password = "@S@"

[pypi]
verify_ssl = true
""", S=s), s, PDM_DOC)

add("pdm-config-toml", "decoy-env-only", "pdm.toml", """# project config, secrets come from PDM_PUBLISH_USERNAME / PDM_PUBLISH_PASSWORD
[python]
use_venv = true

[repository.private]
url = "https://pypi.acme.io/legacy/"
verify_ssl = true

[strategy]
update = "reuse"
""", None, PDM_DOC)

# =====================================================================================
# pip.conf / pip.ini
# =====================================================================================
s = artifactory_ref()
add("pip-conf", "artifactory-reference-token", "docker/pip.conf", fill("""[global]
timeout = 60
index-url = https://ci-reader:@S@@acme.jfrog.io/artifactory/api/pypi/pypi-virtual/simple
trusted-host = acme.jfrog.io
disable-pip-version-check = true

[install]
no-compile = true
""", S=s), s, JF_DOC)

s = randpw()
add("pip-conf", "nexus-password", "etc/pip.conf", fill("""[global]
index-url = https://nexus.acme.io/repository/pypi-group/simple
extra-index-url =
    https://builder:@S@@nexus.acme.io/repository/pypi-private/simple
    https://pypi.org/simple
retries = 3
""", S=s), s, NEXUS_DOC)

add("pip-conf", "decoy-codeartifact-runtime", "ci/pip.conf.tmpl", """# Rendered by ci/login.sh, which runs
#   aws codeartifact login --tool pip --domain acme --repository py
# and writes the short-lived token into the real ~/.config/pip/pip.conf.
[global]
index-url = https://aws:${CODEARTIFACT_AUTH_TOKEN}@acme-111122223333.d.codeartifact.eu-west-1.amazonaws.com/pypi/py/simple/
timeout = 30
""", None, CA_DOC)

add("pip-conf", "decoy-public-mirror", "config/pip/pip.conf", """[global]
index-url = https://mirrors.aliyun.com/pypi/simple/
trusted-host = mirrors.aliyun.com
require-virtualenv = true

[install]
upgrade-strategy = only-if-needed
""", None, PIP_DOC)

s = azure_pat()
add("pip-ini", "azure-artifacts-pat", "windows/pip.ini", fill("""[global]
index-url=https://pkgs.dev.azure.com/contoso/Platform/_packaging/shared/pypi/simple/
extra-index-url=https://shared:@S@@pkgs.dev.azure.com/contoso/Platform/_packaging/shared/pypi/simple/
no-cache-dir=false

[list]
format=columns
""", S=s), s, AZ_DOC)

add("pip-ini", "decoy-keyring-provider", "ci/windows/pip.ini", """[global]
index-url=https://pkgs.dev.azure.com/contoso/_packaging/shared/pypi/simple/
keyring-provider=import
; artifacts-keyring supplies credentials from the Azure DevOps session
timeout=45
""", None, AZ_DOC)

s = alnum(20)
add("pip-conf", "gemfury-token", "infra/ansible/files/pip.conf", fill("""# managed by ansible - role python_base
[global]
index-url = https://pypi.org/simple
extra-index-url = https://@S@:@pypi.fury.io/acme/
timeout = 20
""", S=s), s, FURY_DOC)

# =====================================================================================
# requirements / constraints
# =====================================================================================
s = words_pw()
add("requirements-txt", "index-url-password", "requirements.txt", fill("""--index-url https://pypi.org/simple
--extra-index-url https://deploy:@S@@pypi.acme.io/simple/
acme-core==1.8.4
acme-auth==0.12.0
django==5.0.6
gunicorn==22.0.0
psycopg[binary]==3.1.19
""", S=s), s, "https://pip.pypa.io/en/stable/reference/requirements-file-format/")

s = gitlab()
add("requirements-txt", "gitlab-token", "requirements/prod.txt", fill("""-r base.txt
# internal packages from the GitLab package registry
--extra-index-url https://__token__:@S@@gitlab.acme.io/api/v4/projects/412/packages/pypi/simple
acme-ml-utils==2.3.0
uvicorn[standard]==0.30.1
sentry-sdk==2.5.1
""", S=s), s, GLCI_DOC)

add("requirements-txt", "decoy-hashes", "requirements/lock.txt", fill("""#
# This file is autogenerated by pip-compile with Python 3.12
#    pip-compile --generate-hashes requirements/lock.in
#
certifi==2024.7.4 \\
    --hash=sha256:@A@ \\
    --hash=sha256:@B@
    # via requests
charset-normalizer==3.3.2 \\
    --hash=sha256:@C@
    # via requests
idna==3.7 \\
    --hash=sha256:@D@
    # via requests
requests==2.32.3 \\
    --hash=sha256:@E@
    # via -r requirements/lock.in
""", A=sha256(), B=sha256(), C=sha256(), D=sha256(), E=sha256()), None, "https://pip-tools.readthedocs.io/en/latest/")

add("requirements-txt", "decoy-env-vars", "requirements/private.txt", """# pip expands ${VAR} in requirement files; set them in CI
--extra-index-url https://${NEXUS_USER}:${NEXUS_PASSWORD}@nexus.acme.io/repository/pypi-private/simple
acme-core>=1.8
acme-auth>=0.12
acme-metrics @ git+https://${GITHUB_TOKEN}@github.com/acme-corp/acme-metrics.git@v1.4.0
""", None, "https://pip.pypa.io/en/stable/reference/requirements-file-format/#using-environment-variables")

s = fakes.github_token(seed())
add("requirements-txt", "github-token-vcs-url", "requirements-dev.txt", fill("""pytest==8.2.2
pytest-cov==5.0.0
ruff==0.5.0
mypy==1.10.1
# fork with the fix for #231 until upstream releases
hypothesis @ git+https://@S@:x-oauth-basic@github.com/acme-corp/hypothesis.git@fix-231
""", S=s), s, "https://pip.pypa.io/en/stable/topics/vcs-support/")

s = passphrase()
add("constraints-txt", "index-password", "constraints.txt", fill("""# company-wide constraints, pinned by platform team
--index-url https://constraints:@S@@devpi.acme.io/acme/prod/+simple/
urllib3<3
setuptools>=69,<75
cryptography>=42.0.8
""", S=s), s, "https://pip.pypa.io/en/stable/user_guide/#constraints-files")

add("constraints-txt", "decoy-pins", "ci/constraints.txt", """# Pins used by the wheel-building CI jobs
# regenerate: uv pip compile ci/constraints.in -o ci/constraints.txt
build==1.2.1
cibuildwheel==2.19.2
twine==5.1.1
packaging==24.1
pkginfo==1.10.0
readme-renderer==43.0
""", None, "https://pip.pypa.io/en/stable/user_guide/#constraints-files")

# =====================================================================================
# .netrc
# =====================================================================================
s = randpw()
add("netrc", "nexus-password", "ci/netrc", fill("""machine nexus.acme.io
  login builder
  password @S@

machine pypi.org
  login __token__
""", S=s), s, NETRC_DOC)

s = pypi()
add("netrc", "pypi-token", "docker/build/.netrc", fill("""# uploads only, copied into the release image
# generated 2024-05-02
machine upload.pypi.org login __token__ password @S@
machine files.pythonhosted.org login anonymous password anonymous
default login anonymous password guest
""", S=s), s, NETRC_DOC)

add("netrc", "decoy-docs-placeholder", "docs/netrc.sample", """# ~/.netrc used by uv and pip for the private index.
# Replace the placeholders; keep the file mode 600.
machine pypi.acme.io
    login YOUR_LDAP_USER
    password YOUR_LDAP_PASSWORD
""", None, NETRC_DOC)

# =====================================================================================
# setup.cfg / setup.py / MANIFEST.in
# =====================================================================================
s = words_pw()
add("setup-cfg", "upload-password", "setup.cfg", fill("""[metadata]
name = acme-legacy
version = attr: acme_legacy.__version__
description = Legacy helpers
long_description = file: README.rst
license = BSD-3-Clause

[options]
packages = find:
python_requires = >=3.8
install_requires =
    requests>=2.25

[bdist_wheel]
universal = 0

[upload]
repository = https://pypi.acme.io/legacy/
username = release
password = @S@
""", S=s), s, "https://setuptools.pypa.io/en/latest/userguide/declarative_config.html")

add("setup-cfg", "decoy-metadata", "legacy/setup.cfg", """[metadata]
name = oldlib
version = 1.4.2
author = Old Maintainer
author_email = old@example.org
url = https://github.com/example/oldlib
project_urls =
    Changelog = https://github.com/example/oldlib/blob/main/CHANGES.rst

[options]
py_modules = oldlib
install_requires = six

[flake8]
max-line-length = 100

[tool:pytest]
addopts = -ra
""", None, "https://setuptools.pypa.io/en/latest/userguide/declarative_config.html")

s = pypi()
add("setup-py", "upload-token", "setup.py", fill("""import os
import sys

from setuptools import find_packages, setup

if sys.argv[-1] == "publish":
    os.system("python -m build")
    os.system("twine upload -u __token__ -p @S@ dist/*")
    sys.exit()

setup(
    name="acme-sdk",
    version="0.18.0",
    packages=find_packages("src"),
    package_dir={"": "src"},
    install_requires=["requests>=2.31"],
    python_requires=">=3.8",
)
""", S=s), s, "https://setuptools.pypa.io/en/latest/references/keywords.html")

s = fakes.aws_secret_key(seed())
kid = fakes.aws_key_id(seed())
add("setup-py", "aws-secret-codeartifact", "tools/build/setup.py", fill("""from setuptools import setup
import boto3

# fetch a CodeArtifact token so setup_requires can reach the private index
_client = boto3.client(
    "codeartifact",
    region_name="eu-west-1",
    aws_access_key_id="@K@",
    aws_secret_access_key="@S@",
)
TOKEN = _client.get_authorization_token(domain="acme", domainOwner="111122223333")["authorizationToken"]

setup(
    name="acme-buildtools",
    version="1.0.3",
    py_modules=["acme_buildtools"],
)
""", S=s, K=kid), s, CA_DOC)

add("setup-py", "decoy-version-hash", "vendored/setup.py", fill("""from setuptools import setup

GIT_REVISION = "@C@"
SOURCE_SHA256 = "@H@"

setup(
    name="vendored-zstd",
    version="1.5.6.post1",
    description="zstd bindings, vendored build (git " + GIT_REVISION[:10] + ")",
    ext_modules=[],
    zip_safe=False,
)
""", C=commit(), H=sha256()), None, "https://setuptools.pypa.io/en/latest/references/keywords.html")

add("manifest-in", "decoy-excludes", "MANIFEST.in", """include LICENSE README.rst CHANGELOG.md
include pyproject.toml
recursive-include src/acme *.pyi py.typed
recursive-include docs *.rst conf.py
prune docs/_build
exclude .pypirc .netrc .env
global-exclude *.py[cod] __pycache__ *.so
exclude secrets.toml
""", None, "https://setuptools.pypa.io/en/latest/userguide/miscellaneous.html")

add("manifest-in", "decoy-graft", "pkg/sdist/MANIFEST.in", """graft src
graft tests
prune tests/fixtures/credentials
include tox.ini noxfile.py
recursive-exclude * *.pem *.key id_rsa*
global-exclude .DS_Store
""", None, "https://setuptools.pypa.io/en/latest/userguide/miscellaneous.html")

# =====================================================================================
# noxfile.py / tox.ini
# =====================================================================================
s = pypi()
add("noxfile-py", "pypi-token", "noxfile.py", fill("""import nox

nox.options.sessions = ["lint", "tests"]


@nox.session
def lint(session):
    session.install("ruff")
    session.run("ruff", "check", ".")


@nox.session(python=["3.10", "3.11", "3.12"])
def tests(session):
    session.install("-e", ".[test]")
    session.run("pytest", "-q")


@nox.session
def release(session):
    session.install("build", "twine")
    session.run("python", "-m", "build")
    session.run(
        "twine", "upload", "dist/*",
        env={"TWINE_USERNAME": "__token__", "TWINE_PASSWORD": "@S@"},
    )
""", S=s), s, "https://nox.thea.codes/en/stable/config.html")

add("noxfile-py", "decoy-env-passthrough", "tools/noxfile.py", """import os

import nox


@nox.session
def build(session):
    session.install("build")
    session.run("python", "-m", "build")


@nox.session
def publish(session):
    token = os.environ.get("PYPI_TOKEN")
    if not token:
        session.error("PYPI_TOKEN is not set (use a project-scoped token)")
    session.install("twine")
    session.run("twine", "check", "dist/*")
    session.run("twine", "upload", "-u", "__token__", "-p", token, "dist/*")
""", None, "https://nox.thea.codes/en/stable/config.html")

s = testpypi()
add("tox-ini", "testpypi-token", "tox.ini", fill("""[tox]
envlist = py310, py311, py312, lint
isolated_build = true

[testenv]
deps = pytest
commands = pytest {posargs}

[testenv:lint]
deps = ruff
commands = ruff check src tests

[testenv:release-test]
skip_install = true
deps =
    build
    twine
setenv =
    TWINE_USERNAME = __token__
    TWINE_PASSWORD = @S@
    TWINE_REPOSITORY_URL = https://test.pypi.org/legacy/
commands =
    python -m build
    twine upload dist/*
""", S=s), s, "https://tox.wiki/en/latest/config.html")

add("tox-ini", "decoy-passenv", "sub/tox.ini", """[tox]
envlist = py3
requires = tox>=4

[testenv]
deps = -r requirements-dev.txt
commands = pytest

[testenv:publish]
skip_install = true
passenv =
    TWINE_USERNAME
    TWINE_PASSWORD
    TWINE_REPOSITORY_URL
deps = build
    twine
commands =
    python -m build
    twine upload --skip-existing dist/*
""", None, "https://tox.wiki/en/latest/config.html")

# =====================================================================================
# GitHub Actions
# =====================================================================================
add("github-actions", "decoy-trusted-publishing", ".github/workflows/release.yml", """name: Release

on:
  release:
    types: [published]

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build
      - run: python -m build
      - uses: actions/upload-artifact@v4
        with:
          name: dist
          path: dist/

  publish:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: pypi
      url: https://pypi.org/p/acme-telemetry
    permissions:
      id-token: write
    steps:
      - uses: actions/download-artifact@v4
        with:
          name: dist
          path: dist/
      - uses: pypa/gh-action-pypi-publish@release/v1
""", None, GHA_DOC)

add("github-actions", "decoy-secrets-expression", ".github/workflows/publish-legacy.yml", """name: Publish (token)

on:
  push:
    tags: ["v*"]

jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install build twine
      - run: python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: ${{ secrets.PYPI_API_TOKEN }}
""", None, "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions")

s = pypi()
add("github-actions", "pypi-token-inline", ".github/workflows/pypi.yml", fill("""name: Upload Python Package

on:
  workflow_dispatch:

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.x"
      - name: Build
        run: |
          python -m pip install --upgrade build
          python -m build
      - name: Publish package
        uses: pypa/gh-action-pypi-publish@release/v1
        with:
          user: __token__
          password: @S@
""", S=s), s, GHA_DOC)

s = randpw()
add("github-actions", "uv-publish-password", ".github/workflows/uv-publish.yml", fill("""name: uv publish

on:
  push:
    tags: ["release-*"]

jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      UV_PUBLISH_URL: https://nexus.acme.io/repository/pypi-internal/
      UV_PUBLISH_USERNAME: release-bot
      UV_PUBLISH_PASSWORD: "@S@"
    steps:
      - uses: actions/checkout@v4
      - uses: astral-sh/setup-uv@v3
      - run: uv build
      - run: uv publish
""", S=s), s, "https://docs.astral.sh/uv/guides/publish/")

add("github-actions", "decoy-uv-trusted", ".github/workflows/uv-release.yml", """name: release

on:
  push:
    tags: ["v*"]

jobs:
  pypi:
    name: Publish with uv (trusted publishing)
    runs-on: ubuntu-latest
    environment: release
    permissions:
      id-token: write
      contents: read
    steps:
      - uses: actions/checkout@v4
      - uses: astral-sh/setup-uv@v3
      - run: uv build
      - run: uv publish --trusted-publishing always
""", None, "https://docs.astral.sh/uv/guides/publish/")

s = pypi()
add("github-actions", "poetry-publish-token", ".github/workflows/poetry-release.yml", fill("""name: Poetry release
on:
  release:
    types: [created]
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pipx install poetry
      - run: poetry config pypi-token.pypi @S@
      - run: poetry publish --build
""", S=s), s, "https://python-poetry.org/docs/cli/#publish")

add("github-actions", "decoy-codeartifact-login", ".github/workflows/internal-publish.yml", """name: Publish to CodeArtifact
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::111122223333:role/gh-codeartifact-publish
          aws-region: eu-west-1
      - name: Get token
        run: |
          TOKEN=$(aws codeartifact get-authorization-token --domain acme --domain-owner 111122223333 --query authorizationToken --output text)
          echo "::add-mask::$TOKEN"
          echo "TWINE_PASSWORD=$TOKEN" >> "$GITHUB_ENV"
      - run: pip install build twine && python -m build
      - run: twine upload --repository-url https://acme-111122223333.d.codeartifact.eu-west-1.amazonaws.com/pypi/py/ dist/*
        env:
          TWINE_USERNAME: aws
""", None, CA_DOC)

s = fakes.aws_secret_key(seed())
add("github-actions", "aws-secret-codeartifact", ".github/workflows/codeartifact.yml", fill("""name: publish-internal
on: [workflow_dispatch]
jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @K@
      AWS_SECRET_ACCESS_KEY: @S@
      AWS_DEFAULT_REGION: us-east-1
    steps:
      - uses: actions/checkout@v4
      - run: aws codeartifact login --tool twine --domain acme --repository py
      - run: pip install build twine && python -m build && twine upload -r codeartifact dist/*
""", S=s, K=fakes.aws_key_id(seed())), s, CA_DOC)

s = pgp_private()
s_block = "\n".join(("          " + line) if line else "" for line in s.splitlines())
add("github-actions", "gpg-signing-key", ".github/workflows/sign.yml", fill("""name: Sign release artifacts
on:
  release:
    types: [published]
jobs:
  sign:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/download-artifact@v4
        with: { name: dist, path: dist }
      - name: Import signing key
        run: |
          cat > /tmp/release.asc <<'EOF'
@B@
          EOF
          gpg --batch --import /tmp/release.asc
          for f in dist/*; do gpg --batch --armor --detach-sign "$f"; done
""", B=s_block), s, "https://www.gnupg.org/documentation/manuals/gnupg/")

s = slack()
add("github-actions", "slack-token-notify", ".github/workflows/notify-release.yml", fill("""name: Announce release
on:
  release:
    types: [published]
jobs:
  announce:
    runs-on: ubuntu-latest
    steps:
      - name: Post to #releases
        uses: slackapi/slack-github-action@v1.26.0
        with:
          channel-id: C05RELEASES
          slack-message: "${{ github.event.release.tag_name }} is on PyPI"
        env:
          SLACK_BOT_TOKEN: @S@
""", S=s), s, "https://github.com/slackapi/slack-github-action")

add("github-actions", "decoy-cibuildwheel", ".github/workflows/wheels.yml", fill("""name: Build wheels
on:
  push:
    tags: ["v*"]
jobs:
  wheels:
    strategy:
      matrix:
        os: [ubuntu-latest, windows-latest, macos-14]
    runs-on: ${{ matrix.os }}
    steps:
      - uses: actions/checkout@692973e3d937129bcbf40652eb9f2f61becf3332 # v4.1.7
      - uses: pypa/cibuildwheel@@C@ # v2.19.2
        env:
          CIBW_SKIP: "pp* *-musllinux_i686"
      - uses: actions/upload-artifact@v4
        with:
          name: wheels-${{ matrix.os }}
          path: wheelhouse/*.whl
""", C=commit()), None, "https://cibuildwheel.pypa.io/en/stable/setup/")

s = fakes.github_token(seed())
add("github-actions", "github-token-release-action", ".github/workflows/gh-release.yml", fill("""name: GitHub release
on:
  push:
    tags: ["v*"]
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python -m pip install build && python -m build
      - uses: softprops/action-gh-release@v2
        with:
          files: dist/*
          token: @S@
""", S=s), s, "https://github.com/softprops/action-gh-release")

add("github-action-yml", "decoy-composite-inputs", ".github/actions/publish/action.yml", """name: Publish distribution
description: Build and upload with twine
inputs:
  repository-url:
    description: Upload endpoint
    default: https://upload.pypi.org/legacy/
  password:
    description: API token (pass secrets.PYPI_TOKEN, never a literal)
    required: true
runs:
  using: composite
  steps:
    - run: pipx run build
      shell: bash
    - run: pipx run twine upload --repository-url "${{ inputs.repository-url }}" -u __token__ -p "${{ inputs.password }}" dist/*
      shell: bash
""", None, "https://docs.github.com/en/actions/creating-actions/creating-a-composite-action")

s = pypi()
add("github-action-yml", "pypi-token-default", ".github/actions/upload/action.yml", fill("""name: Upload to PyPI
description: internal shortcut used by the release workflow
inputs:
  token:
    description: PyPI token
    required: false
    default: "@S@"
runs:
  using: composite
  steps:
    - run: pipx run twine upload -u __token__ -p "${{ inputs.token }}" dist/*
      shell: bash
""", S=s), s, "https://docs.github.com/en/actions/creating-actions/metadata-syntax-for-github-actions")

# =====================================================================================
# GitLab CI
# =====================================================================================
add("gitlab-ci", "decoy-job-token", ".gitlab-ci.yml", """stages: [build, publish]

build:
  stage: build
  image: python:3.12
  script:
    - pip install build
    - python -m build
  artifacts:
    paths: [dist/]

publish-gitlab:
  stage: publish
  image: python:3.12
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - pip install twine
    - TWINE_PASSWORD=${CI_JOB_TOKEN} TWINE_USERNAME=gitlab-ci-token python -m twine upload --repository-url ${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/pypi dist/*
""", None, GLCI_DOC)

s = pypi()
add("gitlab-ci", "pypi-token-variable", "ci/gitlab/release.gitlab-ci.yml", fill("""variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  TWINE_USERNAME: "__token__"
  TWINE_PASSWORD: "@S@"

pypi-release:
  stage: deploy
  image: python:3.11-slim
  only:
    - tags
  script:
    - pip install build twine
    - python -m build
    - twine upload dist/*
""", S=s), s, "https://docs.gitlab.com/ee/ci/yaml/#variables")

add("gitlab-ci", "decoy-id-tokens", "ci/gitlab/pypi-trusted.yml", """publish-pypi:
  stage: deploy
  image: python:3.12-slim
  rules:
    - if: $CI_COMMIT_TAG =~ /^v\\d+/
  id_tokens:
    PYPI_ID_TOKEN:
      aud: pypi
  script:
    - apt-get update && apt-get install -y jq
    - pip install -U twine id build
    - python -m build
    # exchange the OIDC id token for a short-lived upload token
    - resp=$(curl -sS -X POST https://pypi.org/_/oidc/mint-token -d "{\\"token\\":\\"${PYPI_ID_TOKEN}\\"}")
    - export TWINE_PASSWORD=$(echo "$resp" | jq -r .token)
    - twine upload -u __token__ dist/*
""", None, "https://docs.pypi.org/trusted-publishers/using-a-publisher/#gitlab-cicd")

s = gitlab()
add("gitlab-ci", "gitlab-deploy-token", "ci/templates/publish.yml", fill(""".publish-template:
  image: python:3.12
  before_script:
    - pip install twine build
  script:
    - python -m build
    - >
      twine upload
      --repository-url https://gitlab.acme.io/api/v4/projects/88/packages/pypi
      --username release-bot
      --password @S@
      dist/*
""", S=s), s, GLCI_DOC)

s = anaconda()
add("gitlab-ci", "anaconda-token", "ci/conda.gitlab-ci.yml", fill("""conda-build:
  stage: build
  image: condaforge/miniforge3:latest
  script:
    - conda install -y conda-build anaconda-client
    - conda build recipe/ --output-folder out/
  artifacts:
    paths: [out/]

conda-upload:
  stage: deploy
  image: condaforge/miniforge3:latest
  script:
    - anaconda -t @S@ upload --user acme --label main out/noarch/*.conda
""", S=s), s, "https://docs.anaconda.com/anacondaorg/user-guide/tasks/work-with-packages/")

# =====================================================================================
# Release scripts: bash, Makefile, justfile, invoke tasks, python, powershell
# =====================================================================================
s = pypi()
add("shell-script", "pypi-token-export", "scripts/release.sh", fill("""#!/usr/bin/env bash
set -euo pipefail

VERSION="${1:?usage: release.sh VERSION}"
export TWINE_USERNAME=__token__
export TWINE_PASSWORD='@S@'

git tag -s "v${VERSION}" -m "Release ${VERSION}"
rm -rf dist/
python -m build
twine check dist/*
twine upload dist/*
git push origin "v${VERSION}"
""", S=s), s, TWINE_DOC)

add("shell-script", "decoy-keyring", "scripts/publish.sh", """#!/usr/bin/env bash
# Publishes the built distributions. The token is read from the keyring:
#   keyring set https://upload.pypi.org/legacy/ __token__
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf dist build
python -m build
python -m twine check --strict dist/*
python -m twine upload --non-interactive dist/*
""", None, "https://twine.readthedocs.io/en/stable/#keyring-support")

add("shell-script", "decoy-codeartifact", "scripts/ca-login.sh", """#!/bin/sh
# Log pip and twine in to CodeArtifact for 12 hours
set -e
DOMAIN=acme
OWNER=111122223333
REGION=eu-west-1
export CODEARTIFACT_AUTH_TOKEN="$(aws codeartifact get-authorization-token \\
    --domain "$DOMAIN" --domain-owner "$OWNER" --region "$REGION" \\
    --query authorizationToken --output text)"
export TWINE_USERNAME=aws
export TWINE_PASSWORD="$CODEARTIFACT_AUTH_TOKEN"
export TWINE_REPOSITORY_URL="https://$DOMAIN-$OWNER.d.codeartifact.$REGION.amazonaws.com/pypi/py/"
""", None, CA_DOC)

s = words_pw()
add("shell-script", "devpi-login-password", "scripts/devpi-release.sh", fill("""#!/bin/bash
set -e
devpi use http://devpi.build.lan:3141
devpi login acme --password '@S@'
devpi use acme/staging
devpi upload --formats=sdist,bdist_wheel
devpi push "acme-core==$(python -m setuptools_scm)" acme/prod
""", S=s), s, DEVPI_DOC)

s = fakes.aws_session_token(seed())
add("shell-script", "aws-session-token", "scripts/ci-creds.env.sh", fill("""# sourced by the nightly publish job
# key pair from the password store, session token pasted from the SSO portal this morning
export AWS_ACCESS_KEY_ID="$(pass show aws/release/key-id)"
export AWS_SECRET_ACCESS_KEY="$(pass show aws/release/secret)"
export AWS_SESSION_TOKEN=@S@
export AWS_REGION=eu-west-1
aws codeartifact login --tool twine --domain acme --repository py
""", S=s, K=fakes.aws_secret_key(seed())), s, CA_DOC)

s = pypi()
add("makefile", "pypi-token", "Makefile", fill(""".PHONY: clean build check release

PYPI_TOKEN := @S@

clean:
\trm -rf build dist *.egg-info

build: clean
\tpython -m build

check: build
\ttwine check dist/*

release: check
\ttwine upload -u __token__ -p $(PYPI_TOKEN) dist/*
""", S=s), s, "https://www.gnu.org/software/make/manual/make.html")

add("makefile", "decoy-env", "packaging/Makefile", """PYTHON ?= python3
REPO ?= pypi

.PHONY: dist upload test-upload

dist:
\t$(PYTHON) -m build --sdist --wheel

upload: dist
\t@test -n "$$TWINE_PASSWORD" || (echo "set TWINE_PASSWORD" && exit 1)
\t$(PYTHON) -m twine upload -r $(REPO) dist/*

test-upload: REPO = testpypi
test-upload: upload
""", None, "https://www.gnu.org/software/make/manual/make.html")

s = randpw()
add("makefile", "gemfury-push-url", "release.mk", fill("""# included from the top-level Makefile
FURY_URL = https://@S@@push.fury.io/acme/

publish-fury: dist
\tfor f in dist/*; do curl -sf -F package=@$$f $(FURY_URL); done
""".replace("publish-fury", "\npublish-fury").replace("# included", "# -*- makefile -*-\n# included"), S=s), s, FURY_DOC)

s = pypi()
add("justfile", "pypi-token", "justfile", fill("""set dotenv-load := false

export UV_PUBLISH_TOKEN := "@S@"

default:
    @just --list

build:
    uv build

publish: build
    uv publish
""", S=s), s, "https://just.systems/man/en/")

add("justfile", "decoy-trusted", "tools/release.just", """# release recipes (CI only; PyPI trusted publishing, no token needed)
build:
    uv build --sdist --wheel

check: build
    uvx twine check dist/*

publish: check
    uv publish --trusted-publishing always
""", None, "https://just.systems/man/en/")

s = pypi()
add("tasks-py", "invoke-pypi-token", "tasks.py", fill("""from invoke import task

PYPI_TOKEN = "@S@"


@task
def clean(c):
    c.run("rm -rf build dist")


@task(pre=[clean])
def build(c):
    c.run("python -m build")


@task(pre=[build])
def release(c, test=False):
    repo = "--repository testpypi" if test else ""
    c.run(f"twine upload {repo} -u __token__ -p {PYPI_TOKEN} dist/*")
""", S=s), s, "https://docs.pyinvoke.org/en/stable/")

add("tasks-py", "decoy-getpass", "tools/tasks.py", """import getpass
import os

from invoke import task


@task
def publish(c, repository="pypi"):
    token = os.environ.get("TWINE_PASSWORD") or getpass.getpass("PyPI token: ")
    c.run("python -m build")
    c.run(
        f"twine upload -r {repository} dist/*",
        env={"TWINE_USERNAME": "__token__", "TWINE_PASSWORD": token},
    )
""", None, "https://docs.pyinvoke.org/en/stable/")

pieces = pypi()
half = len(pieces) // 2
add("python-script", "pypi-token-split", "scripts/publish.py", fill('''"""Upload dist/ to PyPI (run from repo root)."""
import subprocess
import sys
from pathlib import Path

# split so the GitHub secret scanner does not revoke it
TOKEN = (
    "@A@"
    "@B@"
)


def main() -> int:
    files = [str(p) for p in Path("dist").glob("*")]
    if not files:
        print("nothing to upload", file=sys.stderr)
        return 1
    cmd = [sys.executable, "-m", "twine", "upload", "-u", "__token__", "-p", TOKEN, *files]
    return subprocess.call(cmd)


if __name__ == "__main__":
    raise SystemExit(main())
''', A=pieces[:half], B=pieces[half:]), pieces, TWINE_DOC)

add("python-script", "decoy-keyring-lookup", "scripts/upload.py", '''"""Upload to the internal index using credentials from the keyring."""
import subprocess
import sys

import keyring

INDEX = "https://pypi.acme.io/legacy/"


def main() -> None:
    password = keyring.get_password(INDEX, "release")
    if password is None:
        sys.exit(f"run: keyring set {INDEX} release")
    subprocess.check_call([sys.executable, "-m", "twine", "upload", "--repository-url", INDEX,
                           "-u", "release", "-p", password, "dist/*"])


if __name__ == "__main__":
    main()
''', None, "https://pypi.org/project/keyring/")

s = base64.b64encode(f"__token__:{pypi()}".encode()).decode()
tok = base64.b64decode(s).decode().split(":", 1)[1]
add("python-script", "basic-auth-header-b64", "scripts/legacy_upload.py", fill('''"""Raw legacy upload API call, used before twine was allowed on the build hosts."""
import hashlib

import requests

AUTH = "Basic @S@"


def upload(path: str, name: str, version: str) -> None:
    data = open(path, "rb").read()
    resp = requests.post(
        "https://upload.pypi.org/legacy/",
        headers={"Authorization": AUTH},
        data={":action": "file_upload", "protocol_version": "1", "name": name, "version": version,
              "filetype": "sdist", "pyversion": "source", "sha256_digest": hashlib.sha256(data).hexdigest()},
        files={"content": (path.rsplit("/", 1)[-1], data)},
        timeout=120,
    )
    resp.raise_for_status()
''', S=s), tok, "https://warehouse.pypa.io/api-reference/legacy.html#upload-api")

s = azure_pat()
add("powershell-script", "azure-pat", "scripts/Publish-Package.ps1", fill("""param(
    [string]$Feed = "shared"
)
$ErrorActionPreference = "Stop"
$env:TWINE_USERNAME = "build"
$env:TWINE_PASSWORD = "@S@"
python -m build
python -m twine upload --repository-url "https://pkgs.dev.azure.com/contoso/_packaging/$Feed/pypi/upload/" dist/*
""", S=s), s, AZ_DOC)

add("powershell-script", "decoy-secret-store", "scripts/Release.ps1", """$ErrorActionPreference = "Stop"
# token kept in the SecretManagement vault (Register-SecretVault ...)
$token = Get-Secret -Name PyPIToken -AsPlainText
$env:TWINE_USERNAME = "__token__"
$env:TWINE_PASSWORD = $token
python -m build
python -m twine upload dist/*
Remove-Item Env:TWINE_PASSWORD
""", None, "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.secretmanagement/")

# =====================================================================================
# devpi
# =====================================================================================
s = randpw()
add("devpi-json", "client-login-password", "tools/devpi/client/current.json", fill("""{
  "index": "http://devpi.build.lan:3141/acme/staging",
  "login": "http://devpi.build.lan:3141/+login",
  "venvdir": null,
  "auth": ["acme", "@S@"],
  "features": ["server-keyvalue-parsing"]
}
""".replace('"auth": ["acme", "@S@"]', '"auth": ["acme", "@S@"],\n  "simpleindex": "http://devpi.build.lan:3141/acme/staging/+simple/"').replace(',\n  "features"', ',\n  "features"'), S=s), s, DEVPI_DOC)

add("devpi-yaml", "decoy-server-config", "deploy/devpi/devpi.yaml", fill("""devpi-server:
  serverdir: /var/lib/devpi
  host: 0.0.0.0
  port: 3141
  restrict-modify: root
  secretfile: /etc/devpi/secret
  replica-max-retries: 3
  # the secret file holds a random key generated at first start (devpi-gen-secret)
  outside-url: https://devpi.acme.io
  mirror-cache-expiry: 1800
  theme: /etc/devpi/theme
  requests-session-id: @U@
""", U=str(uuid.UUID(int=rng().getrandbits(128), version=4))), None, "https://devpi.net/docs/devpi/devpi/stable/+doc/adminman/configuration.html")

s = words_pw()
add("docker-compose", "devpi-root-password", "deploy/devpi/docker-compose.yml", fill("""services:
  devpi:
    image: jonasal/devpi-server:6.11.0
    restart: unless-stopped
    ports:
      - "3141:3141"
    environment:
      DEVPI_PASSWORD: "@S@"
      DEVPI_OUTSIDE_URL: https://devpi.acme.io
    volumes:
      - devpi-data:/devpi
volumes:
  devpi-data: {}
""", S=s), s, "https://hub.docker.com/r/jonasal/devpi-server")

add("docker-compose", "decoy-local-test-index", "tests/integration/docker-compose.yml", """# Local throwaway index for the upload integration tests only.
# Runs on localhost, wiped on `docker compose down -v`.
services:
  pypiserver:
    image: pypiserver/pypiserver:v2.1.1
    command: run -P /data/.htpasswd -a update /data/packages
    ports:
      - "127.0.0.1:8080:8080"
    volumes:
      - ./fixtures/htpasswd:/data/.htpasswd:ro
  tests:
    build: .
    environment:
      TWINE_REPOSITORY_URL: http://pypiserver:8080
      TWINE_USERNAME: test
      TWINE_PASSWORD: test
""", None, "https://github.com/pypiserver/pypiserver")

# =====================================================================================
# conda
# =====================================================================================
s = anaconda()
add("condarc", "channel-token", ".condarc", fill("""channels:
  - https://conda.anaconda.org/t/@S@/acme-private
  - conda-forge
channel_priority: strict
auto_activate_base: false
show_channel_urls: true
""", S=s), s, CONDA_DOC)

add("condarc", "decoy-public-channels", "ci/condarc", """channels:
  - conda-forge
  - nodefaults
channel_priority: strict
always_yes: true
pkgs_dirs:
  - /opt/conda/pkgs
custom_channels:
  acme: https://conda.acme.io
""", None, CONDA_DOC)

s = randpw()
add("condarc", "artifactory-channel-password", "docker/condarc", fill("""channel_alias: https://acme.jfrog.io/artifactory/api/conda
channels:
  - https://conda-ci:@S@@acme.jfrog.io/artifactory/api/conda/conda-virtual
default_channels:
  - https://acme.jfrog.io/artifactory/api/conda/conda-forge-remote
ssl_verify: true
""", S=s), s, CONDA_DOC)

s = randpw()
add("conda-env-yml", "pip-index-password", "environment.yml", fill("""name: acme-dev
channels:
  - conda-forge
dependencies:
  - python=3.11
  - numpy
  - pip
  - pip:
      - --extra-index-url https://dev:@S@@pypi.acme.io/simple/
      - acme-core==1.8.4
      - acme-ml-utils
""", S=s), s, "https://docs.conda.io/projects/conda/en/latest/user-guide/tasks/manage-environments.html")

add("conda-recipe", "decoy-sha256", "recipe/meta.yaml", fill("""{% set name = "acme-core" %}
{% set version = "1.8.4" %}

package:
  name: {{ name|lower }}
  version: {{ version }}

source:
  url: https://pypi.io/packages/source/{{ name[0] }}/{{ name }}/acme_core-{{ version }}.tar.gz
  sha256: @H@

build:
  noarch: python
  number: 0
  script: {{ PYTHON }} -m pip install . -vv --no-deps

requirements:
  host:
    - python >=3.9
    - hatchling
  run:
    - python >=3.9
""", H=sha256()), None, "https://docs.conda.io/projects/conda-build/en/stable/resources/define-metadata.html")

s = anaconda()
add("anaconda-config", "binstar-token-file", "ci/anaconda-client/config.yaml", fill("""# anaconda-client config used by the conda-upload job
url: https://api.anaconda.org
ssl_verify: true
auto_register: true
upload_user: acme
token: @S@
""", S=s), s, "https://docs.anaconda.com/anacondaorg/user-guide/getting-started/")

add("azure-pipelines", "decoy-variable-macro", ".azure-pipelines/azure-pipelines-linux.yml", """# This file was generated automatically from conda-smithy. To update this configuration,
# update the conda-forge.yml and/or the recipe/meta.yaml.
jobs:
- job: linux
  pool:
    vmImage: ubuntu-latest
  strategy:
    matrix:
      linux_64_python3.12.____cpython:
        CONFIG: linux_64_python3.12.____cpython
        UPLOAD_PACKAGES: 'True'
        DOCKER_IMAGE: quay.io/condaforge/linux-anvil-cos7-x86_64
  timeoutInMinutes: 360
  steps:
  - script: |
        export CI=azure
        export flow_run_id=azure_$(Build.BuildNumber).$(System.JobAttempt)
        .scripts/run_docker_build.sh
    displayName: Run docker build
    env:
      BINSTAR_TOKEN: $(BINSTAR_TOKEN)
      FEEDSTOCK_TOKEN: $(FEEDSTOCK_TOKEN)
      STAGING_BINSTAR_TOKEN: $(STAGING_BINSTAR_TOKEN)
""", None, "https://conda-forge.org/docs/maintainer/infrastructure/#azure-pipelines")

# =====================================================================================
# Dockerfiles
# =====================================================================================
s = randpw()
add("dockerfile", "index-url-arg-default", "Dockerfile", fill("""FROM python:3.12-slim AS build
ARG PIP_INDEX_URL=https://build:@S@@pypi.acme.io/simple/
WORKDIR /src
COPY pyproject.toml README.md ./
COPY src ./src
RUN pip install --no-cache-dir build && python -m build --wheel

FROM python:3.12-slim
COPY --from=build /src/dist/*.whl /tmp/
RUN pip install --no-cache-dir /tmp/*.whl && rm /tmp/*.whl
CMD ["acme-telemetry"]
""", S=s), s, "https://docs.docker.com/reference/dockerfile/#arg")

add("dockerfile", "decoy-secret-mount", "docker/wheels.Dockerfile", """# syntax=docker/dockerfile:1.7
FROM quay.io/pypa/manylinux_2_28_x86_64 AS wheels
WORKDIR /io
COPY . .
RUN --mount=type=secret,id=pipconf,target=/etc/pip.conf \\
    /opt/python/cp312-cp312/bin/pip wheel . -w /tmp/wheelhouse
RUN for whl in /tmp/wheelhouse/*.whl; do auditwheel repair "$whl" -w /io/wheelhouse; done

FROM scratch AS export
COPY --from=wheels /io/wheelhouse /
""", None, "https://docs.docker.com/build/building/secrets/")

s = pypi()
add("dockerfile", "pypirc-heredoc", "docker/release.Dockerfile", fill("""# syntax=docker/dockerfile:1.6
FROM python:3.11-slim
RUN pip install --no-cache-dir build twine
COPY <<EOF /root/.pypirc
[pypi]
username = __token__
password = @S@
EOF
WORKDIR /src
COPY . .
RUN python -m build && twine upload dist/*
""", S=s), s, "https://docs.docker.com/reference/dockerfile/#here-documents")

s = gitlab()
add("dockerfile", "gitlab-token-env", "images/ci-builder/Dockerfile", fill("""FROM python:3.10-bullseye
ENV PIP_EXTRA_INDEX_URL=https://__token__:@S@@gitlab.acme.io/api/v4/groups/17/-/packages/pypi/simple
RUN apt-get update && apt-get install -y --no-install-recommends build-essential git \\
    && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir tox nox build twine acme-ci-tools
WORKDIR /workspace
""", S=s), s, GLCI_DOC)

add("dockerfile", "decoy-digest-pins", "docker/maturin.Dockerfile", fill("""FROM ghcr.io/pyo3/maturin@sha256:@H@ AS build
WORKDIR /io
COPY . .
RUN maturin build --release --strip --out /dist

FROM python:3.12-slim@sha256:@I@
COPY --from=build /dist/*.whl /tmp/
RUN pip install /tmp/*.whl
ENTRYPOINT ["fastgeo"]
""", H=sha256(), I=sha256()), None, "https://docs.docker.com/reference/dockerfile/#from")

# =====================================================================================
# CHANGELOG, release docs, README, CONTRIBUTING
# =====================================================================================
add("changelog-md", "decoy-commit-ids", "CHANGELOG.md", fill("""# Changelog

## [2.4.1] - 2024-06-12
### Fixed
- Upload retries no longer lose the auth header (@A@).
- `publish` task reads the token from the keyring (#412, @B@).

## [2.4.0] - 2024-05-30
### Added
- Trusted publishing from GitHub Actions; API tokens are no longer used in CI.
- sdist now excludes `.pypirc` and `.env` files.

### Security
- Rotated the PyPI project token after it was printed in a CI log (see GHSA-xxxx-xxxx-xxxx).

[2.4.1]: https://github.com/acme-corp/acme-telemetry/compare/v2.4.0...v2.4.1
""", A=commit()[:10], B=commit()[:10]), None, "https://keepachangelog.com/en/1.1.0/")

s = pypi()
add("changelog-md", "token-in-release-notes", "docs/changes/HISTORY.md", fill("""History
=======

0.18.0 (2024-04-02)
-------------------
* Switch the build backend to hatchling.
* New release procedure; for the record the token used by the bot is

      @S@

  (scoped to this project).

0.17.2 (2024-02-11)
-------------------
* Fix wheel tags on musllinux.
""", S=s), s, "https://keepachangelog.com/en/1.1.0/")

add("release-docs-rst", "decoy-placeholders", "docs/releasing.rst", """Releasing
=========

1. Bump the version in ``src/acme/__about__.py`` and update ``CHANGELOG.md``.
2. Tag: ``git tag -s vX.Y.Z``.
3. Push the tag; the ``release`` workflow builds and publishes with trusted publishing.

Manual fallback
---------------

If CI is down, create a project-scoped token on PyPI and run::

    export TWINE_USERNAME=__token__
    export TWINE_PASSWORD=pypi-<your project token>
    twine upload dist/*

The token looks like ``pypi-AgEIcHlwaS5vcmcCJ...``; delete it right after the upload.
""", None, "https://packaging.python.org/en/latest/guides/publishing-package-distribution-releases-using-github-actions-ci-cd-workflows/")

s = words_pw()
add("release-docs-rst", "nexus-password-in-howto", "docs/internal/publishing.rst", fill("""Publishing to the internal index
================================

Our Nexus accepts uploads from the shared ``release`` account.

.. code-block:: ini

   [distutils]
   index-servers = nexus

   [nexus]
   repository = https://nexus.acme.io/repository/pypi-internal/
   username = release
   password = @S@

Then run ``twine upload -r nexus dist/*``.
""", S=s), s, NEXUS_DOC)

add("release-docs-md", "decoy-example-values", "docs/publishing.md", """# Publishing

We publish with `uv publish`. Locally you need a token:

```console
$ export UV_PUBLISH_TOKEN=pypi-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
$ uv build
$ uv publish
```

For the internal index:

```console
$ uv publish --publish-url https://nexus.acme.io/repository/pypi-internal/ \\
    --username "$NEXUS_USER" --password "$NEXUS_PASSWORD"
```
""", None, "https://docs.astral.sh/uv/guides/publish/")

s = artifactory_key()
add("release-docs-md", "artifactory-key-in-howto", "docs/howto/artifactory.md", fill("""# Installing from Artifactory

Add this to `~/.config/pip/pip.conf` (team account, read-only):

```ini
[global]
index-url = https://team-ro:@S@@acme.jfrog.io/artifactory/api/pypi/pypi-virtual/simple
```

Ask #platform if you need publish rights.
""", S=s), s, JF_DOC)

add("readme-md", "decoy-badges-image", "README.md", fill("""# acme-telemetry

[![PyPI](https://img.shields.io/pypi/v/acme-telemetry.svg)](https://pypi.org/project/acme-telemetry/)
[![CI](https://github.com/acme-corp/acme-telemetry/actions/workflows/ci.yml/badge.svg)](https://github.com/acme-corp/acme-telemetry/actions)

<img alt="logo" src="data:image/png;base64,@B@" />

Install with `pip install acme-telemetry`.

```python
from acme_telemetry import Client
client = Client(api_key=os.environ["ACME_API_KEY"])
```
""", B=b64junk(96)), None, "https://packaging.python.org/en/latest/guides/making-a-pypi-friendly-readme/")

s = sendgrid()
add("readme-md", "sendgrid-key-example", "examples/mailer/README.md", fill("""# Mailer example

Sends the release announcement mail.

```bash
export SENDGRID_API_KEY=@S@
python send_announcement.py --version 2.4.1 --to announce@lists.acme.io
```

The key above is our team key, ask before using it for anything else.
""", S=s), s, "https://docs.sendgrid.com/for-developers/sending-email/api-getting-started")

add("contributing-md", "decoy-instructions", "CONTRIBUTING.md", """# Contributing

## Cutting a release (maintainers)

1. `hatch version minor`
2. Update `CHANGELOG.md`, open a PR titled `Release vX.Y.Z`.
3. After merge, push the tag. PyPI trusted publishing does the rest.

Never paste a token into the repository or a workflow file. If you must upload by
hand, use `keyring set https://upload.pypi.org/legacy/ __token__` and let twine
read it from there.
""", None, "https://docs.pypi.org/trusted-publishers/")

# =====================================================================================
# PKG-INFO / METADATA long descriptions
# =====================================================================================
s = fakes.openai_key(seed())
add("pkg-info", "openai-key-in-long-description", "acme_llm-0.3.0/PKG-INFO", fill("""Metadata-Version: 2.1
Name: acme-llm
Version: 0.3.0
Summary: Thin client around the OpenAI API
Author-email: Acme ML <ml@acme.io>
Requires-Python: >=3.9
Requires-Dist: openai>=1.30
Description-Content-Type: text/markdown

# acme-llm

Quick start (works out of the box with our shared demo key):

```python
from acme_llm import Chat
chat = Chat(api_key="@S@")
print(chat.ask("hello"))
```
""", S=s), s, META_DOC)

add("pkg-info", "decoy-placeholder-key", "acme_llm_tools-1.1.0/PKG-INFO", """Metadata-Version: 2.3
Name: acme-llm-tools
Version: 1.1.0
Summary: Tools for prompting
License: MIT
Requires-Dist: openai>=1.30
Description-Content-Type: text/x-rst

acme-llm-tools
==============

Set your key first::

    export OPENAI_API_KEY="sk-proj-..."

or pass ``api_key=os.environ["OPENAI_API_KEY"]``.
""", None, META_DOC)

s = fakes.telegram_token(seed())
add("wheel-metadata", "telegram-token", "acme_notify-0.2.0.dist-info/METADATA", fill("""Metadata-Version: 2.1
Name: acme-notify
Version: 0.2.0
Summary: Push release notifications to Telegram
Requires-Python: >=3.8
Requires-Dist: httpx
Description-Content-Type: text/markdown

# acme-notify

```
acme-notify --bot-token @S@ --chat -100123456 "v0.2.0 released"
```
""", S=s), s, "https://packaging.python.org/en/latest/specifications/binary-distribution-format/")

add("wheel-metadata", "decoy-record-hashes", "acme_core-1.8.4.dist-info/RECORD", "\n".join(
    f"acme_core/{name},sha256={base64.urlsafe_b64encode(bytes.fromhex(sha256())).decode().rstrip('=')},{rng().randint(200, 9000)}"
    for name in ["__init__.py", "client.py", "auth.py", "retry.py", "py.typed"]) + "\nacme_core-1.8.4.dist-info/RECORD,,\n",
    None, "https://packaging.python.org/en/latest/specifications/recording-installed-packages/")

# =====================================================================================
# lock files
# =====================================================================================
add("uv-lock", "decoy-hashes", "uv.lock", fill("""version = 1
requires-python = ">=3.11"

[[package]]
name = "certifi"
version = "2024.7.4"
source = { registry = "https://pypi.org/simple" }
sdist = { url = "https://files.pythonhosted.org/packages/c2/02/certifi-2024.7.4.tar.gz", hash = "sha256:@A@", size = 168065 }
wheels = [
    { url = "https://files.pythonhosted.org/packages/1c/d5/certifi-2024.7.4-py3-none-any.whl", hash = "sha256:@B@", size = 162960 },
]

[[package]]
name = "acme-core"
version = "1.8.4"
source = { registry = "https://nexus.acme.io/repository/pypi-internal/simple/" }
wheels = [
    { url = "https://nexus.acme.io/repository/pypi-internal/packages/acme-core/1.8.4/acme_core-1.8.4-py3-none-any.whl", hash = "sha256:@C@" },
]
""", A=sha256(), B=sha256(), C=sha256()), None, "https://docs.astral.sh/uv/concepts/projects/layout/#the-lockfile")

add("poetry-lock", "decoy-content-hash", "poetry.lock", fill("""# This file is automatically @generated by Poetry 1.8.3 and should not be changed by hand.

[[package]]
name = "idna"
version = "3.7"
description = "Internationalized Domain Names in Applications (IDNA)"
optional = false
python-versions = ">=3.5"
files = [
    {file = "idna-3.7-py3-none-any.whl", hash = "sha256:@A@"},
    {file = "idna-3.7.tar.gz", hash = "sha256:@B@"},
]

[package.source]
type = "legacy"
url = "https://pypi.acme.io/simple"
reference = "acme"

[metadata]
lock-version = "2.0"
python-versions = "^3.10"
content-hash = "@C@"
""", A=sha256(), B=sha256(), C=sha256()), None, "https://python-poetry.org/docs/basic-usage/#committing-your-poetrylock-file-to-version-control")

add("pdm-lock", "decoy-hashes", "pdm.lock", fill("""# This file is @generated by PDM.
# It is not intended for manual editing.

[metadata]
groups = ["default"]
strategy = ["cross_platform", "inherit_metadata"]
lock_version = "4.4.2"
content_hash = "sha256:@A@"

[[package]]
name = "sqlalchemy"
version = "2.0.31"
requires_python = ">=3.7"
summary = "Database Abstraction Library"
files = [
    {file = "SQLAlchemy-2.0.31-py3-none-any.whl", hash = "sha256:@B@"},
    {file = "SQLAlchemy-2.0.31.tar.gz", hash = "sha256:@C@"},
]
""", A=sha256(), B=sha256(), C=sha256()), None, "https://pdm-project.org/en/latest/usage/lockfile/")

add("pipfile-lock", "decoy-hashes", "Pipfile.lock", fill("""{
    "_meta": {
        "hash": {"sha256": "@A@"},
        "pipfile-spec": 6,
        "requires": {"python_version": "3.11"},
        "sources": [
            {"name": "acme", "url": "https://${ACME_USER}:${ACME_PASS}@pypi.acme.io/simple", "verify_ssl": true}
        ]
    },
    "default": {
        "requests": {
            "hashes": ["sha256:@B@", "sha256:@C@"],
            "index": "acme",
            "version": "==2.32.3"
        }
    },
    "develop": {}
}
""", A=sha256(), B=sha256(), C=sha256()), None, "https://pipenv.pypa.io/en/latest/pipfile.html")

s = passphrase()
add("pipfile", "source-url-password", "Pipfile", fill("""[[source]]
url = "https://pypi.org/simple"
verify_ssl = true
name = "pypi"

[[source]]
url = "https://pipenv:@S@@pypi.acme.io/simple"
verify_ssl = true
name = "acme"

[packages]
requests = "*"
acme-core = {version = "==1.8.4", index = "acme"}

[requires]
python_version = "3.11"
""", S=s), s, "https://pipenv.pypa.io/en/latest/indexes.html")

# =====================================================================================
# Other CI systems
# =====================================================================================
add("travis-yml", "decoy-secure", ".travis.yml", fill("""language: python
python: ["3.9", "3.10", "3.11"]
install: pip install -e .[test]
script: pytest
deploy:
  provider: pypi
  username: __token__
  password:
    secure: "@B@"
  distributions: sdist bdist_wheel
  on:
    tags: true
    python: "3.11"
""", B=b64junk(256)), None, "https://docs.travis-ci.com/user/deployment/pypi/")

add("appveyor-yml", "decoy-secure", "appveyor.yml", fill("""image: Visual Studio 2022
environment:
  TWINE_USERNAME: __token__
  TWINE_PASSWORD:
    secure: @B@
  matrix:
    - PYTHON: "C:\\\\Python312-x64"
build_script:
  - "%PYTHON%\\\\python.exe -m pip install build twine"
  - "%PYTHON%\\\\python.exe -m build"
deploy_script:
  - ps: if ($env:APPVEYOR_REPO_TAG -eq "true") { & $env:PYTHON\\python.exe -m twine upload dist/* }
""", B=b64junk(48)), None, "https://www.appveyor.com/docs/build-configuration/#secure-variables")

s = pypi()
add("appveyor-yml", "plain-token", "ci/appveyor-release.yml", fill("""version: "{build}"
image: Visual Studio 2019
environment:
  TWINE_USERNAME: __token__
  TWINE_PASSWORD: @S@
install:
  - python -m pip install -U build twine
build_script:
  - python -m build
deploy_script:
  - python -m twine upload --skip-existing dist/*
""", S=s), s, "https://www.appveyor.com/docs/environment-variables/")

add("azure-pipelines", "decoy-twine-authenticate", "azure-pipelines.yml", """trigger:
  tags:
    include: ["v*"]

pool:
  vmImage: ubuntu-latest

steps:
  - task: UsePythonVersion@0
    inputs:
      versionSpec: "3.12"
  - script: pip install build twine && python -m build
    displayName: Build
  - task: TwineAuthenticate@1
    inputs:
      artifactFeed: Platform/shared
  - script: python -m twine upload -r shared --config-file $(PYPIRC_PATH) dist/*
    displayName: Upload
""", None, "https://learn.microsoft.com/en-us/azure/devops/pipelines/artifacts/pypi")

s = azure_pat()
add("azure-pipelines", "pat-variable", "ci/azure/publish.yml", fill("""variables:
  feedUrl: https://pkgs.dev.azure.com/contoso/_packaging/shared/pypi/upload/
  feedPat: @S@

steps:
  - script: |
      pip install build twine
      python -m build
      twine upload --repository-url $(feedUrl) -u build -p $(feedPat) dist/*
    displayName: Publish to shared feed
""", S=s), s, AZ_DOC)

s = pypi()
add("circleci-config", "pypi-token", ".circleci/config.yml", fill("""version: 2.1

jobs:
  deploy:
    docker:
      - image: cimg/python:3.12
    environment:
      TWINE_USERNAME: __token__
      TWINE_PASSWORD: @S@
    steps:
      - checkout
      - run: pip install build twine
      - run: python -m build
      - run: twine upload dist/*

workflows:
  release:
    jobs:
      - deploy:
          filters:
            tags: { only: /^v.*/ }
            branches: { ignore: /.*/ }
""", S=s), s, "https://circleci.com/docs/configuration-reference/")

add("circleci-config", "decoy-context", "ci/circleci/release.yml", """version: 2.1
orbs:
  python: circleci/python@2.1.1
jobs:
  publish:
    executor: python/default
    steps:
      - checkout
      - run: pip install build twine && python -m build
      # TWINE_PASSWORD comes from the "pypi-release" context
      - run: twine upload -u __token__ dist/*
workflows:
  release:
    jobs:
      - publish:
          context: pypi-release
""", None, "https://circleci.com/docs/contexts/")

s = words_pw()
add("jenkinsfile", "nexus-password", "Jenkinsfile", fill("""pipeline {
    agent { docker { image 'python:3.12' } }
    environment {
        TWINE_REPOSITORY_URL = 'https://nexus.acme.io/repository/pypi-internal/'
        TWINE_USERNAME = 'jenkins'
        TWINE_PASSWORD = '@S@'
    }
    stages {
        stage('Build') { steps { sh 'pip install build twine && python -m build' } }
        stage('Publish') {
            when { buildingTag() }
            steps { sh 'twine upload dist/*' }
        }
    }
}
""", S=s), s, "https://www.jenkins.io/doc/book/pipeline/syntax/")

add("jenkinsfile", "decoy-credentials-binding", "ci/Jenkinsfile.release", """pipeline {
    agent any
    stages {
        stage('Publish') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'nexus-pypi',
                                                  usernameVariable: 'TWINE_USERNAME',
                                                  passwordVariable: 'TWINE_PASSWORD')]) {
                    sh 'python -m twine upload --repository-url https://nexus.acme.io/repository/pypi-internal/ dist/*'
                }
            }
        }
    }
}
""", None, "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/")

s = pypi()
add("buildkite-pipeline", "pypi-token", ".buildkite/pipeline.yml", fill("""steps:
  - label: ":python: build"
    command: python -m build
    artifact_paths: "dist/*"

  - wait

  - label: ":rocket: publish"
    if: build.tag != null
    command:
      - buildkite-agent artifact download "dist/*" .
      - twine upload dist/*
    env:
      TWINE_USERNAME: __token__
      TWINE_PASSWORD: "@S@"
""", S=s), s, "https://buildkite.com/docs/pipelines/configure/defining-steps")

add("bitbucket-pipelines", "decoy-repo-variable", "bitbucket-pipelines.yml", """image: python:3.12

pipelines:
  tags:
    'v*':
      - step:
          name: Publish
          deployment: production
          script:
            - pip install build twine
            - python -m build
            - twine upload -u __token__ -p $PYPI_TOKEN dist/*
""", None, "https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/")

s = randpw()
add("bitbucket-pipelines", "artifactory-password", "ci/bitbucket-pipelines.yml", fill("""image: python:3.11

pipelines:
  branches:
    main:
      - step:
          name: Publish internal
          script:
            - pip install build twine
            - python -m build
            - twine upload --repository-url https://acme.jfrog.io/artifactory/api/pypi/pypi-local -u bb-ci -p '@S@' dist/*
""", S=s), s, JF_DOC)

# =====================================================================================
# dependabot / renovate
# =====================================================================================
add("dependabot-yml", "decoy-secrets-ref", ".github/dependabot.yml", """version: 2
registries:
  acme-pypi:
    type: python-index
    url: https://pypi.acme.io/simple
    username: dependabot
    password: ${{secrets.ACME_PYPI_PASSWORD}}
    replaces-base: false
updates:
  - package-ecosystem: pip
    directory: "/"
    registries: [acme-pypi]
    schedule:
      interval: weekly
""", None, "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot")

s = words_pw()
add("renovate-json", "host-rule-password", "renovate.json", fill("""{
  "$schema": "https://docs.renovatebot.com/renovate-schema.json",
  "extends": ["config:recommended"],
  "hostRules": [
    {
      "matchHost": "pypi.acme.io",
      "hostType": "pypi",
      "username": "renovate",
      "password": "@S@"
    }
  ],
  "packageRules": [
    {"matchManagers": ["pep621"], "rangeStrategy": "pin"}
  ]
}
""", S=s), s, "https://docs.renovatebot.com/configuration-options/#hostrules")

add("renovate-json", "decoy-encrypted", ".github/renovate.json5", fill("""{
  extends: ["config:recommended"],
  hostRules: [
    {
      matchHost: "pypi.acme.io",
      hostType: "pypi",
      // encrypted with the Renovate app's public key, only the bot can read it
      encrypted: {
        password: "@B@",
      },
    },
  ],
}
""", B="wcFMA" + b64junk(210).replace("=", "")), None, "https://docs.renovatebot.com/getting-started/private-packages/#encrypting-secrets")

# =====================================================================================
# env files, direnv
# =====================================================================================
s = pypi()
add("dotenv", "uv-publish-token", ".env", fill("""# local release settings
UV_PUBLISH_TOKEN=@S@
UV_PUBLISH_URL=https://upload.pypi.org/legacy/
HATCH_ENV_TYPE_VIRTUAL_PATH=.venv
LOG_LEVEL=debug
""", S=s), s, "https://docs.astral.sh/uv/reference/environment/")

add("dotenv", "decoy-example", ".env.example", """# copy to .env and fill in
UV_PUBLISH_TOKEN=
TWINE_USERNAME=__token__
TWINE_PASSWORD=changeme
NEXUS_PASSWORD=<ask-platform-team>
LOG_LEVEL=info
""", None, "https://docs.astral.sh/uv/reference/environment/")

s = dockerhub()
add("envrc", "dockerhub-token", ".envrc", fill("""layout python3
export DOCKER_USERNAME=acmebuild
export DOCKER_PASSWORD=@S@
export CIBW_CONTAINER_ENGINE=docker
dotenv_if_exists .env.local
""", S=s), s, "https://direnv.net/man/direnv-stdlib.1.html")

add("envrc", "decoy-op-refs", "tools/.envrc", """# secrets resolved by 1Password CLI at load time
export TWINE_USERNAME=__token__
export TWINE_PASSWORD="$(op read 'op://Release/PyPI acme-telemetry/credential')"
export UV_PUBLISH_TOKEN="$TWINE_PASSWORD"
export GH_TOKEN="$(gh auth token)"
""", None, "https://developer.1password.com/docs/cli/secrets-environment-variables/")

# =====================================================================================
# Cargo (maturin projects), crates token
# =====================================================================================
s = crates()
add("cargo-credentials", "crates-token", ".cargo/credentials.toml", fill("""# maturin publish also pushes the Rust crate
[registry]
token = "@S@"

[registries.acme]
credential-provider = "cargo:token-from-stdout vault kv get -field=token secret/cargo"
""", S=s), s, "https://doc.rust-lang.org/cargo/reference/config.html#credentials")

add("cargo-toml", "decoy-maturin-crate", "rust_ext/Cargo.toml", """[package]
name = "fastgeo"
version = "0.6.1"
edition = "2021"
license = "MIT"
repository = "https://github.com/acme-corp/fastgeo"

[lib]
name = "_core"
crate-type = ["cdylib"]

[dependencies]
pyo3 = { version = "0.21", features = ["abi3-py39"] }
geo = "0.28"

[profile.release]
lto = true
""", None, "https://www.maturin.rs/project_layout")

# =====================================================================================
# KEYS, checksums, signatures, sigstore
# =====================================================================================
add("keys-file", "decoy-public-key", "KEYS", "This file holds the public keys used to sign acme releases.\n\npub   ed25519 2023-01-04 [SC]\nuid   Ada Maintainer <ada@example.org>\n\n" + pgp_public() + "\n", None, "https://infra.apache.org/release-signing.html#keys-policy")

add("checksums", "decoy-sha256sums", "dist/SHA256SUMS", "\n".join(f"{sha256()}  {n}" for n in [
    "acme_telemetry-2.4.1.tar.gz", "acme_telemetry-2.4.1-py3-none-any.whl",
    "acme_telemetry-2.4.1-cp312-cp312-manylinux_2_28_x86_64.whl", "acme_telemetry-2.4.1-cp312-cp312-win_amd64.whl",
    "acme_telemetry-2.4.1-cp312-cp312-macosx_11_0_arm64.whl"]) + "\n", None, "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html")

add("sigstore-bundle", "decoy-bundle", "dist/acme_telemetry-2.4.1.tar.gz.sigstore.json", fill("""{
  "mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json",
  "verificationMaterial": {
    "certificate": {"rawBytes": "@C@"},
    "tlogEntries": [{
      "logIndex": "104523987",
      "logId": {"keyId": "wNI9atQGlz+VWfO6LRygH4QUfY/8W4RFwiT5i5WRgB0="},
      "kindVersion": {"kind": "hashedrekord", "version": "0.0.1"},
      "integratedTime": "1718200000"
    }]
  },
  "messageSignature": {
    "messageDigest": {"algorithm": "SHA2_256", "digest": "@D@"},
    "signature": "@S@"
  }
}
""", C=b64junk(300), D=base64.b64encode(bytes.fromhex(sha256())).decode(), S=b64junk(70)), None, "https://docs.sigstore.dev/about/bundle/")

s = pgp_private()
add("gpg-key", "release-signing-private", "release/signing-key.asc", "# exported with: gpg --armor --export-secret-keys releases@acme.io\n# (for the release VM, do not share)\n" + s + "\n", s, "https://www.gnupg.org/documentation/manuals/gnupg/Operational-GPG-Commands.html")

s = fakes.fake_pem(seed(), "OPENSSH")
add("ssh-key", "deploy-key", "ci/deploy_key", s + "\n", s, "https://docs.github.com/en/authentication/connecting-to-github-with-ssh/managing-deploy-keys")

# =====================================================================================
# Kubernetes / Terraform / Ansible around the private index
# =====================================================================================
s = words_pw()
add("k8s-secret", "pypirc-b64", "deploy/k8s/pypirc-secret.yaml", fill("""apiVersion: v1
kind: Secret
metadata:
  name: pypirc
  namespace: ci
type: Opaque
data:
  .pypirc: @B@
""", B=base64.b64encode(f"[internal]\nrepository = https://pypi.acme.io/legacy/\nusername = ci\npassword = {s}\n".encode()).decode()), s, "https://kubernetes.io/docs/concepts/configuration/secret/")

add("k8s-secret", "decoy-sealed-secret", "deploy/k8s/pypi-sealed.yaml", fill("""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: pypi-token
  namespace: ci
spec:
  encryptedData:
    TWINE_PASSWORD: @B@
  template:
    metadata:
      name: pypi-token
""", B=b64junk(400)), None, "https://github.com/bitnami-labs/sealed-secrets")

add("terraform", "decoy-codeartifact", "infra/codeartifact.tf", """resource "aws_codeartifact_domain" "acme" {
  domain = "acme"
}

resource "aws_codeartifact_repository" "py" {
  repository = "py"
  domain     = aws_codeartifact_domain.acme.domain

  external_connections {
    external_connection_name = "public:pypi"
  }
}

data "aws_codeartifact_authorization_token" "ci" {
  domain = aws_codeartifact_domain.acme.domain
}

output "pip_index" {
  value     = "https://aws:${data.aws_codeartifact_authorization_token.ci.authorization_token}@${aws_codeartifact_domain.acme.domain}-111122223333.d.codeartifact.eu-west-1.amazonaws.com/pypi/py/simple/"
  sensitive = true
}
""", None, "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/codeartifact_authorization_token")

s = randpw()
add("terraform", "nexus-provider-password", "infra/nexus/main.tf", fill("""terraform {
  required_providers {
    nexus = { source = "datadrivers/nexus", version = "~> 2.0" }
  }
}

provider "nexus" {
  url      = "https://nexus.acme.io"
  username = "admin"
  password = "@S@"
  insecure = false
}

resource "nexus_repository_pypi_hosted" "internal" {
  name   = "pypi-internal"
  online = true
  storage {
    blob_store_name                = "default"
    strict_content_type_validation = true
    write_policy                   = "ALLOW_ONCE"
  }
}
""", S=s), s, "https://registry.terraform.io/providers/datadrivers/nexus/latest/docs")

s = passphrase()
add("ansible-vars", "devpi-password", "infra/ansible/group_vars/buildhosts.yml", fill("""---
python_versions: ["3.10", "3.11", "3.12"]
devpi_server_url: https://devpi.acme.io
devpi_user: buildbot
devpi_password: "@S@"
pip_index_url: "{{ devpi_server_url }}/acme/prod/+simple/"
""", S=s), s, "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html")

add("ansible-vars", "decoy-vault", "infra/ansible/group_vars/release.yml", fill("""---
pypi_user: __token__
pypi_token: !vault |
          $ANSIBLE_VAULT;1.1;AES256
          @A@
          @B@
          @C@
devpi_user: buildbot
devpi_password: "{{ vault_devpi_password }}"
""", A=hexs(64), B=hexs(64), C=hexs(40)), None, "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html")

add("sops-yaml", "decoy-encrypted", "secrets/release.enc.yaml", fill("""pypi_token: ENC[AES256_GCM,data:@A@,iv:@I@,tag:@T@,type:str]
nexus_password: ENC[AES256_GCM,data:@B@,iv:@J@,tag:@U@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:111122223333:key/0f6c2a34-5b7e-4d2a-9a1f-2c3d4e5f6a7b
          created_at: "2024-05-02T10:11:12Z"
    lastmodified: "2024-05-02T10:11:12Z"
    mac: ENC[AES256_GCM,data:@M@,type:str]
    version: 3.8.1
""", A=b64junk(120), B=b64junk(18), I=b64junk(32), J=b64junk(32), T=b64junk(16), U=b64junk(16), M=b64junk(32)), None, "https://github.com/getsops/sops")

# =====================================================================================
# More carriers around publishing
# =====================================================================================
s = randpw()
add("tox-ini", "pip-index-url-setenv", "integration/tox.ini", fill("""[tox]
envlist = py311,py312

[testenv]
setenv =
    PIP_INDEX_URL = https://tox:@S@@devpi.acme.io/acme/prod/+simple/
    PYTHONDONTWRITEBYTECODE = 1
deps =
    acme-test-fixtures>=3
    pytest
commands = pytest tests/integration {posargs}
""", S=s), s, "https://tox.wiki/en/latest/config.html#set_env")

s = words_pw()
add("setup-cfg", "easy-install-index-url", "old_pkg/setup.cfg", fill("""[metadata]
name = acme-oldpkg
version = 0.9.12

[options]
packages = find:
setup_requires = acme-build-helpers

[easy_install]
index_url = https://svc-build:@S@@pypi.acme.io/simple/

[egg_info]
tag_build =
tag_date = 0
""", S=s), s, "https://setuptools.pypa.io/en/latest/deprecated/easy_install.html")

s = gitlab()
add("gitlab-ci", "poetry-http-basic-token", "ci/poetry.gitlab-ci.yml", fill("""publish:
  stage: deploy
  image: python:3.12
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - pip install poetry
    - poetry config repositories.gitlab https://gitlab.acme.io/api/v4/projects/231/packages/pypi
    - poetry config http-basic.gitlab release-bot @S@
    - poetry build
    - poetry publish --repository gitlab
""", S=s), s, "https://python-poetry.org/docs/repositories/#configuring-credentials")

s = pypi()
add("github-actions", "maturin-token", ".github/workflows/maturin.yml", fill("""name: maturin release
on:
  push:
    tags: ["v*"]
jobs:
  linux:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: PyO3/maturin-action@v1
        with:
          command: build
          args: --release --out dist
          manylinux: auto
      - uses: PyO3/maturin-action@v1
        env:
          MATURIN_PYPI_TOKEN: @S@
        with:
          command: upload
          args: --non-interactive --skip-existing dist/*
""", S=s), s, "https://github.com/PyO3/maturin-action")

s = dockerhub()
add("github-actions", "dockerhub-token-login", ".github/workflows/builder-image.yml", fill("""name: Push wheel-builder image
on:
  push:
    paths: ["docker/wheels.Dockerfile"]
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          username: acmebuild
          password: @S@
      - uses: docker/build-push-action@v6
        with:
          file: docker/wheels.Dockerfile
          push: true
          tags: acmebuild/wheel-builder:latest
""", S=s), s, "https://github.com/docker/login-action")

s = pypi()
add("github-actions", "uv-publish-token-flag", ".github/workflows/nightly.yml", fill("""name: nightly
on:
  schedule:
    - cron: "0 3 * * *"
jobs:
  nightly:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with: { fetch-depth: 0 }
      - uses: astral-sh/setup-uv@v3
      - run: uv version --bump dev
      - run: uv build
      - run: uv publish --token @S@ --publish-url https://upload.pypi.org/legacy/
""", S=s), s, "https://docs.astral.sh/uv/guides/publish/")

s = randpw()
add("dockerfile", "pip-config-set", "docker/ci.Dockerfile", fill("""FROM python:3.11-slim
RUN pip config set global.index-url https://ci:@S@@nexus.acme.io/repository/pypi-group/simple \\
 && pip config set global.timeout 60
COPY requirements/ /tmp/requirements/
RUN pip install --no-cache-dir -r /tmp/requirements/ci.txt
WORKDIR /src
""", S=s), s, "https://pip.pypa.io/en/stable/cli/pip_config/")

s = passphrase()
add("dockerfile", "uv-index-password-env", "images/uv-builder.Dockerfile", fill("""FROM ghcr.io/astral-sh/uv:python3.12-bookworm-slim
ENV UV_INDEX_CORP_USERNAME=builder \\
    UV_INDEX_CORP_PASSWORD=@S@ \\
    UV_COMPILE_BYTECODE=1
WORKDIR /app
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-install-project
COPY . .
RUN uv build
""", S=s), s, "https://docs.astral.sh/uv/configuration/indexes/#providing-credentials-directly")

s = randpw()
add("shell-script", "artifactory-curl-upload", "scripts/upload-artifactory.sh", fill("""#!/usr/bin/env bash
set -euo pipefail
REPO_URL=https://acme.jfrog.io/artifactory/pypi-local
for f in dist/*.whl dist/*.tar.gz; do
  name=$(basename "$f")
  curl -fsS -u "ci-publisher:@S@" -T "$f" "$REPO_URL/acme-telemetry/$name"
done
echo "uploaded $(ls dist | wc -l) files"
""", S=s), s, JF_DOC)

s = alnum(22)
add("shell-script", "gemfury-twine", "scripts/fury-upload.sh", fill("""#!/bin/sh
# Gemfury: the push token is the username, the password stays empty
set -e
python -m build
twine upload --repository-url https://pypi.fury.io/acme/ \\
    -u @S@ -p "" dist/*
""", S=s), s, FURY_DOC)

s = pypi()
add("shell-history", "twine-token", "tools/.bash_history", fill("""cd ~/src/acme-telemetry
git pull
hatch version patch
python -m build
twine check dist/*
twine upload -u __token__ -p @S@ dist/*
git tag v2.4.1
git push --tags
ls dist
""", S=s), s, "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html")

s = hf()
add("python-script", "hf-token", "scripts/push_model.py", fill('''"""Publish the tokenizer assets the package downloads at run time."""
from huggingface_hub import HfApi

api = HfApi(token="@S@")


def main(version: str) -> None:
    api.upload_folder(
        folder_path="build/tokenizer",
        repo_id="acme/telemetry-tokenizer",
        commit_message=f"assets for acme-telemetry {version}",
    )


if __name__ == "__main__":
    import sys
    main(sys.argv[1])
''', S=s), s, "https://huggingface.co/docs/huggingface_hub/guides/upload")

s = hexs(32)
add("python-script", "datadog-api-key", "scripts/release_metrics.py", fill('''"""Send a release event to Datadog after publishing."""
import os
import sys

import requests

DD_API_KEY = "@S@"


def main() -> None:
    version = sys.argv[1]
    requests.post(
        "https://api.datadoghq.eu/api/v1/events",
        headers={"DD-API-KEY": DD_API_KEY, "Content-Type": "application/json"},
        json={"title": f"acme-telemetry {version} released", "text": os.environ.get("GITHUB_SHA", ""),
              "tags": ["team:platform", "kind:release"]},
        timeout=10,
    ).raise_for_status()


if __name__ == "__main__":
    main()
''', S=s), s, "https://docs.datadoghq.com/api/latest/events/")

r = rng()
s = f"https://hooks.slack.com/services/T{alnum(8).upper()}/B{alnum(10).upper()}/{alnum(24)}"
add("makefile", "slack-webhook", "mk/announce.mk", fill("""# announce a release in #releases
SLACK_WEBHOOK := @S@
VERSION ?= $(shell hatch version)

announce:
\tcurl -sf -X POST -H 'Content-type: application/json' \\
\t  --data '{"text":"acme-telemetry $(VERSION) is on PyPI"}' $(SLACK_WEBHOOK)
""", S=s), s, "https://api.slack.com/messaging/webhooks")

s = npm()
add("npmrc", "npm-token", "js/.npmrc", fill("""; the JupyterLab extension is published to npm next to the wheel
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@S@
always-auth=true
save-exact=true
""", S=s), s, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc")

add("npmrc", "decoy-env-token", ".npmrc", """registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
engine-strict=true
fund=false
audit=false
""", None, "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow")

s = alnum(16)
add("pip-conf", "cloudsmith-entitlement", "ci/pip-cloudsmith.conf", fill("""[global]
index-url = https://pypi.org/simple
extra-index-url = https://dl.cloudsmith.io/@S@/acme/private/python/simple/
timeout = 30
disable-pip-version-check = true
""", S=s), s, "https://help.cloudsmith.io/docs/python-repository")

s = fakes.github_token(seed())
add("netrc", "github-token", "docker/netrc-github", fill("""# lets pip clone the private acme-corp/* repos during the wheel build
machine github.com
login x-access-token
password @S@
machine api.github.com
login x-access-token
password @S@
""", S=s), s, NETRC_DOC)

s = fakes.github_fine_grained_token(seed())
add("shell-script", "github-fine-grained-release", "scripts/gh-release.sh", fill("""#!/usr/bin/env bash
set -euo pipefail
tag="v$(hatch version)"
export GH_TOKEN=@S@
gh release create "$tag" dist/* --title "$tag" --notes-file RELEASE_NOTES.md
gh release upload "$tag" dist/*.sigstore.json --clobber
""", S=s), s, "https://cli.github.com/manual/gh_release_create")

s = testpypi()
add("conftest-py", "testpypi-token", "tests/conftest.py", fill('''import os
import subprocess

import pytest

TESTPYPI_TOKEN = os.environ.get("TESTPYPI_TOKEN", "@S@")


@pytest.fixture(scope="session")
def built_dist(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    subprocess.check_call(["python", "-m", "build", "--outdir", str(out)])
    return out


@pytest.fixture
def twine_env(monkeypatch):
    monkeypatch.setenv("TWINE_USERNAME", "__token__")
    monkeypatch.setenv("TWINE_PASSWORD", TESTPYPI_TOKEN)
    monkeypatch.setenv("TWINE_REPOSITORY_URL", "https://test.pypi.org/legacy/")
''', S=s), s, "https://docs.pytest.org/en/stable/reference/fixtures.html")

s = fakes.django_secret_key(seed())
add("django-settings", "secret-key-in-sdist", "src/acme_portal/settings.py", fill('''"""Settings shipped with the acme-portal sdist."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "@S@"

DEBUG = False
ALLOWED_HOSTS = ["portal.acme.io"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "acme_portal",
]
''', S=s), s, "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key")

s = fakes.redis_password(seed())
add("release-bot-config", "redis-url", "bots/release-bot/config.yaml", fill("""bot:
  name: release-bot
  repos: [acme-corp/acme-telemetry, acme-corp/acme-core]
queue:
  broker_url: "redis://:@S@@redis.internal.acme.io:6379/4"
  result_ttl: 3600
pypi:
  check_interval: 300
  trusted_publishing: true
""", S=s), s, "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/redis.html")

s = pypi()
add("hatch-toml", "env-var-token", "hatch.toml", fill("""[version]
path = "src/acme_core/__about__.py"

[envs.default]
dependencies = ["pytest", "pytest-cov"]

[envs.publish]
detached = true
dependencies = ["twine"]
env-vars = { TWINE_USERNAME = "__token__", TWINE_PASSWORD = "@S@" }

[envs.publish.scripts]
run = "twine upload dist/*"
""", S=s), s, "https://hatch.pypa.io/latest/config/environment/overview/#environment-variables")

add("hatch-toml", "decoy-env-ref", "libs/hatch.toml", """[envs.publish]
detached = true
dependencies = ["twine"]

[envs.publish.env-vars]
TWINE_USERNAME = "__token__"
TWINE_PASSWORD = "{env:PYPI_TOKEN}"

[envs.publish.scripts]
run = "twine upload --skip-existing dist/*"
""", None, "https://hatch.pypa.io/latest/config/context/#environment-variables")

s = randpw()
add("pyproject-toml", "cibuildwheel-index-password", "native/pyproject.toml", fill("""[build-system]
requires = ["scikit-build-core>=0.9", "pybind11"]
build-backend = "scikit_build_core.build"

[project]
name = "acme-native"
version = "0.5.0"
requires-python = ">=3.9"

[tool.cibuildwheel]
build = "cp39-* cp310-* cp311-* cp312-*"
test-command = "pytest {project}/tests"
test-requires = ["pytest", "acme-test-fixtures"]

[tool.cibuildwheel.environment]
PIP_EXTRA_INDEX_URL = "https://cibw:@S@@pypi.acme.io/simple/"
""", S=s), s, "https://cibuildwheel.pypa.io/en/stable/options/#environment")

s = words_pw()
add("pyproject-toml", "pdm-script-password", "svc/pyproject.toml", fill("""[project]
name = "acme-svc"
version = "1.3.0"
requires-python = ">=3.11"

[build-system]
requires = ["pdm-backend"]
build-backend = "pdm.backend"

[tool.pdm.scripts]
test = "pytest"
lint = "ruff check ."
publish-internal = "pdm publish -r https://pypi.acme.io/legacy/ -u release -P '@S@'"
""", S=s), s, "https://pdm-project.org/en/latest/reference/cli/#publish")

s = alnum(20)
add("pypirc", "gemfury-username-token", "ops/pypirc.fury", fill("""[distutils]
index-servers =
    fury

[fury]
repository: https://pypi.fury.io/acme/
username: @S@
password:
""", S=s), s, FURY_DOC)

s = azure_pat()
add("gitlab-ci", "azure-pat-extra-index", "ci/mirror.gitlab-ci.yml", fill("""variables:
  PIP_EXTRA_INDEX_URL: "https://azure:@S@@pkgs.dev.azure.com/contoso/_packaging/shared/pypi/simple/"

test:
  image: python:3.12
  script:
    - pip install -e ".[test]"
    - pytest -q
""", S=s), s, AZ_DOC)

s = fakes.aws_secret_key(seed())
add("pkg-info", "aws-keys-in-example", "acme_s3sync-0.4.0/PKG-INFO", fill("""Metadata-Version: 2.1
Name: acme-s3sync
Version: 0.4.0
Summary: Sync release artifacts to S3
Requires-Dist: boto3
Description-Content-Type: text/markdown

# acme-s3sync

```python
from acme_s3sync import Sync
Sync(
    bucket="acme-releases",
    aws_access_key_id="@K@",
    aws_secret_access_key="@S@",
).push("dist/")
```
""", S=s, K=fakes.aws_key_id(seed())), s, META_DOC)

s = anaconda()
add("shell-script", "anaconda-api-token", "recipe/upload.sh", fill("""#!/bin/bash
set -ex
export ANACONDA_API_TOKEN=@S@
for pkg in build/*/*.conda; do
    anaconda upload --user acme --label dev --skip-existing "$pkg"
done
""", S=s), s, "https://docs.anaconda.com/anacondaorg/user-guide/tasks/work-with-packages/")

s = hexs(40)
add("github-actions", "readthedocs-webhook-token", ".github/workflows/docs.yml", fill("""name: docs
on:
  push:
    tags: ["v*"]
jobs:
  trigger:
    runs-on: ubuntu-latest
    steps:
      - name: Trigger Read the Docs build
        run: |
          curl -X POST -d "branches=${GITHUB_REF_NAME}" -d "token=@S@" \\
            https://readthedocs.org/api/v2/webhook/acme-telemetry/218844/
""", S=s), s, "https://docs.readthedocs.io/en/stable/guides/setup/git-repo-manual.html")

s = fakes.openai_key(seed(), "svcacct")
add("noxfile-py", "openai-key-session-env", "ml/noxfile.py", fill("""import nox


@nox.session(python="3.12")
def evals(session):
    session.install("-e", ".[evals]")
    session.env["OPENAI_API_KEY"] = "@S@"
    session.run("python", "-m", "acme_llm.evals", "--suite", "release")


@nox.session
def docs(session):
    session.install("-r", "docs/requirements.txt")
    session.run("sphinx-build", "-W", "docs", "docs/_build/html")
""", S=s), s, "https://nox.thea.codes/en/stable/usage.html")

s = stripe()
add("env-file", "stripe-key-in-sdist", "examples/checkout/.env.production", fill("""STRIPE_API_KEY=@S@
STRIPE_WEBHOOK_URL=https://shop.acme.io/hooks/stripe
CURRENCY=eur
LOG_LEVEL=warning
""".replace("LOG_LEVEL=warning\n", "LOG_LEVEL=warning\nSENTRY_ENVIRONMENT=production\n"), S=s), s, "https://docs.stripe.com/keys")

s = words_pw()
add("setup-py", "dependency-links-password", "contrib/setup.py", fill("""from setuptools import setup

setup(
    name="acme-contrib",
    version="0.2.1",
    packages=["acme_contrib"],
    install_requires=["acme-core>=1.8"],
    dependency_links=[
        "https://contrib:@S@@pypi.acme.io/simple/acme-core/",
    ],
)
""", S=s), s, "https://setuptools.pypa.io/en/latest/deprecated/dependency_links.html")

s = passphrase()
add("noxfile-py", "devpi-password-session", "release/noxfile.py", fill("""import nox

DEVPI_URL = "https://devpi.acme.io"


@nox.session
def stage(session):
    session.install("devpi-client", "build")
    session.run("devpi", "use", DEVPI_URL, external=True)
    session.run("devpi", "login", "releaser", "--password", "@S@")
    session.run("devpi", "use", "acme/staging")
    session.run("devpi", "upload")
""", S=s), s, DEVPI_DOC)

# a few more decoys
add("pre-commit-config", "decoy-revs", ".pre-commit-config.yaml", fill("""repos:
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: @A@  # frozen: v0.5.0
    hooks:
      - id: ruff
      - id: ruff-format
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: @B@  # frozen: v4.6.0
    hooks:
      - id: check-toml
      - id: detect-private-key
""", A=commit(), B=commit()), None, "https://pre-commit.com/#pre-commit-configyaml---top-level")

add("security-md", "decoy-fingerprint", "SECURITY.md", fill("""# Security policy

Report vulnerabilities to security@acme.io, encrypted to our key:

    Fingerprint: @F@
    https://acme.io/.well-known/security.asc

Releases since 2.0 are published with PyPI trusted publishing and carry
Sigstore attestations; verify with `pypi-attestations verify`.
""", F=" ".join(hexs(40).upper()[i:i + 4] for i in range(0, 40, 4))), None, "https://docs.github.com/en/code-security/getting-started/adding-a-security-policy-to-your-repository")

add("readthedocs-yaml", "decoy-config", ".readthedocs.yaml", """version: 2
build:
  os: ubuntu-22.04
  tools:
    python: "3.12"
  jobs:
    post_install:
      - pip install --index-url "$PRIVATE_INDEX_URL" acme-theme
python:
  install:
    - method: pip
      path: .
      extra_requirements: [docs]
sphinx:
  configuration: docs/conf.py
""", None, "https://docs.readthedocs.io/en/stable/config-file/v2.html")

add("pypirc", "decoy-env-interpolation-doc", "docs/snippets/pypirc-ci.txt", """# What the release job writes to ~/.pypirc (the shell expands the variables)
cat > ~/.pypirc <<EOF
[distutils]
index-servers = internal
[internal]
repository = https://pypi.acme.io/legacy/
username = ${INTERNAL_PYPI_USER}
password = ${INTERNAL_PYPI_PASSWORD}
EOF
""", None, PYPIRC_DOC)
