"""Blind set o: data-engineering and MLOps repositories (Airflow, dbt, Spark/Databricks, Kafka,
warehouses, ML trackers, orchestrators, object storage, search and BI tools, ETL scripts).

Every credential is generated here from seeds 170000-174999; none was ever issued.
"""
from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import uuid
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

CASES: List[LabelledCase] = []
_SEED = [170000]
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER_DIGITS = string.ascii_uppercase + string.digits
WORDS = [
    "maple", "harbor", "copper", "lantern", "falcon", "meadow", "granite", "violet", "tundra", "orchid",
    "cobalt", "willow", "ember", "summit", "juniper", "pepper", "canyon", "marble", "river", "saffron",
    "thistle", "quartz", "badger", "walnut", "comet", "glacier", "hazel", "indigo", "jasper", "kettle",
    "lotus", "nimbus", "oyster", "pelican", "raven", "sierra", "timber", "umber", "velvet", "zephyr",
]


def seed() -> int:
    _SEED[0] += 1
    assert _SEED[0] < 175000
    return _SEED[0]


def rng() -> random.Random:
    return random.Random(seed())


def rs(r: random.Random, n: int, alphabet: str = ALNUM) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def fill(template: str, **values: str) -> str:
    for key, value in values.items():
        template = template.replace("<<" + key + ">>", value)
    assert "<<" not in template or "<<EOF" in template, template[:200]
    return template


def S(fmt: str, what: str, path: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-o/{fmt}/{what}", path, text, secret, source))


def D(fmt: str, what: str, path: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-o/{fmt}/decoy-{what}", path, text, None, source))


# --- generated credentials -------------------------------------------------------------------
def words_pw(uri_safe: bool = False) -> str:
    r = rng()
    a, b = r.sample(WORDS, 2)
    sym = r.choice("-_.~" if uri_safe else "!#$%&*-_.")
    return a.capitalize() + sym + b.capitalize() + str(r.randint(10, 999))


def rand_pw(n: int = 20, symbols: str = "") -> str:
    r = rng()
    return r.choice(string.ascii_letters) + rs(r, n - 1, ALNUM + symbols)


def passphrase() -> str:
    r = rng()
    return "-".join(r.sample(WORDS, 4)) + "-" + str(r.randint(1, 99))


def hexs(n: int) -> str:
    return rs(rng(), n, HEX)


def b64bytes(n: int, urlsafe: bool = False) -> str:
    r = rng()
    raw = bytes(r.getrandbits(8) for _ in range(n))
    return (base64.urlsafe_b64encode if urlsafe else base64.b64encode)(raw).decode()


def databricks_token() -> str:
    return "dapi" + hexs(32)


def slack_bot_token() -> str:
    r = rng()
    return f"xoxb-{r.randint(10**10, 10**11 - 1)}-{r.randint(10**12, 10**13 - 1)}-" + rs(r, 24)


def sendgrid_key() -> str:
    r = rng()
    return "SG." + rs(r, 22, ALNUM + "-_") + "." + rs(r, 43, ALNUM + "-_")


def stripe_key() -> str:
    return "sk_live_51" + rs(rng(), 97)


def gitlab_token() -> str:
    return "glpat-" + rs(rng(), 20, ALNUM + "-_")


def npm_token() -> str:
    return "npm_" + rs(rng(), 36)


def hf_token() -> str:
    return "hf_" + rs(rng(), 34, string.ascii_letters)


def prefect_key() -> str:
    return "pnu_" + rs(rng(), 36)


def anthropic_key() -> str:
    return "sk-ant-api03-" + rs(rng(), 93, ALNUM + "-_") + "AA"


def google_api_key() -> str:
    return "AIza" + rs(rng(), 35, ALNUM + "-_")


def confluent_key() -> str:
    return rs(rng(), 16, UPPER_DIGITS)


def confluent_secret() -> str:
    return rs(rng(), 64, ALNUM + "+/")


def neptune_token() -> str:
    r = rng()
    body = {"api_address": "https://app.neptune.ai", "api_url": "https://app.neptune.ai",
            "api_key": str(uuid.UUID(int=r.getrandbits(128), version=4))}
    return base64.b64encode(json.dumps(body).encode()).decode()


def es_api_key() -> str:
    r = rng()
    return base64.b64encode((rs(r, 20, ALNUM + "-_") + ":" + rs(r, 22, ALNUM + "-_")).encode()).decode()


def pkcs8_pem(lines: int = 12) -> str:
    r = rng()
    body = ["MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQC" + rs(r, 13, ALNUM + "+/")]
    body += [rs(r, 64, ALNUM + "+/") for _ in range(lines - 2)]
    body.append(rs(r, 40, ALNUM + "+/") + "==")
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END PRIVATE KEY-----"


def public_key_b64() -> str:
    r = rng()
    return "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(r, 344, ALNUM + "+/") + "IDAQAB"


def certificate_pem() -> str:
    r = rng()
    body = ["MIIDdzCCAl+gAwIBAgIUX" + rs(r, 43, ALNUM + "+/")] + [rs(r, 64, ALNUM + "+/") for _ in range(8)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(body) + "\n-----END CERTIFICATE-----"


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def sha1_of(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def md5_of(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


def uid() -> str:
    return str(uuid.UUID(int=rng().getrandbits(128), version=4))


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def notebook(cells: list) -> str:
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
          "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1) + "\n"


def code_cell(source: str, outputs: Optional[list] = None, n: int = 1) -> dict:
    lines = source.splitlines(keepends=True)
    return {"cell_type": "code", "execution_count": n, "id": hexs(8), "metadata": {}, "outputs": outputs or [], "source": lines}


def stream(text: str) -> dict:
    return {"name": "stdout", "output_type": "stream", "text": text.splitlines(keepends=True)}


def md_cell(source: str) -> dict:
    return {"cell_type": "markdown", "id": hexs(8), "metadata": {}, "source": source.splitlines(keepends=True)}


AIRFLOW = "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html"
AIRFLOW_CFG = "https://airflow.apache.org/docs/apache-airflow/stable/configurations-ref.html"
DBT = "https://docs.getdbt.com/docs/core/connect-data-platform/profiles.yml"
SPARK = "https://spark.apache.org/docs/latest/configuration.html"
HADOOP_S3A = "https://hadoop.apache.org/docs/stable/hadoop-aws/tools/hadoop-aws/index.html"
DATABRICKS = "https://docs.databricks.com/en/dev-tools/auth/index.html"
KAFKA = "https://kafka.apache.org/documentation/#security_sasl"
CONFLUENT = "https://docs.confluent.io/platform/current/clients/config.html"


# ============================ Airflow ============================
def airflow_cases() -> None:
    key = b64bytes(32, urlsafe=True)
    S("airflow-cfg", "fernet-key", "deploy/airflow/airflow.cfg", fill("""[core]
dags_folder = /opt/airflow/dags
hostname_callable = airflow.utils.net.getfqdn
default_timezone = utc
executor = CeleryExecutor
parallelism = 32
max_active_tasks_per_dag = 16
load_examples = False
plugins_folder = /opt/airflow/plugins
fernet_key = <<key>>
donot_pickle = True
dagbag_import_timeout = 60.0

[database]
sql_alchemy_conn_cmd = cat /run/secrets/airflow_db_uri
sql_alchemy_pool_size = 5

[logging]
base_log_folder = /opt/airflow/logs
remote_logging = True
remote_base_log_folder = s3://acme-airflow-logs/prod
remote_log_conn_id = aws_logs
logging_level = INFO

[webserver]
base_url = https://airflow.data.acme.io
web_server_port = 8080
expose_config = False
""", key=key), key, AIRFLOW_CFG)

    pw = words_pw(uri_safe=True)
    S("airflow-cfg", "metadata-db-password", "airflow_home/airflow.cfg", fill("""[core]
dags_folder = /home/airflow/airflow_home/dags
executor = LocalExecutor
load_examples = False
default_task_retries = 2

[database]
sql_alchemy_conn = postgresql+psycopg2://airflow_meta:<<pw>>@pg-meta.internal:5432/airflow
sql_alchemy_pool_recycle = 1800
load_default_connections = False

[scheduler]
min_file_process_interval = 60
catchup_by_default = False

[smtp]
smtp_host = smtp.acme.internal
smtp_starttls = True
smtp_port = 587
smtp_mail_from = airflow@acme.io
""", pw=pw), pw, AIRFLOW_CFG)

    sk = b64bytes(16)
    S("airflow-cfg", "webserver-secret-key", "config/airflow.cfg", fill("""# Airflow configuration for the analytics cluster (managed by ansible, role airflow-web)
[core]
executor = KubernetesExecutor
load_examples = False
security = 

[webserver]
base_url = https://airflow-analytics.acme.internal
authenticate = True
rbac = True
secret_key = <<sk>>
workers = 4
worker_class = sync
access_logfile = -

[kubernetes_executor]
namespace = airflow
delete_worker_pods = True
""", sk=sk), sk, AIRFLOW_CFG)

    D("airflow-cfg", "secrets-backend", "infra/airflow/airflow.cfg", """[core]
executor = CeleryExecutor
load_examples = False
# fernet key comes from AIRFLOW__CORE__FERNET_KEY_SECRET (AWS Secrets Manager)
fernet_key =

[database]
sql_alchemy_conn_secret = airflow/config/sql_alchemy_conn

[secrets]
backend = airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend
backend_kwargs = {"connections_prefix": "airflow/connections", "variables_prefix": "airflow/variables", "config_prefix": "airflow/config", "region_name": "eu-west-1"}

[celery]
broker_url_secret = airflow/config/broker_url
result_backend_secret = airflow/config/result_backend
worker_concurrency = 16

[webserver]
secret_key_secret = airflow/config/webserver_secret_key
""", "https://airflow.apache.org/docs/apache-airflow-providers-amazon/stable/secrets-backends/aws-secrets-manager.html")

    # AIRFLOW_CONN_* in env files
    pw = words_pw(uri_safe=True)
    S("airflow-conn-env", "postgres-uri", "docker/airflow.env", fill("""AIRFLOW__CORE__EXECUTOR=LocalExecutor
AIRFLOW__CORE__LOAD_EXAMPLES=False
AIRFLOW__WEBSERVER__EXPOSE_CONFIG=False
AIRFLOW_UID=50000
AIRFLOW_CONN_WAREHOUSE_PG=postgresql://etl_loader:<<pw>>@warehouse.acme.internal:5432/analytics?sslmode=require
AIRFLOW_CONN_AWS_DEFAULT=aws://?region_name=eu-west-1
AIRFLOW_VAR_RAW_BUCKET=acme-raw-landing
AIRFLOW_VAR_ENVIRONMENT=staging
""", pw=pw), pw, AIRFLOW)

    tok = slack_bot_token()
    S("airflow-conn-env", "json-connection-password", "deploy/compose/.env.airflow", fill("""# env for docker-compose.prod.yml (airflow 2.8)
AIRFLOW_IMAGE_NAME=registry.acme.io/data/airflow:2.8.4-py3.11
AIRFLOW__CORE__DEFAULT_TIMEZONE=Europe/Berlin
AIRFLOW__SCHEDULER__CATCHUP_BY_DEFAULT=False
AIRFLOW_CONN_SLACK_ALERTS='{"conn_type": "slack", "password": "<<tok>>", "extra": {"timeout": 30}}'
AIRFLOW_CONN_GOOGLE_CLOUD_DEFAULT='{"conn_type": "google_cloud_platform", "extra": {"key_path": "/opt/airflow/keys/gcp.json", "project": "acme-analytics-prod"}}'
AIRFLOW_VAR_ALERT_CHANNEL=#data-alerts
""", tok=tok), tok, AIRFLOW)

    D("airflow-conn-env", "placeholder", ".env.example", """# Copy to .env and fill in. Never commit the real .env.
AIRFLOW_UID=50000
AIRFLOW__CORE__LOAD_EXAMPLES=False
AIRFLOW_CONN_WAREHOUSE_PG=postgresql://etl_loader:<password>@warehouse.acme.internal:5432/analytics
AIRFLOW_CONN_SNOWFLAKE_DEFAULT=snowflake://<user>:<password>@/ANALYTICS/PUBLIC?account=<account>&warehouse=TRANSFORMING&role=TRANSFORMER
AIRFLOW_CONN_AWS_DEFAULT=aws://?region_name=eu-west-1
AIRFLOW_VAR_RAW_BUCKET=acme-raw-landing
""", AIRFLOW)

    D("airflow-conn-env", "no-credentials", "deploy/k8s/airflow-configmap.env", """AIRFLOW__CORE__EXECUTOR=KubernetesExecutor
AIRFLOW__KUBERNETES_EXECUTOR__NAMESPACE=airflow
AIRFLOW_CONN_AWS_DEFAULT=aws://?region_name=eu-central-1&role_arn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fairflow-worker
AIRFLOW_CONN_GOOGLE_CLOUD_DEFAULT=google-cloud-platform://?extra__google_cloud_platform__key_path=%2Fvar%2Fsecrets%2Fgoogle%2Fkey.json&extra__google_cloud_platform__project=acme-analytics
AIRFLOW_CONN_SPARK_DEFAULT=spark://spark-master.spark.svc.cluster.local:7077?deploy-mode=cluster
AIRFLOW_CONN_HTTP_STATUS=http://status.acme.io/api
AIRFLOW__LOGGING__REMOTE_LOGGING=True
""", AIRFLOW)

    # airflow connections export (json / yaml)
    pw = rand_pw(24, "!@#%^*")
    S("airflow-connections-json", "mysql-password", "ops/airflow/connections.json", fill("""{
    "mysql_orders": {
        "conn_type": "mysql",
        "description": "orders replica (read only)",
        "login": "airflow_ro",
        "password": "<<pw>>",
        "host": "orders-replica.c9xk2.eu-west-1.rds.amazonaws.com",
        "port": 3306,
        "schema": "orders",
        "extra": "{\\"charset\\": \\"utf8mb4\\"}"
    },
    "aws_default": {
        "conn_type": "aws",
        "description": "",
        "login": null,
        "password": null,
        "host": null,
        "port": null,
        "schema": null,
        "extra": "{\\"region_name\\": \\"eu-west-1\\"}"
    }
}
""", pw=pw), pw, "https://airflow.apache.org/docs/apache-airflow/stable/cli-and-env-variables-ref.html#export_repeat2")

    D("airflow-connections-json", "empty-passwords", "ops/airflow/connections.staging.json", """{
    "bigquery_default": {
        "conn_type": "google_cloud_platform",
        "description": "uses workload identity",
        "login": null,
        "password": null,
        "host": null,
        "port": null,
        "schema": null,
        "extra": "{\\"project\\": \\"acme-analytics-staging\\", \\"num_retries\\": 5}"
    },
    "ssh_bastion": {
        "conn_type": "ssh",
        "description": "",
        "login": "airflow",
        "password": null,
        "host": "bastion.staging.acme.internal",
        "port": 22,
        "schema": null,
        "extra": "{\\"key_file\\": \\"/opt/airflow/.ssh/id_ed25519\\", \\"no_host_key_check\\": false}"
    }
}
""", "https://airflow.apache.org/docs/apache-airflow/stable/cli-and-env-variables-ref.html")

    token = gitlab_token()
    S("airflow-connections-yaml", "http-token", "airflow/connections.yaml", fill("""gitlab_api:
  conn_type: http
  description: GitLab API for the dbt-docs publisher
  host: https://gitlab.acme.io
  login: airflow-bot
  password: <<token>>
  extra:
    headers:
      Accept: application/json
spark_k8s:
  conn_type: spark
  host: k8s://https://kubernetes.default.svc
  extra:
    deploy-mode: cluster
    namespace: spark-jobs
""", token=token), token, "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html#exporting-connections-from-the-cli")

    D("airflow-connections-yaml", "encrypted-fernet", "migration/connections_dump.yaml", fill("""# Exported from the metadata DB (connection table) before the 2.7 upgrade.
# is_encrypted rows stay Fernet tokens; they are re-imported with the same fernet key.
- conn_id: redshift_default
  conn_type: redshift
  host: analytics.cx0k1.eu-west-1.redshift.amazonaws.com
  login: loader
  password: gAAAAAB<<c1>>
  is_encrypted: true
  port: 5439
- conn_id: sftp_partner
  conn_type: sftp
  host: sftp.partner.example.com
  login: acme
  password: gAAAAAB<<c2>>
  is_encrypted: true
  port: 22
""", c1=b64bytes(105, urlsafe=True).rstrip("="), c2=b64bytes(99, urlsafe=True).rstrip("=")), "https://airflow.apache.org/docs/apache-airflow/stable/security/secrets/fernet.html")

    key_ = sendgrid_key()
    S("airflow-variables-json", "sendgrid-key", "airflow/variables/prod.json", fill("""{
    "raw_bucket": "acme-raw-landing-prod",
    "curated_dataset": "acme-analytics-prod.curated",
    "report_recipients": "data-team@acme.io,finance@acme.io",
    "sendgrid_api_key": "<<k>>",
    "dbt_target": "prod",
    "max_backfill_days": 30
}
""", k=key_), key_, "https://airflow.apache.org/docs/apache-airflow/stable/howto/variable.html")

    D("airflow-variables-json", "ids-and-buckets", "airflow/variables/dev.json", fill("""{
    "raw_bucket": "acme-raw-landing-dev",
    "curated_dataset": "acme-analytics-dev.curated",
    "gcp_project_number": "418290371662",
    "looker_dashboard_id": "2213",
    "slack_channel_id": "C04KX8JQ2LM",
    "last_loaded_manifest_sha256": "<<h>>",
    "sendgrid_api_key_secret_name": "projects/acme-analytics-dev/secrets/sendgrid-api-key/versions/latest",
    "dbt_target": "dev"
}
""", h=sha256_of("manifest-dev")), "https://airflow.apache.org/docs/apache-airflow/stable/howto/variable.html")

    # DAG files
    dd = hexs(32)
    S("airflow-dag", "datadog-api-key", "dags/metrics_export_dag.py", fill('''"""Push the nightly row counts to Datadog as custom metrics."""
from datetime import datetime, timedelta

import requests
from airflow import DAG
from airflow.operators.python import PythonOperator
from airflow.providers.postgres.hooks.postgres import PostgresHook

DD_API_KEY = "<<dd>>"
DD_SITE = "https://api.datadoghq.eu"


def push_counts(**context):
    hook = PostgresHook(postgres_conn_id="warehouse_pg")
    rows = hook.get_records("select table_name, row_count from meta.table_stats")
    series = [
        {"metric": "warehouse.rows", "points": [[int(context["logical_date"].timestamp()), n]], "tags": [f"table:{t}"]}
        for t, n in rows
    ]
    resp = requests.post(f"{DD_SITE}/api/v1/series", json={"series": series}, headers={"DD-API-KEY": DD_API_KEY}, timeout=30)
    resp.raise_for_status()


with DAG(
    dag_id="metrics_export",
    start_date=datetime(2024, 1, 1),
    schedule="30 6 * * *",
    catchup=False,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=5)},
    tags=["observability"],
) as dag:
    PythonOperator(task_id="push_counts", python_callable=push_counts)
''', dd=dd), dd, "https://docs.datadoghq.com/api/latest/metrics/")

    tok = slack_bot_token()
    head, tail = tok[:30], tok[30:]
    S("airflow-dag", "split-slack-token", "dags/alerts/failure_callbacks.py", fill('''from airflow.providers.slack.operators.slack import SlackAPIPostOperator

SLACK_CHANNEL = "#data-alerts"
# bot token of the "airflow-alerts" app (wrapped for flake8)
SLACK_TOKEN = (
    "<<head>>"
    "<<tail>>"
)


def notify_failure(context):
    ti = context["task_instance"]
    text = (
        f":red_circle: *{ti.dag_id}.{ti.task_id}* failed on try {ti.try_number}\\n"
        f"<{ti.log_url}|logs>"
    )
    SlackAPIPostOperator(
        task_id="slack_failure",
        token=SLACK_TOKEN,
        channel=SLACK_CHANNEL,
        text=text,
    ).execute(context=context)
''', head=head, tail=tail), tok, "https://airflow.apache.org/docs/apache-airflow-providers-slack/stable/operators/slack_api.html")

    pw = words_pw()
    S("airflow-dag", "bash-pgpassword", "dags/pg_dump_backup.py", fill('''from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator

with DAG("pg_dump_backup", start_date=datetime(2023, 6, 1), schedule="@daily", catchup=False) as dag:
    dump = BashOperator(
        task_id="dump",
        bash_command=(
            "PGPASSWORD='<<pw>>' pg_dump -h crm-db.internal -U backup -Fc crm "
            "> /backups/crm_{{ ds_nodash }}.dump"
        ),
    )
    upload = BashOperator(
        task_id="upload",
        bash_command="aws s3 cp /backups/crm_{{ ds_nodash }}.dump s3://acme-backups/crm/",
    )
    dump >> upload
''', pw=pw), pw, "https://airflow.apache.org/docs/apache-airflow/stable/howto/operator/bash.html")

    D("airflow-dag", "jinja-conn-macros", "dags/sftp_ingest_dag.py", '''from datetime import datetime

from airflow import DAG
from airflow.models import Variable
from airflow.operators.bash import BashOperator
from airflow.hooks.base import BaseHook

PARTNER_CONN_ID = "sftp_partner"

with DAG("sftp_ingest", start_date=datetime(2024, 3, 1), schedule="0 4 * * *", catchup=False) as dag:
    fetch = BashOperator(
        task_id="fetch",
        bash_command=(
            "sshpass -p '{{ conn.sftp_partner.password }}' "
            "sftp -oBatchMode=no {{ conn.sftp_partner.login }}@{{ conn.sftp_partner.host }}:/out/{{ ds }}.csv /tmp/"
        ),
    )
    load = BashOperator(
        task_id="load",
        bash_command="psql \\"$WAREHOUSE_URI\\" -c \\"\\\\copy raw.partner from '/tmp/{{ ds }}.csv' csv header\\"",
        env={"WAREHOUSE_URI": "{{ conn.warehouse_pg.get_uri() }}"},
    )
    fetch >> load


def api_key():
    return Variable.get("partner_api_key") or BaseHook.get_connection(PARTNER_CONN_ID).password
''', "https://airflow.apache.org/docs/apache-airflow/stable/templates-ref.html")

    D("airflow-dag", "hashes-and-ids", "dags/dedupe_events_dag.py", fill('''"""Deduplicate events by content hash; the manifest pins the expected schema digest."""
from datetime import datetime
import hashlib

from airflow.decorators import dag, task

SCHEMA_DIGEST = "<<d>>"
SAMPLE_EVENT_ID = "<<e>>"
DATASET = "acme-analytics-prod.events.raw_events"


@dag(start_date=datetime(2024, 1, 1), schedule="@hourly", catchup=False, tags=["events"])
def dedupe_events():
    @task
    def check_schema(digest: str = SCHEMA_DIGEST) -> str:
        from acme_pipelines.schema import current_digest
        if current_digest(DATASET) != digest:
            raise ValueError("schema drift")
        return digest

    @task
    def dedupe(_: str) -> None:
        key = hashlib.sha256(SAMPLE_EVENT_ID.encode()).hexdigest()
        print("dedupe run", key[:12])

    dedupe(check_schema())


dedupe_events()
''', d=sha256_of("schema-v14"), e=uid()), "https://airflow.apache.org/docs/apache-airflow/stable/tutorial/taskflow.html")

    pw = rand_pw(16, "_")
    S("airflow-task-log", "psql-command-line", "logs/dag_id=crm_sync/run_id=scheduled__2024-05-02T04:00:00+00:00/task_id=load/attempt=1.log", fill("""[2024-05-02, 04:00:07 UTC] {taskinstance.py:1979} INFO - Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: crm_sync.load scheduled__2024-05-02T04:00:00+00:00 [queued]>
[2024-05-02, 04:00:07 UTC] {taskinstance.py:2193} INFO - Starting attempt 1 of 3
[2024-05-02, 04:00:07 UTC] {taskinstance.py:2214} INFO - Executing <Task(BashOperator): load> on 2024-05-02 04:00:00+00:00
[2024-05-02, 04:00:07 UTC] {standard_task_runner.py:60} INFO - Started process 4112 to run task
[2024-05-02, 04:00:08 UTC] {subprocess.py:63} INFO - Tmp dir root location: /tmp
[2024-05-02, 04:00:08 UTC] {subprocess.py:75} INFO - Running command: ['/usr/bin/bash', '-c', 'psql "postgresql://crm_loader:<<pw>>@crm-db.internal:5432/crm" -f /opt/airflow/sql/load_accounts.sql']
[2024-05-02, 04:00:08 UTC] {subprocess.py:86} INFO - Output:
[2024-05-02, 04:00:09 UTC] {subprocess.py:93} INFO - INSERT 0 1834
[2024-05-02, 04:00:09 UTC] {subprocess.py:97} INFO - Command exited with return code 0
[2024-05-02, 04:00:09 UTC] {taskinstance.py:1138} INFO - Marking task as SUCCESS. dag_id=crm_sync, task_id=load, execution_date=20240502T040000, start_date=20240502T040007, end_date=20240502T040009
[2024-05-02, 04:00:09 UTC] {local_task_job_runner.py:234} INFO - Task exited with return code 0
""", pw=pw), pw, "https://airflow.apache.org/docs/apache-airflow/stable/administration-and-deployment/logging-monitoring/logging-tasks.html")

    D("airflow-task-log", "masked", "logs/dag_id=crm_sync/run_id=scheduled__2024-05-03T04:00:00+00:00/task_id=load/attempt=2.log", """[2024-05-03, 04:00:06 UTC] {taskinstance.py:2193} INFO - Starting attempt 2 of 3
[2024-05-03, 04:00:06 UTC] {base.py:83} INFO - Using connection ID 'crm_pg' for task execution.
[2024-05-03, 04:00:06 UTC] {subprocess.py:75} INFO - Running command: ['/usr/bin/bash', '-c', 'psql "postgresql://crm_loader:***@crm-db.internal:5432/crm" -f /opt/airflow/sql/load_accounts.sql']
[2024-05-03, 04:00:07 UTC] {subprocess.py:93} INFO - INSERT 0 1790
[2024-05-03, 04:00:07 UTC] {taskinstance.py:1138} INFO - Marking task as SUCCESS. dag_id=crm_sync, task_id=load
[2024-05-03, 04:00:07 UTC] {local_task_job_runner.py:234} INFO - Task exited with return code 0
""", "https://airflow.apache.org/docs/apache-airflow/stable/security/secrets/mask-sensitive-values.html")

    sk = hexs(32)
    S("airflow-helm-values", "webserver-secret-key", "deploy/helm/airflow/values-prod.yaml", fill("""executor: CeleryExecutor
defaultAirflowTag: "2.8.4"
webserverSecretKey: <<sk>>
fernetKeySecretName: airflow-fernet-key
data:
  metadataSecretName: airflow-metadata-db
  resultBackendSecretName: airflow-result-backend
postgresql:
  enabled: false
pgbouncer:
  enabled: true
  maxClientConn: 200
workers:
  replicas: 4
  resources:
    requests:
      cpu: "1"
      memory: 4Gi
dags:
  gitSync:
    enabled: true
    repo: git@github.com:acme/data-dags.git
    branch: main
    sshKeySecret: airflow-git-ssh
""", sk=sk), sk, "https://airflow.apache.org/docs/helm-chart/stable/parameters-ref.html")

    D("airflow-helm-values", "secret-names", "deploy/helm/airflow/values-staging.yaml", """executor: KubernetesExecutor
defaultAirflowTag: "2.8.4"
webserverSecretKeySecretName: airflow-webserver-secret
fernetKeySecretName: airflow-fernet-key
data:
  metadataSecretName: airflow-metadata-db
postgresql:
  enabled: false
extraEnvFrom: |
  - secretRef:
      name: airflow-connections
dags:
  gitSync:
    enabled: true
    repo: git@github.com:acme/data-dags.git
    branch: staging
    sshKeySecret: airflow-git-ssh
""", "https://airflow.apache.org/docs/helm-chart/stable/production-guide.html")

    D("docker-compose", "airflow-local-defaults", "docker-compose.yaml", """# Basic Airflow cluster configuration for CeleryExecutor with Redis and PostgreSQL.
# WARNING: This configuration is for local development. Do not use it in a production deployment.
x-airflow-common:
  &airflow-common
  image: ${AIRFLOW_IMAGE_NAME:-apache/airflow:2.8.4}
  environment:
    &airflow-common-env
    AIRFLOW__CORE__EXECUTOR: CeleryExecutor
    AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: postgresql+psycopg2://airflow:airflow@postgres/airflow
    AIRFLOW__CELERY__RESULT_BACKEND: db+postgresql://airflow:airflow@postgres/airflow
    AIRFLOW__CELERY__BROKER_URL: redis://:@redis:6379/0
    AIRFLOW__CORE__FERNET_KEY: ''
    AIRFLOW__CORE__LOAD_EXAMPLES: 'true'
  volumes:
    - ${AIRFLOW_PROJ_DIR:-.}/dags:/opt/airflow/dags
  user: "${AIRFLOW_UID:-50000}:0"

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
      _AIRFLOW_DB_MIGRATE: 'true'
      _AIRFLOW_WWW_USER_CREATE: 'true'
      _AIRFLOW_WWW_USER_USERNAME: ${_AIRFLOW_WWW_USER_USERNAME:-airflow}
      _AIRFLOW_WWW_USER_PASSWORD: ${_AIRFLOW_WWW_USER_PASSWORD:-airflow}
""", "https://airflow.apache.org/docs/apache-airflow/stable/howto/docker-compose/index.html")

    pw = words_pw(uri_safe=True)
    S("docker-compose", "airflow-broker-password", "deploy/docker-compose.prod.yml", fill("""version: "3.8"
x-airflow-env: &airflow-env
  AIRFLOW__CORE__EXECUTOR: CeleryExecutor
  AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_CMD: cat /run/secrets/airflow_db
  AIRFLOW__CELERY__BROKER_URL: redis://:<<pw>>@redis-prod.internal:6379/0
  AIRFLOW__CORE__LOAD_EXAMPLES: "false"

services:
  scheduler:
    image: registry.acme.io/data/airflow:2.8.4
    command: scheduler
    environment: *airflow-env
    secrets: [airflow_db]
    restart: always
  worker:
    image: registry.acme.io/data/airflow:2.8.4
    command: celery worker
    environment: *airflow-env
    secrets: [airflow_db]
    deploy:
      replicas: 3

secrets:
  airflow_db:
    file: ./secrets/airflow_db.txt
""", pw=pw), pw, "https://airflow.apache.org/docs/apache-airflow/stable/configurations-ref.html#broker-url")

    pw = words_pw(uri_safe=True)
    uri = f"snowflake://AIRFLOW_SVC:{pw}@/ANALYTICS/RAW?account=acme-eu1&warehouse=LOADING&role=LOADER"
    S("k8s-secret", "airflow-conn-base64", "deploy/k8s/airflow/connections-secret.yaml", fill("""apiVersion: v1
kind: Secret
metadata:
  name: airflow-connections
  namespace: airflow
  labels:
    app.kubernetes.io/part-of: airflow
type: Opaque
data:
  AIRFLOW_CONN_SNOWFLAKE_DEFAULT: <<u>>
  AIRFLOW_VAR_ENVIRONMENT: <<e>>
""", u=b64(uri), e=b64("prod")), pw, "https://kubernetes.io/docs/concepts/configuration/secret/")


airflow_cases()


# ============================ dbt ============================
def dbt_cases() -> None:
    pw = words_pw()
    S("dbt-profiles", "postgres-password", "transform/profiles.yml", fill("""acme_analytics:
  target: dev
  outputs:
    dev:
      type: postgres
      host: localhost
      port: 5432
      user: "{{ env_var('USER') }}"
      pass: "{{ env_var('DBT_DEV_PASSWORD', '') }}"
      dbname: analytics_dev
      schema: "dbt_{{ env_var('USER') }}"
      threads: 4
    prod:
      type: postgres
      host: warehouse.acme.internal
      port: 5432
      user: dbt_prod
      pass: "<<pw>>"
      dbname: analytics
      schema: analytics
      threads: 8
      keepalives_idle: 0
      sslmode: require
""", pw=pw), pw, DBT)

    pw = rand_pw(22, "!$%")
    S("dbt-profiles", "snowflake-password", "dbt/profiles/profiles.yml", fill("""snowflake_dw:
  target: ci
  outputs:
    ci:
      type: snowflake
      account: acme-eu1
      user: DBT_CI
      password: '<<pw>>'
      role: TRANSFORMER
      database: ANALYTICS_CI
      warehouse: TRANSFORMING_XS
      schema: "ci_{{ env_var('GITHUB_RUN_ID', 'local') }}"
      threads: 8
      client_session_keep_alive: false
      query_tag: dbt-ci
""", pw=pw), pw, "https://docs.getdbt.com/docs/core/connect-data-platform/snowflake-setup")

    tok = databricks_token()
    S("dbt-profiles", "databricks-token", "profiles.yml", fill("""lakehouse:
  target: dev
  outputs:
    dev:
      type: databricks
      catalog: dev
      schema: dbt_jdoe
      host: adb-4417215318291532.12.azuredatabricks.net
      http_path: /sql/1.0/warehouses/8c1b6f3d2a7e4c90
      token: <<tok>>
      threads: 4
      connect_retries: 3
""", tok=tok), tok, "https://docs.getdbt.com/docs/core/connect-data-platform/databricks-setup")

    pem = pkcs8_pem(10)
    line = pem.splitlines()[3]
    esc = pem.replace("\n", "\\n") + "\\n"
    S("dbt-profiles", "bigquery-keyfile-json", "analytics/dbt/profiles.yml", fill("""bq:
  target: prod
  outputs:
    prod:
      type: bigquery
      method: service-account-json
      project: acme-analytics-prod
      dataset: marts
      threads: 16
      location: EU
      keyfile_json:
        type: service_account
        project_id: acme-analytics-prod
        private_key_id: <<kid>>
        private_key: "<<esc>>"
        client_email: dbt-runner@acme-analytics-prod.iam.gserviceaccount.com
        client_id: "104582716392048571623"
        auth_uri: https://accounts.google.com/o/oauth2/auth
        token_uri: https://oauth2.googleapis.com/token
        auth_provider_x509_cert_url: https://www.googleapis.com/oauth2/v1/certs
""", kid=hexs(40), esc=esc), line, "https://docs.getdbt.com/docs/core/connect-data-platform/bigquery-setup#service-account-json")

    pw = passphrase()
    S("dbt-profiles", "redshift-password", "warehouse/dbt/profiles.yml", fill("""redshift_dw:
  target: prod
  outputs:
    prod:
      type: redshift
      host: analytics.cx0k1ab2c3d4.eu-west-1.redshift.amazonaws.com
      port: 5439
      user: dbt_service
      password: <<pw>>
      dbname: analytics
      schema: analytics
      threads: 6
      ra3_node: true
      sslmode: verify-full
""", pw=pw), pw, "https://docs.getdbt.com/docs/core/connect-data-platform/redshift-setup")

    D("dbt-profiles", "env-var-jinja", "ci/profiles.yml", """acme_analytics:
  target: ci
  outputs:
    ci:
      type: snowflake
      account: "{{ env_var('SNOWFLAKE_ACCOUNT') }}"
      user: "{{ env_var('SNOWFLAKE_USER') }}"
      password: "{{ env_var('DBT_ENV_SECRET_SNOWFLAKE_PASSWORD') }}"
      role: TRANSFORMER
      database: ANALYTICS_CI
      warehouse: TRANSFORMING_XS
      schema: "ci_pr_{{ env_var('PR_NUMBER', '0') }}"
      threads: 8
""", "https://docs.getdbt.com/reference/dbt-jinja-functions/env_var")

    D("dbt-profiles", "oauth-keyfile-path", "dbt_profiles/profiles.yml", """bq:
  target: dev
  outputs:
    dev:
      type: bigquery
      method: oauth
      project: acme-analytics-dev
      dataset: "dbt_{{ env_var('USER') }}"
      threads: 4
      location: EU
    prod:
      type: bigquery
      method: service-account
      keyfile: /secrets/dbt/bigquery-sa.json
      project: acme-analytics-prod
      dataset: marts
      threads: 16
      impersonate_service_account: dbt-runner@acme-analytics-prod.iam.gserviceaccount.com
""", "https://docs.getdbt.com/docs/core/connect-data-platform/bigquery-setup")

    D("dbt-project", "vars-and-ids", "dbt_project.yml", """name: acme_analytics
version: "1.7.0"
config-version: 2
profile: acme_analytics

model-paths: ["models"]
seed-paths: ["seeds"]
macro-paths: ["macros"]
target-path: target
clean-targets: [target, dbt_packages]

vars:
  raw_bucket: s3://acme-public-datasets/nyc-taxi
  ga4_property_id: "312884571"
  ga4_dataset: analytics_312884571
  start_date: "2021-01-01"
  surrogate_key_treat_nulls_as_empty_strings: true

models:
  acme_analytics:
    staging:
      +materialized: view
    marts:
      +materialized: table
      +post-hook: "grant select on {{ this }} to role reporter"
""", "https://docs.getdbt.com/reference/dbt_project.yml")

    D("dbt-packages", "git-revisions", "packages.yml", fill("""packages:
  - package: dbt-labs/dbt_utils
    version: [">=1.1.0", "<2.0.0"]
  - package: calogica/dbt_expectations
    version: 0.10.3
  - git: "https://github.com/acme/dbt-shared-macros.git"
    revision: <<r1>>
  - git: "https://{{ env_var('DBT_ENV_SECRET_GIT_CREDENTIAL') }}@gitlab.acme.io/data/dbt-finance.git"
    revision: <<r2>>
    subdirectory: dbt
""", r1=sha1_of("macros-1"), r2=sha1_of("finance-7")), "https://docs.getdbt.com/docs/build/packages")

    tok = gitlab_token()
    S("dbt-packages", "git-url-token", "transform/packages.yml", fill("""packages:
  - package: dbt-labs/dbt_utils
    version: 1.1.1
  - package: dbt-labs/codegen
    version: 0.12.1
  - git: "https://oauth2:<<tok>>@gitlab.acme.io/data/dbt-finance.git"
    revision: v2.3.0
    subdirectory: dbt
""", tok=tok), tok, "https://docs.getdbt.com/docs/build/packages#private-packages")

    ak, sk = fakes.aws_key_id(174501), fakes.aws_secret_key(174502)
    S("dbt-macro", "snowflake-stage-credentials", "macros/create_raw_stage.sql", fill("""{% macro create_raw_stage() %}
  {#- one-off: the storage integration is not approved yet, so the stage uses keys -#}
  {% set sql %}
    create or replace stage {{ target.database }}.raw.events_stage
      url = 's3://acme-events-raw/v2/'
      credentials = (aws_key_id = '<<ak>>' aws_secret_key = '<<sk>>')
      file_format = (type = parquet);
  {% endset %}
  {% do run_query(sql) %}
  {{ log("created stage raw.events_stage", info=True) }}
{% endmacro %}
""", ak=ak, sk=sk), sk, "https://docs.snowflake.com/en/sql-reference/sql/create-stage")

    D("dbt-model", "surrogate-keys", "models/marts/fct_orders.sql", fill("""{{ config(materialized='incremental', unique_key='order_key', on_schema_change='append_new_columns') }}

with orders as (
    select * from {{ ref('stg_shop__orders') }}
    {% if is_incremental() %}
    where updated_at > (select max(updated_at) from {{ this }})
    {% endif %}
),

final as (
    select
        {{ dbt_utils.generate_surrogate_key(['order_id', 'shop_id']) }} as order_key,
        order_id,
        md5(lower(customer_email)) as customer_email_hash,
        case when coupon_code = '<<h>>' then 'legacy' else coupon_code end as coupon_code,
        amount_cents / 100.0 as amount,
        updated_at
    from orders
)

select * from final
""", h=md5_of("WELCOME10")), "https://docs.getdbt.com/docs/build/incremental-models")

    D("dbt-seed-csv", "hashed-emails", "seeds/blocked_customers.csv", "customer_email_sha256,reason,blocked_at\n" + "".join(
        f"{sha256_of('user%d@example.com' % i)},{reason},2024-0{i % 9 + 1}-1{i % 9}\n" for i, reason in enumerate(
            ["chargeback", "fraud_review", "chargeback", "abuse", "fraud_review", "gdpr_erasure", "abuse"])),
      "https://docs.getdbt.com/docs/build/seeds")


dbt_cases()


# ============================ Spark / Hadoop / Databricks ============================
def spark_cases() -> None:
    ak, sk = fakes.aws_key_id(174511), fakes.aws_secret_key(174512)
    S("spark-defaults-conf", "s3a-secret-key", "conf/spark-defaults.conf", fill("""# Default system properties included when running spark-submit.
spark.master                          k8s://https://kubernetes.default.svc:443
spark.eventLog.enabled                true
spark.eventLog.dir                    s3a://acme-spark-history/events
spark.serializer                      org.apache.spark.serializer.KryoSerializer
spark.sql.adaptive.enabled            true
spark.hadoop.fs.s3a.impl              org.apache.hadoop.fs.s3a.S3AFileSystem
spark.hadoop.fs.s3a.access.key        <<ak>>
spark.hadoop.fs.s3a.secret.key        <<sk>>
spark.hadoop.fs.s3a.fast.upload       true
spark.executor.memory                 8g
spark.driver.memory                   4g
""", ak=ak, sk=sk), sk, SPARK)

    az = b64bytes(64)
    S("spark-defaults-conf", "azure-account-key", "docker/spark/spark-defaults.conf", fill("""spark.master                                                   spark://spark-master:7077
spark.sql.extensions                                           io.delta.sql.DeltaSparkSessionExtension
spark.sql.catalog.spark_catalog                                org.apache.spark.sql.delta.catalog.DeltaCatalog
spark.hadoop.fs.azure.account.key.acmelakeprod.dfs.core.windows.net  <<az>>
spark.jars.packages                                            io.delta:delta-spark_2.12:3.1.0,org.apache.hadoop:hadoop-azure:3.3.4
spark.sql.shuffle.partitions                                   200
""", az=az), az, "https://hadoop.apache.org/docs/stable/hadoop-azure/abfs.html")

    D("spark-defaults-conf", "credential-provider", "deploy/spark/spark-defaults.conf", """spark.master                                   yarn
spark.submit.deployMode                        cluster
spark.eventLog.enabled                         true
spark.eventLog.dir                             hdfs:///spark-history
spark.hadoop.fs.s3a.aws.credentials.provider   com.amazonaws.auth.WebIdentityTokenCredentialsProvider
spark.hadoop.fs.s3a.assumed.role.arn           arn:aws:iam::123456789012:role/spark-etl
spark.hadoop.hadoop.security.credential.provider.path  jceks://hdfs@namenode/user/spark/s3.jceks
spark.kryoserializer.buffer.max                512m
spark.yarn.historyServer.address               spark-history.acme.internal:18080
""", SPARK)

    sk = fakes.aws_secret_key(174513)
    S("hadoop-core-site", "s3a-secret-key", "hadoop/etc/hadoop/core-site.xml", fill("""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="configuration.xsl"?>
<configuration>
  <property>
    <name>fs.defaultFS</name>
    <value>hdfs://namenode:9000</value>
  </property>
  <property>
    <name>fs.s3a.endpoint</name>
    <value>https://minio.data.acme.internal</value>
  </property>
  <property>
    <name>fs.s3a.path.style.access</name>
    <value>true</value>
  </property>
  <property>
    <name>fs.s3a.access.key</name>
    <value>spark-etl</value>
  </property>
  <property>
    <name>fs.s3a.secret.key</name>
    <value><<sk>></value>
  </property>
</configuration>
""", sk=sk), sk, HADOOP_S3A)

    D("hadoop-core-site", "jceks-provider", "conf/hadoop/core-site.xml", """<?xml version="1.0" encoding="UTF-8"?>
<configuration>
  <property>
    <name>fs.defaultFS</name>
    <value>hdfs://mycluster</value>
  </property>
  <property>
    <name>hadoop.security.credential.provider.path</name>
    <value>jceks://hdfs@nn1.acme.internal:8020/user/etl/aws.jceks</value>
    <description>fs.s3a.access.key and fs.s3a.secret.key live in the keystore</description>
  </property>
  <property>
    <name>fs.s3a.aws.credentials.provider</name>
    <value>org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider</value>
  </property>
</configuration>
""", "https://hadoop.apache.org/docs/stable/hadoop-project-dist/hadoop-common/CredentialProviderAPI.html")

    pw = words_pw()
    S("hive-site-xml", "metastore-db-password", "docker/hive/conf/hive-site.xml", fill("""<?xml version="1.0"?>
<configuration>
  <property>
    <name>javax.jdo.option.ConnectionURL</name>
    <value>jdbc:postgresql://metastore-db:5432/metastore</value>
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
    <value><<pw>></value>
  </property>
  <property>
    <name>hive.metastore.warehouse.dir</name>
    <value>s3a://acme-lakehouse/warehouse</value>
  </property>
</configuration>
""", pw=pw), pw, "https://cwiki.apache.org/confluence/display/Hive/AdminManual+Metastore+Administration")

    sk = fakes.aws_secret_key(174514)
    S("shell-script", "spark-submit-conf", "jobs/run_backfill.sh", fill("""#!/usr/bin/env bash
set -euo pipefail

DATE_FROM=${1:?usage: run_backfill.sh FROM TO}
DATE_TO=${2:?}

spark-submit \\
  --master yarn --deploy-mode cluster \\
  --name "events-backfill-${DATE_FROM}" \\
  --conf spark.hadoop.fs.s3a.access.key=<<ak>> \\
  --conf spark.hadoop.fs.s3a.secret.key=<<sk>> \\
  --conf spark.sql.shuffle.partitions=400 \\
  --py-files dist/pipelines.zip \\
  jobs/backfill_events.py --from "${DATE_FROM}" --to "${DATE_TO}"
""", sk=sk, ak=fakes.aws_key_id(174515)), sk, "https://spark.apache.org/docs/latest/submitting-applications.html")

    pw = rand_pw(18)
    S("pyspark-script", "jdbc-password", "src/etl/jobs/export_to_postgres.py", fill('''"""Write the daily aggregates from the lake to the reporting Postgres."""
import sys

from pyspark.sql import SparkSession, functions as F


def main(run_date: str) -> None:
    spark = SparkSession.builder.appName("export-daily-aggregates").getOrCreate()
    df = (
        spark.read.format("delta").load("s3a://acme-lakehouse/gold/daily_aggregates")
        .where(F.col("run_date") == run_date)
    )
    (
        df.write.format("jdbc")
        .option("url", "jdbc:postgresql://reporting-db.internal:5432/reporting")
        .option("dbtable", "public.daily_aggregates")
        .option("user", "spark_writer")
        .option("password", "<<pw>>")
        .option("driver", "org.postgresql.Driver")
        .mode("append")
        .save()
    )


if __name__ == "__main__":
    main(sys.argv[1])
''', pw=pw), pw, "https://spark.apache.org/docs/latest/sql-data-sources-jdbc.html")

    D("pyspark-script", "secret-lookup", "src/etl/jobs/export_to_mysql.py", '''import os
import sys

from pyspark.sql import SparkSession


def jdbc_options() -> dict:
    return {
        "url": os.environ["REPORTING_JDBC_URL"],
        "user": os.environ.get("REPORTING_USER", "spark_writer"),
        "password": os.environ["REPORTING_PASSWORD"],
        "driver": "com.mysql.cj.jdbc.Driver",
    }


if __name__ == "__main__":
    spark = SparkSession.builder.appName("export-mysql").getOrCreate()
    df = spark.read.parquet(f"s3a://acme-lakehouse/gold/orders/run_date={sys.argv[1]}")
    df.write.format("jdbc").options(dbtable="orders_daily", **jdbc_options()).mode("overwrite").save()
''', "https://spark.apache.org/docs/latest/sql-data-sources-jdbc.html")

    az = b64bytes(64)
    S("databricks-notebook", "storage-account-key", "notebooks/ingest/01_bronze_load.py", fill('''# Databricks notebook source
# MAGIC %md
# MAGIC # Bronze load
# MAGIC Reads the partner drops from ADLS and appends them to `bronze.partner_events`.

# COMMAND ----------

storage_account = "acmepartnerdrops"
spark.conf.set(
    f"fs.azure.account.key.{storage_account}.dfs.core.windows.net",
    "<<az>>",
)

# COMMAND ----------

df = (spark.read.format("json")
      .load(f"abfss://incoming@{storage_account}.dfs.core.windows.net/events/"))
display(df.limit(10))

# COMMAND ----------

df.write.mode("append").saveAsTable("bronze.partner_events")
''', az=az), az, "https://learn.microsoft.com/en-us/azure/databricks/connect/storage/azure-storage")

    D("databricks-notebook", "dbutils-secrets", "notebooks/ingest/02_silver_merge.py", '''# Databricks notebook source
# MAGIC %md
# MAGIC # Silver merge

# COMMAND ----------

storage_account = "acmepartnerdrops"
spark.conf.set(
    f"fs.azure.account.key.{storage_account}.dfs.core.windows.net",
    dbutils.secrets.get(scope="partner-drops", key="storage-account-key"),
)
jdbc_password = dbutils.secrets.get("reporting", "jdbc-password")

# COMMAND ----------

# MAGIC %sql
# MAGIC MERGE INTO silver.partner_events t
# MAGIC USING bronze.partner_events s
# MAGIC ON t.event_id = s.event_id
# MAGIC WHEN NOT MATCHED THEN INSERT *
''', "https://docs.databricks.com/en/security/secrets/index.html")

    tok = databricks_token()
    S("databrickscfg", "pat", ".databrickscfg", fill("""[DEFAULT]
host  = https://adb-4417215318291532.12.azuredatabricks.net
token = <<tok>>

[staging]
host      = https://adb-7720184993117604.4.azuredatabricks.net
auth_type = azure-cli
""", tok=tok), tok, "https://docs.databricks.com/en/dev-tools/auth/config-profiles.html")

    cs = "dose" + hexs(32)
    S("databrickscfg", "oauth-m2m-secret", "ci/databricks/.databrickscfg", fill("""; service principal used by the deploy pipeline
[deploy-sp]
host          = https://acme-prod.cloud.databricks.com
client_id     = 6a1f3c52-9b0e-4f7d-8d41-2c5e9a7b1f30
client_secret = <<cs>>

[dev]
host          = https://acme-dev.cloud.databricks.com
auth_type     = databricks-cli
""", cs=cs), cs, "https://docs.databricks.com/en/dev-tools/auth/oauth-m2m.html")

    D("databrickscfg", "cli-auth-only", "tools/databricks/.databrickscfg.sample", """[DEFAULT]
host      = https://acme-dev.cloud.databricks.com
auth_type = databricks-cli

[prod]
host      = https://acme-prod.cloud.databricks.com
auth_type = databricks-cli
account_id = 0d3a6f52-11c4-4b8e-9a70-5f2e1c8b9d44

[azure]
host      = https://adb-4417215318291532.12.azuredatabricks.net
auth_type = azure-cli
""", "https://docs.databricks.com/en/dev-tools/auth/config-profiles.html")

    D("databricks-bundle", "secret-references", "databricks.yml", """bundle:
  name: acme_lakehouse

include:
  - resources/*.yml

variables:
  warehouse_id:
    description: SQL warehouse for dashboards
    default: 8c1b6f3d2a7e4c90
  catalog:
    default: dev

targets:
  dev:
    mode: development
    default: true
    workspace:
      host: https://adb-4417215318291532.12.azuredatabricks.net
  prod:
    mode: production
    workspace:
      host: https://adb-7720184993117604.4.azuredatabricks.net
      root_path: /Workspace/Shared/.bundle/${bundle.name}/${bundle.target}
    run_as:
      service_principal_name: 6a1f3c52-9b0e-4f7d-8d41-2c5e9a7b1f30
    variables:
      catalog: prod
""", "https://docs.databricks.com/en/dev-tools/bundles/settings.html")

    pw = words_pw()
    S("databricks-bundle", "spark-env-password", "resources/export_job.yml", fill("""resources:
  jobs:
    export_to_snowflake:
      name: export_to_snowflake_${bundle.target}
      schedule:
        quartz_cron_expression: "0 0 5 * * ?"
        timezone_id: Europe/Amsterdam
      job_clusters:
        - job_cluster_key: main
          new_cluster:
            spark_version: 14.3.x-scala2.12
            node_type_id: Standard_D4ds_v5
            num_workers: 2
            spark_env_vars:
              SNOWFLAKE_USER: DATABRICKS_EXPORT
              SNOWFLAKE_PASSWORD: "<<pw>>"
              SNOWFLAKE_URL: acme-eu1.snowflakecomputing.com
      tasks:
        - task_key: export
          job_cluster_key: main
          python_wheel_task:
            package_name: acme_exports
            entry_point: snowflake
""", pw=pw), pw, "https://docs.databricks.com/en/dev-tools/bundles/resources.html")

    D("databricks-job-json", "secrets-syntax", "jobs/nightly_etl.json", """{
  "name": "nightly_etl",
  "max_concurrent_runs": 1,
  "job_clusters": [
    {
      "job_cluster_key": "etl",
      "new_cluster": {
        "spark_version": "14.3.x-scala2.12",
        "node_type_id": "i3.xlarge",
        "num_workers": 4,
        "spark_conf": {
          "spark.hadoop.fs.s3a.access.key": "{{secrets/etl/aws-access-key-id}}",
          "spark.hadoop.fs.s3a.secret.key": "{{secrets/etl/aws-secret-access-key}}"
        },
        "spark_env_vars": {"PG_PASSWORD": "{{secrets/etl/pg-password}}"},
        "aws_attributes": {"instance_profile_arn": "arn:aws:iam::123456789012:instance-profile/databricks-etl"}
      }
    }
  ],
  "tasks": [
    {"task_key": "run", "job_cluster_key": "etl", "notebook_task": {"notebook_path": "/Repos/etl/nightly/main"}}
  ]
}
""", "https://docs.databricks.com/en/security/secrets/secrets-spark-conf-env-var.html")

    tok = rs(rng(), 43, ALNUM + "-_")
    S("delta-sharing-profile", "bearer-token", "config/partner.share", fill("""{
  "shareCredentialsVersion": 1,
  "endpoint": "https://sharing.eu-west-1.cloud.databricks.com/delta-sharing/",
  "bearerToken": "<<tok>>",
  "expirationTime": "2025-09-30T00:00:00.0Z"
}
""", tok=tok), tok, "https://github.com/delta-io/delta-sharing/blob/main/PROTOCOL.md#profile-file-format")


spark_cases()


# ============================ Kafka ============================
def kafka_cases() -> None:
    key, secret = confluent_key(), confluent_secret()
    S("kafka-client-properties", "confluent-api-secret", "config/ccloud-client.properties", fill("""# Required connection configs for Kafka producer, consumer, and admin
bootstrap.servers=pkc-z9doz.eu-west-1.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanisms=PLAIN
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='<<key>>' password='<<secret>>';
client.dns.lookup=use_all_dns_ips
session.timeout.ms=45000
acks=all
""", key=key, secret=secret), secret, CONFLUENT)

    pw = words_pw()
    S("kafka-client-properties", "scram-password", "streaming/conf/consumer.properties", fill("""bootstrap.servers=b-1.msk-prod.kafka.eu-west-1.amazonaws.com:9096,b-2.msk-prod.kafka.eu-west-1.amazonaws.com:9096
group.id=events-sink
auto.offset.reset=earliest
enable.auto.commit=false
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\
    username="events-sink" \\
    password="<<pw>>";
key.deserializer=org.apache.kafka.common.serialization.StringDeserializer
value.deserializer=io.confluent.kafka.serializers.KafkaAvroDeserializer
""", pw=pw), pw, "https://docs.aws.amazon.com/msk/latest/developerguide/msk-password.html")

    D("kafka-client-properties", "config-provider", "streaming/conf/producer.properties", """bootstrap.servers=pkc-z9doz.eu-west-1.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
config.providers=file,env
config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider
config.providers.env.class=org.apache.kafka.common.config.provider.EnvVarConfigProvider
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${env:CCLOUD_API_KEY}" password="${file:/opt/secrets/ccloud.properties:api.secret}";
linger.ms=20
compression.type=zstd
""", "https://kafka.apache.org/documentation/#config_providers")

    D("kafka-client-properties", "truststore-certificate", "streaming/conf/ssl-client.properties", fill("""bootstrap.servers=kafka-0.kafka.internal:9093
security.protocol=SSL
ssl.truststore.type=PEM
ssl.truststore.certificates=<<cert>>
ssl.endpoint.identification.algorithm=https
client.id=ingest-service
""", cert=certificate_pem().replace("\n", " \\\n  ")), "https://kafka.apache.org/documentation/#security_ssl")

    pw = rand_pw(24)
    S("kafka-jaas-conf", "plain-password", "docker/kafka/kafka_client_jaas.conf", fill("""KafkaClient {
    org.apache.kafka.common.security.plain.PlainLoginModule required
    username="connect-worker"
    password="<<pw>>";
};

Client {
    org.apache.zookeeper.server.auth.DigestLoginModule required
    username="kafka"
    password="${ZK_CLIENT_PASSWORD}";
};
""", pw=pw), pw, KAFKA)

    key, secret = confluent_key(), confluent_secret()
    S("python-kafka-client", "sasl-password", "src/ingest/producer.py", fill('''import json
import logging

from confluent_kafka import Producer

log = logging.getLogger(__name__)

CONF = {
    "bootstrap.servers": "pkc-z9doz.eu-west-1.aws.confluent.cloud:9092",
    "security.protocol": "SASL_SSL",
    "sasl.mechanisms": "PLAIN",
    "sasl.username": "<<key>>",
    "sasl.password": "<<secret>>",
    "client.id": "orders-ingest",
    "linger.ms": 50,
}

producer = Producer(CONF)


def delivery(err, msg):
    if err is not None:
        log.error("delivery failed: %s", err)


def publish(order: dict) -> None:
    producer.produce("orders.v1", key=str(order["id"]), value=json.dumps(order), callback=delivery)
    producer.poll(0)
''', key=key, secret=secret), secret, "https://docs.confluent.io/kafka-clients/python/current/overview.html")

    key, secret = confluent_key(), confluent_secret()
    S("schema-registry-properties", "basic-auth-user-info", "config/schema-registry-client.properties", fill("""schema.registry.url=https://psrc-4kk0p.westeurope.azure.confluent.cloud
basic.auth.credentials.source=USER_INFO
basic.auth.user.info=<<key>>:<<secret>>
auto.register.schemas=false
use.latest.version=true
""", key=key, secret=secret), secret, "https://docs.confluent.io/platform/current/schema-registry/security/index.html")

    pw = words_pw()
    S("kafka-connect-json", "jdbc-sink-password", "connectors/jdbc-sink-orders.json", fill("""{
  "name": "jdbc-sink-orders",
  "config": {
    "connector.class": "io.confluent.connect.jdbc.JdbcSinkConnector",
    "tasks.max": "2",
    "topics": "orders.v1",
    "connection.url": "jdbc:postgresql://reporting-db.internal:5432/reporting",
    "connection.user": "kafka_connect",
    "connection.password": "<<pw>>",
    "insert.mode": "upsert",
    "pk.mode": "record_key",
    "pk.fields": "id",
    "auto.create": "true"
  }
}
""", pw=pw), pw, "https://docs.confluent.io/kafka-connectors/jdbc/current/sink-connector/sink_config_options.html")

    D("kafka-connect-json", "secret-provider", "connectors/s3-sink-events.json", """{
  "name": "s3-sink-events",
  "config": {
    "connector.class": "io.confluent.connect.s3.S3SinkConnector",
    "tasks.max": "4",
    "topics": "events.v2",
    "s3.bucket.name": "acme-events-archive",
    "s3.region": "eu-west-1",
    "aws.access.key.id": "${secretManager:kafka-connect/s3:access_key_id}",
    "aws.secret.access.key": "${secretManager:kafka-connect/s3:secret_access_key}",
    "flush.size": "10000",
    "storage.class": "io.confluent.connect.s3.storage.S3Storage",
    "format.class": "io.confluent.connect.s3.format.parquet.ParquetFormat"
  }
}
""", "https://docs.confluent.io/platform/current/connect/security.html#externalizing-secrets")


kafka_cases()


# ============================ warehouses ============================
def warehouse_cases() -> None:
    pw = words_pw()
    S("snowflake-connections-toml", "password", ".snowflake/connections.toml", fill("""default_connection_name = "analytics"

[analytics]
account = "acme-eu1"
user = "JDOE"
authenticator = "externalbrowser"
warehouse = "ANALYST_WH"
database = "ANALYTICS"
role = "ANALYST"

[loader]
account = "acme-eu1"
user = "FIVETRAN_LOADER"
password = "<<pw>>"
warehouse = "LOADING"
database = "RAW"
role = "LOADER"
""", pw=pw), pw, "https://docs.snowflake.com/en/developer-guide/snowflake-cli/connecting/configure-connections")

    D("snowflake-connections-toml", "key-pair-path", "config/snowflake/config.toml", """[connections.deploy]
account = "acme-eu1"
user = "SVC_DEPLOY"
authenticator = "SNOWFLAKE_JWT"
private_key_file = "/run/secrets/snowflake_rsa_key.p8"
warehouse = "DEPLOY_WH"
role = "SYSADMIN"

[connections.dev]
account = "acme-eu1"
user = "JDOE"
authenticator = "externalbrowser"

[cli.logs]
save_logs = true
level = "info"
""", "https://docs.snowflake.com/en/developer-guide/snowflake-cli/connecting/configure-cli")

    pw = rand_pw(20, "#%")
    S("snowsql-config", "password", "tools/snowsql/config", fill("""[connections]
# default connection for the finance extracts
accountname = acme-eu1
username = FINANCE_EXTRACT
password = <<pw>>
dbname = FINANCE
schemaname = REPORTING
warehousename = EXTRACT_WH
rolename = FINANCE_READER

[options]
log_level = INFO
output_format = csv
friendly = False
timing = False
""", pw=pw), pw, "https://docs.snowflake.com/en/user-guide/snowsql-config")

    pem = pkcs8_pem(14)
    S("pem-file", "snowflake-private-key", "keys/snowflake_rsa_key.p8", pem + "\n", pem,
      "https://docs.snowflake.com/en/user-guide/key-pair-auth")

    D("snowflake-sql", "public-key", "migrations/snowflake/V12__svc_deploy_keypair.sql", fill("""-- Key-pair auth for the deploy service user (public half only; the private key is in Vault
-- at secret/data/snowflake/svc_deploy).
use role securityadmin;

alter user SVC_DEPLOY set rsa_public_key = '<<pk>>';

-- fingerprint reported by DESC USER, for the audit trail
-- RSA_PUBLIC_KEY_FP = SHA256:<<fp>>
alter user SVC_DEPLOY unset rsa_public_key_2;
grant role DEPLOYER to user SVC_DEPLOY;
""", pk=public_key_b64(), fp=base64.b64encode(hashlib.sha256(b"svc_deploy").digest()).decode()),
      "https://docs.snowflake.com/en/user-guide/key-pair-auth#assign-the-public-key-to-a-snowflake-user")

    D("snowflake-sql", "storage-integration", "migrations/snowflake/V7__s3_integration.sql", """create storage integration s3_raw_events
  type = external_stage
  storage_provider = 'S3'
  enabled = true
  storage_aws_role_arn = 'arn:aws:iam::123456789012:role/snowflake-raw-events'
  storage_allowed_locations = ('s3://acme-events-raw/v2/', 's3://acme-events-raw/v3/');

-- DESC INTEGRATION output, for the IAM trust policy:
-- STORAGE_AWS_IAM_USER_ARN = arn:aws:iam::981245377210:user/x1y2-s-euss1234
-- STORAGE_AWS_EXTERNAL_ID  = ACME_SFCRole=2_kPq1hW8nqS0aZ3rJv9bLxEoYt4c=

create stage raw.events_stage
  url = 's3://acme-events-raw/v2/'
  storage_integration = s3_raw_events
  file_format = (type = parquet);
""", "https://docs.snowflake.com/en/user-guide/data-load-s3-config-storage-integration")

    pem = pkcs8_pem(10)
    line = pem.splitlines()[5]
    sa = {"type": "service_account", "project_id": "acme-analytics-prod", "private_key_id": hexs(40),
          "private_key": pem + "\n", "client_email": "etl-loader@acme-analytics-prod.iam.gserviceaccount.com",
          "client_id": "113920475618203947561", "auth_uri": "https://accounts.google.com/o/oauth2/auth",
          "token_uri": "https://oauth2.googleapis.com/token",
          "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
          "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/etl-loader%40acme-analytics-prod.iam.gserviceaccount.com",
          "universe_domain": "googleapis.com"}
    S("gcp-service-account-json", "private-key", "credentials/etl-loader-sa.json", json.dumps(sa, indent=2) + "\n", line,
      "https://cloud.google.com/iam/docs/keys-create-delete")

    D("bigquery-script", "dataset-ids", "src/loaders/bq_load.py", '''"""Load the curated parquet files into BigQuery (ADC: workload identity in prod)."""
from google.cloud import bigquery

PROJECT = "acme-analytics-prod"
DATASET = "acme-analytics-prod.curated"
PUBLIC_SOURCE = "bigquery-public-data.new_york_taxi_trips.tlc_yellow_trips_2022"
KMS_KEY = "projects/acme-security/locations/europe/keyRings/bq/cryptoKeys/curated"


def load(uri: str, table: str) -> None:
    client = bigquery.Client(project=PROJECT)
    job_config = bigquery.LoadJobConfig(
        source_format=bigquery.SourceFormat.PARQUET,
        write_disposition="WRITE_APPEND",
        destination_encryption_configuration=bigquery.EncryptionConfiguration(kms_key_name=KMS_KEY),
    )
    job = client.load_table_from_uri(uri, f"{DATASET}.{table}", job_config=job_config)
    job.result()
    print(f"loaded {job.output_rows} rows into {table} (job {job.job_id})")
''', "https://cloud.google.com/bigquery/docs/loading-data-cloud-storage-parquet")

    pw = words_pw()
    S("odbc-ini", "redshift-password", "etc/odbc.ini", fill("""[ODBC Data Sources]
Redshift_Analytics = Amazon Redshift (x64)

[Redshift_Analytics]
Driver = /opt/amazon/redshiftodbc/lib/64/libamazonredshiftodbc64.so
Host = analytics.cx0k1ab2c3d4.eu-west-1.redshift.amazonaws.com
Port = 5439
Database = analytics
UID = tableau_reader
PWD = <<pw>>
SSLMode = verify-ca
BoolsAsChar = 0
""", pw=pw), pw, "https://docs.aws.amazon.com/redshift/latest/mgmt/configure-odbc-connection.html")

    ak, sk = fakes.aws_key_id(174521), fakes.aws_secret_key(174522)
    S("redshift-sql", "copy-credentials", "sql/redshift/load_clickstream.sql", fill("""-- nightly clickstream load (run by cron on etl-01)
begin;

truncate staging.clickstream;

copy staging.clickstream
from 's3://acme-clickstream/exports/{{ ds }}/'
credentials 'aws_access_key_id=<<ak>>;aws_secret_access_key=<<sk>>'
format as parquet;

insert into analytics.clickstream
select * from staging.clickstream
where event_ts > (select coalesce(max(event_ts), '1970-01-01') from analytics.clickstream);

commit;
""", ak=ak, sk=sk), sk, "https://docs.aws.amazon.com/redshift/latest/dg/copy-parameters-authorization.html")

    D("redshift-sql", "iam-role", "sql/redshift/unload_reports.sql", """-- monthly unload for finance
unload ('select * from analytics.monthly_revenue where month = date_trunc(\\'month\\', current_date) - interval \\'1 month\\'')
to 's3://acme-finance-exports/monthly_revenue/'
iam_role 'arn:aws:iam::123456789012:role/redshift-unload-finance'
kms_key_id '1234abcd-12ab-34cd-56ef-1234567890ab'
encrypted
format as parquet
partition by (month)
allowoverwrite;
""", "https://docs.aws.amazon.com/redshift/latest/dg/r_UNLOAD.html")

    pw = rand_pw(16)
    S("python-etl", "redshift-connector-password", "scripts/refresh_materialized_views.py", fill('''#!/usr/bin/env python3
"""Refresh the reporting materialized views after the dbt run."""
import redshift_connector

VIEWS = ["reporting.mv_daily_sales", "reporting.mv_active_users", "reporting.mv_funnel"]

conn = redshift_connector.connect(
    host="analytics.cx0k1ab2c3d4.eu-west-1.redshift.amazonaws.com",
    database="analytics",
    port=5439,
    user="mv_refresher",
    password="<<pw>>",
)
conn.autocommit = True
with conn.cursor() as cur:
    for view in VIEWS:
        cur.execute(f"refresh materialized view {view}")
        print("refreshed", view)
conn.close()
''', pw=pw), pw, "https://docs.aws.amazon.com/redshift/latest/mgmt/python-connect-examples.html")

    pw = words_pw()
    S("clickhouse-users-xml", "plaintext-password", "clickhouse/users.d/etl.xml", fill("""<clickhouse>
    <users>
        <etl_writer>
            <password><<pw>></password>
            <networks>
                <ip>10.20.0.0/16</ip>
            </networks>
            <profile>default</profile>
            <quota>default</quota>
            <access_management>0</access_management>
        </etl_writer>
    </users>
</clickhouse>
""", pw=pw), pw, "https://clickhouse.com/docs/en/operations/settings/settings-users")

    D("clickhouse-users-xml", "sha256-hash", "clickhouse/users.d/readonly.xml", fill("""<clickhouse>
    <users>
        <grafana>
            <password_sha256_hex><<h>></password_sha256_hex>
            <networks>
                <host_regexp>^grafana-\\d+\\.monitoring\\.svc\\.cluster\\.local$</host_regexp>
            </networks>
            <profile>readonly</profile>
            <quota>default</quota>
        </grafana>
    </users>
</clickhouse>
""", h=sha256_of(rand_pw(20))), "https://clickhouse.com/docs/en/operations/settings/settings-users#user-namepassword")

    pw = rand_pw(20)
    S("python-etl", "clickhouse-connect-password", "src/pipelines/clickhouse_sink.py", fill('''import clickhouse_connect
import pandas as pd

client = clickhouse_connect.get_client(
    host="ch-prod.eu-central-1.aws.clickhouse.cloud",
    port=8443,
    username="pipeline",
    password="<<pw>>",
    secure=True,
)


def write_frame(df: pd.DataFrame, table: str = "events.page_views") -> int:
    client.insert_df(table, df)
    return len(df)


def latest_ts() -> str:
    return client.query("select max(ts) from events.page_views").result_rows[0][0]
''', pw=pw), pw, "https://clickhouse.com/docs/en/integrations/python")

    ak, sk = fakes.aws_key_id(174523), fakes.aws_secret_key(174524)
    S("clickhouse-sql", "s3-function-keys", "sql/clickhouse/import_archive.sql", fill("""-- one-shot import of the 2022 archive
INSERT INTO events.page_views
SELECT *
FROM s3(
    'https://acme-archive.s3.eu-west-1.amazonaws.com/page_views/2022/*.parquet',
    '<<ak>>',
    '<<sk>>',
    'Parquet'
)
SETTINGS max_insert_threads = 8;
""", ak=ak, sk=sk), sk, "https://clickhouse.com/docs/en/sql-reference/table-functions/s3")

    pw = words_pw()
    S("trino-catalog", "connection-password", "trino/etc/catalog/reporting.properties", fill("""connector.name=postgresql
connection-url=jdbc:postgresql://reporting-db.internal:5432/reporting
connection-user=trino
connection-password=<<pw>>
case-insensitive-name-matching=true
""", pw=pw), pw, "https://trino.io/docs/current/connector/postgresql.html")

    D("trino-catalog", "env-substitution", "trino/etc/catalog/lakehouse.properties", """connector.name=iceberg
iceberg.catalog.type=hive_metastore
hive.metastore.uri=thrift://hive-metastore.data.svc:9083
fs.native-s3.enabled=true
s3.endpoint=https://minio.data.acme.internal
s3.path-style-access=true
s3.aws-access-key=${ENV:LAKEHOUSE_S3_ACCESS_KEY}
s3.aws-secret-key=${ENV:LAKEHOUSE_S3_SECRET_KEY}
s3.region=us-east-1
""", "https://trino.io/docs/current/security/secrets.html")

    D("trino-password-db", "bcrypt-hashes", "trino/etc/password.db", "".join(
        f"{user}:$2y$10${rs(rng(), 53, ALNUM + './')}\n" for user in ["alice", "bob", "superset", "metabase", "airflow"]),
      "https://trino.io/docs/current/security/password-file.html")

    sk = fakes.aws_secret_key(174525)
    S("duckdb-sql", "create-secret", "analysis/duckdb/setup.sql", fill("""INSTALL httpfs;
LOAD httpfs;

CREATE OR REPLACE SECRET lake (
    TYPE S3,
    KEY_ID 'lake-reader',
    SECRET '<<sk>>',
    ENDPOINT 'minio.data.acme.internal',
    URL_STYLE 'path',
    REGION 'us-east-1'
);

CREATE VIEW trips AS SELECT * FROM read_parquet('s3://lakehouse/gold/trips/*.parquet');
""", sk=sk), sk, "https://duckdb.org/docs/configuration/secrets_manager")

    D("duckdb-sql", "credential-chain", "analysis/duckdb/public.sql", """INSTALL httpfs;
LOAD httpfs;
-- credentials come from the AWS SDK chain (SSO profile analytics-ro)
CREATE SECRET aws_chain (TYPE S3, PROVIDER CREDENTIAL_CHAIN, PROFILE 'analytics-ro');

-- public datasets need no secret
SELECT count(*) FROM read_parquet('s3://overturemaps-us-west-2/release/2024-04-16-beta.0/theme=places/type=place/*');
SELECT * FROM 'https://d37ci6vzurychx.cloudfront.net/trip-data/yellow_tripdata_2023-01.parquet' LIMIT 5;
""", "https://duckdb.org/docs/configuration/secrets_manager")


warehouse_cases()


# ============================ search / BI ============================
def search_bi_cases() -> None:
    key = es_api_key()
    S("python-etl", "elasticsearch-api-key", "src/search/reindex_products.py", fill('''from elasticsearch import Elasticsearch, helpers

es = Elasticsearch(
    "https://search-prod.es.eu-west-1.aws.found.io:443",
    api_key="<<key>>",
    request_timeout=60,
)


def actions(rows):
    for row in rows:
        yield {"_index": "products-v7", "_id": row["sku"], "_source": row}


def reindex(rows) -> None:
    ok, errors = helpers.bulk(es, actions(rows), raise_on_error=False)
    print(f"indexed {ok} documents, {len(errors)} errors")
''', key=key), key, "https://www.elastic.co/guide/en/elasticsearch/client/python-api/current/connecting.html")

    D("python-etl", "elasticsearch-env", "src/search/client.py", '''import os

from elasticsearch import Elasticsearch
from opensearchpy import OpenSearch, RequestsHttpConnection
from requests_aws4auth import AWS4Auth
import boto3


def elastic() -> Elasticsearch:
    return Elasticsearch(os.environ["ES_URL"], api_key=os.environ["ES_API_KEY"])


def opensearch(host: str = "search-logs-abc123.eu-west-1.es.amazonaws.com") -> OpenSearch:
    creds = boto3.Session().get_credentials()
    auth = AWS4Auth(creds.access_key, creds.secret_key, "eu-west-1", "es", session_token=creds.token)
    return OpenSearch(hosts=[{"host": host, "port": 443}], http_auth=auth, use_ssl=True,
                      connection_class=RequestsHttpConnection)
''', "https://opensearch.org/docs/latest/clients/python-low-level/")

    pw = words_pw()
    S("logstash-conf", "elasticsearch-output-password", "logstash/pipeline/orders.conf", fill("""input {
  jdbc {
    jdbc_driver_class => "org.postgresql.Driver"
    jdbc_connection_string => "jdbc:postgresql://orders-db.internal:5432/orders"
    jdbc_user => "logstash"
    jdbc_password => "${ORDERS_DB_PASSWORD}"
    schedule => "*/5 * * * *"
    statement => "SELECT * FROM orders WHERE updated_at > :sql_last_value"
    use_column_value => true
    tracking_column => "updated_at"
  }
}
output {
  elasticsearch {
    hosts => ["https://es-01.internal:9200"]
    user => "logstash_writer"
    password => "<<pw>>"
    index => "orders-%{+YYYY.MM}"
    document_id => "%{id}"
  }
}
""", pw=pw), pw, "https://www.elastic.co/guide/en/logstash/current/plugins-outputs-elasticsearch.html")

    pw = rand_pw(20)
    S("kibana-yml", "elasticsearch-password", "deploy/kibana/kibana.yml", fill("""server.name: kibana-prod
server.host: "0.0.0.0"
server.publicBaseUrl: "https://kibana.acme.io"
elasticsearch.hosts: ["https://es-01.internal:9200", "https://es-02.internal:9200"]
elasticsearch.username: "kibana_system"
elasticsearch.password: "<<pw>>"
elasticsearch.ssl.certificateAuthorities: ["/usr/share/kibana/config/certs/ca.crt"]
xpack.reporting.roles.enabled: false
logging.root.level: info
""", pw=pw), pw, "https://www.elastic.co/guide/en/kibana/current/settings.html")

    D("opensearch-dashboards-yml", "keystore-placeholders", "deploy/opensearch/opensearch_dashboards.yml", """server.host: "0.0.0.0"
opensearch.hosts: ["https://opensearch-node1:9200", "https://opensearch-node2:9200"]
opensearch.ssl.verificationMode: full
opensearch.username: "kibanaserver"
# opensearch.password is read from the keystore:
#   bin/opensearch-dashboards-keystore add opensearch.password
opensearch.requestHeadersWhitelist: ["securitytenant", "Authorization"]
opensearch_security.multitenancy.enabled: true
opensearch_security.readonly_mode.roles: ["kibana_read_only"]
""", "https://opensearch.org/docs/latest/install-and-configure/configuring-dashboards/")

    pw = words_pw()
    S("env-file", "metabase-db-pass", "deploy/metabase/metabase.env", fill("""MB_DB_TYPE=postgres
MB_DB_DBNAME=metabase
MB_DB_PORT=5432
MB_DB_USER=metabase
MB_DB_PASS=<<pw>>
MB_DB_HOST=metabase-db.internal
MB_SITE_URL=https://bi.acme.io
MB_JETTY_PORT=3000
JAVA_TIMEZONE=Europe/Berlin
""", pw=pw), pw, "https://www.metabase.com/docs/latest/configuring-metabase/environment-variables")

    ek = b64bytes(32)
    S("docker-compose", "metabase-encryption-key", "deploy/metabase/docker-compose.yml", fill("""services:
  metabase:
    image: metabase/metabase:v0.49.7
    ports:
      - "3000:3000"
    environment:
      MB_DB_TYPE: postgres
      MB_DB_CONNECTION_URI: ${MB_DB_CONNECTION_URI}
      MB_ENCRYPTION_SECRET_KEY: "<<ek>>"
      MB_SITE_URL: https://bi.acme.io
    healthcheck:
      test: curl --fail -I http://localhost:3000/api/health || exit 1
      interval: 15s
    restart: unless-stopped
""", ek=ek), ek, "https://www.metabase.com/docs/latest/operations-guide/encrypting-database-details-at-rest")

    sk = b64bytes(42)
    S("superset-config", "secret-key", "superset/superset_config.py", fill('''import os
from celery.schedules import crontab

ROW_LIMIT = 50000
SUPERSET_WEBSERVER_PORT = 8088

# openssl rand -base64 42
SECRET_KEY = "<<sk>>"

SQLALCHEMY_DATABASE_URI = os.environ["SUPERSET_META_DB"]
FEATURE_FLAGS = {"ALERT_REPORTS": True, "DASHBOARD_RBAC": True}


class CeleryConfig:
    broker_url = "redis://superset-redis:6379/0"
    result_backend = "redis://superset-redis:6379/0"
    beat_schedule = {"reports.scheduler": {"task": "reports.scheduler", "schedule": crontab(minute="*", hour="*")}}


CELERY_CONFIG = CeleryConfig
''', sk=sk), sk, "https://superset.apache.org/docs/configuration/configuring-superset")

    D("superset-config", "env-secret-key", "docker/superset/superset_config_docker.py", '''import os

SECRET_KEY = os.environ.get("SUPERSET_SECRET_KEY")
if not SECRET_KEY:
    raise RuntimeError("SUPERSET_SECRET_KEY must be set (openssl rand -base64 42)")

SQLALCHEMY_DATABASE_URI = (
    f"postgresql+psycopg2://{os.environ['DATABASE_USER']}:{os.environ['DATABASE_PASSWORD']}"
    f"@{os.environ['DATABASE_HOST']}:5432/{os.environ['DATABASE_DB']}"
)
TALISMAN_ENABLED = True
WTF_CSRF_ENABLED = True
''', "https://superset.apache.org/docs/configuration/configuring-superset")

    D("superset-export", "masked-password", "superset/assets/databases/Reporting_Postgres.yaml", fill("""database_name: Reporting Postgres
sqlalchemy_uri: postgresql+psycopg2://superset_ro:XXXXXXXXXX@reporting-db.internal:5432/reporting
cache_timeout: null
expose_in_sqllab: true
allow_run_async: true
allow_ctas: false
allow_cvas: false
allow_dml: false
allow_file_upload: false
extra:
  allows_virtual_table_explore: true
uuid: <<u>>
version: 1.0.0
""", u=uid()), "https://superset.apache.org/docs/configuration/importing-exporting-datasources")

    pw = words_pw()
    S("grafana-datasource", "clickhouse-secure-json", "grafana/provisioning/datasources/clickhouse.yaml", fill("""apiVersion: 1
datasources:
  - name: ClickHouse
    type: grafana-clickhouse-datasource
    uid: clickhouse-prod
    jsonData:
      defaultDatabase: events
      port: 9440
      host: ch-prod.internal
      username: grafana
      tlsSkipVerify: false
      protocol: native
      secure: true
    secureJsonData:
      password: <<pw>>
""", pw=pw), pw, "https://grafana.com/grafana/plugins/grafana-clickhouse-datasource/")

    D("grafana-datasource", "env-interpolation", "grafana/provisioning/datasources/trino.yaml", """apiVersion: 1
datasources:
  - name: Trino
    type: trino-datasource
    uid: trino-lake
    url: https://trino.data.acme.internal:8443
    jsonData:
      enableImpersonation: true
      tlsAuthWithCACert: true
    secureJsonData:
      password: $__env{TRINO_GRAFANA_PASSWORD}
      tlsCACert: $__file{/etc/grafana/certs/trino-ca.pem}
""", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables")


search_bi_cases()


# ============================ ML tracking / orchestration ============================
def mlops_cases() -> None:
    pw = words_pw()
    S("env-file", "mlflow-tracking-password", "ml/.env", fill("""# mlflow tracking server behind basic auth
MLFLOW_TRACKING_URI=https://mlflow.ml.acme.io
MLFLOW_TRACKING_USERNAME=training-bot
MLFLOW_TRACKING_PASSWORD=<<pw>>
MLFLOW_S3_ENDPOINT_URL=https://minio.ml.acme.io
MLFLOW_EXPERIMENT_NAME=churn-model
AWS_DEFAULT_REGION=eu-west-1
""", pw=pw), pw, "https://mlflow.org/docs/latest/auth/index.html#using-environment-variables")

    pw = words_pw(uri_safe=True)
    S("shell-script", "mlflow-backend-uri", "infra/mlflow/start-server.sh", fill("""#!/bin/sh
# Started by systemd (mlflow.service) on ml-tracking-01
exec mlflow server \\
  --host 0.0.0.0 --port 5000 \\
  --backend-store-uri postgresql://mlflow:<<pw>>@mlflow-db.internal:5432/mlflow \\
  --artifacts-destination s3://acme-mlflow-artifacts \\
  --serve-artifacts \\
  --workers 4
""", pw=pw), pw, "https://mlflow.org/docs/latest/tracking/server.html")

    run_id = hexs(32)
    D("mlflow-meta-yaml", "run-ids", f"mlruns/418290371662/{run_id}/meta.yaml", fill("""artifact_uri: s3://acme-mlflow-artifacts/418290371662/<<r>>/artifacts
end_time: 1714636812211
entry_point_name: ''
experiment_id: '418290371662'
lifecycle_stage: active
run_id: <<r>>
run_name: bemused-stag-431
run_uuid: <<r>>
source_name: ''
source_type: 4
source_version: <<v>>
start_time: 1714636500110
status: 3
tags: []
user_id: jdoe
""", r=run_id, v=sha1_of("train-v3")), "https://mlflow.org/docs/latest/tracking.html")

    D("mlproject", "parameters", "ml/churn/MLproject", """name: churn-model

python_env: python_env.yaml

entry_points:
  main:
    parameters:
      data_path: {type: str, default: "s3://acme-public-datasets/telco-churn/v2.parquet"}
      max_depth: {type: int, default: 6}
      learning_rate: {type: float, default: 0.05}
      seed: {type: int, default: 42}
    command: "python train.py --data {data_path} --max-depth {max_depth} --lr {learning_rate} --seed {seed}"
  validate:
    parameters:
      model_uri: {type: str, default: "models:/churn-model/Production"}
    command: "python validate.py --model-uri {model_uri}"
""", "https://mlflow.org/docs/latest/projects.html")

    key = hexs(40)
    S("netrc", "wandb-api-key", "docker/trainer/netrc", fill("""machine api.wandb.ai
  login user
  password <<key>>
machine github.com
  login acme-ci
  password ${GITHUB_TOKEN}
""", key=key), key, "https://docs.wandb.ai/guides/track/environment-variables")

    key = hexs(40)
    S("python-training", "wandb-login-key", "ml/train/train_resnet.py", fill('''import argparse

import torch
import wandb

from acme_ml.data import make_loaders
from acme_ml.models import resnet18


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--lr", type=float, default=3e-4)
    args = parser.parse_args()

    wandb.login(key="<<key>>")
    run = wandb.init(project="defect-detection", entity="acme-ml", config=vars(args))
    model = resnet18(num_classes=4).cuda()
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr)
    train_loader, val_loader = make_loaders(batch_size=64)
    for epoch in range(args.epochs):
        loss = model.train_epoch(train_loader, opt)
        acc = model.evaluate(val_loader)
        run.log({"epoch": epoch, "loss": loss, "val_acc": acc})
    run.finish()


if __name__ == "__main__":
    main()
''', key=key), key, "https://docs.wandb.ai/ref/python/login")

    D("wandb-settings", "ids", "ml/wandb/settings", fill("""[default]
entity = acme-ml
project = defect-detection
base_url = https://api.wandb.ai
mode = online
run_id = <<r>>
disable_code = false
""", r=rs(rng(), 8, string.ascii_lowercase + string.digits)), "https://docs.wandb.ai/guides/track/environment-variables")

    D("wandb-sweep", "config", "ml/sweeps/lr_sweep.yaml", """program: ml/train/train_resnet.py
method: bayes
metric:
  name: val_acc
  goal: maximize
parameters:
  lr:
    distribution: log_uniform_values
    min: 0.00001
    max: 0.01
  epochs:
    values: [10, 20, 40]
early_terminate:
  type: hyperband
  min_iter: 3
command:
  - ${env}
  - python
  - ${program}
  - ${args}
""", "https://docs.wandb.ai/guides/sweeps/define-sweep-configuration")

    key = rs(rng(), 25)
    S("comet-config", "api-key", ".comet.config", fill("""[comet]
api_key = <<key>>
workspace = acme-ml
project_name = demand-forecast

[comet_logging]
file = /tmp/comet.log
level = info
""", key=key), key, "https://www.comet.com/docs/v2/guides/experiment-management/configure-sdk/")

    D("python-training", "comet-env", "ml/forecast/train.py", '''import os

import comet_ml
import lightgbm as lgb

from forecast.features import load_features

experiment = comet_ml.Experiment(
    api_key=os.environ["COMET_API_KEY"],
    workspace="acme-ml",
    project_name="demand-forecast",
    auto_param_logging=True,
)

X_train, X_val, y_train, y_val = load_features("s3://acme-ml-features/demand/v5/")
model = lgb.LGBMRegressor(n_estimators=800, learning_rate=0.03, num_leaves=63)
model.fit(X_train, y_train, eval_set=[(X_val, y_val)])
experiment.log_metric("val_mape", float(abs((model.predict(X_val) - y_val) / y_val).mean()))
experiment.end()
''', "https://www.comet.com/docs/v2/api-and-sdk/python-sdk/reference/Experiment/")

    tok = neptune_token()
    S("python-training", "neptune-api-token", "ml/nlp/finetune_bert.py", fill('''import neptune
from transformers import AutoModelForSequenceClassification, Trainer, TrainingArguments

from nlp.data import load_tickets

run = neptune.init_run(
    project="acme/ticket-routing",
    api_token="<<tok>>",
    tags=["bert", "finetune"],
)

train_ds, eval_ds = load_tickets()
model = AutoModelForSequenceClassification.from_pretrained("bert-base-uncased", num_labels=12)
args = TrainingArguments(output_dir="out", num_train_epochs=3, per_device_train_batch_size=32, report_to=[])
trainer = Trainer(model=model, args=args, train_dataset=train_ds, eval_dataset=eval_ds)
trainer.train()
run["eval/accuracy"] = trainer.evaluate()["eval_accuracy"]
run.stop()
''', tok=tok), tok, "https://docs.neptune.ai/setup/setting_api_token/")

    D("python-training", "neptune-anonymous", "examples/neptune_quickstart.py", '''"""Quickstart from the docs: logs to the public example project, no account needed."""
import neptune

run = neptune.init_run(
    project="common/quickstarts",
    api_token=neptune.ANONYMOUS_API_TOKEN,
)
params = {"learning_rate": 0.001, "optimizer": "Adam"}
run["parameters"] = params
for epoch in range(10):
    run["train/loss"].append(0.9 ** epoch)
run["eval/f1_score"] = 0.66
run.stop()
''', "https://docs.neptune.ai/usage/quickstart/")

    # notebooks with outputs
    ak, sk = fakes.aws_key_id(174531), fakes.aws_secret_key(174532)
    S("jupyter-notebook", "output-aws-credentials", "notebooks/exploration/2024-03-s3-debug.ipynb", notebook([
        md_cell("# Why can't the worker read the bucket?\n"),
        code_cell("!cat ~/.aws/credentials", [stream(f"[default]\naws_access_key_id = {ak}\naws_secret_access_key = {sk}\nregion = eu-west-1\n")], 1),
        code_cell("import boto3\ns3 = boto3.client('s3')\ns3.list_objects_v2(Bucket='acme-raw-landing', MaxKeys=3)['KeyCount']",
                  [{"data": {"text/plain": ["3"]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}], 2),
    ]), sk, "https://nbformat.readthedocs.io/en/latest/format_description.html")

    key = fakes.openai_key(174533)
    S("jupyter-notebook", "output-env-dump", "notebooks/llm/label_with_gpt.ipynb", notebook([
        code_cell("import os\n{k: v for k, v in os.environ.items() if k.startswith(('OPENAI', 'HF_'))}",
                  [{"data": {"text/plain": [f"{{'OPENAI_API_KEY': '{key}',\n", " 'HF_HOME': '/data/hf-cache'}"]},
                    "execution_count": 3, "metadata": {}, "output_type": "execute_result"}], 3),
        code_cell("from openai import OpenAI\nclient = OpenAI()\nlabels = label_batch(client, tickets[:50])", [], 4),
    ]), key, "https://nbformat.readthedocs.io/en/latest/format_description.html")

    tok = hf_token()
    S("jupyter-notebook", "hf-login-cell", "notebooks/finetune/llama_lora.ipynb", notebook([
        md_cell("## Setup\nLog in to the Hub to pull the gated base model.\n"),
        code_cell(f'from huggingface_hub import login\nlogin(token="{tok}")', [stream("Login successful\n")], 1),
        code_cell('from transformers import AutoTokenizer\ntok = AutoTokenizer.from_pretrained("meta-llama/Llama-2-7b-hf")', [], 2),
    ]), tok, "https://huggingface.co/docs/huggingface_hub/quick-start#login")

    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(rng().getrandbits(8) for _ in range(420))).decode()
    D("jupyter-notebook", "png-output", "notebooks/reports/weekly_kpis.ipynb", notebook([
        code_cell("import matplotlib.pyplot as plt\nkpis.plot(x='week', y=['orders', 'gmv'])\nplt.show()",
                  [{"data": {"image/png": png, "text/plain": ["<Figure size 640x480 with 1 Axes>"]}, "metadata": {}, "output_type": "display_data"}], 5),
        code_cell("kpis.tail(2)[['week', 'orders']].to_dict('records')",
                  [{"data": {"text/plain": ["[{'week': '2024-W17', 'orders': 18231}, {'week': '2024-W18', 'orders': 17904}]"]},
                    "execution_count": 6, "metadata": {}, "output_type": "execute_result"}], 6),
    ]), "https://nbformat.readthedocs.io/en/latest/format_description.html")

    D("jupyter-notebook", "hash-outputs", "notebooks/dq/dedupe_check.ipynb", notebook([
        code_cell("df[['event_id', 'payload_sha256']].head(3).values.tolist()",
                  [{"data": {"text/plain": [f"[['{uid()}', '{sha256_of('a')}'],\n", f" ['{uid()}', '{sha256_of('b')}'],\n", f" ['{uid()}', '{sha256_of('c')}']]"]},
                    "execution_count": 2, "metadata": {}, "output_type": "execute_result"}], 2),
        code_cell("os.environ.get('WAREHOUSE_PASSWORD', '<unset>')",
                  [{"data": {"text/plain": ["'<unset>'"]}, "execution_count": 3, "metadata": {}, "output_type": "execute_result"}], 3),
    ]), "https://nbformat.readthedocs.io/en/latest/format_description.html")

    tok = hexs(48)
    S("jupyter-server-config", "server-token", "docker/jupyter/jupyter_server_config.py", fill('''# Configuration file for jupyter-server (shared GPU box, behind the VPN)
c = get_config()  # noqa: F821

c.ServerApp.ip = "0.0.0.0"
c.ServerApp.port = 8888
c.ServerApp.open_browser = False
c.ServerApp.allow_remote_access = True
c.IdentityProvider.token = "<<tok>>"
c.ServerApp.root_dir = "/data/notebooks"
c.FileContentsManager.delete_to_trash = False
c.ServerApp.terminado_settings = {"shell_command": ["/bin/bash"]}
''', tok=tok), tok, "https://jupyter-server.readthedocs.io/en/latest/operators/public-server.html")

    D("jupyter-server-config", "argon2-hash", "docker/jupyter/jupyter_server_config.json", fill("""{
  "IdentityProvider": {
    "hashed_password": "argon2:$argon2id$v=19$m=10240,t=10,p=8$<<salt>>$<<hash>>"
  },
  "ServerApp": {
    "ip": "0.0.0.0",
    "port": 8888,
    "open_browser": false,
    "root_dir": "/data/notebooks"
  }
}
""", salt=rs(rng(), 22, ALNUM + "+/"), hash=rs(rng(), 43, ALNUM + "+/")), "https://jupyter-server.readthedocs.io/en/latest/operators/public-server.html#preparing-a-hashed-password")

    # Great Expectations
    pw = words_pw(uri_safe=True)
    S("great-expectations-yml", "datasource-connection-string", "great_expectations/great_expectations.yml", fill("""config_version: 3.0
datasources:
  warehouse:
    class_name: Datasource
    module_name: great_expectations.datasource
    execution_engine:
      class_name: SqlAlchemyExecutionEngine
      connection_string: postgresql+psycopg2://ge_reader:<<pw>>@warehouse.acme.internal:5432/analytics
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
validations_store_name: validations_store
evaluation_parameter_store_name: evaluation_parameter_store
checkpoint_store_name: checkpoint_store
anonymous_usage_statistics:
  enabled: false
  data_context_id: <<id>>
""", pw=pw, id=uid()), pw, "https://docs.greatexpectations.io/docs/oss/guides/setup/configuring_data_contexts/instantiating_data_contexts/")

    pw = rand_pw(22, "!#")
    S("great-expectations-config-variables", "password", "great_expectations/uncommitted/config_variables.yml", fill("""# This config file supports variable substitution which enables: 1) keeping
# secrets out of source control & 2) environment-based configuration changes
instance_id: <<id>>
snowflake_account: acme-eu1
snowflake_user: GE_VALIDATOR
snowflake_password: "<<pw>>"
snowflake_warehouse: DQ_WH
""", id=uid(), pw=pw), pw, "https://docs.greatexpectations.io/docs/oss/guides/setup/configuring_data_contexts/how_to_configure_credentials/")

    D("great-expectations-yml", "secret-manager-refs", "dq/gx/great_expectations.yml", fill("""config_version: 3.0
datasources:
  snowflake_dw:
    class_name: Datasource
    execution_engine:
      class_name: SqlAlchemyExecutionEngine
      connection_string: ${SNOWFLAKE_CONNECTION_STRING}
    data_connectors:
      default_runtime_data_connector_name:
        class_name: RuntimeDataConnector
        batch_identifiers: [run_id]
  redshift_dw:
    class_name: Datasource
    execution_engine:
      class_name: SqlAlchemyExecutionEngine
      credentials:
        drivername: postgresql+psycopg2
        host: analytics.cx0k1ab2c3d4.eu-west-1.redshift.amazonaws.com
        port: 5439
        username: ge_reader
        password: secret|arn:aws:secretsmanager:eu-west-1:123456789012:secret:dq/redshift-AbCdEf|password
        database: analytics
anonymous_usage_statistics:
  enabled: false
  data_context_id: <<id>>
""", id=uid()), "https://docs.greatexpectations.io/docs/oss/guides/setup/configuring_data_contexts/how_to_configure_credentials/")

    D("great-expectations-checkpoint", "ids", "great_expectations/checkpoints/orders_nightly.yml", fill("""name: orders_nightly
config_version: 1.0
class_name: Checkpoint
run_name_template: "%Y%m%d-orders"
validations:
  - batch_request:
      datasource_name: warehouse
      data_connector_name: default_inferred_data_connector_name
      data_asset_name: analytics.fct_orders
    expectation_suite_name: fct_orders.critical
    expectation_suite_ge_cloud_id: <<id>>
action_list:
  - name: store_validation_result
    action:
      class_name: StoreValidationResultAction
  - name: send_slack_notification
    action:
      class_name: SlackNotificationAction
      slack_webhook: ${SLACK_DQ_WEBHOOK}
      notify_on: failure
""", id=uid()), "https://docs.greatexpectations.io/docs/reference/learn/terms/checkpoint/")

    # Prefect
    key = prefect_key()
    S("prefect-profiles-toml", "api-key", "ops/prefect/profiles.toml", fill("""active = "cloud-prod"

[profiles.default]
PREFECT_API_URL = "http://127.0.0.1:4200/api"

[profiles.cloud-prod]
PREFECT_API_URL = "https://api.prefect.cloud/api/accounts/9b2e6c1d-4f0a-4e8b-a5d3-7c1f0e9b2a44/workspaces/3f8d1a27-6b5c-4e19-8a0d-2e7c4b9f1d63"
PREFECT_API_KEY = "<<key>>"
PREFECT_LOGGING_LEVEL = "INFO"
""", key=key), key, "https://docs.prefect.io/latest/concepts/settings/#configuration-profiles")

    tok = stripe_key()
    S("prefect-block-script", "secret-block-value", "flows/blocks/register_blocks.py", fill('''"""Register the blocks the billing flows use (run once per workspace)."""
from prefect.blocks.system import Secret, String
from prefect_aws import AwsCredentials, S3Bucket

String(value="eu-west-1").save("aws-region", overwrite=True)
Secret(value="<<tok>>").save("stripe-api-key", overwrite=True)

creds = AwsCredentials.load("billing-aws")
S3Bucket(bucket_name="acme-billing-exports", credentials=creds).save("billing-exports", overwrite=True)
print("blocks registered")
''', tok=tok), tok, "https://docs.prefect.io/latest/concepts/blocks/")

    D("prefect-yaml", "deployments", "prefect.yaml", """name: acme-flows
prefect-version: 2.16.9

build: null
push: null

pull:
  - prefect.deployments.steps.git_clone:
      repository: https://github.com/acme/acme-flows.git
      branch: main
      access_token: "{{ prefect.blocks.secret.github-flows-token }}"

deployments:
  - name: billing-daily
    entrypoint: flows/billing.py:billing_daily
    schedule:
      cron: "0 6 * * *"
      timezone: Europe/Berlin
    parameters:
      bucket: "{{ prefect.blocks.s3-bucket.billing-exports }}"
    work_pool:
      name: k8s-pool
      job_variables:
        env:
          STRIPE_API_KEY: "{{ prefect.blocks.secret.stripe-api-key }}"
""", "https://docs.prefect.io/latest/guides/prefect-deploy/")

    # Dagster
    pw = words_pw()
    S("dagster-yaml", "postgres-password", "dagster_home/dagster.yaml", fill("""storage:
  postgres:
    postgres_db:
      username: dagster
      password: "<<pw>>"
      hostname: dagster-db.internal
      db_name: dagster
      port: 5432

run_coordinator:
  module: dagster.core.run_coordinator
  class: QueuedRunCoordinator
  config:
    max_concurrent_runs: 10

telemetry:
  enabled: false
""", pw=pw), pw, "https://docs.dagster.io/deployment/dagster-instance")

    D("dagster-yaml", "env-refs", "deploy/dagster/dagster.yaml", """storage:
  postgres:
    postgres_db:
      username:
        env: DAGSTER_PG_USERNAME
      password:
        env: DAGSTER_PG_PASSWORD
      hostname:
        env: DAGSTER_PG_HOST
      db_name: dagster
      port: 5432

compute_logs:
  module: dagster_aws.s3.compute_log_manager
  class: S3ComputeLogManager
  config:
    bucket: acme-dagster-logs
    prefix: compute-logs
""", "https://docs.dagster.io/deployment/dagster-instance#dagster-storage")

    pw = rand_pw(18, "$")
    S("dagster-definitions", "snowflake-resource-password", "orchestration/acme_dagster/definitions.py", fill('''from dagster import Definitions, EnvVar, load_assets_from_modules
from dagster_snowflake import SnowflakeResource
from dagster_dbt import DbtCliResource

from . import assets

defs = Definitions(
    assets=load_assets_from_modules([assets]),
    resources={
        "snowflake": SnowflakeResource(
            account="acme-eu1",
            user="DAGSTER",
            password="<<pw>>",
            warehouse="TRANSFORMING",
            database="ANALYTICS",
            role="TRANSFORMER",
        ),
        "dbt": DbtCliResource(project_dir=EnvVar("DBT_PROJECT_DIR")),
    },
)
''', pw=pw), pw, "https://docs.dagster.io/integrations/snowflake/reference")

    D("dagster-definitions", "envvar", "orchestration/acme_dagster/resources.py", '''from dagster import ConfigurableResource, EnvVar
from dagster_snowflake import SnowflakeResource
from dagster_aws.s3 import S3Resource

snowflake = SnowflakeResource(
    account=EnvVar("SNOWFLAKE_ACCOUNT"),
    user=EnvVar("SNOWFLAKE_USER"),
    password=EnvVar("SNOWFLAKE_PASSWORD"),
    warehouse="TRANSFORMING",
    database="ANALYTICS",
)
s3 = S3Resource(region_name="eu-west-1")


class SlackResource(ConfigurableResource):
    token: str = EnvVar("SLACK_BOT_TOKEN")
    channel: str = "#dagster-alerts"
''', "https://docs.dagster.io/concepts/configuration/config-schema#environment-variables")

    # Feast
    pw = fakes.redis_password(174541)
    S("feast-feature-store-yaml", "redis-connection-string", "feature_repo/feature_store.yaml", fill("""project: acme_features
registry: s3://acme-feast/registry.db
provider: aws
online_store:
  type: redis
  redis_type: redis
  connection_string: "feast-redis.internal:6379,ssl=true,password=<<pw>>"
offline_store:
  type: redshift
  cluster_id: analytics
  region: eu-west-1
  database: analytics
  user: feast
  s3_staging_location: s3://acme-feast/staging
  iam_role: arn:aws:iam::123456789012:role/feast-redshift
entity_key_serialization_version: 2
""", pw=pw), pw, "https://docs.feast.dev/reference/online-stores/redis")

    D("feast-feature-store-yaml", "env-substitution", "feature_repo/feature_store.staging.yaml", """project: acme_features_staging
registry:
  registry_type: sql
  path: ${FEAST_REGISTRY_URL}
  cache_ttl_seconds: 60
provider: local
online_store:
  type: postgres
  host: ${FEAST_PG_HOST}
  port: 5432
  database: feast
  user: feast
  password: ${FEAST_PG_PASSWORD}
offline_store:
  type: file
entity_key_serialization_version: 2
""", "https://docs.feast.dev/reference/feature-repository/feature-store-yaml")

    # Kedro
    ak, sk = fakes.aws_key_id(174542), fakes.aws_secret_key(174543)
    S("kedro-credentials", "s3-secret", "conf/local/credentials.yml", fill("""# Here you can define credentials for different data sets and environment.
dev_s3:
  client_kwargs:
    aws_access_key_id: <<ak>>
    aws_secret_access_key: <<sk>>
    region_name: eu-west-1

dev_sql:
  con: sqlite:///data/01_raw/local.db
""", ak=ak, sk=sk), sk, "https://docs.kedro.org/en/stable/configuration/credentials.html")

    D("kedro-catalog", "credential-names", "conf/base/catalog.yml", """companies:
  type: pandas.CSVDataset
  filepath: s3://acme-kedro/01_raw/companies.csv
  credentials: dev_s3

reviews:
  type: pandas.SQLTableDataset
  table_name: reviews
  credentials: dev_sql

model_input_table:
  type: pandas.ParquetDataset
  filepath: data/03_primary/model_input_table.pq

regressor:
  type: pickle.PickleDataset
  filepath: data/06_models/regressor.pickle
  versioned: true
""", "https://docs.kedro.org/en/stable/data/data_catalog.html")


mlops_cases()


# ============================ object storage / cloud credentials ============================
def storage_cases() -> None:
    sk = fakes.aws_secret_key(174551)
    S("s3cfg", "secret-key", "ops/backup/.s3cfg", fill("""[default]
access_key = <<ak>>
secret_key = <<sk>>
host_base = s3.eu-west-1.amazonaws.com
host_bucket = %(bucket)s.s3.eu-west-1.amazonaws.com
bucket_location = eu-west-1
use_https = True
signature_v2 = False
multipart_chunk_size_mb = 64
gpg_command = /usr/bin/gpg
gpg_passphrase =
encrypt = False
""", ak=fakes.aws_key_id(174552), sk=sk), sk, "https://s3tools.org/kb/item14.htm")

    D("s3cfg", "empty-keys-public-bucket", "tools/s3cmd/public-mirror.s3cfg", """[default]
# anonymous access to the public mirror; no keys on purpose
access_key =
secret_key =
security_token =
host_base = s3.us-west-2.amazonaws.com
host_bucket = %(bucket)s.s3.us-west-2.amazonaws.com
use_https = True
public_url_use_https = True
website_endpoint = http://%(bucket)s.s3-website-%(location)s.amazonaws.com/
check_ssl_certificate = True
""", "https://s3tools.org/usage")

    sk = rand_pw(40)
    S("rclone-conf", "s3-secret", "deploy/rclone/rclone.conf", fill("""[minio]
type = s3
provider = Minio
access_key_id = rclone-sync
secret_access_key = <<sk>>
endpoint = https://minio.data.acme.internal
acl = private

[gcs-archive]
type = google cloud storage
service_account_file = /etc/rclone/gcs-archive.json
bucket_policy_only = true
location = europe-west4
""", sk=sk), sk, "https://rclone.org/s3/#minio")

    D("rclone-conf", "env-auth", "scripts/sync/rclone.conf", """[aws]
type = s3
provider = AWS
env_auth = true
region = eu-west-1
storage_class = INTELLIGENT_TIERING

[public-datasets]
type = s3
provider = AWS
region = us-east-1
# anonymous access to the open data registry
access_key_id =
secret_access_key =
""", "https://rclone.org/s3/#authentication")

    sk = rand_pw(40)
    S("minio-mc-config", "secret-key", "tools/mc/config.json", fill("""{
	"version": "10",
	"aliases": {
		"gcs": {
			"url": "https://storage.googleapis.com",
			"accessKey": "YOUR-ACCESS-KEY-HERE",
			"secretKey": "YOUR-SECRET-KEY-HERE",
			"api": "S3v2",
			"path": "dns"
		},
		"lake": {
			"url": "https://minio.data.acme.internal",
			"accessKey": "etl-admin",
			"secretKey": "<<sk>>",
			"api": "s3v4",
			"path": "auto"
		}
	}
}
""", sk=sk), sk, "https://min.io/docs/minio/linux/reference/minio-mc/mc-alias-set.html")

    D("docker-compose", "minio-local-defaults", "dev/docker-compose.minio.yml", """# Local playground only: MinIO with its documented default credentials.
# Do not expose this port outside your laptop.
services:
  minio:
    image: quay.io/minio/minio:RELEASE.2024-04-18T19-09-19Z
    command: server /data --console-address ":9001"
    ports:
      - "9000:9000"
      - "9001:9001"
    environment:
      MINIO_ROOT_USER: minioadmin
      MINIO_ROOT_PASSWORD: minioadmin
    volumes:
      - ./.minio-data:/data
""", "https://min.io/docs/minio/container/index.html")

    pw = rand_pw(32)
    S("docker-compose", "minio-root-password", "deploy/lake/docker-compose.yml", fill("""services:
  minio:
    image: quay.io/minio/minio:RELEASE.2024-04-18T19-09-19Z
    command: server --console-address ":9001" http://minio{1...4}/data{1...2}
    hostname: minio1
    environment:
      MINIO_ROOT_USER: lake-root
      MINIO_ROOT_PASSWORD: <<pw>>
      MINIO_PROMETHEUS_AUTH_TYPE: public
      MINIO_BROWSER_REDIRECT_URL: https://minio-console.data.acme.internal
    volumes:
      - /mnt/disk1:/data1
      - /mnt/disk2:/data2
    restart: always
""", pw=pw), pw, "https://min.io/docs/minio/linux/reference/minio-server/settings/root-credentials.html")

    ak, sk, st = fakes.aws_key_id(174553), fakes.aws_secret_key(174554), fakes.aws_session_token(174555)
    S("aws-credentials", "session-credentials", "docker/etl/aws/credentials", fill("""[default]
aws_access_key_id = <<ak>>
aws_secret_access_key = <<sk>>
aws_session_token = <<st>>

[analytics-ro]
role_arn = arn:aws:iam::123456789012:role/analytics-readonly
source_profile = default
""", ak=ak, sk=sk, st=st), sk, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

    D("aws-config", "sso-profiles", "docker/etl/aws/config", """[default]
region = eu-west-1
output = json

[profile data-prod]
sso_session = acme
sso_account_id = 123456789012
sso_role_name = DataEngineer
region = eu-west-1

[profile data-dev]
role_arn = arn:aws:iam::210987654321:role/DataEngineer
source_profile = data-prod
external_id = acme-data-dev

[sso-session acme]
sso_start_url = https://acme.awsapps.com/start
sso_region = eu-west-1
sso_registration_scopes = sso:account:access
""", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html")

    D("markdown-doc", "aws-example-keys", "docs/howto/local-s3-access.md", """# Reading the lake from your laptop

Configure a profile with `aws configure --profile lake`. The prompts look like this
(the values are the placeholders from the AWS documentation, not real keys):

```
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: eu-west-1
Default output format [None]: json
```

Then point the notebooks at it:

```python
import s3fs
fs = s3fs.S3FileSystem(profile="lake")
fs.ls("acme-lakehouse/gold")
```
""", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html")

    sk = fakes.aws_secret_key(174556)
    part = len(sk) // 2
    S("python-etl", "boto3-split-secret", "scripts/copy_partner_files.py", fill('''"""Copy the partner drop into our raw bucket (partner gave us a dedicated IAM user)."""
import boto3

PARTNER_KEY_ID = "<<ak>>"
PARTNER_SECRET = "<<a>>" + "<<b>>"

partner = boto3.client(
    "s3",
    aws_access_key_id=PARTNER_KEY_ID,
    aws_secret_access_key=PARTNER_SECRET,
    region_name="us-east-1",
)
ours = boto3.client("s3")

for obj in partner.list_objects_v2(Bucket="partner-outbound", Prefix="acme/")["Contents"]:
    body = partner.get_object(Bucket="partner-outbound", Key=obj["Key"])["Body"].read()
    ours.put_object(Bucket="acme-raw-landing", Key="partner/" + obj["Key"].split("/")[-1], Body=body)
    print("copied", obj["Key"])
''', ak=fakes.aws_key_id(174557), a=sk[:part], b=sk[part:]), sk, "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html")

    az = b64bytes(64)
    S("python-etl", "azure-storage-connection-string", "src/exports/azure_blob_export.py", fill('''import io

import pandas as pd
from azure.storage.blob import BlobServiceClient

CONN = (
    "DefaultEndpointsProtocol=https;AccountName=acmeexports;"
    "AccountKey=<<az>>;EndpointSuffix=core.windows.net"
)


def export(df: pd.DataFrame, name: str) -> None:
    service = BlobServiceClient.from_connection_string(CONN)
    buf = io.BytesIO()
    df.to_parquet(buf, index=False)
    service.get_blob_client("exports", f"daily/{name}.parquet").upload_blob(buf.getvalue(), overwrite=True)
''', az=az), az, "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string")

    D("python-etl", "azurite-dev-key", "tests/integration/conftest.py", '''"""Integration fixtures: run against Azurite (the local emulator) in docker."""
import pytest
from azure.storage.blob import BlobServiceClient

# Azurite's well-known development account, the same for every installation.
AZURITE = (
    "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
    "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
    "BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"
)


@pytest.fixture
def blob_service():
    service = BlobServiceClient.from_connection_string(AZURITE)
    container = service.create_container("test-exports")
    yield service
    container.delete_container()
''', "https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azurite#well-known-storage-account-and-key")

    secret = rs(rng(), 40, ALNUM + "+/")
    S("python-etl", "gcs-hmac-secret", "src/exports/gcs_interop.py", fill('''"""GCS through the S3 interoperability API (HMAC key of sa-exports)."""
import boto3

session = boto3.session.Session()
gcs = session.client(
    "s3",
    region_name="auto",
    endpoint_url="https://storage.googleapis.com",
    aws_access_key_id="GOOG1E<<aid>>",
    aws_secret_access_key="<<secret>>",
)


def upload(path: str, key: str) -> None:
    gcs.upload_file(path, "acme-exports-eu", key)
''', aid=rs(rng(), 55, UPPER_DIGITS), secret=secret), secret, "https://cloud.google.com/storage/docs/authentication/hmackeys")

    ak, sk = fakes.aws_key_id(174558), fakes.aws_secret_key(174559)
    S("dvc-config", "remote-secret", ".dvc/config.local", fill("""['remote "storage"']
    access_key_id = <<ak>>
    secret_access_key = <<sk>>
""", ak=ak, sk=sk) + "['remote \"minio\"']\n    endpointurl = https://minio.ml.acme.io\n", sk, "https://dvc.org/doc/command-reference/remote/modify#amazon-s3")

    D("dvc-config", "remote-url", ".dvc/config", """[core]
    remote = storage
    autostage = true
['remote "storage"']
    url = s3://acme-dvc-store/churn
    region = eu-west-1
    profile = data-prod
['remote "public"']
    url = https://data.acme.io/dvc
""", "https://dvc.org/doc/user-guide/project-structure/configuration")

    D("dvc-lock", "md5-hashes", "dvc.lock", fill("""schema: '2.0'
stages:
  prepare:
    cmd: python src/prepare.py data/raw/customers.csv
    deps:
    - path: data/raw/customers.csv
      hash: md5
      md5: <<h1>>
      size: 18231744
    outs:
    - path: data/prepared
      hash: md5
      md5: <<h2>>.dir
      size: 9120331
      nfiles: 2
  train:
    cmd: python src/train.py
    deps:
    - path: data/prepared
      hash: md5
      md5: <<h2>>.dir
    outs:
    - path: models/model.pkl
      hash: md5
      md5: <<h3>>
      size: 482113
""", h1=md5_of("raw"), h2=md5_of("prepared"), h3=md5_of("model")), "https://dvc.org/doc/user-guide/project-structure/dvcyaml-files#dvclock-file")


storage_cases()


# ============================ CI, IaC and other carriers ============================
def misc_cases() -> None:
    tok = databricks_token()
    S("github-actions", "hardcoded-env", ".github/workflows/deploy-bundle.yml", fill("""name: deploy-bundle
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      DATABRICKS_HOST: https://adb-7720184993117604.4.azuredatabricks.net
      DATABRICKS_TOKEN: <<tok>>
    steps:
      - uses: actions/checkout@v4
      - uses: databricks/setup-cli@main
      - run: databricks bundle validate -t prod
      - run: databricks bundle deploy -t prod
""", tok=tok), tok, "https://docs.databricks.com/en/dev-tools/bundles/ci-cd.html")

    D("github-actions", "secrets-context", ".github/workflows/dbt-ci.yml", fill("""name: dbt-ci
on: [pull_request]
jobs:
  build:
    runs-on: ubuntu-latest
    env:
      DBT_PROFILES_DIR: ./ci
      SNOWFLAKE_ACCOUNT: ${{ vars.SNOWFLAKE_ACCOUNT }}
      SNOWFLAKE_USER: ${{ vars.SNOWFLAKE_CI_USER }}
      DBT_ENV_SECRET_SNOWFLAKE_PASSWORD: ${{ secrets.SNOWFLAKE_CI_PASSWORD }}
      PR_NUMBER: ${{ github.event.number }}
    steps:
      - uses: actions/checkout@<<sha>>
      - uses: actions/setup-python@<<sha2>>
        with:
          python-version: "3.11"
      - run: pip install -r requirements-dbt.txt
      - run: dbt deps && dbt build --select state:modified+ --defer --state ./prod-manifest
""", sha=sha1_of("checkout-v4.1.1"), sha2=sha1_of("setup-python-v5")), "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions")

    pw = words_pw()
    S("gitlab-ci", "script-password", ".gitlab-ci.yml", fill("""stages: [test, load]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

test:
  stage: test
  image: python:3.11
  script:
    - pip install -r requirements.txt
    - pytest -q tests/

load-reference-data:
  stage: load
  image: postgres:16
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
  script:
    - psql "host=refdata-db.internal dbname=refdata user=refdata_loader password=<<pw>>" -f sql/load_reference.sql
""", pw=pw), pw, "https://docs.gitlab.com/ee/ci/yaml/")

    pw = passphrase()
    S("terraform-tfvars", "snowflake-password", "infra/snowflake/prod.auto.tfvars", fill("""snowflake_account  = "acme-eu1"
snowflake_user     = "TERRAFORM"
snowflake_role     = "ACCOUNTADMIN"
snowflake_password = "<<pw>>"

warehouses = {
  loading      = { size = "XSMALL", auto_suspend = 60 }
  transforming = { size = "MEDIUM", auto_suspend = 120 }
  reporting    = { size = "SMALL", auto_suspend = 300 }
}
""", pw=pw), pw, "https://registry.terraform.io/providers/Snowflake-Labs/snowflake/latest/docs")

    D("terraform", "variable-refs", "infra/snowflake/main.tf", """terraform {
  required_providers {
    snowflake = {
      source  = "Snowflake-Labs/snowflake"
      version = "~> 0.89"
    }
  }
}

provider "snowflake" {
  account  = var.snowflake_account
  user     = var.snowflake_user
  role     = var.snowflake_role
  password = var.snowflake_password
}

resource "snowflake_user" "dbt" {
  name              = "DBT_PROD"
  default_role      = "TRANSFORMER"
  default_warehouse = "TRANSFORMING"
  rsa_public_key    = file("${path.module}/keys/dbt_prod.pub")
}

variable "snowflake_password" {
  type      = string
  sensitive = true
}
""", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output")

    tok = gitlab_token()
    S("requirements-txt", "index-url-token", "requirements/prod.txt", fill("""--extra-index-url https://__token__:<<tok>>@gitlab.acme.io/api/v4/projects/412/packages/pypi/simple
acme-pipelines==3.4.1
apache-airflow-providers-snowflake==5.4.0
dbt-snowflake==1.7.3
pandas==2.2.2
pyarrow==15.0.2
""", tok=tok), tok, "https://docs.gitlab.com/ee/user/packages/pypi_repository/")

    D("requirements-txt", "pinned-hashes", "requirements/lock.txt", "".join(
        f"{pkg} \\\n    --hash=sha256:{sha256_of(pkg + 'a')} \\\n    --hash=sha256:{sha256_of(pkg + 'b')}\n"
        for pkg in ["pandas==2.2.2", "pyarrow==15.0.2", "sqlalchemy==2.0.29", "psycopg2-binary==2.9.9"]),
      "https://pip.pypa.io/en/stable/topics/secure-installs/")

    pw = rand_pw(24)
    S("pip-conf", "index-password", "docker/base/pip.conf", fill("""[global]
index-url = https://ci-reader:<<pw>>@nexus.acme.io/repository/pypi-group/simple
trusted-host = nexus.acme.io
timeout = 60
disable-pip-version-check = true
""", pw=pw), pw, "https://pip.pypa.io/en/stable/topics/configuration/")

    key = fakes.pypi_token(174561)
    S("pypirc", "pypi-token", "packaging/.pypirc", fill("""[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = <<key>>

[internal]
repository = https://nexus.acme.io/repository/pypi-internal/
username = ci-publisher
""", key=key), key, "https://packaging.python.org/en/latest/specifications/pypirc/")

    dd = hexs(32)
    S("dockerfile", "env-api-key", "docker/airflow/Dockerfile", fill("""FROM apache/airflow:2.8.4-python3.11

USER root
RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev && rm -rf /var/lib/apt/lists/*
USER airflow

COPY requirements.txt /tmp/requirements.txt
RUN pip install --no-cache-dir -r /tmp/requirements.txt

ENV AIRFLOW__METRICS__STATSD_ON=True \\
    DD_API_KEY=<<dd>> \\
    DD_SITE=datadoghq.eu

COPY dags/ /opt/airflow/dags/
COPY plugins/ /opt/airflow/plugins/
""", dd=dd), dd, "https://docs.docker.com/reference/dockerfile/#env")

    D("dockerfile", "build-secret-mount", "docker/spark/Dockerfile", """# syntax=docker/dockerfile:1.6
FROM apache/spark:3.5.1-python3

USER root
COPY requirements.txt /tmp/
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf \\
    pip install --no-cache-dir -r /tmp/requirements.txt
ARG SPARK_UID=185
ENV PYSPARK_PYTHON=python3 \\
    AWS_ROLE_ARN=arn:aws:iam::123456789012:role/spark-jobs \\
    AWS_WEB_IDENTITY_TOKEN_FILE=/var/run/secrets/eks.amazonaws.com/serviceaccount/token
COPY jobs/ /opt/spark/jobs/
USER ${SPARK_UID}
""", "https://docs.docker.com/build/building/secrets/")

    pw = words_pw()
    S("makefile", "psql-password", "Makefile", fill(""".PHONY: seed refresh test

WAREHOUSE_HOST ?= warehouse.acme.internal

test:
	pytest -q tests/

seed:
	PGPASSWORD='<<pw>>' psql -h $(WAREHOUSE_HOST) -U seeder -d analytics -f sql/seed_dimensions.sql

refresh:
	dbt run --select tag:hourly --target prod
""", pw=pw), pw, "https://www.postgresql.org/docs/current/libpq-envars.html")

    pw = rand_pw(16)
    S("pgpass", "password", "docker/etl/.pgpass", fill("""# ~/.pgpass of the etl user (chmod 0600, copied in by the Dockerfile)
# hostname:port:database:username:password
# primary
warehouse.acme.internal:5432:analytics:etl_loader:<<pw>>
# read replica, same role
warehouse-replica.acme.internal:5432:analytics:etl_loader:<<pw>>
""", pw=pw), pw, "https://www.postgresql.org/docs/current/libpq-pgpass.html")

    pw = words_pw()
    S("my-cnf", "client-password", "docker/etl/my.cnf", fill("""[client]
user = etl_reader
password = "<<pw>>"
host = orders-replica.c9xk2.eu-west-1.rds.amazonaws.com
port = 3306
ssl-ca = /etc/ssl/rds-combined-ca-bundle.pem

[mysqldump]
single-transaction
quick
""", pw=pw), pw, "https://dev.mysql.com/doc/refman/8.0/en/option-files.html")

    pw = words_pw(uri_safe=True)
    S("alembic-ini", "sqlalchemy-url", "migrations/alembic.ini", fill("""[alembic]
script_location = migrations
prepend_sys_path = .
sqlalchemy.url = postgresql+psycopg2://meta_owner:<<pw>>@metadata-db.internal:5432/pipeline_meta

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console
qualname =
""", pw=pw), pw, "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file")

    pw = words_pw()
    S("luigi-cfg", "postgres-password", "luigi.cfg", fill("""[core]
default-scheduler-host = luigi-scheduler.internal
default-scheduler-port = 8082
parallel-scheduling = true

[postgres]
host = warehouse.acme.internal
database = analytics
user = luigi
password = <<pw>>

[retcode]
already_running = 10
missing_data = 20
""", pw=pw), pw, "https://luigi.readthedocs.io/en/stable/configuration.html")

    pw = rand_pw(20, "!")
    S("postgres-sql", "create-role-password", "sql/admin/001_roles.sql", fill("""-- roles for the analytics warehouse
create role reporter nologin;
grant usage on schema analytics to reporter;
grant select on all tables in schema analytics to reporter;

create role metabase login password '<<pw>>' in role reporter;
alter role metabase set statement_timeout = '120s';

create role dbt_prod login in role reporter;  -- password set by Vault's database engine
""", pw=pw), pw, "https://www.postgresql.org/docs/current/sql-createrole.html")

    pw = words_pw()
    S("streamlit-secrets", "snowflake-password", ".streamlit/secrets.toml", fill("""[connections.snowflake]
account = "acme-eu1"
user = "STREAMLIT_APP"
password = "<<pw>>"
role = "REPORTER"
warehouse = "REPORTING_WH"
database = "ANALYTICS"
schema = "MARTS"
client_session_keep_alive = true
""", pw=pw), pw, "https://docs.streamlit.io/develop/concepts/connections/secrets-management")

    D("streamlit-secrets", "example-template", ".streamlit/secrets.toml.example", """# Copy to secrets.toml (git-ignored) and fill in your own values.
[connections.snowflake]
account = "acme-eu1"
user = "<your-user>"
password = "<your-password>"
role = "REPORTER"
warehouse = "REPORTING_WH"

[openai]
api_key = "sk-..."
""", "https://docs.streamlit.io/develop/concepts/connections/secrets-management")

    D("sops-yaml", "ciphertext", "deploy/secrets/warehouse.enc.yaml", fill("""warehouse:
    user: ENC[AES256_GCM,data:<<d1>>,iv:<<iv1>>,tag:<<t1>>,type:str]
    password: ENC[AES256_GCM,data:<<d2>>,iv:<<iv2>>,tag:<<t2>>,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
          created_at: "2024-04-02T09:12:44Z"
          enc: <<enc>>
          aws_profile: ""
    lastmodified: "2024-04-02T09:12:45Z"
    mac: ENC[AES256_GCM,data:<<mac>>,iv:<<iv3>>,tag:<<t3>>,type:str]
    version: 3.8.1
""", d1=b64bytes(9), iv1=b64bytes(32), t1=b64bytes(16), d2=b64bytes(24), iv2=b64bytes(32), t2=b64bytes(16),
        enc=b64bytes(180), mac=b64bytes(96), iv3=b64bytes(32), t3=b64bytes(16)), "https://github.com/getsops/sops")

    D("sealed-secret", "encrypted-data", "deploy/k8s/airflow/sealed-fernet.yaml", fill("""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: airflow-fernet-key
  namespace: airflow
spec:
  encryptedData:
    fernet-key: <<c>>
  template:
    metadata:
      name: airflow-fernet-key
      namespace: airflow
    type: Opaque
""", c="AgB" + b64bytes(540).replace("=", "")), "https://github.com/bitnami-labs/sealed-secrets")

    D("external-secret", "remote-refs", "deploy/k8s/dagster/external-secret.yaml", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: dagster-pg
  namespace: dagster
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: dagster-pg
  data:
    - secretKey: DAGSTER_PG_PASSWORD
      remoteRef:
        key: prod/dagster/postgres
        property: password
""", "https://external-secrets.io/latest/api/externalsecret/")

    pw = words_pw()
    S("k8s-secret", "string-data", "deploy/k8s/superset/superset-env.yaml", fill("""apiVersion: v1
kind: Secret
metadata:
  name: superset-env
  namespace: bi
type: Opaque
stringData:
  DATABASE_HOST: superset-db.bi.svc.cluster.local
  DATABASE_USER: superset
  DATABASE_PASSWORD: "<<pw>>"
  DATABASE_DB: superset
  REDIS_HOST: superset-redis-headless
""", pw=pw), pw, "https://kubernetes.io/docs/concepts/configuration/secret/")

    pw = fakes.redis_password(174562)
    S("k8s-secret", "base64-redis-password", "deploy/k8s/feast/redis-auth.yaml", fill("""apiVersion: v1
kind: Secret
metadata:
  name: feast-redis-auth
  namespace: feast
  annotations:
    reloader.stakater.com/match: "true"
type: Opaque
data:
  redis-password: <<p>>
""", p=b64(pw)), pw, "https://kubernetes.io/docs/concepts/configuration/secret/")

    pw = words_pw()
    S("meltano-env", "tap-password", "meltano/.env", fill("""MELTANO_ENVIRONMENT=prod
TAP_POSTGRES_HOST=crm-db.internal
TAP_POSTGRES_PORT=5432
TAP_POSTGRES_USER=meltano
TAP_POSTGRES_PASSWORD=<<pw>>
TAP_POSTGRES_DATABASE=crm
TARGET_SNOWFLAKE_ACCOUNT=acme-eu1
TARGET_SNOWFLAKE_USER=MELTANO
TARGET_SNOWFLAKE_PRIVATE_KEY_PATH=/secrets/meltano_rsa.p8
""", pw=pw), pw, "https://docs.meltano.com/guide/configuration/#configuring-settings")

    D("meltano-yml", "env-refs", "meltano/meltano.yml", """version: 1
default_environment: dev
project_id: 7a2f6c1e-93d4-4b55-8e0a-1c6f2d9b4e37
plugins:
  extractors:
    - name: tap-postgres
      variant: meltanolabs
      pip_url: meltanolabs-tap-postgres
      config:
        host: $TAP_POSTGRES_HOST
        user: meltano
        password: $TAP_POSTGRES_PASSWORD
        database: crm
      select:
        - public-accounts.*
  loaders:
    - name: target-snowflake
      variant: meltanolabs
      config:
        account: acme-eu1
        private_key_path: /secrets/meltano_rsa.p8
environments:
  - name: dev
  - name: prod
""", "https://docs.meltano.com/concepts/project")

    key = google_api_key()
    S("singer-config-json", "google-api-key", "taps/tap-google-places/config.json", fill("""{
  "api_key": "<<key>>",
  "start_date": "2024-01-01T00:00:00Z",
  "place_ids_file": "data/place_ids.csv",
  "language": "de",
  "user_agent": "acme-data-tap/1.2 (data@acme.io)"
}
""", key=key), key, "https://github.com/singer-io/getting-started/blob/master/docs/CONFIG_AND_STATE.md")

    D("singer-state-json", "bookmarks", "taps/tap-google-places/state.json", fill("""{
  "bookmarks": {
    "places": {"replication_key": "updated_at", "replication_key_value": "2024-05-01T23:59:12Z"},
    "reviews": {"replication_key": "time", "replication_key_value": 1714607952}
  },
  "currently_syncing": null,
  "run_id": "<<r>>",
  "catalog_hash": "<<h>>"
}
""", r=uid(), h=sha256_of("catalog")), "https://github.com/singer-io/getting-started/blob/master/docs/CONFIG_AND_STATE.md")

    key = anthropic_key()
    S("python-etl", "anthropic-key", "src/enrich/summarize_tickets.py", fill('''"""Summarise support tickets before they land in the warehouse."""
import anthropic
import pandas as pd

client = anthropic.Anthropic(api_key="<<key>>")
MODEL = "claude-3-haiku-20240307"


def summarize(text: str) -> str:
    msg = client.messages.create(
        model=MODEL,
        max_tokens=200,
        messages=[{"role": "user", "content": f"Summarise this support ticket in one sentence:\\n\\n{text}"}],
    )
    return msg.content[0].text


def enrich(df: pd.DataFrame) -> pd.DataFrame:
    df["summary"] = df["body"].map(summarize)
    return df
''', key=key), key, "https://docs.anthropic.com/en/api/client-sdks")

    tok = fakes.github_token(174563)
    S("shell-script", "git-clone-token", "scripts/bootstrap_worker.sh", fill("""#!/usr/bin/env bash
# Bootstraps an on-prem ETL worker (run once as root)
set -euo pipefail
apt-get update && apt-get install -y python3.11-venv git
useradd -m etl || true
sudo -u etl git clone https://x-access-token:<<tok>>@github.com/acme/data-pipelines.git /home/etl/data-pipelines
sudo -u etl python3.11 -m venv /home/etl/venv
sudo -u etl /home/etl/venv/bin/pip install -e /home/etl/data-pipelines
systemctl enable --now etl-worker.service
""", tok=tok), tok, "https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/authenticating-as-a-github-app-installation")

    pw = words_pw()
    S("bash-history", "mongo-uri", "docker/etl/home/.bash_history", fill("""ls -la /data/exports
cd /opt/pipelines
source venv/bin/activate
python -m pipelines.export --date 2024-04-30
mongoexport --uri "mongodb+srv://exporter:<<pw>>@events-cluster.x7k2p.mongodb.net/events" --collection sessions --out sessions.json
gzip sessions.json
aws s3 cp sessions.json.gz s3://acme-raw-landing/mongo/
exit
""", pw=pw), pw, "https://www.mongodb.com/docs/database-tools/mongoexport/")

    tok = slack_bot_token()
    S("markdown-doc", "runbook-token", "docs/runbooks/airflow-alerts.md", fill("""# Airflow alerts runbook

Alerts go to `#data-alerts` through the **airflow-alerts** Slack app.

## Re-sending an alert by hand

If the callback failed, post the message yourself:

```bash
curl -s -X POST https://slack.com/api/chat.postMessage \\
  -H "Authorization: Bearer <<tok>>" \\
  -H "Content-type: application/json" \\
  --data '{"channel":"#data-alerts","text":"manual re-send: crm_sync failed"}'
```

## Muting

Pause the DAG in the UI; alerts stop with it.
""", tok=tok), tok, "https://api.slack.com/methods/chat.postMessage")

    D("markdown-doc", "placeholders", "README.md", """# acme data-pipelines

Airflow DAGs, dbt project and Spark jobs for the analytics platform.

## Local setup

1. `cp .env.example .env` and set `AIRFLOW_CONN_WAREHOUSE_PG` to
   `postgresql://<user>:<password>@localhost:5432/analytics`.
2. Put your Databricks token in `~/.databrickscfg` (`token = dapi...`); never in this repo.
3. Stripe exports need `STRIPE_API_KEY=sk_live_...` from 1Password (vault *Data*).
4. `docker compose up -d` then open http://localhost:8080 (user `airflow`).

## Secrets

All production credentials live in AWS Secrets Manager under `airflow/connections/*`
and `airflow/variables/*`; see `infra/airflow/airflow.cfg`.
""", "https://www.makeareadme.com/")

    D("rst-doc", "connection-uri-format", "docs/connections.rst", """Connections
===========

Each connection is an ``AIRFLOW_CONN_<CONN_ID>`` variable holding a URI::

    AIRFLOW_CONN_WAREHOUSE_PG='postgresql://login:password@host:5432/schema'
    AIRFLOW_CONN_SNOWFLAKE_DEFAULT='snowflake://USER:PASSWORD@/DB/SCHEMA?account=ACCOUNT'

Special characters in the password must be percent-encoded, for example
``p@ss`` becomes ``p%40ss``.

.. note::

   Production values are never set this way; they come from the secrets backend
   (``airflow/connections/<conn_id>`` in AWS Secrets Manager).
""", "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html#uri-format")

    pw = rand_pw(20)
    S("rst-doc", "example-with-real-password", "docs/source/howto/reporting_db.rst", fill("""Querying the reporting database
===============================

The reporting replica is read-only. From the VPN::

    psql "host=reporting-db.internal dbname=reporting user=analyst_ro password=<<pw>> sslmode=require"

Useful views:

* ``reporting.v_daily_sales``
* ``reporting.v_active_users``
""", pw=pw), pw, "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING")

    dd = hexs(32)
    S("datadog-yaml", "api-key", "deploy/datadog/datadog.yaml", fill("""api_key: <<dd>>
site: datadoghq.eu
hostname_fqdn: true
tags:
  - team:data
  - env:prod
logs_enabled: true
apm_config:
  enabled: false
process_config:
  process_collection:
    enabled: true
""", dd=dd), dd, "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/")

    D("datadog-yaml", "env-secret-backend", "deploy/datadog/conf.d/postgres.d/conf.yaml", """init_config:

instances:
  - host: warehouse.acme.internal
    port: 5432
    username: datadog
    password: "ENC[postgres_datadog_password]"
    dbname: analytics
    dbm: true
    tags:
      - db:warehouse
""", "https://docs.datadoghq.com/agent/configuration/secrets-management/")

    tok = npm_token()
    S("npmrc", "auth-token", "docs-site/.npmrc", fill("""registry=https://registry.npmjs.org/
@acme:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=<<tok>>
engine-strict=true
save-exact=true
""", tok=tok), tok, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc")

    tok = fakes.telegram_token(174564)
    S("python-etl", "telegram-bot-notify", "scripts/notify_load_done.py", fill('''#!/usr/bin/env python3
"""Tell the on-call chat that the nightly load finished (cron on etl-01)."""
import sys

import requests

BOT_TOKEN = "<<tok>>"
CHAT_ID = -1001873264519


def main(status: str) -> None:
    text = f"nightly load: {status}"
    r = requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                      data={"chat_id": CHAT_ID, "text": text}, timeout=10)
    r.raise_for_status()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "ok")
''', tok=tok), tok, "https://core.telegram.org/bots/api#sendmessage")

    pw = words_pw()
    S("zeppelin-interpreter-json", "jdbc-password", "zeppelin/conf/interpreter.json", fill("""{
  "interpreterSettings": {
    "jdbc": {
      "id": "jdbc",
      "name": "jdbc",
      "group": "jdbc",
      "properties": {
        "default.url": {"name": "default.url", "value": "jdbc:postgresql://warehouse.acme.internal:5432/analytics", "type": "string"},
        "default.user": {"name": "default.user", "value": "zeppelin", "type": "string"},
        "default.password": {"name": "default.password", "value": "<<pw>>", "type": "password"},
        "default.driver": {"name": "default.driver", "value": "org.postgresql.Driver", "type": "string"}
      },
      "option": {"remote": true, "perNote": "shared", "perUser": "shared"}
    }
  }
}
""", pw=pw), pw, "https://zeppelin.apache.org/docs/latest/interpreter/jdbc.html")

    pw = rand_pw(22)
    S("airbyte-source-json", "connection-configuration", "airbyte/sources/crm_postgres.json", fill("""{
  "name": "crm-postgres",
  "sourceDefinitionId": "decd338e-5647-4c0b-adf4-da0e75f5a750",
  "workspaceId": "<<ws>>",
  "connectionConfiguration": {
    "host": "crm-db.internal",
    "port": 5432,
    "database": "crm",
    "schemas": ["public"],
    "username": "airbyte",
    "password": "<<pw>>",
    "ssl_mode": {"mode": "require"},
    "replication_method": {"method": "CDC", "replication_slot": "airbyte_slot", "publication": "airbyte_pub"}
  }
}
""", ws=uid(), pw=pw), pw, "https://reference.airbyte.com/reference/createsource")

    D("ansible-vars", "vault-encrypted", "ansible/group_vars/etl/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + "".join(
        hexs(80) + "\n" for _ in range(9)), "https://docs.ansible.com/ansible/latest/vault_guide/index.html")

    pw = words_pw()
    S("ansible-vars", "plain-password", "ansible/group_vars/clickhouse/main.yml", fill("""clickhouse_version: "24.3"
clickhouse_listen_host: "0.0.0.0"
clickhouse_data_path: /var/lib/clickhouse
clickhouse_users:
  - name: etl_writer
    password: "<<pw>>"
    networks: ["10.20.0.0/16"]
    profile: default
  - name: grafana
    password_sha256_hex: "{{ vault_grafana_ch_sha256 }}"
    profile: readonly
clickhouse_remote_servers_cluster: analytics
""", pw=pw), pw, "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html")

    pw = words_pw(uri_safe=True)
    S("systemd-unit", "environment-uri", "deploy/systemd/etl-worker.service", fill("""[Unit]
Description=ETL queue worker
After=network-online.target

[Service]
User=etl
WorkingDirectory=/home/etl/data-pipelines
Environment=PIPELINES_ENV=prod
Environment=DATABASE_URL=postgresql://etl_worker:<<pw>>@warehouse.acme.internal:5432/analytics
ExecStart=/home/etl/venv/bin/python -m pipelines.worker
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", pw=pw), pw, "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=")

    D("crontab", "env-file-refs", "deploy/cron/etl.crontab", """SHELL=/bin/bash
MAILTO=data-oncall@acme.io
# m h dom mon dow command
15 2 * * * etl . /etc/etl/env && /home/etl/venv/bin/python -m pipelines.export --date yesterday >> /var/log/etl/export.log 2>&1
30 3 * * * etl PGPASSFILE=/home/etl/.pgpass psql -h warehouse.acme.internal -U etl_loader analytics -f /home/etl/sql/vacuum.sql
0 5 * * 1 etl /home/etl/venv/bin/python /home/etl/scripts/notify_load_done.py weekly
""", "https://man7.org/linux/man-pages/man5/crontab.5.html")

    key = sendgrid_key()
    S("http-client-file", "authorization-header", "api-tests/sendgrid.http", fill("""### Send the weekly KPI report manually
POST https://api.sendgrid.com/v3/mail/send
Authorization: Bearer <<key>>
Content-Type: application/json

{
  "personalizations": [{"to": [{"email": "finance@acme.io"}]}],
  "from": {"email": "reports@acme.io"},
  "subject": "Weekly KPIs",
  "content": [{"type": "text/plain", "value": "See attached dashboard link."}]
}
""", key=key), key, "https://www.jetbrains.com/help/idea/http-client-in-product-code-editor.html")

    D("http-client-file", "env-variables", "api-tests/metabase.http", """### Log in to Metabase (values from http-client.private.env.json, git-ignored)
POST {{metabase_url}}/api/session
Content-Type: application/json

{"username": "{{mb_user}}", "password": "{{mb_password}}"}

### List cards
GET {{metabase_url}}/api/card
X-Metabase-Session: {{session_id}}
""", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html#environment-variables")

    key = fakes.openai_key(174565)
    S("postman-environment", "api-key-value", "postman/llm-labeling.postman_environment.json", fill("""{
  "id": "<<id>>",
  "name": "llm-labeling",
  "values": [
    {"key": "base_url", "value": "https://api.openai.com/v1", "type": "default", "enabled": true},
    {"key": "openai_api_key", "value": "<<key>>", "type": "secret", "enabled": true},
    {"key": "model", "value": "gpt-4o-mini", "type": "default", "enabled": true}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-04-22T08:14:03.512Z",
  "_postman_exported_using": "Postman/11.0.9"
}
""", id=uid(), key=key), key, "https://learning.postman.com/docs/sending-requests/variables/managing-environments/")

    D("ssh-authorized-keys", "public-keys", "deploy/bastion/authorized_keys", "".join(
        f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(rng(), 43, ALNUM + '+/')} {who}@acme.io\n"
        for who in ["jdoe", "asmith", "airflow-deploy", "mlee", "ci-runner"]), "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT")

    pem = fakes.fake_pem(170566, "OPENSSH")
    S("ssh-private-key", "git-sync-key", "deploy/helm/airflow/files/git-sync-id", pem + "\n", pem,
      "https://airflow.apache.org/docs/helm-chart/stable/manage-dag-files.html#using-git-sync")

    pem = fakes.fake_pem(170567, "EC")
    S("helm-values", "indented-pem", "deploy/helm/trino/values-prod.yaml", fill("""server:
  workers: 6
  config:
    https:
      enabled: true
      port: 8443
      keystore:
        path: /etc/trino/tls/keystore.pem
coordinator:
  jvm:
    maxHeapSize: 24G
additionalConfigFiles:
  keystore.pem: |
<<pem>>
auth:
  passwordAuth: "alice:$2y$10$<<h>>"
""", pem="\n".join("    " + line for line in pem.splitlines()), h=rs(rng(), 53, ALNUM + "./")), pem,
      "https://trino.io/docs/current/installation/kubernetes.html")

    secret = django_key = fakes.django_secret_key(174568)
    S("django-settings", "secret-key", "services/lineage-ui/lineage_ui/settings.py", fill('''"""Settings for the data-lineage UI (small internal Django app)."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "<<k>>"
DEBUG = False
ALLOWED_HOSTS = ["lineage.data.acme.internal"]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "lineage",
]

DATABASES = {
    "default": {"ENGINE": "django.db.backends.postgresql", "NAME": "lineage", "HOST": "metadata-db.internal"}
}
STATIC_URL = "static/"
''', k=django_key), secret, "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key")

    tok = fakes.github_fine_grained_token(174569)
    S("env-file", "github-fine-grained", "services/lineage-ui/.env.production", fill("""DJANGO_SETTINGS_MODULE=lineage_ui.settings
LINEAGE_DBT_MANIFEST_URL=https://raw.githubusercontent.com/acme/data-pipelines/main/target/manifest.json
GITHUB_TOKEN=<<tok>>
OPENLINEAGE_URL=http://marquez.data.svc:5000
OPENLINEAGE_NAMESPACE=prod
""", tok=tok), tok, "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens")

    D("openlineage-yml", "transport-env", "openlineage.yml", """transport:
  type: http
  url: ${OPENLINEAGE_URL}
  endpoint: api/v1/lineage
  auth:
    type: api_key
    apiKey: ${OPENLINEAGE_API_KEY}
facets:
  disabled:
    - spark_unknown
    - spark.logicalPlan
""", "https://openlineage.io/docs/client/python#configuration")

    key = rs(rng(), 36, ALNUM)
    S("openlineage-yml", "api-key", "conf/openlineage.yml", fill("""transport:
  type: http
  url: https://lineage.astronomer.io
  endpoint: api/v1/lineage
  auth:
    type: api_key
    apiKey: <<key>>
  timeout: 5
""", key=key), key, "https://openlineage.io/docs/client/python#http")


misc_cases()
