"""Blind labelled set H: data science and ML engineering in Python (notebooks, cloud SDK
scripts, data platforms, experiment trackers, model hubs, ETL, envs, apps, docs).

Every credential is a generated fake (tests/fakes.py or a seeded random.Random, seeds
100000-104999).
"""
from __future__ import annotations

import base64
import hashlib
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

CASES: List[LabelledCase] = []
_SEED = [100000]
HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
WORDS = ["maple", "harbor", "tundra", "walrus", "copper", "saffron", "glacier", "orbit", "lantern", "meadow",
         "falcon", "quartz", "ember", "willow", "cobalt", "pepper", "summit", "badger", "juniper", "nimbus"]


def seed() -> int:
    _SEED[0] += 1
    assert _SEED[0] < 105000
    return _SEED[0]


def rnd(alphabet: str, n: int) -> str:
    rng = random.Random(seed())
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(n: int) -> str:
    return rnd(HEX, n)


def words_pw() -> str:
    rng = random.Random(seed())
    a, b = rng.sample(WORDS, 2)
    return f"{a.capitalize()}{rng.choice('-_.')}{b.capitalize()}{rng.randint(10, 99)}{rng.choice('!#%*')}"


def passphrase() -> str:
    rng = random.Random(seed())
    return "-".join(rng.sample(WORDS, 4))


def pw() -> str:
    return fakes.password(seed())


def S(fmt: str, what: str, name: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-h/{fmt}/{what}", name, text, secret, source))


def D(fmt: str, what: str, name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-h/{fmt}/decoy-{what}", name, text, None, source))


def nb(cells: list) -> str:
    """A notebook as Jupyter writes it (indent=1); cells: ("code"|"markdown", source, outputs)."""
    out = []
    for kind, src, outputs in cells:
        lines = src.split("\n")
        cell = {"cell_type": kind, "metadata": {}, "source": [l + "\n" for l in lines[:-1]] + [lines[-1]]}
        if kind == "code":
            cell["execution_count"] = None if outputs is None else 1
            cell["outputs"] = outputs or []
        out.append(cell)
    doc = {"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.6"}},
           "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def stream(text: str) -> list:
    lines = text.split("\n")
    return [{"name": "stdout", "output_type": "stream", "text": [l + "\n" for l in lines[:-1]] + [lines[-1]]}]


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


# --- kinds not in fakes -----------------------------------------------------------------------
def stripe_key() -> str: return "sk_live_" + rnd(ALNUM, 24)
def slack_bot() -> str:
    r = random.Random(seed()); return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))
def slack_webhook() -> str:
    r = random.Random(seed()); u = string.ascii_uppercase + string.digits
    return "https://hooks.slack.com/services/T" + "".join(r.choice(u) for _ in range(8)) + "/B" + "".join(r.choice(u) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24))
def sendgrid() -> str: return "SG." + rnd(ALNUM + "-_", 22) + "." + rnd(ALNUM + "-_", 43)
def gitlab() -> str: return "glpat-" + rnd(ALNUM + "-_", 20)
def npm_tok() -> str: return "npm_" + rnd(ALNUM, 36)
def hf_tok() -> str: return "hf_" + rnd(string.ascii_letters, 34)
def google_key() -> str: return "AIza" + rnd(ALNUM + "-_", 35)
def anthropic_key() -> str: return "sk-ant-api03-" + rnd(ALNUM + "-_", 93) + "AA"
def dapi() -> str: return "dapi" + hexs(32)
def azure_key() -> str: return base64.b64encode(random.Random(seed()).randbytes(64)).decode()
def replicate_tok() -> str: return "r8_" + rnd(ALNUM, 37)
def discord_tok() -> str:
    r = random.Random(seed()); i = str(r.randint(10**17, 10**18))
    return base64.b64encode(i.encode()).decode().rstrip("=") + "." + "".join(r.choice(ALNUM + "-_") for _ in range(6)) + "." + "".join(r.choice(ALNUM + "-_") for _ in range(38))
def mailgun() -> str: return "key-" + hexs(32)
def twilio_sid_token():
    return "AC" + hexs(32), hexs(32)
def pinecone() -> str: return "pcsk_" + rnd(ALNUM, 5) + "_" + rnd(ALNUM, 64)
def uuid4s() -> str:
    import uuid
    return str(uuid.UUID(int=random.Random(seed()).getrandbits(128), version=4))
def sha256_of(s: str) -> str: return hashlib.sha256(s.encode()).hexdigest()
def md5_of(s: str) -> str: return hashlib.md5(s.encode()).hexdigest()
def pub_ssh() -> str: return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rnd(ALNUM + "+/", 43) + " ml@gpu-box"
def png_b64() -> str:
    raw = b"\x89PNG\r\n\x1a\n" + random.Random(seed()).randbytes(540)
    return base64.b64encode(raw).decode()

# ============================== notebooks =====================================================
k = fakes.aws_key_id(seed()); s = fakes.aws_secret_key(seed())
S("ipynb", "aws-secret-key-env-magic", "notebooks/01_explore_s3_dataset.ipynb", nb([
    ("markdown", "# Explore the clickstream dump\nPulls the parquet partitions from the raw bucket.", None),
    ("code", f"%env AWS_ACCESS_KEY_ID={k}\n%env AWS_SECRET_ACCESS_KEY={s}\n%env AWS_DEFAULT_REGION=eu-west-1", []),
    ("code", "import boto3, pandas as pd\ns3 = boto3.client('s3')\nobjs = s3.list_objects_v2(Bucket='acme-raw-clickstream', Prefix='2024/03/')\nlen(objs['Contents'])", stream("412")),
]), s, "https://ipython.readthedocs.io/en/stable/interactive/magics.html#magic-env")

rp = fakes.redis_password(seed())
S("ipynb", "redis-url-in-output", "notebooks/feature_store_debug.ipynb", nb([
    ("code", "from feast import FeatureStore\nstore = FeatureStore(repo_path='../feature_repo')\nprint(store.config.online_store)", stream(
        f"type='redis' redis_type=<RedisType.redis: 'redis'> connection_string='redis://default:{rp}@feast-online.cache.internal:6379/0' key_ttl_seconds=None")),
    ("code", "store.get_online_features(features=['driver_stats:conv_rate'], entity_rows=[{'driver_id': 1001}]).to_df()", None),
]), rp, "https://docs.feast.dev/reference/online-stores/redis")

pg = words_pw()
S("ipynb", "postgres-shell-line", "analysis/churn/notebooks/pull_events.ipynb", nb([
    ("code", f"!PGPASSWORD='{pg}' psql -h analytics-db.internal -U analyst -d events -c \"\\\\copy (select * from churn_events where ts > now() - interval '30 days') to 'events.csv' csv header\"", stream("COPY 183022")),
    ("code", "import pandas as pd\ndf = pd.read_csv('events.csv')\ndf.shape", stream("(183022, 14)")),
]), pg, "https://www.postgresql.org/docs/current/libpq-envars.html")

hf = hf_tok()
S("ipynb", "hf-token-login-cell", "notebooks/finetune_llama_lora.ipynb", nb([
    ("markdown", "## Setup\nLog in to the Hub so the adapter can be pushed at the end.", None),
    ("code", f"from huggingface_hub import login\nlogin(token=\"{hf}\")", stream("Token is valid (permission: write).\nLogin successful")),
    ("code", "from transformers import AutoTokenizer\ntok = AutoTokenizer.from_pretrained('meta-llama/Llama-2-7b-hf')", []),
]), hf, "https://huggingface.co/docs/huggingface_hub/quick-start#login")

tg = fakes.telegram_token(seed())
S("ipynb", "telegram-token-training-alert", "experiments/notebooks/train_resnet_alerts.ipynb", nb([
    ("code", f"import requests\nBOT = '{tg}'\nCHAT = -1001876543210\ndef notify(msg):\n    requests.post(f'https://api.telegram.org/bot{{BOT}}/sendMessage', data={{'chat_id': CHAT, 'text': msg}})", []),
    ("code", "for epoch in range(3):\n    notify(f'epoch {epoch} done')", stream("")),
]), tg, "https://core.telegram.org/bots/api#sendmessage")

D("ipynb", "png-output-and-env-ref", "notebooks/03_eda_plots.ipynb", nb([
    ("code", "import os\nfrom sqlalchemy import create_engine\nengine = create_engine(os.environ['WAREHOUSE_URL'])", []),
    ("code", "df = pd.read_sql('select day, revenue from daily_rev', engine)\ndf.plot(x='day', y='revenue')", [
        {"data": {"image/png": png_b64(), "text/plain": ["<Figure size 640x480 with 1 Axes>"]}, "metadata": {}, "output_type": "display_data"}]),
]), "https://nbformat.readthedocs.io/en/latest/format_description.html")

D("ipynb", "getpass-prompt", "notebooks/snowflake_quickstart.ipynb", nb([
    ("markdown", "Enter your Snowflake password when prompted; it is never stored in the notebook.", None),
    ("code", "import getpass, snowflake.connector\npwd = getpass.getpass('Snowflake password: ')\nconn = snowflake.connector.connect(user='JDOE', password=pwd, account='xy12345.eu-central-1', warehouse='ANALYTICS_WH')", stream("Snowflake password: \u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7")),
]), "https://docs.snowflake.com/en/developer-guide/python-connector/python-connector-connect")

widget_ids = [hexs(32) for _ in range(3)]
D("ipynb", "widget-model-ids", "notebooks/interactive_threshold.ipynb", json.dumps({
    "cells": [{"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [
        {"data": {"application/vnd.jupyter.widget-view+json": {"model_id": widget_ids[0], "version_major": 2, "version_minor": 0},
                  "text/plain": ["FloatSlider(value=0.5, max=1.0)"]}, "metadata": {}, "output_type": "display_data"}],
        "source": ["import ipywidgets as w\n", "w.FloatSlider(value=0.5, min=0, max=1.0)"]}],
    "metadata": {"widgets": {"application/vnd.jupyter.widget-state+json": {"state": {
        widget_ids[0]: {"model_module": "@jupyter-widgets/controls", "model_module_version": "2.0.0", "model_name": "FloatSliderModel",
                        "state": {"layout": "IPY_MODEL_" + widget_ids[1], "style": "IPY_MODEL_" + widget_ids[2], "value": 0.5}}},
        "version_major": 2, "version_minor": 0}}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1, sort_keys=True) + "\n", "https://ipywidgets.readthedocs.io/en/latest/embedding.html")

wb = hexs(40)
S("ipynb", "wandb-key-in-traceback", "notebooks/sweep_debug.ipynb", nb([
    ("code", f"import wandb\nwandb.login(key='{wb}', relogin=True)", [
        {"ename": "CommError", "evalue": "Network error (ConnectionError), entering retry loop.", "output_type": "error",
         "traceback": ["wandb.errors.CommError: Network error", f"  File \"<ipython-input-2>\", line 2, in <module>\n    wandb.login(key='{wb}', relogin=True)"]}]),
]), wb, "https://docs.wandb.ai/ref/python/login")

D("ipynb", "kernel-connection-hmac-doc", "docs/notebooks/remote_kernels.ipynb", nb([
    ("markdown", "### Connecting to the remote kernel\nThe kernel writes a connection file like this; the `key` is regenerated on every start and "
     "you never copy it by hand:\n\n```json\n{\"shell_port\": 53794, \"transport\": \"tcp\", \"signature_scheme\": \"hmac-sha256\", \"key\": \"<generated-per-kernel>\"}\n```", None),
    ("code", "!jupyter --runtime-dir", stream("/home/jovyan/.local/share/jupyter/runtime")),
]), "https://jupyter-client.readthedocs.io/en/stable/kernels.html#connection-files")

ak = fakes.aws_key_id(seed()); sk = fakes.aws_secret_key(seed())
S("ipynb", "aws-boto3-session-literal", "notebooks/sagemaker/deploy_endpoint.ipynb", nb([
    ("code", f"import boto3, sagemaker\nsess = boto3.Session(\n    aws_access_key_id='{ak}',\n    aws_secret_access_key='{sk}',\n    region_name='us-east-1',\n)\nsm = sagemaker.Session(boto_session=sess)", []),
    ("code", "role = 'arn:aws:iam::123456789012:role/SageMakerExecution'\nsm.default_bucket()", stream("'sagemaker-us-east-1-123456789012'")),
]), sk, "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html")

D("ipynb", "colab-userdata", "notebooks/colab/gemini_eval.ipynb", nb([
    ("code", "from google.colab import userdata\nimport google.generativeai as genai\ngenai.configure(api_key=userdata.get('GOOGLE_API_KEY'))", []),
    ("code", "model = genai.GenerativeModel('gemini-1.5-flash')\nmodel.generate_content('Summarise: ...').text", stream("'The report covers ...'")),
]), "https://colab.research.google.com/notebooks/snippets/secrets.ipynb")

# jupytext percent script
sf = words_pw()
S("py-percent", "snowflake-password", "notebooks/py/weekly_kpis.py", f'''# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.16.1
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Weekly KPIs

# %%
import snowflake.connector
import pandas as pd

# %%
ctx = snowflake.connector.connect(
    user="KPI_BOT",
    password="{sf}",
    account="acme-analytics",
    warehouse="REPORTING_XS",
    database="PROD",
    schema="MARTS",
)
df = pd.read_sql("select * from weekly_kpis order by week desc limit 12", ctx)
df.head()
''', sf, "https://jupytext.readthedocs.io/en/latest/formats-scripts.html#the-percent-format")

D("py-percent", "snowflake-keypair-path", "notebooks/py/daily_orders.py", '''# %% [markdown]
# # Daily orders (key-pair auth)

# %%
import os
import snowflake.connector
from cryptography.hazmat.primitives import serialization

# %%
with open(os.path.expanduser("~/.snowflake/rsa_key.p8"), "rb") as f:
    pkey = serialization.load_pem_private_key(f.read(), password=os.environ["SNOWFLAKE_KEY_PASSPHRASE"].encode())

ctx = snowflake.connector.connect(
    user="ORDERS_SVC",
    account="acme-analytics",
    private_key=pkey.private_bytes(
        encoding=serialization.Encoding.DER,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.NoEncryption(),
    ),
)
''', "https://docs.snowflake.com/en/developer-guide/python-connector/python-connector-example#using-key-pair-authentication")

# ============================== cloud SDK scripts ==============================================
az = azure_key()
S("python", "azure-blob-conn-string", "scripts/upload_predictions.py", f'''"""Push the nightly batch predictions to the partner's Azure container."""
import glob
import sys

from azure.storage.blob import BlobServiceClient

CONN = (
    "DefaultEndpointsProtocol=https;AccountName=acmepredsprod;"
    "AccountKey={az};"
    "EndpointSuffix=core.windows.net"
)


def main(folder: str) -> None:
    svc = BlobServiceClient.from_connection_string(CONN)
    container = svc.get_container_client("batch-predictions")
    for path in glob.glob(f"{{folder}}/*.parquet"):
        with open(path, "rb") as fh:
            container.upload_blob(name=path.split("/")[-1], data=fh, overwrite=True)
        print("uploaded", path)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "out")
''', az, "https://learn.microsoft.com/en-us/azure/storage/blobs/storage-quickstart-blobs-python")

D("python", "azurite-dev-account-key", "tests/integration/conftest.py", '''import pytest
from azure.storage.blob import BlobServiceClient

# Azurite, the local emulator: this is the well-known development account published by
# Microsoft for the emulator, it opens nothing outside a local container.
AZURITE = (
    "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
    "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
    "BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"
)


@pytest.fixture(scope="session")
def blob_service():
    svc = BlobServiceClient.from_connection_string(AZURITE)
    try:
        svc.create_container("test-artifacts")
    except Exception:
        pass
    return svc
''', "https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azurite#connection-strings")

gsa_key = fakes.fake_pem(seed(), kind="")
gsa_key = gsa_key.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
sa = {"type": "service_account", "project_id": "acme-ml-prod", "private_key_id": hexs(40), "private_key": gsa_key + "\n",
      "client_email": "bq-loader@acme-ml-prod.iam.gserviceaccount.com", "client_id": "1" + rnd(string.digits, 20),
      "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
      "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
      "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/bq-loader%40acme-ml-prod.iam.gserviceaccount.com",
      "universe_domain": "googleapis.com"}
S("gcp-sa-json", "private-key", "credentials/bq-loader-acme-ml-prod-3f2a9c.json", json.dumps(sa, indent=2) + "\n",
  gsa_key.split("\n")[1], "https://cloud.google.com/iam/docs/keys-create-delete")

sa_b64 = b64(json.dumps(sa))
S("python", "gcp-sa-json-base64-embedded", "etl/gcs_loader.py", f'''import base64
import json

from google.cloud import storage
from google.oauth2 import service_account

# base64 of the loader's key file, so the DAG can ship as a single file
_SA = "{sa_b64}"

creds = service_account.Credentials.from_service_account_info(json.loads(base64.b64decode(_SA)))
client = storage.Client(project="acme-ml-prod", credentials=creds)


def upload(local_path: str, bucket: str, blob_name: str) -> None:
    client.bucket(bucket).blob(blob_name).upload_from_filename(local_path)


if __name__ == "__main__":
    upload("data/features.parquet", "acme-ml-features", "daily/features.parquet")
''', gsa_key.split("\n")[2], "https://google-auth.readthedocs.io/en/latest/reference/google.oauth2.service_account.html")

D("gcp-sa-json", "public-cert-only", "infra/keys/bq-loader.pub.json", json.dumps({
    "keys": [{"kid": hexs(40), "alg": "RS256", "kty": "RSA", "use": "sig", "e": "AQAB",
              "n": rnd(ALNUM + "-_", 342)}]}, indent=2) + "\n",
  "https://www.googleapis.com/service_accounts/v1/jwk/")

bq_pw = words_pw()
S("python", "redshift-password-kwarg", "pipelines/redshift_unload.py", f'''import redshift_connector

conn = redshift_connector.connect(
    host="analytics.c8xyzabc1234.eu-west-1.redshift.amazonaws.com",
    database="dev",
    port=5439,
    user="etl_unloader",
    password="{bq_pw}",
)
cur = conn.cursor()
cur.execute("""
    UNLOAD ('select * from sales.orders where order_date >= current_date - 7')
    TO 's3://acme-exports/orders/'
    IAM_ROLE 'arn:aws:iam::123456789012:role/RedshiftUnload'
    FORMAT AS PARQUET
""")
conn.commit()
conn.close()
''', bq_pw, "https://docs.aws.amazon.com/redshift/latest/mgmt/python-connect-examples.html")

D("python", "redshift-iam-auth", "pipelines/redshift_iam_query.py", '''import redshift_connector

# IAM auth: temporary credentials are fetched from the instance profile at connect time.
conn = redshift_connector.connect(
    iam=True,
    database="dev",
    db_user="etl_reader",
    cluster_identifier="analytics",
    region="eu-west-1",
    profile="data-eng",
)
with conn.cursor() as cur:
    cur.execute("select count(*) from sales.orders")
    print(cur.fetchone())
''', "https://docs.aws.amazon.com/redshift/latest/mgmt/python-connect-examples.html")

db_tok = dapi()
S("python", "databricks-token", "jobs/submit_training.py", f'''"""Submit the nightly retraining run to the Databricks workspace."""
from databricks.sdk import WorkspaceClient
from databricks.sdk.service import jobs

w = WorkspaceClient(
    host="https://adb-4815162342108.8.azuredatabricks.net",
    token="{db_tok}",
)

run = w.jobs.submit(
    run_name="retrain-ranker",
    tasks=[
        jobs.SubmitTask(
            task_key="train",
            existing_cluster_id="0412-083015-abc123",
            notebook_task=jobs.NotebookTask(notebook_path="/Repos/ml/ranker/train"),
        )
    ],
).result()
print(run.state)
''', db_tok, "https://docs.databricks.com/en/dev-tools/sdk-python.html")

db_tok2 = dapi()
S("databrickscfg", "token", "ops/dotfiles/.databrickscfg", f'''[DEFAULT]
host  = https://dbc-a1b2c3d4-e5f6.cloud.databricks.com
token = {db_tok2}

[staging]
host       = https://dbc-9f8e7d6c-5b4a.cloud.databricks.com
auth_type  = databricks-cli
''', db_tok2, "https://docs.databricks.com/en/dev-tools/auth/config-profiles.html")

D("databrickscfg", "oauth-profiles", "docs/examples/databrickscfg.sample", '''; Example ~/.databrickscfg for the team: OAuth (U2M) only, no personal tokens.
[DEFAULT]
host      = https://dbc-a1b2c3d4-e5f6.cloud.databricks.com
auth_type = databricks-cli

[prod]
host      = https://dbc-11223344-5566.cloud.databricks.com
auth_type = databricks-cli
cluster_id = 0601-121314-prod01
''', "https://docs.databricks.com/en/dev-tools/auth/oauth-u2m.html")

rp2 = fakes.redis_password(seed())
S("feast-yaml", "redis-connection-string", "feature_repo/feature_store.yaml", f'''project: rides_ranking
registry: s3://acme-feast/registry.db
provider: aws
online_store:
    type: redis
    redis_type: redis_cluster
    connection_string: "feast-redis-0.cache.internal:6379,feast-redis-1.cache.internal:6379,ssl=true,password={rp2}"
offline_store:
    type: redshift
    cluster_id: analytics
    region: eu-west-1
    user: feast
    database: dev
    s3_staging_location: s3://acme-feast/staging
    iam_role: arn:aws:iam::123456789012:role/feast-redshift
entity_key_serialization_version: 2
''', rp2, "https://docs.feast.dev/reference/online-stores/redis")

D("feast-yaml", "env-templated", "feature_repo/feature_store.prod.yaml", '''project: rides_ranking
registry: gs://acme-feast/registry.db
provider: gcp
online_store:
    type: redis
    connection_string: ${REDIS_CONNECTION_STRING}
offline_store:
    type: bigquery
    dataset: feast_offline
entity_key_serialization_version: 2
''', "https://docs.feast.dev/reference/feature-repository/feature-store-yaml")
# ============================== data platform configs ==========================================
sfp = words_pw()
S("toml", "snowflake-connections-password", "ops/snowflake/connections.toml", f'''# ~/.snowflake/connections.toml used by snowflake-cli and the python connector
default_connection_name = "analytics"

[analytics]
account = "acme-analytics"
user = "DBT_RUNNER"
password = "{sfp}"
warehouse = "TRANSFORM_M"
database = "ANALYTICS"
schema = "STAGING"
role = "TRANSFORMER"

[sandbox]
account = "acme-sandbox"
user = "JDOE"
authenticator = "externalbrowser"
''', sfp, "https://docs.snowflake.com/en/developer-guide/snowflake-cli/connecting/configure-connections")

dbtp = pw()
S("dbt-profiles", "postgres-password", "analytics/dbt/profiles.yml", f'''acme_analytics:
  target: prod
  outputs:
    dev:
      type: postgres
      host: localhost
      user: "{{{{ env_var('DBT_USER') }}}}"
      password: "{{{{ env_var('DBT_PASSWORD') }}}}"
      port: 5432
      dbname: analytics_dev
      schema: dbt_dev
      threads: 4
    prod:
      type: postgres
      host: warehouse.prod.acme.internal
      user: dbt_prod
      password: {dbtp}
      port: 5432
      dbname: analytics
      schema: marts
      threads: 8
      keepalives_idle: 0
''', dbtp, "https://docs.getdbt.com/docs/core/connect-data-platform/postgres-setup")

D("dbt-profiles", "env-var-jinja", "transform/profiles.yml", '''jaffle_shop:
  target: dev
  outputs:
    dev:
      type: snowflake
      account: "{{ env_var('SNOWFLAKE_ACCOUNT') }}"
      user: "{{ env_var('SNOWFLAKE_USER') }}"
      password: "{{ env_var('SNOWFLAKE_PASSWORD') }}"
      role: transformer
      database: analytics
      warehouse: transforming
      schema: dbt_{{ env_var('USER') }}
      threads: 4
      client_session_keep_alive: false
''', "https://docs.getdbt.com/docs/core/connect-data-platform/snowflake-setup")

bqsa_pem = fakes.fake_pem(seed())
D("dbt-profiles", "bigquery-keyfile-path", "warehouse/dbt/profiles.example.yml", '''marketing:
  target: dev
  outputs:
    dev:
      type: bigquery
      method: service-account
      project: acme-marketing-dev
      dataset: dbt_sandbox
      keyfile: /secrets/dbt-runner.json   # mounted from Secret Manager, never committed
      threads: 4
      location: EU
      priority: interactive
      job_execution_timeout_seconds: 300
''', "https://docs.getdbt.com/docs/core/connect-data-platform/bigquery-setup")

kafka_secret = rnd(ALNUM + "+/", 64)
S("properties", "confluent-api-secret", "streaming/config/client.properties", f'''# Required connection configs for Kafka producer, consumer, and admin
bootstrap.servers=pkc-4r297.europe-west1.gcp.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanisms=PLAIN
sasl.username=Q7RZKX4MBN2TLP5W
sasl.password={kafka_secret}

# Best practice for higher availability in librdkafka clients prior to 1.7
session.timeout.ms=45000

# Required connection configs for Confluent Cloud Schema Registry
schema.registry.url=https://psrc-8kz20.europe-west1.gcp.confluent.cloud
basic.auth.credentials.source=USER_INFO
basic.auth.user.info=${{SR_API_KEY}}:${{SR_API_SECRET}}
''', kafka_secret, "https://docs.confluent.io/cloud/current/client-apps/config-client.html")

kpw = words_pw()
S("python", "kafka-sasl-scram", "streaming/consumers/clicks_to_features.py", f'''import json

from kafka import KafkaConsumer
import redis

consumer = KafkaConsumer(
    "clicks.v2",
    bootstrap_servers=["b-1.msk-prod.abc123.c3.kafka.eu-west-1.amazonaws.com:9096"],
    security_protocol="SASL_SSL",
    sasl_mechanism="SCRAM-SHA-512",
    sasl_plain_username="features-writer",
    sasl_plain_password="{kpw}",
    group_id="feature-writer",
    value_deserializer=lambda b: json.loads(b),
)
r = redis.Redis(host="localhost", port=6379)

for msg in consumer:
    evt = msg.value
    r.hincrby(f"user:{{evt['user_id']}}:clicks", evt["category"], 1)
''', kpw, "https://kafka-python.readthedocs.io/en/master/apidoc/KafkaConsumer.html")

D("properties", "jaas-env-placeholders", "streaming/config/consumer.properties", '''bootstrap.servers=kafka-0.kafka.svc:9093,kafka-1.kafka.svc:9093
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\
    username="${env:KAFKA_USER}" \\
    password="${env:KAFKA_PASSWORD}";
ssl.truststore.location=/etc/kafka/secrets/truststore.jks
ssl.truststore.type=JKS
group.id=etl-consumers
auto.offset.reset=earliest
config.providers=env
config.providers.env.class=org.apache.kafka.common.config.provider.EnvVarConfigProvider
''', "https://kafka.apache.org/documentation/#config_providers")

es_id = rnd(ALNUM, 20); es_key = rnd(ALNUM + "_-", 22)
es_api = b64(f"{es_id}:{es_key}")
S("python", "elastic-api-key-encoded", "search/index_embeddings.py", f'''from elasticsearch import Elasticsearch, helpers
import numpy as np

es = Elasticsearch(
    "https://acme-search.es.europe-west1.gcp.cloud.es.io:443",
    api_key="{es_api}",
)


def actions(ids, vectors):
    for doc_id, vec in zip(ids, vectors):
        yield {{"_index": "product-embeddings", "_id": doc_id, "embedding": vec.tolist()}}


if __name__ == "__main__":
    ids = [l.strip() for l in open("ids.txt")]
    vecs = np.load("embeddings.npy")
    ok, _ = helpers.bulk(es, actions(ids, vecs), chunk_size=500)
    print("indexed", ok)
''', es_api, "https://www.elastic.co/guide/en/elasticsearch/client/python-api/current/connecting.html")

espw = pw()
S("yaml", "elastic-basic-auth", "logstash/pipelines/ml-logs.yml", f'''- pipeline.id: ml-training-logs
  path.config: "/usr/share/logstash/pipeline/ml.conf"
  pipeline.workers: 2
  queue.type: persisted
# output settings mirrored by the python shipper (ship_logs.py reads this file)
output:
  elasticsearch:
    hosts: ["https://es-logs.internal:9200"]
    username: "ml_shipper"
    password: "{espw}"
    index: "ml-train-%{{+YYYY.MM.dd}}"
    ssl_certificate_authorities: ["/etc/ssl/certs/internal-ca.pem"]
''', espw, "https://www.elastic.co/guide/en/logstash/current/plugins-outputs-elasticsearch.html")

D("yaml", "elastic-keystore-refs", "deploy/filebeat/filebeat.yml", '''filebeat.inputs:
  - type: filestream
    id: trainer-logs
    paths:
      - /var/log/trainer/*.log
output.elasticsearch:
  hosts: ["https://es-logs.internal:9200"]
  username: "${ES_USER}"
  password: "${ES_PWD}"
  ssl.certificate_authorities: ["/etc/pki/root/ca.pem"]
setup.ilm.enabled: true
logging.level: info
''', "https://www.elastic.co/guide/en/beats/filebeat/current/keystore.html")

pgpass_pw = words_pw()
S("pgpass", "password", "ops/home/.pgpass", f'''# hostname:port:database:username:password
localhost:5432:*:postgres:postgres
warehouse.prod.acme.internal:5432:analytics:ml_reader:{pgpass_pw}
''' + "# replicas: see pg_service.conf\n#\n# keep this file chmod 0600\n", pgpass_pw,
  "https://www.postgresql.org/docs/current/libpq-pgpass.html")

D("pgpass", "local-trust-only", "devcontainer/.pgpass.example", '''# Copy to ~/.pgpass and chmod 600. The devcontainer's database is throwaway and
# local only: its password is the image default "postgres".
# hostname:port:database:username:password
localhost:5432:*:postgres:postgres
127.0.0.1:5432:*:postgres:postgres
db:5432:*:postgres:postgres
''', "https://www.postgresql.org/docs/current/libpq-pgpass.html")

pgsvc = pw()
S("pg-service-conf", "password", "config/pg_service.conf", f'''# libpq connection service file, read via PGSERVICEFILE
[warehouse_ro]
host=warehouse.prod.acme.internal
port=5432
dbname=analytics
user=ml_reader
sslmode=verify-full

[warehouse_etl]
host=warehouse.prod.acme.internal
port=5432
dbname=analytics
user=etl_writer
password={pgsvc}
sslmode=require
''', pgsvc, "https://www.postgresql.org/docs/current/libpq-pgservice.html")

ap = pw()
S("env", "airflow-conn-uri", "airflow/.env", f'''AIRFLOW_UID=50000
AIRFLOW__CORE__EXECUTOR=CeleryExecutor
AIRFLOW__CORE__LOAD_EXAMPLES=false
AIRFLOW__CORE__FERNET_KEY=${{FERNET_KEY}}
AIRFLOW_CONN_WAREHOUSE='postgresql://etl_writer:{ap}@warehouse.prod.acme.internal:5432/analytics'
AIRFLOW_CONN_AWS_DEFAULT='aws://?region_name=eu-west-1'
_PIP_ADDITIONAL_REQUIREMENTS=apache-airflow-providers-snowflake
''', ap, "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html#storing-connections-in-environment-variables")

fern = base64.urlsafe_b64encode(random.Random(seed()).randbytes(32)).decode()
S("yaml", "airflow-fernet-key", "deploy/helm/airflow/values-prod.yaml", f'''executor: KubernetesExecutor
fernetKey: "{fern}"
webserverSecretKeySecretName: airflow-webserver-secret
defaultAirflowRepository: registry.acme.internal/airflow
defaultAirflowTag: "2.9.1-ml"
dags:
  gitSync:
    enabled: true
    repo: git@github.com:acme/ml-dags.git
    branch: main
    sshKeySecret: airflow-gitsync-ssh
postgresql:
  enabled: false
data:
  metadataSecretName: airflow-metadata-db
''', fern, "https://airflow.apache.org/docs/helm-chart/stable/production-guide.html#fernet-key")

D("yaml", "airflow-secret-names-only", "deploy/helm/airflow/values-staging.yaml", '''executor: CeleryExecutor
fernetKeySecretName: airflow-fernet-key
webserverSecretKeySecretName: airflow-webserver-secret
data:
  metadataSecretName: airflow-metadata-db
  resultBackendSecretName: airflow-result-backend
redis:
  enabled: true
  passwordSecretName: airflow-redis-password
workers:
  replicas: 3
  resources:
    limits: {cpu: "2", memory: 8Gi}
''', "https://airflow.apache.org/docs/helm-chart/stable/parameters-ref.html")

acj = pw()
S("json", "airflow-connections-export", "airflow/include/connections.json", json.dumps({
    "warehouse": {"conn_type": "postgres", "host": "warehouse.prod.acme.internal", "login": "etl_writer",
                  "password": acj, "schema": "analytics", "port": 5432, "extra": "{\"sslmode\": \"require\"}"},
    "aws_default": {"conn_type": "aws", "extra": "{\"region_name\": \"eu-west-1\"}"},
    "slack_alerts": {"conn_type": "slackwebhook", "host": "hooks.slack.com", "password": None},
}, indent=2) + "\n", acj, "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html#exporting-connections")

# ============================== AWS files ======================================================
k3 = fakes.aws_key_id(seed()); s3 = fakes.aws_secret_key(seed())
S("aws-credentials", "secret-key", "ops/aws/credentials", f'''[default]
region = eu-west-1

[ml-training]
aws_access_key_id = {k3}
aws_secret_access_key = {s3}

[prod-readonly]
role_arn = arn:aws:iam::123456789012:role/ReadOnly
source_profile = ml-training
''', s3, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

st = fakes.aws_session_token(seed(), "origin"); st_sk = fakes.aws_secret_key(seed())
S("aws-credentials", "temporary-credentials-secret-key", "scratch/aws_sso_creds.ini", f'''[sso-export]
aws_access_key_id = ASIA{rnd(string.ascii_uppercase + "234567", 16)}
aws_secret_access_key = {st_sk}
aws_session_token = {st}
''' + "# exported with: aws configure export-credentials --profile ml-admin --format ini\n# expires 2024-05-02T18:04:11Z\n", st_sk,
  "https://awscli.amazonaws.com/v2/documentation/api/latest/reference/configure/export-credentials.html")

D("aws-credentials", "docs-example-keys", "docs/source/aws_setup.rst", '''AWS setup
=========

The loaders use the default credential chain. For a quick local try, put a profile in
``~/.aws/credentials`` (the values below are AWS's documentation examples):

.. code-block:: ini

   [default]
   aws_access_key_id = AKIAIOSFODNN7EXAMPLE
   aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

On EC2 or SageMaker prefer the instance role: nothing to configure.
''', "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html")

s3c = fakes.aws_secret_key(seed())
S("s3cfg", "secret-key", "tools/backup/.s3cfg", f'''[default]
access_key = {fakes.aws_key_id(seed())}
secret_key = {s3c}
host_base = s3.eu-west-1.amazonaws.com
host_bucket = %(bucket)s.s3.eu-west-1.amazonaws.com
bucket_location = eu-west-1
use_https = True
signature_v2 = False
multipart_chunk_size_mb = 64
''', s3c, "https://s3tools.org/kb/item14.htm")

rc = fakes.aws_secret_key(seed())
S("rclone-conf", "s3-secret", "ops/rclone/rclone.conf", f'''[raw-s3]
type = s3
provider = AWS
access_key_id = {fakes.aws_key_id(seed())}
secret_access_key = {rc}
region = eu-west-1
acl = private

[minio-lab]
type = s3
provider = Minio
env_auth = true
endpoint = http://minio.lab:9000
''', rc, "https://rclone.org/s3/")

mk = rnd(ALNUM, 40)
S("dvc-config", "minio-secret", "data-pipeline/.dvc/config.local", f'''[core]
    remote = lab-minio
['remote "lab-minio"']
    url = s3://datasets/dvc
    endpointurl = https://minio.lab.acme.internal
    access_key_id = dvc-writer
    secret_access_key = {mk}
''', mk, "https://dvc.org/doc/user-guide/project-structure/configuration#remote")

D("dvc-lock", "md5-hashes", "data-pipeline/dvc.lock", f'''schema: '2.0'
stages:
  prepare:
    cmd: python src/prepare.py data/raw
    deps:
    - path: data/raw
      hash: md5
      md5: {md5_of("raw")}.dir
      size: 41238201
      nfiles: 12
    - path: src/prepare.py
      hash: md5
      md5: {md5_of("prep.py")}
      size: 1893
    outs:
    - path: data/prepared
      hash: md5
      md5: {md5_of("prepared")}.dir
      size: 29830112
      nfiles: 2
  train:
    cmd: python src/train.py
    deps:
    - path: data/prepared
      hash: md5
      md5: {md5_of("prepared")}.dir
    outs:
    - path: model.pkl
      hash: md5
      md5: {md5_of("model")}
      size: 8412093
''', "https://dvc.org/doc/user-guide/project-structure/dvc-lock")

D("dvc-config", "credentialpath", "data-pipeline/.dvc/config", '''[core]
    remote = storage
    autostage = true
['remote "storage"']
    url = gs://acme-dvc-store/cache
    credentialpath = ~/.config/gcloud/application_default_credentials.json
['remote "s3backup"']
    url = s3://acme-dvc-backup
    profile = ml-training
''', "https://dvc.org/doc/command-reference/remote/modify")
# ============================== packaging and publishing =======================================
pt = fakes.pypi_token(seed())
S("pypirc", "pypi-token", "paper-code/.pypirc", f'''[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = {pt}

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
''', pt, "https://packaging.python.org/en/latest/specifications/pypirc/")

D("pypirc", "keyring-note", "docs/releasing/pypirc-template.ini", '''; Template for maintainers. Do NOT put the token here: twine reads it from the
; keyring (`keyring set https://upload.pypi.org/legacy/ __token__`) or from
; TWINE_PASSWORD in CI.
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = <your PyPI API token, pypi-...>
''', "https://twine.readthedocs.io/en/stable/#keyring-support")

pt2 = fakes.pypi_token(seed())
S("github-actions", "pypi-token-inline", ".github/workflows/release.yml", f'''name: release
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
          python-version: "3.11"
      - run: python -m pip install build twine
      - run: python -m build
      - name: Upload
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: {pt2}
        run: twine upload dist/*
''', pt2, "https://docs.github.com/en/actions/publishing-packages")

D("github-actions", "trusted-publishing", ".github/workflows/publish-pypi.yml", '''name: publish
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write   # trusted publishing, no token stored anywhere
    steps:
      - uses: actions/checkout@v4
      - run: pipx run build
      - uses: pypa/gh-action-pypi-publish@release/v1
      - name: Notify
        run: curl -fsS -X POST "${{ secrets.SLACK_RELEASE_WEBHOOK }}" -d '{"text":"released"}'
''', "https://docs.pypi.org/trusted-publishers/using-a-publisher/")

pt3 = fakes.pypi_token(seed())
S("poetry-auth-toml", "pypi-token", "ci/poetry/auth.toml", f'''# Poetry's credential store fallback when no keyring backend is available
[http-basic.pypi]
username = "__token__"
password = "{pt3}"

[http-basic.gemfury]
username = "acme-ml"
''' + '''password = ""
''', pt3, "https://python-poetry.org/docs/repositories/#configuring-credentials")

gf = rnd(ALNUM, 20)
S("pyproject", "private-index-token-in-url", "pyproject.toml", f'''[project]
name = "acme-ranker"
version = "0.7.2"
requires-python = ">=3.10"
dependencies = ["torch>=2.2", "lightgbm", "acme-featurelib>=1.4"]

[tool.uv]
index-strategy = "unsafe-best-match"

[[tool.uv.index]]
name = "acme-internal"
url = "https://{gf}:@pypi.fury.io/acme-ml/"

[tool.ruff]
line-length = 110
''', gf, "https://docs.astral.sh/uv/configuration/indexes/")

D("pyproject", "index-with-env-auth", "packages/featurelib/pyproject.toml", '''[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "acme-featurelib"
version = "1.4.3"
dependencies = ["pandas>=2", "pyarrow", "redis>=5"]

[[tool.uv.index]]
name = "internal"
url = "https://pkgs.dev.azure.com/acme/_packaging/ml/pypi/simple/"
# credentials: UV_INDEX_INTERNAL_USERNAME / UV_INDEX_INTERNAL_PASSWORD
''', "https://docs.astral.sh/uv/configuration/indexes/#providing-credentials")

pip_pw = rnd(ALNUM, 52)
S("pip-conf", "azure-artifacts-pat", "docker/jupyter/pip.conf", f'''[global]
index-url = https://ml-build:{pip_pw}@pkgs.dev.azure.com/acme/_packaging/ml/pypi/simple/
extra-index-url = https://pypi.org/simple
timeout = 60
disable-pip-version-check = true
''', pip_pw, "https://pip.pypa.io/en/stable/topics/configuration/")

D("requirements", "hash-pins", "requirements/lock.txt", f'''#
# This file is autogenerated by pip-compile with Python 3.11
#    pip-compile --generate-hashes requirements.in
#
numpy==1.26.4 \\
    --hash=sha256:{sha256_of("numpy-a")} \\
    --hash=sha256:{sha256_of("numpy-b")}
    # via pandas
pandas==2.2.1 \\
    --hash=sha256:{sha256_of("pandas-a")} \\
    --hash=sha256:{sha256_of("pandas-b")}
    # via -r requirements.in
python-dateutil==2.9.0.post0 \\
    --hash=sha256:{sha256_of("dateutil")}
    # via pandas
pytz==2024.1 \\
    --hash=sha256:{sha256_of("pytz")}
    # via pandas
''', "https://pip-tools.readthedocs.io/en/latest/#using-hashes")

ghr = fakes.github_token(seed())
S("requirements", "github-token-vcs-url", "requirements/private.txt", f'''-r base.txt
scikit-learn==1.4.2
xgboost==2.0.3
# internal tokenizer, pinned to the paper's commit
git+https://{ghr}@github.com/acme-research/fasttok.git@9c1e4d2a77b3f0e5d6a8b9c0d1e2f3a4b5c6d7e8#egg=fasttok
''', ghr, "https://pip.pypa.io/en/stable/topics/vcs-support/")

condatok = "tk-" + rnd(ALNUM, 40)
S("condarc", "channel-token", "env/.condarc", f'''channels:
  - https://conda.anaconda.org/t/{condatok}/acme-private
  - conda-forge
  - nodefaults
channel_priority: strict
auto_activate_base: false
pip_interop_enabled: true
''', condatok, "https://docs.anaconda.com/anacondaorg/user-guide/tasks/work-with-tokens/")

D("conda-env", "lock-sha256", "env/conda-lock.yml", f'''version: 1
metadata:
  content_hash:
    linux-64: {sha256_of("lock-linux")}
  channels:
  - url: conda-forge
    used_env_vars: []
  platforms:
  - linux-64
  sources:
  - environment.yml
package:
- name: numpy
  version: 1.26.4
  manager: conda
  platform: linux-64
  url: https://conda.anaconda.org/conda-forge/linux-64/numpy-1.26.4-py311h64a7726_0.conda
  hash:
    md5: {md5_of("np")}
    sha256: {sha256_of("np")}
  category: main
  optional: false
''', "https://conda.github.io/conda-lock/output/")

cenv = words_pw()
S("conda-env", "variables-block", "environment.yml", f'''name: ranker
channels:
  - pytorch
  - nvidia
  - conda-forge
dependencies:
  - python=3.11
  - pytorch=2.2
  - pytorch-cuda=12.1
  - pandas
  - psycopg2
  - pip
  - pip:
      - mlflow==2.12.1
      - feast[redis]==0.37.1
variables:
  MLFLOW_TRACKING_URI: https://mlflow.acme.internal
  MLFLOW_TRACKING_USERNAME: ranker-bot
  MLFLOW_TRACKING_PASSWORD: "{cenv}"
''', cenv, "https://docs.conda.io/projects/conda/en/latest/user-guide/tasks/manage-environments.html#setting-environment-variables")

D("conda-env", "plain-environment", "envs/cpu.yml", '''name: bench-cpu
channels:
  - conda-forge
dependencies:
  - python=3.10
  - numpy=1.26
  - scipy
  - scikit-learn=1.4
  - jupyterlab
  - pip
  - pip:
      - -e .
      - pytest-benchmark
variables:
  OMP_NUM_THREADS: "8"
  MKL_NUM_THREADS: "8"
''', "https://docs.conda.io/projects/conda/en/latest/user-guide/tasks/manage-environments.html")

npmt = npm_tok()
S("npmrc", "npm-token", "frontend/dashboard/.npmrc", f'''registry=https://registry.npmjs.org/
@acme:registry=https://npm.pkg.github.com
//registry.npmjs.org/:_authToken={npmt}
engine-strict=true
save-exact=true
''', npmt, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc")

# ============================== Docker and compose ==============================================
jtok = hexs(48)
S("dockerfile", "jupyter-token-cmd", "docker/notebook/Dockerfile", f'''FROM quay.io/jupyter/pytorch-notebook:cuda12-2024-04-22

USER root
RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev && rm -rf /var/lib/apt/lists/*
USER ${{NB_UID}}

COPY requirements.txt /tmp/requirements.txt
RUN pip install --no-cache-dir -r /tmp/requirements.txt

EXPOSE 8888
CMD ["start-notebook.py", "--IdentityProvider.token={jtok}", "--ServerApp.root_dir=/home/jovyan/work"]
''', jtok, "https://jupyter-docker-stacks.readthedocs.io/en/latest/using/common.html")

hfd = hf_tok()
S("dockerfile", "hf-token-build-arg-default", "serving/Dockerfile", f'''FROM python:3.11-slim AS weights
ARG HF_TOKEN={hfd}
RUN pip install --no-cache-dir "huggingface_hub[cli]"
RUN huggingface-cli download acme/ranker-v3 --token "$HF_TOKEN" --local-dir /models/ranker-v3

FROM python:3.11-slim
WORKDIR /app
COPY --from=weights /models /models
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY app/ app/
CMD ["uvicorn", "app.main:api", "--host", "0.0.0.0", "--port", "8080"]
''', hfd, "https://docs.docker.com/reference/dockerfile/#arg")

D("dockerfile", "buildkit-secret-mount", "training/Dockerfile", '''# syntax=docker/dockerfile:1.7
FROM nvcr.io/nvidia/pytorch:24.03-py3
WORKDIR /workspace
COPY requirements.txt .
# the index token is a BuildKit secret: docker build --secret id=pipconf,src=$HOME/.config/pip/pip.conf
RUN --mount=type=secret,id=pipconf,target=/etc/pip.conf \\
    pip install --no-cache-dir -r requirements.txt
COPY . .
ENV PYTHONUNBUFFERED=1 \\
    WANDB_PROJECT=ranker
ENTRYPOINT ["torchrun", "--nproc_per_node=8", "train.py"]
''', "https://docs.docker.com/build/building/secrets/")

pgc = words_pw(); rpc = fakes.redis_password(seed())
S("docker-compose", "redis-requirepass-command", "docker/compose.lab.yml", f'''services:
  jupyter:
    image: registry.acme.internal/ml/notebook:2024.05
    ports: ["8888:8888"]
    environment:
      REDIS_URL: redis://redis:6379/0
    volumes:
      - ./notebooks:/home/jovyan/work
  redis:
    image: redis:7.2-alpine
    command: ["redis-server", "--appendonly", "yes", "--requirepass", "{rpc}"]
    ports: ["6379:6379"]
  mlflow:
    image: ghcr.io/mlflow/mlflow:v2.12.1
    command: mlflow server --backend-store-uri sqlite:///mlflow.db --host 0.0.0.0
    ports: ["5000:5000"]
''', rpc, "https://docs.docker.com/compose/compose-file/05-services/#command")

D("docker-compose", "local-defaults-marked", "docker-compose.dev.yml", '''# Local development only: throwaway containers, the credentials below are the images'
# documented defaults and the ports are bound to 127.0.0.1.
services:
  postgres:
    image: postgres:16
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: postgres
    ports: ["127.0.0.1:5432:5432"]
  minio:
    image: minio/minio:RELEASE.2024-04-18T19-09-19Z
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: minioadmin
      MINIO_ROOT_PASSWORD: minioadmin
    ports: ["127.0.0.1:9000:9000", "127.0.0.1:9001:9001"]
''', "https://hub.docker.com/_/postgres")

mpw = pw()
S("docker-compose", "minio-root-password", "infra/mlflow-stack/docker-compose.yml", f'''services:
  minio:
    image: minio/minio:RELEASE.2024-04-18T19-09-19Z
    command: server /data --console-address ":9001"
    environment:
      - MINIO_ROOT_USER=mlflow
      - MINIO_ROOT_PASSWORD={mpw}
    volumes: ["minio-data:/data"]
  mlflow:
    image: ghcr.io/mlflow/mlflow:v2.12.1
    environment:
      - MLFLOW_S3_ENDPOINT_URL=http://minio:9000
      - AWS_ACCESS_KEY_ID=mlflow
      - AWS_SECRET_ACCESS_KEY={mpw}
    command: >
      mlflow server --backend-store-uri postgresql://mlflow@db/mlflow
      --artifacts-destination s3://mlflow --host 0.0.0.0
volumes:
  minio-data: {{}}
''', mpw, "https://min.io/docs/minio/container/operations/install-deploy-manage/deploy-minio-single-node-single-drive.html")

D("docker-compose", "compose-secrets-files", "deploy/compose.prod.yml", '''services:
  api:
    image: registry.acme.internal/ml/ranker-api:1.8.0
    secrets: [db_password, redis_password]
    environment:
      DB_PASSWORD_FILE: /run/secrets/db_password
      REDIS_PASSWORD_FILE: /run/secrets/redis_password
  worker:
    image: registry.acme.internal/ml/ranker-worker:1.8.0
    secrets: [redis_password]
secrets:
  db_password:
    file: ./secrets/db_password.txt
  redis_password:
    external: true
''', "https://docs.docker.com/compose/use-secrets/")

jh = hexs(64)
S("python", "jupyter-server-config", "deploy/jupyterhub/jupyter_server_config.py", f'''# Configuration file for jupyter-server on the shared GPU box.
c = get_config()  # noqa: F821

c.ServerApp.ip = "0.0.0.0"
c.ServerApp.port = 8888
c.ServerApp.open_browser = False
c.ServerApp.allow_remote_access = True
c.IdentityProvider.token = "{jh}"
c.ServerApp.root_dir = "/data/notebooks"
c.FileContentsManager.delete_to_trash = False
c.ContentsManager.allow_hidden = True
''', jh, "https://jupyter-server.readthedocs.io/en/latest/other/full-config.html")

D("python", "jupyter-argon2-hash", "deploy/jupyter/jupyter_server_config.py", f'''c = get_config()  # noqa: F821

# Password hash made with `jupyter server password` (argon2): a hash, not the password.
c.PasswordIdentityProvider.hashed_password = "argon2:$argon2id$v=19$m=10240,t=10,p=8${rnd(ALNUM + "+/", 22)}${rnd(ALNUM + "+/", 22)}"
c.ServerApp.ip = "127.0.0.1"
c.ServerApp.port = 8890
c.ServerApp.open_browser = False
c.ServerApp.terminado_settings = {{"shell_command": ["/bin/bash"]}}
''', "https://jupyter-server.readthedocs.io/en/latest/operators/public-server.html#preparing-a-hashed-password")

jhs = hexs(64)
S("python", "jupyterhub-oauth-secret", "deploy/jupyterhub/jupyterhub_config.py", f'''import os

from oauthenticator.github import GitHubOAuthenticator

c = get_config()  # noqa: F821
c.JupyterHub.authenticator_class = GitHubOAuthenticator
c.GitHubOAuthenticator.oauth_callback_url = "https://hub.acme-ml.org/hub/oauth_callback"
c.GitHubOAuthenticator.client_id = "Iv1.7c3e9a1b2d4f6e80"
c.GitHubOAuthenticator.client_secret = os.environ["GITHUB_CLIENT_SECRET"]
c.GitHubOAuthenticator.allowed_organizations = {{"acme-research"}}
c.JupyterHub.cookie_secret = bytes.fromhex("{jhs}")
c.Spawner.default_url = "/lab"
c.Spawner.mem_limit = "32G"
''', jhs, "https://jupyterhub.readthedocs.io/en/stable/tutorial/getting-started/security-basics.html#cookie-secret")
# ============================== experiment trackers and model hubs =============================
wbn = hexs(40)
S("netrc", "wandb-api-key", "ops/home/.netrc", f'''machine api.wandb.ai
  login user
  password {wbn}
machine github.com
  login acme-bot
  password ${{GITHUB_TOKEN}}
''' + "# managed by `wandb login`\n", wbn, "https://docs.wandb.ai/ref/cli/wandb-login")

D("netrc", "anonymous-ftp", "data/mirrors/.netrc.sample", '''# Sample .netrc for mirroring the public corpora; anonymous FTP needs no secret,
# the "password" is conventionally your e-mail address.
machine ftp.ncbi.nlm.nih.gov
  login anonymous
  password datasets@acme-research.org
machine ftp.ebi.ac.uk
  login anonymous
  password datasets@acme-research.org
''', "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html")

kg = hexs(32)
S("json", "kaggle-key", "competitions/.kaggle/kaggle.json", json.dumps({"username": "jdoe-ml", "key": kg}) + "\n" * 1 + "", kg,
  "https://github.com/Kaggle/kaggle-api#api-credentials")
CASES[-1] = LabelledCase(CASES[-1].category, CASES[-1].file_name, json.dumps({"username": "jdoe-ml", "key": kg}, indent=2).replace("\n}", ",\n  \"proxy\": null,\n  \"competition\": \"playground-series-s4e5\"\n}") + "\n", kg, CASES[-1].source)

neptune_tok = b64(json.dumps({"api_address": "https://app.neptune.ai", "api_url": "https://app.neptune.ai", "api_key": uuid4s()}))
S("python", "neptune-api-token", "experiments/track.py", f'''import neptune
from neptune.utils import stringify_unsupported

NEPTUNE_API_TOKEN = "{neptune_tok}"


def start(params: dict):
    run = neptune.init_run(
        project="acme/ranker",
        api_token=NEPTUNE_API_TOKEN,
        tags=["lgbm", "baseline"],
    )
    run["parameters"] = stringify_unsupported(params)
    return run


if __name__ == "__main__":
    r = start({{"lr": 0.05, "num_leaves": 63}})
    r["metrics/ndcg@10"].append(0.412)
    r.stop()
''', neptune_tok, "https://docs.neptune.ai/setup/setting_api_token/")

cm = rnd(ALNUM, 25)
S("ini", "comet-config", "experiments/.comet.config", f'''[comet]
api_key = {cm}
workspace = acme-research
project_name = diffusion-ablation

[comet_logging]
hide_api_key = True
display_summary_level = 1
''', cm, "https://www.comet.com/docs/v2/guides/experiment-management/configure-sdk/#configuration-file")

cla, cls = rnd(string.ascii_uppercase + string.digits, 24), rnd(ALNUM, 50)
S("hocon", "clearml-secret-key", "ops/clearml/clearml.conf", f'''# ClearML SDK configuration file
api {{
    web_server: https://app.clear.ml
    api_server: https://api.clear.ml
    files_server: https://files.clear.ml
    credentials {{
        "access_key" = "{cla}"
        "secret_key" = "{cls}"
    }}
}}
sdk {{
    aws {{
        s3 {{
            region: "eu-west-1"
            use_credentials_chain: true
        }}
    }}
    development {{
        default_output_uri: "s3://acme-clearml/artifacts"
    }}
}}
''', cls, "https://clear.ml/docs/latest/docs/configs/clearml_conf")

D("yaml", "mlflow-run-meta", "mlruns/412853902213/9f0e3c2a1b7d4e5f8a6b2c3d4e5f6a7b/meta.yaml", f'''artifact_uri: s3://acme-mlflow/412853902213/9f0e3c2a1b7d4e5f8a6b2c3d4e5f6a7b/artifacts
end_time: 1714567890123
entry_point_name: ''
experiment_id: '412853902213'
lifecycle_stage: active
name: lgbm-baseline
run_id: 9f0e3c2a1b7d4e5f8a6b2c3d4e5f6a7b
run_name: lgbm-baseline
run_uuid: 9f0e3c2a1b7d4e5f8a6b2c3d4e5f6a7b
source_name: ''
source_type: 4
source_version: {hexs(40)}
start_time: 1714567001234
status: 3
tags: []
user_id: jdoe
''', "https://mlflow.org/docs/latest/tracking.html")

mlt = pw()
S("python", "mlflow-tracking-basic-auth-env-set", "train/utils/tracking.py", f'''import os

import mlflow

# the tracking server sits behind basic auth (mlflow server --app-name basic-auth)
os.environ.setdefault("MLFLOW_TRACKING_USERNAME", "trainer")
os.environ.setdefault("MLFLOW_TRACKING_PASSWORD", "{mlt}")
mlflow.set_tracking_uri("https://mlflow.acme-ml.org")


def log_run(name, params, metrics, model_path=None):
    with mlflow.start_run(run_name=name):
        mlflow.log_params(params)
        mlflow.log_metrics(metrics)
        if model_path:
            mlflow.log_artifact(model_path)
''', mlt, "https://mlflow.org/docs/latest/auth/index.html#using-environment-variables")

D("python", "wandb-run-ids", "train/resume.py", f'''"""Resume the interrupted sweeps; ids copied from the W&B UI."""
import wandb

RUNS = {{
    "lr-sweep-3": "{rnd(string.ascii_lowercase + string.digits, 8)}",
    "lr-sweep-4": "{rnd(string.ascii_lowercase + string.digits, 8)}",
}}
SWEEP_ID = "acme/ranker/{rnd(string.ascii_lowercase + string.digits, 8)}"

for name, run_id in RUNS.items():
    run = wandb.init(project="ranker", id=run_id, resume="must")
    print(name, run.url)
    run.finish()
''', "https://docs.wandb.ai/guides/runs/resuming")

hfc = hf_tok()
S("hf-token-file", "hf-token", "dotfiles/.cache/huggingface/token", hfc + "\n" + "\n" * 0, hfc, "https://huggingface.co/docs/huggingface_hub/package_reference/environment_variables#hftoken")
CASES.pop()
S("shell", "hf-token-export", "scripts/setup_gpu_node.sh", f'''#!/usr/bin/env bash
set -euo pipefail
# one-time setup of a fresh Lambda box for the LLM evals
sudo apt-get update -y && sudo apt-get install -y git-lfs tmux htop
python -m pip install -U "huggingface_hub[cli,hf_transfer]" vllm==0.4.2
export HF_HUB_ENABLE_HF_TRANSFER=1
export HF_TOKEN={hfc}
huggingface-cli download meta-llama/Meta-Llama-3-8B-Instruct --local-dir /data/llama3-8b
nvidia-smi
''', hfc, "https://huggingface.co/docs/huggingface_hub/guides/cli")

D("hf-readme", "model-card-hashes", "models/ranker-v3/README.md", f'''---
license: apache-2.0
library_name: transformers
tags: [reranker, retrieval]
datasets: [ms_marco]
base_model: microsoft/deberta-v3-base
---

# ranker-v3

Cross-encoder reranker fine-tuned on MS MARCO passages.

| file | sha256 |
|------|--------|
| model.safetensors | `{sha256_of("safetensors")}` |
| tokenizer.json | `{sha256_of("tokenizer")}` |

Revision used in the paper: `{hexs(40)}`.

```python
from transformers import AutoModelForSequenceClassification
m = AutoModelForSequenceClassification.from_pretrained("acme/ranker-v3", revision="main")
```
''', "https://huggingface.co/docs/hub/model-cards")

D("python", "hf-token-from-env", "src/acme_eval/hub.py", '''import os

from huggingface_hub import HfApi, snapshot_download

_TOKEN = os.getenv("HF_TOKEN") or None  # public models need none


def fetch(repo_id: str, revision: str = "main") -> str:
    return snapshot_download(repo_id, revision=revision, token=_TOKEN)


def push(folder: str, repo_id: str) -> None:
    api = HfApi(token=_TOKEN)
    api.create_repo(repo_id, exist_ok=True, private=True)
    api.upload_folder(folder_path=folder, repo_id=repo_id)
''', "https://huggingface.co/docs/huggingface_hub/package_reference/environment_variables")

rep = replicate_tok()
S("python", "replicate-token", "demos/sdxl_batch.py", f'''import os
import replicate

os.environ["REPLICATE_API_TOKEN"] = "{rep}"

PROMPTS = [
    "an isometric map of a data centre, watercolor",
    "a robot labelling images at a desk, 35mm photo",
]

for i, p in enumerate(PROMPTS):
    out = replicate.run(
        "stability-ai/sdxl:39ed52f2a78e934b3ba6e2a89f5b1c712de7dfea535525255b1aa35c5565e08b",
        input={{"prompt": p, "num_outputs": 1}},
    )
    print(i, out[0])
''', rep, "https://replicate.com/docs/get-started/python")

# ============================== labelling tools ================================================
ls_tok = hexs(40)
S("python", "label-studio-token", "labelling/sync_tasks.py", f'''"""Push new images to the Label Studio project and pull finished annotations."""
from label_studio_sdk import Client

LS_URL = "https://label.acme-ml.org"
LS_API_KEY = "{ls_tok}"

ls = Client(url=LS_URL, api_key=LS_API_KEY)
project = ls.get_project(14)


def push(urls):
    project.import_tasks([{{"image": u}} for u in urls])


def pull(path="annotations.json"):
    export = project.export_tasks(export_type="JSON")
    with open(path, "w") as f:
        import json
        json.dump(export, f)
''', ls_tok, "https://labelstud.io/guide/api.html")

D("xml", "label-studio-config", "labelling/configs/bbox.xml", '''<View>
  <Header value="Draw a box around every defect"/>
  <Image name="image" value="$image" zoom="true" zoomControl="true"/>
  <RectangleLabels name="label" toName="image">
    <Label value="scratch" background="#FF0000"/>
    <Label value="dent" background="#00AAFF"/>
    <Label value="stain" background="#FFAA00"/>
  </RectangleLabels>
  <TextArea name="comment" toName="image" placeholder="Notes (optional)"/>
</View>
''', "https://labelstud.io/tags/rectanglelabels")

rf = rnd(ALNUM, 20)
S("python", "roboflow-api-key", "labelling/export_roboflow.py", f'''from roboflow import Roboflow

rf = Roboflow(api_key="{rf}")
project = rf.workspace("acme-vision").project("pcb-defects")
dataset = project.version(7).download("yolov8", location="data/pcb-defects-v7")
print(dataset.location)
''' + "\n# then: yolo detect train data=data/pcb-defects-v7/data.yaml model=yolov8s.pt\n", rf,
  "https://docs.roboflow.com/api-reference/authentication")

cvat = words_pw()
S("yaml", "cvat-cli-password-in-ci", ".gitlab-ci.yml", f'''stages: [export, train]

export-annotations:
  stage: export
  image: python:3.11
  script:
    - pip install cvat-cli==2.12.0
    - cvat-cli --server-host https://cvat.acme-ml.org --auth annot-bot:{cvat} dump --format "COCO 1.0" 412 annotations.zip
  artifacts:
    paths: [annotations.zip]

train:
  stage: train
  image: registry.acme.internal/ml/train:latest
  script:
    - python train.py --annotations annotations.zip
  needs: [export-annotations]
''', cvat, "https://docs.cvat.ai/docs/api_sdk/cli/")

D("yaml", "gitlab-ci-masked-vars", "ml/.gitlab-ci.yml", '''variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  MLFLOW_TRACKING_URI: https://mlflow.acme-ml.org

train:
  image: registry.acme.internal/ml/train:latest
  script:
    - export MLFLOW_TRACKING_PASSWORD="$MLFLOW_PASSWORD"   # masked CI/CD variable
    - python train.py --epochs 20
  rules:
    - if: $CI_COMMIT_BRANCH == "main"

publish:
  script:
    - TWINE_PASSWORD="${PYPI_TOKEN}" twine upload -u __token__ dist/*
''', "https://docs.gitlab.com/ee/ci/variables/")

# ============================== apps ===========================================================
oa = fakes.openai_key(seed())
S("streamlit-secrets", "openai-key", "apps/chat_with_docs/.streamlit/secrets.toml", f'''# Streamlit secrets
OPENAI_API_KEY = "{oa}"

[connections.docs_db]
dialect = "postgresql"
host = "localhost"
port = "5432"
database = "docs"
username = "streamlit"
''' + 'password = ""\n', oa, "https://docs.streamlit.io/develop/concepts/connections/secrets-management")

spw = words_pw()
S("streamlit-secrets", "snowflake-connection-password", "dashboards/sales/.streamlit/secrets.toml", f'''[connections.snowflake]
account = "acme-analytics"
user = "STREAMLIT_SALES"
password = "{spw}"
role = "REPORTER"
warehouse = "REPORTING_XS"
database = "PROD"
schema = "MARTS"
client_session_keep_alive = true
''', spw, "https://docs.streamlit.io/develop/tutorials/databases/snowflake")

D("streamlit-secrets", "example-placeholders", "apps/chat_with_docs/.streamlit/secrets.toml.example", '''# Copy to secrets.toml and fill in. secrets.toml is git-ignored.
OPENAI_API_KEY = "sk-..."

[connections.docs_db]
dialect = "postgresql"
host = "localhost"
port = "5432"
database = "docs"
username = "streamlit"
password = "<your-password>"
''', "https://docs.streamlit.io/develop/concepts/connections/secrets-management")

D("toml", "streamlit-config", "apps/chat_with_docs/.streamlit/config.toml", f'''[server]
headless = true
port = 8501
enableCORS = false
enableXsrfProtection = true
maxUploadSize = 200

[theme]
primaryColor = "#F63366"
backgroundColor = "#FFFFFF"
font = "sans serif"

[browser]
gatherUsageStats = false
''', "https://docs.streamlit.io/develop/api-reference/configuration/config.toml")

ant = anthropic_key()
S("python", "anthropic-key-gradio", "apps/gradio_rag/app.py", f'''import gradio as gr
from anthropic import Anthropic

client = Anthropic(api_key="{ant}")


def answer(question, history):
    msg = client.messages.create(
        model="claude-3-haiku-20240307",
        max_tokens=512,
        messages=[{{"role": "user", "content": question}}],
    )
    return msg.content[0].text


demo = gr.ChatInterface(answer, title="Ask the handbook")

if __name__ == "__main__":
    demo.launch(server_name="0.0.0.0")
''', ant, "https://docs.anthropic.com/en/api/client-sdks")

D("python", "gradio-auth-from-env", "apps/gradio_demo/app.py", '''import os

import gradio as gr
from transformers import pipeline

clf = pipeline("sentiment-analysis", model="distilbert-base-uncased-finetuned-sst-2-english")


def predict(text):
    return {r["label"]: r["score"] for r in clf(text)}


demo = gr.Interface(fn=predict, inputs="text", outputs="label")
demo.launch(auth=(os.environ["DEMO_USER"], os.environ["DEMO_PASSWORD"]), share=False)
''', "https://www.gradio.app/guides/sharing-your-app#authentication")

dsk = fakes.django_secret_key(seed())
S("python", "dash-flask-secret-key", "apps/dash_monitor/app.py", f'''import dash
from dash import dcc, html
import dash_auth
import plotly.express as px
import pandas as pd

app = dash.Dash(__name__)
server = app.server
server.config["SECRET_KEY"] = "{dsk}"
dash_auth.BasicAuth(app, {{"viewer": __import__("os").environ.get("VIEWER_PW", "")}})

df = pd.read_parquet("metrics/drift.parquet")
app.layout = html.Div([
    html.H2("Feature drift"),
    dcc.Graph(figure=px.line(df, x="day", y="psi", color="feature")),
])

if __name__ == "__main__":
    app.run(debug=False, host="0.0.0.0", port=8050)
''', dsk, "https://flask.palletsprojects.com/en/3.0.x/config/#SECRET_KEY")

D("python", "dash-secret-key-from-env", "apps/dash_kpis/app.py", '''import os

import dash
from dash import html

app = dash.Dash(__name__)
app.server.secret_key = os.environ.get("DASH_SECRET_KEY") or os.urandom(32)
app.layout = html.Div([html.H1("KPIs"), html.P("loading...")])

if __name__ == "__main__":
    app.run(debug=True)
''', "https://dash.plotly.com/authentication")
# ============================== Redis, in many carriers ========================================
r1 = fakes.redis_password(seed())
S("python", "celery-broker-url", "workers/celeryconfig.py", f'''# Celery settings for the batch-inference workers
broker_url = "rediss://:{r1}@ml-queue.cache.amazonaws.com:6379/0?ssl_cert_reqs=required"
result_backend = "rediss://:{r1}@ml-queue.cache.amazonaws.com:6379/1?ssl_cert_reqs=required"
task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]
task_acks_late = True
worker_prefetch_multiplier = 1
task_routes = {{
    "workers.tasks.embed_batch": {{"queue": "gpu"}},
    "workers.tasks.score_batch": {{"queue": "cpu"}},
}}
''', r1, "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/redis.html")

r2 = fakes.redis_password(seed())
S("python", "redis-kwargs", "features/online_store.py", f'''import json
from typing import Dict, List

import redis

_pool = redis.ConnectionPool(
    host="features-redis.prod.acme.internal",
    port=6380,
    username="feature-reader",
    password="{r2}",
    ssl=True,
    decode_responses=True,
    max_connections=64,
)


def get_features(user_ids: List[int]) -> Dict[int, dict]:
    r = redis.Redis(connection_pool=_pool)
    pipe = r.pipeline()
    for uid in user_ids:
        pipe.hgetall(f"u:{{uid}}")
    return dict(zip(user_ids, pipe.execute()))
''', r2, "https://redis-py.readthedocs.io/en/stable/connections.html")

r3 = fakes.redis_password(seed())
S("shell", "redis-cli-history", "ops/debug/bash_history_gpu01.txt", f'''nvidia-smi
htop
cd /srv/ranker && git pull
redis-cli -h features-redis.prod.acme.internal -p 6380 --tls -a '{r3}' --no-auth-warning info keyspace
redis-cli -h features-redis.prod.acme.internal -p 6380 --tls --user default --pass '{r3}' dbsize
python -m ranker.backfill --since 2024-04-01
tail -f logs/backfill.log
''', r3, "https://redis.io/docs/latest/develop/tools/cli/")

r4 = fakes.redis_password(seed())
S("redis-conf", "requirepass", "infra/redis/redis-features.conf", f'''bind 0.0.0.0
protected-mode yes
port 6379
tcp-keepalive 300
daemonize no
supervised systemd
loglevel notice
databases 4
save 900 1
save 300 10
appendonly yes
appendfsync everysec
maxmemory 12gb
maxmemory-policy allkeys-lru
requirepass {r4}
rename-command FLUSHALL ""
''', r4, "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/")

r5 = fakes.redis_password(seed())
S("redis-acl", "user-password", "infra/redis/users.acl", f'''user default off
user feature-writer on >{r5} ~u:* ~item:* +@write +@read -@dangerous
user feature-reader on #{sha256_of("reader-pw")} ~u:* ~item:* +@read
user monitor on nopass ~* +info +ping
''' + "# reader's password is stored hashed (#sha256)\n", r5, "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/")

D("redis-acl", "hashed-passwords-only", "infra/redis/users-staging.acl", f'''# ACL file for staging; passwords only as SHA-256 hashes (the # form)
user default off
user app on #{sha256_of("app-staging")} ~app:* +@all -@dangerous
user reader on #{sha256_of("reader-staging")} ~* +@read
user healthcheck on nopass ~* +ping +info
''', "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/#acl-rules")

r6 = fakes.redis_password(seed())
S("k8s-secret", "redis-password-base64", "deploy/k8s/feature-redis-secret.yaml", f'''apiVersion: v1
kind: Secret
metadata:
  name: feature-redis
  namespace: ml-serving
  labels:
    app.kubernetes.io/part-of: ranker
type: Opaque
data:
  redis-password: {b64(r6)}
  redis-host: {b64("features-redis.prod.acme.internal")}
''', r6, "https://kubernetes.io/docs/concepts/configuration/secret/")

D("k8s-secret", "sealed-secret", "deploy/k8s/feature-redis-sealed.yaml", f'''apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: feature-redis
  namespace: ml-serving
spec:
  encryptedData:
    redis-password: {base64.b64encode(random.Random(seed()).randbytes(300)).decode()}
  template:
    metadata:
      name: feature-redis
      namespace: ml-serving
    type: Opaque
''', "https://github.com/bitnami-labs/sealed-secrets#usage")

r7 = fakes.redis_password(seed())
S("helm-values", "redis-auth-password", "deploy/helm/redis/values.yaml", f'''architecture: replication
auth:
  enabled: true
  password: "{r7}"
master:
  persistence:
    size: 50Gi
  resources:
    requests:
      memory: 8Gi
replica:
  replicaCount: 2
metrics:
  enabled: true
''', r7, "https://github.com/bitnami/charts/tree/main/bitnami/redis#parameters")

D("helm-values", "existing-secret", "deploy/helm/redis/values-prod.yaml", '''architecture: replication
auth:
  enabled: true
  existingSecret: feature-redis
  existingSecretPasswordKey: redis-password
master:
  persistence:
    size: 100Gi
replica:
  replicaCount: 3
''', "https://github.com/bitnami/charts/tree/main/bitnami/redis#parameters")

r8 = fakes.redis_password(seed())
S("env", "redis-url-dotenv", "services/ranker-api/.env.production", f'''APP_ENV=production
LOG_LEVEL=info
MODEL_URI=s3://acme-models/ranker/v3/model.onnx
REDIS_URL=redis://default:{r8}@redis-14523.c250.eu-central-1-1.ec2.redns.redis-cloud.com:14523
FEATURE_TTL_SECONDS=86400
OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector:4317
''', r8, "https://redis.io/docs/latest/operate/rc/databases/connect/")

D("env", "example-placeholders", "services/ranker-api/.env.example", '''APP_ENV=development
LOG_LEVEL=debug
MODEL_URI=file://./models/ranker.onnx
REDIS_URL=redis://:<password>@localhost:6379/0
DATABASE_URL=postgresql://user:password@localhost:5432/ranker
OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
AWS_ACCESS_KEY_ID=
AWS_SECRET_ACCESS_KEY=
''', "https://12factor.net/config")

r9 = fakes.redis_password(seed())
S("python", "redis-password-split-literal", "src/acme_reco/cache.py", f'''import redis

# split so the linter's line-length check passes
_PW = ("{r9[:9]}"
       "{r9[9:]}")

cache = redis.StrictRedis(host="reco-cache.internal", port=6379, password=_PW, db=2)


def memo(key, fn, ttl=3600):
    hit = cache.get(key)
    if hit is not None:
        return hit
    val = fn()
    cache.setex(key, ttl, val)
    return val
''', r9, "https://redis-py.readthedocs.io/en/stable/")

r10 = fakes.redis_password(seed())
S("rq-settings", "redis-url", "workers/rq_settings.py", f'''# rq worker -c workers.rq_settings
REDIS_URL = "redis://:{r10}@queue.lab.acme.internal:6379/3"
QUEUES = ["scrape-high", "scrape", "etl"]
SENTRY_DSN = None
NAME = "scraper-worker"
LOGGING_LEVEL = "INFO"
''', r10, "https://python-rq.org/docs/workers/#using-a-config-file")

# ============================== Postgres and other databases =================================
p1 = words_pw()
S("python", "sqlalchemy-url-object", "etl/load_warehouse.py", f'''from sqlalchemy import create_engine
from sqlalchemy.engine import URL
import pandas as pd

url = URL.create(
    "postgresql+psycopg",
    username="etl_writer",
    password="{p1}",  # special characters are fine with URL.create
    host="warehouse.prod.acme.internal",
    port=5432,
    database="analytics",
)
engine = create_engine(url, pool_pre_ping=True)


def load(df: pd.DataFrame, table: str) -> None:
    df.to_sql(table, engine, schema="staging", if_exists="append", index=False, chunksize=10_000)
''', p1, "https://docs.sqlalchemy.org/en/20/core/engines.html#creating-urls-programmatically")

p2 = pw()
S("python", "psycopg-dsn-kv", "scrapers/jobs_board/pipelines.py", f'''import psycopg


class PostgresPipeline:
    """Scrapy item pipeline writing job ads to Postgres."""

    dsn = "host=scrape-db.internal port=5432 dbname=jobs user=scraper password={p2} sslmode=require"

    def open_spider(self, spider):
        self.conn = psycopg.connect(self.dsn, autocommit=True)

    def close_spider(self, spider):
        self.conn.close()

    def process_item(self, item, spider):
        self.conn.execute(
            "insert into ads (url, title, company, posted) values (%s, %s, %s, %s) on conflict do nothing",
            (item["url"], item["title"], item["company"], item["posted"]),
        )
        return item
''', p2, "https://www.psycopg.org/psycopg3/docs/api/connections.html")

p3 = pw()
S("alembic-ini", "sqlalchemy-url", "migrations/alembic.ini", f'''[alembic]
script_location = migrations
prepend_sys_path = .
sqlalchemy.url = postgresql+psycopg2://feature_admin:{p3}@feature-db.internal:5432/features

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
''', p3, "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file")

D("alembic-ini", "url-from-env", "db/alembic.ini", '''[alembic]
script_location = db/migrations
# the URL is set in env.py from DATABASE_URL
sqlalchemy.url = driver://user:pass@localhost/dbname

[loggers]
keys = root,alembic

[handlers]
keys = console

[formatters]
keys = generic
''', "https://alembic.sqlalchemy.org/en/latest/tutorial.html")

mg = pw()
S("python", "mongo-srv-uri", "scrapers/reviews/settings.py", f'''BOT_NAME = "reviews"
SPIDER_MODULES = ["reviews.spiders"]
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
ITEM_PIPELINES = {{"reviews.pipelines.MongoPipeline": 300}}
MONGO_URI = "mongodb+srv://scraper:{mg}@reviews.x7k2p.mongodb.net/?retryWrites=true&w=majority"
MONGO_DATABASE = "reviews"
FEED_EXPORT_ENCODING = "utf-8"
''', mg, "https://docs.scrapy.org/en/latest/topics/item-pipeline.html#write-items-to-mongodb")

D("python", "scrapy-settings-env", "scrapers/prices/settings.py", '''import os

BOT_NAME = "prices"
SPIDER_MODULES = ["prices.spiders"]
ROBOTSTXT_OBEY = True
HTTPCACHE_ENABLED = True
HTTPCACHE_DIR = "httpcache"
MONGO_URI = os.environ.get("MONGO_URI", "mongodb://localhost:27017")
ZYTE_API_KEY = os.environ["ZYTE_API_KEY"]
DOWNLOAD_HANDLERS = {
    "http": "scrapy_zyte_api.ScrapyZyteAPIDownloadHandler",
    "https": "scrapy_zyte_api.ScrapyZyteAPIDownloadHandler",
}
''', "https://docs.scrapy.org/en/latest/topics/settings.html")

prox = words_pw()
S("python", "proxy-credentials-url", "scrapers/common/proxies.py", f'''import random

import requests

# residential pool, sticky sessions per worker
PROXY = "http://acme-scrape-zone-resi:{prox}@brd.superproxy.io:22225"
UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
]


def get(url: str) -> requests.Response:
    return requests.get(url, proxies={{"http": PROXY, "https": PROXY}},
                        headers={{"User-Agent": random.choice(UA)}}, timeout=30)
''', prox, "https://docs.brightdata.com/proxy-networks/residential/send-your-first-request")

D("python", "cookie-consent-and-csrf-sample", "scrapers/common/fixtures.py", f'''"""Recorded responses for the parser tests (public pages, no session)."""

SAMPLE_HEADERS = {{
    "etag": 'W/"{hexs(32)}"',
    "x-request-id": "{uuid4s()}",
    "cf-ray": "{hexs(16)}-FRA",
    "set-cookie": "consent=accepted; Path=/; SameSite=Lax",
}}

SAMPLE_HTML = """
<html><head><meta name="csrf-token" content="placeholder-for-tests"></head>
<body><div class="price" data-sku="SKU-10442">19.99</div></body></html>
"""
''', "https://docs.scrapy.org/en/latest/topics/spiders.html")

mysqlp = pw()
S("my-cnf", "client-password", "ops/mysql/.my.cnf", f'''[client]
user = ml_export
password = "{mysqlp}"
host = legacy-shop-db.internal
port = 3306
default-character-set = utf8mb4

[mysqldump]
single-transaction
quick
''', mysqlp, "https://dev.mysql.com/doc/refman/8.0/en/option-files.html")

ch = pw()
S("python", "clickhouse-password", "analytics/events_to_clickhouse.py", f'''import clickhouse_connect
import pandas as pd

client = clickhouse_connect.get_client(
    host="xy8a7b6c5d.eu-central-1.aws.clickhouse.cloud",
    port=8443,
    username="default",
    password="{ch}",
    secure=True,
)

df = pd.read_parquet("exports/events-2024-05-01.parquet")
client.insert_df("events", df)
print(client.query("select count() from events").result_rows)
''', ch, "https://clickhouse.com/docs/en/integrations/python")

bqk = google_key()
S("python", "google-api-key-geocode", "etl/geocode_stores.py", f'''import csv
import time

import googlemaps

gmaps = googlemaps.Client(key="{bqk}")

with open("stores.csv") as src, open("stores_geo.csv", "w", newline="") as dst:
    reader = csv.DictReader(src)
    writer = csv.DictWriter(dst, fieldnames=reader.fieldnames + ["lat", "lng"])
    writer.writeheader()
    for row in reader:
        res = gmaps.geocode(f"{{row['address']}}, {{row['city']}}")
        loc = res[0]["geometry"]["location"] if res else {{"lat": None, "lng": None}}
        writer.writerow({{**row, "lat": loc["lat"], "lng": loc["lng"]}})
        time.sleep(0.05)
''', bqk, "https://github.com/googlemaps/google-maps-services-python")

D("python", "bigquery-adc", "etl/bq_daily.py", '''from google.cloud import bigquery

# Application Default Credentials: `gcloud auth application-default login` locally,
# the workload identity on GKE.
client = bigquery.Client(project="acme-ml-prod")

QUERY = """
select date(ts) as day, count(*) as n
from `acme-ml-prod.events.clicks`
where ts >= timestamp_sub(current_timestamp(), interval 7 day)
group by day order by day
"""

for row in client.query(QUERY).result():
    print(row.day, row.n)
''', "https://cloud.google.com/bigquery/docs/authentication")
# ============================== pipeline frameworks ============================================
kc = words_pw()
S("kedro-credentials", "postgres-password", "conf/local/credentials.yml", f'''# Kedro credentials (conf/local is meant to stay out of git)
db_credentials:
  con: postgresql://kedro:{kc}@warehouse.prod.acme.internal:5432/analytics

s3_creds:
  client_kwargs:
    region_name: eu-west-1
  profile: ml-training

dev_s3:
  key: ${{oc.env:DEV_S3_KEY}}
  secret: ${{oc.env:DEV_S3_SECRET}}
''', kc, "https://docs.kedro.org/en/stable/configuration/credentials.html")

D("kedro-credentials", "oc-env-resolvers", "conf/base/credentials.yml", '''# Resolved at run time from the environment (OmegaConfigLoader's oc.env).
db_credentials:
  con: ${oc.env:WAREHOUSE_URL}

gcs_creds:
  token: ${oc.env:GOOGLE_APPLICATION_CREDENTIALS}

azure_blob:
  account_name: acmepredsprod
  account_key: ${oc.env:AZURE_STORAGE_KEY}
''', "https://docs.kedro.org/en/stable/configuration/advanced_configuration.html#how-to-load-credentials-through-environment-variables")

kak = fakes.aws_secret_key(seed())
S("kedro-credentials", "s3fs-key-secret", "pipelines/recsys/conf/prod/credentials.yml", f'''raw_s3:
  key: {fakes.aws_key_id(seed())}
  secret: {kak}
  client_kwargs:
    region_name: eu-west-1

warehouse:
  con: ${{oc.env:WAREHOUSE_URL}}
''', kak, "https://docs.kedro.org/en/stable/data/data_catalog.html#dataset-access-credentials")

sparks = fakes.aws_secret_key(seed())
S("spark-defaults", "s3a-secret-key", "spark/conf/spark-defaults.conf", f'''spark.master                          k8s://https://kubernetes.default.svc
spark.kubernetes.container.image      registry.acme.internal/spark-py:3.5.1
spark.executor.instances              8
spark.executor.memory                 16g
spark.sql.adaptive.enabled            true
spark.hadoop.fs.s3a.impl              org.apache.hadoop.fs.s3a.S3AFileSystem
spark.hadoop.fs.s3a.access.key        {fakes.aws_key_id(seed())}
spark.hadoop.fs.s3a.secret.key        {sparks}
spark.hadoop.fs.s3a.endpoint          s3.eu-west-1.amazonaws.com
spark.eventLog.enabled                true
spark.eventLog.dir                    s3a://acme-spark-logs/events
''', sparks, "https://hadoop.apache.org/docs/stable/hadoop-aws/tools/hadoop-aws/index.html")

coreazk = azure_key()
S("hadoop-xml", "abfs-account-key", "spark/conf/core-site.xml", f'''<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="configuration.xsl"?>
<configuration>
  <property>
    <name>fs.defaultFS</name>
    <value>abfss://lake@acmelakeprod.dfs.core.windows.net/</value>
  </property>
  <property>
    <name>fs.azure.account.auth.type.acmelakeprod.dfs.core.windows.net</name>
    <value>SharedKey</value>
  </property>
  <property>
    <name>fs.azure.account.key.acmelakeprod.dfs.core.windows.net</name>
    <value>{coreazk}</value>
  </property>
</configuration>
''', coreazk, "https://hadoop.apache.org/docs/stable/hadoop-azure/abfs.html")

D("hadoop-xml", "credential-provider", "spark/conf/core-site.prod.xml", '''<?xml version="1.0" encoding="UTF-8"?>
<configuration>
  <property>
    <name>hadoop.security.credential.provider.path</name>
    <value>jceks://hdfs/user/spark/s3.jceks</value>
  </property>
  <property>
    <name>fs.s3a.aws.credentials.provider</name>
    <value>com.amazonaws.auth.InstanceProfileCredentialsProvider</value>
  </property>
  <property>
    <name>fs.s3a.fast.upload</name>
    <value>true</value>
  </property>
</configuration>
''', "https://hadoop.apache.org/docs/stable/hadoop-project-dist/hadoop-common/CredentialProviderAPI.html")

sup = fakes.django_secret_key(seed())
S("python", "superset-secret-key", "bi/superset/superset_config.py", f'''import os

ROW_LIMIT = 50000
SUPERSET_WEBSERVER_PORT = 8088
SECRET_KEY = "{sup}"
SQLALCHEMY_DATABASE_URI = os.environ["SUPERSET_META_DB"]
WTF_CSRF_ENABLED = True
FEATURE_FLAGS = {{"ENABLE_TEMPLATE_PROCESSING": True, "DASHBOARD_RBAC": True}}
CACHE_CONFIG = {{
    "CACHE_TYPE": "RedisCache",
    "CACHE_DEFAULT_TIMEOUT": 300,
    "CACHE_REDIS_URL": os.environ["SUPERSET_CACHE_REDIS_URL"],
}}
''', sup, "https://superset.apache.org/docs/configuration/configuring-superset/")

trino = words_pw()
S("python", "trino-basic-auth", "analytics/trino_query.py", f'''from trino.dbapi import connect
from trino.auth import BasicAuthentication

conn = connect(
    host="trino.acme.internal",
    port=443,
    http_scheme="https",
    user="ml_analyst",
    auth=BasicAuthentication("ml_analyst", "{trino}"),
    catalog="hive",
    schema="events",
)
cur = conn.cursor()
cur.execute("select event_type, count(*) from clicks where dt = current_date group by 1")
for row in cur.fetchall():
    print(row)
''', trino, "https://github.com/trinodb/trino-python-client#basic-authentication")

pref = "pnu_" + rnd(ALNUM, 36)
S("toml", "prefect-profile-api-key", "ops/prefect/profiles.toml", f'''active = "cloud"

[profiles.local]
PREFECT_API_URL = "http://127.0.0.1:4200/api"

[profiles.cloud]
PREFECT_API_URL = "https://api.prefect.cloud/api/accounts/{uuid4s()}/workspaces/{uuid4s()}"
PREFECT_API_KEY = "{pref}"
''', pref, "https://docs.prefect.io/latest/concepts/settings/#configuration-profiles")

D("yaml", "dagster-env-refs", "orchestration/dagster.yaml", '''storage:
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
run_coordinator:
  module: dagster.core.run_coordinator
  class: QueuedRunCoordinator
  config:
    max_concurrent_runs: 10
''', "https://docs.dagster.io/deployment/dagster-instance")

ge = pw()
S("great-expectations", "config-variables", "great_expectations/uncommitted/config_variables.yml", f'''# This config file supports variable substitution; GX keeps it in uncommitted/
instance_id: {uuid4s()}
warehouse_connection_string: postgresql+psycopg2://gx_validator:{ge}@warehouse.prod.acme.internal:5432/analytics
slack_webhook: ${{SLACK_WEBHOOK}}
data_docs_bucket: acme-gx-docs
''', ge, "https://docs.greatexpectations.io/docs/oss/guides/setup/configuring_data_contexts/how_to_configure_credentials")

D("json", "azureml-workspace-config", "aml/config.json", json.dumps({
    "subscription_id": uuid4s(), "resource_group": "rg-ml-prod", "workspace_name": "mlw-acme-prod"}, indent=4).replace("}", '    ,"_comment": "public identifiers only; auth via DefaultAzureCredential"\n}').replace('\n    ,', ',\n    ') + "\n",
  "https://learn.microsoft.com/en-us/azure/machine-learning/how-to-configure-environment#local-and-dsvm-only-create-a-workspace-configuration-file")

azsp = rnd(ALNUM + "~._-", 40)
S("python", "azure-sp-client-secret", "aml/submit_job.py", f'''from azure.ai.ml import MLClient, command
from azure.identity import ClientSecretCredential

cred = ClientSecretCredential(
    tenant_id="{uuid4s()}",
    client_id="{uuid4s()}",
    client_secret="{azsp}",
)
ml = MLClient(cred, subscription_id="{uuid4s()}", resource_group_name="rg-ml-prod", workspace_name="mlw-acme-prod")

job = command(
    code="./src",
    command="python train.py --epochs 10",
    environment="azureml:acme-train-env:4",
    compute="gpu-cluster",
)
print(ml.jobs.create_or_update(job).studio_url)
''', azsp, "https://learn.microsoft.com/en-us/python/api/azure-identity/azure.identity.clientsecretcredential")

D("python", "metaflow-config-s3", "flows/config/metaflow_config.json", json.dumps({
    "METAFLOW_DEFAULT_DATASTORE": "s3", "METAFLOW_DATASTORE_SYSROOT_S3": "s3://acme-metaflow/metaflow",
    "METAFLOW_DATATOOLS_S3ROOT": "s3://acme-metaflow/data", "METAFLOW_BATCH_JOB_QUEUE": "arn:aws:batch:eu-west-1:123456789012:job-queue/metaflow",
    "METAFLOW_ECS_S3_ACCESS_IAM_ROLE": "arn:aws:iam::123456789012:role/metaflow-batch",
    "METAFLOW_SERVICE_URL": "https://metaflow-api.acme.internal", "METAFLOW_DEFAULT_METADATA": "service"}, indent=4) + "\n",
  "https://docs.metaflow.org/getting-started/infrastructure")
CASES[-1] = LabelledCase("blind-h/metaflow-json/decoy-iam-roles-only", CASES[-1].file_name, CASES[-1].text, None, CASES[-1].source)

# ============================== LLM apps and vector stores ====================================
oa2 = fakes.openai_key(seed())
S("python", "openai-key-langchain", "rag/build_index.py", f'''from langchain_community.document_loaders import DirectoryLoader
from langchain_openai import OpenAIEmbeddings
from langchain_text_splitters import RecursiveCharacterTextSplitter
from langchain_community.vectorstores import FAISS

emb = OpenAIEmbeddings(model="text-embedding-3-small", openai_api_key="{oa2}")

docs = DirectoryLoader("handbook/", glob="**/*.md").load()
chunks = RecursiveCharacterTextSplitter(chunk_size=800, chunk_overlap=100).split_documents(docs)
FAISS.from_documents(chunks, emb).save_local("index/handbook")
print(len(chunks), "chunks indexed")
''', oa2, "https://python.langchain.com/docs/integrations/text_embedding/openai/")

pc = pinecone()
S("python", "pinecone-key", "rag/upsert_pinecone.py", f'''from pinecone import Pinecone, ServerlessSpec
import numpy as np

pc = Pinecone(api_key="{pc}")
if "handbook" not in pc.list_indexes().names():
    pc.create_index("handbook", dimension=1536, metric="cosine",
                    spec=ServerlessSpec(cloud="aws", region="us-east-1"))
index = pc.Index("handbook")

vecs = np.load("index/vectors.npy")
ids = [l.strip() for l in open("index/ids.txt")]
for i in range(0, len(ids), 100):
    index.upsert(vectors=list(zip(ids[i:i + 100], vecs[i:i + 100].tolist())))
''', pc, "https://docs.pinecone.io/guides/get-started/quickstart")

qd = rnd(ALNUM + "_-", 54)
S("yaml", "qdrant-api-key", "rag/config/retriever.yaml", f'''retriever:
  backend: qdrant
  collection: handbook-v2
  top_k: 8
  qdrant:
    url: https://7c1f0a4e-1b2c-4d5e-8f90-a1b2c3d4e5f6.eu-central-1-0.aws.cloud.qdrant.io:6333
    api_key: {qd}
    prefer_grpc: true
embedder:
  model: BAAI/bge-small-en-v1.5
  device: cuda
  batch_size: 64
''', qd, "https://qdrant.tech/documentation/cloud/authentication/")

D("yaml", "hydra-config-interpolation", "conf/config.yaml", '''defaults:
  - model: deberta
  - data: msmarco
  - _self_

trainer:
  max_epochs: 3
  precision: bf16-mixed
  devices: 8
logger:
  wandb:
    project: ranker
    api_key: ${oc.env:WANDB_API_KEY}
seed: 1234
output_dir: ${hydra:runtime.output_dir}
''', "https://hydra.cc/docs/configure_hydra/intro/")

gq = "gsk_" + rnd(ALNUM, 52)
S("python", "groq-key-cli-default", "tools/summarise.py", f'''import argparse

from groq import Groq

p = argparse.ArgumentParser(description="Summarise a paper's abstract")
p.add_argument("file")
p.add_argument("--api-key", default="{gq}")
p.add_argument("--model", default="llama3-70b-8192")
args = p.parse_args()

client = Groq(api_key=args.api_key)
text = open(args.file).read()
resp = client.chat.completions.create(
    model=args.model,
    messages=[{{"role": "user", "content": "Summarise in 3 bullet points:\\n" + text}}],
)
print(resp.choices[0].message.content)
''', gq, "https://console.groq.com/docs/quickstart")

D("python", "openai-key-env-with-doc", "src/paperqa_lite/config.py", '''"""Settings. Set OPENAI_API_KEY (it looks like sk-proj-...) in your environment."""
import os
from dataclasses import dataclass, field


@dataclass
class Settings:
    llm: str = "gpt-4o-mini"
    embedding: str = "text-embedding-3-small"
    api_key: str = field(default_factory=lambda: os.environ.get("OPENAI_API_KEY", ""))
    chunk_chars: int = 3000
    evidence_k: int = 10

    def validate(self) -> None:
        if not self.api_key.startswith("sk-"):
            raise ValueError("OPENAI_API_KEY is missing or malformed")
''', "https://platform.openai.com/docs/quickstart")

co = rnd(ALNUM, 40)
S("env", "cohere-key", "rag/.env", f'''# rerank service
COHERE_API_KEY={co}
RERANK_MODEL=rerank-english-v3.0
TOP_N=5
QDRANT_URL=http://localhost:6333
LOG_LEVEL=INFO
''', co, "https://docs.cohere.com/reference/about")
# ============================== Telegram, chat and notification tokens ========================
tg2 = fakes.telegram_token(seed())
S("python", "telegram-bot-callback", "src/trainwatch/callbacks.py", f'''"""A Keras/Lightning-agnostic callback that posts training progress to Telegram."""
import urllib.parse
import urllib.request

TOKEN = "{tg2}"
CHAT_ID = "412398761"


def _send(text: str) -> None:
    data = urllib.parse.urlencode({{"chat_id": CHAT_ID, "text": text}}).encode()
    urllib.request.urlopen(f"https://api.telegram.org/bot{{TOKEN}}/sendMessage", data=data, timeout=10)


class TelegramProgress:
    def __init__(self, every: int = 1):
        self.every = every

    def on_epoch_end(self, epoch, logs=None):
        if epoch % self.every == 0:
            _send(f"epoch {{epoch}}: " + ", ".join(f"{{k}}={{v:.4f}}" for k, v in (logs or {{}}).items()))
''', tg2, "https://core.telegram.org/bots/api")

tg3 = fakes.telegram_token(seed())
S("shell", "telegram-curl-in-slurm", "cluster/jobs/train_big.sbatch", f'''#!/bin/bash
#SBATCH --job-name=llm-pretrain
#SBATCH --nodes=4
#SBATCH --gres=gpu:8
#SBATCH --time=72:00:00
#SBATCH --output=logs/%x-%j.out

module load cuda/12.1
source ~/venvs/pretrain/bin/activate

notify() {{
  curl -s "https://api.telegram.org/bot{tg3}/sendMessage" -d chat_id=-1001987654321 -d text="$1" > /dev/null
}}

notify "job $SLURM_JOB_ID started on $SLURM_NNODES nodes"
srun torchrun --nnodes=4 --nproc_per_node=8 pretrain.py --config configs/1b.yaml
notify "job $SLURM_JOB_ID finished with $?"
''', tg3, "https://slurm.schedmd.com/sbatch.html")

tg4 = fakes.telegram_token(seed())
S("yaml", "telegram-token-in-ml-config", "configs/notify.yaml", f'''notifications:
  on: [failure, finish]
  telegram:
    enabled: true
    bot_token: "{tg4}"
    chat_id: 412398761
  slack:
    enabled: false
    webhook_url: ""
  email:
    enabled: false
''', tg4, "https://core.telegram.org/bots/api")

D("python", "telegram-token-env-and-docs", "src/trainwatch/config.py", '''"""Configuration of trainwatch.

Create a bot with @BotFather, which answers with a token like ``123456789:AA...``;
export it as TRAINWATCH_TELEGRAM_TOKEN. Never pass it on the command line.
"""
import os

TOKEN = os.environ.get("TRAINWATCH_TELEGRAM_TOKEN")
CHAT_ID = os.environ.get("TRAINWATCH_CHAT_ID")
ENABLED = bool(TOKEN and CHAT_ID)
''', "https://core.telegram.org/bots/features#botfather")

tg5 = fakes.telegram_token(seed())
S("ipynb", "telegram-token-in-error-output", "notebooks/scraper_monitor.ipynb", nb([
    ("code", "import os, telebot\nbot = telebot.TeleBot(os.environ['TG_TOKEN'])\nbot.send_message(412398761, 'scrape done')", [
        {"ename": "ApiTelegramException", "evalue": f"A request to the Telegram API was unsuccessful. Error code: 400. Description: Bad Request: chat not found",
         "output_type": "error", "traceback": ["ApiTelegramException Traceback (most recent call last)",
            f"requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: https://api.telegram.org/bot{tg5}/sendMessage"]}]),
]), tg5, "https://pytba.readthedocs.io/en/latest/")

sw = slack_webhook()
S("python", "slack-webhook-drift-alert", "monitoring/drift_alert.py", f'''import json
import sys

import pandas as pd
import requests

WEBHOOK = "{sw}"
THRESHOLD = 0.2

psi = pd.read_parquet(sys.argv[1]).set_index("feature")["psi"]
bad = psi[psi > THRESHOLD].sort_values(ascending=False)
if not bad.empty:
    text = "*Feature drift detected*\\n" + "\\n".join(f"• `{{f}}` PSI={{v:.2f}}" for f, v in bad.items())
    requests.post(WEBHOOK, data=json.dumps({{"text": text}}), headers={{"Content-Type": "application/json"}}, timeout=10)
''', sw, "https://api.slack.com/messaging/webhooks")

sb = slack_bot()
S("env", "slack-bot-token", "bots/labeller-bot/.env", f'''SLACK_BOT_TOKEN={sb}
SLACK_SIGNING_SECRET_FILE=/run/secrets/slack_signing_secret
LABEL_STUDIO_URL=https://label.acme-ml.org
QUEUE_CHANNEL=#labelling-queue
''' + "PORT=3000\n", sb, "https://api.slack.com/authentication/token-types#bot")

dc = discord_tok()
S("python", "discord-bot-token", "bots/leaderboard_bot.py", f'''import discord
import pandas as pd

intents = discord.Intents.default()
client = discord.Client(intents=intents)


@client.event
async def on_message(message):
    if message.content == "!leaderboard":
        lb = pd.read_csv("leaderboard.csv").head(10)
        await message.channel.send("```\\n" + lb.to_string(index=False) + "\\n```")


client.run("{dc}")
''', dc, "https://discordpy.readthedocs.io/en/stable/quickstart.html")

sg = sendgrid()
S("python", "sendgrid-key-report-mailer", "reports/send_weekly.py", f'''from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Attachment, Mail
import base64

SG_KEY = "{sg}"

msg = Mail(from_email="reports@acme-ml.org", to_emails=["leads@acme.com"],
           subject="Weekly model report", html_content="<p>Attached.</p>")
with open("out/report.pdf", "rb") as f:
    msg.attachment = Attachment(base64.b64encode(f.read()).decode(), "report.pdf", "application/pdf")
SendGridAPIClient(SG_KEY).send(msg)
''', sg, "https://github.com/sendgrid/sendgrid-python")

tsid, ttok = twilio_sid_token()
S("python", "twilio-auth-token", "monitoring/sms_pager.py", f'''from twilio.rest import Client

ACCOUNT_SID = "{tsid}"
AUTH_TOKEN = "{ttok}"
ON_CALL = ["+4915112345678"]


def page(text: str) -> None:
    client = Client(ACCOUNT_SID, AUTH_TOKEN)
    for number in ON_CALL:
        client.messages.create(body=text[:160], from_="+15005550006", to=number)
''', ttok, "https://www.twilio.com/docs/libraries/reference/twilio-python")

mgk = mailgun()
S("ini", "mailgun-key-setup-cfg", "setup.cfg", f'''[metadata]
name = acme-reports
version = 0.3.1

[options]
packages = find:
install_requires =
    pandas
    jinja2
    requests

[acme_reports]
mailgun_domain = mg.acme-ml.org
mailgun_api_key = {mgk}
recipients = leads@acme.com
''', mgk, "https://documentation.mailgun.com/docs/mailgun/api-reference/")

D("ini", "setup-cfg-plain", "packages/featurelib/setup.cfg", f'''[metadata]
name = acme-featurelib
author = ML Platform
author_email = ml-platform@acme.com
license = Apache-2.0

[options]
packages = find:
python_requires = >=3.10

[flake8]
max-line-length = 110
exclude = .git,__pycache__,build,dist

[tool:pytest]
addopts = -q --strict-markers
''', "https://setuptools.pypa.io/en/latest/userguide/declarative_config.html")

# ============================== GitHub / GitLab tokens ========================================
gh = fakes.github_fine_grained_token(seed())
S("python", "github-fine-grained-dataset-sync", "scripts/sync_eval_sets.py", f'''"""Mirror the eval sets from the private research repo into data/evals."""
from pathlib import Path

from github import Auth, Github

gh = Github(auth=Auth.Token("{gh}"))
repo = gh.get_repo("acme-research/eval-sets")

out = Path("data/evals")
out.mkdir(parents=True, exist_ok=True)
for item in repo.get_contents("sets", ref="main"):
    if item.name.endswith(".jsonl"):
        (out / item.name).write_bytes(item.decoded_content)
        print("synced", item.name)
''', gh, "https://pygithub.readthedocs.io/en/stable/examples/Authentication.html")

gl = gitlab()
S("python", "gitlab-token-model-registry", "scripts/push_model_package.py", f'''import requests

GITLAB = "https://gitlab.acme.com/api/v4"
PROJECT = 1842
HEADERS = {{"PRIVATE-TOKEN": "{gl}"}}


def upload(path: str, version: str) -> None:
    name = path.rsplit("/", 1)[-1]
    url = f"{{GITLAB}}/projects/{{PROJECT}}/packages/generic/ranker-model/{{version}}/{{name}}"
    with open(path, "rb") as fh:
        r = requests.put(url, headers=HEADERS, data=fh, timeout=600)
    r.raise_for_status()


upload("artifacts/model.onnx", "3.1.0")
''', gl, "https://docs.gitlab.com/ee/user/packages/generic_packages/")

gh2 = fakes.github_token(seed())
S("gitconfig", "token-in-url-rewrite", "ops/home/.gitconfig", f'''[user]
    name = GPU Runner
    email = gpu-runner@acme.com
[url "https://{gh2}@github.com/acme-research/"]
    insteadOf = https://github.com/acme-research/
[pull]
    rebase = true
[lfs]
    concurrenttransfers = 16
''', gh2, "https://git-scm.com/docs/git-config#Documentation/git-config.txt-urlltbasegtinsteadOf")

gh3 = fakes.github_token(seed())
S("cloud-init", "git-credentials-written", "infra/gpu-node/user-data.yaml", f'''#cloud-config
package_update: true
packages: [git, git-lfs, tmux, nvtop]
users:
  - name: ml
    groups: [sudo, docker]
    shell: /bin/bash
write_files:
  - path: /home/ml/.git-credentials
    owner: ml:ml
    permissions: "0600"
    content: |
      https://gpu-runner:{gh3}@github.com
runcmd:
  - sudo -u ml git config --global credential.helper store
  - sudo -u ml git clone https://github.com/acme-research/pretrain.git /home/ml/pretrain
''', gh3, "https://cloudinit.readthedocs.io/en/latest/reference/examples.html#writing-out-arbitrary-files")

D("gitmodules", "submodule-urls", ".gitmodules", '''[submodule "third_party/flash-attention"]
	path = third_party/flash-attention
	url = https://github.com/Dao-AILab/flash-attention.git
	branch = main
[submodule "third_party/apex"]
	path = third_party/apex
	url = https://github.com/NVIDIA/apex.git
[submodule "data/eval-sets"]
	path = data/eval-sets
	url = git@github.com:acme-research/eval-sets.git
''', "https://git-scm.com/docs/gitmodules")

D("sha256sums", "checksums", "models/ranker-v3/SHA256SUMS", f'''{sha256_of("weights-v3")}  model.safetensors
{sha256_of("config-v3")}  config.json
{sha256_of("tok-v3")}  tokenizer.json
{sha256_of("spm-v3")}  spm.model
{sha256_of("special-v3")}  special_tokens_map.json
''', "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html")
# ============================== notebooks, more forms ==========================================
pgw = pw()
S("ipynb", "writefile-env-cell", "notebooks/00_setup_env.ipynb", nb([
    ("markdown", "Run once: writes the `.env` the other notebooks load with python-dotenv.", None),
    ("code", f"%%writefile ../.env\nWAREHOUSE_URL=postgresql://analyst:{pgw}@warehouse.prod.acme.internal:5432/analytics\nMLFLOW_TRACKING_URI=https://mlflow.acme-ml.org", stream("Writing ../.env")),
    ("code", "%load_ext dotenv\n%dotenv ../.env", []),
]), pgw, "https://ipython.readthedocs.io/en/stable/interactive/magics.html#cellmagic-writefile")

ak5 = fakes.aws_key_id(seed()); sk5 = fakes.aws_secret_key(seed())
S("ipynb", "bash-cell-aws-configure", "notebooks/emr/spark_job_submit.ipynb", nb([
    ("code", f"%%bash\naws configure set aws_access_key_id {ak5} --profile emr\naws configure set aws_secret_access_key {sk5} --profile emr\naws emr list-clusters --active --profile emr --query 'Clusters[].Id'", stream('[\n    "j-2AXXXXXXGAPLF"\n]')),
    ("code", "!aws emr add-steps --cluster-id j-2AXXXXXXGAPLF --steps file://steps.json --profile emr", stream('{\n    "StepIds": ["s-1XXXXXXXXXXA"]\n}')),
]), sk5, "https://docs.aws.amazon.com/cli/latest/reference/configure/set.html")

pmk = hexs(32)
S("ipynb", "papermill-injected-parameters", "reports/output/weekly_report_2024-05-06.ipynb", json.dumps({
    "cells": [
        {"cell_type": "code", "execution_count": 1, "metadata": {"tags": ["parameters"]}, "outputs": [],
         "source": ["run_date = None\n", "datadog_api_key = None"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {"tags": ["injected-parameters"]}, "outputs": [],
         "source": ["# Parameters\n", "run_date = \"2024-05-06\"\n", f"datadog_api_key = \"{pmk}\"\n"]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": stream("posted 14 metrics"),
         "source": ["from datadog import initialize, api\n", "initialize(api_key=datadog_api_key)\n", "post_metrics(run_date)"]}],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "papermill": {"parameters": {"run_date": "2024-05-06"}, "version": "2.5.0",
                               "input_path": "reports/weekly_report.ipynb", "output_path": "reports/output/weekly_report_2024-05-06.ipynb"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1, sort_keys=True) + "\n", pmk, "https://papermill.readthedocs.io/en/latest/usage-parameterize.html")

D("ipynb", "output-hash-digests", "notebooks/dataset_audit.ipynb", nb([
    ("code", "import hashlib, pathlib\nfor p in sorted(pathlib.Path('data/raw').glob('*.parquet')):\n    print(hashlib.sha256(p.read_bytes()).hexdigest(), p.name)",
     stream("\n".join(f"{sha256_of('part' + str(i))} part-{i:05d}.parquet" for i in range(4)))),
    ("code", "import uuid; run_id = uuid.uuid4(); run_id", [{"data": {"text/plain": [f"UUID('{uuid4s()}')"]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}]),
]), "https://nbformat.readthedocs.io/en/latest/format_description.html")

rds = fakes.redis_password(seed())
S("nb-html", "redis-url-in-exported-output", "docs/reports/feature_freshness.html", f'''<!DOCTYPE html>
<html>
<head><meta charset="utf-8" /><title>feature_freshness</title></head>
<body class="jp-Notebook">
<div class="jp-Cell jp-CodeCell">
<div class="jp-InputArea"><pre><span class="kn">import</span> <span class="nn">redis</span><span class="p">,</span> <span class="nn">os</span>
<span class="n">r</span> <span class="o">=</span> <span class="n">redis</span><span class="o">.</span><span class="n">from_url</span><span class="p">(</span><span class="n">os</span><span class="o">.</span><span class="n">environ</span><span class="p">[</span><span class="s2">"FEATURES_REDIS"</span><span class="p">])</span>
<span class="nb">print</span><span class="p">(</span><span class="n">r</span><span class="p">)</span></pre></div>
<div class="jp-OutputArea"><pre>Redis&lt;ConnectionPool&lt;SSLConnection&lt;host=features-redis.prod.acme.internal,port=6380,db=0&gt;&gt;&gt;
url used: rediss://default:{rds}@features-redis.prod.acme.internal:6380/0</pre></div>
</div>
<div class="jp-Cell jp-MarkdownCell"><p>Keys older than 24h: 0.4%</p></div>
</body>
</html>
''', rds, "https://nbconvert.readthedocs.io/en/latest/usage.html#convert-html")

D("ipynb", "checkpoint-placeholder-creds", "notebooks/.ipynb_checkpoints/02_connect-checkpoint.ipynb", nb([
    ("markdown", "Fill in your own user; ask #data-platform for access.", None),
    ("code", "import psycopg\nconn = psycopg.connect(host='warehouse.prod.acme.internal', dbname='analytics',\n                       user='YOUR_USER', password='YOUR_PASSWORD')", None),
]), "https://jupyter-notebook.readthedocs.io/en/stable/")

# ============================== GCP / AWS credential files ====================================
rt = "1//0" + rnd(ALNUM + "-_", 99)
S("json", "gcloud-adc-refresh-token", "ops/home/.config/gcloud/application_default_credentials.json", json.dumps({
    "account": "", "client_id": rnd(string.digits, 12) + "-" + rnd(string.ascii_lowercase + string.digits, 32) + ".apps.googleusercontent.com",
    "client_secret": "GOCSPX-" + rnd(ALNUM + "-_", 28), "quota_project_id": "acme-ml-prod", "refresh_token": rt,
    "type": "authorized_user", "universe_domain": "googleapis.com"}, indent=2) + "\n", rt,
  "https://cloud.google.com/docs/authentication/application-default-credentials#personal")

D("aws-config", "sso-profiles", "ops/home/.aws/config", '''[profile ml-admin]
sso_session = acme
sso_account_id = 123456789012
sso_role_name = MLAdmin
region = eu-west-1

[profile ml-readonly]
sso_session = acme
sso_account_id = 123456789012
sso_role_name = ReadOnly
region = eu-west-1

[sso-session acme]
sso_start_url = https://acme.awsapps.com/start
sso_region = eu-west-1
sso_registration_scopes = sso:account:access
''', "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html")

ak6 = fakes.aws_key_id(seed()); sk6 = fakes.aws_secret_key(seed())
S("python", "boto3-s3fs-storage-options", "etl/parquet_to_lake.py", f'''import pandas as pd

STORAGE = {{
    "key": "{ak6}",
    "secret": "{sk6}",
    "client_kwargs": {{"region_name": "eu-west-1"}},
}}

df = pd.read_csv("exports/orders.csv", parse_dates=["created_at"])
df["dt"] = df["created_at"].dt.date.astype(str)
df.to_parquet(
    "s3://acme-lake/raw/orders/",
    partition_cols=["dt"],
    storage_options=STORAGE,
    index=False,
)
''', sk6, "https://pandas.pydata.org/docs/user_guide/io.html#reading-writing-remote-files")

ak7 = fakes.aws_key_id(seed()); sk7 = fakes.aws_secret_key(seed())
S("python", "aws-secret-split-concat", "src/acme_data/_s3.py", f'''import boto3

# obfuscated a little so it does not show up in grep (internal package)
_A = "{ak7[:10]}" + "{ak7[10:]}"
_S = ("{sk7[:20]}"
      "{sk7[20:]}")


def client():
    return boto3.client("s3", aws_access_key_id=_A, aws_secret_access_key=_S, region_name="eu-west-1")


def download(bucket: str, key: str, dest: str) -> None:
    client().download_file(bucket, key, dest)
''', sk7, "https://boto3.amazonaws.com/v1/documentation/api/latest/reference/services/s3.html")

D("python", "aws-presign-generation", "src/acme_data/share.py", '''import boto3
from botocore.config import Config

s3 = boto3.client("s3", config=Config(signature_version="s3v4"), region_name="eu-west-1")


def share_link(bucket: str, key: str, hours: int = 24) -> str:
    """A pre-signed GET link for partners; signed with the caller's role at run time."""
    return s3.generate_presigned_url(
        "get_object", Params={"Bucket": bucket, "Key": key}, ExpiresIn=hours * 3600
    )
''', "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/s3-presigned-urls.html")

st2 = fakes.aws_session_token(seed(), "er-aws")
S("log", "sts-token-in-debug-log", "logs/backfill-2024-05-02.log", f'''2024-05-02 03:00:01,112 INFO  backfill: starting, since=2024-04-01
2024-05-02 03:00:01,530 DEBUG botocore.credentials: Found credentials in environment variables.
2024-05-02 03:00:01,531 DEBUG botocore.endpoint: Making request for OperationModel(name=ListObjectsV2) with params: {{'url_path': '', 'headers': {{'X-Amz-Security-Token': '{st2}', 'User-Agent': 'Boto3/1.34.84 md/Botocore#1.34.84'}}}}
2024-05-02 03:00:02,004 INFO  backfill: 412 partitions to process
2024-05-02 03:14:55,870 INFO  backfill: done in 894.3s
''', st2, "https://boto3.amazonaws.com/v1/documentation/api/latest/reference/core/boto3.html#boto3.set_stream_logger")

D("log", "training-log-ids", "logs/train-ranker-2024-05-01.log", f'''[2024-05-01 10:00:02] wandb: Currently logged in as: jdoe (acme). Use `wandb login --relogin` to force relogin
[2024-05-01 10:00:03] wandb: Tracking run with wandb version 0.16.6
[2024-05-01 10:00:03] wandb: Run data is saved locally in /srv/ranker/wandb/run-20240501_100003-{rnd(string.ascii_lowercase + string.digits, 8)}
[2024-05-01 10:00:04] git commit {hexs(40)}
[2024-05-01 10:00:05] dataset fingerprint {hexs(16)}
[2024-05-01 10:42:17] epoch 1 ndcg@10=0.3981 loss=0.5121
[2024-05-01 11:24:40] epoch 2 ndcg@10=0.4114 loss=0.4876
''', "https://docs.wandb.ai/guides/track/log")

# ============================== R / mixed DS tooling =========================================
renv = words_pw()
S("renviron", "db-password", "analysis/r/.Renviron", f'''R_LIBS_USER=~/R/library
WAREHOUSE_HOST=warehouse.prod.acme.internal
WAREHOUSE_USER=r_analyst
WAREHOUSE_PASSWORD="{renv}"
RETICULATE_PYTHON=~/.venvs/ds/bin/python
''', renv, "https://stat.ethz.ch/R-manual/R-devel/library/base/html/Startup.html")

rsc = fakes.django_secret_key(seed())[:32].replace("(", "a").replace(")", "b")
D("r", "keyring-call", "analysis/r/connect.R", '''library(DBI)
library(keyring)

con <- dbConnect(
  RPostgres::Postgres(),
  host = Sys.getenv("WAREHOUSE_HOST"),
  dbname = "analytics",
  user = Sys.getenv("WAREHOUSE_USER"),
  password = key_get("warehouse", Sys.getenv("WAREHOUSE_USER"))
)
df <- dbGetQuery(con, "select * from marts.weekly_kpis")
dbDisconnect(con)
''', "https://keyring.r-lib.org/")

# ============================== Terraform / HCL for ML infra =================================
tfp = words_pw()
S("terraform", "rds-master-password", "infra/terraform/feature_db.tf", f'''resource "aws_db_instance" "features" {{
  identifier             = "ml-features"
  engine                 = "postgres"
  engine_version         = "16.2"
  instance_class         = "db.r6g.xlarge"
  allocated_storage      = 200
  db_name                = "features"
  username               = "feature_admin"
  password               = "{tfp}"
  vpc_security_group_ids = [aws_security_group.db.id]
  db_subnet_group_name   = aws_db_subnet_group.private.name
  skip_final_snapshot    = false
  deletion_protection    = true
}}
''', tfp, "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance")

D("terraform", "random-password-resource", "infra/terraform/redis.tf", '''resource "random_password" "redis_auth" {
  length  = 32
  special = false
}

resource "aws_elasticache_replication_group" "features" {
  replication_group_id       = "ml-features"
  description                = "online feature store"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  auth_token                 = random_password.redis_auth.result
}
''', "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password")

sfk = words_pw()
S("tfvars", "snowflake-password", "infra/terraform/envs/prod.tfvars", f'''region               = "eu-west-1"
environment          = "prod"
snowflake_account    = "acme-analytics"
snowflake_user       = "TERRAFORM"
snowflake_password   = "{sfk}"
snowflake_role       = "ACCOUNTADMIN"
warehouse_sizes      = {{ transform = "MEDIUM", reporting = "XSMALL" }}
''', sfk, "https://registry.terraform.io/providers/Snowflake-Labs/snowflake/latest/docs")

D("tfvars", "non-secret-vars", "infra/terraform/envs/staging.tfvars", '''region            = "eu-west-1"
environment       = "staging"
snowflake_account = "acme-analytics"
snowflake_user    = "TERRAFORM"
# snowflake_password comes from TF_VAR_snowflake_password in CI
gpu_node_count    = 2
gpu_instance_type = "g5.2xlarge"
''', "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files")
# ============================== READMEs and docs of such repos ================================
rdm = fakes.redis_password(seed())
S("markdown", "readme-docker-run-redis", "README.md", f'''# acme-reco

Real-time recommendations served from a Redis feature store.

## Quick start

```bash
pip install -e ".[serve]"
docker run -d --name reco-redis -p 6379:6379 redis:7 redis-server --requirepass {rdm}
export REDIS_URL="redis://:{rdm}@localhost:6379/0"
python -m acme_reco.serve --port 8080
```

## Training

```bash
python -m acme_reco.train --config configs/base.yaml
```

Results are logged to MLflow; see `docs/tracking.md`.
''', rdm, "https://hub.docker.com/_/redis")

D("markdown", "readme-placeholders", "paper-code/README.md", '''# FastTok: Sub-quadratic Tokenisation (NeurIPS 2024)

Official code for the paper.

## Install

```bash
pip install fasttok
```

## Reproducing Table 2

Set your tokens first (the values below are placeholders):

```bash
export HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
export WANDB_API_KEY=<your-wandb-key>
export AWS_SECRET_ACCESS_KEY=YOUR_SECRET_KEY
python scripts/table2.py --dataset c4 --n 100000
```

## Citation

```bibtex
@inproceedings{doe2024fasttok,
  title={FastTok}, author={Doe, Jane and Roe, Rick}, year={2024}
}
```
''', "https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-readmes")

ptk = fakes.pypi_token(seed())
S("markdown", "release-notes-pypi-token", "docs/maintainers/RELEASING.md", f'''# Releasing fasttok

1. Bump the version in `pyproject.toml` and `CHANGELOG.md`.
2. Build: `python -m build`.
3. Check: `twine check dist/*`.
4. Upload (project-scoped token, rotate after the NeurIPS camera-ready):

   ```bash
   twine upload -u __token__ -p {ptk} dist/*
   ```

5. Tag: `git tag v$(python -c "import fasttok; print(fasttok.__version__)") && git push --tags`.
6. Announce in #releases.
''', ptk, "https://twine.readthedocs.io/en/stable/")

D("markdown", "docs-redacted-output", "docs/troubleshooting.md", '''# Troubleshooting

## `AuthenticationError: invalid username-password pair`

Your `REDIS_URL` does not match the server. The log line looks like:

```
redis.exceptions.AuthenticationError: invalid username-password pair or user is disabled.
  url=redis://default:********@features-redis.prod.acme.internal:6380/0
```

The password is masked in our logs. Fetch the current one with
`aws secretsmanager get-secret-value --secret-id ml/features-redis` and export it.

## `botocore.exceptions.NoCredentialsError`

Run `aws sso login --profile ml-admin` first.
''', "https://redis.io/docs/latest/develop/clients/redis-py/")

sfr = words_pw()
S("rst", "sphinx-connect-example", "docs/source/quickstart.rst", f'''Quickstart
==========

Install the warehouse extra and connect:

.. code-block:: python

   import acme_data

   wh = acme_data.Warehouse(
       account="acme-analytics",
       user="DOCS_DEMO",
       password="{sfr}",
       warehouse="DEMO_XS",
   )
   wh.sql("select current_version()")

The ``DOCS_DEMO`` user can read the ``SAMPLE`` database only.

Next steps
----------

See :doc:`feature_store` and :doc:`api`.
''', sfr, "https://www.sphinx-doc.org/en/master/usage/restructuredtext/directives.html#directive-code-block")

D("rst", "sphinx-env-example", "docs/source/configuration.rst", '''Configuration
=============

All settings are read from the environment:

=========================  ==============================================
Variable                   Meaning
=========================  ==============================================
``ACME_WAREHOUSE_URL``     SQLAlchemy URL, e.g. ``postgresql://user:pass@host/db``
``ACME_REDIS_URL``         e.g. ``redis://:PASSWORD@host:6379/0``
``ACME_S3_BUCKET``         bucket holding the model artifacts
=========================  ==============================================

.. note::
   Never commit real values; use a ``.env`` file listed in ``.gitignore``.
''', "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html#tables")

gh5 = fakes.github_token(seed())
S("mkdocs", "gh-deploy-token-in-yaml", "mkdocs.yml", f'''site_name: acme-reco
repo_url: https://github.com/acme-research/acme-reco
theme:
  name: material
  features: [navigation.tabs, content.code.copy]
plugins:
  - search
  - mkdocstrings:
      handlers:
        python:
          options: {{show_source: false}}
  - git-committers:
      repository: acme-research/acme-reco
      branch: main
      token: {gh5}
nav:
  - Home: index.md
  - API: api.md
''', gh5, "https://github.com/ojacques/mkdocs-git-committers-plugin-2")

D("mkdocs", "token-from-env", "docs/mkdocs.yml", '''site_name: fasttok
theme:
  name: material
plugins:
  - search
  - git-committers:
      repository: acme-research/fasttok
      token: !ENV ["MKDOCS_GIT_COMMITTERS_APIKEY"]
markdown_extensions:
  - admonition
  - pymdownx.superfences
nav:
  - Home: index.md
''', "https://www.mkdocs.org/user-guide/configuration/#environment-variables")

# ============================== Makefiles, tox, nox, Procfile, shell ===========================
mkp = pw()
S("makefile", "psql-password-target", "Makefile", f'''.PHONY: install test lint db-snapshot train

install:
\tpip install -e ".[dev]"

test:
\tpytest -q

lint:
\truff check src tests

db-snapshot:
\tPGPASSWORD={mkp} pg_dump -h warehouse.prod.acme.internal -U ml_reader -d analytics \\
\t\t-t marts.training_set -Fc -f data/training_set.dump

train:
\tpython -m acme_reco.train --config configs/base.yaml
''', mkp, "https://www.gnu.org/software/make/manual/make.html")

D("makefile", "env-passthrough", "ml/Makefile", '''include .env
export

.PHONY: train eval publish

train:
\tpython train.py --wandb-key "$(WANDB_API_KEY)"

eval:
\tpython eval.py --split test

publish:
\ttwine upload -u __token__ -p "$$PYPI_TOKEN" dist/*
''', "https://www.gnu.org/software/make/manual/html_node/Environment.html")

toxp = pw()
S("tox-ini", "setenv-database-url", "tox.ini", f'''[tox]
envlist = py310, py311, py312, integration

[testenv]
deps = -r requirements/test.txt
commands = pytest -q tests/unit

[testenv:integration]
setenv =
    DATABASE_URL = postgresql://ci_integration:{toxp}@ci-db.acme.internal:5432/ci
    REDIS_URL = redis://localhost:6379/15
commands = pytest -q tests/integration
''', toxp, "https://tox.wiki/en/latest/config.html#set_env")

D("python", "noxfile-passenv", "noxfile.py", '''import nox


@nox.session(python=["3.10", "3.11", "3.12"])
def tests(session):
    session.install("-e", ".[test]")
    session.run("pytest", "-q")


@nox.session
def integration(session):
    session.install("-e", ".[test]")
    session.run("pytest", "tests/integration", env={
        "DATABASE_URL": session.env.get("DATABASE_URL", "postgresql://postgres@localhost/test"),
    })
''', "https://nox.thea.codes/en/stable/config.html")

dd = hexs(32)
S("procfile", "datadog-key-inline", "Procfile", f'''web: DD_API_KEY={dd} DD_SITE=datadoghq.eu ddtrace-run gunicorn app.main:api -k uvicorn.workers.UvicornWorker --bind 0.0.0.0:$PORT
worker: celery -A workers.tasks worker -Q cpu --concurrency 4
beat: celery -A workers.tasks beat
release: alembic upgrade head
''' + "scheduler: python -m acme_reco.scheduler\n", dd, "https://devcenter.heroku.com/articles/procfile")

hsh = fakes.redis_password(seed())
S("shell", "zsh-history-redis-url", "ops/debug/zsh_history_laptop.txt", f''': 1714560001:0;cd ~/src/acme-reco
: 1714560010:0;conda activate reco
: 1714560033:0;python -m acme_reco.debug_features --user 1001
: 1714560120:0;export REDIS_URL='rediss://default:{hsh}@features-redis.prod.acme.internal:6380/0'
: 1714560125:0;python -m acme_reco.debug_features --user 1001 --online
: 1714560300:0;git status
''', hsh, "https://zsh.sourceforge.io/Doc/Release/Options.html#History")

D("shell", "entrypoint-secret-files", "docker/entrypoint.sh", '''#!/bin/sh
set -eu
# read the mounted secrets into the environment, never bake them into the image
export DATABASE_PASSWORD="$(cat /run/secrets/db_password)"
export REDIS_PASSWORD="$(cat /run/secrets/redis_password)"
export AWS_WEB_IDENTITY_TOKEN_FILE=/var/run/secrets/eks.amazonaws.com/serviceaccount/token
exec "$@"
''', "https://docs.docker.com/compose/use-secrets/")

# ============================== serving platforms =============================================
modal_id = "ak-" + rnd(ALNUM, 22); modal_sec = "as-" + rnd(ALNUM, 22)
S("toml", "modal-token-secret", "ops/home/.modal.toml", f'''[acme-research]
token_id = "{modal_id}"
token_secret = "{modal_sec}"
active = true
# written by `modal token new --profile acme-research`
# switch with `modal profile activate <name>`
''', modal_sec, "https://modal.com/docs/reference/modal.config")

D("python", "modal-secret-refs", "serving/modal_app.py", '''import modal

image = modal.Image.debian_slim().pip_install("vllm==0.4.2", "huggingface_hub")
app = modal.App("ranker-llm", image=image)


@app.function(gpu="A10G", secrets=[modal.Secret.from_name("huggingface-secret")], timeout=900)
def generate(prompt: str) -> str:
    from vllm import LLM, SamplingParams
    llm = LLM("meta-llama/Meta-Llama-3-8B-Instruct")
    return llm.generate([prompt], SamplingParams(max_tokens=256))[0].outputs[0].text
''', "https://modal.com/docs/guide/secrets")

bento = rnd(ALNUM, 20)
S("yaml", "bentocloud-token", "serving/bentofile.yaml", f'''service: "service:Ranker"
labels:
  owner: ml-platform
  stage: prod
include:
  - "*.py"
  - "configs/*.yaml"
python:
  requirements_txt: requirements.txt
envs:
  - name: BENTOCLOUD_API_TOKEN
    value: "{bento}"
  - name: MODEL_TAG
    value: "ranker:v3"
''', bento, "https://docs.bentoml.com/en/latest/reference/bentoml/bento-build-options.html#envs")

D("yaml", "kserve-inference-service", "serving/kserve/ranker.yaml", '''apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata:
  name: ranker
  namespace: ml-serving
spec:
  predictor:
    serviceAccountName: s3-model-reader
    model:
      modelFormat:
        name: onnx
      storageUri: s3://acme-models/ranker/v3
      resources:
        limits: {cpu: "2", memory: 4Gi}
''', "https://kserve.github.io/website/latest/modelserving/storage/s3/s3/")

ak8 = fakes.aws_key_id(seed()); sk8 = fakes.aws_secret_key(seed())
S("k8s-secret", "kserve-s3-stringdata", "serving/kserve/s3-secret.yaml", f'''apiVersion: v1
kind: Secret
metadata:
  name: s3creds
  namespace: ml-serving
  annotations:
    serving.kserve.io/s3-endpoint: s3.eu-west-1.amazonaws.com
    serving.kserve.io/s3-usehttps: "1"
    serving.kserve.io/s3-region: eu-west-1
type: Opaque
stringData:
  AWS_ACCESS_KEY_ID: {ak8}
  AWS_SECRET_ACCESS_KEY: {sk8}
''', sk8, "https://kserve.github.io/website/latest/modelserving/storage/s3/s3/")

sm_pw = pw()
S("json", "sagemaker-hyperparameters", "training/sagemaker/hyperparameters.json", json.dumps({
    "epochs": "10", "learning_rate": "3e-5", "model_name": "microsoft/deberta-v3-base",
    "train_batch_size": "32", "feature_db_url": f"postgresql://trainer:{sm_pw}@feature-db.internal:5432/features",
    "output_data_dir": "/opt/ml/output/data"}, indent=2) + "\n", sm_pw,
  "https://docs.aws.amazon.com/sagemaker/latest/dg/your-algorithms-training-algo-running-container.html")

D("json", "vertex-pipeline-spec", "pipelines/vertex/pipeline_job.json", json.dumps({
    "displayName": "ranker-train", "pipelineSpec": {"pipelineInfo": {"name": "ranker-train"},
    "schemaVersion": "2.1.0", "sdkVersion": "kfp-2.7.0"},
    "runtimeConfig": {"gcsOutputDirectory": "gs://acme-vertex/pipeline_root",
                      "parameterValues": {"project": "acme-ml-prod", "region": "europe-west4", "epochs": 3}},
    "serviceAccount": "vertex-runner@acme-ml-prod.iam.gserviceaccount.com",
    "encryptionSpec": {"kmsKeyName": "projects/acme-ml-prod/locations/europe-west4/keyRings/ml/cryptoKeys/pipelines"}}, indent=2) + "\n",
  "https://cloud.google.com/vertex-ai/docs/pipelines/run-pipeline")
# ============================== more carriers ==================================================
pt4 = fakes.pypi_token(seed())
S("hatch-config", "publish-auth", "ops/home/.config/hatch/config.toml", f'''mode = "local"
shell = "zsh"

[dirs]
data = "~/.local/share/hatch"
cache = "~/.cache/hatch"

[publish.index]
repo = "main"
user = "__token__"
auth = "{pt4}"

[template]
name = "Jane Doe"
email = "jane@acme-research.org"
''', pt4, "https://hatch.pypa.io/latest/config/hatch/#publishing")

pt5 = fakes.pypi_token(seed())
S("justfile", "uv-publish-token", "justfile", f'''set dotenv-load

default: test

test:
    uv run pytest -q

build:
    uv build

publish: build
    uv publish --token {pt5}

docs:
    uv run mkdocs build --strict
''', pt5, "https://docs.astral.sh/uv/guides/publish/")

pt6 = fakes.pypi_token(seed())
S("pdm-config", "repository-password", "ops/home/.config/pdm/config.toml", f'''[python]
use_venv = true

[repository.pypi]
username = "__token__"
password = "{pt6}"

[repository.internal]
url = "https://pypi.acme.internal/simple"
username = "ci"
''' + "verify_ssl = true\n", pt6, "https://pdm-project.org/en/latest/usage/publish/#configure-the-repository-secrets-for-upload")

D("dotenv", "direnv-references", ".envrc", '''# direnv: loads the project venv and pulls secrets from 1Password at cd time
layout python3
dotenv_if_exists .env.local
export MLFLOW_TRACKING_URI=https://mlflow.acme-ml.org
export WANDB_API_KEY=$(op read "op://ML/wandb/credential")
export AWS_PROFILE=ml-training
''', "https://direnv.net/man/direnv-stdlib.1.html")

hfe = hf_tok()
S("dotenv", "direnv-hf-token", "research/llm-evals/.envrc", f'''layout python3
export HF_HOME=/data/hf-cache
export HF_TOKEN={hfe}
export VLLM_WORKER_MULTIPROC_METHOD=spawn
export CUDA_VISIBLE_DEVICES=0,1,2,3
''', hfe, "https://direnv.net/")

jtk = hexs(48)
S("supervisord", "jupyter-token-command", "deploy/gpu-box/supervisord.conf", f'''[supervisord]
nodaemon=true
logfile=/var/log/supervisord.log

[program:jupyterlab]
command=/opt/conda/bin/jupyter lab --ip=0.0.0.0 --port=8888 --no-browser --ServerApp.token={jtk} --notebook-dir=/data
user=ml
autorestart=true
stdout_logfile=/var/log/jupyter.log

[program:tensorboard]
command=/opt/conda/bin/tensorboard --logdir /data/runs --host 0.0.0.0 --port 6006
user=ml
autorestart=true
''', jtk, "http://supervisord.org/configuration.html#program-x-section-settings")

rsy = fakes.redis_password(seed())
S("systemd", "environment-redis-password", "deploy/systemd/feature-writer.service", f'''[Unit]
Description=Kafka to Redis feature writer
After=network-online.target

[Service]
User=ml
WorkingDirectory=/srv/feature-writer
Environment=REDIS_HOST=features-redis.prod.acme.internal
Environment=REDIS_PASSWORD={rsy}
ExecStart=/srv/feature-writer/.venv/bin/python -m feature_writer
Restart=on-failure

[Install]
WantedBy=multi-user.target
''', rsy, "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=")

D("systemd", "environment-file", "deploy/systemd/ranker-api.service", '''[Unit]
Description=Ranker API
After=network-online.target

[Service]
User=ml
EnvironmentFile=/etc/ranker/ranker.env
ExecStart=/srv/ranker/.venv/bin/gunicorn app.main:api -k uvicorn.workers.UvicornWorker
Restart=always

[Install]
WantedBy=multi-user.target
''', "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=")

crp = words_pw()
S("crontab", "pgpassword-inline", "deploy/cron/etl.crontab", f'''SHELL=/bin/bash
MAILTO=ml-alerts@acme.com
# m h dom mon dow command
15 2 * * * cd /srv/etl && .venv/bin/python -m etl.daily >> logs/daily.log 2>&1
30 3 * * 0 PGPASSWORD='{crp}' pg_dump -h warehouse.prod.acme.internal -U backup -Fc analytics > /backups/analytics-$(date +\\%F).dump
0 */6 * * * cd /srv/etl && .venv/bin/python -m etl.refresh_features
''', crp, "https://man7.org/linux/man-pages/man5/crontab.5.html")

afp = pw()
S("python", "airflow-dag-connection-object", "dags/scrape_prices.py", f'''from datetime import datetime

from airflow import DAG, settings
from airflow.models import Connection
from airflow.operators.python import PythonOperator

conn = Connection(
    conn_id="prices_db",
    conn_type="postgres",
    host="prices-db.internal",
    login="prices_etl",
    password="{afp}",
    schema="prices",
    port=5432,
)


def ensure_conn():
    session = settings.Session()
    if not session.query(Connection).filter(Connection.conn_id == conn.conn_id).first():
        session.add(conn)
        session.commit()


with DAG("scrape_prices", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False) as dag:
    PythonOperator(task_id="ensure_conn", python_callable=ensure_conn)
''', afp, "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html")

D("ansible-vault", "vault-ciphertext", "deploy/ansible/group_vars/gpu/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexs(80) for _ in range(9)) + "\n" + hexs(24) + "\n",
  "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html")

D("sops", "sops-encrypted-yaml", "deploy/secrets/ml-prod.enc.yaml", f'''redis_password: ENC[AES256_GCM,data:{b64(rnd(ALNUM, 24))},iv:{b64(rnd(ALNUM, 24))},tag:{rnd(ALNUM, 22)}==,type:str]
warehouse_password: ENC[AES256_GCM,data:{b64(rnd(ALNUM, 18))},iv:{b64(rnd(ALNUM, 24))},tag:{rnd(ALNUM, 22)}==,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:123456789012:key/{uuid4s()}
          created_at: "2024-05-01T10:00:00Z"
          enc: {b64(rnd(ALNUM, 120))}
          aws_profile: ""
    lastmodified: "2024-05-01T10:00:01Z"
    mac: ENC[AES256_GCM,data:{b64(rnd(ALNUM, 48))},iv:{b64(rnd(ALNUM, 24))},tag:{rnd(ALNUM, 22)}==,type:str]
    version: 3.8.1
''', "https://github.com/getsops/sops#encrypting-using-aws-kms")

pgb = words_pw()
S("pgbouncer-userlist", "plaintext-password", "infra/pgbouncer/userlist.txt", f'''"feature_admin" "SCRAM-SHA-256$4096:{b64(rnd(ALNUM, 16))}${b64(rnd(ALNUM, 32))}:{b64(rnd(ALNUM, 32))}"
"ml_reader" "md5{md5_of("ml_reader-pw")}"
"etl_writer" "{pgb}"
"pgbouncer_stats" "md5{md5_of("stats")}"
''' + ";; etl_writer still plaintext until the migration (TICKET-4412)\n", pgb,
  "https://www.pgbouncer.org/config.html#authentication-file-format")

D("pgbouncer-userlist", "hashes-only", "infra/pgbouncer/userlist.staging.txt", f'''"feature_admin" "md5{md5_of("fa-staging")}"
"ml_reader" "md5{md5_of("mr-staging")}"
"etl_writer" "SCRAM-SHA-256$4096:{b64(rnd(ALNUM, 16))}${b64(rnd(ALNUM, 32))}:{b64(rnd(ALNUM, 32))}"
"pgbouncer_stats" "md5{md5_of("st-staging")}"
;; all entries are hashes (auth_type = scram-sha-256)
''', "https://www.pgbouncer.org/config.html#authentication-file-format")

sen = fakes.redis_password(seed())
S("redis-sentinel", "auth-pass", "infra/redis/sentinel.conf", f'''port 26379
daemonize no
dir /tmp
sentinel monitor features 10.20.1.11 6379 2
sentinel auth-pass features {sen}
sentinel down-after-milliseconds features 5000
sentinel failover-timeout features 60000
sentinel parallel-syncs features 1
''', sen, "https://redis.io/docs/latest/operate/oss_and_stack/management/sentinel/")

jaas = pw()
S("jaas", "kafka-client-jaas", "streaming/config/kafka_client_jaas.conf", f'''// used by the Spark structured-streaming job: -Djava.security.auth.login.config=...
KafkaClient {{
    org.apache.kafka.common.security.scram.ScramLoginModule required
    username="spark-features"
    password="{jaas}";
}};
''' + "// rotate together with the MSK secret\n", jaas, "https://kafka.apache.org/documentation/#security_sasl_scram_clientconfig")

sqlcfg = words_pw()
S("snowsql-config", "password", "ops/home/.snowsql/config", f'''[connections]
accountname = acme-analytics
username = JDOE
password = {sqlcfg}
warehousename = ANALYST_XS
rolename = ANALYST

[options]
log_level = INFO
output_format = psql
''', sqlcfg, "https://docs.snowflake.com/en/user-guide/snowsql-config")

odbc = dapi()
S("odbc-ini", "databricks-pwd-token", "ops/odbc/odbc.ini", f'''[ODBC Data Sources]
Databricks_Prod = Simba Spark ODBC Driver

[Databricks_Prod]
Driver          = /opt/simba/spark/lib/64/libsparkodbc_sb64.so
Host            = adb-4815162342108.8.azuredatabricks.net
Port            = 443
HTTPPath        = /sql/1.0/warehouses/9a8b7c6d5e4f3a2b
SSL             = 1
ThriftTransport = 2
AuthMech        = 3
UID             = token
PWD             = {odbc}
''', odbc, "https://docs.databricks.com/en/integrations/odbc/authentication.html")

sas_sig = rnd(ALNUM, 43)
S("python", "azure-sas-url", "etl/pull_partner_files.py", f'''import requests

# SAS URL from the partner, valid until end of 2025, read+list on the container
SAS_URL = ("https://partnerdrops.blob.core.windows.net/acme-exports"
           "?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2025-12-31T23:59:59Z&st=2024-05-01T00:00:00Z&spr=https"
           "&sig={sas_sig}%3D")


def list_blobs():
    r = requests.get(SAS_URL + "&restype=container&comp=list", timeout=30)
    r.raise_for_status()
    return r.text
''', sas_sig, "https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview")

gsh = rnd(ALNUM + "/+", 40)
S("boto-config", "gcs-hmac-secret", "ops/home/.boto", f'''[Credentials]
gs_access_key_id = GOOG1E{rnd(string.ascii_uppercase + string.digits, 55)}
gs_secret_access_key = {gsh}

[Boto]
https_validate_certificates = True

[GSUtil]
default_project_id = acme-ml-prod
parallel_composite_upload_threshold = 150M
''', gsh, "https://cloud.google.com/storage/docs/boto-gsutil")

D("json", "pgadmin-servers-passfile", "infra/pgadmin/servers.json", json.dumps({"Servers": {"1": {
    "Name": "warehouse (prod)", "Group": "ML", "Host": "warehouse.prod.acme.internal", "Port": 5432,
    "MaintenanceDB": "analytics", "Username": "ml_reader", "SSLMode": "verify-full",
    "PassFile": "/pgpass", "SharedUsername": "ml_reader"}}}, indent=2) + "\n",
  "https://www.pgadmin.org/docs/pgadmin4/latest/import_export_servers.html")

vsc = pw()
S("vscode-settings", "sqltools-password", ".vscode/settings.json", json.dumps({
    "python.defaultInterpreterPath": "${workspaceFolder}/.venv/bin/python",
    "jupyter.notebookFileRoot": "${workspaceFolder}",
    "sqltools.connections": [{"name": "warehouse", "driver": "PostgreSQL", "server": "warehouse.prod.acme.internal",
                              "port": 5432, "database": "analytics", "username": "jdoe", "password": vsc,
                              "previewLimit": 50}],
    "editor.formatOnSave": True}, indent=4) + "\n", vsc, "https://vscode-sqltools.mteixeira.dev/en/settings")

oa3 = fakes.openai_key(seed(), "svcacct")
S("vscode-launch", "openai-key-env", ".vscode/launch.json", json.dumps({
    "version": "0.2.0", "configurations": [{"name": "Eval harness", "type": "debugpy", "request": "launch",
    "module": "evals.run", "args": ["--suite", "rag-smoke"], "env": {"OPENAI_API_KEY": oa3, "LOG_LEVEL": "DEBUG"},
    "justMyCode": False}]}, indent=4) + "\n", oa3, "https://code.visualstudio.com/docs/python/debugging")

D("vscode-launch", "envfile-reference", "tools/.vscode/launch.json", json.dumps({
    "version": "0.2.0", "configurations": [{"name": "Train (debug)", "type": "debugpy", "request": "launch",
    "program": "${workspaceFolder}/train.py", "args": ["--fast-dev-run"], "envFile": "${workspaceFolder}/.env",
    "console": "integratedTerminal"}]}, indent=4) + "\n", "https://code.visualstudio.com/docs/python/environments#_environment-variable-definitions-file")

sky = hf_tok()
S("yaml", "skypilot-envs-hf-token", "cluster/sky/finetune.yaml", f'''name: llama3-lora
resources:
  accelerators: A100-80GB:4
  cloud: gcp
  use_spot: true
envs:
  HF_TOKEN: {sky}
  WANDB_PROJECT: llama3-lora
file_mounts:
  /data: gs://acme-finetune-data
setup: |
  pip install -r requirements.txt
run: |
  torchrun --nproc_per_node=4 finetune.py --model meta-llama/Meta-Llama-3-8B --data /data/sft.jsonl
''', sky, "https://skypilot.readthedocs.io/en/latest/reference/yaml-spec.html")

D("yaml", "dvc-params", "params.yaml", '''prepare:
  split: 0.2
  seed: 20240501
featurize:
  max_features: 3000
  ngrams: 2
train:
  seed: 20240501
  n_est: 200
  min_split: 0.01
  api_timeout: 30
''', "https://dvc.org/doc/command-reference/params")
# ============================== last round: more forms and decoys =============================
mb_pk = "pk.eyJ1IjoiYWNtZS1tbCIsImEiOiJ" + rnd(ALNUM, 20) + "In0." + rnd(ALNUM + "-_", 22)
D("python", "mapbox-public-token", "apps/dash_map/app.py", f'''import dash
from dash import dcc, html
import plotly.express as px
import pandas as pd

# public (pk.) token, URL-restricted to dash.acme-ml.org in the Mapbox account
px.set_mapbox_access_token("{mb_pk}")

df = pd.read_parquet("data/stores_geo.parquet")
fig = px.scatter_mapbox(df, lat="lat", lon="lng", hover_name="store", zoom=4)
app = dash.Dash(__name__)
app.layout = html.Div([dcc.Graph(figure=fig, style={{"height": "90vh"}})])

if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8050)
''', "https://docs.mapbox.com/help/getting-started/access-tokens/")

mb_sk = "sk.eyJ1IjoiYWNtZS1tbCIsImEiOiJ" + rnd(ALNUM, 20) + "In0." + rnd(ALNUM + "-_", 22)
S("python", "mapbox-secret-token-upload", "etl/upload_tileset.py", f'''"""Upload the store locations as a Mapbox tileset source (needs a secret sk. token)."""
import json
import requests

TOKEN = "{mb_sk}"
USER = "acme-ml"

with open("data/stores.geojson.ld") as fh:
    r = requests.post(
        f"https://api.mapbox.com/tilesets/v1/sources/{{USER}}/stores?access_token={{TOKEN}}",
        files={{"file": fh}},
        timeout=120,
    )
print(json.dumps(r.json(), indent=2))
''', mb_sk, "https://docs.mapbox.com/api/maps/mapbox-tiling-service/")

stk = azure_key()
S("databricks-notebook", "adls-account-key-spark-conf", "databricks/notebooks/ingest_clicks.py", f'''# Databricks notebook source
# MAGIC %md
# MAGIC # Ingest clicks into the bronze table

# COMMAND ----------

spark.conf.set(
    "fs.azure.account.key.acmelakeprod.dfs.core.windows.net",
    "{stk}",
)

# COMMAND ----------

df = spark.read.json("abfss://raw@acmelakeprod.dfs.core.windows.net/clicks/2024/05/")
df.write.format("delta").mode("append").saveAsTable("bronze.clicks")
''', stk, "https://docs.databricks.com/en/connect/storage/azure-storage.html")

D("databricks-notebook", "dbutils-secrets", "databricks/notebooks/ingest_orders.py", '''# Databricks notebook source
# MAGIC %md
# MAGIC # Ingest orders (credentials from the `lake` secret scope)

# COMMAND ----------

spark.conf.set(
    "fs.azure.account.key.acmelakeprod.dfs.core.windows.net",
    dbutils.secrets.get(scope="lake", key="acmelakeprod-key"),
)

# COMMAND ----------

df = spark.read.parquet("abfss://raw@acmelakeprod.dfs.core.windows.net/orders/")
df.write.format("delta").mode("overwrite").saveAsTable("bronze.orders")
''', "https://docs.databricks.com/en/security/secrets/index.html")

wv = rnd(ALNUM, 32)
S("docker-compose", "weaviate-apikey", "rag/docker-compose.yml", f'''services:
  weaviate:
    image: cr.weaviate.io/semitechnologies/weaviate:1.24.10
    ports: ["8080:8080", "50051:50051"]
    environment:
      QUERY_DEFAULTS_LIMIT: 25
      AUTHENTICATION_ANONYMOUS_ACCESS_ENABLED: "false"
      AUTHENTICATION_APIKEY_ENABLED: "true"
      AUTHENTICATION_APIKEY_ALLOWED_KEYS: "{wv}"
      AUTHENTICATION_APIKEY_USERS: "rag-service"
      PERSISTENCE_DATA_PATH: /var/lib/weaviate
      DEFAULT_VECTORIZER_MODULE: none
    volumes: ["weaviate-data:/var/lib/weaviate"]
volumes:
  weaviate-data: {{}}
''', wv, "https://weaviate.io/developers/weaviate/configuration/authentication")

acfg = words_pw()
S("airflow-cfg", "sql-alchemy-conn", "airflow/airflow.cfg", f'''[core]
dags_folder = /opt/airflow/dags
executor = LocalExecutor
load_examples = False
fernet_key = ${{AIRFLOW_FERNET_KEY}}

[database]
sql_alchemy_conn = postgresql+psycopg2://airflow:{acfg}@airflow-db.internal:5432/airflow

[webserver]
base_url = https://airflow.acme-ml.org
expose_config = False

[scheduler]
min_file_process_interval = 60
''', acfg, "https://airflow.apache.org/docs/apache-airflow/stable/configurations-ref.html#sql-alchemy-conn")

D("github-actions", "ci-postgres-service-default", ".github/workflows/tests.yml", '''name: tests
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres   # throwaway CI container, image default
        ports: ["5432:5432"]
      redis:
        image: redis:7
        ports: ["6379:6379"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: "3.11"}
      - run: pip install -e ".[test]"
      - run: pytest -q
        env:
          DATABASE_URL: postgresql://postgres:postgres@localhost:5432/postgres
          REDIS_URL: redis://localhost:6379/0
''', "https://docs.github.com/en/actions/using-containerized-services/creating-postgresql-service-containers")

D("python", "moto-fake-credentials", "tests/conftest.py", '''import os

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
''', "https://docs.getmoto.org/en/latest/docs/getting_started.html#example-on-usage")

D("json", "cookiecutter-template", "templates/ml-project/cookiecutter.json", json.dumps({
    "project_name": "My ML Project", "project_slug": "{{ cookiecutter.project_name.lower().replace(' ', '_') }}",
    "author_name": "Your Name", "python_version": "3.11", "use_mlflow": ["y", "n"],
    "aws_profile": "default", "wandb_api_key": "", "open_source_license": ["MIT", "BSD-3-Clause", "No license file"]}, indent=4) + "\n",
  "https://cookiecutter.readthedocs.io/en/stable/tutorials/tutorial2.html")

D("json", "hf-dataset-infos-checksums", "datasets/acme-reviews/dataset_infos.json", json.dumps({"default": {
    "description": "Product reviews with star ratings.", "citation": "", "homepage": "https://huggingface.co/datasets/acme/reviews",
    "features": {"text": {"dtype": "string", "_type": "Value"}, "label": {"dtype": "int64", "_type": "Value"}},
    "download_checksums": {"https://huggingface.co/datasets/acme/reviews/resolve/main/train.parquet": {"num_bytes": 41234567, "checksum": sha256_of("train.parquet")},
                           "https://huggingface.co/datasets/acme/reviews/resolve/main/test.parquet": {"num_bytes": 4123456, "checksum": sha256_of("test.parquet")}},
    "dataset_size": 45358023}}, indent=2) + "\n", "https://huggingface.co/docs/datasets/main/en/package_reference/main_classes#datasets.DatasetInfo")

D("requirements", "extra-index-env-var", "requirements/gpu.txt", '''--extra-index-url https://download.pytorch.org/whl/cu121
--extra-index-url https://${PIP_INDEX_USER}:${PIP_INDEX_TOKEN}@pkgs.dev.azure.com/acme/_packaging/ml/pypi/simple/
torch==2.2.2+cu121
torchvision==0.17.2+cu121
xformers==0.0.25.post1
acme-kernels==0.4.1
''', "https://pip.pypa.io/en/stable/reference/requirements-file-format/#using-environment-variables")

glt = gitlab()
S("ipynb", "pip-install-private-index-token", "notebooks/colab/install_private_pkg.ipynb", nb([
    ("code", f"!pip install -q --index-url https://__token__:{glt}@gitlab.com/api/v4/projects/48213377/packages/pypi/simple acme-kernels==0.4.1",
     stream("\u001b[2K     \u001b[90m\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u001b[0m \u001b[32m1.2/1.2 MB\u001b[0m")),
    ("code", "import acme_kernels\nacme_kernels.__version__", [{"data": {"text/plain": ["'0.4.1'"]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}]),
]), glt, "https://docs.gitlab.com/ee/user/packages/pypi_repository/")

rdf = fakes.redis_password(seed())
S("dockerfile", "env-redis-url", "services/scorer/Dockerfile", f'''FROM python:3.11-slim
WORKDIR /app
RUN pip install --no-cache-dir poetry==1.8.2
COPY pyproject.toml poetry.lock ./
RUN poetry config virtualenvs.create false && poetry install --only main --no-root
COPY scorer/ scorer/
ENV REDIS_URL=redis://scorer:{rdf}@features-redis.prod.acme.internal:6379/0 \\
    MODEL_PATH=/models/scorer.onnx \\
    WORKERS=4
EXPOSE 8000
CMD ["gunicorn", "scorer.api:app", "-k", "uvicorn.workers.UvicornWorker", "-b", "0.0.0.0:8000"]
''', rdf, "https://docs.docker.com/reference/dockerfile/#env")

esp = words_pw()
S("python", "elastic-cloud-basic-auth", "search/reindex_products.py", f'''from elasticsearch import Elasticsearch

es = Elasticsearch(
    cloud_id="acme-search:ZXVyb3BlLXdlc3QxLmdjcC5jbG91ZC5lcy5pbyQ0ZmE4ODIxZTc1NjM0MDMyYmVkMWNmMjIxMTBlMmY5NyQ0ZmE4ODIxZTc1NjM0MDMyYmVkMWNmMjIxMTBlMmY5Ng==",
    basic_auth=("elastic", "{esp}"),
    request_timeout=60,
)

resp = es.reindex(
    source={{"index": "products-v4"}},
    dest={{"index": "products-v5"}},
    wait_for_completion=False,
)
print("task", resp["task"])
''', esp, "https://www.elastic.co/guide/en/elasticsearch/client/python-api/current/connecting.html#connect-ec")

D("python", "elastic-cloud-id-only", "search/client.py", '''import os

from elasticsearch import Elasticsearch

# The Cloud ID is the base64 of the deployment's host names: public, not a credential.
CLOUD_ID = "acme-search:ZXVyb3BlLXdlc3QxLmdjcC5jbG91ZC5lcy5pbyQ0ZmE4ODIxZTc1NjM0MDMyYmVkMWNmMjIxMTBlMmY5NyQ0ZmE4ODIxZTc1NjM0MDMyYmVkMWNmMjIxMTBlMmY5Ng=="


def client() -> Elasticsearch:
    return Elasticsearch(cloud_id=CLOUD_ID, api_key=os.environ["ES_API_KEY"], request_timeout=30)
''', "https://www.elastic.co/guide/en/cloud/current/ec-cloud-id.html")

sfpem = fakes.fake_pem(seed(), kind="ENCRYPTED").replace("ENCRYPTED PRIVATE KEY", "PRIVATE KEY")
S("pem", "snowflake-pkcs8-key", "keys/snowflake/rsa_key.p8", sfpem + "\n", sfpem,
  "https://docs.snowflake.com/en/user-guide/key-pair-auth")

D("sql", "snowflake-rsa-public-key", "warehouse/sql/grants/ml_service_user.sql", f'''-- Key-pair auth for the ML service user: only the PUBLIC key goes to Snowflake.
CREATE USER IF NOT EXISTS ML_SVC
  DEFAULT_ROLE = ML_READER
  DEFAULT_WAREHOUSE = ML_XS
  MUST_CHANGE_PASSWORD = FALSE;

ALTER USER ML_SVC SET RSA_PUBLIC_KEY='MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA{rnd(ALNUM + "+/", 300)}IDAQAB';

GRANT ROLE ML_READER TO USER ML_SVC;
DESC USER ML_SVC;
''', "https://docs.snowflake.com/en/user-guide/key-pair-auth#assign-the-public-key-to-a-snowflake-user")

sqp = words_pw()
S("sql", "create-role-password", "warehouse/migrations/V12__feature_reader_role.sql", f'''-- Flyway migration: read-only role for the feature service
CREATE ROLE feature_reader WITH LOGIN PASSWORD '{sqp}';
GRANT CONNECT ON DATABASE features TO feature_reader;
GRANT USAGE ON SCHEMA online TO feature_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA online TO feature_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA online GRANT SELECT ON TABLES TO feature_reader;
''', sqp, "https://www.postgresql.org/docs/current/sql-createrole.html")

D("sql", "psql-variable-password", "warehouse/bootstrap/create_roles.sql", '''-- run with: psql -v reader_password="$READER_PASSWORD" -f create_roles.sql
\\set ON_ERROR_STOP on
CREATE ROLE ml_reader WITH LOGIN PASSWORD :'reader_password';
GRANT CONNECT ON DATABASE analytics TO ml_reader;
GRANT USAGE ON SCHEMA marts TO ml_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA marts TO ml_reader;
''', "https://www.postgresql.org/docs/current/app-psql.html#APP-PSQL-VARIABLES")

D("json", "jupyter-config-sha1-hash", "deploy/jupyter/jupyter_notebook_config.json", json.dumps({
    "NotebookApp": {"password": "sha1:" + hexs(12) + ":" + hexs(40), "ip": "127.0.0.1", "port": 8888, "open_browser": False},
    "NotebookNotary": {"db_file": ":memory:"}}, indent=2) + "\n", "https://jupyter-notebook.readthedocs.io/en/5.7.4/public_server.html#preparing-a-hashed-password")

ld = pw()
S("env", "label-studio-admin-and-db", "labelling/deploy/label-studio.env", f'''LABEL_STUDIO_HOST=https://label.acme-ml.org
LABEL_STUDIO_USERNAME=admin@acme-ml.org
LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK=true
DJANGO_DB=default
POSTGRE_NAME=labelstudio
POSTGRE_USER=labelstudio
POSTGRE_PASSWORD={ld}
POSTGRE_HOST=ls-db.internal
POSTGRE_PORT=5432
''', ld, "https://labelstud.io/guide/install_prod#Install-Label-Studio-on-premises-using-Docker-Compose")

D("ipynb", "kaggle-api-docs-cell", "notebooks/kaggle_download.ipynb", nb([
    ("markdown", "Put your `kaggle.json` (from *Account → Create New API Token*) in `~/.kaggle/`.\nIt looks like `{\"username\":\"YOUR_USERNAME\",\"key\":\"YOUR_KEY\"}`.", None),
    ("code", "!chmod 600 ~/.kaggle/kaggle.json\n!kaggle competitions download -c playground-series-s4e5 -p data/", stream("Downloading playground-series-s4e5.zip to data\n100%|\u2588\u2588\u2588\u2588| 18.2M/18.2M [00:01<00:00, 14.1MB/s]")),
]), "https://github.com/Kaggle/kaggle-api#api-credentials")

tgb = fakes.telegram_token(seed())
S("toml", "telegram-token-pyproject-tool-section", "tools/scrape-notifier/pyproject.toml", f'''[project]
name = "scrape-notifier"
version = "0.1.0"
dependencies = ["python-telegram-bot>=21", "httpx"]

[project.scripts]
scrape-notifier = "scrape_notifier.main:run"

[tool.scrape-notifier]
telegram_token = "{tgb}"
chat_id = -1001122334455
interval_minutes = 30
''', tgb, "https://packaging.python.org/en/latest/specifications/pyproject-toml/#arbitrary-tool-configuration-the-tool-table")
