"""Blind set BZ: energy and utilities teams.

SCADA and historians (OSIsoft PI / AVEVA PI Web API, AF SDK, PI SQL Client, AVEVA Data Hub,
Ignition gateways and Jython scripts), protocol gateways (Modbus, DNP3 secure authentication,
IEC 61850 / libiec61850, OPC UA servers, Kepware), smart meters and AMI head-ends (DLMS/COSEM keys,
Gurux, MultiSpeak, head-end APIs), solar inverters and batteries (SolarEdge, Enphase Enlighten and
Envoy, Tesla Powerwall and Fleet API, SMA, Fronius Solar.web, Victron VRM, sonnen, Solcast), grid
and market APIs (ENTSO-E, EIA, NREL, CAISO OASIS, ERCOT, PJM Data Miner, ISO-NE, Electricity Maps,
WattTime, Octopus), demand response (OpenADR 2.0b / 3), EV and fleet charging (OCPP, OCPI, evcc,
Samsara, Geotab), utility GIS (ArcGIS, Mapbox, GeoServer, PostGIS, FME), outage management
notifications (PagerDuty, Twilio, Slack, Teams, SendGrid), Python data pipelines (Airflow, dbt,
Databricks, Kafka), Node-RED flows and credentials, Grafana / InfluxDB / TimescaleDB / Telegraf
stacks, MQTT brokers, device provisioning scripts and deploy configs (Docker, Kubernetes, Helm,
Ansible, Terraform, systemd, crontab, nginx, CI), and their decoys (placeholders, environment and
secret-store references, ciphertext, hashes, public keys and certificates, public identifiers,
documented test vectors). Generated fakes only (seeds 710000-719999).
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
UPNUM = string.ascii_uppercase + string.digits
_SEED = [710000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 720000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 720000
    return _SEED[0]


WORDS = ["Feeder", "Turbine", "Breaker", "Kestrel", "Granite", "Beacon", "Copper", "Falcon", "Harbor", "Summit",
         "Osprey", "Meadow", "Cobalt", "Tundra", "Willow", "Quartz", "Juniper", "Basalt", "Lantern", "Cedar"]
LOWER = ["river", "relay", "anchor", "pepper", "glacier", "violet", "ember", "saddle", "orchid", "walnut",
         "harvest", "lagoon", "tractor", "pylon", "spruce", "canyon"]
SITES = ["sub12", "northfork", "ridgeline", "bayview", "pinecrest", "millbrook", "eastgate", "solarfarm3"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    """The passwords operators really pick: a word, a year or a site, a symbol."""
    r = _rng()
    pattern = r.randint(0, 3)
    if pattern == 0:
        return r.choice(WORDS) + str(r.randint(2015, 2025)) + r.choice("!#*")
    if pattern == 1:
        return r.choice(["Sc@da", "Gr1d", "P0wer", "Hist0rian", "Sub5tation", "M3ter"]) + r.choice(WORDS) + str(r.randint(1, 99))
    if pattern == 2:
        return r.choice(LOWER).capitalize() + "." + r.choice(SITES) + "." + str(r.randint(100, 999))
    return r.choice(WORDS) + r.choice(WORDS).lower() + "#" + str(r.randint(10, 99))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int, upper: bool = False) -> str:
    r = _rng()
    value = "".join(r.choice(HEX) for _ in range(n))
    return value.upper() if upper else value


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rand_bytes(n: int) -> bytes:
    r = _rng()
    return bytes(r.randrange(256) for _ in range(n))


def b64rand(n: int) -> str:
    return base64.b64encode(rand_bytes(n)).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def drawn(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def jwt(payload: dict, alg: str = "HS256", sig: int = 43, kid: Optional[str] = None) -> str:
    header = {"alg": alg, "typ": "JWT"}
    if kid:
        header["kid"] = kid
    head = b64u(json.dumps(header, separators=(",", ":")).encode())
    body = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}." + drawn(sig, ALNUM + "-_")


# -- vendor shapes -------------------------------------------------------------------------------

def solaredge_key() -> str:
    return drawn(32, UPNUM)


def api_data_gov_key() -> str:  # EIA and NREL keys (api.data.gov): 40 characters
    return drawn(40)


def influx_token() -> str:
    return drawn(86, ALNUM + "-_") + "=="


def grafana_sa_token() -> str:
    return "glsa_" + drawn(32) + "_" + hexs(8)


def grafana_legacy_key(name: str) -> str:
    return b64(json.dumps({"k": drawn(32), "n": name, "id": _rng().randint(1, 40)}, separators=(",", ":")))


def grafana_cloud_token(name: str) -> str:
    r = _rng()
    blob = {"o": str(r.randint(100000, 999999)), "n": name, "k": drawn(24), "m": {"r": "prod-eu-west-2"}}
    return "glc_" + b64(json.dumps(blob, separators=(",", ":")))


def sas_key() -> str:
    return b64rand(32)


def storage_key() -> str:
    return b64rand(64)


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPNUM) for _ in range(8)) + "/B"
            + "".join(r.choice(UPNUM) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def teams_webhook() -> str:
    return (f"https://gridco.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def sendgrid_key() -> str:
    return "SG." + drawn(22, ALNUM + "-_") + "." + drawn(43, ALNUM + "-_")


def twilio_sid() -> str:
    return "AC" + hexs(32)


def mapbox_token(kind: str) -> str:
    body = b64u(json.dumps({"u": "gridco-gis", "a": "cl" + drawn(23, string.ascii_lowercase + string.digits)},
                           separators=(",", ":")).encode())
    return f"{kind}.{body}." + drawn(22, ALNUM + "-_")


def arcgis_key() -> str:
    return "AAPK" + hexs(32) + drawn(64, ALNUM + "-_")


def tesla_client_secret() -> str:
    return "ta-secret." + drawn(16, ALNUM + "*$%")


def samsara_token() -> str:
    return "samsara_api_" + drawn(30)


def databricks_token() -> str:
    return "dapi" + hexs(32)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


# -- decoy shapes --------------------------------------------------------------------------------

def cert_pem() -> str:
    r = _rng()
    body = "MIID" + "".join(r.choice(ALNUM + "+/") for _ in range(60))
    lines = [body] + ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(8)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n" + drawn(20, ALNUM + "+/") + "==\n-----END CERTIFICATE-----"


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + drawn(43, ALNUM + "+/") + " " + comment


def bcrypt_hash() -> str:
    return "$2b$08$" + drawn(53, ALNUM + "./")


def mosquitto_hash() -> str:
    return "$7$101$" + b64rand(12) + "$" + b64rand(64)


def vault_blob(indent: str = "          ") -> str:
    lines = ["$ANSIBLE_VAULT;1.1;AES256"] + [hexs(80) for _ in range(5)] + [hexs(40)]
    return ("\n" + indent).join(lines)


def sops_value() -> str:
    return f"ENC[AES256_GCM,data:{b64rand(18)},iv:{b64rand(32)},tag:{b64rand(16)},type:str]"


def scram_hash() -> str:
    return f"SCRAM-SHA-256$4096:{b64rand(16)}${b64rand(32)}:{b64rand(32)}"


def sealed_value() -> str:
    return "AgB" + drawn(300, ALNUM + "+/") + "=="


def sha256() -> str:
    return hexs(64)


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase(category, file_name, text, secret, source))


def t(template: str, **values: str) -> str:
    """The template with each @@name@@ filled, from its first line."""
    for key, value in values.items():
        template = template.replace("@@" + key + "@@", value)
    assert "@@" not in template, template[:60]
    return template.lstrip("\n")


# == Historians: OSIsoft PI / AVEVA, Ignition ====================================================

pw = human_pw()
add("blind-bz/python/pi-webapi-basic", "pipelines/pi_extract/piwebapi_client.py", t(r'''
"""Pull recorded values for the feeder-load tags from PI Web API into parquet."""
import datetime as dt

import pandas as pd
import requests
from requests.auth import HTTPBasicAuth

PIWEBAPI = "https://piwebapi.corp.gridco.local/piwebapi"
DATA_SERVER = "PIDA-PROD01"
# service account provisioned by OT security (CHG0041187), read-only on the feeder points
AUTH = HTTPBasicAuth("svc_piwebapi_read", "@@pw@@")

session = requests.Session()
session.auth = AUTH
session.verify = "/etc/pki/tls/certs/gridco-root-ca.pem"
session.headers.update({"X-Requested-With": "XmlHttpRequest"})


def web_id(tag: str) -> str:
    r = session.get(f"{PIWEBAPI}/points", params={"path": f"\\\\{DATA_SERVER}\\{tag}"})
    r.raise_for_status()
    return r.json()["WebId"]


def recorded(tag: str, start: str = "*-1d", end: str = "*") -> pd.DataFrame:
    r = session.get(f"{PIWEBAPI}/streams/{web_id(tag)}/recorded",
                    params={"startTime": start, "endTime": end, "maxCount": 150000})
    r.raise_for_status()
    items = r.json()["Items"]
    return pd.DataFrame({"ts": [i["Timestamp"] for i in items], "value": [i["Value"] for i in items]})


if __name__ == "__main__":
    for tag in ("FDR-1203.MW", "FDR-1204.MW", "FDR-1207.MW"):
        recorded(tag).to_parquet(f"out/{tag}_{dt.date.today()}.parquet")
''', pw=pw), pw, "PI Web API reference: Basic authentication and the points/streams controllers")

add("blind-bz/python/decoy-env-reference", "pipelines/pi_extract/settings.py", t(r'''
"""Settings for the PI extract job; secrets come from the environment (set by the Airflow pool)."""
import os

import keyring

PIWEBAPI_URL = os.environ.get("PIWEBAPI_URL", "https://piwebapi.corp.gridco.local/piwebapi")
PI_DATA_SERVER = os.environ.get("PI_DATA_SERVER", "PIDA-PROD01")
PI_USERNAME = os.environ.get("PI_USERNAME", "svc_piwebapi_read")
# never commit the password: locally it lives in the OS keyring, in prod in PI_PASSWORD
PI_PASSWORD = os.environ.get("PI_PASSWORD") or keyring.get_password("piwebapi", PI_USERNAME)
CA_BUNDLE = os.environ.get("REQUESTS_CA_BUNDLE", "/etc/pki/tls/certs/gridco-root-ca.pem")
TAG_FILTER = "FDR-*.MW"
MAX_COUNT = 150000
'''), None, "PI Web API reference: Basic authentication; keyring package docs")

pw = words_pw()
add("blind-bz/csharp/af-sdk-credential", "src/Gridco.Historian.Sync/PiConnector.cs", t(r'''
using System;
using System.Net;
using OSIsoft.AF;
using OSIsoft.AF.PI;

namespace Gridco.Historian.Sync
{
    /// <summary>Connects to the PI Data Archive and AF server used by the sync service.</summary>
    public sealed class PiConnector : IDisposable
    {
        private const string AfServerName = "PIAF-PROD01";
        private const string DataArchiveName = "PIDA-PROD01";

        private readonly PISystem _afServer;
        private readonly PIServer _piServer;

        public PiConnector()
        {
            // TODO move to the service account once the SPN is registered (INC0092231)
            var credential = new NetworkCredential("svc_pi_sync", "@@pw@@", "GRIDCO");

            _afServer = new PISystems()[AfServerName];
            _afServer.Connect(credential);

            _piServer = PIServers.GetPIServers()[DataArchiveName];
            _piServer.Connect(credential, AFConnectionPreference.PreferPrimary);
        }

        public PIServer DataArchive => _piServer;
        public AFDatabase Database(string name) => _afServer.Databases[name];

        public void Dispose()
        {
            _piServer.Disconnect();
            _afServer.Disconnect();
        }
    }
}
''', pw=pw), pw, "AF SDK reference: PISystem.Connect(NetworkCredential), PIServer.Connect")

pw = human_pw()
add("blind-bz/xml/pi-sql-client", "src/Gridco.AssetReports/App.config", t(r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <connectionStrings>
    <!-- PI SQL Client against the AF database (asset hierarchy + PI points) -->
    <add name="AssetDb"
         connectionString="Provider=PISQLClient.1;Data Source=PIAF-PROD01\Transmission;Integrated Security=False;User ID=GRIDCO\svc_pireports;Password=@@pw@@;Command Timeout=120"
         providerName="System.Data.OleDb" />
    <add name="ReportsDb"
         connectionString="Server=sqlrpt01;Database=AssetReports;Integrated Security=SSPI"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="ReportFolder" value="\\fileshare01\reports\assets" />
    <add key="TimeZone" value="Central Standard Time" />
  </appSettings>
</configuration>
''', pw=pw), pw, "PI SQL Client user guide: OLE DB connection string keywords")

pw = words_pw()
add("blind-bz/powershell/pi-psc-credential", "scripts/pi/Export-PiPointConfig.ps1", t(r'''
#Requires -Modules OSIsoft.PowerShell
<#
.SYNOPSIS
  Exports PI point attributes for the substation collectives to CSV (run nightly by Task Scheduler).
#>
param(
    [string]$Server = "PIDA-PROD01",
    [string]$OutDir = "D:\exports\pipoints"
)

$user = "GRIDCO\svc_pi_export"
$secure = ConvertTo-SecureString "@@pw@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)

$con = Connect-PIDataArchive -PIDataArchiveMachineName $Server -WindowsCredential $cred -AuthenticationMethod Windows
$points = Get-PIPoint -Connection $con -WhereClause "tag:=SUB*" -AllAttributes

$stamp = Get-Date -Format "yyyyMMdd"
$points | ForEach-Object { [pscustomobject]$_.Attributes } |
    Export-Csv -Path (Join-Path $OutDir "pipoints_$stamp.csv") -NoTypeInformation

Disconnect-PIDataArchive -Connection $con | Out-Null
''', pw=pw), pw, "PowerShell Tools for the PI System: Connect-PIDataArchive -WindowsCredential")

add("blind-bz/powershell/decoy-dpapi-clixml", "scripts/pi/Export-PiArchiveStats.ps1", t(r'''
#Requires -Modules OSIsoft.PowerShell
<#
.SYNOPSIS
  Archive statistics for the capacity report. The credential file is made once per host with
  Get-Credential | Export-Clixml (DPAPI, only the same user on the same machine can read it).
#>
param(
    [string]$Server = "PIDA-PROD01",
    [string]$CredFile = "$env:LOCALAPPDATA\gridco\pi_export.cred.xml"
)

$cred = Import-Clixml -Path $CredFile
$con = Connect-PIDataArchive -PIDataArchiveMachineName $Server -WindowsCredential $cred -AuthenticationMethod Windows

Get-PIArchiveFileInfo -Connection $con |
    Select-Object Path, StartTime, EndTime, TotalEvents, PercentFull |
    Export-Csv -Path "D:\exports\archive_stats.csv" -NoTypeInformation
'''), None, "PowerShell docs: Export-Clixml / Import-Clixml credential (DPAPI)")

sec = drawn(44, ALNUM + "-_")
add("blind-bz/json/aveva-data-hub-client", "adh-ingest/appsettings.json", t(r'''
{
  "Resource": "https://uswe.datahub.connect.aveva.com",
  "ApiVersion": "v1",
  "TenantId": "@@tenant@@",
  "NamespaceId": "gridco-operations",
  "CommunityId": null,
  "ClientId": "@@client@@",
  "ClientSecret": "@@sec@@",
  "StreamPrefix": "der.telemetry.",
  "BatchSize": 500,
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft": "Warning"
    }
  }
}
''', tenant=uuid_s(), client=uuid_s(), sec=sec), sec, "AVEVA Data Hub samples: appsettings.json client-credentials layout")

add("blind-bz/json/decoy-placeholder", "adh-ingest/appsettings.placeholder.json", t(r'''
{
  "Resource": "https://uswe.datahub.connect.aveva.com",
  "ApiVersion": "v1",
  "TenantId": "PLACEHOLDER_REPLACE_WITH_TENANT_ID",
  "NamespaceId": "PLACEHOLDER_REPLACE_WITH_NAMESPACE_ID",
  "CommunityId": null,
  "ClientId": "PLACEHOLDER_REPLACE_WITH_APPLICATION_IDENTIFIER",
  "ClientSecret": "PLACEHOLDER_REPLACE_WITH_APPLICATION_SECRET",
  "StreamPrefix": "der.telemetry.",
  "BatchSize": 500
}
'''), None, "AVEVA Data Hub samples: appsettings.placeholder.json")

sec = drawn(48, ALNUM + "-_")
add("blind-bz/ini/aveva-data-hub-client", "tools/adh_backfill/config.ini", t(r'''
; AVEVA Data Hub backfill tool (copied from the OCS python samples layout)
[Configurations]
Namespace = gridco-operations

[Access]
Resource = https://uswe.datahub.connect.aveva.com
Tenant = @@tenant@@
ApiVersion = v1

[Credentials]
ClientId = @@client@@
ClientSecret = @@sec@@

[Backfill]
StartIndex = 2023-01-01T00:00:00Z
EndIndex = 2023-12-31T23:59:59Z
Streams = der.telemetry.bess01.soc, der.telemetry.bess01.p_kw
''', tenant=uuid_s(), client=uuid_s(), sec=sec), sec, "AVEVA Data Hub python samples: config.ini [Credentials] section")

tok = drawn(40, ALNUM + "-_")
add("blind-bz/jython/oms-bearer", "ignition/projects/substation_hmi/ignition/script-python/integrations/oms/code.py", t(r'''
# Project library: push breaker trips to the outage management system (called from a tag change script)
import system

OMS_URL = "https://oms-api.gridco.local/api/v2/events"
OMS_TOKEN = "@@tok@@"
logger = system.util.getLogger("integrations.oms")


def reportTrip(tagPath, breakerId, feederId, ts):
	payload = {
		"source": "ignition-scada",
		"deviceId": breakerId,
		"feederId": feederId,
		"eventType": "BREAKER_OPEN",
		"timestamp": system.date.format(ts, "yyyy-MM-dd'T'HH:mm:ss.SSSZ"),
		"tagPath": str(tagPath),
	}
	client = system.net.httpClient(timeout=5000)
	resp = client.post(OMS_URL, data=system.util.jsonEncode(payload),
		headers={"Authorization": "Bearer " + OMS_TOKEN, "Content-Type": "application/json"})
	if not resp.good:
		logger.warnf("OMS rejected trip for %s: %s %s", breakerId, resp.statusCode, resp.text)
	return resp.good
''', tok=tok), tok, "Ignition 8.1 docs: system.net.httpClient, project script library")

prot = b64u(b'{"alg":"dir","enc":"A256GCM","kid":"' + hexs(16).encode() + b'"}')
add("blind-bz/json/decoy-ignition-embedded-secret", "ignition/config/resources/core/ignition/database-connection/Historian_MSSQL/config.json", t(r'''
{
  "connectURL": "jdbc:sqlserver://sqlhist01.corp.gridco.local:1433;databaseName=IgnitionHistorian",
  "driver": "MSSQL JDBC Driver",
  "translator": "MSSQL",
  "username": "ignition_hist",
  "password": {
    "type": "Embedded",
    "data": {
      "protected": "@@prot@@",
      "iv": "@@iv@@",
      "tag": "@@tag@@",
      "ciphertext": "@@ct@@"
    }
  },
  "validationQuery": "SELECT 1",
  "maxActive": 16,
  "connectionResetParams": "",
  "failoverProfile": null
}
''', prot=prot, iv=b64u(rand_bytes(12)), tag=b64u(rand_bytes(16)), ct=b64u(rand_bytes(24))), None,
    "Ignition 8.3 docs: secrets management, embedded secret (JWE-encrypted) in resource config")

pw = human_pw()
add("blind-bz/docker-compose/ignition-gateway", "scada-lab/docker-compose.yml", t(r'''
# Lab gateway for HMI development; mirrors prod 8.1.38 with the MQTT modules
services:
  gateway:
    image: inductiveautomation/ignition:8.1.38
    hostname: ign-lab
    ports:
      - "8088:8088"
      - "8060:8060"
    volumes:
      - gw-data:/usr/local/bin/ignition/data
      - ./modules:/modules
    environment:
      ACCEPT_IGNITION_EULA: "Y"
      GATEWAY_ADMIN_USERNAME: admin
      GATEWAY_ADMIN_PASSWORD: "@@pw@@"
      IGNITION_EDITION: standard
      TZ: America/Chicago
    command: >
      -n ign-lab
      -m 2048
      -- wrapper.java.initmemory=512
  mssql:
    image: mcr.microsoft.com/mssql/server:2022-latest
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD_FILE: /run/secrets/mssql_sa
    secrets: [mssql_sa]

secrets:
  mssql_sa:
    file: ./secrets/mssql_sa.txt

volumes:
  gw-data:
''', pw=pw), pw, "Ignition Docker image docs: GATEWAY_ADMIN_PASSWORD environment variable")

add("blind-bz/docker-compose/decoy-secret-file", "scada-ci/docker-compose.yml", t(r'''
services:
  gateway:
    image: inductiveautomation/ignition:8.1.38
    ports:
      - "8088:8088"
    environment:
      ACCEPT_IGNITION_EULA: "Y"
      GATEWAY_ADMIN_USERNAME: admin
      GATEWAY_ADMIN_PASSWORD_FILE: /run/secrets/gateway-admin-password
      GATEWAY_RESTORE_DISABLED: "true"
      IGNITION_EDITION: standard
    secrets:
      - gateway-admin-password
    volumes:
      - ./backups/ci.gwbk:/restore.gwbk

secrets:
  gateway-admin-password:
    environment: IGNITION_ADMIN_PASSWORD
'''), None, "Ignition Docker image docs: *_FILE variables; Compose file reference: secrets")

pw = words_pw()
add("blind-bz/sql/mssql-login", "db/historian/003_pi_integrator_login.sql", t(r'''
-- PI Integrator for Business Analytics publishes views into HistorianMart.
-- Login is SQL auth because the integrator host is outside the domain (DMZ).
USE [master];
GO
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'pi_integrator')
    CREATE LOGIN [pi_integrator] WITH PASSWORD = N'@@pw@@', CHECK_POLICY = ON, DEFAULT_DATABASE = [HistorianMart];
GO
USE [HistorianMart];
GO
CREATE USER [pi_integrator] FOR LOGIN [pi_integrator];
ALTER ROLE [db_datawriter] ADD MEMBER [pi_integrator];
ALTER ROLE [db_ddladmin] ADD MEMBER [pi_integrator];
GO
''', pw=pw), pw, "SQL Server docs: CREATE LOGIN ... WITH PASSWORD")

add("blind-bz/sql/decoy-hashed-login", "db/historian/004_migrate_logins.sql", t(r'''
-- Logins copied from SQLHIST01 with sp_help_revlogin (hashes only, no clear text).
USE [master];
GO
CREATE LOGIN [ignition_hist] WITH PASSWORD = 0x0200@@h1@@ HASHED,
    SID = 0x@@sid1@@, DEFAULT_DATABASE = [IgnitionHistorian], CHECK_POLICY = ON;
GO
CREATE LOGIN [grafana_ro] WITH PASSWORD = 0x0200@@h2@@ HASHED,
    SID = 0x@@sid2@@, DEFAULT_DATABASE = [HistorianMart], CHECK_POLICY = ON;
GO
''', h1=hexs(136, True), sid1=hexs(32, True), h2=hexs(136, True), sid2=hexs(32, True)), None,
    "Microsoft support: sp_help_revlogin, CREATE LOGIN WITH PASSWORD = hash HASHED")

pw = human_pw()
add("blind-bz/yaml/pi-webapi-pipeline", "pipelines/pi_to_timescale/config/prod.yaml", t(r'''
# pi_to_timescale: copies interpolated 5-minute values from PI to TimescaleDB
source:
  piwebapi:
    url: https://piwebapi.corp.gridco.local/piwebapi
    data_server: PIDA-PROD01
    auth: basic
    username: svc_pi_timescale
    password: @@pw@@
    verify_ssl: /etc/pki/tls/certs/gridco-root-ca.pem
  tags_file: tags/feeders.csv
  interval: 5m

sink:
  timescale:
    dsn: ${TSDB_DSN}
    table: telemetry.feeder_5m
    chunk_interval: 7 days

schedule:
  cron: "*/15 * * * *"
  lookback: 2h
''', pw=pw), pw, "PI Web API reference: interpolated values; team pipeline config")

add("blind-bz/markdown/decoy-placeholder", "docs/runbooks/pi-webapi-service-accounts.md", t(r'''
# PI Web API service accounts

Each pipeline gets its own AD account in `OU=PI Service Accounts` and a PI mapping to the
`piusers` identity (read) or `PIWorld`-free write identity for backfills.

| Pipeline | Account | PI identity |
|---|---|---|
| pi_extract | `svc_piwebapi_read` | piusers |
| pi_to_timescale | `svc_pi_timescale` | piusers |
| historian sync | `svc_pi_sync` | pi_sync_write |

Test the account from a jump host:

```bash
curl -u 'GRIDCO\svc_piwebapi_read:<password from CyberArk>' \
  -H 'X-Requested-With: XmlHttpRequest' \
  https://piwebapi.corp.gridco.local/piwebapi/system/userinfo
```

The password is rotated every 90 days by CyberArk; never paste it into a ticket. If the
call returns 401, check the account is not locked out (`Get-ADUser svc_piwebapi_read -Properties LockedOut`).
'''), None, "PI Web API reference: system/userinfo; team runbook")

pw = rand_pw(16, "!#")
add("blind-bz/env/pi-webapi", "services/historian-sync/.env", t(r'''
# historian-sync local settings (do not use in prod)
PIWEBAPI_URL=https://piwebapi-dev.corp.gridco.local/piwebapi
PI_DATA_SERVER=PIDA-DEV01
PI_USERNAME=GRIDCO\svc_pi_sync_dev
PI_PASSWORD=@@pw@@
AF_DATABASE=Distribution_Dev
SYNC_INTERVAL_SECONDS=300
LOG_LEVEL=debug
''', pw=pw), pw, "dotenv format; PI Web API basic auth")

pw = human_pw()
nb_src = [
    "import PIconnect as PI\n",
    "from PIconnect.PIConsts import SummaryType\n",
    "\n",
    "PI.PIConfig.DEFAULT_TIMEZONE = 'America/Chicago'\n",
    "with PI.PIServer(server='PIDA-PROD01', username='svc_pi_analytics', password='" + pw + "', domain='GRIDCO') as srv:\n",
    "    points = srv.search('SUB12.XFMR*.TEMP')\n",
    "    df = points[0].summaries('*-30d', '*', '1d', SummaryType.MAXIMUM)\n",
    "df.head()",
]
nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Transformer top-oil temperature, last 30 days\n"]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": nb_src},
        {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [],
         "source": ["ax = df.plot(figsize=(12, 4), title='SUB12 XFMR top oil max')\n", "ax.axhline(95, color='r')"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3 (analytics)", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.10.12"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("blind-bz/jupyter/piconnect", "notebooks/xfmr_top_oil_sub12.ipynb", json.dumps(nb, indent=1) + "\n", pw,
    "PIconnect docs: PIServer(server, username, password, domain); nbformat 4")


# == Protocol gateways: Modbus, DNP3, IEC 61850, OPC UA, Kepware ==================================

pw = rand_pw(18)
add("blind-bz/yaml/modbus2mqtt-broker", "edge/modbus2mqtt/config.yaml", t(r'''
# modbus2mqtt on the substation edge box (Moxa UC-8200), polls the revenue meters over RS-485
mqtt:
  host: mqtt.scada.gridco.local
  port: 8883
  client_id: sub12-modbus2mqtt
  username: edge-sub12
  password: "@@pw@@"
  tls:
    ca_certs: /etc/ssl/gridco/scada-ca.pem
  base_topic: gridco/sub12/meters

modbus:
  type: rtu
  port: /dev/ttyS1
  baudrate: 9600
  parity: E
  timeout: 1.5

devices:
  - name: main-incomer
    unit: 1
    poll: 5s
    registers:
      - { name: p_total_kw, address: 3059, type: float32, byteorder: big }
      - { name: q_total_kvar, address: 3067, type: float32, byteorder: big }
      - { name: v_ab, address: 3019, type: float32, byteorder: big }
  - name: station-service
    unit: 2
    poll: 30s
    registers:
      - { name: energy_kwh, address: 3203, type: int64 }
''', pw=pw), pw, "modbus2mqtt README: mqtt and modbus sections; paho-mqtt username_pw_set")

add("blind-bz/yaml/decoy-env-reference", "edge/modbus2mqtt/config.template.yaml", t(r'''
# rendered by the provisioning script with envsubst; values come from the device's vault secret
mqtt:
  host: ${MQTT_HOST}
  port: 8883
  client_id: ${SITE_ID}-modbus2mqtt
  username: ${MQTT_USERNAME}
  password: ${MQTT_PASSWORD}
  tls:
    ca_certs: /etc/ssl/gridco/scada-ca.pem
  base_topic: gridco/${SITE_ID}/meters

modbus:
  type: tcp
  host: ${MODBUS_GATEWAY_IP}
  port: 502
  timeout: 1.5
'''), None, "envsubst (GNU gettext) docs; modbus2mqtt README")

key = hexs(64, True)
add("blind-bz/xml/dnp3-sav5-update-key", "rtu/configs/outstation_sub12.xml", t(r'''
<?xml version="1.0" encoding="UTF-8"?>
<!-- DNP3 outstation profile for SUB12 RTU, loaded by the RTU configuration tool -->
<OutstationConfig name="SUB12-RTU" version="3.2">
  <Link localAddress="12" remoteAddress="1" keepAliveTimeout="60000"/>
  <Transport type="tcp" listen="0.0.0.0" port="20000"/>
  <Application selectTimeout="10000" solicitedConfirmTimeout="5000" unsolicited="true"/>
  <SecureAuthentication version="5" enabled="true">
    <User number="1" name="Common" role="OPERATOR"/>
    <!-- AES-256 key-wrap update key, entered on the master (station 1) as well -->
    <UpdateKey user="1" algorithm="AES-256" value="@@key@@"/>
    <KeyChangeInterval seconds="900" count="1000"/>
    <MacAlgorithm>HMAC-SHA256-16</MacAlgorithm>
    <CriticalFunctions>DIRECT_OPERATE SELECT OPERATE WRITE COLD_RESTART</CriticalFunctions>
  </SecureAuthentication>
  <Points>
    <Binary index="0" name="CB-1203 52a" class="1"/>
    <Binary index="1" name="CB-1204 52a" class="1"/>
    <Analog index="0" name="FDR-1203 MW" class="2" deadband="0.05"/>
    <Analog index="1" name="FDR-1204 MW" class="2" deadband="0.05"/>
  </Points>
</OutstationConfig>
''', key=key), key, "IEEE 1815-2012 secure authentication v5: update keys; vendor RTU config layout")

add("blind-bz/xml/decoy-documented-test-key", "rtu/test/sav5_conformance_master.xml", t(r'''
<?xml version="1.0" encoding="UTF-8"?>
<!-- Conformance bench only. The update key below is the all-sequential test key used in
     the DNP Users Group SAv5 test procedures; it is never loaded on a field device. -->
<MasterConfig name="SAV5-TEST-BENCH" version="3.2">
  <Link localAddress="1" remoteAddress="1024"/>
  <Transport type="tcp" host="192.168.250.10" port="20000"/>
  <SecureAuthentication version="5" enabled="true">
    <User number="1" name="Common" role="OPERATOR"/>
    <UpdateKey user="1" algorithm="AES-128" value="000102030405060708090A0B0C0D0E0F"/>
    <MacAlgorithm>HMAC-SHA256-16</MacAlgorithm>
  </SecureAuthentication>
</MasterConfig>
'''), None, "DNP Users Group SAv5 test procedures: sequential test update key")

key = hexs(32)
add("blind-bz/python/dnp3-update-key", "tools/dnp3_master/master.py", t(r'''
"""Bench DNP3 master used to commission RTUs with secure authentication (pydnp3 bindings)."""
from pydnp3 import asiodnp3, asiopal, opendnp3, openpal

FILTERS = opendnp3.levels.NORMAL | opendnp3.levels.ALL_COMMS
OUTSTATION_IP = "10.40.12.20"
OUTSTATION_ADDR = 12
MASTER_ADDR = 1

# SAv5 user 1 update key for the SUB12 RTU (rotated by field services each commissioning)
UPDATE_KEY_HEX = "@@key@@"


def build_master(manager: asiodnp3.DNP3Manager):
    channel = manager.AddTCPClient("sub12", FILTERS, asiopal.ChannelRetry().Default(),
                                   OUTSTATION_IP, "0.0.0.0", 20000, asiodnp3.PrintingChannelListener().Create())
    stack = asiodnp3.MasterStackConfig()
    stack.master.responseTimeout = openpal.TimeDuration().Seconds(2)
    stack.link.LocalAddr = MASTER_ADDR
    stack.link.RemoteAddr = OUTSTATION_ADDR
    master = channel.AddMaster("master", asiodnp3.PrintingSOEHandler().Create(),
                               asiodnp3.DefaultMasterApplication().Create(), stack)
    master.SetUpdateKey(bytes.fromhex(UPDATE_KEY_HEX), user=1)
    master.Enable()
    return master
''', key=key), key, "IEEE 1815 SAv5 update key; pydnp3 / opendnp3 master examples")

pw = words_pw()
add("blind-bz/c/iec61850-acse-password", "firmware/gw61850/src/server_main.c", t(r'''
/*
 * IEC 61850 server for the bay controller gateway (libiec61850 1.5).
 * Clients must authenticate with the ACSE password configured below.
 */
#include <stdio.h>
#include <string.h>
#include "iec61850_server.h"
#include "hal_thread.h"
#include "static_model.h"

static char* password = "@@pw@@";

static bool
clientAuthenticator(void* parameter, AcseAuthenticationParameter authParameter, void** securityToken,
                    IsoApplicationReference* appRef)
{
    if (authParameter->mechanism == ACSE_AUTH_PASSWORD) {
        int passwordLength = strlen(password);
        if (passwordLength == authParameter->value.password.passwordLength) {
            if (memcmp(authParameter->value.password.octetString, password, passwordLength) == 0)
                return true;
        }
    }
    return false;
}

int
main(int argc, char** argv)
{
    IedServer iedServer = IedServer_create(&iedModel);
    IedServer_setAuthenticator(iedServer, clientAuthenticator, NULL);
    IedServer_start(iedServer, 102);

    if (!IedServer_isRunning(iedServer)) {
        printf("Starting server failed! Exit.\n");
        IedServer_destroy(iedServer);
        return -1;
    }
    while (1)
        Thread_sleep(1000);
}
''', pw=pw), pw, "libiec61850 examples: server_example_password_auth (ACSE password authenticator)")

pw = human_pw()
add("blind-bz/python/iec61850-mms-client", "tools/iec61850_probe/probe.py", t(r'''
"""Reads measurement values from the bay controllers over MMS (pyiec61850 SWIG bindings)."""
import sys

import iec61850

IEDS = {"BCU-1203": "10.40.12.31", "BCU-1204": "10.40.12.32"}
ACSE_PASSWORD = "@@pw@@"


def read_mmxu(host: str, ld: str) -> float:
    con = iec61850.IedConnection_create()
    params = iec61850.IedConnection_getMmsConnection(con)
    iso = iec61850.MmsConnection_getIsoConnectionParameters(params)
    auth = iec61850.AcseAuthenticationParameter_create()
    iec61850.AcseAuthenticationParameter_setAuthMechanism(auth, iec61850.ACSE_AUTH_PASSWORD)
    iec61850.AcseAuthenticationParameter_setPassword(auth, ACSE_PASSWORD)
    iec61850.IsoConnectionParameters_setAcseAuthenticationParameter(iso, auth)
    error = iec61850.IedConnection_connect(con, host, 102)
    if error != iec61850.IED_ERROR_OK:
        sys.exit(f"connect {host}: {error}")
    value, error = iec61850.IedConnection_readFloatValue(con, f"{ld}/MMXU1.TotW.mag.f", iec61850.IEC61850_FC_MX)
    iec61850.IedConnection_close(con)
    iec61850.IedConnection_destroy(con)
    return value


for name, ip in IEDS.items():
    print(name, read_mmxu(ip, f"{name.replace('-', '')}MEAS"))
''', pw=pw), pw, "libiec61850 client API: AcseAuthenticationParameter_setPassword; pyiec61850 bindings")

key = pem("RSA")
add("blind-bz/pem/opcua-server-key", "opcua/pki/own/private/gridco_opcua_server_key.pem", key + "\n", key,
    "OPC UA Part 6 / node-opcua PKI layout: own/private application instance key")

add("blind-bz/pem/decoy-certificate", "opcua/pki/trusted/certs/kepware_sub12.pem", cert_pem() + "\n" + cert_pem() + "\n", None,
    "OPC UA Part 12 certificate trust list: trusted/certs")

pw = words_pw()
add("blind-bz/javascript/node-opcua-user-manager", "opcua-server/server.js", t(r'''
// OPC UA server exposing the DER aggregation model to the ADMS (node-opcua 2.x)
const { OPCUAServer, MessageSecurityMode, SecurityPolicy, OPCUACertificateManager } = require("node-opcua");
const path = require("path");

const users = [
  { username: "adms", password: "@@pw@@", role: "Operator" },
];

const userManager = {
  isValidUser(username, password) {
    const u = users.find((x) => x.username === username);
    return !!u && u.password === password;
  },
};

(async () => {
  const serverCertificateManager = new OPCUACertificateManager({
    rootFolder: path.join(__dirname, "pki"),
    automaticallyAcceptUnknownCertificate: false,
  });
  const server = new OPCUAServer({
    port: 4840,
    resourcePath: "/UA/DerAggregator",
    serverCertificateManager,
    securityModes: [MessageSecurityMode.SignAndEncrypt],
    securityPolicies: [SecurityPolicy.Basic256Sha256],
    allowAnonymous: false,
    userManager,
    buildInfo: { productName: "GridcoDerAggregator", buildNumber: "412" },
  });
  await server.initialize();
  require("./address-space")(server.engine.addressSpace);
  await server.start();
  console.log("OPC UA server listening on", server.getEndpointUrl());
})();
''', pw=pw), pw, "node-opcua docs: OPCUAServer userManager.isValidUser")

add("blind-bz/javascript/decoy-env-reference", "opcua-client/client.js", t(r'''
// Browse + subscribe client for the DER aggregator; credentials come from the environment.
const { OPCUAClient, MessageSecurityMode, SecurityPolicy, UserTokenType } = require("node-opcua");

const endpoint = process.env.OPCUA_ENDPOINT || "opc.tcp://der-agg.scada.gridco.local:4840/UA/DerAggregator";

async function main() {
  const client = OPCUAClient.create({
    securityMode: MessageSecurityMode.SignAndEncrypt,
    securityPolicy: SecurityPolicy.Basic256Sha256,
    endpointMustExist: false,
  });
  await client.connect(endpoint);
  const session = await client.createSession({
    type: UserTokenType.UserName,
    userName: process.env.OPCUA_USER,
    password: process.env.OPCUA_PASSWORD,
  });
  const dv = await session.read({ nodeId: "ns=2;s=DER.Aggregate.P_kW", attributeId: 13 });
  console.log(dv.value.value);
  await session.close();
  await client.disconnect();
}

main().catch((e) => { console.error(e); process.exit(1); });
'''), None, "node-opcua docs: OPCUAClient.createSession with UserName token")

pw = human_pw()
add("blind-bz/python/asyncua-client", "tools/opcua_export/export_tags.py", t(r'''
"""Exports the Kepware tag tree of a channel to CSV via OPC UA (asyncua)."""
import asyncio
import csv

from asyncua import Client

URL = "opc.tcp://kepware01.scada.gridco.local:49320"


async def walk(node, writer, path=""):
    for child in await node.get_children():
        name = (await child.read_browse_name()).Name
        writer.writerow([f"{path}/{name}", child.nodeid.to_string()])
        await walk(child, writer, f"{path}/{name}")


async def main():
    client = Client(url=URL)
    await client.set_security_string(
        "Basic256Sha256,SignAndEncrypt,certs/export_client.der,certs/export_client_key.pem")
    client.set_user("opc_export")
    client.set_password("@@pw@@")
    async with client:
        root = await client.nodes.objects.get_child(["2:Substations"])
        with open("tags.csv", "w", newline="") as f:
            await walk(root, csv.writer(f))


asyncio.run(main())
''', pw=pw), pw, "asyncua docs: Client.set_user / set_password / set_security_string")

pw = rand_pw(14, "!@")
add("blind-bz/shell/kepware-config-api", "scripts/kepware/add_channel.sh", t(r'''
#!/usr/bin/env bash
# Adds a Modbus TCP channel + device to KEPServerEX through the Configuration API.
set -euo pipefail

KEP=https://kepware01.scada.gridco.local:57513
USER=Administrator
PASS='@@pw@@'
CHANNEL=${1:?channel name}
IP=${2:?device ip}

curl -sk -u "$USER:$PASS" -H 'Content-Type: application/json' \
  -X POST "$KEP/config/v1/project/channels" \
  -d "{\"common.ALLTYPES_NAME\":\"$CHANNEL\",\"servermain.MULTIPLE_TYPES_DEVICE_DRIVER\":\"Modbus TCP/IP Ethernet\"}"

curl -sk -u "$USER:$PASS" -H 'Content-Type: application/json' \
  -X POST "$KEP/config/v1/project/channels/$CHANNEL/devices" \
  -d "{\"common.ALLTYPES_NAME\":\"meter1\",\"servermain.DEVICE_ID_STRING\":\"<$IP>.1\"}"

echo "channel $CHANNEL added"
''', pw=pw), pw, "KEPServerEX Configuration API guide: project/channels endpoints, basic auth")

thumb = hexs(40, True)
add("blind-bz/json/decoy-thumbprint", "opcua/trust/kepware_trust.json", t(r'''
{
  "server": "kepware01.scada.gridco.local",
  "endpoint": "opc.tcp://kepware01.scada.gridco.local:49320",
  "securityPolicy": "http://opcfoundation.org/UA/SecurityPolicy#Basic256Sha256",
  "trustedClients": [
    { "application": "urn:gridco:ignition:gw-prod01", "thumbprint": "@@t1@@", "expires": "2027-03-01" },
    { "application": "urn:gridco:opc_export", "thumbprint": "@@t2@@", "expires": "2026-11-15" },
    { "application": "urn:gridco:der-aggregator", "thumbprint": "@@t3@@", "expires": "2026-09-30" }
  ],
  "rejectedDir": "C:\\ProgramData\\Kepware\\KEPServerEX\\V6\\UA\\Server\\rejected"
}
''', t1=thumb, t2=hexs(40, True), t3=hexs(40, True)), None, "OPC UA Part 4: application instance certificate thumbprint (SHA-1)")

pw = words_pw()
add("blind-bz/ini/modbus-gateway-admin", "edge/mgate/mgate_sub07.ini", t(r'''
; Moxa MGate 5114 export (Modbus RTU/TCP <-> IEC 60870-5-104), SUB07 gateway
[System]
ServerName=MGATE-SUB07
Location=SUB07 control house, rack 2
TimeZone=(GMT-06:00)Central Time

[Network]
IPAddress=10.40.7.15
Netmask=255.255.255.0
Gateway=10.40.7.1

[Account]
AdminName=admin
AdminPassword=@@pw@@
AutoLogout=5

[ModbusMaster]
InitialDelay=0
ResponseTimeout=1000
InterRequestDelay=50

[IEC104Slave]
CommonAddress=7
TCPPort=2404
''', pw=pw), pw, "Moxa MGate 5114 user manual: configuration export, account settings")

add("blind-bz/ini/decoy-placeholder", "edge/mgate/mgate_template.ini", t(r'''
; Template for new MGate 5114 installs. Copy to mgate_<site>.ini and fill from the password vault.
[System]
ServerName=MGATE-<SITE>
Location=<site> control house
TimeZone=(GMT-06:00)Central Time

[Account]
AdminName=admin
AdminPassword=<set from vault: OT/MGate/<site>>
AutoLogout=5

[IEC104Slave]
CommonAddress=<station number>
TCPPort=2404
'''), None, "Moxa MGate 5114 user manual: configuration import")

pw = human_pw()
add("blind-bz/csharp/opcua-session", "src/Gridco.Scada.Bridge/OpcUaSessionFactory.cs", t(r'''
using System.Threading.Tasks;
using Opc.Ua;
using Opc.Ua.Client;
using Opc.Ua.Configuration;

namespace Gridco.Scada.Bridge
{
    public static class OpcUaSessionFactory
    {
        private const string Endpoint = "opc.tcp://ign-prod01.scada.gridco.local:62541/discovery";

        public static async Task<Session> CreateAsync(ApplicationInstance app)
        {
            var config = app.ApplicationConfiguration;
            var selected = CoreClientUtils.SelectEndpoint(config, Endpoint, useSecurity: true);
            var endpoint = new ConfiguredEndpoint(null, selected, EndpointConfiguration.Create(config));

            // Ignition OPC UA server user from the "opcua-module" user source
            var identity = new UserIdentity("bridge_svc", "@@pw@@");

            return await Session.Create(config, endpoint, false, "Gridco.Scada.Bridge", 60000, identity, null);
        }
    }
}
''', pw=pw), pw, "OPC Foundation UA-.NETStandard: Session.Create with UserIdentity(user, password)")


# == Smart meters and AMI head-ends ==============================================================

ak = hexs(32, True)
add("blind-bz/python/dlms-authentication-key", "ami/meter_reader/read_profile.py", t(r'''
"""Reads the load profile of an E450 meter over the optical probe / TCP with HLS security (Gurux)."""
from gurux_dlms import GXDLMSClient, GXByteBuffer
from gurux_dlms.enums import Authentication, InterfaceType, Security
from gurux_dlms.objects import GXDLMSProfileGeneric
from gurux_net import GXNet

from meter_reader import keystore

METER_IP = "10.80.3.41"
METER_SERIAL = "LGZ71844210"
CLIENT_ADDRESS = 1   # management client
SERVER_ADDRESS = 1

client = GXDLMSClient(True, CLIENT_ADDRESS, SERVER_ADDRESS, Authentication.HIGH_GMAC, None, InterfaceType.WRAPPER)
client.ciphering.security = Security.AUTHENTICATION_ENCRYPTION
client.ciphering.systemTitle = GXByteBuffer.hexToBytes("4C475A6700000001")
# GUEK is meter-specific (keystore reads the HSM export); AK is the same for the whole batch
client.ciphering.blockCipherKey = keystore.guek(METER_SERIAL)
client.ciphering.authenticationKey = GXByteBuffer.hexToBytes("@@ak1@@"
                                                             "@@ak2@@")

media = GXNet(host=METER_IP, port=4059)
media.open()
profile = GXDLMSProfileGeneric("1.0.99.1.0.255")
# ... association, read buffer, release (see reader.py)
''', ak1=ak[:16], ak2=ak[16:]), ak, "Gurux.DLMS.Python: GXCiphering blockCipherKey / authenticationKey; DLMS Green Book security suite 0")

add("blind-bz/python/decoy-documented-test-key", "ami/meter_reader/tests/test_ciphering.py", t(r'''
"""Unit tests for the frame builder. The keys are the example keys printed in the DLMS UA
Green Book (GUEK 000102..0F, AK D0D1..DF, system title 4D4D4D0000BC614E); no meter uses them."""
from gurux_dlms import GXByteBuffer

from meter_reader.frames import build_glo_get_request

GREEN_BOOK_EK = "000102030405060708090A0B0C0D0E0F"
GREEN_BOOK_AK = "D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF"
SYSTEM_TITLE = "4D4D4D0000BC614E"


def test_glo_get_request_matches_green_book_example():
    frame = build_glo_get_request(
        obis="0.0.1.0.0.255", attribute=2, invocation_counter=0x01234567,
        ek=GXByteBuffer.hexToBytes(GREEN_BOOK_EK), ak=GXByteBuffer.hexToBytes(GREEN_BOOK_AK),
        system_title=GXByteBuffer.hexToBytes(SYSTEM_TITLE))
    assert frame.hex().upper().startswith("C81E3001234567")
'''), None, "DLMS UA Green Book (DLMS UA 1000-2): worked ciphering example keys")

ek = hexs(32, True)
add("blind-bz/xml/meter-key-transfer", "ami/provisioning/keys/RMA-2024-118_LGZ71844215.xml", t(r'''
<?xml version="1.0" encoding="UTF-8"?>
<!-- Key transfer for the replacement meter (RMA 2024-118). Import in HES > Security > Key import,
     then delete this file: the plain GUEK must not stay on the share. -->
<MeterKeys batch="RMA-2024-118" vendor="LGZ" model="E450" format="plain">
  <Meter serial="LGZ71844215" systemTitle="4C475A6704623A16" firmware="B31.03">
    <Key type="GUEK" securitySuite="0" value="@@ek@@"/>
    <Key type="GAK" ref="HSM:batch/E450-2024-07/GAK"/>
    <Key type="HLS" ref="HSM:batch/E450-2024-07/HLS"/>
  </Meter>
</MeterKeys>
''', ek=ek), ek, "DLMS UA Green Book: global unicast encryption key (GUEK); vendor key transfer file")

pw = words_pw()
add("blind-bz/xml/multispeak-header", "oms-integration/src/main/resources/multispeak/cd_client.xml", t(r'''
<?xml version="1.0" encoding="UTF-8"?>
<!-- MultiSpeak 4.1 CD_Server client (remote connect/disconnect through the AMI head-end) -->
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:ver="http://www.multispeak.org/Version_4.1_Release">
  <soapenv:Header>
    <ver:MultiSpeakMsgHeader Version="4.1.6" UserID="oms_cd" Pwd="@@pw@@"
        AppName="GridcoOMS" AppVersion="7.2" Company="Gridco Electric Coop" Context="Production"/>
  </soapenv:Header>
  <soapenv:Body>
    <ver:InitiateConnectDisconnect>
      <ver:cdEvents>
        <ver:connectDisconnectEvent objectID="${eventId}" verb="New">
          <ver:meterID meterNo="${meterNo}" serviceType="Electric"/>
          <ver:loadActionCode>${action}</ver:loadActionCode>
        </ver:connectDisconnectEvent>
      </ver:cdEvents>
      <ver:responseURL>https://oms.gridco.local/multispeak/CB_Server</ver:responseURL>
    </ver:InitiateConnectDisconnect>
  </soapenv:Body>
</soapenv:Envelope>
''', pw=pw), pw, "MultiSpeak v4.1 specification: MultiSpeakMsgHeader UserID / Pwd attributes")

pw = human_pw()
add("blind-bz/properties/ami-headend", "mdm-sync/src/main/resources/application-prod.properties", t(r'''
# MDM sync: pulls interval reads from the AMI head-end into the MDMS staging schema
spring.application.name=mdm-sync
server.port=8085

headend.base-url=https://hes.ami.gridco.local/api/v3
headend.username=mdm_sync
headend.password=@@pw@@
headend.page-size=5000
headend.read-types=INTERVAL_15M,REGISTER_DAILY

spring.datasource.url=jdbc:oracle:thin:@//mdmsdb01.gridco.local:1521/MDMSPRD
spring.datasource.username=MDM_STAGE
spring.datasource.password=${MDMS_DB_PASSWORD}
spring.jpa.hibernate.ddl-auto=none

management.endpoints.web.exposure.include=health,info,prometheus
''', pw=pw), pw, "Spring Boot externalized configuration: application-{profile}.properties")

add("blind-bz/properties/decoy-env-reference", "mdm-sync/src/main/resources/application.properties", t(r'''
spring.application.name=mdm-sync
server.port=8085

headend.base-url=${HEADEND_URL:https://hes-test.ami.gridco.local/api/v3}
headend.username=${HEADEND_USERNAME:mdm_sync}
headend.password=${HEADEND_PASSWORD}
headend.page-size=5000

spring.datasource.url=${MDMS_DB_URL}
spring.datasource.username=${MDMS_DB_USER}
spring.datasource.password=${MDMS_DB_PASSWORD}
'''), None, "Spring Boot docs: property placeholders with defaults")

tok = drawn(48, ALNUM)
add("blind-bz/go/headend-api-key", "services/meter-events/internal/headend/client.go", t(r'''
package headend

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const (
	baseURL = "https://hes.ami.gridco.local/api/v3"
	// integration key issued by the head-end admin console for the meter-events service
	apiKey = "@@tok@@"
)

type Client struct{ http *http.Client }

func New() *Client { return &Client{http: &http.Client{Timeout: 15 * time.Second}} }

type Event struct {
	MeterID   string    `json:"meterId"`
	Code      string    `json:"eventCode"`
	Timestamp time.Time `json:"timestamp"`
}

func (c *Client) Events(ctx context.Context, since time.Time) ([]Event, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet,
		fmt.Sprintf("%s/events?since=%s&codes=LAST_GASP,POWER_RESTORE", baseURL, since.Format(time.RFC3339)), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Api-Key", apiKey)
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out []Event
	return out, json.NewDecoder(resp.Body).Decode(&out)
}
''', tok=tok), tok, "net/http docs; head-end REST integration key header")

add("blind-bz/json/decoy-public-ids", "ami/fixtures/meters_feeder_1203.json", t(r'''
{
  "feeder": "FDR-1203",
  "substation": "SUB12",
  "meters": [
    { "meterNo": "LGZ71844210", "systemTitle": "4C475A6704623A11", "servicePoint": "SP-0048812", "premise": "@@p1@@" },
    { "meterNo": "LGZ71844211", "systemTitle": "4C475A6704623A12", "servicePoint": "SP-0048813", "premise": "@@p2@@" },
    { "meterNo": "LGZ71844215", "systemTitle": "4C475A6704623A16", "servicePoint": "SP-0048820", "premise": "@@p3@@" },
    { "meterNo": "ITR20931775", "systemTitle": "4954521300A1B2C3", "servicePoint": "SP-0049001", "premise": "@@p4@@" }
  ],
  "transformer": { "id": "XFMR-1203-044", "kva": 50, "phase": "B" },
  "exportedAt": "2024-07-11T14:02:55Z",
  "checksum": "sha256:@@sha@@"
}
''', p1=uuid_s(), p2=uuid_s(), p3=uuid_s(), p4=uuid_s(), sha=sha256()), None, "DLMS system title (FLAG id + serial); MDMS export fixture")

pw = rand_pw(12)
add("blind-bz/yaml/wmbus-keys", "edge/wmbusmeters/wmbusmeters.d/watermeters.yaml", t(r'''
# Ansible-rendered list of wM-Bus water meters read by the AMR drive-by collector
collector: /dev/ttyUSB0:im871a:c1,t1
meters:
  - name: WTR-0044812
    driver: multical21
    id: "78901234"
    key: NOKEY
  - name: WTR-0044813
    driver: multical21
    id: "78901235"
    key: NOKEY
  - name: HEAT-SCHOOL-04
    driver: kamheat
    id: "66120077"
    key: NOKEY
mqtt:
  url: mqtts://amr-collector:@@pw@@@mqtt.scada.gridco.local:8883
''', pw=pw), pw, "wmbusmeters README: meter key / NOKEY; MQTT URL with userinfo")


# == Solar inverters and batteries ===============================================================

key = solaredge_key()
add("blind-bz/python/solaredge-api-key", "pipelines/der/solaredge_pull.py", t(r'''
"""Daily pull of production data for the community-solar sites from the SolarEdge monitoring API."""
import datetime as dt

import requests

API = "https://monitoringapi.solaredge.com"
API_KEY = "@@key@@"  # account-level key (Admin > Site Access > API Access)
SITES = [1843302, 1843317, 2011458]


def energy(site_id: int, day: dt.date) -> list:
    r = requests.get(f"{API}/site/{site_id}/energy", params={
        "timeUnit": "QUARTER_OF_AN_HOUR",
        "startDate": day.isoformat(),
        "endDate": day.isoformat(),
        "api_key": API_KEY,
    }, timeout=30)
    r.raise_for_status()
    return r.json()["energy"]["values"]


if __name__ == "__main__":
    yesterday = dt.date.today() - dt.timedelta(days=1)
    for site in SITES:
        values = energy(site, yesterday)
        print(site, sum(v["value"] or 0 for v in values) / 1000, "kWh")
''', key=key), key, "SolarEdge Monitoring Server API: api_key parameter, site energy endpoint")

add("blind-bz/yaml/decoy-secret-reference", "homeassistant/packages/solar.yaml", t(r'''
# Home Assistant package for the ops-center demo wall (SolarEdge + Powerwall + Envoy)
solaredge:
sensor:
  - platform: solaredge
    api_key: !secret solaredge_api_key
    site_id: !secret solaredge_site_id
powerwall:
  ip_address: 192.168.91.1
  password: !secret powerwall_password
enphase_envoy:
  host: envoy.local
  username: !secret enphase_username
  password: !secret enphase_password
template:
  - sensor:
      - name: "Net grid kW"
        unit_of_measurement: "kW"
        state: "{{ (states('sensor.powerwall_site_now') | float(0)) }}"
'''), None, "Home Assistant docs: storing secrets, !secret references")

key = solaredge_key()
add("blind-bz/yaml/ha-secrets", "homeassistant/secrets.yaml", t(r'''
# Use this file to store secrets like usernames and passwords.
# Learn more at https://www.home-assistant.io/docs/configuration/secrets/
solaredge_api_key: @@key@@
solaredge_site_id: "1843302"
enphase_username: ops-demo@gridco.example
latitude_home: 41.5868
longitude_home: -93.625
''', key=key), key, "Home Assistant docs: secrets.yaml")

sec = hexs(32)
add("blind-bz/python/enphase-oauth", "pipelines/der/enphase_client.py", t(r'''
"""Enphase Enlighten API v4 client for the VPP program (partner app 'Gridco VPP')."""
import base64

import requests

API_KEY = "@@api@@"
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@sec@@"
TOKEN_URL = "https://api.enphaseenergy.com/oauth/token"
BASE = "https://api.enphaseenergy.com/api/v4"


def refresh(refresh_token: str) -> dict:
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    r = requests.post(TOKEN_URL, params={"grant_type": "refresh_token", "refresh_token": refresh_token},
                      headers={"Authorization": f"Basic {basic}"}, timeout=30)
    r.raise_for_status()
    return r.json()


def telemetry(access_token: str, system_id: int) -> dict:
    r = requests.get(f"{BASE}/systems/{system_id}/telemetry/production_micro",
                     params={"key": API_KEY, "granularity": "day"},
                     headers={"Authorization": f"Bearer {access_token}"}, timeout=30)
    r.raise_for_status()
    return r.json()
''', api=hexs(32), cid=hexs(32), sec=sec), sec, "Enphase Enlighten API v4 docs: OAuth token with client id and secret")

tok = jwt({"aud": "202318004512", "iss": "Entrez", "enphaseUser": "owner", "exp": 1752000000, "iat": 1720464000,
           "jti": uuid_s(), "username": "ops-demo@gridco.example"}, alg="ES256", sig=86)
add("blind-bz/shell/envoy-local-token", "scripts/der/envoy_readings.sh", t(r'''
#!/bin/sh
# Polls the IQ Gateway (Envoy) at the demo site every minute; token is valid for one year.
ENVOY=https://192.168.1.75
TOKEN="@@tok@@"

while true; do
  curl -sk -H "Authorization: Bearer $TOKEN" "$ENVOY/production.json?details=1" \
    | jq -c '{ts: now, prod_w: .production[1].wNow, cons_w: .consumption[0].wNow}' \
    >> /var/log/envoy/readings.jsonl
  sleep 60
done
''', tok=tok), tok, "Enphase IQ Gateway local API technical brief: owner token (JWT) as Bearer")

pw = drawn(5, UPNUM)
add("blind-bz/env/powerwall-gateway", "der-lab/pypowerwall/.env", t(r'''
# pypowerwall proxy for the battery lab (Powerwall 2 + Backup Gateway 2)
PW_HOST=192.168.91.1
PW_EMAIL=der-lab@gridco.example
PW_PASSWORD=@@pw@@
PW_TIMEZONE=America/Chicago
PW_CACHE_EXPIRE=5
PW_STYLE=grafana-dark
PW_PORT=8675
''', pw=pw), pw, "pypowerwall README: PW_PASSWORD (gateway customer password) environment variable")

sec = tesla_client_secret()
add("blind-bz/toml/tesla-fleet-api", "services/vpp-dispatch/config/fleet.toml", t(r'''
# Tesla Fleet API partner app used for Powerwall VPP enrolment
[tesla]
region = "na"
audience = "https://fleet-api.prd.na.vn.cloud.tesla.com"
auth_url = "https://auth.tesla.com/oauth2/v3/token"
client_id = "@@cid@@"
client_secret = "@@sec@@"
scopes = ["openid", "offline_access", "energy_device_data", "energy_cmds"]
redirect_uri = "https://vpp.gridco.example/oauth/tesla/callback"

[dispatch]
min_reserve_percent = 20
max_events_per_month = 8
''', cid=uuid_s(), sec=sec), sec, "Tesla Fleet API docs: partner authentication token, client_secret (ta-secret.)")

tok = jwt({"iss": "https://auth.tesla.com/oauth2/v3/nts", "aud": "https://auth.tesla.com/oauth2/v3/token",
           "iat": 1719800000, "scp": ["openid", "offline_access", "energy_device_data"], "ou_code": "NA",
           "data": {"v": "1", "auth_time": 1719800000, "sub": uuid_s()}}, alg="RS256", sig=342, kid=drawn(27, ALNUM + "-_"))
add("blind-bz/json/tesla-refresh-token", "der-lab/teslapy/cache.json", t(r'''
{
  "der-lab@gridco.example": {
    "url": "https://auth.tesla.com/",
    "sso": {
      "access_token": "",
      "refresh_token": "@@tok@@",
      "id_token": "",
      "expires_in": 28800,
      "token_type": "Bearer",
      "expires_at": 1719828800.42
    }
  }
}
''', tok=tok), tok, "TeslaPy README: cache.json token store (refresh_token)")

pw = human_pw()
add("blind-bz/python/sma-webconnect", "der-lab/sma/read_inverters.py", t(r'''
"""Reads the SMA Sunny Tripower inverters of the lab through WebConnect (pysma)."""
import asyncio

import aiohttp
import pysma

INVERTERS = ["192.168.40.21", "192.168.40.22"]
GROUP = "user"
PASSWORD = "@@pw@@"


async def read(host: str, session: aiohttp.ClientSession) -> None:
    sma = pysma.SMA(session, host, PASSWORD, group=GROUP)
    await sma.new_session()
    sensors = await sma.get_sensors()
    await sma.read(sensors)
    for name in ("pv_power_a", "pv_power_b", "grid_power", "daily_yield"):
        print(host, name, sensors[name].value, sensors[name].unit)
    await sma.close_session()


async def main() -> None:
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=False)) as session:
        await asyncio.gather(*(read(h, session) for h in INVERTERS))


asyncio.run(main())
''', pw=pw), pw, "pysma README: SMA(session, url, password, group)")

kv = uuid_s()
add("blind-bz/python/fronius-solarweb", "pipelines/der/fronius_solarweb.py", t(r'''
"""Fronius Solar.web Query API: flow data of the municipal PV plants."""
import requests

BASE = "https://api.solarweb.com/swqapi"
HEADERS = {
    "AccessKeyId": "FKIA@@kid@@",
    "AccessKeyValue": "@@kv@@",
    "Accept": "application/json",
}
PV_SYSTEMS = ["@@pv1@@", "@@pv2@@"]


def flowdata(pv_system_id: str) -> dict:
    r = requests.get(f"{BASE}/pvsystems/{pv_system_id}/flowdata", headers=HEADERS, timeout=20)
    r.raise_for_status()
    return r.json()["data"]["channels"]


for pv in PV_SYSTEMS:
    print(pv, flowdata(pv))
''', kid=hexs(32, True), kv=kv, pv1=uuid_s(), pv2=uuid_s()), kv, "Fronius Solar.web Query API docs: AccessKeyId / AccessKeyValue headers")

add("blind-bz/python/decoy-public-ids", "pipelines/der/fronius_local.py", t(r'''
"""Fronius Solar API v1 (local, no authentication) for the inverters on the depot roofs."""
import requests

INVERTERS = {
    # serial, device id, Solar.web pv system id (public ids, shown in the Solar.web URL)
    "DEPOT-N": ("http://10.50.2.11", "29031445", "@@pv1@@"),
    "DEPOT-S": ("http://10.50.2.12", "29031452", "@@pv2@@"),
}


def realtime(base: str) -> dict:
    r = requests.get(f"{base}/solar_api/v1/GetPowerFlowRealtimeData.fcgi", timeout=5)
    r.raise_for_status()
    return r.json()["Body"]["Data"]["Site"]


for name, (base, serial, pv_id) in INVERTERS.items():
    site = realtime(base)
    print(name, serial, pv_id, site["P_PV"], site["P_Grid"])
''', pv1=uuid_s(), pv2=uuid_s()), None, "Fronius Solar API V1 documentation (local HTTP, no auth)")

tok = hexs(64)
add("blind-bz/javascript/victron-vrm", "node-red/lib/vrm.js", t(r'''
// VRM API helper used by the microgrid flows (Victron MultiPlus + Pylontech at the field office)
const axios = require("axios");

const VRM = "https://vrmapi.victronenergy.com/v2";
const INSTALLATION = 188211;
const TOKEN = "@@tok@@";

async function stats(type = "kwh", interval = "hours") {
  const { data } = await axios.get(`${VRM}/installations/${INSTALLATION}/stats`, {
    params: { type, interval },
    headers: { "x-authorization": `Token ${TOKEN}` },
  });
  return data.records;
}

async function batterySoc() {
  const { data } = await axios.get(`${VRM}/installations/${INSTALLATION}/widgets/BatterySummary`, {
    headers: { "x-authorization": `Token ${TOKEN}` },
  });
  return data.records.data["51"].valueFormattedWithUnit;
}

module.exports = { stats, batterySoc };
''', tok=tok), tok, "Victron VRM API docs: personal access token, x-authorization: Token header")

tok = uuid_s()
add("blind-bz/shell/sonnen-auth-token", "der-lab/sonnen/setpoint.sh", t(r'''
#!/usr/bin/env bash
# Sets a charge/discharge setpoint on the sonnenBatterie eco 10 (API v2) for DR tests.
# usage: setpoint.sh charge|discharge WATTS
set -eu
HOST=192.168.40.30
AUTH_TOKEN=@@tok@@

mode=$1; watts=$2
curl -s -X PUT -H "Auth-Token: $AUTH_TOKEN" -H "Content-Type: application/x-www-form-urlencoded" \
  -d "EM_OperatingMode=1" "http://$HOST/api/v2/configurations"
curl -s -X POST -H "Auth-Token: $AUTH_TOKEN" "http://$HOST/api/v2/setpoint/$mode/$watts"
curl -s -H "Auth-Token: $AUTH_TOKEN" "http://$HOST/api/v2/status" | jq '{USOC, Pac_total_W, BatteryCharging}'
''', tok=tok), tok, "sonnenBatterie API v2 docs: Auth-Token header, setpoint endpoint")

key = drawn(32, ALNUM + "-_")
add("blind-bz/r/solcast-key", "analysis/forecast/solcast_pull.R", t(r'''
# Pull rooftop PV forecasts for the feeder hosting-capacity study
library(httr)
library(jsonlite)
library(dplyr)

solcast_key <- "@@key@@"
sites <- c("3b6f-41e2-a1c8-0d2b", "9d10-4b77-8e31-c6a4")

get_forecast <- function(resource_id) {
  res <- GET(
    sprintf("https://api.solcast.com.au/rooftop_sites/%s/forecasts", resource_id),
    query = list(format = "json", hours = 48),
    add_headers(Authorization = paste("Bearer", solcast_key))
  )
  stop_for_status(res)
  fromJSON(content(res, "text"))$forecasts %>% mutate(site = resource_id)
}

fc <- bind_rows(lapply(sites, get_forecast))
write.csv(fc, "data/solcast_forecasts.csv", row.names = FALSE)
''', key=key), key, "Solcast API docs: rooftop_sites forecasts, Bearer API key")

add("blind-bz/r/decoy-env-reference", "analysis/forecast/solcast_keyring.R", t(r'''
# Same pull as solcast_pull.R, key read from the environment or the keyring
library(httr)

solcast_key <- Sys.getenv("SOLCAST_API_KEY")
if (!nzchar(solcast_key)) solcast_key <- keyring::key_get("solcast", "gridco-forecast")

res <- GET("https://api.solcast.com.au/rooftop_sites/3b6f-41e2-a1c8-0d2b/forecasts",
           query = list(format = "json"),
           add_headers(Authorization = paste("Bearer", solcast_key)))
stop_for_status(res)
'''), None, "R docs: Sys.getenv; keyring package")

pw = words_pw()
add("blind-bz/yaml/huawei-fusionsolar", "pipelines/der/config/fusionsolar.yaml", t(r'''
# Huawei FusionSolar Northbound API (thirdData) for the two utility-scale plants
fusionsolar:
  base_url: https://eu5.fusionsolar.huawei.com/thirdData
  user_name: gridco_nbi
  system_code: "@@pw@@"
  stations:
    - code: NE=33685471
      name: Ridgeline Solar 1
    - code: NE=33685502
      name: Ridgeline Solar 2
  kpi: getKpiStationHour
  poll_minutes: 30
''', pw=pw), pw, "FusionSolar Northbound Interface reference: /thirdData/login userName and systemCode")

sec = hexs(32)
add("blind-bz/typescript/soliscloud", "apps/der-portal/src/server/soliscloud.ts", t(r'''
import crypto from "node:crypto";

const BASE = "https://www.soliscloud.com:13333";
const KEY_ID = "13012400281736592";
const KEY_SECRET = "@@sec@@";

function sign(method: string, body: string, contentType: string, date: string, path: string) {
  const md5 = crypto.createHash("md5").update(body).digest("base64");
  const toSign = [method, md5, contentType, date, path].join("\n");
  const sig = crypto.createHmac("sha1", KEY_SECRET).update(toSign).digest("base64");
  return { md5, auth: `API ${KEY_ID}:${sig}` };
}

export async function stationList(page = 1) {
  const path = "/v1/api/userStationList";
  const body = JSON.stringify({ pageNo: page, pageSize: 100 });
  const date = new Date().toUTCString();
  const { md5, auth } = sign("POST", body, "application/json", date, path);
  const res = await fetch(BASE + path, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/json", "Content-MD5": md5, Date: date, Authorization: auth },
  });
  return res.json();
}
''', sec=sec), sec, "SolisCloud Platform API document: KeyId / KeySecret HMAC-SHA1 signature")

add("blind-bz/markdown/decoy-placeholder", "der-lab/README.md", t(r'''
# DER lab

Equipment on the bench: Powerwall 2 + Gateway 2, sonnen eco 10, 2x SMA STP 10.0, Enphase IQ8 string
with an IQ Gateway, Victron MultiPlus-II.

## Local access

| Device | URL | Login |
|---|---|---|
| Powerwall gateway | https://192.168.91.1 | customer / last 5 characters of the gateway serial |
| sonnen | http://192.168.40.30 | Auth-Token from the web UI (Software-Integration) |
| SMA | https://192.168.40.21 | user group, password in the lab vault |
| Envoy | https://192.168.1.75 | owner token from entrez.enphaseenergy.com |

Copy `pypowerwall/.env.example` to `.env` and set `PW_PASSWORD=<gateway password>`.
Never commit `.env` or `teslapy/cache.json`.
'''), None, "Tesla Powerwall gateway docs: customer login; team README")

add("blind-bz/env/decoy-example", "der-lab/pypowerwall/.env.example", t(r'''
# copy to .env and fill in
PW_HOST=192.168.91.1
PW_EMAIL=you@example.com
PW_PASSWORD=
PW_TIMEZONE=America/Chicago
PW_CACHE_EXPIRE=5
PW_STYLE=grafana-dark
'''), None, "pypowerwall README: pypowerwall.env example")

key = solaredge_key()
add("blind-bz/json/solaredge-hosted-service", "src/Gridco.Der.Collector/appsettings.Production.json", t(r'''
{
  "Logging": { "LogLevel": { "Default": "Warning", "Gridco": "Information" } },
  "SolarEdge": {
    "BaseUrl": "https://monitoringapi.solaredge.com",
    "ApiKey": "@@key@@",
    "SiteIds": [ 1843302, 1843317, 2011458, 2190774 ],
    "PollInterval": "00:15:00"
  },
  "Influx": {
    "Url": "http://influxdb.der.svc:8086",
    "Org": "gridco",
    "Bucket": "der_raw",
    "Token": ""
  }
}
''', key=key), key, "ASP.NET Core configuration: appsettings.{Environment}.json; SolarEdge monitoring API")


# == Grid and market APIs ========================================================================

tok = uuid_s()
add("blind-bz/python/entsoe-token", "pipelines/markets/entsoe_prices.py", t(r'''
"""Day-ahead prices and load forecast for the bidding zones we trade (entsoe-py)."""
import pandas as pd
from entsoe import EntsoePandasClient

client = EntsoePandasClient(api_key="@@tok@@")

ZONES = ["DE_LU", "NL", "BE", "FR"]
start = pd.Timestamp("20240101", tz="Europe/Brussels")
end = pd.Timestamp("20240201", tz="Europe/Brussels")

frames = {}
for zone in ZONES:
    frames[zone] = client.query_day_ahead_prices(zone, start=start, end=end)

prices = pd.DataFrame(frames)
prices.to_parquet("data/da_prices_2024_01.parquet")
load = client.query_load_forecast("DE_LU", start=start, end=end)
load.to_parquet("data/load_fc_de_lu_2024_01.parquet")
''', tok=tok), tok, "entsoe-py README: EntsoePandasClient(api_key=...); ENTSO-E Transparency securityToken")

add("blind-bz/python/decoy-public-ids", "pipelines/markets/eic_codes.py", t(r'''
"""Energy Identification Codes (EIC) of the bidding zones and control areas we query.
Public codes from the ENTSO-E EIC registry; they identify areas, they are not credentials."""

BIDDING_ZONES = {
    "DE_LU": "10Y1001A1001A82H",
    "NL": "10YNL----------L",
    "BE": "10YBE----------2",
    "FR": "10YFR-RTE------C",
    "AT": "10YAT-APG------L",
    "PL": "10YPL-AREA-----S",
}

CONTROL_AREAS = {
    "DE_TENNET": "10YDE-EON------1",
    "DE_50HZ": "10YDE-VE-------2",
    "DE_AMPRION": "10YDE-RWENET---I",
    "DE_TRANSNET": "10YDE-ENBW-----N",
}

DOCUMENT_TYPES = {"day_ahead_prices": "A44", "load_forecast": "A65", "generation": "A75"}
'''), None, "ENTSO-E EIC code list (public registry of area codes)")

tok = uuid_s()
add("blind-bz/shell/entsoe-curl", "scripts/markets/fetch_entsoe_xml.sh", t(r'''
#!/usr/bin/env bash
# Raw A44 document for a given day, kept for audit next to the parsed prices.
set -euo pipefail
day=${1:-$(date -u -d yesterday +%Y%m%d)}
out=archive/entsoe/A44_${day}.xml
curl -sf --retry 3 -o "$out" \
  "https://web-api.tp.entsoe.eu/api?securityToken=@@tok@@&documentType=A44&in_Domain=10YNL----------L&out_Domain=10YNL----------L&periodStart=${day}0000&periodEnd=${day}2300"
xmllint --noout "$out" && echo "saved $out"
''', tok=tok), tok, "ENTSO-E Transparency Platform RESTful API guide: securityToken query parameter")

key = api_data_gov_key()
add("blind-bz/python/eia-key", "pipelines/markets/eia_generation.py", t(r'''
"""Hourly net generation by balancing authority from the EIA API v2 (electricity/rto)."""
import requests
import pandas as pd

EIA_KEY = "@@key@@"
URL = "https://api.eia.gov/v2/electricity/rto/region-data/data/"


def net_generation(ba: str, start: str, end: str) -> pd.DataFrame:
    params = {
        "api_key": EIA_KEY,
        "frequency": "hourly",
        "data[0]": "value",
        "facets[respondent][]": ba,
        "facets[type][]": "NG",
        "start": start,
        "end": end,
        "length": 5000,
    }
    r = requests.get(URL, params=params, timeout=60)
    r.raise_for_status()
    return pd.DataFrame(r.json()["response"]["data"])


if __name__ == "__main__":
    print(net_generation("MISO", "2024-06-01T00", "2024-06-07T23").head())
''', key=key), key, "EIA API v2 documentation: api_key parameter, electricity/rto route")

add("blind-bz/python/decoy-documented-demo-key", "analysis/notebooks_src/nrel_pvwatts_demo.py", t(r'''
"""PVWatts v8 example for the onboarding workshop. DEMO_KEY is api.data.gov's public demo key
(rate-limited, documented for trying the API); use your own key for real runs."""
import requests

params = {
    "api_key": "DEMO_KEY",
    "lat": 41.59,
    "lon": -93.62,
    "system_capacity": 4,
    "azimuth": 180,
    "tilt": 30,
    "array_type": 1,
    "module_type": 0,
    "losses": 14,
}
r = requests.get("https://developer.nrel.gov/api/pvwatts/v8.json", params=params, timeout=30)
print(r.json()["outputs"]["ac_annual"], "kWh/yr")
'''), None, "api.data.gov docs: DEMO_KEY; NREL PVWatts v8 API")

key = api_data_gov_key()
add("blind-bz/yaml/nrel-key", "analysis/hosting_capacity/params.yaml", t(r'''
# Inputs for the rooftop PV hosting-capacity runs (PVWatts + NSRDB)
nrel:
  api_key: @@key@@
  email: planning-analytics@gridco.example
  nsrdb_dataset: psm3-2-2-tmy-download
  names: tmy-2022
feeders:
  - id: FDR-1203
    lat: 41.612
    lon: -93.701
  - id: FDR-1204
    lat: 41.598
    lon: -93.688
pv:
  system_capacity_kw: 7.5
  losses: 14
  tilt: 25
''', key=key), key, "NREL developer network docs: api_key and email for NSRDB downloads")

add("blind-bz/python/decoy-no-credential", "pipelines/markets/caiso_oasis.py", t(r'''
"""CAISO OASIS single-zip requests (public data, no account or key required)."""
import io
import zipfile

import pandas as pd
import requests

OASIS = "http://oasis.caiso.com/oasisapi/SingleZip"


def lmp(node: str, start: str, end: str, market: str = "DAM") -> pd.DataFrame:
    params = {"queryname": "PRC_LMP", "market_run_id": market, "node": node,
              "startdatetime": start, "enddatetime": end, "version": 12, "resultformat": 6}
    r = requests.get(OASIS, params=params, timeout=120)
    r.raise_for_status()
    with zipfile.ZipFile(io.BytesIO(r.content)) as z:
        return pd.read_csv(z.open(z.namelist()[0]))


print(lmp("TH_NP15_GEN-APND", "20240601T07:00-0000", "20240602T07:00-0000").head())
'''), None, "CAISO OASIS API specification: SingleZip, PRC_LMP (public)")

sub = hexs(32)
pw = human_pw()
add("blind-bz/python/ercot-ropc", "pipelines/markets/ercot_public_api.py", t(r'''
"""ERCOT Public API: id token via the B2C ROPC flow, then the NP6-905-CD settlement point prices."""
import requests

SUBSCRIPTION_KEY = "@@sub@@"  # primary key from apiexplorer.ercot.com profile
USERNAME = "markets-analytics@gridco.example"
TOKEN_URL = ("https://ercotb2c.b2clogin.com/ercotb2c.onmicrosoft.com/B2C_1_PUBAPI-ROPC-FLOW/oauth2/v2.0/token"
             "?username={u}&password={p}&grant_type=password"
             "&scope=openid+fec253ea-0d06-4272-a5e6-b478baeecd70+offline_access"
             "&client_id=fec253ea-0d06-4272-a5e6-b478baeecd70&response_type=id_token")


def id_token(password: str) -> str:
    r = requests.post(TOKEN_URL.format(u=USERNAME, p=password), timeout=30)
    r.raise_for_status()
    return r.json()["id_token"]


def spp(token: str, date: str) -> dict:
    r = requests.get("https://api.ercot.com/api/public-reports/np6-905-cd/spp_node_zone_hub",
                     params={"deliveryDateFrom": date, "deliveryDateTo": date, "settlementPoint": "HB_NORTH"},
                     headers={"Authorization": f"Bearer {token}", "Ocp-Apim-Subscription-Key": SUBSCRIPTION_KEY},
                     timeout=60)
    r.raise_for_status()
    return r.json()
''', sub=sub), sub, "ERCOT Public API user guide: Ocp-Apim-Subscription-Key, ROPC id token (public client id)")

key = hexs(32)
add("blind-bz/toml/pjm-dataminer", "pipelines/markets/pyproject.toml", t(r'''
[project]
name = "gridco-markets"
version = "0.9.2"
requires-python = ">=3.10"
dependencies = ["pandas>=2.1", "requests>=2.31", "entsoe-py>=0.6", "pyarrow>=15"]

[project.scripts]
markets-pull = "gridco_markets.cli:main"

[tool.gridco_markets.pjm]
base_url = "https://api.pjm.com/api/v1"
subscription_key = "@@key@@"
feeds = ["da_hrl_lmps", "rt_hrl_lmps", "hrl_load_metered"]
pnodes = [51288, 51217, 33092315]

[tool.pytest.ini_options]
testpaths = ["tests"]
''', key=key), key, "PJM Data Miner 2 API guide: Ocp-Apim-Subscription-Key; pyproject.toml [tool] tables")

pw = words_pw()
add("blind-bz/python/isone-basic", "pipelines/markets/isone_ws.py", t(r'''
"""ISO New England web services (ISO Express) - five-minute system load and LMPs."""
import requests

ISONE = "https://webservices.iso-ne.com/api/v1.1"
session = requests.Session()
session.auth = ("markets@gridco.example", "@@pw@@")
session.headers["Accept"] = "application/json"


def five_minute_load(day: str) -> list:
    r = session.get(f"{ISONE}/fiveminutesystemload/day/{day}", timeout=60)
    r.raise_for_status()
    return r.json()["FiveMinSystemLoads"]["FiveMinSystemLoad"]


def rt_lmp(day: str, location_id: int = 4000) -> list:
    r = session.get(f"{ISONE}/fiveminutelmp/day/{day}/location/{location_id}", timeout=60)
    r.raise_for_status()
    return r.json()["FiveMinLmps"]["FiveMinLmp"]
''', pw=pw), pw, "ISO-NE Web Services API docs: HTTP basic authentication with ISO Express account")

tok = drawn(20)
add("blind-bz/javascript/electricitymaps", "apps/carbon-widget/server/carbon.js", t(r'''
// Carbon intensity for the customer app's "greenest hour" widget
const express = require("express");
const router = express.Router();

const EM_TOKEN = "@@tok@@";
const ZONE = "US-MIDW-MISO";

router.get("/carbon/forecast", async (_req, res) => {
  const r = await fetch(`https://api.electricitymap.org/v3/carbon-intensity/forecast?zone=${ZONE}`, {
    headers: { "auth-token": EM_TOKEN },
  });
  if (!r.ok) return res.status(502).json({ error: "upstream" });
  const body = await r.json();
  const best = body.forecast.reduce((a, b) => (b.carbonIntensity < a.carbonIntensity ? b : a));
  res.json({ zone: ZONE, greenest: best.datetime, gco2: best.carbonIntensity });
});

module.exports = router;
''', tok=tok), tok, "Electricity Maps API docs: auth-token header, carbon-intensity/forecast")

pw = human_pw()
add("blind-bz/python/watttime-login", "apps/ev-smart-charge/watttime.py", t(r'''
"""WattTime v3 signal used to shift depot charging into low-MOER intervals."""
import requests
from requests.auth import HTTPBasicAuth

WT_USER = "gridco_fleet"
WT_PASSWORD = "@@pw@@"


def token() -> str:
    r = requests.get("https://api.watttime.org/login", auth=HTTPBasicAuth(WT_USER, WT_PASSWORD), timeout=20)
    r.raise_for_status()
    return r.json()["token"]


def moer_forecast(region: str = "MISO_INDIANAPOLIS") -> list:
    r = requests.get("https://api.watttime.org/v3/forecast",
                     params={"region": region, "signal_type": "co2_moer"},
                     headers={"Authorization": f"Bearer {token()}"}, timeout=20)
    r.raise_for_status()
    return r.json()["data"]
''', pw=pw), pw, "WattTime API v3 docs: /login with HTTP basic auth")

key = "sk_live_" + drawn(24)
add("blind-bz/env/octopus-key", "apps/tariff-compare/.env.production", t(r'''
NODE_ENV=production
PORT=3000
OCTOPUS_API_URL=https://api.octopus.energy/v1
OCTOPUS_API_KEY=@@key@@
OCTOPUS_ACCOUNT=A-4F2B19C7
AGILE_PRODUCT=AGILE-24-10-01
REGION=C
''', key=key), key, "Octopus Energy REST API docs: API key as basic-auth username")

add("blind-bz/env/decoy-placeholder", "apps/tariff-compare/.env.example", t(r'''
NODE_ENV=development
PORT=3000
OCTOPUS_API_URL=https://api.octopus.energy/v1
# from https://octopus.energy/dashboard/developer/
OCTOPUS_API_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
OCTOPUS_ACCOUNT=A-XXXXXXXX
AGILE_PRODUCT=AGILE-24-10-01
REGION=C
'''), None, "Octopus Energy developer dashboard: API key; .env.example convention")

add("blind-bz/yaml/decoy-env-reference", "pipelines/markets/airflow/dags/config/markets.yaml", t(r'''
# Read by dags/markets_daily.py; every credential is an Airflow connection or variable
entsoe:
  conn_id: entsoe_api            # password field holds the security token
  zones: [DE_LU, NL, BE, FR]
eia:
  api_key: "{{ var.value.eia_api_key }}"
  routes: [electricity/rto/region-data, electricity/rto/fuel-type-data]
ercot:
  conn_id: ercot_public_api
  subscription_key: "{{ conn.ercot_public_api.extra_dejson.subscription_key }}"
pjm:
  subscription_key: "{{ var.value.pjm_subscription_key }}"
schedule: "15 6 * * *"
'''), None, "Airflow docs: Jinja templating of variables and connections")

tok = drawn(32, ALNUM)
add("blind-bz/go/gridstatus-api", "services/price-alerts/cmd/alerts/main.go", t(r'''
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"time"
)

const gridStatusKey = "@@tok@@"

type lmp struct {
	IntervalStartUTC string  `json:"interval_start_utc"`
	Location         string  `json:"location"`
	LMP              float64 `json:"lmp"`
}

func main() {
	req, _ := http.NewRequest("GET",
		"https://api.gridstatus.io/v1/datasets/ercot_spp_real_time_15_min/query?filter_column=location&filter_value=HB_NORTH&limit=8", nil)
	req.Header.Set("x-api-key", gridStatusKey)
	client := &http.Client{Timeout: 20 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	var body struct{ Data []lmp `json:"data"` }
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		log.Fatal(err)
	}
	for _, p := range body.Data {
		if p.LMP > 250 {
			fmt.Printf("ALERT %s %s $%.2f\n", p.IntervalStartUTC, p.Location, p.LMP)
		}
	}
}
''', tok=tok), tok, "Grid Status API docs: x-api-key header, datasets query")


# == Demand response: OpenADR ====================================================================

key = pem("EC")
add("blind-bz/python/openadr-ven-key", "dr/ven/ven_client.py", t(r'''
"""OpenADR 2.0b VEN for the C&I load-shed program (openleadr)."""
import asyncio
from functools import partial

from openleadr import OpenADRClient

VEN_KEY = """@@key@@"""


async def on_event(event):
    signal = event["event_signals"][0]
    print("event", event["event_descriptor"]["event_id"], signal["signal_name"], signal["intervals"][0]["signal_payload"])
    return "optIn"


async def collect_report(data_collection_id, **kwargs):
    return 412.5  # kW at the main meter


def main():
    with open("/tmp/ven.key", "w") as fh:
        fh.write(VEN_KEY)
    client = OpenADRClient(ven_name="gridco-ci-ven-017", vtn_url="https://vtn.drprogram.example/OpenADR2/Simple/2.0b",
                           cert="certs/ven-017.crt", key="/tmp/ven.key", ca_file="certs/vtn-ca.crt")
    client.add_report(callback=partial(collect_report), resource_id="main-meter", measurement="real_power", unit="W")
    client.add_handler("on_event", on_event)
    loop = asyncio.new_event_loop()
    loop.create_task(client.run())
    loop.run_forever()


if __name__ == "__main__":
    main()
''', key=key), key, "openleadr docs: OpenADRClient(cert=, key=, ca_file=); OpenADR 2.0b profile")

add("blind-bz/python/decoy-env-reference", "dr/ven/ven_prod.py", t(r'''
"""OpenADR 2.0b VEN, production launcher: certificate and key are mounted from the secret store."""
import asyncio
import os

from openleadr import OpenADRClient

client = OpenADRClient(
    ven_name=os.environ["VEN_NAME"],
    vtn_url=os.environ["VTN_URL"],
    cert=os.environ.get("VEN_CERT", "/run/secrets/ven.crt"),
    key=os.environ.get("VEN_KEY", "/run/secrets/ven.key"),
    passphrase=os.environ.get("VEN_KEY_PASSPHRASE"),
    ca_file="/etc/ssl/openadr/vtn-ca.crt",
)

loop = asyncio.new_event_loop()
loop.create_task(client.run())
loop.run_forever()
'''), None, "openleadr docs: client certificate and key paths")

sec = drawn(40, ALNUM + "-_")
add("blind-bz/yaml/openadr3-client", "dr/oadr3-bl/config/bl.yaml", t(r'''
# OpenADR 3.0 business logic client (publishes programs and events to the VTN)
vtn:
  base_url: https://vtn.gridco.example/openadr3/3.0.1
  token_url: https://auth.gridco.example/oauth2/token
  client_id: dr-business-logic
  client_secret: @@sec@@
  scopes: [write_programs, write_events, read_all]
programs:
  - programName: CPP-SUMMER-2024
    programType: CRITICAL_PEAK
    intervalPeriod: { duration: PT1H }
  - programName: BYOT-THERMOSTAT
    programType: DIRECT_LOAD_CONTROL
logging:
  level: INFO
''', sec=sec), sec, "OpenADR 3.0 specification: client credentials grant for BL and VEN clients")

add("blind-bz/pem/decoy-certificate", "dr/ven/certs/vtn-ca.crt", cert_pem() + "\n", None,
    "OpenADR Alliance PKI: VTN CA certificate (public)")


# == EV and fleet charging =======================================================================

key = hexs(40)
add("blind-bz/json/ocpp-authorization-key", "ev/charger-provisioning/site_depot_north.json", t(r'''
{
  "site": "DEPOT-NORTH",
  "csms": "wss://csms.gridco.example/ocpp/",
  "ocppVersion": "1.6",
  "securityProfile": 2,
  "chargers": [
    {
      "chargePointId": "GRD-DN-001",
      "model": "ABB Terra AC W22",
      "connectors": 1,
      "maxCurrentA": 32
    }
  ],
  "changeConfiguration": [
    { "key": "AuthorizationKey", "value": "@@key@@" },
    { "key": "HeartbeatInterval", "value": "300" },
    { "key": "MeterValueSampleInterval", "value": "60" },
    { "key": "MeterValuesSampledData", "value": "Energy.Active.Import.Register,Power.Active.Import,SoC" }
  ]
}
''', key=key), key, "OCPP 1.6 Security Whitepaper: security profile 2, AuthorizationKey configuration key")

pw = rand_pw(24)
add("blind-bz/python/ocpp-basic-auth", "ev/csms-sim/charge_point.py", t(r'''
"""Charge point simulator for CSMS load tests (mobilityhouse/ocpp), security profile 1."""
import asyncio
import base64
import logging

import websockets
from ocpp.v16 import ChargePoint as Cp, call
from ocpp.v16.enums import RegistrationStatus

CP_ID = "GRD-SIM-0042"
AUTH_KEY = "@@pw@@"
CSMS = f"wss://csms-staging.gridco.example/ocpp/{CP_ID}"


class ChargePoint(Cp):
    async def boot(self):
        resp = await self.call(call.BootNotificationPayload(charge_point_model="SimWallbox", charge_point_vendor="Gridco"))
        if resp.status == RegistrationStatus.accepted:
            logging.info("booted, heartbeat %s", resp.interval)


async def main():
    basic = base64.b64encode(f"{CP_ID}:{AUTH_KEY}".encode()).decode()
    async with websockets.connect(CSMS, subprotocols=["ocpp1.6"],
                                  extra_headers={"Authorization": f"Basic {basic}"}) as ws:
        cp = ChargePoint(CP_ID, ws)
        await asyncio.gather(cp.start(), cp.boot())


asyncio.run(main())
''', pw=pw), pw, "mobilityhouse/ocpp examples; OCPP 1.6 security profile 1 (HTTP basic)")

tok = uuid_s()
add("blind-bz/yaml/ocpi-credentials", "ev/roaming/ocpi/partners.yaml", t(r'''
# OCPI 2.2.1 roaming partners of the CPO platform
partners:
  - party_id: HUB
    country_code: NL
    role: HUB
    versions_url: https://ocpi.roaming-hub.example/ocpi/versions
    # Token C we received during the credentials handshake
    token: @@tok@@
    modules: [locations, sessions, cdrs, tariffs, tokens, commands]
  - party_id: EMS
    country_code: US
    role: EMSP
    versions_url: https://emsp.partner.example/ocpi/versions
    token: ${OCPI_TOKEN_EMS}
    modules: [locations, tariffs]
''', tok=tok), tok, "OCPI 2.2.1 specification: credentials module, Authorization: Token")

tok = jwt({"sub": "gridco-depot", "exp": 1767139200, "iat": 1735603200, "iss": "sponsor.evcc.io"}, alg="HS256", sig=43)
add("blind-bz/yaml/evcc-sponsortoken", "ev/depot-evcc/evcc.yaml", t(r'''
# evcc for the depot chargers (2x go-e, 1x Easee), PV surplus from the SMA Home Manager
network:
  schema: http
  host: evcc-depot.local
  port: 7070

sponsortoken: @@tok@@

meters:
  - name: grid
    type: template
    template: sma-home-manager
    usage: grid
    host: 192.168.60.10
  - name: pv
    type: template
    template: sma-inverter-speedwire
    usage: pv
    host: 192.168.60.21

chargers:
  - name: goe1
    type: template
    template: go-e-v3
    host: 192.168.60.31
  - name: goe2
    type: template
    template: go-e-v3
    host: 192.168.60.32

loadpoints:
  - title: Bay 1
    charger: goe1
    mode: pv
  - title: Bay 2
    charger: goe2
    mode: minpv

site:
  title: Depot North
  meters:
    grid: grid
    pv: [pv]
''', tok=tok), tok, "evcc documentation: evcc.yaml sponsortoken, meters, chargers, loadpoints")

pw = human_pw()
add("blind-bz/yaml/evcc-easee", "ev/depot-evcc/evcc.chargers.yaml", t(r'''
# included by evcc.yaml on the south depot
chargers:
  - name: easee-bay3
    type: template
    template: easee
    user: fleet-ops@gridco.example
    password: "@@pw@@"
    charger: EH4A7V29
    timeout: 20s
loadpoints:
  - title: Bay 3 (bucket trucks)
    charger: easee-bay3
    mode: now
    phases: 3
    mincurrent: 6
    maxcurrent: 32
''', pw=pw), pw, "evcc documentation: easee charger template user/password")

add("blind-bz/yaml/decoy-placeholder", "ev/depot-evcc/evcc.dist.yaml", t(r'''
# evcc sample for new depots. Copy to evcc.yaml and replace every <...> value.
network:
  schema: http
  host: evcc-<depot>.local
  port: 7070

sponsortoken: <sponsor token from sponsor.evcc.io>

chargers:
  - name: easee1
    type: template
    template: easee
    user: <easee account e-mail>
    password: <easee account password>
    charger: <serial, e.g. EHXXXXXX>
'''), None, "evcc documentation: evcc.dist.yaml sample")

tok = samsara_token()
add("blind-bz/python/samsara-token", "fleet/telematics/samsara_soc.py", t(r'''
"""State of charge and location of the electric bucket trucks, for the charge scheduler."""
import requests

SAMSARA_TOKEN = "@@tok@@"
URL = "https://api.samsara.com/fleet/vehicles/stats"


def ev_stats() -> list:
    r = requests.get(URL, params={"types": "evStateOfChargeMilliPercent,gps,evChargingStatus",
                                  "tagIds": "4421983"},
                     headers={"Authorization": f"Bearer {SAMSARA_TOKEN}"}, timeout=30)
    r.raise_for_status()
    return [
        {"vehicle": v["name"], "soc": v["evStateOfChargeMilliPercent"]["value"] / 1000,
         "lat": v["gps"]["latitude"], "lon": v["gps"]["longitude"]}
        for v in r.json()["data"]
    ]
''', tok=tok), tok, "Samsara API docs: Bearer API token, /fleet/vehicles/stats")

pw = words_pw()
add("blind-bz/csharp/geotab-credentials", "src/Gridco.Fleet.Sync/GeotabClient.cs", t(r'''
using System.Threading.Tasks;
using Geotab.Checkmate;
using Geotab.Checkmate.ObjectModel;

namespace Gridco.Fleet.Sync
{
    public class GeotabClient
    {
        private readonly API _api = new API("fleet.integration@gridco.example", "@@pw@@", null, "gridco_fleet", "my.geotab.com");

        public async Task<IList<Device>> DevicesAsync()
        {
            await _api.AuthenticateAsync();
            return await _api.CallAsync<IList<Device>>("Get", typeof(Device));
        }

        public async Task<IList<StatusData>> StateOfChargeAsync(Id deviceId)
        {
            var search = new StatusDataSearch
            {
                DeviceSearch = new DeviceSearch(deviceId),
                DiagnosticSearch = new DiagnosticSearch(KnownId.DiagnosticStateOfChargeId),
                FromDate = System.DateTime.UtcNow.AddHours(-1)
            };
            return await _api.CallAsync<IList<StatusData>>("Get", typeof(StatusData), new { search });
        }
    }
}
''', pw=pw), pw, "Geotab .NET SDK: new API(userName, password, sessionId, database, server)")

add("blind-bz/json/decoy-public-ids", "ev/charger-provisioning/inventory.json", t(r'''
{
  "generatedAt": "2024-08-02T09:14:00Z",
  "chargers": [
    { "chargePointId": "GRD-DN-001", "serial": "TACW224300128", "evseId": "US*GRD*E0001*1", "csmsUuid": "@@u1@@" },
    { "chargePointId": "GRD-DN-002", "serial": "TACW224300131", "evseId": "US*GRD*E0002*1", "csmsUuid": "@@u2@@" },
    { "chargePointId": "GRD-DS-001", "serial": "EH4A7V29", "evseId": "US*GRD*E0101*1", "csmsUuid": "@@u3@@" }
  ],
  "firmware": {
    "TACW22": { "version": "1.8.31", "sha256": "@@sha@@" }
  }
}
''', u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), sha=sha256()), None, "OCPI EVSE ID format (ISO 15118 eMI3); inventory export")

add("blind-bz/python/decoy-test-fixture", "ev/csms/tests/test_auth.py", t(r'''
"""CSMS basic-auth tests. Every key here is a made-up fixture for the test database."""
import base64

import pytest

from csms.auth import verify_basic

FAKE_AUTH_KEY = "test-authorization-key-not-real-0001"


@pytest.fixture
def charger(db):
    return db.add_charger(charge_point_id="TEST-CP-1", authorization_key=FAKE_AUTH_KEY)


def header(cp_id: str, key: str) -> str:
    return "Basic " + base64.b64encode(f"{cp_id}:{key}".encode()).decode()


def test_accepts_the_right_key(charger):
    assert verify_basic("TEST-CP-1", header("TEST-CP-1", FAKE_AUTH_KEY))


def test_rejects_a_wrong_key(charger):
    assert not verify_basic("TEST-CP-1", header("TEST-CP-1", "wrong-key"))
'''), None, "OCPP 1.6 security whitepaper: basic auth; pytest fixtures")


# == Utility GIS =================================================================================

pw = human_pw()
add("blind-bz/python/arcgis-portal", "gis/scripts/sync_outage_layer.py", t(r'''
"""Refresh the public outage map layer from the OMS view (ArcGIS API for Python)."""
from arcgis.features import FeatureLayer
from arcgis.gis import GIS
import pandas as pd
import sqlalchemy as sa

gis = GIS("https://gis.gridco.example/portal", "svc_outage_publisher", "@@pw@@", verify_cert=False)
layer = FeatureLayer("https://gis.gridco.example/server/rest/services/Hosted/Outages/FeatureServer/0", gis=gis)

engine = sa.create_engine("mssql+pyodbc://@omsdb-dsn")  # trusted connection through the DSN
df = pd.read_sql("SELECT incident_id, customers_out, cause, etr, lon, lat FROM oms.v_public_outages", engine)

layer.delete_features(where="1=1")
adds = [{"attributes": {k: r[k] for k in ("incident_id", "customers_out", "cause", "etr")},
         "geometry": {"x": r["lon"], "y": r["lat"], "spatialReference": {"wkid": 4326}}}
        for _, r in df.iterrows()]
for i in range(0, len(adds), 500):
    print(layer.edit_features(adds=adds[i:i + 500])["addResults"][:1])
''', pw=pw), pw, "ArcGIS API for Python: GIS(url, username, password)")

add("blind-bz/python/decoy-env-reference", "gis/scripts/export_feeder_lines.py", t(r'''
"""Nightly export of primary conductor features to GeoParquet for the planning models."""
import os

import geopandas as gpd
from arcgis.gis import GIS

gis = GIS(os.environ["ARCGIS_PORTAL_URL"], os.environ["ARCGIS_USER"], os.environ["ARCGIS_PASSWORD"])
# or, on the GIS server itself: GIS("pro") to reuse the signed-in ArcGIS Pro session
item = gis.content.get("@@item@@")  # Electric Distribution / PriOHElectricLineSegment (item id, public)
sdf = item.layers[0].query(where="LIFECYCLESTATUS = 'In Service'", out_sr=4326).sdf
gpd.GeoDataFrame(sdf, geometry=gpd.GeoSeries.from_wkt(sdf.SHAPE.astype(str)), crs=4326).to_parquet("out/primary_oh.parquet")
''', item=hexs(32)), None, "ArcGIS API for Python: GIS from environment; portal item ids (public)")

key = arcgis_key()
add("blind-bz/javascript/arcgis-api-key", "apps/outage-map/src/config.js", t(r'''
// Public outage map (ArcGIS Maps SDK for JavaScript 4.x)
import esriConfig from "@arcgis/core/config";

esriConfig.apiKey = "@@key@@";

export const OUTAGE_LAYER_URL =
  "https://services3.arcgis.com/Gr1dC0Xample/arcgis/rest/services/Outages/FeatureServer/0";
export const SERVICE_AREA_URL =
  "https://services3.arcgis.com/Gr1dC0Xample/arcgis/rest/services/ServiceTerritory/FeatureServer/0";
export const BASEMAP = "arcgis/streets-night";
export const REFRESH_SECONDS = 120;
''', key=key), key, "ArcGIS Maps SDK for JavaScript: esriConfig.apiKey (API key authentication)")

tok = mapbox_token("sk")
add("blind-bz/shell/mapbox-upload", "gis/tiles/upload_tiles.sh", t(r'''
#!/usr/bin/env bash
# Uploads the vegetation-management tileset (private to the field crews) with the Mapbox CLI.
set -euo pipefail
export MAPBOX_ACCESS_TOKEN=@@tok@@

tippecanoe -o build/veg_spans.mbtiles -zg --drop-densest-as-needed build/veg_spans.geojson
mapbox upload gridco-gis.veg-spans-2024 build/veg_spans.mbtiles
echo "upload queued"
''', tok=tok), tok, "Mapbox Uploads API / mapbox-cli-py: secret (sk.) token with uploads:write")

tok = mapbox_token("pk")
add("blind-bz/typescript/decoy-publishable-token", "apps/crew-app/src/map/mapbox.ts", t(r'''
import mapboxgl from "mapbox-gl";

// Public token (pk.): scoped to styles:read / fonts:read and restricted to our app URLs.
// It ships in the bundle by design; the upload token lives only in CI.
mapboxgl.accessToken = "@@tok@@";

export function createMap(container: HTMLElement) {
  return new mapboxgl.Map({
    container,
    style: "mapbox://styles/gridco-gis/clr0vegspans01",
    center: [-93.62, 41.59],
    zoom: 10,
  });
}
''', tok=tok), None, "Mapbox docs: public tokens (pk.) for GL JS, URL restrictions")

pw = words_pw()
add("blind-bz/docker-compose/geoserver", "gis/geoserver/docker-compose.yml", t(r'''
services:
  geoserver:
    image: kartoza/geoserver:2.25.2
    ports:
      - "8600:8080"
    environment:
      GEOSERVER_ADMIN_USER: gisadmin
      GEOSERVER_ADMIN_PASSWORD: @@pw@@
      STABLE_EXTENSIONS: vectortiles-plugin,importer-plugin
      INITIAL_MEMORY: 2G
      MAXIMUM_MEMORY: 4G
    volumes:
      - geoserver-data:/opt/geoserver/data_dir
    depends_on:
      - postgis
  postgis:
    image: postgis/postgis:16-3.4
    environment:
      POSTGRES_DB: gis
      POSTGRES_USER: gis
      POSTGRES_PASSWORD_FILE: /run/secrets/postgis_password
    secrets: [postgis_password]
secrets:
  postgis_password:
    file: ./secrets/postgis_password
volumes:
  geoserver-data:
''', pw=pw), pw, "kartoza/docker-geoserver README: GEOSERVER_ADMIN_PASSWORD")

pw = rand_pw(16)
add("blind-bz/sql/postgis-role", "gis/db/migrations/V12__outage_reader_role.sql", t(r'''
-- Read-only role used by the public outage map tile server (pg_tileserv)
CREATE ROLE outage_tiles LOGIN PASSWORD '@@pw@@' NOSUPERUSER NOCREATEDB NOCREATEROLE;
GRANT CONNECT ON DATABASE gis TO outage_tiles;
GRANT USAGE ON SCHEMA public_outages TO outage_tiles;
GRANT SELECT ON ALL TABLES IN SCHEMA public_outages TO outage_tiles;
ALTER DEFAULT PRIVILEGES IN SCHEMA public_outages GRANT SELECT ON TABLES TO outage_tiles;
ALTER ROLE outage_tiles SET statement_timeout = '5s';
''', pw=pw), pw, "PostgreSQL docs: CREATE ROLE ... LOGIN PASSWORD")

add("blind-bz/sql/decoy-scram-hash", "gis/db/migrations/V13__roles_from_prod.sql", t(r'''
-- Roles dumped from gisdb01 with pg_dumpall --roles-only (verifiers, not passwords)
CREATE ROLE gis_editor;
ALTER ROLE gis_editor WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION PASSWORD '@@h1@@';
CREATE ROLE pg_tileserv;
ALTER ROLE pg_tileserv WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION PASSWORD '@@h2@@';
CREATE ROLE fme_loader;
ALTER ROLE fme_loader WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION PASSWORD '@@h3@@';
''', h1=scram_hash(), h2=scram_hash(), h3=scram_hash()), None, "PostgreSQL docs: pg_dumpall --roles-only, SCRAM-SHA-256 verifiers")

tok = hexs(40)
add("blind-bz/powershell/fme-flow-token", "gis/fme/Invoke-FmeJob.ps1", t(r'''
<#
  Submits the "GIS to ADMS network model" workspace on FME Flow and waits for it.
#>
param([string]$Workspace = "gis_to_adms_model.fmw", [string]$Repository = "ADMS")

$FmeUrl = "https://fme.gridco.example"
$Headers = @{ Authorization = "fmetoken token=@@tok@@"; Accept = "application/json" }

$body = @{ publishedParameters = @(@{ name = "FEEDERS"; value = @("ALL") }) } | ConvertTo-Json -Depth 4
$job = Invoke-RestMethod -Method Post -Uri "$FmeUrl/fmerest/v3/transformations/submit/$Repository/$Workspace" `
    -Headers $Headers -ContentType "application/json" -Body $body

do {
    Start-Sleep -Seconds 20
    $status = Invoke-RestMethod -Uri "$FmeUrl/fmerest/v3/transformations/jobs/id/$($job.id)" -Headers $Headers
} while ($status.status -in @("SUBMITTED", "QUEUED", "PULLED"))

Write-Host "Job $($job.id) finished: $($status.status)"
''', tok=tok), tok, "FME Flow REST API v3: Authorization: fmetoken token=")

sec = hexs(32)
add("blind-bz/json/arcgis-app-secret", "gis/field-maps-sync/config.json", t(r'''
{
  "portal": "https://www.arcgis.com",
  "oauth": {
    "client_id": "@@cid@@",
    "client_secret": "@@sec@@",
    "grant_type": "client_credentials",
    "expiration": 1440
  },
  "layers": {
    "inspections": "https://services3.arcgis.com/Gr1dC0Xample/arcgis/rest/services/PoleInspections/FeatureServer/0",
    "work_orders": "https://services3.arcgis.com/Gr1dC0Xample/arcgis/rest/services/WorkOrders/FeatureServer/0"
  },
  "maximo": { "base_url": "https://maximo.gridco.example/maximo/api", "apikey_env": "MAXIMO_APIKEY" }
}
''', cid=drawn(16), sec=sec), sec, "ArcGIS Developer docs: app credentials (client_id / client_secret) token request")


# == Outage management and notifications =========================================================

key = hexs(32)
add("blind-bz/python/pagerduty-routing-key", "oms/alerts/scada_to_pagerduty.py", t(r'''
"""Pages the distribution dispatcher on-call when SCADA reports a feeder lockout."""
import requests

ROUTING_KEY = "@@key@@"  # service: Distribution Dispatch - SCADA lockouts


def page_lockout(feeder: str, breaker: str, customers: int) -> str:
    event = {
        "routing_key": ROUTING_KEY,
        "event_action": "trigger",
        "dedup_key": f"lockout-{feeder}",
        "payload": {
            "summary": f"Feeder {feeder} locked out ({breaker}), ~{customers} customers",
            "source": "scada-alarm-bridge",
            "severity": "critical",
            "component": feeder,
            "custom_details": {"breaker": breaker, "customers_out": customers},
        },
    }
    r = requests.post("https://events.pagerduty.com/v2/enqueue", json=event, timeout=10)
    r.raise_for_status()
    return r.json()["dedup_key"]
''', key=key), key, "PagerDuty Events API v2: routing_key (integration key)")

hook = slack_webhook()
add("blind-bz/yaml/slack-webhook-alertmanager", "monitoring/alertmanager/alertmanager.yml", t(r'''
global:
  resolve_timeout: 5m

route:
  receiver: ot-monitoring
  group_by: [alertname, site]
  group_wait: 30s
  repeat_interval: 4h
  routes:
    - matchers: [severity="page"]
      receiver: ot-pager

receivers:
  - name: ot-monitoring
    slack_configs:
      - api_url: @@hook@@
        channel: "#ot-monitoring"
        send_resolved: true
        title: '{{ .CommonLabels.alertname }} at {{ .CommonLabels.site }}'
  - name: ot-pager
    pagerduty_configs:
      - routing_key_file: /etc/alertmanager/secrets/pd_routing_key
''', hook=hook), hook, "Prometheus Alertmanager docs: slack_configs api_url, pagerduty routing_key_file")

hook = teams_webhook()
add("blind-bz/powershell/teams-webhook", "oms/storm/Send-StormUpdate.ps1", t(r'''
param(
    [Parameter(Mandatory)] [int]$CustomersOut,
    [Parameter(Mandatory)] [int]$ActiveIncidents,
    [string]$Etr = "TBD"
)
# Posts the hourly storm status to the Storm Center channel
$webhook = "@@hook@@"

$card = @{
    "@type"    = "MessageCard"
    "@context" = "http://schema.org/extensions"
    summary    = "Storm update"
    themeColor = "D83B01"
    title      = "Storm update $(Get-Date -Format 'HH:mm')"
    sections   = @(@{ facts = @(
        @{ name = "Customers out"; value = "$CustomersOut" },
        @{ name = "Active incidents"; value = "$ActiveIncidents" },
        @{ name = "Global ETR"; value = $Etr }) })
} | ConvertTo-Json -Depth 6

Invoke-RestMethod -Method Post -Uri $webhook -ContentType "application/json" -Body $card
''', hook=hook), hook, "Microsoft Teams docs: incoming webhooks, MessageCard")

tok = hexs(32)
add("blind-bz/java/twilio-outage-sms", "oms-notify/src/main/java/com/gridco/oms/notify/SmsNotifier.java", t(r'''
package com.gridco.oms.notify;

import com.twilio.Twilio;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;

/** Texts customers who opted in when their outage is restored. */
public final class SmsNotifier {

    private static final String ACCOUNT_SID = "@@sid@@";
    private static final String AUTH_TOKEN = "@@tok@@";
    private static final String MESSAGING_SERVICE = "MG@@mg@@";

    static {
        Twilio.init(ACCOUNT_SID, AUTH_TOKEN);
    }

    public String restored(String phone, String incidentId, String street) {
        Message msg = Message.creator(new PhoneNumber(phone), MESSAGING_SERVICE,
                "Gridco: power has been restored on " + street + " (ref " + incidentId + "). Reply STOP to opt out.")
            .create();
        return msg.getSid();
    }
}
''', sid=twilio_sid(), tok=tok, mg=hexs(32)), tok, "Twilio Java helper library: Twilio.init(accountSid, authToken)")

key = sendgrid_key()
add("blind-bz/env/sendgrid-key", "oms-notify/.env", t(r'''
SPRING_PROFILES_ACTIVE=prod
OMS_DB_URL=jdbc:oracle:thin:@//omsdb01.gridco.local:1521/NMSPRD
OMS_DB_USER=NMS_NOTIFY
SENDGRID_API_KEY=@@key@@
SENDGRID_FROM=outage-alerts@gridco.example
SENDGRID_TEMPLATE_RESTORED=d-@@tpl@@
''', key=key, tpl=hexs(32)), key, "SendGrid docs: API keys (SG.), dynamic template ids")

add("blind-bz/yaml/decoy-secret-reference", "oms-notify/deploy/k8s/deployment.yaml", t(r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: oms-notify
  namespace: oms
spec:
  replicas: 2
  selector:
    matchLabels: { app: oms-notify }
  template:
    metadata:
      labels: { app: oms-notify }
    spec:
      containers:
        - name: oms-notify
          image: registry.gridco.example/oms/oms-notify:2.7.1
          env:
            - name: TWILIO_ACCOUNT_SID
              value: "@@sid@@"
            - name: TWILIO_AUTH_TOKEN
              valueFrom:
                secretKeyRef: { name: oms-notify-twilio, key: auth-token }
            - name: SENDGRID_API_KEY
              valueFrom:
                secretKeyRef: { name: oms-notify-sendgrid, key: api-key }
            - name: OMS_DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: oms-db, key: password }
''', sid=twilio_sid()), None, "Kubernetes docs: env valueFrom secretKeyRef; Twilio Account SID (identifier)")

pw = words_pw()
add("blind-bz/python/oracle-nms-db", "oms/reports/etr_accuracy.py", t(r'''
"""ETR accuracy report: compares first-issued ETR with actual restoration per incident."""
import oracledb
import pandas as pd

conn = oracledb.connect(user="NMS_REPORTS", password="@@pw@@", dsn="omsdb01.gridco.local:1521/NMSPRD")

SQL = """
SELECT i.incident_id, i.feeder, i.first_etr, i.restored_at, i.customers_affected
  FROM nms.incidents i
 WHERE i.restored_at >= TRUNC(SYSDATE) - 30
   AND i.customers_affected > 0
"""

df = pd.read_sql(SQL, conn)
df["err_h"] = (df["RESTORED_AT"] - df["FIRST_ETR"]).dt.total_seconds() / 3600
df.groupby("FEEDER")["err_h"].describe().to_csv("out/etr_accuracy_30d.csv")
''', pw=pw), pw, "python-oracledb docs: oracledb.connect(user, password, dsn)")

tok = "u+" + drawn(18, ALNUM + "-_")
add("blind-bz/hcl/pagerduty-provider", "infra/pagerduty/main.tf", t(r'''
terraform {
  required_providers {
    pagerduty = {
      source  = "PagerDuty/pagerduty"
      version = "~> 3.11"
    }
  }
}

provider "pagerduty" {
  token = "@@tok@@"
}

resource "pagerduty_service" "scada_lockouts" {
  name                    = "Distribution Dispatch - SCADA lockouts"
  escalation_policy       = pagerduty_escalation_policy.dispatch.id
  alert_creation          = "create_alerts_and_incidents"
  acknowledgement_timeout = 1800
}

resource "pagerduty_service_integration" "events_v2" {
  name    = "Events API v2"
  service = pagerduty_service.scada_lockouts.id
  type    = "events_api_v2_inbound_integration"
}
''', tok=tok), tok, "Terraform PagerDuty provider docs: provider token (REST API key)")

add("blind-bz/hcl/decoy-variable-reference", "infra/pagerduty/providers.tf", t(r'''
variable "pagerduty_token" {
  description = "PagerDuty REST API key (set TF_VAR_pagerduty_token from the CI secret)"
  type        = string
  sensitive   = true
}

provider "pagerduty" {
  token = var.pagerduty_token
}

output "scada_lockouts_integration_key" {
  value     = pagerduty_service_integration.events_v2.integration_key
  sensitive = true
}
'''), None, "Terraform docs: sensitive input variables, TF_VAR_ environment")


# == Node-RED ====================================================================================

sec = rand_pw(32)
add("blind-bz/javascript/node-red-credential-secret", "node-red/settings.js", t(r'''
/**
 * Node-RED settings for the substation edge runtime (Node-RED 3.1 on the Moxa gateways)
 */
module.exports = {
    flowFile: "flows.json",
    // key used to encrypt flows_cred.json; the same on every gateway so flows can be copied
    credentialSecret: "@@sec@@",
    flowFilePretty: true,
    uiPort: process.env.PORT || 1880,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "ot-admin",
            password: "@@hash@@",
            permissions: "*"
        }]
    },
    https: null,
    logging: {
        console: { level: "info", metrics: false, audit: true }
    },
    editorTheme: {
        projects: { enabled: false },
        header: { title: "SUB edge runtime" }
    },
    functionGlobalContext: {
        os: require("os")
    }
};
''', sec=sec, hash=bcrypt_hash()), sec, "Node-RED docs: settings.js credentialSecret, adminAuth")

add("blind-bz/javascript/decoy-bcrypt-hash", "node-red/settings.prod.js", t(r'''
module.exports = {
    flowFile: "flows.json",
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
    uiPort: process.env.PORT || 1880,
    adminAuth: {
        type: "credentials",
        users: [
            { username: "ot-admin", password: "@@h1@@", permissions: "*" },
            { username: "viewer", password: "@@h2@@", permissions: "read" }
        ]
    },
    httpNodeAuth: { user: "dash", pass: "@@h3@@" },
    logging: { console: { level: "warn", audit: true } }
};
''', h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash()), None,
    "Node-RED docs: securing Node-RED, bcrypt password hashes (node-red admin hash-pw)")

add("blind-bz/k8s/decoy-node-red-encrypted-creds", "deploy/k8s/node-red/configmap-flows.yaml", t(r'''
# flows + encrypted credentials for the Node-RED edge runtime; the credentialSecret that decrypts
# flows_cred.json is NOT here (it is the NODE_RED_CREDENTIAL_SECRET key of the node-red-env Secret)
apiVersion: v1
kind: ConfigMap
metadata:
  name: node-red-flows
  namespace: edge
  labels:
    app: node-red
data:
  flows_cred.json: |
    {
        "$": "@@iv@@@@ct@@"
    }
  package.json: |
    {
        "name": "sub-edge-flows",
        "version": "1.4.0",
        "dependencies": { "node-red-contrib-modbus": "5.40.0", "node-red-contrib-influxdb": "0.7.0" }
    }
''', iv=hexs(32), ct=b64rand(420)), None, "Node-RED docs: flows_cred.json encrypted with credentialSecret (aes-256-ctr); Kubernetes ConfigMap")

pw = human_pw()
add("blind-bz/json/node-red-plain-creds", "node-red-lab/flows_cred.json", t(r'''
{
    "a4f1c2d3.9b8e7": {
        "user": "nodered-lab",
        "password": "@@pw@@"
    },
    "5e6d7c8b.1a2f3": {
        "user": "",
        "password": ""
    },
    "0c9d8e7f.6a5b4": {}
}
''', pw=pw), pw, "Node-RED docs: credentialSecret: false stores flows_cred.json unencrypted")

tok = influx_token()
flow = [
    {"id": "f1a2b3c4d5e6f708", "type": "tab", "label": "Meter to Influx", "disabled": False, "info": ""},
    {"id": "9a8b7c6d5e4f3a2b", "type": "mqtt in", "z": "f1a2b3c4d5e6f708", "name": "meters",
     "topic": "gridco/+/meters/#", "qos": "1", "datatype": "json", "broker": "b1c2d3e4f5a6b7c8", "x": 130, "y": 120,
     "wires": [["3c4d5e6f7a8b9c0d"]]},
    {"id": "3c4d5e6f7a8b9c0d", "type": "function", "z": "f1a2b3c4d5e6f708", "name": "to line protocol",
     "func": "const [ , site, , meter ] = msg.topic.split('/');\n"
             "msg.url = 'https://influx.scada.gridco.local/api/v2/write?org=gridco&bucket=meters&precision=s';\n"
             "msg.headers = { Authorization: 'Token " + tok + "' };\n"
             "msg.payload = `meter,site=${site},meter=${meter} p_kw=${msg.payload.p_total_kw},q_kvar=${msg.payload.q_total_kvar} ${Math.floor(Date.now()/1000)}`;\n"
             "return msg;",
     "outputs": 1, "x": 340, "y": 120, "wires": [["7e8f9a0b1c2d3e4f"]]},
    {"id": "7e8f9a0b1c2d3e4f", "type": "http request", "z": "f1a2b3c4d5e6f708", "name": "influx write", "method": "POST",
     "ret": "txt", "url": "", "tls": "", "x": 560, "y": 120, "wires": [[]]},
]
add("blind-bz/node-red/flow-function-token", "node-red/flows.json", json.dumps(flow, indent=4) + "\n", tok,
    "Node-RED docs: flows.json format, function node; InfluxDB v2 write API Authorization: Token")

flow = [
    {"id": "b1c2d3e4f5a6b7c8", "type": "mqtt-broker", "name": "scada broker", "broker": "mqtt.scada.gridco.local",
     "port": "8883", "tls": "c0ffee0012345678", "clientid": "nodered-sub12", "autoConnect": True, "usetls": True,
     "protocolVersion": "5", "keepalive": "60", "cleansession": True, "credentials": {}},
    {"id": "c0ffee0012345678", "type": "tls-config", "name": "scada ca", "cert": "", "key": "", "ca": "",
     "certname": "", "keyname": "", "caname": "scada-ca.pem", "servername": "", "verifyservercert": True},
    {"id": "d4e5f6a7b8c9d0e1", "type": "influxdb", "hostname": "influx.scada.gridco.local", "port": "8086",
     "protocol": "https", "database": "", "name": "influx v2", "usetls": True, "tls": "c0ffee0012345678",
     "influxdbVersion": "2.0", "url": "https://influx.scada.gridco.local", "rejectUnauthorized": True},
    {"id": "e5f6a7b8c9d0e1f2", "type": "function", "z": "f1a2b3c4d5e6f708", "name": "tag meter",
     "func": "msg.measurement = 'meter';\nmsg.payload = [{ p_kw: msg.payload.p }, { site: env.get('SITE_ID') }];\nreturn msg;",
     "outputs": 1, "x": 340, "y": 200, "wires": [[]]},
]
add("blind-bz/node-red/decoy-config-nodes", "node-red-sub07/flows.json", json.dumps(flow, indent=4) + "\n", None,
    "Node-RED docs: config nodes keep credentials in flows_cred.json, node ids are random hex")


# == Grafana =====================================================================================

pw = words_pw()
add("blind-bz/ini/grafana-admin", "monitoring/grafana/grafana.ini", t(r'''
[server]
protocol = https
http_port = 3000
domain = grafana.ot.gridco.local
root_url = https://grafana.ot.gridco.local/
cert_file = /etc/grafana/tls/grafana.crt
cert_key = /etc/grafana/tls/grafana.key

[security]
admin_user = admin
admin_password = @@pw@@
cookie_secure = true
disable_gravatar = true

[auth.anonymous]
enabled = false

[users]
allow_sign_up = false
default_theme = dark

[database]
type = postgres
host = tsdb01.ot.gridco.local:5432
name = grafana
user = grafana
password = $__file{/etc/grafana/secrets/db_password}
''', pw=pw), pw, "Grafana docs: configuration [security] admin_password, $__file{} expansion")

add("blind-bz/ini/decoy-env-expansion", "monitoring/grafana/grafana.prod.ini", t(r'''
[server]
domain = grafana.ot.gridco.local
root_url = https://grafana.ot.gridco.local/

[security]
admin_user = admin
admin_password = $__env{GF_ADMIN_PASSWORD}
secret_key = $__file{/etc/grafana/secrets/secret_key}

[auth.generic_oauth]
enabled = true
name = Gridco SSO
client_id = grafana-ot
client_secret = $__vault{kv:secret/grafana/oauth:client_secret}
auth_url = https://sso.gridco.example/oauth2/authorize
token_url = https://sso.gridco.example/oauth2/token

[database]
type = postgres
host = tsdb01.ot.gridco.local:5432
password = $__file{/etc/grafana/secrets/db_password}
'''), None, "Grafana docs: variable expansion $__env{}, $__file{}, $__vault{}")

tok = influx_token()
add("blind-bz/yaml/grafana-datasource-token", "monitoring/grafana/provisioning/datasources/influx.yaml", t(r'''
apiVersion: 1

datasources:
  - name: InfluxDB-SCADA
    type: influxdb
    uid: influx-scada
    access: proxy
    url: https://influx.scada.gridco.local
    jsonData:
      version: Flux
      organization: gridco
      defaultBucket: scada_raw
      tlsSkipVerify: false
    secureJsonData:
      token: @@tok@@
  - name: TimescaleDB
    type: grafana-postgresql-datasource
    uid: tsdb-ot
    url: tsdb01.ot.gridco.local:5432
    user: grafana_ro
    jsonData:
      database: telemetry
      sslmode: require
      timescaledb: true
    secureJsonData:
      password: $TSDB_GRAFANA_PASSWORD
''', tok=tok), tok, "Grafana docs: provisioning data sources, secureJsonData")

add("blind-bz/yaml/decoy-env-reference", "monitoring/grafana/provisioning/datasources/prod.yaml", t(r'''
apiVersion: 1

datasources:
  - name: InfluxDB-SCADA
    type: influxdb
    uid: influx-scada
    access: proxy
    url: ${INFLUX_URL}
    jsonData:
      version: Flux
      organization: gridco
      defaultBucket: scada_raw
    secureJsonData:
      token: ${INFLUX_READ_TOKEN}
  - name: PI Web API
    type: gridprotectionalliance-osisoftpi-datasource
    uid: pi-prod
    url: https://piwebapi.corp.gridco.local/piwebapi
    basicAuth: true
    basicAuthUser: svc_grafana_pi
    secureJsonData:
      basicAuthPassword: ${PI_GRAFANA_PASSWORD}
'''), None, "Grafana docs: provisioning with environment variable interpolation")

tok = grafana_sa_token()
add("blind-bz/python/grafana-sa-token", "monitoring/tools/push_dashboards.py", t(r'''
"""Pushes the dashboards under dashboards/ to Grafana (folder per directory)."""
import json
import pathlib

import requests

GRAFANA = "https://grafana.ot.gridco.local"
TOKEN = "@@tok@@"  # service account "dashboard-ci" (Editor)
HEADERS = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}


def folder_uid(title: str) -> str:
    r = requests.get(f"{GRAFANA}/api/folders", headers=HEADERS, timeout=10)
    for f in r.json():
        if f["title"] == title:
            return f["uid"]
    return requests.post(f"{GRAFANA}/api/folders", headers=HEADERS, json={"title": title}, timeout=10).json()["uid"]


for path in pathlib.Path("dashboards").glob("*/*.json"):
    body = {"dashboard": json.loads(path.read_text()), "folderUid": folder_uid(path.parent.name), "overwrite": True}
    r = requests.post(f"{GRAFANA}/api/dashboards/db", headers=HEADERS, json=body, timeout=10)
    print(path, r.status_code)
''', tok=tok), tok, "Grafana docs: service account tokens (glsa_), dashboard HTTP API")

key = grafana_legacy_key("kiosk-control-room")
add("blind-bz/shell/grafana-legacy-key", "monitoring/kiosk/render_snapshot.sh", t(r'''
#!/bin/bash
# Renders the control-room wall dashboard to PNG every 5 min for the lobby screen (cron).
GRAFANA=https://grafana.ot.gridco.local
KEY=@@key@@

curl -s -H "Authorization: Bearer ${KEY}" \
  "${GRAFANA}/render/d-solo/grid-overview/grid-overview?orgId=1&panelId=4&width=1920&height=1080&tz=America%2FChicago" \
  -o /var/www/lobby/grid.png.tmp && mv /var/www/lobby/grid.png.tmp /var/www/lobby/grid.png
''', key=key), key, "Grafana docs: API keys (legacy, base64 JSON eyJrIjoi...), image renderer")

tok = grafana_cloud_token("stack-881204-hm-write-scada")
add("blind-bz/yaml/grafana-cloud-alloy", "edge/alloy/values.yaml", t(r'''
# grafana/alloy Helm values for the OT DMZ cluster: ships node + SCADA exporter metrics to Grafana Cloud
alloy:
  configMap:
    content: |
      prometheus.remote_write "grafana_cloud" {
        endpoint {
          url = "https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push"
          basic_auth {
            username = "1421877"
            password = "@@tok@@"
          }
        }
      }
      prometheus.scrape "scada_exporters" {
        targets    = [{"__address__" = "modbus-exporter.ot.svc:9602"}]
        forward_to = [prometheus.remote_write.grafana_cloud.receiver]
      }
''', tok=tok), tok, "Grafana Cloud docs: access policy tokens (glc_), Alloy prometheus.remote_write basic_auth")

add("blind-bz/json/decoy-dashboard-uids", "monitoring/dashboards/der/der-fleet-overview.json", t(r'''
{
  "uid": "der-fleet-ovw",
  "title": "DER fleet overview",
  "tags": ["der", "vpp"],
  "timezone": "browser",
  "schemaVersion": 39,
  "version": 17,
  "templating": {
    "list": [
      { "name": "site", "type": "query", "datasource": { "type": "influxdb", "uid": "influx-scada" },
        "query": "import \"influxdata/influxdb/schema\"\nschema.tagValues(bucket: \"der_raw\", tag: \"site\")" }
    ]
  },
  "panels": [
    { "id": 2, "type": "timeseries", "title": "Fleet export kW",
      "datasource": { "type": "influxdb", "uid": "influx-scada" },
      "targets": [{ "refId": "A", "query": "from(bucket: \"der_raw\") |> range(start: v.timeRangeStart) |> filter(fn: (r) => r._field == \"p_kw\")" }] },
    { "id": 3, "type": "stat", "title": "Batteries online",
      "datasource": { "type": "grafana-postgresql-datasource", "uid": "tsdb-ot" } }
  ],
  "__inputs": [],
  "id": null,
  "iteration": 1719927733112,
  "hash": "@@sha@@"
}
''', sha=sha256()), None, "Grafana docs: dashboard JSON model (uid, datasource uid)")


# == InfluxDB, Telegraf, TimescaleDB =============================================================

tok = influx_token()
add("blind-bz/toml/telegraf-influx-token", "edge/telegraf/telegraf.conf", t(r'''
[agent]
  interval = "10s"
  round_interval = true
  flush_interval = "10s"
  hostname = "sub12-edge"

[[outputs.influxdb_v2]]
  urls = ["https://influx.scada.gridco.local"]
  token = "@@tok@@"
  organization = "gridco"
  bucket = "scada_raw"
  tls_ca = "/etc/telegraf/scada-ca.pem"

[[inputs.modbus]]
  name = "main_incomer"
  slave_id = 1
  timeout = "1s"
  controller = "tcp://10.40.12.50:502"
  holding_registers = [
    { name = "p_total_kw", byte_order = "ABCD", data_type = "FLOAT32-IEEE", scale = 1.0, address = [3058, 3059] },
    { name = "v_ab", byte_order = "ABCD", data_type = "FLOAT32-IEEE", scale = 1.0, address = [3018, 3019] },
  ]

[[inputs.cpu]]
  percpu = false
''', tok=tok), tok, "Telegraf docs: outputs.influxdb_v2 token, inputs.modbus")

add("blind-bz/toml/decoy-env-reference", "edge/telegraf/telegraf.d/outputs.conf", t(r'''
# Token and URL come from /etc/default/telegraf (EnvironmentFile), written by provisioning
[[outputs.influxdb_v2]]
  urls = ["${INFLUX_URL}"]
  token = "${INFLUX_TOKEN}"
  organization = "gridco"
  bucket = "scada_raw"
  tls_ca = "/etc/telegraf/scada-ca.pem"

[[outputs.mqtt]]
  servers = ["ssl://mqtt.scada.gridco.local:8883"]
  topic = "telegraf/{{ .Hostname }}/{{ .PluginName }}"
  username = "${MQTT_USER}"
  password = "${MQTT_PASSWORD}"
  data_format = "influx"
'''), None, "Telegraf docs: environment variables in configuration")

tok = influx_token()
add("blind-bz/toml/influx-cli-config", "ops/influx/configs", t(r'''
[default]
  url = "https://influx.scada.gridco.local"
  token = "@@tok@@"
  org = "gridco"
  active = true

[local]
  url = "http://localhost:8086"
  token = ""
  org = "dev"
''', tok=tok), tok, "InfluxDB CLI docs: influx config, configs file (TOML)")

pw = human_pw()
add("blind-bz/shell/influx-v1-backup", "ops/influx/backup_v1.sh", t(r'''
#!/bin/bash
# Nightly backup of the legacy InfluxDB 1.8 (AMI interval data) before the v2 migration.
set -e
DAY=$(date +%F)
DEST=/backups/influx1/$DAY
mkdir -p "$DEST"

influxd backup -portable -host 127.0.0.1:8088 -database ami_interval "$DEST"
influx -host 127.0.0.1 -username admin -password '@@pw@@' \
  -execute 'SHOW RETENTION POLICIES ON ami_interval' > "$DEST/rp.txt"

find /backups/influx1 -maxdepth 1 -type d -mtime +14 -exec rm -rf {} +
''', pw=pw), pw, "InfluxDB 1.8 docs: influx CLI -username -password, influxd backup -portable")

add("blind-bz/flux/decoy-secrets-get", "ops/influx/tasks/downsample_meters.flux", t(r'''
import "influxdata/influxdb/secrets"
import "sql"

option task = {name: "downsample_meters_15m", every: 15m, offset: 1m}

pg_password = secrets.get(key: "TSDB_WRITER_PASSWORD")

from(bucket: "meters")
    |> range(start: -task.every)
    |> filter(fn: (r) => r._measurement == "meter" and r._field == "p_kw")
    |> aggregateWindow(every: 15m, fn: mean)
    |> pivot(rowKey: ["_time"], columnKey: ["_field"], valueColumn: "_value")
    |> sql.to(
        driverName: "postgres",
        dataSourceName: "postgresql://tsdb_writer:${pg_password}@tsdb01.ot.gridco.local:5432/telemetry?sslmode=require",
        table: "meter_15m",
    )
'''), None, "InfluxDB docs: secrets.get() in Flux tasks")

pw = rand_pw(20)
add("blind-bz/docker-compose/timescaledb", "stacks/telemetry/docker-compose.yml", t(r'''
services:
  timescaledb:
    image: timescale/timescaledb-ha:pg16
    restart: unless-stopped
    environment:
      POSTGRES_DB: telemetry
      POSTGRES_USER: tsdb_admin
      POSTGRES_PASSWORD: @@pw@@
      TIMESCALEDB_TELEMETRY: "off"
    ports:
      - "5432:5432"
    volumes:
      - tsdb-data:/home/postgres/pgdata
  grafana:
    image: grafana/grafana-oss:11.1.0
    environment:
      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin
      GF_INSTALL_PLUGINS: grafana-clock-panel
    ports:
      - "3000:3000"
    secrets: [grafana_admin]
secrets:
  grafana_admin:
    file: ./secrets/grafana_admin.txt
volumes:
  tsdb-data:
''', pw=pw), pw, "TimescaleDB Docker docs: POSTGRES_PASSWORD; Grafana __FILE env")

pw = passphrase()
add("blind-bz/pgpass/timescale", "ops/postgres/.pgpass", t(r'''
# hostname:port:database:username:password
tsdb01.ot.gridco.local:5432:telemetry:tsdb_etl:@@pw@@
tsdb01.ot.gridco.local:5432:grafana:grafana:*
localhost:5432:*:postgres:
# replica (read-only), same credentials as primary
tsdb02.ot.gridco.local:5432:telemetry:tsdb_etl:@@pw@@
''', pw=pw), pw, "PostgreSQL docs: the password file (.pgpass)")

pw = words_pw()
add("blind-bz/sql/timescale-roles", "stacks/telemetry/init/01-roles.sql", t(r'''
-- Executed once by docker-entrypoint-initdb.d on an empty volume
CREATE EXTENSION IF NOT EXISTS timescaledb;

CREATE ROLE grafana_ro LOGIN PASSWORD '@@pw@@';
CREATE ROLE tsdb_etl LOGIN PASSWORD NULL;  -- password set by the vault database engine

CREATE SCHEMA telemetry AUTHORIZATION tsdb_etl;
CREATE TABLE telemetry.feeder_5m (
    ts        TIMESTAMPTZ NOT NULL,
    feeder    TEXT        NOT NULL,
    p_mw      DOUBLE PRECISION,
    q_mvar    DOUBLE PRECISION
);
SELECT create_hypertable('telemetry.feeder_5m', 'ts', chunk_time_interval => INTERVAL '7 days');
GRANT USAGE ON SCHEMA telemetry TO grafana_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA telemetry TO grafana_ro;
''', pw=pw), pw, "TimescaleDB docs: create_hypertable; PostgreSQL CREATE ROLE LOGIN PASSWORD")

pw = rand_pw(22)
add("blind-bz/python/sqlalchemy-url", "pipelines/ami_interval/load.py", t(r'''
"""Loads the daily AMI interval export (CSV from the MDMS) into the TimescaleDB hypertable."""
import sys

import pandas as pd
from sqlalchemy import create_engine

ENGINE = create_engine(
    "postgresql+psycopg2://ami_loader:@@pw@@@tsdb01.ot.gridco.local:5432/telemetry",
    pool_pre_ping=True,
)


def load(path: str) -> int:
    df = pd.read_csv(path, parse_dates=["interval_end"])
    df = df.rename(columns={"interval_end": "ts", "kwh_del": "kwh"})
    df[["ts", "meter_no", "kwh", "quality"]].to_sql("ami_interval", ENGINE, schema="telemetry",
                                                   if_exists="append", index=False, chunksize=50000, method="multi")
    return len(df)


if __name__ == "__main__":
    print(load(sys.argv[1]), "rows")
''', pw=pw), pw, "SQLAlchemy docs: database URLs (postgresql+psycopg2://user:password@host/db)")

add("blind-bz/python/decoy-placeholder", "pipelines/ami_interval/settings_example.py", t(r'''
"""Copy to settings_local.py (git-ignored) and fill in. Used by load.py when run by hand."""

TSDB_URL = "postgresql+psycopg2://ami_loader:<password>@tsdb01.ot.gridco.local:5432/telemetry"
MDMS_EXPORT_DIR = "/mnt/mdms_exports/interval"
# e.g. "postgresql+psycopg2://ami_loader:changeme@localhost:5432/telemetry" for the docker stack
LOCAL_TSDB_URL = "postgresql+psycopg2://ami_loader:changeme@localhost:5432/telemetry"
CHUNK_SIZE = 50000
'''), None, "SQLAlchemy docs: database URLs; settings_example convention")


# == MQTT brokers ================================================================================

pw = rand_pw(24)
add("blind-bz/mosquitto/bridge-password", "edge/mosquitto/conf.d/bridge.conf", t(r'''
# Bridge from the substation broker to the central SCADA broker
connection central-scada
address mqtt.scada.gridco.local:8883
bridge_protocol_version mqttv311
bridge_cafile /etc/mosquitto/certs/scada-ca.pem
remote_clientid sub12-bridge
remote_username sub12-bridge
remote_password @@pw@@
cleansession false
try_private true
topic gridco/sub12/# out 1
topic gridco/commands/sub12/# in 1
''', pw=pw), pw, "mosquitto.conf man page: bridge remote_username / remote_password")

add("blind-bz/mosquitto/decoy-password-hashes", "edge/mosquitto/passwd", t(r'''
sub12-bridge:@@h1@@
modbus2mqtt:@@h2@@
nodered:@@h3@@
telegraf:@@h4@@
grafana-live:@@h5@@
''', h1=mosquitto_hash(), h2=mosquitto_hash(), h3=mosquitto_hash(), h4=mosquitto_hash(), h5=mosquitto_hash()), None,
    "mosquitto_passwd man page: password file with PBKDF2-SHA512 ($7$) hashes")

add("blind-bz/mosquitto/decoy-no-credential", "edge/mosquitto/mosquitto.conf", t(r'''
per_listener_settings true
persistence true
persistence_location /var/lib/mosquitto/

listener 8883
cafile /etc/mosquitto/certs/scada-ca.pem
certfile /etc/mosquitto/certs/sub12-broker.crt
keyfile /etc/mosquitto/certs/sub12-broker.key
require_certificate false
allow_anonymous false
password_file /etc/mosquitto/passwd
acl_file /etc/mosquitto/acl

include_dir /etc/mosquitto/conf.d
'''), None, "mosquitto.conf man page: password_file, keyfile paths")

pw = human_pw()
add("blind-bz/java/paho-mqtt", "scada-bridge/src/main/java/com/gridco/scada/bridge/MqttPublisher.java", t(r'''
package com.gridco.scada.bridge;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

public class MqttPublisher implements AutoCloseable {
    private static final String BROKER = "ssl://mqtt.scada.gridco.local:8883";
    private final MqttClient client;

    public MqttPublisher(String clientId) throws MqttException {
        client = new MqttClient(BROKER, clientId, new MemoryPersistence());
        MqttConnectOptions opts = new MqttConnectOptions();
        opts.setUserName("scada-bridge");
        opts.setPassword("@@pw@@".toCharArray());
        opts.setAutomaticReconnect(true);
        opts.setCleanSession(false);
        client.connect(opts);
    }

    public void publish(String topic, String json) throws MqttException {
        MqttMessage msg = new MqttMessage(json.getBytes());
        msg.setQos(1);
        client.publish(topic, msg);
    }

    @Override
    public void close() throws MqttException {
        client.disconnect();
        client.close();
    }
}
''', pw=pw), pw, "Eclipse Paho Java client: MqttConnectOptions.setUserName / setPassword")

pw = words_pw()
add("blind-bz/python/paho-sparkplug", "edge/sparkplug/edge_node.py", t(r'''
"""Sparkplug B edge node publishing battery metrics for the BESS at Ridgeline."""
import time

import paho.mqtt.client as mqtt

from sparkplug_b import addMetric, getDdataPayload, getNodeBirthPayload, MetricDataType

GROUP, NODE = "Ridgeline", "BESS01"

client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=f"{GROUP}-{NODE}")
client.username_pw_set("bess01-edge", "@@pw@@")
client.tls_set(ca_certs="/etc/ssl/gridco/scada-ca.pem")
client.will_set(f"spBv1.0/{GROUP}/NDEATH/{NODE}", b"", qos=1)
client.connect("mqtt.scada.gridco.local", 8883, keepalive=30)
client.loop_start()

birth = getNodeBirthPayload()
addMetric(birth, "SOC", None, MetricDataType.Float, 0.0)
client.publish(f"spBv1.0/{GROUP}/NBIRTH/{NODE}", birth.SerializeToString(), qos=0)

while True:
    payload = getDdataPayload()
    addMetric(payload, "SOC", None, MetricDataType.Float, read_soc())  # noqa: F821 (from bms module)
    client.publish(f"spBv1.0/{GROUP}/NDATA/{NODE}", payload.SerializeToString(), qos=0)
    time.sleep(5)
''', pw=pw), pw, "Eclipse Paho Python: username_pw_set; Sparkplug B specification topics")

add("blind-bz/python/decoy-test-fixture", "edge/sparkplug/tests/conftest.py", t(r'''
"""Fixtures for the edge-node tests: a throwaway mosquitto in a container, fake credentials only."""
import pytest
from testcontainers.core.container import DockerContainer

TEST_USER = "test-edge"
TEST_PASSWORD = "test-password-123"  # fixture value, the container's passwd is generated at start


@pytest.fixture(scope="session")
def broker():
    with DockerContainer("eclipse-mosquitto:2.0").with_exposed_ports(1883) \
            .with_volume_mapping("tests/mosquitto", "/mosquitto/config") as c:
        yield c.get_container_host_ip(), int(c.get_exposed_port(1883))


@pytest.fixture
def credentials():
    return {"username": TEST_USER, "password": TEST_PASSWORD}
'''), None, "pytest fixtures; testcontainers-python DockerContainer")


# == Data pipelines: Airflow, dbt, Databricks, Kafka, cloud IoT ==================================

pw = rand_pw(18)
add("blind-bz/env/airflow-conn-uri", "pipelines/airflow/.env", t(r'''
AIRFLOW__CORE__EXECUTOR=LocalExecutor
AIRFLOW__CORE__LOAD_EXAMPLES=False
AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=postgresql+psycopg2://airflow:airflow@postgres/airflow
AIRFLOW_CONN_TSDB_TELEMETRY=postgres://tsdb_etl:@@pw@@@tsdb01.ot.gridco.local:5432/telemetry?sslmode=require
AIRFLOW_CONN_PIWEBAPI=http://svc_piwebapi_read@piwebapi.corp.gridco.local/piwebapi?__extra__=%7B%22verify%22%3Afalse%7D
AIRFLOW_VAR_EIA_API_KEY_SECRET_NAME=markets/eia
''', pw=pw), pw, "Airflow docs: connections from environment variables (AIRFLOW_CONN_ URI)")

pw = human_pw()
add("blind-bz/yaml/dbt-snowflake", "analytics/dbt/profiles.yml", t(r'''
gridco_energy:
  target: dev
  outputs:
    dev:
      type: snowflake
      account: gridco-analytics.us-east-1
      user: DBT_DEV
      password: "@@pw@@"
      role: TRANSFORMER_DEV
      warehouse: TRANSFORM_XS
      database: ENERGY_DEV
      schema: dbt_{{ env_var('USER') }}
      threads: 8
    prod:
      type: snowflake
      account: gridco-analytics.us-east-1
      user: DBT_PROD
      password: "{{ env_var('DBT_SNOWFLAKE_PASSWORD') }}"
      role: TRANSFORMER
      warehouse: TRANSFORM_M
      database: ENERGY
      schema: marts
      threads: 16
''', pw=pw), pw, "dbt docs: Snowflake profile, env_var() in profiles.yml")

tok = databricks_token()
add("blind-bz/python/databricks-token", "pipelines/forecast/submit_training.py", t(r'''
"""Submits the feeder load-forecast training job to Databricks (Jobs API 2.1)."""
import requests

HOST = "https://adb-4417839201187264.4.azuredatabricks.net"
TOKEN = "@@tok@@"

job = {
    "run_name": "feeder-load-forecast-weekly",
    "tasks": [{
        "task_key": "train",
        "notebook_task": {"notebook_path": "/Repos/forecast/feeder_load/train", "base_parameters": {"horizon_h": "168"}},
        "job_cluster_key": "ml",
    }],
    "job_clusters": [{"job_cluster_key": "ml", "new_cluster": {
        "spark_version": "14.3.x-cpu-ml-scala2.12", "node_type_id": "Standard_D8ds_v5", "num_workers": 4}}],
}
r = requests.post(f"{HOST}/api/2.1/jobs/runs/submit", json=job,
                  headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30)
r.raise_for_status()
print("run", r.json()["run_id"])
''', tok=tok), tok, "Databricks docs: personal access tokens (dapi), Jobs API 2.1 runs/submit")

pw = rand_pw(32)
add("blind-bz/properties/kafka-sasl", "streaming/pmu-ingest/src/main/resources/kafka.properties", t(r'''
# PMU (C37.118) frames -> Kafka, consumed by the oscillation detection job
bootstrap.servers=pkc-4r297.us-east-1.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="@@user@@" password="@@pw@@";
client.dns.lookup=use_all_dns_ips
acks=all
linger.ms=5
compression.type=lz4
key.serializer=org.apache.kafka.common.serialization.StringSerializer
value.serializer=io.confluent.kafka.serializers.KafkaAvroSerializer
schema.registry.url=https://psrc-8kz20.us-east-2.aws.confluent.cloud
basic.auth.credentials.source=USER_INFO
basic.auth.user.info=${SR_API_KEY}:${SR_API_SECRET}
''', user=drawn(16, UPNUM), pw=pw), pw, "Confluent Cloud docs: Java client SASL_SSL PLAIN sasl.jaas.config")

key = sas_key()
add("blind-bz/csharp/azure-iot-hub", "src/Gridco.Der.Gateway/Program.cs", t(r'''
using System;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;

// DER gateway at the Bayview microgrid: sends inverter telemetry to IoT Hub every 10 s
var connectionString =
    "HostName=gridco-der-hub.azure-devices.net;DeviceId=bayview-gw01;SharedAccessKey=@@key@@";

using var client = DeviceClient.CreateFromConnectionString(connectionString, TransportType.Mqtt);
var rng = new Random();
while (true)
{
    var body = JsonSerializer.Serialize(new { site = "bayview", pKw = 180 + rng.NextDouble() * 20, soc = 64.2 });
    using var msg = new Message(Encoding.UTF8.GetBytes(body)) { ContentType = "application/json", ContentEncoding = "utf-8" };
    await client.SendEventAsync(msg);
    await Task.Delay(TimeSpan.FromSeconds(10));
}
''', key=key), key, "Azure IoT Hub device SDK for .NET: DeviceClient.CreateFromConnectionString")

add("blind-bz/json/decoy-keyvault-reference", "infra/functions/der-ingest/local.settings.example.json", t(r'''
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "python",
    "IoTHubEventHubConnection": "@Microsoft.KeyVault(SecretUri=https://kv-gridco-der.vault.azure.net/secrets/iothub-events-conn/)",
    "TsdbConnection": "@Microsoft.KeyVault(VaultName=kv-gridco-der;SecretName=tsdb-writer-conn)",
    "ConsumerGroup": "der-ingest"
  }
}
'''), None, "Azure App Service docs: Key Vault references (@Microsoft.KeyVault)")

ak, sk = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("blind-bz/ini/aws-credentials", "ops/aws/credentials", t(r'''
[default]
region = us-east-2

[gridco-data-lake]
aws_access_key_id = @@ak@@
aws_secret_access_key = @@sk@@
region = us-east-2

[gridco-iot-prod]
role_arn = arn:aws:iam::418290337154:role/iot-provisioning
source_profile = gridco-data-lake
''', ak=ak, sk=sk), sk, "AWS CLI docs: credentials file, profiles with role_arn")


# == Deploy configs: Kubernetes, Helm, Ansible, Terraform, systemd, cron, nginx, CI =============

tok = influx_token()
add("blind-bz/k8s/secret-data", "deploy/k8s/telemetry/influx-token-secret.yaml", t(r'''
apiVersion: v1
kind: Secret
metadata:
  name: influx-writer
  namespace: telemetry
  labels:
    app.kubernetes.io/part-of: scada-telemetry
type: Opaque
data:
  INFLUX_URL: @@url@@
  INFLUX_ORG: @@org@@
  INFLUX_TOKEN: @@tok@@
''', url=b64("https://influx.scada.gridco.local"), org=b64("gridco"), tok=b64(tok)), tok,
    "Kubernetes docs: Secret data (base64-encoded values)")

pw = human_pw()
add("blind-bz/k8s/secret-stringdata", "deploy/k8s/edge/mqtt-credentials.yaml", t(r'''
apiVersion: v1
kind: Secret
metadata:
  name: mqtt-credentials
  namespace: edge
type: Opaque
stringData:
  MQTT_HOST: mqtt.scada.gridco.local
  MQTT_USERNAME: modbus2mqtt
  MQTT_PASSWORD: "@@pw@@"
''', pw=pw), pw, "Kubernetes docs: Secret stringData")

add("blind-bz/k8s/decoy-sealed-secret", "deploy/k8s/edge/mqtt-credentials.sealed.yaml", t(r'''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: mqtt-credentials
  namespace: edge
spec:
  encryptedData:
    MQTT_PASSWORD: @@s1@@
    MQTT_USERNAME: @@s2@@
  template:
    metadata:
      name: mqtt-credentials
      namespace: edge
    type: Opaque
''', s1=sealed_value(), s2=sealed_value()), None, "Bitnami sealed-secrets README: SealedSecret encryptedData")

add("blind-bz/k8s/decoy-external-secret", "deploy/k8s/telemetry/influx-token-externalsecret.yaml", t(r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: influx-writer
  namespace: telemetry
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-ot
    kind: ClusterSecretStore
  target:
    name: influx-writer
    creationPolicy: Owner
  data:
    - secretKey: INFLUX_TOKEN
      remoteRef:
        key: ot/telemetry/influx
        property: writer_token
    - secretKey: INFLUX_URL
      remoteRef:
        key: ot/telemetry/influx
        property: url
'''), None, "External Secrets Operator docs: ExternalSecret remoteRef")

pw = words_pw()
add("blind-bz/helm/values-timescale", "deploy/helm/telemetry/values-prod.yaml", t(r'''
# values for charts/telemetry (TimescaleDB + ingest workers) on the OT prod cluster
timescaledb:
  image:
    repository: timescale/timescaledb-ha
    tag: pg16.3-ts2.15.2
  persistence:
    size: 2Ti
    storageClass: ot-ssd
  credentials:
    superuser: postgres
    superuserPassword: "@@pw@@"
  resources:
    requests: { cpu: "4", memory: 32Gi }

ingest:
  replicas: 3
  image:
    repository: registry.gridco.example/ot/telemetry-ingest
    tag: 3.4.0
  env:
    MQTT_HOST: mqtt.scada.gridco.local
    BATCH_SIZE: "5000"
''', pw=pw), pw, "Helm docs: values files per environment")

add("blind-bz/helm/decoy-existing-secret", "deploy/helm/grafana/values-prod.yaml", t(r'''
# grafana/grafana chart values, OT prod
admin:
  existingSecret: grafana-admin
  userKey: admin-user
  passwordKey: admin-password

envFromSecret: grafana-env

grafana.ini:
  server:
    root_url: https://grafana.ot.gridco.local
  auth.generic_oauth:
    enabled: true
    client_id: grafana-ot
    client_secret: $__file{/etc/secrets/oauth/client_secret}

extraSecretMounts:
  - name: oauth
    secretName: grafana-oauth
    mountPath: /etc/secrets/oauth
    readOnly: true

persistence:
  enabled: true
  size: 10Gi
'''), None, "grafana/helm-charts README: admin.existingSecret, extraSecretMounts")

pw = human_pw()
add("blind-bz/ansible/winrm-password", "ansible/inventories/ot/group_vars/historian_servers.yml", t(r'''
# PI Data Archive / AF hosts (Windows Server 2019) reached over WinRM from the OT jump host
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_winrm_server_cert_validation: ignore
ansible_port: 5986
ansible_user: GRIDCO\svc_ansible_ot
ansible_password: "@@pw@@"

pi_install_dir: 'D:\Program Files\PI'
pi_archive_dir: 'E:\PI\arc'
pi_backup_dir: 'F:\PIBackup'
pi_backup_retention_days: 14
''', pw=pw), pw, "Ansible docs: Windows remote management, ansible_password for WinRM")

add("blind-bz/ansible/decoy-vault-inline", "ansible/inventories/ot/group_vars/rtu_gateways.yml", t(r'''
ansible_user: otadmin
ansible_become: true
mqtt_host: mqtt.scada.gridco.local
mqtt_username: "{{ inventory_hostname }}"
mqtt_password: !vault |
          @@blob@@
influx_token: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=ot/data/telemetry/influx:writer_token') }}"
ntp_servers: [10.40.0.10, 10.40.0.11]
''', blob=vault_blob()), None, "Ansible docs: encrypted variables (!vault), hashi_vault lookup")

key = pem("OPENSSH")
add("blind-bz/ansible/ssh-private-key", "ansible/files/keys/rtu_jump_ed25519", key + "\n", key,
    "OpenSSH ssh-keygen: private key file (OPENSSH PRIVATE KEY) kept in ansible files/")

add("blind-bz/ansible/decoy-public-key", "ansible/roles/rtu_base/files/authorized_keys", t(r'''
# managed by ansible (role rtu_base) - OT admins and the jump host
@@k1@@
@@k2@@
@@k3@@
@@k4@@
@@k5@@
''', k1=ssh_pub("jump01@ot.gridco.local"), k2=ssh_pub("mkowalski@ot-ws12"), k3=ssh_pub("tnguyen@ot-ws07"),
    k4=ssh_pub("field-laptop-22"), k5=ssh_pub("ansible@awx-ot")), None, "OpenSSH sshd(8): AuthorizedKeysFile format (public keys)")

pw = rand_pw(24)
add("blind-bz/hcl/tfvars-password", "infra/envs/prod/terraform.tfvars", t(r'''
environment         = "prod"
location            = "centralus"
resource_group_name = "rg-ot-telemetry-prod"

influxdb_vm_size        = "Standard_E8ds_v5"
influxdb_admin_user     = "influxadmin"
influxdb_admin_password = "@@pw@@"

tsdb_sku         = "GP_Standard_D8ds_v5"
tsdb_storage_mb  = 2097152
allowed_cidrs    = ["10.40.0.0/16", "10.80.0.0/16"]
tags = {
  owner      = "ot-data"
  costcenter = "4410"
}
''', pw=pw), pw, "Terraform docs: variable definitions (.tfvars) files")

add("blind-bz/hcl/decoy-random-password", "infra/modules/tsdb/main.tf", t(r'''
resource "random_password" "tsdb_admin" {
  length           = 32
  special          = true
  override_special = "-_."
}

resource "azurerm_postgresql_flexible_server" "tsdb" {
  name                   = "psql-ot-tsdb-${var.environment}"
  resource_group_name    = var.resource_group_name
  location               = var.location
  version                = "16"
  sku_name               = var.tsdb_sku
  storage_mb             = var.tsdb_storage_mb
  administrator_login    = "tsdbadmin"
  administrator_password = random_password.tsdb_admin.result
}

resource "azurerm_key_vault_secret" "tsdb_admin" {
  name         = "tsdb-admin-password"
  value        = random_password.tsdb_admin.result
  key_vault_id = var.key_vault_id
}
'''), None, "Terraform random provider: random_password; azurerm_key_vault_secret")

pw = human_pw()
add("blind-bz/systemd/environment-password", "deploy/systemd/historian-sync.service", t(r'''
[Unit]
Description=Historian sync (PI -> TimescaleDB)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=histsync
WorkingDirectory=/opt/historian-sync
Environment=PIWEBAPI_URL=https://piwebapi.corp.gridco.local/piwebapi
Environment=PI_USERNAME=svc_pi_timescale
Environment="PI_PASSWORD=@@pw@@"
Environment=TSDB_DSN=postgresql://tsdb_etl@tsdb01.ot.gridco.local/telemetry
ExecStart=/opt/historian-sync/.venv/bin/python -m historian_sync
Restart=on-failure
RestartSec=30

[Install]
WantedBy=multi-user.target
''', pw=pw), pw, "systemd.exec(5): Environment= directive")

add("blind-bz/systemd/decoy-credential-file", "deploy/systemd/telegraf.service.d/override.conf", t(r'''
[Service]
# token and MQTT password are written by provisioning into root-only files
EnvironmentFile=-/etc/default/telegraf
LoadCredential=influx_token:/etc/telegraf/credentials/influx_token
LoadCredential=mqtt_password:/etc/telegraf/credentials/mqtt_password
Environment=INFLUX_TOKEN_FILE=%d/influx_token
Environment=MQTT_PASSWORD_FILE=%d/mqtt_password
'''), None, "systemd.exec(5): EnvironmentFile=, LoadCredential=, %d specifier")

pw = human_pw()
add("blind-bz/crontab/curl-basic", "ops/cron/historian-host.crontab", t(r'''
# m h dom mon dow  command   (installed with: crontab ops/cron/historian-host.crontab)
MAILTO=ot-data@gridco.example
PATH=/usr/local/bin:/usr/bin:/bin

# daily PI archive health snapshot
10 6 * * * curl -s -u 'svc_pi_health:@@pw@@' -H 'X-Requested-With: XmlHttpRequest' https://piwebapi.corp.gridco.local/piwebapi/dataservers > /var/log/pi/dataservers_$(date +\%F).json
# prune snapshots older than 30 days
30 6 * * * find /var/log/pi -name 'dataservers_*.json' -mtime +30 -delete
*/5 * * * * /opt/historian-sync/bin/heartbeat.sh >/dev/null 2>&1
''', pw=pw), pw, "crontab(5) format; curl -u user:password")

add("blind-bz/crontab/decoy-env-reference", "ops/cron/markets-host.crontab", t(r'''
MAILTO=markets-analytics@gridco.example
SHELL=/bin/bash
# keys come from /etc/gridco/markets.env (root 0600), sourced by the wrapper
15 6 * * * . /etc/gridco/markets.env && /opt/markets/.venv/bin/markets-pull entsoe --token "$ENTSOE_TOKEN" >> /var/log/markets/entsoe.log 2>&1
20 6 * * * . /etc/gridco/markets.env && /opt/markets/.venv/bin/markets-pull eia --api-key "$EIA_API_KEY" >> /var/log/markets/eia.log 2>&1
*/5 * * * * /opt/markets/.venv/bin/markets-pull caiso --market RTM >> /var/log/markets/caiso.log 2>&1
'''), None, "crontab(5) format; shell variable references")

pw = words_pw()
basic = b64("grafana_pi:" + pw)
add("blind-bz/nginx/basic-header", "deploy/nginx/conf.d/piwebapi-proxy.conf", t(r'''
# Read-only proxy in the DMZ so Grafana Cloud can reach PI Web API without domain credentials
upstream piwebapi {
    server piwebapi.corp.gridco.local:443;
}

server {
    listen 8443 ssl;
    server_name pi-proxy.dmz.gridco.example;

    ssl_certificate     /etc/nginx/tls/pi-proxy.crt;
    ssl_certificate_key /etc/nginx/tls/pi-proxy.key;

    location /piwebapi/ {
        limit_except GET { deny all; }
        proxy_pass https://piwebapi/piwebapi/;
        proxy_set_header Authorization "Basic @@basic@@";
        proxy_set_header X-Requested-With XmlHttpRequest;
        proxy_ssl_verify on;
        proxy_ssl_trusted_certificate /etc/nginx/tls/gridco-root-ca.pem;
    }
}
''', basic=basic), pw, "nginx docs: proxy_set_header; RFC 7617 Basic authentication")

add("blind-bz/nginx/decoy-htpasswd-file", "deploy/nginx/conf.d/node-red.conf", t(r'''
server {
    listen 443 ssl;
    server_name nodered.ot.gridco.local;

    ssl_certificate     /etc/nginx/tls/nodered.crt;
    ssl_certificate_key /etc/nginx/tls/nodered.key;

    location / {
        auth_basic           "Node-RED (OT)";
        auth_basic_user_file /etc/nginx/htpasswd/node-red;
        proxy_pass http://127.0.0.1:1880;
        proxy_http_version 1.1;
        proxy_set_header Upgrade $http_upgrade;
        proxy_set_header Connection "upgrade";
    }
}
'''), None, "nginx docs: ngx_http_auth_basic_module auth_basic_user_file")

add("blind-bz/apache/decoy-htpasswd-hashes", "deploy/apache/htpasswd-grafana-kiosk", t(r'''
kiosk-lobby:$apr1$@@s1@@$@@h1@@
kiosk-control:$apr1$@@s2@@$@@h2@@
kiosk-storm:$apr1$@@s3@@$@@h3@@
ops-viewer:{SHA}@@sha@@
monitor:$2y$10$@@b@@
''', s1=drawn(8, ALNUM + "./"), h1=drawn(22, ALNUM + "./"), s2=drawn(8, ALNUM + "./"), h2=drawn(22, ALNUM + "./"),
    s3=drawn(8, ALNUM + "./"), h3=drawn(22, ALNUM + "./"), sha=b64rand(20), b=drawn(53, ALNUM + "./")), None,
    "Apache htpasswd docs: MD5 ($apr1$), SHA, bcrypt password formats")

tok = samsara_token()
add("blind-bz/gitlab-ci/hardcoded-variable", "fleet/telematics/.gitlab-ci.yml", t(r'''
stages: [test, sync]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  SAMSARA_API_TOKEN: "@@tok@@"
  SAMSARA_TAG_ID: "4421983"

test:
  stage: test
  image: python:3.11-slim
  script:
    - pip install -r requirements.txt pytest
    - pytest -q

sync-soc:
  stage: sync
  image: python:3.11-slim
  rules:
    - if: $CI_PIPELINE_SOURCE == "schedule"
  script:
    - pip install -r requirements.txt
    - python samsara_soc.py --push-to-scheduler
''', tok=tok), tok, "GitLab CI/CD docs: .gitlab-ci.yml variables")

add("blind-bz/github-actions/decoy-secrets-context", ".github/workflows/deploy-dashboards.yml", t(r'''
name: deploy-dashboards
on:
  push:
    branches: [main]
    paths: ["monitoring/dashboards/**"]

jobs:
  push:
    runs-on: [self-hosted, ot-dmz]
    environment: ot-prod
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1
      - uses: actions/setup-python@0a5c61591373683505ea898e09a3ea4f39ef2b9c # v5.0.0
        with:
          python-version: "3.11"
      - run: pip install requests
      - name: push
        env:
          GRAFANA_URL: https://grafana.ot.gridco.local
          GRAFANA_TOKEN: ${{ secrets.GRAFANA_DASHBOARD_CI_TOKEN }}
        run: python monitoring/tools/push_dashboards.py
'''), None, "GitHub Actions docs: secrets context, pinning actions to a commit SHA")

add("blind-bz/jenkinsfile/decoy-credentials-binding", "pipelines/pi_extract/Jenkinsfile", t(r"""
pipeline {
    agent { label 'ot-linux' }
    environment {
        PI_CREDS = credentials('piwebapi-svc-read')   // username:password binding
        TSDB_DSN = credentials('tsdb-etl-dsn')
    }
    triggers { cron('H 5 * * *') }
    stages {
        stage('extract') {
            steps {
                sh '''
                    python3 -m venv .venv && . .venv/bin/activate
                    pip install -r requirements.txt
                    PI_USERNAME="$PI_CREDS_USR" PI_PASSWORD="$PI_CREDS_PSW" python piwebapi_client.py
                '''
            }
        }
    }
    post { failure { mail to: 'ot-data@gridco.example', subject: "pi_extract failed", body: "${env.BUILD_URL}" } }
}
"""), None, "Jenkins docs: credentials() helper in declarative pipelines (_USR/_PSW)")

tok = eia = api_data_gov_key()
add("blind-bz/dockerfile/env-key", "pipelines/markets/Dockerfile", t(r'''
FROM python:3.11-slim

WORKDIR /app
COPY pyproject.toml ./
COPY gridco_markets ./gridco_markets
RUN pip install --no-cache-dir .

ENV TZ=America/Chicago \
    EIA_API_KEY=@@tok@@ \
    MARKETS_OUT=/data

VOLUME ["/data"]
ENTRYPOINT ["markets-pull"]
CMD ["eia", "--route", "electricity/rto/region-data"]
''', tok=tok), tok, "Dockerfile reference: ENV with line continuations")

add("blind-bz/dockerfile/decoy-build-secret", "services/historian-sync/Dockerfile", t(r'''
# syntax=docker/dockerfile:1.7
FROM python:3.11-slim AS build
WORKDIR /src
COPY requirements.txt .
# private index credentials are a BuildKit secret, never a layer
RUN --mount=type=secret,id=pip_index_url \
    pip install --no-cache-dir --index-url "$(cat /run/secrets/pip_index_url)" -r requirements.txt -t /deps

FROM python:3.11-slim
COPY --from=build /deps /usr/local/lib/python3.11/site-packages
COPY historian_sync /app/historian_sync
ARG PI_PASSWORD=""
ENV PIWEBAPI_URL=https://piwebapi.corp.gridco.local/piwebapi
USER 10001
ENTRYPOINT ["python", "-m", "historian_sync"]
'''), None, "Docker docs: build secrets (RUN --mount=type=secret)")

pw = human_pw()
add("blind-bz/vscode/launch-env", ".vscode/launch.json", t(r'''
{
    // Use IntelliSense to learn about possible attributes.
    "version": "0.2.0",
    "configurations": [
        {
            "name": "historian-sync (dev PI)",
            "type": "debugpy",
            "request": "launch",
            "module": "historian_sync",
            "cwd": "${workspaceFolder}/services/historian-sync",
            "env": {
                "PIWEBAPI_URL": "https://piwebapi-dev.corp.gridco.local/piwebapi",
                "PI_USERNAME": "svc_pi_sync_dev",
                "PI_PASSWORD": "@@pw@@",
                "LOG_LEVEL": "debug"
            },
            "justMyCode": false
        }
    ]
}
''', pw=pw), pw, "VS Code docs: launch.json env for debugpy configurations")

add("blind-bz/vscode/decoy-env-reference", ".vscode/settings.json", t(r'''
{
    "python.defaultInterpreterPath": "${workspaceFolder}/.venv/bin/python",
    "sqltools.connections": [
        {
            "name": "tsdb01 telemetry",
            "driver": "PostgreSQL",
            "server": "tsdb01.ot.gridco.local",
            "port": 5432,
            "database": "telemetry",
            "username": "${env:USER}",
            "askForPassword": true,
            "pgOptions": { "ssl": { "rejectUnauthorized": true } }
        }
    ],
    "files.exclude": { "**/.pytest_cache": true }
}
'''), None, "SQLTools docs: askForPassword connection setting; VS Code ${env:} variables")

pw = human_pw()
add("blind-bz/xml/tomcat-jndi", "oms-portal/src/main/webapp/META-INF/context.xml", t(r'''
<?xml version="1.0" encoding="UTF-8"?>
<Context>
    <!-- NMS reporting schema used by the outage portal -->
    <Resource name="jdbc/nms" auth="Container" type="javax.sql.DataSource"
              driverClassName="oracle.jdbc.OracleDriver"
              url="jdbc:oracle:thin:@//omsdb01.gridco.local:1521/NMSPRD"
              username="NMS_PORTAL" password="@@pw@@"
              maxTotal="20" maxIdle="5" maxWaitMillis="10000"
              validationQuery="SELECT 1 FROM DUAL" testOnBorrow="true"/>
    <WatchedResource>WEB-INF/web.xml</WatchedResource>
</Context>
''', pw=pw), pw, "Apache Tomcat docs: JNDI DataSource Resource (username/password attributes)")

add("blind-bz/yaml/decoy-sops", "deploy/flux/clusters/ot-prod/secrets/piwebapi.enc.yaml", t(r'''
apiVersion: v1
kind: Secret
metadata:
  name: piwebapi
  namespace: telemetry
type: Opaque
stringData:
  PI_USERNAME: @@u@@
  PI_PASSWORD: @@p@@
sops:
  age:
    - recipient: age1@@age@@
      enc: |
        -----BEGIN AGE ENCRYPTED FILE-----
        @@a1@@
        @@a2@@
        -----END AGE ENCRYPTED FILE-----
  lastmodified: "2024-06-18T09:41:07Z"
  mac: @@mac@@
  encrypted_regex: ^(data|stringData)$
  version: 3.8.1
''', u=sops_value(), p=sops_value(), age=drawn(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), a1=b64rand(48), a2=b64rand(30),
    mac=sops_value()), None, "SOPS docs: encrypted YAML with age recipients (ENC[AES256_GCM,...])")


# == Device provisioning =========================================================================

psk = passphrase()
add("blind-bz/shell/wpa-supplicant-heredoc", "provisioning/edge/10-network.sh", t(r'''
#!/usr/bin/env bash
# Step 10 of edge gateway provisioning: maintenance Wi-Fi for the substation yard (fallback link)
set -euo pipefail

cat > /etc/wpa_supplicant/wpa_supplicant-wlan0.conf <<EOF
ctrl_interface=DIR=/run/wpa_supplicant GROUP=netdev
update_config=0
country=US

network={
    ssid="GRIDCO-OT-MAINT"
    psk="@@psk@@"
    key_mgmt=WPA-PSK
    priority=10
}
EOF
chmod 600 /etc/wpa_supplicant/wpa_supplicant-wlan0.conf
systemctl enable --now wpa_supplicant@wlan0
''', psk=psk), psk, "wpa_supplicant.conf(5): network block psk; bash here-document")

add("blind-bz/shell/decoy-placeholder", "provisioning/edge/20-cellular.sh", t(r'''
#!/usr/bin/env bash
# Step 20: private APN on the Sierra Wireless modem. Credentials are read from the
# provisioning USB stick (/media/prov/apn.env), never stored in this repo.
set -euo pipefail
source /media/prov/apn.env   # APN_USER=..., APN_PASSWORD=...

nmcli connection add type gsm ifname '*' con-name ot-apn \
  gsm.apn "gridco.ot.apn" \
  gsm.username "${APN_USER:?}" \
  gsm.password "${APN_PASSWORD:?}" \
  connection.autoconnect yes ipv4.route-metric 600
nmcli connection up ot-apn
'''), None, "nmcli(1): gsm.apn / gsm.username / gsm.password settings")

key = pem("RSA")
add("blind-bz/shell/aws-iot-claim-key", "provisioning/edge/30-aws-iot-claim.sh", t(r'''
#!/usr/bin/env bash
# Step 30: fleet provisioning by claim - installs the claim certificate used for first connect
set -euo pipefail
mkdir -p /etc/aws-iot/claim && cd /etc/aws-iot/claim

curl -s -o AmazonRootCA1.pem https://www.amazontrust.com/repository/AmazonRootCA1.pem
cp /opt/provisioning/claim/claim.pem.crt claim.pem.crt

cat > claim.private.pem.key <<'KEY'
@@key@@
KEY
chmod 600 claim.private.pem.key

cat > /etc/aws-iot/provisioning.json <<JSON
{"endpoint": "a3q9fzk1w2x7ln-ats.iot.us-east-2.amazonaws.com", "template": "gridco-edge-gw", "serial": "$(cat /sys/class/dmi/id/product_serial)"}
JSON
''', key=key), key, "AWS IoT Core docs: fleet provisioning by claim (claim certificate and private key)")

key = b64rand(64)
add("blind-bz/python/azure-dps-group-key", "provisioning/meters/dps_register.py", t(r'''
"""Registers a smart-meter gateway with the Azure DPS group enrollment (symmetric key attestation)."""
import base64
import hashlib
import hmac
import sys

from azure.iot.device import ProvisioningDeviceClient

ID_SCOPE = "0ne00A3B7C1"
PROVISIONING_HOST = "global.azure-devices-provisioning.net"
GROUP_KEY = "@@key@@"


def derive_device_key(registration_id: str) -> str:
    sig = hmac.new(base64.b64decode(GROUP_KEY), registration_id.encode(), hashlib.sha256).digest()
    return base64.b64encode(sig).decode()


def register(registration_id: str):
    client = ProvisioningDeviceClient.create_from_symmetric_key(
        provisioning_host=PROVISIONING_HOST, registration_id=registration_id,
        id_scope=ID_SCOPE, symmetric_key=derive_device_key(registration_id))
    result = client.register()
    print(result.status, result.registration_state.assigned_hub)


if __name__ == "__main__":
    register(sys.argv[1])
''', key=key), key, "Azure IoT DPS docs: group enrollment symmetric key, derived device keys")

tok = fakes.github_token(_seed())
add("blind-bz/shell/github-token-clone", "provisioning/edge/40-install-agents.sh", t(r'''
#!/usr/bin/env bash
# Step 40: install the edge agents from the private repos
set -euo pipefail
GH_TOKEN=@@tok@@
VERSION=${EDGE_AGENTS_VERSION:-v2.8.3}

for repo in edge-modbus-agent edge-dnp3-agent edge-telemetry; do
  git clone --depth 1 --branch "$VERSION" "https://x-access-token:${GH_TOKEN}@github.com/gridco-ot/${repo}.git" "/opt/${repo}"
  python3 -m venv "/opt/${repo}/.venv"
  "/opt/${repo}/.venv/bin/pip" install -q "/opt/${repo}"
done
systemctl daemon-reload
''', tok=tok), tok, "GitHub docs: personal access tokens in HTTPS clone URLs")

tok = "npm_" + drawn(36)
add("blind-bz/npmrc/npm-token", "node-red/custom-nodes/.npmrc", t(r'''
@gridco-ot:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@tok@@
always-auth=true
save-exact=true
engine-strict=true
''', tok=tok), tok, "npm docs: .npmrc auth-related configuration (_authToken)")

add("blind-bz/npmrc/decoy-env-reference", "apps/outage-map/.npmrc", t(r'''
@gridco-ot:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
save-exact=true
engine-strict=true
fund=false
'''), None, "npm docs: environment variables in .npmrc")

pw = rand_pw(32)
add("blind-bz/ini/pip-conf-index", "provisioning/edge/files/pip.conf", t(r'''
[global]
index-url = https://pypi.org/simple
extra-index-url = https://ot-ci:@@pw@@@nexus.gridco.example/repository/pypi-ot/simple
trusted-host = nexus.gridco.example
timeout = 60

[install]
no-compile = true
''', pw=pw), pw, "pip docs: configuration file, extra-index-url with credentials")

tok = drawn(32)
add("blind-bz/github-actions/balena-token", ".github/workflows/balena-push.yml", t(r'''
name: balena-push
on:
  push:
    tags: ["v*"]

jobs:
  push:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: install balena cli
        run: |
          curl -sL https://github.com/balena-io/balena-cli/releases/download/v18.2.2/balena-cli-v18.2.2-linux-x64-standalone.zip -o cli.zip
          unzip -q cli.zip && echo "$PWD/balena-cli" >> $GITHUB_PATH
      - name: push release to the edge fleet
        run: |
          balena login --token @@tok@@
          balena push gridco-ot/edge-gateways --release-tag version ${GITHUB_REF_NAME}
''', tok=tok), tok, "balena CLI docs: balena login --token; balena push")

tok = influx_token()
add("blind-bz/rust/influx-token-const", "edge/pmu-forwarder/src/config.rs", t(r'''
//! Compile-time defaults for the PMU forwarder (C37.118 -> InfluxDB line protocol)

pub const PDC_ADDR: &str = "10.40.1.20:4712";
pub const IDCODE: u16 = 12;
pub const INFLUX_URL: &str = "https://influx.scada.gridco.local/api/v2/write";
pub const INFLUX_ORG: &str = "gridco";
pub const INFLUX_BUCKET: &str = "pmu_raw";
pub const INFLUX_TOKEN: &str = "@@tok@@";
pub const BATCH_FRAMES: usize = 300; // 10 s at 30 fps

pub fn write_url() -> String {
    format!("{}?org={}&bucket={}&precision=ms", INFLUX_URL, INFLUX_ORG, INFLUX_BUCKET)
}
''', tok=tok), tok, "InfluxDB v2 API: /api/v2/write with Authorization: Token; Rust const items")

pw = human_pw()
add("blind-bz/netrc/piwebapi", "ops/home/.netrc", t(r'''
machine piwebapi.corp.gridco.local
  login svc_pi_health
  password @@pw@@

machine nexus.gridco.example
  login ot-ci
  password ${NEXUS_PASSWORD}
''', pw=pw), pw, "GNU inetutils / curl docs: .netrc machine login password")

add("blind-bz/yaml/decoy-cloud-init-hash", "provisioning/edge/cloud-init/user-data.yaml", t(r'''
#cloud-config
hostname: edge-gw
manage_etc_hosts: true
users:
  - name: otadmin
    groups: [sudo, dialout]
    shell: /bin/bash
    lock_passwd: false
    passwd: "$6$rounds=4096$@@salt@@$@@h@@"
    ssh_authorized_keys:
      - @@pub@@
ssh_pwauth: false
package_update: true
packages: [mosquitto-clients, telegraf, jq]
runcmd:
  - [systemctl, enable, --now, telegraf]
''', salt=drawn(16, ALNUM + "./"), h=drawn(86, ALNUM + "./"), pub=ssh_pub("jump01@ot.gridco.local")), None,
    "cloud-init docs: users passwd (crypt SHA-512 hash), ssh_authorized_keys")

add("blind-bz/bitbake/decoy-password-hash", "yocto/meta-gridco/conf/distro/gridco-edge.conf", t(r'''
require conf/distro/poky.conf

DISTRO = "gridco-edge"
DISTRO_NAME = "Gridco Edge Gateway OS"
DISTRO_VERSION = "4.2.1"

DISTRO_FEATURES:append = " systemd wifi usrmerge"
VIRTUAL-RUNTIME_init_manager = "systemd"

INHERIT += "extrausers"
# root login disabled; otadmin gets the hash from the OT password vault (openssl passwd -6)
EXTRA_USERS_PARAMS = "\
    useradd -G sudo,dialout otadmin; \
    usermod -p '\$6\$@@salt@@\$@@h@@' otadmin; \
    usermod -L root; \
"
''', salt=drawn(16, ALNUM + "./"), h=drawn(86, ALNUM + "./")), None, "Yocto Project docs: extrausers class, EXTRA_USERS_PARAMS with hashed password")


# == More decoys: public identifiers, public keys, digests, redacted values =======================

add("blind-bz/xml/decoy-scl-identifiers", "substations/sub12/scl/BCU1203.cid", t(r'''
<?xml version="1.0" encoding="UTF-8"?>
<SCL xmlns="http://www.iec.ch/61850/2003/SCL" version="2007" revision="B" release="4">
  <Header id="SUB12_BCU1203" version="7" revision="2" toolID="IED Configurator 2.4"/>
  <Communication>
    <SubNetwork name="StationBus" type="8-MMS">
      <ConnectedAP iedName="BCU1203" apName="S1">
        <Address>
          <P type="IP">10.40.12.31</P>
          <P type="IP-SUBNET">255.255.255.0</P>
          <P type="OSI-AP-Title">1,1,9999,1</P>
          <P type="OSI-PSEL">00000001</P>
          <P type="OSI-SSEL">0001</P>
          <P type="OSI-TSEL">0001</P>
        </Address>
        <GSE ldInst="PROT" cbName="GoTrip">
          <Address>
            <P type="MAC-Address">01-0C-CD-01-00-1A</P>
            <P type="APPID">100A</P>
            <P type="VLAN-ID">00C</P>
            <P type="VLAN-PRIORITY">4</P>
          </Address>
          <MinTime unit="s" multiplier="m">4</MinTime>
          <MaxTime unit="s" multiplier="m">1000</MaxTime>
        </GSE>
      </ConnectedAP>
    </SubNetwork>
  </Communication>
  <IED name="BCU1203" manufacturer="ABB" type="REF615" configVersion="2.1">
    <AccessPoint name="S1">
      <Server>
        <Authentication none="true"/>
        <LDevice inst="PROT">
          <LN0 lnClass="LLN0" inst="" lnType="LLN0_REF615">
            <GSEControl name="GoTrip" datSet="TripDS" confRev="10004" appID="BCU1203PROT/LLN0.GoTrip" type="GOOSE"/>
          </LN0>
        </LDevice>
      </Server>
    </AccessPoint>
  </IED>
</SCL>
'''), None, "IEC 61850-6 SCL: ConnectedAP address, GSE MAC-Address/APPID, confRev")

add("blind-bz/yaml/decoy-register-map", "edge/modbus2mqtt/maps/sel735.yaml", t(r'''
# SEL-735 revenue meter Modbus map (from the instruction manual, Table D.x)
device: SEL-735
byteorder: big
registers:
  - { name: ia_mag, address: 0x0164, type: float32 }
  - { name: ib_mag, address: 0x0166, type: float32 }
  - { name: ic_mag, address: 0x0168, type: float32 }
  - { name: p3_kw, address: 0x01A4, type: float32, scale: 0.001 }
  - { name: q3_kvar, address: 0x01A6, type: float32, scale: 0.001 }
  - { name: freq, address: 0x01C0, type: float32 }
  - { name: kwh_del, address: 0x0300, type: uint64 }
  - { name: fw_id, address: 0xF000, type: string, length: 16 }   # e.g. SEL-735-R410-V0-Z006005-D20230915
  - { name: serial, address: 0xF010, type: string, length: 10 }
  - { name: config_crc, address: 0xF020, type: uint32 }          # 0x5A3C91E7 expected on the standard settings
'''), None, "SEL-735 instruction manual: Modbus register map")

add("blind-bz/pem/decoy-public-key", "dr/oadr3-vtn/keys/vtn-token-signing.pub.pem", t(r'''
-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@a@@
@@b@@
@@c@@
@@d@@
@@e@@
@@f@@
@@g@@IDAQAB
-----END PUBLIC KEY-----
''', a=drawn(20, ALNUM + "+/"), b=drawn(64, ALNUM + "+/"), c=drawn(64, ALNUM + "+/"), d=drawn(64, ALNUM + "+/"),
    e=drawn(64, ALNUM + "+/"), f=drawn(64, ALNUM + "+/"), g=drawn(26, ALNUM + "+/")), None,
    "RFC 7468: SubjectPublicKeyInfo PEM (BEGIN PUBLIC KEY), used to verify OpenADR 3 VTN tokens")

add("blind-bz/pem/decoy-tesla-public-key", "apps/vpp-portal/public/.well-known/appspecific/com.tesla.3p.public-key.pem", t(r'''
-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE@@a@@
@@b@@
-----END PUBLIC KEY-----
# served publicly: Tesla fetches it to verify commands signed by the VPP partner app
# (the matching private key is in the HSM, see docs/tesla-fleet.md)
# generated 2024-05-02, rotate with the partner app registration
''', a=drawn(28, ALNUM + "+/"), b=drawn(60, ALNUM + "+/") + "=="), None,
    "Tesla Fleet API docs: public key hosted at /.well-known/appspecific/com.tesla.3p.public-key.pem")

add("blind-bz/ssh/decoy-known-hosts", "ansible/files/known_hosts_ot", t(r'''
# OT jump hosts and RTU gateways (collected with ssh-keyscan, verified against the console)
jump01.ot.gridco.local ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@
jump02.ot.gridco.local ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@
10.40.12.15 ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@@k3@@
10.40.7.15 ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@@k4@@
|1|@@s5@@|@@h5@@ ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k5@@
''', k1=drawn(43, ALNUM + "+/"), k2=drawn(43, ALNUM + "+/"), k3=drawn(87, ALNUM + "+/") + "=", k4=drawn(87, ALNUM + "+/") + "=",
    s5=b64rand(20), h5=b64rand(20), k5=drawn(43, ALNUM + "+/")), None, "OpenSSH sshd(8): ssh_known_hosts format, hashed host names")

add("blind-bz/requirements/decoy-hashes", "pipelines/pi_extract/requirements.txt", t(r'''
# pip-compile --generate-hashes requirements.in
certifi==2024.7.4 \
    --hash=sha256:@@h1@@ \
    --hash=sha256:@@h2@@
keyring==25.2.1 \
    --hash=sha256:@@h3@@
pandas==2.2.2 \
    --hash=sha256:@@h4@@ \
    --hash=sha256:@@h5@@
requests==2.32.3 \
    --hash=sha256:@@h6@@
''', h1=sha256(), h2=sha256(), h3=sha256(), h4=sha256(), h5=sha256(), h6=sha256()), None,
    "pip docs: hash-checking mode (--hash=sha256:); pip-tools --generate-hashes")

add("blind-bz/k8s/decoy-image-digests", "deploy/k8s/edge/modbus2mqtt-daemonset.yaml", t(r'''
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: modbus2mqtt
  namespace: edge
spec:
  selector:
    matchLabels: { app: modbus2mqtt }
  template:
    metadata:
      labels: { app: modbus2mqtt }
      annotations:
        checksum/config: @@cfg@@
    spec:
      nodeSelector:
        gridco.example/role: substation-edge
      containers:
        - name: modbus2mqtt
          image: registry.gridco.example/ot/modbus2mqtt@sha256:@@d1@@
          envFrom:
            - secretRef: { name: mqtt-credentials }
          volumeMounts:
            - { name: config, mountPath: /etc/modbus2mqtt }
        - name: telegraf
          image: telegraf@sha256:@@d2@@
      volumes:
        - name: config
          configMap: { name: modbus2mqtt-config }
''', cfg=sha256(), d1=sha256(), d2=sha256()), None, "Kubernetes docs: images pinned by digest; Helm checksum annotations")

add("blind-bz/python/decoy-test-fixture", "pipelines/markets/tests/test_entsoe_prices.py", t(r'''
"""Offline tests: the ENTSO-E API is mocked with responses; the token is a dummy all-zero UUID."""
import pathlib

import responses

from gridco_markets.entsoe import fetch_a44

DUMMY_TOKEN = "00000000-0000-0000-0000-000000000000"
FIXTURE = pathlib.Path(__file__).parent / "fixtures" / "A44_NL_20240101.xml"


@responses.activate
def test_parses_a44_document():
    responses.get("https://web-api.tp.entsoe.eu/api", body=FIXTURE.read_text(), status=200)
    prices = fetch_a44("10YNL----------L", "20240101", token=DUMMY_TOKEN)
    assert len(prices) == 24
    assert responses.calls[0].request.params["securityToken"] == DUMMY_TOKEN
'''), None, "responses library docs; ENTSO-E RESTful API (securityToken)")

add("blind-bz/markdown/decoy-redacted", "docs/incidents/2024-03-influx-token-rotation.md", t(r'''
# 2024-03-14 InfluxDB writer token rotation

**Summary.** A Telegraf debug log on `sub07-edge` printed the full `Authorization` header of the
InfluxDB writer token. The log was shipped to the central syslog (retention 30 days).

**Timeline (CST)**

- 09:12 alert from the log scanner: `Authorization: Token q7Xb…(redacted)…Fw==` on sub07-edge
- 09:20 token `scada-writer-2023` revoked in the InfluxDB UI (id `0c4e91a7d2b35f08`)
- 09:41 new token `scada-writer-2024q1` issued, pushed to all edges by the `telemetry` Ansible role
- 10:05 syslog entries purged: `grep -l 'Token q7Xb' /var/log/remote/sub07-edge/*`

**Follow-up.** Telegraf `[agent] debug = false` on every edge; tokens are now read from
`LoadCredential=` files (see deploy/systemd/telegraf.service.d/override.conf).
'''), None, "Team incident report: redacted token, InfluxDB authorization id (16 hex, public)")

add("blind-bz/log/decoy-masked", "docs/samples/historian-sync.log", t(r'''
2024-07-11T05:00:01.114Z INFO  historian_sync starting (version 3.4.0)
2024-07-11T05:00:01.120Z INFO  config: PIWEBAPI_URL=https://piwebapi.corp.gridco.local/piwebapi PI_USERNAME=svc_pi_timescale PI_PASSWORD=********
2024-07-11T05:00:01.121Z INFO  config: TSDB_DSN=postgresql://tsdb_etl:***@tsdb01.ot.gridco.local/telemetry
2024-07-11T05:00:02.377Z INFO  GET /piwebapi/points?path=\\PIDA-PROD01\FDR-1203.MW -> 200 (WebId F1DP@@wid@@)
2024-07-11T05:00:03.902Z INFO  wrote 8640 rows to telemetry.feeder_5m (FDR-1203)
2024-07-11T05:00:04.455Z WARN  request-id @@rid@@ took 1512 ms
2024-07-11T05:00:09.010Z INFO  done in 7.9 s
''', wid=drawn(40, ALNUM + "-_"), rid=uuid_s()), None, "Team log sample with masked values; PI Web API WebId (public id)")

add("blind-bz/python/decoy-fingerprint", "dr/vtn/vtn_server.py", t(r'''
"""Test VTN for VEN onboarding (openleadr). VENs are matched on their certificate fingerprints."""
import asyncio
from functools import partial

from openleadr import OpenADRServer

VEN_FINGERPRINTS = {
    "gridco-ci-ven-017": "@@f1@@",
    "gridco-ci-ven-018": "@@f2@@",
}


def fingerprint_lookup(ven_id):
    return VEN_FINGERPRINTS.get(ven_id)


async def on_create_party_registration(registration_info):
    return registration_info["ven_name"], registration_info["ven_name"]


server = OpenADRServer(vtn_id="gridco-test-vtn", cert="certs/vtn.crt", key="certs/vtn.key",
                       fingerprint_lookup=fingerprint_lookup)
server.add_handler("on_create_party_registration", on_create_party_registration)
loop = asyncio.new_event_loop()
loop.create_task(server.run())
loop.run_forever()
''', f1=":".join(hexs(20, True)[i:i + 2] for i in range(0, 20, 2)),
    f2=":".join(hexs(20, True)[i:i + 2] for i in range(0, 20, 2))), None,
    "openleadr docs: VTN fingerprint_lookup (certificate fingerprints are public)")

nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Feeder 1203 load vs. temperature\n", "Prompts for the PI password; nothing is stored."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import getpass\n", "import PIconnect as PI\n", "\n",
                    "user = 'svc_pi_analytics'\n", "password = getpass.getpass(f'PI password for {user}: ')\n",
                    "srv = PI.PIServer(server='PIDA-PROD01', username=user, password=password, domain='GRIDCO')"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
            {"name": "stdout", "output_type": "stream", "text": ["PI password for svc_pi_analytics: ········\n"]}],
         "source": ["load = srv.search('FDR-1203.MW')[0].interpolated_values('*-90d', '*', '1h')"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("blind-bz/jupyter/decoy-getpass", "notebooks/fdr1203_load_vs_temp.ipynb", json.dumps(nb, indent=1, ensure_ascii=False) + "\n", None,
    "Python docs: getpass; PIconnect docs; nbformat 4")

add("blind-bz/xml/decoy-jetbrains-datasource", ".idea/dataSources.xml", t(r'''
<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">
    <data-source source="LOCAL" name="telemetry@tsdb01" uuid="@@u1@@">
      <driver-ref>postgresql</driver-ref>
      <synchronize>true</synchronize>
      <jdbc-driver>org.postgresql.Driver</jdbc-driver>
      <jdbc-url>jdbc:postgresql://tsdb01.ot.gridco.local:5432/telemetry</jdbc-url>
      <working-dir>$ProjectFileDir$</working-dir>
    </data-source>
    <data-source source="LOCAL" name="NMSPRD" uuid="@@u2@@">
      <driver-ref>oracle</driver-ref>
      <jdbc-driver>oracle.jdbc.OracleDriver</jdbc-driver>
      <jdbc-url>jdbc:oracle:thin:@//omsdb01.gridco.local:1521/NMSPRD</jdbc-url>
    </data-source>
  </component>
</project>
''', u1=uuid_s(), u2=uuid_s()), None, "JetBrains DataGrip docs: dataSources.xml (passwords kept in the IDE keychain)")

add("blind-bz/csv/decoy-point-list", "scada/points/sub12_points.csv", t(r'''
point_id,tag,description,dnp3_index,type,units,pi_point_id,ignition_uuid
10001,SUB12.CB1203.52A,CB-1203 breaker closed,0,BI,,@@p1@@,@@u1@@
10002,SUB12.CB1204.52A,CB-1204 breaker closed,1,BI,,@@p2@@,@@u2@@
20001,SUB12.FDR1203.MW,Feeder 1203 real power,0,AI,MW,@@p3@@,@@u3@@
20002,SUB12.FDR1204.MW,Feeder 1204 real power,1,AI,MW,@@p4@@,@@u4@@
20003,SUB12.XFMR1.TOPOIL,Transformer 1 top oil temperature,2,AI,degC,@@p5@@,@@u5@@
''', p1=str(_rng().randint(100000, 999999)), u1=uuid_s(), p2=str(_rng().randint(100000, 999999)), u2=uuid_s(),
    p3=str(_rng().randint(100000, 999999)), u3=uuid_s(), p4=str(_rng().randint(100000, 999999)), u4=uuid_s(),
    p5=str(_rng().randint(100000, 999999)), u5=uuid_s()), None, "SCADA point list export: DNP3 indexes, PI point ids, Ignition tag UUIDs")
