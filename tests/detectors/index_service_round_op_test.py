"""Issue 14, blind rounds O-P: index tokens that are not a password (Gemfury's token as the user
name or path, Cloudsmith's entitlement token in the path), anaconda-client's `-t` token, Neptune.ai
API tokens, Azure storage keys as Hadoop/Spark `fs.azure.account.key.*` properties, Azure DevOps
PATs; and the decoys beside them (publishers' fixed user names such as Google Artifact Registry's
`oauth2accesstoken`, variables, secret-store references, the public anonymous Neptune token).
Generated fakes only: every value is built here from a seeded generator."""
from __future__ import annotations

import base64
import json
import random
import string
import uuid
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from secretfence.findings import HIGH
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
BASE32 = "abcdefghijklmnopqrstuvwxyz234567"
INDEX = "Package Index Credential"
SERVICE = "Service API Token"


_random = fakes.drawn_mixed
def anaconda_token(seed: int) -> str:
    return "sj-" + str(uuid.UUID(int=random.Random(seed).getrandbits(128)))


def neptune_token(seed: int, api_key: str = "", spaced: bool = True) -> str:
    key = api_key or str(uuid.UUID(int=random.Random(seed).getrandbits(128)))
    data = {"api_address": "https://app.neptune.ai", "api_url": "https://app.neptune.ai", "api_key": key}
    text = json.dumps(data) if spaced else json.dumps(data, separators=(",", ":"))
    return base64.b64encode(text.encode()).decode()


def azure_key(seed: int) -> str:
    generator = random.Random(seed)
    return base64.b64encode(bytes(generator.randrange(256) for _ in range(64))).decode()


def ado_pat(seed: int) -> str:
    return _random(seed, 52, BASE32)


NEPTUNE_ANONYMOUS = ("eyJhcGlfYWRkcmVzcyI6Imh0dHBzOi8vYXBwLm5lcHR1bmUuYWkiLCJhcGlfdXJsIjoiaHR0cHM6Ly9hcHAubmVwdHVuZS"
                     "5haSIsImFwaV9rZXkiOiJiNzA2YmM4Zi03NmY5LTRjMmUtOTM5ZC00YmEwMzZmOTMyZTQifQo=")

# (file name, text, the secret that must block, the finding's type, its 1-based line)
TRUE_CASES: List[Tuple[str, str, str, str, int]] = [
    # Gemfury: the push token as the URL's user, the path's first part, or the publisher's user name
    ("deploy.mk", f"FURY_PUSH = https://{_random(1, 20)}@push.fury.io/acme/\n\npush:\n\tcurl -F package=@$< $(FURY_PUSH)\n",
     _random(1, 20), INDEX, 1),
    (".github/workflows/release.yml", "jobs:\n  push:\n    steps:\n      - run: >-\n"
     f"          curl -sf -F package=@dist/pkg.whl https://{_random(2, 24)}:@push.fury.io/acme-ml/\n", _random(2, 24), INDEX, 5),
    ("requirements/private.txt", f"--extra-index-url https://pypi.fury.io/{_random(3, 20)}/acme/\nacme-core==1.4\n",
     _random(3, 20), INDEX, 1),
    ("scripts/publish.sh", "#!/bin/sh\nset -e\ntwine upload \\\n    --repository-url https://pypi.fury.io/acme/ \\\n"
     f"    -u {_random(4, 22)} -p '' dist/*\n", _random(4, 22), INDEX, 5),
    ("tox.ini", "[testenv:release]\ncommands =\n    twine upload --repository-url https://push.fury.io/acme/ "
     f"--username={_random(5, 18)} --password= dist/*\n", _random(5, 18), INDEX, 3),
    ("conf/pypirc-fury", f"[distutils]\nindex-servers = fury\n\n[fury]\nrepository = https://pypi.fury.io/acme/\n"
     f"username = {_random(6, 20)}\npassword =\n", _random(6, 20), INDEX, 6),
    (".env.ci", f"TWINE_REPOSITORY_URL=https://pypi.fury.io/acme/\nTWINE_USERNAME={_random(7, 20)}\nTWINE_PASSWORD=\n",
     _random(7, 20), INDEX, 2),
    # Cloudsmith: the entitlement token in the path, in any file
    ("pip.conf", f"[global]\nextra-index-url = https://dl.cloudsmith.io/{_random(8, 16)}/acme/private/python/simple/\n",
     _random(8, 16), INDEX, 2),
    ("requirements.txt", f"-i https://dl.cloudsmith.io/{_random(9, 16)}/acme/ml-wheels/python/simple/\nnumpy\n",
     _random(9, 16), INDEX, 1),
    ("pyproject.toml", '[[tool.uv.index]]\nname = "cloudsmith"\n'
     f'url = "https://dl.cloudsmith.io/{_random(10, 16)}/acme/private/python/simple/"\n', _random(10, 16), INDEX, 3),
    ("Dockerfile", f"FROM python:3.12\nENV PIP_EXTRA_INDEX_URL=https://dl.cloudsmith.io/{_random(11, 16)}/acme/internal/python/simple/\n",
     _random(11, 16), INDEX, 2),
    # anaconda-client's token option
    (".gitlab-ci.yml", f"upload:\n  script:\n    - anaconda -t {anaconda_token(12)} upload --user acme out/*.conda\n",
     anaconda_token(12), SERVICE, 3),
    ("scripts/upload-conda.sh", f"anaconda --token={anaconda_token(13)} upload --force build/noarch/*.tar.bz2\n",
     anaconda_token(13), SERVICE, 1),
    (".github/workflows/conda.yml", "      - name: upload\n        run: |\n"
     f"          anaconda --verbose --token {anaconda_token(14)} upload -u acme dist/*.conda\n", anaconda_token(14), SERVICE, 3),
    # Neptune.ai API tokens
    ("train.py", f'import neptune\nrun = neptune.init_run(project="acme/x", api_token="{neptune_token(15)}")\n',
     neptune_token(15), SERVICE, 2),
    (".env", f"NEPTUNE_API_TOKEN={neptune_token(16, spaced=False)}\n", neptune_token(16, spaced=False), SERVICE, 1),
    ("configs/logger.yaml", f"logger:\n  neptune:\n    api_key: '{neptune_token(17)}'\n", neptune_token(17), SERVICE, 3),
    # Azure storage account keys as Hadoop / Spark properties
    ("conf/spark-defaults.conf", "spark.master  yarn\n"
     f"spark.hadoop.fs.azure.account.key.lakeprod.dfs.core.windows.net    {azure_key(18)}\n", azure_key(18), SERVICE, 2),
    ("conf/abfs.properties", f"fs.azure.account.key.lakedev.blob.core.windows.net={azure_key(19)}\n", azure_key(19), SERVICE, 1),
    ("notebooks/load.py", 'spark.conf.set(\n    "fs.azure.account.key.lakeraw.dfs.core.windows.net",\n'
     f'    "{azure_key(20)}",\n)\n', azure_key(20), SERVICE, 3),
    ("etc/hadoop/core-site.xml", "<configuration>\n  <property>\n    <name>fs.azure.account.key.lakeold.blob.core.windows.net</name>\n"
     f"    <value>{azure_key(21)}</value>\n  </property>\n</configuration>\n", azure_key(21), SERVICE, 4),
    ("jobs/etl.py", f'spark.conf.set("fs.azure.account.key.{{account}}.dfs.core.windows.net", "{azure_key(22)}")\n',
     azure_key(22), SERVICE, 1),
    # Azure DevOps PATs
    ("ci/publish.yml", "variables:\n  feedUrl: https://pkgs.dev.azure.com/acme/_packaging/shared/pypi/upload/\n"
     f"  feedPat: {ado_pat(23)}\n", ado_pat(23), SERVICE, 3),
    ("scripts/Publish.ps1", f'$env:TWINE_USERNAME = "build"\n$env:TWINE_PASSWORD = "{ado_pat(24)}"\n'
     'python -m twine upload --repository-url "https://pkgs.dev.azure.com/acme/_packaging/feed/pypi/upload/" dist/*\n',
     ado_pat(24), SERVICE, 2),
    (".env", f"AZURE_DEVOPS_PAT={ado_pat(25)}\n", ado_pat(25), SERVICE, 1),
    ("pip-setup.sh", "# feed on acme.visualstudio.com\n"
     f"export ARTIFACTS_TOKEN='{ado_pat(26)}'\n", ado_pat(26), SERVICE, 2),
]

# (file name, text): no index or service finding here may block
DECOYS: List[Tuple[str, str]] = [
    ("ci/uv.toml", '[[index]]\nname = "corp"\nurl = "https://oauth2accesstoken@europe-west1-python.pkg.dev/acme/pypi/simple/"\n'),
    ("pip.conf", "[global]\nindex-url = https://oauth2accesstoken@us-python.pkg.dev/acme-prod/pypi/simple/\n"),
    ("requirements.txt", "--extra-index-url https://_json_key_base64@us-python.pkg.dev/acme/pypi/simple/\n"),
    ("pyproject.toml", '[[tool.uv.index]]\nname = "fury"\nurl = "https://pypi.fury.io/acme-ml/"\n'),
    ("deploy.mk", "FURY_PUSH = https://$(FURY_TOKEN)@push.fury.io/acme/\n"),
    (".github/workflows/release.yml", "      - run: curl -F package=@dist/pkg.whl https://${{ secrets.FURY_TOKEN }}@push.fury.io/acme/\n"),
    ("scripts/publish.sh", 'twine upload --repository-url https://pypi.fury.io/acme/ -u "$FURY_PUSH_TOKEN" -p "" dist/*\n'),
    ("conf/pypirc", "[fury]\nrepository = https://pypi.fury.io/acme/\nusername = __token__\npassword =\n"),
    ("conf/pypirc", "[fury]\nrepository = https://pypi.fury.io/acme/\nusername = release-automation\n"),
    ("notes.sh", f"git push -u {_random(30, 20)} main\n"),  # a `-u` with no fury.io around
    ("pip.conf", "[global]\nextra-index-url = https://dl.cloudsmith.io/public/acme/oss/python/simple/\n"),
    ("pip.conf", "[global]\nextra-index-url = https://dl.cloudsmith.io/basic/acme/private/python/simple/\n"),
    ("requirements.txt", "-i https://dl.cloudsmith.io/${CLOUDSMITH_ENTITLEMENT}/acme/private/python/simple/\n"),
    (".gitlab-ci.yml", "    - anaconda -t $ANACONDA_TOKEN upload --user acme out/*.conda\n"),
    (".github/workflows/conda.yml", '        run: anaconda -t "${{ secrets.ANACONDA_TOKEN }}" upload dist/*.conda\n'),
    ("neptune/constants.py", f'ANONYMOUS_API_TOKEN = "{NEPTUNE_ANONYMOUS}"\n'),
    ("neptune/constants.py", 'ANONYMOUS_API_TOKEN = (\n    "' + NEPTUNE_ANONYMOUS[:96] + '"\n    "' + NEPTUNE_ANONYMOUS[96:] + '"\n)\n'),
    ("train.py", 'run = neptune.init_run(project="acme/x", api_token=os.environ["NEPTUNE_API_TOKEN"])\n'),
    ("notebooks/merge.py", 'spark.conf.set(\n    "fs.azure.account.key.lakeraw.dfs.core.windows.net",\n'
     '    dbutils.secrets.get(scope="lake", key="storage-key"),\n)\n'),
    ("jobs/etl.json", '{"spark_conf": {"fs.azure.account.key.lake.dfs.core.windows.net": "{{secrets/lake/key}}"}}\n'),
    ("conf/spark-defaults.conf", "spark.hadoop.fs.azure.account.key.devstoreaccount1.blob.core.windows.net  "
     "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==\n"),
    ("config/2fa.yaml", f"totp:\n  secret: {ado_pat(31)}\n"),  # base32 under a secret name, no Azure DevOps
    ("ci/publish.yml", "variables:\n  feedUrl: https://pkgs.dev.azure.com/acme/_packaging/shared/pypi/upload/\n"
     "  feedPat: $(System.AccessToken)\n"),
]


@pytest.mark.parametrize("case", TRUE_CASES, ids=[f"{case[0]}:{case[4]}" for case in TRUE_CASES])
def test_the_token_blocks(engine: Engine, case: Tuple[str, str, str, str, int]) -> None:
    file_name, text, secret, secret_type, line = case
    found = [(finding.type, finding.line_number, finding.confidence)
             for finding in blocking(engine.scan_text(file_name, text)) if finding.secret == secret]
    assert (secret_type, line, HIGH) in found, found


@pytest.mark.parametrize("case", DECOYS, ids=[f"{case[0]}:{number}" for number, case in enumerate(DECOYS)])
def test_the_decoy_does_not_block(engine: Engine, case: Tuple[str, str]) -> None:
    file_name, text = case
    # (other kinds judge their own forms: the anonymous token's decoded api_key is the literal kind's)
    assert [(finding.type, finding.line_number) for finding in blocking(engine.scan_text(file_name, text))
            if finding.type in (INDEX, SERVICE)] == []


@pytest.mark.parametrize(("text", "secret"), [
    ('$env:TWINE_PASSWORD = "Orchid!Ferry2291"\n', "Orchid!Ferry2291"),
    ("$Env:SMTP_PASSWORD = 'Kq8Vm2Lx7Pz4Nw9Rt3'\n", "Kq8Vm2Lx7Pz4Nw9Rt3"),
    ('$global:DbPassword = "Granite2024!mail"\n', "Granite2024!mail"),
])
def test_a_powershell_scoped_variable_names_its_credential(engine: Engine, text: str, secret: str) -> None:
    # `$env:NAME = "…"`: the scope's colon was read as a Python annotation's, the key as `env`,
    # and the keyword finding stayed a warning.
    found = blocking(engine.scan_text("scripts/Publish.ps1", text))
    assert [finding.line_number for finding in found if finding.secret == secret] == [1], found
