"""Blind set AC: data and ML platform teams.

dbt profiles, Airflow connections (URIs, AIRFLOW_CONN_* environment, airflow.cfg, connection
exports), Spark and Hadoop configs, Jupyter notebooks (sources and outputs), MLflow, Weights &
Biases, Hugging Face, Databricks, Snowflake, BigQuery service accounts, Superset/Metabase/Redash,
Kafka clients (SASL JAAS), Elasticsearch/OpenSearch, Great Expectations, feature stores, and
their decoys. Generated fakes only (seeds 250000-254999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional
from urllib.parse import quote

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [250000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 255000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 255000
    return _SEED[0]


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Tundra", "Beacon", "Quartz", "Saffron", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt",
         "Pelican", "Sparrow", "Walrus", "Nimbus", "Cobalt", "Indigo"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "parquet", "tensor", "kernel", "shard"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    r = _rng()
    return r.choice(["summer", "winter", "spring", "autumn", "data", "etl", "warehouse", "analytics"]) + str(r.randint(2019, 2026)) + r.choice("!#$.*")


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def uuid_s() -> str:
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


def hf_token() -> str:
    r = _rng()
    return "hf_" + "".join(r.choice(string.ascii_letters) for _ in range(34))


def wandb_key() -> str:
    return hexs(40)


def dbx_token(suffix: bool = False) -> str:
    return "dapi" + hexs(32) + ("-2" if suffix else "")


def dbx_oauth_secret() -> str:
    return "dose" + hexs(32)


def aws_pair():
    s = _seed()
    return fakes.aws_key_id(s), fakes.aws_secret_key(s + 1)


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def openai_key() -> str:
    return fakes.openai_key(_seed())


def anthropic_key() -> str:
    r = _rng()
    return "sk-ant-api03-" + "".join(r.choice(ALNUM + "-_") for _ in range(93)) + "AA"


def github_token() -> str:
    return fakes.github_token(_seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def confluent_pair():
    r = _rng()
    key = "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(16))
    secret = "".join(r.choice(ALNUM + "+/") for _ in range(64))
    return key, secret


def azure_storage_key() -> str:
    return b64bytes(64)


def azure_client_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def fernet_key() -> str:
    r = _rng()
    return base64.urlsafe_b64encode(bytes(r.randrange(256) for _ in range(32))).decode()


def es_api_key() -> str:
    r = _rng()
    kid = "".join(r.choice(ALNUM + "-_") for _ in range(20))
    key = "".join(r.choice(ALNUM + "-_") for _ in range(22))
    return b64(f"{kid}:{key}")


def dbt_cloud_token() -> str:
    return fakes.fake("dbtc_", 54, _seed())


def prefect_key() -> str:
    return fakes.fake("pnu_", 36, _seed())


def replicate_token() -> str:
    return fakes.fake("r8_", 37, _seed())


def pinecone_key() -> str:
    return fakes.fake("pcsk_", 5, _seed()) + fakes.fake("_", 60, _seed())


def neptune_token() -> str:
    doc = json.dumps({"api_address": "https://app.neptune.ai", "api_url": "https://app.neptune.ai", "api_key": uuid_s()}, separators=(",", ":"))
    return b64(doc).rstrip("=")


def pem_body(lines: int = 12, head: str = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ") -> List[str]:
    r = _rng()
    raw = head + "".join(r.choice(ALNUM + "+/") for _ in range(64 * lines - len(head) - 20))
    return [raw[i:i + 64] for i in range(0, len(raw), 64)]


def pem(kind: str = "PRIVATE KEY", lines: int = 12) -> str:
    head = "MIIEpAIBAAKCAQEA" if kind == "RSA PRIVATE KEY" else "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"
    if kind == "ENCRYPTED PRIVATE KEY":
        head = "MIIFHzBJBgkqhkiG9w0BBQ0wPDAbBgkqhkiG9w0BBQwwDgQI"
    body = pem_body(lines, head)
    return f"-----BEGIN {kind}-----\n" + "\n".join(body) + f"\n-----END {kind}-----"


def cert_pem() -> str:
    body = pem_body(14, "MIIDdzCCAl+gAwIBAgIUY")
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(body) + "\n-----END CERTIFICATE-----"


def pubkey_pem() -> str:
    body = pem_body(6, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA")
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(body) + "\n-----END PUBLIC KEY-----"


def bcrypt_hash() -> str:
    r = _rng()
    return "$2y$12$" + "".join(r.choice(ALNUM + "./") for _ in range(53))


def argon2_hash() -> str:
    r = _rng()
    return ("$argon2id$v=19$m=10240,t=10,p=8$" + "".join(r.choice(ALNUM + "+/") for _ in range(22)) + "$"
            + "".join(r.choice(ALNUM + "+/") for _ in range(43)))


def vault_blob(lines: int = 6) -> str:
    r = _rng()
    return "\n".join("".join(r.choice("0123456789abcdef") for _ in range(80)) for _ in range(lines))


CASES: List[LabelledCase] = []


def T(text: str, **values: str) -> str:
    text = text.lstrip("\n")
    for key, value in values.items():
        text = text.replace(f"@@{key}@@", value)
    return text


def S(fmt: str, kind: str, file_name: str, text: str, secret: str, source: str, **values: str) -> None:
    CASES.append(LabelledCase(f"blind-ac/{fmt}/{kind}", file_name, T(text, S=secret, **values), secret, source))


def D(fmt: str, what: str, file_name: str, text: str, source: str, **values: str) -> None:
    CASES.append(LabelledCase(f"blind-ac/{fmt}/decoy-{what}", file_name, T(text, **values), None, source))


def SV(fmt: str, kind: str, file_name: str, text: str, secret: str, source: str) -> None:
    """A secret case whose text is used verbatim (CRLF endings, generated JSON)."""
    CASES.append(LabelledCase(f"blind-ac/{fmt}/{kind}", file_name, text, secret, source))


def DV(fmt: str, what: str, file_name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-ac/{fmt}/decoy-{what}", file_name, text, None, source))


def notebook(cells: List[dict], kernel: str = "python3") -> str:
    """A notebook as Jupyter writes it (nbformat 4, one-space indent)."""
    out = []
    count = 0
    for cell in cells:
        if cell.get("md"):
            out.append({"cell_type": "markdown", "metadata": {}, "source": cell["md"]})
            continue
        count += 1
        c = {"cell_type": "code", "execution_count": count, "metadata": {}, "outputs": [], "source": cell["src"]}
        if cell.get("out"):
            c["outputs"] = [{"name": "stdout", "output_type": "stream", "text": cell["out"]}]
        if cell.get("result"):
            c["outputs"].append({"data": {"text/plain": cell["result"]}, "execution_count": count, "metadata": {}, "output_type": "execute_result"})
        out.append(c)
    doc = {"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": kernel},
                                      "language_info": {"name": "python", "version": "3.11.6"}},
           "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(doc, indent=1) + "\n"


def lines(text: str) -> List[str]:
    """A cell's source as Jupyter stores it: one string per line, newline kept."""
    parts = text.strip("\n").split("\n")
    return [p + "\n" for p in parts[:-1]] + [parts[-1]]


DBT = "https://docs.getdbt.com/docs/core/connect-data-platform/profiles.yml"
AIRFLOW_CONN = "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html"
AIRFLOW_CFG = "https://airflow.apache.org/docs/apache-airflow/stable/configurations-ref.html"
S3A = "https://hadoop.apache.org/docs/stable/hadoop-aws/tools/hadoop-aws/index.html"
SPARK_CONF = "https://spark.apache.org/docs/latest/configuration.html"
NBFORMAT = "https://nbformat.readthedocs.io/en/latest/format_description.html"
MLFLOW = "https://mlflow.org/docs/latest/tracking/server.html"
WANDB = "https://docs.wandb.ai/guides/track/environment-variables"
HF = "https://huggingface.co/docs/huggingface_hub/package_reference/environment_variables"
DBXCFG = "https://docs.databricks.com/en/dev-tools/auth/config-profiles.html"
SNOW_TOML = "https://docs.snowflake.com/en/developer-guide/snowflake-cli/connecting/configure-connections"
SNOWSQL = "https://docs.snowflake.com/en/user-guide/snowsql-config"
GCP_SA = "https://cloud.google.com/iam/docs/keys-create-delete"
SUPERSET = "https://superset.apache.org/docs/configuration/configuring-superset"
METABASE = "https://www.metabase.com/docs/latest/configuring-metabase/environment-variables"
REDASH = "https://redash.io/help/open-source/setup"
KAFKA_SASL = "https://kafka.apache.org/documentation/#security_sasl"
CONFLUENT = "https://docs.confluent.io/cloud/current/client-apps/config-client.html"
ES = "https://www.elastic.co/guide/en/elasticsearch/client/python-api/current/connecting.html"
OPENSEARCH = "https://opensearch.org/docs/latest/security/configuration/yaml/"
GX = "https://docs.greatexpectations.io/docs/core/configure_project_settings/access_secrets_managers/"
FEAST = "https://docs.feast.dev/reference/feature-repository/feature-store-yaml"


# ---------------------------------------------------------------- dbt
S("dbt-profiles", "password", "profiles.yml", """
# ~/.dbt/profiles.yml -- analytics engineering, local dev
jaffle_shop:
  target: dev
  outputs:
    dev:
      type: postgres
      host: warehouse-dev.internal.acme.io
      user: dbt_dev
      password: @@S@@
      port: 5432
      dbname: analytics
      schema: dbt_mkowalski
      threads: 4
      keepalives_idle: 0
      connect_timeout: 10
""", words_pw(), DBT)

S("dbt-profiles", "password", "dbt/profiles/profiles.yml", """
marketing_mart:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: xy12345.eu-central-1
      user: TRANSFORMER
      password: "@@S@@"
      role: TRANSFORMER
      database: ANALYTICS
      warehouse: TRANSFORMING
      schema: MARTS
      threads: 8
      client_session_keep_alive: false
      query_tag: dbt_marketing
    dev:
      type: snowflake
      account: xy12345.eu-central-1
      user: "{{ env_var('DBT_USER') }}"
      authenticator: externalbrowser
      role: DEVELOPER
      database: ANALYTICS_DEV
      warehouse: DEV_WH
      schema: "dbt_{{ env_var('USER') }}"
      threads: 4
""", rand_pw(24, "!#%"), DBT)

_k = pem("ENCRYPTED PRIVATE KEY", 10)
S("dbt-profiles", "private-key-passphrase", "ci/profiles.yml", """
# used by the nightly GitHub Actions run; key pair auth for the service user
finance:
  target: ci
  outputs:
    ci:
      type: snowflake
      account: acme-prod
      user: SVC_DBT_CI
      private_key_path: /home/runner/.ssh/snowflake_rsa_key.p8
      private_key_passphrase: '@@S@@'
      role: DBT_CI
      database: FINANCE
      warehouse: CI_XS
      schema: ci_{{ env_var('GITHUB_RUN_ID') }}
      threads: 6
""", passphrase(), DBT)

_k = pem("PRIVATE KEY", 12)
S("dbt-profiles", "private-key", "profiles.yml.bak", """
bq_analytics:
  target: prod
  outputs:
    prod:
      type: bigquery
      method: service-account-json
      project: acme-analytics-prod
      dataset: dbt_prod
      threads: 16
      location: EU
      priority: interactive
      job_retries: 1
      keyfile_json:
        type: service_account
        project_id: acme-analytics-prod
        private_key_id: @@KID@@
        private_key: |
@@KEY@@
        client_email: dbt-runner@acme-analytics-prod.iam.gserviceaccount.com
        client_id: "104873920175630981274"
        auth_uri: https://accounts.google.com/o/oauth2/auth
        token_uri: https://oauth2.googleapis.com/token
""", _k.split("\n")[2], DBT, KID=hexs(40), KEY="\n".join("          " + l for l in _k.split("\n")))

S("dbt-profiles", "databricks-token", "transform/profiles.yml", """
lakehouse:
  target: dev
  outputs:
    dev:
      type: databricks
      catalog: main
      schema: dbt_dev_lgarcia
      host: adb-4829301758462913.13.azuredatabricks.net
      http_path: /sql/1.0/warehouses/9f2c1e7a0b3d4c55
      token: @@S@@
      threads: 4
      connect_retries: 3
""", dbx_token(), DBT)

S("dbt-profiles", "password", "redshift_profiles.yml", """
# Redshift serverless -- Q3 migration
redshift_dw:
  outputs:
    prod:
      type: redshift
      method: database
      host: analytics-wg.123456789012.us-east-1.redshift-serverless.amazonaws.com
      user: dbt_prod
      password: @@S@@
      port: 5439
      dbname: dev
      schema: analytics
      threads: 8
      sslmode: require
      ra3_node: true
  target: prod
""", human_pw(), DBT)

S("dbt-profiles", "password", ".dbt/profiles.yml", """
trino_lake:
  target: starburst
  outputs:
    starburst:
      type: trino
      method: ldap
      user: svc_dbt@acme.com
      password: '@@S@@'
      host: acme.trino.galaxy.starburst.io
      port: 443
      database: lake
      schema: curated
      http_scheme: https
      threads: 4
      session_properties:
        query_max_run_time: 4h
""", words_pw(), "https://docs.getdbt.com/docs/core/connect-data-platform/trino-setup")

S("dbt-profiles", "password", "profiles/sqlserver.yml", """
erp_reporting:
  target: uat
  outputs:
    uat:
      type: sqlserver
      driver: 'ODBC Driver 18 for SQL Server'
      server: sql-uat-01.corp.acme.local
      port: 1433
      database: ERP_DW
      schema: dbt
      authentication: sql
      user: dbt_uat
      password: @@S@@
      encrypt: true
      trust_cert: true
""", "Winter2025!", "https://docs.getdbt.com/docs/core/connect-data-platform/mssql-setup")

D("dbt-profiles", "env-var", "analytics/profiles.yml", """
# Credentials come from the environment; see README "Running dbt locally".
jaffle_shop:
  target: "{{ env_var('DBT_TARGET', 'dev') }}"
  outputs:
    dev:
      type: postgres
      host: "{{ env_var('DBT_HOST') }}"
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_ENV_SECRET_PASSWORD') }}"
      port: "{{ env_var('DBT_PORT', '5432') | as_number }}"
      dbname: analytics
      schema: "{{ env_var('DBT_SCHEMA') }}"
      threads: 4
""", DBT)

D("dbt-profiles", "keyfile-path", "deploy/dbt/profiles.yml", """
bq_analytics:
  target: prod
  outputs:
    prod:
      type: bigquery
      method: service-account
      project: acme-analytics-prod
      dataset: dbt_prod
      keyfile: /secrets/gcp/dbt-runner.json
      threads: 16
      location: EU
    dev:
      type: bigquery
      method: oauth
      project: acme-analytics-dev
      dataset: "dbt_{{ env_var('USER') }}"
      threads: 4
""", DBT)

D("dbt-profiles", "placeholder", "sample.profiles.yml", """
# Copy to ~/.dbt/profiles.yml and fill in your own values.
my_project:
  target: dev
  outputs:
    dev:
      type: snowflake
      account: <your_account_locator>
      user: <your_username>
      password: <your_password>
      role: <role>
      database: <database>
      warehouse: <warehouse>
      schema: dbt_<your_name>
      threads: 4
""", DBT)

D("dbt-profiles", "key-pair-path", "profiles.yml.j2", """
{{ project_name }}:
  target: {{ target | default('prod') }}
  outputs:
    prod:
      type: snowflake
      account: {{ snowflake_account }}
      user: {{ snowflake_user }}
      private_key_path: {{ key_dir }}/rsa_key.p8
      private_key_passphrase: "{{ lookup('env', 'SNOWFLAKE_KEY_PASSPHRASE') }}"
      role: TRANSFORMER
      database: ANALYTICS
      warehouse: TRANSFORMING
      schema: marts
      threads: 8
""", DBT)

S("dbt-packages", "gitlab-token", "packages.yml", """
packages:
  - package: dbt-labs/dbt_utils
    version: [">=1.1.0", "<2.0.0"]
  - package: calogica/dbt_expectations
    version: 0.10.4
  # internal macros (private repo)
  - git: "https://oauth2:@@S@@@gitlab.acme.io/data/dbt-macros.git"
    revision: v2.3.1
  - git: "https://github.com/acme-data/dbt-audit.git"
    revision: 7e1c2f9a04b3d55c1e8a0f2b6d9c3e4a5b1f0d7e
""", gitlab_token(), "https://docs.getdbt.com/docs/build/packages#private-packages")

D("dbt-packages", "env-var-and-sha", "dbt/packages.yml", """
packages:
  - package: dbt-labs/dbt_utils
    version: 1.3.0
  - git: "https://{{env_var('DBT_ENV_SECRET_GIT_CREDENTIAL')}}@github.com/acme-data/dbt-macros.git"
    revision: 3f5a9c0e8d21b7a4c6e0f9d1b2a3c4d5e6f70819
  - package: dbt-labs/codegen
    version: 0.12.1
  - local: ../shared_macros
""", "https://docs.getdbt.com/docs/build/packages#git-token-method")

S("dbt-cloud", "dbt-cloud-token", "dbt_cloud.yml", """
version: "1"
context:
  active-project: "270542"
  active-host: "cloud.getdbt.com"
projects:
  - project-id: "270542"
    account-host: "cloud.getdbt.com"
    api-key: "@@S@@"
    token-name: "cloud-cli-4f2a"
    account-id: "88123"
""", dbt_cloud_token(), "https://docs.getdbt.com/docs/cloud/configure-cloud-cli")

S("dbt-cloud", "dbt-cloud-token", "scripts/trigger_dbt_job.sh", """
#!/usr/bin/env bash
# Kicks off the dbt Cloud prod job after the Fivetran sync lands.
set -euo pipefail
ACCOUNT_ID=88123
JOB_ID=412907
DBT_CLOUD_TOKEN=@@S@@

curl -sS -X POST \\
  -H "Authorization: Token ${DBT_CLOUD_TOKEN}" \\
  -H "Content-Type: application/json" \\
  -d '{"cause": "Triggered after fivetran sync"}' \\
  "https://cloud.getdbt.com/api/v2/accounts/${ACCOUNT_ID}/jobs/${JOB_ID}/run/"
""", dbt_cloud_token(), "https://docs.getdbt.com/dbt-cloud/api-v2")

D("dbt-project", "vars", "dbt_project.yml", """
name: 'acme_analytics'
version: '1.4.0'
config-version: 2
profile: 'acme_analytics'

model-paths: ["models"]
macro-paths: ["macros"]
target-path: "target"

vars:
  stripe_schema: stripe_raw
  start_date: '2021-01-01'
  surrogate_key_treat_nulls_as_empty_strings: true
  pii_hash_salt: "{{ env_var('DBT_ENV_SECRET_PII_SALT') }}"

models:
  acme_analytics:
    staging:
      +materialized: view
    marts:
      +materialized: table
""", "https://docs.getdbt.com/reference/dbt_project.yml")

D("dbt-artifacts", "hashes", "target/manifest_excerpt.json", """
{
  "metadata": {
    "dbt_schema_version": "https://schemas.getdbt.com/dbt/manifest/v12.json",
    "dbt_version": "1.8.4",
    "generated_at": "2024-08-14T03:12:55.118231Z",
    "invocation_id": "@@U1@@",
    "project_id": "@@P@@",
    "user_id": "@@U2@@",
    "send_anonymous_usage_stats": false,
    "adapter_type": "snowflake"
  },
  "nodes": {
    "model.acme_analytics.fct_orders": {
      "checksum": {"name": "sha256", "checksum": "@@C@@"},
      "unique_id": "model.acme_analytics.fct_orders"
    }
  }
}
""", "https://docs.getdbt.com/reference/artifacts/manifest-json", U1=uuid_s(), P=hexs(32), U2=uuid_s(), C=hexs(64))


# ---------------------------------------------------------------- Airflow
S("airflow-env", "database-password", ".env", """
# docker compose env for the local Airflow stack
AIRFLOW_UID=50000
AIRFLOW__CORE__EXECUTOR=LocalExecutor
AIRFLOW__CORE__LOAD_EXAMPLES=False
AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=postgresql+psycopg2://airflow:airflow@postgres/airflow
_AIRFLOW_WWW_USER_USERNAME=admin
# warehouse used by the ingestion DAGs
AIRFLOW_CONN_WAREHOUSE_PG=postgresql://etl_loader:@@S@@@dw-prod.cluster-c8x2.eu-west-1.rds.amazonaws.com:5432/analytics?sslmode=require
AIRFLOW_VAR_ENVIRONMENT=dev
""", rand_pw(22), AIRFLOW_CONN)

_kid, _sec = aws_pair()
S("airflow-env", "aws-secret-key", "airflow/.env.prod", """
AIRFLOW__CORE__DAGS_FOLDER=/opt/airflow/dags
AIRFLOW__LOGGING__REMOTE_LOGGING=True
AIRFLOW__LOGGING__REMOTE_BASE_LOG_FOLDER=s3://acme-airflow-logs/prod
AIRFLOW__LOGGING__REMOTE_LOG_CONN_ID=aws_logs
AIRFLOW_CONN_AWS_LOGS='{"conn_type": "aws", "login": "@@KID@@", "password": "@@S@@", "extra": {"region_name": "eu-west-1"}}'
AIRFLOW__WEBSERVER__BASE_URL=https://airflow.acme.io
""", _sec, AIRFLOW_CONN, KID=_kid)

_pw = words_pw()
S("airflow-env", "password", "docker-compose.override.yml", """
services:
  airflow-scheduler:
    environment:
      AIRFLOW_CONN_MSSQL_ERP: "mssql://svc_airflow:@@ENC@@@erp-db.corp.local:1433/ERP"
      AIRFLOW_CONN_SFTP_VENDOR: "sftp://acme@sftp.vendor.example.net:22?key_file=%2Fopt%2Fairflow%2Fkeys%2Fvendor_ed25519"
      AIRFLOW__SCHEDULER__MIN_FILE_PROCESS_INTERVAL: "60"
  airflow-worker:
    environment:
      AIRFLOW__CELERY__WORKER_CONCURRENCY: "8"
""", quote(_pw, safe=""), AIRFLOW_CONN, ENC=quote(_pw, safe=""))

S("airflow-env", "slack-webhook", "deploy/airflow.env", """
AIRFLOW__CORE__PARALLELISM=64
AIRFLOW__CORE__MAX_ACTIVE_RUNS_PER_DAG=4
AIRFLOW__SMTP__SMTP_HOST=smtp.acme.io
AIRFLOW__SMTP__SMTP_MAIL_FROM=airflow@acme.io
AIRFLOW_CONN_SLACK_ALERTS=slackwebhook://:@@TOK@@@hooks.slack.com/services
AIRFLOW_VAR_SLACK_FALLBACK_URL=@@S@@
""", slack_webhook(), AIRFLOW_CONN, TOK="{{ var.value.slack_token }}")

S("airflow-cfg", "fernet-key", "airflow.cfg", """
[core]
dags_folder = /opt/airflow/dags
hostname_callable = airflow.utils.net.getfqdn
default_timezone = utc
executor = CeleryExecutor
parallelism = 32
load_examples = False
plugins_folder = /opt/airflow/plugins
fernet_key = @@S@@
donot_pickle = True
dagbag_import_timeout = 30.0

[database]
sql_alchemy_conn_cmd = cat /run/secrets/airflow_db_uri
sql_alchemy_pool_size = 5

[logging]
base_log_folder = /opt/airflow/logs
logging_level = INFO
log_filename_template = dag_id={{ ti.dag_id }}/run_id={{ ti.run_id }}/task_id={{ ti.task_id }}/attempt={{ try_number }}.log
""", fernet_key(), AIRFLOW_CFG)

S("airflow-cfg", "database-password", "config/airflow.cfg", """
[core]
executor = LocalExecutor
fernet_key_cmd = /usr/local/bin/fetch-secret airflow/fernet
load_examples = False

[database]
sql_alchemy_conn = mysql+mysqldb://airflow:@@S@@@mysql-airflow.data.svc:3306/airflow?charset=utf8mb4
sql_alchemy_pool_recycle = 1800

[webserver]
base_url = http://localhost:8080
web_server_port = 8080
expose_config = False
""", human_pw(), AIRFLOW_CFG)

S("airflow-cfg", "flask-secret-key", "airflow/airflow.cfg", """
[webserver]
base_url = https://airflow.internal.acme.io
default_ui_timezone = Europe/Berlin
web_server_host = 0.0.0.0
web_server_port = 8080
secret_key = @@S@@
workers = 4
worker_class = sync
access_logfile = -
expose_config = False
rbac = True
navbar_color = #fff

[api]
auth_backends = airflow.api.auth.backend.session
""", b64bytes(16), AIRFLOW_CFG)

S("airflow-cfg", "password", "airflow-celery.cfg", """
[celery]
worker_concurrency = 16
broker_url = redis://:@@S@@@redis-airflow.data.svc.cluster.local:6379/0
result_backend = db+postgresql://airflow@pg-airflow:5432/airflow
flower_host = 0.0.0.0
flower_port = 5555
operation_timeout = 1.0
task_track_started = True
worker_prefetch_multiplier = 1
""", fakes.redis_password(_seed()), AIRFLOW_CFG)

D("airflow-cfg", "secrets-backend", "airflow.cfg.prod", """
[core]
executor = KubernetesExecutor
fernet_key =
load_examples = False

[database]
sql_alchemy_conn_secret = airflow/config/sql_alchemy_conn

[secrets]
backend = airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend
backend_kwargs = {"connections_prefix": "airflow/connections", "variables_prefix": "airflow/variables", "region_name": "eu-west-1"}

[webserver]
secret_key_secret = airflow/config/webserver_secret_key
""", "https://airflow.apache.org/docs/apache-airflow-providers-amazon/stable/secrets-backends/aws-secrets-manager.html")

D("airflow-cfg", "template-values", "airflow.cfg.default", """
[core]
dags_folder = {AIRFLOW_HOME}/dags
executor = SequentialExecutor
# Secret key to save connection passwords in the db
fernet_key = {FERNET_KEY}
load_examples = True

[database]
sql_alchemy_conn = sqlite:///{AIRFLOW_HOME}/airflow.db

[smtp]
smtp_host = localhost
smtp_starttls = True
smtp_ssl = False
# smtp_user =
# smtp_password =
smtp_port = 25
smtp_mail_from = airflow@example.com
""", "https://github.com/apache/airflow/blob/main/airflow/config_templates/default_airflow.cfg")

S("airflow-export", "password", "connections.yaml", """
# airflow connections export connections.yaml --file-format yaml
postgres_dwh:
  conn_type: postgres
  description: Main warehouse
  extra: '{"sslmode": "require"}'
  host: dwh.acme.internal
  login: airflow_rw
  password: @@S@@
  port: 5432
  schema: analytics
s3_landing:
  conn_type: aws
  description: ''
  extra: '{"role_arn": "arn:aws:iam::123456789012:role/airflow-landing", "region_name": "eu-west-1"}'
  host: ''
  login: ''
  password: ''
  port: null
  schema: ''
""", rand_pw(16, "-_"), "https://airflow.apache.org/docs/apache-airflow/stable/howto/usage-cli.html#exporting-connections")

S("airflow-export", "snowflake-password", "backup/connections.json", """
{
  "snowflake_default": {
    "conn_type": "snowflake",
    "description": "",
    "login": "AIRFLOW_SVC",
    "password": "@@S@@",
    "host": "",
    "port": null,
    "schema": "RAW",
    "extra": "{\\"account\\": \\"acme-eu1\\", \\"warehouse\\": \\"LOAD_WH\\", \\"database\\": \\"RAW\\", \\"role\\": \\"LOADER\\"}"
  },
  "http_ga4": {
    "conn_type": "http",
    "description": "",
    "login": null,
    "password": null,
    "host": "https://analyticsdata.googleapis.com",
    "port": null,
    "schema": null,
    "extra": null
  }
}
""", words_pw(), "https://airflow.apache.org/docs/apache-airflow/stable/howto/usage-cli.html#exporting-connections")

S("airflow-export", "uri", "connections.env", """
# airflow connections export - --file-format env
aws_default=aws://
google_cloud_default=google-cloud-platform://?key_path=%2Fkeys%2Fgcp.json&project=acme-data
mysql_shop=mysql://shop_ro:@@S@@@shop-replica.acme.internal:3306/shop
spark_default=spark://spark-master:7077?queue=root.default
""", rand_pw(14), "https://airflow.apache.org/docs/apache-airflow/stable/howto/usage-cli.html#exporting-connections")

D("airflow-export", "masked", "connections_list.txt", """
id | conn_id          | conn_type | description | host                         | schema    | login        | password | port | is_encrypted | is_extra_encrypted | extra_dejson
===+==================+===========+=============+==============================+===========+==============+==========+======+==============+====================+=============
1  | postgres_dwh     | postgres  |             | dwh.acme.internal            | analytics | airflow_rw   | ***      | 5432 | True         | True               | {'sslmode': 'require'}
2  | snowflake_default| snowflake |             |                              | RAW       | AIRFLOW_SVC  | ***      | None | True         | True               | {'account': 'acme-eu1'}
3  | aws_default      | aws       |             |                              |           |              | None     | None | False        | False              | {}
""", "https://airflow.apache.org/docs/apache-airflow/stable/security/secrets/mask-sensitive-values.html")

S("airflow-export", "api-key", "variables.json", """
{
    "environment": "prod",
    "ga4_property_id": "318245557",
    "openai_api_key": "@@S@@",
    "s3_landing_bucket": "acme-landing-prod",
    "max_backfill_days": "30",
    "notify_emails": "data-oncall@acme.io"
}
""", openai_key(), "https://airflow.apache.org/docs/apache-airflow/stable/howto/variable.html")

D("airflow-export", "variables-refs", "airflow/variables.prod.json", """
{
    "environment": "prod",
    "dbt_cloud_job_id": "412907",
    "snowflake_warehouse": "LOAD_WH",
    "slack_channel": "#data-alerts",
    "git_sha": "9c1e4f7a2b3d5e6f80a1b2c3d4e5f6a7b8c9d0e1",
    "vault_path": "secret/data/airflow/prod/api-keys",
    "run_namespace_id": "@@U@@"
}
""", "https://airflow.apache.org/docs/apache-airflow/stable/howto/variable.html", U=uuid_s())

_pw = rand_pw(20)
S("k8s-secret", "database-url", "k8s/airflow-connections-secret.yaml", """
apiVersion: v1
kind: Secret
metadata:
  name: airflow-connections
  namespace: airflow
type: Opaque
data:
  AIRFLOW_CONN_REDSHIFT: @@ENC@@
  AIRFLOW_VAR_ENVIRONMENT: cHJvZA==
""", _pw, AIRFLOW_CONN, ENC=b64(f"redshift://airflow:{_pw}@dw.cz1.us-east-1.redshift.amazonaws.com:5439/dev"))

S("airflow-helm", "password", "helm/values-prod.yaml", """
executor: CeleryKubernetesExecutor
images:
  airflow:
    repository: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/airflow
    tag: 2.9.3-acme.4
postgresql:
  enabled: false
data:
  metadataConnection:
    user: airflow
    pass: @@S@@
    protocol: postgresql
    host: airflow-db.cz1.eu-west-1.rds.amazonaws.com
    port: 5432
    db: airflow
    sslmode: require
webserverSecretKeySecretName: airflow-webserver-secret
fernetKeySecretName: airflow-fernet-key
""", words_pw(), "https://airflow.apache.org/docs/helm-chart/stable/parameters-ref.html")

D("airflow-helm", "existing-secret", "helm/values-staging.yaml", """
executor: KubernetesExecutor
postgresql:
  enabled: false
data:
  metadataSecretName: airflow-metadata-db
  resultBackendSecretName: airflow-result-backend
fernetKeySecretName: airflow-fernet-key
webserverSecretKeySecretName: airflow-webserver-secret
webserver:
  defaultUser:
    enabled: false
extraEnvFrom: |
  - secretRef:
      name: '{{ .Release.Name }}-connections'
dags:
  gitSync:
    enabled: true
    repo: git@github.com:acme-data/airflow-dags.git
    branch: main
    sshKeySecret: airflow-git-ssh
""", "https://airflow.apache.org/docs/helm-chart/stable/production-guide.html")

D("airflow-helm", "sealed-secret", "k8s/airflow-fernet-sealed.yaml", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: airflow-fernet-key
  namespace: airflow
spec:
  encryptedData:
    fernet-key: @@C@@
  template:
    metadata:
      name: airflow-fernet-key
      namespace: airflow
    type: Opaque
""", "https://github.com/bitnami-labs/sealed-secrets#usage", C="AgB" + b64bytes(300).replace("\n", ""))


S("airflow-dag", "password", "dags/erp_extract.py", """
from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.common.sql.operators.sql import SQLExecuteQueryOperator
from airflow.providers.microsoft.mssql.hooks.mssql import MsSqlHook
from airflow.operators.python import PythonOperator

default_args = {"owner": "data-eng", "retries": 2, "retry_delay": timedelta(minutes=5)}


def extract_orders(**context):
    # TODO: move to a connection once ops creates it
    hook = MsSqlHook(mssql_conn_id=None, host="erp-db.corp.local", login="svc_extract",
                     password="@@S@@", schema="ERP")
    df = hook.get_pandas_df("SELECT * FROM dbo.Orders WHERE ModifiedAt >= %s", parameters=[context["ds"]])
    df.to_parquet(f"/data/landing/orders/{context['ds']}.parquet")


with DAG("erp_extract", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False,
         default_args=default_args, tags=["erp"]) as dag:
    PythonOperator(task_id="extract_orders", python_callable=extract_orders)
""", words_pw(), "https://airflow.apache.org/docs/apache-airflow-providers-microsoft-mssql/stable/index.html")

_w = slack_webhook()
S("airflow-dag", "slack-webhook", "dags/utils/alerts.py", """
\"\"\"Failure callbacks shared by all DAGs.\"\"\"
import json
import urllib.request

SLACK_URL = (
    "@@A@@"
    "@@B@@"
)


def on_failure(context):
    ti = context["task_instance"]
    msg = {"text": f":red_circle: {ti.dag_id}.{ti.task_id} failed ({context['ds']}) <{ti.log_url}|logs>"}
    req = urllib.request.Request(SLACK_URL, data=json.dumps(msg).encode(), headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)
""", _w, "https://api.slack.com/messaging/webhooks", A=_w[:52], B=_w[52:])

S("airflow-dag", "snowflake-password", "dags/load_events.py", """
import pendulum
from airflow.decorators import dag, task
import snowflake.connector


@dag(schedule="0 * * * *", start_date=pendulum.datetime(2024, 3, 1, tz="UTC"), catchup=False)
def load_events():
    @task
    def copy_into():
        conn = snowflake.connector.connect(
            user="LOADER",
            password='@@S@@',
            account="acme-eu1",
            warehouse="LOAD_WH",
            database="RAW",
            schema="EVENTS",
        )
        conn.cursor().execute("COPY INTO RAW.EVENTS.CLICKSTREAM FROM @RAW.EVENTS.S3_STAGE FILE_FORMAT=(TYPE=PARQUET)")

    copy_into()


load_events()
""", rand_pw(16, "#!"), "https://docs.snowflake.com/en/developer-guide/python-connector/python-connector-connect")

D("airflow-dag", "jinja-conn", "dags/export_partner.py", """
from datetime import datetime
from airflow import DAG
from airflow.operators.bash import BashOperator

with DAG("export_partner", start_date=datetime(2024, 5, 1), schedule="30 4 * * *", catchup=False) as dag:
    export = BashOperator(
        task_id="psql_export",
        bash_command=(
            "PGPASSWORD='{{ conn.partner_pg.password }}' psql "
            "-h {{ conn.partner_pg.host }} -U {{ conn.partner_pg.login }} -d partner "
            "-c \\"\\\\copy (select * from exports.daily where ds = '{{ ds }}') to '/tmp/export_{{ ds_nodash }}.csv' csv header\\""
        ),
    )
    upload = BashOperator(
        task_id="upload",
        bash_command="aws s3 cp /tmp/export_{{ ds_nodash }}.csv s3://acme-partner-drop/{{ ds }}/",
        env={"AWS_PROFILE": "partner-drop"},
    )
    export >> upload
""", "https://airflow.apache.org/docs/apache-airflow/stable/templates-ref.html")

D("airflow-dag", "variable-get", "dags/openai_enrichment.py", """
from datetime import datetime

from airflow.decorators import dag, task
from airflow.models import Variable
from airflow.hooks.base import BaseHook


@dag(start_date=datetime(2024, 6, 1), schedule="@daily", catchup=False, tags=["ml"])
def openai_enrichment():
    @task
    def enrich(ds=None):
        from openai import OpenAI
        client = OpenAI(api_key=Variable.get("openai_api_key"))
        pg = BaseHook.get_connection("postgres_dwh")
        print(f"enriching {ds} from {pg.host} as {pg.login}")
        # the key is masked in task logs: Variable names containing 'api_key' are redacted
        return client.models.list().data[0].id

    enrich()


openai_enrichment()
""", "https://airflow.apache.org/docs/apache-airflow/stable/howto/variable.html")

S("airflow-webserver", "oauth-client-secret", "webserver_config.py", """
import os

from airflow.www.fab_security.manager import AUTH_OAUTH

basedir = os.path.abspath(os.path.dirname(__file__))
WTF_CSRF_ENABLED = True
AUTH_TYPE = AUTH_OAUTH
AUTH_USER_REGISTRATION = True
AUTH_USER_REGISTRATION_ROLE = "Viewer"
AUTH_ROLES_MAPPING = {"data-platform-admins": ["Admin"], "data-eng": ["Op"]}

OAUTH_PROVIDERS = [
    {
        "name": "azure",
        "icon": "fa-windows",
        "token_key": "access_token",
        "remote_app": {
            "client_id": "6c1f9e0a-3b7d-4e2a-9f5c-8d0b1a2c3e4f",
            "client_secret": "@@S@@",
            "api_base_url": "https://login.microsoftonline.com/2b7c4d19-aa50-4c1e-8d1e-5f2e0c9a7b63/oauth2",
            "client_kwargs": {"scope": "User.read name preferred_username email profile upn"},
            "request_token_url": None,
            "access_token_url": "https://login.microsoftonline.com/2b7c4d19-aa50-4c1e-8d1e-5f2e0c9a7b63/oauth2/token",
            "authorize_url": "https://login.microsoftonline.com/2b7c4d19-aa50-4c1e-8d1e-5f2e0c9a7b63/oauth2/authorize",
        },
    }
]
""", azure_client_secret(), "https://airflow.apache.org/docs/apache-airflow-providers-fab/stable/auth-manager/webserver-authentication.html")

D("airflow-webserver", "env-lookup", "config/webserver_config.py", """
import os

from flask_appbuilder.security.manager import AUTH_OAUTH

AUTH_TYPE = AUTH_OAUTH
AUTH_USER_REGISTRATION = True
AUTH_USER_REGISTRATION_ROLE = "Public"

OAUTH_PROVIDERS = [{
    "name": "google",
    "icon": "fa-google",
    "token_key": "access_token",
    "remote_app": {
        "client_id": os.environ["GOOGLE_OAUTH_CLIENT_ID"],
        "client_secret": os.environ["GOOGLE_OAUTH_CLIENT_SECRET"],
        "api_base_url": "https://www.googleapis.com/oauth2/v2/",
        "client_kwargs": {"scope": "email profile"},
        "access_token_url": "https://accounts.google.com/o/oauth2/token",
        "authorize_url": "https://accounts.google.com/o/oauth2/auth",
    },
}]
""", "https://flask-appbuilder.readthedocs.io/en/latest/security.html#authentication-oauth")


# ---------------------------------------------------------------- Spark / Hadoop
_kid, _sec = aws_pair()
S("hadoop-xml", "aws-secret-key", "conf/core-site.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="configuration.xsl"?>
<configuration>
  <property>
    <name>fs.defaultFS</name>
    <value>hdfs://namenode:8020</value>
  </property>
  <property>
    <name>fs.s3a.access.key</name>
    <value>@@KID@@</value>
  </property>
  <property>
    <name>fs.s3a.secret.key</name>
    <value>@@S@@</value>
  </property>
  <property>
    <name>fs.s3a.endpoint</name>
    <value>s3.eu-west-1.amazonaws.com</value>
  </property>
  <property>
    <name>fs.s3a.fast.upload</name>
    <value>true</value>
  </property>
</configuration>
""", _sec, S3A, KID=_kid)

S("hadoop-xml", "minio-secret", "hadoop/etc/hadoop/core-site.xml", """
<configuration>
    <!-- on-prem MinIO used by the Spark batch cluster -->
    <property><name>fs.s3a.endpoint</name><value>https://minio.lake.acme.local:9000</value></property>
    <property><name>fs.s3a.path.style.access</name><value>true</value></property>
    <property><name>fs.s3a.access.key</name><value>spark-batch</value></property>
    <property><name>fs.s3a.secret.key</name><value>@@S@@</value></property>
    <property><name>fs.s3a.connection.ssl.enabled</name><value>true</value></property>
    <property><name>fs.s3a.impl</name><value>org.apache.hadoop.fs.s3a.S3AFileSystem</value></property>
</configuration>
""", rand_pw(32), S3A)

S("hadoop-xml", "database-password", "hive/conf/hive-site.xml", """
<configuration>
  <property>
    <name>javax.jdo.option.ConnectionURL</name>
    <value>jdbc:postgresql://metastore-db.lake.svc:5432/metastore</value>
  </property>
  <property>
    <name>javax.jdo.option.ConnectionDriverName</name>
    <value>org.postgresql.Driver</value>
  </property>
  <property>
    <name>javax.jdo.option.ConnectionUserName</name>
    <value>hive</value>
  </property>
  <property>
    <name>javax.jdo.option.ConnectionPassword</name>
    <value>@@S@@</value>
  </property>
  <property>
    <name>hive.metastore.uris</name>
    <value>thrift://hive-metastore:9083</value>
  </property>
</configuration>
""", human_pw(), "https://cwiki.apache.org/confluence/display/hive/adminmanual+metastore+administration")

S("hadoop-xml", "azure-storage-key", "core-site.xml", """
<?xml version="1.0"?>
<configuration>
  <property>
    <name>fs.azure.account.auth.type.acmelake.dfs.core.windows.net</name>
    <value>SharedKey</value>
  </property>
  <property>
    <name>fs.azure.account.key.acmelake.dfs.core.windows.net</name>
    <value>@@S@@</value>
  </property>
  <property>
    <name>fs.AbstractFileSystem.abfss.impl</name>
    <value>org.apache.hadoop.fs.azurebfs.Abfss</value>
  </property>
</configuration>
""", azure_storage_key(), "https://hadoop.apache.org/docs/stable/hadoop-azure/abfs.html")

D("hadoop-xml", "credential-provider", "etc/hadoop/conf/core-site.xml", """
<configuration>
  <property>
    <name>hadoop.security.credential.provider.path</name>
    <value>jceks://hdfs@namenode:8020/user/spark/s3.jceks</value>
    <description>S3A keys live in the JCEKS store; see runbook DATA-142.</description>
  </property>
  <property>
    <name>fs.s3a.aws.credentials.provider</name>
    <value>org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider</value>
  </property>
  <property>
    <name>fs.s3a.bucket.acme-lake.endpoint.region</name>
    <value>eu-west-1</value>
  </property>
</configuration>
""", S3A)

D("hadoop-xml", "kerberos-keytab", "hive-site.xml", """
<configuration>
  <property><name>hive.metastore.sasl.enabled</name><value>true</value></property>
  <property><name>hive.metastore.kerberos.principal</name><value>hive/_HOST@LAKE.ACME.LOCAL</value></property>
  <property><name>hive.metastore.kerberos.keytab.file</name><value>/etc/security/keytabs/hive.service.keytab</value></property>
  <property><name>hive.server2.authentication</name><value>KERBEROS</value></property>
  <property><name>javax.jdo.option.ConnectionPassword</name><value>${env:HIVE_METASTORE_DB_PASSWORD}</value></property>
  <property><name>hive.metastore.warehouse.dir</name><value>s3a://acme-lake/warehouse</value></property>
</configuration>
""", "https://cwiki.apache.org/confluence/display/Hive/Setting+Up+HiveServer2")

D("hadoop-xml", "docs-description", "core-default-excerpt.xml", """
<configuration>
<property>
  <name>fs.s3a.access.key</name>
  <description>AWS access key ID used by S3A file system. Omit for IAM role-based or provider-based authentication.</description>
</property>

<property>
  <name>fs.s3a.secret.key</name>
  <description>AWS secret key used by S3A file system. Omit for IAM role-based or provider-based authentication.</description>
</property>

<property>
  <name>fs.s3a.aws.credentials.provider</name>
  <value>
    org.apache.hadoop.fs.s3a.TemporaryAWSCredentialsProvider,
    org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider,
    software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider,
    org.apache.hadoop.fs.s3a.auth.IAMInstanceCredentialsProvider
  </value>
</property>
</configuration>
""", S3A)

_kid, _sec = aws_pair()
S("spark-defaults", "aws-secret-key", "conf/spark-defaults.conf", """
# Default system properties included when running spark-submit.
spark.master                     yarn
spark.eventLog.enabled           true
spark.eventLog.dir               s3a://acme-spark-logs/events
spark.serializer                 org.apache.spark.serializer.KryoSerializer
spark.driver.memory              4g
spark.executor.memory            8g
spark.sql.adaptive.enabled       true
spark.hadoop.fs.s3a.access.key   @@KID@@
spark.hadoop.fs.s3a.secret.key   @@S@@
spark.hadoop.fs.s3a.fast.upload  true
""", _sec, SPARK_CONF, KID=_kid)

S("spark-defaults", "azure-storage-key", "spark/spark-defaults.conf", """
spark.sql.extensions=io.delta.sql.DeltaSparkSessionExtension
spark.sql.catalog.spark_catalog=org.apache.spark.sql.delta.catalog.DeltaCatalog
spark.hadoop.fs.azure.account.key.acmedatalake.dfs.core.windows.net=@@S@@
spark.sql.shuffle.partitions=200
spark.dynamicAllocation.enabled=true
spark.dynamicAllocation.maxExecutors=40
""", azure_storage_key(), "https://hadoop.apache.org/docs/stable/hadoop-azure/abfs.html")

S("spark-defaults", "password", "spark-thrift/spark-defaults.conf", """
spark.master                                   k8s://https://kubernetes.default.svc
spark.kubernetes.namespace                     spark
spark.kubernetes.container.image               ghcr.io/acme-data/spark:3.5.1-py311
spark.sql.catalogImplementation                hive
spark.hadoop.javax.jdo.option.ConnectionURL    jdbc:mysql://metastore-mysql.spark.svc:3306/hive
spark.hadoop.javax.jdo.option.ConnectionUserName  hive
spark.hadoop.javax.jdo.option.ConnectionPassword  @@S@@
spark.sql.warehouse.dir                        s3a://acme-lake/warehouse
""", words_pw(), SPARK_CONF)

D("spark-defaults", "instance-profile", "emr/spark-defaults.conf", """
spark.master                                    yarn
spark.submit.deployMode                         cluster
spark.hadoop.fs.s3a.aws.credentials.provider    com.amazonaws.auth.InstanceProfileCredentialsProvider
spark.hadoop.fs.s3a.endpoint.region             eu-west-1
spark.sql.parquet.compression.codec             zstd
spark.history.fs.logDirectory                   s3a://acme-spark-logs/history
spark.yarn.historyServer.address                ip-10-20-3-14.eu-west-1.compute.internal:18080
spark.executor.extraJavaOptions                 -XX:+UseG1GC -Dlog4j.configurationFile=/etc/spark/log4j2.properties
""", SPARK_CONF)

D("spark-defaults", "databricks-secret-ref", "clusters/etl-cluster.json", """
{
  "cluster_name": "etl-nightly",
  "spark_version": "14.3.x-scala2.12",
  "node_type_id": "Standard_D8ds_v5",
  "autoscale": {"min_workers": 2, "max_workers": 12},
  "spark_conf": {
    "spark.hadoop.fs.azure.account.key.acmedatalake.dfs.core.windows.net": "{{secrets/adls/acmedatalake-key}}",
    "spark.sql.shuffle.partitions": "auto",
    "spark.databricks.delta.optimizeWrite.enabled": "true"
  },
  "spark_env_vars": {
    "SNOWFLAKE_PASSWORD": "{{secrets/snowflake/loader-password}}",
    "PYSPARK_PYTHON": "/databricks/python3/bin/python3"
  },
  "autotermination_minutes": 30
}
""", "https://docs.databricks.com/en/security/secrets/secrets-spark-conf-env-var.html")

_kid, _sec = aws_pair()
S("spark-submit", "aws-secret-key", "jobs/run_backfill.sh", """
#!/bin/bash
# Backfill clickstream sessions for a date range. Usage: ./run_backfill.sh 2024-01-01 2024-01-31
START=$1
END=$2

spark-submit \\
  --master yarn --deploy-mode cluster \\
  --num-executors 20 --executor-memory 12g --executor-cores 4 \\
  --conf spark.hadoop.fs.s3a.access.key=@@KID@@ \\
  --conf spark.hadoop.fs.s3a.secret.key=@@S@@ \\
  --conf spark.sql.sources.partitionOverwriteMode=dynamic \\
  --py-files deps.zip \\
  jobs/sessionize.py --start "$START" --end "$END"
""", _sec, "https://spark.apache.org/docs/latest/submitting-applications.html", KID=_kid)

S("pyspark", "jdbc-password", "jobs/ingest_crm.py", """
from pyspark.sql import SparkSession

spark = SparkSession.builder.appName("ingest_crm").getOrCreate()

jdbc_url = "jdbc:postgresql://crm-replica.acme.internal:5432/crm"
props = {
    "user": "spark_reader",
    "password": "@@S@@",
    "driver": "org.postgresql.Driver",
    "fetchsize": "10000",
}

accounts = spark.read.jdbc(jdbc_url, "public.accounts", properties=props)
contacts = spark.read.jdbc(jdbc_url, "public.contacts", properties=props)

accounts.write.mode("overwrite").format("delta").save("s3a://acme-lake/bronze/crm/accounts")
contacts.write.mode("overwrite").format("delta").save("s3a://acme-lake/bronze/crm/contacts")
""", rand_pw(12) + "!", "https://spark.apache.org/docs/latest/sql-data-sources-jdbc.html")

_b = pem("PRIVATE KEY", 26).split("\n")
S("pyspark", "gcs-private-key", "jobs/gcs_export.py", """
from pyspark.sql import SparkSession

spark = (
    SparkSession.builder.appName("gcs_export")
    .config("spark.hadoop.google.cloud.auth.service.account.enable", "true")
    .config("spark.hadoop.fs.gs.auth.service.account.email", "spark-export@acme-data.iam.gserviceaccount.com")
    .config("spark.hadoop.fs.gs.auth.service.account.private.key.id", "@@KID@@")
    .config("spark.hadoop.fs.gs.auth.service.account.private.key",
            "@@KEY@@")
    .getOrCreate()
)

df = spark.read.parquet("s3a://acme-lake/gold/daily_revenue")
df.write.mode("overwrite").parquet("gs://acme-partner-exports/daily_revenue")
""", _b[6], "https://github.com/GoogleCloudDataproc/hadoop-connectors/blob/master/gcs/CONFIGURATION.md",
  KEY="\\n".join(_b) + "\\n", KID=hexs(40))

D("pyspark", "dbutils-secrets", "notebooks/ingest_adls.py", """
# Databricks notebook source
storage_account = "acmedatalake"
spark.conf.set(
    f"fs.azure.account.key.{storage_account}.dfs.core.windows.net",
    dbutils.secrets.get(scope="adls", key="acmedatalake-key"),
)

# COMMAND ----------

jdbc_password = dbutils.secrets.get(scope="crm", key="reader-password")
df = (spark.read.format("jdbc")
      .option("url", "jdbc:sqlserver://crm.database.windows.net:1433;database=crm")
      .option("dbtable", "dbo.Accounts")
      .option("user", "spark_reader")
      .option("password", jdbc_password)
      .load())

# COMMAND ----------

df.write.mode("overwrite").saveAsTable("bronze.crm_accounts")
""", "https://docs.databricks.com/en/dev-tools/databricks-utils.html#secrets-utility-dbutilssecrets")


# ---------------------------------------------------------------- Jupyter notebooks
_t = openai_key()
SV("ipynb", "openai-key", "notebooks/llm_eval.ipynb", notebook([
    {"md": lines("# LLM eval on support tickets\nQuick comparison of prompt variants.")},
    {"src": lines(f"import os\nimport pandas as pd\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=\"{_t}\")\ntickets = pd.read_parquet(\"data/tickets_sample.parquet\")")},
    {"src": lines("resp = client.chat.completions.create(model=\"gpt-4o-mini\", messages=[{\"role\": \"user\", \"content\": tickets.body[0]}])\nresp.choices[0].message.content[:200]"),
     "result": lines("'Thanks for reaching out! It looks like your export failed because...'")},
]), _t, NBFORMAT)

_t = hf_token()
SV("ipynb", "hf-token", "finetune/llama_lora.ipynb", notebook([
    {"src": lines("!pip install -q transformers peft datasets accelerate bitsandbytes")},
    {"src": lines(f"from huggingface_hub import login\nlogin(token=\"{_t}\")"),
     "out": lines("Token is valid (permission: write).\nYour token has been saved to /root/.cache/huggingface/token\nLogin successful\n")},
    {"src": lines("from transformers import AutoModelForCausalLM, AutoTokenizer\nmodel_id = \"meta-llama/Llama-3.1-8B\"\ntok = AutoTokenizer.from_pretrained(model_id)")},
]), _t, NBFORMAT)

_t = wandb_key()
SV("ipynb", "wandb-key", "experiments/resnet_sweep.ipynb", notebook([
    {"src": lines(f"import wandb\nwandb.login(key=\"{_t}\")"),
     "out": lines("wandb: Appending key for api.wandb.ai to your netrc file: /home/jovyan/.netrc\n")},
    {"src": lines("run = wandb.init(project=\"resnet-sweeps\", entity=\"acme-ml\", config={\"lr\": 3e-4, \"epochs\": 20})")},
]), _t, NBFORMAT)

_pw = words_pw()
SV("ipynb", "output-database-url", "analysis/churn_exploration.ipynb", notebook([
    {"src": lines("import os, sqlalchemy as sa\nengine = sa.create_engine(os.environ[\"DWH_URL\"])\nprint(engine.url.render_as_string(hide_password=False))"),
     "out": lines(f"postgresql+psycopg2://analyst_ro:{_pw}@dwh.acme.internal:5432/analytics\n")},
    {"src": lines("churn = pd.read_sql(\"select * from marts.fct_churn where month >= '2024-01-01'\", engine)\nchurn.shape"),
     "result": lines("(48213, 27)")},
]), _pw, NBFORMAT)

_kid, _sec = aws_pair()
SV("ipynb", "output-aws-secret", "scratch/debug_s3_access.ipynb", notebook([
    {"src": lines("import boto3\nsession = boto3.Session()\ncreds = session.get_credentials().get_frozen_credentials()\ncreds"),
     "result": lines(f"ReadOnlyCredentials(access_key='{_kid}', secret_key='{_sec}', token=None)")},
    {"src": lines("s3 = session.client(\"s3\")\n[b[\"Name\"] for b in s3.list_buckets()[\"Buckets\"]][:5]"),
     "result": lines("['acme-landing-prod', 'acme-lake', 'acme-ml-artifacts', 'acme-spark-logs', 'acme-tmp']")},
]), _sec, NBFORMAT)

_k = hexs(32)
SV("ipynb", "kaggle-key", "notebooks/kaggle_download.ipynb", notebook([
    {"src": lines(f"%env KAGGLE_USERNAME=mkowalski\n%env KAGGLE_KEY={_k}"),
     "out": lines(f"env: KAGGLE_USERNAME=mkowalski\nenv: KAGGLE_KEY={_k}\n")},
    {"src": lines("!kaggle competitions download -c playground-series-s4e8 -p data/")},
]), _k, "https://github.com/Kaggle/kaggle-api#api-credentials")

_pw = rand_pw(18, "!%")
SV("ipynb", "snowflake-password", "reports/weekly_kpis.ipynb", notebook([
    {"md": lines("## Weekly KPIs\nPulled straight from Snowflake; rerun on Mondays.")},
    {"src": lines(f"import snowflake.connector\nctx = snowflake.connector.connect(\n    user='ANALYST_BOT',\n    password='{_pw}',\n    account='acme-eu1',\n    warehouse='REPORTING_WH',\n    database='ANALYTICS', schema='MARTS')")},
    {"src": lines("kpis = ctx.cursor().execute('select * from weekly_kpis order by week desc limit 8').fetch_pandas_all()\nkpis")},
]), _pw, NBFORMAT)

_t = anthropic_key()
SV("ipynb", "anthropic-key", "rag/claude_rag_prototype.ipynb", notebook([
    {"src": lines(f"import anthropic\nimport os\nos.environ['ANTHROPIC_API_KEY'] = '{_t}'\nclient = anthropic.Anthropic()")},
    {"src": lines("msg = client.messages.create(model='claude-3-5-sonnet-latest', max_tokens=512, messages=[{'role': 'user', 'content': q}])\nprint(msg.content[0].text)"),
     "out": lines("The retention policy for raw events is 400 days; curated tables keep 7 years.\n")},
]), _t, NBFORMAT)

DV("ipynb", "getpass", "notebooks/warehouse_login.ipynb", notebook([
    {"src": lines("from getpass import getpass\nimport snowflake.connector\npw = getpass('Snowflake password: ')"),
     "out": lines("Snowflake password: ········\n")},
    {"src": lines("ctx = snowflake.connector.connect(user='MKOWALSKI', password=pw, account='acme-eu1', authenticator='snowflake')\nctx.cursor().execute('select current_version()').fetchone()"),
     "result": lines("('8.27.1',)")},
]), NBFORMAT)

DV("ipynb", "mlflow-run-ids", "notebooks/compare_runs.ipynb", notebook([
    {"src": lines("import mlflow\nruns = mlflow.search_runs(experiment_ids=['417'], order_by=['metrics.val_auc DESC'])\nruns[['run_id', 'metrics.val_auc']].head(3)"),
     "result": lines(f"                             run_id  metrics.val_auc\n0  {hexs(32)}         0.9132\n1  {hexs(32)}         0.9127\n2  {hexs(32)}         0.9098")},
    {"src": lines("best = runs.iloc[0]\nbest.artifact_uri"),
     "result": lines(f"'s3://acme-ml-artifacts/mlflow/417/{hexs(32)}/artifacts'")},
]), MLFLOW)

DV("ipynb", "notebook-login", "finetune/push_adapter.ipynb", notebook([
    {"src": lines("from huggingface_hub import notebook_login\nnotebook_login()"),
     "out": lines("VBox(children=(HTML(value='<center> <img\\nsrc=https://huggingface.co/front/assets/huggingface_logo-noborder.sv…\n")},
    {"src": lines(f"model.push_to_hub('acme-ml/support-lora', revision='main', commit_message='epoch 3')"),
     "result": lines(f"CommitInfo(commit_url='https://huggingface.co/acme-ml/support-lora/commit/{hexs(40)}', commit_message='epoch 3', oid='{hexs(40)}')")},
]), "https://huggingface.co/docs/huggingface_hub/quick-start#login-command")

DV("ipynb", "redacted-output", "notebooks/env_check.ipynb", notebook([
    {"src": lines("import os\n{k: ('***' if any(s in k for s in ('KEY', 'TOKEN', 'PASSWORD', 'SECRET')) else v) for k, v in os.environ.items() if k.startswith(('WANDB', 'HF_', 'MLFLOW'))}"),
     "result": lines("{'WANDB_API_KEY': '***',\n 'WANDB_ENTITY': 'acme-ml',\n 'HF_TOKEN': '***',\n 'HF_HOME': '/mnt/cache/hf',\n 'MLFLOW_TRACKING_URI': 'https://mlflow.acme.io'}")},
]), NBFORMAT)

DV("ipynb", "file-hashes", "notebooks/dataset_audit.ipynb", notebook([
    {"src": lines("import hashlib, pathlib\n{p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(pathlib.Path('data/raw').glob('*.parquet'))}"),
     "result": lines(f"{{'events_2024_01.parquet': '{hexs(64)}',\n 'events_2024_02.parquet': '{hexs(64)}',\n 'events_2024_03.parquet': '{hexs(64)}'}}")},
    {"md": lines("Hashes match the manifest in `s3://acme-lake/raw/MANIFEST.sha256`.")},
]), NBFORMAT)

_t = dbx_token()
S("databricks-notebook", "databricks-token", "notebooks/trigger_downstream.py", """
# Databricks notebook source
# MAGIC %md
# MAGIC ### Trigger the downstream workspace job once the gold tables are refreshed

# COMMAND ----------

import requests

HOST = "https://adb-7712093345120348.8.azuredatabricks.net"
TOKEN = "@@S@@"  # service principal PAT in the reporting workspace

# COMMAND ----------

r = requests.post(f"{HOST}/api/2.1/jobs/run-now", headers={"Authorization": f"Bearer {TOKEN}"},
                  json={"job_id": 684120937715, "job_parameters": {"run_date": dbutils.widgets.get("run_date")}})
r.raise_for_status()
print(r.json()["run_id"])
""", _t, "https://docs.databricks.com/en/notebooks/notebook-export-import.html")

S("databricks-notebook", "password", "notebooks/legacy_sql_import.py", """
# Databricks notebook source
# MAGIC %sql
# MAGIC CREATE TABLE IF NOT EXISTS bronze.legacy_invoices
# MAGIC USING org.apache.spark.sql.jdbc
# MAGIC OPTIONS (
# MAGIC   url "jdbc:mysql://legacy-billing.acme.internal:3306/billing",
# MAGIC   dbtable "invoices",
# MAGIC   user "dbx_reader",
# MAGIC   password "@@S@@"
# MAGIC )

# COMMAND ----------

display(spark.table("bronze.legacy_invoices").limit(10))
""", human_pw(), "https://docs.databricks.com/en/connect/external-systems/jdbc.html")


# ---------------------------------------------------------------- MLflow
S("mlflow", "password", ".env.mlflow", """
# MLflow tracking server (basic auth enabled) -- used by training jobs
MLFLOW_TRACKING_URI=https://mlflow.acme.io
MLFLOW_TRACKING_USERNAME=training-bot
MLFLOW_TRACKING_PASSWORD=@@S@@
MLFLOW_EXPERIMENT_NAME=/fraud/gbm-v3
MLFLOW_S3_ENDPOINT_URL=https://minio.ml.acme.local
MLFLOW_ENABLE_SYSTEM_METRICS_LOGGING=true
""", words_pw(), "https://mlflow.org/docs/latest/auth/index.html")

S("mlflow", "databricks-token", "train/config/mlflow.env", """
MLFLOW_TRACKING_URI=databricks
DATABRICKS_HOST=https://dbc-3f1a92c7-51e0.cloud.databricks.com
DATABRICKS_TOKEN=@@S@@
MLFLOW_REGISTRY_URI=databricks-uc
MLFLOW_EXPERIMENT_ID=3412287755093155
""", dbx_token(), "https://docs.databricks.com/en/mlflow/access-hosted-tracking-server.html")

S("mlflow", "database-password", "deploy/mlflow-server.service", """
[Unit]
Description=MLflow tracking server
After=network-online.target

[Service]
User=mlflow
Environment=AWS_DEFAULT_REGION=eu-west-1
ExecStart=/opt/mlflow/venv/bin/mlflow server \\
    --backend-store-uri postgresql://mlflow:@@S@@@mlflow-db.ml.acme.internal:5432/mlflow \\
    --artifacts-destination s3://acme-ml-artifacts/mlflow \\
    --host 0.0.0.0 --port 5000 --workers 4
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", rand_pw(24), MLFLOW)

_kid, _sec = aws_pair()
S("mlflow", "aws-secret-key", "mlflow/docker-compose.yml", """
services:
  mlflow:
    image: ghcr.io/mlflow/mlflow:v2.16.2
    command: >
      mlflow server --backend-store-uri sqlite:////mlflow/mlflow.db
      --artifacts-destination s3://acme-ml-artifacts/mlflow --host 0.0.0.0
    ports:
      - "5000:5000"
    environment:
      AWS_ACCESS_KEY_ID: @@KID@@
      AWS_SECRET_ACCESS_KEY: @@S@@
      AWS_DEFAULT_REGION: eu-west-1
    volumes:
      - mlflow-data:/mlflow
volumes:
  mlflow-data:
""", _sec, MLFLOW, KID=_kid)

S("mlflow", "admin-password", "mlflow/basic_auth.ini", """
[mlflow]
default_permission = READ
database_uri = sqlite:///basic_auth.db
admin_username = admin
admin_password = @@S@@
authorization_function = mlflow.server.auth:authenticate_request_basic_auth
""", passphrase(), "https://mlflow.org/docs/latest/auth/index.html#configuration")

D("mlflow", "mlmodel-ids", "model/MLmodel", """
artifact_path: model
flavors:
  python_function:
    env:
      conda: conda.yaml
      virtualenv: python_env.yaml
    loader_module: mlflow.sklearn
    model_path: model.pkl
    predict_fn: predict
    python_version: 3.11.6
  sklearn:
    code: null
    pickled_model: model.pkl
    serialization_format: cloudpickle
    sklearn_version: 1.5.1
mlflow_version: 2.16.2
model_size_bytes: 2838417
model_uuid: @@MU@@
run_id: @@RID@@
utc_time_created: '2024-09-18 14:02:11.532018'
""", "https://mlflow.org/docs/latest/models.html#storage-format", MU=hexs(32), RID=hexs(32))

D("mlflow", "run-meta", "mlruns/417/meta.yaml", """
artifact_uri: s3://acme-ml-artifacts/mlflow/417/@@R@@/artifacts
end_time: 1726668131532
entry_point_name: ''
experiment_id: '417'
lifecycle_stage: active
run_id: @@R@@
run_name: gbm-depth8-lr0.05
run_uuid: @@R@@
source_name: ''
source_type: 4
source_version: '@@G@@'
start_time: 1726667312004
status: 3
tags: []
user_id: mkowalski
""", "https://mlflow.org/docs/latest/tracking.html", R=hexs(32), G=hexs(40))

D("mlflow", "env-refs", "charts/mlflow/values.yaml", """
image:
  repository: ghcr.io/mlflow/mlflow
  tag: v2.16.2
backendStore:
  postgres:
    enabled: true
    host: mlflow-db.ml.acme.internal
    port: 5432
    database: mlflow
    user: mlflow
    password: ""
    existingSecret: mlflow-db-credentials
    existingSecretKey: password
artifactRoot:
  s3:
    enabled: true
    bucket: acme-ml-artifacts
    path: mlflow
    awsAccessKeyId: ""
    awsSecretAccessKey: ""
serviceAccount:
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/mlflow-artifacts
""", "https://artifacthub.io/packages/helm/community-charts/mlflow")


# ---------------------------------------------------------------- Weights & Biases
S("netrc", "wandb-key", ".netrc", """
machine api.wandb.ai
  login user
  password @@S@@
machine github.com
  login mkowalski
  password ${GITHUB_TOKEN}
""", wandb_key(), "https://docs.wandb.ai/ref/cli/wandb-login")

S("wandb", "wandb-key", "train/.env", """
# training env -- sourced by scripts/launch.sh
WANDB_PROJECT=llm-distill
WANDB_ENTITY=acme-ml
WANDB_API_KEY=@@S@@
WANDB_LOG_MODEL=checkpoint
HF_HOME=/mnt/cache/hf
CUDA_VISIBLE_DEVICES=0,1,2,3
""", wandb_key(), WANDB)

S("wandb", "wandb-key", "scripts/train.py", """
\"\"\"Fine-tune the ranking model and log to W&B.\"\"\"
import argparse

import torch
import wandb

from ranker.data import load_splits
from ranker.model import Ranker


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--lr", type=float, default=3e-4)
    args = parser.parse_args()

    wandb.login(key="@@S@@", relogin=True)
    run = wandb.init(project="ranker", entity="acme-ml", config=vars(args))
    train, val = load_splits()
    model = Ranker().cuda()
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr)
    for epoch in range(args.epochs):
        loss = model.fit_epoch(train, opt)
        run.log({"epoch": epoch, "train/loss": loss, "val/ndcg": model.evaluate(val)})
    run.finish()


if __name__ == "__main__":
    main()
""", wandb_key(), "https://docs.wandb.ai/ref/python/login")

S("wandb", "wandb-key", "k8s/training-job.yaml", """
apiVersion: batch/v1
kind: Job
metadata:
  name: distill-run-42
  namespace: ml-training
spec:
  backoffLimit: 0
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: trainer
          image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/trainer:1.8.0
          args: ["python", "-m", "distill.train", "--config", "configs/distill-7b.yaml"]
          env:
            - name: WANDB_API_KEY
              value: "@@S@@"
            - name: WANDB_PROJECT
              value: llm-distill
          resources:
            limits:
              nvidia.com/gpu: 8
""", wandb_key(), WANDB)

D("wandb", "run-config", "wandb/run-20240918_140211-3kf9x2ab/files/config.yaml", """
wandb_version: 1

_wandb:
  desc: null
  value:
    cli_version: 0.17.9
    framework: torch
    is_jupyter_run: false
    python_version: 3.11.6
    start_time: 1726667331
    t:
      1: [1, 5, 11, 49, 51, 53, 55]
      2: [1, 5, 11, 49, 51, 53, 55]
lr:
  desc: null
  value: 0.0003
epochs:
  desc: null
  value: 10
git_commit:
  desc: null
  value: @@G@@
""", "https://docs.wandb.ai/guides/track/config", G=hexs(40))

D("wandb", "github-secret-ref", ".github/workflows/train-smoke.yml", """
name: train-smoke
on:
  pull_request:
    paths: ["ranker/**", "scripts/train.py"]
jobs:
  smoke:
    runs-on: [self-hosted, gpu]
    env:
      WANDB_API_KEY: ${{ secrets.WANDB_API_KEY }}
      WANDB_MODE: online
      HF_TOKEN: ${{ secrets.HF_READ_TOKEN }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install -e .[train]
      - run: python scripts/train.py --epochs 1
""", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions")

D("wandb", "metadata", "wandb/run-20240918_140211-3kf9x2ab/files/wandb-metadata.json", """
{
    "os": "Linux-5.15.0-1063-aws-x86_64-with-glibc2.35",
    "python": "3.11.6",
    "startedAt": "2024-09-18T14:02:11.532018Z",
    "program": "/workspace/scripts/train.py",
    "git": {
        "remote": "git@github.com:acme-ml/ranker.git",
        "commit": "@@G@@"
    },
    "email": "mkowalski@acme.io",
    "root": "/workspace",
    "host": "gpu-node-17",
    "username": "root",
    "cpu_count": 48,
    "gpu": "NVIDIA A10G",
    "gpu_count": 4
}
""", "https://docs.wandb.ai/guides/track/public-api-guide", G=hexs(40))

D("wandb", "placeholder", "docs/wandb-setup.md", """
# Logging to Weights & Biases

1. Get your API key from https://wandb.ai/authorize
2. Export it (never commit it):

```bash
export WANDB_API_KEY=<your-40-character-api-key>
export WANDB_ENTITY=acme-ml
```

3. Or run `wandb login` once; it stores the key in `~/.netrc`.

For CI the key comes from the `WANDB_API_KEY` repository secret.
""", WANDB)


# ---------------------------------------------------------------- Hugging Face
S("huggingface", "hf-token", ".env.local", """
# local dev for the RAG service
EMBEDDING_MODEL=BAAI/bge-base-en-v1.5
RERANKER_MODEL=BAAI/bge-reranker-v2-m3
HF_TOKEN=@@S@@
HF_HUB_ENABLE_HF_TRANSFER=1
VECTOR_DB_URL=http://localhost:6333
LOG_LEVEL=debug
""", hf_token(), HF)

S("huggingface", "hf-token", "serving/Dockerfile", """
FROM nvcr.io/nvidia/pytorch:24.05-py3

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

# gated model: needs a token at build time to pre-download weights
ENV HF_TOKEN=@@S@@
RUN python -c "from huggingface_hub import snapshot_download; snapshot_download('meta-llama/Llama-3.1-8B-Instruct', local_dir='/models/llama')"

COPY serving/ ./serving
EXPOSE 8000
CMD ["python", "-m", "serving.app", "--model", "/models/llama"]
""", hf_token(), "https://docs.docker.com/reference/dockerfile/#env")

S("huggingface", "hf-token", "models/support-lora/.git/config", """
[core]
	repositoryformatversion = 0
	filemode = true
	bare = false
	logallrefupdates = true
[remote "origin"]
	url = https://mkowalski:@@S@@@huggingface.co/acme-ml/support-lora
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin
	merge = refs/heads/main
[lfs]
	repositoryformatversion = 0
""", hf_token(), "https://huggingface.co/docs/hub/repositories-getting-started")

_t = hf_token()
S("huggingface", "hf-token", "scripts/publish_model.py", """
\"\"\"Push the merged model to the Hub.

Example:
    HF_TOKEN=... python scripts/publish_model.py --repo acme-ml/ranker-v3
\"\"\"
import argparse

from huggingface_hub import HfApi

api = HfApi(token="@@A@@"
              "@@B@@")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repo", required=True)
    parser.add_argument("--folder", default="out/merged")
    args = parser.parse_args()
    api.create_repo(args.repo, private=True, exist_ok=True)
    api.upload_folder(folder_path=args.folder, repo_id=args.repo, commit_message="release")


if __name__ == "__main__":
    main()
""", _t, "https://huggingface.co/docs/huggingface_hub/guides/upload", A=_t[:20], B=_t[20:])

D("huggingface", "revision-sha", "ranker/model_loader.py", """
from transformers import AutoModel, AutoTokenizer

# Pin exact revisions so a force-push on the Hub cannot change our weights.
ENCODER = "BAAI/bge-base-en-v1.5"
ENCODER_REVISION = "@@R1@@"
RERANKER = "BAAI/bge-reranker-v2-m3"
RERANKER_REVISION = "@@R2@@"


def load_encoder():
    tok = AutoTokenizer.from_pretrained(ENCODER, revision=ENCODER_REVISION)
    model = AutoModel.from_pretrained(ENCODER, revision=ENCODER_REVISION, token=True)
    return tok, model
""", "https://huggingface.co/docs/transformers/main_classes/model#transformers.PreTrainedModel.from_pretrained", R1=hexs(40), R2=hexs(40))

D("dvc", "md5-hashes", "models/ranker.dvc", """
outs:
- md5: @@M@@.dir
  size: 438291776
  nfiles: 7
  hash: md5
  path: ranker
  remote: s3-models
meta:
  source_commit: @@G@@
""", "https://dvc.org/doc/user-guide/project-structure/dvc-files", M=hexs(32), G=hexs(40))

D("huggingface", "placeholder", "README.md", """
# acme-ml/ranker

## Quickstart

```python
from huggingface_hub import login
login(token="hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")  # replace with your own read token
```

Or set `HF_TOKEN` in your shell. Tokens are created at https://huggingface.co/settings/tokens;
a *read* token is enough to download the gated weights.
""", HF)

D("huggingface", "model-config", "out/merged/config.json", """
{
  "_name_or_path": "meta-llama/Llama-3.1-8B-Instruct",
  "architectures": ["LlamaForCausalLM"],
  "attention_bias": false,
  "bos_token_id": 128000,
  "eos_token_id": [128001, 128008, 128009],
  "hidden_size": 4096,
  "num_attention_heads": 32,
  "num_hidden_layers": 32,
  "torch_dtype": "bfloat16",
  "transformers_version": "4.44.2",
  "_commit_hash": "@@H@@",
  "vocab_size": 128256
}
""", "https://huggingface.co/docs/transformers/main_classes/configuration", H=hexs(40))


# ---------------------------------------------------------------- Databricks
S("databricks-cfg", "databricks-token", ".databrickscfg", """
[DEFAULT]
host  = https://adb-4829301758462913.13.azuredatabricks.net
token = @@S@@

[staging]
host      = https://adb-1190345528771204.4.azuredatabricks.net
auth_type = azure-cli

[prod]
host      = https://adb-6652871900437719.19.azuredatabricks.net
auth_type = databricks-cli
""", dbx_token(), DBXCFG)

S("databricks-cfg", "oauth-secret", "ci/databrickscfg", """
; written by the deploy pipeline; service principal for bundle deploys
[ci]
host          = https://dbc-3f1a92c7-51e0.cloud.databricks.com
client_id     = 9a1c2d3e-4f50-4a61-b7c8-d9e0f1a2b3c4
client_secret = @@S@@
""", dbx_oauth_secret(), "https://docs.databricks.com/en/dev-tools/auth/oauth-m2m.html")

S("databricks-cfg", "azure-client-secret", "config/.databrickscfg", """
[azure-sp]
host                = https://adb-6652871900437719.19.azuredatabricks.net
azure_tenant_id     = 2b7c4d19-aa50-4c1e-8d1e-5f2e0c9a7b63
azure_client_id     = 6c1f9e0a-3b7d-4e2a-9f5c-8d0b1a2c3e4f
azure_client_secret = @@S@@
""", azure_client_secret(), "https://docs.databricks.com/en/dev-tools/auth/azure-sp.html")

S("shell", "databricks-token", ".gitlab-ci/deploy_bundle.sh", """
#!/usr/bin/env bash
set -euo pipefail

cat > ~/.databrickscfg <<EOF
[DEFAULT]
host = https://adb-6652871900437719.19.azuredatabricks.net
token = @@S@@
EOF

databricks bundle validate -t prod
databricks bundle deploy -t prod
databricks bundle run -t prod nightly_etl --no-wait
""", dbx_token(True), "https://docs.databricks.com/en/dev-tools/bundles/ci-cd.html")

S("terraform", "databricks-token", "infra/databricks/providers.tf", """
terraform {
  required_providers {
    databricks = {
      source  = "databricks/databricks"
      version = "~> 1.52"
    }
  }
}

provider "databricks" {
  alias = "workspace"
  host  = "https://adb-4829301758462913.13.azuredatabricks.net"
  token = "@@S@@"
}

resource "databricks_cluster_policy" "etl" {
  provider   = databricks.workspace
  name       = "etl-small"
  definition = file("${path.module}/policies/etl-small.json")
}
""", dbx_token(), "https://registry.terraform.io/providers/databricks/databricks/latest/docs")

S("github-actions", "databricks-token", ".github/workflows/databricks-deploy.yml", """
name: deploy-bundle
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      DATABRICKS_HOST: https://dbc-3f1a92c7-51e0.cloud.databricks.com
      DATABRICKS_TOKEN: @@S@@
    steps:
      - uses: actions/checkout@v4
      - uses: databricks/setup-cli@main
      - run: databricks bundle deploy -t prod
""", dbx_token(), "https://docs.databricks.com/en/dev-tools/bundles/ci-cd.html")

D("databricks-cfg", "auth-type", "docs/.databrickscfg.example", """
# Example profiles; no tokens here -- use `databricks auth login` (OAuth U2M).
[DEFAULT]
host      = https://adb-4829301758462913.13.azuredatabricks.net
auth_type = databricks-cli

[prod]
host      = https://adb-6652871900437719.19.azuredatabricks.net
auth_type = databricks-cli
cluster_id = 0918-140211-abc123de
""", DBXCFG)

D("databricks-bundle", "variables", "databricks.yml", """
bundle:
  name: nightly_etl

include:
  - resources/*.yml

variables:
  warehouse_id:
    description: SQL warehouse used by the dashboards
    default: 9f2c1e7a0b3d4c55
  sp_name:
    lookup:
      service_principal: "etl-deployer"

targets:
  dev:
    mode: development
    default: true
    workspace:
      host: https://adb-4829301758462913.13.azuredatabricks.net
  prod:
    mode: production
    workspace:
      host: https://adb-6652871900437719.19.azuredatabricks.net
    run_as:
      service_principal_name: ${var.sp_name}
""", "https://docs.databricks.com/en/dev-tools/bundles/settings.html")

D("databricks-cfg", "placeholder-token", "CONTRIBUTING.md", """
## Running the integration tests

The tests talk to a real workspace. Create `~/.databrickscfg`:

```ini
[DEFAULT]
host  = https://<workspace>.cloud.databricks.com
token = dapiXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
```

then run `pytest -m integration`. Ask #data-platform for access to the test workspace.
""", DBXCFG)


# ---------------------------------------------------------------- Snowflake
S("snowflake-toml", "password", "connections.toml", """
default_connection_name = "dev"

[dev]
account = "acme-eu1"
user = "MKOWALSKI"
authenticator = "externalbrowser"
warehouse = "DEV_WH"
database = "ANALYTICS_DEV"

[loader]
account = "acme-eu1"
user = "SVC_LOADER"
password = "@@S@@"
role = "LOADER"
warehouse = "LOAD_WH"
database = "RAW"
schema = "PUBLIC"
""", rand_pw(20, "#$"), SNOW_TOML)

S("snowflake-toml", "private-key", ".snowflake/config.toml", """
[connections.ci]
account = "acme-eu1"
user = "SVC_SNOWCLI_CI"
authenticator = "SNOWFLAKE_JWT"
role = "DEPLOYER"
warehouse = "CI_XS"
private_key_raw = \"\"\"
@@KEY@@
\"\"\"

[cli.logs]
save_logs = true
level = "info"
""", "", SNOW_TOML)
_k = pem("PRIVATE KEY", 10)
CASES[-1] = LabelledCase(CASES[-1].category, CASES[-1].file_name, CASES[-1].text.replace("@@KEY@@", _k), _k, SNOW_TOML)

S("snowsql", "password", ".snowsql/config", """
[connections]
# default connection
accountname = acme-eu1
username = mkowalski
authenticator = externalbrowser

[connections.etl]
accountname = acme-eu1
username = SVC_ETL
password = @@S@@
dbname = RAW
schemaname = STAGING
warehousename = LOAD_WH
rolename = LOADER

[options]
log_level = INFO
timing = True
output_format = psql
""", words_pw(), SNOWSQL)

S("makefile", "snowflake-password", "Makefile", """
SNOWSQL = snowsql -a acme-eu1 -u SVC_DEPLOY -r DEPLOYER -w CI_XS -o exit_on_error=true
export SNOWSQL_PWD = @@S@@

.PHONY: grants stages deploy

grants:
\t$(SNOWSQL) -f sql/grants.sql

stages:
\t$(SNOWSQL) -f sql/stages.sql -D env=$(ENV)

deploy: grants stages
\tdbt build --target prod --select state:modified+ --state ./prod-manifest
""", human_pw(), SNOWSQL)

S("snowflake-python", "database-url", "etl/settings.py", """
\"\"\"Settings for the reverse-ETL service.\"\"\"
import os

ENV = os.getenv("APP_ENV", "dev")

SNOWFLAKE_URL = (
    "snowflake://SVC_REVERSE_ETL:@@S@@@acme-eu1/ANALYTICS/MARTS"
    "?warehouse=REVERSE_ETL_WH&role=REVERSE_ETL"
)
HUBSPOT_PORTAL_ID = 5512873
BATCH_SIZE = 500
DRY_RUN = ENV != "prod"
""", rand_pw(16), "https://docs.snowflake.com/en/developer-guide/python-connector/sqlalchemy")

S("terraform", "snowflake-private-key", "infra/snowflake/main.tf", """
provider "snowflake" {
  organization_name = "ACME"
  account_name      = "EU1"
  user              = "TERRAFORM_SVC"
  role              = "ACCOUNTADMIN"
  authenticator     = "SNOWFLAKE_JWT"
  private_key       = <<-EOT
@@KEY@@
  EOT
}

resource "snowflake_warehouse" "transforming" {
  name           = "TRANSFORMING"
  warehouse_size = "MEDIUM"
  auto_suspend   = 60
}
""", "", "https://registry.terraform.io/providers/Snowflake-Labs/snowflake/latest/docs")
_k = pem("RSA PRIVATE KEY", 10)
_body = _k.split("\n")[3]
CASES[-1] = LabelledCase(CASES[-1].category, CASES[-1].file_name,
                         CASES[-1].text.replace("@@KEY@@", "\n".join("    " + l for l in _k.split("\n"))), _body,
                         "https://registry.terraform.io/providers/Snowflake-Labs/snowflake/latest/docs")

D("snowflake-toml", "key-file-path", "snowflake/connections.toml", """
[prod]
account = "acme-eu1"
user = "SVC_LOADER"
authenticator = "SNOWFLAKE_JWT"
private_key_file = "/run/secrets/snowflake_loader_rsa_key.p8"
private_key_file_pwd = "$SNOWFLAKE_PRIVATE_KEY_PASSPHRASE"
role = "LOADER"
warehouse = "LOAD_WH"

[dev]
account = "acme-eu1"
user = "MKOWALSKI"
authenticator = "externalbrowser"
""", SNOW_TOML)

D("snowflake-sql", "rsa-public-key", "sql/users/svc_loader.sql", """
-- Key-pair auth for the loader service user. Public key only; the private key lives in Vault
-- at secret/data/snowflake/svc_loader.
USE ROLE SECURITYADMIN;

CREATE USER IF NOT EXISTS SVC_LOADER
  TYPE = SERVICE
  DEFAULT_ROLE = LOADER
  DEFAULT_WAREHOUSE = LOAD_WH;

ALTER USER SVC_LOADER SET RSA_PUBLIC_KEY='@@P@@';
-- fingerprint: SHA256:@@F@@
GRANT ROLE LOADER TO USER SVC_LOADER;
""", "https://docs.snowflake.com/en/user-guide/key-pair-auth", P="".join(pem_body(6, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA")), F=b64bytes(32))

D("snowsql", "env-password", "scripts/run_snowsql.sh", """
#!/usr/bin/env bash
# Runs a SQL file against Snowflake. The password comes from the CI variable SNOWSQL_PWD.
set -euo pipefail
: "${SNOWSQL_PWD:?SNOWSQL_PWD must be set}"
: "${SNOWSQL_USER:=SVC_DEPLOY}"

snowsql -a acme-eu1 -u "$SNOWSQL_USER" -r DEPLOYER -w CI_XS \\
  -o exit_on_error=true -o friendly=false -o quiet=true \\
  -f "$1"
""", SNOWSQL)

D("snowflake-python", "placeholder", "examples/snowpark_quickstart.py", """
\"\"\"Snowpark quickstart -- fill in connection_parameters before running.\"\"\"
from snowflake.snowpark import Session

connection_parameters = {
    "account": "<account_identifier>",
    "user": "<user>",
    "password": "<password>",
    "role": "<role>",
    "warehouse": "<warehouse>",
    "database": "<database>",
    "schema": "<schema>",
}

session = Session.builder.configs(connection_parameters).create()
print(session.sql("select current_warehouse(), current_database()").collect())
""", "https://docs.snowflake.com/en/developer-guide/snowpark/python/creating-session")


# ---------------------------------------------------------------- BigQuery / GCP service accounts
def sa_json(project: str, name: str, key: str) -> str:
    return json.dumps({
        "type": "service_account", "project_id": project, "private_key_id": hexs(40),
        "private_key": key + "\n", "client_email": f"{name}@{project}.iam.gserviceaccount.com",
        "client_id": str(_rng().randint(10**20, 10**21)), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_x509_cert_url": f"https://www.googleapis.com/robot/v1/metadata/x509/{name}%40{project}.iam.gserviceaccount.com",
        "universe_domain": "googleapis.com"}, indent=2) + "\n"


_k = pem("PRIVATE KEY", 26)
SV("gcp-sa-json", "private-key", "credentials/bq-loader-sa.json", sa_json("acme-analytics-prod", "bq-loader", _k), _k.split("\n")[4], GCP_SA)

_k = pem("PRIVATE KEY", 26)
SV("gcp-sa-json", "private-key", "acme-data-3f9c1e2a7b10.json", sa_json("acme-data", "looker-bq", _k), _k.split("\n")[5], GCP_SA)

_k = pem("PRIVATE KEY", 8)
_doc = sa_json("acme-ml", "vertex-trainer", _k)
S("k8s-secret", "gcp-private-key", "k8s/vertex-sa-secret.yaml", """
apiVersion: v1
kind: Secret
metadata:
  name: vertex-trainer-sa
  namespace: ml-training
  labels:
    app.kubernetes.io/part-of: training
type: Opaque
data:
  key.json: @@ENC@@
""", _k.split("\n")[2], GCP_SA, ENC=b64(_doc))

_k = pem("PRIVATE KEY", 8)
S("python", "gcp-private-key", "bq_utils/client.py", """
from google.cloud import bigquery
from google.oauth2 import service_account

_INFO = {
    "type": "service_account",
    "project_id": "acme-analytics-prod",
    "private_key_id": "@@KID@@",
    "private_key": "@@KEY@@",
    "client_email": "reporting@acme-analytics-prod.iam.gserviceaccount.com",
    "token_uri": "https://oauth2.googleapis.com/token",
}


def client() -> bigquery.Client:
    creds = service_account.Credentials.from_service_account_info(_INFO)
    return bigquery.Client(credentials=creds, project=_INFO["project_id"])
""", _k.split("\n")[4], "https://cloud.google.com/python/docs/reference/google-auth/latest/google.oauth2.service_account",
  KID=hexs(40), KEY=_k.replace("\n", "\\n") + "\\n")

S("gcp-adc", "refresh-token", "application_default_credentials.json", """
{
  "account": "",
  "client_id": "764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com",
  "client_secret": "d-FL95Q19q7MQmFpd7hHD0Ty",
  "quota_project_id": "acme-analytics-dev",
  "refresh_token": "@@S@@",
  "type": "authorized_user",
  "universe_domain": "googleapis.com"
}
""", "1//0g" + rand_pw(98, "-_"), "https://cloud.google.com/docs/authentication/application-default-credentials")

DV("gcp-sa-json", "external-account", "credentials/wif-github.json", json.dumps({
    "universe_domain": "googleapis.com", "type": "external_account",
    "audience": "//iam.googleapis.com/projects/418923775012/locations/global/workloadIdentityPools/github/providers/acme-data",
    "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
    "token_url": "https://sts.googleapis.com/v1/token",
    "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/dbt-runner@acme-analytics-prod.iam.gserviceaccount.com:generateAccessToken",
    "credential_source": {"url": "https://pipelines.actions.githubusercontent.com/token?audience=acme", "headers": {"Authorization": "Bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN"}, "format": {"type": "json", "subject_token_field_name": "value"}},
}, indent=2) + "\n", "https://cloud.google.com/iam/docs/workload-identity-federation-with-deployment-pipelines")

D("gcp-sa-json", "redacted-template", "credentials/sa-template.json", """
{
  "type": "service_account",
  "project_id": "YOUR_PROJECT_ID",
  "private_key_id": "YOUR_PRIVATE_KEY_ID",
  "private_key": "-----BEGIN PRIVATE KEY-----\\nYOUR_PRIVATE_KEY\\n-----END PRIVATE KEY-----\\n",
  "client_email": "YOUR_SA_NAME@YOUR_PROJECT_ID.iam.gserviceaccount.com",
  "client_id": "YOUR_CLIENT_ID",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", GCP_SA)

D("terraform", "gcp-key-output", "infra/gcp/bq.tf", """
resource "google_service_account" "dbt" {
  account_id   = "dbt-runner"
  display_name = "dbt runner"
}

resource "google_service_account_key" "dbt" {
  service_account_id = google_service_account.dbt.name
}

resource "google_secret_manager_secret_version" "dbt_key" {
  secret      = google_secret_manager_secret.dbt_key.id
  secret_data = base64decode(google_service_account_key.dbt.private_key)
}

output "dbt_key_id" {
  value     = google_service_account_key.dbt.id
  sensitive = false
}
""", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_service_account_key")


# ---------------------------------------------------------------- Superset / Metabase / Redash
S("superset", "flask-secret-key", "superset_config.py", """
# Superset specific config
import os

ROW_LIMIT = 50000
SUPERSET_WEBSERVER_PORT = 8088

# Flask App Builder configuration
# Your App secret key will be used for securely signing the session cookie
# and encrypting sensitive information on the database
SECRET_KEY = '@@S@@'

SQLALCHEMY_DATABASE_URI = os.environ["SUPERSET_METADATA_URI"]
WTF_CSRF_ENABLED = True
WTF_CSRF_TIME_LIMIT = 60 * 60 * 24 * 365
MAPBOX_API_KEY = os.environ.get("MAPBOX_API_KEY", "")

FEATURE_FLAGS = {"ENABLE_TEMPLATE_PROCESSING": True, "DASHBOARD_RBAC": True}
""", b64bytes(42), SUPERSET)

S("superset", "database-password", "docker/pythonpath_dev/superset_config_docker.py", """
from celery.schedules import crontab

SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://superset:@@S@@@superset-db:5432/superset"
SQLALCHEMY_TRACK_MODIFICATIONS = False

class CeleryConfig:
    broker_url = "redis://superset-redis:6379/0"
    imports = ("superset.sql_lab", "superset.tasks.scheduler")
    result_backend = "redis://superset-redis:6379/0"
    beat_schedule = {
        "reports.scheduler": {"task": "reports.scheduler", "schedule": crontab(minute="*", hour="*")},
    }

CELERY_CONFIG = CeleryConfig
""", human_pw(), SUPERSET)

S("superset", "admin-password", "helm/superset-values.yaml", """
image:
  tag: 4.0.2
init:
  loadExamples: false
  createAdmin: true
  adminUser:
    username: admin
    firstname: Data
    lastname: Platform
    email: data-platform@acme.io
    password: @@S@@
supersetNode:
  connections:
    db_host: superset-postgresql
    db_user: superset
    db_pass: "{{ .Values.global.dbPassword }}"
    db_name: superset
configOverrides:
  secret: |
    SECRET_KEY = os.environ['SUPERSET_SECRET_KEY']
""", words_pw(), "https://superset.apache.org/docs/installation/kubernetes")

D("superset", "doc-default", "superset/config_example.py", """
# ---------------------------------------------------------
# Superset specific config
# ---------------------------------------------------------
ROW_LIMIT = 5000

# Your App secret key will be used for securely signing the session cookie
# and encrypting sensitive information on the database
# Make sure you are changing this key for your deployment with a strong key.
# Alternatively you can set it with `SUPERSET_SECRET_KEY` environment variable.
# You MUST set this for production environments or the server will refuse
# to start and you will see an error in the logs accordingly.
SECRET_KEY = 'YOUR_OWN_RANDOM_GENERATED_SECRET_KEY'

# The SQLAlchemy connection string to your database backend
SQLALCHEMY_DATABASE_URI = 'sqlite:////path/to/superset.db?check_same_thread=false'
""", SUPERSET)

D("superset", "env-lookup", "deploy/superset_config.py", """
import os

from superset.utils.encrypt import SQLAlchemyUtilsAdapter

SECRET_KEY = os.environ["SUPERSET_SECRET_KEY"]
PREVIOUS_SECRET_KEY = os.environ.get("SUPERSET_PREVIOUS_SECRET_KEY")
SQLALCHEMY_DATABASE_URI = (
    f"postgresql+psycopg2://{os.environ['DB_USER']}:{os.environ['DB_PASS']}"
    f"@{os.environ['DB_HOST']}:{os.environ.get('DB_PORT', '5432')}/{os.environ['DB_NAME']}"
)
SQLALCHEMY_ENCRYPTED_FIELD_TYPE_ADAPTER = SQLAlchemyUtilsAdapter
SMTP_PASSWORD = os.environ.get("SMTP_PASSWORD")
""", SUPERSET)

S("metabase", "password", "metabase/.env", """
MB_DB_TYPE=postgres
MB_DB_DBNAME=metabase
MB_DB_PORT=5432
MB_DB_USER=metabase
MB_DB_PASS=@@S@@
MB_DB_HOST=metabase-db.bi.acme.internal
MB_SITE_URL=https://bi.acme.io
MB_JETTY_PORT=3000
""", rand_pw(20, "_"), METABASE)

S("metabase", "encryption-key", "bi/docker-compose.yml", """
services:
  metabase:
    image: metabase/metabase:v0.50.21
    ports:
      - "3000:3000"
    environment:
      MB_DB_TYPE: postgres
      MB_DB_CONNECTION_URI: "postgres://metabase-db:5432/metabase?user=metabase&password=${MB_DB_PASSWORD}"
      MB_ENCRYPTION_SECRET_KEY: "@@S@@"
      MB_EMAIL_SMTP_HOST: smtp.acme.io
      JAVA_TIMEZONE: Europe/Berlin
    depends_on:
      - metabase-db
""", b64bytes(24), METABASE)

D("metabase", "file-secrets", "bi/metabase.env", """
MB_DB_TYPE=postgres
MB_DB_DBNAME=metabase
MB_DB_HOST=metabase-db
MB_DB_USER=metabase
MB_DB_PASS_FILE=/run/secrets/metabase_db_password
MB_ENCRYPTION_SECRET_KEY_FILE=/run/secrets/metabase_encryption_key
MB_PASSWORD_COMPLEXITY=strong
MB_SESSION_COOKIES=true
""", METABASE)

S("redash", "cookie-secret", "redash/env", """
PYTHONUNBUFFERED=0
REDASH_LOG_LEVEL=INFO
REDASH_REDIS_URL=redis://redis:6379/0
REDASH_DATABASE_URL=postgresql://postgres@postgres/postgres
REDASH_COOKIE_SECRET=@@S@@
REDASH_SECRET_KEY=${REDASH_SECRET_KEY}
REDASH_MAIL_SERVER=smtp.acme.io
REDASH_HOST=https://redash.acme.io
""", hexs(64), REDASH)

S("redash", "database-password", "redash/docker-compose.production.yml", """
x-redash-service: &redash-service
  image: redash/redash:10.1.0.b50633
  depends_on:
    - postgres
    - redis
  env_file: /opt/redash/env
  environment:
    REDASH_DATABASE_URL: "postgresql://redash:@@S@@@redash-db.bi.acme.internal/redash"
  restart: always
services:
  server:
    <<: *redash-service
    command: server
    ports:
      - "5000:5000"
  scheduler:
    <<: *redash-service
    command: scheduler
""", words_pw(), REDASH)

D("redash", "vault-encrypted", "ansible/group_vars/redash/vault.yml", """
$ANSIBLE_VAULT;1.1;AES256
@@V@@
""", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", V=vault_blob(8))


# ---------------------------------------------------------------- Kafka clients
_key, _sec = confluent_pair()
S("kafka-properties", "confluent-secret", "config/client.properties", """
# Required connection configs for Kafka producer, consumer, and admin
bootstrap.servers=pkc-4r087.europe-west3.gcp.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanisms=PLAIN
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='@@K@@' password='@@S@@';

# Best practice for higher availability in Apache Kafka clients prior to 3.0
session.timeout.ms=45000
client.dns.lookup=use_all_dns_ips
acks=all
""", _sec, CONFLUENT, K=_key)

S("kafka-jaas", "password", "kafka/kafka_client_jaas.conf", """
KafkaClient {
    org.apache.kafka.common.security.scram.ScramLoginModule required
    username="spark-streaming"
    password="@@S@@";
};

Client {
    org.apache.zookeeper.server.auth.DigestLoginModule required
    username="zk-client"
    password="${ZK_CLIENT_PASSWORD}";
};
""", rand_pw(24), KAFKA_SASL)

_key, _sec = confluent_pair()
S("kafka-python", "confluent-secret", "streaming/producer.py", """
import json

from confluent_kafka import Producer

conf = {
    "bootstrap.servers": "pkc-4r087.europe-west3.gcp.confluent.cloud:9092",
    "security.protocol": "SASL_SSL",
    "sasl.mechanisms": "PLAIN",
    "sasl.username": "@@K@@",
    "sasl.password": "@@S@@",
    "client.id": "clickstream-producer",
    "linger.ms": 20,
}
producer = Producer(conf)


def publish(event: dict) -> None:
    producer.produce("clickstream.v1", key=event["session_id"], value=json.dumps(event))
    producer.poll(0)
""", _sec, "https://docs.confluent.io/kafka-clients/python/current/overview.html", K=_key)

S("kafka-connect", "database-password", "connectors/debezium-orders.json", """
{
  "name": "orders-cdc",
  "config": {
    "connector.class": "io.debezium.connector.postgresql.PostgresConnector",
    "plugin.name": "pgoutput",
    "database.hostname": "orders-db.acme.internal",
    "database.port": "5432",
    "database.user": "debezium",
    "database.password": "@@S@@",
    "database.dbname": "orders",
    "topic.prefix": "orders",
    "table.include.list": "public.orders,public.order_items",
    "slot.name": "debezium_orders",
    "publication.autocreate.mode": "filtered",
    "tasks.max": "1"
  }
}
""", human_pw(), "https://debezium.io/documentation/reference/stable/connectors/postgresql.html")

_key, _sec = confluent_pair()
S("kafka-properties", "schema-registry-secret", "streaming/src/main/resources/application.yml", """
spring:
  kafka:
    bootstrap-servers: pkc-4r087.europe-west3.gcp.confluent.cloud:9092
    properties:
      security.protocol: SASL_SSL
      sasl.mechanism: PLAIN
      sasl.jaas.config: org.apache.kafka.common.security.plain.PlainLoginModule required username="${KAFKA_API_KEY}" password="${KAFKA_API_SECRET}";
      schema.registry.url: https://psrc-8kz20.europe-west3.gcp.confluent.cloud
      basic.auth.credentials.source: USER_INFO
      basic.auth.user.info: @@K@@:@@S@@
    consumer:
      group-id: order-enricher
      auto-offset-reset: earliest
""", _sec, "https://docs.confluent.io/platform/current/schema-registry/security/index.html", K=_key)

S("kafka-properties", "keystore-password", "kafka/ssl-client.properties", """
security.protocol=SSL
ssl.truststore.location=/etc/kafka/secrets/kafka.client.truststore.jks
ssl.truststore.password=@@S@@
ssl.keystore.location=/etc/kafka/secrets/kafka.client.keystore.jks
ssl.keystore.password=@@S@@
ssl.key.password=@@S@@
ssl.endpoint.identification.algorithm=https
""", words_pw(), "https://kafka.apache.org/documentation/#security_configclients")

D("kafka-properties", "config-provider", "connect/worker.properties", """
bootstrap.servers=broker-1.kafka.acme.internal:9093,broker-2.kafka.acme.internal:9093
group.id=connect-cluster
config.providers=file,env
config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider
config.providers.env.class=org.apache.kafka.common.config.provider.EnvVarConfigProvider
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\
    username="connect" password="${file:/opt/connect/secrets/credentials.properties:connect.password}";
key.converter=org.apache.kafka.connect.json.JsonConverter
value.converter=org.apache.kafka.connect.json.JsonConverter
""", "https://kafka.apache.org/documentation/#config_providers")

D("kafka-jaas", "keytab", "kafka/jaas-kerberos.conf", """
KafkaClient {
    com.sun.security.auth.module.Krb5LoginModule required
    useKeyTab=true
    storeKey=true
    keyTab="/etc/security/keytabs/spark-streaming.keytab"
    principal="spark-streaming@LAKE.ACME.LOCAL";
};
""", KAFKA_SASL)

D("kafka-properties", "oauthbearer", "config/consumer-oauth.properties", """
bootstrap.servers=pkc-4r087.europe-west3.gcp.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=OAUTHBEARER
sasl.login.callback.handler.class=org.apache.kafka.common.security.oauthbearer.secured.OAuthBearerLoginCallbackHandler
sasl.oauthbearer.token.endpoint.url=https://login.microsoftonline.com/2b7c4d19-aa50-4c1e-8d1e-5f2e0c9a7b63/oauth2/v2.0/token
sasl.jaas.config=org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required \\
    clientId="${env:KAFKA_OAUTH_CLIENT_ID}" clientSecret="${env:KAFKA_OAUTH_CLIENT_SECRET}" \\
    scope="api://kafka/.default" extension_logicalCluster="lkc-9x2k1m" extension_identityPoolId="pool-Ab12";
group.id=fraud-features
""", "https://docs.confluent.io/cloud/current/security/authenticate/workload-identities/identity-providers/oauth/configure-clients-oauth.html")

D("kafka-properties", "ca-certificate", "kafka/truststore.pem", """
# Confluent Cloud does not need this; on-prem brokers are signed by the lake CA below.
# ssl.truststore.type=PEM
@@C@@
""", "https://kafka.apache.org/documentation/#security_ssl", C=cert_pem())


# ---------------------------------------------------------------- Elasticsearch / OpenSearch
S("elasticsearch", "password", "kibana/config/kibana.yml", """
server.host: "0.0.0.0"
server.publicBaseUrl: "https://kibana.logs.acme.io"
elasticsearch.hosts: ["https://es-01.logs.acme.internal:9200", "https://es-02.logs.acme.internal:9200"]
elasticsearch.username: "kibana_system"
elasticsearch.password: "@@S@@"
elasticsearch.ssl.certificateAuthorities: ["/usr/share/kibana/config/certs/ca.crt"]
xpack.encryptedSavedObjects.encryptionKey: "${KIBANA_ENCRYPTION_KEY}"
logging.root.level: info
""", rand_pw(20), "https://www.elastic.co/guide/en/kibana/current/settings.html")

S("elasticsearch", "es-api-key", "search/indexer.py", """
\"\"\"Bulk-index product embeddings into the semantic search cluster.\"\"\"
from elasticsearch import Elasticsearch, helpers

es = Elasticsearch(
    "https://acme-search.es.europe-west3.gcp.cloud.es.io:443",
    api_key="@@S@@",
    request_timeout=60,
)


def index_batch(docs):
    actions = ({"_index": "products-v7", "_id": d["sku"], "_source": d} for d in docs)
    ok, errors = helpers.bulk(es, actions, raise_on_error=False)
    return ok, errors
""", es_api_key(), ES)

S("elasticsearch", "basic-auth-url", "logstash/pipeline/events.conf", """
input {
  kafka {
    bootstrap_servers => "broker-1.kafka.acme.internal:9093"
    topics => ["clickstream.v1"]
    codec => json
  }
}
output {
  elasticsearch {
    hosts => ["https://logstash_writer:@@S@@@es-01.logs.acme.internal:9200"]
    index => "clickstream-%{+YYYY.MM.dd}"
    ssl_certificate_authorities => ["/etc/logstash/certs/ca.crt"]
  }
}
""", rand_pw(16), "https://www.elastic.co/guide/en/logstash/current/plugins-outputs-elasticsearch.html")

S("opensearch", "password", "scripts/reindex_logs.sh", """
#!/bin/sh
# One-off: reindex last month's logs into the new ISM-managed index.
OS_URL=https://search-acme-logs-x7k2m.eu-west-1.es.amazonaws.com

curl -s -u 'master-user:@@S@@' -H 'Content-Type: application/json' \\
  -X POST "$OS_URL/_reindex?wait_for_completion=false" -d '{
    "source": {"index": "app-logs-2024.08.*"},
    "dest": {"index": "app-logs-2024.08"}
  }'
""", human_pw(), "https://opensearch.org/docs/latest/api-reference/document-apis/reindex/")

S("opensearch", "password", "opensearch-dashboards/opensearch_dashboards.yml", """
server.host: 0.0.0.0
opensearch.hosts: ["https://opensearch-node1:9200"]
opensearch.ssl.verificationMode: full
opensearch.username: kibanaserver
opensearch.password: @@S@@
opensearch.requestHeadersWhitelist: [authorization, securitytenant]
opensearch_security.multitenancy.enabled: true
opensearch_security.readonly_mode.roles: [kibana_read_only]
""", rand_pw(16, "!"), "https://opensearch.org/docs/latest/install-and-configure/configuring-dashboards/")

D("opensearch", "bcrypt-hashes", "opensearch/config/opensearch-security/internal_users.yml", """
---
_meta:
  type: "internalusers"
  config_version: 2

admin:
  hash: "@@H1@@"
  reserved: true
  backend_roles:
  - "admin"
  description: "Admin user"

kibanaserver:
  hash: "@@H2@@"
  reserved: true
  description: "OpenSearch Dashboards user"

logstash_writer:
  hash: "@@H3@@"
  reserved: false
  backend_roles:
  - "logstash"
""", OPENSEARCH, H1=bcrypt_hash(), H2=bcrypt_hash(), H3=bcrypt_hash())

D("elasticsearch", "cloud-id", "filebeat/filebeat.yml", """
filebeat.inputs:
  - type: filestream
    id: airflow-task-logs
    paths:
      - /opt/airflow/logs/**/*.log

cloud.id: "acme-logs:@@CID@@"
cloud.auth: "${ES_CLOUD_AUTH}"

output.elasticsearch:
  index: "airflow-logs-%{+yyyy.MM.dd}"
setup.template.name: "airflow-logs"
setup.template.pattern: "airflow-logs-*"
""", "https://www.elastic.co/guide/en/beats/filebeat/current/configure-cloud-id.html",
  CID=b64("europe-west3.gcp.cloud.es.io:443$" + hexs(32) + "$" + hexs(32)))

D("elasticsearch", "keystore-ref", "elasticsearch/config/elasticsearch.yml", """
cluster.name: logs-prod
node.name: ${HOSTNAME}
network.host: 0.0.0.0
discovery.seed_hosts: ["es-01", "es-02", "es-03"]
xpack.security.enabled: true
xpack.security.transport.ssl.enabled: true
xpack.security.transport.ssl.keystore.path: certs/elastic-certificates.p12
xpack.security.transport.ssl.truststore.path: certs/elastic-certificates.p12
# keystore passwords are in the elasticsearch-keystore:
#   xpack.security.transport.ssl.keystore.secure_password
xpack.security.http.ssl.enabled: true
xpack.security.http.ssl.keystore.path: certs/http.p12
""", "https://www.elastic.co/guide/en/elasticsearch/reference/current/secure-settings.html")

D("opensearch", "docs-default", "docs/local-opensearch.md", """
# Local OpenSearch for development

```bash
docker run -d -p 9200:9200 -e "discovery.type=single-node" \\
  -e "OPENSEARCH_INITIAL_ADMIN_PASSWORD=<custom-admin-password>" \\
  opensearchproject/opensearch:2.15.0
curl -ku "admin:<custom-admin-password>" https://localhost:9200
```

Pick any strong password locally; the dev cluster in AWS uses IAM auth, not basic auth.
""", "https://opensearch.org/docs/latest/install-and-configure/install-opensearch/docker/")


# ---------------------------------------------------------------- Great Expectations
S("great-expectations", "database-url", "great_expectations/great_expectations.yml", """
config_version: 3.0
datasources:
  warehouse:
    class_name: Datasource
    module_name: great_expectations.datasource
    execution_engine:
      class_name: SqlAlchemyExecutionEngine
      module_name: great_expectations.execution_engine
      connection_string: postgresql+psycopg2://gx_reader:@@S@@@dwh.acme.internal:5432/analytics
    data_connectors:
      default_inferred_data_connector_name:
        class_name: InferredAssetSqlDataConnector
        include_schema_name: true
config_variables_file_path: uncommitted/config_variables.yml
plugins_directory: plugins/
stores:
  expectations_store:
    class_name: ExpectationsStore
    store_backend:
      class_name: TupleFilesystemStoreBackend
      base_directory: expectations/
expectations_store_name: expectations_store
""", rand_pw(18), "https://docs.greatexpectations.io/docs/0.18/oss/guides/setup/configuring_data_contexts/instantiating_data_contexts/how_to_convert_an_ephemeral_data_context_to_a_filesystem_data_context")

S("great-expectations", "password", "gx/uncommitted/config_variables.yml", """
# This config file supports variable substitution which enables: 1) keeping
# secrets out of source control & 2) environment-based configuration changes
# such as staging vs prod.
my_postgres_db_yaml_creds:
  drivername: postgresql
  host: dwh.acme.internal
  port: '5432'
  username: gx_reader
  password: @@S@@
  database: analytics
snowflake_connection_string: ${SNOWFLAKE_CONNECTION_STRING}
""", passphrase(), GX)

S("great-expectations", "slack-webhook", "gx/checkpoints/nightly_marts.yml", """
name: nightly_marts
config_version: 1.0
class_name: Checkpoint
run_name_template: '%Y%m%d-%H%M%S-nightly'
validations:
  - batch_request:
      datasource_name: warehouse
      data_asset_name: marts.fct_orders
    expectation_suite_name: fct_orders.critical
action_list:
  - name: store_validation_result
    action:
      class_name: StoreValidationResultAction
  - name: send_slack_notification_on_validation_result
    action:
      class_name: SlackNotificationAction
      slack_webhook: @@S@@
      notify_on: failure
      renderer:
        module_name: great_expectations.render.renderer.slack_renderer
        class_name: SlackRenderer
""", slack_webhook(), "https://docs.greatexpectations.io/docs/0.18/oss/guides/validation/validation_actions/how_to_trigger_slack_notifications_as_a_validation_action")


D("great-expectations", "substitution", "great_expectations/great_expectations.yml.tmpl", """
config_version: 3.0
datasources:
  snowflake_marts:
    class_name: Datasource
    execution_engine:
      class_name: SqlAlchemyExecutionEngine
      connection_string: snowflake://${SNOWFLAKE_USER}:${SNOWFLAKE_PASSWORD}@${SNOWFLAKE_ACCOUNT}/ANALYTICS/MARTS?warehouse=GX_WH&role=GX_READER
      create_temp_table: false
    data_connectors:
      default_runtime_data_connector_name:
        class_name: RuntimeDataConnector
        batch_identifiers:
          - run_id
config_variables_file_path: uncommitted/config_variables.yml
""", GX)

D("great-expectations", "secrets-manager-ref", "gx/uncommitted/config_variables.prod.yml", """
# Resolved by GX at runtime from AWS Secrets Manager
warehouse_connection_string: secret|arn:aws:secretsmanager:eu-west-1:123456789012:secret:gx/warehouse-conn-Xk29aB
snowflake_password: secret|arn:aws:secretsmanager:eu-west-1:123456789012:secret:gx/snowflake|password
slack_webhook: secret|arn:aws:secretsmanager:eu-west-1:123456789012:secret:gx/slack-webhook-7Hc1Qz
""", GX)
CASES[-1] = LabelledCase(CASES[-1].category, CASES[-1].file_name,
                         CASES[-1].text + "data_docs_bucket: acme-gx-data-docs\nenvironment: prod\n", None, GX)

D("great-expectations", "suite-ids", "gx/expectations/fct_orders/critical.json", """
{
  "data_asset_type": null,
  "expectation_suite_name": "fct_orders.critical",
  "expectations": [
    {"expectation_type": "expect_column_values_to_not_be_null", "kwargs": {"column": "order_id"}, "meta": {}},
    {"expectation_type": "expect_column_values_to_be_unique", "kwargs": {"column": "order_id"}, "meta": {}},
    {"expectation_type": "expect_column_values_to_match_regex", "kwargs": {"column": "customer_hash", "regex": "^[0-9a-f]{64}$"}, "meta": {}}
  ],
  "ge_cloud_id": "@@U@@",
  "meta": {"great_expectations_version": "0.18.19", "citations": [{"citation_date": "2024-09-18", "comment": "generated by profiler"}]}
}
""", "https://docs.greatexpectations.io/docs/0.18/reference/learn/terms/expectation_suite", U=uuid_s())


# ---------------------------------------------------------------- Feature stores
S("feast", "redis-password", "feature_repo/feature_store.yaml", """
project: fraud_features
registry: s3://acme-feast/registry/fraud.db
provider: aws
online_store:
  type: redis
  redis_type: redis_cluster
  connection_string: "feast-redis.ml.acme.internal:6379,ssl=true,password=@@S@@"
offline_store:
  type: redshift
  cluster_id: acme-dw
  region: eu-west-1
  database: dev
  user: feast
  s3_staging_location: s3://acme-feast/staging
  iam_role: arn:aws:iam::123456789012:role/feast-redshift
entity_key_serialization_version: 2
""", fakes.redis_password(_seed()), FEAST)


_pw = rand_pw(20)
S("feast", "database-password", "features/feature_store.yaml", """
project: growth
provider: local
registry:
  registry_type: sql
  path: postgresql://feast:@@S@@@feast-registry.ml.acme.internal:5432/feast
  cache_ttl_seconds: 60
offline_store:
  type: snowflake.offline
  account: acme-eu1
  user: FEAST_SVC
  password: "${SNOWFLAKE_PASSWORD}"
  role: FEAST
  warehouse: FEAST_WH
  database: FEATURES
online_store:
  type: sqlite
  path: data/online_store.db
entity_key_serialization_version: 2
""", _pw, "https://docs.feast.dev/tutorials/using-scalable-registry")

S("feature-store", "api-key", "tecton/.env", """
TECTON_API_KEY=@@S@@
TECTON_WORKSPACE=fraud-prod
API_SERVICE=https://acme.tecton.ai/api
FEATURE_SERVICE=fraud_detection_v3
""", hexs(32), "https://docs.tecton.ai/docs/reading-feature-data/reading-feature-data-for-inference/reading-online-features-for-inference-using-the-http-api")
CASES[-1] = LabelledCase(CASES[-1].category, CASES[-1].file_name,
                         "# Tecton online serving -- used by the fraud scoring service\n" + CASES[-1].text, CASES[-1].secret, CASES[-1].source)

D("feast", "env-substitution", "feature_repo/feature_store.prod.yaml", """
project: fraud_features
registry: s3://acme-feast/registry/fraud.db
provider: aws
online_store:
  type: redis
  connection_string: "${REDIS_HOST}:6379,ssl=true,password=${REDIS_PASSWORD}"
offline_store:
  type: snowflake.offline
  account: ${SNOWFLAKE_ACCOUNT}
  user: ${SNOWFLAKE_USER}
  password: ${SNOWFLAKE_PASSWORD}
  warehouse: FEAST_WH
  database: FEATURES
entity_key_serialization_version: 2
""", FEAST)

D("feast", "definitions", "feature_repo/features.py", """
from datetime import timedelta

from feast import Entity, FeatureView, Field, FileSource
from feast.types import Float32, Int64

customer = Entity(name="customer", join_keys=["customer_id"])

txn_stats_source = FileSource(
    path="s3://acme-feast/sources/txn_stats.parquet",
    timestamp_field="event_timestamp",
    created_timestamp_column="created",
)

txn_stats = FeatureView(
    name="txn_stats_7d",
    entities=[customer],
    ttl=timedelta(days=7),
    schema=[Field(name="txn_count_7d", dtype=Int64), Field(name="txn_amount_avg_7d", dtype=Float32)],
    source=txn_stats_source,
    tags={"owner": "fraud-ml", "pii": "false"},
)
""", "https://docs.feast.dev/getting-started/concepts/feature-view")


# ---------------------------------------------------------------- the rest of the platform
_k = hexs(32)
S("dockerfile", "kaggle-key", "competitions/Dockerfile", """
FROM python:3.11-slim
RUN pip install --no-cache-dir kaggle pandas lightgbm
RUN mkdir -p /root/.kaggle && \\
    echo '{"username":"mkowalski","key":"@@S@@"}' > /root/.kaggle/kaggle.json && \\
    chmod 600 /root/.kaggle/kaggle.json
WORKDIR /work
COPY . .
CMD ["python", "train.py"]
""", _k, "https://github.com/Kaggle/kaggle-api#api-credentials")

S("pip-conf", "artifactory-token", "pip.conf", """
[global]
index-url = https://ml-ci:@@S@@@acme.jfrog.io/artifactory/api/pypi/pypi-ml/simple
extra-index-url = https://download.pytorch.org/whl/cu121
timeout = 60
trusted-host = acme.jfrog.io
""", "cmVmdGtuOjAxOjE3" + rand_pw(48), "https://pip.pypa.io/en/stable/topics/configuration/")

_t = github_token()
S("requirements", "github-token", "requirements-ml.txt", """
--extra-index-url https://download.pytorch.org/whl/cu121
torch==2.4.1
transformers==4.44.2
datasets==2.21.0
peft==0.12.0
# internal helpers (private repo)
acme-ml-utils @ git+https://@@S@@@github.com/acme-ml/ml-utils.git@v0.9.3
wandb==0.17.9
""", _t, "https://pip.pypa.io/en/stable/topics/vcs-support/")

S("jupyterhub", "oauth-client-secret", "jupyterhub_config.py", """
c = get_config()  # noqa

c.JupyterHub.authenticator_class = "github"
c.GitHubOAuthenticator.oauth_callback_url = "https://hub.ml.acme.io/hub/oauth_callback"
c.GitHubOAuthenticator.client_id = "Iv1.8a61f9b3a7aba766"
c.GitHubOAuthenticator.client_secret = "@@S@@"
c.GitHubOAuthenticator.allowed_organizations = {"acme-ml"}
c.GitHubOAuthenticator.scope = ["read:org"]

c.JupyterHub.spawner_class = "kubespawner.KubeSpawner"
c.KubeSpawner.image = "ghcr.io/acme-ml/notebook:2024.09"
c.KubeSpawner.cpu_limit = 4
c.KubeSpawner.mem_limit = "16G"
c.JupyterHub.cookie_secret_file = "/srv/jupyterhub/jupyterhub_cookie_secret"
""", hexs(40), "https://oauthenticator.readthedocs.io/en/latest/tutorials/provider-specific-setup/providers/github.html")

S("jupyter-config", "jupyter-token", ".jupyter/jupyter_server_config.py", """
# Configuration file for jupyter-server on the shared GPU box.
c = get_config()  # noqa

c.ServerApp.ip = "0.0.0.0"
c.ServerApp.port = 8888
c.ServerApp.open_browser = False
c.ServerApp.allow_remote_access = True
c.IdentityProvider.token = "@@S@@"
c.ServerApp.root_dir = "/mnt/shared/notebooks"
c.FileContentsManager.delete_to_trash = False
""", hexs(48), "https://jupyter-server.readthedocs.io/en/latest/operators/security.html")

_kid, _sec = aws_pair()
S("dvc", "aws-secret-key", ".dvc/config.local", """
['remote "s3-models"']
    url = s3://acme-ml-artifacts/dvc
    access_key_id = @@KID@@
    secret_access_key = @@S@@
['remote "minio"']
    endpointurl = https://minio.ml.acme.local
""", _sec, "https://dvc.org/doc/user-guide/data-management/remote-storage/amazon-s3", KID=_kid)

S("trino", "password", "trino/etc/catalog/crm.properties", """
connector.name=postgresql
connection-url=jdbc:postgresql://crm-replica.acme.internal:5432/crm
connection-user=trino_reader
connection-password=@@S@@
case-insensitive-name-matching=true
postgresql.array-mapping=AS_ARRAY
""", words_pw(), "https://trino.io/docs/current/connector/postgresql.html")

S("clickhouse", "password", "clickhouse/users.d/etl.xml", """
<clickhouse>
    <users>
        <etl_writer>
            <password>@@S@@</password>
            <networks>
                <ip>10.20.0.0/16</ip>
            </networks>
            <profile>default</profile>
            <quota>default</quota>
            <access_management>0</access_management>
        </etl_writer>
    </users>
</clickhouse>
""", human_pw(), "https://clickhouse.com/docs/en/operations/settings/settings-users")

S("terraform", "fivetran-secret", "infra/fivetran/main.tf", """
terraform {
  required_providers {
    fivetran = {
      source  = "fivetran/fivetran"
      version = ">= 1.3"
    }
  }
}

provider "fivetran" {
  api_key    = "Ab3Xk9QmT2wLp7Rz"
  api_secret = "@@S@@"
}

resource "fivetran_group" "warehouse" {
  name = "snowflake_prod"
}
""", rand_pw(32), "https://registry.terraform.io/providers/fivetran/fivetran/latest/docs")

S("rag-env", "pinecone-key", "rag-service/.env.production", """
APP_ENV=production
PINECONE_API_KEY=@@S@@
PINECONE_INDEX=support-kb-v2
PINECONE_ENVIRONMENT=us-east-1-aws
EMBEDDINGS_MODEL=text-embedding-3-small
OPENAI_API_KEY=${OPENAI_API_KEY}
""", pinecone_key(), "https://docs.pinecone.io/guides/get-started/authentication")

S("prefect", "prefect-key", ".prefect/profiles.toml", """
active = "prod"

[profiles.default]
PREFECT_API_URL = "http://127.0.0.1:4200/api"

[profiles.prod]
PREFECT_API_URL = "https://api.prefect.cloud/api/accounts/5f1c9a0e-2b7d-4c3e-9a1f-0e8d7c6b5a49/workspaces/0d2e4f6a-8b1c-4d3e-a5f7-9c1b3d5e7f80"
PREFECT_API_KEY = "@@S@@"
""", prefect_key(), "https://docs.prefect.io/v3/manage/cloud/manage-users/api-keys")

S("looker", "client-secret", "looker.ini", """
[Looker]
# Base URL for API. Do not include /api/* in the url
base_url=https://acme.cloud.looker.com
# API 4.0 client id / secret for the lookml-ci user
client_id=Kx9mR2vB7pQwL4tZ8nYc
client_secret=@@S@@
verify_ssl=True
timeout=120
""", rand_pw(24), "https://github.com/looker-open-source/sdk-codegen#configuring-lookerini-or-env")

S("delta-sharing", "bearer-token", "config/partner.share", """
{
  "shareCredentialsVersion": 1,
  "endpoint": "https://sharing.delta.io/delta-sharing/",
  "bearerToken": "@@S@@",
  "expirationTime": "2025-12-31T23:59:59.0Z"
}
""", rand_pw(43, "-_"), "https://github.com/delta-io/delta-sharing/blob/main/PROTOCOL.md#profile-file-format")

S("neptune", "neptune-token", "experiments/neptune_utils.py", """
import neptune

NEPTUNE_PROJECT = "acme-ml/churn"
# shared service account token for the scheduled retraining job
NEPTUNE_API_TOKEN = "@@S@@"


def start_run(tags):
    return neptune.init_run(project=NEPTUNE_PROJECT, api_token=NEPTUNE_API_TOKEN, tags=tags,
                            capture_hardware_metrics=True)
""", neptune_token(), "https://docs.neptune.ai/setup/setting_api_token/")

S("label-studio", "api-token", "labeling/docker-compose.yml", """
services:
  label-studio:
    image: heartexlabs/label-studio:1.13.1
    ports: ["8080:8080"]
    volumes: ["./ls-data:/label-studio/data"]
  ml-backend:
    build: ./ml_backend
    environment:
      LABEL_STUDIO_URL: http://label-studio:8080
      LABEL_STUDIO_API_KEY: @@S@@
      MODEL_DIR: /models
    depends_on: [label-studio]
""", hexs(40), "https://labelstud.io/guide/ml")

S("mlflow", "azure-connection-string", "azureml/mlflow-artifacts.env", """
# artifact store for the on-prem tracking server (Azure Blob)
MLFLOW_TRACKING_URI=http://mlflow.ml.svc:5000
MLFLOW_ARTIFACT_ROOT=wasbs://mlflow@acmemlartifacts.blob.core.windows.net/
AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=acmemlartifacts;AccountKey=@@S@@;EndpointSuffix=core.windows.net"
AZURE_STORAGE_ACCESS_KEY=
""", azure_storage_key(), "https://mlflow.org/docs/latest/tracking/artifacts-stores.html#azure-blob-storage")

_pw = dbx_token()
SV("odbc", "databricks-token", "odbc.ini", (
    "[ODBC Data Sources]\r\n"
    "Databricks_Prod=Simba Spark ODBC Driver\r\n"
    "\r\n"
    "[Databricks_Prod]\r\n"
    "Driver=C:\\Program Files\\Simba Spark ODBC Driver\\lib\\SparkODBC_sb64.dll\r\n"
    "Host=adb-6652871900437719.19.azuredatabricks.net\r\n"
    "Port=443\r\n"
    "HTTPPath=/sql/1.0/warehouses/9f2c1e7a0b3d4c55\r\n"
    "SSL=1\r\n"
    "ThriftTransport=2\r\n"
    "AuthMech=3\r\n"
    "UID=token\r\n"
    f"PWD={_pw}\r\n"
), _pw, "https://docs.databricks.com/en/integrations/odbc/authentication.html")

S("ml-monitoring", "slack-bot-token", "monitoring/drift_alerts.yaml", """
# evidently drift job -> Slack
schedule: "0 6 * * *"
reference_dataset: s3://acme-ml-artifacts/reference/churn_2024q2.parquet
current_dataset_query: select * from marts.churn_features where ds = '{{ ds }}'
thresholds:
  share_of_drifted_columns: 0.3
notify:
  slack:
    channel: "#ml-alerts"
    bot_token: @@S@@
    mention: "@ml-oncall"
""", slack_bot(), "https://api.slack.com/authentication/token-types#bot")

_t = replicate_token()
S("shell", "replicate-token", "scripts/batch_caption.sh", """
#!/usr/bin/env bash
# Caption every image in a folder with a hosted model (used for the catalog backfill).
export REPLICATE_API_TOKEN=@@S@@
for f in "${1:-images}"/*.jpg; do
  curl -s -X POST https://api.replicate.com/v1/predictions \\
    -H "Authorization: Bearer $REPLICATE_API_TOKEN" \\
    -H "Content-Type: application/json" \\
    -d "{\\"version\\": \\"2e1dddc8621f72155f24cf2e0adbde548458d3cab9f00c0139eea840d0ac4746\\", \\"input\\": {\\"image\\": \\"$(base64 -w0 "$f" | sed 's/^/data:image\\/jpeg;base64,/')\\"}}"
done
""", _t, "https://replicate.com/docs/reference/http")


# decoys
D("dvc", "lock-hashes", "dvc.lock", """
schema: '2.0'
stages:
  featurize:
    cmd: python src/featurize.py data/raw data/features
    deps:
    - path: data/raw
      hash: md5
      md5: @@M1@@.dir
      size: 1873299401
      nfiles: 24
    - path: src/featurize.py
      hash: md5
      md5: @@M2@@
      size: 4821
    outs:
    - path: data/features
      hash: md5
      md5: @@M3@@.dir
      size: 402118731
      nfiles: 6
""", "https://dvc.org/doc/user-guide/project-structure/dvcyaml-files#dvclock-file", M1=hexs(32), M2=hexs(32), M3=hexs(32))

D("jupyter-config", "argon2-hash", "jupyter/jupyter_server_config.py", """
c = get_config()  # noqa

c.ServerApp.ip = "0.0.0.0"
c.ServerApp.port = 8888
c.ServerApp.open_browser = False
# generated with: python -c "from jupyter_server.auth import passwd; print(passwd())"
c.PasswordIdentityProvider.hashed_password = "argon2:@@H@@"
c.PasswordIdentityProvider.password_required = True
c.ServerApp.certfile = "/etc/jupyter/tls/server.crt"
c.ServerApp.keyfile = "/etc/jupyter/tls/server.key"
""", "https://jupyter-server.readthedocs.io/en/latest/operators/public-server.html", H=argon2_hash())

D("jupyterhub", "env-and-files", "hub/jupyterhub_config.py", """
import os

c = get_config()  # noqa
c.JupyterHub.authenticator_class = "generic-oauth"
c.GenericOAuthenticator.client_id = os.environ["OAUTH_CLIENT_ID"]
c.GenericOAuthenticator.client_secret = os.environ["OAUTH_CLIENT_SECRET"]
c.GenericOAuthenticator.oauth_callback_url = "https://hub.ml.acme.io/hub/oauth_callback"
c.GenericOAuthenticator.authorize_url = "https://sso.acme.io/realms/acme/protocol/openid-connect/auth"
c.GenericOAuthenticator.token_url = "https://sso.acme.io/realms/acme/protocol/openid-connect/token"
c.JupyterHub.cookie_secret_file = "/srv/jupyterhub/jupyterhub_cookie_secret"
c.ConfigurableHTTPProxy.auth_token = os.environ.get("CONFIGPROXY_AUTH_TOKEN", "")
""", "https://jupyterhub.readthedocs.io/en/stable/tutorial/getting-started/security-basics.html")

D("requirements", "pip-hashes", "requirements.lock", """
# This file is autogenerated by pip-compile with Python 3.11
#    pip-compile --generate-hashes requirements.in
great-expectations==0.18.19 \\
    --hash=sha256:@@H1@@ \\
    --hash=sha256:@@H2@@
    # via -r requirements.in
mlflow-skinny==2.16.2 \\
    --hash=sha256:@@H3@@
    # via -r requirements.in
""", "https://pip-tools.readthedocs.io/en/latest/#using-hashes", H1=hexs(64), H2=hexs(64), H3=hexs(64))

D("sops", "encrypted-values", "deploy/secrets.enc.yaml", """
airflow:
    fernetKey: ENC[AES256_GCM,data:@@D1@@,iv:@@I1@@,tag:@@G1@@,type:str]
    snowflakePassword: ENC[AES256_GCM,data:@@D2@@,iv:@@I2@@,tag:@@G2@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:123456789012:key/6f0c2b1e-9a3d-4e57-8c21-7d4f0b9e3a15
          created_at: "2024-09-18T14:02:11Z"
          enc: @@E@@
          aws_profile: ""
    lastmodified: "2024-09-18T14:02:12Z"
    mac: ENC[AES256_GCM,data:@@M@@,iv:@@I3@@,tag:@@G3@@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.9.0
""", "https://github.com/getsops/sops#encrypting-using-aws-kms",
  D1=b64bytes(33), I1=b64bytes(24), G1=b64bytes(12), D2=b64bytes(15), I2=b64bytes(24), G2=b64bytes(12),
  E=b64bytes(150), M=b64bytes(48), I3=b64bytes(24), G3=b64bytes(12))

D("trino", "bcrypt-password-file", "trino/etc/password.db", """
analyst_ro:@@H1@@
superset:@@H2@@
dbt_ci:@@H3@@
airflow:@@H4@@
looker:@@H5@@
""", "https://trino.io/docs/current/security/password-file.html", H1=bcrypt_hash(), H2=bcrypt_hash(), H3=bcrypt_hash(), H4=bcrypt_hash(), H5=bcrypt_hash())

D("clickhouse", "sha256-hex", "clickhouse/users.d/readers.xml", """
<clickhouse>
    <users>
        <grafana_ro>
            <password_sha256_hex>@@H@@</password_sha256_hex>
            <networks><ip>10.20.0.0/16</ip></networks>
            <profile>readonly</profile>
            <quota>default</quota>
        </grafana_ro>
    </users>
</clickhouse>
""", "https://clickhouse.com/docs/en/operations/settings/settings-users#user-namepassword", H=hexs(64))

D("k8s", "external-secret", "k8s/airflow-connections-externalsecret.yaml", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: airflow-connections
  namespace: airflow
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: airflow-connections
  data:
    - secretKey: AIRFLOW_CONN_WAREHOUSE_PG
      remoteRef:
        key: secret/data/airflow/connections/warehouse_pg
        property: uri
    - secretKey: AIRFLOW_CONN_SNOWFLAKE_DEFAULT
      remoteRef:
        key: secret/data/airflow/connections/snowflake_default
        property: uri
""", "https://external-secrets.io/latest/provider/hashicorp-vault/")

D("airflow-compose", "doc-default", "docker-compose.yaml", """
# Basic Airflow cluster configuration for CeleryExecutor with Redis and PostgreSQL.
# WARNING: This configuration is for local development. Do not use it in a production deployment.
x-airflow-common:
  &airflow-common
  image: ${AIRFLOW_IMAGE_NAME:-apache/airflow:2.10.2}
  environment:
    &airflow-common-env
    AIRFLOW__CORE__EXECUTOR: CeleryExecutor
    AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: postgresql+psycopg2://airflow:airflow@postgres/airflow
    AIRFLOW__CELERY__RESULT_BACKEND: db+postgresql://airflow:airflow@postgres/airflow
    AIRFLOW__CELERY__BROKER_URL: redis://:@redis:6379/0
    AIRFLOW__CORE__FERNET_KEY: ''
    AIRFLOW__CORE__LOAD_EXAMPLES: 'true'
services:
  postgres:
    image: postgres:13
    environment:
      POSTGRES_USER: airflow
      POSTGRES_PASSWORD: airflow
      POSTGRES_DB: airflow
  airflow-init:
    <<: *airflow-common
    environment:
      <<: *airflow-common-env
      _AIRFLOW_WWW_USER_USERNAME: ${_AIRFLOW_WWW_USER_USERNAME:-airflow}
      _AIRFLOW_WWW_USER_PASSWORD: ${_AIRFLOW_WWW_USER_PASSWORD:-airflow}
""", "https://airflow.apache.org/docs/apache-airflow/stable/docker-compose.yaml")

D("wandb", "artifact-digests", "artifacts/ranker-dataset-v12/manifest.json", """
{
  "version": 1,
  "storagePolicy": "wandb-storage-policy-v1",
  "storagePolicyConfig": {"storageLayout": "V2"},
  "contents": {
    "train.parquet": {"digest": "@@D1@@", "size": 182736451},
    "val.parquet": {"digest": "@@D2@@", "size": 20211873},
    "schema.json": {"digest": "@@D3@@", "size": 1832}
  }
}
""", "https://docs.wandb.ai/guides/artifacts/artifacts-walkthrough", D1=b64bytes(16), D2=b64bytes(16), D3=b64bytes(16))

D("airflow-k8s", "secret-key-ref", "airflow/pod_templates/spark_pod.yaml", """
apiVersion: v1
kind: Pod
metadata:
  name: spark-driver-template
spec:
  serviceAccountName: spark
  containers:
    - name: base
      image: ghcr.io/acme-data/spark:3.5.1-py311
      env:
        - name: AWS_ROLE_ARN
          value: arn:aws:iam::123456789012:role/spark-jobs
        - name: SNOWFLAKE_PASSWORD
          valueFrom:
            secretKeyRef:
              name: snowflake-loader
              key: password
        - name: DATABRICKS_TOKEN
          valueFrom:
            secretKeyRef: {name: databricks-sp, key: token}
""", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables")

D("kubeflow", "image-digests", "pipelines/train_pipeline.yaml", """
# PIPELINE DEFINITION
# Name: churn-train
pipelineInfo:
  name: churn-train
deploymentSpec:
  executors:
    exec-featurize:
      container:
        image: ghcr.io/acme-ml/featurize@sha256:@@D1@@
        command: [python, -m, churn.featurize]
    exec-train:
      container:
        image: ghcr.io/acme-ml/train@sha256:@@D2@@
        command: [python, -m, churn.train]
        resources:
          accelerator: {type: nvidia.com/gpu, count: '1'}
sdkVersion: kfp-2.8.0
schemaVersion: 2.1.0
""", "https://www.kubeflow.org/docs/components/pipelines/user-guides/core-functions/compile-a-pipeline/", D1=hexs(64), D2=hexs(64))

D("databricks-json", "ssh-public-key", "clusters/gpu-dev.json", """
{
  "cluster_name": "gpu-dev-mkowalski",
  "spark_version": "15.4.x-gpu-ml-scala2.12",
  "node_type_id": "g5.4xlarge",
  "num_workers": 0,
  "data_security_mode": "SINGLE_USER",
  "single_user_name": "mkowalski@acme.io",
  "ssh_public_keys": [
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@K@@ mkowalski@laptop"
  ],
  "custom_tags": {"team": "ml", "cost-center": "4410"},
  "autotermination_minutes": 60
}
""", "https://docs.databricks.com/api/workspace/clusters/create", K=rand_pw(43))

D("airflow-env", "shell-expansion", "scripts/airflow_local_env.sh", """
#!/usr/bin/env bash
# source me: pulls connection secrets from 1Password into the shell for local DAG testing
export PG_PASSWORD="$(op read 'op://data-eng/warehouse-pg/password')"
export AIRFLOW_CONN_WAREHOUSE_PG="postgresql://etl_loader:${PG_PASSWORD}@localhost:15432/analytics"
export AIRFLOW_CONN_SNOWFLAKE_DEFAULT="snowflake://AIRFLOW_SVC:$(op read 'op://data-eng/snowflake/password')@/RAW?account=acme-eu1&warehouse=LOAD_WH"
export AIRFLOW__CORE__FERNET_KEY="$(op read 'op://data-eng/airflow-local/fernet')"
export AIRFLOW_HOME="$PWD/.airflow"
""", "https://developer.1password.com/docs/cli/secrets-environment-variables/")

D("kafka-properties", "placeholder", "config/client.properties.template", """
# Fill in from Confluent Cloud -> Cluster -> Clients -> Python
bootstrap.servers={{ BROKER_ENDPOINT }}
security.protocol=SASL_SSL
sasl.mechanisms=PLAIN
sasl.username={{ CLUSTER_API_KEY }}
sasl.password={{ CLUSTER_API_SECRET }}
session.timeout.ms=45000
schema.registry.url={{ SR_ENDPOINT }}
basic.auth.credentials.source=USER_INFO
basic.auth.user.info={{ SR_API_KEY }}:{{ SR_API_SECRET }}
""", CONFLUENT)

DV("ipynb", "shap-output", "notebooks/feature_importance.ipynb", notebook([
    {"src": lines("import shap, joblib\nmodel = joblib.load('model/model.pkl')\nexplainer = shap.TreeExplainer(model)\nexplainer.expected_value"),
     "result": lines("array([-1.73152885])")},
    {"src": lines("print(model.get_params()['random_state'], model.booster_.model_to_string()[:120])"),
     "out": lines("42 tree\nversion=v4\nnum_class=1\nnum_tree_per_iteration=1\nlabel_index=0\nmax_feature_idx=26\nobjective=binary sigmoid:1\n")},
]), NBFORMAT)

_t = dbx_token()
S("python", "databricks-token", "tools/dbx_export.py", """
\"\"\"Export every notebook under a workspace folder as source files.

Usage (the token below is the read-only export service principal's):

    DATABRICKS_HOST=https://adb-4829301758462913.13.azuredatabricks.net \\\\
    DATABRICKS_TOKEN=@@S@@ \\\\
    python tools/dbx_export.py /Shared/etl out/
\"\"\"
import os
import sys

from databricks.sdk import WorkspaceClient
from databricks.sdk.service.workspace import ExportFormat


def main(src: str, dst: str) -> None:
    w = WorkspaceClient()
    for obj in w.workspace.list(src, recursive=True):
        if obj.object_type.value == "NOTEBOOK":
            data = w.workspace.download(obj.path, format=ExportFormat.SOURCE).read()
            path = os.path.join(dst, obj.path.lstrip("/") + ".py")
            os.makedirs(os.path.dirname(path), exist_ok=True)
            open(path, "wb").write(data)


if __name__ == "__main__":
    main(*sys.argv[1:3])
""", _t, "https://docs.databricks.com/en/dev-tools/sdk-python.html")

S("k8s-configmap", "password", "k8s/dbt-runner-configmap.yaml", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: dbt-runner-profiles
  namespace: data
data:
  profiles.yml: |
    analytics:
      target: prod
      outputs:
        prod:
          type: postgres
          host: dwh.acme.internal
          user: dbt_prod
          password: "@@S@@"
          port: 5432
          dbname: analytics
          schema: analytics
          threads: 8
  dbt_project_vars.yml: |
    start_date: '2021-01-01'
""", words_pw(), "https://kubernetes.io/docs/concepts/configuration/configmap/")

S("comet", "comet-api-key", ".comet.config", """
[comet]
api_key = @@S@@
workspace = acme-ml
project_name = churn

[comet_logging]
display_summary_level = 1
""", rand_pw(25), "https://www.comet.com/docs/v2/guides/experiment-management/configure-sdk/")

S("cohere", "cohere-key", "rag/rerank.py", """
import cohere

co = cohere.ClientV2(api_key="@@S@@")


def rerank(query: str, docs: list[str], top_n: int = 5):
    resp = co.rerank(model="rerank-english-v3.0", query=query, documents=docs, top_n=top_n)
    return [(r.index, r.relevance_score) for r in resp.results]
""", rand_pw(40), "https://docs.cohere.com/reference/rerank")

_key, _sec = confluent_pair()
S("kafka-properties", "confluent-secret", "ksql/ccloud.env", """
# Confluent Cloud creds for the ksqlDB migration tool (ksql-migrations)
KSQL_SERVER_URL=https://pksqlc-4x1mz.europe-west3.gcp.confluent.cloud:443
KSQL_BASIC_AUTH_USERNAME=@@K@@
KSQL_BASIC_AUTH_PASSWORD=@@S@@
KSQL_MIGRATIONS_DIR=./migrations
""", _sec, "https://docs.ksqldb.io/en/latest/operate-and-deploy/migrations-tool/", K=_key)
