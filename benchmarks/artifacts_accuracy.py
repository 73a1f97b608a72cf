"""Blind accuracy benchmark of `secretfence check-dist` on release artifacts built the ways
credentials really ship: leaky wheels and sdists (the gate must block them) and clean ones whose
only look-alikes are decoys (the gate must pass them).

    .venv/bin/python benchmarks/artifacts_accuracy.py            # build, then check each artifact
    .venv/bin/python benchmarks/artifacts_accuracy.py --peers    # also Betterleaks and Kingfisher
    .venv/bin/python benchmarks/artifacts_accuracy.py --only NAME[,NAME]

The set was written from how Python packages leak, without reading secretfence's detectors or
its own tests. Artifacts are made by the real build backends (setuptools, hatchling, flit_core,
poetry-core, pdm-backend) with `pip wheel --no-deps --no-build-isolation` and
`python -m build --sdist --no-isolation`, plus a few assembled with zipfile/tarfile/git/gcc/sqlite3
where no backend makes the shape (a nested zip, `.git/` with zlib loose objects, bz2/xz members,
a gcc-built `.so`, a SQLite database, a legacy zip sdist).

Downloads, once, into benchmarks/.cache/artifacts-venv (a benchmark-only venv; nothing else is
fetched at run time): pip install build setuptools wheel hatchling flit_core poetry-core pdm-backend.

Every planted credential is a generated fake (tests/fakes.py generators or the seeded generators
below, seeds from 40000 up) or a made-up human-chosen password. A leaky artifact counts as blocked
only when check-dist exits non-zero AND one of its JSON findings holds (part of) the planted
credential; a clean artifact passes when check-dist exits 0. Peers (--peers) scan the artifact
unpacked (the outer wheel/sdist extracted into a directory); a peer blocks a leaky artifact when
one of its findings holds (part of) the planted credential and passes a clean one when it reports
nothing.
"""
from __future__ import annotations

import argparse
import base64
import bz2
import gzip
import hashlib
import io
import json
import lzma
import os
import random
import shutil
import sqlite3
import string
import subprocess
import sys
import tarfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple, Union

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
from tests import fakes  # noqa: E402  (generated fakes; imports secretfence's token encoder)

CACHE = HERE / ".cache"
BACKEND_VENV = CACHE / "artifacts-venv"
WORK = CACHE / "artifacts"
SECRETFENCE = ROOT / ".venv" / "bin" / "secretfence"
BETTERLEAKS = Path("/work/peers/.venv/bin/betterleaks")
KINGFISHER = Path("/work/peers/.venv/bin/kingfisher")
BACKEND_PACKAGES = ("build", "setuptools", "wheel", "hatchling", "flit_core", "poetry-core", "pdm-backend")

FileMap = Dict[str, Union[str, bytes]]
ALNUM = string.ascii_letters + string.digits


# ---------------------------------------------------------------- seeded generators (own kinds)
def _rand(seed: int, alphabet: str, length: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(alphabet) for _ in range(length))


def stripe_live(seed: int) -> str:
    return "sk_live_" + _rand(seed, ALNUM, 24)


def slack_bot(seed: int) -> str:
    rng = random.Random(seed)
    return f"xoxb-{rng.randint(10**10, 10**11)}-{rng.randint(10**12, 10**13)}-" + _rand(seed + 1, ALNUM, 24)


def slack_webhook(seed: int) -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + _rand(seed, up, 8) + "/B" + _rand(seed + 1, up, 10)
            + "/" + _rand(seed + 2, ALNUM, 24))


def sendgrid(seed: int) -> str:
    return "SG." + _rand(seed, ALNUM + "-_", 22) + "." + _rand(seed + 1, ALNUM + "-_", 43)


def openai_key(seed: int) -> str:
    return "sk-" + _rand(seed, ALNUM, 20) + "T3BlbkFJ" + _rand(seed + 1, ALNUM, 20)


def gitlab_pat(seed: int) -> str:
    return "glpat-" + _rand(seed, ALNUM + "-_", 20)


def hexkey(seed: int, length: int = 32) -> str:
    return _rand(seed, "0123456789abcdef", length)


def aws_pair(seed: int) -> Tuple[str, str]:
    return fakes.aws_key_id(seed), fakes.aws_secret_key(seed + 1)


# ---------------------------------------------------------------- the set
@dataclass
class Case:
    name: str
    backend: str                 # setuptools | hatchling | flit | poetry | pdm | raw
    target: str                  # wheel | sdist
    carrier: str                 # where the credential rides
    kind: str                    # credential kind ("-" for clean)
    secrets: Tuple[str, ...]     # planted credentials (empty: clean)
    member: str                  # a member path (suffix) the artifact must hold: the carrier shipped
    files: FileMap = field(default_factory=dict)
    raw: Optional[Callable[[Path], Path]] = None   # builds the artifact itself into the given dir

    @property
    def leaky(self) -> bool:
        return bool(self.secrets)


def pyproject(backend: str, dist: str, extra: str = "", deps: Sequence[str] = (), readme: bool = True) -> str:
    requires = {
        "setuptools": ('["setuptools>=61"]', "setuptools.build_meta"),
        "hatchling": ('["hatchling"]', "hatchling.build"),
        "flit": ('["flit_core>=3.4"]', "flit_core.buildapi"),
        "poetry": ('["poetry-core>=2"]', "poetry.core.masonry.api"),
        "pdm": ('["pdm-backend"]', "pdm.backend"),
    }[backend]
    dep_list = ", ".join(json.dumps(d) for d in deps)
    return (
        f'[build-system]\nrequires = {requires[0]}\nbuild-backend = "{requires[1]}"\n\n'
        f'[project]\nname = "{dist}"\nversion = "1.0.0"\ndescription = "Internal {dist} tools"\n'
        + ('readme = "README.md"\n' if readme else "")
        + f'requires-python = ">=3.8"\ndependencies = [{dep_list}]\n'
        + (("\n" + extra) if extra else "")
    )


def project(backend: str, dist: str, package_files: FileMap, extra: str = "", readme: str = "",
            deps: Sequence[str] = (), other: Optional[FileMap] = None) -> FileMap:
    package = dist.replace("-", "_")
    files: FileMap = {
        "pyproject.toml": pyproject(backend, dist, extra, deps),
        "README.md": readme or f"# {dist}\n\nInternal tooling for the {dist} service.\n\n```\npip install {dist}\n```\n",
        f"{package}/__init__.py": '"""%s."""\n__version__ = "1.0.0"\n' % dist,
    }
    for name, text in package_files.items():
        files[f"{package}/{name}"] = text
    files.update(other or {})
    return files


def pypirc(token: str) -> str:
    return f"[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = {token}\n"


def notebook(cells: List[Tuple[str, str, str]]) -> str:
    """A real .ipynb: (cell_type, source, output text) cells."""
    out = []
    for n, (kind, source, output) in enumerate(cells):
        cell: dict = {"cell_type": kind, "metadata": {}, "source": source.splitlines(keepends=True)}
        if kind == "code":
            cell["execution_count"] = n + 1
            cell["outputs"] = ([{"name": "stdout", "output_type": "stream", "text": output.splitlines(keepends=True)}]
                               if output else [])
        out.append(cell)
    return json.dumps({"cells": out, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                                   "language": "python"}},
                       "nbformat": 4, "nbformat_minor": 5}, indent=1)


def c_source(strings: Dict[str, str]) -> str:
    lines = ["#define PY_SSIZE_T_CLEAN", "#include <Python.h>", ""]
    for name, value in strings.items():
        lines.append(f'static const char {name}[] = "{value}";')
    first = next(iter(strings))
    lines += [
        "",
        "static PyObject *endpoint(PyObject *self, PyObject *args) {",
        f"    return PyUnicode_FromString({first});",
        "}",
        "",
        'static PyMethodDef methods[] = {{"endpoint", endpoint, METH_NOARGS, "endpoint"}, {NULL, NULL, 0, NULL}};',
        'static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_native", NULL, -1, methods};',
        "PyMODINIT_FUNC PyInit__native(void) { return PyModule_Create(&module); }",
        "",
    ]
    return "\n".join(lines)


def setup_py_ext(package: str) -> str:
    """The C source sits outside the package (csrc/) so the wheel carries only the built .so."""
    return (
        "from setuptools import Extension, setup\n\n"
        f'setup(packages=["{package}"], ext_modules=[Extension("{package}._native", ["csrc/_native.c"])])\n'
    )


# ---- raw artifact assembly
def write_wheel(out: Path, dist: str, files: FileMap, tag: str = "py3-none-any") -> Path:
    name = dist.replace("-", "_")
    info = f"{name}-1.0.0.dist-info"
    members: FileMap = dict(files)
    members[f"{info}/METADATA"] = f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0.0\nSummary: Internal {dist}\n"
    members[f"{info}/WHEEL"] = f"Wheel-Version: 1.0\nGenerator: custom\nRoot-Is-Purelib: {'true' if 'none-any' in tag else 'false'}\nTag: {tag}\n"
    record = []
    for member, data in members.items():
        blob = data.encode() if isinstance(data, str) else data
        digest = base64.urlsafe_b64encode(hashlib.sha256(blob).digest()).rstrip(b"=").decode()
        record.append(f"{member},sha256={digest},{len(blob)}")
    record.append(f"{info}/RECORD,,")
    members[f"{info}/RECORD"] = "\n".join(record) + "\n"
    path = out / f"{name}-1.0.0-{tag}.whl"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for member, data in members.items():
            zf.writestr(member, data)
    return path


def write_sdist_tar(out: Path, dist: str, files: FileMap, tree: Optional[Path] = None) -> Path:
    name = dist.replace("-", "_")
    top = f"{name}-1.0.0"
    path = out / f"{top}.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        pkg_info = f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0.0\n".encode()
        all_files: FileMap = {"PKG-INFO": pkg_info, **files}
        for member, data in all_files.items():
            blob = data.encode() if isinstance(data, str) else data
            info = tarfile.TarInfo(f"{top}/{member}")
            info.size = len(blob)
            info.mtime = 1_700_000_000
            tar.addfile(info, io.BytesIO(blob))
        if tree is not None:
            tar.add(str(tree), arcname=top, filter=lambda t: None if t.name.endswith("/PKG-INFO") else t)
    return path


def zip_bytes(files: FileMap) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for member, data in files.items():
            zf.writestr(member, data)
    return buf.getvalue()


def git(repo: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Dev", "GIT_AUTHOR_EMAIL": "dev@acme.example",
           "GIT_COMMITTER_NAME": "Dev", "GIT_COMMITTER_EMAIL": "dev@acme.example",
           "GIT_AUTHOR_DATE": "2024-01-01T00:00:00Z", "GIT_COMMITTER_DATE": "2024-01-01T00:00:00Z"}
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, env=env)


def write_tree(root: Path, files: FileMap) -> None:
    for member, data in files.items():
        path = root / member
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            path.write_text(data)
        else:
            path.write_bytes(data)


def raw_git_history(secret_env: str, dist: str, config_url: str = "") -> Callable[[Path], Path]:
    """An sdist tarred from a checkout: `.git/` ships; the .env was committed then removed, so the
    secret lives only in zlib-compressed loose objects (or, with config_url, in .git/config)."""
    def build(out: Path) -> Path:
        tree = out / "tree"
        shutil.rmtree(tree, ignore_errors=True)
        package = dist.replace("-", "_")
        write_tree(tree, {"pyproject.toml": pyproject("setuptools", dist), "README.md": f"# {dist}\n",
                          f"{package}/__init__.py": '__version__ = "1.0.0"\n'})
        subprocess.run(["git", "init", "-q", "-b", "main", str(tree)], check=True)
        git(tree, "add", "-A")
        git(tree, "commit", "-q", "-m", "initial")
        if secret_env:
            (tree / ".env").write_text(secret_env)
            git(tree, "add", ".env")
            git(tree, "commit", "-q", "-m", "local settings")
            git(tree, "rm", "-q", ".env")
            git(tree, "commit", "-q", "-m", "remove .env")
        if config_url:
            git(tree, "remote", "add", "origin", config_url)
        path = write_sdist_tar(out, dist, {}, tree=tree)
        shutil.rmtree(tree)
        return path
    return build


def raw_so_wheel(dist: str, strings: Dict[str, str]) -> Callable[[Path], Path]:
    """A wheel with a gcc-built shared object whose .rodata holds the string constants."""
    def build(out: Path) -> Path:
        c_file = out / "native.c"
        so_file = out / "native.so"
        c_file.write_text(c_source(strings))
        include = subprocess.run([sys.executable, "-c", "import sysconfig; print(sysconfig.get_paths()['include'])"],
                                 capture_output=True, text=True, check=True).stdout.strip()
        subprocess.run(["gcc", "-O2", "-shared", "-fPIC", f"-I{include}", str(c_file), "-o", str(so_file)], check=True)
        package = dist.replace("-", "_")
        path = write_wheel(out, dist, {f"{package}/__init__.py": "from ._native import endpoint\n",
                                       f"{package}/_native.cpython-311-x86_64-linux-gnu.so": so_file.read_bytes()},
                           tag="cp311-cp311-linux_x86_64")
        c_file.unlink()
        so_file.unlink()
        return path
    return build


def sqlite_bytes(rows: List[Tuple[str, str, str]], extra_sql: str = "") -> bytes:
    path = WORK / f"tmp-{os.getpid()}.db"
    path.unlink(missing_ok=True)
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE credentials (id INTEGER PRIMARY KEY, service TEXT, username TEXT, secret TEXT)")
    con.executemany("INSERT INTO credentials (service, username, secret) VALUES (?, ?, ?)", rows)
    con.execute("CREATE TABLE regions (code TEXT, name TEXT)")
    con.executemany("INSERT INTO regions VALUES (?, ?)", [("eu-west-1", "Ireland"), ("us-east-1", "Virginia")])
    if extra_sql:
        con.executescript(extra_sql)
    con.commit()
    con.close()
    data = path.read_bytes()
    path.unlink()
    return data


def build_cases() -> List[Case]:
    C: List[Case] = []
    s = 40000  # seeds from 40000 up

    # ---------------- LEAKY: setuptools
    tok = fakes.pypi_token(s + 1)
    C.append(Case("st-setup-py-upload", "setuptools", "sdist", "setup.py upload command", "pypi-token", (tok,),
                  "setup.py", {
                      "pyproject.toml": pyproject("setuptools", "acme-upload", readme=False),
                      "acme_upload/__init__.py": "",
                      "setup.py": (
                          "import os\nimport sys\n\nfrom setuptools import setup\n\n"
                          "if sys.argv[-1] == 'publish':\n"
                          "    os.system('python -m build')\n"
                          f"    os.system('twine upload -u __token__ -p {tok} dist/*')\n"
                          "    sys.exit()\n\nsetup()\n"),
                  }))

    tok = fakes.pypi_token(s + 2)
    C.append(Case("st-pypirc-graft", "setuptools", "sdist", ".pypirc in project root (MANIFEST graft)", "pypi-token",
                  (tok,), ".pypirc", project("setuptools", "acme-graft", {}, other={
                      ".pypirc": pypirc(tok), "MANIFEST.in": "graft .\nprune build\nprune dist\nglobal-exclude *.pyc\n"})))

    key = fakes.django_secret_key(s + 3)
    C.append(Case("st-django-settings", "setuptools", "wheel", "Django settings module", "django-secret-key", (key,),
                  "acme_portal/settings.py", project("setuptools", "acme-portal", {
                      "settings.py": (
                          "from pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().parent.parent\n\n"
                          "# SECURITY WARNING: keep the secret key used in production secret!\n"
                          f"SECRET_KEY = '{key}'\n\nDEBUG = False\nALLOWED_HOSTS = ['portal.acme.example']\n"
                          "INSTALLED_APPS = ['django.contrib.admin', 'django.contrib.auth']\n"
                          "DATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': BASE_DIR / 'db.sqlite3'}}\n")})))

    pw = fakes.redis_password(s + 4)
    C.append(Case("st-celery-config", "setuptools", "wheel", "Celery config module (Redis URL)", "redis-url", (pw,),
                  "acme_jobs/celeryconfig.py", project("setuptools", "acme-jobs", {
                      "celeryconfig.py": (
                          f"broker_url = 'redis://:{pw}@redis-prod.acme.internal:6379/0'\n"
                          "result_backend = broker_url\ntask_serializer = 'json'\naccept_content = ['json']\n"
                          "timezone = 'Europe/Berlin'\n")})))

    kid, sk = aws_pair(s + 5)
    C.append(Case("st-dotenv-package-data", "setuptools", "wheel", ".env inside the package (MANIFEST + include_package_data)",
                  "aws-keypair", (sk, kid), "acme_sync/.env", project("setuptools", "acme-sync", {
                      ".env": f"AWS_ACCESS_KEY_ID={kid}\nAWS_SECRET_ACCESS_KEY={sk}\nAWS_DEFAULT_REGION=eu-west-1\n",
                      "sync.py": "import os\n\nBUCKET = os.environ.get('SYNC_BUCKET', 'acme-sync')\n"},
                      extra="[tool.setuptools]\ninclude-package-data = true\npackages = [\"acme_sync\"]\n",
                      other={"MANIFEST.in": "recursive-include acme_sync *\n"})))

    kid, sk = aws_pair(s + 7)
    C.append(Case("st-aws-credentials-file", "setuptools", "wheel", "AWS credentials file as package_data",
                  "aws-keypair", (sk, kid), "acme_s3/resources/credentials", project("setuptools", "acme-s3", {
                      "resources/credentials": f"[default]\naws_access_key_id = {kid}\naws_secret_access_key = {sk}\n",
                      "resources/config": "[default]\nregion = us-east-1\noutput = json\n"},
                      extra="[tool.setuptools]\npackages = [\"acme_s3\"]\n\n[tool.setuptools.package-data]\nacme_s3 = [\"resources/*\"]\n")))

    tok = fakes.pypi_token(s + 9)
    C.append(Case("st-readme-long-description", "setuptools", "wheel", "README token -> METADATA long_description",
                  "pypi-token", (tok,), ".dist-info/METADATA", project("setuptools", "acme-release", {}, readme=(
                      "# acme-release\n\nRelease helper.\n\n## Publishing\n\n```bash\n"
                      f"export TWINE_USERNAME=__token__\nexport TWINE_PASSWORD={tok}\ntwine upload dist/*\n```\n"))))

    tok = fakes.github_token(s + 10)
    C.append(Case("st-egg-info-pkg-info", "setuptools", "sdist", "README token -> sdist PKG-INFO and *.egg-info/PKG-INFO",
                  "github-token", (tok,), ".egg-info/PKG-INFO", project("setuptools", "acme-mirror", {}, readme=(
                      "# acme-mirror\n\nMirrors our GitHub org.\n\nUsage:\n\n"
                      f"    acme-mirror --org acme --token {tok}\n"))))

    tok = slack_bot(s + 11)
    C.append(Case("st-test-fixture-json", "setuptools", "sdist", "tests/fixtures JSON (MANIFEST recursive-include)",
                  "slack-bot-token", (tok,), "tests/fixtures/workspace.json", project("setuptools", "acme-notify", {
                      "notify.py": "import json\n"}, other={
                      "MANIFEST.in": "recursive-include tests *.py *.json\n",
                      "tests/test_notify.py": "def test_placeholder():\n    assert True\n",
                      "tests/fixtures/workspace.json": json.dumps({"team": "acme", "channel": "#alerts",
                                                                   "bot_token": tok, "recorded": "2024-03-01"}, indent=2)})))

    key = openai_key(s + 13)
    C.append(Case("st-notebook-example", "setuptools", "sdist", "examples/*.ipynb cell and output", "openai-key", (key,),
                  "examples/demo.ipynb", project("setuptools", "acme-llm", {}, other={
                      "MANIFEST.in": "recursive-include examples *.ipynb\n",
                      "examples/demo.ipynb": notebook([
                          ("markdown", "# Demo\nSummarise tickets.", ""),
                          ("code", f'import openai\nclient = openai.OpenAI(api_key="{key}")\n', ""),
                          ("code", "print(client.api_key)", key + "\n")])})))

    pw = "Hunter2-Rotterdam!88"
    C.append(Case("st-wheel-data-ini", "setuptools", "wheel", "wheel .data/data (data_files) INI password", "password",
                  (pw,), ".data/data/etc/acme/acme.ini", {
                      "pyproject.toml": pyproject("setuptools", "acme-etl", readme=False),
                      "acme_etl/__init__.py": "",
                      "conf/acme.ini": (f"[database]\nhost = db01.acme.internal\nport = 5432\nuser = etl\n"
                                        f"password = {pw}\ndbname = warehouse\n"),
                      "setup.py": ("from setuptools import setup\n\n"
                                   "setup(packages=['acme_etl'], data_files=[('etc/acme', ['conf/acme.ini'])])\n"),
                  }))

    kid, sk = aws_pair(s + 14)
    C.append(Case("st-wheel-data-scripts", "setuptools", "wheel", "wheel .data/scripts deploy script", "aws-keypair",
                  (sk, kid), ".data/scripts/acme-deploy.sh", {
                      "pyproject.toml": pyproject("setuptools", "acme-deploy", readme=False),
                      "acme_deploy/__init__.py": "",
                      "bin/acme-deploy.sh": ("#!/bin/sh\nset -e\n"
                                             f"export AWS_ACCESS_KEY_ID={kid}\nexport AWS_SECRET_ACCESS_KEY={sk}\n"
                                             "aws s3 sync ./site s3://acme-www --delete\n"),
                      "setup.py": "from setuptools import setup\n\nsetup(packages=['acme_deploy'], scripts=['bin/acme-deploy.sh'])\n",
                  }))

    key = stripe_live(s + 16)
    C.append(Case("st-c-extension", "setuptools", "wheel", "compiled extension (.so) string constant", "stripe-key",
                  (key,), "_native.cpython", {
                      "pyproject.toml": pyproject("setuptools", "acme-pay", readme=False),
                      "acme_pay/__init__.py": "",
                      "csrc/_native.c": c_source({"stripe_key": key, "endpoint_url": "https://api.stripe.com/v1"}),
                      "setup.py": setup_py_ext("acme_pay"),
                  }))

    # ---------------- LEAKY: hatchling
    tok = fakes.pypi_token(s + 17)
    C.append(Case("ha-ci-workflow", "hatchling", "sdist", "CI workflow (.github/workflows) in sdist", "pypi-token",
                  (tok,), ".github/workflows/publish.yml", project("hatchling", "acme-cli", {}, other={
                      ".github/workflows/publish.yml": (
                          "name: publish\non:\n  push:\n    tags: ['v*']\njobs:\n  publish:\n    runs-on: ubuntu-latest\n"
                          "    steps:\n      - uses: actions/checkout@v4\n      - run: pipx run build\n"
                          "      - uses: pypa/gh-action-pypi-publish@release/v1\n        with:\n"
                          f"          user: __token__\n          password: {tok}\n")})))

    up = "postgres://app:Qw7pLm2vXz9rTt4s@db.acme.internal:5432/app"  # pragma: allowlist secret
    C.append(Case("ha-k8s-secret", "hatchling", "wheel", "base64 k8s Secret as package data", "postgres-url",
                  ("Qw7pLm2vXz9rTt4s", base64.b64encode(up.encode()).decode()), "acme_api/deploy/secret.yaml",
                  project("hatchling", "acme-api", {
                      "deploy/secret.yaml": (
                          "apiVersion: v1\nkind: Secret\nmetadata:\n  name: acme-api\ntype: Opaque\ndata:\n"
                          f"  DATABASE_URL: {base64.b64encode(up.encode()).decode()}\n"
                          f"  DJANGO_DEBUG: {base64.b64encode(b'false').decode()}\n")})))

    key = sendgrid(s + 18)
    C.append(Case("ha-dotenv-root-sdist", "hatchling", "sdist", ".env in project root (sdist takes all files)",
                  "sendgrid-key", (key,), ".env", project("hatchling", "acme-mailer", {}, other={
                      ".env": f"SENDGRID_API_KEY={key}\nMAIL_FROM=noreply@acme.example\n"})))

    tok = fakes.github_token(s + 19)
    C.append(Case("ha-yaml-config", "hatchling", "wheel", "YAML config as package data", "github-token", (tok,),
                  "acme_ops/config/settings.yaml", project("hatchling", "acme-ops", {
                      "config/settings.yaml": f"github:\n  org: acme\n  api_token: {tok}\n  default_branch: main\n"})))

    tok = fakes.telegram_token(s + 20)
    C.append(Case("ha-telegram-bot", "hatchling", "wheel", "bot source module", "telegram-token", (tok,),
                  "acme_bot/bot.py", project("hatchling", "acme-bot", {
                      "bot.py": ("from telegram.ext import Application, CommandHandler\n\n"
                                 f'TOKEN = "{tok}"\n\n\ndef main():\n'
                                 "    app = Application.builder().token(TOKEN).build()\n    app.run_polling()\n")})))

    pw = "Winter2025!deploy"
    C.append(Case("ha-netrc-root", "hatchling", "sdist", ".netrc in project root", "password", (pw,), ".netrc",
                  project("hatchling", "acme-fetch", {}, other={
                      ".netrc": f"machine pypi.acme.internal\n  login deploy\n  password {pw}\n"})))

    pw = fakes.password(s + 21)
    C.append(Case("ha-pip-conf", "hatchling", "sdist", "pip.conf with index URL credentials", "index-url-password",
                  (pw,), "pip.conf", project("hatchling", "acme-internal", {}, other={
                      "pip.conf": f"[global]\nindex-url = https://ci-bot:{pw}@pypi.acme.internal/simple\ntimeout = 30\n"})))

    pem = fakes.fake_pem(s + 22, kind="")
    pem = pem.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
    body_line = pem.splitlines()[1]
    C.append(Case("ha-gcp-service-account", "hatchling", "wheel", "GCP service-account JSON (embedded PEM)",
                  "private-key", (pem, body_line), "acme_bq/service_account.json", project("hatchling", "acme-bq", {
                      "service_account.json": json.dumps({
                          "type": "service_account", "project_id": "acme-analytics", "private_key_id": hexkey(s + 23, 40),
                          "private_key": pem + "\n", "client_email": "loader@acme-analytics.iam.gserviceaccount.com",
                          "client_id": "104" + _rand(s + 24, string.digits, 18),
                          "token_uri": "https://oauth2.googleapis.com/token"}, indent=2)})))

    tok = fakes.github_token(s + 25)
    C.append(Case("ha-requires-dist-url", "hatchling", "wheel", "dependency URL with token -> METADATA Requires-Dist",
                  "github-token", (tok,), ".dist-info/METADATA", project(
                      "hatchling", "acme-svc", {},
                      deps=[f"acme-core @ git+https://{tok}@github.com/acme/acme-core.git@v2.1.0"],
                      extra="[tool.hatch.metadata]\nallow-direct-references = true\n")))

    pem = fakes.fake_pem(s + 26, kind="RSA")
    C.append(Case("ha-kubeconfig", "hatchling", "wheel", "kubeconfig client-key-data (base64 PEM)", "private-key",
                  (base64.b64encode(pem.encode()).decode(), pem, pem.splitlines()[1]), "acme_k8s/kubeconfig.yaml",
                  project("hatchling", "acme-k8s", {
                      "kubeconfig.yaml": (
                          "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://k8s.acme.internal:6443\n"
                          "  name: prod\ncontexts:\n- context:\n    cluster: prod\n    user: deployer\n  name: prod\n"
                          "current-context: prod\nusers:\n- name: deployer\n  user:\n"
                          f"    client-key-data: {base64.b64encode(pem.encode()).decode()}\n")})))

    tok = fakes.pypi_token(s + 27)
    C.append(Case("ha-ansible-pypirc-block", "hatchling", "sdist", "YAML block scalar holding a .pypirc", "pypi-token",
                  (tok,), "ansible/group_vars/all.yml", project("hatchling", "acme-infra", {}, other={
                      "ansible/group_vars/all.yml": (
                          "deploy_user: ci\npypirc_content: |\n  [distutils]\n  index-servers = pypi\n\n  [pypi]\n"
                          f"  username = __token__\n  password = {tok}\n")})))

    # ---------------- LEAKY: flit_core
    hook = slack_webhook(s + 28)
    C.append(Case("fl-toml-config", "flit", "wheel", "TOML config in package dir", "slack-webhook", (hook,),
                  "acme_alerts/config.toml", project("flit", "acme-alerts", {
                      "config.toml": f'[slack]\nwebhook_url = "{hook}"\nchannel = "#ops"\n'})))

    kid, sk = aws_pair(s + 29)
    C.append(Case("fl-readme-pkg-info", "flit", "sdist", "README AWS keys -> sdist PKG-INFO", "aws-keypair", (sk, kid),
                  "PKG-INFO", project("flit", "acme-backup", {}, readme=(
                      "# acme-backup\n\nNightly backups to S3.\n\nConfigure:\n\n```\n"
                      f"aws configure set aws_access_key_id {kid}\naws configure set aws_secret_access_key {sk}\n```\n"))))

    pw = fakes.redis_password(s + 31)
    C.append(Case("fl-sdist-include-script", "flit", "sdist", "scripts/ via [tool.flit.sdist] include", "redis-url",
                  (pw,), "scripts/run-worker.sh", project("flit", "acme-queue", {},
                                                          extra='[tool.flit.sdist]\ninclude = ["scripts/"]\n', other={
                      "scripts/run-worker.sh": (
                          "#!/bin/sh\n"
                          f"export REDIS_URL=redis://default:{pw}@redis-14532.c1.eu-west-1-2.ec2.cloud.redislabs.com:14532\n"
                          "exec python -m acme_queue.worker\n")})))

    tok = fakes.github_token(s + 32)
    C.append(Case("fl-gzip-fixture", "flit", "wheel", "gzip-compressed JSON fixture in package", "github-token", (tok,),
                  "acme_gh/data/recorded.json.gz", project("flit", "acme-gh", {
                      "data/recorded.json.gz": gzip.compress(json.dumps(
                          {"request": {"headers": {"Authorization": f"token {tok}"}}, "status": 200}).encode(), mtime=0)})))

    # ---------------- LEAKY: poetry-core
    pw = "Kx9!mapleSyrup2023"
    C.append(Case("po-django-prod-settings", "poetry", "wheel", "Django production settings (DB password)", "password",
                  (pw,), "acme_shop/settings/production.py", project("poetry", "acme-shop", {
                      "settings/__init__.py": "",
                      "settings/production.py": (
                          "from .base import *  # noqa\n\nDEBUG = False\nDATABASES = {\n    'default': {\n"
                          "        'ENGINE': 'django.db.backends.postgresql',\n        'NAME': 'shop',\n"
                          f"        'USER': 'shop',\n        'PASSWORD': '{pw}',\n        'HOST': 'pg.acme.internal',\n"
                          "    }\n}\n"),
                      "settings/base.py": "INSTALLED_APPS = []\n"})))

    key = stripe_live(s + 33)
    C.append(Case("po-conftest-sdist", "poetry", "sdist", "tests/conftest.py shipped via include", "stripe-key", (key,),
                  "tests/conftest.py", project("poetry", "acme-billing", {},
                                               extra='[tool.poetry]\ninclude = [{ path = "tests", format = "sdist" }]\n',
                                               other={"tests/conftest.py": (
                                                   "import pytest\nimport stripe\n\n\n@pytest.fixture\ndef client():\n"
                                                   f'    stripe.api_key = "{key}"\n    return stripe\n')})))

    pw = fakes.password(s + 34)
    C.append(Case("po-alembic-ini", "poetry", "wheel", "alembic.ini SQLAlchemy URL in package", "postgres-url", (pw,),
                  "acme_db/alembic.ini", project("poetry", "acme-db", {
                      "alembic.ini": ("[alembic]\nscript_location = acme_db:migrations\n"
                                      f"sqlalchemy.url = postgresql://admin:{pw}@prod-db.acme.internal:5432/acme\n")})))

    pw = fakes.password(s + 35)
    C.append(Case("po-celery-amqp", "poetry", "wheel", "Celery config (AMQP broker URL)", "amqp-url", (pw,),
                  "acme_tasks/celery.py", project("poetry", "acme-tasks", {
                      "celery.py": ("from celery import Celery\n\n"
                                    f"app = Celery('acme_tasks', broker='amqp://worker:{pw}@rabbit.acme.internal:5672//')\n")})))

    key = stripe_live(s + 36)
    C.append(Case("po-sqlite-package-data", "poetry", "wheel", "SQLite database in package (credentials table)",
                  "stripe-key", (key,), "acme_vault/data/app.sqlite3", project("poetry", "acme-vault", {
                      "data/app.sqlite3": sqlite_bytes([("stripe", "acct_main", key), ("smtp", "mailer", "")])})))

    # ---------------- LEAKY: pdm-backend
    tok = fakes.github_token(s + 37)
    C.append(Case("pd-dotenv-package", "pdm", "wheel", ".env inside the package dir", "github-token", (tok,),
                  "acme_sync2/.env", project("pdm", "acme-sync2", {".env": f"GITHUB_TOKEN={tok}\nORG=acme\n"})))

    key = sendgrid(s + 38)
    C.append(Case("pd-tests-sdist", "pdm", "sdist", "tests/ module in sdist", "sendgrid-key", (key,),
                  "tests/test_mail.py", project("pdm", "acme-mail", {}, other={
                      "tests/test_mail.py": (f'import sendgrid\n\nAPI_KEY = "{key}"\n\n\ndef test_send():\n'
                                             "    sendgrid.SendGridAPIClient(API_KEY)\n")})))

    tok = fakes.telegram_token(s + 39)
    C.append(Case("pd-telegram-default", "pdm", "wheel", "bot config with env fallback default", "telegram-token",
                  (tok,), "acme_tg/config.py", project("pdm", "acme-tg", {
                      "config.py": f'import os\n\nBOT_TOKEN = os.environ.get("BOT_TOKEN", "{tok}")\n'})))

    pw = fakes.redis_password(s + 40)
    C.append(Case("pd-docker-compose", "pdm", "sdist", "docker-compose.yml in sdist", "redis-password", (pw,),
                  "docker-compose.yml", project("pdm", "acme-web", {}, extra='[tool.pdm.build]\nsource-includes = ["docker-compose.yml"]\n', other={
                      "docker-compose.yml": (
                          "services:\n  redis:\n    image: redis:7\n"
                          f"    command: redis-server --requirepass {pw}\n  web:\n    build: .\n"
                          f"    environment:\n      - REDIS_URL=redis://:{pw}@redis:6379/0\n")})))

    kid, sk = aws_pair(s + 41)
    C.append(Case("pd-json-embedded-env", "pdm", "wheel", "JSON config embedding a .env file as a string", "aws-keypair",
                  (sk, kid), "acme_tpl/templates.json", project("pdm", "acme-tpl", {
                      "templates.json": json.dumps({"files": {
                          ".env": f"AWS_ACCESS_KEY_ID={kid}\nAWS_SECRET_ACCESS_KEY={sk}\n",
                          "Procfile": "web: gunicorn app:app\n"}}, indent=2)})))

    # ---------------- LEAKY: assembled (shapes no backend makes)
    tok = fakes.github_token(s + 43)
    C.append(Case("raw-nested-zip-sdist", "raw", "sdist", "zip nested inside the sdist", "github-token", (tok,),
                  "vendor/bundle.zip", raw=lambda out, tok=tok: write_sdist_tar(out, "acme-plugins", {
                      "pyproject.toml": pyproject("setuptools", "acme-plugins", readme=False),
                      "acme_plugins/__init__.py": "",
                      "vendor/bundle.zip": zip_bytes({"bundle/config.json": json.dumps({"github_token": tok})})})))

    kid, sk = aws_pair(s + 44)
    C.append(Case("raw-git-loose-object", "raw", "sdist", ".git/ loose object (zlib) of a removed .env", "aws-keypair",
                  (sk, kid), ".git/objects/", raw=raw_git_history(
                      f"AWS_ACCESS_KEY_ID={kid}\nAWS_SECRET_ACCESS_KEY={sk}\n", "acme-hist")))

    tok = gitlab_pat(s + 46)
    C.append(Case("raw-git-config-remote", "raw", "sdist", ".git/config remote URL with token", "gitlab-token", (tok,),
                  ".git/config", raw=raw_git_history("", "acme-remote",
                                                     config_url=f"https://oauth2:{tok}@gitlab.com/acme/acme-remote.git")))

    tok = fakes.github_token(s + 47)
    C.append(Case("raw-bz2-member", "raw", "sdist", "bz2-compressed SQL dump in sdist", "github-token", (tok,),
                  "data/seed.sql.bz2", raw=lambda out, tok=tok: write_sdist_tar(out, "acme-seed", {
                      "pyproject.toml": pyproject("setuptools", "acme-seed", readme=False),
                      "acme_seed/__init__.py": "",
                      "data/seed.sql.bz2": bz2.compress(
                          ("CREATE TABLE integrations (name TEXT, token TEXT);\n"
                           f"INSERT INTO integrations VALUES ('github', '{tok}');\n").encode())})))

    tok = slack_bot(s + 48)
    C.append(Case("raw-xz-member", "raw", "wheel", "xz-compressed JSON in wheel", "slack-bot-token", (tok,),
                  "acme_geo/data/settings.json.xz", raw=lambda out, tok=tok: write_wheel(out, "acme-geo", {
                      "acme_geo/__init__.py": "",
                      "acme_geo/data/settings.json.xz": lzma.compress(json.dumps({
                          "regions": [{"code": f"r-{n}", "name": "region", "enabled": True} for n in range(300)],
                          "slack": {"token": tok}}).encode())})))

    kid, sk = aws_pair(s + 50)
    C.append(Case("raw-gcc-so", "raw", "wheel", "gcc-built .so string constants (AWS pair)", "aws-keypair", (sk, kid),
                  "_native.cpython", raw=raw_so_wheel("acme-fast", {"aws_key_id": kid, "aws_secret": sk})))

    pw = "Bl@ckCoffee#Lisbon1987"
    C.append(Case("raw-sqlite-wheel", "raw", "wheel", "SQLite database (credentials table, human password)", "password",
                  (pw,), "acme_auth/data/seed.db", raw=lambda out, pw=pw: write_wheel(out, "acme-auth", {
                      "acme_auth/__init__.py": "",
                      "acme_auth/data/seed.db": sqlite_bytes([("postgres", "admin", pw)])})))

    key = sendgrid(s + 52)
    C.append(Case("raw-zip-sdist", "raw", "sdist", "legacy .zip sdist settings module", "sendgrid-key", (key,),
                  "settings.py", raw=lambda out, key=key: _zip_sdist(out, "acme-legacy", {
                      "setup.py": "from setuptools import setup\nsetup(name='acme-legacy', version='1.0.0')\n",
                      "acme_legacy/__init__.py": "",
                      "acme_legacy/settings.py": f"EMAIL_BACKEND = 'sendgrid_backend.SendgridBackend'\nSENDGRID_API_KEY = '{key}'\n"})))

    # ---------------- CLEAN: decoys only
    C.append(Case("clean-st-django-env", "setuptools", "wheel", "Django settings from environment", "-", (),
                  "acme_site/settings.py", project("setuptools", "acme-site", {
                      "settings.py": ("import os\n\nSECRET_KEY = os.environ['DJANGO_SECRET_KEY']\nDEBUG = False\n"
                                      "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql',\n"
                                      "    'NAME': os.environ.get('DB_NAME', 'site'),\n"
                                      "    'PASSWORD': os.environ['DB_PASSWORD'],\n    'HOST': os.getenv('DB_HOST', 'localhost')}}\n"
                                      "CELERY_BROKER_URL = os.environ.get('CELERY_BROKER_URL', 'redis://localhost:6379/0')\n")})))

    C.append(Case("clean-ha-env-example", "hatchling", "sdist", ".env.example with AWS documented example keys", "-", (),
                  ".env.example", project("hatchling", "acme-upload2", {}, other={
                      # one line each so the allowlist pragmas sit on the lines (same bytes as before)
                      ".env.example": "\n".join([
                          "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
                          "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",  # pragma: allowlist secret
                          "REDIS_URL=redis://localhost:6379/0",
                          "DATABASE_URL=postgres://user:password@localhost/dev",  # pragma: allowlist secret
                          "SECRET_KEY=change-me",  # pragma: allowlist secret
                          ""])})))

    C.append(Case("clean-fl-readme-placeholders", "flit", "wheel", "README with placeholder tokens -> METADATA", "-", (),
                  ".dist-info/METADATA", project("flit", "acme-pub", {}, readme=(
                      "# acme-pub\n\n## Publish\n\n```\nexport TWINE_USERNAME=__token__\n"
                      "export TWINE_PASSWORD=pypi-<your-token-here>\n```\n\nOr in `~/.pypirc`:\n\n```ini\n[pypi]\n"
                      "username = __token__\npassword = ${PYPI_API_TOKEN}\n```\n\n"
                      "Telegram: set `BOT_TOKEN` to the token @BotFather gives you, e.g. `123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11`.\n"))))

    C.append(Case("clean-po-checksums", "poetry", "wheel", "checksums, commit hashes and UUIDs as package data", "-", (),
                  "acme_dl/data/SHA256SUMS", project("poetry", "acme-dl", {
                      "data/SHA256SUMS": "".join(f"{hashlib.sha256(n.encode()).hexdigest()}  tool-{n}.tar.gz\n"
                                                 for n in ("1.0", "1.1", "1.2", "2.0")),
                      "data/releases.json": json.dumps([{"version": v, "commit": hashlib.sha1(v.encode()).hexdigest(),
                                                         "id": str(__import__("uuid").UUID(int=random.Random(s + i).getrandbits(128), version=4)),
                                                         "md5": hashlib.md5(v.encode()).hexdigest()}
                                                        for i, v in enumerate(("1.0", "1.1", "2.0"))], indent=2)})))

    cert, ssh_pub = public_material()
    C.append(Case("clean-pd-public-cert", "pdm", "wheel", "public CA certificate and SSH public key", "-", (),
                  "acme_tls/certs/ca.pem", project("pdm", "acme-tls", {
                      "certs/ca.pem": cert, "certs/deploy_key.pub": ssh_pub})))

    C.append(Case("clean-st-test-tokens", "setuptools", "sdist", "tests with self-declared fake tokens", "-", (),
                  "tests/test_auth.py", project("setuptools", "acme-authn", {}, other={
                      "MANIFEST.in": "recursive-include tests *.py\n",
                      "tests/test_auth.py": (
                          "# Fake credentials for tests only; none of these were ever issued.\n"
                          'FAKE_TOKEN = "test-token-not-real"\nDUMMY_PASSWORD = "dummy-password"\n'  # pragma: allowlist secret
                          'EXAMPLE_WEBHOOK = "https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX"\n\n\n'  # pragma: allowlist secret
                          "def test_rejects_fake(client):\n    assert client.login(FAKE_TOKEN) is False\n")})))

    presigned = ("https://acme-assets.s3.amazonaws.com/models/v3.bin?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                 f"&X-Amz-Credential={fakes.aws_key_id(s + 60)}%2F20240301%2Feu-west-1%2Fs3%2Faws4_request"
                 f"&X-Amz-Date=20240301T120000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature={hexkey(s + 61, 64)}")
    C.append(Case("clean-ha-presigned-url", "hatchling", "wheel", "presigned S3 URL in a download manifest", "-", (),
                  "acme_models/manifest.json", project("hatchling", "acme-models", {
                      "manifest.json": json.dumps({"model": "v3", "url": presigned,
                                                   "sha256": hashlib.sha256(b"v3").hexdigest()}, indent=2)})))

    C.append(Case("clean-po-compose-env-refs", "poetry", "sdist", "docker-compose with ${VAR} references", "-", (),
                  "docker-compose.yml", project("poetry", "acme-stack", {},
                                                extra='[tool.poetry]\ninclude = [{ path = "docker-compose.yml", format = "sdist" }]\n',
                                                other={"docker-compose.yml": (
                                                    "services:\n  db:\n    image: postgres:16\n    environment:\n"
                                                    "      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n  redis:\n    image: redis:7\n"
                                                    "  web:\n    environment:\n      REDIS_URL: redis://redis:6379/0\n"
                                                    "      DATABASE_URL: postgres://app:${POSTGRES_PASSWORD}@db/app\n")})))

    C.append(Case("clean-fl-ci-secrets-ref", "flit", "sdist", "CI workflow using secrets.* references", "-", (),
                  ".github/workflows/release.yml", project("flit", "acme-rel", {},
                                                          extra='[tool.flit.sdist]\ninclude = [".github/"]\n', other={
                      ".github/workflows/release.yml": (
                          "name: release\non: {push: {tags: ['v*']}}\njobs:\n  pypi:\n    runs-on: ubuntu-latest\n"
                          "    permissions:\n      id-token: write\n    steps:\n      - uses: actions/checkout@v4\n"
                          "      - run: pipx run build\n      - uses: pypa/gh-action-pypi-publish@release/v1\n"
                          "        with:\n          password: ${{ secrets.PYPI_API_TOKEN }}\n")})))

    C.append(Case("clean-pd-notebook-env", "pdm", "sdist", "notebook reading keys from the environment", "-", (),
                  "notebooks/explore.ipynb", project("pdm", "acme-nb", {}, extra='[tool.pdm.build]\nsource-includes = ["notebooks/"]\n', other={
                      "notebooks/explore.ipynb": notebook([
                          ("code", 'import os\napi_key = os.getenv("OPENAI_API_KEY")\nprint(api_key is not None)', "True\n"),
                          ("code", "import hashlib\nhashlib.sha256(b'data').hexdigest()",
                           hashlib.sha256(b"data").hexdigest() + "\n")])})))

    C.append(Case("clean-st-c-extension", "setuptools", "wheel", "compiled extension without secrets", "-", (),
                  "_native.cpython", {
                      "pyproject.toml": pyproject("setuptools", "acme-math", readme=False),
                      "acme_math/__init__.py": "",
                      "csrc/_native.c": c_source({"version": "1.0.0",
                                                       "usage": "usage: fastsum(values) -> float; see https://acme.example/docs"}),
                      "setup.py": setup_py_ext("acme_math"),
                  }))

    C.append(Case("clean-raw-sqlite-hashes", "raw", "wheel", "SQLite database with checksums and empty secrets", "-", (),
                  "acme_cache/data/cache.db", raw=lambda out: write_wheel(out, "acme-cache", {
                      "acme_cache/__init__.py": "",
                      "acme_cache/data/cache.db": sqlite_bytes(
                          [("smtp", "mailer", ""), ("stripe", "acct_main", "CHANGEME")],
                          "CREATE TABLE files (path TEXT, sha256 TEXT);"
                          + "".join(f"INSERT INTO files VALUES ('f{n}', '{hashlib.sha256(str(n).encode()).hexdigest()}');"
                                    for n in range(5)))})))

    C.append(Case("clean-raw-git-sdist", "raw", "sdist", ".git/ in sdist, history without secrets", "-", (),
                  ".git/objects/", raw=raw_git_history("", "acme-plain")))

    C.append(Case("clean-ha-k8s-placeholders", "hatchling", "wheel", "k8s Secret with base64 placeholders", "-", (),
                  "acme_chart/secret.yaml", project("hatchling", "acme-chart", {
                      "secret.yaml": ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: acme\ntype: Opaque\ndata:\n"
                                      f"  password: {base64.b64encode(b'changeme').decode()}\n"
                                      f"  username: {base64.b64encode(b'admin').decode()}\n")})))

    C.append(Case("clean-st-pypirc-template", "setuptools", "sdist", ".pypirc/pip.conf templates in docs", "-", (),
                  "docs/pypirc.example", project("setuptools", "acme-docs", {}, other={
                      "MANIFEST.in": "recursive-include docs *\n",
                      "docs/pypirc.example": "[pypi]\nusername = __token__\npassword = <your PyPI API token>\n",
                      "docs/pip.conf.example": "[global]\nindex-url = https://pypi.org/simple\n"
                                               "extra-index-url = https://${PIP_USER}:${PIP_PASSWORD}@pypi.acme.internal/simple\n"})))

    C.append(Case("clean-po-celery-env", "poetry", "wheel", "Celery config from environment", "-", (),
                  "acme_work/celeryconfig.py", project("poetry", "acme-work", {
                      "celeryconfig.py": ("import os\n\nbroker_url = os.environ.get('CELERY_BROKER_URL', 'redis://localhost:6379/0')\n"
                                          "result_backend = os.environ.get('CELERY_RESULT_BACKEND', broker_url)\n")})))

    C.append(Case("clean-fl-telegram-env", "flit", "wheel", "bot reading its token from the environment", "-", (),
                  "acme_tgbot/bot.py", project("flit", "acme-tgbot", {
                      "bot.py": ('import os\n\n# Get a token from @BotFather and export TELEGRAM_BOT_TOKEN.\n'
                                 'TOKEN = os.environ["TELEGRAM_BOT_TOKEN"]\n')})))
    return C


def _zip_sdist(out: Path, dist: str, files: FileMap) -> Path:
    name = dist.replace("-", "_")
    top = f"{name}-1.0.0"
    path = out / f"{top}.zip"
    members: FileMap = {f"{top}/PKG-INFO": f"Metadata-Version: 1.1\nName: {dist}\nVersion: 1.0.0\n"}
    members.update({f"{top}/{k}": v for k, v in files.items()})
    path.write_bytes(zip_bytes(members))
    return path


def public_material() -> Tuple[str, str]:
    """A real self-signed CA certificate and SSH public key (private halves thrown away)."""
    cached = CACHE / "public-material.json"
    if cached.exists():
        data = json.loads(cached.read_text())
        return data["cert"], data["ssh"]
    tmp = WORK / "pubgen"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(tmp / "k"),
                    "-out", str(tmp / "c"), "-days", "3650", "-subj", "/CN=Acme Internal CA"],
                   check=True, capture_output=True)
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "deploy@acme", "-f", str(tmp / "id")],
                   check=True, capture_output=True)
    data = {"cert": (tmp / "c").read_text(), "ssh": (tmp / "id.pub").read_text()}
    shutil.rmtree(tmp)
    cached.parent.mkdir(parents=True, exist_ok=True)
    cached.write_text(json.dumps(data))
    return data["cert"], data["ssh"]


# ---------------------------------------------------------------- building
def backend_python() -> Path:
    python = BACKEND_VENV / "bin" / "python"
    marker = BACKEND_VENV / ".done"
    if not marker.exists():
        shutil.rmtree(BACKEND_VENV, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", str(BACKEND_VENV)], check=True)
        result = subprocess.run([str(python), "-m", "pip", "install", "-q", "-U", *BACKEND_PACKAGES],
                                capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"installing the build backends failed: {result.stderr.strip().splitlines()[-1:]}")
        marker.touch()
    return python


def build_artifact(case: Case, python: Path) -> Path:
    out = WORK / "dist" / case.name
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    if case.raw is not None:
        return case.raw(out)
    src = WORK / "src" / case.name
    shutil.rmtree(src, ignore_errors=True)
    src.mkdir(parents=True)
    write_tree(src, case.files)
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "SOURCE_DATE_EPOCH": "1700000000"}
    if case.target == "wheel":
        cmd = [str(python), "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(out), str(src)]
    else:
        cmd = [str(python), "-m", "build", "--sdist", "--no-isolation", "-o", str(out), str(src)]
    result = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=src)
    if result.returncode != 0:
        raise RuntimeError(f"{case.name}: build failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    artifacts = [p for p in out.iterdir() if p.suffix in (".whl", ".gz", ".zip")]
    if len(artifacts) != 1:
        raise RuntimeError(f"{case.name}: expected one artifact, got {artifacts}")
    return artifacts[0]


def members_of(artifact: Path) -> List[str]:
    if artifact.suffix in (".whl", ".zip"):
        with zipfile.ZipFile(artifact) as zf:
            return zf.namelist()
    with tarfile.open(artifact) as tar:
        return tar.getnames()


def check_shipped(case: Case, artifact: Path) -> None:
    """Plumbing guard: the backend really shipped the carrier (else the case measures nothing)."""
    if not any(case.member in m for m in members_of(artifact)):
        raise RuntimeError(f"{case.name}: carrier {case.member!r} not in {artifact.name}: {members_of(artifact)}")


def extract(artifact: Path, dest: Path) -> None:
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    if artifact.suffix in (".whl", ".zip"):
        with zipfile.ZipFile(artifact) as zf:
            zf.extractall(dest)
    else:
        with tarfile.open(artifact) as tar:
            tar.extractall(dest, filter="data")


# ---------------------------------------------------------------- scoring
def pieces(secret: str) -> List[str]:
    """Substrings of a planted credential that a masked finding may show."""
    return [secret]


def strings_in(obj: object) -> List[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for v in obj.values() for s in strings_in(v)]
    if isinstance(obj, list):
        return [s for v in obj for s in strings_in(v)]
    return []


def finding_holds(finding: object, secrets: Sequence[str]) -> bool:
    """A finding holds a planted credential when one of its strings is the credential's SHA-1,
    holds the credential (or is held in it, 8+ characters), or is a masked form whose visible
    ends (3+ characters each side of the mask) are both in the credential, in that order (a PEM
    key is reported by its BEGIN header: part of the planted credential)."""
    hashes = {hashlib.sha1(s.encode()).hexdigest() for s in secrets}
    for text in strings_in(finding):
        if text in hashes:
            return True
        for secret in secrets:
            if secret in text or (len(text) >= 8 and text in secret):
                return True
            for mask in ("…", "...", "*"):
                if mask in text:
                    head, _, tail = text.partition(mask)
                    tail = tail.lstrip(mask)
                    if (len(head) >= 3 and len(tail) >= 3 and head in secret and tail in secret
                            and secret.index(head) + len(head) <= secret.rindex(tail)):
                        return True
    return False


def findings_of(payload: object) -> List[object]:
    if isinstance(payload, list):
        return payload
    if isinstance(payload, dict):
        for key in ("findings", "results", "secrets"):
            if key in payload:
                value = payload[key]
                if isinstance(value, dict):
                    return [f for v in value.values() for f in (v if isinstance(v, list) else [v])]
                return list(value)
    return [payload]


def run_secretfence(artifact: Path) -> Tuple[int, List[object], str]:
    result = subprocess.run([str(SECRETFENCE), "check-dist", str(artifact), "--format", "json"],
                            capture_output=True, text=True)
    (artifact.parent / "secretfence.json").write_text(result.stdout)  # kept for reading the misses
    try:
        findings = findings_of(json.loads(result.stdout)) if result.stdout.strip() else []
    except json.JSONDecodeError:
        findings = []
    return result.returncode, findings, result.stderr.strip().splitlines()[-1] if result.stderr.strip() else ""


def run_betterleaks(directory: Path) -> List[object]:
    result = subprocess.run([str(BETTERLEAKS), str(directory), "-o", "-", "--no-banner", "--log-level", "error"],
                            capture_output=True, text=True)
    try:
        payload = json.loads(result.stdout) if result.stdout.strip() else {}
    except json.JSONDecodeError:
        return []
    return list(payload.get("findings") or []) if isinstance(payload, dict) else list(payload)


def run_kingfisher(directory: Path) -> List[object]:
    result = subprocess.run([str(KINGFISHER), "scan", str(directory), "--format", "json", "--no-validate",
                             "--no-update-check"], capture_output=True, text=True)
    findings: List[object] = []
    for line in result.stdout.splitlines():   # a findings object, then a summary object
        if line.startswith("{"):
            payload = json.loads(line)
            if isinstance(payload.get("findings"), list):
                findings.extend(payload["findings"])
    return findings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peers", action="store_true", help="also run Betterleaks and Kingfisher on the unpacked artifacts")
    parser.add_argument("--only", default="", help="comma-separated case names")
    parser.add_argument("--build-only", action="store_true", help="build and check the carriers shipped; scan nothing")
    args = parser.parse_args()

    started = time.perf_counter()
    python = backend_python()
    WORK.mkdir(parents=True, exist_ok=True)
    cases = build_cases()
    if args.only:
        wanted = set(args.only.split(","))
        cases = [c for c in cases if c.name in wanted]
    rows = []
    build_time = scan_time = 0.0
    for case in cases:
        t0 = time.perf_counter()
        artifact = build_artifact(case, python)
        check_shipped(case, artifact)
        build_time += time.perf_counter() - t0
        if args.build_only:
            print(f"built {case.name}: {artifact.name}")
            continue
        t0 = time.perf_counter()
        code, findings, last_err = run_secretfence(artifact)
        scan_time += time.perf_counter() - t0
        if case.leaky:
            held = any(finding_holds(f, case.secrets) for f in findings)
            ok = code != 0 and held
        else:
            ok = code == 0
        row = {"case": case, "artifact": artifact, "code": code, "ok": ok, "n": len(findings), "err": last_err}
        if args.peers:
            unpacked = WORK / "unpacked" / case.name
            extract(artifact, unpacked)
            for peer, runner in (("betterleaks", run_betterleaks), ("kingfisher", run_kingfisher)):
                peer_findings = runner(unpacked)
                row[peer] = (any(finding_holds(f, case.secrets) for f in peer_findings) if case.leaky
                             else not peer_findings)
        rows.append(row)
    if args.build_only:
        print(f"built {len(cases)} artifacts in {build_time:.1f} s")
        return 0

    header = f"{'artifact':30} {'backend':10} {'tgt':5} {'expected':8} {'exit':>4} {'#f':>3} {'result':8}"
    if args.peers:
        header += f" {'betterlk':8} {'kingfshr':8}"
    print(header + "  carrier")
    for row in rows:
        case = row["case"]
        verdict = ("blocked" if row["ok"] else "MISSED") if case.leaky else ("passed" if row["ok"] else "BLOCKED")
        line = (f"{case.name:30} {case.backend:10} {case.target:5} {'leaky' if case.leaky else 'clean':8} "
                f"{row['code']:>4} {row['n']:>3} {verdict:8}")
        if args.peers:
            for peer in ("betterleaks", "kingfisher"):
                line += f" {('yes' if row[peer] else 'no') if case.leaky else ('pass' if row[peer] else 'FLAG'):8}"
        print(line + "  " + case.carrier)
    leaky = [r for r in rows if r["case"].leaky]
    clean = [r for r in rows if not r["case"].leaky]
    print()
    print(f"secretfence: leaky blocked {sum(r['ok'] for r in leaky)}/{len(leaky)}, "
          f"clean passed {sum(r['ok'] for r in clean)}/{len(clean)}")
    if args.peers:
        for peer in ("betterleaks", "kingfisher"):
            print(f"{peer}: leaky found {sum(r[peer] for r in leaky)}/{len(leaky)}, "
                  f"clean silent {sum(r[peer] for r in clean)}/{len(clean)}")
    missed = [r for r in leaky if not r["ok"]]
    wrong = [r for r in clean if not r["ok"]]
    if missed:
        print("\nleaky NOT blocked:")
        for r in missed:
            print(f"  {r['case'].name}: {r['case'].carrier} [{r['case'].kind}] exit {r['code']} {r['err']}")
    if wrong:
        print("\nclean BLOCKED:")
        for r in wrong:
            print(f"  {r['case'].name}: {r['case'].carrier} exit {r['code']} {r['err']}")
    print(f"\nbuild {build_time:.1f} s, check-dist {scan_time:.1f} s, total {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
