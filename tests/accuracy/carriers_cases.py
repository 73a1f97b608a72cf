"""Carriers (issue 14): secrets in files inside files, in encoded values and in split tokens, each
carrier in several formats, with decoys of each carrier. Generated fakes only.

The inner files are wrapped by every file carrier that can hold them; what each wrapper must keep
(the name a format is recognised by) decides which inner files it takes.
"""
from __future__ import annotations

import base64
import json
from typing import Callable, List, NamedTuple, Optional

from tests.accuracy.labelled import LabelledCase
from tests.fakes import aws_key_id, aws_secret_key, github_token, password, pypi_token, telegram_token


class Inner(NamedTuple):
    name: str  # the file it is (formats recognised by name need it)
    text: str
    secret: Optional[str]
    by_name: bool  # only its name makes it a credential (a redis.conf directive, an ACL rule)
    source: str


def _inner_files(seed: int) -> List[Inner]:
    return [
        Inner("redis.conf", f"bind 0.0.0.0\nport 6379\nrequirepass {password(seed)}\n", password(seed), True,
              "redis.conf: requirepass"),
        Inner("users.acl", f"user worker on ~jobs:* +@all >{password(seed + 1)}\n", password(seed + 1), True,
              "Redis ACL file: user rules"),
        Inner(".pypirc", f"[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = {pypi_token(seed)}\n",
              pypi_token(seed), False, "twine docs: .pypirc"),
        Inner("credentials", f"[default]\naws_access_key_id = {aws_key_id(seed)}\naws_secret_access_key = {aws_secret_key(seed)}\n",
              aws_secret_key(seed), False, "AWS CLI docs: the shared credentials file"),
        Inner(".env", f"TELEGRAM_TOKEN={telegram_token(seed)}\nDEBUG=false\n", telegram_token(seed), False,
              "python-telegram-bot examples: token in .env"),
        Inner(".env", f"GITHUB_TOKEN={github_token(seed)}\n", github_token(seed), False, "GitHub docs: personal access token"),
    ]


def _decoy_inner_files() -> List[Inner]:
    return [
        Inner("redis.conf", "port 6379\nrequirepass ${REDIS_PASSWORD}\n", None, True, "redis.conf templated by envsubst"),
        Inner("redis.conf", "port 6379\n# requirepass foobared\n", None, True, "redis.conf: the stock commented example"),
        Inner(".pypirc", "[pypi]\nusername = __token__\npassword = <your PyPI token>\n", None, False, "twine docs: placeholder"),
        Inner("credentials", "[default]\naws_access_key_id = YOUR_ACCESS_KEY_ID\naws_secret_access_key = YOUR_SECRET_ACCESS_KEY\n",
              None, False, "AWS CLI docs: placeholders"),
        Inner(".env", "DATABASE_HOST=db.internal\nLOG_LEVEL=info\nWORKERS=4\n", None, False, "plain settings"),
    ]


def _indented(text: str, spaces: int) -> str:
    return "".join(" " * spaces + line + "\n" if line else "\n" for line in text.rstrip("\n").split("\n"))


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


Wrapper = Callable[[Inner], str]

# (category, outer file name, wrapper, keeps the inner name, source)
_WRAPPERS: List["tuple[str, str, Wrapper, bool, str]"] = [
    ("file-in-file/configmap-literal", "configmap.yaml",
     lambda inner: f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  {inner.name}: |\n"
     + _indented(inner.text, 4), True, "Kubernetes docs: ConfigMap data with a file as a block scalar"),
    ("file-in-file/helm-values-strip", "values.yaml",
     lambda inner: f"app:\n  files:\n    {inner.name}: |-\n" + _indented(inner.text, 6) + "  replicas: 2\n", True,
     "Helm chart values: files rendered into a ConfigMap"),
    ("file-in-file/indentation-indicator", "values.yaml",
     lambda inner: f"config:\n  - name: {inner.name}\n    content: |2\n" + _indented(inner.text, 6), False,
     "YAML 1.2 spec 8.1.1.1: block indentation indicator"),
    ("file-in-file/notebook-writefile", "setup.ipynb",
     lambda inner: json.dumps({"cells": [{"cell_type": "code", "metadata": {}, "outputs": [],
                                          "source": [f"%%writefile {inner.name}\n"] + inner.text.splitlines(True)}],
                               "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n", True,
     "Jupyter nbformat: source as a list of strings; IPython %%writefile"),
    ("file-in-file/notebook-output", "explore.ipynb",
     lambda inner: json.dumps({"cells": [{"cell_type": "code", "metadata": {}, "source": [f"!cat {inner.name}"],
                                          "outputs": [{"name": "stdout", "output_type": "stream",
                                                       "text": inner.text.splitlines(True)}]}],
                               "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n", False,
     "Jupyter nbformat: stream output text as a list of strings"),
    ("file-in-file/json-escaped", "task.json",
     lambda inner: json.dumps({"files": {inner.name: inner.text}}) + "\n", True,
     "a JSON document holding a file as one string with \\n escapes (Terraform, ECS, cloud-init JSON)"),
    ("file-in-file/heredoc", "bootstrap.sh",
     lambda inner: f"#!/bin/sh\nmkdir -p ~/cfg\ncat > ~/cfg/{inner.name} <<EOF\n{inner.text}EOF\nchmod 600 ~/cfg/{inner.name}\n",
     True, "POSIX shell: here-document"),
    ("file-in-file/heredoc-tabs-quoted", "install.sh",
     lambda inner: "setup() {\n\tcat <<-'END' > \"$HOME/" + inner.name + "\"\n"
     + "".join("\t" + line + "\n" for line in inner.text.rstrip("\n").split("\n")) + "\tEND\n}\n", True,
     "POSIX shell: <<- strips leading tabs, quoted delimiter"),
    ("file-in-file/workflow-heredoc", "release.yml",
     lambda inner: "on: push\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n"
     + f"          tee ~/{inner.name} <<EOF\n" + _indented(inner.text, 10) + "          EOF\n", True,
     "GitHub Actions: a run: block scalar writing a file with a here-doc"),
    ("file-in-file/dockerfile-heredoc", "Dockerfile",
     lambda inner: f"# syntax=docker/dockerfile:1\nFROM python:3.12\nCOPY <<EOF /root/{inner.name}\n{inner.text}EOF\n",
     True, "Dockerfile reference: here-documents in COPY"),
    ("file-in-file/dockerfile-echo", "Dockerfile",
     lambda inner: "FROM python:3.12\nRUN " + " && \\\n    ".join(
         f"echo \"{line}\" {'>' if number == 0 else '>>'} /root/{inner.name}"
         for number, line in enumerate(inner.text.rstrip("\n").split("\n"))) + "\n", True,
     "Dockerfiles writing a config file with echo >> lines"),
    ("file-in-file/printf", "entrypoint.sh",
     lambda inner: "#!/bin/sh\nprintf '" + inner.text.replace("\n", "\\n") + f"' > /etc/app/{inner.name}\nexec app\n",
     True, "printf with \\n escapes into a file"),
    ("encoded/secret-data-file", "secret.yaml",
     lambda inner: f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n  {inner.name}: {_b64(inner.text)}\n",
     True, "Kubernetes docs: a Secret holding a file, base64 in data"),
]


def _wrapped_cases(seed: int) -> List[LabelledCase]:
    cases: List[LabelledCase] = []
    for category, outer, wrap, keeps_name, source in _WRAPPERS:
        inners = _inner_files(seed) + _decoy_inner_files()
        for number, inner in enumerate(inners):
            if inner.by_name and not keeps_name:
                continue
            if category == "file-in-file/dockerfile-echo" and '"' in inner.text:
                continue
            label = category if inner.secret else category.replace("file-in-file/", "decoy/file-in-file-").replace(
                "encoded/", "decoy/encoded-")
            cases.append(LabelledCase(f"{label}/{inner.name}", outer, wrap(inner), inner.secret,
                                      f"{source}; inner: {inner.source}"))
        seed += 10
    return cases


def _encoded_value_cases(seed: int) -> List[LabelledCase]:
    pw, token, secret_key, bot = password(seed), pypi_token(seed), aws_secret_key(seed), telegram_token(seed)
    k8s = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n"
    source = "Kubernetes docs: Secret data values are base64"
    return [
        LabelledCase("encoded/secret-data-password", "secret.yaml", k8s + f"  username: {_b64('app')}\n  password: {_b64(pw)}\n", pw, source),
        LabelledCase("encoded/secret-data-redis", "redis-secret.yaml", k8s + f"  REDIS_PASSWORD: {_b64(pw)}\n", pw, source),
        LabelledCase("encoded/secret-data-redis-url", "secret.yaml", k8s + f"  REDIS_URL: {_b64(f'redis://:{pw}@redis:6379/0')}\n", pw, source),
        LabelledCase("encoded/secret-data-pypi", "secret.yaml", k8s + f"  TWINE_PASSWORD: {_b64(token)}\n", token, source),
        LabelledCase("encoded/secret-data-aws", "secret.yaml",
                     k8s + f"  AWS_ACCESS_KEY_ID: {_b64(aws_key_id(seed))}\n  AWS_SECRET_ACCESS_KEY: {_b64(secret_key)}\n",
                     secret_key, source),
        LabelledCase("encoded/secret-data-telegram", "secret.json",
                     json.dumps({"apiVersion": "v1", "kind": "Secret", "data": {"BOT_TOKEN": _b64(bot)}}, indent=2) + "\n",
                     bot, "kubectl get secret -o json"),
        LabelledCase("encoded/env-base64", ".env", f"PYPI_TOKEN_B64={_b64(token)}\n", token, "CI secrets stored base64-encoded"),
        LabelledCase("encoded/urlsafe-unpadded", "config.json",
                     json.dumps({"cache": base64.urlsafe_b64encode(f"rediss://default:{pw}@cache.example.net:6380".encode()).decode().rstrip("=")}) + "\n",
                     pw, "URL-safe base64 without padding (RFC 4648 section 5)"),
        LabelledCase("encoded/double", "secret.yaml", k8s + f"  token: {_b64(_b64(token))}\n", token,
                     "a value base64-encoded twice (Helm b64enc of an encoded value)"),
        LabelledCase("encoded/docker-auth", ".dockerconfigjson",
                     json.dumps({"auths": {"ghcr.io": {"auth": _b64(f"ci:{github_token(seed)}")}}}) + "\n",
                     github_token(seed), "Docker config: auth is base64 of user:token"),
        LabelledCase("encoded/helm-values", "values.yaml", f"redis:\n  auth:\n  existingSecret: ''\n  passwordB64: {_b64('redis_password=' + pw)}\n",
                     pw, "Helm values carrying an encoded setting"),
    ]


def _encoded_decoys() -> List[LabelledCase]:
    k8s = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n"
    source = "Kubernetes docs: Secret data values are base64"
    return [
        LabelledCase("decoy/encoded-non-secrets", "secret.yaml",
                     k8s + f"  username: {_b64('service-account')}\n  host: {_b64('cache.internal.example.com')}\n"
                     f"  port: {_b64('6379')}\n  tls: {_b64('true')}\n", None, source),
        LabelledCase("decoy/encoded-placeholder", "secret.yaml", k8s + f"  password: {_b64('${REDIS_PASSWORD}')}\n", None, source),
        LabelledCase("decoy/encoded-config", "configmap.yaml",
                     "kind: ConfigMap\ndata:\n  settings: " + _b64(json.dumps({"debug": False, "workers": 4})) + "\n", None,
                     "base64 of plain settings"),
        LabelledCase("decoy/encoded-image", "plot.ipynb",
                     json.dumps({"cells": [{"outputs": [{"data": {"image/png": base64.b64encode(bytes(range(256)) * 4).decode()}}]}]}) + "\n",
                     None, "Jupyter nbformat: image outputs are base64"),
        LabelledCase("decoy/encoded-hash", "package-lock.json",
                     json.dumps({"integrity": "sha512-" + base64.b64encode(bytes(range(64))).decode()}) + "\n", None,
                     "npm lockfile integrity (base64 of a digest)"),
        LabelledCase("decoy/encoded-prose", "values.yaml", f"banner: {_b64('Welcome to the staging cluster, 2024 edition')}\n",
                     None, "base64 of prose"),
    ]


def _split_cases(seed: int) -> List[LabelledCase]:
    token, bot, gh = pypi_token(seed), telegram_token(seed), github_token(seed)
    return [
        LabelledCase("split/python-implicit-parens", "publish.py", f'TOKEN = (\n    "{token[:60]}"\n    "{token[60:120]}"\n    "{token[120:]}"\n)\n',
                     token, "Python reference: string literal concatenation"),
        LabelledCase("split/python-same-line", "publish.py", f'TOKEN = "{token[:80]}" "{token[80:]}"\n', token,
                     "Python reference: adjacent literals"),
        LabelledCase("split/python-plus", "bot.py", f'BOT_TOKEN = "{bot[:20]}" + \\\n    "{bot[20:]}"\n', bot,
                     "+ with a backslash continuation"),
        LabelledCase("split/javascript-plus", "deploy.js", f"const token = '{token[:70]}' +\n  '{token[70:]}';\n", token,
                     "JavaScript string concatenation"),
        LabelledCase("split/go-plus", "main.go", f'const githubToken = "{gh[:12]}" +\n\t"{gh[12:]}"\n', gh, "Go constant expression"),
        LabelledCase("split/shell-continuation", "publish.sh", f"export TWINE_PASSWORD={token[:90]}\\\n{token[90:]}\ntwine upload dist/*\n",
                     token, "POSIX shell: backslash-newline is removed"),
        LabelledCase("split/dockerfile-continuation", "Dockerfile", f"FROM python:3.12\nENV TELEGRAM_TOKEN={bot[:25]}\\\n{bot[25:]}\n",
                     bot, "Dockerfile reference: line continuation"),
        LabelledCase("split/yaml-folded", "values.yaml", f"pypi:\n  token: >-\n    {token[:64]}\n    {token[64:128]}\n    {token[128:]}\n",
                     token, "a token folded over lines to fit the page"),
    ]


def _split_decoys() -> List[LabelledCase]:
    return [
        LabelledCase("decoy/split-prose", "messages.py",
                     'HELP = (\n    "Put the token in TWINE_PASSWORD "\n    "or in the keyring, never in the "\n    "repository itself."\n)\n',
                     None, "Python: long messages in parentheses"),
        LabelledCase("decoy/split-paths", "settings.py", 'STATIC = "/srv/app/static/" + "images/"\nLOG = "/var/log/" "app.log"\n',
                     None, "paths joined from literals"),
        LabelledCase("decoy/split-shell-options", "build.sh", "python -m build \\\n  --sdist \\\n  --wheel\n", None,
                     "continuation between options"),
        LabelledCase("decoy/split-identifiers", "query.py", 'SQL = ("SELECT user_name, account_id " "FROM accounts_table_2024_archive")\n',
                     None, "SQL split over literals"),
        LabelledCase("decoy/split-folded-prose", "Chart.yaml", "description: >-\n  A Helm chart\n  for the cache\n", None,
                     "Helm Chart.yaml: folded description"),
    ]


CASES: List[LabelledCase] = (
    _wrapped_cases(9100) + _encoded_value_cases(9300) + _encoded_decoys() + _split_cases(9400) + _split_decoys()
)


def _block_header_layouts(seed: int) -> List[LabelledCase]:
    """YAML allows any blanks between the key's colon (or the item's dash) and the indicator."""
    acl = f"user worker on ~jobs:* +@all >{password(seed)}\n"
    source = "YAML 1.2 spec: block scalar headers (separation spaces before the indicator)"
    return [
        LabelledCase(f"file-in-file/block-header-{name}", "configmap.yaml",
                     f"apiVersion: v1\nkind: ConfigMap\ndata:\n  users.acl:{gap}{indicator}\n" + _indented(acl, 4),
                     password(seed), source)
        for name, gap, indicator in (("two-blanks", "  ", "|"), ("tab", "\t", "|-"), ("folded-three-blanks", "   ", ">"))
    ]


CASES += _block_header_layouts(9500)
