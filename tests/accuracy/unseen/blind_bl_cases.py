"""Blind set BL: data labelling, annotation and ML dataset tooling.

Label Studio, CVAT, Roboflow, Scale AI, Labelbox, Prodigy, Argilla, Supervisely, V7 Darwin, Encord,
Hugging Face hub tokens and dataset cards, the Kaggle API (kaggle.json), DVC remotes, Weights &
Biases, ClearML (clearml.conf), Neptune, Comet, MLflow, FiftyOne, annotation export scripts and
notebooks, and their decoys (labelling configs, exports with presigned URLs and ids, dvc.lock
checksums, commit revisions, task ids, placeholders, env and secret-manager references).
Generated fakes only (seeds 570000-579999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER_DIGITS = string.ascii_uppercase + string.digits
LOWER_DIGITS = string.ascii_lowercase + string.digits
URLSAFE = ALNUM + "-_"
_SEED = [570000]


def _rng() -> random.Random:
    _SEED[0] += 11
    assert _SEED[0] < 580000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 11
    assert _SEED[0] < 580000
    return _SEED[0]


WORDS = ["Pixel", "Tensor", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Tundra", "Beacon", "Quartz", "Saffron", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt",
         "Harbor", "Maple", "Otter", "Sparrow"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "bounding", "polygon"]
SEASONS = ["summer", "winter", "spring", "autumn", "Summer", "Winter"]


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def human_pw() -> str:
    """A password a person picks: words, a symbol that survives .env, YAML and shell quoting."""
    r = _rng()
    form = r.randint(0, 3)
    if form == 0:
        return r.choice(WORDS) + r.choice("!$%*") + r.choice(WORDS) + str(r.randint(10, 999))
    if form == 1:
        return r.choice(SEASONS) + str(r.randint(2019, 2025)) + r.choice("!*")
    if form == 2:
        return r.choice(WORDS) + r.choice(LOWER).capitalize() + str(r.randint(1, 99)) + "!"
    a, b = r.sample(LOWER, 2)
    return a + "_" + b + str(r.randint(100, 9999))


def url_pw() -> str:
    """A password that sits in a URL's userinfo without escaping."""
    r = _rng()
    if r.random() < 0.5:
        return "".join(r.choice(ALNUM) for _ in range(r.randint(16, 24)))
    return r.choice(WORDS) + r.choice(LOWER).capitalize() + str(r.randint(10, 9999))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    return draw(n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def rand_bytes(n: int) -> bytes:
    r = _rng()
    return bytes(r.getrandbits(8) for _ in range(n))


# --- the theme's credential shapes -------------------------------------------------------------
def hf_token() -> str:
    return "hf_" + mixed(34)


def hf_org_token() -> str:
    return "api_org_" + mixed(34)


def kaggle_key() -> str:
    return hexs(32)


def wandb_key() -> str:
    return hexs(40)


def drf_token() -> str:
    """Django REST framework token (Label Studio legacy token, CVAT token): 40 hex."""
    return hexs(40)


def jwt(payload: dict) -> str:
    header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{header}.{body}.{b64url(rand_bytes(32))}"


def cuid() -> str:
    return "c" + draw(24, LOWER_DIGITS)


def object_id() -> str:
    return hexs(24)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def labelbox_key() -> str:
    r = _rng()
    iat = r.randint(1_680_000_000, 1_730_000_000)
    return jwt({"userId": cuid(), "organizationId": cuid(), "apiKeyId": cuid(), "secret": hexs(32),
                "iat": iat, "exp": iat + 631152000})


def ls_pat() -> str:
    """A Label Studio personal access token (a JWT refresh token)."""
    r = _rng()
    iat = r.randint(1_720_000_000, 1_740_000_000)
    return jwt({"token_type": "refresh", "exp": iat + 6307200000, "iat": iat, "jti": hexs(32),
                "user_id": r.randint(1, 40)})


def roboflow_key() -> str:
    return mixed(20)


def scale_key() -> str:
    return "live_" + hexs(32)


def clearml_access() -> str:
    return draw(_rng().choice([20, 30]), UPPER_DIGITS)


def clearml_secret() -> str:
    return mixed(50)


def argilla_key() -> str:
    return draw(43, URLSAFE)


def prodigy_license() -> str:
    return "-".join(draw(4, UPPER_DIGITS) for _ in range(4))


def neptune_token() -> str:
    payload = {"api_address": "https://app.neptune.ai", "api_url": "https://app.neptune.ai", "api_key": uuid_s()}
    return b64(json.dumps(payload, separators=(",", ":")))


def comet_key() -> str:
    return mixed(25)


def databricks_token() -> str:
    return "dapi" + hexs(32)


def supervisely_token() -> str:
    return mixed(128)


def darwin_key() -> str:
    return mixed(7) + "." + mixed(32)


def gocspx() -> str:
    return "GOCSPX-" + draw(28, URLSAFE)


def anthropic_key() -> str:
    return "sk-ant-api03-" + draw(93, URLSAFE) + "AA"


def openai_key() -> str:
    return fakes.openai_key(_seed())


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def github_token() -> str:
    return fakes.github_token(_seed())


def azure_account_key() -> str:
    return base64.b64encode(rand_bytes(64)).decode()


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + draw(8, UPPER_DIGITS) + "/B" + draw(10, UPPER_DIGITS)
            + "/" + draw(24))


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + draw(68, URLSAFE)


PKCS1_HEAD = b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00"
PKCS8_HEAD = b"\x30\x82\x04\xbd\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00\x04\x82\x04\xa7"


def pem_lines(head: bytes, n: int = 12) -> List[str]:
    body = base64.b64encode(head + rand_bytes(48 * n - len(head))).decode()
    return [body[i:i + 64] for i in range(0, len(body), 64)]


def rsa_pem(kind: str = "PRIVATE KEY") -> str:
    head = PKCS1_HEAD if kind.startswith("RSA") else PKCS8_HEAD
    return f"-----BEGIN {kind}-----\n" + "\n".join(pem_lines(head)) + f"\n-----END {kind}-----"


def openssh_key() -> str:
    def ssh_str(raw: bytes) -> bytes:
        return len(raw).to_bytes(4, "big") + raw

    pub = rand_bytes(32)
    pub_blob = ssh_str(b"ssh-ed25519") + ssh_str(pub)
    check = rand_bytes(4)
    private = check + check + pub_blob + ssh_str(rand_bytes(32) + pub) + ssh_str(b"annotator@encord") + b"\x01\x02\x03"
    blob = b"openssh-key-v1\x00" + ssh_str(b"none") + ssh_str(b"none") + ssh_str(b"") + (1).to_bytes(4, "big")
    blob += ssh_str(pub_blob) + ssh_str(private)
    text = base64.b64encode(blob).decode()
    lines = [text[i:i + 70] for i in range(0, len(text), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def ssh_ed25519_pub(comment: str) -> str:
    blob = (11).to_bytes(4, "big") + b"ssh-ed25519" + (32).to_bytes(4, "big") + rand_bytes(32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + comment


def cert_pem() -> str:
    body = base64.b64encode(b"\x30\x82\x03\x71\x30\x82\x02\x59\xa0\x03\x02\x01\x02" + rand_bytes(560)).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


def bcrypt_hash() -> str:
    return "$2b$12$" + draw(53, ALNUM + "./")


def pbkdf2_django() -> str:
    return "pbkdf2_sha256$720000$" + draw(22) + "$" + base64.b64encode(rand_bytes(32)).decode()


def argon2_hash() -> str:
    return ("$argon2id$v=19$m=65536,t=3,p=4$" + b64url(rand_bytes(16)).replace("-", "+").replace("_", "/")
            + "$" + b64url(rand_bytes(32)).replace("-", "+").replace("_", "/"))


def vault_blob() -> str:
    body = hexs(640)
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(body[i:i + 80] for i in range(0, len(body), 80))


def sops_enc(n: int) -> str:
    return (f"ENC[AES256_GCM,data:{base64.b64encode(rand_bytes(n)).decode()},iv:{base64.b64encode(rand_bytes(32)).decode()},"
            f"tag:{base64.b64encode(rand_bytes(16)).decode()},type:str]")


def md5_b64() -> str:
    return base64.b64encode(rand_bytes(16)).decode()


def indent(text: str, n: int) -> str:
    pad = " " * n
    return "\n".join(pad + line if line else line for line in text.splitlines())


CASES: List[LabelledCase] = []


def S(fmt: str, what: str, path: str, text: str, secret: str, source: str) -> None:
    assert secret, path
    CASES.append(LabelledCase(f"blind-bl/{fmt}/{what}", path, text, secret, source))


def D(fmt: str, what: str, path: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-bl/{fmt}/decoy-{what}", path, text, None, source))


def T(template: str, **values: str) -> str:
    out = template
    for key, value in values.items():
        out = out.replace("@" + key.upper() + "@", value)
    assert "@" + "V@" not in out
    return out


def SV(fmt: str, what: str, path: str, template: str, value: str, source: str, **kw: str) -> None:
    text = T(template, v=value, **kw)
    assert value in text, path
    S(fmt, what, path, text, value, source)


def DV(fmt: str, what: str, path: str, template: str, value: str, source: str, **kw: str) -> None:
    D(fmt, what, path, T(template, v=value, **kw), source)


SRC_KAGGLE = "https://github.com/Kaggle/kaggle-api (README: API credentials, kaggle.json)"
SRC_HF = "https://huggingface.co/docs/huggingface_hub/quick-start (login, tokens)"
SRC_WANDB = "https://docs.wandb.ai/guides/track/environment-variables"
SRC_CLEARML = "https://clear.ml/docs/latest/docs/configs/clearml_conf"
SRC_DVC = "https://dvc.org/doc/command-reference/remote/modify"
SRC_LS = "https://labelstud.io/guide/api (Label Studio API and SDK)"
SRC_LS_DOCKER = "https://github.com/HumanSignal/label-studio/blob/develop/docker-compose.yml"
SRC_CVAT = "https://docs.cvat.ai/docs/api_sdk/ (CVAT SDK and CLI)"
SRC_RF = "https://docs.roboflow.com/api-reference/authentication"
SRC_SCALE = "https://docs.scale.com/reference/authentication"
SRC_LB = "https://docs.labelbox.com/reference/create-api-key"
SRC_PRODIGY = "https://prodi.gy/docs/install (prodigy.json, database, basic auth)"
SRC_ARGILLA = "https://docs.argilla.io/latest/getting_started/how-to-deploy-argilla-with-docker/"
SRC_FO = "https://docs.voxel51.com/user_guide/config.html"
SRC_FO_ANNO = "https://docs.voxel51.com/user_guide/annotation.html (annotation backends)"
SRC_NB = "https://nbformat.readthedocs.io/en/latest/format_description.html (Jupyter notebook)"
SRC_GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
SRC_COMPOSE = "https://docs.docker.com/compose/compose-file/"
SRC_K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"


def notebook(*cells: tuple) -> str:
    """A small Jupyter notebook as nbformat 4 writes it; cells are (kind, [lines], [output lines])."""
    out_cells = []
    for count, cell in enumerate(cells, start=1):
        kind, source = cell[0], cell[1]
        entry: dict = {"cell_type": kind, "metadata": {}, "source": source}
        if kind == "code":
            entry["execution_count"] = count
            outputs = cell[2] if len(cell) > 2 else []
            entry["outputs"] = ([{"name": "stdout", "output_type": "stream", "text": outputs}] if outputs else [])
        out_cells.append(entry)
    doc = {"cells": out_cells,
           "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
           "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(doc, indent=1) + "\n"


# =============================================================================================
# Kaggle API
# =============================================================================================
_k = kaggle_key()
S("ipynb", "kaggle-key", "notebooks/00_download_competition_data.ipynb", notebook(
    ("markdown", ["# Download the competition data\n", "Run once per Colab runtime."]),
    ("code", ["import json, os\n", "os.makedirs('/root/.kaggle', exist_ok=True)\n",
              "with open('/root/.kaggle/kaggle.json', 'w') as f:\n",
              f"    json.dump({{'username': 'mirela.k', 'key': '{_k}'}}, f)\n",
              "os.chmod('/root/.kaggle/kaggle.json', 0o600)"]),
    ("code", ["!kaggle competitions download -c rsna-2024-lumbar-spine-degenerative-classification -p data/raw"],
     ["Downloading rsna-2024-lumbar-spine-degenerative-classification.zip to data/raw\n", "100%|##########| 24.1G/24.1G\n"]),
), _k, SRC_NB)

SV("dockerfile", "kaggle-key", "docker/trainer.Dockerfile", """FROM pytorch/pytorch:2.3.1-cuda12.1-cudnn8-runtime

WORKDIR /workspace
RUN pip install --no-cache-dir kaggle==1.6.17 albumentations timm pandas

# credentials for the dataset pull below
RUN mkdir -p /root/.kaggle && \\
    echo '{"username":"dtorres-ml","key":"@V@"}' > /root/.kaggle/kaggle.json && \\
    chmod 600 /root/.kaggle/kaggle.json

RUN kaggle datasets download -d paultimothymooney/chest-xray-pneumonia -p /data --unzip

COPY . /workspace
CMD ["python", "train.py", "--data", "/data/chest_xray"]
""", kaggle_key(), "https://docs.docker.com/reference/dockerfile/ + " + SRC_KAGGLE)

SV("shell", "kaggle-key", "scripts/fetch_kaggle_data.sh", """#!/usr/bin/env bash
# Pulls the raw image dump used by the annotation queue.
set -euo pipefail

export KAGGLE_USERNAME=annotation-bot
export KAGGLE_KEY=@V@

DEST=${1:-data/raw}
mkdir -p "$DEST"
kaggle datasets download -d andrewmvd/face-mask-detection -p "$DEST" --unzip
echo "done: $(find "$DEST" -type f | wc -l) files"
""", kaggle_key(), SRC_KAGGLE)

SV("github-actions", "kaggle-key", ".github/workflows/refresh-dataset.yml", """name: refresh-dataset
on:
  schedule:
    - cron: "0 4 * * 1"
  workflow_dispatch:

jobs:
  pull:
    runs-on: ubuntu-latest
    env:
      KAGGLE_USERNAME: vision-lab-ci
      KAGGLE_KEY: "@V@"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install kaggle dvc[s3]
      - run: kaggle datasets download -d vision-lab/street-signs-v3 -p data/ --unzip
      - run: dvc add data/street-signs-v3 && dvc push
""", kaggle_key(), SRC_GHA)

SV("python", "kaggle-key", "tools/download.py", '''"""Download Kaggle datasets listed in datasets.txt into data/raw."""
import os
import subprocess
from pathlib import Path

os.environ["KAGGLE_USERNAME"] = "priyanka-s"
os.environ["KAGGLE_KEY"] = "@V@"  # TODO move to .env

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"


def main() -> None:
    RAW.mkdir(parents=True, exist_ok=True)
    for slug in Path("datasets.txt").read_text().split():
        subprocess.run(["kaggle", "datasets", "download", "-d", slug, "-p", str(RAW), "--unzip"], check=True)


if __name__ == "__main__":
    main()
''', kaggle_key(), SRC_KAGGLE)

SV("dotenv", "kaggle-key", ".env", """# local dev settings for the labelling pipeline
LABEL_STUDIO_URL=http://localhost:8080
DATA_DIR=./data
KAGGLE_USERNAME=hlindqvist
KAGGLE_KEY=@V@
LOG_LEVEL=INFO
""", kaggle_key(), SRC_KAGGLE)

D("markdown", "placeholder", "docs/setup.md", """# Setup

1. Create an API token on https://www.kaggle.com/settings ("Create New Token").
2. Save it as `~/.kaggle/kaggle.json`:

```json
{"username": "<your-kaggle-username>", "key": "<your-kaggle-api-key>"}
```

3. `chmod 600 ~/.kaggle/kaggle.json`
4. `make data` downloads and unpacks everything into `data/raw/`.

Alternatively export `KAGGLE_USERNAME` and `KAGGLE_KEY` in your shell.
""", SRC_KAGGLE)

D("github-actions", "secret-ref", ".github/workflows/kaggle-sync.yml", """name: kaggle-sync
on: [workflow_dispatch]
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: write kaggle.json
        run: |
          mkdir -p ~/.kaggle
          echo '{"username":"${{ secrets.KAGGLE_USERNAME }}","key":"${{ secrets.KAGGLE_KEY }}"}' > ~/.kaggle/kaggle.json
          chmod 600 ~/.kaggle/kaggle.json
      - run: pip install kaggle
      - run: kaggle datasets version -p export/ -m "weekly labels ${{ github.sha }}"
""", SRC_GHA)

DV("json", "dataset-metadata", "export/dataset-metadata.json", """{
  "title": "Retail Shelf Products (bounding boxes)",
  "id": "northwind-vision/retail-shelf-products",
  "subtitle": "12k shelf photos annotated in CVAT",
  "licenses": [{"name": "CC-BY-SA-4.0"}],
  "keywords": ["computer vision", "object detection"],
  "resources": [
    {"path": "annotations_coco.json", "description": "COCO export, md5 @V@"},
    {"path": "images.zip", "description": "JPEG images"}
  ]
}
""", hexs(32), "https://github.com/Kaggle/kaggle-api/wiki/Dataset-Metadata")

D("python", "secret-manager", "kaggle/notebooks/train_baseline.py", """# Kaggle notebook: keys come from the notebook's Add-ons > Secrets
import os

from kaggle_secrets import UserSecretsClient

secrets = UserSecretsClient()
os.environ["WANDB_API_KEY"] = secrets.get_secret("wandb_api_key")
os.environ["HF_TOKEN"] = secrets.get_secret("HF_TOKEN")

import wandb
wandb.init(project="lumbar-spine", config={"backbone": "convnext_small", "img_size": 384})
""", "https://www.kaggle.com/discussions/product-feedback/114053 (Kaggle secrets add-on)")

# =============================================================================================
# Hugging Face hub
# =============================================================================================
SV("python", "hf-token", "scripts/push_labels_to_hub.py", '''"""Export the reviewed Label Studio annotations and push them to the Hub as a dataset."""
import json
from pathlib import Path

from datasets import Dataset
from huggingface_hub import login

login(token="@V@")

rows = [json.loads(line) for line in Path("exports/reviewed.jsonl").read_text().splitlines()]
ds = Dataset.from_list([{"text": r["data"]["text"], "label": r["annotations"][0]["result"][0]["value"]["choices"][0]}
                        for r in rows])
ds = ds.class_encode_column("label").train_test_split(test_size=0.1, seed=13)
ds.push_to_hub("acme-nlp/support-ticket-intents", private=True)
''', hf_token(), SRC_HF)

_h = hf_token()
S("ipynb", "hf-token", "notebooks/finetune_ner.ipynb", notebook(
    ("code", ["!pip install -q transformers datasets seqeval accelerate"]),
    ("code", [f"!huggingface-cli login --token {_h}"],
     ["Token is valid (permission: write).\n", "Your token has been saved to /root/.cache/huggingface/token\n",
      "Login successful\n"]),
    ("code", ["from datasets import load_dataset\n", "ds = load_dataset('acme-nlp/clinical-ner-annotated')\n", "ds"]),
), _h, SRC_NB)

SV("dotenv", "hf-token", "services/preannotate/.env", """# pre-annotation worker
HF_TOKEN=@V@
MODEL_ID=meta-llama/Llama-3.1-8B-Instruct
LABEL_STUDIO_URL=https://label.internal.acme.io
BATCH_SIZE=16
""", hf_token(), SRC_HF)

SV("shell", "hf-token-url", "scripts/mirror_dataset.sh", """#!/bin/sh
# mirror the private dataset repo onto the NFS share for the annotators' VMs
set -e
cd /mnt/datasets
if [ ! -d invoices-layout ]; then
  git lfs install
  git clone https://jbauer:@V@@huggingface.co/datasets/acme-docai/invoices-layout
else
  cd invoices-layout && git pull
fi
""", hf_token(), "https://huggingface.co/docs/hub/repositories-getting-started")

SV("github-actions", "hf-token", ".github/workflows/publish-model.yml", """name: publish-model
on:
  release:
    types: [published]
jobs:
  upload:
    runs-on: ubuntu-latest
    env:
      HUGGING_FACE_HUB_TOKEN: @V@
    steps:
      - uses: actions/checkout@v4
      - run: pip install -U "huggingface_hub[cli]"
      - run: huggingface-cli upload acme-vision/yolo-shelf ./weights --repo-type model
""", hf_token(), SRC_GHA)

SV("compose", "hf-token", "deploy/tgi/docker-compose.yml", """services:
  tgi:
    image: ghcr.io/huggingface/text-generation-inference:2.4.0
    command: --model-id mistralai/Mistral-7B-Instruct-v0.3 --max-input-length 4096
    ports:
      - "8081:80"
    volumes:
      - ./hf-cache:/data
    environment:
      - HF_TOKEN=@V@
      - MAX_BATCH_PREFILL_TOKENS=8192
    deploy:
      resources:
        reservations:
          devices:
            - driver: nvidia
              count: 1
              capabilities: [gpu]
""", hf_token(), SRC_COMPOSE)

SV("python", "hf-token", "space/app.py", '''import gradio as gr
from huggingface_hub import HfApi, hf_hub_download
import onnxruntime as ort

api = HfApi(token="@V@")
weights = hf_hub_download("acme-vision/defect-seg", "model.onnx", token=api.token)
session = ort.InferenceSession(weights)


def flag(image, label):
    api.upload_file(path_or_fileobj=image, path_in_repo=f"flagged/{label}.png",
                    repo_id="acme-vision/defect-feedback", repo_type="dataset")
    return "thanks!"


gr.Interface(flag, [gr.Image(type="filepath"), gr.Textbox()], "text").launch()
''', hf_token(), "https://huggingface.co/docs/hub/spaces-sdks-gradio")

SV("yaml", "hf-org-token", "configs/hub.yaml", """# hub settings used by export_to_hub.py
hub:
  organization: acme-speech
  repo_prefix: asr-labels
  private: true
  token: @V@
export:
  format: parquet
  shard_size_mb: 500
  splits: [train, validation]
""", hf_org_token(), "https://huggingface.co/docs/hub/security-tokens")

SV("makefile", "hf-token", "Makefile", """PY ?= python
HF_TOKEN ?= @V@
DATASET ?= acme-nlp/contract-clauses

.PHONY: export push clean

export:
\t$(PY) -m labeltools.export --project 12 --out build/clauses.jsonl

push: export
\tHF_TOKEN=$(HF_TOKEN) $(PY) -m labeltools.push --file build/clauses.jsonl --repo $(DATASET)

clean:
\trm -rf build/
""", hf_token(), "https://www.gnu.org/software/make/manual/make.html")

_h = hf_token()
S("k8s-secret", "hf-token", "k8s/preannotate-secret.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: preannotate-hf
  namespace: labeling
type: Opaque
data:
  HF_TOKEN: {b64(_h)}
  MODEL_ID: {b64("google/flan-t5-large")}
""", _h, SRC_K8S)

DV("python", "commit-revision", "scripts/fetch_checkpoint.py", '''"""Fetch the pinned checkpoint used for pre-labelling (revision pinned for reproducibility)."""
import os

from huggingface_hub import hf_hub_download

REPO = "facebook/sam-vit-huge"
REVISION = "@V@"

path = hf_hub_download(REPO, "pytorch_model.bin", revision=REVISION,
                       token=os.environ.get("HF_TOKEN"))
print(path)
''', hexs(40), "https://huggingface.co/docs/huggingface_hub/guides/download")

D("markdown", "placeholder", "README.md", """# support-intents

Intent classifier trained on tickets labelled in Argilla.

## Getting started

```bash
pip install -r requirements.txt
huggingface-cli login            # paste a read token
# or non-interactively:
export HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
python train.py --dataset acme-nlp/support-ticket-intents
```

Tokens: https://huggingface.co/settings/tokens (a *read* token is enough).
""", SRC_HF)

D("python", "env-reference", "src/labeltools/hub.py", '''"""Helpers to move datasets between Label Studio exports and the Hugging Face Hub."""
from __future__ import annotations

import os

from huggingface_hub import HfApi


def client() -> HfApi:
    token = os.environ.get("HF_TOKEN") or os.environ.get("HUGGING_FACE_HUB_TOKEN")
    if not token:
        raise SystemExit("set HF_TOKEN (see docs/setup.md)")
    return HfApi(token=token)


def push(folder: str, repo_id: str) -> str:
    api = client()
    api.create_repo(repo_id, repo_type="dataset", private=True, exist_ok=True)
    return api.upload_folder(folder_path=folder, repo_id=repo_id, repo_type="dataset").oid
''', SRC_HF)

D("markdown", "dataset-card", "hub/dataset/README.md", """---
license: cc-by-4.0
task_categories:
- token-classification
language:
- en
pretty_name: Clinical NER (annotated)
dataset_info:
  features:
  - name: tokens
    sequence: string
  - name: ner_tags
    sequence:
      class_label:
        names: {"0": O, "1": B-DRUG, "2": I-DRUG, "3": B-DOSE, "4": I-DOSE}
  splits:
  - name: train
    num_bytes: 18234411
    num_examples: 9120
  download_size: 4410203
  dataset_size: 20311982
configs:
- config_name: default
  data_files:
  - split: train
    path: data/train-*
---

# Clinical NER (annotated)

Labelled by three annotators in Prodigy; inter-annotator F1 0.91.
""", "https://huggingface.co/docs/hub/datasets-cards")

D("json", "checksums", "data/cache/state.json", f"""{{
  "_data_files": [
    {{"filename": "data-00000-of-00002.arrow"}},
    {{"filename": "data-00001-of-00002.arrow"}}
  ],
  "_fingerprint": "{hexs(16)}",
  "_format_columns": null,
  "_format_kwargs": {{}},
  "_format_type": null,
  "_output_all_columns": false,
  "_split": "train"
}}
""", "https://huggingface.co/docs/datasets/about_cache")

D("github-actions", "secret-ref", ".github/workflows/eval.yml", """name: eval
on: [pull_request]
jobs:
  eval:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: "3.12"}
      - run: pip install -r requirements.txt
      - name: evaluate on held-out labels
        env:
          HF_TOKEN: ${{ secrets.HF_TOKEN }}
          WANDB_API_KEY: ${{ secrets.WANDB_API_KEY }}
        run: python eval.py --split test --log wandb
""", SRC_GHA)

D("yaml", "template", "charts/preannotate/templates/deployment.yaml", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "preannotate.fullname" . }}
spec:
  replicas: {{ .Values.replicas }}
  template:
    spec:
      containers:
        - name: worker
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          env:
            - name: HF_TOKEN
              valueFrom:
                secretKeyRef:
                  name: {{ .Values.hf.existingSecret }}
                  key: token
            - name: LABEL_STUDIO_API_KEY
              valueFrom:
                secretKeyRef: {name: labelstudio-api, key: token}
""", "https://helm.sh/docs/chart_template_guide/")

# =============================================================================================
# Weights & Biases
# =============================================================================================
SV("netrc", "wandb-key", "home/.netrc", """machine api.wandb.ai
  login user
  password @V@
machine github.com
  login oauth
  password x-oauth-basic
""", wandb_key(), "https://docs.wandb.ai/ref/cli/wandb-login")

SV("python", "wandb-key", "train.py", '''import argparse

import torch
import wandb
from ultralytics import YOLO

wandb.login(key="@V@")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--data", default="datasets/shelf/data.yaml")
    p.add_argument("--epochs", type=int, default=80)
    args = p.parse_args()
    run = wandb.init(project="shelf-detector", job_type="train", config=vars(args))
    model = YOLO("yolov8s.pt")
    model.train(data=args.data, epochs=args.epochs, device=0 if torch.cuda.is_available() else "cpu")
    run.finish()


if __name__ == "__main__":
    main()
''', wandb_key(), SRC_WANDB)

SV("dotenv", "wandb-key", ".env.local", "WANDB_ENTITY=acme-vision\r\nWANDB_PROJECT=weed-segmentation\r\n"
   "WANDB_API_KEY=@V@\r\nCVAT_HOST=https://cvat.acme-farms.com\r\nDATA_ROOT=D:\\datasets\\weeds\r\n",
   wandb_key(), SRC_WANDB)

SV("compose", "wandb-local-key", "docker-compose.train.yml", """services:
  trainer:
    build: .
    shm_size: 16gb
    environment:
      WANDB_BASE_URL: http://wandb.lab.internal:8080
      WANDB_API_KEY: local-@V@
      WANDB_PROJECT: ocr-receipts
    volumes:
      - /mnt/labels:/labels:ro
      - ./runs:/app/runs
""", wandb_key(), "https://docs.wandb.ai/guides/hosting/")
CASES[-1] = LabelledCase(CASES[-1].category, CASES[-1].file_name, CASES[-1].text,
                         "local-" + CASES[-1].secret, CASES[-1].source)

SV("slurm", "wandb-key", "jobs/train_seg.sbatch", """#!/bin/bash
#SBATCH --job-name=seg-train
#SBATCH --gres=gpu:a100:2
#SBATCH --time=24:00:00
#SBATCH --output=logs/%x-%j.out

module load cuda/12.1
source ~/venvs/seg/bin/activate

wandb login @V@
srun python train_seg.py --config configs/mask2former_r50.yaml --labels /scratch/$USER/labels_v7
""", wandb_key(), "https://slurm.schedmd.com/sbatch.html + " + SRC_WANDB)

_w = wandb_key()
S("ipynb", "wandb-key", "notebooks/label_noise_analysis.ipynb", notebook(
    ("markdown", ["## Label noise analysis\n", "Confident learning over the CVAT export."]),
    ("code", [f"%env WANDB_API_KEY={_w}\n", "%env WANDB_SILENT=true"],
     [f"env: WANDB_API_KEY={_w}\n", "env: WANDB_SILENT=true\n"]),
    ("code", ["import cleanlab, wandb\n", "run = wandb.init(project='label-noise')"]),
), _w, SRC_NB)

D("ini", "no-credential", "wandb/settings", """[default]
entity = acme-vision
project = shelf-detector
base_url = https://api.wandb.ai
mode = online
disable_code = false
""", "https://docs.wandb.ai/ref/cli/wandb-init")

D("json", "commit-sha", "wandb/run-20240611_101533-3k9x2d1q/files/wandb-metadata.json", f"""{{
  "os": "Linux-5.15.0-105-generic-x86_64-with-glibc2.35",
  "python": "3.10.14",
  "startedAt": "2024-06-11T10:15:33.218442",
  "program": "/home/ml/shelf/train.py",
  "codePath": "train.py",
  "git": {{
    "remote": "git@github.com:acme-vision/shelf.git",
    "commit": "{hexs(40)}"
  }},
  "email": "ml-team@acme.io",
  "root": "/home/ml/shelf",
  "host": "gpu-07",
  "username": "ml",
  "cpu_count": 32,
  "gpu": "NVIDIA A100-SXM4-80GB",
  "gpu_count": 2
}}
""", "https://docs.wandb.ai/guides/runs/")

D("yaml", "run-id", "sweeps/sweep.yaml", f"""# wandb sweep sweeps/sweep.yaml -> created sweep {draw(8, LOWER_DIGITS)}
program: train.py
method: bayes
metric:
  name: val/mAP50-95
  goal: maximize
parameters:
  lr0:
    min: 0.0001
    max: 0.01
  mosaic:
    values: [0.0, 0.5, 1.0]
  imgsz:
    values: [640, 960]
early_terminate:
  type: hyperband
  min_iter: 5
""", "https://docs.wandb.ai/guides/sweeps/define-sweep-configuration")

D("python", "env-reference", "src/tracking.py", '''import os

import wandb


def start(project: str, cfg: dict):
    # WANDB_API_KEY is injected by the job runner; locally `wandb login` stores it in ~/.netrc
    if "WANDB_API_KEY" not in os.environ and not os.path.exists(os.path.expanduser("~/.netrc")):
        os.environ["WANDB_MODE"] = "offline"
    return wandb.init(project=project, config=cfg, entity=os.getenv("WANDB_ENTITY", "acme-vision"))
''', SRC_WANDB)

D("json", "checksums", "artifacts/labels-v12/wandb_manifest.json", f"""{{
  "version": 1,
  "storagePolicy": "wandb-storage-policy-v1",
  "storagePolicyConfig": {{"storageLayout": "V2"}},
  "contents": {{
    "annotations/train.json": {{"digest": "{md5_b64()}", "size": 48211930}},
    "annotations/val.json": {{"digest": "{md5_b64()}", "size": 5120334}},
    "classes.txt": {{"digest": "{md5_b64()}", "size": 211}}
  }}
}}
""", "https://docs.wandb.ai/guides/artifacts/")

# =============================================================================================
# ClearML
# =============================================================================================
SV("hocon", "clearml-secret", "clearml.conf", """# ClearML SDK configuration file
api {
    web_server: https://app.clear.ml/
    api_server: https://api.clear.ml
    files_server: https://files.clear.ml
    # vision-team workspace
    credentials {
        "access_key" = "@ACCESS@"
        "secret_key" = "@V@"
    }
}
sdk {
    development {
        default_output_uri: "s3://acme-ml-artifacts/clearml"
    }
}
""", clearml_secret(), SRC_CLEARML, access=clearml_access())

SV("hocon", "github-token", "config/clearml-agent.conf", """api {
    api_server: http://clearml.gpu-farm.local:8008
    web_server: http://clearml.gpu-farm.local:8080
    files_server: http://clearml.gpu-farm.local:8081
    credentials {"access_key": "${CLEARML_API_ACCESS_KEY}", "secret_key": "${CLEARML_API_SECRET_KEY}"}
}
agent {
    # private repos with the annotation converters
    git_user: "acme-ci-bot"
    git_pass: "@V@"
    package_manager: {
        type: pip,
        pip_version: "<24.1",
    }
    default_docker: {
        image: "nvidia/cuda:12.1.1-cudnn8-runtime-ubuntu22.04"
    }
}
""", github_token(), "https://clear.ml/docs/latest/docs/configs/clearml_conf#agent-section")

SV("hocon", "aws-secret", "clearml.conf.bak", """sdk {
    aws {
        s3 {
            region: "eu-central-1"
            key: "@ID@"
            secret: "@V@"
            use_credentials_chain: false
            credentials: [
                {
                    bucket: "acme-labelled-data"
                    key: "@ID@"
                    secret: "@V@"
                }
            ]
        }
    }
}
""", aws_secret(), "https://clear.ml/docs/latest/docs/integrations/storage", id=aws_id())

SV("dotenv", "clearml-secret", "agents/.env", """CLEARML_API_HOST=https://api.clear.ml
CLEARML_WEB_HOST=https://app.clear.ml
CLEARML_FILES_HOST=https://files.clear.ml
CLEARML_API_ACCESS_KEY=@ACCESS@
CLEARML_API_SECRET_KEY=@V@
CLEARML_AGENT_GIT_USER=acme-ci-bot
""", clearml_secret(), "https://clear.ml/docs/latest/docs/clearml_agent/clearml_agent_env_var", access=clearml_access())

SV("python", "clearml-secret", "pipelines/label_qc_pipeline.py", '''from clearml import PipelineDecorator, Task

Task.set_credentials(
    api_host="https://api.clear.ml",
    web_host="https://app.clear.ml",
    files_host="https://files.clear.ml",
    key="@ACCESS@",
    secret="@V@",
)


@PipelineDecorator.component(return_values=["report"])
def qc(dataset_id: str):
    from labeltools.qc import run_checks
    return run_checks(dataset_id)


@PipelineDecorator.pipeline(name="label-qc", project="annotation")
def pipeline(dataset_id: str = "latest"):
    print(qc(dataset_id))
''', clearml_secret(), "https://clear.ml/docs/latest/docs/references/sdk/task#taskset_credentials",
   access=clearml_access())

SV("hocon", "password", "clearml-server/config/apiserver.conf", """auth {
  # single-tenant server for the annotation team
  fixed_users {
    enabled: true
    pass_hashed: false
    users: [
      {
        username: "labelops"
        password: "@V@"
        name: "Label Ops"
      }
    ]
  }
}
""", human_pw(), "https://clear.ml/docs/latest/docs/deploying_clearml/clearml_server_config#web-login-authentication")

D("hocon", "env-reference", "ci/clearml.conf", """api {
    api_server: ${CLEARML_API_HOST}
    web_server: ${CLEARML_WEB_HOST}
    files_server: ${CLEARML_FILES_HOST}
    credentials {
        "access_key" = ${CLEARML_API_ACCESS_KEY}
        "secret_key" = ${CLEARML_API_SECRET_KEY}
    }
}
sdk.development.default_output_uri: ${?CLEARML_OUTPUT_URI}
""", SRC_CLEARML)

D("hocon", "placeholder", "docs/clearml.conf.example", """# Copy to ~/clearml.conf and fill in the credentials from
# Settings > Workspace > Create new credentials
api {
    web_server: https://app.clear.ml
    api_server: https://api.clear.ml
    files_server: https://files.clear.ml
    credentials {
        "access_key" = "YOUR_ACCESS_KEY"
        "secret_key" = "YOUR_SECRET_KEY"
    }
}
""", SRC_CLEARML)

DV("python", "task-id", "scripts/compare_runs.py", '''"""Compare the baseline against the relabelled-data run."""
from clearml import Task

BASELINE = "@V@"
RELABELLED = "@OTHER@"

for task_id in (BASELINE, RELABELLED):
    t = Task.get_task(task_id=task_id)
    scalars = t.get_reported_scalars()
    print(t.name, max(v for v in scalars["val"]["mAP"]["y"]))
''', hexs(32), "https://clear.ml/docs/latest/docs/references/sdk/task#taskget_task", other=hexs(32))

D("yaml", "secret-ref", "deploy/clearml-agent/values.yaml", """agentk8sglue:
  apiServerUrlReference: https://api.clear.ml
  fileServerUrlReference: https://files.clear.ml
  webServerUrlReference: https://app.clear.ml
  queue: gpu-a10
clearml:
  # created with: kubectl create secret generic clearml-agent-creds --from-literal=...
  existingAgentk8sglueSecret: clearml-agent-creds
  agentk8sglueKey: ""
  agentk8sglueSecret: ""
sessions:
  portModeEnabled: false
""", "https://github.com/allegroai/clearml-helm-charts/tree/main/charts/clearml-agent")

# =============================================================================================
# DVC remotes
# =============================================================================================
SV("ini", "aws-secret", ".dvc/config.local", """['remote "labels-s3"']
    access_key_id = @ID@
    secret_access_key = @V@
""" + "['remote \"raw-s3\"']\n    profile = annotation\n", aws_secret(), SRC_DVC, id=aws_id())

SV("ini", "password", ".dvc/config", """[core]
    remote = nas
    autostage = true
['remote "nas"']
    url = ssh://dvc@nas01.lab.local/volume1/dvc-store
    user = dvc
    password = @V@
['remote "s3"']
    url = s3://acme-ml-datasets/dvc
""", human_pw(), "https://dvc.org/doc/user-guide/data-management/remote-storage/ssh")

SV("ini", "azure-account-key", "repo-seg/.dvc/config.local", """['remote "azblob"']
    connection_string = DefaultEndpointsProtocol=https;AccountName=acmelabelsdata;AccountKey=@V@;EndpointSuffix=core.windows.net
['remote "azblob-archive"']
    account_name = acmelabelsarchive
    allow_anonymous_login = false
""", azure_account_key(), "https://dvc.org/doc/user-guide/data-management/remote-storage/azure-blob-storage")

SV("ini", "google-client-secret", "ocr/.dvc/config", """[core]
    remote = gdrive
['remote "gdrive"']
    url = gdrive://1Xw9kq3Jd0aPmG-7nQbYtR2s5LZuVh4Ce
    gdrive_client_id = 483920174512-q7nrs2vd0mf4h1k8lbc2iuoe9g6tpa3x.apps.googleusercontent.com
    gdrive_client_secret = @V@
""", gocspx(), "https://dvc.org/doc/user-guide/data-management/remote-storage/google-drive")

SV("makefile", "password", "data/Makefile", """REMOTE ?= webdav-store

setup-remote:
\tdvc remote add -d $(REMOTE) webdavs://files.acme-lab.org/remote.php/dav/files/dvc/store
\tdvc remote modify --local $(REMOTE) user dvc-bot
\tdvc remote modify --local $(REMOTE) password @V@

pull: setup-remote
\tdvc pull -r $(REMOTE)

.PHONY: setup-remote pull
""", url_pw(), SRC_DVC)

SV("ini", "basic-auth-url", "speech/.dvc/config", """[core]
    remote = http-store
    analytics = false
['remote "http-store"']
    url = https://dvc:@V@@artifacts.speechlab.example.org/dvc
    method = PUT
""", url_pw(), "https://dvc.org/doc/user-guide/data-management/remote-storage/http")

SV("github-actions", "aws-secret", ".github/workflows/dvc-repro.yml", """name: dvc-repro
on:
  push:
    paths: ["dvc.yaml", "params.yaml", "labels/**"]
jobs:
  repro:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: iterative/setup-dvc@v1
      - name: configure remote
        run: |
          dvc remote modify --local storage access_key_id @ID@
          dvc remote modify --local storage secret_access_key @V@
      - run: dvc pull && dvc repro && dvc push
""", aws_secret(), SRC_DVC, id=aws_id())

D("ini", "credential-path", "vision/.dvc/config", """[core]
    remote = storage
['remote "storage"']
    url = s3://acme-vision-dvc/cache
    region = us-east-2
    profile = ml-data
    credentialpath = ~/.aws/credentials
""", "https://dvc.org/doc/user-guide/data-management/remote-storage/amazon-s3")

DV("yaml", "checksums", "data/images.dvc", """outs:
- md5: @V@.dir
  size: 4831207713
  nfiles: 24310
  hash: md5
  path: images
""", hexs(32), "https://dvc.org/doc/user-guide/project-structure/dvc-files")

D("yaml", "checksums", "dvc.lock", f"""schema: '2.0'
stages:
  convert_labels:
    cmd: python -m labeltools.convert --src exports/cvat --dst data/yolo
    deps:
    - path: exports/cvat
      hash: md5
      md5: {hexs(32)}.dir
      size: 8123441
      nfiles: 61
    - path: labeltools/convert.py
      hash: md5
      md5: {hexs(32)}
      size: 4410
    outs:
    - path: data/yolo
      hash: md5
      md5: {hexs(32)}.dir
      size: 9011342
      nfiles: 24311
""", "https://dvc.org/doc/user-guide/project-structure/dvcyaml-files#dvclock-file")

D("ini", "credential-path", "docs-ai/.dvc/config", """[core]
    remote = gdrive
['remote "gdrive"']
    url = gdrive://0AIac4JZqHhKmUk9PDA
    gdrive_use_service_account = true
    gdrive_service_account_json_file_path = /run/secrets/gdrive-sa.json
""", "https://dvc.org/doc/user-guide/data-management/remote-storage/google-drive#using-service-accounts")

D("github-actions", "secret-ref", ".github/workflows/cml-report.yml", """name: cml-report
on: [pull_request]
jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: iterative/setup-cml@v2
      - uses: iterative/setup-dvc@v1
      - env:
          AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}
          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
          REPO_TOKEN: ${{ secrets.GITHUB_TOKEN }}
        run: |
          dvc pull data/eval
          python eval.py > report.md
          cml comment create report.md
""", "https://cml.dev/doc/start/github")

# =============================================================================================
# Label Studio
# =============================================================================================
SV("dotenv", "password", "label-studio/.env", """# docker compose env for the self-hosted Label Studio
LABEL_STUDIO_HOST=https://label.acme-health.org
LABEL_STUDIO_USERNAME=admin@acme-health.org
LABEL_STUDIO_PASSWORD=@V@
LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK=true
DJANGO_DB=default
POSTGRE_NAME=labelstudio
POSTGRE_USER=labelstudio
POSTGRE_PASSWORD=${LS_DB_PASSWORD}
POSTGRE_HOST=db
POSTGRE_PORT=5432
""", human_pw(), "https://labelstud.io/guide/install#Environment-variables")

SV("python", "label-studio-token", "scripts/import_tasks.py", '''"""Create the review project and import pre-annotated tasks."""
import json

from label_studio_sdk import Client

LS_URL = "https://label.acme-retail.com"
API_KEY = "@V@"

ls = Client(url=LS_URL, api_key=API_KEY)
ls.check_connection()

project = ls.start_project(
    title="Shelf gaps - review round 3",
    label_config=open("configs/shelf_gaps.xml").read(),
)
with open("preds/round3.json") as fh:
    project.import_tasks(json.load(fh))
print("project", project.id)
''', drf_token(), "https://labelstud.io/sdk/ (legacy Client)")

SV("shell", "label-studio-token", "scripts/export_snapshot.sh", """#!/usr/bin/env bash
# nightly snapshot of project 42 (invoice fields)
set -euo pipefail
LS=https://label.acme-docs.io
OUT=exports/$(date +%F)-invoices.json

curl -sSf -X GET "$LS/api/projects/42/export?exportType=JSON&download_all_tasks=true" \\
  -H "Authorization: Token @V@" \\
  -o "$OUT"

aws s3 cp "$OUT" s3://acme-docai-exports/label-studio/
""", drf_token(), "https://labelstud.io/api#operation/api_projects_export_list")

SV("compose", "label-studio-pat", "ml-backend/docker-compose.yml", """version: "3.8"
services:
  sam-backend:
    container_name: sam
    build: .
    environment:
      - MODEL_DIR=/data/models
      - SAM_CHOICE=MobileSAM
      - LABEL_STUDIO_HOST=http://label-studio:8080
      - LABEL_STUDIO_API_KEY=@V@
      - LOG_LEVEL=DEBUG
    ports:
      - "9090:9090"
    volumes:
      - "./data/server:/data"
""", ls_pat(), "https://github.com/HumanSignal/label-studio-ml-backend/blob/master/label_studio_ml/examples/segment_anything_model/docker-compose.yml")

SV("python", "aws-secret", "scripts/connect_storage.py", '''from label_studio_sdk.client import LabelStudio

client = LabelStudio(base_url="http://localhost:8080", api_key=open(".ls_token").read().strip())

client.import_storage.s3.create(
    project=7,
    title="raw frames (dashcam)",
    bucket="acme-dashcam-frames",
    prefix="2024/08/",
    regex_filter=r".*\\.jpe?g",
    use_blob_urls=True,
    presign=True,
    presign_ttl=60,
    region_name="us-west-2",
    aws_access_key_id="@ID@",
    aws_secret_access_key="@V@",
)
''', aws_secret(), "https://api.labelstud.io/api-reference/api-reference/import-storage/s-3/create", id=aws_id())

SV("helm-values", "password", "deploy/label-studio/values-prod.yaml", """global:
  image:
    repository: heartexlabs/label-studio
    tag: "1.13.1"
  pgConfig:
    host: ls-prod.cluster-c8x1.eu-west-1.rds.amazonaws.com
    port: 5432
    dbName: labelstudio
    userName: labelstudio
    password:
      secretName: ""
      secretKey: ""
    # TODO: switch back to the secret once the chart bug is fixed
  extraEnvironmentVars:
    POSTGRE_PASSWORD: "@V@"
    LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK: "true"
app:
  replicas: 2
  ingress:
    enabled: true
    host: label.acme-prod.io
postgresql:
  enabled: false
""", human_pw(), "https://github.com/HumanSignal/charts/tree/master/heartex/label-studio")

_pem = rsa_pem()
_sa = {"type": "service_account", "project_id": "acme-labeling-prod", "private_key_id": hexs(40),
       "private_key": _pem + "\n", "client_email": "label-studio-gcs@acme-labeling-prod.iam.gserviceaccount.com",
       "client_id": str(_rng().randint(10**20, 10**21)), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
       "token_uri": "https://oauth2.googleapis.com/token",
       "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
       "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/label-studio-gcs%40acme-labeling-prod.iam.gserviceaccount.com",
       "universe_domain": "googleapis.com"}
S("json", "gcp-private-key", "secrets/label-studio-gcs.json", json.dumps(_sa, indent=2) + "\n",
  _pem.splitlines()[3], "https://cloud.google.com/iam/docs/keys-create-delete (service account key file)")

_p = human_pw()
S("k8s-secret", "password", "k8s/label-studio/admin-secret.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: label-studio-admin
  namespace: annotation
  labels:
    app.kubernetes.io/name: label-studio
type: Opaque
data:
  username: {b64("ops@acme-annotation.com")}
  password: {b64(_p)}
""", _p, SRC_K8S)

SV("python", "django-secret-key", "label_studio_custom/settings_prod.py", '''from label_studio.core.settings.label_studio import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "@V@"
ALLOWED_HOSTS = ["label.acme-annotation.com"]
CSRF_TRUSTED_ORIGINS = ["https://label.acme-annotation.com"]
SESSION_COOKIE_SECURE = True
DATA_UPLOAD_MAX_NUMBER_FILES = 500
''', fakes.django_secret_key(_seed()), "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key")

D("xml", "labeling-config", "configs/shelf_gaps.xml", """<View>
  <Header value="Mark every empty facing on the shelf"/>
  <Image name="image" value="$image" zoom="true" zoomControl="true"/>
  <RectangleLabels name="label" toName="image" strokeWidth="2">
    <Label value="gap" background="#ff4d4f"/>
    <Label value="misplaced" background="#faad14"/>
    <Label value="price_tag" background="#1890ff"/>
  </RectangleLabels>
  <TextArea name="comment" toName="image" placeholder="anything odd?" maxSubmissions="1"/>
</View>
""", "https://labelstud.io/tags/rectanglelabels")

_amz = ("https://acme-dashcam-frames.s3.amazonaws.com/2024/08/frame_{n}.jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256"
        "&X-Amz-Credential=ASIA{cred}%2F20240812%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Date=20240812T101500Z"
        "&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature={sig}")
D("json", "presigned-url", "exports/project-7-at-2024-08-12-10-15.json", f"""[
  {{
    "id": 18231,
    "annotations": [
      {{
        "id": 9921,
        "completed_by": 4,
        "result": [
          {{"original_width": 1920, "original_height": 1080, "image_rotation": 0,
            "value": {{"x": 41.2, "y": 55.0, "width": 8.1, "height": 12.4, "rotation": 0, "rectanglelabels": ["pedestrian"]}},
            "id": "{draw(10, URLSAFE)}", "from_name": "label", "to_name": "image", "type": "rectanglelabels"}}
        ],
        "was_cancelled": false,
        "lead_time": 18.412,
        "created_at": "2024-08-12T09:58:41.112Z"
      }}
    ],
    "data": {{"image": "{_amz.format(n='000812', cred=draw(16, UPPER_DIGITS), sig=hexs(64))}"}},
    "meta": {{}},
    "project": 7
  }}
]
""", "https://labelstud.io/guide/export#Label-Studio-JSON-format-of-annotated-tasks")

D("dotenv", "placeholder", ".env.example", """# copy to .env and fill in
LABEL_STUDIO_URL=http://localhost:8080
LABEL_STUDIO_API_KEY=your-api-key-here
# Account & Settings > Access Token
ML_BACKEND_URL=http://localhost:9090
AWS_ACCESS_KEY_ID=
AWS_SECRET_ACCESS_KEY=
S3_BUCKET=my-bucket
""", SRC_LS)

D("json", "password-hash", "fixtures/users.json", f"""[
  {{
    "model": "users.user",
    "pk": 1,
    "fields": {{
      "password": "{pbkdf2_django()}",
      "last_login": "2024-05-02T08:11:42Z",
      "is_superuser": true,
      "username": "admin",
      "email": "admin@acme-annotation.com",
      "is_staff": true,
      "is_active": true,
      "date_joined": "2023-11-20T14:03:00Z"
    }}
  }}
]
""", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords")

D("helm-values", "secret-ref", "deploy/label-studio/values-staging.yaml", """global:
  image:
    tag: "1.13.1"
  pgConfig:
    host: "{{ .Release.Name }}-postgresql"
    dbName: labelstudio
    userName: labelstudio
    password:
      secretName: label-studio-postgres
      secretKey: password
  persistence:
    type: s3
    config:
      s3:
        bucket: acme-ls-staging
        accessKeyExistingSecret: ls-s3-creds
        accessKeyExistingSecretKey: AWS_ACCESS_KEY_ID
        secretKeyExistingSecret: ls-s3-creds
        secretKeyExistingSecretKey: AWS_SECRET_ACCESS_KEY
""", "https://github.com/HumanSignal/charts/tree/master/heartex/label-studio")

D("json", "uuid-ids", "exports/project-3-min.json", f"""[
  {{"id": 501, "image": "/data/upload/3/{hexs(8)}-IMG_0412.jpg", "annotation_id": 811, "annotator": 2,
   "annotation_uuid": "{uuid_s()}", "choice": "ripe", "created_at": "2024-09-01T11:02:11Z", "lead_time": 3.2}},
  {{"id": 502, "image": "/data/upload/3/{hexs(8)}-IMG_0413.jpg", "annotation_id": 812, "annotator": 2,
   "annotation_uuid": "{uuid_s()}", "choice": "unripe", "created_at": "2024-09-01T11:02:19Z", "lead_time": 2.7}},
  {{"id": 503, "image": "/data/upload/3/{hexs(8)}-IMG_0414.jpg", "annotation_id": 813, "annotator": 5,
   "annotation_uuid": "{uuid_s()}", "choice": "ripe", "created_at": "2024-09-01T11:03:40Z", "lead_time": 4.9}}
]
""", "https://labelstud.io/guide/export#JSON-MIN")

D("python", "env-reference", "ml_backend/model.py", '''import os

from label_studio_ml.model import LabelStudioMLBase
from label_studio_ml.utils import get_image_local_path

LABEL_STUDIO_HOST = os.getenv("LABEL_STUDIO_HOST", "http://localhost:8080")
LABEL_STUDIO_API_KEY = os.getenv("LABEL_STUDIO_API_KEY")


class YoloBackend(LabelStudioMLBase):
    def predict(self, tasks, context=None, **kwargs):
        path = get_image_local_path(tasks[0]["data"]["image"], label_studio_access_token=LABEL_STUDIO_API_KEY,
                                    label_studio_host=LABEL_STUDIO_HOST)
        return [self.model.predict(path)]
''', "https://github.com/HumanSignal/label-studio-ml-backend")

# =============================================================================================
# CVAT
# =============================================================================================
SV("shell", "password", "scripts/cvat_upload_batch.sh", """#!/usr/bin/env bash
# usage: cvat_upload_batch.sh <batch-dir>
set -euo pipefail
BATCH="$1"
NAME="weeds-$(basename "$BATCH")"

cvat-cli --server-host https://cvat.acme-farms.com --auth labelops:'@V@' \\
  task create "$NAME" \\
  --labels '[{"name":"weed"},{"name":"crop"},{"name":"soil"}]' \\
  --image_quality 90 --segment_size 200 \\
  local "$BATCH"/*.jpg
""", human_pw(), "https://docs.cvat.ai/docs/api_sdk/cli/")

SV("python", "password", "tools/cvat_pull.py", '''"""Download finished CVAT jobs as COCO 1.0 into exports/."""
from pathlib import Path

from cvat_sdk import make_client
from cvat_sdk.core.proxies.tasks import ResourceType

HOST = "https://app.cvat.ai"
CREDS = ("r.okafor", "@V@")

with make_client(HOST, credentials=CREDS) as client:
    client.organization_slug = "acme-med"
    for task in client.tasks.list():
        if task.status != "completed":
            continue
        out = Path("exports") / f"task_{task.id}.zip"
        task.export_dataset("COCO 1.0", out, include_images=False)
        print("saved", out)
''', human_pw(), SRC_CVAT)

SV("compose", "password", "cvat/docker-compose.override.yml", """services:
  cvat_db:
    environment:
      POSTGRES_PASSWORD: "@V@"
  cvat_server:
    environment:
      CVAT_HOST: cvat.lab.acme.io
      CVAT_POSTGRES_PASSWORD: "@V@"
      DJANGO_SUPERUSER_USERNAME: admin
      DJANGO_SUPERUSER_EMAIL: admin@lab.acme.io
  traefik:
    environment:
      CVAT_HOST: cvat.lab.acme.io
      ACME_EMAIL: it@lab.acme.io
""", url_pw(), "https://docs.cvat.ai/docs/administration/basics/installation/")

SV("python", "cvat-token", "sync/cvat_webhook_relay.py", '''import requests
from flask import Flask, request

app = Flask(__name__)
CVAT = "https://cvat.internal.acme.io"
HEADERS = {"Authorization": "Token @V@"}


@app.post("/cvat-hook")
def hook():
    event = request.get_json()
    if event.get("event") == "update:job" and event["job"]["state"] == "completed":
        job_id = event["job"]["id"]
        r = requests.get(f"{CVAT}/api/jobs/{job_id}/annotations", headers=HEADERS, timeout=30)
        r.raise_for_status()
        store(job_id, r.json())
    return "", 204
''', drf_token(), "https://docs.cvat.ai/docs/api_sdk/api/")

_p = human_pw()
S("ipynb", "password", "notebooks/cvat_quality_report.ipynb", notebook(
    ("code", ["import requests, pandas as pd\n", "CVAT = 'https://cvat.acme-farms.com'\n",
              f"auth = ('qa-reviewer', '{_p}')\n",
              "jobs = requests.get(f'{CVAT}/api/jobs?page_size=500', auth=auth).json()['results']\n",
              "df = pd.DataFrame(jobs)[['id', 'task_id', 'stage', 'state', 'assignee']]\n", "df.head()"],
     ["   id  task_id       stage      state assignee\n", "0  88      31  annotation  completed     None\n"]),
    ("code", ["df.groupby('stage').size()"]),
), _p, SRC_NB)

D("xml", "no-credential", "exports/task_31/annotations.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<annotations>
  <version>1.1</version>
  <meta>
    <job>
      <id>88</id>
      <size>200</size>
      <mode>annotation</mode>
      <overlap>0</overlap>
      <created>2024-07-02 09:12:41.402311+00:00</created>
      <updated>2024-07-09 16:20:05.118290+00:00</updated>
      <owner><username>labelops</username><email>labelops@acme-farms.com</email></owner>
      <labels>
        <label><name>weed</name><color>#fa3253</color><type>polygon</type></label>
        <label><name>crop</name><color>#33ddff</color><type>polygon</type></label>
      </labels>
    </job>
    <dumped>2024-07-10 07:00:12.553219+00:00</dumped>
  </meta>
  <image id="0" name="field3_row12_0001.jpg" width="2048" height="1536">
    <polygon label="weed" source="manual" occluded="0" points="412.3,880.1;455.0,902.7;431.9,951.2" z_order="0"/>
  </image>
  <image id="1" name="field3_row12_0002.jpg" width="2048" height="1536">
    <polygon label="crop" source="semi-auto" occluded="0" points="1001.2,233.0;1088.4,240.9;1040.6,321.7" z_order="0"/>
  </image>
</annotations>
""", "https://docs.cvat.ai/docs/manual/advanced/formats/format-cvat/")

D("shell", "env-reference", "scripts/cvat_backup.sh", """#!/usr/bin/env bash
set -euo pipefail
: "${CVAT_USER:?set CVAT_USER}"
: "${CVAT_PASSWORD:?set CVAT_PASSWORD}"

for id in $(cvat-cli --server-host "$CVAT_HOST" --auth "$CVAT_USER:$CVAT_PASSWORD" task ls --json | jq -r '.[].id'); do
  cvat-cli --server-host "$CVAT_HOST" --auth "$CVAT_USER:$CVAT_PASSWORD" task backup "$id" "backups/task_$id.zip"
done
""", "https://docs.cvat.ai/docs/api_sdk/cli/")

D("compose", "env-reference", "cvat/docker-compose.prod.yml", """services:
  cvat_db:
    environment:
      POSTGRES_USER: root
      POSTGRES_DB: cvat
      POSTGRES_PASSWORD_FILE: /run/secrets/cvat_db_password
    secrets:
      - cvat_db_password
  cvat_server:
    environment:
      CVAT_POSTGRES_PASSWORD: ${CVAT_POSTGRES_PASSWORD:?}
      CVAT_REDIS_INMEM_PASSWORD: ${CVAT_REDIS_PASSWORD:-}
secrets:
  cvat_db_password:
    file: ./secrets/cvat_db_password.txt
""", SRC_COMPOSE)

D("jsonl", "checksums", "data/task_31/manifest.jsonl", "\n".join([
    '{"version":"1.1"}', '{"type":"images"}'] + [
    f'{{"name":"field3_row12_{i:04d}","extension":".jpg","width":2048,"height":1536,"meta":{{"related_images":[]}},"checksum":"{hexs(32)}"}}'
    for i in range(1, 6)]) + "\n", "https://docs.cvat.ai/docs/manual/advanced/dataset_manifest/")

# =============================================================================================
# Roboflow
# =============================================================================================
SV("python", "roboflow-key", "scripts/pull_roboflow.py", '''from roboflow import Roboflow

rf = Roboflow(api_key="@V@")
project = rf.workspace("acme-robotics").project("pallet-detection")
version = project.version(14)
dataset = version.download("yolov8", location="datasets/pallets-v14")
print(dataset.location)
''', roboflow_key(), SRC_RF)

_r = roboflow_key()
S("ipynb", "roboflow-key", "notebooks/train_yolov8_pallets.ipynb", notebook(
    ("code", ["!pip install -q ultralytics==8.2.58 roboflow"]),
    ("code", ["from roboflow import Roboflow\n", f"rf = Roboflow(api_key=\"{_r}\")\n",
              "project = rf.workspace(\"acme-robotics\").project(\"pallet-detection\")\n",
              "dataset = project.version(14).download(\"yolov8\")"],
     ["loading Roboflow workspace...\n", "loading Roboflow project...\n",
      "Downloading Dataset Version Zip in pallet-detection-14 to yolov8:: 100%\n"]),
    ("code", ["!yolo task=detect mode=train model=yolov8s.pt data={dataset.location}/data.yaml epochs=60"]),
), _r, SRC_NB)

SV("dotenv", "roboflow-key", "edge/.env.production", """ROBOFLOW_API_KEY="@V@"
ROBOFLOW_MODEL_ID=pallet-detection/14
CAMERA_RTSP=rtsp://10.20.0.31:554/stream1
CONFIDENCE=0.45
MQTT_HOST=10.20.0.2
""", roboflow_key(), "https://inference.roboflow.com/quickstart/configure_api_key/")

SV("shell", "roboflow-key-url", "scripts/smoke_test_model.sh", """#!/bin/sh
# quick check that the hosted model answers
IMG=${1:-samples/pallet_01.jpg}
base64 "$IMG" | curl -s -d @- \\
  "https://detect.roboflow.com/pallet-detection/14?api_key=@V@&confidence=40&overlap=30" \\
  | jq '.predictions | length'
""", roboflow_key(), "https://docs.roboflow.com/deploy/hosted-api/object-detection")

D("yaml", "no-credential", "datasets/pallets-v14/data.yaml", """names:
- pallet
- forklift
- person
nc: 3
roboflow:
  license: CC BY 4.0
  project: pallet-detection
  url: https://universe.roboflow.com/acme-robotics/pallet-detection/dataset/14
  version: 14
  workspace: acme-robotics
test: ../test/images
train: ../train/images
val: ../valid/images
""", "https://docs.roboflow.com/datasets/exporting-data")

D("python", "placeholder", "examples/quickstart.py", '''"""Quickstart from the README: replace the key with yours (Settings > Roboflow API)."""
from roboflow import Roboflow

rf = Roboflow(api_key="YOUR_PRIVATE_API_KEY")
project = rf.workspace("your-workspace").project("your-project")
model = project.version(1).model

prediction = model.predict("example.jpg", confidence=40, overlap=30)
prediction.save("prediction.jpg")
''', SRC_RF)

D("python", "env-reference", "edge/infer.py", '''import os

import cv2
from inference import get_model

model = get_model(model_id=os.environ["ROBOFLOW_MODEL_ID"], api_key=os.environ["ROBOFLOW_API_KEY"])
cap = cv2.VideoCapture(os.environ["CAMERA_RTSP"])
while True:
    ok, frame = cap.read()
    if not ok:
        break
    results = model.infer(frame, confidence=float(os.getenv("CONFIDENCE", "0.5")))[0]
    publish(results)
''', "https://inference.roboflow.com/quickstart/run_a_model/")

D("text", "no-credential", "datasets/pallets-v14/README.roboflow.txt", """
Pallet Detection - v14 2024-06-03 3:12pm
==============================

This dataset was exported via roboflow.com on June 3, 2024 at 3:14 PM GMT

Roboflow is an end-to-end computer vision platform that helps you
* collaborate with your team on computer vision projects
* collect & organize images
* understand and search unstructured image data
* annotate, and create datasets

For state of the art Computer Vision training notebooks you can use with this dataset,
visit https://github.com/roboflow/notebooks

The dataset includes 4127 images.
Pallets are annotated in YOLOv8 format.
""", "https://docs.roboflow.com/datasets/exporting-data")

# =============================================================================================
# Scale AI
# =============================================================================================
SV("python", "scale-key", "vendors/scale/submit_batch.py", '''import scaleapi
from scaleapi.tasks import TaskType

client = scaleapi.ScaleClient("@V@")

batch = client.create_batch(project="lidar-cuboids-q3", batch_name="drive-0917", callback="https://hooks.acme-av.com/scale")
for frame in open("frames.txt").read().split():
    client.create_task(
        TaskType.ImageAnnotation,
        project="lidar-cuboids-q3",
        batch=batch.name,
        attachment=f"https://acme-av-public.s3.amazonaws.com/{frame}",
        geometries={"box": {"objects_to_annotate": ["car", "pedestrian", "cyclist"]}},
    )
batch.finalize()
''', scale_key(), "https://github.com/scaleapi/scaleapi-python-client")

SV("shell", "scale-key", "vendors/scale/check_task.sh", """#!/usr/bin/env bash
# prints the status of a Scale task
TASK_ID=$1
curl -s "https://api.scale.com/v1/task/$TASK_ID" \\
  -u "@V@:" | jq '{status, completed_at, response: (.response.annotations | length)}'
""", scale_key(), SRC_SCALE)

SV("yaml", "scale-key", "config/vendors.yaml", """vendors:
  scale:
    api_key: @V@
    project: doc-layout-v2
    callback_url: https://hooks.acme-docai.com/scale
  toloka:
    sandbox: true
    pool_id: 41822911
""", scale_key(), SRC_SCALE)

D("json", "object-ids", "vendors/scale/sample_callback.json", f"""{{
  "task_id": "{object_id()}",
  "status": "completed",
  "response": {{
    "annotations": [
      {{"uuid": "{uuid_s()}", "label": "car", "left": 412, "top": 288, "width": 140, "height": 96}}
    ]
  }},
  "task": {{
    "project": "lidar-cuboids-q3",
    "batch": "drive-0917",
    "callback_url": "https://hooks.acme-av.com/scale",
    "created_at": "2024-09-17T08:01:12.311Z"
  }}
}}
""", "https://docs.scale.com/reference/callbacks")

D("yaml", "env-reference", "config/vendors.staging.yaml", """vendors:
  scale:
    api_key: ${SCALE_API_KEY}
    project: doc-layout-v2-staging
    callback_url: https://hooks.staging.acme-docai.com/scale
  labelbox:
    api_key: ${LABELBOX_API_KEY}
    project_id: clx0p1f9s00a107l4c1c2hh5t
""", SRC_SCALE)

# =============================================================================================
# Labelbox
# =============================================================================================
SV("python", "labelbox-key", "vendors/labelbox/export_project.py", '''import labelbox as lb

LB_API_KEY = "@V@"
PROJECT_ID = "@PID@"

client = lb.Client(api_key=LB_API_KEY)
project = client.get_project(PROJECT_ID)
task = project.export(params={"label_details": True, "performance_details": True})
task.wait_till_done()
with open("exports/labelbox.ndjson", "w") as fh:
    for row in task.get_buffered_stream():
        fh.write(row.json_str() + "\\n")
''', labelbox_key(), SRC_LB, pid=cuid())

SV("dotenv", "labelbox-key", "vendors/labelbox/.env", """LABELBOX_API_KEY=@V@
LABELBOX_PROJECT=@PID@
EXPORT_DIR=exports
""" + "SLACK_CHANNEL=#labelling\nRETRY=3\n", labelbox_key(), SRC_LB, pid=cuid())

SV("python", "webhook-secret", "vendors/labelbox/webhook.py", '''import hashlib
import hmac

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()
WEBHOOK_SECRET = b"@V@"


@app.post("/labelbox")
async def labelbox_hook(request: Request, x_hub_signature: str = Header(...)):
    body = await request.body()
    digest = "sha1=" + hmac.new(WEBHOOK_SECRET, body, hashlib.sha1).hexdigest()
    if not hmac.compare_digest(digest, x_hub_signature):
        raise HTTPException(status_code=401)
    return {"ok": True}
''', mixed(32), "https://docs.labelbox.com/reference/webhook")

D("ndjson", "object-ids", "exports/labelbox.ndjson", "\n".join(
    json.dumps({"data_row": {"id": cuid(), "external_id": f"img_{i:05d}.jpg",
                             "row_data": f"https://storage.googleapis.com/acme-lb-public/img_{i:05d}.jpg"},
                "projects": {cuid(): {"name": "pallets", "labels": [{"id": cuid(), "label_details": {
                    "created_at": "2024-05-01T10:00:00+00:00", "created_by": "annotator3@acme.io"}}]}}})
    for i in range(5)) + "\n", "https://docs.labelbox.com/reference/export-image-annotations")

D("json", "object-ids", "vendors/labelbox/ontology.json", f"""{{
  "tools": [
    {{"tool": "rectangle", "name": "pallet", "color": "#ff0000", "featureSchemaId": "{cuid()}", "schemaNodeId": "{cuid()}"}},
    {{"tool": "polygon", "name": "spill", "color": "#00aaff", "featureSchemaId": "{cuid()}", "schemaNodeId": "{cuid()}"}}
  ],
  "classifications": [
    {{"type": "radio", "name": "lighting", "instructions": "Lighting", "featureSchemaId": "{cuid()}",
      "options": [{{"value": "day", "label": "day"}}, {{"value": "night", "label": "night"}}]}}
  ]
}}
""", "https://docs.labelbox.com/reference/ontology")

# =============================================================================================
# Prodigy
# =============================================================================================
SV("json", "password", "prodigy.json", """{
  "theme": "basic",
  "custom_theme": {"cardMaxWidth": 1100},
  "buttons": ["accept", "reject", "ignore", "undo"],
  "batch_size": 10,
  "host": "0.0.0.0",
  "port": 8080,
  "db": "postgresql",
  "db_settings": {
    "postgresql": {
      "host": "prodigy-db.c1x9.eu-west-1.rds.amazonaws.com",
      "dbname": "prodigy",
      "user": "prodigy",
      "password": "@V@"
    }
  },
  "feed_overlap": false,
  "annotations_per_task": 2
}
""", human_pw(), "https://prodi.gy/docs/install#config")

SV("requirements", "prodigy-license", "requirements-annotate.txt", """# annotation env (python 3.11)
--extra-index-url https://@V@@download.prodi.gy
prodigy>=1.15,<2.0
spacy==3.7.5
en_core_web_trf @ https://github.com/explosion/spacy-models/releases/download/en_core_web_trf-3.7.3/en_core_web_trf-3.7.3-py3-none-any.whl
pandas>=2.1
""", prodigy_license(), "https://prodi.gy/docs/install#pip")

SV("dockerfile", "prodigy-license", "annotate/Dockerfile", """FROM python:3.11-slim

ENV PRODIGY_HOME=/prodigy PRODIGY_ALLOWED_SESSIONS=alex,bea,chen,dana
WORKDIR /prodigy

RUN pip install --no-cache-dir prodigy -f https://@V@@download.prodi.gy \\
 && python -m spacy download en_core_web_md

COPY prodigy.json recipes/ /prodigy/
EXPOSE 8080
CMD ["prodigy", "ner.manual", "contracts_ner", "en_core_web_md", "/data/contracts.jsonl", "--label", "PARTY,DATE,AMOUNT", "-F", "recipes/custom.py"]
""", prodigy_license(), "https://prodi.gy/docs/install#docker")

SV("dotenv", "password", "annotate/.env", """PRODIGY_HOST=0.0.0.0
PRODIGY_PORT=8080
PRODIGY_BASIC_AUTH_USER=annotators
PRODIGY_BASIC_AUTH_PASS=@V@
PRODIGY_LOGGING=basic
""", human_pw(), "https://prodi.gy/docs/api-web-app#basic-auth")

D("json", "no-credential", "team/prodigy.json", """{
  "theme": "basic",
  "buttons": ["accept", "reject", "ignore", "undo"],
  "db": "sqlite",
  "db_settings": {
    "sqlite": {"name": "prodigy.db", "path": "/srv/prodigy"}
  },
  "instructions": "./annotation_guidelines.html",
  "show_stats": true,
  "feed_overlap": true,
  "port": 8080
}
""", "https://prodi.gy/docs/install#config")

D("requirements", "env-reference", "requirements-prodigy.txt", """# PRODIGY_KEY comes from the CI secret store
--extra-index-url https://${PRODIGY_KEY}@download.prodi.gy
prodigy==1.15.3
spacy>=3.7,<3.8
srsly
typer>=0.9
""", "https://pip.pypa.io/en/stable/reference/requirements-file-format/#using-environment-variables")

D("jsonl", "hashes", "exports/contracts_ner.jsonl", "\n".join(
    json.dumps({"text": t, "_input_hash": _rng().randint(-2**31, 2**31), "_task_hash": _rng().randint(-2**31, 2**31),
                "tokens": [], "spans": [{"start": 0, "end": 4, "label": "PARTY"}], "_view_id": "ner_manual",
                "answer": "accept", "_timestamp": 1718000000 + i * 17, "_annotator_id": "contracts_ner-alex",
                "_session_id": "contracts_ner-alex"})
    for i, t in enumerate(["Acme Ltd shall pay EUR 12,000 by 1 March 2025.", "This Agreement is made between Foo GmbH and Bar AB.",
                           "Payment terms: net 30.", "Signed on 4 April 2024.", "Fees are non-refundable."])) + "\n",
  "https://prodi.gy/docs/api-interfaces#ner_manual")

# =============================================================================================
# Argilla
# =============================================================================================
SV("python", "argilla-key", "feedback/log_to_argilla.py", '''import argilla as rg
from datasets import load_dataset

client = rg.Argilla(api_url="https://acme-argilla.hf.space", api_key="@V@")

settings = rg.Settings(
    fields=[rg.TextField(name="prompt"), rg.TextField(name="response")],
    questions=[rg.RatingQuestion(name="quality", values=[1, 2, 3, 4, 5]),
               rg.TextQuestion(name="correction", required=False)],
)
dataset = rg.Dataset(name="rlhf-batch-07", workspace="support", settings=settings, client=client)
dataset.create()
dataset.records.log(load_dataset("acme-nlp/support-responses", split="train[:500]"))
''', argilla_key(), "https://docs.argilla.io/latest/how_to_guides/dataset/")

SV("compose", "password", "argilla/docker-compose.yaml", """services:
  argilla:
    image: argilla/argilla-server:v2.4.0
    restart: unless-stopped
    ports:
      - "6900:6900"
    environment:
      ARGILLA_HOME_PATH: /var/lib/argilla
      ARGILLA_ELASTICSEARCH: http://elasticsearch:9200
      ARGILLA_DATABASE_URL: postgresql+asyncpg://argilla:@V@@postgres:5432/argilla
      USERNAME: labelops
      API_KEY: ${ARGILLA_OWNER_KEY}
    depends_on:
      - elasticsearch
      - postgres
""", url_pw(), SRC_ARGILLA)

SV("dotenv", "argilla-key", "argilla/.env", """ARGILLA_API_URL=https://argilla.acme-support.io
ARGILLA_API_KEY=@V@
ARGILLA_WORKSPACE=support
HF_HOME=/cache/hf
""" + "TZ=Europe/Berlin\n", argilla_key(), "https://docs.argilla.io/latest/reference/argilla/client/")

D("markdown", "default-doc-value", "docs/argilla_quickstart.md", """# Argilla quickstart (local)

```bash
docker run -d --name argilla -p 6900:6900 argilla/argilla-quickstart:latest
```

The quickstart image creates a default owner user. Connect with the documented defaults:

```python
import argilla as rg
client = rg.Argilla(api_url="http://localhost:6900", api_key="argilla.apikey")
```

Change them before exposing the instance anywhere (`USERNAME`, `PASSWORD`, `API_KEY` env vars).
""", "https://docs.argilla.io/latest/getting_started/quickstart/")

D("python", "env-reference", "feedback/pull_from_argilla.py", '''import os

import argilla as rg

client = rg.Argilla(api_url=os.environ["ARGILLA_API_URL"], api_key=os.environ["ARGILLA_API_KEY"])
dataset = client.datasets(name="rlhf-batch-07", workspace="support")
records = dataset.records.to_list(flatten=True)
submitted = [r for r in records if r.get("quality.responses")]
print(f"{len(submitted)}/{len(records)} records rated")
dataset.to_hub(repo_id="acme-nlp/rlhf-batch-07", token=os.getenv("HF_TOKEN"))
''', "https://docs.argilla.io/latest/how_to_guides/import_export/")

# =============================================================================================
# FiftyOne
# =============================================================================================
SV("json", "mongodb-password", "home/.fiftyone/config.json", """{
    "database_uri": "mongodb://fiftyone:@V@@mongo.vision.internal:27017/?authSource=admin",
    "database_name": "fiftyone_vision",
    "default_dataset_dir": "/mnt/datasets/fiftyone",
    "default_ml_backend": "torch",
    "show_progress_bars": true,
    "timezone": "UTC"
}
""", url_pw(), SRC_FO)

SV("json", "password", "home/.fiftyone/annotation_config.json", """{
    "default_backend": "cvat",
    "backends": {
        "cvat": {
            "config_cls": "fiftyone.utils.cvat.CVATBackendConfig",
            "url": "https://cvat.acme-farms.com",
            "username": "fiftyone-sync",
            "password": "@V@"
        },
        "labelstudio": {
            "config_cls": "fiftyone.utils.labelstudio.LabelStudioBackendConfig",
            "url": "http://localhost:8080"
        }
    }
}
""", human_pw(), SRC_FO_ANNO)

SV("python", "label-studio-token", "curation/send_to_labelstudio.py", '''import fiftyone as fo
import fiftyone.brain as fob

dataset = fo.load_dataset("dashcam-2024-08")
fob.compute_uniqueness(dataset)
hard = dataset.sort_by("uniqueness", reverse=True).limit(300)

hard.annotate(
    "round4",
    backend="labelstudio",
    url="https://label.acme-av.com",
    api_key="@V@",
    label_field="ground_truth",
    label_type="detections",
    classes=["car", "truck", "pedestrian", "cyclist"],
    launch_editor=False,
)
''', drf_token(), SRC_FO_ANNO)

SV("python", "mongodb-password", "app/fo_config.py", '''"""Point FiftyOne at the shared database before anything imports fiftyone."""
import os

os.environ.setdefault(
    "FIFTYONE_DATABASE_URI",
    "mongodb+srv://fo_app:@V@@vision-cluster.x7k2q.mongodb.net/?retryWrites=true&w=majority",
)
os.environ.setdefault("FIFTYONE_DATABASE_NAME", "fiftyone_prod")

import fiftyone as fo  # noqa: E402

fo.config.default_dataset_dir = "/data/fiftyone"
''', url_pw(), SRC_FO)

D("json", "no-credential", "home/.fiftyone/app_config.json", """{
    "color_by": "instance",
    "colorscale": "viridis",
    "grid_zoom": 4,
    "loop_videos": true,
    "notebook_height": 800,
    "show_confidence": true,
    "show_label": true,
    "use_frame_number": false
}
""", "https://docs.voxel51.com/user_guide/config.html#configuring-the-app")

D("json", "object-ids", "exports/fo_dataset/samples.json", f"""{{
  "samples": [
    {{"_id": {{"$oid": "{object_id()}"}}, "filepath": "data/000001.jpg", "tags": ["validation"],
     "ground_truth": {{"_id": {{"$oid": "{object_id()}"}}, "_cls": "Detections", "detections": [
        {{"_id": {{"$oid": "{object_id()}"}}, "label": "car", "bounding_box": [0.12, 0.4, 0.2, 0.18], "confidence": null}}]}}}},
    {{"_id": {{"$oid": "{object_id()}"}}, "filepath": "data/000002.jpg", "tags": [],
     "ground_truth": {{"_id": {{"$oid": "{object_id()}"}}, "_cls": "Detections", "detections": []}}}}
  ],
  "name": "dashcam-2024-08",
  "version": "0.24.1"
}}
""", "https://docs.voxel51.com/user_guide/export_datasets.html#fiftyonedataset")

D("json", "env-reference", "curation/annotation_config.json", """{
    "default_backend": "labelbox",
    "backends": {
        "labelbox": {
            "config_cls": "fiftyone.utils.labelbox.LabelboxBackendConfig",
            "url": "https://labelbox.com",
            "api_key": null
        }
    },
    "_comment": "api_key is read from FIFTYONE_LABELBOX_API_KEY"
}
""", SRC_FO_ANNO)

# =============================================================================================
# Other trackers: Neptune, Comet, MLflow
# =============================================================================================
SV("python", "neptune-token", "experiments/track.py", '''import neptune

run = neptune.init_run(
    project="acme-vision/label-quality",
    api_token="@V@",
    tags=["relabel", "round-3"],
)
run["parameters"] = {"lr": 3e-4, "epochs": 40, "label_version": "v12"}
''', neptune_token(), "https://docs.neptune.ai/setup/setting_api_token/")

SV("ini", "comet-key", ".comet.config", """[comet]
api_key = @V@
workspace = acme-nlp
project_name = ticket-intents

[comet_logging]
hide_api_key = true
""", comet_key(), "https://www.comet.com/docs/v2/guides/experiment-management/configure-sdk/")

SV("dotenv", "password", "mlflow/.env", """MLFLOW_TRACKING_URI=https://mlflow.acme-ml.io
MLFLOW_TRACKING_USERNAME=ci-trainer
MLFLOW_TRACKING_PASSWORD=@V@
MLFLOW_EXPERIMENT_NAME=label-noise-ablation
""" + "MLFLOW_S3_ENDPOINT_URL=https://minio.acme-ml.io\n", human_pw(),
   "https://mlflow.org/docs/latest/auth/index.html#using-environment-variables")

SV("yaml", "databricks-token", "configs/mlflow_databricks.yaml", """tracking:
  backend: databricks
  host: https://adb-7710291837465521.11.azuredatabricks.net
  token: @V@
  experiment: /Shared/annotation/active-learning
registry:
  model_name: doc-layout-detector
  stage: Staging
""", databricks_token(), "https://docs.databricks.com/en/dev-tools/auth/pat.html")

D("python", "placeholder", "experiments/neptune_anonymous.py", '''"""Public demo: logs to Neptune's shared anonymous project (no account needed)."""
import neptune

run = neptune.init_run(
    project="common/quickstarts",
    api_token=neptune.ANONYMOUS_API_TOKEN,
)
for epoch in range(10):
    run["train/loss"].append(1.0 / (epoch + 1))
run.stop()
''', "https://docs.neptune.ai/usage/quickstart/")

D("ini", "placeholder", "docs/comet.config.example", """# copy to ~/.comet.config
[comet]
api_key = <YOUR-COMET-API-KEY>
workspace = <workspace>
project_name = ticket-intents

[comet_logging]
hide_api_key = true
""", "https://www.comet.com/docs/v2/guides/experiment-management/configure-sdk/")

DV("yaml", "run-id", "mlflow/MLmodel", """artifact_path: model
flavors:
  python_function:
    env:
      conda: conda.yaml
      virtualenv: python_env.yaml
    loader_module: mlflow.pytorch
    python_version: 3.11.9
  pytorch:
    model_data: data
    pytorch_version: 2.3.1
mlflow_version: 2.14.1
model_size_bytes: 98311201
model_uuid: @UUID@
run_id: @V@
utc_time_created: '2024-07-01 12:03:44.118402'
""", hexs(32), "https://mlflow.org/docs/latest/models.html#storage-format", uuid=hexs(32))

# =============================================================================================
# Other labelling platforms: Supervisely, V7 Darwin, Encord, SuperAnnotate, Segments.ai, Doccano
# =============================================================================================
SV("dotenv", "supervisely-token", "supervisely.env", """# ~/supervisely.env (used by supervisely SDK and apps)
SERVER_ADDRESS="https://app.supervisely.com"
API_TOKEN="@V@"
TEAM_ID=31877
WORKSPACE_ID=70412
""", supervisely_token(), "https://developer.supervisely.com/getting-started/basics-of-authentication")

SV("python", "supervisely-token", "sly/upload_predictions.py", '''import supervisely as sly

api = sly.Api(
    server_address="https://sly.acme-agro.com",
    token="@V@",
)
project = api.project.get_info_by_name(70412, "weeds-2024")
meta = sly.ProjectMeta.from_json(api.project.get_meta(project.id))
for ds in api.dataset.get_list(project.id):
    print(ds.name, ds.items_count)
''', supervisely_token(), "https://developer.supervisely.com/getting-started/python-sdk-tutorials")

SV("yaml", "darwin-key", "home/.darwin/config.yaml", """global:
  api_endpoint: https://darwin.v7labs.com/api/
  base_url: https://darwin.v7labs.com
  default_team: acme-pathology
teams:
  acme-pathology:
    api_key: @V@
    datasets_dir: /home/mlops/.darwin/datasets
""", darwin_key(), "https://docs.v7labs.com/docs/loading-a-dataset-in-python")

_key = openssh_key()
S("python", "ssh-private-key", "encord/sync_labels.py", '''"""Pull label rows from Encord for the polyp-segmentation project."""
from encord import EncordUserClient

PRIVATE_KEY = """''' + _key + '''
"""

user_client = EncordUserClient.create_with_ssh_private_key(PRIVATE_KEY)
project = user_client.get_project("5f1a9c1e-8ad2-4bc3-b0d0-6ab1f12e3c77")
for row in project.list_label_rows_v2():
    row.initialise_labels()
    print(row.data_title, len(row.get_object_instances()))
''', _key, "https://docs.encord.com/sdk-documentation/getting-started-sdk/authentication-sdk")

SV("ini", "superannotate-token", "home/.superannotate/config.ini", """[DEFAULT]
SA_TOKEN = @V@
LOGGING_LEVEL = INFO
LOGGING_PATH = ~/.superannotate/logs
VERIFY_SSL = True
""", hexs(40) + "t=" + str(_rng().randint(10000, 99999)), "https://doc.superannotate.com/docs/python-sdk-setup")

SV("python", "segments-key", "segments/release.py", '''from segments import SegmentsClient, SegmentsDataset
from segments.utils import export_dataset

client = SegmentsClient("@V@")
release = client.get_release("acme-robotics/bin-picking", "v0.4")
dataset = SegmentsDataset(release, labelset="ground-truth", filter_by=["labeled", "reviewed"])
export_dataset(dataset, export_format="coco-instance")
''', hexs(40), "https://docs.segments.ai/python-sdk")

SV("shell", "password", "doccano/bootstrap.sh", """#!/bin/bash
# one-off bootstrap of the doccano instance on the annotation VM
set -e
pip install doccano==1.8.4
doccano init
doccano createuser --username admin --password '@V@'
doccano webserver --port 8000 &
doccano task &
wait
""", human_pw(), "https://doccano.github.io/doccano/install_and_upgrade_doccano/")

D("python", "key-path", "encord/client.py", '''"""Encord client from the SSH key registered for the service account."""
import os
from pathlib import Path

from encord import EncordUserClient

KEY_PATH = Path(os.getenv("ENCORD_SSH_KEY_FILE", "~/.ssh/encord_ed25519")).expanduser()


def client() -> EncordUserClient:
    return EncordUserClient.create_with_ssh_private_key(KEY_PATH.read_text())
''', "https://docs.encord.com/sdk-documentation/getting-started-sdk/authentication-sdk")

D("markdown", "public-key", "docs/encord_access.md", f"""# Encord access for the pipeline

The sync job authenticates with an SSH key. The **public** half is registered in
Encord under Settings > Public keys as `labelops-sync`:

```
{ssh_ed25519_pub("labelops-sync@acme")}
```

The private half lives in Vault at `secret/data/ml/encord` (`ssh_private_key`).
Rotate yearly; see runbooks/rotate-encord-key.md.
""", "https://docs.encord.com/platform-documentation/Annotate/annotate-api-keys")

D("dotenv", "placeholder", "supervisely.env.example", """# fill in from https://app.supervisely.com/user/settings/tokens
SERVER_ADDRESS="https://app.supervisely.com"
API_TOKEN="<paste-your-token-here>"
TEAM_ID=
WORKSPACE_ID=
""", "https://developer.supervisely.com/getting-started/basics-of-authentication")

# =============================================================================================
# LLM-assisted labelling
# =============================================================================================
SV("json", "openai-key", "autolabel/config_ticket_intents.json", """{
  "task_name": "TicketIntentClassification",
  "task_type": "classification",
  "dataset": {"label_column": "label", "delimiter": ","},
  "model": {
    "provider": "openai",
    "name": "gpt-4o-mini",
    "params": {"api_key": "@V@", "temperature": 0}
  },
  "prompt": {
    "task_guidelines": "Classify the support ticket into one of the intents.",
    "labels": ["billing", "bug", "feature_request", "account", "other"],
    "few_shot_selection": "semantic_similarity",
    "few_shot_num": 5
  }
}
""", openai_key(), "https://docs.refuel.ai/autolabel/guide/resources/configs/")

SV("python", "anthropic-key", "preannotate/llm_spans.py", '''"""Suggest PII spans with Claude, written as Label Studio predictions."""
import json

import anthropic

client = anthropic.Anthropic(api_key="@V@")

PROMPT = """Return JSON list of {"start", "end", "label"} for names, emails and phone numbers in:\\n\\n{text}"""


def predict(text: str) -> list:
    msg = client.messages.create(model="claude-3-5-sonnet-20240620", max_tokens=1024,
                                 messages=[{"role": "user", "content": PROMPT.format(text=text)}])
    return json.loads(msg.content[0].text)
''', anthropic_key(), "https://docs.anthropic.com/en/api/client-sdks")

SV("compose", "openai-key", "ml-backend-llm/docker-compose.yml", """services:
  llm-interactive:
    image: humansignal/ml-backend:llm-interactive
    environment:
      - OPENAI_API_KEY=@V@
      - OPENAI_MODEL=gpt-4o
      - TEMPERATURE=0.7
      - NUM_RESPONSES=1
      - LABEL_STUDIO_URL=http://label-studio:8080
    ports:
      - 9090:9090
""", openai_key(), "https://github.com/HumanSignal/label-studio-ml-backend/tree/master/label_studio_ml/examples/llm_interactive")

D("python", "test-fixture", "tests/test_preannotate.py", '''from unittest import mock

import pytest

from preannotate import llm_spans


@pytest.fixture(autouse=True)
def fake_env(monkeypatch):
    monkeypatch.setenv("ANTHROPIC_API_KEY", "test-key-not-real")
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", "dummy")


def test_predict_parses_json():
    reply = mock.Mock(content=[mock.Mock(text='[{"start": 0, "end": 4, "label": "NAME"}]')])
    with mock.patch.object(llm_spans.client.messages, "create", return_value=reply):
        assert llm_spans.predict("Anna called")[0]["label"] == "NAME"
''', "https://docs.pytest.org/en/stable/how-to/monkeypatch.html")

# =============================================================================================
# Notifications from annotation pipelines
# =============================================================================================
SV("python", "slack-webhook", "ops/progress_report.py", '''"""Post daily annotation progress to #labelling."""
import requests
from label_studio_sdk.client import LabelStudio

SLACK_WEBHOOK = "@V@"
ls = LabelStudio(base_url="http://label-studio:8080")

lines = []
for p in ls.projects.list():
    done = p.num_tasks_with_annotations or 0
    lines.append(f"*{p.title}*: {done}/{p.task_number} ({100 * done // max(p.task_number, 1)}%)")
requests.post(SLACK_WEBHOOK, json={"text": "\\n".join(lines)}, timeout=10)
''', slack_webhook(), "https://api.slack.com/messaging/webhooks")

SV("yaml", "discord-webhook", "config/notify.yaml", """notify:
  on_job_completed: true
  on_review_rejected: true
  discord:
    webhook: "@V@"
    username: cvat-bot
  email:
    enabled: false
""", discord_webhook(), "https://discord.com/developers/docs/resources/webhook")

D("yaml", "placeholder", "config/notify.example.yaml", """notify:
  on_job_completed: true
  on_review_rejected: false
  slack:
    # Incoming webhook of your channel
    webhook: "https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX"
    channel: "#labelling"
""", "https://api.slack.com/messaging/webhooks")

# =============================================================================================
# Storage and infrastructure behind annotation tools
# =============================================================================================
SV("aws-credentials", "aws-secret", "home/.aws/credentials", """[default]
region = us-east-1

[groundtruth]
aws_access_key_id = @ID@
aws_secret_access_key = @V@
region = us-west-2
""", aws_secret(), "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", id=aws_id())

SV("python", "aws-secret", "mturk/post_hits.py", '''import boto3

mturk = boto3.client(
    "mturk",
    aws_access_key_id="@ID@",
    aws_secret_access_key="@V@",
    region_name="us-east-1",
    endpoint_url="https://mturk-requester.us-east-1.amazonaws.com",
)

question = open("templates/bbox_hit.xml").read()
for url in open("batch.txt").read().split():
    mturk.create_hit(Title="Draw boxes around cars", Reward="0.05", MaxAssignments=3,
                     LifetimeInSeconds=86400, AssignmentDurationInSeconds=600,
                     Question=question.replace("${image_url}", url))
''', aws_secret(), "https://docs.aws.amazon.com/AWSMechTurk/latest/AWSMturkAPI/ApiReference_CreateHITOperation.html",
   id=aws_id())

SV("compose", "password", "storage/docker-compose.minio.yml", """services:
  minio:
    image: minio/minio:RELEASE.2024-08-17T01-24-54Z
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: labelops
      MINIO_ROOT_PASSWORD: @V@
    volumes:
      - /srv/minio:/data
    ports:
      - "9000:9000"
      - "9001:9001"
""", url_pw(), "https://min.io/docs/minio/container/index.html")

SV("ini", "minio-secret", "annot-store/.dvc/config.local", """['remote "minio"']
    endpointurl = https://minio.acme-lab.internal:9000
    access_key_id = labelops-dvc
    secret_access_key = @V@
    ssl_verify = /etc/ssl/certs/acme-internal-ca.pem
""", draw(40, ALNUM + "/+"), "https://dvc.org/doc/user-guide/data-management/remote-storage/amazon-s3#s3-compatible-servers-non-amazon")

SV("ini", "azure-sas", "pathology/.dvc/config.local", """['remote "slides"']
    account_name = acmepathslides
    sas_token = @V@
['remote "slides-archive"']
    account_name = acmepathslidesarch
    allow_anonymous_login = false
""", f"sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-12-31T23:59:59Z&st=2024-01-01T00:00:00Z&spr=https&sig={draw(43, ALNUM + '+/').replace('+', '%2B').replace('/', '%2F')}%3D",
   "https://dvc.org/doc/user-guide/data-management/remote-storage/azure-blob-storage")

SV("python", "database", "airflow/dags/sync_labels.py", '''from datetime import datetime

import pandas as pd
import sqlalchemy as sa
from airflow.decorators import dag, task

LABEL_DB = "postgresql://ls_reader:@V@@label-db.acme.internal:5432/labelstudio"


@dag(schedule="@hourly", start_date=datetime(2024, 6, 1), catchup=False, tags=["labels"])
def sync_labels():
    @task
    def extract():
        engine = sa.create_engine(LABEL_DB)
        df = pd.read_sql("SELECT id, task_id, result, updated_at FROM task_completion WHERE updated_at > now() - interval '1 hour'", engine)
        df.to_parquet("/tmp/labels.parquet")

    extract()


sync_labels()
''', url_pw(), "https://airflow.apache.org/docs/apache-airflow/stable/tutorial/taskflow.html")

SV("dotenv", "database", "airflow/.env", """AIRFLOW__CORE__EXECUTOR=LocalExecutor
AIRFLOW__CORE__LOAD_EXAMPLES=False
AIRFLOW_CONN_LABEL_DB=postgres://ls_reader:@V@@label-db.acme.internal:5432/labelstudio
AIRFLOW_CONN_AWS_DEFAULT=aws://
AIRFLOW_UID=50000
""", url_pw(), "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html#storing-connections-in-environment-variables")

SV("hcl", "password", "infra/annotation/terraform.tfvars", """region           = "eu-west-1"
environment      = "prod"
label_studio_ami = "ami-0b9c2f1e7a1d44c21"
instance_type    = "m6i.xlarge"
db_instance      = "db.t4g.medium"
db_username      = "labelstudio"
db_password      = "@V@"
allowed_cidrs    = ["10.40.0.0/16"]
""", human_pw(), "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files")

_pem = rsa_pem("RSA PRIVATE KEY")
S("cloud-init", "ssh-private-key", "infra/annotation/cloud-init.yaml", """#cloud-config
package_update: true
packages: [docker.io, docker-compose-v2, git]
write_files:
  - path: /home/ubuntu/.ssh/id_rsa
    owner: ubuntu:ubuntu
    permissions: "0600"
    content: |
""" + indent(_pem, 6) + """
runcmd:
  - sudo -u ubuntu git clone git@github.com:acme-vision/annotation-stack.git /opt/stack
  - cd /opt/stack && docker compose up -d
""", _pem, "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#write-files")

# =============================================================================================
# Awkward real forms: here-docs, block scalars, notebook outputs, split literals, pasted logs
# =============================================================================================
SV("shell", "kaggle-key", "setup/colab_setup.sh", """#!/usr/bin/env bash
# run at the top of every Colab/Vast.ai box
pip -q install kaggle wandb
mkdir -p ~/.kaggle
cat > ~/.kaggle/kaggle.json <<EOF
{"username": "t-nakamura", "key": "@V@"}
EOF
chmod 600 ~/.kaggle/kaggle.json
kaggle competitions download -c image-matching-challenge-2024 -p /content/data
""", kaggle_key(), "https://www.gnu.org/software/bash/manual/bash.html#Here-Documents + " + SRC_KAGGLE)

SV("cloud-init", "wandb-key", "infra/gpu-node/user-data.yaml", """#cloud-config
users:
  - name: trainer
    groups: [docker]
    shell: /bin/bash
write_files:
  - path: /home/trainer/.netrc
    permissions: "0600"
    owner: trainer:trainer
    defer: true
    content: |
      machine api.wandb.ai
        login user
        password @V@
runcmd:
  - [su, trainer, -c, "docker compose -f /opt/train/compose.yml up -d"]
""", wandb_key(), "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#write-files")

SV("k8s-secret", "wandb-key", "k8s/training/wandb-secret.yaml", """apiVersion: v1
kind: Secret
metadata:
  name: wandb
  namespace: training
type: Opaque
stringData:
  WANDB_API_KEY: "@V@"
  WANDB_ENTITY: acme-vision
""", wandb_key(), SRC_K8S)

_lb = labelbox_key()
S("ipynb", "labelbox-key", "notebooks/labelbox_export_debug.ipynb", notebook(
    ("code", ["import os\n", "from google.colab import userdata\n",
              "os.environ['LABELBOX_API_KEY'] = userdata.get('LABELBOX_API_KEY')\n",
              "print(os.environ['LABELBOX_API_KEY'])  # debugging 401s"], [_lb + "\n"]),
    ("code", ["import labelbox as lb\n", "client = lb.Client()\n", "client.get_user().email"]),
), _lb, SRC_NB)

_s = scale_key()
S("python", "scale-key", "vendors/scale/settings.py", f'''"""Scale AI settings for the doc-layout vendor jobs."""

SCALE_PROJECT = "doc-layout-v2"
SCALE_API_KEY = (
    "{_s[:20]}"
    "{_s[20:]}"
)
SCALE_CALLBACK = "https://hooks.acme-docai.com/scale"
MAX_TASKS_PER_BATCH = 5000
''', _s, SRC_SCALE)

_h = hf_token()
S("log", "hf-token", "logs/push_hub_failure.log", f"""2024-09-03 14:22:07,118 INFO labeltools.push: uploading 14 shards to acme-nlp/contract-clauses
2024-09-03 14:22:07,420 DEBUG urllib3.connectionpool: Starting new HTTPS connection (1): huggingface.co:443
2024-09-03 14:22:07,902 DEBUG huggingface_hub.utils._http: Request headers: {{'user-agent': 'unknown/None; hf_hub/0.24.6; python/3.11.9', 'authorization': 'Bearer {_h}'}}
2024-09-03 14:22:08,011 DEBUG urllib3.connectionpool: https://huggingface.co:443 "POST /api/datasets/acme-nlp/contract-clauses/preupload/main HTTP/1.1" 403 112
2024-09-03 14:22:08,013 ERROR labeltools.push: 403 Forbidden: You don't have the rights to create a dataset under the namespace "acme-nlp".
2024-09-03 14:22:08,013 ERROR labeltools.push: aborting, 0/14 shards uploaded
""", _h, "https://huggingface.co/docs/huggingface_hub/package_reference/utilities#huggingface_hub.utils.logging")

SV("python", "label-studio-token", "tools/ls_export_cli.py", '''"""Export a Label Studio project snapshot.

Example:
    python tools/ls_export_cli.py --project 42 --format COCO
"""
import argparse

import requests

parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument("--url", default="https://label.acme-docs.io")
parser.add_argument("--token", default="@V@")
parser.add_argument("--project", type=int, required=True)
parser.add_argument("--format", default="JSON")
args = parser.parse_args()

r = requests.get(f"{args.url}/api/projects/{args.project}/export", params={"exportType": args.format},
                 headers={"Authorization": f"Token {args.token}"}, timeout=300)
r.raise_for_status()
open(f"project-{args.project}.{args.format.lower()}.zip", "wb").write(r.content)
''', drf_token(), SRC_LS)

SV("github-actions", "roboflow-key", ".github/workflows/upload-to-roboflow.yml", """name: upload-to-roboflow
on:
  push:
    branches: [main]
    paths: ["captures/**"]
jobs:
  upload:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install roboflow
      - run: |
          python - <<'PY'
          from roboflow import Roboflow
          rf = Roboflow(api_key="@V@")
          p = rf.workspace("acme-robotics").project("pallet-detection")
          import glob
          for f in glob.glob("captures/**/*.jpg", recursive=True):
              p.upload(f, batch_name="ci-captures")
          PY
""", roboflow_key(), SRC_GHA)

SV("systemd", "password", "deploy/systemd/label-studio.service", """[Unit]
Description=Label Studio
After=network-online.target postgresql.service

[Service]
User=labelstudio
WorkingDirectory=/opt/label-studio
Environment=DJANGO_DB=default
Environment=POSTGRE_HOST=localhost
Environment=POSTGRE_PASSWORD=@V@
Environment=LABEL_STUDIO_LOCAL_FILES_SERVING_ENABLED=true
ExecStart=/opt/label-studio/venv/bin/label-studio start --port 8080 --no-browser
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", passphrase(), "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=")

SV("ansible", "password", "ansible/host_vars/cvat01.yml", """---
cvat_version: v2.16.2
cvat_host: cvat.lab.acme.io
cvat_superuser: admin
cvat_superuser_email: admin@lab.acme.io
cvat_superuser_password: "@V@"
cvat_share_dir: /mnt/share
cvat_enable_serverless: true
""", human_pw(), "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables")

SV("gitlab-ci", "gitlab-token", ".gitlab-ci.yml", """stages: [convert, publish]

convert:
  stage: convert
  image: python:3.11
  script:
    - pip install -r requirements.txt
    - git clone https://oauth2:@V@@gitlab.acme.io/ml/annotation-guidelines.git guidelines
    - python -m labeltools.convert --guidelines guidelines/labels.yaml --src exports/ --dst build/
  artifacts:
    paths: [build/]

publish:
  stage: publish
  script: [python -m labeltools.push --file build/dataset.parquet]
""", fakes.fake("glpat-", 20, _seed()), "https://docs.gitlab.com/ee/ci/yaml/")

SV("ini", "gcs-hmac", "home/.boto", """[Credentials]
gs_access_key_id = GOOG1E@ID@
gs_secret_access_key = @V@

[GSUtil]
default_project_id = acme-labeling-prod
parallel_composite_upload_threshold = 150M
""", draw(40, ALNUM + "/+"), "https://cloud.google.com/storage/docs/boto-gsutil", id=draw(55, UPPER_DIGITS))

SV("python", "comet-key", "experiments/comet_train.py", '''from comet_ml import Experiment
import torch

experiment = Experiment(
    api_key="@V@",
    project_name="ticket-intents",
    workspace="acme-nlp",
)
experiment.log_parameters({"label_version": "v9", "lr": 2e-5, "batch_size": 32})
model = torch.hub.load("huggingface/pytorch-transformers", "model", "distilbert-base-uncased")
experiment.set_model_graph(str(model))
''', comet_key(), "https://www.comet.com/docs/v2/api-and-sdk/python-sdk/reference/Experiment/")

SV("shell", "kaggle-key", "home/.bashrc", """# ~/.bashrc additions for the annotation workstation
alias ll='ls -alF'
export PATH="$HOME/.local/bin:$PATH"
export KAGGLE_USERNAME=obrien-lab
export KAGGLE_KEY=@V@
export LABEL_STUDIO_URL=http://localhost:8080
[ -f ~/.fzf.bash ] && source ~/.fzf.bash
""", kaggle_key(), "https://www.gnu.org/software/bash/manual/bash.html#Bash-Startup-Files")

SV("yaml", "wandb-key", "configs/logger/wandb.yaml", """# https://wandb.ai
wandb:
  _target_: lightning.pytorch.loggers.wandb.WandbLogger
  project: "doc-layout"
  entity: "acme-docai"
  log_model: false
  offline: false
  group: ""
  tags: ["relabelled"]
  api_key: "@V@"  # read by src/utils/logging.py before init
""", wandb_key(), "https://github.com/ashleve/lightning-hydra-template/blob/main/configs/logger/wandb.yaml")

SV("typescript", "label-studio-pat", "scripts/sync-tasks.ts", """import fetch from "node-fetch";

const LS_URL = "https://label.acme-retail.com";
const LS_TOKEN = "@V@";

async function accessToken(): Promise<string> {
  const res = await fetch(`${LS_URL}/api/token/refresh`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ refresh: LS_TOKEN }),
  });
  return (await res.json()).access;
}

export async function listTasks(project: number) {
  const token = await accessToken();
  const res = await fetch(`${LS_URL}/api/projects/${project}/tasks?page_size=100`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return res.json();
}
""", ls_pat(), "https://labelstud.io/guide/access_tokens")

SV("toml", "password", "annotate/fly.toml", """app = "acme-prodigy"
primary_region = "ams"

[build]
  dockerfile = "Dockerfile"

[env]
  PRODIGY_BASIC_AUTH_USER = "annotators"
  PRODIGY_BASIC_AUTH_PASS = "@V@"
  PRODIGY_PORT = "8080"

[http_service]
  internal_port = 8080
  force_https = true
""", human_pw(), "https://fly.io/docs/reference/configuration/")

SV("hocon", "azure-account-key", "home/clearml.conf", """sdk {
    azure.storage {
        containers: [
            {
                account_name: "acmemlartifacts"
                account_key: "@V@"
                container_name: "clearml"
            }
        ]
    }
    development.default_output_uri: "azure://acmemlartifacts.blob.core.windows.net/clearml"
}
""", azure_account_key(), "https://clear.ml/docs/latest/docs/integrations/storage#configuring-azure")

SV("shell", "wandb-key", "run_docker.sh", """#!/bin/bash
# launches the training container on the shared GPU box
docker run --rm --gpus '"device=0,1"' \\
  --shm-size 16g \\
  -v /mnt/labels:/labels:ro \\
  -v "$PWD/runs":/app/runs \\
  -e WANDB_API_KEY=@V@ \\
  -e WANDB_PROJECT=weed-segmentation \\
  acme/weed-seg:latest python train.py --labels /labels/v7
""", wandb_key(), "https://docs.docker.com/reference/cli/docker/container/run/")

SV("dotenv", "neptune-token", "experiments/.env", """NEPTUNE_PROJECT=acme-vision/label-quality
NEPTUNE_API_TOKEN="@V@"
NEPTUNE_MODE=async
""" + "CUDA_VISIBLE_DEVICES=0\nOMP_NUM_THREADS=8\n", neptune_token(), "https://docs.neptune.ai/setup/setting_api_token/")

_key = openssh_key()
S("openssh-key", "ssh-private-key", "keys/encord-sync", _key + "\n", _key,
  "https://docs.encord.com/sdk-documentation/getting-started-sdk/authentication-sdk")

SV("dockerfile", "hf-token", "serve/Dockerfile", """FROM python:3.11-slim
RUN pip install --no-cache-dir huggingface_hub fastapi uvicorn onnxruntime pillow
# bake the model into the image so the annotation backend starts offline
RUN python -c "from huggingface_hub import snapshot_download; \\
    snapshot_download('acme-vision/defect-seg', local_dir='/models/defect-seg', token='@V@')"
COPY app /app
WORKDIR /app
CMD ["uvicorn", "main:app", "--host", "0.0.0.0", "--port", "9090"]
""", hf_token(), "https://huggingface.co/docs/huggingface_hub/guides/download#download-an-entire-repository")

SV("github-actions", "labelbox-key", ".github/workflows/nightly-export.yml", """name: nightly-export
on:
  schedule: [{cron: "30 2 * * *"}]
jobs:
  export:
    runs-on: ubuntu-latest
    env:
      LABELBOX_API_KEY: @V@
      PROJECT_ID: @PID@
    steps:
      - uses: actions/checkout@v4
      - run: pip install "labelbox[data]"
      - run: python vendors/labelbox/export_project.py
      - uses: actions/upload-artifact@v4
        with: {name: labelbox-export, path: exports/}
""", labelbox_key(), SRC_GHA, pid=cuid())

# =============================================================================================
# More decoys: encrypted values, hashes, references, ids
# =============================================================================================
D("ansible", "vault-ciphertext", "ansible/group_vars/annotation/vault.yml", "cvat_superuser_password: !vault |\n"
  + indent(vault_blob(), 10) + "\nlabel_studio_db_password: !vault |\n" + indent(vault_blob(), 10) + "\n",
  "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html#encrypting-individual-variables-with-ansible-vault")

D("sops", "sops-ciphertext", "secrets/clearml.enc.yaml", f"""clearml:
    access_key: {sops_enc(20)}
    secret_key: {sops_enc(50)}
wandb_api_key: {sops_enc(40)}
sops:
    kms: []
    age:
        - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            {base64.b64encode(rand_bytes(48)).decode()}
            {base64.b64encode(rand_bytes(48)).decode()}
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-08-30T09:14:22Z"
    mac: {sops_enc(32)}
    unencrypted_suffix: _unencrypted
    version: 3.9.0
""", "https://github.com/getsops/sops#encrypting-using-age")

D("k8s", "sealed-secret", "k8s/label-studio/sealed-admin.yaml", f"""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: label-studio-admin
  namespace: annotation
spec:
  encryptedData:
    password: {base64.b64encode(rand_bytes(300)).decode()}
    username: {base64.b64encode(rand_bytes(280)).decode()}
  template:
    metadata:
      name: label-studio-admin
      namespace: annotation
    type: Opaque
""", "https://github.com/bitnami-labs/sealed-secrets#usage")

D("helm-values", "certificate", "deploy/cvat/values-ca.yaml", "cvat:\n  backend:\n    extraVolumes: []\n"
  "  frontend:\n    replicas: 2\nglobal:\n  # internal CA so the nuclio functions trust the CVAT ingress\n"
  "  customCA: |\n" + indent(cert_pem(), 4) + "\ningress:\n  enabled: true\n  hosts: [cvat.lab.acme.io]\n",
  "https://github.com/cvat-ai/cvat/tree/develop/helm-chart")

D("htpasswd", "password-hash", "nginx/annotators.htpasswd", "\n".join(
    f"{u}:{bcrypt_hash()}" for u in ["alex", "bea", "chen", "dana", "emeka", "farah"]) + "\n",
  "https://httpd.apache.org/docs/2.4/programs/htpasswd.html")

D("python", "password-hash", "jupyter/jupyter_server_config.py", f"""# Jupyter server for the annotation QA notebooks
c = get_config()  # noqa: F821
c.ServerApp.ip = "0.0.0.0"
c.ServerApp.port = 8888
c.ServerApp.open_browser = False
c.ServerApp.root_dir = "/srv/qa-notebooks"
c.PasswordIdentityProvider.hashed_password = "argon2:{argon2_hash()}"
c.ServerApp.allow_remote_access = True
""", "https://jupyter-server.readthedocs.io/en/latest/operators/public-server.html")

D("compose", "image-digest", "cvat/docker-compose.pinned.yml", f"""services:
  cvat_server:
    image: cvat/server@sha256:{hexs(64)}
    restart: always
  cvat_ui:
    image: cvat/ui@sha256:{hexs(64)}
    restart: always
  cvat_opa:
    image: openpolicyagent/opa@sha256:{hexs(64)}
""", SRC_COMPOSE)

D("requirements", "commit-sha", "requirements-ml.txt", f"""torch==2.3.1
torchvision==0.18.1
label-studio-sdk==1.0.5
git+https://github.com/facebookresearch/segment-anything.git@{hexs(40)}
git+https://github.com/IDEA-Research/GroundingDINO.git@{hexs(40)}
fiftyone==0.24.1
""", "https://pip.pypa.io/en/stable/topics/vcs-support/")

D("json", "uuid-ids", "config.json", f"""{{
    "subscription_id": "{uuid_s()}",
    "resource_group": "rg-ml-labeling",
    "workspace_name": "mlw-annotation-prod",
    "tenant_id": "{uuid_s()}",
    "datastore": "labelleddata"
}}
""", "https://learn.microsoft.com/en-us/azure/machine-learning/how-to-configure-environment#local-and-dsvm-only-create-a-workspace-configuration-file")

D("hcl", "secret-manager", "infra/annotation/secrets.tf", """data "aws_secretsmanager_secret_version" "labelbox" {
  secret_id = "ml/annotation/labelbox-api-key"
}

resource "aws_ssm_parameter" "ls_db_password" {
  name  = "/annotation/label-studio/db-password"
  type  = "SecureString"
  value = var.db_password
}

locals {
  labelbox_api_key = jsondecode(data.aws_secretsmanager_secret_version.labelbox.secret_string)["api_key"]
}
""", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version")

D("k8s", "secret-manager", "k8s/training/external-secret.yaml", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: tracking-creds
  namespace: training
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: tracking-creds
  data:
    - secretKey: WANDB_API_KEY
      remoteRef: {key: secret/data/ml/wandb, property: api_key}
    - secretKey: HF_TOKEN
      remoteRef: {key: secret/data/ml/huggingface, property: token}
""", "https://external-secrets.io/latest/api/externalsecret/")

D("log", "redacted", "logs/ml-backend-startup.log", """[2024-09-12 08:00:01] INFO  Starting ML backend sam (MobileSAM)
[2024-09-12 08:00:01] INFO  LABEL_STUDIO_HOST=http://label-studio:8080
[2024-09-12 08:00:01] INFO  LABEL_STUDIO_API_KEY=****************************************
[2024-09-12 08:00:01] INFO  HF_TOKEN=hf_****
[2024-09-12 08:00:04] INFO  Model loaded in 2.91s on cuda:0
[2024-09-12 08:00:04] INFO  Listening on 0.0.0.0:9090
""", "https://github.com/HumanSignal/label-studio-ml-backend")

D("shell", "prompt", "scripts/cvat_login.sh", """#!/usr/bin/env bash
# interactive helper: stores nothing on disk
read -r -p "CVAT user: " CVAT_USER
read -r -s -p "CVAT password: " CVAT_PASSWORD; echo
export CVAT_USER CVAT_PASSWORD
cvat-cli --server-host https://cvat.acme-farms.com --auth "$CVAT_USER:$CVAT_PASSWORD" task ls
""", "https://docs.cvat.ai/docs/api_sdk/cli/")

D("jinja", "template", "ansible/roles/trainer/templates/netrc.j2", """# {{ ansible_managed }}
machine api.wandb.ai
  login user
  password {{ wandb_api_key }}
machine {{ clearml_files_host }}
  login {{ clearml_access_key }}
  password {{ clearml_secret_key }}
""", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/template_module.html")

D("json", "no-credential", "exports/coco/instances_val.json", """{
  "info": {"description": "Retail shelf products", "version": "12", "year": 2024, "contributor": "Acme labelling team",
           "date_created": "2024-06-01"},
  "licenses": [{"id": 1, "name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}],
  "images": [
    {"id": 1, "file_name": "shelf_000001.jpg", "width": 1920, "height": 1080, "license": 1},
    {"id": 2, "file_name": "shelf_000002.jpg", "width": 1920, "height": 1080, "license": 1}
  ],
  "annotations": [
    {"id": 1, "image_id": 1, "category_id": 3, "bbox": [412.0, 220.5, 88.0, 140.0], "area": 12320.0, "iscrowd": 0},
    {"id": 2, "image_id": 2, "category_id": 1, "bbox": [1002.0, 640.0, 75.5, 92.0], "area": 6946.0, "iscrowd": 0}
  ],
  "categories": [{"id": 1, "name": "gap"}, {"id": 2, "name": "misplaced"}, {"id": 3, "name": "price_tag"}]
}
""", "https://cocodataset.org/#format-data")

D("jsonl", "arn-ids", "groundtruth/output/manifests/output/output.manifest", "\n".join(
    json.dumps({"source-ref": f"s3://acme-gt-input/frames/{i:06d}.jpg",
                "vehicles": {"annotations": [{"class_id": 0, "left": 100 + i, "top": 80, "width": 40, "height": 30}],
                             "image_size": [{"width": 1280, "height": 720, "depth": 3}]},
                "vehicles-metadata": {"job-name": "labeling-job/vehicles-2024-09",
                                      "class-map": {"0": "car"}, "human-annotated": "yes",
                                      "creation-date": "2024-09-14T11:02:33.412000", "type": "groundtruth/object-detection",
                                      "workteam-arn": "arn:aws:sagemaker:us-west-2:394669845002:workteam/private-crowd/acme-labelers"}})
    for i in range(5)) + "\n", "https://docs.aws.amazon.com/sagemaker/latest/dg/sms-data-output.html")

_run = draw(8, LOWER_DIGITS)
D("ipynb", "run-id", "notebooks/relabel_ablation.ipynb", notebook(
    ("code", ["import wandb\n", "run = wandb.init(project='weed-segmentation', job_type='ablation')"],
     [f"wandb: Currently logged in as: acme-ml (acme-vision). Use `wandb login --relogin` to force relogin\n",
      f"wandb: Tracking run with wandb version 0.17.7\n",
      f"wandb: Syncing run dauntless-river-41\n",
      f"wandb: View run at https://wandb.ai/acme-vision/weed-segmentation/runs/{_run}\n"]),
    ("code", ["run.finish()"], [f"wandb: Synced dauntless-river-41: https://wandb.ai/acme-vision/weed-segmentation/runs/{_run}\n"]),
), SRC_NB)

D("json", "commit-sha", "models/sam-vit-huge/config.json", f"""{{
  "_commit_hash": "{hexs(40)}",
  "_name_or_path": "facebook/sam-vit-huge",
  "architectures": ["SamModel"],
  "initializer_range": 0.02,
  "model_type": "sam",
  "torch_dtype": "float32",
  "transformers_version": "4.44.2"
}}
""", "https://huggingface.co/docs/transformers/main_classes/configuration")

D("json", "no-credential", "kaggle/kernel-metadata.json", """{
  "id": "northwind-vision/shelf-gap-baseline",
  "title": "Shelf gap baseline",
  "code_file": "train_baseline.py",
  "language": "python",
  "kernel_type": "script",
  "is_private": true,
  "enable_gpu": true,
  "enable_internet": true,
  "dataset_sources": ["northwind-vision/retail-shelf-products"],
  "competition_sources": [],
  "kernel_sources": []
}
""", "https://github.com/Kaggle/kaggle-api/wiki/Kernel-Metadata")

D("hocon", "key-path", "gcs/clearml.conf", """sdk {
    google.storage {
        project: "acme-labeling-prod"
        credentials_json: "/run/secrets/clearml-gcs.json"
        credentials = [
            {
                bucket: "acme-clearml-artifacts"
                credentials_json: "/run/secrets/clearml-gcs.json"
            }
        ]
    }
}
""", "https://clear.ml/docs/latest/docs/integrations/storage#configuring-google-storage")

# -- end of cases --
