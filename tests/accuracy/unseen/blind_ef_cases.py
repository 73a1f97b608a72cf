"""Blind set EF: municipal fire departments and EMS.

Computer-aided dispatch interfaces, station alerting controllers, apparatus telematics and cellular
routers, radio interoperability gateways, records management and NEMSIS / NERIS reporting, paging
and notification services, hydrant inspection apps, and the decoys such teams commit beside them.
Generated fakes only (seeds 1360000-1369999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SET = "blind-ef"
SEED_LO, SEED_HI = 1_360_000, 1_369_999
_SEED = [SEED_LO]

ALNUM = string.ascii_letters + string.digits
LOWER_DIGITS = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
CRYPT = "./" + ALNUM

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 3
    assert SEED_LO <= _SEED[0] <= SEED_HI, _SEED[0]
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def add(fmt: str, kind: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase(f"{SET}/{fmt}/{kind}", file_name, text, secret, source))


def fill(text: str, **values: str) -> str:
    """The file's text with each @@NAME@@ replaced (a leading newline of the literal dropped)."""
    if text.startswith("\n"):
        text = text[1:]
    for key, value in values.items():
        marker = "@@" + key + "@@"
        assert marker in text, key
        text = text.replace(marker, value)
    assert "@@" not in text, text[:80]
    return text


# ---------------------------------------------------------------- generated values

def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return draw(n, HEX)


def raw_bytes(n: int) -> bytes:
    r = _rng()
    return bytes(r.getrandbits(8) for _ in range(n))


def b64bytes(n: int, urlsafe: bool = False) -> str:
    encode = base64.urlsafe_b64encode if urlsafe else base64.b64encode
    return encode(raw_bytes(n)).decode()


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def uuid4() -> str:
    return fakes.uuid4(_seed())


FIRE = ["Engine", "Ladder", "Medic", "Rescue", "Tanker", "Hydrant", "Battalion", "Pumper", "Quint", "Halligan",
        "Nozzle", "Siren", "Hazmat", "Squad", "Tower", "Brush", "Ember", "Dalmatian", "Bunker", "Standpipe"]
OTHER = ["Harbor", "Maple", "Granite", "Willow", "Summit", "Cobalt", "Prairie", "Juniper", "Osprey", "Falcon",
         "Cedar", "Lantern", "Birch", "Canyon", "Orchard", "Marigold"]
LOWER = ["ember", "ladder", "pumper", "anchor", "cactus", "violet", "walnut", "harvest", "pixel", "gravel",
         "meadow", "copper", "thunder", "oyster", "saddle", "lagoon"]


def human_pw(symbols: str = "!#%*") -> str:
    """A password a person chose: words, a number, a symbol."""
    r = _rng()
    style = r.randrange(4)
    if style == 0:
        return r.choice(FIRE) + str(r.randint(1, 99)) + r.choice(symbols) + r.choice(OTHER)
    if style == 1:
        return r.choice(OTHER) + r.choice(FIRE) + r.choice(symbols) + str(r.randint(100, 9999))
    if style == 2:
        return "-".join(r.sample(LOWER, 3)) + "-" + str(r.randint(10, 99))
    return r.choice(FIRE) + "." + r.choice(OTHER).lower() + str(r.randint(1990, 2024)) + r.choice(symbols)


def gen_pw(n: int = 20, extra: str = "") -> str:
    """A password a generator chose (both cases and a digit)."""
    r = _rng()
    for _ in range(50):
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value
    return value + "7aQ"


def pem_body(prefix: str, total: int) -> str:
    body = prefix + draw(total - len(prefix), B64)
    return "\n".join(body[i:i + 64] for i in range(0, len(body), 64))


def private_pem(kind: str = "RSA", total: int = 1588) -> str:
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    prefix = {"RSA": "MIIEowIBAAKCAQEA", "EC": "MHcCAQEEI", "": "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg"}[kind]
    return f"-----BEGIN {label}-----\n{pem_body(prefix, total - 1)}=\n-----END {label}-----"


def openssh_key() -> str:
    prefix = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACB"
    body = prefix + draw(399 - len(prefix), B64) + "="
    lines = "\n".join(body[i:i + 70] for i in range(0, len(body), 70))
    return f"-----BEGIN OPENSSH PRIVATE KEY-----\n{lines}\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem() -> str:
    body = pem_body("MIIDdzCCAl+gAwIBAgIU", 1240)
    return f"-----BEGIN CERTIFICATE-----\n{body}\n-----END CERTIFICATE-----"


def jwt(payload: dict, alg: str = "HS256") -> str:
    head = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")))
    body = b64url(json.dumps(payload, separators=(",", ":")))
    return f"{head}.{body}.{draw(43, URLSAFE)}"


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return f"https://hooks.slack.com/services/T{draw(8, up)}/B{draw(10, up)}/{mixed(24)}"


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def sendgrid_key() -> str:
    return "SG." + draw(22, URLSAFE) + "." + draw(43, URLSAFE)


def azure_client_secret() -> str:
    return draw(3) + "8Q~" + draw(34, ALNUM + "_.-~")


def google_api_key() -> str:
    return "AIza" + draw(35, URLSAFE)


def mapbox_token(prefix: str, user: str) -> str:
    claims = json.dumps({"u": user, "a": "cl" + draw(23, LOWER_DIGITS)}, separators=(",", ":"))
    return f"{prefix}.{b64url(claims)}.{draw(22, URLSAFE)}"


def bcrypt_hash() -> str:
    return "$2y$10$" + draw(53, CRYPT)


def sha512crypt() -> str:
    return "$6$" + draw(16, CRYPT) + "$" + draw(86, CRYPT)


def cisco9() -> str:
    return "$9$" + draw(14, CRYPT) + "$" + draw(43, CRYPT)


def vault_blob(lines: int) -> str:
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexs(80) for _ in range(lines))


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + draw(43, B64) + " " + comment


# ================================================================ computer-aided dispatch (secrets)

pw = human_pw()
add("appsettings-json", "sqlserver-password", "src/Bfr.CadFeed.Api/appsettings.Production.json", fill(r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "CadReplica": "Server=cad-sql02.bfr.local,1433;Database=NWS_CAD;User Id=svc_cadfeed;Password=@@PW@@;Encrypt=True;TrustServerCertificate=True;",
    "FeedState": "Server=(localdb)\\MSSQLLocalDB;Database=CadFeedState;Trusted_Connection=True;"
  },
  "CadFeed": {
    "PollIntervalSeconds": 5,
    "Agencies": [ "BFR", "BEMS" ],
    "UnitStatusView": "dbo.vw_UnitStatusCurrent",
    "PublishTo": "https://alerting.bfr.local/api/incidents"
  }
}
""", PW=pw), pw, "Microsoft.Data.SqlClient SqlConnection.ConnectionString keywords (learn.microsoft.com)")

pw = human_pw()
add("python", "sqlserver-password", "scripts/nightly_cad_extract.py", fill(r'''
"""Nightly extract of closed fire incidents from the New World CAD reporting database.

Runs on rpt-util01 from Task Scheduler at 02:15 and writes a CSV that the RMS import picks up.
"""
import csv
import datetime as dt
from pathlib import Path

import pyodbc

CONN_STR = (
    "DRIVER={ODBC Driver 18 for SQL Server};"
    "SERVER=nwcad-rpt.county.local;DATABASE=NWS_Reporting;"
    "UID=rpt_fire;PWD=@@PW@@;"
    "Encrypt=yes;TrustServerCertificate=yes"
)
OUT_DIR = Path(r"\\rms-app01\imports\cad")

QUERY = """
SELECT IncidentNumber, CallType, ReceivedTime, DispatchTime, EnrouteTime, OnSceneTime, ClearTime, Address
FROM dbo.FireIncidents
WHERE ClearTime >= ? AND ClearTime < ?
"""


def main() -> None:
    end = dt.datetime.combine(dt.date.today(), dt.time())
    start = end - dt.timedelta(days=1)
    out = OUT_DIR / f"cad_fire_{start:%Y%m%d}.csv"
    with pyodbc.connect(CONN_STR) as conn, out.open("w", newline="") as fh:
        cursor = conn.cursor()
        rows = cursor.execute(QUERY, start, end).fetchall()
        writer = csv.writer(fh)
        writer.writerow([col[0] for col in cursor.description])
        writer.writerows(rows)
    print(f"wrote {len(rows)} incidents to {out}")


if __name__ == "__main__":
    main()
''', PW=pw), pw, "Microsoft ODBC Driver for SQL Server connection string keywords; pyodbc wiki (Connecting to SQL Server)")

secret = gen_pw(40)
add("dotenv", "oauth-client-secret", "cad-alert-bridge/.env", fill(r"""
# CentralSquare Inform CAD -> station alerting bridge (production)
CAD_API_BASE=https://cadapi.larkspurcounty.org/inform/api/v2
CAD_API_TOKEN_URL=https://cadapi.larkspurcounty.org/inform/oauth/token
CAD_API_CLIENT_ID=fire-alerting-bridge
CAD_API_CLIENT_SECRET=@@S@@
CAD_POLL_INTERVAL=3
ALERT_ZONES=ST1,ST2,ST4,ST7,ST9
ALERT_CONTROLLER_URL=http://10.40.1.20:8080
LOG_LEVEL=info
TZ=America/Denver
""", S=secret), secret, "OAuth 2.0 client credentials grant (RFC 6749 section 4.4); dotenv file format")

pw = human_pw()
add("java-properties", "service-password", "cad-interface/src/main/resources/application-prod.properties", fill(r"""
# HxGN OnCall Dispatch interface for the fire RMS
server.port=8085
spring.application.name=cad-rms-interface

hxgn.oncall.endpoint=https://oncall-gw.metro911.local:8443/ws/cad
hxgn.oncall.username=FIRE_RMS_IFACE
hxgn.oncall.password=@@PW@@
hxgn.oncall.agency=MFD
hxgn.oncall.poll-interval=PT10S

rms.import.directory=/data/rms/import
rms.import.archive-days=30
management.endpoints.web.exposure.include=health,info
""", PW=pw), pw, "Spring Boot externalized configuration, application.properties (docs.spring.io)")

pw = gen_pw(16, "!%*")
add("xml", "service-password", "config/CadToCad.Partners.xml", fill(r"""
<?xml version="1.0" encoding="utf-8"?>
<CadToCadConfiguration version="3">
  <LocalAgency ori="NY0510400" name="Brookhaven Fire Rescue" psap="BFR-ECC"/>
  <Partners>
    <Partner id="ADJ-COUNTY" enabled="true">
      <Endpoint>https://c2c.adjcounty911.org/niem/ieps/CadExchange.svc</Endpoint>
      <Exchange>NIEM-CAD2CAD-3.0</Exchange>
      <Credentials>
        <UserName>brookhaven_c2c</UserName>
        <Password>@@PW@@</Password>
      </Credentials>
      <Messages>
        <Message type="IncidentCreate" send="true" receive="true"/>
        <Message type="UnitRequest" send="true" receive="true"/>
        <Message type="UnitStatus" send="true" receive="false"/>
      </Messages>
    </Partner>
  </Partners>
  <Retry attempts="5" backoffSeconds="15"/>
</CadToCadConfiguration>
""", PW=pw), pw, "APCO/NENA 2.105.1 CAD-to-CAD emergency incident data exchange (NIEM IEPD)")

pw = gen_pw(22, "-_")
add("javascript", "mqtt-password", "unit-status-publisher/src/broker.js", fill(r"""
'use strict';
// Publishes CAD unit status changes to the station display boards over MQTT.
const mqtt = require('mqtt');
const fs = require('fs');

const BROKER_URL = 'mqtts://cadbridge:@@PW@@@mqtt.fire.local:8883';

function connect(logger) {
  const client = mqtt.connect(BROKER_URL, {
    clientId: `cad-unit-status-${process.pid}`,
    ca: fs.readFileSync('/etc/ssl/fire-local-ca.pem'),
    reconnectPeriod: 2000,
    clean: true,
  });
  client.on('connect', () => logger.info('connected to broker'));
  client.on('error', (err) => logger.error({ err }, 'mqtt error'));
  return client;
}

function publishStatus(client, unit) {
  const topic = `fire/units/${unit.agency}/${unit.id}/status`;
  client.publish(topic, JSON.stringify(unit), { qos: 1, retain: true });
}

module.exports = { connect, publishStatus };
""", PW=pw), pw, "MQTT.js connect(url) with credentials in the URL (github.com/mqttjs/MQTT.js README)")

key = b64bytes(32)
add("json", "azure-servicebus-key", "CadEventsFunction/local.settings.json", fill(r"""
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "ServiceBusConnection": "Endpoint=sb://bfr-cad-events.servicebus.windows.net/;SharedAccessKeyName=cad-publisher;SharedAccessKey=@@K@@",
    "IncidentTopic": "incidents",
    "UnitStatusTopic": "unit-status"
  },
  "Host": {
    "LocalHttpPort": 7071
  }
}
""", K=key), key, "Azure Service Bus connection strings with SharedAccessKey (learn.microsoft.com, SAS authentication)")

pw = human_pw()
add("php", "mysql-password", "active-calls-board/config/config.php", fill(r"""
<?php
// Active calls board shown on the station TVs. Reads the CAD mirror every 10 seconds.
return [
    'db' => [
        'dsn'  => 'mysql:host=10.40.2.15;dbname=cad_mirror;charset=utf8mb4',
        'user' => 'activecalls',
        'pass' => '@@PW@@',
    ],
    'refresh_seconds' => 10,
    'stations' => ['ST1', 'ST2', 'ST3', 'ST5'],
    'hide_call_types' => ['WELFARE', 'LAW-ASSIST'],
    'map' => [
        'center' => [41.0712, -73.0431],
        'zoom'   => 13,
    ],
];
""", PW=pw), pw, "PHP PDO MySQL DSN (php.net/manual/en/ref.pdo-mysql.connection.php)")

pw = gen_pw(18)
add("go", "oracle-password", "cmd/cadsync/db.go", fill(r"""
package main

import (
	"database/sql"
	"fmt"
	"time"

	_ "github.com/godror/godror"
)

// openCAD opens the read-only replica of the county CAD (Oracle RAC).
func openCAD() (*sql.DB, error) {
	dsn := `user="cadread" password="@@PW@@" connectString="cadprd-scan.county.local:1521/CADPRD" poolMaxSessions=4`
	db, err := sql.Open("godror", dsn)
	if err != nil {
		return nil, fmt.Errorf("open cad: %w", err)
	}
	db.SetConnMaxLifetime(30 * time.Minute)
	db.SetMaxOpenConns(4)
	return db, nil
}
""", PW=pw), pw, "godror connection parameters (github.com/godror/godror, docs/connection.md)")

client_id = mixed(32)
secret = mixed(16)
add("yaml", "oauth-client-secret", "config/rapidsos.prod.yaml", fill(r"""
# RapidSOS Clearinghouse: device-based hybrid location for 911 calls into CAD
rapidsos:
  environment: production
  token_url: https://api.rapidsos.com/oauth/token
  api_base: https://api.rapidsos.com/v1
  client_id: @@ID@@
  client_secret: @@S@@
  psap_id: larkspur-county-ecc
  query:
    timeout_seconds: 4
    include_additional_data: true
cad:
  location_push_url: http://cad-iface01.lcecc.local:9000/ali/supplemental
""", ID=client_id, S=secret), secret, "RapidSOS developer portal, OAuth client credentials (developer.rapidsos.com)")

pw = gen_pw(24)
add("jaas-conf", "kafka-sasl-password", "deploy/cad-events/kafka_client_jaas.conf", fill(r"""
// SASL/SCRAM login for the CAD event stream consumers (rms-sync, dashboards).
// Loaded with -Djava.security.auth.login.config=/etc/cad-events/kafka_client_jaas.conf
KafkaClient {
  org.apache.kafka.common.security.scram.ScramLoginModule required
  username="cad-events-consumer"
  password="@@PW@@";
};
""", PW=pw), pw, "Apache Kafka security, SASL/SCRAM JAAS configuration (kafka.apache.org/documentation)")

pw = fakes.redis_password(_seed())
add("python", "redis-password", "unitstatus/settings.py", fill(r"""
import os

# Unit status cache shared by the AVL poller and the station boards
REDIS_URL = os.environ.get(
    "UNITSTATUS_REDIS_URL",
    "redis://:@@PW@@@redis-cad.fire.local:6379/2",
)
STATUS_TTL_SECONDS = 900
AVL_POLL_SECONDS = 5
AGENCIES = ("LCF", "LCEMS", "MUTUAL")
STALE_AFTER_SECONDS = 120
""", PW=pw), pw, "redis-py Redis.from_url URL scheme (redis.readthedocs.io, redis://[[username]:[password]]@host)")

pw = human_pw("!#%")
add("shell-history", "sqlserver-password", "support/cadfeed01/bash_history.txt", fill(r"""
sudo systemctl status cadfeed
journalctl -u cadfeed -n 200 --no-pager
cat /etc/cadfeed/cadfeed.toml
nc -zv cad-sql02.bfr.local 1433
/opt/mssql-tools18/bin/sqlcmd -S cad-sql02.bfr.local -U svc_cadfeed -P '@@PW@@' -C -Q "SELECT TOP 5 UnitId, Status, StatusTime FROM dbo.UnitStatus ORDER BY StatusTime DESC"
sudo systemctl restart cadfeed
tail -f /var/log/cadfeed/feed.log
exit
""", PW=pw), pw, "sqlcmd utility -U/-P options (learn.microsoft.com/sql/tools/sqlcmd)")

key = b64bytes(64)
add("powershell", "azure-storage-key", "scripts/Backup-CadArchive.ps1", fill(r"""
<#
.SYNOPSIS
  Copies the nightly CAD archive export to Azure Blob storage (cold tier).
#>
param(
    [string]$ExportPath = "D:\CadArchive\Export",
    [int]$KeepLocalDays = 14
)

$ErrorActionPreference = "Stop"
Import-Module Az.Storage

$ctx = New-AzStorageContext -StorageAccountName "bfrcadarchive" -StorageAccountKey "@@K@@"

Get-ChildItem -Path $ExportPath -Filter "*.zip" | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container "cad-archive" -Blob $_.Name `
        -StandardBlobTier Cool -Context $ctx -Force | Out-Null
    Write-Output "uploaded $($_.Name)"
}

Get-ChildItem -Path $ExportPath -Filter "*.zip" |
    Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-$KeepLocalDays) } |
    Remove-Item
""", K=key), key, "Az.Storage New-AzStorageContext -StorageAccountKey (learn.microsoft.com/powershell/module/az.storage)")

pw = gen_pw(20)
add("terraform", "database-password", "infra/cad-analytics/rds.tf", fill(r"""
resource "aws_db_subnet_group" "cad_analytics" {
  name       = "cad-analytics"
  subnet_ids = var.private_subnet_ids
}

resource "aws_db_instance" "cad_analytics" {
  identifier              = "cad-analytics-prod"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 100
  db_name                 = "cad_analytics"
  username                = "cadadmin"
  password                = "@@PW@@"
  db_subnet_group_name    = aws_db_subnet_group.cad_analytics.name
  vpc_security_group_ids  = [aws_security_group.cad_analytics_db.id]
  backup_retention_period = 14
  storage_encrypted       = true
  skip_final_snapshot     = false

  tags = {
    Department = "Fire"
    System     = "CAD analytics"
  }
}
""", PW=pw), pw, "Terraform AWS provider, aws_db_instance password argument (registry.terraform.io)")

token = gen_pw(48)
add("dockerfile", "api-token", "cad-poller/Dockerfile", fill(r"""
FROM python:3.12-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY cad_poller/ cad_poller/

ENV CAD_BASE_URL=https://cad.millbrookfd.org/api \
    CAD_API_TOKEN=@@T@@ \
    POLL_SECONDS=5 \
    PYTHONUNBUFFERED=1

USER 10001
CMD ["python", "-m", "cad_poller"]
""", T=token), token, "Dockerfile reference, ENV instruction (docs.docker.com/reference/dockerfile)")

pw = human_pw("!%*")
add("docker-compose", "postgres-password", "deploy/cad-mirror/docker-compose.yml", fill(r"""
services:
  cad-mirror-db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: cad_mirror
      POSTGRES_USER: cadmirror
      POSTGRES_PASSWORD: "@@PW@@"
    volumes:
      - pgdata:/var/lib/postgresql/data
    ports:
      - "127.0.0.1:5432:5432"

  cad-mirror-sync:
    image: registry.fire.local/cad-mirror-sync:2.3.1
    depends_on:
      - cad-mirror-db
    environment:
      MIRROR_DB_HOST: cad-mirror-db
      SOURCE_POLL_SECONDS: "10"

volumes:
  pgdata:
""", PW=pw), pw, "postgres image on Docker Hub, POSTGRES_PASSWORD environment variable")

pw = gen_pw(24)
add("k8s-secret", "database-password", "k8s/cad-gateway/secret.yaml", fill(r"""
apiVersion: v1
kind: Secret
metadata:
  name: cad-gateway-db
  namespace: dispatch
  labels:
    app.kubernetes.io/name: cad-gateway
type: Opaque
data:
  DB_HOST: @@H@@
  DB_USER: @@U@@
  DB_PASSWORD: @@P@@
""", H=b64("cad-sql02.bfr.local"), U=b64("svc_cadgw"), P=b64(pw)), pw,
    "Kubernetes Secret data values are base64 (kubernetes.io/docs/concepts/configuration/secret)")

pw = human_pw()
add("ansible", "service-password", "ansible/group_vars/cad_interfaces.yml", fill(r"""
---
cadfeed_version: "4.8.2"
cadfeed_install_dir: /opt/cadfeed
cadfeed_sql_server: cad-sql02.bfr.local
cadfeed_sql_database: NWS_CAD
cadfeed_sql_user: svc_cadfeed
cadfeed_sql_password: "@@PW@@"
cadfeed_agencies:
  - BFR
  - BEMS
cadfeed_publish_url: https://alerting.bfr.local/api/incidents
cadfeed_log_level: info
""", PW=pw), pw, "Ansible group_vars variable files (docs.ansible.com, inventory variables)")

pw = gen_pw(16)
add("jenkinsfile", "basic-auth-password", "ci/Jenkinsfile", fill(r"""
pipeline {
    agent { label 'linux' }
    stages {
        stage('Build') {
            steps {
                sh 'mvn -B -DskipTests package'
            }
        }
        stage('Deploy to CAD test') {
            steps {
                sh '''
                  curl -fsS -u deployer:@@PW@@ \
                    -F "file=@target/cad-interface.war" \
                    https://cadtest-app01.county.local:8443/manager/text/deploy?path=/cad-interface&update=true
                '''
            }
        }
    }
}
""", PW=pw), pw, "curl -u user:password; Tomcat manager text interface deploy (tomcat.apache.org)")

pw = human_pw("!%*#")
add("pgpass", "postgres-password", "ops/analyst-workstation/.pgpass", fill(r"""
# hostname:port:database:username:password
# copied to %APPDATA%\postgresql\pgpass.conf on the analyst laptops
cad-pg01.fire.local:5432:cad_analytics:analyst:@@PW@@
# the test database uses certificate auth over the VPN, so it needs no line here
# keep this file chmod 0600 or libpq ignores it
""", PW=pw), pw, "PostgreSQL docs, The Password File (postgresql.org/docs/current/libpq-pgpass.html)")

# ================================================================ station alerting (secrets)

pw = human_pw()
add("ini", "device-admin-password", "stations/st07/controller.ini", fill(r"""
; Station alerting controller - Station 7 (Northside)
[controller]
station_id = 07
name = Station 7 - Northside
cad_host = 10.40.1.20
cad_port = 5555
heartbeat_seconds = 30

[auth]
admin_user = admin
admin_password = @@PW@@

[audio]
tone_file = /opt/alerting/tones/st07_alert.wav
pre_alert_volume = 85
voice = en-US-female

[relays]
bay_lights = 1
dorm_lights = 2
door_1 = 3
door_2 = 4
""", PW=pw), pw, "INI configuration of a fire station alerting controller (vendor installation guide layout)")

pw = gen_pw(14)
basic = b64("alertsvc:" + pw)
add("python", "basic-auth-header", "alerting/phoenix_client.py", fill(r'''
"""Thin client for the Phoenix G2 station alerting REST interface."""
import requests

G2_BASE = "https://g2-controller.fire.local/api/v1"
HEADERS = {
    "Authorization": "Basic @@B@@",
    "Content-Type": "application/json",
}


def dispatch(stations, incident_type, address, units):
    body = {
        "stations": stations,
        "incidentType": incident_type,
        "address": address,
        "units": units,
        "ramp": True,
    }
    resp = requests.post(f"{G2_BASE}/alerts", json=body, headers=HEADERS, timeout=5)
    resp.raise_for_status()
    return resp.json()["alertId"]


def heartbeat():
    return requests.get(f"{G2_BASE}/status", headers=HEADERS, timeout=3).ok
''', B=basic), basic, "HTTP Basic authentication, RFC 7617 (Authorization: Basic base64(user:password))")

sid, token = twilio_sid(), hexs(32)
add("python", "twilio-auth-token", "pi-alerter/alert_sms.py", fill(r"""
#!/usr/bin/env python3
# Raspberry Pi in the Station 3 radio room: when the tone decoder closes GPIO 17,
# text the volunteer roster.
import time

import RPi.GPIO as GPIO
from twilio.rest import Client

ACCOUNT_SID = "@@SID@@"
AUTH_TOKEN = "@@T@@"
FROM_NUMBER = "+15075550143"
ROSTER = ["+15075550101", "+15075550117", "+15075550122", "+15075550160"]

client = Client(ACCOUNT_SID, AUTH_TOKEN)
GPIO.setmode(GPIO.BCM)
GPIO.setup(17, GPIO.IN, pull_up_down=GPIO.PUD_UP)

while True:
    GPIO.wait_for_edge(17, GPIO.FALLING)
    for number in ROSTER:
        client.messages.create(to=number, from_=FROM_NUMBER,
                               body="STATION 3 TONED OUT - check pager / Active911")
    time.sleep(60)
""", SID=sid, T=token), token, "Twilio Python helper library, Client(account_sid, auth_token) (twilio.com/docs/libraries/python)")

pw = human_pw()
add("postfix", "smtp-password", "ansible/roles/ripnrun/files/sasl_passwd", fill(r"""
# Rip-and-run printers at each station get CAD run cards by email.
# postfix relays through Exchange Online as the ripnrun mailbox.
# after editing: postmap /etc/postfix/sasl_passwd && systemctl reload postfix
#
[smtp.office365.com]:587 ripnrun@brookhavenfire.org:@@PW@@
""", PW=pw), pw, "Postfix SASL README, smtp_sasl_password_maps file format (postfix.org/SASL_README.html)")

token = jwt({"iss": hexs(32), "iat": 1714060800, "exp": 2029420800})
add("yaml", "home-assistant-token", "homeassistant/packages/station_alert.yaml", fill(r"""
# Station 2 automation: bay lights and the kitchen stove cut-off on a dispatch.
rest_command:
  st2_stove_cutoff:
    url: "http://ha-station2.fire.local:8123/api/services/switch/turn_off"
    method: POST
    headers:
      authorization: "Bearer @@T@@"
      content-type: "application/json"
    payload: '{"entity_id": "switch.kitchen_range_contactor"}'

automation:
  - alias: "Dispatch - bay lights on"
    trigger:
      - platform: mqtt
        topic: fire/alerts/st2
    action:
      - service: light.turn_on
        target:
          entity_id: light.apparatus_bay
      - service: rest_command.st2_stove_cutoff
""", T=token), token, "Home Assistant REST API, long-lived access tokens as Bearer (developers.home-assistant.io/docs/api/rest)")

pw = gen_pw(16)
add("asterisk-conf", "sip-secret", "pbx/sip_alerting.conf", fill(r"""
; Station voice alerting endpoints (Locution / paging amplifiers)
[general]
context=station-alerting
allowguest=no
alwaysauthreject=yes

[alert-st3]
type=friend
host=dynamic
defaultuser=alert-st3
secret=@@PW@@
context=station-alerting
disallow=all
allow=ulaw
qualify=yes
""", PW=pw), pw, "Asterisk sip.conf peer secret option (docs.asterisk.org, chan_sip configuration)")

pw = human_pw("!#%*")
add("wpa-supplicant", "wifi-psk", "images/station-display/wpa_supplicant.conf", fill(r"""
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=US

# apparatus bay display boards join the station staff network
network={
    ssid="BFR-STATION-STAFF"
    psk="@@PW@@"
    key_mgmt=WPA-PSK
    priority=10
}
""", PW=pw), pw, "wpa_supplicant.conf network block psk (w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf)")

pw = gen_pw(24)
add("mosquitto-conf", "mqtt-bridge-password", "mosquitto/conf.d/bridge-county.conf", fill(r"""
# Bridge station alert topics to the county ECC broker
connection county-ecc
address mqtt.lcecc.local:8883
bridge_cafile /etc/mosquitto/certs/lcecc-ca.crt
bridge_protocol_version mqttv311
remote_clientid st05-bridge
remote_username st05
remote_password @@PW@@
topic fire/alerts/# in 1 "" county/
topic fire/status/st05/# out 1 "" county/
cleansession false
restart_timeout 10 60
""", PW=pw), pw, "mosquitto.conf(5) bridge options remote_username / remote_password (mosquitto.org/man/mosquitto-conf-5.html)")

secret = gen_pw(32)
add("javascript", "node-red-credential-secret", "node-red/settings.js", fill(r"""
/**
 * Node-RED settings for the station alerting flows (st-alert-nr01).
 */
module.exports = {
    uiPort: process.env.PORT || 1880,
    flowFile: 'flows.json',
    credentialSecret: "@@S@@",
    flowFilePretty: true,
    adminAuth: require('./admin-auth.js'),
    httpNodeRoot: '/api',
    logging: {
        console: {
            level: "info",
            metrics: false,
            audit: false
        }
    },
    contextStorage: {
        default: { module: "localfilesystem" }
    },
    editorTheme: {
        projects: { enabled: false }
    }
};
""", S=secret), secret, "Node-RED settings.js credentialSecret encrypts flows_cred.json (nodered.org/docs/user-guide/runtime/settings-file)")

app = "a" + mixed(29)
user = "u" + mixed(29)
add("shell", "pushover-token", "scripts/notify_officers.sh", fill(r"""
#!/bin/bash
# Called by the alerting controller's "run script" action: $1 = incident type, $2 = address
set -euo pipefail

TYPE="${1:-UNKNOWN}"
ADDR="${2:-}"

curl -s \
  --form-string "token=@@A@@" \
  --form-string "user=@@U@@" \
  --form-string "title=BFR ${TYPE}" \
  --form-string "message=${ADDR}" \
  --form-string "priority=1" \
  --form-string "sound=siren" \
  https://api.pushover.net/1/messages.json > /dev/null
""", A=app, U=user), app, "Pushover Message API, application token and user key (pushover.net/api)")

token = fakes.telegram_token(_seed())
add("toml", "telegram-bot-token", "volunteer-bot/config.toml", fill(r"""
# Millbrook Volunteer Fire Co. - callout bot for the members' Telegram group
[bot]
token = "@@T@@"
chat_id = -1001874412203
parse_mode = "HTML"

[callout]
source = "imap"
subject_filter = "CAD PAGE"
min_interval_seconds = 20

[imap]
host = "imap.millbrookfd.org"
user = "cadpage@millbrookfd.org"
password_env = "CADPAGE_IMAP_PASSWORD"
""", T=token), token, "Telegram Bot API, bot token from BotFather (core.telegram.org/bots/api)")

hook = slack_webhook()
add("python", "slack-webhook", "alert-relay/relay/notify.py", fill(r"""
import json
import logging
import urllib.request

log = logging.getLogger(__name__)

# #ops-alerts in the department Slack
SLACK_WEBHOOK = "@@H@@"


def post_alert(incident):
    text = (f":rotating_light: *{incident['type']}* {incident['address']}\n"
            f"Units: {', '.join(incident['units'])}  |  CAD #{incident['number']}")
    req = urllib.request.Request(SLACK_WEBHOOK, data=json.dumps({"text": text}).encode(),
                                 headers={"Content-Type": "application/json"})
    try:
        urllib.request.urlopen(req, timeout=5)
    except OSError:
        log.exception("slack post failed for %s", incident["number"])
""", H=hook), hook, "Slack incoming webhooks (api.slack.com/messaging/webhooks)")

sig = draw(43, URLSAFE)
url = (f"https://prod-41.westus.logic.azure.com:443/workflows/{hexs(32)}/triggers/manual/paths/invoke"
       f"?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig={sig}")
add("powershell", "teams-workflow-webhook", "scripts/Send-StationAlertTest.ps1", fill(r"""
# Weekly station alerting test: posts the result to the Fire IT Teams channel.
$WebhookUrl = "@@U@@"

$results = Import-Csv "\\alert-util01\tests\weekly_$(Get-Date -Format yyyyMMdd).csv"
$failed = $results | Where-Object { $_.Result -ne "PASS" }

$card = @{
    type = "message"
    attachments = @(@{
        contentType = "application/vnd.microsoft.card.adaptive"
        content = @{
            type = "AdaptiveCard"; version = "1.4"
            body = @(@{ type = "TextBlock"; text = "Station alerting test: $($results.Count - $failed.Count)/$($results.Count) passed"; weight = "Bolder" })
        }
    })
}
Invoke-RestMethod -Method Post -Uri $WebhookUrl -ContentType "application/json" -Body ($card | ConvertTo-Json -Depth 10)
""", U=url), sig, "Microsoft Teams workflows webhook (Power Automate 'When a Teams webhook request is received' trigger URL with sig)")

# ================================================================ apparatus telematics (secrets)

token = "samsara_api_" + mixed(30)
add("python", "samsara-api-token", "fleet/samsara_sync.py", fill(r'''
"""Pull apparatus engine hours and fault codes from Samsara into the fleet maintenance DB."""
import datetime as dt

import requests

SAMSARA_TOKEN = "@@T@@"
BASE = "https://api.samsara.com"
SESSION = requests.Session()
SESSION.headers.update({"Authorization": f"Bearer {SAMSARA_TOKEN}", "Accept": "application/json"})


def vehicle_stats(types=("engineStates", "obdEngineSeconds", "faultCodes")):
    after = None
    while True:
        params = {"types": ",".join(types)}
        if after:
            params["after"] = after
        page = SESSION.get(f"{BASE}/fleet/vehicles/stats", params=params, timeout=20).json()
        yield from page["data"]
        if not page["pagination"]["hasNextPage"]:
            return
        after = page["pagination"]["endCursor"]


if __name__ == "__main__":
    for v in vehicle_stats():
        print(dt.datetime.now().isoformat(), v["name"], v.get("obdEngineSeconds", {}).get("value"))
''', T=token), token, "Samsara API authentication, Bearer API tokens (developers.samsara.com/docs/authentication)")

pw = human_pw()
add("json", "geotab-password", "fleet/geotab/config.json", fill(r"""
{
  "server": "my.geotab.com",
  "database": "larkspur_county_fire",
  "userName": "api.fleet@larkspurcounty.org",
  "password": "@@PW@@",
  "feeds": {
    "LogRecord": { "resultsLimit": 50000, "intervalSeconds": 30 },
    "StatusData": { "diagnostics": ["DiagnosticEngineHoursId", "DiagnosticOdometerId"] },
    "FaultData": { "intervalSeconds": 300 }
  },
  "output": {
    "avlTopic": "fleet/avl",
    "mqttBroker": "mqtt.fire.local:8883"
  }
}
""", PW=pw), pw, "MyGeotab SDK Authenticate (database, userName, password) (developers.geotab.com/myGeotab/guides/concepts)")

cp_id, cp_key, ecm_id, ecm_key = hexs(8), hexs(32), uuid4(), hexs(40)
add("python", "cradlepoint-ncm-key", "fleet/netcloud/router_health.py", fill(r"""
# Report apparatus routers (Cradlepoint IBR900 / R1900) that have not checked in to NetCloud.
import requests

HEADERS = {
    "X-CP-API-ID": "@@CPID@@",
    "X-CP-API-KEY": "@@CPKEY@@",
    "X-ECM-API-ID": "@@ECMID@@",
    "X-ECM-API-KEY": "@@ECMKEY@@",
    "Content-Type": "application/json",
}
URL = "https://www.cradlepointecm.com/api/v2/routers/"


def offline_routers(group_name="Apparatus"):
    params = {"state": "offline", "fields": "id,name,state_updated_at,group", "limit": 500}
    routers = requests.get(URL, headers=HEADERS, params=params, timeout=30).json()["data"]
    return [r for r in routers if group_name in (r.get("group") or "")]


if __name__ == "__main__":
    for r in offline_routers():
        print(f"{r['name']:<20} offline since {r['state_updated_at']}")
""", CPID=cp_id, CPKEY=cp_key, ECMID=ecm_id, ECMKEY=ecm_key), ecm_key,
    "Cradlepoint NetCloud Manager API v2 authentication headers (developer.cradlepoint.com)")

key = b64bytes(32)
add("c", "azure-iot-device-key", "firmware/e14-gateway/src/iot_config.h", fill(r"""
#ifndef IOT_CONFIG_H
#define IOT_CONFIG_H

/* Engine 14 telematics gateway -> Azure IoT Hub (pump pressure, tank level, GPS) */
#define IOT_HUB_HOSTNAME   "bfr-fleet-iothub.azure-devices.net"
#define IOT_DEVICE_ID      "E14-gw"
#define IOT_CONNECTION_STRING \
    "HostName=bfr-fleet-iothub.azure-devices.net;DeviceId=E14-gw;SharedAccessKey=@@K@@"

#define TELEMETRY_INTERVAL_MS   5000
#define GPS_UART                1
#define CAN_BITRATE             250000

#endif /* IOT_CONFIG_H */
""", K=key), key, "Azure IoT Hub device connection string (learn.microsoft.com/azure/iot-hub, device authentication with SAS)")

pem = private_pem("EC", 164)
add("pem", "ec-private-key", "fleet/aws-iot/certs/ladder22-private.pem.key", pem + "\n", pem,
    "AWS IoT Core device certificate and private key files (docs.aws.amazon.com/iot/latest/developerguide)")

key_id, secret_key = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("dotenv", "aws-secret-key", "fleet/avl-ingest/.env.production", fill(r"""
# AVL ingest lambda - local packaging / integration test against prod stream
AWS_REGION=us-east-2
AWS_ACCESS_KEY_ID=@@ID@@
AWS_SECRET_ACCESS_KEY=@@K@@
KINESIS_STREAM=fire-avl-positions
DYNAMO_TABLE=unit-last-position
STALE_POSITION_SECONDS=90
""", ID=key_id, K=secret_key), secret_key, "AWS CLI environment variables (docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html)")

pw = gen_pw(12)
basic = b64("LCFD_API:" + pw)
add("typescript", "basic-auth-header", "fleet/reveal-client/src/client.ts", fill(r"""
import axios from 'axios';

// Verizon Connect Reveal Fleet API - token endpoint takes Basic auth, then Atmosphere token
const FIM_BASE = 'https://fim.api.us.fleetmatics.com';
const BASIC = 'Basic @@B@@';

export async function getToken(): Promise<string> {
  const res = await axios.get(`${FIM_BASE}/token`, {
    headers: { Authorization: BASIC, Accept: 'text/plain' },
    timeout: 10000,
  });
  return res.data as string;
}

export async function vehicleLocations(token: string, vehicles: string[]) {
  const res = await axios.post(`${FIM_BASE}/rad/v1/vehicles/locations`, vehicles, {
    headers: { Authorization: `Atmosphere atmosphere_app_id=fleetmatics-p-us-LCFD, Bearer ${token}` },
  });
  return res.data;
}
""", B=basic), basic, "Verizon Connect Reveal REST API authentication (fim.api.us.fleetmatics.com/token with HTTP Basic)")

token = b64bytes(64, urlsafe=True)
add("toml", "influxdb-token", "telegraf/telegraf.d/apparatus.conf", fill(r"""
# Pump panel metrics from the apparatus gateways (MQTT) into InfluxDB
[[inputs.mqtt_consumer]]
  servers = ["ssl://mqtt.fire.local:8883"]
  topics = ["apparatus/+/pump/#", "apparatus/+/tank/#"]
  data_format = "json"
  tag_keys = ["unit", "station"]

[[outputs.influxdb_v2]]
  urls = ["https://influx.fire.local:8086"]
  token = "@@T@@"
  organization = "bfr"
  bucket = "apparatus"
  timeout = "10s"
""", T=token), token, "Telegraf influxdb_v2 output plugin token option (docs.influxdata.com/telegraf)")

token = "glsa_" + mixed(32) + "_" + hexs(8)
add("shell", "grafana-service-account-token", "grafana/provision-dashboards.sh", fill(r"""
#!/usr/bin/env bash
# Push the fleet dashboards to Grafana (run from the repo root)
set -euo pipefail

GRAFANA_URL="https://grafana.fire.local"
GRAFANA_TOKEN="@@T@@"

for f in dashboards/fleet/*.json; do
  echo "importing ${f}"
  jq '{dashboard: ., overwrite: true, folderUid: "fleet"}' "${f}" |
    curl -fsS -X POST "${GRAFANA_URL}/api/dashboards/db" \
      -H "Authorization: Bearer ${GRAFANA_TOKEN}" \
      -H "Content-Type: application/json" \
      --data-binary @- > /dev/null
done
echo "done"
""", T=token), token, "Grafana service account tokens, glsa_ prefix (grafana.com/docs/grafana/latest/administration/service-accounts)")

key = hexs(36) + "NRAL"
add("yaml", "newrelic-license-key", "fleet/telemetry-api/newrelic.yml", fill(r"""
common: &default_settings
  license_key: '@@K@@'
  app_name: Fleet Telemetry API
  distributed_tracing:
    enabled: true
  log_level: info

production:
  <<: *default_settings

staging:
  <<: *default_settings
  app_name: Fleet Telemetry API (Staging)
""", K=key), key, "New Relic agent configuration newrelic.yml license_key (docs.newrelic.com, license keys end in NRAL)")

key = mixed(32)
add("kotlin", "api-key", "apparatus-check/app/src/main/java/org/bfr/check/net/ApiClient.kt", fill(r"""
package org.bfr.check.net

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory

object ApiClient {
    private const val BASE_URL = "https://fleetapi.bfr.local/v2/"
    private const val API_KEY = "@@K@@"

    private val authInterceptor = Interceptor { chain ->
        val request = chain.request().newBuilder()
            .header("X-Api-Key", API_KEY)
            .header("X-Client", "apparatus-check-android")
            .build()
        chain.proceed(request)
    }

    val service: FleetService by lazy {
        Retrofit.Builder()
            .baseUrl(BASE_URL)
            .client(OkHttpClient.Builder().addInterceptor(authInterceptor).build())
            .addConverterFactory(MoshiConverterFactory.create())
            .build()
            .create(FleetService::class.java)
    }
}
""", K=key), key, "OkHttp interceptors adding an API key header (square.github.io/okhttp/features/interceptors)")

pw = human_pw()
add("swift", "basic-auth-password", "MDT-iPad/MDT/Networking/CADSession.swift", fill(r"""
import Foundation

/// Session for the mobile data terminal's CAD message switch.
final class CADSession: NSObject, URLSessionTaskDelegate {
    static let shared = CADSession()
    private let credential = URLCredential(user: "mdt-fleet",
                                           password: "@@PW@@",
                                           persistence: .forSession)

    lazy var session: URLSession = {
        let config = URLSessionConfiguration.default
        config.timeoutIntervalForRequest = 15
        return URLSession(configuration: config, delegate: self, delegateQueue: nil)
    }()

    func urlSession(_ session: URLSession, task: URLSessionTask,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        if challenge.protectionSpace.authenticationMethod == NSURLAuthenticationMethodHTTPBasic {
            completionHandler(.useCredential, credential)
        } else {
            completionHandler(.performDefaultHandling, nil)
        }
    }
}
""", PW=pw), pw, "Apple Foundation URLCredential(user:password:persistence:) (developer.apple.com/documentation/foundation/urlcredential)")

pw = gen_pw(20)
add("go", "mqtt-password", "internal/telemetry/mqtt.go", fill(r"""
package telemetry

import (
	"crypto/tls"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
)

func NewClient(unitID string) mqtt.Client {
	opts := mqtt.NewClientOptions().
		AddBroker("ssl://mqtt.fire.local:8883").
		SetClientID("telemetry-" + unitID).
		SetUsername("apparatus").
		SetPassword("@@PW@@").
		SetTLSConfig(&tls.Config{MinVersion: tls.VersionTLS12}).
		SetKeepAlive(30 * time.Second).
		SetAutoReconnect(true)
	return mqtt.NewClient(opts)
}
""", PW=pw), pw, "Eclipse Paho Go client ClientOptions.SetUsername / SetPassword (pkg.go.dev/github.com/eclipse/paho.mqtt.golang)")

token = hexs(64)
add("rust", "api-token", "canbridge/src/upload.rs", fill(r"""
use std::time::Duration;

use reqwest::blocking::Client;

use crate::frames::PumpSample;

const INGEST_URL: &str = "https://telemetry.bfr.local/ingest/pump";
const INGEST_TOKEN: &str = "@@T@@";

pub fn upload(samples: &[PumpSample]) -> Result<(), reqwest::Error> {
    let client = Client::builder().timeout(Duration::from_secs(10)).build()?;
    client
        .post(INGEST_URL)
        .bearer_auth(INGEST_TOKEN)
        .json(samples)
        .send()?
        .error_for_status()?;
    Ok(())
}
""", T=token), token, "reqwest RequestBuilder::bearer_auth (docs.rs/reqwest)")

pw = human_pw("!#%*")
add("c", "wifi-password", "firmware/tank-level-sensor/arduino_secrets.h", fill(r"""
// Tank level sensor (Tender 41) - joins the station bay Wi-Fi when parked
// Do not change the names: the sketch uses SECRET_SSID and SECRET_PASS
#define SECRET_SSID "BFR-APPARATUS-BAY"
#define SECRET_PASS "@@PW@@"
#define MQTT_BROKER "10.40.8.5"
""", PW=pw), pw, "Arduino IoT examples, arduino_secrets.h SECRET_SSID / SECRET_PASS (docs.arduino.cc)")

key = gen_pw(32)
add("yaml", "shared-key", "avl-forwarder/config.yaml", fill(r"""
# Forward NMEA positions from the apparatus modems to CAD AVL and the mutual-aid map
listen:
  udp: 0.0.0.0:5005
  format: taip
outputs:
  - name: cad-avl
    type: tcp
    address: 10.40.1.25:7070
    auth_key: "@@K@@"
  - name: regional-map
    type: http
    url: https://map.regionalfire.org/api/positions
    headers_from_env: REGIONAL_MAP_HEADERS
units_file: /etc/avl-forwarder/units.csv
log_level: info
""", K=key), key, "Sierra Wireless AirLink TAIP/NMEA reporting to an AVL host; YAML service configuration")

key = "AAAA" + draw(7, URLSAFE) + ":APA91b" + draw(134, URLSAFE)
add("javascript", "fcm-server-key", "responder-app-server/push.js", fill(r"""
// Push "respond / not responding" prompts to the volunteer responder app
const fetch = require('node-fetch');

const FCM_SERVER_KEY = '@@K@@';

async function pushCallout(tokens, incident) {
  const res = await fetch('https://fcm.googleapis.com/fcm/send', {
    method: 'POST',
    headers: {
      Authorization: `key=${FCM_SERVER_KEY}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      registration_ids: tokens,
      priority: 'high',
      notification: { title: incident.type, body: incident.address, sound: 'callout.caf' },
      data: { incidentId: incident.id },
    }),
  });
  return res.json();
}

module.exports = { pushCallout };
""", K=key), key, "Firebase Cloud Messaging legacy HTTP API, Authorization: key=<server key> (firebase.google.com/docs/cloud-messaging)")

# ================================================================ radio gateways and networks (secrets)

pw = gen_pw(20)
add("yaml", "snmpv3-auth-password", "monitoring/snmp_exporter/snmp.yml", fill(r"""
# snmp_exporter auth for the radio site routers and RoIP gateways (generated by generator, then trimmed)
auths:
  radio_sites_v3:
    version: 3
    security_level: authPriv
    username: prom-radio
    auth_protocol: SHA
    password: @@PW@@
    priv_protocol: AES
    priv_password_file: /etc/snmp_exporter/priv_password
modules:
  if_mib:
    walk:
      - 1.3.6.1.2.1.2
      - 1.3.6.1.2.1.31.1.1
    lookups:
      - source_indexes: [ifIndex]
        lookup: ifAlias
""", PW=pw), pw, "Prometheus snmp_exporter auths section, SNMPv3 password (github.com/prometheus/snmp_exporter)")

pw = human_pw()
add("ini", "device-admin-password", "radio/roip/gw-tower3.ini", fill(r"""
[system]
hostname=roip-tower3
timezone=America/Chicago
ntp=10.20.0.1

[web]
https=1
port=443
user=admin
password=@@PW@@

[channel1]
name=FIRE DISP 1
type=analog-4wire
cor=active-high
ptt=relay1
codec=g711u
multicast=239.10.1.1:5001

[channel2]
name=FIRE TAC 3
type=analog-4wire
cor=active-high
ptt=relay2
codec=g711u
multicast=239.10.1.3:5003
""", PW=pw), pw, "Radio-over-IP gateway INI export (web admin, channel COR/PTT settings), vendor configuration backup layout")

pw = gen_pw(18)
add("asterisk-conf", "sip-password", "pbx/pjsip_interop.conf", fill(r"""
; SIP trunk from the dispatch consoles to the ACU interop gateway
[acu-gw-auth]
type=auth
auth_type=userpass
username=fire-console
password=@@PW@@

[acu-gw]
type=endpoint
context=from-acu
disallow=all
allow=ulaw,g722
outbound_auth=acu-gw-auth
aors=acu-gw

[acu-gw]
type=aor
contact=sip:10.60.4.20:5060
qualify_frequency=30
""", PW=pw), pw, "Asterisk pjsip.conf auth section password (docs.asterisk.org/Configuration/Channel-Drivers/SIP/Configuring-res_pjsip)")

psk = gen_pw(24)
add("cisco-ios", "ipsec-psk", "network/configs/radio-site-hill.cfg", fill(r"""
hostname RS-HILL-RTR01
!
crypto isakmp policy 10
 encr aes 256
 hash sha256
 authentication pre-share
 group 14
crypto isakmp key @@K@@ address 203.0.113.40
!
crypto ipsec transform-set RADIO-TS esp-aes 256 esp-sha256-hmac
 mode tunnel
!
crypto map RADIO-MAP 10 ipsec-isakmp
 set peer 203.0.113.40
 set transform-set RADIO-TS
 match address RADIO-VPN
!
interface GigabitEthernet0/0
 description LTE backhaul
 ip address dhcp
 crypto map RADIO-MAP
!
ip access-list extended RADIO-VPN
 permit ip 10.60.12.0 0.0.0.255 10.60.0.0 0.0.255.255
!
end
""", K=psk), psk, "Cisco IOS Security Configuration Guide, crypto isakmp key (cisco.com)")

psk = gen_pw(32, "-_")
add("strongswan", "ipsec-psk", "network/strongswan/ipsec.secrets", fill(r"""
# /etc/ipsec.secrets - strongSwan IPsec secrets file
# Tower site LTE routers -> dispatch center head end
# (generated with: openssl rand -base64 24 | tr -d '=+/')

10.60.0.1 %any : PSK "@@K@@"

# dispatch center certificate
: RSA dispatch-headend.key
""", K=psk), psk, "strongSwan ipsec.secrets(5) PSK entries (docs.strongswan.org)")

static = "\n".join(hexs(32) for _ in range(16))
block = f"-----BEGIN OpenVPN Static key V1-----\n{static}\n-----END OpenVPN Static key V1-----"
add("openvpn", "static-key", "network/openvpn/mdt-ta.key", fill(r"""
#
# 2048 bit OpenVPN static key
#
@@B@@
""", B=block), block, "OpenVPN --tls-auth / --genkey static key file (openvpn.net reference manual)")

key = b64bytes(32)
add("wireguard", "wireguard-private-key", "network/wireguard/wg-radio0.conf", fill(r"""
[Interface]
# console gateway at the backup dispatch center
Address = 10.99.0.2/24
ListenPort = 51820
PrivateKey = @@K@@

[Peer]
# primary dispatch center
PublicKey = @@P@@
Endpoint = 198.51.100.17:51820
AllowedIPs = 10.60.0.0/16, 10.99.0.0/24
PersistentKeepalive = 25
""", K=key, P=b64bytes(32)), key, "wg(8) / wg-quick(8) configuration file, PrivateKey (git.zx2c4.com/wireguard-tools)")

secret = human_pw("!%*")
add("freeradius", "radius-shared-secret", "network/freeradius/clients.conf", fill(r"""
# Radio console switches and APs that authenticate dispatchers against AD
client console-sw-a {
    ipaddr = 10.60.1.11
    secret = @@S@@
    shortname = console-sw-a
    nas_type = other
}

client console-sw-b {
    ipaddr = 10.60.1.12
    secret = @@S@@
    shortname = console-sw-b
    nas_type = other
}
""", S=secret), secret, "FreeRADIUS clients.conf secret (freeradius.org, raddb/clients.conf)")

key = hexs(64).upper()
add("ini", "p25-encryption-key", "radio/issi-gateway/crypto.ini", fill(r"""
; ISSI gateway - encrypted talkgroups patched to the neighbouring county
[general]
wacn=BEE00
system_id=3A7
rfss_id=1

[key.fire-tac-enc]
algorithm=AES-256
algid=0x84
keyid=0x0021
key=@@K@@
talkgroups=2301,2302,2303

[key.clear]
algorithm=clear
algid=0x80
talkgroups=2101,2102
""", K=key), key, "TIA-102.AAAD P25 block encryption (AES-256, ALGID 0x84, key ID); ISSI gateway key configuration")

pw = gen_pw(16)
add("routeros", "wifi-psk", "network/mikrotik/st09-hap.rsc", fill(r"""
# 2024-03-18 08:12:44 by RouterOS 7.13.5
# model = RB952Ui-5ac2nD  (Station 9 day room)
/interface bridge
add name=bridge1
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=staff supplicant-identity="" wpa2-pre-shared-key=@@PW@@
/interface wireless
set [ find default-name=wlan1 ] band=2ghz-b/g/n disabled=no mode=ap-bridge security-profile=staff ssid=BFR-ST9
/ip address
add address=10.40.9.1/24 interface=bridge1 network=10.40.9.0
/system identity
set name=st09-hap
""", PW=pw), pw, "MikroTik RouterOS wireless security-profiles wpa2-pre-shared-key (help.mikrotik.com)")

pw = human_pw("!#%*")
add("vyatta", "device-admin-password", "network/edgerouter/st12-er4.boot", fill(r"""
system {
    host-name st12-er4
    login {
        user fireit {
            authentication {
                plaintext-password "@@PW@@"
            }
            level admin
        }
    }
    ntp {
        server 10.20.0.1 {
        }
    }
    time-zone America/Chicago
}
interfaces {
    ethernet eth0 {
        address dhcp
        description "County WAN"
    }
    ethernet eth1 {
        address 10.40.12.1/24
        description "Station LAN"
    }
}
""", PW=pw), pw, "EdgeOS / Vyatta configuration, system login user authentication plaintext-password (help.ui.com)")

pw = gen_pw(16, "!%")
add("python", "ssh-password", "radio/tools/pull_console_logs.py", fill(r'''
"""Pull the MCC console position logs nightly for the QA coordinator."""
import datetime as dt
from pathlib import Path

import paramiko

HOSTS = ["10.60.2.21", "10.60.2.22", "10.60.2.23", "10.60.2.24"]
DEST = Path("/srv/qa/console-logs")


def pull(host: str) -> None:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username="logpull", password="@@PW@@", timeout=10)
    sftp = client.open_sftp()
    day = (dt.date.today() - dt.timedelta(days=1)).strftime("%Y%m%d")
    target = DEST / host / f"{day}.log"
    target.parent.mkdir(parents=True, exist_ok=True)
    sftp.get(f"/var/log/console/{day}.log", str(target))
    client.close()


for h in HOSTS:
    pull(h)
''', PW=pw), pw, "Paramiko SSHClient.connect(hostname, username, password) (docs.paramiko.org)")

pw = gen_pw(22)
add("ini", "ldap-bind-password", "ansible/roles/dispatch_linux/files/sssd.conf", fill(r"""
[sssd]
services = nss, pam, sudo
domains = county.local

[domain/county.local]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc01.county.local, ldaps://dc02.county.local
ldap_search_base = OU=Fire,DC=county,DC=local
ldap_default_bind_dn = CN=svc-sssd-dispatch,OU=Service Accounts,DC=county,DC=local
ldap_default_authtok_type = password
ldap_default_authtok = @@PW@@
ldap_tls_reqcert = demand
ldap_tls_cacert = /etc/pki/tls/certs/county-root.pem
cache_credentials = true
""", PW=pw), pw, "sssd-ldap(5) ldap_default_authtok (man7.org / sssd.io)")

# ================================================================ records management and EMS reporting (secrets)

key = uuid4().upper()
add("web-config", "api-key", "RmsBridge.Web/Web.config", fill(r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="ImageTrend:BaseUrl" value="https://larkspurcounty.imagetrendelite.com/Elite/api/v1" />
    <add key="ImageTrend:ApiKey" value="@@K@@" />
    <add key="ImageTrend:AgencyId" value="LCEMS" />
    <add key="Cad:IncidentFeedUrl" value="https://cadfeed.lcecc.local/api/incidents" />
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="ClientValidationEnabled" value="true" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" enableVersionHeader="false" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
""", K=key), key, "ASP.NET Web.config appSettings (learn.microsoft.com); ImageTrend Elite API key integration")

secret = mixed(40)
add("yaml", "oauth-client-secret", "eso-sync/config/production.yaml", fill(r"""
eso:
  auth_url: https://auth.esosuite.net/connect/token
  api_url: https://api.esosuite.net/ehr/v1
  client_id: larkspur-ems-qa-sync
  client_secret: "@@S@@"
  scope: ehr.read incidents.read
sync:
  since_days: 3
  page_size: 200
  targets:
    - type: sqlserver
      connection_env: QA_DB_CONNECTION
schedule: "*/15 * * * *"
""", S=secret), secret, "OAuth 2.0 client credentials (RFC 6749); ESO Suite API integration configuration")

pw = human_pw("!#%*")
add("xml", "nemsis-submission-password", "nemsis/requests/SubmitDataRequest.xml", fill(r"""
<?xml version="1.0" encoding="UTF-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ws="http://ws.nemsis.org/">
  <soapenv:Header/>
  <soapenv:Body>
    <ws:SubmitDataRequest>
      <ws:username>LCEMS_SUBMIT</ws:username>
      <ws:password>@@PW@@</ws:password>
      <ws:organization>LARKSPUR-CO-EMS</ws:organization>
      <ws:requestType>SubmitData</ws:requestType>
      <ws:submitPayload>
        <ws:payloadOfXmlElement>
          <!-- EMSDataSet is inserted here by build_submission.py -->
        </ws:payloadOfXmlElement>
      </ws:submitPayload>
      <ws:requestDataSchema>61</ws:requestDataSchema>
      <ws:schemaVersion>3.5.0</ws:schemaVersion>
    </ws:SubmitDataRequest>
  </soapenv:Body>
</soapenv:Envelope>
""", PW=pw), pw, "NEMSIS v3 Web Services Guide, SubmitDataRequest username / password / organization (nemsis.org)")

secret = draw(52, LOWER_DIGITS)
add("python", "oauth-client-secret", "neris/neris_export.py", fill(r'''
"""Export finalized incidents from the RMS to NERIS (National Emergency Response Information System)."""
import os

import requests

NERIS_API = "https://api.neris.fsri.org/v1"
NERIS_CLIENT_ID = "6c4q1kd9m0r7v2d3e8i5t0bn1u"
NERIS_CLIENT_SECRET = (
    "@@S1@@"
    "@@S2@@"
)
DEPARTMENT_NERIS_ID = "FD24027890"


def token():
    resp = requests.post(
        f"{NERIS_API}/token",
        data={"grant_type": "client_credentials"},
        auth=(NERIS_CLIENT_ID, NERIS_CLIENT_SECRET),
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def submit(incident: dict) -> str:
    resp = requests.post(
        f"{NERIS_API}/incident/{DEPARTMENT_NERIS_ID}",
        json=incident,
        headers={"Authorization": f"Bearer {token()}"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["neris_id"]
''', S1=secret[:26], S2=secret[26:]), secret, "NERIS API (neris.fsri.org) OAuth2 client credentials; adjacent Python string literals")

key = hexs(32)
add("postman", "apim-subscription-key", "postman/EmergencyReporting.postman_environment.json", fill(r"""
{
  "id": "0f4f6b1e-3c1d-4b8a-9a57-1f2b9c2d7e10",
  "name": "Emergency Reporting - Production",
  "values": [
    { "key": "baseUrl", "value": "https://data.emergencyreporting.com", "type": "default", "enabled": true },
    { "key": "accountId", "value": "48213", "type": "default", "enabled": true },
    { "key": "subscriptionKey", "value": "@@K@@", "type": "secret", "enabled": true },
    { "key": "accessToken", "value": "", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-05-02T14:22:10.118Z",
  "_postman_exported_using": "Postman/10.24.16"
}
""", K=key), key, "Postman environment export format; Azure API Management Ocp-Apim-Subscription-Key")

token = mixed(40)
add("ruby", "api-token", "lib/tasks/first_due_sync.rake", fill(r"""
require "net/http"
require "json"

FIRST_DUE_API = URI("https://sizeup.firstduesizeup.com/fd-api/v1/")
FIRST_DUE_TOKEN = "@@T@@".freeze

namespace :first_due do
  desc "Pull pre-incident plans changed in the last day"
  task preplans: :environment do
    uri = URI.join(FIRST_DUE_API, "preplans?updated_since=#{(Time.now - 86_400).utc.iso8601}")
    req = Net::HTTP::Get.new(uri)
    req["Authorization"] = "Bearer #{FIRST_DUE_TOKEN}"
    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
    JSON.parse(res.body).fetch("data", []).each do |plan|
      Preplan.upsert_from_first_due(plan)
    end
  end
end
""", T=token), token, "Ruby Net::HTTP request headers (docs.ruby-lang.org); First Due API bearer token")

secret = azure_client_secret()
add("python", "azure-client-secret", "powerbi/refresh_dataset.py", fill(r"""
# Trigger a refresh of the "Response Times" Power BI dataset after the nightly load
import msal
import requests

TENANT_ID = "8d3c1f5a-0c41-4a8f-b7a2-5e6f3a2c9d11"
CLIENT_ID = "e2b7a9c4-1f6d-4c3e-9a8b-7d5f2e1c0b93"
CLIENT_SECRET = "@@S@@"
GROUP_ID = "3f1a9c2e-7b4d-4e8f-a6c1-2d9e8f7a6b54"
DATASET_ID = "a7c3e1f9-5b2d-4a6e-8c4f-1e9d7b3a5c28"

app = msal.ConfidentialClientApplication(
    CLIENT_ID, authority=f"https://login.microsoftonline.com/{TENANT_ID}", client_credential=CLIENT_SECRET
)
token = app.acquire_token_for_client(scopes=["https://analysis.windows.net/powerbi/api/.default"])
resp = requests.post(
    f"https://api.powerbi.com/v1.0/myorg/groups/{GROUP_ID}/datasets/{DATASET_ID}/refreshes",
    headers={"Authorization": f"Bearer {token['access_token']}"},
    json={"notifyOption": "MailOnFailure"},
    timeout=30,
)
print(resp.status_code)
""", S=secret), secret, "MSAL Python ConfidentialClientApplication client_credential (learn.microsoft.com/entra/msal/python)")

pw = human_pw()
add("r", "sqlserver-password", "analysis/cardiac_arrest_survival.R", fill(r"""
# CARES-style cardiac arrest survival summary for the medical director
library(DBI)
library(odbc)
library(dplyr)

con <- dbConnect(odbc::odbc(),
                 Driver   = "ODBC Driver 18 for SQL Server",
                 Server   = "ems-dw01.county.local",
                 Database = "EMS_DW",
                 UID      = "ems_qa",
                 PWD      = "@@PW@@",
                 TrustServerCertificate = "yes")

arrests <- tbl(con, "vw_CardiacArrest") %>%
  filter(IncidentDate >= as.Date("2023-01-01")) %>%
  collect()

arrests %>%
  group_by(Year = format(IncidentDate, "%Y"), WitnessedBy) %>%
  summarise(n = n(), rosc = mean(ROSC == "Yes"), survived = mean(SurvivedToDischarge == "Yes")) %>%
  print(n = 50)

dbDisconnect(con)
""", PW=pw), pw, "R odbc package dbConnect(odbc::odbc(), UID, PWD) (solutions.posit.co/connections/db)")

pw = gen_pw(18)
add("jupyter", "postgres-password", "notebooks/turnout_times.ipynb", fill(r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Turnout times by station and shift (NFPA 1710 target: 80 s fire, 60 s EMS)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "engine = create_engine('postgresql+psycopg2://analyst:@@PW@@@cad-pg01.fire.local:5432/cad_analytics')\n",
    "df = pd.read_sql('SELECT station, shift, turnout_seconds, call_class FROM unit_responses', engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "df.groupby(['station', 'shift', 'call_class'])['turnout_seconds'].quantile(0.9).unstack()"
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
""", PW=pw), pw, "SQLAlchemy database URLs (docs.sqlalchemy.org/en/20/core/engines.html); Jupyter nbformat v4")

token = "00" + draw(40, URLSAFE)
add("terraform", "okta-api-token", "infra/identity/okta.tf", fill(r"""
terraform {
  required_providers {
    okta = {
      source  = "okta/okta"
      version = "~> 4.8"
    }
  }
}

provider "okta" {
  org_name  = "larkspurcounty"
  base_url  = "okta.com"
  api_token = "@@T@@"
}

resource "okta_group" "ems_field" {
  name        = "EMS Field Providers"
  description = "ePCR tablets and ESO access"
}

resource "okta_group" "fire_officers" {
  name        = "Fire Company Officers"
  description = "RMS approvers"
}
""", T=token), token, "Okta Terraform provider api_token (registry.terraform.io/providers/okta/okta)")

key = fakes.django_secret_key(_seed())
add("python", "django-secret-key", "inspections/inspections/settings/production.py", fill(r"""
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = '@@K@@'
ALLOWED_HOSTS = ["inspections.brookhavenfire.org"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "inspections",
        "HOST": "inspect-db01.fire.local",
        "USER": "inspections",
        "OPTIONS": {"passfile": "/etc/inspections/.pgpass"},
    }
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
""", K=key), key, "Django settings SECRET_KEY (docs.djangoproject.com/en/stable/ref/settings/#secret-key)")

pw = gen_pw(20)
add("yaml", "database-password", "preplan-app/config/database.yml", fill(r"""
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: preplan_development

test:
  <<: *default
  database: preplan_test

production:
  <<: *default
  host: preplan-db.fire.local
  database: preplan_production
  username: preplan
  password: @@PW@@
""", PW=pw), pw, "Rails Guides, Configuring a Database, config/database.yml (guides.rubyonrails.org)")

app_key = "base64:" + b64bytes(32)
add("dotenv", "laravel-app-key", "hydrant-portal/.env", fill(r"""
APP_NAME="Hydrant Portal"
APP_ENV=production
APP_KEY=@@K@@
APP_DEBUG=false
APP_URL=https://hydrants.millbrookfd.org

LOG_CHANNEL=stack
DB_CONNECTION=sqlite
DB_DATABASE=/var/www/hydrant-portal/database/hydrants.sqlite

SESSION_DRIVER=file
QUEUE_CONNECTION=sync
MAIL_MAILER=log
""", K=app_key), app_key, "Laravel configuration, APP_KEY encryption key (laravel.com/docs/encryption)")

pw = human_pw("!#%*")
add("yaml", "database-password", "epcr-gateway/src/main/resources/application.yml", fill(r"""
server:
  port: 8443
  ssl:
    key-store: classpath:keystore/epcr-gateway.p12
    key-store-password: ${KEYSTORE_PASSWORD}
spring:
  datasource:
    url: jdbc:sqlserver://ems-sql01.county.local:1433;databaseName=EPCR_STAGE;encrypt=true;trustServerCertificate=true
    username: epcr_gateway
    password: '@@PW@@'
  jpa:
    hibernate:
      ddl-auto: validate
epcr:
  hospital-notify:
    enabled: true
    stemi-centers: [ "MERCY", "STLUKE" ]
""", PW=pw), pw, "Spring Boot spring.datasource.password (docs.spring.io/spring-boot/appendix/application-properties)")

secret = hexs(64)
add("python", "jwt-signing-secret", "training-portal/app/config.py", fill(r"""
import os
from datetime import timedelta


class Config:
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///training.db")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    JWT_SECRET_KEY = "@@S@@"
    JWT_ACCESS_TOKEN_EXPIRES = timedelta(hours=8)
    CE_HOURS_REQUIRED = {"EMT": 40, "AEMT": 50, "PARAMEDIC": 60}
    UPLOAD_FOLDER = "/srv/training/uploads"


class TestConfig(Config):
    TESTING = True
    SQLALCHEMY_DATABASE_URI = "sqlite://"
""", S=secret), secret, "Flask-JWT-Extended JWT_SECRET_KEY (flask-jwt-extended.readthedocs.io/en/stable/options)")

token = "hvs.CAESI" + draw(86, URLSAFE)
add("shell", "vault-token", "scripts/rotate-cad-db-creds.sh", fill(r"""
#!/usr/bin/env bash
# Rotate the CAD replica read credentials and push them to the consumers
set -euo pipefail

export VAULT_ADDR=https://vault.fire.local:8200
export VAULT_TOKEN=@@T@@

vault read -format=json database/creds/cad-replica-ro > /tmp/cadcreds.json
USER=$(jq -r .data.username /tmp/cadcreds.json)
PASS=$(jq -r .data.password /tmp/cadcreds.json)

for host in cadfeed01 cadfeed02 rpt-util01; do
  ssh "svc@${host}" "sudo /usr/local/bin/set-cad-creds '${USER}' '${PASS}'"
done
shred -u /tmp/cadcreds.json
""", T=token), token, "Vault CLI VAULT_TOKEN environment variable; hvs. service token prefix (developer.hashicorp.com/vault/docs/concepts/tokens)")

token = fakes.github_token(_seed())
add("shell", "github-token", "deploy/publish-preplans.sh", fill(r"""
#!/bin/sh
# Publish the generated pre-incident plan PDFs to the GitHub Pages site used by the MDTs
set -e
cd /srv/preplans/site
git remote set-url origin https://x-access-token:@@T@@@github.com/millbrook-fd/preplans-site.git
git add -A
git commit -m "preplans $(date +%F)" || exit 0
git push origin main
""", T=token), token, "GitHub personal access tokens over HTTPS (docs.github.com/authentication)")

token = "glpat-" + draw(20, URLSAFE)
add("pip-conf", "gitlab-token", "ops/build-agent/pip.conf", fill(r"""
[global]
timeout = 60
index-url = https://pypi.org/simple
# internal packages (cadparse, nemsis-tools) from the GitLab package registry
extra-index-url = https://__token__:@@T@@@gitlab.fire.local/api/v4/projects/42/packages/pypi/simple
trusted-host = gitlab.fire.local
""", T=token), token, "GitLab PyPI package registry with a personal access token (docs.gitlab.com/user/packages/pypi_repository)")

token = fakes.fake("npm_", 36, _seed())
add("npmrc", "npm-token", "hydrant-app/.npmrc", fill(r"""
# shared build settings for the hydrant inspection app
@bfr:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@T@@
save-exact=true
engine-strict=true
fund=false
""", T=token), token, "npm config, .npmrc _authToken (docs.npmjs.com/cli/configuring-npm/npmrc)")

key = sendgrid_key()
add("csharp", "sendgrid-api-key", "src/Rms.Reports/Email/ReportMailer.cs", fill(r"""
using System.Threading.Tasks;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Rms.Reports.Email
{
    public class ReportMailer
    {
        private const string ApiKey = "@@K@@";
        private static readonly EmailAddress From = new EmailAddress("rms-reports@larkspurcounty.org", "LCFR RMS");

        public async Task SendMonthlyAsync(string to, string subject, byte[] pdf, string fileName)
        {
            var client = new SendGridClient(ApiKey);
            var msg = MailHelper.CreateSingleEmail(From, new EmailAddress(to), subject,
                "Monthly incident summary attached.", null);
            msg.AddAttachment(fileName, System.Convert.ToBase64String(pdf), "application/pdf");
            var response = await client.SendEmailAsync(msg);
            response.EnsureSuccessStatusCode();
        }
    }
}
""", K=key), key, "SendGrid C# library SendGridClient(apiKey) (github.com/sendgrid/sendgrid-csharp)")

key = hexs(32) + "-" + hexs(8) + "-" + hexs(8)
add("php", "mailgun-api-key", "burn-permits/app/Mail/send_permit.php", fill(r"""
<?php
// Emails the approved open-burn permit to the resident
require __DIR__ . '/../../vendor/autoload.php';

use Mailgun\Mailgun;

function send_permit(string $to, string $permitNo, string $pdfPath): void
{
    $mg = Mailgun::create('@@K@@');
    $mg->messages()->send('mg.millbrookfd.org', [
        'from'       => 'Millbrook Fire Prevention <permits@mg.millbrookfd.org>',
        'to'         => $to,
        'subject'    => "Open burn permit {$permitNo}",
        'text'       => "Your permit {$permitNo} is approved. Call 911 before you light.",
        'attachment' => [['filePath' => $pdfPath, 'filename' => "permit-{$permitNo}.pdf"]],
    ]);
}
""", K=key), key, "Mailgun PHP SDK Mailgun::create($apiKey) (documentation.mailgun.com)")

body = pem_body("MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", 1624)
json_key = ("-----BEGIN PRIVATE KEY-----\\n" + body.replace("\n", "\\n") + "\\n-----END PRIVATE KEY-----")
add("json", "gcp-service-account-key", "roster-sync/credentials/staffing-sheets-sa.json", fill(r"""
{
  "type": "service_account",
  "project_id": "lcfr-staffing",
  "private_key_id": "@@KID@@",
  "private_key": "@@K@@\n",
  "client_email": "roster-sync@lcfr-staffing.iam.gserviceaccount.com",
  "client_id": "104938271650283917462",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/roster-sync%40lcfr-staffing.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", KID=hexs(40), K=json_key), json_key, "Google Cloud service account key file format (cloud.google.com/iam/docs/keys-create-delete)")

pw = gen_pw(20)
auth = b64("ci-push:" + pw)
add("json", "docker-registry-auth", "ops/build-agent/docker-config.json", fill(r"""
{
  "auths": {
    "registry.fire.local": {
      "auth": "@@A@@"
    }
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  },
  "detachKeys": "ctrl-e,e"
}
""", A=auth), auth, "Docker CLI config.json auths (docs.docker.com/reference/cli/docker/#configuration-files)")

key = openssh_key()
indented = "\n".join("  " + line for line in key.splitlines())
add("ansible", "ssh-private-key", "ansible/host_vars/alert-util01.yml", fill(r"""
---
# alert-util01 pulls the station controller configs nightly over SSH
alertcfg_backup_user: cfgbackup
alertcfg_backup_hosts:
  - 10.40.1.31
  - 10.40.1.32
  - 10.40.1.33
alertcfg_backup_private_key: |
@@K@@
alertcfg_backup_dest: /srv/backups/alerting
""", K=indented), key, "OpenSSH private key format (openssh PROTOCOL.key); Ansible YAML literal block scalars")

pem = private_pem("", 184)
indented = "\n".join("      " + line for line in pem.splitlines())
add("yaml", "ec-private-key", "epcr-handoff/config/application-prod.yml", fill(r"""
handoff:
  hospital-endpoint: https://hie.regionalhealth.org/fhir/r4
  jwt:
    issuer: https://epcr.larkspurcounty.org
    key-id: lcems-handoff-2024
    algorithm: ES256
    private-key: |
@@K@@
  timeout: 15s
logging:
  level:
    org.lcems.handoff: INFO
""", K=indented), pem, "SMART Backend Services, client assertion signed with ES256 (hl7.org/fhir/smart-app-launch/backend-services)")

token = uuid4()
add("fluent-bit", "splunk-hec-token", "logging/fluent-bit/outputs.conf", fill(r"""
[OUTPUT]
    Name            splunk
    Match           cad.*
    Host            splunk-hec.county.local
    Port            8088
    TLS             On
    TLS.Verify      On
    Splunk_Token    @@T@@
    Splunk_Send_Raw Off
    Event_Index     fire_cad
    Event_Sourcetype cad:json
""", T=token), token, "Fluent Bit splunk output Splunk_Token (docs.fluentbit.io/manual/pipeline/outputs/splunk)")

pw = gen_pw(14)
add("shell", "ftp-password", "scripts/archive_12lead.sh", fill(r"""
#!/bin/bash
# Mirror the 12-lead ECG transmissions from the cardiac monitor gateway to the QA share.
set -euo pipefail

DEST=/srv/qa/12lead
LOG=/var/log/archive_12lead.log

lftp -u ecgarchive,@@PW@@ sftp://ecg-gw01.ems.local <<'LFTP' >> "$LOG" 2>&1
set sftp:auto-confirm yes
mirror --only-newer --no-perms /outbound /srv/qa/12lead
bye
LFTP

find "$DEST" -type f -mtime +400 -delete
""", PW=pw), pw, "lftp(1) -u user,password option (lftp.yar.ru/lftp-man.html)")

pw = gen_pw(16)
add("winscp-script", "sftp-password", "scripts/state_ems_upload.txt", fill(r"""
# WinSCP script: upload the daily NEMSIS export to the state EMS data repository
# run: winscp.com /ini=nul /script=state_ems_upload.txt /log=C:\Logs\state_ems.log
option batch abort
option confirm off
open sftp://lcems_upload:@@PW@@@sftp.ems-data.state.example.gov/ -hostkey="ssh-ed25519 255 pXq2Vb1b0nV9m8g4rT7s6yFzq0kJ3l1oU5e2WcHdA8s"
cd /incoming/larkspur
put -transfer=binary D:\NEMSIS\Outbound\*.xml
mv /incoming/larkspur/*.xml /incoming/larkspur/ready/
close
exit
""", PW=pw), pw, "WinSCP scripting, open command with session URL and -hostkey (winscp.net/eng/docs/scriptcommand_open)")

pw = human_pw("!#%*")
add("sql", "database-login-password", "db/migrations/V42__create_rms_reporting_login.sql", fill(r"""
-- Read-only login for the RMS reporting service (Crystal / SSRS)
USE [master];
GO
CREATE LOGIN [rms_reporting] WITH PASSWORD = N'@@PW@@', CHECK_POLICY = ON, DEFAULT_DATABASE = [FireRMS];
GO
USE [FireRMS];
GO
CREATE USER [rms_reporting] FOR LOGIN [rms_reporting];
ALTER ROLE [db_datareader] ADD MEMBER [rms_reporting];
GRANT EXECUTE ON SCHEMA::[reports] TO [rms_reporting];
GO
""", PW=pw), pw, "T-SQL CREATE LOGIN ... WITH PASSWORD (learn.microsoft.com/sql/t-sql/statements/create-login-transact-sql)")

pw = human_pw("!#%*")
add("powershell", "ad-service-password", "scripts/Sync-ShiftRoster.ps1", fill(r"""
# Copies tomorrow's shift roster from TeleStaff export into the RMS staffing table.
$ErrorActionPreference = 'Stop'

$user = 'COUNTY\svc-rosterjob'
$secure = ConvertTo-SecureString '@@PW@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($user, $secure)

$export = "\\telestaff01\exports\roster_$((Get-Date).AddDays(1).ToString('yyyyMMdd')).csv"
$rows = Import-Csv -Path $export

Invoke-Command -ComputerName rms-app01 -Credential $cred -ScriptBlock {
    param($data)
    Import-Module SqlServer
    $data | Write-SqlTableData -ServerInstance 'rms-sql01' -DatabaseName 'FireRMS' `
        -SchemaName 'staffing' -TableName 'RosterImport' -Force
} -ArgumentList (,$rows)
""", PW=pw), pw, "ConvertTo-SecureString -AsPlainText -Force and PSCredential (learn.microsoft.com/powershell)")

pw = gen_pw(20)
add("systemd", "database-password", "deploy/systemd/rms-sync.service", fill(r"""
[Unit]
Description=RMS incident sync (CAD -> Fire RMS)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=rmssync
WorkingDirectory=/opt/rms-sync
Environment="RMS_DB_HOST=rms-sql01.county.local"
Environment="RMS_DB_USER=rms_sync"
Environment="RMS_DB_PASSWORD=@@PW@@"
ExecStart=/opt/rms-sync/venv/bin/python -m rms_sync
Restart=on-failure
RestartSec=10

[Install]
WantedBy=multi-user.target
""", PW=pw), pw, "systemd.exec(5) Environment= (freedesktop.org)")

token = mixed(40)
add("crontab", "api-bearer-token", "ops/crontabs/rpt-util01", fill(r"""
# m h dom mon dow command
SHELL=/bin/bash
MAILTO=fireit@brookhavenfire.org
# refresh the hydrant out-of-service layer for the MDT maps every 10 minutes
*/10 * * * * curl -fsS -X POST -H "Authorization: Bearer @@T@@" https://gis.brookhaven-ny.example.gov/api/layers/hydrants-oos/refresh > /dev/null
# nightly CAD extract
15 2 * * * /opt/scripts/nightly_cad_extract.py >> /var/log/cad_extract.log 2>&1
""", T=token), token, "crontab(5) file format; curl -H Authorization: Bearer (everything.curl.dev)")

pw = gen_pw(18)
add("makefile", "registry-password", "Makefile", fill(r"""
REGISTRY := registry.fire.local
IMAGE    := $(REGISTRY)/cad-dashboard
TAG      ?= $(shell git rev-parse --short HEAD)

.PHONY: build push deploy

build:
	docker build -t $(IMAGE):$(TAG) .

push: build
	docker login $(REGISTRY) -u ci-push -p @@PW@@
	docker push $(IMAGE):$(TAG)

deploy: push
	kubectl -n dispatch set image deploy/cad-dashboard web=$(IMAGE):$(TAG)
""", PW=pw), pw, "docker login -u/-p (docs.docker.com/reference/cli/docker/login)")

pw = human_pw("!#%*")
add("netrc", "everbridge-password", "ops/notify-host/.netrc", fill(r"""
# used by curl --netrc in /opt/notify/send_recall.sh (off-duty recall via Everbridge)
machine api.everbridge.net
  login fire.recall.api@larkspurcounty.org
  password @@PW@@

# the TeleStaff roster FTP uses key auth, so it has no entry here
""", PW=pw), pw, "netrc(5) machine/login/password (curl --netrc, everything.curl.dev/usingcurl/netrc)")

pw = gen_pw(16)
add("k8s-secret", "smtp-password", "k8s/rms-reports/smtp-secret.yaml", fill(r"""
apiVersion: v1
kind: Secret
metadata:
  name: rms-reports-smtp
  namespace: rms
type: Opaque
stringData:
  SMTP_HOST: smtp.office365.com
  SMTP_PORT: "587"
  SMTP_USER: rms-reports@larkspurcounty.org
  SMTP_PASSWORD: "@@PW@@"
""", PW=pw), pw, "Kubernetes Secret stringData field (kubernetes.io/docs/concepts/configuration/secret)")

pw = gen_pw(22)
add("shell", "helm-set-password", "deploy/cad-dashboard/deploy.sh", fill(r"""
#!/usr/bin/env bash
set -euo pipefail
NS=dispatch
RELEASE=cad-dashboard

helm upgrade --install "$RELEASE" ./chart \
  --namespace "$NS" --create-namespace \
  --set image.tag="${1:?usage: deploy.sh TAG}" \
  --set db.host=cad-pg01.fire.local \
  --set db.user=dashboard \
  --set db.password='@@PW@@' \
  --wait --timeout 5m
kubectl -n "$NS" rollout status deploy/"$RELEASE"
""", PW=pw), pw, "helm upgrade --set (helm.sh/docs/helm/helm_upgrade)")

pw = human_pw("!#%*")
add("tfvars", "sql-admin-password", "infra/rms/prod.tfvars", fill(r"""
location            = "eastus2"
resource_group_name = "rg-fire-rms-prod"
sql_server_name     = "sql-fire-rms-prod"
sql_admin_login     = "rmsadmin"
sql_admin_password  = "@@PW@@"
sql_sku             = "GP_S_Gen5_2"
allowed_cidrs       = ["10.40.0.0/16", "10.60.0.0/16"]
tags = {
  department = "fire"
  system     = "rms"
}
""", PW=pw), pw, "Terraform input variable definitions files .tfvars (developer.hashicorp.com/terraform/language/values/variables)")

pw = human_pw("!#%*")
add("ansible-inventory", "winrm-password", "ansible/inventory/station_pcs.ini", fill(r"""
[station_pcs]
st01-dayroom ansible_host=10.40.1.50
st02-dayroom ansible_host=10.40.2.50
st03-dayroom ansible_host=10.40.3.50
st05-dayroom ansible_host=10.40.5.50

[station_pcs:vars]
ansible_user=COUNTY\svc-ansible
ansible_password=@@PW@@
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
""", PW=pw), pw, "Ansible Windows remote management, ansible_password with winrm (docs.ansible.com/ansible/latest/os_guide/windows_winrm.html)")

pw = human_pw("!#%*")
add("xml", "windows-admin-password", "mdt-image/autounattend.xml", fill(r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
      <UserAccounts>
        <AdministratorPassword>
          <Value>@@PW@@</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <OOBE>
        <HideEULAPage>true</HideEULAPage>
        <ProtectYourPC>3</ProtectYourPC>
        <SkipMachineOOBE>true</SkipMachineOOBE>
      </OOBE>
      <TimeZone>Central Standard Time</TimeZone>
      <RegisteredOrganization>Larkspur County Fire Rescue</RegisteredOrganization>
    </component>
  </settings>
</unattend>
""", PW=pw), pw, "Windows unattend Microsoft-Windows-Shell-Setup UserAccounts AdministratorPassword (learn.microsoft.com/windows-hardware/customize/desktop/unattend)")

cpw = b64bytes(32).rstrip("=")
add("xml", "gpp-cpassword", "gpo-backup/MDT-Local-Admin/Machine/Preferences/Groups/Groups.xml", fill(r"""
<?xml version="1.0" encoding="utf-8"?>
<Groups clsid="{3125E937-EB16-4b4c-9934-544FC6D24D26}">
  <User clsid="{DF5F1855-51E5-4d24-8B1A-D9BDE98BA1D1}" name="mdtadmin" image="2" changed="2021-09-14 16:02:11" uid="{7C1E4F3A-2B9D-4E8F-A1C6-5D3B2E9F7A10}">
    <Properties action="U" newName="" fullName="MDT local admin" description="Apparatus MDT break-glass" cpassword="@@C@@" changeLogon="0" noChange="1" neverExpires="1" acctDisabled="0" userName="mdtadmin"/>
  </User>
  <Group clsid="{6D4A79E4-529C-4481-ABD0-F5BD7EA93BA7}" name="Administrators (built-in)" image="2" changed="2021-09-14 16:03:40" uid="{2A9F6C1D-8E3B-4F7A-B5C2-1D6E9A4F3B27}">
    <Properties action="U" newName="" description="" deleteAllUsers="0" deleteAllGroups="0" removeAccounts="0" groupSid="S-1-5-32-544" groupName="Administrators (built-in)">
      <Members>
        <Member name="mdtadmin" action="ADD" sid=""/>
      </Members>
    </Properties>
  </Group>
</Groups>
""", C=cpw), cpw, "Group Policy Preferences Groups.xml cpassword (MS14-025; learn.microsoft.com [MS-GPPREF] 2.2.1.1.4)")

pw = human_pw("!#%*")
add("xml", "ftp-password", "ops/filezilla/sitemanager.xml", fill(r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Folder expanded="1">Fire IT
      <Server>
        <Host>sftp.lifenet-export.regionalhealth.org</Host>
        <Port>22</Port>
        <Protocol>1</Protocol>
        <Type>0</Type>
        <User>lcems_ecg</User>
        <Pass encoding="base64">@@P@@</Pass>
        <Logontype>1</Logontype>
        <Name>12-lead export (hospital)</Name>
        <SyncBrowsing>0</SyncBrowsing>
      </Server>
    </Folder>
  </Servers>
</FileZilla3>
""", P=b64(pw)), pw, "FileZilla sitemanager.xml Pass encoding=\"base64\" (wiki.filezilla-project.org)")

pw = gen_pw(16)
add("ini", "grafana-admin-password", "grafana/grafana.ini", fill(r"""
[server]
http_port = 3000
domain = grafana.fire.local
root_url = https://grafana.fire.local/

[security]
admin_user = admin
admin_password = @@PW@@
cookie_secure = true
disable_gravatar = true

[auth.anonymous]
enabled = true
org_name = Station Displays
org_role = Viewer

[users]
allow_sign_up = false
""", PW=pw), pw, "Grafana configuration [security] admin_password (grafana.com/docs/grafana/latest/setup-grafana/configure-grafana)")

key = hexs(32)
add("yaml", "pagerduty-routing-key", "monitoring/alertmanager/alertmanager.yml", fill(r"""
global:
  resolve_timeout: 5m

route:
  receiver: fire-it-email
  group_by: [alertname, site]
  routes:
    - matchers: [ 'severity="page"', 'system=~"cad|alerting|radio"' ]
      receiver: fire-it-oncall

receivers:
  - name: fire-it-email
    email_configs:
      - to: fireit@brookhavenfire.org
        smarthost: smtp.fire.local:25
        require_tls: false
  - name: fire-it-oncall
    pagerduty_configs:
      - routing_key: @@K@@
        severity: critical
        description: '{{ .CommonAnnotations.summary }}'
""", K=key), key, "Prometheus Alertmanager pagerduty_config routing_key (prometheus.io/docs/alerting/latest/configuration)")

pw = gen_pw(20)
add("javascript", "mongodb-password", "hydrant-api/src/db.js", fill(r"""
const mongoose = require('mongoose');

const uri = process.env.MONGO_URI ||
  'mongodb+srv://hydrantapp:@@PW@@@hydrants.x7k2q.mongodb.net/hydrants?retryWrites=true&w=majority';

async function connect() {
  await mongoose.connect(uri, { serverSelectionTimeoutMS: 8000 });
  console.log('mongo connected');
}

module.exports = { connect };
""", PW=pw), pw, "MongoDB connection string format mongodb+srv://user:password@host (mongodb.com/docs/manual/reference/connection-string)")

token = hexs(64)
add("ini", "sentry-auth-token", "responder-app/.sentryclirc", fill(r"""
[defaults]
url = https://sentry.io/
org = larkspur-county-fire
project = responder-app

[auth]
token = @@T@@
""", T=token), token, "sentry-cli configuration file .sentryclirc [auth] token (docs.sentry.io/cli/configuration)")

token = draw(40, URLSAFE)
add("terraform", "cloudflare-api-token", "infra/website/cloudflare.tf", fill(r"""
provider "cloudflare" {
  api_token = "@@T@@"
}

data "cloudflare_zone" "fd" {
  name = "millbrookfd.org"
}

resource "cloudflare_record" "burnban" {
  zone_id = data.cloudflare_zone.fd.id
  name    = "burnban"
  value   = "millbrook-fd.github.io"
  type    = "CNAME"
  proxied = true
}
""", T=token), token, "Cloudflare Terraform provider api_token (registry.terraform.io/providers/cloudflare/cloudflare)")

key = "tskey-auth-k" + mixed(10) + "CNTRL-" + mixed(33)
add("cloud-init", "tailscale-auth-key", "images/station-gateway/user-data.yaml", fill(r"""
#cloud-config
hostname: st-gw-template
timezone: America/Chicago
package_update: true
packages:
  - curl
  - chrony
runcmd:
  - curl -fsSL https://tailscale.com/install.sh | sh
  - tailscale up --authkey=@@K@@ --advertise-tags=tag:station-gw --ssh
  - systemctl enable --now chrony
""", K=key), key, "Tailscale auth keys, tailscale up --authkey (tailscale.com/kb/1085/auth-keys)")

token = "ATATT3xFfGF0" + draw(170, URLSAFE) + "=" + hexs(8).upper()
add("python", "atlassian-api-token", "tools/jira_apparatus_defects.py", fill(r"""
# Open a Jira ticket for each apparatus defect reported on the daily check app
from jira import JIRA

JIRA_URL = "https://larkspurfire.atlassian.net"
jira = JIRA(JIRA_URL, basic_auth=("fleet.bot@larkspurcounty.org", "@@T@@"))


def open_defect(unit, item, note, photo_path=None):
    issue = jira.create_issue(
        project="FLEET",
        summary=f"{unit}: {item}",
        description=note,
        issuetype={"name": "Defect"},
        labels=["daily-check", unit.lower()],
    )
    if photo_path:
        jira.add_attachment(issue=issue, attachment=photo_path)
    return issue.key
""", T=token), token, "Atlassian API tokens with basic auth (support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account)")

secret = azure_client_secret()
add("csharp", "azure-client-secret", "src/Fire.Notify/GraphMailer.cs", fill(r"""
using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace Fire.Notify;

public static class GraphMailer
{
    private static readonly GraphServiceClient Client = new(
        new ClientSecretCredential(
            "0b6c7e2a-4f19-4d3b-8a51-6e2f9c1d7b43",
            "9f1e3a7c-2d58-4b6e-a0c4-3e7d1b9f5a62",
            "@@S@@"),
        new[] { "https://graph.microsoft.com/.default" });

    public static Task SendAsync(string to, string subject, string html) =>
        Client.Users["duty-officer@larkspurcounty.org"].SendMail.PostAsync(new()
        {
            Message = new Message
            {
                Subject = subject,
                Body = new ItemBody { ContentType = BodyType.Html, Content = html },
                ToRecipients = new() { new Recipient { EmailAddress = new EmailAddress { Address = to } } },
            },
        });
}
""", S=secret), secret, "Azure.Identity ClientSecretCredential(tenantId, clientId, clientSecret) (learn.microsoft.com/dotnet/api/azure.identity)")

hook = f"https://discord.com/api/webhooks/{_rng().randint(10**17, 9 * 10**17)}/{draw(68, URLSAFE)}"
add("yaml", "discord-webhook", "volunteer-bot/notify.yml", fill(r"""
# Millbrook VFC: mirror CAD pages to the members' Discord
sources:
  cadpage_email:
    imap_host: imap.millbrookfd.org
    imap_user: cadpage@millbrookfd.org
    imap_password_env: CADPAGE_IMAP_PASSWORD
targets:
  discord_pages:
    webhook_url: "@@H@@"
    username: "Millbrook CAD"
    mention_role: "<@&1122334455667788990>"
  discord_apparatus:
    enabled: false
""", H=hook), hook, "Discord webhooks, execute webhook URL (discord.com/developers/docs/resources/webhook)")

token = mixed(40)
add("python", "groupme-token", "volunteer-bot/groupme_roster.py", fill(r"""
# Count who replied "responding" in the GroupMe after a page (for the chief's weekly report)
import requests

GROUPME_TOKEN = "@@T@@"
GROUP_ID = "84120377"
API = "https://api.groupme.com/v3"


def responders(since_id):
    resp = requests.get(f"{API}/groups/{GROUP_ID}/messages",
                        params={"token": GROUPME_TOKEN, "after_id": since_id, "limit": 100}, timeout=10)
    resp.raise_for_status()
    msgs = resp.json()["response"]["messages"]
    return sorted({m["name"] for m in msgs if "respond" in (m.get("text") or "").lower()})
""", T=token), token, "GroupMe API v3, token query parameter (dev.groupme.com/docs/v3)")

# ================================================================ hydrant inspection apps (secrets)

client_id, secret = draw(16), hexs(32)
add("python", "arcgis-client-secret", "hydrants/sync_flow_tests.py", fill(r'''
"""Copy hydrant flow test results from the Survey123 layer into the water utility's asset layer."""
from arcgis.gis import GIS

PORTAL = "https://larkspurcounty.maps.arcgis.com"
CLIENT_ID = "@@ID@@"
CLIENT_SECRET = "@@S@@"
SURVEY_LAYER = "3c9f2a61e4b84d7fa0c2e5b19d7e6a43"
ASSETS_LAYER = "b81e4f0a9c2d4e6b8f1a3c5d7e9f0a2b"

gis = GIS(PORTAL, client_id=CLIENT_ID, client_secret=CLIENT_SECRET)
tests = gis.content.get(SURVEY_LAYER).layers[0]
assets = gis.content.get(ASSETS_LAYER).layers[0]

new = tests.query(where="synced = 0", out_fields="hydrant_id,static_psi,residual_psi,flow_gpm,tested_on")
for f in new.features:
    a = f.attributes
    assets.calculate(where=f"hydrant_id = '{a['hydrant_id']}'",
                     calc_expression=[{"field": "last_flow_gpm", "value": a["flow_gpm"]},
                                      {"field": "last_static_psi", "value": a["static_psi"]}])
tests.calculate(where="synced = 0", calc_expression={"field": "synced", "value": 1})
print(f"synced {len(new.features)} flow tests")
''', ID=client_id, S=secret), secret, "ArcGIS API for Python GIS(url, client_id=, client_secret=) app credentials (developers.arcgis.com/python)")

pw = human_pw("!#%*")
add("python", "arcgis-password", "hydrants/nightly_oos_report.py", fill(r"""
# Nightly list of out-of-service hydrants for the battalion chiefs
import datetime as dt

from arcgis.gis import GIS

gis = GIS("https://gis.millbrook-ny.example.gov/portal", "fire_gis_svc", "@@PW@@")
layer = gis.content.get("5d2b7c19a8e34f60b1c4d9e2f7a3b8c5").layers[0]
oos = layer.query(where="status = 'OUT OF SERVICE'", out_fields="hydrant_id,address,oos_reason,oos_since")

lines = [f"Out-of-service hydrants as of {dt.date.today():%m/%d/%Y}", ""]
for f in sorted(oos.features, key=lambda f: f.attributes["address"]):
    a = f.attributes
    lines.append(f"{a['hydrant_id']:<8} {a['address']:<40} {a['oos_reason']}")
print("\n".join(lines))
""", PW=pw), pw, "ArcGIS API for Python GIS(url, username, password) (developers.arcgis.com/python/guide/working-with-different-authentication-schemes)")

token = mapbox_token("sk", "millbrookfd")
add("shell", "mapbox-secret-token", "hydrants/upload_tileset.sh", fill(r"""
#!/usr/bin/env bash
# Rebuild the hydrant tileset used by the MDT map after each inspection cycle
set -euo pipefail

export MAPBOX_ACCESS_TOKEN=@@T@@

ogr2ogr -f GeoJSONSeq hydrants.geojsonl PG:"service=hydrants" -sql "SELECT * FROM hydrants_public"
tilesets upload-source millbrookfd hydrants hydrants.geojsonl --replace
tilesets publish millbrookfd.hydrants
rm -f hydrants.geojsonl
""", T=token), token, "Mapbox secret tokens (sk.) with tileset scopes; mapbox-tilesets CLI (docs.mapbox.com/accounts/guides/tokens)")

ref = draw(20, string.ascii_lowercase)
key = jwt({"iss": "supabase", "ref": ref, "role": "service_role", "iat": 1706745600, "exp": 2022321600})
add("typescript", "supabase-service-role-key", "hydrant-inspect/supabase/functions/close-inspection/index.ts", fill(r"""
import { serve } from 'https://deno.land/std@0.177.0/http/server.ts';
import { createClient } from 'https://esm.sh/@supabase/supabase-js@2';

const supabase = createClient(
  'https://@@REF@@.supabase.co',
  '@@K@@',
);

serve(async (req) => {
  const { inspectionId, result, notes } = await req.json();
  const { error } = await supabase
    .from('inspections')
    .update({ result, notes, closed_at: new Date().toISOString() })
    .eq('id', inspectionId);
  if (error) return new Response(error.message, { status: 500 });
  if (result === 'FAIL') {
    await supabase.from('hydrants').update({ status: 'OUT OF SERVICE' }).eq('id', inspectionId);
  }
  return new Response('ok');
});
""", REF=ref, K=key), key, "Supabase API keys, service_role key bypasses Row Level Security (supabase.com/docs/guides/api/api-keys)")

key = "AAPK" + hexs(32) + draw(64, URLSAFE)
add("javascript", "arcgis-api-key", "hydrant-geocoder/geocode-batch.js", fill(r"""
// Server-side batch geocode of new hydrant addresses from the water utility's work orders.
// Runs on gis-util01 under Task Scheduler.
const { ApiKeyManager } = require('@esri/arcgis-rest-request');
const { bulkGeocode } = require('@esri/arcgis-rest-geocoding');
const workOrders = require('./workorders.json');

const authentication = ApiKeyManager.fromKey('@@K@@');

async function run() {
  const addresses = workOrders.map((w, i) => ({ OBJECTID: i + 1, SingleLine: w.address }));
  const res = await bulkGeocode({ addresses, authentication, params: { forStorage: true } });
  for (const loc of res.locations) {
    console.log(loc.attributes.ResultID, loc.address, loc.location && [loc.location.x, loc.location.y]);
  }
}

run().catch((e) => { console.error(e); process.exit(1); });
""", K=key), key, "ArcGIS REST JS ApiKeyManager.fromKey (developers.arcgis.com/arcgis-rest-js); API key credentials")

# ================================================================ paging and notification (secrets)

token = "u+" + mixed(18)
add("terraform", "pagerduty-api-token", "infra/oncall/pagerduty.tf", fill(r"""
provider "pagerduty" {
  token = "@@T@@"
}

resource "pagerduty_escalation_policy" "fire_it" {
  name      = "Fire IT - CAD / Alerting"
  num_loops = 2
  rule {
    escalation_delay_in_minutes = 10
    target {
      type = "schedule_reference"
      id   = pagerduty_schedule.fire_it_primary.id
    }
  }
}

resource "pagerduty_service" "station_alerting" {
  name              = "Station Alerting"
  escalation_policy = pagerduty_escalation_policy.fire_it.id
  alert_creation    = "create_alerts_and_incidents"
}
""", T=token), token, "PagerDuty Terraform provider token (registry.terraform.io/providers/PagerDuty/pagerduty)")

pw = gen_pw(8)
add("ini", "paging-terminal-password", "paging/tap-gateway.ini", fill(r"""
; Email-to-pager gateway: sends CAD pages to the county paging terminal over TAP/SNPP
[terminal]
protocol = snpp
host = paging-term.county.local
port = 444
login = FIREPAGE
password = @@PW@@

[tap]
modem = /dev/ttyS0
baud = 1200
phone = 9,5075550188

[routing]
default_capcode = 1204455
max_length = 240
""", PW=pw), pw, "RFC 1861 SNPP (LOGIn command with password); TAP paging terminal settings")

pw = human_pw("!#%*")
basic = b64("kc0xyz-fire:" + pw)
add("python", "basic-auth-header", "paging/dapnet_send.py", fill(r"""
#!/usr/bin/env python3
# Backup paging path for the volunteer company over DAPNET (amateur radio POCSAG network)
import sys

import requests

DAPNET_URL = "https://hampager.de/api/calls"
AUTH_HEADER = {"Authorization": "Basic @@B@@"}


def page(text, callsigns=("kc0xyz", "kd0abc", "n0fire"), tx_group="us-mn"):
    body = {"text": text[:80], "callSignNames": list(callsigns),
            "transmitterGroupNames": [tx_group], "emergency": False}
    r = requests.post(DAPNET_URL, json=body, headers=AUTH_HEADER, timeout=10)
    r.raise_for_status()


if __name__ == "__main__":
    page(" ".join(sys.argv[1:]) or "TEST PAGE")
""", B=basic), basic, "DAPNET API POST /calls with HTTP Basic auth (hampager.de/dokuwiki, DAPNET API)")

pw = gen_pw(16)
add("fetchmailrc", "imap-password", "paging/cadpage/fetchmailrc", fill(r"""
# Pull CAD page emails for the station printer and the Telegram bot
set daemon 30
set logfile /var/log/fetchmail.log
set no bouncemail

poll outlook.office365.com protocol IMAP port 993
    user "cadpage@millbrookfd.org" there with password "@@PW@@" is "cadpage" here
    ssl sslproto TLS1.2+
    folder "CAD Pages"
    keep
    mda "/usr/local/bin/cadpage-dispatch"
""", PW=pw), pw, "fetchmail(1) rc file, user ... with password ... (fetchmail.info/fetchmail-man.html)")

key_sid, key_secret = twilio_sid("SK"), mixed(32)
add("javascript", "twilio-api-key-secret", "recall-service/src/twilio.js", fill(r"""
// Off-duty recall: voice calls with "press 1 to accept" through Twilio
const twilio = require('twilio');

const client = twilio('@@SK@@', '@@S@@', {
  accountSid: 'AC' + 'e3b4f7c21a9d8e6f0b5c4a3d2e1f7a9b',
});

async function recallCall(to, message) {
  return client.calls.create({
    to,
    from: '+15075550199',
    twiml: `<Response><Gather numDigits="1" action="https://recall.larkspurcounty.org/ivr/answer"><Say>${message}</Say></Gather></Response>`,
  });
}

module.exports = { recallCall };
""", SK=key_sid, S=key_secret), key_secret, "Twilio API keys (SK...) and secrets with accountSid option (twilio.com/docs/iam/api-keys)")

secret = b64bytes(32)
add("go", "webhook-signing-secret", "internal/webhook/verify.go", fill(r"""
package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
)

// Shared with the CAD vendor's outbound incident webhook (configured in their admin UI).
var signingSecret = []byte("@@S@@")

// Verify checks the X-CAD-Signature header (hex HMAC-SHA256 of the body).
func Verify(r *http.Request, body []byte) bool {
	mac := hmac.New(sha256.New, signingSecret)
	mac.Write(body)
	expected := hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(expected), []byte(r.Header.Get("X-CAD-Signature")))
}
""", S=secret), secret, "HMAC-SHA256 webhook signature verification (Go crypto/hmac, pkg.go.dev)")

key = "sk_live_51" + mixed(96)
add("python", "stripe-secret-key", "permits/payments.py", fill(r"""
# Fire prevention permit fees (tents, fireworks displays, burn permits)
import stripe

stripe.api_key = "@@K@@"

FEES = {"open-burn": 2500, "tent": 7500, "fireworks-display": 25000, "hot-work": 5000}


def checkout(permit_type, permit_no, email):
    return stripe.checkout.Session.create(
        mode="payment",
        customer_email=email,
        line_items=[{
            "price_data": {"currency": "usd", "unit_amount": FEES[permit_type],
                           "product_data": {"name": f"{permit_type} permit {permit_no}"}},
            "quantity": 1,
        }],
        success_url="https://permits.millbrookfd.org/paid?permit=" + permit_no,
        cancel_url="https://permits.millbrookfd.org/cancel",
        metadata={"permit_no": permit_no},
    )
""", K=key), key, "Stripe API keys, secret keys sk_live_ (docs.stripe.com/keys)")

# ================================================================ decoys: references, placeholders, ciphertext

add("dotenv", "decoy-placeholder", "cad-alert-bridge/.env.example", fill(r"""
# Copy to .env and fill in from the Fire IT password manager (entry "CAD bridge - prod")
CAD_API_BASE=https://cadapi.larkspurcounty.org/inform/api/v2
CAD_API_TOKEN_URL=https://cadapi.larkspurcounty.org/inform/oauth/token
CAD_API_CLIENT_ID=fire-alerting-bridge
CAD_API_CLIENT_SECRET=<client-secret-from-password-manager>
CAD_POLL_INTERVAL=3
ALERT_ZONES=ST1,ST2,ST4,ST7,ST9
ALERT_CONTROLLER_URL=http://10.40.1.20:8080
LOG_LEVEL=debug
"""), None, "dotenv .env.example convention with placeholder values")

add("helm", "decoy-secret-reference", "charts/cad-dashboard/values.yaml", fill(r"""
replicaCount: 2
image:
  repository: registry.fire.local/cad-dashboard
  tag: ""
  pullPolicy: IfNotPresent

db:
  host: cad-pg01.fire.local
  port: 5432
  name: cad_analytics
  user: dashboard
  # password comes from the Secret created by ExternalSecrets (key: password)
  existingSecret: cad-dashboard-db
  existingSecretPasswordKey: password

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: cad-dashboard.fire.local
      paths: ["/"]
resources:
  requests: { cpu: 100m, memory: 128Mi }
"""), None, "Helm chart values existingSecret convention (Bitnami charts documentation)")

add("k8s", "decoy-external-secret", "k8s/cad-gateway/externalsecret.yaml", fill(r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: cad-gateway-db
  namespace: dispatch
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-fire
    kind: ClusterSecretStore
  target:
    name: cad-gateway-db
    creationPolicy: Owner
  data:
    - secretKey: DB_PASSWORD
      remoteRef:
        key: fire/cad-gateway/db
        property: password
    - secretKey: DB_USER
      remoteRef:
        key: fire/cad-gateway/db
        property: username
"""), None, "External Secrets Operator ExternalSecret (external-secrets.io/latest/api/externalsecret)")

add("sops", "decoy-ciphertext", "secrets/alerting.prod.enc.yaml", fill(r"""
controller:
    admin_user: ENC[AES256_GCM,data:@@D1@@,iv:@@I1@@,tag:@@T1@@,type:str]
    admin_password: ENC[AES256_GCM,data:@@D2@@,iv:@@I2@@,tag:@@T2@@,type:str]
twilio:
    auth_token: ENC[AES256_GCM,data:@@D3@@,iv:@@I3@@,tag:@@T3@@,type:str]
sops:
    kms: []
    age:
        - recipient: age1@@AGE@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@AGE1@@
            @@AGE2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-04-11T19:22:05Z"
    mac: ENC[AES256_GCM,data:@@MAC@@,iv:@@I4@@,tag:@@T4@@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", D1=b64bytes(6), I1=b64bytes(32), T1=b64bytes(16), D2=b64bytes(15), I2=b64bytes(32), T2=b64bytes(16),
    D3=b64bytes(24), I3=b64bytes(32), T3=b64bytes(16), AGE=draw(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
    AGE1=b64bytes(48), AGE2=b64bytes(45), MAC=b64bytes(48), I4=b64bytes(32), T4=b64bytes(16)), None,
    "Mozilla SOPS encrypted YAML with age recipients (github.com/getsops/sops)")

add("ansible", "decoy-vault-ciphertext", "ansible/group_vars/station_alerting/vault.yml", vault_blob(12) + "\n", None,
    "ansible-vault encrypted variables file format (docs.ansible.com/ansible/latest/vault_guide)")

add("terraform", "decoy-secret-manager", "infra/cad-analytics/secrets.tf", fill(r"""
resource "random_password" "cad_analytics_db" {
  length           = 32
  special          = true
  override_special = "!#%*-_"
}

resource "aws_secretsmanager_secret" "cad_analytics_db" {
  name       = "fire/cad-analytics/db-master"
  kms_key_id = aws_kms_key.fire_secrets.arn
}

resource "aws_secretsmanager_secret_version" "cad_analytics_db" {
  secret_id     = aws_secretsmanager_secret.cad_analytics_db.id
  secret_string = random_password.cad_analytics_db.result
}

data "aws_secretsmanager_secret_version" "geotab" {
  secret_id = "fire/fleet/geotab-api"
}

locals {
  geotab = jsondecode(data.aws_secretsmanager_secret_version.geotab.secret_string)
}
"""), None, "Terraform random_password and aws_secretsmanager_secret_version (registry.terraform.io)")

add("github-actions", "decoy-secret-reference", ".github/workflows/deploy.yml", fill(r"""
name: deploy
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    permissions:
      id-token: write
      contents: read
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/fire-avl-deploy
          aws-region: us-east-2
      - name: Deploy AVL ingest
        env:
          SAMSARA_TOKEN: ${{ secrets.SAMSARA_TOKEN }}
          GEOTAB_PASSWORD: ${{ secrets.GEOTAB_PASSWORD }}
          SLACK_WEBHOOK_URL: ${{ secrets.OPS_SLACK_WEBHOOK }}
        run: |
          npm ci
          npx serverless deploy --stage prod
"""), None, "GitHub Actions secrets context and OIDC role assumption (docs.github.com/actions/security-guides/using-secrets-in-github-actions)")

add("gitlab-ci", "decoy-env-reference", ".gitlab-ci.yml", fill(r"""
stages: [test, package, deploy]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

package:
  stage: package
  image: python:3.12
  script:
    - pip install build twine
    - python -m build
    - TWINE_PASSWORD=${CI_JOB_TOKEN} TWINE_USERNAME=gitlab-ci-token python -m twine upload --repository-url ${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/pypi dist/*

deploy:
  stage: deploy
  script:
    - ./deploy/rms-sync.sh "$RMS_DEPLOY_HOST" "$RMS_DB_PASSWORD"
  only: [main]
"""), None, "GitLab CI/CD predefined variables CI_JOB_TOKEN and masked project variables (docs.gitlab.com/ci/variables)")

add("cisco-ios", "decoy-password-hash", "network/configs/st04-sw01.cfg", fill(r"""
hostname ST04-SW01
!
enable secret 9 @@E@@
!
username fireit privilege 15 secret 9 @@U@@
username netbackup privilege 3 secret 9 @@B@@
!
aaa new-model
aaa authentication login default group tacacs+ local
!
interface Vlan40
 description Station 4 LAN
 ip address 10.40.4.2 255.255.255.0
!
ip default-gateway 10.40.4.1
ip ssh version 2
!
line vty 0 15
 transport input ssh
!
end
""", E=cisco9(), U=cisco9(), B=cisco9()), None, "Cisco IOS type 9 (scrypt) password hashing, enable secret 9 (cisco.com)")

add("htpasswd", "decoy-password-hash", "station-display/nginx/.htpasswd", "\n".join(
    f"{u}:{bcrypt_hash()}" for u in ["st01", "st02", "st03", "st04", "st05", "fireit"]) + "\n", None,
    "Apache htpasswd bcrypt entries (httpd.apache.org/docs/current/programs/htpasswd.html)")

add("ssh", "decoy-public-key", "ansible/roles/base/files/authorized_keys", "\n".join([
    "# Fire IT admins - managed by ansible, do not edit on the host",
    ssh_pub("jmartinez@fireit-lt04"),
    ssh_pub("kpatel@fireit-lt07"),
    ssh_pub("cfgbackup@alert-util01"),
    "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + draw(517, B64) + " svc-ansible@ansible01",
]) + "\n", None, "OpenSSH authorized_keys format (man.openbsd.org/sshd#AUTHORIZED_KEYS_FILE_FORMAT)")

add("pem", "decoy-certificate", "nginx/certs/cad-dashboard.fire.local.chain.pem", cert_pem() + "\n" + cert_pem() + "\n", None,
    "PEM-encoded X.509 certificate chain (RFC 7468)")

# ================================================================ decoys: public identifiers and browser keys

add("javascript", "decoy-browser-key", "hydrant-inspect/src/firebase.js", fill(r"""
// Firebase web config for the hydrant inspection PWA. These values are public by design:
// access is enforced by Firestore security rules and App Check, not by the apiKey.
import { initializeApp } from 'firebase/app';
import { getFirestore } from 'firebase/firestore';
import { getAuth } from 'firebase/auth';

const firebaseConfig = {
  apiKey: '@@K@@',
  authDomain: 'bfr-hydrants.firebaseapp.com',
  projectId: 'bfr-hydrants',
  storageBucket: 'bfr-hydrants.appspot.com',
  messagingSenderId: '640219873514',
  appId: '1:640219873514:web:@@APP@@',
};

export const app = initializeApp(firebaseConfig);
export const db = getFirestore(app);
export const auth = getAuth(app);
""", K=google_api_key(), APP=hexs(22)), None, "Firebase web app configuration object (firebase.google.com/docs/projects/api-keys: API keys for Firebase are not secret)")

add("javascript", "decoy-public-map-token", "station-board/src/map.js", fill(r"""
import mapboxgl from 'mapbox-gl';

// Public (pk.) token, URL-restricted to board.fire.local in the Mapbox account.
mapboxgl.accessToken = '@@T@@';

export function createMap(container, station) {
  const map = new mapboxgl.Map({
    container,
    style: 'mapbox://styles/mapbox/navigation-night-v1',
    center: [station.lon, station.lat],
    zoom: 13,
  });
  map.addControl(new mapboxgl.NavigationControl({ showCompass: false }));
  return map;
}
""", T=mapbox_token("pk", "bfr-gis")), None, "Mapbox public access tokens (pk.) for client-side use (docs.mapbox.com/accounts/guides/tokens)")

add("typescript", "decoy-public-dsn", "responder-app/src/sentry.ts", fill(r"""
import * as Sentry from '@sentry/react-native';

// DSNs are safe to ship in the app bundle; they only allow sending events.
Sentry.init({
  dsn: 'https://@@K@@@o4506127.ingest.us.sentry.io/4506127788138496',
  environment: __DEV__ ? 'development' : 'production',
  tracesSampleRate: 0.2,
  enableNative: true,
  beforeSend(event) {
    if (event.user) {
      delete event.user.email;
    }
    return event;
  },
});
""", K=hexs(32)), None, "Sentry DSN explainer: the DSN is not a secret (docs.sentry.io/concepts/key-terms/dsn-explainer)")

add("html", "decoy-publishable-key", "permits/templates/pay.html", fill(r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Pay permit fee - Millbrook Fire Prevention</title>
  <script src="https://js.stripe.com/v3/"></script>
</head>
<body>
  <h1>Permit {{ permit.number }}</h1>
  <p>Fee: ${{ permit.fee_display }}</p>
  <button id="pay">Pay now</button>
  <script>
    const stripe = Stripe('pk_live_51@@K@@');
    document.getElementById('pay').addEventListener('click', () => {
      stripe.redirectToCheckout({ sessionId: '{{ checkout_session_id }}' });
    });
  </script>
</body>
</html>
""", K=mixed(96)), None, "Stripe publishable keys (pk_live_) are meant for client-side code (docs.stripe.com/keys)")

rows = ["unit,router_model,serial,imei,iccid,mac,carrier,firmware"]
for unit in ["E1", "E2", "L1", "M11", "M12", "M14", "BC1", "T41"]:
    r = _rng()
    rows.append(f"{unit},IBR900-1200M,MM{r.randint(10**11, 10**12 - 1)},35{r.randint(10**12, 10**13 - 1)},"
                f"8901410{r.randint(10**11, 10**12 - 1)}{r.randint(0, 9)},00:30:44:{r.randint(0, 255):02X}:{r.randint(0, 255):02X}:{r.randint(0, 255):02X},"
                f"FirstNet,7.24.40")
add("csv", "decoy-device-identifiers", "fleet/inventory/apparatus_routers.csv", "\n".join(rows) + "\n", None,
    "Cradlepoint router inventory export (serial, IMEI, ICCID, MAC are identifiers, not credentials)")

incident = {
    "incidentId": uuid4(), "cadNumber": "F24-018823", "type": "STRUCTURE FIRE - RESIDENTIAL",
    "priority": 1, "address": "1418 W ORCHARD LN", "received": "2024-03-09T03:14:22-06:00",
    "units": [{"unitId": uuid4(), "callsign": c, "status": s} for c, s in [("E3", "ONSCENE"), ("L1", "ENROUTE"), ("M12", "DISP")]],
    "etag": hexs(32),
}
add("json", "decoy-uuid-ids", "tests/fixtures/incident_structure_fire.json", json.dumps(incident, indent=2) + "\n", None,
    "CAD incident payload fixture; UUIDs and ETags are identifiers")

add("dockerfile", "decoy-checksum", "station-gateway/Dockerfile", fill(r"""
FROM debian:bookworm-slim@sha256:@@D@@

ARG TELEGRAF_VERSION=1.30.2
ARG TELEGRAF_SHA256=@@S@@

RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl \
 && curl -fsSLo /tmp/telegraf.tar.gz https://dl.influxdata.com/telegraf/releases/telegraf-${TELEGRAF_VERSION}_linux_amd64.tar.gz \
 && echo "${TELEGRAF_SHA256}  /tmp/telegraf.tar.gz" | sha256sum -c - \
 && tar -xzf /tmp/telegraf.tar.gz -C / --strip-components=2 \
 && rm -rf /tmp/telegraf.tar.gz /var/lib/apt/lists/*

COPY telegraf.conf /etc/telegraf/telegraf.conf
USER nobody
ENTRYPOINT ["telegraf", "--config", "/etc/telegraf/telegraf.conf"]
""", D=hexs(64), S=hexs(64)), None, "Docker image digests and sha256sum verification (docs.docker.com/reference/dockerfile)")

lock_entries = []
for name, ver in [("mapbox-gl", "3.2.0"), ("mqtt", "5.5.0"), ("twilio", "4.23.0"), ("axios", "1.6.8")]:
    lock_entries.append(f'''    "node_modules/{name}": {{
      "version": "{ver}",
      "resolved": "https://registry.npmjs.org/{name}/-/{name}-{ver}.tgz",
      "integrity": "sha512-{b64bytes(64)}"
    }}''')
add("json", "decoy-integrity-hash", "station-board/package-lock.json", fill(r"""
{
  "name": "station-board",
  "version": "2.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
@@E@@
  }
}
""", E=",\n".join(lock_entries)), None, "npm package-lock.json integrity (Subresource Integrity sha512) (docs.npmjs.com/cli/configuring-npm/package-lock-json)")

add("markdown", "decoy-doc-example", "fleet/avl-ingest/README.md", fill(r"""
# AVL ingest

Lambda that takes unit positions from the apparatus modems and keeps `unit-last-position` current.

## Local run

Use a profile, never keys in files. For the LocalStack tests the SDK needs *some* keys, so the
test harness uses the values from the AWS documentation:

```bash
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
export AWS_ENDPOINT_URL=http://localhost:4566
pytest -q tests/integration
```

For the real account: `aws sso login --profile fire-avl` and `AWS_PROFILE=fire-avl`.
"""), None, "AWS documentation example access key AKIAIOSFODNN7EXAMPLE (docs.aws.amazon.com/IAM/latest/UserGuide)")

add("log", "decoy-redacted", "docs/incidents/2024-02-cadfeed-outage/cadfeed.log", fill(r"""
2024-02-17 03:02:11,482 INFO  cadfeed.main starting cadfeed 4.8.2
2024-02-17 03:02:11,490 INFO  cadfeed.config loaded /etc/cadfeed/cadfeed.toml
2024-02-17 03:02:11,491 DEBUG cadfeed.config sql: Server=cad-sql02.bfr.local;User Id=svc_cadfeed;Password=********;
2024-02-17 03:02:11,893 ERROR cadfeed.db login failed for user 'svc_cadfeed' (18456, state 8)
2024-02-17 03:02:11,894 DEBUG cadfeed.publish headers={'Authorization': 'Bearer [REDACTED]', 'Content-Type': 'application/json'}
2024-02-17 03:02:16,900 WARN  cadfeed.main retrying in 5s (attempt 2/10)
2024-02-17 03:07:41,120 INFO  cadfeed.db connected after password rotation (ticket FIREIT-2291)
"""), None, "Application log with masked credentials (OWASP Logging Cheat Sheet)")

add("python", "decoy-test-fixture", "tests/test_alert_sms.py", fill(r"""
import pytest

from pi_alerter import alert_sms

FAKE_SID = "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
FAKE_TOKEN = "not-a-real-token"


@pytest.fixture
def client(mocker):
    mocker.patch.object(alert_sms, "ACCOUNT_SID", FAKE_SID)
    mocker.patch.object(alert_sms, "AUTH_TOKEN", FAKE_TOKEN)
    fake = mocker.Mock()
    mocker.patch.object(alert_sms, "Client", return_value=fake)
    return fake


def test_pages_every_member(client):
    alert_sms.page_roster(["+15005550006", "+15005550009"], "TEST")
    assert client.messages.create.call_count == 2
"""), None, "pytest fixtures with mocked Twilio client and obvious dummy values (docs.pytest.org)")

add("python", "decoy-env-reference", "fleet/geotab/client.py", fill(r"""
import os

import mygeotab


def api() -> mygeotab.API:
    client = mygeotab.API(
        username=os.environ["GEOTAB_USERNAME"],
        password=os.environ["GEOTAB_PASSWORD"],
        database=os.environ.get("GEOTAB_DATABASE", "larkspur_county_fire"),
        server=os.environ.get("GEOTAB_SERVER", "my.geotab.com"),
    )
    client.authenticate()
    return client


def apparatus():
    return [d for d in api().get("Device") if d["name"].startswith(("E", "L", "M", "T", "BC"))]
"""), None, "mygeotab Python SDK API(username, password, database) with credentials from the environment")

add("csharp", "decoy-vault-lookup", "src/Bfr.CadFeed.Api/Secrets/CadSecrets.cs", fill(r"""
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace Bfr.CadFeed.Api.Secrets;

public sealed class CadSecrets
{
    private readonly SecretClient _client =
        new(new Uri("https://kv-bfr-cadfeed.vault.azure.net/"), new DefaultAzureCredential());

    public async Task<string> CadReplicaConnectionStringAsync(CancellationToken ct)
    {
        KeyVaultSecret secret = await _client.GetSecretAsync("CadReplica-ConnectionString", cancellationToken: ct);
        return secret.Value;
    }
}
"""), None, "Azure Key Vault SecretClient with DefaultAzureCredential (learn.microsoft.com/azure/key-vault/secrets/quick-create-net)")

add("appsettings-json", "decoy-vault-reference", "src/Rms.Functions/appsettings.json", fill(r"""
{
  "ConnectionStrings": {
    "FireRms": "@Microsoft.KeyVault(SecretUri=https://kv-fire-rms.vault.azure.net/secrets/FireRms-Sql/)",
    "ServiceBus": "@Microsoft.KeyVault(VaultName=kv-fire-rms;SecretName=ServiceBus-Listen)"
  },
  "ImageTrend": {
    "BaseUrl": "https://larkspurcounty.imagetrendelite.com/Elite/api/v1",
    "ApiKey": "@Microsoft.KeyVault(VaultName=kv-fire-rms;SecretName=ImageTrend-ApiKey)"
  },
  "Logging": {
    "LogLevel": { "Default": "Information" }
  }
}
"""), None, "App Service Key Vault references @Microsoft.KeyVault(SecretUri=...) (learn.microsoft.com/azure/app-service/app-service-key-vault-references)")

add("java-properties", "decoy-env-reference", "cad-interface/src/main/resources/application.properties", fill(r"""
server.port=8085
spring.application.name=cad-rms-interface

hxgn.oncall.endpoint=${HXGN_ENDPOINT:https://oncall-gw.metro911.local:8443/ws/cad}
hxgn.oncall.username=${HXGN_USERNAME}
hxgn.oncall.password=${HXGN_PASSWORD}
hxgn.oncall.agency=MFD

spring.datasource.url=jdbc:sqlserver://rms-sql01.county.local:1433;databaseName=FireRMS;encrypt=true
spring.datasource.username=${RMS_DB_USER}
spring.datasource.password=${RMS_DB_PASSWORD}
"""), None, "Spring Boot property placeholders ${...} resolved from the environment (docs.spring.io)")

add("docker-compose", "decoy-env-reference", "deploy/cad-mirror/docker-compose.prod.yml", fill(r"""
services:
  cad-mirror-db:
    image: postgres:16
    environment:
      POSTGRES_DB: cad_mirror
      POSTGRES_USER: cadmirror
      POSTGRES_PASSWORD_FILE: /run/secrets/cad_mirror_db_password
    secrets:
      - cad_mirror_db_password
  cad-mirror-sync:
    image: registry.fire.local/cad-mirror-sync:${SYNC_TAG:-2.3.1}
    environment:
      MIRROR_DB_PASSWORD: ${MIRROR_DB_PASSWORD:?set MIRROR_DB_PASSWORD}
      CAD_API_TOKEN: ${CAD_API_TOKEN:?set CAD_API_TOKEN}

secrets:
  cad_mirror_db_password:
    file: /etc/cad-mirror/db_password
"""), None, "Compose file secrets and variable interpolation (docs.docker.com/compose/how-tos/use-secrets)")

add("kustomize", "decoy-file-reference", "k8s/rms-reports/kustomization.yaml", fill(r"""
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: rms
resources:
  - deployment.yaml
  - service.yaml
secretGenerator:
  - name: rms-reports-smtp
    envs:
      - smtp.env   # not committed; created from the password manager on the build host
  - name: rms-reports-tls
    files:
      - tls.crt
      - tls.key
    type: kubernetes.io/tls
generatorOptions:
  disableNameSuffixHash: false
"""), None, "Kustomize secretGenerator from env files (kubectl.docs.kubernetes.io/references/kustomize/kustomization/secretgenerator)")

add("powershell", "decoy-vault-lookup", "scripts/Invoke-RosterSync.ps1", fill(r"""
#Requires -Modules Microsoft.PowerShell.SecretManagement
$ErrorActionPreference = 'Stop'

# Vault "FireIT" is a SecretStore registered on rms-app01 for the job account only.
$cred = Get-Secret -Vault FireIT -Name 'svc-rosterjob'
$smtp = Get-Secret -Vault FireIT -Name 'roster-smtp' -AsPlainText

Invoke-Command -ComputerName rms-app01 -Credential $cred -FilePath .\Import-Roster.ps1
Send-MailMessage -To 'staffing@larkspurcounty.org' -From 'roster@larkspurcounty.org' `
    -Subject 'Roster import complete' -SmtpServer 'smtp.county.local' `
    -Credential (New-Object PSCredential('roster@larkspurcounty.org', (ConvertTo-SecureString $smtp -AsPlainText -Force)))
"""), None, "PowerShell SecretManagement Get-Secret (learn.microsoft.com/powershell/utility-modules/secretmanagement)")

add("sql", "decoy-password-hash", "inspections/db/seed/002_users.sql", fill(r"""
-- Inspector accounts for the training environment. Hashes only (bcrypt, cost 12);
-- inspectors set their own password on first login via the reset link.
INSERT INTO users (id, email, display_name, role, password_hash, must_reset) VALUES
  (1, 'capt.hollis@millbrookfd.org',  'Capt. R. Hollis',  'inspector', '@@H1@@', true),
  (2, 'lt.okafor@millbrookfd.org',    'Lt. A. Okafor',    'inspector', '@@H2@@', true),
  (3, 'fm.delgado@millbrookfd.org',   'FM M. Delgado',    'admin',     '@@H3@@', true);

SELECT setval('users_id_seq', 3);
""", H1="$2b$12$" + draw(53, CRYPT), H2="$2b$12$" + draw(53, CRYPT), H3="$2b$12$" + draw(53, CRYPT)), None,
    "bcrypt password hashes stored in a users table (OWASP Password Storage Cheat Sheet)")

add("go", "decoy-env-reference", "internal/config/config.go", fill(r"""
package config

import (
	"fmt"
	"os"
)

type Config struct {
	BrokerURL    string `json:"broker_url"`
	MQTTUser     string `json:"mqtt_user"`
	MQTTPassword string `json:"-"`
	IngestToken  string `json:"-"`
}

func Load() (Config, error) {
	c := Config{
		BrokerURL:    getenv("BROKER_URL", "ssl://mqtt.fire.local:8883"),
		MQTTUser:     getenv("MQTT_USER", "apparatus"),
		MQTTPassword: os.Getenv("MQTT_PASSWORD"),
		IngestToken:  os.Getenv("INGEST_TOKEN"),
	}
	if c.MQTTPassword == "" || c.IngestToken == "" {
		return c, fmt.Errorf("MQTT_PASSWORD and INGEST_TOKEN must be set")
	}
	return c, nil
}

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
"""), None, "Go os.Getenv configuration loading (pkg.go.dev/os#Getenv)")

add("plist", "decoy-public-map-token", "MDT-iPad/MDT/Info.plist", fill(r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>BFR MDT</string>
	<key>CFBundleIdentifier</key>
	<string>org.brookhavenfire.mdt</string>
	<key>CFBundleShortVersionString</key>
	<string>3.4.1</string>
	<key>MBXAccessToken</key>
	<string>@@T@@</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>Shows your unit on the incident map.</string>
	<key>UIBackgroundModes</key>
	<array>
		<string>location</string>
	</array>
</dict>
</plist>
""", T=mapbox_token("pk", "bfr-gis")), None, "Mapbox Maps SDK for iOS MBXAccessToken public token in Info.plist (docs.mapbox.com/ios/maps/guides/install)")

add("gradle", "decoy-env-reference", "apparatus-check/app/build.gradle.kts", fill(r"""
import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "org.bfr.check"
    compileSdk = 34
    defaultConfig {
        applicationId = "org.bfr.check"
        minSdk = 26
        targetSdk = 34
        versionCode = 41
        versionName = "2.6.0"
        buildConfigField("String", "FLEET_API_KEY",
            "\"${localProps.getProperty("fleetApiKey") ?: System.getenv("FLEET_API_KEY") ?: ""}\"")
    }
    buildFeatures { buildConfig = true }
}
"""), None, "Android Gradle buildConfigField from local.properties / environment (developer.android.com/build/gradle-tips)")

add("markdown", "decoy-placeholder", "docs/runbooks/rotate-samsara-token.md", fill(r"""
# Runbook: rotate the Samsara API token

Owner: Fire IT (fleet). Do this every 180 days or when someone with access leaves.

1. In Samsara, *Settings > API Tokens*, create `fleet-sync-YYYYMM` with read scopes for
   Vehicles, Vehicle Statistics and Maintenance.
2. Store it in Vault:
   ```
   vault kv put fire/fleet/samsara token=<new-token>
   ```
3. Restart the sync so it picks the token up: `sudo systemctl restart samsara-sync`.
4. Check the log shows `200` from `/fleet/vehicles/stats`:
   ```
   journalctl -u samsara-sync -n 50 | grep vehicles/stats
   ```
5. Delete the old token in Samsara. Tokens look like `samsara_api_XXXXXXXXXXXXXXXXXXXXXXXX`;
   never paste one into a ticket or chat.
"""), None, "Operations runbook with placeholder values; Samsara API token management (developers.samsara.com)")

# ================================================================ decoys: encrypted, hashed, public, generated at runtime

add("json", "decoy-credentials-elsewhere", "node-red/flows.json", fill(r"""
[
    {
        "id": "@@ID1@@",
        "type": "mqtt-broker",
        "name": "fire broker",
        "broker": "mqtt.fire.local",
        "port": "8883",
        "tls": "@@ID2@@",
        "clientid": "nr-alerting",
        "usetls": true,
        "protocolVersion": "4",
        "keepalive": "60"
    },
    {
        "id": "@@ID3@@",
        "type": "http request",
        "z": "@@ID4@@",
        "name": "G2 controller - dispatch",
        "method": "POST",
        "ret": "obj",
        "url": "https://g2-controller.fire.local/api/v1/alerts",
        "tls": "@@ID2@@",
        "authType": "basic",
        "senderr": true,
        "wires": [["@@ID5@@"]]
    }
]
""", ID1=hexs(16), ID2=hexs(16), ID3=hexs(16), ID4=hexs(16), ID5=hexs(16)), None,
    "Node-RED flow file: node credentials are kept out of flows.json, in the encrypted flows_cred.json (nodered.org/docs/creating-nodes/credentials)")

add("yaml", "decoy-env-reference", "grafana/provisioning/datasources/fleet.yaml", fill(r"""
apiVersion: 1
datasources:
  - name: Fleet InfluxDB
    type: influxdb
    access: proxy
    url: https://influx.fire.local:8086
    jsonData:
      version: Flux
      organization: bfr
      defaultBucket: apparatus
    secureJsonData:
      token: $__env{INFLUX_READ_TOKEN}
  - name: CAD analytics
    type: postgres
    url: cad-pg01.fire.local:5432
    user: grafana_ro
    jsonData:
      database: cad_analytics
      sslmode: require
    secureJsonData:
      password: $__file{/run/secrets/grafana_cad_ro}
"""), None, "Grafana provisioning variable expansion $__env{} and $__file{} (grafana.com/docs/grafana/latest/administration/provisioning)")

add("toml", "decoy-env-reference", "telegraf/telegraf.d/outputs.conf", fill(r"""
[[outputs.influxdb_v2]]
  urls = ["https://influx.fire.local:8086"]
  ## token is injected by the systemd unit from /etc/default/telegraf
  token = "${INFLUX_TOKEN}"
  organization = "bfr"
  bucket = "stations"

[[outputs.health]]
  service_address = "http://127.0.0.1:8652"
"""), None, "Telegraf configuration environment variables ${VAR} (docs.influxdata.com/telegraf/v1/configuration)")

add("wireguard", "decoy-public-key", "network/wireguard/wg-st11.conf", fill(r"""
[Interface]
# Station 11 gateway. The private key stays on the box:
#   wg genkey | tee /etc/wireguard/private.key | wg pubkey
Address = 10.99.0.11/24
PostUp = wg set %i private-key /etc/wireguard/private.key

[Peer]
# dispatch center head end
PublicKey = @@P1@@
Endpoint = 198.51.100.17:51820
AllowedIPs = 10.60.0.0/16
PersistentKeepalive = 25

[Peer]
# backup dispatch center
PublicKey = @@P2@@
Endpoint = 198.51.100.45:51820
AllowedIPs = 10.61.0.0/16
""", P1=b64bytes(32), P2=b64bytes(32)), None, "wg-quick PostUp private-key from file; peers' PublicKey values (man wg-quick)")

add("ini", "decoy-file-reference", "monitoring/zabbix/zabbix_agent2.d/tls.conf", fill(r"""
### Station controllers report to Zabbix over PSK-encrypted connections.
### The PSK itself is generated on each host (openssl rand -hex 32) and never leaves it.
TLSConnect=psk
TLSAccept=psk
TLSPSKIdentity=PSK-STATION-CONTROLLER-07
TLSPSKFile=/etc/zabbix/zabbix_agent2.psk
Server=zabbix.fire.local
ServerActive=zabbix.fire.local
Hostname=st07-controller
"""), None, "Zabbix agent 2 TLSPSKIdentity / TLSPSKFile parameters (zabbix.com/documentation/current/en/manual/encryption/using_pre_shared_keys)")

add("mosquitto-passwd", "decoy-password-hash", "mosquitto/passwd", "\n".join(
    f"{u}:$7$101${b64bytes(12)}${b64bytes(64)}" for u in ["cadbridge", "apparatus", "st05", "st07", "nr-alerting", "grafana"]) + "\n",
    None, "mosquitto_passwd(1) hashed password file, $7$ PBKDF2-SHA512 entries (mosquitto.org/man/mosquitto_passwd-1.html)")

add("jinja", "decoy-template-variable", "ansible/roles/pbx/templates/sip_alerting.conf.j2", fill(r"""
; {{ ansible_managed }}
[general]
context=station-alerting
allowguest=no
alwaysauthreject=yes

{% for st in alerting_stations %}
[alert-{{ st.id }}]
type=friend
host=dynamic
defaultuser=alert-{{ st.id }}
secret={{ vault_sip_secrets[st.id] }}
context=station-alerting
disallow=all
allow=ulaw
{% endfor %}
"""), None, "Ansible template module with Jinja2 variables from vault-encrypted vars (docs.ansible.com/ansible/latest/collections/ansible/builtin/template_module.html)")

add("markdown", "decoy-doc-example", "nemsis/README.md", fill(r"""
# NEMSIS state submission

`build_submission.py` wraps each night's EMSDataSet in the NEMSIS v3 SubmitDataRequest and posts it
to the state collection web service.

## Request shape

```xml
<ws:SubmitDataRequest>
  <ws:username>YOUR_STATE_USERNAME</ws:username>
  <ws:password>YOUR_STATE_PASSWORD</ws:password>
  <ws:organization>YOUR_ORGANIZATION</ws:organization>
  <ws:requestType>SubmitData</ws:requestType>
  ...
</ws:SubmitDataRequest>
```

The real username and password are read from `NEMSIS_USERNAME` / `NEMSIS_PASSWORD` on `rms-app01`
(set by the `nemsis_submit` Ansible role from vault). Test against the NEMSIS TAC compliance
endpoint before changing the schema version.
"""), None, "NEMSIS v3 Web Services Guide request example with placeholders (nemsis.org/technical-resources/version-3)")

jwks = {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": hexs(16), "n": base64.urlsafe_b64encode(raw_bytes(256)).decode().rstrip("="), "e": "AQAB"}
                 for _ in range(2)]}
add("json", "decoy-public-key", "epcr-handoff/static/.well-known/jwks.json", json.dumps(jwks, indent=2) + "\n", None,
    "JSON Web Key Set with RSA public keys (RFC 7517)")

add("xml", "decoy-certificate", "sso/idp-metadata.xml", fill(r"""
<?xml version="1.0" encoding="utf-8"?>
<EntityDescriptor ID="_@@ID@@" entityID="https://sts.windows.net/8d3c1f5a-0c41-4a8f-b7a2-5e6f3a2c9d11/" xmlns="urn:oasis:names:tc:SAML:2.0:metadata">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <X509Data>
          <X509Certificate>@@C@@</X509Certificate>
        </X509Data>
      </KeyInfo>
    </KeyDescriptor>
    <SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/8d3c1f5a-0c41-4a8f-b7a2-5e6f3a2c9d11/saml2"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/8d3c1f5a-0c41-4a8f-b7a2-5e6f3a2c9d11/saml2"/>
  </IDPSSODescriptor>
</EntityDescriptor>
""", ID=uuid4(), C="MIIC8DCCAdigAwIBAgIQ" + draw(980, B64) + "=="), None,
    "SAML 2.0 IdP metadata with the signing certificate (docs.oasis-open.org/security/saml/v2.0)")

pgp_body = pem_body("mQINBGX", 1800)
add("asc", "decoy-public-key", "docs/keys/fire-records-pgp.asc", fill(r"""
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: Larkspur County Fire Rescue - Records Requests <records@larkspurcounty.org>

@@B@@
=@@CRC@@
-----END PGP PUBLIC KEY BLOCK-----
""", B=pgp_body, CRC=draw(4, B64)), None, "OpenPGP ASCII-armored public key block (RFC 4880 section 6.2)")

add("json", "decoy-placeholder", "fleet/geotab/config.sample.json", fill(r"""
{
  "server": "my.geotab.com",
  "database": "your_database",
  "userName": "api-user@example.org",
  "password": "CHANGE_ME",
  "feeds": {
    "LogRecord": { "resultsLimit": 50000, "intervalSeconds": 30 },
    "StatusData": { "diagnostics": ["DiagnosticEngineHoursId", "DiagnosticOdometerId"] }
  }
}
"""), None, "Sample configuration with placeholder credentials (MyGeotab SDK samples)")

add("tfvars", "decoy-placeholder", "infra/rms/example.tfvars", fill(r"""
# Copy to prod.tfvars. Do not commit real values: the admin password is created by
# random_password and kept in Key Vault; set sql_admin_password only for a restore.
location            = "eastus2"
resource_group_name = "rg-fire-rms-dev"
sql_server_name     = "sql-fire-rms-dev"
sql_admin_login     = "rmsadmin"
sql_admin_password  = "REPLACE_WITH_KEYVAULT_VALUE"
sql_sku             = "GP_S_Gen5_1"
"""), None, "Terraform .tfvars example file with placeholder values")

add("k8s", "decoy-sealed-secret", "k8s/alerting/sealed-twilio.yaml", fill(r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: twilio
  namespace: alerting
spec:
  encryptedData:
    TWILIO_ACCOUNT_SID: @@A@@
    TWILIO_AUTH_TOKEN: @@B@@
  template:
    metadata:
      name: twilio
      namespace: alerting
    type: Opaque
""", A="AgB" + b64bytes(560)[3:], B="AgC" + b64bytes(560)[3:]), None,
    "Bitnami Sealed Secrets encryptedData, decryptable only in-cluster (github.com/bitnami-labs/sealed-secrets)")

kms_text = fill(r"""
service: avl-ingest
frameworkVersion: "3"

provider:
  name: aws
  runtime: python3.12
  region: us-east-2
  environment:
    KINESIS_STREAM: fire-avl-positions
    # KMS-encrypted with alias/fire-avl; the function decrypts it at cold start
    SAMSARA_TOKEN_ENCRYPTED: @@C@@
  iam:
    role:
      statements:
        - Effect: Allow
          Action: [kms:Decrypt]
          Resource: arn:aws:kms:us-east-2:123456789012:alias/fire-avl

functions:
  ingest:
    handler: handler.ingest
    events:
      - stream:
          type: kinesis
          arn: arn:aws:kinesis:us-east-2:123456789012:stream/fire-avl-positions
""", C="AQICAHh" + b64bytes(180)[7:])
add("yaml", "decoy-kms-ciphertext", "fleet/avl-ingest/serverless.yml", kms_text, None,
    "AWS KMS ciphertext blob in function configuration (docs.aws.amazon.com/kms/latest/developerguide)")

add("github-actions", "decoy-commit-sha", ".github/workflows/ci.yml", fill(r"""
name: ci
on: [push, pull_request]

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@@@S1@@ # v4.1.7
      - uses: actions/setup-python@@@S2@@ # v5.1.0
        with:
          python-version: "3.12"
          cache: pip
      - run: pip install -r requirements-dev.txt
      - run: pytest -q --junitxml=report.xml
      - uses: actions/upload-artifact@@@S3@@ # v4.3.3
        with:
          name: junit
          path: report.xml
""", S1=hexs(40), S2=hexs(40), S3=hexs(40)), None, "GitHub Actions pinning actions to a full-length commit SHA (docs.github.com/actions/security-guides)")

rows = ["hydrant_id,globalid,district,address,lat,lon,main_in,flow_gpm,color_class,last_inspected,status"]
for i in range(12):
    r = _rng()
    gpm = r.choice([480, 720, 950, 1120, 1350, 1600])
    color = "RED" if gpm < 500 else "ORANGE" if gpm < 1000 else "GREEN" if gpm < 1500 else "LIGHT BLUE"
    rows.append(f"H-{r.randint(1000, 4999)},{{{uuid4().upper()}}},{r.choice(['N', 'S', 'E', 'W'])},"
                f"{r.randint(100, 9999)} {r.choice(['OAK', 'ELM', 'MAIN', 'RIVER', 'MILL', 'CHURCH'])} ST,"
                f"41.{r.randint(10000, 99999)},-73.{r.randint(10000, 99999)},{r.choice([6, 8, 12])},{gpm},{color},"
                f"2024-0{r.randint(4, 9)}-{r.randint(10, 28)},{r.choice(['IN SERVICE', 'IN SERVICE', 'IN SERVICE', 'OUT OF SERVICE'])}")
add("csv", "decoy-asset-ids", "hydrants/exports/district_inspection_2024.csv", "\n".join(rows) + "\n", None,
    "ArcGIS feature export with GlobalID GUIDs; NFPA 291 hydrant color classes")

status = {"generated": "2024-05-14T18:22:09Z", "source": "cad-mirror", "etag": f'W/"{hexs(16)}"',
          "units": [{"unit": u, "status": s, "incident": inc, "statusColor": c, "avlDeviceId": hexs(12)}
                    for u, s, inc, c in [("E1", "AVAILABLE", None, "#2E7D32"), ("E3", "ONSCENE", "F24-021177", "#C62828"),
                                         ("L1", "ENROUTE", "F24-021177", "#F9A825"), ("M11", "TRANSPORT", "E24-063302", "#6A1B9A"),
                                         ("M12", "AT HOSPITAL", "E24-063298", "#1565C0"), ("BC1", "AVAILABLE", None, "#2E7D32")]]}
add("json", "decoy-cad-sample", "station-board/test/data/unit_status_sample.json", json.dumps(status, indent=2) + "\n", None,
    "CAD unit status sample: incident numbers, colors, AVL device ids")

add("ini", "decoy-device-identifiers", "mdt/config/M14-mdt.ini", fill(r"""
[unit]
callsign=M14
agency=LCEMS
vehicle_vin=1FDUF5HT3NEC@@V@@
radio_id=714214
avl_device_serial=CP@@S@@

[network]
modem_imei=35@@IMEI@@
wifi_mac=3C:A9:F4:@@M1@@
apn=firstnet-broadband
vpn_profile=mdt-fleet

[cad]
message_switch=cadmsw.lcecc.local:7421
workstation_id=MDT-M14
""", V=str(_rng().randint(10**5, 10**6 - 1)), S=hexs(12).upper(), IMEI=str(_rng().randint(10**12, 10**13 - 1)),
    M1=":".join(hexs(2).upper() for _ in range(3))), None, "Mobile data terminal configuration with device identifiers (VIN, IMEI, MAC, radio ID)")

add("ini", "decoy-radio-identifiers", "radio/issi-gateway/system.ini", fill(r"""
; ISSI gateway - system identity (no key material here; keys are loaded with the KVL)
[home_system]
wacn=BEE00
system_id=3A7
rfss_id=1
site_id=4
nac=0x3A7

[peer_system]
name=Adjacent County P25
wacn=BEE00
system_id=3B2
issi_address=10.60.9.20:5000

[talkgroups]
2101=FIRE DISP 1,clear
2102=FIRE DISP 2,clear
2301=FIRE TAC ENC 1,algid=0x84,keyid=0x0021
2302=FIRE TAC ENC 2,algid=0x84,keyid=0x0021
"""), None, "P25 system identifiers (WACN, System ID, NAC), ALGID / key IDs without keys (TIA-102)")

add("yaml", "decoy-tone-codes", "alerting/tone-plan.yaml", fill(r"""
# Two-tone sequential (Motorola Quick Call II) alert tones decoded by the station receivers.
# Tone A 1 s, tone B 3 s. Frequencies in Hz.
stations:
  ST1: { tone_a: 349.0, tone_b: 433.7, relay_group: st1-all }
  ST2: { tone_a: 349.0, tone_b: 457.9, relay_group: st2-all }
  ST3: { tone_a: 368.5, tone_b: 433.7, relay_group: st3-all }
  ST5: { tone_a: 368.5, tone_b: 569.1, relay_group: st5-all }
  ALL_CALL: { tone_a: 1153.4, tone_b: 1185.2, relay_group: all }
paging_capcodes:
  chiefs: 1204455
  volunteers: 1204460
  hazmat_team: 1204471
"""), None, "Motorola Quick Call II two-tone sequential paging tone plan; POCSAG capcodes")

add("python", "decoy-test-fixture", "fleet/tests/test_samsara_sync.py", fill(r"""
import responses

from fleet import samsara_sync

FAKE_TOKEN = "samsara_api_FAKEFAKEFAKEFAKEFAKEFAKEFAKE00"


@responses.activate
def test_paginates(monkeypatch):
    monkeypatch.setattr(samsara_sync, "SAMSARA_TOKEN", FAKE_TOKEN)
    responses.add(responses.GET, "https://api.samsara.com/fleet/vehicles/stats",
                  json={"data": [{"name": "E1"}], "pagination": {"hasNextPage": True, "endCursor": "c1"}})
    responses.add(responses.GET, "https://api.samsara.com/fleet/vehicles/stats",
                  json={"data": [{"name": "L1"}], "pagination": {"hasNextPage": False, "endCursor": ""}})
    names = [v["name"] for v in samsara_sync.vehicle_stats()]
    assert names == ["E1", "L1"]
"""), None, "Unit test with a token that declares itself fake (responses library, github.com/getsentry/responses)")

add("postman", "decoy-empty-values", "postman/EmergencyReporting.template.postman_environment.json", fill(r"""
{
  "id": "7d2e9a41-6b3c-4f85-a1d0-9e8c7b6a5f43",
  "name": "Emergency Reporting - TEMPLATE (fill locally, do not export with values)",
  "values": [
    { "key": "baseUrl", "value": "https://data.emergencyreporting.com", "type": "default", "enabled": true },
    { "key": "accountId", "value": "", "type": "default", "enabled": true },
    { "key": "subscriptionKey", "value": "", "type": "secret", "enabled": true },
    { "key": "accessToken", "value": "{{tokenFromAuthRequest}}", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
"""), None, "Postman environment template with empty secret values")

add("openapi", "decoy-doc-example", "api/cadfeed-openapi.yaml", fill(r"""
openapi: 3.0.3
info:
  title: CAD feed API
  version: 4.8.0
servers:
  - url: https://cadfeed.bfr.local/api
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: opaque
      description: |
        Send `Authorization: Bearer <token>`. Tokens are issued per consumer by Fire IT.
        Example: `curl -H "Authorization: Bearer $CADFEED_TOKEN" https://cadfeed.bfr.local/api/incidents`
security:
  - bearerAuth: []
paths:
  /incidents:
    get:
      summary: Active incidents
      parameters:
        - { name: agency, in: query, schema: { type: string, example: BFR } }
      responses:
        "200":
          description: OK
"""), None, "OpenAPI 3 bearer security scheme with placeholder examples (spec.openapis.org/oas/v3.0.3)")

add("yaml", "decoy-password-policy", "config/auth-policy.yaml", fill(r"""
# Password and session policy for the inspections app (CJIS Security Policy 5.6.2.1.1 aligned)
password:
  min_length: 15
  max_length: 64
  require_complexity: false
  check_breached_passwords: true
  history: 10
  max_age_days: 365
  lockout:
    attempts: 5
    duration_minutes: 30
session:
  idle_timeout_minutes: 30
  absolute_timeout_hours: 12
mfa:
  required_roles: [admin, inspector]
  methods: [totp, webauthn]
"""), None, "CJIS Security Policy 5.6.2.1.1 password requirements; NIST SP 800-63B")

add("html", "decoy-form-field", "inspections/templates/registration/login.html", fill(r"""
{% extends "base.html" %}
{% block content %}
<h2>Fire Prevention - Inspector sign in</h2>
<form method="post" action="{% url 'login' %}">
  {% csrf_token %}
  <label for="id_username">Email</label>
  <input type="email" name="username" id="id_username" autocomplete="username" required>
  <label for="id_password">Password</label>
  <input type="password" name="password" id="id_password" autocomplete="current-password" required>
  <input type="hidden" name="next" value="{{ next }}">
  <button type="submit">Sign in</button>
  <a href="{% url 'password_reset' %}">Forgot password?</a>
</form>
{% endblock %}
"""), None, "Django LoginView template (docs.djangoproject.com/en/stable/topics/auth/default)")

reqs = []
for name, ver in [("requests", "2.31.0"), ("pyodbc", "5.1.0"), ("twilio", "9.0.5"), ("paho-mqtt", "2.0.0")]:
    reqs.append(f"{name}=={ver} \\\n    --hash=sha256:{hexs(64)} \\\n    --hash=sha256:{hexs(64)}")
add("requirements", "decoy-checksum", "alert-relay/requirements.txt",
    "# generated by pip-compile --generate-hashes\n" + "\n".join(reqs) + "\n", None,
    "pip hash-checking mode --hash=sha256 (pip.pypa.io/en/stable/topics/secure-installs)")

gosum = []
for mod, ver in [("github.com/eclipse/paho.mqtt.golang", "v1.4.3"), ("github.com/godror/godror", "v0.42.2"),
                 ("github.com/gorilla/websocket", "v1.5.1"), ("golang.org/x/net", "v0.24.0")]:
    gosum.append(f"{mod} {ver} h1:{b64bytes(32)}")
    gosum.append(f"{mod} {ver}/go.mod h1:{b64bytes(32)}")
add("go-sum", "decoy-checksum", "go.sum", "\n".join(gosum) + "\n", None,
    "go.sum h1: hashes (go.dev/ref/mod#go-sum-files)")

add("shell", "decoy-generated-at-runtime", "scripts/provision-station-controller.sh", fill(r"""
#!/usr/bin/env bash
# Provision a new station alerting controller: generate its admin password and MQTT credentials,
# store them in Vault, and print only the Vault path.
set -euo pipefail
STATION="${1:?usage: provision-station-controller.sh STNN}"

ADMIN_PW="$(openssl rand -base64 24 | tr -d '=+/')"
MQTT_PW="$(openssl rand -hex 20)"

vault kv put "fire/alerting/${STATION}" admin_password="${ADMIN_PW}" mqtt_password="${MQTT_PW}" >/dev/null
mosquitto_passwd -b /etc/mosquitto/passwd "${STATION,,}" "${MQTT_PW}"
systemctl reload mosquitto

unset ADMIN_PW MQTT_PW
echo "stored in vault: fire/alerting/${STATION}"
"""), None, "openssl rand and vault kv put; secrets generated at runtime (developer.hashicorp.com/vault/docs/commands/kv/put)")

add("ansible", "decoy-vault-lookup", "ansible/roles/cadfeed/tasks/main.yml", fill(r"""
---
- name: Install cadfeed config
  ansible.builtin.template:
    src: cadfeed.toml.j2
    dest: /etc/cadfeed/cadfeed.toml
    owner: cadfeed
    mode: "0600"
  vars:
    cadfeed_sql_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=fire/data/cadfeed:sql_password') }}"
    cadfeed_publish_token: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=fire/data/cadfeed:publish_token') }}"
  notify: restart cadfeed

- name: Enable cadfeed
  ansible.builtin.systemd:
    name: cadfeed
    enabled: true
    state: started
"""), None, "community.hashi_vault lookup plugin (docs.ansible.com/ansible/latest/collections/community/hashi_vault)")

add("eyaml", "decoy-ciphertext", "puppet/hieradata/role/rms_app.eyaml", fill(r"""
---
rms::db_host: rms-sql01.county.local
rms::db_user: rms_app
rms::db_password: >
    ENC[PKCS7,@@C1@@]
rms::smtp_password: >
    ENC[PKCS7,@@C2@@]
rms::report_schedule: "0 6 * * *"
""", C1="MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEwDQYJKoZIhvcNAQEBBQAEggEA" + b64bytes(300),
    C2="MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEwDQYJKoZIhvcNAQEBBQAEggEA" + b64bytes(300)), None,
    "hiera-eyaml PKCS7 encrypted values (github.com/voxpupuli/hiera-eyaml)")

add("k8s", "decoy-non-secret-config", "k8s/cad-gateway/configmap.yaml", fill(r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: cad-gateway
  namespace: dispatch
data:
  CAD_BASE_URL: https://cad.millbrookfd.org/api
  TOKEN_URL: https://cad.millbrookfd.org/oauth/token
  TOKEN_AUDIENCE: cad-gateway
  SIGNING_KEY_ID: cadgw-2024-05
  PASSWORD_MIN_LENGTH: "15"
  SECRET_NAME: cad-gateway-db
  POLL_SECONDS: "5"
"""), None, "Kubernetes ConfigMap holding non-secret settings (kubernetes.io/docs/concepts/configuration/configmap)")

add("markdown", "decoy-env-reference", "charts/station-board/README.md", fill(r"""
# station-board Helm chart

Station TV dashboards (active calls, unit status, weather, hydrant OOS).

## Install

```bash
helm upgrade --install station-board ./charts/station-board \
  --namespace stations \
  --set mapbox.publicToken="$MAPBOX_PUBLIC_TOKEN" \
  --set cad.apiKey="$CAD_BOARD_API_KEY" \
  --set-file tls.crt=./certs/board.crt
```

`CAD_BOARD_API_KEY` is in the Fire IT vault under `fire/stations/board`. Never put it in
`values.yaml`.

| Key | Default | Notes |
|-----|---------|-------|
| `cad.apiKey` | `""` | required |
| `refreshSeconds` | `10` | |
"""), None, "helm upgrade --set with shell variables (helm.sh/docs/helm/helm_upgrade)")

add("shell-history", "decoy-vault-lookup", "support/rms-app01/bash_history.txt", fill(r"""
cd /opt/rms-sync
export VAULT_ADDR=https://vault.fire.local:8200
vault login -method=oidc role=fireit
export RMS_DB_PASSWORD="$(vault kv get -field=password fire/rms/sync-db)"
read -s -p "ImageTrend API key: " IMAGETREND_API_KEY; export IMAGETREND_API_KEY
./venv/bin/python -m rms_sync --once --since 2024-05-01
unset RMS_DB_PASSWORD IMAGETREND_API_KEY
sudo systemctl restart rms-sync
"""), None, "Vault CLI oidc login and kv get -field (developer.hashicorp.com/vault/docs/commands)")

add("jupyter", "decoy-prompt", "notebooks/ems_call_volume.ipynb", fill(r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass\n",
    "import pandas as pd\n",
    "from sqlalchemy import create_engine, URL\n",
    "url = URL.create('postgresql+psycopg2', username='analyst', password=getpass.getpass('DB password: '),\n",
    "                 host='cad-pg01.fire.local', database='cad_analytics')\n",
    "engine = create_engine(url)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "calls = pd.read_sql(\"SELECT date_trunc('hour', received) AS hr, count(*) FROM ems_calls GROUP BY 1\", engine)\n",
    "calls.set_index('hr').resample('D').sum().plot(figsize=(12, 4))"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
"""), None, "Python getpass prompt in a notebook (docs.python.org/3/library/getpass.html)")

add("r", "decoy-keyring", "analysis/stroke_times.R", fill(r"""
# Door-to-needle handoff times for the stroke coordinator
library(DBI)
library(keyring)

con <- dbConnect(odbc::odbc(),
                 Driver   = "ODBC Driver 18 for SQL Server",
                 Server   = "ems-dw01.county.local",
                 Database = "EMS_DW",
                 UID      = "ems_qa",
                 PWD      = key_get("ems-dw01", "ems_qa"),
                 TrustServerCertificate = "yes")

strokes <- dbGetQuery(con, "SELECT * FROM vw_StrokeAlerts WHERE IncidentDate >= DATEADD(month, -3, GETDATE())")
summary(strokes$MinutesToHospital)
dbDisconnect(con)
"""), None, "R keyring package key_get (cran.r-project.org/package=keyring)")

add("json", "decoy-credential-helper", "ops/build-agent/docker-config.template.json", fill(r"""
{
  "credsStore": "secretservice",
  "credHelpers": {
    "123456789012.dkr.ecr.us-east-2.amazonaws.com": "ecr-login",
    "registry.fire.local": "secretservice"
  },
  "detachKeys": "ctrl-e,e"
}
"""), None, "Docker credential stores and credHelpers (docs.docker.com/reference/cli/docker/login/#credential-stores)")

add("npmrc", "decoy-env-reference", "station-board/.npmrc", fill(r"""
# auth comes from the CI environment (NPM_TOKEN is a masked variable)
@bfr:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
"""), None, "npm .npmrc environment variable substitution ${NPM_TOKEN} (docs.npmjs.com/cli/configuring-npm/npmrc)")

add("markdown", "decoy-doc-example", "alert-relay/README.md", fill(r"""
# alert-relay

Posts CAD alerts to Slack and Teams.

## Configure

Create an incoming webhook in Slack (*Apps > Incoming Webhooks*) for the channel and set it as
`SLACK_WEBHOOK_URL`. It looks like the example from Slack's docs:

```
SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
```

Treat the real URL as a password: anyone with it can post to the channel.

## Run

```
docker run --env-file relay.env registry.fire.local/alert-relay:latest
```
"""), None, "Slack incoming webhooks documentation example URL (api.slack.com/messaging/webhooks)")

add("python", "decoy-public-identifier", "pi-alerter/config.py", fill(r"""
import os

# Account SID identifies the account; the auth token is read from the environment.
TWILIO_ACCOUNT_SID = "@@SID@@"
TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
TWILIO_MESSAGING_SERVICE_SID = "@@MG@@"
FROM_NUMBER = "+15075550143"
GPIO_TONE_PIN = 17
COOLDOWN_SECONDS = 60
""", SID=twilio_sid(), MG=twilio_sid("MG")), None, "Twilio Account SID and Messaging Service SID are identifiers (twilio.com/docs/glossary/what-is-a-sid)")

add("yaml", "decoy-public-identifier", "oncall/pagerduty-services.yaml", fill(r"""
# PagerDuty object IDs referenced by the alert-relay routing table (IDs, not keys)
services:
  station_alerting: { id: P7K2QXM, escalation_policy: PZ4R8TB }
  cad_interfaces:   { id: PQ9D3LW, escalation_policy: PZ4R8TB }
  radio_system:     { id: P1HV6NC, escalation_policy: PA8W2YE }
schedules:
  fire_it_primary:   PH3MZ7Q
  fire_it_secondary: PJ6TR2K
users:
  - { name: "J. Martinez", id: PU4N8XD }
  - { name: "K. Patel",    id: PU9C2LA }
"""), None, "PagerDuty REST API object IDs (developer.pagerduty.com/api-reference)")

add("json", "decoy-public-identifier", "sso/app-registration.json", fill(r"""
{
  "displayName": "Fire RMS Reporting",
  "appId": "@@APP@@",
  "tenantId": "8d3c1f5a-0c41-4a8f-b7a2-5e6f3a2c9d11",
  "signInAudience": "AzureADMyOrg",
  "web": {
    "redirectUris": ["https://rms-reports.larkspurcounty.org/signin-oidc"],
    "implicitGrantSettings": { "enableIdTokenIssuance": false }
  },
  "requiredResourceAccess": [
    {
      "resourceAppId": "00000003-0000-0000-c000-000000000000",
      "resourceAccess": [{ "id": "e1fe6dd8-ba31-4d61-89e7-88639da4683d", "type": "Scope" }]
    }
  ],
  "passwordCredentials": [],
  "keyCredentials": [
    { "displayName": "CN=rms-reports", "type": "AsymmetricX509Cert", "usage": "Verify", "customKeyIdentifier": "@@THUMB@@" }
  ]
}
""", APP=uuid4(), THUMB=hexs(40).upper()), None, "Microsoft Entra application manifest: appId, tenant id and certificate thumbprint are identifiers (learn.microsoft.com/entra/identity-platform/reference-app-manifest)")

add("markdown", "decoy-key-ids", "CHANGELOG.md", fill(r"""
# Changelog

## 4.8.2 - 2024-02-17
- cadfeed: reconnect after SQL login failure instead of exiting (FIREIT-2291).
- Rotated the CAD replica password after the outage; new Key Vault secret version
  `@@V1@@` (old version `@@V2@@` disabled).
- Samsara token `fleet-sync-202402` replaces `fleet-sync-202308` (token IDs, not the tokens).

## 4.8.1 - 2024-01-30
- Station 9 added to alert zones.
- Bumped paho-mqtt to 2.0.0; commit `@@C1@@`.
""", V1=hexs(32), V2=hexs(32), C1=hexs(40)), None, "Changelog referencing Key Vault secret version ids and commit hashes")

fixture = [{"model": "auth.user", "pk": pk, "fields": {"username": u, "email": f"{u}@millbrookfd.org", "is_staff": staff,
            "password": "pbkdf2_sha256$600000$" + draw(22) + "$" + b64bytes(32)}}
           for pk, u, staff in [(1, "fm.delgado", True), (2, "capt.hollis", False), (3, "lt.okafor", False)]]
add("json", "decoy-password-hash", "inspections/fixtures/demo_users.json", json.dumps(fixture, indent=2) + "\n", None,
    "Django fixture with PBKDF2 password hashes (docs.djangoproject.com/en/stable/topics/auth/passwords)")

add("hcl", "decoy-policy", "vault/policies/cadfeed.hcl", fill(r"""
# Policy for the cadfeed hosts (AppRole "cadfeed")
path "fire/data/cadfeed" {
  capabilities = ["read"]
}

path "database/creds/cad-replica-ro" {
  capabilities = ["read"]
}

path "sys/leases/renew" {
  capabilities = ["update"]
}

path "fire/data/cadfeed/*" {
  capabilities = ["deny"]
}
"""), None, "Vault ACL policy syntax (developer.hashicorp.com/vault/docs/concepts/policies)")

add("cloud-init", "decoy-password-hash", "images/mdt-linux/user-data.yaml", fill(r"""
#cloud-config
hostname: mdt-template
users:
  - name: fireit
    groups: [sudo]
    shell: /bin/bash
    lock_passwd: false
    passwd: "@@H@@"
    ssh_authorized_keys:
      - @@K@@
ssh_pwauth: false
package_update: true
packages: [chrony, openvpn, network-manager-openvpn]
""", H=sha512crypt(), K=ssh_pub("fireit@ansible01")), None, "cloud-init users passwd takes a crypt(3) hash (cloudinit.readthedocs.io/en/latest/reference/examples.html)")

add("java", "decoy-env-reference", "epcr-gateway/src/main/java/org/lcems/epcr/TlsConfig.java", fill(r"""
package org.lcems.epcr;

import java.io.FileInputStream;
import java.security.KeyStore;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

public final class TlsConfig {
    private TlsConfig() {}

    public static SSLContext hospitalContext() throws Exception {
        char[] password = System.getenv("HOSPITAL_KEYSTORE_PASSWORD").toCharArray();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(System.getenv("HOSPITAL_KEYSTORE_PATH"))) {
            ks.load(in, password);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, password);
        SSLContext ctx = SSLContext.getInstance("TLSv1.3");
        ctx.init(kmf.getKeyManagers(), null, null);
        java.util.Arrays.fill(password, '\0');
        return ctx;
    }
}
"""), None, "Java KeyStore.load with a password from the environment (docs.oracle.com/en/java/javase/17/docs/api/java.base/java/security/KeyStore.html)")

add("gitignore", "decoy-ignore-list", ".gitignore", fill(r"""
# secrets and local config - never commit
.env
.env.*
!.env.example
*.pem
*.key
*.p12
*.pfx
local.settings.json
credentials/
**/flows_cred.json
terraform.tfvars
*.auto.tfvars

# build output
bin/
obj/
node_modules/
__pycache__/
.venv/
"""), None, "gitignore patterns (git-scm.com/docs/gitignore)")

add("winscp-script", "decoy-key-file-reference", "scripts/state_ems_upload_key.txt", fill(r"""
# WinSCP script: daily NEMSIS export to the state repository, key authentication
option batch abort
option confirm off
open sftp://lcems_upload@sftp.ems-data.state.example.gov/ -privatekey="C:\Keys\lcems_upload.ppk" -hostkey="ssh-ed25519 255 pXq2Vb1b0nV9m8g4rT7s6yFzq0kJ3l1oU5e2WcHdA8s"
cd /incoming/larkspur
put -transfer=binary D:\NEMSIS\Outbound\*.xml
close
exit
"""), None, "WinSCP open -privatekey with a key file path and -hostkey fingerprint (winscp.net/eng/docs/scriptcommand_open)")

add("html", "decoy-browser-key", "hydrant-map/index.html", fill(r"""
<!doctype html>
<html>
<head>
  <meta charset="utf-8">
  <title>Hydrant map - Brookhaven Fire Rescue</title>
  <style>#map { height: 100vh; }</style>
</head>
<body>
  <div id="map"></div>
  <!-- Maps JavaScript API key: HTTP-referrer restricted to hydrants.brookhavenfire.org -->
  <script async
    src="https://maps.googleapis.com/maps/api/js?key=@@K@@&callback=initMap&libraries=marker&v=weekly"></script>
  <script src="js/hydrants.js"></script>
</body>
</html>
""", K=google_api_key()), None, "Google Maps JavaScript API key in a script tag, restricted by HTTP referrer (developers.google.com/maps/documentation/javascript/get-api-key)")

anon_ref = draw(20, string.ascii_lowercase)
add("typescript", "decoy-anon-key", "hydrant-inspect/src/lib/supabase.ts", fill(r"""
import { createClient } from '@supabase/supabase-js';

// anon key: safe in the browser, row level security decides what each inspector can see
export const supabase = createClient(
  'https://@@REF@@.supabase.co',
  '@@K@@',
  { auth: { persistSession: true } },
);
""", REF=anon_ref, K=jwt({"iss": "supabase", "ref": anon_ref, "role": "anon", "iat": 1706745600, "exp": 2022321600})), None,
    "Supabase anon key is safe to expose with RLS enabled (supabase.com/docs/guides/api/api-keys)")

vault_lines = "\n".join("          " + hexs(80) for _ in range(5))
add("ansible", "decoy-vault-ciphertext", "ansible/group_vars/paging.yml", fill(r"""
---
paging_gateway_host: paging-term.county.local
paging_gateway_protocol: snpp
paging_gateway_login: FIREPAGE
paging_gateway_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
@@V@@
paging_default_capcode: 1204455
paging_max_length: 240
""", V=vault_lines), None, "Ansible inline vault-encrypted variable !vault | (docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html)")

add("json", "decoy-iam-policy", "infra/avl-ingest/policy.json", fill(r"""
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ReadAvlStream",
      "Effect": "Allow",
      "Action": ["kinesis:GetRecords", "kinesis:GetShardIterator", "kinesis:DescribeStream"],
      "Resource": "arn:aws:kinesis:us-east-2:123456789012:stream/fire-avl-positions"
    },
    {
      "Sid": "WriteLastPosition",
      "Effect": "Allow",
      "Action": ["dynamodb:PutItem", "dynamodb:UpdateItem"],
      "Resource": "arn:aws:dynamodb:us-east-2:123456789012:table/unit-last-position"
    }
  ]
}
"""), None, "AWS IAM policy JSON (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html)")

files = [f"{hexs(32)}  radio/2024-05-14/FIRE-DISP-1_{h:02d}00.wav" for h in range(0, 24, 3)]
add("md5", "decoy-checksum", "qa/recordings/2024-05-14/MD5SUMS", "\n".join(files) + "\n", None,
    "md5sum(1) checksum list for dispatch radio recordings (gnu.org/software/coreutils/md5sum)")
