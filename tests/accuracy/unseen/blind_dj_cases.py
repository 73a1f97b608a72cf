"""Blind set DJ: market research and survey agencies.

Survey programming, fieldwork, panel, data-processing and insight teams at research agencies:
Qualtrics, SurveyMonkey, Alchemer, Decipher/Forsta and LimeSurvey projects; SurveyCTO, KoboToolbox,
ODK Central, Typeform and Jotform fieldwork; panel and sample providers (Cint, Lucid, Dynata,
PureSpectrum, Toluna, Prolific, MTurk) and their redirect signing; incentive and gift-card payouts
(Tremendous, Tango Card, Giftbit, PayPal Payouts, Amazon Incentives, Stripe); invitation mail and
SMS; CATI call centres (Asterisk, FreeSWITCH, a Voxco reporting database on SQL Server); SPSS, SAS,
Stata, R, Python and notebook analysis pipelines and LLM coding of open ends; dashboards (Superset,
Metabase, Grafana, Looker, Tableau, Power BI, Dash, Shiny); data warehouses (Snowflake, Redshift,
BigQuery, Databricks, ClickHouse, dbt, Airflow). The files are dotenv and .Renviron files, YAML,
TOML and INI configs, PHP, Python, R, JavaScript, TypeScript, Go, Ruby, Java, C#, PowerShell, shell
and batch scripts, SPSS/SAS/Stata syntax, R Markdown and Quarto reports, Jupyter notebooks, QSF and
Decipher survey XML, SQL, CSV, Kubernetes, Helm, Compose, Dockerfiles, CI workflows, Terraform,
Ansible, Asterisk and FreeSWITCH configs, systemd units, crontabs, credential files and runbooks.
Generated fakes only (seeds 1070000-1079999).
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
UPPER_DIGITS = string.ascii_uppercase + string.digits
LOWER_DIGITS = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
_SEED = [1070000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 1080000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 1080000
    return _SEED[0]


NAMES = ["Marisol", "Dunstan", "Harriet", "Caspian", "Ottilie", "Bramwell", "Ingrid", "Lysander",
         "Peregrine", "Rosalind", "Tobias", "Winifred", "Anselm", "Clementine", "Evander", "Philippa"]
PLACES = ["Whitby", "Kendal", "Galway", "Bruges", "Tromso", "Oaxaca", "Dundee", "Lisbon", "Ghent",
          "Porto", "Leeds", "Cusco", "Hobart", "Tallinn"]
WORDS = ["Tracker", "Panel", "Quota", "Wave", "Crosstab", "Verbatim", "Omnibus", "Fieldwork",
         "Sample", "Insight", "Conjoint", "Maxdiff", "Weighting", "Topline"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember",
         "saddle", "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "thimble", "cobalt"]


def tok(n: int, alphabet: str = ALNUM) -> str:
    """n characters of alphabet; of ALNUM, with both cases and a digit, as services issue them."""
    r = _rng()
    while True:
        value = "".join(r.choice(alphabet) for _ in range(n))
        if alphabet != ALNUM or n < 3 or (any(c.isdigit() for c in value) and any(c.isupper() for c in value)
                                 and any(c.islower() for c in value)):
            return value


def hexs(n: int) -> str:
    return tok(n, HEX)


def uhex(n: int) -> str:
    return tok(n, "0123456789ABCDEF")


def human_pw(url_safe: bool = False) -> str:
    """A password a person picked: names, places, years, a symbol."""
    r = _rng()
    sym = "!*_." if url_safe else "!#$*@%"
    style = r.randrange(4)
    if style == 0:
        return r.choice(NAMES) + str(r.randint(1961, 2012)) + r.choice(sym)
    if style == 1:
        return r.choice(PLACES) + r.choice(sym) + str(r.randint(100, 9999))
    if style == 2:
        return r.choice(WORDS) + r.choice(NAMES) + r.choice(sym) + str(r.randint(2015, 2025))
    return "-".join(r.sample(LOWER, 3)) + "-" + str(r.randint(10, 99))


def gen_pw(n: int = 24, symbols: str = "") -> str:
    """A generated password (a password manager's or `openssl rand`'s)."""
    r = _rng()
    alphabet = ALNUM + symbols
    while True:
        value = r.choice(ALNUM) + "".join(r.choice(alphabet) for _ in range(n - 1))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def rand_b64(nbytes: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jwt(payload: dict) -> str:
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    r = _rng()
    return head + "." + body + "." + b64url(bytes(r.getrandbits(8) for _ in range(32)))


def uuid4() -> str:
    return fakes.uuid4(_seed())


def sv_id(prefix: str = "SV_") -> str:
    """A Qualtrics object id: SV_ survey, R_ response, UR_ user, CG_ mailing list, POOL_ directory."""
    return prefix + tok(15)


def _wrap(body: str, width: int) -> str:
    return "\n".join(body[i:i + width] for i in range(0, len(body), width))


_PKCS8_HEAD = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100")
_EC_HEAD = bytes.fromhex("30770201010420")
_OPENSSH_HEAD = (b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01"
                 b"\x00\x00\x003\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 ")
_CERT_HEAD = bytes.fromhex("3082037d30820265a003020102021414")


def _rand_bytes(n: int) -> bytes:
    r = _rng()
    return bytes(r.getrandbits(8) for _ in range(n))


def rsa_key(label: str = "PRIVATE KEY") -> str:
    body = base64.b64encode(_PKCS8_HEAD + _rand_bytes(1180)).decode()
    return f"-----BEGIN {label}-----\n{_wrap(body, 64)}\n-----END {label}-----"


def ec_key() -> str:
    body = base64.b64encode(_EC_HEAD + _rand_bytes(114)).decode()
    return f"-----BEGIN EC PRIVATE KEY-----\n{_wrap(body, 64)}\n-----END EC PRIVATE KEY-----"


def openssh_key() -> str:
    body = base64.b64encode(_OPENSSH_HEAD + _rand_bytes(300)).decode()
    return f"-----BEGIN OPENSSH PRIVATE KEY-----\n{_wrap(body, 70)}\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem() -> str:
    body = base64.b64encode(_CERT_HEAD + _rand_bytes(870)).decode()
    return f"-----BEGIN CERTIFICATE-----\n{_wrap(body, 64)}\n-----END CERTIFICATE-----"


def public_pem() -> str:
    head = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100")
    body = base64.b64encode(head + _rand_bytes(260)).decode()
    return f"-----BEGIN PUBLIC KEY-----\n{_wrap(body, 64)}\n-----END PUBLIC KEY-----"


def ssh_pub(comment: str) -> str:
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + _rand_bytes(32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + comment


def stripe(prefix: str) -> str:
    return fakes.fake(prefix, 99, _seed())


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + tok(8, UPPER_DIGITS) + "/B" + tok(10, UPPER_DIGITS)
            + "/" + tok(24))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + tok(24)


def azure_ad_secret() -> str:
    return tok(3) + "8Q~" + tok(34, ALNUM + "_.-~")


def google_api_key() -> str:
    return "AIza" + tok(35, ALNUM + "_-")


def sendgrid_key() -> str:
    return "SG." + tok(22, ALNUM + "_-") + "." + tok(43, ALNUM + "_-")


def tableau_pat_secret() -> str:
    return rand_b64(16) + ":" + tok(32)


def age_secret() -> str:
    return "AGE-SECRET-KEY-1" + tok(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper())


CASES: List[LabelledCase] = []


def fill(template: str, **values: str) -> str:
    """The template with @@name@@ replaced (a leading newline dropped, so templates start flush)."""
    text = template[1:] if template.startswith("\n") else template
    for key, value in values.items():
        text = text.replace("@@" + key + "@@", value)
    assert "@@" not in text, text[:120]
    return text


def S(fmt: str, kind: str, file_name: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-dj/{fmt}/{kind}", file_name, text, secret, source))


def D(fmt: str, kind: str, file_name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-dj/{fmt}/decoy-{kind}", file_name, text, None, source))


# ------------------------------------------------------------------ Qualtrics
t = tok(40)
S("dotenv", "qualtrics-token", "services/qx-exporter/.env", fill(r"""
# Qualtrics response exporter (brand tracker, UK + IE)
QUALTRICS_DATACENTER=fra1
QUALTRICS_BASE_URL=https://fra1.qualtrics.com/API/v3
QUALTRICS_API_TOKEN=@@t@@
TRACKER_SURVEY_IDS=@@sv1@@,@@sv2@@
EXPORT_FORMAT=csv
EXPORT_USE_LABELS=true
EXPORT_POLL_SECONDS=5
S3_BUCKET=nfi-fieldwork-raw
S3_PREFIX=qualtrics/brand-tracker/
LOG_LEVEL=info
""", t=t, sv1=sv_id(), sv2=sv_id()), t, "Qualtrics API v3 docs: API token sent as X-API-TOKEN")

t = tok(40)
S("python", "qualtrics-token", "dp/exports/qualtrics_export.py", fill(r'''
"""Pull a Qualtrics survey's responses as CSV through the export-responses endpoints."""
import io
import time
import zipfile

import requests

DATACENTER = "iad1"
API_TOKEN = "@@t@@"
BASE = f"https://{DATACENTER}.qualtrics.com/API/v3"
HEADERS = {"X-API-TOKEN": API_TOKEN, "Content-Type": "application/json"}


def export_responses(survey_id: str, out_dir: str) -> None:
    url = f"{BASE}/surveys/{survey_id}/export-responses"
    progress = requests.post(url, headers=HEADERS, json={"format": "csv", "useLabels": True}).json()
    progress_id = progress["result"]["progressId"]
    while True:
        status = requests.get(f"{url}/{progress_id}", headers=HEADERS).json()["result"]
        if status["status"] == "complete":
            break
        time.sleep(2)
    blob = requests.get(f"{url}/{status['fileId']}/file", headers=HEADERS)
    zipfile.ZipFile(io.BytesIO(blob.content)).extractall(out_dir)


if __name__ == "__main__":
    export_responses("@@sv@@", "data/raw")
''', t=t, sv=sv_id()), t, "Qualtrics API v3: export-responses, X-API-TOKEN header")

t = tok(40)
S("r", "qualtrics-token", "analysis/omnibus/01_pull_responses.R", fill(r"""
# 01_pull_responses.R -- wave 14 omnibus pull (run before 02_clean.R)
library(qualtRics)
library(dplyr)
library(readr)

qualtrics_api_credentials(
  api_key = "@@t@@",
  base_url = "ca1.qualtrics.com",
  install = FALSE
)

omni <- fetch_survey(surveyID = "@@sv@@",
                     start_date = "2024-05-01",
                     label = TRUE,
                     convert = FALSE,
                     force_request = TRUE)

omni <- omni %>% filter(Finished == TRUE, Status == "IP Address")
write_csv(omni, "data/omnibus_w14_raw.csv")
message(nrow(omni), " completes written")
""", t=t, sv=sv_id()), t, "qualtRics R package: qualtrics_api_credentials(api_key, base_url)")

t = tok(40)
S("renviron", "qualtrics-token", ".Renviron", fill(r"""
# user-level settings for the DP team's RStudio Server
QUALTRICS_API_KEY="@@t@@"
QUALTRICS_BASE_URL="syd1.qualtrics.com"
R_LIBS_USER="~/R/library/4.3"
RENV_CONFIG_PAK_ENABLED=TRUE
TZ="Australia/Sydney"
""", t=t), t, "qualtRics docs: QUALTRICS_API_KEY in .Renviron; R Startup (.Renviron)")

t = tok(40)
S("qsf", "qualtrics-token", "surveys/cx_relationship_2024_panel_sync.qsf", fill(r"""
{
 "SurveyEntry": {
  "SurveyID": "@@sv@@",
  "SurveyName": "CX Relationship 2024 - Panel Sync",
  "SurveyOwnerID": "@@ur@@",
  "SurveyBrandID": "northfield",
  "SurveyLanguage": "EN",
  "SurveyStatus": "Inactive"
 },
 "SurveyElements": [
  {
   "SurveyID": "@@sv@@",
   "Element": "FL",
   "PrimaryAttribute": "Survey Flow",
   "Payload": {
    "Type": "Root",
    "FlowID": "FL_1",
    "Flow": [
     {"Type": "Block", "ID": "BL_@@bl@@", "FlowID": "FL_2"},
     {
      "Type": "WebService",
      "FlowID": "FL_3",
      "URL": "https://fra1.qualtrics.com/API/v3/directories/@@pool@@/mailinglists/@@cg@@/contacts",
      "Method": "POST",
      "ContentType": "application/json",
      "Body": {"firstName": "${e://Field/FirstName}", "email": "${e://Field/RecipientEmail}", "extRef": "${e://Field/rid}"},
      "Headers": [
       {"key": "X-API-TOKEN", "value": "@@t@@"},
       {"key": "Content-Type", "value": "application/json"}
      ],
      "ResponseMap": [],
      "FireAndForget": true
     },
     {"Type": "EndSurvey", "FlowID": "FL_4"}
    ]
   }
  }
 ]
}
""", t=t, sv=sv_id(), ur=sv_id("UR_"), bl=tok(15), pool=sv_id("POOL_"), cg=sv_id("CG_")), t,
  "Qualtrics Survey Flow: Web Service element with custom headers (QSF export)")

k = fakes.openai_key(_seed())
S("javascript", "openai-key", "survey-js/QID13_ai_probe.js", fill(r"""
/* QID13: follow-up probe on the open end in QID12 (pilot, EN only) */
Qualtrics.SurveyEngine.addOnReady(function () {
  var q = this;
  var answer = "${q://QID12/ChoiceTextEntryValue}";
  var OPENAI_KEY = "@@k@@";
  q.disableNextButton();
  fetch("https://api.openai.com/v1/chat/completions", {
    method: "POST",
    headers: {"Authorization": "Bearer " + OPENAI_KEY, "Content-Type": "application/json"},
    body: JSON.stringify({
      model: "gpt-4o-mini",
      max_tokens: 60,
      messages: [
        {role: "system", content: "Ask one short, neutral follow-up question about the answer."},
        {role: "user", content: answer}
      ]
    })
  }).then(function (r) { return r.json(); }).then(function (d) {
    Qualtrics.SurveyEngine.setEmbeddedData("probe_q12", d.choices[0].message.content);
    q.enableNextButton();
  }).catch(function () { q.enableNextButton(); });
});
""", k=k), k, "Qualtrics JavaScript question API; OpenAI API key format (sk-proj-)")

t = tok(40)
S("shell", "qualtrics-token", "scripts/csat_pulse_export.sh", fill(r"""
#!/usr/bin/env bash
# Kick off a response export for the CSAT pulse and download it when ready.
set -euo pipefail
DC=iad1
SURVEY=@@sv@@
OUT=${1:-exports}
mkdir -p "$OUT"

qx() {
  curl -sS -H "X-API-TOKEN: @@t@@" -H "Content-Type: application/json" "$@"
}

PROGRESS=$(qx -X POST -d '{"format":"csv","useLabels":true}' \
  "https://$DC.qualtrics.com/API/v3/surveys/$SURVEY/export-responses" | jq -r .result.progressId)
until [ "$(qx "https://$DC.qualtrics.com/API/v3/surveys/$SURVEY/export-responses/$PROGRESS" | jq -r .result.status)" = complete ]; do
  sleep 3
done
FILE=$(qx "https://$DC.qualtrics.com/API/v3/surveys/$SURVEY/export-responses/$PROGRESS" | jq -r .result.fileId)
qx -o "$OUT/csat_pulse.zip" "https://$DC.qualtrics.com/API/v3/surveys/$SURVEY/export-responses/$FILE/file"
unzip -o "$OUT/csat_pulse.zip" -d "$OUT"
""", t=t, sv=sv_id()), t, "Qualtrics API v3 docs: curl examples with X-API-TOKEN")

t = tok(40)
S("postman", "qualtrics-token", "postman/Qualtrics-fra1.postman_environment.json", fill(r"""
{
	"id": "@@id@@",
	"name": "Qualtrics - fra1 (prod brand)",
	"values": [
		{
			"key": "baseUrl",
			"value": "https://fra1.qualtrics.com/API/v3",
			"type": "default",
			"enabled": true
		},
		{
			"key": "apiToken",
			"value": "@@t@@",
			"type": "secret",
			"enabled": true
		},
		{
			"key": "surveyId",
			"value": "@@sv@@",
			"type": "default",
			"enabled": true
		}
	],
	"_postman_variable_scope": "environment",
	"_postman_exported_at": "2024-03-18T10:22:41.512Z",
	"_postman_exported_using": "Postman/10.24.3"
}
""", id=uuid4(), t=t, sv=sv_id()), t, "Postman environment export format; Qualtrics API token")

t = tok(40)
S("gh-actions", "qualtrics-token", ".github/workflows/nightly-qualtrics-export.yml", fill(r"""
name: nightly-qualtrics-export
on:
  schedule:
    - cron: "15 2 * * *"
  workflow_dispatch:

jobs:
  export:
    runs-on: ubuntu-latest
    env:
      QUALTRICS_DATACENTER: iad1
      QUALTRICS_API_TOKEN: @@t@@
      AWS_REGION: us-east-1
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install -r requirements.txt
      - run: python -m exporter.run --surveys config/surveys.yml --since yesterday
      - uses: actions/upload-artifact@v4
        with:
          name: exports
          path: exports/
""", t=t), t, "GitHub Actions workflow syntax (env); Qualtrics API token")

cs = tok(64)
S("yaml", "qualtrics-oauth", "config/qualtrics.yaml", fill(r"""
qualtrics:
  datacenter: iad1
  oauth:
    token_url: https://iad1.qualtrics.com/oauth2/token
    grant_type: client_credentials
    client_id: @@cid@@
    client_secret: @@cs@@
    scope: "read:survey_responses manage:distributions"
  surveys:
    - id: @@sv1@@
      name: Patient Experience Q2
      weight_scheme: px_q2_rim
    - id: @@sv2@@
      name: Staff Pulse May
      weight_scheme: none
  export:
    format: spss
    include_display_order: true
""", cid=hexs(32), cs=cs, sv1=sv_id(), sv2=sv_id()), cs, "Qualtrics OAuth 2.0 client credentials (oauth2/token)")

D("yaml", "survey-ids", "config/surveys.yml", fill(r"""
# Surveys the nightly exporter pulls. IDs are Qualtrics object ids, not credentials.
datacenter: iad1
surveys:
  - id: @@sv1@@
    name: Brand Health Tracker - UK
    mailing_list: @@cg1@@
    directory: @@pool@@
  - id: @@sv2@@
    name: Brand Health Tracker - IE
    mailing_list: @@cg2@@
    directory: @@pool@@
  - id: @@sv3@@
    name: Ad Recall Module (rotating)
    distribution: @@emd@@
output:
  bucket: nfi-fieldwork-raw
  prefix: qualtrics/brand-tracker/
  format: csv
""", sv1=sv_id(), sv2=sv_id(), sv3=sv_id(), cg1=sv_id("CG_"), cg2=sv_id("CG_"), pool=sv_id("POOL_"),
    emd=sv_id("EMD_")), "Qualtrics API: survey, mailing list, directory and distribution id formats")

D("gh-actions", "secrets-ref", ".github/workflows/weekly-tracker-refresh.yml", r"""
name: weekly-tracker-refresh
on:
  schedule:
    - cron: "0 6 * * 1"
jobs:
  refresh:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
      contents: read
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418273645092:role/gha-tracker-refresh
          aws-region: eu-west-2
      - name: Export and load
        env:
          QUALTRICS_API_TOKEN: ${{ secrets.QUALTRICS_API_TOKEN }}
          SNOWFLAKE_PASSWORD: ${{ secrets.SNOWFLAKE_LOADER_PASSWORD }}
          SLACK_WEBHOOK_URL: ${{ secrets.DP_ALERTS_WEBHOOK }}
        run: |
          python -m exporter.run --surveys config/surveys.yml
          python -m loader.snowflake --stage RAW.QX_STAGE
""", "GitHub Actions docs: secrets context and OIDC role assumption")

D("python", "env-reference", "dp/exports/qx_client.py", fill(r'''
"""Thin Qualtrics client: the token comes from the environment (set by Vault Agent)."""
import os

import requests

# Example ids from the tracker: @@r1@@ (response), @@sv@@ (survey)
DATACENTER = os.environ.get("QUALTRICS_DATACENTER", "iad1")
TOKEN_ENV = "QUALTRICS_API_TOKEN"


class QualtricsClient:
    def __init__(self, token: str | None = None) -> None:
        self.token = token or os.environ[TOKEN_ENV]
        self.base = f"https://{DATACENTER}.qualtrics.com/API/v3"
        self.session = requests.Session()
        self.session.headers["X-API-TOKEN"] = self.token

    def response(self, survey_id: str, response_id: str) -> dict:
        url = f"{self.base}/surveys/{survey_id}/responses/{response_id}"
        return self.session.get(url, timeout=30).json()["result"]
''', r1=sv_id("R_"), sv=sv_id()), "Qualtrics API v3: Get Response; token read from environment")

D("markdown", "placeholder", "docs/qualtrics-export-setup.md", r"""
# Setting up the Qualtrics exporter

1. In Qualtrics go to **Account Settings > Qualtrics IDs** and generate an API token.
2. Copy `.env.example` to `.env` and fill in:

   ```
   QUALTRICS_API_TOKEN=<your-api-token>
   QUALTRICS_DATACENTER=<datacenter-id, e.g. iad1 or fra1>
   ```

3. Never commit `.env`; it is in `.gitignore`.
4. Test with:

   ```
   curl -H "X-API-TOKEN: $QUALTRICS_API_TOKEN" https://$QUALTRICS_DATACENTER.qualtrics.com/API/v3/whoami
   ```

Survey ids start with `SV_`, response ids with `R_`. Ask the DP lead if you need brand-admin access.
""", "Qualtrics support: Finding Qualtrics IDs / generating an API token")

D("qsf", "embedded-data", "surveys/ad_recall_w9.qsf", fill(r"""
{
 "SurveyEntry": {
  "SurveyID": "@@sv@@",
  "SurveyName": "Ad Recall W9",
  "SurveyOwnerID": "@@ur@@",
  "SurveyLanguage": "EN",
  "SurveyStatus": "Active"
 },
 "SurveyElements": [
  {
   "SurveyID": "@@sv@@",
   "Element": "FL",
   "PrimaryAttribute": "Survey Flow",
   "Payload": {
    "Type": "Root",
    "FlowID": "FL_1",
    "Flow": [
     {
      "Type": "EmbeddedData",
      "FlowID": "FL_2",
      "EmbeddedData": [
       {"Description": "rid", "Type": "Recipient", "Field": "rid", "VariableType": "String", "Value": "${e://Field/rid}"},
       {"Description": "psid", "Type": "Custom", "Field": "psid", "VariableType": "String", "Value": "@@uuid@@"},
       {"Description": "cell", "Type": "Custom", "Field": "cell", "VariableType": "String", "Value": "A3"}
      ]
     },
     {"Type": "Block", "ID": "BL_@@bl@@", "FlowID": "FL_3"},
     {"Type": "EndSurvey", "FlowID": "FL_4", "EndingType": "Advanced",
      "Options": {"EOSRedirectURL": "https://panel.example-sample.com/complete?rid=${e://Field/rid}&status=1"}}
    ]
   }
  }
 ]
}
""", sv=sv_id(), ur=sv_id("UR_"), uuid=uuid4(), bl=tok(15)), "Qualtrics Survey Flow: embedded data and end-of-survey redirect")

# --------------------------------------------------------------- SurveyMonkey
t = tok(1, string.ascii_letters) + tok(95, ALNUM + "-.")
S("python", "surveymonkey-token", "sm/pull_responses.py", fill(r'''
"""Bulk-download SurveyMonkey responses for the employee engagement survey."""
import json
import pathlib

import requests

ACCESS_TOKEN = "@@t@@"
SURVEY_ID = "5128834907"
API = "https://api.surveymonkey.com/v3"

session = requests.Session()
session.headers.update({"Authorization": f"Bearer {ACCESS_TOKEN}", "Accept": "application/json"})

out = pathlib.Path("data/sm_responses")
out.mkdir(parents=True, exist_ok=True)
page = 1
while True:
    r = session.get(f"{API}/surveys/{SURVEY_ID}/responses/bulk", params={"per_page": 100, "page": page})
    r.raise_for_status()
    body = r.json()
    (out / f"page_{page:03d}.json").write_text(json.dumps(body["data"]))
    if "next" not in body.get("links", {}):
        break
    page += 1
''', t=t), t, "SurveyMonkey API v3: bearer access token, /responses/bulk")

cs = tok(1, string.ascii_letters) + tok(30, ALNUM)
S("javascript", "surveymonkey-secret", "src/webhooks/surveymonkey.js", fill(r"""
// Receives SurveyMonkey "response_completed" webhooks and queues the response for coding.
const crypto = require('crypto');
const express = require('express');
const { enqueue } = require('../queue');

const SM_API_KEY = process.env.SM_API_KEY;
const SM_CLIENT_SECRET = '@@cs@@';

const router = express.Router();

router.post('/hooks/surveymonkey', express.raw({ type: '*/*' }), (req, res) => {
  const key = `${SM_API_KEY}&${SM_CLIENT_SECRET}`;
  const expected = crypto.createHmac('sha1', key).update(req.body).digest('base64');
  if (req.get('sm-signature') !== expected) {
    return res.status(401).end();
  }
  const event = JSON.parse(req.body.toString('utf8'));
  enqueue('sm-response', { surveyId: event.filter_id, responseId: event.object_id });
  return res.status(200).end();
});

module.exports = router;
""", cs=cs), cs, "SurveyMonkey API v3 webhooks: sm-signature HMAC with the app's secret")

t = tok(1, string.ascii_letters) + tok(95, ALNUM + "-.")
S("ruby", "surveymonkey-token", "lib/tasks/surveymonkey.rake", fill(r"""
# rake surveymonkey:sync -- copies survey metadata into the projects table
require "net/http"
require "json"

namespace :surveymonkey do
  desc "Sync SurveyMonkey survey list"
  task sync: :environment do
    token = "@@t@@"
    uri = URI("https://api.surveymonkey.com/v3/surveys?per_page=200&include=date_modified,response_count")
    req = Net::HTTP::Get.new(uri)
    req["Authorization"] = "bearer #{token}"
    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
    JSON.parse(res.body).fetch("data", []).each do |s|
      Project.find_or_initialize_by(sm_survey_id: s["id"]).update!(
        title: s["title"], responses: s["response_count"], modified_at: s["date_modified"]
      )
    end
  end
end
""", t=t), t, "SurveyMonkey API v3: GET /surveys with bearer token")

D("json", "api-fixture", "tests/fixtures/sm_survey_details.json", r"""
{
  "id": "418250637",
  "title": "Employee Engagement 2024",
  "nickname": "EE24",
  "language": "en",
  "question_count": 42,
  "page_count": 7,
  "response_count": 1893,
  "date_created": "2024-01-09T14:11:00",
  "date_modified": "2024-02-02T09:40:00",
  "href": "https://api.surveymonkey.com/v3/surveys/418250637",
  "analyze_url": "https://www.surveymonkey.com/analyze/4xYzq0aPfB3w_2Bs1E0T9cLg_3D_3D",
  "preview": "https://www.surveymonkey.com/r/Preview/?sm=hV3pP1OgkT0m9bfw2uYx4Q_3D_3D",
  "collect_url": "https://www.surveymonkey.com/collect/list?sm=Qb7kT2y0RzQ1_2FoXk3G8M9A_3D_3D",
  "buttons_text": {"next_button": "Next", "prev_button": "Back", "done_button": "Done"},
  "custom_variables": {"dept": "", "site": ""}
}
""", "SurveyMonkey API v3: survey details response (fixture)")

# -------------------------------------------------------------------- Alchemer
at, ats = hexs(32), "A9" + tok(12)
S("php", "alchemer-secret", "alchemer/pull_responses.php", fill(r"""
<?php
// Nightly pull of Alchemer (SurveyGizmo) responses into the reporting DB.
require __DIR__ . '/vendor/autoload.php';

$surveyId = 7749312;
$page = 1;
$pdo = new PDO('mysql:host=127.0.0.1;dbname=reporting', 'reporter', getenv('REPORTING_DB_PASS'));

do {
    $url = "https://api.alchemer.com/v5/survey/{$surveyId}/surveyresponse"
         . "?api_token=@@at@@&api_token_secret=@@ats@@"
         . "&resultsperpage=500&page={$page}";
    $body = json_decode(file_get_contents($url), true);
    foreach ($body['data'] as $row) {
        $stmt = $pdo->prepare('REPLACE INTO alchemer_responses (id, survey_id, payload) VALUES (?, ?, ?)');
        $stmt->execute([$row['id'], $surveyId, json_encode($row)]);
    }
    $page++;
} while ($page <= $body['total_pages']);
""", at=at, ats=ats), ats, "Alchemer API v5: api_token and api_token_secret query parameters")

at, ats = hexs(32), "A9" + tok(12)
S("python", "alchemer-secret", "alchemer_sync/client.py", fill(r'''
import requests

ALCHEMER = "https://api.alchemer.eu/v5"
CREDS = {
    "api_token": "@@at@@",
    "api_token_secret": "@@ats@@",
}


def list_surveys(page: int = 1) -> dict:
    params = dict(CREDS, page=page, resultsperpage=100)
    return requests.get(f"{ALCHEMER}/survey", params=params, timeout=60).json()


def responses(survey_id: int, page: int = 1) -> dict:
    params = dict(CREDS, page=page, resultsperpage=500)
    return requests.get(f"{ALCHEMER}/survey/{survey_id}/surveyresponse", params=params, timeout=60).json()
''', at=at, ats=ats), ats, "Alchemer API v5 authentication (EU data center)")

D("php", "env-reference", "alchemer/config.php", r"""
<?php
// Alchemer settings: credentials come from the environment (set in the systemd unit's
// EnvironmentFile, which lives outside the repository).
return [
    'base_url'     => 'https://api.alchemer.com/v5',
    'api_token'    => getenv('ALCHEMER_API_TOKEN') ?: '',
    'api_secret'   => getenv('ALCHEMER_API_TOKEN_SECRET') ?: '',
    'page_size'    => 500,
    'survey_ids'   => [7749312, 7749318, 7802214],
    'timezone'     => 'America/New_York',
];
""", "Alchemer API docs; PHP getenv")

# ----------------------------------------------------------- Decipher / Forsta
k = tok(32)
S("decipher-xml", "panel-api-key", "selfserve/53b/240311/survey.xml", fill(r"""
<?xml version="1.0" encoding="UTF-8"?>
<survey
  alt="Retail Banking Switchers 2024"
  autosave="0"
  compat="153"
  extraVariables="source,record,ipAddress,decLang,list,userAgent"
  fir="on"
  name="Survey"
  state="testing">

<samplesources default="1">
  <samplesource list="1">
    <title>PanelCo</title>
    <var name="psid" unique="1"/>
    <exit cond="terminated" url="https://router.panelco.example/term?psid=${psid}"/>
    <exit cond="overquota" url="https://router.panelco.example/oq?psid=${psid}"/>
    <exit cond="qualified" url="https://router.panelco.example/complete?psid=${psid}"/>
  </samplesource>
</samplesources>

<exec when="init">
import urllib2, json
PANEL_KEY = "@@k@@"
def panel_profile(psid):
    req = urllib2.Request("https://api.panelco.example/v2/profiles/%s" % psid,
                          headers={"X-Api-Key": PANEL_KEY})
    return json.load(urllib2.urlopen(req, timeout=5))
</exec>

<exec>
p.profile = panel_profile(psid)
</exec>

<radio label="Q1" optional="0">
  <title>Which bank do you mainly use for your current account?</title>
  <row label="r1">Barclays</row>
  <row label="r2">HSBC</row>
  <row label="r3">Lloyds</row>
  <row label="r4">NatWest</row>
  <row label="r99">Other</row>
</radio>
</survey>
""", k=k), k, "Decipher survey XML: samplesources, exit URLs and Python exec blocks")

k = tok(40, LOWER_DIGITS)
S("python", "decipher-key", "tools/beacon_pull.py", fill(r'''
"""Download data for a Decipher project with the beacon API package."""
import csv
import sys

from decipher.beacon import api

SERVER = "https://survey.bluebridge-research.co.uk"
api.login("@@k@@", SERVER)

project = sys.argv[1] if len(sys.argv) > 1 else "selfserve/53b/240311"
rows = api.get(f"surveys/{project}/data", format="json", cond="qualified")

with open(f"{project.split('/')[-1]}_qualified.csv", "w", newline="") as fh:
    writer = csv.DictWriter(fh, fieldnames=sorted(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
print(len(rows), "qualified records")
''', k=k), k, "Decipher (Forsta) Beacon REST API: API key login via the decipher package")

cs = tok(43, ALNUM + "-_")
S("appsettings", "forsta-client-secret", "src/Forsta.Sync/appsettings.json", fill(r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.Hosting.Lifetime": "Information"
    }
  },
  "ForstaPlus": {
    "Authority": "https://idp.euro.confirmit.com/identity/connect/token",
    "ApiBase": "https://ws.euro.confirmit.com",
    "ClientId": "@@cid@@",
    "ClientSecret": "@@cs@@",
    "Scope": "pub.surveys pub.hubs",
    "Projects": [ "p1873420417", "p1873420655" ]
  },
  "Warehouse": {
    "ConnectionString": "Server=tcp:dw-sql.bluebridge.internal,1433;Database=Fieldwork;Authentication=Active Directory Managed Identity;"
  }
}
""", cid=uuid4(), cs=cs), cs, "Forsta Plus (Confirmit) public API: OAuth client credentials; ASP.NET Core appsettings.json")

D("decipher-xml", "survey", "selfserve/53b/240402/survey.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<survey alt="Streaming Habits Omnibus" autosave="0" compat="153" name="Survey" state="live"
  extraVariables="source,record,ipAddress,decLang,list,userAgent">

<samplesources default="0">
  <samplesource list="0">
    <title>Open link</title>
    <invalid>You are missing information in the URL. Please verify the URL with the original invite.</invalid>
    <completed>It seems you have already entered this survey.</completed>
    <var name="rid" unique="1"/>
    <exit cond="qualified" url="https://sample.example-exchange.com/return?rid=${rid}&amp;st=1"/>
    <exit cond="terminated" url="https://sample.example-exchange.com/return?rid=${rid}&amp;st=2"/>
  </samplesource>
</samplesources>

<text label="Q5" optional="0" size="40">
  <title>Please create a password for your rewards account.</title>
  <comment>At least 10 characters. We never show it again.</comment>
</text>

<suspend/>
<exec>setMarker("Q5_done")</exec>
</survey>
""", "Decipher survey XML: samplesources and exit URLs with ${rid} piping")

# ------------------------------------------------------------------ LimeSurvey
pw = human_pw()
S("php", "limesurvey-db", "limesurvey/application/config/config.php", fill(r"""
<?php if (!defined('BASEPATH')) exit('No direct script access allowed');
return array(
	'components' => array(
		'db' => array(
			'connectionString' => 'mysql:host=db.survey.internal;port=3306;dbname=limesurvey;',
			'emulatePrepare' => true,
			'username' => 'lime_app',
			'password' => '@@pw@@',
			'charset' => 'utf8mb4',
			'tablePrefix' => 'lime_',
		),
		'session' => array(
			'sessionName' => 'LS-KESTREL',
		),
		'urlManager' => array(
			'urlFormat' => 'path',
			'rules' => array(),
			'showScriptName' => true,
		),
	),
	'config' => array(
		'debug' => 0,
		'debugsql' => 0,
		'mysqlEngine' => 'InnoDB',
		'updatable' => false,
	)
);
""", pw=pw), pw, "LimeSurvey manual: config.php database component")

sbk = hexs(64)
S("php", "limesurvey-encryption", "limesurvey/application/config/security.php", fill(r"""
<?php if (!defined('BASEPATH')) exit('No direct script access allowed');
/*
 * LimeSurvey data encryption keys. Generated on install -- losing them means the
 * encrypted response fields (emails, phone numbers) can no longer be read.
 */
$config = array();
$config['encryptionkeypair'] = '@@kp@@';
$config['encryptionpublickey'] = '@@pk@@';
$config['encryptionsecretkey'] = '@@sk@@';
$config['encryptionnonce'] = '@@nonce@@';
$config['encryptionsecretboxkey'] = '@@sbk@@';
return $config;
""", kp=hexs(128), pk=hexs(64), sk=hexs(64), nonce=hexs(48), sbk=sbk), sbk,
  "LimeSurvey manual: data encryption, application/config/security.php")

pw = human_pw()
S("python", "limesurvey-rpc", "lime/export_responses.py", fill(r'''
"""Export responses from LimeSurvey via RemoteControl 2 (JSON-RPC)."""
import base64

import requests

RPC = "https://survey.kestrelfield.net/index.php/admin/remotecontrol"


def call(method, *params):
    r = requests.post(RPC, json={"method": method, "params": list(params), "id": 1}, timeout=120)
    r.raise_for_status()
    return r.json()["result"]


session = call("get_session_key", "dp_export", "@@pw@@")
try:
    blob = call("export_responses", session, 482913, "csv", "en", "complete", "code", "long")
    with open("data/ls_482913.csv", "wb") as fh:
        fh.write(base64.b64decode(blob))
finally:
    call("release_session_key", session)
''', pw=pw), pw, "LimeSurvey RemoteControl 2 API: get_session_key(username, password)")

pw = gen_pw(24)
S("compose", "limesurvey-db", "deploy/limesurvey/docker-compose.yml", fill(r"""
services:
  limesurvey:
    image: martialblog/limesurvey:6-apache
    restart: unless-stopped
    ports:
      - "8080:8080"
    environment:
      DB_TYPE: mysql
      DB_HOST: mysql
      DB_PORT: "3306"
      DB_NAME: limesurvey
      DB_USERNAME: limesurvey
      DB_PASSWORD: @@pw@@
      ADMIN_USER: admin
      ADMIN_NAME: Fieldwork Admin
      ADMIN_EMAIL: fieldwork@kestrelfield.net
      PUBLIC_URL: https://survey.kestrelfield.net
    volumes:
      - ./upload:/var/www/html/upload/surveys
    depends_on:
      - mysql
  mysql:
    image: mysql:8.0
    restart: unless-stopped
    environment:
      MYSQL_DATABASE: limesurvey
      MYSQL_USER: limesurvey
      MYSQL_PASSWORD: @@pw@@
      MYSQL_RANDOM_ROOT_PASSWORD: "yes"
    volumes:
      - db:/var/lib/mysql
volumes:
  db:
""", pw=pw), pw, "Docker Compose file reference; LimeSurvey and MySQL image environment variables")

D("php", "template", "limesurvey/application/config/config-sample-mysql.php", r"""
<?php if (!defined('BASEPATH')) exit('No direct script access allowed');
/*
 * Copy to config.php on a new install and fill in the database details.
 * Production values are written by the Ansible role from Vault (lime_db_password).
 */
return array(
	'components' => array(
		'db' => array(
			'connectionString' => 'mysql:host=localhost;port=3306;dbname=limesurvey;',
			'emulatePrepare' => true,
			'username' => 'root',
			'password' => '',
			'charset' => 'utf8mb4',
			'tablePrefix' => 'lime_',
		),
	),
	'config' => array(
		'debug' => 0,
		'debugsql' => 0,
	)
);
""", "LimeSurvey sample config (empty password template)")

# ------------------------------------------------- Fieldwork: SurveyCTO, Kobo, ODK, Typeform, Jotform
pw = human_pw()
S("python", "surveycto-password", "fieldwork/pull_scto.py", fill(r'''
"""Pull the household listing form from SurveyCTO (wide JSON) every 30 minutes."""
import json
import time

import requests
from requests.auth import HTTPBasicAuth

SERVER = "kestrelfield"
FORM_ID = "hh_listing_v3"
AUTH = HTTPBasicAuth("fieldops@kestrelfield.net", "@@pw@@")


def pull(since: int = 0) -> list:
    url = f"https://{SERVER}.surveycto.com/api/v2/forms/data/wide/json/{FORM_ID}"
    r = requests.get(url, params={"date": since}, auth=AUTH, timeout=120)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    last = 0
    while True:
        rows = pull(last)
        json.dump(rows, open(f"raw/{FORM_ID}_{int(time.time())}.json", "w"))
        last = int(time.time())
        time.sleep(1800)
''', pw=pw), pw, "SurveyCTO server API v2: forms/data/wide/json with basic authentication")

t = hexs(40)
S("r", "kobo-token", "R/kobo_pull.R", fill(r"""
# Download submissions of the market-stall census from KoboToolbox
library(httr)
library(jsonlite)

kobo_server <- "https://kf.kobotoolbox.org"
asset_uid   <- "aW7hRk3bQxz9TJvLm2pQyD"
kobo_token  <- "@@t@@"

res <- GET(
  sprintf("%s/api/v2/assets/%s/data.json", kobo_server, asset_uid),
  add_headers(Authorization = paste("Token", kobo_token)),
  query = list(limit = 30000)
)
stop_for_status(res)
subs <- fromJSON(content(res, as = "text", encoding = "UTF-8"))$results
saveRDS(subs, file.path("data", "stall_census_raw.rds"))
cat(nrow(subs), "submissions\n")
""", t=t), t, "KoboToolbox API v2: Authorization: Token <api key>")

pw = human_pw()
S("stata", "surveycto-password", "do/00_import_scto.do", fill(r"""
* 00_import_scto.do -- download and import the endline survey from SurveyCTO
* requires: ssc install sctoapi
version 17
clear all
set more off

global root "C:/Users/fieldops/Dropbox/Endline2024"
cd "$root"

sctoapi endline_hh_v5, server(kestrelfield) username(analyst@kestrelfield.net) ///
    password(@@pw@@) date(0) output("$root/01_raw")

import delimited using "01_raw/endline_hh_v5_WIDE.csv", clear varnames(1) bindquote(strict)
compress
save "02_clean/endline_hh_raw.dta", replace
""", pw=pw), pw, "sctoapi Stata command (SurveyCTO API): server, username, password options")

t = "tfp_" + tok(44) + "_" + tok(14)
S("dotenv", "typeform-token", "apps/concept-test/.env.local", fill(r"""
NEXT_PUBLIC_SITE_URL=http://localhost:3000
TYPEFORM_FORM_ID=Qx7cYb2N
TYPEFORM_TOKEN=@@t@@
TYPEFORM_WEBHOOK_TAG=concept-test-dev
DATABASE_URL=postgresql://postgres:postgres@localhost:5432/concepts
""", t=t), t, "Typeform Create/Responses API: personal access token (tfp_)")

k = hexs(32)
S("javascript", "jotform-key", "intake/jotform.js", fill(r"""
// Screener intake: copies qualified Jotform submissions into the recruitment sheet.
const axios = require('axios');

const JOTFORM_API_KEY = '@@k@@';
const FORM_ID = '241088733109050';

async function qualified() {
  const { data } = await axios.get(`https://eu-api.jotform.com/form/${FORM_ID}/submissions`, {
    params: { apiKey: JOTFORM_API_KEY, limit: 1000, filter: JSON.stringify({ 'status:ne': 'DELETED' }) },
  });
  return data.content.filter((s) => s.answers['12'] && s.answers['12'].answer === 'Yes');
}

module.exports = { qualified };
""", k=k), k, "Jotform API: apiKey query parameter, EU endpoint")

pw = human_pw()
S("toml", "odk-password", "fieldwork/pyodk_config.toml", fill(r"""
# pyodk configuration (copied to ~/.config/pyodk/config.toml on the field laptop)
[central]
base_url = "https://central.kestrelfield.net"
username = "enumerator-sync@kestrelfield.net"
password = "@@pw@@"
default_project_id = 7
""", pw=pw), pw, "pyodk docs: config.toml [central] base_url, username, password")

D("toml", "pyodk-template", "fieldwork/pyodk_config.example.toml", r"""
# Template for ~/.config/pyodk/config.toml. Leave password empty and export
# PYODK_PASSWORD in your shell instead (see docs/field-laptop-setup.md).
[central]
base_url = "https://central.kestrelfield.net"
username = "your.name@kestrelfield.net"
password = ""
default_project_id = 7
""", "pyodk docs: config.toml; PYODK_PASSWORD environment variable")

# ----------------------------------------------------------- Panels and sample
k = tok(32)
S("python", "cint-key", "sample/cint_feasibility.py", fill(r'''
"""Check feasibility and CPI for a target before pricing a job."""
import requests

CINT_API = "https://api.cint.com/v1"
CINT_KEY = "@@k@@"
ACCOUNT_ID = 41873


def feasibility(country: str, loi: int, ir: float, completes: int) -> dict:
    body = {
        "country_code": country,
        "length_of_interview": loi,
        "incidence_rate": ir,
        "completes": completes,
        "quotas": [{"question": "GENDER", "options": ["1", "2"]}],
    }
    r = requests.post(
        f"{CINT_API}/accounts/{ACCOUNT_ID}/feasibility",
        json=body,
        headers={"Authorization": CINT_KEY, "Cint-API-Version": "2024-02-01"},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()
''', k=k), k, "Cint Exchange demand API: API key in the Authorization header")

k = uhex(32)
S("yaml", "lucid-key", "config/suppliers.yml", fill(r"""
# Sample suppliers used by the router. Redirect hashing keys live in Vault.
lucid:
  base_url: https://api.samplicio.us/Demand/v1
  api_key: @@k@@
  buyer_id: 2261
  default_language: ENG-GB
  hashing:
    enabled: true
    algorithm: hmac-sha1
    vault_path: kv/router/lucid-hash-key
purespectrum:
  base_url: https://api.purespectrum.com/api/v2
  token_env: PURESPECTRUM_ACCESS_TOKEN
router:
  complete_url: https://r.bluebridge-research.co.uk/c?rid={rid}
  terminate_url: https://r.bluebridge-research.co.uk/t?rid={rid}
""", k=k), k, "Lucid (Fulcrum) Marketplace Demand API: API key in the Authorization header")

k = hexs(32)
S("javascript", "purespectrum-token", "router/lib/purespectrum.js", fill(r"""
const fetch = require('node-fetch');

const PS_BASE = 'https://api.purespectrum.com/api/v2';
const PS_ACCESS_TOKEN = '@@k@@';

async function launchSurvey(surveyId) {
  const res = await fetch(`${PS_BASE}/surveys/${surveyId}`, {
    method: 'PUT',
    headers: { 'access-token': PS_ACCESS_TOKEN, 'Content-Type': 'application/json' },
    body: JSON.stringify({ survey_status: 22 }),
  });
  if (!res.ok) throw new Error(`PureSpectrum ${res.status}`);
  return res.json();
}

async function surveyStats(surveyId) {
  const res = await fetch(`${PS_BASE}/surveys/${surveyId}/stats`, { headers: { 'access-token': PS_ACCESS_TOKEN } });
  return res.json();
}

module.exports = { launchSurvey, surveyStats };
""", k=k), k, "PureSpectrum Buyer API: access-token header")

t = tok(86, ALNUM + "-_")
S("python", "prolific-token", "experiments/launch_prolific_study.py", fill(r'''
import requests

PROLIFIC = "https://api.prolific.com/api/v1"
HEADERS = {"Authorization": "Token @@t@@"}

study = {
    "name": "Packaging conjoint - pilot",
    "internal_name": "BB-24-117 pilot",
    "description": "A 12 minute survey about snack packaging.",
    "external_study_url": "https://survey.bluebridge-research.co.uk/survey/selfserve/53b/240522?PROLIFIC_PID={{%PROLIFIC_PID%}}",
    "prolific_id_option": "url_parameters",
    "completion_codes": [{"code": "C1K9Q2", "code_type": "COMPLETED", "actions": [{"action": "AUTOMATICALLY_APPROVE"}]}],
    "total_available_places": 60,
    "estimated_completion_time": 12,
    "reward": 200,
    "device_compatibility": ["desktop"],
}
r = requests.post(f"{PROLIFIC}/studies/", json=study, headers=HEADERS, timeout=30)
r.raise_for_status()
print("draft study", r.json()["id"])
''', t=t), t, "Prolific API: Authorization: Token <API token>")

pw = human_pw()
S("dotenv", "dynata-password", "services/samplify/.env", fill(r"""
# Dynata Samplify (Demand API) - production account
SAMPLIFY_BASE_URL=https://api.researchnow.com/sample/v1
SAMPLIFY_CLIENT_ID=api
SAMPLIFY_USERNAME=ops.sample@bluebridge-research.co.uk
SAMPLIFY_PASSWORD="@@pw@@"
SAMPLIFY_GRANT_TYPE=password
DEFAULT_COUNTRY=GB
DEFAULT_LANGUAGE=en
""", pw=pw), pw, "Dynata Samplify API: /auth/token with client_id, username, password")

key = tok(32, ALNUM + "-_")
S("php", "redirect-hash-key", "router/public/exit.php", fill(r"""
<?php
// Final redirect back to the sample supplier. Suppliers verify the `hash` parameter,
// an HMAC-SHA1 of the URL, so respondents cannot forge a "complete".
$status = isset($_GET['st']) ? (int) $_GET['st'] : 2;
$rid    = preg_replace('/[^A-Za-z0-9_-]/', '', $_GET['rid'] ?? '');

$targets = [
    1 => 'https://notch.samplicio.us/router/ClientCallBack.aspx?RIS=10&RID=',
    2 => 'https://notch.samplicio.us/router/ClientCallBack.aspx?RIS=20&RID=',
    3 => 'https://notch.samplicio.us/router/ClientCallBack.aspx?RIS=40&RID=',
];
$secret = '@@key@@';

$url  = $targets[$status] . urlencode($rid);
$hash = rtrim(strtr(base64_encode(hash_hmac('sha1', $url . '&', $secret, true)), '+/', '-_'), '=');

header('Location: ' . $url . '&hash=' . $hash, true, 302);
exit;
""", key=key), key, "Lucid Marketplace: hashing redirect URLs with a secret key (HMAC-SHA1)")

k = uuid4()
S("go", "toluna-key", "internal/toluna/client.go", fill(r"""
package toluna

import (
	"context"
	"fmt"
	"net/http"
	"time"
)

const (
	baseURL    = "https://training.ups.toluna.com/IntegratedPanelService/api"
	apiAuthKey = "@@k@@"
	partnerGUID = "bluebridge-research"
)

type Client struct {
	http *http.Client
}

func New() *Client {
	return &Client{http: &http.Client{Timeout: 20 * time.Second}}
}

func (c *Client) Quotas(ctx context.Context, surveyID int) (*http.Response, error) {
	url := fmt.Sprintf("%s/Surveys/%d/Quotas?partnerGuid=%s", baseURL, surveyID, partnerGUID)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("API_AUTH_KEY", apiAuthKey)
	return c.http.Do(req)
}
""", k=k), k, "Toluna Integrated Panel Service API: API_AUTH_KEY header")

k = tok(40)
S("sql", "panel-api-key", "db/seed/0007_panel_vendors.sql", fill(r"""
-- Panel vendors known to the router. Loaded by `make seed` on a fresh database.
BEGIN;

INSERT INTO panel_vendor (code, name, api_base, auth_scheme, api_key, active)
VALUES
  ('LUC', 'Lucid Marketplace', 'https://api.samplicio.us/Demand/v1', 'header', NULL, true),
  ('PSP', 'PureSpectrum', 'https://api.purespectrum.com/api/v2', 'access-token', NULL, true),
  ('OPN', 'OpinionPoint Panel', 'https://api.opinionpoint.example/v3', 'bearer', '@@k@@', true),
  ('INH', 'In-house community', NULL, 'none', NULL, true);

INSERT INTO vendor_redirect (vendor_code, status, url_template)
VALUES
  ('OPN', 'complete',  'https://r.opinionpoint.example/c/{rid}'),
  ('OPN', 'terminate', 'https://r.opinionpoint.example/t/{rid}'),
  ('OPN', 'overquota', 'https://r.opinionpoint.example/q/{rid}');

COMMIT;
""", k=k), k, "PostgreSQL INSERT syntax; panel vendor bearer API key")

pw = human_pw()
S("csv", "vendor-password", "ops/vendor_portal_logins.csv", fill(r"""
vendor,portal_url,username,password,owner,notes
Lucid Marketplace,https://marketplace.samplicio.us,ops.sample@bluebridge-research.co.uk,SSO,Amira,uses Google SSO
PureSpectrum,https://buyer.purespectrum.com,sample.desk@bluebridge-research.co.uk,SSO,Amira,
Toluna,https://ups.toluna.com,bbr_sampledesk,@@pw@@,Jon,shared desk login - rotate quarterly
Prolific,https://app.prolific.com,research.ops@bluebridge-research.co.uk,SSO,Priya,
Tango Card,https://www.rewardsgenius.com,incentives@bluebridge-research.co.uk,SSO,Priya,2FA on Jon's phone
""", pw=pw), pw, "a team's shared logins sheet exported as CSV (RFC 4180)")

ak, sk = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
S("python", "aws-secret", "mturk/post_hits.py", fill(r'''
import boto3

mturk = boto3.client(
    "mturk",
    region_name="us-east-1",
    aws_access_key_id="@@ak@@",
    aws_secret_access_key="@@sk@@",
    endpoint_url="https://mturk-requester.us-east-1.amazonaws.com",
)

question = open("hit/external_question.xml").read()
hit = mturk.create_hit(
    Title="Answer a 10 minute survey about grocery shopping",
    Description="Short academic-style survey, US residents only.",
    Keywords="survey, shopping, opinion",
    Reward="1.50",
    MaxAssignments=200,
    LifetimeInSeconds=3 * 24 * 3600,
    AssignmentDurationInSeconds=1800,
    Question=question,
)
print("HIT", hit["HIT"]["HITId"])
''', ak=ak, sk=sk), sk, "Amazon Mechanical Turk Requester API via boto3; AWS access keys")

D("csv", "hashed-ids", "data/delivery/wave12_respondents_hashed.csv", fill(r"""
rid,email_sha256,panel,country,complete_ts,loi_sec
@@u1@@,@@h1@@,LUC,GB,2024-04-11T09:14:52Z,642
@@u2@@,@@h2@@,PSP,GB,2024-04-11T09:15:10Z,871
@@u3@@,@@h3@@,LUC,IE,2024-04-11T09:17:33Z,590
@@u4@@,@@h4@@,INH,GB,2024-04-11T09:21:02Z,1204
@@u5@@,@@h5@@,PSP,GB,2024-04-11T09:22:47Z,733
""", u1=uuid4(), u2=uuid4(), u3=uuid4(), u4=uuid4(), u5=uuid4(), h1=hexs(64), h2=hexs(64), h3=hexs(64),
    h4=hexs(64), h5=hexs(64)), "client delivery file: respondent UUIDs and SHA-256 hashed emails")

D("markdown", "redirect-doc", "docs/panel-integration.md", r"""
# Panel integration checklist

Send each supplier these redirects (replace nothing: the supplier fills its own macro):

| Status     | URL                                                                  |
|------------|----------------------------------------------------------------------|
| Complete   | `https://r.bluebridge-research.co.uk/c?rid=[%RID%]`                  |
| Terminate  | `https://r.bluebridge-research.co.uk/t?rid=[%RID%]`                  |
| Over quota | `https://r.bluebridge-research.co.uk/q?rid=[%RID%]`                  |
| Security   | `https://r.bluebridge-research.co.uk/s?rid=[%RID%]`                  |

Entry link for suppliers: `https://survey.bluebridge-research.co.uk/survey/selfserve/53b/{project}?rid={{RID}}&src=LUC`

## Hashing

Lucid and PureSpectrum verify a `hash` parameter on our callbacks. The hashing key is per
supplier, stored at `kv/router/<supplier>-hash-key` in Vault; never paste it into tickets.
A callback looks like `...&RID=abc123&hash=<base64url HMAC-SHA1>`.
""", "Lucid/Cint supplier redirect macros and hashing documentation")

D("log", "redirect-log", "logs/router-2024-04-11.log", fill(r"""
2024-04-11T09:14:52.118Z INFO  exit rid=@@u1@@ st=1 vendor=LUC hash=@@h1@@ req=@@r1@@
2024-04-11T09:15:10.402Z INFO  exit rid=@@u2@@ st=1 vendor=PSP sig=@@h2@@ req=@@r2@@
2024-04-11T09:16:41.977Z WARN  exit rid=@@u3@@ st=2 vendor=LUC reason=speeder loi=91 req=@@r3@@
2024-04-11T09:17:33.530Z INFO  exit rid=@@u4@@ st=1 vendor=LUC hash=@@h3@@ req=@@r4@@
2024-04-11T09:18:05.006Z INFO  entry rid=@@u5@@ vendor=PSP nonce=@@n1@@ ua=Mozilla/5.0
2024-04-11T09:18:05.441Z INFO  quota cell=GB_F_35_44 filled=212/250
""", u1=uuid4(), u2=uuid4(), u3=uuid4(), u4=uuid4(), u5=uuid4(), h1=b64url(_rand_bytes(20)),
    h2=hexs(40), h3=b64url(_rand_bytes(20)), r1=hexs(16), r2=hexs(16), r3=hexs(16), r4=hexs(16),
    n1=hexs(24)), "redirect router access log: HMAC outputs, request ids and nonces (not keys)")

D("python", "test-fixture", "router/tests/test_signing.py", r'''
"""Redirect signing: the key here is a fixture for the tests only, never a supplier's key."""
import base64
import hashlib
import hmac

from router.signing import sign_url

FIXTURE_KEY = "unit-test-hash-key-not-a-real-supplier-key"


def expected(url: str) -> str:
    mac = hmac.new(FIXTURE_KEY.encode(), (url + "&").encode(), hashlib.sha1).digest()
    return base64.urlsafe_b64encode(mac).decode().rstrip("=")


def test_sign_url_appends_hash():
    url = "https://notch.samplicio.us/router/ClientCallBack.aspx?RIS=10&RID=abc123"
    signed = sign_url(url, FIXTURE_KEY)
    assert signed == url + "&hash=" + expected(url)


def test_sign_url_is_stable():
    url = "https://notch.samplicio.us/router/ClientCallBack.aspx?RIS=20&RID=zz9"
    assert sign_url(url, FIXTURE_KEY) == sign_url(url, FIXTURE_KEY)
''', "pytest test with a clearly marked fixture key")

# --------------------------------------------------------------- Incentives
k = "PROD_" + tok(60, UPPER_DIGITS)
S("python", "tremendous-key", "incentives/tremendous_payout.py", fill(r'''
"""Send respondent incentives through Tremendous once a complete passes QC."""
import uuid

import requests

TREMENDOUS_API = "https://www.tremendous.com/api/v2"
TREMENDOUS_KEY = "@@k@@"
FUNDING_SOURCE = "BALANCE"
CAMPAIGN_ID = "KX2V7R9Q0T1M"


def pay(respondent_email: str, name: str, amount: float) -> str:
    order = {
        "external_id": str(uuid.uuid4()),
        "payment": {"funding_source_id": FUNDING_SOURCE},
        "reward": {
            "campaign_id": CAMPAIGN_ID,
            "value": {"denomination": amount, "currency_code": "USD"},
            "recipient": {"name": name, "email": respondent_email},
            "delivery": {"method": "EMAIL"},
        },
    }
    r = requests.post(f"{TREMENDOUS_API}/orders", json=order,
                      headers={"Authorization": f"Bearer {TREMENDOUS_KEY}"}, timeout=30)
    r.raise_for_status()
    return r.json()["order"]["id"]
''', k=k), k, "Tremendous API v2: POST /orders with a bearer API key")

pk = gen_pw(40, "_-")
S("dotenv", "tango-key", "incentives/.env.production", fill(r"""
# Tango Card RaaS v2 (production). Platform name + key = HTTP Basic auth.
TANGO_BASE_URL=https://api.tangocard.com/raas/v2
TANGO_PLATFORM_NAME=BluebridgeResearch
TANGO_PLATFORM_KEY=@@pk@@
TANGO_CUSTOMER_ID=bbr-incentives
TANGO_ACCOUNT_ID=bbr-uk-2024
TANGO_DEFAULT_UTID=U579023
INCENTIVE_DAILY_CAP_GBP=2500
""", pk=pk), pk, "Tango Card RaaS API v2: platform name and key (Basic auth)")

basic = b64("KestrelFieldwork:" + gen_pw(40, "_-"))
S("shell", "tango-basic", "scripts/tango_balance.sh", fill(r"""
#!/bin/sh
# Print the Tango Card account balance for the finance check on Mondays.
ACCOUNT=kestrel-field-usd
curl -s \
  -H "Authorization: Basic @@basic@@" \
  -H "Accept: application/json" \
  "https://api.tangocard.com/raas/v2/accounts/$ACCOUNT" \
  | jq '{account: .accountIdentifier, balance: .currentBalance, currency: .currencyCode}'
""", basic=basic), basic, "Tango Card RaaS v2 accounts endpoint; RFC 7617 Basic authentication")

t = jwt({"sub": "kestrelfield", "iat": 1709251200, "scope": "orders:write funds:read", "env": "production"})
S("javascript", "giftbit-token", "incentives/giftbit.js", fill(r"""
// Giftbit embedded-link rewards for the diary study (one link per participant).
const axios = require('axios');

const giftbit = axios.create({
  baseURL: 'https://api.giftbit.com/papi/v1',
  headers: {
    Authorization: 'Bearer @@t@@',
  },
  timeout: 15000,
});

async function rewardLink(participantId, cents) {
  const { data } = await giftbit.post('/embedded', {
    id: `diary-${participantId}`,
    price_in_cents: cents,
    brand_codes: ['amazonus', 'targetus', 'visaus'],
    expiry: '2024-12-31',
  });
  return data.gift_link;
}

module.exports = { rewardLink };
""", t=t), t, "Giftbit API: Bearer JWT API token")

cs = "E" + tok(79, ALNUM + "-_")
S("properties", "paypal-secret", "payouts/src/main/resources/payouts.properties", fill(r"""
# PayPal Payouts for panel member cash-outs
paypal.mode=live
paypal.base-url=https://api-m.paypal.com
paypal.client.id=A@@cid@@
paypal.client.secret=@@cs@@
payouts.batch.sender-batch-prefix=PANEL-CASHOUT-
payouts.batch.email-subject=Your survey rewards
payouts.batch.max-items=500
payouts.min-amount=5.00
payouts.currency=USD
""", cid=tok(79, ALNUM + "-_"), cs=cs), cs, "PayPal REST API: OAuth client id and secret; Java .properties")

ak, sk = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
S("python", "agcod-aws-secret", "incentives/agcod.py", fill(r'''
"""Amazon Incentives API (AGCOD) CreateGiftCard, signed with SigV4."""
import json
import uuid

import requests
from requests_aws4auth import AWS4Auth

ENDPOINT = "https://agcod-v2-eu.amazon.com"
PARTNER_ID = "Blueb"
auth = AWS4Auth("@@ak@@", "@@sk@@", "eu-west-1", "AGCODService")


def create_gift_card(amount: float, currency: str = "GBP") -> dict:
    body = {
        "creationRequestId": f"{PARTNER_ID}{uuid.uuid4().hex[:15]}",
        "partnerId": PARTNER_ID,
        "value": {"currencyCode": currency, "amount": amount},
    }
    headers = {"accept": "application/json", "content-type": "application/json",
               "x-amz-target": "com.amazonaws.agcod.AGCODService.CreateGiftCard"}
    r = requests.post(f"{ENDPOINT}/CreateGiftCard", data=json.dumps(body), headers=headers, auth=auth)
    r.raise_for_status()
    return r.json()
''', ak=ak, sk=sk), sk, "Amazon Incentives API: CreateGiftCard with AWS Signature Version 4")

k = stripe("sk_live_51")
S("ruby", "stripe-key", "app/services/incentive_payout.rb", fill(r"""
# Pays community members who redeem points to their Stripe Connect accounts.
require "stripe"

Stripe.api_key = "@@k@@"

class IncentivePayout
  def initialize(member)
    @member = member
  end

  def call(points)
    amount_pence = points * 10
    Stripe::Transfer.create(
      amount: amount_pence,
      currency: "gbp",
      destination: @member.stripe_account_id,
      description: "Insight community reward (#{points} pts)",
      metadata: { member_id: @member.id }
    )
  end
end
""", k=k), k, "Stripe API keys: secret key sk_live_; stripe-ruby")

pw = human_pw()
basic = b64("kestrel_api:" + pw)
S("csharp", "incentive-basic", "src/Incentives/VirtualIncentivesClient.cs", fill(r"""
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace Kestrel.Incentives
{
    public class VirtualIncentivesClient
    {
        private const string BaseUrl = "https://rest.virtualincentives.com/v4/json/";
        private readonly HttpClient _http = new HttpClient();

        public VirtualIncentivesClient()
        {
            _http.BaseAddress = new System.Uri(BaseUrl);
            _http.DefaultRequestHeaders.Authorization =
                new AuthenticationHeaderValue("Basic", "@@basic@@");
        }

        public async Task<string> PlaceOrderAsync(string json)
        {
            var res = await _http.PostAsync("orders", new StringContent(json, Encoding.UTF8, "application/json"));
            res.EnsureSuccessStatusCode();
            return await res.Content.ReadAsStringAsync();
        }
    }
}
""", basic=basic), basic, "Virtual Incentives REST API with HTTP Basic auth (RFC 7617); .NET HttpClient")

D("javascript", "publishable-key", "web/community/src/checkout.js", fill(r"""
// Points shop checkout in the insight community. The publishable key is meant for the
// browser (Stripe docs); the secret key only exists on the payout service.
import { loadStripe } from '@stripe/stripe-js';

const stripePromise = loadStripe('@@pk@@');

export async function redirectToCheckout(sessionId) {
  const stripe = await stripePromise;
  const { error } = await stripe.redirectToCheckout({ sessionId });
  if (error) {
    console.error('[checkout]', error.message);
  }
}
""", pk=stripe("pk_live_51")), "Stripe docs: publishable keys (pk_live_) are safe in client code")

D("json", "catalog-fixture", "incentives/tests/fixtures/tango_catalog.json", r"""
{
  "catalogName": "BluebridgeResearch",
  "brands": [
    {
      "brandKey": "B916708",
      "brandName": "Amazon.co.uk",
      "status": "active",
      "items": [
        {"utid": "U579023", "rewardName": "Amazon.co.uk Gift Card", "currencyCode": "GBP", "valueType": "VARIABLE_VALUE", "minValue": 1, "maxValue": 500}
      ]
    },
    {
      "brandKey": "B481201",
      "brandName": "Charity Donation - Red Cross",
      "status": "active",
      "items": [
        {"utid": "U210445", "rewardName": "Red Cross Donation", "currencyCode": "GBP", "valueType": "FIXED_VALUE", "faceValue": 5}
      ]
    }
  ]
}
""", "Tango Card RaaS v2: GET /catalogs response (utid and brand keys are ids)")

D("markdown", "masked", "docs/runbooks/incentive-payouts.md", r"""
# Incentive payouts runbook

Payouts run from `incentives/` every weekday at 16:00 UK time.

## Keys in use

| Service    | Key (masked)                 | Where it lives                          |
|------------|------------------------------|-----------------------------------------|
| Tremendous | `PROD_****************7QX2`  | AWS Secrets Manager `incentives/tremendous` |
| Tango Card | platform key `************`  | AWS Secrets Manager `incentives/tango`  |
| Stripe     | `sk_live_51****...****Wm`    | AWS Secrets Manager `incentives/stripe` |

## If a payout fails

1. Check the order in the vendor dashboard using the `external_id` from the log.
2. Never re-run a batch without checking for duplicates (`SELECT * FROM payouts WHERE batch_id = ...`).
3. Rotating a key: create the new key in the vendor portal, update the secret, restart the service.
""", "runbook with masked keys and Secrets Manager references")

D("dotenv", "example", "incentives/.env.example", r"""
# Copy to .env and fill in from 1Password ("Incentives - sandbox" vault item).
TREMENDOUS_API=https://testflight.tremendous.com/api/v2
TREMENDOUS_KEY=<sandbox key from 1Password>
TANGO_BASE_URL=https://integration-api.tangocard.com/raas/v2
TANGO_PLATFORM_NAME=changeme
TANGO_PLATFORM_KEY=changeme
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
INCENTIVE_DAILY_CAP_GBP=50
""", "dotenv template with placeholders")

# ------------------------------------------------------- Invitations: mail and SMS
k = sendgrid_key()
S("python", "sendgrid-key", "invites/send_wave_invites.py", fill(r'''
"""Send wave invitations with personalised survey links (SendGrid dynamic templates)."""
import csv

from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("@@k@@")
TEMPLATE = "d-4b1c0e97a3f24d1c8e5a2f6b7c9d0e11"

with open("sample/wave7_invites.csv") as fh:
    for row in csv.DictReader(fh):
        msg = Mail(from_email="surveys@northfield-insights.com", to_emails=row["email"])
        msg.template_id = TEMPLATE
        msg.dynamic_template_data = {
            "first_name": row["first_name"],
            "link": f"https://nfi.qualtrics.com/jfe/form/SV_8pLQ2cRz1WkG4tw?rid={row['rid']}",
        }
        sg.send(msg)
''', k=k), k, "SendGrid API keys (SG.), sendgrid-python dynamic templates")

k = "key-" + hexs(32)
S("php", "mailgun-key", "portal/config/services.php", fill(r"""
<?php

return [

    'mailgun' => [
        'domain' => 'mg.northfield-insights.com',
        'secret' => '@@k@@',
        'endpoint' => 'api.eu.mailgun.net',
        'scheme' => 'https',
    ],

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'ses' => [
        'key' => env('AWS_ACCESS_KEY_ID'),
        'secret' => env('AWS_SECRET_ACCESS_KEY'),
        'region' => env('AWS_DEFAULT_REGION', 'eu-west-1'),
    ],

];
""", k=k), k, "Laravel config/services.php mailgun secret; Mailgun API key format")

k = hexs(32) + "-us14"
S("dotenv", "mailchimp-key", "community/.env", fill(r"""
APP_ENV=production
APP_URL=https://community.northfield-insights.com
MAILCHIMP_API_KEY=@@k@@
MAILCHIMP_SERVER_PREFIX=us14
MAILCHIMP_PANEL_LIST_ID=8f1c2a7d3e
NEWSLETTER_DOUBLE_OPTIN=true
""", k=k), k, "Mailchimp Marketing API: API key with data-center suffix")

t = hexs(32)
S("javascript", "twilio-token", "sms-survey/send.js", fill(r"""
// SMS pulse survey: texts a short link to each respondent in the batch file.
const fs = require('fs');
const twilio = require('twilio');

const accountSid = 'AC@@sid@@';
const authToken = '@@t@@';
const client = twilio(accountSid, authToken);

const batch = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));

(async () => {
  for (const r of batch) {
    await client.messages.create({
      messagingServiceSid: 'MG@@mg@@',
      to: r.phone,
      body: `Hi ${r.first_name}, 2 quick questions about your visit: https://nfi.link/s/${r.token}`,
    });
  }
  console.log(`sent ${batch.length}`);
})();
""", sid=hexs(32), t=t, mg=hexs(32)), t, "Twilio docs: Account SID and Auth Token, twilio-node")

pw = human_pw()
S("ini", "smtp-password", "config/mailer.ini", fill(r"""
; Invitation and reminder mailer (Office 365 relay)
[smtp]
host = smtp.office365.com
port = 587
starttls = yes
username = invites@northfield-insights.com
password = @@pw@@

[throttle]
per_minute = 120
retry_after = 300

[templates]
invite = templates/invite.html
reminder = templates/reminder_1.html
""", pw=pw), pw, "INI file with SMTP submission credentials (RFC 6409 relay)")

D("python", "twilio-sid", "sms-survey/inbound.py", fill(r'''
"""Inbound SMS webhook for the pulse survey. The auth token comes from the environment."""
import os

from flask import Flask, abort, request
from twilio.request_validator import RequestValidator

ACCOUNT_SID = "AC@@sid@@"          # an account id, not a credential
MESSAGING_SERVICE = "MG@@mg@@"
validator = RequestValidator(os.environ["TWILIO_AUTH_TOKEN"])
app = Flask(__name__)


@app.post("/sms/inbound")
def inbound():
    signature = request.headers.get("X-Twilio-Signature", "")
    if not validator.validate(request.url, request.form, signature):
        abort(403)
    body = request.form.get("Body", "").strip()
    return ("<Response><Message>Thanks! Reply STOP to opt out.</Message></Response>"
            if body else "<Response/>", 200, {"Content-Type": "text/xml"})
''', sid=hexs(32), mg=hexs(32)), "Twilio docs: validating requests; Account SID is an identifier")

# ------------------------------------------------------------ CATI call centre
pw = gen_pw(20)
S("asterisk", "sip-trunk-password", "telephony/asterisk/pjsip.conf", fill(r"""
; CATI dialer - outbound trunk to the carrier (PJSIP)
[transport-udp]
type=transport
protocol=udp
bind=0.0.0.0:5060
external_media_address=203.0.113.40
external_signaling_address=203.0.113.40

[carrier]
type=registration
transport=transport-udp
outbound_auth=carrier-auth
server_uri=sip:sip.voicecarrier.example
client_uri=sip:441134960712@sip.voicecarrier.example
retry_interval=60

[carrier-auth]
type=auth
auth_type=userpass
username=441134960712
password=@@pw@@

[carrier-endpoint]
type=endpoint
transport=transport-udp
context=from-carrier
disallow=all
allow=alaw,ulaw
outbound_auth=carrier-auth
aors=carrier-aor

[carrier-aor]
type=aor
contact=sip:sip.voicecarrier.example
""", pw=pw), pw, "Asterisk PJSIP configuration: type=auth userpass, registration")

pw = human_pw()
S("asterisk", "ami-secret", "telephony/asterisk/manager.conf", fill(r"""
; Asterisk Manager Interface - used by the predictive dialer and the wallboard
[general]
enabled = yes
port = 5038
bindaddr = 0.0.0.0
displayconnects = no

[cati_dialer]
secret = @@pw@@
deny = 0.0.0.0/0.0.0.0
permit = 10.40.0.0/255.255.0.0
read = system,call,agent,user,reporting
write = system,call,originate,agent
writetimeout = 500

; the wallboard user is written by Ansible into manager.d/ (not in git)
#include manager.d/*.conf
""", pw=pw), pw, "Asterisk manager.conf: AMI user secret")

pw = gen_pw(16)
S("asterisk", "sip-register", "telephony/asterisk/sip.conf", fill(r"""
; legacy chan_sip config on the backup dialer (cati-dial02)
[general]
context=default
bindport=5060
bindaddr=0.0.0.0
srvlookup=yes
language=en
register => 3348201:@@pw@@@sip.trunkco.example/3348201

[trunkco]
type=peer
host=sip.trunkco.example
defaultuser=3348201
fromuser=3348201
fromdomain=sip.trunkco.example
insecure=invite,port
qualify=yes
context=from-trunk
disallow=all
allow=ulaw
""", pw=pw), pw, "Asterisk chan_sip sip.conf: register => user:secret@host")

pw = gen_pw(18)
S("xml", "freeswitch-gateway", "freeswitch/conf/sip_profiles/external/voicecarrier.xml", fill(r"""
<include>
  <!-- Outbound trunk for the CATI floor (Leeds). Caller ID is set per project in the dialplan. -->
  <gateway name="voicecarrier">
    <param name="username" value="nfi-leeds-01"/>
    <param name="password" value="@@pw@@"/>
    <param name="realm" value="sip.voicecarrier.example"/>
    <param name="proxy" value="sip.voicecarrier.example"/>
    <param name="register" value="true"/>
    <param name="register-transport" value="udp"/>
    <param name="expire-seconds" value="600"/>
    <param name="retry-seconds" value="30"/>
    <param name="caller-id-in-from" value="true"/>
    <param name="ping" value="25"/>
  </gateway>
</include>
""", pw=pw), pw, "FreeSWITCH sofia gateway parameters (username, password, realm)")

pw = human_pw()
S("appsettings", "mssql-password", "src/Cati.Bridge/appsettings.Production.json", fill(r"""
{
  "ConnectionStrings": {
    "VoxcoReports": "Server=cati-sql01.nfi.local;Database=VoxcoReports;User Id=cati_bridge;Password=@@pw@@;TrustServerCertificate=True;",
    "Hangfire": "Server=cati-sql01.nfi.local;Database=Hangfire;Integrated Security=True;"
  },
  "Dialer": {
    "AmiHost": "10.40.1.10",
    "AmiPort": 5038,
    "AmiUser": "cati_dialer"
  },
  "Serilog": {
    "MinimumLevel": "Information",
    "WriteTo": [ { "Name": "File", "Args": { "path": "D:/logs/cati-bridge-.log", "rollingInterval": "Day" } } ]
  },
  "AllowedHosts": "*"
}
""", pw=pw), pw, "SqlClient connection string keywords; ASP.NET Core appsettings")

pw = human_pw()
S("xml", "webconfig-password", "CatiPortal/Web.config", fill(r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="CatiPortal"
         connectionString="Data Source=cati-sql01.nfi.local;Initial Catalog=CatiPortal;User ID=portal_web;Password=@@pw@@;MultipleActiveResultSets=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="ShiftReportPath" value="\\nfi-fs01\cati\shift-reports" />
    <add key="InterviewerPinLength" value="6" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <authentication mode="Windows" />
  </system.web>
</configuration>
""", pw=pw), pw, "ASP.NET Web.config connectionStrings")

pw = human_pw()
S("powershell", "sql-password", "scripts/Export-CatiDispositions.ps1", fill(r"""
<#
  Exports yesterday's call dispositions from the Voxco reporting DB to the client SFTP drop.
  Scheduled task: "CATI - disposition export" on cati-app01, 06:30 daily.
#>
param([string]$Project = "NFI-24-031")

$server = "cati-sql01.nfi.local"
$user = "disp_export"
$secure = ConvertTo-SecureString '@@pw@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)

$query = @"
SELECT CallId, RespondentId, Disposition, AttemptNo, AgentId, CallStart, CallEnd
FROM dbo.CallHistory
WHERE Project = '$Project' AND CAST(CallStart AS date) = CAST(DATEADD(day, -1, GETDATE()) AS date)
"@

$rows = Invoke-Sqlcmd -ServerInstance $server -Database VoxcoReports -Credential $cred -Query $query
$out = "D:\exports\$Project-dispositions-$(Get-Date -Format yyyyMMdd).csv"
$rows | Export-Csv -Path $out -NoTypeInformation -Encoding UTF8
Write-Host "Exported $($rows.Count) rows to $out"
""", pw=pw), pw, "PowerShell ConvertTo-SecureString -AsPlainText; Invoke-Sqlcmd -Credential")

pw = human_pw()
S("vba", "adodb-password", "macros/DailyQuotaReport.bas", fill(r"""
Attribute VB_Name = "DailyQuotaReport"
Option Explicit

' Refreshes the "Quotas" sheet from the CATI reporting database.
Public Sub RefreshQuotas()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=MSOLEDBSQL;Data Source=cati-sql01.nfi.local;Initial Catalog=VoxcoReports;" & _
            "User ID=quota_xl;Password=@@pw@@;"
    Set rs = cn.Execute("SELECT Cell, Target, Achieved FROM dbo.vQuotaStatus WHERE Project = 'NFI-24-031'")
    With ThisWorkbook.Sheets("Quotas")
        .Range("A2:C200").ClearContents
        .Range("A2").CopyFromRecordset rs
    End With
    rs.Close
    cn.Close
End Sub
""", pw=pw), pw, "ADO connection string in an Excel VBA module")

pw = human_pw()
S("ini", "odbc-password", "telephony/reporting/odbc.ini", fill(r"""
[ODBC Data Sources]
VoxcoReports = ODBC Driver 18 for SQL Server
CallRecordings = PostgreSQL Unicode

[VoxcoReports]
Driver = ODBC Driver 18 for SQL Server
Server = cati-sql01.nfi.local,1433
Database = VoxcoReports
TrustServerCertificate = yes

[CallRecordings]
Driver = PostgreSQL Unicode
Servername = rec-db.nfi.local
Port = 5432
Database = recordings
Username = rec_reader
Password = @@pw@@
SSLmode = require
""", pw=pw), pw, "unixODBC odbc.ini; psqlODBC Username/Password keywords")

D("asterisk", "dialplan", "telephony/asterisk/extensions.conf", r"""
; CATI dialplan. Caller ID per project comes from the AstDB (database put cid <project> <number>).
[globals]
RECORDINGS=/var/spool/asterisk/monitor/cati

[cati-outbound]
exten => _X.,1,NoOp(CATI call ${EXTEN} project=${PROJECT} agent=${AGENT})
 same => n,Set(CALLERID(num)=${DB(cid/${PROJECT})})
 same => n,Set(FILE=${RECORDINGS}/${PROJECT}/${STRFTIME(${EPOCH},,%Y%m%d-%H%M%S)}-${UNIQUEID})
 same => n,MixMonitor(${FILE}.wav,b)
 same => n,Dial(PJSIP/${EXTEN}@carrier-endpoint,45,tT)
 same => n,Hangup()

[from-carrier]
exten => _X.,1,Answer()
 same => n,Playback(custom/nfi-callback-message)
 same => n,Queue(callbacks,t,,,300)
 same => n,Hangup()
""", "Asterisk dialplan (extensions.conf) with channel variables")

D("asterisk", "template", "telephony/asterisk/pjsip.conf.sample", r"""
; Template for a new dialer site. The deploy job replaces the CHANGE_ME values from
; Ansible Vault (carrier_username, carrier_password) when it writes pjsip.conf.
[transport-udp]
type=transport
protocol=udp
bind=0.0.0.0:5060

[carrier-auth]
type=auth
auth_type=userpass
username=CHANGE_ME
password=CHANGE_ME

[carrier]
type=registration
outbound_auth=carrier-auth
server_uri=sip:sip.voicecarrier.example
client_uri=sip:CHANGE_ME@sip.voicecarrier.example
""", "Asterisk PJSIP sample configuration with placeholders")

D("powershell", "secret-store", "scripts/Export-CatiRecordings.ps1", r"""
<#
  Copies yesterday's call recordings for quality review. Credentials come from the
  SecretManagement vault registered on cati-app01 (Register-SecretVault -Name CatiVault).
#>
Import-Module Microsoft.PowerShell.SecretManagement

$cred = Get-Secret -Vault CatiVault -Name 'rec-share-svc'
$drive = New-PSDrive -Name REC -PSProvider FileSystem -Root '\\rec-nas01\recordings' -Credential $cred
$since = (Get-Date).Date.AddDays(-1)

Get-ChildItem REC:\NFI-24-031 -Filter *.wav |
    Where-Object { $_.LastWriteTime -ge $since } |
    Copy-Item -Destination 'D:\qa\recordings\' -Force

Remove-PSDrive $drive
""", "PowerShell SecretManagement: Get-Secret from a registered vault")

# ------------------------------------------------------- Analysis pipelines
pw = human_pw()
S("spss", "odbc-password", "syntax/01_get_tracker_data.sps", fill(r"""
* Encoding: UTF-8.
* 01_get_tracker_data.sps - pulls the current wave from the tracker warehouse.

GET DATA
  /TYPE=ODBC
  /CONNECT='DSN=TrackerDW;UID=spss_reader;PWD=@@pw@@;DATABASE=tracker;'
  /SQL='SELECT respid, wave, region, age_band, gender, q1, q2_1, q2_2, q3, weight_rim '
    'FROM dbo.responses WHERE wave = 27'
  /ASSUMEDSTRWIDTH=255.
CACHE.
EXECUTE.
DATASET NAME wave27 WINDOW=FRONT.

VALUE LABELS gender 1 'Male' 2 'Female' 3 'Other' 9 'Prefer not to say'.
WEIGHT BY weight_rim.
FREQUENCIES VARIABLES=q1 region /ORDER=ANALYSIS.
""", pw=pw), pw, "IBM SPSS Statistics Command Syntax Reference: GET DATA /TYPE=ODBC /CONNECT")

pw = human_pw()
S("sas", "libname-password", "sas/load_tracker.sas", fill(r"""
/* load_tracker.sas - weekly load of coded open ends into the tracker DW */
options compress=yes;

libname dw odbc dsn="TrackerDW" user=sas_etl password="@@pw@@" schema=dbo;
libname raw "/data/tracker/raw";

proc sql;
  create table work.coded as
  select r.respid, r.wave, c.code, c.net
  from raw.verbatims r
  inner join raw.codeframe c on r.code_id = c.code_id
  where r.wave = &wave.;
quit;

proc append base=dw.coded_verbatims data=work.coded force;
run;
""", pw=pw), pw, "SAS/ACCESS Interface to ODBC: LIBNAME statement USER= PASSWORD=")

pw = human_pw()
S("r", "postgres-password", "R/connect.R", fill(r"""
# Shared connection helper for the segmentation project
library(DBI)
library(RPostgres)

dw_connect <- function() {
  dbConnect(
    Postgres(),
    host = "dw.northfield-insights.internal",
    port = 5432,
    dbname = "insights",
    user = "seg_analyst",
    password = "@@pw@@",
    sslmode = "require"
  )
}

con <- dw_connect()
resp <- dbGetQuery(con, "SELECT * FROM seg.responses_2024 WHERE complete")
dbDisconnect(con)
""", pw=pw), pw, "RPostgres dbConnect arguments (DBI)")

pw = human_pw()
S("rmarkdown", "snowflake-password", "reports/wave27_report.Rmd", fill(r"""
---
title: "Brand Tracker - Wave 27"
author: "DP team"
output:
  officedown::rdocx_document:
    reference_docx: templates/nfi_reference.docx
params:
  wave: 27
---

```{r setup, include=FALSE}
knitr::opts_chunk$set(echo = FALSE, message = FALSE, warning = FALSE)
library(DBI)
library(odbc)
library(dplyr)
library(flextable)
con <- dbConnect(odbc::odbc(),
                 Driver = "SnowflakeDSIIDriver",
                 Server = "xy12345.eu-west-1.snowflakecomputing.com",
                 UID = "RPT_KNIT",
                 PWD = "@@pw@@",
                 Database = "SURVEY_DW",
                 Warehouse = "REPORTING_WH")
```

```{r topline}
tbl(con, "BRAND_TOPLINE") %>%
  filter(WAVE == !!params$wave) %>%
  collect() %>%
  flextable()
```
""", pw=pw), pw, "R Markdown; odbc package with the Snowflake ODBC driver (UID/PWD)")

t = "dapi" + hexs(32)
S("quarto", "databricks-token", "reports/segment_profiles.qmd", fill(r"""
---
title: "Segment profiles"
format: html
jupyter: python3
---

```{python}
#| echo: false
from databricks import sql
import pandas as pd

conn = sql.connect(
    server_hostname="adb-4417925806134420.12.azuredatabricks.net",
    http_path="/sql/1.0/warehouses/9b1f0d2e7c3a5b84",
    access_token="@@t@@",
)
profiles = pd.read_sql("SELECT * FROM insights.segmentation.profiles_v3", conn)
```

## Segment sizes

```{python}
profiles.groupby("segment")["weight"].sum().round(1)
```
""", t=t), t, "Quarto Python chunks; databricks-sql-connector access_token (dapi)")

k = fakes.openai_key(_seed())
S("notebook", "openai-key", "notebooks/open_end_coding.ipynb", fill(r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "id": "a1f3c2d4",
   "metadata": {},
   "source": [
    "# Auto-coding Q7 open ends against the wave 12 codeframe\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "id": "b7e91c02",
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "from openai import OpenAI\n",
    "\n",
    "client = OpenAI(api_key=\"@@k@@\")\n",
    "codeframe = pd.read_csv(\"codeframes/q7_w12.csv\")\n",
    "verbatims = pd.read_parquet(\"data/q7_verbatims_w12.parquet\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "id": "c0d5e8aa",
   "metadata": {},
   "outputs": [],
   "source": [
    "def code(text):\n",
    "    prompt = \"Codes:\\n\" + codeframe.to_csv(index=False) + \"\\nAnswer: \" + text\n",
    "    r = client.chat.completions.create(model=\"gpt-4o\", messages=[{\"role\": \"user\", \"content\": prompt}])\n",
    "    return r.choices[0].message.content\n",
    "\n",
    "verbatims[\"codes\"] = verbatims[\"q7\"].map(code)"
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
""", k=k), k, "Jupyter nbformat 4 JSON; OpenAI Python client api_key")

pw = human_pw()
S("notebook", "snowflake-password", "notebooks/weighting_checks.ipynb", fill(r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "id": "5d2f7a10",
   "metadata": {},
   "outputs": [],
   "source": [
    "import snowflake.connector\n",
    "import pandas as pd\n",
    "\n",
    "ctx = snowflake.connector.connect(\n",
    "    account=\"xy12345.eu-west-1\",\n",
    "    user=\"HARRIET_DP\",\n",
    "    password=\"@@pw@@\",\n",
    "    warehouse=\"ANALYST_WH\",\n",
    "    database=\"SURVEY_DW\",\n",
    "    schema=\"CURATED\",\n",
    ")\n",
    "df = pd.read_sql(\"SELECT region, age_band, gender, weight FROM TRACKER_W27\", ctx)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "id": "9ab03e77",
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "efficiency: 0.83, max weight: 3.41, min weight: 0.29\n"
     ]
    }
   ],
   "source": [
    "eff = df.weight.sum() ** 2 / (df.weight ** 2).sum() / len(df)\n",
    "print(f\"efficiency: {eff:.2f}, max weight: {df.weight.max():.2f}, min weight: {df.weight.min():.2f}\")"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", pw=pw), pw, "Jupyter nbformat 4; snowflake-connector-python connect(password=)")

k = "sk-ant-api03-" + tok(93, ALNUM + "-_") + "AA"
S("python", "anthropic-key", "coding/llm_coder.py", fill(r'''
"""Assign codeframe codes to open-ended answers with Claude; a coder reviews every batch."""
import json

import anthropic

client = anthropic.Anthropic(api_key="@@k@@")
MODEL = "claude-3-5-sonnet-20241022"


def code_batch(codeframe: list[dict], answers: list[str]) -> list[list[int]]:
    frame = "\n".join(f"{c['code']}: {c['label']}" for c in codeframe)
    msg = client.messages.create(
        model=MODEL,
        max_tokens=2000,
        system="You code survey open ends. Reply with a JSON list of code lists, one per answer.",
        messages=[{"role": "user", "content": f"Codeframe:\n{frame}\n\nAnswers:\n{json.dumps(answers)}"}],
    )
    return json.loads(msg.content[0].text)
''', k=k), k, "Anthropic API key format (sk-ant-api03-); anthropic Python SDK")

sec = rand_b64(30)
S("r", "shinyapps-secret", "dashboards/tracker-shiny/deploy.R", fill(r"""
# Deploy the client tracker dashboard to shinyapps.io
library(rsconnect)

rsconnect::setAccountInfo(
  name   = "northfield-insights",
  token  = "@@tkn@@",
  secret = "@@sec@@"
)

deployApp(
  appDir = "dashboards/tracker-shiny",
  appName = "acme-brand-tracker",
  account = "northfield-insights",
  forceUpdate = TRUE,
  appFiles = c("app.R", "R/", "data/tracker_w27.rds", "www/")
)
""", tkn=uhex(32), sec=sec), sec, "rsconnect::setAccountInfo(name, token, secret) for shinyapps.io")

t = "hf_" + tok(34, string.ascii_letters)
S("python", "huggingface-token", "sentiment/train.py", fill(r'''
"""Fine-tune the review-sentiment model on coded verbatims and push it to the private hub org."""
from datasets import load_dataset
from huggingface_hub import login
from transformers import AutoModelForSequenceClassification, AutoTokenizer, Trainer, TrainingArguments

login(token="@@t@@")

BASE = "distilbert-base-multilingual-cased"
ds = load_dataset("csv", data_files={"train": "data/coded_train.csv", "test": "data/coded_test.csv"})
tok = AutoTokenizer.from_pretrained(BASE)
ds = ds.map(lambda b: tok(b["text"], truncation=True, padding="max_length", max_length=128), batched=True)
model = AutoModelForSequenceClassification.from_pretrained(BASE, num_labels=5)

args = TrainingArguments(output_dir="out", num_train_epochs=3, per_device_train_batch_size=32,
                         push_to_hub=True, hub_model_id="nfi-insights/verbatim-sentiment-v4",
                         hub_private_repo=True)
Trainer(model=model, args=args, train_dataset=ds["train"], eval_dataset=ds["test"]).train()
''', t=t), t, "Hugging Face user access tokens (hf_); huggingface_hub.login")

t = fakes.github_token(_seed())
S("rprofile", "github-pat", ".Rprofile", fill(r"""
# Project .Rprofile -- activates renv and lets remotes install our private packages
source("renv/activate.R")

options(
  repos = c(CRAN = "https://packagemanager.posit.co/cran/latest"),
  scipen = 999,
  width = 120
)

# nfiweights and nfitables live in private GitHub repos
Sys.setenv(GITHUB_PAT = "@@t@@")

if (interactive()) {
  message("Tracker project loaded. Wave: ", Sys.getenv("TRACKER_WAVE", "27"))
}
""", t=t), t, "R .Rprofile startup; remotes uses GITHUB_PAT; GitHub classic token (ghp_)")

k = google_api_key()
S("r", "google-api-key", "R/quota_sheet.R", fill(r"""
# Reads the live quota targets from the shared Google Sheet (published to "anyone with link")
library(googlesheets4)

gs4_auth_configure(api_key = "@@k@@")
gs4_deauth()

QUOTA_SHEET <- "1Qd8rF4nV2kLmT7yXwZ0pBsA9cEhJuGiO3vNqR6tYe5U"

quotas <- read_sheet(QUOTA_SHEET, sheet = "targets", range = "A1:F80")
quotas$remaining <- quotas$target - quotas$achieved
print(quotas[quotas$remaining > 0, c("cell", "target", "achieved", "remaining")])
""", k=k), k, "googlesheets4::gs4_auth_configure(api_key=); Google API key format (AIza)")

pw = human_pw()
S("sql", "snowflake-user-password", "warehouse/setup/02_create_users.sql", fill(r"""
-- Service users for the survey warehouse. Run once as SECURITYADMIN.
USE ROLE SECURITYADMIN;

CREATE ROLE IF NOT EXISTS LOADER;
CREATE ROLE IF NOT EXISTS REPORTER;

CREATE USER IF NOT EXISTS QX_LOADER
  PASSWORD = '@@pw@@'
  DEFAULT_ROLE = LOADER
  DEFAULT_WAREHOUSE = LOAD_WH
  MUST_CHANGE_PASSWORD = FALSE
  COMMENT = 'Qualtrics and Decipher nightly loads';

CREATE USER IF NOT EXISTS TABLEAU_SVC
  RSA_PUBLIC_KEY_FP = 'SHA256:kX2p9mR4Tq8vB1nY7cZ0wL3sH6jF5dG2aE9uI4oP1rQ='
  DEFAULT_ROLE = REPORTER
  DEFAULT_WAREHOUSE = REPORTING_WH;

GRANT ROLE LOADER TO USER QX_LOADER;
GRANT ROLE REPORTER TO USER TABLEAU_SVC;
""", pw=pw), pw, "Snowflake CREATE USER ... PASSWORD =")

t = fakes.pypi_token(_seed())
S("pypirc", "pypi-token", ".pypirc", fill(r"""
[distutils]
index-servers =
    pypi
    nfi-internal

[pypi]
username = __token__
password = @@t@@

[nfi-internal]
repository = https://nexus.northfield-insights.internal/repository/pypi-internal/
username = dp-publisher
""", t=t), t, "Python packaging: .pypirc with a PyPI API token")

pw = gen_pw(22)
S("pipconf", "artifactory-password", "ci/pip.conf", fill(r"""
[global]
index-url = https://dp-ci:@@pw@@@artifactory.bluebridge-research.co.uk/artifactory/api/pypi/pypi-virtual/simple
trusted-host = artifactory.bluebridge-research.co.uk
timeout = 60
disable-pip-version-check = true

[install]
no-warn-script-location = true
""", pw=pw), pw, "pip configuration file: index-url with basic-auth credentials (Artifactory)")

t = fakes.fake("npm_", 36, _seed())
S("npmrc", "npm-token", "dashboards/client-portal/.npmrc", fill(r"""
@nfi:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@t@@
save-exact=true
engine-strict=true
fund=false
""", t=t), t, "npm docs: .npmrc _authToken; npm granular access token (npm_)")

D("r", "renv-lock", "renv.lock", fill(r"""
{
  "R": {
    "Version": "4.3.2",
    "Repositories": [{"Name": "CRAN", "URL": "https://packagemanager.posit.co/cran/latest"}]
  },
  "Packages": {
    "qualtRics": {"Package": "qualtRics", "Version": "3.2.0", "Source": "Repository", "Repository": "CRAN", "Hash": "@@h1@@"},
    "survey": {"Package": "survey", "Version": "4.2-1", "Source": "Repository", "Repository": "CRAN", "Hash": "@@h2@@"},
    "anesrake": {"Package": "anesrake", "Version": "0.80", "Source": "Repository", "Repository": "CRAN", "Hash": "@@h3@@"},
    "nfiweights": {
      "Package": "nfiweights",
      "Version": "1.4.0",
      "Source": "GitHub",
      "RemoteType": "github",
      "RemoteUsername": "nfi-insights",
      "RemoteRepo": "nfiweights",
      "RemoteSha": "@@sha@@",
      "Hash": "@@h4@@"
    }
  }
}
""", h1=hexs(32), h2=hexs(32), h3=hexs(32), h4=hexs(32), sha=hexs(40)), "renv.lock: package Hash (MD5) and RemoteSha")

D("python", "keyring", "dp/tools/warehouse.py", r'''
"""Open a warehouse connection with the analyst's own credentials from the OS keyring."""
import getpass

import keyring
import snowflake.connector

SERVICE = "nfi-snowflake"


def connect(user: str | None = None):
    user = user or getpass.getuser().upper()
    password = keyring.get_password(SERVICE, user)
    if password is None:
        password = getpass.getpass(f"Snowflake password for {user}: ")
        keyring.set_password(SERVICE, user, password)
    return snowflake.connector.connect(account="xy12345.eu-west-1", user=user, password=password,
                                       warehouse="ANALYST_WH", database="SURVEY_DW")
''', "keyring library: get_password/set_password")

D("spss", "trusted-connection", "syntax/02_weighting.sps", r"""
* Encoding: UTF-8.
* 02_weighting.sps - rim weighting for wave 27 (targets from ONS mid-year estimates).

GET DATA
  /TYPE=ODBC
  /CONNECT='DSN=TrackerDW;Trusted_Connection=Yes;DATABASE=tracker;'
  /SQL='SELECT respid, region, age_band, gender FROM dbo.responses WHERE wave = 27'.
DATASET NAME w27.

SPSSINC RAKE DIM1=gender 1 0.49 2 0.51
  DIM2=age_band 1 0.11 2 0.17 3 0.16 4 0.17 5 0.16 6 0.23
  DIM3=region 1 0.04 2 0.11 3 0.08 4 0.07 5 0.09 6 0.09 7 0.13 8 0.14 9 0.09 10 0.05 11 0.08 12 0.03
  FINALWEIGHT=weight_rim.

DESCRIPTIVES VARIABLES=weight_rim /STATISTICS=MEAN STDDEV MIN MAX.
""", "SPSS GET DATA with Windows integrated authentication; SPSSINC RAKE")

png = base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + _rand_bytes(240)).decode()
D("notebook", "png-output", "notebooks/tracker_charts.ipynb", fill(r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 7,
   "id": "e4a9c1b2",
   "metadata": {},
   "outputs": [
    {
     "data": {
      "image/png": "@@png@@",
      "text/plain": [
       "<Figure size 800x400 with 1 Axes>"
      ]
     },
     "metadata": {},
     "output_type": "display_data"
    }
   ],
   "source": [
    "ax = topline.plot.bar(x=\"brand\", y=\"awareness\", color=\"#1F4E79\", figsize=(8, 4))\n",
    "ax.set_title(\"Prompted awareness, wave 27\")"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", png=png), "Jupyter nbformat: display_data output with base64 image/png")

D("rmarkdown", "env-params", "reports/client_topline.Rmd", r"""
---
title: "Topline - `r params$client`"
output: html_document
params:
  client: "ACME Foods"
  survey_id: "SV_3kQ9bR7xYpL2mTn"
  api_key: !r Sys.getenv("QUALTRICS_API_KEY")
---

```{r setup, include=FALSE}
library(qualtRics)
qualtrics_api_credentials(api_key = params$api_key, base_url = "fra1.qualtrics.com")
raw <- fetch_survey(params$survey_id, verbose = FALSE)
```

Base: all completes (n = `r nrow(raw)`).

```{r}
knitr::kable(prop.table(table(raw$Q1)) * 100, digits = 1)
```
""", "R Markdown params with !r Sys.getenv(); qualtRics")

D("requirements", "hashes", "requirements.lock", fill(r"""
# generated by pip-compile --generate-hashes requirements.in
pandas==2.2.1 \
    --hash=sha256:@@h1@@ \
    --hash=sha256:@@h2@@
pyreadstat==1.2.7 \
    --hash=sha256:@@h3@@
requests==2.31.0 \
    --hash=sha256:@@h4@@
savReaderWriter==3.4.2 \
    --hash=sha256:@@h5@@
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64)), "pip hash-checking mode (--hash=sha256:)")

D("sas", "authdomain", "sas/export_weights.sas", r"""
/* export_weights.sas - credentials come from SAS metadata (authentication domain), not this file */
libname dw odbc dsn="TrackerDW" authdomain="TrackerDW_Auth" schema=dbo;
libname out "/data/tracker/deliveries";

%let wave = 27;

data out.weights_w&wave.;
  set dw.responses(where=(wave=&wave.));
  keep respid wave weight_rim;
run;

proc export data=out.weights_w&wave. outfile="/data/tracker/deliveries/weights_w&wave..csv"
  dbms=csv replace;
run;
""", "SAS/ACCESS LIBNAME AUTHDOMAIN= option (metadata-stored credentials)")

D("stata", "env-reference", "do/01_import_kobo.do", r"""
* 01_import_kobo.do -- the Kobo token is read from the environment, never typed here
version 17
clear all

local token : env KOBO_TOKEN
if "`token'" == "" {
    di as error "Set KOBO_TOKEN in your environment first (see README)"
    exit 198
}

local uid "aW7hRk3bQxz9TJvLm2pQyD"
shell curl -s -H "Authorization: Token `token'" ///
    "https://kf.kobotoolbox.org/api/v2/assets/`uid'/export-settings/esS4wPqT8nYzLk2/data.csv" ///
    -o "01_raw/stall_census.csv"

import delimited "01_raw/stall_census.csv", clear varnames(1)
save "02_clean/stall_census_raw.dta", replace
""", "Stata local macro from environment (: env); KoboToolbox export settings")

D("r", "keyring", "R/qualtrics_auth.R", r"""
# Qualtrics credentials for interactive work: stored in the OS keychain via keyring.
library(keyring)
library(qualtRics)

set_qualtrics <- function(service = "qualtrics-nfi") {
  if (!service %in% key_list()$service) {
    key_set(service, prompt = "Qualtrics API token: ")
  }
  qualtrics_api_credentials(
    api_key = key_get(service),
    base_url = Sys.getenv("QUALTRICS_BASE_URL", "fra1.qualtrics.com")
  )
}

set_qualtrics()
""", "keyring R package: key_set/key_get")

# ------------------------------------------------------------------ Dashboards
sk = rand_b64(42)
S("python", "superset-secret-key", "superset/superset_config.py", fill(r'''
# Superset config for the client dashboards (mounted at /app/pythonpath)
import os

ROW_LIMIT = 50000
SUPERSET_WEBSERVER_PORT = 8088

SECRET_KEY = "@@sk@@"
SQLALCHEMY_DATABASE_URI = os.environ["SUPERSET_METADATA_URI"]

FEATURE_FLAGS = {
    "EMBEDDED_SUPERSET": True,
    "DASHBOARD_RBAC": True,
    "ALERT_REPORTS": True,
}
GUEST_ROLE_NAME = "ClientViewer"
GUEST_TOKEN_JWT_EXP_SECONDS = 300
TALISMAN_ENABLED = True
WTF_CSRF_ENABLED = True
CACHE_CONFIG = {
    "CACHE_TYPE": "RedisCache",
    "CACHE_DEFAULT_TIMEOUT": 300,
    "CACHE_KEY_PREFIX": "superset_",
    "CACHE_REDIS_URL": "redis://superset-redis:6379/0",
}
''', sk=sk), sk, "Apache Superset configuring: SECRET_KEY in superset_config.py")

pw = human_pw()
S("dotenv", "metabase-db-password", "deploy/metabase/metabase.env", fill(r"""
MB_DB_TYPE=postgres
MB_DB_DBNAME=metabase
MB_DB_PORT=5432
MB_DB_USER=metabase
MB_DB_PASS=@@pw@@
MB_DB_HOST=metabase-db.internal
MB_SITE_URL=https://insights.northfield-insights.com
MB_JETTY_PORT=3000
MB_EMAIL_SMTP_HOST=smtp.office365.com
MB_ANON_TRACKING_ENABLED=false
JAVA_TIMEZONE=Europe/London
""", pw=pw), pw, "Metabase docs: environment variables MB_DB_PASS etc.")

pw = human_pw()
S("ini", "grafana-admin", "deploy/grafana/grafana.ini", fill(r"""
[server]
protocol = http
http_port = 3000
domain = fieldwork-dash.kestrelfield.net
root_url = https://%(domain)s/

[database]
type = postgres
host = grafana-db:5432
name = grafana
user = grafana
password = $__file{/run/secrets/grafana_db_password}

[security]
admin_user = admin
admin_password = @@pw@@
cookie_secure = true
disable_gravatar = true

[auth.anonymous]
enabled = false

[users]
allow_sign_up = false
""", pw=pw), pw, "Grafana configuration: [security] admin_password")

cs = tok(24)
S("ini", "looker-client-secret", "looker/looker.ini", fill(r"""
[Looker]
# Base URL for API. Do not include /api/* in the url
base_url=https://northfield.cloud.looker.com
# API client_id for the schedule exporter
client_id=@@cid@@
client_secret=@@cs@@
verify_ssl=True
timeout=120

[Looker_Staging]
base_url=https://northfield-staging.cloud.looker.com
verify_ssl=True
""", cid=tok(20), cs=cs), cs, "Looker SDK: looker.ini client_id and client_secret")

sec = tableau_pat_secret()
S("python", "tableau-pat", "tableau/refresh_extracts.py", fill(r'''
"""Refresh the tracker extracts on Tableau Cloud after the nightly load."""
import tableauserverclient as TSC

auth = TSC.PersonalAccessTokenAuth("dp-refresh", "@@sec@@", site_id="northfieldinsights")
server = TSC.Server("https://prod-uk-a.online.tableau.com", use_server_version=True)

DATASOURCES = ["Brand Tracker W27", "Ad Recall Rolling", "CX Pulse"]

with server.auth.sign_in(auth):
    for ds in TSC.Pager(server.datasources):
        if ds.name in DATASOURCES:
            job = server.datasources.refresh(ds)
            print(f"refresh queued for {ds.name}: job {job.id}")
''', sec=sec), sec, "Tableau Server Client: PersonalAccessTokenAuth(token_name, token_secret)")

pw = human_pw()
S("shell", "tabcmd-password", "tableau/publish_workbooks.sh", fill(r"""
#!/bin/bash
# Publish the client workbooks to Tableau Server (on-prem, Windows auth disabled)
set -e
SERVER=https://tableau.bluebridge-research.co.uk
SITE=clients

tabcmd login -s "$SERVER" -t "$SITE" -u svc_publish -p '@@pw@@'

for twbx in workbooks/*.twbx; do
  name=$(basename "$twbx" .twbx)
  tabcmd publish "$twbx" -n "$name" -r "Client Dashboards" --overwrite --tabbed
done

tabcmd logout
""", pw=pw), pw, "tabcmd login -s -t -u -p (Tableau Server command line)")

sec = azure_ad_secret()
S("powershell", "azure-ad-secret", "powerbi/Refresh-Datasets.ps1", fill(r"""
# Triggers a refresh of the client Power BI datasets with the service principal.
$tenantId = "@@tenant@@"
$appId    = "@@app@@"
$secret   = ConvertTo-SecureString "@@sec@@" -AsPlainText -Force
$cred     = New-Object PSCredential($appId, $secret)

Connect-PowerBIServiceAccount -ServicePrincipal -Credential $cred -Tenant $tenantId | Out-Null

$workspace = Get-PowerBIWorkspace -Name "Client - ACME Tracker"
Get-PowerBIDataset -WorkspaceId $workspace.Id | ForEach-Object {
    Invoke-PowerBIRestMethod -Method Post -Url "groups/$($workspace.Id)/datasets/$($_.Id)/refreshes" -Body '{"notifyOption":"MailOnFailure"}'
    Write-Host "Refresh requested: $($_.Name)"
}
""", tenant=uuid4(), app=uuid4(), sec=sec), sec, "MicrosoftPowerBIMgmt: Connect-PowerBIServiceAccount -ServicePrincipal; Entra client secret")

pw = human_pw()
S("python", "dash-basic-auth", "dashboards/acme_dash/app.py", fill(r'''
import dash
import dash_auth
import pandas as pd
import plotly.express as px
from dash import dcc, html

VALID_USERNAME_PASSWORD_PAIRS = {
    "acme_marketing": "@@pw@@",
}

df = pd.read_parquet("data/tracker_w27.parquet")
app = dash.Dash(__name__, title="ACME Brand Tracker")
auth = dash_auth.BasicAuth(app, VALID_USERNAME_PASSWORD_PAIRS)

app.layout = html.Div([
    html.H2("Prompted awareness by wave"),
    dcc.Graph(figure=px.line(df, x="wave", y="awareness", color="brand")),
])

if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8050)
''', pw=pw), pw, "dash-auth BasicAuth with username/password pairs")

t = "glsa_" + tok(32) + "_" + hexs(8)
S("javascript", "grafana-token", "ops/wallboard/annotate.js", fill(r"""
// Adds a Grafana annotation when a CATI project opens or closes (called by the dialer hook).
const GRAFANA = 'https://fieldwork-dash.kestrelfield.net';
const TOKEN = '@@t@@';

async function annotate(project, text) {
  const res = await fetch(`${GRAFANA}/api/annotations`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ dashboardUID: 'cati-floor', time: Date.now(), tags: ['cati', project], text }),
  });
  if (!res.ok) throw new Error(`grafana ${res.status}`);
}

module.exports = { annotate };
""", t=t), t, "Grafana HTTP API: service account token (glsa_) as bearer")

k = hexs(64)
S("typescript", "metabase-embed-secret", "portal/src/lib/metabaseEmbed.ts", fill(r"""
import jwt from "jsonwebtoken";

const METABASE_SITE_URL = "https://insights.northfield-insights.com";
const METABASE_SECRET_KEY = "@@k@@";

export function dashboardUrl(dashboardId: number, clientId: string): string {
  const payload = {
    resource: { dashboard: dashboardId },
    params: { client_id: clientId },
    exp: Math.round(Date.now() / 1000) + 10 * 60,
  };
  const token = jwt.sign(payload, METABASE_SECRET_KEY);
  return `${METABASE_SITE_URL}/embed/dashboard/${token}#bordered=false&titled=true`;
}
""", k=k), k, "Metabase static embedding: signing JWTs with the embedding secret key")

t = "sntryu_" + hexs(64)
S("properties", "sentry-token", "portal/sentry.properties", fill(r"""
defaults.url=https://sentry.io/
defaults.org=northfield-insights
defaults.project=client-portal
auth.token=@@t@@
cli.executable=node_modules/@sentry/cli/bin/sentry-cli
""", t=t), t, "sentry-cli configuration: sentry.properties auth.token")

D("json", "dashboard-theme", "dashboards/theme/nfi_theme.json", r"""
{
  "name": "Northfield Insights",
  "dataColors": ["#1F4E79", "#2E75B6", "#9DC3E6", "#C55A11", "#F4B183", "#548235", "#A9D18E", "#7F7F7F"],
  "background": "#FFFFFF",
  "foreground": "#252423",
  "tableAccent": "#1F4E79",
  "good": "#548235",
  "neutral": "#FFC000",
  "bad": "#C00000",
  "textClasses": {
    "title": {"fontFace": "Segoe UI Semibold", "fontSize": 14, "color": "#252423"},
    "label": {"fontFace": "Segoe UI", "fontSize": 10, "color": "#595959"}
  },
  "visualStyles": {"*": {"*": {"border": [{"show": false}], "dropShadow": [{"show": false}]}}},
  "build": "2024.05.1+3f9c2e1a7b"
}
""", "Power BI report theme JSON (colour codes)")

D("html", "public-dsn", "portal/templates/base.html", fill(r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{% block title %}Client Portal{% endblock %} - Northfield Insights</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="sha384-@@sri1@@" crossorigin="anonymous">
  <script src="https://browser.sentry-cdn.com/7.108.0/bundle.min.js"
          integrity="sha384-@@sri2@@" crossorigin="anonymous"></script>
  <script>
    Sentry.init({ dsn: "https://@@dsnkey@@@o4506112.ingest.sentry.io/4506112853",
                  environment: "production", tracesSampleRate: 0.1 });
  </script>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M9XW4T"></script>
</head>
<body>
  {% block content %}{% endblock %}
</body>
</html>
""", sri1=rand_b64(48), sri2=rand_b64(48), dsnkey=hexs(32)), "Sentry browser DSN (public client key); SRI integrity hashes")

D("tds", "tableau-datasource", "workbooks/tracker_dw.tds", r"""
<?xml version='1.0' encoding='utf-8' ?>
<datasource formatted-name='Tracker DW (Snowflake)' inline='true' source-platform='win' version='18.1'>
  <connection class='federated'>
    <named-connections>
      <named-connection caption='xy12345.eu-west-1.snowflakecomputing.com' name='snowflake.0k3w9f1'>
        <connection authentication='oauth' class='snowflake' dbname='SURVEY_DW' odbc-connect-string-extras=''
                    one-time-sql='' schema='CURATED' server='xy12345.eu-west-1.snowflakecomputing.com'
                    service='REPORTING_WH' username='TABLEAU_SVC' warehouse='REPORTING_WH' />
      </named-connection>
    </named-connections>
    <relation connection='snowflake.0k3w9f1' name='TRACKER_ALL_WAVES' table='[CURATED].[TRACKER_ALL_WAVES]' type='table' />
  </connection>
  <aliases enabled='yes' />
</datasource>
""", "Tableau .tds data source XML (OAuth, no embedded password)")

D("ini", "env-expansion", "deploy/grafana/grafana.staging.ini", r"""
[server]
http_port = 3000
root_url = https://fieldwork-dash-staging.kestrelfield.net/

[database]
type = postgres
host = $__env{GF_DB_HOST}
name = grafana
user = grafana
password = $__file{/run/secrets/grafana_db_password}

[security]
admin_user = admin
admin_password = $__env{GF_ADMIN_PASSWORD}
secret_key = $__vault{kv/grafana/staging:secret_key}
""", "Grafana configuration: $__env, $__file and $__vault variable expansion")

pk = "pk.eyJ1IjoibmZpLWluc2lnaHRzIiwiYSI6I" + tok(22) + "." + tok(22, ALNUM + "-_")
D("javascript", "public-token", "dashboards/store-map/src/map.js", fill(r"""
// Store catchment map for the retail tracker. Mapbox public tokens (pk.) are meant for
// the browser and are restricted to our domains in the Mapbox account.
import mapboxgl from 'mapbox-gl';

mapboxgl.accessToken = '@@pk@@';

export function drawMap(container, stores) {
  const map = new mapboxgl.Map({
    container,
    style: 'mapbox://styles/mapbox/light-v11',
    center: [-1.5491, 53.8008],
    zoom: 6,
  });
  stores.forEach((s) => new mapboxgl.Marker({ color: '#1F4E79' }).setLngLat([s.lon, s.lat]).addTo(map));
  return map;
}
""", pk=pk), "Mapbox docs: public access tokens (pk.) for client-side use")

D("twig", "site-key", "limesurvey/themes/survey/kestrel/views/subviews/header/head.twig", fill(r"""
{# Kestrel survey theme head: reCAPTCHA v3 on the registration page #}
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="{{ assets.cssPath }}/kestrel.css?v=@@build@@">
<script src="https://code.jquery.com/jquery-3.7.1.min.js"
        integrity="sha256-@@sri@@" crossorigin="anonymous"></script>
<script src="https://www.google.com/recaptcha/api.js?render=6Lc@@site@@"></script>
<script>
  grecaptcha.ready(function () {
    grecaptcha.execute('6Lc@@site@@', {action: 'register'}).then(function (t) {
      document.getElementById('g-recaptcha-response').value = t;
    });
  });
</script>
""", build=hexs(12), sri=rand_b64(32), site=tok(37, ALNUM + "_-")), "reCAPTCHA v3: site key is public; SRI integrity")

D("typescript", "env-reference", "portal/src/lib/supersetGuest.ts", r"""
// Fetches a short-lived Superset guest token for the embedded client dashboard.
const SUPERSET_URL = process.env.SUPERSET_URL ?? "http://superset:8088";

export async function guestToken(dashboardUuid: string, clientId: string): Promise<string> {
  const login = await fetch(`${SUPERSET_URL}/api/v1/security/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      username: process.env.SUPERSET_EMBED_USER,
      password: process.env.SUPERSET_EMBED_PASSWORD,
      provider: "db",
    }),
  });
  const { access_token } = await login.json();
  const res = await fetch(`${SUPERSET_URL}/api/v1/security/guest_token/`, {
    method: "POST",
    headers: { Authorization: `Bearer ${access_token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ resources: [{ type: "dashboard", id: dashboardUuid }], rls: [{ clause: `client_id = '${clientId}'` }], user: { username: clientId } }),
  });
  return (await res.json()).token;
}
""", "Superset embedded SDK: guest_token API; credentials from process.env")

# -------------------------------------------------------------- Data warehouses
pw = human_pw()
S("toml", "snowflake-password", ".snowflake/connections.toml", fill(r"""
[default]
account = "xy12345.eu-west-1"
user = "DP_LOADER"
password = "@@pw@@"
warehouse = "LOAD_WH"
database = "SURVEY_DW"
schema = "RAW"
role = "LOADER"

[reporting]
account = "xy12345.eu-west-1"
user = "PHILIPPA_R"
authenticator = "externalbrowser"
warehouse = "REPORTING_WH"
database = "SURVEY_DW"
""", pw=pw), pw, "Snowflake connections.toml (Snowflake CLI / Python connector)")

pw = human_pw()
S("ini", "snowsql-password", ".snowsql/config", fill(r"""
[connections]
# default connection for the DP team
accountname = xy12345.eu-west-1
username = DP_SHARED
password = @@pw@@
dbname = SURVEY_DW
schemaname = CURATED
warehousename = ANALYST_WH
rolename = ANALYST

[options]
log_level = INFO
timing = True
output_format = psql
""", pw=pw), pw, "SnowSQL configuration file: [connections] password")

pw = human_pw()
S("dbt-profiles", "redshift-password", "transform/profiles.yml", fill(r"""
nfi_warehouse:
  target: prod
  outputs:
    dev:
      type: redshift
      host: dw-dev.c8x1v2k9q3zp.eu-west-2.redshift.amazonaws.com
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_PASSWORD') }}"
      port: 5439
      dbname: survey
      schema: "dbt_{{ env_var('DBT_USER') }}"
      threads: 4
    prod:
      type: redshift
      host: dw-prod.c8x1v2k9q3zp.eu-west-2.redshift.amazonaws.com
      user: dbt_prod
      password: "@@pw@@"
      port: 5439
      dbname: survey
      schema: analytics
      threads: 8
      ra3_node: true
""", pw=pw), pw, "dbt Redshift setup: profiles.yml password")

key = rsa_key()
S("dbt-profiles", "snowflake-private-key", "transform/ci/profiles.yml", fill(r"""
nfi_snowflake:
  target: ci
  outputs:
    ci:
      type: snowflake
      account: xy12345.eu-west-1
      user: DBT_CI
      role: TRANSFORMER
      warehouse: TRANSFORM_WH
      database: SURVEY_DW_CI
      schema: ci_build
      threads: 8
      private_key: |
@@key@@
""", key="\n".join("        " + line for line in key.splitlines())), key,
  "dbt Snowflake setup: key pair authentication, private_key in profiles.yml")

key = rsa_key()
esc = key.replace("\n", "\\n")
S("json", "gcp-service-account", "credentials/bq-panel-loader.json", fill(r"""
{
  "type": "service_account",
  "project_id": "nfi-survey-warehouse",
  "private_key_id": "@@kid@@",
  "private_key": "@@esc@@\n",
  "client_email": "panel-loader@nfi-survey-warehouse.iam.gserviceaccount.com",
  "client_id": "104839201746283910452",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/panel-loader%40nfi-survey-warehouse.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", kid=hexs(40), esc=esc), esc, "Google Cloud service account key file (JSON)")

pw = human_pw(url_safe=True)
S("airflow", "redshift-conn-uri", "dags/panel_ingest.py", fill(r'''
"""Load yesterday's panel and router files from S3 into Redshift."""
import os
from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.amazon.aws.transfers.s3_to_redshift import S3ToRedshiftOperator

os.environ.setdefault(
    "AIRFLOW_CONN_REDSHIFT_DW",
    "redshift://etl_loader:@@pw@@@dw-prod.c8x1v2k9q3zp.eu-west-2.redshift.amazonaws.com:5439/survey",
)

with DAG(
    dag_id="panel_ingest",
    start_date=datetime(2024, 1, 1),
    schedule="30 3 * * *",
    catchup=False,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=10)},
) as dag:
    for table in ["router_exits", "panel_invoices", "incentive_orders"]:
        S3ToRedshiftOperator(
            task_id=f"load_{table}",
            redshift_conn_id="redshift_dw",
            s3_bucket="nfi-fieldwork-raw",
            s3_key=f"{table}/{{{{ ds }}}}/",
            schema="raw",
            table=table,
            copy_options=["FORMAT AS PARQUET"],
        )
''', pw=pw), pw, "Airflow: connections from AIRFLOW_CONN_ environment variables (URI form)")

pw = gen_pw(28)
S("terraform", "redshift-master-password", "infra/envs/prod/terraform.tfvars", fill(r"""
environment          = "prod"
region               = "eu-west-2"
vpc_cidr             = "10.60.0.0/16"
redshift_node_type   = "ra3.xlplus"
redshift_nodes       = 2
redshift_db_name     = "survey"
redshift_master_user = "dwadmin"
redshift_master_password = "@@pw@@"
raw_bucket_name      = "nfi-fieldwork-raw"
tags = {
  team    = "data-platform"
  costcentre = "DP-410"
}
""", pw=pw), pw, "Terraform input variable definitions (.tfvars); aws_redshift_cluster master_password")

pw = human_pw()
S("terraform", "snowflake-provider-password", "infra/snowflake/providers.tf", fill(r"""
terraform {
  required_providers {
    snowflake = {
      source  = "Snowflake-Labs/snowflake"
      version = "~> 0.87"
    }
  }
}

provider "snowflake" {
  account  = "xy12345"
  region   = "eu-west-1"
  user     = "TERRAFORM_SVC"
  password = "@@pw@@"
  role     = "SYSADMIN"
}

resource "snowflake_warehouse" "load" {
  name           = "LOAD_WH"
  warehouse_size = "XSMALL"
  auto_suspend   = 60
}
""", pw=pw), pw, "Snowflake Terraform provider: provider block password")

pw = human_pw(url_safe=True)
dsn = f"postgresql://router:{pw}@router-db.fieldwork.svc:5432/router"
S("k8s-secret", "postgres-dsn", "k8s/router/secret.yaml", fill(r"""
apiVersion: v1
kind: Secret
metadata:
  name: router-db
  namespace: fieldwork
  labels:
    app.kubernetes.io/name: redirect-router
type: Opaque
data:
  DATABASE_URL: @@dsn@@
  DB_POOL_SIZE: MjA=
""", dsn=b64(dsn)), pw, "Kubernetes Secret: data values are base64")

t = tok(40)
S("k8s-secret", "qualtrics-token", "k8s/exporter/qualtrics-secret.yaml", fill(r"""
apiVersion: v1
kind: Secret
metadata:
  name: qualtrics-exporter
  namespace: dp-jobs
type: Opaque
stringData:
  QUALTRICS_DATACENTER: fra1
  QUALTRICS_API_TOKEN: "@@t@@"
  EXPORT_BUCKET: nfi-fieldwork-raw
""", t=t), t, "Kubernetes Secret: stringData field")

pw = gen_pw(24)
S("helm", "postgres-password", "deploy/helm/community-portal/values-prod.yaml", fill(r"""
replicaCount: 3
image:
  repository: registry.northfield-insights.com/community-portal
  tag: "2024.05.14"
ingress:
  enabled: true
  className: nginx
  hosts:
    - host: community.northfield-insights.com
      paths: [{path: /, pathType: Prefix}]
postgresql:
  enabled: true
  auth:
    username: portal
    password: "@@pw@@"
    database: community
  primary:
    persistence:
      size: 50Gi
redis:
  enabled: true
  auth:
    existingSecret: portal-redis
resources:
  requests: {cpu: 250m, memory: 512Mi}
""", pw=pw), pw, "Bitnami PostgreSQL Helm chart: auth.password in values.yaml")

pw = human_pw()
S("pgpass", "postgres-password", "ops/dp-jump/.pgpass", fill(r"""
# hostname:port:database:username:password
dw.northfield-insights.internal:5432:insights:dp_batch:@@pw@@
dw.northfield-insights.internal:5432:insights_staging:dp_batch:*
localhost:5432:*:postgres:postgres
router-db.internal:5432:router:router_ro:*
metabase-db.internal:5432:metabase:metabase:*
""", pw=pw), pw, "PostgreSQL docs: The Password File (.pgpass)")

pw = human_pw()
S("crontab", "mysql-password", "ops/crontab/limesurvey-backup", fill(r"""
# LimeSurvey backups (installed on ls-prod-01 with `crontab ops/crontab/limesurvey-backup`)
SHELL=/bin/bash
PATH=/usr/local/bin:/usr/bin:/bin
MAILTO=fieldwork-alerts@kestrelfield.net

# nightly dump of the response database, kept 14 days
15 1 * * * mysqldump -h db.survey.internal -u backup -p'@@pw@@' --single-transaction limesurvey | gzip > /backup/ls-$(date +\%F).sql.gz
45 1 * * * find /backup -name 'ls-*.sql.gz' -mtime +14 -delete
# upload folder (respondent file uploads)
30 2 * * * rsync -a /var/www/limesurvey/upload/ backup01:/srv/backup/ls-upload/
""", pw=pw), pw, "crontab(5); mysqldump -p<password>")

pw = human_pw()
S("systemd", "redshift-password", "deploy/systemd/response-loader.service", fill(r"""
[Unit]
Description=Response loader (Decipher/Qualtrics -> Redshift)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=loader
WorkingDirectory=/opt/response-loader
Environment="REDSHIFT_HOST=dw-prod.c8x1v2k9q3zp.eu-west-2.redshift.amazonaws.com"
Environment="REDSHIFT_USER=etl_loader"
Environment="REDSHIFT_PASSWORD=@@pw@@"
ExecStart=/opt/response-loader/.venv/bin/python -m loader.daemon
Restart=on-failure
RestartSec=30

[Install]
WantedBy=multi-user.target
""", pw=pw), pw, "systemd.exec(5): Environment= directive")

pw = gen_pw(20)
S("go", "clickhouse-dsn", "cmd/eventsink/main.go", fill(r"""
package main

import (
	"database/sql"
	"log"
	"os"

	_ "github.com/ClickHouse/clickhouse-go/v2"
)

// Survey paradata (page timings, device events) goes to ClickHouse.
const defaultDSN = "clickhouse://paradata:@@pw@@@ch-01.nfi.internal:9000/paradata?dial_timeout=5s&compress=lz4"

func main() {
	dsn := os.Getenv("CLICKHOUSE_DSN")
	if dsn == "" {
		dsn = defaultDSN
	}
	db, err := sql.Open("clickhouse", dsn)
	if err != nil {
		log.Fatal(err)
	}
	if err := db.Ping(); err != nil {
		log.Fatal(err)
	}
	log.Println("event sink connected")
	serve(db)
}
""", pw=pw), pw, "clickhouse-go v2 DSN format clickhouse://user:password@host:port/db")

pw = human_pw()
S("properties", "jdbc-password", "cati-exporter/src/main/resources/application.properties", fill(r"""
spring.application.name=cati-exporter
server.port=8081
spring.datasource.url=jdbc:sqlserver://cati-sql01.nfi.local:1433;databaseName=VoxcoReports;encrypt=true;trustServerCertificate=true
spring.datasource.username=cati_export
spring.datasource.password=@@pw@@
spring.datasource.driver-class-name=com.microsoft.sqlserver.jdbc.SQLServerDriver
spring.jpa.hibernate.ddl-auto=none
exporter.sftp.host=sftp.acme-client.example
exporter.sftp.user=nfi_drop
exporter.sftp.key-path=/etc/cati-exporter/id_ed25519
exporter.schedule=0 30 6 * * *
""", pw=pw), pw, "Spring Boot common application properties: spring.datasource.password")

pw = gen_pw(24)
S("javascript", "mongodb-uri", "community/server/db.js", fill(r"""
// Insight community: member profiles, activity and points ledger live in Atlas.
const mongoose = require('mongoose');

const uri = process.env.MONGO_URI ||
  'mongodb+srv://community_app:@@pw@@@community-prod.x7kq2.mongodb.net/community?retryWrites=true&w=majority';

mongoose.set('strictQuery', true);

async function connect() {
  await mongoose.connect(uri, { maxPoolSize: 20, serverSelectionTimeoutMS: 8000 });
  console.log('[db] connected');
}

module.exports = { connect, mongoose };
""", pw=pw), pw, "MongoDB connection string URI (mongodb+srv://user:password@host)")

pw = fakes.redis_password(_seed())
S("python", "redis-password", "coding/celery_app.py", fill(r'''
"""Celery app for the open-end coding workers."""
from celery import Celery

app = Celery(
    "coding",
    broker="redis://:@@pw@@@coding-redis.nfi.internal:6379/0",
    backend="redis://:@@pw@@@coding-redis.nfi.internal:6379/1",
    include=["coding.tasks"],
)
app.conf.update(
    task_acks_late=True,
    worker_prefetch_multiplier=1,
    task_routes={"coding.tasks.llm_code": {"queue": "llm"}},
    timezone="Europe/London",
)
''', pw=pw), pw, "Celery Redis broker URL redis://:password@host:port/db")

ak = rand_b64(64)
S("python", "azure-storage-key", "sample/file_drop.py", fill(r'''
"""Pushes sample files to the client's Azure file drop and pulls back the booster sample."""
from azure.storage.blob import BlobServiceClient

CONN = (
    "DefaultEndpointsProtocol=https;AccountName=acmeresearchdrop;"
    "AccountKey=@@ak@@;"
    "EndpointSuffix=core.windows.net"
)
svc = BlobServiceClient.from_connection_string(CONN)
container = svc.get_container_client("nfi-incoming")


def upload(path: str, name: str) -> None:
    with open(path, "rb") as fh:
        container.upload_blob(name, fh, overwrite=True)


def download(name: str, path: str) -> None:
    with open(path, "wb") as fh:
        fh.write(container.download_blob(name).readall())
''', ak=ak), ak, "Azure Storage connection string with AccountKey")

t = "dapi" + hexs(32)
S("ini", "databricks-token", "ops/dp-jump/.databrickscfg", fill(r"""
[DEFAULT]
host = https://adb-4417925806134420.12.azuredatabricks.net
token = @@t@@

[staging]
host = https://adb-7702218839041157.3.azuredatabricks.net
auth_type = azure-cli
""", t=t), t, "Databricks configuration profiles (.databrickscfg) with a personal access token")

ak, sk = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
S("aws-credentials", "aws-secret", "ops/dp-jump/.aws/credentials", fill(r"""
[default]
region = eu-west-2

[dp-loader]
aws_access_key_id = @@ak@@
aws_secret_access_key = @@sk@@

[client-acme-drop]
role_arn = arn:aws:iam::730219584416:role/nfi-file-drop
source_profile = dp-loader
""", ak=ak, sk=sk), sk, "AWS CLI shared credentials file")

pw = gen_pw(20)
S("mycnf", "mysql-password", "ops/ls-prod/.my.cnf", fill(r"""
[client]
user = dp_reader
password = "@@pw@@"
host = db.survey.internal
port = 3306
default-character-set = utf8mb4

[mysql]
database = limesurvey
prompt = "ls-prod> "
""", pw=pw), pw, "MySQL option files: [client] password")

# ------------------------------------------------------ Deploy, CI and infrastructure
t = "glpat-" + tok(20, ALNUM + "-_")
S("dockerfile", "gitlab-token", "images/dp-runner/Dockerfile", fill(r"""
FROM python:3.11-slim

RUN apt-get update \
 && apt-get install -y --no-install-recommends unixodbc libpq5 \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt \
 && pip install --no-cache-dir nfiweights==1.4.0 \
    --index-url https://__token__:@@t@@@gitlab.northfield-insights.com/api/v4/projects/118/packages/pypi/simple

COPY . .
USER 1000
ENTRYPOINT ["python", "-m", "dp_runner"]
""", t=t), t, "GitLab PyPI package registry with a personal access token (glpat-)")

pw = human_pw()
S("gitlab-ci", "sftp-password", ".gitlab-ci.yml", fill(r"""
stages: [build, deliver]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  CLIENT_SFTP_HOST: sftp.acme-client.example
  CLIENT_SFTP_USER: nfi_delivery
  CLIENT_SFTP_PASS: "@@pw@@"

build-tables:
  stage: build
  image: python:3.11
  script:
    - pip install -r requirements.txt
    - python -m tables.build --wave 27 --out out/
  artifacts:
    paths: [out/]

deliver:
  stage: deliver
  image: alpine:3.19
  rules:
    - if: $CI_COMMIT_TAG =~ /^w\d+$/
  script:
    - apk add --no-cache lftp
    - lftp -u "$CLIENT_SFTP_USER,$CLIENT_SFTP_PASS" "sftp://$CLIENT_SFTP_HOST" -e "mirror -R out/ /incoming/w27; bye"
""", pw=pw), pw, "GitLab CI/CD YAML: variables")

t = tok(34, LOWER_DIGITS)
S("jenkinsfile", "nexus-token", "Jenkinsfile", fill(r"""
pipeline {
  agent { label 'linux' }
  options { timestamps() }
  stages {
    stage('Test') {
      steps {
        sh 'python -m pip install -r requirements-dev.txt'
        sh 'python -m pytest -q'
      }
    }
    stage('Publish') {
      when { branch 'main' }
      steps {
        sh 'python -m build'
        sh 'curl -fsS -u dp-publisher:@@t@@ --upload-file dist/*.whl https://nexus.northfield-insights.internal/repository/pypi-internal/'
      }
    }
  }
}
""", t=t), t, "Jenkins declarative pipeline; Nexus upload with curl -u user:token")

auth = b64("nfi-ci:" + gen_pw(22))
S("docker-config", "registry-auth", "ci/docker/config.json", fill(r"""
{
	"auths": {
		"registry.northfield-insights.com": {
			"auth": "@@auth@@"
		},
		"https://index.docker.io/v1/": {}
	},
	"credsStore": "",
	"HttpHeaders": {
		"User-Agent": "Docker-Client/24.0.7 (linux)"
	}
}
""", auth=auth), auth, "Docker config.json: auths entry, base64 user:password")

pw = human_pw()
S("netrc", "sftp-password", "ops/dp-jump/.netrc", fill(r"""
machine sftp.panelvendor.example
  login bbr_files
  password @@pw@@

machine ftp.printvendor.example
  login anonymous
  password fieldwork@bluebridge-research.co.uk

default login anonymous password guest@
""", pw=pw), pw, "netrc(5) file format (curl, lftp)")

key = openssh_key()
S("pem", "openssh-private-key", "deploy/keys/sftp_panel_drop", key + "\n", key,
  "OpenSSH private key file format (ssh-keygen)")

key = openssh_key()
S("gh-actions", "ssh-private-key", ".github/workflows/deliver-tables.yml", fill(r"""
name: deliver-tables
on:
  push:
    tags: ["w*"]
jobs:
  deliver:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: make tables WAVE=${GITHUB_REF_NAME#w}
      - name: Upload to client SFTP
        run: |
          mkdir -p ~/.ssh
          cat > ~/.ssh/id_ed25519 <<'EOF'
@@key@@
          EOF
          chmod 600 ~/.ssh/id_ed25519
          ssh-keyscan sftp.acme-client.example >> ~/.ssh/known_hosts
          sftp -b - nfi_drop@sftp.acme-client.example <<'EOF'
          put out/*.xlsx /incoming/
          EOF
""", key="\n".join("          " + line for line in key.splitlines())), key,
  "GitHub Actions run step with a here-doc; OpenSSH private key")

pw = human_pw()
S("ansible", "mysql-password", "ansible/group_vars/limesurvey/vars.yml", fill(r"""
---
limesurvey_version: "6.4.12"
limesurvey_url: https://survey.kestrelfield.net
limesurvey_db_host: db.survey.internal
limesurvey_db_name: limesurvey
limesurvey_db_user: lime_app
limesurvey_db_password: "@@pw@@"
limesurvey_admin_email: fieldwork@kestrelfield.net
php_memory_limit: 512M
php_upload_max_filesize: 20M
nginx_client_max_body_size: 20m
backup_retention_days: 14
""", pw=pw), pw, "Ansible group_vars (YAML) with an unvaulted variable")

url = slack_webhook()
S("python", "slack-webhook", "router/alerts.py", fill(r'''
"""Posts quota and incidence alerts to #fieldwork-alerts."""
import requests

WEBHOOK = "@@url@@"


def quota_full(project: str, cell: str, achieved: int, target: int) -> None:
    text = f":white_check_mark: *{project}* quota `{cell}` full ({achieved}/{target})"
    requests.post(WEBHOOK, json={"text": text}, timeout=10)


def low_incidence(project: str, ir: float, expected: float) -> None:
    text = f":warning: *{project}* incidence {ir:.0%} vs {expected:.0%} costed"
    requests.post(WEBHOOK, json={"text": text}, timeout=10)
''', url=url), url, "Slack incoming webhooks (hooks.slack.com/services/...)")

t = slack_bot()
S("yaml", "slack-bot-token", "bots/fieldbot/config.yaml", fill(r"""
fieldbot:
  slack:
    bot_token: @@t@@
    signing_secret_env: FIELDBOT_SIGNING_SECRET
    channels:
      alerts: C05QKX8R2LM
      daily: C05R1T7PZ3N
  schedule:
    daily_summary: "0 8 * * 1-5"
  sources:
    decipher_server: https://survey.bluebridge-research.co.uk
    router_db: postgresql://fieldbot@router-db.internal/router
""", t=t), t, "Slack bot user OAuth token (xoxb-)")

k = age_secret()
S("age", "age-secret-key", ".sops/age/keys.txt", fill(r"""
# SOPS identity for the dp-secrets repo (Harriet's laptop). Copy to
# ~/.config/sops/age/keys.txt -- recipients are listed in .sops.yaml.
# created: 2024-02-06T11:42:18Z
# public key: age1@@pub@@
@@k@@
""", pub=tok(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), k=k), k, "age encryption: identity file (AGE-SECRET-KEY-1), used by SOPS")

t = "pat-eu1-" + uuid4()
S("javascript", "hubspot-token", "crm/sync_projects.js", fill(r"""
// Mirrors won HubSpot deals into the project tracker so fieldwork can be scheduled.
const hubspot = require('@hubspot/api-client');

const client = new hubspot.Client({ accessToken: '@@t@@' });

async function wonDeals(since) {
  const res = await client.crm.deals.searchApi.doSearch({
    filterGroups: [{ filters: [
      { propertyName: 'dealstage', operator: 'EQ', value: 'closedwon' },
      { propertyName: 'closedate', operator: 'GTE', value: since },
    ] }],
    properties: ['dealname', 'amount', 'closedate', 'methodology', 'fieldwork_start'],
    limit: 100,
  });
  return res.results;
}

module.exports = { wonDeals };
""", t=t), t, "HubSpot private app access token (pat-eu1-)")

t = fakes.github_fine_grained_token(_seed())
S("shell", "github-fine-grained", "scripts/release_nfiweights.sh", fill(r"""
#!/usr/bin/env bash
# Tag and publish a GitHub release of nfiweights (run from the package root).
set -euo pipefail
VERSION=$(grep '^Version:' DESCRIPTION | cut -d' ' -f2)
GH_TOKEN=@@t@@

git tag -a "v$VERSION" -m "nfiweights $VERSION"
git push origin "v$VERSION"
R CMD build .
curl -sS -X POST \
  -H "Authorization: Bearer $GH_TOKEN" \
  -H "Accept: application/vnd.github+json" \
  https://api.github.com/repos/nfi-insights/nfiweights/releases \
  -d "{\"tag_name\":\"v$VERSION\",\"name\":\"v$VERSION\"}"
""", t=t), t, "GitHub fine-grained personal access token (github_pat_)")

sk = fakes.django_secret_key(_seed())
S("python", "django-secret-key", "community/settings/production.py", fill(r'''
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["community.northfield-insights.com"]
SECRET_KEY = "@@sk@@"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "community",
        "HOST": "community-db.internal",
        "USER": "community",
        "PASSWORD": os.environ["COMMUNITY_DB_PASSWORD"],
    }
}
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
''', sk=sk), sk, "Django settings: SECRET_KEY (get_random_secret_key)")

pw = human_pw()
half = len(pw) // 2
S("python", "mssql-split", "cati_reports/db.py", fill(r'''
"""Connection to the Voxco reporting database for the daily productivity report."""
import pyodbc

CONN_STR = (
    "DRIVER={ODBC Driver 18 for SQL Server};"
    "SERVER=cati-sql01.nfi.local;DATABASE=VoxcoReports;"
    "UID=prod_report;PWD=@@a@@"
    "@@b@@;TrustServerCertificate=yes;"
)


def connect() -> pyodbc.Connection:
    return pyodbc.connect(CONN_STR, timeout=15)


def interviewer_hours(day: str) -> list:
    with connect() as cn:
        return cn.execute("EXEC dbo.InterviewerHours @Day = ?", day).fetchall()
''', a=pw[:half], b=pw[half:]), pw, "pyodbc connection string split across adjacent string literals")

pw = human_pw()
S("java", "jdbc-password", "cati-exporter/src/main/java/com/nfi/cati/LegacyExport.java", fill(r"""
package com.nfi.cati;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** One-off export of 2019-2022 call history (kept for the archive job). */
public final class LegacyExport {
    private static final String URL = "jdbc:sqlserver://cati-sql-old.nfi.local:1433;databaseName=Voxco2019";
    private static final String USER = "archive_reader";
    private static final String PASSWORD = "@@pw@@";

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM dbo.CallHistory")) {
            rs.next();
            System.out.println("rows: " + rs.getLong(1));
        }
    }
}
""", pw=pw), pw, "JDBC DriverManager.getConnection(url, user, password)")

pw = human_pw()
S("batch", "postgres-password", "scripts/run_weighting.bat", fill(r"""
@echo off
REM Runs the wave weighting on the DP desktop and loads weights back to the DW.
setlocal
set WAVE=%1
if "%WAVE%"=="" set WAVE=27
set PGHOST=dw.northfield-insights.internal
set PGUSER=dp_batch
set PGPASSWORD=@@pw@@
set PGDATABASE=insights

"C:\Program Files\R\R-4.3.2\bin\Rscript.exe" weighting\rake_wave.R %WAVE%
if errorlevel 1 exit /b 1
psql -c "\copy weights.wave_%WAVE% FROM 'out\weights_w%WAVE%.csv' CSV HEADER"
endlocal
""", pw=pw), pw, "Windows batch set; libpq PGPASSWORD environment variable")

# ------------------------------------------------------------- More decoys
D("k8s", "external-secret", "k8s/exporter/externalsecret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: qualtrics-exporter
  namespace: dp-jobs
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: qualtrics-exporter
    creationPolicy: Owner
  data:
    - secretKey: QUALTRICS_API_TOKEN
      remoteRef:
        key: dp/qualtrics/exporter
        property: api_token
    - secretKey: SNOWFLAKE_PASSWORD
      remoteRef:
        key: dp/snowflake/qx_loader
        property: password
""", "External Secrets Operator: ExternalSecret remoteRef to AWS Secrets Manager")

D("helm", "template", "deploy/helm/community-portal/templates/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "community-portal.fullname" . }}
  labels:
    {{- include "community-portal.labels" . | nindent 4 }}
type: Opaque
data:
  DATABASE_PASSWORD: {{ .Values.postgresql.auth.password | b64enc | quote }}
  DJANGO_SECRET_KEY: {{ required "secretKey is required" .Values.secretKey | b64enc | quote }}
  MAILCHIMP_API_KEY: {{ .Values.mailchimp.apiKey | default "" | b64enc | quote }}
""", "Helm chart template functions (b64enc, required)")

D("compose", "env-refs", "deploy/metabase/docker-compose.yml", r"""
services:
  metabase:
    image: metabase/metabase:v0.49.10
    restart: unless-stopped
    ports:
      - "3000:3000"
    env_file: metabase.env.d/runtime.env
    environment:
      MB_DB_TYPE: postgres
      MB_DB_HOST: metabase-db
      MB_DB_USER: metabase
      MB_DB_PASS: ${MB_DB_PASS:?set MB_DB_PASS}
      MB_ENCRYPTION_SECRET_KEY: ${MB_ENCRYPTION_SECRET_KEY:?}
  metabase-db:
    image: postgres:16
    environment:
      POSTGRES_USER: metabase
      POSTGRES_PASSWORD_FILE: /run/secrets/mb_db_pass
    secrets:
      - mb_db_pass
secrets:
  mb_db_pass:
    file: ./secrets/mb_db_pass.txt
""", "Compose file reference: variable interpolation ${VAR:?} and secrets")

D("terraform", "random-password", "infra/modules/redshift/main.tf", r"""
variable "master_username" {
  type    = string
  default = "dwadmin"
}

resource "random_password" "master" {
  length           = 32
  special          = true
  override_special = "!#%*-_"
}

resource "aws_secretsmanager_secret" "master" {
  name = "dp/redshift/master"
}

resource "aws_secretsmanager_secret_version" "master" {
  secret_id     = aws_secretsmanager_secret.master.id
  secret_string = jsonencode({ username = var.master_username, password = random_password.master.result })
}

resource "aws_redshift_cluster" "dw" {
  cluster_identifier = "dw-prod"
  node_type          = "ra3.xlplus"
  number_of_nodes    = 2
  database_name      = "survey"
  master_username    = var.master_username
  master_password    = random_password.master.result
  encrypted          = true
}
""", "Terraform random_password resource and Secrets Manager")

vault_blob = "\n".join(hexs(80) for _ in range(8))
D("ansible", "vault-encrypted", "ansible/group_vars/limesurvey/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + vault_blob + "\n",
  "Ansible Vault encrypted file format ($ANSIBLE_VAULT;1.1;AES256)")

D("yaml", "sops-encrypted", "secrets/prod/router.enc.yaml", fill(r"""
database_url: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
lucid_hash_key: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@rcp@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@ae1@@
            @@ae2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-05-02T10:11:40Z"
    mac: ENC[AES256_GCM,data:@@d3@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", d1=rand_b64(60), iv1=rand_b64(32), t1=rand_b64(16), d2=rand_b64(33), iv2=rand_b64(32), t2=rand_b64(16),
    rcp=tok(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), ae1=rand_b64(48), ae2=rand_b64(45), d3=rand_b64(48),
    iv3=rand_b64(32), t3=rand_b64(16)), "SOPS encrypted YAML (ENC[AES256_GCM,...]) with age recipients")

D("k8s", "sealed-secret", "k8s/router/sealedsecret.yaml", fill(r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: router-hash-keys
  namespace: fieldwork
spec:
  encryptedData:
    LUCID_HASH_KEY: @@e1@@
    PURESPECTRUM_HASH_KEY: @@e2@@
  template:
    metadata:
      name: router-hash-keys
      namespace: fieldwork
    type: Opaque
""", e1=rand_b64(360), e2=rand_b64(360)), "Bitnami Sealed Secrets: encryptedData is public-key encrypted")

D("pem", "certificate", "certs/panel-callback-chain.pem", cert_pem() + "\n" + cert_pem() + "\n",
  "X.509 certificate chain in PEM (RFC 7468)")

D("ssh-pub", "public-key", "deploy/keys/sftp_panel_drop.pub", "\n".join([
    "# public half of the delivery key; give this to clients for their SFTP allow-list",
    ssh_pub("nfi-delivery@dp-jump"),
    "# previous key (revoked 2024-01-31, kept for the audit trail)",
    ssh_pub("nfi-delivery-2023@dp-jump"),
    "# CI runner key",
    ssh_pub("gha-deliver-tables"),
]) + "\n", "OpenSSH public key format (authorized_keys)")

D("pgp", "public-key", "keys/fieldwork-team.asc", "-----BEGIN PGP PUBLIC KEY BLOCK-----\nComment: Fieldwork team - encrypt sample files to this key\n\n"
  + _wrap(base64.b64encode(b"\x99\x01\x8d\x04" + _rand_bytes(700)).decode(), 64) + "\n=" + rand_b64(3)
  + "\n-----END PGP PUBLIC KEY BLOCK-----\n", "OpenPGP ASCII armor public key block (RFC 4880)")

D("checksums", "sha256sums", "vendor/installers/SHA256SUMS", fill(r"""
@@h1@@  SPSS_Statistics_29.0.2_Win64.exe
@@h2@@  SPSS_Statistics_29.0.2_Mac.pkg
@@h3@@  R-4.3.2-win.exe
@@h4@@  RStudio-2023.12.1-402.exe
@@h5@@  snowflake-odbc-3.2.0.x86_64.rpm
@@h6@@  msodbcsql18_18.3.2.1-1_amd64.deb
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64), h6=hexs(64)), "sha256sum(1) check file format")

D("dockerfile", "digest", "images/tables-builder/Dockerfile", fill(r"""
# Pinned by digest so table builds are reproducible across waves.
FROM rocker/r-ver:4.3.2@sha256:@@d1@@ AS base
ARG BUILD_ID=@@bid@@
ARG GIT_SHA=@@sha@@
LABEL org.opencontainers.image.revision=$GIT_SHA \
      org.opencontainers.image.source=https://gitlab.northfield-insights.com/dp/tables-builder
RUN R -e "install.packages(c('survey','openxlsx','data.table'), repos='https://packagemanager.posit.co/cran/__linux__/jammy/2024-03-01')"
COPY --from=ghcr.io/astral-sh/uv@sha256:@@d2@@ /uv /usr/local/bin/uv
WORKDIR /work
COPY . .
CMD ["Rscript", "build_tables.R"]
""", d1=hexs(64), bid=hexs(12), sha=hexs(40), d2=hexs(64)), "Dockerfile FROM image@digest; OCI image annotations")

D("gh-actions", "pinned-shas", ".github/workflows/lint.yml", fill(r"""
name: lint
on: [pull_request]
permissions:
  contents: read
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@@@c1@@ # v4.1.1
      - uses: actions/setup-python@@@c2@@ # v5.0.0
        with:
          python-version: "3.11"
      - uses: r-lib/actions/setup-r@@@c3@@ # v2.8.4
      - run: pip install ruff==0.3.4 && ruff check .
      - run: Rscript -e 'lintr::lint_dir("R")'
""", c1=hexs(40), c2=hexs(40), c3=hexs(40)), "GitHub Actions security hardening: pin actions to a full commit SHA")

D("package-lock", "integrity", "dashboards/client-portal/package-lock.json", fill(r"""
{
  "name": "client-portal",
  "version": "3.2.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/jsonwebtoken": {
      "version": "9.0.2",
      "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/mapbox-gl": {
      "version": "3.2.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.2.0.tgz",
      "integrity": "sha512-@@i2@@"
    },
    "node_modules/@stripe/stripe-js": {
      "version": "3.0.10",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-3.0.10.tgz",
      "integrity": "sha512-@@i3@@"
    }
  }
}
""", i1=rand_b64(64), i2=rand_b64(64), i3=rand_b64(64)), "npm package-lock.json integrity (SRI sha512)")

D("markdown", "vendor-example", "docs/aws-access-for-analysts.md", r"""
# AWS access for analysts

Use SSO (`aws sso login --profile dp`) -- do not create access keys for yourself.

If a tool insists on a credentials file, this is the *shape* it expects (values are the
examples from the AWS documentation, they do not work):

```ini
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Ask #dp-help for a role instead; the loader roles are listed in `infra/iam/roles.tf`.
""", "AWS documentation example access key (AKIAIOSFODNN7EXAMPLE)")

D("log", "export-job", "logs/qx-exporter-2024-05-14.log", fill(r"""
2024-05-14 02:15:03,118 INFO exporter.run surveys=3 since=2024-05-13
2024-05-14 02:15:03,902 INFO export started survey=@@sv1@@ progressId=ES_@@p1@@
2024-05-14 02:15:21,447 INFO export complete survey=@@sv1@@ fileId=@@f1@@ percent=100
2024-05-14 02:15:22,010 INFO export started survey=@@sv2@@ progressId=ES_@@p2@@
2024-05-14 02:15:40,733 INFO export complete survey=@@sv2@@ fileId=@@f2@@ percent=100
2024-05-14 02:15:41,250 INFO s3 put s3://nfi-fieldwork-raw/qualtrics/brand-tracker/2024-05-13.zip etag="@@etag@@"
2024-05-14 02:15:41,251 INFO request-id=@@rq@@ token=***redacted*** status=200
""", sv1=sv_id(), sv2=sv_id(), p1=tok(15), p2=tok(15), f1=uuid4() + "-def", f2=uuid4() + "-def", etag=hexs(32),
    rq=uuid4()), "exporter log: Qualtrics progress and file ids, S3 ETag, redacted token")

D("csv", "quota-table", "fieldwork/quotas/NFI-24-031_quotas.csv", fill(r"""
cell_id,description,target,achieved,status,cell_uuid,last_update_sha
GB_M_18_34,Male 18-34,180,176,open,@@u1@@,@@s1@@
GB_M_35_54,Male 35-54,220,220,closed,@@u2@@,@@s2@@
GB_M_55P,Male 55+,200,164,open,@@u3@@,@@s3@@
GB_F_18_34,Female 18-34,180,181,closed,@@u4@@,@@s4@@
GB_F_35_54,Female 35-54,230,212,open,@@u5@@,@@s5@@
GB_F_55P,Female 55+,210,150,open,@@u6@@,@@s6@@
""", u1=uuid4(), u2=uuid4(), u3=uuid4(), u4=uuid4(), u5=uuid4(), u6=uuid4(), s1=hexs(40), s2=hexs(40),
    s3=hexs(40), s4=hexs(40), s5=hexs(40), s6=hexs(40)), "quota tracking sheet: cell UUIDs and commit SHAs")

D("sql", "schema", "db/migrations/0012_vendor_credentials.sql", r"""
-- Vendor credentials are NOT stored in the router DB. We keep only a pointer to the
-- secret in AWS Secrets Manager and the last rotation date.
CREATE TABLE vendor_credential_ref (
    vendor_code     text PRIMARY KEY REFERENCES panel_vendor(code),
    secret_arn      text NOT NULL,          -- arn:aws:secretsmanager:eu-west-2:...:secret:router/<vendor>
    secret_version  text,
    rotated_at      timestamptz NOT NULL DEFAULT now(),
    rotated_by      text NOT NULL
);

INSERT INTO vendor_credential_ref (vendor_code, secret_arn, secret_version, rotated_by) VALUES
  ('LUC', 'arn:aws:secretsmanager:eu-west-2:418273645092:secret:router/lucid-Xk2p9Q', 'AWSCURRENT', 'amira'),
  ('PSP', 'arn:aws:secretsmanager:eu-west-2:418273645092:secret:router/purespectrum-7TqW1z', 'AWSCURRENT', 'amira');

ALTER TABLE panel_vendor DROP COLUMN api_key;
""", "PostgreSQL DDL; AWS Secrets Manager ARNs")

D("python", "secrets-manager", "router/secrets.py", r'''
"""Supplier keys are fetched from AWS Secrets Manager at start-up and cached in memory."""
import functools
import json

import boto3

_client = boto3.client("secretsmanager", region_name="eu-west-2")


@functools.lru_cache(maxsize=None)
def supplier_secret(vendor: str) -> dict:
    resp = _client.get_secret_value(SecretId=f"router/{vendor}")
    return json.loads(resp["SecretString"])


def hash_key(vendor: str) -> str:
    return supplier_secret(vendor)["hash_key"]


def api_key(vendor: str) -> str:
    return supplier_secret(vendor)["api_key"]
''', "boto3 Secrets Manager get_secret_value")

D("postman", "template-vars", "postman/PureSpectrum.postman_collection.json", fill(r"""
{
	"info": {
		"_postman_id": "@@id@@",
		"name": "PureSpectrum Buyer API",
		"schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
	},
	"item": [
		{
			"name": "Get survey",
			"request": {
				"method": "GET",
				"header": [
					{"key": "access-token", "value": "{{ps_access_token}}", "type": "text"}
				],
				"url": "{{ps_base}}/surveys/{{survey_id}}"
			}
		}
	],
	"variable": [
		{"key": "ps_base", "value": "https://api.purespectrum.com/api/v2"},
		{"key": "ps_access_token", "value": ""},
		{"key": "survey_id", "value": "41877"}
	]
}
""", id=uuid4()), "Postman collection v2.1 with {{variable}} placeholders")

D("xml", "token-replacement", "CatiPortal/Web.Release.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <!-- #{...}# tokens are replaced by the Azure DevOps "Replace Tokens" task from the
       CatiPortal-Prod variable group (secrets are marked secret there). -->
  <connectionStrings>
    <add name="CatiPortal"
         connectionString="Data Source=#{SqlServer}#;Initial Catalog=CatiPortal;User ID=#{SqlUser}#;Password=#{SqlPassword}#"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
  <system.web>
    <compilation xdt:Transform="RemoveAttributes(debug)" />
  </system.web>
</configuration>
""", "Web.config transformation syntax; Replace Tokens #{var}# placeholders")

D("appsettings", "keyvault-ref", "src/Incentives.Api/appsettings.Production.json", r"""
{
  "KeyVault": {
    "Uri": "https://kv-nfi-incentives.vault.azure.net/"
  },
  "Tango": {
    "BaseUrl": "https://api.tangocard.com/raas/v2",
    "PlatformName": "NorthfieldInsights",
    "PlatformKey": "@Microsoft.KeyVault(SecretUri=https://kv-nfi-incentives.vault.azure.net/secrets/tango-platform-key/)"
  },
  "ConnectionStrings": {
    "Incentives": "Server=tcp:sql-nfi-incentives.database.windows.net,1433;Database=incentives;Authentication=Active Directory Default;"
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
""", "Azure App Service Key Vault references (@Microsoft.KeyVault(SecretUri=...))")

D("properties", "placeholders", "payouts/src/main/resources/application-prod.properties", fill(r"""
paypal.mode=live
paypal.client.id=${PAYPAL_CLIENT_ID}
paypal.client.secret=${PAYPAL_CLIENT_SECRET}
spring.datasource.url=jdbc:postgresql://payouts-db.internal:5432/payouts
spring.datasource.username=payouts
spring.datasource.password=ENC(@@enc@@)
jasypt.encryptor.password=${JASYPT_ENCRYPTOR_PASSWORD}
management.endpoints.web.exposure.include=health,info
""", enc=rand_b64(48)), "Spring property placeholders; Jasypt ENC() encrypted values")

D("php", "laravel-env", "portal/config/database.php", r"""
<?php

return [
    'default' => env('DB_CONNECTION', 'pgsql'),

    'connections' => [
        'pgsql' => [
            'driver' => 'pgsql',
            'host' => env('DB_HOST', '127.0.0.1'),
            'port' => env('DB_PORT', '5432'),
            'database' => env('DB_DATABASE', 'portal'),
            'username' => env('DB_USERNAME', 'portal'),
            'password' => env('DB_PASSWORD', ''),
            'charset' => 'utf8',
            'sslmode' => 'prefer',
        ],
    ],

    'redis' => [
        'default' => [
            'url' => env('REDIS_URL'),
            'password' => env('REDIS_PASSWORD'),
        ],
    ],
];
""", "Laravel config/database.php reading env()")

D("go", "getenv", "internal/config/config.go", fill(r"""
package config

import (
	"fmt"
	"os"
)

// Namespace for deterministic respondent ids (uuid v5); not a secret.
const RespondentNamespace = "@@ns@@"

type Config struct {
	ClickHouseDSN string
	TolunaKey     string
	PartnerGUID   string
}

func Load() (*Config, error) {
	c := &Config{
		ClickHouseDSN: os.Getenv("CLICKHOUSE_DSN"),
		TolunaKey:     os.Getenv("TOLUNA_API_AUTH_KEY"),
		PartnerGUID:   "@@guid@@",
	}
	if c.ClickHouseDSN == "" || c.TolunaKey == "" {
		return nil, fmt.Errorf("CLICKHOUSE_DSN and TOLUNA_API_AUTH_KEY must be set")
	}
	return c, nil
}
""", ns=uuid4(), guid=uuid4()), "Go os.Getenv; UUID namespace and partner id constants")

D("markdown", "policy", "docs/security/password-policy.md", r"""
# Password policy (fieldwork systems)

Applies to LimeSurvey admin accounts, the CATI supervisor console and the community admin.

* At least 14 characters; a passphrase of four random words is fine.
* No passwords reused from another system, and none from breach lists.
* The portal rejects common patterns. Examples of passwords it **rejects**:
  `Password1`, `Summer2024!`, `Qwerty123`, `Kestrel2024`, `changeme`.
* Shared service passwords are generated by 1Password (32 characters) and live in the
  "Fieldwork - Services" vault. Never send them by email or Slack.
* Interviewer PINs are 6 digits and reset every quarter.

Report a suspected leak to security@kestrelfield.net straight away.
""", "organisation password policy (NCSC password guidance) with rejected examples")

D("lss", "question-export", "limesurvey/exports/limesurvey_survey_482913.lss", r"""
<?xml version="1.0" encoding="UTF-8"?>
<document>
 <LimeSurveyDocType>Survey</LimeSurveyDocType>
 <DBVersion>624</DBVersion>
 <languages>
  <language>en</language>
 </languages>
 <questions>
  <fields>
   <fieldname>qid</fieldname>
   <fieldname>type</fieldname>
   <fieldname>title</fieldname>
  </fields>
  <rows>
   <row>
    <qid><![CDATA[2041]]></qid>
    <type><![CDATA[S]]></type>
    <title><![CDATA[PANELPW]]></title>
   </row>
  </rows>
 </questions>
 <question_l10ns>
  <rows>
   <row>
    <qid><![CDATA[2041]]></qid>
    <question><![CDATA[Choose a password for your Kestrel Voices panel account (min. 10 characters).]]></question>
    <help><![CDATA[This is stored encrypted. Interviewers never see it.]]></help>
    <language><![CDATA[en]]></language>
   </row>
  </rows>
 </question_l10ns>
</document>
""", "LimeSurvey survey structure export (.lss XML)")

D("yaml", "openapi", "docs/api/router-openapi.yaml", r"""
openapi: 3.0.3
info:
  title: Redirect router API
  version: 1.6.0
servers:
  - url: https://r.bluebridge-research.co.uk/api
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-Router-Key
      description: Issued per supplier. Example value shown in docs is YOUR_API_KEY.
paths:
  /projects/{projectId}/stats:
    get:
      security:
        - ApiKeyAuth: []
      parameters:
        - {name: projectId, in: path, required: true, schema: {type: string, example: BB-24-117}}
        - {name: X-Router-Key, in: header, schema: {type: string, example: YOUR_API_KEY}}
      responses:
        "200":
          description: Completes, terminates and over-quotas so far
""", "OpenAPI 3.0 securitySchemes apiKey with example placeholder")

D("gitlab-ci", "masked-vars", "ci/templates/deliver.gitlab-ci.yml", r"""
# Included by project pipelines. CLIENT_SFTP_PASS and SNOWFLAKE_PASSWORD are masked,
# protected CI/CD variables set in the group settings, not here.
.deliver:
  image: alpine:3.19
  before_script:
    - apk add --no-cache lftp openssh-client
  script:
    - test -n "$CLIENT_SFTP_PASS" || (echo "CLIENT_SFTP_PASS not set" && exit 1)
    - lftp -u "$CLIENT_SFTP_USER,$CLIENT_SFTP_PASS" "sftp://$CLIENT_SFTP_HOST" -e "mirror -R out/ $CLIENT_SFTP_DIR; bye"
    - 'curl -sS --header "JOB-TOKEN: $CI_JOB_TOKEN" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/releases"'
  rules:
    - if: $CI_COMMIT_TAG
""", "GitLab CI/CD: masked variables, CI_JOB_TOKEN predefined variable")

D("jenkinsfile", "with-credentials", "ci/Jenkinsfile.deliver", r"""
pipeline {
  agent { label 'linux' }
  parameters { string(name: 'WAVE', defaultValue: '27') }
  stages {
    stage('Deliver') {
      steps {
        withCredentials([
          usernamePassword(credentialsId: 'acme-sftp', usernameVariable: 'SFTP_USER', passwordVariable: 'SFTP_PASS'),
          string(credentialsId: 'slack-dp-webhook', variable: 'SLACK_URL')
        ]) {
          sh 'lftp -u "$SFTP_USER,$SFTP_PASS" sftp://sftp.acme-client.example -e "mirror -R out/ /incoming/w${WAVE}; bye"'
          sh 'curl -s -X POST -d "{\\"text\\":\\"W${WAVE} delivered\\"}" "$SLACK_URL"'
        }
      }
    }
  }
}
""", "Jenkins Credentials Binding plugin: withCredentials usernamePassword")

D("crontab", "env-file", "ops/crontab/dp-jump", r"""
# DP jump host schedule. Secrets are in /etc/dp/env (root:dp 0640), sourced per job.
SHELL=/bin/bash
MAILTO=dp-alerts@northfield-insights.com

0 3 * * *   . /etc/dp/env && /opt/dp/bin/qx-export --all >> /var/log/dp/qx-export.log 2>&1
30 3 * * *  . /etc/dp/env && /opt/dp/bin/load-snowflake >> /var/log/dp/load.log 2>&1
0 7 * * 1-5 . /etc/dp/env && /opt/dp/bin/quota-digest --slack >> /var/log/dp/digest.log 2>&1
15 4 * * 0  /usr/bin/find /var/log/dp -name '*.log' -size +100M -exec truncate -s 0 {} \;
""", "crontab(5) with environment sourced from a protected file")

D("systemd", "load-credential", "deploy/systemd/router.service", r"""
[Unit]
Description=Redirect router
After=network-online.target

[Service]
User=router
EnvironmentFile=/etc/router/router.env
LoadCredential=lucid-hash-key:/etc/credstore/router/lucid-hash-key
LoadCredential=db-password:/etc/credstore/router/db-password
Environment=HASH_KEY_FILE=%d/lucid-hash-key
Environment=DB_PASSWORD_FILE=%d/db-password
ExecStart=/opt/router/bin/router --listen 127.0.0.1:8090
Restart=always

[Install]
WantedBy=multi-user.target
""", "systemd.exec(5): LoadCredential= and EnvironmentFile=")

D("nginx", "header-variable", "deploy/nginx/survey-proxy.conf", r"""
server {
    listen 443 ssl http2;
    server_name r.bluebridge-research.co.uk;

    ssl_certificate     /etc/letsencrypt/live/r.bluebridge-research.co.uk/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/r.bluebridge-research.co.uk/privkey.pem;

    location /admin/ {
        auth_basic           "Router admin";
        auth_basic_user_file /etc/nginx/htpasswd.router;
        proxy_pass           http://127.0.0.1:8090;
    }

    location /api/ {
        proxy_set_header X-Router-Key $http_x_router_key;
        proxy_set_header X-Request-Id $request_id;
        proxy_pass http://127.0.0.1:8090;
    }
}
""", "nginx ngx_http_auth_basic_module; proxy_set_header with variables")

D("notebook", "getpass", "notebooks/kobo_exploration.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "id": "0c8e6f21",
   "metadata": {},
   "outputs": [
    {
     "name": "stdin",
     "output_type": "stream",
     "text": [
      "Kobo API token: ········\n"
     ]
    }
   ],
   "source": [
    "import getpass, requests\n",
    "token = getpass.getpass(\"Kobo API token: \")\n",
    "h = {\"Authorization\": f\"Token {token}\"}\n",
    "r = requests.get(\"https://kf.kobotoolbox.org/api/v2/assets/aW7hRk3bQxz9TJvLm2pQyD/data.json\", headers=h)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", "Jupyter notebook using getpass (masked stdin)")

D("toml", "key-file-path", ".snowflake/connections.example.toml", r"""
# Example connections for new analysts; copy to ~/.snowflake/connections.toml.
[analyst]
account = "xy12345.eu-west-1"
user = "YOUR_NAME"
authenticator = "externalbrowser"
warehouse = "ANALYST_WH"
database = "SURVEY_DW"

[loader]
account = "xy12345.eu-west-1"
user = "QX_LOADER"
authenticator = "SNOWFLAKE_JWT"
private_key_file = "/etc/dp/keys/qx_loader_rsa_key.p8"
private_key_file_pwd = "$SNOWFLAKE_PRIVATE_KEY_PASSPHRASE"
""", "Snowflake connections.toml: externalbrowser and key-pair file paths")

D("dbt-profiles", "env-var", "transform/profiles.example.yml", r"""
nfi_snowflake:
  target: dev
  outputs:
    dev:
      type: snowflake
      account: xy12345.eu-west-1
      user: "{{ env_var('DBT_SNOWFLAKE_USER') }}"
      password: "{{ env_var('DBT_SNOWFLAKE_PASSWORD') }}"
      role: TRANSFORMER
      warehouse: TRANSFORM_WH
      database: SURVEY_DW_DEV
      schema: "dbt_{{ env_var('DBT_SNOWFLAKE_USER') | lower }}"
      threads: 4
""", "dbt docs: env_var Jinja function in profiles.yml")

D("k8s", "configmap-checksum", "k8s/router/deployment.yaml", fill(r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: redirect-router
  namespace: fieldwork
spec:
  replicas: 3
  selector:
    matchLabels: {app: redirect-router}
  template:
    metadata:
      labels: {app: redirect-router}
      annotations:
        checksum/config: @@c1@@
        checksum/secret: @@c2@@
    spec:
      containers:
        - name: router
          image: registry.bluebridge-research.co.uk/router@sha256:@@d@@
          envFrom:
            - configMapRef: {name: router-config}
            - secretRef: {name: router-db}
""", c1=hexs(64), c2=hexs(64), d=hexs(64)), "Helm/Kubernetes checksum annotations and image digests")

D("json", "external-account", "credentials/bq-wif-config.json", r"""
{
  "universe_domain": "googleapis.com",
  "type": "external_account",
  "audience": "//iam.googleapis.com/projects/284710395512/locations/global/workloadIdentityPools/github-pool/providers/github",
  "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
  "token_url": "https://sts.googleapis.com/v1/token",
  "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/panel-loader@nfi-survey-warehouse.iam.gserviceaccount.com:generateAccessToken",
  "credential_source": {
    "environment_id": "github",
    "url": "$ACTIONS_ID_TOKEN_REQUEST_URL&audience=https://iam.googleapis.com/projects/284710395512/locations/global/workloadIdentityPools/github-pool/providers/github",
    "headers": {"Authorization": "Bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN"},
    "format": {"type": "json", "subject_token_field_name": "value"}
  }
}
""", "Google Cloud workload identity federation credential configuration (no key)")

D("pem", "public-key", "keys/panel-callback-verify.pem", "# PureSpectrum callback signing public key (for verifying their JWT callbacks)\n"
  + public_pem() + "\n", "PEM SubjectPublicKeyInfo (RFC 7468)")

D("dotenv", "public-ids", "portal/.env.production", fill(r"""
# Public, build-time values only (they end up in the browser bundle anyway).
NEXT_PUBLIC_SITE_URL=https://portal.northfield-insights.com
NEXT_PUBLIC_GA_MEASUREMENT_ID=G-7QK2M9XW4T
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
NEXT_PUBLIC_SENTRY_DSN=https://@@dsn@@@o4506112.ingest.sentry.io/4506112853
NEXT_PUBLIC_RECAPTCHA_SITE_KEY=6Lc@@site@@
NEXT_PUBLIC_BUILD_SHA=@@sha@@
""", pk=stripe("pk_live_51"), dsn=hexs(32), site=tok(37, ALNUM + "_-"), sha=hexs(40)),
  "Next.js NEXT_PUBLIC_ variables; Stripe publishable key, Sentry public DSN, reCAPTCHA site key")

D("python", "pepper-from-env", "privacy/pseudonymise.py", fill(r'''
"""Pseudonymise respondent identifiers before data leaves the fieldwork environment.

The pepper is loaded from the environment (Vault Agent template); the namespace UUID below
only makes the output deterministic and is not a secret.
"""
import hashlib
import hmac
import os
import uuid

NAMESPACE = uuid.UUID("@@ns@@")
_PEPPER = os.environ["RESPONDENT_ID_PEPPER"].encode()


def pseudonym(email: str) -> str:
    digest = hmac.new(_PEPPER, email.strip().lower().encode(), hashlib.sha256).hexdigest()
    return str(uuid.uuid5(NAMESPACE, digest))
''', ns=uuid4()), "Python hmac/uuid5 pseudonymisation with the key from the environment")

D("markdown", "incident-masked", "docs/incidents/2024-02-19-export-failure.md", fill(r"""
# 2024-02-19: nightly Qualtrics export failed

**Impact:** tracker dashboards one day stale.

**Cause:** the exporter's token was regenerated by a brand admin. The job logged:

```
2024-02-19 02:15:04 ERROR 401 Unauthorized X-API-TOKEN=************************************@@tail@@
2024-02-19 02:15:04 ERROR request-id=@@rq@@
```

**Fix:** new token stored in Secrets Manager (`dp/qualtrics/exporter`), pod restarted 09:12.

**Follow-up:** brand admins must not regenerate tokens of service accounts (DP-882).
""", tail=tok(4), rq=uuid4()), "incident write-up with a masked token and a request id")

D("git", "commit-shas", ".git-blame-ignore-revs", fill(r"""
# Reformatting commits to skip in `git blame` (git config blame.ignoreRevsFile .git-blame-ignore-revs)

# 2023-09: styler across R/
@@c1@@
# 2023-11: ruff format across dp/
@@c2@@
# 2024-02: SPSS syntax line endings normalised
@@c3@@
""", c1=hexs(40), c2=hexs(40), c3=hexs(40)), "git blame --ignore-revs-file: commit SHAs")

D("shell", "password-generation", "scripts/rotate_router_db_password.sh", r"""
#!/usr/bin/env bash
# Rotate the router's database password: generate, store in Vault, apply, restart.
set -euo pipefail
NEW=$(openssl rand -base64 32 | tr -d '/+=' | cut -c1-28)

vault kv put kv/router/db password="$NEW"
psql "$ADMIN_DSN" -v ON_ERROR_STOP=1 -c "ALTER ROLE router WITH PASSWORD '$NEW';"
kubectl -n fieldwork rollout restart deployment/redirect-router
unset NEW
echo "rotated; new password is only in Vault (kv/router/db)"
""", "openssl rand; vault kv put; ALTER ROLE ... PASSWORD with a generated variable")

D("html", "email-template", "invites/templates/invite.html", r"""
<!doctype html>
<html>
<body style="font-family: Arial, sans-serif; color: #252423;">
  <p>Dear {{ first_name }},</p>
  <p>We would value your views on your recent stay. The survey takes about 8 minutes.</p>
  <p><a href="{{ survey_link }}" style="background:#1F4E79;color:#FFFFFF;padding:10px 18px;text-decoration:none;">Start the survey</a></p>
  <p style="font-size:12px;color:#7F7F7F;">
    Your reference: {{ rid }}.<br>
    Not interested? <a href="https://nfi.link/u/{{ unsubscribe_token }}">Unsubscribe</a>.
  </p>
  <img src="https://nfi.link/o/{{ open_pixel_id }}.gif" width="1" height="1" alt="">
</body>
</html>
""", "SendGrid dynamic template (Handlebars placeholders)")

D("json", "webhook-fixture", "tests/fixtures/sm_webhook_response_completed.json", fill(r"""
{
  "headers": {
    "Content-Type": "application/json",
    "Sm-Apikey": "<api-key-id>",
    "Sm-Signature": "@@sig@@"
  },
  "body": {
    "name": "EE24 completed",
    "filter_type": "survey",
    "filter_id": "418250637",
    "event_type": "response_completed",
    "event_id": "10025471962",
    "object_type": "response",
    "object_id": "118240971533",
    "event_datetime": "2024-02-01T10:41:22.000Z",
    "resources": {"respondent_id": "118240971533", "survey_id": "418250637", "user_id": "152097343"}
  }
}
""", sig=rand_b64(20)), "SurveyMonkey webhook callback example (signature is an HMAC output)")

D("r", "palette", "R/theme_nfi.R", r"""
# House style for charts in client decks
nfi_palette <- c(
  navy   = "#1F4E79",
  blue   = "#2E75B6",
  sky    = "#9DC3E6",
  rust   = "#C55A11",
  peach  = "#F4B183",
  green  = "#548235",
  grey   = "#7F7F7F"
)

theme_nfi <- function(base_size = 11) {
  ggplot2::theme_minimal(base_size = base_size) +
    ggplot2::theme(plot.title = ggplot2::element_text(face = "bold", colour = nfi_palette[["navy"]]),
                   legend.position = "bottom")
}

set.seed(20240514)  # bootstrap CIs in the deck are reproducible
""", "ggplot2 theme with hex colour codes")

D("aws-config", "sso-profile", "ops/dp-jump/.aws/config", r"""
[profile dp]
sso_session = nfi
sso_account_id = 418273645092
sso_role_name = DataPlatformAnalyst
region = eu-west-2

[profile dp-loader]
role_arn = arn:aws:iam::418273645092:role/dp-loader
source_profile = dp
region = eu-west-2

[sso-session nfi]
sso_start_url = https://nfi.awsapps.com/start
sso_region = eu-west-2
sso_registration_scopes = sso:account:access
""", "AWS CLI config: IAM Identity Center (SSO) profiles, no keys")

