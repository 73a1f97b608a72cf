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
    return json.dumps(doc, indent=1) + "\n"


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
    "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n", "https://ipywidgets.readthedocs.io/en/latest/embedding.html")

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
