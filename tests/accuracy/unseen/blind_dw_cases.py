"""Blind set DW: dental laboratories and dental clinics.

CAD/CAM milling rooms (exocad, 3Shape, hyperDENT, mill PCs and their shares), intraoral scanner
exports (iTero, Medit, TRIOS), practice management servers (Open Dental, Dentrix, Eaglesoft),
imaging archives (Orthanc, dcm4chee, Romexis, Sidexis, CBCT exports to object storage), lab-order
portals and case trackers, patient reminders, payments and shipping (FedEx, UPS, EasyPost, Shippo,
ShipStation), with the decoys such teams commit. Generated fakes only (seeds 1220000-1229999).
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
UPPER_DIGITS = string.ascii_uppercase + string.digits
SEED_LOW, SEED_HIGH = 1220000, 1229999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    """n characters of the alphabet; of ALNUM, with both cases and a digit (bounded retries)."""
    r = _rng()
    value = ""
    for _ in range(64):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if alphabet != ALNUM or (any(c.isdigit() for c in value) and any(c.isupper() for c in value)
                                 and any(c.islower() for c in value)):
            return value
    return value


DENTAL = ["Molar", "Crown", "Bridge", "Veneer", "Implant", "Zirconia", "Incisor", "Enamel", "Dentin",
          "Pontic", "Abutment", "Occlusal", "Cusp", "Aligner", "Bicuspid", "Canine", "Gingiva", "Lingual"]
OTHER = ["Harbor", "Falcon", "Cedar", "Granite", "Willow", "Summit", "Copper", "Meadow", "Beacon",
         "Quartz", "Juniper", "Kestrel", "Basalt", "Orchid", "Lagoon", "Tundra", "Pelican", "Sparrow"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember",
         "saddle", "walnut", "harvest", "pixel", "trumpet", "lagoon", "porcelain", "resin", "wax"]


def human_pw(symbols: str = "!#$%*") -> str:
    r = _rng()
    words = [r.choice(DENTAL), r.choice(OTHER)]
    r.shuffle(words)
    return words[0] + r.choice(symbols) + words[1] + str(r.randint(10, 9999))


def url_pw() -> str:
    """A password that needs no escaping in a URL's userinfo."""
    return human_pw("-_.!*")


def rand_pw(n: int = 20, extra: str = "") -> str:
    return draw(n, ALNUM + extra) if extra else draw(n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    return draw(n, HEX)


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def wireguard_key() -> str:
    r = _rng()
    raw = bytearray(r.getrandbits(8) for _ in range(32))
    raw[0] &= 248
    raw[31] = (raw[31] & 127) | 64
    return base64.b64encode(bytes(raw)).decode()


def uuid4() -> str:
    return fakes.uuid4(_seed())


def pem(kind: str = "RSA", lines: int = 14) -> str:
    """A private key block of the kind's real opening bytes and line width."""
    r = _rng()
    heads = {"RSA": ("MIIEowIBAAKCAQEA", 64), "": ("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 64),
             "EC": ("MHcCAQEEI", 64), "OPENSSH": ("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA", 70)}
    head, width = heads[kind]
    body = head + "".join(r.choice(ALNUM + "+/") for _ in range(width * lines - len(head) - r.randint(5, 40)))
    rows = [body[i:i + width] for i in range(0, len(body), width)]
    if kind == "EC":
        rows = rows[:3]
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    return f"-----BEGIN {label}-----\n" + "\n".join(rows) + f"\n-----END {label}-----"


def cert_body(lines: int = 10) -> str:
    r = _rng()
    body = "MIID" + "".join(r.choice(ALNUM + "+/") for _ in range(64 * lines - 30))
    return "\n".join(body[i:i + 64] for i in range(0, len(body), 64))


# Vendor shapes.
def stripe_sk() -> str:
    return "sk_live_" + draw(99)


def stripe_whsec() -> str:
    return "whsec_" + draw(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def sendgrid_key() -> str:
    return "SG." + draw(22, ALNUM + "-_") + "." + draw(43, ALNUM + "-_")


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + draw(24)


def slack_webhook() -> str:
    return "https://hooks.slack.com/services/T" + draw(8, UPPER_DIGITS) + "/B" + draw(10, UPPER_DIGITS) + "/" + draw(24)


def discord_webhook() -> str:
    return f"https://discord.com/api/webhooks/{_rng().randint(10**17, 10**18)}/" + draw(68, ALNUM + "-_")


def teams_webhook() -> str:
    return (f"https://dentalarts.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid4()}/V2" + draw(43, ALNUM + "-_"))


def azure_storage_key() -> str:
    return b64_bytes(64)


def azure_client_secret() -> str:
    return draw(3) + "8Q~" + draw(34, ALNUM + "_.-~")


def easypost_key() -> str:
    return "EZAK" + draw(54, HEX)


def shippo_key() -> str:
    return "shippo_live_" + hexs(40)


def ups_secret() -> str:
    return draw(64)


def newrelic_license() -> str:
    return hexs(36) + "NRAL"


def okta_token() -> str:
    return "00" + draw(40, ALNUM + "-_")


def square_token() -> str:
    return "EAAA" + draw(60, ALNUM + "-_")


def anthropic_key() -> str:
    return "sk-ant-api03-" + draw(93, ALNUM + "-_") + "AA"


def dropbox_token() -> str:
    return "sl.B" + draw(134, ALNUM + "-_")


def tailscale_key() -> str:
    return "tskey-auth-k" + draw(10) + "CNTRL-" + draw(33)


def google_client_secret() -> str:
    return "GOCSPX-" + draw(28, ALNUM + "-_")


def b2_key() -> str:
    return "K005" + draw(27, ALNUM + "/+")


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str, **values: str) -> None:
    """One case; `@@NAME@@` in the text is filled from `values` (the secret is `values[secret]`
    when `secret` names one of them)."""
    assert category.startswith("blind-dw/")
    if text.startswith("\n"):
        text = text[1:]
    for name, value in values.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    if secret is not None and secret in values:
        secret = values[secret]
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# ---------------------------------------------------------------- practice management servers

add("blind-dw/xml/database-password", "clinic-it/opendental/FreeDentalConfig.xml", r"""
<?xml version="1.0"?>
<ConnectionSettings xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <DatabaseConnection>
    <ComputerName>OD-SERVER01</ComputerName>
    <Database>opendental</Database>
    <User>odclient</User>
    <Password>@@PW@@</Password>
    <NoShowOnStartup>True</NoShowOnStartup>
  </DatabaseConnection>
  <DatabaseType>MySql</DatabaseType>
</ConnectionSettings>
""", "PW", "Open Dental manual: FreeDentalConfig.xml (Choose Database window settings)", PW=human_pw())

_OD = (draw(16), draw(16))
add("blind-dw/python/api-key", "integrations/opendental_sync/client.py", r"""
'''Pull today's appointments from the Open Dental API for the reminder service.'''
import datetime as dt

import requests

BASE_URL = "https://api.opendental.com/api/v1"
# developer key / customer key for the Riverside office
AUTH = "ODFHIR @@DEV@@/@@CUST@@"


def appointments_for(day: dt.date) -> list[dict]:
    response = requests.get(
        f"{BASE_URL}/appointments",
        headers={"Authorization": AUTH, "Content-Type": "application/json"},
        params={"date": day.isoformat(), "AptStatus": "Scheduled"},
        timeout=30,
    )
    response.raise_for_status()
    return response.json()


if __name__ == "__main__":
    for apt in appointments_for(dt.date.today()):
        print(apt["AptNum"], apt["PatNum"], apt["AptDateTime"])
""", f"{_OD[0]}/{_OD[1]}", "Open Dental API guide: Authorization header ODFHIR DeveloperKey/CustomerKey",
    DEV=_OD[0], CUST=_OD[1])

add("blind-dw/ini/database-password", "clinic-it/eaglesoft/odbc.ini", r"""
[ODBC Data Sources]
EaglesoftReports=SQL Anywhere 17

[EaglesoftReports]
Driver=/opt/sqlanywhere17/lib64/libdbodbc17_r.so
ServerName=DENTSERV
DatabaseName=dentserv
Host=10.12.0.5:2638
UID=es_reports
PWD=@@PW@@
ReadOnly=YES
""", "PW", "SAP SQL Anywhere ODBC connection parameters (UID/PWD, ServerName)", PW=rand_pw(14))

add("blind-dw/csharp/connection-string", "src/Dental.Reporting/DentrixExport.cs", r"""
using System;
using System.Data.Odbc;

namespace Dental.Reporting
{
    internal static class DentrixExport
    {
        // Dentrix G7 reporting views via the Dentrix ODBC driver (read-only user issued by the DB password utility)
        private const string ConnectionString =
            "DSN=c-treeACE ODBC Driver;Host=DTXSERVER;Database=DentrixSQL;UID=Reporting_Grant;PWD=@@PW@@;Port=6597";

        public static int CountProductionRows(DateTime day)
        {
            using var connection = new OdbcConnection(ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM admin.v_procedure_log WHERE procdate = ?";
            command.Parameters.Add(new OdbcParameter("procdate", day.Date));
            return Convert.ToInt32(command.ExecuteScalar());
        }
    }
}
""", "PW", "Microsoft Docs: OdbcConnection.ConnectionString; Dentrix reporting ODBC (c-tree) setup", PW=rand_pw(12, "!$"))

add("blind-dw/shell/database-password", "ops/opendental/nightly_backup.sh", r"""
#!/usr/bin/env bash
# Nightly Open Dental dump to the NAS, kept 14 days.
set -euo pipefail

STAMP=$(date +%Y%m%d-%H%M)
DEST=/mnt/nas/od-backups
mkdir -p "$DEST"

mysqldump --single-transaction --routines --triggers \
  -h 127.0.0.1 -u odbackup -p'@@PW@@' opendental \
  | gzip > "$DEST/opendental-$STAMP.sql.gz"

find "$DEST" -name 'opendental-*.sql.gz' -mtime +14 -delete
echo "backup done: $DEST/opendental-$STAMP.sql.gz"
""", "PW", "MySQL manual: mysqldump -p<password> option", PW=human_pw("!#%*"))

add("blind-dw/sql/database-password", "db/opendental/create_report_user.sql", r"""
-- Read-only account for the Power BI gateway (practice KPIs).
-- Run as root on OD-SERVER01 after each major Open Dental upgrade.
CREATE USER IF NOT EXISTS 'od_powerbi'@'10.12.0.%' IDENTIFIED BY '@@PW@@';
GRANT SELECT ON opendental.appointment TO 'od_powerbi'@'10.12.0.%';
GRANT SELECT ON opendental.procedurelog TO 'od_powerbi'@'10.12.0.%';
GRANT SELECT ON opendental.claimproc TO 'od_powerbi'@'10.12.0.%';
GRANT SELECT ON opendental.provider TO 'od_powerbi'@'10.12.0.%';
FLUSH PRIVILEGES;
""", "PW", "MySQL manual: CREATE USER ... IDENTIFIED BY", PW=human_pw())

add("blind-dw/sql/mssql-login", "db/sidexis/01_logins.sql", r"""
USE [master];
GO
-- Service login for the Sidexis 4 imaging bridge (used by the PMS bridge on each op PC)
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'sidexis_bridge')
    CREATE LOGIN [sidexis_bridge] WITH PASSWORD = N'@@PW@@', CHECK_POLICY = ON, DEFAULT_DATABASE = [PDATA_SQLEXPRESS];
GO
USE [PDATA_SQLEXPRESS];
GO
CREATE USER [sidexis_bridge] FOR LOGIN [sidexis_bridge];
ALTER ROLE [db_datareader] ADD MEMBER [sidexis_bridge];
GO
""", "PW", "Microsoft Docs: CREATE LOGIN (Transact-SQL) WITH PASSWORD", PW=rand_pw(16, "#!"))

add("blind-dw/batch/database-password", "scripts/imaging/backup_dexis_db.bat", r"""
@echo off
REM Full backup of the DEXIS SQL Express instance before the Friday patch window
set BACKUPDIR=D:\Backups\DEXIS
if not exist %BACKUPDIR% mkdir %BACKUPDIR%
for /f "tokens=2-4 delims=/ " %%a in ("%date%") do set STAMP=%%c%%a%%b

sqlcmd -S .\DEXIS -U sa -P "@@PW@@" -Q "BACKUP DATABASE [DEXIS] TO DISK = N'%BACKUPDIR%\DEXIS_%STAMP%.bak' WITH INIT, COMPRESSION"
if errorlevel 1 (
  echo Backup failed >> %BACKUPDIR%\backup.log
  exit /b 1
)
echo %date% %time% backup ok >> %BACKUPDIR%\backup.log
""", "PW", "Microsoft Docs: sqlcmd utility -U -P options", PW=human_pw("!#*"))

add("blind-dw/properties/database-password", "imaging/romexis/romexis.properties", r"""
# Planmeca Romexis server settings (copied from C:\Romexis_Server before migration)
romexis.server.port=1099
romexis.image.path=\\\\IMGSRV\\RomexisImages
db.driver=com.microsoft.sqlserver.jdbc.SQLServerDriver
db.url=jdbc:sqlserver://IMGSRV\\ROMEXIS;databaseName=romexis_db
db.user=romexis
db.password=@@PW@@
dicom.aetitle=ROMEXIS
dicom.port=104
""", "PW", "Java properties format; Microsoft JDBC driver for SQL Server connection URL", PW=rand_pw(12))

add("blind-dw/reg/autologon-password", "clinic-it/mill-pc/autologon_CAM-03.reg", r"""
Windows Registry Editor Version 5.00

; CAM-03 (Ceramill Motion 3) must come back logged in after power cuts so the mill queue restarts
[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="millop"
"DefaultDomainName"="CAM-03"
"DefaultPassword"="@@PW@@"
"ForceAutoLogon"="1"
""", "PW", "Microsoft Docs: Winlogon AutoAdminLogon / DefaultPassword registry values", PW=human_pw())

add("blind-dw/powershell/smb-password", "clinic-it/mill-pc/Map-MillShares.ps1", r"""
# Map the exocad export share and the mill job share on each CAM workstation.
$server = "LABNAS01"
$user   = "LABNAS01\camjobs"

net use M: "\\$server\MillJobs" /user:$user "@@PW@@" /persistent:yes
net use X: "\\$server\exocad-export" /user:$user "@@PW@@" /persistent:yes

if (-not (Test-Path "M:\queue")) {
    New-Item -ItemType Directory -Path "M:\queue" | Out-Null
}
Write-Host "Shares mapped on $env:COMPUTERNAME"
""", "PW", "Microsoft Docs: net use /user:<user> <password>", PW=human_pw("!#%"))

add("blind-dw/powershell/service-account", "clinic-it/eaglesoft/Install-EaglesoftService.ps1", r"""
param(
    [string]$InstallDir = "C:\EagleSoft\Shared Files"
)

$svcUser = "CLINIC\svc_eaglesoft"
$svcPass = ConvertTo-SecureString "@@PW@@" -AsPlainText -Force
$cred    = New-Object System.Management.Automation.PSCredential($svcUser, $svcPass)

New-Service -Name "PattersonAppService" `
    -BinaryPathName "`"$InstallDir\PattersonAppService.exe`"" `
    -DisplayName "Patterson Application Service" `
    -StartupType Automatic `
    -Credential $cred

Start-Service -Name "PattersonAppService"
""", "PW", "Microsoft Docs: ConvertTo-SecureString -AsPlainText; New-Service -Credential", PW=human_pw())

add("blind-dw/vbscript/database-password", "legacy/lab-invoices/export_invoices.vbs", r"""
' Exports yesterday's invoices from the lab system to CSV for the bookkeeper
Option Explicit
Dim conn, rs, fso, out
Set conn = CreateObject("ADODB.Connection")
conn.Open "Provider=SQLOLEDB;Data Source=LABSQL\LABSTAR;Initial Catalog=LabStar;User ID=invoice_export;Password=@@PW@@;"
Set rs = conn.Execute("SELECT InvoiceNo, DoctorCode, Total FROM Invoices WHERE InvoiceDate = CAST(GETDATE()-1 AS date)")
Set fso = CreateObject("Scripting.FileSystemObject")
Set out = fso.CreateTextFile("\\LABNAS01\accounting\invoices_" & Year(Date) & Month(Date) & Day(Date) & ".csv", True)
out.WriteLine "invoice,doctor,total"
Do Until rs.EOF
  out.WriteLine rs("InvoiceNo") & "," & rs("DoctorCode") & "," & rs("Total")
  rs.MoveNext
Loop
out.Close
conn.Close
""", "PW", "Microsoft Docs: ADO ConnectionString for SQLOLEDB (User ID / Password)", PW=rand_pw(10, "!"))

add("blind-dw/ini/ftp-password", "cam/hyperdent/MillTransfer.ini", r"""
[General]
Machine=CORiTEC 350i
JobFolder=C:\hyperDENT\NC
AutoSend=1

[Transfer]
Protocol=FTP
Host=192.168.50.21
Port=21
User=coritec
Password=@@PW@@
RemoteDir=/jobs/incoming
Passive=1
""", "PW", "INI file layout used by CAM post-processors for machine file transfer", PW=rand_pw(10))

add("blind-dw/xml/edi-password", "billing/claims/ClaimConnectSettings.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<ClaimSubmission>
  <Clearinghouse name="DentalXChange">
    <Endpoint>https://webservices.dentalxchange.com/claims/v2</Endpoint>
    <Username>riversidedental01</Username>
    <Password>@@PW@@</Password>
    <SubmitterId>RVD0194</SubmitterId>
    <BatchSize>50</BatchSize>
  </Clearinghouse>
  <Eligibility enabled="true" cacheMinutes="240" />
</ClaimSubmission>
""", "PW", "Clearinghouse web-service credentials as configured in a claims submission client", PW=human_pw("!#$"))

# ---------------------------------------------------------------- imaging archives

add("blind-dw/json/pacs-password", "imaging/orthanc/orthanc.json", r"""
{
  "Name" : "LAB-ORTHANC",
  "StorageDirectory" : "/var/lib/orthanc/db",
  "IndexDirectory" : "/var/lib/orthanc/db",
  "DicomAet" : "LABPACS",
  "DicomPort" : 4242,
  "HttpPort" : 8042,
  "RemoteAccessAllowed" : true,
  "AuthenticationEnabled" : true,
  "RegisteredUsers" : {
    "labadmin" : "@@PW@@"
  },
  "DicomModalities" : {
    "cbct-op3d" : [ "CBCT01", "10.20.4.31", 104 ],
    "sidexis" : [ "SIDEXIS", "10.20.4.12", 11112 ]
  },
  "StableAge" : 60
}
""", "PW", "Orthanc Book: configuration file, RegisteredUsers", PW=human_pw())

add("blind-dw/compose/ldap-password", "imaging/dcm4chee/docker-compose.yml", r"""
version: "3"
services:
  ldap:
    image: dcm4che/slapd-dcm4chee:2.6.5-32.0
    ports:
      - "389:389"
    environment:
      LDAP_ROOTPASS: "@@PW@@"
      STORAGE_DIR: /storage/fs1
    volumes:
      - /var/local/dcm4chee-arc/ldap:/var/lib/openldap/openldap-data
      - /var/local/dcm4chee-arc/slapd.d:/etc/openldap/slapd.d
  db:
    image: dcm4che/postgres-dcm4chee:15.4-32
    environment:
      POSTGRES_DB: pacsdb
      POSTGRES_USER: pacs
      POSTGRES_PASSWORD_FILE: /run/secrets/pacs_db
    secrets:
      - pacs_db
  arc:
    image: dcm4che/dcm4chee-arc-psql:5.32.0
    ports:
      - "8080:8080"
      - "11112:11112"
    environment:
      POSTGRES_DB: pacsdb
      POSTGRES_USER: pacs
      POSTGRES_PASSWORD_FILE: /run/secrets/pacs_db
      WILDFLY_CHOWN: /storage
    depends_on:
      - ldap
      - db
secrets:
  pacs_db:
    file: ./secrets/pacs_db.txt
""", "PW", "dcm4che docker images: LDAP_ROOTPASS environment variable", PW=human_pw("!#%*"))

add("blind-dw/python/basic-auth", "imaging/tools/push_cbct_to_orthanc.py", r"""
import sys
from pathlib import Path

import requests

ORTHANC = "http://orthanc.lab.internal:8042"
SESSION = requests.Session()
SESSION.auth = ("uploader", "@@PW@@")


def upload(folder: Path) -> int:
    count = 0
    for dcm in sorted(folder.rglob("*.dcm")):
        r = SESSION.post(f"{ORTHANC}/instances", data=dcm.read_bytes(), timeout=60)
        r.raise_for_status()
        count += 1
    return count


if __name__ == "__main__":
    print(upload(Path(sys.argv[1])), "instances uploaded")
""", "PW", "Orthanc REST API: POST /instances; requests Session.auth", PW=rand_pw(18))

add("blind-dw/python/aws-secret-key", "imaging/archive/cbct_to_s3.py", r"""
'''Archive CBCT volumes older than 30 days to S3 Glacier Instant Retrieval.'''
import os
import time

import boto3

s3 = boto3.client(
    "s3",
    region_name="us-east-2",
    aws_access_key_id="@@AKID@@",
    aws_secret_access_key="@@SK@@",
)

BUCKET = "riverside-dental-cbct-archive"
ROOT = r"D:\CBCT\Exports"
CUTOFF = time.time() - 30 * 86400

for dirpath, _, files in os.walk(ROOT):
    for name in files:
        path = os.path.join(dirpath, name)
        if os.path.getmtime(path) < CUTOFF:
            key = os.path.relpath(path, ROOT).replace("\\", "/")
            s3.upload_file(path, BUCKET, key, ExtraArgs={"StorageClass": "GLACIER_IR"})
            print("archived", key)
""", "SK", "boto3 docs: client(aws_access_key_id=..., aws_secret_access_key=...)",
    AKID=fakes.aws_key_id(_seed()), SK=fakes.aws_secret_key(_seed()))

add("blind-dw/powershell/azure-sas", "imaging/archive/Sync-ScansToBlob.ps1", r"""
# Nightly copy of intraoral scan exports (STL/PLY) to the cold archive container
$source = "E:\ScanExports\*"
$dest   = "https://rvdimagingarchive.blob.core.windows.net/scans?sv=2022-11-02&ss=b&srt=co&sp=rwlac&se=2026-12-31T23:59:59Z&st=2024-01-01T00:00:00Z&spr=https&sig=@@SIG@@"

& "C:\Tools\azcopy.exe" sync $source $dest --recursive --delete-destination=false --log-level=WARNING
if ($LASTEXITCODE -ne 0) {
    Send-MailMessage -To "it@riversidedental.example" -From "azcopy@riversidedental.example" `
        -Subject "Scan archive sync failed on $env:COMPUTERNAME" -SmtpServer "smtp.riversidedental.example"
}
""", "SIG", "Microsoft Docs: account SAS token parameters (sv, ss, srt, sp, se, sig); azcopy sync",
    SIG=b64_bytes(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D"))

add("blind-dw/yaml/azure-storage-key", "imaging/archive/pipelines/azure-pipelines.yml", r"""
trigger: none
schedules:
  - cron: "0 3 * * *"
    displayName: nightly scan archive
    branches:
      include: [main]

pool:
  vmImage: windows-latest

variables:
  STORAGE_CONNECTION: "DefaultEndpointsProtocol=https;AccountName=rvdimagingarchive;AccountKey=@@KEY@@;EndpointSuffix=core.windows.net"

steps:
  - task: PowerShell@2
    displayName: Prune exports older than 7 years
    inputs:
      targetType: inline
      script: |
        az storage blob delete-batch --connection-string "$(STORAGE_CONNECTION)" `
          --source exports --if-unmodified-since 2017-01-01T00:00Z
""", "KEY", "Azure Storage connection string format (AccountKey); Azure Pipelines YAML schema",
    KEY=azure_storage_key())

add("blind-dw/toml/b2-application-key", "services/scan-sync/config.toml", r"""
[watch]
folder = "/srv/trios-exports"
extensions = ["stl", "ply", "dcm", "3oxz"]
settle_seconds = 45

[backblaze]
bucket = "lab-scan-archive"
key_id = "005a3f9c2b7e4d10000000007"
application_key = "@@KEY@@"
prefix = "trios/"

[log]
level = "info"
file = "/var/log/scan-sync.log"
""", "KEY", "Backblaze B2 docs: application keys (keyID + applicationKey)", KEY=b2_key())

add("blind-dw/rclone/b2-application-key", "ops/rclone/rclone.conf", r"""
[b2-archive]
type = b2
account = 005c81e7a90d3f20000000004
key = @@KEY@@
hard_delete = false

[nas]
type = sftp
host = labnas01.lab.internal
user = rclone
key_file = /home/rclone/.ssh/id_ed25519
""", "KEY", "rclone docs: Backblaze B2 backend (account, key)", KEY=b2_key())

add("blind-dw/s3cfg/wasabi-secret-key", "ops/backup/.s3cfg", r"""
[default]
access_key = @@AK@@
secret_key = @@SK@@
host_base = s3.us-east-2.wasabisys.com
host_bucket = %(bucket)s.s3.us-east-2.wasabisys.com
use_https = True
signature_v2 = False
bucket_location = us-east-2
""", "SK", "s3cmd configuration (.s3cfg) with Wasabi endpoints",
    AK=draw(20, UPPER_DIGITS), SK=draw(40, ALNUM + "/+"))

add("blind-dw/yaml/smb-password", "ops/ansible/roles/scanner_share/defaults/main.yml", r"""
---
# Where the intraoral scanners (TRIOS 5, iTero Element) drop their exports
scanner_share_server: labnas01.lab.internal
scanner_share_name: ScannerDrop
scanner_share_mountpoint: /mnt/scanner-drop
scanner_share_user: scanner_svc
scanner_share_password: "@@PW@@"
scanner_share_options: "vers=3.0,uid=scan,gid=scan,file_mode=0640,dir_mode=0750"
""", "PW", "Ansible role defaults (YAML); mount.cifs options", PW=human_pw())

add("blind-dw/cifs-credentials/smb-password", "ops/etc/samba/creds/scanner-drop", r"""
# /etc/samba/creds/scanner-drop  (chmod 600, referenced from /etc/fstab)
# //labnas01/ScannerDrop /mnt/scanner-drop cifs credentials=/etc/samba/creds/scanner-drop,vers=3.0 0 0
username=scanner_svc
password=@@PW@@
domain=LAB
""", "PW", "mount.cifs(8): credentials= file format", PW=rand_pw(16, "#!"))

# ---------------------------------------------------------------- lab-order portals and case trackers

add("blind-dw/env/database-password", "labportal/.env", r"""
APP_NAME="Summit Dental Lab Portal"
APP_ENV=production
APP_DEBUG=false
APP_URL=https://portal.summitdentallab.example

LOG_CHANNEL=daily

DB_CONNECTION=mysql
DB_HOST=10.40.1.20
DB_PORT=3306
DB_DATABASE=labportal
DB_USERNAME=labportal
DB_PASSWORD="@@PW@@"

QUEUE_CONNECTION=redis
REDIS_HOST=127.0.0.1
""", "PW", "Laravel docs: environment configuration (.env DB_PASSWORD)", PW=human_pw())

_APPKEY = b64_bytes(32)
add("blind-dw/env/laravel-app-key", "lab-mgmt/.env.production", r"""
APP_NAME=CaseTrack
APP_ENV=production
APP_KEY=base64:@@KEY@@
APP_DEBUG=false
APP_URL=https://cases.northshorelab.example

DB_CONNECTION=pgsql
DB_HOST=${RDS_HOSTNAME}
DB_DATABASE=casetrack
DB_USERNAME=${RDS_USERNAME}
DB_PASSWORD=${RDS_PASSWORD}

MAIL_MAILER=ses
""", "base64:" + _APPKEY, "Laravel docs: APP_KEY encryption key (base64:...)", KEY=_APPKEY)

add("blind-dw/env/stripe-secret-key", "portal-api/.env.production", r"""
NODE_ENV=production
PORT=8080
PUBLIC_URL=https://order.brightsmilelab.example
STRIPE_PUBLISHABLE_KEY=pk_live_51NcXq2Hq0vYb7Rk2P8mWZr4sTt9Lz1Uf6Ko0BcDdEeFf
STRIPE_SECRET_KEY=@@SK@@
INVOICE_DAYS_DUE=30
""", "SK", "Stripe docs: API keys (secret keys sk_live_)", SK=stripe_sk())

add("blind-dw/python/django-secret-key", "labportal/labportal/settings/production.py", r"""
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["orders.cedarcrestlab.example"]

SECRET_KEY = "@@KEY@@"

DATABASES["default"].update({
    "HOST": "db.internal",
    "NAME": "labportal",
    "USER": "labportal",
})

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CASE_UPLOAD_MAX_MB = 250  # full-arch scans with texture
""", "KEY", "Django docs: SECRET_KEY setting", KEY=fakes.django_secret_key(_seed()))

add("blind-dw/ruby/rails-secret-key-base", "caseportal/config/secrets.yml", r"""
# Be sure to restart your server when you modify this file.
development:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

test:
  secret_key_base: 5f1c0b7e6f2d

production:
  secret_key_base: @@KEY@@
  shipstation_store_id: 184223
""", "KEY", "Rails guides: config/secrets.yml secret_key_base", KEY=hexs(128))

add("blind-dw/yaml/database-password", "caseportal/config/database.yml", r"""
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: caseportal_development

production:
  <<: *default
  host: caseportal-db.c9xk2lq0.us-west-2.rds.amazonaws.com
  database: caseportal
  username: caseportal_app
  password: "@@PW@@"
""", "PW", "Rails guides: config/database.yml", PW=human_pw("!#%*"))

add("blind-dw/go/postgres-dsn", "casetracker/cmd/server/main.go", r"""
package main

import (
	"database/sql"
	"log"
	"net/http"

	_ "github.com/lib/pq"

	"casetracker/internal/api"
)

const dsn = "postgres://casetracker:@@PW@@@db.lab.internal:5432/casetracker?sslmode=require"

func main() {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	router := api.NewRouter(db)
	log.Println("case tracker listening on :8080")
	log.Fatal(http.ListenAndServe(":8080", router))
}
""", "PW", "lib/pq docs: connection string URLs", PW=url_pw())

add("blind-dw/properties/database-password", "order-service/src/main/resources/application-prod.properties", r"""
server.port=8443
spring.application.name=order-service
spring.datasource.url=jdbc:postgresql://pg-prod.lab.internal:5432/orders
spring.datasource.username=orders_svc
spring.datasource.password=@@PW@@
spring.jpa.hibernate.ddl-auto=validate
spring.servlet.multipart.max-file-size=300MB
spring.servlet.multipart.max-request-size=300MB
order.scan.allowed-types=stl,ply,obj,dcm
""", "PW", "Spring Boot reference: spring.datasource.* properties", PW=rand_pw(20))

add("blind-dw/java/jwt-secret", "order-service/src/main/resources/application.yml", r"""
spring:
  profiles:
    active: prod
  jackson:
    time-zone: America/Chicago

security:
  jwt:
    issuer: https://orders.prairielab.example
    secret: "@@KEY@@"
    access-token-ttl: 15m
    refresh-token-ttl: 14d

orders:
  rush-cutoff: "14:00"
  default-turnaround-days: 7
""", "KEY", "Spring Boot YAML configuration; HMAC JWT signing secret", KEY=b64_bytes(48))

add("blind-dw/csharp/connection-string", "src/LabOrders.Api/appsettings.Production.json", r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "ConnectionStrings": {
    "LabOrders": "Server=tcp:laborders-sql.database.windows.net,1433;Initial Catalog=laborders;User ID=laborders_app;Password=@@PW@@;Encrypt=True;Connection Timeout=30;"
  },
  "Storage": {
    "ScanContainer": "case-scans"
  },
  "AllowedHosts": "*"
}
""", "PW", "Microsoft Docs: ASP.NET Core configuration, ConnectionStrings; SqlConnection keywords", PW=human_pw("!#$*"))

add("blind-dw/json/azure-client-secret", "src/LabOrders.Functions/local.settings.json", r"""
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "Graph__TenantId": "6f2c0d4e-8b1a-4c3e-9d5f-2a7b8c9d0e1f",
    "Graph__ClientId": "b3e9a1c2-4d5f-4a6b-8c7d-9e0f1a2b3c4d",
    "Graph__ClientSecret": "@@SECRET@@",
    "Mail__From": "cases@prairielab.example"
  }
}
""", "SECRET", "Microsoft identity platform: client secret credentials; Azure Functions local.settings.json",
    SECRET=azure_client_secret())

add("blind-dw/php/database-password", "clinic-website/wp-config.php", r"""
<?php
/** WordPress configuration: Bayview Family Dentistry */
define( 'DB_NAME', 'bayview_wp' );
define( 'DB_USER', 'bayview_wp' );
define( 'DB_PASSWORD', '@@PW@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'bvd_';

define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", "PW", "WordPress developer docs: wp-config.php DB_PASSWORD", PW=rand_pw(24, "!#%^&*()"))

add("blind-dw/php/mailgun-key", "labportal/app/Notifications/send_shipped.php", r"""
<?php
// Fired by the shipping job when a case leaves the building.
require __DIR__ . '/../../vendor/autoload.php';

use Mailgun\Mailgun;

function notify_case_shipped(array $case, string $tracking): void
{
    $mg = Mailgun::create('@@KEY@@');
    $mg->messages()->send('mg.summitdentallab.example', [
        'from'    => 'Summit Dental Lab <cases@mg.summitdentallab.example>',
        'to'      => $case['doctor_email'],
        'subject' => sprintf('Case %s shipped', $case['pan']),
        'text'    => sprintf("Your case for %s shipped today.\nFedEx tracking: %s", $case['patient_initials'], $tracking),
    ]);
}
""", "KEY", "Mailgun PHP SDK: Mailgun::create(api key)", KEY=mailgun_key())

add("blind-dw/typescript/oauth-client-secret", "portal-web/src/server/medit.ts", r"""
import axios from "axios";

// Medit Link partner integration: pull new scan cases for our lab
const MEDIT_TOKEN_URL = "https://openapi.meditlink.com/oauth/token";
const CLIENT_ID = "summit-lab-portal";
const CLIENT_SECRET = "@@SECRET@@";

export async function meditAccessToken(): Promise<string> {
  const body = new URLSearchParams({
    grant_type: "client_credentials",
    client_id: CLIENT_ID,
    client_secret: CLIENT_SECRET,
    scope: "cases.read files.read",
  });
  const { data } = await axios.post(MEDIT_TOKEN_URL, body, {
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
  });
  return data.access_token as string;
}
""", "SECRET", "OAuth 2.0 client credentials grant (RFC 6749 section 4.4)", SECRET=draw(40, ALNUM + "-_"))

add("blind-dw/powershell/oauth-client-secret", "integrations/3shape/Get-CommunicateCases.ps1", r"""
# Poll 3Shape Communicate for new cases sent to the lab and drop them into the exocad inbox
$tokenBody = @{
    grant_type    = "client_credentials"
    client_id     = "northshore-lab-sync"
    client_secret = "@@SECRET@@"
    scope         = "communicate.cases"
}
$token = Invoke-RestMethod -Method Post -Uri "https://identity.3shape.com/connect/token" -Body $tokenBody

$headers = @{ Authorization = "Bearer $($token.access_token)" }
$cases = Invoke-RestMethod -Uri "https://api.communicate.3shape.com/v1/cases?state=New" -Headers $headers

foreach ($case in $cases.items) {
    $zip = "C:\exocad\Inbox\$($case.id).zip"
    Invoke-WebRequest -Uri $case.downloadUrl -Headers $headers -OutFile $zip
    Write-Host "Fetched $($case.id) from $($case.clinicName)"
}
""", "SECRET", "OAuth 2.0 client credentials grant; PowerShell Invoke-RestMethod", SECRET=draw(32))


# ---------------------------------------------------------------- shipping

add("blind-dw/env/easypost-key", "shipping-svc/.env", r"""
# shipping-svc: labels for outbound cases and return kits
EASYPOST_API_KEY=@@KEY@@
EASYPOST_CARRIER_ACCOUNT=ca_7f2e1c0b9a8d4e6f8a1b2c3d4e5f6a7b
SHIP_FROM_NAME="Cedar Crest Dental Lab"
SHIP_FROM_STREET="2200 Industrial Pkwy Ste 4"
SHIP_FROM_CITY=Dayton
SHIP_FROM_STATE=OH
SHIP_FROM_ZIP=45414
DEFAULT_SERVICE=FEDEX_2_DAY
""", "KEY", "EasyPost docs: authentication with production API keys", KEY=easypost_key())

add("blind-dw/env/shippo-token", "case-tracker/.env.local", r"""
NEXT_PUBLIC_APP_NAME=Case Tracker
NEXT_PUBLIC_API_BASE=/api
NEXT_PUBLIC_MAPBOX_TOKEN=pk.eyJ1IjoiY2VkYXJjcmVzdGxhYiIsImEiOiJjbHU5bDJ4b2QwMW1yMmtwNnF6a3F2cDFzIn0.Yx7c2Qm8kP0vT4aWb1nR6g
SHIPPO_API_TOKEN=@@KEY@@
RETURN_LABEL_CARRIER=usps
RETURN_LABEL_SERVICE=usps_ground_advantage
""", "KEY", "Shippo docs: API token authentication (ShippoToken)", KEY=shippo_key())

add("blind-dw/go/oauth-client-secret", "shipping/internal/ups/auth.go", r"""
package ups

import (
	"context"
	"net/url"
	"strings"

	"golang.org/x/oauth2/clientcredentials"
)

const (
	tokenURL     = "https://onlinetools.ups.com/security/v1/oauth/token"
	clientID     = "aG9x3KpLm2QvR7tWz8nB4yC1dF6eJ0sUiOoPpAaSsDdFfGgHh"
	clientSecret = "@@SECRET@@"
)

// TokenSource returns UPS OAuth tokens for the Rating and Shipping APIs.
func TokenSource(ctx context.Context, shipperNumber string) *clientcredentials.Config {
	return &clientcredentials.Config{
		ClientID:       clientID,
		ClientSecret:   clientSecret,
		TokenURL:       tokenURL,
		EndpointParams: url.Values{"x-merchant-id": {strings.ToUpper(shipperNumber)}},
	}
}
""", "SECRET", "UPS Developer Portal: OAuth client credentials", SECRET=ups_secret())

add("blind-dw/k8s-secret/fedex-client-secret", "deploy/k8s/shipping/fedex-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: fedex-api
  namespace: shipping
  labels:
    app.kubernetes.io/part-of: lab-shipping
type: Opaque
stringData:
  FEDEX_API_KEY: l7@@ID@@
  FEDEX_SECRET_KEY: "@@SECRET@@"
  FEDEX_ACCOUNT_NUMBER: "740561073"
  FEDEX_BASE_URL: https://apis.fedex.com
""", "SECRET", "FedEx Developer Portal: OAuth API (client_id = API key, client_secret = secret key); Kubernetes Secret stringData",
    ID=hexs(30), SECRET=hexs(32))

add("blind-dw/shell/basic-auth", "scripts/shipstation_pull_orders.sh", r"""
#!/bin/sh
# Pull awaiting-shipment orders from ShipStation for the morning pick list.
API_KEY="4f1c9d2e7a6b4c3d8e0f1a2b3c4d5e6f"
API_SECRET="@@SECRET@@"

curl -s -u "$API_KEY:$API_SECRET" \
  "https://ssapi.shipstation.com/orders?orderStatus=awaiting_shipment&pageSize=200" \
  | jq -r '.orders[] | [.orderNumber, .shipTo.name, .requestedShippingService] | @tsv' \
  > /srv/picklists/$(date +%F).tsv
""", "SECRET", "ShipStation API docs: Basic authentication with API key and secret", SECRET=hexs(32))

add("blind-dw/ruby/api-secret", "caseportal/config/initializers/shipstation.rb", r"""
# frozen_string_literal: true

ShipStation.configure do |config|
  config.api_key    = ENV.fetch("SHIPSTATION_API_KEY", "b71f0c2a9e3d4f56a8b7c6d5e4f3a2b1")
  config.api_secret = ENV.fetch("SHIPSTATION_API_SECRET", "@@SECRET@@")
  config.store_id   = 184_223
  config.timeout    = 20
end
""", "SECRET", "ShipStation API docs: API key and secret; Ruby initializer", SECRET=hexs(32))

_DHL = ("summitlabUS", rand_pw(16, "!$^"))
add("blind-dw/kotlin/basic-auth", "courier-app/app/src/main/java/com/summitlab/courier/DhlClient.kt", r"""
package com.summitlab.courier

import okhttp3.Credentials
import okhttp3.OkHttpClient
import okhttp3.Request

object DhlClient {
    private const val BASE = "https://express.api.dhl.com/mydhlapi"
    private val auth = Credentials.basic("@@USER@@", "@@PW@@")
    private val http = OkHttpClient()

    fun track(awb: String): String {
        val request = Request.Builder()
            .url("$BASE/shipments/$awb/tracking")
            .header("Authorization", auth)
            .build()
        http.newCall(request).execute().use { return it.body!!.string() }
    }
}
""", _DHL[1], "MyDHL API: HTTP Basic authentication; OkHttp Credentials.basic", USER=_DHL[0], PW=_DHL[1])

add("blind-dw/python/oauth-client-secret", "shipping/usps_labels.py", r"""
import requests

USPS_OAUTH = "https://apis.usps.com/oauth2/v3/token"
CONSUMER_KEY = "Qm4Tz9WvX2cR8yL1pK6nJ3hG0fD5sA7e"
CONSUMER_SECRET = "@@SECRET@@"


def usps_token() -> str:
    r = requests.post(USPS_OAUTH, json={
        "grant_type": "client_credentials",
        "client_id": CONSUMER_KEY,
        "client_secret": CONSUMER_SECRET,
    }, timeout=20)
    r.raise_for_status()
    return r.json()["access_token"]


def return_kit_label(clinic: dict) -> bytes:
    token = usps_token()
    r = requests.post("https://apis.usps.com/labels/v3/return-label",
                      headers={"Authorization": f"Bearer {token}"},
                      json={"fromAddress": clinic["address"], "mailClass": "USPS_GROUND_ADVANTAGE"},
                      timeout=30)
    r.raise_for_status()
    return r.content
""", "SECRET", "USPS APIs (developer.usps.com): OAuth 2.0 client credentials", SECRET=draw(16))

# ---------------------------------------------------------------- patient communications and payments

add("blind-dw/env/twilio-auth-token", "reminders/.env", r"""
# appointment reminder worker
TWILIO_ACCOUNT_SID=@@SID@@
TWILIO_AUTH_TOKEN=@@TOKEN@@
TWILIO_FROM=+15135550142
REMINDER_HOURS_BEFORE=48
OPENDENTAL_API_URL=https://api.opendental.com/api/v1
""", "TOKEN", "Twilio docs: Account SID and Auth Token", SID=twilio_sid(), TOKEN=hexs(32))

add("blind-dw/csharp/twilio-api-secret", "src/Clinic.Reminders/SmsSender.cs", r"""
using Twilio;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Clinic.Reminders;

public sealed class SmsSender
{
    public SmsSender()
    {
        // API key scoped to Messaging only
        TwilioClient.Init("SK@@KEYSID@@", "@@SECRET@@", "AC@@SID@@");
    }

    public string Send(string to, string body)
    {
        var message = MessageResource.Create(
            to: new PhoneNumber(to),
            from: new PhoneNumber("+19725550118"),
            body: body);
        return message.Sid;
    }
}
""", "SECRET", "Twilio docs: API keys (SK... sid and secret), TwilioClient.Init(apiKey, apiSecret, accountSid)",
    KEYSID=hexs(32), SECRET=draw(32), SID=hexs(32))

add("blind-dw/python/sendgrid-key", "labportal/notifications/email.py", r"""
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SENDGRID_API_KEY = "@@KEY@@"
FROM = "cases@cedarcrestlab.example"


def send_case_received(doctor_email: str, pan: str, due: str) -> int:
    message = Mail(
        from_email=FROM,
        to_emails=doctor_email,
        subject=f"Case {pan} received",
        html_content=f"<p>We received case <b>{pan}</b>. Estimated ship date: {due}.</p>",
    )
    return SendGridAPIClient(SENDGRID_API_KEY).send(message).status_code
""", "KEY", "SendGrid docs: API keys (SG.)", KEY=sendgrid_key())

add("blind-dw/javascript/smtp-password", "portal-api/src/mail/transport.js", r"""
const nodemailer = require("nodemailer");

// Office 365 mailbox used for lab slips and remakes
module.exports = nodemailer.createTransport({
  host: "smtp.office365.com",
  port: 587,
  secure: false,
  auth: {
    user: "labslips@brightsmilelab.example",
    pass: "@@PW@@",
  },
  tls: { ciphers: "TLSv1.2" },
});
""", "PW", "Nodemailer docs: SMTP transport auth options", PW=human_pw())

add("blind-dw/javascript/stripe-secret-key", "portal-api/src/billing/stripe.js", r"""
const express = require("express");
const stripe = require("stripe")("@@SK@@");

const router = express.Router();

router.post("/invoices/:id/pay", async (req, res) => {
  const invoice = await req.db.invoices.findById(req.params.id);
  const intent = await stripe.paymentIntents.create({
    amount: Math.round(invoice.balance * 100),
    currency: "usd",
    customer: invoice.stripeCustomerId,
    metadata: { invoice: invoice.number, practice: invoice.practiceCode },
  });
  res.json({ clientSecret: intent.client_secret });
});

module.exports = router;
""", "SK", "Stripe Node library: require('stripe')(secret key)", SK="sk_live_" + draw(24))

add("blind-dw/javascript/stripe-webhook-secret", "portal-api/src/billing/webhook.js", r"""
const express = require("express");
const Stripe = require("stripe");

const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
const endpointSecret = "@@WHSEC@@";
const router = express.Router();

router.post("/stripe/webhook", express.raw({ type: "application/json" }), (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers["stripe-signature"], endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  if (event.type === "invoice.paid") {
    req.app.emit("invoice-paid", event.data.object);
  }
  res.json({ received: true });
});

module.exports = router;
""", "WHSEC", "Stripe docs: webhook endpoint signing secret (whsec_)", WHSEC=stripe_whsec())

add("blind-dw/ruby/square-token", "clinic-pos/lib/square_terminal.rb", r"""
require "square"

module ClinicPos
  class SquareTerminal
    LOCATION_ID = "L8Y2QWZ6K3F1R"

    def initialize
      @client = Square::Client.new(
        access_token: "@@TOKEN@@",
        environment: "production"
      )
    end

    def charge_copay(amount_cents, patient_ref)
      @client.terminal.create_terminal_checkout(body: {
        idempotency_key: SecureRandom.uuid,
        checkout: {
          amount_money: { amount: amount_cents, currency: "USD" },
          reference_id: patient_ref,
          device_options: { device_id: ENV.fetch("SQUARE_DEVICE_ID") }
        }
      })
    end
  end
end
""", "TOKEN", "Square developer docs: production access tokens (EAAA)", TOKEN=square_token())

add("blind-dw/php/mailchimp-key", "clinic-website/wp-content/mu-plugins/newsletter-sync.php", r"""
<?php
/*
 * Plugin Name: Newsletter sync
 * Description: Adds new-patient form signups to the Mailchimp audience.
 */
const BVD_MC_KEY = '@@KEY@@';
const BVD_MC_LIST = 'a1b2c3d4e5';

add_action('gform_after_submission_3', function ($entry) {
    $dc = substr(BVD_MC_KEY, strpos(BVD_MC_KEY, '-') + 1);
    wp_remote_post("https://$dc.api.mailchimp.com/3.0/lists/" . BVD_MC_LIST . "/members", [
        'headers' => ['Authorization' => 'apikey ' . BVD_MC_KEY],
        'body'    => wp_json_encode(['email_address' => rgar($entry, '4'), 'status' => 'pending']),
    ]);
});
""", "KEY", "Mailchimp Marketing API: API key with data-center suffix", KEY=mailchimp_key())

add("blind-dw/javascript/hubspot-token", "marketing/sync-new-patients.mjs", r"""
import { Client } from "@hubspot/api-client";

const hubspot = new Client({ accessToken: "@@TOKEN@@" });

export async function upsertPatientLead({ email, firstName, lastName, office }) {
  return hubspot.crm.contacts.basicApi.create({
    properties: {
      email,
      firstname: firstName,
      lastname: lastName,
      preferred_office: office,
      lifecyclestage: "lead",
    },
  });
}
""", "TOKEN", "HubSpot docs: private app access tokens (pat-na1-)", TOKEN="pat-na1-" + uuid4())

add("blind-dw/swift/api-key", "PatientApp/PatientApp/Services/BookingService.swift", r"""
import Foundation

struct BookingService {
    private let baseURL = URL(string: "https://nexhealth.info")!
    private let apiKey = "@@KEY@@"
    private let subdomain = "bayview-family-dentistry"

    func openSlots(locationId: Int, start: String, days: Int) async throws -> Data {
        var components = URLComponents(url: baseURL.appendingPathComponent("appointment_slots"), resolvingAgainstBaseURL: false)!
        components.queryItems = [
            URLQueryItem(name: "subdomain", value: subdomain),
            URLQueryItem(name: "lids[]", value: String(locationId)),
            URLQueryItem(name: "start_date", value: start),
            URLQueryItem(name: "days", value: String(days)),
        ]
        var request = URLRequest(url: components.url!)
        request.setValue(apiKey, forHTTPHeaderField: "Authorization")
        request.setValue("application/vnd.Nexhealth+json;version=2", forHTTPHeaderField: "Accept")
        let (data, _) = try await URLSession.shared.data(for: request)
        return data
    }
}
""", "KEY", "NexHealth API docs: Authorization header with API key", KEY=draw(56, ALNUM + "+/") + "==")

_SIKKA = hexs(32)
add("blind-dw/python/sikka-app-key", "analytics/sikka/fetch_kpis.py", r"""
import requests

SIKKA = "https://api.sikkasoft.com/v4"
APP_ID = "8c5d2e1f0a9b4c7d6e3f2a1b0c9d8e7f"
APP_KEY = ("@@K1@@"
           "@@K2@@")


def request_key(office_id: str, practice_secret: str) -> str:
    r = requests.post(f"{SIKKA}/request_key", json={
        "grant_type": "request_key",
        "office_id": office_id,
        "secret_key": practice_secret,
        "app_id": APP_ID,
        "app_key": APP_KEY,
    }, timeout=30)
    r.raise_for_status()
    return r.json()["request_key"]
""", _SIKKA, "Sikka ONE API docs: request_key with app_id and app_key", K1=_SIKKA[:16], K2=_SIKKA[16:])

add("blind-dw/python/openai-key", "notebooks/clinical_notes/summarize_notes.py", r"""
from openai import OpenAI

client = OpenAI(api_key="@@KEY@@")

PROMPT = (
    "Summarize this dental clinical note for the referral letter. "
    "Keep tooth numbers (Universal), procedures and CDT codes; drop chit-chat."
)


def summarize(note: str) -> str:
    response = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": note}],
        temperature=0.2,
    )
    return response.choices[0].message.content
""", "KEY", "OpenAI Python library: OpenAI(api_key=...); project keys sk-proj-", KEY=fakes.openai_key(_seed()))

add("blind-dw/python/anthropic-key", "labportal/tools/rx_parser.py", r"""
# Turns handwritten-Rx OCR text into structured lab order fields.
import json

import anthropic

client = anthropic.Anthropic(api_key="@@KEY@@")

FIELDS = ["restoration", "teeth", "material", "shade", "due_date", "notes"]


def parse_rx(ocr_text: str) -> dict:
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=600,
        messages=[{
            "role": "user",
            "content": f"Return JSON with keys {FIELDS} for this dental lab prescription:\n{ocr_text}",
        }],
    )
    return json.loads(msg.content[0].text)
""", "KEY", "Anthropic Python SDK: Anthropic(api_key=...); keys sk-ant-api03-", KEY=anthropic_key())

add("blind-dw/python/telegram-token", "ops/alerts/mill_alerts.py", r"""
# Posts to the lab's Telegram group when a mill reports a tool break or an empty blank magazine.
import sys

import requests

BOT_TOKEN = "@@TOKEN@@"
CHAT_ID = -1001873345521


def alert(text: str) -> None:
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  data={"chat_id": CHAT_ID, "text": text}, timeout=10)


if __name__ == "__main__":
    alert(" ".join(sys.argv[1:]) or "mill alert")
""", "TOKEN", "Telegram Bot API: bot token in the request URL", TOKEN=fakes.telegram_token(_seed()))

add("blind-dw/javascript/discord-webhook", "ops/lab-bot/index.js", r"""
// Posts the daily due list to the #production channel
const fetch = require("node-fetch");
const WEBHOOK = "@@URL@@";

async function postDueList(cases) {
  const lines = cases.map((c) => `• ${c.pan} ${c.doctor} — ${c.restoration} (${c.station})`);
  await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username: "Due Today", content: lines.join("\n") || "Nothing due 🎉" }),
  });
}

module.exports = { postDueList };
""", "URL", "Discord developer docs: execute webhook URL", URL=discord_webhook())

add("blind-dw/python/teams-webhook", "ops/alerts/remake_report.py", r"""
import datetime as dt

import pymsteams

TEAMS_URL = "@@URL@@"


def post_remakes(rows: list[tuple[str, str, str]]) -> None:
    card = pymsteams.connectorcard(TEAMS_URL)
    card.title(f"Remakes {dt.date.today():%b %d}")
    card.text("\n\n".join(f"**{pan}** {doctor}: {reason}" for pan, doctor, reason in rows) or "No remakes today")
    card.send()
""", "URL", "Microsoft Teams: incoming webhook URLs; pymsteams connectorcard", URL=teams_webhook())

add("blind-dw/go/slack-bot-token", "ops/duebot/main.go", r"""
package main

import (
	"fmt"
	"log"
	"time"

	"github.com/slack-go/slack"
)

func main() {
	api := slack.New("@@TOKEN@@")
	msg := fmt.Sprintf("Cases due for shipping by 3pm on %s: see the board", time.Now().Format("Mon Jan 2"))
	_, _, err := api.PostMessage("C04PRODUCTION", slack.MsgOptionText(msg, false))
	if err != nil {
		log.Fatal(err)
	}
}
""", "TOKEN", "Slack API: bot tokens (xoxb-)", TOKEN=slack_bot())

add("blind-dw/github-actions/slack-webhook", ".github/workflows/deploy-portal.yml", r"""
name: deploy-portal
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      SLACK_WEBHOOK_URL: @@URL@@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build
      - run: ./scripts/deploy.sh
      - name: Notify
        if: always()
        run: |
          curl -s -X POST -H 'Content-type: application/json' \
            --data "{\"text\":\"portal deploy ${{ job.status }} (${GITHUB_SHA::7})\"}" "$SLACK_WEBHOOK_URL"
""", "URL", "Slack docs: incoming webhooks; GitHub Actions workflow syntax", URL=slack_webhook())


# ---------------------------------------------------------------- CI, build and package registries

add("blind-dw/gitlab-ci/aws-secret-key", ".gitlab-ci.yml", r"""
stages: [test, build, deploy]

variables:
  AWS_DEFAULT_REGION: us-east-2
  AWS_ACCESS_KEY_ID: @@AKID@@
  AWS_SECRET_ACCESS_KEY: @@SK@@
  DOCKER_DRIVER: overlay2

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA

deploy:
  stage: deploy
  image: amazon/aws-cli:2.15.0
  script:
    - aws ecs update-service --cluster lab-portal --service web --force-new-deployment
  only: [main]
""", "SK", "GitLab CI/CD YAML reference: variables; AWS CLI environment variables",
    AKID=fakes.aws_key_id(_seed()), SK=fakes.aws_secret_key(_seed()))

add("blind-dw/bitbucket-pipelines/ssh-password", "bitbucket-pipelines.yml", r"""
image: node:20

pipelines:
  branches:
    main:
      - step:
          name: Build viewer
          caches: [node]
          script:
            - npm ci
            - npm run build
          artifacts: [dist/**]
      - step:
          name: Deploy to imaging web server
          script:
            - apt-get update && apt-get install -y sshpass rsync
            - sshpass -p '@@PW@@' rsync -az --delete -e "ssh -o StrictHostKeyChecking=no" dist/ deploy@imgweb01.clinic.example:/var/www/viewer/
""", "PW", "sshpass(1) -p option; Bitbucket Pipelines YAML", PW=human_pw("!#%*"))

add("blind-dw/jenkinsfile/basic-auth", "Jenkinsfile", r"""
pipeline {
    agent { label 'windows-cam' }
    stages {
        stage('Build exocad add-on') {
            steps {
                bat 'msbuild LabAddon.sln /p:Configuration=Release'
            }
        }
        stage('Publish to Nexus') {
            steps {
                bat 'curl -f -u ci-publisher:@@PW@@ --upload-file build\\LabAddon.zip https://nexus.summitlab.example/repository/cam-tools/LabAddon-%BUILD_NUMBER%.zip'
            }
        }
    }
}
""", "PW", "Jenkins Pipeline syntax; curl -u user:password; Nexus raw repository upload", PW=rand_pw(16))

add("blind-dw/dockerfile/github-token", "services/scan-converter/Dockerfile", r"""
FROM python:3.12-slim

ENV PIP_NO_CACHE_DIR=1 \
    GITHUB_TOKEN=@@TOKEN@@

RUN apt-get update && apt-get install -y --no-install-recommends git libgl1 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt \
 && pip install "git+https://${GITHUB_TOKEN}@github.com/summit-lab/meshkit.git@v2.3.1"
COPY . .
CMD ["python", "-m", "scan_converter", "--watch", "/data/in"]
""", "TOKEN", "GitHub docs: personal access tokens (ghp_); pip VCS install URLs", TOKEN=fakes.github_token(_seed()))

add("blind-dw/dockerfile/npm-token", "portal-web/Dockerfile", r"""
FROM node:20-alpine AS build
ARG NPM_TOKEN=@@TOKEN@@
WORKDIR /src
COPY package.json package-lock.json ./
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /src/dist /usr/share/nginx/html
EXPOSE 80
""", "TOKEN", "npm docs: access tokens (npm_); Dockerfile ARG", TOKEN=fakes.fake("npm_", 36, _seed()))

add("blind-dw/npmrc/npm-token", "portal-web/.npmrc", r"""
@summit-lab:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@TOKEN@@
save-exact=true
engine-strict=true
fund=false
""", "TOKEN", "npm docs: .npmrc _authToken", TOKEN=fakes.fake("npm_", 36, _seed()))

add("blind-dw/pypirc/pypi-token", "tools/dicom-anon/.pypirc", r"""
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@TOKEN@@
""", "TOKEN", "PyPA docs: .pypirc with API token (username __token__)", TOKEN=fakes.pypi_token(_seed()))

add("blind-dw/xml/nuget-password", "src/NuGet.Config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="lab-internal" value="https://pkgs.dev.azure.com/summitlab/_packaging/cam-tools/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <lab-internal>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="@@PAT@@" />
    </lab-internal>
  </packageSourceCredentials>
</configuration>
""", "PAT", "Microsoft Docs: nuget.config packageSourceCredentials ClearTextPassword", PAT=draw(52, "abcdefghijklmnopqrstuvwxyz234567"))

add("blind-dw/xml/maven-password", "order-service/.mvn/settings.xml", r"""
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 https://maven.apache.org/xsd/settings-1.0.0.xsd">
  <servers>
    <server>
      <id>lab-releases</id>
      <username>deployer</username>
      <password>@@PW@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>lab-releases</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.prairielab.example/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", "PW", "Apache Maven: settings.xml servers/server/password", PW=human_pw())

add("blind-dw/git-credentials/github-token", "ops/provision/files/git-credentials", r"""
# ~/.git-credentials for the labdeploy user on the CAM build box
# owner: it@summitlab.example; rotate with the quarterly access review
https://labdeploy:@@TOKEN@@@github.com
# gitlab entry is written by provision.sh from the vault, do not add it here
# (git config --global credential.helper store)
""", "TOKEN", "git-credential-store(1): ~/.git-credentials format", TOKEN=fakes.github_fine_grained_token(_seed()))

add("blind-dw/python/gitlab-token", "cam/templates/sync_templates.py", r"""
# Keeps the exocad/3Shape design templates on each CAM PC in step with the templates repo.
import gitlab

GL = gitlab.Gitlab("https://gitlab.summitlab.example", private_token="@@TOKEN@@")
PROJECT = GL.projects.get("cam/design-templates")


def fetch(dest: str) -> None:
    for item in PROJECT.repository_tree(path="exocad", recursive=True, all=True):
        if item["type"] == "blob":
            data = PROJECT.files.raw(file_path=item["path"], ref="main")
            with open(f"{dest}/{item['name']}", "wb") as fh:
                fh.write(data)


if __name__ == "__main__":
    fetch(r"C:\exocad\DentalCAD\config\templates")
""", "TOKEN", "python-gitlab docs: private_token; GitLab personal access tokens (glpat-)", TOKEN=fakes.fake("glpat-", 20, _seed()))

_DOCKER_PW = rand_pw(20)
add("blind-dw/docker-config/registry-auth", "ops/provision/files/docker-config.json", r"""
{
  "auths": {
    "registry.summitlab.example": {
      "auth": "@@AUTH@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "",
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", _DOCKER_PW, "Docker docs: config.json auths (base64 of user:password)", AUTH=b64("labci:" + _DOCKER_PW))

# ---------------------------------------------------------------- infrastructure

_K8S_PW = url_pw()
add("blind-dw/k8s-secret/database-url", "deploy/k8s/labportal/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: labportal-env
  namespace: labportal
type: Opaque
data:
  DATABASE_URL: @@URL@@
  RAILS_ENV: cHJvZHVjdGlvbg==
  RAILS_LOG_TO_STDOUT: dHJ1ZQ==
""", _K8S_PW, "Kubernetes docs: Secret data values are base64",
    URL=b64(f"postgres://labportal:{_K8S_PW}@pg.labportal.svc:5432/labportal"))

_B64_SMTP = human_pw()
add("blind-dw/k8s-secret/smtp-password", "deploy/k8s/reminders/smtp-secret.yaml", r"""
# created with: kubectl create secret generic reminders-smtp --dry-run=client -o yaml
apiVersion: v1
kind: Secret
metadata:
  name: reminders-smtp
  namespace: reminders
data:
  SMTP_HOST: c210cC5vZmZpY2UzNjUuY29t
  SMTP_USER: cmVtaW5kZXJzQGJheXZpZXdkZW50YWwuZXhhbXBsZQ==
  SMTP_PASSWORD: @@PW@@
""", _B64_SMTP, "kubectl create secret generic --dry-run -o yaml; Secret data base64", PW=b64(_B64_SMTP))

add("blind-dw/helm/smtp-password", "deploy/helm/labportal/values-prod.yaml", r"""
replicaCount: 2

image:
  repository: registry.summitlab.example/labportal
  tag: "2024.11.3"

ingress:
  enabled: true
  hosts:
    - host: portal.summitdentallab.example
      paths: ["/"]

mail:
  relay: smtp.sendgrid.net
  port: 587
  username: apikey
  password: "@@KEY@@"

uploads:
  maxScanSizeMb: 250
""", "KEY", "Helm values file; SendGrid SMTP relay (username apikey, password = API key)", KEY=sendgrid_key())

add("blind-dw/shell/helm-set-password", "deploy/scripts/install-orthanc.sh", r"""
#!/usr/bin/env bash
set -euo pipefail
NS=imaging

helm repo add bitnami https://charts.bitnami.com/bitnami
helm upgrade --install orthanc-db bitnami/postgresql -n "$NS" --create-namespace \
  --set auth.username=orthanc \
  --set auth.password='@@PW@@' \
  --set auth.database=orthanc \
  --set primary.persistence.size=200Gi

kubectl -n "$NS" rollout status statefulset/orthanc-db-postgresql
""", "PW", "Bitnami PostgreSQL chart: auth.password; helm upgrade --set", PW=human_pw("!#%*"))

add("blind-dw/terraform/database-password", "infra/terraform/rds.tf", r"""
resource "aws_db_instance" "caseportal" {
  identifier              = "caseportal-prod"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 100
  db_name                 = "caseportal"
  username                = "caseportal_admin"
  password                = "@@PW@@"
  db_subnet_group_name    = aws_db_subnet_group.private.name
  vpc_security_group_ids  = [aws_security_group.db.id]
  backup_retention_period = 14
  deletion_protection     = true
  storage_encrypted       = true
}
""", "PW", "Terraform AWS provider: aws_db_instance password", PW=rand_pw(24))

add("blind-dw/terraform/vm-admin-password", "infra/azure/practice-server.tf", r"""
resource "azurerm_windows_virtual_machine" "pms" {
  name                  = "rvd-pms01"
  resource_group_name   = azurerm_resource_group.clinic.name
  location              = azurerm_resource_group.clinic.location
  size                  = "Standard_D4s_v5"
  admin_username        = "rvdadmin"
  admin_password        = "@@PW@@"
  network_interface_ids = [azurerm_network_interface.pms.id]

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }

  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2022-datacenter-azure-edition"
    version   = "latest"
  }
}
""", "PW", "Terraform azurerm provider: azurerm_windows_virtual_machine admin_password", PW=human_pw())

add("blind-dw/terraform/datadog-api-key", "infra/monitoring/provider.tf", r"""
terraform {
  required_providers {
    datadog = {
      source  = "DataDog/datadog"
      version = "~> 3.40"
    }
  }
}

provider "datadog" {
  api_key = "@@KEY@@"
  app_key = var.datadog_app_key
  api_url = "https://api.us5.datadoghq.com/"
}

variable "datadog_app_key" {
  type      = string
  sensitive = true
}
""", "KEY", "Terraform Datadog provider: api_key / app_key", KEY=hexs(32))

add("blind-dw/tfvars/cloudflare-token", "infra/dns/terraform.tfvars", r"""
zone_name            = "summitdentallab.example"
portal_origin        = "portal-lb-1839201.us-east-2.elb.amazonaws.com"
cloudflare_api_token = "@@TOKEN@@"
enable_waf           = true
rate_limit_per_min   = 600
""", "TOKEN", "Cloudflare docs: API tokens; Terraform .tfvars", TOKEN=draw(40, ALNUM + "-_"))

add("blind-dw/ansible/winrm-password", "ops/ansible/inventory/clinic.ini", r"""
[op_pcs]
op1.rvd.local
op2.rvd.local
op3.rvd.local

[servers]
rvd-pms01.rvd.local

[windows:children]
op_pcs
servers

[windows:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_user=RVD\ansible
ansible_password=@@PW@@
ansible_winrm_server_cert_validation=ignore
""", "PW", "Ansible docs: Windows remote management (ansible_password, winrm)", PW=human_pw("!#%*"))

add("blind-dw/ansible/user-password", "ops/ansible/playbooks/mill_pc.yml", r"""
---
- name: Prepare a CAM / mill workstation
  hosts: mill_pcs
  gather_facts: false
  tasks:
    - name: Local operator account for the mill software
      ansible.windows.win_user:
        name: millop
        password: "@@PW@@"
        password_never_expires: true
        groups: [Users]
        state: present

    - name: Install hyperDENT prerequisites
      chocolatey.chocolatey.win_chocolatey:
        name: [vcredist140, dotnet-6.0-desktopruntime]
        state: present
""", "PW", "Ansible ansible.windows.win_user module: password", PW=human_pw())

add("blind-dw/yaml/sql-sa-password", "ops/ansible/group_vars/dentrix_servers.yml", r"""
---
dentrix_version: "G7.6"
dentrix_data_dir: 'D:\Dentrix\Data'
dentrix_sql_instance: DENTRIX
dentrix_sql_sa_password: "@@PW@@"
dentrix_backup_share: '\\rvd-nas01\backups\dentrix'
dentrix_backup_hour: 22
""", "PW", "Ansible group_vars (YAML)", PW=rand_pw(16, "#$!"))

add("blind-dw/compose/mysql-root-password", "dev/opendental-demo/docker-compose.yml", r"""
services:
  mysql:
    image: mariadb:10.6
    restart: unless-stopped
    command: --lower_case_table_names=1 --sql-mode=""
    environment:
      MARIADB_ROOT_PASSWORD: @@PW@@
      MARIADB_DATABASE: opendental
    ports:
      - "3306:3306"
    volumes:
      - od-data:/var/lib/mysql
      - ./demo-db:/docker-entrypoint-initdb.d:ro

volumes:
  od-data:
""", "PW", "MariaDB docker image: MARIADB_ROOT_PASSWORD", PW=rand_pw(18))

add("blind-dw/systemd/database-password", "ops/systemd/case-sync.service", r"""
[Unit]
Description=Case sync between LabStar and the order portal
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=casesync
Environment="LABSTAR_DSN=Driver={ODBC Driver 18 for SQL Server};Server=labsql.lab.internal;Database=LabStar;UID=portal_sync;PWD=@@PW@@;TrustServerCertificate=yes"
Environment="PORTAL_URL=https://portal.summitdentallab.example"
ExecStart=/opt/case-sync/bin/case-sync --interval 60
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", "PW", "systemd.exec(5): Environment=; ODBC Driver for SQL Server connection keywords", PW=human_pw("!#%*"))

add("blind-dw/crontab/api-token", "ops/cron/lab-crontab", r"""
# m h dom mon dow  command
SHELL=/bin/bash
MAILTO=it@northshorelab.example
*/10 7-19 * * 1-6  /opt/portal/bin/pull_itero_orders >> /var/log/itero-pull.log 2>&1
30 18 * * 1-5      curl -fsS -X POST -H "Authorization: Token @@TOKEN@@" https://portal.northshorelab.example/api/jobs/close-day/ >/dev/null
0 2 * * *          /opt/portal/bin/backup.sh
""", "TOKEN", "crontab(5); Django REST framework TokenAuthentication header", TOKEN=hexs(40))

_NGINX_PW = rand_pw(18)
add("blind-dw/nginx/basic-auth", "ops/nginx/orthanc-proxy.conf", r"""
# Viewer for referring dentists: nginx adds Orthanc credentials, OIDC in front (oauth2-proxy)
server {
    listen 443 ssl http2;
    server_name viewer.lab.example;

    ssl_certificate     /etc/letsencrypt/live/viewer.lab.example/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/viewer.lab.example/privkey.pem;

    location / {
        auth_request /oauth2/auth;
        proxy_pass http://127.0.0.1:8042;
        proxy_set_header Authorization "Basic @@AUTH@@";
        proxy_set_header Host $host;
    }

    location /oauth2/ {
        proxy_pass http://127.0.0.1:4180;
    }
}
""", _NGINX_PW, "nginx docs: proxy_set_header; RFC 7617 Basic", AUTH=b64("viewer-proxy:" + _NGINX_PW))

add("blind-dw/envrc/sikka-app-key", "analytics/.envrc", r"""
# direnv for the practice analytics notebooks
export SIKKA_APP_ID=3b7d9f1e2c4a4b6d8e0f1a3c5e7b9d2f
export SIKKA_APP_KEY=@@KEY@@
export ANALYTICS_DB=postgresql://analyst@localhost:5432/practice_kpis
layout python3
""", "KEY", "direnv .envrc; Sikka API app credentials", KEY=hexs(32))

add("blind-dw/yaml/tailscale-authkey", "ops/cloud-init/lab-gateway.yaml", r"""
#cloud-config
hostname: lab-gw-01
package_update: true
packages:
  - curl
  - nftables
runcmd:
  - curl -fsSL https://tailscale.com/install.sh | sh
  - tailscale up --authkey=@@KEY@@ --advertise-routes=192.168.50.0/24 --hostname=lab-gw-01 --ssh
  - systemctl enable --now nftables
""", "KEY", "Tailscale docs: auth keys (tskey-auth-), tailscale up --authkey", KEY=tailscale_key())

add("blind-dw/wireguard/private-key", "ops/vpn/wg0-lab.conf", r"""
# Clinic <-> lab site-to-site (scanner uploads, imaging archive)
[Interface]
Address = 10.99.0.1/24
ListenPort = 51820
PrivateKey = @@KEY@@

[Peer]
# Riverside clinic
PublicKey = 2bJmYcGxU4kXcFJ0XqZ8m5lVq1H3dQyR6pTnW9vA0E4=
AllowedIPs = 10.99.0.2/32, 10.12.0.0/24
PersistentKeepalive = 25
""", "KEY", "wg(8) configuration file: PrivateKey", KEY=wireguard_key())

add("blind-dw/fortigate/vpn-psk", "network/fortigate/clinic-riverside-ipsec.conf", r"""
config vpn ipsec phase1-interface
    edit "to-lab"
        set interface "wan1"
        set ike-version 2
        set peertype any
        set net-device disable
        set proposal aes256-sha256
        set dhgrp 14
        set remote-gw 203.0.113.40
        set psksecret @@PSK@@
    next
end
config vpn ipsec phase2-interface
    edit "to-lab-p2"
        set phase1name "to-lab"
        set proposal aes256-sha256
        set src-subnet 10.12.0.0 255.255.255.0
        set dst-subnet 192.168.50.0 255.255.255.0
    next
end
""", "PSK", "FortiOS CLI reference: vpn ipsec phase1-interface psksecret", PSK=rand_pw(28))

add("blind-dw/mikrotik/ipsec-secret", "network/mikrotik/lab-gw.rsc", r"""
# lab-gw RouterOS 7 config fragment: IPsec to the Bayview clinic
/ip ipsec profile
add dh-group=modp2048 enc-algorithm=aes-256 hash-algorithm=sha256 name=clinics
/ip ipsec peer
add address=198.51.100.23/32 exchange-mode=ike2 name=bayview profile=clinics
/ip ipsec identity
add peer=bayview auth-method=pre-shared-key secret="@@PSK@@"
/ip ipsec policy
add dst-address=10.30.0.0/24 src-address=192.168.50.0/24 peer=bayview tunnel=yes
""", "PSK", "MikroTik RouterOS manual: /ip ipsec identity secret", PSK=passphrase())

add("blind-dw/cisco/local-password", "network/cisco/clinic-sw01.cfg", r"""
hostname clinic-sw01
!
service timestamps log datetime msec
no service password-encryption
!
username netadmin privilege 15 password 0 @@PW@@
!
vlan 20
 name IMAGING
vlan 30
 name OPERATORIES
!
interface GigabitEthernet1/0/1
 description CBCT-OP3D
 switchport access vlan 20
!
line vty 0 4
 login local
 transport input ssh
!
end
""", "PW", "Cisco IOS command reference: username ... password 0 (unencrypted)", PW=human_pw("!#$*"))

# ---------------------------------------------------------------- private keys

add("blind-dw/ssh-key/openssh-private-key", "ops/keys/imaging-sync_ed25519", r"""
@@KEY@@
""", "KEY", "OpenSSH ssh-keygen private key format", KEY=pem("OPENSSH", 6))

add("blind-dw/pem/ec-private-key", "imaging/dicom-tls/pacs.lab.internal.key", r"""
@@KEY@@
""", "KEY", "RFC 5915 EC private key (PEM); DICOM TLS node key", KEY=pem("EC"))

_PKCS8 = pem("", 16)
add("blind-dw/helm/private-key", "deploy/helm/viewer/values-tls.yaml", r"""
ingress:
  enabled: true
  className: nginx
  host: viewer.summitdentallab.example

tls:
  create: true
  certificate: |
    -----BEGIN CERTIFICATE-----
    @@CERT@@
    -----END CERTIFICATE-----
  key: |
    @@KEY@@
""", _PKCS8, "Helm values with PEM block scalars; PKCS#8 private key",
    CERT=cert_body(6).replace("\n", "\n    "), KEY=_PKCS8.replace("\n", "\n    "))

add("blind-dw/openvpn/private-key", "ops/vpn/lab-tech-laptop.ovpn", r"""
client
dev tun
proto udp
remote vpn.northshorelab.example 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
verb 3
<ca>
-----BEGIN CERTIFICATE-----
@@CA@@
-----END CERTIFICATE-----
</ca>
<key>
@@KEY@@
</key>
""", "KEY", "OpenVPN manual: inline <ca>/<cert>/<key> blocks", CA=cert_body(5), KEY=pem("RSA", 10))


# ---------------------------------------------------------------- notebooks, runbooks, history, dotfiles

add("blind-dw/notebook/database-password", "analytics/notebooks/hygiene_recall.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Hygiene recall overdue by office\n", "Pulled from the Open Dental replica."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "import sqlalchemy as sa\n",
    "engine = sa.create_engine('mysql+pymysql://analyst:@@PW@@@od-replica.rvd.local/opendental')\n",
    "df = pd.read_sql('SELECT ClinicNum, COUNT(*) n FROM recall WHERE DateDue < CURDATE() GROUP BY ClinicNum', engine)\n",
    "df"
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
""", "PW", "Jupyter nbformat 4; SQLAlchemy database URLs", PW=url_pw())

add("blind-dw/notebook/dropbox-token", "lab-research/notebooks/shade_study.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import dropbox\n",
    "dbx = dropbox.Dropbox(\"@@TOKEN@@\")\n",
    "for entry in dbx.files_list_folder('/Shade Study/Photos').entries:\n",
    "    print(entry.name)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", "TOKEN", "Dropbox Python SDK: Dropbox(oauth2_access_token); short-lived tokens sl.", TOKEN=dropbox_token())

add("blind-dw/markdown/database-password", "docs/runbooks/dentrix-server-restore.md", r"""
# Restoring the Dentrix server (RVD-PMS01)

Use this when the PMS VM is rebuilt from the nightly image.

1. Restore `D:\Dentrix\Data` from the newest Veeam restore point.
2. Install SQL Server 2019 Express, instance name `DENTRIX`, mixed mode.
3. When the installer asks for the `sa` password use: `@@PW@@`
   (same one the Dentrix Server Tools expect, don't change it without calling Henry Schein support).
4. Run **Dentrix Server Tools → Database → Reattach**.
5. Start the *Dentrix Database Service* and open Dentrix on OP1 to check the schedule.

If the imaging bridge to Sidexis fails afterwards, see `sidexis-bridge.md`.
""", "PW", "Runbook in Markdown; SQL Server Express installation (mixed mode sa password)", PW=human_pw())

add("blind-dw/markdown/api-key", "portal-api/README.md", r"""
# Lab order API

Internal API used by the clinic-facing portal and the Medit/3Shape connectors.

## Try it

```bash
curl -H "X-Api-Key: @@KEY@@" \
     https://api.brightsmilelab.example/v2/cases?status=in_production
```

## Endpoints

| Method | Path | What |
|--------|------|------|
| GET | /v2/cases | list cases (filter by status, doctor) |
| POST | /v2/cases | new case with Rx and scan files |
| GET | /v2/cases/{pan}/tracking | carrier tracking for a shipped case |
""", "KEY", "README with a curl example; API key header", KEY="bsl_live_" + draw(32))

add("blind-dw/shell-history/mysql-password", "ops/forensics/od-server01.bash_history", r"""
cd /var/lib/mysql
ls -la opendental | head
systemctl status mariadb
mysql -u root -p@@PW@@ -e "SHOW PROCESSLIST"
mysql -u root -p@@PW@@ opendental -e "SELECT COUNT(*) FROM appointment WHERE AptDateTime > NOW()"
df -h /var/lib/mysql
tail -n 100 /var/log/mysql/error.log
exit
""", "PW", "mysql client -p<password> (no space); bash history file", PW=rand_pw(14))

add("blind-dw/powershell-history/storage-key", "ops/forensics/ConsoleHost_history-IMGSRV.txt", r"""
Get-Service *romexis*
Restart-Service RomexisServer
Get-ChildItem E:\RomexisImages | Measure-Object
$ctx = New-AzStorageContext -StorageAccountName rvdimagingarchive -StorageAccountKey "@@KEY@@"
Get-AzStorageContainer -Context $ctx
Get-AzStorageBlob -Container romexis -Context $ctx | Select-Object -First 10
exit
""", "KEY", "Az.Storage: New-AzStorageContext -StorageAccountKey; PSReadLine history", KEY=azure_storage_key())

add("blind-dw/netrc/ftp-password", "ops/provision/files/netrc", r"""
machine ftp.itero-export.summitlab.example
  login itero_drop
  password @@PW@@
machine nexus.summitlab.example
  login readonly
  password ${NEXUS_READONLY}
""", "PW", "ftp(1)/curl: .netrc machine/login/password", PW=human_pw())

add("blind-dw/pgpass/database-password", "ops/provision/files/pgpass", r"""
# ~/.pgpass for the report runner (chmod 0600)
# hostname:port:database:username:password
pg-prod.lab.internal:5432:orders:orders_report:@@PW@@
pg-prod.lab.internal:5432:*:backup:*
localhost:5432:*:postgres:
""", "PW", "PostgreSQL docs: the password file (.pgpass)", PW=rand_pw(20))

add("blind-dw/mycnf/database-password", "ops/provision/files/my.cnf", r"""
[client]
user=odbackup
password="@@PW@@"
host=127.0.0.1

[mysqldump]
single-transaction
quick
max_allowed_packet=512M
""", "PW", "MySQL manual: option files [client] password", PW=human_pw("!#%*"))

add("blind-dw/powershell/okta-token", "clinic-it/identity/Disable-DepartedStaff.ps1", r"""
param([Parameter(Mandatory)][string]$CsvPath)

$oktaOrg = "https://bayviewdental.okta.com"
$headers = @{
    Authorization = "SSWS @@TOKEN@@"
    Accept        = "application/json"
}

Import-Csv $CsvPath | ForEach-Object {
    $user = Invoke-RestMethod -Uri "$oktaOrg/api/v1/users/$($_.Email)" -Headers $headers
    Invoke-RestMethod -Method Post -Uri "$oktaOrg/api/v1/users/$($user.id)/lifecycle/deactivate" -Headers $headers
    Write-Host "Deactivated $($_.Email)"
}
""", "TOKEN", "Okta API: SSWS API token authorization header", TOKEN=okta_token())

add("blind-dw/json/auth0-client-secret", "portal-web/config/auth.production.json", r"""
{
  "auth0": {
    "domain": "summitlab.us.auth0.com",
    "clientId": "q8J2nV5xR1tL7wC3mZ9pK4bF6hD0sG2a",
    "clientSecret": "@@SECRET@@",
    "audience": "https://api.summitdentallab.example",
    "callbackUrl": "https://portal.summitdentallab.example/callback"
  },
  "session": { "rolling": true, "absoluteDuration": 86400 }
}
""", "SECRET", "Auth0 docs: application client secret", SECRET=draw(64, ALNUM + "-_"))

add("blind-dw/ini/sentry-auth-token", "portal-web/.sentryclirc", r"""
[defaults]
url = https://sentry.io/
org = summit-dental-lab
project = portal-web

[auth]
token = @@TOKEN@@
""", "TOKEN", "sentry-cli docs: .sentryclirc [auth] token; user auth tokens sntryu_", TOKEN="sntryu_" + hexs(64))

add("blind-dw/yaml/newrelic-license", "order-service/newrelic/newrelic.yml", r"""
common: &default_settings
  license_key: '@@KEY@@'
  app_name: order-service
  log_level: info
  distributed_tracing:
    enabled: true

production:
  <<: *default_settings

staging:
  <<: *default_settings
  app_name: order-service (staging)
""", "KEY", "New Relic Java agent: newrelic.yml license_key", KEY=newrelic_license())

add("blind-dw/yaml/datadog-api-key", "ops/datadog/datadog.yaml", r"""
## Datadog Agent on the lab's production hosts
api_key: @@KEY@@
site: us5.datadoghq.com
hostname_fqdn: true
tags:
  - site:dayton-lab
  - role:cam
logs_enabled: true
process_config:
  process_collection:
    enabled: true
""", "KEY", "Datadog Agent: datadog.yaml api_key", KEY=hexs(32))

add("blind-dw/json/google-client-secret", "marketing/reviews/client_secret.json", r"""
{
  "installed": {
    "client_id": "418273640915-3kq9v0b7d2m1f5h8j4l6n0p2r4t6v8x1.apps.googleusercontent.com",
    "project_id": "bayview-reviews",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@SECRET@@",
    "redirect_uris": ["http://localhost"]
  }
}
""", "SECRET", "Google Identity: OAuth client_secret.json (GOCSPX-)", SECRET=google_client_secret())

add("blind-dw/r/database-password", "analytics/R/production_dashboard.R", r"""
library(DBI)
library(dplyr)

con <- dbConnect(
  odbc::odbc(),
  Driver   = "ODBC Driver 18 for SQL Server",
  Server   = "labsql.lab.internal",
  Database = "LabStar",
  UID      = "analyst",
  PWD      = "@@PW@@",
  TrustServerCertificate = "yes"
)

units <- tbl(con, "CaseItems") |>
  filter(ShipDate >= as.Date("2024-01-01")) |>
  count(ProductCode, name = "units") |>
  collect()

dbDisconnect(con)
print(units)
""", "PW", "R DBI/odbc: dbConnect with UID/PWD", PW=human_pw())

_JAVA_PW = human_pw("!#%*")
add("blind-dw/java/split-password", "lab-bridge/src/main/java/com/northshore/bridge/LabStarDao.java", r"""
package com.northshore.bridge;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class LabStarDao {
    private static final String URL = "jdbc:sqlserver://labsql.lab.internal:1433;databaseName=LabStar;encrypt=true";
    private static final String USER = "bridge_svc";
    private static final String PASSWORD = "@@P1@@" +
            "@@P2@@";

    private LabStarDao() {}

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }
}
""", _JAVA_PW, "JDBC DriverManager.getConnection(url, user, password)",
    P1=_JAVA_PW[:len(_JAVA_PW) // 2], P2=_JAVA_PW[len(_JAVA_PW) // 2:])

add("blind-dw/toml/database-password", "analytics/kpi-dashboard/.streamlit/secrets.toml", r"""
[connections.practice_db]
dialect = "mysql"
host = "od-replica.rvd.local"
port = 3306
database = "opendental"
username = "streamlit_ro"
password = "@@PW@@"
""", "PW", "Streamlit docs: secrets.toml connections", PW=rand_pw(18))

add("blind-dw/json/sqltools-password", "analytics/.vscode/settings.json", r"""
{
  "editor.formatOnSave": true,
  "sqltools.connections": [
    {
      "name": "LabStar (prod read-only)",
      "driver": "MSSQL",
      "server": "labsql.lab.internal",
      "port": 1433,
      "database": "LabStar",
      "username": "analyst",
      "password": "@@PW@@",
      "mssqlOptions": { "encrypt": true, "trustServerCertificate": true }
    }
  ]
}
""", "PW", "SQLTools VS Code extension: connection settings", PW=human_pw())

add("blind-dw/yaml/zoom-client-secret", "teledentistry/config/production.yaml", r"""
server:
  port: 8080
  base_url: https://consult.bayviewdental.example

zoom:
  account_id: q7Xk2LmN9pRsTuVw
  client_id: Zx4cV8bN1mQ2wE5r
  client_secret: @@SECRET@@
  default_meeting_minutes: 20

intake:
  photo_max_mb: 15
  require_consent_form: true
""", "SECRET", "Zoom docs: Server-to-Server OAuth app credentials", SECRET=draw(32))

add("blind-dw/compose/anthropic-key", "lab-ai/docker-compose.yml", r"""
services:
  rx-parser:
    build: .
    environment:
      - ANTHROPIC_API_KEY=@@KEY@@
      - PORTAL_URL=http://portal:8080
      - LOG_LEVEL=info
    depends_on: [portal]
  portal:
    image: registry.summitlab.example/labportal:2024.11.3
    env_file: .env.portal
""", "KEY", "Docker Compose environment list; Anthropic API keys", KEY=anthropic_key())

add("blind-dw/kotlin/api-key", "tech-app/app/src/main/java/com/cedarcrest/techapp/net/PortalApi.kt", r"""
package com.cedarcrest.techapp.net

import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory
import okhttp3.OkHttpClient

object PortalApi {
    private const val API_TOKEN = "@@TOKEN@@"

    private val client = OkHttpClient.Builder()
        .addInterceptor { chain ->
            chain.proceed(chain.request().newBuilder().header("Authorization", "Bearer $API_TOKEN").build())
        }
        .build()

    val service: CaseService = Retrofit.Builder()
        .baseUrl("https://orders.cedarcrestlab.example/api/")
        .client(client)
        .addConverterFactory(MoshiConverterFactory.create())
        .build()
        .create(CaseService::class.java)
}
""", "TOKEN", "OkHttp interceptor adding a bearer token; Retrofit builder", TOKEN=hexs(40))

add("blind-dw/go/fedex-client-secret", "shipping/internal/fedex/client.go", r"""
package fedex

import (
	"net/http"
	"net/url"
	"strings"
)

const (
	apiKey    = "l7@@ID@@"
	secretKey = "@@SECRET@@"
)

func token(c *http.Client) (*http.Response, error) {
	form := url.Values{
		"grant_type":    {"client_credentials"},
		"client_id":     {apiKey},
		"client_secret": {secretKey},
	}
	req, _ := http.NewRequest(http.MethodPost, "https://apis.fedex.com/oauth/token", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return c.Do(req)
}
""", "SECRET", "FedEx Developer Portal: API authorization (client_credentials)", ID=hexs(30), SECRET=hexs(32))


# ================================================================ decoys


def decoy(fmt: str, what: str, file_name: str, text: str, source: str, **values: str) -> None:
    add(f"blind-dw/{fmt}/decoy-{what}", file_name, text, None, source, **values)


BCRYPT = "./" + string.ascii_letters + string.digits


def bcrypt_hash() -> str:
    return "$2b$12$" + draw(53, BCRYPT)


decoy("env", "placeholder", "labportal/.env.example", r"""
APP_NAME="Summit Dental Lab Portal"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost:8000

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=labportal
DB_USERNAME=labportal
DB_PASSWORD=

STRIPE_SECRET_KEY=<your Stripe secret key>
SHIPPO_API_TOKEN=<shippo token from 1Password "Shippo prod">
MAIL_PASSWORD=changeme
""", "Laravel docs: .env.example committed without values")

decoy("compose", "env-reference", "dev/labportal/docker-compose.yml", r"""
services:
  db:
    image: mysql:8.0
    environment:
      MYSQL_DATABASE: labportal
      MYSQL_USER: labportal
      MYSQL_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD in .env}
      MYSQL_ROOT_PASSWORD: ${DB_ROOT_PASSWORD:?set DB_ROOT_PASSWORD in .env}
    volumes:
      - db-data:/var/lib/mysql
  app:
    build: .
    env_file: .env
    environment:
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
      EASYPOST_API_KEY: ${EASYPOST_API_KEY}
    ports: ["8000:8000"]
    depends_on: [db]
volumes:
  db-data:
""", "Docker Compose docs: interpolation ${VAR:?error}")

decoy("k8s", "external-secret", "deploy/k8s/shipping/external-secret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: shipping-carriers
  namespace: shipping
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: shipping-carriers
  data:
    - secretKey: FEDEX_SECRET_KEY
      remoteRef:
        key: prod/shipping/fedex
        property: secret_key
    - secretKey: UPS_CLIENT_SECRET
      remoteRef:
        key: prod/shipping/ups
        property: client_secret
    - secretKey: EASYPOST_API_KEY
      remoteRef:
        key: prod/shipping/easypost
        property: api_key
""", "External Secrets Operator docs: ExternalSecret remoteRef")

decoy("helm", "existing-secret", "deploy/helm/orthanc/values.yaml", r"""
image:
  repository: orthancteam/orthanc
  tag: "24.10.3"

orthanc:
  name: LAB-ORTHANC
  dicomAet: LABPACS
  authentication:
    enabled: true
    # users are read from the secret's "users.json" key
    existingSecret: orthanc-users
    existingSecretKey: users.json

postgresql:
  enabled: true
  auth:
    username: orthanc
    database: orthanc
    existingSecret: orthanc-db
    secretKeys:
      userPasswordKey: password
      adminPasswordKey: postgres-password

persistence:
  size: 500Gi
""", "Bitnami charts: auth.existingSecret; Orthanc Helm values")

decoy("terraform", "random-password", "infra/terraform/orthanc_db.tf", r"""
resource "random_password" "orthanc_db" {
  length           = 32
  special          = true
  override_special = "_-."
}

resource "aws_secretsmanager_secret" "orthanc_db" {
  name = "prod/imaging/orthanc-db"
}

resource "aws_secretsmanager_secret_version" "orthanc_db" {
  secret_id     = aws_secretsmanager_secret.orthanc_db.id
  secret_string = random_password.orthanc_db.result
}

resource "aws_db_instance" "orthanc" {
  identifier        = "orthanc-prod"
  engine            = "postgres"
  instance_class    = "db.t4g.large"
  allocated_storage = 200
  username          = "orthanc"
  password          = random_password.orthanc_db.result
  storage_encrypted = true
}
""", "Terraform random provider: random_password; aws_secretsmanager_secret_version")

decoy("ansible", "vault-ciphertext", "ops/ansible/group_vars/dentrix_servers/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
@@HEX@@
""", "Ansible docs: encrypted files ($ANSIBLE_VAULT;1.1;AES256 header)",
    HEX="\n".join(hexs(80) for _ in range(9)) + "\n" + hexs(34))

_SOPS = [(draw(24, ALNUM + "+/"), b64_bytes(32), b64_bytes(16)) for _ in range(3)]
decoy("yaml", "sops-ciphertext", "deploy/secrets/shipping.enc.yaml", r"""
fedex_secret_key: ENC[AES256_GCM,data:@@D0@@,iv:@@I0@@,tag:@@T0@@,type:str]
ups_client_secret: ENC[AES256_GCM,data:@@D1@@,iv:@@I1@@,tag:@@T1@@,type:str]
easypost_api_key: ENC[AES256_GCM,data:@@D2@@,iv:@@I2@@,tag:@@T2@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:us-east-2:418273640915:key/5e0c2d4a-9b1f-4c3e-8a7d-6f2b1c0d9e8a
          created_at: "2024-09-12T14:03:22Z"
          enc: AQICAHh@@KMS@@
          aws_profile: ""
    lastmodified: "2024-11-04T09:41:10Z"
    mac: ENC[AES256_GCM,data:@@MAC@@,iv:@@MACIV@@,tag:@@MACTAG@@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.9.1
""", "SOPS docs: encrypted YAML values ENC[AES256_GCM,...] and sops metadata",
    D0=_SOPS[0][0], I0=_SOPS[0][1], T0=_SOPS[0][2], D1=_SOPS[1][0], I1=_SOPS[1][1], T1=_SOPS[1][2],
    D2=_SOPS[2][0], I2=_SOPS[2][1], T2=_SOPS[2][2], KMS=draw(180, ALNUM + "+/") + "==",
    MAC=b64_bytes(64), MACIV=b64_bytes(32), MACTAG=b64_bytes(16))

decoy("htpasswd", "bcrypt-hash", "ops/nginx/viewer.htpasswd", r"""
# generated with: htpasswd -B -C 12 viewer.htpasswd <user>
drsmith:@@H1@@
drnguyen:@@H2@@
labfrontdesk:@@H3@@
ortho-partners:@@H4@@
""", "Apache htpasswd: bcrypt (-B) entries", H1=bcrypt_hash(), H2=bcrypt_hash(), H3=bcrypt_hash(), H4=bcrypt_hash())

decoy("sql", "password-hash", "db/labportal/seed_staff.sql", r"""
-- Staff accounts for the staging portal. Hashes only; people reset on first login.
INSERT INTO users (email, display_name, role, password_hash, must_reset) VALUES
  ('frontdesk@summitdentallab.example', 'Front Desk', 'csr',     '@@H1@@', TRUE),
  ('qc@summitdentallab.example',        'QC Bench',   'qc',      '@@H2@@', TRUE),
  ('shipping@summitdentallab.example',  'Shipping',   'shipper', '@@H3@@', TRUE);

INSERT INTO stations (code, name) VALUES
  ('MODEL', 'Model room'), ('CAD', 'Design'), ('MILL', 'Milling'), ('CER', 'Ceramics'), ('QC', 'Quality');
""", "bcrypt password hashes stored in a users table", H1=bcrypt_hash(), H2=bcrypt_hash(), H3=bcrypt_hash())


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + draw(43, ALNUM + "+/") + " " + comment


decoy("authorized-keys", "public-key", "ops/ansible/roles/base/files/authorized_keys", r"""
# IT staff with shell on lab Linux hosts (public keys only)
@@K1@@
@@K2@@
@@K3@@
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@@RSA@@ backup@labnas01
""", "OpenSSH sshd(8): AUTHORIZED_KEYS file format",
    K1=ssh_pub("mreyes@it-laptop"), K2=ssh_pub("jpark@it-laptop"), K3=ssh_pub("ansible@lab-ctl"),
    RSA=draw(342, ALNUM + "+/"))

decoy("javascript", "publishable-key", "portal-web/src/billing/checkout.js", r"""
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: safe in the browser bundle (the secret key stays on the API)
const stripePromise = loadStripe("pk_live_@@PK@@");

export async function payInvoice(clientSecret, cardElement) {
  const stripe = await stripePromise;
  return stripe.confirmCardPayment(clientSecret, {
    payment_method: { card: cardElement },
  });
}
""", "Stripe docs: publishable keys are meant for client-side code", PK="51" + draw(97))

decoy("javascript", "mapbox-public-token", "portal-web/src/tracking/courierMap.js", r"""
import mapboxgl from "mapbox-gl";

// public (pk.) token restricted to portal.summitdentallab.example in the Mapbox account
mapboxgl.accessToken = "pk.eyJ1Ijoic3VtbWl0bGFiIiwiYSI6ImNs@@A@@In0.@@B@@";

export function courierMap(el, stops) {
  const map = new mapboxgl.Map({ container: el, style: "mapbox://styles/mapbox/streets-v12", zoom: 10 });
  stops.forEach((s) => new mapboxgl.Marker().setLngLat([s.lng, s.lat]).setPopup(new mapboxgl.Popup().setText(s.clinic)).addTo(map));
  return map;
}
""", "Mapbox docs: public access tokens (pk.) for GL JS in the browser", A=draw(30), B=draw(22, ALNUM + "-_"))

decoy("javascript", "sentry-dsn", "portal-web/src/sentry.js", r"""
import * as Sentry from "@sentry/react";

Sentry.init({
  // DSNs are public: they only let clients send events
  dsn: "https://@@KEY@@@o4506211.ingest.us.sentry.io/4506211873",
  environment: import.meta.env.MODE,
  tracesSampleRate: 0.1,
  beforeSend(event) {
    delete event.request?.cookies;
    return event;
  },
});
""", "Sentry docs: DSN explainer (the DSN is safe to keep public)", KEY=hexs(32))

decoy("text", "checksums", "cam/installers/SHA256SUMS", r"""
@@H1@@  exocad-DentalCAD-3.2-Elefsina-9036.zip
@@H2@@  hyperDENT-10.1.3-setup.exe
@@H3@@  Ceramill-Mind-4.2.1.msi
@@H4@@  TRIOS-Dental-System-2023.1.exe
@@H5@@  Medit-Link-3.3.2-x64.exe
""", "sha256sum(1) check file format", H1=hexs(64), H2=hexs(64), H3=hexs(64), H4=hexs(64), H5=hexs(64))

decoy("json", "dicom-uids", "imaging/fixtures/cbct_study_manifest.json", r"""
{
  "PatientID": "RVD-000412",
  "StudyInstanceUID": "1.2.826.0.1.3680043.8.498.@@U1@@",
  "SeriesInstanceUID": "1.2.826.0.1.3680043.8.498.@@U2@@",
  "Modality": "CT",
  "Manufacturer": "KaVo",
  "StationName": "CBCT01",
  "Instances": 512,
  "SliceThickness": 0.2,
  "TransferSyntaxUID": "1.2.840.10008.1.2.4.70",
  "SopClassUID": "1.2.840.10008.5.1.4.1.1.2"
}
""", "DICOM PS3.5: UID encoding rules", U1=str(_rng().randint(10**30, 10**31)), U2=str(_rng().randint(10**30, 10**31)))

decoy("json", "uuid-ids", "portal-api/test/fixtures/lab_order.json", r"""
{
  "orderId": "@@U1@@",
  "practiceId": "@@U2@@",
  "doctor": { "id": "@@U3@@", "name": "Dr. A. Lindqvist", "npi": "1487690032" },
  "pan": "SL-24-18832",
  "items": [
    { "tooth": 30, "restoration": "crown", "material": "zirconia-hT", "shade": "A2" },
    { "tooth": 19, "restoration": "crown", "material": "e.max", "shade": "A2" }
  ],
  "scan": { "source": "iTero", "fileId": "@@U4@@", "format": "stl" },
  "dueDate": "2024-12-04",
  "shipping": { "carrier": "fedex", "service": "FEDEX_2_DAY" }
}
""", "RFC 9562: UUIDs as identifiers", U1=uuid4(), U2=uuid4(), U3=uuid4(), U4=uuid4())

decoy("csv", "tracking-numbers", "shipping/exports/2024-11-18_outbound.csv", r"""
pan,practice,carrier,service,tracking,weight_oz
SL-24-18801,Bayview Family Dentistry,FedEx,2Day,7739 2214 5521,9
SL-24-18805,Riverside Dental Group,FedEx,Priority Overnight,7739 2214 5678,12
SL-24-18812,Oakridge Smiles,UPS,Ground,1Z9X47E30313467821,14
SL-24-18819,Lakeside Pediatric Dentistry,USPS,Ground Advantage,9400 1112 0620 3341 7759 80,6
SL-24-18823,Northgate Prosthodontics,UPS,Next Day Air,1Z9X47E30113467838,11
""", "Carrier tracking number formats (FedEx, UPS 1Z, USPS IMpb)")

decoy("markdown", "vendor-example", "docs/dev/aws-local-setup.md", r"""
# Local AWS setup for the CBCT archiver

Configure a named profile; never paste real keys into this repo.

```ini
[profile cbct-archive]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = us-east-2
```

(The values above are the placeholders from the AWS documentation. Ask IT for an SSO role instead:
`aws sso login --profile cbct-archive`.)
""", "AWS docs: example access key AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")

decoy("python", "test-fixture", "labportal/tests/test_login.py", r"""
import pytest

from labportal.models import User

DUMMY_PASSWORD = "not-a-real-password"


@pytest.fixture
def doctor(db):
    return User.objects.create_user(email="dr.test@example.com", password=DUMMY_PASSWORD, role="doctor")


def test_doctor_can_log_in(client, doctor):
    response = client.post("/accounts/login/", {"email": doctor.email, "password": DUMMY_PASSWORD})
    assert response.status_code == 302


def test_wrong_password_is_rejected(client, doctor):
    response = client.post("/accounts/login/", {"email": doctor.email, "password": "wrong"})
    assert response.status_code == 200
    assert b"Invalid email or password" in response.content
""", "pytest fixtures with dummy credentials")

decoy("log", "redacted", "docs/incidents/2024-10-07-itero-sync.log", r"""
2024-10-07T06:10:02Z INFO  itero-pull starting (interval=600s)
2024-10-07T06:10:02Z DEBUG GET https://portal.itero.example/api/orders?since=2024-10-06T18:00:00Z
2024-10-07T06:10:02Z DEBUG headers: {"Authorization": "Bearer ***REDACTED***", "Accept": "application/json"}
2024-10-07T06:10:03Z ERROR 401 Unauthorized: token expired
2024-10-07T06:10:03Z INFO  refreshing token for client_id=northshore-lab (client_secret=[FILTERED])
2024-10-07T06:10:04Z INFO  token refreshed, expires_in=3600
2024-10-07T06:10:05Z INFO  14 new orders queued
""", "Log redaction of credentials (Bearer ***REDACTED***, [FILTERED])")

decoy("python", "env-read", "shipping/carriers/config.py", r"""
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class CarrierConfig:
    fedex_api_key: str
    fedex_secret_key: str
    ups_client_id: str
    ups_client_secret: str
    easypost_api_key: str


def load() -> CarrierConfig:
    return CarrierConfig(
        fedex_api_key=os.environ["FEDEX_API_KEY"],
        fedex_secret_key=os.environ["FEDEX_SECRET_KEY"],
        ups_client_id=os.environ["UPS_CLIENT_ID"],
        ups_client_secret=os.environ["UPS_CLIENT_SECRET"],
        easypost_api_key=os.environ.get("EASYPOST_API_KEY", ""),
    )
""", "Reading credentials from the environment (twelve-factor config)")

decoy("json", "keyvault-reference", "src/LabOrders.Api/appsettings.json", r"""
{
  "ConnectionStrings": {
    "LabOrders": "@Microsoft.KeyVault(SecretUri=https://kv-laborders-prod.vault.azure.net/secrets/LabOrdersSql/)"
  },
  "Stripe": {
    "SecretKey": "@Microsoft.KeyVault(VaultName=kv-laborders-prod;SecretName=StripeSecretKey)"
  },
  "Graph": {
    "TenantId": "6f2c0d4e-8b1a-4c3e-9d5f-2a7b8c9d0e1f",
    "ClientId": "b3e9a1c2-4d5f-4a6b-8c7d-9e0f1a2b3c4d"
  },
  "AllowedHosts": "*"
}
""", "Microsoft Docs: Key Vault references for App Service (@Microsoft.KeyVault(...))")

decoy("github-actions", "secrets-context", ".github/workflows/release-viewer.yml", r"""
name: release-viewer
on:
  push:
    tags: ["v*"]

jobs:
  publish:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418273640915:role/gha-viewer-release
          aws-region: us-east-2
      - run: npm ci && npm run build
      - run: aws s3 sync dist/ s3://viewer-static-prod/ --delete
      - name: Tell the lab
        run: curl -fsS -X POST -d "{\"text\":\"viewer ${GITHUB_REF_NAME} released\"}" "${{ secrets.SLACK_WEBHOOK_URL }}"
        env:
          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}
""", "GitHub Actions: secrets context and OIDC role assumption")

decoy("gitlab-ci", "masked-variable", "tools/dicom-anon/.gitlab-ci.yml", r"""
stages: [test, publish]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -e .[test]
    - pytest -q

publish:
  stage: publish
  image: python:3.12
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - pip install build twine
    - python -m build
    # PYPI_TOKEN is a masked, protected CI/CD variable
    - TWINE_USERNAME=__token__ TWINE_PASSWORD="$PYPI_TOKEN" twine upload dist/*
""", "GitLab docs: masked and protected CI/CD variables")

decoy("jenkinsfile", "with-credentials", "cam/addons/Jenkinsfile", r"""
pipeline {
    agent { label 'windows-cam' }
    stages {
        stage('Build') {
            steps { bat 'msbuild MillBridge.sln /p:Configuration=Release' }
        }
        stage('Publish') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'nexus-publisher',
                                                  usernameVariable: 'NEXUS_USER',
                                                  passwordVariable: 'NEXUS_PASS')]) {
                    bat 'curl -f -u %NEXUS_USER%:%NEXUS_PASS% --upload-file build\\MillBridge.zip https://nexus.summitlab.example/repository/cam-tools/'
                }
            }
        }
    }
}
""", "Jenkins Credentials Binding plugin: withCredentials usernamePassword")

decoy("hcl", "vault-template", "ops/vault-agent/orthanc.ctmpl", r"""
{{- with secret "kv/data/imaging/orthanc" -}}
{
  "AuthenticationEnabled": true,
  "RegisteredUsers": {
    "labadmin": "{{ .Data.data.labadmin_password }}",
    "uploader": "{{ .Data.data.uploader_password }}"
  },
  "PostgreSQL": {
    "EnableIndex": true,
    "Host": "orthanc-db.imaging.svc",
    "Username": "orthanc",
    "Password": "{{ .Data.data.db_password }}"
  }
}
{{- end -}}
""", "Vault Agent templates (consul-template syntax): with secret")

decoy("pem", "certificate", "imaging/dicom-tls/lab-ca.crt", r"""
-----BEGIN CERTIFICATE-----
@@CERT@@
-----END CERTIFICATE-----
""", "RFC 7468: X.509 certificate PEM (public)", CERT=cert_body(12))

decoy("pem", "public-key", "portal-api/keys/webhook-verify.pub.pem", r"""
# public half of the key iTero signs webhook payloads with; used to verify them
-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE@@A@@
@@B@@
-----END PUBLIC KEY-----
""", "RFC 7468: SubjectPublicKeyInfo PEM (public key)", A=draw(28, ALNUM + "+/"), B=draw(56, ALNUM + "+/") + "==")

decoy("json", "lockfile-integrity", "portal-web/package-lock.json", r"""
{
  "name": "portal-web",
  "version": "2.8.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "4.9.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.9.0.tgz",
      "integrity": "sha512-@@I1@@"
    },
    "node_modules/mapbox-gl": {
      "version": "3.7.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.7.0.tgz",
      "integrity": "sha512-@@I2@@"
    },
    "node_modules/three": {
      "version": "0.169.0",
      "resolved": "https://registry.npmjs.org/three/-/three-0.169.0.tgz",
      "integrity": "sha512-@@I3@@"
    }
  }
}
""", "npm docs: package-lock.json integrity (SRI sha512)", I1=b64_bytes(64), I2=b64_bytes(64), I3=b64_bytes(64))

decoy("dockerfile", "build-secret", "services/scan-converter/Dockerfile.secure", r"""
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=github_token \
    pip install -r requirements.txt \
 && pip install "git+https://$(cat /run/secrets/github_token)@github.com/summit-lab/meshkit.git@v2.3.1"
COPY . .
USER 1000
CMD ["python", "-m", "scan_converter", "--watch", "/data/in"]
""", "Docker docs: build secrets (RUN --mount=type=secret)")

decoy("npmrc", "env-token", "portal-api/.npmrc", r"""
@summit-lab:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${GITHUB_PACKAGES_TOKEN}
save-exact=true
fund=false
audit-level=high
""", "npm docs: environment variables in .npmrc")

decoy("xml", "nuget-env", "cam/addons/NuGet.Config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="cam-tools" value="https://pkgs.dev.azure.com/summitlab/_packaging/cam-tools/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <cam-tools>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="%CAM_TOOLS_FEED_PAT%" />
    </cam-tools>
  </packageSourceCredentials>
</configuration>
""", "Microsoft Docs: nuget.config credentials from environment variables (%VAR%)")

decoy("xml", "maven-env", "lab-bridge/.mvn/settings.xml", r"""
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>northshore-releases</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
    <server>
      <id>northshore-snapshots</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""", "Apache Maven: settings.xml ${env.VAR} interpolation")

decoy("git-lfs", "object-ids", "cases/reference-models/LFS_OBJECTS.txt", r"""
# git lfs ls-files --long  (reference arches used by the CAM QA jobs)
@@H1@@ * lower_full_arch.stl
@@H2@@ * upper_full_arch.stl
@@H3@@ * bite_registration.ply
@@H4@@ * implant_bar_ref.3oxz
""", "git-lfs-ls-files(1) --long output (object ids are sha256 digests)",
    H1=hexs(64), H2=hexs(64), H3=hexs(64), H4=hexs(64))

decoy("compose", "digest-pins", "imaging/dcm4chee/docker-compose.pinned.yml", r"""
# Images pinned by digest after the 2024-10 validation run
services:
  ldap:
    image: dcm4che/slapd-dcm4chee@sha256:@@H1@@
  db:
    image: dcm4che/postgres-dcm4chee@sha256:@@H2@@
  arc:
    image: dcm4che/dcm4chee-arc-psql@sha256:@@H3@@
  keycloak:
    image: dcm4che/keycloak@sha256:@@H4@@
""", "Docker docs: pulling an image by digest", H1=hexs(64), H2=hexs(64), H3=hexs(64), H4=hexs(64))

decoy("notebook", "getpass", "analytics/notebooks/remake_rates.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass\n",
    "import pyodbc\n",
    "pwd = getpass.getpass('LabStar password: ')\n",
    "cn = pyodbc.connect('DRIVER={ODBC Driver 18 for SQL Server};SERVER=labsql.lab.internal;DATABASE=LabStar;UID=analyst;PWD=' + pwd + ';TrustServerCertificate=yes')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "pd.read_sql('SELECT RemakeReason, COUNT(*) n FROM Remakes GROUP BY RemakeReason ORDER BY n DESC', cn)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", "Python getpass: prompting for a password at run time")

decoy("k8s", "sealed-secret", "deploy/k8s/reminders/sealed-twilio.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: twilio
  namespace: reminders
spec:
  encryptedData:
    TWILIO_AUTH_TOKEN: AgB@@E1@@
    TWILIO_ACCOUNT_SID: AgC@@E2@@
  template:
    metadata:
      name: twilio
      namespace: reminders
    type: Opaque
""", "Bitnami Sealed Secrets: encryptedData (ciphertext only the controller can open)",
    E1=draw(340, ALNUM + "+/") + "==", E2=draw(340, ALNUM + "+/") + "==")

decoy("cisco", "type9-hash", "network/cisco/lab-core01.cfg", r"""
hostname lab-core01
!
service password-encryption
enable algorithm-type scrypt secret 9 $9$@@S1@@$@@H1@@
!
username netadmin privilege 15 algorithm-type scrypt secret 9 $9$@@S2@@$@@H2@@
!
vlan 50
 name MILLS
vlan 60
 name SCANNERS
!
line vty 0 4
 login local
 transport input ssh
!
end
""", "Cisco IOS: type 9 (scrypt) secrets are one-way hashes",
    S1=draw(14, "./" + ALNUM), H1=draw(43, "./" + ALNUM), S2=draw(14, "./" + ALNUM), H2=draw(43, "./" + ALNUM))

decoy("mikrotik", "hide-sensitive", "network/mikrotik/clinic-bayview.rsc", r"""
# 2024-11-02 10:14:55 by RouterOS 7.15.3
# software id = 4KXR-9QZT
# (exported with hide-sensitive: secrets are not in this file)
/interface bridge
add name=bridge-lan
/ip address
add address=10.30.0.1/24 interface=bridge-lan network=10.30.0.0
/ip ipsec peer
add address=203.0.113.40/32 exchange-mode=ike2 name=lab profile=clinics
/ip ipsec identity
add peer=lab auth-method=pre-shared-key
/ip ipsec policy
add dst-address=192.168.50.0/24 src-address=10.30.0.0/24 peer=lab tunnel=yes
""", "MikroTik RouterOS: /export hide-sensitive")

decoy("wireguard", "public-keys-only", "ops/vpn/wg0-clinic-bayview.conf", r"""
[Interface]
Address = 10.99.0.3/24
# private key lives in /etc/wireguard/bayview.key (0600), never in git
PostUp = wg set %i private-key /etc/wireguard/bayview.key

[Peer]
# lab gateway
PublicKey = @@PUB@@
Endpoint = vpn.summitdentallab.example:51820
AllowedIPs = 10.99.0.1/32, 192.168.50.0/24
PersistentKeepalive = 25
""", "wg(8): PublicKey is public; private key loaded from a file with PostUp", PUB=wireguard_key())

decoy("markdown", "secret-manager-refs", "docs/runbooks/onboard-new-clinic.md", r"""
# Onboarding a new clinic to the lab portal

1. Create the practice in the portal admin (`/admin/practices/new`).
2. Create their SFTP drop: `./scripts/new_drop.sh <practice-code>`. The script stores the generated
   password in 1Password, vault **Lab IT**, item `SFTP drop – <practice-code>`.
3. Send the doctor the portal invite. Never email passwords; share the 1Password item link.
4. For iTero/TRIOS connections use the keys already in `op://Lab IT/Scanner connectors/credential`.
5. Shipping account numbers come from `op://Lab IT/FedEx/account` — the secret key is only in AWS
   Secrets Manager (`prod/shipping/fedex`).
""", "1Password secret references (op://vault/item/field)")

decoy("shell-history", "read-prompt", "ops/forensics/labnas01.bash_history", r"""
sudo systemctl status smbd
read -rsp "scanner_svc password: " SCANPW; echo
sudo smbpasswd -a scanner_svc <<< "$SCANPW"$'\n'"$SCANPW"
unset SCANPW
sudo smbcontrol all reload-config
ls -la /srv/scanner-drop | tail
exit
""", "bash read -s prompt; smbpasswd -a reading from stdin")

decoy("powershell", "get-secret", "clinic-it/imaging/Start-RomexisBackup.ps1", r"""
#Requires -Modules Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Vault ClinicVault -Name "romexis-sql" # PSCredential
$sqlUser = $cred.UserName
$sqlPass = $cred.GetNetworkCredential().Password

$stamp = Get-Date -Format "yyyyMMdd"
sqlcmd -S "IMGSRV\ROMEXIS" -U $sqlUser -P $sqlPass `
    -Q "BACKUP DATABASE [romexis_db] TO DISK = N'E:\Backups\romexis_$stamp.bak' WITH INIT"

Remove-Variable sqlPass
""", "Microsoft Docs: SecretManagement Get-Secret")

decoy("terraform", "sensitive-variables", "infra/azure/variables.tf", r"""
variable "pms_admin_password" {
  description = "Local admin password for the PMS VM (set in the TFC workspace, never in tfvars)"
  type        = string
  sensitive   = true
}

variable "storage_account_key" {
  type      = string
  sensitive = true
  default   = null
}

variable "location" {
  type    = string
  default = "centralus"
}
""", "Terraform docs: sensitive input variables")

decoy("env", "empty-values", "lab-mgmt/.env.testing", r"""
APP_ENV=testing
APP_KEY=base64:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
DB_CONNECTION=sqlite
DB_DATABASE=:memory:
MAIL_MAILER=array
QUEUE_CONNECTION=sync
SHIPSTATION_API_KEY=
SHIPSTATION_API_SECRET=
""", "Laravel docs: .env.testing with a zeroed app key and blank service credentials")

decoy("swift", "keychain", "PatientApp/PatientApp/Services/TokenStore.swift", r"""
import Foundation
import Security

enum TokenStore {
    private static let service = "com.bayviewdental.patientapp"

    static func save(_ token: String, account: String = "session") {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            kSecValueData as String: Data(token.utf8),
        ]
        SecItemDelete(query as CFDictionary)
        SecItemAdd(query as CFDictionary, nil)
    }

    static func load(account: String = "session") -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            kSecReturnData as String: true,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess, let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""", "Apple docs: Keychain Services generic passwords")

decoy("kotlin", "gradle-local-properties", "tech-app/app/build.gradle.kts", r"""
import java.util.Properties

plugins {
    id("com.android.application")
    kotlin("android")
}

val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "com.cedarcrest.techapp"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.cedarcrest.techapp"
        minSdk = 28
        buildConfigField("String", "PORTAL_TOKEN", "\"${localProps.getProperty("portal.token", "")}\"")
    }
    buildFeatures { buildConfig = true }
}
""", "Android Gradle: buildConfigField from local.properties (untracked)")

decoy("go", "getenv", "casetracker/internal/config/config.go", r"""
package config

import (
	"fmt"
	"os"
)

type Config struct {
	DatabaseURL   string
	ShippoToken   string
	SlackBotToken string
}

func FromEnv() (Config, error) {
	c := Config{
		DatabaseURL:   os.Getenv("DATABASE_URL"),
		ShippoToken:   os.Getenv("SHIPPO_API_TOKEN"),
		SlackBotToken: os.Getenv("SLACK_BOT_TOKEN"),
	}
	if c.DatabaseURL == "" {
		return c, fmt.Errorf("DATABASE_URL is not set")
	}
	return c, nil
}
""", "Go os.Getenv configuration")

decoy("r", "keyring", "analytics/R/collections_report.R", r"""
library(DBI)
library(keyring)

# stored once with: keyring::key_set("labstar", username = "analyst")
con <- dbConnect(
  odbc::odbc(),
  Driver   = "ODBC Driver 18 for SQL Server",
  Server   = "labsql.lab.internal",
  Database = "LabStar",
  UID      = "analyst",
  PWD      = key_get("labstar", "analyst"),
  TrustServerCertificate = "yes"
)
aging <- dbGetQuery(con, "SELECT DoctorCode, SUM(Balance) AS balance FROM ArAging GROUP BY DoctorCode")
dbDisconnect(con)
""", "R keyring package: key_get")

decoy("ini", "trusted-connection", "clinic-it/dexis/odbc-dsn.ini", r"""
[ODBC Data Sources]
DEXIS=ODBC Driver 18 for SQL Server

[DEXIS]
Driver=ODBC Driver 18 for SQL Server
Server=IMGSRV\DEXIS
Database=DEXIS
Trusted_Connection=Yes
Encrypt=Optional
Description=DEXIS imaging (Windows authentication, no stored password)
""", "Microsoft ODBC Driver for SQL Server: Trusted_Connection keyword")

decoy("env", "account-sid-only", "reminders/.env.defaults", r"""
# non-secret defaults; the auth token comes from the TWILIO_AUTH_TOKEN secret in the cluster
TWILIO_ACCOUNT_SID=@@SID@@
TWILIO_MESSAGING_SERVICE_SID=MG@@MG@@
TWILIO_STATUS_CALLBACK=https://reminders.bayviewdental.example/twilio/status
REMINDER_HOURS_BEFORE=48
QUIET_HOURS=21-08
""", "Twilio docs: Account SID and Messaging Service SID are identifiers", SID=twilio_sid(), MG=hexs(32))

decoy("json", "google-client-id", "portal-web/public/config.json", r"""
{
  "apiBase": "https://api.summitdentallab.example",
  "googleSignIn": {
    "clientId": "418273640915-9vq2m1n5b7c3x8z4l0k6j2h8g4f0d6s1.apps.googleusercontent.com",
    "hostedDomain": "summitdentallab.example"
  },
  "features": {
    "threeDViewer": true,
    "rushOrders": true
  },
  "supportPhone": "+1-937-555-0148"
}
""", "Google Identity: OAuth client IDs are public (used in the browser)")

decoy("typescript", "auth0-spa", "portal-web/src/auth/config.ts", r"""
import type { Auth0ProviderOptions } from "@auth0/auth0-react";

// Single-page app: PKCE, no client secret exists for this application
export const auth0Config: Auth0ProviderOptions = {
  domain: "summitlab.us.auth0.com",
  clientId: "V7mK2pQ9rX4tL1wZ8nC3bF6hD0sG5aJe",
  authorizationParams: {
    redirect_uri: window.location.origin,
    audience: "https://api.summitdentallab.example",
    scope: "openid profile email cases:read",
  },
  cacheLocation: "memory",
};
""", "Auth0 docs: SPA SDK configuration (domain, clientId)")

decoy("json", "azure-ad-certificate", "src/Clinic.Sync/appsettings.json", r"""
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "@@T@@",
    "ClientId": "@@C@@",
    "ClientCertificates": [
      {
        "SourceType": "StoreWithThumbprint",
        "CertificateStorePath": "LocalMachine/My",
        "CertificateThumbprint": "@@THUMB@@"
      }
    ]
  },
  "Sync": { "IntervalMinutes": 15 }
}
""", "Microsoft.Identity.Web: certificate credentials by thumbprint", T=uuid4(), C=uuid4(), THUMB=hexs(40).upper())

decoy("json", "orthanc-env-substitution", "imaging/orthanc/orthanc.prod.json", r"""
{
  "Name" : "LAB-ORTHANC",
  "DicomAet" : "LABPACS",
  "DicomPort" : 4242,
  "AuthenticationEnabled" : true,
  "RegisteredUsers" : {
    "labadmin" : "${ORTHANC_ADMIN_PASSWORD}",
    "uploader" : "${ORTHANC_UPLOADER_PASSWORD}"
  },
  "PostgreSQL" : {
    "EnableIndex" : true,
    "EnableStorage" : false,
    "Host" : "orthanc-db",
    "Username" : "orthanc",
    "Password" : "${ORTHANC_DB_PASSWORD}"
  }
}
""", "Orthanc Book: environment variables in configuration files (${VAR})")

decoy("javascript", "firebase-web-config", "PatientApp-web/src/firebase.js", r"""
import { initializeApp } from "firebase/app";
import { getMessaging } from "firebase/messaging";

// Firebase web config identifies the project; access is enforced by security rules and App Check
const firebaseConfig = {
  apiKey: "AIza@@K@@",
  authDomain: "bayview-patient.firebaseapp.com",
  projectId: "bayview-patient",
  storageBucket: "bayview-patient.appspot.com",
  messagingSenderId: "771203948812",
  appId: "1:771203948812:web:@@APP@@",
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", "Firebase docs: API keys for Firebase are not secret (web config)", K=draw(35, ALNUM + "-_"), APP=hexs(22))

decoy("yaml", "password-policy", "labportal/config/security.yml", r"""
password_policy:
  min_length: 12
  require_uppercase: true
  require_digit: true
  require_symbol: false
  max_age_days: 0
  history: 5
  lockout:
    attempts: 6
    minutes: 15
password_reset:
  token_ttl_minutes: 30
  from_address: no-reply@summitdentallab.example
session:
  idle_timeout_minutes: 30
""", "Password policy settings without any credential")

decoy("python", "stripe-test-cards", "portal-api/tests/test_payments.py", r"""
import pytest

# Stripe's documented test card numbers (test mode only)
VISA_OK = "4242424242424242"
DECLINED = "4000000000000002"
NEEDS_3DS = "4000002500003155"


@pytest.mark.parametrize("card,expected", [(VISA_OK, "succeeded"), (DECLINED, "card_declined")])
def test_invoice_payment(api_client, invoice, card, expected):
    response = api_client.post(f"/invoices/{invoice.id}/pay", json={"card": card, "exp": "12/34", "cvc": "123"})
    assert response.json()["status"] == expected
""", "Stripe docs: testing card numbers")

decoy("ini", "dicom-nodes", "imaging/dicom/nodes.ini", r"""
; DICOM nodes known to the lab's Orthanc (AE title, host, port)
[CBCT01]
AETitle=CBCT01
Host=10.20.4.31
Port=104

[SIDEXIS]
AETitle=SIDEXIS
Host=10.20.4.12
Port=11112

[ROMEXIS]
AETitle=ROMEXIS
Host=10.20.4.15
Port=104
""", "DICOM PS3.8 application entity configuration")

decoy("systemd", "load-credential", "ops/systemd/scan-sync.service", r"""
[Unit]
Description=Scanner export sync to B2
After=network-online.target

[Service]
Type=simple
User=scansync
LoadCredential=b2-key:/etc/credstore/scan-sync.b2-key
Environment=B2_KEY_FILE=%d/b2-key
ExecStart=/opt/scan-sync/bin/scan-sync --config /etc/scan-sync/config.toml
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", "systemd.exec(5): LoadCredential= and %d credentials directory")

decoy("crontab", "password-file", "ops/cron/imaging-crontab", r"""
# m h dom mon dow  command
MAILTO=it@riversidedental.example
15 1 * * *  /usr/local/bin/pg_dump --no-password -h orthanc-db -U orthanc orthanc | zstd > /backups/orthanc-$(date +\%F).sql.zst
45 1 * * *  rsync -a --password-file=/etc/rsyncd.scanner.secret /srv/scanner-drop/ rsync://scanbackup@labnas01/scans/
0 5 * * 0   /opt/scripts/prune_backups.sh 35
""", "rsync(1) --password-file; pg_dump --no-password with .pgpass")

decoy("pypirc", "keyring", "tools/mill-log-parser/.pypirc", r"""
[distutils]
index-servers =
    pypi
    lab

[pypi]
username = __token__

[lab]
repository = https://nexus.summitlab.example/repository/pypi-internal/
username = ci-publisher
""", "twine docs: passwords from keyring when omitted in .pypirc")

decoy("ansible", "vault-variable", "ops/ansible/host_vars/rvd-pms01.yml", r"""
---
ansible_host: 10.12.0.5
ansible_user: RVD\ansible
ansible_password: "{{ vault_rvd_ansible_password }}"
dentrix_sql_sa_password: "{{ vault_dentrix_sql_sa_password }}"
eaglesoft_service_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/clinic/eaglesoft:service') }}"
backup_share: '\\rvd-nas01\backups'
""", "Ansible docs: vault-prefixed variables; hashi_vault lookup")

decoy("helm", "template-b64enc", "deploy/helm/labportal/templates/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "labportal.fullname" . }}-env
  labels:
    {{- include "labportal.labels" . | nindent 4 }}
type: Opaque
data:
  DB_PASSWORD: {{ required "db.password is required" .Values.db.password | b64enc | quote }}
  STRIPE_SECRET_KEY: {{ .Values.stripe.secretKey | b64enc | quote }}
  MAIL_PASSWORD: {{ .Values.mail.password | default "" | b64enc | quote }}
""", "Helm docs: templates with b64enc and required")

decoy("sql", "sqlcmd-variable", "db/labstar/create_bridge_login.sql", r"""
-- Run with: sqlcmd -S labsql -i create_bridge_login.sql -v BridgePassword="<from vault>"
USE [master];
GO
CREATE LOGIN [bridge_svc] WITH PASSWORD = N'$(BridgePassword)', CHECK_POLICY = ON;
GO
USE [LabStar];
GO
CREATE USER [bridge_svc] FOR LOGIN [bridge_svc];
ALTER ROLE [db_datareader] ADD MEMBER [bridge_svc];
GO
""", "Microsoft Docs: sqlcmd scripting variables $(var) and -v")

decoy("json", "deploy-placeholder", "src/LabOrders.Api/appsettings.Staging.json", r"""
{
  "ConnectionStrings": {
    "LabOrders": "Server=tcp:laborders-stg.database.windows.net,1433;Initial Catalog=laborders;User ID=laborders_app;Password=#{LabOrdersSqlPassword}#;Encrypt=True;"
  },
  "Shipping": {
    "FedExSecretKey": "#{FedExSecretKey}#",
    "UpsClientSecret": "#{UpsClientSecret}#"
  },
  "AllowedHosts": "*"
}
""", "Azure DevOps Replace Tokens task: #{Variable}# placeholders")

decoy("yaml", "doppler-config", "labportal/doppler.yaml", r"""
setup:
  - project: labportal
    config: prd
    path: .
  - project: shipping-svc
    config: prd
    path: ../shipping-svc
# run locally with: doppler run -- php artisan serve
# secrets (DB_PASSWORD, STRIPE_SECRET_KEY, SHIPPO_API_TOKEN) are injected at run time
""", "Doppler CLI docs: doppler.yaml repository setup")

_KC = [(b64_bytes(64), b64_bytes(16)) for _ in range(2)]
decoy("json", "keycloak-hashed-credentials", "imaging/dcm4chee/realm-export-users.json", r"""
{
  "realm": "dcm4che",
  "users": [
    {
      "username": "labadmin",
      "enabled": true,
      "credentials": [{
        "type": "password",
        "secretData": "{\"value\":\"@@V1@@\",\"salt\":\"@@S1@@\",\"additionalParameters\":{}}",
        "credentialData": "{\"hashIterations\":27500,\"algorithm\":\"pbkdf2-sha256\",\"additionalParameters\":{}}"
      }],
      "realmRoles": ["admin", "user"]
    },
    {
      "username": "viewer",
      "enabled": true,
      "credentials": [{
        "type": "password",
        "secretData": "{\"value\":\"@@V2@@\",\"salt\":\"@@S2@@\",\"additionalParameters\":{}}",
        "credentialData": "{\"hashIterations\":27500,\"algorithm\":\"pbkdf2-sha256\",\"additionalParameters\":{}}"
      }],
      "realmRoles": ["user"]
    }
  ]
}
""", "Keycloak realm export: pbkdf2-sha256 password hashes with salt",
    V1=_KC[0][0], S1=_KC[0][1], V2=_KC[1][0], S2=_KC[1][1])

decoy("envrc", "op-read", "shipping-svc/.envrc", r"""
# direnv + 1Password CLI: nothing secret is stored in this file
export EASYPOST_API_KEY="$(op read 'op://Lab IT/EasyPost/production key')"
export FEDEX_SECRET_KEY="$(op read 'op://Lab IT/FedEx API/secret key')"
export UPS_CLIENT_SECRET="$(op read 'op://Lab IT/UPS API/client secret')"
export SHIP_FROM_ZIP=45414
""", "1Password CLI: op read secret references")

decoy("properties", "env-placeholder", "order-service/src/main/resources/application.properties", r"""
server.port=8080
spring.application.name=order-service
spring.datasource.url=${DB_URL:jdbc:postgresql://localhost:5432/orders}
spring.datasource.username=${DB_USER:orders}
spring.datasource.password=${DB_PASSWORD}
security.jwt.secret=${JWT_SECRET}
fedex.secret-key=${FEDEX_SECRET_KEY}
spring.servlet.multipart.max-file-size=300MB
""", "Spring Boot: property placeholders with environment variables")

decoy("xml", "empty-password", "clinic-it/opendental/FreeDentalConfig.template.xml", r"""
<?xml version="1.0"?>
<!-- Template pushed to new workstations; the installer fills the connection on first run -->
<ConnectionSettings>
  <DatabaseConnection>
    <ComputerName>OD-SERVER01</ComputerName>
    <Database>opendental</Database>
    <User></User>
    <Password></Password>
    <NoShowOnStartup>False</NoShowOnStartup>
  </DatabaseConnection>
  <DatabaseType>MySql</DatabaseType>
</ConnectionSettings>
""", "Open Dental FreeDentalConfig.xml with blank credentials")

decoy("php", "getenv", "clinic-website/wp-config.docker.php", r"""
<?php
/** WordPress configuration for the container image: everything comes from the environment */
define( 'DB_NAME', getenv( 'WORDPRESS_DB_NAME' ) ?: 'bayview_wp' );
define( 'DB_USER', getenv( 'WORDPRESS_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );
define( 'DB_HOST', getenv( 'WORDPRESS_DB_HOST' ) ?: 'db:3306' );
define( 'AUTH_KEY', getenv( 'WORDPRESS_AUTH_KEY' ) );
define( 'SECURE_AUTH_KEY', getenv( 'WORDPRESS_SECURE_AUTH_KEY' ) );

$table_prefix = 'bvd_';
require_once ABSPATH . 'wp-settings.php';
""", "WordPress docker image: configuration from environment variables")

decoy("csharp", "configuration-read", "src/Clinic.Reminders/Program.cs", r"""
using Microsoft.Extensions.Configuration;
using Twilio;

var config = new ConfigurationBuilder()
    .AddJsonFile("appsettings.json", optional: true)
    .AddEnvironmentVariables(prefix: "REMINDERS_")
    .AddUserSecrets<Program>(optional: true)
    .Build();

TwilioClient.Init(
    config["Twilio:ApiKeySid"] ?? throw new InvalidOperationException("Twilio:ApiKeySid missing"),
    config["Twilio:ApiKeySecret"] ?? throw new InvalidOperationException("Twilio:ApiKeySecret missing"),
    config["Twilio:AccountSid"]);

Console.WriteLine("Reminder worker started");
""", "Microsoft Docs: configuration providers and user secrets")

decoy("ruby", "rails-credentials", "caseportal/config/initializers/easypost.rb", r"""
# frozen_string_literal: true

require "easypost"

EASYPOST_CLIENT = EasyPost::Client.new(
  api_key: Rails.application.credentials.dig(:easypost, :api_key) || ENV.fetch("EASYPOST_API_KEY")
)

Rails.application.config.x.ship_from = {
  company: "Cedar Crest Dental Lab",
  zip: "45414",
}
""", "Rails guides: encrypted credentials (Rails.application.credentials)")

decoy("shell", "aws-sso", "ops/scripts/archive_audit.sh", r"""
#!/usr/bin/env bash
# Lists CBCT archive objects older than the retention window. Uses SSO, no static keys.
set -euo pipefail
PROFILE=${AWS_PROFILE:-cbct-archive}
aws sso login --profile "$PROFILE"
aws s3api list-objects-v2 --profile "$PROFILE" --bucket riverside-dental-cbct-archive \
  --query "Contents[?LastModified<='2017-01-01'].[Key,Size]" --output text
""", "AWS CLI: IAM Identity Center (SSO) profiles")

decoy("markdown", "redacted-incident", "docs/incidents/2024-08-22-shared-mill-password.md", r"""
# Incident 2024-08-22: mill share password on a sticky note

**What happened.** A photo of CAM-02 posted to the lab's Instagram showed a sticky note with the
`camjobs` share password.

**Credential:** `camjobs` / `************` (rotated 2024-08-22 14:05, old value revoked)

**Actions**
- Rotated the share password; new one is in 1Password (`Lab IT / Mill shares`).
- Removed the post; asked staff not to photograph workstation screens or monitors.
- Moved the mill PCs to autologon via LAPS-managed accounts (ticket IT-2291).
""", "Incident write-up with the credential masked")

decoy("yaml", "chart-lock-digest", "deploy/helm/labportal/Chart.lock", r"""
dependencies:
- name: postgresql
  repository: https://charts.bitnami.com/bitnami
  version: 15.5.38
- name: redis
  repository: https://charts.bitnami.com/bitnami
  version: 19.6.4
digest: sha256:@@H@@
generated: "2024-11-04T09:12:33.418211-05:00"
""", "Helm: Chart.lock dependency digest", H=hexs(64))

decoy("python", "integrity-constants", "cam/tools/verify_firmware.py", r"""
# Checks mill firmware images against the vendor's published SHA-256 before flashing.
import hashlib
import sys

EXPECTED = {
    "coritec-350i-fw-5.12.bin": "@@H1@@",
    "coritec-250i-fw-5.12.bin": "@@H2@@",
    "dwx-52dci-fw-3.40.bin": "@@H3@@",
}


def sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


if __name__ == "__main__":
    name = sys.argv[1]
    ok = sha256(name) == EXPECTED[name.rsplit("/", 1)[-1]]
    sys.exit(0 if ok else 1)
""", "Firmware integrity checksums (SHA-256)", H1=hexs(64), H2=hexs(64), H3=hexs(64))

decoy("json", "jwks-public", "portal-api/public/.well-known/jwks.json", r"""
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "@@KID@@",
      "n": "@@N@@",
      "e": "AQAB"
    }
  ]
}
""", "RFC 7517: JSON Web Key Set (public RSA key: n, e)", KID=hexs(16), N=draw(342, ALNUM + "-_"))

decoy("toml", "lock-hashes", "tools/dicom-anon/poetry.lock", r"""
[[package]]
name = "pydicom"
version = "2.4.4"
description = "A pure Python package for reading and writing DICOM data"
optional = false
python-versions = ">=3.7"
files = [
    {file = "pydicom-2.4.4-py3-none-any.whl", hash = "sha256:@@H1@@"},
    {file = "pydicom-2.4.4.tar.gz", hash = "sha256:@@H2@@"},
]

[[package]]
name = "pynetdicom"
version = "2.0.2"
description = "A Python implementation of the DICOM networking protocol"
optional = false
python-versions = ">=3.7"
files = [
    {file = "pynetdicom-2.0.2-py3-none-any.whl", hash = "sha256:@@H3@@"},
]

[metadata]
lock-version = "2.0"
python-versions = "^3.11"
content-hash = "@@H4@@"
""", "Poetry lock file: sha256 file hashes", H1=hexs(64), H2=hexs(64), H3=hexs(64), H4=hexs(64))

decoy("python", "declared-fake-token", "ops/duebot/tests/test_post.py", r"""
from unittest import mock

from duebot import post_due_list

FAKE_SLACK_TOKEN = "xoxb-fake-token-for-unit-tests"


def test_posts_to_production_channel():
    with mock.patch("duebot.WebClient") as client_cls:
        post_due_list(["SL-24-18801"], token=FAKE_SLACK_TOKEN)
    client_cls.assert_called_once_with(token=FAKE_SLACK_TOKEN)
    client_cls.return_value.chat_postMessage.assert_called_once()
""", "Unit test with a token that declares itself fake")

decoy("go", "test-fixture", "casetracker/internal/api/auth_test.go", r"""
package api

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

const testToken = "test-token-do-not-use"

func TestRejectsWrongToken(t *testing.T) {
	h := RequireToken(testToken, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	req := httptest.NewRequest(http.MethodGet, "/cases", nil)
	req.Header.Set("Authorization", "Bearer wrong")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusUnauthorized {
		t.Fatalf("got %d, want 401", rec.Code)
	}
}
""", "Go httptest with dummy token values")

decoy("json", "webhook-signature-fixture", "portal-api/test/fixtures/itero_webhook.json", r"""
{
  "headers": {
    "Content-Type": "application/json",
    "X-Signature-SHA256": "sha256=@@SIG@@",
    "X-Delivery-Id": "@@DID@@"
  },
  "body": {
    "event": "order.created",
    "orderId": "@@OID@@",
    "practice": "Bayview Family Dentistry",
    "procedures": ["crown"],
    "teeth": [3]
  }
}
""", "Webhook test fixture: HMAC signature of the payload (a digest, not a key)",
    SIG=hexs(64), DID=uuid4(), OID=uuid4())

decoy("dockerfile", "arg-no-default", "services/rx-parser/Dockerfile", r"""
FROM python:3.12-slim
ARG PIP_INDEX_URL
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
# ANTHROPIC_API_KEY is provided by the orchestrator at run time
ENV ANTHROPIC_API_KEY=""
USER 1000
CMD ["uvicorn", "rx_parser.app:app", "--host", "0.0.0.0", "--port", "8000"]
""", "Dockerfile ARG without default; runtime-provided secrets")

decoy("yaml", "cert-manager", "deploy/k8s/viewer/certificate.yaml", r"""
apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: viewer-tls
  namespace: imaging
spec:
  secretName: viewer-tls
  dnsNames:
    - viewer.summitdentallab.example
  issuerRef:
    kind: ClusterIssuer
    name: letsencrypt-prod
  privateKey:
    algorithm: ECDSA
    size: 256
    rotationPolicy: Always
""", "cert-manager docs: Certificate resource (key generated in-cluster)")

decoy("shell", "ssh-keygen-script", "ops/scripts/new_sftp_drop.sh", r"""
#!/usr/bin/env bash
# Creates an SFTP drop for a new clinic; the password goes straight to 1Password.
set -euo pipefail
PRACTICE=$1
USER="drop_${PRACTICE,,}"
PASS=$(openssl rand -base64 24)
sudo useradd -m -d "/srv/drops/$PRACTICE" -s /usr/sbin/nologin -G sftpdrop "$USER"
echo "$USER:$PASS" | sudo chpasswd
op item create --vault "Lab IT" --category login --title "SFTP drop – $PRACTICE" \
  username="$USER" password="$PASS" >/dev/null
unset PASS
echo "created $USER"
""", "openssl rand; 1Password CLI op item create")

decoy("powershell", "laps", "clinic-it/mill-pc/Get-MillAdmin.ps1", r"""
# The mill PCs' local admin passwords are managed by Windows LAPS; read on demand, never store.
param([Parameter(Mandatory)][string]$ComputerName)

Import-Module LAPS
$entry = Get-LapsADPassword -Identity $ComputerName -AsPlainText
Write-Host "Password for $ComputerName expires $($entry.ExpirationTimestamp)"
$entry.Password | Set-Clipboard
Write-Host "Copied to clipboard; it is cleared in 30 s"
Start-Sleep 30; Set-Clipboard -Value " "
""", "Microsoft Docs: Windows LAPS Get-LapsADPassword")

decoy("xml", "web-config-integrated", "legacy/LabPortal.Web/Web.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="LabStar"
         connectionString="Data Source=LABSQL\LABSTAR;Initial Catalog=LabStar;Integrated Security=SSPI;"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="ScanUploadPath" value="\\LABNAS01\PortalUploads" />
    <add key="MaxScanMb" value="250" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <authentication mode="Windows" />
  </system.web>
</configuration>
""", "Microsoft Docs: SqlConnection Integrated Security=SSPI")

decoy("markdown", "docs-placeholder", "integrations/opendental_sync/README.md", r"""
# Open Dental sync

Reads appointments from the Open Dental API and hands them to the reminder service.

## Configuration

Set these in the service's environment (see `deploy/k8s/reminders/`):

```
OD_DEVELOPER_KEY=<developer key from the Open Dental developer portal>
OD_CUSTOMER_KEY=<customer key generated in Open Dental: Setup > Advanced > API>
```

The header sent is `Authorization: ODFHIR {OD_DEVELOPER_KEY}/{OD_CUSTOMER_KEY}`.
""", "Open Dental API guide: developer and customer keys (placeholders)")
