"""Blind set CA: clinical trials, pharma and biotech operations.

The teams that run LIMS (LabWare, LabVantage, STARLIMS, Benchling, LabKey), electronic data
capture (REDCap, Medidata Rave, OpenClinica, Castor, Veeva Vault CDMS), eTMF and QMS systems
(Veeva Vault, TrackWise Digital, SharePoint/Box exchanges), instrument integration and
chromatography data systems (Empower, Chromeleon, OPC UA bioreactors, SiLA 2, MQTT), sample
tracking with Zebra barcode printers, pharmacovigilance (Argus Safety, E2B gateways over AS2,
openFDA, MedDRA), the validated Python/R/SAS pipelines, Shiny apps and ShinyProxy, Airflow jobs,
SFTP/PGP exchanges with CROs, and the deploy configs of these teams (Docker, Kubernetes, Helm,
Terraform, Ansible, CI), with their decoys. Generated fakes only (seeds 720000-729999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional
from urllib.parse import quote

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
_SEED = [720000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 730000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 730000
    return _SEED[0]


WORDS = ["Aspirin", "Placebo", "Cohort", "Assay", "Titer", "Vial", "Pipette", "Reagent", "Aliquot", "Plasma",
         "Centrifuge", "Cuvette", "Protocol", "Baseline", "Sterile", "Vortex", "Buffer", "Isotope", "Pellet", "Kinase"]
LOWER = ["beaker", "sample", "spindle", "marble", "thimble", "orchard", "copper", "lantern", "meadow", "falcon",
         "harbor", "willow", "quartz", "ember", "saffron", "glacier"]
STEMS = ["Empower", "Chromeleon", "Labware", "Redcap", "Argus", "Clinical", "Pharma", "Biotech", "Lims", "Qc-Lab",
         "Stability", "Batch", "Gmp", "Trial", "Safety", "Veeva"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    """What a lab or clinical-ops admin types: a system name, a symbol, a year or a count."""
    r = _rng()
    return r.choice(STEMS) + r.choice("!@#$_.") + str(r.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025, r.randint(100, 9999)])) + r.choice(["", "!", "#", "$"])


def season_pw() -> str:
    r = _rng()
    return r.choice(["Spring", "Summer", "Autumn", "Winter", "January", "October"]) + str(r.randint(2019, 2025)) + r.choice("!#@$")


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


def hexu(n: int) -> str:
    return hexs(n).upper()


def chars(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def urlsafe_key(n: int = 32) -> str:
    r = _rng()
    return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def redcap_token() -> str:
    return hexu(32)


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def teams_webhook(tenant: str) -> str:
    return (f"https://{tenant}.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def atlassian_token() -> str:
    r = _rng()
    return ("ATATT3xFfGF0" + "".join(r.choice(ALNUM + "_-") for _ in range(183)) + "="
            + "".join(r.choice("0123456789ABCDEF") for _ in range(8)))


def okta_token() -> str:
    return "00" + chars(40, ALNUM + "_-")


def vault_token() -> str:
    return "hvs.CAESI" + chars(86, ALNUM + "_-")


def artifactory_identity() -> str:
    return b64("reftkn:01:" + str(_rng().randint(1767225600, 1893456000)) + ":" + chars(32))


def tableau_pat() -> str:
    return b64_bytes(16) + ":" + chars(32)


def databricks_token() -> str:
    return "dapi" + hexs(32)


def pem(kind: str = "PRIVATE KEY", lines: int = 25) -> str:
    r = _rng()
    head = {"PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ",
            "RSA PRIVATE KEY": "MIIEowIBAAKCAQEA",
            "EC PRIVATE KEY": "MHcCAQEEI"}[kind]
    body = head + "".join(r.choice(B64) for _ in range(64 * lines - len(head) - 20))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(rows) + f"\n-----END {kind}-----"


def openssh_key() -> str:
    r = _rng()
    head = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
    body = head + "".join(r.choice(B64) for _ in range(70 * 5 - len(head) - 6)) + "AAAAA="
    rows = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(rows) + "\n-----END OPENSSH PRIVATE KEY-----"


def pgp_private() -> str:
    r = _rng()
    body = "lQVYBG" + "".join(r.choice(B64) for _ in range(64 * 18 - 6))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    check = "".join(r.choice(B64) for _ in range(4))
    return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(rows) + f"\n={check}\n"
            "-----END PGP PRIVATE KEY BLOCK-----")


def pgp_public() -> str:
    r = _rng()
    body = "mQINBG" + "".join(r.choice(B64) for _ in range(64 * 14 - 6))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    check = "".join(r.choice(B64) for _ in range(4))
    return ("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + "\n".join(rows) + f"\n={check}\n"
            "-----END PGP PUBLIC KEY BLOCK-----")


def cert_pem() -> str:
    r = _rng()
    body = "MIIDdzCCAl+gAwIBAgIU" + "".join(r.choice(B64) for _ in range(64 * 13 - 20))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(rows) + "\n-----END CERTIFICATE-----"


def public_pem() -> str:
    r = _rng()
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + "".join(r.choice(B64) for _ in range(64 * 6 - 44 - 8)) + "IDAQAB"
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(rows) + "\n-----END PUBLIC KEY-----"


def ssh_pub(comment: str) -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(B64) for _ in range(43)) + " " + comment


def bcrypt_hash() -> str:
    r = _rng()
    return "$2b$12$" + "".join(r.choice(ALNUM + "./") for _ in range(53))


def indent(text: str, n: int) -> str:
    return "\n".join((" " * n + line) if line else line for line in text.splitlines())


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str, **values: str) -> None:
    """One case: «name» markers of the text are filled with the values (the planted secret among them)."""
    for name, value in values.items():
        text = text.replace(f"«{name}»", value)
    assert "«" not in text, (file_name, text)
    CASES.append(LabelledCase(category, file_name, text.lstrip("\n"), secret, source))


# ---------------------------------------------------------------------------------------------
# REDCap
# ---------------------------------------------------------------------------------------------

_v = words_pw()
add("blind-ca/php/redcap-database", "redcap/database.php", """
<?php

global $log_all_errors;
$log_all_errors = FALSE;

//********************************************************************************************************************
// MYSQL DATABASE CONNECTION:
// Replace the values inside the single quotes below with the values for your MySQL configuration.
// If not using the default port 3306, then append a colon and port number to the hostname (e.g. $hostname = 'example.com:3307';).

$hostname   = 'redcap-db.ctu.internal';
$db         = 'redcap';
$username   = 'redcap_app';
$password   = '«pw»';

// You may optionally utilize a database connection over SSL/TLS for improved security. To do so, at minimum
// you must provide the path of the key file, the certificate file, and certificate authority file.
$db_ssl_key     = '';
$db_ssl_cert    = '';
$db_ssl_ca      = '/etc/ssl/certs/rds-combined-ca-bundle.pem';
$db_ssl_capath  = NULL;
$db_ssl_cipher  = NULL;
$db_ssl_verify_server_cert = false;

//********************************************************************************************************************
// SALT VARIABLE:
// Add a random value for the $salt variable below, preferably alpha-numeric with 8 characters or more. This value wll be
// used for data de-identification hashing for data exports. Do NOT change this value once it has been initially set.

$salt = trim(file_get_contents('/run/secrets/redcap_salt'));

//********************************************************************************************************************
// DATA TRANSFER SERVICES (DTS):
$dtsHostname    = '';
$dtsDb          = '';
$dtsUsername    = '';
$dtsPassword    = '';
""", _v, "REDCap install package: redcap/database.php template", pw=_v)

_v = redcap_token()
add("blind-ca/python/redcap-token", "etl/redcap_pull.py", '''
"""Nightly pull of the CTU-114 REDCap project into the analysis warehouse (SOP DM-017)."""
import logging
from datetime import date

import pandas as pd
from redcap import Project

log = logging.getLogger(__name__)

API_URL = "https://redcap.ctu.example-univ.ac.uk/api/"
API_TOKEN = "«tok»"  # CTU-114 data manager, export rights only

FORMS = ["demographics", "eligibility", "randomisation", "adverse_events", "concomitant_meds"]


def pull() -> pd.DataFrame:
    project = Project(API_URL, API_TOKEN)
    log.info("exporting %d forms from project %s", len(FORMS), project.export_project_info()["project_id"])
    records = project.export_records(forms=FORMS, format_type="df", raw_or_label="raw")
    records["extract_date"] = date.today().isoformat()
    return records


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    pull().to_parquet("/data/ctu114/raw/redcap_records.parquet")
''', _v, "PyCap documentation: Project(api_url, api_key)", tok=_v)

_v = redcap_token()
add("blind-ca/r/redcap-token", "analysis/R/01_import_redcap.R", """
# ---------------------------------------------------------------------------
# 01_import_redcap.R -- import the PRISM-2 eCRF data from REDCap
# Author: biostatistics, CTU
# ---------------------------------------------------------------------------
library(REDCapR)
library(dplyr)
library(readr)

uri   <- "https://redcap.med.example.edu/api/"
token <- "«tok»"

ds_raw <- redcap_read(
  redcap_uri = uri,
  token      = token,
  batch_size = 200,
  raw_or_label = "raw",
  export_data_access_groups = TRUE
)$data

ds <- ds_raw %>%
  filter(!is.na(record_id)) %>%
  mutate(visit_date = as.Date(visit_date))

write_rds(ds, here::here("data", "derived", "prism2_raw.rds"))
message("Imported ", nrow(ds), " rows at ", Sys.time())
""", _v, "REDCapR reference: redcap_read(redcap_uri, token)", tok=_v)

_v = redcap_token()
add("blind-ca/sas/redcap-token", "programs/import/redcap_export.sas", """
/*****************************************************************************
* Program : redcap_export.sas
* Purpose : Export records from REDCap project 4412 via the API (PROC HTTP)
* Study   : ONC-0231
*****************************************************************************/
%let redcap_url = https://redcap.hospital.example.org/api/;
%let outpath    = /sasdata/onc0231/raw;

filename body temp;
filename out "&outpath./redcap_records.csv";

data _null_;
  file body;
  put "token=«tok»&content=record&format=csv&type=flat"
      "&rawOrLabel=raw&exportDataAccessGroups=true";
run;

proc http
   in=body
   out=out
   url="&redcap_url."
   method="POST"
   ct="application/x-www-form-urlencoded";
run;

proc import datafile=out out=work.redcap_raw dbms=csv replace;
   getnames=yes;
   guessingrows=max;
run;
""", _v, "REDCap API documentation, SAS PROC HTTP example", tok=_v)

_v = redcap_token()
add("blind-ca/renviron/redcap-token", "trial-dashboard/.Renviron", """
# Local settings for the trial dashboard (read by R at start-up)
R_MAX_NUM_DLLS=150
REDCAP_API_URL=https://redcap.research.example.org/api/
REDCAP_API_TOKEN=«tok»
REDCAP_PROJECT_ID=9031
TZ=Europe/London
RENV_CONFIG_SANDBOX_ENABLED=FALSE
""", _v, "R documentation ?Startup (.Renviron); REDCapR vignette on token storage", tok=_v)

_v = hexu(64)
add("blind-ca/shell/redcap-super-token", "scripts/provision_redcap_project.sh", """
#!/usr/bin/env bash
# Create a new REDCap project for a study from the CTU template (needs the super API token).
set -euo pipefail

STUDY="${1:?usage: provision_redcap_project.sh STUDY_CODE PURPOSE}"
PURPOSE="${2:-2}"   # 2 = research
REDCAP_API="https://redcap.ctu.example.org/api/"
SUPER_TOKEN="«tok»"

payload=$(jq -n --arg t "$STUDY" --arg p "$PURPOSE" \\
  '[{project_title: $t, purpose: ($p|tonumber), is_longitudinal: 1, record_autonumbering_enabled: 1}]')

new_token=$(curl -sS -X POST "$REDCAP_API" \\
  -d token="$SUPER_TOKEN" \\
  -d content=project \\
  -d format=json \\
  --data-urlencode data="$payload")

echo "Project token for $STUDY created; store it in the vault under ctu/redcap/$STUDY"
echo "$new_token" | vault kv put "secret/ctu/redcap/$STUDY" token=-
""", _v, "REDCap API documentation: Create Project (super API token)", tok=_v)

_v = redcap_token()
add("blind-ca/stata/redcap-token", "do/00_fetch_redcap.do", """
* 00_fetch_redcap.do -- download the follow-up data from REDCap before cleaning
* Runs on the stats server; requires curl on PATH
version 17
clear all
set more off

local apiurl "https://redcap.globalhealth.example.org/api/"
local token  "«tok»"
local outfile "data/raw/followup_`c(current_date)'.csv"

!curl -s -X POST "`apiurl'" -d token=`token' -d content=record -d format=csv -d type=flat -o "`outfile'"

import delimited using "`outfile'", varnames(1) clear stringcols(_all)
compress
save "data/raw/followup.dta", replace
""", _v, "REDCap API documentation; Stata shell (!) command", tok=_v)

_v = redcap_token()
add("blind-ca/http/redcap-token", "api-tests/redcap.http", """
### REDCap API smoke tests (VS Code REST Client)
@host = https://redcap.trials.example.net/api/
@token = «tok»

### Version
POST {{host}}
Content-Type: application/x-www-form-urlencoded

token={{token}}&content=version

### Project info
POST {{host}}
Content-Type: application/x-www-form-urlencoded

token={{token}}&content=project&format=json

### Export metadata (data dictionary)
POST {{host}}
Content-Type: application/x-www-form-urlencoded

token={{token}}&content=metadata&format=json
""", _v, "VS Code REST Client README (.http files, variables)", tok=_v)

_v = words_pw()
add("blind-ca/php/redcap-ldap", "redcap/webtools2/ldap/ldap_config.php", """
<?php
// LDAP authentication settings for REDCap (PEAR Auth LDAP container)
$GLOBALS['ldapdsn'] = array(
    'url'        => 'ldaps://ad.research.example.edu',
    'port'       => '636',
    'version'    => '3',
    'basedn'     => 'OU=Users,OU=Research,DC=research,DC=example,DC=edu',
    'binddn'     => 'CN=svc-redcap-ldap,OU=Service Accounts,DC=research,DC=example,DC=edu',
    'bindpw'     => '«pw»',
    'attributes' => array('samaccountname', 'mail', 'givenname', 'sn'),
    'userattr'   => 'samAccountName',
    'userfilter' => '(objectClass=user)',
    'referrals'  => false,
    'start_tls'  => false,
);
""", _v, "REDCap install guide: webtools2/ldap/ldap_config.php (PEAR Auth)", pw=_v)

_v = words_pw()
add("blind-ca/ini/mysql-client", "ops/redcap-backup/my.cnf", """
# Credentials for the nightly mysqldump of the REDCap database (used with --defaults-extra-file)
[client]
host=redcap-db.ctu.internal
port=3306
user=redcap_backup
password="«pw»"
ssl-ca=/etc/ssl/certs/ca-bundle.crt

[mysqldump]
single-transaction
routines
triggers
max_allowed_packet=512M
""", _v, "MySQL reference manual: option files ([client] password)", pw=_v)

# REDCap decoys
add("blind-ca/php/decoy-env-reference", "docker/redcap/database.php", """
<?php
// database.php for the containerised REDCap: every value comes from the environment
// (set by the Kubernetes Secret redcap-db, see deploy/k8s/redcap.yaml)

global $log_all_errors;
$log_all_errors = FALSE;

$hostname   = getenv('REDCAP_DB_HOST');
$db         = getenv('REDCAP_DB_NAME') ?: 'redcap';
$username   = getenv('REDCAP_DB_USER');
$password   = getenv('REDCAP_DB_PASSWORD');

$db_ssl_ca  = '/etc/ssl/certs/ca-bundle.crt';
$db_ssl_verify_server_cert = true;

$salt = getenv('REDCAP_SALT');
""", None, "REDCap install package: database.php; PHP getenv")

add("blind-ca/python/decoy-env-reference", "etl/redcap_client.py", '''
"""Thin wrapper around PyCap used by every REDCap job in this repository."""
import os

from redcap import Project

REDCAP_URL = os.environ.get("REDCAP_API_URL", "https://redcap.ctu.example-univ.ac.uk/api/")


def project(study: str) -> Project:
    """The REDCap project of a study; its token is REDCAP_TOKEN_<STUDY> (injected by Airflow)."""
    token = os.environ[f"REDCAP_TOKEN_{study.upper()}"]
    if len(token) != 32:
        raise ValueError(f"REDCap tokens are 32 hexadecimal characters, got {len(token)} for {study}")
    return Project(REDCAP_URL, token)


def export_forms(study: str, forms: list) -> list:
    return project(study).export_records(forms=forms, raw_or_label="raw")
''', None, "PyCap documentation; Python os.environ")

add("blind-ca/r/decoy-keyring", "analysis/R/00_setup.R", """
# 00_setup.R -- packages and credentials for the analysis
# Tokens are never kept in code: store them once with
#   keyring::key_set("redcap", username = "prism2")
library(REDCapR)
library(keyring)

redcap_uri   <- "https://redcap.med.example.edu/api/"
redcap_token <- keyring::key_get("redcap", username = "prism2")
db_password  <- Sys.getenv("WAREHOUSE_PWD", unset = NA)

stopifnot(nchar(redcap_token) == 32)
if (is.na(db_password)) stop("WAREHOUSE_PWD is not set; see README section 'Credentials'")

options(REDCapR.verbose = FALSE)
""", None, "keyring package reference: key_get(); REDCapR vignette on credentials")

add("blind-ca/dotenv/decoy-placeholder", "trial-dashboard/.env.example", """
# Copy to .env and fill in. Never commit .env itself.
REDCAP_API_URL=https://redcap.research.example.org/api/
REDCAP_API_TOKEN=<32-character-token-from-My-Projects-API-page>
REDCAP_PROJECT_ID=
WAREHOUSE_HOST=sqlprod-ctu.internal
WAREHOUSE_USER=ctu_reader
WAREHOUSE_PWD=changeme
SMTP_PASSWORD=
SHINY_PORT=3838
""", None, "dotenv convention (.env.example); REDCap API token page")

add("blind-ca/python/decoy-test-fixture", "tests/test_redcap_pull.py", '''
"""Unit tests of the REDCap pull; the API is mocked with `responses`, no server is contacted."""
import responses

from etl import redcap_pull

# A made-up token of the right shape: REDCap checks nothing here, `responses` answers.
FAKE_TOKEN = "0123456789ABCDEF0123456789ABCDEF"
URL = "https://redcap.test.invalid/api/"


@responses.activate
def test_pull_adds_extract_date(monkeypatch):
    monkeypatch.setattr(redcap_pull, "API_URL", URL)
    monkeypatch.setattr(redcap_pull, "API_TOKEN", FAKE_TOKEN)
    responses.add(responses.POST, URL, json={"project_id": 1}, status=200)
    responses.add(responses.POST, URL, json=[{"record_id": "1", "age": "54"}], status=200)
    frame = redcap_pull.pull()
    assert "extract_date" in frame.columns
    assert responses.calls[0].request.body.startswith("token=" + FAKE_TOKEN)
''', None, "responses library README; pytest monkeypatch")

add("blind-ca/sas/decoy-sysget", "programs/import/redcap_export_env.sas", """
/*****************************************************************************
* Program : redcap_export_env.sas
* Purpose : as redcap_export.sas, token read from the environment of the
*           batch session (set by the scheduler from the credential vault)
*****************************************************************************/
%let redcap_url = https://redcap.hospital.example.org/api/;
%let token = %sysget(REDCAP_TOKEN_ONC0231);

%if %length(&token.) ne 32 %then %do;
   %put ERROR: REDCAP_TOKEN_ONC0231 is not set for this session.;
   %abort cancel;
%end;

filename body temp;
data _null_;
  file body;
  put "token=&token.&content=record&format=csv&type=flat";
run;

proc http in=body out=out url="&redcap_url." method="POST"
          ct="application/x-www-form-urlencoded";
run;
""", None, "SAS macro language reference: %SYSGET")

# ---------------------------------------------------------------------------------------------
# Medidata Rave
# ---------------------------------------------------------------------------------------------

_v = human_pw()
add("blind-ca/python/rave-password", "rave/extract_odm.py", '''
"""Pull clinical views from Medidata Rave Web Services for the weekly data review listings."""
from rwslib import RWSConnection
from rwslib.rws_requests import StudyDatasetRequest, VersionRequest

RAVE_DOMAIN = "acmepharma"            # acmepharma.mdsol.com
RWS_USER = "svc_rws_listings"
RWS_PASSWORD = "«pw»"

STUDY = "ACM-301"
ENVIRONMENT = "PROD"


def main() -> None:
    rave = RWSConnection(RAVE_DOMAIN, RWS_USER, RWS_PASSWORD)
    print("RWS version", rave.send_request(VersionRequest()))
    odm = rave.send_request(StudyDatasetRequest(STUDY, ENVIRONMENT, dataset_type="regular"))
    with open(f"out/{STUDY}_{ENVIRONMENT}_regular.xml", "w", encoding="utf-8") as handle:
        handle.write(odm)


if __name__ == "__main__":
    main()
''', _v, "rwslib documentation: RWSConnection(domain, username, password)", pw=_v)

_v = rand_pw(16, "!#%")
add("blind-ca/shell/rave-basic-auth", "rave/pull_clinical_views.sh", """
#!/bin/sh
# Pull the AE and CM clinical views from Rave as CSV for the safety listings.
# Run from cron on the SAS grid head node.
RAVE=https://biotechco.mdsol.com/RaveWebServices
STUDY="BTX-118(Prod)"
OUT=/sasdata/btx118/raw/rave

for view in AE CM LB; do
  curl --fail -sS -u 'svc.rws.btx118:«pw»' \\
       "$RAVE/studies/$STUDY/datasets/regular/$view.csv" \\
       -o "$OUT/${view}_$(date +%Y%m%d).csv" || exit 1
done
echo "Rave clinical views downloaded to $OUT"
""", _v, "Medidata Rave Web Services documentation: clinical views, basic authentication", pw=_v)

_v = pem("RSA PRIVATE KEY")
add("blind-ca/yaml/mauth-private-key", "config/mauth.yml", """
# MAuth settings of the randomisation service (app-to-app authentication with Medidata)
production:
  mauth_baseurl: https://mauth.imedidata.com
  mauth_api_version: v1
  app_uuid: «uuid»
  private_key: |
«key»
  v2_only_sign_requests: false
  disable_fallback_to_v1_on_v2_failure: false
""", _v, "mauth-client (Medidata) README: mauth.yml with app_uuid and private_key", uuid=uuid_s(), key=indent(_v, 4))

add("blind-ca/yaml/decoy-mauth-public", "config/mauth_apps.yml", """
# Public halves of the MAuth apps that call this service; the private keys stay with each app
# and are mounted from the secret store (see deploy/helm/values.yaml: mauth.privateKeySecret).
production:
  mauth_baseurl: https://mauth.imedidata.com
  app_uuid: «uuid1»
  private_key_file: /var/run/secrets/mauth/private_key.pem
  trusted_apps:
    - name: rave-edc-integration
      app_uuid: «uuid2»
      public_key: |
«pub»
""", None, "mauth-client README: private_key_file; MAuth public keys", uuid1=uuid_s(), uuid2=uuid_s(), pub=indent(public_pem(), 8))

add("blind-ca/python/decoy-study-identifiers", "rave/studies.py", '''
"""Identifiers of the Rave studies this repository reads (not credentials: they are in every ODM export)."""

STUDIES = {
    "ACM-301": {
        "study_oid": "ACM-301(Prod)",
        "study_uuid": "«u1»",
        "imedidata_study_group_uuid": "«u2»",
        "sites": {"1001": "«u3»", "1002": "«u4»"},
    },
    "ACM-302": {
        "study_oid": "ACM-302(Prod)",
        "study_uuid": "«u5»",
        "imedidata_study_group_uuid": "«u2»",
        "sites": {"2001": "«u6»"},
    },
}

RWS_BASE = "https://acmepharma.mdsol.com/RaveWebServices"
''', None, "Medidata Rave ODM exports; iMedidata study and site UUIDs",
    u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s(), u6=uuid_s())

# ---------------------------------------------------------------------------------------------
# OpenClinica
# ---------------------------------------------------------------------------------------------

_v = season_pw()
add("blind-ca/properties/openclinica-db", "openclinica/config/datainfo.properties", """
# OpenClinica 3.x datainfo.properties (trimmed to what we change from the default)
dbType=postgres
dbUser=clinica
dbPass=«pw»
db=openclinica
dbPort=5432
dbHost=oc-db.trials.internal

filePath=/usr/local/tomcat/openclinica.data/
userAccountNotification=email
adminEmail=oc-admin@trials.example.org
sysURL=https://openclinica.trials.example.org/OpenClinica/MainMenu

mailHost=smtp.trials.example.org
mailPort=25
mailProtocol=smtp
mailUsername=
mailPassword=
mailSmtpAuth=false
mailErrorMsg=oc-support@trials.example.org

log.dir=/usr/local/tomcat/logs/openclinica
logLevel=INFO
""", _v, "OpenClinica 3 installation guide: datainfo.properties", pw=_v)

_v = words_pw()
add("blind-ca/python/openclinica-password", "oc4/import_lab_results.py", '''
"""Import central-lab results into OpenClinica 4 through its REST API."""
import requests

OC_BASE = "https://sponsorco.openclinica.io"
OC_USER = "lab_import_bot"
OC_PASSWORD = "«pw»"
STUDY_OID = "S_LABSTUDY"


def token() -> str:
    response = requests.post(
        f"{OC_BASE}/user-service/api/oauth/token",
        json={"username": OC_USER, "password": OC_PASSWORD},
        timeout=30,
    )
    response.raise_for_status()
    return response.text


def import_odm(path: str) -> dict:
    with open(path, "rb") as handle:
        response = requests.post(
            f"{OC_BASE}/OpenClinica/pages/auth/api/clinicaldata/import",
            headers={"Authorization": f"Bearer {token()}"},
            files={"file": handle},
            timeout=120,
        )
    response.raise_for_status()
    return response.json()
''', _v, "OpenClinica 4 REST API documentation: oauth/token and clinicaldata import", pw=_v)

add("blind-ca/properties/decoy-build-filter", "openclinica/config/datainfo.properties.template", """
# Filtered by the build (mvn -P prod resources:resources) from the credentials in the CI vault.
dbType=postgres
dbUser=@oc.db.user@
dbPass=@oc.db.password@
db=openclinica
dbPort=5432
dbHost=@oc.db.host@

filePath=/usr/local/tomcat/openclinica.data/
sysURL=https://@oc.host@/OpenClinica/MainMenu
mailHost=smtp.trials.example.org
mailPassword=@oc.mail.password@
logLevel=INFO
""", None, "Maven resources plugin: filtering with @...@ delimiters")

_v = chars(32)
add("blind-ca/yaml/keycloak-client-secret", "oc4-integration/src/main/resources/application-prod.yml", """
server:
  port: 8085

spring:
  security:
    oauth2:
      client:
        registration:
          openclinica:
            provider: keycloak
            client-id: randomization-service
            client-secret: «sec»
            authorization-grant-type: client_credentials
        provider:
          keycloak:
            token-uri: https://auth.sponsorco.openclinica.io/auth/realms/sponsorco/protocol/openid-connect/token

openclinica:
  base-url: https://sponsorco.openclinica.io
  study-oid: S_RANDSTDY
""", _v, "Spring Security OAuth2 client properties; Keycloak client credentials", sec=_v)

_v = words_pw()
add("blind-ca/xml/tomcat-users", "openclinica/tomcat/conf/tomcat-users.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- Tomcat users of the OpenClinica server: manager access for the deploy job only -->
<tomcat-users xmlns="http://tomcat.apache.org/xml"
              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
              xsi:schemaLocation="http://tomcat.apache.org/xml tomcat-users.xsd"
              version="1.0">
  <role rolename="manager-script"/>
  <role rolename="manager-gui"/>
  <user username="oc-deployer" password="«pw»" roles="manager-script"/>
</tomcat-users>
""", _v, "Apache Tomcat manager how-to: tomcat-users.xml", pw=_v)

# ---------------------------------------------------------------------------------------------
# Veeva Vault
# ---------------------------------------------------------------------------------------------

_v = human_pw()
add("blind-ca/json/veeva-vapil", "vault-integration/settings/vapil_settings.json", """
{
  "authenticationType": "BASIC",
  "idpOauthAccessToken": "",
  "idpOauthScope": "openid",
  "idpUsername": "",
  "idpPassword": "",
  "vaultUsername": "etmf.integration@pharmaco.com",
  "vaultPassword": "«pw»",
  "vaultDNS": "pharmaco-etmf.veevavault.com",
  "vaultClientId": "pharmaco-etmf-sync",
  "vaultOauthClientId": "",
  "vaultOauthProfileId": "",
  "vaultSessionId": "",
  "logApiErrors": true,
  "httpTimeout": 60
}
""", _v, "Veeva VAPIL documentation: settings file (vaultUsername, vaultPassword, vaultDNS)", pw=_v)

add("blind-ca/json/decoy-placeholder", "vault-integration/settings/vapil_settings.sample.json", """
{
  "authenticationType": "BASIC",
  "vaultUsername": "your.name@pharmaco.com",
  "vaultPassword": "<your Vault password>",
  "vaultDNS": "pharmaco-sbx.veevavault.com",
  "vaultClientId": "pharmaco-etmf-sync",
  "vaultSessionId": "",
  "logApiErrors": true,
  "httpTimeout": 60
}
""", None, "Veeva VAPIL documentation: settings file")

_v = season_pw()
add("blind-ca/shell/veeva-vault-loader", "vault-loader/export_tmf_index.sh", """
#!/bin/bash
# Weekly export of the eTMF document index with Vault Loader (command line)
# Scheduled on etl-win01 through Git Bash; output picked up by the TMF QC report.
set -e
cd /opt/vaultloader

java -jar VaultDataLoader.jar \\
  -dns pharmaco-etmf.veevavault.com \\
  -u tmf.reporting@pharmaco.com \\
  -p '«pw»' \\
  -export documents \\
  -where "type__v = 'Trial Master File' AND status__v != 'Obsolete'" \\
  -columns id,name__v,document_number__v,study__v,tmf_artifact__v,status__v \\
  -csv /data/tmf/exports/index_$(date +%F).csv
""", _v, "Veeva Vault Loader command line documentation (-dns, -u, -p, -export)", pw=_v)

_v = words_pw()
add("blind-ca/java/veeva-vault-password", "vault-sync/src/main/java/com/pharmaco/tmf/VaultSession.java", """
package com.pharmaco.tmf;

import com.veeva.vault.vapil.api.client.VaultClient;

/**
 * Builds the Vault client used by the CTMS to eTMF milestone sync.
 */
public final class VaultSession {

    private static final String VAULT_DNS = "pharmaco-clinical.veevavault.com";
    private static final String VAULT_USER = "ctms.sync@pharmaco.com";
    private static final String VAULT_PASSWORD = "«pw»";
    private static final String CLIENT_ID = "pharmaco-ctms-etmf-sync";

    private VaultSession() {
    }

    public static VaultClient open() {
        VaultClient client = VaultClient
                .newClientBuilder(VaultClient.AuthenticationType.BASIC)
                .withVaultDNS(VAULT_DNS)
                .withVaultUsername(VAULT_USER)
                .withVaultPassword(VAULT_PASSWORD)
                .withVaultClientId(CLIENT_ID)
                .build();
        if (!client.getAuthenticationResponse().isSuccessful()) {
            throw new IllegalStateException("Vault authentication failed for " + VAULT_USER);
        }
        return client;
    }
}
""", _v, "Veeva VAPIL documentation: VaultClient.newClientBuilder", pw=_v)

_v = rand_pw(14, "!$")
add("blind-ca/python/veeva-vault-password", "qms/vault_capa_report.py", '''
"""CAPA ageing report from Veeva QualityOne (Vault REST API, VQL)."""
import csv
import requests

VAULT = "https://pharmaco-quality.veevavault.com/api/v24.1"


def session_id() -> str:
    response = requests.post(
        f"{VAULT}/auth",
        data={"username": "qa.reporting@pharmaco.com", "password": "«pw»"},
        timeout=30,
    )
    body = response.json()
    if body["responseStatus"] != "SUCCESS":
        raise RuntimeError(body)
    return body["sessionId"]


def open_capas():
    query = "SELECT id, name__v, state__v, due_date__c FROM capa__qdm WHERE state__v != 'closed_state__c'"
    response = requests.post(f"{VAULT}/query", headers={"Authorization": session_id()},
                             data={"q": query}, timeout=60)
    return response.json()["data"]


with open("capa_ageing.csv", "w", newline="") as handle:
    writer = csv.DictWriter(handle, fieldnames=["id", "name__v", "state__v", "due_date__c"])
    writer.writeheader()
    writer.writerows(open_capas())
''', _v, "Veeva Vault REST API reference: Authentication (username/password), VQL query", pw=_v)

_v = words_pw()
add("blind-ca/json/postman-environment", "postman/Vault-Validation.postman_environment.json", """
{
  "id": "«id»",
  "name": "Vault Validation (VAL)",
  "values": [
    {"key": "vaultDNS", "value": "pharmaco-val.veevavault.com", "type": "default", "enabled": true},
    {"key": "version", "value": "v24.1", "type": "default", "enabled": true},
    {"key": "username", "value": "oq.tester@pharmaco.com", "type": "default", "enabled": true},
    {"key": "password", "value": "«pw»", "type": "secret", "enabled": true},
    {"key": "sessionId", "value": "", "type": "any", "enabled": true}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-05-14T09:12:44.315Z",
  "_postman_exported_using": "Postman/10.26.5"
}
""", _v, "Postman documentation: exporting environments; Veeva Vault Postman collection", id=uuid_s(), pw=_v)

add("blind-ca/json/decoy-postman-empty", "postman/Vault-Dev.postman_environment.json", """
{
  "id": "«id»",
  "name": "Vault Development (DEV)",
  "values": [
    {"key": "vaultDNS", "value": "pharmaco-dev.veevavault.com", "type": "default", "enabled": true},
    {"key": "version", "value": "v24.1", "type": "default", "enabled": true},
    {"key": "username", "value": "", "type": "default", "enabled": true},
    {"key": "password", "value": "", "type": "secret", "enabled": true},
    {"key": "sessionId", "value": "{{sessionId}}", "type": "any", "enabled": true}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-05-14T09:13:02.101Z",
  "_postman_exported_using": "Postman/10.26.5"
}
""", None, "Postman documentation: environments and secret variables", id=uuid_s())

# ---------------------------------------------------------------------------------------------
# Benchling, LabKey, CDD and ELN integrations
# ---------------------------------------------------------------------------------------------

_v = "sk_" + chars(30)
add("blind-ca/python/benchling-api-key", "benchling/register_plasmids.py", '''
"""Register new plasmid constructs from the cloning tracker into the Benchling registry."""
import csv
import sys

from benchling_sdk.auth.api_key_auth import ApiKeyAuth
from benchling_sdk.benchling import Benchling
from benchling_sdk.models import CustomEntityCreate, NamingStrategy

TENANT = "https://genomix.benchling.com"
API_KEY = "«key»"
PLASMID_SCHEMA = "ts_Qm4DkR2v"
REGISTRY = "src_8XhZ1tLp"
FOLDER = "lib_V0bPq3Rc"

benchling = Benchling(url=TENANT, auth_method=ApiKeyAuth(API_KEY))

with open(sys.argv[1], newline="") as handle:
    for row in csv.DictReader(handle):
        entity = benchling.custom_entities.create(CustomEntityCreate(
            name=row["construct"],
            schema_id=PLASMID_SCHEMA,
            folder_id=FOLDER,
            registry_id=REGISTRY,
            naming_strategy=NamingStrategy.NEW_IDS,
        ))
        print(row["construct"], "->", entity.id)
''', _v, "Benchling SDK documentation: ApiKeyAuth; Benchling API keys (sk_...)", key=_v)

_v = "cs_" + chars(40)
add("blind-ca/docker-compose/benchling-app-secret", "apps/plate-reader-sync/docker-compose.yml", """
# Benchling App that pushes plate-reader results into the notebook (local run)
services:
  app:
    build: .
    ports:
      - "8000:8000"
    environment:
      BENCHLING_TENANT: https://genomix.benchling.com
      BENCHLING_APP_DEFINITION_ID: appdef_Ud3fT7bQ
      BENCHLING_CLIENT_ID: «cid»
      BENCHLING_CLIENT_SECRET: «sec»
      PLATE_READER_SHARE: /mnt/envision
      LOG_LEVEL: info
    volumes:
      - //labfs01/envision-export:/mnt/envision:ro
    restart: unless-stopped
""", _v, "Benchling Apps documentation: client credentials of an App", cid=chars(22), sec=_v)

add("blind-ca/json/decoy-benchling-ids", "benchling/schema_map.json", """
{
  "_comment": "Benchling ids of the schemas, fields and folders used by the registration jobs (ids, not keys)",
  "tenant": "https://genomix.benchling.com",
  "app_client_id": "«cid»",
  "schemas": {
    "plasmid": {"id": "ts_Qm4DkR2v", "fields": {"backbone": "tsf_aK29dPq1", "insert": "tsf_Ltw83NcE"}},
    "cell_line": {"id": "ts_Hr5Zp0Yq", "fields": {"parent": "tsf_Q9xv2mBn", "passage": "tsf_J7kWd4Ts"}},
    "assay_run": {"id": "assaysch_Tz1oP8vG", "result_schema": "assaysch_Mc6Yb2Rk"}
  },
  "registries": {"default": "src_8XhZ1tLp"},
  "folders": {"plasmids": "lib_V0bPq3Rc", "cell_lines": "lib_4GcTn9Wx"},
  "dropdowns": {"resistance": "sfs_Np3Lq8Dk"},
  "webhook_signing": "svix (secret fetched from /apps/{app_id}/webhook-secret at start-up)"
}
""", None, "Benchling API reference: schema, registry and folder id prefixes", cid=chars(22))

_v = "apikey|" + hexs(32)
add("blind-ca/python/labkey-apikey", "labkey/upload_elisa_runs.py", '''
"""Upload ELISA runs exported from the SoftMax Pro workstation into the LabKey assay."""
import glob
import os

from labkey.api_wrapper import APIWrapper

LABKEY_SERVER = "labkey.immunology.example.org"
PROJECT = "Vaccine Trials/VT-204"
CONTEXT_PATH = "labkey"
API_KEY = "«key»"

api = APIWrapper(LABKEY_SERVER, PROJECT, CONTEXT_PATH, use_ssl=True, api_key=API_KEY)

ASSAY_ID = 412

for path in sorted(glob.glob(r"\\\\softmax01\\exports\\VT-204\\*.txt")):
    batch = api.assay.import_run(ASSAY_ID, run_file=path, name=os.path.basename(path))
    print("imported", path, "as run", batch["runId"])
''', _v, "LabKey Python API README: APIWrapper(..., api_key=)", key=_v)

_v = "apikey|" + hexs(32)
add("blind-ca/netrc/labkey-apikey", "ops/labkey/.netrc", """
machine labkey.immunology.example.org
login apikey
password «key»

machine labkey-test.immunology.example.org
login apikey
password apikey|REPLACE_WITH_TEST_SERVER_KEY
""", _v, "LabKey documentation: credentials in a .netrc file for the R and Python clients", key=_v)

_v = words_pw()
add("blind-ca/docker-compose/labkey-postgres", "labkey-server/docker-compose.yml", """
version: "3.8"
services:
  labkey:
    image: labkey/community:24.3
    depends_on: [pg]
    ports: ["8443:8443"]
    environment:
      LABKEY_BASE_SERVER_URL: https://labkey.immunology.example.org
      POSTGRES_HOST: pg
      POSTGRES_USER: labkey
      POSTGRES_PASSWORD: "«pw»"
      LABKEY_SYSTEM_EMAIL: labkey-admin@immunology.example.org
    volumes:
      - labkey-files:/labkey/files
  pg:
    image: postgres:15
    environment:
      POSTGRES_USER: labkey
      POSTGRES_PASSWORD: "«pw»"
      POSTGRES_DB: labkey
    volumes:
      - pg-data:/var/lib/postgresql/data
volumes:
  labkey-files:
  pg-data:
""", _v, "LabKey Dockerfile repository README (docker-compose); postgres image docs", pw=_v)

_v = words_pw()
add("blind-ca/pgpass/labkey-backup", "ops/labkey/pgpass", """
# ~/.pgpass of the backup user on labkey-db01 (chmod 0600)
# hostname:port:database:username:password
localhost:5432:labkey:labkey_backup:«pw»
localhost:5432:postgres:labkey_backup:«pw»
labkey-db-replica.internal:5432:*:labkey_backup:«pw»
""", _v, "PostgreSQL documentation: the password file (.pgpass)", pw=_v)

# ---------------------------------------------------------------------------------------------
# LIMS: LabVantage, STARLIMS, LabWare
# ---------------------------------------------------------------------------------------------

_v = human_pw()
add("blind-ca/xml/wildfly-datasource", "labvantage/wildfly/standalone-lv8.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- Datasources subsystem extracted from standalone.xml of the LabVantage 8.8 application server -->
<subsystem xmlns="urn:jboss:domain:datasources:7.0">
    <datasources>
        <datasource jndi-name="java:/LabVantageDS" pool-name="LabVantageDS" enabled="true" use-java-context="true">
            <connection-url>jdbc:oracle:thin:@//lvdb-prd.qc.internal:1521/LVPRD</connection-url>
            <driver>oracle</driver>
            <pool>
                <min-pool-size>10</min-pool-size>
                <max-pool-size>120</max-pool-size>
            </pool>
            <security>
                <user-name>LV_APP</user-name>
                <password>«pw»</password>
            </security>
            <validation>
                <valid-connection-checker class-name="org.jboss.jca.adapters.jdbc.extensions.oracle.OracleValidConnectionChecker"/>
                <background-validation>true</background-validation>
            </validation>
        </datasource>
        <drivers>
            <driver name="oracle" module="com.oracle.ojdbc"/>
        </drivers>
    </datasources>
</subsystem>
""", _v, "WildFly admin guide: datasources subsystem (security user-name/password)", pw=_v)

add("blind-ca/xml/decoy-credential-store", "labvantage/wildfly/standalone-lv8-val.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- VAL server: the datasource password comes from the Elytron credential store -->
<subsystem xmlns="urn:jboss:domain:datasources:7.0">
    <datasources>
        <datasource jndi-name="java:/LabVantageDS" pool-name="LabVantageDS" enabled="true">
            <connection-url>jdbc:oracle:thin:@//lvdb-val.qc.internal:1521/LVVAL</connection-url>
            <driver>oracle</driver>
            <security>
                <user-name>LV_APP</user-name>
                <credential-reference store="lvCredStore" alias="lv-app-db"/>
            </security>
        </datasource>
    </datasources>
</subsystem>
<!-- created with:
     credential-store add-alias \\-\\-alias=lv-app-db \\-\\-secret-value=${env.LV_DB_PASSWORD} -->
""", None, "WildFly Elytron documentation: credential-reference in datasources")

_v = words_pw()
add("blind-ca/xml/webconfig-connection-string", "starlims/web.config", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="STARLIMS.Environment" value="PROD" />
    <add key="STARLIMS.LogPath" value="D:\\STARLIMS\\Logs" />
    <add key="STARLIMS.SessionTimeout" value="30" />
  </appSettings>
  <connectionStrings>
    <add name="STARLIMS_DATA"
         connectionString="Data Source=SQLLIMS01\\LIMS;Initial Catalog=STARLIMS_DATA;User ID=starlims_app;Password=«pw»;Encrypt=True;TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
    <add name="STARLIMS_DICT"
         connectionString="Data Source=SQLLIMS01\\LIMS;Initial Catalog=STARLIMS_DICT;Integrated Security=SSPI"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime maxRequestLength="102400" />
  </system.web>
</configuration>
""", _v, "Microsoft docs: connectionStrings element of web.config; SqlClient connection string keywords", pw=_v)

_v = season_pw()
add("blind-ca/python/labware-basic-auth", "lims/labware_results_bridge.py", '''
"""Post reviewed stability results to LabWare LIMS through its REST web service."""
import json
import logging

import requests
from requests.auth import HTTPBasicAuth

LIMS_URL = "https://labware-prd.qc.pharmaco.net/labware/api/v1"
AUTH = HTTPBasicAuth("INTERFACE_STAB", "«pw»")
log = logging.getLogger("labware-bridge")


def post_result(sample_number: int, analysis: str, component: str, value: float) -> None:
    payload = {"sample": sample_number, "analysis": analysis, "component": component, "entry": str(value)}
    response = requests.post(f"{LIMS_URL}/results", auth=AUTH, json=payload, timeout=30,
                             verify="/etc/pki/tls/certs/pharmaco-ca.pem")
    if response.status_code != 201:
        log.error("LIMS refused %s: %s", json.dumps(payload), response.text)
        response.raise_for_status()
''', _v, "requests documentation: HTTPBasicAuth; LabWare LIMS web services", pw=_v)

_v = human_pw()
add("blind-ca/ini/odbc-dsn", "reporting/odbc.ini", """
; ODBC data sources of the QC reporting server (unixODBC, /etc/odbc.ini)
[LABWARE_RPT]
Description = LabWare LIMS reporting replica
Driver      = Oracle 19 ODBC driver
ServerName  = LWRPT
UserID      = LIMS_REPORTS
Password    = «pw»

[EMPOWER_RPT]
Description = Empower 3 database (read-only views)
Driver      = Oracle 19 ODBC driver
ServerName  = EMPPRD
UserID      = EMP_VIEWS
Password    =
""", _v, "unixODBC documentation: odbc.ini; Oracle Instant Client ODBC attributes", pw=_v)

add("blind-ca/ini/decoy-trusted-connection", "reporting/odbc_windows.ini", """
; DSNs of the QC reporting workstation (Windows integrated authentication, no stored password)
[STARLIMS_RPT]
Driver=ODBC Driver 18 for SQL Server
Server=SQLLIMS01\\LIMS
Database=STARLIMS_DATA
Trusted_Connection=Yes
Encrypt=Yes

[CHROMELEON_CM]
Driver=ODBC Driver 18 for SQL Server
Server=SQLCDS01
Database=ChromeleonVault
Trusted_Connection=Yes
Encrypt=Yes
ApplicationIntent=ReadOnly
""", None, "Microsoft ODBC Driver for SQL Server: DSN keywords (Trusted_Connection)")

_v = words_pw()
add("blind-ca/properties/spring-datasource", "sample-tracker/src/main/resources/application-prod.properties", """
# Sample tracking service (biobank freezer inventory) - production profile
server.port=8080
server.servlet.context-path=/sampletrack

spring.datasource.url=jdbc:postgresql://biobank-db.internal:5432/sampletrack
spring.datasource.username=sampletrack
spring.datasource.password=«pw»
spring.datasource.hikari.maximum-pool-size=20

spring.jpa.hibernate.ddl-auto=validate
spring.flyway.enabled=true

zebra.printer.host=zt610-freezer-room.lab.internal
zebra.printer.port=9100
labels.template=classpath:labels/cryovial_1x0.5.zpl
""", _v, "Spring Boot reference: spring.datasource.* properties", pw=_v)

add("blind-ca/properties/decoy-jasypt", "sample-tracker/src/main/resources/application-val.properties", """
# Sample tracking service - validation profile
# Secrets are encrypted with jasypt; the master password is JASYPT_ENCRYPTOR_PASSWORD on the host.
server.port=8080
spring.datasource.url=jdbc:postgresql://biobank-db-val.internal:5432/sampletrack
spring.datasource.username=sampletrack
spring.datasource.password=ENC(«c1»)
spring.mail.password=ENC(«c2»)
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
jasypt.encryptor.iv-generator-classname=org.jasypt.iv.RandomIvGenerator
""", None, "jasypt-spring-boot README: ENC() values", c1=b64_bytes(48), c2=b64_bytes(48))

add("blind-ca/properties/decoy-env-placeholder", "sample-tracker/src/main/resources/application.properties", """
# Defaults for every profile; secrets come from the environment (Kubernetes Secret sample-tracker-db)
spring.application.name=sample-tracker
spring.datasource.url=${SAMPLETRACK_DB_URL:jdbc:postgresql://localhost:5432/sampletrack}
spring.datasource.username=${SAMPLETRACK_DB_USER:sampletrack}
spring.datasource.password=${SAMPLETRACK_DB_PASSWORD}
spring.mail.host=smtp.pharmaco.net
spring.mail.username=${SMTP_USER:}
spring.mail.password=${SMTP_PASSWORD:}
management.endpoints.web.exposure.include=health,info
""", None, "Spring Boot reference: property placeholders with defaults")

_v = rand_pw(18)
add("blind-ca/flyway/lims-migrations", "lims-db/flyway.conf", """
# Flyway configuration for the LIMS extension schema (custom tables, views for reporting)
flyway.url=jdbc:oracle:thin:@//lwdb-prd.qc.internal:1521/LWPRD
flyway.user=LIMS_EXT_OWNER
flyway.password=«pw»
flyway.schemas=LIMS_EXT
flyway.locations=filesystem:sql/migrations
flyway.validateOnMigrate=true
flyway.baselineOnMigrate=false
flyway.table=flyway_schema_history
""", _v, "Flyway documentation: configuration file (flyway.password)", pw=_v)

# ---------------------------------------------------------------------------------------------
# Chromatography data systems and instruments
# ---------------------------------------------------------------------------------------------

_v = human_pw()
add("blind-ca/python/empower-oracle", "cds/empower_audit_review.py", '''
"""Data-integrity review: list Empower 3 audit-trail events of the last 24 hours per project."""
import datetime as dt

import oracledb
import pandas as pd

DSN = oracledb.makedsn("empdb01.qc.internal", 1521, service_name="WAT")
CONN = oracledb.connect(user="EMP_DI_REVIEW", password="«pw»", dsn=DSN)

SQL = """
SELECT project_name, user_name, action_text, change_reason, event_time
  FROM emp_audit_v
 WHERE event_time > :since
 ORDER BY project_name, event_time
"""

since = dt.datetime.now() - dt.timedelta(days=1)
events = pd.read_sql(SQL, CONN, params={"since": since})
events.to_excel(f"di_review_{since:%Y%m%d}.xlsx", index=False)
print(f"{len(events)} audit events written")
''', _v, "python-oracledb documentation: connect(user, password, dsn)", pw=_v)

_v = human_pw()
add("blind-ca/powershell/chromeleon-sql", "cds/Export-ChromeleonInjections.ps1", """
<#
.SYNOPSIS
  Export the injection list of the last run sequences from the Chromeleon 7 data vault
  for the weekly system-suitability trend report.
#>
param(
    [string]$Server = "SQLCDS01",
    [string]$Database = "ChromeleonVault",
    [string]$OutFile = "\\\\qcfs01\\reports\\cds\\injections_$(Get-Date -Format yyyyMMdd).csv"
)

$query = @"
SELECT s.Name AS Sequence, i.Name AS Injection, i.InjectTime, i.Instrument
  FROM dbo.Injections i JOIN dbo.Sequences s ON s.Id = i.SequenceId
 WHERE i.InjectTime > DATEADD(day, -7, SYSDATETIME())
"@

Invoke-Sqlcmd -ServerInstance $Server -Database $Database `
    -Username "cm_report" -Password "«pw»" `
    -Query $query -TrustServerCertificate |
    Export-Csv -Path $OutFile -NoTypeInformation

Write-Host "Exported injections to $OutFile"
""", _v, "SqlServer PowerShell module: Invoke-Sqlcmd -Username -Password", pw=_v)

_v = words_pw()
add("blind-ca/json/appsettings-connection-string", "InstrumentGateway/appsettings.Production.json", """
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "ConnectionStrings": {
    "Gateway": "Server=tcp:sqlinst01.lab.internal,1433;Database=InstrumentGateway;User Id=igw_app;Password=«pw»;Encrypt=True;"
  },
  "Instruments": {
    "PollSeconds": 15,
    "Balances": [ "XPR-QC-01", "XPR-QC-02" ],
    "pHMeters": [ "SevenExcellence-QC-04" ]
  },
  "Lims": { "BaseUrl": "https://labware-prd.qc.pharmaco.net/labware/api/v1", "Timeout": "00:00:30" }
}
""", _v, "ASP.NET Core configuration: appsettings.json ConnectionStrings", pw=_v)

add("blind-ca/json/decoy-keyvault-reference", "InstrumentGateway/appsettings.Staging.json", """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Gateway": "@Microsoft.KeyVault(SecretUri=https://kv-lab-staging.vault.azure.net/secrets/igw-sql-connection/)"
  },
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "«t»",
    "ClientId": "«c»",
    "ClientCertificates": [ { "SourceType": "KeyVault", "KeyVaultUrl": "https://kv-lab-staging.vault.azure.net", "KeyVaultCertificateName": "igw-client" } ]
  },
  "Lims": { "BaseUrl": "https://labware-val.qc.pharmaco.net/labware/api/v1" }
}
""", None, "Azure App Service docs: Key Vault references; Microsoft.Identity.Web configuration", t=uuid_s(), c=uuid_s())

_v = rand_pw(16)
add("blind-ca/python/opcua-password", "bioprocess/biostat_logger.py", '''
"""Log pH, DO and temperature of the 200 L bioreactor from its OPC UA server every 30 s."""
import asyncio
import csv
from datetime import datetime

from asyncua import Client

ENDPOINT = "opc.tcp://biostat-str200.bioprocess.internal:4840"
NODES = {
    "pH": "ns=2;s=Unit1.pH.PV",
    "DO": "ns=2;s=Unit1.DO.PV",
    "Temp": "ns=2;s=Unit1.Temp.PV",
}


async def main() -> None:
    client = Client(url=ENDPOINT)
    client.set_user("historian")
    client.set_password("«pw»")
    async with client:
        with open("run_log.csv", "a", newline="") as handle:
            writer = csv.writer(handle)
            while True:
                values = [await client.get_node(n).read_value() for n in NODES.values()]
                writer.writerow([datetime.now().isoformat(), *values])
                handle.flush()
                await asyncio.sleep(30)


asyncio.run(main())
''', _v, "asyncua (opcua-asyncio) documentation: Client.set_user / set_password", pw=_v)

_v = rand_pw(20)
add("blind-ca/conf/mosquitto-bridge", "lab-edge/mosquitto/conf.d/bridge.conf", """
# Bridge the lab-floor broker (balances, pH meters, freezers) to the site broker
connection site-broker
address mqtt.site.pharmaco.net:8883
bridge_protocol_version mqttv311
bridge_cafile /mosquitto/config/certs/site-ca.crt
remote_clientid lab-edge-qc2
remote_username lab-edge-qc2
remote_password «pw»
topic instruments/# out 1 lab/qc2/ site/qc2/
topic lims/commands/# in 1 lab/qc2/ site/qc2/
cleansession false
start_type automatic
notifications true
""", _v, "mosquitto.conf(5) man page: bridge remote_username / remote_password", pw=_v)

add("blind-ca/conf/decoy-mosquitto-passwd", "lab-edge/mosquitto/passwd", """
balance-xpr-qc-01:$7$101$«s1»$«h1»
balance-xpr-qc-02:$7$101$«s2»$«h2»
freezer-monitor:$7$101$«s3»$«h3»
telegraf:$7$101$«s4»$«h4»
node-red:$7$101$«s5»$«h5»
""", None, "mosquitto_passwd(1) man page: hashed password file (PBKDF2-SHA512, $7$)",
    s1=b64_bytes(12), h1=b64_bytes(64), s2=b64_bytes(12), h2=b64_bytes(64), s3=b64_bytes(12), h3=b64_bytes(64),
    s4=b64_bytes(12), h4=b64_bytes(64), s5=b64_bytes(12), h5=b64_bytes(64))

_v = pem("PRIVATE KEY")
add("blind-ca/pem/sila-server-key", "automation/sila/liquid-handler/certs/server.key", "«key»\n", _v,
    "SiLA 2 standard part B: TLS for SiLA servers (PEM key and certificate)", key=_v)

add("blind-ca/pem/decoy-certificate", "automation/sila/liquid-handler/certs/server.crt", """
# SiLA 2 server certificate of the liquid handler (subject CN=lh-star-01.automation.internal)
# Issued by the lab automation CA, valid 2024-03-01 to 2026-03-01
«cert»
""", None, "SiLA 2 standard part B: server certificate; RFC 7468 (PEM)", cert=cert_pem())

_v = passphrase()
add("blind-ca/zpl/zebra-wlan-psk", "printers/zebra/zt411-coldroom-setup.zpl", """
! U1 setvar "device.friendly_name" "ZT411-COLDROOM-2"
! U1 setvar "ip.dhcp.enable" "on"
! U1 setvar "wlan.essid" "LAB-DEVICES"
! U1 setvar "wlan.security" "wpa2 psk"
! U1 setvar "wlan.wpa.psk" "«psk»"
! U1 setvar "wlan.country_code" "europe"
! U1 setvar "media.type" "label"
! U1 setvar "media.printmode" "tear off"
! U1 setvar "ezpl.print_width" "812"
! U1 do "device.reset" ""
""", _v, "Zebra SGD command reference: wlan.wpa.psk, wlan.security", psk=_v)

add("blind-ca/zpl/decoy-label-template", "printers/zebra/templates/cryovial_2d.zpl", """
^XA
^CI28
^PW400
^LL200
^FO20,20^BXN,4,200^FD«gs1»^FS
^FO130,20^A0N,24,24^FDStudy: VT-204^FS
^FO130,50^A0N,22,22^FDSubject: {subject_id}^FS
^FO130,78^A0N,22,22^FDVisit: {visit}  Tube: {tube}^FS
^FO130,106^A0N,20,20^FDSample ID: {sample_id}^FS
^FO130,132^A0N,20,20^FDLot: {lot}  Exp: {expiry}^FS
^FO20,160^BCN,30,N,N,N^FD{sample_id}^FS
^XZ
""", None, "Zebra ZPL programming guide: ^BX DataMatrix, ^BC Code 128; GS1 General Specifications",
    gs1="01" + str(_rng().randint(10**13, 10**14 - 1)) + "10VT204LOT7" + "17270630")

# ---------------------------------------------------------------------------------------------
# Pharmacovigilance and reference dictionaries
# ---------------------------------------------------------------------------------------------

_v = rand_pw(16, "#")
add("blind-ca/sql/oracle-create-user", "argus/db/01_create_interface_users.sql", """
-- Argus Safety 8.x: schema users of the literature-intake and E2B interfaces
-- Run as SYSTEM on ARGPRD after the Argus installer (change ticket CHG0041877)
WHENEVER SQLERROR EXIT SQL.SQLCODE

CREATE USER argus_lit_intake IDENTIFIED BY "«pw»"
  DEFAULT TABLESPACE argus_data
  TEMPORARY TABLESPACE temp
  QUOTA 0 ON argus_data
  PROFILE app_service_profile;

GRANT CREATE SESSION TO argus_lit_intake;
GRANT SELECT ON argus_app.case_master TO argus_lit_intake;
GRANT SELECT ON argus_app.case_literature TO argus_lit_intake;
GRANT INSERT ON argus_app.lit_intake_queue TO argus_lit_intake;

EXIT
""", _v, "Oracle Database SQL reference: CREATE USER ... IDENTIFIED BY", pw=_v)

_v = human_pw()
add("blind-ca/sql/oracle-db-link", "safety-dwh/ddl/040_dblink_argus.sql", """
-- Safety data warehouse: read-only link to the Argus Safety reporting schema
-- Used by the nightly PSUR/DSUR line-listing extract (mart_pv.case_listing)

CREATE DATABASE LINK argus_rpt
  CONNECT TO argus_rpt_ro IDENTIFIED BY "«pw»"
  USING '(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=argdb-rpt.pv.internal)(PORT=1521))
          (CONNECT_DATA=(SERVICE_NAME=ARGRPT)))';

-- smoke test
SELECT COUNT(*) FROM argus_app.case_master@argus_rpt WHERE deleted IS NULL;
""", _v, "Oracle Database SQL reference: CREATE DATABASE LINK ... IDENTIFIED BY", pw=_v)

add("blind-ca/sql/decoy-substitution-variable", "argus/db/02_create_report_user.sql", """
-- Argus Safety: reporting user. The password is asked by SQL*Plus at run time:
--   sqlplus system@ARGPRD @02_create_report_user.sql
ACCEPT rpt_pw CHAR PROMPT 'Password for ARGUS_RPT_RO: ' HIDE

CREATE USER argus_rpt_ro IDENTIFIED BY "&rpt_pw"
  DEFAULT TABLESPACE argus_data
  TEMPORARY TABLESPACE temp
  PROFILE app_service_profile;

GRANT CREATE SESSION TO argus_rpt_ro;
GRANT SELECT ANY TABLE TO argus_rpt_ro;
UNDEFINE rpt_pw
""", None, "SQL*Plus user's guide: ACCEPT ... HIDE and substitution variables")

add("blind-ca/sql/decoy-password-hash", "argus/db/export/users_ddl_20240311.sql", """
-- DDL exported with DBMS_METADATA.GET_DDL('USER', ...) from ARGVAL on 2024-03-11
-- The IDENTIFIED BY VALUES strings are Oracle's verifiers (salted hashes), not passwords.

CREATE USER "ARGUS_APP" IDENTIFIED BY VALUES 'S:«h1»;T:«t1»'
  DEFAULT TABLESPACE "ARGUS_DATA"
  TEMPORARY TABLESPACE "TEMP";

CREATE USER "ARGUS_RPT_RO" IDENTIFIED BY VALUES 'S:«h2»;T:«t2»'
  DEFAULT TABLESPACE "ARGUS_DATA"
  TEMPORARY TABLESPACE "TEMP";
""", None, "Oracle DBMS_METADATA.GET_DDL output: IDENTIFIED BY VALUES (12c verifiers)",
    h1=hexu(60), t1=hexu(160), h2=hexu(60), t2=hexu(160))

_v = words_pw()
add("blind-ca/xml/openas2-keystore", "e2b-gateway/openas2/config/config.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- OpenAS2 server of the E2B(R3) gateway: ICSRs to the FDA ESG and EMA EudraVigilance -->
<openas2>
    <properties
        storageBaseDir="%home%/../data"
        log_date_format="yyyy-MM-dd HH:mm:ss.SSS"
        as2_message_id_format="OPENAS2-$date.ddMMyyyyHHmmssZ$-$rand.UUID$@$msg.sender.as2_id$_$msg.receiver.as2_id$"/>
    <certificates classname="org.openas2.cert.PKCS12CertificateFactory"
        filename="%home%/as2_certs.p12"
        password="«pw»"
        interval="300"/>
    <partnerships classname="org.openas2.partner.XMLPartnershipFactory"
        filename="%home%/partnerships.xml"
        interval="120"/>
    <commandProcessors>
        <commandProcessor classname="org.openas2.cmd.processor.StreamCommandProcessor"/>
    </commandProcessors>
    <processor classname="org.openas2.processor.DefaultProcessor" pendingMDN="%home%/../data/pendingMDN3">
        <module classname="org.openas2.processor.sender.AS2SenderModule"/>
        <module classname="org.openas2.processor.receiver.AS2ReceiverModule" port="10080"/>
    </processor>
</openas2>
""", _v, "OpenAS2 server documentation: config.xml certificates element", pw=_v)

add("blind-ca/xml/decoy-e2b-test-message", "e2b-gateway/testdata/icsr_r3_testcase_01.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- E2B(R3) ICSR test case 01 for the gateway OQ (fictitious patient and product, test sender) -->
<MCCI_IN200100UV01 ITSVersion="XML_1.0" xmlns="urn:hl7-org:v3">
  <id extension="PHARMACO-TEST-20240115-0001" root="2.16.840.1.113883.3.989.2.1.3.22"/>
  <creationTime value="20240115093000"/>
  <interactionId extension="MCCI_IN200100UV01" root="2.16.840.1.113883.1.6"/>
  <name code="1" codeSystem="2.16.840.1.113883.3.989.2.1.1.1" codeSystemVersion="2.0"/>
  <receiver typeCode="RCV"><device classCode="DEV" determinerCode="INSTANCE">
    <id extension="ZZFDA_PREMKT" root="2.16.840.1.113883.3.989.2.1.3.12"/></device></receiver>
  <sender typeCode="SND"><device classCode="DEV" determinerCode="INSTANCE">
    <id extension="PHARMACO-E2B-TEST" root="2.16.840.1.113883.3.989.2.1.3.11"/></device></sender>
  <PORR_IN049016UV>
    <id extension="«msgid»" root="2.16.840.1.113883.3.989.2.1.3.1"/>
  </PORR_IN049016UV>
</MCCI_IN200100UV01>
""", None, "ICH E2B(R3) implementation guide: message and batch headers", msgid=hexu(32))

_v = chars(40)
add("blind-ca/python/openfda-key", "signal/faers_counts.py", '''
"""Quarterly FAERS report counts by preferred term for the signal-detection review (openFDA)."""
import pandas as pd
import requests

OPENFDA = "https://api.fda.gov/drug/event.json"
API_KEY = "«key»"   # registered to pv-analytics@pharmaco.com


def counts(product: str, since: str = "20230101") -> pd.DataFrame:
    params = {
        "api_key": API_KEY,
        "search": f'patient.drug.openfda.generic_name:"{product}" AND receivedate:[{since} TO 29991231]',
        "count": "patient.reaction.reactionmeddrapt.exact",
        "limit": 1000,
    }
    response = requests.get(OPENFDA, params=params, timeout=60)
    response.raise_for_status()
    return pd.DataFrame(response.json()["results"]).rename(columns={"term": "pt", "count": "n"})


if __name__ == "__main__":
    print(counts("semaglutide").head(25).to_string(index=False))
''', _v, "openFDA API documentation: authentication with api_key", key=_v)

_v = hexs(36)
add("blind-ca/r/ncbi-api-key", "literature/R/pubmed_screen.R", """
# Weekly PubMed screen for ICSRs in the literature (GVP module VI.B.1.1.2)
library(rentrez)
library(dplyr)

set_entrez_key("«key»")
Sys.setenv(ENTREZ_KEY = "«key»")

products <- c("tirzepatide", "semaglutide", "liraglutide")
query <- paste0("(", paste(products, collapse = " OR "), ") AND (adverse OR toxicity OR case report)",
                " AND (\\"", format(Sys.Date() - 7, "%Y/%m/%d"), "\\"[EDAT] : \\"3000\\"[EDAT])")

hits <- entrez_search(db = "pubmed", term = query, retmax = 500, use_history = TRUE)
summ <- entrez_summary(db = "pubmed", web_history = hits$web_history)
screen <- tibble(
  pmid    = names(summ),
  title   = extract_from_esummary(summ, "title"),
  journal = extract_from_esummary(summ, "source")
)
readr::write_csv(screen, sprintf("out/pubmed_screen_%s.csv", Sys.Date()))
""", _v, "rentrez vignette: set_entrez_key; NCBI E-utilities API keys", key=_v)

_v = uuid_s()
add("blind-ca/python/umls-api-key", "coding/umls_lookup.py", '''
"""Map verbatim adverse-event terms to UMLS concepts before MedDRA coding review."""
import requests

UTS = "https://uts-ws.nlm.nih.gov/rest"
UMLS_API_KEY = "«key»"


def search(term: str, sabs: str = "MDR") -> list:
    response = requests.get(
        f"{UTS}/search/current",
        params={"string": term, "sabs": sabs, "returnIdType": "code", "apiKey": UMLS_API_KEY},
        timeout=30,
    )
    response.raise_for_status()
    return response.json()["result"]["results"]


for verbatim in ["head ache", "feeling sick", "rash on both arms"]:
    hits = search(verbatim)
    print(verbatim, "->", [(hit["ui"], hit["name"]) for hit in hits[:3]])
''', _v, "UMLS Terminology Services REST API documentation: apiKey parameter", key=_v)

_v = hexs(32)
add("blind-ca/python/cdisc-library-key", "standards/fetch_sdtmig.py", '''
"""Cache SDTMIG 3.4 dataset and variable metadata from the CDISC Library for the spec checker."""
import json
import pathlib

import requests

CDISC_LIBRARY = "https://library.cdisc.org/api"
HEADERS = {"api-key": "«key»", "Accept": "application/json"}
CACHE = pathlib.Path("standards/cache")


def get(path: str) -> dict:
    response = requests.get(CDISC_LIBRARY + path, headers=HEADERS, timeout=60)
    response.raise_for_status()
    return response.json()


CACHE.mkdir(parents=True, exist_ok=True)
for ig in ["sdtmig/3-4", "sdtmig/3-3", "adam/adamig-1-3"]:
    target = CACHE / (ig.replace("/", "_") + ".json")
    target.write_text(json.dumps(get(f"/mdr/{ig}"), indent=1))
    print("cached", ig, "->", target)
''', _v, "CDISC Library API documentation: api-key header", key=_v)

_v = words_pw()
add("blind-ca/shell/meddra-download", "coding/update_dictionaries.sh", """
#!/usr/bin/env bash
# Download the new MedDRA release twice a year (March/September) for the coding team.
# The MSSO account is the subscriber's technical contact account.
set -euo pipefail
VERSION="${1:?usage: update_dictionaries.sh 27.0}"
DEST=/opt/dictionaries/meddra/$VERSION
mkdir -p "$DEST"

curl --fail -sS -u "pharmaco-tc:«pw»" \\
  -o "$DEST/meddra_${VERSION}_english.zip" \\
  "https://mssotools.com/downloads/MedDRA_${VERSION}_English.zip"

unzip -q "$DEST/meddra_${VERSION}_english.zip" -d "$DEST"
sha256sum "$DEST"/*/MedAscii/*.asc > "$DEST/checksums.sha256"
echo "MedDRA $VERSION unpacked in $DEST"
""", _v, "MedDRA MSSO subscriber downloads; curl -u user:password", pw=_v)

_v = season_pw()
add("blind-ca/markdown/fda-esg-runbook", "docs/runbooks/fda-esg-submission.md", """
# Runbook: sending an expedited ICSR batch through the FDA ESG (WebTrader)

Owner: PV Systems. Last reviewed 2024-02-07 (ticket PV-SYS-311).

1. Confirm the batch passed the E2B(R3) schema check in the Argus Interchange log.
2. Log in to WebTrader on pv-esg-ws01 (Java 8 client, the only machine with the FDA certificate).
3. Account details:
   - WebTrader account: `pharmaco_pv_prod`
   - Password: `«pw»`
   - Centre: CDER, submission type: "FAERS"
4. Attach the batch from `\\\\pvfs01\\e2b\\outbound\\<date>` and send.
5. Wait for ACK 1 (MDN) and ACK 2; file both in the Vault Safety case under "Submissions".
6. If ACK 3 reports errors, raise a deviation in TrackWise and resend after correction.

Escalation: pv-systems-oncall@pharmaco.com, +44 20 7946 0321.
""", _v, "FDA ESG user guide: WebTrader accounts; ICH E2B(R3) acknowledgements", pw=_v)

# ---------------------------------------------------------------------------------------------
# SFTP and PGP exchanges with CROs and central labs
# ---------------------------------------------------------------------------------------------

_v = rand_pw(14, "!@")
add("blind-ca/python/paramiko-password", "transfers/pull_central_lab.py", '''
"""Pull the daily central-lab transfer files from the CRO SFTP server (DTA v2.1, section 5)."""
import pathlib

import paramiko

HOST = "sftp.covance-style-cro.example.com"
PORT = 22
USER = "pharmaco_btx118"
PASSWORD = "«pw»"
REMOTE_DIR = "/outbound/BTX-118/labs"
LOCAL_DIR = pathlib.Path("/data/btx118/incoming/labs")


def main() -> None:
    transport = paramiko.Transport((HOST, PORT))
    transport.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        for name in sftp.listdir(REMOTE_DIR):
            if name.endswith((".csv", ".csv.pgp")) and not (LOCAL_DIR / name).exists():
                sftp.get(f"{REMOTE_DIR}/{name}", str(LOCAL_DIR / name))
                print("downloaded", name)
    finally:
        sftp.close()
        transport.close()


if __name__ == "__main__":
    main()
''', _v, "Paramiko documentation: Transport.connect(username, password), SFTPClient", pw=_v)

_v = passphrase()
add("blind-ca/python/ssh-key-passphrase", "transfers/push_sdtm_to_cro.py", '''
"""Push the SDTM transfer package to the CRO biostatistics SFTP drop box."""
import glob

import paramiko

KEY_FILE = "/home/svc_transfer/.ssh/id_rsa_cro"
KEY_PASSPHRASE = "«pp»"

key = paramiko.RSAKey.from_private_key_file(KEY_FILE, password=KEY_PASSPHRASE)

client = paramiko.SSHClient()
client.load_system_host_keys()
client.set_missing_host_key_policy(paramiko.RejectPolicy())
client.connect("sftp.biostat-cro.example.net", username="pharmaco-sdtm", pkey=key)

with client.open_sftp() as sftp:
    for path in glob.glob("/sasdata/onc0231/sdtm/transfer/*.xpt"):
        sftp.put(path, "/inbound/ONC-0231/sdtm/" + path.rsplit("/", 1)[-1])
        print("sent", path)
client.close()
''', _v, "Paramiko documentation: RSAKey.from_private_key_file(filename, password)", pp=_v)

_v = openssh_key()
add("blind-ca/openssh/sftp-private-key", "transfers/keys/id_ed25519_cro_labs", "«key»\n", _v,
    "OpenSSH ssh-keygen(1): private key file format (PROTOCOL.key)", key=_v)

add("blind-ca/ssh/decoy-public-keys", "transfers/keys/known_hosts_and_pubkeys.txt", """
# Host keys of the CRO SFTP servers (checked against the fingerprints in the DTAs)
sftp.covance-style-cro.example.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«h1»
sftp.biostat-cro.example.net ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«h2»
# fingerprint SHA256:«fp»

# Our public keys, as sent to the CROs (the private halves are in the vault, path secret/transfers/ssh)
«p1»
«p2»
""", None, "OpenSSH sshd(8): authorized_keys and known_hosts formats",
    h1=chars(43, B64), h2=chars(43, B64), fp=chars(43, B64),
    p1=ssh_pub("svc_transfer@etl01 (labs)"), p2=ssh_pub("svc_transfer@etl01 (sdtm)"))

_v = rand_pw(12, "#%")
add("blind-ca/shell/lftp-mirror", "transfers/mirror_irt.sh", """
#!/bin/bash
# Mirror the IRT (randomisation and drug supply) exports from the vendor each hour.
LOG=/var/log/transfers/irt_$(date +%F).log
lftp -u 'pharmaco_irt,«pw»' sftp://sftp.irt-vendor.example.com <<EOF >> "$LOG" 2>&1
set sftp:auto-confirm no
set net:max-retries 3
mirror --only-newer --verbose /exports/BTX-118 /data/btx118/incoming/irt
bye
EOF
""", _v, "lftp(1) manual: -u user,password; mirror", pw=_v)

_v = words_pw()
add("blind-ca/xml/filezilla-sitemanager", "transfers/filezilla/sitemanager.xml", """
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Folder expanded="1">CROs
            <Server>
                <Host>sftp.ecoa-vendor.example.com</Host>
                <Port>22</Port>
                <Protocol>1</Protocol>
                <Type>0</Type>
                <User>pharmaco_dm</User>
                <Pass encoding="base64">«enc»</Pass>
                <Logontype>1</Logontype>
                <PasvMode>MODE_DEFAULT</PasvMode>
                <EncodingType>Auto</EncodingType>
                <BypassProxy>0</BypassProxy>
                <Name>eCOA vendor (PROD)</Name>
                <RemoteDir>1 0 8 outbound 7 BTX-118</RemoteDir>
                <SyncBrowsing>0</SyncBrowsing>
            </Server>
        </Folder>
    </Servers>
</FileZilla3>
""", _v, "FileZilla wiki: sitemanager.xml (Pass encoding=base64)", enc=b64(_v))

add("blind-ca/xml/decoy-filezilla-ask", "transfers/filezilla/sitemanager_team.xml", """
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Server>
            <Host>sftp.biostat-cro.example.net</Host>
            <Port>22</Port>
            <Protocol>1</Protocol>
            <Type>0</Type>
            <User>pharmaco-sdtm</User>
            <Logontype>5</Logontype>
            <Keyfile>C:\\Users\\Public\\keys\\cro_sdtm.ppk</Keyfile>
            <Name>Biostat CRO (key file, passphrase asked)</Name>
            <Comments>Shared profile; each user loads the key from the team safe.</Comments>
        </Server>
    </Servers>
</FileZilla3>
""", None, "FileZilla wiki: sitemanager.xml Logontype values (key file)")

_v = rand_pw(12)
add("blind-ca/crontab/sshpass-sftp", "transfers/crontab.etl01", """
# crontab of svc_transfer on etl01 -- CRO exchanges
SHELL=/bin/bash
MAILTO=dm-ops@pharmaco.com
# m   h  dom mon dow  command
15    5  *   *   *    /opt/transfers/pull_central_lab.py >> /var/log/transfers/labs.log 2>&1
0     *  *   *   *    /opt/transfers/mirror_irt.sh
30    6  *   *   1-5  sshpass -p '«pw»' sftp -oBatchMode=no -b /opt/transfers/ecg.batch pharmaco@sftp.ecg-core-lab.example.org >> /var/log/transfers/ecg.log 2>&1
0     22 *   *   0    /opt/transfers/push_sdtm_to_cro.py
""", _v, "crontab(5); sshpass(1) -p password", pw=_v)

add("blind-ca/crontab/decoy-key-auth", "transfers/crontab.etl02", """
# crontab of svc_transfer on etl02 -- key-based transfers only (passwords are not allowed, SOP IT-044)
SHELL=/bin/bash
MAILTO=dm-ops@pharmaco.com
20 5 * * * sftp -i /home/svc_transfer/.ssh/id_ed25519_cro_labs -b /opt/transfers/labs.batch pharmaco_btx118@sftp.covance-style-cro.example.com
45 5 * * * rsync -e "ssh -i /home/svc_transfer/.ssh/id_ed25519_imaging" -av imaging@dicom-cro.example.net:/out/ /data/imaging/in/
0 23 * * * find /data/*/incoming -mtime +90 -type f -delete
""", None, "crontab(5); sftp(1) -i identity_file -b batchfile")

_v = pgp_private()
add("blind-ca/asc/pgp-private-key", "transfers/pgp/pharmaco-dm-transfer.sec.asc", """
«key»
""", _v, "RFC 4880 (OpenPGP) section 6.2: ASCII armor, PRIVATE KEY BLOCK", key=_v)

add("blind-ca/asc/decoy-pgp-public-key", "transfers/pgp/cro-labs-public.asc", """
# Public key of the central lab (from DTA appendix C), used to encrypt our query files to them.
# Fingerprint: «fp»
«key»
""", None, "RFC 4880 (OpenPGP): PUBLIC KEY BLOCK", fp=" ".join(hexu(40)[i:i + 4] for i in range(0, 40, 4)), key=pgp_public())

_v = passphrase()
add("blind-ca/shell/gpg-passphrase", "transfers/decrypt_incoming.sh", """
#!/bin/bash
# Decrypt the PGP-encrypted transfer files of the CROs into the quarantine folder.
set -euo pipefail
IN=/data/btx118/incoming
OUT=/data/btx118/quarantine

for f in "$IN"/*/*.pgp; do
  out="$OUT/$(basename "${f%.pgp}")"
  [ -e "$out" ] && continue
  gpg --batch --yes --pinentry-mode loopback \\
      --passphrase '«pp»' \\
      --output "$out" --decrypt "$f"
  sha256sum "$out" >> "$OUT/received.sha256"
done
""", _v, "GnuPG manual: --batch --pinentry-mode loopback --passphrase", pp=_v)

_v = human_pw()
add("blind-ca/powershell/winscp-session", "transfers/Send-EdcExport.ps1", """
# Send the weekly EDC export to the CRO with the WinSCP .NET assembly
Add-Type -Path "C:\\Program Files (x86)\\WinSCP\\WinSCPnet.dll"

$sessionOptions = New-Object WinSCP.SessionOptions -Property @{
    Protocol              = [WinSCP.Protocol]::Sftp
    HostName              = "sftp.biostat-cro.example.net"
    UserName              = "pharmaco-edc"
    Password              = "«pw»"
    SshHostKeyFingerprint = "ssh-ed25519 255 «fp»"
}

$session = New-Object WinSCP.Session
try {
    $session.Open($sessionOptions)
    $result = $session.PutFiles("D:\\Exports\\EDC\\*.zip", "/inbound/EDC/", $False)
    $result.Check()
    foreach ($t in $result.Transfers) { Write-Host "Uploaded $($t.FileName)" }
}
finally {
    $session.Dispose()
}
""", _v, "WinSCP .NET assembly documentation: SessionOptions (Password, SshHostKeyFingerprint)", pw=_v, fp=chars(43, B64))

add("blind-ca/powershell/decoy-secret-management", "transfers/Send-EdcExport-v2.ps1", """
# Send the weekly EDC export to the CRO; the password comes from the SecretManagement vault
Import-Module Microsoft.PowerShell.SecretManagement
Add-Type -Path "C:\\Program Files (x86)\\WinSCP\\WinSCPnet.dll"

$cred = Get-Secret -Name "cro-biostat-sftp" -Vault "DM-Transfers"

$sessionOptions = New-Object WinSCP.SessionOptions -Property @{
    Protocol              = [WinSCP.Protocol]::Sftp
    HostName              = "sftp.biostat-cro.example.net"
    UserName              = $cred.UserName
    SecurePassword        = $cred.Password
    SshHostKeyFingerprint = "ssh-ed25519 255 «fp»"
}
$session = New-Object WinSCP.Session
try { $session.Open($sessionOptions); $session.PutFiles("D:\\Exports\\EDC\\*.zip", "/inbound/EDC/").Check() }
finally { $session.Dispose() }
""", None, "Microsoft.PowerShell.SecretManagement: Get-Secret; WinSCP SessionOptions.SecurePassword", fp=chars(43, B64))

_v = season_pw()
add("blind-ca/bat/net-use", "instruments/map_shares.bat", """
@echo off
REM Map the CDS export shares on the QC data-review PCs (runs at logon via GPO)
net use Q: /delete /y >nul 2>&1
net use R: /delete /y >nul 2>&1
net use Q: \\\\qcfs01\\cds-exports /user:PHARMACO\\svc_cds_reader «pw» /persistent:no
net use R: \\\\qcfs01\\lims-reports /user:PHARMACO\\svc_cds_reader «pw» /persistent:no
if errorlevel 1 (
  echo Mapping failed >> %TEMP%\\map_shares.log
)
""", _v, "Microsoft docs: net use [devicename] \\\\computername\\sharename password /user:", pw=_v)

add("blind-ca/txt/decoy-bagit-manifest", "transfers/outbound/ONC-0231_SDTM_20240301/manifest-sha256.txt", """
«h1»  data/dm.xpt
«h2»  data/ae.xpt
«h3»  data/cm.xpt
«h4»  data/lb.xpt
«h5»  data/vs.xpt
«h6»  data/define.xml
«h7»  data/define2-1.xsl
""", None, "RFC 8493 (BagIt): payload manifest manifest-sha256.txt",
    h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64), h6=hexs(64), h7=hexs(64))

add("blind-ca/xml/decoy-ectd-checksums", "submission/0012/m1/us/us-regional.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- eCTD sequence 0012: leaf checksums are MD5 digests of the files, as the eCTD specification requires -->
<fda-regional:fda-regional xmlns:fda-regional="http://www.ich.org/fda" xmlns:xlink="http://www.w3c.org/1999/xlink"
    dtd-version="3.3" xml:lang="en">
  <m1-regional>
    <m1-2-cover-letters>
      <leaf ID="L1a" operation="new" checksum-type="md5" checksum="«m1»" xlink:href="m1/us/cover-letter.pdf">
        <title>Cover Letter</title>
      </leaf>
    </m1-2-cover-letters>
    <m1-1-forms>
      <leaf ID="L1b" operation="new" checksum-type="md5" checksum="«m2»" xlink:href="m1/us/fda-form-1571.pdf">
        <title>FDA Form 1571</title>
      </leaf>
    </m1-1-forms>
  </m1-regional>
</fda-regional:fda-regional>
""", None, "ICH eCTD specification v3.2.2: leaf checksum (MD5)", m1=hexs(32), m2=hexs(32))

# ---------------------------------------------------------------------------------------------
# Airflow
# ---------------------------------------------------------------------------------------------

_v = urlsafe_key()
add("blind-ca/helm/airflow-fernet-key", "deploy/airflow/values-prod.yaml", """
# Values for the apache-airflow/airflow chart: clinical data pipelines (prod)
executor: KubernetesExecutor
defaultAirflowTag: "2.9.1"

fernetKey: «fk»
webserverSecretKeySecretName: airflow-webserver-secret

data:
  metadataSecretName: airflow-metadata-db

dags:
  gitSync:
    enabled: true
    repo: git@github.com:pharmaco/clinical-data-dags.git
    branch: main
    subPath: dags
    sshKeySecret: airflow-gitsync-ssh

config:
  core:
    load_examples: "False"
  secrets:
    backend: airflow.providers.hashicorp.secrets.vault.VaultBackend
    backend_kwargs: '{"connections_path": "airflow/connections", "mount_point": "clinical", "url": "https://vault.pharmaco.net"}'
""", _v, "Airflow Helm chart parameters: fernetKey; Airflow docs on Fernet", fk=_v)

add("blind-ca/helm/decoy-airflow-secret-names", "deploy/airflow/values-val.yaml", """
# Values for the apache-airflow/airflow chart: clinical data pipelines (validation)
executor: KubernetesExecutor
defaultAirflowTag: "2.9.1"

fernetKeySecretName: airflow-fernet-key
webserverSecretKeySecretName: airflow-webserver-secret

data:
  metadataSecretName: airflow-metadata-db
  resultBackendSecretName: airflow-result-db

extraEnvFrom: |
  - secretRef:
      name: clinical-dags-env

dags:
  gitSync:
    enabled: true
    repo: git@github.com:pharmaco/clinical-data-dags.git
    branch: release/val
    sshKeySecret: airflow-gitsync-ssh
""", None, "Airflow Helm chart parameters: fernetKeySecretName, metadataSecretName")

_v = words_pw()
add("blind-ca/ini/airflow-cfg", "airflow/airflow.cfg", """
[core]
dags_folder = /opt/airflow/dags
executor = LocalExecutor
load_examples = False
default_timezone = Europe/London
fernet_key_cmd = cat /run/secrets/airflow_fernet_key

[database]
sql_alchemy_conn = postgresql+psycopg2://airflow:«pw»@pg-airflow.clinical.internal:5432/airflow
sql_alchemy_pool_size = 10

[logging]
base_log_folder = /opt/airflow/logs
remote_logging = False

[smtp]
smtp_host = smtp.pharmaco.net
smtp_starttls = True
smtp_port = 587
smtp_mail_from = airflow-clinical@pharmaco.com

[webserver]
base_url = https://airflow.clinical.pharmaco.net
""", _v, "Airflow configuration reference: [database] sql_alchemy_conn", pw=_v)

add("blind-ca/ini/decoy-airflow-cmd", "airflow/airflow.val.cfg", """
[core]
dags_folder = /opt/airflow/dags
executor = LocalExecutor
load_examples = False
fernet_key_cmd = cat /run/secrets/airflow_fernet_key

[database]
sql_alchemy_conn_cmd = cat /run/secrets/airflow_sql_alchemy_conn

[secrets]
backend = airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend
backend_kwargs = {"connections_prefix": "airflow/connections", "variables_prefix": "airflow/variables", "region_name": "eu-west-1"}

[webserver]
base_url = https://airflow-val.clinical.pharmaco.net
secret_key_cmd = cat /run/secrets/airflow_webserver_secret_key
""", None, "Airflow configuration reference: _cmd options and secrets backends")

_v = rand_pw(16)
add("blind-ca/docker-compose/airflow-conn-uri", "airflow/docker-compose.override.yml", """
# Local overrides for the data-management Airflow (developer laptops and the DM sandbox)
services:
  airflow-scheduler:
    environment:
      AIRFLOW_CONN_CRO_LABS_SFTP: "sftp://pharmaco_btx118:«pw»@sftp.covance-style-cro.example.com:22/?no_host_key_check=false"
      AIRFLOW_CONN_REDCAP_CTU: "http://redcap.ctu.example-univ.ac.uk/api/"
      AIRFLOW_VAR_STUDY_CODES: '["BTX-118", "ONC-0231"]'
    volumes:
      - ./dags:/opt/airflow/dags
      - /data/btx118:/data/btx118
  airflow-webserver:
    environment:
      AIRFLOW__WEBSERVER__EXPOSE_CONFIG: "False"
""", _v, "Airflow docs: connections from environment variables (AIRFLOW_CONN_ URI form)", pw=_v)

add("blind-ca/docker-compose/decoy-airflow-official", "airflow/docker-compose.yaml", """
# Based on the docker-compose.yaml of the Airflow quick start (local development only).
x-airflow-common:
  &airflow-common
  image: ${AIRFLOW_IMAGE_NAME:-apache/airflow:2.9.1}
  environment:
    &airflow-common-env
    AIRFLOW__CORE__EXECUTOR: CeleryExecutor
    AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: postgresql+psycopg2://airflow:airflow@postgres/airflow
    AIRFLOW__CELERY__RESULT_BACKEND: db+postgresql://airflow:airflow@postgres/airflow
    AIRFLOW__CELERY__BROKER_URL: redis://:@redis:6379/0
    AIRFLOW__CORE__FERNET_KEY: ''
    AIRFLOW__CORE__LOAD_EXAMPLES: 'false'
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
    command: version
    environment:
      <<: *airflow-common-env
      _AIRFLOW_DB_MIGRATE: 'true'
      _AIRFLOW_WWW_USER_CREATE: 'true'
      _AIRFLOW_WWW_USER_USERNAME: ${_AIRFLOW_WWW_USER_USERNAME:-airflow}
      _AIRFLOW_WWW_USER_PASSWORD: ${_AIRFLOW_WWW_USER_PASSWORD:-airflow}
""", None, "Airflow documentation: Running Airflow in Docker (docker-compose.yaml quick start defaults)")

_v = redcap_token()
add("blind-ca/shell/airflow-connections-add", "airflow/bootstrap_connections.sh", """
#!/usr/bin/env bash
# One-off bootstrap of the Airflow connections on the DM sandbox (run inside the scheduler pod)
set -e
airflow connections delete redcap_onc0231 || true
airflow connections add redcap_onc0231 \\
    --conn-type http \\
    --conn-host https://redcap.hospital.example.org/api/ \\
    --conn-password «tok» \\
    --conn-extra '{"project_id": 4412}'

airflow connections add warehouse \\
    --conn-uri "$WAREHOUSE_CONN_URI"

airflow variables set extract_days 7
""", _v, "Airflow CLI reference: airflow connections add --conn-password", tok=_v)

_v = words_pw()
add("blind-ca/python/airflow-dag-hardcoded", "dags/veeva_ctms_to_warehouse.py", '''
"""Daily copy of Veeva CTMS site milestones into the clinical operations warehouse."""
from datetime import datetime, timedelta

import requests
from airflow import DAG
from airflow.operators.python import PythonOperator
from airflow.providers.postgres.hooks.postgres import PostgresHook

VAULT = "https://pharmaco-clinical.veevavault.com/api/v24.1"
VAULT_USER = "ctms.warehouse@pharmaco.com"
VAULT_PASSWORD = "«pw»"  # TODO move to the Airflow connection veeva_ctms


def copy_milestones(**_):
    session = requests.post(f"{VAULT}/auth", data={"username": VAULT_USER, "password": VAULT_PASSWORD},
                            timeout=30).json()["sessionId"]
    rows = requests.post(f"{VAULT}/query", headers={"Authorization": session},
                         data={"q": "SELECT id, study__v, site__v, milestone_type__v, actual_finish_date__v FROM milestone__v"},
                         timeout=120).json()["data"]
    hook = PostgresHook(postgres_conn_id="clinops_warehouse")
    hook.insert_rows("staging.ctms_milestones", [tuple(r.values()) for r in rows], replace=False)


with DAG(
    dag_id="veeva_ctms_to_warehouse",
    start_date=datetime(2024, 1, 1),
    schedule="30 4 * * *",
    catchup=False,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=10)},
    tags=["ctms", "veeva"],
) as dag:
    PythonOperator(task_id="copy_milestones", python_callable=copy_milestones)
''', _v, "Airflow tutorial (DAG, PythonOperator); Veeva Vault REST API auth", pw=_v)

add("blind-ca/python/decoy-airflow-jinja", "dags/redcap_export_dag.py", '''
"""REDCap exports of the CTU studies: tokens and passwords are Airflow connections and variables."""
from datetime import datetime

from airflow import DAG
from airflow.models import Variable
from airflow.operators.bash import BashOperator
from airflow.providers.sftp.operators.sftp import SFTPOperator

with DAG("redcap_exports", start_date=datetime(2024, 1, 1), schedule="0 3 * * *", catchup=False) as dag:
    export = BashOperator(
        task_id="export_onc0231",
        bash_command=(
            "curl -sS -X POST {{ conn.redcap_onc0231.host }} "
            "-d token={{ conn.redcap_onc0231.password }} -d content=record -d format=csv "
            "-o /data/onc0231/raw/records_{{ ds_nodash }}.csv"
        ),
    )
    push = SFTPOperator(
        task_id="push_to_cro",
        ssh_conn_id="cro_biostat_sftp",
        local_filepath="/data/onc0231/raw/records_{{ ds_nodash }}.csv",
        remote_filepath="/inbound/ONC-0231/records_{{ ds_nodash }}.csv",
    )
    notify_to = Variable.get("dm_notify_email", default_var="dm-ops@pharmaco.com")
    export >> push
''', None, "Airflow templates reference: {{ conn.<id>.password }}; SFTPOperator")

# ---------------------------------------------------------------------------------------------
# Shiny, ShinyProxy, Posit, Streamlit
# ---------------------------------------------------------------------------------------------

_v = words_pw()
add("blind-ca/yaml/shinyproxy-simple-auth", "shinyproxy/application.yml", """
proxy:
  title: PharmaCo Clinical Data Review
  landing-page: /
  heartbeat-rate: 10000
  heartbeat-timeout: 600000
  port: 8080
  authentication: simple
  admin-groups: admins
  users:
  - name: dm-lead
    password: «pw»
    groups: admins, data-management
  container-backend: docker
  specs:
  - id: safety-listings
    display-name: Safety listings (BTX-118)
    container-image: registry.pharmaco.net/shiny/safety-listings:2.3.0
    access-groups: [data-management, medical-monitors]
  - id: enrolment
    display-name: Enrolment dashboard
    container-image: registry.pharmaco.net/shiny/enrolment:1.8.2

logging:
  file:
    name: /var/log/shinyproxy/shinyproxy.log
""", _v, "ShinyProxy documentation: simple authentication (proxy.users)", pw=_v)

_v = chars(32)
add("blind-ca/yaml/shinyproxy-keycloak", "shinyproxy/application-prod.yml", """
proxy:
  title: PharmaCo Clinical Data Review
  port: 8080
  authentication: keycloak
  admin-groups: shiny-admins
  keycloak:
    realm: pharmaco
    auth-server-url: https://sso.pharmaco.net/auth
    resource: shinyproxy
    credentials-secret: «sec»
    name-attribute: preferred_username
  container-backend: kubernetes
  kubernetes:
    namespace: shiny-apps
    internal-networking: true
  specs:
  - id: safety-listings
    display-name: Safety listings
    container-image: registry.pharmaco.net/shiny/safety-listings:2.3.0
""", _v, "ShinyProxy documentation: Keycloak authentication (proxy.keycloak.credentials-secret)", sec=_v)

add("blind-ca/yaml/decoy-shinyproxy-env", "shinyproxy/application-val.yml", """
proxy:
  title: PharmaCo Clinical Data Review (VAL)
  port: 8080
  authentication: openid
  openid:
    auth-url: https://login.microsoftonline.com/«t»/oauth2/v2.0/authorize
    token-url: https://login.microsoftonline.com/«t»/oauth2/v2.0/token
    jwks-url: https://login.microsoftonline.com/«t»/discovery/v2.0/keys
    client-id: «c»
    client-secret: ${SHINYPROXY_OIDC_SECRET}
    roles-claim: roles
  container-backend: kubernetes
  specs:
  - id: safety-listings
    container-image: registry.pharmaco.net/shiny/safety-listings:2.4.0-rc1
""", None, "ShinyProxy documentation: OpenID Connect; Spring environment placeholders", t=uuid_s(), c=uuid_s())

_v = human_pw()
add("blind-ca/r/shinymanager-credentials", "apps/enrolment/app.R", """
library(shiny)
library(shinymanager)
library(DBI)

# Users of the enrolment dashboard (site monitors get read-only views)
credentials <- data.frame(
  user     = c("cra_team", "dm_lead"),
  password = c("«pw»", Sys.getenv("DM_LEAD_PASSWORD")),
  admin    = c(FALSE, TRUE),
  stringsAsFactors = FALSE
)

ui <- secure_app(fluidPage(
  titlePanel("BTX-118 enrolment"),
  plotOutput("by_site"),
  tableOutput("screen_fail")
))

server <- function(input, output, session) {
  res_auth <- secure_server(check_credentials = check_credentials(credentials))
  con <- dbConnect(odbc::odbc(), "CLINOPS_DW")
  output$by_site <- renderPlot(plot_enrolment(dbReadTable(con, "enrolment_by_site")))
  output$screen_fail <- renderTable(dbReadTable(con, "screen_failures"))
}

shinyApp(ui, server)
""", _v, "shinymanager README: secure_app, check_credentials(data.frame)", pw=_v)

add("blind-ca/r/decoy-shinymanager-hashed", "apps/safety-listings/credentials.R", """
# Credentials of the safety listings app: scrypt hashes made with scrypt::hashPassword(),
# as shinymanager accepts with is_hashed_password = TRUE. Plain passwords are never stored.
credentials <- data.frame(
  user = c("medmon1", "medmon2", "pv_lead"),
  password = c(
    "«h1»",
    "«h2»",
    "«h3»"
  ),
  is_hashed_password = TRUE,
  admin = c(FALSE, FALSE, TRUE),
  stringsAsFactors = FALSE
)
""", None, "shinymanager README: is_hashed_password with scrypt::hashPassword",
    h1="c2NyeXB0AA4AAAAIAAAAA" + chars(107, B64), h2="c2NyeXB0AA4AAAAIAAAAA" + chars(107, B64), h3="c2NyeXB0AA4AAAAIAAAAA" + chars(107, B64))

_v = chars(40, B64)
add("blind-ca/r/shinyapps-secret", "deploy/deploy_shinyapps.R", """
# Deploy the public trial-results explorer (aggregate data only) to shinyapps.io
library(rsconnect)

rsconnect::setAccountInfo(
  name   = "pharmaco-trials",
  token  = "«tok»",
  secret = "«sec»"
)

rsconnect::deployApp(
  appDir      = "apps/results-explorer",
  appName     = "btx118-results",
  account     = "pharmaco-trials",
  forceUpdate = TRUE
)
""", _v, "rsconnect reference: setAccountInfo(name, token, secret)", tok=hexu(32), sec=_v)

_v = chars(32)
add("blind-ca/gitlab-ci/posit-connect-key", ".gitlab-ci.yml", """
stages: [check, deploy]

variables:
  CONNECT_SERVER: https://connect.pharmaco.net
  CONNECT_API_KEY: «key»
  RENV_PATHS_CACHE: ${CI_PROJECT_DIR}/.renv-cache

cache:
  paths: [.renv-cache]

check:
  stage: check
  image: rocker/r-ver:4.3.3
  script:
    - Rscript -e 'renv::restore()'
    - Rscript -e 'testthat::test_dir("tests/testthat", stop_on_failure = TRUE)'

deploy:
  stage: deploy
  image: ghcr.io/rstudio/rstudio-connect-cli:latest
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
  script:
    - rsconnect add --server "$CONNECT_SERVER" --name prod --api-key "$CONNECT_API_KEY"
    - rsconnect deploy shiny apps/safety-listings --name prod --title "Safety listings"
""", _v, "rsconnect-python documentation: rsconnect add --api-key; GitLab CI variables", key=_v)

add("blind-ca/gitlab-ci/decoy-masked-variables", "apps/enrolment/.gitlab-ci.yml", """
# CONNECT_API_KEY and SNOWFLAKE_PASSWORD are masked, protected CI/CD variables of the group
stages: [test, deploy]

test:
  stage: test
  image: rocker/r-ver:4.3.3
  script:
    - Rscript -e 'renv::restore()'
    - Rscript -e 'testthat::test_dir("tests")'

deploy:
  stage: deploy
  image: ghcr.io/rstudio/rstudio-connect-cli:latest
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - rsconnect add --server https://connect.pharmaco.net --name prod --api-key "$CONNECT_API_KEY"
    - rsconnect deploy shiny . --name prod --title "Enrolment dashboard" -E SNOWFLAKE_PASSWORD
""", None, "GitLab docs: masked CI/CD variables; rsconnect-python CLI")

_v = words_pw()
add("blind-ca/yaml/r-config", "apps/safety-listings/config.yml", """
default:
  warehouse:
    driver: "Snowflake"
    server: "pharmaco.eu-west-1.snowflakecomputing.com"
    database: "CLINICAL"
    warehouse: "SHINY_WH"
    uid: "SVC_SHINY_SAFETY"
    pwd: !expr Sys.getenv("SNOWFLAKE_PASSWORD")
  study: "BTX-118"

production:
  warehouse:
    role: "SAFETY_READER"
    pwd: "«pw»"
  cache_minutes: 30
""", _v, "config R package vignette: config.yml with default and named configurations", pw=_v)

_v = season_pw()
add("blind-ca/r/dbi-odbc-password", "analysis/R/02_load_warehouse.R", """
library(DBI)
library(odbc)
library(dplyr)

con <- dbConnect(
  odbc::odbc(),
  Driver   = "ODBC Driver 18 for SQL Server",
  Server   = "sqlprod-ctu.internal",
  Database = "CTU_Warehouse",
  UID      = "ctu_analyst",
  PWD      = "«pw»",
  Encrypt  = "yes",
  TrustServerCertificate = "yes"
)

adsl <- tbl(con, in_schema("adam", "adsl")) %>% filter(SAFFL == "Y") %>% collect()
adae <- tbl(con, in_schema("adam", "adae")) %>% filter(TRTEMFL == "Y") %>% collect()
dbDisconnect(con)
""", _v, "odbc package README: dbConnect(odbc::odbc(), Driver, Server, UID, PWD)", pw=_v)

_v = rand_pw(18, "!#")
add("blind-ca/toml/streamlit-secrets", "apps/sample-inventory/.streamlit/secrets.toml", """
# Streamlit secrets of the biobank inventory app
[connections.biobank]
dialect = "postgresql"
host = "biobank-db.internal"
port = 5432
database = "sampletrack"
username = "streamlit_ro"
password = "«pw»"

[app]
title = "Biobank freezer inventory"
default_study = "VT-204"
""", _v, "Streamlit docs: secrets management (.streamlit/secrets.toml), st.connection SQL", pw=_v)

add("blind-ca/toml/decoy-streamlit-example", "apps/sample-inventory/.streamlit/secrets.toml.example", """
# Copy to secrets.toml (git-ignored) and fill in from the team password manager
[connections.biobank]
dialect = "postgresql"
host = "biobank-db.internal"
port = 5432
database = "sampletrack"
username = "streamlit_ro"
password = "your-password-here"

[app]
title = "Biobank freezer inventory"
""", None, "Streamlit docs: secrets management")

_v = words_pw()
add("blind-ca/python/snowflake-password", "rwe/load_claims_cohort.py", '''
"""Build the real-world-evidence cohort table from the claims data share in Snowflake."""
import snowflake.connector

conn = snowflake.connector.connect(
    account="pharmaco-rwe",
    user="SVC_RWE_ETL",
    password="«pw»",
    warehouse="RWE_ETL_WH",
    database="RWE",
    schema="COHORTS",
    role="RWE_ENGINEER",
)

COHORT_SQL = """
CREATE OR REPLACE TABLE cohorts.t2d_glp1_new_users AS
SELECT patient_id, MIN(fill_date) AS index_date
  FROM claims_share.pharmacy.fills
 WHERE ndc IN (SELECT ndc FROM ref.glp1_ndc)
 GROUP BY patient_id
"""

with conn.cursor() as cur:
    cur.execute(COHORT_SQL)
    print(cur.fetchone())
conn.close()
''', _v, "Snowflake Connector for Python documentation: connect(account, user, password)", pw=_v)

# ---------------------------------------------------------------------------------------------
# SAS programs and notebooks
# ---------------------------------------------------------------------------------------------

_v = human_pw()
add("blind-ca/sas/libname-oracle", "programs/setup/autoexec_prod.sas", """
/*****************************************************************************
* autoexec_prod.sas -- libraries of the ONC-0231 production area
*****************************************************************************/
options validvarname=upcase mprint nofmterr compress=yes;

%let study = onc0231;
%let root  = /sasdata/&study.;

libname raw    "&root./raw"    access=readonly;
libname sdtm   "&root./sdtm";
libname adam   "&root./adam";
libname formats "&root./formats";
options fmtsearch=(formats.formats work library);

/* Oracle Clinical reporting views */
libname ocrpt oracle user=OC_RPT_ONC0231 password="«pw»"
        path="OCPRD" schema=RXC_VIEWS readbuff=5000;
""", _v, "SAS/ACCESS Interface to Oracle: LIBNAME statement (USER=, PASSWORD=, PATH=)", pw=_v)

_v = words_pw()
add("blind-ca/sas/proc-sql-odbc", "programs/listings/l_ae_ctms_reconcile.sas", """
/* Reconcile SAE counts between Argus (safety) and the EDC (clinical) for the DMC pack */
proc sql;
  connect to odbc as argus (datasrc="ARGUS_RPT" user="argus_rpt_ro" password="«pw»");
  create table work.argus_sae as
  select * from connection to argus (
    select cm.case_num, cp.pat_subj_num as usubjid, ce.desc_reptd as aeterm, ce.onset
      from argus_app.case_master cm
      join argus_app.case_pat_info cp on cp.case_id = cm.case_id
      join argus_app.case_event ce on ce.case_id = cm.case_id
     where cm.study_num = 'ONC-0231' and ce.seriousness = 1
  );
  disconnect from argus;
quit;

proc compare base=work.argus_sae compare=adam.adae(where=(aeser='Y')) listall;
  id usubjid aeterm;
run;
""", _v, "SAS/ACCESS ODBC: CONNECT statement (DATASRC=, USER=, PASSWORD=)", pw=_v)

_v = words_pw()
add("blind-ca/authinfo/sas-authinfo", "sas-config/_authinfo", """
# SAS authinfo file for the batch account (used by PROC HTTP and SAS/CONNECT, option AUTHINFO=)
default user "svc_sasbatch" password "«pw»"
host sasapp.pharmaco.net user "svc_sasbatch" password "«pw»"
host redcap.hospital.example.org user "api" password "see-redcap-token-macro"
# permissions must be 600, owner svc_sasbatch; referenced in sasv9_local.cfg:
#   -authinfo "/home/svc_sasbatch/_authinfo"
""", _v, "SAS documentation: the authinfo file (Viya/9.4M5 AUTHINFO= option)", pw=_v)

add("blind-ca/sas/decoy-md5-checks", "programs/qc/verify_transfer_checksums.sas", """
/* Verify the checksums of the received SDTM transport files against the sender's manifest */
data work.expected;
  length file $32 md5 $32;
  input file $ md5 $;
datalines;
dm.xpt «m1»
ae.xpt «m2»
lb.xpt «m3»
ex.xpt «m4»
;
run;

data work.received;
  set work.expected;
  length actual $32;
  actual = put(md5(cats(file)), $hex32.);   /* placeholder: real check uses hashing_file() */
  actual = hashing_file('md5', cats('/sasdata/onc0231/transfer/', file), 0);
  ok = (upcase(actual) = upcase(md5));
run;
""", None, "SAS functions reference: HASHING_FILE, MD5", m1=hexs(32), m2=hexs(32), m3=hexs(32), m4=hexs(32))

_v = rand_pw(16)
add("blind-ca/ipynb/warehouse-password", "notebooks/exploratory/pk_concentrations.ipynb", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# PK concentrations, BTX-118 part A\\n", "Exploratory look before the PK analysis plan is final."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "import sqlalchemy as sa\\n",
    "engine = sa.create_engine('postgresql+psycopg2://pk_analyst:«pw»@clinops-dw.internal:5432/clinical')\\n",
    "pc = pd.read_sql('select usubjid, pctpt, pcstresn from sdtm_btx118.pc', engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["pc.groupby('pctpt')['pcstresn'].describe()"]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.8"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", _v, "Jupyter nbformat documentation; SQLAlchemy create_engine URL", pw=_v)

add("blind-ca/ipynb/decoy-getpass", "notebooks/exploratory/ae_overview.ipynb", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass\\n",
    "import pandas as pd\\n",
    "import sqlalchemy as sa\\n",
    "password = getpass.getpass('Warehouse password: ')\\n",
    "engine = sa.create_engine(sa.engine.URL.create('postgresql+psycopg2', username='ae_analyst', password=password, host='clinops-dw.internal', database='clinical'))"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["rows: 4812\\n"]}],
   "source": ["ae = pd.read_sql('select * from adam_btx118.adae', engine)\\n", "print('rows:', len(ae))"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", None, "Python getpass documentation; Jupyter nbformat")

_v = databricks_token()
add("blind-ca/github-actions/databricks-token", ".github/workflows/deploy-rwe-jobs.yml", """
name: Deploy RWE Databricks jobs

on:
  push:
    branches: [main]
    paths: ["rwe/**", "databricks.yml"]

env:
  DATABRICKS_HOST: https://adb-4821937750113207.7.azuredatabricks.net
  DATABRICKS_TOKEN: «tok»

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: databricks/setup-cli@main
      - name: Validate bundle
        run: databricks bundle validate -t prod
      - name: Deploy bundle
        run: databricks bundle deploy -t prod
""", _v, "Databricks docs: personal access tokens (dapi...), Databricks Asset Bundles in GitHub Actions", tok=_v)

add("blind-ca/github-actions/decoy-secrets-context", ".github/workflows/validate-pipeline.yml", """
name: Validate clinical pipeline (IQ/OQ evidence)

on:
  pull_request:
  workflow_dispatch:

jobs:
  oq:
    runs-on: [self-hosted, gxp]
    environment: validation
    env:
      REDCAP_API_TOKEN: ${{ secrets.REDCAP_API_TOKEN_VAL }}
      DATABRICKS_TOKEN: ${{ secrets.DATABRICKS_TOKEN }}
      WAREHOUSE_PWD: ${{ secrets.WAREHOUSE_PWD }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install -r requirements.lock --require-hashes
      - run: pytest tests/oq --junitxml=evidence/oq-results.xml
      - uses: actions/upload-artifact@v4
        with:
          name: oq-evidence-${{ github.sha }}
          path: evidence/
""", None, "GitHub Actions docs: using secrets in workflows (secrets context)")

_v = hexs(64)
add("blind-ca/dotenv/domino-api-key", "biostats-domino/.env", """
# Local runs of the Domino jobs from a laptop (python-domino)
DOMINO_API_HOST=https://domino.pharmaco.net
DOMINO_USER_API_KEY=«key»
DOMINO_PROJECT=biostats/btx118-interim
DOMINO_HARDWARE_TIER=medium-ram
""", _v, "python-domino README: DOMINO_API_HOST and DOMINO_USER_API_KEY", key=_v)

# ---------------------------------------------------------------------------------------------
# Kubernetes, Helm, Terraform, Ansible, systemd, web servers
# ---------------------------------------------------------------------------------------------

_v = words_pw()
add("blind-ca/k8s-secret/lims-db-data", "deploy/k8s/sample-tracker/secret.yaml", """
apiVersion: v1
kind: Secret
metadata:
  name: sample-tracker-db
  namespace: biobank
  labels:
    app.kubernetes.io/name: sample-tracker
    gxp.pharmaco.net/system-id: SYS-0412
type: Opaque
data:
  SAMPLETRACK_DB_URL: «url»
  SAMPLETRACK_DB_USER: «user»
  SAMPLETRACK_DB_PASSWORD: «pw»
""", _v, "Kubernetes documentation: Secret data (base64-encoded values)",
    url=b64("jdbc:postgresql://biobank-db.internal:5432/sampletrack"), user=b64("sampletrack"), pw=b64(_v))

_v = redcap_token()
add("blind-ca/k8s-secret/redcap-stringdata", "deploy/k8s/redcap-sync/secret-redcap.yaml", """
apiVersion: v1
kind: Secret
metadata:
  name: redcap-tokens
  namespace: clinical-etl
type: Opaque
stringData:
  REDCAP_API_URL: https://redcap.ctu.example-univ.ac.uk/api/
  REDCAP_TOKEN_CTU114: «tok»
""", _v, "Kubernetes documentation: Secret stringData", tok=_v)

add("blind-ca/k8s/decoy-secretkeyref", "deploy/k8s/redcap-sync/cronjob.yaml", """
apiVersion: batch/v1
kind: CronJob
metadata:
  name: redcap-sync-ctu114
  namespace: clinical-etl
spec:
  schedule: "15 2 * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: sync
              image: registry.pharmaco.net/etl/redcap-sync@sha256:«dig»
              args: ["--study", "CTU114"]
              env:
                - name: REDCAP_TOKEN_CTU114
                  valueFrom:
                    secretKeyRef:
                      name: redcap-tokens
                      key: REDCAP_TOKEN_CTU114
                - name: WAREHOUSE_PWD
                  valueFrom:
                    secretKeyRef:
                      name: warehouse-writer
                      key: password
""", None, "Kubernetes documentation: env valueFrom.secretKeyRef; image digests", dig=hexs(64))

add("blind-ca/k8s/decoy-sealed-secret", "deploy/k8s/labkey/sealed-labkey-db.yaml", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: labkey-db
  namespace: labkey
spec:
  encryptedData:
    POSTGRES_PASSWORD: «c1»
    POSTGRES_USER: «c2»
  template:
    metadata:
      name: labkey-db
      namespace: labkey
    type: Opaque
""", None, "Bitnami sealed-secrets README: SealedSecret encryptedData",
    c1="AgB" + chars(600, B64) + "==", c2="AgC" + chars(380, B64) + "==")

add("blind-ca/k8s/decoy-external-secret", "deploy/k8s/argus-bridge/external-secret.yaml", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: argus-bridge-credentials
  namespace: pv-integrations
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: argus-bridge-credentials
    creationPolicy: Owner
  data:
    - secretKey: ARGUS_DB_PASSWORD
      remoteRef:
        key: pv/argus/argus_lit_intake
        property: password
    - secretKey: OPENFDA_API_KEY
      remoteRef:
        key: pv/openfda
        property: api_key
""", None, "External Secrets Operator documentation: ExternalSecret remoteRef")

_v = rand_pw(20)
add("blind-ca/helm/labkey-postgres", "deploy/helm/labkey/values-prod.yaml", """
# LabKey Server on the research cluster (chart: internal/labkey, postgres subchart: bitnami/postgresql)
image:
  repository: registry.pharmaco.net/labkey/community
  tag: "24.3.4"

ingress:
  enabled: true
  host: labkey.immunology.example.org
  tls: true

persistence:
  files:
    size: 500Gi
    storageClass: netapp-nas

postgresql:
  enabled: true
  auth:
    username: labkey
    database: labkey
    password: "«pw»"
  primary:
    persistence:
      size: 200Gi
""", _v, "Bitnami PostgreSQL chart parameters: auth.username, auth.password", pw=_v)

add("blind-ca/helm/decoy-existing-secret", "deploy/helm/labkey/values-val.yaml", """
image:
  repository: registry.pharmaco.net/labkey/community
  tag: "24.3.4"
  digest: sha256:«dig»

postgresql:
  enabled: true
  auth:
    username: labkey
    database: labkey
    existingSecret: labkey-db
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password
""", None, "Bitnami PostgreSQL chart parameters: auth.existingSecret, secretKeys", dig=hexs(64))

add("blind-ca/sops/decoy-encrypted-values", "deploy/helm/argus-bridge/secrets.prod.enc.yaml", """
argus:
    dbUser: ENC[AES256_GCM,data:«d1»,iv:«i1»,tag:«t1»,type:str]
    dbPassword: ENC[AES256_GCM,data:«d2»,iv:«i2»,tag:«t2»,type:str]
openfda:
    apiKey: ENC[AES256_GCM,data:«d3»,iv:«i3»,tag:«t3»,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:418273645510:key/«kid»
          created_at: "2024-04-02T10:14:55Z"
          enc: «enc»
          aws_profile: ""
    lastmodified: "2024-04-02T10:14:56Z"
    mac: ENC[AES256_GCM,data:«d4»,iv:«i4»,tag:«t4»,type:str]
    version: 3.8.1
""", None, "SOPS README: encrypted YAML files (ENC[AES256_GCM,...])",
    d1=b64_bytes(16), i1=b64_bytes(32), t1=b64_bytes(16), d2=b64_bytes(18), i2=b64_bytes(32), t2=b64_bytes(16),
    d3=b64_bytes(30), i3=b64_bytes(32), t3=b64_bytes(16), kid=uuid_s(), enc="AQICAHh" + chars(180, B64) + "==",
    d4=b64_bytes(64), i4=b64_bytes(32), t4=b64_bytes(16))

_v = words_pw()
add("blind-ca/terraform/azure-sql-admin", "infra/terraform/etmf-archive/main.tf", """
resource "azurerm_resource_group" "etmf" {
  name     = "rg-etmf-archive-prd"
  location = "westeurope"
  tags     = { gxp = "true", system = "eTMF archive" }
}

resource "azurerm_mssql_server" "etmf" {
  name                         = "sql-etmf-archive-prd"
  resource_group_name          = azurerm_resource_group.etmf.name
  location                     = azurerm_resource_group.etmf.location
  version                      = "12.0"
  administrator_login          = "etmfadmin"
  administrator_login_password = "«pw»"
  minimum_tls_version          = "1.2"
}

resource "azurerm_mssql_database" "index" {
  name      = "etmf-index"
  server_id = azurerm_mssql_server.etmf.id
  sku_name  = "S2"
}
""", _v, "Terraform azurerm provider: azurerm_mssql_server administrator_login_password", pw=_v)

add("blind-ca/terraform/decoy-random-password", "infra/terraform/clinops-dw/rds.tf", """
resource "random_password" "dw_master" {
  length           = 32
  special          = true
  override_special = "!#%*-_=+"
}

resource "aws_secretsmanager_secret" "dw_master" {
  name       = "clinops/dw/master"
  kms_key_id = aws_kms_key.clinops.arn
}

resource "aws_secretsmanager_secret_version" "dw_master" {
  secret_id     = aws_secretsmanager_secret.dw_master.id
  secret_string = random_password.dw_master.result
}

resource "aws_db_instance" "dw" {
  identifier          = "clinops-dw-prd"
  engine              = "postgres"
  engine_version      = "15.5"
  instance_class      = "db.r6g.xlarge"
  username            = "dwadmin"
  password            = random_password.dw_master.result
  storage_encrypted   = true
  kms_key_id          = aws_kms_key.clinops.arn
  deletion_protection = true
}
""", None, "Terraform random provider: random_password; aws_db_instance")

_v = season_pw()
add("blind-ca/terraform/aws-rds-password", "infra/terraform/pv-analytics/rds.tf", """
resource "aws_db_instance" "pv_mart" {
  identifier              = "pv-analytics-mart"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.t4g.large"
  allocated_storage       = 200
  db_name                 = "pvmart"
  username                = "pvadmin"
  password                = "«pw»"
  storage_encrypted       = true
  backup_retention_period = 35
  vpc_security_group_ids  = [aws_security_group.pv_mart.id]
  db_subnet_group_name    = aws_db_subnet_group.private.name
  tags = {
    system = "PV analytics"
    gxp    = "true"
  }
}
""", _v, "Terraform AWS provider: aws_db_instance password", pw=_v)

add("blind-ca/terraform/decoy-sensitive-variable", "infra/terraform/pv-analytics/variables.tf", """
variable "environment" {
  type    = string
  default = "prd"
}

variable "argus_db_password" {
  description = "Password of ARGUS_RPT_RO, passed as TF_VAR_argus_db_password by the pipeline"
  type        = string
  sensitive   = true
}

variable "openfda_api_key" {
  description = "openFDA key of the PV analytics account"
  type        = string
  sensitive   = true
  default     = ""
}
""", None, "Terraform docs: input variables, sensitive = true, TF_VAR_ environment variables")

_v = words_pw()
add("blind-ca/ansible/group-vars-plain", "ansible/inventories/prod/group_vars/lims_app.yml", """
---
# LabWare application servers (PRD)
lims_env: PRD
lims_install_dir: D:\\LabWare\\LIMS
lims_db_host: lwdb-prd.qc.internal
lims_db_service: LWPRD
lims_db_user: LIMS_APP
lims_db_password: «pw»
lims_license_server: lwlic01.qc.internal
lims_smtp_host: smtp.pharmaco.net
ansible_connection: winrm
ansible_winrm_transport: kerberos
""", _v, "Ansible docs: group_vars in inventories", pw=_v)

add("blind-ca/ansible/decoy-vault-encrypted", "ansible/inventories/val/group_vars/lims_app.yml", """
---
# LabWare application servers (VAL)
lims_env: VAL
lims_db_host: lwdb-val.qc.internal
lims_db_service: LWVAL
lims_db_user: LIMS_APP
lims_db_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  «l1»
  «l2»
  «l3»
  «l4»
  «l5»
ansible_connection: winrm
""", None, "Ansible docs: encrypting variables with ansible-vault encrypt_string (!vault)",
    l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

_v = rand_pw(18)
add("blind-ca/systemd/environment", "deploy/systemd/instrument-gateway.service", """
[Unit]
Description=QC instrument gateway (balances, pH meters -> LIMS)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=igw
WorkingDirectory=/opt/instrument-gateway
Environment=IGW_LIMS_URL=https://labware-prd.qc.pharmaco.net/labware/api/v1
Environment=IGW_LIMS_USER=INTERFACE_BAL
Environment="IGW_LIMS_PASSWORD=«pw»"
Environment=IGW_POLL_SECONDS=15
ExecStart=/opt/instrument-gateway/.venv/bin/python -m igw.main
Restart=on-failure
RestartSec=10

[Install]
WantedBy=multi-user.target
""", _v, "systemd.exec(5): Environment=", pw=_v)

add("blind-ca/systemd/decoy-credential", "deploy/systemd/instrument-gateway-val.service", """
[Unit]
Description=QC instrument gateway (VAL)
After=network-online.target

[Service]
Type=simple
User=igw
Environment=IGW_LIMS_URL=https://labware-val.qc.pharmaco.net/labware/api/v1
Environment=IGW_LIMS_USER=INTERFACE_BAL
LoadCredentialEncrypted=lims-password:/etc/credstore.encrypted/igw-lims-password.cred
EnvironmentFile=-/etc/instrument-gateway/val.env
ExecStart=/opt/instrument-gateway/.venv/bin/python -m igw.main --password-file ${CREDENTIALS_DIRECTORY}/lims-password
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", None, "systemd.exec(5): LoadCredentialEncrypted=, $CREDENTIALS_DIRECTORY")

_v = human_pw()
add("blind-ca/nginx/basic-auth-header", "deploy/nginx/labkey-proxy.conf", """
# Reverse proxy in front of the LabKey assay upload endpoint for the plate readers (no SSO on the instruments)
server {
    listen 443 ssl;
    server_name assay-upload.lab.internal;

    ssl_certificate     /etc/nginx/tls/assay-upload.crt;
    ssl_certificate_key /etc/nginx/tls/assay-upload.key;

    location /labkey/ {
        proxy_pass https://labkey.immunology.example.org/labkey/;
        proxy_set_header Host labkey.immunology.example.org;
        proxy_set_header Authorization "Basic «auth»";
        client_max_body_size 200m;
        allow 10.42.16.0/24;
        deny all;
    }
}
""", _v, "nginx docs: proxy_set_header; RFC 7617 (Basic authentication)", auth=b64("svc_platereader@immunology.example.org:" + _v))

add("blind-ca/nginx/decoy-htpasswd-file", "deploy/nginx/shiny-public.conf", """
server {
    listen 443 ssl;
    server_name results-explorer.pharmaco.net;

    ssl_certificate     /etc/nginx/tls/results-explorer.crt;
    ssl_certificate_key /etc/nginx/tls/results-explorer.key;

    location / {
        auth_basic           "Trial results explorer (preview)";
        auth_basic_user_file /etc/nginx/htpasswd/results-explorer;
        proxy_pass           http://127.0.0.1:3838/;
        proxy_http_version   1.1;
        proxy_set_header     Upgrade $http_upgrade;
        proxy_set_header     Connection "upgrade";
    }
}
""", None, "nginx docs: ngx_http_auth_basic_module (auth_basic_user_file)")

add("blind-ca/htpasswd/decoy-bcrypt", "deploy/nginx/htpasswd/results-explorer", """
medical-affairs:«h1»
msl-emea:«h2»
msl-na:«h3»
reg-affairs:«h4»
external-dmc:«h5»
""", None, "Apache htpasswd documentation: bcrypt (-B) entries",
    h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash(), h5=bcrypt_hash())

_v = words_pw()
add("blind-ca/apache/ldap-bind", "deploy/apache/redcap-ldap.conf", """
# Apache httpd in front of REDCap: LDAP protection of the Control Center
<Location "/redcap/redcap_v14.0.12/ControlCenter">
    AuthType Basic
    AuthName "REDCap administration"
    AuthBasicProvider ldap
    AuthLDAPURL "ldaps://ad.research.example.edu:636/OU=Users,DC=research,DC=example,DC=edu?sAMAccountName?sub?(objectClass=user)"
    AuthLDAPBindDN "CN=svc-redcap-ldap,OU=Service Accounts,DC=research,DC=example,DC=edu"
    AuthLDAPBindPassword "«pw»"
    Require ldap-group CN=REDCap-Admins,OU=Groups,DC=research,DC=example,DC=edu
</Location>
""", _v, "Apache mod_authnz_ldap documentation: AuthLDAPBindDN, AuthLDAPBindPassword", pw=_v)

# ---------------------------------------------------------------------------------------------
# CI, registries and package indexes of the validated pipelines
# ---------------------------------------------------------------------------------------------

_v = fakes.aws_secret_key(_seed())
add("blind-ca/github-actions/aws-secret-key", ".github/workflows/publish-sdtm.yml", """
name: Publish SDTM package to the GxP data lake

on:
  workflow_dispatch:
    inputs:
      study:
        description: Study code
        required: true

jobs:
  publish:
    runs-on: [self-hosted, sas-grid]
    env:
      AWS_ACCESS_KEY_ID: «kid»
      AWS_SECRET_ACCESS_KEY: «sk»
      AWS_DEFAULT_REGION: eu-west-1
    steps:
      - uses: actions/checkout@v4
      - name: Build transfer package
        run: ./scripts/build_transfer.sh "${{ inputs.study }}"
      - name: Upload
        run: aws s3 sync "out/${{ inputs.study }}/" "s3://pharmaco-gxp-datalake/sdtm/${{ inputs.study }}/" --sse aws:kms
""", _v, "GitHub Actions docs: env; AWS CLI environment variables", kid=fakes.aws_key_id(_seed()), sk=_v)

_v = words_pw()
add("blind-ca/jenkinsfile/curl-basic-auth", "lims-config/Jenkinsfile", """
pipeline {
    agent { label 'lims-deploy' }
    options { timestamps(); disableConcurrentBuilds() }
    parameters {
        choice(name: 'TARGET', choices: ['DEV', 'VAL'], description: 'LabVantage environment')
    }
    stages {
        stage('Package SDIs') {
            steps { sh './gradlew packageSdi' }
        }
        stage('Import configuration') {
            steps {
                sh '''
                  curl --fail -u svc_lv_deploy:«pw» \\
                       -F "file=@build/sdi/lv-config.zip" \\
                       https://lv-${TARGET,,}.qc.pharmaco.net/labvantage/rest/admin/configimport
                '''
            }
        }
    }
    post {
        failure { mail to: 'lims-admins@pharmaco.com', subject: "LV config import failed (${params.TARGET})", body: env.BUILD_URL }
    }
}
""", _v, "Jenkins pipeline syntax (declarative); curl -u user:password", pw=_v)

_v = b64_bytes(64)
add("blind-ca/azure-pipelines/storage-account-key", "azure-pipelines.yml", """
trigger:
  branches:
    include: [main]

pool:
  vmImage: ubuntu-latest

variables:
  storageAccount: stetmfarchiveprd
  container: tmf-exports
  storageKey: «key»

steps:
  - task: UsePythonVersion@0
    inputs:
      versionSpec: "3.11"
  - script: pip install -r requirements.txt
    displayName: Install
  - script: python -m etmf_export --study BTX-118 --out out/
    displayName: Export eTMF index
  - script: |
      az storage blob upload-batch \\
        --account-name $(storageAccount) \\
        --account-key $(storageKey) \\
        --destination $(container) --source out/
    displayName: Upload to archive
""", _v, "Azure Pipelines YAML schema: variables; az storage blob upload-batch --account-key", key=_v)

_v = rand_pw(16)
add("blind-ca/docker-config/registry-auth", "ci/docker/config.json", """
{
  "auths": {
    "registry.pharmaco.net": {
      "auth": "«auth»"
    },
    "ghcr.io": {
      "credsStore": "desktop"
    }
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", _v, "Docker CLI reference: config.json auths (base64 of user:password)", auth=b64("ci-shiny-builder:" + _v))

_v = artifactory_identity()
add("blind-ca/requirements/artifactory-token", "pipelines/sdtm-build/requirements.txt", """
--index-url https://svc-sdtm-build:«tok»@artifactory.pharmaco.net/artifactory/api/pypi/pypi-gxp/simple
# Validated package set for the SDTM build (GxP release 2024.2, CSV report VR-2024-031)
pandas==2.1.4
pyreadstat==1.2.6
xport==3.6.1
lxml==5.1.0
pydantic==2.6.1
cdisc-rules-engine==0.7.1
pharma-sdtm-utils==1.4.2
""", _v, "pip documentation: requirements file format (--index-url); Artifactory PyPI repositories", tok=_v)

add("blind-ca/requirements/decoy-env-and-hashes", "pipelines/adam-build/requirements.txt", """
--index-url https://${ARTIFACTORY_USER}:${ARTIFACTORY_TOKEN}@artifactory.pharmaco.net/artifactory/api/pypi/pypi-gxp/simple
pandas==2.1.4 \\
    --hash=sha256:«h1»
pyreadstat==1.2.6 \\
    --hash=sha256:«h2»
numpy==1.26.4 \\
    --hash=sha256:«h3»
python-dateutil==2.9.0.post0 \\
    --hash=sha256:«h4»
""", None, "pip documentation: environment variables in requirements files; --hash checking mode",
    h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

_v = rand_pw(20)
add("blind-ca/maven-settings/artifactory-password", "lims-integration/.mvn/settings.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>pharmaco-releases</id>
      <username>svc-lims-build</username>
      <password>«pw»</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>pharmaco-releases</id>
      <mirrorOf>*</mirrorOf>
      <url>https://artifactory.pharmaco.net/artifactory/maven-virtual</url>
    </mirror>
  </mirrors>
</settings>
""", _v, "Maven settings reference: servers/server/password", pw=_v)

add("blind-ca/maven-settings/decoy-env", "vault-sync/.mvn/settings.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>pharmaco-releases</id>
      <username>${env.ARTIFACTORY_USER}</username>
      <password>${env.ARTIFACTORY_TOKEN}</password>
    </server>
    <server>
      <id>veeva-vapil</id>
      <username>${env.GITHUB_ACTOR}</username>
      <password>${env.GITHUB_TOKEN}</password>
    </server>
  </servers>
</settings>
""", None, "Maven settings reference: ${env.VAR} interpolation")

_v = fakes.pypi_token(_seed())
add("blind-ca/pypirc/pypi-token", "packages/admiral-py/.pypirc", """
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = «tok»

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""", _v, "Python Packaging User Guide: the .pypirc file (API tokens)", tok=_v)

_v = "".join(random.Random(_seed()).choice(string.ascii_lowercase) for _ in range(2)) + "-" + uuid_s()
add("blind-ca/condarc/anaconda-channel-token", "envs/.condarc", """
# conda settings of the validated analysis environment (R 4.3 + Python 3.11)
channels:
  - https://conda.anaconda.org/t/«tok»/pharmaco-gxp
  - conda-forge
channel_priority: strict
default_channels: []
always_yes: true
ssl_verify: /etc/pki/tls/certs/pharmaco-ca.pem
pkgs_dirs:
  - /opt/conda/pkgs
""", _v, "conda docs: .condarc channels; anaconda.org tokens in channel URLs (/t/<token>/)", tok=_v)

_v = "glrt-" + chars(20, ALNUM + "_-")
add("blind-ca/toml/gitlab-runner-token", "ci/gitlab-runner/config.toml", """
concurrent = 2
check_interval = 0

[session_server]
  session_timeout = 1800

[[runners]]
  name = "sas-grid-runner-01"
  url = "https://gitlab.pharmaco.net"
  token = "«tok»"
  executor = "shell"
  shell = "bash"
  builds_dir = "/sasdata/ci/builds"
  [runners.custom_build_dir]
    enabled = true
""", _v, "GitLab Runner docs: config.toml [[runners]] token (glrt- authentication tokens)", tok=_v)

_v = "glpat-" + chars(20, ALNUM + "_-")
add("blind-ca/dockerfile/pip-index-token", "apps/safety-listings/Dockerfile", """
FROM rocker/shiny:4.3.3

RUN apt-get update && apt-get install -y --no-install-recommends \\
        unixodbc-dev libssl-dev python3-pip && \\
    rm -rf /var/lib/apt/lists/*

# internal Python helpers used through reticulate
RUN pip3 install --no-cache-dir \\
      --extra-index-url https://__token__:«tok»@gitlab.pharmaco.net/api/v4/projects/412/packages/pypi/simple \\
      pharmaco-listings==3.1.0

COPY renv.lock /srv/shiny-server/safety-listings/renv.lock
RUN R -e "install.packages('renv'); renv::restore(lockfile='/srv/shiny-server/safety-listings/renv.lock')"
COPY app/ /srv/shiny-server/safety-listings/
EXPOSE 3838
""", _v, "GitLab docs: PyPI packages in the package registry (personal access token)", tok=_v)

add("blind-ca/dockerfile/decoy-build-secret", "apps/enrolment/Dockerfile", """
# syntax=docker/dockerfile:1.6
FROM rocker/shiny:4.3.3

# the index token is a build secret: docker build --secret id=pip_index,env=PIP_INDEX_URL .
RUN --mount=type=secret,id=pip_index \\
    PIP_INDEX_URL="$(cat /run/secrets/pip_index)" pip3 install --no-cache-dir pharmaco-listings==3.1.0

COPY renv.lock renv.lock
RUN R -e "install.packages('renv'); renv::restore()"
COPY app/ /srv/shiny-server/enrolment/
ENV SNOWFLAKE_PASSWORD=""
EXPOSE 3838
""", None, "Docker docs: build secrets (RUN --mount=type=secret)")

_v = vault_token()
add("blind-ca/envrc/vault-token", "infra/.envrc", """
# direnv settings for the infra repository (loaded when you cd into it)
export VAULT_ADDR=https://vault.pharmaco.net
export VAULT_NAMESPACE=clinical
export VAULT_TOKEN=«tok»
export AWS_PROFILE=clinops-prd
export TF_VAR_environment=prd
""", _v, "direnv documentation (.envrc); Vault token formats (hvs. prefix)", tok=_v)

_v = season_pw()
add("blind-ca/vscode/sqltools-connection", ".vscode/settings.json", """
{
  "editor.rulers": [100],
  "files.associations": { "*.sas": "sas" },
  "sqltools.connections": [
    {
      "name": "Argus reporting (PRD)",
      "driver": "Oracle",
      "server": "argdb-rpt.pv.internal",
      "port": 1521,
      "database": "ARGRPT",
      "username": "ARGUS_RPT_RO",
      "password": "«pw»",
      "connectionTimeout": 30
    },
    {
      "name": "Clinops DW",
      "driver": "PostgreSQL",
      "server": "clinops-dw.internal",
      "database": "clinical",
      "username": "analyst",
      "askForPassword": true
    }
  ]
}
""", _v, "SQLTools extension documentation: sqltools.connections settings", pw=_v)

_v = human_pw()
add("blind-ca/vba/adodb-connection", "tools/excel/StabilityPull.bas", """
Attribute VB_Name = "StabilityPull"
' Pulls stability results from LabWare into the "Data" sheet of the stability trending workbook
Option Explicit

Private Const CONN_STR As String = "Provider=OraOLEDB.Oracle;Data Source=LWRPT;" & _
    "User Id=LIMS_REPORTS;Password=«pw»;"

Public Sub RefreshStability()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open CONN_STR
    Set rs = cn.Execute("SELECT product, batch, timepoint, test, result FROM lims_rpt.stability_results " & _
                        "WHERE study_code = '" & Range("StudyCode").Value & "'")
    With ThisWorkbook.Worksheets("Data")
        .Range("A2:E50000").ClearContents
        .Range("A2").CopyFromRecordset rs
    End With
    rs.Close: cn.Close
End Sub
""", _v, "Microsoft docs: ADO Connection.Open; Oracle Provider for OLE DB connection string", pw=_v)

_v = words_pw()
add("blind-ca/javascript/mssql-config", "label-service/src/db.js", """
// Database access of the label print service (biobank kiosk -> Zebra ZT411)
const sql = require('mssql');

const config = {
  server: 'sqlbiobank01.lab.internal',
  database: 'Biobank',
  user: 'label_svc',
  password: '«pw»',
  options: { encrypt: true, trustServerCertificate: true },
  pool: { max: 5, min: 0, idleTimeoutMillis: 30000 },
};

async function aliquotsFor(parentBarcode) {
  const pool = await sql.connect(config);
  const result = await pool.request()
    .input('parent', sql.VarChar(32), parentBarcode)
    .query('SELECT barcode, study, subject, visit, tube_no FROM dbo.aliquots WHERE parent_barcode = @parent');
  return result.recordset;
}

module.exports = { aliquotsFor };
""", _v, "node-mssql README: config object (user, password, server)", pw=_v)

_v = words_pw()
add("blind-ca/csharp/network-credential", "InstrumentGateway/Lims/LimsSoapClient.cs", """
using System.Net;
using System.ServiceModel;

namespace InstrumentGateway.Lims
{
    /// <summary>Client of the STARLIMS web service that receives balance weighings.</summary>
    public sealed class LimsSoapClient
    {
        private const string Endpoint = "https://starlims-prd.qc.pharmaco.net/STARLIMS11/RunAction.asmx";

        public static WeighingServiceClient Create()
        {
            var binding = new BasicHttpsBinding { MaxReceivedMessageSize = 4_194_304 };
            binding.Security.Transport.ClientCredentialType = HttpClientCredentialType.Basic;
            var client = new WeighingServiceClient(binding, new EndpointAddress(Endpoint));
            client.ClientCredentials.UserName.UserName = "IGW_BALANCE";
            client.ClientCredentials.UserName.Password = "«pw»";
            return client;
        }
    }
}
""", _v, "Microsoft WCF docs: ClientCredentials.UserName with basic transport security", pw=_v)

_v = words_pw()
add("blind-ca/docker-compose/redcap-mysql", "redcap-docker/docker-compose.yml", """
services:
  redcap:
    build: ./redcap
    ports: ["8080:80"]
    environment:
      REDCAP_DB_HOST: db
      REDCAP_DB_NAME: redcap
      REDCAP_DB_USER: redcap
      REDCAP_DB_PASSWORD_FILE: /run/secrets/redcap_db_password
    secrets: [redcap_db_password]
    volumes:
      - edocs:/var/www/html/edocs
  db:
    image: mysql:8.0
    command: --default-authentication-plugin=mysql_native_password
    environment:
      MYSQL_DATABASE: redcap
      MYSQL_USER: redcap
      MYSQL_PASSWORD: «pw»
      MYSQL_RANDOM_ROOT_PASSWORD: "yes"
    volumes:
      - db:/var/lib/mysql
secrets:
  redcap_db_password:
    file: ./secrets/redcap_db_password.txt
volumes:
  edocs:
  db:
""", _v, "mysql Docker image documentation: MYSQL_USER, MYSQL_PASSWORD", pw=_v)

add("blind-ca/docker-compose/decoy-password-file", "redcap-docker/docker-compose.prod.yml", """
services:
  db:
    image: mysql:8.0
    environment:
      MYSQL_DATABASE: redcap
      MYSQL_USER: redcap
      MYSQL_PASSWORD_FILE: /run/secrets/redcap_db_password
      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root_password
    secrets: [redcap_db_password, mysql_root_password]
secrets:
  redcap_db_password:
    external: true
  mysql_root_password:
    external: true
""", None, "mysql Docker image documentation: Docker secrets (_FILE variables)")

_v = words_pw()
add("blind-ca/sql/sqlserver-create-login", "cds/sql/chromeleon_report_login.sql", """
-- Read-only login for the CDS trend reports on the Chromeleon data vault server
USE [master];
GO
CREATE LOGIN [cm_report] WITH PASSWORD = N'«pw»',
    DEFAULT_DATABASE = [ChromeleonVault], CHECK_POLICY = ON, CHECK_EXPIRATION = OFF;
GO
USE [ChromeleonVault];
GO
CREATE USER [cm_report] FOR LOGIN [cm_report];
ALTER ROLE [db_datareader] ADD MEMBER [cm_report];
GO
""", _v, "Microsoft docs: CREATE LOGIN ... WITH PASSWORD (Transact-SQL)", pw=_v)

_v = fakes.github_token(_seed())
add("blind-ca/r/github-pat", "setup/install_internal_packages.R", """
# Install the internal R packages of the biostatistics group (validated releases only)
options(repos = c(PPM = "https://ppm.pharmaco.net/gxp-cran/__linux__/jammy/2024-03-01"))

Sys.setenv(GITHUB_PAT = "«tok»")

pkgs <- c(
  "pharmaco/tfl.tools@v2.4.1",
  "pharmaco/adam.derive@v1.9.0",
  "pharmaco/sdtm.checks@v0.8.3"
)
remotes::install_github(pkgs, upgrade = "never", dependencies = TRUE)

sessioninfo::session_info(to_file = "validation/install_session_info.txt")
""", _v, "remotes reference: install_github (GITHUB_PAT); GitHub personal access tokens", tok=_v)

# ---------------------------------------------------------------------------------------------
# Cloud storage, eTMF exchanges, notifications and SaaS of clinical operations
# ---------------------------------------------------------------------------------------------

_v = b64_bytes(64)
add("blind-ca/python/azure-storage-connection-string", "etmf/archive_upload.py", '''
"""Archive the final eTMF export (PDF/A + index) of a closed study to immutable blob storage."""
import pathlib
import sys

from azure.storage.blob import BlobServiceClient

CONNECTION_STRING = (
    "DefaultEndpointsProtocol=https;AccountName=stetmfarchiveprd;"
    "AccountKey=«key»;EndpointSuffix=core.windows.net"
)
CONTAINER = "tmf-final"


def upload(study: str, folder: pathlib.Path) -> None:
    service = BlobServiceClient.from_connection_string(CONNECTION_STRING)
    container = service.get_container_client(CONTAINER)
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            with path.open("rb") as handle:
                container.upload_blob(f"{study}/{path.relative_to(folder)}", handle, overwrite=False)
            print("archived", path)


if __name__ == "__main__":
    upload(sys.argv[1], pathlib.Path(sys.argv[2]))
''', _v, "Azure Storage docs: connection strings (AccountKey); BlobServiceClient.from_connection_string", key=_v)

add("blind-ca/json/decoy-azurite", "etmf/local.settings.json", """
{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "python",
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "ARCHIVE_CONNECTION": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;",
    "ARCHIVE_CONTAINER": "tmf-final",
    "VAULT_DNS": "pharmaco-sbx.veevavault.com"
  }
}
""", None, "Azurite documentation: well-known development storage account key (devstoreaccount1)")

_v = quote(b64_bytes(32), safe="")
add("blind-ca/shell/azcopy-sas", "imaging/push_dicom_to_reader.sh", """
#!/bin/bash
# Push de-identified DICOM studies to the central imaging reader (container SAS from the vendor, expires 2025-12-31)
set -euo pipefail
STUDY=${1:?study folder}
DEST="https://stimagingcro.blob.core.windows.net/pharmaco-btx118?sv=2022-11-02&ss=b&srt=co&sp=rwlc&se=2025-12-31T23:59:59Z&st=2024-01-01T00:00:00Z&spr=https&sig=«sig»"

azcopy copy "/data/imaging/deid/$STUDY" "$DEST" --recursive --check-md5 FailIfDifferent
echo "pushed $STUDY"
""", _v, "Azure docs: service SAS (sig parameter); azcopy copy", sig=_v)

_v = pem("PRIVATE KEY").replace("\n", "\\n") + "\\n"
add("blind-ca/json/gcp-service-account", "rwe/credentials/bq-rwe-loader.json", """
{
  "type": "service_account",
  "project_id": "pharmaco-rwe-prd",
  "private_key_id": "«kid»",
  "private_key": "«key»",
  "client_email": "bq-rwe-loader@pharmaco-rwe-prd.iam.gserviceaccount.com",
  "client_id": "«cid»",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/bq-rwe-loader%40pharmaco-rwe-prd.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", _v, "Google Cloud IAM docs: service account key file (JSON)", kid=hexs(40), key=_v,
    cid=str(_rng().randint(10**20, 10**21 - 1)))

add("blind-ca/json/decoy-key-template", "docs/examples/service-account.example.json", """
{
  "type": "service_account",
  "project_id": "your-project-id",
  "private_key_id": "your-private-key-id",
  "private_key": "-----BEGIN PRIVATE KEY-----\\n<key material, never commit>\\n-----END PRIVATE KEY-----\\n",
  "client_email": "your-sa@your-project-id.iam.gserviceaccount.com",
  "client_id": "000000000000000000000",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", None, "Google Cloud IAM docs: service account key file format")

_v = chars(32)
add("blind-ca/json/box-jwt-config", "cro-exchange/box/box_config.json", """
{
  "boxAppSettings": {
    "clientID": "«cid»",
    "clientSecret": "«sec»",
    "appAuth": {
      "publicKeyID": "«pkid»",
      "privateKey": "",
      "passphrase": ""
    }
  },
  "enterpriseID": "«eid»"
}
""", _v, "Box developer docs: JWT app configuration JSON (boxAppSettings.clientSecret)",
    cid=chars(32, string.ascii_lowercase + string.digits), sec=_v, pkid=chars(8, string.ascii_lowercase + string.digits),
    eid=str(_rng().randint(10**8, 10**9)))

_v = azure_secret()
add("blind-ca/json/azure-ad-client-secret", "tmf-sharepoint-sync/appsettings.json", """
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "«t»",
    "ClientId": "«c»",
    "ClientSecret": "«sec»"
  },
  "SharePoint": {
    "SiteUrl": "https://pharmaco.sharepoint.com/sites/ClinicalOps-TMF",
    "Library": "Site Documents",
    "StudyFolders": [ "BTX-118", "ONC-0231" ]
  },
  "Vault": { "Dns": "pharmaco-etmf.veevavault.com" },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
""", _v, "Microsoft identity platform docs: client secrets; Microsoft.Identity.Web AzureAd section",
    t=uuid_s(), c=uuid_s(), sec=_v)

_v = teams_webhook("pharmaco")
add("blind-ca/yaml/teams-webhook", "dags/config/alerting.yaml", """
# Failure alerting of the clinical data DAGs
default:
  retries: 2
  email_on_failure: false
channels:
  data-management:
    type: msteams
    webhook: «url»
    mention_on_failure: true
  pv-systems:
    type: email
    to: [pv-systems-oncall@pharmaco.com]
dags:
  redcap_exports: data-management
  veeva_ctms_to_warehouse: data-management
  argus_line_listings: pv-systems
""", _v, "Microsoft Teams docs: incoming webhooks (webhook.office.com/webhookb2 URLs)", url=_v)

add("blind-ca/yaml/decoy-webhook-placeholder", "dags/config/alerting.example.yaml", """
# Example alerting file; the real one is rendered by Ansible from the vault (templates/alerting.yaml.j2)
default:
  retries: 2
channels:
  data-management:
    type: slack
    webhook: https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX
  safety:
    type: msteams
    webhook: "{{ vault_teams_webhook_safety }}"
dags:
  redcap_exports: data-management
""", None, "Slack docs: incoming webhook URL format; Ansible Jinja templates")

_v = slack_bot()
add("blind-ca/python/slack-bot-token", "monitoring/freezer_alerts.py", '''
"""Post -80 C freezer excursions from the monitoring system to the biobank Slack channel."""
import json
import sys

from slack_sdk import WebClient

client = WebClient(token="«tok»")
CHANNEL = "#biobank-alarms"


def post(event: dict) -> None:
    text = (f":rotating_light: Freezer *{event['asset']}* at {event['temp_c']} C "
            f"(limit {event['limit_c']} C) since {event['since']}. Samples: {event['n_samples']}")
    client.chat_postMessage(channel=CHANNEL, text=text)


if __name__ == "__main__":
    post(json.load(sys.stdin))
''', _v, "Slack Python SDK documentation: WebClient(token=xoxb-...)", tok=_v)

_v = slack_webhook()
add("blind-ca/r/slack-webhook", "analysis/R/99_notify_dmc.R", """
# Tell the DMC statistician channel that the closed-session tables are ready
library(httr)

notify <- function(text) {
  httr::POST(
    url = "«url»",
    body = list(text = text),
    encode = "json"
  )
}

tables <- list.files(here::here("output", "dmc_closed"), pattern = "\\\\.rtf$")
notify(sprintf("DMC closed-session pack for ONC-0231: %d tables ready in output/dmc_closed (%s)",
               length(tables), format(Sys.time(), "%d %b %Y %H:%M")))
""", _v, "Slack docs: incoming webhooks; httr::POST", url=_v)

_v = hexs(32)
add("blind-ca/r/twilio-auth-token", "epro/R/send_diary_reminders.R", """
# Evening SMS reminders for the ePRO diary (participants who have not completed today's entry)
library(httr)
library(dplyr)

sid   <- "AC«sid»"
token <- "«tok»"
from  <- "+447700900184"

due <- readr::read_csv("data/diary_due_today.csv", show_col_types = FALSE) %>%
  filter(!completed, sms_consent == "Y")

for (i in seq_len(nrow(due))) {
  POST(
    sprintf("https://api.twilio.com/2010-04-01/Accounts/%s/Messages.json", sid),
    authenticate(sid, token),
    body = list(From = from, To = due$mobile[i],
                Body = "Reminder: please complete today's study diary. Thank you!"),
    encode = "form"
  )
}
""", _v, "Twilio REST API docs: Messages resource, basic auth with Account SID and Auth Token",
    sid=hexs(32), tok=_v)

add("blind-ca/python/decoy-twilio-sid", "epro/reminders.py", '''
"""ePRO SMS reminders: the Account SID and the sender are public identifiers, the token is in the vault."""
import os

from twilio.rest import Client

ACCOUNT_SID = "AC«sid»"
MESSAGING_SERVICE_SID = "MG«mg»"


def client() -> Client:
    return Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])


def remind(number: str) -> str:
    message = client().messages.create(
        messaging_service_sid=MESSAGING_SERVICE_SID,
        to=number,
        body="Reminder: please complete today's study diary. Thank you!",
    )
    return message.sid
''', None, "Twilio docs: Account SID (AC...) and Messaging Service SID (MG...) identifiers", sid=hexs(32), mg=hexs(32))

_v = sendgrid_key()
add("blind-ca/python/sendgrid-key", "sites/notify_site_activation.py", '''
"""E-mail the site activation pack notice to the investigator site (SIV completed in CTMS)."""
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SENDGRID_API_KEY = "«key»"
TEMPLATE_ID = "d-«tid»"


def notify(site_email: str, site_number: str, study: str) -> int:
    message = Mail(from_email="clinical-operations@pharmaco.com", to_emails=site_email)
    message.template_id = TEMPLATE_ID
    message.dynamic_template_data = {"site": site_number, "study": study}
    response = SendGridAPIClient(SENDGRID_API_KEY).send(message)
    return response.status_code
''', _v, "SendGrid Python library README: SendGridAPIClient(api_key)", key=_v, tid=hexs(32))

_v = hexs(32)
add("blind-ca/yaml/datadog-api-key", "deploy/datadog/datadog.yaml", """
# Datadog agent on the LIMS and CDS application servers
api_key: «key»
site: datadoghq.eu
hostname_fqdn: true
tags:
  - env:prd
  - gxp:true
  - team:qc-systems
logs_enabled: true
process_config:
  process_collection:
    enabled: true
apm_config:
  enabled: false
""", _v, "Datadog agent docs: datadog.yaml api_key", key=_v)

add("blind-ca/helm/decoy-datadog-existing", "deploy/helm/datadog/values.yaml", """
datadog:
  site: datadoghq.eu
  apiKeyExistingSecret: datadog-keys
  appKeyExistingSecret: datadog-keys
  clusterName: clinical-prd
  tags:
    - env:prd
    - gxp:true
  logs:
    enabled: true
    containerCollectAll: false
clusterAgent:
  enabled: true
  tokenExistingSecret: datadog-cluster-agent-token
""", None, "Datadog Helm chart values: apiKeyExistingSecret")

_v = hexs(32)
add("blind-ca/yaml/alertmanager-pagerduty", "deploy/monitoring/alertmanager.yml", """
global:
  resolve_timeout: 5m

route:
  receiver: qc-systems-email
  group_by: [alertname, instance]
  routes:
    - matchers: [severity="critical", system=~"lims|cds"]
      receiver: qc-systems-pagerduty

receivers:
  - name: qc-systems-email
    email_configs:
      - to: qc-systems@pharmaco.com
        from: alertmanager@pharmaco.com
        smarthost: smtp.pharmaco.net:25
        require_tls: false
  - name: qc-systems-pagerduty
    pagerduty_configs:
      - routing_key: «key»
        severity: critical
""", _v, "Prometheus Alertmanager configuration: pagerduty_config routing_key", key=_v)

add("blind-ca/yaml/decoy-alertmanager-files", "deploy/monitoring/alertmanager-val.yml", """
global:
  resolve_timeout: 5m
  smtp_auth_password_file: /etc/alertmanager/secrets/smtp_password

route:
  receiver: qc-systems-pagerduty

receivers:
  - name: qc-systems-pagerduty
    pagerduty_configs:
      - routing_key_file: /etc/alertmanager/secrets/pagerduty_routing_key
        severity: warning
  - name: biobank-slack
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_biobank_webhook
        channel: "#biobank-alarms"
""", None, "Prometheus Alertmanager configuration: *_file fields")

_v = pem("RSA PRIVATE KEY")
add("blind-ca/python/docusign-private-key", "econsent/docusign_client.py", '''
"""DocuSign JWT grant for the eConsent envelopes (integration key of the eConsent app)."""
from docusign_esign import ApiClient

INTEGRATION_KEY = "«ik»"
IMPERSONATED_USER_ID = "«uid»"
AUTH_SERVER = "account.docusign.com"
PRIVATE_KEY = """«key»"""


def api_client() -> ApiClient:
    client = ApiClient()
    client.set_oauth_host_name(AUTH_SERVER)
    token = client.request_jwt_user_token(
        client_id=INTEGRATION_KEY,
        user_id=IMPERSONATED_USER_ID,
        oauth_host_name=AUTH_SERVER,
        private_key_bytes=PRIVATE_KEY.encode(),
        expires_in=3600,
        scopes=["signature", "impersonation"],
    )
    client.set_default_header("Authorization", "Bearer " + token.access_token)
    return client
''', _v, "DocuSign eSignature docs: JWT grant (request_jwt_user_token with RSA private key)",
    ik=uuid_s(), uid=uuid_s(), key=_v)

add("blind-ca/python/decoy-docusign-ids", "econsent/settings.py", '''
"""eConsent settings: ids are public to the account, the RSA key is read from the mounted secret."""
import os
import pathlib

DOCUSIGN_ACCOUNT_ID = "«acc»"
INTEGRATION_KEY = "«ik»"
IMPERSONATED_USER_ID = "«uid»"
AUTH_SERVER = "account.docusign.com"
PRIVATE_KEY_PATH = pathlib.Path(os.environ.get("DOCUSIGN_KEY_PATH", "/var/run/secrets/docusign/private.key"))
CONSENT_TEMPLATES = {
    "BTX-118": {"main": "«t1»", "pk_substudy": "«t2»"},
}
''', None, "DocuSign developer docs: integration key, account id and user id (GUIDs)",
    acc=uuid_s(), ik=uuid_s(), uid=uuid_s(), t1=uuid_s(), t2=uuid_s())

_v = okta_token()
add("blind-ca/dotenv/okta-token", "user-provisioning/.env", """
# LIMS / CDS user provisioning from Okta groups (QC onboarding, SOP IT-021)
OKTA_ORG_URL=https://pharmaco.okta.com
OKTA_API_TOKEN=«tok»
LIMS_GROUP_PREFIX=APP-LIMS-
CDS_GROUP_PREFIX=APP-EMPOWER-
DRY_RUN=false
""", _v, "Okta developer docs: API tokens (SSWS); Okta SDK configuration", tok=_v)

_v = atlassian_token()
add("blind-ca/yaml/atlassian-api-token", "validation/xray-sync.yml", """
# Publishes the automated OQ results to Jira Xray (test executions linked to the validation plan)
jira:
  url: https://pharmaco.atlassian.net
  user: csv-automation@pharmaco.com
  api_token: «tok»
xray:
  project: CSV
  test_plan: CSV-1187
  environment: VAL
results:
  format: junit
  path: evidence/oq-results.xml
""", _v, "Atlassian docs: API tokens for Jira Cloud basic authentication", tok=_v)

_v = chars(37)
add("blind-ca/python/smartsheet-token", "clinops/sync_site_tracker.py", '''
"""Sync the site-activation tracker sheet with the CTMS milestones every morning."""
import smartsheet

SMARTSHEET_ACCESS_TOKEN = "«tok»"
SHEET_ID = 4583173393803140

client = smartsheet.Smartsheet(SMARTSHEET_ACCESS_TOKEN)
client.errors_as_exceptions(True)

sheet = client.Sheets.get_sheet(SHEET_ID)
columns = {column.title: column.id for column in sheet.columns}

for row in sheet.rows:
    site = row.get_column(columns["Site number"]).value
    print(site, row.get_column(columns["SIV date"]).value)
''', _v, "Smartsheet Python SDK README: Smartsheet(access_token)", tok=_v)

_v = tableau_pat()
add("blind-ca/python/tableau-pat", "pv-dashboards/publish.py", '''
"""Publish the signal-detection workbooks to Tableau Server after the monthly refresh."""
import glob

import tableauserverclient as TSC

auth = TSC.PersonalAccessTokenAuth("pv-publisher", "«pat»", site_id="Safety")
server = TSC.Server("https://tableau.pharmaco.net", use_server_version=True)

with server.auth.sign_in(auth):
    project = next(p for p in TSC.Pager(server.projects) if p.name == "Signal detection")
    for path in glob.glob("workbooks/*.twbx"):
        item = TSC.WorkbookItem(project_id=project.id)
        server.workbooks.publish(item, path, mode=TSC.Server.PublishMode.Overwrite)
        print("published", path)
''', _v, "Tableau Server Client docs: PersonalAccessTokenAuth(token_name, personal_access_token)", pat=_v)

_v = hexu(64)
add("blind-ca/dotenv/salesforce-consumer-secret", "qms-trackwise/.env", """
# TrackWise Digital (Salesforce platform) integration user for the deviation import
SF_LOGIN_URL=https://login.salesforce.com
SF_USERNAME=qms.integration@pharmaco.com
SF_CONSUMER_KEY=«ck»
SF_CONSUMER_SECRET=«sec»
SF_API_VERSION=59.0
TW_DEVIATION_RECORD_TYPE=Deviation_QC_Lab
""", _v, "Salesforce docs: connected app consumer key and consumer secret",
    ck="3MVG9" + chars(80, ALNUM + "._"), sec=_v)

add("blind-ca/dotenv/decoy-consumer-key", "qms-trackwise/.env.val", """
# TrackWise Digital sandbox: JWT bearer flow, so no secret here; the certificate key is in the vault
SF_LOGIN_URL=https://test.salesforce.com
SF_USERNAME=qms.integration@pharmaco.com.val
SF_CONSUMER_KEY=«ck»
SF_JWT_KEY_PATH=/var/run/secrets/trackwise/server.key
SF_API_VERSION=59.0
""", None, "Salesforce docs: OAuth 2.0 JWT bearer flow (consumer key is the client id)", ck="3MVG9" + chars(80, ALNUM + "._"))

_v = hexs(40)
add("blind-ca/python/castor-client-secret", "castor/export_study.py", '''
"""Export a Castor EDC study (records and field data) for the academic trial unit."""
import requests

CASTOR = "https://data.castoredc.com"
CLIENT_ID = "«cid»"
CLIENT_SECRET = "«sec»"
STUDY_ID = "«sid»"


def token() -> str:
    response = requests.post(f"{CASTOR}/oauth/token", data={
        "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "grant_type": "client_credentials"}, timeout=30)
    response.raise_for_status()
    return response.json()["access_token"]


headers = {"Authorization": f"Bearer {token()}"}
export = requests.get(f"{CASTOR}/api/study/{STUDY_ID}/export/data", headers=headers, timeout=300)
with open(f"castor_{STUDY_ID}.csv", "wb") as handle:
    handle.write(export.content)
''', _v, "Castor EDC API documentation: OAuth client credentials", cid=uuid_s().upper(), sec=_v, sid=uuid_s().upper())

_v = fakes.openai_key(_seed())
add("blind-ca/dotenv/openai-key", "protocol-assistant/.env", """
# Protocol deviation classifier (pilot, non-GxP; see risk assessment RA-2024-009)
OPENAI_API_KEY=«key»
OPENAI_MODEL=gpt-4o-mini
DEVIATIONS_CSV=data/deviations_2023.csv
MAX_TOKENS=600
""", _v, "OpenAI API docs: API keys (OPENAI_API_KEY)", key=_v)

# ---------------------------------------------------------------------------------------------
# More decoys: ciphertext, lock files, records, fixtures, public identifiers, templates
# ---------------------------------------------------------------------------------------------

add("blind-ca/json/decoy-kms-ciphertext", "pv-integrations/config/prod.json", """
{
  "region": "eu-west-1",
  "argus": {
    "host": "argdb-rpt.pv.internal",
    "service": "ARGRPT",
    "user": "ARGUS_RPT_RO",
    "passwordCiphertext": "«c1»"
  },
  "openfda": {
    "apiKeyCiphertext": "«c2»"
  },
  "kmsKeyArn": "arn:aws:kms:eu-west-1:418273645510:key/«kid»",
  "_comment": "Ciphertexts are decrypted at start-up with kms:Decrypt by the task role; they are useless without it."
}
""", None, "AWS KMS docs: Encrypt output CiphertextBlob (base64)",
    c1="AQICAHh" + chars(230, B64) + "=", c2="AQICAHh" + chars(250, B64) + "==", kid=uuid_s())

add("blind-ca/json/decoy-renv-lock", "apps/safety-listings/renv.lock", """
{
  "R": {
    "Version": "4.3.3",
    "Repositories": [
      {"Name": "PPM", "URL": "https://ppm.pharmaco.net/gxp-cran/latest"}
    ]
  },
  "Packages": {
    "DT": {"Package": "DT", "Version": "0.32", "Source": "Repository", "Repository": "CRAN", "Hash": "«h1»"},
    "admiral": {"Package": "admiral", "Version": "1.0.2", "Source": "Repository", "Repository": "CRAN", "Hash": "«h2»"},
    "shiny": {"Package": "shiny", "Version": "1.8.0", "Source": "Repository", "Repository": "CRAN", "Hash": "«h3»"},
    "shinymanager": {"Package": "shinymanager", "Version": "1.0.410", "Source": "Repository", "Repository": "CRAN", "Hash": "«h4»"},
    "tfl.tools": {"Package": "tfl.tools", "Version": "2.4.1", "Source": "GitHub", "RemoteType": "github",
                  "RemoteUsername": "pharmaco", "RemoteRepo": "tfl.tools", "RemoteSha": "«sha»", "Hash": "«h5»"}
  }
}
""", None, "renv documentation: lockfile format (Hash, RemoteSha)",
    h1=hexs(32), h2=hexs(32), h3=hexs(32), h4=hexs(32), sha=hexs(40), h5=hexs(32))

add("blind-ca/yaml/decoy-validation-record", "validation/releases/2024.2/release-record.yaml", """
# Release record of the clinical pipelines (CSV procedure QA-CSV-004, section 7.3)
release: "2024.2"
approved_by: [csv-lead, qa-it]
approved_on: 2024-04-18
components:
  - name: sdtm-build
    git_commit: «c1»
    image: registry.pharmaco.net/pipelines/sdtm-build@sha256:«d1»
  - name: adam-build
    git_commit: «c2»
    image: registry.pharmaco.net/pipelines/adam-build@sha256:«d2»
  - name: safety-listings
    git_commit: «c3»
    image: registry.pharmaco.net/shiny/safety-listings@sha256:«d3»
evidence:
  oq_results: evidence/oq-results.xml
  oq_results_sha256: «e1»
  traceability_matrix_sha256: «e2»
""", None, "Git object ids; OCI image digests (sha256)",
    c1=hexs(40), d1=hexs(64), c2=hexs(40), d2=hexs(64), c3=hexs(40), d3=hexs(64), e1=hexs(64), e2=hexs(64))

add("blind-ca/javascript/decoy-spa-config", "sample-portal/src/config.js", """
// Front-end configuration of the sample request portal (bundled into the browser app: all public)
export const config = {
  oidc: {
    issuer: 'https://pharmaco.okta.com/oauth2/«auth»',
    clientId: '0oa«cid»',
    redirectUri: window.location.origin + '/login/callback',
    scopes: ['openid', 'profile', 'email', 'groups'],
    pkce: true,
  },
  api: {
    baseUrl: '/api/v1',
    labkeyContainer: 'Vaccine Trials/VT-204',
  },
  appInsightsConnection: 'InstrumentationKey=«ik»;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/',
};
""", None, "Okta docs: SPA client ids (public clients with PKCE); Application Insights connection strings",
    auth="aus" + chars(17), cid=chars(17), ik=uuid_s())

add("blind-ca/python/decoy-webhook-test-vector", "apps/plate-reader-sync/tests/test_webhook_signature.py", '''
"""Benchling App webhooks are signed (Svix scheme); these tests use a throwaway secret made for the test."""
import base64
import hashlib
import hmac

from plate_reader_sync.webhooks import verify

# Generated for this test only; no Benchling App has it.
TEST_SECRET = "whsec_" + base64.b64encode(b"test-only-secret-for-unit-tests!").decode()
MSG_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek"
TIMESTAMP = "1714000000"
BODY = b\'{"version":"0","detail-type":"v2.assayRun.created","detail":{"assayRunId":"assayrun_test"}}\'


def sign(body: bytes) -> str:
    key = base64.b64decode(TEST_SECRET.split("_", 1)[1])
    payload = f"{MSG_ID}.{TIMESTAMP}.".encode() + body
    return "v1," + base64.b64encode(hmac.new(key, payload, hashlib.sha256).digest()).decode()


def test_valid_signature_passes():
    assert verify(TEST_SECRET, MSG_ID, TIMESTAMP, sign(BODY), BODY)


def test_tampered_body_fails():
    assert not verify(TEST_SECRET, MSG_ID, TIMESTAMP, sign(BODY), BODY + b" ")
''', None, "Benchling docs: verifying webhooks (Svix signature scheme)")

add("blind-ca/python/decoy-jupyter-hashed", "jupyterhub/jupyter_server_config.py", """
# Jupyter server of the shared biostatistics workstation (single user, behind the VPN)
c = get_config()  # noqa: F821

c.ServerApp.ip = "0.0.0.0"
c.ServerApp.port = 8888
c.ServerApp.open_browser = False
c.ServerApp.root_dir = "/sasdata/notebooks"
# Hashed with jupyter_server.auth.passwd(); the password itself is in the team safe.
c.PasswordIdentityProvider.hashed_password = "argon2:$argon2id$v=19$m=10240,t=10,p=8$«salt»$«hash»"
c.ServerApp.certfile = "/etc/jupyter/tls/biostat-ws01.crt"
c.ServerApp.keyfile = "/etc/jupyter/tls/biostat-ws01.key"
""", None, "Jupyter Server docs: PasswordIdentityProvider.hashed_password (argon2)",
    salt=chars(22, B64), hash=chars(43, B64))

add("blind-ca/k8s/decoy-configmap", "deploy/k8s/redcap-sync/configmap.yaml", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: redcap-sync-config
  namespace: clinical-etl
data:
  REDCAP_API_URL: https://redcap.ctu.example-univ.ac.uk/api/
  REDCAP_PROJECT_ID: "9031"
  STUDY_CODES: "CTU114,ONC0231"
  WAREHOUSE_HOST: clinops-dw.internal
  WAREHOUSE_DB: clinical
  WAREHOUSE_USER: etl_writer
  EXPORT_FORMS: demographics,eligibility,randomisation,adverse_events
  ARCHIVE_BUCKET: s3://pharmaco-gxp-datalake/redcap/
  KMS_KEY_ID: «kid»
  TRACE_ID_SALT_SOURCE: secret/redcap-salt
""", None, "Kubernetes documentation: ConfigMap", kid=uuid_s())

add("blind-ca/markdown/decoy-readme-placeholders", "README.md", """
# clinical-data-pipelines

ETL of the EDC (REDCap, Rave, Castor), CTMS (Veeva) and safety (Argus) data into the clinical warehouse.

## Local setup

1. `python -m venv .venv && . .venv/bin/activate && pip install -r requirements.txt`
2. Copy `.env.example` to `.env` and set:
   ```
   REDCAP_API_TOKEN=<your REDCap API token>
   RWS_PASSWORD=<your Rave Web Services password>
   VAULT_PASSWORD=********
   ```
3. Or export them in your shell: `export OPENFDA_API_KEY=your-openfda-key`.
4. Run one job: `python -m etl.redcap_pull --study CTU114 --dry-run`.

Credentials of the service accounts are never shared: production jobs read them from
HashiCorp Vault (`secret/clinical/<system>/<account>`), see docs/credentials.md.
""", None, "Project README conventions; placeholders in setup instructions")

add("blind-ca/markdown/decoy-sop-vault-paths", "docs/credentials.md", """
# Credentials of the clinical pipelines (WI-IT-112, attachment 2)

| System | Account | Where the secret lives | Rotation |
|---|---|---|---|
| REDCap (CTU) | API token per project | `vault kv get secret/clinical/redcap/<project>` | on staff change |
| Medidata Rave | `svc_rws_listings` | `secret/clinical/rave/svc_rws_listings` | 90 days |
| Veeva Vault eTMF | `etmf.integration@pharmaco.com` | `secret/clinical/veeva/etmf-integration` | 90 days |
| Argus reporting | `ARGUS_RPT_RO` | AWS Secrets Manager `pv/argus/argus_rpt_ro` | 180 days |
| CRO SFTP | key pairs | `secret/transfers/ssh/<cro>` (private), DTAs (public) | yearly |
| Airflow Fernet key | - | Kubernetes Secret `airflow-fernet-key` | never (re-encrypt) |

Example of reading one in a job:

```bash
export RWS_PASSWORD="$(vault kv get -field=password secret/clinical/rave/svc_rws_listings)"
```
""", None, "HashiCorp Vault CLI docs: vault kv get -field")

add("blind-ca/yaml/decoy-instrument-inventory", "instruments/inventory.yaml", """
# Qualified instruments of QC lab 2 (source: instrument master list, IQ/OQ references)
- id: HPLC-QC2-07
  model: Waters Arc HPLC
  serial: «s1»
  cds: Empower 3 FR5
  node: empnode-qc2-03
  mac: «m1»
  asset_tag: PHC-«a1»
- id: BAL-QC2-01
  model: Mettler Toledo XPR205
  serial: «s2»
  gateway_topic: lab/qc2/balances/BAL-QC2-01
  mac: «m2»
  asset_tag: PHC-«a2»
- id: PRN-QC2-ZT411
  model: Zebra ZT411 (203 dpi)
  serial: «s3»
  ip: 10.42.16.57
  asset_tag: PHC-«a3»
""", None, "Instrument master list conventions; Zebra and Mettler Toledo serial formats",
    s1="L" + hexu(9), m1=":".join(hexs(12)[i:i + 2] for i in range(0, 12, 2)), a1=str(_rng().randint(100000, 999999)),
    s2="C" + str(_rng().randint(10**9, 10**10 - 1)), m2=":".join(hexs(12)[i:i + 2] for i in range(0, 12, 2)),
    a2=str(_rng().randint(100000, 999999)), s3="99J" + str(_rng().randint(10**9, 10**10 - 1)), a3=str(_rng().randint(100000, 999999)))


def _manifest_rows() -> str:
    r = _rng()
    rows = []
    for i in range(1, 11):
        rows.append(f"VT204-{r.randint(1000, 9999)}-{r.choice(['V1', 'V2', 'V3'])}-{i:02d},"
                    f"{r.choice(['1001', '1002', '2001'])}-{r.randint(1, 40):03d},"
                    f"{''.join(r.choice(string.digits) for _ in range(10))},"
                    f"{r.choice(['SERUM', 'PLASMA', 'PBMC'])},0.5,"
                    f"{''.join(r.choice('0123456789ABCDEF') for _ in range(24))}")
    return "\n".join(rows)


add("blind-ca/csv/decoy-sample-manifest", "biobank/manifests/VT204_shipment_0042.csv", """
sample_id,subject_id,tube_2d_barcode,matrix,volume_ml,rfid_epc
«rows»
""", None, "IATA/biobank shipment manifest conventions; EPC Gen2 RFID tag ids", rows=_manifest_rows())

add("blind-ca/xml/decoy-odm-export", "rave/testdata/ACM-301_sample_odm.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- Sample ODM 1.3 clinical data for the parser tests (fictitious subjects) -->
<ODM xmlns="http://www.cdisc.org/ns/odm/v1.3" xmlns:mdsol="http://www.mdsol.com/ns/odm/metadata"
     FileType="Snapshot" FileOID="«foid»" CreationDateTime="2024-03-02T10:00:00" ODMVersion="1.3">
  <ClinicalData StudyOID="ACM-301(Prod)" MetaDataVersionOID="1441">
    <SubjectData SubjectKey="«sk»" mdsol:SubjectKeyType="SubjectUUID" mdsol:SubjectName="1001-004">
      <SiteRef LocationOID="1001"/>
      <StudyEventData StudyEventOID="SCREEN" StudyEventRepeatKey="1">
        <FormData FormOID="DM" FormRepeatKey="1">
          <ItemGroupData ItemGroupOID="DM_LOG_LINE">
            <ItemData ItemOID="DM.BRTHDAT" Value="1961-07"/>
            <ItemData ItemOID="DM.SEX" Value="F"/>
          </ItemGroupData>
        </FormData>
      </StudyEventData>
    </SubjectData>
  </ClinicalData>
</ODM>
""", None, "CDISC ODM 1.3.2 specification; Medidata Rave ODM extensions (mdsol)", foid=uuid_s(), sk=uuid_s())

add("blind-ca/r/decoy-httptest-redacted", "tests/testthat/redcap.hospital.example.org/api-8a91c2-POST.R", """
# Mock response recorded with httptest::capture_requests(); the request body was redacted
# by the redactor in tests/testthat/setup.R (token replaced before the file is written).
structure(list(
  url = "https://redcap.hospital.example.org/api/",
  status_code = 200L,
  headers = structure(list(`content-type` = "text/csv; charset=utf-8"), class = c("insensitive", "list")),
  request = list(method = "POST", body = "token=REDACTED&content=record&format=csv&type=flat"),
  content = charToRaw("record_id,age,sex\\n1,54,2\\n2,61,1\\n")
), class = "response")
""", None, "httptest vignette: redacting sensitive information from recorded mocks")

add("blind-ca/pypirc/decoy-keyring", "packages/sdtm-utils/.pypirc", """
[distutils]
index-servers =
    gxp

[gxp]
repository = https://artifactory.pharmaco.net/artifactory/api/pypi/pypi-gxp
username = svc-sdtm-publish
# password: read by twine from the system keyring
#   keyring set https://artifactory.pharmaco.net/artifactory/api/pypi/pypi-gxp svc-sdtm-publish
""", None, "twine documentation: keyring support; .pypirc format")

add("blind-ca/vscode/decoy-ask-password", "cds/.vscode/settings.json", """
{
  "sqltools.connections": [
    {
      "name": "Chromeleon vault (read only)",
      "driver": "MSSQL",
      "server": "SQLCDS01",
      "database": "ChromeleonVault",
      "username": "cm_report",
      "askForPassword": true,
      "mssqlOptions": { "encrypt": true, "trustServerCertificate": true }
    }
  ],
  "sqltools.useNodeRuntime": true
}
""", None, "SQLTools extension documentation: askForPassword")

add("blind-ca/azure-pipelines/decoy-variable-group", "etmf/azure-pipelines.yml", """
trigger: none
schedules:
  - cron: "0 3 * * 1"
    displayName: Weekly eTMF archive
    branches: { include: [main] }

variables:
  - group: etmf-archive-prd   # linked to Key Vault kv-etmf-prd (storage-key, vault-password)

pool:
  vmImage: ubuntu-latest

steps:
  - script: python -m etmf_export --study BTX-118 --out out/
    env:
      VAULT_PASSWORD: $(vault-password)
  - script: az storage blob upload-batch --account-name stetmfarchiveprd --account-key "$STORAGE_KEY" -d tmf-exports -s out/
    env:
      STORAGE_KEY: $(storage-key)
""", None, "Azure Pipelines docs: variable groups linked to Azure Key Vault, $(var) macro syntax")

add("blind-ca/shell/decoy-read-secret", "scripts/rotate_rws_password.sh", """
#!/usr/bin/env bash
# Rotate the Rave Web Services password: type the new one (from iMedidata) twice, it goes to Vault only.
set -euo pipefail
ACCOUNT=${1:-svc_rws_listings}

read -r -s -p "New password for $ACCOUNT: " pw1; echo
read -r -s -p "Repeat: " pw2; echo
[ "$pw1" = "$pw2" ] || { echo "passwords differ" >&2; exit 1; }

printf '%s' "$pw1" | vault kv put "secret/clinical/rave/$ACCOUNT" password=-
unset pw1 pw2
echo "stored; restart the rave-extract jobs to pick it up"
""", None, "bash manual: read -s; Vault CLI reading values from stdin (-)")

add("blind-ca/netrc/decoy-placeholder", "ops/labkey/netrc.example", """
# Template for ~/.netrc (chmod 600). Generate your own key in LabKey: user menu > API Keys.
machine labkey.immunology.example.org
login apikey
password apikey|<paste-your-api-key-here>

machine labkey-test.immunology.example.org
login apikey
password apikey|xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
""", None, "LabKey documentation: .netrc with API keys")
