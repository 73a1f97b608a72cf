"""Blind set CN: IT and software teams of veterinary clinics and animal hospitals.

Practice-management systems (Cornerstone, AVImark, ImproMed, ezyVet, Provet Cloud, Vetspire) and
their SQL Server / PostgreSQL databases; reminder SMS and email services (Twilio, Vonage, SendGrid,
Mailgun, Postmark, Mailchimp, Office 365 SMTP); reference-lab integrations (IDEXX VetConnect PLUS,
Antech, Zoetis, HL7 over Mirth); pet-insurance claim APIs (Trupanion, Nationwide, Fetch, Embrace);
imaging PACS and DICOM (Orthanc, dcm4chee, modality worklists); online booking widgets (Vetstoria,
PetDesk, Stripe, Square, Authorize.Net, reCAPTCHA, Google Maps); pharmacy and compounding suppliers
(Vetsource, Covetrus, Wedgewood, Chewy) over APIs and SFTP; microchip registries (HomeAgain,
24PetWatch, AAHA lookup); small clinic IT (restic/borg/rclone/Veeam backups, WireGuard/OpenVPN,
hostapd/UniFi Wi-Fi, printers and scan-to-folder, MikroTik/Cisco, Windows unattend, Synology).
Formats: YAML, JSON, TOML, INI, XML, .properties, .env, HCL, nginx, systemd, crontab, Python,
JavaScript/TypeScript, PHP, Ruby, C#, Go, Java, PowerShell, batch, shell, Dockerfile, compose,
Kubernetes, Helm, CI configs, notebooks, IDE configs, SQL, Markdown and device configs, and the
decoys these teams keep beside them. Generated fakes only (seeds 850000-859999).
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
UPHEX = "0123456789ABCDEF"
_SEED = [850000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 860000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 860000
    return _SEED[0]


PETS = ["Biscuit", "Luna", "Cooper", "Milo", "Bella", "Pepper", "Ziggy", "Mochi", "Rufus", "Nala",
        "Tucker", "Olive", "Bandit", "Hazel", "Winston", "Maple", "Pickles", "Gus"]
CLINICS = ["Oakridge", "Riverbend", "Cedarvale", "Pinecrest", "Brookside", "Lakeview", "Meadowlark",
           "Hillcrest", "Willowbrook", "Northgate"]
VETWORDS = ["Paws", "Whiskers", "Bark", "Purr", "Tails", "Kennel", "Fetch", "Canine", "Feline", "Collar",
            "Tabby", "Beagle"]
LOWER = ["kibble", "leash", "stethoscope", "tabby", "collie", "vaccine", "parrot", "hamster", "meadow",
         "lantern", "biscuit", "harbor", "juniper", "walnut", "thistle", "otter"]


def human_pw() -> str:
    """The kind of password a clinic's staff picks: a pet, a clinic, a year, a symbol."""
    r = _rng()
    form = r.randint(0, 4)
    if form == 0:
        return r.choice(PETS) + str(r.randint(2015, 2024)) + r.choice("!#$@*")
    if form == 1:
        return r.choice(CLINICS) + "Vet" + str(r.randint(1, 99)) + r.choice("!#$")
    if form == 2:
        return r.choice(VETWORDS) + r.choice("&-_.") + r.choice(PETS) + str(r.randint(10, 999))
    if form == 3:
        return r.choice(PETS) + r.choice("@#") + r.choice(CLINICS) + str(r.randint(1, 9)) + r.choice(VETWORDS)
    return r.choice(VETWORDS) + r.choice(VETWORDS) + str(r.randint(100, 9999)) + "!"


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def mixed(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def hexs(n: int, upper: bool = False) -> str:
    r = _rng()
    return "".join(r.choice(UPHEX if upper else HEX) for _ in range(n))


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def twilio_token() -> str:
    return hexs(32)


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def mailgun_new() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def stripe_secret() -> str:
    return fakes.fake("sk_live_51", 97, _seed())


def stripe_restricted() -> str:
    return fakes.fake("rk_live_51", 97, _seed())


def stripe_public() -> str:
    return fakes.fake("pk_live_51", 97, _seed())


def stripe_whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def square_token() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "-_") for _ in range(35))


def recaptcha_key() -> str:
    r = _rng()
    return "6L" + "".join(r.choice(ALNUM + "-_") for _ in range(38))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def teams_webhook() -> str:
    return (f"https://oakridgevet.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "-_") for _ in range(68)))


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    return b64bytes(64)


def wg_key() -> str:
    return b64bytes(32)


def openvpn_static() -> str:
    r = _rng()
    rows = ["".join(r.choice(HEX) for _ in range(32)) for _ in range(16)]
    return "-----BEGIN OpenVPN Static key V1-----\n" + "\n".join(rows) + "\n-----END OpenVPN Static key V1-----"


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(8))
    return "-----BEGIN CERTIFICATE-----\nMIIE" + body[4:] + "\n-----END CERTIFICATE-----"


def ssh_pub(comment: str) -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(ALNUM + "+/") for _ in range(43)) + " " + comment


def firebase_server_key() -> str:
    r = _rng()
    return ("AAAA" + "".join(r.choice(ALNUM + "-_") for _ in range(7)) + ":APA91b"
            + "".join(r.choice(ALNUM + "-_") for _ in range(134)))


def b2_key_id() -> str:
    return "005" + hexs(12) + "0000000" + digits(3)


def b2_app_key() -> str:
    r = _rng()
    return "K005" + "".join(r.choice(ALNUM + "+/") for _ in range(27))


def dop_token() -> str:
    return "dop_v1_" + hexs(64)


def cloudflare_token() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "-_") for _ in range(40))


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def hubspot_token() -> str:
    return "pat-na1-" + uuid_s()


def paypal_secret() -> str:
    r = _rng()
    return "E" + "".join(r.choice(ALNUM + "-_") for _ in range(79))


def mapbox_secret(user: str) -> str:
    payload = base64.urlsafe_b64encode(json.dumps({"u": user, "a": "cl" + mixed(23).lower()}, separators=(",", ":")).encode()).decode().rstrip("=")
    return "sk." + payload + "." + mixed(22)


def mapbox_public(user: str) -> str:
    payload = base64.urlsafe_b64encode(json.dumps({"u": user, "a": "cl" + mixed(23).lower()}, separators=(",", ":")).encode()).decode().rstrip("=")
    return "pk." + payload + "." + mixed(22)


def anthropic_key() -> str:
    r = _rng()
    return "sk-ant-api03-" + "".join(r.choice(ALNUM + "-_") for _ in range(93)) + "AA"


def jwt_like(payload: dict) -> str:
    def enc(obj: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
    r = _rng()
    sig = "".join(r.choice(ALNUM + "-_") for _ in range(43))
    return enc({"alg": "HS256", "typ": "JWT"}) + "." + enc(payload) + "." + sig


def bcrypt_hash() -> str:
    r = _rng()
    return "$2b$12$" + "".join(r.choice(ALNUM + "./") for _ in range(53))


def vault_blob() -> str:
    r = _rng()
    lines = ["".join(r.choice(HEX) for _ in range(80)) for _ in range(5)]
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines)


def sops_enc(n: int) -> str:
    return f"ENC[AES256_GCM,data:{b64bytes(n)},iv:{b64bytes(32)},tag:{b64bytes(16)},type:str]"


def microchip() -> str:
    r = _rng()
    return r.choice(["985", "982", "981", "956", "900"]) + "".join(r.choice(string.digits) for _ in range(12))


CASES: List[LabelledCase] = []
_MARK = re.compile(r"<<([a-z0-9_]+)>>")


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **values: str) -> None:
    """One case: the text with its <<name>> marks filled; `s` is the planted secret unless `secret` is."""
    if text.startswith("\n"):
        text = text[1:]
    if secret is None and "s" in values:
        secret = values["s"]
    for name, value in values.items():
        mark = f"<<{name}>>"
        if mark in text:
            text = text.replace(mark, value)
        else:
            assert name == "s" and secret is not None, (file_name, name)
    assert not _MARK.search(text), (file_name, _MARK.search(text))
    assert ("decoy-" in category) == (secret is None), file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# ---------------------------------------------------------------- practice management and databases

add("blind-cn/appsettings/sqlserver", "src/Oakridge.PimsBridge/appsettings.Production.json",
    "ASP.NET Core configuration docs: ConnectionStrings section; SqlClient connection string keywords",
    r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "ConnectionStrings": {
    "Cornerstone": "Server=CSTONE-SRV01\\CORNERSTONE;Database=Cornerstone;User Id=pims_bridge;Password=<<s>>;TrustServerCertificate=True;",
    "Bridge": "Server=CSTONE-SRV01;Database=PimsBridge;Integrated Security=True;TrustServerCertificate=True;"
  },
  "Sync": {
    "ClinicId": 2,
    "PollSeconds": 90,
    "ReminderTypes": [ "Rabies", "DHPP", "FVRCP", "Heartworm" ]
  }
}
""", s=human_pw())

add("blind-cn/odbc/sybase", "deploy/linux/odbc.ini",
    "unixODBC odbc.ini format; SAP SQL Anywhere ODBC connection parameters (UID, PWD, ENG, DBN)",
    r"""
; Read-only reporting DSN for the Cornerstone SQL Anywhere engine (pre-2020 sites)
[CornerstoneRO]
Driver      = /opt/sqlanywhere17/lib64/libdbodbc17_r.so
Description = Cornerstone reporting, read only
ENG         = cstone_srv
DBN         = cstone
CommLinks   = tcpip(host=10.20.1.10;port=2638)
UID         = reports
PWD         = <<s>>

[AvimarkExport]
Driver      = /usr/lib/x86_64-linux-gnu/odbc/libmyodbc8w.so
Server      = 10.20.1.14
Database    = avimark_export
Option      = 3
""", s=rand_pw(14))

add("blind-cn/python/postgres", "etl/vetspire_sync/db.py",
    "SQLAlchemy docs: Engine Configuration, create_engine with a postgresql+psycopg2 URL",
    r'''
"""Warehouse connection for the Vetspire -> Postgres nightly sync."""
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

# TODO(ops): move to the secrets manager before we add the second hospital
WAREHOUSE_URL = "postgresql+psycopg2://vet_etl:<<s>>@warehouse.internal.riverbendvet.com:5432/clinic_dw"

engine = create_engine(
    WAREHOUSE_URL,
    pool_size=5,
    pool_pre_ping=True,
    connect_args={"application_name": "vetspire-sync"},
)
Session = sessionmaker(bind=engine)


def session():
    return Session()
''', s=passphrase())

add("blind-cn/dotenv/ezyvet", "services/ezyvet-connector/.env",
    "ezyVet API v2 docs: Authentication (partner_id, client_id, client_secret, grant_type=client_credentials)",
    r"""
# ezyVet API v2 - partner integration for Lakeview Animal Hospital
EZYVET_BASE_URL=https://api.trial.ezyvet.com
EZYVET_PARTNER_ID=<<pid>>
EZYVET_CLIENT_ID=<<cid>>
EZYVET_CLIENT_SECRET=<<s>>
EZYVET_SCOPE=read-animal,read-consult,read-appointment,write-appointment,read-contact
EZYVET_SITE_ID=1

# reminders
REMINDER_LOOKAHEAD_DAYS=21
LOG_LEVEL=info
""", s=mixed(40), pid="p" + digits(8), cid=hexs(32))

add("blind-cn/yaml/provet", "config/provet.yml",
    "Provet Cloud REST API docs: token authentication, Authorization: Token <key>",
    r"""
provet:
  instance: https://provetcloud.com/4823/api/0.1/
  # API user "integration-reminders" (read: client, patient, reminder)
  auth_token: <<s>>
  timeout: 20
  page_size: 100
reminders:
  channels: [sms, email]
  quiet_hours: "20:00-08:00"
  timezone: Europe/Helsinki
""", s=hexs(40))

add("blind-cn/typescript/vetspire", "apps/booking-api/src/vetspire/client.ts",
    "Vetspire GraphQL API docs: Authorization header with the API key",
    r"""
import { GraphQLClient } from "graphql-request";

const VETSPIRE_ENDPOINT = "https://api.vetspire.com/graphql";

// Hillcrest prod key - generated in Vetspire > Settings > API Keys
const VETSPIRE_API_KEY = "<<s>>";

export const vetspire = new GraphQLClient(VETSPIRE_ENDPOINT, {
  headers: {
    Authorization: VETSPIRE_API_KEY,
    "Content-Type": "application/json",
  },
});

export async function upcomingAppointments(locationId: string, start: string, end: string) {
  const query = `query($loc: ID!, $start: DateTime!, $end: DateTime!) {
    appointments(locationId: $loc, start: $start, end: $end) { id start patient { name } }
  }`;
  return vetspire.request(query, { loc: locationId, start, end });
}
""", s=mixed(44))

add("blind-cn/properties/sqlserver", "pims-export/src/main/resources/application-prod.properties",
    "Spring Boot docs: spring.datasource.* properties; Microsoft JDBC driver connection URL",
    r"""
spring.application.name=pims-export
server.port=8085

# ImproMed Infinity (SQL Server 2016) - read replica
spring.datasource.url=jdbc:sqlserver://10.40.0.21:1433;databaseName=Infinity;encrypt=false
spring.datasource.username=export_ro
spring.datasource.password=<<s>>
spring.datasource.driver-class-name=com.microsoft.sqlserver.jdbc.SQLServerDriver
spring.datasource.hikari.maximum-pool-size=4

export.schedule.cron=0 15 2 * * *
export.target.dir=/srv/exports/infinity
""", s=human_pw())

add("blind-cn/docker-compose/postgres", "docker-compose.yml",
    "Docker docs: Compose file reference (environment); postgres image POSTGRES_PASSWORD",
    r"""
services:
  db:
    image: postgres:15
    restart: unless-stopped
    environment:
      POSTGRES_DB: vetclinic
      POSTGRES_USER: vetclinic
      POSTGRES_PASSWORD: <<s>>
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    build: ./api
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://vetclinic@db:5432/vetclinic
      TZ: America/Chicago
    ports:
      - "8080:8080"
volumes:
  pgdata:
""", s=human_pw())

add("blind-cn/powershell/sqlserver", "scripts/Backup-AvimarkSql.ps1",
    "SqlServer PowerShell module docs: Backup-SqlDatabase, Invoke-Sqlcmd -Username -Password",
    r"""
# Nightly full backup of the AVImark SQL database to the NAS share
$ErrorActionPreference = 'Stop'
$server   = 'AVIMARK-SRV\SQLEXPRESS'
$stamp    = Get-Date -Format 'yyyyMMdd'
$target   = "\\nas01\backups\avimark\AVImark_$stamp.bak"

Invoke-Sqlcmd -ServerInstance $server -Username 'sa' -Password '<<s>>' `
    -Query "BACKUP DATABASE [AVImark] TO DISK = N'$target' WITH COMPRESSION, INIT"

Get-ChildItem '\\nas01\backups\avimark' -Filter *.bak |
    Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-14) } |
    Remove-Item -Force
Write-Output "Backup written to $target"
""", s=human_pw())

add("blind-cn/mycnf/mysql", "deploy/ansible/roles/reports/files/my.cnf",
    "MySQL docs: Option files, [client] user and password",
    r"""
# ~/.my.cnf for the reports user on reports01 (clinic KPI dashboards)
[client]
user=kpi_reader
password="<<s>>"
host=db-reports.internal
default-character-set=utf8mb4

[mysqldump]
single-transaction
quick
""", s=rand_pw(16, "!%^"))

add("blind-cn/go/postgres", "internal/store/store.go",
    "pgx docs: pgxpool.New with a connection string",
    r"""
package store

import (
	"context"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
)

const defaultDSN = "postgres://boarding_app:<<s>>@10.10.0.5:5432/boarding?sslmode=disable"

// Open connects to the kennel/boarding database.
func Open(ctx context.Context) (*pgxpool.Pool, error) {
	dsn := os.Getenv("BOARDING_DSN")
	if dsn == "" {
		dsn = defaultDSN
	}
	return pgxpool.New(ctx, dsn)
}
""", s=human_pw())


_pw = rand_pw(24)
add("blind-cn/k8s-secret/postgres", "k8s/base/vetportal-db-secret.yaml",
    "Kubernetes docs: Secret, data values are base64-encoded",
    r"""
apiVersion: v1
kind: Secret
metadata:
  name: vetportal-db
  namespace: vetportal
  labels:
    app.kubernetes.io/name: vetportal
type: Opaque
data:
  POSTGRES_USER: <<u>>
  POSTGRES_PASSWORD: <<p>>
  POSTGRES_DB: <<d>>
""", secret=_pw, u=b64("vetportal"), p=b64(_pw), d=b64("vetportal"))

add("blind-cn/php/mysql", "public_html/booking/config.php",
    "PHP manual: PDO_MYSQL DSN; WordPress-style define() constants",
    r"""
<?php
// Online booking form for Brookside Veterinary Clinic
define('DB_HOST', 'localhost');
define('DB_NAME', 'brookside_booking');
define('DB_USER', 'brookside_bk');
define('DB_PASS', '<<s>>');

define('CLINIC_EMAIL', 'frontdesk@brooksidevet.com');
define('SLOT_MINUTES', 20);

function db() {
    static $pdo = null;
    if ($pdo === null) {
        $pdo = new PDO('mysql:host=' . DB_HOST . ';dbname=' . DB_NAME . ';charset=utf8mb4', DB_USER, DB_PASS, [
            PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
        ]);
    }
    return $pdo;
}
""", s=human_pw())

add("blind-cn/sql/login", "db/migrations/0007_reporting_login.sql",
    "SQL Server docs: CREATE LOGIN ... WITH PASSWORD",
    r"""
-- Reporting login for the Power BI gateway (Cornerstone replica)
USE [master];
GO
CREATE LOGIN [pbi_gateway] WITH PASSWORD = N'<<s>>', CHECK_POLICY = ON, DEFAULT_DATABASE = [Cornerstone];
GO
USE [Cornerstone];
GO
CREATE USER [pbi_gateway] FOR LOGIN [pbi_gateway];
ALTER ROLE [db_datareader] ADD MEMBER [pbi_gateway];
GO
""", s=human_pw())

add("blind-cn/ruby/postgres", "config/database.yml",
    "Rails guides: Configuring a Database, config/database.yml",
    r"""
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: petportal_development

test:
  <<: *default
  database: petportal_test

production:
  <<: *default
  database: petportal
  host: petportal-db.c9x2.us-east-2.rds.amazonaws.com
  username: petportal
  password: <<s>>
""", s=rand_pw(22))


_a, _b = "Tabby#Pine", "crest2021"
add("blind-cn/csharp/sqlserver", "Tools/ReminderExport/Program.cs",
    "Microsoft.Data.SqlClient docs: SqlConnection connection string",
    r"""
using System;
using Microsoft.Data.SqlClient;

namespace ReminderExport
{
    internal static class Program
    {
        private const string ConnStr =
            "Data Source=10.1.1.20;Initial Catalog=AVImark;" +
            "User ID=reminders;Password=<<a>>" +
            "<<b>>;Encrypt=False";

        private static void Main()
        {
            using var conn = new SqlConnection(ConnStr);
            conn.Open();
            using var cmd = new SqlCommand("SELECT TOP 500 ClientId, PatientName, DueDate FROM ReminderQueue WHERE Sent = 0", conn);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                Console.WriteLine($"{r[0]},{r[1]},{r[2]:yyyy-MM-dd}");
            }
        }
    }
}
""", secret=_a + _b, a=_a, b=_b)

add("blind-cn/toml/redis", "config/queue.toml",
    "Redis docs: redis:// URI scheme with password; TOML v1.0 spec",
    r"""
[queue]
# Celery-style broker for SMS/email reminder jobs
broker_url = "redis://:<<s>>@redis.clinic.lan:6379/2"
result_ttl_seconds = 86400
max_retries = 5

[reminders]
sms_provider = "twilio"
email_provider = "postmark"
batch_size = 200
""", s=fakes.redis_password(_seed()))

# --- decoys around practice-management code

add("blind-cn/appsettings/decoy-keyvault-reference", "src/Oakridge.PimsBridge/appsettings.Staging.json",
    "Azure App Service docs: Key Vault references (@Microsoft.KeyVault(SecretUri=...))",
    r"""
{
  "ConnectionStrings": {
    "Cornerstone": "@Microsoft.KeyVault(SecretUri=https://kv-oakridge-stg.vault.azure.net/secrets/cornerstone-sql/)",
    "Bridge": "@Microsoft.KeyVault(VaultName=kv-oakridge-stg;SecretName=bridge-sql)"
  },
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "<<t>>",
    "ClientId": "<<c>>"
  },
  "Sync": { "ClinicId": 2, "PollSeconds": 300 }
}
""", t=uuid_s(), c=uuid_s())

add("blind-cn/dotenv/decoy-placeholder", "services/ezyvet-connector/.env.example",
    "ezyVet API v2 docs: Authentication; dotenv example-file convention",
    r"""
# Copy to .env and fill in from the ezyVet partner portal (never commit .env)
EZYVET_BASE_URL=https://api.trial.ezyvet.com
EZYVET_PARTNER_ID=<your-partner-id>
EZYVET_CLIENT_ID=<your-client-id>
EZYVET_CLIENT_SECRET=<your-client-secret>
EZYVET_SCOPE=read-animal,read-consult,read-appointment,write-appointment,read-contact
EZYVET_SITE_ID=1
REMINDER_LOOKAHEAD_DAYS=21
LOG_LEVEL=debug
""")

add("blind-cn/python/decoy-env-reference", "etl/vetspire_sync/settings.py",
    "Python docs: os.environ; pydantic-settings BaseSettings",
    r'''
"""Settings for the Vetspire sync, read from the environment (see deploy/README.md)."""
import os

VETSPIRE_API_KEY = os.environ["VETSPIRE_API_KEY"]
WAREHOUSE_URL = os.environ.get(
    "WAREHOUSE_URL", "postgresql+psycopg2://vet_etl@localhost:5432/clinic_dw"
)
LOCATION_IDS = [loc.strip() for loc in os.environ.get("VETSPIRE_LOCATIONS", "").split(",") if loc.strip()]
PAGE_SIZE = int(os.environ.get("PAGE_SIZE", "200"))
DRY_RUN = os.environ.get("DRY_RUN", "0") == "1"
''')

add("blind-cn/k8s/decoy-secretkeyref", "k8s/base/vetportal-deployment.yaml",
    "Kubernetes docs: Using Secrets as environment variables (valueFrom.secretKeyRef)",
    r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: vetportal
  namespace: vetportal
spec:
  replicas: 2
  selector:
    matchLabels: { app: vetportal }
  template:
    metadata:
      labels: { app: vetportal }
    spec:
      containers:
        - name: web
          image: ghcr.io/riverbend-vet/vetportal@sha256:<<d>>
          env:
            - name: POSTGRES_PASSWORD
              valueFrom:
                secretKeyRef: { name: vetportal-db, key: POSTGRES_PASSWORD }
            - name: EZYVET_CLIENT_SECRET
              valueFrom:
                secretKeyRef: { name: ezyvet-api, key: client-secret }
            - name: RAILS_ENV
              value: production
          ports:
            - containerPort: 3000
""", d=hexs(64))

add("blind-cn/ruby/decoy-erb-env", "config/database.production.yml",
    "Rails guides: Configuring a Database, ERB in database.yml",
    r"""
production:
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>
  host: <%= ENV["DB_HOST"] %>
  database: petportal
  username: petportal
  password: <%= ENV["PETPORTAL_DATABASE_PASSWORD"] %>
  sslmode: require
""")

add("blind-cn/sql/decoy-password-hash", "db/seeds/0002_staff_users.sql",
    "Django docs: Password management (pbkdf2_sha256 hash format)",
    r"""
-- Test-clinic staff accounts for the scheduling portal (dev/staging only).
-- Passwords are stored as Django PBKDF2 hashes; the plain passwords are in the team vault.
INSERT INTO auth_user (id, username, email, is_staff, password) VALUES
 (1, 'frontdesk', 'frontdesk@example-vet.test', true,  'pbkdf2_sha256$600000$<<s1>>$<<h1>>'),
 (2, 'dr.nguyen', 'dr.nguyen@example-vet.test', true,  'pbkdf2_sha256$600000$<<s2>>$<<h2>>'),
 (3, 'tech.ava',  'ava@example-vet.test',       false, 'pbkdf2_sha256$600000$<<s3>>$<<h3>>');
SELECT setval('auth_user_id_seq', 3);
""", s1=mixed(22), h1=b64bytes(32), s2=mixed(22), h2=b64bytes(32), s3=mixed(22), h3=b64bytes(32))

add("blind-cn/docker-compose/decoy-env-interpolation", "deploy/compose/docker-compose.prod.yml",
    "Docker docs: Interpolation in Compose files (${VAR:?error})",
    r"""
services:
  db:
    image: postgres:15@sha256:<<d>>
    environment:
      POSTGRES_DB: vetclinic
      POSTGRES_USER: vetclinic
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in /etc/vetclinic/.env}
  api:
    image: registry.gitlab.com/pinecrest-vet/api:1.14.2
    env_file: /etc/vetclinic/api.env
    environment:
      DATABASE_URL: postgres://vetclinic:${POSTGRES_PASSWORD}@db:5432/vetclinic
      TWILIO_AUTH_TOKEN: ${TWILIO_AUTH_TOKEN}
""", d=hexs(64))

add("blind-cn/properties/decoy-env-reference", "pims-export/src/main/resources/application.properties",
    "Spring Boot docs: Externalized Configuration, property placeholders ${...}",
    r"""
spring.application.name=pims-export
spring.datasource.url=jdbc:sqlserver://${PIMS_DB_HOST:localhost}:1433;databaseName=Infinity;encrypt=false
spring.datasource.username=${PIMS_DB_USER:export_ro}
spring.datasource.password=${PIMS_DB_PASSWORD}
spring.datasource.hikari.maximum-pool-size=4
export.schedule.cron=0 15 2 * * *
""")

# ---------------------------------------------------------------- reminders: SMS, email, chat alerts

add("blind-cn/python/twilio", "reminders/sms.py",
    "Twilio docs: Send an SMS with Python (Client(account_sid, auth_token))",
    r'''
from twilio.rest import Client

ACCOUNT_SID = "<<sid>>"
AUTH_TOKEN = "<<s>>"
FROM_NUMBER = "+15125550142"  # Meadowlark Animal Hospital main line

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def send_reminder(to: str, pet: str, due: str) -> str:
    body = f"Hi from Meadowlark Animal Hospital! {pet} is due for vaccines on {due}. Reply C to confirm."
    msg = client.messages.create(to=to, from_=FROM_NUMBER, body=body)
    return msg.sid
''', s=twilio_token(), sid=twilio_sid())

add("blind-cn/javascript/twilio", "functions/appointment-confirm.js",
    "Twilio docs: Node.js helper library, twilio(accountSid, authToken)",
    r"""
const twilio = require("twilio");

const client = twilio(
  "<<sid>>",
  "<<s>>"
);

exports.handler = async (event) => {
  const { phone, petName, when } = JSON.parse(event.body);
  await client.messages.create({
    to: phone,
    messagingServiceSid: "<<mg>>",
    body: `${petName}'s appointment at Cedarvale Vet is ${when}. Reply Y to confirm, N to reschedule.`,
  });
  return { statusCode: 204 };
};
""", s=twilio_token(), sid=twilio_sid(), mg=twilio_sid("MG"))

add("blind-cn/yaml/twilio-api-key", "config/notifications.yaml",
    "Twilio docs: API keys (SK... key SID and its secret)",
    r"""
notifications:
  sms:
    provider: twilio
    account_sid: <<sid>>
    api_key_sid: <<ks>>
    api_key_secret: <<s>>
    messaging_service_sid: <<mg>>
    opt_out_keywords: [STOP, UNSUBSCRIBE]
  email:
    provider: postmark
    from: "Northgate Pet Hospital <reminders@northgatepet.com>"
""", s=mixed(32), sid=twilio_sid(), ks=twilio_sid("SK"), mg=twilio_sid("MG"))

add("blind-cn/shell/twilio", "scripts/test-sms.sh",
    "Twilio docs: Send an SMS with curl (-u ACCOUNT_SID:AUTH_TOKEN)",
    r"""
#!/usr/bin/env bash
# Quick check that the clinic's Twilio number can send (run from the front-desk PC)
set -euo pipefail
TO="${1:-+15125550199}"
curl -sS -X POST "https://api.twilio.com/2010-04-01/Accounts/<<sid>>/Messages.json" \
  --data-urlencode "To=${TO}" \
  --data-urlencode "From=+15125550142" \
  --data-urlencode "Body=Test reminder from Willowbrook Vet" \
  -u "<<sid>>:<<s>>"
echo
""", s=twilio_token(), sid=twilio_sid())

add("blind-cn/php/vonage", "includes/sms-vonage.php",
    "Vonage docs: SMS API, Basic credentials (api_key, api_secret)",
    r"""
<?php
require __DIR__ . '/../vendor/autoload.php';

use Vonage\Client;
use Vonage\Client\Credentials\Basic;
use Vonage\SMS\Message\SMS;

$basic  = new Basic('<<k>>', '<<s>>');
$client = new Client($basic);

function send_recall_sms($client, $to, $pet) {
    $text = "Lakeview Vet: $pet is due for a dental recheck. Call 0161 555 0134 to book.";
    $response = $client->sms()->send(new SMS($to, 'LakeviewVet', $text));
    return $response->current()->getStatus();
}
""", s=mixed(16), k=hexs(8))

add("blind-cn/dotenv/sendgrid", ".env.production",
    "SendGrid docs: API keys (SG. prefix); dotenv format",
    r"""
NODE_ENV=production
PORT=3000
APP_URL=https://book.hillcrestanimalhospital.com
SENDGRID_API_KEY=<<s>>
SENDGRID_FROM=appointments@hillcrestanimalhospital.com
SENDGRID_TEMPLATE_CONFIRM=d-<<t1>>
SENDGRID_TEMPLATE_REMINDER=d-<<t2>>
SENTRY_ENVIRONMENT=production
""", s=sendgrid_key(), t1=hexs(32), t2=hexs(32))


_sg = sendgrid_key()
add("blind-cn/csharp/sendgrid", "src/Clinic.Notifications/EmailSender.cs",
    "SendGrid docs: C# library, new SendGridClient(apiKey)",
    r"""
using System.Threading.Tasks;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Clinic.Notifications
{
    public class EmailSender
    {
        private readonly SendGridClient _client =
            new SendGridClient("<<a>>" +
                               "<<b>>");

        public Task<Response> SendVaccineReminderAsync(string to, string petName, string due)
        {
            var msg = MailHelper.CreateSingleEmail(
                new EmailAddress("reminders@pinecrestvet.com", "Pinecrest Veterinary"),
                new EmailAddress(to),
                $"{petName} is due for vaccines",
                $"{petName} is due on {due}.",
                $"<p><strong>{petName}</strong> is due on {due}.</p>");
            return _client.SendEmailAsync(msg);
        }
    }
}
""", secret=_sg, a=_sg[:30], b=_sg[30:])

add("blind-cn/python/mailgun", "reminders/email_mailgun.py",
    "Mailgun docs: Sending messages via the API (auth=('api', API_KEY))",
    r'''
import requests

MAILGUN_DOMAIN = "mg.riverbendvet.com"
MAILGUN_API_KEY = "<<s>>"


def send_email(to, subject, html):
    return requests.post(
        f"https://api.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
        auth=("api", MAILGUN_API_KEY),
        data={
            "from": "Riverbend Veterinary <noreply@riverbendvet.com>",
            "to": [to],
            "subject": subject,
            "html": html,
            "o:tag": ["reminder"],
        },
        timeout=15,
    )
''', s=mailgun_key())

add("blind-cn/json/mailgun", "config/mail.json",
    "Mailgun docs: API keys (private key format); JSON config",
    r"""
{
  "transport": "mailgun",
  "mailgun": {
    "domain": "mg.brooksidevet.com",
    "region": "eu",
    "apiKey": "<<s>>",
    "webhookSigningKey": null
  },
  "from": "Brookside Vet <hello@brooksidevet.com>",
  "replyTo": "frontdesk@brooksidevet.com",
  "templates": {
    "reminder": "vaccine-reminder-v3",
    "postop": "post-op-check-in"
  }
}
""", s=mailgun_new())

add("blind-cn/ruby/postmark", "config/initializers/postmark.rb",
    "Postmark docs: Rails integration, config.action_mailer.postmark_settings api_token",
    r"""
# Transactional email: appointment confirmations, lab-result-ready notices
Rails.application.configure do
  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = {
    api_token: "<<s>>"
  }
  config.action_mailer.default_url_options = { host: "portal.oakridgevet.com", protocol: "https" }
  config.action_mailer.default_options = { from: "Oakridge Vet <care@oakridgevet.com>", message_stream: "outbound" }
end
""", s=uuid_s())

add("blind-cn/python/mailchimp", "marketing/sync_newsletter.py",
    "Mailchimp Marketing API docs: client.set_config({'api_key', 'server'})",
    r'''
"""Push opted-in clients to the Mailchimp 'Pet Care Tips' audience every Monday."""
import csv
import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({
    "api_key": "<<s>>",
    "server": "<<srv>>",
})
AUDIENCE_ID = "<<aud>>"

with open("exports/newsletter_optins.csv", newline="") as fh:
    for row in csv.DictReader(fh):
        client.lists.set_list_member(AUDIENCE_ID, row["email_md5"], {
            "email_address": row["email"],
            "status_if_new": "subscribed",
            "merge_fields": {"FNAME": row["first_name"], "PETNAME": row["pet_name"]},
        })
''', s=(_mc := mailchimp_key()), srv=_mc.split("-")[1], aud=hexs(10))

add("blind-cn/ini/smtp", "tools/labreport-mailer/mailer.ini",
    "Python configparser INI format; Microsoft 365 SMTP AUTH submission (smtp.office365.com:587)",
    r"""
[smtp]
host = smtp.office365.com
port = 587
starttls = yes
user = labresults@cedarvalevet.com
; app password created 2023-04 for the shared mailbox
password = <<s>>

[mail]
from = Cedarvale Veterinary Lab Results <labresults@cedarvalevet.com>
bcc = records@cedarvalevet.com
subject = Lab results for {pet_name}
""", s="".join(_rng().choice(string.ascii_lowercase) for _ in range(16)))

add("blind-cn/yaml/gmail-app-password", "ops/printer-scan-to-email.yml",
    "Google Account Help: Sign in with app passwords (16-character code)",
    r"""
# Scan-to-email profile pushed to the Brother MFC-L8900 at reception
device: reception-mfc
smtp:
  server: smtp.gmail.com
  port: 587
  security: STARTTLS
  account: scans.meadowlarkvet@gmail.com
  app_password: "<<s>>"
profiles:
  - name: Records
    to: records@meadowlarkvet.com
    format: pdf
    resolution: 300
""", s=" ".join("".join(_rng().choice(string.ascii_lowercase) for _ in range(4)) for _ in range(4)))

add("blind-cn/python/ses-smtp", "reminders/settings_prod.py",
    "Amazon SES docs: Obtaining SMTP credentials; Django EMAIL_* settings",
    r'''
from .settings_base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["portal.northgatepet.com"]

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "email-smtp.us-west-2.amazonaws.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "<<u>>"
EMAIL_HOST_PASSWORD = "<<s>>"
DEFAULT_FROM_EMAIL = "Northgate Pet Hospital <no-reply@northgatepet.com>"
''', s="B" + "".join(_rng().choice(ALNUM + "+/") for _ in range(43)), u=fakes.aws_key_id(_seed()))

add("blind-cn/yaml/slack-webhook", ".github/workflows/nightly-backup-check.yml",
    "Slack docs: Sending messages using incoming webhooks; GitHub Actions workflow syntax",
    r"""
name: nightly-backup-check
on:
  schedule:
    - cron: "30 11 * * *"
jobs:
  check:
    runs-on: self-hosted
    steps:
      - name: Verify last restic snapshot is < 26h old
        run: ./scripts/check-restic-age.sh
      - name: Notify #clinic-it on failure
        if: failure()
        run: |
          curl -sS -X POST -H 'Content-type: application/json' \
            --data '{"text":"Backup check failed at Oakridge (see Actions log)"}' \
            <<s>>
""", s=slack_webhook())

add("blind-cn/python/slack-bot", "alerts/lab_alerts.py",
    "Slack docs: Python Slack SDK, WebClient(token=...) chat_postMessage",
    r'''
from slack_sdk import WebClient

slack = WebClient(token="<<s>>")
CHANNEL = "#lab-critical-values"


def post_critical(result):
    text = (f":rotating_light: Critical value for *{result['patient']}* ({result['species']}): "
            f"{result['test']} = {result['value']} {result['units']} - Dr. {result['doctor']}")
    slack.chat_postMessage(channel=CHANNEL, text=text)
''', s=slack_bot())

add("blind-cn/json/teams-webhook", "monitoring/uptime-kuma/notification-teams.json",
    "Microsoft Learn: Create an Incoming Webhook (webhook.office.com URL)",
    r"""
{
  "name": "Teams - Clinic IT",
  "type": "teams",
  "isDefault": true,
  "active": true,
  "applyExisting": true,
  "webhookUrl": "<<s>>",
  "monitors": ["pacs-orthanc", "cornerstone-sql", "vpn-wg0", "booking-widget"]
}
""", s=teams_webhook())

add("blind-cn/yaml/discord-webhook", "homelab/clinic-monitor/alertmanager.yml",
    "Prometheus Alertmanager docs: discord_configs webhook_url",
    r"""
route:
  receiver: discord-it
  group_wait: 30s
  repeat_interval: 4h
receivers:
  - name: discord-it
    discord_configs:
      - webhook_url: <<s>>
        title: '{{ template "discord.default.title" . }}'
inhibit_rules:
  - source_matchers: [severity="critical"]
    target_matchers: [severity="warning"]
    equal: [instance]
""", s=discord_webhook())

add("blind-cn/shell/telegram", "scripts/notify-ups.sh",
    "Telegram Bot API docs: sendMessage, https://api.telegram.org/bot<token>/",
    r"""
#!/bin/sh
# Called by NUT upsmon NOTIFYCMD when the server-room UPS goes on battery
BOT_TOKEN="<<s>>"
CHAT_ID="-1001<<chat>>"
MSG="Pinecrest Vet UPS: $*"
curl -s "https://api.telegram.org/bot${BOT_TOKEN}/sendMessage" \
  -d chat_id="${CHAT_ID}" -d text="${MSG}" >/dev/null
logger -t notify-ups "$MSG"
""", s=fakes.telegram_token(_seed()), chat=digits(9))

add("blind-cn/java/smtp", "reminder-service/src/main/java/vet/reminders/MailConfig.java",
    "Jakarta Mail docs: Session.getInstance with an Authenticator",
    r"""
package vet.reminders;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

public final class MailConfig {
    private static final String USER = "reminders@willowbrookvet.com";
    private static final String PASS = "<<s>>";

    public static Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "smtp.office365.com");
        p.put("mail.smtp.port", "587");
        p.put("mail.smtp.auth", "true");
        p.put("mail.smtp.starttls.enable", "true");
        return Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(USER, PASS);
            }
        });
    }
}
""", s=human_pw())

add("blind-cn/github-actions/postmark", ".github/workflows/deploy-portal.yml",
    "GitHub Actions docs: workflow syntax, env; Postmark server API token",
    r"""
name: deploy-portal
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      RAILS_ENV: production
      POSTMARK_API_TOKEN: <<s>>
      DATABASE_URL: ${{ secrets.DATABASE_URL }}
    steps:
      - uses: actions/checkout@v4
      - uses: ruby/setup-ruby@v1
        with: { bundler-cache: true }
      - run: bin/rails assets:precompile
      - run: bin/kamal deploy
""", s=uuid_s())

add("blind-cn/notebook/sendgrid", "notebooks/reminder_response_rates.ipynb",
    "Jupyter docs: nbformat v4 JSON; SendGrid Python library",
    r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Reminder email response rates, Q3\n", "Pulls SendGrid stats for the reminder category."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import sendgrid, pandas as pd\n",
    "sg = sendgrid.SendGridAPIClient(api_key=\"<<s>>\")\n",
    "resp = sg.client.categories.stats.get(query_params={'start_date': '2024-07-01', 'categories': 'reminder'})\n",
    "df = pd.json_normalize(resp.to_dict, 'stats')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", s=sendgrid_key())

# --- reminder decoys

add("blind-cn/python/decoy-test-fixture", "reminders/tests/test_sms.py",
    "pytest docs: fixtures and monkeypatch; Twilio docs: test credentials",
    r'''
import pytest

from reminders import sms

FAKE_SID = "AC00000000000000000000000000000000"
FAKE_TOKEN = "test-auth-token-not-a-real-one"


@pytest.fixture(autouse=True)
def fake_client(monkeypatch):
    sent = []

    class FakeMessages:
        def create(self, **kw):
            sent.append(kw)
            return type("Msg", (), {"sid": "SM" + "0" * 32})()

    monkeypatch.setattr(sms, "client", type("C", (), {"messages": FakeMessages()})())
    return sent


def test_reminder_text(fake_client):
    sms.send_reminder("+15125550100", "Biscuit", "2024-05-01")
    assert "Biscuit" in fake_client[0]["body"]
''')

add("blind-cn/yaml/decoy-template-reference", "config/notifications.production.yaml",
    "Helm docs: values and templates; Twilio docs: API keys",
    r"""
notifications:
  sms:
    provider: twilio
    account_sid: "{{ .Values.twilio.accountSid }}"
    api_key_sid: "{{ .Values.twilio.apiKeySid }}"
    api_key_secret: "{{ .Values.twilio.apiKeySecret }}"
    messaging_service_sid: "{{ .Values.twilio.messagingServiceSid }}"
  email:
    provider: postmark
    server_token: "{{ .Values.postmark.serverToken }}"
    from: "Northgate Pet Hospital <reminders@northgatepet.com>"
""")

add("blind-cn/javascript/decoy-env-reference", "functions/lab-results-ready.js",
    "Node.js docs: process.env; Twilio Node.js helper library",
    r"""
const twilio = require("twilio");

const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
const FROM = process.env.TWILIO_FROM || "+15125550142";

exports.handler = async (event) => {
  const { phone, petName } = JSON.parse(event.body);
  await client.messages.create({
    to: phone,
    from: FROM,
    body: `Good news: ${petName}'s lab results are in. The doctor will call you today.`,
  });
  return { statusCode: 204 };
};
""")

add("blind-cn/json/decoy-public-identifiers", "config/twilio-numbers.json",
    "Twilio docs: Account SID and Messaging Service SID are identifiers, not credentials",
    r"""
{
  "accountSid": "<<a>>",
  "messagingServices": {
    "reminders": "<<m1>>",
    "two-way": "<<m2>>"
  },
  "numbers": [
    { "e164": "+15125550142", "sid": "<<p1>>", "location": "Meadowlark Main" },
    { "e164": "+15125550177", "sid": "<<p2>>", "location": "Meadowlark East" }
  ],
  "authToken": "see 1Password: Clinic IT / Twilio"
}
""", a=twilio_sid(), m1=twilio_sid("MG"), m2=twilio_sid("MG"), p1=twilio_sid("PN"), p2=twilio_sid("PN"))

add("blind-cn/markdown/decoy-placeholder", "docs/reminders-setup.md",
    "SendGrid docs: Create an API key; Mailgun docs: API keys",
    r"""
# Setting up reminder email for a new clinic

1. In SendGrid, create a **restricted** API key with *Mail Send* only.
2. Store it in the clinic's vault entry and set it on the server:

   ```bash
   export SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
   ./manage.py send_test_email --to you@clinic.example
   ```

3. For Mailgun clinics use `MAILGUN_API_KEY=key-<your-private-key>` instead.
4. Add the clinic's sending domain (SPF: `include:sendgrid.net`) and DKIM CNAMEs.

Never paste the real key into tickets or this repository.
""")

add("blind-cn/ini/decoy-env-reference", "tools/labreport-mailer/mailer.sample.ini",
    "Python configparser: interpolation; Microsoft 365 SMTP AUTH",
    r"""
[smtp]
host = smtp.office365.com
port = 587
starttls = yes
user = labresults@example-clinic.com
; the mailer reads the password from the LABMAILER_SMTP_PASSWORD environment variable
password = ${LABMAILER_SMTP_PASSWORD}

[mail]
from = Lab Results <labresults@example-clinic.com>
subject = Lab results for {pet_name}
""")

add("blind-cn/github-actions/decoy-secrets-context", ".github/workflows/reminders-ci.yml",
    "GitHub Actions docs: Using secrets in GitHub Actions (${{ secrets.NAME }})",
    r"""
name: reminders-ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    env:
      TWILIO_ACCOUNT_SID: ${{ secrets.TWILIO_ACCOUNT_SID }}
      TWILIO_AUTH_TOKEN: ${{ secrets.TWILIO_AUTH_TOKEN }}
      SENDGRID_API_KEY: ${{ secrets.SENDGRID_API_KEY }}
      SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install -r requirements.txt
      - run: pytest -q
""")

add("blind-cn/markdown/decoy-redacted", "docs/incidents/2024-03-12-sms-outage.md",
    "Twilio docs: error 20003 Authenticate; incident write-up convention",
    r"""
# 2024-03-12: reminder SMS stopped for 6 hours

**Cause:** the Twilio auth token was rotated in the console but not on the reminder server.

Log excerpt (values redacted by the logger):

```
2024-03-12T08:02:11Z ERROR twilio.http_client POST /2010-04-01/Accounts/AC********************************/Messages.json
2024-03-12T08:02:11Z ERROR auth=Basic ******** status=401 code=20003 "Authenticate"
```

**Fix:** the token is now read from Azure Key Vault at start-up; the rotation runbook
(docs/runbooks/rotate-twilio.md) updates the vault first, then restarts `reminders.service`.
""")

add("blind-cn/python/decoy-webhook-signature-test", "reminders/tests/test_webhook.py",
    "Twilio docs: Validating requests (X-Twilio-Signature, RequestValidator)",
    r'''
from twilio.request_validator import RequestValidator

# Dummy token used only to sign the fixture request below; not a Twilio credential.
TEST_AUTH_TOKEN = "12345"
URL = "https://mycompany.com/myapp.php?foo=1&bar=2"
PARAMS = {"CallSid": "CA1234567890ABCDE", "Caller": "+12349013030", "Digits": "1234",
          "From": "+12349013030", "To": "+18005551212"}


def test_signature_roundtrip():
    validator = RequestValidator(TEST_AUTH_TOKEN)
    signature = validator.compute_signature(URL, PARAMS)
    assert validator.validate(URL, PARAMS, signature)
''')

# ---------------------------------------------------------------- reference labs and HL7

add("blind-cn/python/idexx", "labs/idexx_vcp.py",
    "IDEXX VetConnect PLUS API docs: HTTP Basic authentication with the integration user and PIMS id header",
    r'''
"""Pull finished IDEXX VetConnect PLUS results and attach them to the PIMS record."""
import requests

VCP_BASE = "https://integration.vetconnectplus.com/api/v1"
VCP_USER = "oakridge_pims"
VCP_PASSWORD = "<<s>>"
PIMS_ID = "<<pims>>"
SESSION = requests.Session()
SESSION.auth = (VCP_USER, VCP_PASSWORD)
SESSION.headers.update({"x-pims-id": PIMS_ID, "x-pims-version": "8.5", "Accept": "application/json"})


def results_since(ts):
    r = SESSION.get(f"{VCP_BASE}/results/search", params={"updatedSince": ts, "status": "FINAL"}, timeout=30)
    r.raise_for_status()
    return r.json()["results"]
''', s=human_pw(), pims=uuid_s())

add("blind-cn/xml/antech", "LabIntegration/Antech/AntechSettings.config",
    ".NET docs: appSettings section in a .config file; Antech Diagnostics lab-results service settings",
    r"""
<?xml version="1.0" encoding="utf-8"?>
<appSettings>
  <!-- Antech Diagnostics results download (Lab Results Service v6) -->
  <add key="Antech.ServiceUrl" value="https://www.antechdiagnostics.com/LabResultsService/v6/" />
  <add key="Antech.ClinicId" value="<<cid>>" />
  <add key="Antech.UserName" value="hillcrest_ah" />
  <add key="Antech.Password" value="<<s>>" />
  <add key="Antech.PollMinutes" value="10" />
  <add key="Antech.ImportFolder" value="D:\LabImports\Antech\" />
  <add key="Pims.Type" value="Cornerstone" />
</appSettings>
""", s=human_pw(), cid=digits(5))

add("blind-cn/yaml/zoetis", "labs/config/zoetis-vetscan.yaml",
    "Zoetis VETSCAN / Zoetis Reference Labs integration docs: API key header",
    r"""
zoetis:
  environment: production
  base_url: https://api.zoetisdiagnostics.com/v2
  practice_id: ZRL-<<pid>>
  api_key: <<s>>
  devices:
    - serial: VS2-<<sn1>>
      room: treatment
    - serial: HM5-<<sn2>>
      room: lab
  poll_interval_seconds: 120
""", s=hexs(32), pid=digits(6), sn1=digits(7), sn2=digits(7))

add("blind-cn/xml/mirth", "mirth/channels/IDEXX_In_HL7.xml",
    "NextGen Mirth Connect docs: channel export XML, SFTP/File Reader username and password",
    r"""
<channel version="4.4.2">
  <id><<id>></id>
  <name>IDEXX_In_HL7</name>
  <description>Picks up ORU^R01 results from the IDEXX SFTP drop and posts them to the PIMS</description>
  <sourceConnector version="4.4.2">
    <transportName>File Reader</transportName>
    <properties class="com.mirth.connect.connectors.file.FileReceiverProperties">
      <scheme>SFTP</scheme>
      <host>sftp.idexx.com/outbound/<<acct>></host>
      <username>mx<<acct>></username>
      <password><<s>></password>
      <fileFilter>*.hl7</fileFilter>
      <pollingFrequency>60000</pollingFrequency>
      <afterProcessingAction>DELETE</afterProcessingAction>
    </properties>
  </sourceConnector>
  <enabled>true</enabled>
</channel>
""", s=rand_pw(12), id=uuid_s(), acct=digits(6))

add("blind-cn/javascript/mirth-transformer", "mirth/code-templates/postToPims.js",
    "Mirth Connect docs: code templates, HTTP POST from JavaScript with Java classes",
    r"""
// Mirth code template: post a parsed lab result to the practice-management API
function postToPims(resultJson) {
    var url = new java.net.URL('https://pims.internal.pinecrestvet.com/api/lab-results');
    var conn = url.openConnection();
    conn.setRequestMethod('POST');
    conn.setDoOutput(true);
    conn.setRequestProperty('Content-Type', 'application/json');
    conn.setRequestProperty('Authorization', 'Bearer <<s>>');
    var out = new java.io.OutputStreamWriter(conn.getOutputStream(), 'UTF-8');
    out.write(JSON.stringify(resultJson));
    out.close();
    var code = conn.getResponseCode();
    logger.info('PIMS returned ' + code + ' for accession ' + resultJson.accession);
    return code;
}
""", s=jwt_like({"sub": "mirth-lab-import", "iss": "pims.pinecrestvet.com", "scope": "lab:write", "iat": 1704067200}))

add("blind-cn/properties/mirth", "mirth/conf/mirth.properties",
    "Mirth Connect docs: mirth.properties database settings and keystore passwords",
    r"""
# Mirth Connect Server Configuration - lab interface engine
http.port = 8080
https.port = 8443
password.retrylimit = 0
password.lockoutperiod = 0

# keystore (its passwords are generated at install and left out of git)
keystore.path = ${dir.appdata}/keystore.jks
keystore.type = JCEKS

# database
database = postgres
database.url = jdbc:postgresql://localhost:5432/mirthdb
database.username = mirth
database.password = <<s>>
database.max-connections = 20
""", s=human_pw())

add("blind-cn/go/antech", "cmd/antech-poller/main.go",
    "Antech Diagnostics API: OAuth2 client-credentials token request; Go net/http",
    r"""
package main

import (
	"context"
	"log"
	"time"

	"golang.org/x/oauth2/clientcredentials"
)

var cfg = clientcredentials.Config{
	ClientID:     "brookside-vet-pims",
	ClientSecret: "<<s>>",
	TokenURL:     "https://api.antechdiagnostics.com/oauth2/token",
	Scopes:       []string{"results.read", "orders.write"},
}

func main() {
	client := cfg.Client(context.Background())
	for {
		resp, err := client.Get("https://api.antechdiagnostics.com/v1/results?status=final")
		if err != nil {
			log.Printf("poll failed: %v", err)
		} else {
			resp.Body.Close()
		}
		time.Sleep(5 * time.Minute)
	}
}
""", s=mixed(48))

add("blind-cn/ini/idexx-sftp", "labs/idexx/sftp.cfg",
    "Python configparser INI; IDEXX Reference Laboratories SFTP results delivery",
    r"""
[idexx]
host = sftp.idexx.com
port = 22
username = lakeview_ah_<<acct>>
password = <<s>>
remote_dir = /outbound
local_dir = C:\LabImports\IDEXX
delete_after_download = true

[schedule]
every_minutes = 15
""", s=rand_pw(10, "!$"), acct=digits(5))

# ---------------------------------------------------------------- pet insurance claim APIs

add("blind-cn/python/trupanion", "insurance/trupanion.py",
    "Azure API Management docs: Ocp-Apim-Subscription-Key header; Trupanion Express direct pay integration",
    r'''
import httpx

TRUPANION_BASE = "https://api.trupanion.com/express/v2"
SUBSCRIPTION_KEY = "<<s>>"
HOSPITAL_ID = "<<hid>>"

client = httpx.Client(
    base_url=TRUPANION_BASE,
    headers={"Ocp-Apim-Subscription-Key": SUBSCRIPTION_KEY, "X-Hospital-Id": HOSPITAL_ID},
    timeout=30,
)


def submit_invoice(policy_number: str, invoice: dict) -> dict:
    r = client.post(f"/policies/{policy_number}/claims", json=invoice)
    r.raise_for_status()
    return r.json()
''', s=hexs(32), hid=digits(6))

add("blind-cn/json/nationwide", "insurance/config/nationwide.json",
    "Nationwide Pet claims API (partner) documentation: OAuth2 client credentials; JSON config",
    r"""
{
  "carrier": "nationwide-pet",
  "tokenUrl": "https://api-pet.nationwide.com/oauth2/token",
  "claimsUrl": "https://api-pet.nationwide.com/claims/v1",
  "clientId": "<<cid>>",
  "clientSecret": "<<s>>",
  "scope": "claims.submit claims.status",
  "attachments": {
    "maxMegabytes": 10,
    "types": ["application/pdf", "image/jpeg"]
  }
}
""", s=mixed(40), cid=uuid_s())


_fk = "fpk_live_" + mixed(32)
add("blind-cn/typescript/fetch-insurance", "apps/claims/src/carriers/fetch.ts",
    "Fetch Pet Insurance partner API: x-api-key header; axios docs",
    r"""
import axios from "axios";

export const fetchPet = axios.create({
  baseURL: "https://partners.fetchpet.com/api/v1",
  timeout: 20000,
  headers: {
    "x-api-key": "<<s>>",
    "x-partner": "cedarvale-vet",
  },
});

export async function claimStatus(claimId: string) {
  const { data } = await fetchPet.get(`/claims/${claimId}`);
  return data.status as "received" | "in_review" | "paid" | "denied";
}
""", s=_fk)

add("blind-cn/helm/embrace", "deploy/helm/claims/values-prod.yaml",
    "Helm docs: values files; Embrace Pet Insurance claims submission API key",
    r"""
image:
  repository: ghcr.io/cedarvale-vet/claims
  tag: "2.3.1"
replicaCount: 2
ingress:
  enabled: true
  host: claims.cedarvalevet.com
carriers:
  embrace:
    enabled: true
    baseUrl: https://api.embracepetinsurance.com/claims/v1
    apiKey: "<<s>>"
  trupanion:
    enabled: true
    existingSecret: trupanion-apim
resources:
  requests: { cpu: 100m, memory: 256Mi }
""", s="emb_" + mixed(36))

add("blind-cn/csharp/petsbest", "src/Claims/Carriers/PetsBestClient.cs",
    "HttpClient docs: DefaultRequestHeaders; Pets Best claim submission API (basic auth)",
    r"""
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace Claims.Carriers
{
    public sealed class PetsBestClient
    {
        private readonly HttpClient _http;

        public PetsBestClient(HttpClient http)
        {
            _http = http;
            _http.BaseAddress = new Uri("https://claims-api.petsbest.com/v3/");
            var creds = Convert.ToBase64String(Encoding.ASCII.GetBytes("willowbrook-vet:<<s>>"));
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", creds);
        }

        public HttpResponseMessage Submit(string json) =>
            _http.PostAsync("claims", new StringContent(json, Encoding.UTF8, "application/json")).Result;
    }
}
""", s=human_pw())

add("blind-cn/http/trupanion-basic", "insurance/requests/trupanion.http",
    "JetBrains HTTP Client / VS Code REST Client: .http request files; HTTP Basic auth header (RFC 7617)",
    r"""
### Check a Trupanion policy before discharge
GET https://api.trupanion.com/express/v2/policies/TP-<<pol>>
Authorization: Basic <<b64>>
Accept: application/json

### Submit the invoice
POST https://api.trupanion.com/express/v2/policies/TP-<<pol>>/claims
Authorization: Basic <<b64>>
Content-Type: application/json

{ "invoiceNumber": "INV-2024-08812", "total": 412.50, "diagnosis": "Otitis externa" }
""", secret=(_tp := human_pw()), b64=b64("oakridge-ah:" + _tp), pol=digits(8))

# ---------------------------------------------------------------- imaging: PACS and DICOM

add("blind-cn/json/orthanc", "pacs/orthanc/orthanc.json",
    "Orthanc Book: configuration file, RegisteredUsers and DicomModalities",
    r"""
{
  "Name": "RIVERBEND-PACS",
  "StorageDirectory": "/var/lib/orthanc/db",
  "HttpPort": 8042,
  "DicomAet": "RBPACS",
  "DicomPort": 4242,
  "RemoteAccessAllowed": true,
  "AuthenticationEnabled": true,
  "RegisteredUsers": {
    "radiology": "<<s>>"
  },
  "DicomModalities": {
    "dr-room1": ["SOUNDDR1", "10.30.0.51", 104],
    "ultrasound": ["VETUS01", "10.30.0.52", 104],
    "ct": ["VETCT", "10.30.0.60", 104]
  },
  "StableAge": 60
}
""", s=human_pw())

add("blind-cn/docker-compose/orthanc", "pacs/docker-compose.yml",
    "Orthanc Book: Docker images (ORTHANC__ environment variables, osimis/orthanc)",
    r"""
services:
  orthanc:
    image: orthancteam/orthanc:24.6.2
    restart: always
    ports:
      - "4242:4242"
      - "8042:8042"
    environment:
      ORTHANC__NAME: "HILLCREST-PACS"
      ORTHANC__DICOM_AET: "HCPACS"
      ORTHANC__AUTHENTICATION_ENABLED: "true"
      ORTHANC__REGISTERED_USERS: |
        {"admin": "<<s>>"}
      ORTHANC__POSTGRESQL__HOST: "pacs-db"
      ORTHANC__POSTGRESQL__PASSWORD: "${PACS_DB_PASSWORD}"
    volumes:
      - /srv/pacs/storage:/var/lib/orthanc/db
""", s=rand_pw(16))

add("blind-cn/python/orthanc", "pacs/scripts/forward_to_radiologist.py",
    "Orthanc Book: REST API (/modalities/{id}/store) with HTTP Basic auth",
    r'''
#!/usr/bin/env python3
"""Forward today's CT studies to the teleradiology service."""
import datetime
import requests

ORTHANC = "http://10.30.0.10:8042"
AUTH = ("radiology", "<<s>>")

today = datetime.date.today().strftime("%Y%m%d")
studies = requests.post(f"{ORTHANC}/tools/find", auth=AUTH, json={
    "Level": "Study", "Query": {"StudyDate": today, "ModalitiesInStudy": "CT"}}).json()
for study in studies:
    requests.post(f"{ORTHANC}/modalities/telerad/store", auth=AUTH, json={"Resources": [study], "Synchronous": False})
    print("queued", study)
''', s=human_pw())

add("blind-cn/properties/dcm4chee", "pacs/dcm4chee/.env",
    "dcm4che docs: Run minimum set of archive services on a single host (LDAP_ROOTPASS, POSTGRES_PASSWORD)",
    r"""
# dcm4chee-arc-light 5.31 on the imaging server
STORAGE_DIR=/storage/fs1
LDAP_ROOTPASS=<<l>>
LDAP_CONFIGPASS=<<l>>
POSTGRES_DB=pacsdb
POSTGRES_USER=pacs
POSTGRES_PASSWORD=<<s>>
WILDFLY_CHOWN=/opt/wildfly/standalone /storage
ARCHIVE_DEVICE_NAME=dcm4chee-arc
AE_TITLE=VETARC
""", s=human_pw(), l="secret")

add("blind-cn/yaml/synology-pacs", "ansible/group_vars/imaging.yml",
    "Ansible docs: group_vars; Synology DSM SMB share mounted by the DR console",
    r"""
---
dr_console_hosts:
  - xray-ws01
  - xray-ws02
dicom_export_share: //nas02.clinic.lan/dicom_export
dicom_export_mount: /mnt/dicom_export
dicom_export_user: dr_export
dicom_export_password: "<<s>>"
dicom_aet: XRAYWS
pacs_aet: RBPACS
pacs_host: 10.30.0.10
pacs_port: 4242
""", s=human_pw())

add("blind-cn/nginx/orthanc-basic-auth", "pacs/nginx/orthanc.conf",
    "nginx docs: proxy_set_header; HTTP Basic Authorization header (RFC 7617)",
    r"""
server {
    listen 443 ssl;
    server_name pacs.lakeviewvet.com;
    ssl_certificate     /etc/letsencrypt/live/pacs.lakeviewvet.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/pacs.lakeviewvet.com/privkey.pem;

    location /orthanc/ {
        proxy_pass http://127.0.0.1:8042/;
        # viewer talks to Orthanc as the read-only user
        proxy_set_header Authorization "Basic <<b64>>";
        proxy_set_header Host $host;
        rewrite /orthanc(.*) $1 break;
    }
}
""", secret=(_ov := human_pw()), b64=b64("viewer:" + _ov))

# --- lab, insurance and imaging decoys

add("blind-cn/hl7/decoy-sample-message", "labs/tests/fixtures/idexx_oru_r01.hl7",
    "HL7 v2.5.1 ORU^R01 message structure (MSH, PID, OBR, OBX segments)",
    r"""
MSH|^~\&|IDEXX|IDEXXLABS|PIMS|OAKRIDGE|20240311093015||ORU^R01|<<ctl>>|P|2.5.1
PID|1||P-48213^^^PIMS||Biscuit^Canine||20190402|M|||||||||||||||||||||||Labrador Retriever
ORC|RE|ORD-77120|<<acc>>
OBR|1|ORD-77120|<<acc>>|CHEM25^Chem 25|||20240310163000
OBX|1|NM|ALT^ALT||88|U/L|10-125|N|||F
OBX|2|NM|BUN^BUN||31|mg/dL|7-27|H|||F
OBX|3|NM|CREA^Creatinine||1.4|mg/dL|0.5-1.8|N|||F
""", ctl=hexs(20, True), acc=digits(10))

add("blind-cn/json/decoy-mock-token", "insurance/tests/fixtures/nationwide_token.json",
    "OAuth 2.0 RFC 6749 section 5.1 token response; test fixture convention",
    r"""
{
  "_comment": "Recorded shape of the Nationwide token response with the token replaced by a dummy for the test suite",
  "access_token": "dummy-access-token-for-tests",
  "token_type": "Bearer",
  "expires_in": 3599,
  "scope": "claims.submit claims.status"
}
""")

add("blind-cn/json/decoy-dicom-uids", "pacs/tests/fixtures/study_ct_abdomen.json",
    "DICOM PS3.18 JSON model (tags 0020000D StudyInstanceUID, 00080018 SOPInstanceUID)",
    r"""
[
  {
    "00080020": { "vr": "DA", "Value": ["20240412"] },
    "00080050": { "vr": "SH", "Value": ["<<acc>>"] },
    "00080060": { "vr": "CS", "Value": ["CT"] },
    "00100010": { "vr": "PN", "Value": [{ "Alphabetic": "MOCHI^TANAKA" }] },
    "00100020": { "vr": "LO", "Value": ["P-<<pid>>"] },
    "00102201": { "vr": "LO", "Value": ["Feline"] },
    "0020000D": { "vr": "UI", "Value": ["1.2.826.0.1.3680043.8.498.<<u1>>"] },
    "0020000E": { "vr": "UI", "Value": ["1.2.826.0.1.3680043.8.498.<<u2>>"] },
    "00080018": { "vr": "UI", "Value": ["1.2.826.0.1.3680043.8.498.<<u3>>"] }
  }
]
""", acc=digits(9), pid=digits(5), u1=digits(38), u2=digits(38), u3=digits(38))

add("blind-cn/json/decoy-orthanc-env", "pacs/orthanc/orthanc.production.json",
    "Orthanc Book: configuration, environment variable substitution ${VAR} in configuration files",
    r"""
{
  "Name": "RIVERBEND-PACS",
  "HttpPort": 8042,
  "DicomAet": "RBPACS",
  "AuthenticationEnabled": true,
  "RegisteredUsers": {
    "radiology": "${ORTHANC_RADIOLOGY_PASSWORD}",
    "viewer": "${ORTHANC_VIEWER_PASSWORD}"
  },
  "PostgreSQL": {
    "EnableIndex": true,
    "Host": "pacs-db",
    "Database": "orthanc",
    "Username": "orthanc",
    "Password": "${ORTHANC_DB_PASSWORD}"
  }
}
""")

add("blind-cn/yaml/decoy-openapi-example", "insurance/openapi/claims-gateway.yaml",
    "OpenAPI 3.1 spec: securitySchemes (apiKey, http bearer) and examples",
    r"""
openapi: 3.1.0
info:
  title: Clinic claims gateway
  version: 1.4.0
servers:
  - url: https://claims.cedarvalevet.com/api
components:
  securitySchemes:
    carrierKey:
      type: apiKey
      in: header
      name: x-api-key
      description: "Carrier key, e.g. `x-api-key: <carrier-api-key>`. Issued per hospital."
    bearer:
      type: http
      scheme: bearer
      bearerFormat: JWT
security:
  - bearer: []
paths:
  /claims:
    post:
      summary: Submit an invoice to the pet's insurer
      parameters:
        - in: header
          name: Authorization
          example: "Bearer YOUR_ACCESS_TOKEN"
      responses:
        "202": { description: Accepted }
""")

add("blind-cn/xml/decoy-mirth-config-map", "mirth/channels/Antech_In_HL7.xml",
    "Mirth Connect docs: configuration map variables ${variable} in connector settings",
    r"""
<channel version="4.4.2">
  <id><<id>></id>
  <name>Antech_In_HL7</name>
  <sourceConnector version="4.4.2">
    <transportName>File Reader</transportName>
    <properties class="com.mirth.connect.connectors.file.FileReceiverProperties">
      <scheme>SFTP</scheme>
      <host>${antech_sftp_host}/results</host>
      <username>${antech_sftp_user}</username>
      <password>${antech_sftp_password}</password>
      <fileFilter>*.hl7</fileFilter>
      <pollingFrequency>60000</pollingFrequency>
    </properties>
  </sourceConnector>
  <enabled>true</enabled>
</channel>
""", id=uuid_s())

add("blind-cn/csv/decoy-lab-codes", "labs/mappings/idexx_test_codes.csv",
    "IDEXX Reference Laboratories test directory codes mapped to PIMS service codes",
    r"""
idexx_code,pims_code,description,species,turnaround
2512,LAB-CBC,CBC Comprehensive,canine|feline,same day
6212,LAB-C25,Chem 25,canine|feline,same day
2716,LAB-T4,Total T4,canine|feline,1 day
3418,LAB-SDMA,SDMA,canine|feline,1 day
9420,LAB-UA,Urinalysis with reflex culture,canine|feline,2 days
65301,LAB-4DX,SNAP 4Dx Plus,canine,in house
""")

add("blind-cn/dotenv/decoy-dotenvx-encrypted", "pacs/.env.production",
    "dotenvx docs: encrypted .env files (encrypted: values, DOTENV_PUBLIC_KEY)",
    r"""
#/-------------------[DOTENV_PUBLIC_KEY]--------------------/
#/            public-key encryption for .env files          /
#/       [how it works](https://dotenvx.com/encryption)     /
#/----------------------------------------------------------/
DOTENV_PUBLIC_KEY_PRODUCTION="02<<pk>>"
ORTHANC_RADIOLOGY_PASSWORD="encrypted:<<e1>>"
PACS_DB_PASSWORD="encrypted:<<e2>>"
PACS_AET=RBPACS
""", pk=hexs(64), e1=b64bytes(96), e2=b64bytes(96))

# ---------------------------------------------------------------- booking widgets and payments

add("blind-cn/php/stripe", "wp-content/plugins/clinic-booking/includes/deposit.php",
    "Stripe docs: PHP library, \\Stripe\\StripeClient with a secret key; PaymentIntents",
    r"""
<?php
// No-show deposit for new-client appointments (Brookside Veterinary Clinic)
if (!defined('ABSPATH')) { exit; }

require_once __DIR__ . '/../vendor/autoload.php';

const CB_STRIPE_SECRET = '<<s>>';

function cb_create_deposit_intent($appointment_id, $email) {
    $stripe = new \Stripe\StripeClient(CB_STRIPE_SECRET);
    return $stripe->paymentIntents->create([
        'amount' => 2500,
        'currency' => 'usd',
        'receipt_email' => $email,
        'metadata' => ['appointment_id' => $appointment_id],
        'automatic_payment_methods' => ['enabled' => true],
    ]);
}
""", s=stripe_secret())

add("blind-cn/python/stripe-webhook", "booking/webhooks.py",
    "Stripe docs: Check the webhook signatures (stripe.Webhook.construct_event, whsec_)",
    r'''
import stripe
from flask import Flask, request, abort

app = Flask(__name__)
ENDPOINT_SECRET = "<<s>>"


@app.post("/stripe/webhook")
def stripe_webhook():
    try:
        event = stripe.Webhook.construct_event(
            request.data, request.headers.get("Stripe-Signature"), ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "payment_intent.succeeded":
        mark_deposit_paid(event["data"]["object"]["metadata"]["appointment_id"])
    return "", 204


def mark_deposit_paid(appointment_id):
    ...
''', s=stripe_whsec())

add("blind-cn/dotenv/stripe-restricted", "apps/booking-widget/.env.local",
    "Stripe docs: Restricted API keys (rk_live_); Next.js environment variables",
    r"""
NEXT_PUBLIC_CLINIC_NAME="Pinecrest Veterinary"
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=<<pk>>
STRIPE_RESTRICTED_KEY=<<s>>
VETSTORIA_SITE_HASH=pinecrest-vet
NEXT_PUBLIC_GA_ID=G-<<ga>>
""", s=stripe_restricted(), pk=stripe_public(), ga=hexs(10, True))

add("blind-cn/javascript/square", "server/payments/square.js",
    "Square docs: Node.js SDK, new Client({ accessToken, environment })",
    r"""
const { Client, Environment } = require("square");
const crypto = require("crypto");

const square = new Client({
  accessToken: "<<s>>",
  environment: Environment.Production,
});

async function chargeCardOnFile(customerId, cardId, cents, note) {
  const { result } = await square.paymentsApi.createPayment({
    sourceId: cardId,
    customerId,
    idempotencyKey: crypto.randomUUID(),
    amountMoney: { amount: BigInt(cents), currency: "USD" },
    locationId: "<<loc>>",
    note,
  });
  return result.payment;
}

module.exports = { chargeCardOnFile };
""", s=square_token(), loc="L" + hexs(12, True))

add("blind-cn/xml/authorizenet", "ClinicPay/Web.config",
    "Authorize.Net docs: API Login ID and Transaction Key; ASP.NET Web.config appSettings",
    r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="AuthNet.Environment" value="PRODUCTION" />
    <add key="AuthNet.ApiLoginId" value="<<login>>" />
    <add key="AuthNet.TransactionKey" value="<<s>>" />
    <add key="Clinic.Name" value="Northgate Pet Hospital" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
""", s=mixed(16), login=mixed(10))

add("blind-cn/yaml/paypal", "config/packages/payum.yaml",
    "PayPal developer docs: REST API client ID and secret; Symfony Payum bundle config",
    r"""
payum:
  gateways:
    paypal_rest:
      factory: paypal_rest
      client_id: "<<cid>>"
      client_secret: "<<s>>"
      config_path: "%kernel.project_dir%/var/paypal"
      mode: live
  security:
    token_storage:
      App\Entity\PaymentToken: { doctrine: orm }
""", s=paypal_secret(), cid="A" + mixed(79))

add("blind-cn/php/recaptcha-secret", "public_html/booking/verify.php",
    "Google reCAPTCHA docs: Verifying the user's response (siteverify with the secret key)",
    r"""
<?php
require 'config.php';

$token = $_POST['g-recaptcha-response'] ?? '';
$resp = file_get_contents('https://www.google.com/recaptcha/api/siteverify?' . http_build_query([
    'secret'   => '<<s>>',
    'response' => $token,
    'remoteip' => $_SERVER['REMOTE_ADDR'],
]));
$data = json_decode($resp, true);
if (empty($data['success']) || $data['score'] < 0.5) {
    http_response_code(400);
    exit('Please try the booking form again.');
}
require 'save_request.php';
""", s=recaptcha_key())

add("blind-cn/python/google-maps", "locator/geocode_clients.py",
    "Google Maps Platform docs: Geocoding API key parameter",
    r'''
"""Geocode client addresses for the mobile-vet route planner (server-side key, IP-restricted)."""
import googlemaps

gmaps = googlemaps.Client(key="<<s>>")


def geocode(address: str):
    result = gmaps.geocode(address, region="us")
    if not result:
        return None
    loc = result[0]["geometry"]["location"]
    return loc["lat"], loc["lng"]
''', s=google_key())

add("blind-cn/javascript/mapbox-secret", "scripts/upload-clinic-tiles.js",
    "Mapbox docs: Access tokens (secret sk. tokens with uploads:write scope)",
    r"""
// Uploads the service-area tileset for the house-call map. Needs a secret token (uploads:write).
const mbxUploads = require("@mapbox/mapbox-sdk/services/uploads");
const AWS = require("aws-sdk");

const uploads = mbxUploads({
  accessToken: "<<s>>",
});

(async () => {
  const { body: creds } = await uploads.createUploadCredentials().send();
  const s3 = new AWS.S3({ accessKeyId: creds.accessKeyId, secretAccessKey: creds.secretAccessKey, sessionToken: creds.sessionToken });
  await s3.putObject({ Bucket: creds.bucket, Key: creds.key, Body: require("fs").readFileSync("service-area.geojson") }).promise();
  await uploads.createUpload({ tileset: "riverbendvet.service-area", url: creds.url, name: "Service area" }).send();
})();
""", s=mapbox_secret("riverbendvet"))

add("blind-cn/ruby/vetstoria", "app/services/vetstoria_client.rb",
    "Vetstoria partner API: bearer token; Faraday docs",
    r"""
require "faraday"

class VetstoriaClient
  BASE = "https://api.vetstoria.com/v2".freeze
  TOKEN = "<<s>>".freeze

  def initialize(site_hash)
    @site = site_hash
    @http = Faraday.new(BASE) do |f|
      f.request :authorization, "Bearer", TOKEN
      f.response :json
    end
  end

  def bookings(from:, to:)
    @http.get("sites/#{@site}/bookings", from: from, to: to).body
  end
end
""", s=mixed(64))

add("blind-cn/json/petdesk", "integrations/petdesk/settings.json",
    "PetDesk partner integration settings; JSON",
    r"""
{
  "petdesk": {
    "apiBase": "https://partner-api.petdesk.com/v1",
    "practiceId": <<pid>>,
    "apiKey": "<<s>>",
    "syncAppointments": true,
    "syncReminders": true,
    "pimsBridge": "cornerstone"
  },
  "logLevel": "Information"
}
""", s=uuid_s().replace("-", "") + hexs(8), pid=digits(5))

add("blind-cn/dotenv/openai", "apps/soap-notes/.env",
    "OpenAI docs: API keys (sk-proj-); dotenv",
    r"""
# AI-assisted SOAP note drafting (pilot, Dr. Patel's exam rooms only)
OPENAI_API_KEY=<<s>>
OPENAI_MODEL=gpt-4o-mini
TRANSCRIBE_LANGUAGE=en
PHI_REDACTION=on
AUDIO_RETENTION_HOURS=24
""", s=fakes.openai_key(_seed()))

add("blind-cn/python/anthropic", "apps/client-chat/bot.py",
    "Anthropic docs: Python SDK, anthropic.Anthropic(api_key=...)",
    r'''
import anthropic

client = anthropic.Anthropic(api_key="<<s>>")

SYSTEM = ("You answer after-hours questions for Lakeview Animal Hospital. "
          "For emergencies, always give the ER number (555-0199). Never diagnose.")


def answer(question: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=400,
        system=SYSTEM,
        messages=[{"role": "user", "content": question}],
    )
    return msg.content[0].text
''', s=anthropic_key())

add("blind-cn/javascript/firebase-server-key", "functions/push/sendPush.js",
    "Firebase docs: legacy FCM HTTP API (Authorization: key=<server key>)",
    r"""
// Legacy push for the 'MyPet @ Oakridge' app (to be migrated to FCM v1)
const fetch = require("node-fetch");

const SERVER_KEY = "<<s>>";

module.exports = async function sendPush(deviceToken, title, body) {
  const res = await fetch("https://fcm.googleapis.com/fcm/send", {
    method: "POST",
    headers: { Authorization: `key=${SERVER_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ to: deviceToken, notification: { title, body } }),
  });
  return res.json();
};
""", s=firebase_server_key())

add("blind-cn/yaml/shopify", "store/config/shopify.yml",
    "Shopify docs: Admin API access tokens (shpat_) for custom apps",
    r"""
# Clinic online store (diets, preventatives) - custom app "pims-sync"
shop_domain: meadowlark-vet-shop.myshopify.com
api_version: 2024-04
admin_api_access_token: <<s>>
sync:
  products_from_pims: true
  inventory_location_id: <<loc>>
  skip_rx_items: true
""", s=shopify_token(), loc=digits(11))

add("blind-cn/python/hubspot", "marketing/hubspot_sync.py",
    "HubSpot docs: private app access tokens (pat-na1-), hubspot-api-client",
    r'''
from hubspot import HubSpot

api = HubSpot(access_token="<<s>>")


def upsert_client(email, first, last, pet):
    props = {"email": email, "firstname": first, "lastname": last, "pet_name": pet, "lifecyclestage": "customer"}
    try:
        api.crm.contacts.basic_api.create(simple_public_object_input_for_create={"properties": props})
    except Exception:
        api.crm.contacts.basic_api.update(email, simple_public_object_input={"properties": props}, id_property="email")
''', s=hubspot_token())

# ---------------------------------------------------------------- pharmacy and compounding suppliers

add("blind-cn/yaml/vetsource", "pharmacy/config/vetsource.yaml",
    "Vetsource Home Delivery partner API: API key and practice id",
    r"""
vetsource:
  api_url: https://api.vetsource.com/practice/v2
  practice_id: VS<<pid>>
  api_key: <<s>>
  autoship_reminders: true
  approve_queue:
    poll_minutes: 10
    notify: pharmacy@oakridgevet.com
""", s=hexs(40), pid=digits(6))

add("blind-cn/shell/wedgewood-sftp", "pharmacy/scripts/send-compound-orders.sh",
    "lftp manual: open -u user,password sftp://host; Wedgewood Pharmacy order file drop",
    r"""
#!/usr/bin/env bash
# Upload signed compounding orders (PDF + CSV) to the pharmacy's SFTP drop every 30 min
set -euo pipefail
OUTBOX=/srv/pharmacy/outbox
SENT=/srv/pharmacy/sent

lftp -u "hillcrest_ah,<<s>>" sftp://sftp.wedgewoodpharmacy.com <<EOF
set sftp:auto-confirm yes
cd /incoming/orders
mput ${OUTBOX}/*.pdf ${OUTBOX}/*.csv
bye
EOF
mv ${OUTBOX}/*.pdf ${OUTBOX}/*.csv "${SENT}/" 2>/dev/null || true
""", s=human_pw())

add("blind-cn/terraform/covetrus", "infra/pharmacy/main.tf",
    "Terraform docs: aws_secretsmanager_secret_version secret_string; Covetrus Prescription Management API",
    r"""
resource "aws_secretsmanager_secret" "covetrus" {
  name = "pharmacy/covetrus-api"
}

resource "aws_secretsmanager_secret_version" "covetrus" {
  secret_id = aws_secretsmanager_secret.covetrus.id
  secret_string = jsonencode({
    client_id     = "riverbend-vet-rx"
    client_secret = "<<s>>"
    token_url     = "https://auth.covetrus.com/oauth/token"
  })
}

output "covetrus_secret_arn" {
  value = aws_secretsmanager_secret.covetrus.arn
}
""", s=mixed(48))

add("blind-cn/csharp/chewy", "src/Pharmacy/ChewyPharmacyOptions.cs",
    "C# options class with defaults; Chewy Vet Care pharmacy approval API token",
    r"""
namespace Clinic.Pharmacy
{
    public sealed class ChewyPharmacyOptions
    {
        public const string Section = "ChewyPharmacy";

        public string BaseUrl { get; set; } = "https://vet-api.chewy.com/pharmacy/v1";
        public string ClinicId { get; set; } = "<<cid>>";
        public string ApiToken { get; set; } = "<<s>>";
        public int PollSeconds { get; set; } = 120;
        public bool AutoApproveRefills { get; set; } = false;
    }
}
""", s="chw_" + mixed(40), cid=digits(7))

add("blind-cn/netrc/mwi", "pharmacy/.netrc",
    "GNU inetutils manual: the .netrc file (machine, login, password)",
    r"""
# distributor order/invoice downloads (curl --netrc)
machine edi.mwiah.com
  login pinecrestvet
  password <<s>>

machine ftp.pattersonvet.com
  login anonymous
  password orders@pinecrestvet.com
""", s=human_pw())

# ---------------------------------------------------------------- microchip registries

add("blind-cn/python/homeagain", "microchips/register.py",
    "HomeAgain / Merck Animal Health microchip registration API: X-Api-Key header",
    r'''
"""Register microchips implanted today with HomeAgain (enrolled clinics only)."""
import requests

HOMEAGAIN_URL = "https://api.homeagain.com/v1/enrollments"
HOMEAGAIN_KEY = "<<s>>"
CLINIC_ACCOUNT = "HA-<<acct>>"


def register(chip: str, pet: dict, owner: dict) -> dict:
    payload = {"microchipNumber": chip, "clinicAccount": CLINIC_ACCOUNT, "pet": pet, "owner": owner}
    r = requests.post(HOMEAGAIN_URL, json=payload, headers={"X-Api-Key": HOMEAGAIN_KEY}, timeout=20)
    r.raise_for_status()
    return r.json()
''', s=mixed(32), acct=digits(6))

add("blind-cn/toml/petwatch", "microchips/registries.toml",
    "TOML v1.0; 24Petwatch / Found Animals registry partner credentials",
    r"""
[registries.petwatch24]
endpoint = "https://partners.24petwatch.com/api/chip-registration"
username = "willowbrook-vet"
password = "<<s>>"
auto_register = true

[registries.aaha_lookup]
# public universal lookup, no credentials
endpoint = "https://www.petmicrochiplookup.org/"

[registries.found_animals]
enabled = false
""", s=human_pw())

# --- booking, payment, pharmacy and registry decoys

add("blind-cn/html/decoy-publishable-keys", "wp-content/plugins/clinic-booking/templates/booking-form.html",
    "Stripe docs: publishable keys are meant for client-side code; reCAPTCHA site key (public)",
    r"""
<form id="booking" method="post" action="/booking/verify.php">
  <label>Pet name <input name="pet" required></label>
  <label>Reason <select name="reason"><option>Wellness</option><option>Sick visit</option></select></label>
  <div id="card-element"></div>
  <div class="g-recaptcha" data-sitekey="<<rk>>"></div>
  <button type="submit">Request appointment</button>
</form>
<script src="https://js.stripe.com/v3/"></script>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
<script>
  const stripe = Stripe("<<pk>>");
  const card = stripe.elements().create("card");
  card.mount("#card-element");
</script>
""", rk=recaptcha_key(), pk=stripe_public())

add("blind-cn/javascript/decoy-firebase-web-config", "apps/mypet/src/firebase.js",
    "Firebase docs: Learn about using and managing API keys (web config apiKey is not a secret)",
    r"""
import { initializeApp } from "firebase/app";
import { getMessaging } from "firebase/messaging";

// Firebase web config: identifies the project, safe to ship in the app bundle.
const firebaseConfig = {
  apiKey: "<<k>>",
  authDomain: "mypet-oakridge.firebaseapp.com",
  projectId: "mypet-oakridge",
  storageBucket: "mypet-oakridge.appspot.com",
  messagingSenderId: "<<sender>>",
  appId: "1:<<sender>>:web:<<app>>",
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", k=google_key(), sender=digits(12), app=hexs(22))

add("blind-cn/javascript/decoy-mapbox-public", "apps/clinic-locator/src/map.js",
    "Mapbox docs: Access tokens (public pk. tokens for Mapbox GL JS)",
    r"""
import mapboxgl from "mapbox-gl";

mapboxgl.accessToken = "<<pk>>";

const clinics = [
  { name: "Riverbend Vet - Main St", lngLat: [-97.7431, 30.2672] },
  { name: "Riverbend Vet - North", lngLat: [-97.7012, 30.3955] },
];

export function renderMap(container) {
  const map = new mapboxgl.Map({ container, style: "mapbox://styles/mapbox/streets-v12", center: clinics[0].lngLat, zoom: 10 });
  clinics.forEach((c) => new mapboxgl.Marker().setLngLat(c.lngLat).setPopup(new mapboxgl.Popup().setText(c.name)).addTo(map));
  return map;
}
""", pk=mapbox_public("riverbendvet"))

add("blind-cn/html/decoy-widget-embed", "site/_includes/book-online.html",
    "Vetstoria / PetDesk booking widget embed snippet (public site hash and practice id)",
    r"""
<!-- Book online button: Vetstoria widget for Pinecrest Veterinary -->
<script type="text/javascript"
        src="https://booking.vetstoria.com/widget/js/bookingWidget.js"
        data-site-hash="<<h>>"
        data-language="en-us"
        data-button-text="Book an appointment"></script>
<!-- PetDesk request-an-appointment link -->
<a class="btn" href="https://request.petdesk.com/?practiceId=<<pid>>">Request via PetDesk</a>
<noscript>Call us at (555) 013-4470 to book.</noscript>
""", h=hexs(24), pid=digits(5))

add("blind-cn/json/decoy-google-oauth-client-id", "apps/staff-portal/public/auth-config.json",
    "Google Identity docs: OAuth client ID (...apps.googleusercontent.com) is public",
    r"""
{
  "provider": "google",
  "clientId": "<<n>>-<<h>>.apps.googleusercontent.com",
  "hostedDomain": "hillcrestanimalhospital.com",
  "redirectUri": "https://staff.hillcrestanimalhospital.com/auth/callback",
  "scopes": ["openid", "email", "profile"]
}
""", n=digits(12), h="".join(_rng().choice(string.ascii_lowercase + string.digits) for _ in range(32)))

add("blind-cn/csv/decoy-microchip-numbers", "microchips/tests/fixtures/chips_implanted.csv",
    "ISO 11784/11785: 15-digit microchip numbers (manufacturer code + id)",
    r"""
date,patient_id,species,microchip,registry,registered
2024-05-02,P-48213,canine,<<m1>>,homeagain,yes
2024-05-02,P-48220,feline,<<m2>>,24petwatch,yes
2024-05-03,P-48231,canine,<<m3>>,aaha-lookup,pending
2024-05-06,P-48244,canine,<<m4>>,homeagain,no
2024-05-07,P-48250,rabbit,<<m5>>,found-animals,yes
""", m1=microchip(), m2=microchip(), m3=microchip(), m4=microchip(), m5=microchip())

add("blind-cn/python/decoy-stripe-mock", "booking/tests/test_deposit.py",
    "stripe-mock / pytest docs: tests against a local mock with a dummy key",
    r'''
import stripe
import pytest

# stripe-mock accepts any key; this one is a dummy that only exists in the test suite.
stripe.api_key = "sk_test_123"
stripe.api_base = "http://localhost:12111"


@pytest.mark.integration
def test_deposit_intent_amount():
    intent = stripe.PaymentIntent.create(amount=2500, currency="usd",
                                         metadata={"appointment_id": "A-1001"})
    assert intent.amount == 2500
''')

add("blind-cn/yaml/decoy-sops", "pharmacy/config/vetsource.enc.yaml",
    "Mozilla SOPS docs: encrypted YAML (ENC[AES256_GCM,...] values and sops metadata)",
    r"""
vetsource:
  api_url: https://api.vetsource.com/practice/v2
  practice_id: VS<<pid>>
  api_key: <<e1>>
sops:
  age:
    - recipient: age1<<r>>
      enc: |
        -----BEGIN AGE ENCRYPTED FILE-----
        <<a1>>
        <<a2>>
        -----END AGE ENCRYPTED FILE-----
  lastmodified: "2024-06-11T14:02:33Z"
  mac: <<mac>>
  unencrypted_suffix: _unencrypted
  version: 3.8.1
""", pid=digits(6), e1=sops_enc(40), r="".join(_rng().choice("qpzry9x8gf2tvdw0s3jn54khce6mua7l") for _ in range(58)),
    a1=b64bytes(48), a2=b64bytes(48), mac=sops_enc(32))

add("blind-cn/terraform/decoy-random-password", "infra/booking/rds.tf",
    "Terraform docs: random_password resource; aws_db_instance",
    r"""
resource "random_password" "booking_db" {
  length  = 32
  special = false
}

resource "aws_db_instance" "booking" {
  identifier              = "booking-prod"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.small"
  allocated_storage       = 20
  username                = "booking"
  password                = random_password.booking_db.result
  backup_retention_period = 14
  skip_final_snapshot     = false
}
""")

add("blind-cn/markdown/decoy-vault-pointer", "docs/microchips.md",
    "AAHA Universal Pet Microchip Lookup (public tool); registry contact list",
    r"""
# Microchip scanning and lookup

1. Scan the whole body, not only between the shoulder blades.
2. Look the number up at https://www.petmicrochiplookup.org/ (AAHA universal lookup, no login).
3. Call the registry it names. Our enrolment accounts:

| Registry       | Account         | Credentials              |
|----------------|-----------------|--------------------------|
| HomeAgain      | HA-<<acct>>       | 1Password > Registries   |
| 24Petwatch     | willowbrook-vet | 1Password > Registries   |
| Found Animals  | (not enrolled)  | -                        |
""", acct=digits(6))

# ---------------------------------------------------------------- clinic IT: backups

add("blind-cn/shell/restic", "it/backup/restic-backup.sh",
    "restic docs: Preparing a new repository (RESTIC_PASSWORD, B2_ACCOUNT_ID, B2_ACCOUNT_KEY)",
    r"""
#!/usr/bin/env bash
# Nightly off-site backup of the PIMS server shares to Backblaze B2
set -euo pipefail
export B2_ACCOUNT_ID="<<kid>>"
export B2_ACCOUNT_KEY="<<s>>"
export RESTIC_REPOSITORY="b2:oakridge-vet-backup:pims"
export RESTIC_PASSWORD_FILE=/etc/restic/password

restic backup /srv/cornerstone /srv/xray-export /srv/scans --exclude-caches --tag nightly
restic forget --keep-daily 14 --keep-weekly 8 --keep-monthly 12 --prune
restic check --read-data-subset=2%
""", s=b2_app_key(), kid=b2_key_id())

add("blind-cn/systemd/restic", "it/backup/restic-backup.service",
    "systemd.exec docs: Environment=; restic docs: RESTIC_PASSWORD",
    r"""
[Unit]
Description=restic backup of clinic shares
Wants=network-online.target
After=network-online.target

[Service]
Type=oneshot
Environment=RESTIC_REPOSITORY=sftp:backup@nas01.clinic.lan:/volume1/restic
Environment=RESTIC_PASSWORD=<<s>>
ExecStart=/usr/local/bin/restic backup /srv/shares --tag nightly
ExecStartPost=/usr/local/bin/restic forget --keep-daily 14 --keep-weekly 6 --prune
Nice=10
IOSchedulingClass=idle
""", s=passphrase())

add("blind-cn/crontab/borg", "it/backup/crontab.root",
    "crontab(5) format; BorgBackup docs: BORG_PASSPHRASE environment variable",
    r"""
# m h dom mon dow command
SHELL=/bin/bash
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
MAILTO=it@hillcrestanimalhospital.com

# Borg backup of the imaging archive to the second NAS
15 1 * * * BORG_PASSPHRASE='<<s>>' borg create --stats ssh://borg@nas02/./pacs::'{hostname}-{now:%Y-%m-%d}' /srv/pacs >> /var/log/borg.log 2>&1
45 3 * * 0 BORG_PASSPHRASE='<<s>>' borg prune --keep-daily 7 --keep-weekly 4 ssh://borg@nas02/./pacs >> /var/log/borg.log 2>&1
""", s=passphrase())

add("blind-cn/rclone/s3-secret", "it/backup/rclone.conf",
    "rclone docs: Amazon S3 compatible providers (Wasabi) config: access_key_id, secret_access_key",
    r"""
[wasabi]
type = s3
provider = Wasabi
access_key_id = <<ak>>
secret_access_key = <<s>>
region = us-central-1
endpoint = s3.us-central-1.wasabisys.com
acl = private

[nas]
type = sftp
host = nas01.clinic.lan
user = rclone
key_file = ~/.ssh/id_ed25519_nas
""", s="".join(_rng().choice(ALNUM) for _ in range(40)), ak="".join(_rng().choice(string.ascii_uppercase + string.digits) for _ in range(20)))

add("blind-cn/powershell/veeam", "it/backup/Set-VeeamEncryption.ps1",
    "Veeam Backup & Replication PowerShell reference: Add-VBREncryptionKey -Password",
    r"""
# Adds the encryption key used for the off-site copy job (run once on VBR01)
Import-Module Veeam.Backup.PowerShell

$plain = '<<s>>'
$secure = ConvertTo-SecureString $plain -AsPlainText -Force
$key = Add-VBREncryptionKey -Password $secure -Description 'Riverbend offsite 2024'

$job = Get-VBRJob -Name 'Offsite copy - Wasabi'
$opts = $job.GetOptions()
$opts.BackupStorageOptions.StorageEncryptionEnabled = $true
$opts.BackupStorageOptions.StorageEncryptionKey = $key
Set-VBRJobOptions -Job $job -Options $opts
""", s=human_pw())

add("blind-cn/yaml/duplicati-azure", "it/backup/duplicati-job.yml",
    "Azure Storage docs: account access keys (88-character base64); Duplicati Azure backend options",
    r"""
job: nightly-docs
source:
  - 'C:\ClinicDocs'
  - 'C:\Users\Public\Scans'
destination:
  backend: azure
  container: clinic-docs-backup
  storage_account: cedarvalebackup
  access_key: <<s>>
retention: 1W:1D,4W:1W,12M:1M
encryption: aes
schedule: "02:30"
""", s=azure_storage_key())

add("blind-cn/python/aws-s3-backup", "it/backup/upload_s3.py",
    "boto3 docs: Credentials (aws_access_key_id, aws_secret_access_key passed to a client)",
    r'''
"""Copy the nightly Cornerstone .bak file to S3 Glacier IR."""
import datetime
import boto3

s3 = boto3.client(
    "s3",
    region_name="us-east-2",
    aws_access_key_id="<<ak>>",
    aws_secret_access_key="<<s>>",
)

stamp = datetime.date.today().isoformat()
s3.upload_file(f"D:/Backups/Cornerstone_{stamp}.bak", "northgate-vet-backups",
               f"cornerstone/{stamp}.bak", ExtraArgs={"StorageClass": "GLACIER_IR"})
''', s=fakes.aws_secret_key(_seed()), ak=fakes.aws_key_id(_seed()))

add("blind-cn/batch/nas-mount", "it/scripts/map-drives.bat",
    "Microsoft docs: net use \\\\server\\share password /user:domain\\user",
    r"""
@echo off
REM Front-desk PCs: map the shared drives at logon (GPO logon script)
net use S: /delete /y >nul 2>&1
net use X: /delete /y >nul 2>&1
net use S: \\NAS01\Shared <<s>> /user:CLINIC\frontdesk /persistent:no
net use X: \\NAS01\Xray /user:CLINIC\frontdesk /persistent:no
if exist S:\Forms\ echo Drives mapped.
""", s=human_pw())

# ---------------------------------------------------------------- clinic IT: VPN, Wi-Fi, network

add("blind-cn/wireguard/client", "it/vpn/wg-dr-patel-laptop.conf",
    "wg-quick(8) configuration: [Interface] PrivateKey, [Peer] PublicKey/Endpoint",
    r"""
[Interface]
# Dr. Patel laptop - remote access to Cornerstone + PACS
PrivateKey = <<s>>
Address = 10.99.0.12/32
DNS = 10.20.1.1

[Peer]
PublicKey = <<pub>>
Endpoint = vpn.oakridgevet.com:51820
AllowedIPs = 10.20.0.0/16, 10.30.0.0/24
PersistentKeepalive = 25
""", s=wg_key(), pub=wg_key())

add("blind-cn/wireguard/preshared", "it/vpn/wg0.conf",
    "wg(8): PresharedKey in a [Peer] section",
    r"""
[Interface]
Address = 10.99.0.1/24
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/server.key
PostUp = iptables -A FORWARD -i %i -j ACCEPT
PostDown = iptables -D FORWARD -i %i -j ACCEPT

[Peer]
# site-to-site: Oakridge East satellite clinic
PublicKey = <<pub>>
PresharedKey = <<s>>
AllowedIPs = 10.21.0.0/16
""", s=wg_key(), pub=wg_key())

add("blind-cn/openvpn/static-key", "it/vpn/clinic-east.ovpn",
    "OpenVPN manual: --tls-auth / <tls-auth> inline static key (OpenVPN Static key V1)",
    r"""
client
dev tun
proto udp
remote vpn.brooksidevet.com 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
auth-user-pass
key-direction 1
<tls-auth>
<<s>>
</tls-auth>
verb 3
""", s=openvpn_static())

add("blind-cn/openvpn/private-key", "it/vpn/front-desk-2.ovpn",
    "OpenVPN manual: inline <key> block in a client profile",
    r"""
client
dev tun
proto udp
remote vpn.lakeviewvet.com 1194
nobind
remote-cert-tls server
<ca>
<<ca>>
</ca>
<key>
<<s>>
</key>
verb 3
""", s=pem("EC"), ca=cert_pem())

add("blind-cn/hostapd/wifi-psk", "it/wifi/hostapd-staff.conf",
    "hostapd.conf documentation: wpa_passphrase",
    r"""
interface=wlan0
driver=nl80211
ssid=Pinecrest-Staff
hw_mode=g
channel=6
ieee80211n=1
wmm_enabled=1
auth_algs=1
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase=<<s>>
ignore_broadcast_ssid=0
""", s=human_pw())

add("blind-cn/xml/wifi-psk", "it/wifi/ClinicStaff-wlan-profile.xml",
    "Microsoft docs: WLAN_profile schema (sharedKey keyMaterial, protected=false), netsh wlan add profile",
    r"""
<?xml version="1.0"?>
<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">
  <name>Riverbend-Staff</name>
  <SSIDConfig><SSID><name>Riverbend-Staff</name></SSID></SSIDConfig>
  <connectionType>ESS</connectionType>
  <connectionMode>auto</connectionMode>
  <MSM>
    <security>
      <authEncryption>
        <authentication>WPA2PSK</authentication>
        <encryption>AES</encryption>
        <useOneX>false</useOneX>
      </authEncryption>
      <sharedKey>
        <keyType>passPhrase</keyType>
        <protected>false</protected>
        <keyMaterial><<s>></keyMaterial>
      </sharedKey>
    </security>
  </MSM>
</WLANProfile>
""", s=human_pw())

add("blind-cn/markdown/wifi-psk", "docs/it/network.md",
    "Clinic IT runbook in Markdown: SSIDs, VLANs and passphrases",
    r"""
# Network - Willowbrook Animal Hospital

| VLAN | Subnet        | Use                        |
|------|---------------|----------------------------|
| 10   | 10.20.10.0/24 | Staff PCs, PIMS            |
| 30   | 10.20.30.0/24 | Imaging (DR, ultrasound)   |
| 50   | 10.20.50.0/24 | Guest Wi-Fi (client-isolated) |

## Wi-Fi
- **WBAH-Staff** (VLAN 10), WPA2-PSK: `<<s>>`
- **WBAH-Guest** (VLAN 50), captive portal, password printed at reception, changes monthly

Controller: UniFi at https://10.20.10.2:8443 (admin account in 1Password).
""", s=human_pw())

add("blind-cn/routeros/ipsec-secret", "it/network/router-east.rsc",
    "MikroTik RouterOS manual: /ip ipsec identity secret; /export file format",
    r"""
# 2024-02-10 by RouterOS 7.13.4
# model = RB5009UG+S+
/interface bridge
add name=bridge-lan
/ip address
add address=10.21.0.1/16 interface=bridge-lan network=10.21.0.0
/ip ipsec peer
add address=203.0.113.45/32 name=to-main exchange-mode=ike2
/ip ipsec identity
add peer=to-main secret="<<s>>"
/ip ipsec policy
add dst-address=10.20.0.0/16 src-address=10.21.0.0/16 tunnel=yes peer=to-main
/system identity
set name=oakridge-east-gw
""", s=rand_pw(24))

add("blind-cn/cisco-ios/snmp-community", "it/network/core-switch.cfg",
    "Cisco IOS configuration guide: snmp-server community string RO/RW",
    r"""
hostname CLINIC-CORE-SW1
!
vlan 10
 name STAFF
vlan 30
 name IMAGING
!
interface GigabitEthernet1/0/48
 description uplink-fw
 switchport mode trunk
!
snmp-server community <<s>> RW 99
snmp-server location Server closet, Hillcrest Animal Hospital
snmp-server contact it@hillcrestanimalhospital.com
access-list 99 permit 10.20.10.5
!
end
""", s="hcah" + rand_pw(10))

add("blind-cn/json/unifi", "it/network/unifi-backup-job.json",
    "UniFi Network API (unofficial) login payload; JSON config for a backup script",
    r"""
{
  "controller": "https://10.20.10.2:8443",
  "site": "default",
  "username": "backup-bot",
  "password": "<<s>>",
  "verifySsl": false,
  "backupDir": "/srv/backups/unifi",
  "keepDays": 30
}
""", s=human_pw())

add("blind-cn/yaml/ansible-password", "it/ansible/host_vars/fw01.yml",
    "Ansible docs: host_vars; pfsensible.core modules (pfsense_user, pfsense_openvpn_server)",
    r"""
---
ansible_host: 10.20.10.1
ansible_user: admin
ansible_password: <<s>>
ansible_python_interpreter: /usr/local/bin/python3.11

pfsense_hostname: fw01
pfsense_domain: clinic.lan
pfsense_dns_servers: [1.1.1.2, 1.0.0.2]
pfsense_openvpn_port: 1194
""", s=human_pw())

# ---------------------------------------------------------------- clinic IT: printers, scanners, Windows

add("blind-cn/smb-conf/scan-password", "it/printers/scan-share.conf",
    "Samba smb.conf(5); Ricoh/Brother scan-to-folder setup notes in a comment",
    r"""
[global]
   workgroup = CLINIC
   server string = Scan inbox
   security = user
   map to guest = never
   ntlm auth = ntlmv2-only

[scans]
   path = /srv/scans
   valid users = scanuser
   read only = no
   create mask = 0660
# Copiers in exam rooms 1-4 log in as scanuser / <<s>>
# (set in each copier's address book -> Folder -> Authentication)
""", s=human_pw())

add("blind-cn/python/zebra-printer", "labels/print_labels.py",
    "Zebra Link-OS docs: HTTP admin access; ZPL ^XA..^XZ label format",
    r'''
"""Prints kennel and pharmacy labels on the Zebra ZD421 at the pharmacy counter."""
import socket
import requests

PRINTER = "10.20.10.41"
ADMIN_PASSWORD = "<<s>>"


def set_darkness(level: int) -> None:
    requests.post(f"http://{PRINTER}/settings", data={"darkness": level}, auth=("admin", ADMIN_PASSWORD), timeout=5)


def print_label(pet: str, drug: str, sig: str) -> None:
    zpl = f"^XA^CF0,30^FO20,20^FD{pet}^FS^FO20,60^FD{drug}^FS^FO20,100^FD{sig}^FS^XZ"
    with socket.create_connection((PRINTER, 9100), timeout=5) as s:
        s.sendall(zpl.encode())
''', s=human_pw())

add("blind-cn/xml/windows-autologon", "it/imaging/unattend-xray-ws.xml",
    "Microsoft docs: Unattend.xml Microsoft-Windows-Shell-Setup AutoLogon Password (PlainText=true)",
    r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <AutoLogon>
        <Enabled>true</Enabled>
        <Username>xray</Username>
        <Password>
          <Value><<s>></Value>
          <PlainText>true</PlainText>
        </Password>
        <LogonCount>9999</LogonCount>
      </AutoLogon>
      <TimeZone>Central Standard Time</TimeZone>
    </component>
  </settings>
</unattend>
""", s=human_pw())

add("blind-cn/powershell/local-admin", "it/scripts/New-ExamRoomPC.ps1",
    "Microsoft docs: New-LocalUser -Password (SecureString from ConvertTo-SecureString -AsPlainText)",
    r"""
param([Parameter(Mandatory)] [string] $Room)

Rename-Computer -NewName "EXAM-$Room" -Force
$pw = ConvertTo-SecureString "<<s>>" -AsPlainText -Force
New-LocalUser -Name 'clinicadmin' -Password $pw -PasswordNeverExpires -Description 'Local admin for exam-room PCs'
Add-LocalGroupMember -Group 'Administrators' -Member 'clinicadmin'

winget install --id Google.Chrome -e --silent
winget install --id Adobe.Acrobat.Reader.64-bit -e --silent
Write-Host "EXAM-$Room ready - reboot to finish."
""", s=human_pw())

add("blind-cn/xml/filezilla-password", "it/filezilla/sitemanager.xml",
    "FileZilla wiki: sitemanager.xml, <Pass encoding=\"base64\">",
    r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Server>
      <Host>sftp.idexx.com</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <Type>0</Type>
      <User>northgate_ph_<<acct>></User>
      <Pass encoding="base64"><<b>></Pass>
      <Logontype>1</Logontype>
      <Name>IDEXX results</Name>
      <RemoteDir>1 0 8 outbound</RemoteDir>
    </Server>
  </Servers>
</FileZilla3>
""", secret=(_fz := human_pw()), b=b64(_fz), acct=digits(5))

add("blind-cn/ini/ldap-bind", "it/ldap/sssd.conf",
    "sssd-ldap(5): ldap_default_bind_dn and ldap_default_authtok",
    r"""
[sssd]
services = nss, pam
domains = clinic.lan

[domain/clinic.lan]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc01.clinic.lan
ldap_search_base = dc=clinic,dc=lan
ldap_default_bind_dn = CN=svc-linux-bind,OU=Service Accounts,DC=clinic,DC=lan
ldap_default_authtok_type = password
ldap_default_authtok = <<s>>
ldap_tls_reqcert = demand
cache_credentials = true
""", s=rand_pw(18, "!#"))


_ssh = pem("OPENSSH")
add("blind-cn/yaml/ssh-private-key", "it/ansible/group_vars/backup_hosts.yml",
    "Ansible docs: group_vars; OpenSSH private key in a YAML block scalar",
    r"""
---
backup_user: borg
backup_repo_host: nas02.clinic.lan
backup_ssh_private_key: |
  <<k>>
backup_paths:
  - /srv/pacs
  - /srv/shares
""", secret=_ssh, k=_ssh.replace("\n", "\n  "))

add("blind-cn/ini/cloudflare-token", "it/certbot/cloudflare.ini",
    "certbot-dns-cloudflare docs: credentials INI (dns_cloudflare_api_token)",
    r"""
# Cloudflare API token for DNS-01 challenges (Zone:DNS:Edit on lakeviewvet.com only)
# Used by: certbot certonly --dns-cloudflare --dns-cloudflare-credentials /etc/letsencrypt/cloudflare.ini
# Renewals: /etc/cron.d/certbot, reload hook restarts nginx and the Orthanc proxy
dns_cloudflare_api_token = <<s>>
dns_cloudflare_propagation_seconds = 30
""", s=cloudflare_token())

add("blind-cn/dotenv/digitalocean", "it/droplet/.env",
    "DigitalOcean docs: personal access tokens (dop_v1_); doctl auth",
    r"""
# droplet that runs the booking site and uptime monitor
DIGITALOCEAN_ACCESS_TOKEN=<<s>>
DO_REGION=nyc3
DO_SIZE=s-1vcpu-2gb
DOMAIN=book.meadowlarkvet.com
""", s=dop_token())

add("blind-cn/yaml/azure-sp", "it/intune/export-devices.yml",
    "Microsoft identity platform docs: client credentials (tenant_id, client_id, client_secret)",
    r"""
# Nightly Intune device export for the clinic asset register
graph:
  tenant_id: <<t>>
  client_id: <<c>>
  client_secret: <<s>>
  scopes: ["https://graph.microsoft.com/.default"]
export:
  path: /srv/reports/intune/devices.csv
  fields: [deviceName, serialNumber, operatingSystem, lastSyncDateTime, userPrincipalName]
""", s=azure_secret(), t=uuid_s(), c=uuid_s())

# ---------------------------------------------------------------- build, CI and deployment

add("blind-cn/npmrc/github-packages", "apps/booking-widget/.npmrc",
    "GitHub docs: Working with the npm registry (//npm.pkg.github.com/:_authToken)",
    r"""
@riverbend-vet:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=<<s>>
always-auth=true
engine-strict=true
save-exact=true
""", s=fakes.github_token(_seed()))

add("blind-cn/dockerfile/datadog", "it/monitoring/Dockerfile",
    "Datadog docs: Docker Agent (DD_API_KEY, DD_SITE); Dockerfile reference ENV",
    r"""
FROM gcr.io/datadoghq/agent:7
ENV DD_API_KEY=<<s>> \
    DD_SITE=datadoghq.com \
    DD_HOSTNAME=pims-srv01 \
    DD_LOGS_ENABLED=true \
    DD_PROCESS_AGENT_ENABLED=true
COPY conf.d/sqlserver.d/conf.yaml /etc/datadog-agent/conf.d/sqlserver.d/conf.yaml
COPY conf.d/win32_event_log.d/conf.yaml /etc/datadog-agent/conf.d/win32_event_log.d/conf.yaml
""", s=hexs(32))

add("blind-cn/gitlab-ci/gitlab-token", ".gitlab-ci.yml",
    "GitLab docs: .gitlab-ci.yml keywords; personal access tokens (glpat-)",
    r"""
stages: [test, package, release]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

release-notes:
  stage: release
  image: curlimages/curl:8.8.0
  script:
    - >
      curl --fail --request POST --header "PRIVATE-TOKEN: <<s>>"
      --data "name=$CI_COMMIT_TAG&tag_name=$CI_COMMIT_TAG&description=PIMS bridge release"
      "https://gitlab.com/api/v4/projects/$CI_PROJECT_ID/releases"
  rules:
    - if: $CI_COMMIT_TAG
""", s=fakes.fake("glpat-", 20, _seed()))

add("blind-cn/vscode/sqltools", ".vscode/settings.json",
    "SQLTools VS Code extension docs: sqltools.connections (password field)",
    r"""
{
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": ".venv/bin/python",
  "sqltools.connections": [
    {
      "name": "Cornerstone replica (RO)",
      "driver": "MSSQL",
      "server": "10.20.1.11",
      "port": 1433,
      "database": "Cornerstone",
      "username": "report_ro",
      "password": "<<s>>",
      "mssqlOptions": { "encrypt": false }
    }
  ]
}
""", s=human_pw())

add("blind-cn/pip-conf/index-password", "deploy/pip.conf",
    "pip docs: Configuration (index-url with credentials in the URL)",
    r"""
[global]
timeout = 60
index-url = https://pypi.org/simple
extra-index-url = https://deploy:<<s>>@pkgs.northgatepet.com/simple/
trusted-host = pkgs.northgatepet.com

[install]
no-warn-script-location = true
""", s=rand_pw(20))

add("blind-cn/apache/setenv", "deploy/apache/booking.conf",
    "Apache HTTP Server docs: mod_env SetEnv inside a VirtualHost",
    r"""
<VirtualHost *:443>
    ServerName book.cedarvalevet.com
    DocumentRoot /var/www/booking/public

    SSLEngine on
    SSLCertificateFile /etc/letsencrypt/live/book.cedarvalevet.com/fullchain.pem
    SSLCertificateKeyFile /etc/letsencrypt/live/book.cedarvalevet.com/privkey.pem

    SetEnv BOOKING_DB_USER booking
    SetEnv BOOKING_DB_PASS "<<s>>"
    SetEnv BOOKING_SMS_PROVIDER twilio

    <Directory /var/www/booking/public>
        AllowOverride All
        Require all granted
    </Directory>
</VirtualHost>
""", s=human_pw())

add("blind-cn/helm/postgresql", "deploy/helm/petportal/values-prod.yaml",
    "Bitnami PostgreSQL Helm chart: auth.password / auth.postgresPassword values",
    r"""
postgresql:
  enabled: true
  auth:
    username: petportal
    password: "<<s>>"
    database: petportal
  primary:
    persistence:
      size: 20Gi
web:
  replicas: 2
  image: ghcr.io/oakridge-vet/petportal:3.8.0
  env:
    RAILS_LOG_TO_STDOUT: "1"
""", s=rand_pw(20))

add("blind-cn/gradle-properties/android-keystore", "apps/mypet-android/gradle.properties",
    "React Native docs: Publishing to Google Play (MYAPP_UPLOAD_STORE_PASSWORD in gradle.properties)",
    r"""
org.gradle.jvmargs=-Xmx2048m -XX:MaxMetaspaceSize=512m
android.useAndroidX=true
newArchEnabled=false
hermesEnabled=true

MYAPP_UPLOAD_STORE_FILE=mypet-upload.keystore
MYAPP_UPLOAD_KEY_ALIAS=mypet-upload
MYAPP_UPLOAD_STORE_PASSWORD=<<s>>
MYAPP_UPLOAD_KEY_PASSWORD=<<s>>
""", s=human_pw())

add("blind-cn/notebook/ezyvet", "analytics/notebooks/ezyvet_revenue.ipynb",
    "Jupyter nbformat v4; ezyVet API v2 OAuth token request",
    r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests, pandas as pd\n",
    "tok = requests.post('https://api.ezyvet.com/v2/oauth/access_token', data={\n",
    "    'partner_id': 'p<<pid>>', 'client_id': '<<cid>>',\n",
    "    'client_secret': '<<s>>',\n",
    "    'grant_type': 'client_credentials', 'scope': 'read-invoice,read-invoiceline'}).json()['access_token']"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "inv = requests.get('https://api.ezyvet.com/v2/invoice', headers={'Authorization': f'Bearer {tok}'}).json()\n",
    "pd.json_normalize(inv['items']).head()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", s=mixed(40), pid=digits(8), cid=hexs(32))

# The key is JSON-escaped on one line; the planted secret is its first body line, which any
# report of the key (escaped or decoded) holds.
add("blind-cn/json/gcp-service-account", "it/sheets/staff-rota-sa.json",
    "Google Cloud docs: service account key file (type, private_key, client_email)",
    r"""
{
  "type": "service_account",
  "project_id": "pinecrest-vet-rota",
  "private_key_id": "<<kid>>",
  "private_key": "<<k>>",
  "client_email": "rota-sync@pinecrest-vet-rota.iam.gserviceaccount.com",
  "client_id": "<<cid>>",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "universe_domain": "googleapis.com"
}
""", secret=(_gk := fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")).splitlines()[1],
    k=_gk.replace("\n", "\\n") + "\\n", kid=hexs(40), cid=digits(21))

add("blind-cn/python/zendesk", "support/zendesk_macros.py",
    "Zendesk docs: API token authentication ({email}/token:{api_token})",
    r'''
"""Create the after-hours triage macros in the clinic's Zendesk."""
import requests

SUBDOMAIN = "lakeviewvet"
AUTH = ("it@lakeviewvet.com/token", "<<s>>")

MACROS = [
    {"title": "Triage: toxin ingestion", "actions": [{"field": "priority", "value": "urgent"}]},
    {"title": "Triage: refill request", "actions": [{"field": "group_id", "value": 3602}]},
]

for macro in MACROS:
    r = requests.post(f"https://{SUBDOMAIN}.zendesk.com/api/v2/macros", json={"macro": macro}, auth=AUTH, timeout=20)
    print(macro["title"], r.status_code)
''', s=mixed(40))

add("blind-cn/systemd/mirth-env", "deploy/systemd/pims-bridge.service",
    "systemd.exec docs: Environment= assignments in a service unit",
    r"""
[Unit]
Description=PIMS bridge (lab results -> Cornerstone)
After=network-online.target mirth.service

[Service]
User=pimsbridge
WorkingDirectory=/opt/pims-bridge
Environment="BRIDGE_SQL=Server=10.20.1.10;Database=Cornerstone;User Id=bridge;Password=<<s>>;"
Environment=BRIDGE_POLL=60
ExecStart=/opt/pims-bridge/PimsBridge
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", s=human_pw())

add("blind-cn/k8s-secret/idexx", "k8s/labs/idexx-secret.yaml",
    "Kubernetes docs: Secret stringData (plain values written by the API server as data)",
    r"""
apiVersion: v1
kind: Secret
metadata:
  name: idexx-vcp
  namespace: labs
type: Opaque
stringData:
  VCP_USER: oakridge_pims
  VCP_PASSWORD: "<<s>>"
  PIMS_ID: "<<pims>>"
""", s=human_pw(), pims=uuid_s())

add("blind-cn/k8s-secret/docker-registry", "k8s/base/regcred.yaml",
    "Kubernetes docs: Pull an image from a private registry (kubernetes.io/dockerconfigjson)",
    r"""
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: vetportal
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: <<d>>
""", secret=(_rt := fakes.github_token(_seed())),
    d=b64(json.dumps({"auths": {"ghcr.io": {"username": "riverbend-ci", "password": _rt,
                                            "auth": b64("riverbend-ci:" + _rt)}}})))

# ---------------------------------------------------------------- decoys: secret stores and templates

add("blind-cn/yaml/decoy-ansible-vault", "it/ansible/group_vars/all/vault.yml",
    "Ansible docs: Encrypting content with Ansible Vault ($ANSIBLE_VAULT;1.1;AES256)",
    r"""
<<v>>
""", v=vault_blob())

add("blind-cn/yaml/decoy-vault-variables", "it/ansible/group_vars/all/main.yml",
    "Ansible docs: Using encrypted variables (vault_ prefixed indirection)",
    r"""
---
clinic_domain: clinic.lan
ntp_servers: [time.cloudflare.com, pool.ntp.org]
smtp_relay_user: alerts@oakridgevet.com
smtp_relay_password: "{{ vault_smtp_relay_password }}"
restic_password: "{{ vault_restic_password }}"
b2_account_key: "{{ vault_b2_account_key }}"
wg_private_key: "{{ vault_wg_private_key }}"
unifi_admin_password: "{{ lookup('community.general.onepassword', 'UniFi controller', field='password') }}"
""")

add("blind-cn/yaml/decoy-inline-vault", "it/ansible/host_vars/pacs01.yml",
    "Ansible docs: single encrypted variable (!vault | $ANSIBLE_VAULT;1.2;AES256;<vault-id>)",
    r"""
---
orthanc_http_port: 8042
orthanc_aet: RBPACS
orthanc_admin_password: !vault |
  $ANSIBLE_VAULT;1.2;AES256;prod
  <<l1>>
  <<l2>>
  <<l3>>
orthanc_storage_dir: /srv/pacs/storage
""", l1=hexs(80), l2=hexs(80), l3=hexs(42))

add("blind-cn/k8s/decoy-sealed-secret", "k8s/labs/idexx-sealedsecret.yaml",
    "Bitnami Sealed Secrets docs: SealedSecret encryptedData",
    r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: idexx-vcp
  namespace: labs
spec:
  encryptedData:
    VCP_PASSWORD: <<e1>>
    PIMS_ID: <<e2>>
  template:
    metadata:
      name: idexx-vcp
      namespace: labs
    type: Opaque
""", e1="AgB" + b64bytes(300), e2="AgA" + b64bytes(300))

add("blind-cn/k8s/decoy-external-secret", "k8s/labs/antech-externalsecret.yaml",
    "External Secrets Operator docs: ExternalSecret (remoteRef key/property)",
    r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: antech-api
  namespace: labs
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: antech-api
  data:
    - secretKey: client-secret
      remoteRef:
        key: labs/antech
        property: client_secret
""")

add("blind-cn/hcl/decoy-vault-template", "deploy/nomad/reminders.nomad.hcl",
    "Nomad docs: template stanza with Vault secrets ({{ with secret \"...\" }})",
    r"""
job "reminders" {
  datacenters = ["clinic"]
  group "worker" {
    task "worker" {
      driver = "docker"
      config {
        image = "registry.clinic.lan/reminders:2.7.0"
      }
      vault {
        policies = ["reminders"]
      }
      template {
        destination = "secrets/app.env"
        env         = true
        data        = <<EOH
{{ with secret "kv/data/reminders/twilio" }}TWILIO_AUTH_TOKEN={{ .Data.data.auth_token }}{{ end }}
{{ with secret "kv/data/reminders/sendgrid" }}SENDGRID_API_KEY={{ .Data.data.api_key }}{{ end }}
EOH
      }
    }
  }
}
""")

add("blind-cn/json/decoy-ecs-secrets", "infra/ecs/reminders-task.json",
    "Amazon ECS docs: Specifying sensitive data (secrets valueFrom ARN)",
    r"""
{
  "family": "reminders",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "256",
  "memory": "512",
  "containerDefinitions": [
    {
      "name": "worker",
      "image": "<<acct>>.dkr.ecr.us-east-2.amazonaws.com/reminders:2.7.0",
      "secrets": [
        { "name": "TWILIO_AUTH_TOKEN", "valueFrom": "arn:aws:secretsmanager:us-east-2:<<acct>>:secret:reminders/twilio-AbC12x:auth_token::" },
        { "name": "SENDGRID_API_KEY", "valueFrom": "arn:aws:ssm:us-east-2:<<acct>>:parameter/reminders/sendgrid_api_key" }
      ],
      "environment": [ { "name": "CLINIC_TZ", "value": "America/Chicago" } ]
    }
  ]
}
""", acct=digits(12))

add("blind-cn/dotenv/decoy-1password-refs", "apps/soap-notes/.env.tpl",
    "1Password CLI docs: secret references (op://vault/item/field) with op inject / op run",
    r"""
# op run --env-file=.env.tpl -- npm start
OPENAI_API_KEY=op://Clinic-IT/OpenAI soap-notes/credential
OPENAI_MODEL=gpt-4o-mini
DATABASE_URL=op://Clinic-IT/soap-notes-db/connection string
SENTRY_AUTH_TOKEN=op://Clinic-IT/Sentry/token
PHI_REDACTION=on
""")

add("blind-cn/yaml/decoy-kms-ciphertext", "services/lab-poller/serverless.yml",
    "Serverless Framework docs: environment; AWS KMS encrypted environment variables (ciphertext blob)",
    r"""
service: lab-poller
provider:
  name: aws
  runtime: python3.12
  region: us-east-2
  kmsKeyArn: arn:aws:kms:us-east-2:<<acct>>:key/<<kid>>
  environment:
    # KMS ciphertext, decrypted at cold start with kms.decrypt
    ANTECH_CLIENT_SECRET_ENC: <<c1>>
    ZOETIS_API_KEY_ENC: <<c2>>
functions:
  poll:
    handler: handler.poll
    events:
      - schedule: rate(10 minutes)
""", acct=digits(12), kid=uuid_s(), c1="AQICAHh" + b64bytes(180), c2="AQICAHh" + b64bytes(150))

add("blind-cn/hcl/decoy-sensitive-variable", "infra/pharmacy/variables.tf",
    "Terraform docs: input variables (sensitive = true, no default)",
    r"""
variable "covetrus_client_secret" {
  description = "Covetrus Rx API client secret (set via TF_VAR_covetrus_client_secret in CI)"
  type        = string
  sensitive   = true
}

variable "vetsource_api_key" {
  type      = string
  sensitive = true
}

variable "clinic_name" {
  type    = string
  default = "Riverbend Veterinary"
}
""")

add("blind-cn/helm/decoy-existing-secret", "deploy/helm/petportal/values-staging.yaml",
    "Bitnami PostgreSQL Helm chart: auth.existingSecret and secretKeys",
    r"""
postgresql:
  enabled: true
  auth:
    username: petportal
    database: petportal
    existingSecret: petportal-db
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password
web:
  replicas: 1
  image: ghcr.io/oakridge-vet/petportal:3.9.0-rc1
  envFrom:
    - secretRef:
        name: petportal-env
""")

add("blind-cn/systemd/decoy-load-credential", "deploy/systemd/reminders.service",
    "systemd.exec docs: LoadCredential= and EnvironmentFile=",
    r"""
[Unit]
Description=Reminder sender (SMS + email)
After=network-online.target

[Service]
User=reminders
EnvironmentFile=/etc/reminders/reminders.env
LoadCredential=twilio_token:/etc/credstore/twilio_token
LoadCredential=sendgrid_key:/etc/credstore/sendgrid_key
ExecStart=/opt/reminders/.venv/bin/python -m reminders.worker --token-file ${CREDENTIALS_DIRECTORY}/twilio_token
Restart=on-failure

[Install]
WantedBy=multi-user.target
""")

add("blind-cn/crontab/decoy-password-file", "it/backup/crontab.backup",
    "crontab(5); restic docs: --password-file / RESTIC_PASSWORD_FILE",
    r"""
# restic jobs on backup01 - passwords live in /etc/restic (root 0600), never here
MAILTO=it@riverbendvet.com
RESTIC_PASSWORD_FILE=/etc/restic/password
RESTIC_REPOSITORY_FILE=/etc/restic/repository

0 1 * * * /usr/local/bin/restic backup /srv/shares --tag nightly >> /var/log/restic.log 2>&1
30 4 * * 0 /usr/local/bin/restic forget --keep-daily 14 --keep-weekly 8 --prune >> /var/log/restic.log 2>&1
0 6 1 * * /usr/local/bin/restic check --read-data-subset=5% >> /var/log/restic.log 2>&1
""")

add("blind-cn/dockerfile/decoy-build-secret", "apps/booking-widget/Dockerfile",
    "Docker docs: Build secrets (RUN --mount=type=secret,id=npmrc)",
    r"""
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 80
""")

add("blind-cn/npmrc/decoy-env-token", "packages/vet-ui/.npmrc",
    "npm docs: .npmrc, environment variable substitution ${NPM_TOKEN}",
    r"""
@riverbend-vet:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
engine-strict=true
save-exact=true
""")

add("blind-cn/gitlab-ci/decoy-ci-variables", "it/ci/.gitlab-ci.yml",
    "GitLab docs: CI/CD variables (masked, protected) and CI_JOB_TOKEN",
    r"""
stages: [deploy]

deploy-configs:
  stage: deploy
  image: alpine:3.20
  before_script:
    - apk add --no-cache openssh-client rsync
    - eval $(ssh-agent -s)
    - echo "$DEPLOY_SSH_KEY" | tr -d '\r' | ssh-add -
  script:
    - rsync -av configs/ deploy@fw01.clinic.lan:/etc/clinic/
    - 'curl --header "JOB-TOKEN: $CI_JOB_TOKEN" --upload-file configs.tar.gz "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages/generic/configs/$CI_COMMIT_SHORT_SHA/configs.tar.gz"'
  only: [main]
""")

add("blind-cn/vscode/decoy-env-file", ".vscode/launch.json",
    "VS Code docs: launch.json attributes (envFile, env with ${env:VAR})",
    r"""
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "Reminders worker",
      "type": "debugpy",
      "request": "launch",
      "module": "reminders.worker",
      "envFile": "${workspaceFolder}/.env",
      "env": {
        "TWILIO_AUTH_TOKEN": "${env:TWILIO_AUTH_TOKEN}",
        "DRY_RUN": "1"
      }
    }
  ]
}
""")

add("blind-cn/postman/decoy-environment", "insurance/postman/claims.postman_environment.json",
    "Postman docs: environments export (values left empty; {{variable}} references)",
    r"""
{
  "id": "<<id>>",
  "name": "Claims - production (fill locally)",
  "values": [
    { "key": "baseUrl", "value": "https://api.trupanion.com/express/v2", "type": "default", "enabled": true },
    { "key": "subscriptionKey", "value": "", "type": "secret", "enabled": true },
    { "key": "hospitalId", "value": "<<hid>>", "type": "default", "enabled": true },
    { "key": "authHeader", "value": "Ocp-Apim-Subscription-Key: {{subscriptionKey}}", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
""", id=uuid_s(), hid=digits(6))

add("blind-cn/wireguard/decoy-jinja-template", "it/ansible/roles/wireguard/templates/wg0.conf.j2",
    "wg-quick(8) config rendered by an Ansible Jinja2 template",
    r"""
[Interface]
Address = {{ wg_address }}
ListenPort = 51820
PrivateKey = {{ wg_private_key }}

{% for peer in wg_peers %}
[Peer]
# {{ peer.name }}
PublicKey = {{ peer.public_key }}
{% if peer.psk is defined %}PresharedKey = {{ peer.psk }}{% endif %}
AllowedIPs = {{ peer.allowed_ips | join(', ') }}
{% endfor %}
""")

add("blind-cn/yaml/decoy-wireguard-public-keys", "it/ansible/group_vars/vpn.yml",
    "WireGuard docs: public keys identify peers and are shared openly",
    r"""
---
wg_address: 10.99.0.1/24
wg_peers:
  - name: oakridge-east
    public_key: <<p1>>
    allowed_ips: [10.21.0.0/16]
  - name: dr-patel-laptop
    public_key: <<p2>>
    allowed_ips: [10.99.0.12/32]
  - name: it-contractor
    public_key: <<p3>>
    allowed_ips: [10.99.0.20/32]
""", p1=wg_key(), p2=wg_key(), p3=wg_key())

add("blind-cn/hostapd/decoy-template", "it/wifi/hostapd-guest.conf.tmpl",
    "hostapd.conf documentation; envsubst-style template",
    r"""
interface=wlan1
driver=nl80211
ssid=Pinecrest-Guest
hw_mode=a
channel=36
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
# filled from the monthly guest code by rotate-guest-wifi.sh
wpa_passphrase=${GUEST_WIFI_PASSPHRASE}
ap_isolate=1
""")

add("blind-cn/routeros/decoy-hidden-sensitive", "it/network/router-main.rsc",
    "MikroTik RouterOS manual: /export (sensitive values hidden unless show-sensitive)",
    r"""
# 2024-02-10 by RouterOS 7.13.4
# software id = 7K2D-QX41
# model = RB5009UG+S+
/interface wireguard
add listen-port=51820 mtu=1420 name=wg-staff
/interface wireguard peers
add allowed-address=10.99.0.12/32 interface=wg-staff public-key="<<p>>"
/ip ipsec identity
add peer=to-east
/user
add group=full name=it-admin
""", p=wg_key())

add("blind-cn/cisco-ios/decoy-hashed-secret", "it/network/access-sw2.cfg",
    "Cisco IOS docs: enable secret 9 (scrypt hash); snmp-server community public RO (documented default)",
    r"""
hostname CLINIC-ACCESS-SW2
!
enable secret 9 $9$<<salt>>$<<h>>
username itadmin privilege 15 secret 9 $9$<<salt2>>$<<h2>>
!
snmp-server community public RO 98
access-list 98 permit 10.20.10.0 0.0.0.255
!
ip ssh version 2
line vty 0 4
 login local
 transport input ssh
!
end
""", salt=rand_pw(14, "./"), h=rand_pw(43, "./"), salt2=rand_pw(14, "./"), h2=rand_pw(43, "./"))

add("blind-cn/authorized-keys/decoy-public-keys", "it/ansible/files/authorized_keys",
    "OpenSSH sshd(8): AUTHORIZED_KEYS file format (public keys)",
    r"""
# it staff and the backup host - public keys only
<<k1>>
<<k2>>
<<k3>>
from="10.20.10.5",command="/usr/local/bin/rrsync -ro /srv/pacs" <<k4>>
""", k1=ssh_pub("sam@it-laptop"), k2=ssh_pub("contractor@brightpath-it"), k3=ssh_pub("ansible@mgmt01"),
    k4=ssh_pub("borg@nas02"))

add("blind-cn/pem/decoy-certificate", "deploy/nginx/certs/portal-chain.pem",
    "RFC 7468: textual encoding of X.509 certificates (BEGIN CERTIFICATE)",
    r"""
# portal.oakridgevet.com - intermediate chain served by nginx (public)
<<c1>>
<<c2>>
""", c1=cert_pem(), c2=cert_pem())

add("blind-cn/pgp/decoy-public-key", "docs/security/lab-results-pgp.asc",
    "RFC 4880 / 9580: ASCII-armored OpenPGP public key block",
    r"""
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: records@cedarvalevet.com - encrypt lab result exports to this key

mQINBGXk<<a>>
<<b>>
<<c>>
=<<crc>>
-----END PGP PUBLIC KEY BLOCK-----
""", a=rand_pw(60, "+/"), b=rand_pw(64, "+/"), c=rand_pw(40, "+/"), crc=rand_pw(4, "+/"))

# ---------------------------------------------------------------- decoys: digests, ids and fixtures

add("blind-cn/checksums/decoy-sha256sums", "it/installers/SHA256SUMS",
    "GNU coreutils sha256sum output format",
    r"""
<<h1>>  CornerstoneUpdate_9.6.12.exe
<<h2>>  IDEXX_VetLab_Station_Update_2024Q2.exe
<<h3>>  AntechLabConnect_Setup_6.3.msi
<<h4>>  OrthancInstaller-Win64-24.6.2.exe
<<h5>>  restic_0.16.4_windows_amd64.zip
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

add("blind-cn/requirements/decoy-hashes", "reminders/requirements.txt",
    "pip docs: Secure installs, hash-checking mode (--hash=sha256:...)",
    r"""
# pip-compile --generate-hashes requirements.in
twilio==9.2.3 \
    --hash=sha256:<<h1>>
sendgrid==6.11.0 \
    --hash=sha256:<<h2>>
requests==2.32.3 \
    --hash=sha256:<<h3>> \
    --hash=sha256:<<h4>>
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("blind-cn/json/decoy-lockfile-integrity", "apps/booking-widget/package-lock.json",
    "npm docs: package-lock.json (resolved, integrity sha512)",
    r"""
{
  "name": "booking-widget",
  "version": "1.8.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "4.1.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.1.0.tgz",
      "integrity": "sha512-<<i1>>"
    },
    "node_modules/dayjs": {
      "version": "1.11.11",
      "resolved": "https://registry.npmjs.org/dayjs/-/dayjs-1.11.11.tgz",
      "integrity": "sha512-<<i2>>"
    }
  }
}
""", i1=b64bytes(64), i2=b64bytes(64))

add("blind-cn/lfs/decoy-pointer", "pacs/tests/fixtures/thorax_lateral.dcm",
    "Git LFS spec: pointer file (version, oid sha256, size)",
    r"""
version https://git-lfs.github.com/spec/v1
oid sha256:<<h>>
size 5242880
ext-0-dicom-anonymised true
ext-1-source DR room 1
""", h=hexs(64))

add("blind-cn/json/decoy-record-ids", "booking/tests/fixtures/appointments.json",
    "Vetspire / ezyVet appointment exports: UUID and numeric record identifiers",
    r"""
[
  {"id": "<<u1>>", "patientId": "<<u2>>", "start": "2024-06-03T09:00:00-05:00", "type": "Wellness", "room": "Exam 2"},
  {"id": "<<u3>>", "patientId": "<<u4>>", "start": "2024-06-03T09:20:00-05:00", "type": "Vaccines", "room": "Exam 1"},
  {"id": "<<u5>>", "patientId": "<<u6>>", "start": "2024-06-03T10:00:00-05:00", "type": "Dental", "room": "Surgery"},
  {"id": "<<u7>>", "patientId": "<<u8>>", "start": "2024-06-03T11:40:00-05:00", "type": "Recheck", "room": "Exam 3"},
  {"id": "<<u9>>", "patientId": "<<u10>>", "start": "2024-06-03T14:00:00-05:00", "type": "Euthanasia consult", "room": "Comfort room"}
]
""", **{f"u{i}": uuid_s() for i in range(1, 11)})

add("blind-cn/ics/decoy-calendar", "booking/tests/fixtures/appointment.ics",
    "RFC 5545 iCalendar: VEVENT with UID",
    r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Brookside Veterinary//Booking 1.8//EN
BEGIN:VEVENT
UID:<<u>>@book.brooksidevet.com
DTSTAMP:20240601T120000Z
DTSTART:20240603T140000Z
DTEND:20240603T142000Z
SUMMARY:Pepper - annual wellness exam
LOCATION:Brookside Veterinary Clinic, 12 Mill Rd
END:VEVENT
END:VCALENDAR
""", u=uuid_s())

add("blind-cn/ini/decoy-dicom-worklist", "pacs/worklist/modalities.ini",
    "DICOM PS3.8: Application Entity titles, hosts and ports (public addressing, no credentials)",
    r"""
; Modality worklist (MWL) peers - AE titles are addresses, not passwords
[SOUNDDR1]
host = 10.30.0.51
port = 104
role = SCU
[VETUS01]
host = 10.30.0.52
port = 104
role = SCU
[RBPACS]
host = 10.30.0.10
port = 4242
role = SCP
""")

add("blind-cn/javascript/decoy-sentry-dsn", "apps/booking-widget/src/sentry.js",
    "Sentry docs: DSN Explainer (the DSN is safe to keep public; it only allows event submission)",
    r"""
import * as Sentry from "@sentry/browser";

Sentry.init({
  dsn: "https://<<k>>@o<<org>>.ingest.us.sentry.io/<<proj>>",
  release: "booking-widget@1.8.0",
  environment: "production",
  tracesSampleRate: 0.1,
  beforeSend(event) {
    // never send pet-owner PII
    if (event.user) delete event.user.email;
    return event;
  },
});
""", k=hexs(32), org=digits(6), proj=digits(7))

add("blind-cn/appsettings/decoy-cert-thumbprint", "src/Clinic.Notifications/appsettings.json",
    "Microsoft identity platform: certificate credentials by thumbprint; Azure AD client/tenant ids",
    r"""
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "<<t>>",
    "ClientId": "<<c>>",
    "ClientCertificates": [
      { "SourceType": "StoreWithThumbprint", "CertificateStorePath": "CurrentUser/My", "CertificateThumbprint": "<<th>>" }
    ]
  },
  "SendGrid": { "ApiKey": "" },
  "Notifications": { "From": "reminders@pinecrestvet.com" }
}
""", t=uuid_s(), c=uuid_s(), th=hexs(40, True))

add("blind-cn/csproj/decoy-user-secrets-id", "src/Oakridge.PimsBridge/Oakridge.PimsBridge.csproj",
    "Microsoft docs: Safe storage of app secrets in development (UserSecretsId)",
    r"""
<Project Sdk="Microsoft.NET.Sdk.Worker">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <UserSecretsId>dotnet-Oakridge.PimsBridge-<<u>></UserSecretsId>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.Data.SqlClient" Version="5.2.1" />
    <PackageReference Include="Microsoft.Extensions.Hosting" Version="8.0.0" />
  </ItemGroup>
</Project>
""", u=uuid_s())

add("blind-cn/csharp/decoy-configuration", "src/Clinic.Notifications/SmsSender.cs",
    "ASP.NET Core docs: Options pattern, IConfiguration[\"Section:Key\"]",
    r"""
using Microsoft.Extensions.Configuration;
using Twilio;
using Twilio.Rest.Api.V2010.Account;

namespace Clinic.Notifications
{
    public class SmsSender
    {
        private readonly string _from;

        public SmsSender(IConfiguration config)
        {
            TwilioClient.Init(config["Twilio:AccountSid"], config["Twilio:AuthToken"]);
            _from = config["Twilio:From"] ?? "+15125550142";
        }

        public MessageResource Send(string to, string body) =>
            MessageResource.Create(to: new Twilio.Types.PhoneNumber(to), from: new Twilio.Types.PhoneNumber(_from), body: body);
    }
}
""")

add("blind-cn/go/decoy-getenv", "cmd/antech-poller/config.go",
    "Go docs: os.Getenv / os.LookupEnv",
    r"""
package main

import (
	"log"
	"os"
)

type config struct {
	ClientID     string
	ClientSecret string
	TokenURL     string
}

func loadConfig() config {
	secret, ok := os.LookupEnv("ANTECH_CLIENT_SECRET")
	if !ok || secret == "" {
		log.Fatal("ANTECH_CLIENT_SECRET is not set")
	}
	return config{ClientID: os.Getenv("ANTECH_CLIENT_ID"), ClientSecret: secret,
		TokenURL: "https://api.antechdiagnostics.com/oauth2/token"}
}
""")

add("blind-cn/php/decoy-getenv", "wp-content/plugins/clinic-booking/includes/config.php",
    "PHP manual: getenv(); WordPress wp-config constants",
    r"""
<?php
if (!defined('ABSPATH')) { exit; }

define('CB_STRIPE_SECRET', getenv('CB_STRIPE_SECRET') ?: '');
define('CB_RECAPTCHA_SECRET', getenv('CB_RECAPTCHA_SECRET') ?: '');
define('CB_TWILIO_TOKEN', getenv('CB_TWILIO_TOKEN') ?: '');
define('CB_DEPOSIT_CENTS', 2500);

if (CB_STRIPE_SECRET === '') {
    error_log('clinic-booking: CB_STRIPE_SECRET missing, deposits disabled');
}
""")

add("blind-cn/notebook/decoy-getpass", "analytics/notebooks/orthanc_storage_report.ipynb",
    "Jupyter nbformat v4; Python getpass module",
    r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, requests\n",
    "ORTHANC = 'http://10.30.0.10:8042'\n",
    "auth = ('radiology', getpass.getpass('Orthanc password: '))\n",
    "stats = requests.get(f'{ORTHANC}/statistics', auth=auth).json()\n",
    "stats['TotalDiskSizeMB'], stats['CountStudies']"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-cn/python/decoy-fake-fixture", "insurance/tests/conftest.py",
    "pytest docs: conftest fixtures, monkeypatch.setenv",
    r'''
import pytest


@pytest.fixture(autouse=True)
def carrier_env(monkeypatch):
    """Fake carrier credentials: the HTTP layer is mocked with respx, nothing leaves the machine."""
    monkeypatch.setenv("TRUPANION_SUBSCRIPTION_KEY", "fake-trupanion-key-0000")
    monkeypatch.setenv("NATIONWIDE_CLIENT_SECRET", "not-a-real-secret")
    monkeypatch.setenv("EMBRACE_API_KEY", "emb_test_placeholder")
    monkeypatch.setenv("PETSBEST_PASSWORD", "dummy-password")
    yield
''')

add("blind-cn/markdown/decoy-masked-output", "docs/runbooks/rotate-twilio.md",
    "Twilio docs: Auth token rotation (secondary token, promote)",
    r"""
# Rotating the Twilio auth token

1. Console -> Account -> API keys & tokens -> **Request a secondary token**.
2. Put the secondary token in Key Vault: `az keyvault secret set --vault-name kv-clinic --name twilio-auth-token --value "<secondary-token>"`.
3. Restart the reminder service and send a test SMS:

   ```
   $ sudo systemctl restart reminders
   $ reminders-cli config show twilio
   account_sid: AC5f****************************91
   auth_token:  ********************************
   ```
4. Promote the secondary token in the console; the old one stops working at once.
""")

add("blind-cn/toml/decoy-placeholder", "microchips/registries.example.toml",
    "TOML v1.0; example-config convention with placeholders",
    r"""
[registries.petwatch24]
endpoint = "https://partners.24petwatch.com/api/chip-registration"
username = "your-clinic-username"
password = "CHANGEME"
auto_register = false

[registries.homeagain]
api_key = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
clinic_account = "HA-000000"
""")

add("blind-cn/xml/decoy-unattend-prompt", "it/imaging/unattend-template.xml",
    "Microsoft docs: Unattend.xml AutoLogon; value injected at deployment by MDT (%ADMINPASSWORD%)",
    r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <UserAccounts>
        <AdministratorPassword>
          <Value>%ADMINPASSWORD%</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <TimeZone>Central Standard Time</TimeZone>
    </component>
  </settings>
</unattend>
""")

add("blind-cn/rclone/decoy-env-auth", "it/backup/rclone-s3.conf",
    "rclone docs: S3 env_auth = true (credentials from the environment / instance role)",
    r"""
[s3-offsite]
type = s3
provider = AWS
env_auth = true
region = us-east-2
storage_class = GLACIER_IR
server_side_encryption = aws:kms

[nas]
type = smb
host = nas01.clinic.lan
user = rclone
""")
