"""Blind set CP: university research administration and research computing.

The teams: sponsored programs and grants offices (Kuali Research, InfoEd, Cayuse, Grants.gov S2S,
SAM.gov), library and scholarly-communication teams (ORCID, Crossref, DataCite; DSpace, Figshare,
Zenodo, Dataverse, InvenioRDM, EPrints, Hyrax, CKAN, OSF), HPC and research-computing groups
(Slurm, PBS, Open OnDemand, XDMoD, JupyterHub, Apptainer, Nextflow, Snakemake, Globus, iRODS,
S3-compatible object stores: MinIO, Ceph RGW, Wasabi, Backblaze B2; restic, rclone), clinical
research informatics (REDCap, Qualtrics, LimeSurvey, SurveyMonkey), core facilities with lab
instrument pipelines (Illumina BaseSpace, OMERO, LabKey, Benchling, InfluxDB/Telegraf, MQTT), and
IRB/ethics systems; their files in YAML, JSON, INI, TOML, XML, .properties, .env, HCL, PHP, Perl,
Ruby, R, SAS, Stata, MATLAB, PowerShell, batch, shell, Slurm/PBS job scripts, crontabs, systemd,
Apache, Dockerfiles, compose, Kubernetes, Helm, CI configs and notebooks, and the decoys such teams
keep beside them (placeholders, references, ciphertext, checksums, public identifiers).
Generated fakes only (seeds 870000-879999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER_ALNUM = string.ascii_uppercase + string.digits
_SEED = [870000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 880000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 880000
    return _SEED[0]


WORDS = ["Harvest", "Granite", "Pipette", "Falcon", "Cedar", "Beaker", "Orbit", "Quasar", "Meadow", "Helix",
         "Saffron", "Kestrel", "Basalt", "Lantern", "Juniper", "Tundra", "Cobalt", "Prairie", "Marlin", "Summit"]
THEME = ["Grants", "Awards", "Cluster", "Research", "Dspace", "Irods", "Globus", "Redcap", "Orcid", "Sponsored",
         "Cryo", "Genome", "Proteome", "Campus", "Lab", "Slurm", "Repo", "Archive", "Survey", "Ethics"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "quill", "isotope"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def theme_pw() -> str:
    """What a research-office admin picks: a work word, a year or digits, a symbol."""
    r = _rng()
    word = r.choice(THEME)
    if r.random() < 0.5:
        word = word.replace("o", "0").replace("e", "3")
    return word + r.choice(["", "_", "."]) + r.choice(WORDS) + str(r.randint(2015, 2025)) + r.choice("!#$@?")


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


def upper_hex(n: int) -> str:
    return hexs(n).upper()


def alnum(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jwt(payload: dict, alg: str = "HS256") -> str:
    r = _rng()
    head = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    sig_len = 43 if alg.startswith("HS") else 342
    return head + "." + body + "." + "".join(r.choice(ALNUM + "-_") for _ in range(sig_len))


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(9))
    return "-----BEGIN CERTIFICATE-----\nMIID" + body[4:] + "\n-----END CERTIFICATE-----"


def ssh_pub(comment: str) -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(ALNUM + "+/") for _ in range(43)) + " " + comment


def orcid_id() -> str:
    """A well-formed ORCID iD (ISO 7064 11,2 check digit): a public identifier."""
    r = _rng()
    digits = [0, 0, 0, 0, 0, 0, 0, r.choice([2, 3])] + [r.randint(0, 9) for _ in range(7)]
    total = 0
    for d in digits:
        total = (total + d) * 2
    check = (12 - total % 11) % 11
    s = "".join(map(str, digits)) + ("X" if check == 10 else str(check))
    return "-".join(s[i:i + 4] for i in range(0, 16, 4))


def orcid_client_id() -> str:
    r = _rng()
    return "APP-" + "".join(r.choice(UPPER_ALNUM) for _ in range(16))


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER_ALNUM) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER_ALNUM) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def teams_webhook() -> str:
    return ("https://univ.webhook.office.com/webhookb2/" + uuid_s() + "@" + uuid_s() + "/IncomingWebhook/"
            + hexs(32) + "/" + uuid_s() + "/V2" + alnum(43))


def ceph_access_key() -> str:
    r = _rng()
    return "".join(r.choice(UPPER_ALNUM) for _ in range(20))


def s3_secret() -> str:
    return fakes.aws_secret_key(_seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    return b64_bytes(64)


def hf_token() -> str:
    return fakes.fake("hf_", 34, _seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def docker_pat() -> str:
    r = _rng()
    return "dckr_pat_" + "".join(r.choice(ALNUM + "-_") for _ in range(27))


def grafana_sa_token() -> str:
    return "glsa_" + alnum(32) + "_" + hexs(8)


def vault_token() -> str:
    return "hvs." + alnum(24)


def ansible_vault_blob() -> str:
    r = _rng()
    lines = ["".join(r.choice("0123456789abcdef") for _ in range(80)) for _ in range(5)]
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines)


CASES: List[LabelledCase] = []


def sec(fmt: str, kind: str, path: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-cp/{fmt}/{kind}", path, text, secret, source))


def dec(fmt: str, what: str, path: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-cp/{fmt}/decoy-{what}", path, text, None, source))


def T(template: str, **values: str) -> str:
    """Fill «name» markers (so the files keep their own braces, $ and % as written)."""
    for key, value in values.items():
        template = template.replace("«" + key + "»", value)
    assert "«" not in template, template
    return template


# ---------------------------------------------------------------------------------------------
# Sponsored programs and grants management
# ---------------------------------------------------------------------------------------------

v = theme_pw()
sec("xml", "kuali-datasource-password", "kc-config/src/main/resources/META-INF/kc-config.xml", T("""<?xml version="1.0" encoding="UTF-8"?>
<!-- Kuali Research (KC) runtime config for the Office of Sponsored Programs, PROD -->
<config>
    <param name="app.code">kc</param>
    <param name="environment">prd</param>
    <param name="application.url">https://kuali.osp.example.edu/kc-prd</param>
    <param name="kc.schemaspy.enabled">false</param>

    <param name="datasource.url">jdbc:mysql://kcdb-prd.osp.example.edu:3306/kcprd?useSSL=true</param>
    <param name="datasource.username">kcuser</param>
    <param name="datasource.password">«pw»</param>
    <param name="datasource.ojb.platform">MySQL</param>
    <param name="datasource.pool.maxSize">40</param>

    <param name="rice.server.url">https://kuali.osp.example.edu/kc-prd</param>
    <param name="mail.smtp.host">smtp.example.edu</param>
    <param name="mail.from">osp-noreply@example.edu</param>
    <param name="s2s.keystore.location">/opt/kuali/keys/grantsgov-s2s.jks</param>
</config>
""", pw=v), v, "Kuali Coeus kc-config.xml (Kuali Research installation guide)")

v = words_pw()
sec("properties", "s2s-keystore-password", "kc-config/s2s.properties", T("""# Grants.gov System-to-System (S2S) submission settings
# Certificate issued to the university AOR; renewed each August.
s2s.host=https://ws07.grants.gov:446/grantsws-applicant/services/v2/ApplicantWebServicesSoapPort
s2s.timeout=120000
s2s.keystore.type=JKS
s2s.keystore.location=/opt/kuali/keys/grantsgov-s2s.jks
s2s.keystore.password=«pw»
s2s.truststore.location=/opt/kuali/keys/grantsgov-trust.jks
s2s.truststore.password=changeit
s2s.poll.interval.seconds=900
s2s.dunsNumber=123456789
""", pw=v), v, "Kuali Research Grants.gov S2S configuration (kc-config params)")

v = alnum(40)
sec("python", "samgov-api-key", "scripts/osp/refresh_subrecipient_sam.py", T('''"""Nightly check of subrecipient registrations in SAM.gov (Entity Management API v3).

Flags any subaward whose entity registration expires within 60 days.
"""
import csv
import datetime as dt

import requests

SAM_API = "https://api.sam.gov/entity-information/v3/entities"
SAM_API_KEY = "«key»"


def lookup(uei: str) -> dict:
    resp = requests.get(SAM_API, params={"api_key": SAM_API_KEY, "ueiSAM": uei,
                                         "includeSections": "entityRegistration"}, timeout=60)
    resp.raise_for_status()
    return resp.json()["entityData"][0]["entityRegistration"]


def main(path: str = "subrecipients.csv") -> None:
    soon = dt.date.today() + dt.timedelta(days=60)
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            reg = lookup(row["uei"])
            expires = dt.date.fromisoformat(reg["registrationExpirationDate"])
            if expires <= soon:
                print(f"{row['subaward']}: {reg['legalBusinessName']} expires {expires}")


if __name__ == "__main__":
    main()
''', key=v), v, "SAM.gov Entity Management API docs (open.gsa.gov/api/entity-api)")

v = theme_pw()
sec("dotenv", "cayuse-password", "integrations/cayuse-sync/.env", T("""# Cayuse SP -> data warehouse sync
CAYUSE_TENANT=example-edu
CAYUSE_API_BASE=https://example-edu.cayuse424.com/api/v2
CAYUSE_API_USER=svc_osp_sync@example.edu
CAYUSE_API_PASSWORD=«pw»
WAREHOUSE_DSN=postgresql://etl@dw.example.edu:5432/research
SYNC_SINCE_DAYS=7
LOG_LEVEL=INFO
""", pw=v), v, "Cayuse Sponsored Projects REST API integration (vendor integration guide)")

v = rand_pw(16, "!#")
sec("json", "mssql-connection-string", "InfoEdBridge/appsettings.Production.json", T("""{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "ConnectionStrings": {
    "InfoEd": "Server=sql-infoed.ad.example.edu,1433;Database=InfoEd_PRD;User Id=infoed_reader;Password=«pw»;Encrypt=True;TrustServerCertificate=False",
    "Warehouse": "Server=sql-dw.ad.example.edu;Database=ResearchDW;Integrated Security=True"
  },
  "Sync": {
    "ProposalStatusCodes": [ "SUB", "AWD", "PND" ],
    "ScheduleCron": "0 */4 * * *"
  }
}
""", pw=v), v, "ASP.NET Core configuration, SqlClient connection string keywords (learn.microsoft.com)")

v = words_pw()
sec("sql", "create-login", "warehouse/sql/020_reporting_logins.sql", T("""-- Read-only reporting login for the Research Office Power BI dashboards
-- (awards, expenditures, F&A recovery). Run as sysadmin on sql-dw.
USE [master];
GO
CREATE LOGIN [osp_powerbi] WITH PASSWORD = N'«pw»', CHECK_POLICY = ON, DEFAULT_DATABASE = [ResearchDW];
GO
USE [ResearchDW];
GO
CREATE USER [osp_powerbi] FOR LOGIN [osp_powerbi];
ALTER ROLE [db_datareader] ADD MEMBER [osp_powerbi];
GRANT SELECT ON SCHEMA::[awards] TO [osp_powerbi];
GO
""", pw=v), v, "SQL Server CREATE LOGIN (learn.microsoft.com T-SQL reference)")

v = theme_pw()
sec("yaml", "workday-isu-password", "integrations/workday-grants/config/prod.yaml", T("""# Workday Grants Management -> Kuali award sync (Integration System User)
workday:
  tenant: example_edu
  base_url: https://wd5-services1.myworkday.com/ccx/service/example_edu
  api_version: v41.1
  isu_username: ISU_Research_Awards
  isu_password: "«pw»"
  reports:
    awards: /customreport2/example_edu/ISU_Research_Awards/RPT_Awards_Active
    grants_hierarchy: /customreport2/example_edu/ISU_Research_Awards/RPT_Grant_Hierarchy
kuali:
  base_url: https://kuali.osp.example.edu/kc-prd
  award_type_map:
    Grant: 1
    Contract: 2
    Cooperative Agreement: 3
schedule: "15 5 * * 1-5"
""", pw=v), v, "Workday Web Services / RaaS integration system user (Workday community docs)")

dec("python", "public-api", "scripts/osp/nih_reporter_pull.py", T('''"""Pull our active NIH awards from RePORTER (no key needed) for the annual research report."""
import json

import requests

REPORTER = "https://api.reporter.nih.gov/v2/projects/search"
ORG_UEI = "«uei»"

payload = {
    "criteria": {"org_names": ["EXAMPLE STATE UNIVERSITY"], "fiscal_years": [2023, 2024],
                 "include_active_projects": True},
    "include_fields": ["ProjectNum", "ProjectTitle", "AwardAmount", "PrincipalInvestigators"],
    "offset": 0,
    "limit": 500,
}
resp = requests.post(REPORTER, json=payload, timeout=120)
resp.raise_for_status()
for proj in resp.json()["results"]:
    print(proj["project_num"], proj["award_amount"], proj["project_title"][:60])

with open("reporter_awards.json", "w") as fh:
    json.dump(resp.json(), fh, indent=2)
''', uei="".join(random.Random(_seed()).choice("ABCDEFGHJKLMNPQRSTUVWXYZ123456789") for _ in range(12))),
    "NIH RePORTER API v2 docs (api.reporter.nih.gov)")

dec("python", "env-reference", "scripts/osp/sam_entity_check.py", '''"""SAM.gov entity check; the key lives in the OSP vault and is exported by the runner."""
import os

import requests

SAM_API = "https://api.sam.gov/entity-information/v3/entities"
SAM_API_KEY = os.environ["SAM_API_KEY"]


def registration(uei: str) -> dict:
    r = requests.get(SAM_API, params={"api_key": SAM_API_KEY, "ueiSAM": uei}, timeout=60)
    r.raise_for_status()
    return r.json()["entityData"][0]["entityRegistration"]
''', "SAM.gov Entity Management API docs (open.gsa.gov/api/entity-api)")

dec("xml", "placeholder", "kc-config/src/main/resources/META-INF/kc-config.template.xml", """<?xml version="1.0" encoding="UTF-8"?>
<!-- Template: copy to kc-config.xml and fill from the OSP password vault. Do not commit real values. -->
<config>
    <param name="app.code">kc</param>
    <param name="environment">${kc.environment}</param>
    <param name="application.url">https://kuali.osp.example.edu/kc-${kc.environment}</param>
    <param name="datasource.url">jdbc:mysql://${kc.db.host}:3306/${kc.db.schema}</param>
    <param name="datasource.username">${kc.db.user}</param>
    <param name="datasource.password">${kc.db.password}</param>
    <param name="s2s.keystore.location">/opt/kuali/keys/grantsgov-s2s.jks</param>
    <param name="s2s.keystore.password">CHANGE_ME</param>
</config>
""", "Kuali Coeus kc-config.xml (Kuali Research installation guide)")

dec("csv", "public-identifiers", "data/osp/subrecipients.csv", T("""subaward,prime_award,uei,entity,cage,pi,amount
SUB-2024-0113,R01GM«a»,«u1»,Northfield College,7AB12,Dr. L. Ortega,184220
SUB-2024-0127,NSF-2315«b»,«u2»,Ridgeview Medical Center,8CD34,Dr. P. Haas,96000
SUB-2024-0131,U54CA«c»,«u3»,Lakeshore Research Institute,9EF56,Dr. M. Adeyemi,412775
SUB-2024-0140,DE-SC00«d»,«u4»,Coastal State University,1GH78,Dr. S. Kowalski,75500
""", a=str(random.Random(_seed()).randint(100000, 999999)), b=str(random.Random(_seed()).randint(100, 999)),
    c=str(random.Random(_seed()).randint(100000, 999999)), d=str(random.Random(_seed()).randint(10000, 99999)),
    u1=upper_hex(12).replace("0", "K"), u2=upper_hex(12).replace("0", "M"), u3=upper_hex(12).replace("0", "P"),
    u4=upper_hex(12).replace("0", "R")),
    "SAM.gov Unique Entity ID format (sam.gov UEI documentation)")

# ---------------------------------------------------------------------------------------------
# ORCID, Crossref, DataCite
# ---------------------------------------------------------------------------------------------

cid, v = orcid_client_id(), uuid_s()
sec("python", "orcid-client-secret", "researcher_portal/settings/production.py", T('''from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["profiles.research.example.edu"]

AUTHENTICATION_BACKENDS = [
    "social_core.backends.orcid.ORCIDOAuth2",
    "django.contrib.auth.backends.ModelBackend",
]

# ORCID Member API (production) -- registered by the Library, contact scholcomm@example.edu
SOCIAL_AUTH_ORCID_KEY = "«cid»"
SOCIAL_AUTH_ORCID_SECRET = "«sec»"
SOCIAL_AUTH_ORCID_SCOPE = ["/authenticate", "/activities/update", "/read-limited"]

DATABASES["default"]["HOST"] = "pg-profiles.example.edu"
CSRF_TRUSTED_ORIGINS = ["https://profiles.research.example.edu"]
''', cid=cid, sec=v), v, "python-social-auth ORCID backend settings (python-social-auth docs)")

cid, v = orcid_client_id(), uuid_s()
sec("yaml", "orcid-client-secret", "orcid-integration/src/main/resources/application-prod.yml", T("""server:
  port: 8443
spring:
  security:
    oauth2:
      client:
        registration:
          orcid:
            client-id: «cid»
            client-secret: «sec»
            authorization-grant-type: authorization_code
            scope: /authenticate,/activities/update
            redirect-uri: "{baseUrl}/login/oauth2/code/{registrationId}"
        provider:
          orcid:
            authorization-uri: https://orcid.org/oauth/authorize
            token-uri: https://orcid.org/oauth/token
            user-name-attribute: orcid
orcid:
  member-api: https://api.orcid.org/v3.0
  push-works: true
""", cid=cid, sec=v), v, "Spring Security OAuth2 client registration; ORCID Member API tutorial (info.orcid.org)")

v = uuid_s()
sec("dotenv", "orcid-access-token", "tools/orcid-works-sync/.env", T("""# Pushes works from Pure to ORCID records that granted /activities/update
ORCID_ENV=production
ORCID_API=https://api.orcid.org/v3.0
ORCID_CLIENT_ID=«cid»
# long-lived (20 y) read-public token from the client_credentials grant
ORCID_ACCESS_TOKEN=«tok»
PURE_URL=https://research.example.edu/ws/api
BATCH_SIZE=50
""", cid=orcid_client_id(), tok=v), v, "ORCID API tutorial: read-public access token via client_credentials (info.orcid.org)")

v = uuid_s()
sec("properties", "orcid-client-secret", "dspace/config/local.cfg", T("""# DSpace 7 local.cfg (repository.example.edu) -- ORCID integration section
dspace.dir = /dspace
dspace.server.url = https://repository.example.edu/server
dspace.ui.url = https://repository.example.edu
dspace.name = Example University Research Repository

orcid.domain-url = https://orcid.org
orcid.api-url = https://api.orcid.org/v3.0
orcid.public-url = https://pub.orcid.org/v3.0
orcid.application-client-id = «cid»
orcid.application-client-secret = «sec»
orcid.synchronization-enabled = true
authentication-orcid.can-self-register = false

# ORCID login shows on the login page
plugin.sequence.org.dspace.authenticate.AuthenticationMethod = org.dspace.authenticate.OrcidAuthentication
""", cid=orcid_client_id(), sec=v), v, "DSpace 7 ORCID Integration (wiki.lyrasis.org/display/DSDOC7x)")

v = theme_pw()
sec("shell", "crossref-deposit-password", "scripts/crossref/deposit.sh", T("""#!/usr/bin/env bash
# Deposit a batch of journal DOIs to Crossref (Example University Press).
# usage: deposit.sh batch.xml [test]
set -euo pipefail
XML="$1"
HOST="https://doi.crossref.org"
[[ "${2:-}" == "test" ]] && HOST="https://test.crossref.org"

curl -sS -F "operation=doMDUpload" \\
     -F "login_id=express/univpress" \\
     -F "login_passwd=«pw»" \\
     -F "fname=@${XML}" \\
     "${HOST}/servlet/deposit" | tee "logs/deposit-$(date +%Y%m%dT%H%M).log"
""", pw=v), v, "Crossref HTTPS POST deposit (www.crossref.org/documentation/member-setup/direct-deposit-xml/https-post)")

v = jwt({"jti": uuid_s(), "iat": 1701388800, "exp": 1798761600, "iss": "crossref.org", "aud": "mdpt"})
sec("python", "crossref-plus-token", "bibliometrics/crossref_snapshot.py", T('''"""Monthly Crossref snapshot of our member prefixes (Metadata Plus)."""
import requests

PLUS_TOKEN = "«tok»"
HEADERS = {
    "Crossref-Plus-API-Token": f"Bearer {PLUS_TOKEN}",
    "User-Agent": "ExampleU-Library/1.4 (mailto:scholcomm@example.edu)",
}


def works(prefix: str, cursor: str = "*"):
    while cursor:
        r = requests.get("https://api.crossref.org/prefixes/" + prefix + "/works",
                         params={"rows": 1000, "cursor": cursor}, headers=HEADERS, timeout=120)
        r.raise_for_status()
        msg = r.json()["message"]
        yield from msg["items"]
        cursor = msg.get("next-cursor") if msg["items"] else None


if __name__ == "__main__":
    for prefix in ("10.12345", "10.67890"):
        print(prefix, sum(1 for _ in works(prefix)))
''', tok=v), v, "Crossref Metadata Plus: Crossref-Plus-API-Token header (www.crossref.org/documentation/metadata-plus)")

v = words_pw()
sec("python", "datacite-password", "scripts/datacite/mint_dois.py", T('''"""Mint draft DOIs for datasets in the data repository (DataCite REST API)."""
import sys

import requests

DATACITE_API = "https://api.datacite.org/dois"
REPOSITORY_ID = "EXU.DATA"
PREFIX = "10.70123"


def draft(suffix: str, title: str) -> str:
    body = {"data": {"type": "dois", "attributes": {"doi": f"{PREFIX}/{suffix}", "titles": [{"title": title}]}}}
    r = requests.post(DATACITE_API, json=body, auth=(REPOSITORY_ID, "«pw»"),
                      headers={"Content-Type": "application/vnd.api+json"}, timeout=60)
    r.raise_for_status()
    return r.json()["data"]["id"]


if __name__ == "__main__":
    print(draft(sys.argv[1], sys.argv[2]))
''', pw=v), v, "DataCite REST API: create a DOI, basic auth with repository credentials (support.datacite.org)")

v = rand_pw(14, "!$")
sec("netrc", "datacite-password", "deploy/ansible/files/netrc-datacite", T("""# ~/.netrc for the repository service account (curl --netrc, requests)
machine api.datacite.org
  login EXU.REPO
  password «pw»

machine api.test.datacite.org
  login EXU.REPO
  password «pw»
""", pw=v), v, "netrc file format (GNU inetutils manual); DataCite API basic auth")

v = theme_pw()
sec("properties", "datacite-password", "dspace/config/modules/identifiers.cfg", T("""#---------------------------------------------------------------#
#------------------ DOI via DataCite ---------------------------#
#---------------------------------------------------------------#
identifier.doi.user = EXU.REPO
identifier.doi.password = «pw»
identifier.doi.prefix = 10.70123
identifier.doi.namespaceseparator = dspace/
identifier.doi.hostname = mds.datacite.org
crosswalk.dissemination.DataCite.publisher = Example University
crosswalk.dissemination.DataCite.hostingInstitution = Example University Libraries
""", pw=v), v, "DSpace DOI Digital Object Identifier configuration (wiki.lyrasis.org DSpace DOI)")

v = rand_pw(18)
sec("python", "invenio-datacite-password", "invenio.cfg", T('''# InvenioRDM instance configuration -- data.example.edu
from invenio_i18n import lazy_gettext as _

THEME_SITENAME = _("Example University Data Repository")
SITE_UI_URL = "https://data.example.edu"
SITE_API_URL = "https://data.example.edu/api"

SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://invenio@pg-data.example.edu/invenio"

DATACITE_ENABLED = True
DATACITE_USERNAME = "EXU.DATA"
DATACITE_PASSWORD = "«pw»"
DATACITE_PREFIX = "10.70123"
DATACITE_TEST_MODE = False
DATACITE_DATACENTER_SYMBOL = "EXU.DATA"

RDM_ALLOW_METADATA_ONLY_RECORDS = True
''', pw=v), v, "InvenioRDM DOI registration configuration (inveniordm.docs.cern.ch)")

a, b = orcid_id(), orcid_id()
dec("yaml", "public-orcid", "CITATION.cff", T("""cff-version: 1.2.0
message: "If you use this software, please cite it as below."
title: "slurm-usage-reports"
version: 2.3.1
doi: 10.5281/zenodo.«z»
date-released: 2024-05-14
authors:
  - family-names: Okafor
    given-names: Chinedu
    orcid: "https://orcid.org/«a»"
    affiliation: "Example University Research Computing"
  - family-names: Lindqvist
    given-names: Maja
    orcid: "https://orcid.org/«b»"
license: BSD-3-Clause
repository-code: "https://github.com/exu-rc/slurm-usage-reports"
""", a=a, b=b, z=str(random.Random(_seed()).randint(1000000, 9999999))), "Citation File Format 1.2.0 (citation-file-format.github.io)")

dec("python", "env-reference", "researcher_portal/settings/staging.py", T('''from .base import *  # noqa: F401,F403
import os

DEBUG = False
# ORCID sandbox: the client id is public, the secret comes from the deployment's env
SOCIAL_AUTH_ORCID_SANDBOX_KEY = "«cid»"
SOCIAL_AUTH_ORCID_SANDBOX_SECRET = os.environ["ORCID_SANDBOX_SECRET"]
SOCIAL_AUTH_ORCID_SANDBOX_SCOPE = ["/authenticate"]
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
''', cid=orcid_client_id()), "python-social-auth ORCID backend settings (python-social-auth docs)")

dec("xml", "public-deposit", "crossref/batches/exup-2024-11.xml", T("""<?xml version="1.0" encoding="UTF-8"?>
<doi_batch xmlns="http://www.crossref.org/schema/5.3.1" version="5.3.1">
  <head>
    <doi_batch_id>«bid»</doi_batch_id>
    <timestamp>20241118093015</timestamp>
    <depositor>
      <depositor_name>Example University Press</depositor_name>
      <email_address>journals@press.example.edu</email_address>
    </depositor>
    <registrant>Example University Press</registrant>
  </head>
  <body>
    <journal>
      <journal_metadata><full_title>Journal of Prairie Ecology</full_title><issn media_type="electronic">2770-1234</issn></journal_metadata>
      <journal_article publication_type="full_text">
        <titles><title>Soil carbon under restored tallgrass</title></titles>
        <contributors><person_name contributor_role="author" sequence="first"><given_name>Ana</given_name><surname>Ruiz</surname><ORCID>https://orcid.org/«o»</ORCID></person_name></contributors>
        <doi_data><doi>10.12345/jpe.2024.0117</doi><resource>https://press.example.edu/jpe/article/view/117</resource></doi_data>
      </journal_article>
    </journal>
  </body>
</doi_batch>
""", bid=hexs(32), o=orcid_id()), "Crossref input schema 5.3.1 (data.crossref.org/reports/help/schema_doc)")

dec("markdown", "placeholder", "docs/orcid-integration.md", """# ORCID integration (repository)

1. Register a Member API client in the ORCID Member Portal; you get a client id (`APP-…`) and a
   client secret.
2. Put them in `local.cfg` on the server, **not** in git:

```
orcid.application-client-id = APP-XXXXXXXXXXXXXXXX
orcid.application-client-secret = <your-orcid-client-secret>
```

3. Test against the sandbox first (`https://sandbox.orcid.org`), with sandbox credentials.
4. Restart Tomcat and check `/server/api/eperson/orcidqueues`.
""", "DSpace 7 ORCID Integration (wiki.lyrasis.org/display/DSDOC7x)")

dec("properties", "template-reference", "dspace/config/local.cfg.EXAMPLE", """# Copy to local.cfg. Values in ${...} are read from environment variables (DSpace 7 config)
dspace.dir = /dspace
dspace.server.url = https://repository.example.edu/server
db.url = jdbc:postgresql://localhost:5432/dspace
db.username = dspace
db.password = ${DSPACE_DB_PASSWORD}
orcid.application-client-id = ${ORCID_CLIENT_ID}
orcid.application-client-secret = ${ORCID_CLIENT_SECRET}
identifier.doi.user = ${DATACITE_REPOSITORY_ID}
identifier.doi.password = ${DATACITE_PASSWORD}
google.recaptcha.key.site = ${RECAPTCHA_SITE_KEY}
google.recaptcha.key.secret = ${RECAPTCHA_SECRET}
""", "DSpace 7 configuration reference, environment variable interpolation (wiki.lyrasis.org)")

dec("json", "public-metadata", "datacite/records/exu-data-2024-031.json", T("""{
  "data": {
    "type": "dois",
    "attributes": {
      "doi": "10.70123/exu-data-2024-031",
      "event": "publish",
      "creators": [{"name": "Nakamura, Hiro", "nameIdentifiers": [{"nameIdentifier": "https://orcid.org/«o»", "nameIdentifierScheme": "ORCID"}]}],
      "titles": [{"title": "Cryo-EM maps of the Vps4 hexamer (raw movies excluded)"}],
      "publisher": "Example University Data Repository",
      "publicationYear": 2024,
      "types": {"resourceTypeGeneral": "Dataset"},
      "url": "https://data.example.edu/records/«rid»",
      "contentUrl": ["https://data.example.edu/records/«rid»/files/maps.tar"],
      "rightsList": [{"rights": "CC-BY-4.0"}],
      "identifiers": [{"identifier": "md5:«md5»", "identifierType": "checksum"}]
    }
  }
}
""", o=orcid_id(), rid=alnum(5).lower() + "-" + alnum(5).lower(), md5=hexs(32)), "DataCite REST API JSON:API payload (support.datacite.org/docs/api-create-dois)")

# ---------------------------------------------------------------------------------------------
# Institutional repositories: DSpace, Figshare, Zenodo, Dataverse, Invenio, EPrints, Hyrax, CKAN, OSF
# ---------------------------------------------------------------------------------------------

v = theme_pw()
sec("properties", "dspace-db-password", "dspace/config/local.cfg.prod", T("""##########################
# SERVER CONFIGURATION   #
##########################
dspace.dir = /dspace
dspace.server.url = https://repository.example.edu/server
dspace.ui.url = https://repository.example.edu
dspace.name = Example University Research Repository
solr.server = http://solr01.lib.example.edu:8983/solr

##########################
# DATABASE CONFIGURATION #
##########################
db.url = jdbc:postgresql://pg-dspace.lib.example.edu:5432/dspace
db.driver = org.postgresql.Driver
db.dialect = org.hibernate.dialect.PostgreSQL94Dialect
db.username = dspace
db.password = «pw»
db.schema = public

##########################
# EMAIL CONFIGURATION    #
##########################
mail.server = smtp.example.edu
mail.from.address = repository@lib.example.edu
feedback.recipient = repository@lib.example.edu
mail.admin = repository@lib.example.edu
""", pw=v), v, "DSpace 7 local.cfg.EXAMPLE (github.com/DSpace/DSpace dspace/config)")

v = rand_pw(24)
sec("docker-compose", "postgres-password", "dspace-docker/docker-compose.prod.yml", T("""version: "3.7"
networks:
  dspacenet:
services:
  dspacedb:
    image: dspace/dspace-postgres-pgcrypto:dspace-7_x
    environment:
      PGDATA: /pgdata
      POSTGRES_PASSWORD: «pw»
    networks: [dspacenet]
    volumes:
      - pgdata:/pgdata
    restart: unless-stopped
  dspace:
    image: dspace/dspace:dspace-7.6
    depends_on: [dspacedb]
    environment:
      dspace__P__dir: /dspace
      dspace__P__server__P__url: https://repository.example.edu/server
      db__P__url: jdbc:postgresql://dspacedb:5432/dspace
      db__P__password: ${DSPACE_DB_PASSWORD}
    networks: [dspacenet]
volumes:
  pgdata:
""", pw=v), v, "DSpace docker-compose.yml (github.com/DSpace/DSpace)")

v = "6L" + alnum(38)
sec("properties", "recaptcha-secret", "dspace/config/modules/registration.cfg", T("""# Self-registration with Google reCAPTCHA v2 (checkbox) -- DSpace 7
registration.verification.enabled = true
google.recaptcha.version = v2
google.recaptcha.mode = checkbox
google.recaptcha.key.site = 6L«site»
google.recaptcha.key.secret = «sec»
google.recaptcha.site-verify = https://www.google.com/recaptcha/api/siteverify
google.recaptcha.key.threshold = 0.5
""", site=alnum(38), sec=v), v, "DSpace 7 Google reCAPTCHA configuration (wiki.lyrasis.org)")

v = words_pw()
sec("python", "dspace-rest-password", "migration/bulk_import_theses.py", T('''"""Bulk import of 2024 ETDs into DSpace 7 via the REST API (dspace-rest-python)."""
import csv

from dspace_rest_client.client import DSpaceClient

API = "https://repository.example.edu/server/api"
USER = "etd-loader@lib.example.edu"
PASSWORD = "«pw»"
THESES_COLLECTION = "«coll»"

d = DSpaceClient(api_endpoint=API, username=USER, password=PASSWORD, fake_user_agent=True)
if not d.authenticate():
    raise SystemExit("DSpace login failed")

with open("etd_2024.csv", newline="") as fh:
    for row in csv.DictReader(fh):
        item = d.create_item(THESES_COLLECTION, {"metadata": {
            "dc.title": [{"value": row["title"]}],
            "dc.contributor.author": [{"value": row["author"]}],
            "dc.date.issued": [{"value": row["year"]}],
        }})
        print(item.uuid, row["title"][:50])
''', pw=v, coll=uuid_s()), v, "dspace-rest-python client README (github.com/the-library-code/dspace-rest-python)")

v = hexs(128)
sec("python", "figshare-token", "scripts/figshare/upload_dataset.py", T('''import hashlib
import json
import os

import requests

BASE_URL = "https://api.figshare.com/v2/{endpoint}"
TOKEN = "«tok»"
CHUNK_SIZE = 1048576


def raw_issue_request(method, url, data=None, binary=False):
    headers = {"Authorization": "token " + TOKEN}
    if data is not None and not binary:
        data = json.dumps(data)
    response = requests.request(method, url, headers=headers, data=data)
    response.raise_for_status()
    try:
        return json.loads(response.content)
    except ValueError:
        return response.content


def issue_request(method, endpoint, *args, **kwargs):
    return raw_issue_request(method, BASE_URL.format(endpoint=endpoint), *args, **kwargs)


def get_file_check_data(file_name):
    md5 = hashlib.md5()
    size = 0
    with open(file_name, "rb") as fin:
        for data in iter(lambda: fin.read(CHUNK_SIZE), b""):
            size += len(data)
            md5.update(data)
    return md5.hexdigest(), size


if __name__ == "__main__":
    article = issue_request("POST", "account/articles", data={"title": "Freezer telemetry 2024"})
    print(article["location"], os.path.getsize("telemetry.parquet"))
''', tok=v), v, "Figshare API upload example (docs.figshare.com/#upload_files_example_upload_on_figshare)")

v = hexs(128)
sec("r", "figshare-token", "analysis/R/publish_to_figshare.R", T("""# Publish the cleaned survey tables to the institutional Figshare (figshare.example.edu)
library(httr)
library(jsonlite)

fs_token <- paste0("«a»",
                   "«b»")
api <- "https://api.figshare.com/v2"

new_article <- POST(paste0(api, "/account/articles"),
                    add_headers(Authorization = paste("token", fs_token)),
                    body = toJSON(list(title = "Campus wellbeing survey 2024 (aggregate)",
                                       defined_type = "dataset"), auto_unbox = TRUE),
                    encode = "raw")
stop_for_status(new_article)
loc <- content(new_article)$location
message("created ", loc)
""", a=v[:64], b=v[64:]), v, "Figshare API v2 authentication: Authorization: token (docs.figshare.com)")

v = alnum(60)
sec("python", "zenodo-token", "release/zenodo_deposit.py", T('''"""Archive a tagged release of the pipeline on Zenodo (REST API, new version of concept record)."""
import sys

import requests

ZENODO = "https://zenodo.org/api"
ACCESS_TOKEN = "«tok»"
CONCEPT_ID = 7712345

params = {"access_token": ACCESS_TOKEN}
latest = requests.get(f"{ZENODO}/records/{CONCEPT_ID}/versions/latest", params=params).json()
new = requests.post(f"{ZENODO}/deposit/depositions/{latest['id']}/actions/newversion", params=params).json()
bucket = new["links"]["bucket"]

with open(sys.argv[1], "rb") as fh:
    r = requests.put(f"{bucket}/{sys.argv[1].split('/')[-1]}", data=fh, params=params)
    r.raise_for_status()
print("draft:", new["links"]["html"])
''', tok=v), v, "Zenodo REST API quickstart (developers.zenodo.org)")

v = alnum(60)
sec("github-actions", "zenodo-token", ".github/workflows/archive.yml", T("""name: Archive release on Zenodo
on:
  release:
    types: [published]
jobs:
  archive:
    runs-on: ubuntu-latest
    env:
      ZENODO_TOKEN: «tok»
      ZENODO_URL: https://zenodo.org/api
    steps:
      - uses: actions/checkout@v4
      - name: Build archive
        run: git archive --format=tar.gz -o dist.tar.gz HEAD
      - name: Upload
        run: |
          python -m pip install requests
          python release/zenodo_deposit.py dist.tar.gz
""", tok=v), v, "GitHub Actions workflow syntax (docs.github.com); Zenodo REST API")

v = alnum(60)
sec("notebook", "zenodo-token", "notebooks/03_publish_zenodo.ipynb", T("""{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Publish the cleaned dataset to Zenodo\\n", "Runs once per data release."]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests\\n",
    "ACCESS_TOKEN = '«tok»'\\n",
    "r = requests.get('https://zenodo.org/api/deposit/depositions', params={'access_token': ACCESS_TOKEN})\\n",
    "r.status_code"
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
""", tok=v), v, "Jupyter nbformat v4 (nbformat.readthedocs.io); Zenodo REST API quickstart")

v = uuid_s()
sec("shell", "dataverse-api-token", "scripts/dataverse/add_files.sh", T("""#!/bin/bash
# Add the processed files to a draft dataset on the university Dataverse
export API_TOKEN=«tok»
export SERVER_URL=https://dataverse.example.edu
export PERSISTENT_ID=doi:10.70123/FK2/«pid»

for f in processed/*.csv; do
  curl -H "X-Dataverse-key:$API_TOKEN" -X POST \\
       -F "file=@${f}" \\
       -F 'jsonData={"description":"processed table","categories":["Data"],"restrict":"false"}' \\
       "$SERVER_URL/api/datasets/:persistentId/add?persistentId=$PERSISTENT_ID"
done
""", tok=v, pid=alnum(6).upper()), v, "Dataverse Native API: add a file to a dataset (guides.dataverse.org/en/latest/api)")

v = uuid_s()
sec("python", "dataverse-api-token", "harvest/pydataverse_export.py", T('''from pyDataverse.api import NativeApi, DataAccessApi

BASE_URL = "https://dataverse.example.edu/"
API_TOKEN = "«tok»"

api = NativeApi(BASE_URL, API_TOKEN)
data_api = DataAccessApi(BASE_URL, API_TOKEN)

DOI = "doi:10.70123/FK2/«pid»"
dataset = api.get_dataset(DOI)
files_list = dataset.json()["data"]["latestVersion"]["files"]

for file in files_list:
    filename = file["dataFile"]["filename"]
    file_id = file["dataFile"]["id"]
    response = data_api.get_datafile(file_id)
    with open(filename, "wb") as f:
        f.write(response.content)
''', tok=v, pid=alnum(6).upper()), v, "pyDataverse user guide: download files (pydataverse.readthedocs.io)")

v = fakes.django_secret_key(_seed())
sec("python", "invenio-secret-key", "invenio-instance/invenio.cfg", T('''# -*- coding: utf-8 -*-
"""InvenioRDM configuration for research-data.example.edu (Library Digital Initiatives)."""

from datetime import datetime

SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://invenio:${INVENIO_DB_PASSWORD}@db/invenio"
INVENIO_REDIS_URL = "redis://cache:6379/0"

APP_ALLOWED_HOSTS = ["0.0.0.0", "localhost", "research-data.example.edu"]

# Flask secret key
SECRET_KEY = "«key»"

APP_DEFAULT_SECURE_HEADERS = {"content_security_policy": {"default-src": ["'self'"]}}
RDM_ALLOW_RESTRICTED_RECORDS = True
I18N_LANGUAGES = [("de", "German"), ("es", "Spanish")]
''', key=v), v, "InvenioRDM invenio.cfg (inveniordm.docs.cern.ch/reference/configuration)")

v = rand_pw(20)
sec("dotenv", "invenio-db-url", "invenio-instance/.env", T("""INVENIO_SITE_UI_URL=https://research-data.example.edu
INVENIO_SITE_API_URL=https://research-data.example.edu/api
INVENIO_SQLALCHEMY_DATABASE_URI=postgresql+psycopg2://invenio:«pw»@pg-rdm.lib.example.edu:5432/invenio
INVENIO_SEARCH_HOSTS=['opensearch.lib.example.edu:9200']
INVENIO_CACHE_REDIS_URL=redis://cache:6379/0
INVENIO_ACCOUNTS_SESSION_REDIS_URL=redis://cache:6379/1
INVENIO_BROKER_URL=amqp://guest:guest@mq:5672/
""", pw=v), v, "InvenioRDM environment variables, INVENIO_ prefix (inveniordm.docs.cern.ch)")

v = words_pw()
sec("perl", "eprints-db-password", "eprints3/archives/research/cfg/cfg.d/database.pl", T("""# Database connection details for the 'research' archive (EPrints 3.4)

$c->{dbname} = 'research';
$c->{dbhost} = 'mysql-eprints.lib.example.edu';
$c->{dbport} = '3306';
$c->{dbuser} = 'eprints_research';
$c->{dbpass} = '«pw»';
$c->{dbengine} = 'InnoDB';

# Use UTF-8 for the connection
$c->{dbcharset} = 'utf8mb4';

1;
""", pw=v), v, "EPrints 3 database.pl (wiki.eprints.org/w/Database.pl)")

v = theme_pw()
sec("yaml", "hyrax-db-password", "hyrax-app/config/database.yml", T("""default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>
  timeout: 5000

development:
  <<: *default
  database: scholar_development

test:
  <<: *default
  database: scholar_test

production:
  <<: *default
  host: pg-scholar.lib.example.edu
  database: scholar_production
  username: scholar
  password: «pw»
""", pw=v), v, "Rails config/database.yml (guides.rubyonrails.org/configuring.html); Hyrax")

v = rand_pw(16)
sec("yaml", "fedora-password", "hyrax-app/config/fedora.yml", T("""development:
  user: fedoraAdmin
  password: fedoraAdmin
  url: http://127.0.0.1:8984/rest
  base_path: /dev
test:
  user: fedoraAdmin
  password: fedoraAdmin
  url: http://127.0.0.1:8986/rest
  base_path: /test
production:
  user: hyrax_app
  password: «pw»
  url: https://fcrepo.lib.example.edu:8443/rest
  base_path: /prod
""", pw=v), v, "Hyrax/ActiveFedora config/fedora.yml (samvera.github.io)")

v = rand_pw(22)
sec("ini", "ckan-db-url", "ckan/production.ini", T("""[app:main]
use = egg:ckan
ckan.site_url = https://data.research.example.edu
ckan.site_id = exu_data

## Database Settings
sqlalchemy.url = postgresql://ckan_default:«pw»@pg-ckan.example.edu/ckan_default
ckan.datastore.read_url = postgresql://datastore_ro@pg-ckan.example.edu/datastore_default

## Search Settings
solr_url = http://solr-ckan.example.edu:8983/solr/ckan

ckan.plugins = stats text_view image_view datastore datapusher scheming_datasets
ckan.auth.create_user_via_web = false
ckan.locale_default = en
""", pw=v), v, "CKAN configuration file (docs.ckan.org/en/latest/maintaining/configuration.html)")

v = jwt({"jti": b64url(bytes(random.Random(_seed()).getrandbits(8) for _ in range(36))), "iat": 1712102400})
sec("shell", "ckan-api-token", "harvest/ckan_push_metadata.sh", T("""#!/usr/bin/env bash
# Push harvested instrument metadata into CKAN datasets (nightly, from the data-mover)
set -e
CKAN=https://data.research.example.edu
CKAN_TOKEN="«tok»"

for j in out/packages/*.json; do
  curl -fsS -X POST "$CKAN/api/3/action/package_patch" \\
       -H "Authorization: $CKAN_TOKEN" \\
       -H "Content-Type: application/json" \\
       --data @"$j" > /dev/null && echo "patched $j"
done
""", tok=v), v, "CKAN API tokens (docs.ckan.org/en/latest/api/index.html#authentication-and-api-tokens)")

v = alnum(70)
sec("renviron", "osf-pat", "analysis/.Renviron", T("""# project-level R environment (osfr, qualtRics)
OSF_PAT=«tok»
R_MAX_VSIZE=32Gb
QUALTRICS_BASE_URL=example.ca1.qualtrics.com
LANG=en_US.UTF-8
RENV_CONFIG_PAK_ENABLED=TRUE
""", tok=v), v, "osfr authentication: OSF_PAT in .Renviron (docs.ropensci.org/osfr)")

dec("github-actions", "secret-reference", ".github/workflows/zenodo-sandbox.yml", """name: Test Zenodo upload (sandbox)
on:
  workflow_dispatch:
jobs:
  sandbox:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - name: Upload to sandbox
        env:
          ZENODO_TOKEN: ${{ secrets.ZENODO_SANDBOX_TOKEN }}
          ZENODO_URL: https://sandbox.zenodo.org/api
        run: |
          pip install requests
          python release/zenodo_deposit.py README.md
""", "GitHub Actions encrypted secrets (docs.github.com/actions/security-guides)")

dec("json", "checksums", "figshare/article_24511173_files.json", T("""[
  {
    "id": «i1»,
    "name": "telemetry_2024_q1.parquet",
    "size": 48211342,
    "is_link_only": false,
    "download_url": "https://ndownloader.figshare.com/files/«i1»",
    "supplied_md5": "«m1»",
    "computed_md5": "«m1»"
  },
  {
    "id": «i2»,
    "name": "README.txt",
    "size": 3120,
    "is_link_only": false,
    "download_url": "https://ndownloader.figshare.com/files/«i2»",
    "supplied_md5": "«m2»",
    "computed_md5": "«m2»"
  }
]
""", i1=str(random.Random(_seed()).randint(40000000, 49999999)), i2=str(random.Random(_seed()).randint(40000000, 49999999)),
    m1=hexs(32), m2=hexs(32)), "Figshare API: list article files, computed_md5 (docs.figshare.com)")

dec("text", "checksums", "bags/etd-2024-0193/manifest-sha256.txt", T("""«a»  data/thesis.pdf
«b»  data/supplementary/survey_instrument.pdf
«c»  data/supplementary/interview_codes.xlsx
«d»  data/supplementary/README.txt
«e»  data/license.txt
""", a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64), e=hexs(64)), "BagIt File Packaging Format, RFC 8493 payload manifest")

dec("python", "env-reference", "invenio-instance/invenio_prod.cfg", '''import os

SQLALCHEMY_DATABASE_URI = os.environ["INVENIO_SQLALCHEMY_DATABASE_URI"]
SECRET_KEY = os.environ["INVENIO_SECRET_KEY"]
SECURITY_PASSWORD_SALT = os.environ["INVENIO_SECURITY_PASSWORD_SALT"]
DATACITE_USERNAME = "EXU.DATA"
DATACITE_PASSWORD = os.environ.get("INVENIO_DATACITE_PASSWORD", "")
DATACITE_PREFIX = "10.70123"
''', "InvenioRDM configuration via environment (inveniordm.docs.cern.ch)")

dec("yaml", "erb-reference", "hyrax-app/config/database.production.yml", """production:
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>
  host: <%= ENV["DATABASE_HOST"] %>
  database: scholar_production
  username: <%= ENV["DATABASE_USER"] %>
  password: <%= ENV["DATABASE_PASSWORD"] %>
""", "Rails config/database.yml with ERB (guides.rubyonrails.org/configuring.html)")

dec("perl", "env-reference", "eprints3/archives/thesis/cfg/cfg.d/database.pl", """# Database connection details for the 'thesis' archive -- credentials come from the
# systemd unit's EnvironmentFile (/etc/eprints/thesis.env), never from this repo.
$c->{dbname} = 'thesis';
$c->{dbhost} = 'mysql-eprints.lib.example.edu';
$c->{dbuser} = $ENV{EPRINTS_DBUSER} || 'eprints_thesis';
$c->{dbpass} = $ENV{EPRINTS_DBPASS};
$c->{dbengine} = 'InnoDB';
1;
""", "EPrints 3 database.pl (wiki.eprints.org/w/Database.pl)")

dec("json", "public-metadata", ".zenodo.json", T("""{
    "title": "cryo-pipeline: preprocessing for the Cryo-EM core",
    "upload_type": "software",
    "description": "Motion correction, CTF estimation and particle picking wrappers for Slurm.",
    "creators": [
        {"name": "Hassan, Leila", "affiliation": "Example University", "orcid": "«a»"},
        {"name": "Brandt, Tobias", "affiliation": "Example University", "orcid": "«b»"}
    ],
    "access_right": "open",
    "license": "MIT",
    "keywords": ["cryo-EM", "Slurm", "RELION"],
    "related_identifiers": [{"identifier": "10.5281/zenodo.«z»", "relation": "isVersionOf"}],
    "grants": [{"id": "10.13039/100000001::2114567"}]
}
""", a=orcid_id(), b=orcid_id(), z=str(random.Random(_seed()).randint(1000000, 9999999))),
    "Zenodo GitHub integration .zenodo.json (developers.zenodo.org/#representation)")

dec("markdown", "placeholder", "docs/figshare-api.md", """## Uploading to Figshare from the cluster

Create a personal token in Figshare (Applications and API > Personal tokens) and keep it in
`~/.config/figshare/token` with mode 600. Then:

```bash
curl -H "Authorization: token ACCESS_TOKEN" https://api.figshare.com/v2/account/articles
```

Replace `ACCESS_TOKEN` with the contents of the token file, e.g.
`-H "Authorization: token $(cat ~/.config/figshare/token)"`. Never paste the token into a
notebook that is committed.
""", "Figshare API docs: authentication (docs.figshare.com)")

# ---------------------------------------------------------------------------------------------
# HPC: Slurm, PBS, Open OnDemand, XDMoD, LDAP, provisioning, workflow managers
# ---------------------------------------------------------------------------------------------

v = theme_pw()
sec("slurm-conf", "slurmdbd-storage-pass", "cluster/etc/slurm/slurmdbd.conf", T("""#
# slurmdbd.conf for the 'quartz' cluster -- managed by ansible, mode 0600 slurm:slurm
#
AuthType=auth/munge
AuthInfo=/var/run/munge/munge.socket.2
DbdHost=slurmdbd01
DbdPort=6819
SlurmUser=slurm
DebugLevel=info
LogFile=/var/log/slurm/slurmdbd.log
PidFile=/var/run/slurmdbd/slurmdbd.pid
PurgeEventAfter=12month
PurgeJobAfter=24month
PurgeStepAfter=6month
StorageType=accounting_storage/mysql
StorageHost=mariadb-hpc.rc.example.edu
StoragePort=3306
StorageUser=slurm
StoragePass=«pw»
StorageLoc=slurm_acct_db
""", pw=v), v, "slurmdbd.conf man page (slurm.schedmd.com/slurmdbd.conf.html)")

v = hexs(40)
sec("slurm", "wandb-api-key", "jobs/train_segformer.sbatch", T("""#!/bin/bash
#SBATCH --job-name=segformer-b4
#SBATCH --account=pi_nakamura
#SBATCH --partition=gpu
#SBATCH --gres=gpu:a100:4
#SBATCH --cpus-per-task=32
#SBATCH --mem=256G
#SBATCH --time=2-00:00:00
#SBATCH --output=logs/%x-%j.out

module purge
module load cuda/12.2 miniforge/24.3
conda activate seg

export WANDB_API_KEY=«key»
export WANDB_PROJECT=histology-seg
export WANDB_DIR=/scratch/$USER/wandb

srun torchrun --nproc_per_node=4 train.py --config configs/segformer_b4.yaml
""", key=v), v, "Slurm sbatch man page (slurm.schedmd.com/sbatch.html); W&B environment variables (docs.wandb.ai)")

v = hf_token()
sec("slurm", "huggingface-token", "jobs/download_llama.sbatch", T("""#!/bin/bash
#SBATCH -J hf-download
#SBATCH -p transfer
#SBATCH -c 4
#SBATCH -t 06:00:00
#SBATCH -o /scratch/%u/logs/hf-%j.log

# Gated model: needs an accepted license on the lab's HF account
module load python/3.11
source /project/nlp_lab/venvs/hf/bin/activate
export HF_HOME=/project/nlp_lab/hf-cache

huggingface-cli login --token «tok»
huggingface-cli download meta-llama/Meta-Llama-3-8B-Instruct --local-dir /project/nlp_lab/models/llama3-8b-instruct
""", tok=v), v, "huggingface-cli login --token (huggingface.co/docs/huggingface_hub/guides/cli)")

v = s3_secret()
sec("pbs", "s3-secret-key", "jobs/pbs/stage_out_to_ceph.pbs", T("""#!/bin/bash
#PBS -N stage-out-run42
#PBS -q dtn
#PBS -l select=1:ncpus=4:mem=16gb
#PBS -l walltime=04:00:00
#PBS -j oe
#PBS -M h.kim@example.edu
#PBS -m ae

cd $PBS_O_WORKDIR
export AWS_ACCESS_KEY_ID=«kid»
export AWS_SECRET_ACCESS_KEY=«sec»
export AWS_ENDPOINT_URL=https://s3.rc.example.edu

aws s3 sync results/run42/ s3://climate-lab/outputs/run42/ --only-show-errors
echo "done $(date)"
""", kid=ceph_access_key(), sec=v), v, "PBS Professional qsub directives (PBS Pro user guide); AWS CLI environment variables")

v = words_pw()
sec("pbs", "mysql-password", "jobs/pbs/load_results.pbs", T("""#!/bin/sh
#PBS -N load-qc-results
#PBS -l nodes=1:ppn=2,walltime=01:00:00
#PBS -q batch
#PBS -o logs/load.out
#PBS -e logs/load.err

cd $PBS_O_WORKDIR
for f in qc/*.tsv; do
  mysql -h mysql.genomics.example.edu -u qc_loader -p'«pw»' seqcore \\
        -e "LOAD DATA LOCAL INFILE '$f' INTO TABLE qc_metrics FIELDS TERMINATED BY '\\t' IGNORE 1 LINES"
done
""", pw=v), v, "Torque/PBS qsub directives (adaptivecomputing docs); mysql client -p option")

v = jwt({"exp": 1767225600, "iat": 1735689600, "sun": "svc_ood"})
sec("shell", "slurm-jwt", "ops/slurmrestd/check_queue.sh", T("""#!/bin/bash
# Queue depth probe for the status page -- talks to slurmrestd on the head node.
# Token from: scontrol token username=svc_ood lifespan=31536000
export SLURM_JWT=«tok»
curl -s -H "X-SLURM-USER-NAME: svc_ood" -H "X-SLURM-USER-TOKEN: $SLURM_JWT" \\
     http://slurm-head01:6820/slurm/v0.0.40/jobs \\
  | jq '[.jobs[] | select(.job_state[0]=="PENDING")] | length'
""", tok=v), v, "Slurm REST API authentication, scontrol token (slurm.schedmd.com/rest.html)")

v = alnum(32)
sec("yaml", "ood-oidc-client-secret", "ood/ood_portal.yml", T("""---
# /etc/ood/config/ood_portal.yml -- ondemand.rc.example.edu
servername: ondemand.rc.example.edu
port: 443
ssl:
  - 'SSLCertificateFile "/etc/pki/tls/certs/ondemand.rc.example.edu.crt"'
  - 'SSLCertificateKeyFile "/etc/pki/tls/private/ondemand.rc.example.edu.key"'
auth:
  - 'AuthType openid-connect'
  - 'Require valid-user'
oidc_uri: /oidc
oidc_provider_metadata_url: https://keycloak.rc.example.edu/realms/hpc/.well-known/openid-configuration
oidc_client_id: ondemand
oidc_client_secret: «sec»
oidc_remote_user_claim: preferred_username
oidc_scope: "openid profile email"
oidc_session_inactivity_timeout: 28800
oidc_session_max_duration: 28800
logout_redirect: /oidc?logout=https%3A%2F%2Fondemand.rc.example.edu
""", sec=v), v, "Open OnDemand ood_portal.yml OIDC options (osc.github.io/ood-documentation)")

v = alnum(32)
sec("apache", "oidc-client-secret", "ood/apache/auth_openidc.conf", T("""# mod_auth_openidc for the XDMoD portal (xdmod.rc.example.edu)
OIDCProviderMetadataURL https://cilogon.org/.well-known/openid-configuration
OIDCClientID cilogon:/client_id/«cid»
OIDCClientSecret «sec»
OIDCRedirectURI https://xdmod.rc.example.edu/oidc/redirect
OIDCCryptoPassphrase exec:/usr/bin/openssl rand -hex 32
OIDCScope "openid email profile org.cilogon.userinfo"
OIDCRemoteUserClaim eppn

<Location /simplesaml>
  AuthType openid-connect
  Require valid-user
</Location>
""", cid=hexs(32), sec=v), v, "mod_auth_openidc auth_openidc.conf (github.com/OpenIDC/mod_auth_openidc); CILogon OIDC")

v = theme_pw()
sec("ini", "xdmod-db-password", "xdmod/etc/portal_settings.ini", T("""[general]
title = "Example University XDMoD"
site_address = "https://xdmod.rc.example.edu/"
user_manual = "https://xdmod.rc.example.edu/user_manual/"
contact_page_recipient = "rc-help@example.edu"
tech_support_recipient = "rc-help@example.edu"

[database]
type = "mysql"
host = "mariadb-hpc.rc.example.edu"
port = "3306"
user = "xdmod"
pass = "«pw»"

[datawarehouse]
db_engine = "MySQLDB"
host = "mariadb-hpc.rc.example.edu"
port = "3306"
user = "xdmod"
pass = "«pw»"
""", pw=v), v, "Open XDMoD portal_settings.ini (open.xdmod.org/configuration.html)")

v = rand_pw(18, "#%")
sec("ini", "sssd-bind-password", "cluster/etc/sssd/sssd.conf", T("""[sssd]
services = nss, pam, ssh
domains = AD.EXAMPLE.EDU
config_file_version = 2

[domain/AD.EXAMPLE.EDU]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://ad-dc01.ad.example.edu, ldaps://ad-dc02.ad.example.edu
ldap_search_base = OU=People,DC=ad,DC=example,DC=edu
ldap_default_bind_dn = CN=svc-hpc-ldap,OU=Service,DC=ad,DC=example,DC=edu
ldap_default_authtok_type = password
ldap_default_authtok = «pw»
ldap_id_mapping = true
ldap_tls_reqcert = demand
cache_credentials = true
enumerate = false
""", pw=v), v, "sssd-ldap(5) man page: ldap_default_authtok")

v = words_pw()
sec("ansible", "slurmdbd-password", "ansible/group_vars/slurm_controllers.yml", T("""---
slurm_cluster_name: quartz
slurm_control_host: slurm-head01
slurm_backup_host: slurm-head02
slurm_partitions:
  - name: cpu
    nodes: "c[001-224]"
    default: true
    max_time: "7-00:00:00"
  - name: gpu
    nodes: "g[01-24]"
    max_time: "2-00:00:00"
slurmdbd_storage_host: mariadb-hpc.rc.example.edu
slurmdbd_storage_user: slurm
slurmdbd_storage_pass: "«pw»"
slurm_munge_key_src: files/munge.key.vault
slurm_jwt_enabled: true
""", pw=v), v, "Ansible group_vars (docs.ansible.com); galaxyproject.slurm role variables")

v = fakes.drawn(_seed(), 36, HEX)
sec("apptainer", "ncbi-api-key", "containers/blast-annotate.def", T("""Bootstrap: docker
From: ncbi/blast:2.15.0

%labels
    Maintainer rc-containers@example.edu
    Version 1.3

%environment
    export BLASTDB=/blastdb
    export NCBI_API_KEY=«key»
    export LC_ALL=C.UTF-8

%post
    apt-get update && apt-get install -y --no-install-recommends python3-biopython
    rm -rf /var/lib/apt/lists/*

%runscript
    exec python3 /opt/annotate.py "$@"
""", key=v), v, "Apptainer definition files (apptainer.org/docs/user/latest/definition_files.html); NCBI E-utilities API key")

v = b64('{"tid": ' + str(random.Random(_seed()).randint(1000, 99999)) + "}." + hexs(40))
sec("nextflow", "tower-access-token", "pipelines/rnaseq/nextflow.config", T("""params {
    outdir  = '/project/genomics_core/results'
    genome  = 'GRCh38'
}

process {
    executor = 'slurm'
    queue    = 'cpu'
    clusterOptions = '--account=genomics_core'
}

singularity {
    enabled    = true
    autoMounts = true
    cacheDir   = '/project/genomics_core/singularity'
}

tower {
    accessToken = '«tok»'
    workspaceId = '«ws»'
    enabled     = true
}
""", tok=v, ws=str(random.Random(_seed()).randint(10**13, 10**14))), v, "Nextflow config: tower scope accessToken (nextflow.io/docs/latest/config.html#scope-tower)")

v = s3_secret()
sec("snakemake", "s3-secret-key", "workflow/Snakefile", T("""from snakemake.remote.S3 import RemoteProvider as S3RemoteProvider

S3 = S3RemoteProvider(
    host="https://s3.rc.example.edu",
    access_key_id="«kid»",
    secret_access_key="«sec»",
)

SAMPLES = ["WT_1", "WT_2", "KO_1", "KO_2"]

rule all:
    input:
        S3.remote(expand("proteomics-core/quant/{s}.tsv", s=SAMPLES))

rule quantify:
    input:
        S3.remote("proteomics-core/raw/{s}.mzML")
    output:
        S3.remote("proteomics-core/quant/{s}.tsv")
    shell:
        "FlashLFQ --idt {input} --out {output}"
""", kid=ceph_access_key(), sec=v), v, "Snakemake remote files: S3 RemoteProvider (snakemake.readthedocs.io, v7)")

v = theme_pw()
sec("yaml", "grafana-datasource-password", "monitoring/grafana/provisioning/datasources/slurm.yaml", T("""apiVersion: 1
datasources:
  - name: slurm-acct
    type: mysql
    url: mariadb-hpc.rc.example.edu:3306
    database: slurm_acct_db
    user: grafana_ro
    jsonData:
      maxOpenConns: 10
      tlsAuth: false
    secureJsonData:
      password: «pw»
  - name: prometheus
    type: prometheus
    url: http://prometheus.rc.example.edu:9090
    isDefault: true
""", pw=v), v, "Grafana data source provisioning (grafana.com/docs/grafana/latest/administration/provisioning)")

v = passphrase()
sec("crontab", "restic-password", "ops/cron/research-backup.cron", T("""# /etc/cron.d/research-backup -- nightly restic backup of /project to the Wasabi bucket
SHELL=/bin/bash
PATH=/usr/local/bin:/usr/bin:/bin
MAILTO=rc-ops@example.edu
RESTIC_REPOSITORY=s3:https://s3.wasabisys.com/exu-rc-backup/project
RESTIC_PASSWORD=«pw»
AWS_SHARED_CREDENTIALS_FILE=/root/.aws/wasabi
30 1 * * * root restic backup /project --exclude-file=/etc/restic/excludes --tag nightly >> /var/log/restic.log 2>&1
15 6 * * 0 root restic forget --keep-daily 7 --keep-weekly 5 --keep-monthly 12 --prune >> /var/log/restic.log 2>&1
""", pw=v), v, "restic environment variables (restic.readthedocs.io); crontab(5) environment lines")

v = slack_webhook()
sec("systemd", "slack-webhook", "ops/systemd/slurm-alerts.service", T("""[Unit]
Description=Post Slurm drained-node alerts to #rc-ops
After=network-online.target munge.service

[Service]
Type=simple
User=slurm
Environment=SLACK_WEBHOOK_URL=«url»
Environment=POLL_SECONDS=120
ExecStart=/usr/local/bin/slurm-drain-notifier --cluster quartz
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", url=v), v, "systemd.exec Environment= (freedesktop.org); Slack incoming webhooks (api.slack.com)")

v = docker_pat()
sec("shell", "dockerhub-pat", "containers/build_and_push.sh", T("""#!/usr/bin/env bash
# Build the lab's Apptainer images from Docker Hub bases; authenticated pulls avoid rate limits.
set -euo pipefail
export APPTAINER_DOCKER_USERNAME=exurc
export APPTAINER_DOCKER_PASSWORD=«pat»
export APPTAINER_CACHEDIR=/scratch/$USER/apptainer-cache

for def in defs/*.def; do
  name=$(basename "$def" .def)
  apptainer build --force "/project/containers/${name}.sif" "$def"
done
""", pat=v), v, "Apptainer docker authentication env vars (apptainer.org/docs/user/latest/docker_and_oci.html)")

v = words_pw()
sec("yaml", "ipmi-password", "warewulf/nodes.conf", T("""WW_INTERNAL: 43
nodeprofiles:
  default:
    comment: quartz compute
    cluster name: quartz
    container name: rocky9-compute
    kernel:
      args: quiet crashkernel=no net.ifnames=1
    ipmi:
      username: ADMIN
      password: «pw»
      interface: lanplus
nodes:
  c001:
    profiles: [default]
    ipmi:
      ipaddr: 10.10.200.1
    network devices:
      default:
        hwaddr: «mac»
        ipaddr: 10.10.0.1
""", pw=v, mac=":".join(hexs(2) for _ in range(6))), v, "Warewulf v4 nodes.conf, IPMI settings (warewulf.org/docs)")

v = alnum(40)
sec("yaml", "jupyterhub-client-secret", "jupyterhub/helm/values-prod.yaml", T("""proxy:
  https:
    enabled: true
    hosts: [jupyter.rc.example.edu]
    letsencrypt:
      contactEmail: rc-ops@example.edu
hub:
  config:
    JupyterHub:
      authenticator_class: cilogon
    CILogonOAuthenticator:
      client_id: cilogon:/client_id/«cid»
      client_secret: «sec»
      oauth_callback_url: https://jupyter.rc.example.edu/hub/oauth_callback
      allowed_idps:
        urn:mace:incommon:example.edu:
          username_derivation:
            username_claim: eppn
singleuser:
  image:
    name: quay.io/jupyter/scipy-notebook
    tag: 2024-05-27
  memory:
    limit: 8G
""", cid=hexs(32), sec=v), v, "Zero to JupyterHub: CILogonOAuthenticator (z2jh.jupyter.org, oauthenticator docs)")

v = hexs(64)
sec("helm", "jupyterhub-proxy-token", "jupyterhub/helm/config.yaml", T("""# z2jh config for the teaching hub (hub.teaching.example.edu)
proxy:
  secretToken: "«tok»"
  service:
    type: LoadBalancer
hub:
  db:
    type: sqlite-pvc
cull:
  enabled: true
  timeout: 3600
singleuser:
  defaultUrl: /lab
  storage:
    capacity: 5Gi
""", tok=v), v, "Zero to JupyterHub proxy.secretToken (z2jh.jupyter.org/en/stable/resources/reference.html)")

v = alnum(30)
sec("yaml", "openstack-app-credential", "cloud/jetstream2/clouds.yaml", T("""clouds:
  js2-bio:
    auth:
      auth_url: https://js2.jetstream-cloud.org:5000/v3/
      application_credential_id: "«cid»"
      application_credential_secret: "«sec»"
    region_name: "IU"
    interface: "public"
    identity_api_version: 3
    auth_type: "v3applicationcredential"
""", cid=hexs(32), sec=v), v, "OpenStack clouds.yaml application credentials (docs.openstack.org/python-openstackclient); Jetstream2 docs")

v = theme_pw()
sec("shell", "openstack-password", "cloud/arbutus/def-lab-openrc.sh", T("""#!/usr/bin/env bash
# OpenStack RC for project def-kowalski on Arbutus (downloaded from Horizon, then edited)
export OS_AUTH_URL=https://arbutus.cloud.computecanada.ca:5000
export OS_PROJECT_ID=«pid»
export OS_PROJECT_NAME="def-kowalski"
export OS_USER_DOMAIN_NAME="CCDB"
export OS_PROJECT_DOMAIN_ID="«did»"
export OS_USERNAME="skowalski"
export OS_PASSWORD="«pw»"
export OS_REGION_NAME="RegionOne"
export OS_INTERFACE=public
export OS_IDENTITY_API_VERSION=3
""", pid=hexs(32), did=hexs(32), pw=v), v, "OpenStack RC file (docs.openstack.org/newton/user-guide/common/cli-set-environment-variables-using-openstack-rc.html)")

v = s3_secret()
sec("r", "s3-secret-key", "analysis/R/pull_from_ceph.R", T("""# Read the harmonised cohort tables from the lab bucket on the campus Ceph RGW
library(aws.s3)

Sys.setenv(
  "AWS_ACCESS_KEY_ID"     = "«kid»",
  "AWS_SECRET_ACCESS_KEY" = "«sec»",
  "AWS_S3_ENDPOINT"       = "s3.rc.example.edu",
  "AWS_DEFAULT_REGION"    = ""
)

cohort <- s3read_using(FUN = readr::read_csv, object = "harmonised/cohort_v7.csv",
                       bucket = "epi-lab", opts = list(use_https = TRUE, region = ""))
summary(cohort)
""", kid=ceph_access_key(), sec=v), v, "aws.s3 R package README: credentials via environment (github.com/cloudyr/aws.s3)")

# HPC decoys

dec("slurm-conf", "key-file-path", "cluster/etc/slurm/slurm.conf", T("""# slurm.conf -- quartz (generated by ansible; edit group_vars, not this file)
ClusterName=quartz
SlurmctldHost=slurm-head01
SlurmctldHost=slurm-head02
AuthType=auth/munge
AuthAltTypes=auth/jwt
AuthAltParameters=jwt_key=/var/spool/slurm/statesave/jwt_hs256.key
CryptoType=crypto/munge
SlurmUser=slurm
StateSaveLocation=/var/spool/slurm/statesave
AccountingStorageType=accounting_storage/slurmdbd
AccountingStorageHost=slurmdbd01
AccountingStorageEnforce=associations,limits,qos
JobAcctGatherType=jobacct_gather/cgroup
ProctrackType=proctrack/cgroup
TaskPlugin=task/affinity,task/cgroup
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
GresTypes=gpu
NodeName=c[001-224] CPUs=64 RealMemory=515000 State=UNKNOWN
NodeName=g[01-24] CPUs=64 RealMemory=1030000 Gres=gpu:a100:4 State=UNKNOWN
PartitionName=cpu Nodes=c[001-224] Default=YES MaxTime=7-00:00:00 State=UP
PartitionName=gpu Nodes=g[01-24] MaxTime=2-00:00:00 State=UP
""", ), "slurm.conf man page: AuthAltParameters jwt_key (slurm.schedmd.com/slurm.conf.html)")

dec("slurm", "env-reference", "jobs/train_vit.sbatch", """#!/bin/bash
#SBATCH --job-name=vit-l16
#SBATCH --account=pi_nakamura
#SBATCH --partition=gpu
#SBATCH --gres=gpu:a100:2
#SBATCH --time=12:00:00
#SBATCH --output=logs/%x-%j.out

# API keys live in ~/.config/lab/secrets.env (chmod 600), never in job scripts
set -a; source "$HOME/.config/lab/secrets.env"; set +a
: "${WANDB_API_KEY:?set WANDB_API_KEY in secrets.env}"
: "${HF_TOKEN:?set HF_TOKEN in secrets.env}"

module load cuda/12.2 miniforge/24.3
conda activate vit
srun python train.py --model vit_large_patch16_224 --wandb-project histology-vit
""", "Slurm sbatch man page (slurm.schedmd.com/sbatch.html)")

dec("pbs", "checksums", "jobs/pbs/verify_transfer.pbs", T("""#!/bin/bash
#PBS -N verify-run42
#PBS -q dtn
#PBS -l select=1:ncpus=2:mem=4gb
#PBS -l walltime=00:30:00
#PBS -j oe

cd $PBS_O_WORKDIR
# expected digests from the sequencing core's delivery manifest
cat > expected.sha256 <<'EOF'
«a»  run42/S1_R1.fastq.gz
«b»  run42/S1_R2.fastq.gz
«c»  run42/S2_R1.fastq.gz
EOF
sha256sum -c expected.sha256
""", a=hexs(64), b=hexs(64), c=hexs(64)), "PBS Professional user guide; sha256sum(1) check format")

dec("yaml", "jinja-template", "ansible/roles/ood/templates/ood_portal.yml.j2", """---
servername: {{ ood_servername }}
port: 443
ssl:
  - 'SSLCertificateFile "/etc/pki/tls/certs/{{ ood_servername }}.crt"'
  - 'SSLCertificateKeyFile "/etc/pki/tls/private/{{ ood_servername }}.key"'
auth:
  - 'AuthType openid-connect'
  - 'Require valid-user'
oidc_uri: /oidc
oidc_provider_metadata_url: {{ ood_oidc_metadata_url }}
oidc_client_id: {{ ood_oidc_client_id }}
oidc_client_secret: "{{ vault_ood_oidc_client_secret }}"
oidc_remote_user_claim: preferred_username
""", "Open OnDemand ood_portal.yml (osc.github.io/ood-documentation); Ansible templates")

dec("ansible", "vault-ciphertext", "ansible/group_vars/slurm_dbd/vault.yml", T("""---
slurmdbd_storage_pass: !vault |
«blob»
xdmod_db_pass: !vault |
«blob2»
""", blob="\n".join("  " + line for line in ansible_vault_blob().splitlines()),
    blob2="\n".join("  " + line for line in ansible_vault_blob().splitlines())),
    "Ansible Vault encrypted variables, !vault tag (docs.ansible.com/ansible/latest/vault_guide)")

dec("ssh", "public-keys", "ansible/roles/dtn/files/authorized_keys.globus", T("""# data-mover service account: only the transfer hosts may log in, no tty, no forwarding
from="10.20.0.0/16",no-pty,no-port-forwarding,no-agent-forwarding «k1»
from="10.20.0.0/16",no-pty,no-port-forwarding,no-agent-forwarding «k2»
# Rsync pulls from the sequencing core's staging server
command="/usr/local/bin/rrsync -ro /project/seqcore/outbox",no-pty «k3»
""", k1=ssh_pub("dtn01@rc.example.edu"), k2=ssh_pub("dtn02@rc.example.edu"), k3=ssh_pub("seqstage@genomics.example.edu")),
    "sshd(8) AUTHORIZED_KEYS FILE FORMAT (man.openbsd.org/sshd)")

dec("markdown", "key-generation-doc", "docs/cluster/munge.md", """# MUNGE key rotation

The MUNGE key is a binary file, never kept in git. To rotate it (maintenance window only):

```bash
sudo -u munge /usr/sbin/mungekey --create --keyfile=/etc/munge/munge.key.new --bits 1024
# or: dd if=/dev/urandom bs=1 count=1024 > /etc/munge/munge.key.new
ansible-vault encrypt --output files/munge.key.vault /etc/munge/munge.key.new
ansible-playbook site.yml --tags munge --limit quartz
```

Check with `munge -n | ssh c001 unmunge` from the head node: `STATUS: Success (0)`.
""", "MUNGE installation guide (github.com/dun/munge/wiki/Installation-Guide)")

dec("python", "checksums", "easybuild/easyconfigs/r/RELION/RELION-5.0.0-foss-2023a-CUDA-12.1.1.eb", T("""easyblock = 'CMakeMake'

name = 'RELION'
version = '5.0.0'
versionsuffix = '-CUDA-%(cudaver)s'

homepage = 'https://relion.readthedocs.io/'
description = \"\"\"RELION (REgularised LIkelihood OptimisatioN) for cryo-EM structure determination.\"\"\"

toolchain = {'name': 'foss', 'version': '2023a'}

source_urls = ['https://github.com/3dem/relion/archive/']
sources = ['%(version)s.tar.gz']
checksums = ['«a»']

dependencies = [
    ('CUDA', '12.1.1', '', SYSTEM),
    ('FFTW', '3.3.10'),
    ('LibTIFF', '4.5.0'),
    ('FLTK', '1.3.8'),
]

configopts = '-DCUDA=ON -DCudaTexture=ON -DGUI=ON -DALTCPU=OFF'

sanity_check_paths = {'files': ['bin/relion_refine_mpi'], 'dirs': []}

moduleclass = 'bio'
""", a=hexs(64)), "EasyBuild easyconfig files, checksums (docs.easybuild.io/writing-easyconfig-files)")

dec("python", "checksums", "spack/repos/exu/packages/cryo-pipeline/package.py", T('''from spack.package import *


class CryoPipeline(PythonPackage):
    """Preprocessing wrappers for the Cryo-EM core."""

    homepage = "https://github.com/exu-rc/cryo-pipeline"
    url = "https://github.com/exu-rc/cryo-pipeline/archive/v1.4.0.tar.gz"
    git = "https://github.com/exu-rc/cryo-pipeline.git"

    maintainers("exu-rc")

    version("main", branch="main")
    version("1.4.0", sha256="«a»")
    version("1.3.2", sha256="«b»")
    version("1.3.1", sha256="«c»")

    depends_on("python@3.10:", type=("build", "run"))
    depends_on("py-setuptools", type="build")
    depends_on("py-mrcfile", type=("build", "run"))
    depends_on("py-starfile", type=("build", "run"))
''', a=hexs(64), b=hexs(64), c=hexs(64)), "Spack packaging guide: version() sha256 (spack.readthedocs.io)")

dec("ini", "placeholder", "xdmod/etc/portal_settings.ini.dist", """[general]
title = "Open XDMoD"
site_address = "https://xdmod.example.edu/"
contact_page_recipient = "xdmod-admin@example.edu"

[database]
type = "mysql"
host = "localhost"
port = "3306"
user = "xdmod"
; set by xdmod-setup; do not commit the generated file
pass = "CHANGEME"
""", "Open XDMoD portal_settings.ini (open.xdmod.org/configuration.html)")

dec("yaml", "secret-reference", "jupyterhub/helm/values-staging.yaml", """proxy:
  secretToken: null   # generated by the chart and kept in the hub Secret
hub:
  existingSecret: jupyterhub-staging-secrets
  config:
    JupyterHub:
      authenticator_class: cilogon
    CILogonOAuthenticator:
      client_id: cilogon:/client_id/staging-hub
      oauth_callback_url: https://jupyter-staging.rc.example.edu/hub/oauth_callback
  extraEnv:
    OAUTH_CLIENT_SECRET:
      valueFrom:
        secretKeyRef:
          name: cilogon-staging
          key: client-secret
""", "Zero to JupyterHub hub.existingSecret, extraEnv (z2jh.jupyter.org reference)")

dec("yaml", "public-identifiers", "cloud/jetstream2/clouds-public.yaml", T("""# application_credential_secret lives in secure.yaml (not in git); clouds.yaml merges both
clouds:
  js2-bio:
    auth:
      auth_url: https://js2.jetstream-cloud.org:5000/v3/
      application_credential_id: "«cid»"
    region_name: "IU"
    interface: "public"
    identity_api_version: 3
    auth_type: "v3applicationcredential"
""", cid=hexs(32)), "openstacksdk configuration: clouds.yaml and secure.yaml (docs.openstack.org/openstacksdk)")

dec("text", "checksums", "envs/cryo-explicit-linux-64.txt", T("""# This file may be used to create an environment using:
# $ conda create --name <env> --file <this file>
# platform: linux-64
@EXPLICIT
https://conda.anaconda.org/conda-forge/linux-64/_libgcc_mutex-0.1-conda_forge.tar.bz2#«a»
https://conda.anaconda.org/conda-forge/linux-64/libstdcxx-ng-13.2.0-hc0a3c3a_7.conda#«b»
https://conda.anaconda.org/conda-forge/linux-64/python-3.11.9-hb806964_0_cpython.conda#«c»
https://conda.anaconda.org/conda-forge/noarch/mrcfile-1.5.0-pyhd8ed1ab_0.conda#«d»
https://conda.anaconda.org/conda-forge/noarch/starfile-0.5.6-pyhd8ed1ab_0.conda#«e»
""", a=hexs(32), b=hexs(32), c=hexs(32), d=hexs(32), e=hexs(32)), "conda list --explicit --md5 spec file (docs.conda.io)")

dec("crontab", "env-file", "ops/cron/project-quota-report.cron", """# /etc/cron.d/project-quota-report
SHELL=/bin/bash
MAILTO=rc-ops@example.edu
# credentials for the report mailer are in /etc/rc-reports/env (root 0600), loaded by the wrapper
0 7 * * 1 root /usr/local/sbin/with-env /etc/rc-reports/env /usr/local/bin/quota-report --fs /project --top 50
0 7 1 * * root /usr/local/sbin/with-env /etc/rc-reports/env /usr/local/bin/allocation-report --cluster quartz
""", "crontab(5) (man7.org/linux/man-pages/man5/crontab.5.html)")

# ---------------------------------------------------------------------------------------------
# Globus
# ---------------------------------------------------------------------------------------------

cid, v = uuid_s(), b64_bytes(32)
sec("python", "globus-client-secret", "dtn/globus_nightly_sync.py", T('''"""Nightly Globus transfer: instrument share -> campus archive (confidential client)."""
import globus_sdk

CLIENT_ID = "«cid»"
CLIENT_SECRET = "«sec»"
SRC_COLLECTION = "«src»"
DST_COLLECTION = "«dst»"

client = globus_sdk.ConfidentialAppAuthClient(CLIENT_ID, CLIENT_SECRET)
authorizer = globus_sdk.ClientCredentialsAuthorizer(client, globus_sdk.TransferClient.scopes.all)
tc = globus_sdk.TransferClient(authorizer=authorizer)

task = globus_sdk.TransferData(tc, SRC_COLLECTION, DST_COLLECTION, label="cryoem nightly",
                               sync_level="checksum", verify_checksum=True)
task.add_item("/krios/outbox/", "/archive/cryoem/krios/", recursive=True)
print(tc.submit_transfer(task)["task_id"])
''', cid=cid, sec=v, src=uuid_s(), dst=uuid_s()), v, "Globus SDK: client credentials authentication (globus-sdk-python.readthedocs.io)")

v = b64_bytes(32)
sec("dotenv", "globus-client-secret", "gcs/deploy/gcs-automation.env", T("""# Globus Connect Server v5 automation (service identity), used by the ansible role
GCS_CLI_CLIENT_ID=«cid»
GCS_CLI_CLIENT_SECRET=«sec»
GCS_CLI_ENDPOINT_ID=«eid»
GCS_STORAGE_GATEWAY_NAME=campus-posix
GCS_DOMAIN=rc.example.edu
""", cid=uuid_s(), sec=v, eid=uuid_s()), v, "Globus Connect Server v5 automation with a client identity (docs.globus.org/globus-connect-server/v5)")

v = "Ag" + alnum(90)
sec("json", "globus-refresh-token", "portal/instance/globus_tokens.json", T("""{
  "transfer.api.globus.org": {
    "scope": "urn:globus:auth:scope:transfer.api.globus.org:all",
    "access_token": null,
    "refresh_token": "«tok»",
    "expires_at_seconds": 1733270400,
    "resource_server": "transfer.api.globus.org",
    "token_type": "Bearer"
  },
  "auth.globus.org": {
    "scope": "openid profile email",
    "refresh_token": null,
    "resource_server": "auth.globus.org"
  }
}
""", tok=v), v, "Globus SDK token storage format (globus-sdk-python.readthedocs.io, tokenstorage)")

v = b64_bytes(32)
sec("python", "globus-oauth-secret", "portal/settings.py", T('''"""Data portal (Django + django-globus-portal-framework)."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False
ALLOWED_HOSTS = ["portal.cryoem.example.edu"]

SOCIAL_AUTH_GLOBUS_KEY = "«cid»"
SOCIAL_AUTH_GLOBUS_SECRET = "«sec»"
SOCIAL_AUTH_GLOBUS_SCOPE = [
    "urn:globus:auth:scope:search.api.globus.org:search",
    "urn:globus:auth:scope:transfer.api.globus.org:all",
]

SEARCH_INDEXES = {"cryoem": {"name": "Cryo-EM core datasets", "uuid": "«idx»"}}
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}}
''', cid=uuid_s(), sec=v, idx=uuid_s()), v, "django-globus-portal-framework settings (django-globus-portal-framework.readthedocs.io)")

v = b64_bytes(32)
sec("yaml", "globus-compute-secret", "globus-compute/endpoints/quartz-gpu/config.yaml", T("""display_name: quartz-gpu (Example University)
engine:
  type: GlobusComputeEngine
  max_workers_per_node: 4
  provider:
    type: SlurmProvider
    partition: gpu
    account: rc_compute
    nodes_per_block: 1
    max_blocks: 4
    walltime: "02:00:00"
    worker_init: "module load miniforge/24.3 && conda activate gc"
# service identity (multi-user endpoint run by rc-ops)
environment:
  GLOBUS_COMPUTE_CLIENT_ID: «cid»
  GLOBUS_COMPUTE_CLIENT_SECRET: «sec»
""", cid=uuid_s(), sec=v), v, "Globus Compute endpoint configuration; client credentials env (globus-compute.readthedocs.io)")

dec("python", "public-client-id", "tools/globus_transfer_cli.py", T('''"""Interactive transfer helper for cluster users (native app: no client secret exists)."""
import globus_sdk

NATIVE_CLIENT_ID = "«cid»"  # registered as a thick client; public by design
QUARTZ_COLLECTION = "«c1»"
ARCHIVE_COLLECTION = "«c2»"

client = globus_sdk.NativeAppAuthClient(NATIVE_CLIENT_ID)
client.oauth2_start_flow(requested_scopes=globus_sdk.TransferClient.scopes.all, refresh_tokens=True)
print("Login at:", client.oauth2_get_authorize_url())
code = input("Paste the code: ").strip()
tokens = client.oauth2_exchange_code_for_tokens(code).by_resource_server["transfer.api.globus.org"]
tc = globus_sdk.TransferClient(authorizer=globus_sdk.AccessTokenAuthorizer(tokens["access_token"]))
for ep in tc.endpoint_search(filter_scope="my-endpoints"):
    print(ep["id"], ep["display_name"])
''', cid=uuid_s(), c1=uuid_s(), c2=uuid_s()), "Globus SDK native app login flow (globus-sdk-python.readthedocs.io)")

dec("json", "public-identifiers", "gcs/deploy/collections.json", T("""{
  "endpoint_id": "«e»",
  "display_name": "Example University Research Storage",
  "storage_gateways": [
    {"id": "«g1»", "display_name": "campus-posix", "connector": "POSIX", "allowed_domains": ["example.edu"]},
    {"id": "«g2»", "display_name": "ceph-s3", "connector": "S3", "s3_endpoint": "https://s3.rc.example.edu"}
  ],
  "collections": [
    {"id": "«c1»", "display_name": "Project storage", "base_path": "/project"},
    {"id": "«c2»", "display_name": "Cryo-EM archive (guest)", "base_path": "/archive/cryoem"}
  ]
}
""", e=uuid_s(), g1=uuid_s(), g2=uuid_s(), c1=uuid_s(), c2=uuid_s()), "Globus Connect Server v5 data model: endpoints, gateways, collections (docs.globus.org)")

dec("python", "env-reference", "dtn/globus_weekly_archive.py", '''import os

import globus_sdk

client = globus_sdk.ConfidentialAppAuthClient(
    os.environ["GLOBUS_CLIENT_ID"],
    os.environ["GLOBUS_CLIENT_SECRET"],
)
authorizer = globus_sdk.ClientCredentialsAuthorizer(client, globus_sdk.TransferClient.scopes.all)
tc = globus_sdk.TransferClient(authorizer=authorizer)
print(tc.get_endpoint(os.environ["ARCHIVE_COLLECTION"])["display_name"])
''', "Globus SDK: client credentials authentication (globus-sdk-python.readthedocs.io)")

# ---------------------------------------------------------------------------------------------
# Research data storage: iRODS, MinIO, Ceph RGW, Wasabi, Backblaze B2, Azure, rclone, s3cmd
# ---------------------------------------------------------------------------------------------

v = theme_pw()
sec("python", "irods-password", "ingest/irods_ingest.py", T('''"""Register microscope output in the iRODS zone and tag it with AVUs."""
import os
import sys

from irods.session import iRODSSession

IRODS = dict(host="irods-icat.rc.example.edu", port=1247, user="svc_ingest",
             password="«pw»", zone="exuZone")


def ingest(local_dir: str, coll: str) -> None:
    with iRODSSession(**IRODS) as session:
        session.collections.create(coll)
        for name in sorted(os.listdir(local_dir)):
            path = os.path.join(local_dir, name)
            obj_path = f"{coll}/{name}"
            session.data_objects.put(path, obj_path)
            obj = session.data_objects.get(obj_path)
            obj.metadata.add("instrument", "Zeiss LSM 980")
            obj.metadata.add("facility", "Imaging Core")


if __name__ == "__main__":
    ingest(sys.argv[1], sys.argv[2])
''', pw=v), v, "python-irodsclient README: iRODSSession (github.com/irods/python-irodsclient)")

v = rand_pw(20)
sec("ansible", "irods-db-password", "ansible/roles/irods_provider/defaults/main.yml", T("""---
irods_version: "4.3.2"
irods_zone_name: exuZone
irods_provider_fqdn: irods-icat.rc.example.edu
irods_service_account: irods
irods_db_host: pg-irods.rc.example.edu
irods_db_name: ICAT
irods_db_user: irods
irods_db_password: "«pw»"
irods_default_resource: cephResc
irods_port: 1247
irods_control_plane_port: 1248
irods_data_port_range: [20000, 20199]
""", pw=v), v, "iRODS installation: unattended config and database settings (docs.irods.org)")

v = words_pw()
sec("docker-compose", "irods-password", "irods-client-test/docker-compose.yml", T("""services:
  icommands:
    image: exu-rc/icommands:4.3.2
    environment:
      IRODS_HOST: irods-icat.rc.example.edu
      IRODS_PORT: "1247"
      IRODS_USER_NAME: svc_imaging
      IRODS_ZONE_NAME: exuZone
      IRODS_PASSWORD: "«pw»"
    volumes:
      - /data/imaging/outbox:/outbox:ro
    command: ["bash", "-c", "echo $$IRODS_PASSWORD | iinit && iput -r -K /outbox /exuZone/home/svc_imaging/inbox"]
""", pw=v), v, "Docker Compose environment (docs.docker.com/compose); iRODS iinit/iput icommands")

v = rand_pw(32)
sec("docker-compose", "minio-root-password", "storage/minio/docker-compose.yml", T("""services:
  minio:
    image: quay.io/minio/minio:RELEASE.2024-05-10T01-41-38Z
    command: server --console-address ":9001" /data{1...4}
    hostname: minio-lab01
    environment:
      MINIO_ROOT_USER: labadmin
      MINIO_ROOT_PASSWORD: «pw»
      MINIO_BROWSER_REDIRECT_URL: https://minio-console.lab.example.edu
      MINIO_SERVER_URL: https://minio.lab.example.edu
    ports:
      - "9000:9000"
      - "9001:9001"
    volumes:
      - /srv/minio/data1:/data1
      - /srv/minio/data2:/data2
      - /srv/minio/data3:/data3
      - /srv/minio/data4:/data4
    restart: unless-stopped
""", pw=v), v, "MinIO container deployment, MINIO_ROOT_PASSWORD (min.io/docs/minio/container)")

v = rand_pw(40)
sec("shell", "minio-secret-key", "storage/minio/bootstrap_buckets.sh", T("""#!/bin/sh
# One-time setup of lab buckets and the instrument upload policy
set -e
mc alias set labminio https://minio.lab.example.edu labadmin «pw»
for b in raw-microscopy processed archive; do
  mc mb --ignore-existing labminio/$b
done
mc ilm rule add labminio/raw-microscopy --transition-days 90 --transition-tier GLACIER-TIER
mc admin policy create labminio instrument-upload policies/instrument-upload.json
mc admin user add labminio zeiss-lsm980 "$(openssl rand -base64 24)"
""", pw=v), v, "MinIO client mc alias set (min.io/docs/minio/linux/reference/minio-mc/mc-alias-set.html)")

v = rand_pw(40)
sec("ini", "s3cmd-secret-key", "storage/ceph/s3cfg-lab", T("""[default]
access_key = «kid»
secret_key = «sec»
host_base = s3.rc.example.edu
host_bucket = s3.rc.example.edu/%(bucket)
use_https = True
signature_v2 = False
multipart_chunk_size_mb = 64
check_ssl_certificate = True
""", kid=ceph_access_key(), sec=v), v, "s3cmd configuration file (s3tools.org/kb/item14.htm); Ceph RGW S3 API")

v = s3_secret()
sec("ini", "rclone-secret-key", "storage/rclone/rclone.conf", T("""[wasabi-archive]
type = s3
provider = Wasabi
access_key_id = «kid»
secret_access_key = «sec»
region = us-east-2
endpoint = s3.us-east-2.wasabisys.com
acl = private

[campus-ceph]
type = s3
provider = Ceph
env_auth = true
endpoint = https://s3.rc.example.edu
""", kid=ceph_access_key(), sec=v), v, "rclone S3 backend configuration (rclone.org/s3)")

v = s3_secret()
sec("ini", "aws-credentials", "storage/aws/credentials.ceph", T("""[default]
region = us-east-1

[ceph-genomics]
aws_access_key_id = «kid»
aws_secret_access_key = «sec»
endpoint_url = https://s3.rc.example.edu

[osn-pod]
endpoint_url = https://uri.osn.mghpcc.org
""", kid=ceph_access_key(), sec=v), v, "AWS CLI shared credentials file (docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html)")

v = "K00" + alnum(28)
sec("shell", "b2-application-key", "storage/b2/offsite_copy.sh", T("""#!/usr/bin/env bash
# Offsite copy of the repository's preservation packages to Backblaze B2
set -euo pipefail
b2 account authorize «kid» «key»
b2 sync --threads 8 --keep-days 3650 \\
   /preservation/aip/ b2://exu-lib-preservation/aip/
b2 ls --recursive b2://exu-lib-preservation/aip/ | wc -l
""", kid="00" + hexs(23), key=v), v, "Backblaze B2 command-line tool: account authorize (b2-command-line-tool.readthedocs.io)")

v = azure_storage_key()
sec("dotenv", "azure-storage-key", "instrument-uploader/.env", T("""# Confocal uploader -> Azure Blob (research tenant)
AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=exuimagingcore;AccountKey=«key»;EndpointSuffix=core.windows.net
CONTAINER=raw-confocal
WATCH_DIR=D:\\Export
UPLOAD_WORKERS=4
""", key=v), v, "Azure Storage connection strings (learn.microsoft.com/azure/storage/common/storage-configure-connection-string)")

v = s3_secret()
sec("python", "s3-secret-key", "pipelines/ceph_boto3_sync.py", T('''import boto3
from boto3.s3.transfer import TransferConfig

s3 = boto3.client(
    "s3",
    endpoint_url="https://s3.rc.example.edu",
    aws_access_key_id="«kid»",
    aws_secret_access_key="«sec»",
)
cfg = TransferConfig(multipart_threshold=64 * 1024**2, max_concurrency=16)

for key in ["krios/2024-06-11/grid3.tar", "krios/2024-06-11/grid4.tar"]:
    s3.upload_file(f"/scratch/cryoem/{key}", "cryoem-archive", key, Config=cfg)
    print("uploaded", key)
''', kid=ceph_access_key(), sec=v), v, "boto3 S3 client with endpoint_url (boto3.amazonaws.com/v1/documentation)")

v = rand_pw(40)
sec("k8s-secret", "s3-secret-key", "deploy/k8s/data-portal/s3-credentials.yaml", T("""apiVersion: v1
kind: Secret
metadata:
  name: portal-s3
  namespace: data-portal
type: Opaque
data:
  AWS_ACCESS_KEY_ID: «kid»
  AWS_SECRET_ACCESS_KEY: «sec»
  S3_ENDPOINT: «ep»
""", kid=b64(ceph_access_key()), sec=b64(v), ep=b64("https://s3.rc.example.edu")), v,
    "Kubernetes Secret data: base64 values (kubernetes.io/docs/concepts/configuration/secret)")

v = rand_pw(32)
sec("terraform", "minio-provider-password", "infra/terraform/minio/main.tf", T("""terraform {
  required_providers {
    minio = {
      source  = "aminueza/minio"
      version = ">= 2.0.0"
    }
  }
}

provider "minio" {
  minio_server   = "minio.lab.example.edu:9000"
  minio_user     = "labadmin"
  minio_password = "«pw»"
  minio_ssl      = true
}

resource "minio_s3_bucket" "raw_microscopy" {
  bucket = "raw-microscopy"
  acl    = "private"
}

resource "minio_ilm_policy" "raw_expiry" {
  bucket = minio_s3_bucket.raw_microscopy.bucket
  rule {
    id         = "expire-raw"
    expiration = "365d"
  }
}
""", pw=v), v, "Terraform MinIO provider (registry.terraform.io/providers/aminueza/minio)")

dec("json", "template-placeholder", "irods/server_config.template.json", """{
    "schema_name": "server_config",
    "schema_version": "v4",
    "zone_name": "tempZone",
    "zone_key": "TEMPORARY_zone_key",
    "negotiation_key": "TEMPORARY_32byte_negotiation_key",
    "server_control_plane_key": "TEMPORARY__32byte_ctrl_plane_key",
    "server_control_plane_port": 1248,
    "server_control_plane_timeout_milliseconds": 10000,
    "zone_port": 1247,
    "zone_user": "rods",
    "default_resource_name": "demoResc",
    "default_dir_mode": "0750",
    "default_file_mode": "0600"
}
""", "iRODS server_config.json template (github.com/irods/irods packaging)")

dec("json", "no-password", "irods/irods_environment.json", """{
    "irods_host": "irods-icat.rc.example.edu",
    "irods_port": 1247,
    "irods_zone_name": "exuZone",
    "irods_user_name": "jdoe",
    "irods_authentication_scheme": "pam_password",
    "irods_client_server_negotiation": "request_server_negotiation",
    "irods_client_server_policy": "CS_NEG_REQUIRE",
    "irods_encryption_algorithm": "AES-256-CBC",
    "irods_encryption_key_size": 32,
    "irods_encryption_num_hash_rounds": 16,
    "irods_encryption_salt_size": 8,
    "irods_ssl_verify_server": "hostname",
    "irods_default_resource": "cephResc"
}
""", "iRODS client configuration irods_environment.json (docs.irods.org)")

dec("shell", "documented-example", "docs/examples/s3_public_datasets.sh", """#!/bin/bash
# Public datasets need no credentials at all:
aws s3 ls --no-sign-request s3://noaa-goes16/ABI-L2-CMIPF/2024/001/
aws s3 cp --no-sign-request s3://1000genomes/README.analysis_history .

# The AWS docs' example keys, used in our training slides (they are not real):
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
aws configure list
""", "AWS CLI docs example credentials and --no-sign-request (docs.aws.amazon.com/cli)")

dec("markdown", "presigned-url", "docs/sharing-data.md", T("""# Sharing a file from the campus object store

Generate a time-limited link (max 7 days) instead of sharing keys:

```bash
aws --profile ceph-genomics s3 presign s3://genomics-share/run42/report.html --expires-in 86400
```

Example output (expired, kept for the screenshot in the training deck):

    https://s3.rc.example.edu/genomics-share/run42/report.html?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«kid»%2F20240611%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240611T141502Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=«sig»

Anyone with the link can read that one object until it expires.
""", kid=ceph_access_key(), sig=hexs(64)), "AWS S3 presigned URLs, SigV4 query parameters (docs.aws.amazon.com/AmazonS3/latest/userguide/using-presigned-url.html)")

dec("ini", "env-auth", "storage/rclone/rclone.example.conf", """# Template: rclone reads keys from the environment (RCLONE_CONFIG_* or AWS_*), nothing here is secret
[campus-ceph]
type = s3
provider = Ceph
env_auth = true
endpoint = https://s3.rc.example.edu

[wasabi-archive]
type = s3
provider = Wasabi
access_key_id =
secret_access_key =
endpoint = s3.us-east-2.wasabisys.com
""", "rclone S3 backend configuration, env_auth (rclone.org/s3)")

dec("docker-compose", "docker-secret-file", "storage/minio/docker-compose.prod.yml", """services:
  minio:
    image: quay.io/minio/minio:RELEASE.2024-05-10T01-41-38Z
    command: server --console-address ":9001" /data
    environment:
      MINIO_ROOT_USER_FILE: /run/secrets/minio_root_user
      MINIO_ROOT_PASSWORD_FILE: /run/secrets/minio_root_password
    secrets:
      - minio_root_user
      - minio_root_password
secrets:
  minio_root_user:
    external: true
  minio_root_password:
    external: true
""", "Docker Compose secrets (docs.docker.com/compose/use-secrets); MinIO _FILE variables")

dec("csv", "checksums", "storage/inventory/cryoem-archive-2024-06.csv", T("""bucket,key,size,last_modified,etag,storage_class
cryoem-archive,krios/2024-06-11/grid3.tar,21474836480,2024-06-11T18:20:11Z,"«a»-2560",STANDARD
cryoem-archive,krios/2024-06-11/grid4.tar,19327352832,2024-06-11T19:02:40Z,"«b»-2304",STANDARD
cryoem-archive,krios/2024-06-11/session.json,48211,2024-06-11T19:03:02Z,"«c»",STANDARD
cryoem-archive,krios/2024-06-12/grid1.tar,22548578304,2024-06-12T09:41:55Z,"«d»-2688",STANDARD
""", a=hexs(32), b=hexs(32), c=hexs(32), d=hexs(32)), "Amazon S3 Inventory CSV fields, ETag (docs.aws.amazon.com/AmazonS3/latest/userguide/storage-inventory.html)")

dec("k8s", "external-secret", "deploy/k8s/data-portal/externalsecret.yaml", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: portal-s3
  namespace: data-portal
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: rc-vault
    kind: ClusterSecretStore
  target:
    name: portal-s3
  data:
    - secretKey: AWS_ACCESS_KEY_ID
      remoteRef:
        key: kv/data-portal/s3
        property: access_key
    - secretKey: AWS_SECRET_ACCESS_KEY
      remoteRef:
        key: kv/data-portal/s3
        property: secret_key
""", "External Secrets Operator ExternalSecret (external-secrets.io/latest/api/externalsecret)")

dec("text", "restic-ids", "ops/restic/snapshots-2024-06.txt", T("""ID        Time                 Host         Tags        Paths
-------------------------------------------------------------------------------
«a»  2024-06-01 01:30:04  dtn01        nightly     /project
«b»  2024-06-02 01:30:05  dtn01        nightly     /project
«c»  2024-06-03 01:30:03  dtn01        nightly     /project
«d»  2024-06-04 01:30:06  dtn01        nightly     /project
-------------------------------------------------------------------------------
4 snapshots
""", a=hexs(8), b=hexs(8), c=hexs(8), d=hexs(8)), "restic snapshots output (restic.readthedocs.io/en/stable/045_working_with_repos.html)")

# ---------------------------------------------------------------------------------------------
# REDCap and survey tools
# ---------------------------------------------------------------------------------------------

v = theme_pw()
sec("php", "redcap-db-password", "redcap/database.php", T("""<?php
/**
 * REDCap database connection (redcap.ctsi.example.edu). Read by every REDCap page.
 */
global $log_all_errors;
$log_all_errors = FALSE;

//********************************************************************************************************************
// MYSQL DATABASE CONNECTION:
$hostname   = 'mysql-redcap.ctsi.example.edu';
$db         = 'redcap';
$username   = 'redcap_app';
$password   = '«pw»';

// For greater security, you may instead want to place the database connection values in a separate file.
$db_ssl_ca      = '/etc/pki/tls/certs/mysql-ca.pem';
$db_ssl_verify_server_cert = true;
""", pw=v), v, "REDCap database.php template (REDCap installation instructions, projectredcap.org)")

v = upper_hex(32)
sec("r", "redcap-api-token", "analysis/R/01_pull_redcap.R", T("""# Pull the baseline and 6-month arms from REDCap (project 4182, Cardiac Rehab RCT)
library(REDCapR)
library(dplyr)

uri   <- "https://redcap.ctsi.example.edu/api/"
token <- "«tok»"

ds <- redcap_read(redcap_uri = uri, token = token,
                  events = c("baseline_arm_1", "6_month_arm_1"),
                  raw_or_label = "raw")$data

ds <- ds |>
  filter(!is.na(randomization_group)) |>
  mutate(bmi = weight_kg / (height_cm / 100)^2)

saveRDS(ds, "data/derived/baseline_6m.rds")
""", tok=v), v, "REDCapR redcap_read (ouhscbbmc.github.io/REDCapR)")

v = upper_hex(32)
sec("python", "redcap-api-token", "etl/redcap_to_warehouse.py", T('''"""Nightly REDCap -> research data warehouse export (PyCap)."""
from redcap import Project
import pandas as pd
from sqlalchemy import create_engine

API_URL = "https://redcap.ctsi.example.edu/api/"
API_KEY = "«tok»"

project = Project(API_URL, API_KEY)
df = project.export_records(format_type="df", export_checkbox_labels=True)
meta = project.export_metadata(format_type="df")

engine = create_engine("postgresql+psycopg2://etl@rdw.ctsi.example.edu/rdw")
df.to_sql("cardiac_rehab_records", engine, schema="redcap", if_exists="replace")
meta.to_sql("cardiac_rehab_dictionary", engine, schema="redcap", if_exists="replace")
print(len(df), "records")
''', tok=v), v, "PyCap Project API (redcap-tools.github.io/PyCap)")

v = upper_hex(32)
sec("yaml", "redcap-api-token", "analysis/config.yml", T("""default:
  redcap_uri: "https://redcap.ctsi.example.edu/api/"
  redcap_project_id: 5120
  redcap_token: "«tok»"
  data_dir: "data/raw"
  derived_dir: "data/derived"

production:
  data_dir: "/secure/studies/sleep-cohort/raw"
  derived_dir: "/secure/studies/sleep-cohort/derived"
""", tok=v), v, "R config package config.yml (rstudio.github.io/config)")

v = upper_hex(32)
sec("sas", "redcap-api-token", "sas/import_redcap.sas", T("""/* Import REDCap records via the API into SAS (PROC HTTP) -- Biostat Core */
%let token = «tok»;
%let url   = https://redcap.ctsi.example.edu/api/;

filename req temp;
filename resp "/secure/biostat/peds_asthma/raw/records.csv";

data _null_;
  file req;
  put "token=&token.%str(&)content=record%str(&)format=csv%str(&)type=flat%str(&)rawOrLabel=raw";
run;

proc http in=req out=resp url="&url." method="POST"
          ct="application/x-www-form-urlencoded";
run;

proc import datafile=resp out=work.records dbms=csv replace;
  guessingrows=max;
run;
""", tok=v), v, "REDCap API with SAS PROC HTTP (REDCap API examples, SAS PROC HTTP docs)")

v = upper_hex(32)
sec("stata", "redcap-api-token", "stata/01_import_redcap.do", T("""* Pull REDCap export for the maternal health cohort and save a Stata dataset
clear all
set more off

local token "«tok»"
local url   "https://redcap.ctsi.example.edu/api/"

shell curl -s -X POST "`url'" ///
    -d token=`token' -d content=record -d format=csv -d type=flat ///
    -d rawOrLabel=raw -o "raw/records.csv"

import delimited using "raw/records.csv", varnames(1) clear
label data "REDCap export `c(current_date)'"
save "derived/records.dta", replace
""", tok=v), v, "REDCap API curl examples; Stata shell and import delimited (stata.com/manuals)")

v = upper_hex(32)
sec("matlab", "redcap-api-token", "matlab/pull_redcap_events.m", T("""% Pull the EEG session log from REDCap for the pipeline (MATLAB R2023b)
apiUrl = 'https://redcap.ctsi.example.edu/api/';
apiToken = '«tok»';

opts = weboptions('MediaType', 'application/x-www-form-urlencoded', 'Timeout', 60);
resp = webwrite(apiUrl, 'token', apiToken, 'content', 'record', 'format', 'json', ...
                'type', 'flat', 'forms[0]', 'eeg_session_log', opts);

sessions = struct2table(resp);
sessions = sessions(~cellfun(@isempty, sessions.eeg_file), :);
writetable(sessions, fullfile('derived', 'eeg_sessions.csv'));
fprintf('%d sessions\\n', height(sessions));
""", tok=v), v, "MATLAB webwrite (mathworks.com/help/matlab/ref/webwrite.html); REDCap API")

v = upper_hex(32)
sec("notebook", "redcap-api-token", "notebooks/redcap_qc.ipynb", T("""{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests, pandas as pd, io\\n",
    "data = {'token': '«tok»', 'content': 'record', 'format': 'csv', 'type': 'flat'}\\n",
    "r = requests.post('https://redcap.ctsi.example.edu/api/', data=data)\\n",
    "df = pd.read_csv(io.StringIO(r.text))\\n",
    "df.shape"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df.isna().mean().sort_values(ascending=False).head(20)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", tok=v), v, "Jupyter nbformat v4; REDCap API export records (redcap API playground)")

v = rand_pw(24)
sec("docker-compose", "mysql-root-password", "redcap-dev/docker-compose.yml", T("""services:
  db:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD: «pw»
      MYSQL_DATABASE: redcap
      MYSQL_USER: redcap
      MYSQL_PASSWORD: ${REDCAP_DB_PASSWORD}
    volumes:
      - dbdata:/var/lib/mysql
  web:
    build: ./web
    ports: ["8080:80"]
    depends_on: [db]
    volumes:
      - ./redcap:/var/www/html/redcap
volumes:
  dbdata:
""", pw=v), v, "MySQL Docker image environment variables (hub.docker.com/_/mysql)")

v = alnum(40)
sec("python", "qualtrics-api-token", "surveys/qualtrics_export.py", T('''"""Export responses for the campus climate survey (Qualtrics v3 API)."""
import io
import time
import zipfile

import requests

DATACENTER = "ca1"
API_TOKEN = "«tok»"
SURVEY_ID = "SV_«sid»"
BASE = f"https://{DATACENTER}.qualtrics.com/API/v3/surveys/{SURVEY_ID}/export-responses"
HEADERS = {"X-API-TOKEN": API_TOKEN, "Content-Type": "application/json"}

progress_id = requests.post(BASE, json={"format": "csv"}, headers=HEADERS).json()["result"]["progressId"]
while True:
    status = requests.get(f"{BASE}/{progress_id}", headers=HEADERS).json()["result"]
    if status["status"] == "complete":
        break
    time.sleep(2)
file_id = status["fileId"]
zipped = requests.get(f"{BASE}/{file_id}/file", headers=HEADERS)
zipfile.ZipFile(io.BytesIO(zipped.content)).extractall("responses")
''', tok=v, sid=alnum(15)), v, "Qualtrics API: getting survey responses via the export APIs (api.qualtrics.com)")

v = alnum(40)
sec("r", "qualtrics-api-token", "analysis/R/00_setup_qualtrics.R", T("""library(qualtRics)

qualtrics_api_credentials(
  api_key = "«tok»",
  base_url = "example.ca1.qualtrics.com",
  install = FALSE
)

surveys <- all_surveys()
wellbeing <- fetch_survey(surveyID = "SV_«sid»", verbose = TRUE,
                          label = FALSE, convert = FALSE)
saveRDS(wellbeing, "data/raw/wellbeing_2024.rds")
""", tok=v, sid=alnum(15)), v, "qualtRics package: qualtrics_api_credentials (docs.ropensci.org/qualtRics)")

r = _rng()
v = "".join(r.choice(ALNUM + "-.") for _ in range(64))
sec("javascript", "surveymonkey-token", "tools/survey-sync/index.js", T("""// Sync SurveyMonkey responses for the alumni research survey into the CRM staging table
const axios = require("axios");
const { Pool } = require("pg");

const SM_TOKEN = "«tok»";
const SURVEY_ID = "«sid»";
const pool = new Pool({ connectionString: process.env.STAGING_DATABASE_URL });

async function main() {
  const { data } = await axios.get(
    `https://api.surveymonkey.com/v3/surveys/${SURVEY_ID}/responses/bulk?per_page=100`,
    { headers: { Authorization: `Bearer ${SM_TOKEN}` } }
  );
  for (const resp of data.data) {
    await pool.query("INSERT INTO sm_responses(id, payload) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                     [resp.id, resp]);
  }
  console.log(`synced ${data.data.length}`);
  await pool.end();
}

main().catch((e) => { console.error(e); process.exit(1); });
""", tok=v, sid=str(r.randint(10**8, 10**9))), v, "SurveyMonkey API v3: bulk responses, Bearer access token (developer.surveymonkey.com)")

v = words_pw()
sec("php", "limesurvey-db-password", "limesurvey/application/config/config.php", T("""<?php if (!defined('BASEPATH')) exit('No direct script access allowed');
/* LimeSurvey 6 -- surveys.psych.example.edu */
return array(
    'components' => array(
        'db' => array(
            'connectionString' => 'mysql:host=mysql-surveys.psych.example.edu;port=3306;dbname=limesurvey;',
            'emulatePrepare' => true,
            'username' => 'limesurvey',
            'password' => '«pw»',
            'charset' => 'utf8mb4',
            'tablePrefix' => 'lime_',
        ),
        'urlManager' => array(
            'urlFormat' => 'path',
            'rules' => array(),
            'showScriptName' => false,
        ),
    ),
    'config' => array(
        'debug' => 0,
        'debugsql' => 0,
    ),
);
""", pw=v), v, "LimeSurvey application/config/config.php (manual.limesurvey.org/Installation)")

v = theme_pw()
sec("python", "limesurvey-admin-password", "surveys/limesurvey_export.py", T('''"""Export completed responses from LimeSurvey RemoteControl 2 (JSON-RPC)."""
import base64

import requests

URL = "https://surveys.psych.example.edu/index.php/admin/remotecontrol"
USER = "export_bot"
PASSWORD = "«pw»"
SURVEY_ID = 482915


def rpc(method, *params):
    r = requests.post(URL, json={"method": method, "params": list(params), "id": 1}, timeout=60)
    r.raise_for_status()
    return r.json()["result"]


key = rpc("get_session_key", USER, PASSWORD)
try:
    data = rpc("export_responses", key, SURVEY_ID, "csv", "en", "complete")
    with open("responses.csv", "wb") as fh:
        fh.write(base64.b64decode(data))
finally:
    rpc("release_session_key", key)
''', pw=v), v, "LimeSurvey RemoteControl 2 API (manual.limesurvey.org/RemoteControl_2_API)")

dec("r", "env-reference", "analysis/R/01_pull_redcap_secure.R", """# Token from the OS keyring (keyring::key_set("redcap", "sleep-cohort")) or REDCAP_API_TOKEN
library(REDCapR)

token <- Sys.getenv("REDCAP_API_TOKEN", unset = keyring::key_get("redcap", "sleep-cohort"))
uri   <- "https://redcap.ctsi.example.edu/api/"

ds <- redcap_read(redcap_uri = uri, token = token)$data
stopifnot(nrow(ds) > 0)
saveRDS(ds, "data/derived/sleep_cohort.rds")
""", "REDCapR security vignette: keep the token out of code (ouhscbbmc.github.io/REDCapR)")

dec("python", "fake-fixture", "tests/test_redcap_export.py", '''"""Tests for the REDCap ETL; the API is mocked with responses, no real token is used."""
import responses

from etl.redcap_to_warehouse import fetch_records

FAKE_TOKEN = "0123456789ABCDEF0123456789ABCDEF"  # fixture, not a real REDCap token
API_URL = "https://redcap.test.invalid/api/"


@responses.activate
def test_fetch_records_posts_token():
    responses.add(responses.POST, API_URL, body="record_id,age\\n1,34\\n", status=200)
    df = fetch_records(API_URL, FAKE_TOKEN)
    assert list(df.columns) == ["record_id", "age"]
    assert "token=0123456789ABCDEF0123456789ABCDEF" in responses.calls[0].request.body
''', "responses library (github.com/getsentry/responses); pytest fixtures")

dec("csv", "hashed-identifiers", "data/derived/linkage_keys.csv", T("""record_id,mrn_sha256,dob_year,site
1001,«a»,1961,north
1002,«b»,1974,north
1003,«c»,1958,south
1004,«d»,1990,south
1005,«e»,1983,east
""", a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64), e=hexs(64)), "Privacy-preserving record linkage with salted SHA-256 identifiers (REDCap data export practice)")

dec("markdown", "placeholder", "docs/redcap-api.md", """# Using the REDCap API

Request an API token per project (User Rights > API), then keep it out of git:

```bash
export REDCAP_API_TOKEN=YOUR_TOKEN_HERE
curl -X POST https://redcap.ctsi.example.edu/api/ \\
     -d token=$REDCAP_API_TOKEN -d content=record -d format=csv
```

A token is 32 hexadecimal characters, e.g. `XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`. If one leaks, ask the
REDCap admins to regenerate it; the old token stops working at once.
""", "REDCap API documentation (redcap API help page)")

dec("php", "env-reference", "limesurvey-docker/config.php", """<?php if (!defined('BASEPATH')) exit('No direct script access allowed');
return array(
    'components' => array(
        'db' => array(
            'connectionString' => 'mysql:host=' . getenv('DB_HOST') . ';port=3306;dbname=limesurvey;',
            'username' => getenv('DB_USERNAME'),
            'password' => getenv('DB_PASSWORD'),
            'charset' => 'utf8mb4',
            'tablePrefix' => 'lime_',
        ),
    ),
);
""", "LimeSurvey config.php (manual.limesurvey.org/Installation)")

dec("json", "public-identifiers", "surveys/qualtrics_surveys.json", T("""{
  "brandId": "example",
  "datacenter": "ca1",
  "surveys": [
    {"id": "SV_«a»", "name": "Campus climate 2024", "ownerId": "UR_«u1»", "isActive": true},
    {"id": "SV_«b»", "name": "Graduate exit survey", "ownerId": "UR_«u2»", "isActive": true},
    {"id": "SV_«c»", "name": "Lab safety training quiz", "ownerId": "UR_«u1»", "isActive": false}
  ],
  "mailingListId": "CG_«m»"
}
""", a=alnum(15), b=alnum(15), c=alnum(15), u1=alnum(15), u2=alnum(15), m=alnum(15)),
    "Qualtrics API identifiers: SV_, UR_, CG_ prefixes (api.qualtrics.com/instructions/docs/Instructions/identifiers.md)")

dec("php", "placeholder", "redcap/database.php.example", """<?php
//********************************************************************************************************************
// MYSQL DATABASE CONNECTION:
// Replace the values inside the single quotes below with the values for your MySQL configuration.
$hostname   = 'your_mysql_host_name';
$db         = 'your_mysql_db_name';
$username   = 'your_mysql_db_username';
$password   = 'your_mysql_db_password';

// You may optionally utilize a database connection over SSL/TLS for improved security.
$db_ssl_key     = '';
$db_ssl_cert    = '';
$db_ssl_ca      = '';
""", "REDCap database.php template (REDCap installation package)")

# ---------------------------------------------------------------------------------------------
# Lab instrument data pipelines and core facilities
# ---------------------------------------------------------------------------------------------

v = theme_pw()
sec("powershell", "smb-share-password", "instruments/orbitrap-pc/Sync-RawFiles.ps1", T("""# Runs on the Orbitrap Exploris acquisition PC (scheduled task, every 15 min)
# Copies finished .raw files to the proteomics core share, then to the cluster landing zone.
$ErrorActionPreference = 'Stop'
$share = '\\\\files.ad.example.edu\\proteomics-core\\raw'
$user  = 'AD\\svc-orbitrap'
$pass  = ConvertTo-SecureString '«pw»' -AsPlainText -Force
$cred  = New-Object System.Management.Automation.PSCredential($user, $pass)

New-PSDrive -Name P -PSProvider FileSystem -Root $share -Credential $cred | Out-Null
Get-ChildItem 'D:\\Xcalibur\\data\\*.raw' |
  Where-Object { $_.LastWriteTime -lt (Get-Date).AddMinutes(-30) } |
  ForEach-Object {
    Copy-Item $_.FullName -Destination 'P:\\' -ErrorAction Continue
    Write-Output "$(Get-Date -Format s) copied $($_.Name)"
  }
Remove-PSDrive P
""", pw=v), v, "PowerShell New-PSDrive -Credential, ConvertTo-SecureString (learn.microsoft.com/powershell)")

v = words_pw()
sec("batch", "smb-share-password", "instruments/flow-cytometer/copy_fcs.bat", T("""@echo off
REM BD FACSymphony export PC -> Flow Core share (Task Scheduler, nightly 23:00)
set SRC=D:\\BD\\FACSDiva\\Export
set DST=\\\\files.ad.example.edu\\flowcore\\incoming
net use %DST% «pw» /user:AD\\svc-facsymphony /persistent:no
robocopy "%SRC%" "%DST%" *.fcs /S /MOV /R:2 /W:10 /LOG+:C:\\Logs\\fcs_copy.log
net use %DST% /delete
""", pw=v), v, "net use command (learn.microsoft.com/windows-server/administration/windows-commands/net-use); robocopy")

v = b64_bytes(64).replace("+", "-").replace("/", "_")
sec("toml", "influxdb-token", "monitoring/telegraf/telegraf.conf", T("""# Telegraf on the lab gateway: freezer and incubator probes -> InfluxDB 2 (monitoring.core.example.edu)
[agent]
  interval = "60s"
  hostname = "labgw-bsb3"

[[outputs.influxdb_v2]]
  urls = ["https://influx.core.example.edu:8086"]
  token = "«tok»"
  organization = "core-facilities"
  bucket = "environment"

[[inputs.mqtt_consumer]]
  servers = ["tcp://127.0.0.1:1883"]
  topics = ["lab/+/freezer/+/temp", "lab/+/incubator/+/co2"]
  data_format = "value"
  data_type = "float"
""", tok=v), v, "Telegraf InfluxDB v2 output plugin (docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2)")

v = rand_pw(16)
sec("yaml", "mqtt-password", "instruments/gateway/config/gateway.yaml", T("""# Instrument gateway (Raspberry Pi in room B312): reads serial probes, publishes MQTT
site: bsb3
broker:
  host: mqtt.core.example.edu
  port: 8883
  tls: true
  ca_file: /etc/ssl/certs/exu-ca.pem
  username: gw-bsb3
  password: «pw»
  client_id: labgw-bsb3
probes:
  - id: freezer-80-01
    port: /dev/ttyUSB0
    topic: lab/bsb3/freezer/80-01/temp
    alarm_above_c: -65
  - id: incubator-02
    port: /dev/ttyUSB1
    topic: lab/bsb3/incubator/02/co2
""", pw=v), v, "Eclipse Paho / Mosquitto MQTT client settings (mosquitto.org/man/mosquitto_pub-1.html)")

v = hexs(32)
sec("python", "twilio-auth-token", "monitoring/freezer_alarm_sms.py", T('''"""Text the on-call core staff when a -80 freezer goes above -65 C."""
from twilio.rest import Client

ACCOUNT_SID = "AC«sid»"
AUTH_TOKEN = "«tok»"
FROM = "+15555550142"
ON_CALL = ["+15555550107", "+15555550188"]

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def alarm(probe: str, temp_c: float) -> None:
    for number in ON_CALL:
        client.messages.create(to=number, from_=FROM,
                               body=f"FREEZER ALARM {probe}: {temp_c:.1f} C (limit -65 C)")
''', sid=hexs(32), tok=v), v, "Twilio Python helper library quickstart (twilio.com/docs/libraries/python)")

v = theme_pw()
sec("shell", "omero-password", "imaging/omero_import_watch.sh", T("""#!/bin/bash
# Import finished acquisitions from the Zeiss landing folder into OMERO (imaging core)
OMERO_HOST=omero.imaging.example.edu
OMERO_USER=importer
OMERO_PASS='«pw»'
LANDING=/data/landing/zeiss

for d in "$LANDING"/*/; do
  [ -f "$d/.complete" ] || continue
  group=$(cat "$d/.group")
  omero login -s "$OMERO_HOST" -u "$OMERO_USER" -w "$OMERO_PASS" -g "$group"
  omero import --transfer=ln_s --skip=minmax "$d" && mv "$d" /data/imported/
  omero logout
done
""", pw=v), v, "OMERO CLI login and import (omero.readthedocs.io/en/stable/users/cli)")

v = "apikey|" + hexs(32)
sec("python", "labkey-api-key", "lims/labkey_push_results.py", T('''"""Push plate-reader results into the LabKey assay list (Biomarker Core)."""
import csv

from labkey.api_wrapper import APIWrapper

api = APIWrapper("labkey.core.example.edu", "Biomarker Core/ELISA", "labkey",
                 use_ssl=True, api_key="«key»")

rows = []
with open("exports/plate_0611.csv", newline="") as fh:
    for r in csv.DictReader(fh):
        rows.append({"SampleId": r["Sample"], "Analyte": r["Analyte"], "Concentration": float(r["Conc"])})

result = api.query.insert_rows("lists", "ElisaResults", rows)
print(result["rowsAffected"], "rows inserted")
''', key=v), v, "LabKey Python API (github.com/LabKey/labkey-api-python): api_key authentication")

v = "sk_" + alnum(30)
sec("python", "benchling-api-key", "lims/benchling_register_plasmids.py", T('''from benchling_sdk.auth.api_key_auth import ApiKeyAuth
from benchling_sdk.benchling import Benchling
from benchling_sdk.models import DnaSequenceCreate

benchling = Benchling(url="https://exu.benchling.com", auth_method=ApiKeyAuth("«key»"))

FOLDER_ID = "lib_«f»"
SCHEMA_ID = "ts_«s»"

for name, bases in [("pEXU-0411", "ATGGTGAGCAAGGGCGAGGAG"), ("pEXU-0412", "ATGAGTAAAGGAGAAGAACTTTTC")]:
    seq = benchling.dna_sequences.create(DnaSequenceCreate(
        name=name, bases=bases, is_circular=True, folder_id=FOLDER_ID, schema_id=SCHEMA_ID))
    print(seq.id, seq.name)
''', key=v, f=alnum(8), s=alnum(8)), v, "Benchling SDK ApiKeyAuth (docs.benchling.com/docs/getting-started-with-the-sdk)")

v = hexs(32)
sec("ini", "basespace-token", "genomics/basespace/default.cfg", T("""; BaseSpace Sequence Hub CLI config for the Genomics Core service account (bs auth)
apiServer   = https://api.basespace.illumina.com
accessToken = «tok»
""" + "; default project for run uploads\nproject = ExampleU-GenomicsCore-2024\n; set by: bs auth --scopes \"READ GLOBAL, CREATE GLOBAL, BROWSE GLOBAL\"\n", tok=v), v,
    "BaseSpace CLI configuration file ~/.basespace/default.cfg (developer.basespace.illumina.com/docs/content/documentation/cli)")

v = teams_webhook()
sec("python", "teams-webhook", "genomics/run_watcher.py", T('''"""Watch the NovaSeq output share and announce completed runs in the Genomics Core Teams channel."""
import pathlib
import time

import requests

RUNS = pathlib.Path("/mnt/novaseq/output")
WEBHOOK = "«url»"
seen = set()

while True:
    for done in RUNS.glob("*/CopyComplete.txt"):
        run = done.parent.name
        if run not in seen:
            requests.post(WEBHOOK, json={"text": f"NovaSeq run **{run}** copied; demux queued."}, timeout=30)
            seen.add(run)
    time.sleep(300)
''', url=v), v, "Microsoft Teams incoming webhooks (learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors)")

v = grafana_sa_token()
sec("shell", "grafana-token", "monitoring/export_dashboards.sh", T("""#!/usr/bin/env bash
# Back up the core-facility Grafana dashboards to git (service account: dashboard-backup)
GRAFANA=https://grafana.core.example.edu
TOKEN=«tok»
mkdir -p dashboards
for uid in $(curl -s -H "Authorization: Bearer $TOKEN" "$GRAFANA/api/search?type=dash-db" | jq -r '.[].uid'); do
  curl -s -H "Authorization: Bearer $TOKEN" "$GRAFANA/api/dashboards/uid/$uid" \\
    | jq '.dashboard' > "dashboards/$uid.json"
done
git add dashboards && git commit -qm "dashboard backup $(date +%F)" || true
""", tok=v), v, "Grafana HTTP API with service account tokens (grafana.com/docs/grafana/latest/developers/http_api)")

dec("csv", "index-sequences", "genomics/runs/240611_A01234_0117_BHJ7YLDSXC/SampleSheet.csv", T("""[Header]
FileFormatVersion,2
RunName,240611_exu_rnaseq
InstrumentPlatform,NovaSeqXSeries

[Reads]
Read1Cycles,151
Read2Cycles,151
Index1Cycles,10
Index2Cycles,10

[BCLConvert_Settings]
SoftwareVersion,4.2.7
AdapterRead1,AGATCGGAAGAGCACACGTCTGAACTCCAGTCA
AdapterRead2,AGATCGGAAGAGCGTCGTGTAGGGAAAGAGTGT

[BCLConvert_Data]
Sample_ID,Index,Index2
KO_1,«a»,«b»
KO_2,«c»,«d»
WT_1,«e»,«f»
""", **{k: "".join(random.Random(_seed()).choice("ACGT") for _ in range(10)) for k in "abcdef"}),
    "Illumina sample sheet v2 (support.illumina.com, BCL Convert sample sheet)")

dec("toml", "env-reference", "monitoring/telegraf/telegraf.d/outputs.conf", """# The token is injected by the systemd unit (EnvironmentFile=/etc/default/telegraf)
[[outputs.influxdb_v2]]
  urls = ["https://influx.core.example.edu:8086"]
  token = "${INFLUX_TOKEN}"
  organization = "core-facilities"
  bucket = "environment"
""", "Telegraf configuration environment variables (docs.influxdata.com/telegraf/v1/configuration)")

dec("xml", "checksums", "proteomics/mzml/QC_HeLa_240611.mzML.head", T("""<?xml version="1.0" encoding="utf-8"?>
<indexedmzML xmlns="http://psi.hupo.org/ms/mzml" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <mzML id="QC_HeLa_240611" version="1.1.0">
    <cvList count="2">
      <cv id="MS" fullName="Proteomics Standards Initiative Mass Spectrometry Ontology" version="4.1.130"/>
      <cv id="UO" fullName="Unit Ontology" version="09:04:2014"/>
    </cvList>
    <fileDescription>
      <sourceFileList count="1">
        <sourceFile id="RAW1" name="QC_HeLa_240611.raw" location="file:///D:/Xcalibur/data">
          <cvParam cvRef="MS" accession="MS:1000768" name="Thermo nativeID format" value=""/>
          <cvParam cvRef="MS" accession="MS:1000563" name="Thermo RAW format" value=""/>
          <cvParam cvRef="MS" accession="MS:1000569" name="SHA-1" value="«sha»"/>
        </sourceFile>
      </sourceFileList>
    </fileDescription>
  </mzML>
  <fileChecksum>«sha2»</fileChecksum>
</indexedmzML>
""", sha=hexs(40), sha2=hexs(40)), "HUPO-PSI mzML 1.1 specification, SHA-1 source file checksum (psidev.info/mzML)")

dec("javascript", "bcrypt-hash", "instruments/node-red/settings.js", """// Node-RED on the lab gateway. Flow credentials are encrypted in flows_cred.json with
// credentialSecret; the key comes from the environment, never from this file.
module.exports = {
    flowFile: "flows.json",
    flowFilePretty: true,
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
    uiPort: process.env.PORT || 1880,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "coreadmin",
            password: "$2b$08$«bc»",
            permissions: "*"
        }]
    },
    logging: { console: { level: "info", metrics: false, audit: false } }
};
""".replace("«bc»", "".join(random.Random(_seed()).choice(ALNUM + "./") for _ in range(53))),
    "Node-RED settings.js: credentialSecret, adminAuth bcrypt hash (nodered.org/docs/user-guide/runtime/securing-node-red)")

dec("json", "instrument-metadata", "imaging/sessions/2024-06-11_krios/session.json", T("""{
  "session_id": "«sid»",
  "instrument": {"model": "Titan Krios G4", "serial": "«serial»", "detector": "Falcon 4i"},
  "operator": "mhassan",
  "grid_boxes": ["GB-0611-A", "GB-0611-B"],
  "epu_version": "3.6.0.5480",
  "dose_e_per_A2": 50.0,
  "pixel_size_A": 0.74,
  "movies": 12480,
  "export_checksum_md5": "«md5»",
  "globus_task_id": "«task»"
}
""", sid=uuid_s(), serial=str(random.Random(_seed()).randint(3000000, 3999999)), md5=hexs(32), task=uuid_s()),
    "Thermo Fisher EPU session metadata (core facility export conventions)")

dec("python", "fake-fixture", "tests/test_freezer_alarm.py", '''"""The alarm is tested against Twilio's documented test credentials path: no real messages."""
from unittest import mock

import monitoring.freezer_alarm_sms as alarm

# Test values only; Twilio test credentials never send SMS (twilio.com/docs/iam/test-credentials)
TEST_SID = "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
TEST_TOKEN = "your_test_auth_token"


def test_alarm_texts_everyone_on_call():
    with mock.patch.object(alarm, "client") as client:
        alarm.alarm("freezer-80-01", -58.2)
    assert client.messages.create.call_count == len(alarm.ON_CALL)
''', "Twilio test credentials (twilio.com/docs/iam/test-credentials)")

dec("yaml", "env-reference", "instruments/gateway/config/gateway.example.yaml", """# Copy to gateway.yaml on the Pi; the MQTT password is read from /etc/labgw/mqtt.pass
site: bsb3
broker:
  host: mqtt.core.example.edu
  port: 8883
  tls: true
  username: gw-bsb3
  password_file: /etc/labgw/mqtt.pass
  client_id: labgw-bsb3
probes:
  - id: freezer-80-01
    port: /dev/ttyUSB0
    topic: lab/bsb3/freezer/80-01/temp
""", "Eclipse Mosquitto client settings (mosquitto.org/man)")

dec("text", "checksums", "genomics/deliveries/PRJ-2024-117/md5sums.txt", T("""«a»  S1_L001_R1_001.fastq.gz
«b»  S1_L001_R2_001.fastq.gz
«c»  S2_L001_R1_001.fastq.gz
«d»  S2_L001_R2_001.fastq.gz
«e»  multiqc_report.html
""", a=hexs(32), b=hexs(32), c=hexs(32), d=hexs(32), e=hexs(32)), "md5sum(1) output format (GNU coreutils)")

# ---------------------------------------------------------------------------------------------
# IRB / ethics systems
# ---------------------------------------------------------------------------------------------

v = rand_pw(20, "!")
sec("json", "irb-connection-string", "IrbPortal/IrbPortal.Web/appsettings.Production.json", T("""{
  "ConnectionStrings": {
    "HuronIRB": "Data Source=sql-huron.ad.example.edu;Initial Catalog=HuronIRB_PRD;User ID=irb_integration;Password=«pw»;Encrypt=True"
  },
  "Irb": {
    "PortalUrl": "https://irb.research.example.edu",
    "ProtocolPrefix": "STUDY",
    "ReviewQueues": ["Exempt", "Expedited", "FullBoard"]
  },
  "Smtp": {
    "Host": "smtp.example.edu",
    "Port": 25,
    "From": "irb-noreply@example.edu"
  },
  "AllowedHosts": "*"
}
""", pw=v), v, "ASP.NET Core appsettings.json connection strings (learn.microsoft.com/aspnet/core/fundamentals/configuration)")

v = pem("RSA")
sec("pem", "saml-sp-private-key", "irb-portal/shibboleth/sp-key.pem", v + "\n", v,
    "Shibboleth SP keygen.sh output sp-key.pem (shibboleth.atlassian.net/wiki, NativeSPKeys)")

v = fakes.django_secret_key(_seed())
sec("python", "django-secret-key", "ethics_review/ethics_review/settings.py", T('''"""Student research ethics review (departmental REB), Django 4.2."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "«key»"
DEBUG = False
ALLOWED_HOSTS = ["reb.psych.example.edu"]

INSTALLED_APPS = [
    "django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes",
    "django.contrib.sessions", "django.contrib.messages", "django.contrib.staticfiles",
    "applications", "reviews",
]
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "reb", "HOST": "localhost"}}
AUTH_PASSWORD_VALIDATORS = [{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}]
''', key=v), v, "Django settings SECRET_KEY (docs.djangoproject.com/en/4.2/ref/settings/#secret-key)")

v = words_pw()
sec("properties", "smtp-password", "eirb-notifier/src/main/resources/application-prod.properties", T("""spring.application.name=eirb-notifier
server.port=8085

spring.datasource.url=jdbc:oracle:thin:@//oradb-irb.example.edu:1521/IRBPRD
spring.datasource.username=EIRB_READ
spring.datasource.password=${EIRB_DB_PASSWORD}

spring.mail.host=smtp.office365.com
spring.mail.port=587
spring.mail.username=irb-notices@example.edu
spring.mail.password=«pw»
spring.mail.properties.mail.smtp.auth=true
spring.mail.properties.mail.smtp.starttls.enable=true

eirb.reminder.continuing-review.days-before=45,30,14
""", pw=v), v, "Spring Boot mail properties (docs.spring.io/spring-boot/appendix/application-properties)")

v = theme_pw()
sec("python", "servicenow-password", "integrations/irb_to_servicenow.py", T('''"""Open a ServiceNow ticket for each approved study that needs a secure research enclave."""
import requests

SN_INSTANCE = "https://exu.service-now.com"
SN_USER = "svc_irb_integration"
SN_PASS = "«pw»"


def open_ticket(study_id: str, pi_email: str, risk: str) -> str:
    payload = {
        "short_description": f"Secure enclave request for {study_id}",
        "assignment_group": "Research Computing",
        "u_requested_for": pi_email,
        "u_data_risk": risk,
    }
    r = requests.post(f"{SN_INSTANCE}/api/now/table/sc_request", auth=(SN_USER, SN_PASS),
                      json=payload, headers={"Accept": "application/json"}, timeout=60)
    r.raise_for_status()
    return r.json()["result"]["number"]
''', pw=v), v, "ServiceNow Table API with basic auth (developer.servicenow.com REST API reference)")

v = rand_pw(18)
sec("yaml", "ldap-bind-password", "irb-portal/config/ldap.yml", T("""production:
  host: ldap.example.edu
  port: 636
  encryption: simple_tls
  base: ou=people,dc=example,dc=edu
  attribute: uid
  admin_user: cn=irb-portal,ou=services,dc=example,dc=edu
  admin_password: «pw»
  group_base: ou=groups,dc=example,dc=edu
  required_groups:
    - cn=irb-staff,ou=groups,dc=example,dc=edu
    - cn=irb-members,ou=groups,dc=example,dc=edu
""", pw=v), v, "devise_ldap_authenticatable config/ldap.yml (github.com/cschiewek/devise_ldap_authenticatable)")

dec("xml", "public-certificate", "irb-portal/shibboleth/idp-metadata.xml", T("""<?xml version="1.0" encoding="UTF-8"?>
<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#"
                  entityID="https://idp.example.edu/idp/shibboleth">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <ds:KeyInfo>
        <ds:X509Data>
          <ds:X509Certificate>
«cert»
          </ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </KeyDescriptor>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
                         Location="https://idp.example.edu/idp/profile/SAML2/Redirect/SSO"/>
  </IDPSSODescriptor>
</EntityDescriptor>
""", cert="\n".join(cert_pem().splitlines()[1:-1])), "SAML 2.0 metadata, KeyDescriptor X509Certificate (docs.oasis-open.org/security/saml)")

dec("xml", "key-file-path", "irb-portal/shibboleth/shibboleth2.xml", """<SPConfig xmlns="urn:mace:shibboleth:3.0:native:sp:config"
    xmlns:conf="urn:mace:shibboleth:3.0:native:sp:config"
    clockSkew="180">
    <ApplicationDefaults entityID="https://irb.research.example.edu/shibboleth"
        REMOTE_USER="eppn subject-id pairwise-id persistent-id"
        cipherSuites="DEFAULT:!EXP:!LOW:!aNULL:!eNULL:!DES:!IDEA:!SEED:!RC4:!3DES:!kRSA:!SSLv2:!SSLv3:!TLSv1:!TLSv1.1">
        <Sessions lifetime="28800" timeout="3600" relayState="ss:mem" checkAddress="false" handlerSSL="true" cookieProps="https">
            <SSO entityID="https://idp.example.edu/idp/shibboleth">SAML2</SSO>
            <Logout>SAML2 Local</Logout>
        </Sessions>
        <MetadataProvider type="XML" validate="true" path="idp-metadata.xml"/>
        <AttributeExtractor type="XML" validate="true" reloadChanges="false" path="attribute-map.xml"/>
        <CredentialResolver type="File" use="signing" key="sp-signing-key.pem" certificate="sp-signing-cert.pem"/>
        <CredentialResolver type="File" use="encryption" key="sp-encrypt-key.pem" certificate="sp-encrypt-cert.pem"/>
    </ApplicationDefaults>
    <SecurityPolicyProvider type="XML" validate="true" path="security-policy.xml"/>
    <ProtocolProvider type="XML" validate="true" reloadChanges="false" path="protocols.xml"/>
</SPConfig>
""", "Shibboleth SP 3 shibboleth2.xml CredentialResolver (shibboleth.atlassian.net/wiki/spaces/SP3)")

dec("python", "env-reference", "ethics_review/ethics_review/settings_prod.py", '''from .settings import *  # noqa: F401,F403
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
EMAIL_HOST = "smtp.office365.com"
EMAIL_HOST_USER = "reb-notices@example.edu"
EMAIL_HOST_PASSWORD = os.environ.get("REB_SMTP_PASSWORD", "")
DATABASES["default"]["PASSWORD"] = os.environ["REB_DB_PASSWORD"]
''', "Django deployment checklist: SECRET_KEY from environment (docs.djangoproject.com/en/4.2/howto/deployment/checklist)")

dec("dotenv", "placeholder", "IrbPortal/.env.example", """# Copy to .env for local development. Real values: Research Systems 1Password vault "IRB".
ConnectionStrings__HuronIRB=Data Source=localhost;Initial Catalog=HuronIRB_DEV;User ID=sa;Password=<local-sql-password>
Smtp__Host=localhost
Smtp__Port=1025
Irb__PortalUrl=https://localhost:5001
SERVICENOW_USER=svc_irb_integration
SERVICENOW_PASSWORD=changeme
""", "ASP.NET Core environment variable configuration, __ separator (learn.microsoft.com)")

dec("markdown", "protocol-ids", "docs/irb/study-numbering.md", T("""# IRB study identifiers

| Field | Example | Notes |
|-------|---------|-------|
| Study ID | STUDY00012345 | assigned by Huron at submission |
| Modification | MOD00045678 | per amendment |
| Continuing review | CR00009876 | annual |
| Reliance (SMART IRB) | «u» | SMART IRB reliance record UUID |
| FWA | FWA00001234 | the university's Federalwide Assurance |
| IORG | IORG0000123 | OHRP registration |

The consent-form version hash printed in the footer of stamped PDFs (SHA-256, e.g.
`«h»`) lets staff check a participant copy against the approved one.
""", u=uuid_s(), h=hexs(64)), "OHRP FWA and IRB registration numbering (hhs.gov/ohrp); Huron IRB identifiers")

dec("properties", "template-reference", "eirb-notifier/src/main/resources/application.properties", """spring.application.name=eirb-notifier
spring.datasource.url=jdbc:oracle:thin:@//${EIRB_DB_HOST:localhost}:1521/${EIRB_DB_SERVICE:IRBDEV}
spring.datasource.username=${EIRB_DB_USER:EIRB_READ}
spring.datasource.password=${EIRB_DB_PASSWORD}
spring.mail.host=${SMTP_HOST:localhost}
spring.mail.username=${SMTP_USER:}
spring.mail.password=${SMTP_PASSWORD:}
""", "Spring Boot externalized configuration, property placeholders (docs.spring.io/spring-boot)")

dec("pem", "public-certificate", "irb-portal/shibboleth/sp-signing-cert.pem", cert_pem() + "\n",
    "Shibboleth SP keygen.sh output sp-cert.pem (shibboleth.atlassian.net/wiki, NativeSPKeys)")

# ---------------------------------------------------------------------------------------------
# Bibliometrics, research information systems, CI and platform plumbing
# ---------------------------------------------------------------------------------------------

v = hexs(32)
sec("ini", "scopus-api-key", "bibliometrics/pybliometrics.cfg", T("""[Directories]
AbstractRetrieval = /home/libdata/.cache/pybliometrics/Scopus/abstract_retrieval
AuthorRetrieval = /home/libdata/.cache/pybliometrics/Scopus/author_retrieval
AffiliationRetrieval = /home/libdata/.cache/pybliometrics/Scopus/affiliation_retrieval
ScopusSearch = /home/libdata/.cache/pybliometrics/Scopus/scopus_search

[Authentication]
APIKey = «key»
InstToken = «inst»

[Requests]
Timeout = 20
Retries = 5
""", key=v, inst=hexs(32)), v, "pybliometrics configuration file (pybliometrics.readthedocs.io/en/stable/configuration.html)")

v = hexs(36)
sec("python", "ncbi-api-key", "bibliometrics/pubmed_faculty_pubs.py", T('''"""Annual faculty publication harvest from PubMed for the research report."""
from Bio import Entrez

Entrez.email = "research-analytics@example.edu"
Entrez.api_key = "«key»"
Entrez.tool = "exu-research-report"

AFFIL = '"Example State University"[Affiliation]'


def pmids(year: int) -> list:
    handle = Entrez.esearch(db="pubmed", term=f"{AFFIL} AND {year}[dp]", retmax=10000)
    record = Entrez.read(handle)
    handle.close()
    return record["IdList"]


if __name__ == "__main__":
    ids = pmids(2024)
    print(len(ids), "articles")
''', key=v), v, "Biopython Entrez api_key; NCBI E-utilities API keys (ncbi.nlm.nih.gov/books/NBK25497)")

v = alnum(24)
sec("python", "zotero-api-key", "library/zotero_group_sync.py", T('''"""Mirror the Research Office 'Funded Publications' Zotero group into the reporting DB."""
from pyzotero import zotero

LIBRARY_ID = "«lib»"
LIBRARY_TYPE = "group"
API_KEY = "«key»"

zot = zotero.Zotero(LIBRARY_ID, LIBRARY_TYPE, API_KEY)
items = zot.everything(zot.top(itemType="journalArticle"))
for item in items:
    data = item["data"]
    print(data.get("DOI", ""), data["title"][:70])
''', lib=str(random.Random(_seed()).randint(1000000, 5999999)), key=v), v, "pyzotero quickstart (pyzotero.readthedocs.io)")

v = "olp_" + alnum(36)
sec("gitmodules", "overleaf-git-token", "grant-r01-renewal/.gitmodules", T("""# Narrative and budget justification are edited in Overleaf; figures are built here.
[submodule "narrative"]
	path = narrative
	url = https://git:«tok»@git.overleaf.com/«pid»
	branch = master
[submodule "figures/style"]
	path = figures/style
	url = https://github.com/exu-rc/osp-figure-style.git
""", tok=v, pid=hexs(24)), v,
    "gitmodules(5) (git-scm.com/docs/gitmodules); Overleaf Git integration authentication tokens")

v = alnum(40)
sec("julia", "semantic-scholar-key", "bibliometrics/citations.jl", T("""# Citation counts for faculty papers via the Semantic Scholar Academic Graph API
using HTTP, JSON3, CSV, DataFrames

const S2_KEY = "«key»"
const S2 = "https://api.semanticscholar.org/graph/v1/paper/batch"

dois = CSV.read("faculty_dois_2024.csv", DataFrame).doi
rows = DataFrame(doi = String[], citations = Int[])
for chunk in Iterators.partition(dois, 400)
    body = JSON3.write(Dict("ids" => ["DOI:" * d for d in chunk]))
    r = HTTP.post(S2 * "?fields=citationCount,externalIds", ["x-api-key" => S2_KEY,
                  "Content-Type" => "application/json"], body)
    for p in JSON3.read(r.body)
        p === nothing && continue
        push!(rows, (p.externalIds.DOI, p.citationCount))
    end
end
CSV.write("citations_2024.csv", rows)
""", key=v), v, "Semantic Scholar Academic Graph API, x-api-key header (api.semanticscholar.org/api-docs)")

v = upper_hex(32)
sec("ini", "dimensions-api-key", "bibliometrics/dsl.ini", T("""[instance.live]
url=https://app.dimensions.ai
key=«key»

[instance.test]
url=https://app-test.dimensions.ai
key=
""", key=v), v, "dimcli credentials file dsl.ini (digital-science.github.io/dimcli)")

v = words_pw()
sec("xml", "elements-api-password", "ris/elements-connector/config/elements.xml", T("""<?xml version="1.0" encoding="utf-8"?>
<!-- Symplectic Elements API connector: HR feed and grants feed (Research Information Systems) -->
<connector>
  <api>
    <endpoint>https://elements.example.edu:8093/secure-api/v6.13/</endpoint>
    <username>ris_feed</username>
    <password>«pw»</password>
    <timeoutSeconds>300</timeoutSeconds>
  </api>
  <feeds>
    <feed name="hr" source="/data/feeds/hr_people.csv" category="user"/>
    <feed name="grants" source="/data/feeds/kuali_awards.csv" category="grant"/>
  </feeds>
</connector>
""", pw=v), v, "Symplectic Elements API v6 basic authentication (support.symplectic.co.uk, API technical guide)")

v = uuid_s()
sec("go", "pure-api-key", "ris/pure-export/main.go", T("""package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
)

const pureURL = "https://research.example.edu/ws/api/research-outputs?size=100&offset=0"
const pureAPIKey = "«key»"

func main() {
	req, _ := http.NewRequest("GET", pureURL, nil)
	req.Header.Set("api-key", pureAPIKey)
	req.Header.Set("Accept", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	os.WriteFile("outputs.json", body, 0o644)
}
""", key=v), v, "Elsevier Pure Web Service API, api-key header (pure API documentation)")

v = gitlab_token()
sec("gitlab-ci", "gitlab-token", ".gitlab-ci.yml", T("""stages: [test, mirror]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

mirror-to-campus:
  stage: mirror
  image: alpine/git
  variables:
    MIRROR_TOKEN: «tok»
  script:
    - git push --mirror "https://oauth2:${MIRROR_TOKEN}@gitlab.rc.example.edu/rcs/slurm-tools.git"
  only:
    - main
""", tok=v), v, "GitLab CI/CD variables (docs.gitlab.com/ee/ci/variables); personal access token glpat- prefix")

v = fakes.github_token(_seed())
sec("dockerfile", "github-token", "containers/rcs-tools/Dockerfile", T("""FROM rockylinux:9
LABEL org.opencontainers.image.source="https://github.com/exu-rc/rcs-tools"

RUN dnf -y install python3.11 python3.11-pip git && dnf clean all

# private helper library (allocation accounting)
RUN git clone --depth 1 https://x-access-token:«tok»@github.com/exu-rc/alloc-accounting.git /opt/alloc \\
 && pip3.11 install /opt/alloc && rm -rf /opt/alloc/.git

COPY . /opt/rcs-tools
RUN pip3.11 install /opt/rcs-tools
ENTRYPOINT ["rcs"]
""", tok=v), v, "Dockerfile reference (docs.docker.com/reference/dockerfile); GitHub token in HTTPS clone URL")

v = vault_token()
sec("makefile", "vault-token", "infra/Makefile", T("""# Research computing infra: terraform + vault
VAULT_ADDR ?= https://vault.rc.example.edu:8200
export VAULT_ADDR
export VAULT_TOKEN = «tok»

.PHONY: plan apply secrets

secrets:
	vault kv get -format=json kv/rc/terraform > .secrets.json

plan: secrets
	terraform -chdir=envs/prod plan -out=prod.plan

apply:
	terraform -chdir=envs/prod apply prod.plan
""", tok=v), v, "HashiCorp Vault VAULT_TOKEN environment variable (developer.hashicorp.com/vault/docs/commands)")

v = alnum(32)
sec("json", "keycloak-client-secret", "keycloak/realms/hpc-realm.json", T("""{
  "realm": "hpc",
  "enabled": true,
  "sslRequired": "external",
  "clients": [
    {
      "clientId": "ondemand",
      "name": "Open OnDemand",
      "enabled": true,
      "clientAuthenticatorType": "client-secret",
      "secret": "«sec»",
      "redirectUris": ["https://ondemand.rc.example.edu/oidc"],
      "standardFlowEnabled": true,
      "publicClient": false,
      "protocol": "openid-connect"
    }
  ],
  "identityProviders": [
    {"alias": "cilogon", "providerId": "oidc", "enabled": true}
  ]
}
""", sec=v), v, "Keycloak realm export JSON, confidential client secret (keycloak.org/docs/latest/server_admin)")

v = slack_bot()
sec("python", "slack-bot-token", "helpdesk/rcbot/bot.py", T('''"""#rc-help bot: answers 'squeue'-style questions and links the docs."""
import subprocess

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

app = App(token="«tok»")


@app.message("queue")
def queue_depth(message, say):
    pending = subprocess.run(["squeue", "-h", "-t", "PD", "-o", "%i"], capture_output=True, text=True)
    say(f"{len(pending.stdout.split())} jobs pending on quartz right now.")


@app.message("docs")
def docs(message, say):
    say("User guide: https://docs.rc.example.edu")


if __name__ == "__main__":
    SocketModeHandler(app, "xapp-SEE-ENV").start()
''', tok=v), v, "Slack Bolt for Python (slack.dev/bolt-python/tutorial/getting-started)")

v = azure_secret()
sec("terraform", "azure-client-secret", "infra/envs/research-lake/terraform.tfvars", T("""# Research data lake (Azure) -- Genomics Core subscription
subscription_id = "«sub»"
tenant_id       = "«ten»"
client_id       = "«cid»"
client_secret   = "«sec»"
location        = "eastus2"
storage_account = "exugenomicslake"
containers      = ["raw", "processed", "deliveries"]
tags = {
  owner       = "genomics-core"
  cost_center = "RC-4411"
}
""", sub=uuid_s(), ten=uuid_s(), cid=uuid_s(), sec=v), v, "Terraform azurerm provider service principal with client secret (registry.terraform.io/providers/hashicorp/azurerm)")

dec("python", "env-reference", "bibliometrics/scopus_counts.py", '''"""Scopus counts per department; keys come from the environment (never pybliometrics.cfg in git)."""
import os

import pybliometrics
from pybliometrics.scopus import ScopusSearch

pybliometrics.scopus.init(keys=[os.environ["SCOPUS_API_KEY"]], inst_tokens=[os.environ.get("SCOPUS_INSTTOKEN", "")])

for dept in ["Chemistry", "Physics", "Nursing"]:
    s = ScopusSearch(f'AFFILORG("Example State University") AND AFFIL("{dept}") AND PUBYEAR = 2024',
                     download=False)
    print(dept, s.get_results_size())
''', "pybliometrics init with keys (pybliometrics.readthedocs.io)")

dec("text", "pip-hashes", "requirements.lock", T("""# This file is autogenerated by pip-compile with Python 3.11
#    pip-compile --generate-hashes requirements.in
globus-sdk==3.41.0 \\
    --hash=sha256:«a» \\
    --hash=sha256:«b»
pycap==2.6.0 \\
    --hash=sha256:«c»
python-irodsclient==2.0.1 \\
    --hash=sha256:«d» \\
    --hash=sha256:«e»
requests==2.32.3 \\
    --hash=sha256:«f»
""", a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64), e=hexs(64), f=hexs(64)),
    "pip hash-checking mode, pip-compile --generate-hashes (pip.pypa.io/en/stable/topics/secure-installs)")

dec("yaml", "sops-ciphertext", "deploy/secrets/redcap-prod.enc.yaml", T("""redcap:
    db_password: ENC[AES256_GCM,data:«d1»,iv:«iv1»,tag:«t1»,type:str]
    salt: ENC[AES256_GCM,data:«d2»,iv:«iv2»,tag:«t2»,type:str]
sops:
    kms: []
    age:
        - recipient: age1«rcp»
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            «age»
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-06-03T14:22:10Z"
    mac: ENC[AES256_GCM,data:«mac»,iv:«iv3»,tag:«t3»,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", d1=b64_bytes(18), iv1=b64_bytes(32), t1=b64_bytes(16), d2=b64_bytes(24), iv2=b64_bytes(32), t2=b64_bytes(16),
    rcp="".join(random.Random(_seed()).choice("qpzry9x8gf2tvdw0s3jn54khce6mua7l") for _ in range(58)),
    age=b64_bytes(48), mac=b64_bytes(48), iv3=b64_bytes(32), t3=b64_bytes(16)),
    "Mozilla SOPS encrypted file format (github.com/getsops/sops)")

dec("k8s", "sealed-secret", "deploy/k8s/data-portal/sealed-globus.yaml", T("""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: globus-client
  namespace: data-portal
spec:
  encryptedData:
    GLOBUS_CLIENT_ID: «a»
    GLOBUS_CLIENT_SECRET: «b»
  template:
    metadata:
      name: globus-client
      namespace: data-portal
    type: Opaque
""", a=b64_bytes(300), b=b64_bytes(300)), "Bitnami Sealed Secrets (github.com/bitnami-labs/sealed-secrets)")

dec("gitlab-ci", "variable-reference", ".gitlab/ci/deploy.gitlab-ci.yml", """deploy-docs:
  stage: deploy
  image: python:3.12
  variables:
    GIT_DEPTH: "1"
  script:
    - pip install mkdocs-material
    - mkdocs build -d public
    - 'curl --fail -H "PRIVATE-TOKEN: $DOCS_DEPLOY_TOKEN" -F "file=@site.tar.gz" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages/generic/docs/$CI_COMMIT_SHORT_SHA/site.tar.gz"'
    - git push "https://gitlab-ci-token:${CI_JOB_TOKEN}@gitlab.rc.example.edu/rcs/docs-site.git" HEAD:pages
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
""", "GitLab predefined CI/CD variables, CI_JOB_TOKEN (docs.gitlab.com/ee/ci/variables/predefined_variables.html)")

r = _rng()
dec("pgp", "public-key", "KEYS", T("""This file contains the PGP keys used to sign releases of slurm-usage-reports.

pub   ed25519 2023-02-14 [SC]
      «fp»
uid           Research Computing Releases <rc-releases@example.edu>

-----BEGIN PGP PUBLIC KEY BLOCK-----

«body»
=«crc»
-----END PGP PUBLIC KEY BLOCK-----
""", fp=upper_hex(40), body="\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(6)),
    crc="".join(r.choice(ALNUM) for _ in range(4))), "OpenPGP ASCII armor, RFC 4880 section 6.2; Apache-style KEYS file")

dec("python", "documented-example", "tests/test_slurm_jwt.py", '''"""Parsing of Slurm JWTs; uses the jwt.io sample token (HS256, key "your-256-bit-secret")."""
import jwt
import pytest

from rcs.slurm_auth import claims_of

# The well-known example token from jwt.io -- public, signs nothing of ours.
SAMPLE = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
          "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
          "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")


def test_claims_of_reads_payload_without_verifying():
    assert claims_of(SAMPLE)["name"] == "John Doe"


def test_verification_fails_with_wrong_key():
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(SAMPLE, "not-the-key", algorithms=["HS256"])
''', "jwt.io introduction sample token (jwt.io/introduction)")

dec("hcl", "vault-policy", "infra/vault/policies/data-portal.hcl", """# Read-only access for the data portal's Kubernetes auth role
path "kv/data/data-portal/*" {
  capabilities = ["read"]
}

path "kv/metadata/data-portal/*" {
  capabilities = ["list"]
}

path "auth/token/renew-self" {
  capabilities = ["update"]
}
""", "HashiCorp Vault policies (developer.hashicorp.com/vault/docs/concepts/policies)")

dec("terraform", "variable-reference", "infra/envs/research-lake/providers.tf", """variable "client_secret" {
  type        = string
  sensitive   = true
  description = "Service principal secret; set TF_VAR_client_secret from Vault, never in tfvars"
}

provider "azurerm" {
  features {}
  subscription_id = var.subscription_id
  tenant_id       = var.tenant_id
  client_id       = var.client_id
  client_secret   = var.client_secret
}
""", "Terraform input variables, sensitive (developer.hashicorp.com/terraform/language/values/variables)")

dec("k8s", "secret-key-ref", "deploy/k8s/redcap-etl/cronjob.yaml", """apiVersion: batch/v1
kind: CronJob
metadata:
  name: redcap-etl
  namespace: ctsi-etl
spec:
  schedule: "30 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: etl
              image: registry.ctsi.example.edu/etl/redcap:1.8.2
              env:
                - name: REDCAP_API_URL
                  value: https://redcap.ctsi.example.edu/api/
                - name: REDCAP_API_TOKEN
                  valueFrom:
                    secretKeyRef:
                      name: redcap-etl
                      key: api-token
""", "Kubernetes env from Secret, secretKeyRef (kubernetes.io/docs/tasks/inject-data-application)")

dec("dockerfile", "image-digests", "containers/cryo-pipeline/Dockerfile", T("""FROM nvidia/cuda:12.2.2-runtime-rockylinux9@sha256:«a» AS base
FROM ghcr.io/exu-rc/relion:5.0.0@sha256:«b» AS relion

FROM base
COPY --from=relion /opt/relion /opt/relion
ENV PATH=/opt/relion/bin:$PATH
RUN dnf -y install python3.11 && dnf clean all
COPY cryo_pipeline /opt/cryo_pipeline
ENTRYPOINT ["python3.11", "-m", "cryo_pipeline"]
""", a=hexs(64), b=hexs(64)), "Dockerfile FROM image@digest (docs.docker.com/reference/dockerfile/#from)")

dec("typescript", "public-dsn", "dspace-angular/src/environments/environment.production.ts", T("""import { BuildConfig } from '../config/build-config.interface';

export const environment: Partial<BuildConfig> = {
  production: true,
  // Browser error reporting: a Sentry DSN only lets clients send events, it is public by design
  sentry: {
    dsn: 'https://«key»@o«org».ingest.sentry.io/«proj»',
    tracesSampleRate: 0.05,
  },
  info: {
    enableEndUserAgreement: true,
    enablePrivacyStatement: true,
  },
  matomo: { siteId: '7', trackerUrl: 'https://analytics.lib.example.edu/' },
};
""", key=hexs(32), org=str(random.Random(_seed()).randint(100000, 999999)), proj=str(random.Random(_seed()).randint(1000000, 9999999))),
    "Sentry DSN explainer: DSNs are safe to keep public (docs.sentry.io/concepts/key-terms/dsn-explainer)")

dec("text", "commit-shas", ".git-blame-ignore-revs", T("""# black reformat of the whole tree (2023-09)
«a»
# isort + ruff autofix
«b»
# rename slurm_reports -> slurm_usage_reports
«c»
# tabs -> spaces in job templates
«d»
""", a=hexs(40), b=hexs(40), c=hexs(40), d=hexs(40)), "git blame --ignore-revs-file (git-scm.com/docs/git-blame)")

dec("json", "masked-export", "keycloak/realms/hpc-realm-export.json", """{
  "realm": "hpc",
  "enabled": true,
  "clients": [
    {
      "clientId": "ondemand",
      "enabled": true,
      "clientAuthenticatorType": "client-secret",
      "secret": "**********",
      "redirectUris": ["https://ondemand.rc.example.edu/oidc"],
      "publicClient": false
    },
    {
      "clientId": "xdmod",
      "enabled": true,
      "clientAuthenticatorType": "client-secret",
      "secret": "**********",
      "publicClient": false
    }
  ]
}
""", "Keycloak partial export masks client secrets (keycloak.org/docs/latest/server_admin/#_export_import)")

dec("python", "keyring-reference", "library/zotero_personal_sync.py", T('''"""Sync my Zotero library to the lab reading list; the key is in the OS keyring."""
import keyring
from pyzotero import zotero

USER_ID = "«uid»"  # numeric Zotero user id, shown publicly in zotero.org/settings/keys
zot = zotero.Zotero(USER_ID, "user", keyring.get_password("zotero", USER_ID))
for item in zot.top(limit=25):
    print(item["data"]["title"])
''', uid=str(random.Random(_seed()).randint(1000000, 9999999))), "pyzotero quickstart; keyring package (pypi.org/project/keyring)")
