"""Blind set FX: opticians and eye-care practices.

Practice management and EHR back ends, lens lab ordering (VisionWeb, lab SFTP drops, LMS bridges),
vision insurance eligibility (VSP, EyeMed, Availity, X12 270/271 clearinghouses), retinal imaging and
OCT integrations (DICOM, Orthanc, vendor exporters), e-commerce for frames and contact lenses, and
patient reminder services, with their decoys. Generated fakes only (seeds 2110000-2119999).
"""
from __future__ import annotations

import base64
import random
import re
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LOW, SEED_HIGH = 2110000, 2119999
_SEED = [SEED_LOW]

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER_ALNUM = string.ascii_uppercase + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH, _SEED[0]
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def rand(n: int, alphabet: str = ALNUM) -> str:
    """n characters of alphabet; of a mixed alphabet, a draw holding upper, lower and a digit
    (at most 40 draws, so the loop always ends)."""
    r = _rng()
    value = ""
    for _ in range(40):
        value = "".join(r.choice(alphabet) for _ in range(n))
        needs = [set(string.ascii_uppercase), set(string.ascii_lowercase), set(string.digits)]
        if n < 8 or all(not (need & set(alphabet)) or (need & set(value)) for need in needs):
            return value
    return value


def hexs(n: int, upper: bool = False) -> str:
    value = rand(n, HEX)
    return value.upper() if upper else value


def rbytes_b64(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}"


WORDS = ["Harbor", "Tortoise", "Cedar", "Bifocal", "Maple", "Falcon", "Aviator", "Cobalt", "Granite",
         "Willow", "Prism", "Juniper", "Lantern", "Marlin", "Retina", "Summit", "Copper", "Saffron",
         "Basalt", "Kestrel", "Heron", "Walnut", "Orchid", "Pelican"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember",
         "saddle", "lagoon", "walnut", "harvest", "pixel", "trumpet", "monocle", "lens", "frame"]


def person_pw() -> str:
    """A password a person chose: words, a year or a number, a symbol."""
    r = _rng()
    style = r.randint(0, 3)
    a, b = r.sample(WORDS, 2)
    if style == 0:
        return a + r.choice("!#$*@") + b + str(r.randint(1990, 2025))
    if style == 1:
        return a + str(r.randint(10, 9999)) + r.choice("!#$*?")
    if style == 2:
        return a + b + str(r.randint(10, 99)) + r.choice("!#$*@")
    return "-".join(r.sample(LOWER, 3)) + "-" + str(r.randint(2, 99))


def url_pw() -> str:
    """A password that stays as is in a URL's userinfo (letters, digits, -._~)."""
    r = _rng()
    if r.random() < 0.5:
        return rand(r.randint(18, 28), ALNUM)
    a, b = r.sample(WORDS, 2)
    return a + r.choice("-._~") + b + str(r.randint(10, 9999))


def gen_pw(n: int = 20, extra: str = "!#%*-_") -> str:
    """A password a generator chose (a password manager's default shape)."""
    return rand(n, ALNUM + extra)


def _pem(label: str, head: str, total: int, width: int = 64, pad: str = "") -> str:
    r = _rng()
    body = head + "".join(r.choice(B64) for _ in range(total - len(head) - len(pad))) + pad
    lines = "\n".join(body[i:i + width] for i in range(0, len(body), width))
    return f"-----BEGIN {label}-----\n{lines}\n-----END {label}-----"


def rsa_key() -> str:
    return _pem("RSA PRIVATE KEY", "MIIEowIBAAKCAQEA", 1592, pad="==")


def pkcs8_rsa_key() -> str:
    return _pem("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 1624)


def ec_key() -> str:
    return _pem("EC PRIVATE KEY", "MHcCAQEEI", 164, pad="==")


def p8_key() -> str:
    return _pem("PRIVATE KEY", "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg", 184)


def openssh_key() -> str:
    return _pem("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
                "QyNTUxOQAAACB", 396, 70)


def cert_pem() -> str:
    return _pem("CERTIFICATE", "MIIDdzCCAl+gAwIBAgIU", 1240)


def indent(text: str, spaces: int) -> str:
    pad = " " * spaces
    return "\n".join(pad + line if line else line for line in text.split("\n"))


# Vendor token shapes (as the vendors document them).
def stripe_sk(kind: str = "sk_live_") -> str:
    return kind + "51" + rand(97)


def stripe_whsec() -> str:
    return "whsec_" + rand(32)


def shopify(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def sendgrid_key() -> str:
    return "SG." + rand(22, URLSAFE) + "." + rand(43, URLSAFE)


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + rand(8, UPPER_ALNUM) + "/B" + rand(10, UPPER_ALNUM)
            + "/" + rand(24))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**11, 10**12 - 1)}-{r.randint(10**12, 10**13 - 1)}-" + rand(24)


def aws_id() -> str:
    return "AKIA" + rand(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def aws_secret() -> str:
    return rand(40, B64)


def azure_client_secret() -> str:
    return rand(3) + "8Q~" + rand(34, ALNUM + "_.-~")


def google_api_key() -> str:
    return "AIza" + rand(35, URLSAFE)


def github_pat() -> str:
    return "ghp_" + rand(36)


def gitlab_pat() -> str:
    return "glpat-" + rand(20, URLSAFE)


def npm_token() -> str:
    return "npm_" + rand(36)


_MARK = re.compile(r"@@[A-Z0-9_]+@@")
CASES: List[LabelledCase] = []


def add(category: str, file_name: str, template: str, secret: Optional[str], source: str, **values: str) -> None:
    """One case: the template with its @@NAME@@ marks filled; category is `<format>/<kind>`."""
    text = template[1:] if template.startswith("\n") else template
    for key, value in values.items():
        text = text.replace(f"@@{key}@@", value)
    assert not _MARK.search(text), file_name
    assert (secret is None) == category.split("/")[1].startswith("decoy-"), file_name
    CASES.append(LabelledCase(f"blind-fx/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Practice management, EHR back ends and the office's own servers
# ---------------------------------------------------------------------------------------------

pw = url_pw()
add("env/database", "portal/.env.production", r"""
# Brightview patient portal - production
DJANGO_SETTINGS_MODULE=portal.settings.production
ALLOWED_HOSTS=portal.brightvieweyecare.com
DATABASE_URL=postgres://portal_app:@@PW@@@portal-db.internal.brightvieweyecare.com:5432/portal
REDIS_URL=redis://cache.internal:6379/2
TIME_ZONE=America/Chicago
RECALL_REMINDER_DAYS=365
SENTRY_ENVIRONMENT=production
""", pw, "dj-database-url README: DATABASE_URL schema", PW=pw)

key = rand(50, string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)")
add("python/django-secret", "portal/portal/settings/production.py", r"""
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["portal.brightvieweyecare.com", "book.brightvieweyecare.com"]

SECRET_KEY = "@@KEY@@"

CSRF_TRUSTED_ORIGINS = ["https://portal.brightvieweyecare.com"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000

# Online booking only offers slots for these appointment types
BOOKABLE_APPOINTMENT_TYPES = ["COMPREHENSIVE", "CL_FITTING", "CL_FOLLOWUP", "DRY_EYE"]
LOGGING["root"]["level"] = "WARNING"
""", key, "Django docs: settings, SECRET_KEY", KEY=key)

secret = rand(48, URLSAFE)
add("yaml/oauth-client-secret", "integrations/revolutionehr/config.yml", r"""
revolution_ehr:
  base_url: https://api.revolutionehr.com/v1
  practice_id: 48213
  auth:
    token_url: https://auth.revolutionehr.com/oauth2/token
    client_id: bv-recall-sync
    client_secret: "@@SECRET@@"
    scope: patients.read appointments.read recalls.write
  sync:
    window_days: 14
    batch_size: 200
    locations: [main-street, westfield]
""", secret, "RFC 6749 section 4.4: client credentials grant", SECRET=secret)

pw = gen_pw(16, "#@!")
add("ini/database", "tools/compulink_export/compulink_export.ini", r"""
; Compulink Advantage nightly export - Lakeside Eye Associates
[Database]
Driver={ODBC Driver 17 for SQL Server}
Server=CLSQL01\COMPULINK
Database=Advantage
UID=cl_export
PWD=@@PW@@
Encrypt=no

[Export]
OutputDir=\\lakeside-nas\exports\compulink
Tables=PATIENT,APPT,RECALL,INSURANCE
Schedule=02:30
""", pw, "Microsoft ODBC Driver for SQL Server: DSN and connection string keywords", PW=pw)

pw = person_pw()
add("powershell/database", "scripts/Backup-OfficeMate.ps1", r"""
# Nightly OfficeMate SQL backup - runs from Task Scheduler on OM-SERVER
$ErrorActionPreference = 'Stop'
Import-Module SqlServer

$SqlInstance = 'OM-SERVER\OFFICEMATE'
$SqlUser = 'om_backup'
$SqlPassword = ConvertTo-SecureString '@@PW@@' -AsPlainText -Force
$Cred = New-Object System.Management.Automation.PSCredential($SqlUser, $SqlPassword)
$Stamp = Get-Date -Format 'yyyyMMdd'
$Target = "\\nas01\backups\officemate\OfficeMate_$Stamp.bak"

Backup-SqlDatabase -ServerInstance $SqlInstance -Database 'OfficeMate' -BackupFile $Target -Credential $Cred
Get-ChildItem '\\nas01\backups\officemate' -Filter *.bak |
    Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-21) } |
    Remove-Item
Write-Output "Backup written to $Target"
""", pw, "SqlServer module docs: Backup-SqlDatabase -Credential", PW=pw)

pw = person_pw()
add("sql/database", "db/migrations/V14__reporting_login.sql", r"""
-- V14: read-only login for the Crystal Reports recall and optical sales reports
USE [master];
GO
CREATE LOGIN [crystal_reports] WITH PASSWORD = N'@@PW@@',
    DEFAULT_DATABASE = [CrystalPM], CHECK_POLICY = ON, CHECK_EXPIRATION = OFF;
GO
USE [CrystalPM];
GO
CREATE USER [crystal_reports] FOR LOGIN [crystal_reports];
ALTER ROLE [db_datareader] ADD MEMBER [crystal_reports];
DENY SELECT ON SCHEMA::[billing] TO [crystal_reports];
GO
""", pw, "Microsoft Learn: CREATE LOGIN (Transact-SQL)", PW=pw)

pw = gen_pw(22, "!#$%")
add("json/database", "src/Clearsight.Scheduling.Api/appsettings.Production.json", r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "ConnectionStrings": {
    "Scheduling": "Server=tcp:clearsight-sql.database.windows.net,1433;Initial Catalog=scheduling;User ID=sched_api;Password=@@PW@@;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
  },
  "Scheduling": {
    "SlotLengthMinutes": 20,
    "ContactLensFollowUpDays": 7,
    "Locations": [ "downtown", "eastgate" ]
  },
  "AllowedHosts": "*"
}
""", pw, "Microsoft Learn: Azure SQL connection strings for ADO.NET", PW=pw)

pw = person_pw()
add("xml/database", "MaximEyesBridge/Web.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="MaximEyes"
         connectionString="Data Source=MXE-SQL01;Initial Catalog=MaximEyes;User Id=bridge_svc;Password=@@PW@@;MultipleActiveResultSets=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="OpticalOrderPollSeconds" value="60" />
    <add key="LabOutbox" value="D:\LabBridge\outbox" />
    <add key="LogPath" value="D:\LabBridge\logs" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
""", pw, "Microsoft Learn: connection strings in Web.config", PW=pw)

pw = gen_pw(18, "#@")
add("bat/basic-auth", "billing/sync_eyefinity.bat", r"""
@echo off
REM Pull Eyefinity claim status reports into the billing share (Task Scheduler, 06:00 daily)
set EF_USER=northgate_billing
set EF_PASS=@@PW@@
set OUT=\\fs01\billing\eyefinity\%DATE:~10,4%%DATE:~4,2%%DATE:~7,2%

if not exist "%OUT%" mkdir "%OUT%"
curl.exe -s -u %EF_USER%:%EF_PASS% -o "%OUT%\claims.csv" "https://reports.eyefinity.com/export/claims?format=csv"
curl.exe -s -u %EF_USER%:%EF_PASS% -o "%OUT%\remits.csv" "https://reports.eyefinity.com/export/remits?format=csv"
if errorlevel 1 (
  echo Eyefinity download failed >> "%OUT%\error.log"
  exit /b 1
)
echo Done.
""", pw, "curl manual: -u, --user <user:password>", PW=pw)

pw = person_pw()
add("vbscript/database", "frontdesk/export_recalls.vbs", r"""
' export_recalls.vbs - recall list for the front desk mail merge (Word)
Option Explicit
Dim conn, rs, fso, out
Set conn = CreateObject("ADODB.Connection")
conn.Open "Provider=SQLOLEDB;Data Source=CRYSTAL-SRV;Initial Catalog=CrystalPM;User ID=mailmerge;Password=@@PW@@;"
Set rs = conn.Execute("SELECT FirstName, LastName, Address1, City, State, Zip, RecallDate FROM vw_RecallsDue")
Set fso = CreateObject("Scripting.FileSystemObject")
Set out = fso.CreateTextFile("C:\MailMerge\recalls.csv", True)
out.WriteLine "First,Last,Address,City,State,Zip,Due"
Do Until rs.EOF
  out.WriteLine rs("FirstName") & "," & rs("LastName") & "," & rs("Address1") & "," & _
    rs("City") & "," & rs("State") & "," & rs("Zip") & "," & rs("RecallDate")
  rs.MoveNext
Loop
out.Close
rs.Close
conn.Close
""", pw, "Microsoft OLE DB Provider for SQL Server: connection string keywords", PW=pw)

pw = gen_pw(24, "")
add("properties/database", "optical-orders/src/main/resources/application-prod.properties", r"""
server.port=8085
spring.application.name=optical-orders

spring.datasource.url=jdbc:postgresql://orders-db.prod.harborvision.net:5432/optical_orders
spring.datasource.username=optical_orders
spring.datasource.password=@@PW@@
spring.datasource.hikari.maximum-pool-size=12

spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
orders.lab.default=essilor-dallas
orders.lab.cutoff-hour=15
management.endpoints.web.exposure.include=health,info
""", pw, "Spring Boot reference: common application properties (spring.datasource.*)", PW=pw)

pw = url_pw()
add("go/database", "crystalsync/internal/store/mysql.go", r"""
package store

import (
	"database/sql"
	"time"

	_ "github.com/go-sql-driver/mysql"
)

// dsn for the on-prem Crystal PM replica (read only)
const dsn = "crystal_ro:@@PW@@@tcp(10.20.0.15:3306)/crystalpm?parseTime=true&loc=Local"

func Open() (*sql.DB, error) {
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(5)
	db.SetConnMaxLifetime(3 * time.Minute)
	return db, db.Ping()
}
""", pw, "go-sql-driver/mysql README: DSN (Data Source Name)", PW=pw)

pw = gen_pw(20, "")
add("yaml/database", "config/database.yml", r"""
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: framebar_development

test:
  <<: *default
  database: framebar_test

production:
  <<: *default
  host: framebar-prod.cluster-c8xk2.us-east-1.rds.amazonaws.com
  database: framebar_production
  username: framebar
  password: @@PW@@
""", pw, "Rails guides: Configuring a Database (config/database.yml)", PW=pw)

pw = person_pw()
add("php/database", "site/wp-config.php", r"""
<?php
/** WordPress config - lakesideeye.com (appointment request plugin lives here too) */
define( 'DB_NAME', 'lakeside_wp' );
define( 'DB_USER', 'lakeside_wp' );
define( 'DB_PASSWORD', '@@PW@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'lkw_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", pw, "WordPress developer docs: Editing wp-config.php", PW=pw)

pw = person_pw()
add("r/database", "analysis/recall_rates.R", r"""
library(DBI)
library(odbc)
library(dplyr)

con <- dbConnect(odbc::odbc(),
                 Driver   = "ODBC Driver 18 for SQL Server",
                 Server   = "ehr-reporting.northgateoptical.local",
                 Database = "EHR_Reporting",
                 UID      = "r_analyst",
                 PWD      = "@@PW@@",
                 TrustServerCertificate = "yes")

recalls <- tbl(con, "RecallHistory") %>%
  filter(RecallType %in% c("ANNUAL", "DIABETIC")) %>%
  group_by(Location, Month = floor_date(DueDate, "month")) %>%
  summarise(due = n(), booked = sum(Booked, na.rm = TRUE)) %>%
  collect() %>%
  mutate(rate = booked / due)

write.csv(recalls, "recall_rates.csv", row.names = FALSE)
dbDisconnect(con)
""", pw, "odbc R package docs: dbConnect() with connection string arguments", PW=pw)

pw = url_pw()
add("notebook/database", "notebooks/optical_capture_rate.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Optical capture rate by doctor\n", "Exams that ended in a glasses or contacts sale within 30 days."]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "engine = create_engine(\"mssql+pyodbc://analyst:@@PW@@@ehr-sql01/EHR?driver=ODBC+Driver+17+for+SQL+Server\")\n",
    "exams = pd.read_sql(\"SELECT * FROM rpt.ExamSales WHERE ExamDate >= '2024-01-01'\", engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "capture = exams.groupby(\"Doctor\")[\"OpticalSale\"].mean().sort_values()\n",
    "capture.plot.barh(figsize=(6, 4))"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", pw, "SQLAlchemy docs: Microsoft SQL Server, pyodbc connection URLs", PW=pw)

pw = gen_pw(16, "")
add("shell-history/database", "ops/server-notes/bash_history_ehr01.txt", r"""
sudo systemctl status mysql
df -h /var/lib/mysql
ls -lh /backups/ehr/
mysql -u root -p'@@PW@@' -e "SHOW PROCESSLIST"
mysqldump -u root -p'@@PW@@' --single-transaction ehr > /backups/ehr/ehr_manual.sql
gzip /backups/ehr/ehr_manual.sql
scp /backups/ehr/ehr_manual.sql.gz backup@10.0.5.20:/srv/backups/
history | tail -20
exit
""", pw, "MySQL manual: mysql client --password option", PW=pw)

pw = person_pw()
add("ini/ldap", "ansible/files/sssd.conf", r"""
[sssd]
services = nss, pam
domains = harborvision.local

[domain/harborvision.local]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc01.harborvision.local
ldap_search_base = dc=harborvision,dc=local
ldap_default_bind_dn = CN=svc-linux-bind,OU=Service Accounts,DC=harborvision,DC=local
ldap_default_authtok_type = password
ldap_default_authtok = @@PW@@
ldap_tls_reqcert = demand
cache_credentials = true
access_provider = simple
simple_allow_groups = imaging-admins, it-staff
""", pw, "sssd-ldap(5): ldap_default_authtok", PW=pw)

pw = person_pw()
add("xml/windows-password", "deploy/frontdesk-pc/autounattend.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64"
               publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS"
               xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
      <UserAccounts>
        <AdministratorPassword>
          <Value>@@PW@@</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <OOBE>
        <HideEULAPage>true</HideEULAPage>
        <ProtectYourPC>3</ProtectYourPC>
      </OOBE>
      <TimeZone>Eastern Standard Time</TimeZone>
      <RegisteredOrganization>Clearsight Optometry</RegisteredOrganization>
    </component>
  </settings>
</unattend>
""", pw, "Microsoft Learn: Unattended Windows Setup reference, AdministratorPassword", PW=pw)

pw = person_pw()
add("credentials-file/smb", "ansible/roles/fundus-share/files/cifs-credentials", r"""
# mount.cifs credentials for the fundus camera export share
# used by /etc/fstab: //imaging-nas/fundus /mnt/fundus cifs credentials=/etc/cifs-fundus,uid=imaging
username=fundus_export
password=@@PW@@
domain=HARBORVISION
""", pw, "mount.cifs(8): credentials=filename", PW=pw)

# Decoys of the office systems
add("env/decoy-placeholder", "portal/.env.example", r"""
# Copy to .env and fill in. Never commit the real file.
DJANGO_SETTINGS_MODULE=portal.settings.local
DJANGO_SECRET_KEY=change-me
DATABASE_URL=postgres://portal:portal@localhost:5432/portal
REDIS_URL=redis://localhost:6379/0
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token
SENDGRID_API_KEY=SG.your-key-here
RECALL_REMINDER_DAYS=365
""", None, "Twelve-Factor App: III. Config; django-environ docs: .env files")

hashes = [("$2b$12$" + rand(53, ALNUM + "./")) for _ in range(4)]
add("sql/decoy-hash", "db/seed/002_staff_users.sql", r"""
-- Staff accounts for the staging database. Passwords are bcrypt hashes (cost 12).
INSERT INTO staff_user (id, email, role, password_hash, active) VALUES
  (1, 'frontdesk@staging.clearsightoptometry.com', 'FRONT_DESK', '@@H1@@', true),
  (2, 'optician@staging.clearsightoptometry.com', 'OPTICIAN', '@@H2@@', true),
  (3, 'od.rivera@staging.clearsightoptometry.com', 'DOCTOR', '@@H3@@', true),
  (4, 'billing@staging.clearsightoptometry.com', 'BILLING', '@@H4@@', false);

SELECT setval('staff_user_id_seq', 4);
""", None, "bcrypt modular crypt format ($2b$)", H1=hashes[0], H2=hashes[1], H3=hashes[2], H4=hashes[3])

hashes = ["pbkdf2_sha256$720000$" + rand(22) + "$" + rbytes_b64(32) for _ in range(3)]
add("json/decoy-hash", "portal/accounts/fixtures/demo_users.json", r"""
[
  {
    "model": "accounts.user",
    "pk": 1,
    "fields": {"username": "demo.optician", "email": "optician@example.com", "is_staff": true,
               "password": "@@H1@@"}
  },
  {
    "model": "accounts.user",
    "pk": 2,
    "fields": {"username": "demo.doctor", "email": "doctor@example.com", "is_staff": true,
               "password": "@@H2@@"}
  },
  {
    "model": "accounts.user",
    "pk": 3,
    "fields": {"username": "demo.patient", "email": "patient@example.com", "is_staff": false,
               "password": "@@H3@@"}
  }
]
""", None, "Django docs: password management, how Django stores passwords", H1=hashes[0], H2=hashes[1], H3=hashes[2])

add("yaml/decoy-keyword", "portal/config/security_policy.yml", r"""
# Patient portal account policy (reviewed with the HIPAA security officer, 2024-03)
password:
  min_length: 12
  require_upper: true
  require_digit: true
  require_symbol: false
  history: 5
  max_age_days: 0
  breached_password_check: true
lockout:
  attempts: 6
  window_minutes: 15
session:
  idle_timeout_minutes: 20
  remember_device_days: 30
mfa:
  staff: required
  patients: optional
""", None, "NIST SP 800-63B section 5.1.1: memorized secret verifiers")

add("html/decoy-keyword", "portal/templates/accounts/login.html", r"""
{% extends "base.html" %}
{% block content %}
<h1>Sign in to your Brightview account</h1>
<form method="post" action="{% url 'login' %}" autocomplete="on">
  {% csrf_token %}
  <label for="id_username">Email</label>
  <input type="email" name="username" id="id_username" required>
  <label for="id_password">Password</label>
  <input type="password" name="password" id="id_password" autocomplete="current-password" required>
  <a href="{% url 'password_reset' %}">Forgot your password?</a>
  <button type="submit">Sign in</button>
</form>
<p>New patient? <a href="{% url 'register' %}">Create an account</a> to see your prescriptions.</p>
{% endblock %}
""", None, "Django docs: authentication views (LoginView) templates")

add("xml/decoy-uuid", "src/Clearsight.Scheduling.Api/Clearsight.Scheduling.Api.csproj", r"""
<Project Sdk="Microsoft.NET.Sdk.Web">

  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <UserSecretsId>@@ID@@</UserSecretsId>
    <RootNamespace>Clearsight.Scheduling.Api</RootNamespace>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="Azure.Extensions.AspNetCore.Configuration.Secrets" Version="1.3.1" />
    <PackageReference Include="Azure.Identity" Version="1.11.4" />
    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" Version="8.0.6" />
    <PackageReference Include="Twilio" Version="7.1.0" />
  </ItemGroup>

</Project>
""", None, "Microsoft Learn: Safe storage of app secrets in development (UserSecretsId)", ID=uuid_s())

add("shell/decoy-prompt", "scripts/restore_ehr_backup.sh", r"""
#!/usr/bin/env bash
# Restore an EHR dump into the training database. Asks for the MySQL root password.
set -euo pipefail

DUMP="${1:?usage: restore_ehr_backup.sh <dump.sql.gz>}"
DB="ehr_training"

read -r -s -p "MySQL root password: " MYSQL_PWD
echo
export MYSQL_PWD

mysql -u root -e "DROP DATABASE IF EXISTS ${DB}; CREATE DATABASE ${DB};"
gunzip -c "$DUMP" | mysql -u root "$DB"
mysql -u root "$DB" -e "UPDATE patient SET email = CONCAT('patient', id, '@example.invalid');"
unset MYSQL_PWD
echo "Restored $DUMP into $DB (patient emails scrubbed)"
""", None, "MySQL manual: MYSQL_PWD environment variable; bash read -s")

add("powershell/decoy-secret-ref", "scripts/Sync-RecallList.ps1", r"""
# Pushes the weekly recall list to the reminders vendor. Credentials come from the
# SecretManagement vault registered on the task server (Register-SecretVault -Name OfficeVault).
param(
    [string]$Vault = 'OfficeVault'
)
$ErrorActionPreference = 'Stop'
$SqlCred = Get-Secret -Vault $Vault -Name 'officemate-sql'
$ApiKey  = Get-Secret -Vault $Vault -Name 'reminders-api-key' -AsPlainText

$recalls = Invoke-Sqlcmd -ServerInstance 'OM-SERVER\OFFICEMATE' -Database 'OfficeMate' `
    -Credential $SqlCred -Query 'SELECT PatientId, Phone, DueDate FROM dbo.RecallsDueNextWeek'

$body = $recalls | ConvertTo-Json -Depth 3
Invoke-RestMethod -Method Post -Uri 'https://api.remindersvendor.example/v2/recalls' `
    -Headers @{ 'X-Api-Key' = $ApiKey } -ContentType 'application/json' -Body $body
Write-Output "Sent $($recalls.Count) recalls"
""", None, "Microsoft.PowerShell.SecretManagement docs: Get-Secret")

add("php/decoy-env-ref", "site/wp-content/mu-plugins/appointment-request.php", r"""
<?php
/**
 * Plugin Name: Appointment Request Relay
 * Description: Sends the website's appointment form to the practice management system.
 */
add_action( 'wpforms_process_complete', function ( $fields, $entry, $form_data ) {
	$api_key = getenv( 'PM_RELAY_API_KEY' );
	if ( ! $api_key ) {
		error_log( 'appointment relay: PM_RELAY_API_KEY is not set' );
		return;
	}
	wp_remote_post( 'https://relay.lakesideeye.com/appointments', array(
		'headers' => array( 'Authorization' => 'Bearer ' . $api_key ),
		'body'    => wp_json_encode( wp_list_pluck( $fields, 'value', 'name' ) ),
		'timeout' => 10,
	) );
}, 10, 3 );
""", None, "PHP manual: getenv; WordPress developer docs: wp_remote_post")

add("ruby/decoy-secret-ref", "app/services/lab_order_notifier.rb", r"""
# Tells the optician when a lab order ships. Keys live in Rails encrypted credentials
# (config/credentials/production.yml.enc); the master key is injected by the deploy.
class LabOrderNotifier
  def initialize(client: nil)
    @client = client || Twilio::REST::Client.new(
      Rails.application.credentials.dig(:twilio, :account_sid),
      Rails.application.credentials.dig(:twilio, :auth_token)
    )
    @from = ENV.fetch("TWILIO_FROM_NUMBER")
  end

  def shipped(order)
    @client.messages.create(
      from: @from,
      to: order.optician.mobile,
      body: "Lab order #{order.lab_reference} shipped (#{order.frame_name}). ETA #{order.eta&.to_date}."
    )
  end
end
""", None, "Rails guides: Security, custom credentials")

add("sql/decoy-template", "db/bootstrap/create_app_role.sql", r"""
-- Run with: psql -v app_password="$APP_DB_PASSWORD" -f create_app_role.sql
-- The password comes from the deploy environment; nothing secret lives in this file.
\set ON_ERROR_STOP on
CREATE ROLE optical_orders LOGIN PASSWORD :'app_password';
GRANT CONNECT ON DATABASE optical_orders TO optical_orders;
GRANT USAGE ON SCHEMA public TO optical_orders;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO optical_orders;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE ON TABLES TO optical_orders;
""", None, "PostgreSQL docs: psql variables and :'name' interpolation")

locs = [uuid_s() for _ in range(4)]
add("json/decoy-uuid", "config/locations.json", r"""
{
  "practice": "Harbor Vision Center",
  "locations": [
    {"id": "@@L1@@", "name": "Main Street", "phone": "+1-555-0143", "opticalLab": true},
    {"id": "@@L2@@", "name": "Westfield Mall", "phone": "+1-555-0178", "opticalLab": false},
    {"id": "@@L3@@", "name": "Riverside", "phone": "+1-555-0112", "opticalLab": false},
    {"id": "@@L4@@", "name": "Surgery Co-management", "phone": "+1-555-0190", "opticalLab": false}
  ],
  "defaultLocationId": "@@L1@@",
  "timezone": "America/New_York"
}
""", None, "RFC 9562: UUIDs as identifiers", L1=locs[0], L2=locs[1], L3=locs[2], L4=locs[3])

# ---------------------------------------------------------------------------------------------
# Lens lab ordering: VisionWeb, lab SFTP drops, LMS bridges, order webhooks
# ---------------------------------------------------------------------------------------------

key = rand(32)
add("python/api-key", "labs/visionweb_client.py", r"""
import logging

import requests

log = logging.getLogger(__name__)

VISIONWEB_BASE = "https://api.visionweb.com/v3"
VISIONWEB_ACCOUNT = "HVC-20417"
VISIONWEB_API_KEY = "@@KEY@@"


def submit_order(order: dict) -> str:
    # order: the Rx, frame trace and lens choice built by optical.orders.build_lab_payload
    resp = requests.post(
        f"{VISIONWEB_BASE}/accounts/{VISIONWEB_ACCOUNT}/orders",
        json=order,
        headers={"X-API-Key": VISIONWEB_API_KEY, "Accept": "application/json"},
        timeout=20,
    )
    resp.raise_for_status()
    ref = resp.json()["orderReference"]
    log.info("VisionWeb accepted order %s as %s", order["jobNumber"], ref)
    return ref
""", key, "requests docs: custom headers; API key header convention", KEY=key)

pw = gen_pw(14, "")
add("shell/sftp", "labs/essilor/upload_jobs.sh", r"""
#!/bin/sh
# Drop finished job files (.oma) to the Essilor lab SFTP every 15 minutes (cron on optical-pc2)
OUTBOX=/srv/lab/outbox
SENT=/srv/lab/sent

cd "$OUTBOX" || exit 1
ls *.oma >/dev/null 2>&1 || exit 0

sshpass -p '@@PW@@' sftp -oBatchMode=no -oStrictHostKeyChecking=yes -b - hvc20417@sftp.essilorlabs.example <<EOF
cd /incoming
mput *.oma
bye
EOF

mv *.oma "$SENT"/
""", pw, "sshpass(1): -p password", PW=pw)

pw = person_pw()
add("json/password", "labs/hoya/hoya_ilab.json", r"""
{
  "service": "hoya-ilab",
  "endpoint": "https://ilab.hoyavision.example/api/orders",
  "accountNumber": "551208",
  "username": "clearsight.optical",
  "password": "@@PW@@",
  "defaultLensMaterial": "1.60",
  "defaultCoating": "Hi-Vision LongLife",
  "shipTo": {
    "name": "Clearsight Optometry",
    "street": "200 Lakeview Ave",
    "city": "Madison",
    "state": "WI",
    "zip": "53703"
  },
  "pollMinutes": 30
}
""", pw, "vendor integration config (JSON credentials file)", PW=pw)

basic = b64("harborvision-lab:" + gen_pw(18, ""))
add("ts/basic-auth", "web/src/labs/zeissOrders.ts", r"""
import axios from "axios";
import type { LabOrder } from "../types";

// Zeiss VISUSTORE order endpoint (practice account 7731)
const ZEISS_ORDERS = "https://visustore.zeiss.example/api/v2/orders";
const ZEISS_AUTH = "Basic @@BASIC@@";

export async function sendZeissOrder(order: LabOrder): Promise<string> {
  const { data } = await axios.post(ZEISS_ORDERS, order, {
    headers: {
      Authorization: ZEISS_AUTH,
      "Content-Type": "application/json",
    },
    timeout: 15000,
  });
  return data.orderId as string;
}
""", basic, "RFC 7617: The 'Basic' HTTP Authentication Scheme", BASIC=basic)

pw = gen_pw(12, "")
add("ini/ftp", "labs/dvi/dvi_rx.conf", r"""
# DVI Rx host bridge - lab side
[LMS]
Host=10.40.1.12
Port=5460
Protocol=VCA
DeviceId=HVC-BRIDGE-01
Timeout=30

[FTP]
Server=ftp.precisionlens.example
User=hvc_orders
Password=@@PW@@
RemoteDir=/orders/in
Passive=1

[Log]
Path=C:\DVI\Bridge\logs
Level=INFO
""", pw, "The Vision Council DCS (Data Communication Standard), host configuration", PW=pw)

secret = rand(40)
add("java/api-secret", "shamir-connector/src/main/java/net/harborvision/labs/ShamirOrderClient.java", r"""
package net.harborvision.labs;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

public final class ShamirOrderClient {
    private static final String BASE = "https://orders.shamirlens.example/api/v1";
    private static final String CUSTOMER_ID = "HV-33019";
    private static final String API_SECRET = "@@A@@" +
            "@@B@@";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public String submit(String orderJson) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE + "/customers/" + CUSTOMER_ID + "/orders"))
                .header("Content-Type", "application/json")
                .header("X-Api-Secret", API_SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(orderJson))
                .build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 201) {
            throw new IllegalStateException("Shamir rejected order: " + resp.body());
        }
        return resp.body();
    }
}
""", secret, "Java 11 java.net.http.HttpClient docs", A=secret[:22], B=secret[22:])

pw = url_pw()
add("toml/amqp", "lms-bridge/config/production.toml", r"""
[bridge]
name = "lms-bridge"
lab = "northgate-surfacing"
poll_interval_secs = 20

[lms]
host = "10.12.0.40"
port = 5460
protocol = "vca-dcs-3.11"

[queue]
url = "amqps://lms_bridge:@@PW@@@mq.northgateoptical.net:5671/labs"
exchange = "lab.jobs"
routing_key = "jobs.status"
prefetch = 10

[logging]
level = "info"
""", pw, "RabbitMQ docs: URI spec (amqp/amqps userinfo)", PW=pw)

secret = hexs(64)
add("js/webhook-secret", "lab-status/routes/labWebhook.js", r"""
const crypto = require('crypto');
const express = require('express');
const router = express.Router();

// Shared secret the lab portal signs status callbacks with (X-Lab-Signature, HMAC-SHA256)
const LAB_WEBHOOK_SECRET = '@@SECRET@@';

router.post('/lab/status', express.raw({ type: 'application/json' }), (req, res) => {
  const expected = crypto.createHmac('sha256', LAB_WEBHOOK_SECRET).update(req.body).digest('hex');
  const given = req.get('X-Lab-Signature') || '';
  if (given.length !== expected.length ||
      !crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected))) {
    return res.status(401).end();
  }
  const event = JSON.parse(req.body);
  req.app.locals.orders.updateStatus(event.jobNumber, event.status, event.trackingNumber);
  res.status(204).end();
});

module.exports = router;
""", secret, "Node.js crypto docs: createHmac; webhook HMAC signature convention", SECRET=secret)

kid, ksec = aws_id(), aws_secret()
add("go/aws", "labsync/cmd/labsync/main.go", r"""
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Frame tracer files (.oma) go to S3 so the lab's LMS can pull them.
const bucket = "hvc-lab-tracer-drop"

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background(),
		config.WithRegion("us-east-2"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(
			"@@KID@@", "@@KSEC@@", "")),
	)
	if err != nil {
		log.Fatal(err)
	}
	client := s3.NewFromConfig(cfg)
	for _, path := range os.Args[1:] {
		f, err := os.Open(path)
		if err != nil {
			log.Fatal(err)
		}
		_, err = client.PutObject(context.Background(), &s3.PutObjectInput{Bucket: aws.String(bucket), Key: aws.String(path), Body: f})
		f.Close()
		if err != nil {
			log.Fatal(err)
		}
	}
}
""", ksec, "AWS SDK for Go v2 docs: credentials.NewStaticCredentialsProvider", KID=kid, KSEC=ksec)

token = rand(40, URLSAFE)
add("kotlin/api-token", "optical-tablet/app/src/main/java/com/clearsight/optical/net/LabApi.kt", r"""
package com.clearsight.optical.net

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory

object LabApi {
    private const val BASE_URL = "https://lab-tracker.clearsightoptometry.com/api/"
    private const val API_TOKEN = "@@TOKEN@@"

    private val auth = Interceptor { chain ->
        chain.proceed(chain.request().newBuilder().header("Authorization", "Token $API_TOKEN").build())
    }

    val service: LabTrackerService by lazy {
        Retrofit.Builder()
            .baseUrl(BASE_URL)
            .client(OkHttpClient.Builder().addInterceptor(auth).build())
            .addConverterFactory(MoshiConverterFactory.create())
            .build()
            .create(LabTrackerService::class.java)
    }
}
""", token, "OkHttp docs: interceptors; Retrofit docs", TOKEN=token)

key = hexs(32, upper=True)
add("csharp/api-key", "LabBridge/Services/LensLabClient.cs", r"""
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace LabBridge.Services;

public sealed class LensLabClient
{
    private const string ApiKey = "@@KEY@@";
    private readonly HttpClient _http;

    public LensLabClient(HttpClient http)
    {
        _http = http;
        _http.BaseAddress = new Uri("https://portal.midwestopticallab.example/api/");
        _http.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    public async Task<string> SubmitAsync(LabOrder order, CancellationToken ct)
    {
        var response = await _http.PostAsJsonAsync("orders", order, ct);
        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<OrderCreated>(cancellationToken: ct);
        return created!.LabReference;
    }
}
""", key, "Microsoft Learn: HttpClient DefaultRequestHeaders", KEY=key)

kid, ksec = aws_id(), aws_secret()
add("terraform/aws", "infra/labs/main.tf", r"""
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  region     = "us-east-2"
  access_key = "@@KID@@"
  secret_key = "@@KSEC@@"
}

resource "aws_s3_bucket" "tracer_drop" {
  bucket = "hvc-lab-tracer-drop"
  tags = {
    Owner = "optical"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "tracer_drop" {
  bucket = aws_s3_bucket.tracer_drop.id
  rule {
    id     = "expire-old-traces"
    status = "Enabled"
    expiration {
      days = 90
    }
  }
}
""", ksec, "Terraform AWS provider docs: static credentials in the provider block", KID=kid, KSEC=ksec)

pw = person_pw()
add("ansible/ftp", "ansible/group_vars/optical_pcs.yml", r"""
---
# Optical department PCs (edger room, dispensing desks)
lab_ftp_host: ftp.precisionlens.example
lab_ftp_user: hvc_orders
lab_ftp_password: "@@PW@@"
lab_outbox: 'C:\LabOutbox'
tracer_model: "Santinelli LT-1200"
edger_com_port: COM3
chocolatey_packages:
  - winscp
  - 7zip
  - googlechrome
""", pw, "Ansible docs: group_vars", PW=pw)

pw = person_pw()
add("dockerfile/password", "visionweb-poller/Dockerfile", r"""
FROM python:3.12-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY poller/ ./poller/

ENV VISIONWEB_ACCOUNT=HVC-20417 \
    VISIONWEB_USER=optical@harborvision.net \
    VISIONWEB_PASSWORD=@@PW@@ \
    POLL_SECONDS=300

USER 10001
CMD ["python", "-m", "poller"]
""", pw, "Dockerfile reference: ENV", PW=pw)

pw = gen_pw(24, "")
add("compose/database", "lab-tracker/docker-compose.yml", r"""
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: labtracker
      POSTGRES_USER: labtracker
      POSTGRES_PASSWORD: @@PW@@
    volumes:
      - pgdata:/var/lib/postgresql/data

  web:
    image: ghcr.io/clearsight-optometry/lab-tracker:2.4.1
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://labtracker@db:5432/labtracker
      LAB_POLL_MINUTES: "15"
    ports:
      - "8080:8000"

volumes:
  pgdata:
""", pw, "Docker Hub postgres image docs: POSTGRES_PASSWORD", PW=pw)

pw = gen_pw(20, "")
add("helm/amqp", "charts/lab-gateway/values-prod.yaml", r"""
replicaCount: 2
image:
  repository: registry.northgateoptical.net/lab-gateway
  tag: "1.9.3"

labs:
  - name: northgate-surfacing
    protocol: vca-dcs
  - name: essilor-dallas
    protocol: sftp

rabbitmq:
  enabled: true
  auth:
    username: lab_gateway
    password: "@@PW@@"
  persistence:
    size: 4Gi

resources:
  requests:
    cpu: 100m
    memory: 256Mi
""", pw, "Bitnami RabbitMQ Helm chart: auth.password", PW=pw)

token = rand(48)
add("k8s-secret/api-token", "deploy/optical/lab-gateway-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: lab-gateway
  namespace: optical
  labels:
    app.kubernetes.io/name: lab-gateway
type: Opaque
data:
  LAB_SFTP_USER: @@USER@@
  VISIONWEB_API_TOKEN: @@TOKEN@@
""", token, "Kubernetes docs: Secrets (data is base64)", USER=b64("hvc20417"), TOKEN=b64(token))

pw = gen_pw(14, "")
add("cron/ftp", "ops/crontab.optical-server", r"""
# m h dom mon dow  command
SHELL=/bin/bash
MAILTO=it@lakesideeye.com

# pull lab invoices and job status every morning
15 6 * * 1-6 curl -s -u lakeside01:@@PW@@ "ftp://ftp.coastallab.example/out/invoices/" -o /srv/lab/invoices/$(date +\%F).txt
*/20 8-18 * * 1-6 /usr/local/bin/lab-status-sync >> /var/log/lab-status.log 2>&1
0 2 * * * /usr/local/bin/backup-optical-db
""", pw, "crontab(5); curl manual: -u user:password", PW=pw)

pw = person_pw()
add("markdown/sftp", "docs/runbooks/lab-ordering.md", r"""
# Lab ordering runbook

Orders go to the lab two ways: VisionWeb (most Rx) and the Coastal Lab SFTP drop (rush jobs,
remakes, anything with a traced frame from the Santinelli tracer).

## Coastal Lab SFTP

| Setting  | Value                      |
|----------|----------------------------|
| Host     | sftp.coastallab.example    |
| Port     | 22                         |
| User     | lakeside01                 |
| Password | `@@PW@@`                   |
| Folder   | /incoming/rx               |

Use WinSCP on the dispensing PC (saved session "Coastal"). Name files `<job>.oma`.

## When an order is stuck

1. Check the lab portal for the job number.
2. Call the lab (555-0100) before 3 pm for same-day remakes.
3. Note the call in the patient's optical order.
""", pw, "team runbook (Markdown)", PW=pw)

token = rand(40)
add("systemd/api-token", "ops/systemd/lab-status-sync.service", r"""
[Unit]
Description=Poll lab job status into the optical order board
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=labsync
Environment=LAB_API_BASE=https://portal.midwestopticallab.example/api
Environment=LAB_API_TOKEN=@@TOKEN@@
Environment=POLL_SECONDS=300
ExecStart=/opt/labsync/bin/lab-status-sync
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", token, "systemd.exec(5): Environment=", TOKEN=token)

key = openssh_key()
add("ansible/private-key", "ansible/host_vars/optical-pc2.yml", r"""
---
# SFTP key for the Essilor drop (account hvc20417); the public half is registered with the lab
lab_sftp_user: hvc20417
lab_sftp_host: sftp.essilorlabs.example
lab_sftp_private_key: |
@@KEY@@
lab_sftp_known_host: "sftp.essilorlabs.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@HOSTKEY@@"
""", key, "Ansible docs: YAML literal block scalars; OpenSSH key format", KEY=indent(key, 2), HOSTKEY=rbytes_b64(32))

# Decoys of lab ordering
r = _rng()
radii = ";".join(str(r.randint(2380, 2620)) for _ in range(20))
radii2 = ";".join(str(r.randint(2380, 2620)) for _ in range(20))
add("oma/decoy-sample-data", "labs/samples/job_104233.oma", r"""
REQ=FIL
JOB=104233
DO=B
LNAM=SV160;SV160
LIND=1.60;1.60
SPH=-2.25;-2.50
CYL=-0.75;-0.50
AX=175;10
IPD=31.5;32.0
SEGHT=0;0
FRAM=ZYL;FULL
TRCFMT=1;400;U;R;F
R=@@R1@@
R=@@R2@@
""", None, "The Vision Council DCS (OMA) record format: tracer data", R1=radii, R2=radii2)

enc = "ENC[AES256_GCM,data:" + rbytes_b64(18) + ",iv:" + rbytes_b64(32) + ",tag:" + rbytes_b64(16) + ",type:str]"
enc2 = "ENC[AES256_GCM,data:" + rbytes_b64(30) + ",iv:" + rbytes_b64(32) + ",tag:" + rbytes_b64(16) + ",type:str]"
add("yaml/decoy-ciphertext", "secrets/labs.enc.yaml", r"""
lab_sftp_user: hvc20417
lab_sftp_password: @@E1@@
visionweb_api_key: @@E2@@
sops:
    kms:
        - arn: arn:aws:kms:us-east-2:111122223333:key/@@KEYID@@
          created_at: "2024-05-02T14:11:09Z"
          enc: @@KMSENC@@
          aws_profile: ""
    lastmodified: "2024-05-02T14:11:10Z"
    mac: ENC[AES256_GCM,data:@@MAC@@,iv:@@MACIV@@,tag:@@MACTAG@@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", None, "SOPS docs: encrypted YAML file format", E1=enc, E2=enc2, KEYID=uuid_s(),
    KMSENC="AQICAHh" + rbytes_b64(150), MAC=rbytes_b64(48), MACIV=rbytes_b64(32), MACTAG=rbytes_b64(16))

vault_lines = "\n".join(hexs(80) for _ in range(8))
add("ansible/decoy-ciphertext", "ansible/group_vars/labs/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
@@LINES@@
""", None, "Ansible docs: ansible-vault encrypted file format", LINES=vault_lines)

add("ansible/decoy-template", "ansible/group_vars/labs/vars.yml", r"""
---
# Plain values here; the secrets are in vault.yml next to this file (ansible-vault).
lab_ftp_host: ftp.precisionlens.example
lab_ftp_user: hvc_orders
lab_ftp_password: "{{ vault_lab_ftp_password }}"
visionweb_account: HVC-20417
visionweb_api_key: "{{ vault_visionweb_api_key }}"
lab_sftp_private_key: "{{ lookup('file', 'keys/' + inventory_hostname + '.key') }}"
""", None, "Ansible docs: keeping vaulted variables visible (vault_ prefix convention)")

add("helm/decoy-secret-ref", "charts/lab-gateway/values.yaml", r"""
replicaCount: 1
image:
  repository: registry.northgateoptical.net/lab-gateway
  tag: ""

rabbitmq:
  enabled: true
  auth:
    username: lab_gateway
    existingPasswordSecret: lab-gateway-rabbitmq

visionweb:
  account: ""
  # name of a Secret holding the key VISIONWEB_API_TOKEN (created by external-secrets)
  existingSecret: lab-gateway
  secretKey: VISIONWEB_API_TOKEN

resources: {}
nodeSelector: {}
""", None, "Bitnami RabbitMQ Helm chart: auth.existingPasswordSecret")

add("k8s/decoy-secret-ref", "deploy/optical/lab-gateway-externalsecret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: lab-gateway
  namespace: optical
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: lab-gateway
  data:
    - secretKey: VISIONWEB_API_TOKEN
      remoteRef:
        key: prod/optical/visionweb
        property: api_token
    - secretKey: LAB_SFTP_PASSWORD
      remoteRef:
        key: prod/optical/essilor-sftp
        property: password
""", None, "External Secrets Operator docs: ExternalSecret")

add("terraform/decoy-secret-ref", "infra/labs/secrets.tf", r"""
resource "random_password" "lab_bridge_db" {
  length           = 32
  special          = true
  override_special = "-_"
}

resource "aws_secretsmanager_secret" "lab_bridge_db" {
  name        = "prod/optical/lab-bridge-db"
  description = "Postgres password for the lab bridge"
}

resource "aws_secretsmanager_secret_version" "lab_bridge_db" {
  secret_id     = aws_secretsmanager_secret.lab_bridge_db.id
  secret_string = random_password.lab_bridge_db.result
}

data "aws_secretsmanager_secret_version" "visionweb" {
  secret_id = "prod/optical/visionweb"
}

output "lab_bridge_db_secret_arn" {
  value = aws_secretsmanager_secret.lab_bridge_db.arn
}
""", None, "Terraform random provider docs: random_password; AWS provider: aws_secretsmanager_secret_version")

add("systemd/decoy-env-ref", "ops/systemd/visionweb-poller.service", r"""
[Unit]
Description=VisionWeb order status poller
After=network-online.target

[Service]
User=visionweb
# VISIONWEB_API_KEY and VISIONWEB_PASSWORD come from this root-only file (mode 0600)
EnvironmentFile=/etc/harborvision/visionweb.env
ExecStart=/opt/visionweb-poller/venv/bin/python -m poller
Restart=always
RestartSec=30

[Install]
WantedBy=multi-user.target
""", None, "systemd.exec(5): EnvironmentFile=")

hk = [rbytes_b64(32) for _ in range(2)]
add("known-hosts/decoy-public-key", "ansible/files/lab_known_hosts", r"""
sftp.essilorlabs.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@K1@@
sftp.coastallab.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@K2@@
ftp.precisionlens.example,203.0.113.44 ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@@K3@@
10.12.0.40 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@K4@@
# lab LMS host keys, checked against the labs' published fingerprints 2024-04
""", None, "sshd(8): SSH_KNOWN_HOSTS file format", K1=hk[0], K2=hk[1], K3=rbytes_b64(64), K4=rbytes_b64(32))

sums = "\n".join(f"{hexs(64)}  {name}" for name in [
    "lms-bridge-1.9.3-win-x64.zip", "lms-bridge-1.9.3-linux-amd64.tar.gz",
    "tracer-driver-santinelli-4.2.msi", "dcs-validator-3.11.jar", "README.txt"])
add("checksums/decoy-checksum", "dist/SHA256SUMS", r"""
@@SUMS@@
""", None, "sha256sum(1) check file format", SUMS=sums)

add("yaml/decoy-template", "lms-bridge/deploy/config.yaml.j2", r"""
# Rendered by Ansible (template module) on each optical server
bridge:
  name: {{ inventory_hostname }}
  lab: {{ lab_name }}
lms:
  host: {{ lms_host }}
  port: {{ lms_port | default(5460) }}
queue:
  url: "amqps://lms_bridge:{{ vault_lms_bridge_mq_password | urlencode }}@{{ mq_host }}:5671/labs"
  exchange: lab.jobs
logging:
  level: {{ log_level | default('info') }}
""", None, "Ansible docs: template module, Jinja2 filters")

add("java/decoy-env-ref", "optical-orders/src/main/java/net/harborvision/orders/VisionWebProperties.java", r"""
package net.harborvision.orders;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class VisionWebProperties {

    @Value("${visionweb.base-url:https://api.visionweb.com/v3}")
    private String baseUrl;

    @Value("${visionweb.account}")
    private String account;

    // injected from the VISIONWEB_API_KEY environment variable in every environment
    @Value("${VISIONWEB_API_KEY}")
    private String apiKey;

    public String baseUrl() { return baseUrl; }
    public String account() { return account; }
    public String apiKey() { return apiKey; }
}
""", None, "Spring Framework docs: @Value with property placeholders")

gosum = "\n".join(f"{mod} {ver} h1:{rbytes_b64(32)}\n{mod} {ver}/go.mod h1:{rbytes_b64(32)}" for mod, ver in [
    ("github.com/aws/aws-sdk-go-v2", "v1.26.1"), ("github.com/aws/aws-sdk-go-v2/config", "v1.27.11"),
    ("github.com/go-sql-driver/mysql", "v1.8.1"), ("github.com/jmespath/go-jmespath", "v0.4.0")])
add("go/decoy-checksum", "labsync/go.sum", r"""
@@SUMS@@
""", None, "Go modules reference: go.sum files", SUMS=gosum)

# ---------------------------------------------------------------------------------------------
# Vision insurance eligibility and claims: VSP, EyeMed, Availity, clearinghouses, X12 270/271
# ---------------------------------------------------------------------------------------------

secret = rand(48, URLSAFE)
add("python/oauth-client-secret", "eligibility/payers/vsp.py", r"""
from datetime import datetime, timedelta

import requests

TOKEN_URL = "https://api.vsp.com/oauth2/token"
ELIGIBILITY_URL = "https://api.vsp.com/eligibility/v2/members/search"
CLIENT_ID = "hvc-eligibility-prod"
CLIENT_SECRET = "@@SECRET@@"

_token = {"value": None, "expires": datetime.min}


def access_token() -> str:
    if datetime.utcnow() < _token["expires"]:
        return _token["value"]
    resp = requests.post(TOKEN_URL, data={"grant_type": "client_credentials", "scope": "eligibility"},
                         auth=(CLIENT_ID, CLIENT_SECRET), timeout=15)
    resp.raise_for_status()
    body = resp.json()
    _token.update(value=body["access_token"], expires=datetime.utcnow() + timedelta(seconds=body["expires_in"] - 60))
    return _token["value"]


def check(member_id: str, dob: str, provider_npi: str) -> dict:
    resp = requests.post(ELIGIBILITY_URL, json={"memberId": member_id, "dateOfBirth": dob, "npi": provider_npi},
                         headers={"Authorization": f"Bearer {access_token()}"}, timeout=20)
    resp.raise_for_status()
    return resp.json()
""", secret, "RFC 6749 section 4.4: client credentials grant (client_secret_basic)", SECRET=secret)

pw = person_pw()
add("yaml/password", "eligibility-service/src/main/resources/application.yml", r"""
spring:
  application:
    name: eligibility-service
  jackson:
    default-property-inclusion: non_null

payers:
  eyemed:
    base-url: https://b2b.eyemed.example/eligibility/v1
    username: HVC_B2B
    password: "@@PW@@"
    timeout: 20s
  davis:
    base-url: https://ws.davisvision.example/EligibilityService
  superior:
    base-url: https://api.superiorvision.example/v1

cache:
  eligibility-ttl: 12h
""", pw, "Spring Boot docs: externalized configuration, YAML", PW=pw)

secret = rand(40)
add("env/oauth-client-secret", "eligibility/.env", r"""
# Availity Eligibility & Benefits (270/271 over REST)
AVAILITY_TOKEN_URL=https://api.availity.com/availity/v1/token
AVAILITY_CLIENT_ID=3f1c0a7e-hvc-elig
AVAILITY_CLIENT_SECRET=@@SECRET@@
AVAILITY_SCOPE=hipaa
AVAILITY_PAYER_IDS=VSP,EYEMED,DAVIS,SPECTERA
PROVIDER_NPI=1234567893
PROVIDER_TAX_ID=XX-XXX4417
LOG_LEVEL=info
""", secret, "Availity developer portal: OAuth 2.0 client credentials", SECRET=secret)

secret = rand(32)
add("ts/oauth-client-secret", "services/eligibility/src/clients/changeHealthcare.ts", r"""
import fetch from "node-fetch";

const BASE = "https://apigw.changehealthcare.com";
const CLIENT_ID = "Wq4v1Cn0hvcEligibility";
const CLIENT_SECRET = "@@SECRET@@";

let cached: { token: string; expires: number } | null = null;

export async function token(): Promise<string> {
  if (cached && cached.expires > Date.now()) return cached.token;
  const res = await fetch(`${BASE}/apip/auth/v2/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, grant_type: "client_credentials" }),
  });
  if (!res.ok) throw new Error(`token request failed: ${res.status}`);
  const body = (await res.json()) as { access_token: string; expires_in: number };
  cached = { token: body.access_token, expires: Date.now() + (body.expires_in - 60) * 1000 };
  return cached.token;
}

export async function eligibility(payload: unknown) {
  const res = await fetch(`${BASE}/medicalnetwork/eligibility/v3`, {
    method: "POST",
    headers: { Authorization: `Bearer ${await token()}`, "Content-Type": "application/json" },
    body: JSON.stringify(payload),
  });
  return res.json();
}
""", secret, "Change Healthcare (Optum) API docs: OAuth token and Eligibility v3", SECRET=secret)

secret = rand(36, URLSAFE)
add("json/oauth-client-secret", "eligibility/config/pverify_config.json", r"""
{
  "pVerify": {
    "TokenUrl": "https://api.pverify.com/Token",
    "ApiUrl": "https://api.pverify.com/API/EligibilitySummary",
    "Client_Id": "f2d9a1c4-hvc",
    "Client_Secret": "@@SECRET@@",
    "Timeout": 30
  },
  "Practice": {
    "Name": "Harbor Vision Center",
    "NPI": "1234567893",
    "Location": "Main Street"
  },
  "ServiceTypes": ["AL", "30"]
}
""", secret, "pVerify API docs: token request with Client_Id and Client_Secret", SECRET=secret)

pw = url_pw()
add("powershell/sftp", "billing/Send-ClaimsToOfficeAlly.ps1", r"""
# Uploads the day's 837 claim files to Office Ally and pulls 999/277CA responses.
Add-Type -Path 'C:\Program Files (x86)\WinSCP\WinSCPnet.dll'

$outbox = 'D:\Claims\837\outbox'
$inbox  = 'D:\Claims\responses'

$script = @"
open sftp://lakeside_oa:@@PW@@@ftp10.officeally.com/ -hostkey="ssh-ed25519 255 @@FP@@"
put $outbox\*.837 /inbound/
get /outbound/*.999 $inbox\
get /outbound/*.277 $inbox\
exit
"@

$script | Out-File -Encoding ascii "$env:TEMP\officeally.txt"
& 'C:\Program Files (x86)\WinSCP\WinSCP.com' /log="D:\Claims\logs\winscp.log" /script="$env:TEMP\officeally.txt"
if ($LASTEXITCODE -eq 0) {
    Move-Item "$outbox\*.837" 'D:\Claims\837\sent\'
}
Remove-Item "$env:TEMP\officeally.txt"
""", pw, "WinSCP docs: open command with session URL", PW=pw, FP=rbytes_b64(32).rstrip("="))

key = rand(32, LOWER_ALNUM)
add("csharp/api-key", "Billing.Waystar/WaystarOptions.cs", r"""
namespace Billing.Waystar;

public static class WaystarDefaults
{
    public const string BaseUrl = "https://api.waystar.example/eligibility/v1/";
    public const string CustomerId = "118204";
    public const string ApiKey = "@@KEY@@";
    public const int TimeoutSeconds = 30;
}

public sealed class WaystarOptions
{
    public string BaseUrl { get; set; } = WaystarDefaults.BaseUrl;
    public string CustomerId { get; set; } = WaystarDefaults.CustomerId;
    public string ApiKey { get; set; } = WaystarDefaults.ApiKey;
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(WaystarDefaults.TimeoutSeconds);
}
""", key, "clearinghouse REST API key convention", KEY=key)

key = rand(32, URLSAFE)
add("ruby/api-key", "config/initializers/eligible.rb", r"""
# Eligible (eligible.com) - real-time insurance checks at check-in
require "eligible"

Eligible.api_key = "@@KEY@@"
Eligible.test = false

ELIGIBLE_PAYERS = {
  vsp: "00026",
  eyemed: "EYEMD",
  davis: "DAVIS",
  spectera: "SPECT"
}.freeze
""", key, "eligible-ruby README: Eligible.api_key", KEY=key)

pw = gen_pw(16, "!#$")
add("xml/soap-password", "eligibility/soap/davis_eligibility_request.xml", r"""
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:elig="http://ws.davisvision.example/eligibility/2019">
  <soapenv:Header>
    <wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
      <wsse:UsernameToken>
        <wsse:Username>HVC_ELIG</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">@@PW@@</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <elig:EligibilityRequest>
      <elig:ProviderNPI>1234567893</elig:ProviderNPI>
      <elig:MemberId>${memberId}</elig:MemberId>
      <elig:DateOfBirth>${dob}</elig:DateOfBirth>
      <elig:ServiceDate>${serviceDate}</elig:ServiceDate>
    </elig:EligibilityRequest>
  </soapenv:Body>
</soapenv:Envelope>
""", pw, "OASIS WS-Security UsernameToken Profile 1.0: PasswordText", PW=pw)

pw = person_pw()
add("java/password", "eligibility-service/src/main/java/net/harborvision/elig/SpecteraClient.java", r"""
package net.harborvision.elig;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.HttpHost;

public class SpecteraClient {
    private static final HttpHost HOST = new HttpHost("https", "eligibility.spectera.example", 443);

    public CloseableHttpClient build() {
        BasicCredentialsProvider creds = new BasicCredentialsProvider();
        creds.setCredentials(new AuthScope(HOST),
                new UsernamePasswordCredentials("hvc_elig", "@@PW@@".toCharArray()));
        return HttpClients.custom().setDefaultCredentialsProvider(creds).build();
    }
}
""", pw, "Apache HttpClient 5 docs: BasicCredentialsProvider", PW=pw)

pw = gen_pw(18, "")
add("postman/basic-auth", "eligibility/postman/SuperiorVision.postman_collection.json", r"""
{
  "info": {
    "_postman_id": "6f0d2c1e-7a44-4c1b-9d3e-2b8f61a0c9d7",
    "name": "Superior Vision eligibility",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "basic",
    "basic": [
      { "key": "username", "value": "hvc_portal", "type": "string" },
      { "key": "password", "value": "@@PW@@", "type": "string" }
    ]
  },
  "item": [
    {
      "name": "Member search",
      "request": {
        "method": "POST",
        "header": [{ "key": "Content-Type", "value": "application/json" }],
        "body": { "mode": "raw", "raw": "{\"memberId\": \"{{memberId}}\", \"dob\": \"{{dob}}\"}" },
        "url": { "raw": "https://api.superiorvision.example/v1/eligibility", "protocol": "https",
                 "host": ["api", "superiorvision", "example"], "path": ["v1", "eligibility"] }
      }
    }
  ]
}
""", pw, "Postman Collection Format v2.1: auth (basic)", PW=pw)

token = rand(64, URLSAFE)
add("http/bearer-token", "eligibility/requests/eyemed.http", r"""
### EyeMed eligibility - member lookup (production)
POST https://b2b.eyemed.example/eligibility/v1/inquiries
Authorization: Bearer @@TOKEN@@
Content-Type: application/json

{
  "providerNpi": "1234567893",
  "memberId": "W123456789",
  "dateOfBirth": "1984-07-22",
  "serviceType": "EXAM"
}

### Benefit details for the returned inquiry
GET https://b2b.eyemed.example/eligibility/v1/inquiries/{{inquiryId}}/benefits
Authorization: Bearer @@TOKEN@@
""", token, "JetBrains HTTP Client / VS Code REST Client request file format; RFC 6750", TOKEN=token)

key = rand(40)
add("jenkinsfile/api-key", "eligibility/Jenkinsfile", r"""
pipeline {
  agent { label 'linux' }
  triggers { cron('H 5 * * 1-6') }
  stages {
    stage('Pre-check tomorrow') {
      steps {
        sh '''
          python3 scripts/export_tomorrow.py > tomorrow.json
          curl -sf -X POST https://api.pverify.com/API/BatchEligibility \
            -H 'x-api-key: @@KEY@@' \
            -H 'Content-Type: application/json' \
            --data @tomorrow.json -o results.json
        '''
      }
    }
    stage('Publish') {
      steps {
        archiveArtifacts artifacts: 'results.json'
      }
    }
  }
}
""", key, "Jenkins docs: Pipeline syntax, sh step", KEY=key)

secret = rand(40)
add("gitlab-ci/oauth-client-secret", "eligibility/.gitlab-ci.yml", r"""
stages: [test, deploy]

variables:
  PYTHON_VERSION: "3.12"
  AVAILITY_CLIENT_ID: "3f1c0a7e-hvc-elig"
  AVAILITY_CLIENT_SECRET: "@@SECRET@@"

test:
  stage: test
  image: python:$PYTHON_VERSION
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy:
  stage: deploy
  image: alpine:3.20
  only: [main]
  script:
    - apk add --no-cache curl
    - ./deploy.sh
""", secret, "GitLab CI/CD YAML reference: variables", SECRET=secret)

pw = person_pw()
add("github-actions/password", ".github/workflows/eligibility-smoke.yml", r"""
name: eligibility smoke test
on:
  schedule:
    - cron: "0 11 * * 1-5"
  workflow_dispatch:

jobs:
  smoke:
    runs-on: ubuntu-latest
    env:
      EYEMED_USERNAME: HVC_B2B
      EYEMED_PASSWORD: "@@PW@@"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r eligibility/requirements.txt
      - run: python -m eligibility.smoke --payer eyemed --member-file eligibility/smoke_members.csv
""", pw, "GitHub Actions docs: workflow syntax, env", PW=pw)

pw = person_pw()
add("notebook/password", "notebooks/denied_claims_review.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## Denied vision claims, Q1\n", "Pulls remits from the clearinghouse portal API."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests, pandas as pd\n",
    "r = requests.get('https://portal.clearinghouse.example/api/remits',\n",
    "                 params={'from': '2024-01-01', 'to': '2024-03-31', 'status': 'denied'},\n",
    "                 auth=('lakeside_billing', '@@PW@@'))\n",
    "remits = pd.DataFrame(r.json()['items'])\n",
    "remits.groupby(['payer', 'carc']).size().sort_values(ascending=False).head(15)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", pw, "requests docs: basic authentication with auth=(user, pass)", PW=pw)

pw = gen_pw(20, "!#*")
add("python/password", "billing/clearinghouse/settings.py", r"""
# Clearinghouse SFTP for 837 claims and 835 remits (Northgate Optical billing)
CLEARINGHOUSE = {
    "host": "sftp.claimsbridge.example",
    "port": 22,
    "username": "northgate_837",
    "password": ("@@A@@"
                 "@@B@@"),
    "outbound_dir": "/inbound/837",
    "inbound_dir": "/outbound/835",
}

SUBMITTER_ID = "NGO44120"
RECEIVER_ID = "CLAIMSBRIDGE"
USAGE_INDICATOR = "P"
""", pw, "Python reference: string literal concatenation", A=pw[:9], B=pw[9:])

key = rsa_key()
add("pem/private-key", "eligibility/certs/eyemed-b2b-client.key", r"""
@@KEY@@
""", key, "RFC 8017 appendix A.1.2 (RSAPrivateKey), PEM as written by openssl genrsa", KEY=key)

# Decoys of eligibility and claims
add("x12/decoy-sample-data", "eligibility/samples/270_vsp_sample.x12", r"""
ISA*00*          *00*          *ZZ*HVC20417       *ZZ*OFFICEALLY     *240514*0930*^*00501*000000905*0*T*:~
GS*HS*HVC20417*OFFICEALLY*20240514*0930*905*X*005010X279A1~
ST*270*0001*005010X279A1~
BHT*0022*13*10001234*20240514*0930~
HL*1**20*1~
NM1*PR*2*VISION SERVICE PLAN*****PI*12345~
HL*2*1*21*1~
NM1*1P*1*RIVERA*ANA****XX*1234567893~
HL*3*2*22*0~
TRN*1*93175-012547*9877281234~
NM1*IL*1*DOE*JANE****MI*123456789~
DMG*D8*19800101~
DTP*291*D8*20240514~
EQ*AL~
SE*13*0001~
GE*1*905~
IEA*1*000000905~
""", None, "ASC X12 005010X279A1 (270/271) implementation guide; ISA02/ISA04 unused")

add("yaml/decoy-public-id", "eligibility/config/payers.yml", r"""
# Public payer identifiers and our public provider ids (NPPES). No credentials here.
provider:
  npi: "1234567893"
  taxonomy: 152W00000X
  medicare_ptan: null
payers:
  - name: VSP Vision Care
    payer_id: "12345"
    availity_id: VSP
  - name: EyeMed Vision Care
    payer_id: EYEMD
    availity_id: EYEMED
  - name: Davis Vision
    payer_id: DAVIS
  - name: Spectera (UnitedHealthcare Vision)
    payer_id: SPECT
""", None, "CMS NPPES: NPI is public; payer ids from clearinghouse payer lists")

add("postman/decoy-template", "eligibility/postman/prod.postman_environment.json", r"""
{
  "id": "0b6c5a52-90e1-4bb1-8c44-13a5d7c0e2f1",
  "name": "Eligibility - production",
  "values": [
    { "key": "baseUrl", "value": "https://api.superiorvision.example/v1", "enabled": true },
    { "key": "username", "value": "", "type": "default", "enabled": true },
    { "key": "password", "value": "", "type": "secret", "enabled": true },
    { "key": "client_secret", "value": "", "type": "secret", "enabled": true },
    { "key": "memberId", "value": "W000000000", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
""", None, "Postman docs: environments, secret variable type")

add("yaml/decoy-doc-example", "eligibility/openapi.yaml", r"""
openapi: 3.0.3
info:
  title: Harbor Vision eligibility proxy
  version: 1.4.0
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-API-Key
security:
  - ApiKeyAuth: []
paths:
  /eligibility:
    post:
      summary: Check vision benefits for a member
      parameters:
        - in: header
          name: X-API-Key
          required: true
          schema:
            type: string
          example: YOUR_API_KEY
      responses:
        "200":
          description: Benefits summary (exam, materials, contact lens allowance)
""", None, "OpenAPI 3.0.3 specification: Security Scheme Object (apiKey)")

add("github-actions/decoy-secret-ref", ".github/workflows/deploy-eligibility.yml", r"""
name: deploy eligibility
on:
  push:
    branches: [main]
    paths: ["eligibility/**"]

permissions:
  id-token: write
  contents: read

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::111122223333:role/gha-eligibility-deploy
          aws-region: us-east-2
      - name: Deploy
        env:
          AVAILITY_CLIENT_SECRET: ${{ secrets.AVAILITY_CLIENT_SECRET }}
          EYEMED_PASSWORD: ${{ secrets.EYEMED_PASSWORD }}
        run: ./eligibility/deploy.sh
""", None, "GitHub Actions docs: using secrets in a workflow; OIDC with AWS")

add("jenkinsfile/decoy-secret-ref", "billing/Jenkinsfile", r"""
pipeline {
  agent { label 'windows' }
  triggers { cron('H 19 * * 1-5') }
  stages {
    stage('Send claims') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'officeally-sftp',
                                          usernameVariable: 'OA_USER',
                                          passwordVariable: 'OA_PASS')]) {
          powershell '.\\billing\\Send-Claims.ps1 -User $env:OA_USER -Password $env:OA_PASS'
        }
      }
    }
  }
  post {
    failure { mail to: 'billing@lakesideeye.com', subject: 'Claims upload failed', body: "${env.BUILD_URL}" }
  }
}
""", None, "Jenkins Credentials Binding plugin docs: withCredentials usernamePassword")

pgp = "\n".join(rand(64, B64) for _ in range(10)) + "\n" + rand(20, B64) + "\n=" + rand(4, B64)
add("pgp/decoy-public-key", "billing/keys/claimsbridge_public.asc", r"""
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: ClaimsBridge file exchange key (encrypt 837 batches to this key)

mQENBGVh3mEBCAC@@BODY@@
-----END PGP PUBLIC KEY BLOCK-----
""", None, "RFC 4880 section 6.2: ASCII armor, public key block", BODY=pgp)

add("json/decoy-test-fixture", "eligibility/tests/fixtures/eyemed_271_active.json", r"""
{
  "_comment": "Synthetic 271 response for tests. Member and group numbers are made up.",
  "payer": "EYEMED",
  "member": {"id": "W000000001", "firstName": "TEST", "lastName": "PATIENT", "dob": "1990-01-01"},
  "coverage": {
    "status": "ACTIVE",
    "plan": "Insight Network - Test Plan",
    "group": "9999999",
    "exam": {"copay": 10, "frequencyMonths": 12, "lastUsed": null},
    "materials": {"frameAllowance": 130, "lensCopay": 25, "contactsAllowance": 130}
  },
  "apiKey": "test-api-key-not-real",
  "traceNumber": "0000000000"
}
""", None, "test fixture with self-declared dummy values")

add("python/decoy-env-ref", "eligibility/payers/availity.py", r"""
import os

import requests

TOKEN_URL = os.environ.get("AVAILITY_TOKEN_URL", "https://api.availity.com/availity/v1/token")


def access_token() -> str:
    resp = requests.post(
        TOKEN_URL,
        data={
            "grant_type": "client_credentials",
            "client_id": os.environ["AVAILITY_CLIENT_ID"],
            "client_secret": os.environ["AVAILITY_CLIENT_SECRET"],
            "scope": os.environ.get("AVAILITY_SCOPE", "hipaa"),
        },
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]
""", None, "Python docs: os.environ")

add("markdown/decoy-placeholder", "eligibility/README.md", r"""
# Eligibility service

Checks vision benefits before each appointment and writes the result to the schedule.

## Configuration

| Variable                 | What it is                                    |
|--------------------------|-----------------------------------------------|
| `AVAILITY_CLIENT_ID`     | From the Availity developer portal            |
| `AVAILITY_CLIENT_SECRET` | Same place; stored in 1Password "Billing"     |
| `EYEMED_USERNAME`        | B2B user                                      |
| `EYEMED_PASSWORD`        | B2B password                                  |

```bash
export AVAILITY_CLIENT_ID=<your-client-id>
export AVAILITY_CLIENT_SECRET=<your-client-secret>
python -m eligibility.smoke --payer vsp
```

Never paste real credentials in tickets or Slack; use the vault.
""", None, "team README with placeholder values")

# ---------------------------------------------------------------------------------------------
# Retinal imaging and OCT: DICOM archives, vendor exporters, AI screening, cloud storage
# ---------------------------------------------------------------------------------------------

pw = gen_pw(20, "")
add("json/dicom-password", "imaging/orthanc/orthanc.json", r"""
{
  "Name" : "HVC-IMAGING",
  "StorageDirectory" : "/var/lib/orthanc/db",
  "IndexDirectory" : "/var/lib/orthanc/db",
  "DicomAet" : "HVC_ORTHANC",
  "DicomPort" : 4242,
  "HttpPort" : 8042,
  "RemoteAccessAllowed" : true,
  "AuthenticationEnabled" : true,
  "RegisteredUsers" : {
    "optos" : "@@PW@@"
  },
  "DicomModalities" : {
    "optos-daytona" : [ "OPTOS_DAYTONA", "10.30.0.21", 104 ],
    "cirrus-5000" : [ "CIRRUS5000", "10.30.0.22", 104 ],
    "forum" : [ "ZEISS_FORUM", "10.30.0.10", 104 ]
  },
  "StableAge" : 60,
  "StorageCompression" : true
}
""", pw, "Orthanc Book: configuration file, RegisteredUsers", PW=pw)

pw = person_pw()
add("compose/ldap", "imaging/dcm4chee/docker-compose.yml", r"""
services:
  ldap:
    image: dcm4che/slapd-dcm4chee:2.6.5-32.0
    environment:
      LDAP_ROOTPASS: "@@PW@@"
      STORAGE_DIR: /storage/fs1
    volumes:
      - /srv/dcm4chee/ldap:/var/lib/openldap/openldap-data
  db:
    image: dcm4che/postgres-dcm4chee:15.4-32
    env_file: ./db.env
    volumes:
      - /srv/dcm4chee/db:/var/lib/postgresql/data
  arc:
    image: dcm4che/dcm4chee-arc-psql:5.32.0
    ports:
      - "8080:8080"
      - "11112:11112"
    env_file: ./db.env
    environment:
      WILDFLY_CHOWN: /opt/wildfly/standalone /storage
      STORAGE_DIR: /storage/fs1
    depends_on: [ldap, db]
    volumes:
      - /srv/dcm4chee/storage:/storage
""", pw, "dcm4chee-arc-light wiki: running on Docker, LDAP_ROOTPASS", PW=pw)

pw = person_pw()
add("ini/database", "imaging/forum/forum_export.ini", r"""
[General]
Site=Harbor Vision Center - Main Street
ExportRoot=E:\ForumExport
Modalities=OCT,FUNDUS,VF

[Database]
Server=FORUM-SRV\FORUM
Catalog=FORUM_ARCHIVE
User=forum_export
Password=@@PW@@
TimeoutSeconds=60

[Schedule]
RunAt=21:30
KeepDays=30
""", pw, "Windows INI configuration format; SQL Server login", PW=pw)

pw = gen_pw(18, "")
add("properties/database", "imaging/harmony-connector/conf/connector.properties", r"""
# Topcon Harmony -> EHR results connector
connector.name=harmony-ehr
connector.poll.seconds=45

db.url=jdbc:sqlserver://HARMONY-DB:1433;databaseName=Harmony;encrypt=false
db.user=harmony_ro
db.password=@@PW@@

ehr.endpoint=https://ehr.harborvision.net/api/imaging/results
ehr.attach.pdf=true
ehr.modalities=OCT,CFP,FAF
""", pw, "Java Properties file format; Microsoft JDBC driver connection URL", PW=pw)

pw = person_pw()
add("bat/smb", "imaging/heyex/map_export_share.cmd", r"""
@echo off
REM Map the Spectralis (HEYEX) export share on the reading-room PCs at logon
net use H: /delete /y >nul 2>&1
net use H: \\heyex-srv\export @@PW@@ /user:HARBORVISION\svc_heyex /persistent:no
if errorlevel 1 (
  msg * "Could not connect to the HEYEX export share. Call IT at x221."
  exit /b 1
)
robocopy H:\pdf C:\ReadingRoom\HEYEX /MIR /R:2 /W:5 /NFL /NDL
""", pw, "Microsoft Learn: net use command syntax", PW=pw)

key = rand(40)
add("python/api-key", "imaging/ai/eyeart_client.py", r"""
# Diabetic retinopathy screening: send the two 45-degree fundus images per eye to EyeArt
import pathlib

import requests

EYEART_URL = "https://api.eyenuk.example/eyeart/v2"
EYEART_API_KEY = "@@KEY@@"
SITE_ID = "HVC-MAIN"


def submit(patient_ref: str, images: list[pathlib.Path]) -> str:
    files = [("images", (p.name, p.read_bytes(), "image/jpeg")) for p in images]
    resp = requests.post(
        f"{EYEART_URL}/analyses",
        headers={"Authorization": f"ApiKey {EYEART_API_KEY}"},
        data={"siteId": SITE_ID, "patientRef": patient_ref},
        files=files,
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()["analysisId"]
""", key, "vendor REST API key header convention", KEY=key)

secret = rand(64, URLSAFE)
add("yaml/oauth-client-secret", "imaging/ai/luminetics.yaml", r"""
# LumineticsCore (autonomous DR exam) integration - Riverside clinic
luminetics:
  environment: production
  auth:
    issuer: https://auth.digitaldiagnostics.example/
    client_id: hvc-riverside-camera-01
    client_secret: @@SECRET@@
    audience: https://api.digitaldiagnostics.example
  camera:
    model: Topcon NW400
    station: riverside-pretest-2
  results:
    deliver_to: ehr
    pdf: true
""", secret, "OAuth 2.0 client credentials configuration (Auth0-style issuer/audience)", SECRET=secret)

pw = gen_pw(16, "#!")
add("xml/password", "imaging/optos/OptosAdvanceGateway.config.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<GatewayConfiguration>
  <Site code="HVC-WF">Harbor Vision Center - Westfield</Site>
  <Dicom>
    <LocalAeTitle>OPTOS_GW</LocalAeTitle>
    <ArchiveAeTitle>HVC_ORTHANC</ArchiveAeTitle>
    <ArchiveHost>10.30.0.5</ArchiveHost>
    <ArchivePort>4242</ArchivePort>
  </Dicom>
  <Review>
    <Server>optos-review.harborvision.local</Server>
    <ServiceAccount>svc_optos</ServiceAccount>
    <Password>@@PW@@</Password>
  </Review>
  <Export format="PDF" folder="D:\OptosExport" />
</GatewayConfiguration>
""", pw, "vendor gateway XML configuration (service account block)", PW=pw)

pw = url_pw()
add("shell/basic-auth", "imaging/scripts/push_oct_study.sh", r"""
#!/usr/bin/env bash
# Push a Cirrus OCT export (DICOM files) to the archive over DICOMweb STOW-RS
set -euo pipefail
STUDY_DIR="${1:?study dir}"
PACS=https://pacs.harborvision.net/dicom-web

for f in "$STUDY_DIR"/*.dcm; do
  curl -sf -u 'oct-upload:@@PW@@' \
    -X POST "$PACS/studies" \
    -H 'Content-Type: application/dicom' \
    --data-binary @"$f"
  echo "stored $(basename "$f")"
done
""", pw, "DICOM PS3.18 STOW-RS; curl manual: -u user:password", PW=pw)

kid, ksec = aws_id(), aws_secret()
add("aws-credentials/aws", "imaging/healthimaging/.aws/credentials", r"""
[default]
region = us-east-1

[imaging-import]
aws_access_key_id = @@KID@@
aws_secret_access_key = @@KSEC@@
region = us-east-1
""", ksec, "AWS CLI docs: configuration and credential file settings", KID=kid, KSEC=ksec)

key = pkcs8_rsa_key()
escaped = key.replace("\n", "\\n") + "\\n"
add("json/gcp-service-account", "imaging/keys/hvc-imaging-prod-dicom-uploader.json", r"""
{
  "type": "service_account",
  "project_id": "hvc-imaging-prod",
  "private_key_id": "@@KID@@",
  "private_key": "@@KEY@@",
  "client_email": "dicom-uploader@hvc-imaging-prod.iam.gserviceaccount.com",
  "client_id": "104829375510382946617",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/dicom-uploader%40hvc-imaging-prod.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", key.split("\n")[1], "Google Cloud docs: service account key file format", KID=hexs(40), KEY=escaped)

acct_key = rbytes_b64(64)
add("json/azure-storage", "imaging/OctExportFunction/local.settings.json", r"""
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "python",
    "OctExportStorage": "DefaultEndpointsProtocol=https;AccountName=hvcoctexports;AccountKey=@@KEY@@;EndpointSuffix=core.windows.net",
    "OctExportContainer": "cirrus-pdf",
    "EhrResultsEndpoint": "https://ehr.harborvision.net/api/imaging/results"
  },
  "Host": {
    "LocalHttpPort": 7071
  }
}
""", acct_key, "Microsoft Learn: Azure Storage connection strings (AccountKey)", KEY=acct_key)

secret = rand(40, ALNUM + "/+")
add("python/s3-compatible", "imaging/archive/minio_sync.py", r"""
from pathlib import Path

from minio import Minio

client = Minio(
    "minio.imaging.harborvision.local:9000",
    access_key="oct-archive",
    secret_key="@@SECRET@@",
    secure=True,
)

BUCKET = "oct-raw"


def archive(study_dir: Path) -> int:
    if not client.bucket_exists(BUCKET):
        client.make_bucket(BUCKET)
    count = 0
    for f in sorted(study_dir.rglob("*.dcm")):
        client.fput_object(BUCKET, f"{study_dir.name}/{f.name}", str(f), content_type="application/dicom")
        count += 1
    return count
""", secret, "MinIO Python SDK docs: Minio(endpoint, access_key, secret_key)", SECRET=secret)

key = "sk-ant-api03-" + rand(93, URLSAFE) + "AA"
add("python/anthropic", "tools/referral_letters/draft.py", r"""
# Drafts referral letters to retina specialists from the OCT findings; the doctor edits and signs.
import anthropic

client = anthropic.Anthropic(api_key="@@KEY@@")

PROMPT = (
    "Write a short, professional referral letter from an optometrist to a retina specialist. "
    "Use only these findings and do not add a diagnosis:\n\n{findings}"
)


def draft(findings: str) -> str:
    message = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=800,
        messages=[{"role": "user", "content": PROMPT.format(findings=findings)}],
    )
    return message.content[0].text
""", key, "Anthropic Python SDK README: Anthropic(api_key=...)", KEY=key)

pw = person_pw()
add("xml/database", "imaging/mirth/channels/OCT_Results_To_EHR.xml", r"""
<channel version="4.4.0">
  <id>8d1f3c2a-5b6e-4a7d-9c0f-1e2d3c4b5a69</id>
  <name>OCT_Results_To_EHR</name>
  <description>ORU^R01 from FORUM, stores the PDF link in the EHR imaging table</description>
  <enabled>true</enabled>
  <destinationConnectors>
    <connector version="4.4.0">
      <metaDataId>1</metaDataId>
      <name>Write to EHR</name>
      <properties class="com.mirth.connect.connectors.jdbc.DatabaseDispatcherProperties" version="4.4.0">
        <driver>com.microsoft.sqlserver.jdbc.SQLServerDriver</driver>
        <url>jdbc:sqlserver://ehr-sql01:1433;databaseName=EHR</url>
        <username>mirth_writer</username>
        <password>@@PW@@</password>
        <query>INSERT INTO ImagingResults (Mrn, StudyUid, Modality, PdfPath) VALUES (?, ?, ?, ?)</query>
        <useScript>false</useScript>
      </properties>
      <transportName>Database Writer</transportName>
      <mode>DESTINATION</mode>
      <enabled>true</enabled>
    </connector>
  </destinationConnectors>
</channel>
""", pw, "Mirth Connect user guide: Database Writer connector", PW=pw)

key = openssh_key()
add("ssh-key/private-key", "imaging/deploy/keys/imaging_sync_ed25519", r"""
@@KEY@@
""", key, "OpenSSH PROTOCOL.key: openssh-key-v1 private key format", KEY=key)

key, crt = ec_key(), cert_pem()
add("k8s-secret/private-key", "imaging/k8s/dicom-tls-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: orthanc-dicom-tls
  namespace: imaging
type: kubernetes.io/tls
data:
  tls.crt: @@CRT@@
  tls.key: @@KEY@@
""", key, "Kubernetes docs: TLS Secrets (kubernetes.io/tls)", CRT=b64(crt + "\n"), KEY=b64(key + "\n"))

key = rand(48, URLSAFE)
add("swift/api-key", "PortableCamera/PortableCamera/AppConfig.swift", r"""
import Foundation

enum AppConfig {
    static let apiBaseURL = URL(string: "https://imaging.harborvision.net/api/v1")!
    static let uploadAPIKey = "@@KEY@@"
    static let maxImageDimension = 3900
    static let jpegQuality = 0.92
    static let allowedEyes = ["OD", "OS"]
}
""", key, "Swift docs: static properties; vendor upload API key", KEY=key)

pw = gen_pw(20, "")
add("go/basic-auth", "imaging/oct-uploader/orthanc.go", r"""
package main

import (
	"bytes"
	"fmt"
	"net/http"
	"os"
)

const orthancURL = "https://orthanc.harborvision.local/instances"

func upload(path string) error {
	body, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	req, err := http.NewRequest(http.MethodPost, orthancURL, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.SetBasicAuth("oct-upload", "@@PW@@")
	req.Header.Set("Content-Type", "application/dicom")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("orthanc: %s", resp.Status)
	}
	return nil
}
""", pw, "Go net/http docs: Request.SetBasicAuth", PW=pw)

# Decoys of imaging
crt = cert_pem()
add("pem/decoy-certificate", "imaging/certs/orthanc-dicom-tls.crt", r"""
@@CRT@@
""", None, "RFC 7468: textual encoding of X.509 certificates", CRT=crt)

study = "1.2.826.0.1.3680043.8.498." + "".join(str(_rng().randint(0, 9)) for _ in range(30))
series = study + ".1"
sop = series + ".1"
add("json/decoy-identifier", "imaging/samples/oct_study_metadata.json", r"""
[
  {
    "00080016": { "vr": "UI", "Value": ["1.2.840.10008.5.1.4.1.1.77.1.5.4"] },
    "00080018": { "vr": "UI", "Value": ["@@SOP@@"] },
    "00080060": { "vr": "CS", "Value": ["OPT"] },
    "00080070": { "vr": "LO", "Value": ["Carl Zeiss Meditec"] },
    "0020000D": { "vr": "UI", "Value": ["@@STUDY@@"] },
    "0020000E": { "vr": "UI", "Value": ["@@SERIES@@"] },
    "00100010": { "vr": "PN", "Value": [{ "Alphabetic": "TEST^PATIENT" }] },
    "00100020": { "vr": "LO", "Value": ["TEST0001"] },
    "00200060": { "vr": "CS", "Value": ["R"] }
  }
]
""", None, "DICOM PS3.18 Annex F: DICOM JSON model", SOP=sop, STUDY=study, SERIES=series)

pdf_b64 = b64("%PDF-1.4\n%\xc7\xec\x8f\xa2\n5 0 obj\n<</Length 6 0 R>>\nstream\n")
add("hl7/decoy-sample-data", "imaging/mirth/samples/oru_oct_report.hl7", r"""
MSH|^~\&|FORUM|HVC|EHR|HVC|20240514101500||ORU^R01^ORU_R01|MSG00042|P|2.5.1
PID|1||TEST0001^^^HVC^MR||TEST^PATIENT||19800101|F
PV1|1|O|MAIN^EXAM2
OBR|1|ORD7781|FORUM-55121|92134^OCT RETINA^CPT|||20240514100200
OBX|1|TX|SUMMARY||Central subfield thickness OD 262um OS 258um||||||F
OBX|2|ED|PDF^Report||^application^pdf^Base64^@@PDF@@||||||F
""", None, "HL7 v2.5.1 ORU^R01 with an ED (encapsulated data) OBX", PDF=pdf_b64)

add("json/decoy-env-ref", "imaging/orthanc/orthanc.docker.json", r"""
{
  "Name" : "HVC-IMAGING",
  "DicomAet" : "HVC_ORTHANC",
  "DicomPort" : 4242,
  "RemoteAccessAllowed" : true,
  "AuthenticationEnabled" : true,
  "RegisteredUsers" : {
    "optos" : "${ORTHANC_OPTOS_PASSWORD}",
    "oct-upload" : "${ORTHANC_OCT_UPLOAD_PASSWORD}"
  },
  "PostgreSQL" : {
    "EnableIndex" : true,
    "Host" : "orthanc-db",
    "Username" : "orthanc",
    "Password" : "${ORTHANC_DB_PASSWORD}"
  }
}
""", None, "Orthanc Book: environment variables in configuration files")

add("xml/decoy-template", "imaging/mirth/channels/Fundus_To_AI.xml", r"""
<channel version="4.4.0">
  <id>2c7a9e41-0f3b-4d8e-a1c5-6b7d8e9f0a12</id>
  <name>Fundus_To_AI</name>
  <description>Sends new fundus studies to the DR screening service. Credentials from the Configuration Map.</description>
  <destinationConnectors>
    <connector version="4.4.0">
      <name>EyeArt</name>
      <properties class="com.mirth.connect.connectors.http.HttpDispatcherProperties" version="4.4.0">
        <host>${eyeart_url}/analyses</host>
        <method>post</method>
        <headers class="linked-hash-map">
          <entry><string>Authorization</string><list><string>ApiKey ${eyeart_api_key}</string></list></entry>
        </headers>
        <useAuthentication>false</useAuthentication>
        <password>${configurationMap.get('eyeart_password')}</password>
      </properties>
      <transportName>HTTP Sender</transportName>
    </connector>
  </destinationConnectors>
</channel>
""", None, "Mirth Connect user guide: Configuration Map and ${variable} replacement")

add("k8s/decoy-checksum", "imaging/k8s/orthanc-deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: orthanc
  namespace: imaging
spec:
  replicas: 1
  selector:
    matchLabels: { app: orthanc }
  template:
    metadata:
      labels: { app: orthanc }
    spec:
      containers:
        - name: orthanc
          image: orthancteam/orthanc@sha256:@@D1@@
          envFrom:
            - secretRef: { name: orthanc-credentials }
          ports:
            - containerPort: 8042
            - containerPort: 4242
        - name: backup
          image: ghcr.io/harborvision/orthanc-backup@sha256:@@D2@@
          volumeMounts:
            - { name: tls, mountPath: /etc/orthanc/tls, readOnly: true }
      volumes:
        - name: tls
          secret: { secretName: orthanc-dicom-tls }
""", None, "OCI image spec: digests; Kubernetes docs: envFrom secretRef", D1=hexs(64), D2=hexs(64))

pubs = [rbytes_b64(32) for _ in range(3)]
add("ssh/decoy-public-key", "imaging/deploy/authorized_keys", r"""
# forum-srv: accounts allowed to pull exports (public keys only; private halves stay on the clients)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@P1@@ imaging-sync@forum-srv
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@P2@@ oct-uploader@harmony-db
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@@P3@@ it-admin@harborvision
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@P4@@ backup@nas01
""", None, "sshd(8): AUTHORIZED_KEYS file format", P1=pubs[0], P2=pubs[1], P3=rbytes_b64(256), P4=pubs[2])

add("wireguard/decoy-public-key", "imaging/vpn/wg-imaging.conf", r"""
[Interface]
Address = 10.99.0.2/24
ListenPort = 51820
# the private key stays on the box: generated there with wg genkey, never copied
PostUp = wg set %i private-key /etc/wireguard/clinic-westfield.key

[Peer]
# imaging cloud gateway
PublicKey = @@P1@@
AllowedIPs = 10.99.0.0/24, 10.30.0.0/24
Endpoint = vpn.harborvision.net:51820
PersistentKeepalive = 25
""", None, "wg(8) and wg-quick(8): configuration file, PublicKey", P1=rbytes_b64(32))

add("json/decoy-secret-ref", "imaging/export-job/config.prod.json", r"""
{
  "job": "nightly-oct-export",
  "source": { "type": "dicomweb", "url": "https://pacs.harborvision.net/dicom-web" },
  "target": { "type": "s3", "bucket": "hvc-oct-exports", "prefix": "cirrus/" },
  "credentials": {
    "dicomweb": "arn:aws:secretsmanager:us-east-2:111122223333:secret:prod/imaging/dicomweb-AbC123",
    "ehr": "arn:aws:secretsmanager:us-east-2:111122223333:secret:prod/imaging/ehr-api-XyZ789"
  },
  "schedule": "cron(30 3 * * ? *)",
  "retentionDays": 30
}
""", None, "AWS Secrets Manager docs: secret ARNs")

add("swift/decoy-secret-ref", "PortableCamera/PortableCamera/Keychain.swift", r"""
import Foundation
import Security

enum Keychain {
    // The upload token is provisioned per device by MDM and read from the keychain at run time.
    static func uploadToken() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: "net.harborvision.portablecamera",
            kSecAttrAccount as String: "upload-token",
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""", None, "Apple developer docs: SecItemCopyMatching")

# ---------------------------------------------------------------------------------------------
# E-commerce for frames and contact lenses: Shopify, Stripe, WooCommerce, payments, search
# ---------------------------------------------------------------------------------------------

token = shopify("shpat_")
add("env/shopify", "storefront-sync/.env", r"""
# Frame catalogue sync: Shopify <-> practice inventory (Harbor Vision Optical Boutique)
SHOPIFY_SHOP=harbor-vision-optical.myshopify.com
SHOPIFY_API_VERSION=2024-04
SHOPIFY_ADMIN_ACCESS_TOKEN=@@TOKEN@@
SHOPIFY_LOCATION_ID=71093452841
INVENTORY_DB=postgres://sync@localhost:5432/inventory
SYNC_INTERVAL_MINUTES=10
""", token, "Shopify docs: Admin API access tokens for custom apps (shpat_)", TOKEN=token)

secret = shopify("shpss_")
add("ruby/shopify", "contacts-store/config/initializers/shopify_app.rb", r"""
ShopifyApp.configure do |config|
  config.application_name = "Lens Reorder"
  config.old_secret = ""
  config.scope = "read_products,write_orders,read_customers"
  config.embedded_app = true
  config.after_authenticate_job = false
  config.api_version = "2024-04"
  config.shop_session_repository = "Shop"
  config.reauth_on_access_scope_changes = true
  config.api_key = "@@CLIENTID@@"
  config.secret = "@@SECRET@@"
end
""", secret, "shopify_app gem README: ShopifyApp.configure (api_key, secret)", SECRET=secret, CLIENTID=hexs(32))

key = stripe_sk()
add("php/stripe", "shop/checkout/create_session.php", r"""
<?php
require __DIR__ . '/../vendor/autoload.php';

\Stripe\Stripe::setApiKey('@@KEY@@');

$cart = json_decode(file_get_contents('php://input'), true);
$lineItems = array_map(fn ($item) => [
    'price' => $item['priceId'],
    'quantity' => (int) $item['boxes'],
], $cart['items']);

$session = \Stripe\Checkout\Session::create([
    'mode' => 'payment',
    'line_items' => $lineItems,
    'metadata' => ['rx_verified' => $cart['rxVerified'] ? 'yes' : 'no'],
    'success_url' => 'https://shop.lakesideeye.com/thanks?session={CHECKOUT_SESSION_ID}',
    'cancel_url' => 'https://shop.lakesideeye.com/cart',
]);

header('Content-Type: application/json');
echo json_encode(['url' => $session->url]);
""", key, "Stripe API reference: authentication with secret keys; stripe-php README", KEY=key)

secret = stripe_whsec()
add("js/stripe-webhook", "shop/server/webhooks/stripe.js", r"""
const express = require('express');
const Stripe = require('stripe');

const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
const endpointSecret = '@@SECRET@@';
const router = express.Router();

router.post('/webhooks/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  if (event.type === 'checkout.session.completed') {
    await req.app.locals.orders.markPaid(event.data.object.id);
  }
  res.json({ received: true });
});

module.exports = router;
""", secret, "Stripe docs: check webhook signatures (whsec_ endpoint secret)", SECRET=secret)

key = "rk_live_51" + rand(97)
add("tfvars/stripe", "infra/shop/prod.auto.tfvars", r"""
environment       = "prod"
region            = "us-east-2"
shop_domain       = "shop.lakesideeye.com"
lambda_memory_mb  = 512

# restricted key: read charges + write refunds only (returns desk tool)
stripe_restricted_key = "@@KEY@@"

alarm_email = "it@lakesideeye.com"
""", key, "Stripe docs: restricted API keys (rk_live_)", KEY=key)

ck, cs = "ck_" + hexs(40), "cs_" + hexs(40)
add("python/woocommerce", "contacts-shop/scripts/sync_stock.py", r"""
from woocommerce import API

wcapi = API(
    url="https://contacts.brightvieweyecare.com",
    consumer_key="@@CK@@",
    consumer_secret="@@CS@@",
    version="wc/v3",
    timeout=30,
)


def set_stock(sku: str, boxes: int) -> None:
    found = wcapi.get("products", params={"sku": sku}).json()
    if not found:
        print(f"unknown SKU {sku}")
        return
    wcapi.put(f"products/{found[0]['id']}", {"stock_quantity": boxes, "manage_stock": True})


if __name__ == "__main__":
    for line in open("lens_stock.csv"):
        sku, boxes = line.strip().split(",")
        set_stock(sku, int(boxes))
""", cs, "WooCommerce REST API docs: authentication with consumer key and secret", CK=ck, CS=cs)

token = rand(31, LOWER_ALNUM)
add("yaml/bigcommerce", "frames-feed/config/bigcommerce.yml", r"""
store_hash: k7x2m9q4
api:
  base: https://api.bigcommerce.com/stores/k7x2m9q4/v3
  client_id: @@CLIENTID@@
  access_token: @@TOKEN@@
feed:
  categories: [sunglasses, eyeglasses, kids, sport]
  include_out_of_stock: false
  image_size: 1280x1280
""", token, "BigCommerce docs: API accounts, X-Auth-Token", TOKEN=token, CLIENTID=rand(31, LOWER_ALNUM))

pw = gen_pw(24, "")
add("php/database", "magento/app/etc/env.php", r"""
<?php
return [
    'backend' => ['frontName' => 'optical_admin'],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'magento-db.internal',
                'dbname' => 'magento',
                'username' => 'magento',
                'password' => '@@PW@@',
                'model' => 'mysql4',
                'engine' => 'innodb',
                'active' => '1',
            ],
        ],
    ],
    'MAGE_MODE' => 'production',
    'cache_types' => ['config' => 1, 'layout' => 1, 'full_page' => 1],
];
""", pw, "Adobe Commerce docs: env.php reference (db connection)", PW=pw)

key = "pk_" + hexs(34)
add("js/klaviyo", "contacts-shop/jobs/reorderReminders.js", r"""
// Nightly: push "time to reorder your contacts" profiles to Klaviyo
const { ApiKeySession, ProfilesApi, EventsApi } = require('klaviyo-api');

const session = new ApiKeySession('@@KEY@@');
const profiles = new ProfilesApi(session);
const events = new EventsApi(session);

async function remind(customer) {
  await events.createEvent({
    data: {
      type: 'event',
      attributes: {
        metric: { data: { type: 'metric', attributes: { name: 'Contact Lens Reorder Due' } } },
        profile: { data: { type: 'profile', attributes: { email: customer.email } } },
        properties: { brand: customer.lensBrand, boxesLastOrder: customer.boxes },
      },
    },
  });
}

module.exports = { remind, profiles };
""", key, "Klaviyo developer docs: private API keys (pk_)", KEY=key)

token = "access_token$production$" + rand(16, LOWER_ALNUM) + "$" + hexs(32)
add("ruby/braintree", "shop/app/services/payments.rb", r"""
class Payments
  GATEWAY = Braintree::Gateway.new(
    access_token: "@@TOKEN@@"
  )

  def self.charge(order)
    result = GATEWAY.transaction.sale(
      amount: order.total.to_s("F"),
      payment_method_nonce: order.payment_nonce,
      order_id: order.number,
      options: { submit_for_settlement: true }
    )
    raise PaymentError, result.message unless result.success?
    result.transaction.id
  end
end
""", token, "Braintree docs: PayPal-linked access tokens (access_token$production$...)", TOKEN=token)

cid, csec = "A" + rand(79, URLSAFE), "E" + rand(79, URLSAFE)
add("properties/paypal", "frames-shop/src/main/resources/paypal.properties", r"""
# PayPal Checkout (live)
paypal.mode=live
paypal.base-url=https://api-m.paypal.com
paypal.client-id=@@CID@@
paypal.client-secret=@@CSEC@@
paypal.brand-name=Northgate Optical
paypal.return-url=https://shop.northgateoptical.com/paypal/return
paypal.cancel-url=https://shop.northgateoptical.com/cart
""", csec, "PayPal developer docs: REST API credentials (client ID and secret)", CID=cid, CSEC=csec)

token = "EAAA" + rand(60, URLSAFE)
add("json/square", "pos/square-config.json", r"""
{
  "environment": "production",
  "applicationId": "sq0idp-@@APPID@@",
  "accessToken": "@@TOKEN@@",
  "locations": {
    "main-street": "L8YQ4K2WZ9M7T",
    "westfield": "LQ3N7H5X1J8RB"
  },
  "receipt": { "footer": "Thank you for choosing Harbor Vision. Frames carry a 1-year warranty." },
  "syncInventory": true
}
""", token, "Square developer docs: access tokens (EAAA)", TOKEN=token, APPID=rand(22, URLSAFE))

key = hexs(32)
add("js/algolia", "frames-site/scripts/indexFrames.js", r"""
// Rebuilds the frame search index from the catalogue export (run by the nightly job only)
const algoliasearch = require('algoliasearch');
const frames = require('../data/frames.json');

const client = algoliasearch('Q7HX2KD9LM', '@@KEY@@');
const index = client.initIndex('frames_prod');

(async () => {
  await index.setSettings({
    searchableAttributes: ['brand', 'model', 'color', 'shape'],
    attributesForFaceting: ['brand', 'shape', 'material', 'gender', 'filterOnly(lensWidth)'],
  });
  const { objectIDs } = await index.replaceAllObjects(frames, { safe: true });
  console.log(`indexed ${objectIDs.length} frames`);
})();
""", key, "Algolia docs: API keys (admin API key must stay on the server)", KEY=key)

secret = rand(40, URLSAFE)
add("ts/api-secret", "frames-site/src/server/tryOn.ts", r"""
import crypto from "node:crypto";

// Virtual try-on: the widget needs a short-lived signed session, made on our server.
const TRYON_PARTNER_ID = "harborvision";
const TRYON_PARTNER_SECRET = "@@SECRET@@";

export function tryOnSession(sku: string, visitorId: string): { token: string; expires: number } {
  const expires = Math.floor(Date.now() / 1000) + 900;
  const payload = `${TRYON_PARTNER_ID}:${sku}:${visitorId}:${expires}`;
  const signature = crypto.createHmac("sha256", TRYON_PARTNER_SECRET).update(payload).digest("hex");
  return { token: `${payload}:${signature}`, expires };
}
""", secret, "HMAC-signed partner session convention (virtual try-on vendors)", SECRET=secret)

secret = hexs(40)
add("python/phaxio", "contacts-shop/rx_verification/fax.py", r"""
# FTC Contact Lens Rule: verify the prescription with the prescriber by fax when the
# customer did not upload one. Phaxio sends the fax and calls us back with the status.
from phaxio import PhaxioApi

api = PhaxioApi("@@APIKEY@@", "@@SECRET@@")


def send_verification(prescriber_fax: str, pdf_path: str, order_number: str) -> int:
    response = api.Fax.send(
        to=prescriber_fax,
        files=pdf_path,
        tags_dict={"order": order_number},
        callback_url="https://contacts.brightvieweyecare.com/hooks/phaxio",
    )
    return response.data.id
""", secret, "Phaxio API v2 docs: API key and API secret", SECRET=secret, APIKEY=hexs(40))

key = hexs(32) + "-us21"
add("python/mailchimp", "marketing/newsletter_sync.py", r"""
import mailchimp_marketing as MailchimpMarketing
from mailchimp_marketing.api_client import ApiClientError

client = MailchimpMarketing.Client()
client.set_config({"api_key": "@@KEY@@", "server": "us21"})

AUDIENCE_ID = "4f9c2b7e1a"


def subscribe(email: str, first_name: str, interests: list[str]) -> None:
    try:
        client.lists.add_list_member(AUDIENCE_ID, {
            "email_address": email,
            "status": "pending",
            "merge_fields": {"FNAME": first_name},
            "tags": interests,
        })
    except ApiClientError as err:
        print(f"mailchimp: {err.text}")
""", key, "Mailchimp Marketing API docs: API key ending in the data center (-us21)", KEY=key)

key = hexs(16, upper=True)
add("yaml/avalara", "shop/config/avatax.yml", r"""
# AvaTax: sales tax on frames, lenses and contact lenses (medical device exemptions by state)
avatax:
  environment: production
  account_id: "2001184433"
  license_key: "@@KEY@@"
  company_code: NORTHGATEOPTICAL
  app_name: northgate-shop
  app_version: "3.2"
  tax_codes:
    eyeglass_frames: PH050103
    contact_lenses: PH050102
""", key, "Avalara AvaTax docs: account ID and license key authentication", KEY=key)

token = "sntryu_" + hexs(64)
add("ini/sentry-token", "frames-site/.sentryclirc", r"""
[defaults]
url = https://sentry.io/
org = harbor-vision
project = frames-site

[auth]
token = @@TOKEN@@
""", token, "Sentry CLI docs: configuration file (.sentryclirc) auth token", TOKEN=token)

token = npm_token()
add("npmrc/npm-token", "frames-site/.npmrc", r"""
@harborvision:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@TOKEN@@
save-exact=true
engine-strict=true
fund=false
""", token, "npm docs: .npmrc, auth-related configuration", TOKEN=token)

key = google_api_key()
add("go/google-api-key", "store-locator/internal/geocode/geocode.go", r"""
package geocode

import (
	"context"

	"googlemaps.github.io/maps"
)

// server-side geocoding of clinic addresses (the browser map uses its own restricted key)
const apiKey = "@@KEY@@"

func Clinic(ctx context.Context, address string) (lat, lng float64, err error) {
	c, err := maps.NewClient(maps.WithAPIKey(apiKey))
	if err != nil {
		return 0, 0, err
	}
	res, err := c.Geocode(ctx, &maps.GeocodingRequest{Address: address, Region: "us"})
	if err != nil || len(res) == 0 {
		return 0, 0, err
	}
	loc := res[0].Geometry.Location
	return loc.Lat, loc.Lng, nil
}
""", key, "Google Maps Platform docs: API keys (AIza...); google-maps-services-go", KEY=key)

token = rand(40, URLSAFE)
add("github-actions/cloudflare-token", ".github/workflows/deploy-frames-site.yml", r"""
name: deploy frames site
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build
      - name: Publish to Cloudflare Pages
        uses: cloudflare/wrangler-action@v3
        with:
          apiToken: @@TOKEN@@
          accountId: @@ACCOUNT@@
          command: pages deploy dist --project-name=frames-site
""", token, "cloudflare/wrangler-action README: apiToken input", TOKEN=token, ACCOUNT=hexs(32))

auth = b64("harborvisionci:dckr_pat_" + rand(27, URLSAFE))
add("json/docker-auth", "ci/docker/config.json", r"""
{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "@@AUTH@@"
    }
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  },
  "credsStore": ""
}
""", auth, "Docker docs: docker login, config.json auths (base64 user:password)", AUTH=auth)

token = "CFPAT-" + rand(43, URLSAFE)
add("js/contentful", "frames-site/migrations/run.js", r"""
// Content model migrations for the brand pages (run locally by the web team)
const { runMigration } = require('contentful-migration');

const options = {
  spaceId: 'x4k9pq2m7bzt',
  environmentId: 'master',
  accessToken: '@@TOKEN@@',
  yes: true,
};

runMigration({ ...options, filePath: `${__dirname}/0007-add-frame-shape.js` })
  .then(() => console.log('migration done'))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
""", token, "Contentful docs: content management tokens (CFPAT-)", TOKEN=token)

token = github_pat()
add("requirements/github-token", "storefront-sync/requirements.txt", r"""
requests==2.32.3
psycopg[binary]==3.1.19
python-dotenv==1.0.1
ShopifyAPI==12.5.0
tenacity==8.3.0
git+https://@@TOKEN@@@github.com/harborvision/optical-common.git@v0.9.2#egg=optical-common
""", token, "pip docs: VCS support, credentials in the URL", TOKEN=token)

token = fakes.pypi_token(_seed())
add("pypirc/pypi-token", "packages/lens-catalog/.pypirc", r"""
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@TOKEN@@
""", token, "PyPI docs: API tokens in .pypirc", TOKEN=token)

# Decoys of the shops
pk = "pk_live_51" + rand(97)
add("js/decoy-public-key", "shop/public/js/checkout.js", r"""
// Browser side of checkout. The publishable key is meant to be public (Stripe.js needs it).
const stripe = Stripe('@@PK@@');

document.querySelector('#pay').addEventListener('click', async () => {
  const res = await fetch('/checkout/create_session.php', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(window.cart),
  });
  const { url } = await res.json();
  window.location = url;
});
""", None, "Stripe docs: API keys, publishable keys can be public", PK=pk)

mapbox = "pk." + base64.urlsafe_b64encode(('{"u":"harborvision","a":"' + rand(25, LOWER_ALNUM) + '"}').encode()).decode().rstrip("=") + "." + rand(22, URLSAFE)
add("js/decoy-public-key", "frames-site/src/components/StoreLocator.js", r"""
import mapboxgl from 'mapbox-gl';
import clinics from '../data/clinics.json';

// Public token, URL-restricted to harborvision.net in the Mapbox account
mapboxgl.accessToken = '@@TOKEN@@';

export function mountLocator(el) {
  const map = new mapboxgl.Map({
    container: el,
    style: 'mapbox://styles/mapbox/light-v11',
    center: [-71.06, 42.36],
    zoom: 9,
  });
  clinics.forEach((c) => {
    new mapboxgl.Marker().setLngLat([c.lng, c.lat])
      .setPopup(new mapboxgl.Popup().setHTML(`<b>${c.name}</b><br>${c.phone}`))
      .addTo(map);
  });
  return map;
}
""", None, "Mapbox docs: access tokens, public (pk.) tokens for client-side use", TOKEN=mapbox)

site_key = "6Lc" + rand(5) + "AAAAA" + rand(27, URLSAFE)
add("html/decoy-public-key", "site/templates/book-appointment.html", r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Book an eye exam | Lakeside Eye Associates</title>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
  <form action="/appointments/request" method="post">
    <input name="name" placeholder="Full name" required>
    <input name="phone" type="tel" placeholder="Phone" required>
    <select name="reason"><option>Annual exam</option><option>Contact lens fitting</option></select>
    <div class="g-recaptcha" data-sitekey="@@KEY@@"></div>
    <button type="submit">Request appointment</button>
  </form>
</body>
</html>
""", None, "Google reCAPTCHA docs: site key is used in the HTML page", KEY=site_key)

dsn = f"https://{hexs(32)}@o{_rng().randint(100000, 999999)}.ingest.us.sentry.io/{_rng().randint(1000000, 9999999)}"
add("ts/decoy-public-key", "frames-site/src/sentry.client.config.ts", r"""
import * as Sentry from "@sentry/nextjs";

// The DSN is public by design: it only lets a browser send events to this project.
Sentry.init({
  dsn: "@@DSN@@",
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  replaysOnErrorSampleRate: 1.0,
  environment: process.env.NEXT_PUBLIC_VERCEL_ENV ?? "development",
});
""", None, "Sentry docs: DSN explainer, the DSN is safe to keep public", DSN=dsn)

add("js/decoy-public-key", "frames-site/src/search/frameFinder.js", r"""
import algoliasearch from 'algoliasearch/lite';
import instantsearch from 'instantsearch.js';
import { searchBox, hits, refinementList } from 'instantsearch.js/es/widgets';

// Search-only key: safe in the browser (the admin key lives only in the indexing job)
const searchClient = algoliasearch('Q7HX2KD9LM', '@@KEY@@');

const search = instantsearch({ indexName: 'frames_prod', searchClient });
search.addWidgets([
  searchBox({ container: '#frame-search', placeholder: 'Search frames, brands, colours' }),
  refinementList({ container: '#shape', attribute: 'shape' }),
  hits({ container: '#frames', templates: { item: (hit) => `<img src="${hit.image}"> ${hit.brand} ${hit.model}` } }),
]);
search.start();
""", None, "Algolia docs: search-only API key for front ends", KEY=hexs(32))

add("js/decoy-public-key", "contacts-app/src/firebase.js", r"""
import { initializeApp } from 'firebase/app';
import { getAuth } from 'firebase/auth';
import { getFirestore } from 'firebase/firestore';

// Firebase web config identifies the project; access is enforced by Security Rules.
const firebaseConfig = {
  apiKey: '@@KEY@@',
  authDomain: 'bv-contacts-reorder.firebaseapp.com',
  projectId: 'bv-contacts-reorder',
  storageBucket: 'bv-contacts-reorder.appspot.com',
  messagingSenderId: '582017339210',
  appId: '1:582017339210:web:@@APPID@@',
};

export const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const db = getFirestore(app);
""", None, "Firebase docs: API keys for Firebase are not secret", KEY=google_api_key(), APPID=hexs(22))

add("markdown/decoy-doc-example", "shop/docs/stripe-local-testing.md", r"""
# Testing checkout locally

Stripe's documentation uses this sample test key in its examples; it belongs to Stripe's public
docs account, not to us, and only works in test mode:

```bash
curl https://api.stripe.com/v1/charges -u sk_test_4eC39HqLyjWDarjtT1zdp7dc:
```

For our own test mode keys, run `stripe login` and let the CLI keep them:

```bash
stripe listen --forward-to localhost:8000/webhooks/stripe
```

The CLI prints a `whsec_...` signing secret for the session; put it in your local `.env` only.
Test card for contact lens orders: 4242 4242 4242 4242, any future date, any CVC.
""", None, "Stripe API reference: authentication example (public docs test key)")

add("js/decoy-fake-token", "contacts-store/test/shopifyClient.test.js", r"""
const nock = require('nock');
const { ShopifyClient } = require('../src/shopifyClient');

// Obviously fake credentials: nock intercepts every request.
const FAKE_TOKEN = 'shpat_00000000000000000000000000000000';

describe('ShopifyClient', () => {
  afterEach(() => nock.cleanAll());

  it('sends the access token header', async () => {
    const scope = nock('https://test-shop.myshopify.com', {
      reqheaders: { 'X-Shopify-Access-Token': FAKE_TOKEN },
    }).get('/admin/api/2024-04/shop.json').reply(200, { shop: { name: 'Test Shop' } });

    const client = new ShopifyClient('test-shop.myshopify.com', FAKE_TOKEN);
    await expect(client.shop()).resolves.toEqual({ name: 'Test Shop' });
    scope.done();
  });
});
""", None, "Jest and nock docs; test fixture with a self-declared fake token")

add("json/decoy-checksum", "frames-site/package-lock.json", r"""
{
  "name": "frames-site",
  "version": "2.3.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/algoliasearch": {
      "version": "4.23.3",
      "resolved": "https://registry.npmjs.org/algoliasearch/-/algoliasearch-4.23.3.tgz",
      "integrity": "sha512-@@I1@@"
    },
    "node_modules/mapbox-gl": {
      "version": "3.3.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.3.0.tgz",
      "integrity": "sha512-@@I2@@"
    },
    "node_modules/stripe": {
      "version": "14.25.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-14.25.0.tgz",
      "integrity": "sha512-@@I3@@"
    }
  }
}
""", None, "npm docs: package-lock.json integrity (SRI sha512)", I1=rbytes_b64(64), I2=rbytes_b64(64), I3=rbytes_b64(64))

add("html/decoy-checksum", "frames-site/public/index.html", r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Frames | Harbor Vision Optical Boutique</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/instantsearch.css@8.1.0/themes/satellite-min.css"
        integrity="sha384-@@S1@@" crossorigin="anonymous">
  <script src="https://cdn.jsdelivr.net/npm/algoliasearch@4.23.3/dist/algoliasearch-lite.umd.js"
          integrity="sha384-@@S2@@" crossorigin="anonymous"></script>
</head>
<body>
  <div id="frame-search"></div>
  <div id="frames"></div>
</body>
</html>
""", None, "W3C Subresource Integrity: integrity attribute", S1=rbytes_b64(48), S2=rbytes_b64(48))

add("tsx/decoy-public-id", "contacts-app/src/featureFlags.tsx", r"""
import { asyncWithLDProvider } from "launchdarkly-react-client-sdk";

// Client-side ID: public, identifies the environment to the browser SDK (not the server SDK key).
const LD_CLIENT_SIDE_ID = "@@ID@@";

export async function FlagsProvider({ children, patientId }: { children: JSX.Element; patientId?: string }) {
  const Provider = await asyncWithLDProvider({
    clientSideID: LD_CLIENT_SIDE_ID,
    context: { kind: "user", key: patientId ?? "anonymous", anonymous: !patientId },
  });
  return <Provider>{children}</Provider>;
}
""", None, "LaunchDarkly docs: client-side ID is not secret", ID=hexs(24))

add("html/decoy-public-key", "shop/templates/partials/analytics.html", r"""
<!-- Segment analytics.js: the write key only sends events from browsers (by design public) -->
<script>
  !function(){var analytics=window.analytics=window.analytics||[];if(!analytics.initialize)
  if(analytics.invoked)window.console&&console.error&&console.error("Segment snippet included twice.");
  else{analytics.invoked=!0;analytics.load=function(key){var t=document.createElement("script");
  t.type="text/javascript";t.async=!0;t.src="https://cdn.segment.com/analytics.js/v1/"+key+"/analytics.min.js";
  var n=document.getElementsByTagName("script")[0];n.parentNode.insertBefore(t,n)};
  analytics.load("@@KEY@@");analytics.page();}}();
</script>
""", None, "Segment docs: analytics.js quickstart, write key in the snippet", KEY=rand(32))

add("json/decoy-public-id", "shopify-theme/config/settings_data.json", r"""
{
  "current": {
    "logo_width": 140,
    "colors_accent_1": "#1f4e79",
    "type_header_font": "assistant_n4",
    "social_instagram_link": "https://instagram.com/harborvisionoptical",
    "google_analytics_id": "G-7KQ2W9XJ4M",
    "facebook_pixel_id": "418275902361847",
    "klaviyo_public_api_key": "Xk7pQ2",
    "sections": {
      "header": { "type": "header", "settings": { "menu": "main-menu", "enable_sticky_header": true } },
      "announcement-bar": {
        "type": "announcement-bar",
        "settings": { "text": "Free adjustments for life on every frame" }
      }
    }
  }
}
""", None, "Shopify theme docs: settings_data.json; Klaviyo public API key (site ID)")

rows = []
r = _rng()
for brand, product, bc in [("Acuvue", "Oasys 1-Day", "8.5"), ("Acuvue", "Oasys 1-Day", "9.0"),
                           ("Dailies", "Total1", "8.5"), ("Biofinity", "Toric", "8.7"),
                           ("Precision1", "Daily", "8.3"), ("Bausch + Lomb", "Infuse", "8.6")]:
    rows.append(f"{r.randint(10**11, 10**12 - 1)},{brand},{product},{bc},14.2,{r.choice(['-1.00', '-2.25', '-3.50', '+1.25'])},{r.choice([30, 90])},{r.randint(10**13, 10**14 - 1)}")
add("csv/decoy-identifier", "contacts-shop/data/lens_catalog.csv", r"""
upc,brand,product,base_curve,diameter,power,pack_size,gtin14
@@ROWS@@
""", None, "GS1 General Specifications: UPC-A and GTIN-14 identifiers", ROWS="\n".join(rows))

add("css/decoy-base64-data", "frames-site/src/styles/badges.css", r"""
.badge-rx-ready {
  padding-left: 22px;
  background: no-repeat left center
    url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAGklEQVQ4T2NkoBAwUqifYdQAhtEwGA0DIAEAASEAEdXr4Q8AAAAASUVORK5CYII=");
}

.badge-blue-light {
  padding-left: 22px;
  background: no-repeat left center
    url("data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIxNiIgaGVpZ2h0PSIxNiI+PGNpcmNsZSBjeD0iOCIgY3k9IjgiIHI9IjYiIGZpbGw9IiMzMzY2Y2MiLz48L3N2Zz4=");
}
""", None, "RFC 2397: data URLs")

add("ts/decoy-public-id", "contacts-app/src/auth/google.ts", r"""
import { OAuth2Client } from "@badgateway/oauth2-client";

// Public client (SPA) with PKCE: the client id is public and there is no client secret.
export const googleClient = new OAuth2Client({
  server: "https://accounts.google.com",
  clientId: "582017339210-@@CID@@.apps.googleusercontent.com",
  authorizationEndpoint: "/o/oauth2/v2/auth",
  tokenEndpoint: "https://oauth2.googleapis.com/token",
});

export const scopes = ["openid", "email", "profile"];
export const redirectUri = `${window.location.origin}/auth/callback`;
""", None, "RFC 7636 (PKCE); Google Identity docs: OAuth client ID for web apps", CID=rand(32, LOWER_ALNUM))

add("json/decoy-public-id", "contacts-app/public/.well-known/apple-app-site-association", r"""
{
  "applinks": {
    "details": [
      {
        "appIDs": ["7KX3M9Q2PL.com.brightvieweyecare.contacts"],
        "components": [
          { "/": "/reorder/*", "comment": "Reorder links in reminder texts" },
          { "/": "/rx/*", "comment": "Prescription viewer" }
        ]
      }
    ]
  },
  "webcredentials": { "apps": ["7KX3M9Q2PL.com.brightvieweyecare.contacts"] }
}
""", None, "Apple developer docs: supporting associated domains (Team ID + bundle id)")

add("ts/decoy-public-key", "frames-site/src/lib/storefront.ts", r"""
import { createStorefrontApiClient } from "@shopify/storefront-api-client";

// Storefront API *public* access token: made for browsers, read-only product and cart access.
// The Admin API token is never shipped to the client.
export const storefront = createStorefrontApiClient({
  storeDomain: "https://harbor-vision-optical.myshopify.com",
  apiVersion: "2024-04",
  publicAccessToken: "@@TOKEN@@",
});

export async function frameByHandle(handle: string) {
  const { data } = await storefront.request(
    `query Frame($handle: String!) { product(handle: $handle) { title vendor priceRange { minVariantPrice { amount } } } }`,
    { variables: { handle } },
  );
  return data?.product;
}
""", None, "Shopify docs: Storefront API public access tokens", TOKEN=hexs(32))

# ---------------------------------------------------------------------------------------------
# Patient reminders and the practice's shared services (SMS, email, push, chat, monitoring, network)
# ---------------------------------------------------------------------------------------------

sid, token = twilio_sid("AC"), hexs(32)
add("python/twilio", "reminders/sms.py", r"""
from twilio.rest import Client

ACCOUNT_SID = "@@SID@@"
AUTH_TOKEN = "@@TOKEN@@"
FROM_NUMBER = "+15555550148"

client = Client(ACCOUNT_SID, AUTH_TOKEN)

TEMPLATE = ("Hi {first}, this is Brightview Eye Care reminding you of your eye exam on {when}. "
            "Reply C to confirm or call us at 555-0100 to reschedule.")


def send_reminder(appt) -> str:
    msg = client.messages.create(
        to=appt.patient_mobile,
        from_=FROM_NUMBER,
        body=TEMPLATE.format(first=appt.patient_first_name, when=appt.starts_at.strftime("%a %b %d at %I:%M %p")),
    )
    return msg.sid
""", token, "Twilio docs: send an SMS with Python (Account SID and Auth Token)", SID=sid, TOKEN=token)

secret = rand(32)
add("json/twilio", "src/Clearsight.Reminders/appsettings.json", r"""
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Twilio": {
    "AccountSid": "@@AC@@",
    "ApiKeySid": "@@SK@@",
    "ApiKeySecret": "@@SECRET@@",
    "MessagingServiceSid": "@@MG@@"
  },
  "Reminders": {
    "HoursBefore": [ 48, 2 ],
    "QuietHoursStart": "20:00",
    "QuietHoursEnd": "08:00"
  }
}
""", secret, "Twilio docs: API keys (SK sid and secret)", AC=twilio_sid("AC"), SK=twilio_sid("SK"),
    SECRET=secret, MG=twilio_sid("MG"))

key = sendgrid_key()
add("go/sendgrid", "reminders/email/send.go", r"""
package email

import (
	"fmt"

	"github.com/sendgrid/sendgrid-go"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
)

var client = sendgrid.NewSendClient("@@KEY@@")

func RecallNotice(name, address, clinic string) error {
	from := mail.NewEmail("Northgate Optical", "recalls@northgateoptical.com")
	to := mail.NewEmail(name, address)
	body := fmt.Sprintf("It's been a year since your last eye exam at %s. Book online at https://northgateoptical.com/book", clinic)
	msg := mail.NewSingleEmail(from, "Time for your annual eye exam", to, body, "")
	resp, err := client.Send(msg)
	if err != nil {
		return err
	}
	if resp.StatusCode >= 300 {
		return fmt.Errorf("sendgrid: %d %s", resp.StatusCode, resp.Body)
	}
	return nil
}
""", key, "SendGrid Go library README: sendgrid.NewSendClient", KEY=key)

key = mailgun_key()
add("ruby/mailgun", "app/mailers/glasses_ready_mailer.rb", r"""
require "mailgun-ruby"

# "Your glasses are ready for pickup" emails from the optical order board
class GlassesReadyMailer
  DOMAIN = "mg.lakesideeye.com".freeze

  def initialize
    @client = Mailgun::Client.new("@@KEY@@")
  end

  def deliver(order)
    message = {
      from: "Lakeside Eye Optical <optical@mg.lakesideeye.com>",
      to: order.patient_email,
      subject: "Your glasses are ready",
      text: "Hi #{order.patient_first_name}, your #{order.frame_name} glasses are ready at #{order.location}. " \
            "We hold orders for 30 days."
    }
    @client.send_message(DOMAIN, message)
  end
end
""", key, "Mailgun docs: API keys; mailgun-ruby README", KEY=key)

token = uuid_s()
add("yaml/postmark", "reminders/config/postmark.yml", r"""
# Transactional mail for appointment confirmations
postmark:
  server_token: @@TOKEN@@
  message_stream: outbound
  from: "Harbor Vision Center <appointments@harborvision.net>"
  templates:
    confirmation: appt-confirmation-v3
    reminder_48h: appt-reminder-48h
    contacts_ready: contacts-ready-pickup
  track_opens: false
""", token, "Postmark API docs: X-Postmark-Server-Token (server API token)", TOKEN=token)

secret = rand(16)
add("kotlin/vonage", "reminders-android-relay/src/main/kotlin/net/harborvision/relay/SmsConfig.kt", r"""
package net.harborvision.relay

import com.vonage.client.VonageClient

object SmsConfig {
    private const val API_KEY = "@@KEY@@"
    private const val API_SECRET = "@@SECRET@@"
    const val FROM = "HarborEye"

    val client: VonageClient by lazy {
        VonageClient.builder()
            .apiKey(API_KEY)
            .apiSecret(API_SECRET)
            .build()
    }
}
""", secret, "Vonage SMS API docs: API key and API secret", KEY=hexs(8), SECRET=secret)

auth_id, auth_token = "MA" + rand(18, UPPER_ALNUM), rand(40)
add("php/plivo", "site/reminders/send_recall.php", r"""
<?php
require 'vendor/autoload.php';
use Plivo\RestClient;

$client = new RestClient("@@ID@@", "@@TOKEN@@");

$pdo = new PDO(getenv('RECALL_DSN'));
$rows = $pdo->query("SELECT first_name, mobile FROM recalls_due WHERE sms_opt_in = 1 AND sent_at IS NULL");
foreach ($rows as $row) {
    $client->messages->create([
        "src" => "+15555550177",
        "dst" => $row['mobile'],
        "text" => "Hi {$row['first_name']}, you're due for your annual eye exam at Lakeside Eye. Book: lakesideeye.com/book",
    ]);
}
echo "done\n";
""", auth_token, "Plivo PHP SDK README: RestClient(auth_id, auth_token)", ID=auth_id, TOKEN=auth_token)

hook = slack_webhook()
add("shell/slack-webhook", "ops/scripts/notify_frontdesk.sh", r"""
#!/usr/bin/env bash
# Posts to #front-desk when the reminder job fails or the phone system drops
set -u
MSG="${1:-Reminder job finished}"
WEBHOOK='@@HOOK@@'

curl -s -X POST -H 'Content-type: application/json' \
  --data "{\"text\": \"${MSG//\"/\\\"}\"}" \
  "$WEBHOOK" > /dev/null
""", hook, "Slack docs: sending messages using incoming webhooks", HOOK=hook)

hook = (f"https://harborvision.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
        f"{hexs(32)}/{uuid_s()}/V2{rand(40, URLSAFE)}")
add("powershell/teams-webhook", "ops/scripts/Send-NoShowReport.ps1", r"""
# Weekly no-show report to the managers' Teams channel
$Webhook = '@@HOOK@@'

$noShows = Import-Csv '\\fs01\reports\noshow_week.csv'
$byDoctor = $noShows | Group-Object Doctor | Sort-Object Count -Descending

$lines = $byDoctor | ForEach-Object { "- $($_.Name): $($_.Count)" }
$card = @{
    '@type'    = 'MessageCard'
    '@context' = 'https://schema.org/extensions'
    summary    = 'No-show report'
    title      = "No-shows this week: $($noShows.Count)"
    text       = ($lines -join "`n")
} | ConvertTo-Json

Invoke-RestMethod -Method Post -Uri $Webhook -ContentType 'application/json' -Body $card
""", hook, "Microsoft Learn: create an Incoming Webhook (Teams connectors)", HOOK=hook)

key = "AAAA" + rand(7, URLSAFE) + ":APA91b" + rand(134, URLSAFE)
add("js/firebase-fcm", "contacts-app/functions/push.js", r"""
// Legacy FCM HTTP API: "your contacts are ready" push to the patient app
const fetch = require('node-fetch');

const FCM_SERVER_KEY = '@@KEY@@';

async function notifyReady(deviceToken, location) {
  const res = await fetch('https://fcm.googleapis.com/fcm/send', {
    method: 'POST',
    headers: { Authorization: `key=${FCM_SERVER_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      to: deviceToken,
      notification: { title: 'Your contacts are ready', body: `Pick them up at ${location}` },
    }),
  });
  return res.json();
}

module.exports = { notifyReady };
""", key, "Firebase docs: legacy HTTP server key (Authorization: key=AAAA...)", KEY=key)

token = rand(48, URLSAFE)
add("yaml/api-token", "integrations/weave/weave_sync.yaml", r"""
# Weave: two-way texting and appointment reminders, fed from the PM system
weave:
  location_id: @@LOC@@
  api_base: https://api.weaveconnect.com/v1
  api_token: "@@TOKEN@@"
sync:
  appointments_days_ahead: 14
  send_confirmations: true
  exclude_appointment_types:
    - "OPTICAL PICKUP"
    - "FRAME ADJUST"
""", token, "vendor integration config (bearer API token)", TOKEN=token, LOC=uuid_s())

key = "KEY" + hexs(32, upper=True) + "_" + rand(22)
add("env/telnyx", "reminders/.env.production", r"""
NODE_ENV=production
PORT=3000
TELNYX_API_KEY=@@KEY@@
TELNYX_MESSAGING_PROFILE_ID=@@PROFILE@@
TELNYX_FROM=+15555550163
REMINDER_CRON=0 9 * * *
TZ=America/Denver
""", key, "Telnyx API v2 docs: API keys (KEY...)", KEY=key, PROFILE=uuid_s())

pw = person_pw()
add("postfix/smtp", "ops/postfix/sasl_passwd", r"""
# /etc/postfix/sasl_passwd - relay for the fax-to-email and reminder server
# after editing: postmap /etc/postfix/sasl_passwd && systemctl reload postfix
[smtp.office365.com]:587 reminders@harborvision.net:@@PW@@
#
# relayhost = [smtp.office365.com]:587 in main.cf
""", pw, "Postfix SASL README: sasl_passwd lookup table", PW=pw)

app_pw = rand(16, string.ascii_lowercase)
add("python/smtp", "scripts/send_recall_letters.py", r"""
import csv
import smtplib
from email.message import EmailMessage

SMTP_USER = "recalls.lakesideeye@gmail.com"
SMTP_APP_PASSWORD = "@@PW@@"


def main() -> None:
    with smtplib.SMTP_SSL("smtp.gmail.com", 465) as smtp:
        smtp.login(SMTP_USER, SMTP_APP_PASSWORD)
        with open("recalls_due.csv", newline="") as fh:
            for row in csv.DictReader(fh):
                msg = EmailMessage()
                msg["From"] = f"Lakeside Eye Associates <{SMTP_USER}>"
                msg["To"] = row["email"]
                msg["Subject"] = "Your annual eye exam is due"
                msg.set_content(f"Dear {row['first_name']},\n\nIt's time for your yearly eye exam. "
                                "Call 555-0100 or book at lakesideeye.com/book.\n")
                smtp.send_message(msg)


if __name__ == "__main__":
    main()
""", app_pw, "Google Account Help: sign in with app passwords; Python smtplib docs", PW=app_pw)

acs_key = rbytes_b64(64)
add("csharp/azure-communication", "src/Clearsight.Reminders/SmsSender.cs", r"""
using Azure.Communication.Sms;

namespace Clearsight.Reminders;

public sealed class SmsSender
{
    private const string ConnectionString =
        "endpoint=https://clearsight-reminders.unitedstates.communication.azure.com/;accesskey=@@KEY@@";

    private readonly SmsClient _client = new(ConnectionString);

    public async Task<bool> SendAsync(string to, string text, CancellationToken ct = default)
    {
        var result = await _client.SendAsync(from: "+18885550121", to: to, message: text, cancellationToken: ct);
        return result.Value.Successful;
    }
}
""", acs_key, "Microsoft Learn: Azure Communication Services connection strings (accesskey)", KEY=acs_key)

secret = rand(64, B64)
add("js/jwt-secret", "patient-portal-api/src/config/auth.js", r"""
// Patient portal API: access tokens for the booking and Rx-viewer front end
module.exports = {
  jwt: {
    algorithm: 'HS256',
    secret: '@@SECRET@@',
    accessTokenTtl: '15m',
    refreshTokenTtl: '14d',
    issuer: 'https://portal.brightvieweyecare.com',
  },
  passwordReset: {
    ttlMinutes: 30,
  },
};
""", secret, "RFC 7518 section 3.2: HMAC with SHA-2 (HS256 shared secret)", SECRET=secret)

key = "base64:" + rbytes_b64(32)
add("env/laravel-app-key", "booking-site/.env", r"""
APP_NAME="Northgate Optical Booking"
APP_ENV=production
APP_KEY=@@KEY@@
APP_DEBUG=false
APP_URL=https://book.northgateoptical.com

LOG_CHANNEL=stack
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=booking
DB_USERNAME=booking
DB_PASSWORD=${BOOKING_DB_PASSWORD}
QUEUE_CONNECTION=database
""", key, "Laravel docs: configuration, application key (APP_KEY)", KEY=key)

skb = hexs(128)
add("yaml/rails-secret", "framebar/config/secrets.yml", r"""
# Be sure to restart your server when you modify this file.
development:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] || "dev-only-not-secret" %>

test:
  secret_key_base: test-secret-key-base-not-used-in-production

production:
  secret_key_base: @@SKB@@
""", skb, "Rails guides: secret_key_base (config/secrets.yml)", SKB=skb)

key = hexs(32)
add("yaml/datadog", "ops/datadog/datadog.yaml", r"""
## Datadog Agent on the imaging and PM servers (Windows and Linux)
api_key: @@KEY@@
site: datadoghq.com
hostname_fqdn: true
tags:
  - practice:harbor-vision
  - env:prod
logs_enabled: true
process_config:
  process_collection:
    enabled: false
""", key, "Datadog Agent docs: datadog.yaml api_key", KEY=key)

token = "00" + rand(40, URLSAFE)
add("powershell/okta", "it/Disable-DepartedStaff.ps1", r"""
# Deactivates Okta accounts for staff who left (list exported from payroll)
$OktaOrg = 'https://harborvision.okta.com'
$Headers = @{
    Authorization = 'SSWS @@TOKEN@@'
    Accept        = 'application/json'
}

Import-Csv '.\departed_staff.csv' | ForEach-Object {
    $login = $_.Email
    $user = Invoke-RestMethod -Uri "$OktaOrg/api/v1/users/$login" -Headers $Headers -ErrorAction SilentlyContinue
    if ($user -and $user.status -ne 'DEPROVISIONED') {
        Invoke-RestMethod -Method Post -Uri "$OktaOrg/api/v1/users/$($user.id)/lifecycle/deactivate" -Headers $Headers
        Write-Output "Deactivated $login"
    }
}
""", token, "Okta developer docs: API tokens, SSWS authorization scheme", TOKEN=token)

key = fakes.openai_key(_seed())
add("notebook/openai", "notebooks/review_sentiment.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Google review themes by location\n", "Classifies last quarter's reviews (wait times, optical staff, pricing)."]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\n",
    "import pandas as pd\n",
    "client = OpenAI(api_key=\"@@KEY@@\")\n",
    "reviews = pd.read_csv('reviews_q1.csv')\n",
    "def theme(text):\n",
    "    r = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': 'One-word theme: ' + text}])\n",
    "    return r.choices[0].message.content.strip().lower()\n",
    "reviews['theme'] = reviews['text'].map(theme)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", key, "OpenAI Python library README: OpenAI(api_key=...)", KEY=key)

key = p8_key()
add("pem/private-key", "patient-app/ios/push/AuthKey_@@KID@@.p8".replace("@@KID@@", rand(10, UPPER_ALNUM)), r"""
@@KEY@@
""", key, "Apple developer docs: token-based connection to APNs (.p8 signing key)", KEY=key)

psk = person_pw()
add("device-config/wifi-psk", "ops/pretest-devices/wpa_supplicant.conf", r"""
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=US

# pre-test room devices (autorefractor, NCT tonometer bridge Pis)
network={
    ssid="HVC-Devices"
    psk="@@PSK@@"
    key_mgmt=WPA-PSK
    priority=10
}
""", psk, "wpa_supplicant.conf(5): psk", PSK=psk)

pw = person_pw()
add("device-config/network-device", "ops/network/hvc-main-sw01.cfg", r"""
!
hostname hvc-main-sw01
!
enable secret 9 $9$@@SALT@@$@@HASH@@
!
username netadmin privilege 15 password 0 @@PW@@
!
vlan 30
 name IMAGING
vlan 40
 name OPTICAL
!
interface GigabitEthernet1/0/12
 description Optos Daytona
 switchport access vlan 30
 spanning-tree portfast
!
ip ssh version 2
line vty 0 4
 login local
 transport input ssh
!
end
""", pw, "Cisco IOS configuration guide: username password 0 (unencrypted)", PW=pw,
    SALT=rand(14, ALNUM + "./"), HASH=rand(43, ALNUM + "./"))

wg = rbytes_b64(32)
add("wireguard/private-key", "ops/vpn/wg0-riverside.conf", r"""
[Interface]
Address = 10.99.0.4/24
PrivateKey = @@KEY@@
ListenPort = 51820
DNS = 10.20.0.2

[Peer]
PublicKey = @@PUB@@
AllowedIPs = 10.20.0.0/16, 10.30.0.0/24
Endpoint = vpn.harborvision.net:51820
PersistentKeepalive = 25
""", wg, "wg(8): configuration file format, PrivateKey", KEY=wg, PUB=rbytes_b64(32))

pat = rand(52, string.ascii_lowercase + "234567")
add("xml/azure-devops-pat", "src/NuGet.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="ClearsightShared" value="https://pkgs.dev.azure.com/clearsight/_packaging/shared/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <ClearsightShared>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="@@PAT@@" />
    </ClearsightShared>
  </packageSourceCredentials>
</configuration>
""", pat, "Microsoft Learn: nuget.config reference, packageSourceCredentials ClearTextPassword", PAT=pat)

pw = url_pw()
add("python/redis", "reminders/reminders/celery.py", r"""
from celery import Celery
from celery.schedules import crontab

app = Celery(
    "reminders",
    broker="rediss://:@@PW@@@reminders-cache.redis.cache.windows.net:6380/0?ssl_cert_reqs=required",
    backend="rediss://:@@PW@@@reminders-cache.redis.cache.windows.net:6380/1?ssl_cert_reqs=required",
)

app.conf.timezone = "America/Chicago"
app.conf.beat_schedule = {
    "appointment-reminders-48h": {"task": "reminders.tasks.send_48h", "schedule": crontab(minute=0, hour="9-17")},
    "recall-batch": {"task": "reminders.tasks.send_recalls", "schedule": crontab(minute=30, hour=10, day_of_week="mon")},
}
""", pw, "Celery docs: using Redis as a broker (rediss:// URL with password)", PW=pw)

# Decoys of reminders and shared services
add("go/decoy-env-ref", "reminders/email/client.go", r"""
package email

import (
	"log"
	"os"

	"github.com/sendgrid/sendgrid-go"
)

// NewClient reads the key the deploy injects; it is never written in the repository.
func NewClient() *sendgrid.Client {
	key := os.Getenv("SENDGRID_API_KEY")
	if key == "" {
		log.Fatal("SENDGRID_API_KEY is not set")
	}
	return sendgrid.NewSendClient(key)
}
""", None, "Go os package docs: Getenv")

add("markdown/decoy-doc-example", "reminders/docs/twilio-setup.md", r"""
# Setting up Twilio for a new location

1. In the Twilio console, create a Messaging Service for the location.
2. Add the location's number to the service's sender pool.
3. Put the credentials in the vault (never in this repo). The code expects:

```python
from twilio.rest import Client

account_sid = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
auth_token = "your_auth_token"
client = Client(account_sid, auth_token)
```

(These are the placeholder values from Twilio's quickstart.)
4. Register the number for A2P 10DLC under the practice's brand.
""", None, "Twilio docs: SMS Python quickstart placeholders")

add("markdown/decoy-redacted", "docs/incidents/2024-02-11-reminder-outage.md", r"""
# 2024-02-11: reminder texts not sent

**Impact:** 412 appointment reminders for Feb 12-13 were not sent; no-shows rose to 14 %.

## What happened

The Twilio auth token was rotated in the console (`AC3f...redacted`) but the reminder service kept
the old one. Every request failed with `20003 Authenticate`. The log showed the header as
`Authorization: Basic [REDACTED]`; the SendGrid fallback key was also stale (`SG.****************`).

## Follow-up

- Tokens now come from Key Vault references; rotation restarts the app.
- An alert fires after 20 consecutive 401s (owner: IT).
- Front desk called the 48 affected patients for Feb 12.
""", None, "incident postmortem with redacted credentials")

add("log/decoy-redacted", "reminders/logs/sample-run.log", r"""
2024-05-14T09:00:01Z INFO  reminder-job starting batch=48h count=57
2024-05-14T09:00:01Z DEBUG twilio client account=AC******************************c41 token=********
2024-05-14T09:00:02Z INFO  sent sid=SM7e1a... to=+1555***0142 status=queued
2024-05-14T09:00:02Z INFO  sent sid=SM02bd... to=+1555***0177 status=queued
2024-05-14T09:00:03Z WARN  skipped patient=TEST0003 reason=opted_out
2024-05-14T09:00:04Z DEBUG sendgrid request Authorization=Bearer SG.***REDACTED***
2024-05-14T09:00:09Z INFO  reminder-job done sent=55 skipped=2 failed=0
""", None, "structured application log with masked credentials")

add("python/decoy-test-fixture", "reminders/tests/conftest.py", r"""
import pytest

from reminders.settings import Settings


@pytest.fixture
def settings() -> Settings:
    # Dummy values: the Twilio and SendGrid clients are replaced by fakes in every test.
    return Settings(
        twilio_account_sid="AC00000000000000000000000000000000",
        twilio_auth_token="not-a-real-token",
        sendgrid_api_key="SG.test-key-not-real",
        smtp_password="dummy-password",
        database_url="sqlite:///:memory:",
    )


@pytest.fixture
def appointment(factory):
    return factory.appointment(patient_first_name="Test", patient_mobile="+15555550100")
""", None, "pytest docs: fixtures; self-declared dummy values")

add("consul-template/decoy-template", "reminders/deploy/vault-agent/twilio.env.ctmpl", r"""
{{- /* Rendered by Vault Agent into /run/secrets/twilio.env; the values live only in Vault. */ -}}
{{ with secret "kv/data/prod/reminders/twilio" -}}
TWILIO_ACCOUNT_SID={{ .Data.data.account_sid }}
TWILIO_AUTH_TOKEN={{ .Data.data.auth_token }}
{{- end }}
{{ with secret "kv/data/prod/reminders/sendgrid" -}}
SENDGRID_API_KEY={{ .Data.data.api_key }}
{{- end }}
""", None, "Vault Agent docs: templates (Consul Template syntax)")

add("yaml/decoy-secret-ref", "reminders/deploy/cloudrun-service.yaml", r"""
apiVersion: serving.knative.dev/v1
kind: Service
metadata:
  name: reminders
  labels:
    cloud.googleapis.com/location: us-central1
spec:
  template:
    spec:
      serviceAccountName: reminders@bv-contacts-reorder.iam.gserviceaccount.com
      containers:
        - image: us-central1-docker.pkg.dev/bv-contacts-reorder/apps/reminders:1.12.0
          env:
            - name: TWILIO_AUTH_TOKEN
              valueFrom:
                secretKeyRef:
                  name: twilio-auth-token
                  key: latest
            - name: SENDGRID_API_KEY
              valueFrom:
                secretKeyRef:
                  name: sendgrid-api-key
                  key: "3"
""", None, "Google Cloud Run docs: use secrets as environment variables (Secret Manager)")

add("env/decoy-secret-ref", "reminders/.env.tpl", r"""
# Rendered with: op inject -i .env.tpl -o .env   (1Password CLI)
TWILIO_ACCOUNT_SID=op://Practice IT/Twilio reminders/account sid
TWILIO_AUTH_TOKEN=op://Practice IT/Twilio reminders/auth token
SENDGRID_API_KEY=op://Practice IT/SendGrid/credential
WEAVE_API_TOKEN=op://Practice IT/Weave/api token
DATABASE_URL=op://Practice IT/Reminders DB/connection string
""", None, "1Password CLI docs: secret references (op://) and op inject")

add("json/decoy-ciphertext", "reminders/config/encrypted.prod.json", r"""
{
  "_note": "Values are AWS KMS ciphertext (key alias/reminders-prod); decrypted at start-up by the task role.",
  "kmsKeyArn": "arn:aws:kms:us-east-2:111122223333:key/@@KEYID@@",
  "twilioAuthToken": "@@C1@@",
  "sendgridApiKey": "@@C2@@",
  "weaveApiToken": "@@C3@@"
}
""", None, "AWS KMS docs: Encrypt API, CiphertextBlob (base64)", KEYID=uuid_s(),
    C1="AQICAHh" + rbytes_b64(150), C2="AQICAHh" + rbytes_b64(180), C3="AQICAHh" + rbytes_b64(160))

n_mod = base64.urlsafe_b64encode(bytes(_rng().getrandbits(8) for _ in range(256))).decode().rstrip("=")
add("json/decoy-public-key", "patient-portal-api/public/.well-known/jwks.json", r"""
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "portal-2024-05",
      "n": "@@N@@",
      "e": "AQAB"
    }
  ]
}
""", None, "RFC 7517: JSON Web Key Set (public RSA key)", N=n_mod)

add("k8s/decoy-placeholder", "reminders/deploy/secret.template.yaml", r"""
# Template only. CI replaces the values from the vault before `kubectl apply`; do not fill in here.
apiVersion: v1
kind: Secret
metadata:
  name: reminders
  namespace: reminders
type: Opaque
stringData:
  TWILIO_ACCOUNT_SID: REPLACE_ME
  TWILIO_AUTH_TOKEN: REPLACE_ME
  SENDGRID_API_KEY: REPLACE_ME
  REDIS_URL: rediss://:REPLACE_ME@reminders-cache:6380/0
""", None, "Kubernetes docs: Secret stringData; placeholder template")

rows = ",\n".join(f"  ({i}, '{name}', '{hexs(64)}', '{hexs(8)}', now())" for i, name in
                  enumerate(["weave-inbound", "lab-status-callback", "website-booking", "kiosk-checkin"], 1))
add("sql/decoy-hash", "patient-portal-api/db/seed/api_clients.sql", r"""
-- Inbound API clients. Only the SHA-256 of each key is stored; the key itself was shown once
-- to the partner and is not kept anywhere in our systems.
CREATE TABLE IF NOT EXISTS api_client (
  id integer PRIMARY KEY,
  name text NOT NULL,
  key_sha256 char(64) NOT NULL,
  key_prefix char(8) NOT NULL,
  created_at timestamptz NOT NULL
);
INSERT INTO api_client (id, name, key_sha256, key_prefix, created_at) VALUES
@@ROWS@@;
""", None, "OWASP: storing API keys as hashes", ROWS=rows)

commits = "\n".join(f"- {hexs(40)[:12]} {msg}" for msg in [
    "reminders: respect quiet hours per location", "eligibility: retry VSP token on 401",
    "labs: add Hoya iLab order status poller", "portal: show contact lens Rx expiry",
    "imaging: attach OCT PDF to the visit"])
add("markdown/decoy-commit-sha", "CHANGELOG.md", r"""
# Changelog

## 3.8.0 - 2024-05-20

@@COMMITS@@

## 3.7.2 - 2024-04-29

- @@C2@@ eligibility: fix EyeMed date-of-birth format
""", None, "Keep a Changelog; git abbreviated commit hashes", COMMITS=commits, C2=hexs(12))

add("kotlin/decoy-env-ref", "patient-app/android/app/build.gradle.kts", r"""
import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

// Keys come from local.properties (git-ignored) or the CI environment, never from this file.
val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}
fun secret(name: String): String = localProps.getProperty(name) ?: System.getenv(name) ?: ""

android {
    namespace = "com.brightvieweyecare.patient"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.brightvieweyecare.patient"
        minSdk = 26
        targetSdk = 34
        buildConfigField("String", "PORTAL_API_KEY", "\"${secret("PORTAL_API_KEY")}\"")
    }
    buildFeatures { buildConfig = true }
}
""", None, "Android docs: build configuration, buildConfigField; local.properties")

add("terraform/decoy-placeholder", "infra/reminders/terraform.tfvars.example", r"""
# Copy to terraform.tfvars (git-ignored) and fill in. Real values are in the vault.
location            = "centralus"
resource_group_name = "rg-reminders-prod"
twilio_account_sid  = "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
twilio_auth_token   = "<twilio auth token>"
sendgrid_api_key    = "<sendgrid api key>"
alert_email         = "it@example.com"
""", None, "Terraform docs: variable definitions (.tfvars) files")

add("notebook/decoy-env-ref", "notebooks/reminder_response_rates.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\n",
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "# DSN from the environment (set by the JupyterHub profile); nothing secret in the notebook\n",
    "engine = create_engine(os.environ['REMINDERS_RO_DSN'])\n",
    "df = pd.read_sql('SELECT channel, hours_before, confirmed FROM reminder_outcomes', engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [{"output_type": "stream", "name": "stdout", "text": ["sms 48h 0.61\n", "email 48h 0.22\n"]}],
   "source": ["print(df.groupby(['channel', 'hours_before']).confirmed.mean().round(2).to_string())"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", None, "Jupyter nbformat v4; Python os.environ")

add("device-config/decoy-hash", "ops/network/hvc-west-sw01.cfg", r"""
!
hostname hvc-west-sw01
!
enable secret 9 $9$@@S1@@$@@H1@@
!
username netadmin privilege 15 secret 9 $9$@@S2@@$@@H2@@
!
vlan 30
 name IMAGING
!
ip ssh version 2
line vty 0 4
 login local
 transport input ssh
!
end
""", None, "Cisco IOS docs: type 9 (scrypt) secrets", S1=rand(14, ALNUM + "./"), H1=rand(43, ALNUM + "./"),
    S2=rand(14, ALNUM + "./"), H2=rand(43, ALNUM + "./"))

add("gitlab-ci/decoy-env-ref", "reminders/.gitlab-ci.yml", r"""
stages: [build, deploy]

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"

deploy:
  stage: deploy
  image: bitnami/kubectl:1.29
  environment: production
  script:
    # TWILIO_AUTH_TOKEN is a masked, protected CI/CD variable
    - kubectl -n reminders create secret generic reminders --from-literal=TWILIO_AUTH_TOKEN="$TWILIO_AUTH_TOKEN" --dry-run=client -o yaml | kubectl apply -f -
    - kubectl -n reminders set image deploy/reminders app="$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"
  only: [main]
""", None, "GitLab docs: predefined CI/CD variables, masked variables")

add("compose/decoy-env-ref", "reminders/docker-compose.yml", r"""
services:
  reminders:
    image: ghcr.io/brightview-eye/reminders:1.12.0
    environment:
      TWILIO_ACCOUNT_SID: ${TWILIO_ACCOUNT_SID:?set in .env}
      TWILIO_AUTH_TOKEN: ${TWILIO_AUTH_TOKEN:?set in .env}
      DATABASE_URL: postgres://reminders:${REMINDERS_DB_PASSWORD:?}@db:5432/reminders
    depends_on: [db]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: reminders
      POSTGRES_PASSWORD: ${REMINDERS_DB_PASSWORD:?}
    volumes:
      - pg:/var/lib/postgresql/data
volumes:
  pg:
""", None, "Docker Compose docs: interpolation, ${VAR:?err}")

add("k8s/decoy-ciphertext", "reminders/deploy/sealed-secret.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: reminders
  namespace: reminders
spec:
  encryptedData:
    TWILIO_AUTH_TOKEN: @@E1@@
    SENDGRID_API_KEY: @@E2@@
  template:
    metadata:
      name: reminders
      namespace: reminders
    type: Opaque
""", None, "Bitnami sealed-secrets README: SealedSecret encryptedData",
    E1="AgB" + rbytes_b64(400), E2="AgC" + rbytes_b64(420))

add("json/decoy-secret-ref", "src/Clearsight.Reminders/appsettings.Production.json", r"""
{
  "Twilio": {
    "AccountSid": "@Microsoft.KeyVault(SecretUri=https://kv-clearsight-prod.vault.azure.net/secrets/twilio-account-sid/)",
    "ApiKeySid": "@Microsoft.KeyVault(SecretUri=https://kv-clearsight-prod.vault.azure.net/secrets/twilio-api-key-sid/)",
    "ApiKeySecret": "@Microsoft.KeyVault(SecretUri=https://kv-clearsight-prod.vault.azure.net/secrets/twilio-api-key-secret/)"
  },
  "ConnectionStrings": {
    "Reminders": "@Microsoft.KeyVault(VaultName=kv-clearsight-prod;SecretName=reminders-sql)"
  },
  "Reminders": { "HoursBefore": [ 48, 2 ] }
}
""", None, "Microsoft Learn: Key Vault references for App Service and Azure Functions")

add("yaml/decoy-public-id", "reminders/config/templates.yml", r"""
# Message templates per location; ids below are public identifiers, not credentials.
messaging_service_sid: @@MG@@
locations:
  main-street:
    from: "+15555550148"
    reminder_48h: "Hi {{patient.first_name}}, see you {{appt.day}} at {{appt.time}} at Brightview Main Street. Reply C to confirm."
  westfield:
    from: "+15555550163"
    reminder_48h: "Hi {{patient.first_name}}, reminder: {{appt.day}} {{appt.time}}, Brightview Westfield. Reply C to confirm."
contacts_ready: "Your contact lenses are ready for pickup at {{location.name}}. We're open until {{location.closes}}."
opt_out_footer: "Reply STOP to opt out."
""", None, "Twilio docs: Messaging Service SID (MG...) is an identifier", MG=twilio_sid("MG"))

# ---------------------------------------------------------------------------------------------

assert SEED_LOW <= _SEED[0] <= SEED_HIGH
assert len({case.file_name for case in CASES}) == len(CASES)
