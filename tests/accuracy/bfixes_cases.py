"""Categories the second blind set (blind B) showed missing or over-reported (issue 14), in
spellings of our own: secret-manager ciphertext and base64 placeholders under credential names,
references that are not values (HCL, IDE and shell macros), Terraform variable defaults, Python
annotated settings, Make's assignment operators, and package-index credentials in installer
variables. Written from each format's documentation (named in `source`), generated fakes only.
"""
from __future__ import annotations

import base64
import random
from typing import List

from tests.accuracy.labelled import LabelledCase
from tests.fakes import ALNUM, fake, password, redis_password

CASES: List[LabelledCase] = []


def secret(category: str, file_name: str, text: str, value: str, source: str) -> None:
    assert value in text, category
    CASES.append(LabelledCase(f"bfixes/{category}", file_name, text, value, source))


def decoy(category: str, file_name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"decoy/{category}", file_name, text, None, source))


def sealed(seed: int, length: int) -> str:
    """What kubeseal writes: base64 of a 2-byte length, the RSA-wrapped key and the AES-GCM data."""
    rng = random.Random(seed)
    return rng.choice(("AgA", "AgB", "AQA", "AgC")) + "".join(rng.choice(ALNUM + "+/") for _ in range(length))


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


SEALED = "Bitnami sealed-secrets README: SealedSecret encryptedData (kubeseal output)"
K8S_SECRET = "Kubernetes docs: Secrets, data (base64) and stringData"
TF_VARIABLE = "Terraform docs: Input Variables (default, sensitive)"
TF_REFERENCES = "Terraform docs: References to Named Values, random_password resource"
IDEA = "IntelliJ IDEA docs: path variables and macros ($PROJECT_DIR$, $NAME$) in run configurations"
PYDANTIC = "pydantic-settings docs: BaseSettings fields, SecretStr, Field(default=…)"
MAKE = "GNU make manual 6.5: Setting Variables (=, :=, ::=, ?=, +=, !=)"
PIP_ENV = "pip docs: Configuration, environment variables (PIP_INDEX_URL, PIP_EXTRA_INDEX_URL)"
UV_ENV = "uv docs: Environment variables (UV_INDEX_URL, UV_EXTRA_INDEX_URL, UV_INDEX_<NAME>_PASSWORD)"
POETRY_ENV = "Poetry docs: Repositories, configuring credentials (POETRY_HTTP_BASIC_<NAME>_PASSWORD)"

# --- ciphertext under credential names ---------------------------------------------------------

decoy("sealed-short", "deploy/sealed-api.yaml", f"""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: api-credentials
  namespace: payments
spec:
  encryptedData:
    API_TOKEN: {sealed(14001, 330)}
    DATABASE_PASSWORD: {sealed(14002, 350)}
  template:
    type: Opaque
""", SEALED)
decoy("sealed-json", "manifests/sealed-redis.json", f"""{{
  "kind": "SealedSecret",
  "apiVersion": "bitnami.com/v1alpha1",
  "metadata": {{"name": "redis-auth"}},
  "spec": {{
    "encryptedData": {{
      "redis_password": "{sealed(14003, 420)}"
    }}
  }}
}}
""", SEALED)
decoy("sealed-helm-values", "charts/app/values-prod.yaml", f"""sealedSecrets:
  enabled: true
  encryptedData:
    smtp_password: {sealed(14004, 380)}
    client_secret: {sealed(14005, 310)}
""", SEALED)
decoy("sops-secret", "secrets/prod.enc.yaml", """db_password: ENC[AES256_GCM,data:q8Zx1k3Wv0T=,iv:Rk2m9aHq0pLwZs4c8Yv1b3n6x7c=,tag:Qm1x2c3v4b5n6m7==,type:str]
api_token: ENC[AES256_GCM,data:Pz9Lq2Wx7Rk4Tm6Vn8Bc3Dh1Jf5=,iv:Lm3n8Q2x5Z7c9v1b4n6m8Q==,tag:Hf7Gk2Lp9Qw4Er6Ty8Ui==,type:str]
sops:
  version: 3.8.1
""", "SOPS README: encrypted YAML values ENC[AES256_GCM,…]")
secret("not-sealed-plain", "deploy/secret-plain.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: api-credentials
stringData:
  DATABASE_PASSWORD: {password(14006)}
""", password(14006), K8S_SECRET)

# --- base64 of placeholders in a Kubernetes Secret's data ------------------------------------------

decoy("k8s-data-placeholders", "k8s/base/app-secret.example.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: app
type: Opaque
data:
  POSTGRES_PASSWORD: {b64("change-me")}
  REDIS_PASSWORD: {b64("<redis-password>")}
  SMTP_PASSWORD: {b64("${SMTP_PASSWORD}")}
  API_KEY: {b64("REPLACE_ME")}
""", K8S_SECRET)
decoy("k8s-data-defaults", "helm/templates/secret.yaml", f"""kind: Secret
apiVersion: v1
metadata:
  name: cache
data:
  redis-password: {b64("password")}
  db_password: {b64("postgres")}
""", K8S_SECRET)
CASES.append(LabelledCase("bfixes/k8s-data-real", "k8s/overlays/prod/secret.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: worker
type: Opaque
data:
  REDIS_PASSWORD: {b64(redis_password(14007))}
""", redis_password(14007), K8S_SECRET))  # reported decoded

# --- references that are not values ------------------------------------------------------------------

decoy("tf-references", "modules/rds/main.tf", """resource "random_password" "admin" {
  length  = 32
  special = false
}

resource "aws_rds_cluster" "main" {
  cluster_identifier = local.name
  master_username    = "dbadmin"
  master_password    = random_password.admin.result
  engine             = "aurora-postgresql"
}

resource "aws_db_instance" "replica" {
  password = data.aws_secretsmanager_secret_version.db.secret_string
  engine   = "mysql"
}
""", TF_REFERENCES)
decoy("tf-module-args", "envs/prod/main.tf", """module "cache" {
  source          = "../../modules/redis"
  redis_password  = module.secrets.redis_password
  db_password     = jsondecode(aws_secretsmanager_secret_version.db.secret_string)["password"]
  api_token       = var.api_token
}
""", TF_REFERENCES)
decoy("idea-macros", ".idea/runConfigurations/worker.xml", """<component name="ProjectRunConfigurationManager">
  <configuration name="worker" type="PythonConfigurationType">
    <envs>
      <env name="DB_PASSWORD" value="$DB_PASSWORD$" />
      <env name="REDIS_PASSWORD" value="$USER_HOME$/.secrets/redis" />
    </envs>
  </configuration>
</component>
""", IDEA)
decoy("windows-msbuild-refs", "deploy/run.cmd", """@echo off
set REDIS_PASSWORD=%REDIS_PASSWORD%
set DB_PASSWORD=$(DbPassword)
set POSTGRES_PASSWORD=#{PostgresPassword}
python -m app
""", "Windows cmd set; MSBuild properties $(Name); Octopus Deploy variables #{Name}")

# --- Terraform variables with a literal default ------------------------------------------------------

secret("tf-variable-db", "infra/variables.tf", f"""variable "db_password" {{
  type      = string
  sensitive = true
  default   = "{password(14008)}"
}}
""", password(14008), TF_VARIABLE)
secret("tf-variable-master", "stacks/aurora/variables.tf", """variable "region" {
  default = "eu-west-1"
}

variable "master_user_password" {
  type    = string
  default = "Quarry.Lintel73"
}
""", "Quarry.Lintel73", TF_VARIABLE)
secret("tf-variable-described", "db/vars.tf", """variable "admin_password" {
  description = "Password of the PostgreSQL admin role"
  default     = "ferry-Orchid-2291"
}
""", "ferry-Orchid-2291", TF_VARIABLE)
decoy("tf-variable-no-default", "infra/rds-vars.tf", """variable "master_password" {
  description = "Master password for the RDS instance"
  type        = string
  sensitive   = true
}

variable "db_password_secret_name" {
  default = "prod/db/password"
}
""", TF_VARIABLE)
decoy("tf-variable-placeholder", "examples/variables.tf", """variable "db_password" {
  type    = string
  default = "changeme"
}
""", TF_VARIABLE)

# --- Python annotated settings -------------------------------------------------------------------------

secret("pydantic-redis", "src/worker/settings.py", f"""from pydantic_settings import BaseSettings


class CacheSettings(BaseSettings):
    redis_url: str = "redis://cache:6379/0"
    redis_password: str = "{redis_password(14009)}"
""", redis_password(14009), PYDANTIC)
secret("pydantic-secretstr", "app/config.py", f"""from pydantic import SecretStr
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    db_host: str = "db.internal"
    db_password: SecretStr = SecretStr("{password(14010)}")
""", password(14010), PYDANTIC)
secret("dataclass-field", "service/conf.py", """from dataclasses import dataclass, field


@dataclass
class MailConfig:
    host: str = "smtp.mailgun.org"
    smtp_password: str = field(default="Harbor!Quince58")
""", "Harbor!Quince58", "Python docs: dataclasses.field(default=…)")
secret("pydantic-field", "api/settings.py", f"""from pydantic import BaseModel, Field


class Database(BaseModel):
    postgres_password: str = Field(default="{password(14011)}", repr=False)
""", password(14011), PYDANTIC)
decoy("pydantic-references", "app/settings.py", """from pydantic import SecretStr
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    redis_password: SecretStr
    db_password: str = ""
    api_token: str = Field(default_factory=load_token)
    postgres_password: Optional[str] = None
    smtp_password: str = os.environ.get("SMTP_PASSWORD", "")
""", PYDANTIC)

# --- Make's assignment operators -----------------------------------------------------------------------

secret("make-conditional", "ops/Makefile", f"""REDIS_HOST ?= localhost
REDIS_PASSWORD ?= {redis_password(14012)}

ping:
\tredis-cli -h $(REDIS_HOST) -a "$(REDIS_PASSWORD)" PING
""", redis_password(14012), MAKE)
secret("make-immediate", "db.mk", f"""PGHOST := db.internal
POSTGRES_PASSWORD := {password(14013)}
export POSTGRES_PASSWORD
""", password(14013), MAKE)
secret("make-posix", "GNUmakefile", f"""DB_PASSWORD ::= {password(14014)}
migrate:
\t./manage.py migrate
""", password(14014), MAKE)
decoy("make-references", "Makefile", """REDIS_PASSWORD ?= $(shell cat /run/secrets/redis)
DB_PASSWORD != pass show db/prod
POSTGRES_PASSWORD ?= ${POSTGRES_PASSWORD}
""", MAKE)

# --- package-index credentials in installer variables ------------------------------------------------

index_password = fake("", 22, 14015)
secret("dockerfile-env-index", "docker/Dockerfile.build", f"""FROM python:3.12-slim
ENV PIP_INDEX_URL=https://build:{index_password}@nexus.corp.example/repository/pypi/simple
RUN pip install -r requirements.txt
""", index_password, PIP_ENV)
uv_password = fake("", 20, 14016)
secret("ci-uv-extra-index", ".gitlab-ci.yml", f"""test:
  image: ghcr.io/astral-sh/uv:python3.12-bookworm
  variables:
    UV_EXTRA_INDEX_URL: "https://gitlab-ci-token:{uv_password}@gitlab.corp.example/api/v4/projects/12/packages/pypi/simple"
  script:
    - uv sync
""", uv_password, UV_ENV)
dotenv_password = fake("", 24, 14017)
secret("dotenv-extra-index", ".env", f"""PIP_EXTRA_INDEX_URL=https://deploy:{dotenv_password}@pypi.internal.example/simple/
DJANGO_DEBUG=0
""", dotenv_password, PIP_ENV)
poetry_password = fake("", 26, 14018)
secret("poetry-http-basic", ".github/workflows/build.yml", f"""jobs:
  build:
    runs-on: ubuntu-latest
    env:
      POETRY_HTTP_BASIC_PRIVATE_USERNAME: ci
      POETRY_HTTP_BASIC_PRIVATE_PASSWORD: {poetry_password}
    steps:
      - run: poetry install
""", poetry_password, POETRY_ENV)
decoy("index-references", "Dockerfile", """FROM python:3.12-slim
ARG PIP_INDEX_URL
ENV PIP_INDEX_URL=${PIP_INDEX_URL}
ARG UV_EXTRA_INDEX_URL=https://${INDEX_USER}:${INDEX_TOKEN}@pypi.corp.example/simple
ENV PIP_EXTRA_INDEX_URL=https://__token__:$PYPI_TOKEN@upload.pypi.org/simple
RUN --mount=type=secret,id=pip pip install -r requirements.txt
""", PIP_ENV)
decoy("index-no-credentials", ".github/workflows/ci.yml", """env:
  PIP_INDEX_URL: https://pypi.corp.example/simple
  UV_INDEX_URL: https://ci@pypi.corp.example/simple
  POETRY_HTTP_BASIC_PRIVATE_PASSWORD: ${{ secrets.PRIVATE_INDEX_PASSWORD }}
""", POETRY_ENV)
