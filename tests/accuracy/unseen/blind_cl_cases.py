"""Blind set CL: water and wastewater utilities.

The teams that run a water or wastewater utility's systems and commit their configs and scripts:
SCADA/HMI and historians (OSIsoft/AVEVA PI Web API, AF SDK, PI PowerShell, Inductive Automation
Ignition gateways and Jython scripts, Grafana/InfluxDB/Telegraf dashboards), telemetry (RTUs,
DNP3 and Modbus gateways, Kepware, MQTT/Sparkplug brokers, Node-RED, cellular routers,
WireGuard and Cisco configs of lift stations), AMI smart water meters (Sensus, Itron, Badger,
Neptune head ends, LoRaWAN on The Things Stack and ChirpStack, Kafka and Azure IoT ingestion),
GIS asset registers (Esri ArcGIS Online/Enterprise, arcpy, FME Flow, Cityworks, PostGIS,
Mapbox), lab information systems for water quality (LabWare, Hach WIMS, instrument SFTP,
AQUARIUS), customer billing (Oracle CC&B, SAP IS-U, payment gateways, customer portals, ACH
files), work orders and CMMS (IBM Maximo, Infor EAM), regulatory reporting (EPA CDX/NetDMR,
Power BI, SSRS, R and VBA reports), and the CI, container, Kubernetes and Terraform files around
them; with their decoys. Generated fakes only (seeds 830000-839999).
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
LOWNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
UPHEX = "0123456789ABCDEF"
B32 = string.ascii_uppercase + "234567"
_SEED = [830000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert 830000 <= _SEED[0] < 840000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert 830000 <= _SEED[0] < 840000
    return _SEED[0]


THEME = ["Reservoir", "Hydrant", "Aquifer", "Clarifier", "Basin", "Filter", "Weir", "Outfall", "Chlorine",
         "Sluice", "Culvert", "Cistern", "Spillway", "Intake", "Wellfield", "Digester", "Aerator", "Lagoon",
         "Standpipe", "Headworks", "Pumphouse", "Backflow", "Manhole", "Clearwell"]
LOWER = ["river", "valve", "meter", "otter", "heron", "pebble", "marsh", "tide", "creek", "delta", "brook",
         "willow", "osprey", "canal", "ripple", "quarry", "cobalt", "fennel"]


def words_pw(sym: str = "!#@*") -> str:
    r = _rng()
    return r.choice(THEME) + r.choice(sym) + r.choice(THEME) + str(r.randint(10, 9999))


def human_pw(sym: str = "!@#") -> str:
    """What operators pick: a plant word, a year or a station number, a symbol."""
    r = _rng()
    word = r.choice(THEME)
    if r.random() < 0.5:
        word = word.replace("o", "0", 1).replace("e", "3", 1)
    return word + str(r.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025, r.randint(1, 99)])) + r.choice(sym)


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def passphrase(sep: str = "-") -> str:
    r = _rng()
    return sep.join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int, alphabet: str = HEX) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def lownum(n: int) -> str:
    r = _rng()
    return "".join(r.choice(LOWNUM) for _ in range(n))


def rand_bytes_b64(n: int, urlsafe: bool = False) -> str:
    r = _rng()
    raw = bytes(r.randrange(256) for _ in range(n))
    return (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def influx_token() -> str:
    return rand_bytes_b64(64, urlsafe=True)


def grafana_sa_token() -> str:
    return fakes.fake("glsa_", 32, _seed()) + "_" + hexs(8)


def ttn_api_key() -> str:
    r = _rng()
    return "NNSXS." + "".join(r.choice(B32) for _ in range(39)) + "." + "".join(r.choice(B32) for _ in range(52))


def arcgis_api_key() -> str:
    r = _rng()
    return "AAPK" + "".join(r.choice(HEX) for _ in range(32)) + "".join(r.choice(ALNUM + "-_") for _ in range(68))


def maximo_apikey() -> str:
    return lownum(40)


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def teams_webhook(tenant: str) -> str:
    return (f"https://{tenant}.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def google_key() -> str:
    return "AIzaSy" + fakes.drawn_mixed(_seed(), 33, ALNUM + "-_")


def mapbox_token(prefix: str, user: str) -> str:
    claims = json.dumps({"u": user, "a": "cl" + lownum(23)}, separators=(",", ":"))
    body = base64.urlsafe_b64encode(claims.encode()).decode().rstrip("=")
    return f"{prefix}.{body}." + fakes.drawn_mixed(_seed(), 22, ALNUM + "-_")


def okta_token() -> str:
    return "00" + fakes.drawn_mixed(_seed(), 40, ALNUM + "-_")


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def pem_block(kind: str) -> str:
    """A private key block: kind "RSA", "EC", "OPENSSH", or "" (PKCS#8)."""
    if kind:
        return fakes.fake_pem(_seed(), kind)
    return fakes.fake_pem(_seed(), "X").replace("BEGIN X PRIVATE", "BEGIN PRIVATE").replace("END X PRIVATE", "END PRIVATE")


def pgp_private_block() -> str:
    r = _rng()
    lines = ["lQdGBGX" + "".join(r.choice(ALNUM + "+/") for _ in range(57))]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(9)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(22)) + "==")
    checksum = "=" + "".join(r.choice(ALNUM + "+/") for _ in range(4))
    return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(lines) + "\n" + checksum
            + "\n-----END PGP PRIVATE KEY BLOCK-----")


def cert_pem(cn: str) -> str:
    r = _rng()
    lines = ["MIID" + "".join(r.choice(ALNUM + "+/") for _ in range(60))]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(12)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(40)) + "=")
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


def ssh_pub(comment: str) -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(ALNUM + "+/") for _ in range(43)) + " " + comment


def fill(template: str, **values: str) -> str:
    for key, value in values.items():
        template = template.replace("@@" + key + "@@", value)
    assert "@@" not in template, template[:120]
    return template


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, template: str, secret: Optional[str], source: str, **values: str) -> None:
    CASES.append(LabelledCase("blind-cl/" + category, file_name, fill(template, **values), secret, source))


# ---------------------------------------------------------------------------------------------
# Historians: OSIsoft / AVEVA PI System
# ---------------------------------------------------------------------------------------------

_pw = words_pw("!@*")
add("python/pi-web-api", "tools/pi_export/pull_daily_flows.py", r'''"""Pull daily effluent totals from PI Web API for the monthly DMR workbook.

Run on RPT01 by the Monday task; writes reports/dmr/<yyyy-mm>/effluent.csv.
"""
import csv
import datetime as dt
import pathlib

import requests
from requests.auth import HTTPBasicAuth

PIWEBAPI = "https://pivision.wtp.local/piwebapi"
AUTH = HTTPBasicAuth("WTP\\svc_pireport", "@@pw@@")
TAGS = ["WWTP.EFF.FLOW.TOT", "WWTP.EFF.CL2.RES", "WWTP.EFF.PH", "WWTP.EFF.TSS.LAB"]


def web_id(session, tag):
    r = session.get(f"{PIWEBAPI}/points", params={"path": f"\\\\PIDA01\\{tag}"})
    r.raise_for_status()
    return r.json()["WebId"]


def daily_totals(session, wid, start, end):
    r = session.get(f"{PIWEBAPI}/streams/{wid}/summary",
                    params={"startTime": start, "endTime": end, "summaryType": "Total",
                            "summaryDuration": "1d", "calculationBasis": "TimeWeighted"})
    r.raise_for_status()
    return [(i["Value"]["Timestamp"][:10], i["Value"]["Value"]) for i in r.json()["Items"]]


def main():
    today = dt.date.today().replace(day=1)
    start = (today - dt.timedelta(days=1)).replace(day=1)
    out = pathlib.Path("reports/dmr") / start.strftime("%Y-%m")
    out.mkdir(parents=True, exist_ok=True)
    with requests.Session() as s:
        s.auth = AUTH
        s.verify = "certs/wtp-root-ca.pem"
        with open(out / "effluent.csv", "w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["tag", "date", "value"])
            for tag in TAGS:
                for day, value in daily_totals(s, web_id(s, tag), start.isoformat(), today.isoformat()):
                    w.writerow([tag, day, value])


if __name__ == "__main__":
    main()
''', _pw, "PI Web API reference: Stream/GetSummary and Point/GetByPath, Basic authentication", pw=_pw)

_pw = human_pw()
add("csharp/pi-af-sdk", "src/Historian.Bridge/PiConnection.cs", r"""using System;
using System.Net;
using OSIsoft.AF;
using OSIsoft.AF.PI;

namespace Historian.Bridge
{
    /// <summary>Opens the PI Data Archive and AF server the lab bridge writes sample results to.</summary>
    public static class PiConnection
    {
        private const string ArchiveName = "PIDA01";
        private const string AfServerName = "PIAF01";

        // Explicit login: the bridge runs as a local service on the LIMS box, not on the domain.
        private static readonly NetworkCredential Writer =
            new NetworkCredential("svc_afwriter", "@@pw@@", "UTILITY");

        public static PIServer OpenArchive()
        {
            var server = new PIServers()[ArchiveName]
                ?? throw new InvalidOperationException($"PI Data Archive {ArchiveName} not in KST");
            server.Connect(Writer, AFConnectionPreference.PreferPrimary, PIAuthenticationMode.WindowsAuthentication);
            return server;
        }

        public static AFDatabase OpenDatabase(string name = "Water Quality")
        {
            var system = new PISystems()[AfServerName];
            system.Connect(Writer);
            return system.Databases[name];
        }
    }
}
""", _pw, "AVEVA PI AF SDK reference: PIServer.Connect(NetworkCredential), PISystem.Connect", pw=_pw)

_pw = words_pw("!*")
add("powershell/pi-powershell", "scripts/pi/Export-PIPointConfig.ps1", r"""<#
.SYNOPSIS
  Exports the point configuration of the plant tags to CSV for the annual SCADA audit.
.NOTES
  Needs the OSIsoft.PowerShell module (PI System Management Tools 2018+).
#>
param(
    [string]$Archive = "PIDA01",
    [string]$Mask = "WTP.*",
    [string]$OutFile = "\\fs01\scada\audit\pi-points-$(Get-Date -Format yyyyMMdd).csv"
)

Import-Module OSIsoft.PowerShell

$user = "UTILITY\svc_piaudit"
$pass = ConvertTo-SecureString '@@pw@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

$con = Connect-PIDataArchive -PIDataArchiveMachineName $Archive -WindowsCredential $cred -AuthenticationMethod Windows
$points = Get-PIPoint -Connection $con -WhereClause "tag:=$Mask" -AllAttributes

$points | ForEach-Object {
    [pscustomobject]@{
        Tag        = $_.Point.Name
        PointType  = $_.Attributes.pointtype
        EngUnits   = $_.Attributes.engunits
        Compressing = $_.Attributes.compressing
        ExcDev     = $_.Attributes.excdev
        Source     = $_.Attributes.pointsource
        Instrument = $_.Attributes.instrumenttag
    }
} | Export-Csv -NoTypeInformation -Path $OutFile

Disconnect-PIDataArchive -Connection $con | Out-Null
Write-Host "Exported $($points.Count) points to $OutFile"
""", _pw, "PI PowerShell tools: Connect-PIDataArchive -WindowsCredential; Microsoft docs ConvertTo-SecureString", pw=_pw)

_pw = rand_pw(16, "!#%")
add("xml/pi-oledb", "PIReports/App.config", r"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <connectionStrings>
    <!-- PI OLEDB Enterprise (AF) for the asset reports -->
    <add name="PIAF"
         connectionString="Provider=PIOLEDBENT;Data Source=PIAF01;Integrated Security=SSPI;Command Timeout=120"
         providerName="System.Data.OleDb" />
    <!-- Reporting warehouse (SQL Server) -->
    <add name="Warehouse"
         connectionString="Data Source=sqlrpt01.utility.local;Initial Catalog=OpsWarehouse;User ID=pi_etl;Password=@@pw@@;Encrypt=True;TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="ReportFolder" value="\\fs01\reports\ops" />
    <add key="DefaultPlant" value="North WTP" />
    <add key="SummaryInterval" value="1h" />
  </appSettings>
</configuration>
""", _pw, "Microsoft docs: connectionStrings element; PI OLEDB Enterprise connection strings", pw=_pw)

_pw = words_pw("!@")
add("ini/odbc-pi-sql", "config/odbc.ini", r"""; ODBC data sources on the reporting server (unixODBC)
; PI SQL Client ODBC talks to the PI SQL DAS (RTQP engine) on PIAF01

[PI_AF_RTQP]
Description = PI SQL Client - AF asset database
Driver      = PI SQL Client
Host        = piaf01.utility.local
Port        = 5465
AF Server   = PIAF01
AF Database = Water Distribution
Integrated Security = No

[OpsWarehouse]
Description = SQL Server reporting warehouse
Driver      = ODBC Driver 18 for SQL Server
Server      = sqlrpt01.utility.local,1433
Database    = OpsWarehouse
UID         = rpt_reader
PWD         = @@pw@@
Encrypt     = yes
TrustServerCertificate = yes
""", _pw, "unixODBC odbc.ini format; Microsoft ODBC Driver for SQL Server DSN keywords", pw=_pw)

add("python/decoy-env-negotiate", "tools/pi_export/pull_hourly_levels.py", r'''"""Hourly tank levels from PI Web API (Kerberos, no stored password).

On the reporting box the task runs as UTILITY\svc_pireport; off-domain runs read
PI_USER / PI_PASSWORD from the environment (see docs/pi-export.md).
"""
import os

import requests
from requests_negotiate_sspi import HttpNegotiateAuth
from requests.auth import HTTPBasicAuth

PIWEBAPI = os.environ.get("PIWEBAPI_URL", "https://pivision.wtp.local/piwebapi")
TANKS = {"ELEV_TANK_HILLCREST": "F1DPmN2gH4Jz8k2m3Dl9sxQ0aAlAMAAAUElEQTAxXEhJTExDUkVTVC5MRVZFTA",
         "GST_RIVERSIDE": "F1DPmN2gH4Jz8k2m3Dl9sxQ0aAmAMAAAUElEQTAxXFJJVkVSU0lERS5MRVZFTA"}


def auth():
    if "PI_PASSWORD" in os.environ:
        return HTTPBasicAuth(os.environ["PI_USER"], os.environ["PI_PASSWORD"])
    return HttpNegotiateAuth()


def main():
    s = requests.Session()
    s.auth = auth()
    for name, wid in TANKS.items():
        r = s.get(f"{PIWEBAPI}/streams/{wid}/interpolated", params={"interval": "1h", "startTime": "*-1d"})
        r.raise_for_status()
        print(name, len(r.json()["Items"]))


if __name__ == "__main__":
    main()
''', None, "PI Web API Kerberos authentication; requests-negotiate-sspi README")

add("json/decoy-webid-fixture", "tests/fixtures/piwebapi/streamsets_recorded.json", r"""{
  "Links": {},
  "Items": [
    {
      "WebId": "F1DPmN2gH4Jz8k2m3Dl9sxQ0aAlAMAAAUElEQTAxXFdUUC5GSUxULjAxLkVGRi5UVVJC",
      "Name": "WTP.FILT.01.EFF.TURB",
      "Path": "\\\\PIDA01\\WTP.FILT.01.EFF.TURB",
      "Links": {"Source": "https://pivision.wtp.local/piwebapi/points/F1DPmN2gH4Jz8k2m3Dl9sxQ0aAlAMAAAUElEQTAxXFdUUC5GSUxULjAxLkVGRi5UVVJC"},
      "Items": [
        {"Timestamp": "2024-03-04T06:00:00Z", "Value": 0.041, "UnitsAbbreviation": "NTU", "Good": true, "Questionable": false, "Substituted": false},
        {"Timestamp": "2024-03-04T07:00:00Z", "Value": 0.038, "UnitsAbbreviation": "NTU", "Good": true, "Questionable": false, "Substituted": false}
      ],
      "UnitsAbbreviation": "NTU"
    },
    {
      "WebId": "F1DPmN2gH4Jz8k2m3Dl9sxQ0aAlQMAAAUElEQTAxXFdUUC5GSUxULjAyLkVGRi5UVVJC",
      "Name": "WTP.FILT.02.EFF.TURB",
      "Path": "\\\\PIDA01\\WTP.FILT.02.EFF.TURB",
      "Links": {"Source": "https://pivision.wtp.local/piwebapi/points/F1DPmN2gH4Jz8k2m3Dl9sxQ0aAlQMAAAUElEQTAxXFdUUC5GSUxULjAyLkVGRi5UVVJC"},
      "Items": [
        {"Timestamp": "2024-03-04T06:00:00Z", "Value": 0.052, "UnitsAbbreviation": "NTU", "Good": true, "Questionable": false, "Substituted": false},
        {"Timestamp": "2024-03-04T07:00:00Z", "Value": 0.049, "UnitsAbbreviation": "NTU", "Good": true, "Questionable": false, "Substituted": false}
      ],
      "UnitsAbbreviation": "NTU"
    }
  ]
}
""", None, "PI Web API reference: StreamSet/GetRecordedAdHoc response, WebId 2.0 encoding")

add("csharp/decoy-af-guids", "src/Historian.Bridge/AfTemplates.cs", r"""using System;

namespace Historian.Bridge
{
    /// <summary>Ids of the AF element templates in the Water Quality database (exported from PI System Explorer).</summary>
    public static class AfTemplates
    {
        public static readonly Guid SamplePoint = new Guid("6f1c2d4e-9a7b-4c3e-8d21-5b0a9e7f3c11");
        public static readonly Guid Analyzer = new Guid("a2e4b6c8-1d3f-4a5b-9c7d-e0f1a2b3c4d5");
        public static readonly Guid Reservoir = new Guid("0d9e8f7a-6b5c-4d3e-a2f1-0e9d8c7b6a51");

        // Connection uses the service account's Windows identity (Kerberos); no credential here.
        public const string AfServer = "PIAF01";
        public const string Database = "Water Quality";

        // SHA-256 of the template export we validated against (PI System Explorer, 2024-01-12).
        public const string ExportDigest = "3b7e1f0c9a2d4e6f8a1b3c5d7e9f0a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e2f";
    }
}
""", None, "AVEVA PI AF SDK: AFElementTemplate.ID (Guid); integrated Windows authentication")

# ---------------------------------------------------------------------------------------------
# Ignition gateways (Inductive Automation)
# ---------------------------------------------------------------------------------------------

_pw = human_pw("!@")
add("docker-compose/ignition-admin", "ignition/docker-compose.yml", r"""# Ignition test gateway for the SCADA upgrade (8.1.x) - see ignition/README.md
services:
  gateway:
    image: inductiveautomation/ignition:8.1.38
    hostname: ign-test
    ports:
      - "8088:8088"
      - "8060:8060"
    volumes:
      - gateway-data:/usr/local/bin/ignition/data
      - ./backups:/restore:ro
    environment:
      ACCEPT_IGNITION_EULA: "Y"
      GATEWAY_ADMIN_USERNAME: admin
      GATEWAY_ADMIN_PASSWORD: "@@pw@@"
      IGNITION_EDITION: standard
      GATEWAY_MODULES_ENABLED: alarm-notification,opc-ua,perspective,sql-bridge,tag-historian,modbus-driver-v2,dnp3-driver
      TZ: America/Chicago
    command: >
      -n ign-test
      -r /restore/WaterOps_2024-02-20.gwbk
      -m 2048
    depends_on:
      - historian-db

  historian-db:
    image: mcr.microsoft.com/mssql/server:2022-latest
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_PID: Developer
      MSSQL_SA_PASSWORD_FILE: /run/secrets/mssql_sa
    secrets:
      - mssql_sa
    volumes:
      - mssql-data:/var/opt/mssql

secrets:
  mssql_sa:
    file: ./secrets/mssql_sa.txt

volumes:
  gateway-data:
  mssql-data:
""", _pw, "Ignition Docker image docs: GATEWAY_ADMIN_USERNAME / GATEWAY_ADMIN_PASSWORD environment variables", pw=_pw)

_pw = words_pw("!*")
add("k8s-secret/ignition-admin", "deploy/k8s/ignition/gateway-admin-secret.yaml", r"""apiVersion: v1
kind: Secret
metadata:
  name: ignition-gateway-admin
  namespace: scada-dmz
  labels:
    app.kubernetes.io/name: ignition
    app.kubernetes.io/component: gateway
type: Opaque
data:
  username: @@user@@
  password: @@pw@@
---
# The statefulset mounts the password file and passes GATEWAY_ADMIN_PASSWORD_FILE.
apiVersion: v1
kind: ConfigMap
metadata:
  name: ignition-gateway-env
  namespace: scada-dmz
data:
  ACCEPT_IGNITION_EULA: "Y"
  IGNITION_EDITION: standard
  GATEWAY_NETWORK_ENABLED: "true"
""", _pw, "Kubernetes docs: Secret data values are base64; Ignition image GATEWAY_ADMIN_PASSWORD_FILE", user=b64("admin"), pw=b64(_pw))

_key = maximo_apikey()
add("python/jython-maximo-apikey", "ignition/projects/WaterOps/ignition/script-python/integrations/maximo/code.py", r'''# Gateway script library: open Maximo work orders from Ignition alarms.
# Called from the alarm pipeline "CreateWorkOrder" (Script block).

MAXIMO = "https://maximo.utility.local/maximo/api/os/mxapiwodetail"
APIKEY = "@@key@@"
LOGGER = system.util.getLogger("integrations.maximo")

_client = system.net.httpClient(timeout=15000)


def create_work_order(asset_num, site, description, priority=2):
    body = {
        "siteid": site,
        "assetnum": asset_num,
        "description": description[:100],
        "worktype": "CM",
        "wopriority": priority,
        "reportedby": "IGNITION",
    }
    resp = _client.post(MAXIMO + "?lean=1", data=system.util.jsonEncode(body),
                        headers={"apikey": APIKEY, "Content-Type": "application/json",
                                 "properties": "wonum,status"})
    if not resp.good:
        LOGGER.warn("Maximo returned %s: %s" % (resp.statusCode, resp.text))
        return None
    wonum = resp.json["wonum"]
    LOGGER.info("Created WO %s for %s" % (wonum, asset_num))
    return wonum


def from_alarm(event):
    path = str(event.source)
    asset = system.tag.readBlocking([path.rsplit("/", 1)[0] + "/MaximoAsset"])[0].value
    return create_work_order(asset, "NWTP", "Alarm: %s" % event.displayPath)
''', _key, "Ignition docs: system.net.httpClient; IBM Maximo REST API apikey header", key=_key)

_pw = rand_pw(14, "!%*")
add("python/jython-add-datasource", "ignition/projects/Commissioning/ignition/script-python/setup/datasources/code.py", r'''# One-off commissioning helper: creates the database connections on a fresh gateway.
# Run from the Script Console on the gateway (Designer > Tools > Script Console).

def create_all():
    system.db.addDatasource(
        jdbcDriver="Microsoft SQLServer JDBC Driver",
        name="Historian",
        description="Tag historian partitions",
        connectUrl="jdbc:sqlserver://sqlhist01.utility.local:1433;databaseName=IgnitionHistorian",
        username="ign_hist",
        password="@@pw@@",
        props="encrypt=true;trustServerCertificate=true",
        validationQuery="SELECT 1",
        maxConnections=16)
    system.db.addDatasource(
        jdbcDriver="Microsoft SQLServer JDBC Driver",
        name="Alarms",
        description="Alarm journal",
        connectUrl="jdbc:sqlserver://sqlhist01.utility.local:1433;databaseName=IgnitionAlarms",
        username="ign_hist",
        password="@@pw@@",
        props="encrypt=true;trustServerCertificate=true")
    print "datasources created"
''', _pw, "Ignition docs: system.db.addDatasource(jdbcDriver, name, description, connectUrl, username, password, ...)", pw=_pw)

_pw = human_pw("!")
add("markdown/ignition-admin", "docs/runbooks/ignition-gateway-recovery.md", r"""# Ignition gateway recovery (North WTP)

Last tested: 2024-02-20 during the 8.1.38 upgrade.

## When the gateway does not come back after a reboot

1. RDP to `ign-prod-01` (jump host `scada-jump.utility.local`).
2. Check the service: `sc query Ignition`. If stopped, look at
   `C:\Program Files\Inductive Automation\Ignition\logs\wrapper.log`.
3. Start it: `net start Ignition`.
4. Open `https://ign-prod-01:8043/web/home` and log in with the local gateway admin:
   - user: `admin`
   - password: `@@pw@@`
5. Status > Connections > Devices: all PLCs (RES1, HSPS, FILT1-4) should be Connected.
6. Status > Connections > Databases: Historian and Alarms should be Valid.

## Restoring from backup

- Nightly `.gwbk` files are in `\\fs01\scada\ignition-backups\`.
- Config > Backup/Restore > Restore, pick the newest file, tick "Disable Tag Historian" until
  the SQL server is confirmed up.

## Who to call

- SCADA on-call: see the PagerDuty schedule "SCADA Primary".
- Integrator: Tri-County Controls, support line in the contract binder.
""", _pw, "Inductive Automation docs: Gateway webpage login and backup/restore; runbooks teams keep in-repo", pw=_pw)

add("docker-compose/decoy-secret-file", "ignition/docker-compose.prod.yml", r"""# Production-like gateway; secrets come from files that are never committed (see .gitignore)
services:
  gateway:
    image: inductiveautomation/ignition:8.1.38
    hostname: ign-prod-01
    ports:
      - "8043:8043"
    environment:
      ACCEPT_IGNITION_EULA: "Y"
      GATEWAY_ADMIN_USERNAME: admin
      GATEWAY_ADMIN_PASSWORD_FILE: /run/secrets/gateway-admin-password
      GATEWAY_HTTPS_KEYSTORE_PASSWORD_FILE: /run/secrets/keystore-password
      IGNITION_EDITION: standard
    secrets:
      - gateway-admin-password
      - keystore-password
    volumes:
      - gateway-data:/usr/local/bin/ignition/data

secrets:
  gateway-admin-password:
    file: ./secrets/gateway-admin-password.txt
  keystore-password:
    file: ./secrets/keystore-password.txt

volumes:
  gateway-data:
""", None, "Ignition Docker image docs: the _FILE variants of the admin password variables")

add("json/decoy-ignition-tags", "ignition/tags/HSPS_pumps.json", r"""{
  "name": "HSPS",
  "tagType": "Folder",
  "tags": [
    {
      "name": "Pump1_Run",
      "tagType": "AtomicTag",
      "valueSource": "opc",
      "opcServer": "Ignition OPC UA Server",
      "opcItemPath": "ns=1;s=[HSPS_PLC]N7:10/0",
      "dataType": "Boolean",
      "historyEnabled": true,
      "historyProvider": "Historian"
    },
    {
      "name": "Pump1_Speed",
      "tagType": "AtomicTag",
      "valueSource": "opc",
      "opcServer": "Ignition OPC UA Server",
      "opcItemPath": "ns=1;s=[HSPS_PLC]F8:12",
      "dataType": "Float4",
      "engUnit": "%",
      "historyEnabled": true,
      "historyProvider": "Historian",
      "historicalDeadband": 0.5
    },
    {
      "name": "Discharge_Pressure",
      "tagType": "AtomicTag",
      "valueSource": "opc",
      "opcServer": "Ignition OPC UA Server",
      "opcItemPath": "ns=1;s=[HSPS_RTU]40003",
      "dataType": "Float4",
      "engUnit": "psi",
      "alarms": [
        {"name": "LowPressure", "mode": "BelowValue", "setpointA": 45, "priority": "High",
         "notes": "Check PRV-7 and the Hillcrest tank level"}
      ]
    },
    {
      "name": "MaximoAsset",
      "tagType": "AtomicTag",
      "valueSource": "memory",
      "dataType": "String",
      "value": "PMP-HSPS-0001"
    }
  ]
}
""", None, "Ignition docs: tag JSON export format (opcItemPath, historyProvider)")

add("helm/decoy-empty-value", "deploy/helm/ignition/values.yaml", r"""# Default values for the ignition chart.
image:
  repository: inductiveautomation/ignition
  tag: "8.1.38"
  pullPolicy: IfNotPresent

gateway:
  edition: standard
  acceptEula: true
  adminUsername: admin
  # Required. Set with --set gateway.adminPassword=... in the pipeline, or use existingSecret.
  adminPassword: ""
  existingSecret: ""
  existingSecretKey: password
  memory:
    initial: 1024
    max: 2048

service:
  type: ClusterIP
  httpPort: 8088
  httpsPort: 8043
  ganPort: 8060

persistence:
  enabled: true
  size: 20Gi
  storageClass: ""

modules:
  enabled:
    - perspective
    - tag-historian
    - sql-bridge
    - opc-ua
    - modbus-driver-v2
    - dnp3-driver
""", None, "Helm docs: values.yaml defaults overridden with --set; chart existingSecret convention")

# ---------------------------------------------------------------------------------------------
# Telemetry: RTUs, MQTT/Sparkplug, Kepware, DNP3/Modbus gateways, Node-RED, Telegraf, Grafana
# ---------------------------------------------------------------------------------------------

_pw = rand_pw(20)
add("python/mqtt-sparkplug", "edge/lift_station_gateway/publisher.py", r'''"""Sparkplug B publisher on the lift-station edge boxes (Modbus RTU -> MQTT)."""
import time

import paho.mqtt.client as mqtt
from pymodbus.client import ModbusSerialClient

from sparkplug_b import sparkplug_b_pb2, getNodeBirthPayload, addMetric, getDdataPayload

BROKER = "mqtt.scada.utility.local"
PORT = 8883
GROUP = "LiftStations"
NODE = "LS14-Brookside"

client = mqtt.Client(client_id=NODE, protocol=mqtt.MQTTv311)
client.username_pw_set("ls14-edge", "@@pw@@")
client.tls_set(ca_certs="/etc/edge/certs/scada-ca.pem")

modbus = ModbusSerialClient(port="/dev/ttyUSB0", baudrate=9600, parity="N", stopbits=1, timeout=2)


def read_station():
    rr = modbus.read_holding_registers(address=0, count=6, slave=1)
    wet_well, p1_amps, p2_amps, p1_run, p2_run, high_level = rr.registers
    return {"WetWell/Level": wet_well / 100.0, "Pump1/Amps": p1_amps / 10.0, "Pump2/Amps": p2_amps / 10.0,
            "Pump1/Run": bool(p1_run), "Pump2/Run": bool(p2_run), "Alarm/HighLevel": bool(high_level)}


def main():
    client.connect(BROKER, PORT, keepalive=60)
    client.loop_start()
    birth = getNodeBirthPayload()
    client.publish(f"spBv1.0/{GROUP}/NBIRTH/{NODE}", birth.SerializeToString(), qos=0)
    while True:
        payload = getDdataPayload()
        for name, value in read_station().items():
            dtype = sparkplug_b_pb2.Boolean if isinstance(value, bool) else sparkplug_b_pb2.Float
            addMetric(payload, name, None, dtype, value)
        client.publish(f"spBv1.0/{GROUP}/DDATA/{NODE}/station", payload.SerializeToString(), qos=0)
        time.sleep(10)


if __name__ == "__main__":
    main()
''', _pw, "Eclipse Paho Python client: username_pw_set; Eclipse Sparkplug B specification topics", pw=_pw)

_pw = passphrase("-")
add("mosquitto/bridge", "mosquitto/conf.d/bridge-hq.conf", r"""# Bridge from the plant broker (OT) to the HQ broker in the DMZ.
# Only alarm and summary topics leave the plant; nothing is subscribed back in.

connection plant-to-hq
address mqtt-dmz.utility.org:8883
bridge_protocol_version mqttv311
bridge_cafile /etc/mosquitto/certs/utility-root-ca.crt
bridge_insecure false
remote_clientid nwtp-bridge
remote_username nwtp-bridge
remote_password @@pw@@
cleansession false
keepalive_interval 60
restart_timeout 10 120
start_type automatic
notifications true
notification_topic $SYS/broker/connection/nwtp/state

topic spBv1.0/NWTP/NDATA/# out 1
topic spBv1.0/NWTP/NBIRTH/# out 1
topic utility/alarms/nwtp/# out 1
""", _pw, "mosquitto.conf(5): bridge remote_username / remote_password", pw=_pw)

r = _rng()
_hashes = ["$7$101$" + "".join(r.choice(ALNUM + "+/") for _ in range(16)) + "$" + "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "==" for _ in range(5)]
add("mosquitto/decoy-passwd-hashes", "mosquitto/passwd", "\n".join(
    f"{user}:{h}" for user, h in zip(["ls14-edge", "ls15-edge", "nwtp-bridge", "ignition", "telegraf"], _hashes)) + "\n",
    None, "mosquitto_passwd(1): PBKDF2-SHA512 hashes ($7$) in the password file")

_pw = passphrase(" ")
add("javascript/node-red-credential-secret", "node-red/settings.js", r"""/**
 * Node-RED settings for the water quality analyzer collector (nr-wq-01).
 * flows_cred.json is encrypted with credentialSecret below.
 */
module.exports = {
    flowFile: "flows.json",
    credentialSecret: "@@pw@@",
    flowFilePretty: true,

    uiPort: process.env.PORT || 1880,
    httpAdminRoot: "/admin",
    httpNodeRoot: "/api",

    adminAuth: {
        type: "credentials",
        users: [{
            username: "wqadmin",
            password: "$2b$08$K4mGZr6hT3qW1uPq8rYvEe0c7lN3x2sYdJf9bKq5vH1wZtC6aR8mO",
            permissions: "*"
        }]
    },

    logging: {
        console: { level: "info", metrics: false, audit: false }
    },

    contextStorage: {
        default: { module: "localfilesystem" }
    },

    editorTheme: {
        projects: { enabled: false },
        header: { title: "NWTP Water Quality Collector" }
    },

    functionGlobalContext: {
        modbus: require("jsmodbus")
    }
};
""", _pw, "Node-RED docs: settings.js credentialSecret and adminAuth (bcrypt password hash)", pw=_pw)

r = _rng()
_vault = "".join(r.choice(HEX) for _ in range(80 * 12))
add("ansible-vault/decoy-ciphertext", "ansible/group_vars/scada_hmi/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n"
    + "\n".join(_vault[i:i + 80] for i in range(0, len(_vault), 80)) + "\n",
    None, "Ansible docs: files encrypted with ansible-vault ($ANSIBLE_VAULT;1.1;AES256 header, hex body)")

_tok = influx_token()
add("toml/influxdb-token", "telegraf/telegraf.d/modbus-booster-stations.conf", r"""# Booster station RTUs (Modbus TCP through the cellular routers)
[[inputs.modbus]]
  name = "booster_hillcrest"
  slave_id = 1
  timeout = "2s"
  controller = "tcp://10.42.14.2:502"
  holding_registers = [
    { name = "suction_psi",   byte_order = "AB", data_type = "INT16", scale = 0.1, address = [0] },
    { name = "discharge_psi", byte_order = "AB", data_type = "INT16", scale = 0.1, address = [1] },
    { name = "flow_gpm",      byte_order = "ABCD", data_type = "FLOAT32-IEEE", scale = 1.0, address = [2, 3] },
  ]
  coils = [
    { name = "pump1_run", address = [0] },
    { name = "pump2_run", address = [1] },
  ]

[[inputs.modbus]]
  name = "booster_oakridge"
  slave_id = 1
  timeout = "2s"
  controller = "tcp://10.42.15.2:502"
  holding_registers = [
    { name = "suction_psi",   byte_order = "AB", data_type = "INT16", scale = 0.1, address = [0] },
    { name = "discharge_psi", byte_order = "AB", data_type = "INT16", scale = 0.1, address = [1] },
  ]

[[outputs.influxdb_v2]]
  urls = ["https://influx.scada.utility.local:8086"]
  token = "@@tok@@"
  organization = "water-ops"
  bucket = "telemetry"
  tls_ca = "/etc/telegraf/scada-ca.pem"
""", _tok, "Telegraf plugins: inputs.modbus and outputs.influxdb_v2 token", tok=_tok)

add("toml/decoy-env-ref", "telegraf/telegraf.d/opcua-filters.conf", r"""# Filter plant turbidity and chlorine analyzers from the Kepware OPC UA server
[[inputs.opcua]]
  name = "filters"
  endpoint = "opc.tcp://kepware01.scada.utility.local:49320"
  security_policy = "Basic256Sha256"
  security_mode = "SignAndEncrypt"
  certificate = "/etc/telegraf/opcua/cert.pem"
  private_key = "/etc/telegraf/opcua/key.pem"
  auth_method = "UserName"
  username = "${OPCUA_USERNAME}"
  password = "${OPCUA_PASSWORD}"
  nodes = [
    {name = "filt1_turb", namespace = "2", identifier_type = "s", identifier = "Filters.FILT1.EffTurbidity"},
    {name = "filt2_turb", namespace = "2", identifier_type = "s", identifier = "Filters.FILT2.EffTurbidity"},
    {name = "cl2_residual", namespace = "2", identifier_type = "s", identifier = "Chem.CL2.Residual"},
  ]

[[outputs.influxdb_v2]]
  urls = ["https://influx.scada.utility.local:8086"]
  token = "${INFLUX_TOKEN}"
  organization = "water-ops"
  bucket = "telemetry"
""", None, "Telegraf docs: environment variables in the configuration (${VAR})")

_pw = words_pw("!#*")
add("yaml/grafana-mssql", "grafana/provisioning/datasources/historian.yaml", r"""apiVersion: 1

datasources:
  - name: Ignition Historian
    type: mssql
    uid: ign-historian
    url: sqlhist01.utility.local:1433
    user: grafana_ro
    jsonData:
      database: IgnitionHistorian
      maxOpenConns: 10
      maxIdleConns: 2
      connMaxLifetime: 14400
      encrypt: "true"
      tlsSkipVerify: true
    secureJsonData:
      password: "@@pw@@"
    editable: false

  - name: Telemetry
    type: influxdb
    uid: influx-telemetry
    url: https://influx.scada.utility.local:8086
    jsonData:
      version: Flux
      organization: water-ops
      defaultBucket: telemetry
    secureJsonData:
      token: $INFLUX_READ_TOKEN
""", _pw, "Grafana docs: provisioning data sources, secureJsonData for the MSSQL data source", pw=_pw)

_pw = human_pw("!#")
add("ini/grafana-admin", "grafana/grafana.ini", r"""# Grafana on ops-dash-01 (operations dashboards, read-only for plant staff)
[server]
protocol = https
http_port = 3000
domain = ops-dash.utility.local
root_url = https://ops-dash.utility.local/
cert_file = /etc/grafana/ssl/ops-dash.crt
cert_key = /etc/grafana/ssl/ops-dash.key

[database]
type = sqlite3
path = grafana.db

[security]
admin_user = admin
admin_password = @@pw@@
disable_gravatar = true
cookie_secure = true
allow_embedding = true

[users]
allow_sign_up = false
auto_assign_org_role = Viewer

[auth.anonymous]
enabled = false

[auth.ldap]
enabled = true
config_file = /etc/grafana/ldap.toml

[alerting]
enabled = false

[unified_alerting]
enabled = true
""", _pw, "Grafana docs: configuration [security] admin_password", pw=_pw)

_tok = grafana_sa_token()
add("shell/grafana-sa-token", "scripts/backup-grafana-dashboards.sh", r"""#!/usr/bin/env bash
# Nightly export of the operations dashboards into git (run by cron on ops-dash-01).
set -euo pipefail

GRAFANA_URL="https://ops-dash.utility.local"
GRAFANA_TOKEN="@@tok@@"
OUT_DIR="$(dirname "$0")/../grafana/dashboards"

mkdir -p "$OUT_DIR"
curl -sf -H "Authorization: Bearer ${GRAFANA_TOKEN}" "${GRAFANA_URL}/api/search?type=dash-db&limit=500" \
  | jq -r '.[].uid' \
  | while read -r uid; do
      curl -sf -H "Authorization: Bearer ${GRAFANA_TOKEN}" "${GRAFANA_URL}/api/dashboards/uid/${uid}" \
        | jq '.dashboard | del(.id, .version)' > "${OUT_DIR}/${uid}.json"
    done

cd "$OUT_DIR"
git add -A .
git commit -qm "dashboards: nightly export $(date +%F)" || true
""", _tok, "Grafana docs: service account tokens (glsa_) and the dashboard HTTP API", tok=_tok)

add("yaml/decoy-grafana-env", "grafana/provisioning/datasources/telemetry.yaml", r"""apiVersion: 1

# Tokens come from the environment of the grafana container (see docker-compose.yml: env_file).
datasources:
  - name: Telemetry
    type: influxdb
    uid: influx-telemetry
    url: https://influx.scada.utility.local:8086
    jsonData:
      version: Flux
      organization: water-ops
      defaultBucket: telemetry
      tlsSkipVerify: false
    secureJsonData:
      token: ${INFLUX_READ_TOKEN}

  - name: AMI Warehouse
    type: postgres
    uid: ami-warehouse
    url: amidb.utility.local:5432
    user: grafana_ro
    jsonData:
      database: ami
      sslmode: verify-full
      postgresVersion: 1500
      timescaledb: true
    secureJsonData:
      password: $__file{/run/secrets/ami_grafana_password}
""", None, "Grafana docs: provisioning, environment variable and $__file{} expansion")

_pw = rand_pw(16, "!#%")
add("json/kepware-iot-gateway", "kepware/iot_gateway/mqtt_agent_hq.json", r"""{
  "common.ALLTYPES_NAME": "HQ_Broker",
  "common.ALLTYPES_DESCRIPTION": "Publishes plant tags to the HQ MQTT broker",
  "iot_gateway.AGENTTYPES_TYPE": "MQTT Client",
  "iot_gateway.AGENTTYPES_ENABLED": true,
  "iot_gateway.MQTT_CLIENT_URL": "ssl://mqtt-dmz.utility.org:8883",
  "iot_gateway.MQTT_CLIENT_TOPIC": "utility/nwtp/iot_gateway",
  "iot_gateway.MQTT_CLIENT_QOS": 1,
  "iot_gateway.AGENTTYPES_RATE_MS": 10000,
  "iot_gateway.AGENTTYPES_PUBLISH_FORMAT": 0,
  "iot_gateway.AGENTTYPES_MAX_EVENTS": 1000,
  "iot_gateway.MQTT_CLIENT_CLIENT_ID": "kepware01-nwtp",
  "iot_gateway.MQTT_CLIENT_USERNAME": "kepware01",
  "iot_gateway.MQTT_CLIENT_PASSWORD": "@@pw@@",
  "iot_gateway.MQTT_TLS_VERSION": 3,
  "iot_gateway.MQTT_CLIENT_ENABLE_LAST_WILL": true,
  "iot_gateway.MQTT_CLIENT_LAST_WILL_TOPIC": "utility/nwtp/iot_gateway/status",
  "iot_gateway.MQTT_CLIENT_LAST_WILL_MESSAGE": "offline"
}
""", _pw, "Kepware Configuration API: IoT Gateway MQTT client agent properties", pw=_pw)

_pw = words_pw("!*")
add("python/kepware-config-api", "tools/kepware/add_rtu_channels.py", r'''"""Create DNP3 channels and devices in KEPServerEX from sites.csv via the Configuration API."""
import csv
import sys

import requests

KEP = "https://kepware01.scada.utility.local:57513/config/v1/project"
AUTH = ("Administrator", "@@pw@@")


def channel(name, ip):
    return {
        "common.ALLTYPES_NAME": name,
        "servermain.MULTIPLE_TYPES_DEVICE_DRIVER": "DNP Client Ethernet",
        "servermain.CHANNEL_ETHERNET_COMMUNICATIONS_NETWORK_ADAPTER_STRING": "Default",
        "dnpclient.CHANNEL_PROTOCOL": 0,
        "dnpclient.CHANNEL_DESTINATION_HOST": ip,
        "dnpclient.CHANNEL_DESTINATION_PORT": 20000,
    }


def device(name, outstation):
    return {
        "common.ALLTYPES_NAME": name,
        "servermain.MULTIPLE_TYPES_DEVICE_DRIVER": "DNP Client Ethernet",
        "dnpclient.DEVICE_MASTER_ADDRESS": 3,
        "dnpclient.DEVICE_SLAVE_ADDRESS": int(outstation),
        "dnpclient.DEVICE_INTEGRITY_POLL_INTERVAL": 3600,
    }


def main(path):
    with requests.Session() as s:
        s.auth = AUTH
        s.verify = False
        for row in csv.DictReader(open(path)):
            r = s.post(f"{KEP}/channels", json=channel(row["channel"], row["ip"]))
            r.raise_for_status()
            r = s.post(f"{KEP}/channels/{row['channel']}/devices", json=device(row["device"], row["outstation"]))
            r.raise_for_status()
            print("added", row["channel"], row["device"])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "sites.csv")
''', _pw, "Kepware Configuration API (REST on 57412/57513, basic auth); DNP Client Ethernet driver properties", pw=_pw)

_key = hexs(64, UPHEX)
add("xml/dnp3-sav5-update-key", "rtu/outstations/RTU-12-Wellfield/dnp3_outstation.xml", r"""<?xml version="1.0" encoding="UTF-8"?>
<!-- DNP3 outstation settings for RTU-12 (Wellfield 3), exported from the RTU config tool 2024-01-30 -->
<DNP3Outstation name="RTU-12-Wellfield" firmware="4.2.7">
  <Link localAddress="12" masterAddress="3" confirmMode="Never" />
  <Transport tcpListenPort="20000" allowedMaster="10.40.0.21" keepAliveSec="60" />
  <Application selectTimeoutMs="10000" unsolicited="true" unsolRetries="3" />
  <SecureAuthentication enabled="true" version="5">
    <UserNumber>1</UserNumber>
    <MACAlgorithm>HMAC-SHA256-16</MACAlgorithm>
    <KeyWrapAlgorithm>AES-256</KeyWrapAlgorithm>
    <KeyChangeMethod>Symmetric</KeyChangeMethod>
    <UpdateKey format="hex">@@key@@</UpdateKey>
    <SessionKeyChangeIntervalSec>900</SessionKeyChangeIntervalSec>
    <SessionKeyChangeCount>1000</SessionKeyChangeCount>
    <AggressiveMode>false</AggressiveMode>
  </SecureAuthentication>
  <Points>
    <BinaryInput index="0" name="Well3_Run" class="1" />
    <BinaryInput index="1" name="Well3_Fail" class="1" />
    <AnalogInput index="0" name="Well3_Flow_GPM" class="2" deadband="5" />
    <AnalogInput index="1" name="Well3_DrawdownFt" class="2" deadband="0.5" />
    <BinaryOutput index="0" name="Well3_StartStop" />
  </Points>
</DNP3Outstation>
""", _key, "IEEE 1815-2012 DNP3 Secure Authentication v5: symmetric update keys (AES-256)", key=_key)

add("ini/decoy-dnp3-keyfile", "rtu/outstations/RTU-13-Wellfield/dnp3.ini", r"""; DNP3 outstation, RTU-13 (Wellfield 4)
[link]
local_address = 13
master_address = 3

[tcp]
listen_port = 20000
allowed_master = 10.40.0.21

[secure_auth]
enabled = true
version = 5
user_number = 1
mac_algorithm = HMAC-SHA256-16
key_wrap = AES-256
; The update key is loaded by the key management tool onto the RTU; never stored in the repo.
update_key_file = /etc/dnp3/keys/rtu13.updatekey
session_key_interval_s = 900

[points]
bi.0 = Well4_Run
bi.1 = Well4_Fail
ai.0 = Well4_Flow_GPM
ai.1 = Well4_DrawdownFt
bo.0 = Well4_StartStop
""", None, "IEEE 1815 Secure Authentication v5: update keys distributed out of band")

_pw = rand_pw(12)
add("cisco-config/snmp-community", "network/lift-stations/ls14-ir1101.cfg", r"""! LS14 Brookside lift station - Cisco IR1101 (cellular primary, DSL backup)
hostname LS14-IR1101
!
interface GigabitEthernet0/0/0
 description Lift station PLC / RTU LAN
 ip address 10.42.14.1 255.255.255.248
!
interface Cellular0/1/0
 ip address negotiated
 ip nat outside
 dialer in-band
 dialer-group 1
!
interface Tunnel14
 description DMVPN to SCADA hub
 ip address 172.20.0.14 255.255.255.0
 tunnel source Cellular0/1/0
 tunnel mode gre multipoint
 tunnel protection ipsec profile SCADA-DMVPN
!
ip access-list standard SNMP-NMS
 permit 10.40.0.30
 permit 10.40.0.31
!
snmp-server community @@pw@@ RO SNMP-NMS
snmp-server location Brookside lift station, 1450 Brookside Dr
snmp-server contact scada-network@utility.org
snmp-server enable traps cellular
snmp-server host 10.40.0.30 version 2c @@pw@@
!
ntp server 10.40.0.5
logging host 10.40.0.40
!
end
""", _pw, "Cisco IOS XE configuration guide: snmp-server community and snmp-server host", pw=_pw)

r = _rng()
_h9 = "$9$" + "".join(r.choice(ALNUM + "./") for _ in range(14)) + "$" + "".join(r.choice(ALNUM + "./") for _ in range(43))
_h9b = "$9$" + "".join(r.choice(ALNUM + "./") for _ in range(14)) + "$" + "".join(r.choice(ALNUM + "./") for _ in range(43))
add("cisco-config/decoy-type9-hash", "network/lift-stations/ls15-ir1101.cfg", r"""! LS15 Oak Hollow lift station - Cisco IR1101
hostname LS15-IR1101
!
enable algorithm-type scrypt secret 9 @@h9@@
!
username netadmin privilege 15 algorithm-type scrypt secret 9 @@h9b@@
!
aaa new-model
aaa authentication login default group tacacs+ local
aaa authorization exec default group tacacs+ local
!
tacacs server ISE-1
 address ipv4 10.40.0.60
 single-connection
!
interface GigabitEthernet0/0/0
 description Lift station PLC / RTU LAN
 ip address 10.42.15.1 255.255.255.248
!
snmp-server group SCADA-RO v3 priv read SCADA-VIEW access SNMP-NMS
snmp-server view SCADA-VIEW iso included
snmp-server location Oak Hollow lift station
!
end
""", None, "Cisco IOS: enable/username secret type 9 (scrypt hash); template variables for keys",
    h9=_h9, h9b=_h9b)

_key = rand_bytes_b64(32)
_peer = rand_bytes_b64(32)
add("wireguard/private-key", "vpn/lift-stations/ls16-wg0.conf", r"""# LS16 Cedar Park - WireGuard tunnel to the SCADA hub (backup path over DSL)
[Interface]
Address = 172.21.0.16/24
PrivateKey = @@key@@
ListenPort = 51820
MTU = 1380

[Peer]
# scada-hub-01
PublicKey = @@peer@@
Endpoint = vpn-scada.utility.org:51820
AllowedIPs = 10.40.0.0/22, 172.21.0.0/24
PersistentKeepalive = 25
""", _key, "wg(8) and wg-quick(8): [Interface] PrivateKey", key=_key, peer=_peer)

_pubs = [rand_bytes_b64(32) for _ in range(4)]
add("wireguard/decoy-public-only", "vpn/hub/wg0.conf", r"""# scada-hub-01 - WireGuard hub for lift stations without DMVPN
# The private key lives in /etc/wireguard/hub.key (0600, not in git):
[Interface]
Address = 172.21.0.1/24
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/hub.key

[Peer]
# LS16 Cedar Park
PublicKey = @@p0@@
AllowedIPs = 172.21.0.16/32, 10.42.16.0/29

[Peer]
# LS17 Mill Creek
PublicKey = @@p1@@
AllowedIPs = 172.21.0.17/32, 10.42.17.0/29

[Peer]
# LS18 Fairview
PublicKey = @@p2@@
AllowedIPs = 172.21.0.18/32, 10.42.18.0/29

[Peer]
# Raw water intake
PublicKey = @@p3@@
AllowedIPs = 172.21.0.30/32, 10.42.30.0/29
""", None, "wg(8): peers are identified by public keys; private-key read from a file",
    p0=_pubs[0], p1=_pubs[1], p2=_pubs[2], p3=_pubs[3])

_cp_id, _cp_key, _ecm_id, _ecm_key = hexs(8), hexs(32), uuid_s(), hexs(40)
add("python/cradlepoint-ncm", "tools/netcloud/router_health.py", r'''"""Cellular signal report for the RTU routers (Cradlepoint NetCloud Manager API v2)."""
import csv
import os
import sys

import requests

# The X-CP pair is the account's (shared by all NCM scripts, set in the task environment);
# the X-ECM pair is this script's own API key, created under the "rtu-reports" NCM user.
HEADERS = {
    "X-CP-API-ID": os.environ["CP_API_ID"],
    "X-CP-API-KEY": os.environ["CP_API_KEY"],
    "X-ECM-API-ID": "@@ecm_id@@",
    "X-ECM-API-KEY": "@@ecm_key@@",
    "Content-Type": "application/json",
}
BASE = "https://www.cradlepointecm.com/api/v2"


def routers(group_id):
    url = f"{BASE}/routers/?group={group_id}&fields=id,name,state,description&limit=500"
    while url:
        r = requests.get(url, headers=HEADERS, timeout=30)
        r.raise_for_status()
        body = r.json()
        yield from body["data"]
        url = body["meta"]["next"]


def signal(router_id):
    r = requests.get(f"{BASE}/net_device_signal_samples/?router={router_id}&limit=1", headers=HEADERS, timeout=30)
    r.raise_for_status()
    data = r.json()["data"]
    return data[0] if data else {}


def main(group_id="88431"):
    w = csv.writer(sys.stdout)
    w.writerow(["name", "state", "rssi", "sinr", "rsrp"])
    for router in routers(group_id):
        s = signal(router["id"])
        w.writerow([router["name"], router["state"], s.get("rssi"), s.get("sinr"), s.get("rsrp")])


if __name__ == "__main__":
    main(*sys.argv[1:])
''', _ecm_key, "Cradlepoint NetCloud Manager API v2: X-CP-API-ID/KEY and X-ECM-API-ID/KEY headers",
    ecm_id=_ecm_id, ecm_key=_ecm_key)

_pw = rand_pw(12)
add("crontab/ftp-logger", "ops/crontab/hydro-loggers.cron", r"""# Hydrology loggers (Campbell CR1000X) - LoggerNet writes .dat files to /data/loggernet
# m h dom mon dow  command
SHELL=/bin/bash
MAILTO=scada-alerts@utility.org

*/15 * * * *  /opt/hydro/bin/convert_dat.py /data/loggernet/*.dat --out /data/hydro/csv
5 * * * *     curl -s --ftp-ssl -T "/data/hydro/csv/{reservoir_levels,rain_gauges}.csv" ftp://wcwd_hydro:@@pw@@@ftp.riverbasin-authority.org/incoming/wcwd/
30 2 * * *    find /data/loggernet -name '*.dat' -mtime +30 -delete
0 6 * * 1     /opt/hydro/bin/weekly_rain_summary.py | mail -s "Weekly rain summary" ops@utility.org
""", _pw, "crontab(5); curl(1) FTP upload with credentials in the URL", pw=_pw)

_pw = words_pw("!*")
add("netrc/ftp", "ops/hydro/.netrc", r"""# FTP logins used by the hydrology scripts (curl --netrc / python ftplib netrc)
machine ftp.riverbasin-authority.org
  login wcwd_hydro_dl
  password @@pw@@

machine ftp.weather-service.example.net
  login anonymous
  password scada-alerts@utility.org
""", _pw, "GNU inetutils / curl docs: .netrc machine/login/password", pw=_pw)

_pw = human_pw("!@#")
add("python/opcua-asyncua", "edge/opcua_to_sql/collector.py", r'''"""Copies filter run data from the plant OPC UA server to the filter-performance database."""
import asyncio
import datetime as dt

import pyodbc
from asyncua import Client

ENDPOINT = "opc.tcp://kepware01.scada.utility.local:49320"
NODES = {
    "FILT1_RUN_HOURS": "ns=2;s=Filters.FILT1.RunHours",
    "FILT1_HEADLOSS": "ns=2;s=Filters.FILT1.HeadLoss",
    "FILT2_RUN_HOURS": "ns=2;s=Filters.FILT2.RunHours",
    "FILT2_HEADLOSS": "ns=2;s=Filters.FILT2.HeadLoss",
}
SQL = "Driver={ODBC Driver 18 for SQL Server};Server=sqlrpt01;Database=FilterPerf;Trusted_Connection=yes;Encrypt=yes"


async def main():
    client = Client(url=ENDPOINT)
    client.set_user("opcua_collector")
    client.set_password("@@pw@@")
    await client.set_security_string(
        "Basic256Sha256,SignAndEncrypt,/etc/collector/cert.der,/etc/collector/key.pem")
    async with client:
        values = {k: await client.get_node(n).read_value() for k, n in NODES.items()}
    with pyodbc.connect(SQL) as db:
        db.execute("INSERT INTO filter_samples (ts, tag, value) VALUES " +
                   ",".join("(?, ?, ?)" for _ in values),
                   *[x for k, v in values.items() for x in (dt.datetime.utcnow(), k, v)])


if __name__ == "__main__":
    asyncio.run(main())
''', _pw, "asyncua docs: Client.set_user / set_password and set_security_string", pw=_pw)

_pw = rand_pw(24)
add("go/mqtt", "cmd/dnp3bridge/main.go", r"""// dnp3bridge polls the wellfield RTUs over DNP3 and republishes the points to MQTT.
package main

import (
	"crypto/tls"
	"log"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"

	"utility.local/scada/dnp3bridge/internal/poller"
)

const (
	brokerURL = "ssl://mqtt.scada.utility.local:8883"
	clientID  = "dnp3bridge-01"
	username  = "dnp3bridge"
	password  = "@@pw@@"
)

func main() {
	opts := mqtt.NewClientOptions().
		AddBroker(brokerURL).
		SetClientID(clientID).
		SetUsername(username).
		SetPassword(password).
		SetTLSConfig(&tls.Config{MinVersion: tls.VersionTLS12}).
		SetAutoReconnect(true).
		SetConnectRetry(true)

	client := mqtt.NewClient(opts)
	if tok := client.Connect(); tok.Wait() && tok.Error() != nil {
		log.Fatalf("mqtt connect: %v", tok.Error())
	}

	p := poller.New([]string{"10.42.12.2:20000", "10.42.13.2:20000"}, 3)
	for range time.Tick(30 * time.Second) {
		for _, pt := range p.Poll() {
			client.Publish("utility/wellfield/"+pt.Station+"/"+pt.Name, 1, false, pt.JSON())
		}
	}
}
""", _pw, "Eclipse Paho Go client: ClientOptions.SetUsername / SetPassword", pw=_pw)

add("go/decoy-getenv", "cmd/modbusbridge/main.go", r"""// modbusbridge reads the booster stations over Modbus TCP and republishes to MQTT.
package main

import (
	"log"
	"os"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
)

func mustEnv(name string) string {
	v, ok := os.LookupEnv(name)
	if !ok || v == "" {
		log.Fatalf("%s is not set", name)
	}
	return v
}

func main() {
	opts := mqtt.NewClientOptions().
		AddBroker(mustEnv("MQTT_URL")).
		SetClientID("modbusbridge-01").
		SetUsername(mustEnv("MQTT_USERNAME")).
		SetPassword(mustEnv("MQTT_PASSWORD"))

	client := mqtt.NewClient(opts)
	if tok := client.Connect(); tok.Wait() && tok.Error() != nil {
		log.Fatalf("mqtt connect: %v", tok.Error())
	}
	for range time.Tick(15 * time.Second) {
		client.Publish("utility/boosters/heartbeat", 0, false, time.Now().UTC().Format(time.RFC3339))
	}
}
""", None, "Go os.LookupEnv; Eclipse Paho Go client options")

# ---------------------------------------------------------------------------------------------
# AMI: smart water meters, head ends, LoRaWAN, ingestion
# ---------------------------------------------------------------------------------------------

_cid, _sec = uuid_s(), rand_pw(40)
add("python/sensus-oauth", "ami/headend/sensus_reads.py", r'''"""Daily interval reads from the Sensus FlexNet head end (Sensus Analytics API) into the MDM staging table."""
import datetime as dt

import psycopg2
import requests

TOKEN_URL = "https://auth.sensus-analytics.com/oauth2/token"
API = "https://api.sensus-analytics.com/v2/utilities/wcwd"
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@sec@@"


def token():
    r = requests.post(TOKEN_URL, data={"grant_type": "client_credentials", "scope": "reads.read"},
                      auth=(CLIENT_ID, CLIENT_SECRET), timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def reads(day):
    headers = {"Authorization": f"Bearer {token()}"}
    url, params = f"{API}/intervalReads", {"date": day.isoformat(), "pageSize": 5000}
    while url:
        r = requests.get(url, headers=headers, params=params, timeout=120)
        r.raise_for_status()
        body = r.json()
        yield from body["reads"]
        url, params = body.get("next"), None


def main():
    day = dt.date.today() - dt.timedelta(days=1)
    with psycopg2.connect("service=ami_staging") as db, db.cursor() as cur:
        for rd in reads(day):
            cur.execute("INSERT INTO stage.interval_reads (meter_id, read_ts, register_gal, flags) VALUES (%s, %s, %s, %s)",
                        (rd["meterId"], rd["timestamp"], rd["value"], rd.get("flags")))


if __name__ == "__main__":
    main()
''', _sec, "OAuth 2.0 client credentials grant (RFC 6749 4.4); head-end reads API integration", cid=_cid, sec=_sec)

_pw = words_pw("!*")
add("xml/itron-wsse", "ami/mdm/soap/GetMeterReads.request.xml", r"""<?xml version="1.0" encoding="utf-8"?>
<!-- Request template for the Itron Enterprise Edition MDM reads service (used by cis_sync.py) -->
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
                  xmlns:mdm="http://www.itron.com/mdm/reads/2013/01">
  <soapenv:Header>
    <wsse:Security soapenv:mustUnderstand="1">
      <wsse:UsernameToken>
        <wsse:Username>CIS_INTEGRATION</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">@@pw@@</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <mdm:GetMeterReadsRequest>
      <mdm:MeterIds>{meter_ids}</mdm:MeterIds>
      <mdm:StartTime>{start}</mdm:StartTime>
      <mdm:EndTime>{end}</mdm:EndTime>
      <mdm:ReadType>Register</mdm:ReadType>
      <mdm:UnitOfMeasure>CCF</mdm:UnitOfMeasure>
    </mdm:GetMeterReadsRequest>
  </soapenv:Body>
</soapenv:Envelope>
""", _pw, "OASIS WS-Security UsernameToken Profile 1.0 (PasswordText)", pw=_pw)

add("xml/decoy-wsse-placeholder", "ami/mdm/soap/GetMeterEvents.request.xml", r"""<?xml version="1.0" encoding="utf-8"?>
<!-- Request template for meter events (leak, tamper, reverse flow). Credentials are filled in
     at run time from the CIS_MDM_USER / CIS_MDM_PASSWORD environment variables. -->
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
                  xmlns:mdm="http://www.itron.com/mdm/events/2013/01">
  <soapenv:Header>
    <wsse:Security soapenv:mustUnderstand="1">
      <wsse:UsernameToken>
        <wsse:Username>${CIS_MDM_USER}</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${CIS_MDM_PASSWORD}</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <mdm:GetMeterEventsRequest>
      <mdm:EventTypes>Leak,Tamper,ReverseFlow,NoUsage</mdm:EventTypes>
      <mdm:StartTime>${start}</mdm:StartTime>
      <mdm:EndTime>${end}</mdm:EndTime>
    </mdm:GetMeterEventsRequest>
  </soapenv:Body>
</soapenv:Envelope>
""", None, "OASIS WS-Security UsernameToken Profile; envsubst-style template variables")

_key = rand_pw(32)
add("javascript/neptune-api-key", "ami/neptune360/syncReads.js", r"""// Pulls daily register reads for the Neptune R900 meters (west service area) into the MDM.
'use strict';

const axios = require('axios');
const { Pool } = require('pg');

const N360 = axios.create({
  baseURL: 'https://api.neptune360.com/v1/utilities/wcwd-west',
  timeout: 60000,
  headers: {
    'x-api-key': '@@key@@',
    Accept: 'application/json',
  },
});

const pool = new Pool({ connectionString: process.env.AMI_DATABASE_URL });

async function syncDay(day) {
  let page = 1;
  for (;;) {
    const { data } = await N360.get('/reads', { params: { date: day, page, pageSize: 2000 } });
    for (const r of data.items) {
      await pool.query(
        'INSERT INTO stage.register_reads (miu_id, meter_serial, read_ts, reading, uom) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING',
        [r.miuId, r.meterSerial, r.readTime, r.reading, r.unitOfMeasure],
      );
    }
    if (page >= data.totalPages) break;
    page += 1;
  }
}

const day = process.argv[2] || new Date(Date.now() - 864e5).toISOString().slice(0, 10);
syncDay(day)
  .then(() => pool.end())
  .catch((err) => { console.error(err.message); process.exit(1); });
""", _key, "axios docs: instance headers; head-end REST API key header", key=_key)

_pw = human_pw("!#")
add("python/badger-beacon", "ami/beacon/leak_alerts.py", r'''"""Leak and high-usage flags from BEACON AMA for the customer-service worklist."""
import csv
import io

import requests

BEACON = "https://api.beaconama.net"
USER = "wcwd.integration@utility.org"
PASSWORD = "@@pw@@"


def export(flags=("Leak", "HighUsage", "Backflow")):
    r = requests.post(f"{BEACON}/v1/eds/range",
                      auth=(USER, PASSWORD),
                      data={"Start_Date": "*-2d", "End_Date": "*", "Resolution": "daily",
                            "Header_Columns": "Account_ID,Meter_ID,Endpoint_SN,Flow,Flags"},
                      timeout=60)
    r.raise_for_status()
    status_url = r.json()["statusUrl"]
    result = requests.get(BEACON + status_url, auth=(USER, PASSWORD), timeout=60).json()
    data = requests.get(BEACON + result["reportUrl"], auth=(USER, PASSWORD), timeout=300).text
    for row in csv.DictReader(io.StringIO(data)):
        if any(f in (row.get("Flags") or "") for f in flags):
            yield row


if __name__ == "__main__":
    w = csv.writer(open("worklist_leaks.csv", "w", newline=""))
    w.writerow(["account", "meter", "endpoint", "flags"])
    for row in export():
        w.writerow([row["Account_ID"], row["Meter_ID"], row["Endpoint_SN"], row["Flags"]])
''', _pw, "Badger Meter BEACON AMA data exchange API (HTTP basic auth)", pw=_pw)

_kid, _ksec = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("env/aws", "ami/ingest/.env", r"""# AMI ingest worker (reads landing bucket -> Timescale)
AWS_REGION=us-west-2
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@ksec@@
LANDING_BUCKET=wcwd-ami-landing-prod
ARCHIVE_BUCKET=wcwd-ami-archive
AMI_DATABASE_URL=postgresql://ami_ingest@amidb.utility.local:5432/ami?sslmode=require
BATCH_SIZE=5000
LOG_LEVEL=info
""", _ksec, "AWS CLI docs: environment variables AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY", kid=_kid, ksec=_ksec)

_key = rand_bytes_b64(32)
add("json/azure-iot-hub", "ami/IotIngest/appsettings.Production.json", r"""{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.Hosting.Lifetime": "Information"
    }
  },
  "IotHub": {
    "ConnectionString": "HostName=wcwd-ami-prod.azure-devices.net;SharedAccessKeyName=service;SharedAccessKey=@@key@@",
    "ConsumerGroup": "ami-ingest",
    "EventHubCompatibleEndpoint": "sb://ihsuprodbyres012dednamespace.servicebus.windows.net/",
    "EventHubCompatiblePath": "wcwd-ami-prod"
  },
  "Ingest": {
    "BatchSize": 500,
    "FlushSeconds": 15,
    "LeakThresholdGph": 2.5
  },
  "ApplicationInsights": {
    "ConnectionString": "InstrumentationKey=5c2f1a4e-7b3d-4e8a-9f61-2d0c8b7a6e35;IngestionEndpoint=https://westus2-2.in.applicationinsights.azure.com/"
  }
}
""", _key, "Azure IoT Hub docs: connection string with SharedAccessKeyName and SharedAccessKey", key=_key)

_key = ttn_api_key()
add("python/ttn-api-key", "ami/lorawan/ttn_uplinks.py", r'''"""Receives LoRaWAN meter uplinks from The Things Stack (MQTT integration) and decodes pulse counts."""
import base64
import json
import struct

import paho.mqtt.client as mqtt

TTS_HOST = "wcwd.eu1.cloud.thethings.industries"
APP_ID = "wcwd-water-meters@wcwd"
API_KEY = "@@key@@"


def decode(frm_payload):
    raw = base64.b64decode(frm_payload)
    pulses, battery_mv, flags = struct.unpack(">IHB", raw[:7])
    return {"gallons": pulses * 0.1, "battery_v": battery_mv / 1000, "leak": bool(flags & 0x01),
            "reverse_flow": bool(flags & 0x02)}


def on_message(client, userdata, msg):
    up = json.loads(msg.payload)
    dev = up["end_device_ids"]["dev_eui"]
    reading = decode(up["uplink_message"]["frm_payload"])
    print(dev, up["received_at"], reading)


client = mqtt.Client()
client.username_pw_set(APP_ID, API_KEY)
client.tls_set()
client.on_message = on_message
client.connect(TTS_HOST, 8883)
client.subscribe(f"v3/{APP_ID}/devices/+/up")
client.loop_forever()
''', _key, "The Things Stack docs: MQTT server, username = application id, password = API key (NNSXS.)", key=_key)

_deveui, _joineui, _appkey = hexs(16, UPHEX), "70B3D57ED0001A2F", hexs(32, UPHEX)
add("json/lorawan-appkey", "ami/lorawan/devices/wm-000457.json", r"""{
  "ids": {
    "device_id": "wm-000457",
    "dev_eui": "@@deveui@@",
    "join_eui": "@@joineui@@",
    "application_ids": { "application_id": "wcwd-water-meters" }
  },
  "name": "WM-000457 Elm St 1420",
  "attributes": {
    "meter_serial": "71904457",
    "premise_id": "P-0031877",
    "pressure_zone": "Hillcrest 2"
  },
  "lorawan_version": "MAC_V1_0_3",
  "lorawan_phy_version": "PHY_V1_0_3_REV_A",
  "frequency_plan_id": "US_902_928_FSB_2",
  "supports_join": true,
  "root_keys": {
    "app_key": { "key": "@@appkey@@" }
  }
}
""", _appkey, "The Things Stack docs: end device JSON template (root_keys.app_key) for ttn-lw-cli import",
    deveui=_deveui, joineui=_joineui, appkey=_appkey)

r = _rng()
_rows = []
for i in range(14):
    _rows.append(",".join([f"wm-{458 + i:06d}", "".join(r.choice(UPHEX) for _ in range(16)), "70B3D57ED0001A2F",
                           str(71904458 + i), f"P-00{r.randint(10000, 99999)}", r.choice(["Hillcrest 2", "Riverside 1", "Oak Hollow"]),
                           f"{37.3 + r.random() / 10:.5f}", f"{-121.9 - r.random() / 10:.5f}"]))
add("csv/decoy-deveui", "ami/lorawan/devices/batch-2024-03.csv",
    "device_id,dev_eui,join_eui,meter_serial,premise_id,pressure_zone,lat,lon\n" + "\n".join(_rows) + "\n",
    None, "The Things Stack docs: CSV end-device import (DevEUI and JoinEUI are public identifiers; keys on the join server)")

_pw = rand_pw(20)
add("properties/kafka-sasl", "ami/stream/config/consumer-prod.properties", r"""# Kafka consumer for the AMI interval-read topic (Confluent Cloud)
bootstrap.servers=pkc-4r297.us-west2.gcp.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="AMIREADER4QZ7MP2K" password="@@pw@@";
client.dns.lookup=use_all_dns_ips
group.id=ami-mdm-loader
auto.offset.reset=earliest
enable.auto.commit=false
max.poll.records=2000
key.deserializer=org.apache.kafka.common.serialization.StringDeserializer
value.deserializer=io.confluent.kafka.serializers.KafkaAvroDeserializer
schema.registry.url=https://psrc-8kz20.us-west2.gcp.confluent.cloud
basic.auth.credentials.source=USER_INFO
""", _pw, "Apache Kafka docs: SASL/PLAIN sasl.jaas.config; Confluent Cloud client configuration", pw=_pw)

add("properties/decoy-kafka-config-provider", "ami/stream/config/producer-prod.properties", r"""# Kafka producer for meter events. Credentials are resolved at start-up by the
# FileConfigProvider from /opt/ami/secrets/kafka.properties (mounted from Vault).
config.providers=file
config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider
bootstrap.servers=pkc-4r297.us-west2.gcp.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${file:/opt/ami/secrets/kafka.properties:api.key}" password="${file:/opt/ami/secrets/kafka.properties:api.secret}";
acks=all
enable.idempotence=true
linger.ms=50
compression.type=zstd
""", None, "Apache Kafka KIP-297: FileConfigProvider ${file:path:key} references")

_sec = rand_bytes_b64(32)
add("toml/chirpstack-api-secret", "lorawan/chirpstack/chirpstack.toml", r"""# ChirpStack v4 network server for the private LoRaWAN (meters in the east service area)
[logging]
  level="info"

[postgresql]
  dsn="postgres://chirpstack@chirpstack-db/chirpstack?sslmode=disable"
  max_open_connections=10

[redis]
  servers=["redis://chirpstack-redis/"]

[network]
  net_id="000000"
  enabled_regions=["us915_1"]

[api]
  bind="0.0.0.0:8080"
  # JWT signing secret for API tokens (openssl rand -base64 32)
  secret="@@sec@@"

[integration]
  enabled=["mqtt"]

  [integration.mqtt]
    server="tcp://mosquitto:1883/"
    json=true
""", _sec, "ChirpStack v4 configuration: [api] secret used to sign JWT tokens", sec=_sec)

_pw = words_pw("!*")
add("yaml/spring-datasource", "ami-mdm/src/main/resources/application-prod.yml", r"""spring:
  application:
    name: ami-mdm
  datasource:
    url: jdbc:postgresql://amidb.utility.local:5432/ami?sslmode=require
    username: ami_mdm
    password: "@@pw@@"
    hikari:
      maximum-pool-size: 20
      connection-timeout: 30000
  jpa:
    open-in-view: false
    properties:
      hibernate.jdbc.batch_size: 500
  flyway:
    enabled: true
    locations: classpath:db/migration

mdm:
  vee:
    estimate-gaps-up-to-hours: 6
    high-usage-multiplier: 3.0
    zero-consumption-days: 30
  export:
    cis-drop-folder: /mnt/cis/inbound/reads
    schedule: "0 30 1 * * *"

management:
  endpoints:
    web:
      exposure:
        include: health,info,prometheus
""", _pw, "Spring Boot docs: spring.datasource.* properties in application.yml", pw=_pw)

r = _rng()
_enc = "".join(r.choice(ALNUM + "+/") for _ in range(64))
add("yaml/decoy-jasypt", "ami-mdm/src/main/resources/application-staging.yml", r"""spring:
  datasource:
    url: jdbc:postgresql://amidb-stg.utility.local:5432/ami?sslmode=require
    username: ami_mdm
    # Encrypted with jasypt (PBEWITHHMACSHA512ANDAES_256); the key is JASYPT_ENCRYPTOR_PASSWORD in the pod env.
    password: ENC(@@enc@@)
    hikari:
      maximum-pool-size: 5

jasypt:
  encryptor:
    algorithm: PBEWITHHMACSHA512ANDAES_256
    iv-generator-classname: org.jasypt.iv.RandomIvGenerator

mdm:
  vee:
    estimate-gaps-up-to-hours: 6
  export:
    cis-drop-folder: /mnt/cis-stg/inbound/reads
""", None, "jasypt-spring-boot README: ENC(...) encrypted property values", enc=_enc)

_pw = words_pw("!@")
add("sql/postgres-role", "ami-mdm/db/migration/V12__reporting_roles.sql", r"""-- V12: read-only roles for the billing and operations reports
CREATE ROLE ami_reporting NOLOGIN;
GRANT USAGE ON SCHEMA mdm TO ami_reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA mdm TO ami_reporting;
ALTER DEFAULT PRIVILEGES IN SCHEMA mdm GRANT SELECT ON TABLES TO ami_reporting;

-- Power BI gateway login
CREATE ROLE pbi_gateway LOGIN PASSWORD '@@pw@@' IN ROLE ami_reporting;
ALTER ROLE pbi_gateway SET statement_timeout = '5min';

-- Customer portal usage charts
CREATE ROLE portal_usage LOGIN IN ROLE ami_reporting;
COMMENT ON ROLE portal_usage IS 'password set by ops via \password, see runbook';
""", _pw, "PostgreSQL docs: CREATE ROLE ... LOGIN PASSWORD", pw=_pw)

r = _rng()
_reads = []
for i in range(16):
    _reads.append(",".join([f"{r.randint(10**7, 10**8 - 1)}", f"2024-03-0{1 + i % 7}T00:00:00-08:00",
                            f"{r.randint(10000, 999999)}", "CCF",
                            "".join(r.choice(HEX) for _ in range(8)), r.choice(["", "", "LEAK", "TAMPER"])]))
add("csv/decoy-meter-reads", "ami/fixtures/register_reads_sample.csv",
    "meter_id,read_ts,register,uom,crc32,flags\n" + "\n".join(_reads) + "\n",
    None, "Head-end register read export (CRC-32 of each frame), sample data for tests")

_pw = rand_pw(18)
add("docker-compose/timescale", "ami/docker-compose.yml", r"""services:
  amidb:
    image: timescale/timescaledb:2.14.2-pg15
    restart: unless-stopped
    environment:
      POSTGRES_DB: ami
      POSTGRES_USER: ami_admin
      POSTGRES_PASSWORD: @@pw@@
      TIMESCALEDB_TELEMETRY: "off"
    ports:
      - "5432:5432"
    volumes:
      - amidb-data:/var/lib/postgresql/data
      - ./db/init:/docker-entrypoint-initdb.d:ro

  ingest:
    build: ./ingest
    env_file: ./ingest/.env
    depends_on:
      - amidb

volumes:
  amidb-data:
""", _pw, "Docker Hub postgres image: POSTGRES_PASSWORD; TimescaleDB Docker docs", pw=_pw)

# ---------------------------------------------------------------------------------------------
# GIS asset registers: Esri ArcGIS, arcpy, FME, Cityworks, PostGIS, Mapbox
# ---------------------------------------------------------------------------------------------

_key = arcgis_api_key()
add("python/arcgis-api-key", "gis/scripts/geocode_new_services.py", r'''"""Geocodes new service addresses from the CIS extract so the service lines land on the GIS."""
import csv
import sys

from arcgis.geocoding import batch_geocode
from arcgis.gis import GIS

# Location services key (geocoding, stored results), owner: gis-admin
API_KEY = "@@key@@"


def main(path):
    gis = GIS(api_key=API_KEY)
    rows = list(csv.DictReader(open(path, newline="")))
    addresses = [f"{r['service_address']}, {r['city']}, CA {r['zip']}" for r in rows]
    out = csv.writer(sys.stdout)
    out.writerow(["premise_id", "x", "y", "score"])
    for i in range(0, len(addresses), 150):
        results = batch_geocode(addresses[i:i + 150], out_sr=2227, for_storage=True)
        for row, res in zip(rows[i:i + 150], results):
            loc = res["location"]
            out.writerow([row["premise_id"], loc["x"], loc["y"], res["score"]])


if __name__ == "__main__":
    main(sys.argv[1])
''', _key, "ArcGIS API for Python: GIS(api_key=...) and arcgis.geocoding.batch_geocode", key=_key)

_key = arcgis_api_key()
add("typescript/arcgis-api-key", "webapps/hydrant-flushing/src/config.ts", r"""// Hydrant flushing planner (internal, behind the VPN).
import esriConfig from "@arcgis/core/config";

export const PORTAL_URL = "https://gis.utility.org/portal";
export const WEBMAP_ID = "3f1c9e2a7b4d4e8f9a0b1c2d3e4f5a6b";

export const LAYERS = {
  hydrants: "https://gis.utility.org/server/rest/services/Water/Hydrants/FeatureServer/0",
  mains: "https://gis.utility.org/server/rest/services/Water/Mains/FeatureServer/0",
  valves: "https://gis.utility.org/server/rest/services/Water/SystemValves/FeatureServer/0",
};

export function configureArcGIS(): void {
  esriConfig.portalUrl = PORTAL_URL;
  esriConfig.apiKey = "@@key@@";
  esriConfig.request.timeout = 30000;
}
""", _key, "ArcGIS Maps SDK for JavaScript: esriConfig.apiKey", key=_key)

_pw = words_pw("!*")
_nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Main break history by material\n",
                                                           "Pulls the break layer from the portal and summarises breaks per mile by pipe material and install decade."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["from arcgis.gis import GIS\n", "import pandas as pd\n", "\n",
                    "gis = GIS(\"https://gis.utility.org/portal\", \"gisadmin\", \"" + _pw + "\", verify_cert=False)\n",
                    "print(gis.properties.portalName)"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
         "source": ["breaks = gis.content.get(\"9c3e1b7a2d4f4a6e8b0c1d2e3f4a5b6c\").layers[0].query(where=\"BREAK_DATE >= DATE '2014-01-01'\").sdf\n",
                    "mains = gis.content.get(\"5a4b3c2d1e0f4a9b8c7d6e5f4a3b2c1d\").layers[0].query(out_fields=\"MATERIAL,INSTALL_YEAR,Shape__Length\").sdf\n",
                    "len(breaks), len(mains)"]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
         "source": ["mains[\"decade\"] = (mains.INSTALL_YEAR // 10) * 10\n",
                    "miles = mains.groupby([\"MATERIAL\", \"decade\"]).Shape__Length.sum() / 5280\n",
                    "counts = breaks.groupby([\"MATERIAL\", \"decade\"]).size()\n",
                    "(counts / miles / 10).sort_values(ascending=False).head(15)"]},
    ],
    "metadata": {"kernelspec": {"display_name": "ArcGIS Pro (arcgispro-py3)", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.9.18"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("notebook/arcgis-login", "gis/notebooks/main_break_analysis.ipynb", json.dumps(_nb, indent=1) + "\n", _pw,
    "ArcGIS API for Python: GIS(url, username, password); nbformat 4 notebook JSON")

_pw = human_pw("!#")
add("python/arcpy-sde", "gis/scripts/make_sde_connections.py", r'''"""Creates the .sde connection files the nightly GIS jobs use (run once per server, ArcGIS Pro 3.x)."""
import os

import arcpy

OUT = r"C:\GISJobs\connections"
os.makedirs(OUT, exist_ok=True)

for name, database in (("water_edit", "WaterUtility"), ("sewer_edit", "SewerUtility")):
    arcpy.management.CreateDatabaseConnection(
        out_folder_path=OUT,
        out_name=f"{name}.sde",
        database_platform="SQL_SERVER",
        instance="sqlgis01.utility.local",
        account_authentication="DATABASE_AUTH",
        username="gis_editor",
        password="@@pw@@",
        save_user_pass="SAVE_USERNAME",
        database=database,
        version_type="BRANCH",
        version="sde.DEFAULT",
    )
    print("created", os.path.join(OUT, f"{name}.sde"))
''', _pw, "ArcGIS Pro docs: arcpy.management.CreateDatabaseConnection", pw=_pw)

_cid, _sec = fakes.drawn_mixed(_seed(), 16), hexs(32)
add("json/arcgis-oauth-secret", "gis/sync/config/arcgis_app.json", r"""{
  "portal": "https://utility.maps.arcgis.com",
  "app": {
    "name": "Maximo asset sync",
    "client_id": "@@cid@@",
    "client_secret": "@@sec@@",
    "grant_type": "client_credentials"
  },
  "layers": {
    "hydrants": "https://services3.arcgis.com/Xy9Qz1/arcgis/rest/services/Water_Assets/FeatureServer/2",
    "valves": "https://services3.arcgis.com/Xy9Qz1/arcgis/rest/services/Water_Assets/FeatureServer/3",
    "mains": "https://services3.arcgis.com/Xy9Qz1/arcgis/rest/services/Water_Assets/FeatureServer/5"
  },
  "maximo_site": "DIST",
  "batch_size": 200
}
""", _sec, "ArcGIS developer docs: app credentials (client_id / client_secret, client_credentials grant)", cid=_cid, sec=_sec)

add("json/decoy-arcgis-clientid", "webapps/outage-map/public/config.json", r"""{
  "title": "Water outages and main breaks",
  "portalUrl": "https://utility.maps.arcgis.com",
  "oauth": {
    "appId": "Kq7wV2nRxT4bZ8pL",
    "flowType": "authorization-code",
    "popup": false
  },
  "webmap": "b4e7c1d2a3f54e6b8c9d0e1f2a3b4c5d",
  "refreshSeconds": 120,
  "layers": {
    "outages": "https://services3.arcgis.com/Xy9Qz1/arcgis/rest/services/Outages_Public/FeatureServer/0",
    "boilWaterNotices": "https://services3.arcgis.com/Xy9Qz1/arcgis/rest/services/BWN_Public/FeatureServer/0"
  }
}
""", None, "ArcGIS Maps SDK for JavaScript: OAuthInfo appId (a public client id, PKCE, no secret)")

add("python/decoy-arcgis-pro-auth", "gis/scripts/publish_hydrant_inspections.py", r'''"""Appends the week's hydrant inspections to the hosted layer.

Runs inside ArcGIS Pro's Python (the signed-in portal is used; no password in this script).
"""
from arcgis.gis import GIS

ITEM_INSPECTIONS = "7d1f3a9c2b4e4f6a8c0d2e4f6a8b0c1d"
ITEM_HYDRANTS = "e2c4a6b8d0f24e1a9c7b5d3f1e0a2c4b"
WHERE = "INSPECT_DATE >= CURRENT_TIMESTAMP - 7"


def main():
    gis = GIS("pro")
    staging = gis.content.get(ITEM_INSPECTIONS).layers[0]
    hydrants = gis.content.get(ITEM_HYDRANTS).layers[0]
    feats = staging.query(where=WHERE, out_fields="*").features
    print(f"{len(feats)} inspections to append")
    if feats:
        result = hydrants.edit_features(adds=feats)
        failed = [r for r in result["addResults"] if not r["success"]]
        print(f"{len(feats) - len(failed)} added, {len(failed)} failed")


if __name__ == "__main__":
    main()
''', None, "ArcGIS API for Python: GIS(\"pro\") uses the active ArcGIS Pro portal sign-in; item ids are public")

_tok = hexs(40)
add("yaml/fme-token", "gis/fme/jobs/sde-to-maximo.yaml", r"""# Nightly FME Flow job: pushes GIS asset changes to Maximo (run by the scheduler on gisjobs01)
fme_flow:
  url: https://fme.utility.local
  token: @@tok@@
  repository: Asset Sync
  workspace: sde_to_maximo.fmw

published_parameters:
  SourceDataset_GEODATABASE_SDE: C:\GISJobs\connections\water_edit.sde
  MAXIMO_URL: https://maximo.utility.local/maximo/api/os/mxasset
  ASSET_CLASSES:
    - HYDRANT
    - VALVE
    - MAIN
    - METER
  CHANGED_SINCE_HOURS: 26

notify:
  on_failure: gis-team@utility.org
  on_success: ""
""", _tok, "FME Flow REST API v3: fmetoken authorization (token from /fmetoken/generate)", tok=_tok)

_pw = words_pw("!@*")
add("python/cityworks", "cmms/cityworks/close_stale_requests.py", r'''"""Closes service requests older than 180 days that have a completed work order (Cityworks REST)."""
import json

import requests

CW = "https://cityworks.utility.local/cityworks"


def authenticate():
    data = {"data": json.dumps({"LoginName": "cw_integration", "Password": "@@pw@@"})}
    r = requests.post(f"{CW}/Services/General/Authentication/Authenticate", data=data, timeout=30)
    r.raise_for_status()
    return r.json()["Value"]["Token"]


def call(token, service, payload):
    r = requests.post(f"{CW}/Services/{service}", data={"data": json.dumps(payload), "token": token}, timeout=60)
    r.raise_for_status()
    return r.json()["Value"]


def main():
    token = authenticate()
    ids = call(token, "Ams/ServiceRequest/Search", {"DateTimeInitEnd": "2023-09-01", "Status": ["OPEN"]})
    for rid in ids:
        sr = call(token, "Ams/ServiceRequest/ById", {"RequestId": rid})
        if sr.get("WorkOrderId"):
            call(token, "Ams/ServiceRequest/Close", {"RequestIds": [rid]})
            print("closed", rid)


if __name__ == "__main__":
    main()
''', _pw, "Cityworks REST API: General/Authentication/Authenticate (LoginName, Password) and token use", pw=_pw)

_pw = rand_pw(16)
add("docker-compose/postgis", "gis/postgis/docker-compose.yml", r"""# PostGIS replica of the sewer network for the hydraulic model (InfoWorks ICM exports)
services:
  postgis:
    image: postgis/postgis:16-3.4
    restart: unless-stopped
    environment:
      - POSTGRES_DB=sewer_model
      - POSTGRES_USER=model
      - POSTGRES_PASSWORD=@@pw@@
    ports:
      - "5433:5432"
    volumes:
      - pgdata:/var/lib/postgresql/data
      - ./init:/docker-entrypoint-initdb.d:ro

  pg_featureserv:
    image: pramsey/pg_featureserv:latest
    environment:
      - DATABASE_URL=postgres://model@postgis/sewer_model
    ports:
      - "9000:9000"
    depends_on:
      - postgis

volumes:
  pgdata:
""", _pw, "Docker Hub postgis/postgis image: POSTGRES_PASSWORD environment variable", pw=_pw)

_tok = mapbox_token("sk", "wcwd-gis")
add("python/mapbox-secret", "gis/tiles/upload_pressure_zones.py", r'''"""Uploads the pressure-zone tileset to Mapbox for the customer outage map (MTS)."""
import subprocess
import sys

import requests

USERNAME = "wcwd-gis"
# uploads:write, tilesets:write scopes - do not use in the browser
ACCESS_TOKEN = "@@tok@@"
TILESET = f"{USERNAME}.pressure-zones"


def upload_source(path):
    url = f"https://api.mapbox.com/tilesets/v1/sources/{USERNAME}/pressure-zones?access_token={ACCESS_TOKEN}"
    with open(path, "rb") as fh:
        r = requests.put(url, files={"file": fh}, timeout=300)
    r.raise_for_status()
    return r.json()["id"]


def publish():
    r = requests.post(f"https://api.mapbox.com/tilesets/v1/{TILESET}/publish?access_token={ACCESS_TOKEN}", timeout=60)
    r.raise_for_status()
    print(r.json()["message"])


if __name__ == "__main__":
    subprocess.run(["ogr2ogr", "-f", "GeoJSONSeq", "zones.ldgeojson", sys.argv[1]], check=True)
    print("source:", upload_source("zones.ldgeojson"))
    publish()
''', _tok, "Mapbox Tilesets API: secret access tokens (sk.) with uploads:write scope", tok=_tok)

_tok = mapbox_token("pk", "wcwd-gis")
add("html/decoy-mapbox-public", "webapps/outage-map/public/index.html", r"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Water Outages | West County Water District</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link href="https://api.mapbox.com/mapbox-gl-js/v3.2.0/mapbox-gl.css" rel="stylesheet">
  <script src="https://api.mapbox.com/mapbox-gl-js/v3.2.0/mapbox-gl.js"></script>
  <style>body { margin: 0; } #map { position: absolute; inset: 0; }</style>
</head>
<body>
<div id="map"></div>
<script>
  // Public token, URL-restricted to outages.wcwd.org (Mapbox: public tokens are meant for the browser)
  mapboxgl.accessToken = "@@tok@@";
  const map = new mapboxgl.Map({
    container: "map",
    style: "mapbox://styles/wcwd-gis/clt0k3x9a00c201qe5h2b7f3d",
    center: [-121.95, 37.35],
    zoom: 11
  });
  map.on("load", () => {
    map.addSource("zones", { type: "vector", url: "mapbox://wcwd-gis.pressure-zones" });
    map.addLayer({ id: "zones", type: "line", source: "zones", "source-layer": "zones",
                   paint: { "line-color": "#1f78b4", "line-width": 1.5 } });
  });
</script>
</body>
</html>
""", None, "Mapbox docs: public access tokens (pk.) are used in client-side code, URL restrictions", tok=_tok)

_key = google_key()
add("python/google-geocoding", "cis/address_cleanup/geocode_backfill.py", r'''"""Back-fills lat/long for premises the ArcGIS locator could not match (Google Geocoding API, server side)."""
import time

import pyodbc
import requests

GOOGLE_KEY = "@@key@@"
CONN = "DSN=CIS_REPORTING;Trusted_Connection=yes"


def geocode(address):
    r = requests.get("https://maps.googleapis.com/maps/api/geocode/json",
                     params={"address": address, "key": GOOGLE_KEY, "components": "country:US|administrative_area:CA"},
                     timeout=20)
    r.raise_for_status()
    body = r.json()
    if body["status"] != "OK":
        return None
    loc = body["results"][0]["geometry"]["location"]
    return loc["lat"], loc["lng"]


def main():
    with pyodbc.connect(CONN) as db:
        rows = db.execute("SELECT premise_id, address_line FROM gis.unmatched_premises WHERE tries < 3").fetchall()
        for premise_id, address in rows:
            hit = geocode(address)
            if hit:
                db.execute("UPDATE gis.unmatched_premises SET lat=?, lon=? WHERE premise_id=?", *hit, premise_id)
            db.execute("UPDATE gis.unmatched_premises SET tries = tries + 1 WHERE premise_id=?", premise_id)
            db.commit()
            time.sleep(0.05)


if __name__ == "__main__":
    main()
''', _key, "Google Maps Platform: Geocoding API key parameter (server-side key)", key=_key)

_pw = words_pw("!*")
add("sql/oracle-sde-user", "gis/db/oracle/02_create_gis_users.sql", r"""-- Enterprise geodatabase users on GISPRD (Oracle 19c). Run as SYSTEM after 01_tablespaces.sql.
WHENEVER SQLERROR EXIT FAILURE

CREATE USER water_owner IDENTIFIED BY "@@pw@@"
  DEFAULT TABLESPACE gis_data
  TEMPORARY TABLESPACE temp
  QUOTA UNLIMITED ON gis_data;

GRANT CREATE SESSION, CREATE TABLE, CREATE VIEW, CREATE SEQUENCE, CREATE PROCEDURE, CREATE TRIGGER TO water_owner;

CREATE ROLE gis_editor;
CREATE ROLE gis_viewer;
GRANT CREATE SESSION TO gis_editor, gis_viewer;

-- Editors and viewers authenticate with OS/AD (Kerberos), no passwords here
CREATE USER "GIS_EDITOR_SVC" IDENTIFIED EXTERNALLY;
GRANT gis_editor TO "GIS_EDITOR_SVC";

EXIT
""", _pw, "Oracle Database SQL reference: CREATE USER ... IDENTIFIED BY / IDENTIFIED EXTERNALLY", pw=_pw)

_pw = human_pw("!#")
add("powershell/arcgis-server-token", "gis/admin/Restart-StoppedServices.ps1", r"""# Restarts map services that are stopped on the ArcGIS Server site (scheduled every 15 min on gisweb01).
$ErrorActionPreference = "Stop"
$server = "https://gisweb01.utility.local:6443/arcgis"

$tokenBody = @{
    username   = "siteadmin"
    password   = "@@pw@@"
    client     = "requestip"
    expiration = 60
    f          = "json"
}
$token = (Invoke-RestMethod -Method Post -Uri "$server/admin/generateToken" -Body $tokenBody).token

$folders = @("", "Water", "Sewer", "Stormwater")
foreach ($folder in $folders) {
    $list = Invoke-RestMethod -Uri "$server/admin/services/$folder?f=json&token=$token"
    foreach ($svc in $list.services) {
        $path = if ($folder) { "$folder/$($svc.serviceName).$($svc.type)" } else { "$($svc.serviceName).$($svc.type)" }
        $status = Invoke-RestMethod -Uri "$server/admin/services/$path/status?f=json&token=$token"
        if ($status.realTimeState -eq "STOPPED") {
            Invoke-RestMethod -Method Post -Uri "$server/admin/services/$path/start" -Body @{ f = "json"; token = $token } | Out-Null
            Write-Output "$(Get-Date -Format s) started $path"
        }
    }
}
""", _pw, "ArcGIS Server Administrator API: generateToken (username, password, client, expiration)", pw=_pw)

_url = ("https://prod-27.westus.logic.azure.com:443/workflows/" + hexs(32) + "/triggers/manual/paths/invoke"
        "?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=" + fakes.drawn_mixed(_seed(), 43, ALNUM + "-_"))
add("yaml/survey123-flow-webhook", "gis/survey123/webhooks.yaml", r"""# Survey123 webhooks -> Power Automate flows (registered on the survey items in the portal)
surveys:
  - name: Hydrant inspection
    item_id: 0f1e2d3c4b5a49687f6e5d4c3b2a1908
    webhooks:
      - name: Out-of-service hydrant -> Maximo WO
        url: "@@url@@"
        events: [addData]
        include_portal_info: false
        include_user_info: true

  - name: Sanitary sewer overflow report
    item_id: 1a2b3c4d5e6f47089a1b2c3d4e5f6a7b
    webhooks:
      - name: SSO -> regulatory notification
        url: https://ssoalerts.utility.org/api/survey123
        events: [addData, editData]
""", _url, "Survey123 docs: webhooks to Power Automate; Logic Apps HTTP trigger URLs carry a SAS sig", url=_url)

# ---------------------------------------------------------------------------------------------
# Laboratory (water quality LIMS, instruments, AQUARIUS, Hach WIMS)
# ---------------------------------------------------------------------------------------------

_pw = words_pw("!*")
add("properties/labware-jdbc", "lims-integration/config/lims.properties", r"""# LabWare LIMS integration service (results -> WIMS, PI and the state EDT export)
lims.jdbc.driver=oracle.jdbc.OracleDriver
lims.jdbc.url=jdbc:oracle:thin:@//limsdb01.utility.local:1521/LIMSPRD
lims.jdbc.user=LIMS_INTEGRATION
lims.jdbc.password=@@pw@@
lims.jdbc.pool.max=8

# Which results are released to downstream systems
lims.release.statuses=A,R
lims.release.sample_types=DW_COMPLIANCE,DW_PROCESS,WW_NPDES,WW_PROCESS
lims.poll.seconds=300

wims.url=https://wims.utility.local/wims/api
wims.facility=NWTP

edt.output.dir=/data/edt/outbound
edt.lab_id=CA01234
edt.pws_id=CA4310011
""", _pw, "Oracle JDBC thin URL and properties; LabWare LIMS integration settings", pw=_pw)

_pw = rand_pw(14, "!%")
add("python/sftp-instrument", "lims-integration/instruments/icpms_pull.py", r'''"""Pulls ICP-MS result files from the instrument PC share (SFTP) into the LIMS import folder."""
import pathlib
import stat

import paramiko

HOST = "icpms-pc01.lab.utility.local"
USER = "labxfer"
PASSWORD = "@@pw@@"
REMOTE = "/C:/Agilent/ICPMH/1/DATA/Export"
LOCAL = pathlib.Path(r"\\limsapp01\import\icpms")


def main():
    transport = paramiko.Transport((HOST, 22))
    transport.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        for entry in sftp.listdir_attr(REMOTE):
            if stat.S_ISDIR(entry.st_mode) or not entry.filename.lower().endswith(".csv"):
                continue
            target = LOCAL / entry.filename
            if target.exists():
                continue
            sftp.get(f"{REMOTE}/{entry.filename}", str(target))
            sftp.rename(f"{REMOTE}/{entry.filename}", f"{REMOTE}/archived/{entry.filename}")
            print("pulled", entry.filename)
    finally:
        sftp.close()
        transport.close()


if __name__ == "__main__":
    main()
''', _pw, "Paramiko docs: Transport.connect(username, password) and SFTPClient", pw=_pw)

_pw = words_pw("!#")
add("sql/linked-server", "lims-integration/sql/create_linked_server_wims.sql", r"""-- Linked server from the reporting SQL Server to Hach WIMS (for the monthly operating report views)
USE [master];
GO

EXEC master.dbo.sp_addlinkedserver
     @server = N'WIMS',
     @srvproduct = N'',
     @provider = N'MSOLEDBSQL',
     @datasrc = N'wimsdb01.utility.local';
GO

EXEC master.dbo.sp_addlinkedsrvlogin
     @rmtsrvname = N'WIMS',
     @useself = N'False',
     @locallogin = NULL,
     @rmtuser = N'wims_report',
     @rmtpassword = N'@@pw@@';
GO

EXEC master.dbo.sp_serveroption @server = N'WIMS', @optname = N'rpc out', @optvalue = N'true';
EXEC master.dbo.sp_serveroption @server = N'WIMS', @optname = N'remote proc transaction promotion', @optvalue = N'false';
GO
""", _pw, "Microsoft docs: sp_addlinkedserver and sp_addlinkedsrvlogin (@rmtpassword)", pw=_pw)

_pw = rand_pw(16)
add("python/smtp-lab-results", "lims-integration/notify/send_exceedances.py", r'''"""Emails the lab supervisor and compliance when a released result exceeds an MCL or permit limit."""
import smtplib
import ssl
from email.message import EmailMessage

SMTP_HOST = "smtp.office365.com"
SMTP_PORT = 587
SMTP_USER = "lims-notify@utility.org"
SMTP_PASS = "@@pw@@"
TO = ["lab-supervisor@utility.org", "compliance@utility.org"]


def send(exceedances):
    if not exceedances:
        return
    msg = EmailMessage()
    msg["Subject"] = f"LIMS: {len(exceedances)} result(s) above limit"
    msg["From"] = SMTP_USER
    msg["To"] = ", ".join(TO)
    lines = [f"{e['sample_id']}  {e['location']}  {e['analyte']}: {e['result']} {e['units']} (limit {e['limit']})"
             for e in exceedances]
    msg.set_content("Released results above their limits:\n\n" + "\n".join(lines))
    with smtplib.SMTP(SMTP_HOST, SMTP_PORT) as s:
        s.starttls(context=ssl.create_default_context())
        s.login(SMTP_USER, SMTP_PASS)
        s.send_message(msg)
''', _pw, "Python smtplib docs: SMTP.starttls and SMTP.login", pw=_pw)

_pw = human_pw("!#")
add("r/lims-odbc", "reports/ccr/R/pull_ccr_results.R", r"""# Consumer Confidence Report: pulls the calendar-year compliance results from LIMS
library(DBI)
library(odbc)
library(dplyr)

con <- dbConnect(odbc::odbc(),
                 Driver   = "Oracle in OraClient19Home1",
                 DBQ      = "limsdb01.utility.local:1521/LIMSPRD",
                 UID      = "CCR_READER",
                 PWD      = "@@pw@@")

year <- as.integer(format(Sys.Date(), "%Y")) - 1

results <- dbGetQuery(con, sprintf("
  SELECT s.sample_id, s.sampled_date, s.location_code, r.analyte, r.result_value, r.units, r.mdl
  FROM   sample s JOIN result r ON r.sample_id = s.sample_id
  WHERE  s.sample_type = 'DW_COMPLIANCE'
  AND    EXTRACT(YEAR FROM s.sampled_date) = %d
  AND    r.status = 'A'", year))

summary <- results %>%
  group_by(ANALYTE, UNITS) %>%
  summarise(n = n(), min = min(RESULT_VALUE), max = max(RESULT_VALUE), avg = mean(RESULT_VALUE), .groups = "drop")

write.csv(summary, sprintf("output/ccr_%d_summary.csv", year), row.names = FALSE)
dbDisconnect(con)
""", _pw, "odbc R package docs: dbConnect(odbc::odbc(), Driver, UID, PWD)", pw=_pw)

_pw = words_pw("!*")
add("vba/lims-adodb", "reports/mor/MonthlyOperatingReport.bas", r"""Attribute VB_Name = "MonthlyOperatingReport"
' Fills the state Monthly Operating Report workbook from Hach WIMS.
' Sheet "Data" gets one row per day; the state template formulas do the rest.
Option Explicit

Private Const CONN As String = "Provider=MSOLEDBSQL;Data Source=wimsdb01.utility.local;" & _
    "Initial Catalog=WIMS_NWTP;User ID=wims_report;Password=@@pw@@;"

Public Sub FillMonth()
    Dim cn As Object, rs As Object, ws As Worksheet
    Dim startDate As Date, r As Long

    startDate = DateSerial(Year(Date), Month(Date) - 1, 1)
    Set ws = ThisWorkbook.Worksheets("Data")
    ws.Range("A2:K32").ClearContents

    Set cn = CreateObject("ADODB.Connection")
    cn.Open CONN
    Set rs = cn.Execute("EXEC rpt.MOR_Daily @Start = '" & Format(startDate, "yyyy-mm-dd") & "'")

    r = 2
    Do While Not rs.EOF
        ws.Cells(r, 1).Value = rs!ReportDate
        ws.Cells(r, 2).Value = rs!RawFlowMGD
        ws.Cells(r, 3).Value = rs!FinishedFlowMGD
        ws.Cells(r, 4).Value = rs!MaxTurbidityNTU
        ws.Cells(r, 5).Value = rs!MinCl2Residual
        ws.Cells(r, 6).Value = rs!CTRatio
        r = r + 1
        rs.MoveNext
    Loop

    rs.Close
    cn.Close
    MsgBox "MOR data loaded for " & Format(startDate, "mmmm yyyy"), vbInformation
End Sub
""", _pw, "Microsoft docs: ADO Connection.Open with an MSOLEDBSQL connection string", pw=_pw)

_pw = rand_pw(18, "!#%")
add("json/appsettings-lims", "lims-integration/ResultBridge/appsettings.json", r"""{
  "ConnectionStrings": {
    "Wims": "Server=wimsdb01.utility.local;Database=WIMS_NWTP;User Id=wims_bridge;Password=@@pw@@;TrustServerCertificate=True;",
    "Lims": "Data Source=limsdb01.utility.local:1521/LIMSPRD;User Id=LIMS_INTEGRATION;Proxy User Id=;"
  },
  "Bridge": {
    "PollSeconds": 300,
    "Facilities": [ "NWTP", "SWRF" ],
    "VariableMap": "config/variable-map.csv"
  },
  "Serilog": {
    "MinimumLevel": "Information",
    "WriteTo": [ { "Name": "File", "Args": { "path": "logs/bridge-.log", "rollingInterval": "Day" } } ]
  }
}
""", _pw, "ASP.NET Core configuration: ConnectionStrings in appsettings.json; SqlClient keywords", pw=_pw)

_pw = human_pw("!@")
add("python/aquarius-timeseries", "hydrology/aquarius/push_reservoir_levels.py", r'''"""Appends reservoir elevations from the SCADA export to AQUARIUS Time-Series (Acquisition API)."""
import csv
import sys

from timeseries_client import timeseries_client

AQTS_HOST = "https://aquarius.utility.local"
AQTS_USER = "api-scada"
AQTS_PASSWORD = "@@pw@@"

SERIES = {
    "RES_HILLCREST": "Elevation.Working@RES-HILLCREST",
    "RES_RIVERSIDE": "Elevation.Working@RES-RIVERSIDE",
}


def main(path):
    rows = list(csv.DictReader(open(path)))
    with timeseries_client(AQTS_HOST, AQTS_USER, AQTS_PASSWORD) as ts:
        for tag, identifier in SERIES.items():
            points = [{"Time": r["timestamp"], "Value": {"Numeric": float(r[tag])}} for r in rows if r.get(tag)]
            uid = ts.getTimeSeriesUniqueId(identifier)
            ts.acquisition.post(f"/timeseries/{uid}/append", json={"Points": points})
            print(identifier, len(points))


if __name__ == "__main__":
    main(sys.argv[1])
''', _pw, "Aquatic Informatics aquarius-sdk-python: timeseries_client(hostname, username, password)", pw=_pw)

_pw = words_pw("!@")
add("python/epa-cdx", "regulatory/netdmr/submit_dmr.py", r'''"""Uploads the monthly DMR (NetDMR XML) through EPA CDX for NPDES permit CA0037869."""
import pathlib
import sys

from zeep import Client
from zeep.wsse.username import UsernameToken

WSDL = "https://cdx.epa.gov/RegisterMigration/NetDMR.svc?wsdl"
CDX_USER = "WCWD_DMR_SIGNER"
CDX_PASSWORD = "@@pw@@"
PERMIT = "CA0037869"


def main(xml_path):
    client = Client(WSDL, wsse=UsernameToken(CDX_USER, CDX_PASSWORD))
    document = pathlib.Path(xml_path).read_bytes()
    result = client.service.Submit(dataflow="NETDMR", document=document, permit=PERMIT)
    print("transaction:", result.transactionId, "status:", result.status)


if __name__ == "__main__":
    main(sys.argv[1])
''', _pw, "EPA CDX / NetDMR batch submission (SOAP, WS-Security UsernameToken); zeep docs", pw=_pw)

_pw = rand_pw(14)
add("yaml/state-sftp", "regulatory/ccr/config/upload.yaml", r"""# Uploads the electronic CCR and the certification form to the state drinking water program SFTP
pws_id: CA4310011
system_name: West County Water District
report_year: 2023

sftp:
  host: sftp.waterboards.example.gov
  port: 22
  username: ca4310011
  password: "@@pw@@"
  remote_dir: /inbound/ccr/2023
  host_key_fingerprint: SHA256:q1Wm7xR4n0s9T2vYk8bZ3cP5dF6gH7jL0aE1uI2oQ3w

files:
  - output/ccr_2023.pdf
  - output/ccr_certification_2023.pdf
  - output/ccr_2023_spanish.pdf

notify: compliance@utility.org
""", _pw, "State drinking water program electronic submission via SFTP (paramiko/pysftp config)", pw=_pw)

add("python/decoy-test-fixture", "lims-integration/tests/test_edt_export.py", r'''"""Tests of the state EDT export. All credentials here are fixtures for the fake SFTP server."""
import pytest

from lims_integration.edt import EdtExporter, SftpTarget

FAKE_SFTP_USER = "test-user"
FAKE_SFTP_PASSWORD = "not-a-real-password"  # used only against the in-process mock server


@pytest.fixture
def target(tmp_path):
    return SftpTarget(host="localhost", port=2222, username=FAKE_SFTP_USER,
                      password=FAKE_SFTP_PASSWORD, remote_dir=str(tmp_path))


def test_edt_line_format(target):
    exporter = EdtExporter(lab_id="CA01234", pws_id="CA4310011", target=target)
    line = exporter.format_result({"sample_id": "S24-00812", "analyte": "NO3-N", "result": 2.1,
                                   "units": "MG/L", "method": "EPA 300.0", "sampled": "2024-02-12"})
    assert line.startswith("CA4310011|CA01234|S24-00812|")
    assert line.endswith("|EPA 300.0|")


def test_non_detect_is_reported_below_mdl(target):
    exporter = EdtExporter(lab_id="CA01234", pws_id="CA4310011", target=target)
    line = exporter.format_result({"sample_id": "S24-00813", "analyte": "ARSENIC", "result": None,
                                   "mdl": 0.002, "units": "MG/L", "method": "EPA 200.8", "sampled": "2024-02-12"})
    assert "|<|0.002|" in line
''', None, "pytest fixtures; test credentials declared fake for a mock server")

r = _rng()
_edd = {"submission": {"pwsId": "CA4310011", "labId": "CA01234", "submittedAt": "2024-03-05T16:20:00Z",
                       "sha256": "".join(r.choice(HEX) for _ in range(64))},
        "samples": [{"sampleId": f"S24-00{800 + i}", "barcode": "".join(r.choice(UPHEX) for _ in range(12)),
                     "location": r.choice(["DS-014", "DS-022", "EP-001", "WELL-03"]),
                     "collected": f"2024-02-{10 + i}T08:{10 + i}:00-08:00",
                     "results": [{"analyte": "TCR", "value": "ABSENT"}, {"analyte": "CL2_FREE", "value": round(r.uniform(0.4, 1.6), 2), "units": "MG/L"}]}
                    for i in range(3)]}
add("json/decoy-lab-edd", "lims-integration/fixtures/edd_2024-02.json", json.dumps(_edd, indent=2) + "\n", None,
    "State electronic data deliverable (EDD) layout; SHA-256 digest and sample barcodes are identifiers")

add("markdown/decoy-docs-placeholder", "regulatory/README.md", r"""# Regulatory reporting scripts

| Script | Report | Due |
| --- | --- | --- |
| `netdmr/submit_dmr.py` | NPDES DMR (NetDMR) | 28th of the following month |
| `ccr/` | Consumer Confidence Report | July 1 |
| `mor/` | Monthly Operating Report (state DDW) | 10th of the following month |
| `lcr/` | Lead and Copper tap sampling summary | per monitoring period |

## Credentials

Nothing in this folder should hold a password. Set them in your shell or in the task's
environment before running:

```bash
export CDX_USER=WCWD_DMR_SIGNER
export CDX_PASSWORD='<your CDX password>'
export STATE_SFTP_PASSWORD=changeme   # ask compliance for the current one
python netdmr/submit_dmr.py output/dmr_2024-02.xml
```

The CDX signing account needs the CROMERR second factor (the challenge question); the script
prompts for it with `getpass` when it is not in `CDX_ANSWER`.

## Test data

`tests/fixtures/` holds a DMR for the fake permit `CA0000000`; it can be submitted to the CDX
test environment (`https://testngn.epacdxnode.net`) with a test account.
""", None, "Team README with placeholders (<your ...>, changeme) and environment variables")

# ---------------------------------------------------------------------------------------------
# Customer information and billing (CIS): Oracle CC&B, SAP IS-U, payments, customer portal
# ---------------------------------------------------------------------------------------------

_pw = words_pw("#*")
add("shell/sqlplus-ccb", "cis/batch/run_billing_extract.sh", r"""#!/bin/ksh
# Nightly extract of billed consumption from Oracle CC&B for the finance warehouse.
# Scheduled in Control-M job CIS_BILL_EXTRACT (after C1-BSEND completes).

export ORACLE_HOME=/u01/app/oracle/product/19.0.0/client_1
export PATH=$ORACLE_HOME/bin:$PATH
export TNS_ADMIN=/opt/cis/tns
OUT=/data/cis/extract/billed_consumption_$(date +%Y%m%d).csv

sqlplus -s CISREAD/@@pw@@@CCBPRD <<EOF
set pagesize 0 linesize 400 feedback off heading off trimspool on colsep ','
spool $OUT
SELECT b.bill_id, sa.sa_id, sa.sa_type_cd, TO_CHAR(b.bill_dt, 'YYYY-MM-DD'), bsq.bill_sq, bsq.uom_cd
  FROM ci_bill b
  JOIN ci_bseg bs ON bs.bill_id = b.bill_id
  JOIN ci_sa sa ON sa.sa_id = bs.sa_id
  JOIN ci_bseg_sq bsq ON bsq.bseg_id = bs.bseg_id
 WHERE b.bill_dt = TRUNC(SYSDATE) - 1
   AND bs.bseg_stat_flg = '50';
spool off
exit
EOF

gzip -f "$OUT"
""", _pw, "SQL*Plus user guide: sqlplus user/password@connect_identifier; Oracle Utilities CC&B tables", pw=_pw)

_pw = human_pw("!#")
add("python/pyrfc-sap", "cis/sap/isu_meter_reads_upload.py", r'''"""Uploads validated AMI reads to SAP IS-U as meter reading results (BAPI_MTRREADDOC_UPLOAD)."""
import csv
import sys

from pyrfc import Connection

SAP = dict(ashost="sapisu-prd.utility.local", sysnr="00", client="300", lang="EN",
           user="RFC_AMI", passwd="@@pw@@")


def main(path):
    rows = list(csv.DictReader(open(path)))
    with Connection(**SAP) as conn:
        for i in range(0, len(rows), 500):
            chunk = rows[i:i + 500]
            result = conn.call("BAPI_MTRREADDOC_UPLOAD", MTRREADINGDATA=[
                {"EQUIPMENT": r["equipment"], "REGISTER": "001", "READINGDATE": r["read_date"].replace("-", ""),
                 "READINGTIME": "000000", "READINGRESULT": r["reading"], "MTRREADINGREASON": "01",
                 "MTRREADINGTYPE": "05"} for r in chunk])
            errors = [m for m in result["RETURN"] if m["TYPE"] in ("E", "A")]
            if errors:
                print(f"batch {i // 500}: {len(errors)} errors, first: {errors[0]['MESSAGE']}", file=sys.stderr)
                conn.call("BAPI_TRANSACTION_ROLLBACK")
            else:
                conn.call("BAPI_TRANSACTION_COMMIT", WAIT="X")


if __name__ == "__main__":
    main(sys.argv[1])
''', _pw, "SAP PyRFC docs: Connection(ashost, sysnr, client, user, passwd)", pw=_pw)

_key = stripe_key()
add("env/stripe", "portal/.env.production", r"""# Customer self-service portal (pay.wcwd.org) - production
NODE_ENV=production
PORT=3000
PUBLIC_URL=https://pay.wcwd.org

STRIPE_PUBLISHABLE_KEY=pk_live_51Ob2xKJqV7s3TnYc8RmW4pL6aE0dFh9GiZuC2vX5bN1kM3oQ7yT
STRIPE_SECRET_KEY=@@key@@
STRIPE_WEBHOOK_ENDPOINT=/webhooks/stripe

CIS_API_URL=https://cisapi.utility.local/v1
SESSION_TTL_MINUTES=30
AUTOPAY_ENABLED=true
""", _key, "Stripe docs: API keys (sk_live_ secret, pk_live_ publishable)", key=_key)

_login, _tkey = fakes.drawn_mixed(_seed(), 10), fakes.drawn_mixed(_seed(), 16)
add("xml/authorize-net", "PaymentKiosk/Web.config", r"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <!-- Walk-in payment kiosks at the customer service counter -->
    <add key="KioskLocation" value="Main Office Lobby" />
    <add key="AuthorizeNet.Environment" value="PRODUCTION" />
    <add key="AuthorizeNet.ApiLoginId" value="@@login@@" />
    <add key="AuthorizeNet.TransactionKey" value="@@tkey@@" />
    <add key="CisPaymentPostingUrl" value="https://cisapi.utility.local/v1/payments" />
    <add key="ReceiptPrinter" value="EPSON TM-T88VI" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" enableVersionHeader="false" />
    <customErrors mode="RemoteOnly" defaultRedirect="~/Error" />
  </system.web>
</configuration>
""", _tkey, "Authorize.Net developer docs: API Login ID and Transaction Key", login=_login, tkey=_tkey)

_key = pem_block("OPENSSH")
add("pem/ssh-lockbox", "cis/bank/keys/lockbox_sftp_id", _key + "\n", _key,
    "OpenSSH ssh-keygen(1): private key file format (BEGIN OPENSSH PRIVATE KEY)")

_sk = fakes.django_secret_key(_seed())
add("python/django-secret", "portal/wcwd_portal/settings/production.py", r'''"""Production settings for the customer portal (Django)."""
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "@@sk@@"
ALLOWED_HOSTS = ["my.wcwd.org", "portal-prod-01.utility.local"]
CSRF_TRUSTED_ORIGINS = ["https://my.wcwd.org"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "portal",
        "HOST": "portaldb.utility.local",
        "USER": "portal",
        "OPTIONS": {"sslmode": "require", "service": "portal"},
    }
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

CIS_API = {"BASE_URL": "https://cisapi.utility.local/v1", "TIMEOUT": 20}
USAGE_CHARTS = {"SOURCE": "ami", "DAYS": 90}
''', _sk, "Django docs: SECRET_KEY setting (get_random_secret_key, 50 characters)", sk=_sk)

_sid, _tok = "AC" + hexs(32), hexs(32)
add("json/twilio-ivr", "outage-notify/config/twilio.prod.json", r"""{
  "twilio": {
    "accountSid": "@@sid@@",
    "authToken": "@@tok@@",
    "messagingServiceSid": "MG5d1f0e7c3b2a49f8e6d4c2b0a1f3e5d7",
    "fromNumber": "+14085550142"
  },
  "templates": {
    "plannedOutage": "West County Water: water service at {address} will be off {date} {start}-{end} for main repairs.",
    "boilWater": "West County Water: BOIL WATER NOTICE for your area until further notice. Details: wcwd.org/bwn",
    "restored": "West County Water: water service at {address} has been restored. Run cold taps for 2 minutes."
  },
  "throttlePerSecond": 50,
  "quietHours": { "start": "21:00", "end": "07:00" }
}
""", _tok, "Twilio docs: Account SID (AC...) and Auth Token", sid=_sid, tok=_tok)

_key = sendgrid_key()
add("python/sendgrid-ebill", "cis/ebill/send_bill_ready.py", r'''"""Sends "your bill is ready" emails for the day's e-bill customers (SendGrid dynamic template)."""
import csv
import sys

from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SENDGRID_API_KEY = "@@key@@"
TEMPLATE_ID = "d-4f2a9c7e1b3d4a6f8e0c2b4d6f8a0c1e"
FROM = ("billing@wcwd.org", "West County Water District")


def main(path):
    sg = SendGridAPIClient(SENDGRID_API_KEY)
    sent = 0
    for row in csv.DictReader(open(path)):
        message = Mail(from_email=FROM, to_emails=row["email"])
        message.template_id = TEMPLATE_ID
        message.dynamic_template_data = {"first_name": row["first_name"], "account": row["account_masked"],
                                         "amount_due": row["amount_due"], "due_date": row["due_date"]}
        resp = sg.send(message)
        sent += resp.status_code == 202
    print(f"sent {sent} bill-ready emails")


if __name__ == "__main__":
    main(sys.argv[1])
''', _key, "SendGrid Python library: SendGridAPIClient(api_key), dynamic templates", key=_key)

_pw = words_pw("!*")
add("php/wordpress-db", "website/wp-config.php", r"""<?php
/**
 * wcwd.org public website (WordPress). Hosted on web-dmz-01.
 */
define( 'DB_NAME', 'wcwd_wp' );
define( 'DB_USER', 'wcwd_wp' );
define( 'DB_PASSWORD', '@@pw@@' );
define( 'DB_HOST', 'mysql-dmz.utility.org' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'wcwd_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'FORCE_SSL_ADMIN', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );

/* Keys and salts are loaded from outside the web root. */
require_once '/etc/wcwd/wp-salts.php';

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", _pw, "WordPress docs: wp-config.php DB_PASSWORD", pw=_pw)

_block = pgp_private_block()
add("pgp/private-key", "cis/bank/ach/keys/wcwd-ach-signing.sec.asc", "# ACH file signing key for the bank's PGP-encrypted NACHA uploads\n# Owner: Finance / CIS team, rotated 2024-01\n" + _block + "\n",
    _block, "RFC 4880 OpenPGP ASCII armor: PGP PRIVATE KEY BLOCK")

# ---------------------------------------------------------------------------------------------
# Work orders and CMMS: IBM Maximo, Infor EAM, and the payment/customer-side decoys
# ---------------------------------------------------------------------------------------------

_pw = words_pw("!*")
add("properties/maximo-db", "maximo/applications/maximo/properties/maximo.properties", r"""# Maximo 7.6.1.3 - production (MXPROD). Built into the EAR by buildmaximoear.sh
mxe.name=MXServer
mxe.hostname=maximo.utility.local
mxe.rmi.port=0
mxe.db.url=jdbc:db2://mxdb01.utility.local:50005/MAXDB76:sslConnection=true;
mxe.db.driver=com.ibm.db2.jcc.DB2Driver
mxe.db.user=maximo
mxe.db.password=@@pw@@
mxe.db.schemaowner=maximo
mxe.db.initialConnections=15
mxe.db.maxFreeConnections=20
mxe.db.minFreeConnections=10
mxe.db.newConnectionCount=5
mxe.adminuserid=maxadmin
mxe.adminEmail=maximo-admin@utility.org
mail.smtp.host=smtp.utility.local
mxe.useAppServerSecurity=1
""", _pw, "IBM Maximo Asset Management docs: maximo.properties database settings (mxe.db.password)", pw=_pw)

_key = maximo_apikey()
add("python/maximo-apikey", "cmms/maximo/sync_pm_schedule.py", r'''"""Pushes the hydrant and valve PM schedule from the GIS exercise plan to Maximo (REST /api, API key)."""
import csv
import sys

import requests

MAXIMO = "https://maximo.utility.local/maximo/api"
HEADERS = {"apikey": "@@key@@", "Content-Type": "application/json"}


def find_pm(session, pmnum):
    r = session.get(f"{MAXIMO}/os/mxapipm", params={"oslc.where": f'pmnum="{pmnum}"', "oslc.select": "pmnum,nextdate,href", "lean": 1})
    r.raise_for_status()
    members = r.json()["member"]
    return members[0] if members else None


def main(path):
    with requests.Session() as s:
        s.headers.update(HEADERS)
        for row in csv.DictReader(open(path)):
            pm = find_pm(s, row["pmnum"])
            if pm is None:
                print("missing PM", row["pmnum"], file=sys.stderr)
                continue
            r = s.post(pm["href"] + "?lean=1", json={"nextdate": row["next_date"] + "T00:00:00-08:00"},
                       headers={"x-method-override": "PATCH", "patchtype": "MERGE"})
            r.raise_for_status()
            print("updated", row["pmnum"], row["next_date"])


if __name__ == "__main__":
    main(sys.argv[1])
''', _key, "IBM Maximo REST API (JSON API): apikey header, x-method-override PATCH", key=_key)

_pw = human_pw("!")
add("shell/maximo-maxauth", "cmms/maximo/smoke_test.sh", r"""#!/usr/bin/env bash
# Post-deploy smoke test of the Maximo OSLC API (run by the release pipeline on mxapp01).
set -euo pipefail

MX="${MX_URL:-https://maximo.utility.local/maximo}"
MAXAUTH="@@auth@@"   # maxadmin

check() {
  local what="$1" url="$2"
  code=$(curl -sk -o /dev/null -w '%{http_code}' -H "maxauth: ${MAXAUTH}" "$url")
  if [[ "$code" != "200" ]]; then
    echo "FAIL $what ($code)"; exit 1
  fi
  echo "ok   $what"
}

check "whoami"        "$MX/oslc/whoami"
check "assets"        "$MX/oslc/os/mxasset?oslc.pageSize=1"
check "work orders"   "$MX/oslc/os/mxwo?oslc.pageSize=1&oslc.where=siteid=%22NWTP%22"
check "locations"     "$MX/oslc/os/mxoperloc?oslc.pageSize=1"
""", _pw, "IBM Maximo OSLC API: maxauth header (base64 of user:password) for native authentication",
    auth=b64("maxadmin:" + _pw))

_pw = words_pw("!*")
add("yaml/ansible-winrm", "ansible/inventories/scada/group_vars/hmi_windows.yml", r"""# HMI and historian Windows hosts (WinRM over HTTPS)
ansible_connection: winrm
ansible_port: 5986
ansible_winrm_transport: ntlm
ansible_winrm_server_cert_validation: ignore
ansible_user: UTILITY\svc_ansible_ot
ansible_password: "@@pw@@"

ignition_version: 8.1.38
pi_buffer_version: 2023.1.0
windows_updates_category_names:
  - SecurityUpdates
  - CriticalUpdates
reboot_window: "Sun 02:00-04:00"
""", _pw, "Ansible docs: Windows remote management, ansible_password with winrm connection", pw=_pw)

_pw = rand_pw(16, "!#%")
add("ini/ansible-inventory", "ansible/inventories/scada/hosts.ini", r"""# SCADA network inventory (OT side, run from the jump host only)
[hmi_windows]
hmi-nwtp-01 ansible_host=10.40.1.11
hmi-nwtp-02 ansible_host=10.40.1.12
hmi-swrf-01 ansible_host=10.40.2.11

[historians]
pida01 ansible_host=10.40.0.21
piaf01 ansible_host=10.40.0.22

[edge_linux]
ls14-edge ansible_host=10.42.14.5
ls15-edge ansible_host=10.42.15.5

[edge_linux:vars]
ansible_user=edgeadmin
ansible_become=true
ansible_ssh_pass=@@pw@@
ansible_become_pass=@@pw@@

[historians:vars]
ansible_connection=winrm
ansible_winrm_transport=kerberos
""", _pw, "Ansible docs: INI inventory group vars, ansible_ssh_pass / ansible_become_pass", pw=_pw)

_pw = human_pw("!#")
add("typescript/infor-eam", "field-app/server/src/eamClient.ts", r"""// Field crew app backend: creates and completes work orders in Infor EAM (HxGN EAM) REST.
import axios, { AxiosInstance } from "axios";

const EAM_URL = "https://eam.utility.local/axis/restservices";

export function eamClient(): AxiosInstance {
  return axios.create({
    baseURL: EAM_URL,
    timeout: 30000,
    headers: {
      tenant: "WCWD_PRD",
      organization: "WCWD",
      username: "FIELDAPP",
      password: "@@pw@@",
      "Content-Type": "application/json",
    },
  });
}

export async function completeWorkOrder(woNumber: string, closingCode: string, hours: number): Promise<void> {
  const eam = eamClient();
  const { data } = await eam.get(`/workorders/${encodeURIComponent(woNumber)}%23WCWD`);
  const wo = data.Result.ResultData;
  await eam.put(`/workorders/${encodeURIComponent(woNumber)}%23WCWD`, {
    ...wo,
    STATUS: { STATUSCODE: "C" },
    CLOSINGCODE: { CLOSINGCODE: closingCode },
    ACTUALHOURS: hours,
  });
}
""", _pw, "Infor EAM / HxGN EAM REST web services: tenant, organization, username, password headers", pw=_pw)

_pw = words_pw("!@")
add("json/vscode-sqltools", ".vscode/settings.json", r"""{
  "editor.formatOnSave": true,
  "files.exclude": { "**/__pycache__": true },
  "python.defaultInterpreterPath": ".venv/Scripts/python.exe",
  "sqltools.connections": [
    {
      "name": "Maximo (MXPROD, read-only)",
      "driver": "DB2",
      "server": "mxdb01.utility.local",
      "port": 50005,
      "database": "MAXDB76",
      "username": "mxreport",
      "password": "@@pw@@",
      "connectionTimeout": 30
    },
    {
      "name": "GIS (SQL Server)",
      "driver": "MSSQL",
      "server": "sqlgis01.utility.local",
      "database": "WaterUtility",
      "askForPassword": true,
      "username": "gis_viewer"
    }
  ]
}
""", _pw, "SQLTools VS Code extension: sqltools.connections settings (password / askForPassword)", pw=_pw)

_pw = rand_pw(14)
add("ini/db2cli", "cmms/reports/db2cli.ini", r"""; IBM Data Server Driver configuration for the BIRT/Cognos report jobs
[MXPROD]
Database=MAXDB76
Protocol=TCPIP
Hostname=mxdb01.utility.local
Port=50005
Security=SSL
SSLServerCertificate=C:\ibm\certs\mxdb01.arm
UID=mxreport
PWD=@@pw@@
CurrentSchema=MAXIMO

[MXTEST]
Database=MAXDB76
Protocol=TCPIP
Hostname=mxdb-test.utility.local
Port=50005
Authentication=KERBEROS
CurrentSchema=MAXIMO
""", _pw, "IBM Db2 docs: db2cli.ini keywords (UID, PWD, Security=SSL)", pw=_pw)

_pw = words_pw("!*")
add("k8s-secret/maximo-jdbc", "deploy/mas/manage-jdbc-secret.yaml", r"""# Maximo Application Suite (Manage) - JDBC credentials for the workspace "wcwd"
apiVersion: v1
kind: Secret
metadata:
  name: jdbc-wcwd-manage
  namespace: mas-wcwd-core
type: Opaque
stringData:
  username: maximo
  password: "@@pw@@"
---
apiVersion: config.mas.ibm.com/v1
kind: JdbcCfg
metadata:
  name: wcwd-jdbc-wsapp-wcwd-manage
  namespace: mas-wcwd-core
spec:
  displayName: Manage DB2
  type: external
  config:
    url: jdbc:db2://mxdb01.utility.local:50005/MAXDB76:sslConnection=true;
    sslEnabled: true
    credentials:
      secretName: jdbc-wcwd-manage
""", _pw, "IBM Maximo Application Suite docs: JdbcCfg with a credentials secret; Kubernetes Secret stringData", pw=_pw)

add("properties/decoy-maximo-template", "maximo/applications/maximo/properties/maximo.properties.template", r"""# Template: deploy/render_properties.py fills the @tokens@ from the pipeline's secret store.
mxe.name=MXServer
mxe.hostname=@MX_HOSTNAME@
mxe.db.url=jdbc:db2://@MX_DB_HOST@:50005/MAXDB76:sslConnection=true;
mxe.db.driver=com.ibm.db2.jcc.DB2Driver
mxe.db.user=maximo
mxe.db.password=<set-by-pipeline>
mxe.db.schemaowner=maximo
mxe.adminuserid=maxadmin
mxe.adminEmail=maximo-admin@utility.org
mail.smtp.host=smtp.utility.local
mxe.useAppServerSecurity=1
""", None, "IBM Maximo maximo.properties; a template with placeholders rendered at deploy time")

add("k8s/decoy-secretkeyref", "deploy/k8s/maximo-sync/deployment.yaml", r"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: gis-maximo-sync
  namespace: integrations
spec:
  replicas: 1
  selector:
    matchLabels:
      app: gis-maximo-sync
  template:
    metadata:
      labels:
        app: gis-maximo-sync
    spec:
      containers:
        - name: sync
          image: registry.utility.local/integrations/gis-maximo-sync:2.4.1
          env:
            - name: MAXIMO_URL
              value: https://maximo.utility.local/maximo/api
            - name: MAXIMO_APIKEY
              valueFrom:
                secretKeyRef:
                  name: maximo-api
                  key: apikey
            - name: ARCGIS_CLIENT_SECRET
              valueFrom:
                secretKeyRef:
                  name: arcgis-app
                  key: client_secret
            - name: ARCGIS_CLIENT_ID
              value: Kq7wV2nRxT4bZ8pL
          resources:
            limits:
              memory: 512Mi
              cpu: 500m
""", None, "Kubernetes docs: env valueFrom secretKeyRef")

add("yaml/decoy-external-secret", "deploy/k8s/maximo-sync/external-secret.yaml", r"""apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: maximo-api
  namespace: integrations
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: vault-ot
  target:
    name: maximo-api
    creationPolicy: Owner
  data:
    - secretKey: apikey
      remoteRef:
        key: secret/data/integrations/maximo
        property: apikey
---
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: arcgis-app
  namespace: integrations
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: vault-ot
  target:
    name: arcgis-app
  data:
    - secretKey: client_secret
      remoteRef:
        key: secret/data/integrations/arcgis
        property: client_secret
""", None, "External Secrets Operator docs: ExternalSecret remoteRef to a Vault store")

add("env/decoy-example", "portal/.env.example", r"""# Copy to .env and fill in. Never commit .env.
NODE_ENV=development
PORT=3000
PUBLIC_URL=http://localhost:3000

# Stripe test mode keys from the dashboard (Developers > API keys)
STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_<from stripe listen>

CIS_API_URL=https://cisapi-test.utility.local/v1
CIS_API_KEY=<your-cis-api-key>
SESSION_SECRET=changeme
DATABASE_URL=postgres://portal:password@localhost:5432/portal_dev
""", None, "dotenv convention: .env.example with placeholders (xxxx, <your-...>, changeme)")

add("javascript/decoy-stripe-publishable", "portal/public/js/checkout.js", r"""// Card form for one-time payments (Stripe Elements). The publishable key is public by design.
const stripe = Stripe("pk_live_51Ob2xKJqV7s3TnYc8RmW4pL6aE0dFh9GiZuC2vX5bN1kM3oQ7yT");
const elements = stripe.elements({ appearance: { theme: "stripe" } });
const card = elements.create("payment");
card.mount("#payment-element");

document.querySelector("#pay-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const account = document.querySelector("#account").value;
  const res = await fetch("/api/payments/intent", {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-CSRF-Token": window.csrfToken },
    body: JSON.stringify({ account, amount: document.querySelector("#amount").value }),
  });
  const { clientSecret } = await res.json();
  const { error } = await stripe.confirmPayment({
    elements,
    clientSecret,
    confirmParams: { return_url: `${window.location.origin}/payments/done?account=${account}` },
  });
  if (error) {
    document.querySelector("#error").textContent = error.message;
  }
});
""", None, "Stripe docs: publishable keys (pk_live_) are meant to be public in client-side code")

add("python/decoy-twilio-env", "outage-notify/notify/sms.py", r'''"""Sends outage SMS through Twilio. The account SID identifies the account; the token is in the environment."""
import os

from twilio.rest import Client

ACCOUNT_SID = "AC8e1c4d7a2b9f4e6c0d3a5b7c9e1f2a4b"
MESSAGING_SERVICE_SID = "MG5d1f0e7c3b2a49f8e6d4c2b0a1f3e5d7"


def client():
    return Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])


def send_outage(numbers, text):
    c = client()
    sids = []
    for number in numbers:
        msg = c.messages.create(messaging_service_sid=MESSAGING_SERVICE_SID, to=number, body=text)
        sids.append(msg.sid)
    return sids
''', None, "Twilio docs: Account SID is an identifier; the Auth Token is kept in an environment variable")

_pub = ssh_pub("lockbox-sftp@cisbatch01")
add("pgp/decoy-public-key", "cis/bank/ach/keys/bank-ach-encryption.pub.asc", r"""Bank ACH file encryption key (from the bank's onboarding package, 2024-01)
Fingerprint: 7A3C 91E4 5B20 D8F1 6C7E  02A9 4F8B 3D61 E5C2 9A07

-----BEGIN PGP PUBLIC KEY BLOCK-----

mQINBGWq3bQBEADJ4v8Qm2Lr7cXo1pN9tE3sYbK6uW0fH5gA2dZ8jR4nT1yV7eC3
kM6qB9xL0wP2sF5hJ8gD1zU4rN7tY3eO6iA9vC2bX5mQ8lK1jH4gF7dS0aZ3xW6
pE9rT2yU5iO8aS1dF4gH7jK0lZ3xC6vB9nM2qW5eR8tY1uI4oP7aS0dF3gH6jK9l
Z2xC5vB8nM1qW4eR7tY0uI3oP6aS9dF2gH5jK8lZ1xC4vB7nM0qW3eR6tY9uI2oP
5aS8dF1gH4jK7lZ0xC3vB6nM9qW2eR5tY8uI1oP4aS7dF0gH3jK6lZ9xC2vB5nM8
qW1eR4tY7uI0oP3aS6dF9gH2jK5lZ8xC1vB4nM7qW0eR3tY6uI9oP2aS5dF8gH1j
ABEBAAG0KUFDSCBFbmNyeXB0aW9uIChCYW5rKSA8YWNoQGJhbmsuZXhhbXBsZT6J
=Qx7N
-----END PGP PUBLIC KEY BLOCK-----

Our SFTP public key registered with the bank:
@@pub@@
""", None, "RFC 4880 OpenPGP: PGP PUBLIC KEY BLOCK; OpenSSH public key line", pub=_pub)

# ---------------------------------------------------------------------------------------------
# Reporting, alerting, CI/CD, containers, cloud and host configs around those systems
# ---------------------------------------------------------------------------------------------

_tenant, _cid, _sec = uuid_s(), uuid_s(), azure_secret()
add("python/powerbi-service-principal", "reporting/powerbi/refresh_datasets.py", r'''"""Triggers the Power BI dataset refreshes after the nightly warehouse load (service principal)."""
import sys
import time

import msal
import requests

TENANT_ID = "@@tenant@@"
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@sec@@"
WORKSPACE = "6b2d4f8a-1c3e-4a5b-9d7f-0e2c4a6b8d1f"
DATASETS = {"Operations KPIs": "c1e3a5b7-9d2f-4e6a-8b0c-2d4f6a8b0c1e", "Lab Compliance": "a9b7c5d3-e1f2-4a6b-8c0d-e2f4a6b8c0d2"}


def token():
    app = msal.ConfidentialClientApplication(CLIENT_ID, authority=f"https://login.microsoftonline.com/{TENANT_ID}",
                                             client_credential=CLIENT_SECRET)
    result = app.acquire_token_for_client(scopes=["https://analysis.windows.net/powerbi/api/.default"])
    return result["access_token"]


def main():
    headers = {"Authorization": f"Bearer {token()}"}
    base = f"https://api.powerbi.com/v1.0/myorg/groups/{WORKSPACE}/datasets"
    for name, ds in DATASETS.items():
        r = requests.post(f"{base}/{ds}/refreshes", headers=headers, json={"notifyOption": "MailOnFailure"})
        print(name, r.status_code)
        if r.status_code != 202:
            sys.exit(1)
        time.sleep(5)


if __name__ == "__main__":
    main()
''', _sec, "MSAL for Python: ConfidentialClientApplication(client_credential=...); Power BI REST refreshes",
    tenant=_tenant, cid=_cid, sec=_sec)

_pw = human_pw("!#")
add("batch/net-use", "reporting/tasks/copy_mor_to_state_share.bat", r"""@echo off
REM Copies the signed Monthly Operating Reports to the state's file drop (scheduled task on RPT01).
setlocal
set SRC=\\fs01\compliance\MOR\signed
set DST=\\ddw-drop.waterboards.example.gov\pws\CA4310011

net use %DST% /user:WATERBOARDS\ca4310011_upload @@pw@@ /persistent:no
if errorlevel 1 (
  echo Could not map the state share >> C:\Tasks\logs\mor_copy.log
  exit /b 1
)

robocopy "%SRC%" "%DST%\MOR" *.pdf /XO /R:2 /W:10 /NP /LOG+:C:\Tasks\logs\mor_copy.log
net use %DST% /delete /y
endlocal
""", _pw, "Microsoft docs: net use \\\\server\\share /user:domain\\user password", pw=_pw)

_pw = rand_pw(20)
add("crontab/pgdump", "ops/crontab/amidb-backup.cron", r"""# AMI database backups (amidb.utility.local) - installed as /etc/cron.d/amidb-backup
# m h dom mon dow user command
15 1 * * * postgres PGPASSWORD='@@pw@@' pg_dump -h amidb.utility.local -U backup -Fc ami -f /backup/ami/ami_$(date +\%F).dump
45 3 * * 0 postgres find /backup/ami -name 'ami_*.dump' -mtime +35 -delete
0 4 * * * postgres /usr/local/bin/restic-backup.sh /backup/ami >> /var/log/restic-ami.log 2>&1
""", _pw, "crontab(5) /etc/cron.d format; PostgreSQL docs: PGPASSWORD environment variable", pw=_pw)

_pw = rand_pw(22)
add("pgpass/postgres", "ops/reporting/.pgpass", r"""# hostname:port:database:username:password  (chmod 0600)
amidb.utility.local:5432:ami:ami_report:@@pw@@
portaldb.utility.local:5432:portal:portal_ro:*
amidb-stg.utility.local:5432:ami:ami_report:*
localhost:5432:*:postgres:*
sewer-model.utility.local:5433:sewer_model:model:*
""", _pw, "PostgreSQL docs: the password file (.pgpass) format", pw=_pw)

_pw = words_pw("!*")
add("systemd/historian-export", "ops/systemd/pi-export.service", r"""[Unit]
Description=PI Web API hourly export to the ops warehouse
After=network-online.target
Wants=network-online.target

[Service]
Type=oneshot
User=piexport
WorkingDirectory=/opt/pi-export
Environment=PIWEBAPI_URL=https://pivision.wtp.local/piwebapi
Environment=PI_USER=WTP\\svc_pireport
Environment="PI_PASSWORD=@@pw@@"
Environment=WAREHOUSE_DSN=OpsWarehouse
ExecStart=/opt/pi-export/.venv/bin/python -m pi_export.hourly
Nice=10
ProtectSystem=full
PrivateTmp=true

[Install]
WantedBy=multi-user.target
""", _pw, "systemd.exec(5): Environment= assignments in a service unit", pw=_pw)

_key = hexs(32)
add("dockerfile/weather-key", "forecasting/Dockerfile", r"""# Demand forecasting service: weather-adjusted daily demand per pressure zone
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    OPENWEATHER_API_KEY=@@key@@ \
    FORECAST_ZONES="Hillcrest1,Hillcrest2,Riverside1,OakHollow" \
    FORECAST_HORIZON_DAYS=7

RUN apt-get update && apt-get install -y --no-install-recommends libgomp1 \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY forecasting/ forecasting/

USER 10001
CMD ["python", "-m", "forecasting.daily"]
""", _key, "Dockerfile reference: ENV; OpenWeather API key (32 hex characters)", key=_key)

_pw = words_pw("!*")
add("hcl/terraform-azure-sql", "infra/terraform/reporting/sql.tf", r"""resource "azurerm_mssql_server" "reporting" {
  name                          = "wcwd-reporting-sql"
  resource_group_name           = azurerm_resource_group.reporting.name
  location                      = azurerm_resource_group.reporting.location
  version                       = "12.0"
  administrator_login           = "sqladmin"
  administrator_login_password  = "@@pw@@"
  minimum_tls_version           = "1.2"
  public_network_access_enabled = false

  azuread_administrator {
    login_username = "sg-reporting-dba"
    object_id      = "4e6a8c0b-2d4f-4a6b-8c0d-1e3f5a7b9c2d"
  }

  tags = local.tags
}

resource "azurerm_mssql_database" "ops_warehouse" {
  name         = "OpsWarehouse"
  server_id    = azurerm_mssql_server.reporting.id
  sku_name     = "S3"
  max_size_gb  = 250
  zone_redundant = false
  tags         = local.tags
}
""", _pw, "Terraform azurerm provider: azurerm_mssql_server administrator_login_password", pw=_pw)

_tok = gitlab_token()
add("gitlab-ci/glpat", ".gitlab-ci.yml", r"""stages: [lint, test, package]

variables:
  PIP_INDEX_URL: "https://__token__:@@tok@@@gitlab.utility.local/api/v4/projects/214/packages/pypi/simple"
  PIP_EXTRA_INDEX_URL: "https://pypi.org/simple"

default:
  image: python:3.11
  before_script:
    - pip install -r requirements-dev.txt

lint:
  stage: lint
  script:
    - ruff check .
    - mypy scada_tools

test:
  stage: test
  script:
    - pytest -q --junitxml=report.xml
  artifacts:
    reports:
      junit: report.xml

package:
  stage: package
  script:
    - python -m build
    - twine upload --repository-url "${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/pypi" -u gitlab-ci-token -p "${CI_JOB_TOKEN}" dist/*
  rules:
    - if: $CI_COMMIT_TAG
""", _tok, "GitLab docs: PyPI package registry with a personal access token (glpat-) in the index URL", tok=_tok)

_url = slack_webhook()
add("github-actions/slack-webhook", ".github/workflows/nightly-reports.yml", r"""name: nightly-reports

on:
  schedule:
    - cron: "30 13 * * *"
  workflow_dispatch:

jobs:
  reports:
    runs-on: [self-hosted, reporting]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install -r requirements.txt
      - name: Daily operations report
        run: python -m reports.daily_ops --out out/
      - name: Notify #ops-reports on failure
        if: failure()
        run: |
          curl -s -X POST -H 'Content-type: application/json' \
            --data '{"text":"Nightly ops report failed: ${{ github.server_url }}/${{ github.repository }}/actions/runs/${{ github.run_id }}"}' \
            @@url@@
""", _url, "Slack docs: incoming webhooks (hooks.slack.com/services/T.../B.../...)", url=_url)

_tok = fakes.github_token(_seed())
add("npmrc/github-packages", "field-app/.npmrc", r"""@wcwd:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=@@tok@@
always-auth=true
engine-strict=true
save-exact=true
""", _tok, "npm docs: .npmrc _authToken for a scoped registry (GitHub Packages)", tok=_tok)

_key = "AKCp" + fakes.drawn_mixed(_seed(), 69)
add("pip-conf/artifactory", "ops/pip/pip.conf", r"""# pip config for the OT build hosts (no direct internet: everything goes through Artifactory)
[global]
index-url = https://svc-ot-build:@@key@@@artifactory.utility.local/artifactory/api/pypi/pypi-remote/simple
trusted-host = artifactory.utility.local
timeout = 60
disable-pip-version-check = true

[install]
no-warn-script-location = true
""", _key, "pip docs: configuration file index-url; JFrog Artifactory API key (AKCp...) as password", key=_key)

_pw = rand_pw(20)
add("docker-config/auth", "ops/docker/config.json", r"""{
	"auths": {
		"registry.utility.local": {
			"auth": "@@auth@@"
		},
		"ghcr.io": {}
	},
	"credsStore": "",
	"HttpHeaders": {
		"User-Agent": "Docker-Client/24.0.7 (linux)"
	}
}
""", _pw, "Docker docs: config.json auths (base64 of user:password)", auth=b64("svc-edge-pull:" + _pw))

_tok = "dapi" + hexs(32)
_nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["## Non-revenue water: AMI vs production (Databricks SQL)\n"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["from databricks import sql\n", "import pandas as pd\n", "\n",
                    "conn = sql.connect(server_hostname=\"adb-4817263950184726.6.azuredatabricks.net\",\n",
                    "                   http_path=\"/sql/1.0/warehouses/8f2c4a6e0b1d3f57\",\n",
                    "                   access_token=\"" + _tok + "\")"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
            {"output_type": "stream", "name": "stdout", "text": ["12 rows\n"]}],
         "source": ["q = \"\"\"\n", "SELECT date_trunc('month', read_date) AS month, zone,\n",
                    "       sum(consumption_gal) AS billed_gal\n", "FROM ami.daily_consumption GROUP BY 1, 2\n", "\"\"\"\n",
                    "billed = pd.read_sql(q, conn)\n", "print(len(billed), 'rows')"]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
         "source": ["prod = pd.read_csv('data/production_by_zone.csv', parse_dates=['month'])\n",
                    "nrw = prod.merge(billed, on=['month', 'zone'])\n",
                    "nrw['nrw_pct'] = 100 * (1 - nrw.billed_gal / nrw.produced_gal)\n",
                    "nrw.pivot(index='month', columns='zone', values='nrw_pct').round(1)"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.7"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("notebook/databricks-token", "analytics/notebooks/nrw_monthly.ipynb", json.dumps(_nb, indent=1) + "\n", _tok,
    "Databricks SQL Connector for Python: sql.connect(access_token=dapi...)")

_url = teams_webhook("wcwd")
add("python/teams-webhook", "scada/alarm_forwarder/teams.py", r'''"""Forwards priority-1 SCADA alarms (from the Ignition alarm journal) to the Operations Teams channel."""
import requests

WEBHOOK = "@@url@@"


def card(alarm):
    return {
        "@type": "MessageCard",
        "@context": "https://schema.org/extensions",
        "themeColor": "D13438" if alarm["priority"] == "Critical" else "FFB900",
        "summary": alarm["display_path"],
        "sections": [{
            "activityTitle": f"{alarm['priority']}: {alarm['display_path']}",
            "facts": [
                {"name": "Site", "value": alarm["site"]},
                {"name": "Value", "value": str(alarm["value"])},
                {"name": "Active since", "value": alarm["event_time"]},
            ],
        }],
    }


def forward(alarm):
    r = requests.post(WEBHOOK, json=card(alarm), timeout=10)
    r.raise_for_status()
''', _url, "Microsoft Teams docs: incoming webhook URLs (webhook.office.com/webhookb2/...)", url=_url)

_key = hexs(32)
add("yaml/alertmanager-pagerduty", "monitoring/alertmanager/alertmanager.yml", r"""global:
  resolve_timeout: 5m
  smtp_smarthost: smtp.utility.local:25
  smtp_from: alertmanager@utility.org
  smtp_require_tls: false

route:
  receiver: ops-email
  group_by: [alertname, site]
  group_wait: 30s
  group_interval: 5m
  repeat_interval: 4h
  routes:
    - matchers: [severity="page"]
      receiver: scada-oncall
      continue: true

receivers:
  - name: ops-email
    email_configs:
      - to: scada-alerts@utility.org

  - name: scada-oncall
    pagerduty_configs:
      - routing_key: @@key@@
        severity: critical
        description: '{{ .CommonAnnotations.summary }}'
        details:
          site: '{{ .CommonLabels.site }}'
          runbook: '{{ .CommonAnnotations.runbook_url }}'
""", _key, "Prometheus Alertmanager docs: pagerduty_config routing_key (Events API v2 integration key)", key=_key)

_tok = uuid_s()
add("fluent-bit/splunk-hec", "monitoring/fluent-bit/fluent-bit.conf", r"""[SERVICE]
    Flush        5
    Log_Level    info
    Parsers_File parsers.conf

# Windows event logs and Ignition wrapper logs forwarded from the OT DMZ collector
[INPUT]
    Name         tail
    Path         /var/log/ot/ignition/*.log
    Tag          ot.ignition
    Parser       ignition_wrapper
    Mem_Buf_Limit 20MB

[INPUT]
    Name         syslog
    Mode         udp
    Listen       0.0.0.0
    Port         5514
    Tag          ot.network

[OUTPUT]
    Name         splunk
    Match        ot.*
    Host         splunk-hec.utility.local
    Port         8088
    TLS          On
    TLS.Verify   On
    Splunk_Token @@tok@@
    Splunk_Send_Raw Off
    Event_Index  ot_scada
""", _tok, "Fluent Bit docs: splunk output plugin Splunk_Token (HEC token)", tok=_tok)

_key = hexs(32)
add("yaml/datadog", "monitoring/datadog/datadog.yaml", r"""## Datadog Agent on the IT-side integration servers (not on OT hosts)
api_key: @@key@@
site: datadoghq.com
hostname_fqdn: true
tags:
  - env:prod
  - team:integrations
  - service-area:west-county

logs_enabled: true
process_config:
  process_collection:
    enabled: false

apm_config:
  enabled: true
  env: prod

proxy:
  https: http://proxy.utility.local:3128
  no_proxy:
    - utility.local
""", _key, "Datadog Agent docs: datadog.yaml api_key", key=_key)

_key = hexs(32)
add("python/openweather", "forecasting/forecasting/weather.py", r'''"""Daily weather inputs for the demand model (max temperature, precipitation, ET proxy)."""
import datetime as dt

import requests

OWM_KEY = "@@key@@"
LAT, LON = 37.35, -121.95


def daily_forecast(days=7):
    r = requests.get("https://api.openweathermap.org/data/3.0/onecall",
                     params={"lat": LAT, "lon": LON, "exclude": "minutely,hourly,alerts",
                             "units": "imperial", "appid": OWM_KEY},
                     timeout=20)
    r.raise_for_status()
    out = []
    for d in r.json()["daily"][:days]:
        out.append({
            "date": dt.date.fromtimestamp(d["dt"]).isoformat(),
            "tmax_f": d["temp"]["max"],
            "precip_in": d.get("rain", 0.0) / 25.4,
            "humidity": d["humidity"],
            "wind_mph": d["wind_speed"],
        })
    return out
''', _key, "OpenWeather One Call API 3.0: appid parameter", key=_key)

_tok = "hvs." + fakes.drawn_mixed(_seed(), 24)
add("shell/vault-token", "ops/bootstrap/seed_vault_paths.sh", r"""#!/usr/bin/env bash
# One-time: create the KV paths and policies the integrations use. Run from the ops laptop.
set -euo pipefail

export VAULT_ADDR="https://vault.utility.local:8200"
export VAULT_TOKEN="@@tok@@"

vault secrets enable -path=secret -version=2 kv || true

for path in integrations/maximo integrations/arcgis integrations/sensus scada/ignition scada/pi; do
  vault kv put "secret/${path}" placeholder=true >/dev/null
  echo "created secret/${path}"
done

vault policy write integrations-read - <<'EOF'
path "secret/data/integrations/*" {
  capabilities = ["read"]
}
EOF

vault write auth/kubernetes/role/integrations \
  bound_service_account_names=gis-maximo-sync \
  bound_service_account_namespaces=integrations \
  policies=integrations-read ttl=1h
""", _tok, "HashiCorp Vault docs: VAULT_TOKEN environment variable, service tokens (hvs.)", tok=_tok)

_pw = words_pw("!*")
add("nginx/basic-auth-upstream", "ops/nginx/conf.d/piwebapi-proxy.conf", r"""# Read-only proxy in the DMZ so the public dashboard can show reservoir levels.
upstream piwebapi {
    server pivision.wtp.local:443;
}

server {
    listen 443 ssl http2;
    server_name levels.wcwd.org;

    ssl_certificate     /etc/nginx/ssl/levels.wcwd.org.crt;
    ssl_certificate_key /etc/nginx/ssl/levels.wcwd.org.key;

    location /streams/ {
        limit_except GET { deny all; }
        proxy_pass https://piwebapi/piwebapi/streams/;
        proxy_set_header Authorization "Basic @@auth@@";
        proxy_set_header Host pivision.wtp.local;
        proxy_ssl_verify off;
        proxy_cache levels;
        proxy_cache_valid 200 60s;
    }

    location / {
        root /var/www/levels;
        try_files $uri /index.html;
    }
}
""", _pw, "nginx docs: proxy_set_header with a fixed Authorization header (Basic, base64 of user:password)",
    auth=b64("svc_pidmz:" + _pw))

_key = maximo_apikey()
add("apache/maximo-apikey-header", "ops/apache/maximo-gis-proxy.conf", r"""# Reverse proxy so the ArcGIS web apps can open Maximo work orders without a Maximo login.
<VirtualHost *:443>
    ServerName mxproxy.utility.local
    SSLEngine on
    SSLCertificateFile    /etc/pki/tls/certs/mxproxy.crt
    SSLCertificateKeyFile /etc/pki/tls/private/mxproxy.key

    <Location "/wo/">
        Require ip 10.20.0.0/16
        ProxyPass        "https://maximo.utility.local/maximo/api/os/mxapiwodetail/"
        ProxyPassReverse "https://maximo.utility.local/maximo/api/os/mxapiwodetail/"
        RequestHeader set apikey "@@key@@"
        RequestHeader unset Cookie
    </Location>

    SSLProxyEngine on
    ErrorLog  logs/mxproxy_error.log
    CustomLog logs/mxproxy_access.log combined
</VirtualHost>
""", _key, "Apache mod_headers RequestHeader set; IBM Maximo REST API apikey header", key=_key)

_key = pem_block("EC")
add("pem/ec-mqtt-broker-key", "mosquitto/certs/mqtt-dmz.key", _key + "\n", _key,
    "RFC 5915 EC private key (BEGIN EC PRIVATE KEY) for the broker's TLS listener")

_key = pem_block("")
_key_json = _key.replace("\n", "\\n")
_sa = {"type": "service_account", "project_id": "wcwd-ami-analytics", "private_key_id": hexs(40),
       "private_key": "@@pk@@", "client_email": "bq-loader@wcwd-ami-analytics.iam.gserviceaccount.com",
       "client_id": str(_rng().randint(10**20, 10**21)), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
       "token_uri": "https://oauth2.googleapis.com/token",
       "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
       "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/bq-loader%40wcwd-ami-analytics.iam.gserviceaccount.com",
       "universe_domain": "googleapis.com"}
CASES.append(LabelledCase("blind-cl/json/gcp-service-account", "analytics/credentials/bq-loader.json",
                          json.dumps(_sa, indent=2).replace("@@pk@@", _key_json) + "\n", _key_json,
                          "Google Cloud docs: service account key file (JSON with private_key)"))

_pw = words_pw("!*")
add("java/oracle-jdbc", "cis-bridge/src/main/java/org/wcwd/cis/CisReadExporter.java", r"""package org.wcwd.cis;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Writes validated meter reads into the CC&B upload staging table (CI_MR_STG_UP). */
public final class CisReadExporter {
    private static final String URL = "jdbc:oracle:thin:@//ccbdb01.utility.local:1521/CCBPRD";
    private static final String USER = "CISMRUP";
    private static final String PASSWORD = "@@pw@@";

    public int export(List<MeterRead> reads) throws SQLException {
        String sql = "INSERT INTO CI_MR_STG_UP (MR_STG_UP_ID, BADGE_NBR, READ_DTTM, REG_READING, READ_TYPE_FLG, BO_STATUS_CD) "
                + "VALUES (CI_MR_STG_UP_SEQ.NEXTVAL, ?, ?, ?, '60', 'PENDING')";
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
             PreparedStatement ps = c.prepareStatement(sql)) {
            c.setAutoCommit(false);
            for (MeterRead r : reads) {
                ps.setString(1, r.badgeNumber());
                ps.setTimestamp(2, r.readTimestamp());
                ps.setBigDecimal(3, r.reading());
                ps.addBatch();
            }
            int n = ps.executeBatch().length;
            c.commit();
            return n;
        }
    }
}
""", _pw, "JDBC DriverManager.getConnection(url, user, password); Oracle thin URL", pw=_pw)

_key = rand_bytes_b64(32)
add("csharp/servicebus", "src/WorkOrderEvents/Program.cs", r"""using Azure.Messaging.ServiceBus;
using System.Text.Json;

// Publishes Maximo work-order status changes for the customer portal ("your repair is scheduled").
const string ConnectionString =
    "Endpoint=sb://wcwd-integration.servicebus.windows.net/;SharedAccessKeyName=wo-publisher;SharedAccessKey=@@key@@";
const string Topic = "workorder-status";

await using var client = new ServiceBusClient(ConnectionString);
await using var sender = client.CreateSender(Topic);

var listener = new MaximoEventListener("https://maximo.utility.local/maximo/api", siteId: "DIST");
await foreach (var change in listener.StatusChangesAsync())
{
    var message = new ServiceBusMessage(JsonSerializer.SerializeToUtf8Bytes(change))
    {
        Subject = change.NewStatus,
        MessageId = $"{change.WoNum}-{change.ChangeDate:O}",
        ContentType = "application/json",
    };
    message.ApplicationProperties["premiseId"] = change.PremiseId;
    await sender.SendMessageAsync(message);
    Console.WriteLine($"{change.WoNum}: {change.OldStatus} -> {change.NewStatus}");
}
""", _key, "Azure Service Bus docs: connection string with SharedAccessKeyName / SharedAccessKey", key=_key)

_pw = rand_pw(16)
add("xml/maven-settings", "cis-bridge/.mvn/settings.xml", r"""<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <mirrors>
    <mirror>
      <id>nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.utility.local/repository/maven-public/</url>
    </mirror>
  </mirrors>
  <servers>
    <server>
      <id>nexus</id>
      <username>ci-cis-bridge</username>
      <password>@@pw@@</password>
    </server>
    <server>
      <id>nexus-releases</id>
      <username>ci-cis-bridge</username>
      <password>@@pw@@</password>
    </server>
  </servers>
</settings>
""", _pw, "Apache Maven settings reference: servers/server/password", pw=_pw)

_pw = words_pw("!*")
add("properties/gradle-nexus", "ami-mdm/gradle.properties", r"""org.gradle.jvmargs=-Xmx2g -Dfile.encoding=UTF-8
org.gradle.parallel=true
org.gradle.caching=true

group=org.wcwd.ami
version=3.8.0-SNAPSHOT

nexusUrl=https://nexus.utility.local/repository
nexusUsername=ci-ami-mdm
nexusPassword=@@pw@@

flywayVersion=10.8.1
""", _pw, "Gradle docs: gradle.properties project properties used for repository credentials", pw=_pw)

_pw = rand_pw(24)
add("helm/postgres-password", "deploy/helm/portal/values-prod.yaml", r"""# Customer portal - production overrides
replicaCount: 3

image:
  repository: registry.utility.local/portal/web
  tag: "5.2.0"

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: my.wcwd.org
      paths: [{ path: /, pathType: Prefix }]
  tls:
    - secretName: my-wcwd-org-tls
      hosts: [my.wcwd.org]

postgresql:
  enabled: true
  auth:
    username: portal
    database: portal
    password: "@@pw@@"
  primary:
    persistence:
      size: 50Gi

redis:
  enabled: true
  auth:
    enabled: false
""", _pw, "Bitnami PostgreSQL Helm chart: postgresql.auth.password", pw=_pw)

_sec = rand_bytes_b64(48)
add("env/jwt-secret", "portal-api/.env", r"""# Portal API (Fastify) - shared by the mobile app backend
NODE_ENV=production
HOST=0.0.0.0
PORT=8080
JWT_ISSUER=https://api.wcwd.org
JWT_AUDIENCE=wcwd-portal
JWT_SECRET=@@sec@@
JWT_TTL=15m
REFRESH_TTL=30d
CIS_API_URL=https://cisapi.utility.local/v1
RATE_LIMIT_PER_MINUTE=120
""", _sec, "jsonwebtoken / @fastify/jwt docs: HS256 signing secret from the environment", sec=_sec)

_pw = words_pw("!*")
add("github-actions/arcgis-password", ".github/workflows/publish-gis-services.yml", r"""name: publish-gis-services

on:
  push:
    branches: [main]
    paths: ["gis/services/**"]

jobs:
  publish:
    runs-on: [self-hosted, windows, arcgis-pro]
    env:
      PORTAL_URL: https://gis.utility.org/portal
      PORTAL_USER: gis_publisher
      PORTAL_PASSWORD: "@@pw@@"
    steps:
      - uses: actions/checkout@v4
      - name: Publish map services
        shell: cmd
        run: |
          "C:\Program Files\ArcGIS\Pro\bin\Python\envs\arcgispro-py3\python.exe" gis\services\publish.py ^
            --portal %PORTAL_URL% --user %PORTAL_USER% --password "%PORTAL_PASSWORD%" ^
            --folder Water --overwrite
""", _pw, "GitHub Actions docs: workflow env; ArcGIS Pro python publishing script", pw=_pw)

_tok = okta_token()
add("python/okta-api-token", "it/identity/deprovision_contractors.py", r'''"""Suspends Okta accounts of SCADA contractors whose access end date has passed."""
import datetime as dt

import requests

OKTA = "https://wcwd.okta.com/api/v1"
HEADERS = {"Authorization": "SSWS @@tok@@", "Accept": "application/json"}
GROUP = "00g1a2b3c4d5e6f7g8h9"  # "SCADA Contractors"


def members():
    url = f"{OKTA}/groups/{GROUP}/users?limit=200"
    while url:
        r = requests.get(url, headers=HEADERS, timeout=30)
        r.raise_for_status()
        yield from r.json()
        url = r.links.get("next", {}).get("url")


def main():
    today = dt.date.today().isoformat()
    for user in members():
        end = user["profile"].get("accessEndDate")
        if user["status"] == "ACTIVE" and end and end < today:
            requests.post(f"{OKTA}/users/{user['id']}/lifecycle/suspend", headers=HEADERS, timeout=30).raise_for_status()
            print("suspended", user["profile"]["login"], end)


if __name__ == "__main__":
    main()
''', _tok, "Okta API docs: SSWS API token authorization header", tok=_tok)

_pw = rand_pw(18)
add("cloud-init/heredoc-mqtt", "edge/provisioning/user-data.yaml", r"""#cloud-config
# Lift-station edge box (Ubuntu Core / Ubuntu Server 22.04 on industrial PC)
hostname: ls-edge-template
timezone: America/Los_Angeles
package_update: true
packages:
  - python3-venv
  - mosquitto-clients

runcmd:
  - mkdir -p /etc/edge
  - |
    cat > /etc/edge/mqtt.env <<'EOF'
    MQTT_URL=ssl://mqtt.scada.utility.local:8883
    MQTT_USERNAME=ls-edge
    MQTT_PASSWORD=@@pw@@
    EOF
  - chmod 600 /etc/edge/mqtt.env
  - systemctl enable --now edge-publisher.service
""", _pw, "cloud-init docs: #cloud-config runcmd; bash here-document", pw=_pw)

_key = rand_bytes_b64(64)
add("powershell/azure-storage-key", "scripts/pi/Archive-PIBackups.ps1", r"""# Copies the weekly PI Data Archive backups to Azure Blob (cool tier) for off-site retention.
param([string]$BackupRoot = "E:\PIBackups")

$account = "wcwdotbackups"
$key     = "@@key@@"
$ctx = New-AzStorageContext -StorageAccountName $account -StorageAccountKey $key

$latest = Get-ChildItem $BackupRoot -Directory | Sort-Object LastWriteTime -Descending | Select-Object -First 1
$zip = "$env:TEMP\$($latest.Name).zip"
Compress-Archive -Path $latest.FullName -DestinationPath $zip -Force

Set-AzStorageBlobContent -File $zip -Container "pi-backups" -Blob "$($latest.Name).zip" `
    -Context $ctx -StandardBlobTier Cool -Force | Out-Null
Remove-Item $zip
Write-Output "Uploaded $($latest.Name) to $account/pi-backups"
""", _key, "Az.Storage docs: New-AzStorageContext -StorageAccountKey", key=_key)

_a, _b = "Clarifier", "#Weir" + str(_rng().randint(10, 99))
add("python/wims-split-literal", "reporting/wims/daily_mor_pull.py", r'''"""Pulls the daily process values from Hach WIMS for the operators' morning report."""
import datetime as dt

import pandas as pd
import pyodbc

CONN = ("DRIVER={ODBC Driver 18 for SQL Server};"
        "SERVER=wimsdb01.utility.local;DATABASE=WIMS_NWTP;"
        "UID=wims_report;PWD=@@a@@"
        "@@b@@;Encrypt=yes;TrustServerCertificate=yes")

VARIABLES = {1012: "Raw flow MGD", 1044: "Finished flow MGD", 2210: "CFE turbidity max NTU",
             2301: "Free Cl2 min mg/L", 2402: "Fluoride avg mg/L"}


def main(day=None):
    day = day or dt.date.today() - dt.timedelta(days=1)
    ids = ",".join(str(v) for v in VARIABLES)
    with pyodbc.connect(CONN) as db:
        df = pd.read_sql(f"SELECT VarNum, DataValue FROM dbo.DailyData WHERE DataDate = ? AND VarNum IN ({ids})",
                         db, params=[day])
    df["name"] = df.VarNum.map(VARIABLES)
    print(df[["name", "DataValue"]].to_string(index=False))


if __name__ == "__main__":
    main()
''', _a + _b, "pyodbc docs: connection strings; Python implicit concatenation of adjacent string literals", a=_a, b=_b)

_tok = influx_token()
add("k8s-secret/influxdb-token", "deploy/k8s/telegraf/influx-token-secret.yaml", r"""apiVersion: v1
kind: Secret
metadata:
  name: telegraf-influx
  namespace: telemetry
type: Opaque
data:
  INFLUX_TOKEN: @@tok@@
  INFLUX_ORG: @@org@@
  INFLUX_BUCKET: @@bucket@@
""", _tok, "Kubernetes Secret data (base64); InfluxDB v2 API tokens", tok=b64(_tok), org=b64("water-ops"), bucket=b64("telemetry"))

_key = uuid_s()
add("toml/opsgenie-dynaconf", "ami/leak_detection/settings.toml", r"""# Dynaconf settings for the AMI leak-detection service
[default]
lookback_days = 7
continuous_flow_hours = 24
min_leak_gph = 2.5
notify_customer = true
customer_notice_template = "leak-detected-v3"

[default.opsgenie]
api_url = "https://api.opsgenie.com/v2/alerts"
api_key = "@@key@@"
team = "Customer Field Services"
priority_large_leak = "P2"

[production]
dynaconf_merge = true
notify_customer = true

[development]
notify_customer = false
""", _key, "Dynaconf docs: settings.toml environments; Opsgenie Alert API GenieKey", key=_key)

_pw = words_pw("!*")
add("xml/tomcat-context", "lims-portal/conf/context.xml", r"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Tomcat context for the water quality results portal (sample tracking for field samplers) -->
<Context>
    <WatchedResource>WEB-INF/web.xml</WatchedResource>

    <Resource name="jdbc/lims"
              auth="Container"
              type="javax.sql.DataSource"
              driverClassName="oracle.jdbc.OracleDriver"
              url="jdbc:oracle:thin:@//limsdb01.utility.local:1521/LIMSPRD"
              username="LIMS_PORTAL"
              password="@@pw@@"
              maxTotal="20"
              maxIdle="5"
              maxWaitMillis="10000"
              validationQuery="SELECT 1 FROM DUAL" />

    <Environment name="samplerBottleLabelPrinter" value="ZT410-LAB" type="java.lang.String" />
</Context>
""", _pw, "Apache Tomcat docs: JNDI DataSource Resource (username, password) in context.xml", pw=_pw)

# ---------------------------------------------------------------------------------------------
# Decoys: ciphertext, references, placeholders, public keys and ids, digests, test vectors
# ---------------------------------------------------------------------------------------------

_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _sops_value() -> str:
    r = _rng()
    data = "".join(r.choice(ALNUM + "+/") for _ in range(4 * r.randint(5, 10)))
    iv = "".join(r.choice(ALNUM + "+/") for _ in range(43)) + "="
    tag = "".join(r.choice(ALNUM + "+/") for _ in range(22)) + "=="
    return f"ENC[AES256_GCM,data:{data},iv:{iv},tag:{tag},type:str]"


r = _rng()
_age_recipient = "age1" + "".join(r.choice(_BECH) for _ in range(58))
_age_body = "\n".join("            " + "".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(5))
add("yaml/decoy-sops", "deploy/k8s/ignition/gateway-admin.enc.yaml", r"""apiVersion: v1
kind: Secret
metadata:
    name: ignition-gateway-admin
    namespace: scada-prod
type: Opaque
stringData:
    username: @@u@@
    password: @@p@@
    keystore-password: @@k@@
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age:
        - recipient: @@rcpt@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
@@body@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-02-20T18:22:41Z"
    mac: @@mac@@
    pgp: []
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", None, "Mozilla SOPS docs: encrypted YAML values ENC[AES256_GCM,...] and the sops metadata block",
    u=_sops_value(), p=_sops_value(), k=_sops_value(), rcpt=_age_recipient, body=_age_body, mac=_sops_value())

r = _rng()
_sealed = ["AgB" + "".join(r.choice(ALNUM + "+/") for _ in range(r.randint(600, 720))) + "==" for _ in range(2)]
add("k8s/decoy-sealed-secret", "deploy/k8s/maximo-sync/sealed-maximo-api.yaml", r"""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: maximo-api
  namespace: integrations
  annotations:
    sealedsecrets.bitnami.com/cluster-wide: "false"
spec:
  encryptedData:
    apikey: @@a@@
    username: @@b@@
  template:
    metadata:
      name: maximo-api
      namespace: integrations
    type: Opaque
""", None, "Bitnami Sealed Secrets README: encryptedData is asymmetric ciphertext, safe to commit", a=_sealed[0], b=_sealed[1])

r = _rng()
_v = "".join(r.choice(HEX) for _ in range(80 * 5))
_vault_inline = "\n".join("          " + _v[i:i + 80] for i in range(0, len(_v), 80))
add("yaml/decoy-ansible-vault-inline", "ansible/inventories/scada/group_vars/edge_linux.yml", r"""# Lift-station edge boxes
ansible_user: edgeadmin
ansible_become: true
ansible_become_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
@@vault@@
edge_publisher_version: 2.3.0
mqtt_url: ssl://mqtt.scada.utility.local:8883
mqtt_username: "{{ inventory_hostname }}"
mqtt_password: "{{ vault_mqtt_passwords[inventory_hostname] }}"
modbus_port: /dev/ttyUSB0
""", None, "Ansible docs: encrypt_string inline !vault values and Jinja references", vault=_vault_inline)

r = _rng()
_pkgs = [("axios", "1.6.7"), ("pg", "8.11.3"), ("@arcgis/core", "4.29.10"), ("mapbox-gl", "3.2.0")]
_entries = []
for name, ver in _pkgs:
    integ = "sha512-" + "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="
    _entries.append(f'    "node_modules/{name}": {{\n      "version": "{ver}",\n      "resolved": "https://registry.npmjs.org/{name}/-/{name.split("/")[-1]}-{ver}.tgz",\n      "integrity": "{integ}"\n    }}')
add("json/decoy-package-lock", "ami/neptune360/package-lock.json", '{\n  "name": "neptune360-sync",\n  "version": "1.4.0",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n    "": {\n      "name": "neptune360-sync",\n      "version": "1.4.0",\n      "dependencies": {\n        "axios": "^1.6.7",\n        "pg": "^8.11.3"\n      }\n    },\n'
    + ",\n".join(_entries) + "\n  }\n}\n", None, "npm docs: package-lock.json integrity (Subresource Integrity sha512 digests)")

r = _rng()
_reqs = []
for name, ver in [("requests", "2.31.0"), ("paho-mqtt", "1.6.1"), ("pymodbus", "3.6.4"), ("asyncua", "1.0.6"), ("pyodbc", "5.1.0")]:
    _reqs.append(f"{name}=={ver} \\\n    --hash=sha256:{''.join(r.choice(HEX) for _ in range(64))} \\\n    --hash=sha256:{''.join(r.choice(HEX) for _ in range(64))}")
add("requirements/decoy-hashes", "edge/lift_station_gateway/requirements.txt",
    "# pip-compile --generate-hashes requirements.in\n" + "\n".join(_reqs) + "\n", None,
    "pip docs: hash-checking mode (--hash=sha256:...)")

r = _rng()
_fw = ["SCADAPack-474-v9.8.2.bin", "SCADAPack-474-v9.9.0.bin", "IR1101-ios-xe-17.12.2.SPA.bin", "MGate-5109-fw-v2.3.bin",
       "Moxa-OnCell-G3470A-v1.7.rom", "CR1000X.Std.07.01.obj"]
add("sha256sums/decoy-firmware", "rtu/firmware/SHA256SUMS",
    "".join(f"{''.join(r.choice(HEX) for _ in range(64))}  {f}\n" for f in _fw), None,
    "sha256sum(1) check file; vendor firmware digests published with the downloads")

add("markdown/decoy-aws-example", "ami/ingest/README.md", r"""# AMI ingest worker

Reads the head-end drop files from the landing bucket and loads them into TimescaleDB.

## Running locally

Use a profile, never keys in files:

```bash
aws configure --profile ami-dev
# AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
# AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
# Default region name [None]: us-west-2
export AWS_PROFILE=ami-dev
python -m ingest --date 2024-03-01 --dry-run
```

(The keys above are the example values from the AWS documentation.)

In production the worker runs on ECS with the task role `ami-ingest-task`, so no keys are set.

## Files

| Prefix | Content |
| --- | --- |
| `sensus/` | FlexNet interval reads, CSV |
| `neptune/` | Neptune 360 register reads, JSON |
| `lorawan/` | TTS uplink archive, JSON lines |
""", None, "AWS docs: example access key AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")

add("python/decoy-jwt-example", "portal-api/tests/test_auth.py", r'''"""Token parsing tests. The token is the example from jwt.io, signed with its documented example secret."""
import jwt
import pytest

from portal_api.auth import parse_bearer, TokenError

JWT_IO_EXAMPLE = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                  "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
                  "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
EXAMPLE_SECRET = "your-256-bit-secret"


def test_parse_bearer_strips_scheme():
    assert parse_bearer("Bearer " + JWT_IO_EXAMPLE) == JWT_IO_EXAMPLE


def test_example_token_decodes():
    claims = jwt.decode(JWT_IO_EXAMPLE, EXAMPLE_SECRET, algorithms=["HS256"])
    assert claims["name"] == "John Doe"


def test_missing_scheme_is_rejected():
    with pytest.raises(TokenError):
        parse_bearer(JWT_IO_EXAMPLE)
''', None, "jwt.io: the documented example HS256 token and its example secret")

add("python/decoy-password-policy", "portal/wcwd_portal/accounts/validators.py", r'''"""Password rules for customer portal accounts (no secrets: rules and messages only)."""
import re

from django.core.exceptions import ValidationError

MIN_LENGTH = 12
# Patterns customers try that we refuse (examples shown in the help text)
REFUSED = [
    re.compile(r"^password\d*$", re.I),
    re.compile(r"^water(bill)?\d*!?$", re.I),
    re.compile(r"^(\d)\1{5,}$"),
]
HELP = ("At least 12 characters. Avoid your account number, address or words like "
        "'Password123' or 'WaterBill2024!'.")


class UtilityPasswordValidator:
    def validate(self, password, user=None):
        if len(password) < MIN_LENGTH:
            raise ValidationError(HELP, code="password_too_short")
        if any(p.match(password) for p in REFUSED):
            raise ValidationError(HELP, code="password_too_common")
        if user is not None and getattr(user, "account_number", "") and user.account_number in password:
            raise ValidationError("Do not use your account number.", code="password_account_number")

    def get_help_text(self):
        return HELP
''', None, "Django docs: custom password validators; examples of refused passwords in help text")

add("json/decoy-masked-export", "kepware/exports/project_2024-02-20_redacted.json", r"""{
  "project": {
    "common.ALLTYPES_DESCRIPTION": "NWTP KEPServerEX project - exported with passwords redacted",
    "servermain.PROJECT_TITLE": "NWTP",
    "channels": [
      {
        "common.ALLTYPES_NAME": "Wellfield_DNP3",
        "servermain.MULTIPLE_TYPES_DEVICE_DRIVER": "DNP Client Ethernet",
        "dnpclient.CHANNEL_DESTINATION_HOST": "10.42.12.2",
        "dnpclient.CHANNEL_DESTINATION_PORT": 20000
      }
    ],
    "_iot_gateway": {
      "mqtt_clients": [
        {
          "common.ALLTYPES_NAME": "HQ_Broker",
          "iot_gateway.MQTT_CLIENT_URL": "ssl://mqtt-dmz.utility.org:8883",
          "iot_gateway.MQTT_CLIENT_USERNAME": "kepware01",
          "iot_gateway.MQTT_CLIENT_PASSWORD": "********"
        }
      ]
    },
    "_opcuaserver": {
      "opcuaserver.ENDPOINT_PORT": 49320,
      "opcuaserver.ALLOW_ANONYMOUS_LOGIN": false,
      "opcuaserver.USER_PASSWORD": "********"
    }
  }
}
""", None, "Kepware Configuration API exports: write-only password properties are returned masked")

add("ini/decoy-odbc-trusted", "reporting/odbc/odbc.ini", r"""; DSNs on RPT01 - all use Windows (Kerberos) authentication, no stored passwords
[OpsWarehouse]
Driver   = ODBC Driver 18 for SQL Server
Server   = sqlrpt01.utility.local
Database = OpsWarehouse
Trusted_Connection = Yes
Encrypt  = yes

[WIMS_NWTP]
Driver   = ODBC Driver 18 for SQL Server
Server   = wimsdb01.utility.local
Database = WIMS_NWTP
Trusted_Connection = Yes
Encrypt  = yes

[CIS_REPORTING]
Driver   = ODBC Driver 18 for SQL Server
Server   = cisrpt01.utility.local
Database = CISReporting
Authentication = ActiveDirectoryIntegrated
""", None, "Microsoft ODBC Driver for SQL Server: Trusted_Connection / ActiveDirectoryIntegrated DSN keywords")

add("json/decoy-appsettings-keyvault", "src/WorkOrderEvents/appsettings.Production.json", r"""{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ServiceBus": {
    "FullyQualifiedNamespace": "wcwd-integration.servicebus.windows.net",
    "Topic": "workorder-status",
    "UseManagedIdentity": true
  },
  "Maximo": {
    "BaseUrl": "https://maximo.utility.local/maximo/api",
    "ApiKey": "@Microsoft.KeyVault(SecretUri=https://kv-wcwd-integration.vault.azure.net/secrets/maximo-apikey/)"
  },
  "ConnectionStrings": {
    "Portal": "@Microsoft.KeyVault(VaultName=kv-wcwd-integration;SecretName=portal-db-connection)"
  },
  "ManagedIdentityClientId": "9d7b5f3e-1a2c-4e6b-8d0f-2a4c6e8b0d1f"
}
""", None, "Azure App Service docs: Key Vault references @Microsoft.KeyVault(SecretUri=...)")

add("powershell/decoy-get-secret", "scripts/pi/Restart-PIInterfaces.ps1", r"""# Restarts the PI interfaces that stopped sending data (scheduled task on PIDA01).
# The credential comes from the SecretManagement vault of the service account.
Import-Module Microsoft.PowerShell.SecretManagement
Import-Module OSIsoft.PowerShell

$cred = Get-Secret -Name "PI-Admin" -Vault "OTSecretStore"
if (-not $cred) { $cred = Get-Credential -Message "PI admin account" }

$con = Connect-PIDataArchive -PIDataArchiveMachineName "PIDA01" -WindowsCredential $cred
$stale = Get-PIPoint -Connection $con -WhereClause "tag:=WTP.*.HEARTBEAT" |
    Where-Object { (Get-PIValue -PIPoint $_ -Time (Get-Date)).TimeStamp -lt (Get-Date).AddMinutes(-15) }

foreach ($p in $stale) {
    $svc = "opcint" + ($p.Point.Name -split '\.')[1]
    Write-Output "Restarting $svc (last heartbeat stale)"
    Restart-Service -Name $svc -Force
}
""", None, "Microsoft.PowerShell.SecretManagement: Get-Secret; Get-Credential prompt")

add("batch/decoy-prompt", "reporting/tasks/run_lcr_summary.bat", r"""@echo off
REM Lead and Copper Rule tap-sample summary. Prompts for the LIMS reader password;
REM nothing is stored in this file.
setlocal
set LIMS_USER=CCR_READER
set /p LIMS_PASSWORD=LIMS password for %LIMS_USER%: 
if "%LIMS_PASSWORD%"=="" (
  echo No password entered.
  exit /b 1
)
"C:\Program Files\R\R-4.3.2\bin\Rscript.exe" reports\lcr\lcr_summary.R %LIMS_USER% %LIMS_PASSWORD%
set LIMS_PASSWORD=
endlocal
""", None, "Windows cmd: set /p prompt for a value at run time")

r = _rng()
_bc = ["$2b$12$" + "".join(r.choice(ALNUM + "./") for _ in range(53)) for _ in range(3)]
add("sql/decoy-bcrypt-seed", "portal/db/seed/dev_users.sql", r"""-- Development seed users for the customer portal (local docker only).
-- Passwords are bcrypt hashes; the dev password for all three is in docs/dev-setup.md.
INSERT INTO accounts_user (email, account_number, password, is_staff, created_at) VALUES
  ('csr.demo@utility.org', NULL, '@@a@@', TRUE, now()),
  ('customer.demo1@example.com', '100200300', '@@b@@', FALSE, now()),
  ('customer.demo2@example.com', '100200301', '@@c@@', FALSE, now());

INSERT INTO billing_account (account_number, premise_id, status) VALUES
  ('100200300', 'P-0031877', 'ACTIVE'),
  ('100200301', 'P-0031878', 'ACTIVE');
""", None, "bcrypt password hashes ($2b$12$...) in a development seed file", a=_bc[0], b=_bc[1], c=_bc[2])

_nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Valve exercising backlog\n"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["from getpass import getpass\n", "from arcgis.gis import GIS\n", "\n",
                    "username = input('Portal username: ')\n",
                    "gis = GIS('https://gis.utility.org/portal', username, getpass('Portal password: '))"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
         "source": ["valves = gis.content.get('4c2e0a8b6d1f4e3a9c7b5d3f1e0a2c4b').layers[0]\n",
                    "df = valves.query(where=\"LAST_EXERCISED < CURRENT_TIMESTAMP - 1095\", out_fields='FACILITYID,SIZE,LAST_EXERCISED').sdf\n",
                    "df.groupby('SIZE').size()"]},
    ],
    "metadata": {"kernelspec": {"display_name": "ArcGIS Pro (arcgispro-py3)", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("notebook/decoy-getpass", "gis/notebooks/valve_exercising_backlog.ipynb", json.dumps(_nb, indent=1) + "\n", None,
    "Python getpass docs; ArcGIS API for Python GIS(url, username, password)")

add("dockerfile/decoy-secret-mount", "cis-bridge/Dockerfile", r"""# syntax=docker/dockerfile:1.6
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
# Nexus credentials come from a BuildKit secret, never from an ARG or ENV
RUN --mount=type=secret,id=maven_settings,target=/root/.m2/settings.xml \
    mvn -B -q dependency:go-offline
COPY src ./src
RUN --mount=type=secret,id=maven_settings,target=/root/.m2/settings.xml \
    mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
ENV CIS_DB_PASSWORD_FILE=/run/secrets/cis_db_password
COPY --from=build /src/target/cis-bridge.jar /app/cis-bridge.jar
USER 10001
ENTRYPOINT ["java", "-jar", "/app/cis-bridge.jar"]
""", None, "Docker docs: BuildKit RUN --mount=type=secret; *_FILE convention")

add("crontab/decoy-env-file", "ops/crontab/nightly-ops.cron", r"""# Nightly operations jobs on rpt01 (user: reports). Credentials are in ~/.config/ops/env (0600).
SHELL=/bin/bash
MAILTO=ops-reports@utility.org
PATH=/usr/local/bin:/usr/bin:/bin

30 5 * * *   set -a; . ~/.config/ops/env; set +a; /opt/reports/.venv/bin/python -m reports.daily_ops --out /data/reports
0 6 1 * *    set -a; . ~/.config/ops/env; set +a; /opt/reports/.venv/bin/python -m reports.monthly_mor
15 6 * * 1   /opt/reports/bin/rotate_logs.sh /var/log/reports
""", None, "crontab(5); credentials sourced from a private env file at run time")

add("systemd/decoy-credentials", "ops/systemd/ami-ingest.service", r"""[Unit]
Description=AMI ingest worker
After=network-online.target

[Service]
Type=simple
User=ami
EnvironmentFile=/etc/ami/ingest.env
LoadCredential=db-password:/etc/ami/credentials/db-password
LoadCredential=aws-config:/etc/ami/credentials/aws-config
Environment=AMI_DB_PASSWORD_FILE=%d/db-password
Environment=AWS_CONFIG_FILE=%d/aws-config
ExecStart=/opt/ami/.venv/bin/python -m ingest.worker
Restart=on-failure
RestartSec=30

[Install]
WantedBy=multi-user.target
""", None, "systemd.exec(5): LoadCredential= and EnvironmentFile=; %d is the credentials directory")

add("hcl/decoy-random-password", "infra/terraform/reporting/secrets.tf", r"""resource "random_password" "sql_admin" {
  length           = 32
  special          = true
  override_special = "!#%*-_=+"
}

resource "azurerm_key_vault_secret" "sql_admin" {
  name         = "reporting-sql-admin-password"
  value        = random_password.sql_admin.result
  key_vault_id = data.azurerm_key_vault.ot.id
  content_type = "password"
}

resource "azurerm_mssql_server" "reporting_dr" {
  name                         = "wcwd-reporting-sql-dr"
  resource_group_name          = azurerm_resource_group.reporting.name
  location                     = "westus3"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = random_password.sql_admin.result
  minimum_tls_version          = "1.2"
}
""", None, "Terraform random provider: random_password; azurerm_key_vault_secret")

add("hcl/decoy-vault-data", "infra/terraform/edge/mqtt.tf", r"""data "vault_kv_secret_v2" "mqtt_bridge" {
  mount = "secret"
  name  = "scada/mqtt/bridge"
}

resource "kubernetes_secret" "mqtt_bridge" {
  metadata {
    name      = "mqtt-bridge"
    namespace = "telemetry"
  }
  data = {
    username = data.vault_kv_secret_v2.mqtt_bridge.data["username"]
    password = data.vault_kv_secret_v2.mqtt_bridge.data["password"]
  }
}

variable "broker_host" {
  type    = string
  default = "mqtt-dmz.utility.org"
}
""", None, "Terraform Vault provider: vault_kv_secret_v2 data source")

add("github-actions/decoy-secrets-ref", ".github/workflows/deploy-maximo-sync.yml", r"""name: deploy-maximo-sync

on:
  push:
    tags: ["v*"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - name: Log in to the registry
        uses: docker/login-action@v3
        with:
          registry: registry.utility.local
          username: ${{ vars.REGISTRY_USER }}
          password: ${{ secrets.REGISTRY_PASSWORD }}
      - name: Build and push
        run: |
          docker build -t registry.utility.local/integrations/gis-maximo-sync:${GITHUB_REF_NAME#v} .
          docker push registry.utility.local/integrations/gis-maximo-sync:${GITHUB_REF_NAME#v}
      - name: Smoke test
        env:
          MAXIMO_APIKEY: ${{ secrets.MAXIMO_APIKEY }}
          ARCGIS_CLIENT_SECRET: ${{ secrets.ARCGIS_CLIENT_SECRET }}
        run: python -m sync --dry-run --limit 5
""", None, "GitHub Actions docs: secrets and vars contexts")

add("github-actions/decoy-oidc", ".github/workflows/terraform-reporting.yml", r"""name: terraform-reporting

on:
  pull_request:
    paths: ["infra/terraform/reporting/**"]

permissions:
  id-token: write
  contents: read

jobs:
  plan:
    runs-on: ubuntu-latest
    defaults:
      run:
        working-directory: infra/terraform/reporting
    env:
      ARM_CLIENT_ID: 3c5e7a9b-1d2f-4a6c-8e0b-2d4f6a8c0e1b
      ARM_TENANT_ID: 8e0c2a4b-6d8f-4a1c-9e3b-5d7f9a1c3e5b
      ARM_SUBSCRIPTION_ID: 1a3c5e7b-9d0f-4b2d-8f6a-0c2e4a6c8e0d
      ARM_USE_OIDC: "true"
    steps:
      - uses: actions/checkout@v4
      - uses: azure/login@v2
        with:
          client-id: ${{ env.ARM_CLIENT_ID }}
          tenant-id: ${{ env.ARM_TENANT_ID }}
          subscription-id: ${{ env.ARM_SUBSCRIPTION_ID }}
      - uses: hashicorp/setup-terraform@v3
      - run: terraform init -input=false
      - run: terraform plan -input=false -no-color
""", None, "azure/login docs: OpenID Connect with client-id / tenant-id (identifiers, no secret)")

add("gitlab-ci/decoy-ci-vars", "gis/.gitlab-ci.yml", r"""stages: [validate, publish]

variables:
  PORTAL_URL: https://gis.utility.org/portal
  # PORTAL_PASSWORD is a masked, protected CI/CD variable set in Settings > CI/CD

validate:
  stage: validate
  image: registry.utility.local/gis/arcgis-python:2.2
  script:
    - python gis/services/validate.py --portal "$PORTAL_URL"

publish:
  stage: publish
  image: registry.utility.local/gis/arcgis-python:2.2
  script:
    - python gis/services/publish.py --portal "$PORTAL_URL" --user "$PORTAL_USER" --password "$PORTAL_PASSWORD"
    - curl --header "JOB-TOKEN: $CI_JOB_TOKEN" --upload-file dist/services.zip "${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/generic/gis-services/${CI_COMMIT_TAG}/services.zip"
  rules:
    - if: $CI_COMMIT_TAG
""", None, "GitLab docs: masked CI/CD variables and CI_JOB_TOKEN")

add("java/decoy-getenv", "cis-bridge/src/main/java/org/wcwd/cis/CisConfig.java", r"""package org.wcwd.cis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Connection settings for CC&B; the password comes from a mounted secret file or the environment. */
public record CisConfig(String url, String user, String password) {

    public static CisConfig fromEnvironment() throws IOException {
        String url = System.getenv().getOrDefault("CIS_DB_URL", "jdbc:oracle:thin:@//ccbdb01.utility.local:1521/CCBPRD");
        String user = System.getenv().getOrDefault("CIS_DB_USER", "CISMRUP");
        String file = System.getenv("CIS_DB_PASSWORD_FILE");
        String password = file != null ? Files.readString(Path.of(file)).strip() : System.getenv("CIS_DB_PASSWORD");
        if (password == null || password.isEmpty()) {
            throw new IllegalStateException("CIS_DB_PASSWORD or CIS_DB_PASSWORD_FILE must be set");
        }
        return new CisConfig(url, user, password);
    }
}
""", None, "Java System.getenv; secret file convention")

add("typescript/decoy-process-env", "field-app/server/src/config.ts", r"""// Field crew app backend configuration: every credential comes from the environment.
function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`Missing environment variable ${name}`);
  }
  return value;
}

export const config = {
  port: Number(process.env.PORT ?? 8080),
  eam: {
    url: process.env.EAM_URL ?? "https://eam.utility.local/axis/restservices",
    tenant: "WCWD_PRD",
    organization: "WCWD",
    username: required("EAM_USERNAME"),
    password: required("EAM_PASSWORD"),
  },
  arcgis: {
    portal: "https://gis.utility.org/portal",
    clientId: "Kq7wV2nRxT4bZ8pL",
  },
  sessionSecret: required("SESSION_SECRET"),
};
""", None, "Node.js process.env; OAuth public client id")

add("r/decoy-keyring", "reports/lcr/lcr_summary.R", r"""# Lead and Copper tap-sample 90th percentile summary
library(DBI)
library(odbc)
library(keyring)

args <- commandArgs(trailingOnly = TRUE)
user <- if (length(args) >= 1) args[[1]] else "CCR_READER"
pwd  <- if (length(args) >= 2) args[[2]] else keyring::key_get("lims", username = user)

con <- dbConnect(odbc::odbc(), Driver = "Oracle in OraClient19Home1",
                 DBQ = "limsdb01.utility.local:1521/LIMSPRD", UID = user, PWD = pwd)

lead <- dbGetQuery(con, "SELECT sample_id, site_id, result_value FROM lcr_results WHERE analyte = 'PB' AND period = '2023H2'")
p90 <- quantile(lead$RESULT_VALUE, 0.9, type = 6)
cat(sprintf("Lead 90th percentile: %.4f mg/L (action level 0.015)\n", p90))
dbDisconnect(con)
""", None, "keyring R package: key_get() reads the OS credential store")

add("vba/decoy-integrated", "reports/mor/WimsQuery.bas", r"""Attribute VB_Name = "WimsQuery"
' Read-only queries against WIMS using the signed-in Windows account (no stored password).
Option Explicit

Private Const CONN As String = "Provider=MSOLEDBSQL;Data Source=wimsdb01.utility.local;" & _
    "Initial Catalog=WIMS_NWTP;Integrated Security=SSPI;"

Public Function DailyValue(ByVal varNum As Long, ByVal d As Date) As Variant
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open CONN
    Set rs = cn.Execute("SELECT DataValue FROM dbo.DailyData WHERE VarNum = " & varNum & _
                        " AND DataDate = '" & Format(d, "yyyy-mm-dd") & "'")
    If rs.EOF Then DailyValue = CVErr(xlErrNA) Else DailyValue = rs!DataValue
    rs.Close
    cn.Close
End Function
""", None, "Microsoft docs: MSOLEDBSQL Integrated Security=SSPI")

add("php/decoy-getenv", "website-staging/wp-config.php", r"""<?php
/**
 * Staging copy of wcwd.org. Values come from the container environment (see compose.staging.yml).
 */
define( 'DB_NAME', getenv( 'WORDPRESS_DB_NAME' ) ?: 'wcwd_wp_staging' );
define( 'DB_USER', getenv( 'WORDPRESS_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );
define( 'DB_HOST', getenv( 'WORDPRESS_DB_HOST' ) ?: 'db:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

$table_prefix = 'wcwd_';
define( 'WP_DEBUG', true );
define( 'WP_ENVIRONMENT_TYPE', 'staging' );

require_once '/run/secrets/wp-salts.php';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", None, "WordPress Docker image docs: WORDPRESS_DB_PASSWORD via getenv")

add("nginx/decoy-basic-auth-file", "ops/nginx/conf.d/telemetry-dashboard.conf", r"""# Internal telemetry dashboard: basic auth against a local htpasswd file (bcrypt, managed by Ansible)
server {
    listen 443 ssl;
    server_name telemetry.utility.local;

    ssl_certificate     /etc/nginx/ssl/telemetry.utility.local.crt;
    ssl_certificate_key /etc/nginx/ssl/telemetry.utility.local.key;

    auth_basic           "Telemetry";
    auth_basic_user_file /etc/nginx/htpasswd.telemetry;

    location / {
        proxy_pass http://127.0.0.1:3000;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-User $remote_user;
        proxy_set_header Authorization "";
    }
}
""", None, "nginx docs: ngx_http_auth_basic_module auth_basic_user_file")

r = _rng()
add("htpasswd/decoy-bcrypt", "ops/nginx/htpasswd.telemetry", "".join(
    f"{u}:$2y$10${''.join(r.choice(ALNUM + './') for _ in range(53))}\n"
    for u in ["operator", "lab", "engineering", "supervisor", "viewer"]), None,
    "Apache htpasswd(1): bcrypt entries ($2y$)")

add("apache/decoy-ssl-paths", "ops/apache/lims-portal.conf", r"""<VirtualHost *:443>
    ServerName lims-portal.utility.local
    SSLEngine on
    SSLCertificateFile      /etc/pki/tls/certs/lims-portal.crt
    SSLCertificateKeyFile   /etc/pki/tls/private/lims-portal.key
    SSLCertificateChainFile /etc/pki/tls/certs/utility-issuing-ca.crt
    SSLProtocol             -all +TLSv1.2 +TLSv1.3

    ProxyPass        "/" "http://127.0.0.1:8080/"
    ProxyPassReverse "/" "http://127.0.0.1:8080/"
    RequestHeader set X-Forwarded-Proto "https"

    <Location "/admin">
        AuthType Kerberos
        AuthName "LIMS admin"
        KrbServiceName HTTP/lims-portal.utility.local
        Krb5Keytab /etc/httpd/keytabs/lims-portal.keytab
        Require ldap-group CN=LIMS-Admins,OU=Groups,DC=utility,DC=local
    </Location>
</VirtualHost>
""", None, "Apache mod_ssl and mod_auth_kerb: key and keytab referenced by path")

_cert = cert_pem("Utility OT Root CA")
add("pem/decoy-ca-cert", "mosquitto/certs/utility-root-ca.crt", "# Utility OT Root CA (public certificate, distributed to all edge devices)\n" + _cert + "\n", None,
    "RFC 7468: BEGIN CERTIFICATE (a public certificate)")

add("ssh/decoy-authorized-keys", "ops/ssh/edge_authorized_keys", "\n".join([
    "# Edge boxes: keys allowed for edgeadmin (deployed by Ansible)",
    ssh_pub("ops-jump01"), ssh_pub("ansible@scada-ctl01"), ssh_pub("j.ramirez@laptop-0412"),
    ssh_pub("m.chen@laptop-0388"), ssh_pub("vendor-tricounty (expires 2024-12-31)")]) + "\n", None,
    "OpenSSH sshd(8): authorized_keys holds public keys")

add("json/decoy-ttn-external-js", "ami/lorawan/devices/wm-000990.json", r"""{
  "ids": {
    "device_id": "wm-000990",
    "dev_eui": "0004A30B001C9F27",
    "join_eui": "70B3D57ED0001A2F",
    "application_ids": { "application_id": "wcwd-water-meters" }
  },
  "name": "WM-000990 Alder Ct 88",
  "attributes": { "meter_serial": "71904990", "premise_id": "P-0032411" },
  "lorawan_version": "MAC_V1_0_3",
  "lorawan_phy_version": "PHY_V1_0_3_REV_A",
  "frequency_plan_id": "US_902_928_FSB_2",
  "supports_join": true,
  "join_server_address": "join.meter-vendor.example.com",
  "claim_authentication_code": { "value": "" },
  "_comment": "Root keys stay on the vendor's external join server (secure element); none are set here."
}
""", None, "The Things Stack docs: external join server; DevEUI/JoinEUI are public identifiers")

add("toml/decoy-chirpstack-env", "lorawan/chirpstack/chirpstack.prod.toml", r"""# ChirpStack v4 - production. Secrets come from the environment (ChirpStack expands $VARS).
[logging]
  level="warn"

[postgresql]
  dsn="postgres://chirpstack:$POSTGRESQL_PASSWORD@chirpstack-db/chirpstack?sslmode=require"

[redis]
  servers=["rediss://:$REDIS_PASSWORD@chirpstack-redis:6380/"]

[network]
  net_id="000000"
  enabled_regions=["us915_1"]

[api]
  bind="0.0.0.0:8080"
  secret="$CHIRPSTACK_API_SECRET"
""", None, "ChirpStack v4 docs: environment variable substitution in chirpstack.toml")

r = _rng()
_png = "iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHe" + "".join(r.choice(ALNUM + "+/") for _ in range(400)) + "AAAAAElFTkSuQmCC"
add("html/decoy-data-uri", "reports/templates/ccr_cover.html", r"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{{ year }} Consumer Confidence Report</title>
  <link rel="stylesheet" href="ccr.css">
</head>
<body>
  <header>
    <img alt="West County Water District" width="64" height="64"
         src="data:image/png;base64,@@png@@">
    <h1>{{ year }} Water Quality Report</h1>
    <p>Public water system ID {{ pws_id }}</p>
  </header>
  <section>
    <p>Este informe contiene información muy importante sobre su agua potable.</p>
    <p>Questions? Call {{ phone }} or email {{ email }}.</p>
  </section>
</body>
</html>
""", None, "RFC 2397 data: URLs; an inline base64 PNG logo", png=_png)

add("yaml/decoy-openapi-example", "cmms/maximo/openapi/mxapiwodetail.yaml", r"""openapi: 3.0.3
info:
  title: Maximo work orders (subset used by integrations)
  version: "7.6.1"
servers:
  - url: https://maximo.utility.local/maximo/api
components:
  securitySchemes:
    apikey:
      type: apiKey
      in: header
      name: apikey
      description: >
        Generate a key in Maximo (Administration > API Keys). Example request:
        curl -H "apikey: <your-api-key>" https://maximo.utility.local/maximo/api/os/mxapiwodetail
security:
  - apikey: []
paths:
  /os/mxapiwodetail:
    get:
      summary: Query work orders
      parameters:
        - { name: oslc.where, in: query, schema: { type: string }, example: 'siteid="NWTP" and status="APPR"' }
        - { name: lean, in: query, schema: { type: integer }, example: 1 }
      responses:
        "200":
          description: Work orders
""", None, "OpenAPI 3.0 apiKey security scheme; <your-api-key> placeholder")

add("python/decoy-hmac-test-vector", "ami/webhooks/tests/test_signature.py", r'''"""The head-end webhook signature check against the HMAC-SHA256 test vectors of RFC 4231."""
import hmac

from ami_webhooks.signature import verify

# RFC 4231 test case 1
KEY_1 = bytes.fromhex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b")
DATA_1 = b"Hi There"
MAC_1 = "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"

# RFC 4231 test case 2
KEY_2 = b"Jefe"
DATA_2 = b"what do ya want for nothing?"
MAC_2 = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"


def test_rfc4231_case_1():
    assert verify(KEY_1, DATA_1, "sha256=" + MAC_1)


def test_rfc4231_case_2():
    assert verify(KEY_2, DATA_2, "sha256=" + MAC_2)


def test_tampered_body_fails():
    assert not verify(KEY_2, DATA_2 + b" ", "sha256=" + MAC_2)


def test_compare_is_constant_time(monkeypatch):
    calls = []
    monkeypatch.setattr(hmac, "compare_digest", lambda a, b: calls.append(1) or a == b)
    verify(KEY_1, DATA_1, "sha256=" + MAC_1)
    assert calls
''', None, "RFC 4231: HMAC-SHA256 test vectors (test cases 1 and 2)")

r = _rng()
add("json/decoy-grafana-dashboard", "grafana/dashboards/lift-stations.json", json.dumps({
    "uid": "".join(r.choice(ALNUM) for _ in range(9)), "title": "Lift stations", "schemaVersion": 39, "version": 12,
    "tags": ["wastewater", "collections"], "timezone": "browser",
    "panels": [{"id": i + 1, "type": "timeseries", "title": f"LS{14 + i} wet well level",
                "datasource": {"type": "influxdb", "uid": "influx-telemetry"},
                "targets": [{"refId": "A", "query": f'from(bucket: "telemetry") |> range(start: v.timeRangeStart) |> filter(fn: (r) => r.station == "LS{14 + i}" and r._field == "wet_well_ft")'}],
                "gridPos": {"h": 8, "w": 12, "x": 12 * (i % 2), "y": 8 * (i // 2)}} for i in range(3)],
    "time": {"from": "now-24h", "to": "now"},
}, indent=2) + "\n", None, "Grafana docs: dashboard JSON model (uid, datasource uid)")

add("yaml/decoy-configmap", "deploy/k8s/ami-ingest/configmap.yaml", r"""apiVersion: v1
kind: ConfigMap
metadata:
  name: ami-ingest
  namespace: ami
data:
  LANDING_BUCKET: wcwd-ami-landing-prod
  ARCHIVE_BUCKET: wcwd-ami-archive
  AWS_REGION: us-west-2
  AWS_ROLE_ARN: arn:aws:iam::418273645091:role/ami-ingest-irsa
  AMI_DATABASE_HOST: amidb.utility.local
  AMI_DATABASE_NAME: ami
  AMI_DATABASE_USER: ami_ingest
  AMI_DATABASE_PASSWORD_SECRET: arn:aws:secretsmanager:us-west-2:418273645091:secret:ami/ingest/db-Xk3q9Z
  BATCH_SIZE: "5000"
  LOG_LEVEL: info
""", None, "Kubernetes ConfigMap; AWS IAM role and Secrets Manager ARNs are identifiers")

r = _rng()
_menc = "{" + "".join(r.choice(ALNUM + "+/") for _ in range(43)) + "=}"
add("xml/decoy-maven-encrypted", "ami-mdm/.mvn/settings.xml", r"""<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <!-- Password encrypted with mvn --encrypt-password; the master password is in ~/.m2/settings-security.xml -->
  <servers>
    <server>
      <id>nexus</id>
      <username>ci-ami-mdm</username>
      <password>@@enc@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.utility.local/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", None, "Apache Maven: password encryption ({...} ciphertext, master password in settings-security.xml)", enc=_menc)

add("properties/decoy-spring-placeholders", "cis-bridge/src/main/resources/application.properties", r"""spring.application.name=cis-bridge
spring.datasource.url=${CIS_DB_URL:jdbc:oracle:thin:@//ccbdb01.utility.local:1521/CCBPRD}
spring.datasource.username=${CIS_DB_USER:CISMRUP}
spring.datasource.password=${CIS_DB_PASSWORD}
spring.datasource.hikari.maximum-pool-size=10
spring.cloud.vault.enabled=true
spring.cloud.vault.uri=https://vault.utility.local:8200
spring.cloud.vault.authentication=KUBERNETES
spring.cloud.vault.kubernetes.role=cis-bridge
spring.config.import=vault://secret/integrations/cis-bridge
management.endpoints.web.exposure.include=health,info
""", None, "Spring Boot property placeholders ${...}; Spring Cloud Vault Kubernetes authentication")

add("docker-compose/decoy-interpolation", "lims-portal/docker-compose.yml", r"""# LIMS results portal - values come from .env (not committed) on the host
services:
  portal:
    image: registry.utility.local/lab/lims-portal:3.1.2
    restart: unless-stopped
    environment:
      LIMS_DB_URL: jdbc:oracle:thin:@//limsdb01.utility.local:1521/LIMSPRD
      LIMS_DB_USER: LIMS_PORTAL
      LIMS_DB_PASSWORD: ${LIMS_DB_PASSWORD:?set LIMS_DB_PASSWORD in .env}
      SMTP_PASSWORD: ${SMTP_PASSWORD:?}
    ports:
      - "8080:8080"

  cache:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD:?}"]
""", None, "Docker Compose docs: interpolation ${VAR:?error} from .env")

add("shell/decoy-vault-login", "ops/bootstrap/get_ignition_backup_creds.sh", r"""#!/usr/bin/env bash
# Fetches the gateway admin credential for a restore. Needs an OIDC login (SSO) to Vault.
set -euo pipefail

export VAULT_ADDR="https://vault.utility.local:8200"
vault login -method=oidc -path=azuread role=scada-admins >/dev/null

GATEWAY_ADMIN_PASSWORD="$(vault kv get -field=password secret/scada/ignition/gateway-admin)"
export GATEWAY_ADMIN_PASSWORD

./restore_gateway.sh "${1:?backup file}"
unset GATEWAY_ADMIN_PASSWORD
""", None, "HashiCorp Vault CLI: vault login -method=oidc; vault kv get -field")

add("python/decoy-payload-fixtures", "ami/lorawan/tests/test_decode.py", r'''"""Uplink decoder tests: frm_payload samples captured from a bench meter (no keys involved)."""
from ttn_uplinks import decode

# base64 frm_payload -> expected fields
SAMPLES = {
    "AAAwOQ6EAA==": {"gallons": 1234.5, "battery_v": 3.716, "leak": False, "reverse_flow": False},
    "AAEJMg5gAQ==": {"gallons": 6783.4, "battery_v": 3.68, "leak": True, "reverse_flow": False},
    "AAAAAA2sAg==": {"gallons": 0.0, "battery_v": 3.5, "leak": False, "reverse_flow": True},
}
DEV_EUIS = ["0004A30B001C9F27", "0004A30B001C9F28", "0004A30B001C9F29"]


def test_samples():
    for payload, expected in SAMPLES.items():
        got = decode(payload)
        assert round(got["gallons"], 1) == expected["gallons"]
        assert got["leak"] == expected["leak"]
        assert got["reverse_flow"] == expected["reverse_flow"]
''', None, "The Things Stack uplink frm_payload (base64 application payload); DevEUIs are identifiers")

r = _rng()
_assets = []
for i in range(14):
    gid = fakes.uuid4(_seed()).upper()
    _assets.append(f"{{{gid}}},HYD-{4100 + i:05d},{r.choice(['Mueller Super Centurion', 'Clow Medallion', 'AVK 2780'])},{r.randint(1965, 2022)},6,"
                   f"{r.choice(['Hillcrest 2', 'Riverside 1', 'Oak Hollow'])},{r.choice(['In Service', 'In Service', 'Out of Service'])}")
add("csv/decoy-asset-register", "gis/exports/hydrants_2024-03-01.csv",
    "GLOBALID,FACILITYID,MODEL,INSTALLYEAR,LATERALSIZE,PRESSUREZONE,STATUS\n" + "\n".join(_assets) + "\n", None,
    "Esri utility network / ArcGIS GlobalID fields (GUIDs) in an asset register export")

add("mosquitto/decoy-password-file", "mosquitto/mosquitto.conf", r"""# Plant broker (mqtt.scada.utility.local)
per_listener_settings false
persistence true
persistence_location /mosquitto/data/
log_dest file /mosquitto/log/mosquitto.log

listener 8883
protocol mqtt
cafile /etc/mosquitto/certs/utility-root-ca.crt
certfile /etc/mosquitto/certs/mqtt-scada.crt
keyfile /etc/mosquitto/certs/mqtt-scada.key
require_certificate false
tls_version tlsv1.2

allow_anonymous false
password_file /etc/mosquitto/passwd
acl_file /etc/mosquitto/acl

include_dir /etc/mosquitto/conf.d
""", None, "mosquitto.conf(5): password_file, keyfile and acl_file are paths")

add("json/decoy-node-red-flows", "node-red/flows.json", r"""[
    {
        "id": "8f2a1c4e9b3d7a60",
        "type": "tab",
        "label": "Analyzers",
        "disabled": false
    },
    {
        "id": "3b7e1f0c9a2d4e6f",
        "type": "modbus-client",
        "name": "CL2 analyzer",
        "clienttype": "tcp",
        "tcpHost": "10.40.3.21",
        "tcpPort": "502",
        "unit_id": "1"
    },
    {
        "id": "c4d6e8f0a2b4c6d8",
        "type": "mqtt-broker",
        "name": "Plant broker",
        "broker": "mqtt.scada.utility.local",
        "port": "8883",
        "usetls": true,
        "credentials": {}
    },
    {
        "id": "a1b3c5d7e9f1a3b5",
        "type": "modbus-read",
        "z": "8f2a1c4e9b3d7a60",
        "name": "Free chlorine",
        "dataType": "HoldingRegister",
        "adr": "100",
        "quantity": "2",
        "rate": "10",
        "rateUnit": "s",
        "server": "3b7e1f0c9a2d4e6f",
        "wires": [["e0f2a4b6c8d0e2f4"]]
    }
]
""", None, "Node-RED docs: flows.json keeps node ids; credentials live in the encrypted flows_cred.json")

add("python/decoy-docstring-example", "gis/gis_utils/connect.py", r'''"""Helpers to connect to the utility's ArcGIS portal."""
import os

from arcgis.gis import GIS

DEFAULT_PORTAL = "https://gis.utility.org/portal"


def connect(portal=DEFAULT_PORTAL, profile=None):
    """Return a GIS connection.

    Prefer a stored profile or the Pro sign-in. Example, interactive::

        >>> gis = GIS("https://gis.utility.org/portal", "username", "password")  # don't commit real ones
        >>> gis = connect(profile="gis_editor")

    In scheduled jobs the service account's password is read from ``ARCGIS_PASSWORD``.
    """
    if profile:
        return GIS(profile=profile)
    if "ARCGIS_PASSWORD" in os.environ:
        return GIS(portal, os.environ["ARCGIS_USERNAME"], os.environ["ARCGIS_PASSWORD"])
    return GIS("pro")
''', None, "ArcGIS API for Python: GIS(profile=...); placeholder literals in a docstring example")

add("markdown/decoy-runbook-vault", "docs/runbooks/maximo-api-key-rotation.md", r"""# Rotating the Maximo API keys used by integrations

The keys live in Vault at `secret/integrations/maximo` (field `apikey`). Never paste a key in a
ticket, a commit or Teams.

1. In Maximo: Administration > API Keys > New API key, user `MXINTEGRATION`, expiry 365 days.
2. Store it:
   ```bash
   vault kv patch secret/integrations/maximo apikey="$(pbpaste)"
   ```
3. Restart the consumers so the ExternalSecret refresh is picked up:
   ```bash
   kubectl -n integrations rollout restart deploy/gis-maximo-sync
   ```
4. Check the sync log for `401`; then revoke the old key in Maximo.

Ignition reads the same key through the gateway's secret provider (8.1.x: a tag with
`{{ vault:integrations/maximo#apikey }}` resolved at start-up).
""", None, "Runbook referencing a secret store (Vault kv) instead of a value")

add("ini/decoy-grafana-file-ref", "grafana/grafana.prod.ini", r"""# ops-dash-02 (production). Secrets are expanded from files and env by Grafana at start-up.
[server]
protocol = https
domain = ops-dash.utility.local

[security]
admin_user = admin
admin_password = $__file{/etc/grafana/secrets/admin_password}
secret_key = $__file{/etc/grafana/secrets/secret_key}

[database]
type = postgres
host = grafanadb.utility.local:5432
name = grafana
user = grafana
password = $__env{GF_DB_PASSWORD}
ssl_mode = require
""", None, "Grafana docs: variable expansion $__file{} and $__env{} in grafana.ini")

add("xml/decoy-saml-metadata", "maximo/sso/idp-metadata.xml", r"""<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sts.windows.net/8e0c2a4b-6d8f-4a1c-9e3b-5d7f9a1c3e5b/">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>@@cert@@</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
                            Location="https://login.microsoftonline.com/8e0c2a4b-6d8f-4a1c-9e3b-5d7f9a1c3e5b/saml2"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
""", None, "OASIS SAML 2.0 metadata: the IdP's public signing certificate",
    cert="".join(cert_pem("idp").splitlines()[1:-1]))

r = _rng()
add("json/decoy-jwks", "portal-api/public/.well-known/jwks.json", json.dumps({"keys": [
    {"kty": "RSA", "use": "sig", "alg": "RS256", "kid": "".join(r.choice(HEX) for _ in range(16)),
     "n": base64.urlsafe_b64encode(bytes(r.randrange(256) for _ in range(256))).decode().rstrip("="), "e": "AQAB"}
    for _ in range(2)]}, indent=2) + "\n", None, "RFC 7517 JSON Web Key Set: public RSA keys (n, e)")

# ---------------------------------------------------------------------------------------------
# More secrets of the same teams
# ---------------------------------------------------------------------------------------------

_pw = words_pw("!*")
add("json/node-red-plain-creds", "node-red-lab/flows_cred.json", r"""{
    "c4d6e8f0a2b4c6d8": {
        "user": "nr-lab-01",
        "password": "@@pw@@"
    },
    "d9e1f3a5b7c9d1e3": {
        "user": "lims_reader"
    }
}
""", _pw, "Node-RED docs: with credentialSecret: false, flows_cred.json is stored as plain JSON", pw=_pw)

_pw = rand_pw(18, "!#%")
add("sql/mssql-login", "ignition/sql/01_create_historian_logins.sql", r"""-- Historian database logins for the Ignition gateways (run on sqlhist01 as sysadmin)
USE [master];
GO
CREATE LOGIN [ign_hist] WITH PASSWORD = N'@@pw@@', CHECK_POLICY = ON, CHECK_EXPIRATION = OFF, DEFAULT_DATABASE = [IgnitionHistorian];
GO
CREATE LOGIN [UTILITY\svc_ignition] FROM WINDOWS WITH DEFAULT_DATABASE = [IgnitionHistorian];
GO
USE [IgnitionHistorian];
GO
CREATE USER [ign_hist] FOR LOGIN [ign_hist];
ALTER ROLE [db_datareader] ADD MEMBER [ign_hist];
ALTER ROLE [db_datawriter] ADD MEMBER [ign_hist];
ALTER ROLE [db_ddladmin] ADD MEMBER [ign_hist];
GO
""", _pw, "Microsoft docs: CREATE LOGIN ... WITH PASSWORD", pw=_pw)

_pw = human_pw("!#")
add("shell/mosquitto-pub", "scada/tests/fire_test_alarm.sh", r"""#!/bin/sh
# Publishes a fake high-level alarm for LS14 to check the alarm path end to end
# (broker -> Ignition -> Teams/PagerDuty). Tell the control room before running it.
set -e

BROKER=mqtt.scada.utility.local
TOPIC="utility/alarms/ls14/wet_well_high"

mosquitto_pub -h "$BROKER" -p 8883 --cafile /etc/ssl/certs/utility-root-ca.pem \
  -u alarm-tester -P '@@pw@@' \
  -t "$TOPIC" -q 1 \
  -m "{\"active\": true, \"value\": 9.8, \"test\": true, \"ts\": \"$(date -u +%FT%TZ)\"}"

sleep 60

mosquitto_pub -h "$BROKER" -p 8883 --cafile /etc/ssl/certs/utility-root-ca.pem \
  -u alarm-tester -P '@@pw@@' \
  -t "$TOPIC" -q 1 -m '{"active": false, "test": true}'
""", _pw, "mosquitto_pub(1): -u username -P password", pw=_pw)

_key = maximo_apikey()
_env = {"id": uuid_s(), "name": "MXPROD", "values": [
    {"key": "baseUrl", "value": "https://maximo.utility.local/maximo/api", "type": "default", "enabled": True},
    {"key": "apikey", "value": _key, "type": "secret", "enabled": True},
    {"key": "siteid", "value": "NWTP", "type": "default", "enabled": True},
    {"key": "orgid", "value": "WCWD", "type": "default", "enabled": True}],
    "_postman_variable_scope": "environment", "_postman_exported_at": "2024-02-14T17:03:22.918Z",
    "_postman_exported_using": "Postman/10.23.5"}
add("json/postman-maximo", "cmms/maximo/postman/MXPROD.postman_environment.json", json.dumps(_env, indent="\t") + "\n", _key,
    "Postman docs: exported environment JSON (values with type secret are still exported in clear)")

_pw = words_pw("!@")
add("yaml/pi-vision-sql-backup", "ops/ansible/roles/pi_sql_backup/defaults/main.yml", r"""# Backup of the PI Vision and AF SQL databases (role pi_sql_backup)
pi_sql_instance: sqlpi01.utility.local
pi_sql_databases:
  - PIVision
  - PIFD
pi_sql_backup_share: \\fs01\backups\sql\pi
pi_sql_backup_retention_days: 21
pi_sql_backup_user: sql_backup_operator
pi_sql_backup_password: "@@pw@@"
pi_sql_backup_compress: true
pi_sql_backup_schedule: "0 1 * * *"
""", _pw, "Ansible role defaults/main.yml variables; SQL Server backup operator login", pw=_pw)
