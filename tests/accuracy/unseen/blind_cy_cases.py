"""Blind set CY: IT of retail and specialty pharmacies.

Pharmacy management systems (PioneerRx, Rx30, QS/1, BestRx, Liberty, EnterpriseRx replicas and
their SQL Server / PostgreSQL / MySQL / Oracle back ends), e-prescribing (NCPDP SCRIPT messages,
the Surescripts network and its client certificates, DrFirst, NewCrop), PBM claims adjudication
switches (NCPDP Telecommunication D.0 through Change Healthcare / RelayHealth style switches,
their VPN tunnels), drug databases (First Databank MedKnowledge and FDB Cloud Connector,
Medi-Span, Gold Standard, Lexicomp, openFDA, RxNorm/UMLS), automated dispensing cabinets and
robots (Omnicell, BD Pyxis, ScriptPro, Parata, Swisslog, Kirby Lester), refill IVR and SMS
reminders (Twilio, Vonage, Plivo, Bandwidth, Amazon Connect/SNS, SendGrid, Mailgun, FCM,
Dialogflow), compounding and inventory systems (wholesaler EDI over SFTP/AS2 with McKesson,
Cardinal Health, AmerisourceBergen, DSCSA traceability with TraceLink), state PDMP queries
(Bamboo Health PMP Gateway, state PDMP APIs), copay payments, and the DevOps around them
(CI, containers, Kubernetes, Terraform, monitoring, chat alerts) - with their decoys (NCPDP
BIN/PCN/group numbers, NPI/NCPDP/DEA ids, NDCs and GPIs, placeholders, secret-store
references, ciphertext, digests, certificates and public keys, documented examples).

Generated fakes only (seeds 960000-969999).
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
B64 = ALNUM + "+/"
_SEED = [960000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert 960000 <= _SEED[0] < 970000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert 960000 <= _SEED[0] < 970000
    return _SEED[0]


RX_WORDS = ["Mortar", "Pestle", "Capsule", "Tablet", "Refill", "Vial", "Caduceus", "Formulary", "Elixir",
            "Tincture", "Ampule", "Blister", "Counter", "Apothecary", "Lozenge", "Syringe", "Dropper", "Pillbox"]
PLAIN = ["Harbor", "Maple", "Falcon", "Cedar", "Granite", "Willow", "Summit", "Copper", "Meadow", "Beacon",
         "Juniper", "Kestrel", "Bluebird", "Cardinal", "Pinecone", "Lighthouse"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "pharma", "compound"]
SEASONS = ["Spring", "Summer", "Autumn", "Fall", "Winter"]


def words_pw(sym: str = "!#$*@") -> str:
    r = _rng()
    return r.choice(RX_WORDS) + r.choice(sym) + r.choice(PLAIN) + str(r.randint(10, 9999))


def human_pw() -> str:
    """What a store manager or a pharmacy tech picks: a season or a brand word, a year, a mark."""
    r = _rng()
    base = r.choice(SEASONS + ["Pharmacy", "Rxadmin", "Pharm4cy", "Welcome", "Omnicell", "Pyxis", "Script"])
    return base + str(r.choice([2019, 2020, 2021, 2022, 2023, 2024])) + r.choice("!#$*.")


def url_pw(n: int = 20) -> str:
    """A generated password safe inside a URL's userinfo."""
    return fakes.drawn_mixed(_seed(), n)


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def upper_hex(n: int) -> str:
    return hexs(n).upper()


def chars(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def pem_key(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def openssh_key() -> str:
    r = _rng()
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += ["".join(r.choice(B64) for _ in range(70)) for _ in range(4)]
    lines.append("".join(r.choice(B64) for _ in range(24)) + "=")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem() -> str:
    r = _rng()
    body = ["MIIF" + "".join(r.choice(B64) for _ in range(60))]
    body += ["".join(r.choice(B64) for _ in range(64)) for _ in range(7)]
    body.append("".join(r.choice(B64) for _ in range(30)) + "==")
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(body) + "\n-----END CERTIFICATE-----"


def indent(block: str, spaces: int) -> str:
    pad = " " * spaces
    return "\n".join(pad + line for line in block.splitlines())


# Vendor shapes -----------------------------------------------------------------------------

def twilio_sid() -> str:
    return "AC" + hexs(32)


def twilio_token() -> str:
    return hexs(32)


def twilio_api_key_sid() -> str:
    return "SK" + hexs(32)


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER_DIGITS) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER_DIGITS) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def teams_webhook() -> str:
    return (f"https://pharmaops.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def stripe_secret() -> str:
    return fakes.fake("sk_live_", 99, _seed())


def stripe_restricted() -> str:
    return fakes.fake("rk_live_", 99, _seed())


def square_token() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    return b64_bytes(64)


def okta_token() -> str:
    return "00" + chars(40, ALNUM + "-_")


def auth0_secret() -> str:
    return chars(64, ALNUM + "-_")


def vault_token() -> str:
    return "hvs." + fakes.drawn_mixed(_seed(), 24)


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def github_token() -> str:
    return fakes.github_token(_seed())


def datadog_api() -> str:
    return hexs(32)


def newrelic_license() -> str:
    return hexs(36) + "NRAL"


def newrelic_user_key() -> str:
    return "NRAK-" + chars(27, UPPER_DIGITS)


def sentry_token() -> str:
    return "sntrys_" + b64(f'{{"iat":1712{digits(6)},"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"valley-rx"}}').rstrip("=") + "_" + chars(43, ALNUM + "+/")


def pagerduty_key() -> str:
    return hexs(32)


def google_api_key() -> str:
    return "AIza" + fakes.drawn_mixed(_seed(), 35, ALNUM + "-_")


def fcm_server_key() -> str:
    return "AAAA" + chars(7, ALNUM + "-_") + ":APA91b" + chars(134, ALNUM + "-_")


def vonage_secret() -> str:
    return fakes.drawn_mixed(_seed(), 16)


def plivo_token() -> str:
    return fakes.drawn_mixed(_seed(), 40)


def authnet_key() -> str:
    return fakes.drawn_mixed(_seed(), 16)


def dsn_pw() -> str:
    return url_pw(22)


def jwt_like(payload: str) -> str:
    head = b64('{"alg":"HS256","typ":"JWT"}').rstrip("=").replace("+", "-").replace("/", "_")
    body = b64(payload).rstrip("=").replace("+", "-").replace("/", "_")
    return head + "." + body + "." + chars(43, ALNUM + "-_")


def bcrypt_hash() -> str:
    return "$2b$12$" + chars(53, ALNUM + "./")


def ansible_vault_blob() -> str:
    r = _rng()
    return "\n".join("".join(r.choice("0123456789") + r.choice(HEX) for _ in range(40)) for _ in range(5))


CASES: List[LabelledCase] = []


def _fill(text: str, kw: dict) -> str:
    for key, value in kw.items():
        text = text.replace("@@" + key + "@@", value)
    assert "@@" not in text, text[:120]
    return text.lstrip("\n")


def secret(fmt: str, kind: str, file_name: str, value: str, source: str, text: str, **kw: str) -> None:
    kw["S"] = value
    CASES.append(LabelledCase(f"blind-cy/{fmt}/{kind}", file_name, _fill(text, kw), value, source))


def decoy(fmt: str, what: str, file_name: str, source: str, text: str, **kw: str) -> None:
    CASES.append(LabelledCase(f"blind-cy/{fmt}/decoy-{what}", file_name, _fill(text, kw), None, source))



# ============================================================================================
# Pharmacy management systems and their databases
# ============================================================================================

secret("yaml", "mssql", "config/pioneerrx-bridge.yaml", human_pw(),
       "PioneerRx reporting replica via pyodbc (ODBC Driver 18 for SQL Server connection keywords)", """
# Reporting bridge: reads the PioneerRx replica every 15 minutes and pushes
# fill counts to the district dashboard. Store 0412 (Elm St).
store:
  ncpdp_id: "4412876"
  npi: "1649382751"
  timezone: America/Chicago

pioneerrx:
  server: RXSRV01\\PIONEER
  database: PioneerPharmacySystem
  driver: ODBC Driver 18 for SQL Server
  username: rpt_bridge
  password: @@S@@
  trust_server_certificate: true
  query_timeout_s: 90

dashboard:
  url: https://dash.valleyrx.internal/api/v1/fills
  batch_size: 500
""")

secret("json", "mssql", "src/RefillService/appsettings.Production.json", words_pw("!#*"),
       "ASP.NET Core configuration (learn.microsoft.com appsettings.json ConnectionStrings)", """
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "ConnectionStrings": {
    "Rx30": "Server=10.40.2.15,1433;Database=RX30;User Id=refill_svc;Password=@@S@@;Encrypt=True;TrustServerCertificate=True",
    "Queue": "Server=10.40.2.15,1433;Database=RefillQueue;Integrated Security=False;User Id=refill_svc;Password=@@S@@"
  },
  "Refill": {
    "DaysBeforeDue": 5,
    "MaxMessagesPerRun": 2000,
    "QuietHoursStart": "21:00",
    "QuietHoursEnd": "08:00"
  },
  "AllowedHosts": "*"
}
""")

secret("xml", "mssql", "RxSync/App.config", human_pw(),
       ".NET Framework app.config connectionStrings element (learn.microsoft.com)", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.7.2" />
  </startup>
  <connectionStrings>
    <add name="QS1Replica"
         connectionString="Data Source=QS1SQL\\QS1;Initial Catalog=QS1Data;User ID=rxsync;Password=@@S@@;Application Name=RxSync"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="StoreNumber" value="0127" />
    <add key="PollSeconds" value="120" />
    <add key="ExportFolder" value="D:\\RxSync\\outbound" />
  </appSettings>
</configuration>
""")

secret("odbc-ini", "mssql", "deploy/linux/odbc.ini", url_pw(16),
       "unixODBC odbc.ini DSN with Microsoft ODBC Driver for SQL Server keywords", """
; DSNs for the nightly extract box (rx-etl-01)
[BestRxProd]
Driver      = ODBC Driver 17 for SQL Server
Server      = tcp:bestrx-sql.store.local,1433
Database    = BestRx
UID         = etl_reader
PWD         = @@S@@
Encrypt     = yes
TrustServerCertificate = yes

[BestRxTrain]
Driver      = ODBC Driver 17 for SQL Server
Server      = tcp:bestrx-train.store.local,1433
Database    = BestRx_Train
Trusted_Connection = no
""")

secret("properties", "postgres", "claims-gateway/src/main/resources/application-prod.properties", rand_pw(24),
       "Spring Boot common application properties (spring.datasource.*)", """
# Claims gateway - production profile
server.port=8443
server.ssl.enabled=true

spring.datasource.url=jdbc:postgresql://pg-claims.prod.rxnet.local:5432/claims
spring.datasource.username=claims_app
spring.datasource.password=@@S@@
spring.datasource.hikari.maximum-pool-size=20

spring.jpa.hibernate.ddl-auto=validate
spring.flyway.enabled=true

claims.switch.host=switch.claims-vendor.example
claims.switch.port=5010
claims.switch.timeout-ms=15000
claims.ncpdp.version=D0
""")

secret("env", "postgres", "compounding-log/.env.production", url_pw(22),
       "Twelve-factor DATABASE_URL as read by dj-database-url / node-postgres", """
# Compounding log (USP <795>/<797> worksheets) - production
NODE_ENV=production
PORT=3000
DATABASE_URL=postgres://cmpd_app:@@S@@@pg-cmpd.internal:5432/compounding?sslmode=require
SESSION_COOKIE_NAME=cmpd.sid
BALANCE_SERIAL_PORT=/dev/ttyUSB0
LABEL_PRINTER=zebra-zd421-cmpd
BUD_DEFAULT_DAYS=14
""")

secret("docker-compose", "postgres", "inventory/docker-compose.yml", words_pw("!*"),
       "Docker official postgres image environment (POSTGRES_PASSWORD)", """
version: "3.8"
services:
  db:
    image: postgres:15-alpine
    restart: unless-stopped
    environment:
      POSTGRES_DB: inventory
      POSTGRES_USER: inv
      POSTGRES_PASSWORD: "@@S@@"
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    build: ./api
    depends_on: [db]
    environment:
      DB_HOST: db
      DB_USER: inv
      WHOLESALER: cardinal
    ports:
      - "8080:8080"
volumes:
  pgdata:
""")

secret("python", "mysql", "scripts/nightly_inventory_sync.py", human_pw(),
       "PyMySQL connect() keyword arguments (pymysql.readthedocs.io)", """
\"\"\"Pull on-hand counts from the Liberty export DB into the perpetual inventory table.\"\"\"
import datetime

import pymysql

conn = pymysql.connect(
    host="10.12.0.40",
    user="inv_sync",
    password="@@S@@",
    database="liberty_export",
    charset="utf8mb4",
)


def sync(day: datetime.date) -> int:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT ndc11, qty_on_hand, pkg_size FROM onhand WHERE snapshot_date = %s",
            (day,),
        )
        rows = cur.fetchall()
    # ... upsert into perpetual_inventory
    return len(rows)


if __name__ == "__main__":
    print(sync(datetime.date.today()))
""")

_p = words_pw("!#*")
secret("csharp", "mssql", "src/PyxisExtract/Data/PyxisContext.cs", _p,
       "EF Core DbContext OnConfiguring UseSqlServer (learn.microsoft.com)", """
using Microsoft.EntityFrameworkCore;

namespace PyxisExtract.Data
{
    public class PyxisContext : DbContext
    {
        public DbSet<DispenseTransaction> Transactions { get; set; }
        public DbSet<CabinetStation> Stations { get; set; }

        protected override void OnConfiguring(DbContextOptionsBuilder options)
        {
            // TODO move to user secrets before go-live
            options.UseSqlServer(
                "Server=PYXIS-ES-DB01;Database=PyxisES_Reporting;" +
                "User Id=pyx_extract;Password=@@P1@@" +
                "@@P2@@;MultipleActiveResultSets=true");
        }
    }
}
""", P1=_p[:6], P2=_p[6:])

secret("powershell", "mssql", "scripts/Export-OmnicellTransactions.ps1", human_pw(),
       "SqlServer module Invoke-Sqlcmd -Username/-Password (learn.microsoft.com)", """
<#
.SYNOPSIS
  Exports yesterday's Omnicell XT dispense transactions for the diversion report.
#>
param(
    [string]$OutDir = "\\\\fs01\\Pharmacy\\Diversion\\Exports"
)

Import-Module SqlServer

$server   = "OMNI-SQL01\\OMNICELL"
$database = "OmniCenter"
$user     = "diversion_rpt"
$password = '@@S@@'

$query = @"
SELECT TxnTime, StationName, UserId, ItemId, Quantity, TxnType
FROM dbo.Transactions
WHERE TxnTime >= CAST(DATEADD(day,-1,GETDATE()) AS date)
  AND TxnTime <  CAST(GETDATE() AS date)
"@

$rows = Invoke-Sqlcmd -ServerInstance $server -Database $database -Username $user -Password $password -Query $query
$file = Join-Path $OutDir ("omnicell_{0:yyyyMMdd}.csv" -f (Get-Date).AddDays(-1))
$rows | Export-Csv -Path $file -NoTypeInformation
Write-Host "Wrote $($rows.Count) rows to $file"
""")

secret("bat", "mssql", "tools/backup_rx30.bat", human_pw(),
       "sqlcmd utility -U -P options (learn.microsoft.com)", """
@echo off
REM Nightly full backup of the Rx30 database to the NAS - run by Task Scheduler at 01:30
set STAMP=%DATE:~10,4%%DATE:~4,2%%DATE:~7,2%
set DEST=\\\\nas01\\backups\\rx30\\RX30_%STAMP%.bak

sqlcmd -S RX30SRV\\SQLEXPRESS -U sa -P @@S@@ -Q "BACKUP DATABASE [RX30] TO DISK = N'%DEST%' WITH COMPRESSION, INIT"
if errorlevel 1 (
    echo Backup failed >> C:\\Rx30\\logs\\backup.log
    exit /b 1
)
forfiles /p \\\\nas01\\backups\\rx30 /m *.bak /d -14 /c "cmd /c del @path"
echo %DATE% %TIME% backup ok >> C:\\Rx30\\logs\\backup.log
""")

secret("sql", "mssql", "db/migrations/V12__linked_server_enterprise_rx.sql", words_pw("!#$*"),
       "sp_addlinkedserver / sp_addlinkedsrvlogin (learn.microsoft.com Transact-SQL reference)", """
-- Linked server to the EnterpriseRx reporting replica, used by the 340B split-billing views.
EXEC master.dbo.sp_addlinkedserver
     @server = N'ERX_REPLICA',
     @srvproduct = N'',
     @provider = N'MSOLEDBSQL',
     @datasrc = N'erx-replica.corp.local,1433';
GO

EXEC master.dbo.sp_addlinkedsrvlogin
     @rmtsrvname = N'ERX_REPLICA',
     @useself = N'False',
     @locallogin = NULL,
     @rmtuser = N'split340b_ro',
     @rmtpassword = N'@@S@@';
GO

CREATE VIEW dbo.v340bEligibleFills AS
SELECT f.RxNumber, f.FillDate, f.NDC, f.Qty, f.PrescriberNPI
FROM ERX_REPLICA.EnterpriseRx.dbo.Fills AS f
WHERE f.FacilityType = 'CE';
GO
""")

secret("go", "postgres", "internal/store/dsn.go", url_pw(20),
       "pgx / lib/pq connection URL (pkg.go.dev/github.com/jackc/pgx)", """
package store

import (
	"context"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
)

// defaultDSN is used when PHARM_DB_URL is unset (local runs against the shared dev box).
const defaultDSN = "postgres://rxq:@@S@@@10.20.4.11:5432/refillqueue?sslmode=disable"

func Open(ctx context.Context) (*pgxpool.Pool, error) {
	dsn := os.Getenv("PHARM_DB_URL")
	if dsn == "" {
		dsn = defaultDSN
	}
	return pgxpool.New(ctx, dsn)
}
""")

secret("java", "oracle", "pharmnet-bridge/src/main/java/org/valleyrx/pharmnet/PharmNetClient.java", words_pw("#$*"),
       "Oracle JDBC thin driver DriverManager.getConnection(url, user, password)", """
package org.valleyrx.pharmnet;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Reads inpatient orders from the PharmNet (Millennium) reporting schema for the outpatient discharge fills. */
public final class PharmNetClient {

    private static final String URL = "jdbc:oracle:thin:@//mill-rpt.hosp.local:1521/MILRPT";
    private static final String USER = "V500_RX_READ";
    private static final String PASSWORD = "@@S@@";

    private PharmNetClient() {
    }

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }
}
""")

secret("yaml", "postgres", "portal/config/database.yml", rand_pw(28),
       "Rails config/database.yml (guides.rubyonrails.org configuring)", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: refill_portal_development

test:
  <<: *default
  database: refill_portal_test

production:
  <<: *default
  host: refill-portal-db.cluster-ro.internal
  database: refill_portal
  username: refill_portal
  password: @@S@@
""")

secret("pgpass", "postgres", "deploy/ansible/files/pgpass", url_pw(18),
       "PostgreSQL libpq password file format hostname:port:database:username:password", """
# ~/.pgpass for the etl user on rx-etl-01 (chmod 0600)
# hostname:port:database:username:password
pg-claims.prod.rxnet.local:5432:claims:etl:@@S@@
pg-claims.prod.rxnet.local:5432:claims_archive:etl:@@S@@
localhost:5432:*:postgres:
""")

secret("my-cnf", "mysql", "ops/mysql/client.cnf", human_pw(),
       "MySQL option files [client] password option (dev.mysql.com)", """
# Option file for the nightly mysqldump of the IVR call-log DB
[client]
user=ivr_backup
password="@@S@@"
host=ivr-db.store.local
port=3306

[mysqldump]
single-transaction
quick
max_allowed_packet=64M
""")

secret("vbscript", "mssql", "legacy/ExportControlledLog.vbs", human_pw(),
       "ADODB.Connection Open with a SQL Server OLE DB connection string (learn.microsoft.com ADO)", """
' Exports the C-II perpetual log for the DEA biennial inventory.
' Scheduled on the pharmacy manager PC. Do not rename - the task points here.
Option Explicit
Dim conn, rs, fso, out
Set conn = CreateObject("ADODB.Connection")
conn.Open "Provider=SQLOLEDB;Data Source=RXSERVER\\RX;Initial Catalog=Pharmacy;User ID=c2log;Password=@@S@@;"

Set rs = conn.Execute("SELECT DrugName, NDC, OnHand, LastCount FROM C2Perpetual ORDER BY DrugName")
Set fso = CreateObject("Scripting.FileSystemObject")
Set out = fso.CreateTextFile("C:\\Reports\\C2_Perpetual.csv", True)
out.WriteLine "DrugName,NDC,OnHand,LastCount"
Do Until rs.EOF
    out.WriteLine rs("DrugName") & "," & rs("NDC") & "," & rs("OnHand") & "," & rs("LastCount")
    rs.MoveNext
Loop
out.Close
rs.Close
conn.Close
""")

secret("autohotkey", "pms-login", "workstation/hotkeys/rx_login.ahk", human_pw(),
       "AutoHotkey v1 Send / WinWaitActive (autohotkey.com docs)", """
; Ctrl+Alt+L logs the bench PC into the pharmacy system after a timeout lock.
; Shared tech login - ask the PIC before changing.
#NoEnv
SendMode Input

^!l::
WinActivate, PioneerRx
WinWaitActive, PioneerRx, , 5
if ErrorLevel
    return
Send, benchtech2{Tab}
Send, @@S@@{Enter}
Sleep, 1500
Send, {F3}
return
""")

_p = human_pw()
secret("k8s-secret", "mssql", "k8s/base/rx30-db-secret.yaml", _p,
       "Kubernetes Secret data field base64 (kubernetes.io/docs/concepts/configuration/secret)", """
apiVersion: v1
kind: Secret
metadata:
  name: rx30-db
  namespace: refill
  labels:
    app: refill-service
type: Opaque
data:
  DB_HOST: @@H@@
  DB_USER: @@U@@
  DB_PASSWORD: @@B@@
""", H=b64("rx30-sql.store.local"), U=b64("refill_svc"), B=b64(_p))

secret("vscode-json", "mssql", ".vscode/settings.json", words_pw("!#*"),
       "SQLTools VS Code extension sqltools.connections settings (vscode-sqltools.mteixeira.dev)", """
{
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": ".venv/bin/python",
  "sqltools.connections": [
    {
      "name": "Liberty replica (read)",
      "driver": "MSSQL",
      "server": "liberty-rpl.store.local",
      "port": 1433,
      "database": "LibertyRx",
      "username": "analyst_ro",
      "password": "@@S@@",
      "askForPassword": false
    }
  ],
  "files.exclude": {
    "**/__pycache__": true
  }
}
""")

_p = words_pw("!#*")
secret("ipynb", "mssql", "analysis/adherence_pdc_2024.ipynb", _p,
       "Jupyter notebook nbformat 4 JSON with a pyodbc connection cell", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# PDC adherence - statins, RAS antagonists, diabetes (Star measures)\\n"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "import pyodbc\\n",
    "cn = pyodbc.connect('DRIVER={ODBC Driver 18 for SQL Server};SERVER=rxdw.corp.local;'\\n",
    "                    'DATABASE=RxDW;UID=analyst;PWD=@@S@@;TrustServerCertificate=yes')\\n",
    "fills = pd.read_sql('SELECT patient_key, gpi10, fill_date, days_supply FROM fact_fill', cn)"
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
""")

secret("markdown", "mssql", "docs/runbooks/pyxis-es-failover.md", human_pw(),
       "Team runbook kept in the repository (BD Pyxis ES server failover notes)", """
# Pyxis ES server failover

1. Confirm the primary `PYXIS-ES-APP01` is down (no heartbeat on the console for > 5 min).
2. On `PYXIS-ES-DB02`, promote the AG replica:

   ```sql
   ALTER AVAILABILITY GROUP [PyxisAG] FORCE_FAILOVER_ALLOW_DATA_LOSS;
   ```

3. Log in to SSMS on DB02 with the break-glass login:

   - login: `pyxis_bg`
   - password: `@@S@@`

4. Restart the `BD Pyxis ES Server` service on APP02 and watch the station sync queue.
5. Call BD support (case template in SharePoint) and page the pharmacy informatics on-call.
""")

secret("ini", "winrm", "deploy/ansible/inventory/stores.ini", words_pw("!#*"),
       "Ansible Windows remote management inventory variables (docs.ansible.com windows_winrm)", """
[store_servers]
store0127 ansible_host=10.127.0.10
store0412 ansible_host=10.112.0.10
store0533 ansible_host=10.133.0.10

[store_servers:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
ansible_user=RXCORP\\svc_ansible
ansible_password=@@S@@
ansible_port=5986
""")


# ============================================================================================
# E-prescribing: NCPDP SCRIPT, Surescripts, DrFirst, NewCrop
# ============================================================================================

secret("xml", "surescripts", "erx/templates/script2017071_header.xml", rand_pw(16, "!*"),
       "NCPDP SCRIPT Standard 2017071 Header/Security/UsernameToken (NCPDP SCRIPT Implementation Guide)", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- Header template filled by MessageBuilder for every outbound SCRIPT message. -->
<Message xmlns="http://www.ncpdp.org/schema/SCRIPT" DatatypesVersion="2017071" TransportVersion="2017071"
         TransactionDomain="SCRIPT" TransactionVersion="2017071" StructuresVersion="2017071" ECLVersion="2017071">
  <Header>
    <To Qualifier="P">${pharmacyNcpdpId}</To>
    <From Qualifier="C">${prescriberSpi}</From>
    <MessageID>${messageId}</MessageID>
    <SentTime>${sentTime}</SentTime>
    <Security>
      <UsernameToken>
        <Username>VALLEYRX_PMS</Username>
        <Password Type="PasswordText">@@S@@</Password>
      </UsernameToken>
      <Sender>
        <SecondaryIdentification>VALLEYRX</SecondaryIdentification>
      </Sender>
    </Security>
    <SenderSoftware>
      <SenderSoftwareDeveloper>Valley Rx IT</SenderSoftwareDeveloper>
      <SenderSoftwareProduct>RxHub Bridge</SenderSoftwareProduct>
      <SenderSoftwareVersionRelease>4.2</SenderSoftwareVersionRelease>
    </SenderSoftware>
  </Header>
</Message>
""")

secret("properties", "surescripts", "erx-gateway/conf/surescripts.properties", rand_pw(14, "!#"),
       "Surescripts network connection settings kept as Java .properties (mailbox URL, credentials)", """
# Surescripts network - production mailbox
surescripts.env=PROD
surescripts.url=https://messaging.surescripts.net/ValleyRx/AuthenticatingXmlServer.aspx
surescripts.ncpdp.id=4412876
surescripts.portal.user=VALLEYRX01
surescripts.portal.password=@@S@@
surescripts.script.version=2017071
surescripts.poll.interval.seconds=30
surescripts.retry.max=3
surescripts.client.keystore=/opt/erx/keys/surescripts-client.p12
""")

_k = pem_key("RSA")
secret("helm-values", "private-key", "deploy/helm/erx-gateway/values-prod.yaml", _k,
       "Helm chart values with a multi-line block scalar (helm.sh/docs/chart_template_guide/values_files)", """
replicaCount: 2
image:
  repository: registry.valleyrx.internal/erx-gateway
  tag: "4.2.7"

surescripts:
  endpoint: https://messaging.surescripts.net/ValleyRx/AuthenticatingXmlServer.aspx
  ncpdpId: "4412876"
  # client certificate for mutual TLS (renewed 2024-03, expires 2026-03)
  clientCert: |
@@C@@
  clientKey: |
@@K@@

resources:
  limits:
    cpu: 500m
    memory: 512Mi
""", C=indent(cert_pem(), 4), K=indent(_k, 4))

_k = fakes.fake_pem(_seed(), "RSA")
secret("pem", "private-key", "erx-gateway/certs/surescripts-client.key", _k,
       "PEM private key file (RFC 7468) used for Surescripts mutual TLS", """
Bag Attributes
    friendlyName: surescripts-client-valleyrx
    localKeyID: 54 69 6D 65 20 31 37 31 30 33 38 32 37 33 31 34 32 35
Key Attributes: <No Attributes>
@@S@@
""")

_p = human_pw()
secret("python", "surescripts", "erx/transport.py", _p,
       "requests Session with HTTP Basic auth and a client certificate (requests.readthedocs.io)", """
\"\"\"Posts SCRIPT XML to the Surescripts staging mailbox (certification runs).\"\"\"
import requests

STAGING_URL = "https://staging.surescripts.net/ValleyRx/AuthenticatingXmlServer.aspx"

session = requests.Session()
session.auth = ("VALLEYRX_CERT", "@@S@@")
session.cert = ("certs/staging-client.crt", "certs/staging-client.key")
session.headers["Content-Type"] = "application/xml"


def post_message(xml: bytes) -> str:
    response = session.post(STAGING_URL, data=xml, timeout=30)
    response.raise_for_status()
    return response.text
""")

secret("yaml", "keystore-password", "erx-gateway/src/main/resources/application.yml", passphrase(),
       "Spring Boot SSL bundle keystore settings (docs.spring.io spring-boot ssl)", """
spring:
  application:
    name: erx-gateway
  ssl:
    bundle:
      jks:
        surescripts-mtls:
          keystore:
            location: file:/opt/erx/keys/surescripts-client.p12
            type: PKCS12
            password: @@S@@
          truststore:
            location: classpath:surescripts-ca.jks
            password: changeit

erx:
  poll-interval: 30s
  script-version: "2017071"
""")

secret("csharp", "drfirst", "src/Erx/DrFirstSettings.cs", rand_pw(12),
       "DrFirst Rcopia engine upload credentials (vendor username / vendor password)", """
namespace ValleyRx.Erx
{
    /// <summary>Rcopia engine settings for the clinic e-prescribing bridge.</summary>
    public static class DrFirstSettings
    {
        public const string EngineUrl = "https://engine201.drfirst.com/servlet/rcopia.servlet.EngineServlet";
        public const string VendorName = "vendor4419";
        public const string VendorPassword = "@@S@@";
        public const string PracticeUsername = "valleyrxclinic";
        public const string SystemName = "VALLEYRX";
        public const int TimeoutSeconds = 45;
    }
}
""")

secret("json", "newcrop", "clinic-erx/config/newcrop.json", fakes.drawn_mixed(_seed(), 20),
       "NewCrop Update1 web service Credentials element (PartnerName, Name, Password)", """
{
  "newcrop": {
    "endpoint": "https://secure.newcropaccounts.com/v7/WebServices/Update1.asmx",
    "credentials": {
      "partnerName": "ValleyRxClinic",
      "name": "vrx-demo-site",
      "password": "@@S@@"
    },
    "accountRequest": {
      "accountId": "VRX-CLINIC-01",
      "siteId": "VRX-SITE-01"
    },
    "renewalRequests": true
  }
}
""")

secret("env", "surescripts", "erx-gateway/.env", rand_pw(16, "!*"),
       "dotenv file for docker compose env_file (docs.docker.com compose env-file)", """
# e-Rx gateway - copied from the store server, do not commit (oops)
SURESCRIPTS_ENV=production
SURESCRIPTS_USER=VALLEYRX01
SURESCRIPTS_PASSWORD=@@S@@
SURESCRIPTS_NCPDP_ID=4412876
SCRIPT_VERSION=2017071
LOG_LEVEL=info
""")


# ============================================================================================
# PBM claims adjudication switches (NCPDP Telecommunication D.0)
# ============================================================================================

secret("ini", "claims-switch", "claims/switch.ini", fakes.drawn_mixed(_seed(), 12),
       "Claims switch client configuration (host/port/login) for NCPDP D.0 over TCP/IP", """
; NCPDP Telecommunication D.0 switch connection - Store 0412
[switch]
host=10.250.14.20
port=5010
protocol=tcpip
ssl=1
submitter_id=VRX0412
login=VRX0412
password=@@S@@
software_vendor_cert_id=D012000046
response_timeout=25

[store]
ncpdp=4412876
npi=1649382751
""")

secret("xml", "change-healthcare", "claims/PharmacyClaims.config", rand_pw(32),
       "Change Healthcare (Optum) API gateway OAuth2 client_credentials settings", """
<?xml version="1.0" encoding="utf-8"?>
<claimsSettings>
  <eligibility>
    <tokenUrl>https://apigw.changehealthcare.com/apip/auth/v2/token</tokenUrl>
    <baseUrl>https://apigw.changehealthcare.com/medicalnetwork/eligibility/v3</baseUrl>
    <clientId>gq7Vb2nYk0ThGx1pRZ5dWm4cJfLs8eQa</clientId>
    <clientSecret>@@S@@</clientSecret>
    <grantType>client_credentials</grantType>
  </eligibility>
  <pharmacy>
    <bin>004336</bin>
    <pcn>ADV</pcn>
    <retryCount>2</retryCount>
  </pharmacy>
</claimsSettings>
""")

secret("yaml", "change-healthcare", "specialty-intake/config/payer-apis.yaml", rand_pw(32),
       "OAuth2 client credentials for a clearinghouse API (RFC 6749 section 4.4)", """
# Benefits investigation for specialty intake (medical vs pharmacy benefit)
clearinghouse:
  name: change-healthcare
  token_url: https://apigw.changehealthcare.com/apip/auth/v2/token
  client_id: Wm3nR8tBv2QxK5pLzY7cA1dHfJ4sG6eU
  client_secret: "@@S@@"
  scopes: []
  eligibility_path: /medicalnetwork/eligibility/v3
benefits:
  default_service_type: "88"   # pharmacy
  cache_ttl_minutes: 720
""")

secret("ipsec-secrets", "vpn-psk", "network/strongswan/ipsec.secrets", rand_pw(32),
       "strongSwan ipsec.secrets PSK entries (docs.strongswan.org)", """
# /etc/ipsec.secrets - site-to-site tunnel to the claims switch data center
# This file holds shared secrets or RSA private keys for authentication.

# store gateway  switch concentrator : PSK "secret"
203.0.113.41 198.51.100.20 : PSK "@@S@@"

# backup concentrator
203.0.113.41 198.51.100.36 : PSK "@@S@@"
""")

secret("cisco-asa", "vpn-psk", "network/asa/store-0533-running-config.txt", rand_pw(24),
       "Cisco ASA tunnel-group ipsec-attributes ikev1 pre-shared-key (cisco.com ASA CLI reference)", """
: Saved
ASA Version 9.8(4)
hostname store-0533-fw
!
interface GigabitEthernet0/0
 nameif outside
 security-level 0
 ip address 203.0.113.53 255.255.255.248
!
object network CLAIMS_SWITCH
 subnet 198.51.100.16 255.255.255.240
access-list CLAIMS_VPN extended permit tcp 10.133.0.0 255.255.255.0 object CLAIMS_SWITCH eq 5010
!
crypto ikev1 policy 10
 authentication pre-share
 encryption aes-256
 hash sha
 group 14
crypto map OUTSIDE_MAP 10 match address CLAIMS_VPN
crypto map OUTSIDE_MAP 10 set peer 198.51.100.20
tunnel-group 198.51.100.20 type ipsec-l2l
tunnel-group 198.51.100.20 ipsec-attributes
 ikev1 pre-shared-key @@S@@
!
: end
""")

_user, _pw = "vrx_claims", rand_pw(14)
_basic = b64(f"{_user}:{_pw}")
secret("python", "basic-auth", "claims/rest_switch_client.py", _basic,
       "HTTP Basic authentication header (RFC 7617) on a claims switch REST front end", """
\"\"\"Thin client for the switch's REST front end (B1 billing / B2 reversal / E1 eligibility).\"\"\"
import requests

SWITCH_URL = "https://rxswitch.claims-vendor.example/ncpdp/d0"
HEADERS = {
    "Authorization": "Basic @@S@@",
    "Content-Type": "application/octet-stream",
    "X-Software-Vendor-Cert": "D012000046",
}


def submit(raw_d0: bytes) -> bytes:
    \"\"\"Send one D.0 transmission and return the raw response.\"\"\"
    r = requests.post(SWITCH_URL, data=raw_d0, headers=HEADERS, timeout=25)
    r.raise_for_status()
    return r.content
""")

secret("go", "change-healthcare", "cmd/eligibility-worker/main.go", rand_pw(32),
       "golang.org/x/oauth2/clientcredentials Config (pkg.go.dev)", """
package main

import (
	"context"
	"log"

	"golang.org/x/oauth2/clientcredentials"
)

func main() {
	cfg := clientcredentials.Config{
		ClientID:     "Hs2kQ9vTn4RbW7xL1cYp5mZ8dGf3jUeA",
		ClientSecret: "@@S@@",
		TokenURL:     "https://apigw.changehealthcare.com/apip/auth/v2/token",
	}
	client := cfg.Client(context.Background())
	resp, err := client.Get("https://apigw.changehealthcare.com/medicalnetwork/eligibility/v3/healthcheck")
	if err != nil {
		log.Fatal(err)
	}
	log.Println("eligibility health:", resp.Status)
}
""")


# ============================================================================================
# Drug databases: First Databank, Medi-Span, Gold Standard, Lexicomp, openFDA, UMLS
# ============================================================================================

secret("json", "fdb", "src/ClinicalScreening/appsettings.json", fakes.drawn_mixed(_seed(), 40),
       "FDB Cloud Connector SHAREDKEY authorization (client id and secret key, fdbhealth.com)", """
{
  "FdbCloudConnector": {
    "BaseUrl": "https://api.fdbcloudconnector.com/CC/api/v1_4/",
    "ClientId": "1486",
    "SecretKey": "@@S@@",
    "CallSystemName": "ValleyRxPMS",
    "CallerId": "bench-dur"
  },
  "Screening": {
    "DrugDrugSeverityLevel": "2",
    "DuplicateTherapy": true,
    "DoseRange": true
  }
}
""")

_fdb = fakes.drawn_mixed(_seed(), 40)
secret("python", "fdb", "dur/fdb_client.py", _fdb,
       "FDB Cloud Connector REST call with Authorization: SHAREDKEY clientid:secret", """
\"\"\"Prospective DUR screening through FDB Cloud Connector.\"\"\"
import requests

BASE = "https://api.fdbcloudconnector.com/CC/api/v1_4"
AUTH = "SHAREDKEY 1486:" \\
    "@@A@@" \\
    "@@B@@"


def screen(ndcs: list[str]) -> dict:
    body = {
        "DrugsToScreen": [{"Prospective": True, "DrugID": n, "DrugConceptType": "NDC"} for n in ndcs],
        "ScreenProfile": {"DDIScreen": True, "DuplicateTherapyScreen": True},
    }
    r = requests.post(f"{BASE}/Screen/", json=body, headers={"Authorization": AUTH}, timeout=10)
    r.raise_for_status()
    return r.json()
""", A=_fdb[:20], B=_fdb[20:])

secret("yaml", "medispan", "etl/medispan/download.yaml", rand_pw(12, "!#"),
       "Medi-Span weekly data file delivery over SFTP (Wolters Kluwer Medi-Span download credentials)", """
# Weekly Medi-Span MED-File v2 + Drug Therapy Monitoring load
source:
  protocol: sftp
  host: sftp.medispan.com
  port: 22
  username: vrx7731
  password: "@@S@@"
  remote_dir: /outgoing/MF2
  files:
    - MF2_NDC*.zip
    - MF2_GPPC*.zip
    - DDIM*.zip
target:
  schema: medispan
  truncate_before_load: true
schedule: "0 4 * * 3"
""")

_p = fakes.drawn_mixed(_seed(), 14)
secret("shell", "medispan", "etl/medispan/fetch_weekly.sh", _p,
       "lftp -u user,password sftp:// mirror (lftp.yar.ru manual)", """
#!/usr/bin/env bash
# Fetch this week's Medi-Span files and unpack them for the loader.
set -euo pipefail

WEEK=$(date +%G%V)
DEST=/data/medispan/$WEEK
mkdir -p "$DEST"

lftp -u vrx7731,@@S@@ sftp://sftp.medispan.com <<EOF
set sftp:auto-confirm yes
cd /outgoing/MF2
mirror --only-newer --include-glob '*.zip' . $DEST
bye
EOF

for z in "$DEST"/*.zip; do
  unzip -o -q "$z" -d "$DEST/unpacked"
done
echo "medispan week $WEEK ready"
""")

secret("typescript", "openfda", "web/src/config/openfda.ts", fakes.drawn_mixed(_seed(), 40),
       "openFDA API key query parameter api_key (open.fda.gov/apis/authentication)", """
// Recall and shortage lookups shown on the inventory screen.
export const OPENFDA = {
  baseUrl: "https://api.fda.gov",
  apiKey: "@@S@@",
  endpoints: {
    enforcement: "/drug/enforcement.json",
    shortages: "/drug/shortages.json",
    ndc: "/drug/ndc.json",
  },
  pageSize: 100,
} as const;

export function recallUrl(ndc: string): string {
  const q = encodeURIComponent(`openfda.package_ndc:"${ndc}"`);
  return `${OPENFDA.baseUrl}${OPENFDA.endpoints.enforcement}?api_key=${OPENFDA.apiKey}&search=${q}`;
}
""")

secret("ipynb", "umls", "analysis/rxnorm_crosswalk.ipynb", uuid_s(),
       "UMLS Terminology Services REST API apiKey parameter (documentation.uts.nlm.nih.gov)", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## NDC -> RxCUI -> ingredient crosswalk for the formulary review"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests\\n",
    "UTS_API_KEY = \\"@@S@@\\"\\n",
    "def cui_for(code, sab='NDC'):\\n",
    "    r = requests.get('https://uts-ws.nlm.nih.gov/rest/search/current',\\n",
    "                     params={'string': code, 'sabs': sab, 'apiKey': UTS_API_KEY})\\n",
    "    return r.json()['result']['results']"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

secret("properties", "fdb", "fdb-loader/conf/medknowledge.properties", words_pw("!#*"),
       "FDB MedKnowledge relational database load settings (JDBC url, user, password)", """
# FDB MedKnowledge (NDDF Plus) weekly incremental loader
fdb.release.dir=/data/fdb/incoming
fdb.release.type=INCREMENTAL
fdb.db.url=jdbc:sqlserver://fdb-sql.corp.local:1433;databaseName=FDB_MKU;encrypt=true;trustServerCertificate=true
fdb.db.user=fdb_loader
fdb.db.password=@@S@@
fdb.load.tables=RNDC14_NDC_MSTR,RGCNSEQ4_GCNSEQNO_MSTR,RDDCMMA1_CONTRA_MSTR
fdb.notify.email=pharmacy-informatics@valleyrx.example
""")

secret("netrc", "ftp", "etl/goldstandard/.netrc", fakes.drawn_mixed(_seed(), 12),
       "netrc file format machine/login/password (GNU inetutils ftp manual)", """
# Gold Standard Drug Database monthly delivery (Elsevier) - used by curl --netrc
machine ftp.gsdd.example.net
login vrx_gsdd
password @@S@@

machine sftp.medispan.com
login vrx7731
""")

secret("xml", "lexicomp", "clinical/src/main/resources/lexicomp-context.xml", fakes.drawn_mixed(_seed(), 32),
       "Spring XML bean definition with constructor properties (docs.spring.io beans)", """
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans
                           http://www.springframework.org/schema/beans/spring-beans.xsd">

    <!-- Patient leaflets (Lexicomp) for the counseling printout -->
    <bean id="lexicompClient" class="org.valleyrx.clinical.lexi.LexicompClient">
        <property name="baseUrl" value="https://api.lexicomp.example.com/v2" />
        <property name="accountId" value="VRX-88213" />
        <property name="apiKey" value="@@S@@" />
        <property name="language" value="en" />
        <property name="timeoutMillis" value="8000" />
    </bean>
</beans>
""")


# ============================================================================================
# Automated dispensing cabinets and robots
# ============================================================================================

secret("ini", "parata", "robot/parata/PassInterface.ini", human_pw(),
       "Pouch packager host interface settings (Parata PASS style INI: DB, folder, HL7)", """
[General]
SiteName=Central Fill - Line 2
PollIntervalSec=20
ArchiveDays=30

[Database]
Provider=MSSQL
Server=CF-SQL01\\PARATA
Catalog=PassInterface
User=pass_if
Password=@@S@@

[Inbound]
Folder=\\\\cf-app01\\PassDrop\\in
Format=HL7v2
""")

_p = words_pw("!#*")
secret("mirth-xml", "mssql", "interfaces/mirth/channels/omnicell-dispense.xml", _p,
       "Mirth Connect channel export, Database Writer destination (docs.nextgen.com Mirth Connect)", """
<channel version="4.4.2">
  <id>3c1f0b8e-6a52-4d6e-9e77-0d2f8c1e5b10</id>
  <name>Omnicell Dispense -> Charge DB</name>
  <description>RDS^O13 from Omnicell OmniCenter; writes charge rows.</description>
  <enabled>true</enabled>
  <sourceConnector version="4.4.2">
    <transportName>TCP Listener</transportName>
    <properties class="com.mirth.connect.connectors.tcp.TcpReceiverProperties">
      <listenerConnectorProperties><host>0.0.0.0</host><port>6671</port></listenerConnectorProperties>
    </properties>
  </sourceConnector>
  <destinationConnectors>
    <connector version="4.4.2">
      <name>Charge DB</name>
      <transportName>Database Writer</transportName>
      <properties class="com.mirth.connect.connectors.jdbc.DatabaseDispatcherProperties">
        <driver>net.sourceforge.jtds.jdbc.Driver</driver>
        <url>jdbc:jtds:sqlserver://charge-sql.hosp.local:1433/Charges</url>
        <username>mirth_charge</username>
        <password>@@S@@</password>
        <query>INSERT INTO PharmCharges (MRN, NDC, Qty, StationId) VALUES (${mrn}, ${ndc}, ${qty}, ${station})</query>
      </properties>
    </connector>
  </destinationConnectors>
</channel>
""")

secret("yaml", "scriptpro", "central-fill/config/scriptpro.yaml", fakes.drawn_mixed(_seed(), 32),
       "Robot host interface settings with a REST API key (ScriptPro SP Central style)", """
robots:
  - name: sp200-line1
    vendor: scriptpro
    model: SP 200
    host: 10.60.1.21
  - name: sp200-line2
    vendor: scriptpro
    model: SP 200
    host: 10.60.1.22

spcentral:
  api_base: https://spcentral.cf.valleyrx.internal/api
  api_key: @@S@@
  workflow_queue: CF_AUTOFILL
  cell_calibration_report: weekly
""")

secret("json", "pyxis", "integrations/pyxis/link-settings.json", rand_pw(40, "-_"),
       "OAuth2 client credentials for a dispensing-cabinet integration API (RFC 6749 section 4.4)", """
{
  "pyxisLink": {
    "authority": "https://login.bd-pyxis.example.com/oauth2/token",
    "clientId": "vrx-hospital-outpatient",
    "clientSecret": "@@S@@",
    "facilityCode": "VRXH01",
    "stations": ["4WEST-MED1", "ED-MED2", "OR-ANES3"],
    "pollMinutes": 5
  },
  "discrepancy": {
    "notify": "rx-diversion@valleyrx.example",
    "openAfterHours": 8
  }
}
""")

secret("systemd", "mssql", "deploy/systemd/omnicell-extract.service", words_pw("!*"),
       "systemd.exec Environment= directive (freedesktop.org systemd.exec)", """
[Unit]
Description=Omnicell transaction extract for the diversion analytics feed
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=rxetl
WorkingDirectory=/opt/omni-extract
Environment=OMNI_DB_HOST=omni-sql01.hosp.local
Environment=OMNI_DB_USER=omni_ro
Environment=OMNI_DB_PASSWORD=@@S@@
Environment=EXTRACT_INTERVAL=300
ExecStart=/opt/omni-extract/venv/bin/python -m omni_extract
Restart=on-failure
RestartSec=30

[Install]
WantedBy=multi-user.target
""")

secret("powershell", "pyxis", "scripts/Sync-PyxisFormulary.ps1", human_pw(),
       "ConvertTo-SecureString -AsPlainText -Force with PSCredential (learn.microsoft.com)", """
# Pushes formulary changes from the PMS to the Pyxis ES formulary import share.
$ErrorActionPreference = "Stop"

$user = "HOSP\\svc_pyxis_import"
$secure = ConvertTo-SecureString "@@S@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)

New-PSDrive -Name PYX -PSProvider FileSystem -Root "\\\\pyxis-es-app01\\FormularyImport" -Credential $cred | Out-Null

$changes = Import-Csv "D:\\Exports\\formulary_changes.csv"
$changes | Where-Object { $_.Action -ne "NOCHANGE" } |
    Export-Csv "PYX:\\import_$(Get-Date -Format yyyyMMddHHmm).csv" -NoTypeInformation

Remove-PSDrive PYX
""")

secret("reg", "odbc", "workstation/kirby-lester-dsn.reg", human_pw(),
       "Windows registry ODBC.INI DSN export (.reg, REGEDIT4/5 format)", """
Windows Registry Editor Version 5.00

; DSN used by the counting-station verification software on bench PCs
[HKEY_LOCAL_MACHINE\\SOFTWARE\\ODBC\\ODBC.INI\\KLVerify]
"Driver"="C:\\\\Windows\\\\System32\\\\SQLSRV32.dll"
"Server"="RXSERVER\\\\RX"
"Database"="KLVerify"
"LastUser"="klverify"
"PWD"="@@S@@"
"Trusted_Connection"="No"

[HKEY_LOCAL_MACHINE\\SOFTWARE\\ODBC\\ODBC.INI\\ODBC Data Sources]
"KLVerify"="SQL Server"
""")

secret("toml", "swisslog", "robot-gateway/config/gateway.toml", url_pw(20),
       "TOML configuration of a pharmacy storage robot gateway (toml.io v1.0.0)", """
# Gateway between the PMS and the storage robot (BoxPicker / PillPick style)
[gateway]
listen = "0.0.0.0:7070"
log_level = "info"

[robot]
host = "10.70.0.15"
port = 6050
protocol = "wwks2"
client_id = 101

[robot.api]
base_url = "https://10.70.0.15:8443/api"
username = "gateway"
password = "@@S@@"
verify_tls = false

[pms]
queue_url = "amqp://gateway@rabbit.cf.local:5672/robot"
""")


# ============================================================================================
# Refill IVR and SMS / e-mail reminders
# ============================================================================================

secret("python", "twilio", "reminders/send_refill_sms.py", twilio_token(),
       "Twilio Python helper library Client(account_sid, auth_token) (twilio.com/docs/libraries/python)", """
\"\"\"Texts patients whose maintenance meds are due in the next 5 days (opted-in only).\"\"\"
from twilio.rest import Client

ACCOUNT_SID = "@@SID@@"
AUTH_TOKEN = "@@S@@"
MESSAGING_SERVICE_SID = "MG@@MG@@"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def remind(phone: str, first_name: str, store_phone: str) -> str:
    body = (f"Hi {first_name}, a refill at Valley Pharmacy is due soon. "
            f"Reply 1 to refill, or call {store_phone}. Reply STOP to opt out.")
    msg = client.messages.create(messaging_service_sid=MESSAGING_SERVICE_SID, to=phone, body=body)
    return msg.sid
""", SID=twilio_sid(), MG=hexs(32))

secret("javascript", "twilio", "ivr/functions/refill-status.js", twilio_token(),
       "Twilio Node.js helper library twilio(accountSid, authToken) (twilio.com/docs/libraries/node)", """
// Express handler behind the IVR "check refill status" menu option.
const express = require("express");
const twilio = require("twilio");

const accountSid = "@@SID@@";
const authToken = "@@S@@";
const client = twilio(accountSid, authToken);

const router = express.Router();

router.post("/ivr/refill-status", async (req, res) => {
  const rx = (req.body.Digits || "").trim();
  const status = await lookupRx(rx); // PMS lookup
  const twiml = new twilio.twiml.VoiceResponse();
  twiml.say({ voice: "Polly.Joanna" }, `Prescription ${rx.split("").join(" ")} is ${status}.`);
  twiml.redirect("/ivr/main-menu");
  res.type("text/xml").send(twiml.toString());
});

module.exports = router;
""", SID=twilio_sid())

secret("env", "twilio", "refill-bot/.env", twilio_token(),
       "Twilio credentials as environment variables (twilio.com/docs/usage/secure-credentials)", """
TWILIO_ACCOUNT_SID=@@SID@@
TWILIO_AUTH_TOKEN=@@S@@
TWILIO_FROM_NUMBER=+15125550147
REMINDER_DAYS_AHEAD=5
QUIET_HOURS=21-08
PMS_API_URL=http://pms-api.store.local:8080
""", SID=twilio_sid())

_sk = twilio_api_key_sid()
secret("yaml", "twilio", "ivr/config/prod.yaml", fakes.drawn_mixed(_seed(), 32),
       "Twilio API key SID and secret (twilio.com/docs/iam/api-keys)", """
ivr:
  main_number: "+1 512 555 0199"
  languages: [en-US, es-US]
  transfer_to_pharmacist_after_failures: 2

twilio:
  account_sid: @@SID@@
  api_key_sid: @@SK@@
  api_key_secret: @@S@@
  status_callback: https://ivr.valleyrx.example/twilio/status
  recording: false
""", SID=twilio_sid(), SK=_sk)

secret("php", "twilio", "legacy-portal/includes/sms_config.php", twilio_token(),
       "Twilio PHP SDK new Client($sid, $token) (twilio.com/docs/libraries/php)", """
<?php
// Refill-ready text, sent when a tech marks the Rx "ready for pickup".
require_once __DIR__ . '/../vendor/autoload.php';

use Twilio\\Rest\\Client;

define('TWILIO_SID', '@@SID@@');
define('TWILIO_TOKEN', '@@S@@');
define('TWILIO_FROM', '+15125550147');

function send_ready_text($phone, $storeName)
{
    $client = new Client(TWILIO_SID, TWILIO_TOKEN);
    return $client->messages->create($phone, [
        'from' => TWILIO_FROM,
        'body' => "Your prescription is ready at {$storeName}. Reply STOP to opt out.",
    ]);
}
""", SID=twilio_sid())

secret("ruby", "twilio", "portal/config/initializers/twilio.rb", twilio_token(),
       "twilio-ruby Twilio.configure block (github.com/twilio/twilio-ruby README)", """
# frozen_string_literal: true

Twilio.configure do |config|
  config.account_sid = "@@SID@@"
  config.auth_token = "@@S@@"
end

Rails.application.config.x.sms = ActiveSupport::OrderedOptions.new.tap do |sms|
  sms.from = "+15125550147"
  sms.reminder_days = 5
end
""", SID=twilio_sid())

secret("csharp", "twilio", "src/Ivr/Startup/TwilioSetup.cs", twilio_token(),
       "Twilio C# helper library TwilioClient.Init(accountSid, authToken) (twilio.com/docs/libraries/csharp-dotnet)", """
using Twilio;

namespace ValleyRx.Ivr.Startup
{
    public static class TwilioSetup
    {
        private const string AccountSid = "@@SID@@";
        private const string AuthToken = "@@S@@";

        public static void Init()
        {
            // TODO(ivr-214): read from Key Vault
            TwilioClient.Init(AccountSid, AuthToken);
        }
    }
}
""", SID=twilio_sid())

secret("yaml", "vonage", "reminders/config/vonage.yaml", vonage_secret(),
       "Vonage SMS API api_key / api_secret (developer.vonage.com/en/messaging/sms)", """
# Fallback SMS provider when Twilio returns 5xx
sms_fallback:
  provider: vonage
  api_key: "@@K@@"
  api_secret: "@@S@@"
  from: "ValleyRx"
  type: text
  max_per_minute: 30
""", K=hexs(8))

secret("python", "plivo", "reminders/providers/plivo_sender.py", plivo_token(),
       "Plivo Python SDK plivo.RestClient(auth_id, auth_token) (plivo.com/docs/sdk/server/python-sdk)", """
import plivo

AUTH_ID = "MA@@ID@@"
AUTH_TOKEN = "@@S@@"

_client = plivo.RestClient(auth_id=AUTH_ID, auth_token=AUTH_TOKEN)


def send(to: str, text: str) -> str:
    response = _client.messages.create(src="+15125550148", dst=to, text=text)
    return response.message_uuid[0]
""", ID=chars(18, string.ascii_uppercase + string.digits))

secret("xml", "bandwidth", "ivr-java/src/main/resources/bandwidth-beans.xml", fakes.drawn_mixed(_seed(), 24),
       "Bandwidth Messaging API basic credentials in a Spring XML bean (dev.bandwidth.com)", """
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd">
    <bean id="bandwidthConfig" class="org.valleyrx.ivr.sms.BandwidthConfig">
        <property name="accountId" value="9901234" />
        <property name="applicationId" value="5c6a1e20-6f1b-4c0e-9a84-2d8e4b7f3a91" />
        <property name="username" value="vrx-messaging-api" />
        <property name="password" value="@@S@@" />
        <property name="fromNumber" value="+15125550150" />
    </bean>
</beans>
""")

secret("terraform", "aws", "infra/sns-sms/main.tf", fakes.aws_secret_key(_seed()),
       "Terraform AWS provider static credentials access_key / secret_key (registry.terraform.io hashicorp/aws)", """
provider "aws" {
  region     = "us-east-1"
  access_key = "@@KID@@"
  secret_key = "@@S@@"
}

resource "aws_sns_sms_preferences" "refill" {
  default_sender_id     = "ValleyRx"
  default_sms_type      = "Transactional"
  monthly_spend_limit   = "200"
  delivery_status_iam_role_arn = aws_iam_role.sns_delivery.arn
}

resource "aws_sns_topic" "refill_due" {
  name = "refill-due-reminders"
}
""", KID=fakes.aws_key_id(_seed()))

secret("ini", "aws", "ops/aws/credentials", fakes.aws_secret_key(_seed()),
       "AWS shared credentials file (docs.aws.amazon.com cli configure files)", """
[default]
region = us-east-1

[connect-ivr]
aws_access_key_id = @@KID@@
aws_secret_access_key = @@S@@
region = us-east-1

[readonly]
role_arn = arn:aws:iam::210987654321:role/ReadOnly
source_profile = connect-ivr
""", KID=fakes.aws_key_id(_seed()))

_tok = fakes.aws_session_token(_seed())
secret("ipynb", "aws-session", "analysis/connect_call_volume.ipynb", _tok,
       "boto3.Session(aws_access_key_id, aws_secret_access_key, aws_session_token) in a notebook", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3\\n",
    "session = boto3.Session(\\n",
    "    aws_access_key_id='@@KID@@',\\n",
    "    aws_secret_access_key='@@SK@@',\\n",
    "    aws_session_token='@@S@@',\\n",
    "    region_name='us-east-1')\\n",
    "connect = session.client('connect')"
   ]
  },
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["Refill line call volume by hour, last 30 days."]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", KID="ASIA" + fakes.aws_key_id(_seed())[4:], SK=fakes.aws_secret_key(_seed()))

secret("yaml", "sendgrid", "notify/config/email.yaml", sendgrid_key(),
       "SendGrid API key (SG. prefix) for the Mail Send v3 API (docs.sendgrid.com)", """
email:
  provider: sendgrid
  api_key: @@S@@
  from:
    address: no-reply@valleyrx.example
    name: Valley Pharmacy
  templates:
    refill_due: d-3f1c9a7b2e8d4c6f9a0b1c2d3e4f5a6b
    ready_for_pickup: d-7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d
  unsubscribe_group_id: 18873
""")

secret("python", "mailgun", "notify/mailgun_client.py", mailgun_key(),
       "Mailgun Messages API with HTTP basic auth api:key (documentation.mailgun.com)", """
import requests

MAILGUN_DOMAIN = "mg.valleyrx.example"
MAILGUN_KEY = "@@S@@"


def send_shortage_notice(to: list[str], drug: str, eta: str) -> None:
    requests.post(
        f"https://api.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
        auth=("api", MAILGUN_KEY),
        data={
            "from": "Valley Rx Buyer <buyer@mg.valleyrx.example>",
            "to": to,
            "subject": f"Backorder: {drug}",
            "text": f"{drug} is on backorder with the primary wholesaler. ETA {eta}.",
        },
        timeout=10,
    ).raise_for_status()
""")

_sg = sendgrid_key()
secret("java", "sendgrid", "notify-java/src/main/java/org/valleyrx/notify/Mailer.java", _sg,
       "sendgrid-java new SendGrid(apiKey) (github.com/sendgrid/sendgrid-java)", """
package org.valleyrx.notify;

import com.sendgrid.Method;
import com.sendgrid.Request;
import com.sendgrid.SendGrid;
import com.sendgrid.helpers.mail.Mail;
import java.io.IOException;

public class Mailer {
    private static final String API_KEY = "@@A@@" +
            "@@B@@";

    private final SendGrid sendGrid = new SendGrid(API_KEY);

    public int send(Mail mail) throws IOException {
        Request request = new Request();
        request.setMethod(Method.POST);
        request.setEndpoint("mail/send");
        request.setBody(mail.build());
        return sendGrid.api(request).getStatusCode();
    }
}
""", A=_sg[:25], B=_sg[25:])

secret("javascript", "fcm", "mobile-backend/src/push.js", fcm_server_key(),
       "Firebase Cloud Messaging legacy HTTP API Authorization: key=<server key> (firebase.google.com)", """
// Push "refill ready" to the mobile app (legacy FCM endpoint, migration ticket MOB-311)
const axios = require("axios");

const FCM_SERVER_KEY = "@@S@@";

async function pushReady(deviceToken, storeName) {
  return axios.post(
    "https://fcm.googleapis.com/fcm/send",
    {
      to: deviceToken,
      notification: { title: "Prescription ready", body: `Ready for pickup at ${storeName}` },
      data: { type: "RX_READY" },
    },
    { headers: { Authorization: `key=${FCM_SERVER_KEY}`, "Content-Type": "application/json" } }
  );
}

module.exports = { pushReady };
""")

_k = fakes.fake_pem(_seed(), "RSA")
_sa = _k.replace("\n", "\\n")
secret("json", "gcp", "ivr/dialogflow/service-account.json", _sa,
       "Google Cloud service account key file (cloud.google.com/iam/docs/keys-create-delete)", """
{
  "type": "service_account",
  "project_id": "valleyrx-refill-ivr",
  "private_key_id": "@@KID@@",
  "private_key": "@@S@@\\n",
  "client_email": "dialogflow-ivr@valleyrx-refill-ivr.iam.gserviceaccount.com",
  "client_id": "1049@@CID@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/dialogflow-ivr%40valleyrx-refill-ivr.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", KID=hexs(40), CID=digits(17))

secret("python", "openai", "refill-bot/app/llm.py", fakes.openai_key(_seed()),
       "OpenAI Python SDK OpenAI(api_key=...) (platform.openai.com/docs/libraries)", """
\"\"\"Classifies free-text SMS replies (refill / question / stop / other). No PHI in prompts.\"\"\"
from openai import OpenAI

client = OpenAI(api_key="@@S@@")

SYSTEM = ("Classify a pharmacy customer's SMS reply as one of: REFILL, QUESTION, STOP, OTHER. "
          "Answer with the label only.")


def classify(text: str) -> str:
    out = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": text}],
        max_tokens=3,
    )
    return out.choices[0].message.content.strip()
""")

secret("yaml", "five9", "ivr/five9/adapter.yaml", human_pw(),
       "Five9 Configuration Web Services SOAP credentials (basic auth to the admin API)", """
# Syncs pharmacy store hours into Five9 IVR schedules every night.
five9:
  wsdl: https://api.five9.com/wsadmin/v13/AdminWebService?wsdl&user=vrx_ivr_admin
  username: vrx_ivr_admin
  password: @@S@@
  campaign: REFILL_INBOUND
stores_api: http://stores-api.corp.local/v1/hours
dry_run: false
""")

secret("yaml", "amazon-connect", "ivr/connect/lambda-env.yaml", url_pw(24),
       "AWS SAM template Environment Variables for a Lambda function (docs.aws.amazon.com serverless-application-model)", """
AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Description: Amazon Connect refill lookup Lambda

Resources:
  RefillLookup:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.12
      Timeout: 8
      Environment:
        Variables:
          PMS_API_URL: https://pms-gw.valleyrx.example/api/rx
          PMS_API_USER: connect_lookup
          PMS_API_PASSWORD: @@S@@
          LOG_LEVEL: INFO
""")


# ============================================================================================
# Compounding, inventory, wholesalers, DSCSA
# ============================================================================================

secret("yaml", "mckesson", "purchasing/config/wholesalers.yaml", rand_pw(36),
       "OAuth2 client credentials of a wholesaler ordering API (RFC 6749 section 4.4)", """
primary_wholesaler: mckesson
wholesalers:
  mckesson:
    account: "118422"
    api:
      token_url: https://api.mckesson.example.com/oauth2/token
      base_url: https://api.mckesson.example.com/connect/v1
      client_id: vrx-purchasing-prod
      client_secret: @@S@@
    order_cutoff_local: "17:30"
  cardinal:
    account: "2047731"
    edi_only: true
reorder:
  use_par_levels: true
  exclude_schedules: ["CII"]   # CSOS orders only
""")

secret("properties", "sftp", "edi/conf/cardinal-edi.properties", fakes.drawn_mixed(_seed(), 16),
       "EDI X12 832/850/855/810 exchange over SFTP, Java .properties client settings", """
# Cardinal Health EDI - price catalog (832), PO (850), PO ack (855), invoice (810)
edi.partner=CARDINAL
edi.isa.sender=VALLEYRXEDI
edi.isa.receiver=CARDINALHLTH
edi.sftp.host=edi-sftp.cardinal-partner.example.com
edi.sftp.port=22
edi.sftp.user=vrx_2047731
edi.sftp.password=@@S@@
edi.sftp.inbound=/outbound/832
edi.sftp.outbound=/inbound/850
edi.poll.cron=0 */15 * * * *
""")

secret("xml", "as2-keystore", "edi/as2/partners/amerisource.xml", passphrase(),
       "AS2 (RFC 4130) partner profile with signing/encryption keystore settings", """
<?xml version="1.0" encoding="UTF-8"?>
<as2Partner name="AMERISOURCE">
  <as2Id>AMERISOURCEBERGEN</as2Id>
  <url>https://as2.partner-abc.example.com:4443/as2/receive</url>
  <mdn mode="sync" signed="true" micAlgorithm="sha-256" />
  <signing algorithm="sha256" />
  <encryption algorithm="aes256" />
  <localStation>
    <as2Id>VALLEYRXAS2</as2Id>
    <keystore path="/opt/as2/keys/valleyrx-as2.p12" type="PKCS12" password="@@S@@" alias="valleyrx-2024" />
  </localStation>
  <partnerCertificate alias="abc-as2-2024" fingerprintSha256="3F:A1:9C:0B:77:E2:4D:18:C5:6A:90:2B:DE:41:7F:83:05:B6:C9:1A:E4:72:3D:58:0F:9B:A6:21:CC:84:1E:6D" />
</as2Partner>
""")

secret("env", "tracelink", "dscsa/.env", fakes.drawn_mixed(_seed(), 48),
       "Traceability network API credentials for DSCSA T3 / EPCIS exchange (environment file)", """
# DSCSA: pull T3 documents and EPCIS events for received lots
TRACELINK_BASE_URL=https://api.tracelink.example.com/v2
TRACELINK_COMPANY_ID=VRX-7731
TRACELINK_API_KEY=@@S@@
EPCIS_VERSION=1.2
VERIFY_SERIALS=true
QUARANTINE_LOCATION=RX-QUAR-01
""")

secret("json", "amerisource", "purchasing/config/abc-order-api.json", fakes.drawn_mixed(_seed(), 32),
       "Wholesaler order API key sent as a request header (x-api-key)", """
{
  "name": "abc-order",
  "baseUrl": "https://api.abc-order.example.com/v1",
  "headers": {
    "x-api-key": "@@S@@",
    "Accept": "application/json"
  },
  "shipTo": "100284419",
  "billTo": "100284400",
  "cutoff": "18:00",
  "csosEnabled": false
}
""")

secret("sql", "smtp", "compounding/db/seed/010_app_settings.sql", human_pw(),
       "Application settings table seed with SMTP relay credentials (SQL INSERT)", """
-- Settings for the compounding worksheet app (PK-style batch records)
INSERT INTO app_settings (setting_key, setting_value) VALUES
  ('bud.default.nonsterile.days', '180'),
  ('bud.default.aqueous.days', '14'),
  ('label.printer', 'ZEBRA-CMPD-01'),
  ('smtp.host', 'smtp.office365.com'),
  ('smtp.port', '587'),
  ('smtp.user', 'compounding@valleyrx.example'),
  ('smtp.password', '@@S@@'),
  ('smtp.starttls', 'true'),
  ('qa.release.requires.pharmacist', 'true');
""")

secret("yaml", "smtp", "compounding/config/alerts.yaml", chars(16, string.ascii_lowercase),
       "Gmail / Google Workspace app password for SMTP relay (support.google.com app passwords)", """
# Hood / fridge temperature excursion alerts for the clean room
sensors:
  - id: fridge-cmpd-1
    min_c: 2
    max_c: 8
  - id: hood-pec-1
    type: differential_pressure
    min_pa: 2.5
smtp:
  host: smtp.gmail.com
  port: 587
  username: cleanroom.alerts@valleyrx.example
  app_password: @@S@@
  to:
    - cmpd-pic@valleyrx.example
""")

secret("python", "redis", "inventory/api/cache.py", fakes.redis_password(_seed()),
       "redis-py Redis.from_url redis:// URL with password (redis-py.readthedocs.io)", """
\"\"\"Short-lived cache for wholesaler price/availability lookups.\"\"\"
import json

import redis

REDIS_URL = "redis://:@@S@@@inv-cache.store.local:6379/2"
_r = redis.Redis.from_url(REDIS_URL, decode_responses=True)


def cached_price(ndc11: str):
    raw = _r.get(f"price:{ndc11}")
    return json.loads(raw) if raw else None


def store_price(ndc11: str, price: dict, ttl: int = 3600) -> None:
    _r.setex(f"price:{ndc11}", ttl, json.dumps(price))
""")

secret("dockerfile", "mssql", "compounding/Dockerfile", human_pw(),
       "Dockerfile ENV instruction (docs.docker.com/reference/dockerfile/#env)", """
FROM mcr.microsoft.com/dotnet/aspnet:8.0
WORKDIR /app
COPY publish/ .

ENV ASPNETCORE_URLS=http://+:8080 \\
    CMPD_DB_SERVER=cmpd-sql.store.local \\
    CMPD_DB_USER=cmpd_app \\
    CMPD_DB_PASSWORD=@@S@@ \\
    TZ=America/Chicago

EXPOSE 8080
ENTRYPOINT ["dotnet", "Compounding.Web.dll"]
""")

secret("shell", "sftp", "edi/scripts/push_850.sh", fakes.drawn_mixed(_seed(), 14),
       "sshpass -p with sftp batch mode (sshpass man page)", """
#!/bin/sh
# Push generated 850 purchase orders to the wholesaler SFTP drop.
OUT=/var/edi/outbound/850
ARCHIVE=/var/edi/archive/850

for f in "$OUT"/*.x12; do
  [ -e "$f" ] || exit 0
  sshpass -p '@@S@@' sftp -oBatchMode=no -oStrictHostKeyChecking=yes \\
    vrx_2047731@edi-sftp.cardinal-partner.example.com <<EOF
cd /inbound/850
put $f
bye
EOF
  mv "$f" "$ARCHIVE"/
done
""")

secret("crontab", "mysql", "ops/cron/rxdw.crontab", human_pw(),
       "crontab(5) entries running mysqldump with -p (dev.mysql.com mysqldump)", """
# m h dom mon dow  command
SHELL=/bin/bash
MAILTO=rx-ops@valleyrx.example

# nightly dump of the inventory DB
15 2 * * * mysqldump -h inv-db.store.local -u inv_backup -p'@@S@@' --single-transaction inventory | gzip > /backup/inventory_$(date +\\%F).sql.gz
# prune dumps older than 21 days
45 3 * * * find /backup -name 'inventory_*.sql.gz' -mtime +21 -delete
""")

secret("jaas", "kafka", "inventory/kafka/kafka_client_jaas.conf", fakes.drawn_mixed(_seed(), 24),
       "Kafka SASL/PLAIN client JAAS configuration (kafka.apache.org documentation security)", """
// Producer for inventory.events (dispense, receive, adjust, return-to-stock)
KafkaClient {
    org.apache.kafka.common.security.plain.PlainLoginModule required
    username="inv-producer"
    password="@@S@@";
};
""")

secret("yaml", "rabbitmq", "central-fill/config/queue.yaml", url_pw(20),
       "AMQP 0-9-1 URI amqp://user:pass@host/vhost (rabbitmq.com/docs/uri-spec)", """
queues:
  broker_url: amqps://cf_worker:@@S@@@rabbit.cf.valleyrx.internal:5671/central-fill
  prefetch: 10
  consumers:
    - name: autofill
      queue: cf.autofill
    - name: manual-fill
      queue: cf.manual
    - name: verification
      queue: cf.rph-verify
dead_letter_exchange: cf.dlx
""")


# ============================================================================================
# State PDMP queries (PMP Gateway, state PDMP APIs)
# ============================================================================================

_pw = fakes.drawn_mixed(_seed(), 20)
secret("python", "pdmp", "pdmp/gateway_client.py", _pw,
       "PMP Gateway style request signing: username, password and HMAC-SHA256 of the request (Bamboo Health integration)", """
\"\"\"Query the state PDMP through the PMP Gateway before dispensing a CII.\"\"\"
import base64
import hashlib
import hmac
import time

import requests

GATEWAY = "https://prep.pmpgateway.net/v5_1/patient"
USERNAME = "valleyrx_pms"
PASSWORD = "@@S@@"


def _headers(body: bytes) -> dict:
    ts = str(int(time.time()))
    sig = hmac.new(PASSWORD.encode(), (USERNAME + ts).encode() + body, hashlib.sha256).digest()
    return {
        "X-Auth-Username": USERNAME,
        "X-Auth-Timestamp": ts,
        "X-Auth-Signature": base64.b64encode(sig).decode(),
        "Content-Type": "application/xml",
    }


def request_report(pmix_xml: bytes) -> str:
    r = requests.post(GATEWAY, data=pmix_xml, headers=_headers(pmix_xml), timeout=20)
    r.raise_for_status()
    return r.text
""")

secret("helm-values", "pdmp", "deploy/helm/pdmp-proxy/values.yaml", rand_pw(20, "!*"),
       "Helm values.yaml rendered into a Secret by the chart's templates (helm.sh docs)", """
image:
  repository: registry.valleyrx.internal/pdmp-proxy
  tag: "2.3.1"

pdmp:
  gateway: https://prep.pmpgateway.net/v5_1
  states: [TX, OK, LA, NM]
  username: valleyrx_pms
  password: "@@S@@"
  requireForSchedules: ["II", "III", "IV"]

service:
  type: ClusterIP
  port: 8080
""")

secret("java", "pdmp", "pdmp-java/src/main/java/org/valleyrx/pdmp/GatewayConfig.java", fakes.drawn_mixed(_seed(), 20),
       "Java constants for a PDMP gateway client (HMAC-signed requests)", """
package org.valleyrx.pdmp;

import java.time.Duration;

public final class GatewayConfig {
    public static final String BASE_URL = "https://prep.pmpgateway.net/v5_1";
    public static final String USERNAME = "valleyrx_pms";
    public static final String PASSWORD = "@@S@@";
    public static final Duration TIMEOUT = Duration.ofSeconds(20);
    public static final String PMIX_VERSION = "PMIX-NIEM 2.0";

    private GatewayConfig() {
    }
}
""")

secret("json", "pdmp", "pdmp/config/state-cures.json", fakes.drawn_mixed(_seed(), 32),
       "State PDMP web service client settings (API key and client certificate)", """
{
  "state": "CA",
  "program": "CURES 2.0",
  "endpoint": "https://cures-ws.example.ca.gov/api/v2/patient-activity",
  "apiKey": "@@S@@",
  "clientCertificate": "/etc/pdmp/certs/cures-client.pfx",
  "clientCertificatePasswordEnv": "CURES_PFX_PASSWORD",
  "requesterRole": "PHARMACIST",
  "lookbackMonths": 12
}
""")

secret("xml", "pdmp", "pdmp/soap/request-template.xml", rand_pw(14, "!*"),
       "WS-Security UsernameToken PasswordText in a SOAP header (OASIS WSS UsernameToken Profile 1.1)", """
<?xml version="1.0" encoding="UTF-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
                  xmlns:pmp="http://pmp.state.example.gov/ws/2019">
  <soapenv:Header>
    <wsse:Security soapenv:mustUnderstand="1">
      <wsse:UsernameToken>
        <wsse:Username>VRX_PHARM_0412</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">@@S@@</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <pmp:PatientRequest>
      <pmp:Requester role="Pharmacist" dea="${deaNumber}" />
      <pmp:Patient lastName="${lastName}" firstName="${firstName}" birthDate="${dob}" />
    </pmp:PatientRequest>
  </soapenv:Body>
</soapenv:Envelope>
""")

secret("env", "pdmp", "pdmp/.env.staging", fakes.drawn_mixed(_seed(), 44, ALNUM + "+/"),
       "dotenv file with an HMAC signing secret for a PDMP integration (staging)", """
PDMP_ENV=staging
PDMP_GATEWAY_URL=https://prep.pmpgateway.net/v5_1
PDMP_USERNAME=valleyrx_pms_stg
PDMP_HMAC_SECRET=@@S@@
PDMP_STATES=TX,OK
PDMP_TIMEOUT_SECONDS=20
""")

_p = rand_pw(18, "!*")
secret("k8s-secret", "pdmp", "k8s/overlays/prod/pdmp-credentials.yaml", _p,
       "Kubernetes Secret data field base64 (kubernetes.io/docs/concepts/configuration/secret)", """
apiVersion: v1
kind: Secret
metadata:
  name: pdmp-credentials
  namespace: pharmacy
type: Opaque
data:
  username: @@U@@
  password: @@B@@
""", U=b64("valleyrx_pms"), B=b64(_p))

secret("csharp", "pdmp", "src/Pdmp/PdmpSigner.cs", b64_bytes(32),
       "HMACSHA256 with a base64 shared key (learn.microsoft.com System.Security.Cryptography.HMACSHA256)", """
using System;
using System.Security.Cryptography;
using System.Text;

namespace ValleyRx.Pdmp
{
    public static class PdmpSigner
    {
        // shared key issued by the state PDMP integration team (prod)
        private static readonly byte[] Key = Convert.FromBase64String("@@S@@");

        public static string Sign(string username, long timestamp, string body)
        {
            using var hmac = new HMACSHA256(Key);
            var digest = hmac.ComputeHash(Encoding.UTF8.GetBytes(username + timestamp + body));
            return Convert.ToBase64String(digest);
        }
    }
}
""")


# ============================================================================================
# Copay payments
# ============================================================================================

secret("json", "stripe", "checkout/config/production.json", stripe_secret(),
       "Stripe secret API key sk_live_ (docs.stripe.com/keys)", """
{
  "port": 4242,
  "stripe": {
    "publishableKey": "pk_live_@@PK@@",
    "secretKey": "@@S@@",
    "statementDescriptor": "VALLEY PHARMACY"
  },
  "copay": {
    "currency": "usd",
    "allowHsaFsa": true,
    "maxAmountCents": 250000
  }
}
""", PK=chars(99))

secret("yaml", "authorize-net", "pos/config/gateway.yaml", authnet_key(),
       "Authorize.Net API Login ID and Transaction Key (developer.authorize.net)", """
# Card-not-present copay payments for mail-order specialty
payment_gateway:
  provider: authorize_net
  environment: production
  endpoint: https://api2.authorize.net/xml/v1/request.api
  api_login_id: "@@LID@@"
  transaction_key: "@@S@@"
  duplicate_window_seconds: 120
  require_cvv: true
""", LID=chars(10, ALNUM))

secret("php", "authorize-net", "legacy-portal/includes/payment.php", authnet_key(),
       "Authorize.Net PHP SDK MerchantAuthenticationType setTransactionKey (github.com/AuthorizeNet/sdk-php)", """
<?php
use net\\authorize\\api\\contract\\v1 as AnetAPI;

function merchant_auth()
{
    $auth = new AnetAPI\\MerchantAuthenticationType();
    $auth->setName("@@LID@@");
    $auth->setTransactionKey("@@S@@");
    return $auth;
}

// refund endpoint for cancelled mail-order fills lives in refunds.php
""", LID=chars(10, ALNUM))

secret("python", "square", "pos/square_sync.py", square_token(),
       "Square Python SDK Client(access_token=...) (developer.squareup.com)", """
\"\"\"Reconcile front-store Square terminal sales with the PMS register batch.\"\"\"
from square.client import Client

client = Client(
    access_token="@@S@@",
    environment="production",
)

LOCATION_ID = "L8Q2W9X4T1YZ6"


def payments_for(day_start: str, day_end: str):
    result = client.payments.list_payments(begin_time=day_start, end_time=day_end, location_id=LOCATION_ID)
    if result.is_error():
        raise RuntimeError(result.errors)
    return result.body.get("payments", [])
""")

secret("env", "braintree", "specialty-portal/.env.production", hexs(32),
       "Braintree merchant id, public key and private key (developer.paypal.com braintree credentials)", """
BRAINTREE_ENVIRONMENT=production
BRAINTREE_MERCHANT_ID=@@MID@@
BRAINTREE_PUBLIC_KEY=@@PUB@@
BRAINTREE_PRIVATE_KEY=@@S@@
COPAY_CARD_BIN_RANGES=610020,610591
""", MID=chars(16, string.ascii_lowercase + string.digits), PUB=chars(16, string.ascii_lowercase + string.digits))


# ============================================================================================
# CI/CD, registries, monitoring, chat and identity around the pharmacy apps
# ============================================================================================

secret("github-actions", "slack-webhook", ".github/workflows/deploy-refill.yml", slack_webhook(),
       "GitHub Actions workflow syntax; Slack incoming webhook (api.slack.com/messaging/webhooks)", """
name: deploy-refill-service
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      SLACK_WEBHOOK: @@S@@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-dotnet@v4
        with:
          dotnet-version: "8.0.x"
      - run: dotnet publish src/RefillService -c Release -o out
      - run: ./scripts/deploy.sh out
      - name: notify
        if: always()
        run: |
          curl -s -X POST -H 'Content-type: application/json' \\
            --data "{\\"text\\":\\"refill-service deploy: ${{ job.status }}\\"}" "$SLACK_WEBHOOK"
""")

secret("gitlab-ci", "sentry", ".gitlab-ci.yml", sentry_token(),
       "GitLab CI variables; Sentry organization auth token sntrys_ (docs.sentry.io/account/auth-tokens)", """
stages: [test, build, release]

variables:
  SENTRY_ORG: valley-rx
  SENTRY_PROJECT: refill-portal
  SENTRY_AUTH_TOKEN: "@@S@@"

test:
  stage: test
  image: node:20
  script:
    - npm ci
    - npm test

release:
  stage: release
  image: getsentry/sentry-cli
  script:
    - sentry-cli releases new "$CI_COMMIT_SHORT_SHA"
    - sentry-cli releases files "$CI_COMMIT_SHORT_SHA" upload-sourcemaps dist/
    - sentry-cli releases finalize "$CI_COMMIT_SHORT_SHA"
  only: [main]
""")

secret("jenkinsfile", "registry", "Jenkinsfile", fakes.drawn_mixed(_seed(), 20),
       "Jenkins declarative pipeline sh step with docker login -p (jenkins.io/doc/book/pipeline)", """
pipeline {
    agent { label 'docker' }
    environment {
        REGISTRY = 'registry.valleyrx.internal'
        IMAGE = "${REGISTRY}/erx-gateway:${env.BUILD_NUMBER}"
    }
    stages {
        stage('Build') {
            steps {
                sh './mvnw -B -DskipTests package'
                sh 'docker build -t $IMAGE .'
            }
        }
        stage('Push') {
            steps {
                sh 'docker login $REGISTRY -u jenkins-push -p @@S@@'
                sh 'docker push $IMAGE'
            }
        }
    }
}
""")

secret("azure-pipelines", "azure", "azure-pipelines.yml", azure_secret(),
       "Azure Pipelines YAML with an Entra ID app client secret for az login --service-principal", """
trigger:
  branches:
    include: [main]

pool:
  vmImage: ubuntu-latest

variables:
  AZ_TENANT: 7c1f2a90-3b4d-4e5f-8a6b-1c2d3e4f5a6b
  AZ_APP_ID: 2b9e4c10-7d3a-4f21-9e8b-6a5c4d3b2a19
  AZ_SECRET: '@@S@@'

steps:
  - script: |
      az login --service-principal -u $(AZ_APP_ID) -p $(AZ_SECRET) --tenant $(AZ_TENANT)
      az webapp deploy -g rg-pharmacy-prod -n app-refill-portal --src-path $(Build.ArtifactStagingDirectory)/portal.zip
    displayName: Deploy refill portal
""")

secret("npmrc", "npm", ".npmrc", npm_token(),
       "npm config _authToken for a registry (docs.npmjs.com/cli/configuring-npm/npmrc)", """
# publish @valleyrx/ui-kit and @valleyrx/ncpdp-fields
@valleyrx:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@S@@
always-auth=true
save-exact=true
engine-strict=true
""")

secret("pypirc", "pypi", ".pypirc", fakes.pypi_token(_seed()),
       "PyPI API token in .pypirc (packaging.python.org specifications pypirc)", """
[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = @@S@@

[internal]
repository = https://nexus.valleyrx.internal/repository/pypi-internal/
username = deploy
""")

secret("pip-conf", "artifactory", "deploy/docker/pip.conf", url_pw(24),
       "pip configuration index-url with credentials (pip.pypa.io/en/stable/topics/configuration)", """
# Baked into the build image so pip resolves internal packages (valleyrx-ncpdp, valleyrx-fdb)
[global]
index-url = https://ci-reader:@@S@@@artifactory.valleyrx.internal/artifactory/api/pypi/pypi-virtual/simple
trusted-host = artifactory.valleyrx.internal
timeout = 60

[install]
no-cache-dir = true
""")

secret("yaml", "datadog", "deploy/datadog/datadog.yaml", datadog_api(),
       "Datadog Agent datadog.yaml api_key (docs.datadoghq.com/agent/configuration)", """
## Datadog Agent on the store servers (Windows) - pushed by GPO
api_key: @@S@@
site: datadoghq.com
hostname_fqdn: true
tags:
  - env:prod
  - team:pharmacy-it
  - role:store-server
logs_enabled: true
process_config:
  process_collection:
    enabled: true
""")

secret("yaml", "newrelic", "claims-gateway/newrelic.yml", newrelic_license(),
       "New Relic Java agent newrelic.yml license_key (docs.newrelic.com)", """
common: &default_settings
  license_key: '@@S@@'
  app_name: claims-gateway
  distributed_tracing:
    enabled: true
  log_level: info
  attributes:
    exclude:
      - request.parameters.*
      - request.headers.authorization

production:
  <<: *default_settings
  app_name: claims-gateway (prod)
""")

secret("makefile", "newrelic", "Makefile", newrelic_user_key(),
       "GNU make variables and recipes calling the New Relic NerdGraph API (API-Key header)", """
SERVICE := refill-service
VERSION := $(shell git describe --tags --always)
NR_API_KEY := @@S@@
NR_ENTITY_GUID := MzQ1Njc4OXxBUE18QVBQTElDQVRJT058MTIzNDU2Nzg5

.PHONY: build deploy marker

build:
\tdotnet publish src/RefillService -c Release -o out

deploy: build
\t./scripts/deploy.sh out

marker:
\tcurl -s https://api.newrelic.com/graphql -H "API-Key: $(NR_API_KEY)" -H 'Content-Type: application/json' \\
\t  -d '{"query":"mutation { changeTrackingCreateDeployment(deployment: {version: \\"$(VERSION)\\", entityGuid: \\"$(NR_ENTITY_GUID)\\"}) { deploymentId } }"}'
""")

secret("powershell", "teams-webhook", "scripts/Send-RobotAlert.ps1", teams_webhook(),
       "Microsoft Teams incoming webhook with Invoke-RestMethod (learn.microsoft.com connectors)", """
param(
    [Parameter(Mandatory)] [string]$Robot,
    [Parameter(Mandatory)] [string]$Fault
)

$webhook = "@@S@@"

$card = @{
    "@type"    = "MessageCard"
    "@context" = "http://schema.org/extensions"
    summary    = "Central fill robot fault"
    themeColor = "D7000C"
    title      = "Robot $Robot fault"
    text       = "$Fault - line paused at $(Get-Date -Format 'HH:mm')."
} | ConvertTo-Json

Invoke-RestMethod -Method Post -Uri $webhook -Body $card -ContentType "application/json"
""")

secret("yaml", "pagerduty", "monitoring/alertmanager/alertmanager.yml", pagerduty_key(),
       "Prometheus Alertmanager pagerduty_configs routing_key (prometheus.io/docs/alerting/configuration)", """
global:
  resolve_timeout: 5m

route:
  receiver: pharmacy-it-slack
  group_by: [alertname, store]
  routes:
    - matchers: [severity="page"]
      receiver: pharmacy-it-pager

receivers:
  - name: pharmacy-it-pager
    pagerduty_configs:
      - routing_key: @@S@@
        description: '{{ .CommonAnnotations.summary }}'
  - name: pharmacy-it-slack
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_url
        channel: '#rx-it-alerts'
""")

secret("hcl", "okta", "infra/okta/terraform.tfvars", okta_token(),
       "Terraform Okta provider org_name/base_url/api_token variables (registry.terraform.io okta/okta)", """
okta_org_name  = "valleyrx"
okta_base_url  = "okta.com"
okta_api_token = "@@S@@"

pharmacist_group_name = "RX-Pharmacists"
tech_group_name       = "RX-Technicians"
mfa_required          = true
""")

secret("javascript", "auth0", "specialty-portal/server/auth.js", auth0_secret(),
       "express-openid-connect auth() config with clientSecret (auth0.com/docs/quickstart/webapp/express)", """
const { auth } = require("express-openid-connect");

module.exports = auth({
  authRequired: false,
  auth0Logout: true,
  baseURL: "https://specialty.valleyrx.example",
  issuerBaseURL: "https://valleyrx.us.auth0.com",
  clientID: "kQ3vZr8TnB2xW5yL9mC1dF4gH7jP0sA6",
  clientSecret: "@@S@@",
  secret: process.env.SESSION_SECRET,
  authorizationParams: {
    response_type: "code",
    scope: "openid profile email",
  },
});
""")

secret("shell", "vault", "scripts/bootstrap-secrets.sh", vault_token(),
       "HashiCorp Vault CLI with VAULT_TOKEN (developer.hashicorp.com/vault/docs/commands)", """
#!/usr/bin/env bash
# One-time: seed the refill service's secrets into Vault KV v2.
set -euo pipefail

export VAULT_ADDR=https://vault.valleyrx.internal:8200
export VAULT_TOKEN=@@S@@

vault kv put secret/refill/db host=rx30-sql.store.local user=refill_svc password="$(cat /tmp/refill_db_pw)"
vault kv put secret/refill/twilio account_sid="$TWILIO_ACCOUNT_SID" auth_token="$TWILIO_AUTH_TOKEN"
vault kv get -format=json secret/refill/db | jq '.data.metadata'
shred -u /tmp/refill_db_pw
""")

secret("git-credentials", "github", "ops/bootstrap/.git-credentials", github_token(),
       "git credential-store file format https://user:token@host (git-scm.com/docs/git-credential-store)", """
https://rx-deploy-bot:@@S@@@github.com
https://rx-deploy-bot:@@S@@@raw.githubusercontent.com
https://ci-reader:not-used-anymore@gitea.valleyrx.internal
https://jdoe@dev.azure.com
https://deploy@bitbucket.valleyrx.internal
""")

secret("json", "azure-storage", "src/LabelArchive/appsettings.Production.json", azure_storage_key(),
       "Azure Storage connection string AccountName/AccountKey (learn.microsoft.com storage configure-connection-string)", """
{
  "LabelArchive": {
    "Container": "dispensed-labels",
    "RetentionYears": 7,
    "StorageConnection": "DefaultEndpointsProtocol=https;AccountName=stvrxlabels;AccountKey=@@S@@;EndpointSuffix=core.windows.net"
  },
  "Logging": {
    "LogLevel": { "Default": "Warning" }
  }
}
""")

secret("env", "jwt-secret", "refill-portal/.env.production", fakes.drawn_mixed(_seed(), 48, ALNUM + "-_"),
       "jsonwebtoken HS256 signing secret from the environment (github.com/auth0/node-jsonwebtoken)", """
NODE_ENV=production
PORT=8080
JWT_SECRET=@@S@@
JWT_EXPIRES_IN=15m
REFRESH_TOKEN_DAYS=7
PMS_GATEWAY_URL=https://pms-gw.valleyrx.example
RATE_LIMIT_PER_MIN=30
""")

secret("python", "django", "portal_py/portal/settings/production.py", fakes.django_secret_key(_seed()),
       "Django SECRET_KEY setting (docs.djangoproject.com/en/5.0/ref/settings)", """
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["refills.valleyrx.example"]

SECRET_KEY = "@@S@@"

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000

DATABASES["default"]["HOST"] = "refill-portal-db.internal"  # noqa: F405
""")

secret("apache", "ldap", "deploy/apache/rx-intranet.conf", human_pw(),
       "Apache mod_authnz_ldap AuthLDAPBindPassword (httpd.apache.org/docs/2.4/mod/mod_authnz_ldap.html)", """
<VirtualHost *:443>
    ServerName rx-intranet.corp.local
    DocumentRoot /var/www/rx-intranet

    SSLEngine on
    SSLCertificateFile /etc/pki/tls/certs/rx-intranet.crt
    SSLCertificateKeyFile /etc/pki/tls/private/rx-intranet.key

    <Location "/">
        AuthType Basic
        AuthName "Pharmacy Intranet"
        AuthBasicProvider ldap
        AuthLDAPURL "ldaps://dc01.corp.local:636/OU=Pharmacy,DC=corp,DC=local?sAMAccountName?sub?(objectClass=user)"
        AuthLDAPBindDN "CN=svc_rxintranet,OU=Service Accounts,DC=corp,DC=local"
        AuthLDAPBindPassword "@@S@@"
        Require ldap-group CN=RX-Staff,OU=Groups,DC=corp,DC=local
    </Location>
</VirtualHost>
""")

_u, _pw2 = "nginx_proxy", fakes.drawn_mixed(_seed(), 16)
_basic2 = b64(f"{_u}:{_pw2}")
secret("nginx", "basic-auth", "deploy/nginx/pms-api.conf", _basic2,
       "nginx proxy_set_header Authorization Basic (nginx.org/en/docs/http/ngx_http_proxy_module.html)", """
upstream pms_api {
    server 10.40.2.20:8080;
    keepalive 16;
}

server {
    listen 443 ssl;
    server_name pms-gw.valleyrx.example;

    ssl_certificate     /etc/nginx/tls/pms-gw.crt;
    ssl_certificate_key /etc/nginx/tls/pms-gw.key;

    location /api/rx/ {
        proxy_pass http://pms_api;
        proxy_set_header Authorization "Basic @@S@@";
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_read_timeout 30s;
    }
}
""")

_ssh = openssh_key()
secret("ansible", "ssh-key", "deploy/ansible/group_vars/edi_hosts.yml", _ssh,
       "Ansible group_vars with a literal block scalar private key (docs.ansible.com)", """
edi_user: edi
edi_home: /var/edi
wholesaler_sftp_host: edi-sftp.cardinal-partner.example.com
wholesaler_sftp_user: vrx_2047731
# key registered with the wholesaler EDI team (ticket EDI-4471)
wholesaler_sftp_key: |
@@K@@
edi_cron_minutes: "*/15"
""", K=indent(_ssh, 2))

secret("python", "google-maps", "delivery/route_planner.py", google_api_key(),
       "Google Maps Platform Directions API key parameter (developers.google.com/maps/documentation/directions)", """
\"\"\"Plans the afternoon home-delivery route for the courier (server-side key).\"\"\"
import googlemaps

gmaps = googlemaps.Client(key="@@S@@")

STORE = "1200 Elm St, Austin, TX"


def plan(stops: list[str]):
    return gmaps.directions(
        STORE,
        STORE,
        waypoints=stops,
        optimize_waypoints=True,
        mode="driving",
        departure_time="now",
    )
""")

_sig = b64_bytes(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
secret("shell", "azure-sas", "scripts/upload_fax_archive.sh", _sig,
       "Azure Storage service SAS URL with sig= (learn.microsoft.com storage create-service-sas)", """
#!/usr/bin/env bash
# Archive scanned fax prescriptions (TIFF) from the fax server to blob storage nightly.
set -euo pipefail
SRC=/srv/fax/inbound/$(date -d yesterday +%F)
SAS="sv=2022-11-02&ss=b&srt=co&sp=cw&se=2026-12-31T23:59:59Z&st=2024-01-01T00:00:00Z&spr=https&sig=@@S@@"

azcopy copy "$SRC" "https://stvrxfax.blob.core.windows.net/fax-archive/?${SAS}" --recursive
""")

secret("markdown", "surescripts", "docs/onboarding/surescripts-certificate.md", passphrase(),
       "Team onboarding notes for the Surescripts client certificate (openssl pkcs12)", """
# Surescripts client certificate

The production client certificate lives in `erx-gateway/keys/surescripts-client.p12`
(on the gateway hosts only, never in the repo).

To inspect it:

```bash
openssl pkcs12 -in surescripts-client.p12 -nokeys -passin pass:@@S@@ | openssl x509 -noout -dates -subject
```

Renewal: request via the Surescripts Certificate Services portal ~60 days before expiry,
generate the CSR with `openssl req -new -newkey rsa:2048 -nodes`, and update the
truststore if their intermediate changes.
""")

secret("yaml", "redis", "deploy/helm/refill-service/values-prod.yaml", fakes.redis_password(_seed()),
       "Bitnami Redis Helm chart auth.password value (artifacthub.io bitnami/redis)", """
refill-service:
  replicaCount: 3
  image:
    repository: registry.valleyrx.internal/refill-service
    tag: "2024.06.1"

redis:
  architecture: standalone
  auth:
    enabled: true
    password: "@@S@@"
  master:
    persistence:
      size: 2Gi
""")


# ============================================================================================
# Decoys: placeholders and examples
# ============================================================================================

decoy("yaml", "placeholder", "config/pioneerrx-bridge.example.yaml",
      "Sample config shipped beside the real one (placeholder values)", """
# Copy to pioneerrx-bridge.yaml and fill in on the store server.
store:
  ncpdp_id: "0000000"
  npi: "0000000000"
  timezone: America/Chicago

pioneerrx:
  server: RXSRV01\\PIONEER
  database: PioneerPharmacySystem
  driver: ODBC Driver 18 for SQL Server
  username: rpt_bridge
  password: changeme
  trust_server_certificate: true
""")

decoy("env", "placeholder", "refill-bot/.env.example",
      "dotenv example file with placeholder values (twilio.com/docs/usage/secure-credentials)", """
# Copy to .env and fill in from 1Password ("Refill bot - Twilio")
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token
TWILIO_FROM_NUMBER=+15005550006
REMINDER_DAYS_AHEAD=5
QUIET_HOURS=21-08
PMS_API_URL=http://localhost:8080
""")

decoy("json", "template", "src/RefillService/appsettings.Release.json",
      "Azure DevOps Replace Tokens task #{...}# placeholders (marketplace qetza.replacetokens)", """
{
  "ConnectionStrings": {
    "Rx30": "Server=#{Rx30SqlHost}#,1433;Database=RX30;User Id=#{Rx30SqlUser}#;Password=#{Rx30SqlPassword}#;Encrypt=True",
    "Queue": "Server=#{Rx30SqlHost}#,1433;Database=RefillQueue;User Id=#{Rx30SqlUser}#;Password=#{Rx30SqlPassword}#"
  },
  "Twilio": {
    "AccountSid": "#{TwilioAccountSid}#",
    "AuthToken": "#{TwilioAuthToken}#"
  },
  "Refill": {
    "DaysBeforeDue": 5
  }
}
""")

decoy("properties", "env-reference", "claims-gateway/src/main/resources/application.properties",
      "Spring Boot property placeholders ${ENV_VAR} (docs.spring.io externalized configuration)", """
server.port=8443
spring.datasource.url=jdbc:postgresql://${CLAIMS_DB_HOST:localhost}:5432/claims
spring.datasource.username=${CLAIMS_DB_USER:claims_app}
spring.datasource.password=${CLAIMS_DB_PASSWORD}
claims.switch.host=${SWITCH_HOST}
claims.switch.port=5010
claims.switch.login=${SWITCH_LOGIN}
claims.switch.password=${SWITCH_PASSWORD}
claims.ncpdp.version=D0
""")

decoy("docker-compose", "env-reference", "erx-gateway/docker-compose.yml",
      "Compose variable interpolation ${VAR:?err} (docs.docker.com/compose/how-tos/environment-variables)", """
services:
  erx-gateway:
    image: registry.valleyrx.internal/erx-gateway:4.2.7
    environment:
      SURESCRIPTS_USER: ${SURESCRIPTS_USER:?set in .env}
      SURESCRIPTS_PASSWORD: ${SURESCRIPTS_PASSWORD:?set in .env}
      SURESCRIPTS_NCPDP_ID: "4412876"
    volumes:
      - ./keys:/opt/erx/keys:ro
  db:
    image: postgres:15
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/erx_db_password
    secrets:
      - erx_db_password
secrets:
  erx_db_password:
    file: ./secrets/erx_db_password.txt
""")

decoy("k8s", "secret-ref", "k8s/base/refill-deployment.yaml",
      "Kubernetes env valueFrom secretKeyRef (kubernetes.io/docs/tasks/inject-data-application)", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: refill-service
  namespace: refill
spec:
  replicas: 2
  selector:
    matchLabels: {app: refill-service}
  template:
    metadata:
      labels: {app: refill-service}
    spec:
      containers:
        - name: app
          image: registry.valleyrx.internal/refill-service:2024.06.1
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: rx30-db, key: DB_PASSWORD}
            - name: TWILIO_AUTH_TOKEN
              valueFrom:
                secretKeyRef: {name: twilio, key: auth_token}
            - name: TWILIO_ACCOUNT_SID
              valueFrom:
                configMapKeyRef: {name: refill-config, key: twilio_account_sid}
""")

decoy("helm-template", "template", "deploy/helm/pdmp-proxy/templates/secret.yaml",
      "Helm template rendering values into a Secret with b64enc (helm.sh/docs/chart_template_guide)", """
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "pdmp-proxy.fullname" . }}
  labels:
    {{- include "pdmp-proxy.labels" . | nindent 4 }}
type: Opaque
data:
  username: {{ .Values.pdmp.username | b64enc | quote }}
  password: {{ required "pdmp.password is required" .Values.pdmp.password | b64enc | quote }}
  hmacSecret: {{ .Values.pdmp.hmacSecret | default "" | b64enc | quote }}
""")

decoy("ansible", "vault-ciphertext", "deploy/ansible/group_vars/store_servers/vault.yml",
      "Ansible Vault encrypted variable !vault | $ANSIBLE_VAULT;1.1;AES256 (docs.ansible.com vault)", """
ansible_user: RXCORP\\svc_ansible
ansible_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
@@V1@@
rx30_sa_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
@@V2@@
""", V1=indent(ansible_vault_blob(), 10), V2=indent(ansible_vault_blob(), 10))

decoy("sops-yaml", "ciphertext", "deploy/secrets/pdmp.enc.yaml",
      "Mozilla SOPS encrypted YAML ENC[AES256_GCM,...] values (github.com/getsops/sops)", """
pdmp:
    username: ENC[AES256_GCM,data:@@A@@,iv:@@IV1@@,tag:@@T1@@,type:str]
    password: ENC[AES256_GCM,data:@@B@@,iv:@@IV2@@,tag:@@T2@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:us-east-1:210987654321:key/5d7e2c1a-9b3f-4e8d-a6c0-1f2e3d4c5b6a
          created_at: "2024-05-02T14:11:09Z"
          enc: @@KMS@@
          aws_profile: ""
    lastmodified: "2024-05-02T14:11:10Z"
    mac: ENC[AES256_GCM,data:@@MAC@@,iv:@@IV3@@,tag:@@T3@@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", A=b64_bytes(12), B=b64_bytes(18), IV1=b64_bytes(32), IV2=b64_bytes(32), IV3=b64_bytes(32),
      T1=b64_bytes(16), T2=b64_bytes(16), T3=b64_bytes(16), KMS="AQICAH" + chars(150, B64), MAC=b64_bytes(32))

decoy("k8s", "sealed-secret", "k8s/overlays/prod/twilio-sealedsecret.yaml",
      "Bitnami SealedSecret encryptedData (github.com/bitnami-labs/sealed-secrets)", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: twilio
  namespace: refill
spec:
  encryptedData:
    auth_token: AgB@@A@@
    api_key_secret: AgC@@B@@
  template:
    metadata:
      name: twilio
      namespace: refill
    type: Opaque
""", A=chars(340, B64) + "==", B=chars(340, B64) + "=")

decoy("python", "env-reference", "reminders/settings.py",
      "os.environ lookups for credentials (docs.python.org os.environ)", """
\"\"\"Settings for the refill reminder job; secrets come from the environment.\"\"\"
import os

TWILIO_ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]
TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
MESSAGING_SERVICE_SID = os.environ.get("TWILIO_MESSAGING_SERVICE_SID", "")

PMS_DB_PASSWORD = os.environ.get("PMS_DB_PASSWORD")
if not PMS_DB_PASSWORD:
    raise SystemExit("PMS_DB_PASSWORD is not set")

REMINDER_DAYS_AHEAD = int(os.environ.get("REMINDER_DAYS_AHEAD", "5"))
QUIET_HOURS = os.environ.get("QUIET_HOURS", "21-08")
""")

decoy("terraform", "variable", "infra/sns-sms/variables.tf",
      "Terraform input variables marked sensitive, no default (developer.hashicorp.com/terraform/language/values/variables)", """
variable "twilio_auth_token" {
  description = "Twilio auth token for the IVR fallback (set in TF Cloud workspace)"
  type        = string
  sensitive   = true
}

variable "pdmp_password" {
  description = "PMP Gateway password"
  type        = string
  sensitive   = true
}

variable "sms_monthly_spend_limit" {
  type    = number
  default = 200
}
""")

decoy("hcl", "placeholder", "infra/okta/terraform.tfvars.example",
      "Example tfvars committed beside a git-ignored real one", """
# Copy to terraform.tfvars (git-ignored) and set a real token from Okta Admin > Security > API
okta_org_name  = "valleyrx"
okta_base_url  = "okta.com"
okta_api_token = "REPLACE_ME"

pharmacist_group_name = "RX-Pharmacists"
tech_group_name       = "RX-Technicians"
mfa_required          = true
""")

decoy("github-actions", "secrets-context", ".github/workflows/nightly-claims-recon.yml",
      "GitHub Actions secrets context ${{ secrets.NAME }} (docs.github.com/actions/security-guides)", """
name: nightly-claims-reconciliation
on:
  schedule:
    - cron: "30 7 * * *"
  workflow_dispatch:

jobs:
  recon:
    runs-on: [self-hosted, pharmacy]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: "3.12"}
      - run: pip install -r requirements.txt
      - run: python -m recon.run --date yesterday
        env:
          CLAIMS_DB_PASSWORD: ${{ secrets.CLAIMS_DB_PASSWORD }}
          SWITCH_PASSWORD: ${{ secrets.SWITCH_PASSWORD }}
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
""")

decoy("gitlab-ci", "variable-reference", "pdmp/.gitlab-ci.yml",
      "GitLab CI/CD masked variables referenced as $VAR (docs.gitlab.com/ee/ci/variables)", """
stages: [test, deploy]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

deploy:
  stage: deploy
  image: alpine/helm:3.14.0
  script:
    - helm upgrade --install pdmp-proxy deploy/helm/pdmp-proxy
        --set pdmp.password="$PDMP_PASSWORD"
        --set pdmp.hmacSecret="$PDMP_HMAC_SECRET"
        -n pharmacy
  environment: production
  only: [main]
""")

decoy("json", "keyvault-reference", "infra/appservice/refill-portal.appsettings.json",
      "App Service Key Vault references @Microsoft.KeyVault(SecretUri=...) (learn.microsoft.com app-service)", """
[
  {
    "name": "ConnectionStrings__Rx30",
    "value": "@Microsoft.KeyVault(SecretUri=https://kv-pharmacy-prod.vault.azure.net/secrets/rx30-connection/)",
    "slotSetting": false
  },
  {
    "name": "Twilio__AuthToken",
    "value": "@Microsoft.KeyVault(VaultName=kv-pharmacy-prod;SecretName=twilio-auth-token)",
    "slotSetting": false
  },
  {
    "name": "Refill__DaysBeforeDue",
    "value": "5",
    "slotSetting": false
  }
]
""")

decoy("json", "secret-arn", "ivr/connect/task-definition.json",
      "ECS task definition secrets valueFrom Secrets Manager ARN (docs.aws.amazon.com ECS specifying sensitive data)", """
{
  "family": "refill-lookup",
  "networkMode": "awsvpc",
  "containerDefinitions": [
    {
      "name": "app",
      "image": "210987654321.dkr.ecr.us-east-1.amazonaws.com/refill-lookup:1.8.0",
      "environment": [
        {"name": "PMS_API_URL", "value": "https://pms-gw.valleyrx.example/api/rx"}
      ],
      "secrets": [
        {"name": "PMS_API_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-east-1:210987654321:secret:prod/refill/pms-api-Xa91Qe"},
        {"name": "TWILIO_AUTH_TOKEN", "valueFrom": "arn:aws:ssm:us-east-1:210987654321:parameter/prod/refill/twilio-auth-token"}
      ]
    }
  ],
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "256",
  "memory": "512"
}
""")

decoy("powershell", "prompt", "scripts/Reset-CabinetUser.ps1",
      "Get-Credential / SecretManagement Get-Secret (learn.microsoft.com powershell)", """
# Resets a cabinet user's PIN via the vendor admin API. Prompts; nothing stored.
param([Parameter(Mandatory)][string]$EmployeeId)

Import-Module Microsoft.PowerShell.SecretManagement
$apiKey = Get-Secret -Name "PyxisAdminApiKey" -Vault PharmacyVault -AsPlainText
$cred = Get-Credential -Message "Pharmacy admin account"

$headers = @{ "X-Api-Key" = $apiKey }
Invoke-RestMethod -Method Post -Uri "https://pyxis-admin.hosp.local/api/users/$EmployeeId/reset-pin" `
    -Headers $headers -Credential $cred
Write-Host "PIN reset queued for $EmployeeId"
""")

decoy("ini", "empty", "robot/parata/PassInterface.default.ini",
      "Vendor default INI shipped empty, filled by the installer", """
[General]
SiteName=
PollIntervalSec=20
ArchiveDays=30

[Database]
Provider=MSSQL
Server=
Catalog=PassInterface
User=
; Password is written by the installer, encrypted with DPAPI. Leave empty here.
Password=

[Inbound]
Folder=
Format=HL7v2
""")

decoy("markdown", "doc-example", "docs/integrations/fdb-cloud-connector.md",
      "Team notes on the FDB Cloud Connector SHAREDKEY header with placeholders", """
# FDB Cloud Connector

Every request carries the shared key header:

```
Authorization: SHAREDKEY <client-id>:<secret-key>
```

Example (replace the placeholders; the real values are in Key Vault `kv-pharmacy-prod`,
secrets `fdb-client-id` and `fdb-secret-key`):

```bash
curl -s https://api.fdbcloudconnector.com/CC/api/v1_4/PrescribableDrugs?searchtext=lisinopril \\
  -H "Authorization: SHAREDKEY ${FDB_CLIENT_ID}:${FDB_SECRET_KEY}"
```

Rate limit: 50 requests/second per client id. Cache drug concepts for 24 h.
""")

decoy("log", "masked", "docs/samples/erx-gateway-startup.log",
      "Application startup log with masked credentials (sample kept for support)", """
2024-06-03 06:00:01.112 INFO  [main] erx.Gateway - starting erx-gateway 4.2.7
2024-06-03 06:00:01.340 INFO  [main] erx.Config - surescripts.url=https://messaging.surescripts.net/ValleyRx/AuthenticatingXmlServer.aspx
2024-06-03 06:00:01.341 INFO  [main] erx.Config - surescripts.portal.user=VALLEYRX01
2024-06-03 06:00:01.341 INFO  [main] erx.Config - surescripts.portal.password=********
2024-06-03 06:00:01.342 INFO  [main] erx.Config - keystore=/opt/erx/keys/surescripts-client.p12 (password: [PROTECTED])
2024-06-03 06:00:02.019 INFO  [main] erx.Tls - client cert CN=valleyrx-erx, serial=4F:1A:22:9C:0E:7B:31:D8, notAfter=2026-03-14
2024-06-03 06:00:02.431 INFO  [poll-1] erx.Mailbox - polled 0 messages
""")

decoy("javascript", "placeholder", "web/src/config/openfda.example.js",
      "Example config with a placeholder api key (open.fda.gov/apis/authentication)", """
// Copy to openfda.js. Without a key openFDA allows 1,000 requests/day per IP.
export const OPENFDA = {
  baseUrl: "https://api.fda.gov",
  apiKey: "YOUR_OPENFDA_API_KEY",
  endpoints: {
    enforcement: "/drug/enforcement.json",
    shortages: "/drug/shortages.json",
  },
  pageSize: 100,
};
""")

decoy("ipynb", "getpass", "analysis/diversion_outliers.ipynb",
      "Jupyter notebook reading the password with getpass (docs.python.org getpass)", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, pyodbc, pandas as pd\\n",
    "pwd = getpass.getpass('OmniCenter password: ')\\n",
    "cn = pyodbc.connect('DRIVER={ODBC Driver 18 for SQL Server};SERVER=omni-sql01;DATABASE=OmniCenter;'\\n",
    "                    f'UID=diversion_rpt;PWD={pwd};TrustServerCertificate=yes')\\n",
    "tx = pd.read_sql('SELECT UserId, ItemId, TxnType, Quantity FROM dbo.Transactions', cn)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

decoy("systemd", "credential-file", "deploy/systemd/refill-reminder.service",
      "systemd EnvironmentFile= and LoadCredential= (freedesktop.org systemd.exec)", """
[Unit]
Description=Refill reminder sender
After=network-online.target

[Service]
Type=oneshot
User=refill
EnvironmentFile=/etc/refill-reminder/refill.env
LoadCredential=twilio_auth_token:/etc/credstore/twilio_auth_token
Environment=TWILIO_AUTH_TOKEN_FILE=%d/twilio_auth_token
ExecStart=/opt/refill-reminder/venv/bin/python -m reminders.send_refill_sms

[Install]
WantedBy=multi-user.target
""")

decoy("crontab", "defaults-file", "ops/cron/inventory.crontab",
      "mysqldump --defaults-extra-file keeps the password out of the command (dev.mysql.com)", """
SHELL=/bin/bash
MAILTO=rx-ops@valleyrx.example
# nightly dump; credentials live in /etc/mysql/backup.cnf (root:root 0600)
15 2 * * * mysqldump --defaults-extra-file=/etc/mysql/backup.cnf --single-transaction inventory | gzip > /backup/inventory_$(date +\\%F).sql.gz
45 3 * * * find /backup -name 'inventory_*.sql.gz' -mtime +21 -delete
""")

decoy("nginx", "file-reference", "deploy/nginx/refill-portal.conf",
      "nginx auth_basic_user_file and ssl_certificate_key paths (nginx.org docs)", """
server {
    listen 443 ssl http2;
    server_name refills.valleyrx.example;

    ssl_certificate     /etc/nginx/tls/refills.fullchain.pem;
    ssl_certificate_key /etc/nginx/tls/refills.key;
    ssl_protocols TLSv1.2 TLSv1.3;

    location /admin/ {
        auth_basic "Refill admin";
        auth_basic_user_file /etc/nginx/htpasswd.refill-admin;
        proxy_pass http://127.0.0.1:8080;
    }

    location / {
        proxy_pass http://127.0.0.1:8080;
    }
}
""")

decoy("mirth-xml", "config-map", "interfaces/mirth/channels/pyxis-adt.xml",
      "Mirth Connect configuration map variables ${...} in a connector (docs.nextgen.com Mirth Connect)", """
<channel version="4.4.2">
  <id>9b2e4c1f-7a3d-4e8b-b6c0-5d4e3f2a1b0c</id>
  <name>ADT -> Pyxis ES</name>
  <enabled>true</enabled>
  <destinationConnectors>
    <connector version="4.4.2">
      <name>Pyxis DB</name>
      <transportName>Database Writer</transportName>
      <properties class="com.mirth.connect.connectors.jdbc.DatabaseDispatcherProperties">
        <driver>net.sourceforge.jtds.jdbc.Driver</driver>
        <url>${pyxis_db_url}</url>
        <username>${pyxis_db_user}</username>
        <password>${pyxis_db_password}</password>
        <query>EXEC dbo.usp_UpsertPatient ${mrn}, ${room}, ${bed}</query>
      </properties>
    </connector>
  </destinationConnectors>
</channel>
""")

decoy("sql", "sqlcmd-variable", "db/security/create_logins.sql",
      "sqlcmd scripting variables $(var) passed with -v (learn.microsoft.com sqlcmd use-scripting-variables)", """
-- Run with: sqlcmd -S RX30SRV -i create_logins.sql -v RefillPwd="..." ReportPwd="..."
:on error exit
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'refill_svc')
    CREATE LOGIN refill_svc WITH PASSWORD = N'$(RefillPwd)', CHECK_POLICY = ON;
GO
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'rpt_bridge')
    CREATE LOGIN rpt_bridge WITH PASSWORD = N'$(ReportPwd)', CHECK_POLICY = ON;
GO
USE RX30;
CREATE USER refill_svc FOR LOGIN refill_svc;
ALTER ROLE db_datareader ADD MEMBER refill_svc;
GO
""")

decoy("yaml", "consul-template", "deploy/consul-template/pdmp.env.ctmpl",
      "consul-template Vault secret lookups {{ with secret }} (github.com/hashicorp/consul-template)", """
{{- with secret "secret/data/pharmacy/pdmp" }}
PDMP_USERNAME={{ .Data.data.username }}
PDMP_PASSWORD={{ .Data.data.password }}
PDMP_HMAC_SECRET={{ .Data.data.hmac_secret }}
{{- end }}
PDMP_GATEWAY_URL=https://prep.pmpgateway.net/v5_1
PDMP_STATES=TX,OK,LA,NM
""")

decoy("env", "placeholder", "pdmp/.env.sample",
      "dotenv sample with angle-bracket placeholders", """
PDMP_ENV=staging
PDMP_GATEWAY_URL=https://prep.pmpgateway.net/v5_1
PDMP_USERNAME=<from Bamboo Health onboarding email>
PDMP_PASSWORD=<from 1Password: PDMP / staging>
PDMP_HMAC_SECRET=<base64 secret from the state integration team>
PDMP_STATES=TX,OK
""")

decoy("csharp", "config-key", "src/Erx/SurescriptsOptions.cs",
      "ASP.NET Core options pattern binding section names (learn.microsoft.com options)", """
namespace ValleyRx.Erx
{
    public sealed class SurescriptsOptions
    {
        public const string Section = "Surescripts";
        public const string PasswordKey = "Surescripts:Password";
        public const string CertificatePasswordKey = "Surescripts:ClientCertificatePassword";

        public string Url { get; set; } = "https://messaging.surescripts.net/ValleyRx/AuthenticatingXmlServer.aspx";
        public string Username { get; set; } = string.Empty;
        public string Password { get; set; } = string.Empty;
        public string ClientCertificatePath { get; set; } = "/opt/erx/keys/surescripts-client.p12";
        public int PollSeconds { get; set; } = 30;
    }
}
""")

decoy("java", "constant-name", "pdmp-java/src/main/java/org/valleyrx/pdmp/Headers.java",
      "Java constants naming HTTP headers and parameters (no values)", """
package org.valleyrx.pdmp;

/** Header and parameter names used by the PMP Gateway request signer. */
public final class Headers {
    public static final String AUTH_USERNAME = "X-Auth-Username";
    public static final String AUTH_PASSWORD_PARAM = "password";
    public static final String AUTH_TIMESTAMP = "X-Auth-Timestamp";
    public static final String AUTH_SIGNATURE = "X-Auth-Signature";
    public static final String SECRET_ENV = "PDMP_HMAC_SECRET";
    public static final String TOKEN_TYPE = "Bearer";

    private Headers() {
    }
}
""")

decoy("yaml", "password-policy", "portal/config/security.yml",
      "Password policy settings of a patient portal (NIST SP 800-63B guidance)", """
password_policy:
  min_length: 12
  max_length: 128
  require_mfa_for_staff: true
  breached_password_check: true
  password_history: 5
  lockout_threshold: 10
  lockout_minutes: 30
reset:
  password_reset_url: https://refills.valleyrx.example/account/reset
  token_ttl_minutes: 20
session:
  idle_timeout_minutes: 15
  secret_rotation_days: 90
""")

decoy("yaml", "no-log-output", "docs/samples/ansible-run-output.yml",
      "Ansible no_log masked output VALUE_SPECIFIED_IN_NO_LOG_PARAMETER (docs.ansible.com)", """
# Output of: ansible-playbook store_servers.yml --tags odbc -v (kept for the runbook)
- name: Configure BestRx DSN
  changed: true
  invocation:
    module_args:
      dsn: BestRxProd
      server: tcp:bestrx-sql.store.local,1433
      username: etl_reader
      password: VALUE_SPECIFIED_IN_NO_LOG_PARAMETER
      encrypt: true
- name: Restart extract service
  changed: true
""")

decoy("xml", "ciphertext", "RxSync/Web.config",
      "ASP.NET protected configuration RsaProtectedConfigurationProvider EncryptedData (learn.microsoft.com)", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">
    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">
      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc" />
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <EncryptedKey xmlns="http://www.w3.org/2001/04/xmlenc#">
          <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p" />
          <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
            <KeyName>Rsa Key</KeyName>
          </KeyInfo>
          <CipherData>
            <CipherValue>@@K@@</CipherValue>
          </CipherData>
        </EncryptedKey>
      </KeyInfo>
      <CipherData>
        <CipherValue>@@C@@</CipherValue>
      </CipherData>
    </EncryptedData>
  </connectionStrings>
  <appSettings>
    <add key="StoreNumber" value="0127" />
  </appSettings>
</configuration>
""", K=b64_bytes(256), C=b64_bytes(224))

decoy("properties", "jasypt", "fdb-loader/conf/medknowledge-prod.properties",
      "Jasypt encrypted property ENC(...) (github.com/ulisesbocchio/jasypt-spring-boot)", """
# Values in ENC(...) are decrypted at startup with JASYPT_ENCRYPTOR_PASSWORD from the environment
fdb.release.dir=/data/fdb/incoming
fdb.db.url=jdbc:sqlserver://fdb-sql.corp.local:1433;databaseName=FDB_MKU;encrypt=true
fdb.db.user=fdb_loader
fdb.db.password=ENC(@@E@@)
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
jasypt.encryptor.iv-generator-classname=org.jasypt.iv.RandomIvGenerator
""", E=b64_bytes(48))

decoy("k8s", "external-secret", "k8s/overlays/prod/medispan-externalsecret.yaml",
      "External Secrets Operator ExternalSecret remoteRef (external-secrets.io)", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: medispan-sftp
  namespace: etl
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: medispan-sftp
  data:
    - secretKey: username
      remoteRef: {key: prod/etl/medispan, property: username}
    - secretKey: password
      remoteRef: {key: prod/etl/medispan, property: password}
""")

decoy("hcl", "vault-policy", "infra/vault/policies/refill-service.hcl",
      "HashiCorp Vault ACL policy paths (developer.hashicorp.com/vault/docs/concepts/policies)", """
# Read-only access for the refill service to its own secrets.
path "secret/data/refill/*" {
  capabilities = ["read"]
}

path "secret/metadata/refill/*" {
  capabilities = ["list"]
}

path "database/creds/rx30-refill" {
  capabilities = ["read"]
}

path "auth/token/renew-self" {
  capabilities = ["update"]
}
""")

decoy("powershell", "dpapi-ciphertext", "scripts/Get-StoredSqlCredential.ps1",
      "ConvertFrom-SecureString DPAPI output, bound to one user and machine (learn.microsoft.com)", """
# The SQL password was encrypted on RX-ETL-01 as svc_rxetl with:
#   Read-Host -AsSecureString | ConvertFrom-SecureString
# Only that account on that machine can decrypt it.
$encrypted = "01000000d08c9ddf0115d1118c7a00c04fc297eb01000000@@D@@"

$secure = ConvertTo-SecureString $encrypted
$cred = New-Object System.Management.Automation.PSCredential("rxetl_sql", $secure)
$cred
""", D=hexs(360))

decoy("shell", "env-reference", "edi/scripts/push_855_ack.sh",
      "Shell script reading credentials from the environment / a key file", """
#!/bin/sh
# Push 997 functional acks; authenticates with the key registered for the EDI account.
set -eu
: "${EDI_SFTP_HOST:?}"
: "${EDI_SFTP_USER:?}"
KEY=${EDI_SFTP_KEY:-/var/edi/.ssh/id_ed25519}

for f in /var/edi/outbound/997/*.x12; do
  [ -e "$f" ] || exit 0
  sftp -i "$KEY" -oBatchMode=yes "$EDI_SFTP_USER@$EDI_SFTP_HOST" <<EOF
cd /inbound/997
put $f
EOF
  mv "$f" /var/edi/archive/997/
done
""")


# ============================================================================================
# Decoys: public identifiers of pharmacy (BIN/PCN, NPI, NCPDP, DEA, NDC, GPI, RxCUI)
# ============================================================================================

decoy("csv", "payer-ids", "claims/reference/payer_sheet_bins.csv",
      "NCPDP payer sheets: BIN (IIN), PCN and group are printed on member ID cards", """
payer,bin,pcn,group,processor,notes
Express Scripts Commercial,003858,A4,,ESI,group varies by plan
Express Scripts Medicare D,610014,MEDDPRIME,,ESI,
CVS Caremark Commercial,004336,ADV,RX1234,Caremark,group from card
CVS Caremark Med D,004336,MEDDADV,RX8823,Caremark,
OptumRx,610097,9999,,OptumRx,
OptumRx Med D,610097,9999,PDPIND,OptumRx,
Humana Med D,015581,03200000,,Humana,
Aetna (CVS),610502,MEDDAET,,Caremark,
Manufacturer copay card (generic),610020,PDMI,99993611,Change Healthcare,secondary only
""")

decoy("yaml", "test-claim", "claims/tests/fixtures/b1_commercial_paid.yaml",
      "NCPDP Telecommunication Standard D.0 B1 claim fields (synthetic test patient)", """
# Synthetic B1 billing request + expected paid response (no real patient).
request:
  header:
    bin: "610014"
    version: D0
    transaction_code: B1
    pcn: MEDDPRIME
    transaction_count: 1
    service_provider_id_qualifier: "01"
    service_provider_id: "1649382751"
    date_of_service: "20240603"
    software_vendor_cert_id: D012000046
  insurance:
    cardholder_id: ZZTEST000001
    group_id: TESTGRP01
    person_code: "001"
    patient_relationship_code: "1"
  claim:
    prescription_reference_number: "0004412876"
    product_service_id_qualifier: "03"
    product_service_id: "00093715698"
    quantity_dispensed: "30000"
    days_supply: 30
    daw: "0"
expected_response:
  transaction_response_status: P
  authorization_number: "TEST00001234"
  total_amount_paid: "412{"
""")

decoy("json", "provider-ids", "stores/directory.json",
      "Public NPPES NPI and NCPDP provider ids of store locations (npiregistry.cms.hhs.gov)", """
{
  "stores": [
    {
      "number": "0127",
      "name": "Valley Pharmacy #127",
      "npi": "1649382751",
      "ncpdpId": "4412876",
      "dea": "BV1234563",
      "phone": "+1-512-555-0147",
      "hours": "Mon-Fri 9-7, Sat 9-5"
    },
    {
      "number": "0412",
      "name": "Valley Pharmacy #412",
      "npi": "1972605148",
      "ncpdpId": "4419031",
      "dea": "AS9876547",
      "phone": "+1-512-555-0199",
      "hours": "Mon-Sun 8-9"
    }
  ]
}
""")

decoy("json", "drug-ids", "formulary/data/statins.json",
      "Drug identifiers: NDC (FDA NDC Directory), RxCUI (RxNorm), GPI (Medi-Span), GCN_SEQNO (FDB)", """
{
  "class": "HMG-CoA reductase inhibitors",
  "gpi4": "3940",
  "items": [
    {"name": "atorvastatin 20 mg tablet", "ndc11": "00093505698", "rxcui": "617310",
     "gpi14": "39400010100320", "gcnSeqno": "029968", "tier": 1},
    {"name": "atorvastatin 40 mg tablet", "ndc11": "00093505798", "rxcui": "617311",
     "gpi14": "39400010100330", "gcnSeqno": "029969", "tier": 1},
    {"name": "rosuvastatin 10 mg tablet", "ndc11": "00591378519", "rxcui": "859424",
     "gpi14": "39400060100320", "gcnSeqno": "051785", "tier": 1},
    {"name": "simvastatin 20 mg tablet", "ndc11": "16714068302", "rxcui": "198211",
     "gpi14": "39400075000320", "gcnSeqno": "016577", "tier": 1}
  ],
  "pdcMeasure": "SUPD/Statin adherence"
}
""")

decoy("hl7", "message", "interfaces/samples/rde_o11_omnicell.hl7",
      "HL7 v2.5 RDE^O11 pharmacy encoded order (synthetic sample for the Omnicell interface)", """
MSH|^~\\&|PHARMACY|VALLEYRX|OMNICELL|4WEST|20240603101512||RDE^O11^RDE_O11|MSG000184422|P|2.5
PID|1||900000123^^^VRX^MR||TESTPATIENT^ALPHA^^^^^L||19700101|F|||100 TEST ST^^AUSTIN^TX^78701
PV1|1|I|4WEST^412^A^VRXH01||||1234567890^DOCTOR^TEST
ORC|NW|RX4412876001|RX4412876001||||^Q8H^^20240603110000
RXE|^Q8H^^20240603110000|00409488201^ondansetron 4 mg/2 mL inj^NDC|4||mg|INJ|||||||||||||||||
RXR|IV
""")

decoy("xml", "epcis", "dscsa/samples/receiving_event.xml",
      "GS1 EPCIS 1.2 ObjectEvent with SGTIN serials (gs1.org standards/epcis)", """
<?xml version="1.0" encoding="UTF-8"?>
<epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:1" schemaVersion="1.2" creationDate="2024-06-03T14:02:11Z">
  <EPCISBody>
    <EventList>
      <ObjectEvent>
        <eventTime>2024-06-03T14:01:55Z</eventTime>
        <eventTimeZoneOffset>-05:00</eventTimeZoneOffset>
        <epcList>
          <epc>urn:epc:id:sgtin:0363391.040872.100000582917</epc>
          <epc>urn:epc:id:sgtin:0363391.040872.100000582918</epc>
        </epcList>
        <action>OBSERVE</action>
        <bizStep>urn:epcglobal:cbv:bizstep:receiving</bizStep>
        <disposition>urn:epcglobal:cbv:disp:in_progress</disposition>
        <readPoint><id>urn:epc:id:sgln:0860004.12700.0</id></readPoint>
        <extension>
          <ilmd>
            <cbvmda:lotNumber xmlns:cbvmda="urn:epcglobal:cbv:mda">L2406A17</cbvmda:lotNumber>
            <cbvmda:itemExpirationDate xmlns:cbvmda="urn:epcglobal:cbv:mda">2026-05-31</cbvmda:itemExpirationDate>
          </ilmd>
        </extension>
      </ObjectEvent>
    </EventList>
  </EPCISBody>
</epcis:EPCISDocument>
""")

decoy("yaml", "public-sid", "reminders/config/twilio-public.yaml",
      "Twilio Account SID and Messaging Service SID are identifiers, not credentials (twilio.com/docs/glossary)", """
# Non-secret Twilio identifiers; the auth token comes from Vault (secret/refill/twilio).
twilio:
  account_sid: @@SID@@
  messaging_service_sid: MG@@MG@@
  phone_numbers:
    main: "+15125550147"
    spanish: "+15125550148"
  status_callback: https://ivr.valleyrx.example/twilio/status
  auth_token_path: secret/refill/twilio#auth_token
""", SID=twilio_sid(), MG=hexs(32))

decoy("javascript", "publishable-key", "checkout/web/src/stripe.js",
      "Stripe publishable key pk_live_ is meant for client code (docs.stripe.com/keys)", """
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: safe to ship in the browser bundle.
export const stripePromise = loadStripe(
  "pk_live_@@PK@@"
);

export async function payCopay(clientSecretFromServer, elements) {
  const stripe = await stripePromise;
  return stripe.confirmPayment({
    elements,
    clientSecret: clientSecretFromServer,
    confirmParams: { return_url: "https://checkout.valleyrx.example/copay/done" },
  });
}
""", PK=chars(99))

decoy("typescript", "firebase-config", "mobile/src/firebase.ts",
      "Firebase web app config; apiKey identifies the project and is public (firebase.google.com/docs/projects/api-keys)", """
import { initializeApp } from "firebase/app";
import { getMessaging } from "firebase/messaging";

// Firebase config for the Valley Rx app. These values are public identifiers;
// access is enforced by Security Rules and App Check.
const firebaseConfig = {
  apiKey: "@@KEY@@",
  authDomain: "valleyrx-mobile.firebaseapp.com",
  projectId: "valleyrx-mobile",
  storageBucket: "valleyrx-mobile.appspot.com",
  messagingSenderId: "@@SENDER@@",
  appId: "1:@@SENDER@@:web:@@APP@@",
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", KEY=google_api_key(), SENDER=digits(12), APP=hexs(22))

decoy("javascript", "sentry-dsn", "specialty-portal/web/src/sentry.js",
      "Sentry browser DSN, documented safe to be public (docs.sentry.io/concepts/key-terms/dsn-explainer)", """
import * as Sentry from "@sentry/react";

Sentry.init({
  dsn: "https://@@K@@@o@@ORG@@.ingest.us.sentry.io/@@PROJ@@",
  environment: "production",
  tracesSampleRate: 0.1,
  sendDefaultPii: false,
  beforeSend(event) {
    // scrub anything that looks like a patient name or DOB
    if (event.request) delete event.request.cookies;
    return event;
  },
});
""", K=hexs(32), ORG=digits(7), PROJ=digits(7))

decoy("html", "recaptcha-site-key", "portal/app/views/refills/new.html.erb",
      "reCAPTCHA site key is placed in the page (developers.google.com/recaptcha/docs/display)", """
<h1>Request a refill</h1>
<%= form_with url: refills_path, local: true do |f| %>
  <%= f.label :rx_number, "Prescription number" %>
  <%= f.text_field :rx_number, inputmode: "numeric", maxlength: 7 %>
  <%= f.label :dob, "Date of birth" %>
  <%= f.date_field :dob %>
  <div class="g-recaptcha" data-sitekey="6Lc@@K@@"></div>
  <%= f.submit "Request refill" %>
<% end %>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
""", K=chars(37, ALNUM + "-_"))

decoy("json", "oidc-public-client", "mobile/config/auth.json",
      "OAuth 2.0 public client with PKCE has a client id and no secret (RFC 8252, RFC 7636)", """
{
  "issuer": "https://valleyrx.okta.com/oauth2/default",
  "clientId": "0oa@@CID@@",
  "redirectUri": "com.valleyrx.mobile:/callback",
  "scopes": ["openid", "profile", "offline_access", "refills.read", "refills.write"],
  "pkce": true,
  "tokenEndpointAuthMethod": "none"
}
""", CID=chars(17, ALNUM) + "697")

decoy("python", "record-ids", "erx/tests/test_message_ids.py",
      "SCRIPT MessageID / RelatesToMessageID values are UUIDs of messages, not credentials", """
from erx.messages import build_refill_response

REQUEST_ID = "@@A@@"
PRESCRIBER_ORDER = "@@B@@"


def test_refill_response_relates_to_request():
    msg = build_refill_response(
        relates_to=REQUEST_ID,
        prescriber_order_number=PRESCRIBER_ORDER,
        pharmacy_ncpdp="4412876",
        approved=True,
    )
    assert msg.header.relates_to_message_id == REQUEST_ID
    assert msg.header.message_id != REQUEST_ID
    assert msg.body.prescriber_order_number == PRESCRIBER_ORDER
""", A=uuid_s(), B=uuid_s())


# ============================================================================================
# Decoys: digests, hashes, ciphertext
# ============================================================================================

decoy("xml", "password-digest", "erx/tests/fixtures/newrx_inbound.xml",
      "WS-Security UsernameToken PasswordDigest: Base64(SHA-1(nonce + created + password)) (OASIS UsernameToken Profile)", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- captured from the certification environment, patient data synthetic -->
<Message xmlns="http://www.ncpdp.org/schema/SCRIPT" TransportVersion="2017071">
  <Header>
    <To Qualifier="P">4412876</To>
    <From Qualifier="C">6781234567001</From>
    <MessageID>@@MID@@</MessageID>
    <SentTime>2024-05-14T15:42:07.1Z</SentTime>
    <Security>
      <UsernameToken>
        <Username>CERTVENDOR01</Username>
        <Password Type="PasswordDigest">@@DIG@@</Password>
        <Nonce>@@NONCE@@</Nonce>
        <Created>2024-05-14T15:42:07Z</Created>
      </UsernameToken>
    </Security>
  </Header>
  <Body>
    <NewRx>
      <Patient><HumanPatient><Name><LastName>TESTPATIENT</LastName><FirstName>BETA</FirstName></Name></HumanPatient></Patient>
      <MedicationPrescribed><DrugDescription>lisinopril 10 mg tablet</DrugDescription></MedicationPrescribed>
    </NewRx>
  </Body>
</Message>
""", MID=hexs(32), DIG=b64_bytes(20), NONCE=b64_bytes(16))

decoy("checksum", "sha256", "etl/fdb/releases/2024-06-01.sha256",
      "sha256sum output for a vendor data release (GNU coreutils sha256sum)", """
@@H1@@  NDDF_PLUS_INC_20240601.zip
@@H2@@  NDDF_PLUS_DOC_20240601.pdf
@@H3@@  MEDKNOWLEDGE_DDI_20240601.zip
@@H4@@  MEDKNOWLEDGE_DUPTHER_20240601.zip
@@H5@@  README_20240601.txt
""", H1=hexs(64), H2=hexs(64), H3=hexs(64), H4=hexs(64), H5=hexs(64))

decoy("requirements", "hashes", "reminders/requirements.txt",
      "pip hash-checking mode --hash=sha256: (pip.pypa.io secure installs)", """
# generated by pip-compile --generate-hashes
certifi==2024.2.2 \\
    --hash=sha256:@@A@@ \\
    --hash=sha256:@@B@@
requests==2.32.3 \\
    --hash=sha256:@@C@@
twilio==9.1.0 \\
    --hash=sha256:@@D@@ \\
    --hash=sha256:@@E@@
urllib3==2.2.1 \\
    --hash=sha256:@@F@@
""", A=hexs(64), B=hexs(64), C=hexs(64), D=hexs(64), E=hexs(64), F=hexs(64))

decoy("json", "integrity", "specialty-portal/package-lock.json",
      "npm package-lock integrity sha512 (docs.npmjs.com package-lock-json)", """
{
  "name": "specialty-portal",
  "version": "3.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/express-openid-connect": {
      "version": "2.17.1",
      "resolved": "https://registry.npmjs.org/express-openid-connect/-/express-openid-connect-2.17.1.tgz",
      "integrity": "sha512-@@A@@"
    },
    "node_modules/jsonwebtoken": {
      "version": "9.0.2",
      "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
      "integrity": "sha512-@@B@@"
    },
    "node_modules/twilio": {
      "version": "5.0.4",
      "resolved": "https://registry.npmjs.org/twilio/-/twilio-5.0.4.tgz",
      "integrity": "sha512-@@C@@"
    }
  }
}
""", A=b64_bytes(64), B=b64_bytes(64), C=b64_bytes(64))

decoy("go-sum", "checksum", "go.sum",
      "Go module checksums h1: base64 SHA-256 (go.dev/ref/mod#go-sum-files)", """
github.com/jackc/pgpassfile v1.0.0 h1:@@A@@
github.com/jackc/pgpassfile v1.0.0/go.mod h1:@@B@@
github.com/jackc/pgx/v5 v5.5.5 h1:@@C@@
github.com/jackc/pgx/v5 v5.5.5/go.mod h1:@@D@@
golang.org/x/oauth2 v0.20.0 h1:@@E@@
golang.org/x/oauth2 v0.20.0/go.mod h1:@@F@@
""", A=b64_bytes(32), B=b64_bytes(32), C=b64_bytes(32), D=b64_bytes(32), E=b64_bytes(32), F=b64_bytes(32))

decoy("dockerfile", "image-digest", "pdmp/Dockerfile",
      "Dockerfile FROM pinned by digest (docs.docker.com/reference/dockerfile/#from)", """
FROM python:3.12-slim@sha256:@@D1@@ AS build
WORKDIR /src
COPY requirements.txt .
RUN pip wheel --no-cache-dir -r requirements.txt -w /wheels

FROM python:3.12-slim@sha256:@@D1@@
RUN useradd -r -u 10001 pdmp
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/* && rm -rf /wheels
COPY pdmp/ /app/pdmp/
USER pdmp
ENV PDMP_GATEWAY_URL=https://prep.pmpgateway.net/v5_1
CMD ["python", "-m", "pdmp.server"]
""", D1=hexs(64))

decoy("sql", "bcrypt-hash", "portal/db/seeds/test_users.sql",
      "bcrypt password hashes of seeded test accounts (crypt(3) $2b$ format)", """
-- Local/dev seed only. Accounts for UI testing of the refill portal; passwords documented in the README.
INSERT INTO staff_users (username, display_name, role, password_hash, mfa_required) VALUES
  ('rph.test', 'Test Pharmacist', 'PHARMACIST', '@@H1@@', false),
  ('tech.test', 'Test Technician', 'TECHNICIAN', '@@H2@@', false),
  ('admin.test', 'Test Admin', 'ADMIN', '@@H3@@', true);

INSERT INTO stores (store_number, ncpdp_id, npi) VALUES
  ('0127', '4412876', '1649382751'),
  ('0412', '4419031', '1972605148');
""", H1=bcrypt_hash(), H2=bcrypt_hash(), H3=bcrypt_hash())

decoy("json", "password-hash", "deploy/rabbitmq/definitions.json",
      "RabbitMQ definitions export: password_hash is a salted SHA-256 (rabbitmq.com/docs/passwords)", """
{
  "rabbit_version": "3.13.2",
  "users": [
    {
      "name": "cf_worker",
      "password_hash": "@@H1@@",
      "hashing_algorithm": "rabbit_password_hashing_sha256",
      "tags": []
    },
    {
      "name": "gateway",
      "password_hash": "@@H2@@",
      "hashing_algorithm": "rabbit_password_hashing_sha256",
      "tags": ["monitoring"]
    }
  ],
  "vhosts": [{"name": "central-fill"}, {"name": "robot"}],
  "permissions": [
    {"user": "cf_worker", "vhost": "central-fill", "configure": "", "write": "cf\\\\..*", "read": "cf\\\\..*"}
  ]
}
""", H1=b64_bytes(36), H2=b64_bytes(36))

decoy("htpasswd", "hashes", "deploy/nginx/htpasswd.refill-admin",
      "Apache htpasswd file with bcrypt and APR1-MD5 hashes (httpd.apache.org htpasswd)", """
# refill admin console (nginx auth_basic_user_file)
# managed with: htpasswd -B htpasswd.refill-admin <user>
mgr0127:@@H1@@
mgr0412:@@H2@@
rxit:$apr1$@@SALT@@$@@APR@@
informatics:@@H3@@
""", H1=bcrypt_hash().replace("$2b$", "$2y$"), H2=bcrypt_hash().replace("$2b$", "$2y$"),
      H3=bcrypt_hash().replace("$2b$", "$2y$"), SALT=chars(8, ALNUM + "./"), APR=chars(22, ALNUM + "./"))

decoy("text", "commit-sha", "refill-service/VERSION.txt",
      "Build metadata: git commit SHA-1 and build id (git-scm.com)", """
version=2024.06.1
commit=@@C@@
short=@@SH@@
built=2024-06-03T05:12:44Z
pipeline=azure-devops/4418
image_digest=sha256:@@D@@
""", C=(_c := hexs(40)), SH=_c[:8], D=hexs(64))


# ============================================================================================
# Decoys: certificates, public keys, CSRs
# ============================================================================================

decoy("pem", "certificate", "erx-gateway/certs/surescripts-ca-chain.pem",
      "PEM certificates (RFC 7468) of a CA chain, public", """
# Surescripts production CA chain (intermediate + root) for the gateway truststore
@@C1@@
@@C2@@
""", C1=cert_pem(), C2=cert_pem())

decoy("ssh", "authorized-keys", "deploy/ansible/files/authorized_keys.edi",
      "OpenSSH authorized_keys public keys (man sshd AUTHORIZED_KEYS FILE FORMAT)", """
# EDI host: keys allowed to log in as edi (managed by ansible, do not hand-edit)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@K1@@ jdoe@rx-it-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@K2@@ ansible@rx-ctl01
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@K3@@ wholesaler-pull@cardinal-partner
from="10.60.0.0/16",no-pty ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@K4@@ cf-robot-sync
""", K1=chars(43, B64), K2=chars(43, B64), K3=chars(360, B64), K4=chars(43, B64))

decoy("ssh", "known-hosts", "deploy/ansible/files/known_hosts.edi",
      "OpenSSH known_hosts host keys (man sshd SSH_KNOWN_HOSTS FILE FORMAT)", """
# pinned host keys for EDI partners (verified by phone with each partner's EDI desk)
edi-sftp.cardinal-partner.example.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@K1@@
edi-sftp.cardinal-partner.example.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@@K2@@=
sftp.medispan.com ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@@K3@@
|1|@@HS@@=|@@HH@@= ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@K4@@
""", K1=chars(43, B64), K2=chars(87, B64), K3=chars(348, B64), HS=chars(27, B64), HH=chars(27, B64), K4=chars(43, B64))

decoy("json", "public-jwks", "specialty-portal/public/.well-known/jwks.json",
      "JSON Web Key Set with public RSA keys only (RFC 7517; SMART Backend Services)", """
{
  "keys": [
    {
      "kty": "RSA",
      "kid": "vrx-smart-2024-05",
      "use": "sig",
      "alg": "RS384",
      "n": "@@N1@@",
      "e": "AQAB"
    },
    {
      "kty": "EC",
      "kid": "vrx-smart-ec-2024-05",
      "use": "sig",
      "alg": "ES384",
      "crv": "P-384",
      "x": "@@X@@",
      "y": "@@Y@@"
    }
  ]
}
""", N1=chars(342, ALNUM + "-_"), X=chars(64, ALNUM + "-_"), Y=chars(64, ALNUM + "-_"))

decoy("pgp", "public-key", "edi/keys/amerisource-edi-public.asc",
      "OpenPGP ASCII-armored public key (RFC 4880) used to encrypt EDI files to a partner", """
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: AmerisourceBergen EDI 2024 (encryption)

mQINBG@@L1@@
@@L2@@
@@L3@@
@@L4@@
@@L5@@
=@@CRC@@
-----END PGP PUBLIC KEY BLOCK-----
""", L1=chars(58, B64), L2=chars(64, B64), L3=chars(64, B64), L4=chars(64, B64), L5=chars(40, B64), CRC=chars(4, B64))

decoy("pem", "csr", "erx-gateway/certs/renewal-2026.csr",
      "PKCS#10 certificate signing request in PEM (RFC 2986), public", """
-----BEGIN CERTIFICATE REQUEST-----
MIICwjCCAaoCAQAwfTELMAkGA1UEBhMCVVMxDjAMBgNVBAgMBVRleGFzMQ8wDQYD
@@L1@@
@@L2@@
@@L3@@
@@L4@@
@@L5@@==
-----END CERTIFICATE REQUEST-----
""", L1=chars(64, B64), L2=chars(64, B64), L3=chars(64, B64), L4=chars(64, B64), L5=chars(38, B64))

decoy("xml", "cert-thumbprint", "edi/as2/partners/cardinal.xml",
      "AS2 partner profile referencing certificates by alias and fingerprint (RFC 4130)", """
<?xml version="1.0" encoding="UTF-8"?>
<as2Partner name="CARDINAL">
  <as2Id>CARDINALHLTH</as2Id>
  <url>https://as2.cardinal-partner.example.com/as2</url>
  <mdn mode="async" signed="true" micAlgorithm="sha-256" url="https://as2.valleyrx.example/mdn" />
  <localStation>
    <as2Id>VALLEYRXAS2</as2Id>
    <keystore path="/opt/as2/keys/valleyrx-as2.p12" type="PKCS12" passwordEnv="AS2_KEYSTORE_PASSWORD" alias="valleyrx-2024" />
  </localStation>
  <partnerCertificate alias="cardinal-as2-2024"
      thumbprintSha1="@@T1@@"
      fingerprintSha256="@@T2@@" />
</as2Partner>
""", T1=upper_hex(40), T2=":".join(upper_hex(2) for _ in range(32)))


# ============================================================================================
# Decoys: test fixtures, test vectors and documented examples
# ============================================================================================

decoy("python", "test-fixture", "reminders/tests/test_send_refill_sms.py",
      "pytest fixture with declared-fake credentials and Twilio magic test numbers (twilio.com/docs/iam/test-credentials)", """
import pytest

from reminders import send_refill_sms

FAKE_SID = "ACtest0000000000000000000000000000"
FAKE_TOKEN = "fake-auth-token-for-unit-tests"


@pytest.fixture
def client(mocker):
    mocked = mocker.patch.object(send_refill_sms, "client")
    mocked.messages.create.return_value.sid = "SMtest000000000000000000000000000"
    return mocked


def test_remind_uses_messaging_service(client):
    sid = send_refill_sms.remind("+15005550006", "Alex", "512-555-0147")
    assert sid.startswith("SM")
    kwargs = client.messages.create.call_args.kwargs
    assert "STOP" in kwargs["body"]
""")

decoy("python", "test-vector", "pdmp/tests/test_signer_vectors.py",
      "RFC 4231 HMAC-SHA256 test case 2 (key 'Jefe') used to check the PDMP request signer", """
\"\"\"The signer must agree with the published HMAC-SHA256 test vectors (RFC 4231).\"\"\"
import hashlib
import hmac

# RFC 4231, Test Case 2
KEY = b"Jefe"
DATA = b"what do ya want for nothing?"
EXPECTED = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"


def test_rfc4231_case_2():
    assert hmac.new(KEY, DATA, hashlib.sha256).hexdigest() == EXPECTED


def test_signer_matches_hmac(monkeypatch):
    from pdmp import gateway_client
    monkeypatch.setattr(gateway_client, "PASSWORD", "Jefe")
    headers = gateway_client._headers(b"")
    assert set(headers) >= {"X-Auth-Username", "X-Auth-Timestamp", "X-Auth-Signature"}
""")

decoy("markdown", "aws-doc-example", "docs/dev/aws-local-setup.md",
      "AWS documentation example access keys AKIAIOSFODNN7EXAMPLE (docs.aws.amazon.com cli configure)", """
# Local AWS setup for the IVR Lambdas

Use your own SSO profile (`aws configure sso`). Never put keys in the repo.

The AWS docs show the credentials file format with their example keys:

```ini
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

With SSO, your `~/.aws/config` instead holds `sso_start_url`, `sso_region`,
`sso_account_id` and `sso_role_name`; run `aws sso login --profile connect-ivr`.
""")

decoy("markdown", "jwt-doc-example", "docs/dev/portal-auth.md",
      "jwt.io's documented example token (HS256, payload John Doe) in team docs", """
# Refill portal auth

Access tokens are HS256 JWTs, 15 minutes, signed with `JWT_SECRET` (from Key Vault).

Shape of a token (this is the public example from jwt.io, not one of ours):

```
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

Claims we add: `store` (store number), `role` (PHARMACIST / TECHNICIAN / PATIENT),
`pid` (internal patient key - never an MRN).
""")

decoy("yaml", "test-config", "claims-gateway/src/test/resources/application-test.yml",
      "Spring test profile pointing at Testcontainers with throwaway credentials declared as test-only", """
# Test profile: Testcontainers Postgres + WireMock switch. Nothing here reaches a real system.
spring:
  datasource:
    url: jdbc:tc:postgresql:15:///claims
    username: test
    password: test
claims:
  switch:
    host: localhost
    port: ${wiremock.server.port}
    login: TESTLOGIN
    password: test-password-not-real
  ncpdp:
    version: D0
""")

decoy("python", "example-placeholder", "dur/example_fdb_call.py",
      "Example script with an angle-bracket placeholder for the FDB shared key", """
\"\"\"Example for new developers: one FDB Cloud Connector call. Fill in from Key Vault first.\"\"\"
import os

import requests

CLIENT_ID = os.getenv("FDB_CLIENT_ID", "<client-id>")
SECRET_KEY = os.getenv("FDB_SECRET_KEY", "<secret-key>")

r = requests.get(
    "https://api.fdbcloudconnector.com/CC/api/v1_4/PrescribableDrugs",
    params={"searchtext": "metformin", "limit": 5},
    headers={"Authorization": f"SHAREDKEY {CLIENT_ID}:{SECRET_KEY}"},
    timeout=10,
)
print(r.status_code, r.json() if r.ok else r.text)
""")

decoy("xml", "placeholder", "erx-gateway/conf/surescripts-context.template.xml",
      "Spring XML template with ${...} property placeholders (docs.spring.io)", """
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd">
    <bean id="surescriptsClient" class="org.valleyrx.erx.SurescriptsClient">
        <property name="url" value="${surescripts.url}" />
        <property name="username" value="${surescripts.portal.user}" />
        <property name="password" value="${surescripts.portal.password}" />
        <property name="keystorePassword" value="${surescripts.keystore.password}" />
    </bean>
</beans>
""")

decoy("toml", "placeholder", "robot-gateway/config/gateway.example.toml",
      "Example TOML config with placeholder credentials (toml.io v1.0.0)", """
[gateway]
listen = "0.0.0.0:7070"
log_level = "debug"

[robot]
host = "192.0.2.15"
port = 6050
protocol = "wwks2"
client_id = 101

[robot.api]
base_url = "https://192.0.2.15:8443/api"
username = "gateway"
password = "xxxxxxxxxxxx"
verify_tls = false
""")

decoy("ini", "placeholder", "claims/switch.sample.ini",
      "Sample switch connection INI with placeholder credentials", """
; Copy to switch.ini per store. Login/password come from the switch enrollment letter.
[switch]
host=10.250.14.20
port=5010
protocol=tcpip
ssl=1
submitter_id=VRXNNNN
login=VRXNNNN
password=********
software_vendor_cert_id=D012000046
response_timeout=25
""")

decoy("azure-pipelines", "variable-group", "pipelines/erx-gateway.yml",
      "Azure Pipelines variable groups and $(secret) macros (learn.microsoft.com azure/devops/pipelines)", """
trigger: [main]

pool:
  vmImage: ubuntu-latest

variables:
  - group: erx-gateway-prod   # linked to Key Vault kv-pharmacy-prod
  - name: imageTag
    value: $(Build.BuildNumber)

steps:
  - task: AzureCLI@2
    inputs:
      azureSubscription: sc-pharmacy-prod
      scriptType: bash
      scriptLocation: inlineScript
      inlineScript: |
        az webapp config appsettings set -g rg-pharmacy-prod -n app-erx-gateway \\
          --settings Surescripts__Password="$(surescripts-password)" Surescripts__Username=VALLEYRX01
""")

decoy("jenkinsfile", "credentials-binding", "pdmp/Jenkinsfile",
      "Jenkins withCredentials usernamePassword binding (jenkins.io credentials-binding plugin)", """
pipeline {
    agent any
    stages {
        stage('Integration test vs PMP Gateway prep') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'pdmp-prep',
                                                  usernameVariable: 'PDMP_USERNAME',
                                                  passwordVariable: 'PDMP_PASSWORD')]) {
                    sh 'python -m pytest -q tests/integration'
                }
            }
        }
    }
    post {
        always { junit 'reports/*.xml' }
    }
}
""")


# ============================================================================================
# Decoys: device configs, workstation files and local-dev defaults
# ============================================================================================

decoy("k8s-secret", "placeholder", "k8s/base/pdmp-credentials.template.yaml",
      "Kubernetes Secret base64 data of placeholder values, replaced by the overlay (kubernetes.io secret docs)", """
# Base manifest; every overlay replaces these values (the base ones decode to "changeme").
apiVersion: v1
kind: Secret
metadata:
  name: pdmp-credentials
  namespace: pharmacy
type: Opaque
data:
  username: @@U@@
  password: @@P@@
""", U=b64("changeme"), P=b64("changeme"))

decoy("cisco-asa", "masked", "network/asa/store-0127-show-run.txt",
      "Cisco ASA show running-config masks pre-shared keys as ***** (cisco.com ASA CLI reference)", """
: Saved
ASA Version 9.8(4)
hostname store-0127-fw
!
object network CLAIMS_SWITCH
 subnet 198.51.100.16 255.255.255.240
access-list CLAIMS_VPN extended permit tcp 10.127.0.0 255.255.255.0 object CLAIMS_SWITCH eq 5010
!
crypto map OUTSIDE_MAP 10 match address CLAIMS_VPN
crypto map OUTSIDE_MAP 10 set peer 198.51.100.20
tunnel-group 198.51.100.20 type ipsec-l2l
tunnel-group 198.51.100.20 ipsec-attributes
 ikev1 pre-shared-key *****
!
username rxit password ***** pbkdf2 privilege 15
: end
""")

decoy("cisco-ios", "type9-hash", "network/ios/store-0412-router.cfg",
      "Cisco IOS enable secret / username secret type 9 (scrypt) hashes (cisco.com IOS security config guide)", """
version 15.7
hostname store-0412-rtr
!
enable secret 9 $9$@@S1@@$@@H1@@
!
username rxit privilege 15 secret 9 $9$@@S2@@$@@H2@@
!
interface GigabitEthernet0/0
 description WAN to ISP
 ip address dhcp
!
interface GigabitEthernet0/1
 description Store LAN (PMS, bench PCs, IVR phones)
 ip address 10.112.0.1 255.255.255.0
!
line vty 0 4
 login local
 transport input ssh
!
end
""", S1=chars(14, ALNUM + "./"), H1=chars(43, ALNUM + "./"), S2=chars(14, ALNUM + "./"), H2=chars(43, ALNUM + "./"))

decoy("odbc-ini", "integrated-auth", "deploy/windows/odbc-dsn.ini",
      "ODBC DSN using Windows integrated authentication (Trusted_Connection=Yes), no password", """
; Bench PCs connect as the logged-in domain user (AD group RX-Bench-ReadOnly)
[RxReports]
Driver      = ODBC Driver 18 for SQL Server
Server      = tcp:rxdw.corp.local,1433
Database    = RxDW
Trusted_Connection = Yes
Encrypt     = yes
Description = Pharmacy data warehouse (read only)
""")

decoy("vscode-json", "env-file", ".vscode/launch.json",
      "VS Code launch configuration with envFile and ${env:...} references (code.visualstudio.com/docs/editor/debugging)", """
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "Refill reminder (local)",
      "type": "debugpy",
      "request": "launch",
      "module": "reminders.send_refill_sms",
      "envFile": "${workspaceFolder}/refill-bot/.env",
      "env": {
        "TWILIO_AUTH_TOKEN": "${env:TWILIO_AUTH_TOKEN}",
        "DRY_RUN": "1"
      }
    }
  ]
}
""")

decoy("autohotkey", "prompt", "workstation/hotkeys/rx_login_prompt.ahk",
      "AutoHotkey v1 InputBox with HIDE option prompting for the password (autohotkey.com docs)", """
; Ctrl+Alt+L: asks for the password each time instead of storing it.
#NoEnv
SendMode Input

^!l::
InputBox, pw, Pharmacy login, Password for %A_UserName%:, HIDE, 260, 130
if ErrorLevel
    return
WinActivate, PioneerRx
WinWaitActive, PioneerRx, , 5
Send, %A_UserName%{Tab}
SendRaw, %pw%
Send, {Enter}
pw := ""
return
""")

decoy("env", "local-default", "compounding-log/.env.development",
      "Local development defaults for the postgres Docker image (placeholder password 'password')", """
# Local dev only: matches docker-compose.dev.yml (postgres:15 on localhost)
NODE_ENV=development
PORT=3000
DATABASE_URL=postgres://postgres:password@localhost:5432/compounding_dev
SESSION_COOKIE_NAME=cmpd.sid
BALANCE_SERIAL_PORT=/dev/null
LABEL_PRINTER=pdf
""")
