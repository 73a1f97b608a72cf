"""Blind set CH: mining, oil and gas, and geoscience teams.

Subsurface data platforms (OSDU, Petrel and Studio connectors, Seequent Central/Evo/Leapfrog,
Datamine, Maptek Vulcan, Kingdom), well and production data (WITSML/ETP servers, PPDM databases,
Enverus/DrillingInfo and IHS APIs, Spotfire, PI Web API, Corva), drilling and rig telemetry
gateways (MQTT, Node-RED, Telegraf/InfluxDB, Azure IoT Hub, Kafka), seismic processing clusters
(Slurm, SEG-Y pipelines on S3, MinIO and Azure blob, rclone, Nextflow), mine fleet management
and dispatch (Modular DISPATCH/PowerView, Wenco), drone and LiDAR survey tooling (DroneDeploy,
Pix4D, Mapbox, ArcGIS, PDAL), environmental monitoring (Campbell CRBasic loggers, HOBOlink,
EQuIS) and assay-lab integrations (ALS, SGS, LabWare, acQuire, CCLAS), in the formats they
commit: YAML, JSON, TOML, INI, XML/.config, .properties, .env, HCL, nginx/apache, systemd,
crontab, Python, C#, Java, Go, C, JavaScript, R, MATLAB, VBA, Perl (lava), PowerShell, batch,
shell, SQL, CRBasic, Dockerfiles, compose, Kubernetes, Helm, CI configs, notebooks, QGIS
projects, LAS and CSV files, Markdown runbooks; and their decoys.
Generated fakes only (seeds 790000-799999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
LOWER_DIGITS = string.ascii_lowercase + string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits
_SEED = [790000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert 790000 <= _SEED[0] < 800000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert 790000 <= _SEED[0] < 800000
    return _SEED[0]


THEME = ["Pilbara", "Permian", "Bakken", "Kalgoorlie", "Dragline", "Haulpak", "Wellsite", "Mudlog",
         "Anticline", "Shale", "Tailings", "Crusher", "Bench", "Gamma", "Derrick", "Seismic", "Basin",
         "Assay", "Caprock", "Drillbit", "Orebody", "Stope", "Kelly", "Wildcat", "Ironstone", "Granite"]
LOWER = ["core", "sample", "pit", "haul", "rig", "tripod", "survey", "gravel", "drift", "ore",
         "cobalt", "nickel", "lidar", "sonde", "casing", "valve", "gypsum", "quarry"]


def human_pw() -> str:
    """What people of the field really pick: a word, a symbol, a year or a number."""
    r = _rng()
    form = r.randint(0, 4)
    if form == 0:
        return r.choice(THEME) + r.choice("!#$@*") + str(r.randint(2015, 2025))
    if form == 1:
        return r.choice(THEME) + str(r.randint(10, 999)) + r.choice("!#$")
    if form == 2:
        return r.choice(["Welcome", "Summer", "Winter", "Spring", "Drilling", "Survey"]) + str(r.randint(2018, 2025)) + r.choice("!#")
    if form == 3:
        return r.choice(THEME) + r.choice(THEME) + str(r.randint(10, 99)) + r.choice("!$%")
    return r.choice(THEME).lower() + r.choice("_.") + r.choice(LOWER) + str(r.randint(100, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def chars(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def azure_secret() -> str:
    """An Entra ID (Azure AD) client secret: three characters, 8Q~, then 34."""
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_refresh_token() -> str:
    r = _rng()
    return "0.AVYA" + "".join(r.choice(ALNUM + "-_") for _ in range(r.randint(330, 420)))


def cognito_secret() -> str:
    return chars(52, LOWER_DIGITS)


def aws_pair() -> tuple:
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


def storage_key() -> str:
    """An Azure storage account key: 64 random bytes in base64 (88 characters)."""
    return base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(64))).decode()


def shared_access_key() -> str:
    """An IoT Hub / Event Hubs shared access key: 32 bytes in base64."""
    return base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode()


def sas_sig() -> str:
    """The sig= of a SAS token as it is written in a URL (base64 of an HMAC, percent-encoded)."""
    raw = base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode()
    return raw.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


def influx_token() -> str:
    raw = base64.urlsafe_b64encode(bytes(_rng().getrandbits(8) for _ in range(64))).decode()
    return raw


def grafana_sa_token() -> str:
    return "glsa_" + chars(32) + "_" + hexs(8)


def mapbox_token(prefix: str, user: str) -> str:
    claims = json.dumps({"u": user, "a": "cl" + chars(23, LOWER_DIGITS)}, separators=(",", ":"))
    body = base64.urlsafe_b64encode(claims.encode()).decode().rstrip("=")
    return f"{prefix}.{body}." + chars(22, ALNUM + "-_")


def databricks_token() -> str:
    return "dapi" + hexs(32)


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER_DIGITS) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER_DIGITS) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def teams_webhook(tenant: str) -> str:
    return (f"https://{tenant}.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def github_pat() -> str:
    return fakes.github_token(_seed())


def gitlab_pat() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def ado_pat() -> str:
    return chars(52, "abcdefghijklmnopqrstuvwxyz234567")


def confluent_key() -> str:
    return chars(16, UPPER_DIGITS)


def confluent_secret() -> str:
    return chars(64, ALNUM + "+/")


def arcgis_key() -> str:
    return "AAPK" + hexs(32) + chars(64, ALNUM + "-_")


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(8))
    return "-----BEGIN CERTIFICATE-----\nMIID" + body[4:] + "\n-----END CERTIFICATE-----"


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + chars(43, ALNUM + "+/") + " " + comment


def indent(block: str, spaces: int) -> str:
    pad = " " * spaces
    return "\n".join(pad + line for line in block.splitlines())


CASES: List[LabelledCase] = []
_LEFT = re.compile(r"@[A-Z][A-Z0-9_]*@")


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **subs: str) -> None:
    for name, value in subs.items():
        text = text.replace(f"@{name}@", value)
    text = text.lstrip("\n")
    assert not _LEFT.search(text), (file_name, _LEFT.search(text))
    CASES.append(LabelledCase(category, file_name, text, secret, source))

# ---------------------------------------------------------------- OSDU data platform
_v = azure_secret()
add("blind-ch/yaml/azure-client-secret", "deploy/osdu/airflow/dags/config/ingestion-settings.yaml",
    "OSDU Airflow DAGs (osdu-airflow-lib) settings, Azure provider", r"""
# Settings read by the manifest-by-reference ingestion DAGs (Azure provider).
# Tenant: north basin production partition.
osdu:
  data_partition_id: nbe
  base_url: https://osdu.nbe-energy.net
  storage_url: https://osdu.nbe-energy.net/api/storage/v2
  search_url: https://osdu.nbe-energy.net/api/search/v2
  schema_url: https://osdu.nbe-energy.net/api/schema-service/v1
auth:
  provider: azure
  tenant_id: 6b1f3c2e-8d44-4a0b-9f3e-2c5d7e1a9b40
  client_id: 3f2a9c71-1e0d-4b5a-8c6f-92d4e0a1b7c3
  client_secret: @S@
  resource: 3f2a9c71-1e0d-4b5a-8c6f-92d4e0a1b7c3/.default
ingestion:
  batch_size: 500
  validate_schema: true
  skip_existing_records: false
  acl:
    viewers: data.default.viewers@nbe.dataservices.energy
    owners: data.default.owners@nbe.dataservices.energy
  legal_tag: nbe-public-usa-dataset-1
""", _v, S=_v)

_v = azure_secret()
add("blind-ch/env/azure-client-secret", "tools/osdu-loader/.env",
    "python-dotenv .env files; OSDU Azure service principal settings", r"""
# osdu-loader local settings -- used by load_wellbores.py and load_logs.py
OSDU_BASE_URL=https://osdu-dev.nbe-energy.net
OSDU_DATA_PARTITION=nbe-dev
AZURE_TENANT_ID=6b1f3c2e-8d44-4a0b-9f3e-2c5d7e1a9b40
AZURE_CLIENT_ID=c8d1e2f4-77a0-4c3b-b6e1-0f9a2d5c8e31
AZURE_CLIENT_SECRET="@S@"
OSDU_SCOPE=c8d1e2f4-77a0-4c3b-b6e1-0f9a2d5c8e31/.default offline_access
LEGAL_TAG=nbe-dev-private-default
LOG_LEVEL=INFO
""", _v, S=_v)

_v = azure_refresh_token()
add("blind-ch/python/azure-refresh-token", "scripts/osdu_load_wellbores.py",
    "OSDU Azure token endpoint (refresh_token grant), requests", r"""
#!/usr/bin/env python3
# Load wellbore master data from the PPDM export into OSDU (dev partition).
import csv
import sys

import requests

TOKEN_URL = "https://login.microsoftonline.com/6b1f3c2e-8d44-4a0b-9f3e-2c5d7e1a9b40/oauth2/v2.0/token"
CLIENT_ID = "c8d1e2f4-77a0-4c3b-b6e1-0f9a2d5c8e31"
# refresh token from the postman run, good for 90 days -- TODO move to key vault
REFRESH_TOKEN = "@S@"
OSDU = "https://osdu-dev.nbe-energy.net"
PARTITION = "nbe-dev"


def access_token() -> str:
    resp = requests.post(TOKEN_URL, data={
        "grant_type": "refresh_token",
        "client_id": CLIENT_ID,
        "refresh_token": REFRESH_TOKEN,
        "scope": f"{CLIENT_ID}/.default openid profile offline_access",
    }, timeout=30)
    resp.raise_for_status()
    return resp.json()["access_token"]


def main(path: str) -> None:
    headers = {"Authorization": f"Bearer {access_token()}", "data-partition-id": PARTITION}
    records = []
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            records.append({
                "kind": "osdu:wks:master-data--Wellbore:1.1.0",
                "acl": {"viewers": [f"data.default.viewers@{PARTITION}.dataservices.energy"],
                        "owners": [f"data.default.owners@{PARTITION}.dataservices.energy"]},
                "legal": {"legaltags": [f"{PARTITION}-private-default"], "otherRelevantDataCountries": ["US"]},
                "data": {"FacilityName": row["WELL_NAME"], "NameAliases": [{"AliasName": row["UWI"]}]},
            })
    r = requests.put(f"{OSDU}/api/storage/v2/records", json=records, headers=headers, timeout=120)
    r.raise_for_status()
    print(r.json()["recordCount"], "records stored")


if __name__ == "__main__":
    main(sys.argv[1])
""", _v, S=_v)

_v = azure_secret()
add("blind-ch/postman/azure-client-secret", "postman/OSDU-M18-nbe.postman_environment.json",
    "Postman environment export format; OSDU preship Postman collections", r"""
{
	"id": "5d0c2a4e-91b7-4f2e-a6d3-1c8e7b0f4a92",
	"name": "OSDU M18 - NBE prod",
	"values": [
		{ "key": "osduonaws_base_url", "value": "https://osdu.nbe-energy.net", "type": "default", "enabled": true },
		{ "key": "data_partition_id", "value": "nbe", "type": "default", "enabled": true },
		{ "key": "tenant_id", "value": "6b1f3c2e-8d44-4a0b-9f3e-2c5d7e1a9b40", "type": "default", "enabled": true },
		{ "key": "client_id", "value": "3f2a9c71-1e0d-4b5a-8c6f-92d4e0a1b7c3", "type": "default", "enabled": true },
		{ "key": "client_secret", "value": "@S@", "type": "secret", "enabled": true },
		{ "key": "access_token", "value": "", "type": "any", "enabled": true },
		{ "key": "legal_tag", "value": "nbe-public-usa-dataset-1", "type": "default", "enabled": true }
	],
	"_postman_variable_scope": "environment",
	"_postman_exported_at": "2024-03-11T04:12:55.019Z",
	"_postman_exported_using": "Postman/10.24.3"
}
""", _v, S=_v)

_v = cognito_secret()
add("blind-ch/ini/cognito-client-secret", "tools/osducli/config",
    "osdu-cli (community OSDU command line) config file, AWS Cognito client credentials", r"""
[core]
server = https://osdu.aws.redrock-minerals.com
crs_catalog_url = /api/crs/catalog/v2/
crs_converter_url = /api/crs/converter/v2/
entitlements_url = /api/entitlements/v2/
file_url = /api/file/v2/
legal_url = /api/legal/v1/
schema_url = /api/schema-service/v1/
search_url = /api/search/v2/
storage_url = /api/storage/v2/
data_partition_id = osdu
authentication_mode = msal_interactive

[aws]
token_endpoint = https://rrm-osdu.auth.ap-southeast-2.amazoncognito.com/oauth2/token
client_id = 4kq7d2m1rb0s8uo9v3n6hjc5ta
client_secret = @S@
scope = osduOnAws/osdu.write
""", _v, S=_v)

_v = azure_secret()
add("blind-ch/k8s-secret/azure-client-secret", "deploy/osdu/k8s/airflow-osdu-sp.yaml",
    "Kubernetes Secret (data: base64), OSDU on Azure airflow service principal", r"""
apiVersion: v1
kind: Secret
metadata:
  name: airflow-osdu-sp
  namespace: airflow
  labels:
    app.kubernetes.io/part-of: osdu-ingestion
type: Opaque
data:
  AZURE_TENANT_ID: @TENANT@
  AZURE_CLIENT_ID: @CLIENT@
  AZURE_CLIENT_SECRET: @S@
""", _v, S=b64(_v), TENANT=b64("6b1f3c2e-8d44-4a0b-9f3e-2c5d7e1a9b40"), CLIENT=b64("3f2a9c71-1e0d-4b5a-8c6f-92d4e0a1b7c3"))

_k = pem("")
_k = _k.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
_line = _k.splitlines()[1]
add("blind-ch/json/gcp-service-account", "deploy/osdu-gc/secrets/osdu-ingest-sa.json",
    "Google Cloud service account key file format (OSDU on Google Cloud)", r"""
{
  "type": "service_account",
  "project_id": "nbe-osdu-gc-prod",
  "private_key_id": "@KID@",
  "private_key": "@PK@",
  "client_email": "osdu-ingest@nbe-osdu-gc-prod.iam.gserviceaccount.com",
  "client_id": "109842736150298374615",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/osdu-ingest%40nbe-osdu-gc-prod.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", _line, KID=hexs(40), PK=_k.replace("\n", "\\n") + "\\n")

_v = azure_secret()
add("blind-ch/hcl/azure-client-secret", "infra/osdu/providers.tf",
    "Terraform azurerm provider arguments (client_secret)", r"""
terraform {
  required_version = ">= 1.5"
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 3.90"
    }
  }
}

# service principal "sp-osdu-infra" -- used by the pipeline and by the ops laptops
provider "azurerm" {
  features {}
  subscription_id = "a9e04c1b-2f7d-4e63-8b15-7c0d2e9f1a36"
  tenant_id       = "6b1f3c2e-8d44-4a0b-9f3e-2c5d7e1a9b40"
  client_id       = "0d7b3e9a-64c2-4f18-a0e5-b1c9f2d83a47"
  client_secret   = "@S@"
}

module "osdu_central_resources" {
  source              = "./modules/central_resources"
  resource_group_name = "rg-osdu-cr-prod"
  location            = "australiaeast"
}
""", _v, S=_v)

# OSDU decoys
add("blind-ch/yaml/decoy-env-ref", "deploy/osdu/airflow/dags/config/ingestion-settings.template.yaml",
    "OSDU Airflow DAG settings, values resolved from Airflow variables and env", r"""
# Template -- rendered at deploy time by envsubst, never commit real values.
osdu:
  data_partition_id: ${OSDU_DATA_PARTITION}
  base_url: ${OSDU_BASE_URL}
auth:
  provider: azure
  tenant_id: ${AZURE_TENANT_ID}
  client_id: ${AZURE_CLIENT_ID}
  client_secret: ${AZURE_CLIENT_SECRET}
  resource: ${AZURE_CLIENT_ID}/.default
ingestion:
  batch_size: 500
  validate_schema: true
  legal_tag: ${OSDU_LEGAL_TAG}
""")

add("blind-ch/env/decoy-placeholder", "tools/osdu-loader/.env.example",
    "python-dotenv .env example files", r"""
# Copy to .env and fill in. Ask #subsurface-data for a service principal.
OSDU_BASE_URL=https://osdu-dev.nbe-energy.net
OSDU_DATA_PARTITION=nbe-dev
AZURE_TENANT_ID=<tenant-guid>
AZURE_CLIENT_ID=<app-registration-client-id>
AZURE_CLIENT_SECRET=<client-secret-from-keyvault>
OSDU_SCOPE=<client-id>/.default offline_access
LEGAL_TAG=nbe-dev-private-default
LOG_LEVEL=INFO
""")

add("blind-ch/python/decoy-env-ref", "src/osdu_sync/auth.py",
    "msal ConfidentialClientApplication; secrets from environment", r"""
import os
from functools import lru_cache

import msal

AUTHORITY = f"https://login.microsoftonline.com/{os.environ['AZURE_TENANT_ID']}"
PARTITION = os.environ.get("OSDU_DATA_PARTITION", "nbe")


@lru_cache(maxsize=1)
def _app() -> msal.ConfidentialClientApplication:
    return msal.ConfidentialClientApplication(
        client_id=os.environ["AZURE_CLIENT_ID"],
        client_credential=os.environ["AZURE_CLIENT_SECRET"],
        authority=AUTHORITY,
    )


def token() -> str:
    scope = [f"{os.environ['AZURE_CLIENT_ID']}/.default"]
    result = _app().acquire_token_for_client(scopes=scope)
    if "access_token" not in result:
        raise RuntimeError(result.get("error_description", "token request failed"))
    return result["access_token"]


def headers() -> dict:
    return {"Authorization": f"Bearer {token()}", "data-partition-id": PARTITION,
            "Content-Type": "application/json"}
""")

add("blind-ch/postman/decoy-template", "postman/OSDU-M18-template.postman_environment.json",
    "Postman environment export; values left empty or templated", r"""
{
	"id": "8a3e61f0-2c4d-4b97-9e15-d07c3a28b6f1",
	"name": "OSDU M18 - template",
	"values": [
		{ "key": "osduonaws_base_url", "value": "https://osdu.example-energy.com", "type": "default", "enabled": true },
		{ "key": "data_partition_id", "value": "opendes", "type": "default", "enabled": true },
		{ "key": "client_id", "value": "{{CLIENT_ID}}", "type": "default", "enabled": true },
		{ "key": "client_secret", "value": "", "type": "secret", "enabled": true },
		{ "key": "refresh_token", "value": "", "type": "secret", "enabled": true },
		{ "key": "access_token", "value": "", "type": "any", "enabled": true }
	],
	"_postman_variable_scope": "environment",
	"_postman_exported_at": "2024-03-11T04:13:40.211Z",
	"_postman_exported_using": "Postman/10.24.3"
}
""")

add("blind-ch/k8s/decoy-secret-ref", "deploy/osdu/k8s/wellbore-ddms-deployment.yaml",
    "Kubernetes Deployment env valueFrom.secretKeyRef", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: wellbore-loader
  namespace: osdu
spec:
  replicas: 2
  selector:
    matchLabels: {app: wellbore-loader}
  template:
    metadata:
      labels: {app: wellbore-loader}
    spec:
      serviceAccountName: workload-identity-sa
      containers:
        - name: loader
          image: nbeacr.azurecr.io/osdu/wellbore-loader@sha256:9c4e1b7a02f35d68e0b1c4a7f29d36e5b8071c2a4f6d9e3b15c70a8f2e4d61b9
          env:
            - name: OSDU_DATA_PARTITION
              value: nbe
            - name: AZURE_CLIENT_ID
              valueFrom:
                configMapKeyRef: {name: osdu-sp, key: client_id}
            - name: AZURE_CLIENT_SECRET
              valueFrom:
                secretKeyRef:
                  name: airflow-osdu-sp
                  key: AZURE_CLIENT_SECRET
          resources:
            limits: {cpu: "1", memory: 2Gi}
""")

add("blind-ch/json/decoy-record-ids", "manifests/wellbores/wb-1049-manifest.json",
    "OSDU manifest schema (Manifest.1.0.0), work-product-component records", r"""
{
  "kind": "osdu:wks:Manifest:1.0.0",
  "ReferenceData": [],
  "MasterData": [
    {
      "id": "nbe:master-data--Wellbore:1049-0017",
      "kind": "osdu:wks:master-data--Wellbore:1.1.0",
      "acl": {"owners": ["data.default.owners@nbe.dataservices.energy"], "viewers": ["data.default.viewers@nbe.dataservices.energy"]},
      "legal": {"legaltags": ["nbe-private-default"], "otherRelevantDataCountries": ["US"]},
      "data": {
        "FacilityName": "STATE 24-17H",
        "WellID": "nbe:master-data--Well:4250120130:",
        "NameAliases": [{"AliasName": "42-501-20130-0100", "AliasNameTypeID": "nbe:reference-data--AliasNameType:UWBI:"}]
      }
    }
  ],
  "Data": {
    "Datasets": [
      {
        "id": "nbe:dataset--File.Generic:6f3b8e21-04d7-4c9a-a1e5-2b7d90c43f18",
        "kind": "osdu:wks:dataset--File.Generic:1.0.0",
        "data": {
          "DatasetProperties": {
            "FileSourceInfo": {
              "FileSource": "/osdu-user/1710132201-2b7d90c43f18/STATE_24-17H_GR.las",
              "Checksum": "3a9f0c7e5d1b8246f0e93c57a1d4b6e8",
              "ChecksumAlgorithm": "MD5",
              "FileSize": "4810293"
            }
          },
          "EncodingFormatTypeID": "nbe:reference-data--EncodingFormatType:text%2Fx-las:"
        }
      }
    ]
  }
}
""")

# ---------------------------------------------------------------- Petrel / Studio / Kingdom
_v = human_pw()
add("blind-ch/xml/oracle", "studio/StudioManager.exe.config",
    ".NET application configuration connectionStrings (Oracle ODP.NET), Petrel Studio database", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <configSections>
    <section name="oracle.manageddataaccess.client" type="OracleInternal.Common.ODPMSectionHandler, Oracle.ManagedDataAccess" />
  </configSections>
  <connectionStrings>
    <!-- Studio repository, Houston. Admin account used by the sync service. -->
    <add name="StudioRepository"
         providerName="Oracle.ManagedDataAccess.Client"
         connectionString="Data Source=(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=hou-studio-db01)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=STUDIOPRD)));User Id=STUDIO_ADMIN;Password=@S@;" />
  </connectionStrings>
  <appSettings>
    <add key="RepositoryName" value="HOU_GOM_2024" />
    <add key="SyncIntervalMinutes" value="30" />
    <add key="LogFolder" value="D:\StudioSync\logs" />
  </appSettings>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
</configuration>
""", _v, S=_v)

_v = rand_pw(16)
add("blind-ch/csharp/sqlserver", "PetrelPlugins/PpdmSync/PpdmConnection.cs",
    "Ocean for Petrel plug-in code, System.Data.SqlClient connection string", r"""
using System.Data.SqlClient;
using Slb.Ocean.Core;

namespace Nbe.Petrel.PpdmSync
{
    /// <summary>Reads well headers from the corporate PPDM (SQL Server) for the well import.</summary>
    internal static class PpdmConnection
    {
        // TODO: move to Studio connection manager before release 2.3
        private const string ConnectionString =
            "Server=hou-ppdm-sql02.nbe.local,1433;Database=PPDM39;" +
            "User ID=petrel_reader;Password=@A@" +
            "@B@;Encrypt=True;TrustServerCertificate=True;";

        public static SqlConnection Open()
        {
            var conn = new SqlConnection(ConnectionString);
            conn.Open();
            CoreLogger.Info("PPDM connection opened: " + conn.DataSource);
            return conn;
        }
    }
}
""", _v, A=_v[:7], B=_v[7:])

_v = human_pw()
add("blind-ch/powershell/windows-credential", "studio/scripts/Start-StudioIndexSync.ps1",
    "PowerShell PSCredential from ConvertTo-SecureString -AsPlainText", r"""
# Runs nightly on HOU-STUDIO-APP01 (Task Scheduler, 02:00) to rebuild the Studio Find index.
param(
    [string]$Repository = "HOU_GOM_2024",
    [string]$Server = "hou-studio-app01"
)

$user = "NBE\svc-studio-sync"
$securePw = ConvertTo-SecureString '@S@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $securePw)

Invoke-Command -ComputerName $Server -Credential $cred -ScriptBlock {
    param($repo)
    & "C:\Program Files\Schlumberger\Studio Manager 2023\StudioManager.Console.exe" `
        /repository:$repo /action:reindex /log:"D:\StudioSync\logs\reindex.log"
} -ArgumentList $Repository

if ($LASTEXITCODE -ne 0) {
    Send-MailMessage -To "petrel-support@nbe-energy.net" -From "studio@nbe-energy.net" `
        -Subject "Studio reindex failed on $Server" -SmtpServer "smtp.nbe.local"
}
""", _v, S=_v)

_v = human_pw()
add("blind-ch/batch/oracle", "studio/scripts/export_studio_repo.cmd",
    "Oracle Data Pump expdp command line (user/password@service)", r"""
@echo off
REM Weekly export of the Studio repository schema before the Petrel upgrade window.
setlocal
set ORACLE_HOME=C:\app\oracle\product\19.0.0\client_1
set PATH=%ORACLE_HOME%\bin;%PATH%
set STAMP=%date:~10,4%%date:~4,2%%date:~7,2%

expdp STUDIO_ADMIN/@S@@STUDIOPRD schemas=STUDIO_HOU directory=DP_EXPORT ^
  dumpfile=studio_hou_%STAMP%.dmp logfile=studio_hou_%STAMP%.log compression=all

if errorlevel 1 (
  echo Export failed >> D:\StudioSync\logs\export.log
  exit /b 1
)
robocopy D:\dpexport \\hou-nas02\backups\studio studio_hou_%STAMP%.* /MOV
endlocal
""", _v, S=_v)

_v = human_pw()
add("blind-ch/json/sqlserver", "kingdom/config/kingdom-projects.json",
    "IHS Kingdom SQL Server project databases, JSON tool config", r"""
{
  "server": "hou-kingdom-sql01\\KINGDOM",
  "authentication": "sql",
  "login": "ksadmin",
  "password": "@S@",
  "projects": [
    {"name": "Delaware_Basin_3D", "database": "DB_DELAWARE_3D", "crs": "NAD27 / Texas Central"},
    {"name": "Midland_Wolfcamp", "database": "DB_MIDLAND_WC", "crs": "NAD27 / Texas North Central"},
    {"name": "GOM_Shelf_2019", "database": "DB_GOM_SHELF", "crs": "NAD27 / BLM 15N"}
  ],
  "backup": {"target": "\\\\hou-nas02\\backups\\kingdom", "keep_days": 21}
}
""", _v, S=_v)

add("blind-ch/xml/decoy-integrated-auth", "studio/StudioSync.Service.exe.config",
    ".NET connectionStrings with Windows integrated security (no password)", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <!-- gMSA account NBE\gmsa-studio$ runs the service; no stored password. -->
    <add name="StudioIndex"
         providerName="System.Data.SqlClient"
         connectionString="Server=hou-studio-sql01;Database=StudioIndex;Integrated Security=SSPI;Encrypt=True;" />
    <add name="PPDM"
         providerName="System.Data.SqlClient"
         connectionString="Server=hou-ppdm-sql02.nbe.local,1433;Database=PPDM39;Trusted_Connection=Yes;" />
  </connectionStrings>
  <appSettings>
    <add key="RepositoryName" value="HOU_GOM_2024" />
    <add key="PasswordVaultTarget" value="StudioSync/PPDM" />
    <add key="SyncIntervalMinutes" value="30" />
  </appSettings>
</configuration>
""")

add("blind-ch/csharp/decoy-credential-store", "PetrelPlugins/PpdmSync/CredentialStore.cs",
    "Windows Credential Manager via AdysTech.CredentialManager", r"""
using System.Net;
using AdysTech.CredentialManager;

namespace Nbe.Petrel.PpdmSync
{
    internal static class CredentialStore
    {
        private const string Target = "PetrelPlugins/PpdmSync/petrel_reader";

        /// <summary>The PPDM reader login, saved once per user by the plug-in's settings page.</summary>
        public static NetworkCredential Load()
        {
            NetworkCredential cred = CredentialManager.GetCredentials(Target);
            if (cred == null)
                throw new System.InvalidOperationException(
                    "No saved PPDM login. Open Plug-ins > PPDM Sync > Settings and enter your password.");
            return cred;
        }

        public static void Save(string user, string password) =>
            CredentialManager.SaveCredentials(Target, new NetworkCredential(user, password));
    }
}
""")

# ---------------------------------------------------------------- Seequent / Datamine / Vulcan
_v = rand_pw(40, "-_")
add("blind-ch/python/seequent-evo-client-secret", "leapfrog/evo_publish/publish_model.py",
    "Seequent Evo Python SDK (evo-sdk) client credentials authorizer", r"""
# Publish the latest Leapfrog Geo block model to Evo for the mine planners.
import asyncio

from evo.aio import AioTransport
from evo.oauth import ClientCredentialsAuthorizer, OAuthConnector, EvoScopes
from evo.discovery import DiscoveryAPIClient

CLIENT_ID = "evo-svc-redrock-geomodel"
CLIENT_SECRET = "@S@"
ORG_HUB = "https://350mt.api.seequent.com"
WORKSPACE = "f2c1b8e4-7a3d-4c06-9e51-b0d8a6f3c271"


async def main() -> None:
    transport = AioTransport(user_agent="redrock-geomodel-publisher/1.4")
    authorizer = ClientCredentialsAuthorizer(
        oauth_connector=OAuthConnector(transport=transport, client_id=CLIENT_ID, client_secret=CLIENT_SECRET),
        scopes=EvoScopes.all_evo,
    )
    await authorizer.authorize()
    discovery = DiscoveryAPIClient(transport, authorizer)
    orgs = await discovery.list_organizations()
    print("organisations:", [o.display_name for o in orgs])


asyncio.run(main())
""", _v, S=_v)

_v = rand_pw(40, "-_")
add("blind-ch/github-actions/seequent-evo-client-secret", ".github/workflows/publish-geomodel.yml",
    "GitHub Actions workflow syntax (env at job level)", r"""
name: publish-geomodel
on:
  push:
    branches: [main]
    paths: ["models/**", "leapfrog/evo_publish/**"]
  workflow_dispatch:

jobs:
  publish:
    runs-on: [self-hosted, windows, leapfrog]
    env:
      EVO_CLIENT_ID: evo-svc-redrock-geomodel
      EVO_CLIENT_SECRET: @S@
      EVO_WORKSPACE: f2c1b8e4-7a3d-4c06-9e51-b0d8a6f3c271
    steps:
      - uses: actions/checkout@v4
        with:
          lfs: true
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install -r leapfrog/evo_publish/requirements.txt
      - run: python leapfrog/evo_publish/publish_model.py
""", _v, S=_v)

add("blind-ch/python/decoy-env-ref", "leapfrog/evo_publish/settings.py",
    "Seequent Evo Python SDK, secrets read from environment", r"""
# Settings for the Evo publisher. Secrets come from the runner's environment (GitHub secrets).
import os

CLIENT_ID = os.getenv("EVO_CLIENT_ID", "evo-svc-redrock-geomodel")
CLIENT_SECRET = os.environ["EVO_CLIENT_SECRET"]
ORG_HUB = os.getenv("EVO_HUB", "https://350mt.api.seequent.com")
WORKSPACE = os.getenv("EVO_WORKSPACE", "f2c1b8e4-7a3d-4c06-9e51-b0d8a6f3c271")
REDIRECT_URL = "http://localhost:3000/signin-oidc"
MODEL_GLOB = "models/*.lfm"
""")

_v = human_pw()
add("blind-ch/xml/sqlserver", "datamine/fusion/Fusion.Server.exe.config",
    ".NET connectionStrings, Datamine Fusion (drillhole database) on SQL Server", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="FusionDB" providerName="System.Data.SqlClient"
         connectionString="Data Source=PER-GEO-SQL01\FUSION;Initial Catalog=Fusion_Kalgoorlie;User ID=fusion_svc;Password=@S@;MultipleActiveResultSets=True" />
  </connectionStrings>
  <appSettings>
    <add key="Site" value="Kalgoorlie Operations" />
    <add key="ImportFolder" value="\\per-fs01\geology\assay_imports" />
    <add key="QaqcStandardsTable" value="dbo.QC_STANDARDS" />
  </appSettings>
</configuration>
""", _v, S=_v)

_v = human_pw()
add("blind-ch/ini/oracle", "cclas/client/cclas.ini",
    "INI configuration, CCLAS laboratory information system client database section", r"""
; CCLAS EL client - Kalgoorlie assay lab
[General]
LabCode=KAL
DefaultReport=JOB_SUMMARY
PrinterQueue=\\per-print01\LAB-A3

[Database]
Provider=OraOLEDB.Oracle
DataSource=CCLASPRD
UserName=CCLAS_APP
Password=@S@
SchemaOwner=CCLAS

[Export]
Folder=\\per-fs01\geology\assay_imports
Format=CSV
IncludeQC=1
""", _v, S=_v)

_v = human_pw()
add("blind-ch/vba/sqlserver", "excel/DrillholeQAQC/modFusionExport.bas",
    "VBA ADODB connection string in an Excel module (exported .bas)", r"""
Attribute VB_Name = "modFusionExport"
Option Explicit

' Pulls the month's assay batches from Fusion into the QAQC sheet.
Public Sub RefreshAssays()
    Dim cn As Object, rs As Object
    Dim sql As String
    Set cn = CreateObject("ADODB.Connection")
    cn.ConnectionString = "Provider=MSOLEDBSQL;Data Source=PER-GEO-SQL01\FUSION;" & _
        "Initial Catalog=Fusion_Kalgoorlie;User ID=geo_readonly;Password=@S@;"
    cn.Open
    sql = "SELECT HOLE_ID, SAMPLE_ID, FROM_M, TO_M, AU_PPM, LAB_JOB FROM dbo.ASSAY " & _
          "WHERE RECEIVED_DATE >= DATEADD(month, -1, GETDATE())"
    Set rs = cn.Execute(sql)
    With ThisWorkbook.Worksheets("Assays")
        .Range("A2:F65000").ClearContents
        .Range("A2").CopyFromRecordset rs
    End With
    rs.Close
    cn.Close
End Sub
""", _v, S=_v)

_v = human_pw()
add("blind-ch/perl/odbc", "vulcan/scripts/reserve_report.lava",
    "Maptek Vulcan lava (Perl) script with DBI ODBC connect", r"""
#!/usr/bin/env perl
# reserve_report.lava - dump block model reserves by bench into the mine planning DB.
use strict;
use warnings;
use Lava;
use DBI;
use vulcan;

my $bm = new vulcan::block_model("pit_2024_q3.bmf", "r");
my $dbh = DBI->connect("dbi:ODBC:MinePlanning", "vulcan_rpt", "@S@",
                       { RaiseError => 1, AutoCommit => 0 });
my $sth = $dbh->prepare("INSERT INTO reserves (bench, rock, tonnes, au_gpt) VALUES (?,?,?,?)");

my %tot;
for ($bm->rewind(); !$bm->eof(); $bm->next()) {
    my $bench = int($bm->get("zcentre") / 10) * 10;
    my $rock  = $bm->get_string("rock");
    $tot{"$bench|$rock"}{t}  += $bm->get("tonnes");
    $tot{"$bench|$rock"}{au} += $bm->get("tonnes") * $bm->get("au");
}
for my $k (sort keys %tot) {
    my ($bench, $rock) = split /\|/, $k;
    my $t = $tot{$k}{t};
    $sth->execute($bench, $rock, $t, $t ? $tot{$k}{au} / $t : 0);
}
$dbh->commit;
$dbh->disconnect;
""", _v, S=_v)

_v = rand_pw(14, "!#")
add("blind-ch/python/sftp", "vulcan/scripts/send_grade_control.py",
    "paramiko SFTPClient with password authentication", r"""
# Sends the grade control polygons exported from Vulcan to the dispatch server.
import glob
import os

import paramiko

HOST = "kal-dispatch01.redrock.local"
USER = "gc_upload"
PASSWORD = "@S@"
REMOTE = "/data/dispatch/import/polygons"

transport = paramiko.Transport((HOST, 22))
transport.connect(username=USER, password=PASSWORD)
sftp = paramiko.SFTPClient.from_transport(transport)
for path in glob.glob(r"\\per-fs01\mineplan\gc\export\*.00t"):
    sftp.put(path, f"{REMOTE}/{os.path.basename(path)}")
    print("sent", path)
sftp.close()
transport.close()
""", _v, S=_v)

add("blind-ch/ini/decoy-placeholder", "cclas/client/cclas.ini.sample",
    "INI configuration sample shipped with the lab client install notes", r"""
; Copy to cclas.ini on each lab PC. The password is issued by the LIMS admin, never stored here.
[General]
LabCode=KAL
DefaultReport=JOB_SUMMARY

[Database]
Provider=OraOLEDB.Oracle
DataSource=CCLASPRD
UserName=<your CCLAS user>
Password=********
SchemaOwner=CCLAS

[Export]
Folder=\\per-fs01\geology\assay_imports
Format=CSV
""")

add("blind-ch/perl/decoy-env-ref", "vulcan/scripts/bench_summary.lava",
    "Maptek Vulcan lava (Perl) script reading DB credentials from the environment", r"""
#!/usr/bin/env perl
# bench_summary.lava - tonnes and grade by bench, for the weekly plan.
use strict;
use warnings;
use Lava;
use DBI;

my $user = $ENV{MINEPLAN_DB_USER} || 'vulcan_rpt';
my $pass = $ENV{MINEPLAN_DB_PASS} or die "set MINEPLAN_DB_PASS (see wiki: Vulcan scripting)\n";
my $dbh  = DBI->connect("dbi:ODBC:MinePlanning", $user, $pass, { RaiseError => 1 });

my $rows = $dbh->selectall_arrayref(
    "SELECT bench, SUM(tonnes), SUM(tonnes*au_gpt)/SUM(tonnes) FROM reserves GROUP BY bench ORDER BY bench");
printf "%6s %12s %8s\n", 'bench', 'tonnes', 'Au g/t';
printf "%6d %12.0f %8.2f\n", @$_ for @$rows;
$dbh->disconnect;
""")
# ---------------------------------------------------------------- WITSML / ETP
_v = human_pw()
add("blind-ch/python/witsml", "rtdata/witsml_poll.py",
    "WITSML 1.4.1.1 WMLS_GetFromStore over SOAP with HTTP basic auth (requests)", r"""
# Polls the rig's WITSML store for new time-log rows and pushes them to the historian.
import time
import xml.etree.ElementTree as ET

import requests

STORE = "https://witsml.petrolink.net/witsml/store/WMLS.asmx"
AUTH = ("nbe_rtoc", "@S@")
WELL_UID, WELLBORE_UID, LOG_UID = "W-4250120130", "WB-01", "TIME_1SEC"

QUERY = f'''<logs xmlns="http://www.witsml.org/schemas/1series" version="1.4.1.1">
  <log uidWell="{WELL_UID}" uidWellbore="{WELLBORE_UID}" uid="{LOG_UID}">
    <startDateTimeIndex>{{since}}</startDateTimeIndex>
    <logData/>
  </log>
</logs>'''

ENVELOPE = '''<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Body><WMLS_GetFromStore xmlns="http://www.witsml.org/wsdl/120">
    <WMLtypeIn>log</WMLtypeIn><QueryIn><![CDATA[{q}]]></QueryIn>
    <OptionsIn>returnElements=data-only</OptionsIn><CapabilitiesIn></CapabilitiesIn>
  </WMLS_GetFromStore></soap:Body></soap:Envelope>'''


def poll(since: str) -> str:
    body = ENVELOPE.format(q=QUERY.format(since=since))
    r = requests.post(STORE, data=body, auth=AUTH, timeout=60, headers={
        "Content-Type": "text/xml; charset=utf-8",
        "SOAPAction": "http://www.witsml.org/action/120/Store.WMLS_GetFromStore"})
    r.raise_for_status()
    return r.text


while True:
    xml = poll(time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - 120)))
    print(len(ET.fromstring(xml)), "bytes of log data")
    time.sleep(30)
""", _v, S=_v)

_v = human_pw()
add("blind-ch/xml/witsml", "rtoc/WitsmlBridge/App.config",
    ".NET appSettings for a WITSML client (PDS WITSMLstudio style connection)", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Witsml.Uri" value="https://sitecom.kongsberg.com/witsml/WMLS.asmx" />
    <add key="Witsml.Version" value="1.4.1.1" />
    <add key="Witsml.Username" value="redrock_rtoc" />
    <add key="Witsml.Password" value="@S@" />
    <add key="Witsml.PollSeconds" value="15" />
    <add key="Witsml.Objects" value="well,wellbore,log,trajectory,mudLog" />
    <add key="Historian.Uri" value="https://pi-vision.redrock.local/piwebapi" />
  </appSettings>
  <system.net>
    <defaultProxy useDefaultCredentials="true" />
  </system.net>
</configuration>
""", _v, S=_v)

_v = rand_pw(18)
add("blind-ch/json/etp", "rtoc/etp-gateway/appsettings.Production.json",
    "ASP.NET Core appsettings.json; Energistics ETP 1.2 client (ETP DevKit) settings", r"""
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Energistics.Etp": "Warning" }
  },
  "Etp": {
    "ServerUri": "wss://etp.drillops.nbe-energy.net/etp12",
    "Version": "etp12.energistics.org",
    "ApplicationName": "NBE ETP Gateway",
    "Authorization": "Basic",
    "Username": "etp-gateway",
    "Password": "@S@",
    "MaxWebSocketMessagePayloadSize": 16777216,
    "Protocols": [ "ChannelStreaming", "Discovery", "Store" ]
  },
  "Historian": {
    "Endpoint": "https://pi.nbe.local/piwebapi",
    "UseKerberos": true
  },
  "AllowedHosts": "*"
}
""", _v, S=_v)

_v = human_pw()
add("blind-ch/csharp/etp-basic-auth", "rtoc/EtpClient/Program.cs",
    "ETP 1.2 WebSocket client; Authorization: Basic header (RFC 7617)", r"""
using System;
using System.Collections.Generic;
using Energistics.Etp;
using Energistics.Etp.Common;

namespace Nbe.Rtoc.EtpClient
{
    public static class Program
    {
        // etp-reader on the Halliburton InSite ETP server (rig 14 pilot)
        private const string Server = "wss://insite-etp.halliburton.com/etp/v12";
        private const string BasicAuth = "Basic @B64@";

        public static void Main()
        {
            var headers = new Dictionary<string, string> { ["Authorization"] = BasicAuth };
            using var client = EtpFactory.CreateClient(WebSocketType.Native, Server, "NBE RTOC", "2.1",
                                                        EtpSettings.Etp12SubProtocol, headers);
            client.Register<IChannelStreamingConsumer, ChannelStreamingConsumerHandler>();
            client.Open();
            Console.WriteLine("Connected: " + client.IsOpen);
            Console.ReadLine();
        }
    }
}
""", _v, B64=b64("etp-reader:" + _v))

_v = rand_pw(22)
add("blind-ch/properties/witsml", "rtoc/witsml-poller/src/main/resources/application-prod.properties",
    "Spring Boot application.properties, custom witsml.* keys", r"""
spring.application.name=witsml-poller
server.port=8085
management.endpoints.web.exposure.include=health,prometheus

witsml.store.url=https://witsml.petrolink.net/witsml/store/WMLS.asmx
witsml.store.version=1.4.1.1
witsml.store.username=nbe_rtoc_poller
witsml.store.password=@S@
witsml.poll.interval=PT15S
witsml.objects=log,trajectory,mudLog,rig

kafka.bootstrap-servers=kafka-01.rtoc.nbe.local:9092
kafka.topic.logs=witsml.logs.raw
""", _v, S=_v)

_v = human_pw()
add("blind-ch/shell/witsml", "rtoc/tools/get_well_list.sh",
    "curl SOAP call to a WITSML 1.4.1.1 store with -u user:password and a here-doc body", r"""
#!/usr/bin/env bash
# List the wells visible to our account on the contractor's store.
set -euo pipefail
STORE=https://witsml.nov.com/witsml/WMLS.asmx

curl -sS -u 'nbe_rtoc:@S@' \
  -H 'Content-Type: text/xml; charset=utf-8' \
  -H 'SOAPAction: http://www.witsml.org/action/120/Store.WMLS_GetFromStore' \
  --data-binary @- "$STORE" <<'XML' | xmllint --format -
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Body>
    <WMLS_GetFromStore xmlns="http://www.witsml.org/wsdl/120">
      <WMLtypeIn>well</WMLtypeIn>
      <QueryIn><![CDATA[<wells xmlns="http://www.witsml.org/schemas/1series" version="1.4.1.1"><well uid=""><name/></well></wells>]]></QueryIn>
      <OptionsIn>returnElements=id-only</OptionsIn>
      <CapabilitiesIn></CapabilitiesIn>
    </WMLS_GetFromStore>
  </soap:Body>
</soap:Envelope>
XML
""", _v, S=_v)

_v = rand_pw(32)
add("blind-ch/go/etp-bearer", "rtoc/etp-edge/internal/config/defaults.go",
    "Go ETP 1.2 WebSocket client (gorilla/websocket) with a bearer token header", r"""
package config

import "net/http"

// Defaults for the rig-site ETP forwarder. Overridden by /etc/etp-edge/config.yaml when present.
const (
	DefaultServer   = "wss://etp.drillops.nbe-energy.net/etp12"
	DefaultProtocol = "etp12.energistics.org"
	// long-lived token issued by the ETP server admin for rig 14 edge box
	DefaultToken     = "@S@"
	DefaultBatchRows = 500
)

// Header returns the handshake headers for the ETP session.
func Header(token string) http.Header {
	if token == "" {
		token = DefaultToken
	}
	h := http.Header{}
	h.Set("Authorization", "Bearer "+token)
	h.Set("etp-encoding", "binary")
	return h
}
""", _v, S=_v)

_v = human_pw()
add("blind-ch/docker-compose/witsml", "rtoc/docker-compose.yml",
    "Docker Compose file format, environment map", r"""
services:
  witsml-poller:
    image: registry.nbe.local/rtoc/witsml-poller:2.4.1
    restart: unless-stopped
    environment:
      WITSML_STORE_URL: https://witsml.petrolink.net/witsml/store/WMLS.asmx
      WITSML_USERNAME: nbe_rtoc
      WITSML_PASSWORD: "@S@"
      KAFKA_BOOTSTRAP: kafka:9092
    depends_on: [kafka]
  kafka:
    image: bitnami/kafka:3.7
    environment:
      KAFKA_CFG_NODE_ID: "0"
      KAFKA_CFG_PROCESS_ROLES: controller,broker
      KAFKA_CFG_LISTENERS: PLAINTEXT://:9092,CONTROLLER://:9093
      KAFKA_CFG_CONTROLLER_QUORUM_VOTERS: 0@kafka:9093
      KAFKA_CFG_CONTROLLER_LISTENER_NAMES: CONTROLLER
    volumes:
      - kafka-data:/bitnami/kafka
volumes:
  kafka-data:
""", _v, S=_v)

# WITSML decoys
add("blind-ch/xml/decoy-sample-data", "rtoc/tests/fixtures/log_response_141.xml",
    "WITSML 1.4.1.1 log object sample (Energistics data schema)", r"""
<?xml version="1.0" encoding="utf-8"?>
<logs xmlns="http://www.witsml.org/schemas/1series" version="1.4.1.1">
  <log uidWell="W-4250120130" uidWellbore="WB-01" uid="TIME_1SEC">
    <nameWell>STATE 24-17H</nameWell>
    <nameWellbore>STATE 24-17H OH</nameWellbore>
    <name>Time 1 sec</name>
    <serviceCompany>Petrolink</serviceCompany>
    <indexType>date time</indexType>
    <indexCurve>TIME</indexCurve>
    <logCurveInfo uid="TIME"><mnemonic>TIME</mnemonic><unit>s</unit><typeLogData>date time</typeLogData></logCurveInfo>
    <logCurveInfo uid="BDEP"><mnemonic>BDEP</mnemonic><unit>ft</unit><typeLogData>double</typeLogData></logCurveInfo>
    <logCurveInfo uid="ROP"><mnemonic>ROP</mnemonic><unit>ft/h</unit><typeLogData>double</typeLogData></logCurveInfo>
    <logCurveInfo uid="HKLD"><mnemonic>HKLD</mnemonic><unit>klbf</unit><typeLogData>double</typeLogData></logCurveInfo>
    <logData>
      <mnemonicList>TIME,BDEP,ROP,HKLD</mnemonicList>
      <unitList>s,ft,ft/h,klbf</unitList>
      <data>2024-05-02T14:00:01.000Z,11872.4,88.2,212.7</data>
      <data>2024-05-02T14:00:02.000Z,11872.4,87.9,212.9</data>
      <data>2024-05-02T14:00:03.000Z,11872.5,90.1,213.0</data>
    </logData>
    <commonData>
      <dTimCreation>2024-04-28T09:12:44.000Z</dTimCreation>
      <privateGroupOnly>false</privateGroupOnly>
      <comments>objectGrowing=true; uid hash 7d1e9c0a4b3f28e65c1a0d9f7b2e4c83</comments>
    </commonData>
  </log>
</logs>
""")

add("blind-ch/properties/decoy-env-ref", "rtoc/witsml-poller/src/main/resources/application.properties",
    "Spring Boot property placeholders ${...}", r"""
spring.application.name=witsml-poller
server.port=8085

witsml.store.url=${WITSML_STORE_URL:https://witsml.petrolink.net/witsml/store/WMLS.asmx}
witsml.store.version=1.4.1.1
witsml.store.username=${WITSML_USERNAME}
witsml.store.password=${WITSML_PASSWORD}
witsml.poll.interval=PT15S

kafka.bootstrap-servers=${KAFKA_BOOTSTRAP:localhost:9092}
kafka.sasl.password=${KAFKA_SASL_PASSWORD:}
""")

add("blind-ch/python/decoy-test-fixture", "rtoc/tests/test_witsml_poll.py",
    "pytest with a mocked WITSML store (responses library), fake credentials", r"""
import responses

from rtdata import witsml_client

FAKE_USER = "test-user"
FAKE_PASSWORD = "not-a-real-password"  # the mocked store accepts anything
STORE = "https://witsml.test.invalid/WMLS.asmx"


@responses.activate
def test_get_from_store_sends_basic_auth(load_fixture):
    responses.add(responses.POST, STORE, body=load_fixture("log_response_141.xml"), status=200)
    client = witsml_client.Client(STORE, FAKE_USER, FAKE_PASSWORD)
    rows = client.log_rows("W-4250120130", "WB-01", "TIME_1SEC", since="2024-05-02T14:00:00Z")
    assert len(rows) == 3
    sent = responses.calls[0].request
    assert sent.headers["Authorization"].startswith("Basic ")
    assert b"WMLS_GetFromStore" in sent.body


def test_uid_is_stable():
    assert witsml_client.uid_for("STATE 24-17H", "OH") == "c2f1e0a97b3d4e58"
""")

add("blind-ch/json/decoy-placeholder", "rtoc/etp-gateway/appsettings.json",
    "ASP.NET Core appsettings.json base file; secrets in user-secrets / Key Vault", r"""
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Energistics.Etp": "Warning" }
  },
  "Etp": {
    "ServerUri": "wss://localhost:9443/etp12",
    "Version": "etp12.energistics.org",
    "ApplicationName": "NBE ETP Gateway",
    "Authorization": "Basic",
    "Username": "etp-gateway",
    "Password": "__ETP_PASSWORD__",
    "Protocols": [ "ChannelStreaming", "Discovery", "Store" ]
  },
  "KeyVault": { "Uri": "https://kv-rtoc-prod.vault.azure.net/" },
  "UserSecretsId": "b4f2d7a1-3c8e-4e69-91f0-5a6d2c7e8b13",
  "AllowedHosts": "*"
}
""")

# ---------------------------------------------------------------- PPDM
_v = human_pw()
add("blind-ch/sql/oracle", "ppdm/ddl/00_create_users.sql",
    "Oracle CREATE USER ... IDENTIFIED BY (PPDM 3.9 install scripts)", r"""
-- PPDM 3.9 schema owner and application accounts. Run as SYSTEM on PPDMPRD.
CREATE TABLESPACE ppdm_data DATAFILE '/u02/oradata/PPDMPRD/ppdm_data01.dbf' SIZE 20G AUTOEXTEND ON;

CREATE USER ppdm IDENTIFIED BY "@S@"
  DEFAULT TABLESPACE ppdm_data
  QUOTA UNLIMITED ON ppdm_data;

GRANT CREATE SESSION, CREATE TABLE, CREATE VIEW, CREATE SEQUENCE, CREATE PROCEDURE TO ppdm;

CREATE ROLE ppdm_read;
CREATE USER ppdm_loader IDENTIFIED EXTERNALLY;
GRANT CREATE SESSION, ppdm_read TO ppdm_loader;
""", _v, S=_v)

_v = rand_pw(20)
add("blind-ch/yaml/postgres", "analytics/dbt/profiles.yml",
    "dbt profiles.yml (dbt-postgres) target with password", r"""
ppdm_analytics:
  target: prod
  outputs:
    prod:
      type: postgres
      host: ppdm-pg.c8w2xk1qz0vb.us-east-1.rds.amazonaws.com
      port: 5432
      user: dbt_ppdm
      password: @S@
      dbname: ppdm
      schema: analytics
      threads: 6
      keepalives_idle: 0
    dev:
      type: postgres
      host: localhost
      port: 5432
      user: postgres
      password: "{{ env_var('DBT_DEV_PASSWORD') }}"
      dbname: ppdm_dev
      schema: analytics_dev
      threads: 2
""", _v, S=_v)

_v = human_pw()
add("blind-ch/pgpass/postgres", "ops/ppdm/pgpass",
    "PostgreSQL password file format (hostname:port:database:username:password)", r"""
# copied to ~/.pgpass on the loader VMs by ops/ppdm/setup.sh (chmod 0600)
# hostname:port:database:username:password
# ppdm_read uses RDS IAM auth tokens (ops/ppdm/rds_token.sh), so it has no line here
# rotate with ops/ppdm/rotate_loader_pw.sh (last rotated 2024-04-02)
ppdm-pg.c8w2xk1qz0vb.us-east-1.rds.amazonaws.com:5432:ppdm:ppdm_loader:@S@
""", _v, S=_v)

_v = human_pw()
add("blind-ch/r/sqlserver", "analysis/decline_curves/01_pull_production.R",
    "R DBI/odbc dbConnect with UID/PWD", r"""
# Monthly production by well from PPDM for decline-curve fitting.
library(DBI)
library(odbc)
library(dplyr)

con <- dbConnect(odbc::odbc(),
                 Driver   = "ODBC Driver 18 for SQL Server",
                 Server   = "hou-ppdm-sql02.nbe.local",
                 Database = "PPDM39",
                 UID      = "eng_analyst",
                 PWD      = "@S@",
                 TrustServerCertificate = "yes")

prod <- dbGetQuery(con, "
  SELECT p.UWI, p.PRODUCTION_DATE, p.OIL_VOLUME, p.GAS_VOLUME, p.WATER_VOLUME
  FROM PDEN_VOL_SUMMARY p
  WHERE p.PRODUCTION_DATE >= '2019-01-01'")

prod <- prod %>% arrange(UWI, PRODUCTION_DATE)
saveRDS(prod, "data/production_monthly.rds")
dbDisconnect(con)
""", _v, S=_v)

_v = human_pw()
add("blind-ch/matlab/oracle", "analysis/petrophysics/load_ppdm_logs.m",
    "MATLAB Database Toolbox database(datasource, username, password)", r"""
% load_ppdm_logs.m -- pull digital log curves from PPDM (Oracle) for the Wolfcamp study
function logs = load_ppdm_logs(uwiList)
    conn = database('PPDMPRD', 'ppdm_read', '@S@');
    if ~isempty(conn.Message)
        error('PPDM connection failed: %s', conn.Message);
    end
    logs = table();
    for k = 1:numel(uwiList)
        q = sprintf(['SELECT UWI, CURVE_ID, INDEX_VALUE, MEASURED_VALUE ' ...
                     'FROM WELL_LOG_CURVE_VALUE WHERE UWI = ''%s'''], uwiList{k});
        logs = [logs; fetch(conn, q)]; %#ok<AGROW>
    end
    close(conn);
end
""", _v, S=_v)

_v = human_pw()
add("blind-ch/python/oracle", "etl/ppdm/engine.py",
    "SQLAlchemy URL for python-oracledb (oracle+oracledb://user:password@host:port/?service_name=)", r"""
# Shared SQLAlchemy engine for the PPDM loaders.
from sqlalchemy import create_engine

PPDM_URL = (
    "oracle+oracledb://ppdm:@S@@hou-ppdm-ora01.nbe.local:1521/"
    "?service_name=PPDMPRD"
)

engine = create_engine(PPDM_URL, pool_size=5, max_overflow=0, pool_pre_ping=True)


def table_counts(*tables: str) -> dict:
    with engine.connect() as conn:
        return {t: conn.exec_driver_sql(f"SELECT COUNT(*) FROM {t}").scalar() for t in tables}
""", _v, S=_v)

_v = rand_pw(24)
add("blind-ch/env/airflow-conn-uri", "airflow/.env",
    "Airflow connections from AIRFLOW_CONN_* URI environment variables", r"""
AIRFLOW_UID=50000
AIRFLOW__CORE__EXECUTOR=LocalExecutor
AIRFLOW__CORE__LOAD_EXAMPLES=False
AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_CMD=cat /run/secrets/airflow_db_url
# PPDM target for the nightly production loads
AIRFLOW_CONN_PPDM_PG=postgresql://ppdm_loader:@S@@ppdm-pg.c8w2xk1qz0vb.us-east-1.rds.amazonaws.com:5432/ppdm
AIRFLOW_CONN_ENVERUS=http://enverus-api?secret_key_env=ENVERUS_SECRET_KEY
""", _v, S=_v)

add("blind-ch/sql/decoy-template", "ppdm/ddl/01_app_users.sql",
    "SQL*Plus substitution variables (&name) in install scripts", r"""
-- Application accounts for PPDM. Run with:
--   sqlplus system@PPDMPRD @01_app_users.sql
-- The script prompts for each password; nothing is stored in the repository.
SET VERIFY OFF
ACCEPT loader_pw CHAR PROMPT 'Password for PPDM_LOADER: ' HIDE
ACCEPT reader_pw CHAR PROMPT 'Password for PPDM_READ_APP: ' HIDE

CREATE USER ppdm_loader IDENTIFIED BY "&loader_pw" DEFAULT TABLESPACE ppdm_data;
CREATE USER ppdm_read_app IDENTIFIED BY "&reader_pw" DEFAULT TABLESPACE ppdm_data;
GRANT CREATE SESSION TO ppdm_loader, ppdm_read_app;
GRANT ppdm_read TO ppdm_read_app;
""")

add("blind-ch/sql/decoy-record-ids", "ppdm/seed/010_well_headers.sql",
    "PPDM 3.9 WELL table inserts (UWI, PPDM_GUID)", r"""
-- Seed wells for the Delaware Basin test project (public RRC data).
INSERT INTO WELL (UWI, WELL_NAME, OPERATOR, SURFACE_LATITUDE, SURFACE_LONGITUDE, SPUD_DATE, PPDM_GUID, ROW_CHANGED_BY)
VALUES ('42301345670000', 'UNIVERSITY 18-23 1H', 'NBE', 31.8765432, -103.5432109, DATE '2021-03-14',
        'A7C94E2B0F1D4B6E9C3A58D27E1F0B46', 'SEED');
INSERT INTO WELL (UWI, WELL_NAME, OPERATOR, SURFACE_LATITUDE, SURFACE_LONGITUDE, SPUD_DATE, PPDM_GUID, ROW_CHANGED_BY)
VALUES ('42301345680000', 'UNIVERSITY 18-23 2H', 'NBE', 31.8766120, -103.5429874, DATE '2021-04-02',
        '3E5B71D0C9A24F88B6E2D14C07A9F35E', 'SEED');
INSERT INTO WELL (UWI, WELL_NAME, OPERATOR, SURFACE_LATITUDE, SURFACE_LONGITUDE, SPUD_DATE, PPDM_GUID, ROW_CHANGED_BY)
VALUES ('42389412050000', 'STATE 24-17H', 'NBE', 31.4412873, -103.8812450, DATE '2022-11-20',
        'F02D6C8E4B1A49D3A7E5C9B03D6F812A', 'SEED');
COMMIT;
""")

add("blind-ch/yaml/decoy-env-ref", "analytics/dbt/profiles.ci.yml",
    "dbt profiles.yml with env_var() Jinja", r"""
ppdm_analytics:
  target: ci
  outputs:
    ci:
      type: postgres
      host: "{{ env_var('DBT_HOST') }}"
      port: 5432
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_PASSWORD') }}"
      dbname: ppdm
      schema: "ci_{{ env_var('CI_PIPELINE_ID', 'local') }}"
      threads: 4
""")

add("blind-ch/las/decoy-well-ids", "data/logs/STATE_24-17H_GR.las",
    "CWLS LAS 2.0 well log file header (~Version, ~Well, ~Curve)", r"""
~Version Information
 VERS.                 2.0 : CWLS LOG ASCII STANDARD - VERSION 2.0
 WRAP.                  NO : ONE LINE PER DEPTH STEP
~Well Information
#MNEM.UNIT      DATA                         DESCRIPTION
 STRT.FT      8500.0000                    : START DEPTH
 STOP.FT     11900.0000                    : STOP DEPTH
 STEP.FT         0.5000                    : STEP
 NULL.         -999.2500                    : NULL VALUE
 COMP.         NORTH BASIN ENERGY           : COMPANY
 WELL.         STATE 24-17H                 : WELL
 FLD .         WOLFCAMP                     : FIELD
 LOC .         SEC 24 BLK 17 PSL            : LOCATION
 CNTY.         REEVES                       : COUNTY
 STAT.         TX                           : STATE
 SRVC.         HALLIBURTON                  : SERVICE COMPANY
 DATE.         2022-12-04                   : LOG DATE
 API .         42-389-41205-0000            : API NUMBER
 UWI .         42389412050000               : UNIQUE WELL ID
 GUID.         F02D6C8E4B1A49D3A7E5C9B03D6F812A : PPDM GUID
~Curve Information
 DEPT.FT                                   : MEASURED DEPTH
 GR  .GAPI                                 : GAMMA RAY
 RHOB.G/CC                                 : BULK DENSITY
~A  DEPT     GR       RHOB
  8500.000   78.412   2.512
  8500.500   80.107   2.508
  8501.000   84.990   2.497
""")

# ---------------------------------------------------------------- Enverus / DrillingInfo / IHS
_v = rand_pw(32)
add("blind-ch/python/enverus-secret-key", "analysis/enverus/pull_permits.py",
    "enverus-developer-api Python package (DeveloperAPIv3 secret_key)", r"""
# Daily permits and rigs for the Delaware basin from the Enverus Developer API v3.
import csv
from datetime import date, timedelta

from enverus_developer_api import DeveloperAPIv3

v3 = DeveloperAPIv3(secret_key="@S@", log_level=20, retries=5, backoff_factor=5)

since = (date.today() - timedelta(days=7)).isoformat()
rows = v3.query("permits", County="REEVES|LOVING|WARD", ApprovedDate=f"ge({since})", pagesize=10000)

with open("data/permits_recent.csv", "w", newline="") as fh:
    writer = None
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(fh, fieldnames=list(row.keys()))
            writer.writeheader()
        writer.writerow(row)
""", _v, S=_v)

_v = rand_pw(32)
add("blind-ch/ipynb/enverus-secret-key", "notebooks/rig_count_delaware.ipynb",
    "Jupyter notebook format (nbformat 4), enverus-developer-api", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Delaware rig count, weekly\n", "Active rigs by operator from Enverus."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "from enverus_developer_api import DeveloperAPIv3\n",
    "\n",
    "v3 = DeveloperAPIv3(secret_key=\"@S@\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["212 active rigs\n"]}
   ],
   "source": [
    "rigs = pd.DataFrame(v3.query(\"rigs\", Basin=\"DELAWARE\", RigStatus=\"ACTIVE\"))\n",
    "print(len(rigs), \"active rigs\")"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.6"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", _v, S=_v)

_v = rand_pw(32)
add("blind-ch/renviron/enverus-secret-key", "analysis/.Renviron",
    "R .Renviron startup file (NAME=value)", r"""
# read by R at startup; used by R/enverus.R and the Shiny type-curve app
ENVERUS_SECRET_KEY=@S@
ENVERUS_API_BASE=https://api.enverus.com/v3/direct-access
PPDM_DSN=PPDM39
R_MAX_VSIZE=32Gb
""", _v, S=_v)

_v = hexs(32)
add("blind-ch/ini/drillinginfo-api-key", "legacy/di_export/di_export.cfg",
    "INI (configparser) for the legacy DrillingInfo Direct Access v1 export", r"""
[directaccess]
; legacy DI v1 key, still used by the monthly production export until the v3 migration
api_url = https://di-api.drillinginfo.com/v1/direct-access
api_key = @S@
page_size = 100000
datasets = producing-entities,producing-entity-details

[output]
folder = \\hou-nas02\data\drillinginfo
format = parquet
""", _v, S=_v)

_v = human_pw()
add("blind-ch/python/ihs-energy-ws", "legacy/ihs/ihs_well_export.py",
    "IHS Energy Web Services (EWS) SOAP with zeep, username/password", r"""
# Pull well header and production data from IHS Energy Web Services.
from zeep import Client
from zeep.transports import Transport
from requests import Session

WSDL = "https://webservices.ihsenergy.com/WebServices/Energy/Query.svc?wsdl"
USERNAME = "nbe_geotech@nbe-energy.net"
PASSWORD = "@S@"
APP = "NBE-Geotech-Export"

session = Session()
session.headers.update({"username": USERNAME, "password": PASSWORD, "Application": APP})
client = Client(WSDL, transport=Transport(session=session, timeout=300))

export = client.service.ExportByCriteria(
    domain="US", dataType="Well", template="EnerdeqML Well",
    criteria="<criterias><criteria type='group' groupId='' ignored='false'><domain>US</domain>"
             "<datatype>Well</datatype><attribute_group>Location</attribute_group>"
             "<attribute>State</attribute><value>TX</value></criteria></criterias>")
open("data/ihs_wells.xml", "wb").write(export)
""", _v, S=_v)

_v = rand_pw(32)
add("blind-ch/powershell/enverus-secret-key", "scripts/Get-EnverusWells.ps1",
    "PowerShell Invoke-RestMethod to the Enverus Direct Access v3 token endpoint", r"""
# Refreshes the wells extract used by the Spotfire "Basin Overview" analysis.
$secretKey = "@S@"
$token = (Invoke-RestMethod -Method Post -Uri "https://api.enverus.com/v3/direct-access/tokens" `
    -ContentType "application/json" -Body (@{ secretKey = $secretKey } | ConvertTo-Json)).token

$headers = @{ Authorization = "Bearer $token" }
$uri = "https://api.enverus.com/v3/direct-access/wells?Basin=DELAWARE&pagesize=10000"
$wells = @()
while ($uri) {
    $resp = Invoke-WebRequest -Uri $uri -Headers $headers
    $wells += ($resp.Content | ConvertFrom-Json)
    $uri = if ($resp.Headers.Link -match '<([^>]+)>;\s*rel="next"') { "https://api.enverus.com/v3/direct-access/" + $Matches[1] } else { $null }
}
$wells | Export-Csv -NoTypeInformation "\\hou-nas02\spotfire\sources\enverus_wells.csv"
""", _v, S=_v)

add("blind-ch/python/decoy-keyring", "analysis/enverus/client.py",
    "keyring.get_password for the Enverus secret key", r"""
import getpass

import keyring
from enverus_developer_api import DeveloperAPIv3

SERVICE = "enverus-developer-api"


def api() -> DeveloperAPIv3:
    key = keyring.get_password(SERVICE, getpass.getuser())
    if not key:
        key = getpass.getpass("Enverus secret key: ")
        keyring.set_password(SERVICE, getpass.getuser(), key)
    return DeveloperAPIv3(secret_key=key, retries=5, backoff_factor=5)
""")

add("blind-ch/renviron/decoy-placeholder", "analysis/.Renviron.example",
    "R .Renviron example", r"""
# Copy to .Renviron (git-ignored) and paste your own key from the Enverus developer portal.
ENVERUS_SECRET_KEY=your-enverus-secret-key-here
ENVERUS_API_BASE=https://api.enverus.com/v3/direct-access
PPDM_DSN=PPDM39
R_MAX_VSIZE=32Gb
""")

add("blind-ch/ipynb/decoy-getpass", "notebooks/permits_map.ipynb",
    "Jupyter notebook format (nbformat 4), getpass prompt for the key", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from getpass import getpass\n",
    "from enverus_developer_api import DeveloperAPIv3\n",
    "v3 = DeveloperAPIv3(secret_key=getpass(\"Enverus secret key: \"))"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": [
     "API14          OperatorName   ApprovedDate\n",
     "42301345670000 NBE            2024-05-01\n",
     "42389412050000 NBE            2024-05-03\n"]}
   ],
   "source": [
    "permits = list(v3.query(\"permits\", County=\"REEVES\", pagesize=1000))\n",
    "print_table(permits, cols=[\"API14\", \"OperatorName\", \"ApprovedDate\"])"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

# ---------------------------------------------------------------- Spotfire
_v = human_pw()
add("blind-ch/shell/spotfire-db", "spotfire/install/bootstrap.sh",
    "Spotfire Server config-tool bootstrap command (database URL, username, password)", r"""
#!/bin/sh
# Bootstraps a new Spotfire Server node against the shared Oracle repository.
set -e
cd /opt/tibco/spotfireserver/14.0.2/tomcat/spotfire-bin

./config.sh bootstrap --no-prompt \
  --driver-class=oracle.jdbc.OracleDriver \
  --database-url="jdbc:oracle:thin:@//hou-spfdb01.nbe.local:1521/SPOTFIRE" \
  --username=spotfire_db \
  --password='@S@' \
  --tool-password="$(cat /root/.spotfire-tool-pw)" \
  --server-alias=$(hostname -s) \
  --site-name=Houston

systemctl restart tss
""", _v, S=_v)

_v = human_pw()
add("blind-ch/python/sqlserver", "spotfire/scripts/refresh_tables.py",
    "Spotfire IronPython script (.NET SqlConnection) in an analysis", r"""
# IronPython script attached to the "Refresh production" button in Basin Overview.dxp
import clr
clr.AddReference("System.Data")
from System.Data.SqlClient import SqlConnection, SqlCommand
from Spotfire.Dxp.Data import DataTableSaveSettings

conn = SqlConnection("Server=hou-ppdm-sql02.nbe.local;Database=PPDM39;"
                     "User Id=spotfire_reader;Password=@S@;")
conn.Open()
cmd = SqlCommand("EXEC dbo.usp_refresh_monthly_volumes", conn)
cmd.CommandTimeout = 600
cmd.ExecuteNonQuery()
conn.Close()

for name in ["Monthly Volumes", "Well Headers"]:
    Document.Data.Tables[name].Refresh()
""", _v, S=_v)

_v = rand_pw(40, "-_")
add("blind-ch/json/spotfire-api-client", "spotfire/library-sync/config.json",
    "Spotfire Server public Web API OAuth2 client (config.sh register-api-client)", r"""
{
  "spotfire_url": "https://spotfire.nbe-energy.net",
  "token_endpoint": "https://spotfire.nbe-energy.net/spotfire/oauth2/token",
  "client_id": "0a5c3e81d9f24b7a8e16c2d04f9b3a57.oauth-clients.spotfire.tibco.com",
  "client_secret": "@S@",
  "scope": "api.library.read api.library.write",
  "library_root": "/Subsurface/Basin Overview",
  "export_folder": "//hou-nas02/spotfire/exports"
}
""", _v, S=_v)

_v = human_pw()
add("blind-ch/xml/smtp", "spotfire/automation/Spotfire.Dxp.Worker.Automation.config",
    "Spotfire Automation Services email task settings (SMTP credentials)", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <Spotfire.Dxp.Automation>
    <setting name="SmtpServer" value="smtp.office365.com" />
    <setting name="SmtpPort" value="587" />
    <setting name="SmtpEnableSsl" value="true" />
    <setting name="SmtpUsername" value="spotfire-reports@nbe-energy.net" />
    <setting name="SmtpPassword" value="@S@" />
    <setting name="FromAddress" value="spotfire-reports@nbe-energy.net" />
    <setting name="JobTimeoutMinutes" value="45" />
  </Spotfire.Dxp.Automation>
</configuration>
""", _v, S=_v)

add("blind-ch/shell/decoy-env-ref", "spotfire/install/bootstrap-node2.sh",
    "Spotfire Server config-tool bootstrap with values from the environment", r"""
#!/bin/sh
# Same as bootstrap.sh but for the DR node; values come from /etc/spotfire/bootstrap.env (not in git).
set -eu
. /etc/spotfire/bootstrap.env
cd /opt/tibco/spotfireserver/14.0.2/tomcat/spotfire-bin

./config.sh bootstrap --no-prompt \
  --driver-class=oracle.jdbc.OracleDriver \
  --database-url="$SPOTFIRE_DB_URL" \
  --username="$SPOTFIRE_DB_USER" \
  --password="$SPOTFIRE_DB_PASSWORD" \
  --tool-password="$SPOTFIRE_TOOL_PASSWORD" \
  --server-alias="$(hostname -s)" \
  --site-name=Houston-DR
""")
# ---------------------------------------------------------------- rig telemetry gateways
_v = rand_pw(20)
add("blind-ch/mosquitto/mqtt", "edge/mosquitto/conf.d/bridge-rtoc.conf",
    "mosquitto.conf(5) bridge settings (remote_username, remote_password)", r"""
# Rig 14 edge broker -> RTOC broker in Houston. Only drilling channels go up.
connection rtoc-bridge
address mqtt.rtoc.nbe-energy.net:8883
bridge_protocol_version mqttv311
bridge_cafile /etc/mosquitto/certs/rtoc-ca.crt
remote_clientid rig14-edge
remote_username rig14
remote_password @S@
cleansession false
keepalive_interval 30
restart_timeout 10 60
topic rig/14/drilling/# out 1 "" nbe/
topic rig/14/alarms/# out 2 "" nbe/
topic rig/14/commands/# in 1 "" nbe/
""", _v, S=_v)

_v = influx_token()
add("blind-ch/telegraf/influxdb-token", "edge/telegraf/telegraf.conf",
    "Telegraf TOML config: inputs.mqtt_consumer, outputs.influxdb_v2 token", r"""
[agent]
  interval = "1s"
  flush_interval = "5s"
  hostname = "rig14-edge"

[[inputs.mqtt_consumer]]
  servers = ["tcp://127.0.0.1:1883"]
  topics = ["rig/14/drilling/#"]
  qos = 1
  data_format = "json"
  json_time_key = "ts"
  json_time_format = "unix_ms"
  tag_keys = ["channel", "unit"]

[[outputs.influxdb_v2]]
  urls = ["https://influx.rtoc.nbe-energy.net:8086"]
  token = "@S@"
  organization = "nbe-drilling"
  bucket = "rig14_1s"
  timeout = "10s"
""", _v, S=_v)

_v = human_pw()
add("blind-ch/node-red/mqtt", "edge/node-red/flows_rig14_cred.json",
    "Node-RED flows credentials file (unencrypted when credentialSecret is false)", r"""
{
    "a3f2c1d04b5e6f78": {
        "user": "rig14",
        "password": "@S@"
    },
    "9e8d7c6b5a4f3e2d": {
        "user": "",
        "password": ""
    },
    "11c0ffee22d0beef": {
        "token": ""
    }
}
""", _v, S=_v)

_v = influx_token()
add("blind-ch/docker-compose/influxdb-token", "edge/docker-compose.yml",
    "influxdb:2 image DOCKER_INFLUXDB_INIT_* variables in Docker Compose", r"""
services:
  mosquitto:
    image: eclipse-mosquitto:2.0.18
    ports: ["1883:1883"]
    volumes:
      - ./mosquitto:/mosquitto/config
  influxdb:
    image: influxdb:2.7
    ports: ["8086:8086"]
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: rigadmin
      DOCKER_INFLUXDB_INIT_PASSWORD_FILE: /run/secrets/influx_admin_pw
      DOCKER_INFLUXDB_INIT_ORG: nbe-drilling
      DOCKER_INFLUXDB_INIT_BUCKET: rig14_1s
      DOCKER_INFLUXDB_INIT_RETENTION: 30d
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: @S@
    volumes:
      - influx-data:/var/lib/influxdb2
    secrets: [influx_admin_pw]
  telegraf:
    image: telegraf:1.30
    volumes:
      - ./telegraf/telegraf.conf:/etc/telegraf/telegraf.conf:ro
    depends_on: [mosquitto, influxdb]
secrets:
  influx_admin_pw:
    file: ./secrets/influx_admin_pw.txt
volumes:
  influx-data:
""", _v, S=_v)

_v = shared_access_key()
add("blind-ch/yaml/iot-hub-key", "edge/gateway/config/rig14.yaml",
    "Azure IoT Hub device connection string (HostName;DeviceId;SharedAccessKey)", r"""
# Edge gateway configuration, rig 14 (Patterson UTI 286)
site:
  rig: 14
  well: STATE 24-17H
  timezone: America/Chicago
sources:
  - name: edr
    type: witsml-0
    port: /dev/ttyUSB0
    baud: 9600
  - name: mud-pumps
    type: modbus-tcp
    host: 10.14.0.21
    unit_id: 1
    poll_ms: 500
upstream:
  type: azure-iot-hub
  connection_string: "HostName=iot-rtoc-prod.azure-devices.net;DeviceId=rig14-edge;SharedAccessKey=@S@"
  batch_ms: 1000
  store_and_forward:
    path: /var/lib/edge/buffer
    max_mb: 2048
""", _v, S=_v)

_v = rand_pw(16, "!#")
add("blind-ch/c/mqtt", "firmware/sensor-node/include/config.h",
    "C header with compile-time MQTT settings (Eclipse Paho / esp-mqtt style)", r"""
#ifndef SENSOR_NODE_CONFIG_H
#define SENSOR_NODE_CONFIG_H

/* Vibration / H2S sensor node on the rig floor, reports to the edge broker. */
#define NODE_ID            "rig14-floor-h2s-02"
#define WIFI_SSID          "RIG14-OT"
#define MQTT_BROKER_URI    "mqtts://10.14.0.5:8883"
#define MQTT_USERNAME      "sensor-node"
#define MQTT_PASSWORD      "@S@"
#define MQTT_TOPIC_PREFIX  "rig/14/sensors/"
#define SAMPLE_PERIOD_MS   250
#define H2S_ALARM_PPM      10

#endif /* SENSOR_NODE_CONFIG_H */
""", _v, S=_v)

_v = human_pw()
add("blind-ch/python/pi-web-api", "historian/pi_backfill.py",
    "OSIsoft/AVEVA PI Web API with HTTP basic authentication (requests)", r"""
# Backfill rig channels from the historian into the drilling data lake.
import pandas as pd
import requests
from requests.auth import HTTPBasicAuth

PIWEBAPI = "https://pi.nbe.local/piwebapi"
AUTH = HTTPBasicAuth("NBE\\svc_piread", "@S@")
TAGS = ["RIG14.HKLD", "RIG14.ROP", "RIG14.SPP", "RIG14.BDEP"]

session = requests.Session()
session.auth = AUTH
session.verify = "certs/nbe-root-ca.pem"

frames = []
for tag in TAGS:
    point = session.get(f"{PIWEBAPI}/points", params={"path": f"\\\\HOU-PI01\\{tag}"}).json()
    data = session.get(point["Links"]["RecordedData"],
                       params={"startTime": "*-7d", "endTime": "*", "maxCount": 150000}).json()
    frames.append(pd.DataFrame(data["Items"]).assign(tag=tag))
pd.concat(frames).to_parquet("data/rig14_7d.parquet")
""", _v, S=_v)

_v = rand_pw(24)
add("blind-ch/yaml/grafana-datasource", "monitoring/grafana/provisioning/datasources/influx.yaml",
    "Grafana datasource provisioning file (secureJsonData)", r"""
apiVersion: 1
datasources:
  - name: Rig InfluxDB
    type: influxdb
    access: proxy
    url: https://influx.rtoc.nbe-energy.net:8086
    jsonData:
      version: Flux
      organization: nbe-drilling
      defaultBucket: rig14_1s
      tlsSkipVerify: false
    secureJsonData:
      token: "@S@"
  - name: PPDM
    type: mssql
    url: hou-ppdm-sql02.nbe.local:1433
    user: grafana_reader
    jsonData:
      database: PPDM39
      encrypt: "true"
    secureJsonData:
      password: $__file{/etc/grafana/secrets/ppdm_password}
""", _v, S=_v)

_v = influx_token()
add("blind-ch/systemd/influxdb-token", "edge/systemd/rig-forwarder.service",
    "systemd.exec(5) Environment= in a unit file", r"""
[Unit]
Description=Rig data forwarder (EDR -> InfluxDB)
After=network-online.target mosquitto.service
Wants=network-online.target

[Service]
Type=simple
User=edge
ExecStart=/opt/rig-forwarder/bin/rig-forwarder --config /etc/rig-forwarder/config.toml
Environment=INFLUX_URL=https://influx.rtoc.nbe-energy.net:8086
Environment=INFLUX_ORG=nbe-drilling
Environment="INFLUX_TOKEN=@S@"
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
""", _v, S=_v)

_v = rand_pw(18)
add("blind-ch/toml/mqtt", "edge/rig-forwarder/config.toml",
    "TOML config of a Rust edge forwarder (rumqttc options)", r"""
[rig]
id = 14
name = "Patterson 286"

[edr]
protocol = "wits0"
device = "/dev/ttyUSB0"
baud = 9600

[mqtt]
host = "mqtt.rtoc.nbe-energy.net"
port = 8883
client_id = "rig14-forwarder"
username = "rig14"
password = "@S@"
keep_alive_secs = 30
ca_file = "/etc/rig-forwarder/rtoc-ca.crt"

[buffer]
path = "/var/lib/rig-forwarder"
max_mb = 1024
""", _v, S=_v)

_v = confluent_secret()
add("blind-ch/properties/kafka-sasl", "rtoc/witsml-poller/config/confluent-cloud.properties",
    "Kafka client properties for Confluent Cloud (SASL/PLAIN JAAS config)", r"""
# Confluent Cloud cluster lkc-7xq2m (rtoc-prod, us-east-2)
bootstrap.servers=pkc-n98pk.us-east-2.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='@KEY@' password='@S@';
client.dns.lookup=use_all_dns_ips
session.timeout.ms=45000
acks=all
""", _v, S=_v, KEY=confluent_key())

_v = human_pw()
add("blind-ch/javascript/mqtt", "rtoc/dashboard/server/mqttBridge.js",
    "MQTT.js client connect options (username, password)", r"""
// Forwards rig alarms from the RTOC broker to the dashboard's websocket clients.
const mqtt = require("mqtt");
const { broadcast } = require("./ws");

const client = mqtt.connect("mqtts://mqtt.rtoc.nbe-energy.net:8883", {
  clientId: `rtoc-dashboard-${process.pid}`,
  username: "dashboard",
  password: "@S@",
  clean: true,
  reconnectPeriod: 2000,
});

client.on("connect", () => client.subscribe("nbe/rig/+/alarms/#", { qos: 1 }));
client.on("message", (topic, payload) => {
  const [, , rig, , alarm] = topic.split("/");
  broadcast({ rig, alarm, value: JSON.parse(payload.toString()) });
});
client.on("error", (err) => console.error("mqtt", err.message));
""", _v, S=_v)

_v = hexs(40)
add("blind-ch/python/corva-api-key", "rtoc/corva/export_kpis.py",
    "Corva platform API (Authorization: API <key>) via requests", r"""
# Nightly export of drilling KPIs from Corva into the RTOC warehouse.
import datetime as dt

import requests

CORVA_API = "https://api.corva.ai"
CORVA_DATA = "https://data.corva.ai"
API_KEY = "@S@"
ASSETS = {"STATE 24-17H": 84123761, "UNIVERSITY 18-23 2H": 84119024}

headers = {"Authorization": f"API {API_KEY}", "Accept": "application/json"}
since = int((dt.datetime.utcnow() - dt.timedelta(days=1)).timestamp())

for name, asset_id in ASSETS.items():
    r = requests.get(f"{CORVA_DATA}/api/v1/data/corva/wits.summary-1m/", headers=headers, params={
        "query": f"{{asset_id#eq#{asset_id}}}AND{{timestamp#gte#{since}}}",
        "sort": "{timestamp:1}", "limit": 1440})
    r.raise_for_status()
    print(name, len(r.json()), "rows")
""", _v, S=_v)

# telemetry decoys
add("blind-ch/mosquitto/decoy-hash", "edge/mosquitto/passwd",
    "mosquitto_passwd(1) password file (PBKDF2-SHA512 hashes, $7$)", r"""
rig14:$7$101$@SA@$@HA@
sensor-node:$7$101$@SB@$@HB@
dashboard:$7$101$@SC@$@HC@
telegraf:$7$101$@SD@$@HD@
readonly:$7$101$@SE@$@HE@
""", SA=chars(16, ALNUM + "+/"), HA=chars(86, ALNUM + "+/") + "==", SB=chars(16, ALNUM + "+/"), HB=chars(86, ALNUM + "+/") + "==",
    SC=chars(16, ALNUM + "+/"), HC=chars(86, ALNUM + "+/") + "==", SD=chars(16, ALNUM + "+/"), HD=chars(86, ALNUM + "+/") + "==",
    SE=chars(16, ALNUM + "+/"), HE=chars(86, ALNUM + "+/") + "==")

add("blind-ch/telegraf/decoy-env-ref", "edge/telegraf/telegraf.d/outputs.conf",
    "Telegraf environment variable substitution ($VAR / ${VAR})", r"""
# Output for every rig edge box; the token comes from /etc/default/telegraf (written by Ansible).
[[outputs.influxdb_v2]]
  urls = ["${INFLUX_URL}"]
  token = "${INFLUX_TOKEN}"
  organization = "nbe-drilling"
  bucket = "rig${RIG_ID}_1s"
  timeout = "10s"

[[outputs.mqtt]]
  servers = ["ssl://mqtt.rtoc.nbe-energy.net:8883"]
  topic = "nbe/rig/${RIG_ID}/telegraf"
  username = "rig${RIG_ID}"
  password = "${MQTT_PASSWORD}"
  data_format = "influx"
""")

add("blind-ch/node-red/decoy-flow-export", "edge/node-red/flows_rig15.json",
    "Node-RED flow export (credentials are kept in flows_cred.json, not in the flow)", r"""
[
    {
        "id": "a3f2c1d04b5e6f78",
        "type": "mqtt-broker",
        "name": "RTOC broker",
        "broker": "mqtt.rtoc.nbe-energy.net",
        "port": "8883",
        "tls": "5b1e0c9d7a3f2e64",
        "clientid": "rig15-edge",
        "usetls": true,
        "protocolVersion": "4",
        "keepalive": "30",
        "cleansession": false
    },
    {
        "id": "5b1e0c9d7a3f2e64",
        "type": "tls-config",
        "name": "rtoc-ca",
        "cert": "",
        "key": "",
        "ca": "/data/certs/rtoc-ca.crt",
        "verifyservercert": true
    },
    {
        "id": "c7d9e1f0a2b34c56",
        "type": "mqtt out",
        "z": "f0e1d2c3b4a59687",
        "topic": "nbe/rig/15/drilling",
        "qos": "1",
        "broker": "a3f2c1d04b5e6f78",
        "wires": []
    }
]
""")

add("blind-ch/javascript/decoy-env-ref", "edge/node-red/settings.js",
    "Node-RED settings.js (credentialSecret from environment)", r"""
// Node-RED runtime settings for the rig edge boxes.
module.exports = {
    flowFile: "flows_rig.json",
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
    uiPort: process.env.PORT || 1880,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "admin",
            password: process.env.NODE_RED_ADMIN_HASH,
            permissions: "*"
        }]
    },
    logging: { console: { level: "info", metrics: false, audit: false } },
    editorTheme: { projects: { enabled: false } },
    functionGlobalContext: { rigId: process.env.RIG_ID }
};
""")

add("blind-ch/c/decoy-build-macro", "firmware/sensor-node/main/app_config.h",
    "ESP-IDF Kconfig values (CONFIG_*) for the MQTT settings", r"""
#pragma once
#include "sdkconfig.h"

/* Values come from `idf.py menuconfig` (sdkconfig is git-ignored; see sdkconfig.defaults). */
#define NODE_ID            CONFIG_NODE_ID
#define MQTT_BROKER_URI    CONFIG_BROKER_URL
#define MQTT_USERNAME      CONFIG_MQTT_USERNAME
#define MQTT_PASSWORD      CONFIG_MQTT_PASSWORD
#define MQTT_TOPIC_PREFIX  "rig/" CONFIG_RIG_ID "/sensors/"
#define SAMPLE_PERIOD_MS   250
""")

add("blind-ch/python/decoy-kerberos", "historian/pi_client.py",
    "PI Web API with Kerberos (requests-kerberos HTTPKerberosAuth)", r"""
# PI Web API access with the logged-in user's Kerberos ticket (no stored password).
import requests
from requests_kerberos import HTTPKerberosAuth, OPTIONAL

PIWEBAPI = "https://pi.nbe.local/piwebapi"
WEBID_HKLD = "F1DPmN2MkBHzTkOVlC3SdxJ8TQAQAAAASE9VLVBJMDFcUklHMTQuSEtMRA"


def session() -> requests.Session:
    s = requests.Session()
    s.auth = HTTPKerberosAuth(mutual_authentication=OPTIONAL)
    s.verify = "certs/nbe-root-ca.pem"
    return s


def recorded(web_id: str = WEBID_HKLD, start: str = "*-1d") -> list:
    r = session().get(f"{PIWEBAPI}/streams/{web_id}/recorded", params={"startTime": start})
    r.raise_for_status()
    return r.json()["Items"]
""")

add("blind-ch/yaml/decoy-grafana-file-ref", "monitoring/grafana/provisioning/datasources/influx-prod.yaml",
    "Grafana provisioning: $__env{} and $__file{} expansion", r"""
apiVersion: 1
datasources:
  - name: Rig InfluxDB
    type: influxdb
    access: proxy
    url: $__env{INFLUX_URL}
    jsonData:
      version: Flux
      organization: nbe-drilling
      defaultBucket: rig14_1s
    secureJsonData:
      token: $__file{/etc/grafana/secrets/influx_token}
  - name: Alarms Postgres
    type: postgres
    url: alarms-db.rtoc.nbe.local:5432
    user: grafana
    jsonData: {database: alarms, sslmode: require}
    secureJsonData:
      password: $__env{ALARMS_DB_PASSWORD}
""")

add("blind-ch/yaml/decoy-device-ids", "edge/gateway/config/rig15.yaml",
    "Azure IoT Hub DPS with X.509 attestation (no shared key)", r"""
# Rig 15 uses DPS with an X.509 device certificate; no key in this file.
site:
  rig: 15
  well: UNIVERSITY 18-23 2H
sources:
  - name: edr
    type: witsml-0
    port: /dev/ttyUSB0
    baud: 9600
upstream:
  type: azure-iot-dps
  global_endpoint: global.azure-devices-provisioning.net
  id_scope: 0ne00A1B2C3
  registration_id: rig15-edge
  attestation:
    method: x509
    cert: /etc/edge/certs/rig15-edge.cert.pem
    key: /etc/edge/certs/rig15-edge.key.pem
    thumbprint: 9F3A0C7E51B2D48E6A1F07C93D25B8E40F6A1C72
""")

# ---------------------------------------------------------------- seismic processing
_v = human_pw()
add("blind-ch/slurm/mysql", "seismic/cluster/etc/slurm/slurmdbd.conf",
    "slurmdbd.conf(5) (StorageUser, StoragePass)", r"""
# slurmdbd for the seismic processing cluster (hou-sps)
AuthType=auth/munge
AuthInfo=/var/run/munge/munge.socket.2
DbdHost=hou-sps-head01
DbdPort=6819
SlurmUser=slurm
LogFile=/var/log/slurm/slurmdbd.log
PidFile=/var/run/slurmdbd/slurmdbd.pid
StorageType=accounting_storage/mysql
StorageHost=hou-sps-db01
StoragePort=3306
StorageUser=slurm
StoragePass=@S@
StorageLoc=slurm_acct_db
PurgeJobAfter=24month
PurgeStepAfter=6month
""", _v, S=_v)

_id, _v = aws_pair()
add("blind-ch/shell/aws-secret-key", "seismic/jobs/migrate_pstm.sbatch",
    "Slurm sbatch script exporting AWS credentials for s3 staging", r"""
#!/bin/bash
#SBATCH --job-name=pstm-gom2024
#SBATCH --partition=gpu
#SBATCH --nodes=16
#SBATCH --ntasks-per-node=4
#SBATCH --gres=gpu:4
#SBATCH --time=48:00:00
#SBATCH --output=logs/%x-%j.out

export AWS_DEFAULT_REGION=us-east-1
export AWS_ACCESS_KEY_ID=@ID@
export AWS_SECRET_ACCESS_KEY=@S@

module load openmpi/4.1.6 cuda/12.2 seisproc/7.3
aws s3 cp --recursive s3://nbe-seismic-raw/gom2024/shots/ /scratch/$SLURM_JOB_ID/shots/ --quiet

srun pstm --velocity /proj/gom2024/vel/rms_v3.sgy \
          --input /scratch/$SLURM_JOB_ID/shots \
          --output /scratch/$SLURM_JOB_ID/pstm_gom2024.sgy --aperture 6000

aws s3 cp /scratch/$SLURM_JOB_ID/pstm_gom2024.sgy s3://nbe-seismic-processed/gom2024/
""", _v, S=_v, ID=_id)

_id, _v = aws_pair()
add("blind-ch/python/aws-secret-key", "seismic/segy_tools/upload_segy.py",
    "boto3 client with explicit credentials, multipart upload of SEG-Y", r"""
# Upload SEG-Y volumes to the processed-data bucket with trace-header metadata.
import sys
from pathlib import Path

import boto3
import segyio
from boto3.s3.transfer import TransferConfig

s3 = boto3.client(
    "s3",
    region_name="us-east-1",
    aws_access_key_id="@ID@",
    aws_secret_access_key="@S@",
)
CFG = TransferConfig(multipart_threshold=256 * 1024 ** 2, multipart_chunksize=256 * 1024 ** 2, max_concurrency=16)


def upload(path: Path, bucket: str = "nbe-seismic-processed") -> None:
    with segyio.open(path, ignore_geometry=True) as f:
        meta = {"traces": str(f.tracecount), "samples": str(len(f.samples)),
                "interval-us": str(int(f.bin[segyio.BinField.Interval]))}
    s3.upload_file(str(path), bucket, f"volumes/{path.name}", Config=CFG, ExtraArgs={"Metadata": meta})
    print("uploaded", path.name, meta)


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        upload(Path(arg))
""", _v, S=_v, ID=_id)

_v = storage_key()
add("blind-ch/python/azure-storage-key", "seismic/segy_tools/blob_stage.py",
    "azure-storage-blob BlobServiceClient.from_connection_string (AccountKey)", r"""
from azure.storage.blob import BlobServiceClient

CONN = ("DefaultEndpointsProtocol=https;AccountName=nbeseismicarchive;"
        "AccountKey=@S@;EndpointSuffix=core.windows.net")
svc = BlobServiceClient.from_connection_string(CONN)
container = svc.get_container_client("segy-archive")


def stage(local: str, name: str) -> None:
    with open(local, "rb") as fh:
        container.upload_blob(name, fh, overwrite=True, max_concurrency=8, standard_blob_tier="Cool")
""", _v, S=_v)

_v = storage_key()
add("blind-ch/rclone/azure-storage-key", "seismic/cluster/rclone/rclone.conf",
    "rclone config file, azureblob backend (account, key)", r"""
[seismic-archive]
type = azureblob
account = nbeseismicarchive
key = @S@
access_tier = Cool

[seismic-s3]
type = s3
provider = AWS
env_auth = true
region = us-east-1

[scratch]
type = alias
remote = /scratch/shared
""", _v, S=_v)

_id, _v = aws_pair()
add("blind-ch/s3cfg/aws-secret-key", "seismic/cluster/s3cmd/s3cfg",
    "s3cmd configuration file (.s3cfg)", r"""
[default]
access_key = @ID@
secret_key = @S@
bucket_location = us-east-1
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
multipart_chunk_size_mb = 256
use_https = True
signature_v2 = False
""", _v, S=_v, ID=_id)

_v = rand_pw(40)
add("blind-ch/shell/minio", "seismic/cluster/setup/mc_aliases.sh",
    "MinIO client mc alias set ALIAS URL ACCESSKEY SECRETKEY", r"""
#!/usr/bin/env bash
# One-off setup on each compute node: MinIO tenant in the Houston data centre for shot gathers.
set -euo pipefail
mc alias set seis https://minio-seis.nbe.local:9000 seisproc @S@ --api S3v4
mc mb --ignore-existing seis/gom2024-shots
mc mb --ignore-existing seis/gom2024-velocity
mc ilm rule add --expire-days 180 seis/gom2024-shots
mc admin info seis
""", _v, S=_v)

_v = human_pw()
add("blind-ch/docker-compose/minio", "seismic/minio/docker-compose.yml",
    "MinIO container MINIO_ROOT_USER / MINIO_ROOT_PASSWORD", r"""
version: "3.8"
services:
  minio:
    image: quay.io/minio/minio:RELEASE.2024-04-18T19-09-19Z
    command: server /data{1...4} --console-address ":9001"
    ports:
      - "9000:9000"
      - "9001:9001"
    environment:
      MINIO_ROOT_USER: seisadmin
      MINIO_ROOT_PASSWORD: @S@
      MINIO_SERVER_URL: https://minio-seis.nbe.local:9000
    volumes:
      - /data1:/data1
      - /data2:/data2
      - /data3:/data3
      - /data4:/data4
    healthcheck:
      test: ["CMD", "mc", "ready", "local"]
      interval: 30s
""", _v, S=_v)

_v = sas_sig()
add("blind-ch/yaml/sas-token", "seismic/pipelines/segy-ingest.yaml",
    "Azure Blob SAS URL (sv, se, sp, sig) in a pipeline config", r"""
pipeline: segy-ingest
source:
  kind: azure-blob
  # SAS from the acquisition contractor, read+list, expires end of survey
  url: "https://cgacq2024.blob.core.windows.net/nbe-gom-delivery?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2024-12-31T23:59:59Z&st=2024-03-01T00:00:00Z&spr=https&sig=@S@"
  prefix: deliverables/final/
target:
  kind: s3
  bucket: nbe-seismic-raw
  prefix: gom2024/contractor/
checks:
  - segy-revision: 1
  - textual-header: ebcdic
  - trace-count-matches-manifest: true
notify: seismic-data@nbe-energy.net
""", _v, S=_v)

_v = sas_sig()
add("blind-ch/markdown/sas-token", "seismic/docs/runbooks/copy-delivery.md",
    "AzCopy copy with a SAS URL in a Markdown runbook", r"""
# Copying a contractor delivery into the archive

1. Log in to the transfer VM (`hou-seis-xfer01`) as `seisxfer`.
2. Run the copy (takes ~6 h for a 40 TB delivery):

```bash
azcopy copy \
  "https://nbeseismicarchive.blob.core.windows.net/segy-archive/gom2024/?sv=2023-01-03&ss=b&srt=sco&sp=rwlac&se=2025-06-30T00:00:00Z&spr=https&sig=@S@" \
  "/mnt/delivery/gom2024/*" --recursive --block-size-mb 256 --cap-mbps 4000
```

3. Check the job: `azcopy jobs show <job-id> --with-status=Failed`.
4. Update the manifest sheet and mark the tapes as received.
""", _v, S=_v)

_id, _v = aws_pair()
add("blind-ch/nextflow/aws-secret-key", "seismic/nf-segy/nextflow.config",
    "Nextflow configuration aws { accessKey; secretKey } scope", r"""
params {
    survey = 'gom2024'
    input  = 's3://nbe-seismic-raw/gom2024/shots/*.sgy'
    outdir = 's3://nbe-seismic-processed/gom2024/qc'
}

process {
    executor = 'slurm'
    queue    = 'cpu'
    cpus     = 8
    memory   = '32 GB'
}

aws {
    region    = 'us-east-1'
    accessKey = '@ID@'
    secretKey = '@S@'
    client {
        maxConnections = 64
        uploadChunkSize = '256 MB'
    }
}
""", _v, S=_v, ID=_id)

_v = storage_key()
add("blind-ch/hcl/azure-storage-key", "seismic/infra/backend.tf",
    "Terraform azurerm backend access_key", r"""
terraform {
  backend "azurerm" {
    resource_group_name  = "rg-seismic-tfstate"
    storage_account_name = "nbeseistfstate"
    container_name       = "tfstate"
    key                  = "seismic-cluster.tfstate"
    access_key           = "@S@"
  }
}

resource "azurerm_storage_account" "archive" {
  name                     = "nbeseismicarchive"
  resource_group_name      = "rg-seismic"
  location                 = "southcentralus"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  access_tier              = "Cool"
}
""", _v, S=_v)

# seismic decoys
add("blind-ch/slurm/decoy-munge", "seismic/cluster/etc/slurm/slurm.conf",
    "slurm.conf(5): munge authentication, accounting via slurmdbd (no password)", r"""
ClusterName=hou-sps
SlurmctldHost=hou-sps-head01
AuthType=auth/munge
CredType=cred/munge
AccountingStorageType=accounting_storage/slurmdbd
AccountingStorageHost=hou-sps-head01
AccountingStoragePass=/var/run/munge/munge.socket.2
JobAcctGatherType=jobacct_gather/cgroup
ProctrackType=proctrack/cgroup
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
GresTypes=gpu
NodeName=sps-cpu[001-096] CPUs=96 RealMemory=768000 State=UNKNOWN
NodeName=sps-gpu[01-16] CPUs=64 RealMemory=512000 Gres=gpu:a100:4 State=UNKNOWN
PartitionName=cpu Nodes=sps-cpu[001-096] Default=YES MaxTime=7-00:00:00 State=UP
PartitionName=gpu Nodes=sps-gpu[01-16] MaxTime=3-00:00:00 State=UP
""")

add("blind-ch/shell/decoy-aws-profile", "seismic/jobs/fk_filter.sbatch",
    "sbatch script using an AWS named profile / instance role", r"""
#!/bin/bash
#SBATCH --job-name=fk-gom2024
#SBATCH --partition=cpu
#SBATCH --nodes=8
#SBATCH --time=12:00:00
#SBATCH --output=logs/%x-%j.out

# Credentials: the nodes use the "seismic-processing" profile from ~/.aws/config (SSO),
# refreshed by `aws sso login --profile seismic-processing` on the head node.
export AWS_PROFILE=seismic-processing
export AWS_DEFAULT_REGION=us-east-1

module load openmpi/4.1.6 seisproc/7.3
aws s3 cp s3://nbe-seismic-raw/gom2024/shots/line_1042.sgy /scratch/$SLURM_JOB_ID/
srun fkfilt --in /scratch/$SLURM_JOB_ID/line_1042.sgy --vmin 1500 --out /scratch/$SLURM_JOB_ID/line_1042_fk.sgy
""")

add("blind-ch/text/decoy-segy-header", "seismic/qc/headers/line_1042_textual_header.txt",
    "SEG-Y rev 1 3200-byte textual header (40 card images C01-C40), dumped as text", r"""
C 1 CLIENT NORTH BASIN ENERGY    COMPANY CGG ACQUISITION   CREW NO 2024-07
C 2 LINE 1042         AREA GREEN CANYON GOM      MAP ID GC-2024-NAZ
C 3 REEL NO 000417     DAY-START OF REEL 14 MONTH 04 YEAR 2024 OBSERVER JM
C 4 INSTRUMENT: MFG SERCEL   MODEL 508XT     SERIAL NO 5X08A7731
C 5 DATA TRACES/RECORD 3600  AUXILIARY TRACES/RECORD 8    CDP FOLD 120
C 6 SAMPLE INTERVAL 2000 US   SAMPLES/TRACE 6001  BITS/IN 1600 BYTES/SAMPLE 4
C 7 RECORDING FORMAT SEGY IEEE  FORMAT THIS REEL SEG-Y  MEASUREMENT SYSTEM M
C 8 SAMPLE CODE: FLOATING PT  FIXED PT  FIXED PT-GAIN  CORRELATED
C 9 GAIN  TYPE: FIXED  BINARY  FLOATING POINT   OTHER
C10 FILTERS: ALIAS 200 HZ, NOTCH NONE HZ, BAND 3 - 200 HZ, SLOPE 6 - 370 DB/OCT
C11 SOURCE: TYPE AIRGUN   NUMBER/POINT 3   POINT INTERVAL 25 M
C12 CHECKSUM MD5 9B1F0C3E7A2D48E65C1F0A9D7E3B2C48  (SEE C13)
C13 PROCESSING ID 7F3A9C0E1B2D4E68A5C1F0B9D3E7A2C6  SHOT/RECEIVER CDP SORT
C14 GEODETIC: WGS84 UTM ZONE 15N  EPSG 32615
C39 SEG Y REV1
C40 END TEXTUAL HEADER
""")

add("blind-ch/sha256sum/decoy-hash", "seismic/deliveries/gom2024/SHA256SUMS",
    "sha256sum(1) checksum list of SEG-Y deliverables", r"""
@H1@  gom2024_final_pstm_full.sgy
@H2@  gom2024_final_pstm_near.sgy
@H3@  gom2024_final_pstm_mid.sgy
@H4@  gom2024_final_pstm_far.sgy
@H5@  gom2024_vrms_final.sgy
@H6@  gom2024_navmerge.p190
""", H1=hexs(64), H2=hexs(64), H3=hexs(64), H4=hexs(64), H5=hexs(64), H6=hexs(64))

add("blind-ch/dvc/decoy-hash", "seismic/testdata/small_cube.sgy.dvc",
    "DVC .dvc tracking file (outs: md5, size, path)", r"""
outs:
- md5: @H@
  size: 48213504
  hash: md5
  path: small_cube.sgy
""", H=hexs(32))

add("blind-ch/python/decoy-managed-identity", "seismic/segy_tools/blob_archive.py",
    "azure-identity DefaultAzureCredential with BlobServiceClient account URL", r"""
# Archive finished volumes to cool storage. Auth: the VM's managed identity (no keys).
from azure.identity import DefaultAzureCredential
from azure.storage.blob import BlobServiceClient

ACCOUNT_URL = "https://nbeseismicarchive.blob.core.windows.net"
CONTAINER = "segy-archive"
# managed identity client id of hou-sps-head01 (public identifier)
MI_CLIENT_ID = "5c2e8a10-3f4b-4d9c-b7e6-a1d0f2c93e58"

svc = BlobServiceClient(ACCOUNT_URL, credential=DefaultAzureCredential(managed_identity_client_id=MI_CLIENT_ID))


def archive(local: str, name: str) -> None:
    with open(local, "rb") as fh:
        svc.get_container_client(CONTAINER).upload_blob(name, fh, overwrite=True, standard_blob_tier="Cool")
""")

add("blind-ch/markdown/decoy-placeholder", "seismic/docs/runbooks/copy-delivery-template.md",
    "AzCopy SAS URL with placeholders, Markdown runbook", r"""
# Copying a delivery (template)

Generate a SAS in the portal (Storage account > Shared access signature, 7 days, rwl) and paste it
in place of `<SAS>`; never save the real token in this page.

```bash
azcopy copy \
  "https://nbeseismicarchive.blob.core.windows.net/segy-archive/<survey>/?<SAS>" \
  "/mnt/delivery/<survey>/*" --recursive --block-size-mb 256
```

A SAS looks like `sv=2023-01-03&ss=b&srt=sco&sp=rwl&se=...&sig=XXXXXXXX`; it ends with the signature.
""")

add("blind-ch/rclone/decoy-env-auth", "seismic/cluster/rclone/rclone-nodes.conf",
    "rclone config using env_auth / managed identity", r"""
[seismic-archive]
type = azureblob
account = nbeseismicarchive
env_auth = true
access_tier = Cool

[seismic-s3]
type = s3
provider = AWS
env_auth = true
region = us-east-1
""")

add("blind-ch/docker-compose/decoy-secret-file", "seismic/minio/docker-compose.prod.yml",
    "MinIO MINIO_ROOT_PASSWORD_FILE with Docker secrets", r"""
services:
  minio:
    image: quay.io/minio/minio:RELEASE.2024-04-18T19-09-19Z
    command: server /data{1...4} --console-address ":9001"
    environment:
      MINIO_ROOT_USER_FILE: /run/secrets/minio_root_user
      MINIO_ROOT_PASSWORD_FILE: /run/secrets/minio_root_password
      MINIO_SERVER_URL: https://minio-seis.nbe.local:9000
    secrets: [minio_root_user, minio_root_password]
secrets:
  minio_root_user:
    external: true
  minio_root_password:
    external: true
""")

add("blind-ch/hcl/decoy-keyvault-ref", "seismic/infra/sas.tf",
    "Terraform data.azurerm_key_vault_secret and variables (no literal secrets)", r"""
variable "client_secret" {
  type      = string
  sensitive = true
}

data "azurerm_key_vault" "seis" {
  name                = "kv-seismic-prod"
  resource_group_name = "rg-seismic"
}

data "azurerm_key_vault_secret" "archive_key" {
  name         = "nbeseismicarchive-key1"
  key_vault_id = data.azurerm_key_vault.seis.id
}

resource "azurerm_storage_container" "segy" {
  name                  = "segy-archive"
  storage_account_name  = "nbeseismicarchive"
  container_access_type = "private"
}

output "archive_key_version" {
  value = data.azurerm_key_vault_secret.archive_key.version
}
""")
# ---------------------------------------------------------------- mine fleet management / dispatch
_v = human_pw()
add("blind-ch/xml/sqlserver", "fleet/powerview-extract/PowerViewExtract.exe.config",
    ".NET connectionStrings to the Modular Mining DISPATCH / PowerView SQL Server", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <!-- Read-only login on the DISPATCH reporting replica (PowerView), Karratha site -->
    <add name="PowerView"
         connectionString="Server=KAR-DISP-SQL01\POWERVIEW;Database=PowerView;User Id=pv_extract;Password=@S@;Application Name=PowerViewExtract"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Site" value="KAR" />
    <add key="ShiftStartHours" value="06,18" />
    <add key="OutputFolder" value="\\kar-fs01\fleet\shift_reports" />
    <add key="Tables" value="hist_loads,hist_dumps,hist_statusevents,hist_eqmt" />
  </appSettings>
</configuration>
""", _v, S=_v)

_v = human_pw()
add("blind-ch/python/sqlserver", "fleet/wenco/extract_cycles.py",
    "pyodbc connection string (DRIVER;SERVER;DATABASE;UID;PWD) to a Wenco database", r"""
# Haul-cycle extract from the Wenco (WencoMine) SQL Server for the productivity dashboard.
import pandas as pd
import pyodbc

conn = pyodbc.connect(
    "DRIVER={ODBC Driver 17 for SQL Server};"
    "SERVER=kal-wenco-db01;DATABASE=Wenco;"
    "UID=wenco_report;PWD=@A@"
    "@B@;"
)

SQL = '''
SELECT c.CYCLE_ID, c.EQUIP_IDENT AS truck, c.LOAD_EQUIP_IDENT AS shovel,
       c.LOAD_START_TIMESTAMP, c.DUMP_END_TIMESTAMP, c.PAYLOAD, c.DUMP_LOCATION_SNAME
FROM dbo.HAUL_CYCLE_TRANS c
WHERE c.SHIFT_IDENT >= ?
'''

df = pd.read_sql(SQL, conn, params=["240501D"])
df.to_parquet("data/haul_cycles.parquet")
print(len(df), "cycles")
""", _v, A=_v[:5], B=_v[5:])

_v = human_pw()
add("blind-ch/sql/sqlserver", "fleet/sql/create_report_logins.sql",
    "T-SQL CREATE LOGIN ... WITH PASSWORD", r"""
-- Reporting logins on the Wenco replica. Applied by the DBA team, change ticket CHG0041872.
USE [master];
GO
CREATE LOGIN [wenco_report] WITH PASSWORD = N'@S@', DEFAULT_DATABASE = [Wenco], CHECK_POLICY = ON;
GO
USE [Wenco];
GO
CREATE USER [wenco_report] FOR LOGIN [wenco_report];
ALTER ROLE [db_datareader] ADD MEMBER [wenco_report];
GRANT EXECUTE ON SCHEMA::rpt TO [wenco_report];
GO
""", _v, S=_v)

_v = human_pw()
add("blind-ch/odbc/sqlserver", "fleet/linux/odbc.ini",
    "unixODBC odbc.ini DSN with UID/PWD (Microsoft ODBC driver)", r"""
[DISPATCH_KAR]
Description = Modular DISPATCH reporting replica, Karratha
Driver      = ODBC Driver 18 for SQL Server
Server      = tcp:KAR-DISP-SQL01,1433
Database    = PowerView
UID         = pv_extract
PWD         = @S@
Encrypt     = yes
TrustServerCertificate = yes

[WENCO_KAL]
Description = Wenco, Kalgoorlie
Driver      = ODBC Driver 18 for SQL Server
Server      = tcp:kal-wenco-db01,1433
Database    = Wenco
Trusted_Connection = yes
""", _v, S=_v)

_v = rand_pw(20)
add("blind-ch/helm/sqlserver", "fleet/deploy/helm/fleet-dashboard/values-prod.yaml",
    "Helm chart values file", r"""
replicaCount: 2
image:
  repository: registry.redrock.local/fleet/fleet-dashboard
  tag: "3.8.2"
ingress:
  enabled: true
  className: nginx
  hosts:
    - host: fleet.redrock-minerals.com
      paths: [{path: /, pathType: Prefix}]
dispatch:
  site: KAR
  sqlServer: KAR-DISP-SQL01
  database: PowerView
  username: pv_dashboard
  password: "@S@"
wenco:
  enabled: false
resources:
  limits: {cpu: 500m, memory: 512Mi}
""", _v, S=_v)

_v = human_pw()
add("blind-ch/jenkinsfile/sqlserver", "fleet/Jenkinsfile",
    "Jenkins declarative pipeline with a sqlcmd step", r"""
pipeline {
    agent { label 'windows-fleet' }
    triggers { cron('H 7 * * *') }
    stages {
        stage('Checkout') {
            steps { checkout scm }
        }
        stage('Deploy report views') {
            steps {
                bat 'sqlcmd -S KAR-DISP-SQL01\\POWERVIEW -d PowerView -U pv_deploy -P "@S@" -b -i fleet\\sql\\views\\rpt_views.sql'
            }
        }
        stage('Smoke test') {
            steps {
                bat 'python fleet\\tests\\smoke_views.py'
            }
        }
    }
    post {
        failure { mail to: 'fleet-systems@redrock-minerals.com', subject: "Report view deploy failed", body: "${env.BUILD_URL}" }
    }
}
""", _v, S=_v)

_v = human_pw()
add("blind-ch/ansible/sqlserver", "fleet/ansible/group_vars/kal_wenco.yml",
    "Ansible group_vars (plain variable, not vaulted)", r"""
---
wenco_site: KAL
wenco_db_host: kal-wenco-db01
wenco_db_name: Wenco
wenco_report_user: wenco_report
wenco_report_password: "@S@"
wenco_extract_schedule: "15 6,18 * * *"
wenco_extract_dir: /srv/fleet/wenco
node_exporter_enabled: true
""", _v, S=_v)

_v = passphrase()
add("blind-ch/powershell/sqlserver", "fleet/scripts/Export-ShiftReport.ps1",
    "PowerShell Invoke-Sqlcmd with -Username/-Password", r"""
# Exports the end-of-shift production summary to the mine's SharePoint drop folder.
param([string]$Shift = (Get-Date).ToString("yyMMdd") + "D")

Import-Module SqlServer
$rows = Invoke-Sqlcmd -ServerInstance "KAR-DISP-SQL01\POWERVIEW" -Database "PowerView" `
    -Username "pv_extract" -Password "@S@" `
    -Query "EXEC rpt.usp_shift_summary @shift = '$Shift'" -QueryTimeout 300

$out = "\\kar-fs01\fleet\shift_reports\shift_$Shift.csv"
$rows | Export-Csv -NoTypeInformation -Path $out
Write-Host "Wrote $($rows.Count) rows to $out"
""", _v, S=_v)

# fleet decoys
add("blind-ch/xml/decoy-masked", "fleet/powerview-extract/PowerViewExtract.exe.config.template",
    ".NET config template with masked password (filled in by the installer)", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="PowerView"
         connectionString="Server=#{PowerViewServer}#;Database=PowerView;User Id=pv_extract;Password=#{PowerViewPassword}#;Application Name=PowerViewExtract"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Site" value="#{Site}#" />
    <add key="ShiftStartHours" value="06,18" />
    <add key="OutputFolder" value="\\#{FileServer}#\fleet\shift_reports" />
  </appSettings>
</configuration>
""")

add("blind-ch/python/decoy-keyring", "fleet/wenco/db.py",
    "pyodbc with credentials from keyring", r"""
import keyring
import pyodbc

SERVICE = "wenco-kal"


def connect(user: str = "wenco_report") -> pyodbc.Connection:
    password = keyring.get_password(SERVICE, user)
    if password is None:
        raise SystemExit(f"run: keyring set {SERVICE} {user}")
    return pyodbc.connect(
        "DRIVER={ODBC Driver 17 for SQL Server};SERVER=kal-wenco-db01;DATABASE=Wenco;"
        f"UID={user};PWD={password};"
    )
""")

add("blind-ch/sql/decoy-windows-login", "fleet/sql/create_windows_logins.sql",
    "T-SQL CREATE LOGIN ... FROM WINDOWS (no password)", r"""
-- Windows logins for the fleet reporting service accounts (gMSA). No passwords involved.
USE [master];
GO
CREATE LOGIN [REDROCK\gmsa-pvextract$] FROM WINDOWS WITH DEFAULT_DATABASE = [PowerView];
CREATE LOGIN [REDROCK\FleetAnalysts] FROM WINDOWS WITH DEFAULT_DATABASE = [PowerView];
GO
USE [PowerView];
GO
CREATE USER [REDROCK\gmsa-pvextract$] FOR LOGIN [REDROCK\gmsa-pvextract$];
ALTER ROLE [db_datareader] ADD MEMBER [REDROCK\gmsa-pvextract$];
GO
""")

add("blind-ch/ansible/decoy-vault", "fleet/ansible/group_vars/kar_dispatch.yml",
    "Ansible Vault encrypted variable (!vault | $ANSIBLE_VAULT;1.1;AES256)", r"""
---
dispatch_site: KAR
dispatch_db_host: KAR-DISP-SQL01
dispatch_db_name: PowerView
dispatch_extract_user: pv_extract
dispatch_extract_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
          @L1@
          @L2@
          @L3@
          @L4@
          @L5@
dispatch_extract_schedule: "20 6,18 * * *"
""", L1=hexs(80), L2=hexs(80), L3=hexs(80), L4=hexs(80), L5=hexs(58))

add("blind-ch/jenkinsfile/decoy-credentials-binding", "fleet/Jenkinsfile.views",
    "Jenkins withCredentials(usernamePassword) binding", r"""
pipeline {
    agent { label 'windows-fleet' }
    stages {
        stage('Deploy report views') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'powerview-deploy',
                                                  usernameVariable: 'PV_USER',
                                                  passwordVariable: 'PV_PASS')]) {
                    bat 'sqlcmd -S KAR-DISP-SQL01\\POWERVIEW -d PowerView -U %PV_USER% -P "%PV_PASS%" -b -i fleet\\sql\\views\\rpt_views.sql'
                }
            }
        }
    }
}
""")

add("blind-ch/csv/decoy-equipment-ids", "fleet/reference/equipment_register.csv",
    "CSV equipment register exported from the fleet system", r"""
eqmt_id,site,model,oem_serial,fms_device_id,telemetry_guid,commissioned
HT201,KAR,CAT 793F,CAT0793FCSSP00412,MMS-4D7A91C2,8f3c2a61-0b4e-4d7f-9a15-c2e07d9b3f48,2019-07-14
HT202,KAR,CAT 793F,CAT0793FLSSP00418,MMS-4D7A91C9,1e6b9d04-7c3a-4f82-b5d1-9a20f4e6c7b3,2019-07-21
HT203,KAR,CAT 793F,CAT0793FESSP00427,MMS-4D7A91D3,d4a7e2c8-5f19-4b06-8e3d-71b0c9f5a2e6,2019-08-02
EX11,KAR,Hitachi EX5600-7,HCM1Y600T00002211,MMS-4D7A9E01,b2f81c5d-9e4a-4c37-a06b-3d5e8f1a7c92,2020-02-10
DZ04,KAR,CAT D11T,CATD011TAGTH00951,MMS-4D7AA317,6c0e4b9a-2d7f-4e15-b8c3-f1a9d27e05b4,2021-05-30
""")

# ---------------------------------------------------------------- drone / LiDAR survey
_v = hexs(32)
add("blind-ch/javascript/dronedeploy-api-key", "survey/dd-export/exportMaps.js",
    "DroneDeploy Export API (api_key query parameter) from Node.js", r"""
// Pulls the latest orthomosaic and DSM exports for each pit plan from DroneDeploy.
const fetch = require("node-fetch");
const fs = require("fs/promises");

const API = "https://www.dronedeploy.com/api/v1";
const API_KEY = "@S@";
const PLANS = ["5f0c9a3e2b1d7e4f6a8c0b12", "5f0c9a3e2b1d7e4f6a8c0b7a"];

async function exportPlan(planId) {
  const res = await fetch(`${API}/export?api_key=${API_KEY}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ plan_id: planId, layer: "Orthomosaic", file_format: "geotiff", projection: 28350 }),
  });
  if (!res.ok) throw new Error(`export ${planId}: ${res.status}`);
  const job = await res.json();
  await fs.writeFile(`exports/${planId}.json`, JSON.stringify(job, null, 2));
  return job;
}

Promise.all(PLANS.map(exportPlan)).then((jobs) => console.log(jobs.length, "exports queued"));
""", _v, S=_v)

_v = rand_pw(48)
add("blind-ch/python/pix4d-client-secret", "survey/pix4d/cloud_upload.py",
    "Pix4D cloud API (OAuth2 client credentials, /oauth2/token/)", r"""
# Creates a PIX4Dcloud project for each drone flight folder and uploads the images.
import pathlib
import sys

import requests

CLIENT_ID = "rPq8aX3nL0cVb2mTk7YwE5sHd9Gj4UfZ"
CLIENT_SECRET = "@S@"
BASE = "https://cloud.pix4d.com"


def token() -> str:
    r = requests.post(f"{BASE}/oauth2/token/", data={
        "grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET})
    r.raise_for_status()
    return r.json()["access_token"]


def main(folder: str) -> None:
    h = {"Authorization": f"Bearer {token()}"}
    name = pathlib.Path(folder).name
    project = requests.post(f"{BASE}/project/api/v3/projects/", headers=h,
                            json={"name": f"KAR pit survey {name}", "project_type": "pro"}).json()
    print("project", project["id"], "created; images:", len(list(pathlib.Path(folder).glob("*.JPG"))))


if __name__ == "__main__":
    main(sys.argv[1])
""", _v, S=_v)

_v = hexs(32)
add("blind-ch/yaml/dronedeploy-api-key", "survey/config/sites.yml",
    "Survey tooling site config (DroneDeploy plans, CRS, stockpile polygons)", r"""
dronedeploy:
  api_key: @S@
  export_layers: [Orthomosaic, Elevation, PointCloud]
sites:
  KAR:
    crs: EPSG:28350
    plans:
      north_pit: 5f0c9a3e2b1d7e4f6a8c0b12
      rom_pad: 5f0c9a3e2b1d7e4f6a8c0b7a
    stockpiles: gis/kar_stockpiles.geojson
  KAL:
    crs: EPSG:28351
    plans:
      superpit_east: 60a1b2c3d4e5f60718293a4b
    stockpiles: gis/kal_stockpiles.geojson
volumes:
  base_surface: lowest_point
  density_t_m3: 1.85
""", _v, S=_v)

_v = human_pw()
add("blind-ch/shell/ftp", "survey/lidar/publish_potree.sh",
    "lftp mirror with -u user,password to publish Potree point clouds", r"""
#!/usr/bin/env bash
# Converts the latest LiDAR survey to Potree and publishes it to the site viewer.
set -euo pipefail
SURVEY=${1:?usage: publish_potree.sh <survey-folder>}
OUT=/srv/potree/$(basename "$SURVEY")

pdal translate "$SURVEY/cloud.laz" "$SURVEY/cloud_clean.laz" \
  --filter filters.outlier --filters.outlier.method=statistical --filters.outlier.multiplier=2.5
PotreeConverter "$SURVEY/cloud_clean.laz" -o "$OUT" --generate-page index

lftp -u 'potree_pub,@S@' sftp://viewer.redrock-minerals.com <<EOF
mirror -R --parallel=8 "$OUT" "/var/www/potree/$(basename "$SURVEY")"
bye
EOF
""", _v, S=_v)

_v = mapbox_token("sk", "redrock-survey")
add("blind-ch/python/mapbox-secret-token", "survey/tiles/upload_ortho.py",
    "Mapbox Uploads API (secret token sk.*, uploads:write scope)", r"""
# Uploads the pit orthomosaic as a Mapbox raster tileset for the mine-site web map.
import boto3
import requests

USER = "redrock-survey"
TOKEN = "@S@"  # uploads:write

creds = requests.post(f"https://api.mapbox.com/uploads/v1/{USER}/credentials?access_token={TOKEN}").json()
s3 = boto3.client("s3", aws_access_key_id=creds["accessKeyId"], aws_secret_access_key=creds["secretAccessKey"],
                  aws_session_token=creds["sessionToken"], region_name="us-east-1")
s3.upload_file("exports/kar_north_pit_ortho.tif", creds["bucket"], creds["key"])

r = requests.post(f"https://api.mapbox.com/uploads/v1/{USER}?access_token={TOKEN}", json={
    "url": creds["url"], "tileset": f"{USER}.kar-north-pit-2024-05", "name": "KAR north pit May 2024"})
print(r.json())
""", _v, S=_v)

_v = hexs(32)
add("blind-ch/dockerfile/dronedeploy-api-key", "survey/dd-export/Dockerfile",
    "Dockerfile ENV instruction", r"""
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
ENV NODE_ENV=production \
    DD_API_KEY=@S@ \
    EXPORT_DIR=/exports
VOLUME ["/exports"]
USER node
CMD ["node", "exportMaps.js"]
""", _v, S=_v)

_v = arcgis_key()
add("blind-ch/ipynb/arcgis-api-key", "survey/notebooks/publish_stockpiles.ipynb",
    "Jupyter notebook with ArcGIS API for Python GIS(api_key=...)", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from arcgis.gis import GIS\n",
    "gis = GIS(\"https://redrock.maps.arcgis.com\", api_key=\"@S@\")\n",
    "item = gis.content.get(\"3b7e0c2a9f514d6e8a1c4f0b2d7e9a35\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["updated 14 stockpile polygons\n"]}
   ],
   "source": [
    "fl = item.layers[0]\n",
    "res = fl.edit_features(updates=stockpile_features)\n",
    "print(\"updated\", len(res[\"updateResults\"]), \"stockpile polygons\")"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "arcgispro-py3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", _v, S=_v)

_v = github_pat()
add("blind-ch/github-actions/github-token", ".github/workflows/survey-tools.yml",
    "GitHub Actions workflow installing a private package with a token in the URL", r"""
name: survey-tools
on:
  pull_request:
  push:
    branches: [main]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: "3.11"}
      - name: Install
        run: |
          sudo apt-get install -y pdal libgdal-dev
          pip install "git+https://x-access-token:@S@@github.com/redrock-minerals/lidar-common.git@v0.9.2"
          pip install -e ".[test]"
      - run: pytest -q survey/tests
""", _v, S=_v)

# drone decoys
add("blind-ch/javascript/decoy-public-token", "survey/web/src/map.js",
    "Mapbox GL JS with a public access token (pk.*), documented as safe in client code", r"""
import mapboxgl from "mapbox-gl";

// Public token (pk.*), URL-restricted to fleet.redrock-minerals.com in the Mapbox account.
mapboxgl.accessToken = "@PK@";

export function pitMap(container) {
  const map = new mapboxgl.Map({
    container,
    style: "mapbox://styles/redrock-survey/clv0pit9k00ab01qr5g2h7c3d",
    center: [116.8461, -20.7362],
    zoom: 14,
  });
  map.on("load", () => {
    map.addSource("ortho", { type: "raster", url: "mapbox://redrock-survey.kar-north-pit-2024-05" });
    map.addLayer({ id: "ortho", type: "raster", source: "ortho" });
  });
  return map;
}
""", PK=mapbox_token("pk", "redrock-survey"))

add("blind-ch/javascript/decoy-env-ref", "survey/dd-export/config.js",
    "Node.js config module reading process.env", r"""
// Values come from the container environment (Kubernetes secret dd-export).
module.exports = {
  apiBase: process.env.DD_API_BASE || "https://www.dronedeploy.com/api/v1",
  apiKey: process.env.DD_API_KEY,
  plans: (process.env.DD_PLANS || "").split(",").filter(Boolean),
  exportDir: process.env.EXPORT_DIR || "/exports",
  projection: Number(process.env.EXPORT_EPSG || 28350),
};
if (!module.exports.apiKey) {
  throw new Error("DD_API_KEY is not set");
}
""")

add("blind-ch/python/decoy-secrets-manager", "survey/pix4d/settings.py",
    "boto3 Secrets Manager get_secret_value for the Pix4D client secret", r"""
import json
from functools import lru_cache

import boto3

PIX4D_CLIENT_ID = "rPq8aX3nL0cVb2mTk7YwE5sHd9Gj4UfZ"  # public client id
SECRET_ARN = "arn:aws:secretsmanager:ap-southeast-2:418273645019:secret:survey/pix4d-cloud-Ab3dEf"


@lru_cache(maxsize=1)
def pix4d_client_secret() -> str:
    sm = boto3.client("secretsmanager", region_name="ap-southeast-2")
    return json.loads(sm.get_secret_value(SecretId=SECRET_ARN)["SecretString"])["client_secret"]
""")

add("blind-ch/ipynb/decoy-profile-auth", "survey/notebooks/stockpile_volumes.ipynb",
    "Jupyter notebook with ArcGIS GIS(profile=...) stored credentials", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from arcgis.gis import GIS\n",
    "gis = GIS(profile=\"redrock_survey\")  # credentials kept in the OS keyring by arcgis\n",
    "item = gis.content.get(\"3b7e0c2a9f514d6e8a1c4f0b2d7e9a35\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {"data": {"text/plain": ["<Item title:\"KAR stockpiles\" type:Feature Layer Collection owner:survey_admin>"]},
     "execution_count": 2, "metadata": {}, "output_type": "execute_result"}
   ],
   "source": ["item"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "arcgispro-py3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-ch/json/decoy-pdal-pipeline", "survey/lidar/pipelines/ground_classify.json",
    "PDAL pipeline JSON (readers.las, filters.smrf, writers.copc)", r"""
{
  "pipeline": [
    {
      "type": "readers.las",
      "filename": "input/kar_north_pit_2024-05.laz",
      "spatialreference": "EPSG:28350+5711"
    },
    {
      "type": "filters.outlier",
      "method": "statistical",
      "mean_k": 12,
      "multiplier": 2.5
    },
    {
      "type": "filters.smrf",
      "slope": 0.2,
      "window": 16,
      "threshold": 0.45
    },
    {
      "type": "writers.copc",
      "filename": "s3://redrock-survey-lidar/copc/kar_north_pit_2024-05.copc.laz",
      "forward": "all"
    }
  ]
}
""")

# ---------------------------------------------------------------- environmental monitoring
_v = human_pw()
add("blind-ch/crbasic/ftp", "envmon/loggers/TSF_PIEZO_CR1000X.CR1X",
    "Campbell Scientific CRBasic FTPClient() instruction", r"""
'CR1000X - tailings storage facility piezometers, north embankment
'Pushes the hourly table to the environmental data server.
Public BattV, PTemp_C
Public Piezo(6)
Public FTPResult As Boolean
Const FTP_HOST = "ftp.envdata.redrock-minerals.com"
Const FTP_USER = "tsf_north"
Const FTP_PASS = "@S@"

DataTable (Hourly,True,-1)
  DataInterval (0,60,Min,10)
  Minimum (1,BattV,FP2,False,False)
  Average (6,Piezo(),IEEE4,False)
EndTable

BeginProg
  Scan (60,Sec,0,0)
    Battery (BattV)
    PanelTemp (PTemp_C,60)
    VoltSe (Piezo(),6,mV5000,1,1,0,60,1.0,0)
    CallTable Hourly
  NextScan
  SlowSequence
  Scan (1,Hr,3,0)
    FTPResult = FTPClient (FTP_HOST,FTP_USER,FTP_PASS,"Hourly","tsf/north/Hourly_.dat",2,0,60,Min,-1008)
  NextScan
EndProg
""", _v, S=_v)

_v = rand_pw(40)
add("blind-ch/python/hobolink-client-secret", "envmon/hobolink/pull_readings.py",
    "HOBOlink Web Services REST API (OAuth2 client credentials)", r"""
# Pulls water-quality and weather readings from HOBOlink every 15 minutes (cron).
import datetime as dt

import requests

TOKEN_URL = "https://webservice.hobolink.com/ws/auth/token"
DATA_URL = "https://webservice.hobolink.com/ws/data/file/JSON/user/{user_id}"
CLIENT_ID = "redrock_envmon_ws"
CLIENT_SECRET = "@S@"
USER_ID = "18274"
LOGGERS = ["21093841", "21093855", "21101277"]


def token() -> str:
    r = requests.post(TOKEN_URL, data={"grant_type": "client_credentials",
                                       "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET})
    r.raise_for_status()
    return r.json()["access_token"]


start = (dt.datetime.utcnow() - dt.timedelta(minutes=30)).strftime("%Y-%m-%d %H:%M:%S")
r = requests.get(DATA_URL.format(user_id=USER_ID), headers={"Authorization": f"Bearer {token()}"},
                 params={"loggers": ",".join(LOGGERS), "start_date_time": start})
r.raise_for_status()
print(len(r.json()["observation_list"]), "observations")
""", _v, S=_v)

_v = human_pw()
add("blind-ch/xml/sqlserver", "envmon/equis/EQuIS.Enterprise.Web.config",
    "ASP.NET web.config connectionStrings for an EQuIS database", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="EQuIS" providerName="System.Data.SqlClient"
         connectionString="Data Source=per-env-sql01;Initial Catalog=EQuIS_RedRock;User ID=equis_web;Password=@S@;Connect Timeout=60" />
  </connectionStrings>
  <appSettings>
    <add key="EQuIS.Facility.Default" value="KAR-TSF" />
    <add key="EQuIS.Reports.Folder" value="D:\EQuIS\Reports" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <authentication mode="Forms" />
  </system.web>
</configuration>
""", _v, S=_v)

_v = hexs(32)
add("blind-ch/python/twilio-auth-token", "envmon/alerts/exceedance_sms.py",
    "Twilio REST client (Account SID + auth token)", r"""
# SMS the environmental team when a monitoring bore exceeds its licence trigger level.
from twilio.rest import Client

ACCOUNT_SID = "AC@SID@"
AUTH_TOKEN = "@S@"
FROM = "+61480012345"
ON_CALL = ["+61412345678", "+61498765432"]

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def notify(site: str, analyte: str, value: float, trigger: float, unit: str) -> None:
    body = f"[{site}] {analyte} {value:.3f} {unit} exceeds trigger {trigger:.3f} {unit}"
    for number in ON_CALL:
        client.messages.create(to=number, from_=FROM, body=body)
""", _v, S=_v, SID=hexs(32))

_v = sendgrid_key()
add("blind-ch/yaml/sendgrid-api-key", "envmon/config/reporting.yaml",
    "Monitoring report mailer config (SendGrid API key)", r"""
reports:
  monthly_licence:
    template: templates/licence_monthly.html.j2
    recipients:
      - environment@redrock-minerals.com
      - regulator-submissions@redrock-minerals.com
    sites: [KAR-TSF, KAR-BORES, KAL-DUST]
mail:
  provider: sendgrid
  from: envmon-noreply@redrock-minerals.com
  sendgrid_api_key: @S@
thresholds:
  pm10_ug_m3: 50
  ph_min: 6.0
  ph_max: 8.5
""", _v, S=_v)

_v = slack_webhook()
add("blind-ch/yaml/slack-webhook", "envmon/config/alerts.yaml",
    "Slack incoming webhook URL in an alerting config", r"""
alerts:
  dust:
    analyte: PM10
    trigger_ug_m3: 50
    window: 24h
  tsf_piezometer:
    analyte: pore_pressure
    trigger_kpa: 185
channels:
  slack:
    webhook_url: @S@
    mention: "@env-oncall"
  email:
    to: environment@redrock-minerals.com
""", _v, S=_v)

_v = teams_webhook("redrockminerals")
add("blind-ch/json/teams-webhook", "assay/qaqc/notify.json",
    "Microsoft Teams incoming webhook (webhook.office.com/webhookb2/...)", r"""
{
  "qaqc": {
    "crm_tolerance_sd": 3,
    "blank_limit_ppm": 0.02,
    "duplicate_hard_rpd": 30
  },
  "notify": {
    "teams_webhook": "@S@",
    "card_title": "Assay QAQC failure",
    "email": "geology-data@redrock-minerals.com"
  }
}
""", _v, S=_v)

_v = hexs(32)
add("blind-ch/yaml/pagerduty-routing-key", "monitoring/alertmanager/alertmanager.yml",
    "Prometheus Alertmanager pagerduty_configs routing_key", r"""
global:
  resolve_timeout: 5m
route:
  receiver: envmon-default
  group_by: [alertname, site]
  routes:
    - matchers: [severity="critical"]
      receiver: envmon-pager
receivers:
  - name: envmon-default
    email_configs:
      - to: environment@redrock-minerals.com
        smarthost: smtp.redrock.local:25
        require_tls: false
  - name: envmon-pager
    pagerduty_configs:
      - routing_key: @S@
        severity: critical
        description: '{{ .CommonAnnotations.summary }}'
""", _v, S=_v)

# environmental decoys
add("blind-ch/crbasic/decoy-placeholder", "envmon/loggers/TEMPLATE_CR1000X.CR1X",
    "Campbell Scientific CRBasic template (site values set at commissioning)", r"""
'CR1000X template - copy per site and set the constants at commissioning.
'Never commit a site's real FTP password; it is entered in Device Configuration Utility.
Public BattV, PTemp_C
Public FTPResult As Boolean
Const FTP_HOST = "ftp.envdata.redrock-minerals.com"
Const FTP_USER = "SITE_USER"
Const FTP_PASS = "CHANGE_ME"

DataTable (Hourly,True,-1)
  DataInterval (0,60,Min,10)
  Minimum (1,BattV,FP2,False,False)
EndTable

BeginProg
  Scan (60,Sec,0,0)
    Battery (BattV)
    PanelTemp (PTemp_C,60)
    CallTable Hourly
  NextScan
EndProg
""")

add("blind-ch/python/decoy-placeholder", "envmon/hobolink/config_example.py",
    "HOBOlink client example settings", r"""
# Example settings -- copy to config_local.py (git-ignored) and fill in.
TOKEN_URL = "https://webservice.hobolink.com/ws/auth/token"
CLIENT_ID = "YOUR_CLIENT_ID"
CLIENT_SECRET = "YOUR_CLIENT_SECRET"
USER_ID = "00000"
LOGGERS = ["<logger serial>", "<logger serial>"]
""")

add("blind-ch/xml/decoy-integrated-auth", "envmon/equis/EQuIS.Enterprise.Web.Release.config",
    "ASP.NET web.config with integrated security (app pool identity)", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="EQuIS" providerName="System.Data.SqlClient"
         connectionString="Data Source=per-env-sql01;Initial Catalog=EQuIS_RedRock;Integrated Security=True;Connect Timeout=60" />
  </connectionStrings>
  <appSettings>
    <add key="EQuIS.Facility.Default" value="KAR-TSF" />
    <add key="EQuIS.MachineKeyThumbprint" value="4E1A7C09D3B58F26A0C1E7D94B3F28A6C05E1D97" />
  </appSettings>
</configuration>
""")

add("blind-ch/yaml/decoy-doc-example", "envmon/config/alerts.example.yaml",
    "Slack's documented example webhook URL (T00000000/B00000000/XXXX...)", r"""
# Example only. The real webhook is in Vault at secret/envmon/slack.
alerts:
  dust:
    analyte: PM10
    trigger_ug_m3: 50
channels:
  slack:
    webhook_url: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
    mention: "@env-oncall"
""")

add("blind-ch/yaml/decoy-file-ref", "monitoring/alertmanager/alertmanager.prod.yml",
    "Alertmanager routing_key_file / api_url_file (secrets mounted as files)", r"""
route:
  receiver: envmon-pager
receivers:
  - name: envmon-pager
    pagerduty_configs:
      - routing_key_file: /etc/alertmanager/secrets/pagerduty_routing_key
        severity: critical
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_webhook
        channel: "#env-alerts"
""")

add("blind-ch/json/decoy-env-ref", "assay/qaqc/notify.prod.json",
    "JSON config with ${ENV} references expanded by the loader", r"""
{
  "qaqc": {
    "crm_tolerance_sd": 3,
    "blank_limit_ppm": 0.02
  },
  "notify": {
    "teams_webhook": "${TEAMS_QAQC_WEBHOOK}",
    "card_title": "Assay QAQC failure",
    "email": "geology-data@redrock-minerals.com"
  }
}
""")
# ---------------------------------------------------------------- assay laboratories
_v = human_pw()
add("blind-ch/python/lab-portal", "assay/als/webtrieve_download.py",
    "requests.Session form login to a lab results portal (ALS Webtrieve), CSV certificate download", r"""
# Downloads new assay certificates (CSV) from ALS Webtrieve for the Kalgoorlie drill programme.
import pathlib

import requests

PORTAL = "https://webtrieve.alsglobal.com"
ACCOUNT = "REDROCK-KAL"
USERNAME = "kal.geodata"
PASSWORD = "@S@"
OUT = pathlib.Path(r"\\per-fs01\geology\assay_imports\als")

s = requests.Session()
r = s.post(f"{PORTAL}/Login", data={"account": ACCOUNT, "username": USERNAME, "password": PASSWORD})
r.raise_for_status()

jobs = s.get(f"{PORTAL}/api/certificates", params={"status": "final", "since": "7d"}).json()
for job in jobs:
    path = OUT / f"{job['certificate']}.csv"
    if not path.exists():
        path.write_bytes(s.get(f"{PORTAL}/api/certificates/{job['certificate']}/csv").content)
        print("saved", path.name)
""", _v, S=_v)

_k = pem("OPENSSH")
add("blind-ch/ansible/private-key", "assay/ansible/host_vars/per-lab-xfer01.yml",
    "Ansible host_vars with an SSH private key in a YAML block scalar", r"""
---
# SFTP push of sample dispatch sheets to SGS Perth (they whitelisted our key, ticket SGS-22817)
sgs_sftp_host: sftp.sgs-minerals.com.au
sgs_sftp_user: redrock_kal
sgs_sftp_remote_dir: /inbound/dispatch
sgs_sftp_private_key: |
@KEY@
sgs_sftp_schedule: "*/30 * * * *"
""", _k, KEY=indent(_k, 2))

_v = human_pw()
add("blind-ch/netrc/lab-portal", "assay/docker/netrc",
    "netrc(5) machine/login/password entries (curl --netrc-file)", r"""
# used by fetch_certificates.sh inside the assay-import container (curl --netrc-file)
machine sftp.intertek-minerals.com
  login redrock_assay
  password @S@
machine results.bureauveritas.com.au
  login redrock_kal
""", _v, S=_v)

_v = human_pw()
add("blind-ch/crontab/lab-portal", "assay/cron/assay-import.crontab",
    "crontab(5) entries with curl -u user:password", r"""
# m h dom mon dow  command   (installed on per-lab-xfer01 as user assay)
SHELL=/bin/bash
MAILTO=geology-data@redrock-minerals.com
*/20 6-20 * * 1-6  curl -fsS -u 'redrock_kal:@S@' -o /srv/assay/inbox/bv_$(date +\%Y\%m\%d\%H\%M).zip "https://results.bureauveritas.com.au/export/latest?client=REDROCK"
5 21 * * *         /opt/assay-import/bin/import_all.sh >> /var/log/assay-import.log 2>&1
30 2 * * 0         find /srv/assay/inbox -mtime +60 -delete
""", _v, S=_v)

_v = human_pw()
add("blind-ch/json/sqlserver", "assay/AcquireSync/appsettings.json",
    "ASP.NET Core appsettings.json ConnectionStrings (acQuire GIM Suite database)", r"""
{
  "ConnectionStrings": {
    "Acquire": "Server=per-acq-sql01;Database=acQuire_KAL;User Id=gim_sync;Password=@S@;TrustServerCertificate=True",
    "Staging": "Server=per-geo-sql01;Database=AssayStaging;Trusted_Connection=True;TrustServerCertificate=True"
  },
  "Sync": {
    "Labs": [ "ALS", "SGS", "BV", "INTERTEK" ],
    "ImportFolder": "\\\\per-fs01\\geology\\assay_imports",
    "RejectFolder": "\\\\per-fs01\\geology\\assay_rejects",
    "Schedule": "0 */2 * * *"
  },
  "Serilog": { "MinimumLevel": "Information" }
}
""", _v, S=_v)

_v = rand_pw(16)
add("blind-ch/properties/lims", "assay/lims-bridge/conf/labware.properties",
    "Java .properties for a LabWare LIMS web service client", r"""
# LabWare LIMS 8 web services -- Kalgoorlie site lab
lims.ws.endpoint=https://kal-lims01.redrock.local/labware/ws/LIMSService
lims.ws.username=LIMS_BRIDGE
lims.ws.password=@S@
lims.ws.timeout.seconds=120
lims.analysis.methods=FA50_AU,ME-ICP61,S-IR08
lims.sample.prefix=KAL
lims.export.dir=/srv/lims-bridge/outbox
""", _v, S=_v)

# assay decoys
add("blind-ch/sops/decoy-ciphertext", "assay/secrets/lab-sftp.enc.yaml",
    "Mozilla SOPS encrypted YAML (ENC[AES256_GCM,...] with sops metadata)", r"""
sgs_sftp_user: ENC[AES256_GCM,data:@D1@,iv:@IV1@,tag:@T1@,type:str]
sgs_sftp_password: ENC[AES256_GCM,data:@D2@,iv:@IV2@,tag:@T2@,type:str]
sops:
    kms: []
    azure_kv:
        - vault_url: https://kv-geology-prod.vault.azure.net
          name: sops-key
          version: 6a1f0c3e9b2d4e57a8c1f0b9d3e7a2c6
          created_at: "2024-02-19T03:11:52Z"
          enc: @ENC@
    lastmodified: "2024-02-19T03:11:53Z"
    mac: ENC[AES256_GCM,data:@MAC@,iv:@IV3@,tag:@T3@,type:str]
    version: 3.8.1
""", D1=chars(16, ALNUM + "+/") + "==", IV1=chars(43, ALNUM + "+/") + "=", T1=chars(22, ALNUM + "+/") + "==",
    D2=chars(24, ALNUM + "+/"), IV2=chars(43, ALNUM + "+/") + "=", T2=chars(22, ALNUM + "+/") + "==",
    ENC=chars(342, ALNUM + "_-"), MAC=chars(88, ALNUM + "+/"), IV3=chars(43, ALNUM + "+/") + "=", T3=chars(22, ALNUM + "+/") + "==")

add("blind-ch/ssh/decoy-public-key", "assay/ansible/files/authorized_keys_assay",
    "OpenSSH authorized_keys format (public keys)", r"""
# assay@per-lab-xfer01 -- who may push lab files to the transfer box
@K1@
@K2@
@K3@
from="203.0.113.0/24" @K4@
""", K1=ssh_pub("j.nguyen@redrock-minerals.com"), K2=ssh_pub("lab-robot@sgs-perth"),
    K3=ssh_pub("als-webtrieve-push"), K4=ssh_pub("bv-results@bureauveritas"))

add("blind-ch/ssh/decoy-known-hosts", "assay/ansible/files/known_hosts",
    "OpenSSH known_hosts format (host public keys)", r"""
sftp.sgs-minerals.com.au ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@A@
sftp.intertek-minerals.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@B@
results.bureauveritas.com.au ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@C@=
kal-dispatch01.redrock.local ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@D@
|1|@H1@=|@H2@= ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@E@
""", A=chars(43, ALNUM + "+/"), B=chars(43, ALNUM + "+/"), C=chars(106, ALNUM + "+/"), D=chars(43, ALNUM + "+/"),
    H1=chars(27, ALNUM + "+/"), H2=chars(27, ALNUM + "+/"), E=chars(43, ALNUM + "+/"))

add("blind-ch/pem/decoy-certificate", "rtoc/certs/witsml-petrolink-chain.pem",
    "PEM certificate chain (public certificates, RFC 7468)", r"""
# Petrolink WITSML store TLS chain, pinned by the poller (expires 2025-09-14)
@C1@
@C2@
""", C1=cert_pem(), C2=cert_pem())

add("blind-ch/pgp/decoy-public-key", "assay/keys/sgs-perth-results.asc",
    "OpenPGP ASCII-armored public key block (RFC 4880)", r"""
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: SGS Minerals Perth <results-perth@sgs.com> (assay results encryption)

mQINBGRk@L1@
@L2@
@L3@
@L4@
@L5@
=@CRC@
-----END PGP PUBLIC KEY BLOCK-----
""", L1=chars(60, ALNUM + "+/"), L2=chars(64, ALNUM + "+/"), L3=chars(64, ALNUM + "+/"), L4=chars(64, ALNUM + "+/"),
    L5=chars(40, ALNUM + "+/"), CRC=chars(4, ALNUM + "+/"))

add("blind-ch/json/decoy-user-secrets", "assay/AcquireSync/appsettings.Development.json",
    "ASP.NET Core development settings; password kept in dotnet user-secrets", r"""
{
  "ConnectionStrings": {
    "Acquire": "Server=localhost,14333;Database=acQuire_KAL_dev;User Id=sa;Password=",
    "Staging": "Server=localhost,14333;Database=AssayStaging;User Id=sa;Password="
  },
  "Sync": {
    "Labs": [ "ALS" ],
    "ImportFolder": "./samples/imports",
    "Schedule": "*/5 * * * *"
  },
  "Comment": "Set the passwords with: dotnet user-secrets set ConnectionStrings:Acquire \"...\" (UserSecretsId 7d2c9e41-0b5a-4f83-a6e1-c3f0d8b2a957)"
}
""")

add("blind-ch/properties/decoy-env-ref", "assay/lims-bridge/conf/labware.properties.template",
    "Java .properties template with ${...} placeholders", r"""
# Rendered by the deploy script from Vault (secret/assay/lims-bridge)
lims.ws.endpoint=https://${LIMS_HOST}/labware/ws/LIMSService
lims.ws.username=${LIMS_USER}
lims.ws.password=${LIMS_PASSWORD}
lims.ws.timeout.seconds=120
lims.analysis.methods=FA50_AU,ME-ICP61,S-IR08
""")

add("blind-ch/csv/decoy-assay-results", "assay/samples/KAL24-0419_certificate.csv",
    "Lab assay certificate CSV (ALS-style columns, sample ids and file digests)", r"""
CERTIFICATE,KAL24041901
CLIENT,REDROCK MINERALS
PROJECT,KAL-DD-2024
FILE_SHA1,@H1@
SAMPLE,Au-AA26 ppm,Cu-ICP61 ppm,S-IR08 %,QC_TYPE,BARCODE
KDD0417-001,0.012,45,0.08,,@B1@
KDD0417-002,1.874,312,1.92,,@B2@
KDD0417-003,4.215,588,3.11,,@B3@
OREAS-239,3.548,,,,CRM
BLK-0417,<0.005,<1,<0.01,BLANK,
""", H1=hexs(40), B1=hexs(12).upper(), B2=hexs(12).upper(), B3=hexs(12).upper())

# ---------------------------------------------------------------- shared infrastructure
_v = human_pw()
add("blind-ch/k8s-secret/postgres", "deploy/k8s/ppdm/ppdm-db-secret.yaml",
    "Kubernetes Secret with stringData (plain text)", r"""
apiVersion: v1
kind: Secret
metadata:
  name: ppdm-db
  namespace: subsurface
type: Opaque
stringData:
  PGHOST: ppdm-pg.c8w2xk1qz0vb.us-east-1.rds.amazonaws.com
  PGPORT: "5432"
  PGDATABASE: ppdm
  PGUSER: ppdm_api
  PGPASSWORD: "@S@"
""", _v, S=_v)

_v = rand_pw(22)
add("blind-ch/k8s-secret/mqtt", "edge/k8s/rtoc-broker-secret.yaml",
    "Kubernetes Secret (data: base64) for an MQTT bridge", r"""
apiVersion: v1
kind: Secret
metadata:
  name: rtoc-broker-credentials
  namespace: rtoc
  annotations:
    owner: drilling-data@nbe-energy.net
type: kubernetes.io/basic-auth
data:
  username: @U@
  password: @S@
""", _v, S=b64(_v), U=b64("rtoc-ingest"))

_v = databricks_token()
add("blind-ch/gitlab-ci/databricks-token", ".gitlab-ci.yml",
    "GitLab CI/CD variables block; Databricks personal access token (dapi...)", r"""
stages: [test, deploy]

variables:
  DATABRICKS_HOST: https://adb-4821937465012837.17.azuredatabricks.net
  DATABRICKS_TOKEN: @S@
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

test:
  stage: test
  image: python:3.11
  script:
    - pip install -r requirements-dev.txt
    - pytest -q production_analytics/tests

deploy-jobs:
  stage: deploy
  image: python:3.11
  script:
    - pip install databricks-cli
    - databricks bundle deploy --target prod
  only: [main]
""", _v, S=_v)

_v = human_pw()
add("blind-ch/azure-pipelines/sqlserver", "pipelines/ppdm-dacpac.yml",
    "Azure Pipelines YAML with a SqlPackage publish step", r"""
trigger:
  branches: { include: [ main ] }
  paths: { include: [ ppdm/ssdt/* ] }

pool:
  vmImage: windows-latest

steps:
  - task: VSBuild@1
    inputs:
      solution: ppdm/ssdt/PPDM39.sqlproj
      configuration: Release
  - script: >
      SqlPackage /Action:Publish
      /SourceFile:ppdm/ssdt/bin/Release/PPDM39.dacpac
      /TargetServerName:hou-ppdm-sql02.nbe.local
      /TargetDatabaseName:PPDM39
      /TargetUser:ppdm_deploy
      /TargetPassword:@S@
      /p:BlockOnPossibleDataLoss=true
    displayName: Publish PPDM schema
""", _v, S=_v)

_v = human_pw()
add("blind-ch/nginx/basic-auth-header", "deploy/nginx/conf.d/piwebapi-proxy.conf",
    "nginx proxy_set_header Authorization \"Basic <base64>\"", r"""
# Read-only reverse proxy in front of PI Web API for the rig dashboards (no user logins).
upstream piwebapi {
    server pi.nbe.local:443;
}

server {
    listen 443 ssl;
    server_name pi-proxy.rtoc.nbe-energy.net;
    ssl_certificate     /etc/nginx/tls/pi-proxy.crt;
    ssl_certificate_key /etc/nginx/tls/pi-proxy.key;

    location /piwebapi/ {
        limit_except GET { deny all; }
        proxy_pass https://piwebapi/piwebapi/;
        proxy_set_header Authorization "Basic @B64@";
        proxy_set_header X-Requested-With "nginx";
        proxy_ssl_verify off;
    }
}
""", _v, B64=b64("NBE\\svc_pidash:" + _v))

_v = grafana_sa_token()
add("blind-ch/apache/grafana-token", "deploy/apache/grafana-kiosk.conf",
    "Apache httpd mod_headers RequestHeader set Authorization \"Bearer ...\"", r"""
# Control-room wall screens: kiosk vhost that injects a Grafana service-account token (Viewer).
<VirtualHost *:443>
    ServerName kiosk.rtoc.nbe-energy.net
    SSLEngine on
    SSLCertificateFile    /etc/pki/tls/certs/kiosk.crt
    SSLCertificateKeyFile /etc/pki/tls/private/kiosk.key

    <Location "/">
        Require ip 10.20.0.0/16
    </Location>

    RequestHeader set Authorization "Bearer @S@"
    ProxyPreserveHost On
    ProxyPass        / http://grafana.rtoc.nbe.local:3000/
    ProxyPassReverse / http://grafana.rtoc.nbe.local:3000/
</VirtualHost>
""", _v, S=_v)

_v = human_pw()
add("blind-ch/qgis/postgres", "gis/projects/kar_geology.qgs",
    "QGIS project file (.qgs XML) with a PostGIS datasource string", r"""
<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis projectname="KAR geology" version="3.34.4-Prizren">
  <projectCrs>
    <spatialrefsys><authid>EPSG:28350</authid></spatialrefsys>
  </projectCrs>
  <projectlayers>
    <maplayer type="vector" geometry="Polygon">
      <id>geology_units_4b1e0c9d</id>
      <datasource>dbname='geology' host=per-gis-pg01 port=5432 user='gis_editor' password='@S@' sslmode=disable key='gid' srid=28350 type=MultiPolygon table="mapping"."geology_units" (geom)</datasource>
      <layername>Geology units</layername>
      <provider encoding="UTF-8">postgres</provider>
    </maplayer>
    <maplayer type="vector" geometry="Point">
      <id>collars_7a3f2e64</id>
      <datasource>./data/collars_2024.gpkg|layername=collars</datasource>
      <layername>Drillhole collars</layername>
      <provider encoding="UTF-8">ogr</provider>
    </maplayer>
  </projectlayers>
</qgis>
""", _v, S=_v)

_v = human_pw()
add("blind-ch/shell/postgres", "gis/scripts/load_tenements.sh",
    "ogr2ogr PG: connection string with password", r"""
#!/usr/bin/env bash
# Reloads the DMIRS tenement layer into PostGIS every Monday.
set -euo pipefail
curl -fsSL -o /tmp/tenements.zip "https://dasc.dmirs.wa.gov.au/Download/File/Tenements_Current.zip"
unzip -o /tmp/tenements.zip -d /tmp/tenements

ogr2ogr -f PostgreSQL \
  PG:"host=per-gis-pg01 port=5432 dbname=geology user=gis_loader password=@S@" \
  /tmp/tenements/Tenements_Current.shp \
  -nln reference.tenements -overwrite -lco GEOMETRY_NAME=geom -t_srs EPSG:28350 -progress
""", _v, S=_v)

_v = human_pw()
add("blind-ch/vscode/postgres", ".vscode/settings.json",
    "VS Code SQLTools extension connections (sqltools.connections)", r"""
{
  "python.defaultInterpreterPath": ".venv/bin/python",
  "editor.rulers": [100],
  "sqltools.connections": [
    {
      "name": "PPDM prod (read)",
      "driver": "PostgreSQL",
      "server": "ppdm-pg.c8w2xk1qz0vb.us-east-1.rds.amazonaws.com",
      "port": 5432,
      "database": "ppdm",
      "username": "ppdm_read",
      "password": "@S@",
      "previewLimit": 200
    }
  ],
  "files.exclude": { "**/__pycache__": true }
}
""", _v, S=_v)

_v = human_pw()
add("blind-ch/markdown/postgres", "docs/runbooks/ppdm-restore.md",
    "Markdown runbook with a psql connection URI", r"""
# Restoring a PPDM table from the nightly dump

1. Find the dump: `aws s3 ls s3://nbe-db-backups/ppdm/ | tail`.
2. Restore only the table into a scratch schema:

```sh
pg_restore --schema=ppdm --table=well -f /tmp/well.sql ppdm_2024-05-01.dump
psql "postgresql://ppdm_admin:@S@@ppdm-pg.c8w2xk1qz0vb.us-east-1.rds.amazonaws.com:5432/ppdm?sslmode=require" \
  -c "CREATE SCHEMA IF NOT EXISTS restore_tmp" -f /tmp/well.sql
```

3. Compare row counts with `SELECT count(*) FROM restore_tmp.well;` and tell #subsurface-data.
""", _v, S=_v)

_v = rand_pw(24)
add("blind-ch/docker-config/registry-auth", "ci/docker/config.json",
    "Docker CLI config.json auths with base64 user:password", r"""
{
	"auths": {
		"harbor.redrock.local": {
			"auth": "@B64@"
		}
	},
	"HttpHeaders": {
		"User-Agent": "Docker-Client/24.0.7 (linux)"
	}
}
""", _v, B64=b64("robot$survey-ci:" + _v))

_v = azure_secret()
add("blind-ch/github-actions/azure-client-secret", ".github/workflows/deploy-osdu-loader.yml",
    "GitHub Actions azure/login with an inline creds JSON", r"""
name: deploy-osdu-loader
on:
  push:
    branches: [main]
    paths: ["tools/osdu-loader/**"]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: azure/login@v2
        with:
          creds: '{"clientId":"0d7b3e9a-64c2-4f18-a0e5-b1c9f2d83a47","clientSecret":"@S@","subscriptionId":"a9e04c1b-2f7d-4e63-8b15-7c0d2e9f1a36","tenantId":"6b1f3c2e-8d44-4a0b-9f3e-2c5d7e1a9b40"}'
      - run: |
          az acr build -r nbeacr -t osdu/wellbore-loader:${{ github.sha }} tools/osdu-loader
          az containerapp update -n osdu-loader -g rg-osdu-tools --image nbeacr.azurecr.io/osdu/wellbore-loader:${{ github.sha }}
""", _v, S=_v)

_v = hexs(32)
add("blind-ch/yaml/datadog-api-key", "deploy/datadog/datadog.yaml",
    "Datadog Agent datadog.yaml (api_key)", r"""
api_key: @S@
site: datadoghq.com
hostname: hou-sps-head01
tags:
  - env:prod
  - team:seismic-processing
  - cluster:hou-sps
logs_enabled: true
process_config:
  process_collection:
    enabled: true
""", _v, S=_v)

_v = human_pw()
add("blind-ch/flyway/postgres", "ppdm/migrations/flyway.conf",
    "Flyway configuration file (flyway.url, flyway.user, flyway.password)", r"""
flyway.url=jdbc:postgresql://ppdm-pg.c8w2xk1qz0vb.us-east-1.rds.amazonaws.com:5432/ppdm
flyway.user=ppdm_owner
flyway.password=@S@
flyway.schemas=ppdm
flyway.locations=filesystem:ppdm/migrations/sql
flyway.baselineOnMigrate=true
flyway.validateMigrationNaming=true
""", _v, S=_v)

_v = npm_token()
add("blind-ch/npmrc/npm-token", "survey/web/.npmrc",
    ".npmrc with a registry _authToken", r"""
@redrock:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@S@
save-exact=true
engine-strict=true
fund=false
""", _v, S=_v)

_v = ado_pat()
add("blind-ch/pip-conf/azure-devops-pat", "seismic/cluster/pip.conf",
    "pip.conf index-url with an Azure Artifacts PAT in the userinfo", r"""
[global]
index-url = https://seismic:@S@@pkgs.dev.azure.com/nbe-energy/_packaging/geoscience/pypi/simple/
extra-index-url = https://pypi.org/simple
timeout = 60
trusted-host = pkgs.dev.azure.com
""", _v, S=_v)

_v = human_pw()
add("blind-ch/xml/postgres", "gis/geoserver/data_dir/workspaces/geology/kar_postgis/datastore.xml",
    "GeoServer data directory datastore.xml (PostGIS connectionParameters)", r"""
<dataStore>
  <id>DataStoreInfoImpl-5e1b0c9d:18f2a7c3e41:-7ffe</id>
  <name>kar_postgis</name>
  <type>PostGIS</type>
  <enabled>true</enabled>
  <workspace>
    <id>WorkspaceInfoImpl-5e1b0c9d:18f2a7c3e41:-8000</id>
  </workspace>
  <connectionParameters>
    <entry key="host">per-gis-pg01</entry>
    <entry key="port">5432</entry>
    <entry key="database">geology</entry>
    <entry key="schema">mapping</entry>
    <entry key="user">geoserver</entry>
    <entry key="passwd">@S@</entry>
    <entry key="dbtype">postgis</entry>
    <entry key="Expose primary keys">true</entry>
    <entry key="max connections">20</entry>
  </connectionParameters>
  <__default>false</__default>
</dataStore>
""", _v, S=_v)

_v = fakes.django_secret_key(_seed())
add("blind-ch/python/django-secret-key", "assay/portal/portal/settings/production.py",
    "Django settings SECRET_KEY (assay results portal)", r"""
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["assays.redrock-minerals.com"]
SECRET_KEY = "@S@"

DATABASES["default"].update({
    "HOST": "per-geo-pg01",
    "NAME": "assay_portal",
    "USER": "assay_portal",
    "OPTIONS": {"sslmode": "require", "service": "assay_portal"},
})
SECURE_HSTS_SECONDS = 31536000
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
""", _v, S=_v)

_v = rand_pw(48)
add("blind-ch/yaml/jwt-signing-secret", "fleet/dispatch-api/config/production.yaml",
    "API service config with an HS256 JWT signing secret", r"""
server:
  port: 8443
  tls:
    cert: /etc/dispatch-api/tls/tls.crt
    key: /etc/dispatch-api/tls/tls.key
auth:
  issuer: https://dispatch-api.redrock-minerals.com
  audience: fleet-apps
  algorithm: HS256
  signing_secret: "@S@"
  token_ttl_minutes: 720
dispatch:
  sites: [KAR, KAL]
  cache_seconds: 15
""", _v, S=_v)

_k = pem("OPENSSH")
add("blind-ch/ssh-key/private-key", "seismic/cluster/keys/sps_transfer_ed25519",
    "OpenSSH private key file (-----BEGIN OPENSSH PRIVATE KEY-----)", "@K@\n", _k, K=_k)

_v = human_pw()
add("blind-ch/python/snowflake", "production_analytics/load/snowflake_loader.py",
    "snowflake-connector-python connect(user, password, account)", r"""
# Loads monthly production volumes from PPDM extracts into Snowflake for the reserves team.
import glob

import snowflake.connector

conn = snowflake.connector.connect(
    account="nbe-energy.us-east-1",
    user="PROD_LOADER",
    password="@S@",
    warehouse="LOAD_WH",
    database="PRODUCTION",
    schema="RAW",
    role="LOADER",
)
cur = conn.cursor()
for path in sorted(glob.glob("extracts/pden_vol_*.csv.gz")):
    cur.execute(f"PUT file://{path} @%PDEN_VOL_SUMMARY AUTO_COMPRESS=FALSE")
cur.execute("COPY INTO PDEN_VOL_SUMMARY FILE_FORMAT=(TYPE=CSV SKIP_HEADER=1 COMPRESSION=GZIP)")
print(cur.fetchall())
conn.close()
""", _v, S=_v)

_v = gitlab_pat()
add("blind-ch/gitmodules/gitlab-token", "subsurface-apps/.gitmodules",
    "git submodule config with a token in the URL", r"""
[submodule "vendor/segy-utils"]
	path = vendor/segy-utils
	url = https://oauth2:@S@@gitlab.nbe-energy.net/seismic/segy-utils.git
	branch = main
[submodule "vendor/witsml-schemas"]
	path = vendor/witsml-schemas
	url = https://gitlab.nbe-energy.net/rtoc/witsml-schemas.git
""", _v, S=_v)

# shared infrastructure decoys
add("blind-ch/k8s-secret/decoy-placeholder", "deploy/k8s/ppdm/ppdm-db-secret.template.yaml",
    "Kubernetes Secret template whose data is base64 of a placeholder", r"""
# Template. CI replaces the values from Vault; base64 below is "REPLACE_ME".
apiVersion: v1
kind: Secret
metadata:
  name: ppdm-db
  namespace: subsurface
type: Opaque
data:
  PGUSER: cHBkbV9hcGk=
  PGPASSWORD: UkVQTEFDRV9NRQ==
""")

add("blind-ch/k8s/decoy-external-secret", "deploy/k8s/ppdm/ppdm-db-externalsecret.yaml",
    "External Secrets Operator ExternalSecret (Azure Key Vault provider)", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: ppdm-db
  namespace: subsurface
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: azure-kv-subsurface
  target:
    name: ppdm-db
    creationPolicy: Owner
  data:
    - secretKey: PGPASSWORD
      remoteRef:
        key: ppdm-api-password
    - secretKey: PGUSER
      remoteRef:
        key: ppdm-api-user
""")

add("blind-ch/helm/decoy-existing-secret", "fleet/deploy/helm/fleet-dashboard/values-kal.yaml",
    "Helm values referring to an existing Secret", r"""
replicaCount: 1
image:
  repository: registry.redrock.local/fleet/fleet-dashboard
  tag: "3.8.2"
dispatch:
  enabled: false
wenco:
  enabled: true
  server: kal-wenco-db01
  database: Wenco
  username: wenco_dashboard
  existingSecret: wenco-dashboard-db
  existingSecretPasswordKey: password
resources:
  limits: {cpu: 500m, memory: 512Mi}
""")

add("blind-ch/gitlab-ci/decoy-ci-variable", "production_analytics/.gitlab-ci.yml",
    "GitLab CI referring to masked project variables and pinned image digests", r"""
# DATABRICKS_TOKEN is a masked, protected CI/CD variable (Settings > CI/CD > Variables).
stages: [deploy]

deploy-jobs:
  stage: deploy
  image: python:3.11@sha256:5f3d1b0c8e7a24f96d1c0b3a7e9f2d4c6b8a0e1f3d5c7b9a2e4f6d8c0b1a3e5f
  variables:
    DATABRICKS_HOST: https://adb-4821937465012837.17.azuredatabricks.net
  script:
    - test -n "$DATABRICKS_TOKEN"
    - pip install databricks-cli
    - databricks bundle deploy --target prod
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
""")

add("blind-ch/azure-pipelines/decoy-variable-group", "pipelines/ppdm-dacpac-prod.yml",
    "Azure Pipelines variable group and $(secret) macro syntax", r"""
trigger: none
variables:
  - group: ppdm-prod-deploy   # holds SqlUser and SqlPassword (secret, linked to Key Vault)
pool:
  vmImage: windows-latest
steps:
  - task: SqlAzureDacpacDeployment@1
    inputs:
      azureSubscription: sc-nbe-prod
      ServerName: hou-ppdm-sql02.nbe.local
      DatabaseName: PPDM39
      SqlUsername: $(SqlUser)
      SqlPassword: $(SqlPassword)
      DacpacFile: ppdm/ssdt/bin/Release/PPDM39.dacpac
""")

add("blind-ch/htpasswd/decoy-hash", "deploy/nginx/htpasswd.kiosk",
    "Apache htpasswd file (bcrypt $2y$ and APR1-MD5 hashes)", r"""
controlroom:$2y$10$@H1@
shiftboss-kar:$2y$10$@H2@
shiftboss-kal:$2y$10$@H3@
legacy-wall:$apr1$@S4@$@H4@
viewer:$2y$10$@H5@
""", H1=chars(53, ALNUM + "./"), H2=chars(53, ALNUM + "./"), H3=chars(53, ALNUM + "./"), S4=chars(8, ALNUM),
    H4=chars(22, ALNUM + "./"), H5=chars(53, ALNUM + "./"))

add("blind-ch/qgis/decoy-authcfg", "gis/projects/kal_geology.qgs",
    "QGIS project with an authcfg reference to the QGIS authentication database", r"""
<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis projectname="KAL geology" version="3.34.4-Prizren">
  <projectCrs>
    <spatialrefsys><authid>EPSG:28351</authid></spatialrefsys>
  </projectCrs>
  <projectlayers>
    <maplayer type="vector" geometry="Polygon">
      <id>geology_units_9c2e4a71</id>
      <datasource>dbname='geology' host=per-gis-pg01 port=5432 sslmode=require authcfg=k7p2m9x key='gid' srid=28351 type=MultiPolygon table="mapping"."geology_units_kal" (geom)</datasource>
      <layername>Geology units</layername>
      <provider encoding="UTF-8">postgres</provider>
    </maplayer>
  </projectlayers>
</qgis>
""")

add("blind-ch/vscode/decoy-prompt", ".vscode/settings.shared.json",
    "VS Code SQLTools connection that prompts for the password", r"""
{
  "sqltools.connections": [
    {
      "name": "PPDM prod (read)",
      "driver": "PostgreSQL",
      "server": "ppdm-pg.c8w2xk1qz0vb.us-east-1.rds.amazonaws.com",
      "port": 5432,
      "database": "ppdm",
      "username": "ppdm_read",
      "askForPassword": true,
      "password": null
    }
  ]
}
""")

add("blind-ch/markdown/decoy-placeholder", "docs/runbooks/ppdm-access.md",
    "Markdown runbook with a placeholder in a connection URI", r"""
# Getting read access to PPDM

1. Request the `PPDM Readers` group in MyAccess; the DBA team creates your login.
2. Connect:

```sh
psql "postgresql://<your-user>:<your-password>@ppdm-pg.c8w2xk1qz0vb.us-east-1.rds.amazonaws.com:5432/ppdm?sslmode=require"
```

3. Or put `ppdm-pg...:5432:ppdm:<your-user>:<your-password>` in `~/.pgpass` (mode 0600).
""")

add("blind-ch/docker-config/decoy-creds-store", "ci/docker/config.ci.json",
    "Docker CLI config.json with credsStore / credHelpers (no inline auth)", r"""
{
	"auths": {
		"harbor.redrock.local": {}
	},
	"credsStore": "pass",
	"credHelpers": {
		"418273645019.dkr.ecr.ap-southeast-2.amazonaws.com": "ecr-login",
		"nbeacr.azurecr.io": "acr-env"
	}
}
""")

add("blind-ch/github-actions/decoy-oidc", ".github/workflows/deploy-osdu-loader-oidc.yml",
    "GitHub Actions azure/login with OIDC federated credentials (ids only)", r"""
name: deploy-osdu-loader
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: azure/login@v2
        with:
          client-id: 0d7b3e9a-64c2-4f18-a0e5-b1c9f2d83a47
          tenant-id: 6b1f3c2e-8d44-4a0b-9f3e-2c5d7e1a9b40
          subscription-id: a9e04c1b-2f7d-4e63-8b15-7c0d2e9f1a36
      - run: az acr build -r nbeacr -t osdu/wellbore-loader:${{ github.sha }} tools/osdu-loader
        env:
          OSDU_CLIENT_SECRET: ${{ secrets.OSDU_CLIENT_SECRET }}
""")

add("blind-ch/yaml/decoy-secret-backend", "deploy/datadog/datadog.prod.yaml",
    "Datadog Agent secrets management ENC[] handles with secret_backend_command", r"""
api_key: ENC[datadog_api_key]
site: datadoghq.com
secret_backend_command: /usr/local/bin/dd-secret-backend-azure-kv
secret_backend_arguments:
  - kv-seismic-prod
tags:
  - env:prod
  - team:seismic-processing
logs_enabled: true
""")

add("blind-ch/flyway/decoy-env-ref", "ppdm/migrations/flyway.ci.conf",
    "Flyway config with ${env.VAR} placeholders", r"""
flyway.url=jdbc:postgresql://${env.PPDM_HOST}:5432/ppdm
flyway.user=${env.FLYWAY_USER}
flyway.password=${env.FLYWAY_PASSWORD}
flyway.schemas=ppdm
flyway.locations=filesystem:ppdm/migrations/sql
""")

add("blind-ch/npmrc/decoy-env-ref", "survey/viewer/.npmrc",
    ".npmrc with ${NPM_TOKEN} environment expansion", r"""
@redrock:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
engine-strict=true
fund=false
""")

add("blind-ch/pip-conf/decoy-keyring", "seismic/cluster/pip.nodes.conf",
    "pip.conf with artifacts-keyring (no credentials in the URL)", r"""
# Auth via artifacts-keyring (pip install artifacts-keyring); no token in this file.
[global]
index-url = https://pkgs.dev.azure.com/nbe-energy/_packaging/geoscience/pypi/simple/
extra-index-url = https://pypi.org/simple
timeout = 60
keyring-provider = subprocess
""")

add("blind-ch/xml/decoy-jndi", "gis/geoserver/data_dir/workspaces/geology/kal_postgis/datastore.xml",
    "GeoServer PostGIS (JNDI) datastore: connection pool configured in the container", r"""
<dataStore>
  <id>DataStoreInfoImpl-5e1b0c9d:18f2a7c3e41:-7ffc</id>
  <name>kal_postgis</name>
  <type>PostGIS (JNDI)</type>
  <enabled>true</enabled>
  <workspace>
    <id>WorkspaceInfoImpl-5e1b0c9d:18f2a7c3e41:-8000</id>
  </workspace>
  <connectionParameters>
    <entry key="jndiReferenceName">java:comp/env/jdbc/geology</entry>
    <entry key="schema">mapping</entry>
    <entry key="dbtype">postgis</entry>
    <entry key="Expose primary keys">true</entry>
  </connectionParameters>
  <__default>false</__default>
</dataStore>
""")

add("blind-ch/python/decoy-env-ref", "assay/portal/portal/settings/base_env.py",
    "Django settings from environment (django-environ)", r"""
import environ

env = environ.Env(DEBUG=(bool, False))
environ.Env.read_env()

SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env("DEBUG")
DATABASES = {"default": env.db("ASSAY_PORTAL_DATABASE_URL")}
EMAIL_URL = env.email_url("EMAIL_URL", default="smtp://localhost:25")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["assays.redrock-minerals.com"])
""")

add("blind-ch/json/decoy-jwks", "fleet/dispatch-api/config/jwks.json",
    "JSON Web Key Set (RFC 7517), public RSA key", r"""
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "dispatch-2024-05",
      "n": "@N@",
      "e": "AQAB"
    }
  ]
}
""", N=chars(342, ALNUM + "-_"))

add("blind-ch/json/decoy-app-manifest", "infra/osdu/app-registration/osdu-loader.manifest.json",
    "Microsoft Entra app manifest (ids, certificate key credential thumbprint)", r"""
{
  "id": "91e0c4a7-3b2d-4f58-a6e1-0c9d7b3f2e84",
  "appId": "c8d1e2f4-77a0-4c3b-b6e1-0f9a2d5c8e31",
  "displayName": "osdu-loader",
  "signInAudience": "AzureADMyOrg",
  "identifierUris": [ "api://c8d1e2f4-77a0-4c3b-b6e1-0f9a2d5c8e31" ],
  "keyCredentials": [
    {
      "customKeyIdentifier": "8B3F0A1C7E92D45B6A0F1E3C9D7B2A48E5C1F06D",
      "endDate": "2025-06-30T00:00:00Z",
      "keyId": "2f6a9d1e-0c4b-4e73-9a85-b1d3e7f0c264",
      "startDate": "2024-07-01T00:00:00Z",
      "type": "AsymmetricX509Cert",
      "usage": "Verify",
      "value": null
    }
  ],
  "passwordCredentials": [],
  "requiredResourceAccess": [
    { "resourceAppId": "3f2a9c71-1e0d-4b5a-8c6f-92d4e0a1b7c3",
      "resourceAccess": [ { "id": "e1f5a3c7-2b9d-4d06-8f41-7a0c3e9b5d12", "type": "Scope" } ] }
  ]
}
""")
