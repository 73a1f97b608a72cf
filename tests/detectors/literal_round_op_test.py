"""Forms read after blind rounds O and P: a command line written as an argument list (an option
one item, its literal the next), Confluent's `basic.auth.user.info`, SQL `CREATE SECRET`
statements (DuckDB, Snowflake), a `Basic <base64>` value that carries a PyPI token, and Great
Expectations' secret-manager references (no credential). Each form beside the decoys of its
format, through the engine. Every value here is generated."""
from __future__ import annotations

import base64
from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import pypi_token


LITERAL = "Literal Credential"
TRUE_FORMS = [
    # an argument list: a long option naming a credential, then its literal
    ("release/noxfile.py", 'import nox\n\n\n@nox.session\ndef stage(session):\n'
     '    session.run("devpi", "login", "releaser", "--password", "anchor-canyon-orbit-ember73")\n',
     6, "anchor-canyon-orbit-ember73"),
    ("tools/cli.py", 'main(["--api-token", "Zq8Lk2Vw9Xr4Tm7Bn1PdHq8Zt2"])\n', 1, "Zq8Lk2Vw9Xr4Tm7Bn1PdHq8Zt2"),
    ("k8s/exporter.yaml", 'containers:\n  - name: exporter\n    args: ["--redis.password", "Lm4Qx8Zt2Wk9Rv7Np3"]\n',
     3, "Lm4Qx8Zt2Wk9Rv7Np3"),
    ("scripts/login.py", "subprocess.run(['devpi', 'login', 'ci', '--password', 'Cinder-Osprey4417'], check=True)\n",
     1, "Cinder-Osprey4417"),
    # ... and a tool's short -p (-P for pdm)
    ("ops/backup.py", 'subprocess.run(["mysqldump", "-u", "backup", "-p", "Harbor!quince5521", "shop"], check=True)\n',
     1, "Harbor!quince5521"),
    ("release.py", 'subprocess.check_call(["twine", "upload", "-u", "ci", "-p", "Tundra@river7686", "dist/*"])\n',
     1, "Tundra@river7686"),
    ("release.py", "subprocess.check_call(['/usr/bin/pdm', 'publish', '-u', 'ci', '-P', 'Quarry7!lattice'])\n",
     1, "Quarry7!lattice"),
    ("ci/login.py", 'subprocess.run(["docker", "login", "-u", "ci", "-p", "Wq8Lz3Kx7Vn2Tp5R", "registry.acme.io"])\n',
     1, "Wq8Lz3Kx7Vn2Tp5R"),
    # Confluent's user:password setting
    ("config/schema-registry-client.properties",
     "basic.auth.credentials.source=USER_INFO\nbasic.auth.user.info=QUY9L2ZO9BG1SPFA:AIw3smUvY/2pIJ2fZt9aj3o/c/VTbVbZQ\n",
     2, "AIw3smUvY/2pIJ2fZt9aj3o/c/VTbVbZQ"),
    ("src/main/resources/application.yml", "spring:\n  kafka:\n    properties:\n"
     '      schema.registry.basic.auth.user.info: "KX7TQ2LM9VR4WN8P:Rk7Qz2Lm9Xv4Tw8Np3Yb6Hc1Jd"\n', 4, "Rk7Qz2Lm9Xv4Tw8Np3Yb6Hc1Jd"),
    ("producer.py", 'conf = {"bootstrap.servers": BROKERS, "basic.auth.user.info": "KX7TQ2LM9VR4WN8P:Rk7Qz2Lm9Xv4Tw8Np3Yb"}\n',
     1, "Rk7Qz2Lm9Xv4Tw8Np3Yb"),
    (".env", "SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO=KX7TQ2LM9VR4WN8P:Hq8Zt2Lw5Vx9Kr3Mn7Pb\n", 1, "Hq8Zt2Lw5Vx9Kr3Mn7Pb"),
    # SQL secrets: DuckDB's, an item a line or all on one line; Snowflake's
    ("analysis/setup.sql", "INSTALL httpfs;\nCREATE OR REPLACE SECRET lake (\n    TYPE S3,\n    KEY_ID 'lake-reader',\n"
     "    SECRET 'MtRXB5aSAmvVbaCFL5FDEAuwoiwt0+xc5GjE8lqq',\n    REGION 'us-east-1'\n);\n", 5,
     "MtRXB5aSAmvVbaCFL5FDEAuwoiwt0+xc5GjE8lqq"),
    ("etl/load.py", "con = duckdb.connect()\ncon.sql(\"CREATE PERSISTENT SECRET r2 (TYPE R2, KEY_ID 'a1b2c3', "
     "SECRET 'Kq8Zt2Lm9Xw4Vr7Np3Yb6Hc1Jd5', ACCOUNT_ID 'acme')\")\n", 2, "Kq8Zt2Lm9Xw4Vr7Np3Yb6Hc1Jd5"),
    ("hf.sql", "CREATE SECRET hf (TYPE HUGGINGFACE, TOKEN 'Zq8Lk2Vw9Xr4Tm7Bn1PdHq8Zt2Lw5Vx9');\n", 1,
     "Zq8Lk2Vw9Xr4Tm7Bn1PdHq8Zt2Lw5Vx9"),
    ("pg.sql", "create temporary secret pg (\n  type postgres,\n  host 'db.acme.internal',\n  user 'etl',\n"
     "  password 'Harbor!quince5521'\n);\n", 5, "Harbor!quince5521"),
]
DECOYS = [
    ("run.py", 'subprocess.run(["docker", "run", "-p", "127.0.0.1:8080:80", "nginx"])\n'),
    ("run.py", 'subprocess.run(["docker", "login", "-u", "ci", "--password-stdin", "registry.acme.io"], input=token)\n'),
    ("run.py", 'subprocess.run(["mysql", "-p", password, "shop"])\n'
               'session.run("devpi", "login", "releaser", "--password", os.environ["DEVPI_PASSWORD"])\n'),
    ("run.py", 'cmd = ["vault", "--password-file", "/run/secrets/vault", "--token-ttl", "3600s"]\n'),
    ("deploy.yaml", 'args: ["--secret-name", "prod-db-credentials", "--password", "${DB_PASSWORD}"]\n'),
    ("run.py", 'subprocess.run(["psql", "-h", "db", "-p", "5432", "-U", "app"])\n'
               'subprocess.run(["twine", "upload", "-p", "$TWINE_PASSWORD", "dist/*"])\n'),
    ("client.properties", "basic.auth.credentials.source=USER_INFO\nbasic.auth.user.info=${SR_API_KEY}:${SR_API_SECRET}\n"),
    ("setup.sql", "CREATE SECRET (TYPE S3, PROVIDER credential_chain);\nCREATE SECRET s3 (\n  TYPE S3,\n"
                  "  KEY_ID getenv('AWS_KEY'),\n  SECRET '${S3_SECRET}',\n  REGION 'eu-west-1'\n);\n"),
    ("setup.sql", "CREATE SECRET gcs (TYPE GCS, KEY_ID 'my_hmac_access_id', SECRET 'my_hmac_secret_key');\n"),
    ("setup.sql", "CREATE SECRET az (TYPE AZURE, PROVIDER CREDENTIAL_CHAIN, ACCOUNT_NAME 'acmedata');\n"),
    # Great Expectations' references to a secret manager
    ("gx/great_expectations.yml", "datasources:\n  redshift_dw:\n    execution_engine:\n      credentials:\n"
     "        username: ge_reader\n"
     "        password: secret|arn:aws:secretsmanager:eu-west-1:123456789012:secret:dq/redshift-AbCdEf|password\n"),
    ("gx/great_expectations.yml", "datasources:\n  pg:\n    execution_engine:\n"
     "      connection_string: secret|projects/acme-dq/secrets/pg-conn/versions/latest\n"
     "      credentials:\n        password: secret|https://dq-kv.vault.azure.net/secrets/pg-password/a1b2c3d4e5f6|password\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, LITERAL, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def _basic(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


@pytest.mark.parametrize(("filename", "template"), [
    ("scripts/legacy_upload.py", 'import requests\n\nAUTH = "Basic {b}"\n'),
    ("scripts/upload.py", 'headers = {{"Authorization": "Basic {b}"}}\n'),
    ("requests.http", "POST https://upload.pypi.org/legacy/\nAuthorization: Basic {b}\n"),
    ("ci/upload.sh", "curl -H 'Authorization: Basic {b}' -F content=@dist/x.tar.gz https://upload.pypi.org/legacy/\n"),
])
def test_a_basic_credential_carrying_a_pypi_token_is_the_pypi_kinds(engine: Engine, filename: str, template: str) -> None:
    # (a real token's base64 is long: the whole `__token__:pypi-…` is decoded, and the PyPI kind reads it)
    token = pypi_token(7)
    text = template.format(b=_basic(f"__token__:{token}"))
    line = text.count("\n", 0, text.index("Basic")) + 1
    assert (line, "PyPI API Token", token) in _blocked(engine, filename, text)


def test_a_basic_credential_of_a_user_and_password_is_reported_once(engine: Engine) -> None:
    text = f'HEADERS = {{"Authorization": "Basic {_basic("deploy-bot:Granite.Falcon9034")}"}}\n'
    assert _blocked(engine, "client.py", text) == [(1, LITERAL, "Granite.Falcon9034")]
