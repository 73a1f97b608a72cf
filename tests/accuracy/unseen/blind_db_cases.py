"""Blind set DB: K-12 school districts' IT teams and the edtech vendors that serve them.

Student information systems (PowerSchool plugins and its Oracle database, Infinite Campus,
Skyward), rostering (Clever, ClassLink, OneRoster CSV and REST, Ed-Fi ODS/API), Google
Workspace for Education (GAM, service accounts, Apps Script) and Microsoft 365 / Entra ID
provisioning scripts (PowerShell, Graph, School Data Sync, Active Directory), LMS integrations
(Canvas, Schoology, Moodle) with LTI 1.1 and 1.3, content filters and network gear (Cisco
Umbrella, FortiGate, Meraki, RADIUS), device management for Chromebooks and iPads (Jamf, Mosyle,
Kandji, ONC and mobileconfig Wi-Fi profiles, MDT imaging), nutrition, payments, transportation
(Zonar, Samsara, Transfinder), parent notifications (Twilio, SendGrid, Teams, Slack) and state
reporting uploads (SFTP, lftp, .netrc), plus the CI, container and cloud files of the vendors;
and their decoys. Generated fakes only (seeds 990000-999999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
_SEED = [990000]


def _rng() -> random.Random:
    _SEED[0] += 5
    assert 990000 <= _SEED[0] < 1000000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 5
    assert 990000 <= _SEED[0] < 1000000
    return _SEED[0]


MASCOTS = ["Eagles", "Panthers", "Wildcats", "Tigers", "Bulldogs", "Falcons", "Mustangs", "Hornets",
           "Cougars", "Raiders", "Spartans", "Lions", "Knights", "Bobcats", "Vikings", "Rams"]
WORDS = ["Pencil", "Recess", "Crayon", "Library", "Bus", "Chalk", "Locker", "Summer", "Apple", "Maple",
         "Harbor", "Granite", "Lantern", "Comet", "Prairie", "Cedar", "Orchard", "Beacon"]
LOWER = ["ruler", "backpack", "cafeteria", "gym", "bleacher", "trophy", "notebook", "eraser", "compass",
         "globe", "marker", "stapler", "playground", "hallway", "banner", "whistle"]


def school_pw() -> str:
    """What a district sets for a service or lab account: mascot, symbol, year."""
    r = _rng()
    form = r.randint(0, 2)
    if form == 0:
        return r.choice(MASCOTS) + r.choice("!#@*") + str(r.randint(2016, 2026))
    if form == 1:
        return "Go" + r.choice(MASCOTS) + str(r.randint(10, 99)) + r.choice("!#?")
    return r.choice(WORDS) + r.choice(MASCOTS).lower() + r.choice("!@#") + str(r.randint(100, 999))


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#@*.") + r.choice(WORDS) + str(r.randint(10, 9999))


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


def alnum(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def urlsafe(n: int) -> str:
    r = _rng()
    return "".join(r.choice(URLSAFE) for _ in range(n))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64_random(nbytes: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


def canvas_token() -> str:
    r = _rng()
    return f"{r.choice([1, 7, 11, 21, 3421, 10776])}~" + "".join(r.choice(ALNUM) for _ in range(64))


def google_client_secret() -> str:
    return "GOCSPX-" + urlsafe(28)


def google_refresh_token() -> str:
    r = _rng()
    return "1//0" + r.choice("cdefg") + "".join(r.choice(URLSAFE) for _ in range(98))


def google_client_id() -> str:
    r = _rng()
    return f"{r.randint(10**11, 10**12 - 1)}-" + "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(32)) + ".apps.googleusercontent.com"


def pem_body(lines: int, last: int = 24) -> List[str]:
    r = _rng()
    chars = ALNUM + "+/"
    rows = ["".join(r.choice(chars) for _ in range(64)) for _ in range(lines)]
    rows.append("".join(r.choice(chars) for _ in range(last)) + "==")
    return rows


def pkcs8_pem(lines: int = 25) -> str:
    rows = pem_body(lines)
    rows[0] = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + rows[0][50:]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(rows) + "\n-----END PRIVATE KEY-----"


def rsa_pem(lines: int = 24) -> str:
    rows = pem_body(lines)
    rows[0] = "MIIEpAIBAAKCAQEA" + rows[0][16:]
    return "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(rows) + "\n-----END RSA PRIVATE KEY-----"


def openssh_pem() -> str:
    r = _rng()
    chars = ALNUM + "+/"
    rows = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    rows.append("QyNTUxOQAAACB" + "".join(r.choice(chars) for _ in range(51)))
    rows += ["".join(r.choice(chars) for _ in range(70)) for _ in range(2)]
    rows.append("".join(r.choice(chars) for _ in range(40)) + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(rows) + "\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem(lines: int = 14) -> str:
    rows = pem_body(lines, 40)
    rows[0] = "MIIDdzCCAl+gAwIBAgIU" + rows[0][20:]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(rows) + "\n-----END CERTIFICATE-----"


def public_key_pem() -> str:
    rows = pem_body(5, 8)
    rows[0] = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rows[0][44:]
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(rows) + "\n-----END PUBLIC KEY-----"


def ssh_pub(comment: str) -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(ALNUM + "+/") for _ in range(43)) + " " + comment


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def teams_webhook() -> str:
    r = _rng()
    return (f"https://{r.choice(['isd742', 'lakeviewschools', 'cvusd', 'northfieldps'])}.webhook.office.com/webhookb2/"
            f"{uuid_s()}@{uuid_s()}/IncomingWebhook/{hexs(32)}/{uuid_s()}/V2" + urlsafe(40))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def aws_pair() -> tuple:
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


def bcrypt_hash() -> str:
    r = _rng()
    return "$2b$12$" + "".join(r.choice(ALNUM + "./") for _ in range(53))


def sha_crypt() -> str:
    r = _rng()
    return "$6$" + "".join(r.choice(ALNUM + "./") for _ in range(16)) + "$" + "".join(r.choice(ALNUM + "./") for _ in range(86))


def vault_blob(lines: int = 6) -> str:
    r = _rng()
    rows = ["".join(r.choice(HEX) for _ in range(80)) for _ in range(lines)]
    rows.append("".join(r.choice(HEX) for _ in range(34)))
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(rows)


def sops_value(n: int) -> str:
    return f"ENC[AES256_GCM,data:{b64_random(n)},iv:{b64_random(32)},tag:{b64_random(16)},type:str]"


def object_id() -> str:
    return hexs(24)


CASES: List[LabelledCase] = []


def fill(template: str, **values: str) -> str:
    for name, value in values.items():
        template = template.replace(f"@@{name}@@", value)
    assert "@@" not in template, template
    return template


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase(category, file_name, text, secret, source))

# ---------------------------------------------------------------- student information systems

ps_id, ps_secret = uuid_s(), uuid_s()
add("blind-db/python/powerschool-client-secret", "sis_sync/powerschool_client.py", fill('''\
"""Pull enrollments from PowerSchool through the district plugin's OAuth credentials.

Plugin: "Roster Sync" (System > System Settings > Plugin Management Configuration).
"""
import base64

import requests

PS_BASE_URL = "https://ps.lakeviewschools.org"
PS_CLIENT_ID = "@@ID@@"
PS_CLIENT_SECRET = "@@S@@"


def access_token() -> str:
    creds = base64.b64encode(f"{PS_CLIENT_ID}:{PS_CLIENT_SECRET}".encode()).decode()
    resp = requests.post(
        f"{PS_BASE_URL}/oauth/access_token",
        headers={"Authorization": f"Basic {creds}",
                 "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8"},
        data="grant_type=client_credentials",
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def students(school_id: int, token: str) -> list:
    url = f"{PS_BASE_URL}/ws/v1/school/{school_id}/student"
    resp = requests.get(url, headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
                        params={"expansions": "demographics,school_enrollment", "pagesize": 100}, timeout=60)
    resp.raise_for_status()
    return resp.json()["students"]["student"]
''', ID=ps_id, S=ps_secret), ps_secret, "PowerSchool Developer docs: plugin OAuth client credentials (/oauth/access_token)")

ps_secret2 = uuid_s()
add("blind-db/dotenv/powerschool-client-secret", "services/roster-api/.env.production", fill('''\
# Roster API - production (do not use for the sandbox tenant)
NODE_ENV=production
PORT=8080
LOG_LEVEL=info

# PowerSchool plugin "Acme Learning Roster" installed by Northfield PS
PS_HOST=https://northfield.powerschool.com
PS_CLIENT_ID=@@ID@@
PS_CLIENT_SECRET=@@S@@
PS_PAGE_SIZE=500

REDIS_URL=redis://roster-cache.internal:6379/2
SYNC_CRON="15 2 * * *"
''', ID=uuid_s(), S=ps_secret2), ps_secret2, "PowerSchool plugin OAuth credentials; dotenv format (motdotla/dotenv README)")

psnav = school_pw().replace("@", "#")
add("blind-db/shell/oracle-password", "scripts/ps_nightly_extract.sh", fill('''\
#!/bin/bash
# Nightly extract of PowerSchool attendance for the data warehouse.
# Runs on sis-util01 as the "psextract" user (see crontab).
set -euo pipefail

export ORACLE_HOME=/u01/app/oracle/product/19.0.0/client_1
export PATH=$ORACLE_HOME/bin:$PATH
OUT=/data/extracts/attendance_$(date +%Y%m%d).csv

sqlplus -s PSNAVIGATOR/@@PW@@@//psdb01.isd742.local:1521/PSPRODDB <<'SQL' > "$OUT"
set colsep ','
set pagesize 0 trimspool on feedback off heading off
select s.student_number, a.att_date, ac.att_code
  from attendance a
  join students s on s.id = a.studentid
  join attendance_code ac on ac.id = a.attendance_codeid
 where a.att_date >= trunc(sysdate) - 1;
exit
SQL

gzip -f "$OUT"
echo "extract written: $OUT.gz"
''', PW=psnav), psnav, "Oracle SQL*Plus docs: user/password@//host:port/service connect identifier")

psnav2 = rand_pw(16)
add("blind-db/python/oracle-password", "warehouse/loaders/powerschool_oracle.py", fill('''\
import oracledb
import pandas as pd

# read-only replica of the PowerSchool database (ODBC user created by PowerSchool support)
conn = oracledb.connect(
    user="psnavigator",
    password="@@PW@@",
    dsn="ps-replica.cvusd.net:1521/PSPRODDB",
)

QUERY = """
select s.student_number, s.lastfirst, s.grade_level, sch.name as school
  from students s
  join schools sch on sch.school_number = s.schoolid
 where s.enroll_status = 0
"""

def load_active_students() -> pd.DataFrame:
    with conn.cursor() as cur:
        cur.execute(QUERY)
        cols = [d[0].lower() for d in cur.description]
        return pd.DataFrame(cur.fetchall(), columns=cols)


if __name__ == "__main__":
    df = load_active_students()
    df.to_parquet("/data/warehouse/staging/students.parquet", index=False)
    print(len(df), "active students")
''', PW=psnav2), psnav2, "python-oracledb docs: oracledb.connect(user, password, dsn)")

ps_pw3 = words_pw()
add("blind-db/properties/oracle-password", "etl/src/main/resources/powerschool.properties", fill('''\
# PowerSchool replica used by the nightly state-reporting ETL
ps.db.driver=oracle.jdbc.OracleDriver
ps.db.url=jdbc:oracle:thin:@//psdb-rpt.k12.local:1521/PSRPT
ps.db.username=ps_state_rpt
ps.db.password=@@PW@@
ps.db.pool.max=4
ps.db.pool.timeoutSeconds=120

# output
extract.dir=/srv/state-reporting/out
extract.schoolYear=2025
''', PW=ps_pw3), ps_pw3, "Oracle JDBC thin URL docs; Java .properties format")

ps_id4, ps_secret4 = uuid_s(), uuid_s()
add("blind-db/powershell/powerschool-client-secret", "scripts/PowerSchool/Get-PSStaff.ps1", fill('''\
<#
.SYNOPSIS
  Export active staff from PowerSchool for the AD account sync.
#>
param(
    [string]$OutFile = "\\\\fs01\\it$\\exports\\ps_staff.csv"
)

$server       = "https://powerschool.rockvalley.k12.ia.us"
$clientId     = "@@ID@@"
$clientSecret = "@@S@@"

$pair  = "{0}:{1}" -f $clientId, $clientSecret
$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
$token = (Invoke-RestMethod -Method Post -Uri "$server/oauth/access_token" `
    -Headers @{ Authorization = "Basic $basic" } `
    -ContentType "application/x-www-form-urlencoded;charset=UTF-8" `
    -Body "grant_type=client_credentials").access_token

$headers = @{ Authorization = "Bearer $token"; Accept = "application/json" }
$staff = Invoke-RestMethod -Uri "$server/ws/v1/district/staff?pagesize=0" -Headers $headers
$staff.staffs.staff |
    Select-Object id, @{n='email';e={$_.emails.work_email}}, @{n='last';e={$_.name.last_name}} |
    Export-Csv -NoTypeInformation -Path $OutFile
''', ID=ps_id4, S=ps_secret4), ps_secret4, "PowerSchool API docs: client credentials grant; PowerShell Invoke-RestMethod")

add("blind-db/xml/decoy-plugin-manifest", "powerschool-plugin/plugin.xml", fill('''\
<?xml version="1.0" encoding="UTF-8"?>
<plugin xmlns="http://plugin.powerschool.pearson.com"
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
        xsi:schemaLocation="http://plugin.powerschool.pearson.com plugin.xsd"
        name="Acme Learning Roster"
        version="3.4.1"
        description="Roster and grade passback for Acme Learning">
  <publisher name="Acme Learning, Inc.">
    <contact email="integrations@acmelearning.example"/>
  </publisher>
  <oauth/>
  <access_request>
    <field table="STUDENTS" field="STUDENT_NUMBER" access="ViewOnly"/>
    <field table="STUDENTS" field="FIRST_NAME" access="ViewOnly"/>
    <field table="STUDENTS" field="LAST_NAME" access="ViewOnly"/>
    <field table="STUDENTS" field="GRADE_LEVEL" access="ViewOnly"/>
    <field table="SECTIONS" field="ID" access="ViewOnly"/>
    <field table="CC" field="SECTIONID" access="ViewOnly"/>
  </access_request>
  <links>
    <link display-text="Acme Roster Status" path="/admin/acme/status.html" title="Acme status"/>
  </links>
</plugin>
'''), None, "PowerSchool plugin.xml schema (plugin.powerschool.pearson.com)")

add("blind-db/python/decoy-env-reference", "sis_sync/settings.py", '''\
"""Settings for the SIS sync. Every credential comes from the environment (set by the
systemd unit's EnvironmentFile, which Ansible renders from the vault)."""
import os

PS_BASE_URL = os.environ.get("PS_BASE_URL", "https://ps.lakeviewschools.org")
PS_CLIENT_ID = os.environ["PS_CLIENT_ID"]
PS_CLIENT_SECRET = os.environ["PS_CLIENT_SECRET"]

IC_ONEROSTER_URL = os.environ.get("IC_ONEROSTER_URL", "")
IC_CLIENT_KEY = os.environ.get("IC_CLIENT_KEY", "")
IC_CLIENT_SECRET = os.environ.get("IC_CLIENT_SECRET", "")

GOOGLE_SA_FILE = os.environ.get("GOOGLE_APPLICATION_CREDENTIALS", "/etc/sis-sync/google-sa.json")
DRY_RUN = os.environ.get("DRY_RUN", "1") == "1"
''', None, "twelve-factor config; Python os.environ")

ic_secret = alnum(32)
add("blind-db/yaml/infinite-campus-secret", "config/sources/infinite_campus.yml", fill('''\
# Infinite Campus OneRoster 1.2 connection (Campus > System Administration > OneRoster > Credentials)
source: infinite_campus
district: Rockford Public Schools
oneroster:
  base_url: https://rockfordil.infinitecampus.org/campus/api/oneroster/v1p2/rockford
  token_url: https://rockfordil.infinitecampus.org/campus/oauth2/token?appName=rockford
  client_id: @@ID@@
  client_secret: @@S@@
  page_size: 1000
sync:
  school_year: 2025
  include_inactive: false
  map:
    teacher_role: teacher
    aide_role: aide
''', ID=alnum(24), S=ic_secret), ic_secret, "Infinite Campus OneRoster API (OAuth 2 client credentials) docs")

ic_secret2 = alnum(32)
add("blind-db/json/infinite-campus-secret", "integrations/ic/district-4471.json", fill('''\
{
  "districtId": 4471,
  "name": "Maple Grove ISD",
  "sis": "infinite_campus",
  "oneRoster": {
    "version": "1.1",
    "baseUrl": "https://maplegrovemn.infinitecampus.org/campus/api/oneroster/v1p1/maplegrove",
    "auth": "oauth1",
    "consumerKey": "@@K@@",
    "consumerSecret": "@@S@@"
  },
  "schedule": "0 4 * * *",
  "notify": ["sis-team@maplegrove.k12.mn.us"]
}
''', K=alnum(24), S=ic_secret2), ic_secret2, "Infinite Campus OneRoster 1.1 (OAuth 1.0a consumer key/secret)")

add("blind-db/yaml/decoy-jinja-vault", "ansible/roles/sis_sync/templates/sources.yml.j2", '''\
# Managed by Ansible - role sis_sync. Local edits are overwritten.
source: infinite_campus
oneroster:
  base_url: {{ ic_oneroster_base_url }}
  token_url: {{ ic_oneroster_base_url | regex_replace('/api/oneroster/.*$', '') }}/oauth2/token?appName={{ ic_app_name }}
  client_id: {{ vault_ic_client_id }}
  client_secret: {{ vault_ic_client_secret }}
  page_size: 1000
powerschool:
  host: {{ ps_host }}
  client_id: {{ vault_ps_client_id }}
  client_secret: {{ vault_ps_client_secret }}
''', None, "Ansible docs: template module with Jinja2 variables from vault")

sky_pw = school_pw()
add("blind-db/ini/odbc-password", "etc/odbc.ini", fill('''\
[ODBC Data Sources]
SkywardSMS=Progress OpenEdge 11.7 Driver

[SkywardSMS]
Driver=/opt/Progress/DataDirect/ODBC_71_64bit/lib/pgoe27.so
Description=Skyward SMS 2.0 - read only reporting
HostName=skyward-db.brookfield.k12.wi.us
PortNumber=21210
DatabaseName=SKYWARD
LogonID=SQLREADONLY
Password=@@PW@@
DefaultIsolationLevel=READ UNCOMMITTED
ArraySize=50
''', PW=sky_pw), sky_pw, "Progress DataDirect OpenEdge ODBC driver docs (odbc.ini keywords)")

add("blind-db/ini/decoy-empty-password", "deploy/odbc.ini.example", '''\
; Copy to /etc/odbc.ini on the reporting host and fill in the LogonID.
; The password is NOT stored here: the extract job passes it with PWD= from the
; SKYWARD_ODBC_PASSWORD environment variable at connect time.
[ODBC Data Sources]
SkywardSMS=Progress OpenEdge 11.7 Driver

[SkywardSMS]
Driver=/opt/Progress/DataDirect/ODBC_71_64bit/lib/pgoe27.so
HostName=skyward-db.example.k12.wi.us
PortNumber=21210
DatabaseName=SKYWARD
LogonID=<readonly-user>
Password=
''', None, "Progress DataDirect OpenEdge ODBC driver docs")

sky_secret = alnum(40)
add("blind-db/python/skyward-secret", "connectors/skyward/qmlativ.py", fill('''\
"""Skyward Qmlativ API connector (Skyward API Gateway, OAuth 2 client credentials)."""
from dataclasses import dataclass

import httpx

GATEWAY = "https://skyward-api.evergreenps.org/api"


@dataclass
class SkywardAuth:
    client_id: str = "evergreen-roster-sync"
    client_secret: str = "@@S@@"

    def token(self) -> str:
        r = httpx.post(f"{GATEWAY}/token",
                       data={"grant_type": "client_credentials",
                             "client_id": self.client_id,
                             "client_secret": self.client_secret},
                       timeout=20)
        r.raise_for_status()
        return r.json()["access_token"]


def fetch_students(auth: SkywardAuth, entity_id: int) -> list:
    headers = {"Authorization": f"Bearer {auth.token()}"}
    r = httpx.get(f"{GATEWAY}/v1/Student/Students", params={"EntityID": entity_id}, headers=headers)
    r.raise_for_status()
    return r.json()
''', S=sky_secret), sky_secret, "Skyward API Gateway (Qmlativ) OAuth 2 client credentials")

rpt_pw = rand_pw(14, "#!")
add("blind-db/sql/oracle-password", "db/powerschool/001_create_report_user.sql", fill('''\
-- Reporting account for the PowerSchool replica (run as SYSTEM on PSRPT).
-- Ticket IT-4821. Grants are read-only on the PS schema views.
CREATE USER ps_bi_reader IDENTIFIED BY "@@PW@@"
  DEFAULT TABLESPACE users
  TEMPORARY TABLESPACE temp
  PROFILE app_service;

GRANT CREATE SESSION TO ps_bi_reader;
GRANT SELECT ON ps.students TO ps_bi_reader;
GRANT SELECT ON ps.schools TO ps_bi_reader;
GRANT SELECT ON ps.cc TO ps_bi_reader;
GRANT SELECT ON ps.sections TO ps_bi_reader;
GRANT SELECT ON ps.storedgrades TO ps_bi_reader;
''', PW=rpt_pw), rpt_pw, "Oracle Database SQL Reference: CREATE USER ... IDENTIFIED BY")

add("blind-db/sql/decoy-bind-variable", "plugins/sqlreports/attendance_by_homeroom.sql", '''\
-- sqlReports 6: Daily attendance by homeroom
-- Parameters: ~(curschoolid) is the selected school, :att_date is the prompt value.
SELECT s.student_number,
       s.lastfirst,
       s.home_room,
       ac.att_code,
       a.att_comment
  FROM attendance a
  JOIN students s         ON s.id = a.studentid
  JOIN attendance_code ac ON ac.id = a.attendance_codeid
 WHERE s.schoolid = ~(curschoolid)
   AND a.att_date = TO_DATE(:att_date, 'MM/DD/YYYY')
   AND a.att_mode_code = 'ATT_ModeDaily'
 ORDER BY s.home_room, s.lastfirst
''', None, "PowerSchool sqlReports: ~(curschoolid) and prompt bind variables")

ps_doc_pw = school_pw()
add("blind-db/markdown/oracle-password", "docs/runbooks/powerschool-replica.md", fill('''\
# PowerSchool reporting replica

The replica is refreshed by PowerSchool Hosting every night at 01:30.

## Connecting

| Setting  | Value                          |
|----------|--------------------------------|
| Host     | `psrpt.hosting.powerschool.com` |
| Port     | 1521                           |
| Service  | `PSRPT_NFPS`                   |
| User     | `PSNAVIGATOR`                  |
| Password | `@@PW@@`              |

From the util box:

```
sqlplus PSNAVIGATOR@//psrpt.hosting.powerschool.com:1521/PSRPT_NFPS
```

If the password stops working, open a case with PowerSchool support (it is
rotated when the hosted server is upgraded).
''', PW=ps_doc_pw), ps_doc_pw, "PowerSchool hosted replica access; Markdown runbook")

add("blind-db/markdown/decoy-secret-store-reference", "docs/runbooks/sis-credentials.md", '''\
# Where SIS credentials live

Nothing below is a credential: every secret is in 1Password, vault **District IT - SIS**.

| System                 | Item in 1Password                      | Rotated      |
|------------------------|----------------------------------------|--------------|
| PowerSchool plugin     | `PowerSchool - Roster Sync plugin`     | each July    |
| PowerSchool replica    | `PSNAVIGATOR (replica)`                | on upgrade   |
| Infinite Campus OR 1.2 | `IC OneRoster - district app`          | yearly       |
| Skyward ODBC           | `Skyward SQLREADONLY`                  | yearly       |

To use one in a script, read it with the CLI:

```
export PS_CLIENT_SECRET="$(op read 'op://District IT - SIS/PowerSchool - Roster Sync plugin/credential')"
```

Never paste a value into a ticket, a script or this repository.
''', None, "1Password CLI docs: op read secret references")

sftp_pw = words_pw()
add("blind-db/crontab/sftp-password", "ops/cron/sis-util01.crontab", fill('''\
# m h dom mon dow  command
MAILTO=sis-alerts@brookfield.k12.wi.us
PATH=/usr/local/bin:/usr/bin:/bin

# Pull the Infinite Campus extract that Campus drops at 03:00
20 3 * * 1-5  sshpass -p '@@PW@@' sftp -oBatchMode=no -b /opt/sis/pull.batch icextract@sftp.infinitecampus.org >> /var/log/sis/pull.log 2>&1

# Load to the warehouse
45 3 * * 1-5  /opt/sis/venv/bin/python /opt/sis/load.py --source /srv/ic/incoming >> /var/log/sis/load.log 2>&1

# Clean old files
0 5 * * 0     find /srv/ic/incoming -type f -mtime +30 -delete
''', PW=sftp_pw), sftp_pw, "sshpass(1) man page: -p password; crontab(5)")
# ---------------------------------------------------------------- rostering: Clever, ClassLink, OneRoster, Ed-Fi

clever_tok = hexs(40)
add("blind-db/python/clever-district-token", "rostering/clever_sync.py", fill('''\
#!/usr/bin/env python3
"""Nightly Clever -> library system patron sync (Clever district app, API v3.0)."""
import csv
import sys

import requests

CLEVER_API = "https://api.clever.com/v3.0"
# district-app token for Lakeview Unified (Clever dashboard > Applications > Library Sync)
DISTRICT_TOKEN = "@@T@@"
SESSION = requests.Session()
SESSION.headers.update({"Authorization": f"Bearer {DISTRICT_TOKEN}", "Accept": "application/json"})


def paged(path: str):
    url = CLEVER_API + path
    while url:
        body = SESSION.get(url, params={"limit": 1000}, timeout=60).json()
        for item in body["data"]:
            yield item["data"]
        nxt = [link["uri"] for link in body.get("links", []) if link["rel"] == "next"]
        url = "https://api.clever.com" + nxt[0] if nxt else None


def main() -> int:
    writer = csv.writer(sys.stdout)
    writer.writerow(["sis_id", "first", "last", "grade", "school"])
    for user in paged("/users?role=student"):
        st = user["roles"]["student"]
        writer.writerow([st["sis_id"], user["name"]["first"], user["name"]["last"], st.get("grade"), st["school"]])
    return 0


if __name__ == "__main__":
    sys.exit(main())
''', T=clever_tok), clever_tok, "Clever API v3.0 docs: district-app bearer tokens")

add("blind-db/python/decoy-documented-demo-token", "rostering/tests/test_clever_sandbox.py", '''\
"""Smoke test against Clever's public sandbox district.

Clever's docs use the documented DEMO_TOKEN for the sandbox "#DEMO" district; it only ever
returns the fake demo data and is published on dev.clever.com, so it is safe to commit.
"""
import pytest
import requests

SANDBOX_TOKEN = "DEMO_TOKEN"


@pytest.mark.network
def test_sandbox_lists_schools():
    resp = requests.get(
        "https://api.clever.com/v3.0/schools",
        headers={"Authorization": f"Bearer {SANDBOX_TOKEN}"},
        timeout=30,
    )
    assert resp.status_code == 200
    assert resp.json()["data"], "sandbox district should have schools"
''', None, "Clever developer docs: DEMO_TOKEN for the sandbox district")

clever_nb = hexs(40)
add("blind-db/notebook/clever-district-token", "analysis/clever_enrollment_counts.ipynb", fill('''\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Enrollment counts from Clever\\n", "Compare Clever sections with the SIS export before the fall launch."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "import requests\\n",
    "\\n",
    "TOKEN = '@@T@@'\\n",
    "H = {'Authorization': 'Bearer ' + TOKEN}\\n",
    "r = requests.get('https://api.clever.com/v3.0/sections?limit=1000', headers=H)\\n",
    "sections = pd.json_normalize([d['data'] for d in r.json()['data']])"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": ["sections.groupby('school')['students'].apply(lambda s: s.str.len().sum())"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', T=clever_nb), clever_nb, "Jupyter nbformat 4; Clever API v3.0 bearer token")

clever_gs = hexs(40)
add("blind-db/apps-script/clever-district-token", "apps-script/roster-sheet/Code.gs", fill('''\
/**
 * Roster Sheet: pulls Clever sections into the "Sections" tab for the building secretaries.
 * Bound to the sheet "2025-26 Section Audit" (Shared drive: Tech Dept).
 */
var CLEVER_TOKEN = '@@T@@';

function onOpen() {
  SpreadsheetApp.getUi().createMenu('Clever')
    .addItem('Refresh sections', 'refreshSections')
    .addToUi();
}

function refreshSections() {
  var sheet = SpreadsheetApp.getActive().getSheetByName('Sections');
  var resp = UrlFetchApp.fetch('https://api.clever.com/v3.0/sections?limit=1000', {
    headers: { Authorization: 'Bearer ' + CLEVER_TOKEN },
    muteHttpExceptions: true
  });
  var rows = JSON.parse(resp.getContentText()).data.map(function (d) {
    var s = d.data;
    return [s.id, s.name, s.school, s.teacher, (s.students || []).length];
  });
  sheet.getRange(2, 1, sheet.getLastRow(), 5).clearContent();
  if (rows.length) sheet.getRange(2, 1, rows.length, 5).setValues(rows);
}
''', T=clever_gs), clever_gs, "Google Apps Script UrlFetchApp docs; Clever API bearer token")

clever_cs = hexs(40)
clever_cid = hexs(20)
add("blind-db/json/clever-client-secret", "config/sso/clever.prod.json", fill('''\
{
  "provider": "clever",
  "authorizeUrl": "https://clever.com/oauth/authorize",
  "tokenUrl": "https://clever.com/oauth/tokens",
  "meUrl": "https://api.clever.com/v3.0/me",
  "clientId": "@@ID@@",
  "clientSecret": "@@S@@",
  "redirectUri": "https://app.readingbuddy.example.com/auth/clever/callback",
  "scopes": ["read:user_id", "read:sis"],
  "instantLogin": true
}
''', ID=clever_cid, S=clever_cs), clever_cs, "Clever SSO (OAuth 2) docs: client id and secret")

add("blind-db/json/decoy-public-ids", "config/sso/clever.shared.json", fill('''\
{
  "provider": "clever",
  "authorizeUrl": "https://clever.com/oauth/authorize",
  "tokenUrl": "https://clever.com/oauth/tokens",
  "clientId": "@@ID@@",
  "clientSecretEnv": "CLEVER_CLIENT_SECRET",
  "redirectUri": "https://app.readingbuddy.example.com/auth/clever/callback",
  "pilotDistricts": [
    {"name": "Lakeview Unified", "cleverDistrictId": "@@D1@@"},
    {"name": "Northfield Public Schools", "cleverDistrictId": "@@D2@@"},
    {"name": "Cedar Falls CSD", "cleverDistrictId": "@@D3@@"}
  ]
}
''', ID=hexs(20), D1=object_id(), D2=object_id(), D3=object_id()), None, "Clever docs: client ids and district ids are public identifiers")

clever_k8s = hexs(40)
add("blind-db/k8s-secret/clever-client-secret", "deploy/k8s/base/clever-secret.yaml", fill('''\
apiVersion: v1
kind: Secret
metadata:
  name: clever-oauth
  namespace: readingbuddy
  labels:
    app.kubernetes.io/name: readingbuddy-api
type: Opaque
data:
  CLEVER_CLIENT_ID: @@ID@@
  CLEVER_CLIENT_SECRET: @@S@@
''', ID=b64(hexs(20)), S=b64(clever_k8s)), clever_k8s, "Kubernetes docs: Secret data is base64-encoded")

cl_secret = hexs(32)
add("blind-db/yaml/classlink-secret", "rostering/config/classlink.yaml", fill('''\
# ClassLink Roster Server (OneRoster 1.1) - tenant: Cypress Creek ISD
provider: classlink
roster_server:
  base_url: https://cypresscreek-tx-v2.oneroster.com/ims/oneroster/v1p1
  client_id: @@ID@@
  client_secret: @@S@@
  auth: oauth1_hmac_sha256
fetch:
  - orgs
  - academicSessions
  - classes
  - users
  - enrollments
limit: 5000
''', ID=hexs(24), S=cl_secret), cl_secret, "ClassLink Roster Server docs: OneRoster client id/secret (OAuth 1.0a HMAC-SHA256)")

cl_sso = alnum(36)
add("blind-db/json/classlink-client-secret", "src/LaunchPad.Web/appsettings.Production.json", fill('''\
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "AllowedHosts": "*",
  "Authentication": {
    "ClassLink": {
      "Authority": "https://launchpad.classlink.com",
      "ClientId": "c1690316541855f1d5e3c3a1a7c2b8e4",
      "ClientSecret": "@@S@@",
      "CallbackPath": "/signin-classlink",
      "Scope": "profile oneroster"
    }
  },
  "ConnectionStrings": {
    "Default": "Server=tcp:launchpad-sql.database.windows.net,1433;Database=launchpad;Authentication=Active Directory Managed Identity;"
  }
}
''', S=cl_sso), cl_sso, "ClassLink SSO (OAuth 2) docs; ASP.NET Core appsettings.json")

add("blind-db/csv/decoy-empty-password-column", "fixtures/oneroster/users.csv", '''\
sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password
st-100234,active,2025-08-14T03:12:09Z,true,sch-011,student,jmartinez34,{SIS:100234},Jose,Martinez,,100234,jmartinez34@students.lakeview.k12.ca.us,,,,05,
st-100235,active,2025-08-14T03:12:09Z,true,sch-011,student,aokafor12,{SIS:100235},Ada,Okafor,N,100235,aokafor12@students.lakeview.k12.ca.us,,,,05,
st-100236,active,2025-08-14T03:12:09Z,true,sch-011,student,lnguyen07,{SIS:100236},Linh,Nguyen,,100236,lnguyen07@students.lakeview.k12.ca.us,,,,04,
tc-2001,active,2025-08-14T03:12:09Z,true,sch-011,teacher,kbrennan,{SIS:T2001},Kate,Brennan,,T2001,kbrennan@lakeview.k12.ca.us,,,,,
tc-2002,active,2025-08-14T03:12:09Z,true,sch-011,teacher,dsingh,{SIS:T2002},Dev,Singh,,T2002,dsingh@lakeview.k12.ca.us,,,,,
''', None, "IMS OneRoster 1.1 CSV binding: users.csv (password column optional)")

add("blind-db/csv/decoy-manifest", "fixtures/oneroster/manifest.csv", '''\
propertyName,value
manifest.version,1.0
oneroster.version,1.1
file.academicSessions,bulk
file.categories,absent
file.classes,bulk
file.classResources,absent
file.courses,bulk
file.demographics,absent
file.enrollments,bulk
file.lineItems,absent
file.orgs,bulk
file.users,bulk
source.systemName,PowerSchool SIS
source.systemCode,ps-lakeview
''', None, "IMS OneRoster 1.1 CSV binding: manifest.csv")

or_secret = hexs(32)
add("blind-db/python/oneroster-secret", "rostering/oneroster_client.py", fill('''\
"""Minimal OneRoster 1.1 REST client (OAuth 1.0a, HMAC-SHA256 as ClassLink and IC require)."""
from oauthlib.oauth1 import SIGNATURE_HMAC_SHA256
from requests_oauthlib import OAuth1Session

BASE = "https://sunnyside-az-v2.oneroster.com/ims/oneroster/v1p1"


def session() -> OAuth1Session:
    return OAuth1Session(
        client_key="@@K@@",
        client_secret="@@S@@",
        signature_method=SIGNATURE_HMAC_SHA256,
    )


def get_all(endpoint: str, limit: int = 1000):
    s, offset = session(), 0
    while True:
        r = s.get(f"{BASE}/{endpoint}", params={"limit": limit, "offset": offset})
        r.raise_for_status()
        items = next(iter(r.json().values()))
        if not items:
            return
        yield from items
        offset += limit
''', K=hexs(24), S=or_secret), or_secret, "IMS OneRoster 1.1 REST binding; requests-oauthlib OAuth1Session docs")

or_js = hexs(32)
add("blind-db/javascript/oneroster-secret", "packages/roster-worker/src/oneroster.js", fill('''\
'use strict';

const OAuth = require('oauth-1.0a');
const crypto = require('crypto');
const axios = require('axios');

// Tenant: Desert Sky USD (ClassLink Roster Server app "MathLab")
const oauth = OAuth({
  consumer: {
    key: '@@K@@',
    secret: '@@S@@',
  },
  signature_method: 'HMAC-SHA256',
  hash_function(base, key) {
    return crypto.createHmac('sha256', key).update(base).digest('base64');
  },
});

async function fetchClasses(baseUrl) {
  const request = { url: `${baseUrl}/classes?limit=500`, method: 'GET' };
  const headers = oauth.toHeader(oauth.authorize(request));
  const { data } = await axios.get(request.url, { headers });
  return data.classes;
}

module.exports = { fetchClasses };
''', K=hexs(24), S=or_js), or_js, "oauth-1.0a npm README; IMS OneRoster REST binding")

edfi_secret = alnum(24)
add("blind-db/dotenv/edfi-secret", "state-reporting/edfi-sync/.env", fill('''\
# Ed-Fi ODS/API 7.1 - Texas TSDS vendor connection (production)
EDFI_BASE_URL=https://edfi.region10.net/api
EDFI_API_VERSION=v3
EDFI_SCHOOL_YEAR=2026
EDFI_CLIENT_KEY=@@K@@
EDFI_CLIENT_SECRET=@@S@@
EDFI_NAMESPACE=uri://district057905.tx.us

# local staging database
STAGING_DSN=postgresql://edfi_stage@localhost:5432/edfi_stage
''', K=alnum(20), S=edfi_secret), edfi_secret, "Ed-Fi ODS/API docs: API client key and secret (Admin App)")

edfi_s2 = alnum(24)
add("blind-db/batch/edfi-secret", "state-reporting/bulkload/run-bulkload.cmd", fill('''\
@echo off
REM Load the interchange files exported from the SIS into the state Ed-Fi ODS.
REM Scheduled task "EdFi Bulk Load" on RPT01, runs as svc_edfi.
setlocal
set BULK=C:\\EdFi\\BulkLoadClient\\EdFi.BulkLoadClient.Console.exe
set DATA=D:\\StateReporting\\Interchanges\\%DATE:~10,4%%DATE:~4,2%%DATE:~7,2%

"%BULK%" -b https://ods.dese.example.gov/api/ -d "%DATA%" -w C:\\EdFi\\Work ^
  -k @@K@@ -s @@S@@ ^
  -x C:\\EdFi\\Schemas -y 2026 -l 4 -c 100

if errorlevel 1 (
  echo Bulk load failed >> D:\\StateReporting\\logs\\bulkload.log
  exit /b 1
)
endlocal
''', K=alnum(20), S=edfi_s2), edfi_s2, "Ed-Fi Bulk Load Client docs: -k key -s secret options")

add("blind-db/docker-compose/decoy-env-reference", "state-reporting/edfi-sync/docker-compose.yml", '''\
services:
  edfi-sync:
    build: .
    env_file: .env
    environment:
      EDFI_CLIENT_KEY: ${EDFI_CLIENT_KEY:?set EDFI_CLIENT_KEY}
      EDFI_CLIENT_SECRET: ${EDFI_CLIENT_SECRET:?set EDFI_CLIENT_SECRET}
      STAGING_DSN: postgresql://edfi_stage:${STAGING_PASSWORD}@staging-db:5432/edfi_stage
    depends_on:
      - staging-db
  staging-db:
    image: postgres:16
    environment:
      POSTGRES_USER: edfi_stage
      POSTGRES_PASSWORD_FILE: /run/secrets/staging_pw
    secrets:
      - staging_pw
secrets:
  staging_pw:
    file: ./secrets/staging_pw.txt
''', None, "Docker Compose docs: variable interpolation and secrets")

cl_toml = hexs(32)
add("blind-db/toml/classlink-secret", "roster-sync/config/district.toml", fill('''\
[district]
name = "Pine Ridge School District"
state = "SD"
timezone = "America/Denver"

[source]
kind = "classlink"
base_url = "https://pineridge-sd-v2.oneroster.com/ims/oneroster/v1p1"
client_id = "@@ID@@"
client_secret = "@@S@@"

[target.google]
customer = "my_customer"
student_ou = "/Students/{grad_year}"
delegated_admin = "rostersync@pineridge.k12.sd.us"

[schedule]
cron = "30 5 * * *"
''', ID=hexs(24), S=cl_toml), cl_toml, "ClassLink Roster Server OneRoster credentials; TOML v1.0.0 spec")

add("blind-db/json/decoy-fixture-ids", "tests/fixtures/clever/events_page.json", fill('''\
{
  "data": [
    {
      "data": {
        "id": "@@E1@@",
        "type": "sections.updated",
        "created": "2025-09-03T14:22:10.117Z",
        "data": {"object": {"id": "@@S1@@", "district": "@@D@@", "school": "@@SC@@", "name": "Grade 5 Math - Brennan"}}
      },
      "uri": "/v3.0/events/@@E1B@@"
    }
  ],
  "links": [
    {"rel": "self", "uri": "/v3.0/events?starting_after=@@E0@@"},
    {"rel": "next", "uri": "/v3.0/events?starting_after=@@E1C@@"}
  ]
}
''', E1=(e1 := object_id()), S1=object_id(), D=object_id(), SC=object_id(), E1B=e1, E0=object_id(), E1C=e1), None, "Clever API v3.0 events response (object ids)")

clever_rb = hexs(40)
add("blind-db/ruby/clever-client-secret", "config/initializers/omniauth.rb", fill('''\
# frozen_string_literal: true

Rails.application.config.middleware.use OmniAuth::Builder do
  provider :clever,
           "@@ID@@",
           "@@S@@",
           callback_path: "/auth/clever/callback",
           scope: "read:user_id read:sis"

  provider :google_oauth2,
           ENV.fetch("GOOGLE_CLIENT_ID"),
           ENV.fetch("GOOGLE_CLIENT_SECRET"),
           hd: %w[students.example.org example.org],
           prompt: "select_account"
end

OmniAuth.config.allowed_request_methods = %i[post]
''', ID=hexs(20), S=clever_rb), clever_rb, "omniauth-clever README; OmniAuth::Builder docs")

add("blind-db/ruby/decoy-env-reference", "config/initializers/clever.rb", '''\
# frozen_string_literal: true

# Clever district-app tokens are stored per district in the database (encrypted with
# Active Record encryption); only the app-level credentials come from the environment.
Clever.configure do |config|
  config.client_id     = ENV.fetch("CLEVER_CLIENT_ID")
  config.client_secret = Rails.application.credentials.dig(:clever, :client_secret)
  config.api_base      = ENV.fetch("CLEVER_API_BASE", "https://api.clever.com/v3.0")
  config.timeout       = 30
end
''', None, "Rails guides: credentials and ENV.fetch")

clever_sftp = rand_pw(24)
add("blind-db/python/clever-sftp-password", "rostering/upload_to_clever.py", fill('''\
"""Upload the nightly roster CSVs to Clever's SFTP (Clever Secure Sync, "SFTP" source)."""
import pathlib

import paramiko

HOST = "sftp.clever.com"
USER = "dutiful-heron-4412"
PASSWORD = "@@PW@@"
FILES = ["schools.csv", "students.csv", "teachers.csv", "sections.csv", "enrollments.csv"]


def upload(export_dir: pathlib.Path) -> None:
    transport = paramiko.Transport((HOST, 22))
    transport.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        for name in FILES:
            sftp.put(str(export_dir / name), name)
            print("uploaded", name)
    finally:
        sftp.close()
        transport.close()


if __name__ == "__main__":
    upload(pathlib.Path("/srv/exports/clever"))
''', PW=clever_sftp), clever_sftp, "Clever SFTP docs (sftp.clever.com); Paramiko Transport.connect")

add("blind-db/markdown/decoy-placeholder", "docs/integrations/classlink.md", '''\
# ClassLink Roster Server setup

1. In ClassLink Management Console, open **Roster Server > Apps** and approve the app.
2. Copy the **Client ID** and **Client Secret** from the app's *Credentials* tab.
3. Put them in `rostering/config/classlink.yaml` on the sync host (not in git):

```yaml
roster_server:
  base_url: https://<tenant>-v2.oneroster.com/ims/oneroster/v1p1
  client_id: <your-client-id>
  client_secret: <your-client-secret>
```

4. Test with:

```
curl -s "https://<tenant>-v2.oneroster.com/ims/oneroster/v1p1/orgs?limit=1" \\
     -H "Authorization: OAuth oauth_consumer_key=\\"<your-client-id>\\", ..."
```
''', None, "ClassLink Roster Server docs")
# ---------------------------------------------------------------- Google Workspace and Microsoft 365 provisioning

sa_key = pkcs8_pem(25)
sa_row = sa_key.splitlines()[3]
add("blind-db/json/google-service-account-key", "gam/oauth2service.json", fill('''\
{
  "type": "service_account",
  "project_id": "gam-project-lkv-2291",
  "private_key_id": "@@KID@@",
  "private_key": "@@KEY@@\\n",
  "client_email": "gam-project-lkv-2291@gam-project-lkv-2291.iam.gserviceaccount.com",
  "client_id": "@@CID@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/gam-project-lkv-2291%40gam-project-lkv-2291.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
''', KID=hexs(40), KEY=sa_key.replace("\n", "\\n"), CID=str(_rng().randint(10**20, 10**21 - 1))), sa_row,
    "Google Cloud docs: service account key JSON (GAM oauth2service.json)")

sa_key2 = pkcs8_pem(25)
add("blind-db/python/google-service-account-key", "provisioning/google_directory.py", fill('''\
"""Create student accounts in Google Workspace (domain-wide delegation)."""
from google.oauth2 import service_account
from googleapiclient.discovery import build

SCOPES = ["https://www.googleapis.com/auth/admin.directory.user",
          "https://www.googleapis.com/auth/admin.directory.orgunit"]

# TODO move to Secret Manager before the fall rollout
SA_INFO = {
    "type": "service_account",
    "client_email": "student-provisioner@wcsd-provisioning.iam.gserviceaccount.com",
    "token_uri": "https://oauth2.googleapis.com/token",
    "private_key": """@@KEY@@
""",
}


def directory(admin: str = "provisioner@wcsd.k12.nv.us"):
    creds = service_account.Credentials.from_service_account_info(SA_INFO, scopes=SCOPES).with_subject(admin)
    return build("admin", "directory_v1", credentials=creds, cache_discovery=False)


def create_student(first: str, last: str, email: str, grad_year: int, password_sha1: str) -> dict:
    body = {"primaryEmail": email, "name": {"givenName": first, "familyName": last},
            "orgUnitPath": f"/Students/{grad_year}", "password": password_sha1,
            "hashFunction": "SHA-1", "changePasswordAtNextLogin": False}
    return directory().users().insert(body=body).execute()
''', KEY=sa_key2), sa_key2, "google-auth docs: service_account.Credentials.from_service_account_info")

gam_pw = school_pw()
add("blind-db/shell/google-user-password", "scripts/gam/new_staff.sh", fill('''\
#!/usr/bin/env bash
# Create a staff account in Google Workspace and put it in the right OU/groups.
# usage: new_staff.sh first last building
set -euo pipefail
GAM=/home/gamadmin/bin/gam7/gam
first="$1"; last="$2"; bldg="$3"
user="$(echo "${first:0:1}${last}" | tr '[:upper:]' '[:lower:]')@cedarfalls.k12.ia.us"

"$GAM" create user "$user" firstname "$first" lastname "$last" \\
    password '@@PW@@' changepassword on \\
    org "/Staff/$bldg" \\
    externalid organization "Cedar Falls CSD"

"$GAM" update group "staff-$bldg@cedarfalls.k12.ia.us" add member user "$user"
"$GAM" user "$user" add license workspaceeducationplus || true
echo "created $user (temporary password set, must change at first login)"
''', PW=gam_pw), gam_pw, "GAM wiki: gam create user ... password <Password> changepassword on")

add("blind-db/shell/decoy-generated-password", "scripts/gam/new_student.sh", '''\
#!/usr/bin/env bash
# Create a student account; the initial password is random and goes only to the
# teacher's roster printout (never to a log).
set -euo pipefail
GAM=/home/gamadmin/bin/gam7/gam
sid="$1"; first="$2"; last="$3"; grad="$4"
user="${first,,}.${last,,}${sid: -3}@students.cedarfalls.k12.ia.us"
initial_pw="$(openssl rand -base64 12)"

"$GAM" create user "$user" firstname "$first" lastname "$last" \\
    password "$initial_pw" changepassword on \\
    org "/Students/$grad" externalid organization "$sid"

printf '%s,%s,%s\\n' "$sid" "$user" "$initial_pw" >> "/secure/printouts/$(date +%F).csv"
''', None, "GAM wiki: create user; openssl rand")

ad_pw = school_pw()
add("blind-db/powershell/ad-default-password", "scripts/AD/New-StudentAccounts.ps1", fill('''\
#Requires -Modules ActiveDirectory
<#
  Creates AD accounts for new students from the nightly SIS export.
  Scheduled task on DC-UTIL01, 4:30 AM.
#>
$import   = Import-Csv "\\\\sis-util01\\exports\\new_students.csv"
$defaultPw = ConvertTo-SecureString "@@PW@@" -AsPlainText -Force
$baseOU    = "OU=Students,OU=Users,DC=spartanschools,DC=local"

foreach ($s in $import) {
    $sam = ("{0}{1}" -f $s.FirstName.Substring(0,1), $s.LastName).ToLower() + $s.StudentID.Substring($s.StudentID.Length - 3)
    if (Get-ADUser -Filter "SamAccountName -eq '$sam'" -ErrorAction SilentlyContinue) { continue }
    New-ADUser -Name "$($s.FirstName) $($s.LastName)" `
        -GivenName $s.FirstName -Surname $s.LastName `
        -SamAccountName $sam -UserPrincipalName "$sam@spartanschools.org" `
        -EmployeeID $s.StudentID `
        -Path "OU=$($s.GradYear),$baseOU" `
        -AccountPassword $defaultPw -Enabled $true `
        -ChangePasswordAtLogon $false
    Add-ADGroupMember -Identity "Students-$($s.Building)" -Members $sam
}
''', PW=ad_pw), ad_pw, "Microsoft Learn: New-ADUser -AccountPassword; ConvertTo-SecureString -AsPlainText")

add("blind-db/powershell/decoy-derived-password", "scripts/AD/Reset-StudentPassword.ps1", '''\
<#
  Resets a student's password to the building default pattern:
  first initial (upper) + last initial (lower) + lunch number.
  The lunch number comes from the SIS export, so nothing secret lives in this script.
#>
param(
    [Parameter(Mandatory)][string]$StudentId
)
$s = Import-Csv "\\\\sis-util01\\exports\\students.csv" | Where-Object StudentID -eq $StudentId
if (-not $s) { throw "Student $StudentId not found in export" }

$plain  = $s.FirstName.Substring(0,1).ToUpper() + $s.LastName.Substring(0,1).ToLower() + $s.LunchNumber
$secure = ConvertTo-SecureString $plain -AsPlainText -Force
$user   = Get-ADUser -Filter "EmployeeID -eq '$StudentId'"
Set-ADAccountPassword -Identity $user -NewPassword $secure -Reset
Write-Host "Password reset for $($user.SamAccountName) (pattern: initials + lunch number)"
''', None, "Microsoft Learn: Set-ADAccountPassword -Reset")

graph_secret = azure_secret()
add("blind-db/powershell/entra-client-secret", "scripts/M365/Set-StudentLicenses.ps1", fill('''\
# Assigns A3 student licenses to new students (app registration "Licensing Automation").
Import-Module Microsoft.Graph.Authentication
Import-Module Microsoft.Graph.Users

$tenantId = "@@TEN@@"
$appId    = "@@APP@@"
$secret   = "@@S@@"

$cred = New-Object System.Management.Automation.PSCredential($appId, (ConvertTo-SecureString $secret -AsPlainText -Force))
Connect-MgGraph -TenantId $tenantId -ClientSecretCredential $cred -NoWelcome

$skuId = (Get-MgSubscribedSku | Where-Object SkuPartNumber -eq "M365EDU_A3_STUUSEBNFT").SkuId
$new = Get-MgUser -Filter "department eq 'Student' and assignedLicenses/`$count eq 0" -ConsistencyLevel eventual -CountVariable c -All
foreach ($u in $new) {
    Set-MgUserLicense -UserId $u.Id -AddLicenses @(@{ SkuId = $skuId }) -RemoveLicenses @() | Out-Null
    Write-Output "licensed $($u.UserPrincipalName)"
}
Disconnect-MgGraph | Out-Null
''', TEN=uuid_s(), APP=uuid_s(), S=graph_secret), graph_secret, "Microsoft Graph PowerShell: Connect-MgGraph -ClientSecretCredential")

msal_secret = azure_secret()
add("blind-db/python/entra-client-secret", "m365/sds_sync.py", fill('''\
"""Push section memberships to Microsoft Teams classes (School Data Sync companion job)."""
import msal
import requests

TENANT = "@@TEN@@"
CLIENT_ID = "@@APP@@"
app = msal.ConfidentialClientApplication(
    CLIENT_ID,
    authority=f"https://login.microsoftonline.com/{TENANT}",
    client_credential="@@S@@",
)


def graph_token() -> str:
    result = app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])
    if "access_token" not in result:
        raise RuntimeError(result.get("error_description"))
    return result["access_token"]


def add_member(class_id: str, user_id: str) -> None:
    requests.post(
        f"https://graph.microsoft.com/v1.0/education/classes/{class_id}/members/$ref",
        headers={"Authorization": f"Bearer {graph_token()}"},
        json={"@odata.id": f"https://graph.microsoft.com/v1.0/education/users/{user_id}"},
        timeout=30,
    ).raise_for_status()
''', TEN=uuid_s(), APP=uuid_s(), S=msal_secret), msal_secret, "MSAL Python docs: ConfidentialClientApplication(client_credential=...)")

add("blind-db/python/decoy-certificate-thumbprint", "m365/graph_auth.py", fill('''\
"""App-only Graph auth with a certificate (no client secret on disk).

The private key lives in the Windows certificate store of the job server; only its
thumbprint and the public app/tenant ids appear here.
"""
import msal

TENANT_ID = "@@TEN@@"
CLIENT_ID = "@@APP@@"
CERT_THUMBPRINT = "@@TP@@"


def make_app(private_key_pem: str) -> msal.ConfidentialClientApplication:
    return msal.ConfidentialClientApplication(
        CLIENT_ID,
        authority=f"https://login.microsoftonline.com/{TENANT_ID}",
        client_credential={"thumbprint": CERT_THUMBPRINT, "private_key": private_key_pem},
    )
''', TEN=uuid_s(), APP=uuid_s(), TP=hexs(40).upper()), None, "MSAL Python docs: certificate credential (thumbprint is a SHA-1 of the public cert)")

yaml_secret = azure_secret()
add("blind-db/yaml/entra-client-secret", "provisioning/config/m365.yaml", fill('''\
tenant:
  name: northfieldps.onmicrosoft.com
  id: @@TEN@@
app:
  display_name: Northfield Provisioning
  client_id: @@APP@@
  client_secret: "@@S@@"   # expires 2026-06-30
licenses:
  students: STANDARDWOFFPACK_IW_STUDENT
  staff: STANDARDWOFFPACK_IW_FACULTY
domains:
  students: students.northfieldps.org
  staff: northfieldps.org
dry_run: false
''', TEN=uuid_s(), APP=uuid_s(), S=yaml_secret), yaml_secret, "Microsoft identity platform: app registration client secret")

add("blind-db/yaml/decoy-key-vault-reference", "provisioning/config/m365.staging.yaml", fill('''\
tenant:
  name: northfieldpsdev.onmicrosoft.com
  id: @@TEN@@
app:
  display_name: Northfield Provisioning (staging)
  client_id: @@APP@@
  # resolved at startup by the Azure Key Vault provider
  client_secret: "@Microsoft.KeyVault(SecretUri=https://kv-nps-prov.vault.azure.net/secrets/graph-client-secret/)"
licenses:
  students: STANDARDWOFFPACK_IW_STUDENT
  staff: STANDARDWOFFPACK_IW_FACULTY
dry_run: true
''', TEN=uuid_s(), APP=uuid_s()), None, "Azure docs: Key Vault references (@Microsoft.KeyVault(SecretUri=...))")

gcs = google_client_secret()
add("blind-db/json/google-client-secret", "gam/client_secrets.json", fill('''\
{
  "installed": {
    "client_id": "@@CID@@",
    "project_id": "gam-project-nps-0147",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@S@@",
    "redirect_uris": ["http://localhost"]
  }
}
''', CID=google_client_id(), S=gcs), gcs, "Google Identity docs: client_secrets.json (installed app); GAM setup")

gcs2 = google_client_secret()
add("blind-db/javascript/google-client-secret", "classroom-sync/src/google.js", fill('''\
const { google } = require('googleapis');

// OAuth client "Classroom Grade Sync" (Web application) in project ccsd-classroom-sync
const oauth2Client = new google.auth.OAuth2(
  '@@CID@@',
  '@@S@@',
  'https://gradesync.ccsd.net/oauth2callback'
);

const SCOPES = [
  'https://www.googleapis.com/auth/classroom.courses.readonly',
  'https://www.googleapis.com/auth/classroom.coursework.students.readonly',
  'https://www.googleapis.com/auth/classroom.rosters.readonly',
];

function authUrl(state) {
  return oauth2Client.generateAuthUrl({ access_type: 'offline', scope: SCOPES, state, prompt: 'consent' });
}

async function classroomFor(tokens) {
  oauth2Client.setCredentials(tokens);
  return google.classroom({ version: 'v1', auth: oauth2Client });
}

module.exports = { authUrl, classroomFor };
''', CID=google_client_id(), S=gcs2), gcs2, "googleapis Node.js README: new google.auth.OAuth2(clientId, clientSecret, redirect)")

add("blind-db/json/decoy-workload-identity", "deploy/gcp/wif-credentials.json", '''\
{
  "type": "external_account",
  "audience": "//iam.googleapis.com/projects/418822907316/locations/global/workloadIdentityPools/github-pool/providers/github",
  "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
  "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/roster-deployer@lkv-roster.iam.gserviceaccount.com:generateAccessToken",
  "token_url": "https://sts.googleapis.com/v1/token",
  "credential_source": {
    "file": "/var/run/secrets/tokens/gcp-ksa/token",
    "format": {"type": "text"}
  }
}
''', None, "Google Cloud docs: workload identity federation credential configuration (no key)")

add("blind-db/json/decoy-redacted-key", "gam/oauth2service.example.json", '''\
{
  "type": "service_account",
  "project_id": "your-gam-project",
  "private_key_id": "0000000000000000000000000000000000000000",
  "private_key": "-----BEGIN PRIVATE KEY-----\\n<paste the key from the downloaded JSON here>\\n-----END PRIVATE KEY-----\\n",
  "client_email": "gam-project@your-gam-project.iam.gserviceaccount.com",
  "client_id": "000000000000000000000",
  "token_uri": "https://oauth2.googleapis.com/token"
}
''', None, "GAM wiki: service account setup (example file)")

ldap_pw = words_pw()
add("blind-db/python/ldap-bind-password", "provisioning/ad_sync.py", fill('''\
"""Move graduated students to the Alumni OU and disable them (runs July 1)."""
from ldap3 import ALL, MODIFY_REPLACE, NTLM, Connection, Server

SERVER = Server("ldaps://dc01.rvsd.local", get_info=ALL, use_ssl=True)
BIND_USER = "RVSD\\\\svc_provision"
BIND_PASSWORD = "@@PW@@"
STUDENTS_BASE = "OU=Students,DC=rvsd,DC=local"


def graduate(class_of: int, dry_run: bool = True) -> int:
    conn = Connection(SERVER, user=BIND_USER, password=BIND_PASSWORD, authentication=NTLM, auto_bind=True)
    conn.search(f"OU={class_of},{STUDENTS_BASE}", "(objectClass=user)", attributes=["distinguishedName", "userAccountControl"])
    moved = 0
    for entry in conn.entries:
        dn = entry.distinguishedName.value
        if not dry_run:
            conn.modify(dn, {"userAccountControl": [(MODIFY_REPLACE, [514])]})
            conn.modify_dn(dn, dn.split(",")[0], new_superior=f"OU=Alumni,{STUDENTS_BASE}")
        moved += 1
    conn.unbind()
    return moved
''', PW=ldap_pw), ldap_pw, "ldap3 docs: Connection(server, user, password, authentication=NTLM)")

ldap_php = school_pw()
add("blind-db/php/ldap-bind-password", "staffportal/includes/ldap.php", fill('''\
<?php
// Staff portal - AD lookups for the substitute teacher roster
$ldap_host = "ldaps://ad.mesa-schools.org";
$ldap_base = "OU=Staff,DC=mesa-schools,DC=org";
$ldap_user = "CN=svc_staffportal,OU=Service Accounts,DC=mesa-schools,DC=org";
$ldap_pass = '@@PW@@';

function staff_lookup(string $employeeId): ?array {
    global $ldap_host, $ldap_base, $ldap_user, $ldap_pass;
    $conn = ldap_connect($ldap_host);
    ldap_set_option($conn, LDAP_OPT_PROTOCOL_VERSION, 3);
    ldap_set_option($conn, LDAP_OPT_REFERRALS, 0);
    if (!@ldap_bind($conn, $ldap_user, $ldap_pass)) {
        error_log("LDAP bind failed: " . ldap_error($conn));
        return null;
    }
    $filter = sprintf("(employeeID=%s)", ldap_escape($employeeId, "", LDAP_ESCAPE_FILTER));
    $res = ldap_search($conn, $ldap_base, $filter, ["cn", "mail", "department", "physicalDeliveryOfficeName"]);
    $entries = ldap_get_entries($conn, $res);
    ldap_unbind($conn);
    return $entries["count"] > 0 ? $entries[0] : null;
}
''', PW=ldap_php), ldap_php, "PHP manual: ldap_bind")

net_pw = school_pw()
add("blind-db/batch/smb-password", "logon/students_logon.bat", fill('''\
@echo off
REM Student logon script - GPO "Student Drive Maps" (User Configuration > Scripts > Logon)
REM Maps the shared curriculum drive with the read-only service account.

net use S: /delete /y >nul 2>&1
net use S: \\\\fs02.wcs.local\\Curriculum /user:WCS\\svc_curric_ro @@PW@@ /persistent:no

net use H: \\\\fs01.wcs.local\\StudentHome$\\%USERNAME% /persistent:no

if exist "C:\\Program Files\\Securly\\Securly.exe" start "" "C:\\Program Files\\Securly\\Securly.exe"
exit /b 0
''', PW=net_pw), net_pw, "Microsoft Learn: net use /user:domain\\user password")

vbs_pw = words_pw()
add("blind-db/vbscript/smb-password", "logon/map_printers.vbs", fill('''\
' Map the library lab printers and the AR test share (Library Lab, Room 114)
Option Explicit
Dim net, fso
Set net = CreateObject("WScript.Network")
Set fso = CreateObject("Scripting.FileSystemObject")

On Error Resume Next
net.RemoveNetworkDrive "R:", True, True
On Error GoTo 0

net.MapNetworkDrive "R:", "\\\\lib-srv\\RenPlace", False, "LIBSRV\\arlab", "@@PW@@"
net.AddWindowsPrinterConnection "\\\\print01\\LIB-114-Color"
net.AddWindowsPrinterConnection "\\\\print01\\LIB-114-BW"
net.SetDefaultPrinter "\\\\print01\\LIB-114-BW"
''', PW=vbs_pw), vbs_pw, "WSH docs: WshNetwork.MapNetworkDrive(local, remote, persistent, user, password)")

add("blind-db/xml/decoy-dpapi-clixml", "scripts/M365/creds/svc_licensing.clixml", fill('''\
<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">
  <Obj RefId="0">
    <TN RefId="0">
      <T>System.Management.Automation.PSCredential</T>
      <T>System.Object</T>
    </TN>
    <ToString>System.Management.Automation.PSCredential</ToString>
    <Props>
      <S N="UserName">svc_licensing@northfieldps.org</S>
      <SS N="Password">01000000d08c9ddf0115d1118c7a00c04fc297eb01000000@@BLOB@@</SS>
    </Props>
  </Obj>
</Objs>
''', BLOB=hexs(420)), None, "PowerShell docs: Export-Clixml stores a PSCredential password DPAPI-encrypted")

add("blind-db/xml/decoy-encrypted-config", "gcds/gcds-config.xml", fill('''\
<?xml version="1.0" encoding="UTF-8"?>
<config version="5.0.29">
  <googleConfig>
    <domain>cedarfalls.k12.ia.us</domain>
    <adminEmail>gcds-admin@cedarfalls.k12.ia.us</adminEmail>
    <oAuth2RefreshTokenEncrypted>@@E1@@</oAuth2RefreshTokenEncrypted>
  </googleConfig>
  <ldapConfig>
    <hostname>dc02.cfcsd.local</hostname>
    <port>636</port>
    <connectionType>LDAP_SSL</connectionType>
    <authType>SIMPLE</authType>
    <authUser>CN=svc_gcds,OU=Service,DC=cfcsd,DC=local</authUser>
    <authCredentialsEncrypted>@@E2@@</authCredentialsEncrypted>
    <baseDN>DC=cfcsd,DC=local</baseDN>
  </ldapConfig>
  <userSearchRules>
    <rule baseDN="OU=Staff,DC=cfcsd,DC=local" scope="SUBTREE" query="(&amp;(objectClass=user)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))"/>
  </userSearchRules>
</config>
''', E1=b64_random(160), E2=b64_random(48)), None, "Google Cloud Directory Sync docs: configuration XML stores encrypted credentials")

onb_pw = school_pw()
add("blind-db/markdown/default-password", "docs/onboarding/new-staff-accounts.md", fill('''\
# New staff accounts (HR to Tech handoff)

When HR marks a hire as *cleared* in Frontline, the provisioning job creates:

- an AD account (`first.last`) in `OU=Staff,OU=<building>`;
- the Google Workspace account (synced by GCDS within 1 hour);
- the PowerSchool teacher record (done by the SIS office, not by this job).

## First login

All new staff accounts start with the password **@@PW@@** and are forced to change
it at first sign-in on a district machine. Give the temporary password to the
employee in person or by phone, never by email to a personal address.

## Troubleshooting

- *"Your account is locked"*: wait 15 minutes or unlock it in ADUC.
- Google says the password is wrong: GCDS has not synced yet; wait until the next hour.
''', PW=onb_pw), onb_pw, "District IT runbook (Markdown); default temporary password practice")

add("blind-db/markdown/decoy-password-policy", "docs/policies/passwords.md", '''\
# District password standard (Board Policy 4040-AR)

| Account type           | Minimum length | Expires   | MFA      |
|------------------------|----------------|-----------|----------|
| Staff                  | 14             | never     | required |
| Students grades 6-12   | 10             | never     | no       |
| Students grades K-5    | picture / QR   | n/a       | no       |
| Service accounts       | 24 (random)    | yearly    | n/a      |

- A password must not contain the user's name, student ID or the school mascot.
- Example of a weak password (rejected by the filter): `Password123`, `Eagles2024`.
- Service account passwords are generated by the password manager and stored in the
  *Service Accounts* vault; they are never written into scripts.
''', None, "District acceptable use / password policy document")

add("blind-db/json/decoy-extension-ids", "chrome/policies/students-managed-extensions.json", '''\
{
  "ExtensionInstallForcelist": [
    "haldlgldplgnggkjaafhelgiaglafanh;https://clients2.google.com/service/update2/crx",
    "jdogphakondfdmcanpapfahkdomaicfa;https://clients2.google.com/service/update2/crx",
    "ddfbkhpmcdbciejenfcolaaiebnjcbfc;https://clients2.google.com/service/update2/crx",
    "gndmhdcefbhlchkhipcnnbkcmicncehk;https://clients2.google.com/service/update2/crx"
  ],
  "ExtensionInstallBlocklist": ["*"],
  "ExtensionInstallAllowlist": [
    "haldlgldplgnggkjaafhelgiaglafanh",
    "jdogphakondfdmcanpapfahkdomaicfa",
    "ddfbkhpmcdbciejenfcolaaiebnjcbfc",
    "gndmhdcefbhlchkhipcnnbkcmicncehk",
    "ghbmnnjooekpmoecnnnilnnbdlolhkhi"
  ],
  "IncognitoModeAvailability": 1,
  "BrowserSignin": 2
}
''', None, "Chrome Enterprise policy list: ExtensionInstallForcelist (extension ids are public)")

add("blind-db/powershell/decoy-secret-management", "scripts/M365/Connect-Tenant.ps1", fill('''\
# Shared connect helper for the M365 scripts.
# The client secret comes from the SecretManagement vault "DistrictIT" (SecretStore),
# unlocked by the scheduled-task account; nothing secret is in this file.
Import-Module Microsoft.PowerShell.SecretManagement

function Connect-Tenant {
    param([switch]$Staging)
    $tenantId = if ($Staging) { "@@T1@@" } else { "@@T2@@" }
    $appId    = "@@APP@@"
    $secret   = Get-Secret -Vault DistrictIT -Name "graph-licensing-secret"
    $cred     = [pscredential]::new($appId, $secret)
    Connect-MgGraph -TenantId $tenantId -ClientSecretCredential $cred -NoWelcome
}

Export-ModuleMember -Function Connect-Tenant
''', T1=uuid_s(), T2=uuid_s(), APP=uuid_s()), None, "Microsoft.PowerShell.SecretManagement docs: Get-Secret")
# ---------------------------------------------------------------- LMS: Canvas, Schoology, Moodle, LTI

cv1 = canvas_token()
add("blind-db/python/canvas-token", "lms/canvas_missing_work.py", fill('''\
"""Weekly missing-assignment report for counselors (grades 6-8)."""
import csv
from datetime import date

from canvasapi import Canvas

API_URL = "https://lakeviewusd.instructure.com"
API_KEY = "@@T@@"  # token of the "sis-integration" Canvas user

canvas = Canvas(API_URL, API_KEY)
account = canvas.get_account(1)

with open(f"missing_{date.today():%Y%m%d}.csv", "w", newline="") as fh:
    out = csv.writer(fh)
    out.writerow(["course", "student", "assignment", "due"])
    for course in account.get_courses(enrollment_term_id=412, state=["available"]):
        for sub in course.get_multiple_submissions(student_ids=["all"], workflow_state="unsubmitted",
                                                    include=["assignment", "user"]):
            if sub.missing:
                out.writerow([course.name, sub.user["sortable_name"], sub.assignment["name"], sub.assignment["due_at"]])
''', T=cv1), cv1, "canvasapi docs: Canvas(API_URL, API_KEY); Canvas access tokens")

cv2 = canvas_token()
add("blind-db/http/canvas-token", "lms/requests/canvas.http", fill('''\
### Canvas - list courses in the Fall 2025 term
@host = https://cvusd.instructure.com
@token = @@T@@

GET {{host}}/api/v1/accounts/1/courses?enrollment_term_id=88&per_page=100
Authorization: Bearer {{token}}
Accept: application/json

### SIS import status
GET {{host}}/api/v1/accounts/1/sis_imports?per_page=5
Authorization: Bearer {{token}}

### Create a course shell
POST {{host}}/api/v1/accounts/12/courses
Authorization: Bearer {{token}}
Content-Type: application/json

{"course": {"name": "Sandbox - Algebra I", "course_code": "SBX-ALG1", "sis_course_id": "SBX-ALG1-2025"}}
''', T=cv2), cv2, "VS Code REST Client docs (.http files, file variables); Canvas REST API")

cv3 = canvas_token()
add("blind-db/json/canvas-token", "postman/Canvas-Prod.postman_environment.json", fill('''\
{
  "id": "@@ID@@",
  "name": "Canvas - Production",
  "values": [
    {"key": "baseUrl", "value": "https://mesaschools.instructure.com/api/v1", "type": "default", "enabled": true},
    {"key": "accountId", "value": "1", "type": "default", "enabled": true},
    {"key": "termId", "value": "104", "type": "default", "enabled": true},
    {"key": "token", "value": "@@T@@", "type": "secret", "enabled": true}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2025-08-19T16:03:44.812Z",
  "_postman_exported_using": "Postman/11.8.2"
}
''', ID=uuid_s(), T=cv3), cv3, "Postman docs: exported environment JSON")

add("blind-db/json/decoy-template-variable", "postman/Canvas-Template.postman_environment.json", fill('''\
{
  "id": "@@ID@@",
  "name": "Canvas - TEMPLATE (copy, then fill token locally)",
  "values": [
    {"key": "baseUrl", "value": "https://<district>.instructure.com/api/v1", "type": "default", "enabled": true},
    {"key": "accountId", "value": "1", "type": "default", "enabled": true},
    {"key": "token", "value": "", "type": "secret", "enabled": true}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2025-08-19T16:05:12.004Z",
  "_postman_exported_using": "Postman/11.8.2"
}
''', ID=uuid_s()), None, "Postman docs: environment variables (empty secret value)")

cv4 = canvas_token()
add("blind-db/r/canvas-token", "analysis/canvas_grades.R", fill('''\
# Pull current grades for the MTSS dashboard
library(httr)
library(jsonlite)
library(dplyr)

canvas_url   <- "https://rockford.instructure.com"
canvas_token <- "@@T@@"

get_all <- function(path, query = list()) {
  url <- paste0(canvas_url, path)
  out <- list()
  repeat {
    r <- GET(url, add_headers(Authorization = paste("Bearer", canvas_token)), query = c(query, per_page = 100))
    stop_for_status(r)
    out <- c(out, list(fromJSON(content(r, "text", encoding = "UTF-8"), flatten = TRUE)))
    nxt <- regmatches(headers(r)$link, regexpr('<[^>]+>; rel="next"', headers(r)$link))
    if (length(nxt) == 0) break
    url <- sub('<([^>]+)>.*', '\\\\1', nxt); query <- list()
  }
  bind_rows(out)
}

enr <- get_all("/api/v1/accounts/1/enrollments", list(type = "StudentEnrollment"))
write.csv(enr, "data/canvas_enrollments.csv", row.names = FALSE)
''', T=cv4), cv4, "httr docs: add_headers; Canvas REST API pagination")

cv5 = canvas_token()
add("blind-db/shell/canvas-token", "scripts/canvas_sis_import.sh", fill('''\
#!/bin/sh
# Upload the nightly SIS CSV zip to Canvas (SIS Imports API)
ZIP=/srv/canvas/out/canvas_sis_$(date +%Y%m%d).zip

curl -sS -f \\
  -H "Authorization: Bearer @@T@@" \\
  -F attachment=@"$ZIP" \\
  -F import_type=instructure_csv \\
  -F extension=zip \\
  -F diffing_data_set_identifier=nightly \\
  "https://springfieldpublicschools.instructure.com/api/v1/accounts/1/sis_imports.json" \\
  | tee -a /var/log/canvas_sis_import.log
''', T=cv5), cv5, "Canvas SIS Imports API docs (curl example with Authorization: Bearer)")

add("blind-db/markdown/decoy-placeholder-token", "lms/README.md", '''\
# LMS scripts

Scripts for Canvas (Instructure-hosted) and Schoology.

## Setup

1. In Canvas, go to **Account > Settings > Approved Integrations > + New Access Token**.
2. Put the token in your shell, never in a file in this repository:

```bash
export CANVAS_URL=https://<district>.instructure.com
export CANVAS_TOKEN=<paste-your-token-here>
```

3. Run a script:

```bash
python canvas_missing_work.py --term 412
```

Tokens look like `1234~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...`; if one leaks, delete it from
the same settings page and tell the LMS admin.
''', None, "Canvas docs: manually generated access tokens")

add("blind-db/json/decoy-api-fixture-uuids", "lms/tests/fixtures/canvas_user.json", fill('''\
{
  "id": 104233,
  "name": "Ada Okafor",
  "created_at": "2023-08-10T12:04:55-07:00",
  "sortable_name": "Okafor, Ada",
  "short_name": "Ada Okafor",
  "sis_user_id": "100235",
  "integration_id": null,
  "sis_import_id": 88310,
  "login_id": "aokafor12",
  "uuid": "@@U@@",
  "lti_user_id": "@@L@@",
  "avatar_url": "https://lakeviewusd.instructure.com/images/messages/avatar-50.png",
  "locale": null,
  "effective_locale": "en",
  "email": "aokafor12@students.lakeview.k12.ca.us"
}
''', U=alnum(40), L=hexs(40)), None, "Canvas Users API: user object (uuid and lti_user_id are public ids)")

lti11 = alnum(32)
add("blind-db/yaml/lti-shared-secret", "tool/config/lti.yml", fill('''\
# LTI 1.1 consumers (legacy districts still on Schoology basic LTI)
production:
  consumers:
    - name: Springfield Public Schools (Schoology)
      key: sps-schoology
      secret: @@S@@
      platform: schoology
  nonce_ttl_seconds: 5400
  grade_passback: true
development:
  consumers:
    - name: local
      key: dev
      secret: dev-secret-not-used-in-prod
      platform: canvas
''', S=lti11), lti11, "IMS LTI 1.1 implementation guide: consumer key and shared secret")

lti_pem = rsa_pem(24)
add("blind-db/pem/lti-private-key", "tool/keys/lti13_private.pem", lti_pem + "\n", lti_pem,
    "IMS LTI 1.3 / Security Framework: tool RSA key pair (PEM)")

add("blind-db/pem/decoy-public-key", "tool/keys/lti13_public.pem", public_key_pem() + "\n", None,
    "IMS Security Framework: the tool's public key registered with the platform")

ltijs_key = rand_pw(40)
add("blind-db/javascript/lti-encryption-key", "tool/src/server.js", fill('''\
const path = require('path');
const lti = require('ltijs').Provider;

// ltijs encrypts the stored platform keys and tokens with this key
lti.setup('@@K@@',
  { url: 'mongodb://lti-db.internal:27017/ltijs?authSource=admin' },
  {
    staticPath: path.join(__dirname, 'public'),
    cookies: { secure: true, sameSite: 'None' },
    devMode: false,
  });

lti.onConnect(async (token, req, res) => {
  return lti.redirect(res, '/app', { newResource: true });
});

(async () => {
  await lti.deploy({ port: 3000 });
  await lti.registerPlatform({
    url: 'https://canvas.instructure.com',
    name: 'Canvas Cloud',
    clientId: '10000000000789',
    authenticationEndpoint: 'https://sso.canvaslms.com/api/lti/authorize_redirect',
    accesstokenEndpoint: 'https://sso.canvaslms.com/login/oauth2/token',
    authConfig: { method: 'JWK_SET', key: 'https://sso.canvaslms.com/api/lti/security/jwks' },
  });
})();
''', K=ltijs_key), ltijs_key, "ltijs README: lti.setup(ENCRYPTIONKEY, database, options)")

add("blind-db/json/decoy-lti-tool-config", "tool/config/canvas_tool_config.json", fill('''\
{
  "title": "MathLab",
  "description": "Adaptive practice for grades 3-8",
  "oidc_initiation_url": "https://mathlab.example.com/lti/login",
  "target_link_uri": "https://mathlab.example.com/lti/launch",
  "scopes": [
    "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
    "https://purl.imsglobal.org/spec/lti-ags/scope/score",
    "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"
  ],
  "extensions": [{"platform": "canvas.instructure.com", "privacy_level": "public",
                  "settings": {"placements": [{"placement": "course_navigation", "message_type": "LtiResourceLinkRequest"}]}}],
  "public_jwk": {
    "kty": "RSA",
    "alg": "RS256",
    "use": "sig",
    "kid": "@@KID@@",
    "e": "AQAB",
    "n": "@@N@@"
  }
}
''', KID=uuid_s(), N=urlsafe(342)), None, "Canvas docs: LTI 1.3 developer key JSON (public_jwk)")

jwk_d = urlsafe(342)
add("blind-db/json/lti-private-jwk", "tool/config/private_jwks.json", fill('''\
{
  "keys": [
    {
      "kty": "RSA",
      "kid": "@@KID@@",
      "use": "sig",
      "alg": "RS256",
      "e": "AQAB",
      "n": "@@N@@",
      "d": "@@D@@",
      "p": "@@P@@",
      "q": "@@Q@@"
    }
  ]
}
''', KID=uuid_s(), N=urlsafe(342), D=jwk_d, P=urlsafe(171), Q=urlsafe(171)), jwk_d, "RFC 7518 section 6.3.2: RSA private key parameters in a JWK")

add("blind-db/json/decoy-pylti-config", "tool/configs/pylti1p3.json", '''\
{
  "https://canvas.instructure.com": [{
    "default": true,
    "client_id": "10000000000789",
    "auth_login_url": "https://sso.canvaslms.com/api/lti/authorize_redirect",
    "auth_token_url": "https://sso.canvaslms.com/login/oauth2/token",
    "key_set_url": "https://sso.canvaslms.com/api/lti/security/jwks",
    "private_key_file": "/run/secrets/lti13_private.pem",
    "public_key_file": "/etc/mathlab/lti13_public.pem",
    "deployment_ids": ["412:8865aa05b4b79b64a91a86042e43af5ea8ae79eb"]
  }],
  "https://schoology.schoology.com": [{
    "default": false,
    "client_id": "6521837093",
    "auth_login_url": "https://lti-service.svc.schoology.com/lti-service/authorize-redirect",
    "auth_token_url": "https://lti-service.svc.schoology.com/lti-service/access-token",
    "key_set_url": "https://lti-service.svc.schoology.com/lti-service/.well-known/jwks",
    "private_key_file": "/run/secrets/lti13_private.pem",
    "deployment_ids": ["1029384756-2283746510"]
  }]
}
''', None, "PyLTI1p3 README: tool configuration JSON (key files referenced by path)")

moodle_pw = words_pw()
add("blind-db/php/moodle-db-password", "moodle/config.php", fill('''\
<?php  // Moodle configuration file - Summer Credit Recovery site

unset($CFG);
global $CFG;
$CFG = new stdClass();

$CFG->dbtype    = 'pgsql';
$CFG->dblibrary = 'native';
$CFG->dbhost    = 'moodle-db.westsideschools.org';
$CFG->dbname    = 'moodle';
$CFG->dbuser    = 'moodleuser';
$CFG->dbpass    = '@@PW@@';
$CFG->prefix    = 'mdl_';
$CFG->dboptions = array(
  'dbpersist' => 0,
  'dbport' => 5432,
  'dbsocket' => '',
);

$CFG->wwwroot   = 'https://learn.westsideschools.org';
$CFG->dataroot  = '/var/moodledata';
$CFG->admin     = 'admin';
$CFG->directorypermissions = 0777;

require_once(__DIR__ . '/lib/setup.php');
''', PW=moodle_pw), moodle_pw, "Moodle docs: config.php ($CFG->dbpass)")

add("blind-db/php/decoy-documented-example", "moodle/config-dist.php", '''\
<?php
///////////////////////////////////////////////////////////////////////////
// Moodle configuration file (distribution template)                     //
// Copy to config.php and edit; see docs.moodle.org/en/Installing_Moodle  //
///////////////////////////////////////////////////////////////////////////
unset($CFG);
global $CFG;
$CFG = new stdClass();

$CFG->dbtype    = 'pgsql';      // 'pgsql', 'mariadb', 'mysqli', 'auroramysql', 'sqlsrv'
$CFG->dblibrary = 'native';
$CFG->dbhost    = 'localhost';
$CFG->dbname    = 'moodle';
$CFG->dbuser    = 'username';
$CFG->dbpass    = 'password';   // your database password
$CFG->prefix    = 'mdl_';

$CFG->wwwroot   = 'http://example.com/moodle';
$CFG->dataroot  = '/home/example/moodledata';
''', None, "Moodle config-dist.php (distributed template values)")

moodle_ws = hexs(32)
add("blind-db/python/moodle-ws-token", "lms/moodle_enrol.py", fill('''\
"""Enrol summer-school students in Moodle courses (core web services, REST)."""
import requests

MOODLE = "https://learn.westsideschools.org/webservice/rest/server.php"
WSTOKEN = "@@T@@"
STUDENT_ROLE = 5


def call(function: str, **params):
    params.update({"wstoken": WSTOKEN, "wsfunction": function, "moodlewsrestformat": "json"})
    r = requests.post(MOODLE, data=params, timeout=60)
    r.raise_for_status()
    body = r.json()
    if isinstance(body, dict) and body.get("exception"):
        raise RuntimeError(body["message"])
    return body


def enrol(user_id: int, course_id: int) -> None:
    call("enrol_manual_enrol_users",
         **{"enrolments[0][roleid]": STUDENT_ROLE, "enrolments[0][userid]": user_id,
            "enrolments[0][courseid]": course_id})
''', T=moodle_ws), moodle_ws, "Moodle docs: web services REST protocol (wstoken)")

sgy_secret = hexs(32)
add("blind-db/python/schoology-secret", "lms/schoology_sections.py", fill('''\
"""List Schoology sections for the building (two-legged OAuth 1.0a, PLAINTEXT)."""
import time
import uuid

import requests

SGY_KEY = "@@K@@"
SGY_SECRET = "@@S@@"
API = "https://api.schoology.com/v1"


def auth_header() -> str:
    return ('OAuth realm="Schoology API",'
            f'oauth_consumer_key="{SGY_KEY}",oauth_token="",'
            f'oauth_nonce="{uuid.uuid4().hex}",oauth_timestamp="{int(time.time())}",'
            'oauth_signature_method="PLAINTEXT",oauth_version="1.0",'
            f'oauth_signature="{SGY_SECRET}%26"')


def sections(school_id: int) -> list:
    r = requests.get(f"{API}/schools/{school_id}/sections", headers={"Authorization": auth_header()},
                     params={"limit": 200}, timeout=30)
    r.raise_for_status()
    return r.json()["section"]
''', K="0" + hexs(40), S=sgy_secret), sgy_secret, "Schoology API docs: two-legged OAuth with consumer key and secret")

sgy_php = hexs(32)
add("blind-db/php/schoology-secret", "gradebook-bridge/src/schoology.php", fill('''\
<?php
require_once __DIR__ . '/../vendor/schoology/schoology_php_sdk/SchoologyApi.class.php';

// System-level API credentials for Cypress Creek ISD (Schoology Enterprise > Integration > API)
define('SCHOOLOGY_CONSUMER_KEY', '@@K@@');
define('SCHOOLOGY_CONSUMER_SECRET', '@@S@@');

function schoology(): SchoologyApi {
    static $api = null;
    if ($api === null) {
        $api = new SchoologyApi(SCHOOLOGY_CONSUMER_KEY, SCHOOLOGY_CONSUMER_SECRET, '', '', '', TRUE);
    }
    return $api;
}

function grades_for_section(int $sectionId): array {
    $result = schoology()->api("/sections/$sectionId/grades", 'GET');
    return $result->result->grades->grade ?? [];
}
''', K="0" + hexs(40), S=sgy_php), sgy_php, "Schoology PHP SDK README: new SchoologyApi(consumer_key, consumer_secret, ...)")

dap_secret = urlsafe(43)
add("blind-db/dotenv/canvas-data-secret", "warehouse/canvas-data/.env", fill('''\
# Canvas Data 2 (DAP) - Instructure Identity Services client
DAP_API_URL=https://api-gateway.instructure.com
DAP_CLIENT_ID=us-east-1#@@ID@@
DAP_CLIENT_SECRET=@@S@@
DAP_CONNECTION_STRING=postgresql://canvas_dap@warehouse-db:5432/canvas
DAP_NAMESPACE=canvas
DAP_TABLES=users,courses,enrollments,submissions,assignments
''', ID=uuid_s(), S=dap_secret), dap_secret, "Instructure DAP CLI docs: DAP_CLIENT_ID / DAP_CLIENT_SECRET")

dk_secret = alnum(64)
add("blind-db/python/canvas-developer-key", "gradebook/settings/production.py", fill('''\
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["gradebook.summitacademy.org"]

# Canvas OAuth2 developer key (Admin > Developer Keys > "Gradebook Bridge")
CANVAS_OAUTH = {
    "base_url": "https://summitacademy.instructure.com",
    "client_id": "184920000000000412",
    "client_secret": "@@S@@",
    "redirect_uri": "https://gradebook.summitacademy.org/oauth/canvas/callback",
    "scopes": ["url:GET|/api/v1/courses", "url:GET|/api/v1/courses/:course_id/assignments"],
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
''', S=dk_secret), dk_secret, "Canvas docs: OAuth2 developer keys (client id and key)")

add("blind-db/python/decoy-test-fixture", "tool/tests/test_lti11_signature.py", '''\
"""LTI 1.1 launch signature checks. The consumer key and secret below are test values made up
for this suite (never registered with any platform)."""
from oauthlib.oauth1 import Client

from tool.lti11 import verify_launch

TEST_KEY = "test-consumer"
TEST_SECRET = "not-a-real-secret-for-tests"


def signed(params: dict) -> dict:
    client = Client(TEST_KEY, client_secret=TEST_SECRET, signature_type="BODY")
    _, _, body = client.sign("https://tool.test/launch", http_method="POST", body=params,
                             headers={"Content-Type": "application/x-www-form-urlencoded"})
    return dict(pair.split("=", 1) for pair in body.split("&"))


def test_good_signature_passes():
    params = signed({"lti_message_type": "basic-lti-launch-request", "lti_version": "LTI-1p0",
                     "resource_link_id": "rl-1", "user_id": "u-1"})
    assert verify_launch("https://tool.test/launch", params, {TEST_KEY: TEST_SECRET})
''', None, "oauthlib docs: Client.sign; test-only credentials")
# ---------------------------------------------------------------- content filters, network and device management

umb_secret = hexs(32)
add("blind-db/python/umbrella-api-secret", "filtering/umbrella_blocked_report.py", fill('''\
"""Weekly report of blocked categories by school (Cisco Umbrella Reports API v2)."""
import requests
from requests.auth import HTTPBasicAuth

UMBRELLA_KEY = "@@K@@"
UMBRELLA_SECRET = "@@S@@"
TOKEN_URL = "https://api.umbrella.com/auth/v2/token"
REPORTS = "https://api.umbrella.com/reports/v2"


def token() -> str:
    r = requests.post(TOKEN_URL, auth=HTTPBasicAuth(UMBRELLA_KEY, UMBRELLA_SECRET),
                      data={"grant_type": "client_credentials"}, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def blocked_by_category(days: int = 7) -> list:
    h = {"Authorization": f"Bearer {token()}"}
    r = requests.get(f"{REPORTS}/top-categories", headers=h,
                     params={"from": f"-{days}days", "to": "now", "verdict": "blocked", "limit": 50}, timeout=60)
    r.raise_for_status()
    return r.json()["data"]
''', K=hexs(32), S=umb_secret), umb_secret, "Cisco Umbrella API docs: API key and secret, /auth/v2/token")

forti_tok = alnum(30)
add("blind-db/yaml/fortigate-api-token", "ansible/group_vars/fortigates.yml", fill('''\
---
ansible_connection: httpapi
ansible_network_os: fortinet.fortios.fortios
ansible_httpapi_use_ssl: true
ansible_httpapi_validate_certs: false
ansible_httpapi_port: 8443
fortios_access_token: @@T@@
vdom: root

webfilter_profiles:
  - name: K12-Students
    categories_block: [2, 7, 8, 9, 11, 12, 13, 14, 15, 26, 57, 63, 64, 65, 66]
  - name: K12-Staff
    categories_block: [2, 7, 8, 11, 26, 63, 64]
''', T=forti_tok), forti_tok, "fortinet.fortios Ansible collection docs: fortios_access_token")

add("blind-db/yaml/decoy-ansible-inline-vault", "ansible/group_vars/fortigates_lab.yml", fill('''\
---
ansible_connection: httpapi
ansible_network_os: fortinet.fortios.fortios
ansible_httpapi_use_ssl: true
ansible_httpapi_port: 8443
fortios_access_token: !vault |
@@V@@
vdom: root
''', V="\n".join("          " + line for line in vault_blob(4).splitlines())), None, "Ansible docs: encrypt_string inline !vault values")

add("blind-db/fortios-conf/decoy-encrypted-passwords", "network/fortigate/hs-fw01-system-admin.conf", fill('''\
config system admin
    edit "admin"
        set accprofile "super_admin"
        set vdom "root"
        set two-factor fortitoken
        set fortitoken "FTKMOB4B81D7C3A2"
        set email-to "netadmin@rvsd.k12.or.us"
        set password ENC SH2@@H1@@
    next
    edit "ansible-api"
        set accprofile "prof_admin"
        set vdom "root"
        set password ENC SH2@@H2@@
    next
end
config user radius
    edit "NPS-Students"
        set server "10.20.0.15"
        set secret ENC @@E@@
    next
end
''', H1=hexs(60), H2=hexs(60), E=b64_random(84)), None, "FortiOS CLI reference: passwords are stored hashed/encrypted (ENC)")

mk_key = hexs(40)
add("blind-db/python/meraki-api-key", "network/meraki/rotate_guest_psk.py", fill('''\
"""Rotate the GUEST-WIFI pre-shared key across all school networks every Monday.
The new PSK is read from the file the front office prints for visitors."""
import pathlib

import meraki

dashboard = meraki.DashboardAPI(api_key="@@K@@", suppress_logging=True)
ORG_ID = "549236"
GUEST_SSID_NUMBER = 3


def main() -> None:
    psk = pathlib.Path("/srv/guest-wifi/this-week.txt").read_text().strip()
    for net in dashboard.organizations.getOrganizationNetworks(ORG_ID, total_pages="all"):
        if "wireless" not in net["productTypes"]:
            continue
        dashboard.wireless.updateNetworkWirelessSsid(net["id"], GUEST_SSID_NUMBER, psk=psk)
        print("updated", net["name"])


if __name__ == "__main__":
    main()
''', K=mk_key), mk_key, "Meraki Dashboard API Python library: DashboardAPI(api_key=...)")

mk_unit = hexs(40)
add("blind-db/systemd/meraki-api-key", "deploy/systemd/meraki-alerts.service", fill('''\
[Unit]
Description=Meraki webhook relay to the Help Desk (Incident IQ)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=netops
WorkingDirectory=/opt/meraki-alerts
Environment=MERAKI_ORG_ID=549236
Environment=MERAKI_API_KEY=@@K@@
Environment=IIQ_BASE=https://rvsd.incidentiq.com/api/v1.0
ExecStart=/opt/meraki-alerts/venv/bin/gunicorn -b 127.0.0.1:8088 relay:app
Restart=on-failure

[Install]
WantedBy=multi-user.target
''', K=mk_unit), mk_unit, "systemd.exec(5): Environment=; Meraki Dashboard API key")

onc_psk = passphrase()
add("blind-db/onc/wifi-psk", "chromeos/network/students-wifi.onc", fill('''\
{
  "Type": "UnencryptedConfiguration",
  "NetworkConfigurations": [
    {
      "GUID": "{@@G@@}",
      "Name": "SPS-Student",
      "Type": "WiFi",
      "WiFi": {
        "SSID": "SPS-Student",
        "Security": "WPA-PSK",
        "Passphrase": "@@PSK@@",
        "AutoConnect": true,
        "HiddenSSID": false
      },
      "ProxySettings": {"Type": "Direct"}
    }
  ]
}
''', G=uuid_s(), PSK=onc_psk), onc_psk, "ChromiumOS Open Network Configuration spec: WiFi.Passphrase")

add("blind-db/onc/decoy-substitution-variable", "chromeos/network/staff-8021x.onc", fill('''\
{
  "Type": "UnencryptedConfiguration",
  "NetworkConfigurations": [
    {
      "GUID": "{@@G@@}",
      "Name": "SPS-Staff",
      "Type": "WiFi",
      "WiFi": {
        "SSID": "SPS-Staff",
        "Security": "WPA-EAP",
        "AutoConnect": true,
        "EAP": {
          "Outer": "PEAP",
          "Inner": "MSCHAPv2",
          "Identity": "${LOGIN_ID}",
          "Password": "${PASSWORD}",
          "UseSystemCAs": true,
          "SaveCredentials": true
        }
      }
    }
  ]
}
''', G=uuid_s()), None, "ONC spec: ${LOGIN_ID} and ${PASSWORD} substitution variables")

add("blind-db/onc/decoy-encrypted-configuration", "chromeos/network/encrypted-export.onc", fill('''\
{
  "Type": "EncryptedConfiguration",
  "Cipher": "AES256",
  "Ciphertext": "@@C@@",
  "HMAC": "@@H@@",
  "HMACMethod": "SHA1",
  "IV": "@@IV@@",
  "Iterations": 20000,
  "Salt": "@@S@@",
  "Stretch": "PBKDF2"
}
''', C=b64_random(480), H=b64_random(20), IV=b64_random(16), S=b64_random(8)), None, "ONC spec: EncryptedConfiguration (PBKDF2 + AES256 ciphertext)")

mc_pw = passphrase()
add("blind-db/mobileconfig/wifi-password", "ipad/profiles/Elementary-iPad-WiFi.mobileconfig", fill('''\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>PayloadContent</key>
  <array>
    <dict>
      <key>AutoJoin</key><true/>
      <key>EncryptionType</key><string>WPA2</string>
      <key>HIDDEN_NETWORK</key><false/>
      <key>SSID_STR</key><string>ES-iPad</string>
      <key>Password</key><string>@@PW@@</string>
      <key>PayloadDisplayName</key><string>Wi-Fi (ES-iPad)</string>
      <key>PayloadIdentifier</key><string>org.lcps.wifi.es-ipad</string>
      <key>PayloadType</key><string>com.apple.wifi.managed</string>
      <key>PayloadUUID</key><string>@@U1@@</string>
      <key>PayloadVersion</key><integer>1</integer>
    </dict>
  </array>
  <key>PayloadDisplayName</key><string>LCPS Elementary Wi-Fi</string>
  <key>PayloadIdentifier</key><string>org.lcps.profile.es-wifi</string>
  <key>PayloadOrganization</key><string>Lincoln County Public Schools</string>
  <key>PayloadRemovalDisallowed</key><true/>
  <key>PayloadType</key><string>Configuration</string>
  <key>PayloadUUID</key><string>@@U2@@</string>
  <key>PayloadVersion</key><integer>1</integer>
</dict>
</plist>
''', PW=mc_pw, U1=uuid_s().upper(), U2=uuid_s().upper()), mc_pw, "Apple Device Management: com.apple.wifi.managed payload (Password)")

add("blind-db/mobileconfig/decoy-ca-certificate", "ipad/profiles/Staff-EAP.mobileconfig", fill('''\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>PayloadContent</key>
  <array>
    <dict>
      <key>PayloadCertificateFileName</key><string>lcps-radius-ca.cer</string>
      <key>PayloadContent</key>
      <data>
@@CERT@@
      </data>
      <key>PayloadIdentifier</key><string>org.lcps.cert.radius-ca</string>
      <key>PayloadType</key><string>com.apple.security.root</string>
      <key>PayloadUUID</key><string>@@U1@@</string>
      <key>PayloadVersion</key><integer>1</integer>
    </dict>
    <dict>
      <key>SSID_STR</key><string>LCPS-Staff</string>
      <key>EncryptionType</key><string>WPA2</string>
      <key>EAPClientConfiguration</key>
      <dict>
        <key>AcceptEAPTypes</key><array><integer>25</integer></array>
        <key>TLSTrustedServerNames</key><array><string>nps01.lcps.local</string></array>
      </dict>
      <key>PayloadType</key><string>com.apple.wifi.managed</string>
      <key>PayloadUUID</key><string>@@U2@@</string>
      <key>PayloadVersion</key><integer>1</integer>
    </dict>
  </array>
  <key>PayloadType</key><string>Configuration</string>
  <key>PayloadUUID</key><string>@@U3@@</string>
  <key>PayloadVersion</key><integer>1</integer>
</dict>
</plist>
''', CERT="\n".join(line for line in cert_pem(12).splitlines()[1:-1]), U1=uuid_s().upper(), U2=uuid_s().upper(), U3=uuid_s().upper()),
    None, "Apple Device Management: com.apple.security.root (public CA certificate) and EAP without stored password")

jamf_secret = urlsafe(64)
add("blind-db/python/jamf-client-secret", "devices/jamf/ipad_inventory.py", fill('''\
"""Export iPad inventory (serial, asset tag, building, last check-in) from Jamf Pro."""
import csv
import sys

import requests

JAMF_URL = "https://lcps.jamfcloud.com"
CLIENT_ID = "@@ID@@"
CLIENT_SECRET = "@@S@@"


def token() -> str:
    r = requests.post(f"{JAMF_URL}/api/oauth/token",
                      data={"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
                            "grant_type": "client_credentials"}, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def main() -> None:
    h = {"Authorization": f"Bearer {token()}", "Accept": "application/json"}
    r = requests.get(f"{JAMF_URL}/api/v2/mobile-devices/detail",
                     params={"section": ["GENERAL", "HARDWARE", "USER_AND_LOCATION"], "page-size": 2000}, headers=h)
    w = csv.writer(sys.stdout)
    for d in r.json()["results"]:
        w.writerow([d["hardware"]["serialNumber"], d["general"].get("assetTag"),
                    d["userAndLocation"].get("buildingId"), d["general"]["lastInventoryUpdateDate"]])


if __name__ == "__main__":
    main()
''', ID=uuid_s(), S=jamf_secret), jamf_secret, "Jamf Pro API docs: API clients (client_id / client_secret, /api/oauth/token)")

jamf_pw = school_pw()
add("blind-db/shell/jamf-api-password", "devices/jamf/scripts/rename_mac_from_asset_tag.sh", fill('''\
#!/bin/zsh
# Policy script: rename a lab Mac to its asset tag (runs at enrollment complete)
jamfURL="https://lcps.jamfcloud.com"
apiUser="api_rename"
apiPass="@@PW@@"

serial=$(ioreg -c IOPlatformExpertDevice -d 2 | awk -F\\" '/IOPlatformSerialNumber/{print $(NF-1)}')
token=$(curl -su "${apiUser}:${apiPass}" -X POST "${jamfURL}/api/v1/auth/token" | plutil -extract token raw -)

assetTag=$(curl -s -H "Authorization: Bearer ${token}" -H "Accept: text/xml" \\
  "${jamfURL}/JSSResource/computers/serialnumber/${serial}/subset/general" | xmllint --xpath 'string(//asset_tag)' -)

if [[ -n "$assetTag" ]]; then
  /usr/local/bin/jamf setComputerName -name "LCPS-${assetTag}"
  /usr/local/bin/jamf recon
fi
curl -s -X POST -H "Authorization: Bearer ${token}" "${jamfURL}/api/v1/auth/invalidate-token" >/dev/null
''', PW=jamf_pw), jamf_pw, "Jamf Pro API docs: /api/v1/auth/token with basic auth")

add("blind-db/shell/decoy-script-parameters", "devices/jamf/scripts/update_inventory_ea.sh", '''\
#!/bin/zsh
# Policy script. The API account is passed in as Jamf script parameters
# ($4 = client id, $5 = client secret), set in the policy, never in this file.
jamfURL="https://lcps.jamfcloud.com"
client_id="$4"
client_secret="$5"

if [[ -z "$client_id" || -z "$client_secret" ]]; then
  echo "missing API client parameters"; exit 1
fi

token=$(curl -s -X POST "${jamfURL}/api/oauth/token" \\
  --data-urlencode "client_id=${client_id}" \\
  --data-urlencode "client_secret=${client_secret}" \\
  --data-urlencode "grant_type=client_credentials" | plutil -extract access_token raw -)

/usr/local/bin/jamf recon -endUsername "$(stat -f%Su /dev/console)"
curl -s -X POST -H "Authorization: Bearer ${token}" "${jamfURL}/api/v1/auth/invalidate-token" >/dev/null
''', None, "Jamf Pro docs: script parameters $4-$11 in policies")

mosyle_tok = alnum(64)
add("blind-db/python/mosyle-access-token", "devices/mosyle/asset_sync.py", fill('''\
"""Sync asset tags from the inventory sheet into Mosyle Manager (Mosyle API v1)."""
import os

import requests

MOSYLE = "https://managerapi.mosyle.com/v2"
ACCESS_TOKEN = "@@T@@"
ADMIN_EMAIL = "mdm-api@hcsd.k12.al.us"


def bearer() -> str:
    r = requests.post(f"{MOSYLE}/login", json={"accessToken": ACCESS_TOKEN, "email": ADMIN_EMAIL,
                                               "password": os.environ["MOSYLE_ADMIN_PASSWORD"]}, timeout=30)
    r.raise_for_status()
    return r.headers["Authorization"]


def set_asset_tag(serial: str, tag: str) -> None:
    r = requests.post(f"{MOSYLE}/devices", headers={"Authorization": bearer()},
                      json={"accessToken": ACCESS_TOKEN, "elements": [
                          {"serialnumber": serial, "asset_tag": tag, "operation": "update_device"}]}, timeout=30)
    r.raise_for_status()
''', T=mosyle_tok), mosyle_tok, "Mosyle Manager API docs: accessToken plus admin login")

kandji_tok = uuid_s()
add("blind-db/shell/kandji-api-token", "devices/kandji/lost_mode.sh", fill('''\
#!/usr/bin/env bash
# Put a lost/stolen iPad in Lost Mode: ./lost_mode.sh <serial> "<message>"
set -euo pipefail
KANDJI_API="https://rvsd.api.kandji.io/api/v1"
KANDJI_TOKEN="@@T@@"
serial="$1"; msg="${2:-This iPad belongs to River Valley SD. Please call 555-0142.}"

device_id=$(curl -s -H "Authorization: Bearer ${KANDJI_TOKEN}" \\
  "${KANDJI_API}/devices?serial_number=${serial}" | jq -r '.[0].device_id')

curl -s -X POST -H "Authorization: Bearer ${KANDJI_TOKEN}" -H "Content-Type: application/json" \\
  -d "{\\"message\\": \\"${msg}\\", \\"phone_number\\": \\"555-0142\\"}" \\
  "${KANDJI_API}/devices/${device_id}/action/enablelostmode"
echo "lost mode requested for ${serial} (${device_id})"
''', T=kandji_tok), kandji_tok, "Kandji API docs: bearer API token (UUID)")

add("blind-db/yaml/decoy-public-ids", "devices/kandji/blueprints.yml", fill('''\
# Blueprint ids (Kandji > Blueprints > ... > copy id). Ids are not credentials.
blueprints:
  elementary_ipad: @@B1@@
  secondary_ipad: @@B2@@
  staff_macbook: @@B3@@
  lab_imac: @@B4@@
library_items:
  securly_mdm_profile: @@L1@@
  wifi_es_ipad: @@L2@@
  self_service_catalog: @@L3@@
tenant: rvsd
api_base: https://rvsd.api.kandji.io/api/v1
api_token_env: KANDJI_TOKEN
''', B1=uuid_s(), B2=uuid_s(), B3=uuid_s(), B4=uuid_s(), L1=uuid_s(), L2=uuid_s(), L3=uuid_s()), None, "Kandji API docs: blueprint and library item ids")

mdt_pw = school_pw()
add("blind-db/ini/mdt-deploy-password", "imaging/DeploymentShare/Control/Bootstrap.ini", fill('''\
[Settings]
Priority=Default

[Default]
DeployRoot=\\\\mdt01.hcsd.local\\DeploymentShare$
UserDomain=HCSD
UserID=svc_mdt
UserPassword=@@PW@@
KeyboardLocale=en-US
SkipBDDWelcome=YES
''', PW=mdt_pw), mdt_pw, "Microsoft Deployment Toolkit reference: Bootstrap.ini UserID/UserPassword")

unattend_pw = school_pw()
add("blind-db/xml/windows-admin-password", "imaging/unattend/LabPC-unattend.xml", fill('''\
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64"
               publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS"
               xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
      <OOBE>
        <HideEULAPage>true</HideEULAPage>
        <HideOnlineAccountScreens>true</HideOnlineAccountScreens>
        <ProtectYourPC>3</ProtectYourPC>
      </OOBE>
      <UserAccounts>
        <AdministratorPassword>
          <Value>@@PW@@</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <TimeZone>Central Standard Time</TimeZone>
      <RegisteredOrganization>Harmon County Schools</RegisteredOrganization>
    </component>
  </settings>
</unattend>
''', PW=unattend_pw), unattend_pw, "Windows unattend reference: UserAccounts/AdministratorPassword (PlainText)")

rad_secret = rand_pw(22)
add("blind-db/freeradius/radius-shared-secret", "network/radius/clients.conf", fill('''\
# FreeRADIUS clients - wireless controllers and switches (802.1X for staff and 1:1 devices)
client meraki-aps {
    ipaddr    = 10.40.0.0/16
    secret    = @@S@@
    shortname = meraki
    nas_type  = other
    require_message_authenticator = yes
}

client localhost {
    ipaddr = 127.0.0.1
    secret = testing123
}
''', S=rad_secret), rad_secret, "FreeRADIUS clients.conf docs (secret)")

ios_key = words_pw()
add("blind-db/cisco-ios/radius-key", "network/switches/hs-idf2-c9300.cfg", fill('''\
hostname HS-IDF2-C9300
!
aaa new-model
aaa authentication login default group radius local
aaa authentication dot1x default group radius
aaa authorization network default group radius
!
enable secret 9 $9$@@E@@
username netadmin privilege 15 secret 9 $9$@@U@@
!
radius server NPS01
 address ipv4 10.20.0.15 auth-port 1812 acct-port 1813
 key @@K@@
!
dot1x system-auth-control
!
interface range GigabitEthernet1/0/1 - 44
 description Classroom drops
 switchport access vlan 120
 switchport mode access
 authentication port-control auto
 dot1x pae authenticator
 spanning-tree portfast
!
ip ssh version 2
line vty 0 15
 transport input ssh
!
end
''', E=urlsafe(14) + "$" + urlsafe(43), U=urlsafe(14) + "$" + urlsafe(43), K=ios_key), ios_key, "Cisco IOS XE configuration guide: radius server key")

add("blind-db/cisco-ios/decoy-type9-hashes", "network/switches/es-mdf-c9200.cfg", fill('''\
hostname ES-MDF-C9200
!
enable secret 9 $9$@@E@@
username netadmin privilege 15 secret 9 $9$@@U@@
username backup privilege 1 secret 8 $8$@@B@@
!
aaa new-model
aaa authentication login default local
!
vlan 120
 name CLASSROOMS
vlan 130
 name STUDENT-WIFI
!
ip ssh version 2
line vty 0 15
 login authentication default
 transport input ssh
!
end
''', E=urlsafe(14) + "$" + urlsafe(43), U=urlsafe(14) + "$" + urlsafe(43), B=urlsafe(14) + "$" + urlsafe(43)), None,
    "Cisco IOS docs: type 8 (PBKDF2) and type 9 (scrypt) password hashes")

basic_pw = words_pw()
basic = b64("filterreport:" + basic_pw)
add("blind-db/nginx/basic-auth-header", "network/nginx/filter-reports.conf", fill('''\
# Reverse proxy so principals can see the filter dashboard without a filter admin login.
server {
    listen 443 ssl;
    server_name filterreports.rvsd.k12.or.us;

    ssl_certificate     /etc/ssl/rvsd/wildcard.crt;
    ssl_certificate_key /etc/ssl/rvsd/wildcard.key;

    auth_request /_sso;

    location / {
        proxy_pass https://10.20.0.40:8443/reports/;
        proxy_set_header Host $host;
        proxy_set_header Authorization "Basic @@B@@";
        proxy_ssl_verify off;
    }

    location = /_sso {
        internal;
        proxy_pass http://127.0.0.1:9091/verify;
    }
}
''', B=basic), basic, "nginx docs: proxy_set_header; RFC 7617 Basic credentials")

add("blind-db/csv/decoy-device-inventory", "devices/inventory/chromebooks_2025.csv", '''\
asset_tag,serial_number,model,device_id,annotated_user,org_unit,status,last_sync
CB-24-01877,5CD3140Z7K,HP Chromebook 14 G7,7a3c1e55-0b9d-4f2a-8d61-2f0c9e4b7a10,jmartinez34@students.lakeview.k12.ca.us,/Students/2031,ACTIVE,2025-09-02T13:41:22Z
CB-24-01878,5CD3140Z9M,HP Chromebook 14 G7,d41f6b2e-9c8a-4e7d-a3b5-6c0e8f1d2a47,aokafor12@students.lakeview.k12.ca.us,/Students/2031,ACTIVE,2025-09-02T13:44:05Z
CB-24-01879,5CD3140ZB2,HP Chromebook 14 G7,0e9b8a7c-6d5f-4e3a-9b2c-1d0f8e7a6b54,,/Devices/Spares,DEPROVISIONED,2025-06-10T19:02:11Z
CB-23-00412,NXAT2AA00J3210B4F77600,Acer Chromebook 311,3f2e1d0c-9b8a-4766-8554-4a3b2c1d0e9f,lnguyen07@students.lakeview.k12.ca.us,/Students/2032,ACTIVE,2025-09-01T16:20:57Z
CB-23-00413,NXAT2AA00J3210B4F77911,Acer Chromebook 311,9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b,,/Devices/Repair,DISABLED,2025-05-28T14:11:40Z
''', None, "Google Admin console: Chrome device export (serial numbers and device ids)")

asm_pw = rand_pw(16, "!#")
add("blind-db/python/asm-sftp-password", "devices/asm/upload_asm_roster.py", fill('''\
"""Upload the Apple School Manager roster CSVs (students, staff, classes, rosters, courses, locations)."""
import pathlib
import zipfile

import pysftp

ASM_HOST = "upload.appleschoolcontent.com"
ASM_USER = "lcps_sftp_7731"
ASM_PASS = "@@PW@@"
FILES = ["students.csv", "staff.csv", "classes.csv", "rosters.csv", "courses.csv", "locations.csv"]


def main(export_dir: str = "/srv/exports/asm") -> None:
    d = pathlib.Path(export_dir)
    archive = d / "asm_upload.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for name in FILES:
            z.write(d / name, name)
    with pysftp.Connection(ASM_HOST, username=ASM_USER, password=ASM_PASS) as sftp:
        sftp.cwd("dropbox")
        sftp.put(str(archive))
    print("uploaded", archive)


if __name__ == "__main__":
    main()
''', PW=asm_pw), asm_pw, "Apple School Manager User Guide: SFTP upload (upload.appleschoolcontent.com)")
# ---------------------------------------------------------------- transportation, nutrition, payments, notifications

zonar_pw = school_pw()
add("blind-db/python/zonar-password", "transportation/zonar_bus_positions.py", fill('''\
"""Poll Zonar for current bus positions and publish them to the parent "Where's my bus" map."""
import xml.etree.ElementTree as ET

import requests

ZONAR = "https://omi.zonarsystems.net/interface.php"
PARAMS = {
    "customer": "hcs2261",
    "username": "busmap_api",
    "password": "@@PW@@",
    "action": "showposition",
    "operation": "current",
    "format": "xml",
    "version": "2",
    "logvers": "3.8",
}


def positions() -> list:
    r = requests.get(ZONAR, params=PARAMS, timeout=20)
    r.raise_for_status()
    root = ET.fromstring(r.text)
    return [{"bus": a.get("fleet"), "lat": float(a.findtext("lat")), "lng": float(a.findtext("long")),
             "speed": a.findtext("speed"), "time": a.findtext("time")} for a in root.iter("asset")]
''', PW=zonar_pw), zonar_pw, "Zonar Ground Traffic Control API: customer/username/password query parameters")

samsara_tok = "samsara_api_" + alnum(30)
add("blind-db/javascript/samsara-api-token", "transportation/bus-tracker/src/samsara.ts", fill('''\
import axios from "axios";

// Samsara org "Cedar Falls CSD Transportation" - read-only token "bus-tracker"
const SAMSARA_TOKEN = "@@T@@";

const client = axios.create({
  baseURL: "https://api.samsara.com",
  headers: { Authorization: `Bearer ${SAMSARA_TOKEN}` },
  timeout: 15000,
});

export interface BusLocation {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
  time: string;
}

export async function busLocations(tagId: string): Promise<BusLocation[]> {
  const { data } = await client.get("/fleet/vehicles/locations", { params: { tagIds: tagId } });
  return data.data.map((v: any) => ({
    id: v.id, name: v.name, latitude: v.location.latitude, longitude: v.location.longitude, time: v.location.time,
  }));
}
''', T=samsara_tok), samsara_tok, "Samsara API docs: API tokens (samsara_api_ prefix), bearer auth")

tf_pw = words_pw()
add("blind-db/xml/sqlserver-password", "transportation/RouteExport/Web.config", fill('''\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Routefinder"
         connectionString="Data Source=TRANS-SQL01\\TRANSFINDER;Initial Catalog=RoutefinderPlus;User ID=rf_export;Password=@@PW@@;TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="ExportFolder" value="D:\\Exports\\BusRoutes" />
    <add key="SchoolYear" value="2025-2026" />
    <add key="ParentPortalUrl" value="https://bus.hcsd.k12.al.us" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
''', PW=tf_pw), tf_pw, "Microsoft Learn: SqlClient connection strings in Web.config")

vt_pw = rand_pw(16)
add("blind-db/properties/sqlserver-password", "transportation/versatrans-sync/application.properties", fill('''\
spring.application.name=versatrans-sync
server.port=8082

# Tyler Versatrans RP database (read-only login created by Tyler support)
spring.datasource.url=jdbc:sqlserver://vt-sql.isd742.local:1433;databaseName=VersatransRP;encrypt=true;trustServerCertificate=true
spring.datasource.username=vt_readonly
spring.datasource.password=@@PW@@
spring.datasource.hikari.maximum-pool-size=3

sync.cron=0 0 5 * * MON-FRI
sync.target.url=https://api.busapp.example.com/v1/districts/isd742/stops
''', PW=vt_pw), vt_pw, "Spring Boot docs: spring.datasource.password; Microsoft JDBC URL format")

add("blind-db/yaml/decoy-env-reference", "transportation/zonar.yml", '''\
# Zonar poller settings. The password is injected by the container platform.
zonar:
  endpoint: https://omi.zonarsystems.net/interface.php
  customer: hcs2261
  username: busmap_api
  password: ${ZONAR_PASSWORD}
  poll_seconds: 20
map:
  publish_topic: buses/positions
  hide_when_parked_minutes: 15
''', None, "Spring/Micronaut style property placeholders (${VAR})")

linq_key = alnum(40)
add("blind-db/yaml/nutrition-api-key", "nutrition/config/linq.yaml", fill('''\
# LINQ Connect (Titan) nutrition: nightly import of student eligibility and meal counts
linq:
  base_url: https://api.linqconnect.com/api/v1
  district_id: 6f0b1a2e-44d1-4c3f-9f58-0e7a6b2d9c11
  api_key: @@K@@
  exports:
    - meal_counts_daily
    - eligibility_changes
sis:
  source: powerschool
  lunch_number_field: STUDENTS.LUNCH_ID
reporting:
  state_claim_folder: /srv/nutrition/claims
''', K=linq_key), linq_key, "LINQ Connect (Titan) district API key")

stripe_sk = stripe_key("sk_live_")
add("blind-db/javascript/stripe-secret-key", "webstore/server/payments.js", fill('''\
// District webstore: field trip fees, yearbooks, athletic passes
const express = require('express');
const stripe = require('stripe')('@@K@@');

const router = express.Router();

router.post('/checkout', async (req, res) => {
  const { itemId, studentId, quantity } = req.body;
  const item = await req.db.items.findById(itemId);
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [{ price: item.stripePriceId, quantity: quantity || 1 }],
    metadata: { studentId, school: item.schoolCode },
    success_url: 'https://store.lakeviewschools.org/thanks?session={CHECKOUT_SESSION_ID}',
    cancel_url: 'https://store.lakeviewschools.org/cart',
  });
  res.json({ url: session.url });
});

module.exports = router;
''', K=stripe_sk), stripe_sk, "Stripe API docs: secret keys (sk_live_)")

add("blind-db/javascript/decoy-publishable-key", "webstore/client/src/stripe.js", fill('''\
import { loadStripe } from '@stripe/stripe-js';

// Publishable key: meant to be in the browser bundle (Stripe docs).
export const stripePromise = loadStripe('@@PK@@');

export async function redirectToCheckout(itemId, studentId) {
  const res = await fetch('/api/checkout', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ itemId, studentId }),
  });
  const { url } = await res.json();
  window.location.assign(url);
}
''', PK=stripe_key("pk_live_")), None, "Stripe docs: publishable keys are safe to expose client-side")

pp_secret = "E" + urlsafe(79)
add("blind-db/dotenv/paypal-client-secret", "yearbook-store/.env", fill('''\
APP_ENV=production
APP_URL=https://yearbook.westhigh.org
PAYPAL_MODE=live
PAYPAL_CLIENT_ID=A@@CID@@
PAYPAL_CLIENT_SECRET=@@S@@
ORDER_NOTIFY=yearbook@westhigh.org
''', CID=urlsafe(79), S=pp_secret), pp_secret, "PayPal REST API docs: client id and secret")

sq_tok = "EAAA" + urlsafe(60)
add("blind-db/python/square-access-token", "concessions/square_daily_sales.py", fill('''\
"""Daily concession stand sales (football/basketball) from Square, for the athletic office."""
from datetime import date, datetime, time, timedelta

from square.client import Client

client = Client(access_token="@@T@@", environment="production")
LOCATIONS = {"LCX0Z3W1RQ7A8": "Stadium", "LF2B9K4MX1N0P": "Main Gym"}


def sales(day: date) -> dict:
    start = datetime.combine(day, time.min).isoformat() + "Z"
    end = datetime.combine(day + timedelta(days=1), time.min).isoformat() + "Z"
    totals = {}
    for loc_id, name in LOCATIONS.items():
        result = client.payments.list_payments(begin_time=start, end_time=end, location_id=loc_id)
        payments = result.body.get("payments", []) if result.is_success() else []
        totals[name] = sum(p["amount_money"]["amount"] for p in payments) / 100
    return totals
''', T=sq_tok), sq_tok, "Square Python SDK: Client(access_token=..., environment='production')")

tw_tok = hexs(32)
add("blind-db/python/twilio-auth-token", "notifications/absence_sms.py", fill('''\
"""Text guardians when a student is marked absent without a note (period 2 attendance)."""
from twilio.rest import Client

ACCOUNT_SID = "AC@@SID@@"
AUTH_TOKEN = "@@T@@"
FROM = "+15095550142"
client = Client(ACCOUNT_SID, AUTH_TOKEN)

TEMPLATE_EN = "{first} was marked absent today at {school}. Reply or call {phone} to excuse."
TEMPLATE_ES = "{first} fue marcado ausente hoy en {school}. Responda o llame al {phone}."


def notify(guardian_phone: str, first: str, school: str, school_phone: str, spanish: bool = False) -> str:
    body = (TEMPLATE_ES if spanish else TEMPLATE_EN).format(first=first, school=school, phone=school_phone)
    message = client.messages.create(to=guardian_phone, from_=FROM, body=body)
    return message.sid
''', SID=hexs(32), T=tw_tok), tw_tok, "Twilio Python helper library: Client(account_sid, auth_token)")

add("blind-db/python/decoy-env-reference", "notifications/twilio_client.py", fill('''\
"""Shared Twilio client. The Account SID identifies the account (not secret); the auth token
is read from the environment (Azure App Service setting backed by Key Vault)."""
import os

from twilio.rest import Client

ACCOUNT_SID = "AC@@SID@@"
MESSAGING_SERVICE_SID = "MG@@MG@@"


def client() -> Client:
    return Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])
''', SID=hexs(32), MG=hexs(32)), None, "Twilio docs: Account SID vs auth token")

sg_key = sendgrid_key()
add("blind-db/javascript/sendgrid-key", "notifications/report-cards/send.js", fill('''\
const sgMail = require('@sendgrid/mail');
const fs = require('fs/promises');
const path = require('path');

sgMail.setApiKey('@@K@@');

async function sendReportCard(guardian, student, pdfPath) {
  const pdf = await fs.readFile(pdfPath);
  await sgMail.send({
    to: guardian.email,
    from: { email: 'no-reply@lakeviewschools.org', name: 'Lakeview Unified' },
    templateId: 'd-6f1c0b2a9e4d4f7b8a3c5e1d2f0a9b8c',
    dynamicTemplateData: { guardian: guardian.name, student: student.first, term: 'Q1' },
    attachments: [{ content: pdf.toString('base64'), filename: path.basename(pdfPath),
                    type: 'application/pdf', disposition: 'attachment' }],
  });
}

module.exports = { sendReportCard };
''', K=sg_key), sg_key, "SendGrid Node.js docs: sgMail.setApiKey")

teams_url = teams_webhook()
add("blind-db/powershell/teams-webhook", "state-reporting/Send-UploadStatus.ps1", fill('''\
param(
    [Parameter(Mandatory)][string]$Collection,   # e.g. "Fall Snapshot"
    [Parameter(Mandatory)][ValidateSet("Success","Failed")][string]$Status,
    [string]$Detail = ""
)

$webhook = "@@U@@"

$card = @{
    "@type"      = "MessageCard"
    "@context"   = "https://schema.org/extensions"
    "themeColor" = $(if ($Status -eq "Success") { "2EB886" } else { "D00000" })
    "summary"    = "State upload $Status"
    "sections"   = @(@{
        "activityTitle" = "State reporting: $Collection"
        "facts"         = @(@{ name = "Status"; value = $Status }, @{ name = "Host"; value = $env:COMPUTERNAME })
        "text"          = $Detail
    })
}
Invoke-RestMethod -Method Post -Uri $webhook -ContentType "application/json" -Body ($card | ConvertTo-Json -Depth 6)
''', U=teams_url), teams_url, "Microsoft Learn: Incoming Webhooks for Teams (webhook.office.com URL)")

slack_url = slack_webhook()
add("blind-db/shell/slack-webhook", "state-reporting/notify.sh", fill('''\
#!/bin/bash
# notify.sh "<message>" - post the state upload result to #sis-ops
msg="${1:-no message}"
curl -s -X POST -H 'Content-type: application/json' \\
  --data "{\\"text\\": \\":school: ${msg}\\"}" \\
  @@U@@
''', U=slack_url), slack_url, "Slack docs: incoming webhooks")

add("blind-db/markdown/decoy-documented-example", "docs/integrations/slack-alerts.md", '''\
# Slack alerts from the sync jobs

Create an incoming webhook for `#sis-ops` (Slack app "District Sync Bot" > Incoming Webhooks)
and put its URL in the `SLACK_WEBHOOK_URL` environment variable of the job host.

Slack's documentation shows the URL shape:

```
https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
```

Test it:

```
curl -X POST -H 'Content-type: application/json' --data '{"text":"hello"}' "$SLACK_WEBHOOK_URL"
```
''', None, "Slack API docs: incoming webhook example URL")

bot_tok = slack_bot()
add("blind-db/yaml/slack-bot-token", "helpdesk-bot/config/production.yaml", fill('''\
# Help desk bot: staff DM "/ticket chromebook broken screen" and it files an Incident IQ ticket
slack:
  bot_token: "@@T@@"
  signing_secret_env: SLACK_SIGNING_SECRET
  channel_escalations: C05T1K2QZ8M
incidentiq:
  site: rvsd
  api_base: https://rvsd.incidentiq.com/api/v1.0
  token_env: IIQ_TOKEN
categories:
  chromebook: Device > Chromebook > Hardware
  ipad: Device > iPad > Hardware
  password: Accounts > Password Reset
''', T=bot_tok), bot_tok, "Slack docs: bot tokens (xoxb-)")

add("blind-db/javascript/decoy-firebase-config", "parent-app/src/firebase.js", fill('''\
import { initializeApp } from 'firebase/app';
import { getMessaging } from 'firebase/messaging';

// Firebase web config: these values identify the project and are public by design
// (access is enforced by Security Rules and App Check).
const firebaseConfig = {
  apiKey: 'AIza@@K@@',
  authDomain: 'lakeview-parent-app.firebaseapp.com',
  projectId: 'lakeview-parent-app',
  storageBucket: 'lakeview-parent-app.appspot.com',
  messagingSenderId: '@@SND@@',
  appId: '1:@@SND@@:web:@@APP@@',
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
''', K=urlsafe(35), SND=str(_rng().randint(10**11, 10**12 - 1)), APP=hexs(22)), None, "Firebase docs: API keys for Firebase are not secret")

add("blind-db/javascript/decoy-sentry-dsn", "parent-app/src/sentry.js", fill('''\
import * as Sentry from '@sentry/react';

// The DSN is public (it only allows sending events); see Sentry docs "DSN Explainer".
Sentry.init({
  dsn: 'https://@@K@@@o@@ORG@@.ingest.us.sentry.io/@@PROJ@@',
  environment: process.env.NODE_ENV,
  tracesSampleRate: 0.1,
  beforeSend(event) {
    // never send student names
    if (event.user) delete event.user.username;
    return event;
  },
});
''', K=hexs(32), ORG=str(_rng().randint(100000, 999999)), PROJ=str(_rng().randint(1000000, 9999999))), None,
    "Sentry docs: DSN explainer (public key, safe in client code)")

# ---------------------------------------------------------------- state reporting uploads

netrc_pw = rand_pw(14, "!$")
add("blind-db/netrc/state-ftps-password", "state-reporting/.netrc", fill('''\
machine sftp.doe.state.nj.us
  login lea_3570_upload
  password @@PW@@

machine ftp.naviance.com
  login lkv_naviance
  password changeme
''', PW=netrc_pw), netrc_pw, "GNU inetutils: .netrc machine/login/password")

add("blind-db/netrc/decoy-placeholder", "state-reporting/netrc.example", '''\
# Copy to ~/.netrc on the reporting host (chmod 600) and fill in from 1Password.
machine sftp.doe.state.nj.us
  login <lea-upload-user>
  password <from 1Password: "NJ SMART upload">

machine ftp.naviance.com
  login <naviance-user>
  password <from 1Password: "Naviance SFTP">
''', None, "GNU inetutils: .netrc format (example)")

lftp_pw = words_pw()
add("blind-db/shell/lftp-password", "state-reporting/upload_snapshot.sh", fill('''\
#!/bin/bash
# Upload the October snapshot files to the state MOVEit server (run from rpt01 after validation)
set -euo pipefail
SRC=/srv/state-reporting/out/$(date +%Y)/october
LOG=/var/log/state-upload.log

lftp -u 'lea0571_sftp','@@PW@@' sftp://moveit.education.state.mn.us <<EOF >>"$LOG" 2>&1
set sftp:auto-confirm yes
set net:max-retries 3
cd /Home/lea0571_sftp/MARSS
mput $SRC/*.txt
ls
bye
EOF

echo "$(date -Is) snapshot uploaded" >>"$LOG"
''', PW=lftp_pw), lftp_pw, "lftp(1) man page: -u user,password")

winscp_pw = rand_pw(16)
add("blind-db/winscp-script/sftp-url-password", "state-reporting/winscp/upload_calpads.txt", fill('''\
option batch abort
option confirm off
open sftp://lea_19648_sftp:@@PW@@@sftp.calpads.example.gov/ -hostkey="ssh-ed25519 255 @@HK@@"
cd /incoming/SENR
put D:\\StateReporting\\CALPADS\\SENR_*.txt
cd /incoming/SINF
put D:\\StateReporting\\CALPADS\\SINF_*.txt
close
exit
''', PW=winscp_pw, HK=b64_random(32).rstrip("=")), winscp_pw, "WinSCP docs: scripting, open sftp://user:password@host/ -hostkey")

add("blind-db/winscp-script/decoy-env-reference", "state-reporting/winscp/upload_sped.txt", fill('''\
option batch abort
option confirm off
# Password comes from the scheduled task's environment (%SPED_SFTP_PASSWORD%).
open sftp://lea_19648_sped:%SPED_SFTP_PASSWORD%@sftp.calpads.example.gov/ -hostkey="ssh-ed25519 255 @@HK@@"
cd /incoming/SPED
put D:\\StateReporting\\SPED\\*.txt
close
exit
''', HK=b64_random(32).rstrip("=")), None, "WinSCP docs: %VAR% environment references and host key fingerprints")

pgp_rows = pem_body(18, 30)
pgp_priv = ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQVYBGX" + pgp_rows[0][7:] + "\n" + "\n".join(pgp_rows[1:])
            + "\n=" + urlsafe(4).replace("-", "A").replace("_", "B") + "\n-----END PGP PRIVATE KEY BLOCK-----")
add("blind-db/pgp/private-key", "state-reporting/keys/district_decrypt.asc", pgp_priv + "\n", pgp_priv,
    "RFC 4880: ASCII-armored private key block")

pgp_pub_rows = pem_body(10, 30)
pgp_pub = ("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGX" + pgp_pub_rows[0][7:] + "\n" + "\n".join(pgp_pub_rows[1:])
           + "\n=Qx7d\n-----END PGP PUBLIC KEY BLOCK-----")
add("blind-db/pgp/decoy-public-key", "state-reporting/keys/state_doe_public.asc",
    "# Public key of the state DOE; files uploaded to the SFTP are encrypted to it.\n" + pgp_pub + "\n", None,
    "RFC 4880: ASCII-armored public key block")

ssh_key = openssh_pem()
add("blind-db/openssh/sftp-private-key", "state-reporting/keys/nwea_sftp_ed25519", ssh_key + "\n", ssh_key,
    "OpenSSH ssh-keygen: private key format (openssh-key-v1)")

add("blind-db/openssh/decoy-public-key", "state-reporting/keys/authorized_keys", "\n".join([
    "# Keys allowed to upload to the district drop box (sftp-drop01, chroot /srv/drop)",
    'command="internal-sftp",restrict ' + ssh_pub("nwea-upload@nwea"),
    'command="internal-sftp",restrict ' + ssh_pub("renaissance-star@renlearn"),
    'command="internal-sftp",restrict ' + ssh_pub("iready-export@curriculumassociates"),
    'command="internal-sftp",restrict ' + ssh_pub("clever-pull@clever"),
]) + "\n", None, "OpenSSH sshd(8): authorized_keys format (public keys)")

mv_pw = school_pw()
add("blind-db/python/moveit-password", "state-reporting/moveit_upload.py", fill('''\
"""Upload the discipline (SSDT) file through the MOVEit Transfer REST API."""
import pathlib

import requests

MOVEIT = "https://moveit.tea.example.gov"
FOLDER_ID = "885210446"


def token() -> str:
    r = requests.post(f"{MOVEIT}/api/v1/token", data={
        "grant_type": "password",
        "username": "057905_upload",
        "password": "@@PW@@",
    }, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def upload(path: pathlib.Path) -> None:
    with path.open("rb") as fh:
        r = requests.post(f"{MOVEIT}/api/v1/folders/{FOLDER_ID}/files",
                          headers={"Authorization": f"Bearer {token()}"},
                          files={"file": (path.name, fh, "text/plain")}, timeout=300)
    r.raise_for_status()
    print("uploaded", path.name, r.json().get("id"))
''', PW=mv_pw), mv_pw, "MOVEit Transfer REST API docs: /api/v1/token password grant")

add("blind-db/text/decoy-checksums", "state-reporting/out/2025/october/SHA256SUMS", fill('''\
@@H1@@  MARSS_A_0571_20251001.txt
@@H2@@  MARSS_B_0571_20251001.txt
@@H3@@  STAFF_0571_20251001.txt
@@H4@@  SPED_0571_20251001.txt
@@H5@@  DISCIPLINE_0571_20251001.txt
''', H1=hexs(64), H2=hexs(64), H3=hexs(64), H4=hexs(64), H5=hexs(64)), None, "GNU coreutils sha256sum output")
# ---------------------------------------------------------------- vendor and district app infrastructure

pg_pw = rand_pw(20)
add("blind-db/docker-compose/postgres-password", "docker-compose.prod.yml", fill('''\
services:
  api:
    image: ghcr.io/readingbuddy/api:2025.09.1
    restart: unless-stopped
    environment:
      DATABASE_URL: postgresql://readingbuddy@db:5432/readingbuddy
      PGPASSWORD: "@@PW@@"
      CLEVER_API_BASE: https://api.clever.com/v3.0
    ports:
      - "8000:8000"
    depends_on:
      - db
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: readingbuddy
      POSTGRES_USER: readingbuddy
      POSTGRES_PASSWORD: "@@PW@@"
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata:
''', PW=pg_pw), pg_pw, "postgres image docs: POSTGRES_PASSWORD; Compose environment")

df_pw = words_pw()
add("blind-db/dockerfile/mysql-password", "sis-sync/Dockerfile", fill('''\
FROM python:3.12-slim

RUN apt-get update && apt-get install -y --no-install-recommends default-mysql-client cron \\
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

ENV SYNC_DB_HOST=warehouse-mysql.internal \\
    SYNC_DB_USER=sis_sync \\
    SYNC_DB_PASSWORD=@@PW@@ \\
    SYNC_SCHOOL_YEAR=2026

COPY crontab /etc/cron.d/sis-sync
RUN chmod 0644 /etc/cron.d/sis-sync && crontab /etc/cron.d/sis-sync
CMD ["cron", "-f"]
''', PW=df_pw), df_pw, "Dockerfile reference: ENV")

k8s_pw = rand_pw(24)
add("blind-db/k8s-secret/mysql-url", "deploy/k8s/overlays/prod/warehouse-secret.yaml", fill('''\
apiVersion: v1
kind: Secret
metadata:
  name: warehouse-db
  namespace: district-data
type: Opaque
stringData:
  DATABASE_URL: "mysql+pymysql://dw_loader:@@PW@@@warehouse-mysql.district-data.svc:3306/dw"
  SCHOOL_YEAR: "2026"
''', PW=k8s_pw), k8s_pw, "Kubernetes docs: Secret stringData; SQLAlchemy MySQL URL")

oa_key = fakes.openai_key(_seed())
add("blind-db/helm/openai-key", "deploy/helm/tutor/values-prod.yaml", fill('''\
replicaCount: 3
image:
  repository: registry.example.com/mathlab/tutor
  tag: "4.2.0"
ingress:
  enabled: true
  className: nginx
  hosts:
    - host: tutor.mathlab.example.com
      paths: [{path: /, pathType: Prefix}]
env:
  TUTOR_MODEL: gpt-4o-mini
  TUTOR_MAX_TOKENS: "600"
  TUTOR_SAFETY_MODE: "k12-strict"
  OPENAI_API_KEY: "@@K@@"
resources:
  requests: {cpu: 250m, memory: 512Mi}
  limits: {memory: 1Gi}
''', K=oa_key), oa_key, "Helm values file; OpenAI API keys (sk-proj-)")

ant_key = "sk-ant-api03-" + urlsafe(93) + "AA"
add("blind-db/dotenv/anthropic-key", "services/feedback-assistant/.env", fill('''\
# Writing feedback assistant (teacher-facing only, no student PII sent)
ANTHROPIC_API_KEY=@@K@@
FEEDBACK_MODEL=claude-3-5-haiku-latest
MAX_ESSAY_CHARS=12000
PII_REDACTION=on
ALLOWED_ORIGINS=https://write.mathlab.example.com
''', K=ant_key), ant_key, "Anthropic API docs: API keys (sk-ant-api03-)")

tf_pw2 = rand_pw(24)
add("blind-db/hcl/rds-password", "infra/terraform/envs/prod/terraform.tfvars", fill('''\
region         = "us-west-2"
environment    = "prod"
vpc_cidr       = "10.60.0.0/16"
instance_class = "db.r6g.large"
db_name        = "roster"
db_username    = "roster_admin"
db_password    = "@@PW@@"
allowed_district_cidrs = [
  "198.51.100.0/24",  # Lakeview USD egress
  "203.0.113.32/28",  # Northfield PS egress
]
''', PW=tf_pw2), tf_pw2, "Terraform docs: .tfvars variable definitions")

tf_pw3 = words_pw()
add("blind-db/hcl/azure-sql-password", "infra/terraform/edfi/main.tf", fill('''\
resource "azurerm_mssql_server" "edfi" {
  name                         = "sql-edfi-ods-prod"
  resource_group_name          = azurerm_resource_group.edfi.name
  location                     = azurerm_resource_group.edfi.location
  version                      = "12.0"
  administrator_login          = "edfiadmin"
  administrator_login_password = "@@PW@@"
  minimum_tls_version          = "1.2"
}

resource "azurerm_mssql_database" "ods" {
  name        = "EdFi_Ods_2026"
  server_id   = azurerm_mssql_server.edfi.id
  sku_name    = "S3"
  max_size_gb = 250
}

resource "azurerm_mssql_firewall_rule" "district" {
  name             = "district-office"
  server_id        = azurerm_mssql_server.edfi.id
  start_ip_address = "198.51.100.10"
  end_ip_address   = "198.51.100.10"
}
''', PW=tf_pw3), tf_pw3, "Terraform azurerm provider: azurerm_mssql_server administrator_login_password")

aws_id, aws_sk = aws_pair()
add("blind-db/github-actions/aws-secret-key", ".github/workflows/deploy-exports.yml", fill('''\
name: deploy-exports
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@ID@@
      AWS_SECRET_ACCESS_KEY: @@SK@@
      AWS_DEFAULT_REGION: us-east-2
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt
      - run: python -m build_exports --out dist/
      - run: aws s3 sync dist/ s3://district-exports-prod/oneroster/ --delete
''', ID=aws_id, SK=aws_sk), aws_sk, "GitHub Actions workflow syntax: env; AWS CLI credentials environment variables")

reg_pw = rand_pw(20)
add("blind-db/gitlab-ci/registry-password", ".gitlab-ci.yml", fill('''\
stages: [test, build, deploy]

variables:
  IMAGE: registry.district-it.example.org/sis/roster-sync

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

build:
  stage: build
  image: docker:27
  services: [docker:27-dind]
  script:
    - docker login registry.district-it.example.org -u ci-builder -p '@@PW@@'
    - docker build -t "$IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$IMAGE:$CI_COMMIT_SHORT_SHA"
  only: [main]
''', PW=reg_pw), reg_pw, "GitLab CI/CD YAML reference; docker login -u -p")

sqlcmd_pw = school_pw()
add("blind-db/azure-pipelines/sqlserver-password", "azure-pipelines.yml", fill('''\
trigger:
  branches:
    include: [main]

pool:
  name: District-OnPrem

steps:
  - task: PowerShell@2
    displayName: Apply Ed-Fi extension scripts
    inputs:
      targetType: inline
      script: |
        Get-ChildItem .\\db\\migrations\\*.sql | Sort-Object Name | ForEach-Object {
          sqlcmd -S edfi-sql01.k12.local -d EdFi_Ods_2026 -U edfi_deploy -P "@@PW@@" -b -i $_.FullName
        }
  - task: PublishBuildArtifacts@1
    inputs:
      PathtoPublish: db/migrations
      ArtifactName: migrations
''', PW=sqlcmd_pw), sqlcmd_pw, "Azure Pipelines YAML schema; sqlcmd -U -P options")

gh_tok = fakes.github_token(_seed())
add("blind-db/jenkinsfile/github-token", "Jenkinsfile", fill('''\
pipeline {
  agent { label 'linux' }
  triggers { cron('H 2 * * 1-5') }
  stages {
    stage('Checkout mappings') {
      steps {
        sh 'rm -rf mappings && git clone https://ci-bot:@@T@@@github.com/lakeview-usd/sis-mappings.git mappings'
      }
    }
    stage('Build state files') {
      steps {
        sh 'python3 build_state_files.py --mappings mappings --out out/'
      }
    }
    stage('Archive') {
      steps {
        archiveArtifacts artifacts: 'out/*.txt', fingerprint: true
      }
    }
  }
}
''', T=gh_tok), gh_tok, "Jenkins Pipeline syntax; git clone https://user:token@github.com")

npm_tok = fakes.fake("npm_", 36, _seed())
add("blind-db/npmrc/npm-token", "packages/lti-components/.npmrc", fill('''\
# publish: npm publish --access public (from packages/lti-components)
@mathlab:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@T@@
save-exact=true
engine-strict=true
access=public
''', T=npm_tok), npm_tok, "npm docs: .npmrc _authToken")

pypi_tok = fakes.pypi_token(_seed())
add("blind-db/pypirc/pypi-token", "sdk/python/.pypirc", fill('''\
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = @@T@@

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
''', T=pypi_tok), pypi_tok, "PyPA docs: .pypirc with API token")

pip_pw = rand_pw(18)
add("blind-db/pip-conf/index-password", "deploy/pip.conf", fill('''\
[global]
index-url = https://district-ci:@@PW@@@artifacts.district-it.example.org/artifactory/api/pypi/pypi-remote/simple
extra-index-url = https://pypi.org/simple
timeout = 60
trusted-host = artifacts.district-it.example.org
''', PW=pip_pw), pip_pw, "pip docs: configuration file, index-url with credentials")

mvn_pw = rand_pw(16)
add("blind-db/maven/server-password", "etl/.mvn/settings.xml", fill('''\
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>district-releases</id>
      <username>etl-deployer</username>
      <password>@@PW@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>district-releases</id>
      <mirrorOf>*</mirrorOf>
      <url>https://artifacts.district-it.example.org/artifactory/maven-virtual</url>
    </mirror>
  </mirrors>
</settings>
''', PW=mvn_pw), mvn_pw, "Apache Maven settings reference: servers/server/password")

nuget_pw = rand_pw(20)
add("blind-db/nuget/cleartext-password", "src/NuGet.config", fill('''\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="district" value="https://pkgs.dev.azure.com/hcsd-it/_packaging/internal/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <district>
      <add key="Username" value="build@hcsd.k12.al.us" />
      <add key="ClearTextPassword" value="@@PW@@" />
    </district>
  </packageSourceCredentials>
</configuration>
''', PW=nuget_pw), nuget_pw, "NuGet docs: nuget.config packageSourceCredentials ClearTextPassword")

ks_pw = words_pw()
add("blind-db/gradle-properties/keystore-password", "parent-app/android/gradle.properties", fill('''\
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
android.enableJetifier=true

# release signing (Lakeview Parent app)
LAKEVIEW_UPLOAD_STORE_FILE=lakeview-upload.keystore
LAKEVIEW_UPLOAD_KEY_ALIAS=lakeview-upload
LAKEVIEW_UPLOAD_STORE_PASSWORD=@@PW@@
LAKEVIEW_UPLOAD_KEY_PASSWORD=@@PW@@
''', PW=ks_pw), ks_pw, "React Native docs: signed APK, gradle.properties store/key passwords")

wp_pw = school_pw()
add("blind-db/php/wordpress-db-password", "district-site/wp-config.php", fill('''\
<?php
/** District website - WordPress configuration */
define( 'DB_NAME', 'wp_lakeviewusd' );
define( 'DB_USER', 'wp_lakeview' );
define( 'DB_PASSWORD', '@@PW@@' );
define( 'DB_HOST', 'web-db01.lakeview.local' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

// salts live outside the web root
require_once '/etc/wordpress/salts.php';

$table_prefix = 'lkv_';
define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'FORCE_SSL_ADMIN', true );

if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', PW=wp_pw), wp_pw, "WordPress docs: Editing wp-config.php (DB_PASSWORD)")

dj_key = fakes.django_secret_key(_seed())
add("blind-db/python/django-secret-key", "portal/portal/settings.py", fill('''\
"""Django settings for the student device checkout portal."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = '@@K@@'
DEBUG = False
ALLOWED_HOSTS = ["checkout.spartanschools.org"]

INSTALLED_APPS = [
    "django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes",
    "django.contrib.sessions", "django.contrib.messages", "django.contrib.staticfiles",
    "devices", "loans",
]

DATABASES = {
    "default": {"ENGINE": "django.db.backends.postgresql", "NAME": "checkout", "HOST": "/var/run/postgresql"}
}

AUTHENTICATION_BACKENDS = ["social_core.backends.google.GoogleOAuth2", "django.contrib.auth.backends.ModelBackend"]
SOCIAL_AUTH_GOOGLE_OAUTH2_WHITELISTED_DOMAINS = ["spartanschools.org"]
TIME_ZONE = "America/Detroit"
STATIC_ROOT = BASE_DIR / "static"
''', K=dj_key.replace("'", "-")), dj_key.replace("'", "-"), "Django docs: SECRET_KEY setting")

lv_key = "base64:" + b64_random(32)
add("blind-db/dotenv/laravel-app-key", "fieldtrips/.env", fill('''\
APP_NAME="Field Trip Requests"
APP_ENV=production
APP_KEY=@@K@@
APP_DEBUG=false
APP_URL=https://fieldtrips.cvusd.net

LOG_CHANNEL=stack
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=fieldtrips
DB_USERNAME=fieldtrips
DB_PASSWORD="${FIELDTRIPS_DB_PASSWORD}"

MAIL_MAILER=smtp
MAIL_HOST=smtp-relay.gmail.com
MAIL_PORT=587
''', K=lv_key), lv_key, "Laravel docs: APP_KEY (base64: encryption key)")

master_key = hexs(32)
add("blind-db/kamal/rails-master-key", ".kamal/secrets", fill('''\
# Secrets defined here are available for reference under registry/password, env/secret in
# config/deploy.yml. Kamal reads this file on the deploy machine.

KAMAL_REGISTRY_PASSWORD=$KAMAL_REGISTRY_PASSWORD

# Hall pass app (production)
RAILS_MASTER_KEY=@@K@@
POSTGRES_PASSWORD=$(op read op://Deploy/hallpass-db/password)
''', K=master_key), master_key, "Kamal docs: .kamal/secrets; Rails master key")
go_pw = rand_pw(18)
add("blind-db/go/postgres-password", "services/rosterd/internal/store/db.go", fill('''\
package store

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// DSN of the roster database. TODO(mkim): read from the environment before go-live.
const defaultDSN = "postgres://rosterd:@@PW@@@roster-db.internal:5432/rosterd?sslmode=require"

type Store struct {
	pool *pgxpool.Pool
}

func Open(ctx context.Context) (*Store, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	pool, err := pgxpool.New(ctx, defaultDSN)
	if err != nil {
		return nil, err
	}
	return &Store{pool: pool}, nil
}

func (s *Store) Close() { s.pool.Close() }
''', PW=go_pw), go_pw, "pgx docs: pgxpool.New with a postgres:// connection string")

ods_pw = words_pw()
add("blind-db/json/sqlserver-password", "src/EdFi.Ods.WebApi/appsettings.Production.json", fill('''\
{
  "ApiSettings": {
    "Mode": "YearSpecific",
    "Engine": "SQLServer",
    "MinimalTemplateScript": "GrandBend",
    "Features": [
      { "Name": "OpenApiMetadata", "IsEnabled": true },
      { "Name": "ChangeQueries", "IsEnabled": true }
    ]
  },
  "ConnectionStrings": {
    "EdFi_Ods": "Server=edfi-sql01.k12.local;Database=EdFi_{0};User Id=edfi_api;Password=@@PW@@;Encrypt=True;TrustServerCertificate=True",
    "EdFi_Admin": "Server=edfi-sql01.k12.local;Database=EdFi_Admin;User Id=edfi_api;Password=@@PW@@;Encrypt=True;TrustServerCertificate=True",
    "EdFi_Security": "Server=edfi-sql01.k12.local;Database=EdFi_Security;User Id=edfi_api;Password=@@PW@@;Encrypt=True;TrustServerCertificate=True"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}
''', PW=ods_pw), ods_pw, "Ed-Fi ODS/API docs: appsettings.json connection strings")

destiny_pw = school_pw()
add("blind-db/java/sqlserver-password", "library/src/main/java/org/hcsd/library/OverdueReport.java", fill('''\
package org.hcsd.library;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** Overdue library items per homeroom, read from the Follett Destiny reporting database. */
public final class OverdueReport {
    private static final String URL = "jdbc:sqlserver://destiny-db.hcsd.local:1433;databaseName=DestinyRPT;encrypt=false";
    private static final String USER = "destiny_report";
    private static final String PASSWORD = "@@PW@@";

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
             PreparedStatement ps = c.prepareStatement(
                 "select patron_barcode, title, due_date from v_overdue where site_id = ? order by due_date")) {
            ps.setInt(1, Integer.parseInt(args[0]));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    System.out.printf("%s\\t%s\\t%s%n", rs.getString(1), rs.getString(2), rs.getDate(3));
                }
            }
        }
    }
}
''', PW=destiny_pw), destiny_pw, "JDBC DriverManager.getConnection(url, user, password)")

mycnf_pw = rand_pw(18, "#")
add("blind-db/ini/mysql-password", "ops/backup/.my.cnf", fill('''\
# credentials for the nightly mysqldump of the district website and Moodle
[client]
user=backup
password="@@PW@@"
host=web-db01.lakeview.local

[mysqldump]
single-transaction
quick
max_allowed_packet=512M
''', PW=mycnf_pw), mycnf_pw, "MySQL docs: option files ([client] password)")

pgpass_pw = rand_pw(20)
add("blind-db/pgpass/postgres-password", "ops/warehouse/.pgpass", fill('''\
# hostname:port:database:username:password
warehouse-db.k12.local:5432:dw:dw_loader:@@PW@@
warehouse-db.k12.local:5432:dw:dw_readonly:*
localhost:5432:*:postgres:
# replica used by the Tableau extracts
warehouse-ro.k12.local:5432:dw:tableau:*
''', PW=pgpass_pw), pgpass_pw, "PostgreSQL docs: the password file (.pgpass)")

login_pw = school_pw()
add("blind-db/sql/sqlserver-login-password", "db/edfi/010_create_logins.sql", fill('''\
-- Logins for the Ed-Fi ODS/API and the state reporting extract (run on EDFI-SQL01)
USE [master];
GO
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'edfi_extract')
    CREATE LOGIN [edfi_extract] WITH PASSWORD = N'@@PW@@', CHECK_POLICY = ON, DEFAULT_DATABASE = [EdFi_Ods_2026];
GO
USE [EdFi_Ods_2026];
GO
CREATE USER [edfi_extract] FOR LOGIN [edfi_extract];
ALTER ROLE [db_datareader] ADD MEMBER [edfi_extract];
GO
''', PW=login_pw), login_pw, "SQL Server docs: CREATE LOGIN ... WITH PASSWORD")

vs_pw = words_pw()
add("blind-db/vscode/sqltools-password", ".vscode/settings.json", fill('''\
{
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": ".venv/bin/python",
  "sqltools.connections": [
    {
      "name": "Warehouse (prod, read only)",
      "driver": "PostgreSQL",
      "server": "warehouse-ro.k12.local",
      "port": 5432,
      "database": "dw",
      "username": "analyst_ro",
      "password": "@@PW@@",
      "previewLimit": 50
    }
  ],
  "files.exclude": { "**/__pycache__": true }
}
''', PW=vs_pw), vs_pw, "SQLTools docs: connection settings in settings.json")

dd_key = hexs(32)
add("blind-db/yaml/datadog-api-key", "ops/datadog/datadog.yaml", fill('''\
## Datadog Agent - sis-util01
api_key: @@K@@
site: datadoghq.com
hostname: sis-util01
tags:
  - env:prod
  - team:district-it
  - service:sis-sync
logs_enabled: true
process_config:
  process_collection:
    enabled: false
''', K=dd_key), dd_key, "Datadog Agent docs: datadog.yaml api_key")

aws_id2, aws_sk2 = aws_pair()
add("blind-db/ini/aws-credentials", "deploy/aws/credentials", fill('''\
[default]
region = us-east-1

[district-exports]
aws_access_key_id = @@ID@@
aws_secret_access_key = @@SK@@
region = us-east-2

[sandbox]
role_arn = arn:aws:iam::210987654321:role/SandboxAdmin
source_profile = district-exports
''', ID=aws_id2, SK=aws_sk2), aws_sk2, "AWS CLI docs: shared credentials file")

jwt_secret = rand_pw(48)
add("blind-db/typescript/jwt-secret", "parent-portal/api/src/auth.ts", fill('''\
import jwt from "jsonwebtoken";
import type { Request, Response, NextFunction } from "express";

const JWT_SECRET = "@@S@@";
const ISSUER = "parent-portal.lakeviewschools.org";

export function issueToken(guardianId: string, studentIds: string[]): string {
  return jwt.sign({ sub: guardianId, students: studentIds }, JWT_SECRET, {
    algorithm: "HS256", issuer: ISSUER, expiresIn: "8h",
  });
}

export function requireGuardian(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : "";
  try {
    (req as any).guardian = jwt.verify(token, JWT_SECRET, { issuer: ISSUER });
    next();
  } catch {
    res.status(401).json({ error: "unauthorized" });
  }
}
''', S=jwt_secret), jwt_secret, "jsonwebtoken README: jwt.sign(payload, secret)")

redis_pw = fakes.redis_password(_seed())
add("blind-db/python/redis-password", "portal/portal/celery.py", fill('''\
import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")

app = Celery("portal")
app.conf.broker_url = "redis://:@@PW@@@redis-portal.k12.local:6379/0"
app.conf.result_backend = "redis://:@@PW@@@redis-portal.k12.local:6379/1"
app.conf.timezone = "America/Detroit"
app.conf.beat_schedule = {
    "overdue-device-reminders": {"task": "loans.tasks.send_overdue_reminders", "schedule": 60 * 60 * 24},
    "sync-students-from-clever": {"task": "devices.tasks.sync_students", "schedule": 60 * 60 * 6},
}
app.autodiscover_tasks()
''', PW=redis_pw), redis_pw, "Celery docs: Redis broker URL redis://:password@host:port/db")

# ---------------------------------------------------------------- decoys of the infrastructure files

add("blind-db/k8s/decoy-external-secret", "deploy/k8s/base/roster-externalsecret.yaml", '''\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: roster-credentials
  namespace: readingbuddy
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: roster-credentials
  data:
    - secretKey: CLEVER_CLIENT_SECRET
      remoteRef:
        key: prod/readingbuddy/clever
        property: client_secret
    - secretKey: DATABASE_URL
      remoteRef:
        key: prod/readingbuddy/db
        property: url
''', None, "External Secrets Operator docs: ExternalSecret")

add("blind-db/helm/decoy-secret-key-ref", "deploy/helm/tutor/templates/deployment.yaml", '''\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "tutor.fullname" . }}
spec:
  replicas: {{ .Values.replicaCount }}
  selector:
    matchLabels: {{- include "tutor.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels: {{- include "tutor.selectorLabels" . | nindent 8 }}
    spec:
      containers:
        - name: tutor
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          env:
            - name: OPENAI_API_KEY
              valueFrom:
                secretKeyRef:
                  name: {{ .Values.openai.existingSecret }}
                  key: api-key
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: tutor-db
                  key: password
''', None, "Kubernetes docs: env valueFrom secretKeyRef; Helm templates")

add("blind-db/k8s/decoy-sealed-secret", "deploy/k8s/overlays/prod/clever-sealedsecret.yaml", fill('''\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: clever-oauth
  namespace: readingbuddy
spec:
  encryptedData:
    CLEVER_CLIENT_ID: @@A@@
    CLEVER_CLIENT_SECRET: @@B@@
  template:
    metadata:
      name: clever-oauth
      namespace: readingbuddy
    type: Opaque
''', A=b64_random(300), B=b64_random(320)), None, "Bitnami sealed-secrets README: SealedSecret encryptedData (ciphertext)")

add("blind-db/yaml/decoy-sops-encrypted", "deploy/secrets/prod.enc.yaml", fill('''\
clever:
    client_secret: @@A@@
canvas:
    token: @@B@@
database:
    password: @@C@@
sops:
    age:
        - recipient: age1@@R@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@E1@@
            @@E2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2025-08-28T17:41:09Z"
    mac: @@MAC@@
    unencrypted_suffix: _unencrypted
    version: 3.9.0
''', A=sops_value(40), B=sops_value(70), C=sops_value(24), R="".join(_rng().choice("qpzry9x8gf2tvdw0s3jn54khce6mua7l") for _ in range(58)),
    E1=b64_random(48), E2=b64_random(33), MAC=sops_value(32)), None, "SOPS docs: encrypted YAML (ENC[AES256_GCM,...])")

add("blind-db/yaml/decoy-ansible-vault-file", "ansible/group_vars/all/vault.yml", vault_blob(9) + "\n", None,
    "Ansible docs: ansible-vault encrypted files")

add("blind-db/hcl/decoy-random-password", "infra/terraform/modules/roster-db/main.tf", '''\
resource "random_password" "db" {
  length           = 32
  special          = true
  override_special = "!#%*-_=+"
}

resource "aws_db_instance" "roster" {
  identifier              = "roster-${var.environment}"
  engine                  = "postgres"
  engine_version          = "16.4"
  instance_class          = var.instance_class
  db_name                 = var.db_name
  username                = var.db_username
  password                = random_password.db.result
  storage_encrypted       = true
  backup_retention_period = 14
  deletion_protection     = true
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = jsonencode({ username = var.db_username, password = random_password.db.result })
}
''', None, "Terraform random provider: random_password; aws_db_instance")

add("blind-db/hcl/decoy-placeholder", "infra/terraform/envs/prod/terraform.tfvars.example", '''\
# Copy to terraform.tfvars. The database password is NOT set here any more: the module
# generates it (random_password) and stores it in Secrets Manager.
region         = "us-west-2"
environment    = "prod"
instance_class = "db.r6g.large"
db_name        = "roster"
db_username    = "roster_admin"
# db_password  = "CHANGE_ME"   # (deprecated, ignored)
allowed_district_cidrs = [
  "198.51.100.0/24",
]
''', None, "Terraform docs: .tfvars (example file)")

add("blind-db/github-actions/decoy-secrets-context", ".github/workflows/nightly-sync.yml", '''\
name: nightly-sync
on:
  schedule:
    - cron: "15 9 * * *"
  workflow_dispatch: {}
permissions:
  id-token: write
  contents: read
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/gh-nightly-sync
          aws-region: us-east-2
      - run: pip install -r requirements.txt
      - run: python -m rostering.sync --all-districts
        env:
          CLEVER_CLIENT_SECRET: ${{ secrets.CLEVER_CLIENT_SECRET }}
          CANVAS_TOKEN: ${{ secrets.CANVAS_TOKEN }}
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
''', None, "GitHub Actions docs: secrets context and OIDC role assumption")

add("blind-db/azure-pipelines/decoy-variable-group", "pipelines/edfi-deploy.yml", '''\
trigger: none

variables:
  - group: edfi-prod   # linked to Key Vault kv-edfi-prod

pool:
  name: District-OnPrem

steps:
  - task: PowerShell@2
    displayName: Apply migrations
    inputs:
      targetType: inline
      script: |
        Get-ChildItem .\\db\\migrations\\*.sql | Sort-Object Name | ForEach-Object {
          sqlcmd -S $(EdFiSqlServer) -d $(EdFiOdsDatabase) -U $(EdFiDeployUser) -P "$env:EDFI_DEPLOY_PASSWORD" -b -i $_.FullName
        }
    env:
      EDFI_DEPLOY_PASSWORD: $(edfi-deploy-password)
''', None, "Azure Pipelines docs: variable groups linked to Key Vault, $(var) macro syntax")

add("blind-db/json/decoy-lockfile-integrity", "packages/lti-components/package-lock.json", fill('''\
{
  "name": "@mathlab/lti-components",
  "version": "2.3.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "@mathlab/lti-components",
      "version": "2.3.0",
      "dependencies": { "jose": "^5.9.6", "oauth-1.0a": "^2.2.6" }
    },
    "node_modules/jose": {
      "version": "5.9.6",
      "resolved": "https://registry.npmjs.org/jose/-/jose-5.9.6.tgz",
      "integrity": "sha512-@@I1@@",
      "funding": { "url": "https://github.com/sponsors/panva" }
    },
    "node_modules/oauth-1.0a": {
      "version": "2.2.6",
      "resolved": "https://registry.npmjs.org/oauth-1.0a/-/oauth-1.0a-2.2.6.tgz",
      "integrity": "sha512-@@I2@@"
    }
  }
}
''', I1=b64_random(64), I2=b64_random(64)), None, "npm docs: package-lock.json integrity (SRI sha512)")

add("blind-db/sln/decoy-project-guids", "src/LaunchPad.sln", fill('''\
Microsoft Visual Studio Solution File, Format Version 12.00
# Visual Studio Version 17
VisualStudioVersion = 17.10.35013.160
MinimumVisualStudioVersion = 10.0.40219.1
Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "LaunchPad.Web", "LaunchPad.Web\\LaunchPad.Web.csproj", "{@@P1@@}"
EndProject
Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "LaunchPad.Roster", "LaunchPad.Roster\\LaunchPad.Roster.csproj", "{@@P2@@}"
EndProject
Global
	GlobalSection(SolutionConfigurationPlatforms) = preSolution
		Debug|Any CPU = Debug|Any CPU
		Release|Any CPU = Release|Any CPU
	EndGlobalSection
	GlobalSection(ExtensibilityGlobals) = postSolution
		SolutionGuid = {@@SG@@}
	EndGlobalSection
EndGlobal
''', P1=uuid_s().upper(), P2=uuid_s().upper(), SG=uuid_s().upper()), None, "Visual Studio docs: solution (.sln) file with project GUIDs")

add("blind-db/k8s/decoy-image-digest", "deploy/k8s/base/rosterd-deployment.yaml", fill('''\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: rosterd
  namespace: readingbuddy
spec:
  replicas: 2
  selector:
    matchLabels: {app: rosterd}
  template:
    metadata:
      labels: {app: rosterd}
    spec:
      containers:
        - name: rosterd
          image: ghcr.io/readingbuddy/rosterd@sha256:@@H1@@
          envFrom:
            - secretRef: {name: roster-credentials}
        - name: cloud-sql-proxy
          image: gcr.io/cloud-sql-connectors/cloud-sql-proxy@sha256:@@H2@@
          args: ["--structured-logs", "lkv-roster:us-west1:roster-db"]
''', H1=hexs(64), H2=hexs(64)), None, "Kubernetes docs: images pinned by digest; envFrom secretRef")

add("blind-db/html/decoy-sri-hashes", "district-site/wp-content/themes/lakeview/header.html", fill('''\
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Lakeview Unified School District</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="sha384-@@A@@" crossorigin="anonymous">
  <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"
          integrity="sha384-@@B@@" crossorigin="anonymous" defer></script>
  <meta name="google-site-verification" content="@@V@@">
</head>
<body>
''', A=b64_random(48), B=b64_random(48), V=urlsafe(43)), None, "MDN: Subresource Integrity; Google Search Console site verification meta tag")

add("blind-db/python/decoy-documented-example-keys", "tests/test_s3_export.py", '''\
"""S3 export tests with moto. The keys are AWS's documented example credentials."""
import boto3
import pytest
from moto import mock_aws

from exports.s3 import upload_oneroster_zip


@pytest.fixture
def s3(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-2")
    with mock_aws():
        client = boto3.client("s3")
        client.create_bucket(Bucket="district-exports-test",
                             CreateBucketConfiguration={"LocationConstraint": "us-east-2"})
        yield client


def test_upload_puts_zip_under_district_prefix(s3, tmp_path):
    z = tmp_path / "oneroster.zip"
    z.write_bytes(b"PK\\x05\\x06" + b"\\x00" * 18)
    upload_oneroster_zip(str(z), bucket="district-exports-test", district="lakeview")
    keys = [o["Key"] for o in s3.list_objects_v2(Bucket="district-exports-test")["Contents"]]
    assert keys == ["lakeview/oneroster.zip"]
''', None, "AWS docs: example access key AKIAIOSFODNN7EXAMPLE; moto docs")

add("blind-db/dotenv/decoy-placeholder", "services/roster-api/.env.example", '''\
# Copy to .env and fill in. Never commit the real .env.
NODE_ENV=development
PORT=8080

PS_HOST=https://<district>.powerschool.com
PS_CLIENT_ID=your-plugin-client-id
PS_CLIENT_SECRET=changeme

CLEVER_CLIENT_ID=
CLEVER_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx

DATABASE_URL=postgresql://roster:password@localhost:5432/roster_dev
REDIS_URL=redis://localhost:6379/0
''', None, "dotenv docs: .env.example with placeholders")

add("blind-db/json/decoy-password-hashes", "portal/devices/fixtures/staff_users.json", fill('''\
[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "techcoach",
      "password": "pbkdf2_sha256$870000$@@S1@@$@@H1@@",
      "is_staff": true,
      "is_superuser": false,
      "email": "techcoach@spartanschools.org"
    }
  },
  {
    "model": "auth.user",
    "pk": 2,
    "fields": {
      "username": "libraryaide",
      "password": "pbkdf2_sha256$870000$@@S2@@$@@H2@@",
      "is_staff": true,
      "is_superuser": false,
      "email": "libraryaide@spartanschools.org"
    }
  }
]
''', S1=alnum(22), H1=b64_random(32), S2=alnum(22), H2=b64_random(32)), None, "Django docs: password storage format (pbkdf2_sha256$iterations$salt$hash)")

add("blind-db/htpasswd/decoy-bcrypt-hashes", "ops/nginx/filter-reports.htpasswd", "\n".join(
    f"{user}:{bcrypt_hash()}" for user in ["principal-hs", "principal-ms", "principal-es1", "principal-es2", "counselor-lead", "techdirector"]) + "\n",
    None, "Apache htpasswd docs: bcrypt ($2y$/$2b$) entries")

add("blind-db/cloud-init/decoy-hashed-password", "kiosk/cloud-init/user-data.yaml", fill('''\
#cloud-config
hostname: lib-kiosk-01
timezone: America/Chicago
users:
  - name: kiosk
    gecos: Library catalog kiosk
    shell: /bin/bash
    lock_passwd: false
    passwd: "@@H@@"
    groups: [video, audio]
  - name: techadmin
    sudo: ALL=(ALL) NOPASSWD:ALL
    ssh_authorized_keys:
      - @@PUB@@
packages: [chromium-browser, unclutter]
runcmd:
  - [systemctl, enable, --now, kiosk.service]
''', H=sha_crypt(), PUB=ssh_pub("techadmin@hcsd")), None, "cloud-init docs: users passwd takes a crypt(3) hash")

add("blind-db/xml/decoy-saml-metadata", "sso/classlink-idp-metadata.xml", fill('''\
<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://launchpad.classlink.com/saml/lakeviewusd">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>@@CERT@@</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://launchpad.classlink.com/saml/sso/lakeviewusd"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
''', CERT="".join(cert_pem(12).splitlines()[1:-1])), None, "OASIS SAML 2.0 metadata: X509Certificate (public signing certificate)")

add("blind-db/openssh/decoy-known-hosts", "state-reporting/keys/known_hosts", "\n".join([
    "# host keys of the upload targets (verified by phone with each vendor)",
    "sftp.clever.com " + ssh_pub("").strip(),
    "upload.appleschoolcontent.com " + ssh_pub("").strip(),
    "moveit.education.state.mn.us " + ssh_pub("").strip(),
    "sftp.doe.state.nj.us " + ssh_pub("").strip(),
]) + "\n", None, "OpenSSH sshd(8): known_hosts format (public host keys)")

add("blind-db/python/decoy-test-fake-token", "rostering/tests/test_clever_sync.py", '''\
"""Unit tests for the Clever sync with a mocked API. Every credential here is fake."""
import responses

from rostering import clever_sync

FAKE_TOKEN = "fake-district-token-for-tests"


@responses.activate
def test_paged_follows_next_links(monkeypatch):
    monkeypatch.setattr(clever_sync, "DISTRICT_TOKEN", FAKE_TOKEN)
    clever_sync.SESSION.headers["Authorization"] = f"Bearer {FAKE_TOKEN}"
    responses.get("https://api.clever.com/v3.0/users",
                  json={"data": [{"data": {"id": "u1"}}],
                        "links": [{"rel": "next", "uri": "/v3.0/users?starting_after=u1"}]})
    responses.get("https://api.clever.com/v3.0/users?starting_after=u1",
                  json={"data": [{"data": {"id": "u2"}}], "links": []})
    ids = [u["id"] for u in clever_sync.paged("/users")]
    assert ids == ["u1", "u2"]
    assert responses.calls[0].request.headers["Authorization"] == "Bearer fake-district-token-for-tests"
''', None, "responses library docs; test fixtures declared fake")

add("blind-db/vscode/decoy-ask-password", ".vscode/settings.shared.json", '''\
{
  "sqltools.connections": [
    {
      "name": "Warehouse (prod, read only)",
      "driver": "PostgreSQL",
      "server": "warehouse-ro.k12.local",
      "port": 5432,
      "database": "dw",
      "username": "${env:USER}",
      "askForPassword": true,
      "previewLimit": 50
    },
    {
      "name": "PowerSchool replica",
      "driver": "OracleDB",
      "connectString": "psrpt.hosting.powerschool.com:1521/PSRPT_NFPS",
      "username": "PSNAVIGATOR",
      "askForPassword": true
    }
  ]
}
''', None, "SQLTools docs: askForPassword")

add("blind-db/npmrc/decoy-env-reference", "packages/roster-worker/.npmrc", '''\
@mathlab:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
audit-level=high
''', None, "npm docs: environment variables in .npmrc")

add("blind-db/json/decoy-integrated-security", "src/LaunchPad.Web/appsettings.Development.json", '''\
{
  "Logging": {
    "LogLevel": { "Default": "Debug", "Microsoft.AspNetCore": "Information" }
  },
  "Authentication": {
    "ClassLink": {
      "Authority": "https://launchpad.classlink.com",
      "ClientId": "c1690316541855f1d5e3c3a1a7c2b8e4",
      "ClientSecret": "",
      "CallbackPath": "/signin-classlink"
    }
  },
  "ConnectionStrings": {
    "Default": "Server=(localdb)\\\\MSSQLLocalDB;Database=launchpad_dev;Trusted_Connection=True;MultipleActiveResultSets=true"
  }
}
''', None, "ASP.NET Core docs: user secrets for development; LocalDB integrated security")
add("blind-db/apps-script/decoy-script-properties", "apps-script/attendance-alerts/Code.gs", '''\
/**
 * Attendance alerts: emails the counselor when a student reaches 10% chronic absence.
 * The Clever token is kept in Script Properties (Project Settings > Script properties),
 * set once by the admin; it is not in the source.
 */
function getToken_() {
  var token = PropertiesService.getScriptProperties().getProperty('CLEVER_TOKEN');
  if (!token) throw new Error('Set the CLEVER_TOKEN script property first');
  return token;
}

function checkChronicAbsence() {
  var resp = UrlFetchApp.fetch('https://api.clever.com/v3.0/users?role=student&limit=1000', {
    headers: { Authorization: 'Bearer ' + getToken_() }
  });
  var students = JSON.parse(resp.getContentText()).data;
  Logger.log('checked %s students', students.length);
}
''', None, "Apps Script docs: PropertiesService script properties")

add("blind-db/notebook/decoy-getpass", "analysis/canvas_engagement.ipynb", '''\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Canvas engagement by course\\n", "Token is typed at run time (getpass), never saved in the notebook."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from getpass import getpass\\n",
    "from canvasapi import Canvas\\n",
    "\\n",
    "canvas = Canvas('https://lakeviewusd.instructure.com', getpass('Canvas token: '))\\n",
    "account = canvas.get_account(1)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', None, "Jupyter nbformat 4; Python getpass")

add("blind-db/systemd/decoy-load-credential", "deploy/systemd/sis-sync.service", '''\
[Unit]
Description=SIS to Google/M365 account sync
After=network-online.target

[Service]
Type=oneshot
User=sissync
EnvironmentFile=/etc/sis-sync/sync.env
LoadCredential=ps_client_secret:/etc/credstore/ps_client_secret
LoadCredential=google_sa.json:/etc/credstore/google_sa.json
Environment=PS_CLIENT_SECRET_FILE=%d/ps_client_secret
Environment=GOOGLE_APPLICATION_CREDENTIALS=%d/google_sa.json
ExecStart=/opt/sis-sync/venv/bin/python -m sis_sync run
''', None, "systemd.exec(5): EnvironmentFile= and LoadCredential=")

add("blind-db/r/decoy-env-reference", "analysis/attendance_trends.R", '''\
# Attendance trends for the board report. Credentials come from ~/.Renviron
# (CANVAS_TOKEN, WAREHOUSE_PASSWORD), which is never committed.
library(DBI)
library(RPostgres)
library(dplyr)

con <- dbConnect(
  Postgres(),
  host = "warehouse-ro.k12.local",
  dbname = "dw",
  user = "analyst_ro",
  password = Sys.getenv("WAREHOUSE_PASSWORD")
)

att <- tbl(con, "daily_attendance") %>%
  filter(school_year == 2026) %>%
  group_by(school, week = floor_date(att_date, "week")) %>%
  summarise(rate = mean(present)) %>%
  collect()

dbDisconnect(con)
''', None, "R docs: Sys.getenv and .Renviron; DBI dbConnect")

add("blind-db/properties/decoy-jasypt-encrypted", "etl/src/main/resources/application-prod.properties", fill('''\
# Values in ENC(...) are encrypted with Jasypt; the key is passed as
# JASYPT_ENCRYPTOR_PASSWORD by the service unit.
spring.datasource.url=jdbc:sqlserver://vt-sql.isd742.local:1433;databaseName=VersatransRP;encrypt=true
spring.datasource.username=vt_readonly
spring.datasource.password=ENC(@@E1@@)
sync.api.key=ENC(@@E2@@)
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
jasypt.encryptor.iv-generator-classname=org.jasypt.iv.RandomIvGenerator
''', E1=b64_random(48), E2=b64_random(64)), None, "jasypt-spring-boot README: ENC(...) encrypted properties")

add("blind-db/crontab/decoy-netrc-reference", "ops/cron/rpt01.crontab", '''\
# m h dom mon dow  command
MAILTO=state-reporting@isd742.org
SHELL=/bin/bash

# Upload the daily attendance file; credentials come from ~/.netrc (mode 600, not in git)
30 6 * * 1-5  curl -sS --netrc --ssl-reqd -T /srv/state-reporting/out/attendance_$(date +\\%Y\\%m\\%d).txt ftps://sftp.doe.state.nj.us/incoming/ >> /var/log/state-upload.log 2>&1

# Rotate logs
0 0 * * 0     /usr/sbin/logrotate /etc/logrotate.d/state-upload
''', None, "curl docs: --netrc; crontab(5) escaping of %")
